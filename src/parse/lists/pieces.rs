//! One piece of a partner answer made ready to be split into names: a quoted name, a kind
//! label, tentative markers and hedges taken off (with their reason), a URL set apart,
//! sentences split, bodies glued together split, lines wrapped inside a name joined.

use super::*;

/// `"Refuturism" Social Initiative`, `NGO in Ferganana Valley “Mehirjon”`, `"Kameda"
/// public fund`: a name in quotes, with words around it that only say what kind of body it
/// is (ordinary words, lower-case words, `NGO`) and where (`in ...`): the name is the quoted
/// part. Not when a word outside is a proper name (`Centro de Ayuda Mutua “Salud para
/// Todos”`, `Tourist Destination "South Shore of Issyk-Kul"`).
pub(super) fn quoted_name(s: &str) -> Option<String> {
    let (open, close) = ['“', '"', '«'].iter().find_map(|&q| {
        let o = s.find(q)?;
        let closing = match q {
            '“' => '”',
            '«' => '»',
            _ => '"',
        };
        let c = s[o + q.len_utf8()..].find(closing)? + o + q.len_utf8();
        Some(((o, q.len_utf8()), (c, closing.len_utf8())))
    })?;
    let inner = s[open.0 + open.1..close.0].trim();
    let outside = format!("{} {}", &s[..open.0], &s[close.0 + close.1..]);
    let words: Vec<&str> = outside.split_whitespace().collect();
    if words.is_empty()
        || !inner.chars().next().is_some_and(char::is_uppercase)
        || inner.split_whitespace().count() > 8
    {
        return None;
    }
    // Words after `in`/`from`/`based` say where; the others must say what kind.
    let kind_words = words
        .iter()
        .take_while(|w| !matches!(w.to_lowercase().as_str(), "in" | "from" | "based" | "of"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let mut n = 0;
    for w in kind_words {
        n += 1;
        let f = crate::names::fold(w);
        let kind = w.chars().next().is_some_and(char::is_lowercase)
            || crate::names::is_generic_acronym(&f)
            || crate::names::classify::is_common_word(&f);
        if !kind {
            return None;
        }
    }
    (n > 0).then(|| inner.to_string())
}

/// `Ger Hub NGO`, `SmartNation (CSO)`: a generic kind (`NGO`, `CSO`) written after a name
/// that already says what it is, or in parentheses, is not part of the name (`Moiru NGO`,
/// with no other head word, keeps it).
pub(super) fn strip_kind_label(s: &str) -> String {
    let t = s.trim();
    let kinds = ["NGO", "CSO", "INGO", "CBO", "NPO"];
    for k in kinds {
        for form in [format!("({k})"), k.to_string()] {
            let Some(rest) = t.strip_suffix(form.as_str()) else {
                continue;
            };
            if !rest.ends_with(' ') {
                continue;
            }
            let rest = rest.trim_end();
            let words: Vec<&str> = rest.split_whitespace().collect();
            let headed = words.len() >= 2
                && words
                    .last()
                    .is_some_and(|w| HEADS.contains(&w.to_lowercase().as_str()));
            if form.starts_with('(') && !words.is_empty() || headed {
                return rest.to_string();
            }
        }
    }
    t.to_string()
}

/// Parenthesised or trailing markers that say a partnership is not settled: `(TBC)`,
/// `(to be confirmed)`, `(tentative)`, `(potential)`.
pub(super) const TENTATIVE: &[&str] = &[
    "tbc",
    "tbd",
    "to be confirmed",
    "to be determined",
    "to be defined",
    "tentative",
    "potential",
    "potential partner",
    "pending",
    "planned",
    "proposed",
    "under discussion",
    "in discussion",
    "in progress",
    "prospective",
    "?",
    "a confirmar",
    "por confirmar",
    "à confirmer",
];

/// Phrases of time or hedging that open a name's line without being part of it:
/// `For the time being private sector (Roche)`, `Currently UNICEF`, `Potentially the ...`.
pub(super) const HEDGES: &[&str] = &[
    "for the time being",
    "for now",
    "at the moment",
    "at present",
    "at this stage",
    "so far",
    "to date",
    "currently",
    "presently",
    "potentially",
    "possibly",
    "tentatively",
    "mainly",
    "mostly",
    "especially",
    "particularly",
    "in particular",
    "notably",
];

/// Takes the hedges out of a name: a tentative marker in parentheses or after a dash at
/// its end, and a hedging phrase at its start. Returns the name left and the pieces taken,
/// each with its reason.
pub(super) fn take_hedges(s: &str) -> (String, Vec<(String, &'static str)>) {
    let mut s = s.trim().to_string();
    let mut taken = Vec::new();
    // `Local Innovation Hub (TBC)`.
    loop {
        let t = s.trim_end();
        let Some(open) = t.ends_with(')').then(|| t.rfind('(')).flatten() else {
            break;
        };
        let inner = t[open + 1..t.len() - 1].trim().to_lowercase();
        if !TENTATIVE.contains(&inner.as_str()) || t[..open].trim().is_empty() {
            break;
        }
        taken.push((t[open..].to_string(), "tentative"));
        s = t[..open].trim_end().to_string();
    }
    // `For the time being private sector`: a hedge at the start, followed by more words.
    let lower = s.to_lowercase();
    if let Some(h) = HEDGES.iter().find(|h| {
        lower.starts_with(*h)
            && lower[h.len()..].starts_with([' ', ','])
            && lower[h.len()..]
                .trim_start_matches([' ', ','])
                .chars()
                .any(char::is_alphanumeric)
    }) {
        let rest = s[h.len()..].trim_start_matches([' ', ',']).to_string();
        // `especially among youth`: what follows is a phrase, not a name.
        let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        if matches!(
            first.as_str(),
            "among" | "in" | "with" | "for" | "on" | "at" | "to" | "by" | "from" | "through"
        ) {
            taken.push((s.clone(), "sentence"));
            return (String::new(), taken);
        }
        taken.push((s[..h.len()].to_string(), "hedge"));
        s = rest;
    }
    (s, taken)
}

/// `ANIA https://ania.gob.pe` -> (`ANIA`, the address); `(www.x.org)` too.
pub(super) fn take_url(s: &str) -> (String, Option<String>) {
    if !s.contains("http") && !s.contains("www.") {
        return (s.to_string(), None);
    }
    let mut url = None;
    let mut kept = Vec::new();
    for w in s.split_whitespace() {
        let bare =
            w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '<' | '>' | ',' | ';'));
        if url.is_none()
            && (bare.starts_with("http://")
                || bare.starts_with("https://")
                || bare.starts_with("www."))
        {
            let bare = bare.trim_end_matches(['.', ',']);
            url = Some(if bare.starts_with("www.") {
                format!("https://{bare}")
            } else {
                bare.to_string()
            });
            continue;
        }
        kept.push(w);
    }
    let text = kept.join(" ").replace("()", "").replace("[]", "");
    (
        text.trim()
            .trim_end_matches([',', ':', '-', '–'])
            .trim()
            .to_string(),
        url,
    )
}

/// `Ministry of Tourism. To validate assumption` -> the pieces between sentence ends: a
/// `. ` after a word of two letters or more (not an initial or `Co.`), before a capital.
pub(super) fn split_sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    for (i, &(at, c)) in bytes.iter().enumerate() {
        if c != '.' || i + 2 >= bytes.len() || bytes[i + 1].1 != ' ' {
            continue;
        }
        if !bytes[i + 2].1.is_uppercase() || paren_depth(&s[..at]) > 0 {
            continue;
        }
        let word: String = s[start..at]
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_string();
        let abbreviation = word.chars().count() <= 2
            || matches!(
                word.to_lowercase().as_str(),
                "co" | "inc"
                    | "ltd"
                    | "st"
                    | "dr"
                    | "mr"
                    | "mrs"
                    | "ms"
                    | "jr"
                    | "corp"
                    | "dept"
                    | "gov"
                    | "govt"
                    | "no"
                    | "vs"
                    | "etc"
                    | "prof"
                    | "univ"
                    | "assoc"
            );
        if abbreviation {
            continue;
        }
        out.push(s[start..at].to_string());
        start = bytes[i + 1].0;
    }
    out.push(s[start..].to_string());
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Words that end the name of a body (`Yala City Municipality`), or start one
/// (`Ministry of ...`): the same one twice in a piece means two bodies glued together.
pub(super) const GLUE_HEADS: &[&str] = &[
    "municipality",
    "university",
    "ministry",
    "council",
    "foundation",
    "association",
    "agency",
    "authority",
    "bank",
    "company",
    "institute",
    "hub",
    "office",
    "department",
    "commission",
    "corporation",
    "cooperative",
    "network",
    "organization",
    "organisation",
    "chamber",
];

/// `Yala City Municipality Narathiwas City Municipality` -> two names; `Ministry of
/// Health Ministry of Education` -> two names. Only when the head word repeats and no
/// separator or connector (`and`, `of`...) stands before the second name.
pub(super) fn split_glued(s: &str) -> Vec<String> {
    if let Some(at) = after_acronym_glue(s) {
        let mut out = vec![s[..at].trim().to_string()];
        out.extend(split_glued(s[at..].trim()));
        return out;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // `Adama municipalities Bisheftu municipalities`: a plural head repeats too.
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            let l = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if let Some(stem) = l.strip_suffix("ies") {
                format!("{stem}y")
            } else if l.len() > 4 && l.ends_with('s') && !l.ends_with("ss") {
                l[..l.len() - 1].to_string()
            } else {
                l
            }
        })
        .collect();
    for head in GLUE_HEADS {
        let at: Vec<usize> = (0..lower.len()).filter(|&i| lower[i] == *head).collect();
        if at.len() < 2 {
            continue;
        }
        let (first, second) = (at[0], at[1]);
        let starts_name = lower
            .get(first + 1)
            .is_some_and(|w| matches!(w.as_str(), "of" | "for" | "de" | "du" | "des" | "del"));
        let cut = if starts_name {
            // `Ministry of X Ministry of Y`: cut before the second head.
            second
        } else {
            // `X City Municipality Y City Municipality`: cut after the first head.
            first + 1
        };
        if cut == 0 || cut >= words.len() {
            continue;
        }
        let before = lower[cut - 1].as_str();
        let next = words[cut];
        if matches!(
            before,
            "and" | "of" | "for" | "de" | "the" | "y" | "et" | "&"
        ) || !next.chars().next().is_some_and(char::is_uppercase)
            || paren_depth(&words[..cut].join(" ")) > 0
        {
            continue;
        }
        let mut out = vec![words[..cut].join(" ")];
        out.extend(split_glued(&words[cut..].join(" ")));
        return out;
    }
    vec![s.to_string()]
}

/// `National Economics University (NEU) Fulbright University Viet Nam (FUV)`: an acronym in
/// parentheses closes a name; a capitalised name of two words or more that shows it names a
/// body, right after it, is another one. Where the second starts.
pub(super) fn after_acronym_glue(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => {
                depth -= 1;
                if depth != 0 {
                    continue;
                }
                let open = s[..i].rfind('(')?;
                let inner = s[open + 1..i].trim();
                let rest = s[i + 1..].trim_start();
                let before = s[..open].trim();
                let first = rest.split_whitespace().next().unwrap_or("");
                // `Global Environment Fund (GEF) Small Grants Programme (SGP)`: a programme
                // or unit of the body before it is named with it, not glued to it.
                let part_of = strip_trailing_parens(rest)
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "programme"
                                | "program"
                                | "project"
                                | "initiative"
                                | "unit"
                                | "team"
                                | "fund"
                                | "facility"
                                | "office"
                                | "division"
                                | "department"
                                | "lab"
                        )
                    });
                if crate::names::is_acronym(inner)
                    && !part_of
                    && before.split_whitespace().count() >= 2
                    && first.chars().next().is_some_and(char::is_uppercase)
                    && rest.split_whitespace().count() >= 2
                    && crate::names::classify::has_organisation_signal(rest)
                    && !is_legal_form(first)
                {
                    return Some(s.len() - rest.len());
                }
            }
            _ => {}
        }
    }
    None
}

/// Lines cut in the middle of a name (`Project for the` / `Comprehensive ...`) are joined.
pub(super) fn join_wrapped(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        if let Some(last) = out.last_mut() {
            let last_word = last
                .text
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let dangling = matches!(
                last_word.as_str(),
                "the"
                    | "of"
                    | "for"
                    | "and"
                    | "de"
                    | "del"
                    | "la"
                    | "du"
                    | "des"
                    | "et"
                    | "y"
                    | "&"
                    | "on"
                    | "in"
            );
            // `les secteurs privés` / `les bailleurs traditionnels`: a line that opens with a
            // French or Spanish article is an item of its own, not the last one wrapped.
            // So does `the ...` after a line that closes with the head word of a body
            // (`Lasta woreda Land management office` / `the Lalibela municipality ...`).
            let article = ["les ", "la ", "le ", "l'", "l’", "los ", "las ", "el "]
                .iter()
                .any(|a| p.text.starts_with(a))
                || (p.text.starts_with("the ")
                    && crate::names::classify::is_body_head(&crate::names::fold(
                        last_word.trim_matches(|c: char| !c.is_alphanumeric()),
                    )));
            let starts_lower = p.text.chars().next().is_some_and(|c| c.is_lowercase()) && !article;
            if dangling || (starts_lower && !last.text.ends_with(['.', ';', ','])) {
                last.text = format!("{} {}", last.text, p.text);
                continue;
            }
        }
        out.push(p);
    }
    out
}

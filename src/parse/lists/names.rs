//! Where a piece separates names and where it does not: sentences, known names of the
//! table, acronyms spelled after a name, commas and slashes between names or inside one,
//! long names rejoined; `and` is in [`super::conjunctions`].

use super::*;

/// A piece that reads as a sentence (`We worked with ...`, `... is our partner`), not a name.
pub(super) fn is_sentence(s: &str) -> bool {
    const OPENERS: &[&str] = &[
        "we",
        "our",
        "they",
        "this",
        "these",
        "within",
        "in",
        "with",
        "through",
        "during",
        "as",
        "it",
        "there",
        "nous",
        "ces",
        "avec",
        "hemos",
        "con",
        "i",
        "while",
        "also",
        "currently",
        "no",
        "not",
        "both",
        "each",
        "he",
        "she",
        "their",
    ];
    const VERBS: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "will",
        "worked",
        "work",
        "collaborated",
        "joined",
        "signed",
        "conducted",
        "organized",
        "organised",
        "held",
        "developed",
        "created",
        "launched",
        "implemented",
        "facilitated",
        "hosted",
        "consulted",
        "contacted",
        "approached",
        "trained",
        "funded",
        "financed",
        "cooperated",
        "teamed",
        "partnered",
        "provided",
        "helped",
        "supported",
        "did",
        "engaged",
        "est",
        "sont",
        "avons",
        "fue",
        "es",
    ];
    let words: Vec<String> = s.split_whitespace().map(|w| w.to_lowercase()).collect();
    let Some(first) = words.first() else {
        return false;
    };
    // A lower-case word in -ed after the first (`Both participated in ...`) is a verb in
    // the past: names write their words with capitals, or are short (`based`, `united`).
    let past_verb = s.split_whitespace().skip(1).any(|w| {
        w.chars().count() >= 7 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
    });
    // A verb of a sentence is in lower case (`Future of Work Lab` is a name).
    let verb = s
        .split_whitespace()
        .skip(1)
        .any(|w| VERBS.contains(&w) || (w.starts_with('(') && VERBS.contains(&&w[1..])));
    OPENERS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) || verb || past_verb
}

pub(super) fn has_list_separators(s: &str) -> bool {
    s.contains(';') || s.matches(", ").count() >= 2
}

/// Whether the text is a name of the organisation table (any language or acronym).
pub(super) fn is_known_name(s: &str) -> bool {
    starts_like_alias(s) && crate::names::tables::is_organisation_key(&crate::names::key(s))
}

/// A cheap test before computing a key: does the text's first word (after an article) start
/// some alias of the table? Most pieces of answers do not.
pub(super) fn starts_like_alias(s: &str) -> bool {
    let head: String = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    crate::names::fold(&head)
        .split(' ')
        .next()
        .is_some_and(crate::names::tables::starts_an_alias)
}

/// The longest run of leading words of `s` that is a known name, when it is longer than
/// `min_words`: a separator inside it belongs to the name.
pub(super) fn known_prefix(s: &str, min_words: usize) -> Option<usize> {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    // Cheap test first: does the name's first word (without a leading article) start an
    // alias, and of how many words? Only prefixes about that long are tried.
    let first = crate::names::key(&words.iter().take(2).copied().collect::<Vec<_>>().join(" "));
    let lengths = first
        .split(' ')
        .next()
        .and_then(crate::names::tables::alias_lengths)?;
    (min_words + 1..=words.len().min(16))
        .rev()
        .filter(|n| lengths.iter().any(|l| n.abs_diff(*l) <= 2))
        .find(|&n| is_known_name(&words[..n].join(" ")))
}

/// `Name - description` -> (`Name`, Some(`description`)), when the head is short.
/// An acronym followed by the name it stands for (`MAT` + `Ministry of Territory
/// Administration, ...`): the name written `Name (ACR)`, and what follows the name.
pub(super) fn acronym_spelled_after<'a>(
    head: &str,
    tail: &'a str,
) -> Option<(String, Option<&'a str>)> {
    let acr = head.trim();
    if !crate::names::is_acronym(acr) {
        return None;
    }
    let end = tail.find([',', ';', '.', '(', ':']).unwrap_or(tail.len());
    let end = HEAD_SEP.find(&tail[..end]).map_or(end, |m| m.start());
    let name = tail[..end].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || words.len() > 10 {
        return None;
    }
    let initials: String = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
    // Initials that spell the acronym, perhaps with a country or place after it, or are
    // its letters in another order (`MAT`: Ministério da Administração do Território).
    let (initials, letters) = (initials.to_uppercase(), letters.to_uppercase());
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().collect();
        v.sort_unstable();
        v
    };
    if letters.len() < 2
        || !(initials.starts_with(&letters)
            || (letters.len() >= 3 && sorted(&initials) == sorted(&letters)))
    {
        return None;
    }
    let rest = tail[end..].trim_start_matches([',', ';', '.', ':', ' ', '-', '–', '—']);
    Some((
        format!("{name} ({acr})"),
        (!rest.is_empty()).then_some(rest),
    ))
}

pub(super) fn head_and_tail(s: &str) -> (&str, Option<&str>) {
    let mut depth = 0i32;
    for m in HEAD_SEP.find_iter(s) {
        depth += paren_depth(&s[..m.start()]) - depth;
        if depth > 0 {
            continue;
        }
        let head = s[..m.start()].trim();
        let tail = s[m.end()..].trim();
        if head.is_empty() || tail.is_empty() {
            continue;
        }
        // `Inter - American Development Bank`: a hyphen inside a name, not a description.
        let joined = format!("{head}-{tail}");
        let head_words = head.split_whitespace().count();
        let prefix = matches!(
            head.to_lowercase().as_str(),
            "inter"
                | "trans"
                | "pan"
                | "afro"
                | "euro"
                | "sub"
                | "co"
                | "non"
                | "multi"
                | "cross"
                | "socio"
                | "agro"
                | "bio"
                | "eco"
                | "e"
                | "intra"
                | "ibero"
        );
        if prefix || known_prefix(&joined, head_words.saturating_sub(1)).is_some() {
            continue;
        }
        if head.split_whitespace().count() <= MAX_NAME_WORDS {
            return (head, Some(tail));
        }
        break;
    }
    (s.trim(), None)
}

pub(super) fn paren_depth(s: &str) -> i32 {
    s.chars().fold(0, |d, c| match c {
        '(' | '[' => d + 1,
        ')' | ']' => (d - 1).max(0),
        _ => d,
    })
}

/// The parts of `s` between the `seps` outside parentheses (as written: untrimmed, empty
/// ones kept).
pub(super) fn split_outside_parens<'a>(s: &'a str, seps: &[char]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (at, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if depth == 0 && seps.contains(&c) => {
                parts.push(&s[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Whether a piece opens with a short name before any dash or colon (eight words at most,
/// not a sentence): `Cabo Verde Digital - Digital economy partner`, `NOSI - State entity`.
pub(super) fn opens_with_short_name(t: &str) -> bool {
    let (head, _) = head_and_tail(t.trim());
    head.split_whitespace().count() <= 8 && !is_sentence(head)
}

/// Whether a whole piece reads as a name rather than prose: [`MAX_NAME_WORDS`] words at
/// most, not a sentence.
pub(super) fn reads_as_name(t: &str) -> bool {
    t.split_whitespace().count() <= MAX_NAME_WORDS && !is_sentence(t.trim())
}

/// Splits on `;`, `,`, ` + `, `/`-free ` and ` / ` & ` between names, outside parentheses.
pub(super) fn split_name_list(s: &str) -> Vec<String> {
    // `Catholic University + Unilurio`: a spaced plus joins two names, never words of one.
    let parts: Vec<String> = split_outside_parens(s, &[';', ','])
        .into_iter()
        .flat_map(|p| p.split(" + "))
        .map(str::to_string)
        .collect();
    if crate::names::classify::shares_a_head(s) || lists_functions(&parts) {
        return vec![s.trim().to_string()];
    }
    let parts = rejoin_known_names(parts);
    let parts = rejoin_long_names(parts);
    let comma_list = parts.len() > 1;
    let mut out = Vec::new();
    for p in parts {
        let p = p.trim();
        let p = p
            .strip_prefix("and ")
            .or_else(|| p.strip_prefix("& "))
            .or_else(|| p.strip_prefix("et "))
            .or_else(|| p.strip_prefix("y "))
            .unwrap_or(p)
            .trim();
        if p.is_empty() {
            continue;
        }
        for q in split_slash(p) {
            out.extend(split_and(&q, comma_list));
        }
    }
    out
}

/// `Ministries in charge of innovation, youth promotion, women, SMEs`: a group of bodies
/// named by what they are in charge of; the pieces after the first commas are its
/// functions (three words at most each), not other bodies.
fn lists_functions(parts: &[String]) -> bool {
    const IN_CHARGE: &[&str] = &[
        " in charge of ",
        " responsible for ",
        " en charge de ",
        " chargés de ",
        " chargé de ",
        " a cargo de ",
        " encargados de ",
        " encargadas de ",
    ];
    let Some((first, rest)) = parts.split_first() else {
        return false;
    };
    let Some(at) = IN_CHARGE.iter().filter_map(|m| first.find(m)).min() else {
        return false;
    };
    !rest.is_empty()
        && crate::names::classify(&first[..at]) == crate::names::MentionKind::Collective
        && rest
            .iter()
            .all(|p| !p.contains('(') && p.split_whitespace().count() <= 3)
}

/// `GIZ/Lacuna Fund`, `UNDP/UNEP`: a slash between two names separates them. Not inside
/// parentheses, a web address or a date, and not when a side is one letter or lower case
/// (`and/or`, `Health/nutrition`).
pub(super) fn split_slash(s: &str) -> Vec<String> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '/' if depth == 0 => {
                let (l, r) = (s[..i].trim(), s[i + 1..].trim());
                let token_l = l.rsplit(' ').next().unwrap_or("");
                let token_r = r.split(' ').next().unwrap_or("");
                let address = [token_l, token_r]
                    .iter()
                    .any(|t| t.contains(':') || t.contains('.') || t.contains("www"));
                let name_like = |x: &str| {
                    x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && x.chars().next().is_some_and(char::is_uppercase)
                };
                if !address
                    && name_like(l)
                    && name_like(r)
                    && !l.ends_with(|c: char| c.is_ascii_digit())
                {
                    let mut v = vec![l.to_string()];
                    v.extend(split_slash(r));
                    return v;
                }
            }
            _ => {}
        }
    }
    vec![s.to_string()]
}

/// `United Nations Educational, Scientific and Cultural Organization` was cut at its comma:
/// adjacent pieces whose join is a name of the organisation table are one piece again.
pub(super) fn rejoin_known_names(parts: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let mut taken = 1;
        if !starts_like_alias(&parts[i]) {
            out.push(parts[i].clone());
            i += 1;
            continue;
        }
        for j in (i + 1..parts.len().min(i + 4)).rev() {
            let joined = parts[i..=j].join(",");
            let before: usize = parts[i..j].iter().map(|p| alnum_words(p)).sum();
            if is_known_name(&joined) || known_prefix(&joined, 0).is_some_and(|n| n > before) {
                taken = j - i + 1;
                break;
            }
        }
        out.push(parts[i..i + taken].join(","));
        i += taken;
    }
    out
}

pub(super) fn alnum_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words that head the name of a body (`Ministry of ...`, `Department of ...`).
/// Head words that, followed by `of`, open the name of a body (`Ministry of`,
/// `University of`).
pub(super) const BODY_OPENERS: &[&str] = &[
    "ministry",
    "ministère",
    "ministere",
    "ministerio",
    "ministério",
    "university",
    "université",
    "universidad",
    "universidade",
    "municipality",
    "municipio",
    "municipalité",
    "department",
    "departamento",
    "agency",
    "embassy",
    "government",
    "gobierno",
    "governorate",
    "institute",
    "instituto",
    "faculty",
    "office",
    "secretariat",
    "secretaría",
    "commission",
    "council",
    "directorate",
    "federation",
    "chamber",
];

pub(super) const HEADS: &[&str] = &[
    "ministry",
    "ministère",
    "ministerio",
    "department",
    "agency",
    "institute",
    "institut",
    "instituto",
    "centre",
    "center",
    "centro",
    "university",
    "université",
    "universidad",
    "council",
    "commission",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaría",
    "directorate",
    "direction",
    "dirección",
    "association",
    "federation",
    "foundation",
    "fundación",
    "fondation",
    "chamber",
    "network",
    "programme",
    "program",
    "project",
    "fund",
    "bank",
    "company",
    "corporation",
    "organization",
    "organisation",
    "union",
    "municipality",
    "government",
    "cluster",
    "team",
    "unit",
    "lab",
    "hub",
    "force",
    "platform",
    "initiative",
    "committee",
    "board",
    "portfolio",
    "portafolio",
    "portefeuille",
    "secretaría",
    "consejo",
    "conseil",
    "agencia",
    "agence",
];

/// `Ministry of Digital Development, Innovations and Aerospace Industry` was cut at its
/// comma: a piece that continues a `Head of ...` name (starts with a capital, names no head of
/// its own, is not an acronym) is joined back to it.
pub(super) fn rejoin_long_names(parts: Vec<String>) -> Vec<String> {
    // Whether an `and` closes the list at this piece or a later one (`Municipalities of
    // Yaguarón, Pilar, and Mariano Roque Alonso`).
    let conjunction = |t: &str| {
        let t = t.trim();
        [" and ", " y ", " et ", " e ", " & "]
            .iter()
            .any(|c| t.contains(c) || t.starts_with(c.trim_start()))
    };
    let mut closed_later: Vec<bool> = parts.iter().map(|t| conjunction(t)).collect();
    for i in (1..closed_later.len()).rev() {
        closed_later[i - 1] |= closed_later[i];
    }
    let mut out: Vec<String> = Vec::new();
    for (i, p) in parts.into_iter().enumerate() {
        let t = p.trim();
        // `Digital Development, Innovations, and Aerospace Industry of the Republic of
        // Kazakhstan`: an `and` after the comma closes the list.
        let closing_and = ["and ", "& ", "y ", "et ", "e "]
            .iter()
            .any(|a| t.starts_with(a));
        // `Portfolio for Inclusive Growth, Employment, Population, and Youth`: an `and` after
        // the comma closes the list of the name's functions, when the name has one already.
        let t = match out.last() {
            Some(prev) if prev.contains(',') => ["and ", "& ", "y ", "et ", "e "]
                .iter()
                .find_map(|a| t.strip_prefix(a))
                .unwrap_or(t),
            _ => t,
        };
        if let Some(prev) = out.last_mut() {
            // `PrimeBotics, Lda`: a legal form is the name's.
            if is_legal_form(t) {
                prev.push(',');
                prev.push_str(&p);
                continue;
            }
            let words: Vec<String> = prev.split_whitespace().map(str::to_lowercase).collect();
            // `FLACSO Science, Technology and Society Lab`: fields in a row before the head
            // word they share; the piece before the comma has no head word of its own.
            if shares_the_head_after(prev, t) {
                prev.push(',');
                prev.push_str(&p);
                continue;
            }
            // `Ministry of ...`, `General Directorate of ...`: a head word among the first three.
            let prev_is_head_of = words.iter().take(3).any(|w| HEADS.contains(&w.as_str()))
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "of" | "for" | "de" | "du" | "des" | "del"));
            let first = t.split_whitespace().next().unwrap_or("");
            let capital = first.chars().next().is_some_and(char::is_uppercase);
            let acronym = first.len() >= 2
                && first
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            // `Makerere University.`: the word without the stop after it.
            let has_head = t.split_whitespace().any(|w| {
                HEADS.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            });
            // `..., Cabo Verde Digital`, `..., UNDP Governance cluster`: another body.
            let words_t: Vec<&str> = t.split_whitespace().collect();
            let names_country = (1..=3.min(words_t.len()))
                .any(|k| crate::countries::lookup(&words_t[..k].join(" ")).is_some())
                && words_t.len() > 2;
            let has_acronym = words_t.iter().any(|w| {
                w.len() >= 2
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            });
            // `..., Telecommunications and Information Technology of the Government of
            // Bangladesh`: a longer piece when an `and` early in it closes the list.
            let n_words = t.split_whitespace().count();
            let short = n_words <= 6
                || (closing_and && n_words <= 12)
                || (n_words <= 12
                    && t.split_whitespace()
                        .take(4)
                        .any(|w| matches!(w, "and" | "&" | "y" | "et" | "e")));
            // `..., The Zanzibar State University`: an article opens another name.
            let article = first == "The";
            // `Local government of Ituri, South Kivu and Maniema provinces`: places after the
            // place a government is of, not functions after a function (`Ministry of Health,
            // Science and ...`, `Programme de Désarmement, Démobilisation ...`).
            let of_place = |x: &str| {
                let ws: Vec<&str> = x.split_whitespace().collect();
                ws.iter()
                    .position(|w| matches!(w.to_lowercase().as_str(), "of" | "de" | "du" | "del"))
                    .and_then(|i| ws.get(i + 1))
                    .is_some_and(|w| super::conjunctions::opens_with_proper_name(w))
            };
            let governs = governs_places(&words);
            // A list of places closes with `and`, here or further on (`Municipality of
            // Centar, Sarajevo` is where the municipality is).
            let closes = closed_later[i];
            let places = governs
                && closes
                && of_place(prev)
                && super::conjunctions::opens_with_proper_name(t);
            // `The Government of Bangladesh, District Administration of Cox's Bazar`: a body
            // word and `of` early in the piece open a body of its own, not a function.
            let opens_body_of = words_t.windows(2).take(3).any(|w| {
                let head = crate::names::fold(w[0]);
                matches!(w[1], "of" | "de" | "du" | "del")
                    && (HEADS.contains(&head.as_str())
                        || crate::names::classify::is_body_head(&head)
                        || crate::names::classify::is_unit_word(&head))
            });
            if prev_is_head_of
                && capital
                && !article
                && !opens_body_of
                && !places
                && !acronym
                && !has_head
                && short
                && !descriptor_free(t).contains('(')
                && !names_country
                && !has_acronym
                && !prev.contains('(')
            {
                prev.push(',');
                prev.push_str(&p);
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// Whether a name opens with a government of places (`Municipalities of`, `Local
/// government of`, `Intendencias de`): the words after its `of` and commas are places, not
/// functions.
fn governs_places<S: AsRef<str>>(words: &[S]) -> bool {
    words.iter().take(3).any(|w| {
        let w = crate::names::fold(w.as_ref());
        crate::names::classify::is_level_word(&w)
            || matches!(
                w.as_str(),
                "administration"
                    | "administrations"
                    | "gobierno"
                    | "gobiernos"
                    | "gouvernement"
                    | "intendencia"
                    | "intendencias"
            )
    })
}

/// Whether a name opens with local governments or territories (`Municipalities of`,
/// `Intendencias de`, `Local governments of`, `City Administrations of`, `Governorates
/// of`): what follows its `of` and commas are places, never functions of one body.
pub(super) fn local_governments_of<S: AsRef<str>>(words: &[S]) -> bool {
    let w: Vec<String> = words
        .iter()
        .take(4)
        .map(|w| crate::names::fold(w.as_ref().trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let head = |x: &str| {
        matches!(
            crate::names::normalise::canonical_word(x),
            "municipality" | "intendencia" | "governorate" | "province" | "county"
        )
    };
    let of = |x: &str| matches!(x, "of" | "de" | "du" | "del" | "des" | "da" | "do");
    match w.as_slice() {
        [a, b, ..] if head(a) && of(b) => true,
        [a, b, c, ..]
            if matches!(a.as_str(), "local" | "city")
                && matches!(
                    b.as_str(),
                    "government" | "governments" | "administration" | "administrations"
                )
                && of(c) =>
        {
            true
        }
        _ => false,
    }
}

/// `FLACSO Science` + `Technology and Society Lab`: the piece after the comma is ordinary
/// capitalised words joined by `and` before a head word, and the piece before it ends in
/// an ordinary word and has no head word (`Society` may be a field): fields in a row that
/// share the head.
fn shares_the_head_after(prev: &str, t: &str) -> bool {
    use crate::names::classify::{is_body_head, is_common_word};
    let fold = |w: &str| crate::names::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let head = |w: &str| HEADS.contains(&fold(w).as_str()) || is_body_head(&fold(w));
    let words: Vec<&str> = strip_trailing_parens(t).split_whitespace().collect();
    let prev_words: Vec<&str> = prev.split_whitespace().collect();
    let Some((last, fields)) = words.split_last() else {
        return false;
    };
    head(last)
        && fields.len() >= 3
        && fields.contains(&"and")
        && fields.iter().all(|w| {
            *w == "and"
                || (w.starts_with(char::is_uppercase)
                    && is_common_word(&fold(w))
                    && !HEADS.contains(&fold(w).as_str()))
        })
        && prev_words.len() >= 2
        && !prev.contains(['(', ','])
        && !prev_words.iter().any(|w| HEADS.contains(&fold(w).as_str()))
        && prev_words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && is_common_word(&fold(w)))
}

/// The text without a lower-case description in parentheses at its end (`Technology and
/// Innovation (national level)`); an acronym or a name in parentheses stays.
pub(super) fn descriptor_free(t: &str) -> &str {
    let main = strip_trailing_parens(t);
    let inner = t[main.len()..].trim_start_matches([' ', '(']);
    if main.len() < t.trim_end().len() && inner.chars().next().is_some_and(char::is_lowercase) {
        main
    } else {
        t
    }
}

/// Legal forms written after a company's name and a comma (`PrimeBotics, Lda`), without
/// their dots, lower case.
pub(super) const LEGAL_FORMS: &[&str] = &[
    "lda", "ltd", "ltda", "inc", "llc", "sa", "sas", "sarl", "srl", "gmbh", "plc", "pvt", "bv",
    "nv", "ag", "spa", "llp", "pty", "jsc", "sl", "sac",
];

/// Whether a token is a legal form (`Lda`, `Ltd.`, `S.A.`); two letters only with their
/// dots (`SA` may be a place).
pub(super) fn is_legal_form(t: &str) -> bool {
    let form = t.trim().trim_end_matches([',', ';']);
    let bare = form.trim_end_matches('.').replace('.', "").to_lowercase();
    LEGAL_FORMS.contains(&bare.as_str()) && (bare.len() >= 3 || form.contains('.'))
}

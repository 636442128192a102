//! One name cleaned: list markers, quotes, trailing punctuation and possessives removed,
//! and the acronym a name gives for itself.

use super::*;

static ITEM_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\s*\((?:[ivx]{1,4}|[a-h])\)\s*").expect("valid regex")
});

/// Spaces just inside parentheses, `Agencies ( MDA)`, `(MEDD )`.
static LOOSE_PARENS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\([ \t\u{a0}]+|[ \t\u{a0}]+\)").expect("valid regex")
});

/// The answer with no space just inside a parenthesis, so that `Ministry Departments and
/// Agencies ( MDA)` reads as a name and its acronym like `... (MDA)`.
pub(super) fn tight_parens(s: &str) -> std::borrow::Cow<'_, str> {
    LOOSE_PARENS.replace_all(s, |c: &regex::Captures<'_>| c[0].trim().to_string())
}

/// Removes list markers, quotes, trailing `:`/`.`/`;` and collapses whitespace; keeps the
/// name as written otherwise.
pub fn clean_name(s: &str) -> String {
    let s = collapse_ws(s);
    let (s, _) = strip_marker(&s);
    // `(iv)Development and policy research hub`: a roman numeral or a letter in parentheses
    // that numbers an item (not a line marker: lines so numbered are read one by one).
    let s = match ITEM_NUMBER.find(s) {
        Some(m) if m.end() < s.len() => &s[m.end()..],
        _ => s,
    };
    let mut s = s.trim().to_string();
    for suffix in [
        " among others",
        " entre autres",
        " entre otros",
        " etc",
        ", etc",
    ] {
        if let Some(x) = s.to_lowercase().strip_suffix(suffix).map(|x| x.len()) {
            s.truncate(x);
        }
    }
    // An answer to a yes/no question left in front of the name: `Yes Bahir Dar university`;
    // words that introduce a name in a sentence: `with UNEP`, `through the Ministry`.
    loop {
        let before = s.len();
        for p in [
            "Yes ",
            "yes ",
            "YES ",
            "Oui ",
            "Sí ",
            "Si ",
            "with ",
            "With ",
            "through ",
            "Through ",
            "via ",
            "Via ",
            "by ",
            "By ",
            "under ",
            "Under ",
            "including ",
            "Including ",
            "namely ",
            "Namely ",
            "e.g. ",
            "such as ",
            "Such as ",
            "like ",
            "and ",
            "And ",
            "also ",
            "Also ",
            "avec ",
            "con ",
            "com ",
        ] {
            if let Some(rest) = s.strip_prefix(p) {
                if rest.trim().chars().any(char::is_alphanumeric) {
                    s = rest.trim().to_string();
                }
            }
        }
        if s.len() == before {
            break;
        }
    }
    // `Met with UNEP`, `Collaborated with Inclusive and Democratic Governance portfolio`: a
    // line written as a sentence without its subject.
    s = without_opening_verb(&s).to_string();
    s = without_trailing_clause(&s).to_string();
    s = without_lowercase_kind(&s).to_string();
    // `Otorita Ibu Kota Nusantara (New Capital City Authority Board) or OIKN`: the acronym
    // the name also goes by, given after `or`, is not a second body: it is written as the
    // name's acronym.
    if let Some((name, acr)) = s.rsplit_once(" or ") {
        let initial = |t: &str| t.chars().next().map(|c| c.to_ascii_uppercase());
        if crate::names::is_acronym(acr)
            && acr.len() >= 3
            && name.split_whitespace().count() >= 3
            && initial(name) == initial(acr)
            && name.starts_with(char::is_uppercase)
        {
            s = format!("{} ({acr})", name.trim());
        }
    }
    // `le Ministère de la Justice`, `the EU-GEPP Consortium`: an article in lower case
    // before a capitalised name is the sentence's.
    for a in [
        "the ", "le ", "la ", "les ", "el ", "los ", "las ", "l'", "l’", "its ", "their ",
    ] {
        if let Some(rest) = s.strip_prefix(a) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                s = rest.to_string();
            }
        }
    }
    // `Head of Toktogul district administration`: the body, not the role.
    for p in ["Head of ", "head of ", "Director of ", "Office of the "] {
        if let Some(rest) = s.strip_prefix(p) {
            if p.starts_with("Office") {
                break;
            }
            s = rest.trim().to_string();
        }
    }
    // `University of New South Wales, Australia`: a country after a comma qualifies the name.
    if let Some((head, tail)) = s.rsplit_once(',') {
        let tail = tail.trim().trim_end_matches(['.', ')']);
        if !head.trim().is_empty()
            && head.split_whitespace().count() >= 2
            && crate::countries::lookup(tail).is_some()
            && !crate::names::is_acronym(tail)
        {
            s = head.trim().to_string();
        }
    }
    let t = s
        .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '*' | '`'))
        .trim_end_matches([':', ';', ',', '.', '-', '–', ' '])
        .trim();
    // `UNDP Paraguay’s`, `International Labor Organization's` (`... 's southern cone
    // office`): a possessive ending is the sentence's, not the name's; `Saint Martin’s`
    // (a place) keeps it.
    let t = strip_possessive(t);
    // An opening parenthesis left without its closing one (a cut description), or a
    // closing one without its opening.
    let t = if t.matches('(').count() > t.matches(')').count() {
        t[..t.rfind('(').expect("counted")].trim()
    } else if t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
        // `FALCON Association (Mauritius/Rodrigues))`: only the closing ones in surplus.
        let mut t = t;
        while t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
            t = &t[..t.len() - 1];
        }
        t.trim()
    } else {
        t
    };
    t.to_string()
}

/// `Pick n Pay retail company`, `Bidhee a startup`: a kind of body written in lower case
/// after a capitalised name, with a qualifier or an article (`retail company`, `a social
/// enterprise`), says what the body is; the name is the capitalised part. One lower-case
/// kind word alone (`Doinc company`) may be the name written carelessly and stays.
fn without_lowercase_kind(s: &str) -> &str {
    const KINDS: &[&str] = &[
        "company",
        "firm",
        "startup",
        "start-up",
        "enterprise",
        "ngo",
        "organisation",
        "organization",
        "incubator",
        "entreprise",
        "empresa",
        "société",
    ];
    let tokens: Vec<&str> = s.split(' ').collect();
    let lower = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_lowercase() || c == '-');
    if !tokens.last().is_some_and(|t| KINDS.contains(t)) {
        return s;
    }
    let mut start = tokens.len() - 1;
    while start > 0 && lower(tokens[start - 1]) {
        start -= 1;
    }
    let tail = &tokens[start..];
    let article = matches!(tail[0], "a" | "an" | "un" | "une" | "una");
    // `AL Dalieh Non government organization`: a kind in words of its own.
    let connector = tail.iter().any(|t| {
        matches!(
            *t,
            "of" | "for"
                | "de"
                | "du"
                | "des"
                | "la"
                | "del"
                | "and"
                | "et"
                | "y"
                | "government"
                | "governmental"
                | "profit"
        )
    }) || tokens[start.saturating_sub(1)].eq_ignore_ascii_case("non");
    // `Green coins company`: one capitalised word before lower-case ones may open a name
    // written in lower case; only an article then says the rest describes it.
    if start == 0
        || connector
        || !(tail.len() >= 2 && start >= 2 || article)
        || !tokens[start - 1].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return s;
    }
    let end = tokens[..start].iter().map(|t| t.len() + 1).sum::<usize>() - 1;
    s[..end].trim_end_matches([',', ' '])
}

pub(super) fn strip_possessive(t: &str) -> &str {
    let Some(stem) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) else {
        return t;
    };
    let words: Vec<&str> = stem.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    let saint = words.len() >= 2
        && matches!(
            words[words.len() - 2]
                .trim_end_matches('.')
                .to_lowercase()
                .as_str(),
            "saint" | "st"
        );
    if last.chars().next().is_some_and(char::is_uppercase) && !saint {
        stem.trim_end()
    } else {
        t
    }
}

/// `Bangladesh Oceanographic Research Institute (BORI)` -> `BORI`; an all-capitals name
/// is its own acronym only when given in parentheses, so `UNICEF` has none.
pub fn acronym_of(name: &str) -> Option<String> {
    let open = name.rfind('(')?;
    let inner = name[open + 1..].strip_suffix(')')?.trim();
    let letters: Vec<char> = inner.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    (letters.len() >= 2 && upper * 2 > letters.len() && !inner.contains(' ') && inner.len() <= 15)
        .then(|| inner.to_string())
}

/// `Science & Technology University (HSTU)`: a capitalised run closed by a parenthesised
/// acronym follows, so an `and` before it belongs to the name.
pub(super) fn acronym_follows(tokens: &[&str]) -> bool {
    for (i, t) in tokens.iter().enumerate().take(6) {
        if t.starts_with('(') {
            let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
            return i > 0 && crate::names::is_acronym(inner);
        }
        let first = t.trim_start_matches(['"', '“']).chars().next();
        if !first.is_some_and(|c| c.is_uppercase()) || t.ends_with([',', '.', ';']) {
            return false;
        }
    }
    false
}

//! Normalising organisation names for matching: entities decoded, Unicode compatibility
//! forms and accents folded, case-folded, punctuation removed, a leading article dropped,
//! parenthesised parts set apart; and the word-level lexicon that makes French, Spanish and
//! Portuguese names of public bodies, spelling variants and plurals one English word.
//!
//! Pure string functions. What it does not do: decide what a name refers to (that is
//! `resolve`) or whether it names an organisation (that is [`super::classify`]).

use std::collections::HashMap;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;

use crate::text;

/// Case, accents, punctuation, possessives and a leading article removed; words kept in
/// order. `&` reads `and`; typographic apostrophes are straight ones.
pub fn fold(s: &str) -> String {
    // Most names are ASCII: no decomposition needed (the same result, much faster).
    let lowered: String = if s.is_ascii() {
        s.to_ascii_lowercase().replace('`', "'")
    } else {
        fold_unicode(s)
    };
    fold_words(&lowered)
}

fn fold_unicode(s: &str) -> String {
    s.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
            'ø' => 'o',
            'ł' => 'l',
            'đ' => 'd',
            'ı' => 'i',
            'ß' => 's',
            'æ' => 'a',
            'œ' => 'o',
            c => c,
        })
        .collect()
}

/// Apostrophes inside words: a space after a French or Italian elision (`l'agence`,
/// `d'ivoire`, `dell'ambiente`), nothing otherwise (`et'aam` is the transliteration
/// `etaam`); a possessive `'s` and apostrophes at the ends of words are left to
/// [`fold_words`].
fn join_inner_apostrophes(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\'') {
        return s.into();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut word_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_alphanumeric() && c != '\'' {
            word_start = i + 1;
        }
        let inner = c == '\''
            && i > word_start
            && chars.get(i + 1).is_some_and(|n| n.is_alphabetic())
            && chars[i - 1].is_alphabetic();
        if !inner {
            out.push(c);
            continue;
        }
        let head: String = chars[word_start..i].iter().collect();
        let rest_is_s =
            chars.get(i + 1) == Some(&'s') && chars.get(i + 2).is_none_or(|n| !n.is_alphanumeric());
        if rest_is_s {
            out.push(c);
        } else if matches!(
            head.as_str(),
            "l" | "d" | "qu" | "j" | "n" | "s" | "c" | "m" | "t" | "dell" | "all" | "nell"
        ) {
            out.push(' ');
            word_start = i + 1;
        }
    }
    out.into()
}

fn fold_words(lowered: &str) -> String {
    let lowered = join_inner_apostrophes(lowered).replace('&', " and ");
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| {
            w.trim_matches('\'')
                .trim_end_matches("'s")
                .trim_end_matches('\'')
        })
        .flat_map(|w| w.split('\''))
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") | Some(&"le") | Some(&"la") | Some(&"les") | Some(&"el") | Some(&"l")
        | Some(&"los") | Some(&"las") | Some(&"o") | Some(&"a")
            if words.len() > 1 =>
        {
            &words[1..]
        }
        _ => &words[..],
    };
    words.join(" ")
}

/// The matching key of a name: decoded, folded ([`fold`]), parenthesised parts and web
/// addresses removed (unless nothing else is left).
pub fn key(name: &str) -> String {
    let decoded = text::decode(name);
    let no_parens = strip_urls(&strip_parens(&decoded));
    let base = if no_parens.trim().is_empty() {
        decoded.as_str()
    } else {
        no_parens.as_str()
    };
    fold(base)
}

/// The text without web addresses (`https://...`, `www....`).
pub fn strip_urls(s: &str) -> String {
    if !s.contains("http") && !s.contains("www.") {
        return s.to_string();
    }
    s.split_whitespace()
        .filter(|w| {
            let w = w.trim_start_matches(['(', '[', '<']);
            !w.starts_with("http://") && !w.starts_with("https://") && !w.starts_with("www.")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text outside parentheses and brackets.
pub fn strip_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The parts in parentheses: `Ministry of X (MoX)` -> [`MoX`].
pub fn parenthesised(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    cur.clear();
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 && !cur.trim().is_empty() {
                    out.push(cur.trim().to_string());
                }
            }
            _ if depth > 0 => cur.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a token reads as an acronym: one word of 2-12 characters, mostly capitals
/// (`ANII`, `MoH`, `UNDP's` is not, `GovTech` is not).
pub fn is_acronym(t: &str) -> bool {
    let t = t.trim();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let upper = t.chars().filter(|c| c.is_uppercase()).count();
    // `SMARTrash`, `UNDPAccLab`: a word in lower case after the capitals is a name, not an
    // acronym.
    let mut run = 0;
    let mut longest_lower = 0;
    for c in t.chars() {
        run = if c.is_lowercase() { run + 1 } else { 0 };
        longest_lower = longest_lower.max(run);
    }
    !t.contains(' ')
        && (2..=12).contains(&t.chars().count())
        && letters >= 2
        && upper * 3 >= letters * 2
        && longest_lower < 3
}

/// Whether a token reads as a short form written in mixed case (`UdeSA`, `GovTech`,
/// `MoHESR`, `Gov4Res`): one word of 3-10 characters, letters and digits, a capital first
/// and another inside. Looser than [`is_acronym`], so read only as a short form that a
/// name of the same country declares or whose initials it is.
pub fn is_mixed_case_short_form(t: &str) -> bool {
    let t = t.trim();
    let mut chars = t.chars();
    (3..=10).contains(&t.chars().count())
        && chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_uppercase)
        && t.chars().all(char::is_alphanumeric)
        && t.chars().any(char::is_lowercase)
}

/// An acronym naming the body: `... (GEA)` or a name that is one upper-case token (`ANII`).
pub fn acronym(s: &str) -> Option<String> {
    if let Some(p) = parenthesised(s).into_iter().find(|p| is_acronym(p)) {
        return Some(p.trim().to_string());
    }
    let main = strip_parens(s);
    let main = main.trim().trim_end_matches(['.', ',', ';', ':']);
    is_acronym(main).then(|| main.to_string())
}

/// Words that do not tell two bodies apart.
pub const STOPWORDS: &[&str] = &[
    "of", "for", "the", "and", "in", "de", "du", "des", "la", "le", "del", "y", "et", "on", "a",
    "an", "da", "do", "dos", "das", "e", "los", "las", "el", "al", "pour", "para", "por", "en",
    "l", "d", "at", "au", "aux",
];

/// The lexicon of [`canonical_word`] (`ontology/word-lexicon.tsv`): each English word with
/// its spelling variants, plurals and French, Spanish and Portuguese forms (accents folded).
const LEXICON_TSV: &str = include_str!("../../ontology/word-lexicon.tsv");

static LEXICON: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    LEXICON_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let canonical = f.next()?;
            Some((canonical, f.filter(|v| !v.is_empty()).collect()))
        })
        .collect()
});

static WORDS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    LEXICON
        .iter()
        .flat_map(|(c, vs)| vs.iter().map(move |v| (*v, *c)))
        .collect()
});

/// Whether a folded word is a word of the lexicon, an English one or one of its forms
/// (`innovation`, `justicia`): an ordinary word, not a proper name.
pub fn is_lexicon_word(w: &str) -> bool {
    INITIALS.contains_key(w) || WORDS.contains_key(w)
}

/// A canonical word and its forms in every language of the lexicon (`health`, `salud`,
/// `sante`, `saude`...); a word outside the lexicon alone.
pub fn forms(canonical: &str) -> Vec<&str> {
    match FORMS.get(canonical) {
        Some(v) => v.clone(),
        None => vec![canonical],
    }
}

static FORMS: LazyLock<HashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    LEXICON
        .iter()
        .map(|(c, vs)| (*c, std::iter::once(*c).chain(vs.iter().copied()).collect()))
        .collect()
});

/// The first letters a word's forms start with, in every language of the lexicon:
/// `environment` -> {e, a} (ambiente), for acronyms written in another language.
static INITIALS: LazyLock<HashMap<&'static str, Vec<char>>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, Vec<char>> = HashMap::new();
    for (c, vs) in LEXICON.iter() {
        let e = m.entry(*c).or_default();
        for w in std::iter::once(c).chain(vs.iter()) {
            if let Some(ch) = w.chars().next() {
                if !e.contains(&ch) {
                    e.push(ch);
                }
            }
        }
    }
    m
});

/// Spelling variants, plurals and the French, Spanish and Portuguese words of the public
/// bodies and functions most often named in plans, mapped to one English word, so that
/// `Ministerio de Turismo` and `Ministry of Tourism` (word sets {ministry, tourism}) are one
/// key. Accents are already folded by [`fold`]. A word outside the lexicon is itself.
pub fn canonical_word(w: &str) -> &str {
    match WORDS.get(w) {
        Some(c) => c,
        None => slip_of(w).unwrap_or(w),
    }
}

/// Shortest word a one-slip correction reads: shorter words are too often other words one
/// letter away (`unidas` is not `unidad`, `estudio` not `estudios`).
const SLIP_MIN: usize = 8;

/// Words of their own one slip from a lexicon word (`countries`, `projection`), never
/// corrected: `ontology/word-lookalikes.txt`, made by `ontology/tools/make_lookalikes.py`.
const LOOKALIKES_TXT: &str = include_str!("../../ontology/word-lookalikes.txt");

static LOOKALIKES: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    LOOKALIKES_TXT
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The lexicon's words of [`SLIP_MIN`] letters or more under themselves and each of their
/// one-letter deletions (a symmetric-deletion index): two words one slip apart share a key,
/// so the candidates of a word are found in as many lookups as it has letters.
type SlipIndex = HashMap<String, Vec<(&'static str, &'static str)>>;
static SLIP_INDEX: LazyLock<SlipIndex> = LazyLock::new(|| {
    let mut m: SlipIndex = HashMap::new();
    for (c, vs) in LEXICON.iter().filter(|(c, _)| !c.is_empty()) {
        for w in std::iter::once(c).chain(vs.iter()) {
            if w.len() < SLIP_MIN || !w.is_ascii() {
                continue;
            }
            for i in 0..=w.len() {
                let k = if i == w.len() {
                    w.to_string()
                } else {
                    format!("{}{}", &w[..i], &w[i + 1..])
                };
                let e = m.entry(k).or_default();
                if !e.contains(&(w, c)) {
                    e.push((w, c));
                }
            }
        }
    }
    m
});

/// The canonical word a word outside the lexicon is a slip of (`ministery`, `enviroment`,
/// `techonology`, `secreatariat`): one letter added, left out, changed, or two swapped
/// (Damerau-Levenshtein 1) from a lexicon word, with the same first letter, both of
/// [`SLIP_MIN`] letters or more, when every lexicon word that close is one canonical word.
/// Never for a word of its own ([`LOOKALIKES`]) or a country's name (`Mexico` is not
/// `medico`).
pub fn slip_of(w: &str) -> Option<&'static str> {
    if w.len() < SLIP_MIN || !w.bytes().all(|b| b.is_ascii_lowercase()) || is_lexicon_word(w) {
        return None;
    }
    if LOOKALIKES.contains(w) || crate::countries::lookup(w).is_some() {
        return None;
    }
    let mut found: Option<&'static str> = None;
    let mut key = String::with_capacity(w.len());
    for i in 0..=w.len() {
        key.clear();
        if i == w.len() {
            key.push_str(w);
        } else {
            key.push_str(&w[..i]);
            key.push_str(&w[i + 1..]);
        }
        for &(c, canonical) in SLIP_INDEX.get(key.as_str()).into_iter().flatten() {
            if c.as_bytes()[0] != w.as_bytes()[0] || strsim::damerau_levenshtein(c, w) != 1 {
                continue;
            }
            match found {
                Some(f) if f != canonical => return None,
                _ => found = Some(canonical),
            }
        }
    }
    found
}

/// The letters a canonical word may start with in an acronym of any language of the
/// lexicon (its own first letter first).
pub fn initials(canonical: &str) -> Vec<char> {
    match INITIALS.get(canonical) {
        Some(v) => v.clone(),
        None => canonical.chars().next().into_iter().collect(),
    }
}

/// A name without a leading article (`The UWI` -> `UWI`, `la CEPAL` -> `CEPAL`), for
/// telling whether what is left is an acronym.
pub fn strip_article(s: &str) -> &str {
    let t = s.trim_start();
    for a in [
        "the ", "la ", "el ", "le ", "les ", "los ", "las ", "l'", "l’",
    ] {
        if t.len() > a.len() && t.is_char_boundary(a.len()) && t[..a.len()].eq_ignore_ascii_case(a)
        {
            let rest = t[a.len()..].trim_start();
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    t
}

/// The text with doubled letters single (`smarttrash` -> `smartrash`, `comission` ->
/// `comision`); digits are kept as written.
pub fn single_letters(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) || c.is_ascii_digit() {
            out.push(c);
        }
    }
    out
}

/// The cognate stem of a canonical word, for matching names across spellings and languages
/// the lexicon does not list: `ph`/`th`/`ch`/`k`/`y` read `f`/`t`/`c`/`c`/`i`, `-cion`/`-cao` read
/// `-tion`, doubled letters are single, and one inflection or derivation ending goes
/// (`catolica` = `catholic` = `catol`, `pontificia` = `pontifical`, `colombiana` =
/// `colombian`, `comission` = `commission`, `governance` = `government`, `bottler` =
/// `bottling`: English `-er`, `-ers` and `-ing` too). Words of fewer
/// than five letters and words with digits are kept (but for doubled letters).
///
/// Hand-written rather than a Snowball stemmer: the point is to meet across English,
/// Spanish, French and Portuguese spellings of one word, which a per-language stemmer does
/// not do (it stems each language to its own stems).
pub fn stem(w: &str) -> String {
    let collapse = single_letters;
    if w.chars().count() < 5 || w.chars().any(|c| c.is_ascii_digit()) || !w.is_ascii() {
        return collapse(w);
    }
    let mut s = w
        .replace("ph", "f")
        .replace("th", "t")
        .replace("ch", "c")
        .replace('k', "c")
        .replace('y', "i");
    for (from, to) in [
        ("cion", "tion"),
        ("cao", "tion"),
        ("ciones", "tion"),
        ("coes", "tion"),
    ] {
        if let Some(base) = s.strip_suffix(from) {
            s = format!("{base}{to}");
            break;
        }
    }
    if let Some(base) = s.strip_suffix("ies") {
        s = format!("{base}i");
    }
    let mut s = collapse(&s);
    const ENDINGS: &[&str] = &[
        "ical", "ment", "ing", "ers", "er", "ance", "ence", "ica", "ico", "ial", "ics", "ic", "al",
        "ia", "ie", "io", "es", "os", "as", "a", "o", "e", "s",
    ];
    // Up to two endings (`pontifical` -> `pontific` -> `pontif`), the stem kept at four
    // letters or more.
    for _ in 0..2 {
        match ENDINGS
            .iter()
            .find_map(|e| s.strip_suffix(e).filter(|b| b.len() >= 4))
        {
            Some(base) => s = base.to_string(),
            None => break,
        }
    }
    s
}

/// Significant words of a key: canonical ([`canonical_word`]), stopwords and empty words
/// removed, in the order written.
pub fn significant_words(key: &str) -> Vec<&str> {
    key.split(' ')
        .map(canonical_word)
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_spellings_languages_and_endings() {
        for (a, b) in [
            ("catolica", "catholic"),
            ("pontificia", "pontifical"),
            ("comission", "commission"),
            ("bottler", "bottling"),
            ("organisers", "organising"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("bottling"), stem("building"));
    }

    #[test]
    fn keys_ignore_case_spaces_punctuation_accents_and_articles() {
        assert_eq!(
            key("The  Strategic\u{a0}Innovation Unit."),
            "strategic innovation unit"
        );
        assert_eq!(
            key("Strategic&nbsp;Innovation Unit"),
            "strategic innovation unit"
        );
        assert_eq!(
            key("Osh Mayor's Office (city administration)"),
            key("Osh Mayor’s office")
        );
        assert_eq!(
            key("Ministère de l'Agriculture"),
            "ministere de l agriculture"
        );
        assert_eq!(key("Chôra Urban Lab"), key("Chora urban lab"));
        assert_eq!(key("Şanlıurfa Municipality"), "sanliurfa municipality");
        assert_eq!(key("ANIA https://ania.gob.pe"), "ania");
        // An apostrophe inside a transliteration is not an elision.
        assert_eq!(key("Et'aam (Saudi Food Bank)"), key("Etaam"));
        assert_eq!(key("Côte d’Ivoire"), "cote d ivoire");
        assert_eq!(key("Ministero dell'Ambiente"), "ministero dell ambiente");
        assert_eq!(key("UNDP's Lab"), "undp lab");
    }

    #[test]
    fn words_of_three_languages_meet() {
        let words = |s: &str| {
            let k = key(s);
            let mut w: Vec<String> = significant_words(&k)
                .iter()
                .map(|s| s.to_string())
                .collect();
            w.sort();
            w
        };
        assert_eq!(
            words("Ministerio de Salud Pública"),
            words("Ministry of Public Health")
        );
        assert_eq!(words("Ministère de la Santé"), words("Ministry of Health"));
        assert_eq!(
            words("Ministerio de Medio Ambiente y Recursos Naturales"),
            words("Ministry of Environment and Natural Resources")
        );
        assert_ne!(words("Ministry of Health"), words("Ministry of Education"));
    }

    #[test]
    fn lexicon_gives_each_variant_one_word() {
        let variants: usize = LEXICON.iter().map(|(_, v)| v.len()).sum();
        assert_eq!(variants, WORDS.len(), "a variant is listed under two words");
        assert!(LEXICON.len() >= 300);
        for (c, vs) in LEXICON.iter() {
            for w in std::iter::once(c).chain(vs.iter()) {
                // Names are compared word by word: a phrase would never be looked up.
                assert!(!w.contains(' '), "`{w}`: one word an entry");
                assert!(!STOPWORDS.contains(w), "`{w}` is a stopword");
            }
            for v in vs {
                // A variant that is another entry's word would read two ways.
                assert!(
                    v == c || !LEXICON.iter().any(|(o, _)| o == v),
                    "`{v}` of `{c}` is a word of its own"
                );
            }
        }
        // Forms of one word in the four languages, plurals and feminine forms.
        for (w, c) in [
            ("nacionales", "national"),
            ("nationaux", "national"),
            ("institutos", "institute"),
            ("companies", "enterprise"),
            ("empresas", "enterprise"),
            ("comision", "commission"),
            ("comite", "committee"),
            ("consejo", "council"),
            ("autonoma", "autonomous"),
            ("tecnica", "technical"),
            ("ministerios", "ministry"),
            ("goverment", "government"),
        ] {
            assert_eq!(canonical_word(w), c, "{w}");
        }
        // Words of English names of another meaning are not read as Spanish or French ones.
        for w in [
            "socio", "academia", "real", "mar", "lagos", "sur", "marina", "plan", "misiones",
            "estudio",
        ] {
            assert_eq!(canonical_word(w), w, "{w}");
        }
    }

    #[test]
    fn a_slip_in_a_long_word_is_the_lexicon_word() {
        // Slips of plans' names: a letter swapped, left out, added or changed.
        for (w, c) in [
            ("techonology", "technology"),
            ("secreatariat", "secretariat"),
            ("developemnt", "development"),
            ("entreprenuer", "entrepreneur"),
            ("researchg", "research"),
            ("adminstration", "administration"),
            ("associaiton", "association"),
            ("minnistry", "ministry"),
            ("suistainable", "sustainable"),
            ("organzation", "organization"),
        ] {
            assert_eq!(canonical_word(w), c, "{w}");
        }
        // Words of their own one letter from a lexicon word, a country, short words, a
        // different first letter, and proper names far from any.
        for w in [
            "countries",
            "projection",
            "political",
            "expert",
            "evacuacion",
            "redaction",
            "mexico",
            "unidas",
            "estudio",
            "ecommerce",
            "urbanco",
            "cefter",
            "ushahidi",
        ] {
            assert_eq!(canonical_word(w), w, "{w}");
        }
        assert_eq!(
            words_of("Ministery of Enviroment and sustainable development"),
            words_of("Ministry of Environment and Sustainable Development")
        );
        assert_eq!(
            words_of("Minstry of Techonology"),
            words_of("Ministry of Technology")
        );
    }

    fn words_of(s: &str) -> Vec<String> {
        let k = key(s);
        let mut w: Vec<String> = significant_words(&k)
            .iter()
            .map(|s| s.to_string())
            .collect();
        w.sort();
        w
    }

    #[test]
    fn cognate_stems_meet_across_spellings() {
        let same = |a: &str, b: &str| stem(canonical_word(a)) == stem(canonical_word(b));
        assert!(same("catolica", "catholic"));
        assert!(same("pontificia", "pontifical"));
        assert!(same("colombiana", "colombian"));
        assert!(same("comission", "commission"));
        assert!(same("governance", "government"));
        assert!(same("tecnica", "technical"));
        assert!(same("companies", "company"));
        assert!(!same("health", "education"));
        assert!(!same("policy", "police"));
        assert_eq!(strip_article("The UWI"), "UWI");
        for (w, c) in [
            ("municipio", "municipality"),
            ("programa", "program"),
            ("organisation", "organization"),
            ("tecnologia", "technology"),
            ("economique", "economy"),
            ("sostenible", "sustainable"),
        ] {
            assert_eq!(canonical_word(w), c);
        }
        assert_eq!(strip_article("The"), "The");
    }

    #[test]
    fn acronyms() {
        assert_eq!(
            acronym("Ghana Enterprises Agency (GEA)").as_deref(),
            Some("GEA")
        );
        assert_eq!(acronym("ANII").as_deref(), Some("ANII"));
        assert_eq!(acronym("Makerere University"), None);
        assert!(is_acronym("MoH"));
        assert!(!is_acronym("GovTech"));
        assert!(!is_acronym("SMARTrash"));
        assert!(is_acronym("MoHESR"));
    }
}

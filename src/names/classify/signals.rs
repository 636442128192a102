//! What a phrase shows beside its kind: glosses of a name in parentheses, the signals that
//! a phrase names a body (organisation words, heads of bodies, inner capitals, a digit),
//! shared heads of a list, ordinary words.

use super::*;

/// The other names a mention gives in parentheses: the expansion of an acronym
/// (`INS (National Institute of Statistics)`) or a translation that shares no word with the
/// name (`Ministerio de Medio Ambiente (Ministry of Environment)`), written with a capital and
/// reading as an organisation; not a description (`MOUNA INTERNET (Internet Services
/// Provider)`, `(city administration)`, `(lead)`). The extractor's altLabels and the
/// resolver's translation joins both use this.
pub fn glosses(name: &str) -> Vec<String> {
    let decoded = crate::text::decode(name);
    let main = super::super::normalise::strip_parens(&decoded);
    let main = main.trim();
    if main.is_empty() {
        return Vec::new();
    }
    let main_acronym = super::super::normalise::is_acronym(main);
    let main_key = key(main);
    let main_words: HashSet<&str> = main_key.split(' ').collect();
    parenthesised(&decoded)
        .into_iter()
        .filter(|g| {
            g.chars().next().is_some_and(char::is_uppercase)
                && g.split_whitespace().count() >= 2
                && !super::super::normalise::is_acronym(g)
                && classify(g) == MentionKind::Organisation
                && (main_acronym
                    || (has_organisation_signal(g)
                        && !key(g).split(' ').any(|w| main_words.contains(w))))
        })
        .collect()
}

/// Words that say a phrase names a body, in the languages of the plans (folded).
pub(super) const ORG_WORDS_LIST: &[&str] = &[
    "coordinadora",
    "coordination",
    "colectivo",
    "comite",
    "sindicato",
    "syndicat",
    "ministry",
    "ministerio",
    "ministere",
    "department",
    "agency",
    "agencia",
    "agence",
    "institute",
    "instituto",
    "institut",
    "center",
    "centre",
    "centro",
    "university",
    "universidad",
    "universite",
    "universidade",
    "college",
    "school",
    "academy",
    "council",
    "consejo",
    "conseil",
    "commission",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaria",
    "directorate",
    "direction",
    "association",
    "asociacion",
    "federation",
    "foundation",
    "fundacion",
    "fondation",
    "chamber",
    "camara",
    "network",
    "red",
    "programme",
    "program",
    "project",
    "fund",
    "bank",
    "banco",
    "company",
    "corporation",
    "organization",
    "organisation",
    "organizacion",
    "union",
    "municipality",
    "municipalidad",
    "municipio",
    "government",
    "gobierno",
    "gouvernement",
    "cluster",
    "team",
    "unit",
    "lab",
    "laboratory",
    "hub",
    "initiative",
    "committee",
    "board",
    "cooperative",
    "cooperativa",
    "society",
    "trust",
    "alliance",
    "coalition",
    "forum",
    "group",
    "enterprise",
    "startup",
    "ltd",
    "inc",
    "llc",
    "plc",
    "sa",
    "ngo",
    "ong",
    "service",
    "services",
    "servicio",
    "embassy",
    "mission",
    "city",
    "county",
    "district",
    "province",
    "state",
    "police",
    "court",
    "parliament",
    "hospital",
    "clinic",
    "museum",
    "library",
    "observatory",
    "platform",
    "collective",
    "consortium",
    "movement",
    "club",
    "studio",
    "labs",
    "technologies",
    "solutions",
    "consulting",
    "media",
    "radio",
    "tv",
    "television",
    "press",
    "partners",
    "ventures",
    "capital",
    "holding",
    "industries",
    "systems",
    "institution",
    "facility",
    "portfolio",
    // `Karbala Governorate`, `National Undersecretariat of Science and Technology`.
    "governorate",
    "undersecretariat",
    "subsecretariat",
    "subsecretaria",
    // Legal forms: `Bidhee Private Limited`, `Intellisys Corp`.
    "limited",
    "corp",
    "pvt",
    "gmbh",
    "ltda",
    "lda",
];

/// Whether a name shows it names a body: a word like `Ministry` or `Foundation`, an acronym
/// or a word with inner capitals (`UNLEASH`, `CodeLab`), a digit, or a name of the table.
/// Names picked out of prose without any of these are often places or topics
/// (`San Juan Nepomuceno`, `Primary Health Care`).
pub fn has_organisation_signal(name: &str) -> bool {
    let k = key(name);
    if tables::is_organisation_key(&k) || !parenthesised(name).is_empty() {
        return true;
    }
    let words: Vec<&str> = k.split(' ').collect();
    // `Mexico City`, `Ho Chi Minh City`: `city` after a name is the place's name, not a sign
    // of a body (`City of Tshwane`, `Quezon City Government` are bodies).
    let place_city = words.len() >= 2 && words.last() == Some(&"city");
    let org_words = if place_city {
        &words[..words.len() - 1]
    } else {
        &words[..]
    };
    if org_words.iter().any(|w| {
        ORG_WORDS.contains(w) || ORG_WORDS.contains(super::super::normalise::canonical_word(w))
    }) {
        return true;
    }
    // `Codeando México`, `Progest Angola`: a proper name and the country it works in.
    if words.len() >= 2 {
        for cut in 1..words.len() {
            if crate::countries::lookup(&words[cut..].join(" ")).is_some()
                && words[..cut].iter().all(|w| !is_vocabulary_word(w))
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
            {
                return true;
            }
        }
    }
    name.split_whitespace().any(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.chars().any(|c| c.is_ascii_digit())
            || t.chars().skip(1).filter(|c| c.is_uppercase()).count() >= 1
    })
}

/// `Physics, chemistry, and technology teachers`, `Waste sorting, Collecting and
/// transportation associations`: words of one or two that name no one, some in lower case,
/// before a last group that closes the list with `and`: they qualify its head noun, so the
/// list is one group.
pub fn shares_a_head(text: &str) -> bool {
    let mut parts: Vec<&str> = text.split([',', ';']).map(str::trim).collect();
    if parts.len() < 2 || text.contains(['(', '[']) {
        return false;
    }
    let last = parts.pop().unwrap_or_default();
    // The first sentence only: `... teachers. They help ...`.
    let last = last.split(". ").next().unwrap_or_default();
    let last = last.trim_end_matches('.');
    let last = ["and ", "et ", "y ", "& "]
        .iter()
        .find_map(|a| last.strip_prefix(a))
        .or_else(|| {
            // `Collecting and transportation associations`: one more modifier before it.
            let (m, rest) = last.split_once(" and ")?;
            parts.push(m);
            Some(rest)
        });
    let Some(last) = last else {
        return false;
    };
    let answer_word = |w: &str| matches!(w, "Yes" | "yes" | "YES" | "Oui" | "Sí" | "Si");
    let modifier = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let words = match words.split_first() {
            Some((w, rest)) if answer_word(w) => rest,
            _ => &words[..],
        };
        (1..=2).contains(&words.len())
            && !words.iter().any(|w| {
                super::super::is_acronym(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    || w.chars().skip(1).any(char::is_uppercase)
            })
            && !has_organisation_signal(&words.join(" "))
            && classify(&words.join(" ")) != MentionKind::Collective
    };
    parts.iter().all(|p| modifier(p))
        && parts.iter().any(|p| {
            p.split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
        })
        && !last.contains(',')
        && classify(last) == MentionKind::Collective
}

/// Words that end or open the name of one body for certain (folded): a name found in
/// passing, inside the description of another partner, must have one (`Initiative`,
/// `Programme`, `Platform` name what the bodies do).
pub(super) const BODY_HEADS: &[&str] = &[
    "ministry",
    "ministerio",
    "ministere",
    "department",
    "departamento",
    "agency",
    "agencia",
    "agence",
    "institute",
    "instituto",
    "institut",
    "center",
    "centre",
    "centro",
    "university",
    "universidad",
    "universite",
    "universidade",
    "college",
    "school",
    "academy",
    "council",
    "consejo",
    "conseil",
    "commission",
    "comision",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaria",
    "directorate",
    "direccion",
    "direction",
    "association",
    "asociacion",
    "associacao",
    "federation",
    "foundation",
    "fundacion",
    "fondation",
    "chamber",
    "camara",
    "fund",
    "bank",
    "banco",
    "company",
    "corporation",
    "organization",
    "organisation",
    "organizacion",
    "union",
    "municipality",
    "municipalidad",
    "municipio",
    "government",
    "gobierno",
    "gouvernement",
    "committee",
    "comite",
    "board",
    "cooperative",
    "cooperativa",
    "society",
    "trust",
    "alliance",
    "coalition",
    "lab",
    "laboratory",
    "hub",
    "hospital",
    "embassy",
    "ltd",
    "inc",
    "llc",
    "plc",
    "parliament",
    "court",
    "police",
];

/// Whether a folded word says a phrase names a body (`ministry`, `programme`, `hub`).
pub fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}

/// Whether a folded word is one of [`BODY_HEADS`].
pub fn is_body_head(w: &str) -> bool {
    BODY_HEADS.contains(&w)
}

/// Whether a folded word names a part of a body or a unit of government (`branch`,
/// `division`, `administration`), or a team (`unit`, `office`, `team`, `chapter`).
pub fn is_unit_word(w: &str) -> bool {
    UNIT_WORDS.contains(&w) || matches!(w, "unit" | "office" | "team" | "chapter" | "department")
}

/// Whether a folded word names a level of government (`city`, `province`, `state`).
pub fn is_level_word(w: &str) -> bool {
    LEVELS.contains(&w)
        || matches!(
            w,
            "municipality"
                | "government"
                | "council"
                | "province"
                | "state"
                | "region"
                | "regional"
                | "national"
                | "federal"
        )
}

/// Whether the phrase after `X is a` says X is a body (`citizen movement`, `local NGO`,
/// `design studio`), not a place (`city in the rural department`, `small village`).
pub fn describes_a_body(phrase: &str) -> bool {
    /// Settlements and areas, beyond the place words a name may end with.
    const SETTLEMENTS: &[&str] = &[
        "city",
        "town",
        "district",
        "department",
        "country",
        "state",
        "county",
        "neighbourhood",
        "neighborhood",
        "locality",
        "community",
        "municipality",
        "commune",
    ];
    let k = key(phrase);
    !k.is_empty()
        && !k
            .split(' ')
            .any(|w| PLACE_WORDS.contains(w) || SETTLEMENTS.contains(&w))
        && has_organisation_signal(phrase)
}

/// A word for a person's office or trade (`mayor`, `gouverneure`, `consultant`), folded;
/// read through the word lexicon (`gouverneure` -> `governor`).
pub fn is_role_word(w: &str) -> bool {
    ROLES.contains(w) || ROLES.contains(super::super::normalise::canonical_word(w))
}

/// [`is_vocabulary_word`], or a word of the lexicon (`innovation`, `digital`, `justice`):
/// an ordinary word written with a capital in a name is still not a proper name.
pub fn is_common_word(w: &str) -> bool {
    is_vocabulary_word(w) || super::super::normalise::is_lexicon_word(w)
}

/// Whether a folded word is an ordinary word of the vocabularies the classifier and the
/// lexicon know (`national`, `ministry`, `youth`, `digital`...), not a proper name like a
/// brand (`Savola`, `2GIS`, `Doinc`).
pub fn is_vocabulary_word(w: &str) -> bool {
    let sets: [&LazyLock<HashSet<&'static str>>; 10] = [
        &ACTORS,
        &BODIES,
        &DOCUMENT_WORDS,
        &EVENT_WORDS,
        &ORG_WORDS,
        &PLACE_WORDS,
        &PREPOSITIONS,
        &QUANTIFIERS,
        &ROLES,
        &SENTENCE_STARTERS,
    ];
    sets.iter().any(|s| s.contains(w))
        || super::super::normalise::canonical_word(w) != w
        || super::super::normalise::STOPWORDS.contains(&w)
        || GENERIC_ACRONYMS.contains(&w)
}

/// Whether a folded acronym names a kind of body, not one body (`NGO`, `SME`, `ICT`).
pub fn is_generic_acronym(folded: &str) -> bool {
    GENERIC_ACRONYMS.contains(&folded)
}

/// A capitalised word or acronym that is not a generic one: a sign of a proper name.
pub(super) fn is_proper(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let f = fold(t);
    !GENERIC_ACRONYMS.contains(&f.as_str())
        && !ACTORS.contains(&f.as_str())
        && !BODIES.contains(&f.as_str())
        && !QUANTIFIERS.contains(&f.as_str())
        && !matches!(
            f.as_str(),
            "local"
                | "national"
                | "international"
                | "rural"
                | "urban"
                | "regional"
                | "private"
                | "public"
                | "small"
                | "young"
                | "women"
                | "led"
                | "civil"
                | "society"
                | "community"
                | "based"
                | "non"
                | "governmental"
                | "government"
                | "sector"
        )
}

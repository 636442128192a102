//! International organisations: a mention -> a row of the organisation table, by any of its
//! aliases (names, acronyms and variants in English, French, Spanish and Portuguese, and
//! the IATI codelist's names), then by the same words in another order or without spaces
//! (`Chief Digital Office UNDP`, `WorldBank`), then by a near spelling with a strict score
//! and abstention when two organisations come close (`Intenational Labour Organisation`).
//!
//! A country presence is the organisation (`UNICEF Kenya`, `FAO in Zambia`), except for
//! UNDP, whose country offices and labs are units of their own (see `units`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::names::normalise::{fold, key, parenthesised, significant_words};
use crate::names::tables::{organisation_by_key, organisations, Organisation, ORG_INDEX};
use crate::text;

use super::Method;

mod near;
use near::{is_swap, near, near_words};
pub use near::{NEAR_MARGIN, NEAR_MIN};

/// Sorted significant words -> organisation, for names of two words or more; a set two
/// rows share is left out (ambiguous).
static WORD_SETS: LazyLock<HashMap<String, Option<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Option<usize>> = HashMap::new();
    for (k, &i) in ORG_INDEX.iter() {
        let ws = word_set(k);
        if ws.split(' ').count() >= 2 {
            m.entry(ws)
                .and_modify(|v| {
                    if *v != Some(i) {
                        *v = None
                    }
                })
                .or_insert(Some(i));
        }
    }
    m
});

/// Key without spaces -> organisation, for keys of 8 letters or more (`worldbank`).
static SPACELESS: LazyLock<HashMap<String, Option<usize>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Option<usize>> = HashMap::new();
    for (k, &i) in ORG_INDEX.iter() {
        let s = k.replace(' ', "");
        if s.len() >= 8 {
            m.entry(s)
                .and_modify(|v| {
                    if *v != Some(i) {
                        *v = None
                    }
                })
                .or_insert(Some(i));
        }
    }
    m
});

fn word_set(k: &str) -> String {
    let mut w: Vec<&str> = significant_words(k);
    w.sort_unstable();
    w.dedup();
    w.join(" ")
}

/// A near-spelling candidate the matcher did not take, for review.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub id: &'static str,
    pub alias: String,
    pub score: f64,
}

/// Outcome of a lookup in the table.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    Found(&'static Organisation, Method),
    /// Two or more organisations came close: no match, the candidates kept for review.
    Abstained(Vec<Candidate>),
    None,
}

/// Words that say where or how an organisation is present, not which body it is: an
/// organisation with them is its country or regional presence (`UNEP regional office`,
/// `ILO's southern cone office`, `WHO Country Office for Africa`, `FAO Representation`).
const PRESENCE: &[&str] = &[
    "office",
    "offices",
    "country",
    "co",
    "team",
    "regional",
    "region",
    "sub",
    "subregional",
    "representation",
    "representative",
    "mission",
    "delegation",
    "liaison",
    "field",
    "local",
    "national",
    "headquarters",
    "hq",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "cone",
    "for",
    "in",
    "of",
    "the",
    "bureau",
    "bureaux",
    "oficina",
    "bureau",
    "pays",
    "regional",
    "africa",
    "asia",
    "pacific",
    "europe",
    "latin",
    "america",
    "americas",
    "caribbean",
    "arab",
    "states",
    "middle",
    "east",
    "west",
    "north",
    "south",
];

/// Whether the words name a country or a presence (`office`, `regional office`, `country
/// team`, `southern cone office`): an organisation's presence, one entity with it.
/// Networks whose members in each country are bodies of their own (an OpenStreetMap
/// community, a Junior Chamber, a Rotary club, an Impact Hub), not a presence of the network.
const NATIONAL_CHAPTERS: &[&str] = &["osmf", "jci", "rotary", "impact-hub"];

fn is_presence_word(words: &[&str]) -> bool {
    let j = words.join(" ");
    crate::countries::lookup(&j).is_some()
        || (words.iter().all(|w| PRESENCE.contains(w))
            && words
                .iter()
                .any(|w| !matches!(*w, "for" | "in" | "of" | "the")))
}

/// Looks a mention up in the organisation table.
pub fn lookup(name: &str) -> Lookup {
    let decoded = text::decode(name);
    let k = key(&decoded);
    // 1. Exact alias: the whole name, the name folded with its parentheses, the acronym or
    // name in parentheses, the name without a sentence around it.
    let trimmed = trim_noise(&decoded);
    let mut candidates = vec![k.clone(), fold(&decoded), key(&trimmed)];
    candidates.extend(parenthesised(&decoded).into_iter().map(|p| fold(&p)));
    // `UNDP Chief Digital Office`, `UNDP's BPPS`, `Chief Digital Office UNDP`: a UNDP unit is
    // looked up without the prefix or suffix.
    for c in candidates.clone() {
        for (pre, suf) in [
            ("undp ", ""),
            ("undps ", ""),
            ("pnud ", ""),
            ("", " undp"),
            ("", " pnud"),
        ] {
            if let Some(rest) = c.strip_prefix(pre).and_then(|r| r.strip_suffix(suf)) {
                if rest != c {
                    candidates.push(rest.to_string());
                }
            }
        }
    }
    // `UN Volunteers programme`: `UN` is `United Nations` in any name of the table.
    for c in candidates.clone() {
        if let Some(rest) = c.strip_prefix("un ") {
            candidates.push(format!("united nations {rest}"));
        }
    }
    for c in &candidates {
        if let Some(o) = organisation_by_key(c) {
            return Lookup::Found(o, Method::AliasTable);
        }
    }
    // 2. A country presence of an organisation other than UNDP: `UNICEF Kenya`,
    // `FAO Country Office`, `WFP in Zambia`, `Kenya UNHCR`.
    // `UNDP BPPS team`: a UNDP unit's presence is looked up without `UNDP`.
    let all_words: Vec<&str> = k.split(' ').collect();
    let words: Vec<&str> = match all_words.split_first() {
        Some((first, rest)) if rest.len() >= 2 && matches!(*first, "undp" | "undps" | "pnud") => {
            rest.to_vec()
        }
        _ => all_words.clone(),
    };
    if words.len() >= 2 {
        for cut in 1..words.len() {
            let (head, tail) = words.split_at(cut);
            let tail: Vec<&str> = tail
                .iter()
                .copied()
                .skip_while(|w| matches!(*w, "in" | "en" | "au" | "office"))
                .collect();
            for (org_part, rest) in [(head, tail.as_slice()), (&words[cut..], head)] {
                if rest.is_empty() || !is_presence_word(rest) {
                    continue;
                }
                if let Some(o) = organisation_by_key(&org_part.join(" ")) {
                    // `OpenStreetMap Indonesia`, `JCI Kenya`: a national chapter of a network
                    // is a body of its country, not the network.
                    if NATIONAL_CHAPTERS.contains(&o.id)
                        && crate::countries::lookup(&rest.join(" ")).is_some()
                    {
                        return Lookup::None;
                    }
                    if o.id != "undp" && o.id != "un" {
                        return Lookup::Found(o, Method::AliasTable);
                    }
                }
            }
        }
    }
    // 3. The same words in another order, or without spaces.
    let ws = word_set(&k);
    if ws.split(' ').count() >= 2 {
        if let Some(Some(i)) = WORD_SETS.get(&ws) {
            return Lookup::Found(&organisations()[*i], Method::AliasWordOrder);
        }
    }
    let spaceless = k.replace(' ', "");
    if spaceless.len() >= 8 {
        if let Some(Some(i)) = SPACELESS.get(&spaceless) {
            return Lookup::Found(&organisations()[*i], Method::AliasWordOrder);
        }
    }
    // 4. Acronyms of five letters or more with two letters swapped after the first (`UNDCF`
    //    for UNCDF), when only one fits: shorter ones and a first letter moved are another
    //    body's acronym more often than a slip (`NEDA` of the Philippines is not ENDA).
    if words.len() == 1 && (5..=8).contains(&k.len()) && crate::names::is_acronym(trimmed.trim()) {
        let mut found: Vec<&'static Organisation> = Vec::new();
        for o in organisations() {
            for a in &o.acronyms {
                let a = fold(a);
                if a.len() == k.len()
                    && a != k
                    && a.as_bytes()[0] == k.as_bytes()[0]
                    && is_swap(&a, &k)
                    && !found.iter().any(|f| f.id == o.id)
                {
                    found.push(o);
                }
            }
        }
        if let [o] = found.as_slice() {
            return Lookup::Found(o, Method::AliasNearSpelling);
        }
    }
    // 5. Near spellings: of long names by their letters, of short names word by word.
    match near(&k) {
        Lookup::None => near_words(
            &key(&trimmed),
            trimmed
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase),
        ),
        found => found,
    }
}

/// Sector and role notes a form's answer appends to a name: `Lake Hub- Private Sector- New
/// Partner`, `Ministry of Labor, Government, Project Counterpart`.
const ROLE_NOTES: &[&str] = &[
    "private sector",
    "public sector",
    "private",
    "public",
    "government",
    "gov",
    "academia",
    "academic",
    "civil society",
    "cso",
    "ngo",
    "ingo",
    "media",
    "donor",
    "un agency",
    "un",
    "international organization",
    "international organisation",
    "partner",
    "new partner",
    "existing partner",
    "current partner",
    "potential partner",
    "new",
    "existing",
    "project counterpart",
    "counterpart",
    "implementing partner",
    "technical partner",
    "financial partner",
    "research",
];

/// The name without sector and role notes after a dash or comma ([`ROLE_NOTES`]).
pub(crate) fn strip_role_notes(s: &str) -> &str {
    let mut s = s.trim_end();
    loop {
        let cut = s
            .rfind([',', '-', '–', '—', '/', ';'])
            .filter(|&i| i > 0 && fold(&s[..i]).split(' ').count() >= 1);
        let Some(i) = cut else { return s };
        let tail = fold(&s[i + s[i..].chars().next().map_or(1, char::len_utf8)..]);
        let head = s[..i].trim_end();
        if ROLE_NOTES.contains(&tail.as_str()) && head.chars().any(char::is_alphanumeric) {
            s = head;
        } else {
            return s;
        }
    }
}

/// `X in charge of Y` / `X chargé(e) de Y` / `X encargado de Y`: `X of Y` / `X de Y`.
fn in_charge_as_of(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let next = |n: usize| lower.get(i + n).map(String::as_str);
        if i > 0 && lower[i] == "in" && next(1) == Some("charge") && next(2) == Some("of") {
            i += 2;
            continue;
        }
        let charged = matches!(
            lower[i].as_str(),
            "chargé" | "chargée" | "encargado" | "encargada"
        );
        if i > 0 && charged && matches!(next(1), Some("de" | "des" | "du" | "del")) {
            i += 1;
            continue;
        }
        out.push(words[i]);
        i += 1;
    }
    out.join(" ")
}

/// Leading verbs and prepositions that sentence fragments keep (`Met with UNEP`,
/// `under MIGHT`), and trailing clauses (`... to see ...`, `... in organizing ...`).
pub(crate) fn trim_noise(s: &str) -> String {
    let s = strip_role_notes(s);
    // `Ministry in charge of national Education` is the Ministry of national Education
    // (not a `Ministry` cut before the clause `in charge`), `Ministère chargé de
    // l'Éducation` the Ministère de l'Éducation.
    let s = in_charge_as_of(s);
    let mut words: Vec<&str> = s.split_whitespace().collect();
    const LEADING: &[&str] = &[
        "met",
        "with",
        "worked",
        "work",
        "under",
        "through",
        "via",
        "and",
        "by",
        "from",
        "partnered",
        "also",
        "including",
        "incl.",
        "namely",
        "avec",
        "con",
        "com",
        "yes",
        "oui",
        "si",
        "sí",
    ];
    while words.len() > 1 && LEADING.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    const CLAUSE: &[&str] = &[
        "to", "in", "for", "on", "who", "which", "that", "as", "through",
    ];
    // `... (DASTA) in organizing national workshops`: a clause opened by a verb in -ing.
    if let Some(cut) = (2..words.len()).find(|&i| {
        CLAUSE.contains(&words[i - 1].to_lowercase().as_str())
            && words[i].ends_with("ing")
            && words[i].chars().next().is_some_and(char::is_lowercase)
    }) {
        words.truncate(cut - 1);
    }
    if let Some(cut) = words
        .iter()
        .skip(1)
        .position(|w| CLAUSE.contains(&w.to_lowercase().as_str()))
    {
        // Only cut after a capitalised name of 1-3 words, before a lower-case clause
        // (`FAO to see ...`, not `Agency for Youth Affairs` nor `Binational Project for the
        // Comprehensive Management of ...`: an article after the clause word is skipped).
        let clause_follows = words[cut + 2..]
            .iter()
            .find(|w| {
                !matches!(
                    w.to_lowercase().as_str(),
                    "the" | "a" | "an" | "la" | "le" | "el" | "les" | "los" | "las" | "l'"
                )
            })
            .is_none_or(|w| w.chars().next().is_some_and(char::is_lowercase));
        if cut < 3
            && clause_follows
            && words[..=cut].iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
        {
            words.truncate(cut + 1);
        }
    }
    // `RCO office`, `WFP programme`, `GEF Fund`: the word an acronym already ends with,
    // written again after it.
    if let [.., acronym, last] = words.as_slice() {
        let initial = acronym.chars().last().map(|c| c.to_ascii_lowercase());
        let repeated = matches!(
            last.to_lowercase().as_str(),
            "office" | "programme" | "program" | "fund" | "bank" | "organization" | "organisation"
        ) && last.chars().next().map(|c| c.to_ascii_lowercase()) == initial;
        if repeated && acronym.len() >= 3 && crate::names::is_acronym(acronym) {
            words.pop();
        }
    }
    words.join(" ")
}

#[cfg(test)]
#[test]
fn a_word_the_acronym_ends_with_goes() {
    assert_eq!(trim_noise("RCO office"), "RCO");
    assert_eq!(trim_noise("WFP programme"), "WFP");
    assert_eq!(trim_noise("UNDP office"), "UNDP office");
    assert_eq!(lookup("RCO office"), lookup("RCO"));
}

#[cfg(test)]
#[test]
fn clauses_go_and_names_stay() {
    assert_eq!(trim_noise("FAO to see potential areas"), "FAO");
    assert_eq!(
        trim_noise(
            "Binational Project for the Comprehensive Management of the Motagua River Basin"
        ),
        "Binational Project for the Comprehensive Management of the Motagua River Basin"
    );
    assert_eq!(
        trim_noise("Agency for the Development of Tourism"),
        "Agency for the Development of Tourism"
    );
}

#[cfg(test)]
#[test]
fn role_notes_go() {
    assert_eq!(
        strip_role_notes("Lake Hub- Private Sector- New Partner"),
        "Lake Hub"
    );
    assert_eq!(
        strip_role_notes(
            "Ministry of Labor, Employment and Social Security, Government, Project Counterpart"
        ),
        "Ministry of Labor, Employment and Social Security"
    );
    assert_eq!(strip_role_notes("Coca-Cola"), "Coca-Cola");
    assert_eq!(strip_role_notes("Public"), "Public");
}

/// A short mention whose only organisation-like word is a known acronym written in
/// capitals: `FAO to see potential areas of collaboration`, `Met with UNEP`.
pub(crate) fn lone_acronym(name: &str) -> Option<&'static Organisation> {
    let decoded = text::decode(name);
    let trimmed = trim_noise(&decoded);
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.len() > 8 {
        return None;
    }
    let acronyms: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            w.len() >= 3
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
        .collect();
    let [only] = acronyms.as_slice() else {
        return None;
    };
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let names_a_country = words.iter().any(|w| crate::countries::lookup(w).is_some());
    // `Governance cluster UNDP`, `UNDP: NAMA compost project`: a unit of the organisation.
    let names_a_unit = words.iter().any(|w| {
        matches!(
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
            "cluster"
                | "team"
                | "unit"
                | "portfolio"
                | "project"
                | "office"
                | "lab"
                | "hub"
                | "programme"
                | "program"
                | "department"
                | "division"
                | "bureau"
                | "hubs"
                | "centre"
                | "center"
                | "initiative"
                | "facility"
                | "fund"
        )
    });
    if capitalised > 2 || names_a_country || names_a_unit {
        return None;
    }
    organisation_by_key(&only.to_lowercase()).filter(|o| o.acronyms.iter().any(|a| a == only))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(name: &str) -> Option<&'static str> {
        match lookup(name) {
            Lookup::Found(o, _) => Some(o.id),
            _ => lone_acronym(name).map(|o| o.id),
        }
    }

    #[test]
    fn languages_acronyms_and_iati_names() {
        assert_eq!(id("PNUD"), Some("undp"));
        assert_eq!(
            id("Programme des Nations Unies pour le développement"),
            Some("undp")
        );
        assert_eq!(id("OIM"), id("IOM"));
        assert_eq!(id("OMS"), id("WHO"));
        assert_eq!(id("ONU Mujeres"), id("UN Women"));
        assert!(id("OIM").is_some() && id("OMS").is_some() && id("UN Women").is_some());
        assert_eq!(id("Met with UNEP"), Some("unep"));
    }

    #[test]
    fn order_spacing_typos_and_presence() {
        assert_eq!(id("Chief Digital Office UNDP"), Some("undp-cdo"));
        assert_eq!(id("UNDP Chief Digital Office"), Some("undp-cdo"));
        assert_eq!(
            id("Innovation Facility UNDP"),
            Some("undp-innovation-facility")
        );
        assert_eq!(id("UNDP Global Policy Network"), id("GPN"));
        assert_eq!(id("Regional Service Center for Africa"), Some("undp-rba"));
        assert_eq!(id("WorldBank"), id("World Bank"));
        assert_eq!(id("UNDCF"), id("UNCDF"));
        // A first letter moved, a short acronym: another body's (the Philippines' NEDA).
        assert_eq!(id("NEDA"), None);
        assert_eq!(id("Wolrd Bank"), id("World Bank"));
        assert_eq!(id("UN Habiat"), id("UN-Habitat"));
        assert_eq!(id("UNICF"), Some("unicef"));
        assert_eq!(id("Bankok Regional Hub"), Some("undp-brh"));
        assert_eq!(id("RBAS"), Some("undp-rbas"));
        assert_eq!(id("RBAS Innovation Unit"), None);
        assert_eq!(id("Mircosoft"), Some("microsoft"));
        assert_eq!(id("OpenStreetMap Indonesia"), None);
        assert_eq!(id("UNICEF Indonesia"), Some("unicef"));
        assert!(id("UNCDF").is_some());
        assert_eq!(id("Intenational Labour Organisation"), id("ILO"));
        assert_eq!(id("UNICEF Kenya"), Some("unicef"));
        assert_eq!(id("FAO Country Office"), Some("fao"));
        // UNDP's country offices are units of their own.
        assert_eq!(id("UNDP Kenya"), None);
        // Look-alikes stay apart.
        assert_ne!(id("UNEP"), id("UNDP"));
        assert_ne!(id("WFP"), id("WHO"));
    }

    #[test]
    fn un_spelled_out_and_undp_units_presence() {
        // `UN` for `United Nations` in a name of the table.
        assert_eq!(id("UN Volunteers programme"), Some("unv"));
        assert_eq!(id("UN Habitat"), Some("un-habitat"));
        // A UNDP unit's team is the unit; UNDP's own are its units (see `units`).
        assert_eq!(id("UNDP BPPS team"), Some("undp-bpps"));
        assert_eq!(id("UNDP Crisis Bureau team"), Some("undp-crisis-bureau"));
        assert_eq!(id("UNDP Kenya team"), None);
        assert_eq!(id("UNDP Governance team"), None);
    }
}

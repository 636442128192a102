//! Partner entity resolution: a partner mention (the name as written, the plan's country)
//! -> a partner entity.
//!
//! - International organisations (UN system, development banks, donors, large INGOs and
//!   companies) are one entity everywhere: the curated table `ontology/organisations.tsv`
//!   lists each with its official name, acronyms, variants and Wikidata IRI.
//! - Collective or vague mentions (`UN agencies`, `local communities`; the phrases of
//!   `ontology/collective-terms.txt`) are marked collective and scoped to the country.
//! - Everything else (ministries, agencies, universities, local NGOs, companies) is a
//!   national or local body, scoped to the plan's country: `Ministry of Health` in two
//!   countries is two partners.
//!
//! Matching works on a normalised key: entities decoded, non-breaking spaces, case, accents,
//! punctuation, a leading `the` and parenthesised parts removed; the acronym given in
//! parentheses is tried too. Pure: no I/O (the tables are compiled in), deterministic.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::parse::text;

const ORGANISATIONS: &str = include_str!("../ontology/organisations.tsv");
const COLLECTIVE: &str = include_str!("../ontology/collective-terms.txt");

/// One international organisation of the curated table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: &'static str,
    pub name: &'static str,
    pub acronyms: Vec<&'static str>,
    pub variants: Vec<&'static str>,
    /// `un-system`, `development-bank`, `donor`, `ingo`, `company`, `intergovernmental`.
    pub kind: &'static str,
    /// Wikidata entity IRI, when known.
    pub wikidata: Option<&'static str>,
}

/// What a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entity {
    /// One of the curated international organisations (its `id`).
    International(&'static str),
    /// A national or local body: country ISO3 (or `xx`) and normalised key.
    National { country: String, key: String },
    /// A collective or vague mention, scoped to the country like a national body.
    Collective { country: String, key: String },
}

impl Entity {
    /// The path of the entity's IRI under `{base}partner/`.
    pub fn path(&self) -> String {
        match self {
            Entity::International(id) => (*id).to_string(),
            Entity::National { country, key } | Entity::Collective { country, key } => {
                format!("{}/{}", country.to_lowercase(), crate::mapping::slug(key))
            }
        }
    }

    pub fn is_collective(&self) -> bool {
        matches!(self, Entity::Collective { .. })
    }

    /// The organisation, for an international entity.
    pub fn organisation(&self) -> Option<&'static Organisation> {
        match self {
            Entity::International(id) => organisations().iter().find(|o| o.id == *id),
            _ => None,
        }
    }
}

static ORGS: LazyLock<Vec<Organisation>> = LazyLock::new(|| {
    ORGANISATIONS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).copied().unwrap_or("").trim();
            let list = |i: usize| {
                get(i)
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            Organisation {
                id: get(0),
                name: get(1),
                acronyms: list(2),
                variants: list(3),
                kind: get(4),
                wikidata: Some(get(5)).filter(|w| !w.is_empty()),
            }
        })
        .collect()
});

/// Key -> organisation index, from names, variants and acronyms.
static ORG_INDEX: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, o) in ORGS.iter().enumerate() {
        for n in std::iter::once(&o.name)
            .chain(&o.variants)
            .chain(&o.acronyms)
        {
            let k = key(n);
            if !k.is_empty() {
                m.entry(k).or_insert(i);
            }
        }
    }
    m
});

static COLLECTIVE_TERMS: LazyLock<Vec<String>> = LazyLock::new(|| {
    COLLECTIVE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(key)
        .collect()
});

/// Every organisation of the curated table.
pub fn organisations() -> &'static [Organisation] {
    &ORGS
}

/// The matching key of a name: decoded, accents folded, case-folded, `&` as `and`,
/// punctuation removed, a leading `the` dropped, parenthesised parts removed.
pub fn key(name: &str) -> String {
    let decoded = text::decode(name);
    let no_parens = strip_parens(&decoded);
    let base = if no_parens.trim().is_empty() {
        decoded.as_str()
    } else {
        no_parens.as_str()
    };
    fold(base)
}

fn fold(s: &str) -> String {
    let lowered: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            '’' | '‘' | '`' | '´' => '\'',
            c => c,
        })
        .collect();
    let lowered = lowered.replace('&', " and ").replace("'s ", "s ");
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(&"the") | Some(&"le") | Some(&"la") | Some(&"les") | Some(&"el") | Some(&"l")
            if words.len() > 1 =>
        {
            &words[1..]
        }
        _ => &words[..],
    };
    words.join(" ")
}

fn strip_parens(s: &str) -> String {
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
fn parenthesised(s: &str) -> Vec<String> {
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

/// The international organisation a name refers to, if any: the whole name, the acronym
/// or name in parentheses, or the name with a trailing country/unit qualifier removed is
/// not tried (`UNDP Uruguay` is a UNDP unit in one country, a national-scope partner).
pub fn organisation_of(name: &str) -> Option<&'static Organisation> {
    let decoded = text::decode(name);
    let candidates = std::iter::once(key(&decoded))
        .chain(std::iter::once(fold(&decoded)))
        .chain(parenthesised(&decoded).into_iter().map(|p| fold(&p)));
    for k in candidates {
        if let Some(&i) = ORG_INDEX.get(&k) {
            return Some(&ORGS[i]);
        }
    }
    None
}

/// Whether a name is a collective or vague mention.
pub fn is_collective(name: &str) -> bool {
    let k = key(name);
    COLLECTIVE_TERMS.contains(&k)
}

/// Resolves one mention. `country` is the plan's ISO3 code, when known.
pub fn resolve(name: &str, country: Option<&str>) -> Entity {
    if let Some(o) = organisation_of(name) {
        return Entity::International(o.id);
    }
    let country = country.unwrap_or("xx").to_string();
    let key = key(name);
    if is_collective(name) {
        Entity::Collective { country, key }
    } else {
        Entity::National { country, key }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_spaces_punctuation_and_the() {
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
    }

    #[test]
    fn national_bodies_are_scoped_to_the_country() {
        let a = resolve("Ministry of Health", Some("KEN"));
        let b = resolve("Ministry of Health", Some("PER"));
        assert_ne!(a, b);
        assert_eq!(a, resolve("ministry of health.", Some("KEN")));
        assert_eq!(a.path(), "ken/ministry-of-health");
    }

    #[test]
    fn table_is_well_formed() {
        let orgs = organisations();
        assert!(orgs.len() > 50);
        let mut ids = std::collections::HashSet::new();
        for o in orgs {
            assert!(ids.insert(o.id), "duplicate id {}", o.id);
            assert!(!o.name.is_empty(), "{} has no name", o.id);
            assert!(
                [
                    "un-system",
                    "development-bank",
                    "donor",
                    "ingo",
                    "company",
                    "intergovernmental"
                ]
                .contains(&o.kind),
                "{}: kind {}",
                o.id,
                o.kind
            );
            if let Some(w) = o.wikidata {
                assert!(
                    w.starts_with("http://www.wikidata.org/entity/Q"),
                    "{}: {w}",
                    o.id
                );
            }
        }
    }
}

//! The country table (`ontology/countries.tsv`, compiled in): ISO 3166-1 codes, UN M49
//! code, region and sub-region for every country, and the spellings plans use
//! (`Ivory Coast`, `East Timor`, `Turkey`, `The Gambia`, ...).
//!
//! Data and lookup only: the linter uses it to flag unknown names, the mapping to link
//! countries outward. How the table is made: `ontology/tools/make_countries.py`.

use std::collections::HashMap;
use std::sync::LazyLock;

const TABLE: &str = include_str!("../ontology/countries.tsv");

/// One row of the country table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub iso3: &'static str,
    pub iso2: &'static str,
    /// UN M49 numeric code, three digits; empty for Kosovo, which M49 does not list.
    pub m49: &'static str,
    pub name: &'static str,
    pub official_name: &'static str,
    /// M49 region: Africa, Americas, Asia, Europe, Oceania.
    pub region: &'static str,
    /// M49 sub-region (intermediate region where M49 has one, e.g. `Western Africa`).
    pub subregion: &'static str,
    pub aliases: Vec<&'static str>,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    TABLE
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&'static str> = l.split('\t').collect();
            let get = |i: usize| f.get(i).copied().unwrap_or("");
            Country {
                iso3: get(0),
                iso2: get(1),
                m49: get(2),
                name: get(3),
                official_name: get(4),
                region: get(5),
                subregion: get(6),
                aliases: get(7).split('|').filter(|a| !a.is_empty()).collect(),
            }
        })
        .collect()
});

static BY_NAME: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, c) in COUNTRIES.iter().enumerate() {
        for n in [c.name, c.official_name, c.iso3, c.iso2]
            .into_iter()
            .chain(c.aliases.iter().copied())
        {
            m.entry(key(n)).or_insert(i);
        }
    }
    m
});

/// Lookup key: case-folded, accents and punctuation removed, `the`/`and`/`&` unified.
fn key(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'Å' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'Ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
        .replace('&', " and ");
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "the")
        .collect();
    words.join(" ")
}

/// Abbreviations of countries written in capitals in the table's aliases (`DRC`, `BiH`,
/// `KSA`, `UAE`): read alone as a country where a short word could be anything else
/// (`UNDP DRC`), unlike the ISO codes (`co`, `per`).
static ABBREVIATIONS: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for (i, c) in COUNTRIES.iter().enumerate() {
        for a in &c.aliases {
            let letters = a.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = a.chars().filter(|c| c.is_uppercase()).count();
            if (2..=5).contains(&letters) && capitals >= 2 && !a.contains(' ') {
                m.entry(key(a)).or_insert(i);
            }
        }
    }
    m
});

/// A country by an abbreviation of the table's aliases (`DRC`, `BiH`), not by its codes.
pub fn lookup_abbreviation(word: &str) -> Option<&'static Country> {
    ABBREVIATIONS.get(&key(word)).map(|&i| &COUNTRIES[i])
}

/// Every country of the table.
pub fn all() -> &'static [Country] {
    &COUNTRIES
}

/// Finds a country by any of its names, codes or known spellings.
pub fn lookup(name: &str) -> Option<&'static Country> {
    BY_NAME.get(&key(name)).map(|&i| &COUNTRIES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_spellings_resolve() {
        for (name, iso3) in [
            ("East Timor", "TLS"),
            ("Ivory Coast", "CIV"),
            ("Turkey", "TUR"),
            ("The Gambia", "GMB"),
            ("Cape Verde", "CPV"),
            ("Democratic Republic of the Congo", "COD"),
            ("Republic of the Congo", "COG"),
            ("Palestine", "PSE"),
            ("Laos", "LAO"),
            ("Eswatini", "SWZ"),
            ("north macedonia", "MKD"),
            ("Côte d'Ivoire", "CIV"),
            ("Kosovo", "XKX"),
            ("KSA", "SAU"),
            ("BiH", "BIH"),
        ] {
            assert_eq!(lookup(name).map(|c| c.iso3), Some(iso3), "{name}");
        }
        assert_eq!(lookup_abbreviation("drc").map(|c| c.iso3), Some("COD"));
        assert_eq!(lookup_abbreviation("RDC").map(|c| c.iso3), Some("COD"));
        assert!(lookup_abbreviation("co").is_none());
        assert!(lookup_abbreviation("per").is_none());
        assert!(lookup("Atlantis").is_none());
    }

    #[test]
    fn regions_are_m49() {
        let ng = lookup("Nigeria").unwrap();
        assert_eq!(
            (ng.iso2, ng.m49, ng.region, ng.subregion),
            ("NG", "566", "Africa", "Western Africa")
        );
        assert!(all().iter().all(|c| c.iso3.len() == 3 && c.iso2.len() == 2));
        assert!(all().len() > 240);
    }
}

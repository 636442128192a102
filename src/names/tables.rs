//! The reference tables compiled in from `ontology/`: international organisations (with
//! their IATI organisation identifiers and the English and French names of the IATI
//! channel-of-delivery codelist as aliases), collective phrases, and phrases that name no
//! organisation. Lookup only; the rules that use them live in `classify` and `resolve`.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::normalise::key;

const ORGANISATIONS: &str = include_str!("../../ontology/organisations.tsv");
const COLLECTIVE: &str = include_str!("../../ontology/collective-terms.txt");
const NOT_ORGANISATIONS: &str = include_str!("../../ontology/not-organisations.tsv");
/// IATI CRS channel-of-delivery codes (CC BY 4.0, IATI Standard), see `ontology/iati/README.md`.
const IATI_CHANNELS: &str = include_str!("../../ontology/iati/CRSChannelCode.xml");

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
    /// CRS channel code (`41114`); the IATI organisation identifier is `XM-DAC-<code>`.
    pub iati_code: Option<&'static str>,
    /// The codelist's names of that code (English, French), when it has one.
    pub iati_names: Vec<String>,
}

impl Organisation {
    /// The IATI organisation identifier, `XM-DAC-41114` for UNDP.
    pub fn iati_identifier(&self) -> Option<String> {
        self.iati_code.map(|c| format!("XM-DAC-{c}"))
    }

    /// Every name the table and the codelist give it: name, acronyms, variants, IATI names.
    pub fn aliases(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name)
            .chain(self.acronyms.iter().copied())
            .chain(self.variants.iter().copied())
            .chain(self.iati_names.iter().map(String::as_str))
    }
}

/// Code -> names (English first) of the IATI channel codelist.
fn iati_names() -> HashMap<String, Vec<String>> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(IATI_CHANNELS);
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let (mut code, mut in_code, mut in_narrative) = (String::new(), false, false);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"code" => in_code = true,
                b"narrative" => in_narrative = true,
                b"codelist-item" => code.clear(),
                _ => {}
            },
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"code" => in_code = false,
                b"narrative" => in_narrative = false,
                _ => {}
            },
            Ok(Event::Text(t)) => {
                let s = t.unescape().map(|c| c.into_owned()).unwrap_or_default();
                if in_code {
                    code = s.trim().to_string();
                } else if in_narrative && !code.is_empty() {
                    out.entry(code.clone())
                        .or_default()
                        .push(s.trim().to_string());
                }
            }
            Ok(Event::Eof) => break,
            Err(_) => break,
            _ => {}
        }
    }
    out
}

static ORGS: LazyLock<Vec<Organisation>> = LazyLock::new(|| {
    let iati = iati_names();
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
            let iati_code = Some(get(6)).filter(|c| !c.is_empty());
            Organisation {
                id: get(0),
                name: get(1),
                acronyms: list(2),
                variants: list(3),
                kind: get(4),
                wikidata: Some(get(5)).filter(|w| !w.is_empty()),
                iati_code,
                iati_names: iati_code
                    .and_then(|c| iati.get(c).cloned())
                    .unwrap_or_default(),
            }
        })
        .collect()
});

/// Every organisation of the curated table.
pub fn organisations() -> &'static [Organisation] {
    &ORGS
}

/// Key -> organisation index, from every alias. The first row wins a shared key (the table
/// has none, tested); IATI names never displace a name of the table.
pub(crate) static ORG_INDEX: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut m = HashMap::new();
    for pass in 0..2 {
        for (i, o) in ORGS.iter().enumerate() {
            let names: Vec<&str> = if pass == 0 {
                std::iter::once(o.name)
                    .chain(o.acronyms.iter().copied())
                    .chain(o.variants.iter().copied())
                    .collect()
            } else {
                o.iati_names.iter().map(String::as_str).collect()
            };
            for n in names {
                let k = key(n);
                if !k.is_empty() {
                    m.entry(k).or_insert(i);
                }
            }
        }
    }
    m
});

/// First word of each alias's key -> the numbers of words of those keys: a name whose first
/// word starts no alias cannot begin with one, and only prefixes of those lengths can be one
/// (a cheap test before computing keys of prefixes).
static FIRST_WORDS: LazyLock<HashMap<String, std::collections::BTreeSet<usize>>> =
    LazyLock::new(|| {
        let mut m: HashMap<String, std::collections::BTreeSet<usize>> = HashMap::new();
        for k in ORG_INDEX.keys() {
            if let Some(w) = k.split(' ').next() {
                m.entry(w.to_string())
                    .or_default()
                    .insert(k.split(' ').count());
            }
        }
        m
    });

/// Whether some alias's key starts with this (folded) word.
pub fn starts_an_alias(first_word: &str) -> bool {
    FIRST_WORDS.contains_key(first_word)
}

/// The word counts of the aliases whose key starts with this (folded) word.
pub fn alias_lengths(first_word: &str) -> Option<&'static std::collections::BTreeSet<usize>> {
    FIRST_WORDS.get(first_word)
}

/// The organisation whose alias has exactly this key.
pub fn organisation_by_key(k: &str) -> Option<&'static Organisation> {
    ORG_INDEX.get(k).map(|&i| &ORGS[i])
}

/// Whether a key is one of an organisation's aliases.
pub fn is_organisation_key(k: &str) -> bool {
    ORG_INDEX.contains_key(k)
}

pub(crate) static COLLECTIVE_TERMS: LazyLock<std::collections::HashSet<String>> =
    LazyLock::new(|| {
        COLLECTIVE
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(key)
            .collect()
    });

/// Whether the key is one of the phrases of `ontology/collective-terms.txt`.
pub fn is_collective_term(k: &str) -> bool {
    COLLECTIVE_TERMS.contains(k)
}

/// Key -> reason, from `ontology/not-organisations.tsv`.
static NOT_ORGS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    NOT_ORGANISATIONS
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (reason, phrase) = l.split_once('\t')?;
            Some((key(phrase), reason.trim()))
        })
        .collect()
});

/// Why a phrase of `ontology/not-organisations.tsv` names no organisation (`topic`, ...).
pub fn not_organisation_reason(k: &str) -> Option<&'static str> {
    NOT_ORGS.get(k).copied()
}

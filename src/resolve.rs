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

/// Case, accents, punctuation, possessives and a leading article removed; words kept in order.
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
    let lowered = lowered.replace('&', " and ");
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
            if words.len() > 1 =>
        {
            &words[1..]
        }
        _ => &words[..],
    };
    words.join(" ")
}

/// Spelling variants that name the same thing.
/// Spellings, plurals and the French, Spanish and Portuguese words of the public bodies most
/// often named in plans, mapped to one English word, so that `Ministerio de Turismo` and
/// `Ministry of Tourism` (word sets {ministry, tourism}) are one partner. Accents are already
/// folded by [`fold`].
fn canonical_word(w: &str) -> &str {
    match w {
        "centre" | "centres" | "centers" | "centro" | "centros" => "center",
        "labour" | "trabajo" | "travail" => "labor",
        "organisation" | "organisations" | "organizations" | "organizacion" => "organization",
        "programme" | "programmes" | "programs" | "programa" => "program",
        "ministery" | "ministere" | "ministerio" | "ministries" | "ministerios" | "ministeres" => {
            "ministry"
        }
        "enviroment" | "environnement" | "ambiente" => "environment",
        "universidade" | "universidad" | "universite" | "universities" | "universidades" => {
            "university"
        }
        "municipalite" | "municipalidad" | "municipio" | "municipalities" | "municipios" => {
            "municipality"
        }
        "affairs" => "affair",
        "turismo" | "tourisme" => "tourism",
        "salud" | "sante" | "saude" => "health",
        "educacion" | "education" | "educacao" => "education",
        "agricultura" | "agriculture" => "agriculture",
        "desarrollo" | "developpement" | "desenvolvimento" => "development",
        "mujer" | "mujeres" | "femme" | "femmes" | "mulher" | "mulheres" => "women",
        "economia" | "economie" => "economy",
        "hacienda" | "finanzas" | "finances" | "financas" => "finance",
        "justicia" | "justica" => "justice",
        "ciencia" | "sciences" | "ciencias" => "science",
        "tecnologia" | "technologie" | "technologies" | "tecnologias" => "technology",
        "industria" | "industrie" | "industries" => "industry",
        "comercio" => "commerce",
        "asociacion" | "associacao" => "association",
        "hoteles" | "hotels" => "hotel",
        "restaurantes" | "restaurants" => "restaurant",
        "nacional" | "nationale" => "national",
        "instituto" | "institut" => "institute",
        "jeunesse" | "juventud" | "juventude" => "youth",
        "empleo" | "emploi" | "emprego" => "employment",
        "innovacion" | "inovacao" => "innovation",
        "investigacion" | "recherche" | "pesquisa" => "research",
        "camara" | "chambre" => "chamber",
        "fundacion" | "fondation" | "fundacao" => "foundation",
        "gobierno" | "gouvernement" | "governo" => "government",
        other => other,
    }
}

/// Words naming a part of a body: a longer name that adds one is a different partner.
const SUB_UNITS: &[&str] = &[
    "department",
    "departement",
    "unit",
    "faculty",
    "school",
    "student",
    "students",
    "association",
    "office",
    "directorate",
    "division",
    "section",
    "team",
    "cluster",
    "lab",
    "laboratory",
    "program",
    "project",
    "branch",
    "chapter",
    "committee",
    "council",
    "center",
    "institute",
    "hub",
    "initiative",
    "secretariat",
    "bureau",
];

/// Words that do not tell two bodies apart.
const STOPWORDS: &[&str] = &[
    "of", "for", "the", "and", "in", "de", "du", "des", "la", "le", "del", "y", "et", "on", "a",
    "an",
];

/// The key of a national body: the set of its significant words in sorted order (so that
/// `University of Nottingham` and `Nottingham University`, `Branson Centre of ...` and
/// `Branson Center for ...`, `X (ACR)` and `X` are one partner), or its acronym when the
/// whole name is one (`ANII`). Linking an acronym-only mention to a full name would need the
/// other plans of the country, which per-plan resolution does not see.
pub fn national_key(name: &str) -> String {
    let decoded = text::decode(name);
    let main = strip_parens(&decoded);
    if main.trim().is_empty() || acronym(main.trim()).is_some() {
        if let Some(a) = acronym(&decoded) {
            return a.to_lowercase();
        }
    }
    let k = key(&decoded);
    let mut words: Vec<&str> = k
        .split(' ')
        .map(canonical_word)
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect::<Vec<_>>();
    words.sort_unstable();
    words.dedup();
    if words.is_empty() {
        return key(&decoded);
    }
    words.join(" ")
}

/// An acronym naming the body: `... (GEA)` or a name that is one upper-case token (`ANII`).
fn acronym(s: &str) -> Option<String> {
    let is_acr = |t: &str| {
        let t = t.trim();
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        let upper = t.chars().filter(|c| c.is_uppercase()).count();
        !t.contains(' ')
            && (2..=12).contains(&t.chars().count())
            && letters >= 2
            && upper * 3 >= letters * 2
    };
    if let Some(p) = parenthesised(s).into_iter().find(|p| is_acr(p)) {
        return Some(p.trim().to_string());
    }
    let main = strip_parens(s);
    let main = main.trim().trim_end_matches(['.', ',', ';', ':']);
    is_acr(main).then(|| main.to_string())
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
    let trimmed = trim_noise(&decoded);
    let mut candidates = vec![key(&decoded), fold(&decoded), key(&trimmed)];
    candidates.extend(parenthesised(&decoded).into_iter().map(|p| fold(&p)));
    // `UNDP Chief Digital Office`, `UNDP's BPPS`: a UNDP unit is looked up without the prefix.
    for k in candidates.clone() {
        if let Some(rest) = k.strip_prefix("undp ").or_else(|| k.strip_prefix("undps ")) {
            candidates.push(rest.to_string());
        }
    }
    for k in &candidates {
        if let Some(&i) = ORG_INDEX.get(k) {
            return Some(&ORGS[i]);
        }
    }
    // A short mention whose only organisation-like word is a known acronym written in
    // capitals: `FAO to see potential areas of collaboration`, `Met with UNEP`.
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    if words.len() <= 8 {
        let acronyms: Vec<&str> = words
            .iter()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                w.len() >= 3
                    && w.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            })
            .collect();
        if let [only] = acronyms.as_slice() {
            let capitalised = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            // `UNDP Kosovo` is UNDP's office in one country, not UNDP itself.
            let names_a_country = words.iter().any(|w| crate::countries::lookup(w).is_some());
            if capitalised <= 2 && !names_a_country {
                if let Some(&i) = ORG_INDEX.get(&only.to_lowercase()) {
                    if ORGS[i].acronyms.iter().any(|a| a == only) {
                        return Some(&ORGS[i]);
                    }
                }
            }
        }
    }
    None
}

/// Leading verbs and prepositions that sentence fragments keep (`Met with UNEP`,
/// `under MIGHT`), and trailing clauses (`... to see ...`, `... in organizing ...`).
fn trim_noise(s: &str) -> String {
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
    ];
    while words.len() > 1 && LEADING.contains(&words[0].to_lowercase().as_str()) {
        words.remove(0);
    }
    const CLAUSE: &[&str] = &[
        "to", "in", "for", "on", "who", "which", "that", "as", "through",
    ];
    if let Some(cut) = words
        .iter()
        .skip(1)
        .position(|w| CLAUSE.contains(&w.to_lowercase().as_str()))
    {
        // Keep `Ministry of ... in X`? Only cut after a capitalised name of 1-3 words.
        if cut < 3
            && words[..=cut].iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
        {
            words.truncate(cut + 1);
        }
    }
    words.join(" ")
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
    if is_collective(name) {
        Entity::Collective {
            country,
            key: key(name),
        }
    } else {
        Entity::National {
            country,
            key: national_key(name),
        }
    }
}

/// Resolves the partner mentions of one plan together: an acronym-only mention (`GEA`) that
/// the same plan spells out (`Ghana Enterprises Agency (GEA)`) resolves like the full name.
pub fn resolve_plan<'a>(
    names: impl IntoIterator<Item = &'a str>,
    country: Option<&str>,
) -> Vec<Entity> {
    let names: Vec<&str> = names.into_iter().collect();
    let mut spelled: HashMap<String, &str> = HashMap::new();
    for n in &names {
        let decoded = text::decode(n);
        let main = strip_parens(&decoded);
        if acronym(main.trim()).is_none() {
            if let Some(a) = acronym(&decoded) {
                spelled.entry(a.to_lowercase()).or_insert(n);
            }
        }
    }
    names
        .iter()
        .map(|n| {
            let decoded = text::decode(n);
            let main = strip_parens(&decoded);
            let full = acronym(main.trim()).and_then(|a| spelled.get(&a.to_lowercase()).copied());
            resolve(full.unwrap_or(n), country)
        })
        .collect()
}

/// Corpus-level resolution of national bodies: within one country, mentions that the
/// other plans show to be one body are clustered, and every mention maps to the cluster's
/// canonical entity. Rules, each applied only when it points to exactly one other body:
/// - an acronym (`KSU`, `ANII`) joins the body that spells it out (`... (KSU)`) or whose
///   initials it is (`King Saud University`);
/// - a name whose significant words are all in one longer name joins it
///   (`Spices Board` / `Spices Board India`, `Mosul Space` / `Mosul Space Organization`);
/// - a name one or two letters away from another of the same length joins it
///   (`Fullbright University Vietnam` / `Fulbright University Vietnam`).
///
/// The canonical entity of a cluster is its most mentioned key (then the longest, then the
/// first in code-point order), so it depends on the corpus: adding plans can change which
/// national entity a mention links to. International organisations and collective mentions
/// are never clustered.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    canonical: HashMap<(String, String), String>,
}

#[derive(Default)]
struct KeyInfo {
    count: usize,
    declared: std::collections::BTreeSet<String>,
    acronym_only: Option<String>,
    initials: std::collections::BTreeSet<String>,
}

impl Clusters {
    /// Builds the clusters from every mention of the corpus: (plan country ISO3, name as written).
    pub fn build<'a>(mentions: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> Clusters {
        use std::collections::BTreeMap;
        let mut by_country: BTreeMap<String, BTreeMap<String, KeyInfo>> = BTreeMap::new();
        for (country, name) in mentions {
            let Entity::National { country, key } = resolve(name, country) else {
                continue;
            };
            let info = by_country
                .entry(country)
                .or_default()
                .entry(key)
                .or_default();
            info.count += 1;
            let decoded = text::decode(name);
            let main = strip_parens(&decoded);
            match acronym(main.trim()) {
                Some(a) => info.acronym_only = Some(a.to_lowercase()),
                None => {
                    if let Some(a) = acronym(&decoded) {
                        info.declared.insert(a.to_lowercase());
                    }
                    let words: Vec<String> = fold(&main)
                        .split(' ')
                        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
                        .map(str::to_string)
                        .collect();
                    if words.len() >= 2 {
                        info.initials
                            .insert(words.iter().filter_map(|w| w.chars().next()).collect());
                    }
                }
            }
        }
        let mut canonical = HashMap::new();
        for (country, keys) in by_country {
            let names: Vec<&String> = keys.keys().collect();
            let index: HashMap<&String, usize> =
                names.iter().enumerate().map(|(i, k)| (*k, i)).collect();
            let mut uf = petgraph::unionfind::UnionFind::<usize>::new(names.len());
            let words = |k: &str| -> std::collections::BTreeSet<String> {
                k.split(' ').map(str::to_string).collect()
            };
            for (k, info) in &keys {
                let i = index[k];
                // An acronym joins the one body that spells it out or whose initials it is.
                if let Some(a) = &info.acronym_only {
                    let found: Vec<usize> = keys
                        .iter()
                        .filter(|(k2, i2)| {
                            *k2 != k
                                && (i2.declared.contains(a)
                                    || (a.len() >= 3 && i2.initials.contains(a)))
                        })
                        .map(|(k2, _)| index[k2])
                        .collect();
                    if let [j] = found.as_slice() {
                        uf.union(i, *j);
                    }
                    continue;
                }
                let w = words(k);
                if w.len() >= 2 {
                    let supersets: Vec<usize> = keys
                        .keys()
                        .filter(|k2| *k2 != k && keys[*k2].acronym_only.is_none())
                        .filter(|k2| {
                            let w2 = words(k2);
                            // `City of Skopje` is not `Touristic department of the City of
                            // Skopje`: a longer name that adds a sub-unit word names a part.
                            w2.len() > w.len()
                                && w.is_subset(&w2)
                                && !w2.difference(&w).any(|x| SUB_UNITS.contains(&x.as_str()))
                        })
                        .map(|k2| index[k2])
                        .collect();
                    if let [j] = supersets.as_slice() {
                        uf.union(i, *j);
                    }
                }
                if k.len() >= 10 {
                    let near: Vec<usize> = keys
                        .keys()
                        .filter(|k2| *k2 != k && keys[*k2].acronym_only.is_none())
                        .filter(|k2| {
                            k2.split(' ').count() == w.len() && strsim::levenshtein(k, k2) <= 2
                        })
                        .map(|k2| index[k2])
                        .collect();
                    if let [j] = near.as_slice() {
                        uf.union(i, *j);
                    }
                }
            }
            // The canonical key of each cluster.
            let mut best: HashMap<usize, &String> = HashMap::new();
            for k in &names {
                let root = uf.find(index[*k]);
                let better = |a: &String, b: &String| {
                    let (ia, ib) = (&keys[a], &keys[b]);
                    (
                        ia.count,
                        a.split(' ').count(),
                        std::cmp::Reverse(a.as_str()),
                    ) > (
                        ib.count,
                        b.split(' ').count(),
                        std::cmp::Reverse(b.as_str()),
                    )
                };
                match best.get(&root) {
                    Some(cur) if !better(k, cur) => {}
                    _ => {
                        best.insert(root, k);
                    }
                }
            }
            for k in &names {
                let c = best[&uf.find(index[*k])];
                if c != *k {
                    canonical.insert((country.clone(), (*k).clone()), c.clone());
                }
            }
        }
        Clusters { canonical }
    }

    /// The canonical entity of an entity (itself unless it was clustered with another).
    pub fn canonical(&self, entity: Entity) -> Entity {
        match entity {
            Entity::National { country, key } => {
                let key = self
                    .canonical
                    .get(&(country.clone(), key.clone()))
                    .cloned()
                    .unwrap_or(key);
                Entity::National { country, key }
            }
            other => other,
        }
    }

    /// Number of entities that were mapped to another.
    pub fn merged(&self) -> usize {
        self.canonical.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_join_what_other_plans_show_is_one_body() {
        let c = Clusters::build([
            (Some("SAU"), "King Saud University"),
            (Some("SAU"), "KSU"),
            (Some("IND"), "Spices Board India"),
            (Some("IND"), "Spices Board"),
            (Some("VNM"), "Fulbright University Vietnam"),
            (Some("VNM"), "Fulbright University Vietnam"),
            (Some("VNM"), "Fullbright University Vietnam"),
            (Some("KEN"), "Ministry of Health"),
            (Some("KEN"), "Ministry of Health and Sanitation"),
            (Some("KEN"), "Ministry of Health Services"),
        ]);
        let same = |a: &str, b: &str, iso: &str| {
            c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
        };
        assert!(same("KSU", "King Saud University", "SAU"));
        assert!(same("Spices Board", "Spices Board India", "IND"));
        assert!(same(
            "Fullbright University Vietnam",
            "Fulbright University Vietnam",
            "VNM"
        ));
        assert_eq!(
            c.canonical(resolve("Fullbright University Vietnam", Some("VNM"))),
            resolve("Fulbright University Vietnam", Some("VNM"))
        );
        // Two longer names contain `Ministry of Health`: ambiguous, left alone.
        assert!(!same(
            "Ministry of Health",
            "Ministry of Health Services",
            "KEN"
        ));
        assert!(!same(
            "Ministry of Health",
            "Ministry of Health and Sanitation",
            "KEN"
        ));
        // Never across countries.
        assert!(!same("Spices Board", "Spices Board India", "KEN"));
    }

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
        assert_eq!(a.path(), "ken/health-ministry");
        assert_eq!(
            resolve("Ghana Enterprises Agency (GEA)", Some("GHA")),
            resolve("Ghana Enterprises Agency", Some("GHA"))
        );
        assert_eq!(resolve("GEA", Some("GHA")), resolve("GEA.", Some("GHA")));
        let v = resolve_plan(
            ["Ghana Enterprises Agency (GEA)", "GEA", "WOM"],
            Some("GHA"),
        );
        assert_eq!(v[0], v[1]);
        assert_ne!(v[1], v[2]);
        assert_eq!(
            resolve("University of Nottingham", Some("IND")),
            resolve("Nottingham University", Some("IND"))
        );
        assert_eq!(
            resolve("Branson Centre of Entrepreneurship", Some("ZAF")),
            resolve("Branson Center for Entrepreneurship", Some("ZAF"))
        );
        assert_ne!(
            resolve("Ministry of Health", Some("KEN")),
            resolve("Ministry of Education", Some("KEN"))
        );
        assert_eq!(
            resolve("Ministerio de Turismo", Some("DOM")),
            resolve("Ministry of Tourism", Some("DOM"))
        );
        assert_eq!(
            resolve("Ministry of Women Affairs", Some("KHM")),
            resolve("The Ministry of Women Affair", Some("KHM"))
        );
        assert_eq!(
            resolve("Asociación de Hoteles y Restaurantes", Some("DOM")),
            resolve("Hotel and Restaurants Association", Some("DOM"))
        );
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

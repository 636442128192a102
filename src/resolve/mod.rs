//! Partner entity resolution: a partner mention (the name as written, the plan's country)
//! -> a partner entity, with how it was chosen.
//!
//! Stages, one file each:
//! - [`aliases`]: international organisations, one entity everywhere, from the table
//!   `ontology/organisations.tsv` built on the IATI codelist (names and acronyms in English,
//!   French, Spanish and Portuguese; word order, spacing, near spellings with abstention
//!   in `aliases/near.rs`; national chapters of networks are bodies of their country);
//! - [`units`]: UNDP's country offices and Accelerator Labs, each in *its* country;
//! - [`national`]: national and local bodies, keyed within the plan's country by their
//!   significant words in English (a lexicon of generic public bodies across languages);
//! - [`cluster`]: corpus-level joins of national bodies within a country (acronyms defined
//!   in any plan of the country, abbreviations inside names, ministries' functions, word
//!   subsets, near spellings, curation decisions);
//! - [`curation`]: the curation file analysts own.
//!
//! Collective mentions (vague groups, `names::classify`) are scoped to the country and never
//! merged. Normalising and the tables are in [`crate::names`], shared with the extractor.
//! Pure: no I/O (tables are compiled in, the curation file is read by the caller),
//! deterministic. National bodies never merge across countries.

pub mod aliases;
pub mod cluster;
pub mod curation;
pub mod national;
pub mod types;
pub mod units;

use std::collections::HashMap;

pub use crate::names::{key, organisations, Organisation};
pub use cluster::{Abstention, Clusters, Definition, Mention, PairDecision};
pub use curation::Curation;
pub use types::{org_type, OrgType};

use crate::names::normalise::{acronym, strip_parens};
use crate::names::{classify, MentionKind};
use crate::text;

/// What a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entity {
    /// One of the curated international organisations (its `id`).
    International(&'static str),
    /// A national or local body (or a UNDP country office or lab): country ISO3 (or `xx`)
    /// and normalised key.
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

    /// A UNDP country office or Accelerator Lab.
    pub fn is_undp_unit(&self) -> bool {
        matches!(self, Entity::National { key, .. } if key.starts_with("undp "))
    }
}

/// How a mention's entity was chosen: recorded on each partnership (`alp:resolvedBy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// A name, acronym or variant of the organisation table (any language, IATI names).
    AliasTable,
    /// The table's words in another order or spacing (`Chief Digital Office UNDP`).
    AliasWordOrder,
    /// A near spelling of the table's name (`UNDCF`, `Intenational Labour Organisation`).
    AliasNearSpelling,
    /// UNDP's country office or lab of the country named (or the plan's).
    UndpUnit,
    /// A vague group: its own collective entity in the country.
    CollectiveTerm,
    /// An acronym spelled out elsewhere in the same plan.
    PlanAcronym,
    /// An acronym spelled out in (or the initials of a name of) another plan of the country.
    CountryAcronym,
    /// A translation or gloss a plan gives in parentheses (`ANII (National Agency for
    /// Investigation & Innovation)`) links the two names.
    PlanTranslation,
    /// The generic form of a public body (`Municipality of X` = `X City Council`).
    GenericBody,
    /// Its words are all in one longer name of the country.
    WordSubset,
    /// One or two letters away from one other name of the country.
    NearSpelling,
    /// A decision of a curation file.
    Curation,
    /// No other mention is known to be the same body: a new entity of its own.
    NewEntity,
}

impl Method {
    /// The local name of the `alp:` individual (`alp:ByAliasTable`).
    pub fn local_name(self) -> &'static str {
        match self {
            Method::AliasTable => "ByAliasTable",
            Method::AliasWordOrder => "ByAliasWordOrder",
            Method::AliasNearSpelling => "ByAliasNearSpelling",
            Method::UndpUnit => "ByUndpUnit",
            Method::CollectiveTerm => "ByCollectiveTerm",
            Method::PlanAcronym => "ByPlanAcronym",
            Method::CountryAcronym => "ByCountryAcronym",
            Method::PlanTranslation => "ByPlanTranslation",
            Method::GenericBody => "ByGenericBody",
            Method::WordSubset => "ByWordSubset",
            Method::NearSpelling => "ByNearSpelling",
            Method::Curation => "ByCuration",
            Method::NewEntity => "AsNewEntity",
        }
    }

    /// A short label for reports (`alias table`, `acronym in country`...).
    pub fn label(self) -> &'static str {
        match self {
            Method::AliasTable => "alias table",
            Method::AliasWordOrder => "alias table, other word order or spacing",
            Method::AliasNearSpelling => "alias table, near spelling",
            Method::UndpUnit => "UNDP country office or lab",
            Method::CollectiveTerm => "collective mention",
            Method::PlanAcronym => "acronym defined in the plan",
            Method::CountryAcronym => "acronym defined in the country",
            Method::PlanTranslation => "translation given in a plan",
            Method::GenericBody => "generic public body",
            Method::WordSubset => "words contained in one longer name",
            Method::NearSpelling => "near spelling",
            Method::Curation => "curation",
            Method::NewEntity => "new entity",
        }
    }

    pub const ALL: [Method; 13] = [
        Method::AliasTable,
        Method::AliasWordOrder,
        Method::AliasNearSpelling,
        Method::UndpUnit,
        Method::CollectiveTerm,
        Method::PlanAcronym,
        Method::CountryAcronym,
        Method::PlanTranslation,
        Method::GenericBody,
        Method::WordSubset,
        Method::NearSpelling,
        Method::Curation,
        Method::NewEntity,
    ];
}

/// A mention's entity with how it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolution {
    pub entity: Entity,
    pub method: Method,
    /// What the method used (`acronym GEA spelled out in plan_x`), when it says more.
    pub note: Option<String>,
    /// Organisations the near-spelling matcher abstained between, for review.
    pub abstained: Vec<aliases::Candidate>,
}

/// Resolutions already computed: a mention is resolved when its plan is mapped, again when
/// the vocabulary and the corpus clusters are built, and the same names recur across plans.
/// The function is pure, so remembering its results changes nothing but the time.
type Memo = std::sync::RwLock<HashMap<(String, Option<String>), Resolution>>;
static MEMO: std::sync::LazyLock<Memo> = std::sync::LazyLock::new(Default::default);

/// Resolves one mention. `country` is the plan's ISO3 code, when known.
pub fn resolve_one(name: &str, country: Option<&str>) -> Resolution {
    let k = (name.to_string(), country.map(str::to_string));
    if let Some(r) = MEMO.read().ok().and_then(|m| m.get(&k).cloned()) {
        return r;
    }
    let r = resolve_uncached(name, country);
    if let Ok(mut m) = MEMO.write() {
        if m.len() > 200_000 {
            m.clear();
        }
        m.insert(k, r.clone());
    }
    r
}

fn resolve_uncached(name: &str, country: Option<&str>) -> Resolution {
    let scope = country.unwrap_or("xx").to_string();
    let done = |entity, method| Resolution {
        entity,
        method,
        note: None,
        abstained: Vec::new(),
    };
    if classify(name) == MentionKind::Collective {
        return done(
            Entity::Collective {
                key: national::collective_key(name, country),
                country: scope,
            },
            Method::CollectiveTerm,
        );
    }
    // Before the table's aliases: `SGP GEF` is the programme, not the GEF.
    if let Some(id) = units::undp_unit_of_table(name, country) {
        if let Some(o) = crate::names::tables::organisations()
            .iter()
            .find(|o| o.id == id)
        {
            return done(Entity::International(o.id), Method::UndpUnit);
        }
    }
    let mut abstained = Vec::new();
    match aliases::lookup(name) {
        aliases::Lookup::Found(o, m) => return done(Entity::International(o.id), m),
        aliases::Lookup::Abstained(c) => abstained = c,
        aliases::Lookup::None => {}
    }
    if let Some((c, unit)) = units::undp_unit(name, country) {
        return done(
            Entity::National {
                country: c,
                key: unit.to_string(),
            },
            Method::UndpUnit,
        );
    }
    if let Some(o) = aliases::lone_acronym(name) {
        return done(Entity::International(o.id), Method::AliasTable);
    }
    let (k, generic) = national::national_key_in(name, country);
    Resolution {
        entity: Entity::National {
            country: scope,
            key: k,
        },
        method: if generic {
            Method::GenericBody
        } else {
            Method::NewEntity
        },
        note: None,
        abstained,
    }
}

/// Everything resolution needs beyond one plan: the corpus clusters and the curation
/// decisions. Built by ingest from every mention of the store and of the run.
#[derive(Debug, Clone, Default)]
pub struct Resolver {
    pub clusters: Clusters,
    pub curation: Curation,
}

impl Resolver {
    /// Builds the clusters of the mentions and the acronym definitions of the plans' text,
    /// with the curation decisions.
    pub fn build(
        mentions: &[Mention<'_>],
        definitions: &[Definition<'_>],
        curation: Curation,
    ) -> Resolver {
        let clusters = Clusters::build_with(mentions, definitions, &curation.pair_decisions());
        Resolver { clusters, curation }
    }

    /// The mentions of one plan, resolved together and then with the corpus: the entity
    /// each partnership links to, and how it was chosen.
    pub fn resolve_plan<'a>(
        &self,
        names: impl IntoIterator<Item = &'a str>,
        country: Option<&str>,
    ) -> Vec<Resolution> {
        resolve_plan_full(names, country)
            .into_iter()
            .map(|r| self.with_corpus(r))
            .collect()
    }

    /// The decisions (`file:line`) whose names match no mention of the corpus any more.
    pub fn unmatched_decisions(&self, mentions: &[Mention<'_>]) -> Vec<String> {
        use std::collections::HashSet;
        let seen: HashSet<(String, String)> = mentions
            .iter()
            .map(|m| (m.country.unwrap_or("xx").to_string(), key(m.name)))
            .collect();
        let any_country: HashSet<&String> = seen.iter().map(|(_, k)| k).collect();
        let matches = |name: &str, country: &str| {
            let k = key(name);
            if country == "*" {
                any_country.contains(&k)
            } else {
                seen.contains(&(country.to_string(), k))
            }
        };
        self.curation
            .decisions
            .iter()
            .filter(|d| {
                let a = matches(&d.name_a, &d.country_a);
                let b = d.name_b.is_empty()
                    || d.kind == curation::DecisionKind::Rename
                    || matches(&d.name_b, &d.country_b);
                !(a && b)
            })
            .map(|d| d.source.clone())
            .collect()
    }

    /// One mention, with the corpus (no plan context): a name the corpus does not hold is
    /// matched to the corpus's bodies by the same rules.
    pub fn resolve(&self, name: &str, country: Option<&str>) -> Resolution {
        let r = resolve_one(name, country);
        let joined = self.clusters.attach(name, r.entity.clone());
        Self::joined(r, joined)
    }

    /// The resolution with the corpus's join, when there is one.
    fn joined(r: Resolution, joined: (Entity, Option<(Method, String)>)) -> Resolution {
        match joined {
            (entity, Some((method, note))) => Resolution {
                entity,
                method,
                note: Some(note).filter(|n| !n.is_empty()),
                abstained: r.abstained,
            },
            (_, None) => r,
        }
    }

    fn with_corpus(&self, r: Resolution) -> Resolution {
        let joined = self.clusters.canonical_with(r.entity.clone());
        Self::joined(r, joined)
    }
}

/// Resolves one mention to its entity.
pub fn resolve(name: &str, country: Option<&str>) -> Entity {
    resolve_one(name, country).entity
}

/// Whether a name is a collective or vague mention.
pub fn is_collective(name: &str) -> bool {
    classify(name) == MentionKind::Collective
}

/// The international organisation a name refers to, if any.
pub fn organisation_of(name: &str) -> Option<&'static Organisation> {
    match resolve(name, None) {
        Entity::International(id) => organisations().iter().find(|o| o.id == id),
        _ => None,
    }
}

/// Resolves the partner mentions of one plan together: an acronym-only mention (`GEA`) that
/// the same plan spells out (`Ghana Enterprises Agency (GEA)`) resolves like the full name.
pub fn resolve_plan_full<'a>(
    names: impl IntoIterator<Item = &'a str>,
    country: Option<&str>,
) -> Vec<Resolution> {
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
            match full {
                Some(f) if f != *n => {
                    let mut r = resolve_one(f, country);
                    if matches!(r.method, Method::NewEntity | Method::GenericBody) {
                        r.method = Method::PlanAcronym;
                        r.note = Some(format!("spelled out as `{f}` in the plan"));
                    }
                    r
                }
                _ => resolve_one(n, country),
            }
        })
        .collect()
}

/// [`resolve_plan_full`], entities only.
pub fn resolve_plan<'a>(
    names: impl IntoIterator<Item = &'a str>,
    country: Option<&str>,
) -> Vec<Entity> {
    resolve_plan_full(names, country)
        .into_iter()
        .map(|r| r.entity)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let v = resolve_plan_full(
            ["Ghana Enterprises Agency (GEA)", "GEA", "WOM"],
            Some("GHA"),
        );
        assert_eq!(v[0].entity, v[1].entity);
        assert_eq!(v[1].method, Method::PlanAcronym);
        assert_ne!(v[1].entity, v[2].entity);
        assert_eq!(
            resolve("Ministerio de Turismo", Some("DOM")),
            resolve("Ministry of Tourism", Some("DOM"))
        );
        assert_eq!(
            resolve("Asociación de Hoteles y Restaurantes", Some("DOM")),
            resolve("Hotel and Restaurants Association", Some("DOM"))
        );
    }

    #[test]
    fn methods_say_how() {
        assert_eq!(resolve_one("PNUD", Some("GIN")).method, Method::AliasTable);
        assert_eq!(
            resolve_one("local communities", Some("KEN")).method,
            Method::CollectiveTerm
        );
        assert_eq!(
            resolve_one("AccLab Namibia", Some("ZMB")).method,
            Method::UndpUnit
        );
        assert_eq!(
            resolve_one("Municipality of Canelones", Some("URY")).method,
            Method::GenericBody
        );
        assert_eq!(
            resolve_one("Rongo University", Some("KEN")).method,
            Method::NewEntity
        );
        assert!(resolve("local communities", Some("KEN")).is_collective());
        assert_ne!(
            resolve("local communities", Some("KEN")),
            resolve("local communities", Some("UGA"))
        );
    }

    #[test]
    fn table_is_well_formed() {
        let orgs = organisations();
        assert!(orgs.len() > 400);
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
            if let Some(c) = o.iati_code {
                assert!(
                    !o.iati_names.is_empty(),
                    "{}: IATI code {c} not in the codelist",
                    o.id
                );
            }
        }
        let undp = orgs.iter().find(|o| o.id == "undp").unwrap();
        assert_eq!(undp.iati_identifier().as_deref(), Some("XM-DAC-41114"));
    }
}

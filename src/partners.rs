//! The partner audit: what the store holds about partner entities and how each mention
//! joined its entity, for `alpkg partners list|show|review|dropped`.
//!
//! Reads the store only (SPARQL over the union graph), never markdown. `review` rebuilds
//! the corpus clusters from the names stored and the curation decisions, so it lists the
//! merges the matcher abstained on at the last ingest.

use std::collections::{BTreeMap, BTreeSet};

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

use crate::query::{self, QueryError};
use crate::store::Store;

/// One partner entity.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerRow {
    pub iri: String,
    pub label: String,
    /// Other names it is written as, and its acronyms.
    pub labels: Vec<String>,
    pub acronyms: Vec<String>,
    /// `international`, `national` or `collective`.
    pub scope: String,
    pub organisation_type: Option<String>,
    pub iati: Option<String>,
    pub wikidata: Option<String>,
    pub mentions: usize,
    pub plans: usize,
    pub countries: Vec<String>,
}

/// One mention of a partner: where, as written, and why it joined.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionRow {
    pub plan: String,
    pub country: Option<String>,
    pub name_as_written: String,
    pub method: String,
    pub note: Option<String>,
    pub line: Option<usize>,
}

/// A piece of a partner answer that was not taken as a partner.
#[derive(Debug, Clone, PartialEq)]
pub struct DroppedRow {
    pub plan: String,
    pub text: String,
    pub reason: String,
    pub line: Option<usize>,
}

fn solutions(store: &Store, sparql: &str) -> Result<Vec<BTreeMap<String, String>>, QueryError> {
    let running = query::query(store, sparql, None)?;
    let QueryResults::Solutions(sol) = running.results else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for s in sol {
        let s = s.map_err(|e| query::evaluation_error(&e, None))?;
        let mut row = BTreeMap::new();
        for (v, t) in s.iter() {
            let text = match t {
                Term::Literal(l) => l.value().to_string(),
                Term::NamedNode(n) => n.as_str().to_string(),
                other => other.to_string(),
            };
            row.insert(v.as_str().to_string(), text);
        }
        out.push(row);
    }
    Ok(out)
}

const ALP: &str = "PREFIX alp: <https://w3id.org/alpkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\n";

fn local(iri: &str) -> String {
    iri.rsplit(['#', '/']).next().unwrap_or(iri).to_string()
}

/// Every partner entity, most mentioned first (then by label).
pub fn list(store: &Store) -> Result<Vec<PartnerRow>, QueryError> {
    let q = format!(
        "{ALP}SELECT ?p ?label ?scope ?type ?iati ?wd
            (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR='|') AS ?alts)
            (GROUP_CONCAT(DISTINCT ?acr; SEPARATOR='|') AS ?acrs)
         WHERE {{
           ?p a alp:Partner ; skos:prefLabel ?label .
           OPTIONAL {{ ?p alp:partnerScope ?scope }}
           OPTIONAL {{ ?p alp:organisationType ?type }}
           OPTIONAL {{ ?p alp:iatiIdentifier ?iati }}
           OPTIONAL {{ ?p owl:sameAs ?wd }}
           OPTIONAL {{ ?p skos:altLabel ?alt }}
           OPTIONAL {{ ?p alp:acronym ?acr }}
         }} GROUP BY ?p ?label ?scope ?type ?iati ?wd"
    );
    let counts = format!(
        "{ALP}SELECT ?p (COUNT(?ps) AS ?mentions) (COUNT(DISTINCT ?plan) AS ?plans)
            (GROUP_CONCAT(DISTINCT ?iso; SEPARATOR='|') AS ?countries)
         WHERE {{
           ?plan alp:hasPartnership ?ps . ?ps alp:partner ?p .
           OPTIONAL {{ ?plan alp:country ?c . ?c alp:iso3 ?iso }}
         }} GROUP BY ?p"
    );
    let mut by_iri: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for r in solutions(store, &counts)? {
        if let Some(p) = r.get("p") {
            by_iri.insert(p.clone(), r);
        }
    }
    let split = |s: Option<&String>| -> Vec<String> {
        s.map(|s| {
            s.split('|')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
    };
    let mut out: Vec<PartnerRow> = solutions(store, &q)?
        .into_iter()
        .map(|r| {
            let iri = r.get("p").cloned().unwrap_or_default();
            let c = by_iri.get(&iri);
            let num = |k: &str| {
                c.and_then(|c| c.get(k))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0)
            };
            let mut labels = split(r.get("alts"));
            labels.sort();
            let mut acronyms = split(r.get("acrs"));
            acronyms.sort();
            let mut countries = split(c.and_then(|c| c.get("countries")));
            countries.sort();
            PartnerRow {
                label: r.get("label").cloned().unwrap_or_default(),
                labels,
                acronyms,
                scope: r.get("scope").cloned().unwrap_or_default(),
                organisation_type: r.get("type").map(|t| {
                    let l = local(t);
                    crate::resolve::OrgType::ALL
                        .iter()
                        .find(|o| o.local_name() == l)
                        .map(|o| o.as_str().to_string())
                        .unwrap_or(l)
                }),
                iati: r.get("iati").cloned(),
                wikidata: r.get("wd").cloned(),
                mentions: num("mentions"),
                plans: num("plans"),
                countries,
                iri,
            }
        })
        .collect();
    out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(a.label.cmp(&b.label)));
    Ok(out)
}

/// The partner entities a name stands for: by IRI, or any label, alternative label or
/// acronym (case, accents and punctuation ignored), or the entity the name resolves to.
pub fn find<'a>(rows: &'a [PartnerRow], name: &str) -> Vec<&'a PartnerRow> {
    let k = crate::names::key(name);
    let exact: Vec<&PartnerRow> = rows
        .iter()
        .filter(|r| {
            r.iri == name
                || crate::names::key(&r.label) == k
                || r.labels.iter().any(|l| crate::names::key(l) == k)
                || r.acronyms.iter().any(|a| crate::names::key(a) == k)
        })
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    // `UNDP`: the organisation table knows it even when no mention is written so.
    if let Some(o) = crate::resolve::organisation_of(name) {
        let path = format!("/partner/{}", o.id);
        return rows.iter().filter(|r| r.iri.ends_with(&path)).collect();
    }
    Vec::new()
}

/// Every mention of a partner entity, with why it joined.
pub fn mentions(store: &Store, iri: &str) -> Result<Vec<MentionRow>, QueryError> {
    let q = format!(
        "{ALP}SELECT ?id ?iso ?name ?method ?note ?line WHERE {{
           ?plan alp:hasPartnership ?ps ; dcterms:identifier ?id .
           ?ps alp:partner <{iri}> ; alp:nameAsWritten ?name .
           OPTIONAL {{ ?ps alp:resolvedBy ?method }}
           OPTIONAL {{ ?ps alp:resolutionNote ?note }}
           OPTIONAL {{ ?ps alp:sourceLine ?line }}
           OPTIONAL {{ ?plan alp:country ?c . ?c alp:iso3 ?iso }}
         }} ORDER BY ?iso ?id ?line"
    );
    Ok(solutions(store, &q)?
        .into_iter()
        .map(|r| MentionRow {
            plan: r.get("id").cloned().unwrap_or_default(),
            country: r.get("iso").cloned(),
            name_as_written: r.get("name").cloned().unwrap_or_default(),
            method: r.get("method").map(|m| method_label(m)).unwrap_or_default(),
            note: r.get("note").cloned(),
            line: r.get("line").and_then(|l| l.parse().ok()),
        })
        .collect())
}

/// The label of a resolution method IRI (`alias table`, `acronym defined in the country`...).
pub fn method_label(iri: &str) -> String {
    let l = local(iri);
    crate::resolve::Method::ALL
        .iter()
        .find(|m| m.local_name() == l)
        .map(|m| m.label().to_string())
        .unwrap_or(l)
}

/// Pieces of partner answers that were not taken as partners, by plan.
pub fn dropped(store: &Store) -> Result<Vec<DroppedRow>, QueryError> {
    let q = format!(
        "{ALP}SELECT ?id ?text ?reason ?line WHERE {{
           ?plan alp:hasDroppedMention ?d ; dcterms:identifier ?id .
           ?d alp:text ?text ; alp:reason ?reason .
           OPTIONAL {{ ?d alp:sourceLine ?line }}
         }} ORDER BY ?id ?line ?text"
    );
    Ok(solutions(store, &q)?
        .into_iter()
        .map(|r| DroppedRow {
            plan: r.get("id").cloned().unwrap_or_default(),
            text: r.get("text").cloned().unwrap_or_default(),
            reason: r.get("reason").cloned().unwrap_or_default(),
            line: r.get("line").and_then(|l| l.parse().ok()),
        })
        .collect())
}

/// A candidate merge the matcher abstained on, with both contexts.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    pub country: String,
    pub rule: String,
    /// The name as written that could have joined another body, and the plans it is in.
    pub name: String,
    pub plans: Vec<String>,
    /// The candidates (names as written), each with its plans; the matcher did not choose.
    pub candidates: Vec<(String, Vec<String>)>,
    /// The similarity score, for near spellings of the organisation table.
    pub score: Option<f64>,
}

/// The merges the matcher abstained on, over the names stored and with the curation
/// decisions ingest uses: within a country (an acronym, a word subset or a near spelling
/// that fits two or more bodies) and against the organisation table (two organisations about
/// as close).
pub fn review(
    store: &Store,
    curation: &crate::resolve::Curation,
) -> Result<Vec<ReviewRow>, QueryError> {
    let q = format!(
        "{ALP}SELECT ?id ?iso ?name WHERE {{
           ?plan alp:hasPartnership ?ps ; dcterms:identifier ?id .
           ?ps alp:nameAsWritten ?name .
           OPTIONAL {{ ?plan alp:country ?c . ?c alp:iso3 ?iso }}
         }}"
    );
    let rows = solutions(store, &q)?;
    let mentions: Vec<crate::resolve::Mention<'_>> = rows
        .iter()
        .map(|r| crate::resolve::Mention {
            country: r.get("iso").map(String::as_str),
            name: r.get("name").map(String::as_str).unwrap_or(""),
            plan: r.get("id").map(String::as_str).unwrap_or(""),
        })
        .collect();
    // (country, national key) -> names as written -> plans.
    let mut names: BTreeMap<(String, String), BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut out = Vec::new();
    for m in &mentions {
        let r = crate::resolve::resolve_one(m.name, m.country);
        if let crate::resolve::Entity::National { country, key } = &r.entity {
            names
                .entry((country.clone(), key.clone()))
                .or_default()
                .entry(m.name.to_string())
                .or_default()
                .insert(m.plan.to_string());
        }
        if let Some(best) = r.abstained.first() {
            out.push(ReviewRow {
                country: m.country.unwrap_or("xx").to_string(),
                rule: "organisation-table".into(),
                name: m.name.to_string(),
                plans: vec![m.plan.to_string()],
                candidates: r
                    .abstained
                    .iter()
                    .map(|c| (format!("{} ({})", c.alias, c.id), Vec::new()))
                    .collect(),
                score: Some(best.score),
            });
        }
    }
    let q = format!(
        "{ALP}SELECT ?id ?iso ?acronym ?name WHERE {{
           ?plan alp:hasAcronymDefinition ?d ; dcterms:identifier ?id .
           ?d alp:definedAcronym ?acronym ; alp:expansion ?name .
           OPTIONAL {{ ?plan alp:country ?c . ?c alp:iso3 ?iso }}
         }}"
    );
    let rows = solutions(store, &q)?;
    let definitions: Vec<crate::resolve::Definition<'_>> = rows
        .iter()
        .map(|r| crate::resolve::Definition {
            country: r.get("iso").map(String::as_str),
            acronym: r.get("acronym").map(String::as_str).unwrap_or(""),
            name: r.get("name").map(String::as_str).unwrap_or(""),
            plan: r.get("id").map(String::as_str).unwrap_or(""),
        })
        .collect();
    let clusters =
        crate::resolve::Clusters::build_with(&mentions, &definitions, &curation.pair_decisions());
    let context = |country: &str, key: &str| -> (String, Vec<String>) {
        match names.get(&(country.to_string(), key.to_string())) {
            Some(m) => {
                let name = m.keys().next().cloned().unwrap_or_else(|| key.to_string());
                let plans: BTreeSet<String> = m.values().flatten().cloned().collect();
                (name, plans.into_iter().collect())
            }
            None => (key.to_string(), Vec::new()),
        }
    };
    for a in &clusters.abstentions {
        let (name, plans) = context(&a.country, &a.key);
        out.push(ReviewRow {
            country: a.country.clone(),
            rule: a.rule.to_string(),
            name,
            plans,
            candidates: a
                .candidates
                .iter()
                .map(|c| context(&a.country, c))
                .collect(),
            score: None,
        });
    }
    out.sort_by(|a, b| (&a.country, &a.name).cmp(&(&b.country, &b.name)));
    out.dedup();
    Ok(out)
}

//! Corpus-level resolution of national bodies: within one country, mentions that the
//! other plans show to be one body are clustered, and every mention maps to the cluster's
//! canonical entity. Rules, each applied only when it points to exactly one other body
//! (when it points to two or more, the matcher abstains and the candidates go to review):
//! - an acronym (`KSU`, `ANII`) joins the body that spells it out in any plan of the same
//!   country (`... (KSU)`) or whose initials it is, in order (`King Saud University`,
//!   `UdeSA` = Universidad de San Andrés) or, word by word in any language of the lexicon,
//!   in another order (`MARN` = Ministry of Environment and Natural Resources); two names
//!   that declare one specific acronym are one body (`ICT Agency (AGETIC)`,
//!   `Information and Communication Technologies (AGETIC)`);
//! - the same words, each its cognate stem or one letter away (`Pontificia Universidad
//!   Católica del Perú` / `Pontifical Catholic University of Peru`), or the same letters
//!   with other spacing or one slip (`SMARTrash` / `SmartTrash`);
//! - a name whose words are all in one longer name joins it (`Spices Board` / `Spices Board
//!   India`), unless the longer name adds a part (`City of Skopje` / `Touristic department
//!   of the City of Skopje`) or another body; a brand joins the one longer name it starts
//!   (`Savola` / `Savola World`); a name cut short joins the one name it starts word for
//!   word (`Ministry of Municipal` / `Ministry of Municipal and Rural Affairs and Housing`);
//! - a name one or two letters away from another of as many words joins it
//!   (`Fullbright University Vietnam` / `Fulbright University Vietnam`);
//! - an acronym may leave out one word of a long name (`MIGHT`); an abbreviation inside a
//!   name is read as the words it stands for (`Benue State SDGs Office`,
//!   `abbreviations.rs`); a ministry joins the one ministry of the country whose functions
//!   include its own (`ministries.rs`); an adjective of the country is its name
//!   (`Serbian Chamber of Commerce` / `Chamber of Commerce of Serbia`);
//! - decisions of a curation file join (`same`) or keep apart (`different`) two names.
//!
//! Abstentions are decided after the single joins, so the order of the keys does not
//! matter, and names that are each other's only candidates are one body. `attach.rs`
//! applies the rules to a name the corpus does not hold, both ways. The words the rules
//! read are in `vocabulary.rs`, what they know of each key in `keys.rs`; one test per rule in
//! `rules.rs`.
//!
//! What it does not do: match across countries, or decide what a single name refers to
//! (that is `national` and `aliases`).
//!
//! The canonical entity of a cluster is its most mentioned key (then the longest, then the
//! first in code-point order), so it depends on the corpus. International organisations and
//! collective mentions are never clustered, and nothing is clustered across countries.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::names::normalise::{fold, strip_parens};
use crate::text;

use super::{resolve_one, Entity, Method};

mod abbreviations;
mod attach;
mod keys;
mod ministries;
mod rules;
mod vocabulary;

use keys::{info_of, KeyInfo};
pub(crate) use rules::{acronym_of_translated, acronym_of_words};
use rules::{candidates, shares_specific_acronym, soft_subset, stems_in};

/// A mention given to the clustering: the plan's country (ISO3), the name as written and
/// the plan it comes from (for the explanation of a join).
#[derive(Debug, Clone)]
pub struct Mention<'a> {
    pub country: Option<&'a str>,
    pub name: &'a str,
    pub plan: &'a str,
}

/// A join the matcher did not make because two or more bodies fit: for review.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Abstention {
    pub country: String,
    /// The key that could have joined another.
    pub key: String,
    /// The keys it could have joined.
    pub candidates: Vec<String>,
    /// Which rule: `acronym`, `word-subset`, `near-spelling`.
    pub rule: &'static str,
}

/// The clusters of national bodies of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// (country, key) -> canonical key, with how it joined.
    canonical: HashMap<(String, String), (String, Method, String)>,
    /// Matches the rules did not make.
    pub abstentions: Vec<Abstention>,
    /// Country -> national keys of the corpus, with what the rules know of each.
    keys: BTreeMap<String, BTreeMap<String, KeyInfo>>,
    /// Country -> keys of names known only from acronym definitions in the text of its
    /// plans (no mention): an acronym written alone joins them, no other rule reads them.
    defined: BTreeMap<String, BTreeMap<String, KeyInfo>>,
}

/// An acronym definition of a plan's text (`Da Nang Institute for Socio-Economic
/// Development (DISED)`), given to the clustering with the plan's country.
#[derive(Debug, Clone)]
pub struct Definition<'a> {
    pub country: Option<&'a str>,
    pub acronym: &'a str,
    pub name: &'a str,
    pub plan: &'a str,
}

/// A pair decision of a curation file, on keys of one country.
#[derive(Debug, Clone)]
pub struct PairDecision {
    pub country: String,
    pub a: String,
    pub b: String,
    pub same: bool,
    /// Where it was decided (`file:line`).
    pub source: String,
}

type UnionFind = petgraph::unionfind::UnionFind<usize>;

impl Clusters {
    /// Builds the clusters from every mention of the corpus.
    pub fn build<'a>(mentions: impl IntoIterator<Item = (Option<&'a str>, &'a str)>) -> Clusters {
        let v: Vec<Mention<'a>> = mentions
            .into_iter()
            .map(|(country, name)| Mention {
                country,
                name,
                plan: "",
            })
            .collect();
        Self::build_with(&v, &[], &[])
    }

    /// Builds the clusters from the mentions, the acronym definitions of the plans' text
    /// and the curation decisions.
    pub fn build_with(
        mentions: &[Mention<'_>],
        definitions: &[Definition<'_>],
        decisions: &[PairDecision],
    ) -> Clusters {
        let mut by_country: BTreeMap<String, BTreeMap<String, KeyInfo>> = BTreeMap::new();
        for m in mentions {
            let r = resolve_one(m.name, m.country);
            let Entity::National { country, key } = r.entity else {
                continue;
            };
            if r.method == Method::UndpUnit {
                continue;
            }
            let new = info_of(m.name, m.plan, m.country);
            let info = by_country
                .entry(country)
                .or_default()
                .entry(key)
                .or_default();
            info.count += 1;
            for (a, p) in new.declared {
                info.declared.entry(a).or_insert(p);
            }
            if new.acronym_only.is_some() {
                info.acronym_only = new.acronym_only;
            }
            if new.short_form.is_some() {
                info.short_form = new.short_form;
            }
            for w in new.word_lists {
                if info.word_lists.len() < 3 && !info.word_lists.contains(&w) {
                    info.word_lists.push(w);
                }
            }
            info.spaceless.extend(new.spaceless);
            if info.with_parent.is_none() {
                info.with_parent = new.with_parent;
            }
            for a in new.inner {
                if !info.inner.contains(&a) {
                    info.inner.push(a);
                }
            }
        }
        // Acronym definitions of the plans' text: the acronym is declared by the key of its
        // name, a mention's key or one known only from the text.
        let mut defined: BTreeMap<String, BTreeMap<String, KeyInfo>> = BTreeMap::new();
        for d in definitions {
            let r = resolve_one(d.name, d.country);
            let Entity::National { country, key } = r.entity else {
                continue;
            };
            if r.method == Method::UndpUnit || key.is_empty() {
                continue;
            }
            let acr = fold(d.acronym).replace(' ', "");
            if acr.len() < 3 || fold(&key).replace(' ', "") == acr {
                continue;
            }
            let in_text = d.plan.to_string();
            let info = match by_country.get_mut(&country).and_then(|k| k.get_mut(&key)) {
                Some(info) => info,
                None => {
                    let info = defined.entry(country).or_default().entry(key).or_default();
                    let words: Vec<String> = fold(d.name)
                        .split(' ')
                        .filter(|w| !w.is_empty())
                        .map(str::to_string)
                        .collect();
                    if info.word_lists.len() < 3 && !info.word_lists.contains(&words) {
                        info.word_lists.push(words);
                    }
                    info
                }
            };
            info.defined_in_text.entry(acr).or_insert(in_text);
        }
        // Translations and glosses in parentheses: `ANII (National Agency for Investigation &
        // Innovation)`, `Ministerio de Medio Ambiente (Ministry of Environment)`. A gloss
        // written with a capital that reads as an organisation links its key to the name's.
        let mut glosses: Vec<(String, String, String, String)> = Vec::new();
        for m in mentions {
            let decoded = text::decode(m.name);
            let main = strip_parens(&decoded);
            if main.trim().is_empty() {
                continue;
            }
            for g in crate::names::glosses(m.name) {
                let r = resolve_one(m.name, m.country);
                let Entity::National { country, key } = r.entity else {
                    continue;
                };
                let (gk, _) = super::national::national_key_in(&g, Some(&country));
                if gk.split(' ').count() < 2 || gk == key {
                    continue;
                }
                // Known only from the gloss: count 0, so a name as written stays canonical.
                by_country
                    .entry(country.clone())
                    .or_default()
                    .entry(gk.clone())
                    .or_default();
                let in_plan = if m.plan.is_empty() {
                    String::new()
                } else {
                    format!(" in plan {}", m.plan)
                };
                glosses.push((
                    country,
                    key,
                    gk,
                    format!("`{}` given for `{}`{in_plan}", g.trim(), main.trim()),
                ));
            }
        }
        // Curation keys must exist to be joined.
        for d in decisions.iter().filter(|d| d.same) {
            let keys = by_country.entry(d.country.clone()).or_default();
            keys.entry(d.a.clone()).or_default();
            keys.entry(d.b.clone()).or_default();
        }
        for (country, keys) in by_country.iter_mut() {
            for (k, info) in keys.iter_mut() {
                info.stems = stems_in(k, country);
            }
        }
        let mut canonical = HashMap::new();
        let mut abstentions = Vec::new();
        let no_definitions = BTreeMap::new();
        for (country, keys) in &by_country {
            let defined_here = defined.get(country).unwrap_or(&no_definitions);
            let info_at = |k: &str| keys.get(k).or_else(|| defined_here.get(k));
            let names: Vec<&String> = keys.keys().chain(defined_here.keys()).collect();
            let index: HashMap<&str, usize> = names
                .iter()
                .enumerate()
                .map(|(i, k)| (k.as_str(), i))
                .collect();
            let apart: BTreeSet<(usize, usize)> = decisions
                .iter()
                .filter(|d| !d.same && &d.country == country)
                .filter_map(|d| Some((*index.get(d.a.as_str())?, *index.get(d.b.as_str())?)))
                .flat_map(|(a, b)| [(a, b), (b, a)])
                .collect();
            let mut uf = UnionFind::new(names.len());
            // How each key joined: (method, note), set by the first join that involves it.
            let mut how: HashMap<usize, (Method, String)> = HashMap::new();
            let join = |uf: &mut UnionFind,
                        how: &mut HashMap<usize, (Method, String)>,
                        (i, j): (usize, usize),
                        method: Method,
                        note: String| {
                if apart.contains(&(i, j)) {
                    return;
                }
                uf.union(i, j);
                how.entry(i).or_insert((method, note.clone()));
                how.entry(j).or_insert((method, note));
            };
            for (_, a, b, note) in glosses.iter().filter(|g| &g.0 == country) {
                if let (Some(&i), Some(&j)) = (index.get(a.as_str()), index.get(b.as_str())) {
                    join(
                        &mut uf,
                        &mut how,
                        (i, j),
                        Method::PlanTranslation,
                        note.clone(),
                    );
                }
            }
            // Two names of the country that declare one acronym (`ICT Agency (AGETIC)`,
            // `Information and Communication Technologies (AGETIC)`) are one body, when the
            // acronym is specific: four letters or more, or three with a word in common.
            let mut by_acronym: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
            for (k, info) in keys {
                for a in info.declared.keys() {
                    by_acronym.entry(a.as_str()).or_default().push(k);
                }
            }
            for (a, ks) in &by_acronym {
                for pair in ks.windows(2) {
                    let (k1, k2) = (pair[0], pair[1]);
                    if shares_specific_acronym(a, k1, k2) {
                        let plan = &keys[k2].declared[*a];
                        let in_plan = if plan.is_empty() {
                            String::new()
                        } else {
                            format!(" (also in plan {plan})")
                        };
                        join(
                            &mut uf,
                            &mut how,
                            (index[k1.as_str()], index[k2.as_str()]),
                            Method::CountryAcronym,
                            format!(
                                "`{k1}` and `{k2}` both declare the acronym {}{in_plan}",
                                a.to_uppercase()
                            ),
                        );
                    }
                }
            }
            for d in decisions.iter().filter(|d| d.same && &d.country == country) {
                if let (Some(&i), Some(&j)) = (index.get(d.a.as_str()), index.get(d.b.as_str())) {
                    join(
                        &mut uf,
                        &mut how,
                        (i, j),
                        Method::Curation,
                        d.source.clone(),
                    );
                }
            }
            let mut subset_joins: Vec<(usize, usize, String)> = Vec::new();
            let mut parent_joins: Vec<(usize, usize, String, String)> = Vec::new();
            type Several = (usize, Method, &'static str, Vec<(String, String)>);
            let mut several: Vec<Several> = Vec::new();
            for (k, info) in keys {
                let i = index[k.as_str()];
                for (method, rule, found) in candidates(keys, defined_here, k, info, country) {
                    match found.as_slice() {
                        [(k2, note)] if rule == "named-with-parent" => {
                            // Deferred: a unit named with two different parents is two
                            // units of one name (`Department of Tourism, Ministry of ...`).
                            let parent = info.with_parent.clone().map(|p| p.1).unwrap_or_default();
                            parent_joins.push((i, index[k2.as_str()], parent, note.clone()));
                            break;
                        }
                        [(k2, note)] if rule == "word-subset" || rule == "ministry" => {
                            // Deferred: a longer name that two names are part of may be
                            // two bodies written together (`Municipalities of Montevideo
                            // and Canelones`).
                            subset_joins.push((i, index[k2.as_str()], note.clone()));
                            break;
                        }
                        [(k2, note)] => {
                            join(
                                &mut uf,
                                &mut how,
                                (i, index[k2.as_str()]),
                                method,
                                note.clone(),
                            );
                            // A name that joins its acronym written alone (`National
                            // Statistics Office` / `NSO`) may still be part of a longer
                            // name of the body (`National Statistical Office of Mongolia`).
                            if info.acronym_only.is_some() || keys[k2].acronym_only.is_none() {
                                break;
                            }
                        }
                        [] => {}
                        many => {
                            // Decided once the single joins are made: the candidates may be
                            // one body by then, whatever the order of the keys.
                            several.push((i, method, rule, many.to_vec()));
                            break;
                        }
                    }
                }
            }
            let mut parents_of: HashMap<usize, BTreeSet<&str>> = HashMap::new();
            for (_, j, parent, _) in &parent_joins {
                parents_of.entry(*j).or_default().insert(parent.as_str());
            }
            for (i, j, _, note) in &parent_joins {
                if parents_of[j].len() == 1 {
                    join(
                        &mut uf,
                        &mut how,
                        (*i, *j),
                        Method::WordSubset,
                        note.clone(),
                    );
                } else {
                    abstentions.push(Abstention {
                        country: country.clone(),
                        key: names[*i].clone(),
                        candidates: vec![names[*j].clone()],
                        rule: "named-with-parent-shared",
                    });
                }
            }
            // A longer name that two names are part of is two bodies written together only
            // when the two are not one in the other (`Montevideo Municipality` and
            // `Canelones Municipality`); `Ministry of Labor` and `Ministry of Labor and
            // Social Security` are one name and a longer one of the same body.
            let mut parts_of: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, j, _) in &subset_joins {
                parts_of.entry(*j).or_default().push(*i);
            }
            let nested = |a: usize, b: usize| {
                let (sa, sb) = (&keys[names[a]].stems, &keys[names[b]].stems);
                soft_subset(sa, sb).is_some() || soft_subset(sb, sa).is_some()
            };
            let glued: BTreeSet<usize> = parts_of
                .iter()
                .filter(|(_, parts)| {
                    parts
                        .iter()
                        .enumerate()
                        .any(|(x, &a)| parts[x + 1..].iter().any(|&b| !nested(a, b)))
                })
                .map(|(j, _)| *j)
                .collect();
            for (i, j, note) in subset_joins {
                if !glued.contains(&j) {
                    join(&mut uf, &mut how, (i, j), Method::WordSubset, note);
                } else {
                    abstentions.push(Abstention {
                        country: country.clone(),
                        key: names[i].clone(),
                        candidates: vec![names[j].clone()],
                        rule: "word-subset-shared",
                    });
                }
            }
            // Two or more candidates that the joins made one body (they declare one acronym,
            // or are spellings of one name): joined; otherwise an abstention.
            // Names that are each other's only candidates (`Electronic Government Agency`,
            // `Electronic Goernment Agency`, `Electronic Government`) are one body: each
            // abstains between the others alone.
            let group_of = |i: usize, many: &[(String, String)]| -> BTreeSet<usize> {
                let mut g: BTreeSet<usize> =
                    many.iter().map(|(k2, _)| index[k2.as_str()]).collect();
                g.insert(i);
                g
            };
            let groups: HashMap<usize, BTreeSet<usize>> = several
                .iter()
                .map(|(i, _, _, many)| (*i, group_of(*i, many)))
                .collect();
            for (i, method, _, many) in &several {
                let g = &groups[i];
                if g.iter().all(|j| groups.get(j) == Some(g)) {
                    for (k2, note) in many {
                        join(
                            &mut uf,
                            &mut how,
                            (*i, index[k2.as_str()]),
                            *method,
                            note.clone(),
                        );
                    }
                }
            }
            let mut changed = true;
            while changed {
                changed = false;
                several.retain(|(i, method, _, many)| {
                    let root = uf.find(index[many[0].0.as_str()]);
                    if many
                        .iter()
                        .all(|(k2, _)| uf.find(index[k2.as_str()]) == root)
                    {
                        join(
                            &mut uf,
                            &mut how,
                            (*i, index[many[0].0.as_str()]),
                            *method,
                            many[0].1.clone(),
                        );
                        changed = true;
                        false
                    } else {
                        true
                    }
                });
            }
            for (i, _, rule, many) in several {
                abstentions.push(Abstention {
                    country: country.clone(),
                    key: names[i].clone(),
                    candidates: many.iter().map(|(k2, _)| k2.clone()).collect(),
                    rule,
                });
            }
            // The canonical key of each cluster.
            let mut best: HashMap<usize, &String> = HashMap::new();
            for k in &names {
                let root = uf.find(index[k.as_str()]);
                let better = |a: &String, b: &String| {
                    let (ia, ib) = (info_at(a).unwrap(), info_at(b).unwrap());
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
                let i = index[k.as_str()];
                let c = best[&uf.find(i)];
                if c != *k {
                    let (m, note) = how
                        .get(&i)
                        .cloned()
                        .unwrap_or((Method::WordSubset, String::new()));
                    canonical.insert((country.clone(), (*k).clone()), (c.clone(), m, note));
                }
            }
        }
        abstentions.sort();
        Clusters {
            canonical,
            abstentions,
            keys: by_country,
            defined,
        }
    }

    /// The canonical entity of an entity (itself unless it was clustered with another).
    pub fn canonical(&self, entity: Entity) -> Entity {
        self.canonical_with(entity).0
    }

    /// The canonical entity, and how it joined when it did.
    pub fn canonical_with(&self, entity: Entity) -> (Entity, Option<(Method, String)>) {
        match entity {
            Entity::National { country, key } => {
                match self.canonical.get(&(country.clone(), key.clone())) {
                    Some((c, m, note)) => (
                        Entity::National {
                            country,
                            key: c.clone(),
                        },
                        Some((*m, note.clone())),
                    ),
                    None => (Entity::National { country, key }, None),
                }
            }
            other => (other, None),
        }
    }

    /// Number of entities that were mapped to another.
    pub fn merged(&self) -> usize {
        self.canonical.len()
    }
}

#[cfg(test)]
mod tests;

//! Ingest: plan files into the store, incrementally.
//!
//! For each file: read, parse, map, then replace the plan's graph in one transaction.
//! Unchanged plans (same SHA-256 as stored) are skipped; documents of another type than
//! `learningplan` are skipped and counted; a plan that fails leaves nothing behind and
//! does not stop the others. With `prune`, plans whose files are not among the inputs
//! any more are removed. The vocabulary graph is recomputed at the end.
//!
//! No printing here: progress goes through a callback and the outcome is an [`IngestReport`].

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::mapping::{self, MappedPlan, Mentions, Source};
use crate::source;
use crate::store::{Store, StoreError};

/// Options of one ingest run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Remove plans whose source files are not among the inputs.
    pub prune: bool,
    /// Curation decisions (`ontology/curation.tsv` and the user's `--curation` files).
    pub curation: crate::resolve::Curation,
}

/// What happened to one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Changed,
    Unchanged,
    /// Not a `[[type:learningplan]]` document; the type found.
    Skipped(String),
    /// Could not be ingested; why.
    Failed(String),
}

/// The summary of an ingest run.
#[derive(Debug, Default, Clone)]
pub struct IngestReport {
    pub files: Vec<(PathBuf, Outcome)>,
    /// Warnings from mapping (unknown country, SDG tag without a goal...), per file.
    pub warnings: Vec<(PathBuf, crate::model::Diagnostic)>,
    /// Paths that could not be expanded (missing, folder without `.md`).
    pub path_errors: Vec<String>,
    /// Graph IRIs removed by `prune`.
    pub pruned: Vec<String>,
    /// National partner keys joined to another by corpus-level clustering.
    pub clustered: usize,
    /// Curation decisions (`file:line`) that no longer match any mention of the corpus.
    pub unmatched_curation: Vec<String>,
    /// Pieces of partner answers of this run's plans that were not taken as partners.
    pub dropped_mentions: usize,
    /// Plans and quads in the store after the run.
    pub plans_in_store: usize,
    pub quads_in_store: usize,
}

impl IngestReport {
    pub fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.files.iter().filter(|(_, o)| f(o)).count()
    }
    pub fn failed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Failed(_))) + self.path_errors.len()
    }
}

/// Plans read, parsed, mapped and written per batch: what memory holds at once.
pub const BATCH: usize = 256;

/// What the first pass keeps of a plan: the compact keys that corpus-wide partner
/// clustering needs, never the plan itself.
struct Keys {
    graph: String,
    id: String,
    iso3: Option<String>,
    partners: Vec<String>,
    /// `(acronym, name)` definitions of the plan's text.
    acronyms: Vec<(String, String)>,
    dropped: usize,
}

/// Ingests files and folders into the store. `progress(done, total)` is called after each
/// batch.
///
/// Memory is bounded by the batch, not the corpus: a first pass parses every file (in
/// parallel) and keeps only [`Keys`] (file name, country, partner names) for the
/// corpus-wide partner clustering; a second pass reads, parses, maps and writes
/// [`BATCH`] files at a time; the vocabulary is rebuilt from compact [`Mentions`] of the
/// plans, the stored ones read a few graphs at a time.
pub fn ingest(
    store: &Store,
    paths: &[PathBuf],
    options: &Options,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<IngestReport, StoreError> {
    use rayon::prelude::*;
    let mut report = IngestReport::default();
    let (files, errors) = source::expand(paths);
    report.path_errors = errors.iter().map(ToString::to_string).collect();
    let stored = store.plans()?;
    let total = files.len();

    // 1. Keys of every file, in parallel; duplicates of a plan id fail, in file order.
    let mut keys: Vec<Result<Keys, Outcome>> = files
        .par_iter()
        .map(|path| {
            parse_file(path).map(|p| {
                let ids = store.iris().plan(&p.file_name);
                Keys {
                    iso3: p
                        .plan
                        .tag("country")
                        .and_then(|t| crate::countries::lookup(&t.value))
                        .map(|c| c.iso3.to_string()),
                    partners: p
                        .plan
                        .derived
                        .partners
                        .iter()
                        .map(|x| x.name.clone())
                        .collect(),
                    acronyms: p
                        .plan
                        .derived
                        .acronyms
                        .iter()
                        .map(|a| (a.value.acronym.clone(), a.value.name.clone()))
                        .collect(),
                    dropped: p.plan.derived.dropped_partners.len(),
                    graph: ids.graph.as_str().to_string(),
                    id: ids.id,
                }
            })
        })
        .collect();
    let mut seen_graphs: BTreeMap<String, PathBuf> = BTreeMap::new();
    for (path, k) in files.iter().zip(keys.iter_mut()) {
        let Ok(key) = k else { continue };
        if let Some(first) = seen_graphs.get(&key.graph) {
            *k = Err(Outcome::Failed(format!(
                "same plan id `{}` as {}: rename one of the files",
                key.id,
                first.display()
            )));
        } else {
            seen_graphs.insert(key.graph.clone(), path.clone());
        }
    }
    progress(total / 4, total);

    // 2. Cluster the national bodies over the whole corpus: the plans of this run and the
    // stored plans that are not in it.
    let in_run: BTreeSet<String> = seen_graphs.keys().cloned().collect();
    let others = store.partner_mentions(&in_run)?;
    // (country, name, plan id)
    let mut mentions: Vec<(Option<&str>, &str, String)> = Vec::new();
    for k in keys.iter().filter_map(|k| k.as_ref().ok()) {
        for name in &k.partners {
            mentions.push((k.iso3.as_deref(), name.as_str(), k.id.clone()));
        }
    }
    for (graph, iso3, names) in &others {
        let id = graph.rsplit('/').next().unwrap_or_default().to_string();
        for n in names {
            mentions.push((iso3.as_deref(), n.as_str(), id.clone()));
        }
    }
    let list: Vec<crate::resolve::Mention<'_>> = mentions
        .iter()
        .map(|(c, n, plan)| crate::resolve::Mention {
            country: *c,
            name: n,
            plan: plan.as_str(),
        })
        .collect();
    // (country, acronym, name, plan id)
    let stored_definitions = store.acronym_definitions(&in_run)?;
    let mut definitions: Vec<crate::resolve::Definition<'_>> = Vec::new();
    for k in keys.iter().filter_map(|k| k.as_ref().ok()) {
        for (acronym, name) in &k.acronyms {
            definitions.push(crate::resolve::Definition {
                country: k.iso3.as_deref(),
                acronym,
                name,
                plan: &k.id,
            });
        }
    }
    for (graph, iso3, defs) in &stored_definitions {
        let id = graph.rsplit('/').next().unwrap_or_default();
        for (acronym, name) in defs {
            definitions.push(crate::resolve::Definition {
                country: iso3.as_deref(),
                acronym,
                name,
                plan: id,
            });
        }
    }
    let resolver = crate::resolve::Resolver::build(&list, &definitions, options.curation.clone());
    report.clustered = resolver.clusters.merged();
    report.unmatched_curation = resolver.unmatched_decisions(&list);
    report.dropped_mentions = keys
        .iter()
        .filter_map(|k| k.as_ref().ok())
        .map(|k| k.dropped)
        .sum();
    drop(list);
    drop(mentions);
    drop(definitions);

    // 3. Read, parse, map and write, one batch at a time.
    let mut outcomes: Vec<Option<Outcome>> = keys
        .iter_mut()
        .map(|k| match k {
            Err(o) => Some(std::mem::replace(o, Outcome::Unchanged)),
            Ok(_) => None,
        })
        .collect();
    let mut fresh = Mentions::default();
    let mut fresh_graphs: std::collections::HashSet<String> = Default::default();
    let mut began = false;
    // The one bulk load of the new plans, and what is counted once it commits.
    let mut loader: Option<crate::store::Loader<'_>> = None;
    let mut load_error: Option<String> = None;
    let mut loaded = Mentions::default();
    let mut loaded_plans: Vec<(usize, String, Vec<crate::model::Diagnostic>)> = Vec::new();
    let todo: Vec<usize> = (0..files.len())
        .filter(|i| outcomes[*i].is_none())
        .collect();
    for batch in todo.chunks(BATCH) {
        let prepared: Vec<(usize, Prepared)> = batch
            .par_iter()
            .map(|&i| {
                let prep = match parse_file(&files[i]) {
                    Err(o) => Prepared::Done(o),
                    Ok(p) => prepare(p, store, &stored, &resolver),
                };
                (i, prep)
            })
            .collect();
        let mut new_plans: Vec<(usize, MappedPlan)> = Vec::new();
        let mut changed_plans: Vec<(usize, MappedPlan)> = Vec::new();
        for (i, prep) in prepared {
            let outcome = match prep {
                Prepared::Done(o) => o,
                Prepared::Mapped { mapped, previous } => match previous {
                    Previous::None => {
                        new_plans.push((i, *mapped));
                        Outcome::Added
                    }
                    Previous::SameSource => Outcome::Unchanged,
                    Previous::SameContent => {
                        // An edit that changes nothing in the graph: the stored graph
                        // stays, only its recorded source hash moves.
                        let sha = mapped.source_sha256().unwrap_or_default().to_string();
                        match store.set_source_sha256(mapped.ids.graph.as_ref(), &sha) {
                            Ok(()) => Outcome::Unchanged,
                            Err(e @ (StoreError::Locked { .. } | StoreError::DiskFull { .. })) => {
                                return Err(e)
                            }
                            Err(e) => Outcome::Failed(format!("store error: {e}")),
                        }
                    }
                    Previous::Different => {
                        changed_plans.push((i, *mapped));
                        Outcome::Changed
                    }
                },
            };
            outcomes[i] = Some(outcome);
        }
        let writes = !(new_plans.is_empty() && changed_plans.is_empty());
        if writes && !began {
            store.begin_changes()?;
            began = true;
        }
        // New plans go to one bulk load fed batch by batch and committed at the end (one
        // load is much faster than many); changed plans are one transaction each: a plan
        // is always whole, its old graph or its new one.
        if !new_plans.is_empty() && load_error.is_none() {
            let quads = new_plans.iter().flat_map(|(_, m)| m.quads.iter().cloned());
            let l = loader.get_or_insert_with(|| store.loader());
            if let Err(e) = l.add(quads) {
                if matches!(e, StoreError::Locked { .. } | StoreError::DiskFull { .. }) {
                    return Err(e);
                }
                load_error = Some(e.to_string());
            }
        }
        for (i, mapped) in &changed_plans {
            if let Err(e) = store.replace_plan(mapped) {
                if matches!(e, StoreError::Locked { .. } | StoreError::DiskFull { .. }) {
                    return Err(e);
                }
                // The transaction did not commit: the plan's previous graph is untouched.
                outcomes[*i] = Some(Outcome::Failed(format!("store error: {e}")));
            }
        }
        for (i, m) in &new_plans {
            // Counted when the load commits.
            let mut one = Mentions::default();
            one.add_plan_graph(&m.quads);
            loaded.merge(one);
            loaded_plans.push((*i, m.ids.graph.as_str().to_string(), m.warnings.clone()));
        }
        for (i, m) in &changed_plans {
            if matches!(outcomes[*i], Some(Outcome::Changed)) {
                for w in &m.warnings {
                    report.warnings.push((files[*i].clone(), w.clone()));
                }
                let mut one = Mentions::default();
                one.add_plan_graph(&m.quads);
                fresh.merge(one);
                fresh_graphs.insert(m.ids.graph.as_str().to_string());
            }
        }
        let done = batch.last().map_or(0, |i| i + 1);
        progress(total / 4 + (3 * done) / 4, total);
    }
    if let Some(l) = loader {
        if load_error.is_none() {
            if let Err(e) = l.commit() {
                if matches!(e, StoreError::Locked { .. } | StoreError::DiskFull { .. }) {
                    return Err(e);
                }
                load_error = Some(e.to_string());
            }
        }
    }
    match &load_error {
        // Nothing of the load was committed: every new plan failed.
        Some(e) => {
            for (i, _, _) in &loaded_plans {
                outcomes[*i] = Some(Outcome::Failed(format!("store error: {e}")));
            }
        }
        None => {
            fresh.merge(loaded);
            for (i, graph, warnings) in loaded_plans {
                fresh_graphs.insert(graph);
                for w in warnings {
                    report.warnings.push((files[i].clone(), w));
                }
            }
        }
    }
    let outcomes: Vec<Outcome> = outcomes
        .into_iter()
        .map(|o| o.unwrap_or(Outcome::Unchanged))
        .collect();
    let mut changed_any = outcomes
        .iter()
        .any(|o| matches!(o, Outcome::Added | Outcome::Changed));
    report.files = files.into_iter().zip(outcomes).collect();

    if options.prune {
        for (graph, sp) in &stored {
            if !seen_graphs.contains_key(graph) {
                if !began {
                    store.begin_changes()?;
                    began = true;
                }
                store.remove_graph(sp.graph.as_ref())?;
                report.pruned.push(graph.clone());
                changed_any = true;
            }
        }
    }
    if changed_any
        || !store
            .oxigraph()
            .contains_named_graph(store.iris().vocabulary_graph().as_ref())?
    {
        store.rebuild_vocabulary_with(fresh, &fresh_graphs)?;
    }
    store.flush()?;
    if began {
        store.end_changes()?;
    }
    report.plans_in_store = store.plans()?.len();
    report.quads_in_store = store.len()?;
    progress(report.files.len(), report.files.len());
    Ok(report)
}

/// What reading, parsing and mapping one file gave.
enum Prepared {
    Done(Outcome),
    Mapped {
        mapped: Box<MappedPlan>,
        previous: Previous,
    },
}

/// How a mapped plan compares with the stored one.
enum Previous {
    None,
    /// Same source bytes and ontology version: nothing to do.
    SameSource,
    /// Different bytes, same graph content (canonical digest) and ontology version.
    SameContent,
    Different,
}

/// A file read and parsed.
struct ParsedFile {
    file_name: String,
    sha256: String,
    plan: crate::model::Plan,
}

fn parse_file(path: &std::path::Path) -> Result<ParsedFile, Outcome> {
    let doc = source::read(path).map_err(|e| Outcome::Failed(e.reason()))?;
    let plan = crate::parse(&doc.text).plan;
    match plan.tag("type") {
        Some(t) if t.normalized != "learningplan" => {
            return Err(Outcome::Skipped(t.value.trim().to_string()))
        }
        None if plan.tags.is_empty() => {
            return Err(Outcome::Failed(
                "no `[[key:value]]` tags: not an action learning plan".into(),
            ))
        }
        _ => {}
    }
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(ParsedFile {
        file_name,
        sha256: doc.sha256,
        plan,
    })
}

fn prepare(
    p: ParsedFile,
    store: &Store,
    stored: &BTreeMap<String, crate::store::StoredPlan>,
    clusters: &crate::resolve::Resolver,
) -> Prepared {
    let iris = store.iris();
    let graph = iris.plan(&p.file_name).graph;
    let stored_plan = stored.get(graph.as_str());
    let same_version =
        stored_plan.is_some_and(|s| s.ontology_version == crate::vocab::ONTOLOGY_VERSION);
    let mapped = mapping::map_plan_with(
        &p.plan,
        &Source {
            file_name: p.file_name,
            sha256: p.sha256.clone(),
        },
        iris,
        clusters,
    );
    // The partner links the plan would have now (clusters change as plans arrive).
    let new_links: BTreeSet<(String, String)> = mapped
        .quads
        .iter()
        .filter(|q| q.predicate == crate::vocab::alp::PARTNER_P)
        .map(|q| (q.subject.to_string(), q.object.to_string()))
        .collect();
    // Read only when the rest says unchanged (a store error reads as "changed").
    let same_links = || {
        store
            .partner_links_of(graph.as_ref())
            .is_ok_and(|old| old == new_links)
    };
    let previous = match stored_plan {
        None => Previous::None,
        Some(s) if same_version && s.sha256 == p.sha256 && same_links() => Previous::SameSource,
        Some(s)
            if same_version
                && s.content_digest.is_some()
                && s.content_digest.as_deref() == mapped.content_digest() =>
        {
            Previous::SameContent
        }
        Some(_) => Previous::Different,
    };
    Prepared::Mapped {
        mapped: Box::new(mapped),
        previous,
    }
}

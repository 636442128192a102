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

use crate::mapping::{self, MappedPlan, Source};
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

/// Ingests files and folders into the store. `progress(done, total)` is called after each file.
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

    // 1. Read and parse every file, in parallel.
    let parsed: Vec<Result<ParsedFile, Outcome>> =
        files.par_iter().map(|path| parse_file(path)).collect();
    progress(files.len() / 3, files.len());

    // 2. Cluster the national bodies over the whole corpus: the plans of this run and the
    // stored plans that are not in it.
    let in_run: BTreeSet<String> = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .map(|p| store.iris().plan(&p.file_name).graph.as_str().to_string())
        .collect();
    let others = store.partner_mentions(&in_run)?;
    // (country, name, plan id)
    let mut mentions: Vec<(Option<String>, String, String)> = Vec::new();
    for p in parsed.iter().filter_map(|p| p.as_ref().ok()) {
        let iso3 = p
            .plan
            .tag("country")
            .and_then(|t| crate::countries::lookup(&t.value))
            .map(|c| c.iso3.to_string());
        let id = store.iris().plan(&p.file_name).id;
        for partner in &p.plan.derived.partners {
            mentions.push((iso3.clone(), partner.name.clone(), id.clone()));
        }
    }
    for (graph, iso3, names) in &others {
        let id = graph.rsplit('/').next().unwrap_or_default().to_string();
        for n in names {
            mentions.push((iso3.clone(), n.clone(), id.clone()));
        }
    }
    let list: Vec<crate::resolve::Mention<'_>> = mentions
        .iter()
        .map(|(c, n, plan)| crate::resolve::Mention {
            country: c.as_deref(),
            name: n.as_str(),
            plan: plan.as_str(),
        })
        .collect();
    let resolver = crate::resolve::Resolver::build(&list, options.curation.clone());
    let clusters = &resolver;
    let links = store.partner_links()?;
    report.clustered = resolver.clusters.merged();
    report.unmatched_curation = resolver.unmatched_decisions(&list);
    report.dropped_mentions = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .map(|p| p.plan.derived.dropped_partners.len())
        .sum();

    // 3. Map every plan with the clusters, in parallel (pure work).
    let prepared: Vec<Prepared> = parsed
        .into_par_iter()
        .map(|p| match p {
            Err(o) => Prepared::Done(o),
            Ok(p) => prepare(p, store.iris(), &stored, clusters, &links),
        })
        .collect();
    progress(2 * files.len() / 3, files.len());

    // 2. Decide, in file order: duplicates, unchanged, new or changed.
    let mut seen_graphs: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(files.len());
    let mut new_plans: Vec<(usize, MappedPlan)> = Vec::new();
    let mut changed_plans: Vec<(usize, MappedPlan)> = Vec::new();
    for (i, (path, prep)) in files.iter().zip(prepared).enumerate() {
        let outcome = match prep {
            Prepared::Done(o) => o,
            Prepared::Mapped { mapped, previous } => {
                let graph = mapped.ids.graph.as_str().to_string();
                if let Some(first) = seen_graphs.get(&graph) {
                    Outcome::Failed(format!(
                        "same plan id `{}` as {}: rename one of the files",
                        mapped.ids.id,
                        first.display()
                    ))
                } else {
                    seen_graphs.insert(graph, path.clone());
                    match previous {
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
                                Err(e @ StoreError::Locked { .. }) => return Err(e),
                                Err(e) => Outcome::Failed(format!("store error: {e}")),
                            }
                        }
                        Previous::Different => {
                            changed_plans.push((i, *mapped));
                            Outcome::Changed
                        }
                    }
                }
            }
        };
        outcomes.push(outcome);
    }

    // 3. Write: new plans in one atomic bulk load, changed plans one transaction each.
    if !new_plans.is_empty() {
        let quads = new_plans.iter().flat_map(|(_, m)| m.quads.iter().cloned());
        if let Err(e) = store.bulk_insert(quads) {
            if matches!(e, StoreError::Locked { .. }) {
                return Err(e);
            }
            // Nothing was committed: every new plan failed.
            for (i, _) in &new_plans {
                outcomes[*i] = Outcome::Failed(format!("store error: {e}"));
            }
        }
    }
    for (i, mapped) in &changed_plans {
        if let Err(e) = store.replace_plan(mapped) {
            if matches!(e, StoreError::Locked { .. }) {
                return Err(e);
            }
            // The transaction did not commit: the plan's previous graph is untouched.
            outcomes[*i] = Outcome::Failed(format!("store error: {e}"));
        }
    }
    for (i, m) in new_plans.iter().chain(&changed_plans) {
        if matches!(outcomes[*i], Outcome::Added | Outcome::Changed) {
            for w in &m.warnings {
                report.warnings.push((files[*i].clone(), w.clone()));
            }
        }
    }
    let mut changed_any = outcomes
        .iter()
        .any(|o| matches!(o, Outcome::Added | Outcome::Changed));
    report.files = files.into_iter().zip(outcomes).collect();

    if options.prune {
        let present: BTreeSet<&String> = seen_graphs.keys().collect();
        for (graph, sp) in &stored {
            if !present.contains(graph) {
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
        let fresh: Vec<&MappedPlan> = new_plans
            .iter()
            .chain(&changed_plans)
            .map(|(_, m)| m)
            .collect();
        store.rebuild_vocabulary_with(&fresh)?;
    }
    store.flush()?;
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
    iris: &crate::mapping::Iris,
    stored: &BTreeMap<String, crate::store::StoredPlan>,
    clusters: &crate::resolve::Resolver,
    links: &std::collections::HashMap<String, BTreeSet<(String, String)>>,
) -> Prepared {
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
    let same_links = links.get(graph.as_str()).cloned().unwrap_or_default() == new_links;
    let previous = match stored_plan {
        None => Previous::None,
        Some(s) if same_version && same_links && s.sha256 == p.sha256 => Previous::SameSource,
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

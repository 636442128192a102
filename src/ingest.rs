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

use crate::mapping::{self, Source};
use crate::model::Diagnostic;
use crate::source;
use crate::store::{Store, StoreError};

/// Options of one ingest run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Remove plans whose source files are not among the inputs.
    pub prune: bool,
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
    pub warnings: Vec<(PathBuf, Diagnostic)>,
    /// Paths that could not be expanded (missing, folder without `.md`).
    pub path_errors: Vec<String>,
    /// Graph IRIs removed by `prune`.
    pub pruned: Vec<String>,
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
    let mut report = IngestReport::default();
    let (files, errors) = source::expand(paths);
    report.path_errors = errors.iter().map(ToString::to_string).collect();
    let stored = store.plans()?;
    let mut seen_graphs: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut changed_any = false;
    for (i, path) in files.iter().enumerate() {
        let outcome = match ingest_one(store, path, &stored, &mut seen_graphs, &mut report.warnings)
        {
            Ok(o) => o,
            Err(e @ StoreError::Locked { .. }) => return Err(e),
            // The transaction did not commit: nothing of this plan is in the store.
            Err(e) => Outcome::Failed(format!("store error: {e}")),
        };
        changed_any |= matches!(outcome, Outcome::Added | Outcome::Changed);
        report.files.push((path.clone(), outcome));
        progress(i + 1, files.len());
    }
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
        store.rebuild_vocabulary()?;
    }
    report.plans_in_store = store.plans()?.len();
    report.quads_in_store = store.len()?;
    Ok(report)
}

fn ingest_one(
    store: &Store,
    path: &std::path::Path,
    stored: &BTreeMap<String, crate::store::StoredPlan>,
    seen: &mut BTreeMap<String, PathBuf>,
    warnings: &mut Vec<(PathBuf, Diagnostic)>,
) -> Result<Outcome, StoreError> {
    let doc = match source::read(path) {
        Ok(d) => d,
        Err(e) => return Ok(Outcome::Failed(e.reason())),
    };
    let parsed = crate::parse(&doc.text);
    let plan = &parsed.plan;
    match plan.tag("type") {
        Some(t) if t.normalized != "learningplan" => {
            return Ok(Outcome::Skipped(t.value.trim().to_string()))
        }
        None if plan.tags.is_empty() => {
            return Ok(Outcome::Failed(
                "no `[[key:value]]` tags: not an action learning plan".into(),
            ))
        }
        _ => {}
    }
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ids = store.iris().plan(&file_name);
    let graph = ids.graph.as_str().to_string();
    if let Some(first) = seen.get(&graph) {
        return Ok(Outcome::Failed(format!(
            "same plan id `{}` as {}: rename one of the files",
            ids.id,
            first.display()
        )));
    }
    seen.insert(graph.clone(), path.to_path_buf());
    let previous = stored
        .get(&graph)
        .map(|p| (p, p.ontology_version == crate::vocab::ONTOLOGY_VERSION));
    if previous.is_some_and(|(p, same_version)| same_version && p.sha256 == doc.sha256) {
        return Ok(Outcome::Unchanged);
    }
    let mapped = mapping::map_plan(
        plan,
        &Source {
            file_name,
            sha256: doc.sha256.clone(),
        },
        store.iris(),
    );
    // An edit that changes nothing in the graph (same canonical content, same ontology
    // version): the stored graph stays, only its recorded source hash moves.
    if let Some((p, true)) = previous {
        if p.content_digest.is_some() && p.content_digest.as_deref() == mapped.content_digest() {
            store.set_source_sha256(mapped.ids.graph.as_ref(), &doc.sha256)?;
            return Ok(Outcome::Unchanged);
        }
    }
    for w in &mapped.warnings {
        warnings.push((path.to_path_buf(), w.clone()));
    }
    store.replace_plan(&mapped)?;
    Ok(if previous.is_some() {
        Outcome::Changed
    } else {
        Outcome::Added
    })
}

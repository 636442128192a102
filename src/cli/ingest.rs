//! `alpkg ingest PATH...`: load plans into the store, incrementally.

use std::path::PathBuf;

use alpkg::ingest::{self, Outcome};

use super::store::StoreArgs;

/// Load plans (files or folders) into the store.
///
/// Unchanged plans (same SHA-256) are skipped, a changed plan's graph is replaced
/// atomically, documents that are not `[[type:learningplan]]` are skipped and counted.
/// A plan that fails leaves nothing behind and does not stop the others; the exit code
/// is 1 when any failed.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg ingest examples/plans\n  alpkg --store /data/alp ingest ../sdg-innovation-commons/pages --prune\n  ALPKG_STORE=kg alpkg ingest plan.md"
)]
pub struct Args {
    /// Plan files or folders of plans.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Remove plans whose files are no longer among PATHs.
    #[arg(long)]
    pub prune: bool,
    /// Print a line per file.
    #[arg(long, short)]
    pub verbose: bool,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let store = store_args.open()?;
    let curation = store_args.curation()?;
    let report = load(&store, &args.paths, args.prune, args.verbose, curation)?;
    Ok(if report.failed() > 0 {
        super::Outcome::Failed
    } else {
        super::Outcome::Ok
    })
}

/// Ingests and prints the summary on stderr; shared with `query --load` and `export --load`.
pub fn load(
    store: &alpkg::store::Store,
    paths: &[PathBuf],
    prune: bool,
    verbose: bool,
    curation: alpkg::resolve::Curation,
) -> anyhow::Result<ingest::IngestReport> {
    let mut bar: Option<indicatif::ProgressBar> = None;
    let mut progress = |done: usize, total: usize| {
        bar.get_or_insert_with(|| super::progress(total, "ingesting"))
            .set_position(done as u64);
    };
    let started = std::time::Instant::now();
    let report = ingest::ingest(
        store,
        paths,
        &ingest::Options { prune, curation },
        &mut progress,
    )?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for e in &report.path_errors {
        eprintln!("alpkg: {e}");
    }
    for (path, outcome) in &report.files {
        match outcome {
            Outcome::Failed(why) => eprintln!("{}: error: {why}", path.display()),
            Outcome::Skipped(t) if verbose => {
                eprintln!("{}: skipped: document type `{t}`", path.display())
            }
            o if verbose => eprintln!("{}: {}", path.display(), format!("{o:?}").to_lowercase()),
            _ => {}
        }
    }
    for (path, w) in &report.warnings {
        eprintln!(
            "{}:{}: warning: {} [{}]",
            path.display(),
            w.line,
            w.message,
            w.code
        );
    }
    let c = |f: fn(&Outcome) -> bool| report.count(f);
    eprintln!(
        "ingested in {:.2} s: {} added, {} changed, {} unchanged, {} failed, {} skipped (not learning plans){}; store: {} plans, {} triples",
        started.elapsed().as_secs_f64(),
        c(|o| matches!(o, Outcome::Added)),
        c(|o| matches!(o, Outcome::Changed)),
        c(|o| matches!(o, Outcome::Unchanged)),
        report.failed(),
        c(|o| matches!(o, Outcome::Skipped(_))),
        if prune { format!(", {} pruned", report.pruned.len()) } else { String::new() },
        report.plans_in_store,
        report.quads_in_store,
    );
    for d in &report.unmatched_curation {
        eprintln!("{d}: warning: this curation decision matches no partner mention any more [stale-curation]");
    }
    if report.dropped_mentions > 0 {
        eprintln!(
            "{} piece(s) of partner answers were not taken as partners (topics, places, events...): see `alpkg partners dropped`",
            report.dropped_mentions
        );
    }
    if verbose && report.clustered > 0 {
        eprintln!(
            "{} national partner name(s) joined to another body by clustering",
            report.clustered
        );
    }
    Ok(report)
}

//! `alpkg check PATH...`: lint plans, print `file:line: level: message`, exit 1 on errors.

use std::io::Write;
use std::path::PathBuf;

use alpkg::{check, parse, source};

use super::Outcome;

/// Lint plans and print every problem as `file:line: level: message`.
///
/// PATH may be files or folders (every `.md` under a folder is checked). Line 0 means the
/// problem concerns the whole file (a missing tag). Exits 1 when there is any error.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg check examples/plans\n  alpkg check --quiet plan.md && echo clean\n  alpkg check --dropped examples/plans   # also what partner answers held that is not a partner"
)]
pub struct Args {
    /// Plan files or folders of plans.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print errors only, not warnings.
    #[arg(long, short)]
    quiet: bool,
    /// Also print, as `note`s, the pieces of partner answers not taken as partners and why
    /// (a topic, a place, an event, `Yes`...). They stay in the answer's text in the graph.
    #[arg(long)]
    dropped: bool,
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (files, errors) = source::expand(&args.paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = !errors.is_empty();
    for e in errors {
        writeln!(out, "{e}")?;
    }
    let (mut n_err, mut n_warn, mut n_dropped) = (0usize, 0usize, 0usize);
    let bar = super::progress(files.len(), "checking");
    for path in &files {
        bar.inc(1);
        let doc = match source::read(path) {
            Ok(d) => d,
            Err(e) => {
                match e.line() {
                    Some(l) => writeln!(out, "{}:{l}: error: {}", path.display(), e.reason())?,
                    None => writeln!(out, "{}: error: {}", path.display(), e.reason())?,
                }
                failed = true;
                n_err += 1;
                continue;
            }
        };
        let parsed = parse(&doc.text);
        let diags = check::check(&parsed);
        for d in &diags {
            match d.level {
                alpkg::model::Level::Error => n_err += 1,
                alpkg::model::Level::Warning if args.quiet => continue,
                alpkg::model::Level::Warning => n_warn += 1,
            }
            writeln!(
                out,
                "{}:{}: {}: {} [{}]",
                path.display(),
                d.line,
                d.level.as_str(),
                d.message,
                d.code
            )?;
        }
        failed |= check::has_errors(&diags);
        if args.dropped {
            for m in &parsed.plan.derived.dropped_partners {
                n_dropped += 1;
                writeln!(
                    out,
                    "{}:{}: note: `{}` is not taken as a partner ({}) [dropped-partner]",
                    path.display(),
                    m.line,
                    m.text,
                    m.reason
                )?;
            }
        }
    }
    bar.finish_and_clear();
    out.flush()?;
    let notes = if args.dropped {
        format!(", {n_dropped} dropped partner piece(s)")
    } else {
        String::new()
    };
    eprintln!(
        "checked {} file(s): {n_err} error(s), {n_warn} warning(s){notes}",
        files.len()
    );
    Ok(if failed { Outcome::Failed } else { Outcome::Ok })
}

//! `alpkg parse FILE... [--json]`: print the model of each plan.

use std::io::Write;
use std::path::PathBuf;

use alpkg::{parse, source};
use serde::Serialize;

use super::Outcome;

/// Parse plans and print what was read: a summary, or the whole model with --json.
///
/// With --json, one file prints one object `{file, sha256, plan, diagnostics}`; several
/// files print an array of them. Files that cannot be read are reported on stderr.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg parse plan.md\n  alpkg parse --json examples/plans/*.md > plans.json"
)]
pub struct Args {
    /// Plan files or folders of plans.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print the full model as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Out<'a> {
    file: String,
    sha256: &'a str,
    plan: &'a alpkg::Plan,
    diagnostics: &'a [alpkg::model::Diagnostic],
}

pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (files, errors) = source::expand(&args.paths);
    let mut failed = !errors.is_empty();
    for e in errors {
        eprintln!("alpkg: {e}");
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut docs = Vec::new();
    for path in &files {
        match source::read(path) {
            Ok(d) => {
                let parsed = parse(&d.text);
                docs.push((d, parsed));
            }
            Err(e) => {
                eprintln!("alpkg: {e}");
                failed = true;
            }
        }
    }
    if args.json {
        let outs: Vec<Out> = docs
            .iter()
            .map(|(d, p)| Out {
                file: d.path.display().to_string(),
                sha256: &d.sha256,
                plan: &p.plan,
                diagnostics: &p.diagnostics,
            })
            .collect();
        if outs.len() == 1 && files.len() == 1 {
            serde_json::to_writer_pretty(&mut out, &outs[0])?;
        } else {
            serde_json::to_writer_pretty(&mut out, &outs)?;
        }
        writeln!(out)?;
    } else {
        for (d, p) in &docs {
            summary(&mut out, d, p)?;
        }
    }
    out.flush()?;
    Ok(if failed { Outcome::Failed } else { Outcome::Ok })
}

fn summary(out: &mut impl Write, d: &source::Document, p: &alpkg::Parsed) -> std::io::Result<()> {
    let plan = &p.plan;
    let tag = |k: &str| plan.tag(k).map(|t| t.value.as_str()).unwrap_or("-");
    writeln!(out, "{}", d.path.display())?;
    writeln!(
        out,
        "  title:     {}",
        plan.title.as_ref().map(|t| t.value.as_str()).unwrap_or("-")
    )?;
    writeln!(
        out,
        "  country:   {}   year: {}   form: {}   language: {}",
        tag("country"),
        tag("year"),
        plan.form.as_str(),
        plan.language.tag().unwrap_or("unknown")
    )?;
    let items: Vec<_> = plan.items().collect();
    let answered = items.iter().filter(|i| !i.answer.is_empty()).count();
    writeln!(
        out,
        "  tags:      {}   sections: {}   questions: {}   answers: {}",
        plan.tags.len(),
        plan.sections.len(),
        items.len(),
        answered
    )?;
    let dv = &plan.derived;
    writeln!(
        out,
        "  derived:   {} partner(s), {} insight(s), {} learning question(s), {} stage(s), {} handover outcome(s), {} link(s), {} image(s)",
        dv.partners.len(), dv.insights.len(), dv.learning_questions.len(), dv.stages.len(), dv.handover_outcomes.len(), dv.links.len(), dv.images.len()
    )?;
    for partner in &dv.partners {
        let sector = partner
            .sector
            .map(|s| format!(" [{}]", s.as_str()))
            .unwrap_or_default();
        writeln!(
            out,
            "    partner {}: {}{}",
            partner.order, partner.name, sector
        )?;
    }
    for i in &dv.insights {
        let short: String = i.text.chars().take(90).collect();
        writeln!(
            out,
            "    insight {}: {}{}",
            i.order,
            short,
            if i.text.chars().count() > 90 {
                "…"
            } else {
                ""
            }
        )?;
    }
    if !p.diagnostics.is_empty() {
        writeln!(
            out,
            "  {} diagnostic(s): run `alpkg check` for details",
            p.diagnostics.len()
        )?;
    }
    Ok(())
}

//! `alpkg partners list|show|review|dropped`: audit partner entities and how every mention
//! joined its entity.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context};

use alpkg::partners;

use super::store::StoreArgs;

/// Audit the partner entities: labels, identifiers, mentions, and why each mention joined.
///
/// Any of a partner's labels or acronyms names it (`UNDP`, `PNUD`, `United Nations
/// Development Programme`). Read from the store (run `alpkg ingest` first).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg partners list -n 20\n  alpkg partners list --format csv > partners.csv\n  alpkg partners show PNUD\n  alpkg partners review -o review.csv\n  alpkg partners dropped --format tsv"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

#[derive(Debug, clap::Subcommand)]
pub enum Sub {
    /// Every partner entity: labels, identifiers (IATI, Wikidata), type, mentions, plans, countries.
    List {
        /// Only the first N.
        #[arg(short = 'n', long)]
        limit: Option<usize>,
        /// table (on a terminal), csv or tsv.
        #[arg(long, value_parser = ["table", "csv", "tsv"])]
        format: Option<String>,
    },
    /// One partner: every mention, where, as written, and why it joined this entity.
    Show {
        /// A label, acronym or IRI of the partner.
        name: String,
        #[arg(long, value_parser = ["table", "csv", "tsv"])]
        format: Option<String>,
    },
    /// The candidate merges the matcher abstained on, with both contexts, as CSV.
    Review {
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Pieces of partner answers that were not taken as partners, and why.
    Dropped {
        #[arg(long, value_parser = ["table", "csv", "tsv"])]
        format: Option<String>,
    },
}

fn emit(
    format: Option<&str>,
    header: &[&str],
    rows: Vec<Vec<String>>,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let format = format.unwrap_or(if std::io::stdout().is_terminal() {
        "table"
    } else {
        "csv"
    });
    if format == "table" {
        let vars: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        let mut w = std::io::BufWriter::new(out);
        super::query::print_table(&mut w, &vars, &rows)?;
        w.flush()?;
        return Ok(());
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(if format == "tsv" { b'\t' } else { b',' })
        .from_writer(out);
    w.write_record(header)?;
    for r in rows {
        w.write_record(r)?;
    }
    w.flush()?;
    Ok(())
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let store = store_args.open_read(false)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match args.command {
        Sub::List { limit, format } => {
            let rows = partners::list(&store)?;
            let n = rows.len();
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .take(limit.unwrap_or(usize::MAX))
                .map(|r| {
                    vec![
                        r.label,
                        r.scope,
                        r.organisation_type.unwrap_or_default(),
                        r.acronyms.join("|"),
                        r.iati.unwrap_or_default(),
                        r.wikidata.unwrap_or_default(),
                        r.mentions.to_string(),
                        r.plans.to_string(),
                        r.countries.join("|"),
                        r.labels.join("|"),
                        r.iri,
                    ]
                })
                .collect();
            emit(
                format.as_deref(),
                &[
                    "partner",
                    "scope",
                    "type",
                    "acronyms",
                    "iati",
                    "wikidata",
                    "mentions",
                    "plans",
                    "countries",
                    "labels",
                    "iri",
                ],
                rows,
                &mut out,
            )?;
            eprintln!("{n} partner entities");
        }
        Sub::Show { name, format } => {
            let all = partners::list(&store)?;
            let found = partners::find(&all, &name);
            let Some(p) = found.first() else {
                bail!("no partner named `{name}` in the store (try `alpkg partners list`)");
            };
            if found.len() > 1 {
                eprintln!(
                    "`{name}` names {} partners; showing the most mentioned. The others: {}",
                    found.len(),
                    found[1..]
                        .iter()
                        .map(|p| format!("{} <{}>", p.label, p.iri))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            eprintln!(
                "{} <{}>: {}{}{}, {} mention(s) in {} plan(s)",
                p.label,
                p.iri,
                p.scope,
                p.iati
                    .as_deref()
                    .map(|i| format!(", IATI {i}"))
                    .unwrap_or_default(),
                p.organisation_type
                    .as_deref()
                    .map(|t| format!(", type {t} (inferred)"))
                    .unwrap_or_default(),
                p.mentions,
                p.plans
            );
            let rows = partners::mentions(&store, &p.iri)?
                .into_iter()
                .map(|m| {
                    vec![
                        m.plan,
                        m.country.unwrap_or_default(),
                        m.line.map(|l| l.to_string()).unwrap_or_default(),
                        m.name_as_written,
                        m.method,
                        m.note.unwrap_or_default(),
                    ]
                })
                .collect();
            emit(
                format.as_deref(),
                &[
                    "plan",
                    "country",
                    "line",
                    "name_as_written",
                    "joined_by",
                    "note",
                ],
                rows,
                &mut out,
            )?;
        }
        Sub::Review { output } => {
            let rows: Vec<Vec<String>> = partners::review(&store, &store_args.curation()?)?
                .into_iter()
                .map(|r| {
                    vec![
                        r.country,
                        r.rule,
                        r.name,
                        r.plans.join("|"),
                        r.candidates
                            .iter()
                            .map(|(c, _)| c.clone())
                            .collect::<Vec<_>>()
                            .join(" | "),
                        r.candidates
                            .iter()
                            .map(|(_, p)| p.join(","))
                            .collect::<Vec<_>>()
                            .join(" | "),
                        r.score.map(|s| format!("{s:.3}")).unwrap_or_default(),
                    ]
                })
                .collect();
            let n = rows.len();
            let header = [
                "country",
                "rule",
                "name",
                "plans",
                "candidates",
                "candidate_plans",
                "score",
            ];
            match &output {
                Some(path) => {
                    let mut f = std::fs::File::create(path)
                        .with_context(|| format!("creating {}", path.display()))?;
                    emit(Some("csv"), &header, rows, &mut f)?;
                }
                None => emit(Some("csv"), &header, rows, &mut out)?,
            }
            eprintln!(
                "{n} candidate merge(s) the matcher abstained on; decide them in a curation file (`same` or `different`) and pass it with --curation"
            );
        }
        Sub::Dropped { format } => {
            let rows: Vec<Vec<String>> = partners::dropped(&store)?
                .into_iter()
                .map(|d| {
                    vec![
                        d.plan,
                        d.line.map(|l| l.to_string()).unwrap_or_default(),
                        d.text,
                        d.reason,
                    ]
                })
                .collect();
            let n = rows.len();
            emit(
                format.as_deref(),
                &["plan", "line", "text", "reason"],
                rows,
                &mut out,
            )?;
            eprintln!("{n} dropped piece(s)");
        }
    }
    Ok(super::Outcome::Ok)
}

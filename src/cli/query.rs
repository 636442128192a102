//! `alpkg query`, `alpkg queries` and `alpkg update`: SPARQL from the command line.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use alpkg::query;

use super::store::StoreArgs;

/// Run a SPARQL query over the store (the default graph is the union of all plans).
///
/// The query comes from the argument, --file, --name (a named analyst query, see
/// `alpkg queries`) or standard input. SELECT and ASK print a table on a terminal and CSV
/// when piped, or the --format asked; CONSTRUCT and DESCRIBE print RDF (Turtle by default).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg query --name plans-per-country\n  alpkg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'\n  alpkg query --file my.rq --format json > out.json\n  alpkg query --in-memory --load examples/plans --name top-methods"
)]
pub struct Args {
    /// The SPARQL query text.
    #[arg(conflicts_with_all = ["file", "name"])]
    pub sparql: Option<String>,
    /// Read the query from a file.
    #[arg(long, short, value_name = "FILE", conflicts_with = "name")]
    pub file: Option<PathBuf>,
    /// Run a named analyst query from queries/ (see `alpkg queries`).
    #[arg(long, short, value_name = "NAME")]
    pub name: Option<String>,
    /// Output format: table, csv, tsv, json, xml for SELECT/ASK; turtle, ntriples, nquads,
    /// trig, rdfxml, jsonld for CONSTRUCT/DESCRIBE.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Stop the query after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Ingest these plans first (handy with --in-memory).
    #[arg(long, value_name = "PATH", conflicts_with = "endpoint")]
    pub load: Vec<PathBuf>,
    /// Ask this SPARQL endpoint instead of the store (Oxigraph server, Fuseki, Virtuoso,
    /// QLever, another `alpkg serve`), with the same output formats.
    #[arg(long, value_name = "URL", env = "ALPKG_ENDPOINT")]
    pub endpoint: Option<String>,
}

/// List the named analyst queries shipped with alpkg.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  alpkg queries\n  alpkg queries --show plans-per-country")]
pub struct ListArgs {
    /// Print the text of one query.
    #[arg(long, value_name = "NAME")]
    pub show: Option<String>,
}

/// Run a SPARQL Update on the store.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg update 'DELETE WHERE { ?s <http://xmlns.com/foaf/0.1/mbox> ?o }'\n  alpkg update --file fix.ru"
)]
pub struct UpdateArgs {
    /// The SPARQL Update text.
    #[arg(conflicts_with = "file")]
    pub sparql: Option<String>,
    /// Read the update from a file.
    #[arg(long, short, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

fn read_text(inline: Option<String>, file: Option<&PathBuf>) -> anyhow::Result<String> {
    if let Some(t) = inline {
        return Ok(t);
    }
    if let Some(f) = file {
        return std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()));
    }
    if std::io::stdin().is_terminal() {
        bail!("no query given: pass it as an argument, with --file, --name, or on standard input");
    }
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
    Ok(s)
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let text = match &args.name {
        Some(n) => match query::find(n) {
            Some(q) => q.text.to_string(),
            None => bail!(
                "no named query `{n}`; the named queries are: {}",
                query::named()
                    .iter()
                    .map(|q| q.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
        None => {
            // `alpkg query top-partners`: a named query given as the SPARQL text.
            if let Some(q) = args.sparql.as_deref().map(str::trim).and_then(query::find) {
                bail!(
                    "`{}` is a named query, not SPARQL: run `alpkg query --name {}`",
                    q.name,
                    q.name
                );
            }
            read_text(args.sparql.clone(), args.file.as_ref())?
        }
    };
    if let Some(endpoint) = &args.endpoint {
        return remote(endpoint, &text, &args);
    }
    let store = store_args.open_read(!args.load.is_empty())?;
    if !args.load.is_empty() {
        super::ingest::load(&store, &args.load, false, false, store_args.curation()?)?;
    }
    let timeout = args.timeout.map(Duration::from_secs_f64);
    let running = query::query(&store, &text, timeout)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let terminal = std::io::stdout().is_terminal();
    match running.results {
        QueryResults::Solutions(solutions) => {
            let vars: Vec<String> = solutions
                .variables()
                .iter()
                .map(|v| v.as_str().to_string())
                .collect();
            let format = args
                .format
                .as_deref()
                .unwrap_or(if terminal { "table" } else { "csv" });
            if format == "table" {
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| query::evaluation_error(&e, timeout))?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v.as_str()).map(display_term).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                print_table(&mut out, &vars, &rows)?;
                out.flush()?;
                eprintln!("{} row(s)", rows.len());
            } else {
                let f = results_format(format)?;
                let mut w = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut out, solutions.variables().to_vec())?;
                for s in solutions {
                    let s = s.map_err(|e| query::evaluation_error(&e, timeout))?;
                    w.serialize(&s)?;
                }
                w.finish()?;
            }
        }
        QueryResults::Boolean(b) => {
            let format = args
                .format
                .as_deref()
                .unwrap_or(if terminal { "table" } else { "csv" });
            if format == "table" {
                writeln!(out, "{b}")?;
            } else {
                QueryResultsSerializer::from_format(results_format(format)?)
                    .serialize_boolean_to_writer(&mut out, b)?;
            }
        }
        QueryResults::Graph(triples) => {
            let f = rdf_format(args.format.as_deref().unwrap_or("turtle"))?;
            let mut ser = RdfSerializer::from_format(f);
            for (p, ns) in alpkg::vocab::PREFIXES {
                ser = ser.with_prefix(*p, *ns)?;
            }
            let mut w = ser.for_writer(&mut out);
            for t in triples {
                let t = t.map_err(|e| query::evaluation_error(&e, timeout))?;
                w.serialize_triple(&t)?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(super::Outcome::Ok)
}

pub fn list(args: ListArgs) -> anyhow::Result<super::Outcome> {
    let mut out = std::io::stdout().lock();
    if let Some(n) = args.show {
        match query::find(&n) {
            Some(q) => write!(out, "{}", q.text)?,
            None => bail!("no named query `{n}`"),
        }
        return Ok(super::Outcome::Ok);
    }
    let width = query::named()
        .iter()
        .map(|q| q.name.len())
        .max()
        .unwrap_or(0);
    for q in query::named() {
        writeln!(
            out,
            "{:width$}  {}",
            q.name,
            q.header("description").or(q.header("title")).unwrap_or("")
        )?;
        if let Some(c) = q.header("columns") {
            writeln!(out, "{:width$}  columns: {c}", "")?;
        }
    }
    Ok(super::Outcome::Ok)
}

pub fn update(args: UpdateArgs, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let text = read_text(args.sparql.clone(), args.file.as_ref())?;
    let store = store_args.open()?;
    query::update(&store, &text)?;
    eprintln!("update applied; store: {} triples", store.len()?);
    Ok(super::Outcome::Ok)
}

/// A query to a remote endpoint: a format the endpoint writes is passed through as it
/// comes; the table is made from its JSON results.
fn remote(endpoint: &str, text: &str, args: &Args) -> anyhow::Result<super::Outcome> {
    use oxigraph::sparql::results::{QueryResultsParser, SliceQueryResultsParserOutput};
    let terminal = std::io::stdout().is_terminal();
    let format = args
        .format
        .as_deref()
        .unwrap_or(if terminal { "table" } else { "csv" });
    let accept = match format {
        "table" => "application/sparql-results+json, application/n-triples;q=0.5",
        "csv" => "text/csv, application/n-triples;q=0.5",
        "tsv" => "text/tab-separated-values, application/n-triples;q=0.5",
        "json" => "application/sparql-results+json, application/ld+json;q=0.5",
        "xml" => "application/sparql-results+xml, application/rdf+xml;q=0.5",
        f => rdf_format(f)?.media_type(),
    };
    let timeout = args.timeout.map(Duration::from_secs_f64);
    let answer = alpkg::remote::query(endpoint, text, accept, timeout)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == "table" && answer.content_type.contains("sparql-results+json") {
        match QueryResultsParser::from_format(QueryResultsFormat::Json)
            .for_slice(&answer.body)
            .with_context(|| format!("reading the results of {endpoint}"))?
        {
            SliceQueryResultsParserOutput::Solutions(solutions) => {
                let vars: Vec<String> = solutions
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_string())
                    .collect();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.with_context(|| format!("reading the results of {endpoint}"))?;
                    rows.push(
                        vars.iter()
                            .map(|v| s.get(v.as_str()).map(display_term).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                print_table(&mut out, &vars, &rows)?;
                out.flush()?;
                eprintln!("{} row(s) from {endpoint}", rows.len());
            }
            SliceQueryResultsParserOutput::Boolean(b) => writeln!(out, "{b}")?,
        }
    } else {
        out.write_all(&answer.body)?;
    }
    out.flush()?;
    Ok(super::Outcome::Ok)
}

fn results_format(name: &str) -> anyhow::Result<QueryResultsFormat> {
    Ok(match name {
        "csv" => QueryResultsFormat::Csv,
        "tsv" => QueryResultsFormat::Tsv,
        "json" => QueryResultsFormat::Json,
        "xml" => QueryResultsFormat::Xml,
        other => bail!(
            "unknown format `{other}` for SELECT/ASK results: use table, csv, tsv, json or xml"
        ),
    })
}

pub fn rdf_format(name: &str) -> anyhow::Result<RdfFormat> {
    Ok(match name {
        "turtle" | "ttl" => RdfFormat::Turtle,
        "ntriples" | "nt" => RdfFormat::NTriples,
        "nquads" | "nq" => RdfFormat::NQuads,
        "trig" => RdfFormat::TriG,
        "rdfxml" | "xml" => RdfFormat::RdfXml,
        "jsonld" | "json-ld" => RdfFormat::JsonLd {
            profile: Default::default(),
        },
        other => bail!(
            "unknown RDF format `{other}`: use turtle, ntriples, nquads, trig, rdfxml or jsonld"
        ),
    })
}

/// A term as people read it: literals by value, IRIs with a known prefix shortened.
fn display_term(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            for (p, ns) in alpkg::vocab::PREFIXES {
                if let Some(local) = n.as_str().strip_prefix(ns) {
                    return format!("{p}:{local}");
                }
            }
            n.as_str().to_string()
        }
        other => other.to_string(),
    }
}

pub(super) fn print_table(
    out: &mut impl Write,
    vars: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    const MAX: usize = 60;
    let cell = |s: &str| -> String {
        let s = s.replace(['\n', '\r', '\t'], " ");
        if s.chars().count() > MAX {
            format!("{}…", s.chars().take(MAX - 1).collect::<String>())
        } else {
            s
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..vars.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([vars[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}", w = *w))
            .collect();
        writeln!(out, "{}", parts.join(" │ ").trim_end())
    };
    line(out, vars)?;
    writeln!(
        out,
        "{}",
        widths
            .iter()
            .map(|w| "─".repeat(*w))
            .collect::<Vec<_>>()
            .join("─┼─")
    )?;
    for r in &rows {
        line(out, r)?;
    }
    Ok(())
}

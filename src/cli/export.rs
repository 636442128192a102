//! `alpkg export`: the dataset, or one plan, in a standard RDF format.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use alpkg::export::{self, Format};

use super::store::StoreArgs;

/// Export the store (or one plan) as RDF.
///
/// Output is deterministic (same store, same bytes): sorted, subjects grouped, only the
/// prefixes used. Turtle, N-Triples, RDF/XML and JSON-LD hold the union of the graphs;
/// N-Quads and TriG keep one named graph per plan. --public publishes no e-mail address:
/// personal predicates are dropped, addresses in text masked as `[e-mail removed]`, and
/// focal points keep only their keyed pseudonym node.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg export --public -o alp.ttl\n  alpkg export --format nquads -o alp.nq\n  alpkg export --plan urban_waste_behaviours --format jsonld"
)]
pub struct Args {
    /// turtle, ntriples, nquads, trig, rdfxml or jsonld.
    #[arg(long, default_value = "turtle", value_parser = ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"])]
    pub format: String,
    /// Only this plan: its id (the file name without .md) or its IRI.
    #[arg(long, value_name = "ID")]
    pub plan: Option<String>,
    /// Publish no personal data: no e-mail address in any triple (see ontology/README.md).
    #[arg(long)]
    pub public: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Ingest these plans first (handy with --in-memory).
    #[arg(long, value_name = "PATH")]
    pub load: Vec<PathBuf>,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let format = match args.format.as_str() {
        "turtle" => Format::Turtle,
        "ntriples" => Format::NTriples,
        "nquads" => Format::NQuads,
        "trig" => Format::TriG,
        "rdfxml" => Format::RdfXml,
        _ => Format::JsonLd,
    };
    let store = store_args.open_read(!args.load.is_empty())?;
    if !args.load.is_empty() {
        super::ingest::load(&store, &args.load, false, false, store_args.curation()?)?;
    }
    let options = export::Options {
        plan: args.plan.clone(),
        public: args.public,
    };
    let n = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut w = std::io::BufWriter::new(file);
            let n = export::write(&store, format, &options, &mut w)?;
            w.flush()?;
            n
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            let n = export::write(&store, format, &options, &mut w)?;
            w.flush()?;
            n
        }
    };
    eprintln!(
        "exported {n} statement(s){}",
        args.output
            .map(|p| format!(" to {}", p.display()))
            .unwrap_or_default()
    );
    Ok(super::Outcome::Ok)
}

//! Command-line interface: clap definitions and dispatch, one file per subcommand.
//!
//! The only code that prints or picks exit codes. Data goes to stdout, messages to
//! stderr. Exit codes: 0 success; 1 the command ran but found errors (a plan that does
//! not parse, a `check` error); 2 bad usage (unknown flag, missing argument).

mod check;
mod describe;
mod export;
mod ingest;
mod network;
mod parse;
mod partners;
mod push;
mod query;
mod serve;
mod site;
mod store;

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

const AFTER_HELP: &str = "\
Examples:
  alpkg check examples/plans                   lint every plan in a folder
  alpkg parse --json examples/plans/x.md       the model of one plan as JSON
  alpkg ingest examples/plans                  load plans into ./alpkg-store
  alpkg queries                                list the named analyst queries
  alpkg query --name plans-per-country         run one
  alpkg export --public -o alp.ttl             Turtle for a linked-data portal
  alpkg network summary                        the partner network at a glance
  alpkg partners show UNDP                     every mention of a partner, and why it joined
  alpkg serve                                  a SPARQL endpoint at http://127.0.0.1:7878/sparql
  alpkg describe > void.ttl                    VoID + DCAT-AP 3 description for catalogues
  alpkg site public/                           the pages as a static site
  alpkg push http://127.0.0.1:7878/store       the graphs to a server-grade SPARQL store

The store is ./alpkg-store unless --store DIR or ALPKG_STORE says otherwise.
Exit codes: 0 success, 1 errors (bad input, a failed plan or query), 2 bad usage.";

/// Turn UNDP Accelerator Labs action learning plans into a knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "alpkg", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    store: store::StoreArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Parse(parse::Args),
    Check(check::Args),
    Ingest(ingest::Args),
    Query(query::Args),
    Queries(query::ListArgs),
    Update(query::UpdateArgs),
    Export(export::Args),
    Network(network::Args),
    Partners(partners::Args),
    Serve(serve::Args),
    Describe(describe::Args),
    Site(site::Args),
    Push(push::Args),
}

/// Outcome of a subcommand, mapped to the exit code.
pub enum Outcome {
    Ok,
    /// The command ran, but some input had errors.
    Failed,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(a) => parse::run(a),
        Command::Check(a) => check::run(a),
        Command::Ingest(a) => ingest::run(a, &cli.store),
        Command::Query(a) => query::run(a, &cli.store),
        Command::Queries(a) => query::list(a),
        Command::Update(a) => query::update(a, &cli.store),
        Command::Export(a) => export::run(a, &cli.store),
        Command::Network(a) => network::run(a, &cli.store),
        Command::Partners(a) => partners::run(a, &cli.store),
        Command::Serve(a) => serve::run(a, &cli.store),
        Command::Describe(a) => describe::run(a, &cli.store),
        Command::Site(a) => site::run(a, &cli.store),
        Command::Push(a) => push::run(a, &cli.store),
    };
    match result {
        Ok(Outcome::Ok) => ExitCode::SUCCESS,
        Ok(Outcome::Failed) => ExitCode::from(1),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(std::io::stderr(), "alpkg: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// A progress bar on stderr when it is a terminal and there is enough work to show.
pub fn progress(len: usize, what: &str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if len < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} {elapsed}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    bar.set_message(what.to_string());
    bar
}

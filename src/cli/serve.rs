//! `alpkg serve`: the public view of the store over HTTP (SPARQL 1.1 Protocol at `/sparql`).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;

use super::store::StoreArgs;
use super::Outcome;

/// Serve the store read-only over HTTP: a SPARQL 1.1 endpoint at /sparql.
///
/// What is served is the public view (`alpkg export --public`: no e-mail address, focal
/// points as keyed pseudonyms), copied into memory at start. The store stays open
/// read-only, so `alpkg query`, `export` and other servers can read it at the same time, and
/// `ingest` waits until the server stops. Stop it with Ctrl-C.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  alpkg serve                                       http://127.0.0.1:7878/sparql
  alpkg serve --bind 0.0.0.0:8080 --cors            for other sites' pages (behind a proxy)
  alpkg --in-memory serve --load examples/plans     a throwaway server over some plans
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3' http://127.0.0.1:7878/sparql")]
pub struct Args {
    /// Address and port to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    bind: SocketAddr,
    /// Longest a query may run, in seconds; a request's `timeout` parameter may lower it.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    timeout: f64,
    /// Most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one answer; more are cut,
    /// with an `alpkg-result-cap` header.
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    max_rows: usize,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
    max_body: usize,
    /// Allow pages of any other site to query (Access-Control-Allow-Origin: *).
    #[arg(long)]
    cors: bool,
    /// The address users reach the server at, when not the bound one (behind a proxy):
    /// used in the service and dataset descriptions.
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    #[command(flatten)]
    publisher: super::describe::PublisherArgs,
    /// Plans to load first (with --in-memory: a throwaway server).
    #[arg(long, value_name = "PATH")]
    load: Vec<PathBuf>,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<Outcome> {
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        anyhow::bail!("--timeout must be a positive number of seconds");
    }
    let store = store_args.open_read(!args.load.is_empty())?;
    if !args.load.is_empty() {
        super::ingest::load(&store, &args.load, false, false, store_args.curation()?)?;
    }
    let config = alpkg::serve::Config {
        bind: args.bind,
        timeout: Duration::from_secs_f64(args.timeout),
        max_rows: args.max_rows,
        max_body: args.max_body,
        cors: args.cors,
        publisher: args.publisher.publisher(),
        public_url: args.public_url.clone(),
    };
    let server = alpkg::serve::Server::new(store, config).context("starting the server")?;
    let addr = server.local_addr()?;
    eprintln!(
        "alpkg: serving {} triples (the public view) at http://{addr}/sparql; Ctrl-C stops",
        server.served_len()?
    );
    server.run()?;
    eprintln!("alpkg: server stopped");
    Ok(Outcome::Ok)
}

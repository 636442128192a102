//! `alpkg push URL`: the public view of the store to a server-grade SPARQL store over the
//! Graph Store Protocol, incrementally.

use std::io::Write;
use std::time::Duration;

use anyhow::{bail, Context};

use alpkg::remote::push::{self, Options, RECORD_FILE};
use alpkg::remote::{Auth, Client, Settings};

use super::store::StoreArgs;
use super::Outcome;

/// Push the public view of the store to a SPARQL 1.1 Graph Store Protocol endpoint.
///
/// One PUT per graph (each plan graph, the vocabulary graph and the standard-term graph
/// beside each) in N-Triples. Incremental: the digest of each graph pushed is kept in
/// alpkg-push.json in the store directory, per URL, so the next push sends only the graphs
/// that changed and deletes the graphs of plans no longer in the store. Only the public
/// view is pushed (no e-mail address leaves). Transient failures (refused connection, 429,
/// 5xx) are tried again with backoff. Prints a summary on stderr (--json: on stdout).
///
/// Graph Store URLs: Oxigraph server http://HOST:7878/store; Fuseki
/// http://HOST:3030/DATASET/data; Virtuoso http://HOST:8890/sparql-graph-crud-auth (with
/// --user dba --auth digest); QLever (if it serves the Graph Store Protocol)
/// http://HOST:PORT/ with --token.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  alpkg push http://127.0.0.1:7878/store                       Oxigraph server (oxigraph serve)
  alpkg push http://127.0.0.1:3030/alp/data --user admin       Fuseki (password from ALPKG_PUSH_PASSWORD)
  alpkg push http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --auth digest
                                                                Virtuoso 7
  alpkg push https://qlever.example.org/ --token $QLEVER_TOKEN QLever (access token)
  alpkg push --dry-run http://127.0.0.1:7878/store             what would be sent, send nothing

Exit codes: 0 every graph pushed; 1 a graph could not be pushed (the next push sends it again).")]
pub struct Args {
    /// The Graph Store Protocol endpoint (the graph goes in ?graph=IRI).
    #[arg(value_name = "URL", env = "ALPKG_PUSH_URL")]
    url: String,
    /// User name for HTTP authentication; USER:PASSWORD, or the password from
    /// $ALPKG_PUSH_PASSWORD (keeps it out of the shell history).
    #[arg(long, value_name = "USER[:PASSWORD]")]
    user: Option<String>,
    /// The HTTP authentication scheme with --user: basic (sent with every request), digest
    /// (Virtuoso), or auto (whichever the server's challenge asks for).
    #[arg(long, value_name = "SCHEME", default_value = "auto", value_parser = ["auto", "basic", "digest"])]
    auth: String,
    /// A bearer token (QLever's access token, API gateways).
    #[arg(
        long,
        value_name = "TOKEN",
        env = "ALPKG_PUSH_TOKEN",
        conflicts_with = "user",
        hide_env_values = true
    )]
    token: Option<String>,
    /// Decide and report what would be sent; send nothing, record nothing.
    #[arg(long)]
    dry_run: bool,
    /// Send every graph whatever was pushed before (after the server was wiped).
    #[arg(long)]
    full: bool,
    /// Requests in flight at once.
    #[arg(long, short, value_name = "N", default_value_t = 4)]
    jobs: usize,
    /// How many times a request is tried again after a transient failure.
    #[arg(long, value_name = "N", default_value_t = 4)]
    retries: u32,
    /// Time limit of one request, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
    timeout: f64,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<Outcome> {
    let auth = match (&args.user, &args.token) {
        (Some(user), _) => {
            let (user, password) = match user.split_once(':') {
                Some((u, p)) => (u.to_string(), p.to_string()),
                None => match std::env::var("ALPKG_PUSH_PASSWORD") {
                    Ok(p) => (user.clone(), p),
                    Err(_) => bail!(
                        "--user {user} has no password: give --user {user}:PASSWORD or set ALPKG_PUSH_PASSWORD"
                    ),
                },
            };
            match args.auth.as_str() {
                "basic" => Auth::Basic { user, password },
                "digest" => Auth::Digest { user, password },
                _ => Auth::Challenge { user, password },
            }
        }
        (None, Some(token)) => Auth::Bearer(token.clone()),
        (None, None) => Auth::None,
    };
    if !(args.url.starts_with("http://") || args.url.starts_with("https://")) {
        bail!(
            "{} is not an http(s) URL: give the server's Graph Store endpoint, e.g. http://127.0.0.1:7878/store",
            args.url
        );
    }
    if !args.timeout.is_finite() || args.timeout <= 0.0 {
        bail!("--timeout must be a positive number of seconds");
    }
    let store = store_args.open_read(false)?;
    let record = (!store_args.in_memory).then(|| store_args.dir().join(RECORD_FILE));
    let client = Client::new(Settings {
        auth,
        timeout: Some(Duration::from_secs_f64(args.timeout)),
        retries: args.retries,
        ..Settings::default()
    });
    let total = store.plans()?.len() + 1;
    let bar = super::progress(total, if args.dry_run { "checking" } else { "pushing" });
    let progress = |done: usize, _total: usize| bar.set_position(done as u64);
    let options = Options {
        dry_run: args.dry_run,
        full: args.full,
        jobs: args.jobs,
    };
    let result = push::push(
        &store,
        &client,
        &args.url,
        record.as_deref(),
        &options,
        &progress,
    );
    bar.finish_and_clear();
    let summary = result.with_context(|| format!("pushing to {}", args.url))?;
    if args.json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &summary)?;
        writeln!(out)?;
    }
    let verb = if summary.dry_run {
        "would send"
    } else {
        "sent"
    };
    eprintln!(
        "{verb} {} graph(s) ({} triples, {} KB), {} unchanged, {} deleted; {} graph(s) and {} triples published at {}{}",
        summary.put,
        summary.triples_sent,
        summary.bytes_sent / 1024,
        summary.unchanged,
        summary.deleted,
        summary.graphs,
        summary.triples,
        args.url,
        if summary.retried > 0 {
            format!(" ({} request(s) tried again)", summary.retried)
        } else {
            String::new()
        }
    );
    Ok(Outcome::Ok)
}

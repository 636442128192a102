//! SPARQL over the store: queries and updates with the union of all graphs as the
//! default graph, a timeout, and the named analyst queries shipped in `queries/`.
//!
//! It returns Oxigraph's results; formatting them (tables, CSV, RDF) is the CLI's job.
//! It never reads markdown.

use std::time::Duration;

use oxigraph::model::Term;
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};

use crate::store::Store;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/named_queries.rs"));
}

/// A named analyst query from `queries/`.
#[derive(Debug, Clone, Copy)]
pub struct NamedQuery {
    pub name: &'static str,
    pub text: &'static str,
}

impl NamedQuery {
    /// The `# key: value` header line of the query.
    pub fn header(&self, key: &str) -> Option<&'static str> {
        self.text
            .lines()
            .take_while(|l| l.starts_with('#'))
            .filter_map(|l| l.trim_start_matches('#').trim().split_once(':'))
            .find(|(k, _)| k.trim() == key)
            .map(|(_, v)| v.trim())
    }
}

/// Every named query, sorted by name.
pub fn named() -> Vec<NamedQuery> {
    embedded::NAMED
        .iter()
        .map(|(name, text)| NamedQuery { name, text })
        .collect()
}

/// A named query by name.
pub fn find(name: &str) -> Option<NamedQuery> {
    named().into_iter().find(|q| q.name == name)
}

/// Why a query failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    #[error("the query was stopped after {0:?} (--timeout)")]
    Timeout(Duration),
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
}

/// Results of a running query: keep it alive while reading the results, so that the
/// timeout keeps running (evaluation is lazy and happens as results are read).
pub struct Running<'a> {
    pub results: QueryResults<'a>,
    _timer: Option<Timer>,
}

/// Runs a query; the default graph is the union of all graphs.
pub fn query<'a>(
    store: &'a Store,
    sparql: &str,
    timeout: Option<Duration>,
) -> Result<Running<'a>, QueryError> {
    let token = CancellationToken::new();
    let mut prepared = SparqlEvaluator::new()
        .with_cancellation_token(token.clone())
        .parse_query(sparql)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    prepared.dataset_mut().set_default_graph_as_union();
    let timer = timeout.map(|t| Timer::start(t, token));
    let results = prepared
        .on_store(store.oxigraph())
        .execute()
        .map_err(|e| classify(&e.to_string(), timeout))?;
    Ok(Running {
        results,
        _timer: timer,
    })
}

/// The rows of a SELECT, every variable in order as a term (`None` when unbound); an ASK or
/// a graph query gives no rows.
pub fn select(store: &Store, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, QueryError> {
    let running = query(store, sparql, None)?;
    let mut out = Vec::new();
    if let QueryResults::Solutions(sol) = running.results {
        let vars: Vec<String> = sol
            .variables()
            .iter()
            .map(|v| v.as_str().to_string())
            .collect();
        for s in sol {
            let s = s.map_err(|e| evaluation_error(&e, None))?;
            out.push(vars.iter().map(|v| s.get(v.as_str()).cloned()).collect());
        }
    }
    Ok(out)
}

/// Turns an evaluation error met while reading results into a [`QueryError`].
pub fn evaluation_error(e: &dyn std::fmt::Display, timeout: Option<Duration>) -> QueryError {
    classify(&e.to_string(), timeout)
}

/// Runs a SPARQL Update.
pub fn update(store: &Store, sparql: &str) -> Result<(), QueryError> {
    let prepared = SparqlEvaluator::new()
        .parse_update(sparql)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    prepared
        .on_store(store.oxigraph())
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))
}

fn classify(msg: &str, timeout: Option<Duration>) -> QueryError {
    match timeout {
        Some(t) if msg.to_lowercase().contains("cancel") => QueryError::Timeout(t),
        _ => QueryError::Evaluation(msg.to_string()),
    }
}

/// Cancels the token after a delay, unless dropped first.
struct Timer {
    done: std::sync::mpsc::Sender<()>,
}

impl Timer {
    fn start(after: Duration, token: CancellationToken) -> Self {
        let (done, rx) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(after) {
                token.cancel();
            }
        });
        Timer { done }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        let _ = self.done.send(());
    }
}

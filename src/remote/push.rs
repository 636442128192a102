//! `alpkg push URL`: the public view of the store to a SPARQL 1.1 Graph Store Protocol
//! endpoint (Oxigraph server, Fuseki, Virtuoso, QLever), one `PUT ?graph=IRI` in N-Triples per
//! graph, incrementally.
//!
//! Each graph (every plan graph, the vocabulary graph, and the standard-term graph beside
//! each, see [`crate::export::Unit`]) is serialised as sorted N-Triples and hashed
//! (SHA-256). A [`Record`] kept with the store remembers, per target URL, the digest of each
//! graph last pushed there: a graph whose digest did not change is not sent, and a graph
//! pushed before that the store no longer holds (a plan pruned locally) is deleted
//! (`DELETE ?graph=IRI`). Only the public view is pushed: no personal data leaves.
//!
//! What it does not do: read markdown, write the store, or check the server's copy (the
//! record says what was sent; after the server was wiped, push with `full`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use oxigraph::model::{GraphName, Quad};
use sha2::Digest;

use super::{Client, RemoteError};
use crate::export::{self, ExportError};
use crate::store::Store;

/// The file, inside the store directory, that records what was pushed where.
pub const RECORD_FILE: &str = "alpkg-push.json";

/// Why a push failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Remote(#[from] RemoteError),
    #[error("cannot read the push record {path}: {reason} (delete it to push everything again)")]
    Record { path: PathBuf, reason: String },
    #[error("{failed} of {total} graph(s) could not be pushed; the first: {first}")]
    Partial {
        failed: usize,
        total: usize,
        first: Box<RemoteError>,
    },
}

/// What to push.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Decide and report, send nothing, record nothing.
    pub dry_run: bool,
    /// Send every graph, whatever the record says (after the server was wiped).
    pub full: bool,
    /// Requests in flight at once.
    pub jobs: usize,
}

/// What happens to one graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Sent (PUT): new or changed since the last push.
    Put,
    /// Removed (DELETE): pushed before, no longer in the store.
    Delete,
    /// Not sent: unchanged since the last push.
    Unchanged,
}

/// The outcome of a push.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Summary {
    /// Graphs the store publishes.
    pub graphs: usize,
    pub put: usize,
    pub deleted: usize,
    pub unchanged: usize,
    /// Triples in the graphs sent.
    pub triples_sent: usize,
    pub bytes_sent: usize,
    /// Requests tried again after a transient failure.
    pub retried: usize,
    /// Triples in every graph published (sent or not): what the server holds afterwards.
    pub triples: usize,
    pub dry_run: bool,
}

/// Digest of each graph last pushed to each target URL: `{"version": 1, "targets": {URL:
/// {graph IRI: sha256}}}`.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Record {
    pub version: u32,
    pub targets: BTreeMap<String, BTreeMap<String, String>>,
}

impl Record {
    /// The record at `path`, or an empty one when there is none.
    pub fn load(path: &Path) -> Result<Record, PushError> {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| PushError::Record {
                path: path.to_path_buf(),
                reason: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record {
                version: 1,
                ..Record::default()
            }),
            Err(e) => Err(PushError::Record {
                path: path.to_path_buf(),
                reason: e.to_string(),
            }),
        }
    }

    /// Writes the record atomically (a temporary file renamed over it).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let tmp = path.with_extension("json.tmp");
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)
    }
}

/// The graph-store URL of one graph: `URL?graph=IRI` (`&graph=` when the URL has a query),
/// `URL?default` for the default graph.
pub fn graph_url(endpoint: &str, graph: &GraphName) -> String {
    let sep = if endpoint.contains('?') { '&' } else { '?' };
    match graph {
        GraphName::NamedNode(n) => format!(
            "{endpoint}{sep}{}",
            serde_urlencoded::to_string([("graph", n.as_str())]).expect("strings encode")
        ),
        _ => format!("{endpoint}{sep}default"),
    }
}

/// The N-Triples body of quads (their graph dropped): one line per triple, sorted, no
/// duplicates, so that the same graph always gives the same bytes and the same digest.
pub fn body(quads: &[Quad]) -> (Vec<u8>, usize) {
    let mut lines: Vec<String> = quads
        .iter()
        .map(|q| format!("{} {} {} .\n", q.subject, q.predicate, q.object))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    let n = lines.len();
    (lines.concat().into_bytes(), n)
}

fn sha256_hex(bytes: &[u8]) -> String {
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The record's key for a target: its URL without credentials or a trailing slash.
pub fn target_key(endpoint: &str) -> String {
    let url = endpoint.trim_end_matches('/');
    match url.split_once("://") {
        Some((scheme, rest)) => match rest.split_once('@') {
            Some((creds, host)) if !creds.contains('/') => format!("{scheme}://{host}"),
            _ => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// Pushes the public view of `store` to the Graph Store endpoint `endpoint` with
/// `client`; `record` is where the digests of what was pushed are kept (None: nothing is
/// remembered, every graph is sent). `progress(done, total)` is called as graphs are done.
pub fn push(
    store: &Store,
    client: &Client,
    endpoint: &str,
    record: Option<&Path>,
    options: &Options,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Summary, PushError> {
    use rayon::prelude::*;
    let mut kept = match record {
        Some(path) => Record::load(path)?,
        None => Record::default(),
    };
    kept.version = 1;
    let key = target_key(endpoint);
    // What was pushed there last; `full` sends everything but still deletes what is gone.
    let recorded: BTreeMap<String, String> = kept.targets.get(&key).cloned().unwrap_or_default();
    let before: BTreeMap<String, String> = if options.full {
        BTreeMap::new()
    } else {
        recorded.clone()
    };
    let graphs = export::public_graphs(store)?;
    let total = graphs.len();
    let now: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());
    let summary = Mutex::new(Summary {
        dry_run: options.dry_run,
        ..Summary::default()
    });
    let failures: Mutex<Vec<RemoteError>> = Mutex::new(Vec::new());
    let done = AtomicUsize::new(0);
    let put = |graph: &GraphName, quads: &[Quad]| -> Result<(), PushError> {
        let name = graph.to_string();
        let (bytes, triples) = body(quads);
        let digest = sha256_hex(&bytes);
        let unchanged = before.get(&name) == Some(&digest);
        {
            let mut s = summary.lock().expect("not poisoned");
            s.graphs += 1;
            s.triples += triples;
            if unchanged {
                s.unchanged += 1;
            } else {
                s.put += 1;
                s.triples_sent += triples;
                s.bytes_sent += bytes.len();
            }
        }
        if !unchanged && !options.dry_run {
            let url = graph_url(endpoint, graph);
            let resp = client.send(
                "PUT",
                &url,
                &[("Content-Type", "application/n-triples")],
                &bytes,
            );
            match resp {
                Ok(r) if (200..300).contains(&r.status) => {}
                Ok(r) => {
                    failures
                        .lock()
                        .expect("not poisoned")
                        .push(RemoteError::status(&url, &r));
                    return Ok(());
                }
                Err(e) => {
                    failures.lock().expect("not poisoned").push(e);
                    return Ok(());
                }
            }
        }
        now.lock().expect("not poisoned").insert(name, digest);
        Ok(())
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .expect("a thread pool");
    pool.install(|| {
        graphs
            .par_iter()
            .try_for_each(|g| -> Result<(), PushError> {
                let unit = export::public_unit(store, g)?;
                put(&unit.graph, &unit.quads)?;
                if !unit.standard.is_empty() {
                    put(
                        &GraphName::NamedNode(export::standard_terms_graph(g, store.iris().base())),
                        &unit.standard,
                    )?;
                }
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                Ok(())
            })
    })?;
    let mut now = now.into_inner().expect("not poisoned");
    let mut summary = summary.into_inner().expect("not poisoned");
    // Graphs pushed before that the store no longer publishes.
    let base = store.iris().base();
    let published: std::collections::HashSet<String> = graphs
        .iter()
        .flat_map(|g| {
            [
                g.to_string(),
                export::standard_terms_graph(g, base).to_string(),
            ]
        })
        .collect();
    let gone: Vec<&String> = recorded
        .keys()
        .filter(|g| !published.contains(*g))
        .collect();
    for g in gone {
        summary.deleted += 1;
        if options.dry_run {
            continue;
        }
        let graph = graph_name(g);
        let url = graph_url(endpoint, &graph);
        match client.send("DELETE", &url, &[], &[]) {
            // 404: already gone from the server.
            Ok(r) if (200..300).contains(&r.status) || r.status == 404 => {}
            Ok(r) => {
                failures
                    .lock()
                    .expect("not poisoned")
                    .push(RemoteError::status(&url, &r));
                now.insert(g.clone(), recorded[g].clone());
            }
            Err(e) => {
                failures.lock().expect("not poisoned").push(e);
                now.insert(g.clone(), recorded[g].clone());
            }
        }
    }
    summary.retried = client.retried();
    let failures = failures.into_inner().expect("not poisoned");
    if !options.dry_run {
        if let Some(path) = record {
            // Graphs that failed keep their old digest (or none), so the next push sends
            // them again.
            for (g, d) in &recorded {
                if failures.is_empty() || now.contains_key(g) {
                    continue;
                }
                now.insert(g.clone(), d.clone());
            }
            kept.targets.insert(key, now);
            kept.save(path).map_err(|e| PushError::Record {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        }
    }
    let n_failed = failures.len();
    if let Some(first) = failures.into_iter().next() {
        return Err(PushError::Partial {
            failed: n_failed,
            total: summary.put + summary.deleted,
            first: Box::new(first),
        });
    }
    Ok(summary)
}

/// A graph name back from its record key (`<IRI>`, or `DEFAULT`).
fn graph_name(key: &str) -> GraphName {
    match key.strip_prefix('<').and_then(|k| k.strip_suffix('>')) {
        Some(iri) => GraphName::NamedNode(oxigraph::model::NamedNode::new_unchecked(iri)),
        None => GraphName::DefaultGraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    #[test]
    fn graph_urls_follow_the_protocol() {
        let g = GraphName::NamedNode(NamedNode::new_unchecked(
            "https://w3id.org/alpkg/id/graph/x y",
        ));
        assert_eq!(
            graph_url("http://h:7878/store", &g),
            "http://h:7878/store?graph=https%3A%2F%2Fw3id.org%2Falpkg%2Fid%2Fgraph%2Fx+y"
        );
        assert!(graph_url("http://h/sparql-graph-crud-auth?x=1", &g).contains("?x=1&graph="));
        assert_eq!(
            graph_url("http://h/store", &GraphName::DefaultGraph),
            "http://h/store?default"
        );
    }

    #[test]
    fn the_body_is_the_same_whatever_the_order() {
        let q = |o: &str| {
            Quad::new(
                NamedNode::new_unchecked("http://a/s"),
                NamedNode::new_unchecked("http://a/p"),
                Literal::new_simple_literal(o),
                GraphName::DefaultGraph,
            )
        };
        let (a, n) = body(&[q("b"), q("a"), q("b")]);
        let (b, _) = body(&[q("a"), q("b")]);
        assert_eq!(a, b);
        assert_eq!(n, 2);
        assert_eq!(String::from_utf8(a).unwrap().lines().count(), 2);
    }

    #[test]
    fn the_record_key_has_no_credentials() {
        assert_eq!(
            target_key("http://dba:dba@h:8890/crud/"),
            "http://h:8890/crud"
        );
        assert_eq!(target_key("http://h/store"), "http://h/store");
    }
}

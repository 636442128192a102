//! `alpkg push URL` against real servers started on loopback: the Oxigraph server and
//! Virtuoso 7 (HTTP Digest), and nginx in front of the Oxigraph server for HTTP Basic and a
//! bearer token. The example plans are pushed; each server then holds exactly the public
//! export (same quads, graph by graph); a second push sends nothing; a changed plan sends
//! one graph; a pruned plan is deleted there; a named query asked of the server gives the
//! same rows as the local store.

mod common;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use common::servers;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad, Triple};

/// One answer cell of a SELECT with one row, asked with curl.
fn select_one(sparql: &str, query: &str) -> String {
    let out = std::process::Command::new("curl")
        .args(["-s", "-f", "-H", "Accept: text/csv", "--data-urlencode"])
        .arg(format!("query={query}"))
        .arg(sparql)
        .output()
        .unwrap();
    assert!(out.status.success(), "{sparql}: {query}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .nth(1)
        .unwrap_or_default()
        .trim()
        .trim_matches('"')
        .to_string()
}

/// The triples of one graph on the server.
fn server_graph(sparql: &str, graph: &str) -> std::collections::HashSet<Triple> {
    let out = std::process::Command::new("curl")
        .args([
            "-s",
            "-f",
            "-H",
            "Accept: application/n-triples",
            "--data-urlencode",
        ])
        .arg(format!(
            "query=CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        ))
        .arg(sparql)
        .output()
        .unwrap();
    assert!(out.status.success());
    RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(&out.stdout)
        .map(|q| Triple::from(q.unwrap()))
        .collect()
}

/// The public export of the local store, graph by graph.
fn local_graphs(db: &Path) -> BTreeMap<String, std::collections::HashSet<Triple>> {
    let out = common::alpkg_with_store(db)
        .args(["export", "--public", "--format", "nquads"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut graphs: BTreeMap<String, std::collections::HashSet<Triple>> = BTreeMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(&out.stdout) {
        let q: Quad = q.unwrap();
        let GraphName::NamedNode(g) = &q.graph_name else {
            panic!("a public export quad in the default graph")
        };
        graphs
            .entry(g.as_str().to_string())
            .or_default()
            .insert(Triple::from(q));
    }
    graphs
}

fn push(db: &Path, url: &str, auth: &[&str]) -> serde_json::Value {
    let out = common::alpkg_with_store(db)
        .args(["push", "--json", url])
        .args(auth)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "push to {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const ALPKG_GRAPHS: &str = "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/alpkg/\"))";

/// A triple as text; with `lossy`, numbers in doubles and WKT points to 6 significant digits
/// and the WKT datatype named alike: Virtuoso 7.2 stores `geo:wktLiteral` as its own
/// `virtrdf:Geometry` (coordinates cut to 14 digits) and writes an `xsd:double` with 6
/// significant digits in N-Triples (`41.756` for `41.75603586936673`).
fn key(t: &Triple, lossy: bool) -> String {
    use oxigraph::model::Term;
    let Term::Literal(l) = &t.object else {
        return t.to_string();
    };
    let dt = l.datatype().as_str();
    let geometry = dt == "http://www.opengis.net/ont/geosparql#wktLiteral"
        || dt == "http://www.openlinksw.com/schemas/virtrdf#Geometry";
    if !lossy || !(geometry || dt == "http://www.w3.org/2001/XMLSchema#double") {
        return t.to_string();
    }
    // The numbers, each to 6 significant digits in scientific notation.
    let numbers: Vec<String> = l
        .value()
        .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e' || c == 'E'))
        .filter_map(|n| n.parse::<f64>().ok())
        .map(|n| format!("{n:.5e}"))
        .collect();
    format!(
        "{} {} {}^^{}",
        t.subject,
        t.predicate,
        numbers.join(" "),
        if geometry { "wkt" } else { dt }
    )
}

/// The server holds exactly the local public export: the same graphs, each with the same
/// triples (`lossy`: numbers compared to 4 decimals, see [`key`]).
fn assert_same_as_local(server: &servers::Server, db: &Path, lossy: bool) {
    let local = local_graphs(db);
    let quads: usize = local.values().map(std::collections::HashSet::len).sum();
    let n = select_one(
        &server.sparql,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {ALPKG_GRAPHS} }}"),
    );
    assert_eq!(n, quads.to_string(), "quads on {}", server.sparql);
    let g = select_one(
        &server.sparql,
        &format!(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {ALPKG_GRAPHS} }}"
        ),
    );
    assert_eq!(g, local.len().to_string(), "graphs on {}", server.sparql);
    for (graph, triples) in &local {
        let there: HashSet<String> = server_graph(&server.sparql, graph)
            .iter()
            .map(|t| key(t, lossy))
            .collect();
        let triples: HashSet<String> = triples.iter().map(|t| key(t, lossy)).collect();
        let triples = &triples;
        let missing: Vec<String> = triples.difference(&there).take(3).cloned().collect();
        let extra: Vec<String> = there.difference(triples).take(3).cloned().collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{graph} on {}: {} missing, e.g. {missing:?}; {} extra, e.g. {extra:?}",
            server.sparql,
            triples.difference(&there).count(),
            there.difference(triples).count(),
        );
    }
}

/// The whole life of a pushed store, on one server.
fn scenario(server: &servers::Server, auth: &[&str], tmp: &Path, lossy: bool) {
    let plans = tmp.join("plans");
    std::fs::create_dir_all(&plans).unwrap();
    for f in common::md_files(&common::examples()) {
        std::fs::copy(&f, plans.join(f.file_name().unwrap())).unwrap();
    }
    let db = tmp.join("store");
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(&plans)
        .assert()
        .success();

    // First push: every graph is sent.
    let first = push(&db, &server.store, auth);
    let graphs = first["graphs"].as_u64().unwrap();
    assert!(graphs > 13, "{first}");
    assert_eq!(first["put"], graphs);
    assert_same_as_local(server, &db, lossy);
    // Nothing leaked: no e-mail address on the server.
    let mails = select_one(
        &server.sparql,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o FILTER(CONTAINS(STR(?o), \"@gmail.com\")) }} {ALPKG_GRAPHS} }}"),
    );
    assert_eq!(mails, "0");

    // Again: nothing changed, nothing sent.
    let again = push(&db, &server.store, auth);
    assert_eq!(again["put"], 0, "{again}");
    assert_eq!(again["unchanged"], graphs);
    assert_eq!(again["bytes_sent"], 0);

    // One plan's answer changes: that plan's graph only.
    let changed = plans
        .join("1_______exploratory_discussions_and_subsequent_field_survey_covering_more_t_.md");
    let text = std::fs::read_to_string(&changed).unwrap();
    let edited = text.replace(
        "In the process of publishing, not yet available",
        "In the process of publishing, online next month",
    );
    assert_ne!(text, edited);
    std::fs::write(&changed, edited).unwrap();
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(&plans)
        .assert()
        .success();
    let one = push(&db, &server.store, auth);
    assert_eq!(one["put"], 1, "{one}");
    assert_eq!(one["deleted"], 0);
    let answer = select_one(
        &server.sparql,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p \"In the process of publishing, online next month\" } }",
    );
    assert_eq!(answer, "1");

    // One plan is pruned: its graph and its standard-term graph are deleted there.
    let pruned = plans.join("innovative_financing_for_development.md");
    std::fs::remove_file(&pruned).unwrap();
    common::alpkg_with_store(&db)
        .args(["ingest", "--prune"])
        .arg(&plans)
        .assert()
        .success();
    let gone = push(&db, &server.store, auth);
    assert_eq!(gone["deleted"], 2, "{gone}");
    assert!(
        gone["put"].as_u64().unwrap() >= 1,
        "the vocabulary changed: {gone}"
    );
    let left = select_one(
        &server.sparql,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/alpkg/id/graph/innovative_financing_for_development> { ?s ?p ?o } }",
    );
    assert_eq!(left, "0");
    assert_same_as_local(server, &db, lossy);

    // A named query asked of the server gives the rows of the local store.
    for name in [
        "plans-per-country",
        "top-methods",
        "partner-types-by-region",
    ] {
        let local = common::alpkg_with_store(&db)
            .args(["query", "--name", name, "--format", "table"])
            .output()
            .unwrap();
        let remote = common::alpkg_with_store(&db)
            .args([
                "query",
                "--name",
                name,
                "--format",
                "table",
                "--endpoint",
                &server.sparql,
            ])
            .output()
            .unwrap();
        assert!(
            remote.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&remote.stderr)
        );
        let lines = |b: &[u8]| {
            let mut v: Vec<String> = String::from_utf8_lossy(b)
                .lines()
                .map(str::to_string)
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            lines(&local.stdout),
            lines(&remote.stdout),
            "{name} on {}",
            server.sparql
        );
    }
}

#[test]
fn push_to_the_oxigraph_server() {
    let tmp = tempfile::tempdir().unwrap();
    let server = servers::oxigraph(tmp.path());
    scenario(&server, &[], tmp.path(), false);
}

#[test]
fn push_to_virtuoso_with_digest_auth() {
    let tmp = tempfile::tempdir().unwrap();
    let server = servers::virtuoso(tmp.path());
    // Wrong credentials: a clear error that names the server, exit 1, nothing recorded.
    let db = common::store_of_examples(tmp.path());
    common::alpkg_with_store(&db)
        .args([
            "push",
            &server.store,
            "--user",
            "dba:wrong",
            "--auth",
            "digest",
            "--retries",
            "0",
        ])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("401"))
        .stderr(predicates::str::contains(server.store.as_str()));
    assert!(
        !db.join("alpkg-push.json").exists() || {
            let r: serde_json::Value =
                serde_json::from_slice(&std::fs::read(db.join("alpkg-push.json")).unwrap())
                    .unwrap();
            r["targets"][server.store.as_str()]
                .as_object()
                .is_none_or(|m| m.is_empty())
        }
    );
    let fresh = tmp.path().join("scenario");
    std::fs::create_dir_all(&fresh).unwrap();
    scenario(
        &server,
        &["--user", "dba:dba", "--auth", "digest"],
        &fresh,
        true,
    );
}

#[test]
fn push_through_basic_and_bearer_auth() {
    let tmp = tempfile::tempdir().unwrap();
    let server = servers::oxigraph(tmp.path());
    let upstream = server
        .store
        .trim_start_matches("http://")
        .trim_end_matches("/store")
        .to_string();
    let (_nginx, basic, bearer) = servers::nginx_auth(tmp.path(), &upstream);
    let db = common::store_of_examples(tmp.path());
    // No credentials: refused (401), exit 1.
    common::alpkg_with_store(&db)
        .args(["push", &format!("{basic}/store"), "--retries", "0"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("401"));
    // HTTP Basic, the password from the environment.
    let out = common::alpkg_with_store(&db)
        .args([
            "push",
            "--json",
            &format!("{basic}/store"),
            "--user",
            "alice",
            "--auth",
            "basic",
        ])
        .env("ALPKG_PUSH_PASSWORD", "wonder land")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["put"], summary["graphs"]);
    assert_same_as_local(&server, &db, false);
    // A bearer token, through the other door: a new target, so everything is sent again.
    common::alpkg_with_store(&db)
        .args([
            "push",
            &format!("{bearer}/store"),
            "--token",
            "wrong",
            "--retries",
            "0",
        ])
        .assert()
        .code(1);
    let out = common::alpkg_with_store(&db)
        .args(["push", "--json", &format!("{bearer}/store")])
        .env("ALPKG_PUSH_TOKEN", "s3cret-token")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["put"], summary["graphs"]);
    assert_same_as_local(&server, &db, false);
}

#[test]
fn dry_run_sends_nothing_and_a_dead_server_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let db = common::store_of_examples(tmp.path());
    let port = servers::free_port();
    let url = format!("http://127.0.0.1:{port}/store");
    // --dry-run never connects: it works with no server there.
    let out = common::alpkg_with_store(&db)
        .args(["push", "--dry-run", "--json", &url])
        .output()
        .unwrap();
    assert!(out.status.success());
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["put"], summary["graphs"]);
    assert_eq!(summary["dry_run"], true);
    assert!(!db.join("alpkg-push.json").exists());
    // Nobody listens: tried again with backoff, then a clear error.
    common::alpkg_with_store(&db)
        .args(["push", &url, "--retries", "1"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("cannot reach"))
        .stderr(predicates::str::contains(url.as_str()));
}

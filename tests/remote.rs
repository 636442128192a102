//! `alpkg query --endpoint URL`: the named queries asked of a real server-grade store, the
//! Oxigraph server (`pip install oxigraph`, started here read-only on the same store
//! directory with the union default graph), give the same rows as against the local store;
//! another `alpkg serve` too; an unreachable endpoint is a clear error.

mod common;

use std::process::{Command, Stdio};

use common::servers::{free_port, wait_up};

fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let mut v: Vec<String> = String::from_utf8_lossy(bytes)
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .filter(|l| !l.is_empty())
        .collect();
    v.sort();
    v
}

#[test]
fn named_queries_on_oxigraph_server_match_the_local_store() {
    let tmp = tempfile::tempdir().unwrap();
    let db = common::store_of_examples(tmp.path());
    let port = free_port();
    let mut server = Command::new("oxigraph")
        .args(["serve-read-only", "--location"])
        .arg(&db)
        .args([
            "--bind",
            &format!("127.0.0.1:{port}"),
            "--union-default-graph",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the Oxigraph CLI runs (pip install oxigraph; .ci/setup)");
    let endpoint = format!("http://127.0.0.1:{port}/query");
    wait_up(&format!("http://127.0.0.1:{port}/"));
    let mut compared = 0;
    for q in alpkg::query::named() {
        let local = common::alpkg_with_store(&db)
            .args(["query", "--name", q.name, "--format", "csv"])
            .output()
            .unwrap();
        let remote = common::alpkg_with_store(&db)
            .args([
                "query",
                "--name",
                q.name,
                "--format",
                "csv",
                "--endpoint",
                &endpoint,
            ])
            .output()
            .unwrap();
        assert!(local.status.success(), "{}", q.name);
        assert!(
            remote.status.success(),
            "{}: {}",
            q.name,
            String::from_utf8_lossy(&remote.stderr)
        );
        assert_eq!(
            sorted_lines(&local.stdout),
            sorted_lines(&remote.stdout),
            "{} differs",
            q.name
        );
        compared += 1;
    }
    assert!(compared >= 15);
    // The table view, from the endpoint's JSON.
    let table = common::alpkg_with_store(&db)
        .args([
            "query",
            "--name",
            "plans-per-country",
            "--format",
            "table",
            "--endpoint",
            &endpoint,
        ])
        .output()
        .unwrap();
    assert!(table.status.success());
    assert!(String::from_utf8_lossy(&table.stderr).contains("13 row(s)"));
    let _ = server.kill();
    let _ = server.wait();
    // Nothing listens there now: a clear error, exit 1.
    common::alpkg_with_store(&db)
        .args(["query", "ASK {}", "--endpoint", &endpoint])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("cannot reach"));
}

#[test]
fn another_alpkg_serve_is_an_endpoint_too() {
    let tmp = tempfile::tempdir().unwrap();
    let db = common::store_of_examples(tmp.path());
    let server = common::serve(&db, &[]);
    let endpoint = server.url.clone();
    let local = common::alpkg_with_store(&db)
        .args(["query", "--name", "top-methods", "--format", "csv"])
        .output()
        .unwrap();
    let remote = common::alpkg_with_store(&db)
        .args([
            "query",
            "--name",
            "top-methods",
            "--format",
            "csv",
            "--endpoint",
            &endpoint,
        ])
        .output()
        .unwrap();
    // A bad query: the server says why, and alpkg passes it on with exit 1.
    let update = common::alpkg_with_store(&db)
        .args(["query", "SELECT ?x WHERE { ?x", "--endpoint", &endpoint])
        .output()
        .unwrap();
    drop(server);
    assert!(remote.status.success());
    assert_eq!(sorted_lines(&local.stdout), sorted_lines(&remote.stdout));
    assert_eq!(update.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&update.stderr).contains("answered 400"));
}

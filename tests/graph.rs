//! The knowledge graph end to end: ingest (incremental, atomic, skipping other document
//! types), coverage of every answer, the named queries, deterministic exports, and the
//! exports checked by peer tools (rdflib and pyshacl, installed by `.ci/setup`).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use alpkg::export::{self, Format};
use alpkg::ingest::{self, Outcome};
use alpkg::mapping::Iris;
use alpkg::store::Store;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;

fn memory() -> Store {
    Store::in_memory(Iris::default()).unwrap()
}

fn load(store: &Store, paths: &[PathBuf], prune: bool) -> ingest::IngestReport {
    ingest::ingest(
        store,
        paths,
        &ingest::Options {
            prune,
            ..Default::default()
        },
        &mut |_, _| {},
    )
    .unwrap()
}

fn rows(store: &Store, sparql: &str) -> Vec<Vec<String>> {
    let r = alpkg::query::query(store, sparql, None).unwrap();
    let QueryResults::Solutions(sol) = r.results else {
        panic!("not a SELECT")
    };
    let vars: Vec<_> = sol.variables().to_vec();
    sol.map(|s| {
        let s = s.unwrap();
        vars.iter()
            .map(|v| match s.get(v) {
                Some(Term::Literal(l)) => l.value().to_string(),
                Some(t) => t.to_string(),
                None => String::new(),
            })
            .collect()
    })
    .collect()
}

fn copy_examples(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for f in common::md_files(&common::examples()) {
        let to = dir.join(f.file_name().unwrap());
        std::fs::copy(&f, &to).unwrap();
        out.push(to);
    }
    out
}

#[test]
fn every_answer_reaches_the_graph_and_country_counts_match() {
    let dir = common::corpus_or_examples();
    let store = memory();
    let report = load(&store, std::slice::from_ref(&dir), false);
    let files = common::md_files(&dir);
    assert_eq!(report.failed(), 0, "{:?}", report.files);
    assert_eq!(report.count(|o| matches!(o, Outcome::Added)), files.len());

    // Every non-empty answer is a literal of the store (coverage 100%).
    let literals: std::collections::HashSet<String> = rows(
        &store,
        "SELECT ?a WHERE { ?x <https://w3id.org/alpkg/ontology#answerText> ?a }",
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    let (mut total, mut found) = (0usize, 0usize);
    for f in &files {
        let plan = alpkg::parse(&std::fs::read_to_string(f).unwrap()).plan;
        for item in plan.items().filter(|i| !i.answer.is_empty()) {
            total += 1;
            found += usize::from(literals.contains(&item.answer));
        }
    }
    println!("answers found as literals: {found}/{total}");
    assert_eq!(found, total);

    // plans-per-country against a count of `[[country:...]]` tags made here, by hand.
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for line in text.lines() {
            if let Some(name) = line
                .trim()
                .strip_prefix("[[country:")
                .and_then(|r| r.strip_suffix("]]"))
            {
                *by_name.entry(name.trim().to_string()).or_default() += 1;
            }
        }
    }
    let q = alpkg::query::find("plans-per-country").unwrap();
    let result = rows(&store, q.text);
    let mut from_query = 0;
    for r in &result {
        let (iso3, plans): (&str, usize) = (&r[1], r[2].parse().unwrap());
        let expected: usize = by_name
            .iter()
            .filter(|(n, _)| alpkg::countries::lookup(n).is_some_and(|c| c.iso3 == iso3))
            .map(|(_, c)| c)
            .sum();
        assert_eq!(plans, expected, "plans for {iso3}");
        from_query += plans;
    }
    assert_eq!(
        from_query,
        by_name.values().sum::<usize>(),
        "every country tag is counted once"
    );
}

#[test]
fn ingest_is_incremental_atomic_and_prunes() {
    let tmp = tempfile::tempdir().unwrap();
    let plans = tmp.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    let files = copy_examples(&plans);
    let db = tmp.path().join("store");
    let iris = Iris::default();
    {
        let store = Store::open(&db, iris.clone()).unwrap();
        let r = load(&store, std::slice::from_ref(&plans), false);
        assert_eq!(r.count(|o| matches!(o, Outcome::Added)), files.len());
        assert_eq!(r.plans_in_store, files.len());
    }
    // Reopened: persistent; nothing changed.
    let store = Store::open(&db, iris).unwrap();
    let before = store.len().unwrap();
    let r = load(&store, std::slice::from_ref(&plans), false);
    assert_eq!(r.count(|o| matches!(o, Outcome::Unchanged)), files.len());
    assert_eq!(store.len().unwrap(), before);

    // A changed plan is replaced: its old title is gone, the new one is there.
    let target = &files[0];
    let text = std::fs::read_to_string(target).unwrap();
    let first = text.lines().next().unwrap().to_string();
    std::fs::write(target, text.replacen(&first, "# A brand new title", 1)).unwrap();
    let r = load(&store, std::slice::from_ref(&plans), false);
    assert_eq!(r.count(|o| matches!(o, Outcome::Changed)), 1);
    let titles = rows(
        &store,
        "SELECT ?t WHERE { ?p <http://purl.org/dc/terms/title> ?t }",
    );
    assert!(titles.iter().any(|t| t[0] == "A brand new title"));
    let old = first.trim_start_matches("# ").trim().to_string();
    assert!(!titles.iter().any(|t| t[0] == old), "the old title is gone");

    // An edit that changes nothing in the graph (CRLF line ends) keeps the stored graph:
    // same canonical content digest (RDFC-1.0, through sophia).
    let crlf = &files[2];
    let text = std::fs::read_to_string(crlf).unwrap();
    std::fs::write(crlf, text.replace('\n', "\r\n")).unwrap();
    let digests = |store: &Store| {
        rows(store, "SELECT ?g ?d WHERE { ?g <https://w3id.org/alpkg/ontology#contentDigest> ?d } ORDER BY ?g")
    };
    let before = digests(&store);
    let r = load(&store, std::slice::from_ref(&plans), false);
    assert_eq!(
        r.count(|o| matches!(o, Outcome::Unchanged)),
        files.len(),
        "{:?}",
        r.files
    );
    assert_eq!(digests(&store), before);
    let r = load(&store, std::slice::from_ref(&plans), false);
    assert_eq!(
        r.count(|o| matches!(o, Outcome::Unchanged)),
        files.len(),
        "the new source hash was recorded"
    );

    // A bad file fails alone and leaves nothing behind; other types are skipped.
    std::fs::write(
        plans.join("broken.md"),
        b"# T\n[[type:learningplan]]\n\xff\xfe\n",
    )
    .unwrap();
    std::fs::write(
        plans.join("a_solution.md"),
        "# S\n[[type:solution]]\n[[country:Kenya]]\n",
    )
    .unwrap();
    let r = load(&store, std::slice::from_ref(&plans), false);
    assert_eq!(r.failed(), 1);
    assert_eq!(r.count(|o| matches!(o, Outcome::Skipped(_))), 1);
    let graphs = rows(&store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    assert!(!graphs
        .iter()
        .any(|g| g[0].contains("broken") || g[0].contains("a_solution")));

    // Prune: a plan whose file is gone is removed.
    std::fs::remove_file(&files[1]).unwrap();
    let r = load(&store, std::slice::from_ref(&plans), true);
    assert_eq!(r.pruned.len(), 1);
    assert_eq!(r.plans_in_store, files.len() - 1);
}

/// The vocabulary graph is the same whether it is computed from the plans just mapped (in
/// memory) or read back from the store.
#[test]
fn vocabulary_from_memory_equals_vocabulary_from_store() {
    let store = memory();
    load(&store, &[common::dir_with_most_partners()], false);
    let vocab = |s: &Store| {
        let g = s.iris().vocabulary_graph();
        let mut v: Vec<String> = s
            .oxigraph()
            .quads_for_pattern(
                None,
                None,
                None,
                Some(oxigraph::model::GraphNameRef::NamedNode(g.as_ref())),
            )
            .map(|q| q.unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    let from_memory = vocab(&store);
    assert!(from_memory.len() > 100);
    store.rebuild_vocabulary().unwrap();
    assert_eq!(vocab(&store), from_memory);
}

#[test]
fn iris_are_stable_and_follow_the_base() {
    let a = memory();
    load(&a, &[common::examples()], false);
    let b = memory();
    load(&b, &[common::examples()], false);
    let q = "SELECT ?s WHERE { ?s a <https://w3id.org/alpkg/ontology#LearningPlan> } ORDER BY ?s";
    assert_eq!(rows(&a, q), rows(&b, q));
    let c = Store::in_memory(Iris::new("https://example.org/kg/").unwrap()).unwrap();
    load(&c, &[common::examples()], false);
    assert!(rows(&c, q)
        .iter()
        .all(|r| r[0].starts_with("<https://example.org/kg/plan/")));
}

#[test]
fn exports_are_deterministic_and_public_has_no_email() {
    let store = memory();
    load(&store, &[common::examples()], false);
    let out = |format, public| {
        let mut v = Vec::new();
        export::write(
            &store,
            format,
            &export::Options { plan: None, public },
            &mut v,
        )
        .unwrap();
        String::from_utf8(v).unwrap()
    };
    let a = out(Format::Turtle, false);
    assert_eq!(a, out(Format::Turtle, false), "same store, same bytes");
    assert!(a.contains("foaf:mbox <mailto:"));
    let public = out(Format::Turtle, true);
    assert!(!public.contains("mailto:"));
    assert!(!public.contains("foaf:mbox_sha1sum"));
    assert!(public.contains("foaf:Person"));
    // Only the prefixes used are declared.
    assert!(!a.contains("@prefix prov:"));
    for f in [
        Format::NTriples,
        Format::NQuads,
        Format::TriG,
        Format::RdfXml,
        Format::JsonLd,
    ] {
        assert_eq!(out(f, true), out(f, true));
    }
    // One plan: its graph and the vocabulary nodes it links to.
    let mut v = Vec::new();
    let n = export::write(
        &store,
        Format::NTriples,
        &export::Options {
            plan: Some("urban_waste_behaviours".into()),
            public: true,
        },
        &mut v,
    );
    assert!(matches!(n, Err(export::ExportError::NoSuchPlan(_))));
    let id = "2__empowering_rural_women_through_enabling_environment_of_women_creative_lab";
    let mut v = Vec::new();
    export::write(
        &store,
        Format::NTriples,
        &export::Options {
            plan: Some(id.into()),
            public: true,
        },
        &mut v,
    )
    .unwrap();
    let nt = String::from_utf8(v).unwrap();
    assert!(nt.contains("Kyrgyzstan"));
    assert!(!nt.contains("Guinea"));
}

#[test]
fn named_queries_over_the_examples() {
    let store = memory();
    load(&store, &[common::examples()], false);
    let named = alpkg::query::named();
    assert!(named.len() >= 12);
    for q in named {
        let cols = q
            .header("columns")
            .unwrap_or_else(|| panic!("{} has no columns header", q.name));
        let r = alpkg::query::query(&store, q.text, None).unwrap();
        let QueryResults::Solutions(sol) = r.results else {
            panic!("{} is not a SELECT", q.name)
        };
        let vars: Vec<String> = sol
            .variables()
            .iter()
            .map(|v| v.as_str().to_string())
            .collect();
        assert_eq!(vars.join(", "), cols, "{}: columns", q.name);
        let mut csv = vars.join(",") + "\n";
        for s in sol {
            let s = s.unwrap();
            let cells: Vec<String> = vars
                .iter()
                .map(|v| match s.get(v.as_str()) {
                    Some(Term::Literal(l)) => l.value().replace('\n', " "),
                    Some(t) => t.to_string(),
                    None => String::new(),
                })
                .collect();
            csv.push_str(&cells.join(","));
            csv.push('\n');
        }
        insta::with_settings!({ snapshot_suffix => q.name, prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("query", csv);
        });
    }
    let fixed = |name: &str| alpkg::query::find(name).unwrap().header("columns").unwrap();
    assert_eq!(fixed("plans-per-country"), "country, iso3, plans");
    assert_eq!(
        fixed("partners-across-countries"),
        "partner, countries, plans"
    );
}

#[test]
fn cli_store_lock_query_errors_and_formats() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("store");
    let alpkg = || common::alpkg_with_store(&db);
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success()
        .stderr(predicates::str::contains("13 added"));
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success()
        .stderr(predicates::str::contains("13 unchanged"));
    let out = alpkg()
        .args(["query", "--name", "plans-per-country", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out)
        .unwrap()
        .starts_with("country,iso3,plans\r\n"));
    alpkg()
        .args(["query", "SELECT ?x WHERE { ?x "])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("SPARQL syntax error"))
        .stderr(predicates::str::contains("1:"));
    alpkg()
        .args(["query", "--name", "nope"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("plans-per-country"));
    alpkg()
        .args(["queries"])
        .assert()
        .success()
        .stdout(predicates::str::contains("partners-across-countries"));
    // A reader while a writer has the store gets a clear message naming the writer.
    let held = Store::open(&db, Iris::default()).unwrap();
    alpkg()
        .args(["query", "ASK { ?s ?p ?o }"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("which is writing it"))
        .stderr(predicates::str::contains(format!(
            "pid {}",
            std::process::id()
        )));
    // So does a second writer.
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .code(1)
        .stderr(predicates::str::contains("which is writing it"));
    drop(held);
    alpkg()
        .args(["query", "ASK { ?s ?p ?o }", "--format", "json"])
        .assert()
        .success()
        .stdout(predicates::str::contains("true"));
}

/// Many readers on one store, no writer under them, and no store made by a read command.
#[test]
fn readers_share_a_store_and_a_writer_never_runs_under_them() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("store");
    let alpkg = || common::alpkg_with_store(&db);
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success();
    // A read command on a directory without a store: exit 1, how to make one, nothing made.
    let missing = tmp.path().join("no-store-here");
    for args in [
        &["query", "ASK { ?s ?p ?o }"][..],
        &["export", "--format", "nquads"],
        &["network", "summary"],
        &["partners", "list"],
    ] {
        common::alpkg_with_store(&missing)
            .args(args)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("there is no store at"))
            .stderr(predicates::str::contains("alpkg ingest"));
        assert!(!missing.exists(), "{args:?} made a store");
    }
    // This process reads the store; other readers (the CLI) read it at the same time.
    let reader = Store::open_read_only(&db, Iris::default()).unwrap();
    assert!(!reader.is_empty().unwrap());
    let out = alpkg()
        .args(["query", "--name", "plans-per-country", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().lines().count() > 2);
    alpkg()
        .args(["export", "--format", "nquads"])
        .assert()
        .success();
    let second = Store::open_read_only(&db, Iris::default()).unwrap();
    // A writer is refused while anyone reads, with what to do; the store is unchanged.
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "open for reading by another process",
        ));
    alpkg()
        .args(["update", "CLEAR ALL"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("open for reading"));
    drop(reader);
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .code(1);
    drop(second);
    // Once the readers are gone, the writer runs.
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success()
        .stderr(predicates::str::contains("13 unchanged"));
}

/// Peer tools: rdflib parses the Turtle, N-Triples and JSON-LD exports back, each is
/// isomorphic to the store's content (its N-Quads dump), and pyshacl finds no violation of
/// ontology/shapes.ttl. Needs `python3 -m pip install -r tests/python/requirements.txt`
/// (done by `.ci/setup`).
#[test]
fn exports_pass_rdflib_and_pyshacl() {
    let dir = common::corpus_or_examples();
    let store = memory();
    load(&store, &[dir], false);
    let tmp = tempfile::tempdir().unwrap();
    for (f, name) in [
        (Format::Turtle, "export.ttl"),
        (Format::NTriples, "export.nt"),
        (Format::JsonLd, "export.jsonld"),
        (Format::NQuads, "export.nq"),
    ] {
        let mut w = std::io::BufWriter::new(std::fs::File::create(tmp.path().join(name)).unwrap());
        export::write(&store, f, &export::Options::default(), &mut w).unwrap();
    }
    std::fs::copy(
        common::root().join("ontology/shapes.ttl"),
        tmp.path().join("shapes.ttl"),
    )
    .unwrap();
    let (ok, text) = common::peer_check("check_export.py", tmp.path());
    println!("{text}");
    assert!(
        ok,
        "peer checks failed (missing packages? run .ci/setup):\n{text}"
    );
}

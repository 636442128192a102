//! Partner networks: resolution measured on the gold list, metrics checked against
//! NetworkX (installed by `.ci/setup`), exports loadable by NetworkX, and the CLI.

mod common;

use alpkg::mapping::Iris;
use alpkg::network::{export, Filter, Metric, Network, NodeKind, Projection};
use alpkg::store::Store;
use std::collections::{BTreeSet, HashMap};

fn store_with(dir: &std::path::Path) -> Store {
    let store = Store::in_memory(Iris::default()).unwrap();
    let r = alpkg::ingest::ingest(
        &store,
        &[dir.to_path_buf()],
        &Default::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(r.failed(), 0);
    store
}

/// Precision and recall of partner resolution on the gold list of mention pairs
/// (`tests/data/partner-gold.tsv`, labelled by hand from the shared corpus). With the corpus
/// present, the whole pipeline is measured: the corpus is ingested and each mention's partner
/// is read back from the store (`partner-mentions`), so plan-level context counts. Without
/// it, each mention is resolved on its own.
#[test]
fn resolution_against_the_gold_list() {
    let gold = std::fs::read_to_string(common::root().join("tests/data/partner-gold.tsv")).unwrap();
    let iso = |c: &str| alpkg::countries::lookup(c).map(|c| c.iso3.to_string());
    // (name as written, ISO3) -> partner IRIs it was resolved to, from the store.
    let stored: Option<HashMap<(String, String), BTreeSet<String>>> = common::corpus().map(|dir| {
        let store = store_with(&dir);
        let q = alpkg::query::find("partner-mentions").unwrap();
        let running = alpkg::query::query(&store, q.text, None).unwrap();
        let oxigraph::sparql::QueryResults::Solutions(sol) = running.results else {
            panic!()
        };
        let mut m: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
        for s in sol {
            let s = s.unwrap();
            let lit = |v: &str| match s.get(v) {
                Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
                Some(t) => t.to_string(),
                None => String::new(),
            };
            let key = (
                lit("name_as_written"),
                iso(&lit("country")).unwrap_or_default(),
            );
            m.entry(key).or_default().insert(lit("partner"));
        }
        m
    });
    println!(
        "measured {}",
        if stored.is_some() {
            "end to end over the corpus"
        } else {
            "mention by mention"
        }
    );
    let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let mut wrong = Vec::new();
    let mut not_found: Vec<String> = Vec::new();
    for line in gold.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "bad gold line: {line}");
        let same_ours = match &stored {
            Some(m) => {
                let get = |n: &str, c: &str| {
                    m.get(&(n.to_string(), iso(c).unwrap_or_default()))
                        .cloned()
                        .unwrap_or_default()
                };
                let (a, b) = (get(f[0], f[1]), get(f[2], f[3]));
                if a.is_empty() || b.is_empty() {
                    // The extraction no longer yields this mention as written (it was
                    // improved after the list was made): not evaluated, and reported.
                    not_found.push(line.to_string());
                    continue;
                }
                !a.is_disjoint(&b)
            }
            None => {
                let a = alpkg::resolve::resolve(f[0], iso(f[1]).as_deref());
                let b = alpkg::resolve::resolve(f[2], iso(f[3]).as_deref());
                a == b
            }
        };
        let same_gold = f[4].trim() == "1";
        match (same_gold, same_ours) {
            (true, true) => tp += 1,
            (false, true) => {
                fp += 1;
                wrong.push(format!(
                    "merged but different: {} ({}) / {} ({})",
                    f[0], f[1], f[2], f[3]
                ));
            }
            (true, false) => {
                fn_ += 1;
                wrong.push(format!(
                    "split but same: {} ({}) / {} ({})",
                    f[0], f[1], f[2], f[3]
                ));
            }
            (false, false) => tn += 1,
        }
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "gold pairs: {} ({} same, {} different)",
        tp + fp + fn_ + tn,
        tp + fn_,
        fp + tn
    );
    println!("precision {precision:.3}, recall {recall:.3} (tp {tp}, fp {fp}, fn {fn_}, tn {tn})");
    println!(
        "{} pair(s) not evaluated (a mention is no longer extracted as written):",
        not_found.len()
    );
    for l in &not_found {
        println!("  {l}");
    }
    assert!(
        not_found.len() <= 40,
        "too many gold mentions lost: the extraction changed a lot"
    );
    for w in &wrong {
        println!("  {w}");
    }
    assert!(
        tp + fp + fn_ + tn >= 150,
        "the gold list holds at least 150 pairs"
    );
    // Regression floors at the figures reached (see the closing note of the issue).
    assert!(precision >= 0.97, "precision {precision:.3}");
    assert!(recall >= 0.78, "recall {recall:.3}");
}

#[test]
fn small_network_structure_and_determinism() {
    let store = store_with(&common::examples());
    let rows = alpkg::network::load_rows(&store).unwrap();
    let full = Network::build(&rows, &Filter::default(), Projection::Full);
    let g = &full.graph;
    assert_eq!(
        g.node_indices()
            .filter(|&i| g[i].kind == NodeKind::Plan)
            .count(),
        13
    );
    // Kyrgyzstan's plan names three partners: a triangle in the partner projection.
    let kg = Filter {
        country: Some("KGZ".into()),
        ..Default::default()
    };
    let p = Network::build(&rows, &kg, Projection::Partner);
    assert_eq!((p.graph.node_count(), p.graph.edge_count()), (3, 3));
    assert!(p
        .graph
        .node_indices()
        .all(|i| p.graph[i].metrics.degree == 2));
    let a = p
        .find("women peace bank")
        .expect("found by label, case ignored");
    assert_eq!(p.ego(a, 1).graph.node_count(), 3);
    // Paths and exports.
    let plan = full
        .find("2__empowering_rural_women_through_enabling_environment_of_women_creative_lab")
        .unwrap();
    let country = full.find("KGZ").unwrap();
    assert_eq!(full.path(plan, country).unwrap().len(), 2);
    let out = |f| {
        let mut v = Vec::new();
        export::write(&full, f, &mut v).unwrap();
        v
    };
    for f in [
        export::Format::GraphMl,
        export::Format::Gexf,
        export::Format::Dot,
        export::Format::Json,
        export::Format::Csv,
    ] {
        assert_eq!(out(f), out(f), "deterministic {f:?}");
    }
    let top = full.top(Some(NodeKind::Partner), Metric::Degree, 3);
    assert_eq!(top.len(), 3);
    assert!(full.graph[top[0]].metrics.degree >= full.graph[top[2]].metrics.degree);
}

fn write_all(net: &Network, dir: &std::path::Path) {
    let file = |n: &str| std::io::BufWriter::new(std::fs::File::create(dir.join(n)).unwrap());
    export::write(net, export::Format::GraphMl, &mut file("net.graphml")).unwrap();
    export::write(net, export::Format::Gexf, &mut file("net.gexf")).unwrap();
    export::write(net, export::Format::Json, &mut file("net.json")).unwrap();
    export::write(net, export::Format::Csv, &mut file("net.nodes.csv")).unwrap();
    export::write_csv_edges(net, &mut file("net.edges.csv")).unwrap();
}

/// The metrics agree with NetworkX on the exported graphs of the shared corpus (full graph
/// and partner projection), and NetworkX loads every export.
#[test]
fn metrics_agree_with_networkx() {
    let store = store_with(&common::corpus_or_examples());
    let rows = alpkg::network::load_rows(&store).unwrap();
    for projection in [Projection::Full, Projection::Partner] {
        let net = Network::build(&rows, &Filter::default(), projection);
        let tmp = tempfile::tempdir().unwrap();
        write_all(&net, tmp.path());
        let (ok, text) = common::peer_check("check_network.py", tmp.path());
        println!("projection {}:\n{text}", projection.as_str());
        assert!(
            ok,
            "NetworkX checks failed for {} (missing packages? run .ci/setup):\n{text}",
            projection.as_str()
        );
    }
}

#[test]
fn network_cli() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("store");
    let alpkg = || common::alpkg_with_store(&db);
    alpkg()
        .args(["network", "summary"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("alpkg ingest"));
    alpkg()
        .arg("ingest")
        .arg(common::examples())
        .assert()
        .success();
    alpkg()
        .args(["network", "summary"])
        .assert()
        .success()
        .stdout(predicates::str::contains("13 plans"));
    alpkg()
        .args(["network", "top", "--metric", "pagerank", "-n", "3"])
        .assert()
        .success();
    alpkg()
        .args(["network", "top", "--metric", "nope"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("unknown metric"));
    alpkg()
        .args(["network", "ego", "Women Peace Bank", "--hops", "2"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Kyrgyzstan"));
    alpkg()
        .args(["network", "ego", "Nobody At All"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("no node"));
    let graphml = tmp.path().join("n.graphml");
    alpkg()
        .args(["network", "export", "--projection", "partner", "-o"])
        .arg(&graphml)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&graphml)
        .unwrap()
        .contains("attr.name=\"pagerank\" attr.type=\"double\""));
    let svg = tmp.path().join("n.svg");
    alpkg()
        .args(["network", "render", "--projection", "partner", "-o"])
        .arg(&svg)
        .assert()
        .success();
    let s = std::fs::read_to_string(&svg).unwrap();
    assert!(s.starts_with("<svg") && s.contains("<circle") && s.trim_end().ends_with("</svg>"));
}

//! Partner networks: resolution measured on the gold list, metrics checked against
//! NetworkX (installed by `.ci/setup`), exports loadable by NetworkX, and the CLI.

mod common;

use alpkg::mapping::Iris;
use alpkg::network::{export, Filter, Metric, Network, NodeKind, Projection};
use alpkg::store::Store;

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

/// Partner resolution on the hand-labelled gold list of mention pairs
/// (`tests/data/partner-gold.tsv`, labelled from knowledge of the organisations). Each side
/// is resolved by the corpus resolver (the clusters of every mention of the shared corpus,
/// or of the examples without it, and the shipped curation file), so the list measures the
/// resolver whatever the extractor makes of the sentence a name sits in. Reported: the share
/// of same-organisation pairs resolved together, of different-organisation pairs kept apart,
/// and both per kind of variation (the `[kind]` tag of `why`).
#[test]
fn resolution_against_the_gold_list() {
    let (pairs, same_together, different_apart, _, _) =
        measure_resolution("partner-gold.tsv", true);
    assert!(pairs >= 600, "the gold list holds at least 600 pairs");
    // Regression floors a little under the figures reached (closing note of issue 8).
    if common::corpus().is_some() {
        assert!(
            same_together >= FLOOR_SAME,
            "same together {same_together:.3}"
        );
        assert!(
            different_apart >= FLOOR_APART,
            "different apart {different_apart:.3}"
        );
    }
}

/// A second list of 249 pairs, labelled apart from the first (`tests/data/README.md`) and
/// first measured before any rule looked at it: how the resolver does on pairs its rules
/// were not written against.
#[test]
fn resolution_against_the_held_out_pairs() {
    let (pairs, same_together, different_apart, _, _) =
        measure_resolution("partner-gold-heldout.tsv", false);
    assert!(pairs >= 200, "the held-out list holds at least 200 pairs");
    if common::corpus().is_some() {
        // Floors under the figures reached (0.887 and 0.980 when last measured).
        assert!(same_together >= 0.87, "same together {same_together:.3}");
        assert!(
            different_apart >= 0.97,
            "different apart {different_apart:.3}"
        );
    }
}

/// A third list of 214 pairs (`tests/data/partner-gold-fresh.tsv`), labelled apart from both
/// and held out like the second: only its figures per kind are printed.
#[test]
fn resolution_against_the_fresh_pairs() {
    let (pairs, same_together, different_apart, _, _) =
        measure_resolution("partner-gold-fresh.tsv", false);
    assert!(pairs >= 200, "the fresh list holds at least 200 pairs");
    if common::corpus().is_some() {
        // Floors under the figures reached (0.860 and 0.991; first measured, before any rule
        // looked at it, 0.822 and 0.991).
        assert!(same_together >= 0.84, "same together {same_together:.3}");
        assert!(
            different_apart >= 0.98,
            "different apart {different_apart:.3}"
        );
    }
}

/// 446 pairs of name variants written from knowledge of the organisations, not taken from
/// plans (`tests/data/partner-gold-variants.tsv`): the kinds of variation the resolver must
/// meet in unseen plans, by kind. Each name is added as a mention of a plan of its own, as
/// an unseen plan's would be. The 159 pairs of its blind set were first measured at 0.904
/// together, 1.000 apart.
#[test]
fn resolution_of_name_variants_by_kind() {
    let (pairs, _, _, together, apart) = measure_resolution("partner-gold-variants.tsv", true);
    assert!(pairs >= 400, "the variants list holds at least 400 pairs");
    if common::corpus().is_some() {
        // Floors under the figures reached (0.956 together, 1.000 apart).
        assert!(together >= 0.94, "same together {together:.3}");
        assert!(apart >= 0.98, "different apart {apart:.3}");
    }
}

/// Resolves both sides of every pair of a gold file: (pairs, share of same-organisation
/// pairs resolved together, share of different-organisation pairs kept apart). The pairs
/// resolved wrong are printed when `show_cases` (not for the held-out list, so that rules
/// are not written against its cases).
/// Pairs, same-organisation pairs together, different apart; then the same two with both
/// names among the mentions.
fn measure_resolution(file: &str, show_cases: bool) -> (usize, f64, f64, f64, f64) {
    use alpkg::resolve::{Curation, Mention, Resolver};
    let gold = std::fs::read_to_string(common::root().join("tests/data").join(file)).unwrap();
    let iso = |c: &str| alpkg::countries::lookup(c).map(|c| c.iso3.to_string());
    let dir = common::corpus_or_examples();
    let mut mentions: Vec<(Option<String>, String, String)> = Vec::new();
    let mut defined: Vec<(Option<String>, String, String, String)> = Vec::new();
    for f in common::md_files(&dir) {
        let text = std::fs::read_to_string(&f).unwrap();
        let plan = alpkg::parse(&text).plan;
        let c = plan.tag("country").and_then(|t| iso(&t.value));
        let id = f.file_stem().unwrap().to_string_lossy().to_string();
        for p in &plan.derived.partners {
            mentions.push((c.clone(), p.name.clone(), id.clone()));
        }
        for a in &plan.derived.acronyms {
            defined.push((
                c.clone(),
                a.value.acronym.clone(),
                a.value.name.clone(),
                id.clone(),
            ));
        }
    }
    let definitions: Vec<alpkg::resolve::Definition<'_>> = defined
        .iter()
        .map(|(c, a, n, p)| alpkg::resolve::Definition {
            country: c.as_deref(),
            acronym: a,
            name: n,
            plan: p,
        })
        .collect();
    let list: Vec<Mention<'_>> = mentions
        .iter()
        .map(|(c, n, p)| Mention {
            country: c.as_deref(),
            name: n,
            plan: p,
        })
        .collect();
    let curation = Curation::parse(
        &std::fs::read_to_string(common::root().join("ontology/curation.tsv")).unwrap(),
        "ontology/curation.tsv",
    )
    .unwrap();
    let resolver = Resolver::build(&list, &definitions, curation);
    let entities: std::collections::BTreeSet<_> = list
        .iter()
        .map(|m| resolver.resolve(m.name, m.country).entity)
        .collect();
    println!(
        "corpus: {} mentions, {} partner entities ({} collective)",
        list.len(),
        entities.len(),
        entities.iter().filter(|e| e.is_collective()).count()
    );
    let (mut tp, mut fp, mut fn_, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let mut by_kind: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
    let mut wrong = Vec::new();
    for line in gold.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "bad gold line: {line}");
        let a = resolver.resolve(f[0], iso(f[1]).as_deref()).entity;
        let b = resolver.resolve(f[2], iso(f[3]).as_deref()).entity;
        let ours = a == b;
        let theirs = f[4].trim() == "1";
        let kind = f
            .get(5)
            .and_then(|w| w.strip_prefix('['))
            .and_then(|w| w.split_once(']'))
            .map(|(k, _)| k.to_string())
            .unwrap_or_else(|| "first 411".into());
        let slot = by_kind.entry(kind).or_default();
        match (theirs, ours) {
            (true, true) => {
                tp += 1;
                slot[0] += 1
            }
            (false, true) => {
                fp += 1;
                slot[1] += 1;
                wrong.push(format!("merged but different: {line}  => {a:?}"));
            }
            (true, false) => {
                fn_ += 1;
                slot[2] += 1;
                wrong.push(format!("split but same: {line}  => {a:?} / {b:?}"));
            }
            (false, false) => {
                tn += 1;
                slot[3] += 1
            }
        }
    }
    let same_together = tp as f64 / (tp + fn_).max(1) as f64;
    let different_apart = tn as f64 / (tn + fp).max(1) as f64;
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    println!("resolved with the corpus of {}", dir.display());
    println!(
        "gold pairs: {} ({} same, {} different)",
        tp + fp + fn_ + tn,
        tp + fn_,
        fp + tn
    );
    println!(
        "same-organisation pairs resolved together {same_together:.3}; different-organisation pairs kept apart {different_apart:.3}; precision {precision:.3} (tp {tp}, fp {fp}, fn {fn_}, tn {tn})"
    );
    for (k, [tp, fp, fn_, tn]) in &by_kind {
        println!(
            "  {k:20} same together {tp}/{}  different apart {tn}/{}",
            tp + fn_,
            tn + fp
        );
    }
    if show_cases {
        for w in &wrong {
            println!("  {w}");
        }
    }
    // The same pairs with both names among the corpus mentions, as when the extractor finds
    // them both (the owner's pairs are of extracted mentions): the resolver's share alone,
    // reported beside the figure above, which also counts names no plan yields.
    let gold_sides: Vec<(Option<String>, String)> = gold
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            [(iso(f[1]), f[0].to_string()), (iso(f[3]), f[2].to_string())]
        })
        .collect();
    let mut with_gold = list.clone();
    with_gold.extend(gold_sides.iter().map(|(c, n)| Mention {
        country: c.as_deref(),
        name: n,
        plan: "gold",
    }));
    let curation = Curation::parse(
        &std::fs::read_to_string(common::root().join("ontology/curation.tsv")).unwrap(),
        "ontology/curation.tsv",
    )
    .unwrap();
    let both = Resolver::build(&with_gold, &definitions, curation);
    let (mut same, mut together, mut different, mut apart) = (0, 0, 0, 0);
    for line in gold.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let a = both.resolve(f[0], iso(f[1]).as_deref()).entity;
        let b = both.resolve(f[2], iso(f[3]).as_deref()).entity;
        if f[4].trim() == "1" {
            same += 1;
            together += usize::from(a == b);
        } else {
            different += 1;
            apart += usize::from(a != b);
        }
        if show_cases && (a == b) != (f[4].trim() == "1") {
            println!("  with both names, wrong: {line}  => {a:?} / {b:?}");
        }
    }
    println!(
        "with both names among the corpus mentions: same together {:.3}; different apart {:.3}",
        together as f64 / same.max(1) as f64,
        apart as f64 / different.max(1) as f64
    );
    let both_together = together as f64 / same.max(1) as f64;
    let both_apart = apart as f64 / different.max(1) as f64;
    (
        tp + fp + fn_ + tn,
        same_together,
        different_apart,
        both_together,
        both_apart,
    )
}

const FLOOR_SAME: f64 = 0.90;
const FLOOR_APART: f64 = 0.98;

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

/// The organisation table is well formed: seven columns, unique slug ids, known kinds, IATI
/// codes that exist in the shipped codelist, and no alias shared by two rows
/// (`tests/python/check_organisations.py`, standard library only).
#[test]
fn organisation_table_is_well_formed() {
    let out = std::process::Command::new("python3")
        .arg(common::root().join("tests/python/check_organisations.py"))
        .current_dir(common::root())
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The organisation-type filter keeps only partners of that inferred type, and the type is
/// read from the store (`alp:organisationType`), apart from the stated sector.
#[test]
fn organisation_type_filter() {
    let store = store_with(&common::examples());
    let rows = alpkg::network::load_rows(&store).unwrap();
    assert!(rows.iter().any(|r| r.partner_type.is_some()));
    for t in ["government", "academic"] {
        let f = Filter {
            organisation_type: Some(t.into()),
            ..Default::default()
        };
        let net = Network::build(&rows, &f, Projection::Full);
        let partners: Vec<&str> = net
            .graph
            .node_indices()
            .filter(|&i| net.graph[i].kind == NodeKind::Partner)
            .map(|i| net.graph[i].id.as_str())
            .collect();
        assert!(!partners.is_empty(), "{t}");
        for p in partners {
            assert!(
                rows.iter().any(
                    |r| r.partner.as_deref() == Some(p) && r.partner_type.as_deref() == Some(t)
                ),
                "{p} is not {t}"
            );
        }
    }
}

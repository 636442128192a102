//! Knowledge-graph benchmarks over the whole shared corpus (release build):
//! ingest into a new persistent store (target < 2 s), Turtle export (< 1 s), each named
//! analyst query (< 100 ms), and the partner network built from the store with all its
//! metrics (< 1 s).
//!
//!     cargo bench --bench graph
//!
//! Uses `../shared/corpus/learning-plans` (or `ALPKG_CORPUS`), else `examples/plans`.
//! `benches/compare_oxigraph.sh` compares ingest with Oxigraph's own bulk loader.

use std::path::PathBuf;

use alpkg::export::{self, Format};
use alpkg::mapping::Iris;
use alpkg::store::Store;
use criterion::{criterion_group, criterion_main, Criterion};

#[path = "../tests/common/mod.rs"]
mod common;

fn corpus() -> PathBuf {
    common::corpus_or_examples()
}

fn ingest(store: &Store, dir: &PathBuf) {
    let r = alpkg::ingest::ingest(
        store,
        std::slice::from_ref(dir),
        &Default::default(),
        &mut |_, _| {},
    )
    .unwrap();
    assert_eq!(r.failed(), 0);
}

fn bench(c: &mut Criterion) {
    let dir = corpus();
    let mut g = c.benchmark_group("graph");
    g.sample_size(10);
    g.bench_function("ingest corpus into a new persistent store", |b| {
        b.iter_with_setup(
            || tempfile::tempdir().unwrap(),
            |tmp| {
                let store = Store::open(&tmp.path().join("store"), Iris::default()).unwrap();
                ingest(&store, &dir);
                drop(store);
                tmp
            },
        )
    });
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::open(&tmp.path().join("store"), Iris::default()).unwrap();
    ingest(&store, &dir);
    g.bench_function("re-ingest unchanged corpus", |b| {
        b.iter(|| ingest(&store, &dir))
    });
    g.bench_function("export Turtle (whole dataset)", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(32 << 20);
            export::write(
                &store,
                Format::Turtle,
                &export::Options::default(),
                &mut out,
            )
            .unwrap();
            out.len()
        })
    });
    g.finish();
    let mut n = c.benchmark_group("network");
    n.sample_size(10);
    n.bench_function("read rows, build full network, all metrics", |b| {
        b.iter(|| {
            let rows = alpkg::network::load_rows(&store).unwrap();
            let net = alpkg::network::Network::build(
                &rows,
                &Default::default(),
                alpkg::network::Projection::Full,
            );
            net.graph.node_count()
        })
    });
    n.bench_function("read rows, build partner projection, all metrics", |b| {
        b.iter(|| {
            let rows = alpkg::network::load_rows(&store).unwrap();
            let net = alpkg::network::Network::build(
                &rows,
                &Default::default(),
                alpkg::network::Projection::Partner,
            );
            net.graph.node_count()
        })
    });
    n.finish();
    let mut q = c.benchmark_group("query");
    q.sample_size(20);
    for named in alpkg::query::named() {
        q.bench_function(named.name, |b| {
            b.iter(|| {
                let r = alpkg::query::query(&store, named.text, None).unwrap();
                match r.results {
                    oxigraph::sparql::QueryResults::Solutions(s) => {
                        s.fold(0, |n, s| n + usize::from(s.is_ok()))
                    }
                    _ => 0,
                }
            })
        });
    }
    q.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

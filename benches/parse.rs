//! Parsing benchmark: the whole shared corpus (447 plans, ~5 MB) in memory, parsed and
//! derived. Target: under 50 ms on the 2-core reference machine.
//!
//!     cargo bench --bench parse
//!
//! Uses `../shared/corpus/learning-plans` (or `ALPKG_CORPUS`), else `examples/plans`.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::var_os("ALPKG_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/corpus/learning-plans"));
    let dir = if dir.is_dir() {
        dir
    } else {
        root.join("examples/plans")
    };
    let (files, _) = alpkg::source::expand(std::slice::from_ref(&dir));
    eprintln!(
        "benchmark corpus: {} ({} plans)",
        dir.display(),
        files.len()
    );
    files
        .iter()
        .map(|f| alpkg::source::read(f).unwrap().text)
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function(format!("corpus ({} plans)", docs.len()), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| alpkg::parse(d).plan.sections.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

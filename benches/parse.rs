//! Parsing benchmark: the whole shared corpus (447 plans, ~5 MB) in memory, parsed and
//! derived. Target: under 50 ms on the 2-core reference machine.
//!
//!     cargo bench --bench parse
//!
//! Uses `../shared/corpus/learning-plans` (or `ALPKG_CORPUS`), else `examples/plans`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "../tests/common/mod.rs"]
mod common;

fn corpus() -> Vec<String> {
    let dir = common::corpus_or_examples();
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

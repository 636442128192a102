//! Helpers shared by the integration tests: where the plans are.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled example plans (always present).
pub fn examples() -> PathBuf {
    root().join("examples/plans")
}

/// The shared corpus of 447 real plans, when it is beside the repository (or where
/// `ALPKG_CORPUS` points); `None` otherwise.
pub fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("ALPKG_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus/learning-plans"));
    dir.is_dir().then_some(dir)
}

/// The corpus when present, else the bundled examples, with a note on stderr saying which.
pub fn corpus_or_examples() -> PathBuf {
    match corpus() {
        Some(c) => c,
        None => {
            eprintln!("note: ../shared/corpus/learning-plans not found (set ALPKG_CORPUS); running on examples/plans only");
            examples()
        }
    }
}

/// All `.md` files of a folder, sorted.
pub fn md_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    v.sort();
    v
}

/// The corpus when present (many partners, shared organisations), else the examples.
pub fn dir_with_most_partners() -> PathBuf {
    corpus().unwrap_or_else(examples)
}

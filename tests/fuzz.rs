//! Regression tests of the fuzzing campaign (`fuzz/run.sh`): every input kept in
//! `tests/data/fuzz/TARGET/` (crashes the campaign found, and tricky seeds) goes through the
//! same checks as the fuzz target, `fuzz/checks.rs`. The real example plans do too.

#[path = "../fuzz/checks.rs"]
mod checks;

mod common;

fn inputs(target: &str) -> Vec<std::path::PathBuf> {
    let dir = common::root().join("tests/data/fuzz").join(target);
    let mut v: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    v.sort();
    v
}

#[test]
fn parse_regressions() {
    let mut n = 0;
    for f in inputs("parse")
        .into_iter()
        .chain(common::md_files(&common::examples()))
    {
        checks::parse(&std::fs::read(&f).unwrap());
        n += 1;
    }
    assert!(n >= 13);
}

#[test]
fn mapping_regressions() {
    let mut n = 0;
    for f in inputs("mapping")
        .into_iter()
        .chain(common::md_files(&common::examples()))
    {
        checks::mapping(&std::fs::read(&f).unwrap());
        n += 1;
    }
    assert!(n >= 13);
}

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

/// The `alpkg` binary with `--store DIR`.
pub fn alpkg_with_store(db: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("alpkg").unwrap();
    c.arg("--store").arg(db);
    c
}

/// Runs a peer-tool check script of `tests/python/` on a folder: (success, its output).
/// The scripts need the packages of `tests/python/requirements.txt` (`.ci/setup`).
pub fn peer_check(script: &str, dir: &std::path::Path) -> (bool, String) {
    let out = std::process::Command::new("python3")
        .arg(root().join("tests/python").join(script))
        .arg(dir)
        .output()
        .expect("python3 runs (see .ci/setup)");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// An `alpkg serve` process on a free loopback port, stopped when dropped.
#[allow(dead_code)]
pub struct Served {
    child: std::process::Child,
    /// The endpoint, `http://127.0.0.1:PORT/sparql`.
    pub url: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `alpkg serve` on a free loopback port and waits for its address.
#[allow(dead_code)]
pub fn serve(db: &std::path::Path, extra: &[&str]) -> Served {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("alpkg"))
        .arg("--store")
        .arg(db)
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    use std::io::BufRead;
    let mut lines = std::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let line = lines.next().unwrap().unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .trim_end_matches(';')
        .to_string();
    // Keep reading stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Served { child, url }
}

/// A store of the example plans in `dir`.
#[allow(dead_code)]
pub fn store_of_examples(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("store");
    alpkg_with_store(&db)
        .arg("ingest")
        .arg(examples())
        .assert()
        .success();
    db
}
pub mod servers;

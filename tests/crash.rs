//! Crash and fault tests of `alpkg ingest`, on real plans:
//! - `kill -9` at random moments of a first load and of an incremental re-ingest: the store
//!   then opens, holds for each plan either its old graph or its new one (never part of
//!   one), and once a writer has opened it, the vocabulary matches the plan graphs;
//! - a full disk and a read-only store directory (a small tmpfs, mounted in a user and
//!   mount namespace with `unshare`) give a clear error that names the problem.
//!
//! The seed of the kill times is printed; set `ALPKG_CRASH_SEED` to replay one run.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use alpkg::mapping::Iris;
use alpkg::store::{Store, FOCAL_KEY_FILE};
use oxigraph::model::{GraphNameRef, Quad};

/// Every 4th real plan (about 110 from the shared corpus; the examples without it).
fn sample_plans(into: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(into).unwrap();
    let all = common::md_files(&common::corpus_or_examples());
    let step = if all.len() > 100 { 4 } else { 1 };
    all.iter()
        .step_by(step)
        .map(|f| {
            let to = into.join(f.file_name().unwrap());
            std::fs::copy(f, &to).unwrap();
            to
        })
        .collect()
}

/// Version B of the plans: every other one with its title and prose lines changed.
fn edit_half(plans: &[PathBuf]) {
    for p in plans.iter().step_by(2) {
        let text = std::fs::read_to_string(p).unwrap();
        let edited: String = text
            .lines()
            .map(|l| {
                if l.starts_with("# ") || (l.len() > 60 && !l.starts_with(['[', '>', '<', '#'])) {
                    format!("{l} (edited)\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        std::fs::write(p, edited).unwrap();
    }
}

/// A store directory that will use `key` as its focal-point key, so that its graphs are
/// byte-for-byte those of the reference stores.
fn new_store(dir: &Path, key: &[u8]) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join(FOCAL_KEY_FILE), key).unwrap();
    dir.to_path_buf()
}

fn ingest(db: &Path, plans: &Path) -> std::process::Output {
    common::alpkg_with_store(db)
        .arg("ingest")
        .arg(plans)
        .output()
        .unwrap()
}

/// The plan graphs of a store (N-Quads lines by graph), the vocabulary apart.
fn graphs(db: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let out = common::alpkg_with_store(db)
        .args(["export", "--format", "nquads"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut by_graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let graph = line
            .trim_end_matches(" .")
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string();
        if graph.contains("/graph/") {
            by_graph.entry(graph).or_default().insert(line.to_string());
        }
    }
    by_graph
}

/// A small deterministic generator (SplitMix64), seeded from the clock unless given.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Starts an ingest and kills it (SIGKILL) after `after`; whether it had finished.
fn ingest_killed_after(db: &Path, plans: &Path, after: Duration) -> bool {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("alpkg"))
        .arg("--store")
        .arg(db)
        .arg("ingest")
        .arg(plans)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < after {
        if child.try_wait().unwrap().is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    false
}

/// After a crash: the store opens for reading; every plan graph is one of the two
/// versions whole; after a writer opened it, the vocabulary matches the plan graphs.
fn assert_consistent(
    db: &Path,
    old: &BTreeMap<String, BTreeSet<String>>,
    new: &BTreeMap<String, BTreeSet<String>>,
    what: &str,
) -> (usize, usize) {
    common::alpkg_with_store(db)
        .args(["query", "ASK { ?s ?p ?o }", "--format", "csv"])
        .assert()
        .success();
    let now = graphs(db);
    let (mut as_old, mut as_new) = (0, 0);
    for (g, lines) in &now {
        let is_new = new.get(g) == Some(lines);
        let is_old = old.get(g) == Some(lines);
        assert!(
            is_old || is_new,
            "{what}: {g} is neither its old nor its new graph ({} quads)",
            lines.len()
        );
        if is_new {
            as_new += 1;
        } else {
            as_old += 1;
        }
    }
    // A writer's open repairs an interrupted ingest: the vocabulary is then what the plan
    // graphs give.
    let iris = Iris::new(alpkg::vocab::DEFAULT_BASE).unwrap();
    let store = Store::open(db, iris).unwrap();
    let read_vocab = |s: &Store| -> BTreeSet<String> {
        s.oxigraph()
            .quads_for_pattern(
                None,
                None,
                None,
                Some(GraphNameRef::NamedNode(
                    s.iris().vocabulary_graph().as_ref(),
                )),
            )
            .map(|q: Result<Quad, _>| q.unwrap().to_string())
            .collect()
    };
    assert!(
        !store.interrupted(),
        "{what}: still marked interrupted after a writer opened it"
    );
    let stored = read_vocab(&store);
    if stored.is_empty() && now.is_empty() {
        // Killed before anything was written: a store as new.
        return (0, 0);
    }
    store.rebuild_vocabulary().unwrap();
    let recomputed = read_vocab(&store);
    assert_eq!(stored.len(), recomputed.len(), "{what}: vocabulary size");
    assert!(
        stored == recomputed,
        "{what}: the vocabulary does not match the plan graphs"
    );
    (as_old, as_new)
}

#[test]
fn kill_9_during_ingest_leaves_whole_plans_and_a_matching_vocabulary() {
    let tmp = tempfile::tempdir().unwrap();
    let key = b"4f1c2a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605f4e3";
    let plans_a = tmp.path().join("a");
    let files = sample_plans(&plans_a);
    let plans_b = tmp.path().join("b");
    let files_b = sample_plans(&plans_b);
    edit_half(&files_b);
    // References: A loaded whole; A then B, loaded whole.
    let ref_a = new_store(&tmp.path().join("ref-a"), key);
    let start = Instant::now();
    assert!(ingest(&ref_a, &plans_a).status.success());
    let full = start.elapsed();
    let ref_b = new_store(&tmp.path().join("ref-b"), key);
    assert!(ingest(&ref_b, &plans_a).status.success());
    assert!(ingest(&ref_b, &plans_b).status.success());
    let (graphs_a, graphs_b) = (graphs(&ref_a), graphs(&ref_b));
    assert_eq!(graphs_a.len(), files.len());
    assert_eq!(graphs_b.len(), files.len());
    let differing = graphs_a
        .iter()
        .filter(|(g, l)| graphs_b.get(*g) != Some(*l))
        .count();
    assert!(
        differing >= files.len() / 2,
        "version B changes half the plans"
    );

    let seed = std::env::var("ALPKG_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        });
    eprintln!(
        "crash seed {seed} (ALPKG_CRASH_SEED={seed} replays it); a full ingest takes {full:?}"
    );
    let mut rng = Rng(seed);
    let none = BTreeMap::new();
    let mut killed_mid = 0;
    for round in 0..5 {
        // A first load, killed.
        let db = new_store(&tmp.path().join(format!("first-{round}")), key);
        // Late in the run, where the writes are (parsing and clustering come first).
        let ms = full.as_millis() as u64;
        let at = Duration::from_millis(ms / 2 + rng.below(ms * 3 / 4));
        let finished = ingest_killed_after(&db, &plans_a, at);
        if store_exists(&db) {
            let (_, loaded) = assert_consistent(
                &db,
                &none,
                &graphs_a,
                &format!("first load killed at {at:?}"),
            );
            eprintln!(
                "first load killed at {at:?}: {loaded} of {} plans loaded{}",
                files.len(),
                if finished { " (it had finished)" } else { "" }
            );
            if !finished && loaded < files.len() {
                killed_mid += 1;
            }
        }
        // An incremental re-ingest (A -> B), killed.
        let db = new_store(&tmp.path().join(format!("again-{round}")), key);
        assert!(ingest(&db, &plans_a).status.success());
        let at = Duration::from_millis(rng.below(full.as_millis() as u64));
        let finished = ingest_killed_after(&db, &plans_b, at);
        let (old, new) = assert_consistent(
            &db,
            &graphs_a,
            &graphs_b,
            &format!("re-ingest killed at {at:?}"),
        );
        eprintln!(
            "re-ingest killed at {at:?}: {new} new, {old} old{}",
            if finished { " (it had finished)" } else { "" }
        );
        // Ingest again: the store ends as the reference B.
        assert!(ingest(&db, &plans_b).status.success());
        assert!(
            graphs(&db) == graphs_b,
            "after the crash, a new ingest gives version B"
        );
    }
    eprintln!("{killed_mid} of 5 first loads were killed part-way");
}

fn store_exists(db: &Path) -> bool {
    alpkg::store::exists(db)
}

/// Runs a shell script in a new user and mount namespace (`unshare -rm`), where it may
/// mount a small tmpfs; returns its output.
fn in_namespace(script: &str) -> std::process::Output {
    Command::new("unshare")
        .args(["-rm", "sh", "-c", script])
        .output()
        .expect("unshare runs (util-linux)")
}

#[test]
fn a_full_disk_is_a_clear_error_and_leaves_no_half_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let plans = tmp.path().join("plans");
    sample_plans(&plans);
    let mnt = tmp.path().join("small");
    std::fs::create_dir_all(&mnt).unwrap();
    let alpkg = assert_cmd::cargo::cargo_bin("alpkg");
    // 3 MB: RocksDB's files fit, the plans do not.
    let script = format!(
        "mount -t tmpfs -o size=3m tmpfs {m} && {a} --store {m}/store ingest {p}; echo \"exit=$?\"; {a} --store {m}/store query 'SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}' --format csv; echo \"query-exit=$?\"",
        m = mnt.display(),
        a = alpkg.display(),
        p = plans.display()
    );
    let out = in_namespace(&script);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}\n{stderr}");
    assert!(
        stdout.contains("exit=1"),
        "a full disk fails the ingest with exit 1: {stdout}"
    );
    assert!(
        stderr.contains("disk that holds the store") && stderr.contains("is full"),
        "the error says the disk is full: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // One clear error, not one per plan.
    assert_eq!(stderr.matches("is full").count(), 1, "{stderr}");
    // The store still opens, and holds no part of a plan.
    assert!(stdout.contains("query-exit=0"), "{stdout}");
}

#[test]
fn a_read_only_store_directory_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let plans = tmp.path().join("plans");
    sample_plans(&plans);
    let mnt = tmp.path().join("ro");
    std::fs::create_dir_all(&mnt).unwrap();
    let alpkg = assert_cmd::cargo::cargo_bin("alpkg");
    let script = format!(
        "mount -t tmpfs -o size=64m tmpfs {m} && {a} --store {m}/store ingest {p} >/dev/null 2>&1 && mount -o remount,ro {m} && {a} --store {m}/store ingest {p}; echo \"exit=$?\"; {a} --store {m}/store query 'ASK {{ ?s ?p ?o }}' --format csv; echo \"query-exit=$?\"",
        m = mnt.display(),
        a = alpkg.display(),
        p = plans.display()
    );
    let out = in_namespace(&script);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}\n{stderr}");
    assert!(
        stdout.contains("exit=1"),
        "writing a read-only store fails with exit 1: {stdout}"
    );
    assert!(
        stderr.contains("is read-only"),
        "the error says the directory is read-only: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Read commands still work on it.
    assert!(stdout.contains("query-exit=0"), "{stdout}");
    assert!(stdout.contains("true"), "{stdout}");
}

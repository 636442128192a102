//! Scaling benchmark: ingest a synthetic corpus of N copies of the real plans (1x, 10x,
//! 100x), then export it and compute the network, and report time per plan and peak RSS
//! of each command (the `alpkg` release binary, run as a child process).
//!
//! Run: `cargo bench --bench scale` (1x and 10x), or `cargo bench --bench scale -- 1 10 100`.
//! The corpus is `../shared/corpus/learning-plans` (or `ALPKG_CORPUS`); copies are written
//! under `target/scale/`. Each copy `k` of a plan is the plan with its title and every
//! prose line marked ` (copy k)`: distinct text, distinct digests, the same structure and
//! the same partner lists, as a larger archive of the same forms would be.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Writes `n` marked copies of every plan of `src` into `out` (kept when already there).
fn synthesise(src: &Path, out: &Path, n: usize) -> usize {
    let done = out.join(".complete");
    let mut files: Vec<PathBuf> = std::fs::read_dir(src)
        .expect("the corpus folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    if done.exists() {
        return files.len() * n;
    }
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out).unwrap();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let stem = f.file_stem().unwrap().to_string_lossy();
        for k in 0..n {
            let copy = if k == 0 { text.clone() } else { mark(&text, k) };
            std::fs::write(out.join(format!("{stem}__copy{k}.md")), copy).unwrap();
        }
    }
    std::fs::write(&done, "").unwrap();
    files.len() * n
}

/// The plan with its title and prose lines marked ` (copy k)`.
fn mark(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len() + 2048);
    for line in text.lines() {
        out.push_str(line);
        let t = line.trim_start();
        let prose = t.len() > 60
            && !(t.starts_with("[[")
                || t.starts_with('>')
                || t.starts_with('<')
                || t.starts_with('#'));
        if t.starts_with("# ") || prose {
            out.push_str(&format!(" (copy {k})"));
        }
        out.push('\n');
    }
    out
}

/// Runs the command; returns (seconds, peak RSS of the child in MB).
fn measure(cmd: &mut Command) -> (f64, f64) {
    let start = Instant::now();
    let status = cmd
        .stdout(std::process::Stdio::null())
        .status()
        .expect("alpkg runs");
    let secs = start.elapsed().as_secs_f64();
    assert!(status.success(), "{cmd:?} failed");
    (secs, peak_rss_of_children_mb())
}

/// The largest peak RSS of the children waited for so far (getrusage RUSAGE_CHILDREN):
/// each run starts from a fresh benchmark process, so the commands are measured one per
/// process (see `main`).
fn peak_rss_of_children_mb() -> f64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the struct we own.
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(rc, 0);
    usage.ru_maxrss as f64 / 1024.0
}

fn main() {
    let alpkg = env!("CARGO_BIN_EXE_alpkg");
    let raw: Vec<String> = std::env::args().skip(1).collect();
    // One command measured per process, so RUSAGE_CHILDREN is that command's peak.
    if let [cmd, n, rest @ ..] = raw.as_slice() {
        if cmd == "__one" {
            let n: usize = n.parse().unwrap();
            let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/scale");
            let plans = root.join(format!("{n}x"));
            let store = root.join(format!("{n}x.store"));
            let mut c = Command::new(alpkg);
            c.arg("--store").arg(&store).args(rest.iter());
            if rest.first().map(String::as_str) == Some("ingest") {
                let _ = std::fs::remove_dir_all(&store);
                c.arg(&plans);
            }
            let (secs, mb) = measure(&mut c);
            println!("{secs:.2} {mb:.0}");
            return;
        }
    }
    // `cargo bench` adds `--bench`.
    let args: Vec<String> = raw.into_iter().filter(|a| !a.starts_with('-')).collect();
    let scales: Vec<usize> = if args.is_empty() {
        vec![1, 10]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    let corpus = std::env::var_os("ALPKG_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/learning-plans")
        });
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/scale");
    let me = std::env::current_exe().unwrap();
    println!("| corpus | plans | triples | ingest | per plan | ingest peak RSS | export (N-Quads) | export peak RSS | network summary | network peak RSS |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let mut per_plan_1x = None;
    for n in scales {
        let plans = synthesise(&corpus, &root.join(format!("{n}x")), n);
        let run = |extra: &[&str]| -> (f64, f64) {
            let out = Command::new(&me)
                .arg("__one")
                .arg(n.to_string())
                .args(extra)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).unwrap();
            let mut it = text.split_whitespace().map(|v| v.parse::<f64>().unwrap());
            (it.next().unwrap(), it.next().unwrap())
        };
        let (ingest_s, ingest_mb) = run(&["ingest"]);
        let store = root.join(format!("{n}x.store"));
        let triples = String::from_utf8(
            Command::new(alpkg)
                .arg("--store")
                .arg(&store)
                .args([
                    "query",
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    "--format",
                    "tsv",
                ])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
        .lines()
        .nth(1)
        .unwrap_or("?")
        .split('^')
        .next()
        .unwrap_or("?")
        .trim_matches('"')
        .to_string();
        let (export_s, export_mb) = run(&["export", "--format", "nquads", "-o", "/dev/null"]);
        let (net_s, net_mb) = run(&["network", "summary"]);
        let per_plan = ingest_s / plans as f64 * 1000.0;
        let ratio = match per_plan_1x {
            None => {
                per_plan_1x = Some(per_plan);
                String::new()
            }
            Some(p) => format!(" ({:.2}x of 1x)", per_plan / p),
        };
        println!(
            "| {n}x | {plans} | {triples} | {ingest_s:.1} s | {per_plan:.2} ms{ratio} | {ingest_mb:.0} MB | {export_s:.1} s | {export_mb:.0} MB | {net_s:.1} s | {net_mb:.0} MB |"
        );
    }
}

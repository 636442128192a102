//! The `alpkg` binary end to end: every kind of bad input gets a clear message naming the
//! file (and line), the exit codes are as documented, and good plans go through.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn alpkg() -> Command {
    Command::cargo_bin("alpkg").unwrap()
}

fn plan_with(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn check_examples_is_clean_of_errors() {
    alpkg()
        .args(["check", "--quiet"])
        .arg(common::examples())
        .assert()
        .success();
}

#[test]
fn parse_json_has_model() {
    let f = common::examples()
        .join("2__empowering_rural_women_through_enabling_environment_of_women_creative_lab.md");
    let out = alpkg()
        .args(["parse", "--json"])
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["plan"]["form"], "report-2023");
    assert_eq!(
        v["plan"]["derived"]["partners"][0]["name"],
        "Women Peace Bank"
    );
    assert_eq!(
        v["plan"]["derived"]["insights"].as_array().unwrap().len(),
        6
    );
}

#[test]
fn parse_summary_names_partners() {
    let f = common::examples()
        .join("2__empowering_rural_women_through_enabling_environment_of_women_creative_lab.md");
    alpkg()
        .arg("parse")
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains("partner 1: Women Peace Bank"));
}

#[test]
fn invalid_utf8_names_file_and_line() {
    let d = tempfile::tempdir().unwrap();
    let f = plan_with(d.path(), "bad.md", b"# T\n[[year:2022]]\n\xff\n");
    alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("bad.md:3: error: not valid UTF-8"));
    alpkg()
        .arg("parse")
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.md:3: not valid UTF-8"));
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let f = plan_with(d.path(), "empty.md", b"");
    alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "empty.md: error: the file is empty",
        ));
}

#[test]
fn binary_file() {
    let d = tempfile::tempdir().unwrap();
    let f = plan_with(d.path(), "img.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("img.md:3: error: binary content"));
}

#[test]
fn file_with_no_tags() {
    let d = tempfile::tempdir().unwrap();
    let f = plan_with(d.path(), "notags.md", b"# Just a title\n\nSome text.\n");
    alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "notags.md:0: error: no `[[key:value]]` tags",
        ));
}

#[test]
fn twenty_megabyte_file() {
    let d = tempfile::tempdir().unwrap();
    let mut big = b"# Big\n[[year:2022]]\n".to_vec();
    big.resize(20 * 1024 * 1024, b'a');
    let f = plan_with(d.path(), "big.md", &big);
    alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "big.md: error: 20971520 bytes is more than",
        ));
}

#[test]
fn missing_path() {
    alpkg()
        .args(["check", "/nonexistent/plan.md"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "/nonexistent/plan.md: no such file or directory",
        ));
    alpkg()
        .args(["parse", "/nonexistent/plan.md"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no such file"));
}

#[test]
fn directory_without_markdown() {
    let d = tempfile::tempdir().unwrap();
    plan_with(d.path(), "notes.txt", b"hello");
    alpkg()
        .arg("check")
        .arg(d.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "the directory holds no `.md` files",
        ));
}

#[test]
fn lint_problems_have_file_line_level() {
    let d = tempfile::tempdir().unwrap();
    let f = plan_with(
        d.path(),
        "p.md",
        b"# T\n[[focal_point:a@b.org]]\n[[year:1990]]\n[[type:learningplan]]\n[[country:Narnia]]\n[[latlng:100,0]]\n## Title\n> Q\nA\n[[methods:late]]\n",
    );
    let out = alpkg()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let p = f.display().to_string();
    for want in [
        format!("{p}:3: error: year 1990 is out of range"),
        format!("{p}:5: warning: unknown country name `Narnia`"),
        format!("{p}:6: error: bad latlng: latitude 100 is outside -90..90"),
        format!("{p}:10: warning: tag `methods` comes after the first section"),
    ] {
        assert!(out.contains(&want), "missing `{want}` in:\n{out}");
    }
}

#[test]
fn usage_error_exits_2_and_help_has_examples() {
    alpkg().arg("frobnicate").assert().code(2);
    alpkg()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("Exit codes"));
}

/// `check --dropped` lists what partner answers held that is not a partner, with the line
/// and the reason, as notes that do not fail the check; `partners dropped` reads the same
/// pieces from the store.
#[test]
fn check_lists_dropped_partner_pieces() {
    // A real plan (Kenya): its partner answer names `Western Kenya`, a place.
    let plan = common::root().join(
        "tests/data/extraction-plans/_femidevs__driving_gender_inclusion_in_tech_through_digital_skills.md",
    );
    let out = alpkg()
        .args(["check", "--dropped"])
        .arg(&plan)
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let text = std::fs::read_to_string(&plan).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let noted: Vec<usize> = stdout
        .lines()
        .filter(|l| {
            l.contains("note: `Western Kenya`")
                && l.contains("(place)")
                && l.ends_with("[dropped-partner]")
        })
        .filter_map(|l| l.split(':').nth(1)?.parse().ok())
        .collect();
    assert_eq!(noted.len(), 1, "{stdout}");
    assert!(
        lines[noted[0] - 1].contains("Western Kenya"),
        "line {}",
        noted[0]
    );
    // Only pieces that are not partners: no partner the plan names is listed.
    let partners = alpkg::parse(&std::fs::read_to_string(&plan).unwrap())
        .plan
        .derived
        .partners;
    assert!(!partners.is_empty());
    for p in &partners {
        assert!(
            !stdout.contains(&format!("`{}`", p.name)),
            "{} listed",
            p.name
        );
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 dropped partner piece"));
    // Without the flag, no notes.
    let plain = alpkg()
        .arg("check")
        .arg(&plan)
        .assert()
        .get_output()
        .clone();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("note:"));
}

#[test]
fn a_named_query_given_as_sparql_says_how_to_run_it() {
    alpkg()
        .args(["query", "--in-memory", "top-partners"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`top-partners` is a named query, not SPARQL: run `alpkg query --name top-partners`",
        ));
}

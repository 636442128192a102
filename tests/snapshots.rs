//! Snapshot tests (insta): the full model of each bundled example plan, covering the
//! three form generations and the English, French and Spanish headings.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test`, then `git diff`).

mod common;

#[test]
fn example_plans_parse_as_snapshotted() {
    let files = common::md_files(&common::examples());
    assert!(
        files.len() >= 12,
        "examples/plans should hold a dozen plans"
    );
    for f in files {
        let doc = alpkg::source::read(&f).unwrap();
        let parsed = alpkg::parse(&doc.text);
        let name = f
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .chars()
            .take(60)
            .collect::<String>();
        insta::with_settings!({ snapshot_suffix => name, prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!("plan", parsed);
        });
    }
}

//! `alpkg partners` and the curation file, through the binary on the bundled example plans:
//! every partnership says how its partner was chosen, any label or acronym names a partner,
//! curation decisions are applied at ingest and recorded with their source, and a decision
//! that no longer matches any mention is reported.

mod common;

use std::path::Path;

fn run(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = common::alpkg_with_store(db).args(args).output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn query(db: &Path, sparql: &str) -> Vec<String> {
    let (ok, out, err) = run(db, &["query", sparql, "--format", "csv"]);
    assert!(ok, "{err}");
    out.lines().skip(1).map(str::to_string).collect()
}

const ALP: &str = "PREFIX alp: <https://w3id.org/alpkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

#[test]
fn every_partnership_says_how_and_partners_are_found_by_any_label() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("store");
    // The 85 real plans of the labelled extraction sample.
    let sample = common::root().join("tests/data/extraction-plans");
    let (ok, _, err) = run(&db, &["ingest", sample.to_str().unwrap()]);
    assert!(ok, "{err}");
    // Every partnership has exactly one method.
    let without = query(
        &db,
        &format!("{ALP} SELECT ?ps WHERE {{ ?ps a alp:Partnership FILTER NOT EXISTS {{ ?ps alp:resolvedBy ?m }} }}"),
    );
    assert!(without.is_empty(), "{without:?}");
    // International partners carry their IATI organisation identifier from the codelist.
    let iati = query(
        &db,
        &format!("{ALP} SELECT ?p ?id WHERE {{ ?p alp:iatiIdentifier ?id }} ORDER BY ?p"),
    );
    assert!(!iati.is_empty());
    assert!(
        iati.iter().all(|r| r.split(',').nth(1).is_some_and(
            |id| id.starts_with("XM-DAC-") && id[7..].chars().all(|c| c.is_ascii_digit())
        )),
        "{iati:?}"
    );
    // `partners list` has the columns analysts rely on, as CSV when piped.
    let (ok, list, _) = run(&db, &["partners", "list", "--format", "csv"]);
    assert!(ok);
    assert!(list.starts_with(
        "partner,scope,type,acronyms,iati,wikidata,mentions,plans,countries,labels,iri"
    ));
    assert!(list.contains("UNDP Chief Digital Office"));
    // Any label or acronym names a partner: `CDO` (an acronym) and the name as written.
    for name in ["CDO", "Chief Digital Office", "UNDP Chief Digital Office"] {
        let (ok, out, err) = run(&db, &["partners", "show", name, "--format", "csv"]);
        assert!(ok, "{name}: {err}");
        assert!(
            out.starts_with("plan,country,line,name_as_written,joined_by,note"),
            "{out}"
        );
        assert!(
            out.contains("Chief Digital Office,alias table"),
            "{name}: {out}"
        );
    }
    let (ok, _, err) = run(&db, &["partners", "show", "No Such Body Anywhere"]);
    assert!(!ok && err.contains("no partner named"), "{err}");
    // The network finds a partner by an acronym, not only by its label.
    let (ok, out, err) = run(&db, &["network", "ego", "CDO"]);
    assert!(ok, "{err}");
    assert!(out.contains("UNDP Chief Digital Office"), "{out}");
    // UNDP by its French/Spanish acronym, with its IATI identifier.
    let (ok, out, err) = run(&db, &["network", "ego", "PNUD"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("United Nations Development Programme"),
        "{out}"
    );
    let (ok, _, err) = run(&db, &["partners", "show", "PNUD", "--format", "csv"]);
    assert!(ok && err.contains("IATI XM-DAC-41114"), "{err}");
    // Review and dropped are CSV with their headers.
    let (ok, out, _) = run(&db, &["partners", "review"]);
    assert!(ok);
    assert!(out.starts_with("country,rule,name,plans,candidates,candidate_plans,score"));
    let (ok, out, _) = run(&db, &["partners", "dropped", "--format", "csv"]);
    assert!(ok);
    assert!(out.starts_with("plan,line,text,reason"));
    assert!(
        out.contains("eurolatina") || out.lines().count() >= 2,
        "{out}"
    );
}

#[test]
fn curation_decisions_are_applied_recorded_and_reported_when_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("store");
    let cur = tmp.path().join("cur.tsv");
    std::fs::write(
        &cur,
        "decision\tname_a\tcountry_a\tname_b\tcountry_b\tnote\n\
         same\tWomen Peace Bank\tKyrgyzstan\tToktogul district's Administration\tKyrgyzstan\ta test join\n\
         different\tSpices Board\tIndia\tSpices Board India\tIndia\ta test split\n\
         not-an-organisation\tGlobal Location Numbers (GLNs)\tIndia\t\t\tan identifier scheme\n\
         rename\tGovernment of India\tIndia\tGovernment of the Republic of India\tIndia\tofficial name\n\
         same\tNo Such Body\tIndia\tNor This One\tIndia\tstale\n",
    )
    .unwrap();
    let cur_s = cur.to_str().unwrap();
    let out = common::alpkg_with_store(&db)
        .args(["--curation", cur_s, "ingest"])
        .arg(common::examples())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    // The stale decision is reported with its file and line.
    assert!(
        err.contains(&format!("{cur_s}:6: warning")) && err.contains("stale-curation"),
        "{err}"
    );
    assert!(!err.contains(&format!("{cur_s}:2: warning")), "{err}");
    let partner_of = |name: &str| {
        query(
            &db,
            &format!(
                "{ALP} SELECT ?p WHERE {{ ?ps alp:nameAsWritten \"{name}\" ; alp:partner ?p }}"
            ),
        )
    };
    // same: one entity, recorded as a curation decision with its source.
    assert_eq!(
        partner_of("Women Peace Bank"),
        partner_of("Toktogul district's Administration")
    );
    let how = query(
        &db,
        &format!("{ALP} SELECT ?m ?note WHERE {{ ?ps alp:nameAsWritten ?n ; alp:resolvedBy ?m ; alp:resolutionNote ?note FILTER(?m = alp:ByCuration) }}"),
    );
    assert!(
        how.iter().any(|r| r.contains(&format!("{cur_s}:2"))),
        "{how:?}"
    );
    // different: kept apart although one name's words are all in the other.
    assert_ne!(partner_of("Spices Board"), partner_of("Spices Board India"));
    // not-an-organisation: no partnership, a dropped mention with the decision's source.
    assert!(partner_of("Global Location Numbers (GLNs)").is_empty());
    let dropped = query(
        &db,
        &format!("{ALP} SELECT ?reason WHERE {{ ?d a alp:DroppedMention ; alp:text \"Global Location Numbers (GLNs)\" ; alp:reason ?reason }}"),
    );
    assert!(
        dropped.iter().any(|r| r.contains(&format!("{cur_s}:4"))),
        "{dropped:?}"
    );
    // rename: the partner's label.
    let label = query(
        &db,
        &format!("{ALP} SELECT ?l WHERE {{ ?ps alp:nameAsWritten \"Government of India\" ; alp:partner ?p . ?p skos:prefLabel ?l }}"),
    );
    assert_eq!(label, ["Government of the Republic of India"]);
    // A bad curation line stops the command with the file and line.
    std::fs::write(&cur, "merge\ta\tIndia\tb\tIndia\n").unwrap();
    let out = common::alpkg_with_store(&db)
        .args(["--curation", cur_s, "ingest"])
        .arg(common::examples())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains(&format!("{cur_s}:1")), "{err}");
}

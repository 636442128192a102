//! `export --public` publishes no e-mail address: not in tag records, answers, partner names
//! and descriptions, links or IRIs, in any format, for the whole dataset and for one plan;
//! and no identifier is a plain hash of an address. The addresses are found in the source
//! plans with a pattern of this test's own, independent of `alpkg::privacy`.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use alpkg::export::{self, Format};
use alpkg::mapping::Iris;
use alpkg::store::Store;

const FORMATS: [Format; 6] = [
    Format::Turtle,
    Format::NTriples,
    Format::NQuads,
    Format::TriG,
    Format::RdfXml,
    Format::JsonLd,
];

/// Addresses written in the markdown files of a folder (as written, and lower-cased).
fn addresses_in(dir: &Path) -> BTreeSet<String> {
    let re =
        regex::Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
            .unwrap();
    let mut out = BTreeSet::new();
    for f in common::md_files(dir) {
        let text = std::fs::read_to_string(f).unwrap();
        for m in re.find_iter(&text) {
            out.insert(m.as_str().to_string());
            out.insert(m.as_str().to_lowercase());
        }
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Every plain hash someone could compute from a guessed address: SHA-1, SHA-256 and MD5 of
/// the address and of `mailto:` + the address, whole and cut to 16 hex digits.
fn hashes_of(address: &str) -> Vec<String> {
    use md5::Digest as _;
    let mut out = Vec::new();
    for input in [address.to_string(), format!("mailto:{address}")] {
        let b = input.as_bytes();
        for h in [
            hex(&sha1::Sha1::digest(b)),
            hex(&sha2::Sha256::digest(b)),
            hex(&md5::Md5::digest(b)),
        ] {
            out.push(h[..16].to_string());
            out.push(h);
        }
    }
    out
}

/// Asserts that an export holds no address, no `mailto:` and no plain hash of an address.
/// One pass each: a pattern over the text, the local parts as one alternation, and every
/// run of hex digits looked up among the hashes.
fn assert_clean(what: &str, text: &str, addresses: &BTreeSet<String>) {
    // JSON-LD: the data, without the published context (which declares the foaf terms).
    let data: String = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => v["@graph"].to_string(),
        Err(_) => text.to_string(),
    };
    let text = data.as_str();
    let lower = text.to_lowercase();
    let any_email =
        regex::Regex::new(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+\.[A-Za-z]").unwrap();
    if let Some(m) = any_email.find(text) {
        panic!("{what}: an e-mail address is published: {}", m.as_str());
    }
    assert!(!lower.contains("mailto:"), "{what}: a mailto: link");
    assert!(
        !lower.contains("mbox"),
        "{what}: a foaf:mbox or mbox_sha1sum"
    );
    let locals: BTreeSet<String> = addresses
        .iter()
        .map(|a| regex::escape(&a.split('@').next().unwrap().to_lowercase()))
        .collect();
    let locals = regex::Regex::new(&locals.into_iter().collect::<Vec<_>>().join("|")).unwrap();
    if let Some(m) = locals.find(&lower) {
        panic!(
            "{what}: the local part of an address is published: {}",
            m.as_str()
        );
    }
    let mut hashes: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for a in addresses {
        for h in hashes_of(a) {
            hashes.insert(h, a.clone());
        }
    }
    let hex_run = regex::Regex::new(r"[0-9a-f]{16,}").unwrap();
    for run in hex_run.find_iter(&lower) {
        let run = run.as_str();
        for len in [16, 32, 40, 64] {
            for start in 0..=run.len().saturating_sub(len) {
                if run.len() < len {
                    break;
                }
                if let Some(a) = hashes.get(&run[start..start + len]) {
                    panic!("{what}: a plain hash of {a} is published ({run})");
                }
            }
        }
    }
}

fn export(store: &Store, format: Format, plan: Option<&str>, public: bool) -> String {
    let mut v = Vec::new();
    export::write(
        store,
        format,
        &export::Options {
            plan: plan.map(str::to_string),
            public,
        },
        &mut v,
    )
    .unwrap();
    String::from_utf8(v).unwrap()
}

/// Two real plans, edited to hold addresses everywhere a plan can: the focal-point tag (one
/// person for both plans, written in two cases), an answer, a partner's name and description,
/// a `mailto:` link, a percent-encoded address in a URL and an address written `[at]`.
fn plans_with_addresses(dir: &Path) -> Vec<PathBuf> {
    let edit = |name: &str, focal: &str, extra: &str| {
        let src = std::fs::read_to_string(common::examples().join(name)).unwrap();
        let (before, after) = src.split_once("[[focal_point:").unwrap();
        let (_, rest) = after.split_once("]]").unwrap();
        let text = format!("{before}[[focal_point:{focal}]]{rest}\n{extra}");
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let partner_group = "\n<div class=\"group\">\n\n> Please state the name of the Parter:\n\n\
        Fundación Datos Abiertos (ana.gomez@fundaciondatos.org)\n\n\
        > Please provide a brief description of the collaboration\n\n\
        Co-design of the survey; write to Ana.Gomez@FundacionDatos.org or see \
        [our page](mailto:info.datos@fundaciondatos.org) and \
        https://fundaciondatos.org/contact?to=prensa.datos%40fundaciondatos.org\n\n</div>\n";
    vec![
        edit(
            "innovative_financing_for_development.md",
            "Maria.Lopez-Ruiz@undp.org",
            partner_group,
        ),
        edit(
            "clean_construction_system_application_in_gaziantep.md",
            "maria.lopez-ruiz@undp.org",
            "\n## Closing\n\n> Anything else?\n\nAsk kemal.yilmaz@gaziantep.bel.tr or \
             deniz.aydin [at] undp [dot] org for the data.\n",
        ),
    ]
}

#[test]
fn public_exports_hold_no_address_in_any_format() {
    let tmp = tempfile::tempdir().unwrap();
    let files = plans_with_addresses(tmp.path());
    let mut addresses = addresses_in(tmp.path());
    addresses.insert("deniz.aydin@undp.org".into());
    assert!(addresses.len() >= 7, "{addresses:?}");
    let store = Store::in_memory(Iris::default()).unwrap();
    let report =
        alpkg::ingest::ingest(&store, &files, &Default::default(), &mut |_, _| {}).unwrap();
    assert_eq!(report.failed(), 0);

    // The store keeps everything as written (lossless).
    let private = export(&store, Format::NTriples, None, false);
    for a in [
        "Maria.Lopez-Ruiz@undp.org",
        "Ana.Gomez@FundacionDatos.org",
        "kemal.yilmaz@gaziantep.bel.tr",
        "deniz.aydin [at] undp [dot] org",
    ] {
        assert!(private.contains(a), "the store lost {a}");
    }

    for format in FORMATS {
        let public = export(&store, format, None, true);
        assert_clean(&format!("{format:?}"), &public, &addresses);
        // Masked where they were, not cut: the text around them is still there.
        assert!(public.contains("[e-mail removed]"), "{format:?}");
        assert!(public.contains("for the data"), "{format:?}");
        for plan in [
            "innovative_financing_for_development",
            "clean_construction_system_application_in_gaziantep",
        ] {
            let one = export(&store, format, Some(plan), true);
            assert_clean(&format!("{format:?} --plan {plan}"), &one, &addresses);
            assert!(one.contains("[e-mail removed]"), "{format:?} {plan}");
        }
    }

    // One person, one focal-point node, in both plans of the public export.
    let nt = export(&store, Format::NTriples, None, true);
    let focal: BTreeSet<&str> = nt
        .lines()
        .filter(|l| l.contains("ontology#focalPoint>"))
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    assert_eq!(focal.len(), 1, "{focal:?}");
    let plans_linked = nt
        .lines()
        .filter(|l| l.contains("ontology#focalPoint>"))
        .count();
    assert_eq!(plans_linked, 2);
    assert!(nt.contains("<http://xmlns.com/foaf/0.1/Person>"));
}

/// Through the binary, on a persistent store: the key is created once (owner-only), the
/// focal-point IRIs survive reopening, and `--public` is clean in every format.
#[test]
fn cli_public_export_and_the_store_key() {
    let tmp = tempfile::tempdir().unwrap();
    let plans = tmp.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    plans_with_addresses(&plans);
    let mut addresses = addresses_in(&plans);
    addresses.insert("deniz.aydin@undp.org".into());
    let db = tmp.path().join("store");
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(&plans)
        .assert()
        .success();
    let key = db.join(alpkg::store::FOCAL_KEY_FILE);
    let key_text = std::fs::read_to_string(&key).unwrap();
    assert_eq!(key_text.trim().len(), 64);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the key is readable by others: {mode:o}");
    }
    let run = |args: &[&str]| {
        let out = common::alpkg_with_store(&db).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first = run(&["export", "--public", "--format", "ntriples"]);
    for f in ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"] {
        assert_clean(f, &run(&["export", "--public", "--format", f]), &addresses);
    }
    // Reopened (and re-ingested): same key, same pseudonyms.
    common::alpkg_with_store(&db)
        .arg("ingest")
        .arg(&plans)
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&key).unwrap(), key_text);
    assert_eq!(run(&["export", "--public", "--format", "ntriples"]), first);
    // Another store gets another key, so other pseudonyms for the same person.
    let db2 = tmp.path().join("store2");
    common::alpkg_with_store(&db2)
        .arg("ingest")
        .arg(&plans)
        .assert()
        .success();
    let other = common::alpkg_with_store(&db2)
        .args(["export", "--public", "--format", "ntriples"])
        .output()
        .unwrap();
    let pseudonyms = |nt: &str| -> BTreeSet<String> {
        nt.split(['<', '>'])
            .filter(|s| s.contains("/focal-point/"))
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (
        pseudonyms(&first),
        pseudonyms(&String::from_utf8(other.stdout).unwrap()),
    );
    assert_eq!(a.len(), 1);
    assert!(a.is_disjoint(&b));
}

/// The whole shared corpus (or the examples without it): the public export is clean.
#[test]
fn public_export_of_the_corpus_is_clean() {
    let dir = common::corpus_or_examples();
    let addresses = addresses_in(&dir);
    assert!(!addresses.is_empty());
    let store = Store::in_memory(Iris::default()).unwrap();
    alpkg::ingest::ingest(&store, &[dir], &Default::default(), &mut |_, _| {}).unwrap();
    for format in [Format::NQuads, Format::JsonLd] {
        let public = export(&store, format, None, true);
        assert_clean(&format!("corpus {format:?}"), &public, &addresses);
    }
}

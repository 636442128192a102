//! Partner extraction measured against hand-labelled gold: `tests/data/partner-extraction-gold.tsv`
//! lists every organisation and vague group that the partner answers of 85 randomly drawn
//! plans (`tests/data/extraction-sample.txt`, copies in `tests/data/extraction-plans/`) name,
//! labelled from reading the plans (see `tests/data/README.md`), not from the extractor.
//!
//! Each extracted mention of those plans is judged against the plan's gold rows with a
//! normaliser of this test's own: `org` (it is one gold organisation, typed as one),
//! `collective` (a gold vague group, typed collective), `collective-as-org`, `org-as-collective`,
//! `cut` (a strict part of a gold name), `glued` (two or more gold names), `noisy` (one gold
//! name with other words) or `not-an-organisation`. Precision is the share of `org` and
//! `collective`; recall the share of gold organisations extracted whole.

use std::collections::{BTreeMap, BTreeSet};

mod common;

#[derive(Debug)]
struct Gold {
    line: usize,
    kind: String,
    name: String,
    acronym: String,
    note: String,
}

/// Lower-case, accents and punctuation removed, `&` as `and`, spaces collapsed, a leading
/// article or `with` dropped: enough to compare a name as extracted with one as labelled.
fn norm(s: &str) -> String {
    let s = s
        .replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace(['\u{a0}', '\u{202f}'], " ");
    let s = strip_parens_and_urls(&s);
    let folded: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect();
    let folded = folded.replace('&', " and ");
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut words = &words[..];
    while words.len() > 1
        && matches!(
            words[0],
            "the" | "with" | "and" | "a" | "an" | "la" | "el" | "le" | "les" | "l"
        )
    {
        words = &words[1..];
    }
    words.join(" ")
}

fn strip_parens_and_urls(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace()
        .filter(|w| !w.starts_with("http") && !w.starts_with("www."))
        .collect::<Vec<_>>()
        .join(" ")
}

fn contains_words(hay: &str, needle: &str) -> bool {
    !needle.is_empty() && format!(" {hay} ").contains(&format!(" {needle} "))
}

fn gold(file: &str) -> BTreeMap<String, Vec<Gold>> {
    let text = std::fs::read_to_string(common::root().join("tests/data").join(file)).unwrap();
    let mut by_file: BTreeMap<String, Vec<Gold>> = BTreeMap::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() >= 5, "bad gold line: {line}");
        assert!(matches!(f[2], "org" | "collective"), "bad kind: {line}");
        by_file.entry(f[0].to_string()).or_default().push(Gold {
            line: f[1].parse().unwrap_or(0),
            kind: f[2].to_string(),
            name: f[3].to_string(),
            acronym: f[4].to_string(),
            note: f.get(6).map(|n| n.to_string()).unwrap_or_default(),
        });
    }
    by_file
}

fn sample(file: &str) -> Vec<String> {
    std::fs::read_to_string(common::root().join("tests/data").join(file))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// The judgement of one extracted mention.
fn judge(name: &str, acronym: Option<&str>, collective: bool, gold: &[Gold]) -> &'static str {
    let n = norm(name);
    let a = acronym.map(norm).unwrap_or_default();
    let matches = |g: &Gold| {
        let (gn, ga) = (norm(&g.name), norm(&g.acronym));
        n == gn || (!ga.is_empty() && (n == ga || (a == ga && !a.is_empty() && n.is_empty())))
    };
    if let Some(g) = gold.iter().find(|g| matches(g)) {
        return match (g.kind.as_str(), collective) {
            ("org", false) => "org",
            ("collective", true) => "collective",
            ("org", true) => "org-as-collective",
            _ => "collective-as-org",
        };
    }
    let inside: Vec<&Gold> = gold
        .iter()
        .filter(|g| contains_words(&n, &norm(&g.name)))
        .collect();
    if inside.len() >= 2 {
        return "glued";
    }
    if inside.len() == 1 {
        return "noisy";
    }
    if gold.iter().any(|g| contains_words(&norm(&g.name), &n)) {
        return "cut";
    }
    "not-an-organisation"
}

/// What one sample measures: (mentions extracted, precision, recall). `cases`: also print
/// each wrong and missed mention (never for the held-out sample, whose cases no rule may be
/// written against).
fn measure(gold_file: &str, sample_file: &str, cases: bool) -> (usize, f64, f64) {
    let gold = gold(gold_file);
    let files = sample(sample_file);
    let dir = common::root().join("tests/data/extraction-plans");
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut wrong: Vec<String> = Vec::new();
    let (mut gold_orgs, mut found_whole) = (0usize, 0usize);
    let mut missed: Vec<String> = Vec::new();
    // The missed gold organisations by kind (where the name stands, how the extractor
    // took it), printed for every sample: figures, not cases.
    let mut missed_kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_plan: Vec<(usize, usize, usize)> = Vec::new();
    for f in &files {
        let missed_before = missed.len();
        let gold_before = gold_orgs;
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        let plan = alpkg::parse(&text).plan;
        let g = gold.get(f).map(Vec::as_slice).unwrap_or(&[]);
        let mut extracted: BTreeSet<String> = BTreeSet::new();
        for p in &plan.derived.partners {
            let verdict = judge(&p.name, p.acronym.as_deref(), p.collective, g);
            *counts.entry(verdict).or_default() += 1;
            if !matches!(verdict, "org" | "collective") {
                wrong.push(format!("{verdict:20} {f}:{} {:?}", p.line, p.name));
            }
            extracted.insert(norm(&p.name));
            if let Some(a) = &p.acronym {
                extracted.insert(norm(a));
            }
        }
        for row in g.iter().filter(|r| r.kind == "org") {
            gold_orgs += 1;
            if extracted.contains(&norm(&row.name))
                || (!row.acronym.is_empty() && extracted.contains(&norm(&row.acronym)))
            {
                found_whole += 1;
            } else {
                missed.push(format!("{f}: {:?}", row.name));
                let kind = miss_kind(&text, row, &plan.derived);
                *missed_kinds.entry(kind).or_default() += 1;
            }
        }
        per_plan.push((
            gold_orgs - gold_before,
            missed.len() - missed_before,
            plan.derived.partners.len(),
        ));
    }
    let total: usize = counts.values().sum();
    let right =
        counts.get("org").copied().unwrap_or(0) + counts.get("collective").copied().unwrap_or(0);
    let precision = right as f64 / total as f64;
    let recall = found_whole as f64 / gold_orgs as f64;
    println!("sample {sample_file}: {} plans", files.len());
    println!("extracted mentions: {total}; judged: {counts:?}");
    println!("precision (one organisation or a correctly typed collective): {precision:.3}");
    println!(
        "recall (gold organisations extracted whole): {found_whole}/{gold_orgs} = {recall:.3}"
    );
    println!("missed by kind (question / note / how extracted): {missed_kinds:?}");
    if std::env::var_os("ALPKG_PER_PLAN").is_some() {
        println!("per plan (gold orgs, missed, extracted): {per_plan:?}");
    }
    if cases {
        for w in &wrong {
            println!("  {w}");
        }
        for m in missed.iter().take(60) {
            println!("  missed {m}");
        }
    }
    (total, precision, recall)
}

/// Where a missed gold organisation stands and what the extractor made of it: the kind of
/// question its line answers (`name field`, `per-sector`, `other`), `tangential` when the
/// gold says so, and whether an extracted mention holds it with other words (`inside`),
/// holds a part of it (`part`), a dropped piece holds it (`dropped as` why), or none
/// (`absent`).
fn miss_kind(text: &str, row: &Gold, derived: &alpkg::model::Derived) -> String {
    let partners = &derived.partners;
    let question = text
        .lines()
        .take(row.line)
        .filter(|l| l.starts_with('>'))
        .last()
        .unwrap_or("")
        .to_lowercase();
    let place = if question.contains("name of the part") {
        "name field"
    } else if question.contains("work with") || question.contains("partners") {
        "per-sector"
    } else {
        "other"
    };
    let n = norm(&row.name);
    let how = if partners.iter().any(|p| contains_words(&norm(&p.name), &n)) {
        "inside"
    } else if partners.iter().any(|p| {
        let m = norm(&p.name);
        m.len() >= 3 && contains_words(&n, &m)
    }) {
        "part"
    } else if let Some(d) = derived
        .dropped_partners
        .iter()
        .find(|d| contains_words(&norm(&d.text), &n))
    {
        return format!("{place}/dropped as {}", d.reason);
    } else {
        "absent"
    };
    let acronym = if alpkg::names::is_acronym(row.name.trim()) {
        "acronym"
    } else {
        "name"
    };
    let note = if row.note.contains("tangential") {
        "tangential"
    } else {
        "partner"
    };
    format!("{place}/{note}/{acronym}/{how}")
}

#[test]
fn extraction_against_the_labelled_sample() {
    let (total, precision, recall) =
        measure("partner-extraction-gold.tsv", "extraction-sample.txt", true);
    // Floors a little under the measured figures (closing note of issue 8), so that a
    // regression fails.
    assert!(total >= 250, "too few mentions extracted: {total}");
    assert!(precision >= 0.93, "precision {precision:.3}");
    assert!(recall >= 0.88, "recall {recall:.3}");
}

/// A second sample labelled apart (30 plans, `tests/data/extraction-heldout-sample.txt`),
/// first measured before any rule looked at it: how the extractor does on plans its rules
/// were not written against.
#[test]
fn extraction_against_the_held_out_sample() {
    let (total, precision, recall) = measure(
        "extraction-heldout-gold.tsv",
        "extraction-heldout-sample.txt",
        false,
    );
    assert!(total >= 100, "too few mentions extracted: {total}");
    // Floors under the figures reached (0.894 and 0.724 when last measured).
    assert!(precision >= 0.88, "precision {precision:.3}");
    assert!(recall >= 0.70, "recall {recall:.3}");
}

/// A third sample (30 plans, `tests/data/extraction-dev-sample.txt`), labelled apart like the
/// held-out one but with its cases printed, so that rules can be written against the kinds it
/// shows; its first figures were measured before any rule looked at it.
#[test]
fn extraction_against_the_third_sample() {
    let (total, precision, recall) =
        measure("extraction-dev-gold.tsv", "extraction-dev-sample.txt", true);
    assert!(total >= 100, "too few mentions extracted: {total}");
    // Floors under the figures reached (0.923 and 0.896; first measured 0.862 and 0.688).
    assert!(precision >= 0.90, "precision {precision:.3}");
    assert!(recall >= 0.88, "recall {recall:.3}");
}

/// A fourth sample (30 plans, `tests/data/extraction-fourth-sample.txt`), labelled apart like
/// the third, its cases printed; first measured before any rule looked at it.
#[test]
fn extraction_against_the_fourth_sample() {
    let (total, precision, recall) = measure(
        "extraction-fourth-gold.tsv",
        "extraction-fourth-sample.txt",
        true,
    );
    assert!(total >= 100, "too few mentions extracted: {total}");
    // Floors under the figures reached (0.829 and 112/131 = 0.855; first measured 0.691 and
    // 84/131 = 0.641).
    assert!(precision >= 0.80, "precision {precision:.3}");
    assert!(recall >= 0.83, "recall {recall:.3}");
}

/// A fifth sample (30 plans, `tests/data/extraction-fifth-sample.txt`), labelled apart and held
/// out like the second: only its figures and its missed organisations by kind are printed.
#[test]
fn extraction_against_the_fifth_sample() {
    let (total, precision, recall) = measure(
        "extraction-fifth-gold.tsv",
        "extraction-fifth-sample.txt",
        false,
    );
    assert!(total >= 100, "too few mentions extracted: {total}");
    // Floors under the figures reached (0.882 and 94/146 = 0.644; first measured, before any
    // rule looked at it, 0.878 and 91/146 = 0.623).
    assert!(precision >= 0.86, "precision {precision:.3}");
    assert!(recall >= 0.63, "recall {recall:.3}");
}

//! Corpus test: every real plan parses, every non-empty answer is kept verbatim, and
//! the partners and insights found per form generation are reported.
//!
//! Runs over `../shared/corpus/learning-plans` when it is there, else over the bundled
//! `examples/plans` (and says so). Figures print with `cargo test --test corpus -- --nocapture`.

mod common;

use std::collections::BTreeMap;

use alpkg::model::FormGeneration;
use alpkg::parse::text::{collapse_ws, decode};

/// Answer blocks counted without the parser: text between structural lines.
fn answer_blocks(src: &str) -> (Vec<String>, Vec<String>) {
    let mut blocks = Vec::new();
    let mut quotes = Vec::new();
    let mut cur = String::new();
    let mut seen_section = false;
    for (i, line) in src.lines().enumerate() {
        let t = line.trim();
        let structural = (i == 0 && t.starts_with("# "))
            || (t.starts_with("[[") && t.ends_with("]]"))
            || t.starts_with("##")
            || t.starts_with('>')
            || t == r#"<div class="group">"#
            || t == "</div>"
            || (t.len() >= 3 && t.chars().all(|c| c == '*'));
        if t.starts_with("##") {
            seen_section = true;
        }
        if structural {
            if let Some(q) = t.strip_prefix('>') {
                let q = collapse_ws(&decode(q));
                if !q.is_empty() {
                    quotes.push(q);
                }
            }
            let b = collapse_ws(&decode(&cur));
            if !b.is_empty() && seen_section {
                blocks.push(b);
            }
            cur.clear();
        } else {
            cur.push_str(line);
            cur.push('\n');
        }
    }
    let b = collapse_ws(&decode(&cur));
    if !b.is_empty() {
        blocks.push(b);
    }
    (blocks, quotes)
}

#[derive(Default, Debug)]
struct Figures {
    plans: usize,
    partners: usize,
    plans_with_partners: usize,
    insights: usize,
    learning_questions: usize,
    handover: usize,
}

#[test]
fn every_plan_parses_and_every_answer_is_kept() {
    let dir = common::corpus_or_examples();
    let files = common::md_files(&dir);
    assert!(!files.is_empty());
    let (mut blocks_total, mut blocks_kept, mut quotes_total, mut quotes_kept) =
        (0usize, 0usize, 0usize, 0usize);
    let mut per_form: BTreeMap<FormGeneration, Figures> = BTreeMap::new();
    let mut missing = Vec::new();
    for f in &files {
        let doc = alpkg::source::read(f).unwrap_or_else(|e| panic!("{e}"));
        let plan = alpkg::parse(&doc.text).plan;
        let answers: Vec<String> = plan
            .items()
            .flat_map(|i| {
                [
                    collapse_ws(&i.answer),
                    i.instructions.clone().unwrap_or_default(),
                ]
            })
            .collect();
        let questions: Vec<String> = plan.items().map(|i| i.question.clone()).collect();
        let (blocks, quotes) = answer_blocks(&doc.text);
        for b in blocks {
            blocks_total += 1;
            if answers.iter().any(|a| a.contains(&b)) {
                blocks_kept += 1;
            } else {
                missing.push(format!(
                    "{}: {}",
                    f.display(),
                    b.chars().take(80).collect::<String>()
                ));
            }
        }
        for q in quotes {
            quotes_total += 1;
            if questions.contains(&q) || answers.iter().any(|a| a.contains(&q)) {
                quotes_kept += 1;
            } else {
                missing.push(format!(
                    "{}: > {}",
                    f.display(),
                    q.chars().take(80).collect::<String>()
                ));
            }
        }
        let fig = per_form.entry(plan.form).or_default();
        fig.plans += 1;
        fig.partners += plan.derived.partners.len();
        fig.plans_with_partners += usize::from(!plan.derived.partners.is_empty());
        fig.insights += plan.derived.insights.len();
        fig.learning_questions += plan.derived.learning_questions.len();
        fig.handover += plan.derived.handover_outcomes.len();
    }
    println!("corpus: {} ({} plans)", dir.display(), files.len());
    println!("answer blocks kept verbatim: {blocks_kept}/{blocks_total}; `>` lines kept: {quotes_kept}/{quotes_total}");
    for (form, f) in &per_form {
        println!("{:<12} {f:?}", form.as_str());
    }
    assert!(
        missing.is_empty(),
        "{} block(s) lost:\n{}",
        missing.len(),
        missing.join("\n")
    );
    assert_eq!(blocks_kept, blocks_total);
    // Each form generation present yields its derived structure.
    for (form, f) in &per_form {
        match form {
            FormGeneration::Plan => {
                assert!(f.partners > 0 && f.learning_questions > 0, "{form:?} {f:?}")
            }
            FormGeneration::Report2021 => {
                assert!(f.partners > 0 && f.insights > 0, "{form:?} {f:?}")
            }
            FormGeneration::Report2023 => {
                assert!(
                    f.partners > 0 && f.insights > 0 && f.handover > 0,
                    "{form:?} {f:?}"
                )
            }
            FormGeneration::Unknown => {}
        }
    }
}

//! Property tests: arbitrary input never panics the parser, and every non-structural
//! line of a document built from the grammar's pieces reaches the model.

use alpkg::parse::text::{collapse_ws, decode};
use proptest::prelude::*;

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("## Partners".to_string()),
        Just("## ".to_string()),
        Just("****".to_string()),
        Just("<div class=\"group\">".to_string()),
        Just("</div>".to_string()),
        Just("> ".to_string()),
        Just("> Please state the name of the partner:".to_string()),
        Just("> What are the top 5 key insights you generated?".to_string()),
        Just("".to_string()),
        "\\[\\[[a-z_]{1,8}:[a-zA-Z ,.0-9&;]{0,12}\\]\\]",
        "> [A-Za-z ?]{1,20}",
        "word[a-z]{0,6} [A-Z][a-z]{1,8}( [0-9]\\. [a-z]{1,5}){0,3}",
        "[- 1-9.;,&a-zA-Z]{1,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        let p = alpkg::parse(&s);
        let _ = alpkg::check::check(&p);
    }

    #[test]
    fn grammar_soup_keeps_every_text_line(lines in proptest::collection::vec(line(), 0..40)) {
        let doc = lines.join("\n");
        let parsed = alpkg::parse(&doc);
        let _ = alpkg::check::check(&parsed);
        let answers: Vec<String> = parsed.plan.items().map(|i| collapse_ws(&i.answer)).collect();
        for (i, l) in lines.iter().enumerate() {
            let t = l.trim();
            let structural = t.is_empty() || t.starts_with("##") || t.starts_with('>') || t.starts_with("[[")
                || t == "<div class=\"group\">" || t == "</div>" || t.chars().all(|c| c == '*')
                || (i == 0 && t.starts_with("# "));
            if structural {
                continue;
            }
            let c = collapse_ws(&decode(t));
            prop_assert!(answers.iter().any(|a| a.contains(&c)), "line {:?} lost from {:?}", l, doc);
        }
    }
}

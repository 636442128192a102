//! The linter behind `alpkg check`: every problem in a plan, not just the first.
//!
//! It reads a [`Parsed`] plan (the parser's own diagnostics included) and adds the
//! rules that need more than the grammar: required tags, value formats, the country
//! table. It never reads files and never prints; the CLI formats `file:line: level: message`.

use crate::countries;
use crate::model::{Diagnostic, Level};
use crate::parse::{parse_latlng, Parsed};

/// Tag keys the archive uses. Other keys are kept, with a warning.
pub const KNOWN_TAGS: &[&str] = &[
    "focal_point",
    "year",
    "type",
    "country",
    "latlng",
    "datasources",
    "methods",
    "thematic_areas",
    "sdgs",
];

/// Tags that should appear once.
const SINGLE_TAGS: &[&str] = &["focal_point", "year", "type", "country", "latlng"];

/// Years a plan may carry (the Accelerator Labs started in 2019).
pub const YEARS: std::ops::RangeInclusive<i32> = 2019..=2035;

/// All diagnostics for a parsed plan, sorted by line (errors first on the same line).
pub fn check(parsed: &Parsed) -> Vec<Diagnostic> {
    let plan = &parsed.plan;
    let mut out = parsed.diagnostics.clone();
    let mut push = |level, line, code: &str, message: String| {
        out.push(Diagnostic {
            level,
            line,
            code: code.to_string(),
            message,
        })
    };
    match &plan.title {
        None => push(
            Level::Error,
            1,
            "missing-title",
            "no `# title` line at the top of the plan".into(),
        ),
        Some(t) if t.value.is_empty() => push(
            Level::Error,
            t.line,
            "missing-title",
            "the title line is empty".into(),
        ),
        _ => {}
    }
    if plan.tags.is_empty() {
        push(
            Level::Error,
            0,
            "no-tags",
            "no `[[key:value]]` tags: is this an action learning plan?".into(),
        );
    }
    for key in SINGLE_TAGS {
        let v: Vec<_> = plan.tag_values(key).collect();
        if v.len() > 1 {
            push(
                Level::Warning,
                v[1].line,
                "repeated-tag",
                format!(
                    "`{key}` is given {} times; the first (line {}) is used",
                    v.len(),
                    v[0].line
                ),
            );
        }
    }
    for t in &plan.tags {
        if !KNOWN_TAGS.contains(&t.key.as_str()) {
            push(
                Level::Warning,
                t.line,
                "unknown-tag",
                format!("unknown tag key `{}` (kept as it is)", t.key),
            );
        }
        if t.value.trim().is_empty() {
            push(
                Level::Warning,
                t.line,
                "empty-tag",
                format!("tag `{}` has no value", t.key),
            );
        }
    }
    if !plan.tags.is_empty() {
        match plan.tag("country") {
            None => push(Level::Error, 0, "missing-country", "no `[[country:...]]` tag".into()),
            Some(c) if countries::lookup(&c.value).is_none() && !c.value.trim().is_empty() => push(
                Level::Warning,
                c.line,
                "unknown-country",
                format!("unknown country name `{}`; use an English short name such as `Côte d'Ivoire` or `Viet Nam`", c.value.trim()),
            ),
            _ => {}
        }
        match plan.tag("latlng") {
            None => push(
                Level::Warning,
                0,
                "missing-latlng",
                "no `[[latlng:lat,lng]]` tag".into(),
            ),
            Some(t) => {
                if let Err(e) = parse_latlng(&t.value) {
                    push(
                        Level::Error,
                        t.line,
                        "bad-latlng",
                        format!("bad latlng: {e}"),
                    );
                }
            }
        }
        match plan.tag("year") {
            None => push(
                Level::Warning,
                0,
                "missing-year",
                "no `[[year:...]]` tag".into(),
            ),
            Some(t) => match t.value.trim().parse::<i32>() {
                Err(_) => push(
                    Level::Error,
                    t.line,
                    "bad-year",
                    format!("year `{}` is not a number", t.value.trim()),
                ),
                Ok(y) if !YEARS.contains(&y) => push(
                    Level::Error,
                    t.line,
                    "year-out-of-range",
                    format!(
                        "year {y} is out of range ({}..{})",
                        YEARS.start(),
                        YEARS.end()
                    ),
                ),
                _ => {}
            },
        }
        match plan.tag("focal_point") {
            None => push(
                Level::Warning,
                0,
                "missing-focal-point",
                "no `[[focal_point:...]]` tag".into(),
            ),
            Some(t) if !looks_like_email(&t.value) => push(
                Level::Warning,
                t.line,
                "bad-focal-point",
                format!("focal point `{}` is not an e-mail address", t.value.trim()),
            ),
            _ => {}
        }
        match plan.tag("type") {
            None => push(
                Level::Warning,
                0,
                "missing-type",
                "no `[[type:...]]` tag".into(),
            ),
            Some(t) if t.normalized != "learningplan" => push(
                Level::Warning,
                t.line,
                "not-a-learning-plan",
                format!("document type is `{}`, not `learningplan`", t.value.trim()),
            ),
            _ => {}
        }
    }
    if plan.sections.is_empty() && !plan.tags.is_empty() {
        push(
            Level::Warning,
            0,
            "no-sections",
            "the plan has metadata only: no `##` section".into(),
        );
    }
    out.sort_by_key(|d| (d.line, std::cmp::Reverse(d.level)));
    out
}

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    match s.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty() && domain.contains('.') && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Whether any diagnostic is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.level == Level::Error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn codes(src: &str) -> Vec<String> {
        check(&parse(src))
            .into_iter()
            .map(|d| format!("{}:{}", d.line, d.code))
            .collect()
    }

    const OK: &str = "# T\n[[focal_point:a@b.org]]\n[[year:2023]]\n[[type:learningplan]]\n[[country:Ivory Coast]]\n[[latlng:7.5,-5.5]]\n## Title\n> Q\nA\n";

    #[test]
    fn clean_plan_has_no_diagnostics() {
        assert!(codes(OK).is_empty(), "{:?}", codes(OK));
    }

    #[test]
    fn each_rule_fires() {
        assert_eq!(codes(&OK.replace("7.5,-5.5", "95,10")), ["6:bad-latlng"]);
        assert_eq!(codes(&OK.replace("7.5,-5.5", "abc")), ["6:bad-latlng"]);
        assert_eq!(codes(&OK.replace("2023", "1999")), ["3:year-out-of-range"]);
        assert_eq!(codes(&OK.replace("2023", "twenty")), ["3:bad-year"]);
        assert_eq!(
            codes(&OK.replace("Ivory Coast", "Atlantis")),
            ["5:unknown-country"]
        );
        assert_eq!(
            codes(&OK.replace("[[country:Ivory Coast]]\n", "")),
            ["0:missing-country"]
        );
        assert_eq!(codes(&OK.replace("# T\n", "")), ["1:missing-title"]);
        assert_eq!(
            codes(&OK.replace("a@b.org", "someone")),
            ["2:bad-focal-point"]
        );
        assert_eq!(
            codes(&OK.replace("learningplan", "solution")),
            ["4:not-a-learning-plan"]
        );
        assert_eq!(
            codes(&format!("{OK}[[methods:late]]\n")),
            ["10:tag-after-section"]
        );
        assert_eq!(
            codes(&format!("{OK}[[colour:blue]]\n")),
            ["10:tag-after-section", "10:unknown-tag"]
        );
        assert_eq!(
            codes("# T\nhello\n"),
            ["0:no-tags", "2:text-before-section"]
        );
    }
}

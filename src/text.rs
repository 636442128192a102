//! Text helpers shared by the parser, the name normaliser and the mapping: entity decoding, whitespace and label normalisation,
//! link and image extraction. Pure functions over `&str`; nothing here knows the form.

use std::sync::LazyLock;

use regex::Regex;

/// Decodes HTML entities (`&amp;`, `&nbsp;`, `&#39;`, double-encoded `&amp;lt;` once more)
/// and turns non-breaking spaces into plain spaces.
pub fn decode(s: &str) -> String {
    if !s.contains('&') && !s.contains('\u{a0}') {
        return s.to_string();
    }
    let mut out = html_escape::decode_html_entities(s).into_owned();
    // The archive double-encodes some HTML (`&amp;lt;div&amp;gt;`): one more pass when a
    // decoded entity is left behind.
    if out.contains("&lt;")
        || out.contains("&gt;")
        || out.contains("&amp;")
        || out.contains("&nbsp;")
    {
        out = html_escape::decode_html_entities(&out).into_owned();
    }
    out.replace('\u{a0}', " ")
}

/// Collapses every run of whitespace (spaces, tabs, new lines) into one space and trims.
pub fn collapse_ws(s: &str) -> String {
    // Most text is already collapsed: single ASCII spaces between words, none at the ends.
    // Checking that is a scan with no allocation but the copy.
    let mut prev_space = true;
    let already = s.chars().all(|c| {
        let ok = if c == ' ' {
            !prev_space
        } else {
            !c.is_whitespace()
        };
        prev_space = c == ' ';
        ok
    }) && !prev_space;
    if already {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The normalised form of a label: entities decoded, whitespace collapsed, case-folded,
/// punctuation and symbols at both ends removed (`"Climate Innovation."` -> `"climate innovation"`).
pub fn normalize_label(s: &str) -> String {
    let s = collapse_ws(&decode(s)).to_lowercase();
    s.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(')
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')')
        .to_string()
}

/// Joins answer lines into the stored answer text: entities decoded, trailing spaces of
/// each line removed, runs of blank lines collapsed to one, leading/trailing blank lines dropped.
pub fn answer_text(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut blank = false;
    for raw in lines {
        let line = decode(raw);
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
            if blank {
                out.push('\n');
            }
        }
        blank = false;
        out.push_str(line);
    }
    out
}

static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\((https?://[^)\s]+)\)").expect("valid regex"));
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"https?://[^\s<>"'\[\]()|]+"#).expect("valid regex"));

/// Image URLs in markdown image syntax, in order.
pub fn images(s: &str) -> Vec<String> {
    if !s.contains("](http") {
        return Vec::new();
    }
    IMAGE.captures_iter(s).map(|c| c[1].to_string()).collect()
}

/// Every http(s) URL that is not an image, in order, without trailing punctuation.
/// URLs glued to HTML (`...html<div>`) are cut at the `<`.
pub fn links(s: &str) -> Vec<String> {
    if !s.contains("http") {
        return Vec::new();
    }
    let imgs = images(s);
    let mut out: Vec<String> = Vec::new();
    for m in URL.find_iter(s) {
        let u = m
            .as_str()
            .trim_end_matches(['.', ',', ';', ':', '!', '?', '*', '`']);
        if u.len() <= "https://".len() || imgs.iter().any(|i| i == u) {
            continue;
        }
        if !out.iter().any(|o| o == u) {
            out.push(u.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_entities_and_nbsp() {
        assert_eq!(decode("R&amp;D&nbsp;lab\u{a0}x"), "R&D lab x");
        assert_eq!(decode("&amp;lt;div&amp;gt;"), "<div>");
        assert_eq!(decode("plain"), "plain");
    }

    #[test]
    fn normalize_label_trims_case_and_punctuation() {
        assert_eq!(
            normalize_label("  Climate Innovation. "),
            "climate innovation"
        );
        assert_eq!(normalize_label("green transition,"), "green transition");
        assert_eq!(
            normalize_label("Minimal Viable Product (MVP)"),
            "minimal viable product (mvp)"
        );
        assert_eq!(
            normalize_label("citizen-generated data"),
            "citizen-generated data"
        );
        assert_eq!(
            normalize_label("10. Reduced  innequalities"),
            "10. reduced innequalities"
        );
        assert_eq!(normalize_label("..."), "");
    }

    #[test]
    fn collapse_ws_fast_path_agrees_with_the_slow_one() {
        let slow = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a b",
            "a b ",
            "a  b",
            "a\tb",
            "a\nb",
            "a\u{a0}b",
            "Ministère de la Santé",
            "x \u{2003} y",
        ] {
            assert_eq!(collapse_ws(s), slow(s), "{s:?}");
        }
    }

    #[test]
    fn answer_text_collapses_blank_runs() {
        assert_eq!(answer_text(&["", "a  ", "", "", "b", ""]), "a\n\nb");
        assert_eq!(answer_text(&["x", "y"]), "x\ny");
    }

    #[test]
    fn links_and_images() {
        let s = "see https://a.org/x. and ![Missing alt text](https://b.org/i.png) https://c.org/p<div><br></div>";
        assert_eq!(images(s), vec!["https://b.org/i.png"]);
        assert_eq!(links(s), vec!["https://a.org/x", "https://c.org/p"]);
    }
}

//! Splitting one answer into the several things it lists: key insights (numbered lines,
//! inline `1. ... 2. ...`, `1 -`, bullets) and partner names (new lines, numbering, `;`,
//! `,` and ` and ` where they separate names). Pure text functions; the form knowledge of
//! which answer is which lives in `derive`.
//!
//! Stages of the partner names, one file each: [`partners`] (an answer into pieces, with
//! their lines), [`entries`] (an item holding several entries run together), [`pieces`] (a
//! piece made ready: quotes, kind labels, hedges, URLs, glued bodies), [`names`] (where commas, slashes and known names separate names),
//! [`conjunctions`] (`and` between names or inside one), [`clean`] (one name cleaned),
//! [`prose`] (names picked out of prose answers) and [`introduced`] (whether the answer
//! introduces such a name as a body). Key insights and the line markers are here.

use std::sync::LazyLock;

use regex::Regex;

use super::text::collapse_ws;

/// One piece of a split answer, with the 0-based line (within the answer) it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub line: usize,
}

/// A list marker at the start of a line: `1.`, `1)`, `(1)`, `1 -`, `1-`, `1 –`, `1:`,
/// `-`, `*`, `•`, `>`, `a)`.
static LINE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\(?\d{1,2}\s*[.)\-–—:]+|\(\d{1,2}\)|[-*•·●▪◦>–—]|[a-hA-H]\))\s*")
        .expect("valid regex")
});

/// A numbered marker inside a line: the number and where the marker starts/ends.
static INLINE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s;,.:])(\(?(\d{1,2})(?:\s*[.)]|\s*[-–—]|\s*:)\s+)").expect("valid regex")
});

fn strip_marker(s: &str) -> (&str, bool) {
    match LINE_MARKER.find(s) {
        Some(m) if m.end() < s.len() || m.as_str().trim().is_empty() => {
            (&s[m.end()..], !m.as_str().trim().is_empty())
        }
        Some(_) => ("", true),
        None => (s, false),
    }
}

/// Whether a line starts with a list marker.
pub fn has_marker(line: &str) -> bool {
    strip_marker(line).1
}

/// Splits an answer into list items: one per marked line (unmarked lines continue the
/// item above), one per line when no line is marked, then inline numbered runs
/// (`1. a 2. b 3. c`) are split too. Markers are removed; whitespace is collapsed.
/// Prose without any of these stays one item.
pub fn split_items(answer: &str) -> Vec<Piece> {
    split_lines(answer, false)
}

/// [`split_items`]; with `headings`, an unmarked line that ends with `:` among marked ones
/// (`Internal partners (Joint Office):` between two bulleted lists) is an item of its own,
/// not the continuation of the item above.
fn split_lines(answer: &str, headings: bool) -> Vec<Piece> {
    let lines: Vec<(usize, &str)> = answer
        .lines()
        .enumerate()
        .flat_map(|(no, l)| {
            if headings {
                sub_lines(l).into_iter().map(|s| (no, s)).collect()
            } else {
                vec![(no, l)]
            }
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let any_marker = lines.iter().any(|(_, l)| has_marker(l));
    // Items keep their leading marker until the inline split, which needs `1.` to see `2.`.
    let mut items: Vec<Piece> = Vec::new();
    // Whether the last item opened with a marker: in a partner answer an unmarked line that
    // reads as a name is an item of its own unless it follows a marked item (names on lines
    // of their own before a bulleted note are names; prose after a name describes it).
    let mut last_marked = false;
    for (no, line) in lines {
        let heading = headings && line.trim_end().ends_with(':');
        let marked = has_marker(line);
        let own_name = headings && !last_marked && reads_as_name(line);
        if any_marker && !marked && !own_name && !items.is_empty() && !heading {
            let last = items.last_mut().expect("not empty");
            last.text = collapse_ws(&format!("{} {}", last.text, line));
        } else {
            items.push(Piece {
                text: collapse_ws(line),
                line: no,
            });
            last_marked = marked;
        }
    }
    let mut out = Vec::new();
    for item in items {
        for text in split_inline_numbers(&item.text) {
            let text = collapse_ws(strip_marker(&text).0);
            if !text.is_empty() {
                out.push(Piece {
                    text,
                    line: item.line,
                });
            }
        }
    }
    out
}

/// HTML line breaks left in an answer (`Government<div>Youth Organisations</div><br>`).
static HTML_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:div|p|li|ul|ol|tr|td)\b[^>]*>|<br\s*/?>|&lt;/?(?:div|br|p)\s*/?&gt;")
        .expect("valid regex")
});

/// A bullet written again inside a line that opened with one, where the line's breaks were
/// lost: `-        Ministry (MINT) -        Federal Commission`, `... teachers. - High School
/// ...`: the bullet after a run of spaces, or after the end of a sentence.
static INLINE_BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[ \t\u{a0}]{2,}|[.;!?][ \t\u{a0}]+)([-•·●▪–][ \t\u{a0}]+)|[ \t\u{a0}]([-•·●▪–][ \t\u{a0}]{2,})")
        .expect("valid regex")
});

/// A paragraph break the export flattened into a line: a run of two spaces or more (no-break
/// spaces among them: `platform. \u{a0} Financial Ecosystem – ...`).
static FLAT_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[ \t\u{a0}]{2,}").expect("valid regex"));

/// A line at its flattened paragraph breaks (see [`FLAT_BREAK`]), where the text after the
/// break opens with a capital, a digit or a quote, when most of the paragraphs open with a
/// short name (before any dash or colon): `Name (ACR) – what we did. \u{a0} Other Name –
/// ...` is a list of partners that lost its line breaks; prose stays whole for the prose
/// reader, and a bulleted line for the bullets.
fn flat_paragraphs(line: &str) -> Vec<&str> {
    let bulleted = has_marker(line);
    let mut out = Vec::new();
    let mut start = 0;
    for m in FLAT_BREAK.find_iter(line) {
        let opens = line[m.end()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c));
        if !line[start..m.start()].trim().is_empty() && opens {
            out.push(&line[start..m.start()]);
            start = m.end();
        }
    }
    out.push(&line[start..]);
    let named = out.iter().filter(|p| opens_with_short_name(p)).count();
    if bulleted || out.len() < 2 || named < 2 || named * 2 < out.len() {
        return vec![line];
    }
    out
}

/// One line of a partner answer as the lines it was written as: split at HTML breaks and
/// flattened paragraph breaks, and at bullets repeated inside a line that opens with one
/// (each keeps its bullet).
fn sub_lines(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in HTML_BREAK.split(line).flat_map(flat_paragraphs) {
        let trimmed = part.trim_start();
        let bullet = trimmed.chars().next();
        if !bullet.is_some_and(|c| matches!(c, '-' | '•' | '·' | '●' | '▪' | '–'))
            || !trimmed[bullet.map_or(0, char::len_utf8)..].starts_with([' ', '\t', '\u{a0}'])
        {
            out.push(part);
            continue;
        }
        let mut start = 0;
        for c in INLINE_BULLET.captures_iter(part) {
            let m = c.get(1).or_else(|| c.get(2)).expect("a group matched");
            // The same bullet as the line's first.
            if !part[m.start()..].starts_with(bullet.expect("checked")) || m.start() == 0 {
                continue;
            }
            out.push(&part[start..m.start()]);
            start = m.start();
        }
        out.push(&part[start..]);
    }
    out
}

/// Splits `1. a 2. b 3. c` into `a`, `b`, `c` when the numbers run on (each one more than
/// the last, starting from the first number found). A lone number stays in the text.
pub fn split_inline_numbers(s: &str) -> Vec<String> {
    let marks: Vec<(usize, usize, u32)> = INLINE_NUMBER
        .captures_iter(s)
        .filter_map(|c| {
            let m = c.get(1)?;
            Some((m.start(), m.end(), c[2].parse().ok()?))
        })
        .collect();
    // Longest run of consecutive numbers.
    let mut best: Vec<(usize, usize)> = Vec::new();
    for start in 0..marks.len() {
        let mut run = vec![(marks[start].0, marks[start].1)];
        let mut want = marks[start].2 + 1;
        for m in &marks[start + 1..] {
            if m.2 == want {
                run.push((m.0, m.1));
                want += 1;
            }
        }
        if run.len() > best.len() {
            best = run;
        }
    }
    if best.len() < 2 {
        return vec![s.trim().to_string()];
    }
    let mut out = Vec::new();
    let head = s[..best[0].0].trim();
    if !head.is_empty() {
        out.push(head.to_string());
    }
    for (i, (_, end)) in best.iter().enumerate() {
        let stop = best.get(i + 1).map_or(s.len(), |n| n.0);
        out.push(
            s[*end..stop]
                .trim()
                .trim_end_matches([';', ','])
                .trim()
                .to_string(),
        );
    }
    out
}

/// Answers that say "nothing": `N/A`, `None`, `Not yet`, `Aucune`, `RAS`, `-` ...
pub fn is_nil(s: &str) -> bool {
    let n = collapse_ws(s)
        .to_lowercase()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string();
    matches!(
        n.as_str(),
        "" | "na"
            | "n/a"
            | "n.a"
            | "none"
            | "nil"
            | "no"
            | "not yet"
            | "not applicable"
            | "non applicable"
            | "non"
            | "aucun"
            | "aucune"
            | "néant"
            | "ras"
            | "pas encore"
            | "ninguno"
            | "ninguna"
            | "no aplica"
            | "tbd"
            | "tbc"
            | "nothing"
            | "none so far"
            | "none yet"
            | "not available"
            | "not relevant"
            | "activité non réalisée"
    ) || n.starts_with("not applicable")
        || n.starts_with("none ")
}

mod clean;
mod conjunctions;
mod entries;
mod introduced;
mod names;
mod partners;
mod pieces;
mod prose;

pub use clean::*;
use conjunctions::*;
use entries::*;
pub use introduced::*;
use names::*;
pub use partners::*;
use pieces::*;
pub use prose::*;

#[cfg(test)]
mod tests;

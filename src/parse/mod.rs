//! The plan parser: markdown text in, [`Plan`] plus diagnostics out.
//!
//! Pure: `&str` in, values out; no I/O, no RDF, no country table (the linter in `check`
//! adds those rules). It never panics and never fails: anything it cannot place is kept
//! (in an implicit section) and reported as a diagnostic.
//!
//! # Grammar
//!
//! The documents are line-oriented, so this is a line scanner rather than a CommonMark
//! parser (a CommonMark HTML block would swallow the `>` line after a `</div>`, see
//! DEPENDENCIES.md). Each line is one of:
//!
//! ```text
//! title    := "# " text                      (the first non-blank line only)
//! tag      := "[[" key ":" value "]]"        (key: [A-Za-z0-9_-]+)
//! heading  := "##" [" " text]                (opens a section)
//! rule     := "***" "*"*                     (ornament right after a heading: skipped)
//! open     := "<div class=\"group\">"        (opens a repeated group)
//! close    := "</div>"                       (closes the open group)
//! question := ">" [" " text]
//! text     := any other line                 (answer text of the current question)
//! ```
//!
//! A question outside a group is the *context* of the groups that follow it; text inside
//! a group before any question answers an anonymous question in that context. A `>` line
//! right under a recognised question that has no answer yet, and that is neither a
//! recognised question nor ends with `?` or `:`, is answer text (people quote their
//! answers). Adjacent `>` lines of an unrecognised question continue it.

mod catalog;
mod derive;
pub mod lists;
pub use crate::text;

use crate::model::{
    Derived, Diagnostic, FormGeneration, Item, Language, Level, Located, Plan, Section, Tag,
};

pub use catalog::{question as question_kind, section as section_kind};

/// What [`parse`] returns: the plan and every problem noticed on the way.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Parsed {
    pub plan: Plan,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one plan document.
pub fn parse(src: &str) -> Parsed {
    let mut p = Scanner::default();
    for (i, raw) in src.lines().enumerate() {
        p.line(i + 1, raw.strip_suffix('\r').unwrap_or(raw));
    }
    p.finish()
}

/// Parses a `lat,lng` value into numbers, checking their ranges.
pub fn parse_latlng(value: &str) -> Result<(f64, f64), String> {
    let mut parts = value.split(',');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(format!("expected `lat,lng`, found `{value}`"));
    };
    let lat: f64 = a
        .trim()
        .parse()
        .map_err(|_| format!("latitude `{}` is not a number", a.trim()))?;
    let lng: f64 = b
        .trim()
        .parse()
        .map_err(|_| format!("longitude `{}` is not a number", b.trim()))?;
    if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
        return Err(format!("latitude {lat} is outside -90..90"));
    }
    if !lng.is_finite() || !(-180.0..=180.0).contains(&lng) {
        return Err(format!("longitude {lng} is outside -180..180"));
    }
    Ok((lat, lng))
}

/// An item being read: question, where it is, and its raw answer lines.
struct Open<'a> {
    question: String,
    instructions: Option<String>,
    context: Option<String>,
    line: usize,
    group: Option<usize>,
    answer: Vec<&'a str>,
    answer_line: usize,
    /// The previous line was a `>` line of this item (question or quoted answer).
    after_quote: bool,
    quoted_answer: bool,
}

#[derive(Default)]
struct Scanner<'a> {
    title: Option<Located<String>>,
    tags: Vec<Tag>,
    sections: Vec<Section>,
    diagnostics: Vec<Diagnostic>,
    seen_content: bool,
    /// The question outside groups that groups sit under.
    context: Option<String>,
    group: Option<(usize, usize)>, // (ordinal, line opened)
    groups: usize,
    open: Option<Open<'a>>,
    /// The last line was a heading (a `****` rule may follow).
    after_heading: bool,
}

impl<'a> Scanner<'a> {
    fn diag(&mut self, level: Level, line: usize, code: &str, message: String) {
        self.diagnostics.push(Diagnostic {
            level,
            line,
            code: code.to_string(),
            message,
        });
    }

    fn line(&mut self, no: usize, line: &'a str) {
        let trimmed = line.trim();
        let after_heading = std::mem::take(&mut self.after_heading);
        if trimmed.is_empty() {
            if let Some(o) = &mut self.open {
                o.after_quote = false;
                if !o.answer.is_empty() {
                    o.answer.push(line);
                }
            }
            return;
        }
        if !self.seen_content {
            self.seen_content = true;
            if let Some(t) =
                line.strip_prefix("# ")
                    .or(if trimmed == "#" { Some("") } else { None })
            {
                let t = text::collapse_ws(&text::decode(t));
                self.title = Some(Located { value: t, line: no });
                return;
            }
        }
        if let Some(tag) = parse_tag(trimmed) {
            if !self.sections.is_empty() {
                self.diag(
                    Level::Warning,
                    no,
                    "tag-after-section",
                    format!("tag `{}` comes after the first section; move it above the first `##` heading", tag.0),
                );
            }
            let value = text::decode(tag.1);
            self.tags.push(Tag {
                key: tag.0.to_string(),
                normalized: text::normalize_label(&value),
                value,
                line: no,
            });
            return;
        }
        if let Some(h) = heading(line) {
            self.flush();
            self.close_group_at_section(no);
            self.context = None;
            let heading = text::collapse_ws(&text::decode(h));
            let kind = catalog::section(&heading).map(|(k, _)| k);
            self.sections.push(Section {
                heading,
                kind,
                line: no,
                items: Vec::new(),
            });
            self.after_heading = true;
            return;
        }
        if after_heading
            && trimmed.len() >= 3
            && trimmed.chars().all(|c| c == '*')
            && self.open.is_none()
        {
            return;
        }
        if trimmed == r#"<div class="group">"# {
            self.flush();
            if let Some((_, opened)) = self.group {
                self.diag(
                    Level::Warning,
                    no,
                    "unclosed-group",
                    format!("a group opened on line {opened} is not closed before this one"),
                );
            }
            self.group = Some((self.groups, no));
            self.groups += 1;
            return;
        }
        if trimmed == "</div>" && self.group.is_some() {
            self.flush();
            self.group = None;
            return;
        }
        if let Some(q) = line.strip_prefix('>') {
            let q = q.strip_prefix(' ').unwrap_or(q);
            if self.quote_is_answer(q) {
                let o = self.open.as_mut().expect("checked by quote_is_answer");
                if o.answer.is_empty() {
                    o.answer_line = no;
                }
                o.answer.push(line);
                o.after_quote = true;
                o.quoted_answer = true;
                return;
            }
            if let Some(o) = &mut self.open {
                if o.after_quote
                    && !o.quoted_answer
                    && o.answer.is_empty()
                    && catalog::question(&o.question).is_none()
                {
                    // A question written over several `>` lines.
                    o.question = text::collapse_ws(&format!("{} {}", o.question, text::decode(q)));
                    return;
                }
            }
            self.flush();
            self.ensure_section(no);
            let question = text::collapse_ws(&text::decode(q));
            let in_group = self.group.map(|(g, _)| g);
            if in_group.is_none() {
                self.context = Some(question.clone());
            }
            self.open = Some(Open {
                question,
                instructions: None,
                context: in_group.and(self.context.clone()),
                line: no,
                group: in_group,
                answer: Vec::new(),
                answer_line: 0,
                after_quote: true,
                quoted_answer: false,
            });
            return;
        }
        // Answer text.
        if self.open.is_none() {
            self.ensure_section(no);
            let in_group = self.group.map(|(g, _)| g);
            self.open = Some(Open {
                question: String::new(),
                instructions: None,
                context: self.context.clone(),
                line: no,
                group: in_group,
                answer: Vec::new(),
                answer_line: 0,
                after_quote: false,
                quoted_answer: false,
            });
        }
        let o = self.open.as_mut().expect("opened above");
        o.after_quote = false;
        if o.answer.is_empty() {
            // Form instructions that continue the question.
            if o.instructions.is_none() && !o.question.is_empty() && catalog::is_instruction(line) {
                o.instructions = Some(text::collapse_ws(line));
                return;
            }
            o.answer_line = no;
        }
        o.answer.push(line);
    }

    /// Whether a `>` line is quoted answer text rather than a new question.
    fn quote_is_answer(&self, q: &str) -> bool {
        let Some(o) = &self.open else { return false };
        let q = q.trim();
        if q.is_empty() || catalog::question(q).is_some() || q.ends_with(['?', ':']) {
            return false;
        }
        let under_known = catalog::question(&o.question).is_some();
        (under_known && o.answer.is_empty() && o.group.is_none() && self.group.is_none())
            || (o.quoted_answer && o.after_quote)
    }

    /// Text before the first heading (other than title and tags) gets a section of its own,
    /// with an empty heading, so that nothing is lost.
    fn ensure_section(&mut self, no: usize) {
        if self.sections.is_empty() {
            self.diag(
                Level::Warning,
                no,
                "text-before-section",
                "text before the first `##` section; it is kept in an untitled section".to_string(),
            );
            self.sections.push(Section {
                heading: String::new(),
                kind: None,
                line: no,
                items: Vec::new(),
            });
        }
    }

    fn close_group_at_section(&mut self, no: usize) {
        if let Some((_, opened)) = self.group.take() {
            self.diag(
                Level::Warning,
                no,
                "unclosed-group",
                format!("the group opened on line {opened} is not closed before this heading"),
            );
        }
    }

    fn flush(&mut self) {
        let Some(o) = self.open.take() else { return };
        let answer = text::answer_text(&o.answer);
        if o.question.is_empty() && answer.is_empty() && o.instructions.is_none() {
            return;
        }
        let kind = catalog::question(&o.question).or_else(|| {
            if o.question.is_empty() {
                o.context.as_deref().and_then(catalog::question)
            } else {
                None
            }
        });
        let section = self
            .sections
            .last_mut()
            .expect("ensure_section ran before an item opened");
        section.items.push(Item {
            kind,
            question: o.question,
            instructions: o.instructions,
            context: o.context,
            line: o.line,
            group: o.group,
            answer_line: if answer.is_empty() { 0 } else { o.answer_line },
            answer,
        });
    }

    fn finish(mut self) -> Parsed {
        self.flush();
        if let Some((_, opened)) = self.group {
            self.diag(
                Level::Warning,
                opened,
                "unclosed-group",
                "this group is never closed with `</div>`".to_string(),
            );
        }
        let language = detect_language(&self.sections);
        let form = detect_form(&self.sections);
        let first = |k: &str| {
            self.tags
                .iter()
                .find(|t| t.key == k)
                .map(|t| t.value.trim().to_string())
        };
        let meta = crate::model::Meta {
            focal_point: first("focal_point").filter(|v| !v.is_empty()),
            year: first("year").and_then(|y| y.parse().ok()),
            country: first("country").filter(|v| !v.is_empty()),
            latlng: first("latlng")
                .and_then(|v| parse_latlng(&v).ok())
                .map(|(a, b)| [a, b]),
            doc_type: first("type").filter(|v| !v.is_empty()),
        };
        let mut plan = Plan {
            title: self.title,
            tags: self.tags,
            meta,
            form,
            language,
            sections: self.sections,
            derived: Derived::default(),
        };
        plan.derived = derive::derive(&plan);
        Parsed {
            plan,
            diagnostics: self.diagnostics,
        }
    }
}

/// `[[key:value]]` -> (key, value).
fn parse_tag(line: &str) -> Option<(&str, &str)> {
    let inner = line.strip_prefix("[[")?.strip_suffix("]]")?;
    let (key, value) = inner.split_once(':')?;
    let ok = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    ok.then_some((key, value))
}

fn heading(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("##")?;
    if rest.starts_with('#') {
        return None;
    }
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix(' ').or_else(|| rest.strip_prefix('\t'))
}

fn detect_language(sections: &[Section]) -> Language {
    let mut counts = [0usize; 3];
    for s in sections {
        match catalog::section(&s.heading).map(|(_, l)| l) {
            Some(Language::En) => counts[0] += 1,
            Some(Language::Fr) => counts[1] += 1,
            Some(Language::Es) => counts[2] += 1,
            _ => {}
        }
    }
    // A plan with any French or Spanish heading is in that language: the English headings
    // it may also have are the ones the export did not translate.
    if counts[1] > 0 || counts[2] > 0 {
        if counts[1] >= counts[2] {
            Language::Fr
        } else {
            Language::Es
        }
    } else if counts[0] > 0 {
        Language::En
    } else {
        Language::Unknown
    }
}

fn detect_form(sections: &[Section]) -> FormGeneration {
    let mut votes = [0usize; 3];
    for item in sections.iter().flat_map(|s| &s.items) {
        match catalog::form_of(&item.question) {
            Some(FormGeneration::Plan) => votes[0] += 1,
            Some(FormGeneration::Report2021) => votes[1] += 1,
            Some(FormGeneration::Report2023) => votes[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (votes[i], std::cmp::Reverse(i)))
        .expect("three candidates");
    if votes[best] == 0 {
        return FormGeneration::Unknown;
    }
    [
        FormGeneration::Plan,
        FormGeneration::Report2021,
        FormGeneration::Report2023,
    ][best]
}

#[cfg(test)]
mod tests;

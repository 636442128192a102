//! Whether a partner answer introduces a name picked out of prose as a body, when the name
//! shows no body's word of its own: described as one (`Casque Vert is a citizen movement`),
//! named by a vague group of bodies (`a local startup called Doinc`, `civil society
//! organisations (People Powered, ...)`), or listed among bodies. It reads the answer's
//! text only; it does not pick names out (see [`super::prose`]) nor classify them
//! (`names::classify`).

use super::*;

/// `Casque Vert is a citizen movement that ...`, `Reaktor, a design studio, ...`: the answer
/// introduces the name as a body at the start of a sentence (what follows `is a`, `is an`
/// or a comma and `a`/`an` describes a body), so a name picked out of prose without a
/// body's word is still one. Not the tail of a longer name the prose reader cut (the name
/// must open its sentence). Nor when a vague group of bodies introduces it: `a local startup
/// called Doinc ...`, `civil society organisations (People Powered, reAcc!on, ...)`.
pub fn introduced_as_body(answer: &str, name: &str) -> bool {
    introduced_by_description(answer, name)
        || introduced_by_group(answer, name)
        || listed_with_bodies(answer, name)
}

/// `... Full Development Agency the provider of plastic paver MVP; PlastyCor; ...; SAV Sarl,
/// Solidarité Des Jeunes Pour le Développement in the collection ...`: an item of a list in
/// a sentence (at `,` or `;`) whose other items name two bodies or more (a body's word, a
/// legal form, an acronym, a brand's inner capital) is a body too. Not a list of places
/// (`Municipalities of Yaguarón, Pilar, and Mariano Roque Alonso`: one body, then places).
fn listed_with_bodies(answer: &str, name: &str) -> bool {
    answer.match_indices(name).any(|(at, _)| {
        let start = answer[..at].rfind(['.', '\n', ':']).map_or(0, |i| i + 1);
        let end = answer[at..]
            .find(['.', '\n'])
            .map_or(answer.len(), |i| at + i);
        let sentence = &answer[start..end];
        let items = split_outside_parens(sentence, &[',', ';']);
        if items.len() < 3 {
            return false;
        }
        let own = at - start;
        let mut offset = 0;
        let mut bodies = 0;
        for item in &items {
            let span = offset..offset + item.len();
            offset += item.len() + 1;
            if span.contains(&own) {
                // The name opens its item (after `and`), as a list's item does.
                let t = item.trim_start();
                let t = t.strip_prefix("and ").unwrap_or(t);
                // And the name is its whole run of capitalised words (not `Plastics Can
                // Make`, cut before `It Beautiful`).
                let next = t
                    .get(name.len()..)
                    .and_then(|r| r.split_whitespace().next());
                if !t.starts_with(name) || next.is_some_and(|w| w.starts_with(char::is_uppercase)) {
                    return false;
                }
                continue;
            }
            let t = item.trim().trim_start_matches("and ");
            let words: Vec<&str> = t
                .split_whitespace()
                .take_while(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
                .collect();
            let head = words.join(" ");
            // A clear sign only: an acronym, a brand's inner capital, a body's word of four
            // letters or more (not `SA` in `Pang Sa`, a village).
            let clear = words.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                (w.len() >= 3 && crate::names::is_acronym(w))
                    || (w.chars().skip(1).any(char::is_uppercase)
                        && w.chars().any(char::is_lowercase))
                    || {
                        let f = crate::names::fold(w);
                        f.len() >= 4 && crate::names::classify::is_org_word(&f)
                    }
            });
            if clear
                && words.len() <= 6
                && crate::names::classify(&head) == crate::names::MentionKind::Organisation
            {
                bodies += 1;
            }
        }
        bodies >= 2
    })
}

/// The last words of `before` (up to three, within its clause) name a vague group of bodies
/// (`a local startup`, `civil society organizations`).
fn ends_with_group(before: &str) -> bool {
    let clause = before
        .rsplit(['.', ',', ';', ':', '(', ')'])
        .next()
        .unwrap_or("")
        .trim();
    let words: Vec<&str> = clause.split_whitespace().collect();
    let group = words[words.len().saturating_sub(3)..].join(" ");
    // `to develop their projects (Finance, Marketing, ...)`: what the group works on.
    const NOT_BODIES: &[&str] = &["project", "programme", "program", "field", "area", "topic"];
    let head = words
        .last()
        .map(|w| crate::names::fold(w))
        .unwrap_or_default();
    !group.is_empty()
        && !NOT_BODIES.contains(&head.trim_end_matches('s'))
        && crate::names::classify(&group) == crate::names::MentionKind::Collective
        && crate::names::classify::has_organisation_signal(&group)
}

/// `a local startup called Doinc`, `civil society organizations ... initiatives (People
/// Powered, reAcc!on, Cultura y Participación - CYP, among others)`: what a vague group of
/// bodies is called, or one of the members listed in parentheses right after it.
fn introduced_by_group(answer: &str, name: &str) -> bool {
    answer.match_indices(name).any(|(at, _)| {
        let before = answer[..at].trim_end();
        let lower = before.to_lowercase();
        if let Some(marker) = [" called", " named", " known as"]
            .iter()
            .find(|m| lower.ends_with(*m))
        {
            return ends_with_group(&before[..before.len() - marker.len()]);
        }
        // The name is an item of a parenthesised list: what comes before it inside the
        // parentheses ends an item, and the name ends one too.
        let rest = answer[at + name.len()..].trim_start();
        if !(rest.starts_with([',', ')', ';'])
            || rest.starts_with("- ")
            || rest.starts_with("and "))
        {
            return false;
        }
        let mut depth = 0;
        for (i, c) in before.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' if depth > 0 => depth -= 1,
                '(' => {
                    let inside = before[i + 1..].trim_end();
                    let item_start = inside.is_empty()
                        || inside.ends_with([',', ';'])
                        || inside.ends_with(" and");
                    return item_start && ends_with_group(&before[..i]);
                }
                _ => {}
            }
        }
        false
    })
}

/// `Casque Vert is a citizen movement`: see [`introduced_as_body`].
fn introduced_by_description(answer: &str, name: &str) -> bool {
    const STOP: &[&str] = &[
        "that", "which", "who", "whose", "working", "with", "in", "of", "for", "and", "to", "on",
        "from", "based",
    ];
    answer.match_indices(name).any(|(at, _)| {
        let before = answer[..at].trim_end();
        if !(before.is_empty() || before.ends_with(['.', ':', ';', '\n', '-'])) {
            return false;
        }
        let rest = &answer[at + name.len()..];
        let Some(after) = [" is a ", " is an ", ", a ", ", an "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            return false;
        };
        let phrase: Vec<&str> = after
            .split_whitespace()
            .take(4)
            .take_while(|w| !STOP.contains(&w.to_lowercase().as_str()))
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .collect();
        crate::names::classify::describes_a_body(&phrase.join(" "))
    })
}

/// `we did a GAAP analysis of the biowaste ecosystem`, `the SDG framework`: an acronym that,
/// everywhere the answer writes it, qualifies a word for a method, a document or data names
/// no body (`UNDP team`, `FAO office` do).
pub fn acronym_as_modifier(answer: &str, name: &str) -> bool {
    const HEADS: &[&str] = &[
        "analysis",
        "approach",
        "methodology",
        "method",
        "methods",
        "model",
        "framework",
        "tool",
        "tools",
        "toolkit",
        "survey",
        "assessment",
        "report",
        "standard",
        "standards",
        "data",
        "index",
        "principles",
        "guidelines",
        "certification",
        "compliance",
        "training",
        "course",
        "score",
        "indicators",
        "matrix",
        "canvas",
        "lens",
    ];
    if !crate::names::normalise::is_acronym(name) {
        return false;
    }
    let mut seen = false;
    for (at, _) in answer.match_indices(name) {
        let before_ok = answer[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = &answer[at + name.len()..];
        if !before_ok || rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        seen = true;
        let next = rest
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .unwrap_or("");
        if !HEADS.contains(&next) {
            return false;
        }
    }
    seen
}

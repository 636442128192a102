//! Splitting one answer into the several things it lists: key insights (numbered lines,
//! inline `1. ... 2. ...`, `1 -`, bullets) and partner names (new lines, numbering, `;`,
//! `,` and ` and ` where they separate names). Pure text functions; the form knowledge of
//! which answer is which lives in `derive`.

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
    for (no, line) in lines {
        let heading = headings && line.trim_end().ends_with(':');
        if any_marker && !has_marker(line) && !items.is_empty() && !heading {
            let last = items.last_mut().expect("not empty");
            last.text = collapse_ws(&format!("{} {}", last.text, line));
        } else {
            items.push(Piece {
                text: collapse_ws(line),
                line: no,
            });
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

/// One line of a partner answer as the lines it was written as: split at HTML breaks, and at
/// bullets repeated inside a line that opens with one (each keeps its bullet).
fn sub_lines(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in HTML_BREAK.split(line) {
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

/// A partner name found in an answer, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePiece {
    pub name: String,
    pub acronym: Option<String>,
    pub description: Option<String>,
    /// 0-based line within the answer.
    pub line: usize,
    /// Found by picking names out of prose rather than from a list.
    pub from_prose: bool,
    /// A web address written with the name, taken out of it.
    pub homepage: Option<String>,
    /// A piece the splitter took out of a name or found to name no one (`(TBC)`, `For the
    /// time being`, a kind label before the name it introduces): not a partner, reported
    /// with this reason.
    pub dropped: Option<&'static str>,
}

/// Head/description separators: `Name - what we did`, `Name: what we did`, `Name– ...`.
static HEAD_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:\s[-–—]|[–—:]|-)\s+").expect("valid regex"));

/// Longest list item still read as a list of names rather than prose.
const MAX_NAME_WORDS: usize = 14;

/// Splits a partner answer into names.
pub fn split_partner_names(answer: &str) -> Vec<NamePiece> {
    if is_nil(answer) {
        return Vec::new();
    }
    let mut out = Vec::new();
    // `CMP - Camara Municipal da Praia. Ministry of Health. NOSI - State entity ...`: each
    // sentence of an item is read on its own (a list written as sentences).
    let pieces = join_wrapped(split_lines(answer, true))
        .into_iter()
        .flat_map(|p| {
            let sentences = split_sentences(&p.text);
            // Only when every sentence opens with a short name (before any dash or colon):
            // prose keeps its sentences together, for the prose reader.
            let names_list = sentences.len() > 1
                && sentences.iter().all(|t| {
                    let (head, _) = head_and_tail(t.trim());
                    head.split_whitespace().count() <= 8 && !is_sentence(head)
                });
            if names_list {
                sentences
                    .into_iter()
                    .map(|t| Piece {
                        text: t.trim().to_string(),
                        line: p.line,
                    })
                    .collect::<Vec<_>>()
            } else {
                vec![p]
            }
        })
        .collect::<Vec<_>>();
    for piece in pieces {
        if is_nil(&piece.text) {
            continue;
        }
        // `Internal partners (Joint Office):`, `UN agencies:` on a line of their own: a
        // heading over the names that follow, not a partner; the names it gives in
        // parentheses are.
        let short_heading = |t: &str| {
            let main = strip_trailing_parens(t);
            main.split_whitespace().count() <= 5
                && !main.contains([',', ';'])
                && !main.contains(" and ")
        };
        if piece.text.trim_end().ends_with(':') && short_heading(&clean_name(&piece.text)) {
            let name = clean_name(&piece.text);
            let heading = |text: String| NamePiece {
                name: text,
                acronym: None,
                description: None,
                line: piece.line,
                from_prose: false,
                homepage: None,
                dropped: Some("heading"),
            };
            if let Some((group, members)) = group_and_members(&name) {
                out.push(heading(group));
                for m in members {
                    push_name(&mut out, &m, None, piece.line, false);
                }
                continue;
            }
            if crate::names::classify(&name) == crate::names::MentionKind::Collective {
                out.push(heading(name));
                continue;
            }
        }
        let (head, tail) = head_and_tail(without_opening_verb(&piece.text));
        let head = without_trailing_clause(head);
        // `MAT - Ministry of Territory Administration`, `FRIM- Forest Research Institute
        // Malaysia`: an acronym first and its name after the dash is one name.
        let spelled = tail.and_then(|t| acronym_spelled_after(head, t));
        let (head, tail) = match &spelled {
            Some((name, rest)) => (name.as_str(), *rest),
            None => (head, tail),
        };
        // `Local Municipality - City of Tshwane`: a kind of body, then the body it is.
        let (head, tail) = match tail {
            Some(t) if names_the_kind(head, t) => (t, Some(head)),
            _ => (head, tail),
        };
        let head_words = head.split_whitespace().count();
        if !is_sentence(head) && (head_words <= MAX_NAME_WORDS || has_list_separators(head)) {
            let names = describe_lowercase_pieces(split_name_list(head));
            let list_like = names
                .iter()
                .all(|(n, _)| n.split_whitespace().count() <= MAX_NAME_WORDS);
            if list_like {
                let description = tail.map(str::to_string);
                for (name, desc) in names {
                    push_name(
                        &mut out,
                        &name,
                        desc.or_else(|| description.clone()),
                        piece.line,
                        false,
                    );
                }
                continue;
            }
        }
        // Prose: pick the organisation names out of it.
        for name in names_in_prose(&piece.text) {
            push_name(&mut out, &name, Some(piece.text.clone()), piece.line, true);
        }
    }
    out
}

/// `FAO to see potential areas of collaboration`, `Yala Rajabhat University in exploring
/// waste management solutions`: a clause after a capitalised name (`to` and a word in lower
/// case, `in` or `for` and a verb in -ing) is the sentence's; not after a sentence
/// (`Educational businesses, who can promote BalaTech to their learning networks`).
fn without_trailing_clause(s: &str) -> &str {
    let tokens: Vec<&str> = s.split(' ').collect();
    let at = (1..tokens.len().saturating_sub(1)).find(|&k| {
        let next = tokens[k + 1];
        let clause = match tokens[k] {
            "to" => next.starts_with(char::is_lowercase) && next != "the",
            "in" | "for" => {
                next.len() > 5 && next.ends_with("ing") && next.chars().all(char::is_lowercase)
            }
            _ => false,
        };
        // Only after a name: capitalised words and the connectors inside names.
        clause
            && tokens[k - 1].starts_with(char::is_uppercase)
            && tokens[..k].iter().all(|t| {
                !t.contains(['(', ',', '.', ';', ':'])
                    && (t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        || matches!(
                            *t,
                            "of" | "and" | "&" | "for" | "the" | "de" | "del" | "la" | "y" | "et"
                        ))
            })
    });
    match at {
        Some(k) => {
            let end = tokens[..k].iter().map(|t| t.len() + 1).sum::<usize>() - 1;
            &s[..end]
        }
        None => s,
    }
}

/// `Met with UNEP and FAO`, `Collaborated with Inclusive and Democratic Governance
/// portfolio`: a line written as a sentence without its subject, without its verb.
fn without_opening_verb(s: &str) -> &str {
    for verb in [
        "Met",
        "Worked",
        "Collaborated",
        "Partnered",
        "Engaged",
        "Cooperated",
        "Consulted",
    ] {
        if let Some(rest) = s
            .strip_prefix(verb)
            .and_then(|r| r.strip_prefix(" with "))
            .filter(|r| r.starts_with(char::is_uppercase))
        {
            return rest;
        }
    }
    s
}

fn push_name(
    out: &mut Vec<NamePiece>,
    raw: &str,
    description: Option<String>,
    line: usize,
    from_prose: bool,
) {
    let (raw, homepage) = take_url(raw);
    let drop = |out: &mut Vec<NamePiece>, text: String, reason: &'static str| {
        out.push(NamePiece {
            name: text,
            acronym: None,
            description: None,
            line,
            from_prose,
            homepage: None,
            dropped: Some(reason),
        });
    };
    for piece in split_sentences(&raw) {
        for part in split_glued(&piece) {
            let part = quoted_name(&part).unwrap_or(part);
            let part = strip_kind_label(&part);
            let (part, hedges) = take_hedges(&part);
            for (text, reason) in hedges {
                drop(out, text, reason);
            }
            // `the YES Abroad Program` picked out of a sentence: `YES` opens the name, it
            // is not the answer to a yes/no question.
            let name = match part.strip_prefix("YES ") {
                Some(rest) if from_prose && rest.starts_with(char::is_uppercase) => {
                    format!("YES {}", clean_name(rest))
                }
                _ => clean_name(&part),
            };
            // `Research centers such as ULPGL`, `Incubators like Womwork and Banks like
            // Elsalam Bank`: a kind of actor, then the bodies given as examples of it.
            if let Some((group, examples)) = group_and_examples(&name) {
                push_name(out, group, description.clone(), line, from_prose);
                // `Womwork and Banks like ...`: an `and` before another group of examples.
                let next_group = EXAMPLE_MARKERS
                    .iter()
                    .filter_map(|m| examples.find(m))
                    .min()
                    .and_then(|at| examples[..at].rfind(" and "));
                let (these, others) = match next_group {
                    Some(and) => (&examples[..and], Some(&examples[and + 5..])),
                    None => (examples, None),
                };
                for m in split_name_list(these)
                    .into_iter()
                    .chain(others.map(String::from))
                {
                    push_name(out, &m, description.clone(), line, from_prose);
                }
                continue;
            }
            // `private sector (Roche)`, `UN agency (Unicef and UNFPA)`: a vague group and the
            // bodies it stands for, each a mention.
            if let Some((group, members)) = group_and_members(&name) {
                push_name(out, &group, description.clone(), line, from_prose);
                for m in members {
                    push_name(out, &m, description.clone(), line, from_prose);
                }
                continue;
            }
            if name.chars().filter(|c| c.is_alphanumeric()).count() < 2
                || is_nil(&name)
                || is_filler(&name)
            {
                continue;
            }
            let acronym = acronym_of(&name);
            out.push(NamePiece {
                name,
                acronym,
                description: description.clone(),
                line,
                from_prose,
                homepage: homepage.clone(),
                dropped: None,
            });
        }
    }
}

/// Words that introduce examples of a kind of actor: `Research centers such as ULPGL`.
const EXAMPLE_MARKERS: &[&str] = &[
    " such as ",
    " like ",
    " including ",
    " e.g. ",
    " e.g., ",
    " namely ",
    " notably ",
    " especially ",
    " tels que ",
    " comme ",
    " como ",
    " tales como ",
];

/// `Solution carriers such as Briquette du Kivu` -> (`Solution carriers`, `Briquette du
/// Kivu`): a vague group (a collective, or a capitalised word and plural nouns in lower
/// case), a word that introduces examples, and capitalised names.
fn group_and_examples(name: &str) -> Option<(&str, &str)> {
    let (at, marker) = EXAMPLE_MARKERS
        .iter()
        .filter_map(|m| name.find(m).map(|at| (at, *m)))
        .min_by_key(|(at, _)| *at)?;
    let (group, examples) = (name[..at].trim(), name[at + marker.len()..].trim());
    if !examples.starts_with(char::is_uppercase) || name[..at].contains('(') {
        return None;
    }
    let words: Vec<&str> = group.split_whitespace().collect();
    let plural_kind = words.len() >= 2
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| w.ends_with('s'));
    let collective = crate::names::classify(group) == crate::names::MentionKind::Collective;
    (collective || plural_kind).then_some((group, examples))
}

/// `Innovation hubs (Shaqdoon, Harhub, T-hub)` -> the group and its members: a vague group
/// followed by the names of the bodies it stands for, in parentheses or brackets, when at
/// least one of them shows it names a body (a head word, an acronym, inner capitals) or
/// the only one is a proper name (`private sector (Roche)`). Not a gloss of the group
/// (`local health councils (Consejos de Salud)`) nor a list of what it does
/// (`Small businesses (Recycling and Reforestation)`, `(church leaders, educators)`).
fn group_and_members(name: &str) -> Option<(String, Vec<String>)> {
    let t = name.trim_end();
    let close = t.chars().last()?;
    let open_char = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let open = t.rfind(open_char)?;
    let group = t[..open].trim();
    if group.is_empty()
        || paren_depth(group) > 0
        || crate::names::classify(group) != crate::names::MentionKind::Collective
    {
        return None;
    }
    let mut inner = t[open + open_char.len_utf8()..t.len() - 1].trim();
    for p in [
        "e.g.",
        "e.g",
        "eg.",
        "i.e.",
        "including",
        "such as",
        "like",
        "namely",
        "this include",
        "this includes",
        "these include",
        "incl.",
        "ex.",
        "ex:",
    ] {
        if inner.to_lowercase().starts_with(p) {
            inner = inner[p.len()..].trim_start_matches([',', ':', ' ']);
        }
    }
    let inner = inner
        .trim_end_matches(['…', '.', ' '])
        .trim_end_matches("etc");
    let members: Vec<String> = split_name_list(inner)
        .into_iter()
        .map(|m| clean_name(&m))
        .filter(|m| m.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
        .collect();
    let starts_cap = |m: &str| m.chars().next().is_some_and(char::is_uppercase);
    let signal = members
        .iter()
        .any(|m| starts_cap(m) && crate::names::classify::has_organisation_signal(m));
    let proper_one = members.len() == 1
        && starts_cap(&members[0])
        && crate::names::classify(&members[0]) == crate::names::MentionKind::Organisation
        && !members[0]
            .split_whitespace()
            .any(|w| crate::names::classify::is_common_word(&crate::names::fold(w)));
    // A gloss: its head is a plural (`Consejos de Salud`), as the group's is.
    let plural_head = |m: &str| {
        let head = m.split_whitespace().next().unwrap_or("");
        head.len() > 3 && head.ends_with('s') && !crate::names::is_acronym(head)
    };
    let gloss = members.len() == 1 && plural_head(&members[0]);
    if members.is_empty() || gloss || !(signal || proper_one) {
        return None;
    }
    Some((group.to_string(), members))
}

/// `"Refuturism" Social Initiative`, `NGO in Ferganana Valley “Mehirjon”`, `"Kameda"
/// public fund`: a name in quotes, with words around it that only say what kind of body it
/// is (ordinary words, lower-case words, `NGO`) and where (`in ...`): the name is the quoted
/// part. Not when a word outside is a proper name (`Centro de Ayuda Mutua “Salud para
/// Todos”`, `Tourist Destination "South Shore of Issyk-Kul"`).
fn quoted_name(s: &str) -> Option<String> {
    let (open, close) = ['“', '"', '«'].iter().find_map(|&q| {
        let o = s.find(q)?;
        let closing = match q {
            '“' => '”',
            '«' => '»',
            _ => '"',
        };
        let c = s[o + q.len_utf8()..].find(closing)? + o + q.len_utf8();
        Some(((o, q.len_utf8()), (c, closing.len_utf8())))
    })?;
    let inner = s[open.0 + open.1..close.0].trim();
    let outside = format!("{} {}", &s[..open.0], &s[close.0 + close.1..]);
    let words: Vec<&str> = outside.split_whitespace().collect();
    if words.is_empty()
        || !inner.chars().next().is_some_and(char::is_uppercase)
        || inner.split_whitespace().count() > 8
    {
        return None;
    }
    // Words after `in`/`from`/`based` say where; the others must say what kind.
    let kind_words = words
        .iter()
        .take_while(|w| !matches!(w.to_lowercase().as_str(), "in" | "from" | "based" | "of"))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let mut n = 0;
    for w in kind_words {
        n += 1;
        let f = crate::names::fold(w);
        let kind = w.chars().next().is_some_and(char::is_lowercase)
            || crate::names::is_generic_acronym(&f)
            || crate::names::classify::is_common_word(&f);
        if !kind {
            return None;
        }
    }
    (n > 0).then(|| inner.to_string())
}

/// `Ger Hub NGO`, `SmartNation (CSO)`: a generic kind (`NGO`, `CSO`) written after a name
/// that already says what it is, or in parentheses, is not part of the name (`Moiru NGO`,
/// with no other head word, keeps it).
fn strip_kind_label(s: &str) -> String {
    let t = s.trim();
    let kinds = ["NGO", "CSO", "INGO", "CBO", "NPO"];
    for k in kinds {
        for form in [format!("({k})"), k.to_string()] {
            let Some(rest) = t.strip_suffix(form.as_str()) else {
                continue;
            };
            if !rest.ends_with(' ') {
                continue;
            }
            let rest = rest.trim_end();
            let words: Vec<&str> = rest.split_whitespace().collect();
            let headed = words.len() >= 2
                && words
                    .last()
                    .is_some_and(|w| HEADS.contains(&w.to_lowercase().as_str()));
            if form.starts_with('(') && !words.is_empty() || headed {
                return rest.to_string();
            }
        }
    }
    t.to_string()
}

/// Parenthesised or trailing markers that say a partnership is not settled: `(TBC)`,
/// `(to be confirmed)`, `(tentative)`, `(potential)`.
const TENTATIVE: &[&str] = &[
    "tbc",
    "tbd",
    "to be confirmed",
    "to be determined",
    "to be defined",
    "tentative",
    "potential",
    "potential partner",
    "pending",
    "planned",
    "proposed",
    "under discussion",
    "in discussion",
    "in progress",
    "prospective",
    "?",
    "a confirmar",
    "por confirmar",
    "à confirmer",
];

/// Phrases of time or hedging that open a name's line without being part of it:
/// `For the time being private sector (Roche)`, `Currently UNICEF`, `Potentially the ...`.
const HEDGES: &[&str] = &[
    "for the time being",
    "for now",
    "at the moment",
    "at present",
    "at this stage",
    "so far",
    "to date",
    "currently",
    "presently",
    "potentially",
    "possibly",
    "tentatively",
    "mainly",
    "mostly",
    "especially",
    "particularly",
    "in particular",
    "notably",
];

/// Takes the hedges out of a name: a tentative marker in parentheses or after a dash at
/// its end, and a hedging phrase at its start. Returns the name left and the pieces taken,
/// each with its reason.
fn take_hedges(s: &str) -> (String, Vec<(String, &'static str)>) {
    let mut s = s.trim().to_string();
    let mut taken = Vec::new();
    // `Local Innovation Hub (TBC)`.
    loop {
        let t = s.trim_end();
        let Some(open) = t.ends_with(')').then(|| t.rfind('(')).flatten() else {
            break;
        };
        let inner = t[open + 1..t.len() - 1].trim().to_lowercase();
        if !TENTATIVE.contains(&inner.as_str()) || t[..open].trim().is_empty() {
            break;
        }
        taken.push((t[open..].to_string(), "tentative"));
        s = t[..open].trim_end().to_string();
    }
    // `For the time being private sector`: a hedge at the start, followed by more words.
    let lower = s.to_lowercase();
    if let Some(h) = HEDGES.iter().find(|h| {
        lower.starts_with(*h)
            && lower[h.len()..].starts_with([' ', ','])
            && lower[h.len()..]
                .trim_start_matches([' ', ','])
                .chars()
                .any(char::is_alphanumeric)
    }) {
        let rest = s[h.len()..].trim_start_matches([' ', ',']).to_string();
        // `especially among youth`: what follows is a phrase, not a name.
        let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        if matches!(
            first.as_str(),
            "among" | "in" | "with" | "for" | "on" | "at" | "to" | "by" | "from" | "through"
        ) {
            taken.push((s.clone(), "sentence"));
            return (String::new(), taken);
        }
        taken.push((s[..h.len()].to_string(), "hedge"));
        s = rest;
    }
    (s, taken)
}

/// `ANIA https://ania.gob.pe` -> (`ANIA`, the address); `(www.x.org)` too.
fn take_url(s: &str) -> (String, Option<String>) {
    if !s.contains("http") && !s.contains("www.") {
        return (s.to_string(), None);
    }
    let mut url = None;
    let mut kept = Vec::new();
    for w in s.split_whitespace() {
        let bare =
            w.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '<' | '>' | ',' | ';'));
        if url.is_none()
            && (bare.starts_with("http://")
                || bare.starts_with("https://")
                || bare.starts_with("www."))
        {
            let bare = bare.trim_end_matches(['.', ',']);
            url = Some(if bare.starts_with("www.") {
                format!("https://{bare}")
            } else {
                bare.to_string()
            });
            continue;
        }
        kept.push(w);
    }
    let text = kept.join(" ").replace("()", "").replace("[]", "");
    (
        text.trim()
            .trim_end_matches([',', ':', '-', '–'])
            .trim()
            .to_string(),
        url,
    )
}

/// `Ministry of Tourism. To validate assumption` -> the pieces between sentence ends: a
/// `. ` after a word of two letters or more (not an initial or `Co.`), before a capital.
fn split_sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    for (i, &(at, c)) in bytes.iter().enumerate() {
        if c != '.' || i + 2 >= bytes.len() || bytes[i + 1].1 != ' ' {
            continue;
        }
        if !bytes[i + 2].1.is_uppercase() || paren_depth(&s[..at]) > 0 {
            continue;
        }
        let word: String = s[start..at]
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_string();
        let abbreviation = word.chars().count() <= 2
            || matches!(
                word.to_lowercase().as_str(),
                "co" | "inc"
                    | "ltd"
                    | "st"
                    | "dr"
                    | "mr"
                    | "mrs"
                    | "ms"
                    | "jr"
                    | "corp"
                    | "dept"
                    | "gov"
                    | "govt"
                    | "no"
                    | "vs"
                    | "etc"
                    | "prof"
                    | "univ"
                    | "assoc"
            );
        if abbreviation {
            continue;
        }
        out.push(s[start..at].to_string());
        start = bytes[i + 1].0;
    }
    out.push(s[start..].to_string());
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// Words that end the name of a body (`Yala City Municipality`), or start one
/// (`Ministry of ...`): the same one twice in a piece means two bodies glued together.
const GLUE_HEADS: &[&str] = &[
    "municipality",
    "university",
    "ministry",
    "council",
    "foundation",
    "association",
    "agency",
    "authority",
    "bank",
    "company",
    "institute",
    "hub",
    "office",
    "department",
    "commission",
    "corporation",
    "cooperative",
    "network",
    "organization",
    "organisation",
    "chamber",
];

/// `Yala City Municipality Narathiwas City Municipality` -> two names; `Ministry of
/// Health Ministry of Education` -> two names. Only when the head word repeats and no
/// separator or connector (`and`, `of`...) stands before the second name.
fn split_glued(s: &str) -> Vec<String> {
    if let Some(at) = after_acronym_glue(s) {
        let mut out = vec![s[..at].trim().to_string()];
        out.extend(split_glued(s[at..].trim()));
        return out;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // `Adama municipalities Bisheftu municipalities`: a plural head repeats too.
    let lower: Vec<String> = words
        .iter()
        .map(|w| {
            let l = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            if let Some(stem) = l.strip_suffix("ies") {
                format!("{stem}y")
            } else if l.len() > 4 && l.ends_with('s') && !l.ends_with("ss") {
                l[..l.len() - 1].to_string()
            } else {
                l
            }
        })
        .collect();
    for head in GLUE_HEADS {
        let at: Vec<usize> = (0..lower.len()).filter(|&i| lower[i] == *head).collect();
        if at.len() < 2 {
            continue;
        }
        let (first, second) = (at[0], at[1]);
        let starts_name = lower
            .get(first + 1)
            .is_some_and(|w| matches!(w.as_str(), "of" | "for" | "de" | "du" | "des" | "del"));
        let cut = if starts_name {
            // `Ministry of X Ministry of Y`: cut before the second head.
            second
        } else {
            // `X City Municipality Y City Municipality`: cut after the first head.
            first + 1
        };
        if cut == 0 || cut >= words.len() {
            continue;
        }
        let before = lower[cut - 1].as_str();
        let next = words[cut];
        if matches!(
            before,
            "and" | "of" | "for" | "de" | "the" | "y" | "et" | "&"
        ) || !next.chars().next().is_some_and(char::is_uppercase)
            || paren_depth(&words[..cut].join(" ")) > 0
        {
            continue;
        }
        let mut out = vec![words[..cut].join(" ")];
        out.extend(split_glued(&words[cut..].join(" ")));
        return out;
    }
    vec![s.to_string()]
}

/// `National Economics University (NEU) Fulbright University Viet Nam (FUV)`: an acronym in
/// parentheses closes a name; a capitalised name of two words or more that shows it names a
/// body, right after it, is another one. Where the second starts.
fn after_acronym_glue(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => {
                depth -= 1;
                if depth != 0 {
                    continue;
                }
                let open = s[..i].rfind('(')?;
                let inner = s[open + 1..i].trim();
                let rest = s[i + 1..].trim_start();
                let before = s[..open].trim();
                let first = rest.split_whitespace().next().unwrap_or("");
                // `Global Environment Fund (GEF) Small Grants Programme (SGP)`: a programme
                // or unit of the body before it is named with it, not glued to it.
                let part_of = strip_trailing_parens(rest)
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "programme"
                                | "program"
                                | "project"
                                | "initiative"
                                | "unit"
                                | "team"
                                | "fund"
                                | "facility"
                                | "office"
                                | "division"
                                | "department"
                                | "lab"
                        )
                    });
                if crate::names::is_acronym(inner)
                    && !part_of
                    && before.split_whitespace().count() >= 2
                    && first.chars().next().is_some_and(char::is_uppercase)
                    && rest.split_whitespace().count() >= 2
                    && crate::names::classify::has_organisation_signal(rest)
                    && !is_legal_form(first)
                {
                    return Some(s.len() - rest.len());
                }
            }
            _ => {}
        }
    }
    None
}

/// Lines cut in the middle of a name (`Project for the` / `Comprehensive ...`) are joined.
fn join_wrapped(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for p in pieces {
        if let Some(last) = out.last_mut() {
            let last_word = last
                .text
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let dangling = matches!(
                last_word.as_str(),
                "the"
                    | "of"
                    | "for"
                    | "and"
                    | "de"
                    | "del"
                    | "la"
                    | "du"
                    | "des"
                    | "et"
                    | "y"
                    | "&"
                    | "on"
                    | "in"
            );
            let starts_lower = p.text.chars().next().is_some_and(|c| c.is_lowercase());
            if dangling || (starts_lower && !last.text.ends_with(['.', ';', ','])) {
                last.text = format!("{} {}", last.text, p.text);
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// A piece that reads as a sentence (`We worked with ...`, `... is our partner`), not a name.
fn is_sentence(s: &str) -> bool {
    const OPENERS: &[&str] = &[
        "we",
        "our",
        "they",
        "this",
        "these",
        "within",
        "in",
        "with",
        "through",
        "during",
        "as",
        "it",
        "there",
        "nous",
        "ces",
        "avec",
        "hemos",
        "con",
        "i",
        "while",
        "also",
        "currently",
        "no",
        "not",
        "both",
        "each",
        "he",
        "she",
        "their",
    ];
    const VERBS: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "have",
        "has",
        "had",
        "will",
        "worked",
        "work",
        "collaborated",
        "joined",
        "signed",
        "conducted",
        "organized",
        "organised",
        "held",
        "developed",
        "created",
        "launched",
        "implemented",
        "facilitated",
        "hosted",
        "consulted",
        "contacted",
        "approached",
        "trained",
        "funded",
        "financed",
        "cooperated",
        "teamed",
        "partnered",
        "provided",
        "helped",
        "supported",
        "did",
        "engaged",
        "est",
        "sont",
        "avons",
        "fue",
        "es",
    ];
    let words: Vec<String> = s.split_whitespace().map(|w| w.to_lowercase()).collect();
    let Some(first) = words.first() else {
        return false;
    };
    // A lower-case word in -ed after the first (`Both participated in ...`) is a verb in
    // the past: names write their words with capitals, or are short (`based`, `united`).
    let past_verb = s.split_whitespace().skip(1).any(|w| {
        w.chars().count() >= 7 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
    });
    // A verb of a sentence is in lower case (`Future of Work Lab` is a name).
    let verb = s
        .split_whitespace()
        .skip(1)
        .any(|w| VERBS.contains(&w) || (w.starts_with('(') && VERBS.contains(&&w[1..])));
    OPENERS.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) || verb || past_verb
}

fn has_list_separators(s: &str) -> bool {
    s.contains(';') || s.matches(", ").count() >= 2
}

/// Whether the text is a name of the organisation table (any language or acronym).
fn is_known_name(s: &str) -> bool {
    starts_like_alias(s) && crate::names::tables::is_organisation_key(&crate::names::key(s))
}

/// A cheap test before computing a key: does the text's first word (after an article) start
/// some alias of the table? Most pieces of answers do not.
fn starts_like_alias(s: &str) -> bool {
    let head: String = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    crate::names::fold(&head)
        .split(' ')
        .next()
        .is_some_and(crate::names::tables::starts_an_alias)
}

/// The longest run of leading words of `s` that is a known name, when it is longer than
/// `min_words`: a separator inside it belongs to the name.
fn known_prefix(s: &str, min_words: usize) -> Option<usize> {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    // Cheap test first: does the name's first word (without a leading article) start an
    // alias, and of how many words? Only prefixes about that long are tried.
    let first = crate::names::key(&words.iter().take(2).copied().collect::<Vec<_>>().join(" "));
    let lengths = first
        .split(' ')
        .next()
        .and_then(crate::names::tables::alias_lengths)?;
    (min_words + 1..=words.len().min(16))
        .rev()
        .filter(|n| lengths.iter().any(|l| n.abs_diff(*l) <= 2))
        .find(|&n| is_known_name(&words[..n].join(" ")))
}

/// `Name - description` -> (`Name`, Some(`description`)), when the head is short.
/// An acronym followed by the name it stands for (`MAT` + `Ministry of Territory
/// Administration, ...`): the name written `Name (ACR)`, and what follows the name.
fn acronym_spelled_after<'a>(head: &str, tail: &'a str) -> Option<(String, Option<&'a str>)> {
    let acr = head.trim();
    if !crate::names::is_acronym(acr) {
        return None;
    }
    let end = tail.find([',', ';', '.', '(', ':']).unwrap_or(tail.len());
    let end = HEAD_SEP.find(&tail[..end]).map_or(end, |m| m.start());
    let name = tail[..end].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 || words.len() > 10 {
        return None;
    }
    let initials: String = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
    // Initials that spell the acronym, perhaps with a country or place after it, or are
    // its letters in another order (`MAT`: Ministério da Administração do Território).
    let (initials, letters) = (initials.to_uppercase(), letters.to_uppercase());
    let sorted = |s: &str| {
        let mut v: Vec<char> = s.chars().collect();
        v.sort_unstable();
        v
    };
    if letters.len() < 2
        || !(initials.starts_with(&letters)
            || (letters.len() >= 3 && sorted(&initials) == sorted(&letters)))
    {
        return None;
    }
    let rest = tail[end..].trim_start_matches([',', ';', '.', ':', ' ', '-', '–', '—']);
    Some((
        format!("{name} ({acr})"),
        (!rest.is_empty()).then_some(rest),
    ))
}

fn head_and_tail(s: &str) -> (&str, Option<&str>) {
    let mut depth = 0i32;
    for m in HEAD_SEP.find_iter(s) {
        depth += paren_depth(&s[..m.start()]) - depth;
        if depth > 0 {
            continue;
        }
        let head = s[..m.start()].trim();
        let tail = s[m.end()..].trim();
        if head.is_empty() || tail.is_empty() {
            continue;
        }
        // `Inter - American Development Bank`: a hyphen inside a name, not a description.
        let joined = format!("{head}-{tail}");
        let head_words = head.split_whitespace().count();
        let prefix = matches!(
            head.to_lowercase().as_str(),
            "inter"
                | "trans"
                | "pan"
                | "afro"
                | "euro"
                | "sub"
                | "co"
                | "non"
                | "multi"
                | "cross"
                | "socio"
                | "agro"
                | "bio"
                | "eco"
                | "e"
                | "intra"
                | "ibero"
        );
        if prefix || known_prefix(&joined, head_words.saturating_sub(1)).is_some() {
            continue;
        }
        if head.split_whitespace().count() <= MAX_NAME_WORDS {
            return (head, Some(tail));
        }
        break;
    }
    (s.trim(), None)
}

fn paren_depth(s: &str) -> i32 {
    s.chars().fold(0, |d, c| match c {
        '(' | '[' => d + 1,
        ')' | ']' => (d - 1).max(0),
        _ => d,
    })
}

/// Splits on `;`, `,`, `/`-free ` and ` / ` & ` between names, outside parentheses.
fn split_name_list(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ => {}
        }
        if (c == ';' || c == ',') && depth == 0 {
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    parts.push(cur);
    if crate::names::classify::shares_a_head(s) {
        return vec![s.trim().to_string()];
    }
    let parts = rejoin_known_names(parts);
    let parts = rejoin_long_names(parts);
    let comma_list = parts.len() > 1;
    let mut out = Vec::new();
    for p in parts {
        let p = p.trim();
        let p = p
            .strip_prefix("and ")
            .or_else(|| p.strip_prefix("& "))
            .or_else(|| p.strip_prefix("et "))
            .or_else(|| p.strip_prefix("y "))
            .unwrap_or(p)
            .trim();
        if p.is_empty() {
            continue;
        }
        for q in split_slash(p) {
            out.extend(split_and(&q, comma_list));
        }
    }
    out
}

/// `GIZ/Lacuna Fund`, `UNDP/UNEP`: a slash between two names separates them. Not inside
/// parentheses, a web address or a date, and not when a side is one letter or lower case
/// (`and/or`, `Health/nutrition`).
fn split_slash(s: &str) -> Vec<String> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '/' if depth == 0 => {
                let (l, r) = (s[..i].trim(), s[i + 1..].trim());
                let token_l = l.rsplit(' ').next().unwrap_or("");
                let token_r = r.split(' ').next().unwrap_or("");
                let address = [token_l, token_r]
                    .iter()
                    .any(|t| t.contains(':') || t.contains('.') || t.contains("www"));
                let name_like = |x: &str| {
                    x.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && x.chars().next().is_some_and(char::is_uppercase)
                };
                if !address
                    && name_like(l)
                    && name_like(r)
                    && !l.ends_with(|c: char| c.is_ascii_digit())
                {
                    let mut v = vec![l.to_string()];
                    v.extend(split_slash(r));
                    return v;
                }
            }
            _ => {}
        }
    }
    vec![s.to_string()]
}

/// `United Nations Educational, Scientific and Cultural Organization` was cut at its comma:
/// adjacent pieces whose join is a name of the organisation table are one piece again.
fn rejoin_known_names(parts: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let mut taken = 1;
        if !starts_like_alias(&parts[i]) {
            out.push(parts[i].clone());
            i += 1;
            continue;
        }
        for j in (i + 1..parts.len().min(i + 4)).rev() {
            let joined = parts[i..=j].join(",");
            let before: usize = parts[i..j].iter().map(|p| alnum_words(p)).sum();
            if is_known_name(&joined) || known_prefix(&joined, 0).is_some_and(|n| n > before) {
                taken = j - i + 1;
                break;
            }
        }
        out.push(parts[i..i + taken].join(","));
        i += taken;
    }
    out
}

fn alnum_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Words that head the name of a body (`Ministry of ...`, `Department of ...`).
/// Head words that, followed by `of`, open the name of a body (`Ministry of`,
/// `University of`).
const BODY_OPENERS: &[&str] = &[
    "ministry",
    "ministère",
    "ministere",
    "ministerio",
    "ministério",
    "university",
    "université",
    "universidad",
    "universidade",
    "municipality",
    "municipio",
    "municipalité",
    "department",
    "departamento",
    "agency",
    "embassy",
    "government",
    "gobierno",
    "governorate",
    "institute",
    "instituto",
    "faculty",
    "office",
    "secretariat",
    "secretaría",
    "commission",
    "council",
    "directorate",
    "federation",
    "chamber",
];

const HEADS: &[&str] = &[
    "ministry",
    "ministère",
    "ministerio",
    "department",
    "agency",
    "institute",
    "institut",
    "instituto",
    "centre",
    "center",
    "centro",
    "university",
    "université",
    "universidad",
    "council",
    "commission",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaría",
    "directorate",
    "direction",
    "dirección",
    "association",
    "federation",
    "foundation",
    "fundación",
    "fondation",
    "chamber",
    "network",
    "programme",
    "program",
    "project",
    "fund",
    "bank",
    "company",
    "corporation",
    "organization",
    "organisation",
    "union",
    "municipality",
    "government",
    "cluster",
    "team",
    "unit",
    "lab",
    "hub",
    "force",
    "platform",
    "initiative",
    "committee",
    "board",
    "portfolio",
    "portafolio",
    "portefeuille",
    "secretaría",
    "consejo",
    "conseil",
    "agencia",
    "agence",
];

/// `Ministry of Digital Development, Innovations and Aerospace Industry` was cut at its
/// comma: a piece that continues a `Head of ...` name (starts with a capital, names no head of
/// its own, is not an acronym) is joined back to it.
fn rejoin_long_names(parts: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        let t = p.trim();
        // `Portfolio for Inclusive Growth, Employment, Population, and Youth`: an `and` after
        // the comma closes the list of the name's functions, when the name has one already.
        let t = match out.last() {
            Some(prev) if prev.contains(',') => ["and ", "& ", "y ", "et ", "e "]
                .iter()
                .find_map(|a| t.strip_prefix(a))
                .unwrap_or(t),
            _ => t,
        };
        if let Some(prev) = out.last_mut() {
            // `PrimeBotics, Lda`: a legal form is the name's.
            if is_legal_form(t) {
                prev.push(',');
                prev.push_str(&p);
                continue;
            }
            let words: Vec<String> = prev.split_whitespace().map(str::to_lowercase).collect();
            // `Ministry of ...`, `General Directorate of ...`: a head word among the first three.
            let prev_is_head_of = words.iter().take(3).any(|w| HEADS.contains(&w.as_str()))
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "of" | "for" | "de" | "du" | "des" | "del"));
            let first = t.split_whitespace().next().unwrap_or("");
            let capital = first.chars().next().is_some_and(char::is_uppercase);
            let acronym = first.len() >= 2
                && first
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            let has_head = t
                .split_whitespace()
                .any(|w| HEADS.contains(&w.to_lowercase().as_str()));
            // `..., Cabo Verde Digital`, `..., UNDP Governance cluster`: another body.
            let words_t: Vec<&str> = t.split_whitespace().collect();
            let names_country = (1..=3.min(words_t.len()))
                .any(|k| crate::countries::lookup(&words_t[..k].join(" ")).is_some())
                && words_t.len() > 2;
            let has_acronym = words_t.iter().any(|w| {
                w.len() >= 2
                    && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            });
            // `..., Telecommunications and Information Technology of the Government of
            // Bangladesh`: a longer piece when an `and` early in it closes the list.
            let n_words = t.split_whitespace().count();
            let short = n_words <= 6
                || (n_words <= 12
                    && t.split_whitespace()
                        .take(4)
                        .any(|w| matches!(w, "and" | "&" | "y" | "et" | "e")));
            if prev_is_head_of
                && capital
                && !acronym
                && !has_head
                && short
                && !descriptor_free(t).contains('(')
                && !names_country
                && !has_acronym
                && !prev.contains('(')
            {
                prev.push(',');
                prev.push_str(&p);
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// The text without a lower-case description in parentheses at its end (`Technology and
/// Innovation (national level)`); an acronym or a name in parentheses stays.
fn descriptor_free(t: &str) -> &str {
    let main = strip_trailing_parens(t);
    let inner = t[main.len()..].trim_start_matches([' ', '(']);
    if main.len() < t.trim_end().len() && inner.chars().next().is_some_and(char::is_lowercase) {
        main
    } else {
        t
    }
}

/// Legal forms written after a company's name and a comma (`PrimeBotics, Lda`), without
/// their dots, lower case.
const LEGAL_FORMS: &[&str] = &[
    "lda", "ltd", "ltda", "inc", "llc", "sa", "sas", "sarl", "srl", "gmbh", "plc", "pvt", "bv",
    "nv", "ag", "spa", "llp", "pty", "jsc", "sl", "sac",
];

/// Whether a token is a legal form (`Lda`, `Ltd.`, `S.A.`); two letters only with their
/// dots (`SA` may be a place).
fn is_legal_form(t: &str) -> bool {
    let form = t.trim().trim_end_matches([',', ';']);
    let bare = form.trim_end_matches('.').replace('.', "").to_lowercase();
    LEGAL_FORMS.contains(&bare.as_str()) && (bare.len() >= 3 || form.contains('.'))
}

/// ` and ` separates two names when the left side is not an `X of Y` phrase (which would
/// make it `Ministry of Trade and Industry`) and the right side starts with a capital.
fn split_and(s: &str, in_list: bool) -> Vec<String> {
    // `Economic and Social Commission for Asia and the Pacific`: the `and` of a known name.
    if is_known_name(s) {
        return vec![s.to_string()];
    }
    // `Ministry of Health and Ministry of Education`, `UNICEF and the Ministry of Health`,
    // `Reaktor & University of Helsinki`: an `and` followed by a head word and its `of`
    // opens a second body, whatever `and`s come before it; so does an `and` between a body
    // and a known organisation or a vague group (`Ministry of Health and UNICEF`, `the
    // Governor's Office and municipalities`).
    for sep in [" and ", " & ", " et ", " y ", " e "] {
        for (i, _) in s.match_indices(sep) {
            if !depth_zero(s, i) {
                continue;
            }
            let (l, r) = (s[..i].trim_end(), s[i + sep.len()..].trim_start());
            if l.split_whitespace().count() == 0 || r.is_empty() {
                continue;
            }
            let r_body = r.strip_prefix("the ").unwrap_or(r);
            let rw: Vec<String> = r_body
                .split_whitespace()
                .take(2)
                .map(|w| w.to_lowercase())
                .collect();
            let opens_body = rw.len() == 2
                && r_body.chars().next().is_some_and(char::is_uppercase)
                && BODY_OPENERS.contains(&rw[0].as_str())
                && matches!(
                    rw[1].as_str(),
                    "of" | "for" | "de" | "du" | "des" | "del" | "da" | "do" | "on"
                );
            if opens_body {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r_body, in_list));
                return v;
            }
            let r_main = strip_trailing_parens(r);
            // `Experts and San Andrés University`: a vague group, then a body with a proper
            // name (not `Women and Youth Foundation`, whose `Youth` is an ordinary word).
            if l.split_whitespace().count() <= 3
                && crate::names::classify(l) == crate::names::MentionKind::Collective
                && opens_with_proper_name(r_main)
                && crate::names::classify(r_main) == crate::names::MentionKind::Organisation
                && crate::names::classify::has_organisation_signal(r_main)
            {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r, in_list));
                return v;
            }
            let r_acronym = crate::names::is_acronym(r_main)
                && !crate::names::is_generic_acronym(&crate::names::fold(r_main));
            let r_short = r_main.split_whitespace().count() <= 3;
            if !r_acronym && !r_short && !starts_like_alias(r_main) {
                continue;
            }
            let l_words: Vec<&str> = l.split_whitespace().collect();
            let l_connector = l_words.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "de" | "du" | "des" | "del" | "on"
                )
            });
            let l_body = l_words.iter().any(|w| {
                HEADS.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            }) || (l_words.len() == 1 && crate::names::is_acronym(l_words[0]))
                || is_known_name(l);
            if !l_body {
                continue;
            }
            let r_org = r_acronym || is_known_name(r_main);
            let r_group = !r_org
                && !l_connector
                && r_short
                && crate::names::classify(r_main) == crate::names::MentionKind::Collective;
            if r_org || r_group {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r, in_list));
                return v;
            }
        }
    }
    // `Ministry of Industry and Commerce (MIC) and Ministry of Labor (MTESS)`: an acronym in
    // parentheses closes a name, so an `and` right after it separates two bodies, whatever
    // `and`s come before it.
    for sep in [" and ", " & ", " et ", " y ", " e "] {
        for (i, _) in s.match_indices(sep) {
            let (l, r) = (s[..i].trim_end(), s[i + sep.len()..].trim_start());
            let closes_acronym = l.ends_with(')')
                && l.rfind('(')
                    .is_some_and(|o| crate::names::is_acronym(&l[o + 1..l.len() - 1]));
            let r_cap = r.chars().next().is_some_and(char::is_uppercase);
            if closes_acronym && r_cap && depth_zero(s, i) && l.split_whitespace().count() >= 2 {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r, in_list));
                return v;
            }
        }
    }
    for sep in [" and ", " & ", " et ", " y "] {
        if let Some(i) = s.find(sep) {
            let left_words = s[..i].split_whitespace().count();
            // `Ministry of Education and Science of the Kyrgyz Republic`: a known name
            // followed by `of ...` goes on; it is not the end of the name.
            let goes_on = |n: usize| {
                s.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .nth(n)
                    .is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "of" | "de" | "del" | "du" | "des" | "for" | "da" | "do"
                        )
                    })
            };
            if let Some(n) = known_prefix(s, left_words).filter(|&n| !goes_on(n)) {
                let words: Vec<&str> = s.split_whitespace().collect();
                let mut v = vec![words[..n].join(" ")];
                let rest = words[n..].join(" ");
                let rest = rest
                    .trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
                    .trim_start_matches("and ")
                    .trim_start_matches("& ")
                    .trim();
                if !rest.is_empty() {
                    v.extend(split_and(rest, in_list));
                }
                return v;
            }
        }
    }
    for sep in [" and ", " & ", " et ", " y "] {
        if let Some(i) = s.find(sep) {
            let (l, r) = (s[..i].trim(), s[i + sep.len()..].trim());
            let l_words: Vec<&str> = l.split_whitespace().collect();
            let connector = l_words.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "de" | "du" | "des" | "del" | "on"
                )
            });
            let r_cap = r
                .trim_start_matches("the ")
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            // `Noakhali Science and Technology University`: the left side names no body of its
            // own and the right side ends with a head word, so the `and` is inside one name.
            let head = |w: &str| {
                HEADS.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            };
            let r_main = strip_trailing_parens(r);
            // `Economic and Administrative Sciences School`: any head word of a body.
            let right_ends_with_head = r_main.split_whitespace().last().is_some_and(|w| {
                head(w)
                    || crate::names::classify::is_body_head(&crate::names::fold(
                        w.trim_matches(|c: char| !c.is_alphanumeric()),
                    ))
            });
            let left_is_body = l_words.iter().any(|w| head(w))
                || l_words.len() == 1 && crate::names::is_acronym(l_words[0])
                || is_known_name(l);
            let modifier = right_ends_with_head && !left_is_body;
            if r_cap
                && !connector
                && !modifier
                && (l_words.len() >= 2 || in_list)
                && depth_zero(s, i)
            {
                let mut v = vec![l.to_string()];
                v.extend(split_and(r, in_list));
                return v;
            }
            return vec![s.to_string()];
        }
    }
    vec![s.to_string()]
}

/// Whether a text starts with a proper name: a capitalised word that is not an ordinary
/// word (`San Andrés University`, `Reaktor`; not `Youth Foundation`).
fn opens_with_proper_name(s: &str) -> bool {
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    first.chars().next().is_some_and(char::is_uppercase)
        && !crate::names::classify::is_common_word(&crate::names::fold(first))
}

/// The text without a parenthesised part at its end (`X University (HSTU)` -> `X University`).
fn strip_trailing_parens(s: &str) -> &str {
    let t = s.trim_end();
    match (t.ends_with(')'), t.rfind('(')) {
        (true, Some(i)) => t[..i].trim_end(),
        _ => t,
    }
}

fn depth_zero(s: &str, at: usize) -> bool {
    paren_depth(&s[..at]) == 0
}

/// Whether `tail` names the body that `head` only gives the kind of: the head is a vague
/// group or unnamed body (`Local Municipality`, `Research institutes`), the tail a short
/// capitalised name that shows it names a body and is not itself vague.
fn names_the_kind(head: &str, tail: &str) -> bool {
    use crate::names::MentionKind::{Collective, Organisation};
    let tail = tail.trim().trim_end_matches(['.', ',', ';']);
    tail.split_whitespace().count() <= 8
        && tail.chars().next().is_some_and(char::is_uppercase)
        && !tail.contains([',', ';', ':'])
        && !is_sentence(tail)
        && crate::names::classify(head) == Collective
        && crate::names::classify(tail) == Organisation
        && crate::names::classify::has_organisation_signal(tail)
}

/// `Go Teddy, a local start-up who ...` was split at the comma: a piece that starts
/// lower-case and runs over three words is the description of the name before it.
fn describe_lowercase_pieces(pieces: Vec<String>) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for p in pieces {
        // `particularly, its Business Incubator INCUNI`: a body of the name before, by its
        // own name.
        let own = ["its ", "their "]
            .iter()
            .find_map(|a| p.strip_prefix(a))
            .filter(|rest| rest.starts_with(char::is_uppercase))
            .unwrap_or(&p);
        let lower = own.chars().next().is_some_and(|c| c.is_lowercase());
        if lower && p.split_whitespace().count() > 3 {
            if let Some(last) = out.last_mut() {
                last.1 = Some(match last.1.take() {
                    Some(d) => format!("{d}, {p}"),
                    None => p,
                });
                continue;
            }
        }
        out.push((p, None));
    }
    out
}

/// Words that name no one on their own: list fillers, and sector labels typed on a line of
/// their own under a name (`Asociación ...` / `Sector privado`).
fn is_filler(name: &str) -> bool {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    // Form headings copied into answers: `Top 5 Partners`, `Action 1`.
    let heading = |prefix: &str| {
        n.strip_prefix(prefix).is_some_and(|rest| {
            rest.trim()
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_whitespace())
        })
    };
    if heading("top 5 partners")
        || heading("top partners")
        || heading("action")
        || heading("partner")
    {
        return true;
    }
    matches!(
        n,
        "among others"
            | "etc"
            | "others"
            | "and others"
            | "other"
            | "among other"
            | "entre autres"
            | "entre otros"
            | "partners"
            | "sector privado"
            | "sector público"
            | "sector publico"
            | "gobierno"
            | "government"
            | "private sector"
            | "public sector"
            | "civil society"
            | "academia"
            | "academic"
            | "sociedad civil"
            | "secteur privé"
            | "gouvernement"
            | "société civile"
            | "private"
            | "public"
            | "ngo"
            | "un agency"
            | "un"
            | "cso"
    ) || n.starts_with("among others")
}

/// Removes list markers, quotes, trailing `:`/`.`/`;` and collapses whitespace; keeps the
/// name as written otherwise.
pub fn clean_name(s: &str) -> String {
    let s = collapse_ws(s);
    let (s, _) = strip_marker(&s);
    let mut s = s.trim().to_string();
    for suffix in [
        " among others",
        " entre autres",
        " entre otros",
        " etc",
        ", etc",
    ] {
        if let Some(x) = s.to_lowercase().strip_suffix(suffix).map(|x| x.len()) {
            s.truncate(x);
        }
    }
    // An answer to a yes/no question left in front of the name: `Yes Bahir Dar university`;
    // words that introduce a name in a sentence: `with UNEP`, `through the Ministry`.
    loop {
        let before = s.len();
        for p in [
            "Yes ",
            "yes ",
            "YES ",
            "Oui ",
            "Sí ",
            "Si ",
            "with ",
            "With ",
            "through ",
            "Through ",
            "via ",
            "Via ",
            "by ",
            "By ",
            "under ",
            "Under ",
            "including ",
            "Including ",
            "namely ",
            "Namely ",
            "e.g. ",
            "such as ",
            "Such as ",
            "like ",
            "and ",
            "And ",
            "also ",
            "Also ",
            "avec ",
            "con ",
            "com ",
        ] {
            if let Some(rest) = s.strip_prefix(p) {
                if rest.trim().chars().any(char::is_alphanumeric) {
                    s = rest.trim().to_string();
                }
            }
        }
        if s.len() == before {
            break;
        }
    }
    // `Met with UNEP`, `Collaborated with Inclusive and Democratic Governance portfolio`: a
    // line written as a sentence without its subject.
    s = without_opening_verb(&s).to_string();
    s = without_trailing_clause(&s).to_string();
    // `Otorita Ibu Kota Nusantara (New Capital City Authority Board) or OIKN`: the acronym
    // the name also goes by, given after `or`, is not a second body: it is written as the
    // name's acronym.
    if let Some((name, acr)) = s.rsplit_once(" or ") {
        let initial = |t: &str| t.chars().next().map(|c| c.to_ascii_uppercase());
        if crate::names::is_acronym(acr)
            && acr.len() >= 3
            && name.split_whitespace().count() >= 3
            && initial(name) == initial(acr)
            && name.starts_with(char::is_uppercase)
        {
            s = format!("{} ({acr})", name.trim());
        }
    }
    // `le Ministère de la Justice`, `the EU-GEPP Consortium`: an article in lower case
    // before a capitalised name is the sentence's.
    for a in [
        "the ", "le ", "la ", "les ", "el ", "los ", "las ", "l'", "l’", "its ", "their ",
    ] {
        if let Some(rest) = s.strip_prefix(a) {
            if rest.chars().next().is_some_and(char::is_uppercase) {
                s = rest.to_string();
            }
        }
    }
    // `Head of Toktogul district administration`: the body, not the role.
    for p in ["Head of ", "head of ", "Director of ", "Office of the "] {
        if let Some(rest) = s.strip_prefix(p) {
            if p.starts_with("Office") {
                break;
            }
            s = rest.trim().to_string();
        }
    }
    // `University of New South Wales, Australia`: a country after a comma qualifies the name.
    if let Some((head, tail)) = s.rsplit_once(',') {
        let tail = tail.trim().trim_end_matches(['.', ')']);
        if !head.trim().is_empty()
            && head.split_whitespace().count() >= 2
            && crate::countries::lookup(tail).is_some()
            && !crate::names::is_acronym(tail)
        {
            s = head.trim().to_string();
        }
    }
    let t = s
        .trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '*' | '`'))
        .trim_end_matches([':', ';', ',', '.', '-', '–', ' '])
        .trim();
    // `UNDP Paraguay’s`, `International Labor Organization's` (`... 's southern cone
    // office`): a possessive ending is the sentence's, not the name's; `Saint Martin’s`
    // (a place) keeps it.
    let t = strip_possessive(t);
    // An opening parenthesis left without its closing one (a cut description), or a
    // closing one without its opening.
    let t = if t.matches('(').count() > t.matches(')').count() {
        t[..t.rfind('(').expect("counted")].trim()
    } else if t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
        // `FALCON Association (Mauritius/Rodrigues))`: only the closing ones in surplus.
        let mut t = t;
        while t.matches(')').count() > t.matches('(').count() && t.ends_with(')') {
            t = &t[..t.len() - 1];
        }
        t.trim()
    } else {
        t
    };
    t.to_string()
}

fn strip_possessive(t: &str) -> &str {
    let Some(stem) = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")) else {
        return t;
    };
    let words: Vec<&str> = stem.split_whitespace().collect();
    let last = words.last().copied().unwrap_or("");
    let saint = words.len() >= 2
        && matches!(
            words[words.len() - 2]
                .trim_end_matches('.')
                .to_lowercase()
                .as_str(),
            "saint" | "st"
        );
    if last.chars().next().is_some_and(char::is_uppercase) && !saint {
        stem.trim_end()
    } else {
        t
    }
}

/// `Bangladesh Oceanographic Research Institute (BORI)` -> `BORI`; an all-capitals name
/// is its own acronym only when given in parentheses, so `UNICEF` has none.
pub fn acronym_of(name: &str) -> Option<String> {
    let open = name.rfind('(')?;
    let inner = name[open + 1..].strip_suffix(')')?.trim();
    let letters: Vec<char> = inner.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    (letters.len() >= 2 && upper * 2 > letters.len() && !inner.contains(' ') && inner.len() <= 15)
        .then(|| inner.to_string())
}

/// `Science & Technology University (HSTU)`: a capitalised run closed by a parenthesised
/// acronym follows, so an `and` before it belongs to the name.
fn acronym_follows(tokens: &[&str]) -> bool {
    for (i, t) in tokens.iter().enumerate().take(6) {
        if t.starts_with('(') {
            let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
            return i > 0 && crate::names::is_acronym(inner);
        }
        let first = t.trim_start_matches(['"', '“']).chars().next();
        if !first.is_some_and(|c| c.is_uppercase()) || t.ends_with([',', '.', ';']) {
            return false;
        }
    }
    false
}

/// Heads after which `on` goes on with the name (`Council on Foreign Relations`, `Envoy on
/// Technology`); after others it starts a topic (`Foreign Trade University on Circular
/// economy`).
const ON_HEADS: &[&str] = &[
    "council",
    "commission",
    "committee",
    "centre",
    "center",
    "forum",
    "panel",
    "network",
    "coalition",
    "alliance",
    "force",
    "group",
    "institute",
    "initiative",
    "partnership",
    "secretariat",
    "office",
    "programme",
    "program",
    "convention",
    "board",
    "observatory",
    "platform",
    "envoy",
    "rapporteur",
    "commissioner",
    "consortium",
];

/// In prose, how many tokens after `tokens[j]` join the name run: a connector and a
/// capitalised word (`of Health`), `of the` and one (`Unit of the Social Cabinet`), or `and`
/// and one inside an `X of Y` name. Not `on` after a head that takes no topic, nor `and` or
/// `&` before an acronym or a body's opening (`Reaktor & University of Helsinki`, `... and
/// SASA`), which start another name.
fn prose_connector(tokens: &[&str], j: usize, run: &[&str], has_of: bool) -> Option<usize> {
    let cap = |t: &str| {
        let t = t.trim_start_matches(['(', '"', '“', '\'', '‘']);
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && t.chars().any(|c| c.is_alphabetic())
    };
    let conn = tokens.get(j + 1)?.to_lowercase();
    let next = *tokens.get(j + 2)?;
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let opens_body = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            BODY_OPENERS.contains(&bare(t).as_str()) && cap(t) && !t.ends_with([',', '.', ';'])
        }) && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(bare(t).as_str(), "of" | "for" | "de" | "del" | "du"))
    };
    let acronym = |t: &str| {
        let b = t.trim_matches(|c: char| !c.is_alphanumeric());
        crate::names::is_acronym(b) && !crate::names::is_generic_acronym(&crate::names::fold(b))
    };
    const CONNECT: &[&str] = &[
        "of", "for", "de", "des", "du", "la", "le", "el", "del", "the", "&", "on", "in", "los",
        "las", "para", "pour", "por", "do", "da", "dos", "das", "d'",
    ];
    let last = bare(run.last().copied().unwrap_or(""));
    // `Unit of the Social Cabinet`, `Universidad de la República`: after a run that has a
    // head word of its own (not `... Technology of the Government`, a piece of a longer name).
    let headed = run
        .iter()
        .any(|t| HEADS.contains(&bare(t).as_str()) || BODY_OPENERS.contains(&bare(t).as_str()));
    if headed
        && matches!(conn.as_str(), "of" | "de" | "du" | "del" | "da" | "do")
        && matches!(
            next.to_lowercase().as_str(),
            "the" | "la" | "el" | "los" | "las" | "le" | "les"
        )
        && tokens.get(j + 3).is_some_and(|t| cap(t))
    {
        return Some(3);
    }
    if !cap(next) {
        return None;
    }
    if conn == "on" && !ON_HEADS.contains(&last.as_str()) {
        return None;
    }
    let and = matches!(conn.as_str(), "and" | "&" | "y" | "et");
    if and && (opens_body(j + 2) || acronym(next)) {
        return None;
    }
    let joins = CONNECT.contains(&conn.as_str())
        || (and
            && (has_of
                || acronym_follows(&tokens[j + 2..])
                || fields_then_head(run, &tokens[j + 2..], before_run(tokens, j, run))));
    joins.then_some(2)
}

/// The token before a run that ends at `tokens[j]`.
fn before_run<'a>(tokens: &[&'a str], j: usize, run: &[&str]) -> Option<&'a str> {
    (j + 1)
        .checked_sub(run.len())?
        .checked_sub(1)
        .map(|k| tokens[k])
}

/// `the Science and Technology Park Belgrade`, `its Economic and Administrative Sciences
/// School`: a run of ordinary words (no proper name, acronym or head word), `and`, then
/// capitalised words that close with the head word of a body: the fields of one body, not
/// two names (`Abagold and Paternoster Oyster Company`, `Makerere University and ...`).
fn fields_then_head(run: &[&str], after: &[&str], before: Option<&str>) -> bool {
    // `the Strategy and Policy and Joint Office`: not inside a list of fields or names.
    if before.is_some_and(|t| matches!(t, "and" | "&" | "y" | "et") || t.ends_with(',')) {
        return false;
    }
    let bare = |t: &str| crate::names::fold(t.trim_matches(|c: char| !c.is_alphanumeric()));
    let is_head = |t: &str| {
        let b = bare(t);
        // `Science and Technology Park`: a park of this kind is a body.
        HEADS.contains(&b.as_str()) || crate::names::classify::is_body_head(&b) || b == "park"
    };
    let fields = !run.is_empty()
        && run.len() <= 3
        && run.iter().all(|t| {
            let b = t.trim_matches(|c: char| !c.is_alphanumeric());
            !b.is_empty()
                && !crate::names::is_acronym(b)
                && !is_head(t)
                && crate::names::classify::is_common_word(&bare(t))
                && crate::countries::lookup(b).is_none()
        });
    if !fields {
        return false;
    }
    for (at, t) in after.iter().enumerate().take(4) {
        let word = t.trim_start_matches(['(', '"', '“']);
        if !word.starts_with(char::is_uppercase)
            || crate::names::is_acronym(bare(t).as_str()) && at == 0
        {
            return false;
        }
        if is_head(t) {
            return at > 0;
        }
        if t.ends_with([',', '.', ';', ':', ')', '!', '?']) {
            return false;
        }
    }
    false
}

/// Function words that end a run of lower-case words after a name: they start the
/// sentence's next part, they are not words of the name.
const LOWER_BREAKS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "with", "to", "in", "on", "at", "by", "for", "from", "is",
    "are", "was", "were", "be", "has", "have", "had", "that", "which", "who", "as", "its", "their",
    "our", "this", "these", "through", "via", "de", "la", "le", "el", "et", "y", "en",
];

/// How many of the tokens after a capitalised name are lower-case words (at most four) that
/// end with the head word of a body (`solid waste management agency`, `fabrication lab`).
fn lowercase_head_after(tokens: &[&str]) -> Option<usize> {
    for (at, t) in tokens.iter().enumerate().take(4) {
        let bare = t.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
        let last_here = bare.len() != t.len();
        if bare.is_empty()
            || !bare.chars().all(|c| c.is_alphabetic() || c == '-')
            || !bare.starts_with(char::is_lowercase)
            || LOWER_BREAKS.contains(&bare)
        {
            return None;
        }
        let folded = crate::names::fold(bare);
        // `Asiacell company`, `Coca-Cola company`: the kind of a brand, not its name.
        if matches!(folded.as_str(), "company" | "corporation" | "firm") {
            return None;
        }
        if crate::names::classify::is_body_head(&folded) {
            return Some(at + 1);
        }
        // `uDigital program targets university`: a name has one head word.
        if crate::names::classify::is_org_word(&folded) {
            return None;
        }
        if last_here {
            return None;
        }
    }
    None
}

/// Organisation names in prose: runs of capitalised words (with `of`, `for`, `and`, `de`
/// ... between them), optionally followed by `(ACRONYM)`; single words count when they are
/// acronyms or stand mid-sentence. Sentence-initial common words are skipped.
pub fn names_in_prose(s: &str) -> Vec<String> {
    const CONNECT: &[&str] = &[
        "of", "for", "de", "des", "du", "la", "le", "el", "del", "the", "&", "on", "in", "los",
        "las", "para", "pour", "por", "do", "da", "dos", "das", "d'",
    ];
    // Function words that start a sentence, not a name: dropped from the front of a run.
    const STOP: &[&str] = &[
        "we",
        "the",
        "they",
        "our",
        "in",
        "this",
        "these",
        "with",
        "for",
        "a",
        "an",
        "it",
        "as",
        "on",
        "at",
        "by",
        "also",
        "however",
        "moreover",
        "within",
        "through",
        "during",
        "regarding",
        "both",
        "all",
        "one",
        "two",
        "three",
        "he",
        "she",
        "his",
        "their",
        "there",
        "some",
        "several",
        "many",
        "other",
        "most",
        "not",
        "no",
        "yes",
        "and",
        "but",
        "from",
        "to",
        "of",
        "nous",
        "les",
        "le",
        "la",
        "ces",
        "avec",
        "el",
        "los",
        "con",
        "together",
        "while",
        "when",
        "after",
        "before",
        "since",
        "further",
        "finally",
        "additionally",
        "then",
    ];
    // Words that name no organisation when they stand alone.
    const SINGLE_STOP: &[&str] = &[
        "private",
        "public",
        "government",
        "ministry",
        "university",
        "civil",
        "society",
        "sector",
        "local",
        "national",
        "international",
        "un",
        "agencies",
        "partners",
        "partner",
        "academic",
        "academia",
        "covid",
        "covid-19",
        "covid19",
        "mou",
        "ngo",
        "ngos",
        "cso",
        "csos",
        "sdg",
        "sdgs",
        "i",
        "ii",
        "iii",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "lab",
        "labs",
        "accelerator",
        "undp",
        "phase",
        "pilot",
        "project",
        "dream",
        "ai",
        "it",
        "ict",
        "pm",
        "ceo",
        "usd",
        "covid19",
        "team",
        "office",
        "council",
        "department",
        "city",
    ];
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    let is_cap = |t: &str| {
        let t = t.trim_start_matches(['(', '"', '“', '\'', '‘']);
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && t.chars().any(|c| c.is_alphabetic())
    };
    // `National Technology Business Centre- Key partner`: a dash glued to a word ends it.
    let ends_clause = |t: &str| {
        (t.ends_with([',', '.', ';', ':', ')', '!', '?']) && !t.ends_with("Co."))
            || (t.len() > 2 && t.ends_with(['-', '–', '—']))
    };
    // `an NGO (Tesai Reka Paraguay)`, `Etaam (Saudi Food Bank)`: a name of several words
    // that opens a parenthesis starts at its first word, and so does an acronym that opens
    // a list in one (`(COMECIPAR, Cooperativa Univesataria)`); a lone `(ACRONYM)` does not.
    let opens_paren_name = |k: usize| {
        let t = tokens[k];
        let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.starts_with('(')
            && !t.contains(')')
            && ((!ends_clause(t)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| is_cap(n) && !n.starts_with('(')))
                || (t.ends_with(',') && crate::names::is_acronym(inner)))
    };
    while i < tokens.len() {
        if !is_cap(tokens[i]) || (tokens[i].starts_with('(') && !opens_paren_name(i)) {
            i += 1;
            continue;
        }
        let sentence_start = i == 0 || tokens[i - 1].ends_with(['.', '!', '?', ':']);
        let mut j = i;
        let mut run = vec![tokens[i]];
        // `Ministry of Science, Technology, and Innovation`: inside a `Head of ...` name, a
        // comma list of capitalised words closed by `and` + a capitalised word is the name's.
        let has_of = |run: &[&str]| {
            run.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "on" | "de" | "del" | "des" | "du" | "para" | "pour"
                )
            })
        };
        loop {
            while !ends_clause(run.last().expect("not empty")) {
                // `... Bar Associations We worked`: a capitalised pronoun starts a new sentence.
                let next_is_stop = j + 1 < tokens.len()
                    && matches!(
                        tokens[j + 1],
                        "We" | "They" | "Our" | "This" | "These" | "It" | "The" | "In" | "With"
                    );
                if j + 1 < tokens.len()
                    && is_cap(tokens[j + 1])
                    && !tokens[j + 1].starts_with('(')
                    && !next_is_stop
                {
                    j += 1;
                    run.push(tokens[j]);
                } else if let Some(step) = prose_connector(&tokens, j, &run, has_of(&run)) {
                    run.extend_from_slice(&tokens[j + 1..=j + step]);
                    j += step;
                } else {
                    break;
                }
            }
            let last = *run.last().expect("not empty");
            if !ends_clause(last) {
                break;
            }
            // `PrimeBotics, Lda, a private company`: a legal form after the comma is the
            // name's.
            if last.ends_with(',') && tokens.get(j + 1).is_some_and(|t| is_legal_form(t)) {
                // One token from the name's last word to the form, so the comma stays.
                j += 1;
                let (a, b) = (run.pop().expect("not empty"), tokens[j]);
                let start = a.as_ptr() as usize - s.as_ptr() as usize;
                let end = b.as_ptr() as usize - s.as_ptr() as usize + b.len();
                run.push(&s[start..end]);
                break;
            }
            if !(last.ends_with(',') && has_of(&run)) {
                break;
            }
            // Look ahead: (Cap,)* Cap* [and|&] Cap (`Labor, Employment, Veterans and Social
            // Affairs`).
            let mut k = j + 1;
            while k < tokens.len() && is_cap(tokens[k]) && tokens[k].ends_with(',') && k - j <= 4 {
                k += 1;
            }
            // `Ministry of Posts, Telecommunications and Information Technology`: one or two
            // words of a function before the `and` need no comma of their own.
            let commas = k;
            while k < tokens.len()
                && is_cap(tokens[k])
                && !ends_clause(tokens[k])
                && !tokens[k].starts_with('(')
                && k - commas < 2
                && k - j <= 6
                && crate::countries::lookup(tokens[k]).is_none()
            {
                k += 1;
            }
            // At least one `B,` between: `..., and Serbia` alone is another name.
            // Functions of the body, not other bodies: no acronym (`UNICEF, WHO and ...`)
            // nor head word (`Ministry of Health, Ministry of Education and ...`).
            let functions = |ts: &[&str]| {
                ts.iter().all(|t| {
                    let b = t.trim_matches(|c: char| !c.is_alphanumeric());
                    (!crate::names::is_acronym(b)
                        || crate::names::is_generic_acronym(&crate::names::fold(b)))
                        && !HEADS.contains(&b.to_lowercase().as_str())
                })
            };
            if k > j + 1
                && k + 1 < tokens.len()
                && matches!(tokens[k], "and" | "&" | "y" | "et")
                && is_cap(tokens[k + 1])
                && functions(&tokens[j + 1..=k + 1])
            {
                run.extend_from_slice(&tokens[j + 1..=k + 1]);
                j = k + 1;
                continue;
            }
            break;
        }
        // `Addis Ababa solid waste management agency`, `the BiT fabrication lab`: words in
        // lower case that close the name with the head word of a body are the name's.
        // `Ministry of Economic Development and Poverty reduction`: in an `X of A and B`
        // name, one word in lower case after `B` (not a verb, not a function word) is B's.
        if run.len() >= 4
            && has_of(&run)
            && matches!(run[run.len() - 2], "and" | "&" | "y" | "et")
            && !ends_clause(run.last().expect("run"))
        {
            if let Some(t) = tokens.get(j + 1) {
                let bare = t.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
                if bare.len() > 3
                    && bare.chars().all(char::is_lowercase)
                    && !LOWER_BREAKS.contains(&bare)
                    && !bare.ends_with("ed")
                    && !bare.ends_with('s')
                    && !bare.ends_with("ing")
                    && !bare.ends_with("ly")
                {
                    run.push(t);
                    j += 1;
                }
            }
        }
        // Not after one ordinary word that opens a sentence (`Key government partner`).
        let opener_only = run.len() == 1
            && sentence_start
            && crate::names::classify::is_common_word(&crate::names::fold(run[0]));
        if !ends_clause(run.last().expect("run")) && !opener_only {
            if let Some(n) = lowercase_head_after(&tokens[j + 1..]) {
                run.extend_from_slice(&tokens[j + 1..=j + n]);
                j += n;
            }
        }
        // `(ACRONYM)` right after the name.
        if j + 1 < tokens.len()
            && tokens[j + 1].starts_with('(')
            && !ends_clause(run.last().expect("run"))
        {
            let t = tokens[j + 1];
            // Not an enumerator: `(i)`, `(ii)`, `(a)`, `(2)`.
            let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
            let enumerator = inner.len() <= 1
                || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                || inner.chars().all(|c| c.is_ascii_digit());
            if !enumerator && (t.ends_with(')') || t.ends_with("),") || t.ends_with(").")) {
                run.push(t);
                j += 1;
            }
        }
        i = j + 1;
        // `Foreign Trade University on Circular economy`: the capitalised words after an
        // `on` that did not join the name are its topic, not another name.
        if tokens.get(i).is_some_and(|t| *t == "on") {
            i += 1;
            while i < tokens.len() && is_cap(tokens[i]) && !tokens[i].starts_with('(') {
                let end = ends_clause(tokens[i]);
                i += 1;
                if end {
                    break;
                }
            }
        }
        // A comma inside the name stays (`Ministry of Posts, Telecommunications and ...`).
        let last_at = run.len().saturating_sub(1);
        let words: Vec<String> = run
            .iter()
            .enumerate()
            .map(|(at, w)| {
                let inner_comma = at < last_at && w.ends_with(',');
                let t = w.trim_matches(|c: char| {
                    matches!(
                        c,
                        ',' | '.' | ';' | ':' | '"' | '“' | '”' | '‘' | '’' | '\'' | '!' | '?'
                    )
                });
                if inner_comma && !t.is_empty() {
                    format!("{t},")
                } else {
                    t.to_string()
                }
            })
            .collect();
        let mut words: Vec<String> = words.into_iter().filter(|w| !w.is_empty()).collect();
        if let Some(w) = words.first_mut() {
            if w.starts_with('(') && !w.contains(')') {
                w.remove(0);
            }
        }
        if let Some(w) = words.last_mut() {
            let t = w.trim_end_matches(['-', '–', '—']).len();
            w.truncate(t);
        }
        // `IT Park`: an acronym before a word in lower case is not the function word.
        let acronym_word = |words: &[String]| {
            words.len() >= 2
                && words[0].len() >= 2
                && words[0].chars().all(|c| c.is_ascii_uppercase())
                && words[1].chars().any(char::is_lowercase)
        };
        // `the YES Abroad Program`: a stop word in capitals inside a sentence is an acronym
        // opening the name.
        let capital_word = |words: &[String]| {
            !sentence_start
                && words.len() >= 2
                && words[0].len() >= 2
                && words[0].chars().all(|c| c.is_ascii_uppercase())
        };
        while words
            .first()
            .is_some_and(|w| STOP.contains(&w.to_lowercase().as_str()))
            && !acronym_word(&words)
            && !capital_word(&words)
        {
            words.remove(0);
        }
        while words
            .last()
            .is_some_and(|w| CONNECT.contains(&w.to_lowercase().as_str()))
        {
            words.pop();
        }
        if words.is_empty() {
            continue;
        }
        let single = words.len() == 1;
        let w0 = &words[0];
        // `UNICEF`, `CodeLab`, `500RPM`: a single word names someone only when it has
        // two capitals (or digits); `Science` alone is a word, not an organisation.
        let acronym = w0
            .chars()
            .filter(|c| c.is_uppercase() || c.is_ascii_digit())
            .count()
            >= 2;
        if single
            && (SINGLE_STOP.contains(&w0.to_lowercase().as_str())
                || !acronym
                || sentence_start && w0.len() < 2)
        {
            continue;
        }
        if crate::countries::lookup(&words.join(" ")).is_some() {
            continue;
        }
        // `the NDS process`, `the ORID dialogues`: an acronym that names a process, a method
        // or a document, by the common noun after it.
        let thing_follows = tokens.get(i).is_some_and(|t| {
            matches!(
                t.trim_matches(|c: char| !c.is_alphanumeric()),
                "process"
                    | "program"
                    | "programme"
                    | "programs"
                    | "project"
                    | "projects"
                    | "colleague"
                    | "colleagues"
                    | "initiative"
                    | "scheme"
                    | "portal"
                    | "website"
                    | "app"
                    | "processes"
                    | "dialogue"
                    | "dialogues"
                    | "methodology"
                    | "method"
                    | "approach"
                    | "framework"
                    | "strategy"
                    | "model"
                    | "survey"
                    | "tool"
                    | "index"
                    | "report"
                    | "plan"
                    | "law"
                    | "policy"
                    | "workshop"
                    | "workshops"
                    | "sessions"
                    | "session"
                    | "campaign"
                    | "challenge"
                    | "data"
                    | "system"
            )
        });
        if single && thing_follows {
            continue;
        }
        // Capitalised things that are not organisations: plans, events, documents.
        const NOT_ORGS: &[&str] = &[
            "strategy",
            "plan",
            "day",
            "week",
            "summit",
            "conference",
            "forum",
            "report",
            "agenda",
            "framework",
            "law",
            "policy",
            "act",
            "index",
            "survey",
            "workshop",
            "hackathon",
            "bootcamp",
            "goals",
            "sdgs",
            "elements",
            "intelligence",
            "method",
            "methods",
            "approach",
            "model",
        ];
        if words
            .last()
            .is_some_and(|w| NOT_ORGS.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        let generic = |w: &String| {
            let l = w.to_lowercase();
            STOP.contains(&l.as_str())
                || SINGLE_STOP.contains(&l.as_str())
                || CONNECT.contains(&l.as_str())
        };
        if words.iter().all(generic) {
            continue;
        }
        let name = words.join(" ");
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(v: Vec<Piece>) -> Vec<String> {
        v.into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn legal_forms_and_closing_ands_stay_in_names() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        assert_eq!(
            names("Portfolio for Inclusive Growth, Employment, Population, and Youth"),
            ["Portfolio for Inclusive Growth, Employment, Population, and Youth"]
        );
        assert_eq!(
            names("Ministry of Health, Ministry of Education, and UNICEF"),
            ["Ministry of Health", "Ministry of Education", "UNICEF"]
        );
        assert_eq!(
            names("PrimeBotics, Lda, a private company")[0],
            "PrimeBotics, Lda"
        );
        assert_eq!(
            names("PrimeBotics, Lda, a private company owned by a young innovator made drones.")[0],
            "PrimeBotics, Lda"
        );
        assert_eq!(
            names("Ministry of Health, SA"),
            ["Ministry of Health", "SA"]
        );
    }

    #[test]
    fn breaks_and_repeated_bullets_separate_names() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        assert_eq!(
            names("Ministry of Economy<div>Youth Organisations</div><div>UNICEF</div><br>"),
            ["Ministry of Economy", "Youth Organisations", "UNICEF"]
        );
        assert_eq!(
            names(
                "-        Ministry of Innovation (MINT) -        Federal Civil Service Commission"
            ),
            [
                "Ministry of Innovation (MINT)",
                "Federal Civil Service Commission"
            ]
        );
        // A dash between a name and what it did stays a separator of the two.
        assert_eq!(names("- UNICEF - worked on data"), ["UNICEF"]);
        assert_eq!(
            split_partner_names(
                "Physics, chemistry, and technology teachers. They help in the design."
            )[0]
            .name,
            "Physics, chemistry, and technology teachers"
        );
    }

    #[test]
    fn lower_case_words_that_close_a_name_in_prose() {
        assert_eq!(
            names_in_prose("We worked with the Addis Ababa solid waste management agency on it"),
            ["Addis Ababa solid waste management agency"]
        );
        assert_eq!(
            names_in_prose("through the BiT fabrication lab through using the boot camps"),
            ["BiT fabrication lab"]
        );
        // A kind after a brand, a verb, an opening word are not the name's.
        assert_eq!(names_in_prose("with the CodeLab company"), ["CodeLab"]);
        assert!(names_in_prose("Key government partner of the lab").is_empty());
        assert_eq!(
            names_in_prose("with the Ministry of Economic Development and Poverty reduction team"),
            ["Ministry of Economic Development and Poverty reduction"]
        );
        assert_eq!(
            names_in_prose("we collaborated with the YES Abroad Program."),
            ["YES Abroad Program"]
        );
        assert_eq!(
            names_in_prose("the National Technology Business Centre- Key partner"),
            ["National Technology Business Centre"]
        );
        assert_eq!(
            names_in_prose("the Policy Advocacy Hub (i) and"),
            ["Policy Advocacy Hub"]
        );
    }

    #[test]
    fn hedges_and_tentative_markers_are_dropped_with_a_reason() {
        let v = split_partner_names("Local Innovation Hub (TBC)");
        assert_eq!(v[0].name, "(TBC)");
        assert_eq!(v[0].dropped, Some("tentative"));
        assert_eq!(v[1].name, "Local Innovation Hub");
        assert_eq!(v[1].dropped, None);
        let v = split_partner_names(
            "For the time being private sector (Roche) - interested to organize the first challenge",
        );
        let kept: Vec<&str> = v
            .iter()
            .filter(|p| p.dropped.is_none())
            .map(|p| p.name.as_str())
            .collect();
        assert!(kept.contains(&"Roche"), "{v:?}");
        assert!(v
            .iter()
            .any(|p| p.name == "For the time being" && p.dropped == Some("hedge")));
        assert_eq!(
            names("Ministry of National Education (planned)"),
            ["(planned)", "Ministry of National Education"]
        );
    }

    #[test]
    fn possessives_are_the_sentences() {
        assert_eq!(
            names_in_prose("with UNDP Paraguay’s monitoring and evaluation official")
                .into_iter()
                .map(|n| clean_name(&n))
                .collect::<Vec<_>>(),
            ["UNDP Paraguay"]
        );
        assert_eq!(
            clean_name("International Labor Organization's"),
            "International Labor Organization"
        );
        assert_eq!(
            clean_name("Union Parishad of Saint Martin’s"),
            "Union Parishad of Saint Martin’s"
        );
    }

    #[test]
    fn a_group_and_the_bodies_it_stands_for() {
        assert_eq!(names("UN agency (Unicef and UNFPA)"), ["Unicef", "UNFPA"]);
        assert_eq!(
            names("Innovation hubs (Shaqdoon, Harhub, T-hub)"),
            ["Innovation hubs", "Shaqdoon", "Harhub", "T-hub"]
        );
        assert_eq!(
            names("Civil Society Organizations [Finance Think; European Policy Institute]"),
            [
                "Civil Society Organizations",
                "Finance Think",
                "European Policy Institute"
            ]
        );
        assert_eq!(
            names("Municipality (Environment Secretariat)"),
            ["Municipality", "Environment Secretariat"]
        );
        // What the group does, or a gloss of it, is not a member.
        assert_eq!(
            names("Small businesses (Recycling and Reforestation)"),
            ["Small businesses (Recycling and Reforestation)"]
        );
        assert_eq!(
            names("local health councils (Consejos de Salud)"),
            ["local health councils (Consejos de Salud)"]
        );
    }

    #[test]
    fn a_heading_line_is_not_a_partner() {
        let v = split_partner_names(
            "● University of Cape Verde\n● Jean Piaget University\nInternal partners (Joint Office):\n● Portfolio for Education",
        );
        let kept: Vec<&str> = v
            .iter()
            .filter(|p| p.dropped.is_none())
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            kept,
            [
                "University of Cape Verde",
                "Jean Piaget University",
                "Joint Office",
                "Portfolio for Education"
            ]
        );
        assert!(v
            .iter()
            .any(|p| p.name == "Internal partners" && p.dropped == Some("heading")));
    }

    #[test]
    fn glued_bodies_are_split() {
        assert_eq!(
            names("Adama municipalities  Bisheftu municipalities and   Bahirdar municipalities"),
            [
                "Adama municipalities",
                "Bisheftu municipalities",
                "Bahirdar municipalities"
            ]
        );
        assert_eq!(
            names("National Economics University (NEU) Fulbright University Viet Nam (FUV) – Academia"),
            ["National Economics University (NEU)", "Fulbright University Viet Nam (FUV)"]
        );
        assert_eq!(
            names("Experts and San Andrés University"),
            ["Experts", "San Andrés University"]
        );
        // One name with `and` inside stays.
        assert_eq!(
            names("Women and Youth Foundation"),
            ["Women and Youth Foundation"]
        );
        assert_eq!(
            names("Economic and Social Commission for Asia and the Pacific"),
            ["Economic and Social Commission for Asia and the Pacific"]
        );
    }

    #[test]
    fn a_known_name_followed_by_of_goes_on() {
        assert_eq!(
            names("Ministry of Education and Science of the Kyrgyz Republic, who inform all public schools"),
            ["Ministry of Education and Science of the Kyrgyz Republic"]
        );
    }

    #[test]
    fn a_comma_list_with_a_description_in_parentheses_stays_one_name() {
        assert_eq!(
            names("Secretariat of Higher Education, Science, Technology and Innovation (national level)"),
            ["Secretariat of Higher Education, Science, Technology and Innovation (national level)"]
        );
    }

    #[test]
    fn a_kind_then_the_body() {
        let v = split_partner_names("Local Municipality - City of Tshwane");
        assert_eq!(v[0].name, "City of Tshwane");
        assert_eq!(v[0].description.as_deref(), Some("Local Municipality"));
        // A named head keeps its description.
        let v = split_partner_names("Research Center - Argo Analytics");
        assert_eq!(v[0].name, "Research Center");
    }

    #[test]
    fn quoted_names_and_kind_labels() {
        assert_eq!(names("\"Refuturism\" Social Initiative"), ["Refuturism"]);
        assert_eq!(
            names("\"Future of Work Lab\" Startup"),
            ["Future of Work Lab"]
        );
        assert_eq!(
            names("NGO in Ferganana Valley “Mehirjon” – working with migrant youth"),
            ["Mehirjon"]
        );
        assert_eq!(
            names("Centro de Ayuda Mutua “Salud para Todos” (CAMSAT)"),
            ["Centro de Ayuda Mutua “Salud para Todos” (CAMSAT)"]
        );
        assert_eq!(names("Ger Hub NGO"), ["Ger Hub"]);
        assert_eq!(names("SmartNation (CSO)"), ["SmartNation"]);
        assert_eq!(names("Moiru NGO"), ["Moiru NGO"]);
    }

    #[test]
    fn prose_connectors() {
        // `of the` goes on with the name.
        assert_eq!(
            names_in_prose(
                "with the Presidential Technical Unit of the Social Cabinet (UTGS) and others"
            ),
            ["Presidential Technical Unit of the Social Cabinet (UTGS)"]
        );
        // `on` after a head that takes no topic starts the topic, which is no name.
        assert_eq!(
            names_in_prose("We worked with Foreign Trade University on Circular economy training"),
            ["Foreign Trade University"]
        );
        assert_eq!(
            names_in_prose("with the Office of the Secretary-General's Envoy on Technology."),
            ["Office of the Secretary-General's Envoy on Technology"]
        );
        // `&` before a body's opening, `and` before an acronym: another name.
        assert_eq!(
            names_in_prose(
                "In addition, the Aalto Foundation & University of Helsinki provided mentors."
            ),
            ["Aalto Foundation", "University of Helsinki"]
        );
        assert_eq!(
            names_in_prose("with the Ministry of Labor, Employment, Veterans and Social Affairs and SASA for the group"),
            ["Ministry of Labor, Employment, Veterans and Social Affairs", "SASA"]
        );
        // An acronym is not a function word.
        assert_eq!(
            names_in_prose("partnerships with BTS Education (Kazakhstan), IT Park (Uzbekistan), and Education Era"),
            ["BTS Education (Kazakhstan)", "IT Park (Uzbekistan)", "Education Era"]
        );
        // An acronym before `program` or `colleague` names a thing or a person.
        assert!(names_in_prose("support from a UNV colleague from our office").is_empty());
    }

    #[test]
    fn numbered_lines() {
        assert_eq!(texts(split_items("1. a\n2. b\n3. c")), ["a", "b", "c"]);
        assert_eq!(texts(split_items("1) a\n2) b")), ["a", "b"]);
    }

    #[test]
    fn inline_numbering() {
        assert_eq!(
            texts(split_items("1. We learnt x 2. It is hard 3. Done")),
            ["We learnt x", "It is hard", "Done"]
        );
        assert_eq!(texts(split_items("1- a 2- b")), ["a", "b"]);
        assert_eq!(texts(split_items("1 – a; 2 – b")), ["a", "b"]);
    }

    #[test]
    fn numbers_that_are_not_markers_stay() {
        assert_eq!(
            texts(split_items("We reached 2. 5 million people in 2021.")),
            ["We reached 2. 5 million people in 2021."]
        );
        assert_eq!(
            texts(split_items("Only 10.7% have access")),
            ["Only 10.7% have access"]
        );
    }

    #[test]
    fn bullets_and_continuations() {
        assert_eq!(
            texts(split_items("- a\n- b\ncontinued")),
            ["a", "b continued"]
        );
        assert_eq!(texts(split_items("• a\n• b")), ["a", "b"]);
    }

    #[test]
    fn prose_stays_one() {
        assert_eq!(
            texts(split_items("This is prose, with commas; and more.")),
            ["This is prose, with commas; and more."]
        );
    }

    #[test]
    fn unmarked_lines_are_items() {
        assert_eq!(texts(split_items("first\n\nsecond")), ["first", "second"]);
    }

    fn names(s: &str) -> Vec<String> {
        split_partner_names(s).into_iter().map(|n| n.name).collect()
    }

    #[test]
    fn partner_lists() {
        assert_eq!(
            names("Ecoandina, 500RPM, and reGOSH, among others."),
            ["Ecoandina", "500RPM", "reGOSH"]
        );
        assert_eq!(names("UNICEF; UNFPA"), ["UNICEF", "UNFPA"]);
        assert_eq!(
            names("Ministry of Télécommunication, INS (National Institut of Statistics), UNDP CDO"),
            [
                "Ministry of Télécommunication",
                "INS (National Institut of Statistics)",
                "UNDP CDO"
            ]
        );
        assert_eq!(
            names("Dispatchers Association and Lusófona Student Association."),
            ["Dispatchers Association", "Lusófona Student Association"]
        );
        assert_eq!(
            names("Ministry of Trade and Industry"),
            ["Ministry of Trade and Industry"]
        );
        assert_eq!(
            names("Ministry of Digital Development, Innovations and Aerospace Industry, UN WOMEN, UNESCO"),
            ["Ministry of Digital Development, Innovations and Aerospace Industry", "UN WOMEN", "UNESCO"]
        );
        assert_eq!(
            names("Ministry of Health, Ministry of Education"),
            ["Ministry of Health", "Ministry of Education"]
        );
        assert_eq!(names("Yes Bahir Dar university"), ["Bahir Dar university"]);
        assert!(names("Top 5 Partners").is_empty());
        assert_eq!(
            names("1. Go Teddy\n2. National University of Laos"),
            ["Go Teddy", "National University of Laos"]
        );
        assert_eq!(
            names(
                "Binational Project for the\nComprehensive Management of the Motagua River Basin"
            ),
            ["Binational Project for the Comprehensive Management of the Motagua River Basin"]
        );
    }

    #[test]
    fn nil_answers_give_no_partner() {
        assert!(names("N/A").is_empty());
        assert!(names("None.").is_empty());
        assert!(names("Not yet").is_empty());
        assert!(names("Aucune").is_empty());
    }

    #[test]
    fn acronym_then_its_name() {
        let names: Vec<String> = split_partner_names("MAT - Ministry of Territory Administration")
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Ministry of Territory Administration (MAT)"]);
        let names: Vec<String> =
            split_partner_names("FRIM- Forest Research Institute Malaysia, they host the trials")
                .into_iter()
                .map(|p| p.name)
                .collect();
        assert_eq!(names, ["Forest Research Institute Malaysia (FRIM)"]);
        // A description that does not spell the acronym stays a description.
        let names: Vec<String> = split_partner_names("UNICEF - Youth engagement")
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["UNICEF"]);
    }

    #[test]
    fn head_and_description() {
        let v = split_partner_names("Research Center - Argo Analytics");
        assert_eq!(v[0].name, "Research Center");
        assert_eq!(v[0].description.as_deref(), Some("Argo Analytics"));
        let v = split_partner_names("Lake Hub- Private Sector- New Partner. Lake Hub will assist.");
        assert_eq!(v[0].name, "Lake Hub");
        let v = split_partner_names("We are working with the University of Mauritius - they help");
        assert_eq!(v[0].name, "University of Mauritius");
        assert!(v[0].from_prose);
    }

    #[test]
    fn acronyms() {
        assert_eq!(
            acronym_of("Bangladesh Oceanographic Research Institute (BORI)").as_deref(),
            Some("BORI")
        );
        assert_eq!(acronym_of("UNICEF"), None);
        assert_eq!(acronym_of("Osh Mayor's Office (city administration)"), None);
    }

    #[test]
    fn prose_names() {
        let v = names_in_prose(
            "We worked with NEC Corporation, a global technology company. NEC designed it.",
        );
        assert_eq!(v, ["NEC Corporation", "NEC"]);
        let v = names_in_prose("we collaborated with UN Women and FAO.");
        assert_eq!(v, ["UN Women", "FAO"]);
        let v = names_in_prose("with the Ministry of Youth and Sports, and Serbia.");
        assert_eq!(v, ["Ministry of Youth and Sports"]);
        let v = names_in_prose("We worked on Science with Rikolto (a non-profit");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn a_name_in_parentheses_keeps_its_first_word() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        assert_eq!(
            names(
                "we partnered with an NGO (Tesai Reka Paraguay) founded by local peasant movements"
            ),
            ["Tesai Reka Paraguay"]
        );
        assert_eq!(
            names("We have met with Etaam (Saudi Food Bank) and have gained insights"),
            ["Saudi Food Bank"]
        );
        assert_eq!(
            names("Cooperative Financial Institutions (COMECIPAR, Cooperativa Univesataria) and social clubs (Club Centenario), Environmental NGOs (Fundacion Moises Bertoni). These organizations helped codesign"),
            [
                "Cooperative Financial Institutions",
                "COMECIPAR",
                "Cooperativa Univesataria",
                "Club Centenario",
                "Environmental NGOs",
                "Fundacion Moises Bertoni"
            ]
        );
        // A lone acronym in parentheses is still not a run of its own.
        assert_eq!(
            names("the Ghana Enterprises Agency (GEA) is a partner"),
            ["Ghana Enterprises Agency (GEA)"]
        );
    }

    #[test]
    fn a_group_then_its_examples() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        assert_eq!(
            names("Research centers such as ULPGL, UNIKIN, CRES"),
            ["Research centers", "ULPGL", "UNIKIN", "CRES"]
        );
        assert_eq!(
            names("Solution carriers such as Briquette du Kivu, MakalaBio, Congo Building Solution,CleanPLast")[..2],
            ["Solution carriers", "Briquette du Kivu"]
        );
        assert_eq!(
            names("Incubators like Womwork and Banks like Elsalam Bank "),
            ["Incubators", "Womwork", "Banks", "Elsalam Bank"]
        );
        // A name that goes on with `like` is not a group.
        assert_eq!(group_and_examples("Ministry of Health like UNICEF"), None);
    }

    #[test]
    fn fields_joined_by_and_before_a_head_word_are_one_name() {
        assert_eq!(
            names_in_prose("with the support of Serbian Entrepreneurs, the Science and Technology Park Belgrade, and the Office"),
            ["Serbian Entrepreneurs", "Science and Technology Park Belgrade"]
        );
        assert_eq!(
            names_in_prose("Our thematic hubs (i) Development Communications and Policy Advocacy Hub (ii) inclusive economic transformation unit"),
            ["Development Communications and Policy Advocacy Hub"]
        );
        // Two names: a proper name before the `and`, a head word before it, a list of fields.
        assert_eq!(
            names_in_prose(
                "with public universities like Makerere University and Kabale University to run"
            ),
            ["Makerere University", "Kabale University"]
        );
        assert_eq!(
            names_in_prose(
                "SPU (the Strategy and Policy and Joint Office Cabo Verde SDG Platforms"
            ),
            ["SPU", "Joint Office Cabo Verde SDG Platforms"]
        );
    }

    #[test]
    fn a_body_of_the_name_before_by_its_own_name() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        let v = names("Academia partners: (1) National University of Pilar (UNP), particularly, its Economic and Administrative Sciences School, (2) National University of Itapúa (UNI), particularly, its Business Incubator INCUNI, (3) University San Lorenzo.");
        assert!(
            v.contains(&"Economic and Administrative Sciences School".to_string()),
            "{v:?}"
        );
        assert!(
            v.contains(&"Business Incubator INCUNI".to_string()),
            "{v:?}"
        );
    }

    #[test]
    fn a_line_written_as_a_sentence_keeps_only_its_names() {
        let names = |s: &str| -> Vec<String> {
            split_partner_names(s).into_iter().map(|p| p.name).collect()
        };
        assert_eq!(
            names("Met with UNEP and FAO to see potential areas of collaboration: Shared the AccLab process, current phase in food waste."),
            ["UNEP", "FAO"]
        );
        assert_eq!(
            names("Yala Rajabhat University in exploring waste management solutions"),
            ["Yala Rajabhat University"]
        );
        assert_eq!(
            names("Utility Strategies Limited to facilitate the design of the National E-commerce Strategy/policy"),
            ["Utility Strategies Limited"]
        );
        assert_eq!(
            names("Collaborated with Inclusive and Democratic Governance portfolio in the CO"),
            ["Inclusive and Democratic Governance portfolio in the CO"]
        );
        // A name that goes on with `to` and a capital, and a clause after a sentence, stay.
        assert_eq!(
            clean_name("Alliance to End Plastic Waste"),
            "Alliance to End Plastic Waste"
        );
        assert_eq!(
            without_trailing_clause(
                "Educational businesses, who can promote BalaTech to their learning networks"
            ),
            "Educational businesses, who can promote BalaTech to their learning networks"
        );
    }

    #[test]
    fn an_acronym_after_or_is_the_names_own() {
        assert_eq!(
            clean_name(
                "Badan Riset dan Inovasi Nasional (National Research & Innovation Agency) or BRIN"
            ),
            "Badan Riset dan Inovasi Nasional (National Research & Innovation Agency) (BRIN)"
        );
        assert_eq!(
            acronym_of(&clean_name(
                "Otorita Ibu Kota Nusantara (New Capital City Authority Board) or OIKN"
            ))
            .as_deref(),
            Some("OIKN")
        );
        // Another body after `or` stays.
        assert_eq!(
            clean_name("Ministry of Health or UNICEF"),
            "Ministry of Health or UNICEF"
        );
    }

    #[test]
    fn a_doubled_closing_parenthesis_leaves_the_name_closed() {
        assert_eq!(
            clean_name("FALCON Association (Mauritius/Rodrigues))"),
            "FALCON Association (Mauritius/Rodrigues)"
        );
        assert_eq!(
            clean_name("Centre de Support en Santé Internationale (CSSI))"),
            "Centre de Support en Santé Internationale (CSSI)"
        );
    }
}

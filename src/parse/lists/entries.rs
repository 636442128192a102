//! One item of a partner answer that holds several entries because its line breaks were
//! lost: paragraphs `Name: what was done.` run together, entries `Name - what it does` run
//! together, ranks of importance (`Most Important: ...`) repeated, names between spaced
//! dashes, and `Name, Sector (what we did)`. Each function says whether its shape is there
//! and gives the entries; it reads no entry (that is [`super::partners`]).

use super::*;

/// Where the spaced dashes outside parentheses are (start and end of each, spaces
/// included).
fn spaced_dashes(s: &str) -> Vec<(usize, usize)> {
    static SPACED_DASH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s+[-–—]\s+").expect("valid regex"));
    SPACED_DASH
        .find_iter(s)
        .filter(|m| paren_depth(&s[..m.start()]) == 0)
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// The text between each start and the next (the last to the end), trimmed.
fn pieces_at(s: &str, starts: &[usize]) -> Vec<String> {
    starts
        .iter()
        .enumerate()
        .map(|(i, &at)| {
            let end = starts.get(i + 1).copied().unwrap_or(s.len());
            s[at..end].trim().to_string()
        })
        .collect()
}

/// `Mosul Space Organization: The Lab worked with ... (still under experimentation) Knowledge
/// Gate Organization: The Lab and this organization ...`: paragraphs run together, each a
/// name, a colon and what was done. The answer opens with a short name and a colon, and
/// after the end of a sentence another short phrase that names a body (or group) and a colon
/// opens the next paragraph; two paragraphs or more.
pub(super) fn headed_paragraphs(s: &str) -> Option<Vec<String>> {
    let head_at = |p: usize| -> Option<&str> {
        let rest = &s[p..];
        if !rest.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let colon = rest.find(": ")?;
        let head = rest[..colon].trim();
        // `Pontificia Universidad Catolica del Peru (PUCP, https://www.pucp.edu.pe/):`.
        let main = strip_trailing_parens(head);
        (!main.contains(['.', ';', ':', '!', '?'])
            && paren_depth(head) == 0
            && main.split_whitespace().count() <= 8
            && !is_sentence(head))
        .then_some(head)
    };
    head_at(0)?;
    let mut starts = vec![0];
    for (at, _) in s.match_indices(' ') {
        let before = s[..at].trim_end();
        let p = at + 1;
        if p >= s.len()
            || !before.ends_with(['.', ')', '!', '?'])
            || paren_depth(before) != 0
            || starts.last().is_some_and(|&q| q >= p)
        {
            continue;
        }
        if head_at(p).is_some_and(|h| {
            matches!(
                crate::names::classify(h),
                crate::names::MentionKind::Organisation | crate::names::MentionKind::Collective
            )
        }) {
            starts.push(p);
        }
    }
    if starts.len() < 2 {
        return None;
    }
    Some(pieces_at(s, &starts))
}

/// Entries `Name - what it does` run together in one line that lost its breaks: `Police
/// Youth Clubs - Social extension of the Police Service ... Youth Transformation and
/// Rehabilitation Centre (YTRC) - to include the perspectives ... US Embassy and UN WOMEN -
/// providers of funding ...`. Each dash after the first closes a description and the name
/// of the next entry, the run of capitalised words (with `of`, `and` ... and an acronym in
/// parentheses) just before it. Only when every dash has such a name before it, each a body
/// or a group and each description three words or more: one dash in a description, or a
/// capitalised phrase that names no body, leaves the line as it was.
pub(super) fn dashed_entries(s: &str) -> Option<Vec<String>> {
    const CONNECT: &[&str] = &[
        "of", "and", "for", "the", "de", "du", "des", "la", "del", "&",
    ];
    let dashes = spaced_dashes(s);
    if dashes.len() < 2 || !opens_with_short_name(&s[..dashes[0].0]) {
        return None;
    }
    let mut starts = vec![0];
    for w in dashes.windows(2) {
        let (from, to) = (w[0].1, w[1].0);
        let segment = &s[from..to];
        // The name: the longest run of capitalised tokens (and connectors inside it) that
        // ends the segment.
        let tokens: Vec<(usize, &str)> = segment
            .split(' ')
            .scan(0, |at, t| {
                let here = *at;
                *at += t.len() + 1;
                Some((here, t))
            })
            .filter(|(_, t)| !t.is_empty())
            .collect();
        let mut first = tokens.len();
        while first > 0 {
            let t = tokens[first - 1].1;
            let capital = t
                .trim_start_matches(['(', '"', '“'])
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            let inside = CONNECT.contains(&t) && first < tokens.len();
            if t.ends_with([':', '.', ',', ';']) || !(capital || inside) {
                break;
            }
            first -= 1;
        }
        while first < tokens.len() && CONNECT.contains(&tokens[first].1) {
            first += 1;
        }
        let (at, _) = *tokens.get(first)?;
        let name = segment[at..].trim();
        let description = segment[..at].trim();
        // `... worked with College of Agriculture - UoB`: a name the sentence governs is
        // its object, not the next entry; `Camara Municipal da Praia`: a name cut at a
        // word of its own.
        let before = description.rsplit(' ').next().unwrap_or("");
        let governed = matches!(
            before.to_lowercase().as_str(),
            "with"
                | "by"
                | "and"
                | "from"
                | "to"
                | "of"
                | "for"
                | "the"
                | "at"
                | "in"
                | "through"
                | "including"
                | "da"
                | "do"
                | "di"
                | "de"
                | "del"
                | "des"
                | "du"
        );
        let kind = crate::names::classify(name);
        let body = match kind {
            crate::names::MentionKind::Organisation => {
                crate::names::classify::has_organisation_signal(name)
            }
            crate::names::MentionKind::Collective => true,
            crate::names::MentionKind::NotOrganisation(_) => false,
        };
        let words = name.split_whitespace().count();
        if description.split_whitespace().count() < 3
            || governed
            || !(2..=10).contains(&words) && !crate::names::is_acronym(name)
            || !body
        {
            return None;
        }
        starts.push(from + at);
    }
    if s[dashes[dashes.len() - 1].1..].split_whitespace().count() < 3 {
        return None;
    }
    Some(pieces_at(s, &starts))
}

/// A rank of importance before a colon, again and again in one line that lost its breaks:
/// `Most Important: Spices Board India (Government) - National Regulator ... Most
/// Important: NEC Corporation (Private Sector) - Blockchain Developer Important: GS1 India
/// ...`. Each rank opens an entry (its label, a name and what it does), read on its own.
pub(super) fn ranked_entries(s: &str) -> Option<Vec<String>> {
    static RANK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|\s)((?:(?:Most|Less|Least|Very|High|Medium|Low|Top)\s+)?(?:Important|Critical|Essential|Crucial|Priority|Relevant)\s*:\s)",
        )
        .expect("valid regex")
    });
    let starts: Vec<usize> = RANK
        .captures_iter(s)
        .filter_map(|c| c.get(1))
        .map(|m| m.start())
        .filter(|&at| paren_depth(&s[..at]) == 0)
        .collect();
    if starts.len() < 2 || starts[0] != s.len() - s.trim_start().len() {
        return None;
    }
    Some(pieces_at(s, &starts))
}

/// Spaced dashes between names: `Ministries in charge of innovation - National
/// Polytechnic Institute of Yamoussoukro - National Youth Council - Private stakeholders`.
/// Two dashes or more, outside parentheses, and every piece a short capitalised phrase that
/// is not a sentence and holds no colon: a list, not a name and its description (which has one dash).
pub(super) fn dash_list(s: &str) -> Option<Vec<String>> {
    let t = s.replace("&nbsp;", " ").replace('\u{a0}', " ");
    let mut pieces = Vec::new();
    let mut start = 0;
    for (from, to) in spaced_dashes(&t) {
        pieces.push(t[start..from].trim().to_string());
        start = to;
    }
    pieces.push(t[start..].trim().to_string());
    let short_name = |p: &String| {
        // `Most Important: Spices Board India - National Regulator ...`: labels and
        // descriptions, not a list.
        p.starts_with(|c: char| c.is_uppercase())
            && !p.contains(':')
            && strip_trailing_parens(p).split_whitespace().count() <= MAX_NAME_WORDS
            && !is_sentence(p)
    };
    (pieces.len() >= 3 && pieces.iter().all(short_name)).then_some(pieces)
}

/// `Name, Private sector (what we did)`: a short name, a comma, a sector label
/// ([`is_sector_label`]) and what follows. The name, the parenthesised text when it is the
/// name of a body (capitalised, with a sign of one), and the rest (the description).
pub(super) fn name_then_sector(s: &str) -> Option<(&str, Option<&str>, &str)> {
    let (name, after) = s.split_once(", ")?;
    let name = name.trim();
    if name.is_empty()
        || paren_depth(name) != 0
        || name.split_whitespace().count() > MAX_NAME_WORDS
        || is_sentence(name)
        || !name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return None;
    }
    let after = after.trim_start();
    let open = after.find('(')?;
    let label = after[..open].trim();
    if label.is_empty() || !is_sector_label(label) {
        return None;
    }
    let close = open + after[open..].find(')')?;
    let inner = after[open + 1..close].trim();
    let rest = after[close + 1..]
        .trim_start_matches(['.', ',', ';', ' '])
        .trim();
    // `(Training drone pilots for ...)`: an activity, not a name.
    let activity = inner
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
    let is_name = inner.starts_with(char::is_uppercase)
        && !activity
        && inner.split_whitespace().count() <= MAX_NAME_WORDS
        && !is_sentence(inner)
        && crate::names::classify::has_organisation_signal(inner)
        && crate::names::classify(inner) == crate::names::MentionKind::Organisation;
    if is_name {
        Some((name, Some(inner), rest))
    } else {
        Some((name, None, after[open..].trim()))
    }
}

//! ` and ` (and `&`, `y`, `et`, `e`) between two names or inside one (`Ministry of Science,
//! Technology and Innovation`), and the descriptions and fillers that are not names.

use super::*;

/// ` and ` separates two names when the left side is not an `X of Y` phrase (which would
/// make it `Ministry of Trade and Industry`) and the right side starts with a capital.
pub(super) fn split_and(s: &str, in_list: bool) -> Vec<String> {
    // `Economic and Social Commission for Asia and the Pacific`: the `and` of a known name.
    if is_known_name(s) {
        return vec![s.to_string()];
    }
    // `Ministry of Health and other line ministries`, `Deputy Prime Minister for Economic
    // Affairs and the other three DPM`: a body, then the group of the others of its kind.
    for sep in [
        " and the other ",
        " and other ",
        " y otros ",
        " y otras ",
        " et autres ",
    ] {
        if let Some(i) = s.find(sep).filter(|&i| depth_zero(s, i) && i > 0) {
            let others = format!(
                "{} {}",
                sep.trim().rsplit(' ').next().unwrap_or("other"),
                &s[i + sep.len()..]
            );
            let mut v = split_and(&s[..i], in_list);
            v.push(others);
            return v;
        }
    }

    // `Ministry of Health and Ministry of Education`, `UNICEF and the Ministry of Health`,
    // `Reaktor & University of Helsinki`: an `and` followed by a head word and its `of`
    // opens a second body, whatever `and`s come before it; so does an `and` between a body
    // and a known organisation or a vague group (`Ministry of Health and UNICEF`, `the
    // Governor's Office and municipalities`).
    for sep in [" and ", " & ", " &amp; ", " et ", " y ", " e "] {
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
            // `The Electronic Government and ICT Agency (AGETIC)`: one name abbreviated
            // across its `and`.
            if acronym_spans(l, r) {
                return vec![s.to_string()];
            }
            let r_main = strip_trailing_parens(r);
            if opens_second_body(l, r, r_main) {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r_body, in_list));
                return v;
            }
            // `Ministry of Agro Industry and Food Security & Food and Agricultural Research and
            // Extension Institute (FAREI)`: an `&` between a body named by its head and `of`
            // and a long name that ends with a head word of its own is two bodies.
            let lw: Vec<String> = l
                .split_whitespace()
                .take(2)
                .map(|w| w.to_lowercase())
                .collect();
            let l_opens = lw.len() == 2
                && BODY_OPENERS.contains(&lw[0].as_str())
                && matches!(lw[1].as_str(), "of" | "for" | "de" | "du" | "des" | "del");
            let r_last = r_main
                .split_whitespace()
                .last()
                .map(|w| w.to_lowercase())
                .unwrap_or_default();
            if (sep == " & " || sep == " &amp; ")
                && l_opens
                && r_main.split_whitespace().count() >= 4
                && r_main.chars().next().is_some_and(char::is_uppercase)
                && (HEADS.contains(&r_last.as_str()) || BODY_OPENERS.contains(&r_last.as_str()))
            {
                let mut v = split_and(l, in_list);
                v.extend(split_and(r, in_list));
                return v;
            }
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
                || is_known_name(l)
                // `Germany and EUD`: a country as a donor, then another body.
                || (l_words.len() <= 3 && crate::countries::lookup(l).is_some());
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
            // `Treinta y Tres`, `Trinidad y Tobago`: one word on each side of a Spanish,
            // French or Portuguese `and` is a name, even in a list.
            let one_word_each = l_words.len() == 1
                && sep != " and "
                && sep != " & "
                && r.split_whitespace().count() == 1;
            if r_cap
                && !connector
                && !modifier
                && !one_word_each
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

/// Head words that close the name of one body for certain, after `and the` (folded):
/// `Faculty of ... and the Fab Lab`, `Lawyers and the Palestinian Legislative Council`; not
/// `Ministry of Telecommunications and the Information Society`, whose `Society` is a
/// function.
const CLOSING_HEADS: &[&str] = &[
    "lab",
    "laboratory",
    "council",
    "university",
    "ministry",
    "foundation",
    "association",
    "agency",
    "institute",
    "bank",
    "fund",
    "centre",
    "center",
    "office",
    "authority",
    "commission",
    "municipality",
    "embassy",
    "group",
];

/// Whether the right side of an ` and ` / ` & ` is a second body: after an acronym of a
/// body (`ANIEN & Ministry in charge of national Education`, `OIM & Human Mobility
/// Group`), a name of two words or more that opens or closes with a body's head word; or
/// after `and the`, a capitalised name closed by a head word, when the left side is a body
/// or a vague group.
fn opens_second_body(l: &str, r: &str, r_main: &str) -> bool {
    let fold = |w: &str| crate::names::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    let r_body = r.strip_prefix("the ").unwrap_or(r);
    let rw: Vec<&str> = strip_trailing_parens(r_body).split_whitespace().collect();
    let (Some(first), Some(last)) = (rw.first(), rw.last()) else {
        return false;
    };
    if rw.len() < 2 || !first.starts_with(char::is_uppercase) {
        return false;
    }
    let lw: Vec<&str> = l.split_whitespace().collect();
    let l_acronym = lw.len() == 1
        && crate::names::is_acronym(lw[0])
        && !crate::names::is_generic_acronym(&crate::names::fold(lw[0]));
    if l_acronym {
        let opens = BODY_OPENERS.contains(&first.to_lowercase().as_str());
        let closes = CLOSING_HEADS.contains(&fold(last).as_str());
        return (opens || closes) && crate::names::classify::has_organisation_signal(r_main);
    }
    if r.starts_with("the ") && CLOSING_HEADS.contains(&fold(last).as_str()) {
        let capitalised = rw
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
        let l_body = lw.iter().any(|w| {
            let w = fold(w);
            HEADS.contains(&w.as_str()) || BODY_OPENERS.contains(&w.as_str())
        }) || crate::names::classify(l) == crate::names::MentionKind::Collective;
        return capitalised && l_body;
    }
    false
}

/// `The Electronic Government and ICT Agency (AGETIC)`: the acronym in parentheses at the
/// end (four letters or more, or three in order) holds the initials of every capitalised
/// word on both sides (two or more on the left), so the `and` is inside the name it
/// abbreviates.
fn acronym_spans(l: &str, r: &str) -> bool {
    let r = r.trim_end();
    let Some(open) = r.rfind('(').filter(|_| r.ends_with(')')) else {
        return false;
    };
    let acronym = r[open + 1..r.len() - 1].trim();
    if acronym.chars().count() < 3 || !crate::names::is_acronym(acronym) {
        return false;
    }
    let letters: Vec<char> = acronym.to_uppercase().chars().collect();
    // The initials of the capitalised words, in any order (`AGETIC` is the Spanish order).
    let initials = |t: &str| -> Vec<char> {
        t.split_whitespace()
            .filter(|w| *w != "The")
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect()
    };
    let (left, right) = (initials(l), initials(&r[..open]));
    if left.len() < 2 || right.is_empty() {
        return false;
    }
    // Three letters (`Ministry Departments and Agencies (MDA)`) only as the initials in order.
    if letters.len() == 3 {
        return left.iter().chain(&right).eq(letters.iter());
    }
    left.iter().chain(&right).all(|c| letters.contains(c))
}

/// Whether a text starts with a proper name: a capitalised word that is not an ordinary
/// word (`San Andrés University`, `Reaktor`; not `Youth Foundation`).
pub(super) fn opens_with_proper_name(s: &str) -> bool {
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric());
    first.chars().next().is_some_and(char::is_uppercase)
        && !crate::names::classify::is_common_word(&crate::names::fold(first))
}

/// The text without a parenthesised part at its end (`X University (HSTU)` -> `X University`).
pub(super) fn strip_trailing_parens(s: &str) -> &str {
    let t = s.trim_end();
    match (t.ends_with(')'), t.rfind('(')) {
        (true, Some(i)) => t[..i].trim_end(),
        _ => t,
    }
}

pub(super) fn depth_zero(s: &str, at: usize) -> bool {
    paren_depth(&s[..at]) == 0
}

/// Whether `tail` names the body that `head` only gives the kind of: the head is a vague
/// group or unnamed body (`Local Municipality`, `Research institutes`), the tail a short
/// capitalised name that shows it names a body and is not itself vague.
pub(super) fn names_the_kind(head: &str, tail: &str) -> bool {
    use crate::names::MentionKind::{Collective, Organisation};
    let tail = tail.trim().trim_end_matches(['.', ',', ';']);
    tail.split_whitespace().count() <= 8
        && tail.chars().next().is_some_and(char::is_uppercase)
        && !tail.contains([',', ';', ':'])
        && !is_sentence(tail)
        && crate::names::classify(tail) == Organisation
        && ((crate::names::classify(head) == Collective
            && crate::names::classify::has_organisation_signal(tail))
            || is_unnamed_kind(head, tail))
}

/// `Research Center - Argo Analytics`: two or three ordinary words ending in a word for a
/// body, before a short capitalised name with a word of its own (`Argo`) that is not a
/// part of a body (`... - Kampala Branch`).
fn is_unnamed_kind(head: &str, tail: &str) -> bool {
    use crate::names::classify::{is_body_head, is_common_word, is_org_word, is_unit_word};
    let words: Vec<String> = head.split_whitespace().map(crate::names::fold).collect();
    let tail_words: Vec<String> = tail.split_whitespace().map(crate::names::fold).collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| is_common_word(w))
        && words
            .last()
            .is_some_and(|w| is_body_head(w) || is_org_word(w))
        && tail_words.len() <= 4
        && tail
            .split_whitespace()
            .all(|t| t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && tail_words.iter().any(|w| !is_common_word(w))
        && !tail_words.last().is_some_and(|w| is_unit_word(w))
}

/// `Go Teddy, a local start-up who ...` was split at the comma: a piece that starts
/// lower-case and runs over three words is the description of the name before it.
pub(super) fn describe_lowercase_pieces(pieces: Vec<String>) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for p in pieces {
        // `particularly, its Business Incubator INCUNI`: a body of the name before, by its
        // own name.
        // `..., and the Commission for Science and Technology`: an article before a
        // capitalised name opens a name.
        let own = ["its ", "their ", "the "]
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

/// A sector label of the form (`Government`, `Private sector`, `Sociedad civil`): the
/// fillers that are neither a form heading (`Action 1`) nor a list filler (`etc`).
pub(super) fn is_sector_label(s: &str) -> bool {
    let n = s.trim().trim_end_matches('.').to_lowercase();
    is_filler(&n)
        && !n.chars().any(|c| c.is_ascii_digit())
        && !n.starts_with("top ")
        && !n.starts_with("action")
        && !n.starts_with("partner")
        && !n.contains("other")
        && !matches!(n.as_str(), "etc" | "entre autres" | "entre otros")
}

/// Words that name no one on their own: list fillers, and sector labels typed on a line of
/// their own under a name (`Asociación ...` / `Sector privado`).
pub(super) fn is_filler(name: &str) -> bool {
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

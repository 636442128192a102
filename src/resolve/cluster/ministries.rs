//! Ministries of one country named with different lists of functions: `Ministry of
//! Telecommunication` / `Ministry of Posts, Telecommunications and Digital Economy`,
//! `Argentine Ministry of Science, Technology and Innovation` / `National Ministry of ...`,
//! `Minister of Digital Economy and Telecommunication` for the ministry. The functions are
//! compared as sets: a ministry joins the one other ministry of the country whose functions
//! include all of its own (the caller abstains when there are two). Words that only place
//! the ministry in its country (`national`, `federal`, the country's name or its adjective)
//! are not functions; a qualifier next to a shared function (`Higher Education`, `Rural
//! Development`) makes another ministry, and so does a part or another body among the
//! functions left over.

use std::collections::BTreeMap;

use crate::names::normalise::{canonical_word, stem};

use super::rules::soft_subset;
use super::vocabulary::BODY_HEADS;
use super::KeyInfo;
use crate::resolve::national::{names_country, SUB_UNITS};

/// Words that head a ministry's name (canonical).
const HEADS: &[&str] = &["ministry", "minister"];
/// Words that place a ministry in its country without naming a function.
const NEUTRAL: &[&str] = &[
    "national",
    "federal",
    "union",
    "central",
    "government",
    "republic",
];
/// Words of a minister who is not the ministry (`Deputy Prime Minister`).
const NOT_THE_MINISTRY: &[&str] = &[
    "prime",
    "deputy",
    "vice",
    "chief",
    "assistant",
    "office",
    "cabinet",
    "former",
];
/// Qualifiers that make another ministry when they stand next to a shared function.
const QUALIFIERS: &[&str] = &[
    "higher",
    "primary",
    "secondary",
    "basic",
    "vocational",
    "technical",
    "tertiary",
    "foreign",
    "internal",
    "interior",
    "external",
    "local",
    "regional",
    "provincial",
    "rural",
    "urban",
];

/// The function words of a ministry's key (their stems), or `None` when the key is not a
/// ministry.
fn functions(k: &str, iso3: &str) -> Option<Vec<String>> {
    if !k.contains("minist") {
        return None;
    }
    let words: Vec<&str> = k.split(' ').filter(|w| !w.is_empty()).collect();
    if !words.iter().any(|w| HEADS.contains(w))
        || words.iter().any(|w| NOT_THE_MINISTRY.contains(w))
    {
        return None;
    }
    let f: Vec<String> = words
        .iter()
        .filter(|w| !HEADS.contains(w) && !NEUTRAL.contains(w) && !names_country(w, iso3))
        .map(|w| stem(w))
        .collect();
    (!f.is_empty()).then_some(f)
}

/// The ministries of the country whose functions include all of `k`'s.
pub(super) fn including(
    keys: &BTreeMap<String, KeyInfo>,
    k: &str,
    info: &KeyInfo,
    iso3: &str,
) -> Vec<(String, String)> {
    let Some(f) = functions(k, iso3) else {
        return Vec::new();
    };
    if info.acronym_only.is_some() || glued(info) {
        return Vec::new();
    }
    keys.iter()
        .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none() && !glued(i2))
        .filter(|(k2, i2)| {
            let Some(f2) = functions(k2, iso3) else {
                return false;
            };
            let Some(left) = soft_subset(&f, &f2) else {
                return false;
            };
            let extra: Vec<String> = k2
                .split(' ')
                .filter(|w| !w.is_empty() && !HEADS.contains(w) && !NEUTRAL.contains(w))
                .filter(|w| !names_country(w, iso3))
                .enumerate()
                .filter(|(j, _)| left.contains(j))
                .map(|(_, w)| w.to_string())
                .collect();
            !extra
                .iter()
                .any(|x| SUB_UNITS.contains(&x.as_str()) || BODY_HEADS.contains(&x.as_str()))
                && !qualifies_a_shared_function(i2, &f)
        })
        .map(|(k2, _)| {
            (
                k2.clone(),
                format!("the functions of `{k2}` include all of its own"),
            )
        })
        .collect()
}

/// Whether a qualifier (`higher`) stands next to a function `f` shares, in a name as written.
pub(super) fn qualifies_a_shared_function(info: &KeyInfo, f: &[String]) -> bool {
    info.word_lists.iter().any(|wl| {
        let st: Vec<String> = wl.iter().map(|w| stem(canonical_word(w))).collect();
        wl.iter().enumerate().any(|(j, w)| {
            QUALIFIERS.contains(&canonical_word(w))
                && !f.contains(&st[j])
                && [j.wrapping_sub(1), j + 1]
                    .iter()
                    .any(|&n| st.get(n).is_some_and(|s| f.contains(s)))
        })
    })
}

/// Two ministries written as one name (`Ministry of Environment and Ministry of Housing`).
fn glued(info: &KeyInfo) -> bool {
    info.word_lists.iter().any(|wl| {
        wl.iter()
            .filter(|w| HEADS.contains(&canonical_word(w)))
            .count()
            >= 2
    })
}

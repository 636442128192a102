//! Near spellings of the organisation table's names: long names by their letters (a
//! normalised Damerau-Levenshtein score with a margin over the next organisation, else an
//! abstention), short names word by word, acronyms with two letters swapped or one left out.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::names::tables::{organisations, ORG_INDEX};

use super::{Candidate, Lookup, Method};

/// Alias keys of 12 characters or more, by first letter: the candidates of near spellings.
static LONG_KEYS: LazyLock<HashMap<char, Vec<(&'static str, usize)>>> = LazyLock::new(|| {
    let mut m: HashMap<char, Vec<(&'static str, usize)>> = HashMap::new();
    for (k, &i) in ORG_INDEX.iter() {
        if k.len() >= 12 {
            let k: &'static str = Box::leak(k.clone().into_boxed_str());
            m.entry(k.chars().next().unwrap_or(' '))
                .or_default()
                .push((k, i));
        }
    }
    for v in m.values_mut() {
        v.sort();
    }
    m
});

/// Minimum similarity (normalised Damerau-Levenshtein) of a near spelling.
pub const NEAR_MIN: f64 = 0.92;
/// Minimum lead of the best candidate over the next organisation's; closer is an abstention.
pub const NEAR_MARGIN: f64 = 0.04;

/// Alias keys of the table by their number of words (at most four), with their words.
type Aliases = Vec<(&'static str, Vec<&'static str>, usize)>;
static BY_WORD_COUNT: LazyLock<HashMap<usize, Aliases>> = LazyLock::new(|| {
    let mut m: HashMap<usize, Aliases> = HashMap::new();
    for (k, &i) in ORG_INDEX.iter() {
        let k: &'static str = Box::leak(k.clone().into_boxed_str());
        let words: Vec<&'static str> = k.split(' ').collect();
        if words.len() <= 4 {
            m.entry(words.len()).or_default().push((k, words, i));
        }
    }
    for v in m.values_mut() {
        v.sort();
    }
    m
});

/// Short names one slip away from one organisation's name (`Wolrd Bank`, `UN Habiat`, `UN
/// Woman`), word by word: every word as the alias has it but one, of five letters or more,
/// that is one edit away with the same first letter; and acronyms of five letters or more
/// written in capitals with one letter left out (`UNICF`; `UdeSA` is not UN DESA). Taken
/// only when one organisation fits.
pub(super) fn near_words(k: &str, capitals: bool) -> Lookup {
    let words: Vec<&str> = k.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 4 || (k.len() >= 12 && words.len() > 1) {
        return Lookup::None;
    }
    let one_slip = |a: &str, b: &str| {
        a.len() >= 5
            && b.len() >= 5
            && a.chars().next() == b.chars().next()
            && strsim::damerau_levenshtein(a, b) == 1
    };
    let left_out = |typed: &str, alias: &str| {
        typed.len() >= 5
            && alias.len() == typed.len() + 1
            && typed.chars().next() == alias.chars().next()
            && (1..alias.len()).any(|i| {
                alias.is_char_boundary(i) && {
                    let mut a = alias.to_string();
                    a.remove(i);
                    a == typed
                }
            })
    };
    let mut found: Vec<usize> = Vec::new();
    let Some(aliases) = BY_WORD_COUNT.get(&words.len()) else {
        return Lookup::None;
    };
    for (alias, aw, i) in aliases {
        let i = *i;
        // Every check needs the first letters to agree (`UNICF`, `Wolrd Bank`).
        if alias.as_bytes().first() != k.as_bytes().first() && words.len() == 1 {
            continue;
        }
        let fits = if words.len() == 1 {
            aw.len() == 1
                && ((capitals && left_out(words[0], alias))
                    // `Mircosoft`, `Unilveer`: a one-word name of seven letters or more.
                    || (alias.len() >= 7 && one_slip(words[0], alias)))
        } else {
            aw.len() == words.len() && {
                let diff: Vec<usize> = (0..aw.len()).filter(|&j| aw[j] != words[j]).collect();
                matches!(diff.as_slice(), [j] if one_slip(words[*j], aw[*j]))
            }
        };
        if fits && !found.contains(&i) {
            found.push(i);
        }
    }
    match found.as_slice() {
        [i] => Lookup::Found(&organisations()[*i], Method::AliasNearSpelling),
        _ => Lookup::None,
    }
}

/// `a` and `b` differ by two adjacent letters swapped.
pub(super) fn is_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
}

pub(super) fn near(k: &str) -> Lookup {
    if k.len() < 12 {
        return Lookup::None;
    }
    let Some(first) = k.chars().next() else {
        return Lookup::None;
    };
    let Some(keys) = LONG_KEYS.get(&first) else {
        return Lookup::None;
    };
    // Best score per organisation.
    let mut best: HashMap<usize, (f64, &str)> = HashMap::new();
    for (alias, i) in keys {
        let len_diff = alias.len().abs_diff(k.len());
        if len_diff * 10 > k.len() {
            continue;
        }
        let score = strsim::normalized_damerau_levenshtein(k, alias);
        if score >= NEAR_MIN - NEAR_MARGIN {
            let e = best.entry(*i).or_insert((0.0, alias));
            if score > e.0 {
                *e = (score, alias);
            }
        }
    }
    let mut ranked: Vec<(usize, f64, &str)> =
        best.into_iter().map(|(i, (s, a))| (i, s, a)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    match ranked.as_slice() {
        [] => Lookup::None,
        [(i, s, _), rest @ ..]
            if *s >= NEAR_MIN && rest.first().is_none_or(|r| s - r.1 >= NEAR_MARGIN) =>
        {
            Lookup::Found(&organisations()[*i], Method::AliasNearSpelling)
        }
        all => Lookup::Abstained(
            all.iter()
                .take(3)
                .map(|(i, s, a)| Candidate {
                    id: organisations()[*i].id,
                    alias: a.to_string(),
                    score: *s,
                })
                .collect(),
        ),
    }
}

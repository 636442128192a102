//! Abbreviations inside a name: `Benue State SDGs Office` / `Benue State Sustainable
//! Development Goals Office`, `Deputy PM for Economic Affairs` / `Deputy Prime Minister for
//! Economic Affairs`, `HC Covid` / `High Commission for Covid 19`. A word written in capitals
//! in a longer name is read as the run of words of another name of the country whose
//! initials it is (a plural `s` allowed); the names then join by the word-subset test (the
//! same words, or at most two more that name no part and no other body). The caller takes
//! the match only when it points to one body.

use std::collections::BTreeMap;

use crate::names::normalise::{canonical_word, stem, STOPWORDS};

use super::rules::soft_subset;
use super::vocabulary::BODY_HEADS;
use super::KeyInfo;
use crate::resolve::national::SUB_UNITS;

/// The words written in capitals in a name of two words or more (`SDGs`, `PM`), folded.
pub(super) fn inner_abbreviations(name: &str) -> Vec<String> {
    let tokens: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '/' | ',' | ':'))
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.len() < 2 {
        return Vec::new();
    }
    tokens
        .iter()
        .filter(|t| {
            let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
            (2..=6).contains(&letters.len())
                && letters.len() == t.chars().count()
                && letters
                    .iter()
                    .take(letters.len() - 1)
                    .all(|c| c.is_uppercase())
        })
        .map(|t| crate::names::normalise::fold(t))
        .collect()
}

/// The run of `words` (stopwords inside it give no letter) whose initials are `abbr`: its
/// start and end.
fn run_of(abbr: &str, words: &[String]) -> Option<(usize, usize)> {
    let a: Vec<char> = abbr.chars().collect();
    for forms in [
        a.clone(),
        a.strip_suffix(&['s'])
            .map(<[char]>::to_vec)
            .unwrap_or_default(),
    ] {
        if forms.len() < 2 {
            continue;
        }
        'start: for s in 0..words.len() {
            if STOPWORDS.contains(&words[s].as_str()) {
                continue;
            }
            let (mut i, mut j) = (0, s);
            while i < forms.len() {
                let w = words.get(j)?;
                if STOPWORDS.contains(&w.as_str()) && i > 0 {
                    j += 1;
                    continue;
                }
                if !w.starts_with(forms[i]) {
                    continue 'start;
                }
                i += 1;
                j += 1;
            }
            return Some((s, j));
        }
    }
    None
}

/// The stems of a word list, the abbreviation replaced by the run it stands for in `other`.
fn expanded(words: &[String], abbr: &str, other: &[String]) -> Option<Vec<String>> {
    let (s, e) = run_of(abbr, other)?;
    let mut out = Vec::new();
    for w in words {
        if w == abbr {
            out.extend(other[s..e].iter().cloned());
        } else {
            out.push(w.clone());
        }
    }
    Some(
        out.iter()
            .map(|w| canonical_word(w))
            .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
            .map(stem)
            .collect(),
    )
}

/// The other names of the country that `info`'s name is, once its abbreviations are read.
pub(super) fn spelled_out(
    keys: &BTreeMap<String, KeyInfo>,
    k: &str,
    info: &KeyInfo,
) -> Vec<(String, String)> {
    if info.inner.is_empty() || info.acronym_only.is_some() {
        return Vec::new();
    }
    keys.iter()
        .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
        .filter(|(k2, i2)| {
            let w2: Vec<&str> = k2.split(' ').collect();
            info.word_lists.iter().any(|wl| {
                info.inner.iter().filter(|a| wl.contains(a)).any(|a| {
                    i2.word_lists.iter().any(|other| {
                        let Some(mut st) = expanded(wl, a, other) else {
                            return false;
                        };
                        st.sort();
                        st.dedup();
                        soft_subset(&st, &i2.stems).is_some_and(|left| {
                            left.len() <= 2
                                && !left.iter().any(|&j| {
                                    w2.get(j).is_some_and(|x| {
                                        SUB_UNITS.contains(x) || BODY_HEADS.contains(x)
                                    })
                                })
                        })
                    })
                })
            })
        })
        .map(|(k2, _)| {
            (
                k2.clone(),
                format!("its abbreviations are the initials of words of `{k2}`"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_in_names() {
        assert_eq!(inner_abbreviations("Benue State SDGs Office"), ["sdgs"]);
        assert_eq!(
            inner_abbreviations("Deputy PM for Economic Affairs"),
            ["pm"]
        );
        assert!(inner_abbreviations("UNDP").is_empty());
        let w = |s: &str| -> Vec<String> { s.split(' ').map(str::to_string).collect() };
        let other = w("benue state sustainable development goals office");
        assert_eq!(run_of("sdgs", &other), Some((2, 5)));
        assert_eq!(
            run_of("hc", &w("high comission for covid 19")),
            Some((0, 2))
        );
        assert_eq!(run_of("xyz", &other), None);
    }
}

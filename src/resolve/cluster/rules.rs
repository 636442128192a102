//! The rules of the clustering, one function per test on two names of one country: what
//! a name's words, acronyms and letters say about another name. Pure; the clustering that
//! applies them, with abstention and union-find, is in the parent module.

use std::collections::BTreeMap;

pub(crate) use crate::names::acronyms::{
    acronym_of_translated, acronym_of_words, acronym_skipping_one,
};
use crate::names::normalise::{stem, STOPWORDS};

use super::super::national::SUB_UNITS;
use super::super::Method;
use super::vocabulary::{another_institution, BODY_HEADS, BRAND_KINDS, DESCRIPTORS, WRAPPERS};
use super::KeyInfo;

/// The letters with doubled ones single (`smarttrash` -> `smartrash`).
pub(super) fn stem_doubles(s: &str) -> String {
    crate::names::normalise::single_letters(s)
}

/// Whether two names that declare the acronym `a` are one body by it: it is not a generic
/// one, and it has four letters or more, or three and the names share a word.
pub(super) fn shares_specific_acronym(a: &str, k1: &str, k2: &str) -> bool {
    if crate::names::is_generic_acronym(a) || a.len() < 3 {
        return false;
    }
    a.len() >= 4 || {
        let (s1, s2) = (stems_of(k1), stems_of(k2));
        s1.iter().any(|x| s2.contains(x))
    }
}

/// The cognate stems of a key's words ([`stem`]).
pub(super) fn stems_of(k: &str) -> Vec<String> {
    k.split(' ').filter(|w| !w.is_empty()).map(stem).collect()
}

/// The stems of a key of the country `iso3`, an adjective of the country read as its name
/// (`Serbian Chamber of Commerce` / `Chamber of Commerce of Serbia`, `Asociación Colombiana`
/// / `Colombian Association`).
pub(super) fn stems_in(k: &str, iso3: &str) -> Vec<String> {
    k.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if crate::resolve::national::names_country(w, iso3) {
                iso3.to_lowercase()
            } else {
                stem(w)
            }
        })
        .collect()
}

/// Two stems that name one word: equal, or one edit apart when both have six letters or
/// more (`asociation` / `asocation`), or five with the same first letter (`goern` /
/// `govern`, the stems of `Goernment` and `Government`).
fn same_stem(a: &str, b: &str) -> bool {
    a == b
        || (a.len() >= 5
            && b.len() >= 5
            && (a.len() >= 6 && b.len() >= 6 || a.chars().next() == b.chars().next())
            // The distance is at least the difference in length: a cheap test first.
            && a.chars().count().abs_diff(b.chars().count()) <= 1
            && strsim::damerau_levenshtein(a, b) <= 1)
}

/// Matches every stem of `a` to a distinct stem of `b`; the indices of `b` left over, or
/// `None` when a stem of `a` has no match.
pub(super) fn soft_subset(a: &[String], b: &[String]) -> Option<Vec<usize>> {
    let mut used = vec![false; b.len()];
    // Exact matches first, so a near match does not take a word another matches exactly.
    let mut pending = Vec::new();
    for x in a {
        match (0..b.len()).find(|&j| !used[j] && b[j] == *x) {
            Some(j) => used[j] = true,
            None => pending.push(x),
        }
    }
    for x in pending {
        let j = (0..b.len()).find(|&j| !used[j] && same_stem(x, &b[j]))?;
        used[j] = true;
    }
    Some((0..b.len()).filter(|&j| !used[j]).collect())
}

/// One rule's matches: (method, rule name, [(other key, note)]).
pub(super) type RuleMatches = (Method, &'static str, Vec<(String, String)>);

/// The other keys of the country that each rule joins `k` to, rule by rule, in order. A
/// rule that finds two or more is an abstention. `defined` are the names known only from
/// acronym definitions in the text of the country's plans: an acronym alone joins them,
/// no other rule reads them.
pub(super) fn candidates(
    keys: &BTreeMap<String, KeyInfo>,
    defined: &BTreeMap<String, KeyInfo>,
    k: &str,
    info: &KeyInfo,
    country: &str,
) -> Vec<RuleMatches> {
    let mut out = Vec::new();
    if let Some(a) = &info.acronym_only {
        let spelled_out = |(k2, i2): (&String, &KeyInfo)| -> Option<(String, String)> {
            // `REPAES` for `REPAE`: a plural `s` on a declared acronym.
            let declared = i2
                .declared
                .get(a)
                .or_else(|| a.strip_suffix('s').and_then(|b| i2.declared.get(b)));
            if let Some(plan) = i2.defined_in_text.get(a).filter(|_| declared.is_none()) {
                Some((
                    k2.clone(),
                    format!(
                        "acronym {} spelled out as `{k2}` in the text of plan {plan}",
                        a.to_uppercase()
                    ),
                ))
            } else if let Some(plan) = declared {
                let in_plan = if plan.is_empty() {
                    String::new()
                } else {
                    format!(" in plan {plan}")
                };
                Some((
                    k2.clone(),
                    format!(
                        "acronym {} spelled out as `{k2}`{in_plan}",
                        a.to_uppercase()
                    ),
                ))
            } else if i2.word_lists.iter().any(|w| acronym_of_words(a, w)) {
                Some((
                    k2.clone(),
                    format!("{} is made of the initials of `{k2}`", a.to_uppercase()),
                ))
            } else if without_country_initial(a, country)
                .is_some_and(|b| i2.word_lists.iter().any(|w| acronym_of_words(b, w)))
            {
                // `SMEDAN` = Small and Medium Enterprises Development Agency of Nigeria,
                // written without its country.
                Some((
                    k2.clone(),
                    format!(
                        "{} is made of the initials of `{k2}` and its country's",
                        a.to_uppercase()
                    ),
                ))
            } else if a.len() >= 3
                && i2
                    .word_lists
                    .iter()
                    .filter_map(|w| super::keys::head_words(w))
                    .any(|w| acronym_of_words(a, w))
            {
                Some((
                    k2.clone(),
                    format!(
                        "{} is made of the initials of the head of `{k2}`",
                        a.to_uppercase()
                    ),
                ))
            } else {
                None
            }
        };
        // The names mentioned first; names known only from the text when none is.
        let mut found: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
            .filter_map(spelled_out)
            .collect();
        if found.is_empty() {
            found = defined.iter().filter_map(spelled_out).collect();
        }
        if !found.is_empty() {
            out.push((Method::CountryAcronym, "acronym", found));
            return out;
        }
        let translated: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
            .filter(|(k2, _)| {
                acronym_of_translated(a, k2)
                    || acronym_of_translated(a, &without_country_word(k2, country))
            })
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!(
                        "{} is made of the initials of `{k2}` in another language or order",
                        a.to_uppercase()
                    ),
                )
            })
            .collect();
        out.push((Method::CountryAcronym, "acronym-translated", translated));
        // `MINSA` = Ministerio de Salud for `Ministry of Health`: the starts of the words'
        // forms in another language, in any order.
        let starts: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
            .filter(|(k2, _)| {
                !crate::names::is_generic_acronym(a)
                    && (crate::names::acronyms::acronym_of_translated_starts(a, k2)
                        || crate::names::acronyms::acronym_of_translated_starts(
                            a,
                            &without_country_word(k2, country),
                        ))
            })
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!(
                        "{} is made of the starts of the words of `{k2}` in another language",
                        a.to_uppercase()
                    ),
                )
            })
            .collect();
        out.push((Method::CountryAcronym, "acronym-translated", starts));
        // `MIGHT` = Malaysian Industry-Government (Group) for High Technology: the initials
        // with one significant word left out, for acronyms of four letters or more.
        let skipping: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
            .filter(|(_, i2)| {
                a.chars().count() >= 4
                    && !crate::names::is_generic_acronym(a)
                    && i2.word_lists.iter().any(|w| acronym_skipping_one(a, w))
            })
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!(
                        "{} is made of the initials of `{k2}` but one word",
                        a.to_uppercase()
                    ),
                )
            })
            .collect();
        out.push((Method::CountryAcronym, "acronym-skipping", skipping));
        // `2GIS` / `2GIS management company`: an acronym that is a brand, starting one longer
        // name.
        out.push((Method::WordSubset, "brand", brand(keys, k)));
        return out;
    }
    // `UdeSA`, `GovTech`: a short form in mixed case joins the one name that declares it
    // or whose initials it is; the other rules still apply when none does.
    if let Some(a) = &info.short_form {
        let found: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| {
                k2.as_str() != k && i2.acronym_only.is_none() && i2.short_form.is_none()
            })
            .filter_map(|(k2, i2)| {
                if i2.declared.contains_key(a) || i2.defined_in_text.contains_key(a) {
                    Some((k2.clone(), format!("short form `{a}` declared by `{k2}`")))
                } else if i2.word_lists.iter().any(|w| acronym_of_words(a, w)) {
                    Some((
                        k2.clone(),
                        format!("short form `{a}` made of the initials of `{k2}`"),
                    ))
                } else if a.chars().count() >= 5
                    && crate::names::acronyms::acronym_of_translated_starts(a, k2)
                {
                    // `MinTIC` = Ministerio de TIC for `Ministry of ICT`.
                    Some((
                        k2.clone(),
                        format!(
                            "short form `{a}` made of the starts of the words of `{k2}` in another language"
                        ),
                    ))
                } else {
                    None
                }
            })
            .collect();
        out.push((Method::CountryAcronym, "short-form", found));
    }
    // `National Innovation Center, Ministry of Planning and Investment`: a unit named with
    // its parent body is the unit, when the country's plans name the unit alone.
    if let Some((unit, parent)) = &info.with_parent {
        let found: Vec<(String, String)> = keys
            .get_key_value(unit.as_str())
            .filter(|(k2, _)| k2.as_str() != k)
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!("`{k2}` named with the body it belongs to, `{parent}`"),
                )
            })
            .into_iter()
            .collect();
        out.push((Method::WordSubset, "named-with-parent", found));
    }
    // `Doinc Company` / `Doinc for Business Development and Consultation`, `the NGO
    // Ushahidi` / `Ushahidi`, `Kytabu Kenya` / `Kytabu`: a brand with the kind of body it is
    // (or the country it works in) is the brand alone, or else joins the one longer name
    // the brand starts.
    let words_of_k: Vec<&str> = k.split(' ').collect();
    if words_of_k.len() >= 2 && info.acronym_only.is_none() {
        let own = country.to_lowercase();
        let core: Vec<&str> = words_of_k
            .iter()
            .filter(|x| !DESCRIPTORS.contains(x) && !BRAND_KINDS.contains(x) && **x != own)
            .copied()
            .collect();
        if let [b] = core.as_slice() {
            if b.len() >= 4
                && !crate::names::classify::is_vocabulary_word(b)
                && info.word_lists.iter().any(|wl| wl.iter().any(|f| f == b))
            {
                let found: Vec<(String, String)> = match keys.get_key_value(*b) {
                    Some((k2, _)) if k2 != k => vec![(
                        k2.clone(),
                        format!("the name `{k2}` with the kind of body it is"),
                    )],
                    _ => brand(keys, b)
                        .into_iter()
                        .filter(|(k2, _)| k2 != k)
                        .collect(),
                };
                out.push((Method::WordSubset, "brand", found));
            }
        }
    }
    // A name that declares an acronym joins the acronym-only mention of it.
    let declared: Vec<(String, String)> = keys
        .iter()
        .filter(|(k2, i2)| {
            k2.as_str() != k
                && i2.acronym_only.as_ref().is_some_and(|a| {
                    info.declared.contains_key(a) || info.defined_in_text.contains_key(a)
                })
        })
        .map(|(k2, _)| (k2.clone(), format!("spells out the acronym `{k2}`")))
        .chain(
            keys.iter()
                .filter(|(k2, i2)| {
                    k2.as_str() != k
                        && info.declared.keys().any(|a| {
                            i2.declared.contains_key(a) && shares_specific_acronym(a, k, k2)
                        })
                })
                .map(|(k2, _)| (k2.clone(), format!("declares the acronym of `{k2}`"))),
        )
        .chain(
            // `The University of the West Indies` for `UWI`: its initials are an acronym
            // the country's plans name.
            // Not when the acronym is the initials of another name of the country too
            // (`MoE`: Ministry of Education, Ministry of Energy).
            keys.iter()
                .filter(|(k2, i2)| {
                    k2.as_str() != k
                        && i2.acronym_only.as_ref().is_some_and(|a| {
                            info.word_lists.iter().any(|w| acronym_of_words(a, w))
                                && !keys.iter().any(|(k3, i3)| {
                                    k3.as_str() != k
                                        && i3.acronym_only.is_none()
                                        && i3.word_lists.iter().any(|w| acronym_of_words(a, w))
                                })
                        })
                })
                .map(|(k2, _)| {
                    (
                        k2.clone(),
                        format!("{} is made of its initials", k2.to_uppercase()),
                    )
                }),
        )
        .collect();
    if !declared.is_empty() {
        out.push((Method::CountryAcronym, "acronym", declared));
    }
    let spacing: Vec<(String, String)> = keys
        .iter()
        .filter(|(k2, i2)| {
            k2.as_str() != k
                && i2.acronym_only.is_none()
                // Only forms of six letters or more compare (`mpesafoundation`, not
                // `mpesa` without its kind).
                && (info
                    .spaceless
                    .iter()
                    .any(|a| a.len() >= 6 && i2.spaceless.contains(a))
                    || info.spaceless.iter().filter(|a| a.len() >= 6).any(|a| {
                        // One slip in ten letters or more, two in eighteen or more
                        // (`BelgradeGetsDiital`), a swap counting as one.
                        i2.spaceless.iter().any(|b| {
                            let n = a.len().min(b.len());
                            // The distance is at least the difference in length.
                            a != b
                                && n >= 10
                                && !differ_by_words(k, k2)
                                && a.chars().count().abs_diff(b.chars().count()) <= 2
                                && {
                                    let d = strsim::damerau_levenshtein(a, b);
                                    d <= 1 || (n >= 18 && d <= 2)
                                }
                        })
                    }))
        })
        .map(|(k2, _)| (k2.clone(), format!("same letters as `{k2}`, other spacing")))
        .collect();
    out.push((Method::NearSpelling, "spacing", spacing));
    let w: Vec<&str> = k.split(' ').collect();
    let st = if info.stems.is_empty() {
        stems_of(k)
    } else {
        info.stems.clone()
    };
    let other_names = || {
        keys.iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
    };
    // `Pontificia Universidad Católica del Perú` / `Pontifical Catholic University of Peru`,
    // `Asociation of ...` / `Association of ...`: the same words, each its cognate or one
    // letter away.
    if w.len() >= 2 {
        let cognates: Vec<(String, String)> = other_names()
            .filter(|(_, i2)| {
                i2.stems.len() == st.len()
                    && soft_subset(&st, &i2.stems).is_some_and(|l| l.is_empty())
            })
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!("the words of `{k2}`, spelled another way or in another language"),
                )
            })
            .collect();
        out.push((Method::NearSpelling, "cognate", cognates));
    }
    // The words of `k2` that `k`'s words leave over, when they all match.
    let extra = |k2: &str| -> Option<Vec<String>> {
        let w2: Vec<&str> = k2.split(' ').collect();
        let left = soft_subset(&st, &keys[k2].stems)?;
        Some(left.into_iter().map(|j| w2[j].to_string()).collect())
    };
    // `CodeLab` / `CodeLab Startup`, `North Hands` / `North Hands Company`: a one-word name and
    // the same with words that only say what kind of body it is.
    // Not a head word alone (`Ministry`, what is left of a name cut short): it names no body.
    if w.len() == 1 && k.len() >= 4 && info.acronym_only.is_none() && !BODY_HEADS.contains(&k) {
        let with_descriptor: Vec<(String, String)> = other_names()
            .filter(|(k2, _)| {
                extra(k2).is_some_and(|x| {
                    !x.is_empty() && x.iter().all(|x| DESCRIPTORS.contains(&x.as_str()))
                        // `Adama` / `Adama municipalities` (`Adama, Bisheftu and Bahirdar
                        // municipalities`): a place's name alone and its local government,
                        // when the word is no ordinary word.
                        || (x == ["municipality"]
                            && !crate::names::classify::is_common_word(k))
                })
            })
            .map(|(k2, _)| (k2.clone(), format!("`{k2}` is the same name with its kind")))
            .collect();
        out.push((Method::WordSubset, "word-subset", with_descriptor));
        out.push((Method::WordSubset, "brand", brand(keys, k)));
    }
    // `Treinta y Tres` / `Municipality of Treinta y Tres` (`Intendencias de Montevideo,
    // Canelones and Treinta y Tres`): a place's name of two or three words, none an
    // ordinary word, and its local government.
    if (2..=3).contains(&w.len())
        && info.acronym_only.is_none()
        && w.iter().all(|v| !crate::names::classify::is_common_word(v))
    {
        let local: Vec<(String, String)> = other_names()
            .filter(|(k2, _)| extra(k2).is_some_and(|x| x == ["municipality"]))
            .map(|(k2, _)| {
                (
                    k2.clone(),
                    format!("`{k2}` is the local government of the place"),
                )
            })
            .collect();
        out.push((Method::WordSubset, "word-subset", local));
    }
    // `Kigali City` / `City of Kigali`: a city named by proper names and `City` joins the
    // city's government when a plan of the country names it (alone it may be a brand:
    // `Ingenious City`), not `Kigali Innovation City`.
    if (2..=4).contains(&w.len()) && info.acronym_only.is_none() && w.contains(&"city") {
        let place: Vec<&str> = w.iter().copied().filter(|v| *v != "city").collect();
        if place
            .iter()
            .all(|v| !crate::names::classify::is_common_word(v))
        {
            let mut government = place;
            government.push("municipality");
            government.sort_unstable();
            // The key itself, looked up (keys are sorted words).
            let local: Vec<(String, String)> = keys
                .get_key_value(government.join(" ").as_str())
                .filter(|(_, i2)| i2.acronym_only.is_none())
                .map(|(k2, _)| (k2.clone(), format!("`{k2}` is the government of the city")))
                .into_iter()
                .collect();
            out.push((Method::WordSubset, "word-subset", local));
        }
    }
    if w.len() >= 2 {
        // `Majal Berkane` / `MAJAL Berkane Local Development Company`: two words or more
        // that no vocabulary knows say which body it is; up to four ordinary words more
        // (no level of government: `Buenos Aires` is not its province) only say what it is.
        let distinctive = w
            .iter()
            .filter(|v| !crate::names::classify::is_common_word(v) && v.len() >= 3)
            .count()
            >= 2;
        let ordinary = |x: &[String]| {
            x.iter().all(|x| {
                crate::names::classify::is_common_word(x)
                    && !crate::names::classify::is_level_word(x)
            })
        };
        let supersets: Vec<(String, String)> = other_names()
            .filter(|(k2, _)| {
                // At most two words more, none naming a part (`City of Skopje` is not its
                // `Touristic department`) or another body (a glued pair of names).
                // `NAMA compost` / `NAMA compost project`: a name that heads no body, with
                // the kind of undertaking it is, is that undertaking.
                let undertaking = |x: &str| {
                    ["project", "program", "initiative"].contains(&x)
                        && !w
                            .iter()
                            .any(|v| BODY_HEADS.contains(v) || SUB_UNITS.contains(v))
                };
                extra(k2).is_some_and(|x| {
                    !x.is_empty()
                        && (x.len() <= 2 || (distinctive && x.len() <= 4 && ordinary(&x)))
                        && !x
                            .iter()
                            .any(|x| SUB_UNITS.contains(&x.as_str()) && !undertaking(x))
                        && !another_institution(&w, &x)
                        && (x.iter().all(|x| DESCRIPTORS.contains(&x.as_str()))
                            || !x.iter().any(|x| {
                                BODY_HEADS.contains(&x.as_str())
                                    && !(distinctive && DESCRIPTORS.contains(&x.as_str()))
                            }))
                })
            })
            .filter(|(_, i2)| {
                distinctive || !super::ministries::qualifies_a_shared_function(i2, &st)
            })
            .map(|(k2, _)| (k2.clone(), format!("its words are all in `{k2}`")))
            .collect();
        // Of several longer names, the one that only says what kind of body it is or wraps
        // it (`Canton Sarajevo` / `Government of the Canton Sarajevo`, not `Ministry of
        // Economy of Canton Sarajevo`): the same body named with its kind.
        let wrapping: Vec<(String, String)> = supersets
            .iter()
            .filter(|(k2, _)| {
                extra(k2).is_some_and(|x| {
                    x.iter().all(|x| {
                        DESCRIPTORS.contains(&x.as_str()) || WRAPPERS.contains(&x.as_str())
                    })
                })
            })
            .cloned()
            .collect();
        let supersets = if supersets.len() > 1 && wrapping.len() == 1 {
            wrapping
        } else {
            supersets
        };
        out.push((Method::WordSubset, "word-subset", supersets));
    }
    // `Ministry of Municipal` / `Ministry of Municipal and Rural Affairs and Housing`: a
    // name cut short, the start of one longer name word for word, which adds no part and
    // no other body.
    if info.acronym_only.is_none() {
        let prefixes: Vec<(String, String)> = other_names()
            .filter(|(k2, i2)| {
                info.word_lists.iter().any(|a| {
                    a.len() >= 3
                        && !STOPWORDS.contains(&a[a.len() - 1].as_str())
                        && i2.word_lists.iter().any(|b| {
                            // Prepositions may differ (`Portfolio of ...` / `Portfolio for ...`).
                            b.len() > a.len()
                                && a.iter().zip(b).all(|(x, y)| {
                                    x == y
                                        || (STOPWORDS.contains(&x.as_str())
                                            && STOPWORDS.contains(&y.as_str()))
                                })
                                && {
                                    let rest: Vec<String> = b[a.len()..]
                                        .iter()
                                        .map(|x| {
                                            crate::names::normalise::canonical_word(x).to_string()
                                        })
                                        .collect();
                                    !rest.iter().any(|x| {
                                        SUB_UNITS.contains(&x.as_str())
                                            || BODY_HEADS.contains(&x.as_str())
                                    })
                                }
                        })
                }) && k2.as_str() != k
            })
            .map(|(k2, _)| (k2.clone(), format!("the start of `{k2}`, cut short")))
            .collect();
        out.push((Method::WordSubset, "cut", prefixes));
    }
    out.push((
        Method::WordSubset,
        "abbreviation",
        super::abbreviations::spelled_out(keys, k, info),
    ));
    out.push((
        Method::WordSubset,
        "ministry",
        super::ministries::including(keys, k, info, country),
    ));
    if k.len() >= 10 {
        let near: Vec<(String, String)> = keys
            .iter()
            .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
            .filter(|(k2, _)| {
                k2.split(' ').count() == w.len()
                    && k2.len().abs_diff(k.len()) <= 2
                    && strsim::levenshtein(k, k2) <= 2
                    && !differ_by_words(k, k2)
            })
            .map(|(k2, _)| (k2.clone(), format!("near spelling of `{k2}`")))
            .collect();
        out.push((Method::NearSpelling, "near-spelling", near));
    }
    out
}

/// `dhaka north city corporation` / `dhaka south city corporation`, `district 1` /
/// `district 2`: two keys whose differing words are, on both sides, ordinary words, compass
/// points or numbers: their letters are close, but they name two bodies, not one with a
/// slip.
fn differ_by_words(k: &str, k2: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (k.split(' ').collect(), k2.split(' ').collect());
    let only_a: Vec<&str> = a.iter().filter(|w| !b.contains(w)).copied().collect();
    let only_b: Vec<&str> = b.iter().filter(|w| !a.contains(w)).copied().collect();
    let known = |w: &&str| {
        crate::names::classify::is_common_word(w)
            || w.chars().all(|c| c.is_ascii_digit())
            || matches!(
                *w,
                "north" | "south" | "east" | "west" | "central" | "upper" | "lower" | "new"
            )
    };
    !only_a.is_empty() && !only_b.is_empty() && only_a.iter().chain(&only_b).all(known)
}

/// `ecu health ministry public` -> `health ministry public`: a key without the word that
/// names its country (`Ministerio de Salud Pública del Ecuador` is `MSP`).
fn without_country_word(k: &str, iso3: &str) -> String {
    let code = iso3.to_lowercase();
    k.split(' ')
        .filter(|w| *w != code)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An acronym of five letters or more that ends with the initial of the country `iso3`
/// (`smedan` in Nigeria): the acronym without it (`smeda`).
fn without_country_initial<'a>(a: &'a str, iso3: &str) -> Option<&'a str> {
    let name = crate::countries::all()
        .iter()
        .find(|c| c.iso3 == iso3)?
        .name
        .to_lowercase();
    let initial = name.chars().next()?;
    (a.chars().count() >= 5 && a.ends_with(initial)).then(|| &a[..a.len() - initial.len_utf8()])
}

/// `Savola` / `Savola World`, `2GIS` / `2GIS management company`: a brand (a word no
/// vocabulary knows) and the longer names it starts, when the longer name adds no part and
/// no other body.
fn brand(keys: &BTreeMap<String, KeyInfo>, k: &str) -> Vec<(String, String)> {
    if k.contains(' ') || k.len() < 4 || crate::names::classify::is_vocabulary_word(k) {
        return Vec::new();
    }
    let st = stems_of(k);
    keys.iter()
        .filter(|(k2, i2)| k2.as_str() != k && i2.acronym_only.is_none())
        .filter(|(k2, i2)| {
            i2.word_lists.iter().any(|wl| {
                wl.first()
                    .is_some_and(|f| stem_doubles(f) == stem_doubles(k))
            }) && soft_subset(&st, &i2.stems).is_some_and(|left| {
                let w2: Vec<&str> = k2.split(' ').collect();
                !left.is_empty()
                    && !left.iter().any(|&j| {
                        let x = w2[j];
                        SUB_UNITS.contains(&x)
                            || (BODY_HEADS.contains(&x) && !DESCRIPTORS.contains(&x))
                    })
            })
        })
        .map(|(k2, _)| (k2.clone(), format!("`{k2}` starts with the name `{k}`")))
        .collect()
}

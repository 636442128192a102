//! What the clustering rules know of each national key of a country: the acronyms its
//! names declare or the text defines, its words and letters, the unit and parent it is
//! named with. Read once per mention; the rules that compare two keys are in `rules.rs`.

use std::collections::{BTreeMap, BTreeSet};

use crate::names::normalise::{
    acronym, fold, is_mixed_case_short_form, strip_article, strip_parens,
};
use crate::text;

use super::abbreviations;
use super::rules::stem_doubles;
use super::vocabulary::{self, DESCRIPTORS};

#[derive(Default, Clone, Debug)]
pub(super) struct KeyInfo {
    pub(super) count: usize,
    /// Acronyms this body's names declare, with a plan that declares each.
    pub(super) declared: BTreeMap<String, String>,
    /// Acronyms the text of a plan of the country spells out as this name, with the plan.
    pub(super) defined_in_text: BTreeMap<String, String>,
    /// The acronym, when the name is one (`KSU`).
    pub(super) acronym_only: Option<String>,
    /// A short form in mixed case, when the name is one (`UdeSA`, `GovTech`).
    pub(super) short_form: Option<String>,
    /// Folded words of its names (stopwords kept), a few: for acronyms made of initials.
    pub(super) word_lists: Vec<Vec<String>>,
    /// The folded name without spaces (`primebotics`), for spacing variants.
    pub(super) spaceless: BTreeSet<String>,
    /// The cognate stems of the key's words (computed once per key).
    pub(super) stems: Vec<String>,
    /// Words written in capitals inside its names (`SDGs` of `Benue State SDGs Office`).
    pub(super) inner: Vec<String>,
    /// A name written with the body it belongs to after a comma or a dash (`National
    /// Innovation Center, Ministry of Planning and Investment`): the keys of the two parts.
    pub(super) with_parent: Option<(String, String)>,
}

/// What the rules know of one name.
pub(super) fn info_of(name: &str, plan: &str, country: Option<&str>) -> KeyInfo {
    let mut info = KeyInfo {
        count: 1,
        ..Default::default()
    };
    let decoded = text::decode(name);
    let main = strip_parens(&decoded);
    let trimmed = super::super::aliases::trim_noise(main.trim());
    let trimmed = super::super::national::bare_acronym(&trimmed).map_or(trimmed, |(m, _)| m);
    let with_country =
        country.and_then(|c| super::super::national::acronym_with_country(&decoded, c));
    match acronym(strip_article(main.trim()))
        .map(|a| fold(&a).replace(' ', ""))
        .or(with_country)
    {
        Some(a) => info.acronym_only = Some(a),
        None => {
            if let Some(a) = acronym(&decoded)
                .or_else(|| super::super::national::bare_acronym(&decoded).map(|(_, a)| a))
            {
                info.declared
                    .insert(fold(&a).replace(' ', ""), plan.to_string());
            }
            // `Government Technology Agency (GovTech)`: a short form in mixed case.
            for p in crate::names::parenthesised(&decoded) {
                if is_mixed_case_short_form(&p) {
                    info.declared
                        .entry(fold(&p).replace(' ', ""))
                        .or_insert_with(|| plan.to_string());
                }
            }
            info.with_parent = with_parent(main.trim(), country);
            let bare = strip_article(main.trim()).trim_end_matches(['.', ',', ';', ':']);
            if is_mixed_case_short_form(bare) {
                info.short_form = Some(fold(bare).replace(' ', ""));
            }
            let words: Vec<String> = fold(&trimmed)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            // Spacing variants compare with doubled letters single (`SmartTrash` /
            // `SMARTrash`) and without a legal form at the end (`PrimeBotics, Lda`).
            let single = |s: String| stem_doubles(&s);
            if words.len() >= 2 {
                info.spaceless.insert(single(words.concat()));
                if words
                    .last()
                    .is_some_and(|w| DESCRIPTORS.contains(&w.as_str()))
                {
                    info.spaceless
                        .insert(single(words[..words.len() - 1].concat()));
                }
                info.word_lists.push(words);
                info.inner = abbreviations::inner_abbreviations(&trimmed);
            } else if let Some(w) = words.first() {
                info.spaceless.insert(single(w.clone()));
            }
        }
    }
    info
}

/// `National Innovation Center, Ministry of Planning and Investment`, `College of
/// Agriculture - University of Basrah`: a name of two words or more, then after a comma or a
/// dash a body that heads others (a ministry, a university, a municipality...). The keys of
/// the unit and of its parent.
fn with_parent(main: &str, country: Option<&str>) -> Option<(String, String)> {
    let (unit, parent) = [", ", " - ", " – ", " — "]
        .iter()
        .find_map(|sep| main.split_once(sep))?;
    let (unit, parent) = (unit.trim(), parent.trim());
    if unit.split_whitespace().count() < 2
        || !unit.chars().next().is_some_and(char::is_uppercase)
        || !parent.chars().next().is_some_and(char::is_uppercase)
        || parent.contains([',', ';'])
    {
        return None;
    }
    let (uk, _) = super::super::national::national_key_in(unit, country);
    let (pk, _) = super::super::national::national_key_in(parent, country);
    let heads = |k: &str| {
        k.split(' ').any(|w| {
            vocabulary::BODY_HEADS.contains(&w)
                || super::super::national::TERRITORIES.contains(&w)
                || w == "government"
                || w == "city"
        })
    };
    (heads(&pk) && uk != pk && uk.split(' ').count() >= 2).then_some((uk, pk))
}

/// The words of a name before a `for` or `of` that follows three words or more (`deputy
/// prime minister` of `Deputy Prime Minister for Economic Affairs`): what an acronym of
/// the head alone (`DPM`) is made of.
pub(super) fn head_words(words: &[String]) -> Option<&[String]> {
    words
        .iter()
        .position(|w| matches!(w.as_str(), "for" | "of"))
        .filter(|&at| at >= 3)
        .map(|at| &words[..at])
}

//! Is a partner mention one organisation, a vague group, or not an organisation at all?
//!
//! A partner answer holds more than organisation names: vague groups (`local communities`,
//! `several NGOs`, `researchers`), and pieces that name no one (topics such as `Circular
//! Economy`, a country alone, events such as `... Innovation Challenge`, documents such as
//! `Ministry of Health White Paper`, `Yes`, sentence pieces, people's roles). The rules are
//! about the *shape* of the phrase, so they hold for names never seen:
//!
//! 1. a name of the organisation table (any language, acronym or IATI name) is an organisation;
//! 2. a phrase of `ontology/not-organisations.tsv` is what it says (topic, answer word, form text);
//! 3. a country name alone, or `<Name> region|province|district|...`, is a place;
//! 4. a phrase of `ontology/collective-terms.txt`, a phrase whose head noun (the last word
//!    before `of`, `in`, `from`...) is a plural or mass noun for a kind of actor (`NGOs`,
//!    `communities`, `women-led cooperatives in rural areas`, `jóvenes`, `associations
//!    locales`), a `... sector`, or an unnamed single body (`a local NGO`) is collective;
//! 5. a phrase ending in an event word (`challenge`, `hackathon`, `workshop`, `summit`) or a
//!    document word (`report`, `white paper`, `strategy`, `roadmap`) is an event or a document;
//! 6. a bare role (`the Minister`, `Mayor`, `focal point`) is a role, a phrase starting with
//!    a function word (`To validate assumption`) a sentence piece;
//! 7. anything else is an organisation.
//!
//! The rules are here; the words they read are in `words.rs`, the signals and glosses of a
//! phrase in `signals.rs`. Pure; no resolution (which entity) here.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::normalise::{fold, key, parenthesised};
use super::tables;

/// What a partner mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Organisation,
    Collective,
    /// Not a partner; the reason (`topic`, `place`, `event`, `document`, `date`, `role`,
    /// `sentence`, `answer-word`, `form-text`).
    NotOrganisation(&'static str),
}

mod groups;
mod signals;
mod words;

use groups::*;
pub use signals::*;
use words::*;

/// Classifies one partner mention, as cleaned by the extractor.
pub fn classify(name: &str) -> MentionKind {
    let k = key(name);
    if k.is_empty() {
        return MentionKind::NotOrganisation("empty");
    }
    // 1. Known organisations, by any alias or the acronym in parentheses.
    if tables::is_organisation_key(&k)
        || parenthesised(name)
            .iter()
            .any(|p| tables::is_organisation_key(&fold(p)))
    {
        return MentionKind::Organisation;
    }
    // 2. Listed phrases.
    if let Some(reason) = tables::not_organisation_reason(&k) {
        return MentionKind::NotOrganisation(reason);
    }
    // `Q4`, `FY2022`, `June 2023`: a time, picked out of prose.
    if is_period(&k) {
        return MentionKind::NotOrganisation("date");
    }
    if tables::is_collective_term(&k) || (name.contains(',') && shares_a_head(name)) {
        return MentionKind::Collective;
    }
    let words: Vec<&str> = k.split(' ').collect();
    let original: Vec<&str> = name.split_whitespace().collect();
    // 3. Places alone.
    // A country's name, not its code (`GN` may be an acronym).
    if !super::normalise::is_acronym(name.trim())
        && k.len() > 3
        && (crate::countries::lookup(name.trim()).is_some()
            || crate::countries::lookup(&k).is_some())
    {
        return MentionKind::NotOrganisation("place");
    }
    if words.len() <= 4
        && words.len() >= 2
        && words.last().is_some_and(|w| PLACE_WORDS.contains(w))
        && !words[..words.len() - 1]
            .iter()
            .any(|w| ORG_WORDS.contains(w))
    {
        return MentionKind::NotOrganisation("place");
    }
    // 6 (first part). Sentence pieces.
    // `IT Park`: an acronym, not the pronoun.
    let acronym_first = original
        .first()
        .is_some_and(|t| t.len() >= 2 && t.chars().all(|c| c.is_ascii_uppercase()))
        && name.chars().any(char::is_lowercase);
    if words.len() >= 2 && SENTENCE_STARTERS.contains(&words[0]) && !acronym_first {
        return MentionKind::NotOrganisation("sentence");
    }
    // A name is written with a capital or a digit somewhere (`drawing`, `pictures`,
    // `especially among youth` are not names); an activity starts with a verb in -ing
    // (`Running the Future Fit Accelerator`, `Recruiting the target ...`).
    let first = original.first().copied().unwrap_or("");
    let last_is_body = words.last().is_some_and(|w| {
        BODIES.contains(w)
            || matches!(
                *w,
                "unit"
                    | "office"
                    | "department"
                    | "agency"
                    | "center"
                    | "centre"
                    | "team"
                    | "company"
                    | "group"
                    | "network"
                    | "services"
                    | "board"
                    | "committee"
            )
    });
    // `Chaing Mai Chamber of Commerce`, `Collecting and transportation associations`: a
    // body word after the first makes it a name or a group, not an activity.
    let body_after_first = words[1..].iter().any(|w| {
        ORG_WORDS.contains(w) || BODIES.contains(w) || plural_of_body(w) || plural_of_agent(w)
    });
    if !last_is_body
        && !body_after_first
        && words.len() >= 2
        && first.len() > 5
        && first.ends_with("ing")
        && !matches!(
            words[0],
            "banking"
                | "mining"
                | "housing"
                | "engineering"
                | "nursing"
                | "training"
                | "trading"
                | "building"
                | "printing"
                | "publishing"
                | "marketing"
                | "consulting"
                | "learning"
                | "beijing"
                | "sterling"
                | "king"
        )
        && words[1] != "of"
    {
        return MentionKind::NotOrganisation("activity");
    }
    // `especially among youth`, `mainly through NGOs`: an adverb opens a phrase, not a name.
    if words.len() >= 2
        && first.len() > 4
        && first.ends_with("ly")
        && first.chars().all(char::is_lowercase)
    {
        return MentionKind::NotOrganisation("sentence");
    }
    // `Interviews with professors for the FoW survey`: an activity and whom it was with.
    if words.len() >= 3
        && (EVENT_WORDS.contains(&words[0]) || ACTIVITY_HEADS.contains(&words[0]))
        && PREPOSITIONS.contains(&words[1])
    {
        return MentionKind::NotOrganisation("event");
    }
    // `Society`, `Foundation`: a word for a kind of body alone names none; nor does an
    // ordinary word alone (`Technology`, `Commerce`: a piece of a cut name, or a topic), nor
    // an adverb (`particularly`).
    if words.len() == 1
        && !super::normalise::is_acronym(name.trim())
        && !name.chars().skip(1).any(char::is_uppercase)
        && (ORG_WORDS.contains(&words[0])
            || BODIES.contains(&words[0])
            || (super::normalise::is_lexicon_word(words[0])
                && !ACTORS.contains(&words[0])
                && !ROLES.contains(&words[0])))
    {
        return MentionKind::NotOrganisation("generic");
    }
    if words.len() == 1
        && first.len() > 4
        && first.ends_with("ly")
        && first.chars().all(char::is_lowercase)
    {
        return MentionKind::NotOrganisation("sentence");
    }
    // 4. Groups. `Khomikimiyats (Local Authorities)`: one word glossed as a group is one.
    if words.len() == 1
        && !super::normalise::is_acronym(name.trim())
        && parenthesised(name)
            .iter()
            .any(|p| classify(p) == MentionKind::Collective)
    {
        return MentionKind::Collective;
    }
    if is_ranked_label(&words) {
        return MentionKind::NotOrganisation("heading");
    }
    if is_group(&words, &original) {
        return MentionKind::Collective;
    }
    // One lower-case word is a name only when it does not read as a common noun or verb
    // (`eurolatina` is a company; `drawing`, `pictures` are not).
    if !name.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
        && (words.len() >= 2 || k.ends_with("ing") || k.ends_with('s'))
    {
        return MentionKind::NotOrganisation("not-a-name");
    }
    // `Western Kenya`, `rural Bolivia`: a part of a country.
    if words.len() >= 2
        && matches!(
            words[0],
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "rural"
                | "urban"
                | "coastal"
                | "upper"
                | "lower"
                | "greater"
        )
        && crate::countries::lookup(&words[1..].join(" ")).is_some()
    {
        return MentionKind::NotOrganisation("place");
    }
    // 5. Events and documents: the last word (`Ministry of Health White Paper`).
    let last = *words.last().expect("not empty");
    // `Global Entrepreneurship Week Algeria`: an event named with the country it is held in.
    let before_country = (words.len() >= 3 && crate::countries::lookup(last).is_some())
        .then(|| words[words.len() - 2]);
    if EVENT_WORDS.contains(&last) || before_country.is_some_and(|w| EVENT_WORDS.contains(&w)) {
        return MentionKind::NotOrganisation("event");
    }
    // `Ministry of ... Housing and Urban Policy`: a body named with a list of its
    // functions, the last of which is a document word, is not a document.
    let body_of_functions = (BODIES.contains(&words[0]) || ORG_WORDS.contains(&words[0]))
        && words.len() >= 4
        && words[..words.len() - 1].contains(&"and");
    if DOCUMENT_WORDS.contains(&last) && words.len() >= 2 && !body_of_functions {
        return MentionKind::NotOrganisation("document");
    }
    // 6. Bare roles: `the Minister`, `Director General`, `focal point`.
    // `Osh Mayor's office`: a role's office is a body.
    if words.len() <= 3
        && !last_is_body
        && words.iter().any(|w| ROLES.contains(w))
        && !words.iter().any(|w| PREPOSITIONS.contains(w))
    {
        return MentionKind::NotOrganisation("role");
    }
    // `Pacific Digital Governance Expert`: a person named by a role of their own, in a
    // longer phrase with no word for a body.
    let person_role = matches!(
        last,
        "expert"
            | "consultant"
            | "specialist"
            | "advisor"
            | "adviser"
            | "coordinator"
            | "officer"
            | "researcher"
            | "professor"
            | "consultor"
    );
    if person_role
        && words.len() <= 5
        && !words[..words.len() - 1]
            .iter()
            .any(|w| BODIES.contains(w) || ORG_WORDS.contains(w) || PREPOSITIONS.contains(w))
    {
        return MentionKind::NotOrganisation("role");
    }
    if k == "focal point" || k == "focal points" {
        return MentionKind::NotOrganisation("role");
    }
    MentionKind::Organisation
}

/// Whether a folded word is a month's name (English, French, Spanish, Portuguese).
pub fn is_month(w: &str) -> bool {
    MONTHS.contains(&w)
}

/// Whether every word of a folded phrase is part of a date or a period: a quarter or a half
/// (`q4`, `h1`), a fiscal year (`fy2022`), a year, a month, `of` / `de`.
fn is_period(k: &str) -> bool {
    let period = |w: &str| {
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        matches!(w, "q1" | "q2" | "q3" | "q4" | "h1" | "h2")
            || w.strip_prefix("fy").is_some_and(digits)
            || (digits(w) && (w.len() == 4 || w.len() == 2))
            || MONTHS.contains(&w)
    };
    k.split(' ').any(|w| w != "of" && w != "de")
        && k.split(' ')
            .all(|w| period(w) || matches!(w, "of" | "de" | "in" | "en"))
}

#[cfg(test)]
mod tests;

//! Rule 4 of the classifier: is a phrase a vague group, or an unnamed body as vague as one?
//!
//! The head noun of the phrase decides (the last word before `of`, `in`, `for`...):
//! - a plural of a kind of actor (`researchers`, `solution carriers`, `project
//!   collaborators`: the listed ones, and any plural of an agent noun in `-ers`, `-ors`,
//!   `-ists`...) is a group, whatever names it (`KCCA officials`);
//! - a plural of a kind of body (`municipalities`, `training centers`, `the provincial
//!   divisions of planning`: the listed ones, and any plural whose singular is a body word of
//!   the classifier or the lexicon) is a group unless a proper name says which bodies
//!   (`Bahirdar municipalities`, `Municipalities of Santa Rosa`);
//! - words joined by `and` share the head after them (`Community and neighborhood
//!   organizations`), and a singular body after them makes one named body (`Hotel and
//!   Restaurants Association`);
//! - a head that names the actors of a field together is a group (`Financial Ecosystem`);
//! - a noun of quantity opens the group (`a range of partners`, `a number of NGOs`);
//! - an unnamed single body is as vague as a group: `a local NGO`, `Local Innovation Hub`, a
//!   body of a level of government below the nation without its place (`District
//!   Administration`, `Sub-district Administration`, `City Council`), a partner named only by
//!   its role (`Potential informal partner`, `Project Counterpart`).
//!
//! Only the shape of the phrase and the word lists of `words.rs` are read; which entity a
//! group is is the resolver's business.

use super::*;

/// `Here the second group`, `The fourth group`, `And finally, the fifth group`: the label of
/// a part of an answer, by its rank; it names no partner (the names come after it).
pub(super) fn is_ranked_label(words: &[&str]) -> bool {
    let mut w = words;
    while let [first, rest @ ..] = w {
        if matches!(*first, "here" | "and" | "finally" | "the") {
            w = rest;
        } else {
            break;
        }
    }
    // `Most Important: Spices Board India ...`, `High priority:`: a rank of importance.
    let importance = |x: &str| {
        matches!(
            x,
            "important" | "critical" | "essential" | "crucial" | "priority" | "relevant"
        )
    };
    let ranked_importance = match w {
        [x] => importance(x),
        [m, x] => {
            matches!(
                *m,
                "most" | "less" | "least" | "very" | "high" | "medium" | "low" | "top"
            ) && importance(x)
        }
        _ => false,
    };
    ranked_importance
        || matches!(w, [r, g] if matches!(
            *r,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "last" | "next"
        ) && matches!(*g, "group" | "groups" | "cohort" | "batch" | "category"))
}

/// Rule 4: a vague group or an unnamed single body. `words` are the folded words of the
/// phrase without its parentheses, `original` its tokens as written.
pub(super) fn is_group(words: &[&str], original: &[&str]) -> bool {
    if plural_phrase(original) {
        return true;
    }
    let article = matches!(
        original.first().map(|w| w.to_lowercase()).as_deref(),
        Some("a" | "an" | "une" | "un" | "una" | "um" | "uma")
    );
    // `other three DPM`, `otros ministerios`: the others of a kind are a group.
    if words.len() >= 2 && matches!(words[0], "other" | "others" | "otros" | "otras" | "autres") {
        return true;
    }
    let mut w = skip_quantifiers(words);
    // `A range of partners`, `a number of NGOs`: the group's head comes after `of`.
    if w.len() >= 3 && QUANTITY_NOUNS.contains(&w[0]) && matches!(w[1], "of" | "de") {
        w = skip_quantifiers(&w[2..]);
    }
    // `faculties and tech schools relevant to the STEM field`: an adjective that takes a
    // complement ends the head like a preposition.
    let complement = |x: &str| {
        matches!(
            x,
            "relevant" | "willing" | "interested" | "involved" | "active"
        )
    };
    let head_end = w
        .iter()
        .position(|x| PREPOSITIONS.contains(x) || complement(x))
        .unwrap_or(w.len());
    if head_end == 0 {
        return false;
    }
    let head = &w[..head_end];
    // `Financial Ecosystem`: the actors of a field together.
    if FIELD_WIDE.contains(&head[head.len() - 1]) {
        return true;
    }
    // `Community and neighborhood organizations`: words joined by `and` share the head noun
    // after them; `Hotel and Restaurants Association`: a singular body after them is one body.
    let joined_end = w
        .iter()
        .position(|x| (PREPOSITIONS.contains(x) && !CONJUNCTIONS.contains(x)) || complement(x))
        .unwrap_or(w.len());
    let joined = &w[..joined_end];
    // The words after the last `and` must not be a body of their own (`Lawyers and the
    // Palestinian Legislative Council`) nor a kind of body (`individuals and grassroots
    // organization`).
    let after_and = joined
        .iter()
        .rposition(|x| CONJUNCTIONS.contains(x))
        .map_or(&joined[..0], |i| &joined[i + 1..]);
    let a_kind =
        after_and.len() == 2 && ACTORS.contains(&after_and[0]) && BODIES.contains(&after_and[1]);
    if joined_end > head_end && after_and.first().is_some_and(|x| *x != "the") && !a_kind {
        let last = joined[joined.len() - 1];
        if is_body_word(last) && !ACTORS.contains(&last) {
            return false;
        }
        if plural_head(joined, w, original) {
            return true;
        }
    }
    if plural_head(head, w, original) {
        return true;
    }
    let last = head[head.len() - 1];
    // `Local communities` in French/Spanish order: the head noun comes first
    // (`associations locales`, `comunidades rurales`, `oficinas municipales`).
    if (ACTORS.contains(&w[0]) || plural_of_body(w[0]))
        && head.len() <= 3
        && !original.iter().skip(1).any(|t| is_proper(t))
    {
        return true;
    }
    let unnamed = !named_by(original, last);
    // `Local Innovation Hub`: `local` and a body with no proper name is unnamed.
    let local = original
        .first()
        .is_some_and(|t| t.eq_ignore_ascii_case("local") || t.eq_ignore_ascii_case("locales"));
    // `Local Government Engineering Department` (Bangladesh's LGED): local government is the
    // field of a body named by two words more, not an unnamed local body.
    let of_local_government = head.len() >= 4 && head[1] == "government";
    if local
        && head.len() >= 2
        && is_body_word(last)
        && unnamed
        && head_end == w.len()
        && !of_local_government
    {
        return true;
    }
    // `District Administration`, `Sub-district Administration`, `City Council`: a body of a
    // level of government below the nation, without the place it governs.
    let level = head
        .iter()
        .position(|x| LEVELS.contains(x))
        .is_some_and(|i| head[..i].iter().all(|x| matches!(*x, "sub" | "the")));
    if level && head.len() >= 2 && is_body_word(last) && unnamed && head_end == w.len() {
        return true;
    }
    // `Potential informal partner`, `Project Counterpart`: a partner named by its role.
    if PARTNER_ROLES.contains(&last) && unnamed {
        return true;
    }
    // An unnamed single body: `a local NGO`, `une association`.
    if article && BODIES.contains(&last) && !original.iter().skip(1).any(|t| is_proper(t)) {
        return true;
    }
    // `State-Owned Enterprise`, `Private Company`, `Consulting firm`: a kind of firm said by
    // who owns it or what it does, of which a country has many (not `Central Bank`,
    // `Supreme Court`: one of a kind), is unnamed; not with an acronym or a gloss that
    // names it.
    if head_end == w.len()
        && (2..=3).contains(&w.len())
        && FIRM_KINDS.contains(&last)
        && w[..w.len() - 1].iter().all(|x| FIRM_MODIFIERS.contains(x))
        && !original
            .iter()
            .any(|t| t.starts_with('(') || super::super::normalise::is_acronym(t))
    {
        return true;
    }
    false
}

fn skip_quantifiers<'a, 'b>(mut w: &'b [&'a str]) -> &'b [&'a str] {
    while w.len() > 1 && QUANTIFIERS.contains(&w[0]) {
        w = &w[1..];
    }
    w
}

/// Whether the head noun of `head` (its last word) makes the phrase a group. `w` is the
/// whole phrase, folded.
fn plural_head(head: &[&str], w: &[&str], original: &[&str]) -> bool {
    let last = head[head.len() - 1];
    // `X sector(s)`: a part of the economy, not a body.
    if (last == "sector" || last == "sectors") && head.len() >= 2 {
        return true;
    }
    if INSTITUTION_PLURALS.contains(&last) && names_its_bodies(original, last) {
        return false;
    }
    // Acronyms in the head that are not generic name a body (`KCCA officials` is still a
    // group of people; `UN agencies` too), so plural heads are groups whatever else.
    if ACTORS.contains(&last) {
        return true;
    }
    // Plurals outside the lists. A name opening with a body word has that head
    // (`Association Antonio Lopez Scholarship Recipients`, `Fundación Museos`).
    if head.len() >= 2 && BODY_HEADS.contains(&w[0]) {
        return false;
    }
    // People are a group (`Solution carriers`), unless a name says who (`Kleanit
    // Upcyclers`, a company).
    // `ESPARTNERS`, `Techpartners`: a word made of letters and a word for people is a
    // brand, not people.
    let brand = ACTORS
        .iter()
        .any(|a| last.len() >= a.len() + 2 && last.ends_with(a));
    (plural_of_agent(last) && !named_by(original, last) && !brand)
        || (plural_of_body(last) && !names_its_bodies(original, last))
}

/// A word for a kind of body, singular: the classifier's (`agency`, `association`, `hub`),
/// its heads of bodies and the units of government (`administration`, `division`).
fn is_body_word(w: &str) -> bool {
    BODIES.contains(w)
        || ORG_WORDS.contains(w)
        || BODY_HEADS.contains(&w)
        || UNIT_WORDS.contains(&w)
}

/// `training centers`, `divisions`, `administrations`, `oficinas`: the plural of a body word,
/// by the lexicon's forms or English endings. A body word that is itself plural (`services`,
/// `technologies`, `labs`, a company's name) is not one.
pub(super) fn plural_of_body(w: &str) -> bool {
    // `States of Change`, `United Nations`: nations, not bodies.
    if w.len() < 4
        || is_body_word(w)
        || !(w.ends_with('s') || w.ends_with('x'))
        || matches!(w, "states" | "estados" | "etats")
    {
        return false;
    }
    let canonical = super::super::normalise::canonical_word(w);
    if canonical != w {
        return !canonical.ends_with('s') && is_body_word(canonical);
    }
    let singulars = [
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s').map(str::to_string),
    ];
    singulars
        .into_iter()
        .flatten()
        .any(|s| is_body_word(super::super::normalise::canonical_word(&s)))
}

/// `collaborators`, `carriers`, `caregivers`, `physicians`: a plural agent noun, a kind of
/// person (English endings; the lexicon's words and a few plurals of things are not).
pub(super) fn plural_of_agent(w: &str) -> bool {
    w.len() >= 6
        && ["ers", "ors", "ists", "ians", "eurs", "ants", "ents"]
            .iter()
            .any(|e| w.ends_with(e))
        && !w.ends_with("ments")
        && !NOT_AGENTS.contains(&w)
        && super::super::normalise::canonical_word(w) == w
        && !is_body_word(w)
}

/// Whether a token of the phrase other than its head noun names something
/// ([`names_something`]); the first word of a phrase in sentence case (`Solution carriers`) has its capital from the sentence.
fn named_by(original: &[&str], head: &str) -> bool {
    let sentence_case = original.len() >= 2
        && original[1..]
            .iter()
            .all(|t| !t.chars().next().is_some_and(char::is_uppercase));
    let from = usize::from(sentence_case);
    original[from..]
        .iter()
        .any(|t| names_something(t) && fold(t) != head)
}

/// A token that says which body a phrase names: a capitalised word that is not an ordinary
/// one (nor a level of government or a role, which the rules read), or an acronym that is
/// not generic.
fn names_something(t: &str) -> bool {
    let bare = t.trim_matches(|c: char| !c.is_alphanumeric());
    if bare.is_empty() || !is_proper(t) {
        return false;
    }
    fold(bare).split(' ').any(|p| {
        !is_common_word(p)
            && !super::super::normalise::STOPWORDS.contains(&p)
            && !LEVELS.contains(&p)
            && !UNIT_WORDS.contains(&p)
            && !PARTNER_ROLES.contains(&p)
            && p != "sub"
    })
}

/// `Bahirdar municipalities`, `Municipalities of Santa Rosa`: a plural of bodies with a
/// proper name before it, or `of` and a proper name after it, names those bodies. A
/// nationality (`Libyan Universities`), an acronym (`UNDP` ...) or a country after `of`
/// (`Universities of Kenya`) does not.
pub(super) fn names_its_bodies(original: &[&str], plural: &str) -> bool {
    let named = |t: &str| {
        let bare = t.trim_matches(|c: char| !c.is_alphanumeric());
        names_something(t)
            && !super::super::normalise::is_acronym(bare)
            && !["an", "ese", "ish", "ine", "ic", "i"]
                .iter()
                .any(|s| bare.ends_with(s) && bare.len() > 4)
    };
    let Some(at) = original
        .iter()
        .position(|t| fold(t.trim_matches(|c: char| !c.is_alphanumeric())).ends_with(plural))
    else {
        return false;
    };
    let before = original[..at].iter().any(|t| named(t));
    let after = original
        .get(at + 1)
        .is_some_and(|t| matches!(t.to_lowercase().as_str(), "of" | "de" | "del"))
        && original.get(at + 2).is_some_and(|t| named(t))
        && crate::countries::lookup(&original[at + 2..].join(" ")).is_none();
    before || after
}

/// `INGOs`, `OPDs`, `Soup kitchens`, `Local artisans`: the plural of an acronym of three
/// capitals or more, or a phrase of ordinary words, all in lower case after the first, that
/// ends with a plural noun. A body's name is not written in the plural, nor wholly in lower
/// case after its first word (`Doctors without borders` is the table's, read before this).
fn plural_phrase(original: &[&str]) -> bool {
    let bare = |t: &str| t.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let plural = |t: &str| {
        t.len() >= 4
            && t.ends_with('s')
            && !t.ends_with("ss")
            && !t.ends_with("us")
            && !t.ends_with("is")
    };
    if let [one] = original {
        let t = bare(one);
        return t
            .strip_suffix('s')
            .is_some_and(|stem| stem.len() >= 3 && stem.chars().all(|c| c.is_ascii_uppercase()));
    }
    if original.len() < 2 || original.len() > 4 {
        return false;
    }
    let first = bare(original[0]);
    let rest: Vec<String> = original[1..].iter().map(|t| bare(t)).collect();
    !first.is_empty()
        && !first.chars().skip(1).any(char::is_uppercase)
        && rest
            .iter()
            .all(|t| !t.is_empty() && t.chars().all(|c| c.is_lowercase() || c == '-' || c == '\''))
        && rest.last().is_some_and(|t| plural(t))
        && !rest.iter().any(|t| PREPOSITIONS.contains(t.as_str()))
        && {
            // `Bahirdar municipalities`, `Kleanit upcyclers`: a proper name before a plural
            // of bodies or of agents names them (the rules of [`plural_head`]).
            let head = fold(rest.last().map_or("", String::as_str));
            let bodies = plural_of_body(&head) && names_its_bodies(original, &head);
            let agents = plural_of_agent(&head) && named_by(original, &head);
            !(bodies || agents)
        }
}

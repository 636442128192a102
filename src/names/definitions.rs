//! Acronym definitions in the text of a plan: an organisation's name followed by its
//! acronym in parentheses (`Da Nang Institute for Socio-Economic Development (DISED)`), or
//! an acronym followed by its name (`INAU (National institution of children and youth in
//! Uruguay)`), anywhere in an answer, not only in the partner answers.
//!
//! A definition is kept only when the acronym stands for the name ([`super::acronyms`]:
//! initials in order, one word left out, or the words in another language or order) or the
//! parenthesised name reads as a gloss of the acronym ([`super::glosses`]), and the name
//! reads as an organisation (so a person's initials are never read as one). The resolver
//! uses them to join an acronym written alone in one plan to the body another plan of the
//! same country spells out in prose.
//!
//! Pure, one line at a time. What it does not do: decide which entity the name is (that is
//! `resolve`), or read names across lines.

use super::acronyms::{acronym_of_translated, acronym_of_words, acronym_skipping_one};
use super::classify::{classify, glosses, has_organisation_signal, is_generic_acronym};
use super::normalise::{canonical_word, fold, is_acronym, is_mixed_case_short_form, STOPWORDS};
use super::MentionKind;

/// An acronym and the name it stands for, as one line of a plan writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    pub acronym: String,
    pub name: String,
}

/// Most names of the plans are shorter; a longer run is prose.
const MAX_WORDS: usize = 14;

/// The acronym definitions of one line of text, first first, no repeats.
pub fn definitions(line: &str) -> Vec<Definition> {
    let mut out: Vec<Definition> = Vec::new();
    if !line.contains('(') {
        return out;
    }
    let mut rest = line;
    let mut before_len = 0;
    while let Some(open) = rest.find('(') {
        let at = before_len + open;
        let after = &line[at + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = after[..close].trim();
        let before = &line[..at];
        if !after[..close].contains('(') && !inner.is_empty() {
            let found = if acronym_token(inner) {
                name_before(before, inner).map(|name| Definition {
                    acronym: inner.to_string(),
                    name,
                })
            } else {
                acronym_before(before).and_then(|acr| {
                    gloss_of(&acr, inner).then(|| Definition {
                        acronym: acr,
                        name: inner.to_string(),
                    })
                })
            };
            if let Some(d) = found {
                if !out.contains(&d) {
                    out.push(d);
                }
            }
        }
        before_len = at + 1;
        rest = &line[before_len..];
    }
    out
}

/// A token that may be an acronym: [`is_acronym`], or a short form in mixed case
/// (`UdeSA`, `Gov4Res`), not a generic one (`NGOs`).
fn acronym_token(t: &str) -> bool {
    let t = t.trim();
    if t.contains(char::is_whitespace) || !(3..=12).contains(&t.chars().count()) {
        return false;
    }
    let folded = fold(t).replace(' ', "");
    if folded.chars().filter(|c| c.is_alphabetic()).count() < 3 || is_generic_acronym(&folded) {
        return false;
    }
    is_acronym(t) || is_mixed_case_short_form(t)
}

/// Whether a folded word is a stopword (`of`, `de`, `y`...).
fn stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// The name an acronym in parentheses follows: the longest run of capitalised words (and
/// the stopwords between them) before it whose initials the acronym is.
fn name_before(before: &str, acronym: &str) -> Option<String> {
    let before = before.trim_end();
    let tokens: Vec<&str> = before.split_whitespace().collect();
    let mut start = tokens.len();
    while start > 0 && tokens.len() - start < MAX_WORDS {
        let t = tokens[start - 1];
        // A clause or a list ends at punctuation after a word (not the one before the
        // parenthesis, which has none).
        if start < tokens.len() && t.ends_with([',', ';', ':', '.', ')', '!', '?']) {
            break;
        }
        let word = t.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let folded = fold(word);
        if !(capital || stopword(&folded) || t == "&") {
            break;
        }
        start -= 1;
    }
    let acr = fold(acronym).replace(' ', "");
    let candidates: Vec<String> = (start..tokens.len())
        .rev()
        .filter(|&i| {
            let w = tokens[i].trim_matches(|c: char| !c.is_alphanumeric());
            // `Da Nang ...` starts with a stopword of Portuguese, `The ...` with an article.
            w.chars().next().is_some_and(char::is_uppercase)
                && super::normalise::strip_article(&format!("{w} x")) != "x"
        })
        .map(|i| tokens[i..].join(" "))
        .filter(|name| is_organisation(name))
        .collect();
    // The shortest name whose words' first letters the acronym is (`Food and Agricultural
    // Research and Extension Institute`, not `Security & Food ...`), then one whose words
    // give it in another order or language (`UNI` = `National University of Itapúa`), then
    // one whose words give it a few letters each or but one word.
    let words = |name: &str| -> Vec<String> {
        fold(name)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let tiers: [&dyn Fn(&str) -> bool; 3] = [
        &|name| first_letters(&acr, &words(name)),
        &|name| acronym_of_translated(&acr, &key_words(name).join(" ")),
        &|name| stands_for(&acr, name),
    ];
    tiers
        .iter()
        .find_map(|tier| candidates.iter().find(|name| tier(name)))
        .cloned()
}

/// Whether the acronym is the first letters of the significant words in order, a
/// stopword giving its first letter or nothing.
fn first_letters(acr: &str, words: &[String]) -> bool {
    fn go(a: &[char], w: &[String]) -> bool {
        let Some(first) = w.first() else {
            return a.is_empty();
        };
        let stop = stopword(first);
        (stop && go(a, &w[1..]))
            || (!a.is_empty() && first.starts_with(a[0]) && go(&a[1..], &w[1..]))
    }
    let a: Vec<char> = acr.chars().filter(|c| c.is_alphanumeric()).collect();
    a.len() >= 3 && go(&a, words)
}

/// The canonical significant words of a name.
fn key_words(name: &str) -> Vec<String> {
    fold(name)
        .split(' ')
        .map(|w| canonical_word(w).to_string())
        .filter(|w| !w.is_empty() && !stopword(w))
        .collect()
}

/// The acronym just before a parenthesis (`INAU` of `INAU (National institution ...)`).
fn acronym_before(before: &str) -> Option<String> {
    let mut tokens = before.split_whitespace().rev();
    let t = tokens.next()?;
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    // The last word of a longer name (`MOUNA INTERNET (Internet Services Provider)`) is not
    // an acronym of its own.
    if let Some(prev) = tokens.next() {
        let capital = prev.chars().next().is_some_and(char::is_uppercase);
        let ends_clause = prev.ends_with([',', ';', ':', '.', ')']);
        if capital && !ends_clause && super::normalise::strip_article(&format!("{prev} x")) != "x" {
            return None;
        }
    }
    acronym_token(t).then(|| t.to_string())
}

/// Whether the parenthesised text after an acronym is its name: its initials, or a gloss
/// that reads as an organisation (`ANII (National Agency for Research and Innovation)`).
fn gloss_of(acronym: &str, inner: &str) -> bool {
    let acr = fold(acronym).replace(' ', "");
    is_organisation(inner)
        && (stands_for(&acr, inner)
            || (!glosses(&format!("{acronym} ({inner})")).is_empty()
                && mostly_initials(&acr, inner)))
}

/// Whether a folded acronym stands for a name.
fn stands_for(acr: &str, name: &str) -> bool {
    let words: Vec<String> = fold(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    acronym_of_words(acr, &words)
        || (acr.chars().count() >= 4 && acronym_skipping_one(acr, &words))
        || acronym_of_translated(acr, &key_words(name).join(" "))
}

/// Whether most letters of an acronym are initials of the words of a gloss in some
/// language of the lexicon (`INAU` and `National institution of children and youth in
/// Uruguay`: I, N, U), so that a description of a part (`PNUD (Laboratorio de Aceleración
/// ...)`) is not read as the acronym's name.
fn mostly_initials(acr: &str, gloss: &str) -> bool {
    let mut options: Vec<Vec<char>> = fold(gloss)
        .split(' ')
        .filter(|w| !w.is_empty() && !stopword(w))
        .map(|w| super::normalise::initials(canonical_word(w)))
        .collect();
    let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let mut matched = 0;
    for c in &letters {
        if let Some(i) = options.iter().position(|o| o.contains(c)) {
            options.remove(i);
            matched += 1;
        }
    }
    matched * 4 >= letters.len() * 3
}

/// A name that reads as one organisation (not a vague group, a topic or a person).
fn is_organisation(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        && classify(name) == MentionKind::Organisation
        && has_organisation_signal(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(line: &str) -> Vec<(String, String)> {
        definitions(line)
            .into_iter()
            .map(|d| (d.acronym, d.name))
            .collect()
    }

    fn pair(a: &str, n: &str) -> (String, String) {
        (a.to_string(), n.to_string())
    }

    /// Lines of the shared corpus.
    #[test]
    fn names_and_acronyms_in_prose() {
        assert_eq!(
            pairs("research and experiments Da Nang Institute for Socio-Economic Development (DISED) on 2 initiatives"),
            [pair("DISED", "Da Nang Institute for Socio-Economic Development")]
        );
        assert_eq!(
            pairs(
                "and Commercialization Development (NATEC), National Innovation Centre (NIC) and"
            ),
            [pair("NIC", "National Innovation Centre")]
        );
        assert_eq!(
            pairs(
                "Ministry of Science and Technology (MOST), the National Innovation Center (NIC)"
            ),
            [
                pair("MOST", "Ministry of Science and Technology"),
                pair("NIC", "National Innovation Center")
            ]
        );
        assert_eq!(
            pairs("including Agency to promote SMEs and Entrepreneurship (PROEMPRESA)"),
            Vec::<(String, String)>::new(),
            "PROEMPRESA is not the initials of the English words"
        );
        assert_eq!(
            pairs(
                "we worked with INAU (National institution of children and youth in Uruguay), we a"
            ),
            [pair(
                "INAU",
                "National institution of children and youth in Uruguay"
            )]
        );
        assert_eq!(
            pairs("with the Universidad de San Andrés (UdeSA) and"),
            [pair("UdeSA", "Universidad de San Andrés")]
        );
        assert_eq!(
            pairs("the Ministerio de Ambiente y Recursos Naturales (MARN) of Guatemala"),
            [pair("MARN", "Ministerio de Ambiente y Recursos Naturales")]
        );
    }

    #[test]
    fn what_is_not_a_definition() {
        // A person and initials, a generic acronym, a topic, a description, a tentative mark.
        assert!(pairs("our focal point Maria Lopez Garcia (MLG) said").is_empty());
        assert!(pairs("Small and Medium Enterprises (SMEs) in the region").is_empty());
        assert!(pairs("Artificial Intelligence (AI) tools").is_empty());
        assert!(pairs("MOUNA INTERNET (Internet Services Provider)").is_empty());
        assert!(pairs("Local Innovation Hub (TBC)").is_empty());
        assert!(pairs("Sustainable Development Goals (SDGs)").is_empty());
        assert!(pairs("no parentheses here").is_empty());
        assert!(pairs("an unclosed (ABC").is_empty());
    }
}

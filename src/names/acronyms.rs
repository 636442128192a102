//! Whether an acronym stands for a name: the initials of its words in order (a stopword
//! giving its first letter, nothing, or itself whole), one word left out of a long name,
//! or the words in another order and any language of the lexicon.
//!
//! Pure functions on folded words. Shared by the extractor (acronym definitions in the
//! text of a plan, [`super::definitions`]) and the resolver's clustering rules. What it
//! does not do: say which body an acronym names in a country (that is `resolve`).

use super::normalise::{forms, STOPWORDS};

/// Whether an acronym is made of the starts of the words, in order: each significant word
/// gives its first one to three letters, a stopword its first letter or nothing
/// (`MoHESR` = Ministry of Higher Education and Scientific Research, `MINCYT` = Ministerio
/// de Ciencia y Tecnología, `KSU` = King Saud University).
pub fn acronym_of_words(acr: &str, words: &[String]) -> bool {
    fn go(a: &[char], w: &[Vec<char>], stop: &[bool]) -> bool {
        match (a.is_empty(), w.is_empty()) {
            (true, true) => true,
            (true, false) => stop.iter().all(|s| *s),
            (false, true) => false,
            (false, false) => {
                if stop[0] && go(a, &w[1..], &stop[1..]) {
                    return true;
                }
                // `UdeSA` = Universidad de San Andrés: a stopword written whole.
                if stop[0]
                    && a.len() >= w[0].len()
                    && a[..w[0].len()] == w[0][..]
                    && go(&a[w[0].len()..], &w[1..], &stop[1..])
                {
                    return true;
                }
                let max = if stop[0] { 1 } else { 3 };
                (1..=max.min(w[0].len()).min(a.len()))
                    .any(|n| w[0][..n] == a[..n] && go(&a[n..], &w[1..], &stop[1..]))
            }
        }
    }
    let a: Vec<char> = acr.chars().filter(|c| c.is_alphanumeric()).collect();
    let significant = words
        .iter()
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .count();
    if a.len() < 3 || significant < 2 || a.len() > words.len() * 3 || words.len() > 12 {
        return false;
    }
    let w: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
    let stop: Vec<bool> = words
        .iter()
        .map(|w| STOPWORDS.contains(&w.as_str()))
        .collect();
    go(&a, &w, &stop)
}

/// [`acronym_of_words`] with one significant word of four significant words or more left
/// out (`MIGHT` = Malaysian Industry-Government Group for High Technology).
pub fn acronym_skipping_one(acr: &str, words: &[String]) -> bool {
    let significant: Vec<usize> = (0..words.len())
        .filter(|&i| !STOPWORDS.contains(&words[i].as_str()))
        .collect();
    significant.len() >= 4
        && significant.iter().any(|&skip| {
            let rest: Vec<String> = words
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, w)| w.clone())
                .collect();
            acronym_of_words(acr, &rest)
        })
}

/// Whether an acronym is the initials of the key's words in some order, each word read in
/// any language of the lexicon: `MARN` = {ministry, environment (ambiente), natural,
/// resource}, `STP` = {technical, planning, secretariat} (Secretaría Técnica de
/// Planificación). One letter per word, every word used: an acronym written in the
/// language of the body for a name translated word by word, where word order changes.
pub fn acronym_of_translated(acr: &str, key: &str) -> bool {
    let (a, words) = letters_and_words(acr, key);
    a.len() >= 3 && a.len() == words.len() && starts_of_forms(&a, &words, 1, false, 0)
}

/// Whether an acronym of four letters or more is made of the starts of the key's words in
/// some order, each word giving the first one to three letters of one of its forms in a
/// language of the lexicon, every word used: `MINSA` = {ministry (ministerio), health
/// (salud)}, `MIDIS` = {ministry, development, social, inclusion}. For acronyms written in
/// the body's language beside a name translated word by word. The `y` or `e` of a
/// conjunction may be a letter of its own (`SENACYT` = Secretaría Nacional de Ciencia y
/// Tecnología), and a name of four words or more may have one word the acronym leaves out
/// (`SENACYT` for the Secretariat of Science, Technology and Innovation: the body grew). A
/// word may be written whole (`MinSalud` = Ministerio de Salud).
pub fn acronym_of_translated_starts(acr: &str, key: &str) -> bool {
    let (a, words) = letters_and_words(acr, key);
    let unused = usize::from(words.len() >= 4 && a.len() >= 6);
    a.len() >= 4 && (2..=6).contains(&words.len()) && starts_of_forms(&a, &words, 3, true, unused)
}

/// The letters of an acronym and the significant words of a key.
fn letters_and_words<'k>(acr: &str, key: &'k str) -> (Vec<char>, Vec<&'k str>) {
    let a = acr.chars().filter(|c| c.is_alphabetic()).collect();
    let words = key
        .split(' ')
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect();
    (a, words)
}

/// Whether the letters are the starts (one to `max` letters) of one form of each word, in
/// some order, every word used once but `unused` of them: a bipartite matching of chunks to
/// words (a dozen of each at most). With `conjunction`, one `y` after the first chunk may
/// stand for itself.
fn starts_of_forms(
    a: &[char],
    words: &[&str],
    max: usize,
    conjunction: bool,
    unused: usize,
) -> bool {
    struct Search<'a> {
        a: &'a [char],
        options: Vec<Vec<Vec<char>>>,
        max: usize,
        unused: usize,
    }
    fn assign(s: &Search<'_>, i: usize, conjunction: bool, used: &mut Vec<bool>) -> bool {
        let a = s.a;
        if i == a.len() {
            return used.iter().filter(|u| !**u).count() <= s.unused;
        }
        if conjunction && i > 0 && a[i] == 'y' && assign(s, i + 1, false, used) {
            return true;
        }
        for (j, forms) in s.options.iter().enumerate() {
            if used[j] {
                continue;
            }
            // A start of one to `max` letters, or a whole form (`MinSalud`).
            let whole = forms
                .iter()
                .map(Vec::len)
                .filter(|&n| n > s.max && n <= a.len() - i);
            let lengths: Vec<usize> = (1..=s.max.min(a.len() - i)).chain(whole).collect();
            for n in lengths {
                if forms.iter().any(|f| f.len() >= n && f[..n] == a[i..i + n]) {
                    used[j] = true;
                    if assign(s, i + n, conjunction, used) {
                        return true;
                    }
                    used[j] = false;
                }
            }
        }
        false
    }
    let options: Vec<Vec<Vec<char>>> = words
        .iter()
        .map(|w| forms(w).iter().map(|f| f.chars().collect()).collect())
        .collect();
    let search = Search {
        a,
        options,
        max,
        unused,
    };
    assign(&search, 0, conjunction, &mut vec![false; words.len()])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_of_the_words_in_another_language() {
        assert!(acronym_of_translated_starts("minsa", "health ministry"));
        assert!(acronym_of_translated_starts(
            "midis",
            "development inclusion ministry social"
        ));
        assert!(acronym_of_translated_starts("minedu", "education ministry"));
        assert!(acronym_of_translated_starts("minsalud", "health ministry"));
        assert!(!acronym_of_translated_starts(
            "minsaludx",
            "health ministry"
        ));
        assert!(!acronym_of_translated_starts("minsa", "education ministry"));
        assert!(!acronym_of_translated_starts("abc", "health ministry"));
        // The `y` of a conjunction, one word of four left out.
        assert!(acronym_of_translated_starts(
            "senacyt",
            "national science secretariat technology"
        ));
        assert!(acronym_of_translated_starts(
            "senacyt",
            "innovation national science secretariat technology"
        ));
        assert!(!acronym_of_translated_starts(
            "senacyt",
            "national science secretariat"
        ));
        // Every word gives letters.
        assert!(!acronym_of_translated_starts(
            "minsa",
            "health ministry women"
        ));
    }
}

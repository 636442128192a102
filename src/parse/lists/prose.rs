//! Names picked out of prose answers: runs of capitalised words with the connectors that
//! continue a name (`of the`, `de la`, `on` after heads that take a topic), lower-case
//! words that close a name with a body's head word, acronyms.

use super::*;

/// Heads after which `on` goes on with the name (`Council on Foreign Relations`, `Envoy on
/// Technology`); after others it starts a topic (`Foreign Trade University on Circular
/// economy`).
pub(super) const ON_HEADS: &[&str] = &[
    "council",
    "commission",
    "committee",
    "centre",
    "center",
    "forum",
    "panel",
    "network",
    "coalition",
    "alliance",
    "force",
    "group",
    "institute",
    "initiative",
    "partnership",
    "secretariat",
    "office",
    "programme",
    "program",
    "convention",
    "board",
    "observatory",
    "platform",
    "envoy",
    "rapporteur",
    "commissioner",
    "consortium",
];

/// In prose, how many tokens after `tokens[j]` join the name run: a connector and a
/// capitalised word (`of Health`), `of the` and one (`Unit of the Social Cabinet`), or `and`
/// and one inside an `X of Y` name. Not `on` after a head that takes no topic, nor `and` or
/// `&` before an acronym or a body's opening (`Reaktor & University of Helsinki`, `... and
/// SASA`), which start another name.
pub(super) fn prose_connector(
    tokens: &[&str],
    j: usize,
    run: &[&str],
    has_of: bool,
) -> Option<usize> {
    let cap = |t: &str| {
        let t = t.trim_start_matches(['(', '"', '“', '\'', '‘']);
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && t.chars().any(|c| c.is_alphabetic())
    };
    let conn = tokens.get(j + 1)?.to_lowercase();
    let next = *tokens.get(j + 2)?;
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let opens_body = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            BODY_OPENERS.contains(&bare(t).as_str()) && cap(t) && !t.ends_with([',', '.', ';'])
        }) && tokens
            .get(k + 1)
            .is_some_and(|t| matches!(bare(t).as_str(), "of" | "for" | "de" | "del" | "du"))
    };
    let acronym = |t: &str| {
        let b = t.trim_matches(|c: char| !c.is_alphanumeric());
        crate::names::is_acronym(b) && !crate::names::is_generic_acronym(&crate::names::fold(b))
    };
    const CONNECT: &[&str] = &[
        "of", "for", "de", "des", "du", "la", "le", "el", "del", "the", "&", "on", "in", "los",
        "las", "para", "pour", "por", "do", "da", "dos", "das", "d'", "en",
    ];
    let last = bare(run.last().copied().unwrap_or(""));
    // `Unit of the Social Cabinet`, `Universidad de la República`: after a run that has a
    // head word of its own (not `... Technology of the Government`, a piece of a longer name).
    let headed = run
        .iter()
        .any(|t| HEADS.contains(&bare(t).as_str()) || BODY_OPENERS.contains(&bare(t).as_str()));
    if headed
        && matches!(conn.as_str(), "of" | "de" | "du" | "del" | "da" | "do")
        && matches!(
            next.to_lowercase().as_str(),
            "the" | "la" | "el" | "los" | "las" | "le" | "les"
        )
        && tokens.get(j + 3).is_some_and(|t| cap(t))
    {
        return Some(3);
    }
    if !cap(next) {
        return None;
    }
    if conn == "on" && !ON_HEADS.contains(&last.as_str()) {
        return None;
    }
    // `Centre de Support en Santé Internationale`: French and Spanish `en` inside a name
    // that has a head word of its own.
    if conn == "en" && !headed {
        return None;
    }
    let and = matches!(conn.as_str(), "and" | "&" | "y" | "et");
    if and && (opens_body(j + 2) || acronym(next)) {
        return None;
    }
    // `Ministry of Agro Industry and Food Security & Food and Agricultural Research and
    // Extension Institute (FAREI)`: after a body named by its head and `of`, an `&` before
    // capitalised words that close with a head word of their own opens a second body.
    let run_opens = run.len() >= 3
        && BODY_OPENERS.contains(&bare(run[0]).as_str())
        && matches!(bare(run[1]).as_str(), "of" | "for" | "de" | "du" | "del");
    if (conn == "&" || conn == "&amp;") && run_opens {
        let closes = tokens[j + 2..]
            .iter()
            .take(10)
            .take_while(|t| !t.ends_with([',', ';', '.']))
            .any(|t| {
                let b = bare(t);
                (HEADS.contains(&b.as_str()) || BODY_OPENERS.contains(&b.as_str())) && cap(t)
            });
        if closes {
            return None;
        }
    }
    // `We worked with Balad alkhieer Endowment Foundation`: a word in lower case of a
    // transliterated name (no ordinary word, no verb form), after a proper name that a
    // preposition opens and before capitalised words that close with a body's head word.
    let particle = conn.len() >= 4
        && tokens[j + 1].chars().all(|c| c.is_lowercase() || c == '-')
        && !["ed", "ing", "s", "ly"].iter().any(|e| conn.ends_with(e))
        && !crate::names::classify::is_common_word(&conn)
        && run.len() <= 2
        && run
            .iter()
            .all(|t| cap(t) && !acronym(t) && !t.ends_with([',', '.', ';', ':']))
        && before_run(tokens, j, run).is_some_and(|t| {
            matches!(
                t.to_lowercase().as_str(),
                "with" | "by" | "from" | "and" | "the" | "including"
            )
        })
        && tokens[j + 2..]
            .iter()
            .take(4)
            .take_while(|t| cap(t))
            .any(|t| {
                HEADS.contains(&bare(t).as_str()) || crate::names::classify::is_body_head(&bare(t))
            });
    if particle {
        return Some(2);
    }
    // `Local Government Public Policy School at Encarnación`, `Data Science Lab at
    // Universidad de San Andrés`: `at` after a body's head word places it; the place is
    // the name's.
    if conn == "at" {
        let head = HEADS.contains(&last.as_str())
            || BODY_OPENERS.contains(&last.as_str())
            || matches!(last.as_str(), "school" | "lab" | "laboratory" | "hub");
        return head.then_some(2);
    }
    let joins = CONNECT.contains(&conn.as_str())
        || (and
            && (has_of
                || acronym_follows(&tokens[j + 2..])
                || fields_then_head(run, &tokens[j + 2..], before_run(tokens, j, run))));
    joins.then_some(2)
}

/// The token before a run that ends at `tokens[j]`.
pub(super) fn before_run<'a>(tokens: &[&'a str], j: usize, run: &[&str]) -> Option<&'a str> {
    (j + 1)
        .checked_sub(run.len())?
        .checked_sub(1)
        .map(|k| tokens[k])
}

/// `the Science and Technology Park Belgrade`, `its Economic and Administrative Sciences
/// School`: a run of ordinary words (no proper name, acronym or head word), `and`, then
/// capitalised words that close with the head word of a body: the fields of one body, not
/// two names (`Abagold and Paternoster Oyster Company`, `Makerere University and ...`).
pub(super) fn fields_then_head(run: &[&str], after: &[&str], before: Option<&str>) -> bool {
    // `the Strategy and Policy and Joint Office`: not inside a list of fields or names.
    if before.is_some_and(|t| matches!(t, "and" | "&" | "y" | "et") || t.ends_with(',')) {
        return false;
    }
    let bare = |t: &str| crate::names::fold(t.trim_matches(|c: char| !c.is_alphanumeric()));
    let is_head = |t: &str| {
        let b = bare(t);
        // `Science and Technology Park`: a park of this kind is a body.
        HEADS.contains(&b.as_str()) || crate::names::classify::is_body_head(&b) || b == "park"
    };
    let fields = !run.is_empty()
        && run.len() <= 3
        && run.iter().all(|t| {
            let b = t.trim_matches(|c: char| !c.is_alphanumeric());
            !b.is_empty()
                && !crate::names::is_acronym(b)
                && !is_head(t)
                && crate::names::classify::is_common_word(&bare(t))
                && crate::countries::lookup(b).is_none()
        });
    if !fields {
        return false;
    }
    for (at, t) in after.iter().enumerate().take(4) {
        let word = t.trim_start_matches(['(', '"', '“']);
        if !word.starts_with(char::is_uppercase)
            || crate::names::is_acronym(bare(t).as_str()) && at == 0
        {
            return false;
        }
        if is_head(t) {
            return at > 0;
        }
        if t.ends_with([',', '.', ';', ':', ')', '!', '?']) {
            return false;
        }
    }
    false
}

/// Function words that end a run of lower-case words after a name: they start the
/// sentence's next part, they are not words of the name.
pub(super) const LOWER_BREAKS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "with", "to", "in", "on", "at", "by", "for", "from", "is",
    "are", "was", "were", "be", "has", "have", "had", "that", "which", "who", "as", "its", "their",
    "our", "this", "these", "through", "via", "de", "la", "le", "el", "et", "y", "en",
];

/// How many of the tokens after a capitalised name are lower-case words (at most four) that
/// end with the head word of a body (`solid waste management agency`, `fabrication lab`).
pub(super) fn lowercase_head_after(tokens: &[&str]) -> Option<usize> {
    for (at, t) in tokens.iter().enumerate().take(4) {
        let bare = t.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
        let last_here = bare.len() != t.len();
        if bare.is_empty()
            || !bare.chars().all(|c| c.is_alphabetic() || c == '-')
            || !bare.starts_with(char::is_lowercase)
            || LOWER_BREAKS.contains(&bare)
        {
            return None;
        }
        let folded = crate::names::fold(bare);
        // `Asiacell company`, `Coca-Cola company`: the kind of a brand, not its name.
        if matches!(folded.as_str(), "company" | "corporation" | "firm") {
            return None;
        }
        if crate::names::classify::is_body_head(&folded) {
            return Some(at + 1);
        }
        // `uDigital program targets university`: a name has one head word.
        if crate::names::classify::is_org_word(&folded) {
            return None;
        }
        if last_here {
            return None;
        }
    }
    None
}

/// Organisation names in prose: runs of capitalised words (with `of`, `for`, `and`, `de`
/// ... between them), optionally followed by `(ACRONYM)`; single words count when they are
/// acronyms or stand mid-sentence. Sentence-initial common words are skipped.
/// A colon between a word and a capitalised word, with no space after it.
static COLON_GLUED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\b):(\p{Lu})").expect("valid regex"));

pub fn names_in_prose(s: &str) -> Vec<String> {
    const CONNECT: &[&str] = &[
        "of", "for", "de", "des", "du", "la", "le", "el", "del", "the", "&", "on", "in", "los",
        "las", "para", "pour", "por", "do", "da", "dos", "das", "d'",
    ];
    // Function words that start a sentence, not a name: dropped from the front of a run.
    const STOP: &[&str] = &[
        "we",
        "the",
        "they",
        "our",
        "in",
        "this",
        "these",
        "with",
        "for",
        "a",
        "an",
        "it",
        "as",
        "on",
        "at",
        "by",
        "also",
        "however",
        "moreover",
        "within",
        "through",
        "during",
        "regarding",
        "both",
        "all",
        "one",
        "two",
        "three",
        "he",
        "she",
        "his",
        "their",
        "there",
        "some",
        "several",
        "many",
        "other",
        "most",
        "not",
        "no",
        "yes",
        "and",
        "but",
        "from",
        "to",
        "of",
        "nous",
        "les",
        "le",
        "la",
        "ces",
        "avec",
        "el",
        "los",
        "con",
        "together",
        "while",
        "when",
        "after",
        "before",
        "since",
        "further",
        "finally",
        "additionally",
        "then",
    ];
    // Words that name no organisation when they stand alone (and months).
    const SINGLE_STOP: &[&str] = &[
        "private",
        "public",
        "government",
        "ministry",
        "university",
        "civil",
        "society",
        "sector",
        "local",
        "national",
        "international",
        "un",
        "agencies",
        "partners",
        "partner",
        "academic",
        "academia",
        "covid",
        "covid-19",
        "covid19",
        "mou",
        "ngo",
        "ngos",
        "cso",
        "csos",
        "sdg",
        "sdgs",
        "i",
        "ii",
        "iii",
        "lab",
        "labs",
        "accelerator",
        "undp",
        "phase",
        "pilot",
        "project",
        "dream",
        "ai",
        "it",
        "ict",
        "pm",
        "ceo",
        "usd",
        "covid19",
        "team",
        "office",
        "council",
        "department",
        "city",
    ];
    // `Codelab:The UNDP AccLab implemented ...`: a colon glued to the next word still ends
    // the name before it (not in a web address).
    let spaced;
    let s = if s.contains(':') && !s.contains("://") {
        spaced = COLON_GLUED.replace_all(s, ": $1").into_owned();
        spaced.as_str()
    } else {
        s
    };
    let tokens: Vec<&str> = s.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    let is_cap = |t: &str| {
        let t = t.trim_start_matches(['(', '"', '“', '\'', '‘']);
        t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && t.chars().any(|c| c.is_alphabetic())
    };
    // `National Technology Business Centre- Key partner`: a dash glued to a word ends it.
    let ends_clause = |t: &str| {
        (t.ends_with([',', '.', ';', ':', ')', '!', '?']) && !t.ends_with("Co."))
            || (t.len() > 2 && t.ends_with(['-', '–', '—']))
    };
    // `an NGO (Tesai Reka Paraguay)`, `Etaam (Saudi Food Bank)`: a name of several words
    // that opens a parenthesis starts at its first word, and so does an acronym that opens
    // a list in one (`(COMECIPAR, Cooperativa Univesataria)`); a lone `(ACRONYM)` does not.
    let opens_paren_name = |k: usize| {
        let t = tokens[k];
        let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.starts_with('(')
            && !t.contains(')')
            && ((!ends_clause(t)
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| is_cap(n) && !n.starts_with('(')))
                || (t.ends_with(',') && crate::names::is_acronym(inner)))
    };
    while i < tokens.len() {
        if !is_cap(tokens[i]) || (tokens[i].starts_with('(') && !opens_paren_name(i)) {
            i += 1;
            continue;
        }
        let sentence_start = i == 0 || tokens[i - 1].ends_with(['.', '!', '?', ':']);
        // `..., UNLEASH Innovation Lab, Reaktor, University of Helsinki, ...`: a word
        // between the commas of a list of names.
        let between_commas = i > 0 && tokens[i - 1].ends_with(',') && tokens[i].ends_with(',');
        let mut j = i;
        let mut run = vec![tokens[i]];
        // `Ministry of Science, Technology, and Innovation`: inside a `Head of ...` name, a
        // comma list of capitalised words closed by `and` + a capitalised word is the name's.
        let has_of = |run: &[&str]| {
            run.iter().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "of" | "for" | "on" | "de" | "del" | "des" | "du" | "para" | "pour"
                )
            })
        };
        loop {
            while !ends_clause(run.last().expect("not empty")) {
                // `... Bar Associations We worked`: a capitalised pronoun starts a new sentence.
                let next_is_stop = j + 1 < tokens.len()
                    && matches!(
                        tokens[j + 1],
                        "We" | "They" | "Our" | "This" | "These" | "It" | "The" | "In" | "With"
                    );
                // `Communauté des Amis de l’Informatique`: an elided French article glued to
                // a capitalised word goes on with the name.
                let elided = |t: &str| {
                    ["d’", "d'", "l’", "l'"]
                        .iter()
                        .find_map(|a| t.strip_prefix(a))
                        .is_some_and(&is_cap)
                };
                if j + 1 < tokens.len()
                    && (is_cap(tokens[j + 1]) || elided(tokens[j + 1]))
                    && !tokens[j + 1].starts_with('(')
                    && !next_is_stop
                {
                    j += 1;
                    run.push(tokens[j]);
                } else if let Some(step) = prose_connector(&tokens, j, &run, has_of(&run)) {
                    run.extend_from_slice(&tokens[j + 1..=j + step]);
                    j += step;
                } else {
                    break;
                }
            }
            let last = *run.last().expect("not empty");
            if !ends_clause(last) {
                break;
            }
            // `PrimeBotics, Lda, a private company`: a legal form after the comma is the
            // name's.
            if last.ends_with(',') && tokens.get(j + 1).is_some_and(|t| is_legal_form(t)) {
                // One token from the name's last word to the form, so the comma stays.
                j += 1;
                let (a, b) = (run.pop().expect("not empty"), tokens[j]);
                let start = a.as_ptr() as usize - s.as_ptr() as usize;
                let end = b.as_ptr() as usize - s.as_ptr() as usize + b.len();
                run.push(&s[start..end]);
                break;
            }
            // `Municipalities of Yaguarón, Pilar, and Mariano Roque Alonso`: the places a
            // government is of are names of their own after the comma.
            if !(last.ends_with(',') && has_of(&run)) || super::names::local_governments_of(&run) {
                break;
            }
            // Look ahead: (Cap,)* Cap* [and|&] Cap (`Labor, Employment, Veterans and Social
            // Affairs`).
            let mut k = j + 1;
            while k < tokens.len() && is_cap(tokens[k]) && tokens[k].ends_with(',') && k - j <= 4 {
                k += 1;
            }
            // `Ministry of Posts, Telecommunications and Information Technology`: one or two
            // words of a function before the `and` need no comma of their own.
            let commas = k;
            while k < tokens.len()
                && is_cap(tokens[k])
                && !ends_clause(tokens[k])
                && !tokens[k].starts_with('(')
                && k - commas < 2
                && k - j <= 6
                && crate::countries::lookup(tokens[k]).is_none()
            {
                k += 1;
            }
            // At least one `B,` between: `..., and Serbia` alone is another name.
            // Functions of the body, not other bodies: no acronym (`UNICEF, WHO and ...`)
            // nor head word (`Ministry of Health, Ministry of Education and ...`).
            let functions = |ts: &[&str]| {
                ts.iter().all(|t| {
                    let b = t.trim_matches(|c: char| !c.is_alphanumeric());
                    (!crate::names::is_acronym(b)
                        || crate::names::is_generic_acronym(&crate::names::fold(b)))
                        && !HEADS.contains(&b.to_lowercase().as_str())
                })
            };
            if k > j + 1
                && k + 1 < tokens.len()
                && matches!(tokens[k], "and" | "&" | "y" | "et")
                && is_cap(tokens[k + 1])
                && functions(&tokens[j + 1..=k + 1])
            {
                run.extend_from_slice(&tokens[j + 1..=k + 1]);
                j = k + 1;
                continue;
            }
            break;
        }
        // `Addis Ababa solid waste management agency`, `the BiT fabrication lab`: words in
        // lower case that close the name with the head word of a body are the name's.
        // `Ministry of Economic Development and Poverty reduction`: in an `X of A and B`
        // name, one word in lower case after `B` (not a verb, not a function word) is B's.
        if run.len() >= 4
            && has_of(&run)
            && matches!(run[run.len() - 2], "and" | "&" | "y" | "et")
            && !ends_clause(run.last().expect("run"))
        {
            if let Some(t) = tokens.get(j + 1) {
                let bare = t.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
                if bare.len() > 3
                    && bare.chars().all(char::is_lowercase)
                    && !LOWER_BREAKS.contains(&bare)
                    && !bare.ends_with("ed")
                    && !bare.ends_with('s')
                    && !bare.ends_with("ing")
                    && !bare.ends_with("ly")
                {
                    run.push(t);
                    j += 1;
                }
            }
        }
        // Not after one ordinary word that opens a sentence (`Key government partner`).
        let opener_only = run.len() == 1
            && sentence_start
            && crate::names::classify::is_common_word(&crate::names::fold(run[0]));
        if !ends_clause(run.last().expect("run")) && !opener_only {
            if let Some(n) = lowercase_head_after(&tokens[j + 1..]) {
                run.extend_from_slice(&tokens[j + 1..=j + n]);
                j += n;
            }
        }
        // `Nelson Mandela African Institution for science and technology (NMAIST)`: words
        // in lower case before an acronym that spells the name with them are the name's.
        if !ends_clause(run.last().expect("run")) {
            let fold = |t: &str| crate::names::fold(t.trim_matches(|c: char| !c.is_alphanumeric()));
            let spelled = (1..=5).find(|&n| {
                let (Some(between), Some(acr)) = (tokens.get(j + 1..=j + n), tokens.get(j + n + 1))
                else {
                    return false;
                };
                let inner = acr.trim_matches(|c: char| !c.is_alphanumeric());
                let mut words: Vec<String> = run.iter().map(|t| fold(t)).collect();
                words.extend(between.iter().map(|t| fold(t)));
                between
                    .iter()
                    .all(|t| t.chars().all(|c| c.is_lowercase() || c == '-'))
                    && acr.starts_with('(')
                    && (acr.ends_with(')') || acr.ends_with("),") || acr.ends_with(")."))
                    && crate::names::is_acronym(inner)
                    && crate::names::acronyms::acronym_of_words(&fold(inner), &words)
            });
            if let Some(n) = spelled {
                run.extend_from_slice(&tokens[j + 1..=j + n]);
                j += n;
            }
        }
        // `(ACRONYM)` right after the name.
        if j + 1 < tokens.len()
            && tokens[j + 1].starts_with('(')
            && !ends_clause(run.last().expect("run"))
        {
            let t = tokens[j + 1];
            // Not an enumerator: `(i)`, `(ii)`, `(a)`, `(2)`.
            let inner = t.trim_matches(|c: char| !c.is_alphanumeric());
            let enumerator = inner.len() <= 1
                || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                || inner.chars().all(|c| c.is_ascii_digit());
            if !enumerator && (t.ends_with(')') || t.ends_with("),") || t.ends_with(").")) {
                run.push(t);
                j += 1;
            }
        }
        i = j + 1;
        // `Foreign Trade University on Circular economy`: the capitalised words after an
        // `on` that did not join the name are its topic, not another name.
        if tokens.get(i).is_some_and(|t| *t == "on") {
            i += 1;
            while i < tokens.len() && is_cap(tokens[i]) && !tokens[i].starts_with('(') {
                let end = ends_clause(tokens[i]);
                i += 1;
                if end {
                    break;
                }
            }
        }
        // A comma inside the name stays (`Ministry of Posts, Telecommunications and ...`).
        let last_at = run.len().saturating_sub(1);
        let words: Vec<String> = run
            .iter()
            .enumerate()
            .map(|(at, w)| {
                let inner_comma = at < last_at && w.ends_with(',');
                let t = w.trim_matches(|c: char| {
                    matches!(
                        c,
                        ',' | '.' | ';' | ':' | '"' | '“' | '”' | '‘' | '’' | '\'' | '!' | '?'
                    )
                });
                if inner_comma && !t.is_empty() {
                    format!("{t},")
                } else {
                    t.to_string()
                }
            })
            .collect();
        let mut words: Vec<String> = words.into_iter().filter(|w| !w.is_empty()).collect();
        if let Some(w) = words.first_mut() {
            if w.starts_with('(') && !w.contains(')') {
                w.remove(0);
            }
        }
        if let Some(w) = words.last_mut() {
            let t = w.trim_end_matches(['-', '–', '—']).len();
            w.truncate(t);
        }
        // `IT Park`: an acronym before a word in lower case is not the function word.
        let acronym_word = |words: &[String]| {
            words.len() >= 2
                && words[0].len() >= 2
                && words[0].chars().all(|c| c.is_ascii_uppercase())
                && words[1].chars().any(char::is_lowercase)
        };
        // `the YES Abroad Program`: a stop word in capitals inside a sentence is an acronym
        // opening the name.
        let capital_word = |words: &[String]| {
            !sentence_start
                && words.len() >= 2
                && words[0].len() >= 2
                && words[0].chars().all(|c| c.is_ascii_uppercase())
        };
        while words
            .first()
            .is_some_and(|w| STOP.contains(&w.to_lowercase().as_str()))
            && !acronym_word(&words)
            && !capital_word(&words)
        {
            words.remove(0);
        }
        while words
            .last()
            .is_some_and(|w| CONNECT.contains(&w.to_lowercase().as_str()))
        {
            words.pop();
        }
        if words.is_empty() {
            continue;
        }
        let single = words.len() == 1;
        let w0 = &words[0];
        // `UNICEF`, `CodeLab`, `500RPM`: a single word names someone only when it has
        // two capitals (or digits); `Science` alone is a word, not an organisation.
        let acronym = w0
            .chars()
            .filter(|c| c.is_uppercase() || c.is_ascii_digit())
            .count()
            >= 2;
        let listed = between_commas
            && w0.len() >= 4
            && !crate::names::classify::is_common_word(&crate::names::fold(w0));
        if single
            && (SINGLE_STOP.contains(&w0.to_lowercase().as_str())
                || crate::names::classify::is_month(&w0.to_lowercase())
                || !(acronym || listed)
                || sentence_start && w0.len() < 2)
        {
            continue;
        }
        // A country, unless it is an acronym spelled out as a body next to it (`STP
        // (Secretariat for Planning)` in Paraguay is not São Tomé and Príncipe).
        let spelled_as_body = acronym
            && tokens.get(i).is_some_and(|t| t.starts_with('('))
            && tokens[i..]
                .iter()
                .take(6)
                .scan(false, |closed, t| {
                    let keep = !*closed;
                    *closed = t.contains(')');
                    keep.then_some(*t)
                })
                .any(|t| {
                    let b = t
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    HEADS.contains(&b.as_str()) || BODY_OPENERS.contains(&b.as_str())
                });
        if crate::countries::lookup(&words.join(" ")).is_some() && !spelled_as_body {
            continue;
        }
        // `the NDS process`, `the ORID dialogues`: an acronym that names a process, a method
        // or a document, by the common noun after it.
        let thing_follows = tokens.get(i).is_some_and(|t| {
            matches!(
                t.trim_matches(|c: char| !c.is_alphanumeric()),
                "process"
                    | "program"
                    | "programme"
                    | "programs"
                    | "project"
                    | "projects"
                    | "colleague"
                    | "colleagues"
                    | "initiative"
                    | "scheme"
                    | "portal"
                    | "website"
                    | "app"
                    | "processes"
                    | "dialogue"
                    | "dialogues"
                    | "methodology"
                    | "method"
                    | "approach"
                    | "framework"
                    | "strategy"
                    | "model"
                    | "survey"
                    | "tool"
                    | "index"
                    | "report"
                    | "plan"
                    | "law"
                    | "policy"
                    | "workshop"
                    | "workshops"
                    | "sessions"
                    | "session"
                    | "campaign"
                    | "challenge"
                    | "data"
                    | "system"
                    // `UX professionals`, `IT companies`: an acronym for a field before
                    // the people or firms working in it.
                    | "professionals"
                    | "experts"
                    | "specialists"
                    | "practitioners"
                    | "developers"
                    | "designers"
                    | "companies"
                    | "firms"
                    | "startups"
            )
        });
        if single && thing_follows {
            continue;
        }
        // Capitalised things that are not organisations: plans, events, documents.
        const NOT_ORGS: &[&str] = &[
            "strategy",
            "plan",
            "day",
            "week",
            "summit",
            "conference",
            "forum",
            "report",
            "agenda",
            "framework",
            "law",
            "policy",
            "act",
            "index",
            "survey",
            "workshop",
            "hackathon",
            "bootcamp",
            "goals",
            "sdgs",
            "elements",
            "intelligence",
            "method",
            "methods",
            "approach",
            "model",
        ];
        if words
            .last()
            .is_some_and(|w| NOT_ORGS.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        let generic = |w: &String| {
            let l = w.to_lowercase();
            STOP.contains(&l.as_str())
                || SINGLE_STOP.contains(&l.as_str())
                || crate::names::classify::is_month(&l)
                || CONNECT.contains(&l.as_str())
        };
        if words.iter().all(generic) {
            continue;
        }
        let name = words.join(" ");
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

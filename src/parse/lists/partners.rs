//! Partner answers split into names: lines, numbering, `;`, sentences without their
//! subject, a vague group and its members or examples, each piece kept with its line.
//! The pieces are cleaned by [`super::pieces`] and split into names by [`super::names`].

use super::*;

/// A partner name found in an answer, with the description given beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePiece {
    pub name: String,
    pub acronym: Option<String>,
    pub description: Option<String>,
    /// 0-based line within the answer.
    pub line: usize,
    /// Found by picking names out of prose rather than from a list.
    pub from_prose: bool,
    /// A web address written with the name, taken out of it.
    pub homepage: Option<String>,
    /// A piece the splitter took out of a name or found to name no one (`(TBC)`, `For the
    /// time being`, a kind label before the name it introduces): not a partner, reported
    /// with this reason.
    pub dropped: Option<&'static str>,
}

impl NamePiece {
    /// A piece that names no partner, kept with the reason it was dropped.
    pub(super) fn dropped(
        text: String,
        line: usize,
        from_prose: bool,
        reason: &'static str,
    ) -> Self {
        NamePiece {
            name: text,
            acronym: None,
            description: None,
            line,
            from_prose,
            homepage: None,
            dropped: Some(reason),
        }
    }
}

/// Head/description separators: `Name - what we did`, `Name: what we did`, `Name– ...`.
pub(super) static HEAD_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:\s[-–—]|[–—:]|-)\s+").expect("valid regex"));

/// Longest list item still read as a list of names rather than prose.
pub(super) const MAX_NAME_WORDS: usize = 14;

/// Splits a partner answer into names.
pub fn split_partner_names(answer: &str) -> Vec<NamePiece> {
    if is_nil(answer) {
        return Vec::new();
    }
    let answer = &*tight_parens(answer);
    let mut out = Vec::new();
    // `CMP - Camara Municipal da Praia. Ministry of Health. NOSI - State entity ...`: each
    // sentence of an item is read on its own (a list written as sentences).
    let pieces = join_wrapped(split_lines(answer, true))
        .into_iter()
        .flat_map(|p| {
            let sentences = split_sentences(&p.text);
            // Only when every sentence opens with a short name (before any dash or colon):
            // prose keeps its sentences together, for the prose reader.
            let names_list =
                sentences.len() > 1 && sentences.iter().all(|t| opens_with_short_name(t));
            if let Some(names) = ranked_entries(&p.text)
                .or_else(|| headed_paragraphs(&p.text))
                .or_else(|| dash_list(&p.text))
                .or_else(|| dashed_entries(&p.text))
            {
                return names
                    .into_iter()
                    .map(|t| Piece {
                        text: t,
                        line: p.line,
                    })
                    .collect();
            }
            if names_list {
                sentences
                    .into_iter()
                    .map(|t| Piece {
                        text: t.trim().to_string(),
                        line: p.line,
                    })
                    .collect::<Vec<_>>()
            } else {
                vec![p]
            }
        })
        .collect::<Vec<_>>();
    for piece in pieces {
        if is_nil(&piece.text) {
            continue;
        }
        // `Internal partners (Joint Office):`, `UN agencies:` on a line of their own: a
        // heading over the names that follow, not a partner; the names it gives in
        // parentheses are.
        let short_heading = |t: &str| {
            let main = strip_trailing_parens(t);
            main.split_whitespace().count() <= 5
                && !main.contains([',', ';'])
                && !main.contains(" and ")
        };
        if piece.text.trim_end().ends_with(':') && short_heading(&clean_name(&piece.text)) {
            let name = clean_name(&piece.text);
            let heading = |text: String| NamePiece::dropped(text, piece.line, false, "heading");
            if let Some((group, members)) = group_and_members(&name) {
                out.push(heading(group));
                for m in members {
                    push_name(&mut out, &m, None, piece.line, false);
                }
                continue;
            }
            if crate::names::classify(&name) == crate::names::MentionKind::Collective {
                out.push(heading(name));
                continue;
            }
        }
        // `Prime Botics, Private sector (Training drone pilots ...)`: the name, the sector
        // the form asks for, what was done; `IEPS, Government (Solidarity and Popular
        // Economy Institute)`: the name in full in the parentheses is another mention.
        if let Some((name, gloss, rest)) = name_then_sector(&piece.text) {
            let description = Some(rest.to_string()).filter(|r| !r.is_empty());
            push_name(&mut out, name, description.clone(), piece.line, false);
            if let Some(g) = gloss {
                push_name(&mut out, g, description, piece.line, false);
            }
            continue;
        }
        let text = without_colon_after_marker(&piece.text);
        let (head, tail) = head_and_tail(without_opening_verb(&text));
        // `Government: Through government agencies (ANAT, DPC etc.) and some ministries, we
        // ...`: the sector the form asks for, then the answer, read on its own.
        if let Some(t) = tail.filter(|_| is_sector_label(head)) {
            for mut n in split_partner_names(t) {
                n.line += piece.line;
                out.push(n);
            }
            continue;
        }
        // `Winners of the challenge: three private individuals/companies (Riversdale Dairy,
        // ...) + GEF SGP and Institute of Marine Affairs`: a label before a colon that names
        // no one body, then two names or more: they are partners too (the label is read as
        // it would be without them).
        let after_colon = text
            .trim_start()
            .get(head.len()..)
            .is_some_and(|r| r.trim_start().starts_with(':'));
        // `Here the second group: (2) civil society organisations ... (People Powered,
        // reAcc!on, ...)`: a heading before a colon, then the answer, read on its own.
        if let Some(t) = tail.filter(|_| after_colon) {
            let head_kind = crate::names::classify(head);
            if head_kind == crate::names::MentionKind::NotOrganisation("heading") {
                out.push(NamePiece::dropped(
                    head.to_string(),
                    piece.line,
                    false,
                    "heading",
                ));
                for mut n in split_partner_names(t) {
                    n.line += piece.line;
                    out.push(n);
                }
                continue;
            }
            if head_kind != crate::names::MentionKind::Organisation {
                let listed: Vec<NamePiece> = split_partner_names(t)
                    .into_iter()
                    .filter(|n| n.dropped.is_none())
                    .collect();
                let named = |n: &NamePiece| {
                    n.name
                        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        && crate::names::classify(&n.name)
                            == crate::names::MentionKind::Organisation
                };
                // Names of bodies, not people or places: each shows a sign of a body, and
                // none opens with an activity (`Connecting to ...`).
                let signalled = listed
                    .iter()
                    .filter(|n| {
                        crate::names::classify::has_organisation_signal(&n.name)
                            || introduced_as_body(t, &n.name)
                    })
                    .count();
                let activity = |n: &NamePiece| {
                    n.name
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.len() > 5 && w.ends_with("ing"))
                };
                if listed.len() >= 2
                    && signalled == listed.len()
                    && listed.iter().all(|n| named(n) && !activity(n))
                {
                    for mut n in listed {
                        n.line += piece.line;
                        out.push(n);
                    }
                }
            }
        }
        let head = without_trailing_clause(head);
        // `MAT - Ministry of Territory Administration`, `FRIM- Forest Research Institute
        // Malaysia`: an acronym first and its name after the dash is one name.
        let spelled = tail.and_then(|t| acronym_spelled_after(head, t));
        let (head, tail) = match &spelled {
            Some((name, rest)) => (name.as_str(), *rest),
            None => (head, tail),
        };
        // `Local Municipality - City of Tshwane`: a kind of body, then the body it is.
        let (head, tail) = match tail {
            Some(t) if names_the_kind(head, t) => (t, Some(head)),
            _ => (head, tail),
        };
        let head_words = head.split_whitespace().count();
        if !is_sentence(head) && (head_words <= MAX_NAME_WORDS || has_list_separators(head)) {
            let names = describe_lowercase_pieces(split_name_list(head));
            let list_like = names
                .iter()
                .all(|(n, _)| n.split_whitespace().count() <= MAX_NAME_WORDS);
            if list_like {
                let description = tail.map(str::to_string);
                for (name, desc) in names {
                    push_name(
                        &mut out,
                        &name,
                        desc.or_else(|| description.clone()),
                        piece.line,
                        false,
                    );
                }
                continue;
            }
        }
        // `Le Bureau d’Analyse et d’Investigation (BAI) de la présidence ; Il pourra y en
        // avoir d’autres ...`: a list at semicolons with a sentence among its items; each
        // item is read on its own.
        if tail.is_none() {
            let items: Vec<&str> = split_outside_parens(&piece.text, &[';'])
                .into_iter()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect();
            // A list of names: the first item and most of them read as names, not
            // sentences (`... we are supporting in: Providing expertise; Connecting to ...`
            // is prose).
            let name_like =
                |t: &&str| reads_as_name(t) && t.starts_with(|c: char| c.is_uppercase());
            let names = items.iter().filter(|t| name_like(t)).count();
            if items.len() >= 2 && items.first().is_some_and(name_like) && names * 2 >= items.len()
            {
                for item in items {
                    for mut n in split_partner_names(item) {
                        n.line += piece.line;
                        out.push(n);
                    }
                }
                continue;
            }
        }
        // Prose: pick the organisation names out of it.
        for name in names_in_prose(&piece.text) {
            push_name(&mut out, &name, Some(piece.text.clone()), piece.line, true);
        }
    }
    out
}

/// `FAO to see potential areas of collaboration`, `Yala Rajabhat University in exploring
/// waste management solutions`: a clause after a capitalised name (`to` and a word in lower
/// case, `in` or `for` and a verb in -ing) is the sentence's; not after a sentence
/// (`Educational businesses, who can promote BalaTech to their learning networks`).
pub(super) fn without_trailing_clause(s: &str) -> &str {
    let tokens: Vec<&str> = s.split(' ').collect();
    let at = (1..tokens.len().saturating_sub(1)).find(|&k| {
        let next = tokens[k + 1];
        let clause = match tokens[k] {
            // `Hostalite Uganda Limited to Co-design the ... Platform`: after a legal form,
            // or before a `co-` verb, `to` opens the clause whatever its case.
            "to" => {
                (next.starts_with(char::is_lowercase) && next != "the")
                    || super::names::is_legal_form(tokens[k - 1])
                    || next.to_lowercase().starts_with("co-")
            }
            "in" | "for" => {
                next.len() > 5 && next.ends_with("ing") && next.chars().all(char::is_lowercase)
            }
            _ => false,
        };
        // Only after a name: capitalised words and the connectors inside names.
        clause
            && tokens[k - 1].starts_with(char::is_uppercase)
            && tokens[..k].iter().all(|t| {
                !t.contains(['(', ',', '.', ';', ':'])
                    && (t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        || matches!(
                            *t,
                            "of" | "and" | "&" | "for" | "the" | "de" | "del" | "la" | "y" | "et"
                        ))
            })
    });
    match at {
        Some(k) => {
            let end = tokens[..k].iter().map(|t| t.len() + 1).sum::<usize>() - 1;
            &s[..end]
        }
        None => s,
    }
}

/// `Met with UNEP and FAO`, `Collaborated with Inclusive and Democratic Governance
/// portfolio`: a line written as a sentence without its subject, without its verb.
pub(super) fn without_opening_verb(s: &str) -> &str {
    for (verb, with) in [
        ("Met", " with "),
        ("Worked", " with "),
        ("Working", " with "),
        ("Collaborated", " with "),
        ("Collaborating", " with "),
        ("Partnered", " with "),
        ("Partnering", " with "),
        ("Engaged", " with "),
        ("Engaging", " with "),
        ("Cooperated", " with "),
        ("Consulted", " with "),
        // `Travailler avec des innovateurs individuels`, `Trabajar con ...`.
        ("Travailler", " avec "),
        ("Collaborer", " avec "),
        ("Trabajar", " con "),
        ("Colaborar", " con "),
        ("Trabalhar", " com "),
    ] {
        if let Some(rest) = s
            .strip_prefix(verb)
            .and_then(|r| r.strip_prefix(with))
            .filter(|r| r.starts_with(|c: char| c.is_alphabetic()))
        {
            return rest;
        }
    }
    s
}

pub(super) fn push_name(
    out: &mut Vec<NamePiece>,
    raw: &str,
    description: Option<String>,
    line: usize,
    from_prose: bool,
) {
    let (raw, homepage) = take_url(raw);
    let drop = |out: &mut Vec<NamePiece>, text: String, reason: &'static str| {
        out.push(NamePiece::dropped(text, line, from_prose, reason));
    };
    for piece in split_sentences(&raw) {
        for part in split_glued(&piece) {
            let part = quoted_name(&part).unwrap_or(part);
            let part = strip_kind_label(&part);
            // `gouverneure Faso Civic`: a person's office in lower case before a name is not
            // the name's (the lines lost the comma between them).
            let part = match part.split_once(' ') {
                Some((role, rest))
                    if role.chars().all(char::is_lowercase)
                        && crate::names::classify::is_role_word(&crate::names::fold(role))
                        && rest.starts_with(char::is_uppercase) =>
                {
                    drop(out, role.to_string(), "role");
                    rest.to_string()
                }
                _ => part,
            };
            let (part, hedges) = take_hedges(&part);
            for (text, reason) in hedges {
                drop(out, text, reason);
            }
            // `the YES Abroad Program` picked out of a sentence: `YES` opens the name, it
            // is not the answer to a yes/no question.
            let name = match part.strip_prefix("YES ") {
                Some(rest) if from_prose && rest.starts_with(char::is_uppercase) => {
                    format!("YES {}", clean_name(rest))
                }
                _ => clean_name(&part),
            };
            // `Research centers such as ULPGL`, `Incubators like Womwork and Banks like
            // Elsalam Bank`: a kind of actor, then the bodies given as examples of it.
            if let Some((group, examples)) = group_and_examples(&name) {
                push_name(out, group, description.clone(), line, from_prose);
                // `Womwork and Banks like ...`: an `and` before another group of examples.
                let next_group = EXAMPLE_MARKERS
                    .iter()
                    .filter_map(|m| examples.find(m))
                    .min()
                    .and_then(|at| examples[..at].rfind(" and "));
                let (these, others) = match next_group {
                    Some(and) => (&examples[..and], Some(&examples[and + 5..])),
                    None => (examples, None),
                };
                for m in split_name_list(these)
                    .into_iter()
                    .chain(others.map(String::from))
                {
                    push_name(out, &m, description.clone(), line, from_prose);
                }
                continue;
            }
            // `private sector (Roche)`, `UN agency (Unicef and UNFPA)`: a vague group and the
            // bodies it stands for, each a mention.
            if let Some((group, members)) = group_and_members(&name) {
                push_name(out, &group, description.clone(), line, from_prose);
                for m in members {
                    push_name(out, &m, description.clone(), line, from_prose);
                }
                continue;
            }
            if name.chars().filter(|c| c.is_alphanumeric()).count() < 2
                || is_nil(&name)
                || is_filler(&name)
            {
                continue;
            }
            // `Spices Board India (Government)`, `NEC Corporation (Private Sector)`: the
            // sector the form asks for, written after the name, is not part of it.
            let name = match name.rsplit_once('(') {
                Some((main, inner))
                    if !main.trim().is_empty()
                        && inner
                            .strip_suffix(')')
                            .is_some_and(|i| !i.contains('(') && is_sector_label(i)) =>
                {
                    main.trim().to_string()
                }
                _ => name,
            };
            let acronym = acronym_of(&name);
            out.push(NamePiece {
                name,
                acronym,
                description: description.clone(),
                line,
                from_prose,
                homepage: homepage.clone(),
                dropped: None,
            });
        }
    }
}

/// Words that introduce examples of a kind of actor: `Research centers such as ULPGL`.
pub(super) const EXAMPLE_MARKERS: &[&str] = &[
    " such as ",
    " like ",
    " including ",
    " e.g. ",
    " e.g., ",
    " namely ",
    " notably ",
    " especially ",
    " tels que ",
    " comme ",
    " como ",
    " tales como ",
];

/// `Private incubators such as: SMART LINK, INCUB IVOIRE`: a colon after a word that
/// introduces examples introduces them too; it does not end the name before a description.
pub(super) fn without_colon_after_marker(s: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(s);
    for m in EXAMPLE_MARKERS {
        let with_colon = format!("{}:", m.trim_end());
        if out.contains(&with_colon) {
            out = std::borrow::Cow::Owned(out.replace(&with_colon, m.trim_end()));
        }
    }
    out
}

/// `Solution carriers such as Briquette du Kivu` -> (`Solution carriers`, `Briquette du
/// Kivu`): a vague group (a collective, or a capitalised word and plural nouns in lower
/// case), a word that introduces examples, and capitalised names.
pub(super) fn group_and_examples(name: &str) -> Option<(&str, &str)> {
    let (at, marker) = EXAMPLE_MARKERS
        .iter()
        .filter_map(|m| name.find(m).map(|at| (at, *m)))
        .min_by_key(|(at, _)| *at)?;
    let (group, examples) = (name[..at].trim(), name[at + marker.len()..].trim());
    if !examples.starts_with(char::is_uppercase) || name[..at].contains('(') {
        return None;
    }
    let words: Vec<&str> = group.split_whitespace().collect();
    let plural_kind = words.len() >= 2
        && words[1..]
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| w.ends_with('s'));
    let collective = crate::names::classify(group) == crate::names::MentionKind::Collective;
    (collective || plural_kind).then_some((group, examples))
}

/// `Innovation hubs (Shaqdoon, Harhub, T-hub)` -> the group and its members: a vague group
/// followed by the names of the bodies it stands for, in parentheses or brackets, when at
/// least one of them shows it names a body (a head word, an acronym, inner capitals) or
/// the only one is a proper name (`private sector (Roche)`). Not a gloss of the group
/// (`local health councils (Consejos de Salud)`) nor a list of what it does
/// (`Small businesses (Recycling and Reforestation)`, `(church leaders, educators)`).
pub(super) fn group_and_members(name: &str) -> Option<(String, Vec<String>)> {
    let t = name.trim_end();
    let close = t.chars().last()?;
    let open_char = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let open = t.rfind(open_char)?;
    let group = t[..open].trim();
    if group.is_empty()
        || paren_depth(group) > 0
        || crate::names::classify(group) != crate::names::MentionKind::Collective
    {
        return None;
    }
    let mut inner = t[open + open_char.len_utf8()..t.len() - 1].trim();
    for p in [
        "e.g.",
        "e.g",
        "eg.",
        "i.e.",
        "including",
        "such as",
        "like",
        "namely",
        "this include",
        "this includes",
        "these include",
        "incl.",
        "ex.",
        "ex:",
    ] {
        if inner.to_lowercase().starts_with(p) {
            inner = inner[p.len()..].trim_start_matches([',', ':', ' ']);
        }
    }
    let inner = inner
        .trim_end_matches(['…', '.', ' '])
        .trim_end_matches("etc");
    let members: Vec<String> = split_name_list(inner)
        .into_iter()
        .map(|m| clean_name(&m))
        .filter(|m| m.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
        .collect();
    let starts_cap = |m: &str| m.chars().next().is_some_and(char::is_uppercase);
    let signal = members
        .iter()
        .any(|m| starts_cap(m) && crate::names::classify::has_organisation_signal(m));
    let proper_one = members.len() == 1
        && starts_cap(&members[0])
        && crate::names::classify(&members[0]) == crate::names::MentionKind::Organisation
        && !members[0]
            .split_whitespace()
            .any(|w| crate::names::classify::is_common_word(&crate::names::fold(w)));
    // A gloss: its head is a plural (`Consejos de Salud`), as the group's is.
    let plural_head = |m: &str| {
        let head = m.split_whitespace().next().unwrap_or("");
        head.len() > 3 && head.ends_with('s') && !crate::names::is_acronym(head)
    };
    let gloss = members.len() == 1 && plural_head(&members[0]);
    // `Ministry Departments and Agencies (MDA)`: the group's own acronym, not a member.
    let own_acronym = members.len() == 1 && crate::names::is_acronym(&members[0]) && {
        let words: Vec<String> = crate::names::fold(group)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let a = crate::names::fold(&members[0]).replace(' ', "");
        crate::names::acronyms::acronym_of_words(a.trim_end_matches('s'), &words)
    };
    if own_acronym {
        return None;
    }
    // `Subnational Governments (Intendencias de Montevideo, Canelones and Treinta y Tres)`:
    // two or more capitalised members, each with a word of its own.
    let proper_all = members.len() >= 2
        && members.iter().all(|m| {
            starts_cap(m)
                && m.split_whitespace().any(|w| {
                    !crate::names::classify::is_common_word(&crate::names::fold(
                        w.trim_matches(|c: char| !c.is_alphanumeric()),
                    ))
                })
        });
    if members.is_empty() || gloss || !(signal || proper_one || proper_all) {
        return None;
    }
    Some((group.to_string(), members))
}

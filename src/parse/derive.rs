//! Derived structure: partners, key insights, learning questions, stages, handover
//! outcomes, links, images and acronym definitions, read from the question/answer records of a parsed plan.
//!
//! It only adds: the records themselves stay as they are in `Plan::sections`. It never
//! guesses a value the plan does not hold (a partner's sector is known only from the
//! 2021-22 per-sector questions or a non-empty sector answer).

use crate::model::{
    AcronymDefinition, Derived, DroppedMention, Insight, LearningQuestion, Located, Partner, Plan,
    QuestionKind, Sector, Stage,
};

use super::lists::{self, split_items, split_partner_names};
use super::text;
use crate::names::MentionKind;

pub fn derive(plan: &Plan) -> Derived {
    let mut d = Derived::default();
    partners(plan, &mut d);
    for item in plan.items() {
        match item.kind {
            Some(QuestionKind::KeyInsights) if !item.answer.is_empty() => {
                for p in split_items(&item.answer) {
                    let order = d.insights.len() + 1;
                    d.insights.push(Insight {
                        text: p.text,
                        order,
                        line: item.answer_line + p.line,
                    });
                }
            }
            Some(QuestionKind::Handover) if !item.answer.is_empty() => {
                for p in split_items(&item.answer) {
                    if !lists::is_nil(&p.text) {
                        d.handover_outcomes.push(Located {
                            value: p.text,
                            line: item.answer_line + p.line,
                        });
                    }
                }
            }
            _ => {}
        }
        if item.answer.contains('(') {
            for (i, line) in item.answer.lines().enumerate() {
                for def in crate::names::definitions(line) {
                    let value = AcronymDefinition {
                        acronym: def.acronym,
                        name: def.name,
                    };
                    if !d.acronyms.iter().any(|x| x.value == value) {
                        d.acronyms.push(Located {
                            value,
                            line: item.answer_line + i,
                        });
                    }
                }
            }
        }
        if !item.answer.contains("http") {
            continue;
        }
        for (i, line) in item.answer.lines().enumerate() {
            let at = item.answer_line + i;
            for url in text::images(line) {
                if !d.images.iter().any(|x| x.value == url) {
                    d.images.push(Located {
                        value: url,
                        line: at,
                    });
                }
            }
            for url in text::links(line) {
                if !d.links.iter().any(|x| x.value == url) {
                    d.links.push(Located {
                        value: url,
                        line: at,
                    });
                }
            }
        }
    }
    learning_questions(plan, &mut d);
    acronyms_of_groups(&mut d);
    d
}

/// `Ministry Departments and Agencies (MDA)` as one partner, `MDA` alone as another: an
/// acronym that the plan gives to a vague group is that group, so the mention is collective
/// too.
fn acronyms_of_groups(d: &mut Derived) {
    let groups: Vec<String> = d
        .partners
        .iter()
        .filter(|p| p.collective)
        .filter_map(|p| p.acronym.as_deref().map(crate::names::key))
        .collect();
    if groups.is_empty() {
        return;
    }
    for p in d.partners.iter_mut().filter(|p| !p.collective) {
        if crate::names::is_acronym(p.name.trim()) && groups.contains(&crate::names::key(&p.name)) {
            p.collective = true;
        }
    }
}

fn learning_questions(plan: &Plan, d: &mut Derived) {
    let mention = |stage: Stage, line: usize, d: &mut Derived| {
        if !d.stages.iter().any(|s| s.value == stage) {
            d.stages.push(Located { value: stage, line });
        }
    };
    for section in &plan.sections {
        let mut current: Option<usize> = None;
        for item in &section.items {
            match item.kind {
                Some(QuestionKind::LearningQuestion) if !item.answer.is_empty() => {
                    d.learning_questions.push(LearningQuestion {
                        text: item.answer.clone(),
                        line: item.answer_line,
                        stages: Vec::new(),
                    });
                    current = Some(d.learning_questions.len() - 1);
                }
                Some(QuestionKind::LearningStages) => {
                    for p in split_items(&item.answer) {
                        if let Some(stage) = Stage::from_label(&p.text) {
                            mention(stage, item.answer_line + p.line, d);
                            if let Some(q) = current {
                                let stages = &mut d.learning_questions[q].stages;
                                if !stages.contains(&stage) {
                                    stages.push(stage);
                                }
                            }
                        }
                    }
                }
                Some(QuestionKind::StageTime) if !item.answer.is_empty() => {
                    // The report form's time-per-stage groups: `> Sense` + a share.
                    if let Some(stage) = Stage::from_label(&item.question) {
                        mention(stage, item.line, d);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Where a partner name was found: the answer's first line and group, the sector its
/// question or answer states, and the description given for the whole answer.
struct Origin {
    line: usize,
    group: Option<usize>,
    sector: Option<Sector>,
    sector_text: Option<String>,
    description: Option<String>,
}

/// A partner kept from a name of an answer.
fn push_partner(d: &mut Derived, n: lists::NamePiece, collective: bool, at: &Origin) {
    let order = d.partners.len() + 1;
    d.partners.push(Partner {
        normalized: text::normalize_label(&n.name),
        name: n.name,
        acronym: n.acronym,
        sector: at.sector,
        sector_text: at.sector_text.clone(),
        description: n.description.or_else(|| at.description.clone()),
        order,
        line: at.line + n.line,
        group: at.group,
        from_prose: n.from_prose,
        collective,
        homepage: n.homepage,
    });
}

/// Where the names of a per-sector or new-and-unusual answer were found.
fn origin_of(item: &crate::model::Item, sector: Option<Sector>) -> Origin {
    Origin {
        line: item.answer_line,
        group: item.group,
        sector,
        sector_text: None,
        description: None,
    }
}

/// Whether a name of the new-and-unusual answer is a partner the plan's answers above
/// already named: the same label, the acronym of one, or words all of one name above
/// (`Doinc` after `Doinc Company`: the answer refers to the answers above).
fn restates_a_partner(d: &Derived, n: &lists::NamePiece) -> bool {
    let label = text::normalize_label(&n.name);
    let key = crate::names::key(&n.name);
    let words: Vec<&str> = key.split_whitespace().collect();
    d.partners.iter().any(|p| {
        let above = crate::names::key(&p.name);
        p.normalized == label
            || above == key
            || (!words.is_empty()
                && words
                    .iter()
                    .all(|w| above.split_whitespace().any(|a| a == *w)))
            || p.acronym
                .as_deref()
                .is_some_and(|a| a == n.name || n.acronym.as_deref() == Some(a))
    })
}

/// UNDP, its country office or lab: the body a new-and-unusual answer measures against.
fn is_the_reference_body(name: &str) -> bool {
    let key = crate::names::key(name);
    let rest = key.strip_prefix("undp").map(str::trim);
    crate::names::tables::organisation_by_key(&key).is_some_and(|o| o.id == "undp")
        || rest.is_some_and(|r| {
            r.split_whitespace().all(|w| {
                matches!(
                    w,
                    "co" | "country" | "office" | "lab" | "accelerator" | "team"
                )
            })
        })
}

/// Sector named in a sector answer, when the export kept one (it usually dropped it).
fn sector_from_text(s: &str) -> Option<Sector> {
    let n = s.to_lowercase();
    if n.contains("government")
        || n.contains("public sector")
        || n.contains("gouvernement")
        || n.contains("gobierno")
    {
        Some(Sector::Government)
    } else if n.contains("civil society")
        || n.contains("ngo")
        || n.contains("société civile")
        || n.contains("sociedad civil")
    {
        Some(Sector::CivilSociety)
    } else if n.contains("private") || n.contains("privé") || n.contains("privado") {
        Some(Sector::PrivateSector)
    } else if n.contains("academ") || n.contains("universit") {
        Some(Sector::Academic)
    } else if n.contains("un ")
        || n.starts_with("un") && n.len() <= 12
        || n.contains("united nations")
    {
        Some(Sector::UnInternal)
    } else {
        None
    }
}

fn partners(plan: &Plan, d: &mut Derived) {
    // A partner group set: name, then sector/description/new-and-unusual blocks that follow
    // it, until the next name.
    struct Pending {
        names: Vec<lists::NamePiece>,
        answer: String,
        line: usize,
        group: Option<usize>,
        sector_text: Option<String>,
        description: Option<String>,
    }
    fn emit(p: Pending, d: &mut Derived) {
        let at = Origin {
            line: p.line,
            group: p.group,
            sector: p.sector_text.as_deref().and_then(sector_from_text),
            sector_text: p.sector_text.clone(),
            description: p.description.clone(),
        };
        for n in p.names {
            let Some(collective) = keep(&n, p.line + n.line, &p.answer, d) else {
                continue;
            };
            push_partner(d, n, collective, &at);
        }
    }
    /// Whether a name is kept as a partner (`Some(collective)`), or dropped with its reason.
    fn keep(n: &lists::NamePiece, line: usize, answer: &str, d: &mut Derived) -> Option<bool> {
        if let Some(reason) = n.dropped {
            d.dropped_partners.push(DroppedMention {
                text: n.name.clone(),
                reason: reason.to_string(),
                line,
            });
            return None;
        }
        // `a GAAP analysis`: an acronym picked out of prose that only qualifies a method.
        if n.from_prose && lists::acronym_as_modifier(answer, &n.name) {
            d.dropped_partners.push(DroppedMention {
                text: n.name.clone(),
                reason: "topic".to_string(),
                line,
            });
            return None;
        }
        match crate::names::classify(&n.name) {
            // Picked out of prose: a name must show it names a body.
            MentionKind::Organisation
                if n.from_prose
                    && !crate::names::classify::has_organisation_signal(&n.name)
                    && !lists::introduced_as_body(answer, &n.name) =>
            {
                d.dropped_partners.push(DroppedMention {
                    text: n.name.clone(),
                    reason: "prose-no-organisation-word".to_string(),
                    line,
                });
                None
            }
            MentionKind::Organisation => Some(false),
            MentionKind::Collective => Some(true),
            MentionKind::NotOrganisation(reason) => {
                d.dropped_partners.push(DroppedMention {
                    text: n.name.clone(),
                    reason: reason.to_string(),
                    line,
                });
                None
            }
        }
    }
    let mut pending: Option<Pending> = None;
    for item in plan.items() {
        match item.kind {
            Some(QuestionKind::PartnerName) => {
                if let Some(p) = pending.take() {
                    emit(p, d);
                }
                pending = Some(Pending {
                    names: split_partner_names(&item.answer),
                    answer: item.answer.clone(),
                    line: item.answer_line,
                    group: item.group,
                    sector_text: None,
                    description: None,
                });
            }
            Some(QuestionKind::PartnerSector) if !item.answer.is_empty() => {
                if let Some(p) = &mut pending {
                    p.sector_text = Some(item.answer.clone());
                }
            }
            Some(QuestionKind::PartnerDescription) if !item.answer.is_empty() => {
                if let Some(p) = &mut pending {
                    p.description = Some(item.answer.clone());
                }
            }
            Some(QuestionKind::SectorPartners(sector)) if !item.answer.is_empty() => {
                if let Some(p) = pending.take() {
                    emit(p, d);
                }
                for n in split_partner_names(&item.answer) {
                    let Some(collective) = keep(&n, item.answer_line + n.line, &item.answer, d)
                    else {
                        continue;
                    };
                    push_partner(d, n, collective, &origin_of(item, Some(sector)));
                }
            }
            // `Relating to your answers above: who of the partners were new and unusual for
            // UNDP?`: mostly the partners above named again (not new mentions), sometimes
            // one the answers above left out (`Cab Demeso and Translait`), which is kept.
            // UNDP itself is what the question measures against (`new for UNDP`), not a
            // partner of it.
            Some(QuestionKind::NewUnusualPartners) if !item.answer.is_empty() => {
                if let Some(p) = pending.take() {
                    emit(p, d);
                }
                for n in split_partner_names(&item.answer) {
                    // Names picked out of the answer's prose (`KOMPRA was new for UNDP`,
                    // `the CSR component`) are mostly the partners above or no body at all;
                    // only a list of names is read.
                    if n.from_prose || restates_a_partner(d, &n) {
                        continue;
                    }
                    if n.dropped.is_none() && is_the_reference_body(&n.name) {
                        d.dropped_partners.push(DroppedMention {
                            text: n.name.clone(),
                            reason: "reference-body".to_string(),
                            line: item.answer_line + n.line,
                        });
                        continue;
                    }
                    let Some(collective) = keep(&n, item.answer_line + n.line, &item.answer, d)
                    else {
                        continue;
                    };
                    push_partner(d, n, collective, &origin_of(item, None));
                }
            }
            // Partners listed straight under the partners question, without groups.
            Some(QuestionKind::TopPartners | QuestionKind::ActualPartners)
                if !item.answer.is_empty() && item.group.is_none() && !item.question.is_empty() =>
            {
                if let Some(p) = pending.take() {
                    emit(p, d);
                }
                emit(
                    Pending {
                        names: split_partner_names(&item.answer),
                        answer: item.answer.clone(),
                        line: item.answer_line,
                        group: None,
                        sector_text: None,
                        description: None,
                    },
                    d,
                );
            }
            _ => {}
        }
    }
    if let Some(p) = pending {
        emit(p, d);
    }
}

//! What the parser knows of the three SDG Commons forms: section headings in English,
//! French and Spanish, the questions whose answers feed derived structure, and the form
//! instructions that continue a question. Data only; the scanner in `parse` uses it.
//!
//! Matching is on a normalised question (entities decoded, whitespace collapsed,
//! lower-case), by prefix, so small edits of the form (`enabled`/`enable`, a trailing
//! space, `&amp;`) still match. An unknown question is kept all the same, with no kind.

use crate::model::{FormGeneration, Language, QuestionKind, SectionKind, Sector};

/// Recognises a section heading in any of the three languages.
pub fn section(heading: &str) -> Option<(SectionKind, Language)> {
    use Language::*;
    use SectionKind::*;
    let h = super::text::collapse_ws(heading).to_lowercase();
    let h = h.trim_end_matches([':', '.']).trim();
    Some(match h {
        "title" => (Title, En),
        "titre" => (Title, Fr),
        "título" | "titulo" => (Title, Es),
        "challenge statement" => (ChallengeStatement, En),
        "énoncé du défi" | "enoncé du défi" | "énoncé des défis" => {
            (ChallengeStatement, Fr)
        }
        "declaración de desafío" | "declaración del desafío" => (ChallengeStatement, Es),
        "challenge classification" => (ChallengeClassification, En),
        "classement du défi" | "classement des défis" => (ChallengeClassification, Fr),
        "clasificación del desafío" | "clasificación de desafíos" => {
            (ChallengeClassification, Es)
        }
        "partners" => (Partners, En),
        "les partenaires" | "partenaires" => (Partners, Fr),
        "socios" => (Partners, Es),
        "learning questions" => (LearningQuestions, En),
        "questions d'apprentissage" => (LearningQuestions, Fr),
        "preguntas de aprendizaje" => (LearningQuestions, Es),
        "closing" => (Closing, En),
        "fermeture" | "clôture" => (Closing, Fr),
        "clausura" | "cierre" => (Closing, Es),
        "learnings on your challenge" => (Learnings, En),
        "enseignements sur votre défi" => (Learnings, Fr),
        "aprendizajes sobre tu desafío" | "aprendizajes sobre su desafío" => (Learnings, Es),
        "data and methods" => (DataAndMethods, En),
        "données et méthodes" => (DataAndMethods, Fr),
        "datos y métodos" => (DataAndMethods, Es),
        "end" => (End, En),
        "fin" => (End, Fr), // also Spanish `Fin`; French is the more common in the archive
        _ => return None,
    })
}

/// Question prefixes (normalised: lower-case, whitespace collapsed) and what they ask.
const QUESTIONS: &[(&str, QuestionKind)] = &[
    (
        "please provide a name for your action learning plan",
        QuestionKind::PlanName,
    ),
    ("challenge type:", QuestionKind::ChallengeType),
    ("challenge statement:", QuestionKind::ChallengeStatement),
    ("background:", QuestionKind::Background),
    ("quantitative evidence:", QuestionKind::QuantitativeEvidence),
    ("qualitative evidence:", QuestionKind::QualitativeEvidence),
    ("value proposition:", QuestionKind::ValueProposition),
    ("short “tweet” summary", QuestionKind::TweetSummary),
    ("short \"tweet\" summary", QuestionKind::TweetSummary),
    ("who are your top 5 partners", QuestionKind::TopPartners),
    (
        "please state the name of the parter",
        QuestionKind::PartnerName,
    ),
    (
        "please state the name of the partner",
        QuestionKind::PartnerName,
    ),
    (
        "what sector does our partner belong to",
        QuestionKind::PartnerSector,
    ),
    (
        "what sector does your partner belong to",
        QuestionKind::PartnerSector,
    ),
    (
        "please provide a brief description of the collaboration",
        QuestionKind::PartnerDescription,
    ),
    (
        "please provide a brief description of the partnership",
        QuestionKind::PartnerDescription,
    ),
    (
        "is this a new and unusual partner",
        QuestionKind::PartnerNewUnusual,
    ),
    ("learning question:", QuestionKind::LearningQuestion),
    (
        "to what stage(s) in the learning cycle",
        QuestionKind::LearningStages,
    ),
    ("usage of methods:", QuestionKind::MethodsUsage),
    ("existing data gaps:", QuestionKind::DataGaps),
    ("early leads to grow:", QuestionKind::EarlyLeads),
    ("end of action learning plan", QuestionKind::EndOfPlan),
    ("what are the top 5 key insights", QuestionKind::KeyInsights),
    ("what are the top key insights", QuestionKind::KeyInsights),
    (
        "please paste the link(s) to the blog",
        QuestionKind::BlogLinks,
    ),
    ("please paste any link(s) to blog", QuestionKind::BlogLinks),
    ("did you experience any barriers", QuestionKind::Barriers),
    (
        "for this frontier challenge, how much of your time",
        QuestionKind::StageTime,
    ),
    ("relating to your types of data", QuestionKind::DataChoice),
    (
        "why was it necessary to apply the above innovation method",
        QuestionKind::MethodChoice,
    ),
    (
        "if applicable, what government partners",
        QuestionKind::SectorPartners(Sector::Government),
    ),
    (
        "if applicable, what civil society",
        QuestionKind::SectorPartners(Sector::CivilSociety),
    ),
    (
        "if applicable, what private sector",
        QuestionKind::SectorPartners(Sector::PrivateSector),
    ),
    (
        "if applicable, what academic partners",
        QuestionKind::SectorPartners(Sector::Academic),
    ),
    (
        "if applicable, which un internal partners",
        QuestionKind::SectorPartners(Sector::UnInternal),
    ),
    (
        "if applicable, what un internal partners",
        QuestionKind::SectorPartners(Sector::UnInternal),
    ),
    (
        "relating to your answers above: who of the partners",
        QuestionKind::NewUnusualPartners,
    ),
    (
        "please indicate what partners you have actually worked with",
        QuestionKind::ActualPartners,
    ),
    (
        "considering the outcomes of this learning challenge",
        QuestionKind::Handover,
    ),
    (
        "can you provide more detail on your handover",
        QuestionKind::HandoverDetail,
    ),
    ("bonus question:", QuestionKind::Bonus),
    (
        "please upload any further supporting evidence",
        QuestionKind::Evidence,
    ),
    (
        "the closing form saves automatically",
        QuestionKind::ClosingNote,
    ),
];

/// The start of a question, entities decoded, whitespace collapsed, lower-cased: enough
/// for the prefixes of the catalogue (the longest is under 70 characters).
fn normalised(q: &str) -> String {
    let head: String = q.chars().take(96).collect();
    super::text::collapse_ws(&super::text::decode(&head)).to_lowercase()
}

/// Recognises a question by its (normalised) prefix.
pub fn question(q: &str) -> Option<QuestionKind> {
    // Every known question starts with a letter in [a-z] once lower-cased; most `>` lines
    // of the forms are known, so this stays a prefix scan over a short normalised string.
    if q.trim().is_empty() {
        return None;
    }
    let n = normalised(q);
    QUESTIONS
        .iter()
        .find(|(prefix, _)| n.starts_with(prefix))
        .map(|(_, k)| *k)
}

/// Form instructions printed under a question, which the export renders like an answer.
/// They are recognised as part of the question (`Item::instructions`), not as an answer.
const INSTRUCTIONS: &[&str] = &[
    "Please note: we ask you to only submit a maximum of 3 challenges - 1x Big Bet, 2x Exploratory. Each challenge must be submitted individually.",
];

/// Whether this (collapsed) text is a known form instruction.
pub fn is_instruction(text: &str) -> bool {
    if !text.trim_start().starts_with("Please note") {
        return false;
    }
    let text = super::text::collapse_ws(text);
    let text = text.as_str();
    INSTRUCTIONS.contains(&text)
}

/// Questions only one form generation asks (normalised prefixes). The report forms share
/// many questions (data choice, method choice, bonus), so only these decide.
const FORM_MARKERS: &[(&str, FormGeneration)] = &[
    (
        "please provide a name for your action learning plan",
        FormGeneration::Plan,
    ),
    ("challenge statement:", FormGeneration::Plan),
    ("learning question:", FormGeneration::Plan),
    ("who are your top 5 partners", FormGeneration::Plan),
    ("early leads to grow:", FormGeneration::Plan),
    (
        "what are the top 5 key insights",
        FormGeneration::Report2021,
    ),
    (
        "please paste the link(s) to the blog",
        FormGeneration::Report2021,
    ),
    (
        "for this frontier challenge, how much of your time",
        FormGeneration::Report2021,
    ),
    (
        "if applicable, what government partners",
        FormGeneration::Report2021,
    ),
    (
        "if applicable, what civil society",
        FormGeneration::Report2021,
    ),
    (
        "if applicable, what private sector",
        FormGeneration::Report2021,
    ),
    (
        "if applicable, what academic partners",
        FormGeneration::Report2021,
    ),
    (
        "if applicable, which un internal partners",
        FormGeneration::Report2021,
    ),
    (
        "relating to your answers above: who of the partners",
        FormGeneration::Report2021,
    ),
    ("what are the top key insights", FormGeneration::Report2023),
    (
        "please paste any link(s) to blog",
        FormGeneration::Report2023,
    ),
    (
        "considering the outcomes of this learning challenge",
        FormGeneration::Report2023,
    ),
    (
        "can you provide more detail on your handover",
        FormGeneration::Report2023,
    ),
    (
        "please indicate what partners you have actually worked with",
        FormGeneration::Report2023,
    ),
];

/// Which form generation only asks this question, if any.
pub fn form_of(question: &str) -> Option<FormGeneration> {
    if question.is_empty() {
        return None;
    }
    let n = normalised(question);
    FORM_MARKERS
        .iter()
        .find(|(prefix, _)| n.starts_with(prefix))
        .map(|(_, f)| *f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_three_languages() {
        assert_eq!(
            section("Partners"),
            Some((SectionKind::Partners, Language::En))
        );
        assert_eq!(
            section("Les partenaires"),
            Some((SectionKind::Partners, Language::Fr))
        );
        assert_eq!(
            section("Socios"),
            Some((SectionKind::Partners, Language::Es))
        );
        assert_eq!(section("título"), Some((SectionKind::Title, Language::Es)));
        assert_eq!(
            section("Énoncé du défi"),
            Some((SectionKind::ChallengeStatement, Language::Fr))
        );
        assert_eq!(section(""), None);
        assert_eq!(section("Something else"), None);
    }

    #[test]
    fn questions_match_with_entities_and_spacing() {
        assert_eq!(
            question("Usage of methods: Relating to your choice above, how will you use your methods &amp; tools"),
            Some(QuestionKind::MethodsUsage)
        );
        assert_eq!(
            question("Please state the name of the Parter:"),
            Some(QuestionKind::PartnerName)
        );
        assert_eq!(
            question("If applicable, which UN internal partners did you actually work with"),
            Some(QuestionKind::SectorPartners(Sector::UnInternal))
        );
        assert_eq!(
            question("Challenge statement:\u{a0}What is your challenge?"),
            Some(QuestionKind::ChallengeStatement)
        );
        assert_eq!(question("Sense"), None);
    }
}

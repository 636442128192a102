//! The domain model of an action learning plan: plain data, serde-serialisable.
//!
//! What it is: the types the parser fills in ([`Plan`] and everything it holds) and the
//! diagnostics it reports. What it is not: no parsing, no I/O and no RDF here; the
//! mapping to RDF lives in `mapping`, which reads these types and never the markdown.
//!
//! Line numbers are 1-based lines of the source document.

use serde::{Deserialize, Serialize};

/// One parsed action learning plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// The title from the `# ...` line (entities decoded, trimmed), if there is one.
    pub title: Option<Located<String>>,
    /// Every `[[key:value]]` tag, in source order, repeated keys included.
    pub tags: Vec<Tag>,
    /// The single-valued metadata tags read into typed values (first tag of each key).
    pub meta: Meta,
    /// Which form generation the document was written in.
    pub form: FormGeneration,
    /// The language of the section headings.
    pub language: Language,
    /// Sections in order; each holds its question/answer records in order.
    pub sections: Vec<Section>,
    /// Structure derived from the answers (in addition to them, never instead).
    pub derived: Derived,
}

/// Typed metadata from the tags. A value that is absent or malformed is `None` (the tag itself
/// stays in `Plan::tags` as written, and `check` reports the problem).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub focal_point: Option<String>,
    pub year: Option<i32>,
    pub country: Option<String>,
    /// `[latitude, longitude]` in degrees.
    pub latlng: Option<[f64; 2]>,
    /// The `type` tag (`learningplan` for action learning plans).
    pub doc_type: Option<String>,
}

/// A value with the source line it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Located<T> {
    pub value: T,
    pub line: usize,
}

/// One `[[key:value]]` tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// The key as written (`datasources`, `methods`, ...).
    pub key: String,
    /// The value as written (entities decoded, nothing else changed).
    pub value: String,
    /// The value trimmed, case-folded, inner whitespace collapsed, punctuation at the ends removed.
    pub normalized: String,
    pub line: usize,
}

/// The three generations of the SDG Commons learning-plan form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum FormGeneration {
    /// Start of a learning cycle (title, challenge statement, partners, learning questions, closing).
    Plan,
    /// End-of-cycle report as asked in 2021-2022 (partners asked per sector).
    #[serde(rename = "report-2021")]
    Report2021,
    /// End-of-cycle report as asked from 2023 (handover outcomes, partner groups).
    #[serde(rename = "report-2023")]
    Report2023,
    /// Metadata only, or no question the parser recognises.
    Unknown,
}

impl FormGeneration {
    pub fn as_str(self) -> &'static str {
        match self {
            FormGeneration::Plan => "plan",
            FormGeneration::Report2021 => "report-2021",
            FormGeneration::Report2023 => "report-2023",
            FormGeneration::Unknown => "unknown",
        }
    }
}

/// Language of the section headings (the question text is English in every form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    Es,
    /// No heading to tell from.
    Unknown,
}

impl Language {
    /// BCP 47 tag, if known.
    pub fn tag(self) -> Option<&'static str> {
        match self {
            Language::En => Some("en"),
            Language::Fr => Some("fr"),
            Language::Es => Some("es"),
            Language::Unknown => None,
        }
    }
}

/// A `## heading` and what follows it up to the next heading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// The heading as written (may be empty: some exports have a bare `## `).
    pub heading: String,
    /// The heading recognised across languages, if it is one of the form's sections.
    pub kind: Option<SectionKind>,
    pub line: usize,
    /// Question/answer records in source order.
    pub items: Vec<Item>,
}

/// The sections the three forms use, whatever the heading language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    Title,
    ChallengeStatement,
    ChallengeClassification,
    Partners,
    LearningQuestions,
    Closing,
    Learnings,
    DataAndMethods,
    End,
}

/// One question and its answer. Answers inside `<div class="group">` blocks carry the
/// group's ordinal, so that one partner's name and description stay together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// The question as written (entities decoded, whitespace collapsed). Empty for the
    /// anonymous `> ` prompts of repeated groups; then `context` holds the enclosing question.
    pub question: String,
    /// Form instructions that continue the question (recognised boilerplate), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The question this item sits under when it is inside a group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// What the question asks, when the parser recognises it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<QuestionKind>,
    /// Line of the question (or of the group's first line when the group has no question).
    pub line: usize,
    /// Ordinal (0-based, per plan) of the `<div class="group">` block holding this item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The answer verbatim: entities decoded, lines kept, blank-line runs collapsed, trimmed.
    pub answer: String,
    /// First line of the answer text (0 when the answer is empty).
    pub answer_line: usize,
}

/// Questions whose answers feed derived structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    PlanName,
    ChallengeType,
    ChallengeStatement,
    Background,
    QuantitativeEvidence,
    QualitativeEvidence,
    ValueProposition,
    TweetSummary,
    TopPartners,
    PartnerName,
    PartnerSector,
    PartnerDescription,
    PartnerNewUnusual,
    LearningQuestion,
    LearningStages,
    MethodsUsage,
    DataGaps,
    EarlyLeads,
    EndOfPlan,
    KeyInsights,
    BlogLinks,
    Barriers,
    StageTime,
    DataChoice,
    MethodChoice,
    SectorPartners(Sector),
    NewUnusualPartners,
    ActualPartners,
    Handover,
    HandoverDetail,
    Bonus,
    Evidence,
    ClosingNote,
}

/// Partner sectors as the 2021-22 report form asks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Government,
    CivilSociety,
    PrivateSector,
    Academic,
    UnInternal,
}

impl Sector {
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Government => "government",
            Sector::CivilSociety => "civil-society",
            Sector::PrivateSector => "private-sector",
            Sector::Academic => "academic",
            Sector::UnInternal => "un-internal",
        }
    }
}

/// Structure derived from the answers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    pub partners: Vec<Partner>,
    pub insights: Vec<Insight>,
    pub learning_questions: Vec<LearningQuestion>,
    /// Learning-cycle stages named anywhere in the plan, first mention first, no repeats.
    pub stages: Vec<Located<Stage>>,
    pub handover_outcomes: Vec<Located<String>>,
    pub links: Vec<Located<String>>,
    pub images: Vec<Located<String>>,
    /// Pieces of partner answers that name no organisation (topics, places, events,
    /// documents, `Yes`, sentence pieces): not partners; the answer itself stays as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dropped_partners: Vec<DroppedMention>,
    /// Acronyms the answers spell out (`Name (ACR)`, `ACR (Name)`), anywhere in the plan,
    /// first first, no repeats: the resolver reads them for the plan's country.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acronyms: Vec<Located<AcronymDefinition>>,
}

/// An acronym and the organisation name it stands for, as the text of a plan writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcronymDefinition {
    pub acronym: String,
    pub name: String,
}

/// A piece of a partner answer that was not taken as a partner, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DroppedMention {
    pub text: String,
    /// Why: `topic`, `place`, `event`, `document`, `date`, `answer-word`, `role`, `form-text`...
    pub reason: String,
    pub line: usize,
}

/// One organisation a plan names as a partner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    /// The name as written (entities decoded, whitespace collapsed, list markers removed).
    pub name: String,
    /// Trimmed, case-folded, punctuation at the ends removed.
    pub normalized: String,
    /// An acronym given in parentheses after the name, e.g. `Bangladesh ... (BORI)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// Known only where the form's question says it (2021-22 per-sector questions, or a
    /// non-empty sector answer); never guessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<Sector>,
    /// The sector answer as written, when the export kept one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector_text: Option<String>,
    /// The description of the collaboration, when the plan gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 1-based position in the plan's list of partners (the order given).
    pub order: usize,
    pub line: usize,
    /// Group ordinal the name came from, when it came from a partner group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<usize>,
    /// The name was picked out of a prose answer (capitalised words), not read from a list:
    /// less certain, and the whole sentence is the description.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_prose: bool,
    /// A vague group or kind of actor (`local communities`, `several NGOs`), not one
    /// organisation: typed `alp:CollectivePartner` and never merged across plans' countries.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub collective: bool,
    /// A web address written with the name (`ANIA https://ania.gob.pe`): the partner's
    /// homepage; the name is given without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
}

/// One key insight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Insight {
    pub text: String,
    /// 1-based order within the plan.
    pub order: usize,
    pub line: usize,
}

/// One learning question with the stages it relates to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningQuestion {
    pub text: String,
    pub line: usize,
    pub stages: Vec<Stage>,
}

/// The Accelerator Labs learning cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Sense,
    Explore,
    Test,
    Grow,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Sense, Stage::Explore, Stage::Test, Stage::Grow];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Sense => "sense",
            Stage::Explore => "explore",
            Stage::Test => "test",
            Stage::Grow => "grow",
        }
    }

    /// Recognises `Sense`, `sense.`, `Explorer`, `Tester`, ... (case-insensitive, English
    /// with the French/Spanish forms seen in plans).
    pub fn from_label(s: &str) -> Option<Stage> {
        let s = s
            .trim()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        match s.as_str() {
            "sense" | "sensing" | "sentir" | "detectar" => Some(Stage::Sense),
            "explore" | "exploring" | "explorer" | "explorar" => Some(Stage::Explore),
            "test" | "testing" | "tester" | "probar" | "experimentar" => Some(Stage::Test),
            "grow" | "growing" | "croître" | "crecer" | "escalar" => Some(Stage::Grow),
            _ => None,
        }
    }
}

impl Plan {
    /// Values of every tag with this key, in order.
    pub fn tag_values<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Tag> + 'a {
        self.tags.iter().filter(move |t| t.key == key)
    }

    /// The first tag with this key.
    pub fn tag(&self, key: &str) -> Option<&Tag> {
        self.tags.iter().find(|t| t.key == key)
    }

    /// Every item of every section, in order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    /// The `[[latlng:lat,lng]]` tag as numbers, if present and well-formed.
    pub fn latlng(&self) -> Option<(f64, f64)> {
        self.meta.latlng.map(|[a, b]| (a, b))
    }

    /// The `[[year:...]]` tag as a number, if present and numeric.
    pub fn year(&self) -> Option<i32> {
        self.meta.year
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// A problem found in a plan, with the 1-based line it is on (0 when it concerns the whole file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub level: Level,
    pub line: usize,
    /// Stable short identifier (`bad-latlng`, `missing-country`, ...).
    pub code: String,
    pub message: String,
}

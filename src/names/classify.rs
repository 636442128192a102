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
//! Pure; no resolution (which entity) here.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::normalise::{fold, key, parenthesised};
use super::tables;

/// What a partner mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Organisation,
    Collective,
    /// Not a partner; the reason (`topic`, `place`, `event`, `document`, `role`,
    /// `sentence`, `answer-word`, `form-text`).
    NotOrganisation(&'static str),
}

/// Plural or mass nouns naming a kind of actor, folded (English, French, Spanish, Portuguese).
const ACTORS_LIST: &[&str] = &[
    "professors",
    "profesores",
    "professeurs",
    "professores",
    "lecturers",
    "tutors",
    "officers",
    "staff",
    "personnel",
    "expertise",
    "projects",
    "proyectos",
    "projets",
    "projetos",
    "programmes",
    "programs",
    "programas",
    "initiatives",
    "iniciativas",
    "ngos",
    "ngo's",
    "csos",
    "cbos",
    "ongs",
    "ong",
    "nonprofits",
    "organizations",
    "organisations",
    "organizaciones",
    "organizacoes",
    "institutions",
    "instituciones",
    "agencies",
    "agences",
    "agencias",
    "ministries",
    "ministerios",
    "ministeres",
    "universities",
    "universidades",
    "universites",
    "schools",
    "escuelas",
    "ecoles",
    "colleges",
    "companies",
    "enterprises",
    "entreprises",
    "empresas",
    "businesses",
    "firms",
    "startups",
    "ups",
    "smes",
    "msmes",
    "pmes",
    "pymes",
    "mipymes",
    "cooperatives",
    "cooperativas",
    "coops",
    "associations",
    "asociaciones",
    "associacoes",
    "groups",
    "grupos",
    "groupes",
    "networks",
    "redes",
    "partners",
    "partenaires",
    "socios",
    "stakeholders",
    "actors",
    "actores",
    "acteurs",
    "atores",
    "experts",
    "expertos",
    "researchers",
    "investigadores",
    "chercheurs",
    "pesquisadores",
    "academics",
    "scholars",
    "students",
    "estudiantes",
    "etudiants",
    "estudantes",
    "youth",
    "youths",
    "jovenes",
    "jeunes",
    "jovens",
    "women",
    "mujeres",
    "femmes",
    "mulheres",
    "men",
    "girls",
    "boys",
    "children",
    "ninos",
    "enfants",
    "farmers",
    "agricultores",
    "agriculteurs",
    "fishers",
    "fishermen",
    "fisherfolk",
    "pescadores",
    "entrepreneurs",
    "emprendedores",
    "empreendedores",
    "artisans",
    "artesanos",
    "artists",
    "citizens",
    "ciudadanos",
    "citoyens",
    "cidadaos",
    "residents",
    "households",
    "families",
    "familias",
    "volunteers",
    "voluntarios",
    "benevoles",
    "officials",
    "authorities",
    "autoridades",
    "autorites",
    "municipalities",
    "municipios",
    "municipalidades",
    "communes",
    "mairies",
    "governments",
    "gobiernos",
    "donors",
    "investors",
    "banks",
    "media",
    "journalists",
    "leaders",
    "lideres",
    "workers",
    "trabajadores",
    "vendors",
    "traders",
    "producers",
    "productores",
    "producteurs",
    "produtores",
    "innovators",
    "designers",
    "developers",
    "activists",
    "people",
    "personas",
    "users",
    "usuarios",
    "beneficiaries",
    "beneficiarios",
    "participants",
    "participantes",
    "consultants",
    "specialists",
    "teachers",
    "docentes",
    "maestros",
    "doctors",
    "nurses",
    "servants",
    "hospitals",
    "clinics",
    "cities",
    "ciudades",
    "villes",
    "councils",
    "departments",
    "units",
    "offices",
    "teams",
    "labs",
    "hubs",
    "incubators",
    "accelerators",
    "manufacturers",
    "suppliers",
    "providers",
    "operators",
    "owners",
    "pastoralists",
    "herders",
    "migrants",
    "refugees",
    "returnees",
    "elders",
    "chiefs",
    "representatives",
    "members",
    "mentors",
    "facilitators",
    "practitioners",
    "professionals",
    "engineers",
    "scientists",
    "economists",
    "lawyers",
    "agents",
    "collectors",
    "pickers",
    "recyclers",
    "drivers",
    "riders",
    "communities",
    "comunidades",
    "communautes",
    "collectivites",
    "retailers",
    "sellers",
    "buyers",
    "consumers",
    "customers",
    "patients",
    "survivors",
    "persons",
    "individuals",
    "populations",
    "clubs",
    "unions",
    "federations",
    "chambers",
    "foundations",
    "fundaciones",
    "funds",
    "philanthropies",
    "embassies",
    "entities",
    "bodies",
    "sectors",
    "industries",
    "tanks",
    "academia",
    "diaspora",
    "grassroots",
    "locals",
    "villagers",
    "parents",
    "mothers",
    "youngsters",
    "adolescents",
    "teenagers",
    "seniors",
    "elderly",
    "workshops",
    "factories",
    "plants",
    "markets",
    "shops",
    "restaurants",
    "hotels",
    "schools",
    "cafes",
    "ateliers",
    "talleres",
    "operators",
    "platforms",
    "media",
    "portfolios",
    "portafolios",
    "convergences",
];

/// Plurals of a kind of public or academic body: after a proper name (`Bahirdar
/// municipalities`, `Buenos Aires Universities`) or before `of` and one (`Municipalities of
/// Santa Rosa`), they name those bodies, not a vague group.
const INSTITUTION_PLURALS_LIST: &[&str] = &[
    "municipalities",
    "municipios",
    "municipalidades",
    "universities",
    "universidades",
    "universites",
    "ministries",
    "ministerios",
    "ministeres",
    "governorates",
    "prefectures",
    "communes",
    "mairies",
    "intendencias",
    "alcaldias",
    "city councils",
];

/// Singular nouns for a kind of body: with `a`/`an`/`une`/`un`/`una` and no proper name,
/// an unnamed single body (`a local NGO`), which is as vague as a group.
const BODIES_LIST: &[&str] = &[
    "ngo",
    "cso",
    "organization",
    "organisation",
    "institution",
    "agency",
    "university",
    "school",
    "company",
    "enterprise",
    "startup",
    "up",
    "business",
    "firm",
    "cooperative",
    "association",
    "foundation",
    "network",
    "group",
    "hospital",
    "clinic",
    "bank",
    "hub",
    "lab",
    "incubator",
    "community",
    "ong",
    "empresa",
    "entreprise",
    "asociacion",
    "fundacion",
    "organizacion",
    "universidad",
    "cooperativa",
    "municipality",
    "ministry",
    "council",
];

/// Words that open a quantified or generic phrase; dropped before looking for the head.
const QUANTIFIERS_LIST: &[&str] = &[
    "several",
    "various",
    "many",
    "some",
    "different",
    "other",
    "others",
    "all",
    "multiple",
    "numerous",
    "few",
    "a",
    "an",
    "the",
    "our",
    "their",
    "relevant",
    "key",
    "selected",
    "diverse",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "most",
    "more",
    "main",
    "certain",
    "individual",
    "plusieurs",
    "divers",
    "diverses",
    "des",
    "les",
    "varios",
    "varias",
    "diversos",
    "diversas",
    "algunos",
    "algunas",
    "otros",
    "otras",
    "los",
    "las",
    "unos",
    "unas",
    "vários",
    "varias",
    "outros",
    "outras",
    "os",
    "as",
];

/// Words after which the head of the phrase has ended.
const PREPOSITIONS_LIST: &[&str] = &[
    "of",
    "in",
    "from",
    "across",
    "at",
    "on",
    "with",
    "within",
    "under",
    "like",
    "such",
    "including",
    "for",
    "who",
    "that",
    "which",
    "working",
    "based",
    "involved",
    "de",
    "del",
    "des",
    "du",
    "en",
    "por",
    "para",
    "dans",
    "da",
    "do",
    "das",
    "dos",
    "e",
    "y",
    "et",
    "and",
    "to",
    "around",
    "throughout",
    "near",
    "along",
];

const PLACE_WORDS_LIST: &[&str] = &[
    "region",
    "province",
    "island",
    "islands",
    "village",
    "villages",
    "valley",
    "area",
    "zone",
    "atoll",
    "oblast",
    "rayon",
    "basin",
    "coast",
    "provincia",
];

const EVENT_WORDS_LIST: &[&str] = &[
    "challenge",
    "challenges",
    "hackathon",
    "hackaton",
    "hackathons",
    "workshop",
    "workshops",
    "webinar",
    "webinars",
    "conference",
    "summit",
    "competition",
    "contest",
    "bootcamp",
    "award",
    "awards",
    "festival",
    "expo",
    "exhibition",
    "meeting",
    "meetings",
    "session",
    "sessions",
    "training",
    "trainings",
    "campaign",
    "week",
    "dialogue",
    "roundtable",
    "hackathon",
    "datathon",
    "ideathon",
    "jam",
    "marathon",
    "fair",
    "olympiad",
    "olympiads",
    "olimpiada",
    "tour",
];

/// Nouns for an activity held with partners, which a phrase may open (`Interviews with ...`).
const ACTIVITY_HEADS: &[&str] = &[
    "interview",
    "interviews",
    "consultation",
    "consultations",
    "discussion",
    "discussions",
    "visit",
    "visits",
    "talks",
    "calls",
    "survey",
    "surveys",
];

const DOCUMENT_WORDS_LIST: &[&str] = &[
    "paper",
    "report",
    "reports",
    "strategy",
    "policy",
    "policies",
    "law",
    "framework",
    "roadmap",
    "agenda",
    "guidelines",
    "guide",
    "manual",
    "toolkit",
    "study",
    "studies",
    "survey",
    "database",
    "dataset",
    "publication",
    "article",
    "book",
    "brief",
    "blog",
    "website",
    "app",
    "decree",
    "regulation",
    "regulations",
    "plan",
    "plans",
    "census",
];

const ROLES_LIST: &[&str] = &[
    "minister",
    "director",
    "mayor",
    "governor",
    "president",
    "ceo",
    "manager",
    "officer",
    "consultant",
    "expert",
    "coordinator",
    "advisor",
    "adviser",
    "specialist",
    "head",
    "dean",
    "rector",
    "chief",
    "ambassador",
    "representative",
    "commissioner",
    "chairman",
    "chairperson",
    "founder",
    "professor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "researcher",
    "consultor",
    "ministre",
    "ministro",
    "director",
    "directeur",
    "directora",
    "alcalde",
    "maire",
];

/// Words that start a sentence piece rather than a name.
const SENTENCE_STARTERS_LIST: &[&str] = &[
    "to", "that", "which", "who", "because", "so", "if", "when", "where", "while", "we", "our",
    "they", "this", "these", "it", "there", "is", "are", "was", "were", "will", "have", "has",
    "had", "but", "however", "also", "then", "thus", "hence", "please", "not", "for",
];

/// Generic acronyms: a phrase made of these and actor nouns is still a group (`UN agencies`).
const GENERIC_ACRONYMS: &[&str] = &["un", "ngo", "cso", "sme", "msme", "ict", "it", "eu", "ong"];

// The word lists as sets: they are looked up for every word of every mention.
static ACTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ACTORS_LIST.iter().copied().collect());
static INSTITUTION_PLURALS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| INSTITUTION_PLURALS_LIST.iter().copied().collect());
static BODIES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| BODIES_LIST.iter().copied().collect());
static DOCUMENT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| DOCUMENT_WORDS_LIST.iter().copied().collect());
static EVENT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| EVENT_WORDS_LIST.iter().copied().collect());
static ORG_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_WORDS_LIST.iter().copied().collect());
static PLACE_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PLACE_WORDS_LIST.iter().copied().collect());
static PREPOSITIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PREPOSITIONS_LIST.iter().copied().collect());
static QUANTIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| QUANTIFIERS_LIST.iter().copied().collect());
static ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ROLES_LIST.iter().copied().collect());
static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| SENTENCE_STARTERS_LIST.iter().copied().collect());

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
    let body_after_first = words[1..]
        .iter()
        .any(|w| ORG_WORDS.contains(w) || BODIES.contains(w));
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
    // 4. Groups.
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
    if EVENT_WORDS.contains(&last) {
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
    if k == "focal point" || k == "focal points" {
        return MentionKind::NotOrganisation("role");
    }
    MentionKind::Organisation
}

/// The other names a mention gives in parentheses: the expansion of an acronym
/// (`INS (National Institute of Statistics)`) or a translation that shares no word with the
/// name (`Ministerio de Medio Ambiente (Ministry of Environment)`), written with a capital and
/// reading as an organisation; not a description (`MOUNA INTERNET (Internet Services
/// Provider)`, `(city administration)`, `(lead)`). The extractor's altLabels and the
/// resolver's translation joins both use this.
pub fn glosses(name: &str) -> Vec<String> {
    let decoded = crate::text::decode(name);
    let main = super::normalise::strip_parens(&decoded);
    let main = main.trim();
    if main.is_empty() {
        return Vec::new();
    }
    let main_acronym = super::normalise::is_acronym(main);
    let main_key = key(main);
    let main_words: HashSet<&str> = main_key.split(' ').collect();
    parenthesised(&decoded)
        .into_iter()
        .filter(|g| {
            g.chars().next().is_some_and(char::is_uppercase)
                && g.split_whitespace().count() >= 2
                && !super::normalise::is_acronym(g)
                && classify(g) == MentionKind::Organisation
                && (main_acronym
                    || (has_organisation_signal(g)
                        && !key(g).split(' ').any(|w| main_words.contains(w))))
        })
        .collect()
}

/// Words that say a phrase names a body, in the languages of the plans (folded).
const ORG_WORDS_LIST: &[&str] = &[
    "coordinadora",
    "coordination",
    "colectivo",
    "comite",
    "sindicato",
    "syndicat",
    "ministry",
    "ministerio",
    "ministere",
    "department",
    "agency",
    "agencia",
    "agence",
    "institute",
    "instituto",
    "institut",
    "center",
    "centre",
    "centro",
    "university",
    "universidad",
    "universite",
    "universidade",
    "college",
    "school",
    "academy",
    "council",
    "consejo",
    "conseil",
    "commission",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaria",
    "directorate",
    "direction",
    "association",
    "asociacion",
    "federation",
    "foundation",
    "fundacion",
    "fondation",
    "chamber",
    "camara",
    "network",
    "red",
    "programme",
    "program",
    "project",
    "fund",
    "bank",
    "banco",
    "company",
    "corporation",
    "organization",
    "organisation",
    "organizacion",
    "union",
    "municipality",
    "municipalidad",
    "municipio",
    "government",
    "gobierno",
    "gouvernement",
    "cluster",
    "team",
    "unit",
    "lab",
    "laboratory",
    "hub",
    "initiative",
    "committee",
    "board",
    "cooperative",
    "cooperativa",
    "society",
    "trust",
    "alliance",
    "coalition",
    "forum",
    "group",
    "enterprise",
    "startup",
    "ltd",
    "inc",
    "llc",
    "plc",
    "sa",
    "ngo",
    "ong",
    "service",
    "services",
    "servicio",
    "embassy",
    "mission",
    "city",
    "county",
    "district",
    "province",
    "state",
    "police",
    "court",
    "parliament",
    "hospital",
    "clinic",
    "museum",
    "library",
    "observatory",
    "platform",
    "collective",
    "consortium",
    "movement",
    "club",
    "studio",
    "labs",
    "technologies",
    "solutions",
    "consulting",
    "media",
    "radio",
    "tv",
    "television",
    "press",
    "partners",
    "ventures",
    "capital",
    "holding",
    "industries",
    "systems",
    "institution",
    "facility",
    "portfolio",
    // `Karbala Governorate`, `National Undersecretariat of Science and Technology`.
    "governorate",
    "undersecretariat",
    "subsecretariat",
    "subsecretaria",
    // Legal forms: `Bidhee Private Limited`, `Intellisys Corp`.
    "limited",
    "corp",
    "pvt",
    "gmbh",
    "ltda",
    "lda",
];

/// Whether a name shows it names a body: a word like `Ministry` or `Foundation`, an acronym
/// or a word with inner capitals (`UNLEASH`, `CodeLab`), a digit, or a name of the table.
/// Names picked out of prose without any of these are often places or topics
/// (`San Juan Nepomuceno`, `Primary Health Care`).
pub fn has_organisation_signal(name: &str) -> bool {
    let k = key(name);
    if tables::is_organisation_key(&k) || !parenthesised(name).is_empty() {
        return true;
    }
    let words: Vec<&str> = k.split(' ').collect();
    // `Mexico City`, `Ho Chi Minh City`: `city` after a name is the place's name, not a sign
    // of a body (`City of Tshwane`, `Quezon City Government` are bodies).
    let place_city = words.len() >= 2 && words.last() == Some(&"city");
    let org_words = if place_city {
        &words[..words.len() - 1]
    } else {
        &words[..]
    };
    if org_words
        .iter()
        .any(|w| ORG_WORDS.contains(w) || ORG_WORDS.contains(super::normalise::canonical_word(w)))
    {
        return true;
    }
    // `Codeando México`, `Progest Angola`: a proper name and the country it works in.
    if words.len() >= 2 {
        for cut in 1..words.len() {
            if crate::countries::lookup(&words[cut..].join(" ")).is_some()
                && words[..cut].iter().all(|w| !is_vocabulary_word(w))
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
            {
                return true;
            }
        }
    }
    name.split_whitespace().any(|t| {
        let t = t.trim_matches(|c: char| !c.is_alphanumeric());
        t.chars().any(|c| c.is_ascii_digit())
            || t.chars().skip(1).filter(|c| c.is_uppercase()).count() >= 1
    })
}

/// `Physics, chemistry, and technology teachers`, `Waste sorting, Collecting and
/// transportation associations`: words of one or two that name no one, some in lower case,
/// before a last group that closes the list with `and`: they qualify its head noun, so the
/// list is one group.
pub fn shares_a_head(text: &str) -> bool {
    let mut parts: Vec<&str> = text.split([',', ';']).map(str::trim).collect();
    if parts.len() < 2 || text.contains(['(', '[']) {
        return false;
    }
    let last = parts.pop().unwrap_or_default();
    // The first sentence only: `... teachers. They help ...`.
    let last = last.split(". ").next().unwrap_or_default();
    let last = last.trim_end_matches('.');
    let last = ["and ", "et ", "y ", "& "]
        .iter()
        .find_map(|a| last.strip_prefix(a))
        .or_else(|| {
            // `Collecting and transportation associations`: one more modifier before it.
            let (m, rest) = last.split_once(" and ")?;
            parts.push(m);
            Some(rest)
        });
    let Some(last) = last else {
        return false;
    };
    let answer_word = |w: &str| matches!(w, "Yes" | "yes" | "YES" | "Oui" | "Sí" | "Si");
    let modifier = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let words = match words.split_first() {
            Some((w, rest)) if answer_word(w) => rest,
            _ => &words[..],
        };
        (1..=2).contains(&words.len())
            && !words.iter().any(|w| {
                super::is_acronym(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    || w.chars().skip(1).any(char::is_uppercase)
            })
            && !has_organisation_signal(&words.join(" "))
            && classify(&words.join(" ")) != MentionKind::Collective
    };
    parts.iter().all(|p| modifier(p))
        && parts.iter().any(|p| {
            p.split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase))
        })
        && !last.contains(',')
        && classify(last) == MentionKind::Collective
}

/// Words that end or open the name of one body for certain (folded): a name found in
/// passing, inside the description of another partner, must have one (`Initiative`,
/// `Programme`, `Platform` name what the bodies do).
const BODY_HEADS: &[&str] = &[
    "ministry",
    "ministerio",
    "ministere",
    "department",
    "departamento",
    "agency",
    "agencia",
    "agence",
    "institute",
    "instituto",
    "institut",
    "center",
    "centre",
    "centro",
    "university",
    "universidad",
    "universite",
    "universidade",
    "college",
    "school",
    "academy",
    "council",
    "consejo",
    "conseil",
    "commission",
    "comision",
    "office",
    "bureau",
    "authority",
    "secretariat",
    "secretaria",
    "directorate",
    "direccion",
    "direction",
    "association",
    "asociacion",
    "associacao",
    "federation",
    "foundation",
    "fundacion",
    "fondation",
    "chamber",
    "camara",
    "fund",
    "bank",
    "banco",
    "company",
    "corporation",
    "organization",
    "organisation",
    "organizacion",
    "union",
    "municipality",
    "municipalidad",
    "municipio",
    "government",
    "gobierno",
    "gouvernement",
    "committee",
    "comite",
    "board",
    "cooperative",
    "cooperativa",
    "society",
    "trust",
    "alliance",
    "coalition",
    "lab",
    "laboratory",
    "hub",
    "hospital",
    "embassy",
    "ltd",
    "inc",
    "llc",
    "plc",
    "parliament",
    "court",
    "police",
];

/// Whether a folded word says a phrase names a body (`ministry`, `programme`, `hub`).
pub fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}

/// Whether a folded word is one of [`BODY_HEADS`].
pub fn is_body_head(w: &str) -> bool {
    BODY_HEADS.contains(&w)
}

/// Rule 4: a vague group or an unnamed single body.
fn is_group(words: &[&str], original: &[&str]) -> bool {
    let article = matches!(
        original.first().map(|w| w.to_lowercase()).as_deref(),
        Some("a" | "an" | "une" | "un" | "una" | "um" | "uma")
    );
    let mut w = words;
    while w.len() > 1 && QUANTIFIERS.contains(&w[0]) {
        w = &w[1..];
    }
    let head_end = w
        .iter()
        .position(|x| PREPOSITIONS.contains(x))
        .unwrap_or(w.len());
    if head_end == 0 {
        return false;
    }
    let head = &w[..head_end];
    let last = head[head.len() - 1];
    // `X sector(s)`: a part of the economy, not a body.
    if (last == "sector" || last == "sectors") && head.len() >= 2 {
        return true;
    }
    if INSTITUTION_PLURALS.contains(&last) && names_its_bodies(w, original) {
        return false;
    }
    if ACTORS.contains(&last) {
        // Acronyms in the head that are not generic name a body (`KCCA officials` is still
        // a group of people; `UN agencies` too), so plural heads are groups whatever else.
        return true;
    }
    // `Local communities` in French/Spanish order: the head noun comes first
    // (`associations locales`, `comunidades rurales`).
    if ACTORS.contains(&w[0]) && head.len() <= 3 && !original.iter().skip(1).any(|t| is_proper(t)) {
        return true;
    }
    // `Local Innovation Hub`: `local` and a body with no proper name is unnamed.
    let local = original
        .first()
        .is_some_and(|t| t.eq_ignore_ascii_case("local") || t.eq_ignore_ascii_case("locales"));
    if local
        && head.len() >= 2
        && (BODIES.contains(&last) || ORG_WORDS.contains(&last))
        && !original.iter().skip(1).any(|t| {
            is_proper(t) && !is_common_word(&fold(t.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        && head_end == w.len()
    {
        return true;
    }
    // An unnamed single body: `a local NGO`, `une association`.
    if article && BODIES.contains(&last) && !original.iter().skip(1).any(|t| is_proper(t)) {
        return true;
    }
    false
}

/// `Bahirdar municipalities`, `Municipalities of Santa Rosa`: a plural of bodies with a
/// proper name before it, or `of` and a proper name after it, names those bodies. A
/// nationality (`Libyan Universities`), an acronym (`UNDP` ...) or a country after `of`
/// (`Universities of Kenya`) does not.
fn names_its_bodies(words: &[&str], original: &[&str]) -> bool {
    let named = |t: &str| {
        let bare = t.trim_matches(|c: char| !c.is_alphanumeric());
        let f = fold(bare);
        is_proper(t)
            && !super::normalise::is_acronym(bare)
            && !is_common_word(&f)
            && !["an", "ese", "ish", "ine", "ic", "i"]
                .iter()
                .any(|s| f.ends_with(s) && f.len() > 4)
    };
    let Some(at) = original.iter().position(|t| {
        INSTITUTION_PLURALS.contains(fold(t.trim_matches(|c: char| !c.is_alphanumeric())).as_str())
    }) else {
        return false;
    };
    let before = original[..at].iter().any(|t| named(t)) && !words.is_empty();
    let after = original
        .get(at + 1)
        .is_some_and(|t| matches!(t.to_lowercase().as_str(), "of" | "de" | "del"))
        && original.get(at + 2).is_some_and(|t| named(t))
        && crate::countries::lookup(&original[at + 2..].join(" ")).is_none();
    before || after
}

/// [`is_vocabulary_word`], or a word of the lexicon (`innovation`, `digital`, `justice`):
/// an ordinary word written with a capital in a name is still not a proper name.
pub fn is_common_word(w: &str) -> bool {
    is_vocabulary_word(w) || super::normalise::is_lexicon_word(w)
}

/// Whether a folded word is an ordinary word of the vocabularies the classifier and the
/// lexicon know (`national`, `ministry`, `youth`, `digital`...), not a proper name like a
/// brand (`Savola`, `2GIS`, `Doinc`).
pub fn is_vocabulary_word(w: &str) -> bool {
    let sets: [&LazyLock<HashSet<&'static str>>; 10] = [
        &ACTORS,
        &BODIES,
        &DOCUMENT_WORDS,
        &EVENT_WORDS,
        &ORG_WORDS,
        &PLACE_WORDS,
        &PREPOSITIONS,
        &QUANTIFIERS,
        &ROLES,
        &SENTENCE_STARTERS,
    ];
    sets.iter().any(|s| s.contains(w))
        || super::normalise::canonical_word(w) != w
        || super::normalise::STOPWORDS.contains(&w)
        || GENERIC_ACRONYMS.contains(&w)
}

/// Whether a folded acronym names a kind of body, not one body (`NGO`, `SME`, `ICT`).
pub fn is_generic_acronym(folded: &str) -> bool {
    GENERIC_ACRONYMS.contains(&folded)
}

/// A capitalised word or acronym that is not a generic one: a sign of a proper name.
fn is_proper(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric());
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let f = fold(t);
    !GENERIC_ACRONYMS.contains(&f.as_str())
        && !ACTORS.contains(&f.as_str())
        && !BODIES.contains(&f.as_str())
        && !QUANTIFIERS.contains(&f.as_str())
        && !matches!(
            f.as_str(),
            "local"
                | "national"
                | "international"
                | "rural"
                | "urban"
                | "regional"
                | "private"
                | "public"
                | "small"
                | "young"
                | "women"
                | "led"
                | "civil"
                | "society"
                | "community"
                | "based"
                | "non"
                | "governmental"
                | "government"
                | "sector"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use MentionKind::*;

    #[test]
    fn organisations() {
        for n in [
            "Makerere University",
            "UNICEF",
            "PNUD",
            "Ministry of Health",
            "Ghana Enterprises Agency (GEA)",
            "Doinc Company",
            "Economic and Social Commission for Asia and the Pacific",
            "Zambia Chamber of Commerce and Industry",
            "Deputy Prime Minister for Economic Affairs",
            "Kenya Women Farmers Association",
            "Chiang Rai Governor's Office",
            "Benue State University",
            "Yala City Municipality",
            "GN (NGO Guinée Numérique)",
            "Monitoring Unit",
            "eurolatina",
            "UNDP PH CE Portfolio Team",
            "the EU-GEPP Consortium",
            "IT Park",
            "Partnership of Philippine Service Agencies",
            "Magenta",
        ] {
            assert_eq!(classify(n), Organisation, "{n}");
        }
    }

    #[test]
    fn glosses_are_expansions_and_translations_not_descriptions() {
        assert_eq!(
            glosses("INS (National Institut of Statistics)"),
            ["National Institut of Statistics"]
        );
        assert_eq!(
            glosses("Ministerio de Medio Ambiente y Recursos Naturales (Ministry of Environment)"),
            ["Ministry of Environment"]
        );
        assert!(glosses("MOUNA INTERNET (Internet Services Provider)").is_empty());
        assert!(glosses("Osh Mayor's Office (city administration)").is_empty());
        assert!(glosses("Ghana Enterprises Agency (GEA)").is_empty());
    }

    #[test]
    fn groups() {
        for n in [
            "Several NGOs",
            "Researchers",
            "Communities",
            "local communities",
            "Women-led cooperatives in rural areas",
            "UN agencies",
            "Private sector companies",
            "Tourism sector",
            "a local NGO",
            "jóvenes",
            "associations locales",
            "PNU students",
        ] {
            assert_eq!(classify(n), Collective, "{n}");
        }
    }

    #[test]
    fn named_bodies_in_the_plural_and_unnamed_local_ones() {
        for n in [
            "Bahirdar municipalities",
            "Buenos Aires Universities",
            "Municipalities of Santa Rosa",
            "Finance Think",
        ] {
            assert_eq!(classify(n), Organisation, "{n}");
        }
        for n in [
            "Libyan Universities",
            "Universities in Uruguay",
            "Local universities",
            "UNDP Portfolios",
            "Local Convergences",
            "Local Innovation Hub",
            "Municipal Administrations",
        ] {
            assert_eq!(classify(n), Collective, "{n}");
        }
    }

    #[test]
    fn not_organisations() {
        for (n, why) in [
            ("Circular Economy", "topic"),
            ("Sustainable Development", "topic"),
            ("Yes", "answer-word"),
            ("Kenya", "place"),
            ("Cote d'Ivoire", "place"),
            ("Chiang Rai province", "place"),
            ("Youth Climate Innovation Challenge", "event"),
            ("Ministry of Health White Paper", "document"),
            ("To validate assumption", "sentence"),
            ("the Minister", "role"),
            ("Mayor", "role"),
            ("drawing", "not-a-name"),
            ("Running the Future Fit Accelerator", "activity"),
            ("Western Kenya", "place"),
            ("especially among youth", "sentence"),
            ("particularly", "sentence"),
            (
                "Interviews with professors for the FoW survey on needs",
                "event",
            ),
            ("Society", "generic"),
            ("Technology", "generic"),
        ] {
            assert_eq!(classify(n), NotOrganisation(why), "{n}");
        }
    }

    #[test]
    fn governorates_undersecretariats_and_legal_forms_name_bodies() {
        for n in [
            "Karbala Governorate",
            "National Undersecretariat of Science and Technology",
            "Bidhee Private Limited",
            "Intellisys Corp",
        ] {
            assert!(has_organisation_signal(n), "{n}");
        }
        assert!(!has_organisation_signal("San Juan Nepomuceno"));
    }
}

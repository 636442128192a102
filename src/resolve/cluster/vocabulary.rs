//! The words the clustering rules read: what only says what kind of body a name is, what
//! wraps a name, what heads a body, and which kinds of institution are other institutions.

/// Words that only say what kind of body a name is (`Mosul Space Organization`).
pub(super) const DESCRIPTORS: &[&str] = &[
    "company",
    "companies",
    "organization",
    "foundation",
    "startup",
    "group",
    "ltd",
    "limited",
    "inc",
    "corporation",
    "enterprise",
    "plc",
    "llc",
    "sa",
    "co",
    "ngo",
    "lda",
    "sarl",
    "srl",
    "gmbh",
    "firm",
    "agency",
    "telecommunication",
    // Legal forms in the languages of the plans (`PrimeBotics, Lda`, `X S.A.S.`, `Public
    // Foundation` of Central Asia, `Pvt Ltd` of South Asia).
    "public",
    "private",
    "pvt",
    "pty",
    "sas",
    "spa",
    "ag",
    "bv",
    "nv",
    "jsc",
    "ojsc",
    "pjsc",
    "llp",
    "ong",
    "asbl",
    "ev",
    "ltda",
    "eirl",
    "sac",
    "cia",
    "cv",
    "ooo",
    "too",
    "ip",
    "association",
    "social",
];

/// Whether the words a longer name adds make another institution of the same kind and
/// place (`University of Karbala` / `Technical Middle University in Karbala`, `University of
/// X` / `Catholic University of X`).
pub(super) fn another_institution(words: &[&str], extra: &[String]) -> bool {
    const INSTITUTIONS: &[&str] = &[
        "university",
        "college",
        "institute",
        "school",
        "hospital",
        "academy",
    ];
    const KINDS: &[&str] = &[
        "technical",
        "technological",
        "technology",
        "polytechnic",
        "catholic",
        "islamic",
        "christian",
        "american",
        "british",
        "medical",
        "agricultural",
        "agriculture",
        "open",
        "federal",
        "state",
        "pedagogical",
        "middle",
        "metropolitan",
        "private",
        "international",
        "teachers",
        "military",
        "police",
    ];
    words.iter().any(|w| INSTITUTIONS.contains(w))
        && extra.iter().any(|x| KINDS.contains(&x.as_str()))
}

/// Words that wrap a body's name without naming another (`Government of ...`, `Head of
/// ...`, `... management company`).
pub(super) const WRAPPERS: &[&str] = &[
    "government",
    "head",
    "management",
    "world",
    "administration",
];

/// Words beside a brand that say what it is, read with [`DESCRIPTORS`] by the brand rule
/// only (`start-up Kytabu`, `the Ushahidi platform`, `a local NGO`).
pub(super) const BRAND_KINDS: &[&str] = &["start", "up", "local", "platform", "app", "the"];

/// Words that head the name of a body: one more of them in a longer name means another body.
pub(super) const BODY_HEADS: &[&str] = &[
    "university",
    "ministry",
    "agency",
    "municipality",
    "council",
    "foundation",
    "bank",
    // `company` reads `enterprise` (the word lexicon).
    "enterprise",
    "authority",
    "commission",
    "corporation",
    "network",
    "organization",
];

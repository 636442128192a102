//! The classifier on real mentions of the corpus, one test per kind.

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
        "Financial Ecosystem",
        "the startup ecosystem of Lagos",
        "State-Owned Enterprise",
        "Private Company",
        "Consulting firm",
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
        "Local Government Engineering Department",
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
        "Local Government Unit",
        "Municipal Administrations",
        // Plural acronyms, plural phrases in lower case, a group named by its activity.
        "INGOs",
        "OPDs",
        "Soup kitchens",
        "Cabinet d'études",
        "Recycling companies",
        "Farming Associations in Mauritius",
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
        ("Q4", "date"),
        ("FY2023", "date"),
        ("June 2023", "date"),
        ("Kenya", "place"),
        ("Cote d'Ivoire", "place"),
        ("Chiang Rai province", "place"),
        ("Youth Climate Innovation Challenge", "event"),
        ("Ministry of Health White Paper", "document"),
        ("Global Entrepreneurship Week Algeria", "event"),
        ("Pacific Digital Governance Expert", "role"),
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
        ("MVP", "product"),
        ("Here the second group", "heading"),
        ("Most Important", "heading"),
        ("High priority", "heading"),
        ("The fourth group", "heading"),
        ("And finally, the fifth group", "heading"),
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

#[test]
fn groups_by_the_shape_of_their_head() {
    // Plurals outside the word lists: of agent nouns, of body words, words sharing the
    // head after `and`, a noun of quantity, a role, a level of government without its
    // place, one word glossed as a group.
    for n in [
        "Solution carriers",
        "Project Collaborators",
        "Various Local equipment fabricators",
        "car-parts dealers",
        "Education/vocational training centers",
        "The provincial divisions of planning",
        "Local Administrations of the relevant territories",
        "Gouvernements de nos pays respectifs",
        "Community and neighborhood organizations",
        "Legal and Financial Counseling Partners",
        "Range of partners",
        "Forward-looking individuals and grassroots organization",
        "a number of research institutes",
        "Project Counterpart",
        "Potential informal partner",
        "District Administration",
        "Sub-district Administration",
        "City Council",
        "Khomikimiyats (Local Authorities)",
    ] {
        assert_eq!(classify(n), Collective, "{n}");
    }
    // Look-alikes: a name opening with its head, a singular body after `and`, a proper
    // name before the plural, nations, a level with the function it serves.
    for n in [
        "Association Antonio Lopez Scholarship Recipients (ASOBECAL)",
        "Fundación Museos",
        "Hotel and Restaurants Association",
        "Disadvantaged Children and Youth Development Association",
        "Kleanit Upcyclers",
        "ESPARTNERS",
        "Bahirdar municipalities",
        "States of Change",
        "Municipal Public Company for Management and Competitiveness",
        "Quezon City Government",
        "Ministry of Municipal and Rural Affairs and Housing",
    ] {
        assert_ne!(classify(n), Collective, "{n}");
    }
}

#[test]
fn no_vocabulary_word_is_read_as_a_slip_of_a_lexicon_word() {
    // The classifier's words are words of their own: a one-slip correction to the lexicon
    // (`techonology` -> `technology`) must leave every one of them as it is.
    let lists: [&[&str]; 18] = [
        words::QUANTITY_NOUNS,
        words::FIELD_WIDE,
        words::FIRM_KINDS,
        words::FIRM_MODIFIERS,
        words::LEVELS,
        words::UNIT_WORDS,
        words::PARTNER_ROLES,
        signals::ORG_WORDS_LIST,
        words::ACTORS_LIST,
        words::INSTITUTION_PLURALS_LIST,
        words::BODIES_LIST,
        words::QUANTIFIERS_LIST,
        words::PREPOSITIONS_LIST,
        words::PLACE_WORDS_LIST,
        words::EVENT_WORDS_LIST,
        words::DOCUMENT_WORDS_LIST,
        words::ROLES_LIST,
        words::SENTENCE_STARTERS_LIST,
    ];
    let slips: Vec<String> = lists
        .iter()
        .flat_map(|l| l.iter())
        .filter_map(|w| crate::names::normalise::slip_of(w).map(|c| format!("{w} -> {c}")))
        .collect();
    assert!(slips.is_empty(), "read as slips: {slips:?}");
}

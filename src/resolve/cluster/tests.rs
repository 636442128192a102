//! The clustering on small corpora: each rule, its abstentions, curation.

use super::super::{resolve, Resolver};
use super::*;

#[test]
fn clusters_join_what_other_plans_show_is_one_body() {
    let c = Clusters::build([
        (Some("SAU"), "King Saud University"),
        (Some("SAU"), "KSU"),
        (Some("IND"), "Spices Board India"),
        (Some("IND"), "Spices Board"),
        (Some("VNM"), "Fulbright University Vietnam"),
        (Some("VNM"), "Fulbright University Vietnam"),
        (Some("VNM"), "Fullbright University Vietnam"),
        (Some("KEN"), "Ministry of Health"),
        (Some("KEN"), "Ministry of Health and Sanitation"),
        (Some("KEN"), "Ministry of Health Services"),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same("KSU", "King Saud University", "SAU"));
    // A name that joins its acronym joins the longer name of the body too, whatever the
    // order of the rules.
    let n = Clusters::build([
        (Some("MNG"), "National Statistics Office"),
        (Some("MNG"), "National Statistical Office of Mongolia"),
        (Some("MNG"), "NSO"),
    ]);
    let one = |a: &str, b: &str| {
        n.canonical(resolve(a, Some("MNG"))) == n.canonical(resolve(b, Some("MNG")))
    };
    assert!(one("NSO", "National Statistical Office of Mongolia"));
    // An acronym with its country's initial at the end.
    let g = Clusters::build([
        (
            Some("NGA"),
            "Small and Medium Enterprises Development Agency",
        ),
        (Some("NGA"), "SMEDAN"),
    ]);
    assert_eq!(
        g.canonical(resolve("SMEDAN", Some("NGA"))),
        g.canonical(resolve(
            "Small and Medium Enterprises Development Agency",
            Some("NGA")
        ))
    );
    // A short form made of the starts of the words in Spanish.
    let t = Clusters::build([(Some("COL"), "MinTIC"), (Some("COL"), "Ministry of ICT")]);
    assert_eq!(
        t.canonical(resolve("MinTIC", Some("COL"))),
        t.canonical(resolve("Ministry of ICT", Some("COL")))
    );
    // Spacing: the forms of six letters or more compare, whatever the short ones.
    let m = Clusters::build([
        (Some("KEN"), "M-Pesa Foundation"),
        (Some("KEN"), "MPesa Foundation"),
    ]);
    assert_eq!(
        m.canonical(resolve("M-Pesa Foundation", Some("KEN"))),
        m.canonical(resolve("MPesa Foundation", Some("KEN")))
    );
    assert!(one(
        "National Statistics Office",
        "National Statistical Office of Mongolia"
    ));
    assert!(same("Spices Board", "Spices Board India", "IND"));
    assert!(same(
        "Fullbright University Vietnam",
        "Fulbright University Vietnam",
        "VNM"
    ));
    // Two longer names contain `Ministry of Health`: ambiguous, left alone, for review.
    assert!(!same(
        "Ministry of Health",
        "Ministry of Health and Sanitation",
        "KEN"
    ));
    assert!(c
        .abstentions
        .iter()
        .any(|a| a.country == "KEN" && a.rule == "word-subset"));
    // Never across countries.
    assert!(!same("Spices Board", "Spices Board India", "KEN"));
    let (_, how) = c.canonical_with(resolve("KSU", Some("SAU")));
    assert_eq!(how.map(|h| h.0), Some(Method::CountryAcronym));
}

#[test]
fn a_new_name_joins_the_one_corpus_name_that_would_join_it() {
    let c = Clusters::build([
        (Some("KAZ"), "2GIS"),
        (Some("KAZ"), "Astana Hub"),
        (Some("KEN"), "Ministry of Health"),
    ]);
    let attach = |n: &str, iso: &str| c.attach(n, resolve(n, Some(iso))).0;
    assert_eq!(
        attach("2GIS management company", "KAZ"),
        resolve("2GIS", Some("KAZ"))
    );
    assert_ne!(
        attach("2GIS management company", "KEN"),
        resolve("2GIS", Some("KAZ"))
    );
    // A part of the body is not the body.
    assert_ne!(
        attach("Ministry of Health Department of Planning", "KEN"),
        resolve("Ministry of Health", Some("KEN"))
    );
}

#[test]
fn ministries_join_the_one_ministry_whose_functions_include_theirs() {
    let c = Clusters::build([
        (Some("GIN"), "Ministry of Telecommunication"),
        (
            Some("GIN"),
            "Ministry of Posts, Telecommunications and Digital Economy",
        ),
        (
            Some("ARG"),
            "Argentine Ministry of Science, Technology and Innovation",
        ),
        (
            Some("ARG"),
            "National Ministry of Science, Technology and Innovation",
        ),
        (Some("KEN"), "Ministry of Education"),
        (Some("KEN"), "Ministry of Higher Education and Research"),
        (Some("URY"), "Ministry of Environment"),
        (
            Some("URY"),
            "Ministry of Environment and Ministry of Housing and Land Planning",
        ),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "Ministry of Telecommunication",
        "Ministry of Posts, Telecommunications and Digital Economy",
        "GIN"
    ));
    assert!(same(
        "Argentine Ministry of Science, Technology and Innovation",
        "National Ministry of Science, Technology and Innovation",
        "ARG"
    ));
    // A qualifier next to the shared function makes another ministry.
    assert!(!same(
        "Ministry of Education",
        "Ministry of Higher Education and Research",
        "KEN"
    ));
    // Two ministries written as one name are not one ministry.
    assert!(!same(
        "Ministry of Environment",
        "Ministry of Environment and Ministry of Housing and Land Planning",
        "URY"
    ));
}

#[test]
fn adjectives_of_the_country_and_abbreviations_inside_names() {
    let c = Clusters::build([
        (Some("SRB"), "Serbian Chamber of Commerce"),
        (Some("SRB"), "Chamber of Commerce of Serbia"),
        (Some("SRB"), "Chamber of Commerce of Novi Sad"),
        (Some("NGA"), "Benue State SDGs Office"),
        (
            Some("NGA"),
            "Benue State Sustainable Development Goals Office (SDGO)",
        ),
        (Some("NGA"), "Benue State Ministry of Health"),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "Serbian Chamber of Commerce",
        "Chamber of Commerce of Serbia",
        "SRB"
    ));
    assert!(!same(
        "Serbian Chamber of Commerce",
        "Chamber of Commerce of Novi Sad",
        "SRB"
    ));
    assert!(same(
        "Benue State SDGs Office",
        "Benue State Sustainable Development Goals Office (SDGO)",
        "NGA"
    ));
    assert!(!same(
        "Benue State SDGs Office",
        "Benue State Ministry of Health",
        "NGA"
    ));
}

#[test]
fn curation_joins_and_separates() {
    let m = [
        Mention {
            country: Some("KEN"),
            name: "Kenya Red Cross",
            plan: "a",
        },
        Mention {
            country: Some("KEN"),
            name: "KRCS",
            plan: "b",
        },
        Mention {
            country: Some("IND"),
            name: "Spices Board India",
            plan: "c",
        },
        Mention {
            country: Some("IND"),
            name: "Spices Board",
            plan: "d",
        },
    ];
    let key = |n: &str| super::super::national::national_key(n).0;
    let c = Clusters::build_with(
        &m,
        &[],
        &[
            PairDecision {
                country: "KEN".into(),
                a: key("Kenya Red Cross"),
                b: key("KRCS"),
                same: true,
                source: "cur.tsv:2".into(),
            },
            PairDecision {
                country: "IND".into(),
                a: key("Spices Board India"),
                b: key("Spices Board"),
                same: false,
                source: "cur.tsv:3".into(),
            },
        ],
    );
    let (e1, how) = c.canonical_with(resolve("KRCS", Some("KEN")));
    assert_eq!(e1, c.canonical(resolve("Kenya Red Cross", Some("KEN"))));
    assert_eq!(how.map(|h| h.0), Some(Method::Curation));
    assert_ne!(
        c.canonical(resolve("Spices Board", Some("IND"))),
        c.canonical(resolve("Spices Board India", Some("IND")))
    );
}

#[test]
fn spellings_that_are_each_others_candidates_are_one_body() {
    let c = Clusters::build([
        (Some("BOL"), "Electronic Government Agency"),
        (Some("BOL"), "Electronic Goernment Agency"),
        (Some("BOL"), "The Electronic Government"),
    ]);
    let e = |n: &str| c.canonical(resolve(n, Some("BOL")));
    assert_eq!(
        e("Electronic Goernment Agency"),
        e("Electronic Government Agency")
    );
    assert_eq!(
        e("The Electronic Government"),
        e("Electronic Government Agency")
    );
}

#[test]
fn an_acronym_may_leave_out_one_word_of_a_long_name() {
    let c = Clusters::build([
        (
            Some("MYS"),
            "Malaysian Industry-Government Group for High Technology",
        ),
        (Some("MYS"), "MIGHT"),
        (Some("MYS"), "SIRIM"),
        (Some("MYS"), "Ministry of Agriculture"),
    ]);
    let e = |n: &str| c.canonical(resolve(n, Some("MYS")));
    assert_eq!(
        e("MIGHT"),
        e("Malaysian Industry-Government Group for High Technology")
    );
    assert_ne!(e("SIRIM"), e("Ministry of Agriculture"));
}

#[test]
fn a_kind_of_institution_added_to_a_name_is_another_institution() {
    let c = Clusters::build([
        (Some("IRQ"), "University of Karbala"),
        (Some("IRQ"), "Technical Middle University in Karbala"),
        (Some("IND"), "Spices Board"),
        (Some("IND"), "Spices Board India"),
    ]);
    assert_ne!(
        c.canonical(resolve("University of Karbala", Some("IRQ"))),
        c.canonical(resolve(
            "Technical Middle University in Karbala",
            Some("IRQ")
        ))
    );
    assert_eq!(
        c.canonical(resolve("Spices Board", Some("IND"))),
        c.canonical(resolve("Spices Board India", Some("IND")))
    );
}

/// Acronyms spelled out in the prose of a plan (`names::definitions`), not in a partner
/// answer: an acronym written alone joins the mention of the name, or the name known only
/// from the text; a mentioned name is preferred to one known only from the text.
#[test]
fn acronyms_spelled_out_in_the_text_join_the_acronym_alone() {
    let m = [
        Mention {
            country: Some("VNM"),
            name: "DISED",
            plan: "a",
        },
        Mention {
            country: Some("URY"),
            name: "INAU",
            plan: "a",
        },
        Mention {
            country: Some("URY"),
            name: "National institution of children and youth in Uruguay",
            plan: "b",
        },
        Mention {
            country: Some("NGA"),
            name: "SEMA",
            plan: "a",
        },
        Mention {
            country: Some("NGA"),
            name: "Benue State Emergency Management Agency (SEMA)",
            plan: "b",
        },
    ];
    let d = |country, acronym, name| Definition {
        country: Some(country),
        acronym,
        name,
        plan: "c",
    };
    let defs = [
        d(
            "VNM",
            "DISED",
            "Da Nang Institute for Socio-Economic Development",
        ),
        d(
            "URY",
            "INAU",
            "National institution of children and youth in Uruguay",
        ),
        d("NGA", "SEMA", "State Emergency Management Agency"),
        // Another country's definition does not count.
        d("KEN", "INAU", "Institute of National Audit Units"),
    ];
    let c = Clusters::build_with(&m, &defs, &[]);
    let same = |a: &str, b: &str, iso: &str| {
        let r = Resolver {
            clusters: c.clone(),
            curation: Default::default(),
        };
        r.resolve(a, Some(iso)).entity == r.resolve(b, Some(iso)).entity
    };
    assert!(same(
        "DISED",
        "Da Nang Institute for Socio-Economic Development (DISED)",
        "VNM"
    ));
    assert!(same(
        "INAU",
        "National institution of children and youth in Uruguay",
        "URY"
    ));
    assert!(same(
        "SEMA",
        "Benue State Emergency Management Agency (SEMA)",
        "NGA"
    ));
    assert!(!same("INAU", "Institute of National Audit Units", "KEN"));
    // The acronym is mentioned, the name only written: the mention stays canonical.
    let full = resolve(
        "Da Nang Institute for Socio-Economic Development",
        Some("VNM"),
    );
    let (e, how) = c.canonical_with(full);
    assert_eq!(e, resolve("DISED", Some("VNM")));
    let (method, note) = how.unwrap();
    assert_eq!(method, Method::CountryAcronym);
    assert!(note.contains("in the text of plan c"), "{note}");
    // Without the definitions, INAU and the name are apart (its letters are the Spanish
    // name's, `Instituto del Niño y Adolescente del Uruguay`).
    let bare = Clusters::build_with(&m, &[], &[]);
    let r = Resolver {
        clusters: bare,
        curation: Default::default(),
    };
    assert_ne!(
        r.resolve("INAU", Some("URY")).entity,
        r.resolve(
            "National institution of children and youth in Uruguay",
            Some("URY")
        )
        .entity
    );
}

/// A name that heads no body and the same with `project` are one undertaking; a body and a
/// project of it are two. `in the Pacific` is not India's code in a key.
#[test]
fn a_named_undertaking_and_its_project_are_one() {
    let c = Clusters::build([
        (Some("PRY"), "Asunción Green City"),
        (Some("PRY"), "Asuncion Green City project"),
        (Some("KEN"), "Ministry of Health"),
        (Some("KEN"), "Ministry of Health project"),
        (
            Some("FJI"),
            "Governance for Resilient Development in the Pacific (Gov4Res)",
        ),
        (Some("FJI"), "Gov4Res"),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "Asunción Green City",
        "Asuncion Green City project",
        "PRY"
    ));
    assert!(!same(
        "Ministry of Health",
        "Ministry of Health project",
        "KEN"
    ));
    assert!(same(
        "Gov4Res",
        "Governance for Resilient Development in the Pacific (Gov4Res)",
        "FJI"
    ));
    let k =
        super::super::national::national_key("Governance for Resilient Development in the Pacific")
            .0;
    assert!(!k.split(' ').any(|w| w == "ind"), "{k}");
}

/// A brand with the kind of body it is (`Doinc Company`) joins the one longer name the
/// brand starts; two longer names are an abstention.
#[test]
fn a_brand_with_its_kind_joins_the_name_it_starts() {
    let c = Clusters::build([
        (Some("IRQ"), "Doinc Company"),
        (
            Some("IRQ"),
            "Doinc for Business Development and Consultation",
        ),
        (Some("KEN"), "Kytabu Company"),
        (Some("KEN"), "Kytabu Learning"),
        (Some("KEN"), "Kytabu Books"),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "Doinc Company",
        "Doinc for Business Development and Consultation",
        "IRQ"
    ));
    assert!(!same("Kytabu Company", "Kytabu Learning", "KEN"));
    assert!(!same("Kytabu Company", "Kytabu Books", "KEN"));
}

#[test]
fn a_name_and_its_translation_with_the_country_adjective_are_one_body() {
    let c = Clusters::build([
        (
            Some("COL"),
            "Asociación Colombiana de Empresas de Innovación y Tecnología Financiera",
        ),
        (
            Some("COL"),
            "Colombian Association of Financial Innovation and Technology Companies",
        ),
        (Some("COL"), "Asociación Colombiana de Universidades"),
    ]);
    let e = |n: &str| c.canonical(resolve(n, Some("COL")));
    assert_eq!(
        e("Asociación Colombiana de Empresas de Innovación y Tecnología Financiera"),
        e("Colombian Association of Financial Innovation and Technology Companies")
    );
    assert_ne!(
        e("Asociación Colombiana de Universidades"),
        e("Colombian Association of Financial Innovation and Technology Companies")
    );
}

/// A unit named with its parent body after a comma or a dash is the unit, when the
/// country's plans name the unit alone; named with two different parents, it is left for
/// review; the parent alone stays apart.
#[test]
fn a_unit_named_with_its_parent_is_the_unit() {
    let c = Clusters::build([
        (Some("VNM"), "National Innovation Center"),
        (
            Some("VNM"),
            "National Innovation Center, Ministry of Planning and Investment",
        ),
        (Some("VNM"), "Ministry of Planning and Investment"),
        (Some("KEN"), "Department of Tourism"),
        (Some("KEN"), "Department of Tourism, Ministry of Trade"),
        (
            Some("KEN"),
            "Department of Tourism - Nairobi City County Government",
        ),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "National Innovation Center",
        "National Innovation Center, Ministry of Planning and Investment",
        "VNM"
    ));
    assert!(!same(
        "Ministry of Planning and Investment",
        "National Innovation Center, Ministry of Planning and Investment",
        "VNM"
    ));
    assert!(!same(
        "Department of Tourism, Ministry of Trade",
        "Department of Tourism - Nairobi City County Government",
        "KEN"
    ));
    assert!(c
        .abstentions
        .iter()
        .any(|a| a.rule == "named-with-parent-shared"));
}

/// A brand written with what it is or the country it works in, before or after it, is the
/// brand alone.
#[test]
fn a_brand_with_its_kind_or_country_is_the_brand() {
    let c = Clusters::build([
        (Some("KEN"), "Ushahidi"),
        (Some("KEN"), "the NGO Ushahidi"),
        (Some("KEN"), "Ushahidi platform"),
        (Some("KEN"), "Kytabu"),
        (Some("KEN"), "start-up Kytabu"),
        (Some("KEN"), "private company Kytabu"),
        (Some("KEN"), "Kytabu Kenya Limited"),
        (Some("KEN"), "Kytabu Kenya"),
        (Some("KEN"), "Youth association Mladi"),
        (Some("KEN"), "Mladi"),
    ]);
    let same = |a: &str, b: &str| {
        c.canonical(resolve(a, Some("KEN"))) == c.canonical(resolve(b, Some("KEN")))
    };
    for n in ["the NGO Ushahidi", "Ushahidi platform"] {
        assert!(same(n, "Ushahidi"), "{n}");
    }
    for n in [
        "start-up Kytabu",
        "private company Kytabu",
        "Kytabu Kenya Limited",
        "Kytabu Kenya",
    ] {
        assert!(same(n, "Kytabu"), "{n}");
    }
    // A word that says more than the kind (`Youth association`) is another name.
    assert!(!same("Youth association Mladi", "Mladi"));
    assert!(!same("Kytabu", "Ushahidi"));
}

#[test]
fn an_acronym_that_is_the_initials_of_two_names_joins_neither() {
    let c = Clusters::build([
        (Some("ETH"), "MoE"),
        (Some("ETH"), "Ministry of Education"),
        (Some("ETH"), "Ministry of Energy"),
        (Some("GHA"), "MoE"),
        (Some("GHA"), "Ministry of Education"),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(!same("Ministry of Education", "Ministry of Energy", "ETH"));
    assert!(!same("MoE", "Ministry of Education", "ETH"));
    assert!(!same("MoE", "Ministry of Energy", "ETH"));
    assert!(same("MoE", "Ministry of Education", "GHA"));
}

#[test]
fn distinctive_names_with_what_they_are_and_places_with_their_government() {
    let c = Clusters::build([
        (
            Some("MAR"),
            "Majal Berkane (government owned private company)",
        ),
        (
            Some("MAR"),
            "MAJAL Berkane Local Development Company (Gov owned)",
        ),
        (Some("ETH"), "Adama"),
        (Some("ETH"), "Adama municipalities"),
        (Some("ARG"), "Tigre Delta Consulting"),
        (
            Some("ARG"),
            "Tigre Delta Provincial Development Agency Office",
        ),
    ]);
    let same = |a: &str, b: &str, iso: &str| {
        c.canonical(resolve(a, Some(iso))) == c.canonical(resolve(b, Some(iso)))
    };
    assert!(same(
        "Majal Berkane (government owned private company)",
        "MAJAL Berkane Local Development Company (Gov owned)",
        "MAR"
    ));
    assert!(same("Adama", "Adama municipalities", "ETH"));
}

#[test]
fn an_acronym_of_the_head_before_for() {
    let c = Clusters::build([
        (Some("MKD"), "DPM"),
        (Some("MKD"), "Deputy Prime Minister for Economic Affairs"),
        (Some("MKD"), "Ministry of Health"),
    ]);
    let same = |a: &str, b: &str| {
        c.canonical(resolve(a, Some("MKD"))) == c.canonical(resolve(b, Some("MKD")))
    };
    assert!(same("DPM", "Deputy Prime Minister for Economic Affairs"));
    assert!(!same("DPM", "Ministry of Health"));
}

/// Close letters are no slip when the words that differ are ordinary words, compass points
/// or numbers; a city named with `City` joins its government when a plan names it.
#[test]
fn close_spellings_of_other_words_stay_apart_and_a_city_joins_its_government() {
    let c = Clusters::build([
        (Some("BGD"), "Dhaka North City Corporation"),
        (Some("BGD"), "Dhaka South City Corporation"),
        (Some("RWA"), "Kigali City"),
        (Some("RWA"), "City of Kigali"),
        (Some("RWA"), "Kigali Innovation City"),
        (Some("COD"), "Ingenious City"),
    ]);
    let e = |n: &str, iso: &str| c.canonical(resolve(n, Some(iso)));
    assert_ne!(
        e("Dhaka North City Corporation", "BGD"),
        e("Dhaka South City Corporation", "BGD")
    );
    assert_eq!(e("Kigali City", "RWA"), e("City of Kigali", "RWA"));
    assert_ne!(e("Kigali City", "RWA"), e("Kigali Innovation City", "RWA"));
    assert_ne!(
        e("Ingenious City", "COD"),
        e("Municipality of Ingenious", "COD")
    );
}

/// An acronym written with its country joins the name it abbreviates; an acronym in the
/// body's language is read without the country's name in the full name.
#[test]
fn acronyms_with_or_without_the_country() {
    let c = Clusters::build([
        (Some("KEN"), "MoH Kenya"),
        (Some("KEN"), "Ministry of Health"),
        (Some("ECU"), "MSP"),
        (Some("ECU"), "Ministerio de Salud Pública del Ecuador"),
    ]);
    let e = |n: &str, iso: &str| c.canonical(resolve(n, Some(iso)));
    assert_eq!(e("MoH Kenya", "KEN"), e("Ministry of Health", "KEN"));
    assert_eq!(
        e("MSP", "ECU"),
        e("Ministerio de Salud Pública del Ecuador", "ECU")
    );
}

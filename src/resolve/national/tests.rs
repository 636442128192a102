//! Tests of the national keys: local governments, country adjectives, lexicon.

use super::*;

#[test]
fn a_capital_in_a_countrys_alias_is_no_adjective_of_it() {
    assert_eq!(national_key_in("Kinshasa", Some("COD")).0, "kinshasa");
    assert_eq!(
        national_key_in("Congolese Red Cross", Some("COD")).0,
        national_key_in("Red Cross of DR Congo", Some("COD")).0
    );
}

fn k(s: &str) -> String {
    national_key(s).0
}

#[test]
fn one_key_for_the_forms_of_a_body() {
    assert_eq!(k("University of Nottingham"), k("Nottingham University"));
    assert_eq!(k("Ministerio de Turismo"), k("Ministry of Tourism"));
    assert_eq!(k("Ministerio de Salud"), k("Ministry of Health"));
    assert_eq!(k("Ministère de la Santé"), k("Ministry of Health"));
    // An acronym before a dash or after the name, made of its initials.
    assert_eq!(
        k("MAT - Ministry of Territory Administration"),
        k("Ministry of Territory Administration (MAT)")
    );
    assert_eq!(
        k("Digital Serbia Initiative DSI"),
        k("Digital Serbia Initiative")
    );
    assert_ne!(k("Ministry of Health WHO"), k("Ministry of Health"));
    assert_eq!(k("Government of the Canton Sarajevo"), k("Canton Sarajevo"));
    assert_eq!(k("Benue State Government"), k("Benue State"));
    assert_ne!(k("Benue State Ministry of Health"), k("Benue State"));
    assert_eq!(k("University of Swaziland"), k("University of Eswatini"));
    assert_eq!(
        k("Municipality of Canelones"),
        k("Municipal Government of Canelones")
    );
    assert_eq!(k("Canelones City Council"), k("Municipality of Canelones"));
    assert_eq!(k("Alcaldía de Guatemala"), k("Municipality of Guatemala"));
    assert_eq!(
        k("Gaziantep Metropolitan Municipality"),
        k("Gaziantep Municipality")
    );
    assert_eq!(k("City of Skopje"), k("Skopje City Council"));
    // Other local-government forms: a city administration, the Portuguese municipal
    // chamber, a compass word of the place in Spanish.
    assert_eq!(
        k("Bahir Dar City Administration"),
        k("Bahir Dar Municipality")
    );
    assert_ne!(
        k("Lalibela city administration of Customs and Revenue office"),
        k("Lalibela Municipality")
    );
    assert_eq!(k("Câmara Municipal da Praia"), k("Praia City Council"));
    // A ministry is its country's: `national`, `federal` and `in charge of` name no function.
    assert_eq!(
        k("Ministry in charge of national Education"),
        k("Ministry of Education")
    );
    assert_eq!(k("Ministère chargé de la Santé"), k("Ministry of Health"));
    assert_eq!(
        k("Federal Ministry of Agriculture and Food Security"),
        k("Ministry of Agriculture and Food Security")
    );
    assert_ne!(k("Ministry in charge of Health"), k("Ministry"));
    // A city's government, its local government unit, a metropolitan district; not a
    // ministry of local government.
    assert_eq!(
        k("Quezon City Government"),
        k("Quezon City Local Government")
    );
    assert_eq!(
        k("Local Government Unit of Quezon City"),
        k("Quezon City LGU")
    );
    assert_eq!(k("Quezon City LGU"), k("Municipality of Quezon"));
    assert_eq!(k("Quito Metropolitan District"), k("Municipality of Quito"));
    assert_eq!(k("Greater Amman Municipality"), k("Amman Municipality"));
    // A mayor's office, a departmental, metropolitan or capital city's government, the
    // Indonesian city government, a Bangladeshi city corporation.
    assert_eq!(k("Mayor's Office of Bogotá"), k("Alcaldía Mayor de Bogotá"));
    assert_eq!(k("Osh Mayor's office"), k("Osh City Hall"));
    assert_ne!(
        k("Mayor's Office of Innovation"),
        k("Municipality of Innovation")
    );
    assert_ne!(
        k("Chuquisaca Autonomous Departmental Government"),
        k("Municipality of Chuquisaca")
    );
    assert_eq!(
        k("Distrito Metropolitano de Quito"),
        k("Municipality of Quito")
    );
    assert_eq!(
        k("Kathmandu Metropolitan City"),
        k("Kathmandu Municipality")
    );
    assert_eq!(k("Capital City Podgorica"), k("Municipality of Podgorica"));
    assert_eq!(
        k("Phnom Penh Capital Administration"),
        k("Phnom Penh City Hall")
    );
    assert_eq!(k("Pemerintah Kota Surabaya"), k("Surabaya City Government"));
    assert_eq!(
        k("Pemerintah Kabupaten Bogor"),
        k("Bogor Regency Government")
    );
    assert_eq!(
        k("Dhaka North City Corporation"),
        k("Municipality of Dhaka North")
    );
    assert_ne!(
        k("Dhaka North City Corporation"),
        k("Dhaka South City Corporation")
    );
    assert_eq!(
        national_key_in("Hanoi City People's Committee", Some("VNM")).0,
        national_key_in("Hanoi Municipality", Some("VNM")).0
    );
    // An acronym with its country's name or adjective is the acronym; not an international
    // body's.
    assert_eq!(national_key_in("MoH Kenya", Some("KEN")).0, "moh");
    assert_eq!(national_key_in("Egyptian MoHP", Some("EGY")).0, "mohp");
    assert_eq!(acronym_with_country("UNDP Paraguay", "PRY"), None);
    // Abbreviated words.
    assert_eq!(k("Min. of Education"), k("Ministry of Education"));
    assert_eq!(k("Ministry of Env."), k("Ministry of Environment"));
    assert_eq!(k("Govt. of Nepal"), k("Government of Nepal"));
    assert_ne!(
        k("Ministry of Local Government"),
        k("Local Government Municipality")
    );
    assert_eq!(
        national_key_in("Secretaría de Salud", Some("MEX")).0,
        national_key_in("Ministry of Health", Some("MEX")).0
    );
    assert_ne!(
        national_key_in("Secretaría de Salud", Some("ARG")).0,
        national_key_in("Ministry of Health", Some("ARG")).0
    );
    assert_ne!(
        national_key_in(
            "Secretaría General de Gobierno, Estado de Zacatecas",
            Some("MEX")
        )
        .0,
        national_key_in("Ministry of Government", Some("MEX")).0
    );
    // `at` joins a unit to its parent, like `of`.
    assert_eq!(
        k("Data Science Lab at Universidad de San Andrés"),
        k("Universidad de San Andrés Data Science Lab")
    );
    assert_ne!(
        k("Chamber of Commerce and Industry of Praia Municipality"),
        k("Praia City Council")
    );
    assert_eq!(
        k("Ayuntamiento de Santo Domingo Este"),
        k("Santo Domingo East Municipality")
    );
    assert_eq!(
        k("Local Government of Canelones"),
        k("Municipality of Canelones")
    );
    assert_eq!(
        k("Sub-national government of Canelones"),
        k("Municipality of Canelones")
    );
    assert_eq!(
        k("Ministerio de Relaciones Exteriores"),
        k("Ministry of Foreign Relations")
    );
    assert_eq!(
        k("Ministère de l'Enseignement Supérieur et de la Recherche Scientifique"),
        k("Ministry of Higher Education and Scientific Research")
    );
    assert_eq!(k("ANII"), "anii");
    assert_eq!(
        k("Ghana Enterprises Agency (GEA)"),
        k("Ghana Enterprises Agency")
    );
    assert_eq!(
        k("Osh Mayor's Office"),
        k("Osh Mayor’s office (city administration)")
    );
}

/// Real bodies named in two languages: one key, whatever the language, the plural or the
/// gender of their words.
const SAME_BODY: &[(&str, &str)] = &[
    // Other languages of the plans: Bengali, Kazakh, Indonesian, Serbian, Turkish.
    (
        "Union Parishad of Saint Martin",
        "Saint Martin Union Council",
    ),
    ("Almaty Akimat", "Almaty Municipality"),
    ("Kementerian Kesehatan", "Kesehatan Ministry"),
    ("Opština Kragujevac", "Kragujevac Municipality"),
    (
        "Ankara Büyükşehir Belediyesi",
        "Ankara Büyükşehir Municipality",
    ),
    ("Universitas Indonesia", "University of Indonesia"),
    (
        "Ministerio de Trabajo, Empleo y Seguridad Social",
        "Ministry of Labour, Employment and Social Security",
    ),
    (
        "Secretaría Técnica de Planificación",
        "Technical Planning Secretariat",
    ),
    (
        "Institut National des Recherches Agricoles du Bénin",
        "National Institute of Agricultural Research of Benin",
    ),
    (
        "Agence Nationale de la Météorologie",
        "National Meteorological Agency",
    ),
    (
        "Universidad Nacional Autónoma de México",
        "National Autonomous University of Mexico",
    ),
    (
        "Pontificia Universidad Católica del Perú",
        "Pontifical Catholic University of Peru",
    ),
    (
        "Corporación Autónoma Regional de Cundinamarca",
        "Autonomous Regional Corporation of Cundinamarca",
    ),
    (
        "Agencia de Gobierno Electrónico y Tecnologías de Información y Comunicación",
        "Agency for Electronic Government and Information and Communication Technologies",
    ),
    (
        "Ministère de l'Enseignement Technique et de la Formation Professionnelle",
        "Ministry of Technical Education and Vocational Training",
    ),
    (
        "Ministère de l'Économie Numérique et des Postes",
        "Ministry of Digital Economy and Posts",
    ),
    (
        "Universidade Federal do Rio de Janeiro",
        "Federal University of Rio de Janeiro",
    ),
    (
        "Servicio Nacional de Aprendizaje",
        "National Learning Service",
    ),
    (
        "Superintendencia de Industria y Comercio",
        "Superintendence of Industry and Commerce",
    ),
    (
        "Secretaría Nacional de la Niñez y la Adolescencia",
        "National Secretariat for Children and Adolescents",
    ),
    (
        "Dirección Nacional de Aduanas",
        "National Customs Directorate",
    ),
    (
        "Ministério do Desenvolvimento Social",
        "Ministry of Social Development",
    ),
    ("Cámara de Comercio de Bogotá", "Bogota Chamber of Commerce"),
    (
        "Consejo Nacional de Ciencia y Tecnología",
        "National Council of Science and Technology",
    ),
    (
        "Asociación de Investigadores Científicos",
        "Association of Scientific Researchers",
    ),
    ("Empresas Públicas de Medellín", "Medellin Public Companies"),
];

/// Bodies whose names differ by one word of another meaning: other keys.
const OTHER_BODIES: &[(&str, &str)] = &[
    ("Comisión Nacional de Energía", "National Energy Council"),
    (
        "Comité Nacional de Emergencia",
        "National Emergency Commission",
    ),
    (
        "Oficina Nacional de Estadística",
        "National Statistics Agency",
    ),
    (
        "Instituto Nacional de Estadística",
        "Instituto Nacional de Estadística y Geografía",
    ),
    ("Ministerio de Educación Superior", "Ministry of Education"),
    (
        "Universidad Nacional Agraria",
        "Universidad Nacional de Agricultura",
    ),
    (
        "Agencia Nacional de Hidrocarburos",
        "Agencia Nacional de Minería",
    ),
    ("Secretaría de Salud", "Secretaría de Seguridad"),
    (
        "Unidad de Regulación Financiera",
        "Ministerio de Hacienda y Crédito Público",
    ),
    (
        "Institute for Socio-Economic Development",
        "Institute for Development Partners and Economy",
    ),
];

#[test]
fn names_in_two_languages_key_alike() {
    for (a, b) in SAME_BODY {
        assert_eq!(k(a), k(b), "{a} / {b}");
    }
    for (a, b) in OTHER_BODIES {
        assert_ne!(k(a), k(b), "{a} / {b}");
    }
}

#[test]
fn in_a_plan_of_the_country_its_adjective_is_its_name() {
    let kc = |s: &str| national_key_in(s, Some("COL")).0;
    assert_eq!(
        kc("Asociación Colombiana de Empresas de Innovación y Tecnología Financiera"),
        kc("Colombian Association of Financial Innovation and Technology Companies")
    );
    assert_eq!(
        kc("Colombian Association of Universities"),
        kc("Association of Universities of Colombia")
    );
    // Elsewhere, and for a word of the lexicon, the word is kept.
    assert_ne!(
        national_key_in("Colombian Association of Universities", Some("PER")).0,
        national_key_in("Association of Universities of Colombia", Some("PER")).0
    );
    assert_eq!(
        national_key_in("Economía Verde", Some("CPV")).0,
        k("Green Economy")
    );
}

#[test]
fn country_adjectives_of_every_language_name_the_country() {
    for (w, iso3) in [
        ("colombiana", "COL"),
        ("colombianos", "COL"),
        ("ivoirienne", "CIV"),
        ("brasileira", "BRA"),
        ("bresilien", "BRA"),
        ("ecuatoriana", "ECU"),
        ("marocaine", "MAR"),
        ("marroqui", "MAR"),
        ("tchadienne", "TCD"),
        ("congolaise", "COD"),
        ("costarricense", "CRI"),
        ("caboverdiana", "CPV"),
        ("mocambicana", "MOZ"),
        ("filipina", "PHL"),
        ("kazakh", "KAZ"),
        ("uzbek", "UZB"),
        ("serbe", "SRB"),
        ("turca", "TUR"),
        ("maroc", "MAR"),
        ("brasil", "BRA"),
        ("kenyan", "KEN"),
        ("ghanaian", "GHA"),
        ("chileno", "CHL"),
        ("malians", "MLI"),
    ] {
        assert!(names_country(w, iso3), "{w} {iso3}");
    }
    for (w, iso3) in [
        ("brasileira", "ARG"),
        ("state", "BOL"),
        ("islamic", "IRN"),
        ("coastal", "CIV"),
        ("territory", "PSE"),
        ("domingo", "DOM"),
        ("malay", "MYS"),
        // A name that begins with the country's (a person's, a town's).
        ("kenyatta", "KEN"),
        ("chilenje", "CHL"),
    ] {
        assert!(!names_country(w, iso3), "{w} {iso3}");
    }
}

#[test]
fn collective_keys_leave_out_the_plans_country() {
    let k = |n: &str| collective_key(n, Some("ETH"));
    assert_eq!(
        k("UNDP Ethiopia Programmatic hubs"),
        k("UNDP - Programmatic hubs")
    );
    assert_eq!(k("Ethiopian CSOs"), k("CSOs in Ethiopia"));
    assert_eq!(k("CSOs in Ethiopia"), "cso");
    assert_eq!(k("SMEs"), k("SME"));
    assert_eq!(k("Various businesses"), "various business");
    assert_eq!(k("collectivités"), k("Collectivité"));
    assert_ne!(k("Kenyan CSOs"), k("CSOs"));
    assert_eq!(collective_key("Ethiopia", Some("ETH")), "ethiopia");
    assert_eq!(collective_key("Ethiopian CSOs", None), "ethiopian csos");
    assert_eq!(collective_key("Local NGOs", Some("KEN")), "local ngo");
    assert_eq!(
        collective_key("Local communities", Some("KEN")),
        collective_key("local community", Some("KEN"))
    );
    assert_eq!(
        collective_key("Donors including Japan", Some("PHL")),
        "donor including japan"
    );
    assert_eq!(collective_key("NGOs of South Africa", Some("ZAF")), "ngo");
}

#[test]
fn different_bodies_keep_different_keys() {
    assert_ne!(k("Ministry of Health"), k("Ministry of Education"));
    assert_ne!(
        k("Municipality of Canelones"),
        k("Municipality of Montevideo")
    );
    assert_ne!(
        k("Touristic department of the City of Skopje"),
        k("City of Skopje")
    );
    assert_ne!(k("Ministry of Health"), k("Ministry of Health White Paper"));
}

#[test]
fn a_ministry_named_with_its_own_country_is_the_ministry() {
    let key = |n: &str, c: &str| national_key_in(n, Some(c)).0;
    assert_eq!(
        key("Lebanese Ministry of Environment", "LBN"),
        key("Ministry of Environment", "LBN")
    );
    assert_eq!(
        key("Bhutan Ministry of Agriculture and Forests", "BTN"),
        key("Ministry of Agriculture and Forests", "BTN")
    );
    assert_eq!(
        key(
            "Ministry of Education and Science of the Kyrgyz Republic",
            "KGZ"
        ),
        key("Ministry of Education and Science", "KGZ")
    );
    // Another country's ministry keeps its country.
    assert_ne!(
        key("Ministry of Foreign Affairs of Japan", "GHA"),
        key("Ministry of Foreign Affairs", "GHA")
    );
}

//! National and local bodies: the key a mention is matched on within its country.
//!
//! The key is the set of the name's significant words, each in its English form (the word
//! lexicon of `names::normalise`), so `Ministerio de Salud` = `Ministry of Health` and
//! `University of Nottingham` = `Nottingham University`; a country's name is its ISO3 code
//! (`University of Swaziland` = `University of Eswatini`), and so is, in a plan of the
//! country, its adjective in any language (`Colombian Association` = `Asociación
//! Colombiana`); local governments take one form
//! (`Municipality of X` = `Municipal Government of X` = `X City Council` = `X City
//! Administration` = `Alcaldía de X` = `Câmara Municipal de X`).
//! A name that is one acronym is keyed by it (`ANII`): linking it to a full name needs the
//! other plans of the country (see `cluster`).

use crate::names::normalise::{
    acronym, canonical_word, key, strip_article, strip_parens, STOPWORDS,
};
use crate::text;

/// Words that make a local government, in the languages of the plans (already canonical:
/// `alcaldia`, `mairie`, `prefeitura`, `municipal` read `municipality`).
const LOCAL_GOVERNMENT: &[&str] = &["municipality", "ayuntamiento", "intendencia", "intendance"];
/// Words a local-government name may add without naming a part of it.
const LOCAL_FILLER: &[&str] = &[
    "city",
    "sub",
    "subnational",
    "national",
    "departmental",
    "departamental",
    "council",
    "hall",
    "government",
    "town",
    "metropolitan",
    "local",
    "mayor",
    "mayor's",
    "administration",
    "district",
    "provincial",
    "municipality",
    "ayuntamiento",
    "intendencia",
    "intendance",
    "office",
    "ville",
    "ciudad",
    "cidade",
    "gad",
    "autonomous",
    "descentralizado",
    "gobierno",
    "corporation",
];
/// A Spanish or Portuguese compass word of a place's name in English (`Santo Domingo Este` =
/// `Santo Domingo East`); read only inside a local government's place name, where `este`
/// and `sur` cannot be the pronoun or the preposition.
fn compass_in_english(w: &str) -> &str {
    match w {
        "este" | "leste" => "east",
        "oeste" => "west",
        "norte" => "north",
        "sur" | "sul" => "south",
        _ => w,
    }
}

/// Words naming a territory below the state.
pub(crate) const TERRITORIES: &[&str] = &[
    "canton",
    "state",
    "province",
    "region",
    "county",
    "governorate",
    "oblast",
    "prefecture",
    "district",
];
/// Words naming a part of a body: their presence means the name is not the body itself.
pub(crate) const SUB_UNITS: &[&str] = &[
    "department",
    "unit",
    "faculty",
    "school",
    "student",
    "students",
    "association",
    "directorate",
    "division",
    "section",
    "team",
    "cluster",
    "lab",
    "laboratory",
    "program",
    "project",
    "branch",
    "chapter",
    "committee",
    "center",
    "institute",
    "hub",
    "initiative",
    "secretariat",
    "bureau",
];

/// The key of a national body, and whether the local-government form was applied.
pub fn national_key(name: &str) -> (String, bool) {
    national_key_in(name, None)
}

/// [`national_key`] of a body of the country `iso3` (the plan's): an adjective of the
/// country that the word lexicon does not know is its name, the ISO3 code (`Asociación
/// Colombiana` = `Colombian Association` = `Association of Colombia`).
pub fn national_key_in(name: &str, iso3: Option<&str>) -> (String, bool) {
    let decoded = super::aliases::trim_noise(&text::decode(name));
    let decoded = bare_acronym(&decoded).map_or(decoded, |(main, _)| main);
    let main = strip_parens(&decoded);
    if main.trim().is_empty() || acronym(strip_article(main.trim())).is_some() {
        if let Some(a) = acronym(strip_article(&decoded)) {
            return (a.to_lowercase(), false);
        }
    }
    // `Municipality of Centar, Sarajevo`: a place after a comma locates a local government
    // (here inside the city of Sarajevo); it is not part of its name.
    let located = match decoded.rsplit_once(',') {
        Some((head, tail))
            if LOCAL_GOVERNMENT
                .iter()
                .any(|w| head.to_lowercase().contains(&w[..6]))
                && (1..=2).contains(&tail.split_whitespace().count())
                && tail
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase)) =>
        {
            head.to_string()
        }
        _ => decoded.clone(),
    };
    let k = key(&located);
    let raw: Vec<&str> = k.split(' ').collect();
    let mut words: Vec<String> = countries_as_codes(&raw)
        .into_iter()
        .map(|w| match iso3 {
            Some(c) if canonical_word(&w) == w && names_country(&w, c) => c.to_lowercase(),
            _ => canonical_word(&w).to_string(),
        })
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(&w.as_str()))
        .collect();
    // In Mexico and Honduras a federal `Secretaría de Salud` is the Ministry of Health (the
    // ministries are secretariats of state there); not a secretariat of a state, a city or
    // a ministry (`Secretaría General de Gobierno, Estado de Zacatecas`), nor elsewhere
    // (in Argentina a secretariat sits inside a ministry).
    if matches!(iso3, Some("MEX" | "HND"))
        && words.first().is_some_and(|w| w == "secretariat")
        && !words.iter().any(|w| {
            TERRITORIES.contains(&w.as_str())
                || LOCAL_GOVERNMENT.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "ministry" | "general" | "executive" | "technical"
                )
        })
        && (k.starts_with("secretaria de ") || k.starts_with("secretariat of "))
    {
        words[0] = "ministry".to_string();
    }
    // `City Council` alone, `Kampala Capital City Authority`: the local-government form only
    // when a local-government word is there and no part of it is named.
    let city_of = [
        "city of ",
        "town of ",
        "ville de ",
        "ciudad de ",
        "cidade de ",
    ]
    .iter()
    .any(|p| k.starts_with(p))
        || [
            "local government of ",
            "sub national government of ",
            "subnational government of ",
            "gobierno local de ",
            "gobierno municipal de ",
            "gouvernement local de ",
            "governo local de ",
            "municipal government of ",
        ]
        .iter()
        .any(|p| k.starts_with(p));
    // `Government of the Canton Sarajevo` = `Canton Sarajevo`, `Benue State Government` =
    // `Benue State`: a territory's government is the territory as a partner, when nothing
    // else heads the name.
    if words.iter().any(|w| TERRITORIES.contains(&w.as_str()))
        && !words
            .iter()
            .any(|w| SUB_UNITS.contains(&w.as_str()) || w == "ministry" || w == "minister")
    {
        words.retain(|w| w != "government");
    }
    // `X City Council`, `X Town Hall`; `Bahir Dar City Administration` and `City
    // Administrations of X and Y` (not `... city administration of Customs`).
    let city_administration = ["city administration", "town administration"]
        .iter()
        .any(|p| k.ends_with(p))
        || ["city administration of ", "city administrations of "]
            .iter()
            .any(|p| k.starts_with(p));
    let local = city_of
        || city_administration
        || words.iter().any(|w| LOCAL_GOVERNMENT.contains(&w.as_str()))
        || (words.iter().any(|w| w == "city" || w == "town")
            && words.iter().any(|w| w == "council" || w == "hall"));
    let mut generic = false;
    if local && !words.iter().any(|w| SUB_UNITS.contains(&w.as_str())) {
        // `Câmara Municipal de Bissau`: the Portuguese municipal chamber is the city council
        // (a chamber of commerce is not).
        let council_chamber = !words.iter().any(|w| w == "commerce" || w == "industry");
        let place: Vec<String> = words
            .iter()
            .filter(|w| {
                !(LOCAL_FILLER.contains(&w.as_str()) || (council_chamber && *w == "chamber"))
            })
            .map(|w| compass_in_english(w).to_string())
            .collect();
        if !place.is_empty() {
            words = place;
            words.push("municipality".into());
            generic = true;
        }
    }
    words.sort_unstable();
    words.dedup();
    if words.is_empty() {
        return (k, false);
    }
    (words.join(" "), generic)
}

/// `MAT - Ministry of Territory Administration`, `Digital Serbia Initiative DSI`: an acronym
/// written before the name with a dash or after it without parentheses, when its letters are
/// the initials of the name's words (in the name's order, or in another language's): the
/// name without it, and the acronym.
pub(crate) fn bare_acronym(s: &str) -> Option<(String, String)> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 3 || s.contains('(') {
        return None;
    }
    let (acr, rest) = if matches!(words[1], "-" | "–" | "—" | ":") {
        (words[0], words[2..].join(" "))
    } else if let Some(a) = words[0].strip_suffix(':') {
        (a, words[1..].join(" "))
    } else {
        (words[words.len() - 1], words[..words.len() - 1].join(" "))
    };
    let rest_words: Vec<String> = crate::names::normalise::fold(&rest)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    if !crate::names::normalise::is_acronym(acr) || rest_words.len() < 2 || acronym(&rest).is_some()
    {
        return None;
    }
    let a = crate::names::normalise::fold(acr).replace(' ', "");
    let (k, _) = national_key(&rest);
    (super::cluster::acronym_of_words(&a, &rest_words)
        || super::cluster::acronym_of_translated(&a, &k))
    .then(|| (rest, acr.to_string()))
}

/// Words of country names that do not say which country (`Democratic`, `South`).
const GENERIC_COUNTRY_WORDS: &[&str] = &[
    "republic",
    "democratic",
    "south",
    "north",
    "east",
    "west",
    "central",
    "equatorial",
    "united",
    "saint",
    "new",
    "and",
    "the",
    "islands",
    "island",
    "papua",
    "states",
    "arab",
    "people",
    "peoples",
    "kingdom",
    "federation",
    "federated",
    "plurinational",
    "congo",
    // Of `Plurinational State of Bolivia`, `Occupied Palestinian Territory`, `Iran (Islamic
    // Republic of)`, `Ivory Coast`, `Saudi Arabia`: words of other names (`State University`,
    // `Coastal Authority`, `Islamic University`, `Arabic`).
    "state",
    "territory",
    "territories",
    "occupied",
    "islamic",
    "coast",
    "arabia",
];

/// Country adjectives of French, Spanish and Portuguese (and English ones) that do not start
/// like a word of the country's English name (`brasileiro`, `ecuatoriano`, `marocain`,
/// `tchadien`) or are shorter than it (`kazakh`, `uzbek`), folded, one form each: the
/// others share its first five letters; and the names of those countries in these
/// languages (`brasil`, `maroc`). The adjectives that do (`colombiana`, `peruano`,
/// `ivoirien`, `mexicain`) need no entry.
const OTHER_ADJECTIVES: &[(&str, &[&str])] = &[
    ("AFG", &["afgano", "afghan"]),
    ("BLR", &["bielorruso", "bielorusse"]),
    ("BLZ", &["beliceno"]),
    ("BRA", &["brasileiro", "bresilien", "brasil", "bresil"]),
    ("BTN", &["butanes", "bhoutanais"]),
    ("BWA", &["botsuano", "motswana"]),
    ("CHN", &["chinese", "chino", "chinois"]),
    ("CIV", &["marfileno"]),
    ("COD", &["congolais", "congoleno", "congolese", "congoles"]),
    ("COG", &["congolais", "congoleno", "congolese", "congoles"]),
    ("CPV", &["caboverdiano", "capverdien"]),
    ("CRI", &["costarricense", "costaricien", "costarriquenho"]),
    ("DZA", &["argelino", "argelia"]),
    (
        "ECU",
        &["ecuatoriano", "equatorien", "equatoriano", "equateur"],
    ),
    ("EGY", &["egipcio", "egipto"]),
    ("ETH", &["etiope", "etiopia"]),
    ("IRQ", &["irakien", "irak"]),
    ("JPN", &["japones", "japonais"]),
    ("KAZ", &["kazajo", "kazakh"]),
    ("KEN", &["keniano", "kenia"]),
    ("KGZ", &["kirguis", "kirghize", "kyrgyz"]),
    ("KHM", &["camboyano", "cambodgien", "khmer"]),
    ("KOR", &["coreano", "coreen", "corea", "coree"]),
    ("LAO", &["laotien", "laosiano"]),
    ("LBN", &["libanais", "libanes", "liban", "libano"]),
    ("LBY", &["libyen", "libio", "libia", "libye"]),
    ("MAR", &["marocain", "marroqui", "maroc", "marruecos"]),
    ("MDA", &["moldavo", "moldave"]),
    ("MDG", &["malgache", "malagasy"]),
    ("MMR", &["birmano", "birman", "burmese"]),
    ("MOZ", &["mocambicano", "mocambique"]),
    ("MYS", &["malaisien", "malasio"]),
    ("PAK", &["paquistani"]),
    ("PHL", &["filipino", "filipinas"]),
    ("RWA", &["ruandes", "ruanda"]),
    ("SAU", &["saoudien"]),
    ("SDN", &["soudanais", "soudan"]),
    ("SRB", &["serbe"]),
    ("STP", &["santomense", "santotomense", "saotomense"]),
    ("MNG", &["mongol"]),
    ("SWZ", &["suazi", "swazi"]),
    ("SYR", &["sirio", "siria", "syrien", "syrie"]),
    ("TCD", &["tchadien", "tchad"]),
    ("THA", &["thai", "tailandes"]),
    ("TJK", &["tayiko", "tadjik", "tajik"]),
    ("TKM", &["turkmen", "turcomano"]),
    ("TUN", &["tunecino", "tunez"]),
    ("TUR", &["turco", "turc", "turque", "turquia", "turquie"]),
    ("UKR", &["ucraniano"]),
    ("UZB", &["ouzbek", "uzbek"]),
    ("ZAF", &["sudafricano", "sulafricano", "sudafrica"]),
];

/// ISO3 -> (the first five letters, the length, the word) of its name's words and adjectives.
type AdjectiveStarts = std::collections::HashMap<&'static str, Vec<(String, usize, String)>>;

/// ISO3 -> the starts of its name's words that its adjectives begin with, in any language
/// (`argen` for `argentine`, `argentino`; `ivoir` for `ivoirien`; `peru` for `peruvian`,
/// `peruana`), with the length of the word; and the starts of [`OTHER_ADJECTIVES`].
static ADJECTIVE_STARTS: std::sync::LazyLock<AdjectiveStarts> = std::sync::LazyLock::new(|| {
    let mut m: AdjectiveStarts = Default::default();
    for c in crate::countries::all() {
        let names = std::iter::once(c.name).chain(c.aliases.iter().copied());
        for n in names {
            // `Congo (Kinshasa)`: the capital in parentheses tells the two Congos apart; it
            // is no adjective of the country (`Kinshasa` is the city, not DR Congo).
            let n = n.split('(').next().unwrap_or(n);
            for w in crate::names::normalise::fold(n).split(' ') {
                if w.len() < 4 || GENERIC_COUNTRY_WORDS.contains(&w) {
                    continue;
                }
                let start: String = w.chars().take(5).collect();
                m.entry(c.iso3)
                    .or_default()
                    .push((start, w.len(), w.to_string()));
            }
        }
    }
    for (iso3, adjectives) in OTHER_ADJECTIVES {
        for a in *adjectives {
            let start: String = a.chars().take(5).collect();
            m.entry(iso3)
                .or_default()
                .push((start, a.len(), (*a).to_string()));
        }
    }
    m
});

/// Whether a key's word names the country `iso3` (ISO3): its code (how keys write a
/// country's name) or an adjective of it (`argentine`, `serbian`, `colombiana`): a word of
/// the same start, at most one letter shorter (`domingo` is not `dominican`) and five
/// longer; a word that holds the whole country word and more goes on with an adjective's
/// ending (`kenyan`, `ghanaian`; `Kenyatta` is a name, not `Kenyan`).
pub(crate) fn names_country(w: &str, iso3: &str) -> bool {
    /// Endings that make a country's name an adjective or a demonym, in the plans' languages.
    const ENDINGS: &[&str] = &[
        "n", "an", "ian", "ean", "ese", "ish", "i", "ien", "ienne", "ois", "oise", "ais", "aise",
        "ano", "ana", "ino", "ina", "eno", "ena", "no", "na", "vian", "ense", "o", "a", "e", "ic",
        "ica", "ico", "ique", "er", "ite", "es", "s",
    ];
    let ending_ok = |tail: &str| {
        tail.is_empty()
            || ENDINGS.contains(&tail)
            || ENDINGS.iter().any(|e| tail.strip_suffix('s') == Some(*e))
    };
    w == iso3.to_lowercase()
        || ADJECTIVE_STARTS.get(iso3).is_some_and(|starts| {
            starts.iter().any(|(s, len, full)| {
                w.starts_with(s.as_str())
                    && w.len() <= len + 5
                    && w.len() + 1 >= *len
                    && w.len() > 3
                    && w.strip_prefix(full.as_str()).is_none_or(ending_ok)
            })
        })
}

/// The key of a collective mention in a plan of `iso3`: its folded words in order, without
/// the words that name the plan's country (`UNDP Ethiopia Programmatic hubs` and `UNDP -
/// Programmatic hubs` are one group in an Ethiopian plan; `Ethiopian CSOs` and `CSOs in
/// Ethiopia` too): the entity is scoped to the country already.
pub fn collective_key(name: &str, iso3: Option<&str>) -> String {
    let k = key(name);
    let Some(iso3) = iso3 else { return k };
    let raw: Vec<&str> = k.split(' ').collect();
    let mut words: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    'words: while i < raw.len() {
        // The country's name in one to three words (`South Africa`), or its adjective.
        for n in (1..=3).rev().filter(|n| i + n <= raw.len()) {
            let phrase = raw[i..i + n].join(" ");
            let names_it = !STOPWORDS.contains(&raw[i])
                && phrase.len() >= 4
                && crate::countries::lookup(&phrase).is_some_and(|c| c.iso3 == iso3);
            if names_it || (n == 1 && names_country(raw[i], iso3)) {
                i += n;
                continue 'words;
            }
        }
        // `SME` / `SMEs`, `collectivité` / `collectivités`: one group, singular or plural
        // (the words as written otherwise, so the IRI reads in the plan's language).
        let w = raw[i];
        let singular = if w.len() >= 5 && w.ends_with("ies") {
            format!("{}y", &w[..w.len() - 3])
        } else if ["sses", "xes", "ches", "shes"]
            .iter()
            .any(|e| w.ends_with(e))
        {
            w[..w.len() - 2].to_string()
        } else if w.len() >= 4
            && w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
        {
            w[..w.len() - 1].to_string()
        } else {
            w.to_string()
        };
        words.push(singular);
        i += 1;
    }
    while words
        .last()
        .is_some_and(|w| STOPWORDS.contains(&w.as_str()))
    {
        words.pop();
    }
    if words.is_empty() {
        k
    } else {
        words.join(" ")
    }
}

/// Runs of words that name a country become its ISO3 code, lower-case.
fn countries_as_codes(words: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for n in (1..=3).rev() {
            if i + n > words.len() {
                continue;
            }
            let phrase = words[i..i + n].join(" ");
            // `in the Pacific` is not India (`IN`): a country's name does not start or end
            // with a stopword.
            if phrase.len() < 4
                || STOPWORDS.contains(&words[i])
                || STOPWORDS.contains(&words[i + n - 1])
            {
                continue;
            }
            if let Some(c) = crate::countries::lookup(&phrase) {
                out.push(c.iso3.to_lowercase());
                i += n;
                continue 'outer;
            }
        }
        out.push(words[i].to_string());
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
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
}

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
    "greater",
    "capital",
    "people",
    "committee",
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
    "regency",
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
    if let Some(a) = iso3.and_then(|c| acronym_with_country(&decoded, c)) {
        return (a, false);
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
    // `Ministère de l'Éducation nationale`, `National Ministry of Science`, `Federal Ministry
    // of Health`, `Lebanese Ministry of Environment`, `Ministry of Health of Bhutan`: a
    // ministry is its country's; `national`, `federal` and the country itself name no
    // function (another country's stays: Japan's foreign ministry in a plan from Ghana).
    if words.iter().any(|w| w == "ministry") && words.len() > 2 {
        let own = iso3.map(str::to_lowercase);
        words.retain(|w| w != "national" && w != "federal" && Some(w) != own.as_ref());
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
    // `Quezon City Government`, `Local Government Unit of Quezon City`, `Quezon City LGU`,
    // `Quito Metropolitan District` (the Distrito Metropolitano is Quito's municipality):
    // a city's or a place's government, not a ministry of local government.
    let local_government_unit = k.contains("local government unit") || raw.contains(&"lgu");
    if local_government_unit {
        words.retain(|w| w != "unit" && w != "lgu");
    }
    let city_government = (words.iter().any(|w| w == "city" || w == "town")
        && words.iter().any(|w| w == "government"))
        || local_government_unit
        || k.ends_with(" local government")
        || k.ends_with(" city corporation")
        || k.contains("metropolitan district");
    // `Mayor's Office of Bogotá`, `Office of the Mayor of X`: the mayor's office is the city's
    // government (`Alcaldía`); not a mayor's office of a topic (`Mayor's Office of
    // Innovation`). A departmental government is not one: Uruguay's are its Intendencias, but
    // Bolivia's (`Chuquisaca Autonomous Departmental Government`) govern regions.
    let has = |x: &str| words.iter().any(|w| w == x);
    let mayor_office = has("mayor")
        && has("office")
        && words.iter().all(|w| {
            LOCAL_FILLER.contains(&w.as_str()) || !crate::names::normalise::is_lexicon_word(w)
        });
    // `Distrito Metropolitano de Quito`, `Kathmandu Metropolitan City`, `Capital City
    // Podgorica`, `Phnom Penh Capital Administration`: a metropolitan or capital city's
    // government.
    let metropolitan = (has("metropolitan") && (has("district") || has("city")))
        || (has("capital") && (has("city") || has("administration")) && !has("authority"));
    // `Ha Noi People's Committee`, `People's Committee of Da Nang City`: the government of a
    // province or city in Viet Nam and Lao PDR.
    let peoples_committee = has("people") && has("committee");
    let local = city_of
        || city_administration
        || metropolitan
        || peoples_committee
        || mayor_office
        || (city_government && !words.iter().any(|w| w == "ministry" || w == "minister"))
        || words.iter().any(|w| LOCAL_GOVERNMENT.contains(&w.as_str()))
        || (words.iter().any(|w| w == "city" || w == "town")
            && words.iter().any(|w| w == "council" || w == "hall"));
    let mut generic = false;
    if local
        && !words
            .iter()
            .any(|w| SUB_UNITS.contains(&w.as_str()) && !(peoples_committee && w == "committee"))
    {
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

/// `MoH Kenya`, `Egyptian MoHP`, `MoH (Kenya)`: an acronym with the name or adjective of the
/// plan's country `iso3` is the acronym (folded), a body of that country.
pub(crate) fn acronym_with_country(name: &str, iso3: &str) -> Option<String> {
    let main = strip_parens(name);
    let tokens: Vec<&str> = main
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let is_acr = |t: &str| crate::names::normalise::is_acronym(t);
    let [acr] = tokens.iter().filter(|t| is_acr(t)).collect::<Vec<_>>()[..] else {
        return None;
    };
    let rest: Vec<String> = tokens
        .iter()
        .filter(|t| !is_acr(t))
        .map(|t| crate::names::normalise::fold(t))
        .collect();
    let rest = rest.join(" ");
    let names_it = !rest.is_empty()
        && rest.split(' ').count() <= 3
        && (names_country(&rest, iso3)
            || crate::countries::lookup(&rest).is_some_and(|c| c.iso3 == iso3));
    // Not an international body's acronym (`UNDP Paraguay` is the country office).
    let a = crate::names::normalise::fold(acr).replace(' ', "");
    (names_it && !crate::names::tables::is_organisation_key(&a)).then_some(a)
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

mod country;
#[cfg(test)]
mod tests;

pub(crate) use country::names_country;

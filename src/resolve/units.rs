//! UNDP's own units in a country: its country offices and Accelerator Labs. UNDP authors
//! every plan, so these are internal units, distinct from UNDP itself, and each belongs to
//! *its* country, which is not always the plan's: `AccLab Namibia` in Zambia's plan is the
//! Namibia lab, one entity wherever it is named. A bare `Accelerator Lab` or `country office`
//! is the plan's own. HQ and regional units (Chief Digital Office, BPPS, the global policy
//! centres) are rows of the organisation table instead; [`undp_unit_of_table`] finds the
//! row of one named by what and where it is (`Regional Hub`, `UNDP Singapore Tech Centre`).

use crate::names::normalise::key;

/// The unit a mention names: (ISO3 of its country, unit key), or `None`.
pub fn undp_unit(name: &str, plan_country: Option<&str>) -> Option<(String, &'static str)> {
    let k = spelled_out(&key(name));
    let words: Vec<&str> = k.split(' ').collect();
    let has = |w: &str| words.contains(&w);
    let joined = format!(" {k} ");
    let lab = joined.contains(" acclab ")
        || joined.contains(" acclabs ")
        || joined.contains(" acc lab ")
        || joined.contains(" accelerator lab ")
        || joined.contains(" accelerator labs ")
        || joined.contains(" accelerator laboratory ")
        || ((has("laboratorio") || has("laboratoire") || has("laboratorios") || has("lab"))
            && (has("aceleracion") || has("acceleration") || has("aceleracao")))
        || joined.contains(" alab ");
    let undp = has("undp") || has("pnud") || has("undps");
    let office = joined.contains(" country office ")
        || joined.contains(" bureau pays ")
        || joined.contains(" oficina de pais ")
        || joined.contains(" co ")
        || joined.contains(" mco ")
        // `UNDP Resident Representative`, `UNDP Senior Management`: the office's head.
        || (undp
            && (joined.contains(" resident representative ")
                || joined.contains(" senior management ")))
        || (undp
            && (has("office") || has("oficina") || has("bureau") || has("escritorio")));
    // Other words than the unit's, UNDP's and a country's name this unit (`UNDP Governance
    // cluster`, `AccLab Innovation Challenge`): not the unit itself.
    let (country, rest) = country_in(&words);
    let generic = |w: &&str| {
        matches!(
            *w,
            "undp"
                | "undps"
                | "pnud"
                | "acclab"
                | "acclabs"
                | "acc"
                | "lab"
                | "labs"
                | "accelerator"
                | "laboratory"
                | "alab"
                | "country"
                | "office"
                | "co"
                | "team"
                | "equipe"
                | "equipo"
                | "equipa"
                | "staff"
                | "mco"
                | "multi"
                | "resident"
                | "representative"
                | "deputy"
                | "senior"
                | "management"
                | "in"
                | "of"
                | "de"
                | "du"
                | "del"
                | "do"
                | "da"
                | "bureau"
                | "pays"
                | "oficina"
                | "pais"
                | "the"
                | "la"
                | "el"
                | "le"
                | "laboratorio"
                | "laboratoire"
                | "aceleracion"
                | "acceleration"
                | "aceleracao"
                | "laboratorios"
                | "d"
                | "s"
                | "and"
                | "y"
                | "et"
                | "for"
                | "en"
                | "em"
                | "au"
                | "no"
                | "na"
                | "escritorio"
        )
    };
    if rest.iter().any(|w| !generic(w)) {
        return None;
    }
    let country = country.or_else(|| plan_country.map(str::to_string))?;
    if lab {
        return Some((country, "undp accelerator lab"));
    }
    if undp && (office || rest.len() < words.len()) {
        // `UNDP Kenya`, `UNDP Country Office`, `UNDP CO`.
        return Some((country, "undp country office"));
    }
    let significant = words
        .iter()
        .filter(|w| {
            !matches!(
                **w,
                "of" | "de" | "du" | "del" | "the" | "la" | "el" | "le" | "d"
            )
        })
        .count();
    if office && rest.len() < words.len() && has("co") {
        // `Kenya CO`: a country's CO is UNDP's office there.
        return Some((country, "undp country office"));
    }
    if office && rest.len() == words.len() && significant <= 3 {
        // A bare `Country Office`, `Equipe du bureau pays`.
        return Some((country, "undp country office"));
    }
    None
}

/// The key with UNDP's words as the unit rules read them: `undpacclab` is `undp acclab`
/// (a missing space), `accelarator` is `accelerator` (a slip of one or two letters).
fn spelled_out(k: &str) -> String {
    k.split(' ')
        .map(|w| match w.strip_prefix("undp") {
            Some(rest) if rest.len() >= 3 && !rest.starts_with('s') => format!("undp {rest}"),
            _ if w.len() >= 9
                && w != "accelerator"
                && w.starts_with("ac")
                && !w.ends_with("ion")
                && !w.ends_with("cao")
                && strsim::damerau_levenshtein(w, "accelerator") <= 2 =>
            {
                "accelerator".to_string()
            }
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country a run of the words names (ISO3), and the other words.
fn country_in<'a>(words: &[&'a str]) -> (Option<String>, Vec<&'a str>) {
    for n in (1..=3).rev() {
        for start in 0..words.len().saturating_sub(n - 1) {
            let phrase = words[start..start + n].join(" ");
            // `co`, `un`: never a country here; `DRC`, `BiH` are.
            let found = if phrase.len() < 4 && n == 1 {
                crate::countries::lookup_abbreviation(&phrase)
            } else {
                crate::countries::lookup(&phrase)
            };
            if let Some(c) = found {
                let mut rest: Vec<&str> = words[..start].to_vec();
                rest.extend_from_slice(&words[start + n..]);
                return (Some(c.iso3.to_string()), rest);
            }
        }
    }
    // `UNDP Mexco`, `AccLab Nmibia`: a word one slip away from one country's name.
    for (start, w) in words.iter().enumerate() {
        if let Some(iso3) = near_country(w) {
            let mut rest: Vec<&str> = words[..start].to_vec();
            rest.extend_from_slice(&words[start + 1..]);
            return (Some(iso3.to_string()), rest);
        }
    }
    (None, words.to_vec())
}

/// Countries' one-word names and aliases of five letters or more, folded.
static ONE_WORD_NAMES: std::sync::LazyLock<Vec<(String, &'static str)>> =
    std::sync::LazyLock::new(|| {
        crate::countries::all()
            .iter()
            .flat_map(|c| {
                std::iter::once(c.name)
                    .chain(c.aliases.iter().copied())
                    .map(move |n| (key(n), c.iso3))
            })
            .filter(|(k, _)| k.len() >= 5 && !k.contains(' '))
            .collect()
    });

/// The country whose one-word name a word is with one slip (same first letter, one edit),
/// when only one country fits.
fn near_country(w: &str) -> Option<&'static str> {
    if w.len() < 5 || crate::countries::lookup(w).is_some() {
        return None;
    }
    let mut found: Vec<&'static str> = ONE_WORD_NAMES
        .iter()
        .filter(|(n, _)| {
            n.chars().next() == w.chars().next() && strsim::damerau_levenshtein(n, w) == 1
        })
        .map(|(_, iso3)| *iso3)
        .collect();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// UNDP's regions (its regional bureaus), each with its regional hub and bureau in the
/// organisation table (Africa's hub and bureau are one row).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Region {
    Africa,
    ArabStates,
    AsiaPacific,
    EuropeCis,
    LatinAmerica,
}

impl Region {
    fn hub(self) -> &'static str {
        match self {
            Region::Africa => "undp-rba",
            Region::ArabStates => "undp-amman-hub",
            Region::AsiaPacific => "undp-brh",
            Region::EuropeCis => "undp-irh",
            Region::LatinAmerica => "undp-panama-hub",
        }
    }

    fn bureau(self) -> &'static str {
        match self {
            Region::Africa => "undp-rba",
            Region::ArabStates => "undp-rbas",
            Region::AsiaPacific => "undp-rbap",
            Region::EuropeCis => "undp-rbec",
            Region::LatinAmerica => "undp-rblac",
        }
    }
}

/// The UNDP region of a country (ISO3): the Arab States bureau covers the Arab League's
/// countries of North Africa, the Horn and Western Asia; Europe and the CIS covers the
/// Western Balkans, Eastern Europe, the Caucasus, Türkiye and Central Asia. `None` where
/// UNDP has no regional bureau (Western Europe, North America).
fn region_of(iso3: &str) -> Option<Region> {
    const ARAB_STATES: &[&str] = &[
        "DZA", "BHR", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT",
        "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
    ];
    const EUROPE_CIS: &[&str] = &[
        "ALB", "ARM", "AZE", "BLR", "BIH", "CYP", "GEO", "KAZ", "KGZ", "XKX", "MDA", "MNE", "MKD",
        "SRB", "TJK", "TUR", "TKM", "UKR", "UZB",
    ];
    if ARAB_STATES.contains(&iso3) {
        return Some(Region::ArabStates);
    }
    if EUROPE_CIS.contains(&iso3) {
        return Some(Region::EuropeCis);
    }
    let c = crate::countries::all().iter().find(|c| c.iso3 == iso3)?;
    match c.region {
        "Africa" => Some(Region::Africa),
        "Americas" if !matches!(iso3, "USA" | "CAN") => Some(Region::LatinAmerica),
        "Asia" if c.subregion != "Western Asia" && c.subregion != "Central Asia" => {
            Some(Region::AsiaPacific)
        }
        "Oceania" => Some(Region::AsiaPacific),
        _ => None,
    }
}

/// UNDP's global policy centres and regional hubs by the city they are in: (city, the
/// centre's row, the hub's row).
const CITIES: &[(&str, Option<&str>, Option<&str>)] = &[
    ("singapore", Some("undp-gc-singapore"), None),
    ("oslo", Some("undp-ogc"), None),
    ("seoul", Some("undp-uspc"), None),
    ("nairobi", Some("undp-gc-red"), None),
    ("brasilia", Some("undp-ipc-ig"), None),
    ("istanbul", None, Some("undp-irh")),
    ("bangkok", None, Some("undp-brh")),
    ("panama", None, Some("undp-panama-hub")),
    ("amman", None, Some("undp-amman-hub")),
];

/// A UNDP unit of the organisation table named by what it is and where, not by its name:
/// `Regional Hub`, `UNDP Regional Office` or `Regional Bureau` in a plan is the plan
/// country's region's (`Regional Hub` in Kyrgyzstan's plan is the Istanbul Regional Hub);
/// `UNDP Singapore Tech Centre` is the global centre in Singapore; `GEF- Small Grants
/// Project Team`, `UNDP Small Grants Programme` are the GEF Small Grants Programme. The row's
/// id, or `None`.
pub fn undp_unit_of_table(name: &str, plan_country: Option<&str>) -> Option<&'static str> {
    let k = key(name);
    let words: Vec<&str> = k
        .split(' ')
        .filter(|w| {
            !matches!(
                *w,
                "undp"
                    | "undps"
                    | "pnud"
                    | "the"
                    | "of"
                    | "for"
                    | "in"
                    | "de"
                    | "del"
                    | "du"
                    | "la"
                    | "le"
                    | "el"
                    | "our"
            )
        })
        .collect();
    let has = |w: &str| words.contains(&w);
    let centre = has("centre") || has("center") || has("centro");
    // `GEF SGP team`, `Small Grants Programme - GEF`, `UNDP Small Grants Programme`: the
    // programme, its country team or its coordinator.
    let grants = k.contains("small grant") || k.contains("pequenas donaciones");
    if (grants || has("sgp"))
        && (has("gef") || has("sgp") || k.contains("global environment"))
        && words.iter().all(|w| {
            matches!(
                *w,
                "gef"
                    | "sgp"
                    | "small"
                    | "grant"
                    | "grants"
                    | "programme"
                    | "program"
                    | "programa"
                    | "project"
                    | "team"
                    | "country"
                    | "national"
                    | "coordinator"
                    | "office"
                    | "global"
                    | "environment"
                    | "facility"
                    | "fund"
                    | "and"
            ) || crate::countries::lookup(w).is_some()
        })
    {
        return Some("gef-sgp");
    }
    if grants
        && k.starts_with("undp")
        && words
            .iter()
            .all(|w| matches!(*w, "small" | "grant" | "grants" | "programme" | "program"))
    {
        return Some("gef-sgp");
    }
    // A centre or hub named by its city, with words that say what kind of unit it is.
    let kind_word = |w: &&str| {
        matches!(
            *w,
            "centre"
                | "center"
                | "centro"
                | "hub"
                | "global"
                | "regional"
                | "tech"
                | "technology"
                | "policy"
                | "office"
        )
    };
    if let Some((_, c, h)) = CITIES.iter().find(|(city, _, _)| has(city)) {
        let rest: Vec<&&str> = words
            .iter()
            .filter(|w| !CITIES.iter().any(|c| c.0 == **w))
            .collect();
        if words.len() >= 2 && rest.iter().all(|w| kind_word(w)) && (centre || has("hub")) {
            let regional = has("regional") || has("hub");
            return if regional { *h } else { *c };
        }
        return None;
    }
    // `Regional Hub`, `UNDP Regional Service Centre`, `Bureau régional du PNUD`.
    if !has("regional") || words.len() > 3 {
        return None;
    }
    let region = region_of(plan_country?)?;
    let rest: Vec<&&str> = words.iter().filter(|w| **w != "regional").collect();
    match rest.as_slice() {
        [w] if matches!(**w, "hub" | "centre" | "center" | "centro") => Some(region.hub()),
        [w] if **w == "office" && k.contains("undp") => Some(region.hub()),
        [a, b] if matches!(**a, "service") && matches!(**b, "centre" | "center") => {
            Some(region.hub())
        }
        [w] if **w == "bureau" || **w == "direccion" => Some(region.bureau()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_named_by_abbreviation_or_head_are_the_country_office() {
        let unit = |n: &str, c: &str| undp_unit(n, Some(c)).map(|(c, u)| format!("{c} {u}"));
        let co = |c: &str| Some(format!("{c} undp country office"));
        assert_eq!(unit("UNDP DRC", "COD"), co("COD"));
        assert_eq!(unit("UNDP RDC", "COD"), co("COD"));
        assert_eq!(unit("UNDP BiH", "BIH"), co("BIH"));
        assert_eq!(unit("UNDP KSA", "SAU"), co("SAU"));
        assert_eq!(unit("UNDP MCO Fiji", "FJI"), co("FJI"));
        assert_eq!(unit("UNDP Multi-Country Office", "FJI"), co("FJI"));
        assert_eq!(unit("UNDP Resident Representative", "SEN"), co("SEN"));
        assert_eq!(unit("UNDP Senior Management", "SEN"), co("SEN"));
        // Short words that are codes, not abbreviations, are not countries.
        assert_eq!(unit("UNDP CO", "PER"), co("PER"));
        assert_eq!(unit("UNDP Governance team", "SEN"), None);
    }

    #[test]
    fn labs_belong_to_their_country() {
        let lab = |n: &str, c: &str| undp_unit(n, Some(c));
        assert_eq!(
            lab("AccLab Namibia", "ZMB"),
            Some(("NAM".into(), "undp accelerator lab"))
        );
        assert_eq!(
            lab("UNDP Namibia Accelerator Lab", "NAM"),
            lab("AccLab Namibia", "ZMB")
        );
        assert_eq!(
            lab("Accelerator Lab", "SRB"),
            Some(("SRB".into(), "undp accelerator lab"))
        );
        assert_ne!(lab("Accelerator Lab", "SRB"), lab("Accelerator Lab", "VNM"));
        assert_eq!(
            lab("UNDP Kenya", "UGA"),
            Some(("KEN".into(), "undp country office"))
        );
        assert_eq!(
            lab("UNDP Country Office", "KEN"),
            Some(("KEN".into(), "undp country office"))
        );
        assert_eq!(
            lab("UNDPAccLab in Iraq", "IRQ"),
            lab("UNDP AccLab in Iraq", "IRQ")
        );
        assert_eq!(
            lab("UNDP Accelarator Lab", "KEN"),
            lab("Accelerator Lab", "KEN")
        );
        assert_eq!(lab("UNDP Mexco", "KEN"), lab("UNDP Mexico", "KEN"));
        assert_eq!(
            lab("Laboratoire d'accélération du PNUD Sénégal", "SEN"),
            lab("AccLab Sénégal", "SEN")
        );
        assert_eq!(lab("AccLab Nmibia", "ZMB"), lab("AccLab Namibia", "ZMB"));
        assert_eq!(lab("UNDP Governance cluster", "KEN"), None);
        assert_eq!(lab("UNDP", "KEN"), None);
        assert_eq!(lab("Ministry of Health", "KEN"), None);
    }

    #[test]
    fn country_office_teams_and_names_in_other_languages() {
        let unit = |n: &str, c: &str| undp_unit(n, Some(c)).map(|(c, u)| format!("{c} {u}"));
        let co = |c: &str| Some(format!("{c} undp country office"));
        assert_eq!(unit("Equipe du bureau pays", "BFA"), co("BFA"));
        assert_eq!(unit("L'équipe du bureau pays du PNUD", "BFA"), co("BFA"));
        assert_eq!(unit("Equipo de la oficina de país", "PER"), co("PER"));
        assert_eq!(unit("Bureau du PNUD au Sénégal", "SEN"), co("SEN"));
        assert_eq!(unit("Escritório do PNUD em Angola", "AGO"), co("AGO"));
        assert_eq!(unit("the Country Office team", "KEN"), co("KEN"));
        assert_eq!(unit("Kenya CO", "KEN"), co("KEN"));
        assert_eq!(unit("PNUD República Dominicana", "DOM"), co("DOM"));
        assert_eq!(unit("PNUD Tchad", "TCD"), co("TCD"));
        let lab = |c: &str| Some(format!("{c} undp accelerator lab"));
        assert_eq!(unit("Laboratório de Aceleração do PNUD", "BRA"), lab("BRA"));
        assert_eq!(unit("Lab de Aceleración", "PER"), lab("PER"));
        // A company written `Co`, a part of the office, a cooperative: not the office.
        assert_eq!(unit("alMadar Co", "LBY"), None);
        assert_eq!(unit("Gender specialists at the Jordan CO", "JOR"), None);
        assert_eq!(unit("Kenya Co-operative Bank", "KEN"), None);
        assert_eq!(unit("UNDP Governance team", "KEN"), None);
    }

    #[test]
    fn regional_units_are_the_plan_regions() {
        let row = |n: &str, c: &str| undp_unit_of_table(n, Some(c));
        assert_eq!(row("Regional Hub", "KGZ"), Some("undp-irh"));
        assert_eq!(row("UNDP Regional Office", "KGZ"), Some("undp-irh"));
        assert_eq!(row("Regional Hub", "THA"), Some("undp-brh"));
        assert_eq!(row("UNDP Regional Hub", "PRY"), Some("undp-panama-hub"));
        assert_eq!(row("Regional Hub", "EGY"), Some("undp-amman-hub"));
        assert_eq!(row("Regional Hub", "JOR"), Some("undp-amman-hub"));
        assert_eq!(row("Regional Hub", "MRT"), Some("undp-rba"));
        assert_eq!(row("Regional Service Centre", "ETH"), Some("undp-rba"));
        assert_eq!(row("Regional Bureau", "SRB"), Some("undp-rbec"));
        assert_eq!(row("Bureau régional du PNUD", "SEN"), Some("undp-rba"));
        // No UNDP region, or a regional body of another kind or organisation.
        assert_eq!(row("Regional Hub", "FRA"), None);
        assert_eq!(row("Regional Office", "KEN"), None);
        assert_eq!(row("UNICEF Regional Office", "KEN"), None);
        assert_eq!(row("Regional Innovation Hub", "KEN"), None);
        assert_eq!(row("Regional Council", "KEN"), None);
        assert_eq!(row("Regional Government", "PER"), None);
    }

    #[test]
    fn centres_by_their_city_and_the_small_grants_programme() {
        let row = |n: &str, c: &str| undp_unit_of_table(n, Some(c));
        assert_eq!(
            row("UNDP Singapore Tech Centre", "KGZ"),
            Some("undp-gc-singapore")
        );
        assert_eq!(row("UNDP Seoul Centre", "KEN"), Some("undp-uspc"));
        assert_eq!(row("Panama Hub", "PER"), Some("undp-panama-hub"));
        assert_eq!(row("Istanbul Centre", "KEN"), None);
        assert_eq!(row("Singapore Polytechnic", "SGP"), None);
        assert_eq!(row("UNDP Nairobi office", "KEN"), None);
        assert_eq!(row("Nairobi County", "KEN"), None);
        assert_eq!(
            row("GEF- Small Grants Project Team", "MYS"),
            Some("gef-sgp")
        );
        assert_eq!(row("GEF SGP Kenya team", "KEN"), Some("gef-sgp"));
        assert_eq!(row("SGP GEF", "KEN"), Some("gef-sgp"));
        assert_eq!(row("UNDP Small Grants Programme", "KEN"), Some("gef-sgp"));
        assert_eq!(
            row("GEF Small Grants National Coordinator", "KEN"),
            Some("gef-sgp")
        );
        // Another body's small grants, or the GEF itself.
        assert_eq!(row("Small Grants Programme of the US Embassy", "KEN"), None);
        assert_eq!(row("Small Grants Programme", "KEN"), None);
        assert_eq!(row("GEF", "KEN"), None);
        assert_eq!(row("GEF Kenya", "KEN"), None);
    }
}

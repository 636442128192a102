//! UNDP's own units in a country: its country offices and Accelerator Labs. UNDP authors
//! every plan, so these are internal units, distinct from UNDP itself, and each belongs to
//! *its* country, which is not always the plan's: `AccLab Namibia` in Zambia's plan is the
//! Namibia lab, one entity wherever it is named. A bare `Accelerator Lab` or `country office`
//! is the plan's own. HQ and regional units (Chief Digital Office, BPPS, the global policy
//! centres) are rows of the organisation table instead.

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
        || ((has("laboratorio") || has("laboratoire") || has("laboratorios"))
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
        || (undp && (has("office") || has("oficina") || has("bureau")));
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
    if office && rest.len() == words.len() && words.len() <= 3 {
        // A bare `Country Office`.
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
}

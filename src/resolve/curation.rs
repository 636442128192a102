//! The curation file analysts own: decisions on partner mentions, kept in a TSV under
//! version control (the shipped `ontology/curation.tsv`, plus a user's `--curation FILE`),
//! applied at ingest and recorded with their source in the graph.
//!
//! Format: UTF-8, tab-separated, `#` comments, header
//! `decision  name_a  country_a  name_b  country_b  note`, one decision a line:
//! - `same`: the two names are one body (they must be national bodies of one country);
//! - `different`: they are two bodies, whatever the rules would say;
//! - `not-an-organisation`: `name_a` (in `country_a`, or `*` for any) is not a partner;
//! - `rename`: the entity of `name_a` is labelled `name_b`.
//!
//! What it does not do: read files (the caller gives the text) or print.

use super::national::national_key_in;
use super::PairDecision;

/// One decision of a curation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub kind: DecisionKind,
    pub name_a: String,
    /// ISO3, or `*`.
    pub country_a: String,
    pub name_b: String,
    pub country_b: String,
    pub note: String,
    /// `file:line`.
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionKind {
    Same,
    Different,
    NotAnOrganisation,
    Rename,
}

/// A line of a curation file that cannot be read.
#[derive(Debug, thiserror::Error)]
#[error("{source_name}:{line}: {message}")]
pub struct CurationError {
    pub source_name: String,
    pub line: usize,
    pub message: String,
}

/// The curation decisions, read from one or more files.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    pub decisions: Vec<Decision>,
}

impl Curation {
    /// Reads a curation file's text (`source_name` names it in errors and provenance).
    pub fn parse(text: &str, source_name: &str) -> Result<Curation, CurationError> {
        let mut decisions = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            let t = line.trim_end_matches('\r');
            if t.trim().is_empty() || t.starts_with('#') || t.starts_with("decision\t") {
                continue;
            }
            let f: Vec<&str> = t.split('\t').collect();
            let err = |message: String| CurationError {
                source_name: source_name.to_string(),
                line: n,
                message,
            };
            let kind = match f[0].trim() {
                "same" => DecisionKind::Same,
                "different" => DecisionKind::Different,
                "not-an-organisation" | "not-an-organization" => DecisionKind::NotAnOrganisation,
                "rename" => DecisionKind::Rename,
                other => {
                    return Err(err(format!(
                        "unknown decision `{other}` (same, different, not-an-organisation, rename)"
                    )))
                }
            };
            let get = |i: usize| f.get(i).map(|s| s.trim().to_string()).unwrap_or_default();
            let country = |s: String| -> Result<String, CurationError> {
                if s == "*" || s.is_empty() {
                    return Ok("*".into());
                }
                crate::countries::lookup(&s)
                    .map(|c| c.iso3.to_string())
                    .ok_or_else(|| err(format!("unknown country `{s}`")))
            };
            let d = Decision {
                kind,
                name_a: get(1),
                country_a: country(get(2))?,
                name_b: get(3),
                country_b: country(get(4))?,
                note: get(5),
                source: format!("{source_name}:{n}"),
            };
            if d.name_a.is_empty() {
                return Err(err("name_a is empty".into()));
            }
            if matches!(
                kind,
                DecisionKind::Same | DecisionKind::Different | DecisionKind::Rename
            ) && d.name_b.is_empty()
            {
                return Err(err("name_b is empty".into()));
            }
            if matches!(kind, DecisionKind::Same | DecisionKind::Different)
                && d.country_a != d.country_b
            {
                return Err(err(
                    "`same` and `different` join or part bodies of one country (national bodies never merge across countries)".into(),
                ));
            }
            decisions.push(d);
        }
        Ok(Curation { decisions })
    }

    /// Adds the decisions of another file after these.
    pub fn extend(&mut self, other: Curation) {
        self.decisions.extend(other.decisions);
    }

    /// The `same`/`different` decisions as pair decisions on national keys.
    pub fn pair_decisions(&self) -> Vec<PairDecision> {
        self.decisions
            .iter()
            .filter(|d| matches!(d.kind, DecisionKind::Same | DecisionKind::Different))
            .map(|d| PairDecision {
                country: d.country_a.clone(),
                a: national_key_in(&d.name_a, Some(&d.country_a)).0,
                b: national_key_in(&d.name_b, Some(&d.country_a)).0,
                same: d.kind == DecisionKind::Same,
                source: d.source.clone(),
            })
            .collect()
    }

    /// The `not-an-organisation` decision that covers a mention, if any.
    pub fn not_an_organisation(&self, name: &str, country: Option<&str>) -> Option<&Decision> {
        let k = crate::names::key(name);
        self.decisions.iter().find(|d| {
            d.kind == DecisionKind::NotAnOrganisation
                && crate::names::key(&d.name_a) == k
                && (d.country_a == "*" || Some(d.country_a.as_str()) == country)
        })
    }

    /// The label a `rename` decision gives the entity of a mention, if any.
    pub fn rename(&self, name: &str, country: Option<&str>) -> Option<&Decision> {
        let k = crate::names::key(name);
        self.decisions.iter().find(|d| {
            d.kind == DecisionKind::Rename
                && crate::names::key(&d.name_a) == k
                && (d.country_a == "*" || Some(d.country_a.as_str()) == country)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_decisions_and_refuses_bad_lines() {
        let c = Curation::parse(
            "decision\tname_a\tcountry_a\tname_b\tcountry_b\tnote\n# a comment\nsame\tKRCS\tKenya\tKenya Red Cross\tKenya\tacronym\nnot-an-organisation\tCircular Economy Portfolio\t*\t\t\ta portfolio\n",
            "cur.tsv",
        )
        .unwrap();
        assert_eq!(c.decisions.len(), 2);
        assert_eq!(c.decisions[0].source, "cur.tsv:3");
        assert_eq!(c.pair_decisions().len(), 1);
        assert!(c
            .not_an_organisation("circular economy portfolio", Some("KEN"))
            .is_some());
        let e = Curation::parse("merge\ta\tKenya\tb\tKenya\n", "x.tsv").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(Curation::parse("same\ta\tKenya\tb\tUganda\n", "x.tsv").is_err());
        assert!(Curation::parse("same\ta\tNarnia\tb\tNarnia\n", "x.tsv").is_err());
    }
}

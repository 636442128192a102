//! Content negotiation: which of the formats a resource can be written in a client's
//! `Accept` header prefers (q-values, `type/*` and `*/*`, the server's order on ties).
//!
//! Hand-written: the rule is a dozen lines (RFC 9110, 12.5.1), and the crates that parse
//! `Accept` bring a typed-header stack this server does not otherwise need.

/// One acceptable media range of an `Accept` header, with its weight.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    kind: String,
    sub: String,
    q: f32,
}

fn ranges(accept: &str) -> Vec<Range> {
    accept
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let media = it.next()?.trim().to_ascii_lowercase();
            let (kind, sub) = media.split_once('/')?;
            let q = it
                .filter_map(|p| p.trim().strip_prefix("q=").map(str::to_string))
                .filter_map(|v| v.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            Some(Range {
                kind: kind.trim().to_string(),
                sub: sub.trim().to_string(),
                q,
            })
        })
        .collect()
}

/// The weight the header gives a media type: the most specific range that matches it.
fn weight(ranges: &[Range], media: &str) -> f32 {
    let (kind, sub) = media.split_once('/').unwrap_or((media, ""));
    let mut best: Option<(u8, f32)> = None;
    for r in ranges {
        let specificity = if r.kind == kind && r.sub == sub {
            3
        } else if r.kind == kind && r.sub == "*" {
            2
        } else if r.kind == "*" && r.sub == "*" {
            1
        } else {
            continue;
        };
        if best.is_none_or(|(s, _)| specificity > s) {
            best = Some((specificity, r.q));
        }
    }
    best.map_or(0.0, |(_, q)| q)
}

/// The index of the offered media type the header prefers, or `None` when it accepts none
/// of them. No header (or an empty one) accepts the first offer.
pub fn choose(accept: Option<&str>, offers: &[&str]) -> Option<usize> {
    let accept = accept.map(str::trim).filter(|a| !a.is_empty());
    let Some(accept) = accept else {
        return (!offers.is_empty()).then_some(0);
    };
    let ranges = ranges(accept);
    let mut best: Option<(usize, f32)> = None;
    for (i, o) in offers.iter().enumerate() {
        let w = weight(&ranges, o);
        if w > 0.0 && best.is_none_or(|(_, b)| w > b) {
            best = Some((i, w));
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::choose;

    const OFFERS: &[&str] = &["application/sparql-results+json", "text/csv", "text/html"];

    #[test]
    fn q_values_wildcards_and_ties() {
        assert_eq!(choose(None, OFFERS), Some(0));
        assert_eq!(choose(Some("text/csv"), OFFERS), Some(1));
        assert_eq!(choose(Some("text/*"), OFFERS), Some(1));
        assert_eq!(choose(Some("*/*"), OFFERS), Some(0));
        assert_eq!(
            choose(Some("text/html;q=0.9, text/csv;q=0.5, */*;q=0.1"), OFFERS),
            Some(2)
        );
        // The most specific range decides: text/csv is refused although text/* is not.
        assert_eq!(choose(Some("text/*, text/csv;q=0"), OFFERS), Some(2));
        assert_eq!(choose(Some("image/png"), OFFERS), None);
        // A browser's header.
        assert_eq!(
            choose(
                Some("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
                OFFERS
            ),
            Some(2)
        );
    }
}

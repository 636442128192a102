//! Personal data: the one place that decides what is personal, and makes public output free
//! of it.
//!
//! The store keeps plans as written (lossless), focal points' e-mail addresses included.
//! Anything alpkg publishes (`export --public`, and later what is served) goes through
//! [`public_quad`], which applies these rules:
//!
//! 1. **Personal predicates are dropped**: [`PERSONAL_PREDICATES`] (`foaf:mbox`, the address
//!    itself, and `foaf:mbox_sha1sum`, a plain hash that anyone can confirm by hashing a
//!    guessed `first.last@undp.org`).
//! 2. **Addresses inside text are masked**: every literal goes through [`scrub_text`], which
//!    replaces each e-mail address (plain, `mailto:`, percent-encoded `%40`, or written
//!    `name [at] domain [dot] org`) with [`MASK`], so the reader sees that something was
//!    removed. Language tags and datatypes are kept.
//! 3. **Triples that link to an address are dropped**: a `mailto:` IRI, or any IRI holding an
//!    address (`https://x.org/contact?to=a%40b.org`), as subject, object or graph
//!    ([`is_personal_iri`]). An IRI cannot be masked without becoming another IRI.
//!
//! Focal points keep a stable node so that plans by the same person stay linked, but its IRI
//! is a keyed hash ([`FocalKey::pseudonym`], HMAC-SHA-256) with a secret created with the
//! store and kept in it: without the secret, hashing a guessed address confirms nothing.
//!
//! What it does not do: read or write files (the store keeps the key), or decide anything
//! about the rest of the graph.

use std::borrow::Cow;
use std::sync::LazyLock;

use oxigraph::model::{GraphName, Literal, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use regex::Regex;

use crate::vocab::foaf;

/// What a masked e-mail address reads as in public output.
pub const MASK: &str = "[e-mail removed]";

/// Predicates whose objects are personal data: never published.
pub const PERSONAL_PREDICATES: [NamedNodeRef<'static>; 2] = [foaf::MBOX, foaf::MBOX_SHA1SUM];

/// An e-mail address: a local part, `@` (or `%40`, or ` [at] `/` (at) `), and a domain with
/// at least one dot and a top-level label of two letters or more. Unicode letters count
/// (`josé@ministerio.gob.pe`), so does an optional `mailto:` before it. `amig@s` (Spanish
/// inclusive writing) has no domain and is left alone.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let local = r"[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+";
    let at = r"(?:@|%40|\s?[\[(]\s?at\s?[\])]\s?)";
    let label = r"[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?";
    let dot = r"(?:\.|\s?[\[(]\s?dot\s?[\])]\s?)";
    Regex::new(&format!(
        r"(?i)(?:mailto:)?{local}{at}{label}(?:{dot}{label})*{dot}\p{{L}}{{2,}}"
    ))
    .expect("valid regex")
});

/// Whether `p` is one of the [`PERSONAL_PREDICATES`].
pub fn is_personal_predicate(p: NamedNodeRef<'_>) -> bool {
    PERSONAL_PREDICATES.contains(&p)
}

/// Whether the text holds an e-mail address.
pub fn contains_email(s: &str) -> bool {
    (s.contains(['@', ']', ')']) || s.contains("%40")) && EMAIL.is_match(s)
}

/// The text with every e-mail address replaced by [`MASK`]; borrowed when there is none.
pub fn scrub_text(s: &str) -> Cow<'_, str> {
    if !contains_email(s) {
        return Cow::Borrowed(s);
    }
    EMAIL.replace_all(s, MASK)
}

/// Whether an IRI is personal: a `mailto:` IRI, or one that holds an e-mail address.
pub fn is_personal_iri(iri: &str) -> bool {
    iri.get(..7)
        .is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
        || contains_email(iri)
}

/// The quad as it may be published: `None` when it is personal (rule 1 or 3 of the module
/// doc), otherwise the quad with addresses in its literal masked (rule 2).
pub fn public_quad(q: Quad) -> Option<Quad> {
    if is_personal_predicate(q.predicate.as_ref()) {
        return None;
    }
    if let NamedOrBlankNode::NamedNode(n) = &q.subject {
        if is_personal_iri(n.as_str()) {
            return None;
        }
    }
    if let GraphName::NamedNode(n) = &q.graph_name {
        if is_personal_iri(n.as_str()) {
            return None;
        }
    }
    match &q.object {
        Term::NamedNode(n) if is_personal_iri(n.as_str()) => None,
        Term::Literal(l) => match scrub_text(l.value()) {
            Cow::Borrowed(_) => Some(q),
            Cow::Owned(masked) => {
                let lit = match l.language() {
                    Some(lang) => Literal::new_language_tagged_literal_unchecked(masked, lang),
                    None => Literal::new_typed_literal(masked, l.datatype()),
                };
                Some(Quad::new(q.subject, q.predicate, lit, q.graph_name))
            }
        },
        _ => Some(q),
    }
}

/// The secret behind focal-point IRIs: 32 random bytes, created with the store and kept in
/// it. Its `Debug` never prints the bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct FocalKey([u8; 32]);

impl std::fmt::Debug for FocalKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FocalKey(..)")
    }
}

/// A key file that does not hold 64 hex digits.
#[derive(Debug, thiserror::Error)]
#[error("not a focal-point key (64 hex digits expected)")]
pub struct BadKey;

impl FocalKey {
    /// A new key from the operating system's random source.
    pub fn random() -> Self {
        let mut k = [0u8; 32];
        getrandom::fill(&mut k).expect("the operating system's random source is available");
        FocalKey(k)
    }

    /// A fixed key, for tests and for callers that manage the secret themselves.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        FocalKey(bytes)
    }

    /// The key as 64 hex digits (the key file's content).
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn from_hex(s: &str) -> Result<Self, BadKey> {
        let s = s.trim();
        if s.len() != 64 || !s.is_ascii() {
            return Err(BadKey);
        }
        let mut k = [0u8; 32];
        for (i, b) in k.iter_mut().enumerate() {
            *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| BadKey)?;
        }
        Ok(FocalKey(k))
    }

    /// The focal point's pseudonym: the first 16 hex digits of HMAC-SHA-256(key,
    /// `mailto:` + the address, trimmed and lower-cased). Stable for one store; cannot be
    /// confirmed by hashing a guessed address without the key.
    pub fn pseudonym(&self, email: &str) -> String {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(&self.0)
            .expect("HMAC takes keys of any length");
        mac.update(b"mailto:");
        mac.update(email.trim().to_lowercase().as_bytes());
        let out = mac.finalize().into_bytes();
        out.iter().take(8).map(|b| format!("{b:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::NamedNode;

    fn quad(p: &str, o: Term) -> Quad {
        Quad::new(
            NamedNode::new_unchecked("https://x.org/s"),
            NamedNode::new_unchecked(p),
            o,
            GraphName::DefaultGraph,
        )
    }

    #[test]
    fn rule_1_personal_predicates_are_dropped() {
        let mbox = quad(
            foaf::MBOX.as_str(),
            NamedNode::new_unchecked("mailto:a@b.org").into(),
        );
        assert!(public_quad(mbox).is_none());
        let sha = quad(
            foaf::MBOX_SHA1SUM.as_str(),
            Literal::new_simple_literal("0123").into(),
        );
        assert!(public_quad(sha).is_none());
        let title = quad(
            "http://purl.org/dc/terms/title",
            Literal::new_simple_literal("A plan").into(),
        );
        assert!(public_quad(title.clone()) == Some(title));
    }

    #[test]
    fn rule_2_addresses_in_text_are_masked_not_cut() {
        for (text, want) in [
            ("fp-c7374630@undp.org", MASK.to_string()),
            (
                "Contact fp-c7374630@undp.org for further info",
                format!("Contact {MASK} for further info"),
            ),
            (
                "write to mailto:Jo.Doe@Gov.KE.",
                format!("write to {MASK}."),
            ),
            (
                "josé.pérez@minsa.gob.pe y ana@x.org",
                format!("{MASK} y {MASK}"),
            ),
            ("jane.doe [at] undp [dot] org", MASK.to_string()),
            ("jane (at) undp.org", MASK.to_string()),
            ("a%40b.org", MASK.to_string()),
        ] {
            assert_eq!(scrub_text(text), want, "{text}");
        }
        for keep in [
            "Digiamig@s y amig@s",
            "meet @ the hub",
            "UNDP at the country office",
            "https://undp.org/a",
            "Twitter @undp",
        ] {
            assert!(matches!(scrub_text(keep), Cow::Borrowed(_)), "{keep}");
        }
        // Language tag and datatype are kept.
        let q = quad(
            "https://w3id.org/alpkg/ontology#question",
            Literal::new_language_tagged_literal_unchecked("ask a@b.org", "en").into(),
        );
        let Term::Literal(l) = public_quad(q).unwrap().object else {
            panic!()
        };
        assert_eq!(
            (l.value(), l.language()),
            (&*format!("ask {MASK}"), Some("en"))
        );
    }

    #[test]
    fn rule_3_links_to_addresses_are_dropped() {
        assert!(is_personal_iri("mailto:a@b.org"));
        assert!(is_personal_iri("MAILTO:someone"));
        assert!(is_personal_iri("https://x.org/contact?to=a%40b.org"));
        assert!(!is_personal_iri("https://x.org/at/data"));
        let link = quad(
            "https://schema.org/url",
            NamedNode::new_unchecked("mailto:a@b.org").into(),
        );
        assert!(public_quad(link).is_none());
        let subject = Quad::new(
            NamedNode::new_unchecked("https://x.org/a@b.org"),
            NamedNode::new_unchecked("http://purl.org/dc/terms/title"),
            Literal::new_simple_literal("x"),
            GraphName::DefaultGraph,
        );
        assert!(public_quad(subject).is_none());
    }

    #[test]
    fn focal_pseudonyms_are_keyed_stable_and_not_plain_hashes() {
        use sha1::Digest;
        let k = FocalKey::from_bytes([7; 32]);
        let p = k.pseudonym("Jane.Doe@undp.org ");
        assert_eq!(p.len(), 16);
        assert_eq!(
            p,
            k.pseudonym("jane.doe@undp.org"),
            "case and spaces ignored"
        );
        assert_ne!(
            p,
            FocalKey::from_bytes([8; 32]).pseudonym("jane.doe@undp.org")
        );
        let sha1: String = sha1::Sha1::digest(b"mailto:jane.doe@undp.org")
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(!sha1.starts_with(&p));
        assert_eq!(FocalKey::from_hex(&k.to_hex()).unwrap(), k);
        assert!(FocalKey::from_hex("00").is_err());
        assert_eq!(format!("{k:?}"), "FocalKey(..)");
        assert_ne!(FocalKey::random(), FocalKey::random());
    }
}

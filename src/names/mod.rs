//! Organisation names: normalising them for matching, the reference tables compiled in from
//! `ontology/` (international organisations with IATI identifiers, collective phrases,
//! phrases that name no organisation), and classifying a partner mention as an
//! organisation, a vague group or not an organisation.
//!
//! Shared by the extractor (`parse`, which uses the classifier and the table to keep names
//! whole) and the resolver (`resolve`, which decides which entity a mention is). It depends
//! only on [`crate::text`] and [`crate::countries`], so neither side depends on the other.

pub mod acronyms;
pub mod classify;
pub mod definitions;
pub mod normalise;
pub mod tables;

pub use classify::{classify, glosses, is_generic_acronym, MentionKind};
pub use definitions::{definitions, Definition};
pub use normalise::{acronym, fold, is_acronym, key, parenthesised, strip_parens, strip_urls};
pub use tables::{organisations, Organisation};

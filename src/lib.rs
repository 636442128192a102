//! alpkg: UNDP Accelerator Labs action learning plans into a knowledge graph.
//!
//! The library holds all the work; the `alpkg` binary (`src/main.rs`, `src/cli/`) only
//! parses flags, calls in here and prints. Stages, with dependencies pointing one way:
//!
//! - [`source`]: files and folders -> UTF-8 documents (the only input I/O);
//! - [`parse`]: a document's text -> [`model::Plan`] + diagnostics (pure);
//! - [`model`]: the plain domain types;
//! - [`check`]: lint rules over a parsed plan;
//! - [`countries`]: the country table the linter and the mapping share.
//!
//! See ARCHITECTURE.md for the code map and its invariants.

pub mod check;
pub mod countries;
pub mod model;
pub mod parse;
pub mod source;

pub use model::Plan;
pub use parse::{parse, Parsed};

//! alpkg: UNDP Accelerator Labs action learning plans into a knowledge graph.
//!
//! The library holds all the work; the `alpkg` binary (`src/main.rs`, `src/cli/`) only
//! parses flags, calls in here and prints. Stages, with dependencies pointing one way:
//!
//! - [`source`]: files and folders -> UTF-8 documents (the only input I/O);
//! - [`text`]: entity decoding and label normalisation, shared by every stage;
//! - [`names`]: organisation names: normalising, the reference tables, and whether a
//!   mention is an organisation, a vague group or neither (used by `parse` and `resolve`);
//! - [`parse`]: a document's text -> [`model::Plan`] + diagnostics (pure);
//! - [`model`]: the plain domain types;
//! - [`check`]: lint rules over a parsed plan;
//! - [`countries`]: the country table the linter and the mapping share;
//! - [`vocab`]: vocabulary IRIs; [`mapping`]: a plan -> the quads of its named graph;
//! - [`store`]: the embedded Oxigraph store; [`ingest`]: files -> store, incrementally;
//! - [`query`]: SPARQL with the union default graph; [`remote`]: the same to a remote
//!   endpoint; [`export`]: deterministic RDF output;
//! - [`privacy`]: what is personal, and the public view every published output goes through;
//! - [`describe`]: VoID and DCAT-AP 3 description of the published dataset;
//! - [`serve`]: the public view over HTTP (SPARQL 1.1 Protocol, resource pages), read-only;
//! - [`site`]: the same pages as a static site.
//!
//! See ARCHITECTURE.md for the code map and its invariants.

pub mod canon;
pub mod check;
pub mod countries;
pub mod describe;
pub mod export;
pub mod ingest;
pub mod mapping;
pub mod model;
pub mod names;
pub mod network;
pub mod parse;
pub mod partners;
pub mod privacy;
pub mod query;
pub mod remote;
pub mod resolve;
pub mod serve;
pub mod site;
pub mod source;
pub mod store;
pub mod text;
pub mod vocab;

pub use model::Plan;
pub use parse::{parse, Parsed};

//! Canonical forms of RDF through sophia: RDFC-1.0 canonical N-Quads, a content digest,
//! and isomorphism. sophia is a second, independent RDF implementation beside Oxigraph,
//! and its RDFC-1.0 canonicaliser is what the W3C standard asks for, so we use it rather
//! than hand-sorting N-Quads (which would be wrong as soon as a blank node appears).
//!
//! Used by the mapping (each plan graph records the digest of its content, so ingest can
//! tell an edit that changes nothing in the graph from one that does) and by the tests
//! (exports parsed back and compared). No I/O, no store.

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, Quad};
use sophia::api::prelude::*;
use sophia::inmem::dataset::LightDataset;

/// Canonicalisation failed (only possible with pathological blank-node structures).
#[derive(Debug, thiserror::Error)]
#[error("RDF canonicalisation failed: {0}")]
pub struct CanonError(String);

fn to_sophia(quads: &[Quad], drop_graphs: bool) -> Result<LightDataset, CanonError> {
    let mut nq = Vec::new();
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut nq);
    for q in quads {
        if drop_graphs && q.graph_name != GraphName::DefaultGraph {
            let mut q = q.clone();
            q.graph_name = GraphName::DefaultGraph;
            w.serialize_quad(&q)
                .map_err(|e| CanonError(e.to_string()))?;
        } else {
            w.serialize_quad(q).map_err(|e| CanonError(e.to_string()))?;
        }
    }
    w.finish().map_err(|e| CanonError(e.to_string()))?;
    let text = String::from_utf8(nq).map_err(|e| CanonError(e.to_string()))?;
    sophia::turtle::parser::nq::parse_str(&text)
        .collect_quads::<LightDataset>()
        .map_err(|e| CanonError(e.to_string()))
}

/// RDFC-1.0 canonical N-Quads of the quads (graph names dropped when `drop_graphs`).
pub fn canonical_nquads(quads: &[Quad], drop_graphs: bool) -> Result<String, CanonError> {
    let d = to_sophia(quads, drop_graphs)?;
    let mut out = Vec::new();
    sophia::c14n::rdfc10::normalize(&d, &mut out).map_err(|e| CanonError(e.to_string()))?;
    String::from_utf8(out).map_err(|e| CanonError(e.to_string()))
}

/// SHA-256 (hex) of the RDFC-1.0 canonical N-Quads of the triples (graph names dropped):
/// equal for isomorphic graphs, whatever their order or blank-node labels.
pub fn digest(quads: &[Quad]) -> Result<String, CanonError> {
    Ok(crate::source::sha256_hex(
        canonical_nquads(quads, true)?.as_bytes(),
    ))
}

/// Whether two sets of quads are isomorphic datasets.
pub fn isomorphic(a: &[Quad], b: &[Quad]) -> Result<bool, CanonError> {
    let (a, b) = (to_sophia(a, false)?, to_sophia(b, false)?);
    sophia::isomorphism::isomorphic_datasets(&a, &b).map_err(|e| CanonError(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{BlankNode, Literal, NamedNode};

    fn q(s: oxigraph::model::NamedOrBlankNode, o: &str) -> Quad {
        Quad::new(
            s,
            NamedNode::new_unchecked("http://e/p"),
            Literal::from(o),
            GraphName::DefaultGraph,
        )
    }

    #[test]
    fn digest_ignores_order_and_blank_labels() {
        let a = vec![
            q(BlankNode::new_unchecked("x").into(), "1"),
            q(NamedNode::new_unchecked("http://e/s").into(), "2"),
        ];
        let b = vec![
            q(NamedNode::new_unchecked("http://e/s").into(), "2"),
            q(BlankNode::new_unchecked("y").into(), "1"),
        ];
        assert_eq!(digest(&a).unwrap(), digest(&b).unwrap());
        assert!(isomorphic(&a, &b).unwrap());
        let c = vec![q(BlankNode::new_unchecked("x").into(), "1")];
        assert_ne!(digest(&a).unwrap(), digest(&c).unwrap());
        assert!(!isomorphic(&a, &c).unwrap());
    }
}

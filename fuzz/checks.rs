//! What the fuzz targets check, shared with the regression tests (`tests/fuzz.rs`):
//! the parser and the mapping never panic, and what they give is well formed.
//!
//! - `parse`: any text parses (never fails, never panics); the linter runs on it; every
//!   diagnostic points at a line of the text.
//! - `mapping`: the parsed plan maps to quads that are all in the plan's own graph; every
//!   IRI minted is a valid IRI and every quad survives N-Quads out and back in (a bad
//!   character in a minted IRI would make the export unreadable); the content digest is
//!   the same when the plan is mapped twice.

/// The `parse` target.
pub fn parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = alpkg::parse(text);
    let lines = text.lines().count().max(1);
    for d in alpkg::check::check(&parsed) {
        assert!(
            d.line <= lines + 1,
            "diagnostic at line {} of {lines}: {d:?}",
            d.line
        );
    }
}

/// The `mapping` target.
pub fn mapping(data: &[u8]) {
    use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
    use oxigraph::model::{GraphName, NamedNode};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let plan = alpkg::parse(text).plan;
    let iris = alpkg::mapping::Iris::new(alpkg::vocab::DEFAULT_BASE).expect("the default base");
    let source = alpkg::mapping::Source {
        file_name: "fuzz.md".into(),
        sha256: "0".repeat(64),
    };
    let mapped = alpkg::mapping::map_plan(&plan, &source, &iris);
    let graph = GraphName::NamedNode(mapped.ids.graph.clone());
    let mut nq = Vec::new();
    let mut w = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(&mut nq);
    for q in &mapped.quads {
        assert_eq!(q.graph_name, graph, "a quad outside the plan graph: {q}");
        for iri in [
            Some(q.predicate.as_str()),
            match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => Some(n.as_str()),
                _ => None,
            },
            match &q.object {
                oxigraph::model::Term::NamedNode(n) => Some(n.as_str()),
                _ => None,
            },
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                NamedNode::new(iri).is_ok(),
                "an invalid IRI was minted: <{iri}>"
            );
        }
        w.serialize_quad(q).expect("serialises");
    }
    w.finish().expect("serialises");
    let back: Vec<_> = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&nq)
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("the N-Quads of the mapping do not read back: {e}"));
    let distinct: std::collections::HashSet<_> = mapped.quads.iter().collect();
    assert_eq!(back.len(), mapped.quads.len());
    assert_eq!(
        back.iter().collect::<std::collections::HashSet<_>>().len(),
        distinct.len()
    );
    let again = alpkg::mapping::map_plan(&plan, &source, &iris);
    assert_eq!(
        mapped.content_digest(),
        again.content_digest(),
        "mapping is deterministic"
    );
}

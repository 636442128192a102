//! Export: the store (or one plan) as Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD.
//!
//! Output is deterministic: the same store gives the same bytes. Triples are sorted
//! (subject, then `rdf:type` first, then predicate and object), subjects are grouped, and
//! only the prefixes used are written, so exports diff cleanly in git. Triple formats
//! (Turtle, N-Triples, RDF/XML, JSON-LD) hold the union of the graphs; quad formats keep
//! the named graphs. `public` gives the public view of [`crate::privacy`]: no e-mail
//! address anywhere (personal predicates dropped, addresses in text masked, links to
//! addresses dropped); the store keeps everything as written.
//!
//! It reads the store only; it never parses markdown.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, NamedOrBlankNode, Quad, Term, Triple};

use crate::store::{Store, StoreError};
use crate::vocab;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Turtle,
    NTriples,
    NQuads,
    TriG,
    RdfXml,
    JsonLd,
}

impl Format {
    pub fn has_graphs(self) -> bool {
        matches!(self, Format::NQuads | Format::TriG)
    }
}

/// What to export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only this plan (its `{plan}` id or its plan IRI), with the vocabulary nodes it uses.
    pub plan: Option<String>,
    /// Publish no personal data: the public view of [`crate::privacy`].
    pub public: bool,
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("no plan `{0}` in the store (see `alpkg query --name plans-per-country`, or export without --plan)")]
    NoSuchPlan(String),
    #[error("the store holds {0} plan(s) mapped by an older alpkg (ontology {1}), whose focal-point IRIs are plain hashes of e-mail addresses: run `alpkg ingest` on the plans again before a public export")]
    StalePlans(usize, String),
    #[error("cannot write: {0}")]
    Io(#[from] std::io::Error),
}

impl From<oxigraph::store::StorageError> for ExportError {
    fn from(e: oxigraph::store::StorageError) -> Self {
        ExportError::Store(StoreError::Storage(e))
    }
}

/// The public view of a store ([`Options::public`]), as a store in memory: what `serve` and
/// `describe` publish, so that nothing they answer can reach personal data.
pub fn public_copy(store: &Store) -> Result<Store, ExportError> {
    let quads = collect(
        store,
        &Options {
            plan: None,
            public: true,
        },
    )?;
    let copy = Store::in_memory(store.iris().clone())?;
    copy.bulk_insert(quads)?;
    Ok(copy)
}

/// Collects the quads to export, sorted and without duplicates.
pub fn collect(store: &Store, options: &Options) -> Result<Vec<Quad>, ExportError> {
    use rayon::prelude::*;
    let mut quads = gather(store, options)?;
    quads.par_sort_by_cached_key(quad_key);
    quads.dedup();
    Ok(quads)
}

/// The quads to export, unsorted. The whole store is read one graph per task, in parallel:
/// decoding the terms of 200,000 quads is most of an export's time.
fn gather(store: &Store, options: &Options) -> Result<Vec<Quad>, ExportError> {
    use rayon::prelude::*;
    let db = store.oxigraph();
    if options.public {
        check_fresh(store)?;
    }
    let mut quads: Vec<Quad> = match &options.plan {
        None => {
            let mut graphs: Vec<oxigraph::model::GraphName> = db
                .named_graphs()
                .map(|g| g.map(oxigraph::model::GraphName::from))
                .collect::<Result<_, _>>()?;
            graphs.push(oxigraph::model::GraphName::DefaultGraph);
            let parts: Vec<Result<Vec<Quad>, oxigraph::store::StorageError>> = graphs
                .par_iter()
                .map(|g| {
                    db.quads_for_pattern(None, None, None, Some(g.as_ref()))
                        .collect()
                })
                .collect();
            let mut all = Vec::new();
            for p in parts {
                all.extend(p?);
            }
            all
        }
        Some(id) => {
            let graph = if id.contains("://") {
                NamedNode::new(id.replace("/plan/", "/graph/"))
                    .map_err(|_| ExportError::NoSuchPlan(id.clone()))?
            } else {
                store.iris().plan(&format!("{id}.md")).graph
            };
            if !db.contains_named_graph(graph.as_ref())? {
                return Err(ExportError::NoSuchPlan(id.clone()));
            }
            let plan_quads: Vec<Quad> = db
                .quads_for_pattern(
                    None,
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(graph.as_ref())),
                )
                .collect::<Result<_, _>>()?;
            // The shared nodes the plan links to, with their own description.
            let vocab = store.iris().vocabulary_graph();
            let mut linked: BTreeSet<NamedNode> = BTreeSet::new();
            for q in &plan_quads {
                if let Term::NamedNode(n) = &q.object {
                    linked.insert(n.clone());
                }
            }
            let mut out = plan_quads;
            for n in &linked {
                for q in db.quads_for_pattern(
                    Some(n.as_ref().into()),
                    None,
                    None,
                    Some(GraphNameRef::NamedNode(vocab.as_ref())),
                ) {
                    out.push(q?);
                }
            }
            out
        }
    };
    if options.public {
        quads = quads
            .into_par_iter()
            .filter_map(crate::privacy::public_quad)
            .collect();
        let standard = standard_triples(&quads, store.iris().base());
        quads.extend(standard);
    }
    Ok(quads)
}

/// Refuses a public view of plans mapped by an older alpkg, whose focal-point IRIs are
/// plain hashes of e-mail addresses.
fn check_fresh(store: &Store) -> Result<(), ExportError> {
    let stale: Vec<String> = store
        .plans()?
        .into_values()
        .filter(|p| p.ontology_version != vocab::ONTOLOGY_VERSION)
        .map(|p| p.ontology_version)
        .collect();
    match stale.first() {
        Some(v) => Err(ExportError::StalePlans(stale.len(), v.clone())),
        None => Ok(()),
    }
}

/// One graph of the public view and the standard-term graph it entails: what is
/// published, replaced or removed together (one PUT each in `push`).
#[derive(Debug)]
pub struct Unit {
    pub graph: GraphName,
    /// The graph's public quads.
    pub quads: Vec<Quad>,
    /// Its standard-term quads, in [`standard_terms_graph`] of it (empty when it has none).
    pub standard: Vec<Quad>,
}

/// The graphs of the public view, one [`Unit`] each: every named graph (in IRI order),
/// and the default graph when it holds anything. Checks the plans are fresh.
pub fn public_graphs(store: &Store) -> Result<Vec<GraphName>, ExportError> {
    check_fresh(store)?;
    let db = store.oxigraph();
    let mut graphs: Vec<GraphName> = db
        .named_graphs()
        .map(|g| g.map(GraphName::from))
        .collect::<Result<_, _>>()?;
    graphs.sort_by_cached_key(|g| natural(&g.to_string()));
    let default_empty = db
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_none();
    if !default_empty {
        graphs.push(GraphName::DefaultGraph);
    }
    Ok(graphs)
}

/// The public [`Unit`] of one graph: read, filtered by [`crate::privacy`], with its
/// standard-term quads. Reads that graph only, so memory holds one graph at a time.
pub fn public_unit(store: &Store, graph: &GraphName) -> Result<Unit, ExportError> {
    let quads: Vec<Quad> = store
        .oxigraph()
        .quads_for_pattern(None, None, None, Some(graph.as_ref()))
        .filter_map(|q| q.map(crate::privacy::public_quad).transpose())
        .collect::<Result<_, _>>()?;
    let standard = standard_triples(&quads, store.iris().base());
    Ok(Unit {
        graph: graph.clone(),
        quads,
        standard,
    })
}

/// The triples of the standard parents ([`vocab::STANDARD_PARENTS`]) of the `alp:` triples
/// among `quads`: entailed by the ontology's `rdfs:subPropertyOf`, kept apart from what the
/// plans state. The parents of a graph's triples go to its own standard-terms graph
/// ([`standard_terms_graph`]), which says where it comes from (the ontology and that graph),
/// so each graph and its entailments can be published, replaced or removed together.
pub fn standard_triples(quads: &[Quad], base: &str) -> Vec<Quad> {
    use std::collections::HashMap;
    let parents: HashMap<String, NamedNode> = vocab::STANDARD_PARENTS
        .iter()
        .map(|(local, parent)| {
            (
                format!("{}{local}", vocab::alp::NS),
                NamedNode::new_unchecked(*parent),
            )
        })
        .collect();
    let mut graphs: HashMap<GraphName, NamedNode> = HashMap::new();
    let mut out: Vec<Quad> = quads
        .iter()
        .filter_map(|q| {
            let parent = parents.get(q.predicate.as_str())?;
            let graph = graphs
                .entry(q.graph_name.clone())
                .or_insert_with(|| standard_terms_graph(&q.graph_name, base));
            Some(Quad::new(
                q.subject.clone(),
                parent.clone(),
                q.object.clone(),
                graph.clone(),
            ))
        })
        .collect();
    let derived = NamedNode::new_unchecked("http://www.w3.org/ns/prov#wasDerivedFrom");
    let mut graphs: Vec<(GraphName, NamedNode)> = graphs.into_iter().collect();
    graphs.sort_by(|a, b| a.1.cmp(&b.1));
    for (source, graph) in graphs {
        out.push(Quad::new(
            graph.clone(),
            derived.clone(),
            NamedNode::new_unchecked(vocab::alp::NS.trim_end_matches('#')),
            graph.clone(),
        ));
        if let GraphName::NamedNode(source) = source {
            out.push(Quad::new(
                graph.clone(),
                derived.clone(),
                source,
                graph.clone(),
            ));
        }
        out.push(Quad::new(
            graph.clone(),
            NamedNode::new_unchecked("http://purl.org/dc/terms/description"),
            oxigraph::model::Literal::new_language_tagged_literal_unchecked(
                "The standard-term triples (DCMI, SKOS) entailed by the rdfs:subPropertyOf declarations of the alpkg ontology; not stated by any plan.",
                "en",
            ),
            graph.clone(),
        ));
    }
    out
}

/// The graph that holds the standard-term triples entailed by the triples of `source`:
/// `{source}/standard-terms` (no plan or vocabulary graph IRI has a slash after its
/// name, so these never collide), and `{base}graph/standard-terms` for the default graph.
pub fn standard_terms_graph(source: &GraphName, base: &str) -> NamedNode {
    match source {
        GraphName::NamedNode(g) => {
            NamedNode::new_unchecked(format!("{}/{}", g.as_str(), vocab::STANDARD_TERMS))
        }
        _ => NamedNode::new_unchecked(format!("{base}graph/{}", vocab::STANDARD_TERMS)),
    }
}

/// `answer/10` after `answer/9`: digit runs padded, for a natural order.
fn natural(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut digits = String::new();
    for c in s.chars().chain(std::iter::once('\u{0}')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.push_str(&format!("{digits:0>12}"));
            digits.clear();
        }
        if c != '\u{0}' {
            out.push(c);
        }
    }
    out
}

/// Sort key of a term: IRIs by their text (numbers in natural order), then blank nodes,
/// then literals by value.
fn term_key(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => natural(n.as_str()),
        Term::Literal(l) => format!(
            "\u{2}{}\u{0}{}",
            l.value(),
            l.language().unwrap_or(l.datatype().as_str())
        ),
        other => format!("\u{1}{other}"),
    }
}

fn subject_key(s: &NamedOrBlankNode) -> String {
    match s {
        NamedOrBlankNode::NamedNode(n) => natural(n.as_str()),
        other => format!("\u{1}{other}"),
    }
}

fn quad_key(q: &Quad) -> (String, String, u8, String, String) {
    (
        q.graph_name.to_string(),
        subject_key(&q.subject),
        u8::from(q.predicate != rdf::TYPE),
        q.predicate.as_str().to_string(),
        term_key(&q.object),
    )
}

/// Triples of the quads (graphs dropped), sorted and deduplicated.
fn triples(quads: Vec<Quad>) -> Vec<Triple> {
    use rayon::prelude::*;
    let mut v: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
    v.par_sort_by_cached_key(triple_key);
    v.dedup();
    v
}

fn triple_key(t: &Triple) -> (String, u8, String, String) {
    (
        subject_key(&t.subject),
        u8::from(t.predicate != rdf::TYPE),
        t.predicate.as_str().to_string(),
        term_key(&t.object),
    )
}

/// The prefixes (of [`vocab::PREFIXES`]) some IRI of the data starts with.
fn used_prefixes(quads: &[Quad]) -> Vec<(&'static str, &'static str)> {
    let mut used = BTreeSet::new();
    let mut see = |iri: &str| {
        for (i, (_, ns)) in vocab::PREFIXES.iter().enumerate() {
            if iri.starts_with(ns) && iri.len() > ns.len() {
                used.insert(i);
            }
        }
    };
    for q in quads {
        if let NamedOrBlankNode::NamedNode(n) = &q.subject {
            see(n.as_str());
        }
        see(q.predicate.as_str());
        match &q.object {
            Term::NamedNode(n) => see(n.as_str()),
            Term::Literal(l) => see(l.datatype().as_str()),
            _ => {}
        }
        if let GraphName::NamedNode(n) = &q.graph_name {
            see(n.as_str());
        }
    }
    used.into_iter().map(|i| vocab::PREFIXES[i]).collect()
}

/// Writes the export; returns the number of statements written.
///
/// The whole store is written graph by graph (each with its standard-term graph when
/// public), so memory holds one graph at a time, not the dataset: graphs in the order of
/// their IRIs, each sorted (subject, `rdf:type` first, predicate, object). Formats with
/// prefixes (Turtle, TriG, RDF/XML) read the store twice: once to find the prefixes used.
/// One plan (`--plan`) is small and is gathered whole.
pub fn write(
    store: &Store,
    format: Format,
    options: &Options,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    if options.plan.is_some() {
        let quads = gather(store, options)?;
        let prefixes = used_prefixes(&quads);
        return write_chunks(format, prefixes, std::iter::once(Ok(quads)), out);
    }
    let graphs = if options.public {
        public_graphs(store)?
    } else {
        all_graphs(store)?
    };
    let chunks = || {
        graphs.iter().map(|g| -> Result<Vec<Quad>, ExportError> {
            if options.public {
                let unit = public_unit(store, g)?;
                let mut quads = unit.quads;
                quads.extend(unit.standard);
                Ok(quads)
            } else {
                Ok(store
                    .oxigraph()
                    .quads_for_pattern(None, None, None, Some(g.as_ref()))
                    .collect::<Result<_, _>>()?)
            }
        })
    };
    let prefixes = if matches!(format, Format::Turtle | Format::TriG | Format::RdfXml) {
        let mut used = BTreeSet::new();
        for chunk in chunks() {
            used.extend(used_prefixes(&chunk?));
        }
        used.into_iter().collect()
    } else {
        Vec::new()
    };
    write_chunks(format, prefixes, chunks(), out)
}

/// Every graph of the store, named graphs in IRI order, then the default graph when it
/// holds anything.
fn all_graphs(store: &Store) -> Result<Vec<GraphName>, ExportError> {
    let db = store.oxigraph();
    let mut graphs: Vec<GraphName> = db
        .named_graphs()
        .map(|g| g.map(GraphName::from))
        .collect::<Result<_, _>>()?;
    graphs.sort_by_cached_key(|g| g.to_string());
    if db
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_some()
    {
        graphs.push(GraphName::DefaultGraph);
    }
    Ok(graphs)
}

/// Writes chunks of quads (each a graph, or a graph with its standard-term graph), each
/// sorted and without duplicates. Triple formats drop the graph names (the union); a
/// subject is in one chunk only (a plan graph holds only the nodes minted under its plan),
/// so it is written in one place.
fn write_chunks(
    format: Format,
    prefixes: Vec<(&'static str, &'static str)>,
    chunks: impl Iterator<Item = Result<Vec<Quad>, ExportError>>,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    use rayon::prelude::*;
    let mut n = 0;
    if format == Format::JsonLd {
        let mut w = JsonLdWriter::start(out)?;
        for chunk in chunks {
            let t = triples(chunk?);
            n += t.len();
            w.nodes(&t)?;
        }
        w.finish()?;
        return Ok(n);
    }
    let rdf_format = match format {
        Format::Turtle => RdfFormat::Turtle,
        Format::NTriples => RdfFormat::NTriples,
        Format::NQuads => RdfFormat::NQuads,
        Format::TriG => RdfFormat::TriG,
        Format::RdfXml => RdfFormat::RdfXml,
        Format::JsonLd => unreachable!("handled above"),
    };
    let mut ser = RdfSerializer::from_format(rdf_format);
    for (name, ns) in prefixes {
        ser = ser.with_prefix(name, ns).expect("valid prefix IRIs");
    }
    let mut w = ser.for_writer(out);
    for chunk in chunks {
        let chunk = chunk?;
        if format.has_graphs() {
            let mut quads = chunk;
            quads.par_sort_by_cached_key(quad_key);
            quads.dedup();
            n += quads.len();
            for q in &quads {
                w.serialize_quad(q)?;
            }
        } else {
            let t = triples(chunk);
            n += t.len();
            for t in &t {
                w.serialize_triple(t)?;
            }
        }
    }
    w.finish()?;
    Ok(n)
}

/// The JSON-LD context published in `ontology/context.jsonld`.
pub const CONTEXT: &str = include_str!("../ontology/context.jsonld");

/// Compact JSON-LD, written as it comes: the published context inline, then one node
/// object per subject (sorted within each chunk), properties as compact IRIs
/// (`alp:country`) with explicit value objects, so that the document needs nothing but
/// itself to be read back.
struct JsonLdWriter<'a> {
    out: &'a mut dyn Write,
    first: bool,
}

impl<'a> JsonLdWriter<'a> {
    fn start(out: &'a mut dyn Write) -> Result<Self, ExportError> {
        let context: serde_json::Value =
            serde_json::from_str(CONTEXT).expect("ontology/context.jsonld is valid JSON (tested)");
        let ctx =
            serde_json::to_string_pretty(&context["@context"]).map_err(std::io::Error::other)?;
        write!(
            out,
            "{{\n  \"@context\": {},\n  \"@graph\": [",
            indent(&ctx, 2)
        )?;
        Ok(JsonLdWriter { out, first: true })
    }

    fn nodes(&mut self, triples: &[Triple]) -> Result<(), ExportError> {
        for node in jsonld_nodes(triples) {
            let text = serde_json::to_string_pretty(&serde_json::Value::Object(node))
                .map_err(std::io::Error::other)?;
            let sep = if self.first { "" } else { "," };
            self.first = false;
            write!(self.out, "{sep}\n    {}", indent(&text, 4))?;
        }
        Ok(())
    }

    fn finish(self) -> Result<(), ExportError> {
        let close = if self.first { "]" } else { "\n  ]" };
        writeln!(self.out, "{close}\n}}")?;
        Ok(())
    }
}

/// Indents every line of `text` but the first by `n` spaces.
fn indent(text: &str, n: usize) -> String {
    text.replace('\n', &format!("\n{}", " ".repeat(n)))
}

/// The node objects of sorted triples, one per subject, in subject order.
fn jsonld_nodes(triples: &[Triple]) -> Vec<serde_json::Map<String, serde_json::Value>> {
    use serde_json::{json, Map, Value};
    let compact = |iri: &str| -> String {
        for (name, ns) in vocab::PREFIXES {
            if let Some(local) = iri.strip_prefix(ns) {
                if !local.is_empty()
                    && local
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                {
                    return format!("{name}:{local}");
                }
            }
        }
        iri.to_string()
    };
    let mut nodes: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for t in triples {
        let id = match &t.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        let node = nodes.entry(id.clone()).or_insert_with(|| {
            let mut m = Map::new();
            m.insert("@id".into(), Value::String(id));
            m
        });
        if t.predicate == rdf::TYPE {
            if let Term::NamedNode(c) = &t.object {
                let types = node
                    .entry("@type")
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(a) = types {
                    a.push(Value::String(compact(c.as_str())));
                }
                continue;
            }
        }
        let value = match &t.object {
            Term::NamedNode(n) => json!({ "@id": n.as_str() }),
            Term::BlankNode(b) => json!({ "@id": format!("_:{}", b.as_str()) }),
            Term::Literal(l) => {
                if let Some(lang) = l.language() {
                    json!({ "@value": l.value(), "@language": lang })
                } else if l.datatype() == xsd::STRING {
                    json!({ "@value": l.value() })
                } else {
                    json!({ "@value": l.value(), "@type": compact(l.datatype().as_str()) })
                }
            }
            #[allow(unreachable_patterns)]
            _ => continue,
        };
        let key = compact(t.predicate.as_str());
        match node.entry(key).or_insert_with(|| Value::Array(Vec::new())) {
            Value::Array(a) => a.push(value),
            _ => unreachable!("always an array"),
        }
    }
    nodes.into_values().collect()
}

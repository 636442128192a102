//! The dataset described for catalogues: a VoID description (size, class and property
//! partitions, endpoint, dumps, example resources, URI space, vocabularies) and a DCAT-AP 3
//! catalogue (the dataset, its Turtle and N-Quads distributions, the SPARQL endpoint as a
//! data service, licence, publisher, contact point, spatial and temporal coverage), in one
//! graph. Figures are computed from the store as published (its public view).
//!
//! What it does not do: invent what neither the store nor the caller says. The title,
//! description, licence and source come from the dataset node the mapping writes; the
//! publisher and the contact point from [`Publisher`]; URLs from [`Site`].

use std::fmt::Write as _;

use oxigraph::model::{Literal, NamedNode, Quad, Term};

use crate::query;
use crate::store::{Store, StoreError};

/// Prefixes for writing a description.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("void", "http://rdfs.org/ns/void#"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("sd", "http://www.w3.org/ns/sparql-service-description#"),
];

/// Who publishes the dataset (DCAT-AP: `dct:publisher`, `dcat:contactPoint`).
#[derive(Debug, Clone)]
pub struct Publisher {
    pub name: String,
    pub iri: Option<String>,
    /// A page where users reach the publisher (`vcard:hasURL`).
    pub contact_url: Option<String>,
    /// An organisational address (`vcard:hasEmail`), when the publisher gives one.
    pub contact_email: Option<String>,
}

impl Default for Publisher {
    /// The publisher of the source archive the plans come from.
    fn default() -> Self {
        Publisher {
            name: "UNDP Accelerator Labs".into(),
            iri: Some("https://www.undp.org/acceleratorlabs".into()),
            contact_url: Some("https://sdg-innovation-commons.org".into()),
            contact_email: None,
        }
    }
}

/// Where the dataset is published: the site root (dumps at `/dump.ttl` and `/dump.nq`) and
/// its SPARQL endpoint.
#[derive(Debug, Clone)]
pub struct Site {
    pub root: String,
    pub endpoint: String,
}

impl Site {
    /// A site served by `alpkg serve` at `root` (`http://127.0.0.1:7878`).
    pub fn served_at(root: &str) -> Site {
        let root = root.trim_end_matches('/').to_string();
        Site {
            endpoint: format!("{root}/sparql"),
            root,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DescribeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Query(#[from] query::QueryError),
    #[error("not an IRI: `{0}`")]
    BadIri(String),
    #[error("the description does not parse (a bug): {0}")]
    Internal(String),
}

fn iri(s: &str) -> Result<String, DescribeError> {
    NamedNode::new(s)
        .map(|n| n.to_string())
        .map_err(|_| DescribeError::BadIri(s.to_string()))
}

fn lit(s: &str) -> String {
    Literal::new_simple_literal(s).to_string()
}

fn en(s: &str) -> String {
    Literal::new_language_tagged_literal_unchecked(s, "en").to_string()
}

fn select(store: &Store, sparql: &str) -> Result<Vec<Vec<Option<Term>>>, DescribeError> {
    Ok(query::select(store, sparql)?)
}

fn number(t: &Option<Term>) -> u64 {
    match t {
        Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
        _ => 0,
    }
}

fn value(t: &Option<Term>) -> Option<String> {
    match t {
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        _ => None,
    }
}

/// The description (VoID and DCAT-AP 3) of what `store` publishes, as quads of the default
/// graph. `store` should be the public view (see `serve::public_copy`).
pub fn describe(
    store: &Store,
    site: &Site,
    publisher: &Publisher,
) -> Result<Vec<Quad>, DescribeError> {
    let base = store.iris().base().to_string();
    let dataset = iri(&format!("{base}dataset"))?;
    let catalog = iri(&format!("{base}catalog"))?;
    let service = iri(&format!("{base}service/sparql"))?;
    let endpoint = iri(&site.endpoint)?;
    // What the mapping says of the dataset.
    let node = select(
        store,
        &format!(
            "SELECT ?title ?description ?license ?source WHERE {{ \
             OPTIONAL {{ {dataset} <http://purl.org/dc/terms/title> ?title }} \
             OPTIONAL {{ {dataset} <http://purl.org/dc/terms/description> ?description }} \
             OPTIONAL {{ {dataset} <http://purl.org/dc/terms/license> ?license }} \
             OPTIONAL {{ {dataset} <http://purl.org/dc/terms/source> ?source }} }} LIMIT 1"
        ),
    )?;
    let first = node.first().cloned().unwrap_or_default();
    let title = first
        .first()
        .and_then(value)
        .unwrap_or_else(|| "UNDP Accelerator Labs action learning plans".into());
    let description = first
        .get(1)
        .and_then(value)
        .unwrap_or_else(|| "Action learning plans mapped by alpkg".into());
    let license = first.get(2).and_then(value);
    let source = first.get(3).and_then(value);
    // Sizes.
    let triples = number(
        &select(
            store,
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        )?[0][0],
    );
    let counts = &select(
        store,
        "SELECT (COUNT(DISTINCT ?s) AS ?subjects) (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?p ?o }",
    )?[0];
    let entities = number(
        &select(
            store,
            &format!(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), {})) }}",
                lit(&base)
            ),
        )?[0][0],
    );
    let classes = select(
        store,
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c",
    )?;
    let properties = select(
        store,
        "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p",
    )?;
    let examples = select(
        store,
        "SELECT ?x WHERE { ?x a <https://w3id.org/alpkg/ontology#LearningPlan> } ORDER BY ?x LIMIT 3",
    )?;
    let countries = select(
        store,
        "SELECT DISTINCT ?c WHERE { ?plan a <https://w3id.org/alpkg/ontology#LearningPlan> ; <https://w3id.org/alpkg/ontology#country> ?country . ?country <http://www.w3.org/2002/07/owl#sameAs> ?c FILTER(STRSTARTS(STR(?c), \"http://publications.europa.eu/resource/authority/country/\")) } ORDER BY ?c",
    )?;
    let years = &select(
        store,
        "SELECT (MIN(?y) AS ?from) (MAX(?y) AS ?to) WHERE { ?plan a <https://w3id.org/alpkg/ontology#LearningPlan> ; <http://purl.org/dc/terms/date> ?d BIND(<http://www.w3.org/2001/XMLSchema#integer>(SUBSTR(STR(?d), 1, 4)) AS ?y) FILTER(BOUND(?y)) }",
    )?[0];

    let mut t = String::new();
    let w = &mut t;
    let _ = writeln!(w, "@prefix dcat: <http://www.w3.org/ns/dcat#> .");
    let _ = writeln!(w, "@prefix dct: <http://purl.org/dc/terms/> .");
    let _ = writeln!(w, "@prefix void: <http://rdfs.org/ns/void#> .");
    let _ = writeln!(w, "@prefix foaf: <http://xmlns.com/foaf/0.1/> .");
    let _ = writeln!(w, "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .");
    let _ = writeln!(w, "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .");
    let _ = writeln!(
        w,
        "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> ."
    );
    // Publisher.
    let agent = match &publisher.iri {
        Some(p) => iri(p)?,
        None => iri(&format!("{base}publisher"))?,
    };
    let _ = writeln!(
        w,
        "{agent} a foaf:Agent ; foaf:name {} .",
        lit(&publisher.name)
    );
    let contact = iri(&format!("{base}contact"))?;
    let _ = write!(
        w,
        "{contact} a vcard:Kind, vcard:Organization ; vcard:fn {}",
        lit(&publisher.name)
    );
    if let Some(u) = &publisher.contact_url {
        let _ = write!(w, " ; vcard:hasURL {}", iri(u)?);
    }
    if let Some(e) = &publisher.contact_email {
        let _ = write!(w, " ; vcard:hasEmail {}", iri(&format!("mailto:{e}"))?);
    }
    let _ = writeln!(w, " .");
    // Licence.
    let license = match &license {
        Some(l) => {
            let l = iri(l)?;
            let _ = writeln!(w, "{l} a dct:LicenseDocument .");
            Some(l)
        }
        None => None,
    };
    // Catalogue.
    let home = iri(&format!("{}/", site.root))?;
    let _ = writeln!(w, "{home} a foaf:Document .");
    let _ = write!(
        w,
        "{catalog} a dcat:Catalog ; dct:title {} ; dct:description {} ; dct:publisher {agent} ; dcat:dataset {dataset} ; dcat:service {service} ; foaf:homepage {home}",
        en(&format!("{title}: catalogue")),
        en(&format!("The catalogue of {title}, published with alpkg."))
    );
    if let Some(l) = &license {
        let _ = write!(w, " ; dct:license {l}");
    }
    for c in &countries {
        if let Some(c) = value(&c[0]) {
            let _ = write!(w, " ; dct:spatial {}", iri(&c)?);
        }
    }
    let _ = writeln!(w, " .");
    // Dataset (DCAT-AP and VoID on one node).
    let _ = write!(
        w,
        "{dataset} a dcat:Dataset, void:Dataset ; dct:title {} ; dct:description {} ; dct:publisher {agent} ; dcat:contactPoint {contact} ; dcat:keyword {}, {}, {}, {}",
        en(&title),
        en(&description),
        en("action learning"),
        en("UNDP Accelerator Labs"),
        en("partners"),
        en("SDG")
    );
    if let Some(l) = &license {
        let _ = write!(w, " ; dct:license {l}");
    }
    // Where the plans come from: a repository, not a dcat:Dataset (DCAT-AP's range of
    // dct:source), so PROV says it.
    if let Some(s) = &source {
        let _ = write!(
            w,
            " ; <http://www.w3.org/ns/prov#wasDerivedFrom> {}",
            iri(s)?
        );
    }
    for c in &countries {
        if let Some(c) = value(&c[0]) {
            let _ = write!(w, " ; dct:spatial {}", iri(&c)?);
        }
    }
    if let (Some(from), Some(to)) = (value(&years[0]), value(&years[1])) {
        let _ = write!(
            w,
            " ; dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"{from}\"^^xsd:gYear ; dcat:endDate \"{to}\"^^xsd:gYear ]"
        );
    }
    let root = &site.root;
    let dumps = [
        ("turtle", "dump.ttl", "RDF_TURTLE", "text/turtle", "Turtle"),
        (
            "nquads",
            "dump.nq",
            "RDF_N_QUADS",
            "application/n-quads",
            "N-Quads",
        ),
    ];
    for (id, _, _, _, _) in &dumps {
        let _ = write!(
            w,
            " ; dcat:distribution {}",
            iri(&format!("{base}distribution/{id}"))?
        );
    }
    let _ = write!(
        w,
        " ;\n  void:triples {triples} ; void:entities {entities} ; void:distinctSubjects {} ; void:properties {} ; void:distinctObjects {} ; void:classes {} ; void:sparqlEndpoint {endpoint} ; void:uriSpace {}",
        number(&counts[0]),
        number(&counts[1]),
        number(&counts[2]),
        classes.len(),
        lit(&base)
    );
    for (_, file, _, _, _) in &dumps {
        let _ = write!(w, " ; void:dataDump {}", iri(&format!("{root}/{file}"))?);
    }
    for e in &examples {
        if let Some(x) = value(&e[0]) {
            let _ = write!(w, " ; void:exampleResource {}", iri(&x)?);
        }
    }
    let mut vocabularies: Vec<&str> = crate::vocab::PREFIXES
        .iter()
        .map(|(_, ns)| *ns)
        .filter(|ns| {
            properties
                .iter()
                .chain(classes.iter())
                .any(|r| value(&r[0]).is_some_and(|p| p.starts_with(ns)))
        })
        .collect();
    vocabularies.sort_unstable();
    for v in vocabularies {
        let _ = write!(w, " ; void:vocabulary {}", iri(v)?);
    }
    for c in &classes {
        if let Some(class) = value(&c[0]) {
            let _ = write!(
                w,
                " ; void:classPartition [ void:class {} ; void:entities {} ]",
                iri(&class)?,
                number(&c[1])
            );
        }
    }
    for p in &properties {
        if let Some(prop) = value(&p[0]) {
            let _ = write!(
                w,
                " ; void:propertyPartition [ void:property {} ; void:triples {} ]",
                iri(&prop)?,
                number(&p[1])
            );
        }
    }
    let _ = writeln!(w, " .");
    for (id, file, filetype, media, name) in &dumps {
        let _ = write!(
            w,
            "{} a dcat:Distribution ; dct:title {} ; dct:description {} ; dcat:accessURL {url} ; dcat:downloadURL {url} ; dct:format <http://publications.europa.eu/resource/authority/file-type/{filetype}> ; dcat:mediaType <http://www.iana.org/assignments/media-types/{media}>",
            iri(&format!("{base}distribution/{id}"))?,
            en(&format!("{title} ({name} dump, public view)")),
            en(&format!("The whole dataset in {name}, without personal data (no e-mail address; focal points as keyed pseudonyms).")),
            url = iri(&format!("{root}/{file}"))?
        );
        if let Some(l) = &license {
            let _ = write!(w, " ; dct:license {l}");
        }
        let _ = writeln!(w, " .");
        let _ = writeln!(w, "<http://publications.europa.eu/resource/authority/file-type/{filetype}> a dct:MediaTypeOrExtent .");
        let _ = writeln!(
            w,
            "<http://www.iana.org/assignments/media-types/{media}> a dct:MediaType ."
        );
    }
    let _ = write!(
        w,
        "{service} a dcat:DataService, sd:Service ; dct:title {} ; dcat:endpointURL {endpoint} ; dcat:endpointDescription {endpoint} ; dcat:servesDataset {dataset} ; dct:publisher {agent} ; dcat:contactPoint {contact} ; dct:conformsTo <https://www.w3.org/TR/sparql11-protocol/> ; dcat:keyword {}, {} ; sd:endpoint {endpoint}",
        en(&format!("{title}: SPARQL endpoint")),
        en("SPARQL"),
        en("action learning")
    );
    if let Some(l) = &license {
        let _ = write!(w, " ; dct:license {l}");
    }
    let _ = writeln!(w, " .");
    for c in &countries {
        if let Some(c) = value(&c[0]) {
            let _ = writeln!(w, "{} a dct:Location .", iri(&c)?);
        }
    }
    let _ = writeln!(
        w,
        "<https://www.w3.org/TR/sparql11-protocol/> a dct:Standard ."
    );
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(t.as_bytes())
        .collect::<Result<Vec<Quad>, _>>()
        .map_err(|e| DescribeError::Internal(e.to_string()))
}

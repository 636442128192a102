//! Vocabulary IRIs as constants, one module per prefix, and the prefixes alpkg writes.
//!
//! Only names: no mapping logic. A test checks that every `alp:` term here is declared in
//! `ontology/alpkg.ttl`, so code and published vocabulary cannot drift apart.

use oxigraph::model::NamedNodeRef;

macro_rules! terms {
    ($ns:expr; $($name:ident = $local:literal),* $(,)?) => {
        $(pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!($ns, $local));)*
        /// Every term of this module, for checks.
        #[allow(dead_code)]
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

/// The published version of the alp: vocabulary (`owl:versionInfo` in ontology/alpkg.ttl).
pub const ONTOLOGY_VERSION: &str = "0.2.0";

/// Default base IRI for minted resources.
pub const DEFAULT_BASE: &str = "https://w3id.org/alpkg/id/";

/// `alp:` https://w3id.org/alpkg/ontology#
pub mod alp {
    use super::*;
    pub const NS: &str = "https://w3id.org/alpkg/ontology#";
    terms! { "https://w3id.org/alpkg/ontology#";
        LEARNING_PLAN = "LearningPlan", PLAN_GRAPH = "PlanGraph", TAG = "Tag", ANSWER = "Answer",
        PARTNERSHIP = "Partnership", PARTNER = "Partner", INSIGHT = "Insight",
        LEARNING_QUESTION = "LearningQuestion", COUNTRY = "Country", SDG = "SDG", STAGE = "Stage",
        SECTOR = "Sector", FORM_GENERATION = "FormGeneration",
        INTERNATIONAL_ORGANISATION = "InternationalOrganisation", COLLECTIVE_PARTNER = "CollectivePartner",
        PARTNER_SCOPE = "partnerScope", ORGANISATION_KIND = "organisationKind",
        COUNTRY_P = "country", FOCAL_POINT = "focalPoint", FORM_GENERATION_P = "formGeneration",
        METHOD = "method", DATA_SOURCE = "dataSource", THEMATIC_AREA = "thematicArea", SDG_P = "sdg",
        TAG_P = "tag", HAS_ANSWER = "hasAnswer", HAS_PARTNERSHIP = "hasPartnership",
        HAS_INSIGHT = "hasInsight", HAS_LEARNING_QUESTION = "hasLearningQuestion", STAGE_P = "stage",
        HANDOVER_OUTCOME = "handoverOutcome", SOURCE_FILE = "sourceFile", SOURCE_SHA256 = "sourceSha256",
        ONTOLOGY_VERSION_P = "ontologyVersion", CONTENT_DIGEST = "contentDigest", KEY = "key", VALUE = "value",
        NORMALIZED_VALUE = "normalizedValue", ORDER = "order", SOURCE_LINE = "sourceLine",
        QUESTION = "question", ANSWER_TEXT = "answerText", SECTION = "section",
        INSTRUCTIONS = "instructions", CONTEXT = "context", GROUP = "group", QUESTION_KIND = "questionKind",
        PARTNER_P = "partner", NAME_AS_WRITTEN = "nameAsWritten", SECTOR_P = "sector", ACRONYM = "acronym",
        TEXT = "text", ISO2 = "iso2", ISO3 = "iso3", M49 = "m49", REGION = "region", SUBREGION = "subregion",
        NORMALIZED_LABEL = "normalizedLabel", GOAL_NUMBER = "goalNumber",
        SENSE = "Sense", EXPLORE = "Explore", TEST = "Test", GROW = "Grow",
        GOVERNMENT = "Government", CIVIL_SOCIETY = "CivilSociety", PRIVATE_SECTOR = "PrivateSector",
        ACADEMIC = "Academic", UN_INTERNAL = "UnInternal",
        PLAN_FORM = "PlanForm", REPORT_2021_FORM = "Report2021Form", REPORT_2023_FORM = "Report2023Form",
        RESOLVED_BY = "resolvedBy", RESOLUTION_NOTE = "resolutionNote", RESOLUTION_METHOD = "ResolutionMethod",
        IATI_IDENTIFIER = "iatiIdentifier", ORGANISATION_TYPE_P = "organisationType",
        ORGANISATION_TYPE_BASIS = "organisationTypeBasis", ORGANISATION_TYPE = "OrganisationType",
        DROPPED_MENTION = "DroppedMention", HAS_DROPPED_MENTION = "hasDroppedMention", REASON = "reason",
        ACRONYM_DEFINITION = "AcronymDefinition", HAS_ACRONYM_DEFINITION = "hasAcronymDefinition",
        DEFINED_ACRONYM = "definedAcronym", EXPANSION = "expansion",
    }
}

/// `dcterms:` http://purl.org/dc/terms/
pub mod dcterms {
    use super::*;
    terms! { "http://purl.org/dc/terms/";
        TITLE = "title", IDENTIFIER = "identifier", DATE = "date", LANGUAGE = "language",
        DESCRIPTION = "description", LICENSE = "license", SOURCE = "source",
    }
}

/// `skos:` http://www.w3.org/2004/02/skos/core#
pub mod skos {
    use super::*;
    terms! { "http://www.w3.org/2004/02/skos/core#";
        CONCEPT = "Concept", CONCEPT_SCHEME = "ConceptScheme", PREF_LABEL = "prefLabel",
        ALT_LABEL = "altLabel", IN_SCHEME = "inScheme", NOTATION = "notation",
    }
}

/// `schema:` https://schema.org/
pub mod schema {
    use super::*;
    terms! { "https://schema.org/"; URL = "url", IMAGE = "image" }
}

/// `foaf:` http://xmlns.com/foaf/0.1/
pub mod foaf {
    use super::*;
    terms! { "http://xmlns.com/foaf/0.1/"; PERSON = "Person", MBOX = "mbox", MBOX_SHA1SUM = "mbox_sha1sum", HOMEPAGE = "homepage" }
}

/// `org:` http://www.w3.org/ns/org#
pub mod org {
    use super::*;
    terms! { "http://www.w3.org/ns/org#"; ORGANIZATION = "Organization" }
}

/// `geo:` http://www.opengis.net/ont/geosparql#
pub mod geo {
    use super::*;
    terms! { "http://www.opengis.net/ont/geosparql#";
        GEOMETRY = "Geometry", HAS_GEOMETRY = "hasGeometry", AS_WKT = "asWKT", WKT_LITERAL = "wktLiteral",
    }
}

/// `wgs:` http://www.w3.org/2003/01/geo/wgs84_pos#
pub mod wgs {
    use super::*;
    terms! { "http://www.w3.org/2003/01/geo/wgs84_pos#"; LAT = "lat", LONG = "long" }
}

/// `owl:` http://www.w3.org/2002/07/owl#
pub mod owl {
    use super::*;
    terms! { "http://www.w3.org/2002/07/owl#"; SAME_AS = "sameAs" }
}

/// `dcat:` http://www.w3.org/ns/dcat#
pub mod dcat {
    use super::*;
    terms! { "http://www.w3.org/ns/dcat#"; DATASET = "Dataset" }
}

/// The standard parent of each `alp:` property that has one (`rdfs:subPropertyOf` in
/// `ontology/alpkg.ttl`): what a portal or crawler that knows DCMI, SKOS or PROV reads. Public
/// exports and `serve` carry the parent triple as well, in the graph
/// `{graph}/`[`STANDARD_TERMS`] beside each graph, so generic consumers see a plan's place and
/// subjects without knowing `alp:`.
pub const STANDARD_PARENTS: &[(&str, &str)] = &[
    ("country", "http://purl.org/dc/terms/spatial"),
    ("sdg", "http://purl.org/dc/terms/subject"),
    ("thematicArea", "http://purl.org/dc/terms/subject"),
    ("method", "http://purl.org/dc/terms/subject"),
    ("dataSource", "http://purl.org/dc/terms/subject"),
    ("focalPoint", "http://purl.org/dc/terms/contributor"),
    ("hasAnswer", "http://purl.org/dc/terms/hasPart"),
    ("hasInsight", "http://purl.org/dc/terms/hasPart"),
    ("hasLearningQuestion", "http://purl.org/dc/terms/hasPart"),
    ("acronym", "http://www.w3.org/2004/02/skos/core#altLabel"),
    ("sourceFile", "http://purl.org/dc/terms/source"),
];

/// The last step of the graph that holds the standard parents' triples entailed by one graph
/// of a public export (`{graph}/standard-terms`; see `export::standard_terms_graph`).
pub const STANDARD_TERMS: &str = "standard-terms";

/// Prefixes written in Turtle/TriG output (only those used are written).
pub const PREFIXES: &[(&str, &str)] = &[
    ("alp", alp::NS),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("schema", "https://schema.org/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("org", "http://www.w3.org/ns/org#"),
    ("geo", "http://www.opengis.net/ont/geosparql#"),
    ("wgs", "http://www.w3.org/2003/01/geo/wgs84_pos#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("sdg", "http://metadata.un.org/sdg/"),
    (
        "eucountry",
        "http://publications.europa.eu/resource/authority/country/",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every alp: term the code uses is declared in the published ontology.
    #[test]
    fn alp_terms_are_declared_in_the_ontology() {
        let ttl = include_str!("../ontology/alpkg.ttl");
        let graph: Vec<oxigraph::model::Triple> =
            oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
                .for_slice(ttl.as_bytes())
                .map(|q| q.map(oxigraph::model::Triple::from))
                .collect::<Result<_, _>>()
                .unwrap();
        for term in alp::ALL {
            assert!(
                graph.iter().any(|t| t.subject
                    == oxigraph::model::NamedOrBlankNode::from(term.into_owned())
                    && t.predicate == oxigraph::model::vocab::rdf::TYPE),
                "{term} is not declared in ontology/alpkg.ttl"
            );
        }
        let version = graph
            .iter()
            .find(|t| t.predicate.as_str() == "http://www.w3.org/2002/07/owl#versionInfo")
            .unwrap();
        assert_eq!(
            version.object.to_string(),
            format!("\"{ONTOLOGY_VERSION}\"")
        );
        // The standard parents the exports materialise are the ontology's, exactly.
        let mut declared: Vec<(String, String)> = graph
            .iter()
            .filter(|t| {
                t.predicate.as_str() == "http://www.w3.org/2000/01/rdf-schema#subPropertyOf"
            })
            .map(|t| {
                (
                    t.subject.to_string().trim_matches(['<', '>']).to_string(),
                    t.object.to_string().trim_matches(['<', '>']).to_string(),
                )
            })
            .collect();
        declared.sort();
        let mut ours: Vec<(String, String)> = STANDARD_PARENTS
            .iter()
            .map(|(l, p)| (format!("{}{l}", alp::NS), p.to_string()))
            .collect();
        ours.sort();
        assert_eq!(declared, ours);
    }
}

//! The SPARQL 1.1 Protocol at `/sparql`, over the served (public) store: a query from GET
//! or POST (form or `application/sparql-query`), results in the format `Accept` (or
//! `format=`) asks for, a default timeout that a `timeout` parameter may lower, a cap on
//! result rows, and a service description when there is no query. Updates are refused.
//!
//! What it does not do: HTTP itself (the parent module), or choose what is served (the
//! public copy is made by the parent from the store).

use std::time::Duration;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;

use super::negotiate;
use crate::query::{self, QueryError};
use crate::store::Store;

/// What a client asked the endpoint.
#[derive(Debug, Default, Clone)]
pub struct Request {
    pub query: Option<String>,
    /// An update was sent (`update=` or `application/sparql-update`).
    pub update: bool,
    /// The `timeout` parameter, in seconds.
    pub timeout: Option<String>,
    /// The `format` parameter (`json`, `xml`, `csv`, `tsv`, `turtle`, `ntriples`, `jsonld`, `rdfxml`).
    pub format: Option<String>,
    /// `default-graph-uri` or `named-graph-uri` was given.
    pub dataset: bool,
}

impl Request {
    /// From the pairs of a query string or a form body.
    pub fn from_pairs(pairs: &[(String, String)]) -> Request {
        let mut r = Request::default();
        for (k, v) in pairs {
            match k.as_str() {
                "query" => r.query = Some(v.clone()),
                "update" => r.update = true,
                "timeout" => r.timeout = Some(v.clone()),
                "format" | "output" => r.format = Some(v.clone()),
                "default-graph-uri"
                | "named-graph-uri"
                | "using-graph-uri"
                | "using-named-graph-uri" => r.dataset = true,
                _ => {}
            }
        }
        r
    }
}

/// A response, before HTTP.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    /// Extra headers (name, value).
    pub headers: Vec<(&'static str, String)>,
}

impl Reply {
    pub fn text(status: u16, message: impl Into<String>) -> Reply {
        let mut body = message.into().into_bytes();
        body.push(b'\n');
        Reply {
            status,
            content_type: "text/plain; charset=utf-8".into(),
            body,
            headers: Vec::new(),
        }
    }
}

/// How the endpoint answers: limits, and the served store.
pub struct Endpoint<'a> {
    pub store: &'a Store,
    /// Default and longest time a query may run.
    pub timeout: Duration,
    /// Most result rows (SELECT) or triples (CONSTRUCT, DESCRIBE) returned.
    pub max_rows: usize,
    /// The endpoint's own URL, for the service description.
    pub url: String,
    /// Scheme and host of the base IRI, for links in HTML results.
    pub origin: String,
}

const SOLUTION_TYPES: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    ("application/json", QueryResultsFormat::Json),
    ("application/xml", QueryResultsFormat::Xml),
];

const GRAPH_TYPES: &[(&str, RdfFormat)] = &[
    ("text/turtle", RdfFormat::Turtle),
    ("application/n-triples", RdfFormat::NTriples),
    (
        "application/ld+json",
        RdfFormat::JsonLd {
            profile: oxigraph::io::JsonLdProfileSet::empty(),
        },
    ),
    ("application/rdf+xml", RdfFormat::RdfXml),
    ("application/n-quads", RdfFormat::NQuads),
    ("text/plain", RdfFormat::NTriples),
];

/// The media type a `format=` name (or media type, as SPARQLWrapper sends) stands for.
fn format_name(name: &str) -> Option<&'static str> {
    let lower = name.trim().to_ascii_lowercase();
    if let Some(m) = SOLUTION_TYPES
        .iter()
        .map(|(m, _)| *m)
        .chain(GRAPH_TYPES.iter().map(|(m, _)| *m))
        .find(|m| *m == lower)
    {
        return Some(m);
    }
    Some(match lower.as_str() {
        "json" | "srj" => "application/sparql-results+json",
        "xml" | "srx" => "application/sparql-results+xml",
        "csv" => "text/csv",
        "tsv" => "text/tab-separated-values",
        "turtle" | "ttl" | "n3" => "text/turtle",
        "ntriples" | "nt" => "application/n-triples",
        "jsonld" | "json-ld" => "application/ld+json",
        "rdfxml" | "rdf" => "application/rdf+xml",
        _ => return None,
    })
}

impl Endpoint<'_> {
    /// Answers one request. `accept` is the request's `Accept` header.
    pub fn answer(&self, req: &Request, accept: Option<&str>) -> Reply {
        if req.update {
            return Reply::text(
                403,
                "this endpoint is read-only: SPARQL Update is refused (use `alpkg update` on the store)",
            );
        }
        if req.dataset {
            return Reply::text(
                400,
                "default-graph-uri and named-graph-uri are not supported: the default graph is the union of all graphs; use GRAPH or FROM in the query",
            );
        }
        let accept = match &req.format {
            Some(f) => match format_name(f) {
                Some(m) => Some(m),
                // A list of media types (SPARQLWrapper's JSON-LD): negotiated like Accept.
                None if f.contains('/') => Some(f.as_str()),
                None => return Reply::text(400, format!("unknown format `{f}`")),
            },
            None => accept,
        };
        let Some(query) = &req.query else {
            return self.service_description(accept);
        };
        let timeout = match &req.timeout {
            None => self.timeout,
            Some(t) => match t.trim().parse::<f64>() {
                Ok(s) if s > 0.0 && s.is_finite() => Duration::from_secs_f64(s).min(self.timeout),
                _ => {
                    return Reply::text(
                        400,
                        format!("timeout must be a positive number of seconds, not `{t}`"),
                    )
                }
            },
        };
        match self.run(query, accept, timeout) {
            Ok(r) => r,
            Err(QueryError::Syntax(m)) => Reply::text(400, format!("SPARQL syntax error: {m}")),
            Err(QueryError::Timeout(t)) => Reply::text(
                503,
                format!(
                    "the query was stopped after {:.1} s (the endpoint's limit; a `timeout` parameter may lower it)",
                    t.as_secs_f64()
                ),
            ),
            Err(e) => Reply::text(500, e.to_string()),
        }
    }

    fn run(
        &self,
        sparql: &str,
        accept: Option<&str>,
        timeout: Duration,
    ) -> Result<Reply, QueryError> {
        let eval = |e: &dyn std::fmt::Display| query::evaluation_error(e, Some(timeout));
        let io = |e: std::io::Error| QueryError::Evaluation(e.to_string());
        let running = query::query(self.store, sparql, Some(timeout))?;
        let mut body = Vec::new();
        let mut headers = Vec::new();
        let content_type;
        match running.results {
            QueryResults::Solutions(solutions) => {
                let mut offers: Vec<&str> = SOLUTION_TYPES.iter().map(|(m, _)| *m).collect();
                // A browser (text/html first) gets a table; every other client a format.
                offers.push("text/html");
                let Some(i) = negotiate::choose(accept, &offers) else {
                    return Ok(not_acceptable(&offers));
                };
                if i == SOLUTION_TYPES.len() {
                    let vars: Vec<String> = solutions
                        .variables()
                        .iter()
                        .map(|v| v.as_str().to_string())
                        .collect();
                    let mut rows = Vec::new();
                    let mut capped = false;
                    for s in solutions {
                        let s = s.map_err(|e| eval(&e))?;
                        if rows.len() == self.max_rows {
                            capped = true;
                            break;
                        }
                        rows.push(vars.iter().map(|v| s.get(v.as_str()).cloned()).collect());
                    }
                    let links = super::pages::Links::new(self.store.iris().base());
                    return Ok(Reply {
                        status: 200,
                        content_type: "text/html; charset=utf-8".into(),
                        body: super::pages::results_html(&vars, &rows, &links, capped).into_bytes(),
                        headers,
                    });
                }
                content_type = SOLUTION_TYPES[i].0;
                let mut w = QueryResultsSerializer::from_format(SOLUTION_TYPES[i].1)
                    .serialize_solutions_to_writer(&mut body, solutions.variables().to_vec())
                    .map_err(io)?;
                for (n, s) in solutions.enumerate() {
                    let s = s.map_err(|e| eval(&e))?;
                    if n == self.max_rows {
                        headers.push(("alpkg-result-cap", format!("{}; truncated", self.max_rows)));
                        break;
                    }
                    w.serialize(&s).map_err(io)?;
                }
                w.finish().map_err(io)?;
            }
            QueryResults::Boolean(b) => {
                let offers: Vec<&str> = SOLUTION_TYPES.iter().map(|(m, _)| *m).collect();
                let Some(i) = negotiate::choose(accept, &offers) else {
                    return Ok(not_acceptable(&offers));
                };
                content_type = SOLUTION_TYPES[i].0;
                QueryResultsSerializer::from_format(SOLUTION_TYPES[i].1)
                    .serialize_boolean_to_writer(&mut body, b)
                    .map_err(io)?;
            }
            QueryResults::Graph(triples) => {
                let offers: Vec<&str> = GRAPH_TYPES.iter().map(|(m, _)| *m).collect();
                let Some(i) = negotiate::choose(accept, &offers) else {
                    return Ok(not_acceptable(&offers));
                };
                content_type = GRAPH_TYPES[i].0;
                let mut ser = RdfSerializer::from_format(GRAPH_TYPES[i].1);
                for (p, ns) in crate::vocab::PREFIXES {
                    ser = ser.with_prefix(*p, *ns).map_err(|e| eval(&e))?;
                }
                let mut w = ser.for_writer(&mut body);
                for (n, t) in triples.enumerate() {
                    let t = t.map_err(|e| eval(&e))?;
                    if n == self.max_rows {
                        headers.push(("alpkg-result-cap", format!("{}; truncated", self.max_rows)));
                        break;
                    }
                    w.serialize_triple(&t).map_err(io)?;
                }
                w.finish().map_err(io)?;
            }
        }
        Ok(Reply {
            status: 200,
            content_type: content_type.to_string(),
            body,
            headers,
        })
    }

    /// The SPARQL 1.1 Service Description of the endpoint, in Turtle (or another RDF format
    /// by `Accept`).
    fn service_description(&self, accept: Option<&str>) -> Reply {
        let offers: Vec<&str> = GRAPH_TYPES.iter().map(|(m, _)| *m).collect();
        let Some(i) = negotiate::choose(accept, &offers) else {
            return not_acceptable(&offers);
        };
        let formats: String = [
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "JSON-LD",
            "RDF_XML",
        ]
        .iter()
        .map(|f| format!("<http://www.w3.org/ns/formats/{f}>"))
        .collect::<Vec<_>>()
        .join(", ");
        let ttl = format!(
            "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\
             @prefix dcterms: <http://purl.org/dc/terms/> .\n\
             <{url}> a sd:Service ;\n\
             \x20 sd:endpoint <{url}> ;\n\
             \x20 sd:supportedLanguage sd:SPARQL11Query ;\n\
             \x20 sd:feature sd:UnionDefaultGraph, sd:BasicFederatedQuery ;\n\
             \x20 sd:resultFormat {formats} ;\n\
             \x20 dcterms:description \"alpkg: UNDP Accelerator Labs action learning plans (public view, no personal data). Read-only; queries stop after {t} s.\" ;\n\
             \x20 sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n",
            url = self.url,
            t = self.timeout.as_secs_f64()
        );
        if i == 0 {
            return Reply {
                status: 200,
                content_type: "text/turtle".into(),
                body: ttl.into_bytes(),
                headers: Vec::new(),
            };
        }
        let mut body = Vec::new();
        let mut w = RdfSerializer::from_format(GRAPH_TYPES[i].1).for_writer(&mut body);
        for t in oxigraph::io::RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
            match t {
                Ok(q) => {
                    let _ = w.serialize_quad(&q);
                }
                Err(e) => return Reply::text(500, e.to_string()),
            }
        }
        let _ = w.finish();
        Reply {
            status: 200,
            content_type: GRAPH_TYPES[i].0.into(),
            body,
            headers: Vec::new(),
        }
    }
}

fn not_acceptable(offers: &[&str]) -> Reply {
    Reply::text(
        406,
        format!(
            "none of the formats asked for is available; offered: {}",
            offers.join(", ")
        ),
    )
}

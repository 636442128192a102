//! Resources of the served store as linked data: the description of one IRI (its triples,
//! the labels of what it links to, and what links to it), as RDF or as an HTML page; the
//! registries (`/plans`, `/countries`, `/partners`, `/methods`, `/sdgs`); the home page.
//!
//! Pure functions of the served store; the parent module maps paths and negotiates. Pages
//! are plain HTML with inline CSS: nothing is fetched from another host.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNodeRef, Term, TermRef, Triple};

use crate::store::Store;
use crate::vocab;

const LABELS: &[&str] = &[
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
    "https://schema.org/name",
];

/// What is known of one IRI.
pub struct Description {
    pub iri: String,
    /// Its own triples (union of the graphs, no duplicates), in store order.
    pub triples: Vec<Triple>,
    /// Labels of the IRIs it links to and of itself.
    pub labels: BTreeMap<String, String>,
    /// Links to it: predicate -> (count, a few subjects).
    pub incoming: BTreeMap<String, (usize, Vec<String>)>,
}

/// The best label of a subject: the first of [`LABELS`] it has (English or untagged first).
pub fn label_of(store: &Store, iri: &str) -> Option<String> {
    let node = NamedNodeRef::new(iri).ok()?;
    for p in LABELS {
        let p = NamedNodeRef::new_unchecked(p);
        let mut best: Option<String> = None;
        for q in store
            .oxigraph()
            .quads_for_pattern(Some(node.into()), Some(p), None, None)
            .flatten()
        {
            if let Term::Literal(l) = &q.object {
                let english = matches!(l.language(), None | Some("en"));
                if english {
                    return Some(l.value().to_string());
                }
                best.get_or_insert_with(|| l.value().to_string());
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

/// Describes an IRI, or `None` when the store holds nothing about it.
pub fn describe(store: &Store, iri: &str) -> Option<Description> {
    let node = NamedNodeRef::new(iri).ok()?;
    let db = store.oxigraph();
    let mut triples: Vec<Triple> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for q in db
        .quads_for_pattern(Some(node.into()), None, None, None)
        .flatten()
    {
        let t = Triple::new(q.subject, q.predicate, q.object);
        if seen.insert(t.clone()) {
            triples.push(t);
        }
    }
    let mut incoming: BTreeMap<String, (usize, Vec<String>)> = BTreeMap::new();
    let mut counted = std::collections::HashSet::new();
    for q in db
        .quads_for_pattern(None, None, Some(node.into()), None)
        .flatten()
    {
        let NamedOrBlankNodeRef::NamedNode(s) = q.subject.as_ref() else {
            continue;
        };
        if !counted.insert((s.as_str().to_string(), q.predicate.as_str().to_string())) {
            continue;
        }
        let e = incoming
            .entry(q.predicate.as_str().to_string())
            .or_default();
        e.0 += 1;
        if e.1.len() < 50 {
            e.1.push(s.as_str().to_string());
        }
    }
    if triples.is_empty() && incoming.is_empty() {
        return None;
    }
    let mut labels = BTreeMap::new();
    let linked = triples
        .iter()
        .filter_map(|t| match &t.object {
            Term::NamedNode(n) => Some(n.as_str().to_string()),
            _ => None,
        })
        .chain(triples.iter().map(|t| t.predicate.as_str().to_string()))
        .chain(incoming.values().flat_map(|(_, s)| s.iter().cloned()))
        .chain(std::iter::once(iri.to_string()));
    for o in linked {
        if labels.contains_key(&o) {
            continue;
        }
        if let Some(l) = label_of(store, &o) {
            labels.insert(o, l);
        }
    }
    Some(Description {
        iri: iri.to_string(),
        triples,
        labels,
        incoming,
    })
}

/// The description as RDF: its triples and the labels of what it links to.
pub fn write_rdf(d: &Description, format: RdfFormat) -> Vec<u8> {
    let mut out = Vec::new();
    let mut ser = RdfSerializer::from_format(format);
    for (p, ns) in vocab::PREFIXES {
        if let Ok(s) = ser.clone().with_prefix(*p, *ns) {
            ser = s;
        }
    }
    let mut w = ser.for_writer(&mut out);
    let label = NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    for t in &d.triples {
        let _ = w.serialize_triple(t);
    }
    for (iri, l) in &d.labels {
        if iri == &d.iri {
            continue;
        }
        if let Ok(n) = NamedNodeRef::new(iri) {
            let t = Triple::new(n, label, oxigraph::model::Literal::new_simple_literal(l));
            let _ = w.serialize_triple(&t);
        }
    }
    let _ = w.finish();
    out
}

/// `https://w3id.org/alpkg/id/` -> `https://w3id.org`: the part of the base IRI a server
/// or a site replaces with its own address.
pub fn origin_of(base: &str) -> String {
    match base.find("://") {
        Some(i) => match base[i + 3..].find('/') {
            Some(j) => base[..i + 3 + j].to_string(),
            None => base.trim_end_matches('/').to_string(),
        },
        None => String::new(),
    }
}

/// How pages link to IRIs: those under the base are served at their own path; others the
/// store knows go through `/describe`; the rest link out.
pub struct Links {
    /// The base IRI: IRIs under it are served at their own path.
    pub base: String,
    /// Scheme and host of the base IRI (`https://w3id.org`).
    pub origin: String,
    /// Pages of a static site (`alpkg site`): a resource's page is the folder of its path
    /// (`.../x/`, with `index.html`), its data `.../x.ttl`; there is no `/describe`.
    pub static_site: bool,
    /// The SPARQL endpoint pages link to and post queries to, if any.
    pub endpoint: Option<String>,
}

impl Links {
    /// Links of `alpkg serve` for a store minted under `base`.
    pub fn new(base: &str) -> Links {
        Links {
            base: base.to_string(),
            origin: origin_of(base),
            static_site: false,
            endpoint: Some("/sparql".to_string()),
        }
    }

    /// The path of an IRI under the base, served at its own path.
    pub fn path_of<'a>(&self, iri: &'a str) -> Option<&'a str> {
        if !iri.starts_with(&self.base) || iri.contains('#') {
            return None;
        }
        iri.strip_prefix(&self.origin)
            .filter(|p| p.starts_with('/') && p.len() > 1)
    }

    pub fn href(&self, iri: &str, known: bool) -> String {
        if let Some(path) = self.path_of(iri) {
            return if self.static_site {
                format!("{path}/")
            } else {
                path.to_string()
            };
        }
        if known && !self.static_site {
            format!("/describe?iri={}", pct(iri))
        } else {
            iri.to_string()
        }
    }

    /// Where the description of an IRI is, in a format (`turtle`, `jsonld`, `ntriples`).
    pub fn data_href(&self, iri: &str, format: &str) -> Option<String> {
        if self.static_site {
            let ext = match format {
                "turtle" => "ttl",
                "jsonld" => "jsonld",
                _ => return None,
            };
            return self.path_of(iri).map(|p| format!("{p}.{ext}"));
        }
        Some(format!("/describe?iri={}&format={format}", pct(iri)))
    }
}

/// Percent-encodes a query-string value.
pub fn pct(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

fn esc(s: &str) -> String {
    html_escape::encode_text(s).to_string()
}

fn attr(s: &str) -> String {
    html_escape::encode_double_quoted_attribute(s).to_string()
}

/// `alp:country` for an IRI the prefix map knows, else the IRI.
pub fn curie(iri: &str) -> String {
    for (p, ns) in vocab::PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty() && !local.contains('/') && !local.contains('#') {
                return format!("{p}:{local}");
            }
        }
    }
    iri.to_string()
}

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}\
a{color:#0b5ed7;text-decoration:none}a:hover{text-decoration:underline}\
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}\
th{width:14rem;font-weight:600;color:#444}.iri{color:#666;font-size:.85rem;word-break:break-all}\
nav a{margin-right:1rem}.lit{white-space:pre-wrap}.muted{color:#777}textarea{width:100%;font:13px monospace}";

/// A whole HTML page around a body.
pub fn page(title: &str, body: &str, links: &Links) -> String {
    let sparql = links
        .endpoint
        .as_deref()
        .map(|e| format!("<a href=\"{}\">SPARQL</a>", attr(e)))
        .unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{t} · alpkg</title><style>{STYLE}</style></head><body>\
         <nav><a href=\"/\">alpkg</a><a href=\"/plans\">plans</a><a href=\"/countries\">countries</a>\
         <a href=\"/partners\">partners</a><a href=\"/methods\">methods</a><a href=\"/sdgs\">SDGs</a>\
         <a href=\"/network\">network</a>\
         {sparql}</nav>\n{body}\n</body></html>\n",
        t = esc(title)
    )
}

/// Rows of a SELECT over the store, each variable as text (IRIs and literal values; empty
/// when unbound or when the query fails: a page shows what it can).
fn rows(store: &Store, sparql: &str) -> Vec<Vec<String>> {
    let text = |t: &Option<Term>| match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        _ => String::new(),
    };
    crate::query::select(store, sparql)
        .unwrap_or_default()
        .iter()
        .map(|r| r.iter().map(text).collect())
        .collect()
}

fn link(links: &Links, iri: &str, label: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        attr(&links.href(iri, true)),
        esc(if label.is_empty() { iri } else { label })
    )
}

const LABEL_OF: &str = "OPTIONAL { ?x <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://www.w3.org/2000/01/rdf-schema#label>|<http://purl.org/dc/terms/title> ?l }";

/// A plan as a document: its country, year, methods, data sources, SDGs, themes, partners,
/// insights, and every question with its answer, in order.
fn plan_document(store: &Store, iri: &str, links: &Links) -> String {
    let alp = crate::vocab::alp::NS;
    let mut b = String::new();
    let facets = [
        ("Country", "country"),
        ("Methods", "method"),
        ("Data sources", "dataSource"),
        ("SDGs", "sdg"),
        ("Thematic areas", "thematicArea"),
    ];
    b.push_str("<table>");
    let year = rows(
        store,
        &format!("SELECT ?d WHERE {{ <{iri}> <http://purl.org/dc/terms/date> ?d }}"),
    );
    if let Some(y) = year.first() {
        let _ = write!(b, "<tr><th>Year</th><td>{}</td></tr>", esc(&y[0]));
    }
    for (name, p) in facets {
        let r = rows(
            store,
            &format!(
                "SELECT ?x (SAMPLE(?l) AS ?label) WHERE {{ <{iri}> <{alp}{p}> ?x . {LABEL_OF} }} GROUP BY ?x ORDER BY ?label"
            ),
        );
        if r.is_empty() {
            continue;
        }
        let items: Vec<String> = r.iter().map(|x| link(links, &x[0], &x[1])).collect();
        let _ = write!(b, "<tr><th>{name}</th><td>{}</td></tr>", items.join(", "));
    }
    b.push_str("</table>");
    let partners = rows(
        store,
        &format!(
            "SELECT ?partner (SAMPLE(?l) AS ?label) (SAMPLE(?w) AS ?written) (SAMPLE(?s) AS ?sector) (MIN(?o) AS ?order) WHERE {{ \
             <{iri}> <{alp}hasPartnership> ?ps . ?ps <{alp}partner> ?partner . \
             OPTIONAL {{ ?ps <{alp}nameAsWritten> ?w }} OPTIONAL {{ ?ps <{alp}sector> ?s }} OPTIONAL {{ ?ps <{alp}order> ?o }} \
             OPTIONAL {{ ?partner <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }} }} GROUP BY ?partner ORDER BY ?order"
        ),
    );
    if !partners.is_empty() {
        let _ = write!(b, "<h2>Partners ({})</h2><ul>", partners.len());
        for p in &partners {
            let sector = p[3].rsplit(['#', '/']).next().unwrap_or("");
            let written = if !p[2].is_empty() && p[2] != p[1] {
                format!(" <span class=\"muted\">as written: {}</span>", esc(&p[2]))
            } else {
                String::new()
            };
            let _ = write!(
                b,
                "<li>{}{written}{}</li>",
                link(links, &p[0], &p[1]),
                if sector.is_empty() {
                    String::new()
                } else {
                    format!(" <span class=\"muted\">({})</span>", esc(sector))
                }
            );
        }
        b.push_str("</ul>");
    }
    let insights = rows(
        store,
        &format!(
            "SELECT ?t WHERE {{ <{iri}> <{alp}hasInsight> ?i . ?i <{alp}text> ?t OPTIONAL {{ ?i <{alp}order> ?o }} }} ORDER BY ?o"
        ),
    );
    if !insights.is_empty() {
        b.push_str("<h2>Insights</h2><ul>");
        for i in &insights {
            let _ = write!(b, "<li class=\"lit\">{}</li>", esc(&i[0]));
        }
        b.push_str("</ul>");
    }
    let answers = rows(
        store,
        &format!(
            "SELECT ?q ?a ?sec WHERE {{ <{iri}> <{alp}hasAnswer> ?x . OPTIONAL {{ ?x <{alp}question> ?q }} \
             OPTIONAL {{ ?x <{alp}answerText> ?a }} OPTIONAL {{ ?x <{alp}section> ?sec }} OPTIONAL {{ ?x <{alp}order> ?o }} }} ORDER BY ?o"
        ),
    );
    if !answers.is_empty() {
        b.push_str("<h2>The plan</h2>");
        let mut section = String::new();
        for a in &answers {
            if !a[2].is_empty() && a[2] != section {
                section = a[2].clone();
                let _ = write!(b, "<h3>{}</h3>", esc(&section));
            }
            if !a[0].is_empty() {
                let _ = write!(b, "<p><strong>{}</strong></p>", esc(&a[0]));
            }
            let _ = write!(b, "<p class=\"lit\">{}</p>", esc(&a[1]));
        }
    }
    b
}

/// A partner: the names plans wrote it under, the plans and countries, and the partners it
/// shares plans with.
fn partner_summary(store: &Store, iri: &str, links: &Links) -> String {
    let alp = crate::vocab::alp::NS;
    let mut b = String::new();
    let names = rows(
        store,
        &format!(
            "SELECT DISTINCT ?w WHERE {{ ?ps <{alp}partner> <{iri}> ; <{alp}nameAsWritten> ?w }} ORDER BY ?w"
        ),
    );
    if !names.is_empty() {
        let n: Vec<String> = names
            .iter()
            .map(|x| format!("<q>{}</q>", esc(&x[0])))
            .collect();
        let _ = write!(b, "<p><strong>Written as</strong> {}</p>", n.join(", "));
    }
    let plans = rows(
        store,
        &format!(
            "SELECT DISTINCT ?plan ?t ?c ?cl WHERE {{ ?plan <{alp}hasPartnership> ?ps . ?ps <{alp}partner> <{iri}> . \
             OPTIONAL {{ ?plan <http://purl.org/dc/terms/title> ?t }} OPTIONAL {{ ?plan <{alp}country> ?c . OPTIONAL {{ ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?cl }} }} }} ORDER BY ?cl ?t"
        ),
    );
    if !plans.is_empty() {
        let mut countries: Vec<(String, String)> = plans
            .iter()
            .filter(|p| !p[2].is_empty())
            .map(|p| (p[2].clone(), p[3].clone()))
            .collect();
        countries.sort();
        countries.dedup();
        let c: Vec<String> = countries.iter().map(|(i, l)| link(links, i, l)).collect();
        let _ = write!(
            b,
            "<p><strong>{} plan(s) in {} countr{}</strong>: {}</p><ul>",
            plans.len(),
            countries.len(),
            if countries.len() == 1 { "y" } else { "ies" },
            c.join(", ")
        );
        for p in &plans {
            let _ = write!(b, "<li>{}</li>", link(links, &p[0], &p[1]));
        }
        b.push_str("</ul>");
    }
    let neighbours = rows(
        store,
        &format!(
            "SELECT ?other (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?plan) AS ?n) WHERE {{ \
             ?plan <{alp}hasPartnership>/<{alp}partner> <{iri}> . ?plan <{alp}hasPartnership>/<{alp}partner> ?other . \
             FILTER(?other != <{iri}>) OPTIONAL {{ ?other <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }} }} \
             GROUP BY ?other ORDER BY DESC(?n) ?label LIMIT 30"
        ),
    );
    if !neighbours.is_empty() {
        b.push_str("<h2>Partners in the same plans</h2><ul>");
        for n in &neighbours {
            let _ = write!(
                b,
                "<li>{} <span class=\"muted\">{} plan(s)</span></li>",
                link(links, &n[0], &n[1]),
                esc(&n[2])
            );
        }
        b.push_str("</ul>");
    }
    b
}

/// The HTML page of a description.
pub fn html(store: &Store, d: &Description, links: &Links) -> String {
    let title = d
        .labels
        .get(&d.iri)
        .cloned()
        .unwrap_or_else(|| curie(&d.iri));
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>{}</h1><p class=\"iri\">{}</p>",
        esc(&title),
        esc(&d.iri)
    );
    let types: Vec<String> = d
        .triples
        .iter()
        .filter(|t| t.predicate.as_str() == oxigraph::model::vocab::rdf::TYPE.as_str())
        .filter_map(|t| match &t.object {
            Term::NamedNode(n) => Some(curie(n.as_str())),
            _ => None,
        })
        .collect();
    if !types.is_empty() {
        let _ = write!(b, "<p class=\"muted\">{}</p>", esc(&types.join(", ")));
    }
    if types.iter().any(|t| t == "alp:LearningPlan") {
        b.push_str(&plan_document(store, &d.iri, links));
        b.push_str("<h2>All its triples</h2>");
    } else if types.iter().any(|t| t == "alp:Partner") {
        b.push_str(&partner_summary(store, &d.iri, links));
        b.push_str("<h2>All its triples</h2>");
    }
    b.push_str("<table>");
    let mut by_pred: BTreeMap<String, Vec<&Term>> = BTreeMap::new();
    for t in &d.triples {
        if t.predicate.as_str() == oxigraph::model::vocab::rdf::TYPE.as_str() {
            continue;
        }
        by_pred
            .entry(t.predicate.as_str().to_string())
            .or_default()
            .push(&t.object);
    }
    for (p, objects) in &by_pred {
        let _ = write!(
            b,
            "<tr><th title=\"{}\">{}</th><td>",
            attr(p),
            esc(&curie(p))
        );
        for (i, o) in objects.iter().enumerate() {
            if i > 0 {
                b.push_str("<br>");
            }
            b.push_str(&term_html(o.as_ref(), d, links));
        }
        b.push_str("</td></tr>");
    }
    b.push_str("</table>");
    if !d.incoming.is_empty() {
        b.push_str("<h2>Linked from</h2><table>");
        for (p, (n, subjects)) in &d.incoming {
            let _ = write!(
                b,
                "<tr><th title=\"{}\">{} ({n})</th><td>",
                attr(p),
                esc(&curie(p))
            );
            for (i, s) in subjects.iter().enumerate() {
                if i > 0 {
                    b.push_str("<br>");
                }
                let label = d.labels.get(s).cloned().unwrap_or_else(|| curie(s));
                let _ = write!(
                    b,
                    "<a href=\"{}\">{}</a>",
                    attr(&links.href(s, true)),
                    esc(&label)
                );
            }
            if *n > subjects.len() {
                let _ = write!(
                    b,
                    "<br><span class=\"muted\">and {} more</span>",
                    n - subjects.len()
                );
            }
            b.push_str("</td></tr>");
        }
        b.push_str("</table>");
    }
    let data: Vec<String> = [
        ("turtle", "Turtle"),
        ("jsonld", "JSON-LD"),
        ("ntriples", "N-Triples"),
    ]
    .iter()
    .filter_map(|(f, name)| {
        links
            .data_href(&d.iri, f)
            .map(|h| format!("<a href=\"{}\">{name}</a>", attr(&h)))
    })
    .collect();
    if !data.is_empty() {
        let _ = write!(b, "<p class=\"muted\">As data: {}</p>", data.join(" · "));
    }
    page(&title, &b, links)
}

fn term_html(t: TermRef<'_>, d: &Description, links: &Links) -> String {
    match t {
        TermRef::NamedNode(n) => {
            let iri = n.as_str();
            let known = d.labels.contains_key(iri);
            let text = d.labels.get(iri).cloned().unwrap_or_else(|| curie(iri));
            format!(
                "<a href=\"{}\">{}</a>",
                attr(&links.href(iri, known)),
                esc(&text)
            )
        }
        TermRef::BlankNode(b) => format!("<span class=\"muted\">_:{}</span>", esc(b.as_str())),
        TermRef::Literal(l) => {
            let lang = l
                .language()
                .map(|l| format!(" <span class=\"muted\">@{}</span>", esc(l)))
                .unwrap_or_default();
            format!("<span class=\"lit\">{}</span>{lang}", esc(l.value()))
        }
        #[allow(unreachable_patterns)]
        _ => esc(&t.to_string()),
    }
}

/// A registry: the resources a graph pattern on `?x` selects (`?x a <class>`), with their
/// labels and how many resources link to each, most linked first.
pub fn registry(store: &Store, pattern: &str) -> Vec<(String, String, usize)> {
    let q = format!(
        "SELECT ?x (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?in) AS ?n) WHERE {{ \
         {pattern} \
         OPTIONAL {{ ?x <http://www.w3.org/2004/02/skos/core#prefLabel>|<http://purl.org/dc/terms/title>|<http://www.w3.org/2000/01/rdf-schema#label> ?l }} \
         OPTIONAL {{ ?in ?p ?x }} }} GROUP BY ?x ORDER BY DESC(?n) ?label"
    );
    rows(store, &q)
        .into_iter()
        .filter(|r| r[0].contains("://"))
        .map(|r| {
            let label = if r[1].is_empty() {
                curie(&r[0])
            } else {
                r[1].clone()
            };
            (r[0].clone(), label, r[2].parse().unwrap_or(0))
        })
        .collect()
}

/// The registries of the site and the server: (path, title, graph pattern on `?x`).
pub fn registries(base: &str) -> [(&'static str, &'static str, String); 5] {
    let alp = crate::vocab::alp::NS;
    [
        ("plans", "Plans", format!("?x a <{alp}LearningPlan> .")),
        ("countries", "Countries", format!("?x a <{alp}Country> .")),
        ("partners", "Partners", format!("?x a <{alp}Partner> .")),
        (
            "methods",
            "Methods",
            format!("?x <http://www.w3.org/2004/02/skos/core#inScheme> <{base}scheme/methods> ."),
        ),
        ("sdgs", "SDGs", format!("?x a <{alp}SDG> .")),
    ]
}

/// The HTML page of a registry.
pub fn registry_html(title: &str, rows: &[(String, String, usize)], links: &Links) -> String {
    let mut b = format!(
        "<h1>{}</h1><p class=\"muted\">{} entries</p><table>",
        esc(title),
        rows.len()
    );
    for (iri, label, n) in rows {
        let _ = write!(
            b,
            "<tr><td><a href=\"{}\">{}</a></td><td class=\"muted\">{n} link(s)</td></tr>",
            attr(&links.href(iri, true)),
            esc(label)
        );
    }
    b.push_str("</table>");
    page(title, &b, links)
}

/// The home page: what is served, the registries, and a query form with the named queries.
pub fn home(triples: usize, plans: usize, links: &Links) -> String {
    let mut b = format!(
        "<h1>alpkg</h1><p>UNDP Accelerator Labs action learning plans as linked data: \
         {plans} plans, {triples} triples (the public view: no personal data).</p>\
         <p><a href=\"/plans\">Plans</a> · <a href=\"/countries\">Countries</a> · \
         <a href=\"/partners\">Partners</a> · <a href=\"/methods\">Methods</a> · \
         <a href=\"/sdgs\">SDGs</a></p>"
    );
    if let Some(e) = &links.endpoint {
        let _ = write!(
            b,
            "<h2>SPARQL</h2><form method=\"post\" action=\"{}\">\
             <textarea name=\"query\" rows=\"10\" id=\"q\">SELECT ?plan ?title WHERE {{\n  ?plan a &lt;https://w3id.org/alpkg/ontology#LearningPlan&gt; ; &lt;http://purl.org/dc/terms/title&gt; ?title\n}} LIMIT 20</textarea>\
             <p><button>Run</button> <span class=\"muted\">answers at {} (SPARQL 1.1 Protocol)</span></p></form>",
            attr(e),
            esc(e)
        );
    }
    b.push_str("<h2>Named queries</h2><ul>");
    for q in crate::query::named() {
        let about = esc(q.header("description").or(q.header("title")).unwrap_or(""));
        match &links.endpoint {
            Some(e) => {
                let _ = write!(
                    b,
                    "<li><a href=\"{}?query={}\">{}</a> <span class=\"muted\">{about}</span></li>",
                    attr(e),
                    pct(q.text),
                    esc(q.name)
                );
            }
            None => {
                let _ = write!(
                    b,
                    "<li>{} <span class=\"muted\">{about}</span></li>",
                    esc(q.name)
                );
            }
        }
    }
    b.push_str("</ul>");
    page("alpkg", &b, links)
}

/// The home page of `alpkg serve`: YASGUI (served from `/assets/`, the npm build vendored in
/// `web/vendor/`) on `/sparql`, a tab per named query, the project's prefixes; no lookup of
/// prefix.cc or LOV (the autocompleters that call them are off) and no endpoint but this one.
pub fn yasgui_home(triples: usize, plans: usize) -> String {
    let queries: Vec<serde_json::Value> = crate::query::named()
        .iter()
        .map(|q| serde_json::json!({ "name": q.name, "text": q.text }))
        .collect();
    let prefixes: serde_json::Map<String, serde_json::Value> = vocab::PREFIXES
        .iter()
        .map(|(p, ns)| (p.to_string(), serde_json::Value::String(ns.to_string())))
        .collect();
    let safe = |v: String| v.replace("</", "<\\/");
    let links = Links::new("https://w3id.org/alpkg/id/");
    let body = format!(
        "<p>UNDP Accelerator Labs action learning plans as linked data: {plans} plans, {triples} \
         triples (the public view: no personal data). Browse the <a href=\"/plans\">plans</a>, \
         <a href=\"/partners\">partners</a> and the <a href=\"/network\">partner network</a>; \
         query below (one tab per named analyst query) or at <code>/sparql</code>.</p>\
         <div id=\"yasgui\"></div>\
         <p id=\"status\" class=\"muted\"></p>\
         <script type=\"application/json\" id=\"alpkg-queries\">{q}</script>\
         <script type=\"application/json\" id=\"alpkg-prefixes\">{p}</script>\
         <script src=\"/assets/yasgui.min.js\"></script>\
         <script>{app}</script>",
        q = safe(serde_json::Value::Array(queries).to_string()),
        p = safe(serde_json::Value::Object(prefixes).to_string()),
        app = YASGUI_APP
    );
    let page = page("alpkg", &body, &links);
    page.replacen(
        "</style>",
        "</style><link rel=\"stylesheet\" href=\"/assets/yasgui.min.css\"><style>body{max-width:80rem}</style>",
        1,
    )
}

const YASGUI_APP: &str = r#"(function () {
  var named = JSON.parse(document.getElementById("alpkg-queries").textContent);
  var prefixes = JSON.parse(document.getElementById("alpkg-prefixes").textContent);
  var endpoint = window.location.origin + "/sparql";
  if (Yasgui.Yasqe && Yasgui.Yasqe.defaults) Yasgui.Yasqe.defaults.autocompleters = [];
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { autocompleters: [] }
  });
  var header = Object.keys(prefixes).map(function (p) { return "PREFIX " + p + ": <" + prefixes[p] + ">"; });
  function withPrefixes(text) {
    var used = header.filter(function (line) {
      var p = line.split(" ")[1];
      return text.indexOf(p) >= 0 && text.indexOf("PREFIX " + p) < 0 && text.indexOf("prefix " + p) < 0;
    });
    var nl = String.fromCharCode(10);
    return (used.length ? used.join(nl) + nl : "") + text;
  }
  var first = yasgui.getTab();
  var tabs = {};
  named.forEach(function (q, i) {
    if (i === 0) {
      if (first.setName) first.setName(q.name);
      first.setQuery(withPrefixes(q.text));
      tabs[q.name] = first;
    } else {
      // Tabs not shown yet have no editor: their query goes in their configuration.
      tabs[q.name] = yasgui.addTab(false, { name: q.name, yasqe: { value: withPrefixes(q.text) } });
    }
  });
  yasgui.selectTabId(first.getId());
  var status = document.getElementById("status");
  yasgui.on("queryResponse", function (instance, tab) {
    // The results are read into the table after this event: count them once it has run.
    setTimeout(function () {
      var r = tab.getYasr && tab.getYasr().results;
      var n = r && r.getBindings ? (r.getBindings() || []).length : 0;
      status.dataset.rows = n;
      status.dataset.tab = tab.getName ? tab.getName() : "";
      status.textContent = n + " row(s)";
    }, 50);
  });
  document.body.dataset.ready = "true";
  // `#run=NAME` opens a named query's tab and runs it (for links and tests).
  var run = /[#&]run=([^&]+)/.exec(window.location.hash);
  if (run && tabs[decodeURIComponent(run[1])]) {
    var tab = tabs[decodeURIComponent(run[1])];
    yasgui.selectTabId(tab.getId());
    setTimeout(function () { tab.query(); }, 0);
  }
})();"#;

/// SELECT results as an HTML table (for a browser at `/sparql`).
pub fn results_html(
    vars: &[String],
    rows: &[Vec<Option<Term>>],
    links: &Links,
    capped: bool,
) -> String {
    let mut b = String::from("<h1>Results</h1><table><tr>");
    for v in vars {
        let _ = write!(b, "<th>?{}</th>", esc(v));
    }
    b.push_str("</tr>");
    for r in rows {
        b.push_str("<tr>");
        for t in r {
            b.push_str("<td>");
            match t {
                Some(Term::NamedNode(n)) => {
                    let _ = write!(
                        b,
                        "<a href=\"{}\">{}</a>",
                        attr(&links.href(n.as_str(), true)),
                        esc(&curie(n.as_str()))
                    );
                }
                Some(Term::Literal(l)) => b.push_str(&esc(l.value())),
                Some(other) => b.push_str(&esc(&other.to_string())),
                None => {}
            }
            b.push_str("</td>");
        }
        b.push_str("</tr>");
    }
    b.push_str("</table>");
    let _ = write!(
        b,
        "<p class=\"muted\">{} row(s){}</p>",
        rows.len(),
        if capped {
            ", cut at the server's limit"
        } else {
            ""
        }
    );
    page("Results", &b, links)
}

//! Partner networks: built with petgraph from the store (through SPARQL), analysed, exported.
//!
//! Nodes are partners, plans and countries; edges plan-partner (sector, order) and
//! plan-country. Projections fold plans away: partner-partner (weight = plans in common),
//! country-country (weight = partners in common), partner-country (weight = plans).
//! Metrics are computed on the graph exactly as exported and stored as node attributes named
//! after the metric: `degree`, `weighted_degree`, `betweenness`, `pagerank`, `component`,
//! `community`.
//!
//! The network code never reads markdown: everything comes from the store. It does not
//! print; `cli/network.rs` does.

pub mod explorer;
pub mod export;
pub mod render;

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;

use crate::store::Store;

/// Kinds of node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Partner,
    Plan,
    Country,
}

impl NodeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Partner => "partner",
            NodeKind::Plan => "plan",
            NodeKind::Country => "country",
        }
    }
}

/// A node with its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The node's IRI in the store.
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// Country name (a country node's own name, a plan's or a national partner's country).
    pub country: Option<String>,
    pub iso3: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    /// Plans: the year.
    pub year: Option<i32>,
    /// Partners: `international`, `national` or `collective`.
    pub partner_scope: Option<String>,
    /// Partners: the inferred organisation type (`government`, `academic`...).
    pub organisation_type: Option<String>,
    /// Partners: number of distinct countries and regions of the plans they work in.
    pub countries: usize,
    pub regions: usize,
    pub metrics: Metrics,
}

/// The metrics of a node.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metrics {
    pub degree: usize,
    pub weighted_degree: f64,
    pub betweenness: f64,
    pub pagerank: f64,
    pub component: usize,
    pub community: usize,
}

/// Kinds of edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    PlanPartner,
    PlanCountry,
    PartnerPartner,
    CountryCountry,
    PartnerCountry,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::PlanPartner => "plan-partner",
            EdgeKind::PlanCountry => "plan-country",
            EdgeKind::PartnerPartner => "partner-partner",
            EdgeKind::CountryCountry => "country-country",
            EdgeKind::PartnerCountry => "partner-country",
        }
    }
}

/// An edge with its attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub weight: f64,
    /// Plan-partner: the sector, where the plan's form says it.
    pub sector: Option<String>,
    /// Plan-partner: the 1-based order of the partner in the plan.
    pub order: Option<usize>,
}

/// Which graph to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Projection {
    /// Partners, plans and countries.
    #[default]
    Full,
    /// Partners linked by the plans they share.
    Partner,
    /// Countries linked by the partners they share.
    Country,
    /// Partners linked to the countries they work in.
    PartnerCountry,
}

impl Projection {
    pub fn as_str(self) -> &'static str {
        match self {
            Projection::Full => "full",
            Projection::Partner => "partner",
            Projection::Country => "country",
            Projection::PartnerCountry => "partner-country",
        }
    }
}

/// Which partnerships to keep.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Country name or ISO3 code.
    pub country: Option<String>,
    /// M49 region or sub-region.
    pub region: Option<String>,
    pub year: Option<i32>,
    /// Sector (`government`, `civil-society`, `private-sector`, `academic`, `un-internal`).
    pub sector: Option<String>,
    /// Keep collective mentions (`UN agencies`, `local communities`) as partners.
    pub include_collective: bool,
    /// Only partners of this inferred organisation type (`government`, `local-government`,
    /// `academic`, `civil-society`, `private-sector`, `un-multilateral`, `donor-government`,
    /// `collective`): `alp:organisationType`, apart from the sector the form states.
    pub organisation_type: Option<String>,
}

/// One row of the store: a plan, its country, and one of its partnerships (if any).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub plan: String,
    pub plan_id: String,
    pub title: Option<String>,
    pub year: Option<i32>,
    pub country: Option<String>,
    pub country_label: Option<String>,
    pub iso3: Option<String>,
    pub region: Option<String>,
    pub subregion: Option<String>,
    pub partner: Option<String>,
    pub partner_label: Option<String>,
    pub partner_scope: Option<String>,
    /// The partner's inferred organisation type (`government`, ...), when known.
    pub partner_type: Option<String>,
    pub sector: Option<String>,
    pub order: Option<usize>,
}

/// The query the network is read with.
pub const ROWS_QUERY: &str = r##"
PREFIX alp: <https://w3id.org/alpkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?plan ?id ?title ?year ?country ?countryLabel ?iso3 ?region ?subregion ?partner ?partnerLabel ?scope ?type ?sector ?order
WHERE {
  ?plan a alp:LearningPlan ; dcterms:identifier ?id .
  OPTIONAL { ?plan dcterms:title ?title }
  OPTIONAL { ?plan dcterms:date ?year }
  OPTIONAL { ?plan alp:country ?country .
             OPTIONAL { ?country skos:prefLabel ?countryLabel }
             OPTIONAL { ?country alp:iso3 ?iso3 }
             OPTIONAL { ?country alp:region ?region }
             OPTIONAL { ?country alp:subregion ?subregion } }
  OPTIONAL { ?plan alp:hasPartnership ?ps .
             ?ps alp:partner ?partner ; alp:order ?order .
             OPTIONAL { ?partner skos:prefLabel ?partnerLabel }
             OPTIONAL { ?partner alp:partnerScope ?scope }
             OPTIONAL { ?partner alp:organisationType ?typeIri . BIND(STRAFTER(STR(?typeIri), "#") AS ?type) }
             OPTIONAL { ?ps alp:sector ?sectorIri . BIND(STRAFTER(STR(?sectorIri), "#") AS ?sector) } }
}
"##;

/// Reads the rows from the store.
pub fn load_rows(store: &Store) -> Result<Vec<Row>, crate::query::QueryError> {
    let running = crate::query::query(store, ROWS_QUERY, None)?;
    let QueryResults::Solutions(solutions) = running.results else {
        return Ok(Vec::new());
    };
    let mut rows = Vec::new();
    for s in solutions {
        let s = s.map_err(|e| crate::query::evaluation_error(&e, None))?;
        rows.push(row(&s));
    }
    sort_rows(&mut rows);
    Ok(rows)
}

/// The same rows asked of a remote SPARQL endpoint whose default graph is the union of
/// the graphs (an `alpkg push` target, another `alpkg serve`): `network --endpoint URL`.
pub fn load_rows_remote(
    endpoint: &str,
    timeout: Option<std::time::Duration>,
) -> Result<Vec<Row>, crate::remote::RemoteError> {
    use oxigraph::sparql::results::{
        QueryResultsFormat, QueryResultsParser, SliceQueryResultsParserOutput,
    };
    let answer = crate::remote::query(
        endpoint,
        ROWS_QUERY,
        "application/sparql-results+json",
        timeout,
    )?;
    let bad = |e: &dyn std::fmt::Display| crate::remote::RemoteError::Results {
        endpoint: endpoint.to_string(),
        message: e.to_string(),
    };
    let parsed = QueryResultsParser::from_format(QueryResultsFormat::Json)
        .for_slice(&answer.body)
        .map_err(|e| bad(&e))?;
    let SliceQueryResultsParserOutput::Solutions(solutions) = parsed else {
        return Err(bad(&"a boolean answer to a SELECT query"));
    };
    let mut rows = Vec::new();
    for s in solutions {
        rows.push(row(&s.map_err(|e| bad(&e))?));
    }
    sort_rows(&mut rows);
    Ok(rows)
}

fn sort_rows(rows: &mut [Row]) {
    rows.sort_by(|a, b| (&a.plan, a.order, &a.partner).cmp(&(&b.plan, b.order, &b.partner)));
}

/// One row of [`ROWS_QUERY`]'s answer.
fn row(s: &oxigraph::sparql::QuerySolution) -> Row {
    // Network exports are published: labels and titles get the public view's masking.
    let text = |v: &str| {
        s.get(v).map(|t| match t {
            Term::Literal(l) => crate::privacy::scrub_text(l.value()).into_owned(),
            Term::NamedNode(n) => n.as_str().to_string(),
            other => other.to_string(),
        })
    };
    Row {
        plan: text("plan").unwrap_or_default(),
        plan_id: text("id").unwrap_or_default(),
        title: text("title"),
        year: text("year").and_then(|y| y.parse().ok()),
        country: text("country"),
        country_label: text("countryLabel"),
        iso3: text("iso3"),
        region: text("region"),
        subregion: text("subregion"),
        partner: text("partner"),
        partner_label: text("partnerLabel"),
        partner_scope: text("scope"),
        partner_type: text("type").map(|t| {
            crate::resolve::OrgType::ALL
                .iter()
                .find(|o| o.local_name() == t)
                .map(|o| o.as_str().to_string())
                .unwrap_or(t)
        }),
        sector: text("sector").map(|s| sector_name(&s)),
        order: text("order").and_then(|o| o.parse().ok()),
    }
}

/// `CivilSociety` -> `civil-society`.
fn sector_name(local: &str) -> String {
    let mut out = String::new();
    for (i, c) in local.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

fn matches_filter(r: &Row, f: &Filter) -> bool {
    let eq = |a: &Option<String>, b: &str| {
        a.as_deref()
            .is_some_and(|a| a.eq_ignore_ascii_case(b.trim()))
    };
    if let Some(c) = &f.country {
        let c_iso = crate::countries::lookup(c).map(|c| c.iso3.to_string());
        if !(eq(&r.iso3, c)
            || eq(&r.country_label, c)
            || c_iso.as_deref().is_some_and(|i| eq(&r.iso3, i)))
        {
            return false;
        }
    }
    if let Some(g) = &f.region {
        if !(eq(&r.region, g) || eq(&r.subregion, g)) {
            return false;
        }
    }
    if f.year.is_some() && r.year != f.year {
        return false;
    }
    true
}

/// A built network.
#[derive(Debug, Clone)]
pub struct Network {
    pub graph: UnGraph<Node, Edge>,
    pub projection: Projection,
}

impl Network {
    /// Builds the network from store rows, keeping the rows the filter accepts.
    pub fn build(rows: &[Row], filter: &Filter, projection: Projection) -> Network {
        let rows: Vec<&Row> = rows.iter().filter(|r| matches_filter(r, filter)).collect();
        let keep_partnership = |r: &Row| {
            r.partner.is_some()
                && (filter.include_collective || r.partner_scope.as_deref() != Some("collective"))
                && filter
                    .sector
                    .as_ref()
                    .is_none_or(|s| r.sector.as_deref() == Some(s.as_str()))
                && filter
                    .organisation_type
                    .as_ref()
                    .is_none_or(|t| r.partner_type.as_deref() == Some(t.as_str()))
        };
        // Countries and regions per partner (for bridging), over the kept partnerships.
        let mut reach: BTreeMap<&str, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
        for r in rows.iter().filter(|r| keep_partnership(r)) {
            let e = reach
                .entry(r.partner.as_deref().expect("kept"))
                .or_default();
            if let Some(c) = &r.iso3 {
                e.0.insert(c);
            }
            if let Some(g) = &r.region {
                e.1.insert(g);
            }
        }
        let mut b = Builder::default();
        let plan_node = |r: &Row| Node {
            id: r.plan.clone(),
            kind: NodeKind::Plan,
            label: r.title.clone().unwrap_or_else(|| r.plan_id.clone()),
            country: r.country_label.clone(),
            iso3: r.iso3.clone(),
            region: r.region.clone(),
            subregion: r.subregion.clone(),
            year: r.year,
            partner_scope: None,
            organisation_type: None,
            countries: 0,
            regions: 0,
            metrics: Metrics::default(),
        };
        let country_node = |r: &Row| {
            r.country.as_ref().map(|c| Node {
                id: c.clone(),
                kind: NodeKind::Country,
                label: r.country_label.clone().unwrap_or_else(|| c.clone()),
                country: r.country_label.clone(),
                iso3: r.iso3.clone(),
                region: r.region.clone(),
                subregion: r.subregion.clone(),
                year: None,
                partner_scope: None,
                organisation_type: None,
                countries: 0,
                regions: 0,
                metrics: Metrics::default(),
            })
        };
        let partner_node = |r: &Row| {
            let p = r.partner.clone().expect("kept");
            let (cs, rs) = reach
                .get(p.as_str())
                .map(|(c, g)| (c.len(), g.len()))
                .unwrap_or((0, 0));
            let national = r.partner_scope.as_deref() != Some("international");
            Node {
                label: r.partner_label.clone().unwrap_or_else(|| p.clone()),
                id: p,
                kind: NodeKind::Partner,
                country: national.then(|| r.country_label.clone()).flatten(),
                iso3: national.then(|| r.iso3.clone()).flatten(),
                region: national.then(|| r.region.clone()).flatten(),
                subregion: national.then(|| r.subregion.clone()).flatten(),
                year: None,
                partner_scope: r.partner_scope.clone(),
                organisation_type: r.partner_type.clone(),
                countries: cs,
                regions: rs,
                metrics: Metrics::default(),
            }
        };
        match projection {
            Projection::Full => {
                for r in &rows {
                    let plan = b.node(plan_node(r));
                    if let Some(c) = country_node(r) {
                        let c = b.node(c);
                        b.edge(plan, c, EdgeKind::PlanCountry, 1.0, None, None);
                    }
                    if keep_partnership(r) {
                        let p = b.node(partner_node(r));
                        b.edge(
                            plan,
                            p,
                            EdgeKind::PlanPartner,
                            1.0,
                            r.sector.clone(),
                            r.order,
                        );
                    }
                }
            }
            Projection::Partner => {
                let mut by_plan: BTreeMap<&str, BTreeSet<NodeIndex>> = BTreeMap::new();
                for r in rows.iter().filter(|r| keep_partnership(r)) {
                    let p = b.node(partner_node(r));
                    by_plan.entry(&r.plan).or_default().insert(p);
                }
                for partners in by_plan.values() {
                    let v: Vec<_> = partners.iter().copied().collect();
                    for i in 0..v.len() {
                        for j in i + 1..v.len() {
                            b.add_weight(v[i], v[j], EdgeKind::PartnerPartner, 1.0);
                        }
                    }
                }
            }
            Projection::Country => {
                let mut by_partner: BTreeMap<&str, BTreeSet<NodeIndex>> = BTreeMap::new();
                for r in rows.iter() {
                    let Some(c) = country_node(r) else { continue };
                    let c = b.node(c);
                    if keep_partnership(r) {
                        by_partner
                            .entry(r.partner.as_deref().expect("kept"))
                            .or_default()
                            .insert(c);
                    }
                }
                for countries in by_partner.values() {
                    let v: Vec<_> = countries.iter().copied().collect();
                    for i in 0..v.len() {
                        for j in i + 1..v.len() {
                            b.add_weight(v[i], v[j], EdgeKind::CountryCountry, 1.0);
                        }
                    }
                }
            }
            Projection::PartnerCountry => {
                let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
                for r in rows.iter().filter(|r| keep_partnership(r)) {
                    let Some(cn) = country_node(r) else { continue };
                    let p = b.node(partner_node(r));
                    let c = b.node(cn);
                    if seen.insert((&r.plan, r.partner.as_deref().expect("kept"))) {
                        b.add_weight(p, c, EdgeKind::PartnerCountry, 1.0);
                    }
                }
            }
        }
        let mut net = Network {
            graph: b.graph,
            projection,
        };
        net.compute_metrics();
        net
    }

    /// Computes every metric and stores it on the nodes.
    pub fn compute_metrics(&mut self) {
        let g = &self.graph;
        let n = g.node_count();
        let mut degree = vec![0usize; n];
        let mut wdeg = vec![0.0f64; n];
        for e in g.edge_references() {
            for x in [e.source(), e.target()] {
                degree[x.index()] += 1;
                wdeg[x.index()] += e.weight().weight;
            }
        }
        // Betweenness: rustworkx-core (NetworkX semantics: unweighted shortest paths,
        // normalised by 2/((n-1)(n-2)) for undirected graphs).
        let betweenness = rustworkx_core::centrality::betweenness_centrality(g, false, true, 50);
        let pagerank = pagerank(g, 0.85, 1e-12, 10_000);
        let components = components(g);
        let communities = communities(g);
        for i in 0..n {
            let m = &mut self.graph[NodeIndex::new(i)].metrics;
            m.degree = degree[i];
            m.weighted_degree = wdeg[i];
            m.betweenness = betweenness[i].unwrap_or(0.0);
            m.pagerank = pagerank[i];
            m.component = components[i];
            m.community = communities[i];
        }
    }

    /// Finds a node by IRI, label (case, spacing and punctuation ignored), ISO3 code or plan id.
    pub fn find(&self, name: &str) -> Option<NodeIndex> {
        let key = crate::resolve::key(name);
        let g = &self.graph;
        let by = |f: &dyn Fn(&Node) -> bool| g.node_indices().find(|&i| f(&g[i]));
        by(&|n| n.id == name)
            .or_else(|| {
                by(&|n| n.kind == NodeKind::Partner && crate::resolve::key(&n.label) == key)
            })
            .or_else(|| by(&|n| crate::resolve::key(&n.label) == key))
            .or_else(|| {
                by(&|n| {
                    n.kind == NodeKind::Country
                        && n.iso3
                            .as_deref()
                            .is_some_and(|i| i.eq_ignore_ascii_case(name))
                })
            })
            .or_else(|| {
                by(&|n| n.kind == NodeKind::Plan && n.id.ends_with(&format!("/plan/{name}")))
            })
    }

    /// The nodes within `hops` of `center`, with the edges between them.
    pub fn ego(&self, center: NodeIndex, hops: usize) -> Network {
        let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
        let mut queue = VecDeque::from([(center, 0usize)]);
        dist.insert(center, 0);
        while let Some((v, d)) = queue.pop_front() {
            if d == hops {
                continue;
            }
            for w in self.graph.neighbors(v) {
                if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(w) {
                    e.insert(d + 1);
                    queue.push_back((w, d + 1));
                }
            }
        }
        self.induced(|i| dist.contains_key(&i))
    }

    /// The subgraph induced by the nodes `keep` accepts, metrics recomputed on it.
    pub fn induced(&self, keep: impl Fn(NodeIndex) -> bool) -> Network {
        let mut b = Builder::default();
        let mut map = HashMap::new();
        for i in self.graph.node_indices().filter(|&i| keep(i)) {
            let mut node = self.graph[i].clone();
            node.metrics = Metrics::default();
            map.insert(i, b.node(node));
        }
        for e in self.graph.edge_references() {
            if let (Some(&a), Some(&c)) = (map.get(&e.source()), map.get(&e.target())) {
                let w = e.weight();
                b.edge(a, c, w.kind, w.weight, w.sector.clone(), w.order);
            }
        }
        let mut net = Network {
            graph: b.graph,
            projection: self.projection,
        };
        net.compute_metrics();
        net
    }

    /// A shortest path (fewest hops) between two nodes.
    pub fn path(&self, from: NodeIndex, to: NodeIndex) -> Option<Vec<NodeIndex>> {
        petgraph::algo::astar(&self.graph, from, |n| n == to, |_| 1usize, |_| 0).map(|(_, p)| p)
    }

    /// Nodes of a kind, best first by a metric (ties by label).
    pub fn top(&self, kind: Option<NodeKind>, metric: Metric, n: usize) -> Vec<NodeIndex> {
        let mut v: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&i| kind.is_none_or(|k| self.graph[i].kind == k))
            .collect();
        v.sort_by(|&a, &b| {
            let (x, y) = (&self.graph[a], &self.graph[b]);
            metric
                .value(y)
                .total_cmp(&metric.value(x))
                .then_with(|| x.label.cmp(&y.label))
                .then_with(|| x.id.cmp(&y.id))
        });
        v.truncate(n);
        v
    }

    /// Communities: (community id, members), largest first.
    pub fn communities(&self) -> Vec<(usize, Vec<NodeIndex>)> {
        let mut m: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
        for i in self.graph.node_indices() {
            m.entry(self.graph[i].metrics.community)
                .or_default()
                .push(i);
        }
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        v
    }

    /// Number of connected components.
    pub fn component_count(&self) -> usize {
        self.graph
            .node_indices()
            .map(|i| self.graph[i].metrics.component)
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Metrics a ranking can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    Degree,
    WeightedDegree,
    Betweenness,
    PageRank,
    /// Partners: distinct countries of the plans they work in.
    Countries,
    /// Partners: distinct regions.
    Regions,
}

impl Metric {
    pub fn value(self, n: &Node) -> f64 {
        match self {
            Metric::Degree => n.metrics.degree as f64,
            Metric::WeightedDegree => n.metrics.weighted_degree,
            Metric::Betweenness => n.metrics.betweenness,
            Metric::PageRank => n.metrics.pagerank,
            Metric::Countries => n.countries as f64,
            Metric::Regions => n.regions as f64,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Metric::Degree => "degree",
            Metric::WeightedDegree => "weighted_degree",
            Metric::Betweenness => "betweenness",
            Metric::PageRank => "pagerank",
            Metric::Countries => "countries",
            Metric::Regions => "regions",
        }
    }
}

/// Builds a graph with one node per id and merged parallel edges.
#[derive(Default)]
struct Builder {
    graph: UnGraph<Node, Edge>,
    ids: HashMap<String, NodeIndex>,
    edges: HashMap<(NodeIndex, NodeIndex, EdgeKind), petgraph::graph::EdgeIndex>,
}

impl Builder {
    fn node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.ids.get(&node.id) {
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.ids.insert(id, i);
        i
    }

    /// Adds an edge once per (pair, kind): repeated plan-partner mentions stay one edge.
    fn edge(
        &mut self,
        a: NodeIndex,
        b: NodeIndex,
        kind: EdgeKind,
        weight: f64,
        sector: Option<String>,
        order: Option<usize>,
    ) {
        let key = (a.min(b), a.max(b), kind);
        if a == b || self.edges.contains_key(&key) {
            return;
        }
        let e = self.graph.add_edge(
            a,
            b,
            Edge {
                kind,
                weight,
                sector,
                order,
            },
        );
        self.edges.insert(key, e);
    }

    /// Adds `w` to the weight of the (pair, kind) edge, creating it.
    fn add_weight(&mut self, a: NodeIndex, b: NodeIndex, kind: EdgeKind, w: f64) {
        let key = (a.min(b), a.max(b), kind);
        if a == b {
            return;
        }
        match self.edges.get(&key) {
            Some(&e) => self.graph[e].weight += w,
            None => {
                let e = self.graph.add_edge(
                    a,
                    b,
                    Edge {
                        kind,
                        weight: w,
                        sector: None,
                        order: None,
                    },
                );
                self.edges.insert(key, e);
            }
        }
    }
}

/// PageRank with NetworkX's semantics (`networkx.pagerank`): weighted, an undirected edge
/// counts in both directions, dangling nodes spread uniformly, iterate until the L1 change is
/// under `n * tol`. Written here because petgraph's `page_rank` is unweighted, runs a fixed
/// number of iterations in O(V^2 E) and treats random jumps differently, and rustworkx-core
/// has no PageRank: the results must match NetworkX to 1e-6.
pub fn pagerank(g: &UnGraph<Node, Edge>, alpha: f64, tol: f64, max_iter: usize) -> Vec<f64> {
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let mut out_w = vec![0.0f64; n];
    for e in g.edge_references() {
        out_w[e.source().index()] += e.weight().weight;
        out_w[e.target().index()] += e.weight().weight;
    }
    let mut x = vec![1.0 / nf; n];
    for _ in 0..max_iter {
        let dangling: f64 = (0..n).filter(|&i| out_w[i] == 0.0).map(|i| x[i]).sum();
        let base = alpha * dangling / nf + (1.0 - alpha) / nf;
        let mut next = vec![base; n];
        for e in g.edge_references() {
            let (s, t, w) = (e.source().index(), e.target().index(), e.weight().weight);
            next[t] += alpha * x[s] * w / out_w[s];
            next[s] += alpha * x[t] * w / out_w[t];
        }
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        x = next;
        if err < nf * tol {
            break;
        }
    }
    x
}

/// Connected components, numbered 0.. by size (largest first), ties by the smallest node id.
fn components(g: &UnGraph<Node, Edge>) -> Vec<usize> {
    let comps = rustworkx_core::connectivity::connected_components(g);
    let mut comps: Vec<(usize, String, Vec<NodeIndex>)> = comps
        .into_iter()
        .map(|c| {
            let mut v: Vec<NodeIndex> = c.into_iter().collect();
            v.sort();
            let min_id = v.iter().map(|&i| g[i].id.clone()).min().unwrap_or_default();
            (v.len(), min_id, v)
        })
        .collect();
    comps.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut out = vec![0; g.node_count()];
    for (k, (_, _, members)) in comps.iter().enumerate() {
        for i in members {
            out[i.index()] = k;
        }
    }
    out
}

/// Louvain communities (graphrs, weighted, fixed seed so results are reproducible),
/// numbered 0.. by size (largest first), ties by the smallest node id. Isolated nodes are
/// communities of their own.
fn communities(g: &UnGraph<Node, Edge>) -> Vec<usize> {
    use graphrs::{Edge as GEdge, Graph as GGraph, GraphSpecs, Node as GNode};
    let n = g.node_count();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    if g.edge_count() > 0 {
        let nodes: Vec<std::sync::Arc<GNode<usize, ()>>> = (0..n).map(GNode::from_name).collect();
        let edges: Vec<std::sync::Arc<GEdge<usize, ()>>> = g
            .edge_references()
            .map(|e| GEdge::with_weight(e.source().index(), e.target().index(), e.weight().weight))
            .collect();
        let specs = GraphSpecs::undirected_create_missing();
        if let Ok(gg) = GGraph::<usize, ()>::new_from_nodes_and_edges(nodes, edges, specs) {
            if let Ok(parts) = graphrs::algorithms::community::louvain::louvain_communities(
                &gg,
                true,
                None,
                None,
                Some(42),
            ) {
                groups = parts.into_iter().map(|s| s.into_iter().collect()).collect();
            }
        }
    }
    let mut assigned = vec![usize::MAX; n];
    for grp in &groups {
        for &i in grp {
            if i < n {
                assigned[i] = 0;
            }
        }
    }
    for (i, a) in assigned.iter().enumerate() {
        if *a == usize::MAX {
            groups.push(vec![i]);
        }
    }
    let mut keyed: Vec<(usize, String, &Vec<usize>)> = groups
        .iter()
        .map(|grp| {
            (
                grp.len(),
                grp.iter()
                    .map(|&i| g[NodeIndex::new(i)].id.clone())
                    .min()
                    .unwrap_or_default(),
                grp,
            )
        })
        .collect();
    keyed.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let mut out = vec![0; n];
    for (k, (_, _, grp)) in keyed.iter().enumerate() {
        for &i in grp.iter() {
            out[i] = k;
        }
    }
    out
}

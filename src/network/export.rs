//! Network exports: GraphML and GEXF (typed node and edge attributes, for Gephi, Cytoscape
//! and NetworkX), DOT, CSV node and edge tables, and node-link JSON for web views.
//!
//! GraphML and GEXF are written here rather than with petgraph-graphml (which types every
//! attribute as a string, so NetworkX would read metrics back as text) or a GEXF crate (none
//! is maintained). Output is deterministic: nodes and edges in graph order.

use std::io::Write;

use petgraph::visit::EdgeRef;

use super::{Network, Node};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    GraphMl,
    Gexf,
    Dot,
    Csv,
    Json,
}

fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// (name, type, value) of every node attribute; absent values are left out.
fn node_attrs(n: &Node) -> Vec<(&'static str, &'static str, String)> {
    let mut v = vec![
        ("label", "string", n.label.clone()),
        ("kind", "string", n.kind.as_str().to_string()),
    ];
    let mut opt = |k: &'static str, x: &Option<String>| {
        if let Some(x) = x {
            v.push((k, "string", x.clone()));
        }
    };
    opt("country", &n.country);
    opt("iso3", &n.iso3);
    opt("region", &n.region);
    opt("subregion", &n.subregion);
    opt("scope", &n.partner_scope);
    opt("organisation_type", &n.organisation_type);
    if let Some(y) = n.year {
        v.push(("year", "int", y.to_string()));
    }
    if n.kind == super::NodeKind::Partner {
        v.push(("countries", "int", n.countries.to_string()));
        v.push(("regions", "int", n.regions.to_string()));
    }
    let m = &n.metrics;
    v.push(("degree", "int", m.degree.to_string()));
    v.push(("weighted_degree", "double", m.weighted_degree.to_string()));
    v.push(("betweenness", "double", format!("{:e}", m.betweenness)));
    v.push(("pagerank", "double", format!("{:e}", m.pagerank)));
    v.push(("component", "int", m.component.to_string()));
    v.push(("community", "int", m.community.to_string()));
    v
}

const NODE_KEYS: &[(&str, &str)] = &[
    ("label", "string"),
    ("kind", "string"),
    ("country", "string"),
    ("iso3", "string"),
    ("region", "string"),
    ("subregion", "string"),
    ("scope", "string"),
    ("organisation_type", "string"),
    ("year", "int"),
    ("countries", "int"),
    ("regions", "int"),
    ("degree", "int"),
    ("weighted_degree", "double"),
    ("betweenness", "double"),
    ("pagerank", "double"),
    ("component", "int"),
    ("community", "int"),
];

const EDGE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("weight", "double"),
    ("sector", "string"),
    ("order", "int"),
];

fn edge_attrs(e: &super::Edge) -> Vec<(&'static str, String)> {
    let mut v = vec![
        ("kind", e.kind.as_str().to_string()),
        ("weight", e.weight.to_string()),
    ];
    if let Some(s) = &e.sector {
        v.push(("sector", s.clone()));
    }
    if let Some(o) = e.order {
        v.push(("order", o.to_string()));
    }
    v
}

/// Writes the network in a format. CSV writes the node table; see [`write_csv_edges`].
pub fn write(net: &Network, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::GraphMl => graphml(net, out),
        Format::Gexf => gexf(net, out),
        Format::Dot => dot(net, out),
        Format::Csv => write_csv_nodes(net, out),
        Format::Json => json(net, out),
    }
}

fn graphml(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &net.graph;
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (k, t) in NODE_KEYS {
        writeln!(
            out,
            r#"  <key id="n_{k}" for="node" attr.name="{k}" attr.type="{t}"/>"#
        )?;
    }
    for (k, t) in EDGE_KEYS {
        writeln!(
            out,
            r#"  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{t}"/>"#
        )?;
    }
    writeln!(
        out,
        r#"  <graph id="{}" edgedefault="undirected">"#,
        net.projection.as_str()
    )?;
    for i in g.node_indices() {
        let n = &g[i];
        writeln!(out, r#"    <node id="{}">"#, xml(&n.id))?;
        for (k, _, v) in node_attrs(n) {
            writeln!(out, r#"      <data key="n_{k}">{}</data>"#, xml(&v))?;
        }
        writeln!(out, "    </node>")?;
    }
    for e in g.edge_references() {
        writeln!(
            out,
            r#"    <edge source="{}" target="{}">"#,
            xml(&g[e.source()].id),
            xml(&g[e.target()].id)
        )?;
        for (k, v) in edge_attrs(e.weight()) {
            writeln!(out, r#"      <data key="e_{k}">{}</data>"#, xml(&v))?;
        }
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>\n</graphml>")
}

fn gexf(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &net.graph;
    fn gexf_type(t: &'static str) -> &'static str {
        if t == "int" {
            "integer"
        } else {
            t
        }
    }
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(
        out,
        r#"  <meta><creator>alpkg {}</creator><description>{} network</description></meta>"#,
        env!("CARGO_PKG_VERSION"),
        net.projection.as_str()
    )?;
    writeln!(
        out,
        r#"  <graph defaultedgetype="undirected" mode="static">"#
    )?;
    writeln!(out, r#"    <attributes class="node">"#)?;
    for (i, (k, t)) in NODE_KEYS.iter().enumerate().skip(1) {
        writeln!(
            out,
            r#"      <attribute id="{i}" title="{k}" type="{}"/>"#,
            gexf_type(t)
        )?;
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, r#"    <attributes class="edge">"#)?;
    for (i, (k, t)) in EDGE_KEYS.iter().enumerate() {
        if *k != "weight" {
            writeln!(
                out,
                r#"      <attribute id="{i}" title="{k}" type="{}"/>"#,
                gexf_type(t)
            )?;
        }
    }
    writeln!(out, "    </attributes>")?;
    writeln!(out, "    <nodes>")?;
    for i in g.node_indices() {
        let n = &g[i];
        writeln!(
            out,
            r#"      <node id="{}" label="{}">"#,
            xml(&n.id),
            xml(&n.label)
        )?;
        let values = node_attrs(n)
            .into_iter()
            .map(|(k, _, v)| (k, v))
            .filter(|(k, _)| *k != "label");
        gexf_attvalues(out, NODE_KEYS, values)?;
        writeln!(out, "      </node>")?;
    }
    writeln!(out, "    </nodes>\n    <edges>")?;
    for (k, e) in g.edge_references().enumerate() {
        let w = e.weight();
        writeln!(
            out,
            r#"      <edge id="{k}" source="{}" target="{}" weight="{}">"#,
            xml(&g[e.source()].id),
            xml(&g[e.target()].id),
            w.weight
        )?;
        gexf_attvalues(
            out,
            EDGE_KEYS,
            edge_attrs(w).into_iter().filter(|(k, _)| *k != "weight"),
        )?;
        writeln!(out, "      </edge>")?;
    }
    writeln!(out, "    </edges>\n  </graph>\n</gexf>")
}

/// A GEXF `<attvalues>` block; attribute ids are the positions in `keys` (as declared).
fn gexf_attvalues<'a>(
    out: &mut dyn Write,
    keys: &[(&str, &str)],
    values: impl Iterator<Item = (&'a str, String)>,
) -> std::io::Result<()> {
    writeln!(out, "        <attvalues>")?;
    for (k, v) in values {
        let idx = keys.iter().position(|(x, _)| *x == k).expect("declared");
        writeln!(
            out,
            r#"          <attvalue for="{idx}" value="{}"/>"#,
            xml(&v)
        )?;
    }
    writeln!(out, "        </attvalues>")
}

fn dot(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &net.graph;
    let q = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    writeln!(out, "graph \"{}\" {{", net.projection.as_str())?;
    writeln!(out, "  node [shape=ellipse, fontname=\"Helvetica\"];")?;
    for i in g.node_indices() {
        let n = &g[i];
        let shape = match n.kind {
            super::NodeKind::Partner => "ellipse",
            super::NodeKind::Plan => "box",
            super::NodeKind::Country => "diamond",
        };
        writeln!(
            out,
            "  n{} [label=\"{}\", kind=\"{}\", shape={shape}, degree={}, betweenness={:e}, pagerank={:e}, community={}];",
            i.index(),
            q(&n.label),
            n.kind.as_str(),
            n.metrics.degree,
            n.metrics.betweenness,
            n.metrics.pagerank,
            n.metrics.community
        )?;
    }
    for e in g.edge_references() {
        let w = e.weight();
        writeln!(
            out,
            "  n{} -- n{} [kind=\"{}\", weight={}, penwidth={:.1}];",
            e.source().index(),
            e.target().index(),
            w.kind.as_str(),
            w.weight,
            1.0 + w.weight.ln_1p()
        )?;
    }
    writeln!(out, "}}")
}

/// The node table as CSV: id, label, kind, ... metrics.
pub fn write_csv_nodes(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(std::iter::once("id").chain(NODE_KEYS.iter().map(|(k, _)| *k)))?;
    for i in net.graph.node_indices() {
        let n = &net.graph[i];
        let attrs = node_attrs(n);
        let mut rec = vec![n.id.clone()];
        for (k, _) in NODE_KEYS {
            rec.push(
                attrs
                    .iter()
                    .find(|(x, _, _)| x == k)
                    .map(|(_, _, v)| v.clone())
                    .unwrap_or_default(),
            );
        }
        w.write_record(&rec)?;
    }
    w.flush()
}

/// The edge table as CSV: source, target, kind, weight, sector, order.
pub fn write_csv_edges(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    let g = &net.graph;
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["source", "target", "kind", "weight", "sector", "order"])?;
    for e in g.edge_references() {
        let x = e.weight();
        w.write_record([
            g[e.source()].id.clone(),
            g[e.target()].id.clone(),
            x.kind.as_str().to_string(),
            x.weight.to_string(),
            x.sector.clone().unwrap_or_default(),
            x.order.map(|o| o.to_string()).unwrap_or_default(),
        ])?;
    }
    w.flush()
}

/// Node-link JSON (the shape `networkx.node_link_graph(data, edges="links")` and d3 read).
fn json(net: &Network, out: &mut dyn Write) -> std::io::Result<()> {
    use serde_json::{json, Map, Value};
    let g = &net.graph;
    let nodes: Vec<Value> = g
        .node_indices()
        .map(|i| {
            let n = &g[i];
            let mut m = Map::new();
            m.insert("id".into(), json!(n.id));
            for (k, t, v) in node_attrs(n) {
                let val = match t {
                    "int" => v
                        .parse::<i64>()
                        .map(Value::from)
                        .unwrap_or(Value::String(v)),
                    "double" => v
                        .parse::<f64>()
                        .map(Value::from)
                        .unwrap_or(Value::String(v)),
                    _ => Value::String(v),
                };
                m.insert(k.into(), val);
            }
            Value::Object(m)
        })
        .collect();
    let links: Vec<Value> = g
        .edge_references()
        .map(|e| {
            let x = e.weight();
            let mut m = Map::new();
            m.insert("source".into(), json!(g[e.source()].id));
            m.insert("target".into(), json!(g[e.target()].id));
            m.insert("kind".into(), json!(x.kind.as_str()));
            m.insert("weight".into(), json!(x.weight));
            if let Some(s) = &x.sector {
                m.insert("sector".into(), json!(s));
            }
            if let Some(o) = x.order {
                m.insert("order".into(), json!(o));
            }
            Value::Object(m)
        })
        .collect();
    let doc = json!({
        "directed": false,
        "multigraph": false,
        "graph": { "projection": net.projection.as_str() },
        "nodes": nodes,
        "links": links,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

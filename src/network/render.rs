//! A picture of a network: a self-contained SVG, laid out here with Fruchterman-Reingold
//! (deterministic start on a circle, fixed number of steps), nodes sized by degree and
//! coloured by community, the labels of the best-connected nodes drawn.
//!
//! No external program (Graphviz) is needed: the layout is a few dozen lines, and the SVG
//! is plain text, so the output is the same on every machine.

use std::fmt::Write;

use petgraph::visit::EdgeRef;

use super::{Network, NodeKind};

const PALETTE: [&str; 10] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf",
];

/// Node positions in [0, 1]^2: each connected component laid out on its own with
/// Fruchterman-Reingold, then the components packed on a grid, largest first, each in a cell
/// sized by its number of nodes (so that small groups do not drift to the page edges).
pub fn layout(net: &Network, iterations: usize) -> Vec<(f64, f64)> {
    let g = &net.graph;
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(n);
    for e in g.edge_references() {
        uf.union(e.source().index(), e.target().index());
    }
    let mut comps: std::collections::BTreeMap<usize, Vec<usize>> =
        std::collections::BTreeMap::new();
    for i in 0..n {
        comps.entry(uf.find(i)).or_default().push(i);
    }
    let mut comps: Vec<Vec<usize>> = comps.into_values().collect();
    comps.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    // Grid cells: the largest component gets a big cell, singletons share a row.
    let cols = (comps.len() as f64).sqrt().ceil().max(1.0) as usize;
    let weights: Vec<f64> = comps.iter().map(|c| (c.len() as f64).sqrt()).collect();
    let mut pos = vec![(0.5, 0.5); n];
    let rows: Vec<&[Vec<usize>]> = comps.chunks(cols).collect();
    let row_w: Vec<f64> = weights
        .chunks(cols)
        .map(|r| r.iter().cloned().fold(0.0, f64::max))
        .collect();
    let total_h: f64 = row_w.iter().sum();
    let mut y0 = 0.0;
    let mut k = 0;
    for (r, row) in rows.iter().enumerate() {
        let h = row_w[r] / total_h;
        let row_sum: f64 = weights[k..k + row.len()].iter().sum();
        let mut x0 = 0.0;
        for comp in row.iter() {
            let w = weights[k] / row_sum;
            let local = layout_component(net, comp, iterations);
            for (idx, &v) in comp.iter().enumerate() {
                let (lx, ly) = local[idx];
                pos[v] = (x0 + w * (0.1 + 0.8 * lx), y0 + h * (0.1 + 0.8 * ly));
            }
            x0 += w;
            k += 1;
        }
        y0 += h;
    }
    pos
}

/// Fruchterman-Reingold on one component (deterministic start on a circle), in [0, 1]^2.
fn layout_component(net: &Network, nodes: &[usize], iterations: usize) -> Vec<(f64, f64)> {
    let g = &net.graph;
    let m = nodes.len();
    if m == 1 {
        return vec![(0.5, 0.5)];
    }
    let local: std::collections::HashMap<usize, usize> =
        nodes.iter().enumerate().map(|(i, &v)| (v, i)).collect();
    let mut pos: Vec<(f64, f64)> = (0..m)
        .map(|i| {
            let a = i as f64 / m as f64 * std::f64::consts::TAU;
            (0.5 + 0.45 * a.cos(), 0.5 + 0.45 * a.sin())
        })
        .collect();
    let k = 0.8 * (1.0 / m as f64).sqrt();
    let mut temp = 0.1;
    for _ in 0..iterations {
        let mut disp = vec![(0.0f64, 0.0f64); m];
        for i in 0..m {
            for j in i + 1..m {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(1e-4);
                let f = k * k / d;
                disp[i].0 += dx / d * f;
                disp[i].1 += dy / d * f;
                disp[j].0 -= dx / d * f;
                disp[j].1 -= dy / d * f;
            }
        }
        for e in g.edge_references() {
            let (Some(&i), Some(&j)) = (
                local.get(&e.source().index()),
                local.get(&e.target().index()),
            ) else {
                continue;
            };
            let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-4);
            let f = d * d / k * (1.0 + 0.3 * e.weight().weight.ln());
            disp[i].0 -= dx / d * f;
            disp[i].1 -= dy / d * f;
            disp[j].0 += dx / d * f;
            disp[j].1 += dy / d * f;
        }
        for i in 0..m {
            let (dx, dy) = disp[i];
            let d = (dx * dx + dy * dy).sqrt().max(1e-9);
            pos[i].0 += dx / d * d.min(temp);
            pos[i].1 += dy / d * d.min(temp);
        }
        temp *= 0.97;
    }
    let (minx, maxx) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (miny, maxy) = pos
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let (w, h) = ((maxx - minx).max(1e-9), (maxy - miny).max(1e-9));
    pos.iter()
        .map(|p| ((p.0 - minx) / w, (p.1 - miny) / h))
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The network as a self-contained SVG document.
pub fn svg(net: &Network, title: &str, labels: usize) -> String {
    let g = &net.graph;
    let (w, h, margin) = (1200.0, 900.0, 80.0);
    let pos = layout(net, 300);
    let xy = |i: usize| {
        (
            margin + pos[i].0 * (w - 2.0 * margin),
            margin + 30.0 + pos[i].1 * (h - 2.0 * margin - 30.0),
        )
    };
    let max_deg = g
        .node_indices()
        .map(|i| g[i].metrics.weighted_degree)
        .fold(1.0, f64::max);
    let max_w = g
        .edge_references()
        .map(|e| e.weight().weight)
        .fold(1.0, f64::max);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Helvetica, Arial, sans-serif">"#
    );
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text x="{margin}" y="40" font-size="22" fill="#222">{}</text>"##,
        esc(title)
    );
    let _ = writeln!(
        s,
        r##"<text x="{margin}" y="62" font-size="13" fill="#666">{} nodes, {} edges; size = weighted degree, colour = community, width = weight</text>"##,
        g.node_count(),
        g.edge_count()
    );
    let _ = writeln!(s, r##"<g stroke="#999" stroke-opacity="0.5">"##);
    for e in g.edge_references() {
        let ((x1, y1), (x2, y2)) = (xy(e.source().index()), xy(e.target().index()));
        let sw = 0.5 + 3.5 * e.weight().weight / max_w;
        let _ = writeln!(
            s,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke-width="{sw:.2}"/>"#
        );
    }
    let _ = writeln!(s, "</g>");
    let mut order: Vec<_> = g.node_indices().collect();
    // Labels go first to the nodes that reach most countries, then the best connected.
    order.sort_by(|&a, &b| {
        g[b].countries
            .cmp(&g[a].countries)
            .then(
                g[b].metrics
                    .weighted_degree
                    .total_cmp(&g[a].metrics.weighted_degree),
            )
            .then(g[a].label.cmp(&g[b].label))
    });
    let labelled: std::collections::HashSet<_> = order.iter().take(labels).copied().collect();
    let _ = writeln!(s, r##"<g stroke="#fff" stroke-width="1">"##);
    for &i in order.iter().rev() {
        let n = &g[i];
        let (x, y) = xy(i.index());
        let r = 4.0 + 14.0 * (n.metrics.weighted_degree / max_deg).sqrt();
        let fill = PALETTE[n.metrics.community % PALETTE.len()];
        let tip = format!(
            "{} ({}) degree {} betweenness {:.4}",
            n.label,
            n.kind.as_str(),
            n.metrics.degree,
            n.metrics.betweenness
        );
        match n.kind {
            NodeKind::Country => {
                let _ = writeln!(
                    s,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}"><title>{}</title></rect>"#,
                    x - r,
                    y - r,
                    2.0 * r,
                    2.0 * r,
                    esc(&tip)
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}"><title>{}</title></circle>"#,
                    esc(&tip)
                );
            }
        }
    }
    let _ = writeln!(s, "</g>");
    let _ = writeln!(
        s,
        r##"<g font-size="12" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">"##
    );
    for &i in &order {
        if !labelled.contains(&i) {
            continue;
        }
        let (x, y) = xy(i.index());
        let label: String = g[i].label.chars().take(40).collect();
        // Labels near the right edge end at their node instead of running off the page.
        let (lx, anchor) = if x > w * 0.7 {
            (x - 8.0, "end")
        } else {
            (x + 8.0, "start")
        };
        let _ = writeln!(
            s,
            r#"<text x="{lx:.1}" y="{:.1}" text-anchor="{anchor}">{}</text>"#,
            y - 8.0,
            esc(&label)
        );
    }
    let _ = writeln!(s, "</g>\n</svg>");
    s
}

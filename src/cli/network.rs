//! `alpkg network ...`: partner networks from the store, with petgraph analytics.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context};

use alpkg::network::{export, render, Filter, Metric, Network, NodeKind, Projection};

use super::store::StoreArgs;

/// Explore partner networks: who works with whom, across which countries.
///
/// The network is read from the store (run `alpkg ingest` first), or with --endpoint URL
/// from a remote SPARQL endpoint that holds the graph (`alpkg push`). Nodes are partners,
/// plans and countries; --projection folds plans away (partner: partners linked by plans
/// in common; country: countries linked by partners in common; partner-country).
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  alpkg network summary\n  alpkg network top --metric betweenness -n 15\n  alpkg network bridges\n  alpkg network ego \"UNICEF\" --hops 2\n  alpkg network path UNICEF \"World Bank\" --projection partner\n  alpkg network communities --projection country\n  alpkg network export --format graphml -o partners.graphml --projection partner\n  alpkg network render --region Africa --projection partner -o africa.svg\n  alpkg network summary --endpoint http://127.0.0.1:7878/query"
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Sub,
}

/// Filters and projection shared by the network subcommands.
#[derive(Debug, Clone, clap::Args)]
pub struct Common {
    /// Which graph: full (partners, plans, countries), partner, country or partner-country.
    #[arg(long, default_value = "full", value_parser = ["full", "partner", "country", "partner-country"])]
    pub projection: String,
    /// Only plans of this country (name or ISO3 code).
    #[arg(long)]
    pub country: Option<String>,
    /// Only plans of this M49 region or sub-region (e.g. Africa, "Western Africa").
    #[arg(long)]
    pub region: Option<String>,
    /// Only plans of this year.
    #[arg(long)]
    pub year: Option<i32>,
    /// Only partnerships of this sector: government, civil-society, private-sector, academic, un-internal.
    #[arg(long)]
    pub sector: Option<String>,
    /// Keep collective mentions ("UN agencies", "local communities") as partners.
    #[arg(long)]
    pub include_collective: bool,
    /// Only partners of this inferred organisation type: government, local-government,
    /// academic, civil-society, private-sector, un-multilateral, donor-government, collective.
    #[arg(long = "type", value_name = "TYPE", value_parser = ["government", "local-government", "academic", "civil-society", "private-sector", "un-multilateral", "donor-government", "collective"])]
    pub organisation_type: Option<String>,
    /// Build the network from this SPARQL endpoint instead of the store (a server the
    /// graph was pushed to, another `alpkg serve`); its default graph must be the union.
    #[arg(long, value_name = "URL", env = "ALPKG_ENDPOINT")]
    pub endpoint: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Sub {
    /// Nodes, edges, components, communities and the most central partners.
    Summary(Common),
    /// The top nodes by a metric.
    Top {
        #[command(flatten)]
        common: Common,
        /// degree, weighted_degree, betweenness, pagerank, countries or regions.
        #[arg(long, default_value = "degree")]
        metric: String,
        /// How many.
        #[arg(short = 'n', long, default_value_t = 20)]
        n: usize,
        /// Node kind: partner, plan, country, or all.
        #[arg(long, default_value = "partner")]
        kind: String,
    },
    /// Partners that bridge countries or regions (partners of plans in several countries).
    Bridges {
        #[command(flatten)]
        common: Common,
        #[arg(short = 'n', long, default_value_t = 20)]
        n: usize,
    },
    /// The ego network of a node: everything within --hops of it.
    Ego {
        /// Partner, country (name or ISO3) or plan id.
        node: String,
        #[arg(long, default_value_t = 1)]
        hops: usize,
        #[command(flatten)]
        common: Common,
        /// Write the ego network in this format (graphml, gexf, dot, json) instead of listing it.
        #[arg(long)]
        format: Option<String>,
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// A shortest path between two partners, countries or plans.
    Path {
        from: String,
        to: String,
        #[command(flatten)]
        common: Common,
    },
    /// Communities (Louvain), largest first, with their main members.
    Communities {
        #[command(flatten)]
        common: Common,
        /// Members shown per community.
        #[arg(long, default_value_t = 8)]
        members: usize,
    },
    /// Export the network: graphml, gexf, dot, csv (two tables) or json.
    Export {
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value = "graphml", value_parser = ["graphml", "gexf", "dot", "csv", "json", "html"])]
        format: String,
        /// Output file (csv writes FILE with the nodes and FILE's `.edges.csv` sibling).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Draw the network as a self-contained SVG.
    Render {
        #[command(flatten)]
        common: Common,
        /// Keep the top N partners (most countries, then most connections) and what links them.
        #[arg(long, default_value_t = 40)]
        top: usize,
        /// Labels drawn (the best-connected nodes).
        #[arg(long, default_value_t = 20)]
        labels: usize,
        #[arg(long, short, default_value = "network.svg")]
        output: PathBuf,
    },
}

fn projection(s: &str) -> Projection {
    match s {
        "partner" => Projection::Partner,
        "country" => Projection::Country,
        "partner-country" => Projection::PartnerCountry,
        _ => Projection::Full,
    }
}

fn metric(s: &str) -> anyhow::Result<Metric> {
    Ok(match s {
        "degree" => Metric::Degree,
        "weighted_degree" | "weighted-degree" => Metric::WeightedDegree,
        "betweenness" => Metric::Betweenness,
        "pagerank" => Metric::PageRank,
        "countries" => Metric::Countries,
        "regions" => Metric::Regions,
        other => bail!("unknown metric `{other}`: use degree, weighted_degree, betweenness, pagerank, countries or regions"),
    })
}

fn kind(s: &str) -> anyhow::Result<Option<NodeKind>> {
    Ok(match s {
        "partner" => Some(NodeKind::Partner),
        "plan" => Some(NodeKind::Plan),
        "country" => Some(NodeKind::Country),
        "all" => None,
        other => bail!("unknown node kind `{other}`: use partner, plan, country or all"),
    })
}

fn build(store_args: &StoreArgs, c: &Common) -> anyhow::Result<Network> {
    let rows = match &c.endpoint {
        Some(endpoint) => {
            let rows = alpkg::network::load_rows_remote(endpoint, None)?;
            if rows.is_empty() {
                bail!("{endpoint} has no plans (push some with `alpkg push`, or check that its default graph is the union of its graphs)");
            }
            rows
        }
        None => {
            let store = store_args.open_read(false)?;
            let rows = alpkg::network::load_rows(&store)?;
            if rows.is_empty() {
                bail!("the store has no plans: run `alpkg ingest PATH` first");
            }
            rows
        }
    };
    let filter = Filter {
        country: c.country.clone(),
        region: c.region.clone(),
        year: c.year,
        sector: c.sector.clone(),
        include_collective: c.include_collective
            || c.organisation_type.as_deref() == Some("collective"),
        organisation_type: c.organisation_type.clone(),
    };
    let net = Network::build(&rows, &filter, projection(&c.projection));
    if net.graph.node_count() == 0 {
        bail!("no node matches these filters");
    }
    Ok(net)
}

/// A node by IRI, label, ISO3 code or plan id; a partner also by any of its labels or
/// acronyms in the store (`UNDP`, `PNUD`).
fn find(
    net: &Network,
    name: &str,
    store_args: &StoreArgs,
    common: &Common,
) -> anyhow::Result<petgraph::graph::NodeIndex> {
    if let Some(i) = net.find(name) {
        return Ok(i);
    }
    if let Some(endpoint) = &common.endpoint {
        // The other labels and acronyms are the local store's partner audit.
        bail!("no node `{name}` in the network of {endpoint} (with --endpoint, give a partner's label as the network shows it, a country or ISO3 code, or a plan id)");
    }
    let store = store_args.open_read(false)?;
    let rows = alpkg::partners::list(&store)?;
    let by_label = alpkg::partners::find(&rows, name)
        .into_iter()
        .find_map(|p| net.find(&p.iri));
    by_label.with_context(|| {
        format!("no node `{name}` in this network (try a partner's name as `alpkg query --name top-partners` lists it, a country or ISO3 code, or a plan id)")
    })
}

fn line(net: &Network, i: petgraph::graph::NodeIndex) -> String {
    let n = &net.graph[i];
    let place = n
        .country
        .as_deref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    format!("{:<8} {}{}", n.kind.as_str(), n.label, place)
}

pub fn run(args: Args, store_args: &StoreArgs) -> anyhow::Result<super::Outcome> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.command {
        Sub::Summary(c) => {
            let net = build(store_args, &c)?;
            let g = &net.graph;
            let count = |k: NodeKind| g.node_indices().filter(|&i| g[i].kind == k).count();
            writeln!(out, "projection:   {}", net.projection.as_str())?;
            writeln!(
                out,
                "nodes:        {} ({} partners, {} plans, {} countries)",
                g.node_count(),
                count(NodeKind::Partner),
                count(NodeKind::Plan),
                count(NodeKind::Country)
            )?;
            writeln!(out, "edges:        {}", g.edge_count())?;
            writeln!(out, "components:   {}", net.component_count())?;
            writeln!(out, "communities:  {}", net.communities().len())?;
            let bridges = g
                .node_indices()
                .filter(|&i| g[i].kind == NodeKind::Partner && g[i].countries >= 2)
                .count();
            writeln!(out, "bridging partners (in 2+ countries): {bridges}")?;
            for (m, title) in [
                (Metric::Degree, "degree"),
                (Metric::Betweenness, "betweenness"),
                (Metric::PageRank, "pagerank"),
            ] {
                writeln!(out, "\ntop partners by {title}:")?;
                for i in net.top(Some(NodeKind::Partner), m, 5) {
                    writeln!(out, "  {:>10.4}  {}", m.value(&g[i]), line(&net, i))?;
                }
            }
        }
        Sub::Top {
            common,
            metric: m,
            n,
            kind: k,
        } => {
            let net = build(store_args, &common)?;
            let m = metric(&m)?;
            writeln!(out, "{:>12}  {:<8} node", m.as_str(), "kind")?;
            for i in net.top(kind(&k)?, m, n) {
                writeln!(out, "{:>12.6}  {}", m.value(&net.graph[i]), line(&net, i))?;
            }
        }
        Sub::Bridges { common, n } => {
            let net = build(store_args, &common)?;
            let g = &net.graph;
            let mut v: Vec<_> = g
                .node_indices()
                .filter(|&i| g[i].kind == NodeKind::Partner && g[i].countries >= 2)
                .collect();
            v.sort_by(|&a, &b| {
                (g[b].regions, g[b].countries)
                    .cmp(&(g[a].regions, g[a].countries))
                    .then(
                        g[b].metrics
                            .betweenness
                            .total_cmp(&g[a].metrics.betweenness),
                    )
                    .then(g[a].label.cmp(&g[b].label))
            });
            writeln!(out, "regions  countries  betweenness  partner")?;
            for i in v.into_iter().take(n) {
                writeln!(
                    out,
                    "{:>7}  {:>9}  {:>11.6}  {}",
                    g[i].regions, g[i].countries, g[i].metrics.betweenness, g[i].label
                )?;
            }
        }
        Sub::Ego {
            node,
            hops,
            common,
            format,
            output,
        } => {
            let net = build(store_args, &common)?;
            let center = find(&net, &node, store_args, &common)?;
            let ego = net.ego(center, hops);
            if let Some(f) = format {
                write_network(&ego, &f, output.as_ref(), &mut out)?;
            } else {
                writeln!(
                    out,
                    "ego network of {} ({} hop(s)): {} nodes, {} edges",
                    net.graph[center].label,
                    hops,
                    ego.graph.node_count(),
                    ego.graph.edge_count()
                )?;
                for i in ego.top(None, Metric::Degree, usize::MAX) {
                    writeln!(out, "  {}", line(&ego, i))?;
                }
            }
        }
        Sub::Path { from, to, common } => {
            let net = build(store_args, &common)?;
            let (a, b) = (
                find(&net, &from, store_args, &common)?,
                find(&net, &to, store_args, &common)?,
            );
            match net.path(a, b) {
                Some(p) => {
                    writeln!(out, "{} hop(s):", p.len() - 1)?;
                    for i in p {
                        writeln!(out, "  {}", line(&net, i))?;
                    }
                }
                None => {
                    out.flush()?;
                    eprintln!(
                        "no path between {} and {}: they are in different components",
                        net.graph[a].label, net.graph[b].label
                    );
                    return Ok(super::Outcome::Failed);
                }
            }
        }
        Sub::Communities { common, members } => {
            let net = build(store_args, &common)?;
            for (k, nodes) in net.communities() {
                if nodes.len() < 2 {
                    continue;
                }
                let mut nodes = nodes;
                nodes.sort_by(|&a, &b| {
                    net.graph[b]
                        .metrics
                        .weighted_degree
                        .total_cmp(&net.graph[a].metrics.weighted_degree)
                        .then(net.graph[a].label.cmp(&net.graph[b].label))
                });
                let names: Vec<String> = nodes
                    .iter()
                    .take(members)
                    .map(|&i| net.graph[i].label.clone())
                    .collect();
                writeln!(
                    out,
                    "community {k} ({} nodes): {}",
                    nodes.len(),
                    names.join("; ")
                )?;
            }
        }
        Sub::Export {
            common,
            format,
            output,
        } => {
            let net = build(store_args, &common)?;
            write_network(&net, &format, output.as_ref(), &mut out)?;
        }
        Sub::Render {
            common,
            top,
            labels,
            output,
        } => {
            let net = build(store_args, &common)?;
            // The partners that matter most here: those working in most countries, then the
            // best connected.
            let mut partners: Vec<_> = net
                .graph
                .node_indices()
                .filter(|&i| net.graph[i].kind == NodeKind::Partner)
                .collect();
            partners.sort_by(|&a, &b| {
                let (x, y) = (&net.graph[a], &net.graph[b]);
                (y.countries, y.metrics.degree)
                    .cmp(&(x.countries, x.metrics.degree))
                    .then(x.label.cmp(&y.label))
            });
            let keep: std::collections::HashSet<_> = partners.into_iter().take(top).collect();
            let sub = net.induced(|i| {
                keep.contains(&i)
                    || net.graph[i].kind != NodeKind::Partner
                        && net.graph.neighbors(i).any(|j| keep.contains(&j))
            });
            let scope = common
                .country
                .as_deref()
                .or(common.region.as_deref())
                .unwrap_or("all countries");
            let title = format!(
                "Top {} partners, {} ({} projection)",
                keep.len(),
                scope,
                net.projection.as_str()
            );
            std::fs::write(&output, render::svg(&sub, &title, labels))
                .with_context(|| format!("writing {}", output.display()))?;
            eprintln!(
                "wrote {} ({} nodes, {} edges)",
                output.display(),
                sub.graph.node_count(),
                sub.graph.edge_count()
            );
        }
    }
    out.flush()?;
    Ok(super::Outcome::Ok)
}

fn write_network(
    net: &Network,
    format: &str,
    output: Option<&PathBuf>,
    stdout: &mut dyn Write,
) -> anyhow::Result<()> {
    if format == "html" {
        // The explorer: one page with the libraries and the network inline.
        let page = alpkg::network::explorer::html(net, "alpkg partner network", None)?;
        match output {
            Some(path) => {
                std::fs::write(path, page)
                    .with_context(|| format!("writing {}", path.display()))?;
                eprintln!(
                    "wrote {} ({} nodes, {} edges): open it in a browser, it needs no server",
                    path.display(),
                    net.graph.node_count(),
                    net.graph.edge_count()
                );
            }
            None => stdout.write_all(page.as_bytes())?,
        }
        return Ok(());
    }
    let f = match format {
        "graphml" => export::Format::GraphMl,
        "gexf" => export::Format::Gexf,
        "dot" => export::Format::Dot,
        "csv" => export::Format::Csv,
        "json" => export::Format::Json,
        other => bail!("unknown network format `{other}`: use graphml, gexf, dot, csv or json"),
    };
    match output {
        Some(path) => {
            let mut w = std::io::BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?,
            );
            export::write(net, f, &mut w)?;
            w.flush()?;
            if f == export::Format::Csv {
                let edges = path.with_extension("edges.csv");
                let mut w = std::io::BufWriter::new(
                    std::fs::File::create(&edges)
                        .with_context(|| format!("creating {}", edges.display()))?,
                );
                export::write_csv_edges(net, &mut w)?;
                w.flush()?;
                eprintln!(
                    "wrote {} (nodes) and {} (edges)",
                    path.display(),
                    edges.display()
                );
            } else {
                eprintln!(
                    "wrote {} ({} nodes, {} edges)",
                    path.display(),
                    net.graph.node_count(),
                    net.graph.edge_count()
                );
            }
        }
        None => {
            export::write(net, f, stdout)?;
            if f == export::Format::Csv {
                writeln!(stdout)?;
                export::write_csv_edges(net, stdout)?;
            }
        }
    }
    Ok(())
}

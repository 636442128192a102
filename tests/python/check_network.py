#!/usr/bin/env python3
"""Independent checks of alpkg's network exports with NetworkX.

Usage: check_network.py DIR
DIR holds net.graphml, net.gexf, net.json, net.nodes.csv and net.edges.csv, all exports of
the same network. Checks that NetworkX loads each with its attributes, that the metrics
alpkg computed (stored as node attributes) agree with NetworkX's own on the same graph
(betweenness and PageRank within 1e-6, same degree, same connected components), and that
the CSV tables round-trip. Prints one line per check and `N passed, N failed`.
"""
import csv, json, sys, time
from pathlib import Path

import networkx as nx

d = Path(sys.argv[1])
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {name} {detail}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


t = time.time()
G = nx.read_graphml(d / "net.graphml")
print(f"graphml: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({time.time() - t:.1f} s)")
required = ["label", "kind", "degree", "weighted_degree", "betweenness", "pagerank", "component", "community"]
missing = [(n, a) for n, data in G.nodes(data=True) for a in required if a not in data]
check("GraphML loads with every node attribute", not missing, f"(missing: {missing[:3]})" if missing else "")
check("GraphML metrics are typed numbers", all(isinstance(data["betweenness"], float) and isinstance(data["degree"], int) for _, data in G.nodes(data=True)))
check("GraphML edges carry kind and weight", all("kind" in e and isinstance(e.get("weight"), float) for _, _, e in G.edges(data=True)))

deg_bad = [n for n in G if G.degree(n) != G.nodes[n]["degree"]]
check("degree agrees with NetworkX", not deg_bad, f"({len(deg_bad)} differ, e.g. {deg_bad[:2]})" if deg_bad else "")
wdeg_bad = [n for n in G if abs(G.degree(n, weight="weight") - G.nodes[n]["weighted_degree"]) > 1e-9]
check("weighted degree agrees with NetworkX", not wdeg_bad)

t = time.time()
bc = nx.betweenness_centrality(G, normalized=True)
diff = max((abs(bc[n] - G.nodes[n]["betweenness"]) for n in G), default=0.0)
check("betweenness agrees with NetworkX within 1e-6", diff <= 1e-6, f"(max difference {diff:.2e}, {time.time() - t:.1f} s)")

pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
diff = max((abs(pr[n] - G.nodes[n]["pagerank"]) for n in G), default=0.0)
check("PageRank agrees with NetworkX within 1e-6", diff <= 1e-6, f"(max difference {diff:.2e})")

ours = {}
for n, data in G.nodes(data=True):
    ours.setdefault(data["component"], set()).add(n)
theirs = {frozenset(c) for c in nx.connected_components(G)}
check("connected components are the same", {frozenset(c) for c in ours.values()} == theirs, f"({len(theirs)} components)")

comms = {}
for n, data in G.nodes(data=True):
    comms.setdefault(data["community"], set()).add(n)
q = nx.community.modularity(G, comms.values(), weight="weight") if G.number_of_edges() else 0.0
ref = nx.community.louvain_communities(G, weight="weight", seed=42)
q_ref = nx.community.modularity(G, ref, weight="weight") if G.number_of_edges() else 0.0
check("communities are a partition with modularity close to NetworkX's Louvain", abs(q - q_ref) < 0.05 or q >= q_ref, f"(ours {q:.4f}, NetworkX {q_ref:.4f}, {len(comms)} vs {len(ref)} communities)")

X = nx.read_gexf(d / "net.gexf")
same = set(X.nodes) == set(G.nodes) and X.number_of_edges() == G.number_of_edges()
attrs_ok = all(abs(float(X.nodes[n]["pagerank"]) - G.nodes[n]["pagerank"]) < 1e-12 and X.nodes[n]["label"] == G.nodes[n]["label"] for n in G)
check("GEXF loads in NetworkX with the same nodes, edges and attributes", same and attrs_ok)

with open(d / "net.json") as f:
    J = nx.node_link_graph(json.load(f), edges="links")
check("node-link JSON loads in NetworkX", set(J.nodes) == set(G.nodes) and J.number_of_edges() == G.number_of_edges())

with open(d / "net.nodes.csv", newline="") as f:
    rows = list(csv.DictReader(f))
with open(d / "net.edges.csv", newline="") as f:
    erows = list(csv.DictReader(f))
C = nx.Graph()
for r in rows:
    C.add_node(r["id"], label=r["label"], pagerank=float(r["pagerank"]))
for r in erows:
    C.add_edge(r["source"], r["target"], weight=float(r["weight"]))
node_ok = set(C.nodes) == set(G.nodes) and all(C.nodes[n]["label"] == G.nodes[n]["label"] and abs(C.nodes[n]["pagerank"] - G.nodes[n]["pagerank"]) < 1e-12 for n in G)
edge_ok = {frozenset((u, v)): w for u, v, w in C.edges(data="weight")} == {frozenset((u, v)): w for u, v, w in G.edges(data="weight")}
check("CSV node and edge tables round-trip", node_ok and edge_ok)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

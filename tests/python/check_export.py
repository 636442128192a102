#!/usr/bin/env python3
"""Independent checks of an alpkg export with peer tools (rdflib, pyshacl).

Usage: check_export.py DIR
DIR holds export.ttl, export.nt, export.jsonld, export.nq (all from the same store) and
shapes.ttl. Checks:
  1. each of Turtle, N-Triples and JSON-LD parses in rdflib;
  2. each is isomorphic to the union of the N-Quads dataset (the store's content);
  3. the Turtle export validates against the SHACL shapes with pyshacl: zero violations.
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import sys, time
from pathlib import Path

import rdflib
from rdflib.compare import isomorphic
from pyshacl import validate

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
ds = rdflib.Dataset()
ds.parse(d / "export.nq", format="nquads")
union = rdflib.Graph()
for s, p, o, _g in ds.quads((None, None, None, None)):
    union.add((s, p, o))
print(f"store content (N-Quads union): {len(union)} triples, {time.time() - t:.1f} s")


def same(g1, g2):
    has_bnode = any(isinstance(x, rdflib.BNode) for tr in g1 for x in tr)
    if has_bnode:
        return isomorphic(g1, g2)
    return len(g1) == len(g2) and set(g1) == set(g2)


graphs = {}
for fmt, fname in [("turtle", "export.ttl"), ("nt", "export.nt"), ("json-ld", "export.jsonld")]:
    t = time.time()
    g = rdflib.Graph()
    try:
        g.parse(d / fname, format=fmt)
        graphs[fmt] = g
        check(f"{fname} parses in rdflib", True, f"({len(g)} triples, {time.time() - t:.1f} s)")
    except Exception as e:  # noqa: BLE001 - any parse failure is a failed check
        check(f"{fname} parses in rdflib", False, str(e)[:300])
        continue
    ok = same(g, union)
    detail = "" if ok else f"(export {len(g)} vs store {len(union)}; only in export: {list(set(g) - set(union))[:3]}; only in store: {list(set(union) - set(g))[:3]})"
    check(f"{fname} isomorphic to the store's content", ok, detail)

if "turtle" in graphs:
    t = time.time()
    shapes = rdflib.Graph().parse(d / "shapes.ttl", format="turtle")
    conforms, _report, text = validate(graphs["turtle"], shacl_graph=shapes, inference="none")
    n = text.count("Constraint Violation")
    check("export.ttl conforms to ontology/shapes.ttl (pyshacl)", conforms, f"({n} violations, {time.time() - t:.1f} s)")
    if not conforms:
        print(text[:4000])

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

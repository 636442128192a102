"""A real SPARQL client against `alpkg serve`: SPARQLWrapper asks the same SELECT in JSON,
XML, CSV and TSV, an ASK, and a CONSTRUCT in Turtle, N-Triples, JSON-LD and RDF/XML (parsed
with rdflib), by GET and by POST. Prints one JSON object of what it got; the Rust test
compares it with the store. Usage: check_sparql_client.py ENDPOINT_URL"""

import csv
import io
import json
import sys

import rdflib
from SPARQLWrapper import CSV, GET, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

url = sys.argv[1]
SELECT = """PREFIX alp: <https://w3id.org/alpkg/ontology#>
SELECT ?plan WHERE { ?plan a alp:LearningPlan } ORDER BY ?plan"""
CONSTRUCT = """PREFIX alp: <https://w3id.org/alpkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
CONSTRUCT { ?plan dcterms:title ?t } WHERE { ?plan a alp:LearningPlan ; dcterms:title ?t }"""
out = {}


def client(method, fmt):
    s = SPARQLWrapper(url)
    s.setMethod(method)
    s.setReturnFormat(fmt)
    return s


for method, name in [(GET, "get"), (POST, "post")]:
    s = client(method, JSON)
    s.setQuery(SELECT)
    r = s.query().convert()
    out[f"select_json_{name}"] = [b["plan"]["value"] for b in r["results"]["bindings"]]

s = client(GET, XML)
s.setQuery(SELECT)
doc = s.query().convert()
out["select_xml"] = [u.firstChild.data for u in doc.getElementsByTagName("uri")]

for fmt, name, delim in [(CSV, "csv", ","), (TSV, "tsv", "\t")]:
    s = client(GET, fmt)
    s.setQuery(SELECT)
    raw = s.query().convert()
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    vals = [r[0] for r in rows[1:] if r]
    # TSV writes IRIs as <...>.
    out[f"select_{name}"] = [v[1:-1] if v.startswith("<") else v for v in vals]

s = client(GET, JSON)
s.setQuery("ASK { ?s a <https://w3id.org/alpkg/ontology#LearningPlan> }")
out["ask"] = s.query().convert()["boolean"]

for fmt, name in [(TURTLE, "turtle"), (N3, "ntriples"), (JSONLD, "jsonld"), (RDFXML, "rdfxml")]:
    s = client(GET, fmt)
    s.setQuery(CONSTRUCT)
    res = s.query()
    ctype = res.info().get("content-type", "")
    body = res.response.read()
    parse_as = {
        "turtle": "turtle",
        "ntriples": "turtle",
        "jsonld": "json-ld",
        "rdfxml": "xml",
    }[name]
    g = rdflib.Graph()
    g.parse(data=body, format=parse_as)
    out[f"construct_{name}"] = {"triples": len(g), "content_type": ctype}

print(json.dumps(out))

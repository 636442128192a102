"""Validates a dataset description against the official DCAT-AP 3.0.1 SHACL shapes with
pyshacl: the mandatory shapes (shapes.ttl + range.ttl) must give no violation; the
recommended ones (shapes_recommended.ttl) are reported as warnings, one line per missing
recommended property. Usage: check_dcat.py DESCRIPTION.ttl SHAPES_DIR"""

import sys

import pyshacl
import rdflib

data = rdflib.Graph()
data.parse(sys.argv[1], format="turtle")
shapes_dir = sys.argv[2]

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def validate(files):
    shapes = rdflib.Graph()
    for f in files:
        shapes.parse(f"{shapes_dir}/{f}", format="turtle")
    conforms, report, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=True
    )
    results = []
    for r in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        sev = report.value(r, SH.resultSeverity)
        results.append(
            (
                str(sev).rsplit("#", 1)[-1],
                str(report.value(r, SH.focusNode)),
                str(report.value(r, SH.resultPath)),
                str(report.value(r, SH.resultMessage)),
            )
        )
    return results


mandatory = validate(["shapes.ttl", "range.ttl"])
violations = [r for r in mandatory if r[0] == "Violation"]
for r in violations:
    print("VIOLATION", *r[1:], sep="\t")
recommended = validate(["shapes_recommended.ttl"])
for r in sorted(set((r[1], r[2]) for r in recommended)):
    print("RECOMMENDED-MISSING", *r, sep="\t")
print(f"violations: {len(violations)}; recommended missing: {len(set((r[1], r[2]) for r in recommended))}")
sys.exit(1 if violations else 0)

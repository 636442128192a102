#!/usr/bin/env python3
"""Checks of the international-organisation table, ontology/organisations.tsv.

Usage: python3 tests/python/check_organisations.py [TSV]   (run from the repository root;
TSV defaults to ontology/organisations.tsv). Standard library only.

Checks:
  1. the header is `id name acronyms variants kind wikidata iati`;
  2. every row has exactly 7 tab-separated columns and a non-empty name;
  3. ids are unique and slug-shaped (lower-case ascii letters and digits, single hyphens);
  4. kind is one of un-system, development-bank, donor, ingo, intergovernmental, company;
  5. every iati code is digits only, exists in ontology/iati/CRSChannelCode.xml, is an active
     code, and is used by one row only;
  6. wikidata is empty or a Wikidata entity IRI `http://www.wikidata.org/entity/Q<n>`;
  7. aliases are clean: no empty item in a `|` list, no leading or trailing spaces;
  8. no alias (name, acronym or variant) belongs to two rows. Aliases are compared on the
     resolver's matching key (src/resolve.rs `key`): parenthesised parts removed, lower-cased,
     accents removed, `&` read as `and`, punctuation and runs of spaces collapsed to one space,
     possessive `'s` and a leading article (the, le, la, les, el, l') dropped; and once more
     with the spaces removed too (`World Bank` = `WorldBank`);
  9. no alias is also a phrase of ontology/collective-terms.txt (the resolver tries the
     table first, so such a phrase would stop being collective).
Prints one line per check and `N passed, N failed`; exits 1 on any failure.
"""
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TSV = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "ontology" / "organisations.tsv"
CRS = ROOT / "ontology" / "iati" / "CRSChannelCode.xml"
COLLECTIVE = ROOT / "ontology" / "collective-terms.txt"

HEADER = ["id", "name", "acronyms", "variants", "kind", "wikidata", "iati"]
KINDS = {"un-system", "development-bank", "donor", "ingo", "intergovernmental", "company"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")
MAX_SHOWN = 15

passed = failed = 0


def check(name, problems):
    """One check: `problems` is the list of what is wrong (empty = passed)."""
    global passed, failed
    if not problems:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name}: {len(problems)} problem(s)")
        for p in problems[:MAX_SHOWN]:
            print(f"       {p}")
        if len(problems) > MAX_SHOWN:
            print(f"       ... and {len(problems) - MAX_SHOWN} more")


def strip_parens(s):
    out, depth = [], 0
    for c in s:
        if c in "([":
            depth += 1
        elif c in ")]" and depth:
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub("[\u2019\u2018`\u00b4]", "'", s).replace("&", " and ")
    words = []
    for w in re.split(r"[^\w']+|_", s):
        w = w.strip("'")
        if w.endswith("'s"):
            w = w[:-2]
        words += [x for x in w.split("'") if x]
    if len(words) > 1 and words[0] in ("the", "le", "la", "les", "el", "l"):
        words = words[1:]
    return " ".join(words)


def key(s):
    base = strip_parens(s)
    return fold(base if base.strip() else s)


def split(field):
    return field.split("|") if field else []


# ---- read
lines = TSV.read_text(encoding="utf-8").split("\n")
if lines and lines[-1] == "":
    lines.pop()
header = lines[0].split("\t") if lines else []
body = [(n, line) for n, line in enumerate(lines[1:], start=2)
        if line.strip() and not line.startswith("#")]
rows = [(n, line.split("\t")) for n, line in body]
print(f"{TSV}: {len(rows)} rows")

check("header", [] if header == HEADER else [f"header is {header}, expected {HEADER}"])

check("7 columns and a name on every row",
      [f"line {n}: {len(f)} columns" for n, f in rows if len(f) != 7]
      + [f"line {n}: empty name" for n, f in rows if len(f) > 1 and not f[1].strip()])

rows = [(n, f + [""] * (7 - len(f))) for n, f in rows]

seen, probs = {}, []
for n, f in rows:
    if not SLUG.match(f[0]):
        probs.append(f"line {n}: id {f[0]!r} is not a slug")
    if f[0] in seen:
        probs.append(f"line {n}: id {f[0]!r} already on line {seen[f[0]]}")
    seen.setdefault(f[0], n)
check("ids unique and slug-shaped", probs)

check("kind in the allowed set",
      [f"line {n} ({f[0]}): kind {f[4]!r}" for n, f in rows if f[4] not in KINDS])

# ---- IATI codes
codes = {}
for item in ET.parse(CRS).getroot().iter("codelist-item"):
    codes[(item.findtext("code") or "").strip()] = item.get("status", "active")
probs, used = [], {}
for n, f in rows:
    c = f[6]
    if not c:
        continue
    if not c.isdigit():
        probs.append(f"line {n} ({f[0]}): iati {c!r} is not digits only")
    elif c not in codes:
        probs.append(f"line {n} ({f[0]}): iati {c} is not in {CRS.name}")
    elif codes[c] != "active":
        probs.append(f"line {n} ({f[0]}): iati {c} is {codes[c]}")
    if c in used:
        probs.append(f"line {n} ({f[0]}): iati {c} already used by {used[c]}")
    used.setdefault(c, f[0])
check(f"iati codes exist in {CRS.name}, active, used once ({len(used)} rows with a code)", probs)

check("wikidata empty or an entity IRI",
      [f"line {n} ({f[0]}): {f[5]!r}" for n, f in rows if f[5] and not WIKIDATA.match(f[5])])

probs = []
for n, f in rows:
    for col, field in ((1, f[1]), (2, f[2]), (3, f[3])):
        items = [field] if col == 1 else split(field)
        for x in items:
            if not x.strip():
                probs.append(f"line {n} ({f[0]}): empty item in column {HEADER[col]}")
            elif x != x.strip() or "  " in x:
                probs.append(f"line {n} ({f[0]}): stray spaces in {x!r}")
check("aliases clean (no empty items, no stray spaces)", probs)

# ---- alias collisions
owner, probs = {}, []
for n, f in rows:
    for alias in [f[1]] + split(f[2]) + split(f[3]):
        k = key(alias)
        if not k:
            probs.append(f"line {n} ({f[0]}): alias {alias!r} has an empty key")
            continue
        for kk in dict.fromkeys((k, k.replace(" ", ""))):
            other = owner.setdefault(kk, (f[0], alias))
            if other[0] != f[0]:
                probs.append(f"{alias!r} ({f[0]}) and {other[1]!r} ({other[0]}) share the key {kk!r}")
                break
check("no alias shared by two rows (after normalisation)", probs)

collective = {key(line) for line in COLLECTIVE.read_text(encoding="utf-8").split("\n")
              if line.strip() and not line.startswith("#")}
probs = []
for n, f in rows:
    for alias in [f[1]] + split(f[2]) + split(f[3]):
        if key(alias) in collective:
            probs.append(f"line {n} ({f[0]}): {alias!r} is a collective term")
check("no alias is a collective term", probs)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

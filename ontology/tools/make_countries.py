#!/usr/bin/env python3
"""Regenerate ontology/countries.tsv, the country table alpkg links plans to.

Facts only (names, ISO 3166-1 codes, UN M49 code and region) are taken from the
`country_converter` package's data table (`pip install country_converter`); the
aliases column is alpkg's own list of spellings seen in plans and common
English variants. Run from the repository root:

    python3 ontology/tools/make_countries.py > ontology/countries.tsv
"""
import csv, os, sys
import country_converter

ALIASES = {
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "TLS": ["East Timor", "Timor Leste"],
    "TUR": ["Turkey", "Turkiye"],
    "GMB": ["The Gambia", "Gambia, The"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "SWZ": ["Swaziland", "eSwatini"],
    "LAO": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "VNM": ["Vietnam", "Viet Nam"],
    "SYR": ["Syria", "Syrian Arab Republic"],
    "BOL": ["Bolivia", "Bolivia (Plurinational State of)"],
    "TZA": ["Tanzania", "United Republic of Tanzania"],
    "RUS": ["Russia", "Russian Federation"],
    "MDA": ["Moldova", "Republic of Moldova"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo, Democratic Republic of the", "Congo (Kinshasa)"],
    "COG": ["Republic of the Congo", "Congo", "Congo (Brazzaville)", "Congo Republic"],
    "MKD": ["North Macedonia", "Macedonia"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"],
    "IRN": ["Iran", "Iran (Islamic Republic of)"],
    "VEN": ["Venezuela", "Venezuela (Bolivarian Republic of)"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea"],
    "FSM": ["Micronesia", "Federated States of Micronesia"],
    "BRN": ["Brunei"],
    "MMR": ["Myanmar", "Burma"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz Republic"],
    "STP": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "GNB": ["Guinea-Bissau", "Guinea Bissau"],
    "BIH": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia"],
    "TTO": ["Trinidad and Tobago", "Trinidad & Tobago"],
    "USA": ["United States", "United States of America", "USA"],
    "GBR": ["United Kingdom", "UK"],
    "XKX": ["Kosovo"],
    "SRB": ["Republic of Serbia"],
    "DOM": ["Dominican Republic"],
    "CAF": ["Central African Republic", "CAR"],
    "SSD": ["South Sudan"],
    "KNA": ["Saint Kitts and Nevis"],
    "VCT": ["Saint Vincent and the Grenadines"],
    "LCA": ["Saint Lucia"],
}

REGION = {"America": "Americas"}

def main():
    path = os.path.join(os.path.dirname(country_converter.__file__), "country_data.tsv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["iso3", "iso2", "m49", "name", "official_name", "region", "subregion", "aliases"])
    for r in sorted(rows, key=lambda r: r["ISO3"]):
        if r.get("obsolete"):
            continue
        iso3 = r["ISO3"]
        # A few ISO2 cells are regexes in the source table (`^GB$|^UK$`): keep the code.
        iso2 = r["ISO2"].split("|")[0].strip("^$")
        m49 = r["UNcode"].split(".")[0] if r["UNcode"] else ""
        aliases = [a for a in ALIASES.get(iso3, []) if a != r["name_short"]]
        out.writerow([iso3, iso2, m49.zfill(3) if m49 else "", r["name_short"], r["name_official"],
                      REGION.get(r["continent"], r["continent"]), r["UNregion"], "|".join(aliases)])

main()

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
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Costa de Marfil", "Costa do Marfim"],
    "TLS": ["East Timor", "Timor Leste"],
    "TUR": ["Turkey", "Turkiye", "Turquie", "Turquía"],
    "GMB": ["The Gambia", "Gambia, The", "Gambie"],
    "CPV": ["Cape Verde", "Cabo Verde", "Cap-Vert"],
    "SWZ": ["Swaziland", "eSwatini"],
    "LAO": ["Laos", "Lao PDR", "Lao People's Democratic Republic"],
    "VNM": ["Vietnam", "Viet Nam"],
    "SYR": ["Syria", "Syrian Arab Republic", "Syrie", "Siria"],
    "BOL": ["Bolivia", "Bolivia (Plurinational State of)", "Bolivie"],
    "TZA": ["Tanzania", "United Republic of Tanzania", "Tanzanie"],
    "RUS": ["Russia", "Russian Federation"],
    "MDA": ["Moldova", "Republic of Moldova"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo, Democratic Republic of the", "Congo (Kinshasa)", "République démocratique du Congo", "República Democrática del Congo"],
    "COG": ["Republic of the Congo", "Congo", "Congo (Brazzaville)", "Congo Republic"],
    "MKD": ["North Macedonia", "Macedonia", "Macédoine du Nord", "Macedonia del Norte"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian Territories", "Occupied Palestinian Territory"],
    "IRN": ["Iran", "Iran (Islamic Republic of)"],
    "VEN": ["Venezuela", "Venezuela (Bolivarian Republic of)"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea"],
    "FSM": ["Micronesia", "Federated States of Micronesia"],
    "BRN": ["Brunei"],
    "MMR": ["Myanmar", "Burma"],
    "KGZ": ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizistan"],
    "STP": ["Sao Tome and Principe", "São Tomé and Príncipe", "São Tomé-et-Príncipe", "Santo Tomé y Príncipe", "São Tomé e Príncipe"],
    "GNB": ["Guinea-Bissau", "Guinea Bissau", "Guinée-Bissau", "Guiné-Bissau"],
    "BIH": ["Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia", "Bosnie-Herzégovine", "Bosnia y Herzegovina"],
    "TTO": ["Trinidad and Tobago", "Trinidad & Tobago", "Trinité-et-Tobago", "Trinidad y Tobago"],
    "USA": ["United States", "United States of America", "USA"],
    "GBR": ["United Kingdom", "UK"],
    "XKX": ["Kosovo"],
    "SRB": ["Republic of Serbia", "Serbie"],
    "DOM": ["Dominican Republic", "República Dominicana", "République dominicaine"],
    "CAF": ["Central African Republic", "CAR"],
    "SSD": ["South Sudan"],
    "KNA": ["Saint Kitts and Nevis"],
    "VCT": ["Saint Vincent and the Grenadines"],
    "LCA": ["Saint Lucia"],
    "DZA": ["Algérie", "Argelia"],
    "ARG": ["Argentine"],
    "AZE": ["Azerbaïdjan", "Azerbaiyán"],
    "BRB": ["Barbade"],
    "BLR": ["Biélorussie", "Bielorrusia"],
    "BTN": ["Bhoutan", "Bután"],
    "KHM": ["Cambodge", "Camboya", "Camboja"],
    "CMR": ["Cameroun", "Camerún", "Camarões"],
    "TCD": ["Tchad"],
    "COL": ["Colombie"],
    "ECU": ["Équateur"],
    "EGY": ["Égypte", "Egipto", "Egito"],
    "ETH": ["Éthiopie", "Etiopía"],
    "FJI": ["Fidji", "Fiyi"],
    "GEO": ["Géorgie"],
    "GIN": ["Guinée"],
    "IND": ["Inde"],
    "IDN": ["Indonésie"],
    "IRQ": ["Irak"],
    "JOR": ["Jordanie", "Jordania"],
    "LBN": ["Liban", "Líbano"],
    "LBY": ["Libye"],
    "MYS": ["Malaisie", "Malasia"],
    "MDV": ["Maldivas"],
    "MRT": ["Mauritanie"],
    "MEX": ["Mexique"],
    "MNG": ["Mongolie"],
    "MAR": ["Maroc", "Marruecos", "Marrocos"],
    "MOZ": ["Moçambique"],
    "NAM": ["Namibie"],
    "PER": ["Pérou"],
    "PHL": ["Filipinas"],
    "SAU": ["Arabie saoudite", "Arabia Saudita"],
    "SOM": ["Somalie"],
    "ZAF": ["Afrique du Sud", "Sudáfrica", "África do Sul"],
    "SDN": ["Soudan"],
    "THA": ["Thaïlande", "Tailandia"],
    "TUN": ["Tunisie", "Túnez"],
    "UGA": ["Ouganda"],
    "UKR": ["Ucrania"],
    "UZB": ["Ouzbékistan"],
    "ZMB": ["Zambie"],
    "BRA": ["Brasil", "Brésil"],
    "BLZ": ["Belice"],
    "COM": ["Comores", "Comoras"],
    "GNQ": ["Guinée équatoriale", "Guinea Ecuatorial"],
    "HTI": ["Haïti", "Haití"],
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

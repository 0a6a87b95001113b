#!/usr/bin/env python3
"""Writes the invented CRM contacts export (one table of 15 rows; gold.json) into this folder. Shapes probed: '|'
delimiter, mixed-case headers, a person's full name in one `Contact` column next to the company name in `Account`
(company names that look like surnames: "Hargreaves & Lowe", "Okafor Logistics"), phones in five national formats,
work e-mail addresses on the company's domain, LinkedIn URLs, the sales owner's name, a self reference holding
another contact's NAME (`Referred By`), deal values, notes naming people. Seeded. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(15)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Saoirse", "Matthias", "Yuki", "Oluwaseun", "Annelies", "Rafael", "Ingrid", "Tomasz", "Niamh", "Dmitri",
         "Aurélie", "Kwame", "Linnea", "Ignacio", "Hana"]
FAMILY = ["Okafor", "Hargreaves", "Lindqvist", "Moreau", "Brennan", "Nakamura", "Vasquez", "Kowalski", "Fischer",
          "Adeyemi", "Lowe", "Castellanos", "Dubois", "Eriksen", "Sato"]
ACCOUNTS = [("Okafor Logistics Ltd", "okaforlogistics.co.uk", "London", "United Kingdom"),
            ("Hargreaves & Lowe LLP", "hargreaveslowe.com", "Manchester", "United Kingdom"),
            ("Nordlicht Energie GmbH", "nordlicht-energie.de", "Hamburg", "Germany"),
            ("Brasserie Moreau SARL", "brasserie-moreau.fr", "Lyon", "France"),
            ("Sakura Precision KK", "sakura-precision.jp", "Osaka", "Japan"),
            ("Vasquez Agro SA", "vasquezagro.es", "Valencia", "Spain")]
PH = {"United Kingdom": lambda: "+44 20 7946 %04d" % random.randint(0, 999),
      "Germany": lambda: "040 %d %d" % (random.randint(100, 999), random.randint(1000, 9999)),
      "France": lambda: "04 %02d %02d %02d %02d" % tuple(random.randint(0, 99) for _ in range(4)),
      "Japan": lambda: "06-%04d-%04d" % (random.randint(0, 9999), random.randint(0, 9999)),
      "Spain": lambda: "+34 96 %03d %02d %02d" % (random.randint(0, 999), random.randint(0, 99), random.randint(0, 99))}
OWNERS = ["Bea Thornton", "Callum Reid", "Bea Thornton"]

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
rows = labels("contacts", [
    ("Contact", "NAME"), ("Account", NON), ("Job Title", NON), ("Work Email", "EMAIL_ADDRESS"), ("Direct Line", "TELEPHONE_NUMBER"),
    ("City", "CITY"), ("Country", NON), ("LinkedIn", "URL"), ("Owner", "NAME"), ("Stage", NON), ("Deal Value EUR", NON),
    ("Last Touch", "DATE"), ("Referred By", "NAME"), ("Notes", FT)])
TITLES = ["CFO", "Head of Procurement", "Operations Director", "IT Manager", "CEO", "Buyer"]
NOTES = ["Met at trade fair; follow up in Q3.", "Assistant {g} handles the calendar.", "", "Prefers calls after 4pm, mobile {p}.",
         "Budget approved by {n}.", "Churn risk."]
people = []
for i in range(15):
    g, f = GIVEN[i], FAMILY[(i * 7) % 15]
    acc, dom, city, country = ACCOUNTS[i % 6] if i < 12 else random.choice(ACCOUNTS)
    people.append("%s %s" % (g, f))
    rows.append(["%s %s" % (g, f), acc, random.choice(TITLES),
                 "%s.%s@%s" % (g.lower().replace("é", "e"), f.lower(), dom), PH[country](), city, country,
                 "https://linkedin.com/in/%s%s" % (g.lower().replace("é", "e"), f.lower()) if i % 3 else "",
                 random.choice(OWNERS), random.choice(["Lead", "Qualified", "Proposal", "Won", "Lost"]),
                 str(random.randrange(5000, 250000, 500)), (dt.date(2026, 6, 1) + dt.timedelta(days=random.randint(0, 180))).strftime("%Y-%m-%d"),
                 "", ""])
for i, r in enumerate(rows):
    if i >= 3 and random.random() < 0.5:
        r[12] = random.choice(people[:i])
    r[13] = random.choice(NOTES).format(g=random.choice(GIVEN), p=r[4], n=random.choice(people))
FKS = [("contacts.Referred By", "contacts.Contact")]
DESC = ("Invented CRM contacts export: one '|'-delimited table of 15 contacts, person names in `Contact`, company "
        "names in `Account`, phones in five national formats, work e-mails, LinkedIn URLs, sales owners, a self "
        "reference by name (`Referred By`), notes naming people")
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(t["columns"]); w.writerows(t["rows"])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"dataset": "crm-contacts", "description": DESC, "delimiter": "|", "entity": "contacts", "columns": gold,
               "foreignKeys": [{"column": c, "references": r} for c, r in FKS]}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "NOTICE"), "w", encoding="utf-8") as f:
    f.write("crm-contacts: INVENTED data, generated by generate.py in this folder (Python 3 standard library, fixed "
            "seed; rerun it to reproduce the CSV files and gold.json byte for byte). " + DESC + ".\nNo row describes a "
            "real person or company: names are drawn from invented lists; UK numbers are in the Ofcom drama range "
            "020 7946 0xxx, other phones are random. Licence: the same as the Warden project.\n")

#!/usr/bin/env python3
"""Writes immunization-ca: an invented Canadian immunization registry extract (registrants, doses), tab-separated,
m/d/yyyy dates, Ontario health numbers (Luhn check digit, version code) and Quebec RAMQ numbers (built from the name and
birth date), postal codes A1A 1A1, NANP phones, guardians of children, CVX codes, lot numbers, adverse-event notes
(seeded, stdlib only). Doses refer to the registrant as `recipient`."""
import csv, json, random, unicodedata
rnd = random.Random(70703)
GIVEN = ["Émilie", "Jean-François", "Geneviève", "Mathieu", "Chloé", "Étienne", "Nathalie", "Maxime", "Priya", "Wei",
         "Tyler", "Brittany", "Harjit", "Ayesha", "Connor", "Mackenzie", "Gurpreet", "Olivia", "Liam", "Sébastien"]
FAMILY = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bélanger", "Nguyen", "MacDonald", "Sandhu", "Wong",
          "Campbell", "Leblanc", "Pelletier", "Gill", "Morrison", "Thériault", "Fraser", "Chen"]
PLACES = {"ON": [("Toronto", "M", "416"), ("Ottawa", "K", "613"), ("Hamilton", "L", "905"), ("Sudbury", "P", "705")],
          "QC": [("Montréal", "H", "514"), ("Québec", "G", "418"), ("Sherbrooke", "J", "819")]}
VACC = [("Influenza, injectable, quadrivalent", "150", "FL"), ("COVID-19, mRNA, bivalent", "229", "MOD"),
        ("Pneumococcal conjugate PCV 20", "216", "PN"), ("Zoster recombinant", "187", "SHX"), ("MMR", "03", "MR"),
        ("DTaP-IPV-Hib", "120", "PT"), ("HPV9", "165", "HP"), ("Hepatitis B, adult", "43", "HB")]
NURSES = ["RN K. Okafor", "RN M. Lapointe", "Pharm. D. Sidhu", "RN J. Kowalczyk", "Dr. A. Haddad"]
CLINICS = ["Toronto Public Health - Scarborough", "Ottawa Civic Pharmacy", "CLSC Côte-des-Neiges", "CIUSSS Capitale-Nationale", "Hamilton Mall Clinic"]
L = "ABCEGHJKLMNPRSTVWXYZ"

def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper().replace("-", "").replace(" ", "")

def ohip():
    d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    d.append((10 - s % 10) % 10)
    n = "".join(map(str, d))
    return "%s-%s-%s-%s" % (n[:4], n[4:7], n[7:], "".join(rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)))

def ramq(g, f, y, m, d, sex):
    return "%s%s %02d%02d %02d%02d" % ((ascii_up(f) + "XXX")[:3], ascii_up(g)[0], y % 100, m + (50 if sex == "F" else 0), d, rnd.randint(10, 99))

regs, doses = [], []
for n in range(900):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    prov = rnd.choice(["ON", "ON", "QC"])
    city, fsa, area = rnd.choice(PLACES[prov])
    y = rnd.choice([rnd.randint(1926, 1935), rnd.randint(2012, 2024)] + [rnd.randint(1940, 2005)] * 6)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    sex = rnd.choice(["F", "M"])
    hcn = ohip() if prov == "ON" else ramq(g, f, y, m, d, sex)
    child = y >= 2008
    regs.append(["R%07d" % (3100000 + n * 13), hcn, f, g, "%d/%d/%d" % (m, d, y), sex,
                 "%s%d%s %d%s%d" % (fsa, rnd.randint(1, 9), rnd.choice(L), rnd.randint(0, 9), rnd.choice(L), rnd.randint(0, 9)),
                 city, prov, "(%s) %03d-%04d" % (area, rnd.randint(200, 999), rnd.randint(0, 9999)),
                 "fr" if prov == "QC" and rnd.random() < 0.8 else "en",
                 "%s %s" % (rnd.choice(GIVEN), f) if child else "", rnd.choice(["", "", "", "Long-term care", "Health care worker"])])
did = 0
for r in regs:
    y = int(r[4].split("/")[2])
    for _ in range(rnd.randint(1, 6)):
        name, cvx, lp = rnd.choice(VACC)
        did += 1
        note = rnd.choice([""] * 8 + ["Sore arm 2 days", "Fainted briefly, observed 30 min, recovered",
                                      "Mother %s reports fever 38.6 next day" % r[11].split()[0] if r[11] else "Mild rash at site",
                                      "%s %s refused second dose" % (r[3], r[2])])
        doses.append(["%d" % (7700000 + did), r[0], "%d/%d/%d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(max(y, 2019), 2026)),
                      name, cvx, "%s%04d%s" % (lp, rnd.randint(100, 140), rnd.choice("ABC")), str(rnd.randint(1, 3)),
                      rnd.choice(["LD", "RD", "LT", "RT"]), rnd.choice(["IM", "IM", "IM", "SC"]), rnd.choice(NURSES), rnd.choice(CLINICS), note])
rnd.shuffle(doses)
doses = doses[:2900]
H1 = ["registrant_no", "health_card_no", "last_name", "first_name", "birth_date", "sex", "postal_code", "municipality",
      "province", "phone", "lang", "guardian", "priority_group"]
H2 = ["dose_id", "recipient", "admin_date", "agent", "cvx", "lot", "dose_seq", "site", "route", "administered_by", "location", "aefi_note"]
for name, head, rows in (("registrants", H1, regs), ("doses", H2, doses)):
    with open(name + ".tsv".replace(".tsv", ".csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n"); w.writerow(head); w.writerows(rows)
L1 = ["OTHER_UNIQUE_IDENTIFIER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING",
      "ZIP_CODE", "CITY", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "FREE_TEXT"]
cols = {"registrants." + h: l for h, l in zip(H1, L1)}
cols.update({"doses." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "immunization-ca",
        "description": "Invented Canadian immunization registry extract, tab-separated, m/d/yyyy: 900 registrants in Ontario and Quebec (OHIP numbers with Luhn check digit and version code, RAMQ numbers built from name and birth date, postal codes A1A 1A1, (NPA) NXX-XXXX phones, guardians of children, births before 1936), 2,900 doses referring to the registrant as recipient, CVX codes, lot numbers, administering nurse, adverse-event notes naming people",
        "delimiter": "\t", "entity": "registrants", "columns": cols,
        "foreignKeys": [{"column": "doses.recipient", "references": "registrants.registrant_no"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

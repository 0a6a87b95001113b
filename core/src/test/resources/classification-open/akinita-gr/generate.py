#!/usr/bin/env python3
"""Writes akinita-gr: an invented Greek real-estate listing export, Greek headers and values, ';'-separated (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60608)
GIVEN = ["Αριστοτέλης", "Χαραλάμπης", "Παναγιώτα", "Ευστάθιος", "Καλλιόπη", "Θεμιστοκλής", "Ξανθίππη", "Σπυρίδων",
         "Ευανθία", "Μιλτιάδης", "Ζωή", "Περικλής"]
FAMILY = ["Παπαδόπουλος", "Καραμανλής", "Θεοδωρόπουλος", "Μαυρογιάννης", "Χατζηδάκης", "Κωνσταντινίδης", "Βλαχόπουλος",
          "Αναγνωστόπουλος", "Ζαφειρίου", "Λιάπης", "Τσακαλώτος"]
FATHERS = ["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Αθανάσιος", "Βασίλειος"]
AREAS = [("Κολωνάκι", "106 73", 37.9780, 23.7430), ("Παγκράτι", "116 35", 37.9680, 23.7470), ("Κυψέλη", "113 61", 38.0000, 23.7420),
         ("Χαλάνδρι", "152 32", 38.0210, 23.7990), ("Γλυφάδα", "166 74", 37.8650, 23.7530), ("Πειραιάς", "185 36", 37.9420, 23.6470),
         ("Μαρούσι", "151 24", 38.0500, 23.8080), ("Νέα Σμύρνη", "171 21", 37.9450, 23.7140)]
STREETS = ["Σόλωνος", "Πατησίων", "Ερμού", "Αχαρνών", "Ηρώδου Αττικού", "Λεωφ. Κηφισίας", "Αγίου Κωνσταντίνου", "Μεσογείων"]
TYPES = ["Διαμέρισμα", "Διαμέρισμα", "Μεζονέτα", "Μονοκατοικία", "Στούντιο"]
DOY = ["Α' Αθηνών", "ΙΓ' Αθηνών", "Χαλανδρίου", "Γλυφάδας", "Α' Πειραιά", "Αμαρουσίου"]

def afm():
    d = [rnd.randint(0, 9) for _ in range(8)]
    d.append(sum(x * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10)
    return "".join(map(str, d))

def fem(f):
    return f[:-2] + "ου" if f.endswith("ος") else (f[:-1] if f.endswith("ς") else f)

owners, lst = [], []
seen = set()
for n in range(150):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    if g in ("Παναγιώτα", "Καλλιόπη", "Ξανθίππη", "Ευανθία", "Ζωή"):
        f = fem(f)
    a = afm()
    while a in seen:
        a = afm()
    seen.add(a)
    age = rnd.choice([rnd.randint(28, 84)] * 6 + [rnd.randint(90, 98)])
    owners.append([a, "%s %s" % (f, g), rnd.choice(FATHERS), "+30 69%d %03d %04d" % (rnd.randint(0, 9), rnd.randint(0, 999), rnd.randint(0, 9999)),
                   "%s%d@mail.example.gr" % (rnd.choice(["akinita", "spiti", "owner", "info"]), rnd.randint(1, 999)) if rnd.random() < 0.6 else "",
                   str(age), rnd.choice(DOY)])
for k in range(400):
    o = rnd.choice(owners)
    area, tk, lat, lon = rnd.choice(AREAS)
    sqm = rnd.randint(28, 240)
    typ = rnd.choice(TYPES)
    desc = rnd.choice(["Φωτεινό %s %d τ.μ., ανακαινισμένο." % (typ.lower(), sqm), "Πωλείται από ιδιώτη, τηλ. %s" % o[3],
                       "Κοντά στο μετρό, χωρίς μεσίτη. Επικοινωνία: %s" % o[1], "Με θέα Ακρόπολη, αποθήκη και θέση στάθμευσης.", ""])
    lst.append(["ΑΚ-%05d" % (10000 + k), o[0], typ, area, "%s %d" % (rnd.choice(STREETS), rnd.randint(1, 180)), tk,
                "%.6f" % (lat + rnd.uniform(-0.008, 0.008)), "%.6f" % (lon + rnd.uniform(-0.008, 0.008)),
                "%02d%02d%02d%06d" % (rnd.randint(5, 5), rnd.randint(1, 99), rnd.randint(1, 99), rnd.randint(0, 999999)),
                str(sqm), rnd.choice(["Υπόγειο", "Ισόγειο", "1ος", "2ος", "3ος", "4ος", "5ος"]), str(rnd.randint(0, 4)),
                str(rnd.randint(1955, 2024)), "%d" % (sqm * rnd.randint(1800, 6500)), rnd.choice(["Α+", "Α", "Β+", "Β", "Γ", "Δ", "Ε", "Ζ", "Η"]),
                "%02d/%02d/2026" % (rnd.randint(1, 28), rnd.randint(1, 11)), desc])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)

OH = ["αφμ", "ονοματεπώνυμο", "πατρώνυμο", "κινητό", "email", "ηλικία", "δου"]
LH = ["κωδικός_αγγελίας", "ιδιοκτήτης", "τύπος", "περιοχή", "διεύθυνση", "τκ", "lat", "lon", "καεκ", "τμ", "όροφος",
      "υπνοδωμάτια", "έτος_κατασκευής", "τιμή_ευρώ", "ενεργειακή_κλάση", "καταχωρίστηκε", "περιγραφή"]
write("ιδιοκτήτες", OH, owners); write("αγγελίες", LH, lst)
lab = {}
lab.update({"ιδιοκτήτες." + k: v for k, v in zip(OH, ["NATIONAL_ID", "NAME", "NAME", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "AGE", "NON_IDENTIFYING"])})
lab.update({"αγγελίες." + k: v for k, v in zip(LH, ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION",
    "STREET_ADDRESS", "ZIP_CODE", "GEOCOORDINATE", "GEOCOORDINATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "FREE_TEXT"])})
desc = ("Invented Greek real-estate listing export, Greek table names, headers and values, ';': %d ιδιοκτήτες keyed by ΑΦΜ "
        "(9 digits, valid check digit), full names, patronymics, +30 mobiles, ages incl. over 89; %d αγγελίες (listings) referring to the "
        "owner by ΑΦΜ under the header ιδιοκτήτης, with street addresses, postcodes, WGS84 lat/lon to 6 decimals, 12-digit "
        "cadastral codes (ΚΑΕΚ), and descriptions with the owner's phone or name") % (len(owners), len(lst))
gold = {"dataset": "akinita-gr", "description": desc, "delimiter": ";", "entity": "ιδιοκτήτες", "columns": lab,
        "foreignKeys": [{"column": "αγγελίες.ιδιοκτήτης", "references": "ιδιοκτήτες.αφμ"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

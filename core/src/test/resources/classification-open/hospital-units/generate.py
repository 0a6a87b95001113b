#!/usr/bin/env python3
"""Writes hospital-units: an invented US hospital's export (seeded, Python 3 stdlib only; rerun to reproduce the CSV
files and gold.json byte for byte), written by breaker45 to attack the SECONDARY_UNIT value rule and empty values in
foreign keys. patients (200: mrn, name, street, line2: the second address line in forms the rule does not read, Apt
4-B, Flat 3, Fl 2 Rear, Bsmt; city, zip, birth_date); admissions (420: each patient's stays, Ward written Unit 4A, Unit
5B: the nursing unit many patients share); dispensing (360 fills, Lot written LOT 24117: a manufacturer's lot many
patients share; admission_id NULL for an outpatient fill, as SQL exports write a missing reference)."""
import csv, json, os, random
SET = "hospital-units"
rnd = random.Random(4545)
here = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Mary", "James", "Linda", "Robert", "Patricia", "Michael", "Barbara", "William", "Susan", "David", "Karen",
         "Joseph", "Nancy", "Thomas", "Lisa", "Daniel", "Betty", "Mark", "Sandra", "Paul"]
FAMILY = ["Kowalczyk", "Haddad", "Okonkwo", "Lindqvist", "Brennan", "Castillo", "Nakamura", "Petrov", "Abernathy",
          "Delgado", "Fitzgerald", "Holloway", "Iverson", "Jablonski", "Kavanagh", "Moreau", "Ostrowski", "Quinlan"]
STREETS = ["Oak St", "Maple Ave", "Cedar Rd", "Lakeview Dr", "Pine St", "Elm Ct", "Ridge Rd", "Harbor Way"]
CITIES = [("Duluth", "558"), ("Cloquet", "557"), ("Hermantown", "558"), ("Proctor", "558"), ("Superior", "548")]
def line2():
    k = rnd.randrange(6)
    if k == 0:
        return "Apt %d-%s" % (rnd.randrange(1, 40), rnd.choice("ABCD"))
    if k == 1:
        return "Flat %d" % rnd.randrange(1, 30)
    if k == 2:
        return "Fl %d Rear" % rnd.randrange(1, 4)
    if k == 3:
        return "Bsmt"
    if k == 4:
        return "Apt %d, Fl %d" % (rnd.randrange(1, 30), rnd.randrange(1, 6))
    return "Rm %d" % rnd.randrange(100, 400)
patients = []
for i in range(200):
    city, z3 = rnd.choice(CITIES)
    patients.append(["%07d" % rnd.randrange(1000000, 9999999), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                     "%d %s" % (rnd.randrange(10, 9999), rnd.choice(STREETS)), line2() if rnd.random() < 0.8 else "",
                     city, z3 + "%02d" % rnd.randrange(1, 20),
                     "%d-%02d-%02d" % (rnd.randrange(1935, 2005), rnd.randrange(1, 13), rnd.randrange(1, 29))])
WARDS = ["Unit 4A", "Unit 4B", "Unit 5A", "Unit 5B", "Unit 6", "Unit 7C"]
admissions = []
for i in range(420):
    p = rnd.choice(patients)
    admissions.append(["A%06d" % (700000 + i), p[0], "2024-%02d-%02d" % (rnd.randrange(1, 13), rnd.randrange(1, 29)),
                       rnd.choice(WARDS), str(rnd.randrange(1, 15)), str(rnd.choice([291, 292, 871, 872, 190, 194, 392]))])
LOTS = ["LOT 24117", "LOT 24118", "LOT 23991", "LOT 24302", "LOT 24055", "LOT 23870"]
NDC = ["00093-7146-56", "00378-1805-10", "68180-0513-09", "00781-5180-01"]
dispensing = []
for i in range(360):
    a = rnd.choice(admissions)
    dispensing.append(["RX%06d" % (500000 + i), a[0] if rnd.random() < 0.8 else "NULL", a[2], rnd.choice(NDC),
                       rnd.choice(LOTS), str(rnd.choice([30, 60, 90]))])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("patients", ["mrn", "name", "street", "line2", "city", "zip", "birth_date"], patients)
write("admissions", ["admission_id", "mrn", "admitted_on", "Ward", "los_days", "drg"], admissions)
write("dispensing", ["rx_id", "admission_id", "filled_on", "ndc", "Lot", "qty"], dispensing)
cols = {"patients.mrn": "MEDICAL_RECORD_NUMBER", "patients.name": "NAME", "patients.street": "STREET_ADDRESS",
        "patients.line2": "STREET_ADDRESS", "patients.city": "CITY", "patients.zip": "ZIP_CODE",
        "patients.birth_date": "DATE_OF_BIRTH",
        "admissions.admission_id": "OTHER_UNIQUE_IDENTIFIER", "admissions.mrn": "MEDICAL_RECORD_NUMBER",
        "admissions.admitted_on": "DATE", "admissions.Ward": "NON_IDENTIFYING", "admissions.los_days": "NON_IDENTIFYING",
        "admissions.drg": "NON_IDENTIFYING",
        "dispensing.rx_id": "OTHER_UNIQUE_IDENTIFIER", "dispensing.admission_id": "OTHER_UNIQUE_IDENTIFIER",
        "dispensing.filled_on": "DATE", "dispensing.ndc": "NON_IDENTIFYING", "dispensing.Lot": "NON_IDENTIFYING",
        "dispensing.qty": "NON_IDENTIFYING"}
gold = {"dataset": SET, "description": "Invented US hospital export (breaker45): 200 patients whose second address line is "
        "written Apt 4-B, Flat 3, Fl 2 Rear, Bsmt, Apt 3, Fl 2, Rm 204 (line2); 420 admissions to six nursing units written "
        "Unit 4A (Ward); 360 fills of six manufacturer's lots written LOT 24117 (Lot), admission_id NULL for 20% of them "
        "(outpatient fills)",
        "delimiter": ",", "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "admissions.mrn", "references": "patients.mrn"},
                        {"column": "dispensing.admission_id", "references": "admissions.admission_id"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

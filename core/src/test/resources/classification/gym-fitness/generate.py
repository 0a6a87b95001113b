#!/usr/bin/env python3
"""Writes gym-fitness: an invented gym-chain membership export (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(40401)
GIVEN = ["Aaliyah", "Brandon", "Chloe", "Darnell", "Emily", "Felipe", "Grace", "Hunter", "Isabel", "Jamal",
         "Kayla", "Logan", "Maya", "Nathan", "Olivia", "Preston", "Quinn", "Reagan", "Sofia", "Tyler",
         "Uma", "Victor", "Whitney", "Xavier", "Yasmin", "Zachary"]
FAMILY = ["Okafor", "Lindqvist", "Brennan", "Castillo", "Whitfield", "Nakamura", "Delacroix", "Hargrove",
          "Pemberton", "Sandoval", "Kowalczyk", "Abernathy", "Fairbanks", "Mbeki", "Thornbury", "Vasquez"]
TRAINERS = [("Dominic", "Rourke"), ("Tamsin", "Alvarado"), ("Kenji", "Morrow")]
STREETS = ["Maple Ave", "Cedar Ln", "Harlan St", "Ridgeview Dr", "Sycamore Ct", "Birchwood Blvd", "Pine Hollow Rd"]
CLUBS = ["Downtown", "Westgate", "Riverside"]
PLANS = ["Basic", "Plus", "Premier", "Student"]
REL = ["spouse", "parent", "sibling", "friend", "partner"]
def phone():
    return "(%d%02d) %03d-%04d" % (rnd.randint(2, 9), rnd.randint(0, 99), rnd.randint(200, 999), rnd.randint(0, 9999))
def ean13():
    d = [2, 9] + [rnd.randint(0, 9) for _ in range(10)]
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)
members, checkins = [], []
seen = set()
for i in range(40):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    bc = ean13()
    while bc in seen: bc = ean13()
    seen.add(bc)
    ice = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY) if rnd.random() < .4 else f)
    members.append([bc, g, f, "%04d-%02d-%02d" % (rnd.randint(1950, 2006), rnd.randint(1, 12), rnd.randint(1, 28)),
                    rnd.choice("MF"), phone(), "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "outlook.com"])),
                    "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS)), "%05d" % rnd.choice([68102, 68104, 68105, 68106, 68114, 68116, 68131, 68132, 68144, 68154]),
                    rnd.choice(CLUBS), rnd.choice(PLANS), "%04d-%02d-%02d" % (rnd.randint(2019, 2025), rnd.randint(1, 12), rnd.randint(1, 28)),
                    ice, rnd.choice(REL), phone(), str(rnd.randint(48, 82)), rnd.choice(["Y", "N"])])
n = 1
for m in members:
    serial = "HRM-%08X" % rnd.getrandbits(32)
    for _ in range(rnd.randint(4, 16)):
        avg = rnd.randint(95, 160)
        t = rnd.choice(TRAINERS) if rnd.random() < .5 else None
        checkins.append([str(70000 + n), m[0], "2026-%02d-%02dT%02d:%02d:%02d" % (rnd.randint(1, 10), rnd.randint(1, 28), rnd.randint(5, 21), rnd.randint(0, 59), rnd.randint(0, 59)),
                         rnd.choice(CLUBS), str(avg), str(avg + rnd.randint(15, 40)), str(rnd.randint(180, 900)), serial,
                         "%s %s" % t if t else ""])
        n += 1
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
MH = ["member_barcode", "first_name", "last_name", "dob", "gender", "mobile", "email", "street", "zip", "home_club",
      "plan", "joined", "ice_contact", "ice_relation", "ice_phone", "resting_hr", "waiver_signed"]
CH = ["checkin_id", "barcode", "scanned_at", "club", "avg_hr", "max_hr", "kcal", "wearable_serial", "trainer"]
write("members", MH, members); write("checkins", CH, checkins)
lab = dict(zip(MH, ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING",
                    "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "DATE", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING"]))
clab = dict(zip(CH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                     "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NAME"]))
cols = {"members." + k: v for k, v in lab.items()}; cols.update({"checkins." + k: v for k, v in clab.items()})
gold = {"dataset": "gym-fitness", "description": "Invented gym-chain membership export: 40 members keyed by 13-digit EAN barcodes, emergency contacts (ice_contact, ice_phone), resting heart rate; %d check-ins with heart-rate numbers, wearable serials and trainer names" % len(checkins),
        "delimiter": ",", "entity": "members", "columns": cols,
        "foreignKeys": [{"column": "checkins.barcode", "references": "members.member_barcode"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

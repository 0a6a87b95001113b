#!/usr/bin/env python3
"""Writes cryptic-c9: an invented 10-row clinic extract whose headers are c1..c9, so that only the values give evidence
(seeded, stdlib only)."""
import csv, json, random, uuid
rnd = random.Random(60606)
GIVEN = ["Chidi", "Morwenna", "Tadhg", "Ffion", "Rhodri", "Eilidh", "Oluwatobi", "Siobhan", "Lachlan", "Iolanthe"]
FAMILY = ["Okonkwo", "Trevithick", "Ó Briain", "Pritchard", "Llewellyn", "MacAulay", "Adeyemi", "Fitzpatrick", "Drummond", "Ashcombe"]
POSTCODES = ["CF10 3NQ", "EH8 9YL", "BT9 7BL", "SA1 8EN", "IV2 3UJ", "TR1 3LJ", "LL57 2PW", "G12 8QQ", "NP20 4UR", "PL4 8AA"]
SNOMED = ["44054006", "38341003", "195967001", "13645005", "49436004", "35489007"]

def nhs():
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            t = "".join(map(str, d)) + str(c)
            return "%s %s %s" % (t[:3], t[3:6], t[6:])

rows = []
ages = [95, 34, 61, 92, 47, 78, 23, 88, 56, 101]
for i in range(10):
    g, f = GIVEN[i], FAMILY[i]
    age = ages[i]
    y, m, d = 2025 - age, rnd.randint(1, 12), rnd.randint(1, 28)
    rows.append([str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "%s, %s" % (f, g), "%04d-%02d-%02d" % (y, m, d), str(age), nhs(),
                 POSTCODES[i], "%d/%d" % (rnd.randint(105, 165), rnd.randint(60, 98)),
                 "%s.%s@%s" % (g.lower(), f.lower().replace(" ", "").replace("ó", "o"), rnd.choice(["nhs.example", "mail.example"])),
                 rnd.choice(SNOMED)])
H = ["c%d" % i for i in range(1, 10)]
with open("extract.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(H); w.writerows(rows)
labels = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE_OF_BIRTH", "AGE", "NATIONAL_ID", "ZIP_CODE", "NON_IDENTIFYING", "EMAIL_ADDRESS", "NON_IDENTIFYING"]
gold = {"dataset": "cryptic-c9", "description": "Invented 10-row clinic extract with headers c1..c9 and ';': UUID, 'Family, Given' "
        "names, ISO births, ages (three over 89), NHS numbers (mod 11 check digit, spaced 3-3-4), UK postcodes, blood pressure "
        "'systolic/diastolic', e-mail, SNOMED CT diagnosis codes; only the values give evidence",
        "delimiter": ";", "entity": "extract", "columns": {"extract." + h: l for h, l in zip(H, labels)}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes caps-wide: one invented 6-row, 25-column intake roster, ALL CAPS abbreviated headers (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(6025)
GIVEN = ["MARGARET", "DESHAWN", "PRIYA", "WALTER", "CONSUELO", "TREVOR", "LUCINDA", "BRYCE"]
FAMILY = ["HOLLOWAY", "OYELARAN", "RAMACHANDRAN", "KOWALSKI", "ESPINOZA", "McALLISTER", "FENWICK", "DUBOIS"]
CITIES = [("DES MOINES", "IA", "503"), ("CEDAR RAPIDS", "IA", "319"), ("OMAHA", "NE", "402"), ("SIOUX CITY", "IA", "712")]
STREETS = ["N OAK ST", "E GRAND AVE", "SW 9TH ST", "INGERSOLL AVE", "HICKMAN RD"]
EMPLOYERS = ["HY-VEE", "JOHN DEERE", "SELF", "UNEMPLOYED", "WELLS FARGO", "MERCY HOSP"]
rows = []
for i in range(6):
    g, f = GIVEN[i], FAMILY[i]
    city, st, ac = rnd.choice(CITIES)
    y = rnd.randint(1941, 2001)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    enc = (2026, rnd.randint(1, 11), rnd.randint(1, 28))
    age = enc[0] - y - ((enc[1], enc[2]) < (m, d))
    ph1 = "%s%07d" % (ac, rnd.randint(2000000, 9999999))
    ph2 = "%s-%03d-%04d" % (ac, rnd.randint(200, 999), rnd.randint(0, 9999)) if rnd.random() < .6 else ""
    note = rnd.choice(["PT STATES LIVES W/ DAUGHTER %s %s, CALL %s IF NO ANSWER" % (rnd.choice(GIVEN), f, ph2 or ph1),
                       "REFERRED BY DR %s; PREFERS AM APPTS" % rnd.choice(FAMILY),
                       "SPOUSE %s %s ACCOMPANIED PT" % (rnd.choice(GIVEN), f), "NKDA"])
    rows.append([str(i + 1), g, rnd.choice("ABCDEJKLMRST"), f, rnd.choice(["", "", "", "JR", "III"]),
                 "%02d/%02d/%04d" % (m, d, y), str(age), rnd.choice("MF"), "%04d" % rnd.randint(1, 9999),
                 "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), rnd.choice(["", "", "APT %d%s" % (rnd.randint(1, 4), rnd.choice("ABC")), "UNIT %d" % rnd.randint(1, 30)]),
                 city, st, "%05d" % rnd.randint(50001, 52809 if st == "IA" else 50001) if st == "IA" else "%05d" % rnd.randint(68001, 68199),
                 ph1, ph2, "%s%s%d@%s" % (g[0].lower(), f.lower(), rnd.randint(1, 99), rnd.choice(["AOL.COM", "GMAIL.COM", "MCHSI.COM"])),
                 rnd.choice(EMPLOYERS), "%03dXX%04d" % (rnd.randint(100, 999), rnd.randint(0, 9999)) if st == "IA" else "H%08d" % rnd.randint(0, 10 ** 8 - 1),
                 "%07d" % rnd.randint(1000000, 9999999), "W%09d" % rnd.randint(0, 10 ** 9 - 1), rnd.choice(["ENG", "ENG", "SPA", "VIE"]),
                 "%02d/%02d/%04d" % (enc[1], enc[2], enc[0]), "%.1f" % rnd.uniform(18.5, 39.0), note])
HEAD = ["REC_NO", "FNAME", "MI", "LNAME", "SFX", "DOB", "AGE", "SEX", "SSN4", "ADDR1", "ADDR2", "CITY", "ST", "ZIP5",
        "PH1", "PH2", "EML", "EMPLR", "DLN", "MRN", "INS_ID", "LANG", "ENC_DT", "BMI", "NOTES"]
LAB = ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "QUASI_IDENTIFIER", "FAMILY_NAME", "QUASI_IDENTIFIER", "DATE_OF_BIRTH",
       "AGE", "NON_IDENTIFYING", "SOCIAL_SECURITY_NUMBER", "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING",
       "ZIP_CODE", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "QUASI_IDENTIFIER", "CERTIFICATE_LICENSE_NUMBER",
       "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"]
with open("roster.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(HEAD); w.writerows(rows)
gold = {"dataset": "caps-wide", "description": "Invented 6-row, 25-column clinic intake roster, ALL CAPS abbreviated English headers (FNAME, LNAME, DOB, SSN4, ZIP5, PH1, EML, DLN, INS_ID), upper-case values, 10-digit unpunctuated phones, Iowa driver's licence numbers, notes naming relatives",
        "delimiter": ",", "entity": "roster", "columns": {"roster." + c: l for c, l in zip(HEAD, LAB)}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

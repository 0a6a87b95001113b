#!/usr/bin/env python3
"""Writes mds-nursing-home: an invented export of CMS Minimum Data Set 3.0 (item set 1.17/1.18) assessments of three
fictional Iowa nursing homes, with the MDS item codes as headers (A0500A first name ... Z0500B), as a facility's or a
state's MDS extract would hold them; seeded, stdlib only. assessments.csv: one row per assessment (record header items
STATE_CD, FAC_ID, RES_INT_ID; A0100A facility NPI with the Luhn check over 80840, A0100B CCN, A0100C state provider
number; A0310A-F reason codes; A0500A-D name; A0600A SSN 9 digits; A0600B Medicare Beneficiary Identifier; A0700
Medicaid number, 'N' or '+'; A0800 sex; A0900 birth date YYYYMMDD; A1000A-F race check boxes; A1100B preferred language;
A1300A medical record number; A1300B room; A1300C preferred name; A1300D lifetime occupation; dates YYYYMMDD; BIMS,
PHQ-9, G0110 ADL codes; I-section check boxes and I8000 ICD-10-CM codes; Z0500A the RN assessment coordinator).
corrections.csv: 12 correction requests (section X) with the attesting staff member's name."""
import csv, json, random, datetime
rnd = random.Random(33202)
GIVEN = ["Dorothy", "Betty", "Helen", "Margaret", "Lois", "Evelyn", "Marjorie", "Phyllis", "Arlene", "Delores",
         "LaVerne", "Mildred", "Irene", "Bernice", "Shirley", "Joan", "Donald", "Harold", "Eugene", "Wilbur",
         "Kenneth", "Clarence", "Merle", "Floyd", "Vernon", "Leroy", "Gerald", "Russell", "Elmer", "Lyle"]
FAMILY = ["Schroeder", "Meyer", "Wubbena", "Kluesner", "Hauser", "Thiessen", "Van Zee", "English", "German", "Kramer",
          "Oltrogge", "Hemmen", "Vos", "Boeckholt", "Ehlers", "Decker", "Frerichs", "Sackett", "Woods", "Ritz",
          "Nordstrom", "Gaul", "Bruns", "Mohr", "Lensing", "Pruess", "Kuhlmann", "Tiedemann", "Harms", "Ibsen",
          "Nguyen", "Ramirez", "Peterson", "Jensen", "Olson", "Larson"]
NICK = {"Dorothy": "Dot", "Margaret": "Peggy", "Mildred": "Millie", "Donald": "Don", "Harold": "Hal", "Kenneth": "Kenny",
        "Wilbur": "Bud", "Eugene": "Gene", "Leroy": "Roy", "Evelyn": "Evie", "Bernice": "Bunny", "Gerald": "Jerry"}
OCCUP = ["Farmer", "Homemaker", "Teacher", "Nurse", "Truck driver", "Secretary", "Factory worker", "Machinist",
         "Bookkeeper", "Farm wife", "Mail carrier", "Beautician", "Insurance agent", "Carpenter", "Banker", "Waitress"]
LANG = ["English"] * 40 + ["Spanish", "Spanish", "Vietnamese", "German"]
ICD = ["F03.90", "F03.91", "G30.9", "I10", "I50.9", "E11.9", "E11.22", "N18.3", "J44.9", "I48.91", "M81.0", "F32.9",
       "F41.9", "E78.5", "G20", "I63.9", "Z87.891", "R26.81", "N39.0", "E03.9", "M17.11", "D64.9", "K21.9", "S72.001D"]
FACS = [("IA", "IA00000417", "165412", "0123417", "Prairie View Care Center", 140),
        ("IA", "IA00000532", "165589", "0123532", "Riverside Lutheran Home", 110),
        ("IA", "IA00001108", "165733", "0124108", "Sunny Knoll Health & Rehab", 90)]
STAFF = {"IA00000417": ["Karen Mulder, RN", "Deb Hoksbergen, RN"], "IA00000532": ["Julie Frerichs, RN, RAC-CT"],
         "IA00001108": ["Tammy Sackett, RN", "Lisa Ver Steeg, RN"]}
MBI_A = "ACDEFGHJKMNPQRTUVWXY"; MBI_N = "0123456789"

def luhn_npi(body9):
    digits = [int(c) for c in "80840" + body9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body9 + str((10 - total % 10) % 10)

def mbi():
    c = rnd.choice; an = MBI_A + MBI_N
    return c("123456789") + c(MBI_A) + c(an) + c(MBI_N) + c(MBI_A) + c(an) + c(MBI_N) + c(MBI_A) + c(MBI_A) + c(MBI_N) + c(MBI_N)

def ssn():
    area = rnd.choice([a for a in range(1, 900) if a != 666])
    return "%03d%02d%04d" % (area, rnd.randint(1, 99), rnd.randint(1, 9999))

def ymd(d):
    return d.strftime("%Y%m%d") if d else ""

def day(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))

fac_npi = {f[1]: luhn_npi("1" + "".join(rnd.choice(MBI_N) for _ in range(8))) for f in FACS}
residents = []
ids = rnd.sample(range(200000, 999999), 320)
for k in range(320):
    fac = rnd.choices(FACS, [f[5] for f in FACS])[0]
    sex = rnd.choice("12")
    fn = rnd.choice(GIVEN[:16] if sex == "2" else GIVEN[15:])
    ln = rnd.choice(FAMILY)
    race = rnd.choices("ACDF", [2, 3, 3, 92])[0]
    entry = day(datetime.date(2021, 1, 1), datetime.date(2024, 9, 30))
    residents.append({"fac": fac, "id": str(ids[k]), "fn": fn, "ln": ln, "mi": rnd.choice("ABCDEFGJKLMRSW") if rnd.random() < 0.8 else "",
                      "sfx": "JR" if sex == "1" and rnd.random() < 0.05 else "", "ssn": ssn() if rnd.random() > 0.02 else "",
                      "mbi": mbi(), "mcd": rnd.choices(["N", "+", "%07d%s" % (rnd.randint(1000000, 9999999), rnd.choice("ABCDEFGHJ"))], [45, 5, 50])[0],
                      "sex": sex, "dob": day(datetime.date(1921, 1, 1), datetime.date(1958, 12, 31)), "race": race,
                      "lang": "Spanish" if race == "D" and rnd.random() < 0.6 else rnd.choice(LANG),
                      "marital": rnd.choice("12345"), "mrn": "%05d" % rnd.randint(1000, 99999),
                      "room": "%d%02d-%s" % (rnd.randint(1, 3), rnd.randint(1, 40), rnd.choice("AB")),
                      "pref": NICK.get(fn, fn) if rnd.random() < 0.85 else "", "occ": rnd.choice(OCCUP), "entry": entry,
                      "dx": rnd.sample(ICD, rnd.randint(2, 4)), "bims": rnd.randint(0, 15)})
rows = []
for r in residents:
    d = r["entry"]
    kinds = [("01", "01", "01")] + [("02", "99", "99")] * rnd.randint(0, 6)
    if rnd.random() < 0.5:
        kinds.insert(1, ("99", "01", "99"))
    if rnd.random() < 0.2:
        kinds.append(("99", "99", "10"))
    for n, (a, b, f) in enumerate(kinds):
        d = d + datetime.timedelta(days=(rnd.randint(3, 7) if n == 0 else rnd.randint(85, 95)))
        if d > datetime.date(2024, 12, 31):
            break
        disc = f in ("10", "11")
        fac = r["fac"]
        bims = max(0, min(15, r["bims"] + rnd.randint(-2, 1)))
        row = {"STATE_CD": fac[0], "FAC_ID": fac[1], "RES_INT_ID": r["id"], "A0050": "1", "A0100A": fac_npi[fac[1]],
               "A0100B": fac[2], "A0100C": fac[3], "A0200": "1", "A0310A": a, "A0310B": b, "A0310E": "1" if n == 0 else "0",
               "A0310F": "01" if n == 0 else f, "A0410": "3", "A0500A": r["fn"].upper(), "A0500B": r["mi"],
               "A0500C": r["ln"].upper(), "A0500D": r["sfx"], "A0600A": r["ssn"], "A0600B": r["mbi"], "A0700": r["mcd"],
               "A0800": r["sex"], "A0900": ymd(r["dob"])}
        for c, v in zip("ABCDEF", "ABCDEF"):
            row["A1000" + c] = "1" if r["race"] == v else "0"
        row.update({"A1100A": "1" if r["lang"] != "English" else "0", "A1100B": r["lang"], "A1200": r["marital"],
                    "A1300A": r["mrn"], "A1300B": r["room"], "A1300C": r["pref"], "A1300D": r["occ"],
                    "A1500": rnd.choice("00001"), "A1600": ymd(r["entry"]), "A1700": "1",
                    "A1800": rnd.choice(["01", "02", "03", "99"]), "A2000": ymd(d) if disc else "",
                    "A2100": rnd.choice(["01", "03", "04", "08"]) if disc else "", "A2300": ymd(d),
                    "B0100": "0", "C0500": "%02d" % bims if rnd.random() > 0.05 else "99",
                    "D0300": "%02d" % rnd.randint(0, 14) if rnd.random() > 0.05 else "99"})
        for g in ("A", "B", "H"):
            row["G0110%s1" % g] = rnd.choice("0123447")
            row["G0110%s2" % g] = rnd.choice("01238")
        for code, icd in (("I0200", "D64.9"), ("I2900", "E11"), ("I4500", "I63.9"), ("I4800", "F03"), ("I5700", "F41.9")):
            row[code] = "1" if any(x.startswith(icd) for x in r["dx"]) else "0"
        for j, c in enumerate("ABCD"):
            row["I8000" + c] = r["dx"][j] if j < len(r["dx"]) else ""
        row.update({"J1800": rnd.choice("0001"), "K0200A": str(rnd.randint(58, 74)), "K0200B": str(rnd.randint(95, 230)),
                    "Z0500A": rnd.choice(STAFF[fac[1]]), "Z0500B": ymd(d + datetime.timedelta(days=rnd.randint(0, 13)))})
        rows.append(row)
rnd.shuffle(rows)
rows.sort(key=lambda x: x["A2300"])
corr = []
for r in rnd.sample(rows, 12):
    s = rnd.choice(STAFF[r["FAC_ID"]]).split(", ")[0].split(" ", 1)
    corr.append({"X0100": rnd.choice("223"), "X0150": "1", "X0200A": r["A0500A"], "X0200C": r["A0500C"], "X0300": r["A0800"],
                 "X0400": r["A0900"], "X0500": r["A0600A"], "X0600A": r["A0310A"], "X0700A": r["A2300"], "X0800": "01",
                 "X0900A": rnd.choice("01"), "X0900B": rnd.choice("01"), "X0900Z": "0", "X1100A": s[0].upper(),
                 "X1100B": s[1].upper(), "X1100C": "RN ASSESSMENT COORDINATOR",
                 "X1100E": ymd(datetime.datetime.strptime(r["A2300"], "%Y%m%d").date() + datetime.timedelta(days=rnd.randint(20, 60)))})

def write(name, rs):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rs[0].keys()), lineterminator="\n")
        w.writeheader(); w.writerows(rs)

write("assessments", rows); write("corrections", corr)
A = {"RES_INT_ID": "OTHER_UNIQUE_IDENTIFIER", "A0500A": "GIVEN_NAME", "A0500B": "NAME", "A0500C": "FAMILY_NAME",
     "A0500D": "QUASI_IDENTIFIER", "A0600A": "SOCIAL_SECURITY_NUMBER", "A0600B": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "A0700": "HEALTH_PLAN_BENEFICIARY_NUMBER", "A0900": "DATE_OF_BIRTH", "A1300A": "MEDICAL_RECORD_NUMBER",
     "A1300C": "GIVEN_NAME", "A1600": "DATE", "A2000": "DATE", "A2300": "DATE", "Z0500A": "NAME", "Z0500B": "DATE"}
X = {"X0200A": "GIVEN_NAME", "X0200C": "FAMILY_NAME", "X0400": "DATE_OF_BIRTH", "X0500": "SOCIAL_SECURITY_NUMBER",
     "X0700A": "DATE", "X1100A": "NAME", "X1100B": "NAME", "X1100E": "DATE"}
cols = {"assessments." + c: A.get(c, "NON_IDENTIFYING") for c in rows[0]}
cols.update({"corrections." + c: X.get(c, "NON_IDENTIFYING") for c in corr[0]})
gold = {"dataset": "mds-nursing-home",
        "description": "Invented CMS MDS 3.0 assessment export of three fictional Iowa nursing homes, item codes as headers, ',', dates YYYYMMDD: %d assessments of %d residents (RES_INT_ID, facility NPI/CCN/state number, A0310 reason codes, A0500A-D names upper-case with middle initial, A0600A SSN 9 digits, A0600B MBI, A0700 Medicaid number or N/+, A0900 birth dates 1921-1958, race check boxes, preferred language, A1300A MRN 5 digits, A1300B room '214-A', A1300C preferred name 'Peggy', A1300D occupation, BIMS, PHQ, G0110 ADL codes, I-section check boxes, I8000A-D ICD-10-CM, height/weight, Z0500A RN coordinator 'Karen Mulder, RN'), 12 section-X correction requests (resident name, sex, birth date, SSN, ARD, attesting staff first/last name). Coincidences: surnames English and German beside the languages English and German (A1100B)" % (len(rows), len(residents)),
        "delimiter": ",", "entity": "assessments", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

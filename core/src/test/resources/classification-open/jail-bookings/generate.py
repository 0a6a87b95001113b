#!/usr/bin/env python3
"""Writes jail-bookings: an invented US county sheriff's inmate roster export, ',' separated (seeded, stdlib only).
bookings 500 (BOOKING_NO T + year + 6 digits, SO_NUMBER person number repeated on re-bookings, LAST/FIRST/MIDDLE,
DOB MM/DD/YYYY, AGE_AT_BOOKING incl. 90-96, SEX, RACE, HEIGHT 5'11", WEIGHT, NCIC HAIR/EYES codes, BOOKING_DATE and
RELEASE_DATE 'MM/DD/YYYY HH:MM', HOUSING, ARRESTING_AGENCY code, ARRESTING_OFFICER badge numbers), charges 1100
(BOOKING_NO FK, sequence, STATUTE 'ARS 13-1203A1', DESCRIPTION, class, BOND_AMT, BOND_TYPE, COURT_CASE_NO, disposition),
agencies 12 (code, name, ORI). Surnames CHANDLER/MESA/GILBERT/TEMPE equal agency towns."""
import csv, json, random, datetime
rnd = random.Random(230603)
GIVEN = ["JOSHUA", "MICHAEL", "CHRISTOPHER", "BRANDON", "TYLER", "ANTHONY", "JUSTIN", "DANIEL", "JOSE", "LUIS", "MARCUS",
         "DEANDRE", "ASHLEY", "JESSICA", "AMANDA", "BRITTANY", "MARIA", "CRYSTAL", "TIFFANY", "DESTINY", "RAYMOND",
         "HAROLD", "EARL", "WALTER", "DOROTHY", "GILBERT", "CHANDLER", "TRAVIS", "CODY", "KAYLA"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ",
          "RODRIGUEZ", "NAVARRO", "BEGAY", "YAZZIE", "TSOSIE", "NGUYEN", "WASHINGTON", "JACKSON", "THOMPSON", "WHITE",
          "CHANDLER", "MESA", "GILBERT", "TEMPE", "MCCARTHY", "O'NEAL", "DE LEON", "ST. JOHN", "VALENZUELA", "BROWNING"]
MIDDLE = ["", "", "A", "J", "L", "M", "R", "LEE", "JAMES", "MARIE", "ANN", "RAY", "ALLEN", "LYNN"]
AGENCIES = [("PPD", "PHOENIX POLICE DEPARTMENT", "AZ0072300"), ("MPD", "MESA POLICE DEPARTMENT", "AZ0070500"),
            ("CPD", "CHANDLER POLICE DEPARTMENT", "AZ0070100"), ("GPD", "GILBERT POLICE DEPARTMENT", "AZ0071900"),
            ("TPD", "TEMPE POLICE DEPARTMENT", "AZ0071100"), ("MCSO", "MARICOPA COUNTY SHERIFF'S OFFICE", "AZ0070000"),
            ("DPS", "ARIZONA DEPARTMENT OF PUBLIC SAFETY", "AZ0079900"), ("GLPD", "GLENDALE POLICE DEPARTMENT", "AZ0070300"),
            ("SPD", "SCOTTSDALE POLICE DEPARTMENT", "AZ0070900"), ("ASUPD", "ASU POLICE DEPARTMENT", "AZ0071500"),
            ("PEPD", "PEORIA POLICE DEPARTMENT", "AZ0072100"), ("USM", "US MARSHALS SERVICE", "AZUSM0000")]
STATUTES = [("ARS 13-1203A1", "ASSAULT-INTENT/RECKLESS/INJURE", "M1"), ("ARS 13-1204A2", "AGG ASSAULT-DEADLY WPN/DANG INST", "F3"),
            ("ARS 28-1381A1", "DUI-IMPAIRED TO SLIGHTEST DEGREE", "M1"), ("ARS 28-1381A2", "DUI-BAC OF .08 OR MORE", "M1"),
            ("ARS 28-1383A1", "AGG DUI-LIC SUSP/REV FOR DUI", "F4"), ("ARS 13-3405A1", "MARIJUANA-POSSESS/USE", "F6"),
            ("ARS 13-3407A1", "DANG DRUG-POSSESS/USE", "F4"), ("ARS 13-3415A", "DRUG PARAPHERNALIA-POSSESS/USE", "F6"),
            ("ARS 13-1805A1", "SHOPLIFTING-REMOVAL OF GOODS", "M1"), ("ARS 13-1506A1", "BURGLARY 3RD DEGREE", "F4"),
            ("ARS 13-2907.01A", "FALSE REPORT TO LAW ENFORCEMENT", "M1"), ("ARS 13-3601A", "DOMESTIC VIOLENCE", "M1"),
            ("ARS 13-2508A1", "RESISTING ARREST-PHYSICAL FORCE", "F6"), ("ARS 13-1802A1", "THEFT-CONTROL PROPERTY", "F3"),
            ("ARS 13-3102A4", "MISCONDUCT INVOLVING WEAPONS-PROHIBITED POSS", "F4"), ("ARS 13-2810A2", "INTERFERE W/JUDICIAL PROCEEDINGS", "M1"),
            ("ARS 13-1502A1", "CRIMINAL TRESPASS 3RD DEG", "M3"), ("ARS 13-1602A1", "CRIMINAL DAMAGE-DEFACE/DAMAGE PROP", "M2"),
            ("ARS 13-3883", "WARRANT-FAILURE TO APPEAR", "M1"), ("ARS 31-412", "PROBATION VIOLATION", "F6")]
BOND_TYPES = ["CASH ONLY", "SECURED", "UNSECURED", "OR", "NO BOND", "CASH/SURETY", "PURGE"]
people = []
used_so = set()
for i in range(380):
    while True:
        so = "P%07d" % rnd.randint(1000000, 9999999)
        if so not in used_so:
            used_so.add(so); break
    old = i < 6
    by = rnd.randint(1928, 1935) if old else rnd.randint(1955, 2007)
    dob = datetime.date(by, rnd.randint(1, 12), rnd.randint(1, 28))
    sex = "F" if rnd.random() < 0.22 else "M"
    first = rnd.choice(GIVEN[12:20] + ["DOROTHY"] if sex == "F" else GIVEN[:12] + GIVEN[20:24] + GIVEN[25:29])
    people.append((so, rnd.choice(FAMILY), first, rnd.choice(MIDDLE), dob, sex, rnd.choice("WWWWHHHBBIAU"),
                   "%d'%d\"" % (rnd.choice([5, 5, 5, 6]), rnd.randint(0, 11)), str(rnd.randint(110, 290)),
                   rnd.choice(["BRO", "BLK", "BLN", "GRY", "RED", "BAL", "SDY", "WHI"]), rnd.choice(["BRO", "BLU", "GRN", "HAZ", "BLK", "GRY"])))
bookings = []
seq = {}
for i in range(500):
    p = people[i] if i < len(people) else rnd.choice(people)
    bd = datetime.datetime(2024, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 365 * 24 * 60 + 300 * 24 * 60))
    seq[bd.year] = seq.get(bd.year, 0) + 1
    bno = "T%d%06d" % (bd.year, rnd.randint(1, 999999))
    age = bd.year - p[4].year - ((bd.month, bd.day) < (p[4].month, p[4].day))
    rel = "" if rnd.random() < 0.2 else (bd + datetime.timedelta(hours=rnd.randint(3, 24 * 90))).strftime("%m/%d/%Y %H:%M")
    ag = rnd.choice(AGENCIES)
    badge = {"PPD": "%05d", "MPD": "%04d", "CPD": "%03d", "GPD": "%03d", "TPD": "%04d", "MCSO": "S%04d", "DPS": "%04d",
             "GLPD": "%04d", "SPD": "%04d", "ASUPD": "%03d", "PEPD": "%03d", "USM": "DUSM%03d"}[ag[0]] % rnd.randint(1, 400 if ag[0] != "PPD" else 600)
    bookings.append([bno, p[0], p[1], p[2], p[3], p[4].strftime("%m/%d/%Y"), str(age), p[5], p[6], p[7], p[8], p[9], p[10],
                     bd.strftime("%m/%d/%Y %H:%M"), rel, rnd.choice(["LBJ 4A-%02d", "4TH AVE 2B-%02d", "ESTRELLA %02d", "TOWERS 3C-%02d", "INTAKE %02d"]) % rnd.randint(1, 48),
                     ag[0], "%s #%s" % (ag[0], badge) if rnd.random() < 0.5 else badge])
H1 = ["BOOKING_NO", "SO_NUMBER", "LAST_NAME", "FIRST_NAME", "MIDDLE", "DOB", "AGE_AT_BOOKING", "SEX", "RACE", "HEIGHT", "WEIGHT",
      "HAIR", "EYES", "BOOKING_DATE", "RELEASE_DATE", "HOUSING", "ARRESTING_AGENCY", "ARRESTING_OFFICER"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "NAME", "DATE_OF_BIRTH", "AGE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
      "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
charges = []
for b in bookings:
    for k in range(rnd.choice([1, 1, 2, 2, 2, 3, 4])):
        st = rnd.choice(STATUTES)
        bt = rnd.choice(BOND_TYPES)
        amt = "0" if bt in ("OR", "NO BOND") else str(rnd.choice([300, 500, 1000, 1500, 2500, 5000, 10000, 25000, 50000, 100000]))
        yr = b[13][6:10]
        court = rnd.choice(["CR%s-%06d-001" % (yr, rnd.randint(100000, 199999)), "JC%s-%06d" % (yr[2:], rnd.randint(1, 199999)),
                            "M-0741-CR-%s%06d" % (yr, rnd.randint(1, 999999)), ""])
        charges.append([b[0], str(k + 1), st[0], st[1], st[2], amt, bt, court, rnd.choice(["PENDING", "PENDING", "DISMISSED", "SENTENCED", "BONDED OUT", "TIME SERVED"])])
H2 = ["BOOKING_NO", "CHARGE_SEQ", "STATUTE", "DESCRIPTION", "CHARGE_CLASS", "BOND_AMT", "BOND_TYPE", "COURT_CASE_NO", "DISPOSITION"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"]
H3 = ["AGENCY_CODE", "AGENCY_NAME", "ORI"]
L3 = ["NON_IDENTIFYING"] * 3
for name, head, data in (("bookings", H1, bookings), ("charges", H2, charges), ("agencies", H3, [list(a) for a in AGENCIES])):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"bookings." + h: l for h, l in zip(H1, L1)}
cols.update({"charges." + h: l for h, l in zip(H2, L2)})
cols.update({"agencies." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "jail-bookings",
        "description": "Invented US county sheriff inmate roster, ',', MM/DD/YYYY: bookings 500 (BOOKING_NO T2024nnnnnn, SO_NUMBER person number repeated on re-bookings, LAST_NAME/FIRST_NAME/MIDDLE incl. CHANDLER/MESA/GILBERT/TEMPE equal to agency towns, DOB back to 1928, AGE_AT_BOOKING incl. 90-96, SEX, RACE, HEIGHT 5'11\", WEIGHT, NCIC HAIR/EYES, BOOKING_DATE/RELEASE_DATE 'MM/DD/YYYY HH:MM', HOUSING, ARRESTING_AGENCY code, ARRESTING_OFFICER badge 'PPD #01234' or bare), charges %d (BOOKING_NO FK, CHARGE_SEQ, STATUTE 'ARS 13-1203A1', DESCRIPTION, class, BOND_AMT, BOND_TYPE, COURT_CASE_NO 'CR2024-123456-001', DISPOSITION), agencies 12 (code, name, ORI)" % len(charges),
        "delimiter": ",", "entity": "bookings", "columns": cols,
        "foreignKeys": [{"column": "charges.BOOKING_NO", "references": "bookings.BOOKING_NO"},
                        {"column": "bookings.ARRESTING_AGENCY", "references": "agencies.AGENCY_CODE"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

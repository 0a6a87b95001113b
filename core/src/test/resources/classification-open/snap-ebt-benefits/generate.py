#!/usr/bin/env python3
"""Writes snap-ebt-benefits: an invented extract of a FICTIONAL state (Pennsylvania-like) SNAP/WIC eligibility system,
'|' separated, mainframe-style upper-case headers, dates YYYYMMDD (benefit month YYYYMM), amounts with a decimal
point; seeded, stdlib only. county_offices: 24 county assistance offices (OFFICE_CD '051', county name and FIPS,
district, manager, phone). cases: 1,150 households (CASE_NO 10 digits, program, office FK, application and
certification dates, recertification due, household size, head of household's name, residence address, city, ZIP,
phone, EBT card number 19 digits with the state's BIN 600760 and a Luhn check digit, authorized representative name,
relation and phone, gross income, shelter cost, expedited flag, status). members: 3,259 household members (CASE_NO FK,
member number, client id, SSN '###-##-####' with some empty, name, DOB MM/DD/YYYY, age, sex, relation code, citizenship,
ABAWD flag, WIC category). issuances: 3,377 monthly benefit issuances (ISSUANCE_ID, CASE_NO FK, benefit month, issue
date, program, allotment amount, issuance type, the EBT card number it was posted to). Deliberate coincidences: the
county Lancaster beside the surname Lancaster, the district 'Jefferson' beside the given name Jefferson, the
authorized-representative relation 'Friend' and the office 'Washington CAO' beside the surname Washington."""
import csv, json, random, datetime
rnd = random.Random(630202)
GIVEN = ["Tyrone", "Keisha", "Angel", "Maria", "Jose", "Ashley", "Brandon", "Crystal", "Dylan", "Heather", "Jefferson",
         "Latoya", "Luis", "Nicole", "Shawn", "Tiffany", "Carlos", "Yesenia", "Dustin", "Amber", "Jamal", "Rosa",
         "Kevin", "Samantha", "Terrell", "Destiny", "Hector", "Brittany", "Devon", "Marisol"]
FAMILY = ["Washington", "Lancaster", "Rivera", "Santiago", "Kowalski", "Brown", "Williams", "Johnson", "Torres",
          "Reyes", "Smith", "Miller", "Davis", "Colon", "Baker", "Hess", "Yoder", "Nguyen", "Jackson", "Morales",
          "Schaeffer", "Gallagher", "O'Neill", "Pagan", "Ortiz", "Burke", "Snyder", "Diaz", "Fisher", "Green"]
OFFICES = [("051", "Philadelphia", "42101", "Ridge"), ("052", "Philadelphia", "42101", "Boulevard"),
           ("053", "Philadelphia", "42101", "Jefferson"), ("002", "Allegheny", "42003", "Alle-Kiski"),
           ("003", "Allegheny", "42003", "Liberty"), ("036", "Lancaster", "42071", "Lancaster"),
           ("022", "Dauphin", "42043", "Harrisburg"), ("039", "Lehigh", "42077", "Allentown"),
           ("035", "Lackawanna", "42069", "Scranton"), ("025", "Erie", "42049", "Erie"),
           ("063", "Washington", "42125", "Washington"), ("067", "York", "42133", "York"),
           ("006", "Berks", "42011", "Reading"), ("046", "Montgomery", "42091", "Norristown"),
           ("009", "Bucks", "42017", "Bensalem"), ("023", "Delaware", "42045", "Chester"),
           ("040", "Luzerne", "42079", "Wilkes-Barre"), ("048", "Northampton", "42095", "Easton"),
           ("015", "Chester", "42029", "Coatesville"), ("028", "Franklin", "42055", "Chambersburg"),
           ("011", "Cambria", "42021", "Johnstown"), ("014", "Centre", "42027", "Bellefonte"),
           ("007", "Blair", "42013", "Altoona"), ("065", "Westmoreland", "42129", "Greensburg")]
CITY = {"Philadelphia": ("Philadelphia", "191", "215"), "Allegheny": ("Pittsburgh", "152", "412"), "Lancaster": ("Lancaster", "176", "717"),
        "Dauphin": ("Harrisburg", "171", "717"), "Lehigh": ("Allentown", "181", "610"), "Lackawanna": ("Scranton", "185", "570"),
        "Erie": ("Erie", "165", "814"), "Washington": ("Washington", "153", "724"), "York": ("York", "174", "717"),
        "Berks": ("Reading", "196", "610"), "Montgomery": ("Norristown", "194", "610"), "Bucks": ("Bensalem", "190", "215"),
        "Delaware": ("Chester", "190", "610"), "Luzerne": ("Wilkes-Barre", "187", "570"), "Northampton": ("Easton", "180", "610"),
        "Chester": ("Coatesville", "193", "610"), "Franklin": ("Chambersburg", "172", "717"), "Cambria": ("Johnstown", "159", "814"),
        "Centre": ("State College", "168", "814"), "Blair": ("Altoona", "166", "814"), "Westmoreland": ("Greensburg", "156", "724")}
STREETS = ["N 5th St", "Germantown Ave", "Penn Ave", "S Queen St", "Market St", "Hamilton St", "Liberty Ave", "Walnut St",
           "W Chestnut St", "Lehigh Ave", "Frankford Ave", "Broad St", "Ridge Ave", "State St", "Union Blvd"]
def ymd(t): return t.strftime("%Y%m%d")
def luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return str((10 - tot % 10) % 10)
def phone(a): return "%s%03d%04d" % (a, rnd.randint(201, 989), rnd.randint(0, 9999)) if rnd.random() < 0.5 else "(%s) %03d-%04d" % (a, rnd.randint(201, 989), rnd.randint(0, 9999))
offices = []
for o in OFFICES:
    offices.append([o[0], "%s CAO" % o[1], o[1], o[2], o[3], "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                    "(%s) %03d-%04d" % (CITY[o[1]][2], rnd.randint(201, 989), rnd.randint(0, 9999))])
cases = []; members = []; issu = []; used = set(); cards = set(); ssns = set(); cid = 31000000
base = datetime.date(2022, 1, 1)
for i in range(1150):
    while True:
        cn = "%d" % rnd.randint(1000000000, 9999999999)
        if cn not in used: break
    used.add(cn)
    o = rnd.choice(offices); cty = CITY[o[2]]
    prog = rnd.choice(["SNAP", "SNAP", "SNAP", "WIC", "SNAP/WIC"])
    app = base + datetime.timedelta(days=rnd.randint(0, 900))
    cb = app + datetime.timedelta(days=rnd.randint(5, 30))
    ce = cb + datetime.timedelta(days=rnd.choice([182, 365, 730]))
    size = rnd.choice([1, 1, 1, 2, 2, 3, 3, 4, 5, 6])
    hf, hl = rnd.choice(GIVEN), rnd.choice(FAMILY)
    while True:
        body = "600760" + "".join(str(rnd.randint(0, 9)) for _ in range(12))
        card = body + luhn(body)
        if card not in cards: break
    cards.add(card)
    ar = rnd.random() < 0.18
    inc = rnd.choice([0, 0] + [rnd.randint(300, 3800) for _ in range(5)])
    cases.append([cn, prog, o[0], ymd(app), ymd(cb), ymd(ce), ymd(ce - datetime.timedelta(days=45)), str(size),
                  hl.upper(), hf.upper(), "%d %s%s" % (rnd.randint(1, 6999), rnd.choice(STREETS).upper(), rnd.choice(["", "", "", " APT 2", " APT 3B", " FL 1"])),
                  cty[0].upper(), "%s%02d" % (cty[1], rnd.randint(1, 99)), phone(cty[2]) if rnd.random() < 0.9 else "", card,
                  "%s %s" % (rnd.choice(GIVEN).upper(), rnd.choice(FAMILY).upper()) if ar else "",
                  rnd.choice(["PARENT", "FRIEND", "NEIGHBOR", "SIBLING", "CASE MANAGER"]) if ar else "",
                  phone(cty[2]) if ar else "", "%.2f" % inc, "%.2f" % rnd.choice([0, 450, 625, 780, 912.5, 1150, 1375]),
                  rnd.choice(["Y", "N", "N", "N"]), rnd.choice(["ACTIVE", "ACTIVE", "ACTIVE", "CLOSED", "PENDING RECERT"])])
    for m in range(size):
        cid += rnd.randint(1, 99)
        if m == 0: f, l, rel, dob = hf, hl, "01", datetime.date(rnd.randint(1931, 2003), rnd.randint(1, 12), rnd.randint(1, 28))
        else:
            rel = rnd.choice(["02", "03", "03", "03", "04", "05"])
            f, l = rnd.choice(GIVEN), hl if rnd.random() < 0.8 else rnd.choice(FAMILY)
            dob = datetime.date(rnd.randint(2005, 2024) if rel == "03" else rnd.randint(1935, 2000), rnd.randint(1, 12), rnd.randint(1, 28))
        age = 2025 - dob.year
        ssn = ""
        if rnd.random() < 0.93:
            while True:
                ssn = "%03d-%02d-%04d" % (rnd.choice([rnd.randint(160, 211), rnd.randint(1, 665), rnd.randint(667, 899)]), rnd.randint(1, 99), rnd.randint(1, 9999))
                if ssn not in ssns: break
            ssns.add(ssn)
        wic = ""
        if "WIC" in prog:
            wic = "I" if age < 1 else "C" if age < 5 else rnd.choice(["P", "B", "N", ""]) if rel in ("01", "02") else ""
        members.append([cn, "%02d" % (m + 1), "%010d" % cid, ssn, f.upper(), rnd.choice("ABCDEJKLMRST") if rnd.random() < 0.5 else "",
                        l.upper(), dob.strftime("%m/%d/%Y"), str(age), rnd.choice(["F", "M"]), rel,
                        rnd.choice(["C", "C", "C", "Q", "N"]), "Y" if 18 <= age <= 54 and rnd.random() < 0.2 else "N", wic])
    mon = datetime.date(cb.year, cb.month, 1)
    for k in range(rnd.choice([1, 2, 3, 3, 4, 5])):
        if len(issu) >= 3900: break
        amt = max(23, rnd.choice([291, 535, 766, 973, 1155, 1386]) - int(inc * 0.3)) if "SNAP" in prog else rnd.choice([48.15, 67.20, 98.40])
        issu.append(["%d" % (880000000 + len(issu) * 7 + rnd.randint(0, 6)), cn, mon.strftime("%Y%m"),
                     ymd(mon + datetime.timedelta(days=rnd.randint(0, 9))), "WIC" if prog == "WIC" else "SNAP",
                     "%.2f" % amt, rnd.choice(["REGULAR", "REGULAR", "REGULAR", "SUPPLEMENT", "EXPUNGED", "REPLACEMENT"]), card])
        mon = (mon + datetime.timedelta(days=32)).replace(day=1)
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(head); w.writerows(rows)
OH = ["OFFICE_CD", "OFFICE_NM", "COUNTY_NM", "COUNTY_FIPS", "DISTRICT_NM", "EXEC_DIR_NM", "OFFICE_PHONE"]
CA = ["CASE_NO", "PGM_CD", "OFFICE_CD", "APPL_DT", "CERT_BEG_DT", "CERT_END_DT", "RECERT_DUE_DT", "HH_SIZE", "HOH_LAST_NM",
      "HOH_FIRST_NM", "RES_ADDR_LN1", "RES_CITY", "RES_ZIP", "PHONE_NO", "EBT_CARD_NO", "AUTH_REP_NM", "AUTH_REP_REL",
      "AUTH_REP_PHONE", "GROSS_INC_AMT", "SHELTER_AMT", "EXPEDITED_IND", "CASE_STATUS"]
ME = ["CASE_NO", "MBR_NO", "CLIENT_ID", "SSN", "FIRST_NM", "MID_INIT", "LAST_NM", "BIRTH_DT", "AGE", "SEX_CD", "REL_CD",
      "CTZN_CD", "ABAWD_IND", "WIC_CAT_CD"]
IS = ["ISSUANCE_ID", "CASE_NO", "BEN_MONTH", "ISSUE_DT", "PGM_CD", "ALLOT_AMT", "ISS_TYPE", "EBT_CARD_NO"]
write("county_offices", OH, offices); write("cases", CA, cases); write("members", ME, members); write("issuances", IS, issu)
L = {}
def lab(t, head, labels):
    for c, v in zip(head, labels): L[t + "." + c] = v
lab("county_offices", OH, ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING"])
lab("cases", CA, ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
                  "FAMILY_NAME", "GIVEN_NAME", "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "ACCOUNT_NUMBER", "NAME",
                  "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])
lab("members", ME, ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "SOCIAL_SECURITY_NUMBER", "GIVEN_NAME",
                    "QUASI_IDENTIFIER", "FAMILY_NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING"])
lab("issuances", IS, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                      "NON_IDENTIFYING", "ACCOUNT_NUMBER"])
gold = {"dataset": "snap-ebt-benefits",
        "description": "Invented extract of a fictional state (Pennsylvania-like) SNAP/WIC eligibility system, '|' separated, upper-case mainframe headers, YYYYMMDD dates, benefit month YYYYMM, birth dates MM/DD/YYYY, amounts with a decimal point: 24 county assistance offices (OFFICE_CD, office/county/district names, county FIPS, executive director, office phone), 1,150 cases (10-digit CASE_NO, program, office FK, application/certification/recertification dates, household size, head of household's name in capitals, residence address, city, ZIP, phone in two styles, EBT card number 19 digits BIN 600760 with a Luhn check digit, authorized representative name/relation/phone on 18%, gross income, shelter cost, expedited flag, status), 3,259 members (CASE_NO FK, member number, 10-digit client id, SSN on 93%, first name, middle initial, last name, DOB, age incl. some over 89, sex, relation, citizenship, ABAWD, WIC category), 3,377 issuances (ISSUANCE_ID, CASE_NO FK, BEN_MONTH YYYYMM, issue date, program, allotment, type, EBT card posted to). The office's own phone and county are NON_IDENTIFYING (a public office, not a person's); the executive director is NAME (staff convention); the middle initial QUASI_IDENTIFIER; the EBT card number ACCOUNT_NUMBER. Coincidences: county/district Lancaster and Washington beside the surnames Lancaster and Washington, district Jefferson beside the given name Jefferson.",
        "delimiter": "|", "entity": "cases", "columns": L,
        "foreignKeys": [{"column": "cases.OFFICE_CD", "references": "county_offices.OFFICE_CD"},
                        {"column": "members.CASE_NO", "references": "cases.CASE_NO"},
                        {"column": "issuances.CASE_NO", "references": "cases.CASE_NO"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

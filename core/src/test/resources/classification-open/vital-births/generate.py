#!/usr/bin/env python3
"""Writes vital-births: an invented US state birth-certificate extract (vital records), ',' separated, MM/DD/YYYY
(seeded, stdlib only). births 1200 (CERT_NO state file number 104-2024-012345, child's first/middle/last name, DOB,
TIME_OF_BIRTH HH:MM, SEX, BIRTH_WEIGHT_G, APGAR5, PLURALITY, GESTATION_WEEKS, delivery method, facility id and name,
mother's first/last/maiden name, MOTHER_DOB, MOTHER_AGE, MOTHER_SSN, residence address/city/county/ZIP/state, father's
names and age (empty when not named), attendant's name, NPI with Luhn check and title), facilities 14, attendants 40."""
import csv, json, random, datetime
rnd = random.Random(230604)
GIVEN = ["SOPHIA", "OLIVIA", "EMMA", "ISABELLA", "MIA", "SAVANNAH", "MADISON", "AUBREY", "GEORGIA", "MERCY", "LIAM",
         "NOAH", "MATEO", "ELIJAH", "JAMES", "SANTIAGO", "CHANDLER", "AUSTIN", "DALLAS", "HUNTER", "MARIA", "JESSICA",
         "ASHLEY", "STEPHANIE", "YESENIA", "NICOLE", "ANGELICA", "MICHAEL", "CHRISTOPHER", "JOSE", "DANIEL", "KYLE"]
FAMILY = ["GARCIA", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES",
          "BEGAY", "YAZZIE", "NGUYEN", "KIM", "PATEL", "MILLER", "DAVIS", "WILSON", "MESA", "CHANDLER", "BANNER",
          "MERCY", "ORTIZ", "RAMIREZ", "O'BRIEN", "DE LA ROSA", "VAN HOUTEN", "MACDONALD"]
GIRLS, BOYS, ADULT_F, ADULT_M = GIVEN[:10], GIVEN[10:20], GIVEN[20:27], GIVEN[27:]
FACILITIES = [("0301", "BANNER DESERT VALLEY MEDICAL CENTER", "HOSPITAL", "412", "III"), ("0302", "MERCY VALLEY MEDICAL CENTER", "HOSPITAL", "260", "II"),
              ("0303", "ST. LUKE'S OF THE DESERT", "HOSPITAL", "300", "III"), ("0304", "CHANDLER REGIONAL WOMEN'S HOSPITAL", "HOSPITAL", "188", "II"),
              ("0305", "MESA GENERAL HOSPITAL", "HOSPITAL", "220", "I"), ("0306", "VALLEY CHILDREN'S AND WOMEN'S CENTER", "HOSPITAL", "350", "IV"),
              ("0307", "SONORAN BIRTH CENTER", "FREESTANDING BIRTH CENTER", "6", "I"), ("0308", "TUBA CITY REGIONAL HEALTH CARE", "HOSPITAL", "73", "I"),
              ("0309", "YUMA REGIONAL MEDICAL CENTER", "HOSPITAL", "406", "III"), ("0310", "FLAGSTAFF MEDICAL CENTER", "HOSPITAL", "270", "II"),
              ("0311", "NORTHERN COCHISE COMMUNITY HOSPITAL", "HOSPITAL", "25", "I"), ("0312", "DESERT BLOOM MIDWIFERY", "FREESTANDING BIRTH CENTER", "4", "I"),
              ("0313", "HOME BIRTH", "RESIDENCE", "0", ""), ("0314", "EN ROUTE/OTHER", "OTHER", "0", "")]
PLACES = [("PHOENIX", "MARICOPA", ["85006", "85008", "85017", "85031", "85033", "85041"]), ("MESA", "MARICOPA", ["85201", "85204", "85210"]),
          ("CHANDLER", "MARICOPA", ["85224", "85225", "85286"]), ("TUCSON", "PIMA", ["85705", "85711", "85713", "85746"]),
          ("YUMA", "YUMA", ["85364", "85365"]), ("FLAGSTAFF", "COCONINO", ["86001", "86004"]), ("TUBA CITY", "COCONINO", ["86045"]),
          ("WILLCOX", "COCHISE", ["85643"]), ("GREER", "APACHE", ["85927"]), ("SUPAI", "COCONINO", ["86435"]),
          ("AJO", "PIMA", ["85321"]), ("QUARTZSITE", "LA PAZ", ["85346"])]
STREETS = ["W MCDOWELL RD", "E VAN BUREN ST", "S 16TH ST", "N 35TH AVE", "E BROADWAY RD", "W ALAMEDA ST", "S 4TH AVE",
           "E ROUTE 66", "N MAIN ST", "W MERCY LN", "E BANNER GATEWAY DR"]

def luhn_npi(base9):
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base9 + str((10 - total % 10) % 10)

def ssn():
    while True:
        a = rnd.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))

attendants, used = [], set()
for i in range(40):
    while True:
        npi = luhn_npi(str(rnd.choice([1, 2])) + "%08d" % rnd.randint(0, 99999999))
        if npi not in used:
            used.add(npi); break
    title = rnd.choice(["MD", "MD", "MD", "DO", "CNM", "CNM", "CPM"])
    attendants.append([npi, "%s %s %s, %s" % (rnd.choice(GIVEN[20:] + ["ROBERT", "ELAINE", "PRIYA", "HYUN"]), rnd.choice("ABCDEJKLMRST"), rnd.choice(FAMILY), title), title,
                       rnd.choice(FACILITIES[:12])[0]])
births, seqno = [], 0
for i in range(1200):
    dob = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365))
    seqno += rnd.randint(1, 60)
    cert = "104-%d-%06d" % (dob.year, seqno)
    sex = rnd.choice("MF")
    fam = rnd.choice(FAMILY)
    married = rnd.random() < 0.6
    maiden = rnd.choice(FAMILY) if married else fam
    mlast = fam if married or rnd.random() < 0.7 else rnd.choice(FAMILY)
    mage = rnd.randint(15, 46)
    mdob = datetime.date(dob.year - mage, rnd.randint(1, 12), rnd.randint(1, 28))
    mage = dob.year - mdob.year - ((dob.month, dob.day) < (mdob.month, mdob.day))
    city, county, zips = rnd.choice(PLACES)
    fac = rnd.choice(FACILITIES[:12] * 8 + FACILITIES[12:])
    att = rnd.choice([a for a in attendants if a[3] == fac[0]] or attendants)
    if fac[0] == "0313" and rnd.random() < 0.5:
        att = [""] * 4
    plural = "1" if rnd.random() < 0.97 else rnd.choice(["2", "2", "3"])
    gw = rnd.choice([39, 39, 40, 38, 41, 37, 36, 34, 32, 28, 24]) if plural == "1" else rnd.randint(28, 36)
    wt = max(450, int(3400 - (40 - gw) * 180 + rnd.gauss(0, 380)))
    father = ("", "", "") if rnd.random() < 0.18 else (rnd.choice(ADULT_M + ["ROBERT", "LUIS", "ANDRES", "DESHAWN"]), fam if married else rnd.choice(FAMILY), str(mage + rnd.randint(-3, 12)))
    births.append([cert, rnd.choice(GIRLS if sex == "F" else BOYS), rnd.choice(["", "ROSE", "GRACE", "JAMES", "ALEXANDER", "SOFIA", "LEE"]), fam,
                   dob.strftime("%m/%d/%Y"), "%02d:%02d" % (rnd.randint(0, 23), rnd.randint(0, 59)), sex, str(wt), str(rnd.choice([9, 9, 9, 8, 8, 7, 10, 6, 4])),
                   plural, str(gw), rnd.choice(["VAGINAL/SPONTANEOUS", "VAGINAL/SPONTANEOUS", "PRIMARY C-SECTION", "REPEAT C-SECTION", "VAGINAL/VACUUM", "VBAC"]),
                   fac[0], fac[1], rnd.choice(ADULT_F + GIRLS[5:]), mlast, maiden, mdob.strftime("%m/%d/%Y"), str(mage), ssn(),
                   "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)) + (" APT %d" % rnd.randint(1, 300) if rnd.random() < 0.3 else ""),
                   city, county, rnd.choice(zips), "AZ", father[0], father[1], father[2], att[1], att[0], att[2]])
H1 = ["CERT_NO", "CHILD_FIRST", "CHILD_MIDDLE", "CHILD_LAST", "DOB", "TIME_OF_BIRTH", "SEX", "BIRTH_WEIGHT_G", "APGAR5", "PLURALITY",
      "GESTATION_WEEKS", "DELIVERY_METHOD", "FACILITY_ID", "FACILITY_NAME", "MOTHER_FIRST", "MOTHER_LAST", "MOTHER_MAIDEN", "MOTHER_DOB",
      "MOTHER_AGE", "MOTHER_SSN", "MOTHER_RES_ADDR", "MOTHER_RES_CITY", "MOTHER_RES_COUNTY", "MOTHER_RES_ZIP", "MOTHER_RES_STATE",
      "FATHER_FIRST", "FATHER_LAST", "FATHER_AGE", "ATTENDANT_NAME", "ATTENDANT_NPI", "ATTENDANT_TITLE"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "GIVEN_NAME",
      "FAMILY_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "AGE", "SOCIAL_SECURITY_NUMBER", "STREET_ADDRESS", "CITY", "COUNTY", "ZIP_CODE",
      "NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME", "AGE", "NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING"]
H2 = ["FACILITY_ID", "FACILITY_NAME", "FACILITY_TYPE", "BEDS", "NICU_LEVEL"]
L2 = ["NON_IDENTIFYING"] * 5
H3 = ["NPI", "ATTENDANT_NAME", "TITLE", "PRIMARY_FACILITY_ID"]
L3 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, data in (("births", H1, births), ("facilities", H2, [list(f) for f in FACILITIES]), ("attendants", H3, attendants)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"births." + h: l for h, l in zip(H1, L1)}
cols.update({"facilities." + h: l for h, l in zip(H2, L2)})
cols.update({"attendants." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "vital-births",
        "description": "Invented US state birth-certificate extract (Arizona-like), ',', MM/DD/YYYY, UPPER CASE: births 1200 (CERT_NO state file number 104-2024-nnnnnn, CHILD_FIRST/MIDDLE/LAST incl. CHANDLER/MADISON/SAVANNAH/MERCY, DOB, TIME_OF_BIRTH HH:MM, SEX, BIRTH_WEIGHT_G, APGAR5, PLURALITY, GESTATION_WEEKS, DELIVERY_METHOD, FACILITY_ID/NAME incl. MERCY/CHANDLER/MESA/BANNER words that are also surnames, MOTHER_FIRST/LAST/MAIDEN, MOTHER_DOB, MOTHER_AGE, MOTHER_SSN 123-45-6789, residence address/city incl. small towns (SUPAI, GREER)/county/ZIP/state, FATHER_FIRST/LAST/AGE empty for 18%, ATTENDANT_NAME 'ELAINE K SMITH, CNM', ATTENDANT_NPI Luhn-valid, ATTENDANT_TITLE), facilities 14, attendants 40 (NPI, name, title, facility)",
        "delimiter": ",", "entity": "births", "columns": cols,
        "foreignKeys": [{"column": "births.FACILITY_ID", "references": "facilities.FACILITY_ID"},
                        {"column": "births.ATTENDANT_NPI", "references": "attendants.NPI"},
                        {"column": "attendants.PRIMARY_FACILITY_ID", "references": "facilities.FACILITY_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

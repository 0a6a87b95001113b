#!/usr/bin/env python3
"""Writes clarity-extract: an invented Epic Clarity-shaped EHR extract (UPPER_SNAKE headers as Clarity writes them):
PATIENT (PAT_ID 'Z1234567', PAT_MRN_ID, PAT_NAME 'DOE,JANE A', first/last name, BIRTH_DATE 'yyyy-mm-dd 00:00:00', SEX_C,
ETHNIC_GROUP_C, address, STATE_C, ZIP, HOME_PHONE, EMAIL_ADDRESS, SSN, EMPLOYER_ID -> CLARITY_EMP, CUR_PCP_PROV_ID ->
CLARITY_SER, PAT_STATUS_C, DEATH_DATE), CLARITY_SER (PROV_ID, PROV_NAME 'SMITH, JOHN MD', PROV_TYPE, NPI with a valid
Luhn check digit over the 80840 prefix, DEA_NUMBER with a valid check digit), CLARITY_EMP (EMPLOYER_ID, EMPLOYER_NAME),
PAT_ENC (one row per encounter, vitals, HEIGHT as 5' 7"), HNO_NOTE_TEXT (a note's text split over LINE rows at a fixed
width, so a name or phone may be split across two rows). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(200101)
GIVEN = ["JANE", "MARY", "LINDA", "BARBARA", "DOROTHY", "SHIRLEY", "BEVERLY", "JUDITH", "DEBRA", "TAMMY", "KAREN", "DONNA",
         "JAMES", "ROBERT", "WILLIAM", "RICHARD", "CHARLES", "DONALD", "GARY", "LARRY", "DENNIS", "WAYNE", "ROY", "HAROLD",
         "MARISOL", "XIOMARA", "NGOC", "HUONG", "OLUWASEUN", "TREVON", "DAKOTA", "BRAXTON"]
FAMILY = ["DOE", "PETERSEN", "KOWALCZYK", "HALVORSEN", "BRANNIGAN", "OYELOWO", "NGUYEN", "TRUONG", "ESCOBEDO", "VILLALOBOS",
          "MCALLISTER", "FITZHUGH", "LINDGREN", "ABERNATHY", "STOCKDALE", "WHITFIELD", "BOUCHARD", "GAGNON", "HOLLOWAY",
          "PRITCHETT", "ZIMMERMAN", "YODER", "KAUFFMAN", "DUBOIS", "OKONKWO", "BARRAZA", "QUINTANILLA", "SORENSEN"]
STREETS = ["MAIN ST", "OAK AVE", "N 7TH ST", "COUNTY ROAD 12", "LINCOLN WAY", "PRAIRIE VIEW DR", "W GRAND AVE", "RIVER RD"]
CITIES = [("MADISON", "53703"), ("MADISON", "53704"), ("VERONA", "53593"), ("SUN PRAIRIE", "53590"), ("MIDDLETON", "53562"),
          ("STOUGHTON", "53589"), ("JANESVILLE", "53545"), ("BARABOO", "53913"), ("PORTAGE", "53901"), ("MONROE", "53566")]
EMP_WORDS = ["DAIRY", "PLUMBING LLC", "AUTO BODY", "FAMILY DENTAL", "CHEESE CO", "ROOFING INC", "TRUCKING", "HARDWARE"]
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def npi():
    base = rnd.choice("12") + "".join(rnd.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)
def dea(last):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rnd.choice("ABFM") + last[0] + "".join(map(str, d)) + str(c)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
# providers
ser = []
for i in range(40):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    typ = rnd.choice(["Physician", "Physician", "Physician", "Nurse Practitioner", "Physician Assistant"])
    suf = {"Physician": "MD", "Nurse Practitioner": "NP", "Physician Assistant": "PA-C"}[typ]
    ser.append([str(100100 + 37 * i), "%s, %s %s" % (ln, fn, suf), typ, npi(), dea(ln)])
w("CLARITY_SER", ["PROV_ID", "PROV_NAME", "PROV_TYPE", "NPI", "DEA_NUMBER"], ser)
# employers
emp = [["1", "RETIRED"], ["2", "UNEMPLOYED"], ["3", "SELF EMPLOYED"], ["4", "UW HEALTH"], ["5", "EPIC SYSTEMS CORP"]]
for i in range(55):
    emp.append([str(1000 + 13 * i), "%s %s" % (rnd.choice(FAMILY), rnd.choice(EMP_WORDS))])
w("CLARITY_EMP", ["EMPLOYER_ID", "EMPLOYER_NAME"], emp)
# patients
pats = []
ext = datetime.date(2024, 6, 30)
for i in range(450):
    fn, ln, mi = rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice("ABCDEJKLMRST ")
    age = rnd.randint(0, 89) if rnd.random() < 0.88 else rnd.randint(90, 103)
    bd = ext - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    city, zipc = rnd.choice(CITIES)
    status = "2" if rnd.random() < 0.07 else "1"
    dd = (bd + datetime.timedelta(days=rnd.randint(int((age - 1) * 365), int(age * 365)))).isoformat() + " 00:00:00" if status == "2" else ""
    eid = rnd.choice(emp[:3])[0] if age > 66 else rnd.choice(emp)[0]
    pats.append(["Z%07d" % rnd.randint(1000000, 9999999), "%08d" % rnd.randint(10000000, 99999999),
                 ("%s,%s %s" % (ln, fn, mi)).strip(), fn, ln, bd.isoformat() + " 00:00:00", rnd.choice("12"), rnd.choice(["1", "2", "2", "2", "3"]),
                 "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS)), rnd.choice(["", "", "", "APT %d" % rnd.randint(1, 40), "UNIT B"]),
                 city, "50", zipc, "%03d-%03d-%04d" % (rnd.choice([608, 608, 414, 920]), rnd.randint(200, 999), rnd.randint(0, 9999)),
                 rnd.choice(["%s.%s@gmail.com" % (fn.lower(), ln.lower()), "%s%s%d@charter.net" % (fn[0].lower(), ln.lower(), rnd.randint(1, 99)), ""]),
                 "%03d-%02d-%04d" % (rnd.randint(100, 665), rnd.randint(1, 99), rnd.randint(1, 9999)), eid, rnd.choice(ser)[0], status, dd])
# unique PAT_ID
seen = set()
for p in pats:
    while p[0] in seen: p[0] = "Z%07d" % rnd.randint(1000000, 9999999)
    seen.add(p[0])
PH = ["PAT_ID", "PAT_MRN_ID", "PAT_NAME", "PAT_FIRST_NAME", "PAT_LAST_NAME", "BIRTH_DATE", "SEX_C", "ETHNIC_GROUP_C", "ADD_LINE_1",
      "ADD_LINE_2", "CITY", "STATE_C", "ZIP", "HOME_PHONE", "EMAIL_ADDRESS", "SSN", "EMPLOYER_ID", "CUR_PCP_PROV_ID", "PAT_STATUS_C", "DEATH_DATE"]
w("PATIENT", PH, pats)
# encounters
enc = []; csn = 700001234
for p in pats:
    for k in range(rnd.choice([1, 2, 2, 3, 3, 4])):
        csn += rnd.randint(3, 400)
        cd = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2000))
        hin = rnd.randint(58, 75); wlb = round(rnd.uniform(110, 290), 1)
        enc.append([str(csn), p[0], cd.isoformat() + " 00:00:00", rnd.choice([p[17], rnd.choice(ser)[0]]), str(rnd.choice([10101001, 10101002, 10201003, 10301005])),
                    rnd.choice(["101", "101", "50", "3", "62"]), str(rnd.randint(98, 182)), str(rnd.randint(55, 104)), str(round(rnd.uniform(97.0, 101.2), 1)),
                    str(rnd.randint(52, 118)), str(wlb), "%d' %d\"" % (hin // 12, hin % 12), str(round(703 * wlb / hin / hin, 2))])
w("PAT_ENC", ["PAT_ENC_CSN_ID", "PAT_ID", "CONTACT_DATE", "VISIT_PROV_ID", "DEPARTMENT_ID", "ENC_TYPE_C", "BP_SYSTOLIC", "BP_DIASTOLIC",
              "TEMPERATURE", "PULSE", "WEIGHT", "HEIGHT", "BMI"], enc)
# notes: text split at width 60 over LINE rows
pby = {p[0]: p for p in pats}
notes = []; nid = 1500001
for e in rnd.sample(enc, 420):
    p = pby[e[1]]; fn, ln = p[3].title(), p[4].title()
    parts = ["%s %s is a %s seen today for follow-up of hypertension and type 2 diabetes." % (fn, ln, rnd.choice(["pleasant patient", "patient"])),
             rnd.choice(["Reports good adherence to metformin.", "Denies chest pain or shortness of breath.", "Daughter %s %s accompanies the patient today." % (rnd.choice(GIVEN).title(), ln),
                         "Works at %s, on feet all day." % [x[1] for x in emp if x[0] == p[16]][0].title()]),
             rnd.choice(["Call back at %s with lab results." % p[13], "Plan: recheck A1c in 3 months.", "Lives at %s, %s with spouse." % (p[8].title(), p[10].title()),
                         "Pt prefers e-mail %s for portal messages." % p[14] if p[14] else "Plan: continue lisinopril.", "BP rechecked, improved."]),
             rnd.choice(["Signed, %s" % [s[1] for s in ser if s[0] == e[3]][0], "Return in 3 months.", "Discussed with patient %s %s and spouse." % (fn, ln)])]
    text = " ".join(parts)
    lines = [text[k:k + 60] for k in range(0, len(text), 60)]
    for j, ln_ in enumerate(lines):
        notes.append([str(nid), e[0], str(j + 1), ln_])
    nid += 1
w("HNO_NOTE_TEXT", ["NOTE_ID", "PAT_ENC_CSN_ID", "LINE", "NOTE_TEXT"], notes)
N, O, Q = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER"
cols = {}
for h, l in zip(PH, [O, "MEDICAL_RECORD_NUMBER", "NAME", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", N, N, "STREET_ADDRESS", "STREET_ADDRESS",
                     "CITY", N, "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "SOCIAL_SECURITY_NUMBER", Q, Q, N, "DATE"]):
    cols["PATIENT." + h] = l
for h, l in zip(["PROV_ID", "PROV_NAME", "PROV_TYPE", "NPI", "DEA_NUMBER"], [Q, "NAME", N, Q, "CERTIFICATE_LICENSE_NUMBER"]):
    cols["CLARITY_SER." + h] = l
cols["CLARITY_EMP.EMPLOYER_ID"] = Q; cols["CLARITY_EMP.EMPLOYER_NAME"] = "NAME"
for h, l in zip(["PAT_ENC_CSN_ID", "PAT_ID", "CONTACT_DATE", "VISIT_PROV_ID", "DEPARTMENT_ID", "ENC_TYPE_C", "BP_SYSTOLIC", "BP_DIASTOLIC",
                 "TEMPERATURE", "PULSE", "WEIGHT", "HEIGHT", "BMI"], [O, O, "DATE", Q, N, N, N, N, N, N, N, N, N]):
    cols["PAT_ENC." + h] = l
for h, l in zip(["NOTE_ID", "PAT_ENC_CSN_ID", "LINE", "NOTE_TEXT"], [O, O, N, "FREE_TEXT"]):
    cols["HNO_NOTE_TEXT." + h] = l
gold = {"dataset": "clarity-extract",
        "description": "Invented Epic Clarity-shaped extract: PATIENT 450 (PAT_ID Z+7 digits, 8-digit PAT_MRN_ID, PAT_NAME 'LAST,FIRST M', BIRTH_DATE 'yyyy-mm-dd 00:00:00' incl. ages 90-103, address, ZIP, HOME_PHONE, EMAIL_ADDRESS, SSN, EMPLOYER_ID and CUR_PCP_PROV_ID codes, DEATH_DATE), CLARITY_SER 40 providers (PROV_NAME 'LAST, FIRST MD' NAME, NPI Luhn-valid QUASI, DEA_NUMBER CERTIFICATE_LICENSE_NUMBER), CLARITY_EMP 60 employers (EMPLOYER_NAME NAME: an employer of the individual, 164.514(b)(2)(i); incl. RETIRED/UNEMPLOYED), PAT_ENC encounters with vitals and HEIGHT 5' 7\", HNO_NOTE_TEXT notes split over LINE rows at 60 characters (names, phones, e-mails, addresses, employers, signing provider).",
        "delimiter": ",", "entity": "PATIENT", "columns": cols,
        "foreignKeys": [{"column": "PATIENT.EMPLOYER_ID", "references": "CLARITY_EMP.EMPLOYER_ID"},
                        {"column": "PATIENT.CUR_PCP_PROV_ID", "references": "CLARITY_SER.PROV_ID"},
                        {"column": "PAT_ENC.PAT_ID", "references": "PATIENT.PAT_ID"},
                        {"column": "PAT_ENC.VISIT_PROV_ID", "references": "CLARITY_SER.PROV_ID"},
                        {"column": "HNO_NOTE_TEXT.PAT_ENC_CSN_ID", "references": "PAT_ENC.PAT_ENC_CSN_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

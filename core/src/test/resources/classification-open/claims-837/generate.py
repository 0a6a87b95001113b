#!/usr/bin/env python3
"""Writes claims-837: an invented US institutional claims extract shaped after X12 837I/835 flattened: claim_header
(claim_id, member_id, subscriber_id, patient_relationship_code 18/01/19, patient name, patient_dob yyyymmdd, gender,
address, city, state, ZIP+4 '606141234' without dash, billing_npi, attending_npi (Luhn over 80840), attending name,
facility_type_code, admission/discharge dates yyyymmdd, drg_code, total_charge), claim_line (claim_id FK, line_no,
revenue_code 0450, hcpcs, units, line_charge, service_date), diagnosis (claim_id, seq, icd10 'E119' without dot,
poa_indicator), member (member_id, subscriber_id, relationship, group_number shared by one employer's employees,
employer_name, plan_code, effective_date, termination_date). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(210202)
GIVEN = ["JAMES", "MARY", "ROBERT", "PATRICIA", "MICHAEL", "LINDA", "DAVID", "BARBARA", "TYRONE", "LATOYA", "DESHAWN",
         "GUADALUPE", "JOSE", "MARIA", "KHANH", "ANH", "SVETLANA", "DMITRI", "KEISHA", "BRANDON", "AALIYAH", "JAYDEN"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "RODRIGUEZ", "WASHINGTON", "JEFFERSON", "NOWAK",
          "KOWALSKI", "OKAFOR", "PHAM", "TRAN", "HERNANDEZ", "OBRIEN", "MCDONALD", "SCHULTZ", "WOJCIK", "LINDQVIST"]
STREETS = ["N CLARK ST", "W DIVERSEY PKWY", "S HALSTED ST", "N MILWAUKEE AVE", "W FULLERTON AVE", "S PULASKI RD", "E 63RD ST"]
CITIES = [("CHICAGO", "60614"), ("CHICAGO", "60647"), ("CHICAGO", "60629"), ("CICERO", "60804"), ("OAK PARK", "60302"),
          ("EVANSTON", "60201"), ("SKOKIE", "60076"), ("BERWYN", "60402")]
EMPLOYERS = ["ACME TOOL AND DIE INC", "LAKESHORE LOGISTICS LLC", "CITY OF BERWYN", "ST ANNE PARISH SCHOOL",
             "MIDWAY BAKERY CO", "NORTHSIDE DENTAL GROUP", "KOWALSKI ROOFING", "WINDY CITY CAB CO", "PRAIRIE STATE BANK",
             "HALSTED HARDWARE"]
DRG = ["470", "871", "291", "392", "690", "194", "603", "065", "247", "872"]
REV = [("0450", "99284"), ("0300", "80053"), ("0250", ""), ("0320", "71046"), ("0360", "27447"), ("0120", ""),
       ("0730", "93005"), ("0636", "J1885"), ("0270", ""), ("0710", "")]
ICD = ["E119", "I10", "N179", "J189", "I5023", "E785", "Z7901", "F329", "K219", "M170", "A419", "R0789", "S72001A", "N390"]
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
def ymd(x):
    return x.strftime("%Y%m%d")
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
groups = [("G%06d" % rnd.randint(0, 999999), e) for e in EMPLOYERS]
members = []
mrows = []
n_sub = 0
while len(members) < 480:
    n_sub += 1
    sub = "XYZ%09d" % rnd.randint(0, 10**9 - 1)
    grp, emp = rnd.choice(groups)
    fam = rnd.choice(FAMILY)
    city, zip5 = rnd.choice(CITIES)
    addr = "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS))
    zip4 = zip5 + "%04d" % rnd.randint(1, 9999)
    plan = rnd.choice(["PPO500", "HMO250", "HDHP3000", "EPO1000"])
    eff = datetime.date(2018, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1800))
    term = "" if rnd.random() < 0.7 else ymd(eff + datetime.timedelta(days=rnd.randint(180, 1500)))
    hh = [("18", datetime.date(1950, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 50)))]
    if rnd.random() < 0.5:
        hh.append(("01", hh[0][1] + datetime.timedelta(days=rnd.randint(-3000, 3000))))
    for _ in range(rnd.choice([0, 0, 1, 2, 3])):
        hh.append(("19", datetime.date(2000, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 24))))
    for k, (rel, dob) in enumerate(hh):
        mid = sub + "%02d" % (k + 1)
        g = rnd.choice("MF")
        members.append({"mid": mid, "sub": sub, "rel": rel, "dob": dob, "g": g, "giv": rnd.choice(GIVEN), "fam": fam,
                        "addr": addr, "city": city, "zip": zip4})
        mrows.append([mid, sub, rel, grp, emp, plan, ymd(eff), term])
w("member", ["member_id", "subscriber_id", "relationship", "group_number", "employer_name", "plan_code", "effective_date",
             "termination_date"], mrows)
docs = [(npi(), rnd.choice(FAMILY), rnd.choice(GIVEN)) for _ in range(35)]
facilities = [npi() for _ in range(6)]
hdr, lines, dx = [], [], []
for k in range(900):
    m = rnd.choice(members)
    cid = "%d%08d" % (rnd.choice([2024, 2025]), k * 7 + rnd.randint(0, 6))
    adm = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 650))
    los = rnd.choice([0, 1, 2, 3, 4, 6, 9])
    doc = rnd.choice(docs)
    ftype = rnd.choice(["111", "131", "0111", "851"])
    nlines = rnd.randint(1, 5)
    tot = 0.0
    for ln in range(1, nlines + 1):
        rc, hc = rnd.choice(REV)
        units = rnd.choice([1, 1, 1, 2, 3, 4])
        ch = round(rnd.uniform(25, 9000), 2)
        tot += ch
        lines.append([cid, str(ln), rc, hc, str(units), "%.2f" % ch, ymd(adm + datetime.timedelta(days=rnd.randint(0, los)))])
    for s in range(1, rnd.randint(1, 4) + 1):
        dx.append([cid, str(s), rnd.choice(ICD), rnd.choice(["Y", "Y", "Y", "N", "U", "W", ""])])
    hdr.append([cid, m["mid"], m["sub"], m["rel"], m["fam"], m["giv"], ymd(m["dob"]), m["g"], m["addr"], m["city"], "IL",
                m["zip"], rnd.choice(facilities), doc[0], doc[1], doc[2], ftype, ymd(adm), ymd(adm + datetime.timedelta(days=los)),
                rnd.choice(DRG), "%.2f" % tot])
w("claim_header", ["claim_id", "member_id", "subscriber_id", "patient_relationship_code", "patient_last", "patient_first",
                   "patient_dob", "patient_gender", "patient_address1", "patient_city", "patient_state", "patient_zip",
                   "billing_npi", "attending_npi", "attending_last", "attending_first", "facility_type_code",
                   "admission_date", "discharge_date", "drg_code", "total_charge"], hdr)
w("claim_line", ["claim_id", "line_no", "revenue_code", "hcpcs", "units", "line_charge", "service_date"], lines)
w("diagnosis", ["claim_id", "seq", "icd10", "poa_indicator"], dx)
gold = {"dataset": "claims-837",
        "description": "Invented X12 837I/835-shaped flattened institutional claims: member 480 (member_id = subscriber_id + 2-digit suffix, subscriber_id, relationship 18/01/19, group_number shared by one employer's employees (QUASI), employer_name NAME (164.514(b)(2)(i)), plan, effective/termination yyyymmdd), claim_header 900 (patient name, dob yyyymmdd, address, ZIP+4 without dash, billing/attending NPI, attending name, admission/discharge yyyymmdd, DRG, total charge), claim_line ~2700 (revenue code 0450, HCPCS, units, charge, service_date), diagnosis ~2250 (icd10 without dot, POA).",
        "delimiter": ",", "entity": "member",
        "columns": {"member.member_id": "HEALTH_PLAN_BENEFICIARY_NUMBER", "member.subscriber_id": "HEALTH_PLAN_BENEFICIARY_NUMBER",
                    "member.relationship": "NON_IDENTIFYING", "member.group_number": "QUASI_IDENTIFIER",
                    "member.employer_name": "NAME", "member.plan_code": "NON_IDENTIFYING",
                    "member.effective_date": "DATE", "member.termination_date": "DATE",
                    "claim_header.claim_id": "OTHER_UNIQUE_IDENTIFIER", "claim_header.member_id": "HEALTH_PLAN_BENEFICIARY_NUMBER",
                    "claim_header.subscriber_id": "HEALTH_PLAN_BENEFICIARY_NUMBER",
                    "claim_header.patient_relationship_code": "NON_IDENTIFYING", "claim_header.patient_last": "FAMILY_NAME",
                    "claim_header.patient_first": "GIVEN_NAME", "claim_header.patient_dob": "DATE_OF_BIRTH",
                    "claim_header.patient_gender": "NON_IDENTIFYING", "claim_header.patient_address1": "STREET_ADDRESS",
                    "claim_header.patient_city": "CITY", "claim_header.patient_state": "NON_IDENTIFYING",
                    "claim_header.patient_zip": "ZIP_CODE", "claim_header.billing_npi": "QUASI_IDENTIFIER",
                    "claim_header.attending_npi": "QUASI_IDENTIFIER", "claim_header.attending_last": "FAMILY_NAME",
                    "claim_header.attending_first": "GIVEN_NAME", "claim_header.facility_type_code": "NON_IDENTIFYING",
                    "claim_header.admission_date": "DATE", "claim_header.discharge_date": "DATE",
                    "claim_header.drg_code": "NON_IDENTIFYING", "claim_header.total_charge": "NON_IDENTIFYING",
                    "claim_line.claim_id": "OTHER_UNIQUE_IDENTIFIER", "claim_line.line_no": "NON_IDENTIFYING",
                    "claim_line.revenue_code": "NON_IDENTIFYING", "claim_line.hcpcs": "NON_IDENTIFYING",
                    "claim_line.units": "NON_IDENTIFYING", "claim_line.line_charge": "NON_IDENTIFYING",
                    "claim_line.service_date": "DATE",
                    "diagnosis.claim_id": "OTHER_UNIQUE_IDENTIFIER", "diagnosis.seq": "NON_IDENTIFYING",
                    "diagnosis.icd10": "NON_IDENTIFYING", "diagnosis.poa_indicator": "NON_IDENTIFYING"},
        "foreignKeys": [{"column": "claim_header.member_id", "references": "member.member_id"},
                        {"column": "claim_line.claim_id", "references": "claim_header.claim_id"},
                        {"column": "diagnosis.claim_id", "references": "claim_header.claim_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

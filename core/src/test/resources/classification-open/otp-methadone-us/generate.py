#!/usr/bin/env python3
"""Writes otp-methadone-us: an invented dosing/UDS export of a FICTIONAL Ohio opioid treatment programme (OTP, records
under 42 CFR Part 2) (breaker91; seeded, Python standard library only). ',' CSV, MM/DD/YYYY, 24-hour times, decimal
points, US headers as dispensing systems (Methasoft/SMART style) export them. staff (14: Staff ID, Staff Name 'Karen
Miller, RN', Credentials, Role, NPI (Luhn with the 80840 prefix), DEA No (prescribers only: 2 letters + 7 digits with
the DEA check digit)), patients (640: Patient ID, Central Registry ID 'OH-0012345', SSN Last 4, Last Name, First Name,
MI, DOB, Age (3 over 89), Sex, Address, City, County, State, ZIP '43215-1234', Phone '(614) 555-0123', Medicaid ID
(12 digits), Admit Date, Phase, Primary Counselor (name), Prescriber ID (FK), Current Dose (mg), Emergency Contact,
EC Phone, EC Relationship, Part 2 Consent), dosing (4,000: Dose ID, Patient ID, Dose Date, Dose Time, Medication, Dose
(mg), Take-Home, TH Count, Split Dose, Dispensed By (nurse name), Site, Nurse Note (free text)), uds (1,600: Specimen
ID, Patient ID, Collection Date, Observed, MTD, BUP, OPI, FEN, COC, AMP, BZO, THC, Lab, Counselor, Progress Note (free
text naming relatives, some with a phone)).
Deliberate coincidences: surnames Marion, Clark, Franklin and Lancaster beside the city Marion, Marion County, Clark
County, Franklin County and the city Lancaster; the given name Jude beside the site 'St. Jude Recovery Center'; the
nurses Miller and Johnson beside patients with those surnames."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(910003)
GIVEN = ["James", "Michael", "Robert", "David", "Joshua", "Brandon", "Justin", "Tyler", "Cody", "Dustin", "Jude", "Travis",
         "Kyle", "Shawn", "Marcus", "DeShawn", "Jose", "Bobby", "Randy", "Earl",
         "Jessica", "Ashley", "Amanda", "Brittany", "Heather", "Crystal", "Tiffany", "Samantha", "Kayla", "Misty",
         "Stephanie", "Amber", "Tasha", "Rhonda", "Destiny", "Maria", "Sherry", "Ruth", "Dorothy", "Marion"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Moore", "Jackson",
          "White", "Harris", "Thompson", "Marion", "Clark", "Franklin", "Lancaster", "Hatfield", "Caudill", "Stacy",
          "Sizemore", "Baker", "Combs", "Gibson", "Hall", "Collins", "Washington", "Robinson", "Perkins", "Mullins",
          "Griffith", "Ramirez", "Pruitt"]
PLACES = [("Columbus", "Franklin", ["432", "432"], "614", ["E Broad St", "Parsons Ave", "Sullivant Ave", "Cleveland Ave"]),
          ("Whitehall", "Franklin", ["432"], "614", ["Hamilton Rd", "Yearling Rd"]),
          ("Marion", "Marion", ["433"], "740", ["Mount Vernon Ave", "Delaware Ave", "Center St"]),
          ("Springfield", "Clark", ["455"], "937", ["Selma Rd", "Limestone St", "Main St"]),
          ("Lancaster", "Fairfield", ["431"], "740", ["Columbus St", "Memorial Dr", "Fair Ave"]),
          ("Newark", "Licking", ["430"], "740", ["Granville St", "Mount Vernon Rd"]),
          ("Chillicothe", "Ross", ["456"], "740", ["Bridge St", "Western Ave"])]
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9: x -= 9
        t += x
    return t % 10 == 0
def npi():
    while True:
        b = str(rnd.randint(1, 2)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn_ok("80840" + b + c):
                return b + c
def dea(letter1, surname):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letter1 + surname[0].upper() + "".join(map(str, d)) + str(c)
def phone(area):
    n = (area, rnd.randint(200, 989), rnd.randint(0, 9999))
    return rnd.choice(["(%s) %d-%04d", "(%s) %d-%04d", "%s-%d-%04d", "%s%d%04d"]) % n
def d(x):
    return x.strftime("%m/%d/%Y")
TODAY = datetime.date(2026, 11, 30)
STAFF = [("Karen", "Miller", "RN", "Dispensing Nurse"), ("Tonya", "Johnson", "LPN", "Dispensing Nurse"),
         ("Greg", "Hatcher", "RN", "Dispensing Nurse"), ("Lisa", "Nguyen", "LPN", "Dispensing Nurse"),
         ("Dana", "Whitaker", "RN", "Nurse Manager"), ("Anil", "Mehta", "MD", "Medical Director"),
         ("Rachel", "Ostrowski", "DO", "Prescriber"), ("Brian", "Keller", "APRN-CNP", "Prescriber"),
         ("Shelby", "Cross", "LCDC III", "Counselor"), ("Andre", "Little", "LISW-S", "Counselor"),
         ("Mandy", "Ritchie", "LCDC II", "Counselor"), ("Jerome", "Banks", "LPCC", "Counselor"),
         ("Heidi", "Voss", "CDCA", "Counselor"), ("Paula", "Sizemore", "LICDC", "Clinical Supervisor")]
staff = []
for i, (g, f, cr, role) in enumerate(STAFF):
    pres = role in ("Medical Director", "Prescriber")
    staff.append(["S%03d" % (201 + i), "%s %s, %s" % (g, f, cr), cr, role, npi(),
                  dea("M" if cr == "APRN-CNP" else rnd.choice("AB F".replace(" ", "")), f) if pres else ""])
NURSES = [s[1].split(",")[0] for s in staff if s[3] in ("Dispensing Nurse", "Nurse Manager")]
COUNS = [s[1] for s in staff if s[3] in ("Counselor", "Clinical Supervisor")]
PRES = [s[0] for s in staff if s[5]]
RELS = ["Mother", "Father", "Sister", "Brother", "Spouse", "Girlfriend", "Boyfriend", "Grandmother", "Aunt", "Sponsor"]
pats = []
for i in range(640):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    age = rnd.randint(90, 92) if i in (77, 301, 555) else rnd.choice([rnd.randint(21, 45)] * 3 + [rnd.randint(46, 74)])
    dob = TODAY - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    age = (TODAY - dob).days * 100 // 36525
    city, county, zps, area, streets = rnd.choice(PLACES)
    zipc = "%s%02d" % (rnd.choice(zps), rnd.randint(1, 99))
    if rnd.random() < 0.7:
        zipc += "-%04d" % rnd.randint(1, 9999)
    adm = TODAY - datetime.timedelta(days=rnd.randint(10, 3000))
    ecg = rnd.choice(GIVEN); rel = rnd.choice(RELS)
    ecn = ecg + " " + (f if rel in ("Mother", "Father", "Sister", "Brother", "Grandmother") and rnd.random() < 0.7 else rnd.choice(FAMILY))
    pats.append(["%06d" % (104000 + i * 13), "OH-%07d" % rnd.randint(0, 9999999), "%04d" % rnd.randint(1, 9999), f, g,
                 rnd.choice("ABCDEJKLMRST") if rnd.random() < 0.7 else "", d(dob), str(age), "F" if g in FEMALE else "M",
                 "%d %s%s" % (rnd.randint(10, 4999), rnd.choice(streets), rnd.choice(["", "", " Apt %d" % rnd.randint(1, 40)])),
                 city, county, "OH", zipc, phone(area) if rnd.random() < 0.9 else "",
                 ("%012d" % rnd.randint(100000000000, 999999999999)) if rnd.random() < 0.85 else "", d(adm),
                 str(rnd.choice([1, 1, 2, 2, 3, 4, 5, 6])), rnd.choice(COUNS), rnd.choice(PRES),
                 str(rnd.choice(range(30, 161, 5))), ecn if rnd.random() < 0.85 else "", phone(area) if rnd.random() < 0.8 else "",
                 rel, rnd.choice(["Y", "Y", "Y", "N"])])
doses = []
for k in range(4000):
    p = rnd.choice(pats)
    dt = TODAY - datetime.timedelta(days=rnd.randint(0, 365))
    bup = rnd.random() < 0.12
    th = rnd.random() < 0.25
    note = ""
    q = rnd.random()
    if q < 0.05:
        note = rnd.choice(["Missed 2 days, dose held per protocol", "Appeared sedated - held, MD notified", "Vomited dose <15 min, replaced per MD",
                           "Pt reports lost take-home, incident report filed", "Guest dose from Hope OTP Dayton"])
    elif q < 0.07:
        note = "%s %s picked up take-homes (authorized), ph %s" % (p[21].split(" ")[0] if p[21] else rnd.choice(GIVEN), p[3], phone("614"))
    doses.append(["D%07d" % (3100001 + k), p[0], d(dt), "%02d:%02d" % (rnd.randint(6, 13), rnd.randint(0, 59)),
                  "Buprenorphine SL 8mg tab" if bup else "Methadone HCl Oral Conc 10mg/mL",
                  ("%.1f" % rnd.choice([8, 12, 16, 24])) if bup else "%.2f" % int(p[20]),
                  "Y" if th else "N", str(rnd.choice([1, 2, 6, 13])) if th else "0", rnd.choice(["N"] * 9 + ["Y"]),
                  rnd.choice(NURSES), rnd.choice(["St. Jude Recovery Center - Columbus", "St. Jude Recovery Center - Marion"]), note])
RES = ["NEG"] * 8 + ["POS"]
udss = []
for k in range(1600):
    p = rnd.choice(pats)
    dt = TODAY - datetime.timedelta(days=rnd.randint(0, 365))
    note = ""
    q = rnd.random()
    if q < 0.09:
        note = "Pt reports %s %s (%s) relapsed, stress at home; call %s" % (rnd.choice(["girlfriend", "brother", "mother", "roommate"]), rnd.choice(GIVEN), rnd.choice(["POS FEN", "using"]), phone("740"))
    elif q < 0.16:
        note = "Discussed UDS results. %s is supportive, plans family session w/ %s" % (rnd.choice(["Sister", "Mother", "Spouse"]), p[21] or "family")
    elif q < 0.5:
        note = rnd.choice(["Negative for illicit substances x3, eligible for step-up", "FEN+ discussed, safety plan & naloxone given",
                           "Pt denies use, requests retest", "Attending NA 3x/wk", "Working at warehouse, 2nd shift"])
    udss.append(["U%s%06d" % (dt.strftime("%y"), 100 + k), p[0], d(dt), rnd.choice(["Y", "N"]),
                 rnd.choice(["POS"] * 9 + ["NEG"]), rnd.choice(RES), rnd.choice(RES), rnd.choice(RES + ["POS"]), rnd.choice(RES),
                 rnd.choice(RES), rnd.choice(RES), rnd.choice(RES + ["POS"]), rnd.choice(["Millennium Health", "In-house POC cup", "Quest Diagnostics"]),
                 rnd.choice(COUNS), note])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
S_HEAD = ["Staff ID", "Staff Name", "Credentials", "Role", "NPI", "DEA No"]
P_HEAD = ["Patient ID", "Central Registry ID", "SSN Last 4", "Last Name", "First Name", "MI", "DOB", "Age", "Sex", "Address",
          "City", "County", "State", "ZIP", "Phone", "Medicaid ID", "Admit Date", "Phase", "Primary Counselor", "Prescriber ID",
          "Current Dose (mg)", "Emergency Contact", "EC Phone", "EC Relationship", "Part 2 Consent"]
D_HEAD = ["Dose ID", "Patient ID", "Dose Date", "Dose Time", "Medication", "Dose (mg)", "Take-Home", "TH Count", "Split Dose",
          "Dispensed By", "Site", "Nurse Note"]
U_HEAD = ["Specimen ID", "Patient ID", "Collection Date", "Observed", "MTD", "BUP", "OPI", "FEN", "COC", "AMP", "BZO", "THC",
          "Lab", "Counselor", "Progress Note"]
write("staff", S_HEAD, staff); write("patients", P_HEAD, pats); write("dosing", D_HEAD, doses); write("uds", U_HEAD, udss)
L = {"staff.Staff ID": "QUASI_IDENTIFIER", "staff.Staff Name": "NAME", "staff.Credentials": "NON_IDENTIFYING",
     "staff.Role": "NON_IDENTIFYING", "staff.NPI": "QUASI_IDENTIFIER", "staff.DEA No": "QUASI_IDENTIFIER",
     "patients.Patient ID": "MEDICAL_RECORD_NUMBER", "patients.Central Registry ID": "OTHER_UNIQUE_IDENTIFIER",
     "patients.SSN Last 4": "SOCIAL_SECURITY_NUMBER", "patients.Last Name": "FAMILY_NAME", "patients.First Name": "GIVEN_NAME",
     "patients.MI": "GIVEN_NAME", "patients.DOB": "DATE_OF_BIRTH", "patients.Age": "AGE", "patients.Sex": "NON_IDENTIFYING",
     "patients.Address": "STREET_ADDRESS", "patients.City": "CITY", "patients.County": "COUNTY", "patients.State": "NON_IDENTIFYING",
     "patients.ZIP": "ZIP_CODE", "patients.Phone": "TELEPHONE_NUMBER", "patients.Medicaid ID": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "patients.Admit Date": "DATE", "patients.Phase": "NON_IDENTIFYING", "patients.Primary Counselor": "NAME",
     "patients.Prescriber ID": "QUASI_IDENTIFIER", "patients.Current Dose (mg)": "NON_IDENTIFYING",
     "patients.Emergency Contact": "NAME", "patients.EC Phone": "TELEPHONE_NUMBER", "patients.EC Relationship": "NON_IDENTIFYING",
     "patients.Part 2 Consent": "NON_IDENTIFYING",
     "dosing.Dose ID": "OTHER_UNIQUE_IDENTIFIER", "dosing.Patient ID": "MEDICAL_RECORD_NUMBER", "dosing.Dose Date": "DATE",
     "dosing.Dose Time": "DATE", "dosing.Medication": "NON_IDENTIFYING", "dosing.Dose (mg)": "NON_IDENTIFYING",
     "dosing.Take-Home": "NON_IDENTIFYING", "dosing.TH Count": "NON_IDENTIFYING", "dosing.Split Dose": "NON_IDENTIFYING",
     "dosing.Dispensed By": "NAME", "dosing.Site": "NON_IDENTIFYING", "dosing.Nurse Note": "FREE_TEXT",
     "uds.Specimen ID": "OTHER_UNIQUE_IDENTIFIER", "uds.Patient ID": "MEDICAL_RECORD_NUMBER", "uds.Collection Date": "DATE",
     "uds.Observed": "NON_IDENTIFYING", "uds.Lab": "NON_IDENTIFYING", "uds.Counselor": "NAME", "uds.Progress Note": "FREE_TEXT"}
for a in ["MTD", "BUP", "OPI", "FEN", "COC", "AMP", "BZO", "THC"]:
    L["uds." + a] = "NON_IDENTIFYING"
gold = {"dataset": "otp-methadone-us",
        "description": "Invented dosing and urine-drug-screen export of a fictional Ohio opioid treatment programme (42 CFR Part 2) (breaker91), ',', MM/DD/YYYY, 24-hour times: staff 14 (Staff ID 'S201', 'Karen Miller, RN' (staff), credentials, role, NPI 10 digits (Luhn with 80840), DEA No 'MK1234563' with its check digit (prescribers only)), patients 640 (Patient ID 6 digits, Central Registry ID 'OH-0012345', SSN Last 4, Last Name, First Name, MI, DOB, Age (3 over 89), Sex, Address, City, County, State 'OH', ZIP '43215' or '43215-1234', Phone '(614) 555-0123' and other shapes, Medicaid ID 12 digits, Admit Date, Phase 1-6, Primary Counselor 'Shelby Cross, LCDC III' (staff), Prescriber ID (FK), Current Dose (mg), Emergency Contact (name, often the patient's surname), EC Phone, EC Relationship, Part 2 Consent), dosing 4,000 (Dose ID, Patient ID, date, time '07:42', medication, Dose (mg) '85.00', Take-Home Y/N, TH Count, Split Dose, Dispensed By (nurse, staff), Site, Nurse Note (free text, 2% naming the person collecting take-homes with a phone)), uds 1,600 (Specimen ID 'U26000100', Patient ID, Collection Date, Observed, MTD/BUP/OPI/FEN/COC/AMP/BZO/THC POS/NEG, Lab, Counselor (staff), Progress Note (free text, 16% naming a relative, some with a phone)). Labels: SSN Last 4 SOCIAL_SECURITY_NUMBER (part of the number); MI GIVEN_NAME; Central Registry ID OTHER_UNIQUE_IDENTIFIER; Medicaid ID HEALTH_PLAN_BENEFICIARY_NUMBER; staff NPI and DEA No QUASI_IDENTIFIER (provider numbers); emergency contact NAME; State, Phase, doses and UDS results NON_IDENTIFYING. Coincidences: surnames Marion, Clark, Franklin, Lancaster beside the city Marion, Marion County, Clark County, Franklin County and the city Lancaster; given name Marion beside the same; given name Jude beside 'St. Jude Recovery Center'; nurses Miller and Johnson and the supervisor Sizemore beside patients with those surnames.",
        "entity": "patients", "columns": L,
        "foreignKeys": [{"column": "patients.Prescriber ID", "references": "staff.Staff ID"},
                        {"column": "dosing.Patient ID", "references": "patients.Patient ID"},
                        {"column": "uds.Patient ID", "references": "patients.Patient ID"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes immigration-case: an invented case-management export of a US immigration law firm (INSZoom/Docketwise-like
column names), ',' separated, US dates MM/DD/YYYY (seeded, stdlib only). cases (900 rows, one per matter): beneficiary
name written 'LAST, First', date and city/country of birth, citizenship, A-Number written 'A-123-456-789' or
'A123456789' (empty for many first filings), passport number in the issuing country's shape, I-94 number (11 digits
or 9 digits + letter + digit), SEVIS ID (N + 10 digits, students only), form type and visa class (vocabulary),
petitioner (employer or a relative), priority date, US address, attorney and paralegal (names of the staff table),
case status, notes naming relatives and their A-Numbers. filings (USCIS receipts, ~2,100 rows): receipt numbers
EAC/WAC/LIN/SRC/MSC/NBC/YSC + 10 digits and IOE + 10 digits. staff (25 rows): attorneys with state bar numbers,
paralegals. Coincidences: beneficiaries named Jordan, Chad, Israel, India, Georgia beside those countries; a
petitioner company named after a family name."""
import csv, json, random, datetime
rnd = random.Random(44101)
GIVEN = ["Maria", "Jose", "Wei", "Li", "Priya", "Rahul", "Arjun", "Ananya", "Nguyen", "Minh", "Olena", "Dmytro", "Carlos",
         "Ana", "Juan", "Fatima", "Ahmed", "Omar", "Chinedu", "Ngozi", "Jordan", "Chad", "Israel", "India", "Georgia",
         "Sofia", "Mateo", "Hyun-woo", "Ji-yeon", "Tomasz", "Agnieszka", "Kwame", "Abena", "Rafael", "Camila", "Hiroshi",
         "Yuki", "Sanjay", "Deepika", "Farhan", "Aisha", "Luis", "Gabriela", "Ivan", "Natalia", "Emeka", "Xin", "Jun"]
FAMILY = ["Garcia", "Hernandez", "Lopez", "Zhang", "Wang", "Liu", "Patel", "Sharma", "Reddy", "Iyer", "Nguyen", "Tran",
          "Kovalenko", "Shevchenko", "Okafor", "Adeyemi", "Haddad", "Khan", "Rahman", "Kim", "Park", "Nowak",
          "Kowalski", "Mensah", "Boateng", "Santos", "Oliveira", "Tanaka", "Sato", "Mehta", "Gupta", "Morales",
          "Castillo", "Petrov", "Ivanova", "Eze", "Chen", "Singh", "Jordan", "Abdullah", "Ramirez", "Cruz"]
COUNTRIES = [("Mexico", ["Guadalajara", "Monterrey", "Puebla", "Leon"], "G%08d"),
             ("India", ["Hyderabad", "Chennai", "Pune", "Bengaluru", "Jaipur"], "%s%07d"),
             ("China", ["Shanghai", "Chengdu", "Wuhan", "Nanjing"], "E%08d"),
             ("Philippines", ["Quezon City", "Cebu City", "Davao City"], "P%07dA"),
             ("Vietnam", ["Hanoi", "Da Nang", "Hue"], "C%07d"),
             ("Ukraine", ["Kharkiv", "Lviv", "Odesa"], "FX%06d"),
             ("Nigeria", ["Lagos", "Enugu", "Ibadan"], "A%08d"),
             ("South Korea", ["Busan", "Incheon", "Daegu"], "M%08d"),
             ("Brazil", ["Campinas", "Recife", "Curitiba"], "FZ%06d"),
             ("Jordan", ["Amman", "Irbid", "Zarqa"], "R%06d"),
             ("Chad", ["N'Djamena", "Moundou"], "B%07d"),
             ("Israel", ["Haifa", "Tel Aviv", "Be'er Sheva"], "3%07d"),
             ("Georgia", ["Tbilisi", "Batumi", "Kutaisi"], "1%07d"),
             ("El Salvador", ["San Miguel", "Santa Ana", "Victoria"], "A%08d"),
             ("Ghana", ["Kumasi", "Accra", "Tamale"], "G%07d"),
             ("Poland", ["Krakow", "Gdansk", "Lodz"], "E%07d")]
WEIGHTS = [14, 20, 12, 8, 5, 5, 5, 5, 4, 3, 2, 2, 2, 4, 3, 3]
MATTERS = [("I-129", "H-1B", "Employer"), ("I-129", "L-1A", "Employer"), ("I-129", "O-1A", "Employer"),
           ("I-140", "EB-2", "Employer"), ("I-140", "EB-3", "Employer"), ("I-485", "EB-2", "Employer"),
           ("I-130", "IR-1", "Individual"), ("I-130", "F2A", "Individual"), ("I-130", "IR-5", "Individual"),
           ("I-485", "IR-1", "Individual"), ("I-129F", "K-1", "Individual"), ("N-400", "N/A", "Self"),
           ("I-751", "CR-1", "Individual"), ("I-539", "F-1", "Self"), ("I-765", "F-1 OPT", "Self"),
           ("I-765", "C08", "Self"), ("I-589", "Asylum", "Self"), ("I-90", "N/A", "Self")]
MW = [18, 4, 2, 8, 4, 7, 8, 4, 2, 6, 3, 9, 4, 3, 6, 3, 3, 2]
EMPLOYERS = ["Infosys Limited", "Cognizant Technology Solutions US Corp", "Tata Consultancy Services Ltd",
             "Acme Robotics Inc.", "Brightline Analytics LLC", "Santos Construction Group LLC", "Kim & Park Dental PC",
             "Lone Star Medical Center", "Gulf Coast Petrochemical Co.", "Patel Hospitality LLC", "Cypress Semiconductor",
             "University of Houston", "Rice University", "Bayou City Software Inc.", "Garcia Landscaping Services LLC"]
STATUS = ["Intake", "Documents Requested", "Drafting", "Filed", "Case Was Received", "Fingerprint Fee Was Received",
          "Interview Scheduled", "Request for Evidence Was Sent", "Response To USCIS' Request For Evidence Was Received",
          "Case Was Approved", "Card Was Mailed To Me", "Case Was Denied", "Case Closed - Withdrawn", "Oath Ceremony Scheduled"]
SW = [4, 4, 6, 6, 14, 6, 5, 6, 4, 18, 9, 3, 3, 3]
STREETS = ["Westheimer Rd", "Bellaire Blvd", "Richmond Ave", "Gessner Rd", "Kirby Dr", "Fondren Rd", "Main St",
           "Wilcrest Dr", "Hillcroft Ave", "Bissonnet St", "Dairy Ashford Rd", "Beechnut St"]
CITIES = [("Houston", "TX", ["77036", "77042", "77057", "77063", "77072", "77081", "77099"]),
          ("Sugar Land", "TX", ["77478", "77479"]), ("Katy", "TX", ["77449", "77494"]),
          ("Pearland", "TX", ["77581", "77584"]), ("Austin", "TX", ["78701", "78745"]),
          ("Jersey City", "NJ", ["07302", "07306"]), ("Edison", "NJ", ["08817", "08820"])]
CW = [40, 10, 8, 6, 6, 3, 3]
def d(x):
    return x.strftime("%m/%d/%Y")
def day(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
# --- staff
staff, attorneys, paralegals = [], [], []
used = set()
roles = ["Managing Partner", "Partner", "Senior Associate"] + ["Associate Attorney"] * 6 + ["Of Counsel"] + \
        ["Senior Paralegal"] * 3 + ["Paralegal"] * 9 + ["Case Manager"] * 2 + ["Legal Assistant"]
SG = ["Rebecca", "Daniel", "Monica", "Steven", "Laura", "Victor", "Hannah", "Marcus", "Elena", "Patrick", "Yesenia",
      "Brandon", "Alicia", "Trang", "Kevin", "Diana", "Roberto", "Megan", "Ashley", "Tyler", "Karina", "Jasmine", "Derek",
      "Lucia", "Sean"]
SF = ["Whitfield", "Okonkwo", "Delgado", "Brennan", "Castellanos", "Hoang", "Lindqvist", "Mercer", "Abernathy",
      "Villareal", "Strickland", "Nakamura", "Fontaine", "Gallagher", "Pruitt", "Salcedo", "Haverford", "Quintero",
      "Ellsworth", "Rosales", "Dunleavy", "Marchetti", "Kowalczyk", "Thibodeaux", "Ybarra"]
for i, role in enumerate(roles):
    name = "%s %s" % (SG[i], SF[i])
    if "Paralegal" in role or role in ("Case Manager", "Legal Assistant"):
        bar, bst, sid = "", "", "PL-%02d" % (i + 1)
        paralegals.append(name)
    else:
        bst = rnd.choice(["TX", "TX", "TX", "NJ", "NY", "CA"])
        bar = {"TX": "%08d" % rnd.randint(24000000, 24099999), "NJ": "%09d" % rnd.randint(100000000, 399999999),
               "NY": "%07d" % rnd.randint(4000000, 5999999), "CA": "%06d" % rnd.randint(250000, 349999)}[bst]
        sid = "ATY-%02d" % (i + 1)
        attorneys.append(name)
    grp = rnd.choice(["Business Immigration", "Family-Based", "Naturalization", "Removal Defense", "Business Immigration"])
    email = "%s.%s@whitfielddelgado.com" % (SG[i].lower(), SF[i].lower())
    staff.append([sid, name, role, bar, bst, grp, email, "(713) %03d-%04d" % (rnd.randint(200, 989), rnd.randint(0, 9999)),
                  "x%d" % (201 + i), d(day(datetime.date(2008, 1, 1), datetime.date(2025, 6, 30))),
                  rnd.choice(["Active"] * 9 + ["On Leave"])])
# --- cases and filings
def anum():
    n = rnd.randint(200000000, 249999999) if rnd.random() < 0.8 else rnd.randint(10000000, 99999999)
    s = "%09d" % n
    return rnd.choice(["A-%s-%s-%s" % (s[:3], s[3:6], s[6:]), "A%s" % s, "A%s" % s, "A-%s" % s])
def receipt(dt, form):
    if rnd.random() < 0.35 and form in ("I-130", "I-765", "I-539", "N-400", "I-90", "I-131"):
        return "IOE09%08d" % rnd.randint(0, 99999999)
    c = rnd.choice(["EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC", "IOE"] if form != "I-129" else ["EAC", "WAC"])
    fy = (dt.year + (1 if dt.month >= 10 else 0)) % 100
    return "%s%02d%03d%05d" % (c, fy, rnd.choice([900, 901, 902, 903, 904, 905, 906, rnd.randint(1, 260)]), rnd.randint(0, 99999))
cases, filings = [], []
used_names = set()
for n in range(900):
    country, births, pfmt = rnd.choices(COUNTRIES, WEIGHTS)[0]
    form, vclass, ptype = rnd.choices(MATTERS, MW)[0]
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    if rnd.random() < 0.3:
        g = "%s %s" % (g, rnd.choice(GIVEN))
    if rnd.random() < 0.15 and country in ("Mexico", "El Salvador", "Brazil"):
        f = "%s %s" % (f, rnd.choice(["Lopez", "Morales", "Cruz", "Santos", "Ramirez"]))
    bene = "%s, %s" % (f.upper(), g)
    male = rnd.random() < 0.5
    dob = day(datetime.date(1958, 1, 1), datetime.date(2006, 12, 31))
    if form == "N-400" and rnd.random() < 0.1:
        dob = day(datetime.date(1931, 1, 1), datetime.date(1945, 12, 31))
    opened = day(datetime.date(2019, 1, 1), datetime.date(2026, 10, 31))
    citizen = country if rnd.random() < 0.92 else rnd.choice(["Canada", "United Kingdom", "Spain", "India"])
    a = anum() if (form in ("I-485", "N-400", "I-751", "I-90", "I-589") or rnd.random() < 0.25) else ""
    pp = pfmt % (rnd.choice("JKLMNPRSTUVZ"), rnd.randint(1000000, 9999999)) if "%s" in pfmt else pfmt % rnd.randint(0, 10 ** (8 if "%08d" in pfmt else 7 if "%07d" in pfmt else 6) - 1)
    ppexp = day(opened, opened + datetime.timedelta(days=3650))
    if rnd.random() < 0.5:
        i94 = "%09d%s%d" % (rnd.randint(100000000, 999999999), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.randint(0, 9))
    else:
        i94 = "%011d" % rnd.randint(10000000000, 99999999999)
    if form in ("N-400", "I-130", "I-129F", "I-90", "I-751") and rnd.random() < 0.7:
        i94 = ""
    sevis = "N%010d" % rnd.randint(0, 3999999999) if vclass.startswith("F-1") or (vclass == "H-1B" and rnd.random() < 0.3) else ""
    if ptype == "Employer":
        pet = rnd.choice(EMPLOYERS)
        job = rnd.choice(["Software Developer", "Systems Analyst", "Data Scientist", "Registered Nurse", "Civil Engineer",
                          "Physical Therapist", "Mechanical Engineer", "Financial Analyst", "Construction Manager", "Dentist"])
        soc = {"Software Developer": "15-1252", "Systems Analyst": "15-1211", "Data Scientist": "15-2051", "Registered Nurse": "29-1141",
               "Civil Engineer": "17-2051", "Physical Therapist": "29-1123", "Mechanical Engineer": "17-2141",
               "Financial Analyst": "13-2051", "Construction Manager": "11-9021", "Dentist": "29-1021"}[job]
        wage = "%d" % (rnd.randint(55, 190) * 1000 + rnd.choice([0, 500, 240, 800]))
        prio = d(day(opened - datetime.timedelta(days=900), opened)) if form in ("I-140", "I-485") else ""
    elif ptype == "Individual":
        pet = "%s %s" % (rnd.choice(GIVEN + ["John", "Michael", "Jennifer", "Ashley", "David"]),
                         f.split()[0] if rnd.random() < 0.6 else rnd.choice(FAMILY + ["Smith", "Johnson", "Miller"]))
        job, soc, wage = "", "", ""
        prio = d(day(opened - datetime.timedelta(days=3000), opened)) if vclass in ("F2A",) or form == "I-130" else ""
    else:
        pet = ""
        job, soc, wage, prio = "", "", "", ""
    city, state, zips = rnd.choices(CITIES, CW)[0]
    addr = "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS))
    if rnd.random() < 0.45:
        addr += rnd.choice([" Apt %d", " Apt %d", " Unit %d", " #%d"]) % rnd.randint(1, 2400)
    email = rnd.choice(["%s.%s%d@gmail.com", "%s%s%d@yahoo.com", "%s_%s%d@outlook.com"]) % (g.split()[0].lower(), f.split()[0].lower(), rnd.randint(1, 99))
    phone = rnd.choice(["(%d) %03d-%04d", "%d-%03d-%04d", "+1 %d %03d %04d"]) % (rnd.choice([713, 281, 832, 346, 512, 201, 732]), rnd.randint(200, 989), rnd.randint(0, 9999))
    att = rnd.choice(attorneys); para = rnd.choice(paralegals)
    status = rnd.choices(STATUS, SW)[0]
    note = rnd.choice(["", "", "", "",
                       "Spouse %s %s (A-%03d-%03d-%03d) filing I-485 concurrently" % (rnd.choice(GIVEN), f.split()[0], rnd.randint(200, 249), rnd.randint(0, 999), rnd.randint(0, 999)),
                       "RFE issued %s - need employer letter from HR (%s)" % (d(day(opened, opened + datetime.timedelta(days=200))), rnd.choice(SG)),
                       "Client called re: travel; advised not to leave US while I-485 pending. Mother %s %s visiting on B-2" % (rnd.choice(GIVEN), f.split()[0]),
                       "Prior removal proceedings 2014 (Houston IC); see file of brother %s %s" % (rnd.choice(GIVEN), f.split()[0]),
                       "Premium processing requested", "Biometrics done at Houston ASC", "Fee waiver I-912 denied; client paid"])
    case_id = "%d-%s-%04d" % (opened.year, {"I-129": "H", "I-140": "PERM", "I-485": "AOS", "I-130": "FAM", "I-129F": "FAM", "N-400": "NAT", "I-751": "ROC", "I-539": "COS", "I-765": "EAD", "I-589": "ASY", "I-90": "GC"}[form], n + 1)
    cases.append([case_id, bene, d(dob), "Male" if male else "Female", rnd.choice(births), country, citizen, a, pp, d(ppexp), i94,
                  sevis, form, vclass, pet, ptype, job, soc, wage, prio, addr, city, state, rnd.choice(zips), phone, email, att, para,
                  rnd.choice(["NSC", "TSC", "VSC", "CSC", "NBC", "Potomac SC", "Houston FO", "National Benefits Center"]),
                  d(opened), status, note])
    forms = [form] + {"I-485": ["I-765", "I-131"], "I-129": [], "I-140": [], "I-130": ["I-485", "I-765"] if vclass == "IR-1" else [],
                      "N-400": [], "I-129F": [], "I-751": [], "I-539": [], "I-765": [], "I-589": ["I-765"], "I-90": []}[form]
    if rnd.random() < 0.4:
        forms.append(rnd.choice(["I-907", "G-28", "I-864", "I-693", "I-824"]))
    rd = opened + datetime.timedelta(days=rnd.randint(10, 120))
    for k, fm in enumerate(forms):
        if status in ("Intake", "Documents Requested", "Drafting"):
            break
        fst = rnd.choices(STATUS[4:], SW[4:])[0]
        filings.append([receipt(rd, fm), case_id, fm, d(rd), d(rd + datetime.timedelta(days=rnd.randint(3, 30))),
                        rnd.choice(["Receipt Notice", "Receipt Notice", "Transfer Notice", "Biometrics Appointment", "Approval Notice"]),
                        fst, "%d.00" % rnd.choice([410, 470, 675, 715, 1225, 1440, 2805, 85, 0]),
                        d(rd + datetime.timedelta(days=rnd.randint(20, 90))) if fm in ("I-485", "N-400", "I-90", "I-751") else ""])
cases.sort(key=lambda r: (r[29][-4:], r[29]))
H1 = ["Case ID", "Beneficiary", "Date of Birth", "Gender", "City of Birth", "Country of Birth", "Country of Citizenship",
      "A-Number", "Passport No", "Passport Expiration", "I-94 Number", "SEVIS ID", "Form Type", "Visa Class", "Petitioner",
      "Petitioner Type", "Job Title", "SOC Code", "Offered Wage", "Priority Date", "US Address", "City", "State", "Zip",
      "Phone", "Email", "Attorney", "Paralegal", "Service Center", "Date Opened", "Case Status", "Notes"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NATIONAL_ID", "NATIONAL_ID", "DATE", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE",
      "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NAME", "NAME",
      "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"]
H2 = ["Receipt Number", "Case ID", "Form", "Receipt Date", "Notice Date", "Notice Type", "Status", "Filing Fee", "Biometrics Date"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"]
H3 = ["Staff ID", "Name", "Role", "Bar Number", "Bar State", "Practice Group", "Email", "Direct Line", "Extension", "Hire Date", "Status"]
L3 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"]
assert len({r[0] for r in filings}) == len(filings)
for name, head, rows in (("cases", H1, cases), ("filings", H2, filings), ("staff", H3, staff)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"cases." + h: l for h, l in zip(H1, L1)}
cols.update({"filings." + h: l for h, l in zip(H2, L2)})
cols.update({"staff." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "immigration-case",
        "description": "Invented case-management export of a US immigration law firm, ',', MM/DD/YYYY: %d cases (beneficiary 'LAST, First', birth date and city, country of birth and citizenship, A-Number, passport, I-94, SEVIS ID, form type and visa class, petitioner employer or relative, priority date, US address, attorney and paralegal by name, status, notes naming relatives with A-Numbers), %d USCIS filings (receipt numbers), %d staff (bar numbers)" % (len(cases), len(filings), len(staff)),
        "delimiter": ",", "entity": "cases", "columns": cols,
        "foreignKeys": [{"column": "filings.Case ID", "references": "cases.Case ID"},
                        {"column": "cases.Attorney", "references": "staff.Name"},
                        {"column": "cases.Paralegal", "references": "staff.Name"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

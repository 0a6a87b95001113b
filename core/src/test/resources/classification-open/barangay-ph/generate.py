#!/usr/bin/env python3
"""Writes barangay-ph: an invented export of a FICTIONAL Philippine rural health unit and its barangay health stations
(Bustos, Bulacan) in the style of an iClinicSys / target-client-list spreadsheet (seeded, Python standard library only).
',' delimiter, dates mm/dd/yyyy, English headers as Philippine RHU forms print them. bhw (16 barangay health workers
and midwives: BHW ID, name 'Ma. Theresa R. Bautista', designation, barangay, purok assigned, contact no., accreditation
no.), households (430: Household No. 'HH-0123-2023', purok, sitio, street, barangay, municipality/city, province, head of
household, 4Ps member Y/N, NHTS-PR, water source, toilet facility, household members), members (1,300 clients: client
no., PhilHealth PIN '12-345678901-2' (mod-11 check, empty for 22%), Last Name, First Name, Middle Name (the mother's
maiden surname; empty for some), Suffix (Jr., III), sex, birthdate, age (some over 89), civil status, household no.,
relationship to head, contact no. '0917 123 4567' / '09171234567' / '+63 917 123 4567', PhilHealth category, 4Ps member,
mother's full name, registered by (BHW)), visits (2,400 immunizations and prenatal visits: visit no., client no., date,
service 'Penta 2' / 'Prenatal 2nd Tri', vaccine lot no., weight '12.4', height, BP '110/70', AOG weeks, LMP, EDC, TT/Td
status, attended by (BHW or midwife), midwife, remarks free text (some name a relative, some with a phone)). Deliberate
coincidences: the surnames Bustos and Balagtas beside the municipalities Bustos and Balagtas; the given names Jasmine,
Daisy and Rosal beside 'Purok Jasmine', 'Purok Daisy' and 'Purok Rosal'; the streets 'Rizal St.', 'Mabini St.' and
'Bonifacio St.' beside the surnames Rizal, Mabini and Bonifacio; a BHW surnamed Cruz beside clients surnamed Cruz."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(860202)
GIVEN = ["Maria", "Ma. Cristina", "Jasmine", "Daisy", "Rosal", "Angelica", "Kristine", "Jennifer", "Rowena", "Marites",
         "Lorna", "Analyn", "Mary Joy", "Princess", "Althea", "Remedios", "Corazon", "Erlinda", "Nenita", "Leonora",
         "Jose", "Juan", "Mark Anthony", "John Paul", "Christian", "Rodel", "Jayson", "Ramil", "Arnel", "Romeo",
         "Eduardo", "Renato", "Danilo", "Jun", "Rommel", "Noel", "Carlo", "Jerome", "Kenneth", "Rogelio"]
FEMALE = set(GIVEN[:20])
FAMILY = ["Dela Cruz", "Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Castillo",
          "Aquino", "Bustos", "Balagtas", "Rizal", "Mabini", "Bonifacio", "De Guzman", "Pascual", "Manalo", "Sarmiento",
          "Gatchalian", "Tolentino", "Mercado", "Soriano", "Lacson", "Dizon", "Navarro", "Del Rosario", "Samonte", "Valdez"]
BRGY = [("Poblacion", ["Purok 1", "Purok 2", "Purok 3", "Purok 4"], ["Rizal St.", "Mabini St.", "Bonifacio St.", "Del Pilar St.", "Gomburza St."]),
        ("Bonga Mayor", ["Purok Jasmine", "Purok Rosal", "Purok Sampaguita", "Purok Ilang-Ilang"], ["Mabini St.", "Sampaguita St.", ""]),
        ("Bonga Menor", ["Purok Daisy", "Purok Rosal", "Purok Camia"], ["Rizal St.", ""]),
        ("Tibagan", ["Purok 1", "Purok 2", "Purok 5"], ["Bonifacio St.", "Mangga St.", ""]),
        ("Malamig", ["Purok Jasmine", "Purok Daisy", "Purok Orchids"], ["Sitio Road", ""]),
        ("Catacte", ["Purok 1", "Purok 2", "Purok 3"], ["Rizal St.", ""]),
        ("San Pedro", ["Purok Mabini", "Purok Luna"], ["Luna St.", ""])]
SITIO = ["", "", "", "Sitio Bagong Silang", "Sitio Malinis", "Sitio Ilog", "Sitio Paraiso"]
OUTSIDE = [("Bustos", 90), ("Baliwag", 5), ("Pandi", 3), ("Balagtas", 2)]
BHW = [("Ma. Theresa R. Bautista", "BHW", "Poblacion"), ("Lorna S. Cruz", "BHW", "Poblacion"), ("Nelia P. Santos, RM", "Midwife", "Poblacion"),
       ("Rosario M. Dizon", "BHW", "Bonga Mayor"), ("Evelyn C. Manalo", "BHW", "Bonga Mayor"), ("Josephine A. Reyes, RM", "Midwife", "Bonga Mayor"),
       ("Gina T. Pascual", "BHW", "Bonga Menor"), ("Marilou D. Samonte", "BHW", "Tibagan"), ("Cecilia B. Tolentino, RM", "Midwife", "Tibagan"),
       ("Aurora V. Mercado", "BHW", "Malamig"), ("Divina L. Soriano", "BHW", "Malamig"), ("Ana Liza G. Navarro", "BHW", "Catacte"),
       ("Precy M. Valdez", "BHW", "Catacte"), ("Teresita F. Lacson, RM", "Midwife", "Catacte"), ("Felicidad R. Aquino", "BHW", "San Pedro"),
       ("Rhea Mae C. Garcia, RN", "PHN", "Poblacion")]
VACC = ["BCG", "Hepa B (birth dose)", "Penta 1", "Penta 2", "Penta 3", "OPV 1", "OPV 2", "OPV 3", "IPV 1", "IPV 2",
        "PCV 1", "PCV 2", "PCV 3", "MMR 1", "MMR 2"]
PRENATAL = ["Prenatal 1st Tri", "Prenatal 2nd Tri", "Prenatal 3rd Tri", "Prenatal 3rd Tri", "Td1", "Td2"]
CAT = ["Indigent (NHTS-PR)", "Sponsored (LGU)", "Formal Economy", "Informal Economy", "Senior Citizen", "Dependent"]
REMARKS = ["", "", "", "", "", "", "Complete", "Defaulter, home visit done", "With fever, deferred", "Referred to RHU for high BP",
           "Given Vit A", "For follow-up next month", "Iron + folic acid given", "Pregnancy test positive"]

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def mdy(d):
    return d.strftime("%m/%d/%Y")

def phone():
    p = "9" + rnd.choice(["17", "15", "27", "05", "18", "19", "28", "39", "66", "77", "98", "99"]) + "".join(rnd.choice("0123456789") for _ in range(7))
    s = rnd.random()
    if s < 0.5:
        return "0" + p[:3] + " " + p[3:6] + " " + p[6:]
    if s < 0.8:
        return "0" + p
    return "+63 " + p[:3] + " " + p[3:6] + " " + p[6:]

def philhealth():
    base = "%02d" % rnd.choice([1, 2, 3, 19, 20]) + "".join(rnd.choice("0123456789") for _ in range(9))
    w = [sum(int(c) * (i + 2) for i, c in enumerate(reversed(base)))]
    chk = (11 - w[0] % 11) % 11 % 10
    s = base + str(chk)
    return s[:2] + "-" + s[2:11] + "-" + s[11]

TODAY = datetime.date(2025, 5, 31)
bhw = []
for i, (nm, des, br) in enumerate(BHW):
    pur = rnd.choice([b for b in BRGY if b[0] == br][0][1])
    acc = "BHW-03-" + "%05d" % rnd.randint(100, 99999) if des == "BHW" else "PRC " + "%07d" % rnd.randint(100000, 999999)
    bhw.append(["BHW-%03d" % (i + 1), nm, des, br, pur if des == "BHW" else "", phone(), acc])

households = []
for i in range(430):
    br, puroks, streets = rnd.choices(BRGY, weights=[30, 18, 12, 14, 10, 10, 6])[0]
    mun = rnd.choices([o[0] for o in OUTSIDE], weights=[o[1] for o in OUTSIDE])[0]
    st = rnd.choice(streets)
    households.append(["HH-%04d-%d" % (i + 1, rnd.choice([2022, 2023, 2024])), rnd.choice(puroks), rnd.choice(SITIO),
                       ((str(rnd.randint(1, 250)) + " " + st) if st and rnd.random() < 0.7 else st), br, mun, "Bulacan", "",
                       "Y" if rnd.random() < 0.28 else "N", "", rnd.choice(["Level I", "Level II", "Level III", "Level III"]),
                       rnd.choice(["Water-sealed", "Water-sealed", "Pour flush", "Shared", "None"]), 0])
for h in households:
    h[9] = "NHTS" if h[8] == "Y" else rnd.choice(["Non-NHTS", "Non-NHTS", "NHTS"])

members = []
heads = {}
cn = 0
for i in range(1300):
    h = households[i] if i < len(households) else rnd.choice(households)
    g = rnd.choice(GIVEN)
    sex = "F" if g in FEMALE else "M"
    if h[0] in heads and rnd.random() < 0.85:
        last = heads[h[0]][0]
    else:
        last = rnd.choice(FAMILY)
    mid = rnd.choice(FAMILY) if rnd.random() < 0.9 else ""
    if h[0] not in heads:
        rel = "Head"
        age_days = rnd.randint(365 * 22, 365 * 80)
    else:
        rel = rnd.choice(["Spouse", "Son", "Daughter", "Grandchild", "Parent", "Son", "Daughter", "Grandchild"])
        age_days = {"Spouse": rnd.randint(365 * 20, 365 * 75), "Son": rnd.randint(30, 365 * 25), "Daughter": rnd.randint(30, 365 * 25),
                    "Grandchild": rnd.randint(20, 365 * 6), "Parent": rnd.randint(365 * 60, 365 * 88)}[rel]
        if rel == "Son": sex = "M"; g = rnd.choice(GIVEN[20:])
        if rel == "Daughter": sex = "F"; g = rnd.choice(GIVEN[:20])
    b = TODAY - datetime.timedelta(days=age_days)
    if i % 113 == 7:
        b = datetime.date(1931, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1700)); rel = "Parent"
    age = TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))
    suffix = rnd.choice(["Jr.", "Jr.", "Sr.", "II", "III"]) if sex == "M" and rnd.random() < 0.12 else ""
    if rel == "Head":
        heads[h[0]] = (last, g)
        h[7] = last + ", " + g + ((" " + suffix) if suffix else "")
    h[12] += 1
    cn += rnd.randint(1, 3)
    pin = philhealth() if rnd.random() < 0.78 else ""
    mother = rnd.choice(GIVEN[:20]) + " " + (mid if mid else rnd.choice(FAMILY)) if age < 18 else ""
    reg = rnd.choice([x for x in bhw if x[3] == h[4]] or bhw)[1]
    members.append(["BB-%05d" % cn, pin, last.upper() if rnd.random() < 0.3 else last, g, mid, suffix, sex, mdy(b), str(age),
                    "Single" if age < 18 else rnd.choice(["Married", "Married", "Single", "Widowed", "Live-in"]), h[0], rel,
                    phone() if age >= 15 and rnd.random() < 0.7 else "", rnd.choice(CAT) if pin else "", h[8], mother, reg])

visits = []
vn = 0
kids = [m for m in members if int(m[8]) < 2]
moms = [m for m in members if m[6] == "F" and 16 <= int(m[8]) <= 42]
for k in range(2400):
    if rnd.random() < 0.62:
        m = rnd.choice(kids); svc = rnd.choice(VACC)
        d = datetime.date(2024, 1, 3) + datetime.timedelta(days=rnd.randint(0, 500))
        lot = rnd.choice(["PV", "BC", "MR", "PC", "HB"]) + "%d%04d" % (rnd.randint(3, 5), rnd.randint(1, 9999))
        wt = round(rnd.uniform(2.6, 12.5), 1); ht = round(rnd.uniform(48, 85), 1)
        bp = ""; aog = ""; lmp = ""; edc = ""; td = ""
    else:
        m = rnd.choice(moms); svc = rnd.choice(PRENATAL)
        d = datetime.date(2024, 1, 3) + datetime.timedelta(days=rnd.randint(0, 500))
        lot = ("TD" + "%d%04d" % (rnd.randint(3, 5), rnd.randint(1, 9999))) if svc.startswith("Td") else ""
        wt = round(rnd.uniform(42, 82), 1); ht = round(rnd.uniform(142, 168), 1)
        bp = "%d/%d" % (rnd.choice([90, 100, 110, 110, 120, 130, 140]), rnd.choice([60, 70, 70, 80, 90]))
        a = rnd.randint(6, 38); aog = str(a)
        l = d - datetime.timedelta(weeks=a, days=rnd.randint(0, 6)); lmp = mdy(l); edc = mdy(l + datetime.timedelta(days=280))
        td = rnd.choice(["TT2+", "Td1", "Td2", "FIM", ""])
    att = rnd.choice([x for x in bhw if x[3] == [h for h in households if h[0] == m[10]][0][4]] or bhw)
    mw = rnd.choice([x for x in bhw if x[2] == "Midwife"])[1]
    rem = rnd.choice(REMARKS)
    if rnd.random() < 0.07:
        who = rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)
        rem = rnd.choice(["Accompanied by lola %s" % who, "Sinamahan ng asawa na si %s, cp %s" % (who, phone()),
                          "c/o %s (kapitbahay)" % who, "Mother not around, brought by tita %s" % who.split()[0]])
    vn += rnd.randint(1, 2)
    visits.append(["V%06d" % vn, m[0], mdy(d), svc, lot, ("%.1f" % wt), ("%.1f" % ht), bp, aog, lmp, edc, td, att[1], mw, rem])
visits.sort(key=lambda v: (v[2][6:] + v[2][:2] + v[2][3:5], v[0]))
for h in households:
    h[12] = str(h[12])

BH = ["BHW ID", "Name", "Designation", "Barangay", "Purok Assigned", "Contact No.", "Accreditation No."]
HH = ["Household No.", "Purok", "Sitio", "House No./Street", "Barangay", "Municipality/City", "Province", "Head of Household",
      "4Ps Member", "NHTS-PR", "Water Source", "Toilet Facility", "No. of Members"]
MH = ["Client No.", "PhilHealth PIN", "Last Name", "First Name", "Middle Name", "Suffix", "Sex", "Birthdate", "Age",
      "Civil Status", "Household No.", "Relationship to HH Head", "Contact No.", "PhilHealth Category", "4Ps Member",
      "Mother's Name", "Registered By"]
VH = ["Visit No.", "Client No.", "Date of Visit", "Service", "Vaccine Lot No.", "Weight (kg)", "Height (cm)", "BP",
      "AOG (wks)", "LMP", "EDC", "TT/Td Status", "Attended By", "Midwife", "Remarks"]
write("bhw", BH, bhw)
write("households", HH, households)
write("members", MH, members)
write("visits", VH, visits)
N = "NON_IDENTIFYING"
L = {"bhw": ["OTHER_UNIQUE_IDENTIFIER", "NAME", N, "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "TELEPHONE_NUMBER", "CERTIFICATE_LICENSE_NUMBER"],
     "households": ["OTHER_UNIQUE_IDENTIFIER", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS",
                    "GEOGRAPHIC_SUBDIVISION", "CITY", N, "NAME", N, N, N, N, N],
     "members": ["MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "FAMILY_NAME", N, N,
                 "DATE_OF_BIRTH", "AGE", N, "OTHER_UNIQUE_IDENTIFIER", N, "TELEPHONE_NUMBER", N, N, "NAME", "NAME"],
     "visits": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", N, N, N, N, N, N, "DATE", "DATE", N, "NAME", "NAME", "FREE_TEXT"]}
H = {"bhw": BH, "households": HH, "members": MH, "visits": VH}
cols = {}
for t in ("bhw", "households", "members", "visits"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "barangay-ph",
        "description": "Invented export of a fictional rural health unit and its barangay health stations in Bustos, Bulacan (breaker86), ',', dates mm/dd/yyyy, decimal points: bhw 16 (BHW ID, names 'Ma. Theresa R. Bautista' / 'Nelia P. Santos, RM', designation, barangay, purok assigned, contact no., accreditation no. 'BHW-03-01234' / PRC 'PRC 0123456'), households 430 ('HH-0123-2023', purok 'Purok Jasmine', sitio, house no./street '12 Rizal St.', barangay, municipality/city, province Bulacan, head of household 'Dela Cruz, Jose Jr.', 4Ps Y/N, NHTS-PR, water, toilet, member count), members 1,300 (client no. 'BB-00123', PhilHealth PIN '12-345678901-2' with a mod-11 check digit (22% empty), Last Name (30% in capitals), First Name, Middle Name (mother's maiden surname, 10% empty), Suffix, sex, birthdate, age (some over 89), civil status, household no., relationship, contact no. '0917 123 4567' / '09171234567' / '+63 917 123 4567', PhilHealth category, 4Ps, mother's full name for minors, registered by (BHW)), visits 2,400 (visit no., client no., date, service (EPI vaccines, prenatal, Td), lot no., weight '12.4', height, BP '110/70', AOG, LMP and EDC dates, TT/Td status, attended by, midwife, remarks free text (7% naming a relative or neighbour, some with a phone)). Labels: Purok, Sitio and Barangay GEOGRAPHIC_SUBDIVISION; Municipality/City CITY; Province NON_IDENTIFYING (a first-level division); Middle Name FAMILY_NAME (the mother's maiden surname); Household No. OTHER_UNIQUE_IDENTIFIER; LMP and EDC DATE; staff names NAME, BHW ID OTHER_UNIQUE_IDENTIFIER, accreditation CERTIFICATE_LICENSE_NUMBER. Coincidences: surnames Bustos and Balagtas beside the municipalities; given names Jasmine, Daisy, Rosal beside 'Purok Jasmine', 'Purok Daisy', 'Purok Rosal'; streets Rizal St., Mabini St., Bonifacio St. beside those surnames and 'Purok Mabini'; BHW Lorna S. Cruz beside clients surnamed Cruz",
        "entity": "members", "columns": cols,
        "foreignKeys": [{"column": "members.Household No.", "references": "households.Household No."},
                        {"column": "visits.Client No.", "references": "members.Client No."}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

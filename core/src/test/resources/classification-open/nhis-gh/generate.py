#!/usr/bin/env python3
"""Writes nhis-gh: an invented claims export of a FICTIONAL NHIS-accredited clinic in Ghana, seeded, Python standard
library only. ',' and '.' decimals as Ghanaian English-locale systems write them, dates dd/mm/yyyy, English headers
in the style of NHIA e-claims. prescribers (22: registration number 'MDC/RN/04521' / 'PA/02317' / 'NMC/RGN/118342',
name 'Dr. Kwame Mensah', cadre, unit), patients (850: Folder No 'SFC/01234/19', Surname, Other Names, Gender, Date of
Birth, Age (some over 89), Ghana Card No 'GHA-123456789-0' (check digit: Luhn over the nine digits; the NIA algorithm
is not published, so it is assumed), NHIS Membership No (8 digits), NHIS expiry, phones '024 412 3456' /
'+233 24 412 3456' / '0244123456' / '233244123456', Hometown, Residential Address 'Hse No. 12, Nkrumah Avenue,
Haatso', Digital Address (GhanaPostGPS 'GE-183-8164'), Region, District, Occupation, Next of Kin, NOK phone), claims
(2,100: Claim ID, Folder No, NHIS No, attendance date, type of service OPD/IPD, type of attendance, GDRG code
'OPDC06A', ICD-10 code and text, attending prescriber name (many rows each), prescriber registration number, presenting
complaint (free text; some name a relative with a phone), claim amount 'GH¢ 125.50', status), claim_medicines
(3,573: Claim ID, NHIS medicine code 'AMOXICCA1', medicine, dosage, quantity, unit price, total 'GH¢ 12.00').
Coincidences: the surnames Keta and Agogo beside the hometowns and towns Keta and Agogo; the given name Mercy beside
'Mercy Ward'; the surnames Nkrumah and Danquah beside 'Nkrumah Avenue' and 'Danquah Circle'; prescribers Mensah and
Owusu beside patients with those surnames."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(820303)
GIVEN = [("Kwame", "M"), ("Kofi", "M"), ("Kwabena", "M"), ("Kwaku", "M"), ("Yaw", "M"), ("Kojo", "M"), ("Kwesi", "M"),
         ("Emmanuel", "M"), ("Samuel", "M"), ("Ebenezer", "M"), ("Prince", "M"), ("Felix", "M"), ("Ibrahim", "M"),
         ("Abdul-Rahman", "M"), ("Elikem", "M"), ("Selorm", "M"), ("Nii", "M"), ("Fiifi", "M"),
         ("Ama", "F"), ("Akua", "F"), ("Abena", "F"), ("Adwoa", "F"), ("Afua", "F"), ("Yaa", "F"), ("Esi", "F"),
         ("Efua", "F"), ("Comfort", "F"), ("Mercy", "F"), ("Grace", "F"), ("Gifty", "F"), ("Blessing", "F"),
         ("Mariama", "F"), ("Dzifa", "F"), ("Naa", "F"), ("Akosua", "F"), ("Abigail", "F")]
FAMILY = ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Agyeman", "Appiah", "Amoah", "Addo", "Tetteh", "Quaye",
          "Lamptey", "Nkrumah", "Danquah", "Agbeko", "Kpodo", "Adjei", "Darko", "Ofori", "Sarpong", "Keta", "Agogo",
          "Abubakar", "Issah", "Yakubu", "Fuseini", "Nartey", "Ansah", "Gyamfi", "Amankwah", "Dogbe", "Acquah"]
# region -> district -> (digital address prefix, towns/localities, streets)
GEO = {"Greater Accra": {"Ga East Municipal": ("GE", ["Haatso", "Abokobi", "Dome", "Taifa"], ["Nkrumah Avenue", "Haatso-Atomic Road", "Dome Pillar 2 Road"]),
                         "Adentan Municipal": ("GD", ["Adenta", "Ashaley Botwe", "Frafraha"], ["Danquah Circle Road", "Aviation Road", "Commandos Road"]),
                         "Tema Metropolitan": ("GT", ["Tema Community 2", "Tema Community 8", "Sakumono"], ["Harbour Road", "Nkrumah Avenue", "Padmore Street"]),
                         "La Nkwantanang Madina": ("GM", ["Madina", "Ogbojo", "Pantang"], ["Madina Zongo Road", "Danquah Circle", "Firestone Road"])},
       "Eastern": {"New Juaben South Municipal": ("EN", ["Koforidua", "Effiduase", "Adweso"], ["Nkrumah Avenue", "Jackson Park Road"]),
                   "Akuapem North Municipal": ("EK", ["Aburi", "Mampong-Akuapem", "Larteh"], ["Aburi-Berekuso Road", "Station Road"])},
       "Volta": {"Keta Municipal": ("VK", ["Keta", "Anloga", "Dzelukope", "Abor"], ["Fort Street", "Keta Lagoon Road"]),
                 "Ho Municipal": ("VH", ["Ho", "Sokode", "Dome (Ho)"], ["Ho-Aflao Road", "Bankoe Street"])},
       "Ashanti": {"Asante Akim North Municipal": ("AO", ["Agogo", "Juansa", "Hwidiem"], ["Agogo Main Street", "Presby Hospital Road"])}}
REGION_W = {"Greater Accra": 72, "Eastern": 12, "Volta": 10, "Ashanti": 6}
HOMETOWNS = ["Keta", "Agogo", "Anloga", "Aburi", "Kpando", "Nkawkaw", "Bolgatanga", "Tamale", "Wa", "Cape Coast",
             "Winneba", "Kumasi", "Ho", "Akropong", "Larteh", "Accra", "Teshie", "Nungua", "Somanya", "Sunyani", "Navrongo"]
PRESCRIBERS = [["MDC/RN/04521", "Dr. Kwame Mensah", "Medical Officer", "OPD"],
               ["MDC/RN/05210", "Dr. Akosua Owusu-Ansah", "Medical Officer", "OPD"],
               ["MDC/RN/03318", "Dr. Selorm Agbenyega", "Senior Medical Officer", "Mercy Ward"],
               ["MDC/RN/06733", "Dr. Ibrahim Alhassan", "Medical Officer", "Emergency"],
               ["MDC/RN/02291", "Dr. Naa Odarkor Lamptey", "Specialist Obstetrician", "Maternity"],
               ["MDC/RN/07102", "Dr. Fiifi Quansah", "House Officer", "Mercy Ward"],
               ["MDC/RN/06015", "Dr. Esi Owusu", "Paediatrician", "Child Health"],
               ["PA/02317", "Mr. Kofi Boadu", "Physician Assistant", "OPD"],
               ["PA/03145", "Ms. Gifty Amponsah", "Physician Assistant", "OPD"],
               ["PA/01988", "Mr. Yaw Darko", "Physician Assistant", "Emergency"],
               ["PA/04022", "Mr. Elikem Tsikata", "Physician Assistant", "OPD"],
               ["NMC/RGN/118342", "Ms. Comfort Mensah", "Nurse Prescriber", "Child Health"],
               ["NMC/RM/204517", "Mrs. Adwoa Sarpong", "Midwife", "Maternity"],
               ["NMC/RM/198022", "Mrs. Gladys Tetteh", "Midwife", "Maternity"],
               ["MDC/RN/08811", "Dr. Abena Frimpong", "Medical Officer", "OPD"],
               ["MDC/RN/03954", "Dr. Samuel Kuffour", "Family Physician", "OPD"],
               ["MDC/RN/09123", "Dr. Mariama Seidu", "House Officer", "Mercy Ward"],
               ["PA/05210", "Mr. Prince Asamoah", "Physician Assistant", "OPD"],
               ["MDC/DS/01233", "Dr. Kwesi Essel", "Dental Surgeon", "Dental"],
               ["PA/05577", "Ms. Blessing Nyarko", "Physician Assistant", "Emergency"],
               ["MDC/RN/04412", "Dr. Emmanuel Agyeman", "Medical Officer", "Emergency"],
               ["NMC/RGN/120987", "Mr. Felix Dogbe", "Nurse Prescriber", "OPD"]]
BY_UNIT = {}
for p in PRESCRIBERS:
    BY_UNIT.setdefault(p[3], []).append(p)
# unit -> (GDRG, ICD-10, text, complaint, medicines)
CASES = {"OPD": [("OPDC06A", "B54", "Unspecified malaria", "Fever and headache x 3 days", ["ARTLUMTA1", "PARACETA1"]),
                 ("OPDC06A", "I10", "Essential (primary) hypertension", "Review of BP", ["AMLODITA1", "NIFEDITA2"]),
                 ("OPDC06A", "E11.9", "Type 2 diabetes mellitus without complications", "Diabetic review", ["METFORTA1", "GLIBENTA1"]),
                 ("OPDC06A", "J06.9", "Acute upper respiratory infection, unspecified", "Cough and catarrh", ["AMOXICCA1", "PARACETA1"]),
                 ("OPDC06A", "A09", "Diarrhoea and gastroenteritis of presumed infectious origin", "Running stomach", ["ORSPOWDE1", "ZINCSUTA1", "METRONTA1"]),
                 ("OPDC06A", "N39.0", "Urinary tract infection, site not specified", "Painful urination", ["CIPROFTA1"]),
                 ("OPDC06A", "M54.5", "Low back pain", "Waist pain", ["IBUPROTA1", "DICLOFTA1"])],
         "Child Health": [("OPDC06C", "B54", "Unspecified malaria", "Fever x 2 days", ["ARTLUMTA1", "PARACESY1"]),
                          ("OPDC06C", "A09", "Diarrhoea and gastroenteritis of presumed infectious origin", "Diarrhoea and vomiting", ["ORSPOWDE1", "ZINCSUTA1"]),
                          ("OPDC06C", "J18.9", "Pneumonia, unspecified", "Fast breathing", ["AMOXICSY1"])],
         "Maternity": [("OBGY30A", "Z34.9", "Supervision of normal pregnancy, unspecified", "ANC visit", ["FERSULTA1", "FOLICATA1"]),
                       ("OBGY38A", "O80", "Single spontaneous delivery", "In labour", ["OXYTOCIN1", "PARACETA1"]),
                       ("OBGY30A", "O21.0", "Mild hyperemesis gravidarum", "Vomiting in pregnancy", ["METOCLTA1"])],
         "Mercy Ward": [("MEDI28A", "B50.9", "Plasmodium falciparum malaria, unspecified", "Severe malaria, admitted", ["ARTESUIN1", "PARACETA1"]),
                        ("MEDI31A", "A01.0", "Typhoid fever", "Fever x 1 week", ["CIPROFTA1", "CEFTRIIN1"]),
                        ("MEDI28A", "D57.0", "Sickle-cell anaemia with crisis", "Bone pains, known SCD", ["FOLICATA1", "IBUPROTA1"])],
         "Emergency": [("OPDC06A", "T14.1", "Open wound of unspecified body region", "RTA, laceration on leg", ["TETANUIN1", "AMOXICCA1"]),
                       ("OPDC06A", "R10.4", "Other and unspecified abdominal pain", "Abdominal pain", ["OMEPRACA1", "PARACETA1"])],
         "Dental": [("DENT12A", "K04.7", "Periapical abscess without sinus", "Toothache", ["AMOXICCA1", "METRONTA1", "IBUPROTA1"])]}
MEDS = {"ARTLUMTA1": ("Artemether + Lumefantrine Tablet, 20/120mg", "4 tabs bd x 3/7", 24, 0.65),
        "PARACETA1": ("Paracetamol Tablet, 500mg", "1g tds x 3/7", 18, 0.10),
        "PARACESY1": ("Paracetamol Syrup, 120mg/5ml", "5ml tds x 3/7", 1, 4.20),
        "AMLODITA1": ("Amlodipine Tablet, 10mg", "10mg daily x 30/7", 30, 0.35),
        "NIFEDITA2": ("Nifedipine Tablet, 20mg (SR)", "20mg bd x 30/7", 60, 0.30),
        "METFORTA1": ("Metformin Tablet, 500mg", "500mg bd x 30/7", 60, 0.18),
        "GLIBENTA1": ("Glibenclamide Tablet, 5mg", "5mg daily x 30/7", 30, 0.12),
        "AMOXICCA1": ("Amoxicillin Capsule, 500mg", "500mg tds x 5/7", 15, 0.40),
        "AMOXICSY1": ("Amoxicillin Suspension, 125mg/5ml", "5ml tds x 5/7", 1, 6.50),
        "ORSPOWDE1": ("Oral Rehydration Salts", "1 sachet after each stool", 6, 1.10),
        "ZINCSUTA1": ("Zinc Sulphate Dispersible Tablet, 20mg", "20mg daily x 10/7", 10, 0.25),
        "METRONTA1": ("Metronidazole Tablet, 200mg", "400mg tds x 5/7", 30, 0.12),
        "CIPROFTA1": ("Ciprofloxacin Tablet, 500mg", "500mg bd x 7/7", 14, 0.55),
        "IBUPROTA1": ("Ibuprofen Tablet, 400mg", "400mg tds x 5/7", 15, 0.20),
        "DICLOFTA1": ("Diclofenac Tablet, 50mg", "50mg bd x 5/7", 10, 0.22),
        "FERSULTA1": ("Ferrous Sulphate Tablet, 200mg", "200mg daily x 30/7", 30, 0.08),
        "FOLICATA1": ("Folic Acid Tablet, 5mg", "5mg daily x 30/7", 30, 0.05),
        "OXYTOCIN1": ("Oxytocin Injection, 10IU", "10IU im stat", 1, 3.80),
        "METOCLTA1": ("Metoclopramide Tablet, 10mg", "10mg tds x 3/7", 9, 0.30),
        "ARTESUIN1": ("Artesunate Injection, 60mg", "2.4mg/kg iv at 0, 12, 24h", 5, 18.00),
        "CEFTRIIN1": ("Ceftriaxone Injection, 1g", "1g iv daily x 5/7", 5, 9.50),
        "TETANUIN1": ("Tetanus Toxoid Injection, 0.5ml", "0.5ml im stat", 1, 5.00),
        "OMEPRACA1": ("Omeprazole Capsule, 20mg", "20mg bd x 14/7", 28, 0.25)}
COMPLAINT_P = ["Brought in by mother {n} ({p})", "Accompanied by husband {g}", "Referred from {t} CHPS, escort {n} {p}",
               "Brought in by neighbour {n}", "Son {g} to be called on {p}"]
OCC = ["Trader", "Farmer", "Teacher", "Student", "Driver", "Artisan", "Seamstress", "Hairdresser", "Fisherman", "Nurse",
       "Pensioner", "Unemployed", "Civil Servant", "Pupil", "Carpenter", "Okada rider"]
TODAY = datetime.date(2025, 11, 27)

def d(x):
    return x.strftime("%d/%m/%Y")

def luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        t += v - 9 if v > 9 else v
    return str((10 - t % 10) % 10)

def phone():
    n = rnd.choice(["24", "54", "55", "59", "20", "50", "27", "57", "26"]) + "%07d" % rnd.randint(0, 9999999)
    s = rnd.choices([0, 1, 2, 3], [45, 20, 25, 10])[0]
    return ["0%s %s %s" % (n[:2], n[2:5], n[5:]), "+233 %s %s %s" % (n[:2], n[2:5], n[5:]), "0" + n, "233" + n][s]

def cedi(x):
    return "GH¢ %.2f" % x

patients = []
used_card, used_nhis, folders = set(), set(), set()
for k in range(850):
    g, sex = rnd.choice(GIVEN)
    fam = rnd.choice(FAMILY)
    other = g if rnd.random() < 0.55 else "%s %s" % (g, rnd.choice([x for x, s in GIVEN if s == sex and x != g]))
    r = rnd.random()
    if r < 0.013:
        born = datetime.date(rnd.randint(1929, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.25:
        born = datetime.date(rnd.randint(2008, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1940, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    while True:
        f = "SFC/%05d/%02d" % (rnd.randint(1, 30000), rnd.randint(12, 25))
        if f not in folders:
            folders.add(f); break
    if age >= 15 or rnd.random() < 0.1:
        while True:
            n9 = "%09d" % rnd.randint(700000000, 799999999)
            if n9 not in used_card:
                used_card.add(n9); break
        card = "GHA-%s-%s" % (n9, luhn(n9)) if rnd.random() < 0.9 else ""
    else:
        card = ""
    while True:
        nh = "%08d" % rnd.randint(10000000, 99999999)
        if nh not in used_nhis:
            used_nhis.add(nh); break
    exp = TODAY + datetime.timedelta(days=rnd.randint(-200, 365))
    region = rnd.choices(list(REGION_W), list(REGION_W.values()))[0]
    dist = rnd.choice(list(GEO[region]))
    pre, towns, streets = GEO[region][dist]
    town = rnd.choice(towns)
    addr = rnd.choice(["Hse No. %d, %s, %s" % (rnd.randint(1, 90), rnd.choice(streets), town),
                       "%s, near %s" % (town, rnd.choice(["Presby Church", "Total filling station", "the Chief's palace", "JHS park", "the lorry station"])),
                       "H/No. %s/%d, %s" % (pre[1] + rnd.choice("ABCD"), rnd.randint(1, 200), town)])
    gps = "%s-%03d-%04d" % (pre, rnd.randint(1, 999), rnd.randint(0, 9999)) if rnd.random() < 0.7 else ""
    home = town.split(" ")[0] if rnd.random() < 0.2 else rnd.choice(HOMETOWNS)
    if fam in ("Keta", "Agogo") and rnd.random() < 0.6:
        home = fam
    occ = "Pupil" if age < 15 else "Pensioner" if age > 65 and rnd.random() < 0.6 else rnd.choice(OCC)
    nok_g = rnd.choice(GIVEN)[0]
    nok = "%s %s" % (nok_g, fam if rnd.random() < 0.6 else rnd.choice(FAMILY)) if rnd.random() < 0.85 else ""
    patients.append([f, fam.upper() if rnd.random() < 0.5 else fam, other, "Male" if sex == "M" else "Female", d(born), str(age),
                     card, nh, d(exp), phone() if rnd.random() < 0.93 else "", home, addr, gps, region, dist, occ, nok,
                     phone() if nok and rnd.random() < 0.9 else ""])
patients.sort(key=lambda p: (p[0][-2:], p[0]))

claims, meds = [], []
cid = 0
for _ in range(2100):
    p = rnd.choice(patients)
    age = int(p[5])
    if age < 12:
        unit = rnd.choices(["Child Health", "Emergency", "Mercy Ward"], [70, 15, 15])[0]
    elif p[3] == "Female" and 17 <= age <= 44 and rnd.random() < 0.3:
        unit = "Maternity"
    else:
        unit = rnd.choices(["OPD", "Emergency", "Mercy Ward", "Dental"], [70, 12, 12, 6])[0]
    gdrg, icd, text, comp, mcodes = rnd.choice(CASES[unit])
    if unit == "Child Health":
        pres = rnd.choice(BY_UNIT["Child Health"])
    else:
        pres = rnd.choice(BY_UNIT[unit])
    day = TODAY - datetime.timedelta(days=rnd.randint(0, 540))
    if rnd.random() < 0.1:
        gg = rnd.choice(GIVEN)[0]
        comp = comp + ". " + rnd.choice(COMPLAINT_P).format(n="%s %s" % (gg, p[1].title() if rnd.random() < 0.6 else rnd.choice(FAMILY)),
                                                            g=gg, p=phone(), t=rnd.choice(HOMETOWNS))
    ipd = gdrg.startswith("MEDI") or gdrg == "OBGY38A"
    tariff = {"OPDC06A": 21.94, "OPDC06C": 18.40, "OBGY30A": 16.52, "OBGY38A": 196.45, "MEDI28A": 212.30, "MEDI31A": 245.10, "DENT12A": 38.75}[gdrg]
    cid += rnd.randint(1, 5)
    claim_id = "CLM%s%06d" % (day.strftime("%y%m"), cid)
    total = tariff
    for mc in mcodes:
        if rnd.random() < 0.85:
            name, dose, qty, price = MEDS[mc]
            q = qty if rnd.random() < 0.8 else max(1, qty // 2)
            meds.append([claim_id, mc, name, dose, str(q), "%.2f" % price, cedi(q * price)])
            total += q * price
    status = rnd.choices(["Submitted", "Vetted", "Paid", "Rejected", "Query"], [20, 25, 45, 5, 5])[0]
    claims.append([claim_id, p[0], p[7], d(day), "IPD" if ipd else "OPD",
                   rnd.choices(["Acute", "Chronic Follow-up", "Emergency", "Antenatal", "Review"], [50, 15, 15, 10 if unit == "Maternity" else 0, 10])[0],
                   gdrg, icd, text, pres[1], pres[0], comp, cedi(total), status])
claims.sort(key=lambda c: c[0])
meds.sort(key=lambda m: (m[0], m[1]))

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head); w.writerows(rows)

RH = ["Prescriber Reg No", "Attending Prescriber", "Cadre", "Unit"]
PH = ["Folder No", "Surname", "Other Names", "Gender", "Date of Birth", "Age", "Ghana Card No", "NHIS Membership No",
      "NHIS Expiry Date", "Phone No", "Hometown", "Residential Address", "Digital Address", "Region", "District", "Occupation",
      "Next of Kin", "NOK Phone No"]
CH = ["Claim ID", "Folder No", "NHIS Membership No", "Date of Attendance", "Type of Service", "Type of Attendance",
      "GDRG Code", "ICD-10 Code", "Diagnosis", "Attending Prescriber", "Prescriber Reg No", "Presenting Complaint",
      "Claim Amount", "Claim Status"]
MH = ["Claim ID", "Medicine Code", "Medicine", "Dosage", "Qty", "Unit Price (GH¢)", "Total"]
write("prescribers", RH, PRESCRIBERS)
write("patients", PH, patients)
write("claims", CH, claims)
write("claim_medicines", MH, meds)
N, Q = "NON_IDENTIFYING", "QUASI_IDENTIFIER"
L = {"prescribers": [Q, "NAME", N, N],
     "patients": ["MEDICAL_RECORD_NUMBER", "FAMILY_NAME", "GIVEN_NAME", N, "DATE_OF_BIRTH", "AGE", "NATIONAL_ID",
                  "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE", "TELEPHONE_NUMBER", "CITY", "STREET_ADDRESS", "STREET_ADDRESS",
                  N, "COUNTY", N, "NAME", "TELEPHONE_NUMBER"],
     "claims": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE", N, N, N, N, N,
                "NAME", Q, "FREE_TEXT", N, N],
     "claim_medicines": ["OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N]}
H = {"prescribers": RH, "patients": PH, "claims": CH, "claim_medicines": MH}
cols = {}
for t in ("prescribers", "patients", "claims", "claim_medicines"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "nhis-gh",
        "description": "Invented claims export of a fictional NHIS-accredited clinic in Ghana (breaker82), ',', '.' decimals, dd/mm/yyyy, English headers in the NHIA e-claims style: prescribers 22 (registration number 'MDC/RN/04521' / 'PA/02317' / 'NMC/RGN/118342', 'Dr. Kwame Mensah' (staff), cadre, unit), patients 850 (Folder No 'SFC/01234/19', Surname (half in capitals), Other Names (45% two), Gender, Date of Birth, Age (about 1.3% over 89), Ghana Card No 'GHA-712345678-3' (Luhn check digit assumed; children mostly without), NHIS Membership No 8 digits, NHIS Expiry Date, Phone No '024 412 3456' / '+233 24 412 3456' / '0244123456' / '233244123456', Hometown, Residential Address 'Hse No. 12, Nkrumah Avenue, Haatso' or 'Abokobi, near Presby Church', Digital Address GhanaPostGPS 'GE-183-8164' (70%), Region, District, Occupation, Next of Kin 'Ama Mensah', NOK Phone No), claims 2,100 (Claim ID 'CLM2403000123', Folder No, NHIS Membership No, Date of Attendance, OPD/IPD, type of attendance, GDRG 'OPDC06A', ICD-10 code and text, Attending Prescriber (name, many rows each) and Prescriber Reg No, Presenting Complaint (free text; 10% name a relative or escort, some with a phone), Claim Amount 'GH¢ 125.50', status), claim_medicines 3,573 (Claim ID, NHIS medicine code 'AMOXICCA1', medicine, dosage, Qty, unit price '0.40', Total 'GH¢ 6.00'). Labels: Hometown CITY (a town of origin, smaller than a state); District COUNTY; Region NON_IDENTIFYING (first-level, like a state); Digital Address and Residential Address STREET_ADDRESS; Ghana Card NATIONAL_ID; NHIS number HEALTH_PLAN_BENEFICIARY_NUMBER; Folder No MEDICAL_RECORD_NUMBER; NHIS expiry DATE; prescriber names NAME, their registration numbers QUASI_IDENTIFIER (staff, as physicians.npi elsewhere); Next of Kin NAME; GDRG, ICD-10, medicine codes and amounts NON_IDENTIFYING. Coincidences: the surnames Keta and Agogo beside the hometowns and towns Keta and Agogo; the given name Mercy beside 'Mercy Ward'; the surnames Nkrumah and Danquah beside 'Nkrumah Avenue', 'Danquah Circle' and 'Danquah Circle Road'; prescribers Mensah, Owusu, Darko, Tetteh, Sarpong, Agyeman, Dogbe beside patients with those surnames",
        "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "claims.Folder No", "references": "patients.Folder No"},
                        {"column": "claims.NHIS Membership No", "references": "patients.NHIS Membership No"},
                        {"column": "claims.Prescriber Reg No", "references": "prescribers.Prescriber Reg No"},
                        {"column": "claim_medicines.Claim ID", "references": "claims.Claim ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes clinic-register-lk: an invented Sri Lankan teaching hospital's clinic register (seeded, stdlib only), ','.
Headers in English plus Sinhala (register, clinics) or Tamil (BHT admissions), English abbreviations (visits).
clinic_register 3,000 (Clinic No 'DM/19/0456', HIN, title, name with initials 'H.M.S. Perera', full name, NIC old
'853456789V' and new '198534567890' consistent with birth date and sex, dd/mm/yyyy, ages some over 89, address with
house names, GN division, DS division, district, province, mobiles '077 123 4567' / '+94 77 123 4567', land lines,
guardian), clinic_visits 5,000 (dd-MMM-yyyy, BP, FBS, ICD-10, drugs, medical officer), bht_admissions 600 (BHT
'24/12345', yyyy.mm.dd hh:mm, Tamil headers, consultant, remarks naming relatives), clinics 6."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(580002)
SIN_M = ["Sunil", "Nimal", "Kamal", "Chandana", "Saman", "Priyantha", "Ruwan", "Tharindu", "Kasun", "Asanka", "Lalith", "Upali", "Gamini", "Sarath", "Jayantha", "Mahinda", "Ajith", "Nuwan"]
SIN_F = ["Kumari", "Nirmala", "Chandrika", "Sriyani", "Dilrukshi", "Anoma", "Kusumawathi", "Somawathi", "Podimenike", "Nimali", "Dilini", "Sandya", "Malani", "Swarna", "Iresha", "Chamari"]
GE = ["Herath Mudiyanselage", "Wijesinghe Arachchige", "Hewa Pathirage", "Kankanamge", "Liyanage", "Rajapaksha Mudiyanselage",
      "Dissanayaka Mudiyanselage", "Warnakulasuriya", "Kuruppu Arachchige Don", "Weerakkodi Appuhamilage", "Ranasinghe Arachchige"]
SIN_FAM = ["Perera", "Fernando", "Silva", "Jayasinghe", "Bandara", "Kumara", "Rathnayake", "Gunawardena", "Wickramasinghe", "Senanayake",
           "Dissanayake", "Jayawardena", "Herath", "Menike", "Kumarihamy", "Seneviratne", "Kotte"]
TAM_M = ["Jeyakumar", "Sivakumar", "Thevarajah", "Kandiah", "Rajendran", "Suthaharan", "Ganeshan", "Murugesu", "Balachandran", "Nadarajah"]
TAM_F = ["Kalaiselvi", "Vasanthy", "Tharshini", "Kamaladevi", "Sivaranjini", "Mathivathani", "Nirojini", "Yogeswary"]
TAM_FATHER = ["Sivasubramaniam", "Thambiah", "Ponnambalam", "Velupillai", "Arumugam", "Kanagaratnam", "Selvarajah", "Sinnathamby"]
MUS_M = ["Rizwan", "Farook", "Nazeer", "Imthiyaz", "Rishad", "Azhar"]
MUS_F = ["Rinosha", "Fathima", "Sithy", "Nuzrath", "Hafeela"]
MUS_PRE = ["Mohamed Ismail Mohamed", "Abdul Cader", "Mohamed Haniffa", "Seyed Ahamed", "Abdul Rahuman Mohamed", "Mohamed Lebbe"]
GIVEN = ['Sunil', 'Nimal', 'Kamal', 'Chandana', 'Saman', 'Priyantha', 'Ruwan', 'Tharindu', 'Kasun', 'Asanka', 'Lalith', 'Upali', 'Gamini', 'Sarath', 'Jayantha', 'Mahinda', 'Ajith', 'Nuwan', 'Kumari', 'Nirmala', 'Chandrika', 'Sriyani', 'Dilrukshi', 'Anoma', 'Kusumawathi', 'Somawathi', 'Podimenike', 'Nimali', 'Dilini', 'Sandya', 'Malani', 'Swarna', 'Iresha', 'Chamari', 'Jeyakumar', 'Sivakumar', 'Thevarajah', 'Kandiah', 'Rajendran', 'Suthaharan', 'Ganeshan', 'Murugesu', 'Balachandran', 'Nadarajah', 'Kalaiselvi', 'Vasanthy', 'Tharshini', 'Kamaladevi', 'Sivaranjini', 'Mathivathani', 'Nirojini', 'Yogeswary', 'Rizwan', 'Farook', 'Nazeer', 'Imthiyaz', 'Rishad', 'Azhar', 'Rinosha', 'Fathima', 'Sithy', 'Nuzrath', 'Hafeela']
FAMILY = ['Perera', 'Fernando', 'Silva', 'Jayasinghe', 'Bandara', 'Kumara', 'Rathnayake', 'Gunawardena', 'Wickramasinghe', 'Senanayake', 'Dissanayake', 'Jayawardena', 'Herath', 'Menike', 'Kumarihamy', 'Seneviratne', 'Kotte', 'Sivasubramaniam', 'Thambiah', 'Ponnambalam', 'Velupillai', 'Arumugam', 'Kanagaratnam', 'Selvarajah', 'Sinnathamby']
GEO = [("Western", "Gampaha", "Kelaniya", ["Hunupitiya", "Dalugama", "Pethiyagoda", "Wedamulla", "Kelaniya South"], "011", 30),
       ("Western", "Gampaha", "Mahara", ["Kadawatha North", "Ragama East", "Mahara Nugegoda", "Pahala Karagahamuna", "Batuwatta"], "011", 30),
       ("Western", "Gampaha", "Wattala", ["Hendala North", "Welisara", "Mahabage", "Elakanda"], "011", 20),
       ("Western", "Colombo", "Sri Jayawardenapura Kotte", ["Pita Kotte", "Ethul Kotte", "Nawala East", "Rajagiriya"], "011", 8),
       ("Western", "Colombo", "Maharagama", ["Pannipitiya North", "Navinna", "Pamunuwa"], "011", 5),
       ("Central", "Kandy", "Gangawata Korale", ["Mahaiyawa", "Katukele", "Ampitiya North", "Suduhumpola"], "081", 3),
       ("Southern", "Galle", "Galle Four Gravets", ["Kaluwella", "Fort", "Magalle"], "091", 2),
       ("Northern", "Jaffna", "Nallur", ["J/102 Nallur", "J/110 Kokkuvil East", "J/95 Ariyalai"], "021", 2),
       ("North Western", "Kurunegala", "Kurunegala", ["Wehera", "Malkaduwawa", "Yanthampalawa"], "037", 3),
       ("Eastern", "Batticaloa", "Manmunai North", ["Kallady", "Puliyanthivu", "Thiruperunthurai"], "065", 1)]
STREETS = ["Temple Road", "Church Road", "Kandy Road", "Station Road", "Samagi Mawatha", "Vihara Mawatha", "Main Street", "Old Road",
           "Negombo Road", "Jayasinghe Mawatha", "1st Lane", "2nd Cross Street", "Gunasekara Place", "Perera Mawatha", "School Lane"]
HOUSES = ["Sirisewana", "Sisila", "Nelum Niwasa", "Sumudu", "Ranmal", "Chandra Niwasa", "Lakmali"]
CLINICS = [("MC", "Medical Clinic / වෛද්‍ය සායනය", "Monday", "OPD Room 4", "Dr. A. K. Wijeratne"),
           ("DM", "Diabetic Clinic / දියවැඩියා සායනය", "Tuesday", "Room 12", "Dr. (Mrs) S. Jeyakumar"),
           ("CARD", "Cardiology Clinic / හෘද සායනය", "Wednesday", "Cardiology Unit", "Dr. R. M. Senanayake"),
           ("NEPH", "Nephrology Clinic / වකුගඩු සායනය", "Thursday", "Room 7", "Dr. (Ms) F. Rinosha"),
           ("NEURO", "Neurology Clinic / ස්නායු සායනය", "Friday", "Room 9", "Dr. P. Rajapaksha"),
           ("RHEU", "Rheumatology Clinic / රූමැටොලොජි සායනය", "Thursday", "Room 15", "Dr. C. Gunawardena")]
DX = {"MC": ["I10", "E78.5", "J45.9", "K21.9", "D50.9"], "DM": ["E11.9", "E11.2", "E11.4", "E10.9", "E11.6"], "CARD": ["I25.1", "I50.0", "I48", "I10", "I34.0"],
      "NEPH": ["N18.3", "N18.4", "N18.5", "N04.9"], "NEURO": ["G40.9", "I63.9", "G20", "G43.9"], "RHEU": ["M05.9", "M32.9", "M15.0", "M10.9"]}
DXTEXT = {"I10": "Essential hypertension", "E78.5": "Hyperlipidaemia", "J45.9": "Bronchial asthma", "K21.9": "GORD", "D50.9": "Iron deficiency anaemia",
          "E11.9": "Type 2 DM", "E11.2": "Type 2 DM with nephropathy", "E11.4": "Type 2 DM with neuropathy", "E10.9": "Type 1 DM", "E11.6": "Type 2 DM, diabetic foot",
          "I25.1": "IHD", "I50.0": "Heart failure", "I48": "Atrial fibrillation", "I34.0": "Mitral regurgitation", "N18.3": "CKD stage 3",
          "N18.4": "CKD stage 4", "N18.5": "CKD stage 5", "N04.9": "Nephrotic syndrome", "G40.9": "Epilepsy", "I63.9": "Stroke", "G20": "Parkinson disease",
          "G43.9": "Migraine", "M05.9": "Rheumatoid arthritis", "M32.9": "SLE", "M15.0": "Osteoarthritis", "M10.9": "Gout"}
DRUGS = {"MC": ["Amlodipine 5mg daily", "Atorvastatin 20mg nocte", "Salbutamol inhaler prn", "Omeprazole 20mg bd", "Ferrous sulphate 200mg bd"],
         "DM": ["Metformin 500mg bd", "Metformin 1g bd", "Gliclazide 80mg bd", "Insulin Mixtard 20u mane 10u nocte", "Losartan 25mg daily"],
         "CARD": ["Aspirin 75mg daily", "Clopidogrel 75mg daily", "Atorvastatin 40mg nocte", "Frusemide 40mg mane", "Warfarin 5mg daily", "ISMN 30mg bd"],
         "NEPH": ["Frusemide 80mg mane", "Calcium carbonate 500mg tds", "Erythropoietin 4000u twice weekly", "Prednisolone 40mg daily"],
         "NEURO": ["Carbamazepine 200mg bd", "Sodium valproate 500mg bd", "Levodopa/Carbidopa 250/25 tds", "Aspirin 75mg daily"],
         "RHEU": ["Methotrexate 7.5mg weekly", "Folic acid 5mg weekly", "Hydroxychloroquine 200mg daily", "Allopurinol 100mg daily", "Prednisolone 5mg daily"]}
MOS = ["Dr. K. Thilakaratne", "Dr. (Mrs) N. Wijeratne", "Dr. S. Sivakumar", "Dr. M. I. M. Farook", "Dr. D. Liyanage", "Dr. A. Bandara", "Dr. T. Kotte"]
CONS = ["Dr. A. K. Wijeratne", "Dr. (Mrs) S. Jeyakumar", "Dr. R. M. Senanayake", "Dr. (Ms) F. Rinosha", "Dr. P. Rajapaksha", "Dr. C. Gunawardena"]
def doy(d):
    n = (d - datetime.date(d.year, 1, 1)).days + 1
    leap = d.year % 4 == 0 and (d.year % 100 != 0 or d.year % 400 == 0)
    return n + (1 if d.month > 2 and not leap else 0)
def nic(born, female, old, used):
    while True:
        day = doy(born) + (500 if female else 0); serial = rnd.randint(1, 999) if old else rnd.randint(1, 9999)
        if old:
            body = "%02d%03d%03d" % (born.year % 100, day, serial); wts = [3, 2, 7, 6, 5, 4, 3, 2]
        else:
            body = "%04d%03d%04d" % (born.year, day, serial); wts = [8, 4, 3, 2, 7, 6, 5, 8, 4, 3, 2]
        r = 11 - sum(int(c) * w for c, w in zip(body, wts)) % 11
        if r == 10:
            continue
        v = body + str(r % 11) + (rnd.choice(["V", "V", "V", "V", "X", "v"]) if old else "")
        if v not in used:
            used.add(v); return v
def mobile():
    p = rnd.choice(["70", "71", "72", "74", "75", "76", "77", "77", "78"]); a, b = rnd.randint(100, 999), rnd.randint(1000, 9999)
    return rnd.choices(["0%s %03d %04d", "+94 %s %03d %04d", "0%s%03d%04d", "0%s-%03d%04d", "94%s%03d%04d"], [45, 20, 25, 6, 4])[0] % (p, a, b)
def person(female, eth):
    if eth == "Sinhalese":
        g = rnd.choice(SIN_F if female else SIN_M); g2 = rnd.choice(SIN_F if female else SIN_M); ge = rnd.choice(GE); fam = rnd.choice(SIN_FAM)
        parts = ge.split() + ([g, g2] if rnd.random() < 0.5 else [g]) + [fam]
        full = " ".join(parts); init = ".".join(p[0] for p in parts[:-1]) + ". " + fam
    elif eth == "Sri Lankan Tamil":
        fa = rnd.choice(TAM_FATHER); g = rnd.choice(TAM_F if female else TAM_M)
        full = fa + " " + g; init = fa[0] + ". " + g
    else:
        pre = rnd.choice(MUS_PRE); g = rnd.choice(MUS_F if female else MUS_M)
        full = pre + " " + g; init = ".".join(p[0] for p in pre.split()) + ". " + g
    return init, full
EXPORT = datetime.date(2024, 12, 1)
reg = []; used_nic = set(); counters = {}
for i in range(3000):
    eth = rnd.choices(["Sinhalese", "Sri Lankan Tamil", "Sri Lankan Moor"], [74, 14, 12])[0]
    female = rnd.random() < 0.54
    if i % 97 == 5:
        born = datetime.date(rnd.randint(1927, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(1935, 1, 1) + datetime.timedelta(days=int(rnd.triangular(0, 365 * 70, 365 * 30)))
    age = EXPORT.year - born.year - ((EXPORT.month, EXPORT.day) < (born.month, born.day))
    monk = eth == "Sinhalese" and not female and rnd.random() < 0.02
    init, full = person(female, eth)
    if monk:
        vil = rnd.choice(["Kotte", "Mahara", "Kelaniye", "Welisara", "Ragama"]); nm = rnd.choice(["Sumangala", "Dhammaloka", "Pannasiha", "Ariyawansa"])
        init, full, title = "%s. %s Thero" % (vil[0], nm), "Ven. %s %s Thero" % (vil, nm), "Rev."
    elif female:
        title = rnd.choice(["Mrs.", "Mrs.", "Miss", "Ms."]) if age >= 18 else "Miss"
    else:
        title = "Mr." if age >= 18 else "Master"
    if eth != "Sinhalese" and i % 7 == 0:
        title = ""
    civil = "Single" if age < 22 or monk else rnd.choices(["Married", "Married", "Married", "Widowed", "Single", "Divorced"], [60, 10, 5, 12, 10, 3])[0]
    prov, dist, ds, gns, area, _ = rnd.choices(GEO, [g[5] for g in GEO])[0]
    if eth == "Sri Lankan Tamil" and rnd.random() < 0.25:
        prov, dist, ds, gns, area, _ = GEO[7]
    gn = rnd.choice(gns)
    st = rnd.choice(STREETS)
    addr = rnd.choices(["No. %d, %s" % (rnd.randint(1, 250), st), "%d/%d, %s" % (rnd.randint(1, 300), rnd.randint(1, 9), st), "%d/%s, %s" % (rnd.randint(1, 200), rnd.choice("ABCD"), st),
                        "\"%s\", %s" % (rnd.choice(HOUSES), st), "Lot %d, %s Housing Scheme" % (rnd.randint(1, 120), rnd.choice(["Sama", "Janasetha", "Mihindu"]))], [40, 25, 15, 12, 8])[0]
    if monk:
        addr = "%s Raja Maha Viharaya" % ds if rnd.random() < 0.5 else "Sri Sudarshanaramaya, %s" % st
    dob = born.strftime("%d/%m/%Y") if rnd.random() > (0.35 if age > 75 else 0.08) else ""
    if born.year >= 2000 or rnd.random() < 0.3:
        nicv = nic(born, female, False, used_nic)
    else:
        nicv = nic(born, female, True, used_nic)
    if age < 16 or rnd.random() < 0.04:
        nicv = ""
    land = rnd.choice(["%s %d %06d" % (area, rnd.randint(2, 5), rnd.randint(0, 999999)), "%s%d%06d" % (area, rnd.randint(2, 5), rnd.randint(0, 999999))]) if rnd.random() < 0.3 else ""
    g_female = rnd.random() < 0.5
    if rnd.random() < 0.55 or age > 70 or age < 18:
        gi, gf = person(g_female, eth if not monk else "Sinhalese"); gname = gi
        grel = rnd.choice(["Son", "Daughter", "Wife", "Husband", "Mother", "Father", "Brother", "Sister"] if age >= 18 else ["Mother", "Father"])
        gph = mobile()
    else:
        gname = grel = gph = ""
    clinic = rnd.choices(CLINICS, [25, 35, 18, 10, 7, 5])[0][0]
    regd = datetime.date(2012, 1, 1) + datetime.timedelta(days=rnd.randint(0, 4700))
    yy = regd.year % 100; counters[(clinic, yy)] = counters.get((clinic, yy), 0) + rnd.randint(1, 3)
    cno = "%s/%02d/%04d" % (clinic, yy, counters[(clinic, yy)])
    hin = "10%08d" % (104512 + i * 37 + rnd.randint(0, 30))
    reg.append([cno, hin, title, init, full, nicv, dob, str(age), "F" if female else "M", civil, addr, gn, ds, dist, prov, mobile() if rnd.random() < 0.93 else "", land,
                gname, grel, gph, "Buddhist" if eth == "Sinhalese" and rnd.random() < 0.92 else ("Roman Catholic" if eth == "Sinhalese" else ("Hindu" if eth == "Sri Lankan Tamil" and rnd.random() < 0.85 else ("Islam" if eth == "Sri Lankan Moor" else "Christian"))),
                eth, rnd.choice(["A+", "B+", "O+", "O+", "AB+", "A-", "O-", ""]), clinic, regd.strftime("%d/%m/%Y")])
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
visits = []
for k in range(5000):
    p = reg[int(rnd.triangular(0, 2999, 0))] if rnd.random() < 0.5 else rnd.choice(reg)
    c = p[23]; d = datetime.date(2023, 1, 2) + datetime.timedelta(days=rnd.randint(0, 690)); dx = rnd.choice(DX[c])
    nxt = d + datetime.timedelta(days=rnd.choice([28, 56, 84, 91]))
    visits.append([p[0], "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year), "%.1f" % rnd.uniform(38, 92), "%d/%d" % (rnd.randint(100, 190), rnd.randint(60, 110)),
                   str(rnd.randint(80, 320)) if c == "DM" or rnd.random() < 0.2 else "", "%.1f" % rnd.uniform(5.6, 12.5) if c == "DM" and rnd.random() < 0.3 else "", dx,
                   ", ".join(rnd.sample(DRUGS[c], rnd.randint(1, 3))), rnd.choice(MOS), "%02d-%s-%d" % (nxt.day, MON[nxt.month - 1], nxt.year)])
adm = []; used_bht = set()
for k in range(600):
    p = rnd.choice(reg); c = p[23]; dx = rnd.choice(DX[c])
    a = datetime.datetime(2023, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 700 * 1440))
    los = rnd.choices([1, 2, 3, 4, 5, 7, 10, 14, 21], [10, 20, 20, 15, 12, 10, 6, 4, 3])[0]
    out = rnd.choices(["Discharged", "Transferred to NHSL", "LAMA", "Died", "Transferred to NIN"], [85, 5, 5, 3, 2])[0]
    bht = "%02d/%05d" % (a.year % 100, rnd.randint(100, 48000))
    while bht in used_bht:
        bht = "%02d/%05d" % (a.year % 100, rnd.randint(100, 48000))
    used_bht.add(bht)
    rel = p[17] or rnd.choice(SIN_M + TAM_M)
    rem = rnd.choices(["", "Referred from DH Mahara", "BHT handed over to MRO", "Informed %s (%s) %s" % (p[18].lower() or "son", rel, p[19] or mobile()),
                       "Pt's %s %s signed LAMA form" % (p[18].lower() or "daughter", rel), "Transfer letter given, ambulance arranged",
                       "Pt from %s GN area, dengue notified to MOH" % p[11], "Discharged to care of %s" % rel], [45, 10, 8, 14, 4, 5, 6, 8])[0]
    if out == "LAMA" and not rem:
        rem = "Pt's %s %s signed LAMA form" % (p[18].lower() or "daughter", rel)
    adm.append([bht, p[0], rnd.choice(["Ward 12", "Ward 14", "MW 7", "FMW 4", "ICU", "CCU", "Ward 23 (Jayasinghe Ward)"]), a.strftime("%Y.%m.%d %H:%M"),
                (a + datetime.timedelta(days=los)).strftime("%Y.%m.%d") if rnd.random() > 0.02 else "", dx, DXTEXT[dx], out, rnd.choice(CONS), rem])
H = {"clinic_register": (["Clinic No / සායන අංකය", "HIN / රෝහල් හැඳුනුම් අංකය", "Title / ගෞරව නාමය", "Name with initials / මුලකුරු සමඟ නම",
                          "Full name / සම්පූර්ණ නම", "NIC No / ජා.හැ.අ. අංකය", "Date of birth / උපන් දිනය", "Age / වයස", "Sex / ස්ත්‍රී පුරුෂ භාවය",
                          "Civil status / විවාහක තත්ත්වය", "Address / ලිපිනය", "GN Division / ග්‍රාම නිලධාරී වසම", "DS Division / ප්‍රාදේශීය ලේකම් කොට්ඨාසය",
                          "District / දිස්ත්‍රික්කය", "Province / පළාත", "Mobile / ජංගම දුරකථන", "Land / ස්ථාවර දුරකථන", "Guardian / භාරකරු",
                          "Relationship / ඥාති සම්බන්ධතාවය", "Guardian mobile / භාරකරුගේ දුරකථන", "Religion / ආගම", "Ethnicity / ජාතිය",
                          "Blood group / රුධිර වර්ගය", "Clinic / සායනය", "Registered on / ලියාපදිංචි දිනය"],
                         ["MEDICAL_RECORD_NUMBER", "MEDICAL_RECORD_NUMBER", "NON_IDENTIFYING", "NAME", "NAME", "NATIONAL_ID", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING",
                          "NON_IDENTIFYING", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "COUNTY", "NON_IDENTIFYING", "TELEPHONE_NUMBER",
                          "TELEPHONE_NUMBER", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"], reg),
     "clinic_visits": (["Clinic No", "Visit Date", "Wt (kg)", "BP", "FBS (mg/dl)", "HbA1c (%)", "Dx (ICD-10)", "Drugs", "Seen by", "Next Visit"],
                       ["MEDICAL_RECORD_NUMBER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE"], visits),
     "bht_admissions": (["BHT No / படுக்கைத் தலைச்சீட்டு இல.", "Clinic No / கிளினிக் இல.", "Ward / விடுதி", "Date of admission / அனுமதித் திகதி",
                         "Date of discharge / வெளியேற்றத் திகதி", "ICD-10 / நோய்க் குறியீடு", "Diagnosis / நோய் நிர்ணயம்", "Outcome / விளைவு",
                         "Consultant / ஆலோசகர்", "Remarks / குறிப்புகள்"],
                        ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "FREE_TEXT"], adm),
     "clinics": (["Clinic code", "Clinic name / සායනයේ නම", "Clinic day", "Room", "Consultant in charge"],
                 ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME"], [list(c) for c in CLINICS])}
cols = {}
for t, (h, l, rows) in H.items():
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
    cols.update({t + "." + a: b for a, b in zip(h, l)})
gold = {"dataset": "clinic-register-lk",
        "description": "Invented Sri Lankan teaching hospital clinic register, ',', headers English plus Sinhala (register, clinics) or Tamil (BHT admissions) or English abbreviations (visits): clinic_register 3,000 (Clinic No 'DM/19/0456', HIN 10 digits, title incl. Rev. for monks, name with initials 'H.M.S. Perera' / 'M.I.M. Rizwan' / 'S. Jeyakumar', full names with ge-names, NIC old '853456789V' and new 12-digit consistent with birth date and sex, dd/mm/yyyy birth dates (often empty for the old), ages some over 89, addresses with house names, GN division, DS division, district, province, mobiles '077 123 4567' / '+94 77 123 4567' / '0771234567', land lines, guardian with relationship and mobile, religion, ethnicity, blood group, clinic code), clinic_visits 5,000 (dd-MMM-yyyy, weight, BP, FBS, HbA1c, ICD-10, drugs, medical officer 'Dr. (Mrs) N. Wijeratne'), bht_admissions 600 (BHT '24/12345', yyyy.mm.dd hh:mm, ward, ICD-10 and text, outcome, consultant, remarks naming relatives, phones and GN areas), clinics 6; coincidences: the family name Kotte beside GN divisions Pita/Ethul Kotte and monks named for their village, Jayasinghe as a family name, a street and a ward name",
        "delimiter": ",", "entity": "clinic_register", "columns": cols,
        "foreignKeys": [{"column": "clinic_visits.Clinic No", "references": "clinic_register.Clinic No / සායන අංකය"},
                        {"column": "bht_admissions.Clinic No / கிளினிக் இல.", "references": "clinic_register.Clinic No / සායන අංකය"},
                        {"column": "clinic_register.Clinic / සායනය", "references": "clinics.Clinic code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes sewa-np: an invented register of a FICTIONAL Nepali district hospital and its community health programme
(seeded, stdlib only), comma-separated as HMIS and hospital software export, headers in Nepali (Devanagari) and
romanised Nepali mixed, dates in the Bikram Sambat calendar (56-57 years ahead of the Gregorian one): Devanagari
digits '२०८१-०५-१२' in the registration forms, ASCII '2081/05/12' in the service register, with BS days 31 and 32
that no Gregorian month has. fchv (42 female community health volunteers: id 'FCHV-0703', name 'Sita Kumari Magar',
palika, ward, tole, mobile, training date), birami (1,250 patients: registration no '081-04523', नाम and थर (two
thirds in Devanagari, one third romanised), sex, age 'N वर्ष' / 'N महिना' in Devanagari digits (some over 89), BS
birth date (60%), 'Nagarikta No' citizenship certificate '27-01-71-01234' (district code, office, BS issue year,
serial; adults, 70%), father's/husband's name, जिल्ला, गाउँपालिका/नगरपालिका, वडा नं., Tole, phone '98XXXXXXXX' in
three styles, caste/ethnicity code, FCHV id (60%), registration date), sewa (3,600 services: service no, registration
no, date, department, रोग (disease in Nepali), ICD-10, treatment, clinician (staff, many rows), weight, BP, कैफियत free
text (sometimes naming a relative, the referring FCHV or a phone), fee in rupees). Deliberate coincidences: the given
names Bhanu and Rupa beside Bhanu Municipality and Rupa Rural Municipality; the surname Byas (व्यास) beside Byas
Municipality; the tole 'Gurung Tole' beside the surname Gurung; the given name Jeevan beside the oral rehydration
salts 'Jeevan Jal'; clinicians surnamed Thapa/Adhikari beside patients so surnamed."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(840303)
DEV = str.maketrans("0123456789", "०१२३४५६७८९")
# (Devanagari, romanised, sex)
GIVEN = [("राम", "Ram", "M"), ("हरि", "Hari", "M"), ("कृष्ण", "Krishna", "M"), ("भानु", "Bhanu", "M"), ("जीवन", "Jeevan", "M"),
         ("विष्णु", "Bishnu", "M"), ("गणेश", "Ganesh", "M"), ("सुरेश", "Suresh", "M"), ("दिपक", "Dipak", "M"),
         ("रमेश", "Ramesh", "M"), ("नारायण", "Narayan", "M"), ("प्रकाश", "Prakash", "M"), ("बिकास", "Bikash", "M"),
         ("सन्तोष", "Santosh", "M"), ("टेक बहादुर", "Tek Bahadur", "M"), ("राम बहादुर", "Ram Bahadur", "M"),
         ("सीता", "Sita", "F"), ("गीता", "Gita", "F"), ("रूपा", "Rupa", "F"), ("लक्ष्मी", "Laxmi", "F"), ("सरिता", "Sarita", "F"),
         ("कमला", "Kamala", "F"), ("सुनिता", "Sunita", "F"), ("मीना", "Mina", "F"), ("पार्वती", "Parbati", "F"),
         ("अनिता", "Anita", "F"), ("सबिना", "Sabina", "F"), ("मन कुमारी", "Man Kumari", "F"), ("दुर्गा", "Durga", "F"),
         ("बिमला", "Bimala", "F"), ("राधिका", "Radhika", "F"), ("पूजा", "Puja", "F")]
FAMILY = [("थापा", "Thapa"), ("गुरुङ", "Gurung"), ("मगर", "Magar"), ("अधिकारी", "Adhikari"), ("पौडेल", "Paudel"),
          ("शर्मा", "Sharma"), ("श्रेष्ठ", "Shrestha"), ("तामाङ", "Tamang"), ("बस्नेत", "Basnet"), ("के.सी.", "K.C."),
          ("सुवेदी", "Subedi"), ("भट्टराई", "Bhattarai"), ("परियार", "Pariyar"), ("बि.क.", "B.K."), ("नेपाली", "Nepali"),
          ("व्यास", "Byas"), ("आचार्य", "Acharya"), ("घले", "Ghale"), ("पुन", "Pun"), ("खड्का", "Khadka"), ("रानामगर", "Ranamagar")]
# district (Devanagari), citizenship district code, palikas (Devanagari name, tole list), weight
PLACES = [("कास्की", "40", [("पोखरा महानगरपालिका", ["Lakeside", "Bagar", "Gurung Tole", "Nadipur", "Srijana Chowk", "Mahendrapul", "Chipledhunga", "नयाँबजार"]),
                            ("अन्नपूर्ण गाउँपालिका", ["Dhampus", "Gurung Tole", "Lumle"]),
                            ("माछापुच्छ्रे गाउँपालिका", ["Lwang", "Ghachok", "Gurung Tole"]),
                            ("रूपा गाउँपालिका", ["Rupakot", "Begnas", "Thulakot"])], 55),
          ("तनहुँ", "38", [("भानु नगरपालिका", ["Bhanu Bazar", "Chundi", "Satiswara"]),
                          ("व्यास नगरपालिका", ["Damauli Bazar", "Byas Chowk", "Kahun"]),
                          ("शुक्लागण्डकी नगरपालिका", ["Dulegauda", "Khairenitar"])], 20),
          ("स्याङ्जा", "39", [("वालिङ नगरपालिका", ["Waling Bazar", "Pekhuwa"]), ("पुतलीबजार नगरपालिका", ["Putalibazar", "Syangja Bazar"])], 12),
          ("लमजुङ", "36", [("बेसीशहर नगरपालिका", ["Besisahar Bazar", "Gaunsahar", "Gurung Tole"])], 8),
          ("गोरखा", "37", [("गोरखा नगरपालिका", ["Gorkha Bazar", "Thapa Gaun", "Ghyampesal"])], 5)]
FCHV_FIRST = ["Sita Kumari", "Mina", "Kamala", "Dil Maya", "Bishnu Maya", "Tulasa", "Ganga", "Maya Devi", "Hira Kumari", "Sarita"]
FCHV_LAST = ["Magar", "Gurung", "Thapa", "Pariyar", "Paudel", "Tamang", "B.K.", "Pun"]
STAFF = ["Dr. Ramesh Adhikari", "Dr. Sujata Thapa", "Dr. Bikram Shrestha", "HA Sunita Thapa", "HA Krishna Paudel",
         "Sr. AHW Deu Kumari Gurung", "ANM Parbati Bhattarai", "ANM Sabitri Pun", "Dr. Anil Jha", "Staff Nurse Laxmi Subedi"]
DEPT = [("OPD", 60), ("Emergency", 15), ("ANC", 8), ("PNC", 3), ("MCH/Immunization", 7), ("IMNCI", 7)]
ROG = [("ज्वरो", "R50.9"), ("झाडापखाला", "A09"), ("निमोनिया", "J18.9"), ("उच्च रक्तचाप", "I10"), ("मधुमेह", "E11.9"),
       ("दम (COPD)", "J44.9"), ("पिसाब पोल्ने", "N39.0"), ("ग्यास्ट्राइटिस", "K29.7"), ("टाउको दुख्ने", "R51"),
       ("छालाको संक्रमण", "L08.9"), ("कानको संक्रमण", "H66.9"), ("आँखा पाक्ने", "H10.9"), ("गर्भ जाँच", "Z34.9"),
       ("सुत्केरी जाँच", "Z39.2"), ("खोप", "Z23"), ("कुपोषण", "E46"), ("क्षयरोग शंका", "Z03.0")]
TREAT = {"A09": "Jeevan Jal + Zinc", "R50.9": "Paracetamol 500mg", "J18.9": "Amoxicillin 500mg", "I10": "Amlodipine 5mg",
         "E11.9": "Metformin 500mg", "J44.9": "Salbutamol inhaler", "N39.0": "Nitrofurantoin 100mg", "K29.7": "Omeprazole 20mg",
         "R51": "Paracetamol 500mg", "L08.9": "Cloxacillin 500mg", "H66.9": "Amoxicillin 250mg", "H10.9": "Chloramphenicol eye drop",
         "Z34.9": "Iron + Folic acid", "Z39.2": "Iron + Calcium", "Z23": "BCG/DPT-HepB-Hib", "E46": "Jeevan Jal + Sarbottam Pitho",
         "Z03.0": "Sputum test referral"}

def bs_date(y0, y1, dev, sep="-"):
    y = rnd.randint(y0, y1); m = rnd.randint(1, 12)
    maxd = {1: 31, 2: 32, 3: 32, 4: 32, 5: 31, 6: 30, 7: 30, 8: 29, 9: 30, 10: 29, 11: 30, 12: 30}[m]
    d = rnd.randint(1, maxd)
    s = "%04d%s%02d%s%02d" % (y, sep, m, sep, d)
    return (s.translate(DEV) if dev else s), y
def phone():
    n = rnd.choice(["984", "985", "986", "980", "981", "982", "974"]) + "%07d" % rnd.randint(0, 9999999)
    st = rnd.random()
    return n if st < 0.7 else "+977-" + n if st < 0.85 else n[:3] + "-" + n[3:]
def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n"); w.writerow(h); w.writerows(rows)
def place():
    dist, code, palikas, _ = rnd.choices(PLACES, [p[3] for p in PLACES])[0]
    pal, toles = rnd.choice(palikas)
    return dist, code, pal, rnd.choice(toles)

# --- fchv
FH = ["FCHV ID", "FCHV को नाम", "पालिका", "वडा नं.", "Tole", "सम्पर्क नं.", "तालिम मिति"]
fchvs = []
used = set()
for k in range(42):
    dist, code, pal, tole = place()
    ward = rnd.randint(1, 18)
    while True:
        fid = "FCHV-%02d%02d" % (ward, rnd.randint(1, 12))
        if fid not in used:
            used.add(fid); break
    fchvs.append([fid, rnd.choice(FCHV_FIRST) + " " + rnd.choice(FCHV_LAST), pal, str(ward), tole, phone(),
                  bs_date(2058, 2079, True)[0]])

# --- birami
BH = ["दर्ता नं.", "नाम", "थर", "लिङ्ग", "उमेर", "जन्म मिति (वि.सं.)", "Nagarikta No", "बुवा/पतिको नाम", "जिल्ला",
      "गाउँपालिका/नगरपालिका", "वडा नं.", "Tole", "Phone", "जाति कोड", "FCHV ID", "दर्ता मिति"]
pats = []
used_reg, used_cit = set(), set()
for k in range(1250):
    g = rnd.choice(GIVEN); male = g[2] == "M"
    f = rnd.choice(FAMILY)
    roman = rnd.random() < 0.35
    r = rnd.random()
    age = rnd.randint(0, 4) if r < 0.12 else rnd.randint(5, 17) if r < 0.25 else rnd.randint(18, 64) if r < 0.8 else rnd.randint(65, 89) if r < 0.975 else rnd.randint(90, 99)
    if age == 0:
        age_s = "%d महिना" % rnd.randint(1, 11)
    else:
        age_s = "%d वर्ष" % age
    byear = 2081 - age
    dob = ""
    if rnd.random() < 0.6:
        dob = bs_date(byear, byear, True)[0]
    dist, code, pal, tole = place()
    ward = rnd.randint(1, 18)
    cit = ""
    if age >= 18 and rnd.random() < 0.7:
        while True:
            iss = min(80, max(30, (byear % 100) + 16 + rnd.randint(0, 20)))
            cit = "%s-%02d-%02d-%05d" % (code, rnd.randint(1, 6), iss, rnd.randint(1, 30000))
            if cit not in used_cit:
                used_cit.add(cit); break
    while True:
        reg = "0%d-%05d" % (rnd.choice([79, 80, 81]), rnd.randint(1, 30000))
        if reg not in used_reg:
            used_reg.add(reg); break
    rel_g = rnd.choice([x for x in GIVEN if x[2] == "M"])
    rel = (rel_g[1] + " " + f[1]) if roman else (rel_g[0] + " " + f[0])
    fchv = rnd.choice([x for x in fchvs]) if rnd.random() < 0.6 else None
    regd = bs_date(int(reg[1:3]) + 2000, int(reg[1:3]) + 2000, True)[0]
    pats.append([reg, g[1] if roman else g[0], f[1] if roman else f[0], ("पुरुष" if male else "महिला") if rnd.random() > 0.005 else "अन्य",
                 age_s.translate(DEV), dob, cit, rel if rnd.random() < 0.85 else "", dist, pal, str(ward).translate(DEV) if rnd.random() < 0.5 else str(ward),
                 tole, phone() if rnd.random() < 0.8 else "", str(rnd.choice([1, 2, 2, 3, 4, 4, 5, 6])), fchv[0] if fchv else "", regd])

# --- sewa
SH = ["सेवा नं.", "दर्ता नं.", "मिति", "विभाग", "रोग", "ICD-10", "उपचार", "Doctor", "तौल (kg)", "BP", "कैफियत", "शुल्क (रु.)"]
sewa = []
sn = 100000
for k in range(3600):
    p = rnd.choice(pats)
    sn += rnd.randint(1, 5)
    dept = rnd.choices([d[0] for d in DEPT], [d[1] for d in DEPT])[0]
    rog, icd = rnd.choice(ROG)
    if dept == "ANC":
        rog, icd = "गर्भ जाँच", "Z34.9"
    elif dept == "PNC":
        rog, icd = "सुत्केरी जाँच", "Z39.2"
    elif dept == "MCH/Immunization":
        rog, icd = "खोप", "Z23"
    date = bs_date(2080, 2081, False, "/")[0]
    note = ""
    r = rnd.random()
    if r < 0.05:
        rg = rnd.choice(GIVEN)
        note = "%s %s %s सँग आएको" % ("छोरा" if rg[2] == "M" else "छोरी", rg[0], p[2] if not p[2].isascii() else rnd.choice(FAMILY)[0])
    elif r < 0.08 and p[14]:
        fv = [x for x in fchvs if x[0] == p[14]][0]
        note = "FCHV %s ले रेफर गरेको" % fv[1]
    elif r < 0.10:
        note = "Referred to Pokhara Academy of Health Sciences, contact %s" % phone()
    elif r < 0.12:
        rg = rnd.choice(GIVEN)
        note = "Patient came with husband %s %s, follow up after 7 days" % (rg[1], rnd.choice(FAMILY)[1])
    elif r < 0.2:
        note = rnd.choice(["फलोअप ७ दिन पछि", "निःशुल्क", "रेफर", "दीर्घ रोगी", "Follow up after 2 weeks", "अति गरिब - निःशुल्क"])
    age = p[4]
    wt = "%.1f" % (rnd.uniform(3, 25) if "महिना" in age or dept == "IMNCI" else rnd.uniform(38, 82)) if rnd.random() < 0.75 else ""
    bp = "%d/%d" % (rnd.randint(95, 170), rnd.randint(60, 105)) if dept in ("OPD", "Emergency", "ANC") and rnd.random() < 0.6 else ""
    fee = "0" if dept in ("ANC", "PNC", "MCH/Immunization", "IMNCI") else rnd.choice(["50", "50", "100", "150"])
    sewa.append([str(sn), p[0], date, dept, rog, icd, TREAT[icd], rnd.choice(STAFF[:6] if rnd.random() < 0.7 else STAFF),
                 wt, bp, note, fee])

write("fchv", FH, fchvs)
write("birami", BH, pats)
write("sewa", SH, sewa)

L = {"fchv": {"FCHV ID": "QUASI_IDENTIFIER", "FCHV को नाम": "NAME", "पालिका": "CITY", "वडा नं.": "GEOGRAPHIC_SUBDIVISION",
              "Tole": "STREET_ADDRESS", "सम्पर्क नं.": "TELEPHONE_NUMBER", "तालिम मिति": "DATE"},
     "birami": {"दर्ता नं.": "MEDICAL_RECORD_NUMBER", "नाम": "GIVEN_NAME", "थर": "FAMILY_NAME", "लिङ्ग": "NON_IDENTIFYING",
                "उमेर": "AGE", "जन्म मिति (वि.सं.)": "DATE_OF_BIRTH", "Nagarikta No": "NATIONAL_ID", "बुवा/पतिको नाम": "NAME",
                "जिल्ला": "COUNTY", "गाउँपालिका/नगरपालिका": "CITY", "वडा नं.": "GEOGRAPHIC_SUBDIVISION", "Tole": "STREET_ADDRESS",
                "Phone": "TELEPHONE_NUMBER", "जाति कोड": "NON_IDENTIFYING", "FCHV ID": "QUASI_IDENTIFIER", "दर्ता मिति": "DATE"},
     "sewa": {"सेवा नं.": "OTHER_UNIQUE_IDENTIFIER", "दर्ता नं.": "MEDICAL_RECORD_NUMBER", "मिति": "DATE", "विभाग": "NON_IDENTIFYING",
              "रोग": "NON_IDENTIFYING", "ICD-10": "NON_IDENTIFYING", "उपचार": "NON_IDENTIFYING", "Doctor": "NAME",
              "तौल (kg)": "NON_IDENTIFYING", "BP": "NON_IDENTIFYING", "कैफियत": "FREE_TEXT", "शुल्क (रु.)": "NON_IDENTIFYING"}}
cols = {}
for t, h in (("fchv", FH), ("birami", BH), ("sewa", SH)):
    for c in h:
        cols[t + "." + c] = L[t][c]
gold = {"dataset": "sewa-np",
        "description": "Invented register of a fictional Nepali district hospital and its community health programme (breaker84), ',', Nepali (Devanagari) and romanised headers, Bikram Sambat dates ('२०८१-०५-१२' in Devanagari digits in registrations, '2081/05/12' in services; days 31 and 32 occur): fchv 42 (FCHV ID 'FCHV-0703', name 'Sita Kumari Magar', palika, ward, tole, mobile, training date), birami 1,250 (registration no '081-04523', नाम/थर (two thirds Devanagari, one third romanised), sex, age 'N वर्ष'/'N महिना' in Devanagari digits (2.5% over 89), BS birth date (60%), Nagarikta No '40-03-52-01234' (district code, office, BS issue year, serial), father's/husband's name, जिल्ला, palika, ward (Devanagari or ASCII digits), Tole, phone '98XXXXXXXX'/'+977-98...'/'984-1234567', caste/ethnicity code 1-6, FCHV ID (60%), registration date), sewa 3,600 (service no, registration no, BS date, department, disease in Nepali, ICD-10, treatment, clinician 'HA Sunita Thapa' (staff, many rows), weight, BP, कैफियत free text (12% name a relative, the referring FCHV, a husband or a phone), fee). Labels: जिल्ला COUNTY (district); palikas CITY (municipalities and rural municipalities); वडा नं. GEOGRAPHIC_SUBDIVISION; Tole STREET_ADDRESS (the address line of Nepali forms); FCHV ID QUASI_IDENTIFIER (a volunteer's key, as providers' ids elsewhere) and FCHV names, phones, wards, toles identifiers (staff convention); दर्ता नं. MEDICAL_RECORD_NUMBER; Nagarikta No NATIONAL_ID; caste code NON_IDENTIFYING. Coincidences: given names Bhanu/Rupa beside Bhanu Municipality and Rupa Rural Municipality; surname Byas (व्यास) beside Byas Municipality and Byas Chowk; 'Gurung Tole' beside the surname Gurung; given name Jeevan beside 'Jeevan Jal'; clinicians Thapa/Adhikari/Paudel beside patients so surnamed; the tole 'Thapa Gaun'",
        "entity": "birami", "columns": cols,
        "foreignKeys": [{"column": "birami.FCHV ID", "references": "fchv.FCHV ID"},
                        {"column": "sewa.दर्ता नं.", "references": "birami.दर्ता नं."}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

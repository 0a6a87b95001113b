#!/usr/bin/env python3
"""Writes nadra-clinic-pk (breaker47): an invented Pakistani private clinic's patient register and OPD visits in the
style of a small-clinic management system export (Punjab and Khyber Pakhtunkhwa), ',', headers partly Urdu in Arabic
script and partly English, values in Roman script as such systems store them, dd/MM/yyyy dates; seeded, stdlib only.
patients 260 (MR No., patient name, relation S/O / D/O / W/O and the father's or husband's name, CNIC 12345-1234567-1
whose last digit is odd for men and even for women, age (a few over 89), date of birth, gender, mobile 03xx-xxxxxxx,
address, tehsil, district, province, blood group, panel, registration date), visits 1300 (visit no., MR No., date,
time, token, consultant, department, chief complaint in Roman Urdu naming attendants in some rows, ICD-10 code and
diagnosis, BP, temperature, weight, fee, follow-up date, referred by), doctors 12 (consultant, PMDC number,
qualification, speciality, mobile, OPD days). Coincidences: patients named Hasan beside tehsil Hasan Abdal, the
family name Gujjar beside tehsil Gujar Khan, fathers named Sadiq beside the panel 'Sadiq Public School Staff', and
patients named Fatima beside the referral 'Fatima Memorial Hospital'."""
import csv, json, random, datetime

rnd = random.Random(47002)
GIVEN = ["Muhammad Imran", "Muhammad Asif", "Ali Raza", "Usman", "Bilal", "Kashif", "Shahid", "Tariq", "Zubair", "Hasan",
           "Hamza", "Adnan", "Waqas", "Naveed", "Irfan", "Sajjad", "Ghulam Abbas", "Abdul Rehman", "Sadiq", "Javed",
         "Fatima", "Ayesha", "Nasreen", "Shazia", "Rubina", "Sidra", "Amna", "Bushra", "Saima", "Kiran", "Zainab",
           "Naila", "Rukhsana", "Iqra", "Mehwish"]
GIVEN_M, GIVEN_F = GIVEN[:20], GIVEN[20:]
FAMILY = ["Khan", "Butt", "Awan", "Gujjar", "Rajput", "Malik", "Chaudhry", "Qureshi", "Abbasi", "Siddiqui", "Jutt",
          "Shah", "Bibi", "Afridi", "Yousafzai", "Mughal", "Bhatti", "Ansari"]
PLACES = [("Rawalpindi", ["Rawalpindi", "Gujar Khan", "Kahuta", "Taxila"], "Punjab", "37"),
          ("Attock", ["Attock", "Hasan Abdal", "Fateh Jang"], "Punjab", "37"),
          ("Chakwal", ["Chakwal", "Talagang", "Kallar Kahar"], "Punjab", "37"),
          ("Lahore", ["Lahore City", "Lahore Cantt", "Raiwind", "Model Town"], "Punjab", "35"),
          ("Islamabad", ["Islamabad"], "Islamabad Capital Territory", "61"),
          ("Abbottabad", ["Abbottabad", "Havelian"], "Khyber Pakhtunkhwa", "13"),
          ("Peshawar", ["Peshawar City", "Shah Alam"], "Khyber Pakhtunkhwa", "17")]
MOHALLAH = ["Mohallah Islampura", "Satellite Town", "Dhoke Kala Khan", "Mohallah Eidgah", "Gulshan Abad", "Sadiqabad",
            "Chaklala Scheme III", "Westridge", "Mohallah Qazian", "Bahria Town Phase 4", "Ghori Town", "Gulberg III",
            "Allama Iqbal Town", "Dhoke Ratta", "Mohallah Rajgan"]
ICD = [("J06.9", "Acute upper respiratory infection, unspecified"), ("A09", "Infectious gastroenteritis and colitis"),
       ("A01.0", "Typhoid fever"), ("I10", "Essential (primary) hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"),
       ("K29.7", "Gastritis, unspecified"), ("N39.0", "Urinary tract infection, site not specified"), ("B50.9", "Plasmodium falciparum malaria, unspecified"),
       ("A90", "Dengue fever"), ("J45.9", "Asthma, unspecified"), ("M54.5", "Low back pain"), ("O26.9", "Pregnancy related condition, unspecified"),
       ("Z34.9", "Supervision of normal pregnancy, unspecified"), ("D50.9", "Iron deficiency anaemia, unspecified"), ("L20.9", "Atopic dermatitis, unspecified"),
       ("H66.9", "Otitis media, unspecified"), ("R50.9", "Fever, unspecified"), ("B86", "Scabies")]
COMPLAINT = ["bukhar 3 din se", "khansi aur zukam", "pait mein dard", "ulti aur dast", "sar dard", "kamar dard 2 hafte se",
             "BP high, dizziness", "sugar check up", "jild par kharish", "kaan mein dard", "pishab mein jalan", "saans phoolna",
             "routine antenatal visit", "kamzori, thakawat", "follow up"]
DEPTS = ["OPD Medicine", "Gynae & Obs", "Paediatrics", "ENT", "Dermatology", "General Surgery"]


def d(x):
    return x.strftime("%d/%m/%Y")


def mobile():
    return "03%02d-%07d" % (rnd.choice([0, 1, 2, 3, 5, 6, 8, 9, 13, 15, 21, 23, 33, 35, 36, 42, 45, 47]), rnd.randint(0, 9999999))


doctors = []
for i, (sp, dept) in enumerate([("Consultant Physician", 0), ("Family Physician", 0), ("Medical Officer", 0), ("Gynaecologist", 1),
                                ("Woman Medical Officer", 1), ("Paediatrician", 2), ("Paediatrician", 2), ("ENT Specialist", 3),
                                ("Dermatologist", 4), ("General Surgeon", 5), ("Medical Officer", 0), ("Consultant Physician", 0)]):
    female = dept in (1,) or rnd.random() < 0.3
    name = "Dr. %s %s" % (rnd.choice(GIVEN_F if female else GIVEN_M), rnd.choice(FAMILY[:12] + FAMILY[13:]))
    while any(x[0] == name for x in doctors):
        name = "Dr. %s %s" % (rnd.choice(GIVEN_F if female else GIVEN_M), rnd.choice(FAMILY[:12] + FAMILY[13:]))
    doctors.append([name, "%d-P" % rnd.randint(10000, 99999), rnd.choice(["MBBS", "MBBS, FCPS", "MBBS, MCPS", "MBBS, FCPS (Med)", "MBBS, DCH"]),
                    sp, mobile(), rnd.choice(["Mon-Sat", "Mon, Wed, Fri", "Tue, Thu, Sat", "Daily (evening)"]), DEPTS[dept]])

patients = []
for i in range(260):
    female = rnd.random() < 0.55
    g = rnd.choice(GIVEN_F if female else GIVEN_M)
    fam = rnd.choice(FAMILY)
    if female and fam in ("Khan", "Shah") and rnd.random() < 0.5:
        fam = "Bibi"
    name = "%s %s" % (g, fam) if rnd.random() < 0.8 else g
    today = datetime.date(2026, 11, 30)
    age = rnd.randint(90, 97) if i % 47 == 11 else rnd.choice([rnd.randint(0, 12), rnd.randint(13, 45), rnd.randint(46, 85)])
    dob = today - datetime.timedelta(days=age * 365 + rnd.randint(0, 364))
    married = female and age >= 20 and rnd.random() < 0.75
    rel = "W/O" if married else ("D/O" if female else "S/O")
    guardian = "%s %s" % (rnd.choice(GIVEN_M), fam if not married else rnd.choice(FAMILY[:12]))
    dist, tehsils, prov, code = rnd.choice(PLACES)
    teh = rnd.choice(tehsils)
    cnic = "" if age < 18 and rnd.random() < 0.8 else "%s%03d-%07d-%d" % (code, rnd.randint(101, 999), rnd.randint(0, 9999999),
                                                                           rnd.choice([2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    addr = "%s %d, %s" % (rnd.choice(["House No.", "H#", "Gali No. %d, House" % rnd.randint(1, 20), "Flat"]), rnd.randint(1, 900), rnd.choice(MOHALLAH))
    reg = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2800))
    panel = rnd.choice(["Private", "Private", "Private", "Sehat Sahulat", "Sehat Sahulat", "PTCL Panel", "Sadiq Public School Staff", "Zakat"])
    mrn = "CH-%02d-%05d" % (reg.year % 100, 1000 + i * 7 + rnd.randint(0, 6))
    patients.append([mrn, name, rel, guardian, cnic, str(age), d(dob) if rnd.random() < 0.85 else "", "Female" if female else "Male",
                     mobile(), addr, teh, dist, prov, rnd.choice(["A+", "B+", "O+", "AB+", "A-", "B-", "O-", ""]), panel, d(reg), age, female, reg])

visits = []
for i in range(1300):
    p = rnd.choice(patients)
    age, female, reg = p[-3], p[-2], p[-1]
    vd = reg + datetime.timedelta(days=rnd.randint(0, (datetime.date(2026, 11, 30) - reg).days))
    doc = rnd.choice([x for x in doctors if (x[6] != "Gynae & Obs" or (female and 16 <= age <= 48)) and (x[6] != "Paediatrics" or age < 14)])
    code, diag = rnd.choice(ICD[11:13] if doc[6] == "Gynae & Obs" else ICD[:11] + ICD[13:])
    comp = rnd.choice(COMPLAINT)
    r = rnd.random()
    if r < 0.12:
        comp += ", %s saath aaye %s" % (rnd.choice(["beta", "shohar", "walid", "bhai", "beti"]), rnd.choice(GIVEN_M + GIVEN_F))
    elif r < 0.18:
        comp += "; attendant %s %s mob %s" % (rnd.choice(GIVEN_M), rnd.choice(FAMILY), mobile())
    elif r < 0.22:
        comp += ". Reports with %s" % rnd.choice(["Chughtai Lab", "Excel Lab", "Shifa Lab"])
    fu = d(vd + datetime.timedelta(days=rnd.choice([3, 5, 7, 14, 30]))) if rnd.random() < 0.4 else ""
    ref = rnd.choice(["Self", "Self", "Self", "Self", "LHW %s Bibi" % rnd.choice(GIVEN_F), "Dr. %s %s" % (rnd.choice(GIVEN_M), rnd.choice(FAMILY)),
                      "Fatima Memorial Hospital", "DHQ Rawalpindi", "Holy Family Hospital"])
    visits.append([vd, "%02d:%02d" % (rnd.randint(9, 21), rnd.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])), p[0], doc, code, diag, comp, fu, ref, age])
visits.sort(key=lambda v: (v[0], v[1]))
vrows = []
tok = {}
for i, (vd, tm, mrn, doc, code, diag, comp, fu, ref, age) in enumerate(visits):
    tok[(vd, doc[0])] = tok.get((vd, doc[0]), 0) + 1
    bp = "%d/%d" % (rnd.randint(100, 170), rnd.randint(60, 105)) if age >= 14 else ""
    vrows.append(["V%d%06d" % (vd.year, 100 + i), mrn, d(vd), tm, str(tok[(vd, doc[0])]), doc[0], doc[6], comp, code, diag, bp,
                  "%.1f" % rnd.uniform(97.5, 103.5), "%.1f" % (rnd.uniform(3, 40) if age < 14 else rnd.uniform(38, 110)),
                  str(rnd.choice([500, 800, 1000, 1500, 2000]) if "Sehat" not in [p for p in patients if p[0] == mrn][0][14] else 0), fu, ref])

PH = ["MR No.", "مریض کا نام", "S/O, D/O, W/O", "ولدیت / زوجیت", "CNIC", "عمر", "Date of Birth", "جنس", "موبائل نمبر", "پتہ",
      "تحصیل", "ضلع", "Province", "Blood Group", "Panel", "تاریخ اندراج"]
VH = ["Visit No.", "MR No.", "تاریخ", "Time", "Token #", "Consultant", "Department", "شکایت", "ICD-10", "Diagnosis", "BP",
      "Temp (°F)", "وزن (kg)", "Fee (Rs.)", "Follow-up", "Referred By"]
DH = ["Consultant", "PMDC No.", "Qualification", "Speciality", "موبائل", "OPD Days", "Department"]


def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)


write("patients", PH, [p[:16] for p in patients])
write("visits", VH, vrows)
write("doctors", DH, doctors)
L = {}
for c, lab in zip(PH, ["MEDICAL_RECORD_NUMBER", "NAME", "NON_IDENTIFYING", "NAME", "NATIONAL_ID", "AGE", "DATE_OF_BIRTH",
                       "NON_IDENTIFYING", "TELEPHONE_NUMBER", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "COUNTY",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"]):
    L["patients." + c] = lab
for c, lab in zip(VH, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "DATE", "NON_IDENTIFYING", "NAME",
                       "NON_IDENTIFYING", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NAME"]):
    L["visits." + c] = lab
for c, lab in zip(DH, ["NAME", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER",
                       "NON_IDENTIFYING", "NON_IDENTIFYING"]):
    L["doctors." + c] = lab
gold = {"dataset": "nadra-clinic-pk",
        "description": "Invented Pakistani private clinic register (Punjab/KP), ',', headers partly Urdu (Arabic script) and partly English, Roman-script values, dd/MM/yyyy: 260 patients (MR No. CH-yy-nnnnn, مریض کا نام, relation S/O D/O W/O, ولدیت / زوجیت father's or husband's name, CNIC 12345-1234567-1 with sex parity digit, عمر incl. 90-97, Date of Birth, جنس, موبائل نمبر 03xx-xxxxxxx, پتہ House No./Gali/Mohallah, تحصیل (GEOGRAPHIC_SUBDIVISION), ضلع (COUNTY), Province, Blood Group, Panel, تاریخ اندراج), 1300 visits (Visit No., MR No., تاریخ, Time HH:mm, daily Token #, Consultant 'Dr. ...' name, Department, شکایت chief complaint in Roman Urdu naming attendants and phones in some rows (FREE_TEXT), ICD-10, Diagnosis, BP 120/80, Temp, وزن, Fee (Rs.), Follow-up date, Referred By (Self / LHW name / doctor / hospital: NAME)), 12 doctors (Consultant, PMDC No. 12345-P, qualification, speciality, موبائل, OPD days, department). Coincidences: patients named Hasan beside tehsil Hasan Abdal, family Gujjar beside tehsil Gujar Khan, fathers Sadiq beside the panel 'Sadiq Public School Staff', patients named Fatima beside the referral 'Fatima Memorial Hospital'.",
        "delimiter": ",", "entity": "patients", "columns": L,
        "foreignKeys": [{"column": "visits.MR No.", "references": "patients.MR No."},
                        {"column": "visits.Consultant", "references": "doctors.Consultant"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes art-clinic-et: an invented ART clinic register export of a FICTIONAL Ethiopian hospital in Oromia / Addis
Ababa, in the style of the national EMR (SmartCare) line lists (breaker89; seeded, Python standard library only). ',',
English headers with Amharic beside some, Ethiopian-calendar dates dd/mm/yyyy (E.C., 13 months, Pagume 1-5/6) beside
Gregorian ones, converted exactly (new year 11 or 12 September). staff (9: Staff ID, Name 'Sr. Tigist Alemu',
Profession, Unit), patients (1,050: MRN 6 digits, UAN 'ART-0123/2015' (serial / E.C. year of ART start), ስም (First
Name), የአባት ስም (Father's Name), የአያት ስም (Grandfather's Name), Sex, Age (a few over 89), DOB (E.C.) (often 01/01 for
the elderly), Region, Zone/Sub-city, Woreda, Kebele ('03' or a name), House No, Phone '0911 234567' / '+251 9..',
Marital Status, Enrollment Date (E.C.), ART Start Date (E.C.), ART Start Date (G.C.) yyyy-mm-dd, Baseline CD4, WHO
Stage, Current Regimen '1J (TDF-3TC-DTG)', Treatment Supporter (free text: name, relation, phone), Status, Clinician
(staff)), followup (3,600 visits: Visit ID, MRN, Visit Date (E.C.), Visit Date (G.C.) dd-Mon-yyyy, Weight (kg), Height
(cm), Functional Status W/A/B, WHO Stage, Regimen, Adherence G/F/P, ARV Dispensed (days), Next Visit (E.C.), TB
Screening, Clinician (staff), Remarks (free text, some naming a relative with a phone)), labs (1,500: Lab No, MRN,
Specimen Date (G.C.), Test CD4 / Viral Load, Result '<50' / '1,250' / '412', Unit, Lab Tech (staff)).
Deliberate coincidences: the given name Adama beside the town (woreda) Adama; the given names Meskerem, Tir and Ginbot
beside the month names Meskerem, Tir, Ginbot in remarks ('next visit Tir 15'); 'St. Paul' in 'referred from St. Paul's
Hospital' beside the given name Paulos; the father's name Tesfaye beside the clinician Sr. Tigist Tesfaye; a patient
grandfather's name Jimma beside Jimma zone."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(890202)
GIVEN = ["Abebe", "Kebede", "Tesfaye", "Getachew", "Mulugeta", "Dawit", "Solomon", "Yohannes", "Tadesse", "Bekele",
         "Girma", "Alemayehu", "Adama", "Paulos", "Fikru", "Habtamu", "Chala", "Gemechu", "Tolera", "Lemma",
         "Almaz", "Tigist", "Meskerem", "Hirut", "Selamawit", "Tsehay", "Aster", "Mulu", "Genet", "Bizunesh",
         "Chaltu", "Lensa", "Tir", "Ginbot", "Hanna", "Ayantu", "Birtukan", "Kidist", "Etenesh", "Sara"]
FAMILY = ["Tesfaye", "Alemu", "Bekele", "Getachew", "Tadesse", "Mekonnen", "Hailu", "Wolde", "Girma", "Kebede",
          "Desta", "Assefa", "Gebre", "Tolosa", "Gudeta", "Dinka", "Abdi", "Mohammed", "Jimma", "Negash", "Ayana",
          "Fekadu", "Wondimu", "Legesse", "Haile", "Lemma", "Ibrahim", "Teshome", "Worku", "Shiferaw"]
FEMALE = set(GIVEN[20:])
GEO = [("Oromia", "East Shewa", ["Adama", "Bishoftu", "Lume", "Ada'a"]), ("Oromia", "Jimma", ["Jimma Town", "Seka Chekorsa"]),
       ("Oromia", "West Shewa", ["Ambo Town", "Dendi"]), ("Addis Ababa", "Akaki Kality", ["Woreda 05", "Woreda 09"]),
       ("Addis Ababa", "Kirkos", ["Woreda 02", "Woreda 08"])]
KEBELE_NAMES = ["Dabe", "Boku Shenen", "Gende Gara", "Migira", "Hangatu", "Bole", "Ganda Tirri", "Abba Gada"]
STAFF = [["ST01", "Dr. Fikru Hailu", "General Practitioner", "ART Clinic"], ["ST02", "Sr. Tigist Tesfaye", "Nurse (BSc)", "ART Clinic"],
         ["ST03", "Sr. Almaz Wolde", "Nurse (Diploma)", "ART Clinic"], ["ST04", "HO Dawit Mekonnen", "Health Officer", "ART Clinic"],
         ["ST05", "HO Chaltu Gudeta", "Health Officer", "PMTCT"], ["ST06", "Dr. Selamawit Assefa", "Internist", "ART Clinic"],
         ["ST07", "Abdi Mohammed", "Laboratory Technologist", "Laboratory"], ["ST08", "Hanna Desta", "Laboratory Technologist", "Laboratory"],
         ["ST09", "Sr. Mulu Negash", "Case Manager", "Adherence"]]
CLIN = STAFF[:6]; LAB = STAFF[6:8]
MONTHS = ["Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya", "Ginbot", "Sene", "Hamle", "Nehase", "Pagume"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
def new_year(y):
    """1 Meskerem of E.C. year y in the Gregorian calendar (valid 1901-2099): 12 September after an E.C. leap year."""
    return datetime.date(y + 7, 9, 12 if y % 4 == 0 else 11)
def to_ec(g):
    y = g.year - 8 if g < new_year(g.year - 7) else g.year - 7
    n = (g - new_year(y)).days
    return y, n // 30 + 1, n % 30 + 1
def ec(g):
    y, m, dd = to_ec(g)
    return "%02d/%02d/%04d" % (dd, m, y)
def phone():
    p = "09" + rnd.choice("1111234") + "".join(rnd.choice("0123456789") for _ in range(7))
    r = rnd.random()
    return p if r < 0.5 else (p[:4] + " " + p[4:]) if r < 0.8 else ("+251 " + p[1:4] + " " + p[4:7] + " " + p[7:]) if r < 0.92 else ("251" + p[1:])
REG = ["1J (TDF-3TC-DTG)", "1J (TDF-3TC-DTG)", "1J (TDF-3TC-DTG)", "1E (TDF-3TC-EFV)", "1G (AZT-3TC-DTG)", "2H (TDF-3TC-ATV/r)",
       "4J (ABC-3TC-DTG)", "1D (AZT-3TC-EFV)"]
today = datetime.date(2024, 6, 30)
patients = []; mrns = set(); uanser = {}
for i in range(1050):
    while True:
        mrn = "%06d" % rnd.randrange(100000, 999999)
        if mrn not in mrns:
            mrns.add(mrn); break
    fem = rnd.random() < 0.6
    g = rnd.choice(GIVEN[20:] if fem else GIVEN[:20]); f = rnd.choice(FAMILY); gf = rnd.choice(FAMILY + ["Gurmu", "Dibaba", "Jimma"])
    old = rnd.random() < 0.01
    dob = datetime.date(rnd.randint(1928, 1934) if old else rnd.randint(1955, 2012), rnd.randint(1, 12), rnd.randint(1, 28))
    age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    dobec = ec(dob)
    if age > 55 and rnd.random() < 0.6:
        dobec = "01/01/" + dobec[-4:]
    reg, zone, wors = rnd.choice(GEO); wor = rnd.choice(wors)
    keb = ("%02d" % rnd.randint(1, 18)) if reg == "Addis Ababa" or rnd.random() < 0.5 else rnd.choice(KEBELE_NAMES)
    house = (str(rnd.randint(1, 2500)) if rnd.random() < 0.6 else "New") if rnd.random() < 0.75 else ""
    enr = datetime.date(rnd.randint(2008, 2023), rnd.randint(1, 12), rnd.randint(1, 28))
    start = enr + datetime.timedelta(days=rnd.choice([0, 0, 0, 7, 14, 30, 200]))
    sy = to_ec(start)[0]; uanser[sy] = uanser.get(sy, 0) + rnd.randint(1, 3)
    uan = "ART-%04d/%d" % (uanser[sy], sy)
    ts = ""
    if rnd.random() < 0.8:
        rel = rnd.choice(["Wife", "Husband", "Sister", "Brother", "Mother", "Son", "Daughter", "Friend", "Neighbour"])
        sg = rnd.choice(GIVEN); sf = rnd.choice(FAMILY)
        ts = rnd.choice(["%s %s (%s) %s" % (sg, sf, rel, phone()), "%s %s - %s - %s" % (sg, sf, rel.lower(), phone()),
                         "%s, %s, Tel: %s" % (sg, rel, phone()), "%s %s" % (sg, sf)])
    st = rnd.choices(["Alive on ART", "Transferred out", "Lost to follow-up", "Dead", "Stopped"], [80, 8, 7, 4, 1])[0]
    mar = rnd.choice(["Married", "Single", "Divorced", "Widowed", "Separated", "Child"]) if age >= 15 else "Child"
    patients.append([mrn, uan, g, f, gf, "F" if fem else "M", str(age), dobec, reg, zone, wor, keb, house,
                     phone() if rnd.random() < 0.9 else "", mar, ec(enr), ec(start), start.isoformat(),
                     str(rnd.randint(12, 780)) if start.year < 2018 or rnd.random() < 0.4 else "",
                     rnd.choice(["I", "I", "II", "III", "IV"]), rnd.choice(REG) if age >= 15 else rnd.choice(["4J (ABC-3TC-DTG)", "4E (ABC-3TC-LPV/r)"]),
                     ts, st, rnd.choice(CLIN)[1]])
P_HEAD = ["MRN", "UAN", "ስም (First Name)", "የአባት ስም (Father's Name)", "የአያት ስም (Grandfather's Name)", "Sex", "Age",
          "DOB (E.C.)", "Region", "Zone/Sub-city", "Woreda", "Kebele", "House No", "Phone", "Marital Status",
          "Enrollment Date (E.C.)", "ART Start Date (E.C.)", "ART Start Date (G.C.)", "Baseline CD4", "WHO Stage",
          "Current Regimen", "Treatment Supporter", "Status", "Clinician"]
visits = []
for i in range(3600):
    p = rnd.choice(patients)
    vd = datetime.date(2023, 7, 8) + datetime.timedelta(days=rnd.randrange(358))
    days = rnd.choice([30, 90, 90, 180])
    nx = vd + datetime.timedelta(days=days)
    rem = ""
    r = rnd.random()
    if r < 0.05:
        rem = rnd.choice(["Came with %s %s (%s), phone %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(["wife", "husband", "mother"]), phone()),
                          "Treatment supporter changed to %s %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), phone())])
    elif r < 0.14:
        y, m, dd = to_ec(nx)
        rem = rnd.choice(["Next visit %s %d" % (MONTHS[m - 1], dd), "EAC session 2 done", "Referred from St. Paul's Hospital",
                          "Missed appointment, traced by phone", "Switched to DTG", "High VL, EAC started", "TPT completed"])
    visits.append(["V%07d" % (2300001 + i), p[0], ec(vd), "%02d-%s-%d" % (vd.day, MON_EN[vd.month - 1], vd.year),
                   "%.1f" % rnd.uniform(9, 95) if int(p[6]) < 15 else "%.1f" % rnd.uniform(38, 95),
                   str(rnd.randint(140, 190)) if rnd.random() < 0.3 else "", rnd.choice("WWWWAB"), rnd.choice(["T1", "T1", "T2", "T3"]),
                   p[20], rnd.choice("GGGGFP"), str(days), ec(nx), rnd.choice(["Negative", "Negative", "Negative", "Presumptive TB", "On TB Tx"]),
                   rnd.choice(CLIN)[1], rem])
V_HEAD = ["Visit ID", "MRN", "Visit Date (E.C.)", "Visit Date (G.C.)", "Weight (kg)", "Height (cm)", "Functional Status",
          "WHO Stage", "Regimen", "Adherence", "ARV Dispensed (days)", "Next Visit (E.C.)", "TB Screening", "Clinician", "Remarks"]
labs = []
for i in range(1500):
    p = rnd.choice(patients)
    sd = datetime.date(2023, 7, 8) + datetime.timedelta(days=rnd.randrange(358))
    if rnd.random() < 0.75:
        t = "Viral Load"; u = "copies/ml"
        res = rnd.choice(["<50", "Target not detected", "<150"]) if rnd.random() < 0.8 else "{:,}".format(rnd.randint(150, 250000))
    else:
        t = "CD4"; u = "cells/mm3"; res = str(rnd.randint(15, 1200))
    labs.append(["L%02d-%05d" % (sd.year % 100, 10000 + i * 2 + rnd.randrange(2)), p[0], sd.isoformat(), t, res, u, rnd.choice(LAB)[1]])
L_HEAD = ["Lab No", "MRN", "Specimen Date (G.C.)", "Test", "Result", "Unit", "Lab Tech"]
S_HEAD = ["Staff ID", "Name", "Profession", "Unit"]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)
write("staff", S_HEAD, STAFF)
write("patients", P_HEAD, patients)
write("followup", V_HEAD, visits)
write("labs", L_HEAD, labs)
L = {}
for c, l in zip(S_HEAD, ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]):
    L["staff." + c] = l
for c, l in zip(P_HEAD, ["MEDICAL_RECORD_NUMBER", "MEDICAL_RECORD_NUMBER", "GIVEN_NAME", "FAMILY_NAME", "FAMILY_NAME",
                         "NON_IDENTIFYING", "AGE", "DATE_OF_BIRTH", "NON_IDENTIFYING", "COUNTY", "GEOGRAPHIC_SUBDIVISION",
                         "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE", "DATE",
                         "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "NON_IDENTIFYING", "NAME"]):
    L["patients." + c] = l
for c, l in zip(V_HEAD, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
                         "NON_IDENTIFYING", "NAME", "FREE_TEXT"]):
    L["followup." + c] = l
for c, l in zip(L_HEAD, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NAME"]):
    L["labs." + c] = l
gold = {"dataset": "art-clinic-et",
        "description": "Invented ART register export of a fictional Ethiopian hospital (SmartCare/EMR style, breaker89), ',', Ethiopian-calendar dd/mm/yyyy (E.C.) beside Gregorian yyyy-mm-dd and dd-Mon-yyyy, English headers with Amharic: staff 9 (Staff ID, Name 'Sr. Tigist Tesfaye', Profession, Unit), patients 1,050 (MRN 6 digits, UAN 'ART-0123/2015', ስም (First Name), የአባት ስም (Father's Name), የአያት ስም (Grandfather's Name), Sex, Age (a few over 89), DOB (E.C.) (01/01/yyyy for many elderly), Region, Zone/Sub-city, Woreda, Kebele ('03' or a name), House No, Phone '0911 234567'/'+251 ...', Marital Status, Enrollment/ART start dates E.C. and G.C., Baseline CD4, WHO Stage, Current Regimen '1J (TDF-3TC-DTG)', Treatment Supporter (free text with name, relation, phone), Status, Clinician (staff)), followup 3,600 (Visit ID, MRN, visit date E.C. and G.C., weight, height, functional status, WHO stage, regimen, adherence, ARV days, Next Visit (E.C.), TB screening, Clinician, Remarks (some naming a relative with phone, month names)), labs 1,500 (Lab No, MRN, Specimen Date (G.C.), Test, Result '<50'/'12,400', Unit, Lab Tech). Labels: MRN and UAN MEDICAL_RECORD_NUMBER; father's and grandfather's names FAMILY_NAME (they serve as the surname); Region NON_IDENTIFYING (a state), Zone/Sub-city COUNTY, Woreda and Kebele GEOGRAPHIC_SUBDIVISION; House No STREET_ADDRESS; Treatment Supporter FREE_TEXT; Next Visit a DATE; staff ID QUASI_IDENTIFIER, staff names NAME. Coincidences: given name Adama beside woreda Adama; given names Meskerem, Tir, Ginbot beside month names in remarks; given name Paulos beside 'St. Paul's Hospital'; nurse Tigist Tesfaye beside father's name Tesfaye; grandfather's name Jimma beside Jimma zone.",
        "delimiter": ",", "entity": "patients", "columns": L,
        "foreignKeys": [{"column": "followup.MRN", "references": "patients.MRN"}, {"column": "labs.MRN", "references": "patients.MRN"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

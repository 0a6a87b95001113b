#!/usr/bin/env python3
"""Writes the invented MIMIC-III-style ICU set (CSV files + gold.json) into this folder. Seeded: reruns are identical.
Usage: python3 generate.py   (run from any directory)"""
import csv, json, os, random, datetime as dt

random.seed(20261205)
HERE = os.path.dirname(os.path.abspath(__file__))
N_PATIENTS = 300

GIVEN = ["Ardith", "Bram", "Celestine", "Dorian", "Elspeth", "Fenwick", "Galen", "Hester", "Ignatius", "Jolene",
         "Kestrel", "Lorcan", "Maelis", "Niamh", "Orrin", "Perpetua", "Quillon", "Rosamund", "Silvan", "Thessaly"]
FAMILY = ["Abernathy-Lowe", "Brackenridge", "Cardew", "Dunmore", "Eskridge", "Farquhar", "Gellhorn", "Haverstock",
          "Ingleby", "Jessop", "Kilbride", "Larkspur", "Mortensen-Vail", "Northcott", "Osterhout", "Pemberton-Yates",
          "Quarles", "Rushworth", "Stanhope", "Tregarthen"]
ITEMS = [  # itemid, label, abbreviation, dbsource, linksto, category, unitname, param_type, lo, hi, decimals
    (211, "Heart Rate", "HR", "carevue", "chartevents", "Routine Vital Signs", "bpm", "Numeric", 55, 130, 0),
    (220045, "Heart Rate", "HR", "metavision", "chartevents", "Routine Vital Signs", "bpm", "Numeric", 55, 130, 0),
    (220179, "Non Invasive Blood Pressure systolic", "NBPs", "metavision", "chartevents", "Routine Vital Signs",
     "mmHg", "Numeric", 85, 175, 0),
    (220180, "Non Invasive Blood Pressure diastolic", "NBPd", "metavision", "chartevents", "Routine Vital Signs",
     "mmHg", "Numeric", 40, 100, 0),
    (220210, "Respiratory Rate", "RR", "metavision", "chartevents", "Respiratory", "insp/min", "Numeric", 10, 34, 0),
    (220277, "O2 saturation pulseoxymetry", "SpO2", "metavision", "chartevents", "Respiratory", "%", "Numeric",
     86, 100, 0),
    (223761, "Temperature Fahrenheit", "Temperature F", "metavision", "chartevents", "Routine Vital Signs", "°F",
     "Numeric", 96.0, 103.5, 1),
    (220739, "GCS - Eye Opening", "GCS - Eye Opening", "metavision", "chartevents", "Neurological", "", "Text",
     1, 4, 0),
    (223900, "GCS - Verbal Response", "GCS - Verbal Response", "metavision", "chartevents", "Neurological", "",
     "Text", 1, 5, 0),
    (220621, "Glucose (serum)", "Glucose (serum)", "metavision", "chartevents", "Labs", "mg/dL", "Numeric",
     65, 320, 0),
    (220645, "Sodium (serum)", "Sodium (serum)", "metavision", "chartevents", "Labs", "mEq/L", "Numeric", 128, 150, 0),
    (220615, "Creatinine (serum)", "Creatinine (serum)", "metavision", "chartevents", "Labs", "mg/dL", "Numeric",
     0.4, 4.5, 1),
    (224639, "Daily Weight", "Daily Weight", "metavision", "chartevents", "General", "kg", "Numeric", 45, 140, 1),
    (226707, "Height", "Height", "metavision", "chartevents", "General", "Inch", "Numeric", 58, 77, 0),
    (223834, "O2 Flow", "O2 Flow", "metavision", "chartevents", "Respiratory", "L/min", "Numeric", 1, 15, 0),
    (228096, "Richmond-RAS Scale", "Richmond-RAS Scale", "metavision", "chartevents", "Pain/Sedation", "", "Text",
     -3, 2, 0),
    (225054, "On Admission: ID band on", "ID band on", "metavision", "chartevents", "Adm History/FHPA", "",
     "Checkbox", 0, 1, 0),
    (50912, "Creatinine", "Creat", "carevue", "labevents", "Chemistry", "mg/dL", "Numeric", 0.4, 4.5, 1),
    (227443, "HCO3 (serum)", "HCO3 (serum)", "metavision", "chartevents", "Labs", "mEq/L", "Numeric", 16, 32, 0),
    (226512, "Admission Weight (Kg)", "Admission Weight (Kg)", "metavision", "chartevents", "General", "kg",
     "Numeric", 45, 140, 1),
]
CHARTED = [i for i in ITEMS if i[4] == "chartevents"]
GCS_EYE = {1: "No Response", 2: "To Pain", 3: "To Speech", 4: "Spontaneously"}
GCS_VERBAL = {1: "No Response-ETT", 2: "Incomprehensible sounds", 3: "Inappropriate Words", 4: "Confused",
              5: "Oriented"}
RASS = {-3: "-3 Moderate sedation", -2: "-2 Light sedation", -1: "-1 Drowsy", 0: " 0  Alert and calm",
        1: "+1 Restless", 2: "+2 Agitated"}
DRUGS = [  # drug, poe, generic, formulary_drug_cd, gsn, ndc, prod_strength, dose, unit, form_val, form_unit, route
    ("Sodium Chloride 0.9%  Flush", "Sodium Chloride 0.9%  Flush", "", "NACLFLUSH", "", "0", "10 mL Syringe", "3",
     "mL", "0.3", "SYR", "IV"),
    ("Heparin", "Heparin", "Heparin Sodium", "HEPA5I", "006549", "63323026201", "5000 Units / mL- 1mL Vial", "5000",
     "UNIT", "1", "mL", "SC"),
    ("Metoprolol Tartrate", "Metoprolol", "Metoprolol Tartrate", "METO25", "004728", "51079025520", "25mg Tablet",
     "25", "mg", "1", "TAB", "PO"),
    ("Furosemide", "Furosemide", "Furosemide", "FURO40I", "008208", "00409610202", "10mg/mL-4mL Vial", "40", "mg",
     "4", "mL", "IV"),
    ("Insulin", "Insulin", "Insulin Regular Human", "INSULIN", "", "0", "100 Units / mL - 10 mL Vial", "0", "UNIT",
     "0", "mL", "SC"),
    ("Acetaminophen", "Acetaminophen", "Acetaminophen", "ACET325", "004489", "00182844789", "325mg Tablet", "650",
     "mg", "2", "TAB", "PO"),
    ("Vancomycin", "Vancomycin", "Vancomycin HCl", "VANC1F", "009331", "00338355248", "1g Frozen Bag", "1000", "mg",
     "1", "BAG", "IV"),
    ("Pantoprazole", "Pantoprazole", "Pantoprazole Sodium", "PANT40", "027462", "00008084199", "40mg Tablet", "40",
     "mg", "1", "TAB", "PO"),
    ("Docusate Sodium", "Docusate Sodium", "Docusate Sodium (Liquid)", "DOCU100L", "003009", "00121054410",
     "50mg/5mL Liquid", "100", "mg", "10", "mL", "PO"),
    ("Potassium Chloride", "Potassium Chloride", "Potassium Chloride", "KCL20PM", "001299", "58177000111",
     "20mEq Packet", "40", "mEq", "2", "PKT", "PO"),
    ("Senna", "Senna", "Sennosides", "SENN187", "004037", "00904516561", "1 Tablet", "1", "TAB", "1", "TAB", "PO"),
    ("Magnesium Sulfate", "Magnesium Sulfate", "Magnesium Sulfate", "MAG2PM", "", "00409672923", "2 g / 50 mL Premix",
     "2", "gm", "50", "mL", "IV"),
    ("Ondansetron", "Ondansetron", "Ondansetron", "ONDA2I", "025364", "00781301495", "2mg/mL-2mL", "4", "mg", "2",
     "mL", "IV"),
    ("Propofol", "Propofol", "Propofol", "PROP100IG", "004432", "63323026965", "100mL Vial", "1000", "mg", "100",
     "mL", "IV DRIP"),
]
DIAGNOSES = ["SEPSIS", "PNEUMONIA", "CONGESTIVE HEART FAILURE", "CORONARY ARTERY DISEASE\\CORONARY ARTERY BYPASS GRAFT /SDA",
             "GASTROINTESTINAL BLEED", "ALTERED MENTAL STATUS", "S/P FALL", "INTRACRANIAL HEMORRHAGE",
             "ACUTE RENAL FAILURE", "CHEST PAIN", "DIABETIC KETOACIDOSIS", "STEMI", "HYPOTENSION",
             "PANCREATITIS", "RESPIRATORY FAILURE"]
UNITS = ["MICU", "SICU", "CCU", "CSRU", "TSICU"]
CG_LABELS = [("RN", "RN"), ("MD", "Resident/Fellow/PA/NP"), ("RO", "Read Only"), ("RT", "Respiratory"),
             ("Attending", "Attending"), ("RN", "RN"), ("RN", "RN"), ("MD", "Resident/Fellow/PA/NP")]

def ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")

def phone():
    return "(%03d) 555-01%02d" % (random.randint(201, 989), random.randint(0, 99))

tables = {}
def table(name, columns):
    tables[name] = {"columns": columns, "rows": []}
    return tables[name]["rows"]

gold = {}
def labels(name, pairs):
    cols = []
    for c, l in pairs:
        cols.append(c)
        gold[name + "." + c] = l
    return table(name, cols)

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
caregivers = labels("caregivers", [("row_id", ID), ("cgid", QUASI), ("label", NON), ("description", NON)])
cgids = []
for i in range(40):
    cg = 14010 + i * 37 + random.randint(0, 30)
    cgids.append(cg)
    l = CG_LABELS[random.randrange(len(CG_LABELS))]
    caregivers.append([2001 + i, cg, l[0], l[1]])
d_items = labels("d_items", [("row_id", NON), ("itemid", NON), ("label", NON), ("abbreviation", NON),
                              ("dbsource", NON), ("linksto", NON), ("category", NON), ("unitname", NON),
                              ("param_type", NON)])
for n, it in enumerate(sorted(ITEMS)):
    d_items.append([457 + n * 3, it[0], it[1], it[2], it[3], it[4], it[5], it[6], it[7]])

patients = labels("patients", [("row_id", ID), ("subject_id", ID), ("gender", NON), ("dob", "DATE_OF_BIRTH"),
                               ("dod", "DATE"), ("dod_hosp", "DATE"), ("dod_ssn", "DATE"), ("expire_flag", NON)])
admissions = labels("admissions", [
    ("row_id", ID), ("subject_id", ID), ("hadm_id", ID), ("admittime", "DATE"), ("dischtime", "DATE"),
    ("deathtime", "DATE"), ("admission_type", NON), ("admission_location", NON), ("discharge_location", NON),
    ("insurance", NON), ("language", NON), ("religion", NON), ("marital_status", NON), ("ethnicity", NON),
    ("edregtime", "DATE"), ("edouttime", "DATE"), ("diagnosis", NON), ("hospital_expire_flag", NON),
    ("has_chartevents_data", NON)])
icustays = labels("icustays", [
    ("row_id", ID), ("subject_id", ID), ("hadm_id", ID), ("icustay_id", ID), ("dbsource", NON),
    ("first_careunit", NON), ("last_careunit", NON), ("first_wardid", NON), ("last_wardid", NON),
    ("intime", "DATE"), ("outtime", "DATE"), ("los", NON)])
chartevents = labels("chartevents", [
    ("row_id", ID), ("subject_id", ID), ("hadm_id", ID), ("icustay_id", ID), ("itemid", NON),
    ("charttime", "DATE"), ("storetime", "DATE"), ("cgid", QUASI), ("value", NON), ("valuenum", NON),
    ("valueuom", NON), ("warning", NON), ("error", NON), ("resultstatus", NON), ("stopped", NON)])
prescriptions = labels("prescriptions", [
    ("row_id", ID), ("subject_id", ID), ("hadm_id", ID), ("icustay_id", ID), ("startdate", "DATE"),
    ("enddate", "DATE"), ("drug_type", NON), ("drug", NON), ("drug_name_poe", NON), ("drug_name_generic", NON),
    ("formulary_drug_cd", NON), ("gsn", NON), ("ndc", NON), ("prod_strength", NON), ("dose_val_rx", NON),
    ("dose_unit_rx", NON), ("form_val_disp", NON), ("form_unit_disp", NON), ("route", NON)])
noteevents = labels("noteevents", [
    ("row_id", ID), ("subject_id", ID), ("hadm_id", ID), ("chartdate", "DATE"), ("charttime", "DATE"),
    ("storetime", "DATE"), ("category", NON), ("description", NON), ("cgid", QUASI), ("iserror", NON),
    ("text", FT)])

hadm_seen, icu_seen = set(), set()
adm_row = ce_row = rx_row = ne_row = icu_row = 0
names_used = []
for p in range(N_PATIENTS):
    subject = 10006 + p * 113 + random.randint(0, 100)
    gender = random.choice("MF")
    shift = random.randint(2100, 2190)
    age = random.choice([random.randint(18, 89), random.randint(25, 85), random.randint(40, 88)])
    if random.random() < 0.05:
        dob_year = shift - 300  # MIMIC's convention for patients older than 89: born 300 years earlier
        age = 300
    else:
        dob_year = shift - age
    dob = dt.datetime(dob_year, random.randint(1, 12), random.randint(1, 28))
    n_adm = random.choice([1, 1, 1, 1, 2, 2, 3])
    t = dt.datetime(shift, random.randint(1, 12), random.randint(1, 28), random.randint(0, 23), random.randint(0, 59))
    died = random.random() < 0.12
    given = random.choice(GIVEN); family = random.choice(FAMILY)
    names_used.append((given, family))
    last_disch = None
    for a in range(n_adm):
        adm_row += 1
        hadm = random.randint(100001, 199999)
        while hadm in hadm_seen:
            hadm = random.randint(100001, 199999)
        hadm_seen.add(hadm)
        admit = t
        disch = admit + dt.timedelta(hours=random.randint(30, 400), minutes=random.randint(0, 59))
        last = a == n_adm - 1
        death = disch if (died and last and random.random() < 0.6) else None
        ed = random.random() < 0.6
        admissions.append([
            adm_row * 3 + 18, subject, hadm, ts(admit), ts(disch), ts(death) if death else "",
            random.choice(["EMERGENCY", "EMERGENCY", "ELECTIVE", "URGENT"]),
            random.choice(["EMERGENCY ROOM ADMIT", "PHYS REFERRAL/NORMAL DELI", "TRANSFER FROM HOSP/EXTRAM",
                           "CLINIC REFERRAL/PREMATURE"]),
            "DEAD/EXPIRED" if death else random.choice(["HOME", "HOME HEALTH CARE", "SNF", "REHAB/DISTINCT PART HOSP"]),
            random.choice(["Medicare", "Medicare", "Private", "Medicaid", "Government", "Self Pay"]),
            random.choice(["ENGL", "ENGL", "ENGL", "SPAN", "PTUN", "CANT", "RUSS", ""]),
            random.choice(["CATHOLIC", "PROTESTANT QUAKER", "NOT SPECIFIED", "JEWISH", "UNOBTAINABLE", "OTHER", ""]),
            random.choice(["MARRIED", "SINGLE", "WIDOWED", "DIVORCED", "SEPARATED", ""]),
            random.choice(["WHITE", "WHITE", "BLACK/AFRICAN AMERICAN", "HISPANIC OR LATINO", "ASIAN",
                           "UNKNOWN/NOT SPECIFIED"]),
            ts(admit - dt.timedelta(hours=random.randint(2, 9))) if ed else "", ts(admit - dt.timedelta(minutes=random.randint(5, 90))) if ed else "",
            random.choice(DIAGNOSES), 1 if death else 0, 1])
        # one ICU stay per admission, most of the time
        if random.random() < 0.9:
            icu_row += 1
            icu = random.randint(200001, 299999)
            while icu in icu_seen:
                icu = random.randint(200001, 299999)
            icu_seen.add(icu)
            intime = admit + dt.timedelta(hours=random.randint(1, 20))
            outtime = min(disch, intime + dt.timedelta(hours=random.randint(20, 200)))
            unit = random.choice(UNITS)
            src = random.choice(["carevue", "metavision", "metavision"])
            ward = {"MICU": 52, "SICU": 33, "CCU": 7, "CSRU": 14, "TSICU": 57}[unit]
            icustays.append([icu_row + 364, subject, hadm, icu, src, unit, unit, ward, ward, ts(intime),
                             ts(outtime), "%.4f" % ((outtime - intime).total_seconds() / 86400)])
            # chart events: vitals every few hours
            ct = intime
            for k in range(random.randint(12, 30)):
                it = random.choice(CHARTED)
                ct = ct + dt.timedelta(minutes=random.randint(15, 240))
                if ct > outtime:
                    break
                ce_row += 1
                lo, hi, dec = it[8], it[9], it[10]
                if it[7] == "Numeric":
                    num = round(random.uniform(lo, hi), dec)
                    num = int(num) if dec == 0 else num
                    value, valuenum, uom = str(num), str(num), it[6]
                elif it[0] == 220739:
                    v = random.randint(1, 4); value, valuenum, uom = GCS_EYE[v], str(v), ""
                elif it[0] == 223900:
                    v = random.randint(1, 5); value, valuenum, uom = GCS_VERBAL[v], str(v), ""
                elif it[0] == 228096:
                    v = random.randint(-3, 2); value, valuenum, uom = RASS[v], str(v), ""
                else:
                    value, valuenum, uom = "Yes", "", ""
                store = ct + dt.timedelta(minutes=random.randint(1, 50))
                chartevents.append([ce_row * 7 + 100, subject, hadm, icu, it[0], ts(ct), ts(store),
                                    random.choice(cgids), value, valuenum, uom, 0, 0, "", ""])
            # prescriptions
            for k in range(random.randint(2, 7)):
                d = random.choice(DRUGS)
                rx_row += 1
                start = (intime + dt.timedelta(days=random.randint(0, 2))).replace(hour=0, minute=0, second=0)
                end = start + dt.timedelta(days=random.randint(1, 6))
                prescriptions.append([rx_row + 2214, subject, hadm, icu, ts(start), ts(end),
                                      "BASE" if d[0].startswith("Sodium Chloride") else "MAIN", d[0], d[1], d[2],
                                      d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11]])
        # notes: a discharge summary and a few nursing notes; some quote names, dates, phones
        for k in range(random.choice([1, 1, 2, 3])):
            ne_row += 1
            when = admit + dt.timedelta(hours=random.randint(2, 60), minutes=random.randint(0, 59))
            cat = random.choice(["Nursing/other", "Nursing", "Physician ", "Radiology", "Discharge summary"])
            desc = {"Nursing/other": "Report", "Nursing": "Nursing Progress Note", "Physician ": "Physician Resident Progress Note",
                    "Radiology": "CHEST (PORTABLE AP)", "Discharge summary": "Report"}[cat]
            sibling = random.choice(GIVEN)
            contact = phone()
            body = random.choice([
                "Pt is a %d yo %s admitted %s with %s. Family meeting held with daughter %s %s; contact %s. "
                "Plan: continue current management, wean O2 as tolerated." % (
                    min(age, 89) if age < 300 else 91, "man" if gender == "M" else "woman",
                    admit.strftime("%m/%d/%Y"), random.choice(DIAGNOSES).lower(), sibling, family, contact),
                "Neuro: A&Ox3, follows commands. CV: NSR 80s, BP stable. Resp: LS clear, 2L NC, sats 96%%. "
                "GI: tolerating diet. Plan: transfer to floor when bed available.",
                "Name: %s %s  Unit No: %d\nAdmission Date: %s  Discharge Date: %s\nDate of Birth: %s  Sex: %s\n"
                "Service: MEDICINE\nBrief Hospital Course: admitted for %s, treated and improved.\n"
                "Followup: Dr. %s, phone %s" % (
                    given, family, random.randint(1000000, 9999999), admit.strftime("%Y-%m-%d"),
                    disch.strftime("%Y-%m-%d"), dob.strftime("%Y-%m-%d"), gender, random.choice(DIAGNOSES).lower(),
                    random.choice(FAMILY), contact),
                "CHEST (PORTABLE AP)\nREASON FOR EXAMINATION: eval for effusion.\nIMPRESSION: No acute cardiopulmonary "
                "process. Lines and tubes in standard position.",
                "Spoke with pt's wife %s by phone at %s regarding code status; pt remains full code." % (
                    random.choice(GIVEN), contact)])
            noteevents.append([ne_row + 1000, subject, hadm, when.strftime("%Y-%m-%d"), ts(when),
                               ts(when + dt.timedelta(minutes=random.randint(5, 120))), cat, desc,
                               random.choice(cgids), "", body])
        t = disch + dt.timedelta(days=random.randint(20, 700))
        last_disch = disch
    dod = last_disch if died else None
    patients.append([p + 234, subject, gender, ts(dob), ts(dod.replace(hour=0, minute=0, second=0)) if dod else "",
                     ts(dod.replace(hour=0, minute=0, second=0)) if dod and random.random() < 0.7 else "",
                     ts(dod.replace(hour=0, minute=0, second=0)) if dod and random.random() < 0.5 else "",
                     1 if died else 0])

for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("admissions.subject_id", "patients.subject_id"), ("icustays.subject_id", "patients.subject_id"),
       ("icustays.hadm_id", "admissions.hadm_id"), ("chartevents.subject_id", "patients.subject_id"),
       ("chartevents.hadm_id", "admissions.hadm_id"), ("chartevents.icustay_id", "icustays.icustay_id"),
       ("chartevents.itemid", "d_items.itemid"), ("chartevents.cgid", "caregivers.cgid"),
       ("prescriptions.subject_id", "patients.subject_id"), ("prescriptions.hadm_id", "admissions.hadm_id"),
       ("prescriptions.icustay_id", "icustays.icustay_id"), ("noteevents.subject_id", "patients.subject_id"),
       ("noteevents.hadm_id", "admissions.hadm_id"), ("noteevents.cgid", "caregivers.cgid")]
doc = {"dataset": "mimic-icu",
       "description": "Invented ICU export in the style of MIMIC-III (lower-case headers, dates shifted into 2100-2200, "
                      "patients over 89 born 300 years before admission): 300 patients, admissions, ICU stays, chart "
                      "events against a d_items dictionary, prescriptions with NDC codes, caregivers and free-text notes "
                      "quoting names, dates and phone numbers",
       "delimiter": ",", "entity": "patients", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes vaers-export: an invented VAERS-style public data export (seeded, stdlib only) with the real file and column
names: <year>VAERSDATA.csv (one row per report: VAERS_ID, RECVDATE mm/dd/yyyy, STATE, AGE_YRS, CAGE_YR, CAGE_MO, SEX,
RPT_DATE, SYMPTOM_TEXT narrative naming the nurse, a parent, a clinic and sometimes a phone, DIED, DATEDIED, L_THREAT,
ER_VISIT, HOSPITAL, HOSPDAYS, X_STAY, DISABLE, RECOVD, VAX_DATE, ONSET_DATE, NUMDAYS, LAB_DATA, V_ADMINBY, V_FUNDBY,
OTHER_MEDS, CUR_ILL, HISTORY, PRIOR_VAX, SPLTTYPE, FORM_VERS, TODAYS_DATE, BIRTH_DEFECT, OFC_VISIT, ER_ED_VISIT,
ALLERGIES), <year>VAERSVAX.csv (VAX_TYPE, VAX_MANU, VAX_LOT, VAX_DOSE_SERIES, VAX_ROUTE, VAX_SITE, VAX_NAME) and
<year>VAERSSYMPTOMS.csv (SYMPTOM1..5 MedDRA preferred terms and SYMPTOMVERSION1..5). N reports (N below)."""
import csv, json, random, datetime, sys
N = 1200
SET = "vaers-export"
rnd = random.Random(35003)
YEAR = 2024
GIVEN = ["Maria", "Jennifer", "Ashley", "Brittany", "Crystal", "Denise", "Grace", "Heather", "Kimberly", "Latoya",
         "Michael", "Robert", "James", "Carlos", "Derrick", "Kevin", "Jose", "Tyrone", "Anh", "Deepa"]
FAMILY = ["Bell", "Garcia", "Okonkwo", "Hendricks", "Stoltzfus", "Nguyen", "Pruett", "Castellano", "Whitmore",
          "Delacruz", "Harlan", "Brinkley", "Iverson", "Moody", "Tanaka", "Abrams", "Lowery", "Sheffield"]
CLINICS = ["Riverside Family Medicine", "CVS Pharmacy #4417", "Walgreens #10292", "Kroger Pharmacy 0315",
           "Mercy Pediatrics of Springfield", "Lakeview County Health Department", "Bell Road Urgent Care",
           "St. Luke's Occupational Health"]
STATES = ["CA", "TX", "FL", "NY", "PA", "OH", "MI", "GA", "NC", "WA", "AZ", "MN", "KY", "OR", "", "PR"]
VAX = [("COVID19", "PFIZER\\BIONTECH", "COVID19 (COVID19 (PFIZER-BIONTECH))", ["HG6413", "JW1453", "LL4928", "KP2116"]),
       ("COVID19", "MODERNA", "COVID19 (COVID19 (MODERNA))", ["3043251", "AS1109B", "8091124", "051G22A"]),
       ("FLU4", "SANOFI PASTEUR", "INFLUENZA (SEASONAL) (FLUZONE HIGH-DOSE QUADRIVALENT)", ["UT8092LA", "UT8144MA"]),
       ("FLU4", "SEQIRUS, INC.", "INFLUENZA (SEASONAL) (FLUCELVAX QUADRIVALENT)", ["AU4432", "AU4490"]),
       ("VARZOS", "GLAXOSMITHKLINE BIOLOGICALS", "ZOSTER (SHINGRIX)", ["DP7TE", "7M2Y4"]),
       ("RSV", "PFIZER\\BIONTECH", "RSV (ABRYSVO)", ["HW6813", "JE0172"]),
       ("HPV9", "MERCK & CO. INC.", "HPV (GARDASIL 9)", ["Y014512", "X019277"]),
       ("MMR", "MERCK & CO. INC.", "MEASLES + MUMPS + RUBELLA (MMR II)", ["Y004021", "X022613"]),
       ("DTAP", "SANOFI PASTEUR", "DTAP (DAPTACEL)", ["C6025AA", "C6163AB"]),
       ("PNC20", "PFIZER\\BIONTECH", "PNEUMO (PREVNAR20)", ["LE2291", "LF5118"])]
PT = ["Injection site pain", "Injection site erythema", "Injection site swelling", "Pyrexia", "Headache", "Fatigue",
      "Chills", "Myalgia", "Nausea", "Dizziness", "Syncope", "Urticaria", "Rash", "Pruritus", "Lymphadenopathy",
      "Bell's palsy", "Guillain-Barre syndrome", "Myocarditis", "Chest pain", "Dyspnoea", "Tachycardia",
      "Anaphylactic reaction", "Febrile convulsion", "Herpes zoster", "Product administered to patient of inappropriate age",
      "Incorrect dose administered", "Wrong product administered", "Extra dose administered", "Arthralgia", "Paraesthesia",
      "Hypoaesthesia", "Vomiting", "Crying", "Irritability", "Pain in extremity", "SARS-CoV-2 test negative", "Troponin increased"]
MEDS = ["None", "none", "N/A", "Lisinopril 10 mg daily; metformin 500 mg BID", "Levothyroxine", "Atorvastatin",
        "Multivitamin", "Sertraline 50mg", "Albuterol inhaler PRN", "Amlodipine, aspirin 81 mg", "", "", "Unknown"]
ILL = ["None", "", "", "No", "Upper respiratory infection", "Sinus infection", "Seasonal allergies", "Unknown"]
HIST = ["None", "", "Hypertension", "Type 2 diabetes mellitus; hyperlipidemia", "Asthma", "Hypothyroidism",
        "Anxiety, depression", "COPD", "Atrial fibrillation", "Premature birth (34 weeks)", "Unknown", "Comments: List of non-encoded Patient Relevant History: Patient Other Relevant History 1: None"]
ALLER = ["NKDA", "None", "", "Penicillin", "Sulfa drugs", "Latex", "Shellfish", "Codeine, penicillin", "Bee stings", "No known allergies"]
def d(x):
    return x.strftime("%m/%d/%Y") if x else ""
def phone():
    return "(%d) %03d-%04d" % (rnd.choice([614, 937, 216, 513, 419, 330]), rnd.randint(201, 989), rnd.randint(0, 9999))
data, vax, sym = [], [], []
vid = 2710000 + rnd.randint(0, 5000)
for i in range(N):
    vid += rnd.randint(1, 9)
    r = rnd.random()
    if r < 0.12:
        age = rnd.choice([0.2, 0.3, 0.5, 1.0, 1.1, 1.5, 4.0, 5.0])
    elif r < 0.22:
        age = float(rnd.randint(9, 17))
    elif r < 0.95:
        age = float(rnd.randint(18, 89))
    else:
        age = float(rnd.randint(90, 101))
    unknown_age = rnd.random() < 0.06
    sex = rnd.choice(["F", "F", "F", "M", "M", "U"])
    v = rnd.choice([x for x in VAX if (age < 2) == (x[0] in ("DTAP", "MMR", "PNC20"))] or VAX)
    vd = datetime.date(YEAR, 1, 1) + datetime.timedelta(days=rnd.randint(0, 330))
    nd = rnd.choice([0, 0, 0, 0, 1, 1, 2, 3, 7, 14, 21])
    od = vd + datetime.timedelta(days=nd)
    recv = od + datetime.timedelta(days=rnd.randint(0, 60))
    if recv > datetime.date(YEAR, 12, 31):
        recv = datetime.date(YEAR, 12, 31)
    died = rnd.random() < 0.015 and age > 50
    hosp = died or rnd.random() < 0.08
    nurse = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    parent = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    clinic = rnd.choice(CLINICS)
    terms = rnd.sample(PT, rnd.choice([1, 2, 3, 3, 4, 5, 6, 8]))
    site = rnd.choice(["LA", "RA", "LL", "RL", "AR", "UN"])
    k = rnd.random()
    if k < 0.35:
        text = "%s. Symptoms began %s after vaccination and resolved within %d days." % (", ".join(terms), rnd.choice(["the same evening", "the next morning", "2 hours"]), rnd.randint(1, 6))
    elif k < 0.55:
        text = "Patient received vaccine at %s, administered by nurse %s. Patient reported %s. Observed for 15 minutes, released in stable condition." % (clinic, nurse, terms[0].lower())
    elif k < 0.7 and age < 18:
        text = "Mother (%s) called the office on %s stating child developed %s. Advised Tylenol and fluids. Call back number %s." % (parent, d(od), terms[0].lower(), phone())
    elif k < 0.8:
        text = "This is a spontaneous report from a contactable pharmacist. A %d-year-old %s patient received the vaccine. The patient experienced %s. Outcome: recovering." % (int(age), {"F": "female", "M": "male", "U": "non-binary"}[sex], ", ".join(t.lower() for t in terms))
    elif k < 0.9:
        text = "Per pharmacist %s at %s: %s. Patient was given diphenhydramine 50 mg IM and transported to ER by EMS. Reporter phone %s." % (nurse, clinic, "; ".join(terms), phone())
    else:
        text = "%s; pt states onset %d days post vaccination. Dr. %s at %s evaluated; %s." % (terms[0], nd, rnd.choice(FAMILY), clinic, rnd.choice(["MRI pending", "referred to neurology", "labs normal", "prescribed prednisone taper"]))
    lab = rnd.choice(["", "", "", "None", "Troponin 0.32 ng/mL on %s; ECG ST elevation" % d(od), "CBC normal; CMP normal",
                      "COVID PCR negative", "Temp 102.4 F", "MRI brain %s: unremarkable" % d(od + datetime.timedelta(days=3))])
    spl = rnd.choice(["", "", "", "", "USPFIZER INC%d%06d" % (YEAR, rnd.randint(0, 999999)), "USMODERNATX, INC.MOD%d%06d" % (YEAR, rnd.randint(0, 999999)), "USGLAXOSMITHKLINEUS%d%06d" % (YEAR, rnd.randint(0, 999999))])
    data.append([str(vid), d(recv), rnd.choice(STATES), "" if unknown_age else ("%g" % age if age >= 1 else "%.1f" % age),
                 "" if unknown_age else str(int(age)), "" if unknown_age or age >= 3 else "%.1f" % (age - int(age)),
                 sex, "", text, "Y" if died else "", d(od + datetime.timedelta(days=rnd.randint(1, 20))) if died else "",
                 "Y" if died or rnd.random() < 0.03 else "", "", "Y" if hosp else "", str(rnd.randint(1, 12)) if hosp and rnd.random() < 0.8 else "",
                 "", "Y" if rnd.random() < 0.01 else "", rnd.choice(["Y", "Y", "N", "U"]), d(vd), d(od), str(nd), lab,
                 rnd.choice(["PHM", "PHM", "PVT", "PVT", "PUB", "WRK", "OTH", "UNK", "SEN"]), "",
                 rnd.choice(MEDS), rnd.choice(ILL), rnd.choice(HIST) if age > 2 or True else "", rnd.choice(["", "", "", "Syncope after HPV dose 1 in 2022"]), spl, "2",
                 d(recv), "", rnd.choice(["Y", "", ""]), rnd.choice(["Y", "", "", ""]), rnd.choice(ALLER)])
    for dose in range(rnd.choice([1, 1, 1, 1, 2])):
        vv = v if dose == 0 else rnd.choice(VAX)
        vax.append([str(vid), vv[0], vv[1], rnd.choice(vv[3]), rnd.choice(["1", "2", "3", "4", "7+", "UNK"]),
                    rnd.choice(["IM", "IM", "IM", "SYR", "UN", "OT"]), site, vv[2]])
    for j in range(0, len(terms), 5):
        chunk = terms[j:j + 5]
        sym.append([str(vid)] + sum(([t, rnd.choice(["26.1", "27.0"])] for t in chunk), []) + ["", ""] * (5 - len(chunk)))
H1 = ["VAERS_ID", "RECVDATE", "STATE", "AGE_YRS", "CAGE_YR", "CAGE_MO", "SEX", "RPT_DATE", "SYMPTOM_TEXT", "DIED",
      "DATEDIED", "L_THREAT", "ER_VISIT", "HOSPITAL", "HOSPDAYS", "X_STAY", "DISABLE", "RECOVD", "VAX_DATE", "ONSET_DATE",
      "NUMDAYS", "LAB_DATA", "V_ADMINBY", "V_FUNDBY", "OTHER_MEDS", "CUR_ILL", "HISTORY", "PRIOR_VAX", "SPLTTYPE",
      "FORM_VERS", "TODAYS_DATE", "BIRTH_DEFECT", "OFC_VISIT", "ER_ED_VISIT", "ALLERGIES"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "AGE", "AGE", "AGE", "NON_IDENTIFYING", "DATE", "FREE_TEXT",
      "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "FREE_TEXT",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER",
      "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "QUASI_IDENTIFIER"]
H2 = ["VAERS_ID", "VAX_TYPE", "VAX_MANU", "VAX_LOT", "VAX_DOSE_SERIES", "VAX_ROUTE", "VAX_SITE", "VAX_NAME"]
L2 = ["OTHER_UNIQUE_IDENTIFIER"] + ["NON_IDENTIFYING"] * 7
H3 = ["VAERS_ID"] + sum((["SYMPTOM%d" % k, "SYMPTOMVERSION%d" % k] for k in range(1, 6)), [])
L3 = ["OTHER_UNIQUE_IDENTIFIER"] + ["NON_IDENTIFYING"] * 10
T = ["%dVAERSDATA" % YEAR, "%dVAERSVAX" % YEAR, "%dVAERSSYMPTOMS" % YEAR]
for name, head, rows in zip(T, (H1, H2, H3), (data, vax, sym)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {T[0] + "." + h: l for h, l in zip(H1, L1)}
cols.update({T[1] + "." + h: l for h, l in zip(H2, L2)})
cols.update({T[2] + "." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": SET,
        "description": "Invented VAERS-style public export (real file and column names, ',', mm/dd/yyyy): %d reports in %s (VAERS_ID, AGE_YRS with ages 90-101 in about 5%%, CAGE_YR/CAGE_MO, SYMPTOM_TEXT naming nurses, pharmacists, parents, clinics and phones, LAB_DATA with dates, OTHER_MEDS/CUR_ILL/HISTORY/ALLERGIES short reporter text, SPLTTYPE manufacturer report numbers), their vaccines in %s (VAX_LOT lot numbers such as 'HG6413', '051G22A') and MedDRA terms in %s (SYMPTOM1..5, SYMPTOMVERSION1..5; the term 'Bell's palsy' beside nurses and parents named Bell)" % (N, T[0], T[1], T[2]),
        "delimiter": ",", "entity": T[0], "columns": cols,
        "foreignKeys": [{"column": T[1] + ".VAERS_ID", "references": T[0] + ".VAERS_ID"},
                        {"column": T[2] + ".VAERS_ID", "references": T[0] + ".VAERS_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

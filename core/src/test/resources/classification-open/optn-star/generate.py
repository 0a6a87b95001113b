#!/usr/bin/env python3
"""Writes optn-star: an invented organ transplant registry export in the shape of the OPTN/UNOS STAR files (waiting
list registrations, deceased donors, transplant recipient records) joined to a transplant centre's own contact table
(seeded, stdlib only). Tab-separated, as the STAR text files are delivered.
contacts: 2,600 patients (PT_CODE, names, DOB MM/DD/YYYY with some born 1929-1936, SSN, centre MRN, home address,
phones, e-mail, emergency contact, notes). candidates: one row per waiting-list registration (WL_ID_CODE, PT_CODE,
WL_ORG, LISTING_CTR_CODE `MNUM-TX1`, INIT_DATE/END_DATE ISO, REM_CD, INIT_AGE, GENDER, ABO, HLA `A*02:01`, DGN_TCR and
its text, MELD, CPRA, dialysis date, ...). donors: 1,700 deceased donors (DONOR_ID, AGE_DON, cause of death, HLA,
KDPI, recovery date, OPO). transplants: TRR_ID_CODE `A1234567`, WL_ID_CODE, PT_CODE, DONOR_ID (empty for living
donors), TX_DATE, outcomes (GTIME, GSTATUS, PTIME, PSTATUS, dates). centers: 24 transplant centres.
Deliberate coincidences: patients surnamed Wilson, Alport, Berger, Budd, Chiari, Caroli, Alagille, Fabry beside the
diagnoses named for them; surnames Mayo, Barnes, Houston, Hopkins, Cleveland, Lahey, Rochester beside the centres,
towns and streets named so."""
import csv, json, random, datetime
rnd = random.Random(560303)
GIVEN = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Charles", "Thomas", "Donald",
         "Gary", "Larry", "Dennis", "Roger", "Jose", "Luis", "Juan", "Tyrone", "DeShawn", "Nguyen", "Minh", "Abdi",
         "Mohamed", "Mary", "Patricia", "Barbara", "Linda", "Elizabeth", "Dorothy", "Betty", "Helen", "Shirley",
         "Carol", "Deborah", "Sandra", "Maria", "Rosa", "Guadalupe", "Keisha", "Latoya", "Fartun", "Hodan", "Mai",
         "Ka", "Pa", "Houa", "Madison", "Florence", "Virginia", "Georgia", "Austin"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson",
          "Martinez", "Anderson", "Taylor", "Thomas", "Hernandez", "Moore", "Martin", "Jackson", "Thompson", "White",
          "Lopez", "Lee", "Gonzalez", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Perez", "Hall", "Young",
          "Allen", "Sanchez", "Wright", "King", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Olson",
          "Larson", "Peterson", "Hanson", "Swanson", "Lindgren", "Xiong", "Vang", "Yang", "Her", "Lor",
          "Thao", "Moua", "Hassan", "Mohamud", "Warsame", "Abdullahi", "Nguyen", "Tran", "Alport", "Berger", "Budd",
          "Chiari", "Caroli", "Alagille", "Fabry", "Mayo", "Barnes", "Houston", "Hopkins", "Cleveland", "Lahey",
          "Rochester", "St. Clair", "O'Malley", "Kowalczyk", "Vanderpool", "Achterberg", "Zielinski"]
CENTERS = [("MNMC-TX1", "Hennepin Healthcare", "Minneapolis", "MN", 7), ("MNUM-TX1", "University of Minnesota Medical Center", "Minneapolis", "MN", 7),
           ("MNMA-TX1", "Mayo Clinic Hospital Rochester", "Rochester", "MN", 7), ("MNAN-TX1", "Abbott Northwestern Hospital", "Minneapolis", "MN", 7),
           ("MNCH-TX1", "Children's Minnesota", "Minneapolis", "MN", 7), ("WIUW-TX1", "University of Wisconsin Hospital and Clinics", "Madison", "WI", 7),
           ("WISL-TX1", "Froedtert Hospital", "Milwaukee", "WI", 7), ("IAIV-TX1", "University of Iowa Hospitals and Clinics", "Iowa City", "IA", 8),
           ("NDMC-TX1", "Sanford Medical Center Fargo", "Fargo", "ND", 7), ("SDMK-TX1", "Avera McKennan Hospital", "Sioux Falls", "SD", 7),
           ("MOBH-TX1", "Barnes-Jewish Hospital", "St. Louis", "MO", 8), ("NEUN-TX1", "Nebraska Medicine", "Omaha", "NE", 8),
           ("OHCC-TX1", "Cleveland Clinic", "Cleveland", "OH", 10), ("TXMH-TX1", "Houston Methodist Hospital", "Houston", "TX", 4),
           ("TXTC-TX1", "Baylor St. Luke's Medical Center", "Houston", "TX", 4), ("MDJH-TX1", "Johns Hopkins Hospital", "Baltimore", "MD", 2),
           ("MALC-TX1", "Lahey Hospital and Medical Center", "Burlington", "MA", 1), ("FLTG-TX1", "Tampa General Hospital", "Tampa", "FL", 3),
           ("ILNM-TX1", "Northwestern Memorial Hospital", "Chicago", "IL", 7), ("ILUC-TX1", "University of Chicago Medical Center", "Chicago", "IL", 7),
           ("COUC-TX1", "UCHealth University of Colorado Hospital", "Aurora", "CO", 8), ("PAUP-TX1", "Hospital of the University of Pennsylvania", "Philadelphia", "PA", 2),
           ("CAUC-TX1", "UCSF Medical Center", "San Francisco", "CA", 5), ("WAUW-TX1", "UW Medical Center - Montlake", "Seattle", "WA", 6)]
CW = [14, 16, 15, 8, 3, 6, 5, 5, 2, 2, 3, 2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1]
OPOS = ["MNOP-OP1", "WIDN-OP1", "IAOP-OP1", "MOMA-OP1", "NEOR-OP1", "ILIP-OP1"]
KI_DX = [("3008", "HYPERTENSIVE NEPHROSCLEROSIS"), ("3069", "DIABETES MELLITUS - TYPE II"), ("3070", "DIABETES MELLITUS - TYPE I"),
         ("3000", "POLYCYSTIC KIDNEYS"), ("3004", "IGA NEPHROPATHY (BERGER'S DISEASE)"), ("3042", "ALPORT'S SYNDROME"),
         ("3006", "FOCAL GLOMERULAR SCLEROSIS"), ("3011", "CHRONIC GLOMERULONEPHRITIS: UNSPECIFIED"), ("3034", "SYSTEMIC LUPUS ERYTHEMATOSUS"),
         ("3053", "FABRY'S DISEASE"), ("3999", "OTHER, SPECIFY")]
LI_DX = [("4215", "ALCOHOLIC CIRRHOSIS"), ("4216", "CIRRHOSIS: TYPE C"), ("4214", "NON-ALCOHOLIC STEATOHEPATITIS"),
         ("4220", "PRIMARY BILIARY CIRRHOSIS (PBC)"), ("4240", "PRIMARY SCLEROSING CHOLANGITIS: CROHNS DISEASE"),
         ("4400", "HEPATOMA - HEPATOCELLULAR CARCINOMA"), ("4300", "WILSON'S DISEASE OR OTHER COPPER METABOLISM DISORDER"),
         ("4404", "BUDD-CHIARI SYNDROME"), ("4401", "CAROLI'S DISEASE"), ("4272", "ALAGILLE SYNDROME"), ("4100", "ACUTE HEPATIC NECROSIS: DRUG")]
HR_DX = [("1000", "DILATED MYOPATHY: IDIOPATHIC"), ("1007", "CORONARY ARTERY DISEASE"), ("1200", "RESTRICTIVE MYOCARDIOPATHY: AMYLOID")]
LU_DX = [("1605", "EMPHYSEMA/COPD"), ("1548", "IDIOPATHIC PULMONARY FIBROSIS"), ("1602", "CYSTIC FIBROSIS")]
HLA_A = ["A*01:01", "A*02:01", "A*02:01", "A*02:01", "A*03:01", "A*11:01", "A*23:01", "A*24:02", "A*26:01", "A*29:02", "A*30:01", "A*31:01", "A*32:01", "A*33:03", "A*68:01", "A*74:01"]
HLA_B = ["B*07:02", "B*08:01", "B*13:02", "B*14:02", "B*15:01", "B*18:01", "B*27:05", "B*35:01", "B*38:01", "B*40:01", "B*44:02", "B*44:03", "B*51:01", "B*53:01", "B*57:01", "B*58:01"]
HLA_DR = ["DRB1*01:01", "DRB1*03:01", "DRB1*04:01", "DRB1*04:04", "DRB1*07:01", "DRB1*08:01", "DRB1*11:01", "DRB1*12:01", "DRB1*13:01", "DRB1*13:02", "DRB1*15:01", "DRB1*16:01"]
STREETS = ["Oak St", "Maple Ave", "Lake St", "Nicollet Ave", "Hennepin Ave", "University Ave", "Grand Ave", "Cedar Ave",
           "Main St", "2nd St NE", "County Road 42", "Portland Ave S", "Lyndale Ave N", "Como Ave", "White Bear Ave",
           "Rice St", "Payne Ave", "Penn Ave N", "Hwy 61", "Elm Ct", "Birch Ln", "Mayo Blvd", "Houston St"]
TOWNS = [("Minneapolis", "MN", "554"), ("St. Paul", "MN", "551"), ("Bloomington", "MN", "554"), ("Rochester", "MN", "559"),
         ("Duluth", "MN", "558"), ("St. Cloud", "MN", "563"), ("Mankato", "MN", "560"), ("Brooklyn Park", "MN", "554"),
         ("Woodbury", "MN", "551"), ("Eagan", "MN", "551"), ("Hastings", "MN", "550"), ("Houston", "MN", "559"),
         ("Hopkins", "MN", "553"), ("Winona", "MN", "559"), ("Fargo", "ND", "581"), ("Sioux Falls", "SD", "571"),
         ("Eau Claire", "WI", "547"), ("La Crosse", "WI", "546"), ("Des Moines", "IA", "503"), ("Mayo", "FL", "320")]
AREA = {"MN": ["612", "651", "763", "952", "507", "218", "320"], "ND": ["701"], "SD": ["605"], "WI": ["715", "608"], "IA": ["515"], "FL": ["386"]}
REL = ["Spouse", "Wife", "Husband", "Daughter", "Son", "Mother", "Father", "Sister", "Brother", "Friend", "Partner"]
NOTES = ["Prefers text messages", "Needs interpreter (Hmong)", "Needs interpreter (Somali)", "Call daughter first",
         "Lives 3 hrs from center - lodging at Gift of Life House", "Transportation via Medical Assistance", "Hard of hearing",
         "Do not leave voicemail", "Works nights; call after 2pm"]

def d(x):
    return x.isoformat()

def mdy(x):
    return "%02d/%02d/%04d" % (x.month, x.day, x.year)

def ssn():
    while True:
        a = rnd.randrange(1, 900)
        if a != 666:
            return "%03d-%02d-%04d" % (a, rnd.randrange(1, 100), rnd.randrange(1, 10000))

ASOF = datetime.date(2025, 12, 31)
# ---- contacts (entity)
contacts = []
ptcodes = rnd.sample(range(100000, 1300000), 2600)
mrns = rnd.sample(range(1000000, 9999999), 2600)
for i in range(2600):
    g = rnd.choice(["M", "F"])
    first = rnd.choice(GIVEN); last = rnd.choice(FAMILY)
    if rnd.random() < 0.012:
        born = datetime.date(rnd.randrange(1929, 1936), rnd.randrange(1, 13), rnd.randrange(1, 29))
    else:
        born = datetime.date(rnd.randrange(1940, 2020) if rnd.random() < 0.95 else rnd.randrange(2005, 2022), rnd.randrange(1, 13), rnd.randrange(1, 29))
    town = TOWNS[min(int(rnd.expovariate(0.25)), len(TOWNS) - 1)]
    zp = town[2] + "%02d" % rnd.randrange(1, 99)
    if rnd.random() < 0.15:
        zp += "-%04d" % rnd.randrange(1, 9999)
    area = rnd.choice(AREA[town[1]])
    ph = lambda: "%s-%03d-%04d" % (area, rnd.randrange(200, 999), rnd.randrange(10000))
    addr = "%d %s" % (rnd.randrange(10, 19999), rnd.choice(STREETS))
    if rnd.random() < 0.12:
        addr += rnd.choice([" Apt %d" % rnd.randrange(1, 40), " #%d" % rnd.randrange(100, 999), " Unit %s" % rnd.choice("ABCD")])
    ec_first = rnd.choice(GIVEN)
    ec_last = last if rnd.random() < 0.7 else rnd.choice(FAMILY)
    contacts.append({"PT_CODE": str(ptcodes[i]), "LAST_NAME": last.upper() if rnd.random() < 0.3 else last,
                     "FIRST_NAME": first, "MI": rnd.choice("ABCDEFGJKLMPRS") if rnd.random() < 0.55 else "",
                     "DOB": mdy(born), "SSN": ssn() if rnd.random() < 0.82 else "", "MRN": "%08d" % mrns[i],
                     "ADDRESS_1": addr, "CITY": town[0], "STATE": town[1], "ZIP": zp, "HOME_PHONE": ph() if rnd.random() < 0.6 else "",
                     "MOBILE_PHONE": ph() if rnd.random() < 0.8 else "",
                     "EMAIL": "%s.%s%d@%s" % (first.lower(), last.lower().replace("'", "").replace(" ", "").replace(".", ""), rnd.randrange(1, 99), rnd.choice(["gmail.com", "yahoo.com", "hotmail.com", "comcast.net", "q.com"])) if rnd.random() < 0.5 else "",
                     "EMERG_CONTACT_NAME": "%s %s" % (ec_first, ec_last) if rnd.random() < 0.85 else "",
                     "EMERG_CONTACT_REL": rnd.choice(REL), "EMERG_CONTACT_PHONE": ph(),
                     "PREF_LANGUAGE": rnd.choice(["English"] * 14 + ["Spanish", "Hmong", "Somali", "Vietnamese"]),
                     "CONTACT_NOTES": rnd.choice(NOTES) if rnd.random() < 0.12 else "", "_g": g, "_born": born})
    if not contacts[-1]["EMERG_CONTACT_NAME"]:
        contacts[-1]["EMERG_CONTACT_REL"] = ""; contacts[-1]["EMERG_CONTACT_PHONE"] = ""
CCOLS = ["PT_CODE", "LAST_NAME", "FIRST_NAME", "MI", "DOB", "SSN", "MRN", "ADDRESS_1", "CITY", "STATE", "ZIP",
         "HOME_PHONE", "MOBILE_PHONE", "EMAIL", "EMERG_CONTACT_NAME", "EMERG_CONTACT_REL", "EMERG_CONTACT_PHONE",
         "PREF_LANGUAGE", "CONTACT_NOTES"]

def age(born, at):
    return at.year - born.year - ((at.month, at.day) < (born.month, born.day))

# ---- candidates (registrations)
KCOLS = ["WL_ID_CODE", "PT_CODE", "WL_ORG", "LISTING_CTR_CODE", "INIT_DATE", "END_DATE", "REM_CD", "INIT_AGE", "GENDER",
         "ABO", "ETHCAT", "CITIZENSHIP", "PERM_STATE", "EDUCATION", "INIT_STAT", "DGN_TCR", "DGN_TCR_DESC",
         "INIT_MELD_PELD_LAB_SCORE", "FINAL_MELD_PELD_LAB_SCORE", "CPRA", "DIAL_DATE", "DAYSWAIT_CHRON",
         "INIT_HGT_CM", "INIT_WGT_KG", "INIT_BMI_CALC", "DIAB", "PREV_TX", "FUNC_STAT_TCR", "A1", "A2", "B1", "B2",
         "DR1", "DR2"]
cands = []
wlids = iter(rnd.sample(range(200000, 1900000), 4000))
for c in contacts:
    nreg = rnd.choices([1, 2, 3], [85, 13, 2])[0]
    org = rnd.choices(["KI", "LI", "HR", "LU", "KP"], [58, 28, 7, 4, 3])[0]
    born = c["_born"]
    typing = [rnd.choice(HLA_A), rnd.choice(HLA_A), rnd.choice(HLA_B), rnd.choice(HLA_B), rnd.choice(HLA_DR), rnd.choice(HLA_DR)]
    ctr0 = rnd.choices(CENTERS, CW)[0]
    abo = rnd.choices(["O", "A", "B", "AB", "A1", "A2", "A1B", "A2B"], [44, 30, 10, 3, 8, 2, 2, 1])[0]
    eth = rnd.choices(["1", "2", "4", "5", "6", "7"], [72, 12, 6, 6, 1, 3])[0]
    hgt = int(rnd.gauss(176 if c["_g"] == "M" else 163, 8)); wgt = round(rnd.gauss(84 if c["_g"] == "M" else 72, 15), 1)
    for r in range(nreg):
        lo = max(born + datetime.timedelta(days=365 * 2), datetime.date(2005, 1, 1))
        if lo >= datetime.date(2025, 6, 1):
            lo = datetime.date(2024, 1, 1)
        init = lo + datetime.timedelta(days=rnd.randrange(0, max(1, (datetime.date(2025, 6, 1) - lo).days)))
        ctr = ctr0 if r == 0 or rnd.random() < 0.6 else rnd.choices(CENTERS, CW)[0]
        o = org if r == 0 else rnd.choice([org, org, "KI", "LI"])
        dx = rnd.choice({"KI": KI_DX, "KP": KI_DX, "LI": LI_DX, "HR": HR_DX, "LU": LU_DX}[o])
        if c["LAST_NAME"].title() in ("Wilson", "Budd", "Chiari", "Caroli", "Alagille") and o == "LI" and rnd.random() < 0.2:
            dx = next(x for x in LI_DX if c["LAST_NAME"].upper()[:4] in x[1])
        wait = int(rnd.expovariate(1 / 500))
        end = init + datetime.timedelta(days=wait)
        rem = ""
        if end <= datetime.date(2025, 9, 30):
            rem = rnd.choices(["4", "15", "8", "13", "12", "7", "14", "6"], [55, 10, 9, 8, 5, 6, 4, 3])[0]
        else:
            end = None
        meld = rnd.randrange(6, 41) if o == "LI" else None
        ia = age(born, init)
        dial = init - datetime.timedelta(days=rnd.randrange(0, 1500)) if o in ("KI", "KP") and rnd.random() < 0.7 else None
        cands.append({"WL_ID_CODE": str(next(wlids)), "PT_CODE": c["PT_CODE"], "WL_ORG": o, "LISTING_CTR_CODE": ctr[0],
                      "INIT_DATE": d(init), "END_DATE": d(end) if end else "", "REM_CD": rem, "INIT_AGE": str(ia),
                      "GENDER": c["_g"], "ABO": abo, "ETHCAT": eth, "CITIZENSHIP": rnd.choice(["1"] * 18 + ["2", "3"]),
                      "PERM_STATE": c["STATE"], "EDUCATION": rnd.choice(["2", "3", "3", "4", "5", "6", "998"]) if ia >= 18 else "996",
                      "INIT_STAT": {"KI": "4010", "KP": "5010", "LI": "6011" if meld and meld < 30 else "6012", "HR": rnd.choice(["1110", "1120", "1130", "1140"]), "LU": "7010"}[o],
                      "DGN_TCR": dx[0], "DGN_TCR_DESC": dx[1],
                      "INIT_MELD_PELD_LAB_SCORE": str(meld) if meld else "",
                      "FINAL_MELD_PELD_LAB_SCORE": str(min(40, meld + rnd.randrange(-3, 12))) if meld and end else "",
                      "CPRA": str(rnd.choice([0, 0, 0, 0, 0, 12, 35, 58, 80, 97, 99, 100])) if o in ("KI", "KP") else "",
                      "DIAL_DATE": d(dial) if dial else "", "DAYSWAIT_CHRON": str(wait) if end else str((datetime.date(2025, 12, 31) - init).days),
                      "INIT_HGT_CM": "%.1f" % hgt, "INIT_WGT_KG": "%.1f" % wgt, "INIT_BMI_CALC": "%.4f" % (wgt / (hgt / 100) ** 2),
                      "DIAB": rnd.choice(["1", "1", "2", "3", "5", "998"]), "PREV_TX": "Y" if r > 0 else "N",
                      "FUNC_STAT_TCR": rnd.choice(["2100", "2090", "2080", "2070", "2060", "2050", "2040", "2030", "996"]),
                      "A1": typing[0] if o in ("KI", "KP") or rnd.random() < 0.2 else "", "A2": "", "B1": "", "B2": "", "DR1": "", "DR2": "",
                      "_born": born, "_end": end, "_rem": rem, "_ctr": ctr, "_o": o})
        if cands[-1]["A1"]:
            for k, v in zip(["A2", "B1", "B2", "DR1", "DR2"], typing[1:]):
                cands[-1][k] = v
        if rem not in ("4", "15", "8", "13", "12", "7", "14", "6"):
            pass
        if rem in ("4", "15") and r < nreg - 1:
            pass

# ---- donors
DCOLS = ["DONOR_ID", "DON_TY", "AGE_DON", "GENDER_DON", "ABO_DON", "ETHCAT_DON", "HGT_CM_DON_CALC", "WGT_KG_DON_CALC",
         "COD_CAD_DON", "DEATH_CIRCUM_DON", "DEATH_MECH_DON", "NON_HRT_DON", "CREAT_DON", "HIST_DIABETES_DON",
         "HIST_HYPERTENS_DON", "HEP_C_ANTI_DON", "DON_HLA_A1", "DON_HLA_A2", "DON_HLA_B1", "DON_HLA_B2", "DON_HLA_DR1",
         "DON_HLA_DR2", "KDPI", "RECOVERY_DATE_DON", "OPO_CTR_CODE", "HOME_STATE_DON"]
donors = []
dids = rnd.sample(range(400000, 999999), 1700)
for i in range(1700):
    a = max(0, min(79, int(rnd.gauss(42, 16))))
    rec = datetime.date(2005, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 7600))
    donors.append({"DONOR_ID": str(dids[i]), "DON_TY": "C", "AGE_DON": str(a), "GENDER_DON": rnd.choice("MF"),
                   "ABO_DON": rnd.choices(["O", "A", "B", "AB", "A1", "A2"], [46, 32, 10, 3, 7, 2])[0],
                   "ETHCAT_DON": rnd.choices(["1", "2", "4", "5", "6"], [75, 12, 8, 3, 2])[0],
                   "HGT_CM_DON_CALC": "%.1f" % rnd.gauss(172, 12), "WGT_KG_DON_CALC": "%.1f" % rnd.gauss(82, 20),
                   "COD_CAD_DON": rnd.choices(["1", "2", "3", "4", "999"], [38, 25, 30, 1, 6])[0],
                   "DEATH_CIRCUM_DON": rnd.choice(["1", "2", "3", "4", "5", "6", "997"]),
                   "DEATH_MECH_DON": rnd.choice(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "997"]),
                   "NON_HRT_DON": "Y" if rnd.random() < 0.3 else "N", "CREAT_DON": "%.2f" % rnd.uniform(0.4, 4.5),
                   "HIST_DIABETES_DON": rnd.choice(["1", "1", "1", "1", "2", "3", "998"]), "HIST_HYPERTENS_DON": rnd.choice(["N", "N", "Y", "U"]),
                   "HEP_C_ANTI_DON": rnd.choice(["N"] * 9 + ["P"]),
                   "DON_HLA_A1": rnd.choice(HLA_A), "DON_HLA_A2": rnd.choice(HLA_A), "DON_HLA_B1": rnd.choice(HLA_B),
                   "DON_HLA_B2": rnd.choice(HLA_B), "DON_HLA_DR1": rnd.choice(HLA_DR), "DON_HLA_DR2": rnd.choice(HLA_DR),
                   "KDPI": str(rnd.randrange(1, 100)), "RECOVERY_DATE_DON": d(rec), "OPO_CTR_CODE": rnd.choice(OPOS),
                   "HOME_STATE_DON": rnd.choice(["MN"] * 8 + ["WI", "IA", "ND", "SD"]), "_rec": rec})

# ---- transplants
TCOLS = ["TRR_ID_CODE", "WL_ID_CODE", "PT_CODE", "DONOR_ID", "ORGAN", "REC_CTR_CODE", "TX_DATE", "AGE", "DON_TY",
         "ABO_MAT", "HLAMIS", "COLD_ISCH", "DISCHARGE_DATE", "LOS", "GTIME", "GSTATUS", "GRF_FAIL_DATE",
         "GRF_FAIL_CAUSE_TY", "PTIME", "PSTATUS", "COMPOSITE_DEATH_DATE", "PX_STAT", "PX_STAT_DATE", "TRTREJ1Y",
         "FUNC_STAT_TRR"]
txs = []
trrs = iter(rnd.sample(range(100000, 9999999), 4000))
pool = list(donors)
for c in cands:
    if c["_rem"] not in ("4", "15"):
        continue
    tx = c["_end"]
    living = c["_rem"] == "15"
    don = ""
    if not living:
        don = rnd.choice(pool)["DONOR_ID"]
    o = c["_o"]
    dis = tx + datetime.timedelta(days=rnd.randrange(3, 30))
    gt = (ASOF - tx).days
    gfail = rnd.random() < 0.12
    died = rnd.random() < 0.1
    gtime = rnd.randrange(30, max(31, gt)) if gfail else gt
    ptime = rnd.randrange(30, max(31, gt)) if died else gt
    death = tx + datetime.timedelta(days=ptime) if died else None
    gfd = tx + datetime.timedelta(days=gtime) if gfail else None
    px = "D" if died else rnd.choice(["A", "A", "A", "A", "L", "R"]) if gfail else rnd.choice(["A", "A", "A", "L"])
    txs.append({"TRR_ID_CODE": "A%07d" % next(trrs), "WL_ID_CODE": c["WL_ID_CODE"], "PT_CODE": c["PT_CODE"], "DONOR_ID": don,
                "ORGAN": o, "REC_CTR_CODE": c["_ctr"][0], "TX_DATE": d(tx), "AGE": str(age(c["_born"], tx)),
                "DON_TY": "L" if living else "C", "ABO_MAT": rnd.choice(["1", "1", "1", "2", "3"]),
                "HLAMIS": str(rnd.randrange(0, 7)) if o in ("KI", "KP") else "", "COLD_ISCH": "%.1f" % rnd.uniform(0.5, 30) if not living else "",
                "DISCHARGE_DATE": d(dis), "LOS": str((dis - tx).days), "GTIME": str(gtime), "GSTATUS": "1" if gfail else "0",
                "GRF_FAIL_DATE": d(gfd) if gfd else "", "GRF_FAIL_CAUSE_TY": rnd.choice(["1", "2", "3", "4", "999"]) if gfail else "",
                "PTIME": str(ptime), "PSTATUS": "1" if died else "0", "COMPOSITE_DEATH_DATE": d(death) if death else "",
                "PX_STAT": px, "PX_STAT_DATE": d(death) if death else d(ASOF - datetime.timedelta(days=rnd.randrange(0, 400))),
                "TRTREJ1Y": rnd.choice(["N"] * 7 + ["Y", "U"]), "FUNC_STAT_TRR": rnd.choice(["2100", "2090", "2080", "2070", "2060", "996"])})

def write(name, cols, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])

write("contacts", CCOLS, contacts)
write("candidates", KCOLS, cands)
write("donors", DCOLS, donors)
write("transplants", TCOLS, txs)
write("centers", ["CTR_CODE", "CTR_NAME", "CTR_CITY", "CTR_STATE", "REGION", "CTR_TYPE"],
      [{"CTR_CODE": a, "CTR_NAME": b, "CTR_CITY": c, "CTR_STATE": s, "REGION": str(r), "CTR_TYPE": "TX1"} for a, b, c, s, r in CENTERS])
L = {}
L.update({"contacts." + c: v for c, v in [("PT_CODE", "OTHER_UNIQUE_IDENTIFIER"), ("LAST_NAME", "FAMILY_NAME"), ("FIRST_NAME", "GIVEN_NAME"),
    ("MI", "NAME"), ("DOB", "DATE_OF_BIRTH"), ("SSN", "SOCIAL_SECURITY_NUMBER"), ("MRN", "MEDICAL_RECORD_NUMBER"),
    ("ADDRESS_1", "STREET_ADDRESS"), ("CITY", "CITY"), ("STATE", "NON_IDENTIFYING"), ("ZIP", "ZIP_CODE"),
    ("HOME_PHONE", "TELEPHONE_NUMBER"), ("MOBILE_PHONE", "TELEPHONE_NUMBER"), ("EMAIL", "EMAIL_ADDRESS"),
    ("EMERG_CONTACT_NAME", "NAME"), ("EMERG_CONTACT_REL", "NON_IDENTIFYING"), ("EMERG_CONTACT_PHONE", "TELEPHONE_NUMBER"),
    ("PREF_LANGUAGE", "NON_IDENTIFYING"), ("CONTACT_NOTES", "FREE_TEXT")]})
KL = {c: "NON_IDENTIFYING" for c in KCOLS}
KL.update({"WL_ID_CODE": "OTHER_UNIQUE_IDENTIFIER", "PT_CODE": "OTHER_UNIQUE_IDENTIFIER", "INIT_DATE": "DATE", "END_DATE": "DATE",
           "INIT_AGE": "AGE", "DIAL_DATE": "DATE", "A1": "QUASI_IDENTIFIER", "A2": "QUASI_IDENTIFIER", "B1": "QUASI_IDENTIFIER",
           "B2": "QUASI_IDENTIFIER", "DR1": "QUASI_IDENTIFIER", "DR2": "QUASI_IDENTIFIER"})
L.update({"candidates." + c: v for c, v in KL.items()})
DL = {c: "NON_IDENTIFYING" for c in DCOLS}
DL.update({"DONOR_ID": "OTHER_UNIQUE_IDENTIFIER", "AGE_DON": "AGE", "RECOVERY_DATE_DON": "DATE"})
for c in DCOLS:
    if c.startswith("DON_HLA"):
        DL[c] = "QUASI_IDENTIFIER"
L.update({"donors." + c: v for c, v in DL.items()})
TL = {c: "NON_IDENTIFYING" for c in TCOLS}
TL.update({"TRR_ID_CODE": "OTHER_UNIQUE_IDENTIFIER", "WL_ID_CODE": "OTHER_UNIQUE_IDENTIFIER", "PT_CODE": "OTHER_UNIQUE_IDENTIFIER",
           "DONOR_ID": "OTHER_UNIQUE_IDENTIFIER", "TX_DATE": "DATE", "AGE": "AGE", "DISCHARGE_DATE": "DATE", "GRF_FAIL_DATE": "DATE",
           "COMPOSITE_DEATH_DATE": "DATE", "PX_STAT_DATE": "DATE"})
L.update({"transplants." + c: v for c, v in TL.items()})
L.update({"centers.CTR_CODE": "NON_IDENTIFYING", "centers.CTR_NAME": "NON_IDENTIFYING", "centers.CTR_CITY": "CITY",
          "centers.CTR_STATE": "NON_IDENTIFYING", "centers.REGION": "NON_IDENTIFYING", "centers.CTR_TYPE": "NON_IDENTIFYING"})
gold = {"dataset": "optn-star",
        "description": "Invented organ transplant registry export in the shape of the OPTN/UNOS STAR files, tab-separated: %d patients in a centre's linked contact table (PT_CODE, names, DOB MM/DD/YYYY with %d born 1929-1935, SSN, MRN, address, phones, e-mail, emergency contact, notes), %d waiting-list registrations (WL_ID_CODE, LISTING_CTR_CODE MNUM-TX1, ISO dates, REM_CD, INIT_AGE, ABO, HLA A*02:01 / DRB1*15:01, DGN_TCR and its text, MELD, CPRA, dialysis date, FUNC_STAT_TCR 2100), %d deceased donors (DONOR_ID, AGE_DON, cause of death codes, HLA, KDPI, recovery date, OPO), %d transplants (TRR_ID_CODE A1234567, DONOR_ID empty for living donors, TX_DATE, graft and patient outcomes with dates) and 24 centres. Coincidences: patients surnamed Wilson, Alport, Berger, Budd, Chiari, Caroli, Alagille, Fabry beside the diagnoses named for them; Mayo, Barnes, Houston, Hopkins, Cleveland, Lahey, Rochester beside centres, towns and streets named so" % (len(contacts), sum(1 for c in contacts if c["_born"].year < 1936), len(cands), len(donors), len(txs)),
        "delimiter": "\t", "entity": "contacts", "columns": L,
        "foreignKeys": [{"column": "candidates.PT_CODE", "references": "contacts.PT_CODE"},
                        {"column": "candidates.LISTING_CTR_CODE", "references": "centers.CTR_CODE"},
                        {"column": "transplants.WL_ID_CODE", "references": "candidates.WL_ID_CODE"},
                        {"column": "transplants.PT_CODE", "references": "contacts.PT_CODE"},
                        {"column": "transplants.DONOR_ID", "references": "donors.DONOR_ID"},
                        {"column": "transplants.REC_CTR_CODE", "references": "centers.CTR_CODE"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

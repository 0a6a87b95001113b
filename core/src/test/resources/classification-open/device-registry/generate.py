#!/usr/bin/env python3
"""Writes device-registry: an invented implant / durable-medical-equipment registry export (pacemakers, ICDs, insulin
pumps, CGMs, CPAP), ',' separated, seeded, stdlib only. patients 700 (MRN, names, DOB, Medicare MBI in the CMS format
with and without dashes, the old HICN (SSN + BIC) for some, address, ZIP+4, phone), devices 1150 (UDI-DI as a GS1 GTIN-14
with its check digit, shared by every unit of a model; UDI-PI lot and serial; the full GS1 UDI string; manufacture and
expiry dates; implant/explant dates; implanting physician's NPI; remote-monitor serial; comments), physicians 40
(NPI Luhn-valid with the 80840 prefix, DEA number with its check digit, state licence numbers in each state's style),
device_models 24 (openFDA GUDID field names: primaryDi, brandName, versionModelNumber, companyName, gmdnPTName, ...)."""
import csv, json, random, datetime, os
rnd = random.Random(53002)
OUT = os.path.dirname(os.path.abspath(__file__))

def gtin_check(d13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d13)))
    return str((10 - s % 10) % 10)

def luhn_npi(d9):
    digits = "80840" + d9
    tot = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return d9 + str((10 - tot % 10) % 10)

def dea(last):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rnd.choice("ABF") + last[0].upper() + "".join(map(str, d)) + str(c)

MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"
def mbi():
    c = [str(rnd.randint(1, 9)), rnd.choice(MBI_L), rnd.choice(MBI_AN), str(rnd.randint(0, 9)), rnd.choice(MBI_L),
         rnd.choice(MBI_AN), str(rnd.randint(0, 9)), rnd.choice(MBI_L), rnd.choice(MBI_L), str(rnd.randint(0, 9)), str(rnd.randint(0, 9))]
    s = "".join(c)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if rnd.random() < 0.3 else s

# (category, company, brand, model, gmdn, mri, serial style, lot style, implantable, life years)
MODELS = [("Pacemaker", "Medtronic, Inc.", "Azure XT DR MRI SureScan", "W1DR01", "Dual-chamber implantable pacemaker", "MR Conditional", "RNB", "", True, 10),
          ("Pacemaker", "Medtronic, Inc.", "Micra AV", "MC1AVR1", "Transcatheter leadless pacemaker", "MR Conditional", "MAV", "", True, 12),
          ("Pacemaker", "Abbott Medical", "Assurity MRI", "PM2272", "Dual-chamber implantable pacemaker", "MR Conditional", "NUM7", "", True, 10),
          ("Pacemaker", "Boston Scientific Corporation", "ACCOLADE MRI", "L331", "Dual-chamber implantable pacemaker", "MR Conditional", "NUM6", "", True, 11),
          ("ICD", "Medtronic, Inc.", "Cobalt XT DR MRI SureScan", "DDPA2D1", "Dual-chamber implantable defibrillator", "MR Conditional", "PZC", "", True, 9),
          ("ICD", "Abbott Medical", "Gallant DR", "CDDRA500Q", "Dual-chamber implantable defibrillator", "MR Conditional", "NUM7", "", True, 9),
          ("ICD", "Boston Scientific Corporation", "EMBLEM MRI S-ICD", "A219", "Subcutaneous implantable defibrillator", "MR Conditional", "NUM6", "", True, 7),
          ("CRT-D", "Boston Scientific Corporation", "RESONATE X4", "G447", "Cardiac resynchronization therapy defibrillator", "MR Conditional", "NUM6", "", True, 8),
          ("Lead", "Medtronic, Inc.", "CapSureFix Novus MRI SureScan", "5076-52", "Endocardial pacing lead", "MR Conditional", "PJN", "", True, 25),
          ("Lead", "Abbott Medical", "Tendril MRI", "LPA1200M-52", "Endocardial pacing lead", "MR Conditional", "NUM7", "", True, 25),
          ("Insulin pump", "Tandem Diabetes Care, Inc.", "t:slim X2", "1004000", "Ambulatory insulin infusion pump", "MR Unsafe", "NUM8", "", False, 4),
          ("Insulin pump", "Insulet Corporation", "Omnipod 5 Pod", "PT-000393", "Ambulatory insulin infusion pump, single-use", "MR Unsafe", "", "LOT", False, 1),
          ("Insulin pump", "Medtronic MiniMed, Inc.", "MiniMed 780G", "MMT-1886", "Ambulatory insulin infusion pump", "MR Unsafe", "NG", "", False, 4),
          ("CGM", "Dexcom, Inc.", "Dexcom G7 Sensor", "STS-GS-003", "Continuous glucose monitoring system sensor", "MR Unsafe", "", "LOT", False, 1),
          ("CGM", "Abbott Diabetes Care Inc.", "FreeStyle Libre 3 Reader", "72081-01", "Continuous glucose monitoring system reader", "MR Unsafe", "ABR", "", False, 3),
          ("CPAP", "ResMed Pty Ltd", "AirSense 11 AutoSet", "39000", "Positive airway pressure unit", "MR Unsafe", "NUM11", "", False, 5),
          ("CPAP", "ResMed Pty Ltd", "AirSense 10 AutoSet", "37207", "Positive airway pressure unit", "MR Unsafe", "NUM11", "", False, 5),
          ("CPAP", "Philips Respironics", "DreamStation 2 Auto CPAP Advanced", "CAX421H12", "Positive airway pressure unit", "MR Unsafe", "PHL", "", False, 5),
          ("Cochlear implant", "Cochlear Limited", "Nucleus Profile Plus CI612", "P1584", "Cochlear implant system", "MR Conditional", "NUM7", "", True, 20),
          ("Neurostimulator", "Medtronic, Inc.", "Inceptiv", "97755", "Implantable spinal cord stimulator", "MR Conditional", "NLT", "", True, 9),
          ("Hip implant", "Stryker Orthopaedics", "Trident II Tritanium Shell", "702-04-54E", "Uncoated acetabular shell", "MR Conditional", "", "LOT", True, 25),
          ("Knee implant", "Zimmer Biomet", "Persona CR Femoral", "42-5022-006-01", "Knee femoral component", "MR Conditional", "", "LOT", True, 25),
          ("Insulin pump", "Tandem Diabetes Care, Inc.", "Mobi", "1010000", "Ambulatory insulin infusion pump", "MR Unsafe", "NUM8", "", False, 4),
          ("Loop recorder", "Medtronic, Inc.", "LINQ II", "LNQ22", "Implantable cardiac event recorder", "MR Conditional", "RLB", "", True, 4)]
models = []
for i, m in enumerate(MODELS):
    d13 = "0" + rnd.choice(["0643169", "0885074", "0802526", "0810000", "0386270", "0889024", "0619498", "0705036", "0884521"]) + "%05d" % rnd.randint(0, 99999)
    models.append((d13 + gtin_check(d13),) + m)

def serial(style):
    if style == "NUM6": return str(rnd.randint(100000, 999999))
    if style == "NUM7": return str(rnd.randint(1000000, 9999999))
    if style == "NUM8": return str(rnd.randint(10000000, 99999999))
    if style == "NUM11": return "2%d%09d" % (rnd.randint(2, 4), rnd.randint(0, 999999999))
    if style == "PHL": return "J%d%07d%s" % (rnd.randint(2, 5), rnd.randint(0, 9999999), "".join(rnd.choice("ABCDEF") for _ in range(3)))
    if style == "": return ""
    return "%s%06d%s" % (style, rnd.randint(0, 999999), rnd.choice(["H", "S", "G", "", ""]))

def lot(style):
    return "%d%02d%04d" % (rnd.randint(21, 25), rnd.randint(1, 52), rnd.randint(0, 9999)) if style == "LOT" or rnd.random() < 0.3 else ""

GIVEN = ["Harold", "Dorothy", "Eugene", "Shirley", "Walter", "Betty", "Raymond", "Joan", "Gerald", "Marilyn", "Donald",
         "Carol", "Kenneth", "Judith", "Ronald", "Sandra", "Lawrence", "Phyllis", "Tyler", "Madison", "Bryce", "Kayla", "Dakota", "Ethan"]
FAMILY = ["Abbott", "Stryker", "Lindgren", "Schultz", "Kowalski", "Van Dyke", "Hendricks", "Olson", "Pfeiffer", "Bauer",
          "McCormick", "Delgado", "Whitaker", "Brennan", "Novak", "Gallagher", "Reyes", "Yoder", "Bishop", "Dexter", "Tandem", "Ostrowski"]
DOC_G = ["Anil", "Rebecca", "Jonathan", "Mei-Ling", "Oluwaseun", "Stefan", "Catherine", "Rahul", "Gregory", "Fatima", "Leonard", "Ingrid"]
DOC_F = ["Chaudhry", "Feldstein", "Okonkwo", "Hartigan", "Vasquez-Moreno", "Lindqvist", "Bhattacharya", "Kessler", "Abernathy",
         "Nakamura", "Desrosiers", "Papadakis", "Zielinski", "Holloway", "Ferreira"]
STATES = [("WI", "Milwaukee", "532"), ("WI", "Madison", "537"), ("MN", "Minneapolis", "554"), ("MN", "Rochester", "559"),
          ("IL", "Chicago", "606"), ("IA", "Des Moines", "503"), ("WI", "Green Bay", "543"), ("MI", "Grand Rapids", "495")]
STREETS = ["Oak St", "N Water St", "W Wisconsin Ave", "Elm Grove Rd", "County Road K", "Lake Shore Dr", "Bluemound Rd", "Prairie View Ln"]

def licence(st):
    if st == "WI": return "%d-20" % rnd.randint(30000, 79999)
    if st == "MN": return "%d" % rnd.randint(40000, 69999)
    if st == "IL": return "036.%06d" % rnd.randint(90000, 160000)
    if st == "IA": return "MD-%05d" % rnd.randint(30000, 49999)
    if st == "MI": return "43010%05d" % rnd.randint(0, 99999)
    return "%06d" % rnd.randint(0, 999999)

docs = []
for i in range(40):
    g, f = rnd.choice(DOC_G), rnd.choice(DOC_F)
    st = rnd.choice(STATES)[0]
    spec = rnd.choice(["Clinical Cardiac Electrophysiology", "Cardiovascular Disease", "Endocrinology, Diabetes & Metabolism",
                       "Sleep Medicine", "Otolaryngology", "Orthopaedic Surgery", "Pain Medicine"])
    tax = {"Clinical Cardiac Electrophysiology": "207RC0001X", "Cardiovascular Disease": "207RC0000X", "Endocrinology, Diabetes & Metabolism": "207RE0101X",
           "Sleep Medicine": "207RS0012X", "Otolaryngology": "207Y00000X", "Orthopaedic Surgery": "207X00000X", "Pain Medicine": "208VP0014X"}[spec]
    docs.append([luhn_npi(str(rnd.choice([1, 1, 1, 1])) + "%08d" % rnd.randint(0, 99999999)), f, g, rnd.choice(["MD", "MD", "MD", "DO"]),
                 spec, tax, dea(f), st, licence(st), (datetime.date(2027, 1, 1) + datetime.timedelta(days=rnd.randint(0, 900))).isoformat()])
patients = []
for i in range(700):
    dob = datetime.date(1926, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 78))
    st, city, z3 = rnd.choice(STATES)
    old = dob.year < 1958
    ssn = "%03d%02d%04d" % (rnd.randint(1, 665), rnd.randint(1, 99), rnd.randint(1, 9999))
    hicn = ssn + rnd.choice(["A", "A", "A", "B", "D", "B1", "C1", "M"]) if old and rnd.random() < 0.55 else ""
    medicare = old or rnd.random() < 0.08
    payer = rnd.choice(["Medicare Part B", "Medicare Advantage", "Medicare Part B"]) if medicare else rnd.choice(["Commercial", "Medicaid", "Commercial", "VA"])
    patients.append(["R%07d" % (1000000 + i * 13 + rnd.randint(0, 12)), "%08d" % rnd.randint(10000000, 99999999), rnd.choice(FAMILY), rnd.choice(GIVEN),
                     dob.strftime("%m/%d/%Y"), rnd.choice(["M", "F"]), payer, mbi() if medicare else "", hicn,
                     "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), city, st,
                     "%s%02d-%04d" % (z3, rnd.randint(1, 99), rnd.randint(1, 9999)) if rnd.random() < 0.7 else "%s%02d" % (z3, rnd.randint(1, 99)),
                     "%s-%03d-%04d" % (rnd.choice(["414", "608", "612", "507", "312", "515", "920", "616"]), rnd.randint(200, 999), rnd.randint(0, 9999))])
SITES = ["Froedtert Hospital", "UW Health University Hospital", "Abbott Northwestern Hospital", "Mayo Clinic Hospital - Saint Marys",
         "Rush University Medical Center", "MercyOne Des Moines Medical Center", "Bellin Hospital", "Corewell Health Butterworth Hospital",
         "Home (DME supplier: Apria Healthcare)", "Home (DME supplier: Lincare)", "Home (DME supplier: Byram Healthcare)"]
devices = []
did = 50000
for k in range(1150):
    p = rnd.choice(patients)
    m = rnd.choice(models)
    did += rnd.randint(1, 7)
    impl = m[9]
    when = datetime.date(2014, 1, 1) + datetime.timedelta(days=rnd.randint(0, 4300))
    mfg = when - datetime.timedelta(days=rnd.randint(30, 400))
    exp = mfg + datetime.timedelta(days=365 * (2 if impl else 3))
    ser = serial(m[7]); lt = lot(m[8])
    udi = "(01)%s(11)%s(17)%s%s%s" % (m[0], mfg.strftime("%y%m%d"), exp.strftime("%y%m%d"), "(10)" + lt if lt else "", "(21)" + ser if ser else "")
    doc = rnd.choice(docs)
    exd, reason = "", ""
    if when.year < 2021 and rnd.random() < 0.25:
        exd = (when + datetime.timedelta(days=rnd.randint(200, 3000))).isoformat()
        reason = rnd.choice(["Battery depletion (ERI)", "Upgrade to CRT", "Pocket infection", "Lead fracture", "Recall/advisory",
                             "Patient expired", "Replaced under warranty", "End of service"])
    remote = ""
    if m[1] in ("Pacemaker", "ICD", "CRT-D", "Loop recorder") and rnd.random() < 0.7:
        remote = rnd.choice(["MBT%09d" % rnd.randint(0, 999999999), "LAT-%07d" % rnd.randint(0, 9999999), "MCS%08d" % rnd.randint(0, 99999999)])
    elif m[1] == "CPAP" and rnd.random() < 0.8:
        remote = "AS11-%s" % "".join(rnd.choice("0123456789ABCDEF") for _ in range(12))
    comment = rnd.choice(["", "", "", "", "", "", "Replaced generator SN %s; explanted device returned to mfr, RMA %d" % (serial(m[7]) or "unknown", rnd.randint(40000, 49999)),
                          "Pt called 3/2 re: alarm, pump swapped by %s rep" % m[2].split(",")[0].split()[0],
                          "Wife (%s) reports shocks x2" % rnd.choice(GIVEN), "Transmitter not paired - cell adapter sent to %s" % p[10],
                          "Device check OK", "MRI clearance requested by Dr. %s" % rnd.choice(DOC_F), "Recall notice mailed"])
    devices.append([str(did), p[0], m[1], m[0], lt, ser, udi, mfg.isoformat(), exp.isoformat(), when.isoformat(), doc[0],
                    rnd.choice(SITES[:8]) if impl else rnd.choice(SITES[8:]), exd, reason, remote,
                    "Explanted" if exd else rnd.choice(["Active", "Active", "Active", "Inactive", "Lost to follow-up"]), comment])
H_PAT = ["patient_id", "mrn", "last_name", "first_name", "dob", "sex", "primary_payer", "mbi", "hicn", "address_line1", "city",
         "state", "zip", "phone"]
L_PAT = ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING",
         "NON_IDENTIFYING", "HEALTH_PLAN_BENEFICIARY_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "STREET_ADDRESS", "CITY",
         "NON_IDENTIFYING", "ZIP_CODE", "TELEPHONE_NUMBER"]
H_DEV = ["device_id", "patient_id", "device_category", "udi_di", "udi_pi_lot", "udi_pi_serial", "udi", "mfg_date",
         "expiration_date", "implant_date", "implanting_npi", "implant_site", "explant_date", "explant_reason",
         "remote_monitor_serial", "status", "comments"]
L_DEV = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
         "DEVICE_IDENTIFIER", "DEVICE_IDENTIFIER", "DATE", "DATE", "DATE", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "DATE",
         "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT"]
H_DOC = ["npi", "last_name", "first_name", "credential", "specialty", "taxonomy_code", "dea_number", "license_state",
         "state_license_number", "license_expiration"]
L_DOC = ["QUASI_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
         "QUASI_IDENTIFIER", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "DATE"]
H_MOD = ["primaryDi", "deviceCategory", "companyName", "brandName", "versionModelNumber", "gmdnPTName", "MRISafetyStatus",
         "singleUse", "implantable"]
L_MOD = ["NON_IDENTIFYING"] * 9
mods = [[m[0], m[1], m[2], m[3], m[4], m[5], m[6], "true" if m[8] == "LOT" else "false", "true" if m[9] else "false"] for m in models]
# every NPI must be unique for the foreign key
assert len(set(d[0] for d in docs)) == len(docs)
cols = {}
for name, head, labels, rows in (("patients", H_PAT, L_PAT, patients), ("devices", H_DEV, L_DEV, devices),
                                 ("physicians", H_DOC, L_DOC, docs), ("device_models", H_MOD, L_MOD, mods)):
    assert len(head) == len(labels)
    for r in rows: assert len(r) == len(head)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
    cols.update({name + "." + h: l for h, l in zip(head, labels)})
gold = {"dataset": "device-registry",
        "description": "Invented implant/DME registry export, ',': patients 700 (R-numbered keys, 8-digit MRN, names, DOB MM/DD/YYYY, payer, Medicare MBI with/without dashes, old HICN SSN+BIC, address, ZIP or ZIP+4, phone), devices 1150 (UDI-DI GTIN-14 with check digit shared per model, UDI-PI lot and serial, full GS1 UDI string, dates, implanting NPI, site, explant reason, remote-monitor serial, status, comments naming relatives and serials), physicians 40 (NPI Luhn-valid, DEA with check digit, state licence numbers), device_models 24 (GUDID field names)",
        "delimiter": ",", "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "devices.patient_id", "references": "patients.patient_id"},
                        {"column": "devices.udi_di", "references": "device_models.primaryDi"},
                        {"column": "devices.implanting_npi", "references": "physicians.npi"}]}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

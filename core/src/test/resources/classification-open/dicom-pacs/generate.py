#!/usr/bin/env python3
"""Writes dicom-pacs: an invented PACS study/series export of a fictional hospital group's radiology archive, headers
equal to DICOM attribute keywords (PS3.6), values written as DICOM writes them (seeded, stdlib only): PatientName
FAMILY^GIVEN^MIDDLE (some FAMILY^GIVEN, some with a ^^DR-like suffix), PatientBirthDate YYYYMMDD, PatientAge 045Y /
006M / 012D (some over 89), StudyDate YYYYMMDD, StudyTime HHMMSS.ffffff, ReferringPhysicianName ^-separated,
StudyInstanceUID / SeriesInstanceUID / FrameOfReferenceUID under a GE-style root that embeds the station, the date
and a counter. 1,200 studies (about 560 patients, several studies each), about 3,100 series referring to studies by
StudyInstanceUID, and 18 referring physicians (studies refer to them by ReferringPhysicianName)."""
import csv, json, random, datetime
rnd = random.Random(380101)
FAMILY = ["HOLLOWAY", "FITZGERALD", "NAKAMURA", "OKAFOR", "BRENNAN", "KOWALCZYK", "MARSHALL", "THORNTON", "ABERNATHY",
          "DELACROIX", "PETROVIC", "WHITAKER", "LINDQVIST", "GALLAGHER", "ROSSETTI", "MCALLISTER", "HUTCHINSON", "VASQUEZ",
          "OYELARAN", "BEAUMONT", "STRICKLAND", "NGUYEN", "HARGREAVES", "CALLOWAY", "PEMBERTON", "SZYMANSKI", "DUNCOMBE",
          "FAIRWEATHER", "OSULLIVAN", "RADCLIFFE", "TREMBLAY", "ASHWORTH", "KERRIGAN", "MONTGOMERY", "VINCENT", "LOVELACE"]
GIVEN_M = ["JAMES", "ROBERT", "MICHAEL", "DAVID", "THOMAS", "CHRISTOPHER", "DANIEL", "MATTHEW", "ANTHONY", "KENNETH",
           "RAYMOND", "GERALD", "WALTER", "TERRENCE", "LEROY", "MARCUS", "OWEN", "ELLIOT", "HIROSHI", "CHIDI"]
GIVEN_F = ["MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "MARGARET", "DOROTHY", "KIMBERLY",
           "DEBORAH", "SHARON", "GLORIA", "BEVERLY", "THEODORA", "MAUREEN", "CHLOE", "AALIYAH", "YUKI", "INGRID"]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "ANNE", "LEE", "MARIE", "JOHN", "RAY", "LOUISE"]
# institutions: (InstitutionName, IssuerOfPatientID, site UID root, stations)
INST = [("ST VINCENT'S REGIONAL MEDICAL CENTER", "SVRMC_MRN", "1.2.840.113619.2.416.4471",
         ["SVCT01", "SVCT02", "SVMR1", "SVDR_ED", "SVUS3", "MARSHALL_CT1"]),
        ("HOLLOWAY IMAGING CENTER", "HIC", "1.2.840.113619.2.416.5102", ["HIC-MR", "HIC-CT", "HIC-MG1", "HIC-US"]),
        ("LAKESIDE COMMUNITY HOSPITAL", "LCH", "1.2.840.113619.2.416.6650", ["LCHCR1", "LCHCT", "LCHNM01"])]
# Modality: (weight, BodyPartExamined choices, StudyDescription choices, series descriptions, makers)
MOD = {
    "CT": (30, ["HEAD", "CHEST", "ABDOMEN", "PELVIS", "CSPINE", "LSPINE"],
           {"HEAD": ["CT HEAD WO CONTRAST", "CT BRAIN STROKE PROTOCOL"], "CHEST": ["CT CHEST W CONTRAST", "CT PULMONARY ANGIO", "CT CHEST LOW DOSE SCREENING"],
            "ABDOMEN": ["CT ABD/PELVIS W CONTRAST", "CT ABDOMEN WO CONTRAST"], "PELVIS": ["CT ABD/PELVIS W CONTRAST"],
            "CSPINE": ["CT CERVICAL SPINE WO CONTRAST"], "LSPINE": ["CT LUMBAR SPINE WO CONTRAST"]},
           ["Scout", "Axial 5.0mm", "Axial 1.25mm", "Coronal MPR", "Sagittal MPR", "Dose Report"],
           [("GE MEDICAL SYSTEMS", "Revolution CT", "revo_ct_22.0"), ("SIEMENS", "SOMATOM Force", "syngo CT VA50A"),
            ("GE MEDICAL SYSTEMS", "Optima CT660", "ct660_sp1.3")]),
    "MR": (18, ["BRAIN", "KNEE", "LSPINE", "SHOULDER", "PROSTATE"],
           {"BRAIN": ["MRI BRAIN W WO CONTRAST", "MRI BRAIN WO CONTRAST"], "KNEE": ["MRI KNEE RIGHT WO CONTRAST", "MRI KNEE LEFT WO CONTRAST"],
            "LSPINE": ["MRI LUMBAR SPINE WO CONTRAST"], "SHOULDER": ["MRI SHOULDER RIGHT WO CONTRAST"], "PROSTATE": ["MRI PROSTATE MULTIPARAMETRIC"]},
           ["Localizer", "Ax T2 FSE", "Sag T1", "Ax DWI b1000", "Ax T1 POST GAD", "Cor STIR", "ADC"],
           [("SIEMENS", "MAGNETOM Vida", "syngo MR XA31"), ("GE MEDICAL SYSTEMS", "SIGNA Architect", "MR29.1_R01"),
            ("Philips", "Ingenia Elition X", "5.7.1")]),
    "CR": (22, ["CHEST", "HAND", "KNEE", "FOOT", "ANKLE"],
           {"CHEST": ["XR CHEST 2 VIEWS", "XR CHEST 1 VIEW PORTABLE"], "HAND": ["XR HAND 3 VIEWS LEFT"], "KNEE": ["XR KNEE 3 VIEWS RIGHT"],
            "FOOT": ["XR FOOT 3 VIEWS"], "ANKLE": ["XR ANKLE 3 VIEWS LEFT"]},
           ["PA", "LAT", "AP", "OBLIQUE"], [("Carestream Health", "DRX-Evolution", "5.7.412.2"), ("FUJIFILM Corporation", "FDR D-EVO II", "A08.12")]),
    "DX": (8, ["CHEST", "ABDOMEN"], {"CHEST": ["XR CHEST 1 VIEW PORTABLE"], "ABDOMEN": ["XR ABDOMEN 1 VIEW"]}, ["AP", "AP SUPINE"],
           [("Carestream Health", "DRX-Revolution", "5.7.412.2")]),
    "US": (12, ["ABDOMEN", "PELVIS", "NECK", "BREAST"],
           {"ABDOMEN": ["US ABDOMEN COMPLETE", "US RUQ"], "PELVIS": ["US PELVIS TRANSVAGINAL", "US OB 2ND TRIMESTER"], "NECK": ["US THYROID"], "BREAST": ["US BREAST LEFT LIMITED"]},
           ["Images", "Cine Loops", "SR"], [("GE Healthcare", "LOGIQ E10", "R3.1.2"), ("Philips", "EPIQ 7G", "9.0.4.217")]),
    "MG": (7, ["BREAST"], {"BREAST": ["MAMMO SCREENING BILATERAL W TOMO", "MAMMO DIAGNOSTIC LEFT"]}, ["L CC", "L MLO", "R CC", "R MLO", "Tomo"],
           [("HOLOGIC, Inc.", "Selenia Dimensions", "1.11.1.3")]),
    "NM": (3, ["WHOLEBODY", "HEART"], {"WHOLEBODY": ["NM BONE SCAN WHOLE BODY"], "HEART": ["NM MYOCARDIAL PERFUSION SPECT"]},
           ["Anterior", "Posterior", "SPECT Rest", "SPECT Stress"], [("GE MEDICAL SYSTEMS", "Discovery NM/CT 670", "Xeleris 4.1")]),
}
MODS = [m for m in MOD for _ in range(MOD[m][0])]
SPECIALTY = ["Family Medicine", "Internal Medicine", "Emergency Medicine", "Orthopaedic Surgery", "Obstetrics & Gynecology",
             "Neurology", "Urology", "Cardiology", "Pulmonology"]
STREETS = ["Medical Plaza Dr", "Harbor View Rd", "Elm St", "Lakeshore Blvd", "Wexford Ave", "Kingsley Ct"]
CITIES = [("Riverton", "WY", "82501"), ("Lakeside", "OH", "43440"), ("Fairmont", "WV", "26554"), ("Marshall", "TX", "75670")]

def pn(fam, giv, mid):
    return "^".join(x for x in [fam, giv, mid] if x is not None)

def age_str(birth, on):
    days = (on - birth).days
    years = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if days < 31:
        return "%03dD" % days
    if years < 2:
        return "%03dM" % ((on.year - birth.year) * 12 + on.month - birth.month - (on.day < birth.day))
    return "%03dY" % years

# referring physicians
phys, used = [], set()
while len(phys) < 18:
    fam = rnd.choice(FAMILY[:20] + ["ADEYEMI", "CHAUDHRY", "LEVENTHAL", "SORENSEN", "MBEKI", "ZIMMERMAN"])
    giv = rnd.choice(GIVEN_M + GIVEN_F)
    if (fam, giv) in used:
        continue
    used.add((fam, giv))
    mid = rnd.choice(MIDDLE[:12])
    name = "%s^%s^%s^DR" % (fam, giv, mid) if rnd.random() < 0.4 else "%s^%s^%s^^MD" % (fam, giv, mid) if rnd.random() < 0.5 else "%s^%s^%s" % (fam, giv, mid)
    c = rnd.choice(CITIES)
    inst = rnd.choice(INST)[0]
    phys.append(["RP%04d" % rnd.randint(100, 9999), name, "%d %s Suite %d^^%s^%s^%s" % (rnd.randint(10, 9800), rnd.choice(STREETS), rnd.randint(100, 450), c[0], c[1], c[2]),
                 "(%d) %03d-%04d" % (rnd.choice([307, 419, 304, 903]), rnd.randint(200, 989), rnd.randint(0, 9999)),
                 "%010d" % 0, rnd.choice(SPECIALTY), inst])
# NPI with Luhn check (prefix 80840)
def npi(base9):
    digits = "80840" + base9
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return base9 + str((10 - tot % 10) % 10)
for p in phys:
    p[4] = npi(str(rnd.choice([1, 1, 1, 2])) + "%08d" % rnd.randint(0, 99999999))
# patients
patients, used = [], set()
while len(patients) < 560:
    male = rnd.random() < 0.48
    fam = rnd.choice(FAMILY)
    giv = rnd.choice(GIVEN_M if male else GIVEN_F)
    r = rnd.random()
    mid = rnd.choice(MIDDLE) if r < 0.6 else None
    name = pn(fam, giv, mid)
    if r > 0.95:
        name += "^^JR" if male else "^^"
    if name in used:
        continue
    used.add(name)
    if rnd.random() < 0.06:
        birth = datetime.date(rnd.randint(1922, 1933), rnd.randint(1, 12), rnd.randint(1, 28))
    elif rnd.random() < 0.05:
        birth = datetime.date(2024, rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1934, 2021), rnd.randint(1, 12), rnd.randint(1, 28))
    inst = rnd.choice(INST)
    patients.append(dict(name=name, id="%08d" % rnd.randint(100000, 9999999), issuer=inst[1], inst=inst, birth=birth,
                         sex="M" if male else "F", size="%.2f" % (rnd.uniform(1.62, 1.92) if male else rnd.uniform(1.50, 1.78)),
                         weight="%d" % (rnd.randint(62, 118) if male else rnd.randint(48, 102))))
# studies
studies, series = [], []
counter = {}
start = datetime.datetime(2024, 1, 2, 7, 0)
for k in range(1200):
    p = rnd.choice(patients) if k >= 560 else patients[k]
    inst = p["inst"] if rnd.random() < 0.85 else rnd.choice(INST)
    m = rnd.choice(MODS)
    if m == "MG" and p["sex"] == "M":
        m = "CR"
    w, parts, descs, serdescs, makers = MOD[m]
    part = rnd.choice(parts)
    desc = rnd.choice(descs[part])
    when = start + datetime.timedelta(days=rnd.randint(0, 540), hours=rnd.randint(0, 14), minutes=rnd.randint(0, 59),
                                      seconds=rnd.randint(0, 59), microseconds=rnd.randint(0, 999999))
    if when.date() <= p["birth"]:
        when = datetime.datetime.combine(p["birth"] + datetime.timedelta(days=rnd.randint(3, 20)), when.time())
    station = rnd.choice(inst[3])
    maker = makers[hash(station) % len(makers)] if False else makers[sum(map(ord, station)) % len(makers)]
    counter[inst[2]] = counter.get(inst[2], 0) + rnd.randint(1, 9)
    uid = "%s.%d.%s.%d" % (inst[2], 1000 + inst[3].index(station), when.strftime("%Y%m%d%H%M%S"), counter[inst[2]])
    acc = "%s%s%04d" % ({"SVRMC_MRN": "SV", "HIC": "HI", "LCH": "LC"}[p["issuer"]], when.strftime("%y%m%d"), rnd.randint(0, 9999))
    ref = rnd.choice(phys)[1] if rnd.random() < 0.93 else ""
    studies.append([uid, when.strftime("%Y%m%d"), when.strftime("%H%M%S.%f"), acc, "%d" % rnd.randint(1, 99999), m, desc, part,
                    ref, inst[0], station, p["name"], p["id"], p["issuer"], p["birth"].strftime("%Y%m%d"), p["sex"],
                    age_str(p["birth"], when.date()), p["size"] if m in ("CT", "MR", "NM") else "",
                    p["weight"] if m in ("CT", "MR", "NM") else "", maker[0], maker[1], maker[2]])
    nser = rnd.randint(1, min(6, len(serdescs)))
    for j, sd in enumerate(rnd.sample(serdescs, nser)):
        sw = when + datetime.timedelta(seconds=30 + 47 * j + rnd.randint(0, 20))
        operator = "%s^%s" % (rnd.choice(["PRUITT", "ODUYA", "KELLER", "SANTOS", "BRANDT", "CAVANAGH", "MERCER"]),
                              rnd.choice(["JOANNE", "DEREK", "PRIYA", "TOMAS", "RUTH", "KAYLA", "BENNETT"]))
        series.append([uid + "." + str(j + 1), uid, str(j + 1), sw.strftime("%Y%m%d"), sw.strftime("%H%M%S.%f"), m, sd, part,
                       str(rnd.randint(1, 600) if m in ("CT", "MR") else rnd.randint(1, 4)),
                       "%s.%d.%s" % (inst[2], 7, sw.strftime("%Y%m%d%H%M%S%f")[:18]) if m in ("CT", "MR", "NM") else "",
                       operator, "%s%05d" % ({"GE MEDICAL SYSTEMS": "GE", "SIEMENS": "SI", "Philips": "PH"}.get(maker[0], "XX"),
                                             sum(map(ord, station)) * 37 % 100000),
                       rnd.choice(["HFS", "FFS", "HFP"]) if m in ("CT", "MR") else "", desc.split(" W")[0] if m != "CR" else ""])
studies.sort(key=lambda r: (r[1], r[2]))
HS = ["StudyInstanceUID", "StudyDate", "StudyTime", "AccessionNumber", "StudyID", "ModalitiesInStudy", "StudyDescription",
      "BodyPartExamined", "ReferringPhysicianName", "InstitutionName", "StationName", "PatientName", "PatientID",
      "IssuerOfPatientID", "PatientBirthDate", "PatientSex", "PatientAge", "PatientSize", "PatientWeight", "Manufacturer",
      "ManufacturerModelName", "SoftwareVersions"]
HR = ["SeriesInstanceUID", "StudyInstanceUID", "SeriesNumber", "SeriesDate", "SeriesTime", "Modality", "SeriesDescription",
      "BodyPartExamined", "NumberOfSeriesRelatedInstances", "FrameOfReferenceUID", "OperatorsName", "DeviceSerialNumber",
      "PatientPosition", "ProtocolName"]
HP = ["PhysicianCode", "ReferringPhysicianName", "ReferringPhysicianAddress", "ReferringPhysicianTelephoneNumbers",
      "NPI", "Specialty", "InstitutionName"]
for f, h, rows in [("studies", HS, studies), ("series", HR, series), ("referring_physicians", HP, phys)]:
    with open(f + ".csv", "w", encoding="utf-8", newline="") as o:
        wr = csv.writer(o, lineterminator="\n")
        wr.writerow(h)
        wr.writerows(rows)
L = {"StudyInstanceUID": "OTHER_UNIQUE_IDENTIFIER", "StudyDate": "DATE", "StudyTime": "DATE", "AccessionNumber": "OTHER_UNIQUE_IDENTIFIER",
     "StudyID": "OTHER_UNIQUE_IDENTIFIER", "ModalitiesInStudy": "NON_IDENTIFYING", "StudyDescription": "NON_IDENTIFYING",
     "BodyPartExamined": "NON_IDENTIFYING", "ReferringPhysicianName": "NAME", "InstitutionName": "NON_IDENTIFYING",
     "StationName": "QUASI_IDENTIFIER", "PatientName": "NAME", "PatientID": "MEDICAL_RECORD_NUMBER",
     "IssuerOfPatientID": "NON_IDENTIFYING", "PatientBirthDate": "DATE_OF_BIRTH", "PatientSex": "NON_IDENTIFYING",
     "PatientAge": "AGE", "PatientSize": "NON_IDENTIFYING", "PatientWeight": "NON_IDENTIFYING", "Manufacturer": "NON_IDENTIFYING",
     "ManufacturerModelName": "NON_IDENTIFYING", "SoftwareVersions": "NON_IDENTIFYING"}
R = {"SeriesInstanceUID": "OTHER_UNIQUE_IDENTIFIER", "StudyInstanceUID": "OTHER_UNIQUE_IDENTIFIER", "SeriesNumber": "NON_IDENTIFYING",
     "SeriesDate": "DATE", "SeriesTime": "DATE", "Modality": "NON_IDENTIFYING", "SeriesDescription": "NON_IDENTIFYING",
     "BodyPartExamined": "NON_IDENTIFYING", "NumberOfSeriesRelatedInstances": "NON_IDENTIFYING",
     "FrameOfReferenceUID": "OTHER_UNIQUE_IDENTIFIER", "OperatorsName": "NAME", "DeviceSerialNumber": "QUASI_IDENTIFIER",
     "PatientPosition": "NON_IDENTIFYING", "ProtocolName": "NON_IDENTIFYING"}
P = {"PhysicianCode": "QUASI_IDENTIFIER", "ReferringPhysicianName": "NAME", "ReferringPhysicianAddress": "STREET_ADDRESS",
     "ReferringPhysicianTelephoneNumbers": "TELEPHONE_NUMBER", "NPI": "QUASI_IDENTIFIER", "Specialty": "NON_IDENTIFYING",
     "InstitutionName": "NON_IDENTIFYING"}
cols = {}
for t, h, lab in [("studies", HS, L), ("series", HR, R), ("referring_physicians", HP, P)]:
    for c in h:
        cols[t + "." + c] = lab[c]
gold = {"dataset": "dicom-pacs",
        "description": "Invented PACS study/series export, DICOM keyword headers, ',' : 1,200 studies (PatientName FAMILY^GIVEN^MIDDLE, "
                       "PatientID 8-digit MRN with IssuerOfPatientID, PatientBirthDate YYYYMMDD, PatientAge 045Y/006M/012D incl. over 89, "
                       "StudyDate YYYYMMDD, StudyTime HHMMSS.ffffff, AccessionNumber SVyymmddNNNN, StudyInstanceUID under a site root "
                       "embedding station, date-time and counter, ReferringPhysicianName ^-separated, StationName incl. MARSHALL_CT1 "
                       "beside the surname MARSHALL), series referring to studies by StudyInstanceUID (OperatorsName, FrameOfReferenceUID, "
                       "DeviceSerialNumber), 18 referring physicians (address written with ^, NPI with Luhn check) referred to by name",
        "delimiter": ",", "entity": "studies", "columns": cols,
        "foreignKeys": [{"column": "series.StudyInstanceUID", "references": "studies.StudyInstanceUID"},
                        {"column": "studies.ReferringPhysicianName", "references": "referring_physicians.ReferringPhysicianName"}]}
with open("gold.json", "w", encoding="utf-8") as o:
    json.dump(gold, o, indent=2, ensure_ascii=False)
    o.write("\n")

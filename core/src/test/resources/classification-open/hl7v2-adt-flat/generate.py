#!/usr/bin/env python3
"""Writes hl7v2-adt-flat: an invented interface engine's flattening of HL7 v2.5.1 ADT^A04/A08 messages of a fictional
central-Illinois health system to CSV (seeded, stdlib only), ',', one column per field named 'SEG-n', components
joined by '^', repetitions by '~'. adt_messages: 1,600 messages for about 1,000 patients (MSH-3/4 sending application
and facility, MSH-7 YYYYMMDDHHMMSS with or without a -0600 offset, MSH-9 'ADT^A04^ADT_A01', MSH-10 control id, EVN-2,
PID-3 'MRN^^^MRN^MR' with an '~E..^^^EMPI^PI' repetition on some, PID-5 'DOE^JOHN^A^JR', PID-7 YYYYMMDD (some
YYYYMMDDHHMM, a few before 1936), PID-8, PID-10 race and PID-22 ethnicity CDC codes, PID-11 'street^other^city^
state^zip^USA^H' (county code on some), PID-13 v2.3 '(217)555-0148' or v2.5 XTN '^PRN^PH^^1^217^5550148' (an e-mail
repetition on some), PID-15 language, PID-16 marital status, PID-18 account number, PID-19 SSN, PID-29/30 death,
PV1-2 class, PV1-3 'POC^ROOM^BED^FACILITY', PV1-4, PV1-7 attending '1457^PATEL^ANIL^R^^^MD', PV1-10, PV1-14, PV1-19
visit number, PV1-44/45 admit and discharge, PV2-3 admit reason). nk1: next-of-kin rows (MSH-10, NK1-1, NK1-2 name,
NK1-3 relationship, NK1-4 address, NK1-5 phone, NK1-7 contact role). dg1: ICD-10-CM diagnoses (MSH-10, DG1-1, DG1-2,
DG1-3 'G20.A1^Parkinson's disease without dyskinesia...^I10', DG1-5, DG1-6, DG1-15, DG1-16 clinician). facilities:
the engine's 14 sending facilities (MSH-4 code, name, address, NPI, type). Deliberate coincidences: surnames
PARKINSON, BELL, CUSHING beside the diagnoses Parkinson's disease, Bell's palsy and Cushing's syndrome; surnames
LINCOLN, CLINTON, TAYLOR, MORTON, JACKSON beside the towns Lincoln, Clinton, Taylorville, Morton, Jacksonville and
the facility LINCOLN MEMORIAL HOSPITAL."""
import csv, json, random
rnd = random.Random(76040517)
GIVEN = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH",
         "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHARLES", "KAREN",
         "GARY", "NANCY", "LARRY", "LISA", "DENNIS", "SHIRLEY", "ROGER", "JOYCE", "WAYNE", "DIANE", "KYLE",
         "BRITTANY", "JACOB", "HANNAH", "ETHAN", "OLIVIA", "NOAH", "EMMA", "LIAM", "AVA", "DARNELL", "TANISHA",
         "ALEJANDRO", "GUADALUPE", "HUONG", "MINH", "RAJESH", "SUNITA", "IFEOMA", "CHUKWUEMEKA", "ZOFIA", "MAREK"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR",
          "THOMAS", "MOORE", "MARTIN", "JACKSON", "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON",
          "SCHMIDT", "MEYER", "WAGNER", "BECKER", "HOFFMAN", "KOCH", "RICHTER", "KLEIN", "FISCHER", "WEBER",
          "LINCOLN", "CLINTON", "MORTON", "PARKINSON", "BELL", "CUSHING", "O'CONNOR", "MCCARTHY", "DE LA CRUZ",
          "GARCIA LOPEZ", "NGUYEN", "TRAN", "PATEL", "SHAH", "OKEKE", "ADEYEMI", "NOWAK", "WOJCIK", "VAN DYKE", "ST JOHN"]
DOC_FAMILY = ["PATEL", "SMITH", "CHEN", "KHAN", "MUELLER", "OKAFOR", "HARTMANN", "REYES", "BRENNAN", "SATO",
              "LINDGREN", "ABERNATHY", "GREENE", "IYER", "KOWALCZYK", "DUBOIS", "PARK", "FOSTER"]
DOC_GIVEN = ["ANIL", "JANE", "WEI", "SANA", "KLAUS", "NGOZI", "ERIK", "LUCIA", "SEAN", "HIROSHI", "INGRID", "MARGARET",
             "ALAN", "PRIYA", "TOMASZ", "CLAIRE", "JIHOON", "RACHEL"]
# (city, zip, area code, county FIPS)
CITIES = [("SPRINGFIELD", ["62701", "62702", "62703", "62704", "62711", "62712"], "217", "17167"),
          ("DECATUR", ["62521", "62522", "62526"], "217", "17115"), ("LINCOLN", ["62656"], "217", "17107"),
          ("JACKSONVILLE", ["62650"], "217", "17137"), ("TAYLORVILLE", ["62568"], "217", "17021"),
          ("PEORIA", ["61602", "61603", "61604", "61614", "61615"], "309", "17143"), ("PEKIN", ["61554"], "309", "17179"),
          ("MORTON", ["61550"], "309", "17179"), ("BLOOMINGTON", ["61701", "61704"], "309", "17113"),
          ("NORMAL", ["61761"], "309", "17113"), ("CHAMPAIGN", ["61820", "61821", "61822"], "217", "17019"),
          ("URBANA", ["61801", "61802"], "217", "17019"), ("CLINTON", ["61727"], "217", "17039"),
          ("CHATHAM", ["62629"], "217", "17167"), ("PETERSBURG", ["62675"], "217", "17129"),
          ("HAVANA", ["62644"], "309", "17125"), ("PANA", ["62557"], "217", "17021")]
CW = [24, 10, 4, 4, 3, 14, 5, 3, 8, 5, 8, 5, 2, 3, 1, 1, 1]
STREETS = ["S MACARTHUR BLVD", "N GRAND AVE E", "W WASHINGTON ST", "S 6TH ST", "E CAPITOL AVE", "WABASH AVE",
           "N WATER ST", "W ELDORADO ST", "N UNIVERSITY ST", "W WAR MEMORIAL DR", "E OAKLAND AVE", "N MAIN ST",
           "W JOHN ST", "S NEIL ST", "KICKAPOO ST", "COUNTRY CLUB RD", "STATE ROUTE 29", "1200 NORTH RD", "LAKE SHORE DR"]
FACILITIES = [("SMH", "SPRINGFIELD MEMORIAL HEALTH", "701 N 1ST ST", "SPRINGFIELD", "62781", "Hospital"),
              ("LMH", "LINCOLN MEMORIAL HOSPITAL", "200 STAHLHUT DR", "LINCOLN", "62656", "Hospital"),
              ("TMH", "TAYLORVILLE MEMORIAL HOSPITAL", "201 E PLEASANT ST", "TAYLORVILLE", "62568", "Hospital"),
              ("JMH", "JACKSONVILLE MEMORIAL HOSPITAL", "1600 W WALNUT ST", "JACKSONVILLE", "62650", "Hospital"),
              ("DMH", "DECATUR MEMORIAL HOSPITAL", "2300 N EDWARD ST", "DECATUR", "62526", "Hospital"),
              ("PMC", "PEORIA MEDICAL CENTER", "530 NE GLEN OAK AVE", "PEORIA", "61637", "Hospital"),
              ("BUC", "BLOOMINGTON URGENT CARE", "2200 FORT JESSE RD", "NORMAL", "61761", "Urgent Care"),
              ("CCL", "CHAMPAIGN CLINIC", "1701 W CURTIS RD", "CHAMPAIGN", "61822", "Clinic"),
              ("CHT", "CHATHAM FAMILY MEDICINE", "20 PARKWAY DR", "CHATHAM", "62629", "Clinic"),
              ("PKN", "PEKIN REGIONAL HOSPITAL", "600 S 13TH ST", "PEKIN", "61554", "Hospital"),
              ("SPC", "SPRINGFIELD CLINIC MAIN CAMPUS", "1025 S 6TH ST", "SPRINGFIELD", "62703", "Clinic"),
              ("URB", "URBANA OUTPATIENT SURGERY", "1400 W PARK ST", "URBANA", "61801", "Ambulatory Surgery"),
              ("CLN", "CLINTON COMMUNITY HOSPITAL", "1 HOSPITAL DR", "CLINTON", "61727", "Hospital"),
              ("HAV", "HAVANA RURAL HEALTH CLINIC", "411 N PLUM ST", "HAVANA", "62644", "Rural Health Clinic")]
FW = [30, 8, 5, 5, 12, 14, 6, 6, 3, 6, 10, 3, 4, 2]
ICD = [("I10", "Essential (primary) hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"),
       ("E78.5", "Hyperlipidemia, unspecified"), ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"),
       ("I50.9", "Heart failure, unspecified"), ("N39.0", "Urinary tract infection, site not specified"),
       ("J18.9", "Pneumonia, unspecified organism"), ("R07.9", "Chest pain, unspecified"), ("R10.9", "Unspecified abdominal pain"),
       ("M54.50", "Low back pain, unspecified"), ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
       ("F32.A", "Depression, unspecified"), ("F41.1", "Generalized anxiety disorder"), ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
       ("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), ("G51.0", "Bell's palsy"),
       ("E24.9", "Cushing's syndrome, unspecified"), ("G30.9", "Alzheimer's disease, unspecified"),
       ("K50.90", "Crohn's disease, unspecified, without complications"), ("C81.90", "Hodgkin lymphoma, unspecified, unspecified site"),
       ("I48.91", "Unspecified atrial fibrillation"), ("N18.4", "Chronic kidney disease, stage 4 (severe)"),
       ("Z34.83", "Encounter for supervision of other normal pregnancy, third trimester"), ("O80", "Encounter for full-term uncomplicated delivery"),
       ("J06.9", "Acute upper respiratory infection, unspecified"), ("U07.1", "COVID-19"), ("A41.9", "Sepsis, unspecified organism"),
       ("R55", "Syncope and collapse"), ("Z00.00", "Encounter for general adult medical examination without abnormal findings"),
       ("S06.0X0A", "Concussion without loss of consciousness, initial encounter"), ("L03.115", "Cellulitis of right lower limb"),
       ("E66.01", "Morbid (severe) obesity due to excess calories"), ("Z79.4", "Long term (current) use of insulin"),
       ("I63.9", "Cerebral infarction, unspecified"), ("K35.80", "Unspecified acute appendicitis")]
ICDW = [30, 22, 18, 6, 6, 7, 6, 9, 7, 6, 2, 6, 5, 6, 2, 1, 1, 2, 1, 1, 5, 3, 2, 2, 6, 3, 2, 3, 6, 2, 2, 3, 4, 1, 2]
RACE = [("2106-3", "White"), ("2054-5", "Black or African American"), ("2028-9", "Asian"), ("2131-1", "Other Race"),
        ("1002-5", "American Indian or Alaska Native")]
RW = [74, 14, 4, 6, 1]
REL = [("SPO", "Spouse"), ("CHD", "Child"), ("PAR", "Parent"), ("SIB", "Sibling"), ("FND", "Friend"), ("GRD", "Guardian"),
       ("DOM", "Life Partner"), ("OTH", "Other")]
UNITS = {"I": ["4W", "5E", "6N", "ICU", "CCU", "MBU", "ORTHO"], "O": ["CLIN", "IMG", "LAB", "PT"], "E": ["ED"], "U": ["UC"]}
SERVICE = {"I": ["MED", "SUR", "CAR", "ORT", "OBS", "NEU"], "O": ["MED", "RAD", "LAB", "PT"], "E": ["EME"], "U": ["URG"]}
REASONS = ["Chest pain", "Shortness of breath", "Fall", "Abdominal pain", "Fever", "Follow-up", "Labor", "Weakness",
           "Annual physical", "MRI brain", "Lab draw", "Physical therapy", "Cough", "Laceration", "Syncope"]
DOCS = [("%04d" % rnd.randint(1000, 9999), f, g, rnd.choice(["", "", "A", "R", "M"])) for f, g in zip(DOC_FAMILY, DOC_GIVEN)]


def ssn():
    a = rnd.randint(1, 899)
    while a == 666: a = rnd.randint(1, 899)
    return "%03d-%02d-%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))


def phone(ac):
    n = "%d%02d%04d" % (rnd.randint(2, 9), rnd.randint(0, 99), rnd.randint(0, 9999))
    return ac, n


def xtn(ac, n, style, email=""):
    if style == 0:
        s = "(%s)%s-%s" % (ac, n[:3], n[3:])
    elif style == 1:
        s = "^PRN^PH^^1^%s^%s" % (ac, n)
    else:
        s = "(%s)%s-%s^PRN^PH^^1^%s^%s" % (ac, n[:3], n[3:], ac, n)
    if email:
        s += "~^NET^Internet^" + email
    return s


def addr():
    c = rnd.choices(CITIES, weights=CW)[0]
    line = "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS))
    other = rnd.choice(["APT %d" % rnd.randint(1, 24), "UNIT %s" % rnd.choice("ABCDEF"), "LOT %d" % rnd.randint(1, 60)]) if rnd.random() < 0.15 else ""
    return c, line, other, rnd.choice(c[1])


def xad(c, line, other, z, county=False):
    s = "%s^%s^%s^IL^%s^USA^H" % (line, other, c[0], z)
    return s + "^^" + c[3] if county else s


class Patient:
    def __init__(self, i):
        while True:
            self.mrn = "%07d" % rnd.randint(1000000, 4999999)
            if self.mrn not in MRNS: MRNS.add(self.mrn); break
        self.empi = "E%08d" % rnd.randint(10000000, 99999999) if rnd.random() < 0.3 else ""
        self.sex = rnd.choice("FM") if rnd.random() > 0.005 else "U"
        self.fam, self.giv = rnd.choice(FAMILY), rnd.choice(GIVEN)
        r = rnd.random()
        self.mid = rnd.choice("ABCDEFGHJKLMNPRSTW") if r < 0.4 else (rnd.choice(GIVEN) if r < 0.55 else "")
        self.suffix = rnd.choice(["JR", "SR", "III"]) if rnd.random() < 0.03 else ""
        r = rnd.random()
        y = rnd.randint(1926, 1935) if r < 0.015 else (rnd.randint(1936, 1960) if r < 0.3 else rnd.randint(1961, 2025))
        self.dob = "%04d%02d%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28))
        if rnd.random() < 0.1: self.dob += "0000"
        self.race = rnd.choices(RACE, weights=RW)[0]
        self.eth = ("2135-2", "Hispanic or Latino") if rnd.random() < 0.06 else ("2186-5", "Not Hispanic or Latino")
        self.c, self.line, self.other, self.zip = addr()
        self.county = rnd.random() < 0.35
        self.ph = phone(self.c[2]) if rnd.random() < 0.95 else None
        self.style = rnd.choice([0, 0, 1, 1, 2])
        self.email = ("%s.%s%d@%s" % (self.giv.lower(), self.fam.lower().replace(" ", "").replace("'", ""), rnd.randint(1, 99),
                                     rnd.choice(["gmail.com", "yahoo.com", "comcast.net", "icloud.com"]))) if rnd.random() < 0.2 else ""
        self.ssn = ssn() if rnd.random() < 0.7 else ""
        self.lang = rnd.choices(["ENG^English^HL70296", "SPA^Spanish^HL70296", "VIE^Vietnamese^HL70296", ""], weights=[85, 6, 1, 8])[0]
        self.mar = rnd.choice(["M", "S", "D", "W", "M", "S", ""])
        self.kin = []
        for _ in range(rnd.choice([0, 1, 1, 1, 2])):
            rel = rnd.choices(REL, weights=[35, 25, 15, 8, 6, 2, 5, 4])[0]
            kf = self.fam if rel[0] in ("SPO", "CHD", "PAR", "SIB") and rnd.random() < 0.75 else rnd.choice(FAMILY)
            same = rnd.random() < 0.5
            kc, kl, ko, kz = (self.c, self.line, self.other, self.zip) if same else addr()
            kp = phone(kc[2])
            self.kin.append(("%s^%s%s" % (kf, rnd.choice(GIVEN), "^" + rnd.choice("ABCDEJMR") if rnd.random() < 0.3 else ""),
                             rel, xad(kc, kl, ko, kz) if rnd.random() < 0.7 else "", xtn(kp[0], kp[1], rnd.choice([0, 1])),
                             rnd.choice(["EC^Emergency Contact^HL70131", "N^Next-of-Kin^HL70131", "EC^Emergency Contact^HL70131"])))


MRNS = set()
patients = [Patient(i) for i in range(1000)]
msgs, nk1, dg1 = [], [], []
sec = 0
used = set()
visit_no = 40000000
for n in range(1600):
    sec += rnd.randint(60, 3000)
    d, r = divmod(sec, 86400)
    mon, day = (1 + d // 28, 1 + d % 28)
    ts = "2026%02d%02d%02d%02d%02d" % (mon, day, r // 3600, r % 3600 // 60, r % 60)
    p = rnd.choice(patients) if n > 100 and rnd.random() < 0.35 else patients[n % 1000] if n < 1000 else rnd.choice(patients)
    fac = rnd.choices(FACILITIES, weights=FW)[0]
    a08 = hasattr(p, "visit") and rnd.random() < 0.7
    if not a08:
        visit_no += rnd.randint(1, 40)
        cls = rnd.choices(["E", "O", "I", "U"], weights=[35, 40, 15, 10])[0] if fac[5] == "Hospital" else rnd.choice(["O", "U"] if fac[5] == "Urgent Care" else ["O"])
        unit = rnd.choice(UNITS[cls])
        poc = "%s^%s^%s^%s" % (unit, "%d%02d" % (rnd.randint(1, 6), rnd.randint(1, 40)) if cls == "I" else ("%02d" % rnd.randint(1, 30)),
                                rnd.choice("AB") if cls == "I" else "", fac[0])
        p.visit = (str(visit_no), cls, poc, rnd.choice(DOCS), rnd.choice(SERVICE[cls]), ts, fac, rnd.choice(REASONS),
                   "%d" % rnd.randint(100000000, 999999999))
        event = "A04"
    else:
        event = "A08"
        if rnd.random() < 0.2:  # the update changes the patient's phone or address
            if rnd.random() < 0.5 and p.ph:
                p.ph = phone(p.c[2])
            else:
                p.c, p.line, p.other, p.zip = addr()
    vnum, cls, poc, doc, svc, admit, vfac, reason, acct = p.visit
    fac = vfac
    while True:
        ctrl = "%s%09d" % (fac[0], rnd.randint(0, 999999999))
        if ctrl not in used: used.add(ctrl); break
    offs = "-0600" if fac[0] in ("PMC", "PKN", "BUC", "HAV") else ""
    disch = ""
    if event == "A08" and rnd.random() < 0.4:
        disch = "2026%02d%02d%02d%02d00%s" % (mon, day, rnd.randint(0, 23), rnd.randint(0, 59), offs)
    death, dflag = "", ""
    if event == "A08" and rnd.random() < 0.01:
        death, dflag = ts[:12], "Y"
    name = ("%s^%s^%s%s" % (p.fam, p.giv, p.mid, ("^" + p.suffix) if p.suffix else "")).rstrip("^")
    pid3 = "%s^^^MRN^MR" % p.mrn + ("~%s^^^EMPI^PI" % p.empi if p.empi else "")
    docx = "%s^%s^%s%s" % (doc[0], doc[1], doc[2], ("^" + doc[3]) if doc[3] else "")
    if rnd.random() < 0.25: docx = "%s^%s^%s^%s^^^MD" % (doc[0], doc[1], doc[2], doc[3])
    msgs.append(["EPIC" if fac[5] != "Rural Health Clinic" else "ATHENA", fac[0], ts + offs, "ADT^%s^ADT_A01" % event, ctrl, "P", "2.5.1",
                 ts + offs, pid3, name, p.dob, p.sex, "%s^%s^CDCREC" % p.race, xad(p.c, p.line, p.other, p.zip, p.county),
                 xtn(p.ph[0], p.ph[1], p.style, p.email) if p.ph else "", p.lang, p.mar, acct, p.ssn,
                 "%s^%s^CDCREC" % p.eth, death, dflag, cls, poc, rnd.choice(["E", "R", "U", "E", "R"]) if cls != "O" else "R",
                 docx, svc, rnd.choice(["1", "2", "7", "7", "4"]), vnum, admit + offs, disch, "^" + reason])
    if p.kin and rnd.random() < 0.9:
        for k, (kn, rel, ka, kp, role) in enumerate(p.kin):
            nk1.append([ctrl, str(k + 1), kn, "%s^%s^HL70063" % rel, ka, kp, role])
    nd = rnd.choice([0, 1, 1, 2, 2, 3]) if event == "A04" else rnd.choice([1, 2, 3, 4])
    for k in range(nd):
        code, desc = rnd.choices(ICD, weights=ICDW)[0]
        if p.fam in ("PARKINSON", "BELL", "CUSHING") and k == 0 and rnd.random() < 0.3:
            code, desc = {"PARKINSON": ICD[14], "BELL": ICD[15], "CUSHING": ICD[16]}[p.fam]
        dd = doc if rnd.random() < 0.7 else rnd.choice(DOCS)
        dg1.append([ctrl, str(k + 1), "I10", "%s^%s^I10" % (code, desc), ts[:12] + offs if rnd.random() < 0.8 else "",
                    rnd.choice(["A", "W", "F"]) if event == "A08" else rnd.choice(["A", "W"]), str(k + 1),
                    "%s^%s^%s" % dd[:3] if rnd.random() < 0.35 else ""])

MH = ["MSH-3", "MSH-4", "MSH-7", "MSH-9", "MSH-10", "MSH-11", "MSH-12", "EVN-2", "PID-3", "PID-5", "PID-7", "PID-8",
      "PID-10", "PID-11", "PID-13", "PID-15", "PID-16", "PID-18", "PID-19", "PID-22", "PID-29", "PID-30", "PV1-2",
      "PV1-3", "PV1-4", "PV1-7", "PV1-10", "PV1-14", "PV1-19", "PV1-44", "PV1-45", "PV2-3"]
ML = ["NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "DATE", "MEDICAL_RECORD_NUMBER", "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "ACCOUNT_NUMBER",
      "SOCIAL_SECURITY_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
      "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE",
      "NON_IDENTIFYING"]
NH = ["MSH-10", "NK1-1", "NK1-2", "NK1-3", "NK1-4", "NK1-5", "NK1-7"]
NL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "STREET_ADDRESS", "TELEPHONE_NUMBER",
      "NON_IDENTIFYING"]
DH = ["MSH-10", "DG1-1", "DG1-2", "DG1-3", "DG1-5", "DG1-6", "DG1-15", "DG1-16"]
DL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NAME"]
FH = ["Facility ID", "Facility Name", "Street Address", "City", "State", "ZIP", "Organization NPI", "Facility Type"]
FL = ["NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING",
      "NON_IDENTIFYING"]


def npi():
    d = "1" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    s = 24
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        s += n
    return d + str((10 - s % 10) % 10)


ftab = [[f[0], f[1], f[2], f[3], "IL", f[4], npi(), f[5]] for f in FACILITIES]


def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)


write("adt_messages", MH, msgs); write("nk1", NH, nk1); write("dg1", DH, dg1); write("facilities", FH, ftab)
cols = {}
for tb, h, l in (("adt_messages", MH, ML), ("nk1", NH, NL), ("dg1", DH, DL), ("facilities", FH, FL)):
    assert len(h) == len(l)
    for c, x in zip(h, l):
        cols[tb + "." + c] = x
gold = {"dataset": "hl7v2-adt-flat",
        "description": "Invented interface engine's flattening of HL7 v2.5.1 ADT^A04/A08 messages of a fictional central-Illinois health system to CSV, ',', one column per field named 'SEG-n' (components '^', repetitions '~'): 1,600 messages for about 1,000 patients (MSH-7/EVN-2/PV1-44/PV1-45 YYYYMMDDHHMMSS, some with a -0600 offset; MSH-10 control id; PID-3 MRN 'nnnnnnn^^^MRN^MR' with an EMPI repetition on 30%; PID-5 'FAMILY^GIVEN^MIDDLE^SUFFIX'; PID-7 YYYYMMDD (10% YYYYMMDDHHMM, 1.5% born before 1936); PID-10/22 CDC race and ethnicity codes; PID-11 XAD with city, ZIP and on some a county FIPS; PID-13 as '(217)555-0148', as XTN '^PRN^PH^^1^217^5550148' or both, with an e-mail repetition on 20%; PID-18 account number; PID-19 SSN 'nnn-nn-nnnn' (70%); PID-29/30 death on a few A08; PV1-3 'POC^ROOM^BED^FACILITY'; PV1-7 attending '1457^PATEL^ANIL^R' (some with '^^^MD'); PV1-19 visit number; PV2-3 admit reason), next-of-kin rows (NK1-2 names, NK1-3 relationship, NK1-4 address, NK1-5 phone, NK1-7 role), ICD-10-CM diagnosis rows (DG1-3 'code^description^I10', DG1-5, DG1-16 clinician on 35%) and the engine's 14 sending facilities (MSH-4 code, name, address, organisation NPI, type). Labels: PV1-3 QUASI_IDENTIFIER (as hl7-lab PV1_3); PV1-7 and DG1-16 NAME (staff, the id component inside); MSH-10 OTHER_UNIQUE_IDENTIFIER (one message about one patient) in all three tables; facility address, city and ZIP identifiers and facility name/NPI NON_IDENTIFYING (as Synthea's organizations); PV2-3 admit reasons NON_IDENTIFYING (a short vocabulary). Coincidences: surnames PARKINSON, BELL, CUSHING beside Parkinson's disease, Bell's palsy and Cushing's syndrome in DG1-3; surnames LINCOLN, CLINTON, MORTON, JACKSON, TAYLOR beside the towns Lincoln, Clinton, Morton, Jacksonville, Taylorville and the facility names holding them, are deliberate",
        "delimiter": ",", "entity": "adt_messages", "columns": cols,
        "foreignKeys": [{"column": "nk1.MSH-10", "references": "adt_messages.MSH-10"},
                        {"column": "dg1.MSH-10", "references": "adt_messages.MSH-10"},
                        {"column": "adt_messages.MSH-4", "references": "facilities.Facility ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

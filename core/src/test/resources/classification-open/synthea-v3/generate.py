#!/usr/bin/env python3
"""Writes synthea-v3: an invented export in the shape of Synthea 3.x CSV output (patients with MIDDLE, FIPS, INCOME;
encounters, conditions with SYSTEM, observations with CATEGORY/TYPE, medications, payers, payer_transitions with
MEMBERID/PLAN_OWNERSHIP/OWNER_NAME, claims, claims_transactions, organizations, providers). 48 Massachusetts patients;
names carry Synthea's digit suffixes ('José Eduardo181', 'Gómez206'); UUID keys; ISO datetimes with Z. Seeded,
Python 3 stdlib only."""
import csv, json, random, datetime, os, uuid
rnd = random.Random(3030303)
OUT = os.path.dirname(os.path.abspath(__file__))
def uid(): return str(uuid.UUID(int=rnd.getrandbits(128), version=4))
def sfx(s): return "%s%d" % (s, rnd.randint(10, 999))
def iso(d): return d.strftime("%Y-%m-%dT%H:%M:%SZ")
GM = ["José Eduardo", "Jeffrey", "Chung", "Lowell", "Rubén", "Mohammed", "Luke", "Andrew", "Tomás", "Dewey", "Quincy"]
GF = ["Ana María", "Salem", "Shirleen", "Milagros", "Yuki", "Beverly", "Lorraine", "Sharyl", "Dominga", "Chelsea", "Marlborough"]
FAM = ["Gómez", "Kub", "Hickle", "Reichert", "Wisozk", "Quigley", "Brockton", "Ortiz", "Lowe", "Zieme", "Haverhill", "Nader", "Rau"]
TOWNS = [("Boston", "Suffolk County", "25025", ["02108", "02115", "02124", "02130"], 42.35, -71.06),
         ("Worcester", "Worcester County", "25027", ["01602", "01604", "01610"], 42.26, -71.80),
         ("Lowell", "Middlesex County", "25017", ["01850", "01851", "01854"], 42.63, -71.32),
         ("Salem", "Essex County", "25009", ["01970"], 42.52, -70.90), ("Brockton", "Plymouth County", "25023", ["02301", "02302"], 42.08, -71.02),
         ("Haverhill", "Essex County", "25009", ["01830", "01832"], 42.77, -71.08), ("Quincy", "Norfolk County", "25021", ["02169", "02170"], 42.25, -71.00),
         ("Marlborough", "Middlesex County", "25017", ["01752"], 42.35, -71.55), ("Springfield", "Hampden County", "25013", ["01104", "01109"], 42.10, -72.59)]
STREETS = ["Bosco Ramp", "Koelpin Fork", "Rolfson Heights", "Feeney Mill", "Hane Overpass", "Schiller Street", "Kuhic Esplanade",
           "Wolf Bay", "Rutherford Avenue", "Hintz Wynd", "Rempel Gate", "Lesch Highlands"]
def street(): return "%d %s%s" % (rnd.randint(100, 1099), rnd.choice(STREETS), rnd.choice(["", "", " Unit %d" % rnd.randint(1, 99), " Suite %d" % rnd.randint(10, 99)]))
def phone(): return "%03d-%03d-%04d" % (rnd.choice([508, 617, 781, 978, 413]), rnd.randint(200, 999), rnd.randint(0, 9999))
def ll(t): return (t[4] + rnd.uniform(-.06, .06), t[5] + rnd.uniform(-.06, .06))
orgs, provs, payers = [], [], []
ORGN = ["SALEM HOSPITAL", "LOWELL GENERAL HOSPITAL", "BOSTON MEDICAL CENTER CORPORATION-", "UMASS MEMORIAL MEDICAL CENTER INC",
        "HAVERHILL PEDIATRICS PC", "QUINCY MEDICAL CENTER", "SIGNATURE HEALTHCARE BROCKTON HOSPITAL", "BAYSTATE MEDICAL CENTER"]
for n in ORGN:
    t = next((x for x in TOWNS if x[0].upper() in n), TOWNS[0] if "BOSTON" in n else TOWNS[1] if "UMASS" in n else TOWNS[8])
    la, lo = ll(t)
    orgs.append([uid(), n, "%d %s" % (rnd.randint(1, 900), rnd.choice(["MAIN STREET", "HIGHLAND AVE", "HARRISON AVENUE", "VARNUM AVE"])),
                 t[0].upper(), "MA", rnd.choice(t[3]), "%.15f" % la, "%.15f" % lo, phone(), "%.2f" % rnd.uniform(1e5, 9e6), rnd.randint(100, 9000)])
SPEC = ["GENERAL PRACTICE", "GENERAL PRACTICE", "INTERNAL MEDICINE", "PEDIATRICS", "CARDIOLOGY", "EMERGENCY MEDICINE", "NURSE PRACTITIONER"]
for i in range(22):
    o = orgs[i % len(orgs)]
    male = rnd.random() < .5
    provs.append([uid(), o[0], "%s %s" % (sfx(rnd.choice(GM if male else GF)), sfx(rnd.choice(FAM))), "M" if male else "F",
                  rnd.choice(SPEC), o[2], o[3], "MA", o[5], o[6], o[7], 0, 0])
PAY = [("Medicare", "GOVERNMENT"), ("Medicaid", "GOVERNMENT"), ("Dual Eligible", "GOVERNMENT"), ("Blue Cross Blue Shield", "PRIVATE"),
       ("Aetna", "PRIVATE"), ("UnitedHealthcare", "PRIVATE"), ("Cigna Health", "PRIVATE"), ("NO_INSURANCE", "NO_INSURANCE")]
PHQ = {"Medicare": ("7500 Security Blvd", "Baltimore", "MD", "21244", "1-800-633-4227"), "Medicaid": ("7500 Security Blvd", "Baltimore", "MD", "21244", "1-877-267-2323"),
       "Dual Eligible": ("7500 Security Blvd", "Baltimore", "MD", "21244", "1-877-267-2323"), "Blue Cross Blue Shield": ("101 Huntington Ave Suite 1300", "Boston", "MA", "02199", "1-800-262-2583"),
       "Aetna": ("151 Farmington Avenue", "Hartford", "CT", "06156", "1-800-872-3862"), "UnitedHealthcare": ("9800 Health Care Lane", "Minnetonka", "MN", "55436", "1-888-545-5205"),
       "Cigna Health": ("900 Cottage Grove Road", "Bloomfield", "CT", "06002", "1-800-997-1654"), "NO_INSURANCE": ("", "", "", "", "")}
for n, own in PAY:
    a = PHQ[n]
    payers.append([uid() if n != "NO_INSURANCE" else "b1c428d6-4f07-31e0-90f0-68ffa6ff8c76", n, own, a[0], a[1], a[2], a[3], a[4]] +
                  ["%.2f" % rnd.uniform(1e5, 5e7), "%.2f" % rnd.uniform(1e4, 5e6), "%.2f" % rnd.uniform(1e5, 9e7)] + [rnd.randint(0, 4000) for _ in range(9)] +
                  ["%.6f" % rnd.uniform(.5, 1), rnd.randint(100, 9000)])
COND = [("44054006", "Diabetes mellitus type 2 (disorder)"), ("59621000", "Essential hypertension (disorder)"), ("444814009", "Viral sinusitis (disorder)"),
        ("195662009", "Acute viral pharyngitis (disorder)"), ("10509002", "Acute bronchitis (disorder)"), ("162864005", "Body mass index 30+ - obesity (finding)"),
        ("73595000", "Stress (finding)"), ("160903007", "Full-time employment (finding)"), ("422650009", "Social isolation (finding)"), ("271737000", "Anemia (disorder)")]
ENC = [("wellness", "162673000", "General examination of patient (procedure)"), ("ambulatory", "185345009", "Encounter for symptom (procedure)"),
       ("outpatient", "185349003", "Encounter for check up (procedure)"), ("emergency", "50849002", "Emergency room admission (procedure)"),
       ("inpatient", "32485007", "Hospital admission (procedure)"), ("ambulatory", "390906007", "Follow-up encounter (procedure)")]
OBS = [("vital-signs", "8302-2", "Body Height", "cm", lambda: "%.1f" % rnd.uniform(150, 195)), ("vital-signs", "29463-7", "Body Weight", "kg", lambda: "%.1f" % rnd.uniform(50, 120)),
       ("vital-signs", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", lambda: "%.2f" % rnd.uniform(18, 40)),
       ("vital-signs", "8462-4", "Diastolic Blood Pressure", "mm[Hg]", lambda: "%.1f" % rnd.randint(60, 100)),
       ("vital-signs", "8480-6", "Systolic Blood Pressure", "mm[Hg]", lambda: "%.1f" % rnd.randint(100, 170)),
       ("vital-signs", "8867-4", "Heart rate", "/min", lambda: "%.1f" % rnd.randint(55, 110)),
       ("laboratory", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", lambda: "%.1f" % rnd.uniform(4.8, 9.8)),
       ("laboratory", "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", lambda: "%.1f" % rnd.uniform(150, 280)),
       ("survey", "72166-2", "Tobacco smoking status", "", lambda: rnd.choice(["Never smoked tobacco (finding)", "Ex-smoker (finding)"])),
       ("survey", "71802-3", "Housing status", "", lambda: rnd.choice(["Patient is homeless (finding)", "I have housing"])),
       ("survey", "93025-5", "Protocol for Responding to and Assessing Patients' Assets Risks and Experiences [PRAPARE]", "", lambda: ""),
       ("survey", "76690-7", "Sexual orientation", "", lambda: rnd.choice(["Heterosexual", "Homosexual", "Bisexual"])),
       ("laboratory", "33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum Plasma or Blood by Creatinine-based formula (MDRD)", "mL/min/{1.73_m2}", lambda: "%.1f" % rnd.uniform(50, 110))]
MED = [("860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet"), ("314076", "lisinopril 10 MG Oral Tablet"),
       ("308182", "amoxicillin 250 MG Oral Capsule"), ("310965", "ibuprofen 200 MG Oral Tablet"), ("313782", "Acetaminophen 325 MG Oral Tablet"),
       ("197361", "amlodipine 5 MG Oral Tablet"), ("1049221", "Acetaminophen 325 MG / oxyCODONE Hydrochloride 5 MG Oral Tablet")]
pats, encs, conds, obs, meds, ptrans, claims, ctx = [], [], [], [], [], [], [], []
END = datetime.datetime(2024, 11, 30, 12, 0, 0)
dept = {o[0]: rnd.randint(1, 12) for o in orgs}
for i in range(48):
    male = rnd.random() < .5
    bd = datetime.date(rnd.randint(1936, 2019), rnd.randint(1, 12), rnd.randint(1, 28))
    age = (END.date() - bd).days // 365
    first = sfx(rnd.choice(GM if male else GF))
    middle = sfx(rnd.choice(GM if male else GF)) if rnd.random() < .7 and age >= 1 else ""
    last = sfx(rnd.choice(FAM))
    married = age >= 20 and rnd.random() < .6
    maiden = sfx(rnd.choice(FAM)) if married and not male else ""
    t = rnd.choice(TOWNS)
    la, lo = ll(t)
    dead = rnd.random() < .08
    dd = datetime.date(rnd.randint(2019, 2024), rnd.randint(1, 12), rnd.randint(1, 28)) if dead else None
    pid = uid()
    race = rnd.choice(["white", "white", "white", "black", "asian", "hispanic", "native", "other"])
    pats.append([pid, bd.isoformat(), dd.isoformat() if dd else "", "999-%02d-%04d" % (rnd.randint(10, 99), rnd.randint(1000, 9999)),
                 "S999%05d" % rnd.randint(10000, 99999) if age >= 16 else "", "X%08dX" % rnd.randint(0, 99999999) if age >= 18 and rnd.random() < .8 else "",
                 ("Mr." if male else "Mrs." if married else "Ms.") if age >= 18 else "", first, middle, last, rnd.choice(["", "", "", "", "", "", "MD", "PhD", "JD"]) if age > 30 else "",
                 maiden, ("M" if married else rnd.choice(["S", "S", "D", "W"])) if age >= 18 else "", race, "hispanic" if race == "hispanic" else "nonhispanic", "M" if male else "F",
                 "%s  Massachusetts  US" % rnd.choice(["Boston", "Worcester", "Lowell", "Salem", "Brockton", "Springfield", "Quincy", "Pittsfield", "Ponce Puerto Rico"]).replace(" Puerto Rico", ""),
                 street(), t[0], "Massachusetts", t[1], t[2] if rnd.random() < .85 else "", rnd.choice(t[3]) if rnd.random() < .9 else "",
                 "%.15f" % la, "%.15f" % lo, "%.2f" % rnd.uniform(1e3, 2e6), "%.2f" % rnd.uniform(0, 5e5), rnd.randint(12000, 250000)])
    pconds = rnd.sample(COND, rnd.randint(1, 4))
    n = rnd.randint(4, 14)
    st = datetime.datetime(max(bd.year + 1, 2015), 1, 1)
    stop = datetime.datetime.combine(dd, datetime.time(9)) if dd else END
    times = sorted(st + datetime.timedelta(seconds=rnd.randint(0, int((stop - st).total_seconds()))) for _ in range(n))
    payer = rnd.choice(payers[:7] if age < 65 else payers[:3])
    sec = rnd.choice(payers[:7]) if rnd.random() < .15 else None
    memberid = uid()
    owner = rnd.choice(["Self", "Self", "Spouse", "Guardian"]) if age >= 18 else "Guardian"
    oname = "%s %s" % (first, last) if owner == "Self" else "%s %s" % (sfx(rnd.choice(GM + GF)), last)
    ptrans.append([pid, memberid, iso(datetime.datetime(max(bd.year, 2015), 1, 1)), iso(stop), payer[0], sec[0] if sec else "", owner, oname])
    if age >= 65 and rnd.random() < .4:
        ptrans.append([pid, uid(), iso(stop), iso(END), payers[0][0], "", "Self", "%s %s" % (first, last)])
    cno = 0
    for s in times:
        e = rnd.choice(ENC)
        org = rnd.choice(orgs)
        pr = rnd.choice([p for p in provs if p[1] == org[0]])
        en = s + datetime.timedelta(minutes=rnd.choice([15, 30, 45, 60]) if e[0] != "inpatient" else 60 * rnd.randint(24, 120))
        eid = uid()
        rc = rnd.choice(pconds) if e[0] in ("ambulatory", "emergency", "inpatient") else None
        base = {"wellness": 136.8, "ambulatory": 85.55, "outpatient": 129.16, "emergency": 146.18, "inpatient": 106.2}[e[0]]
        total = round(base * rnd.uniform(1, 4), 2)
        cov = round(total * rnd.uniform(0, .9), 2) if payer[1] != "NO_INSURANCE" else 0.0
        encs.append([eid, iso(s), iso(en), pid, org[0], pr[0], payer[0], e[0], e[1], e[2], "%.2f" % base, "%.2f" % total, "%.2f" % cov,
                     rc[0] if rc else "", rc[1] if rc else ""])
        for c in pconds:
            if rnd.random() < .25:
                conds.append([s.date().isoformat(), rnd.choice(["", (s + datetime.timedelta(days=rnd.randint(7, 30))).date().isoformat()]), pid, eid, "SNOMED-CT", c[0], c[1]])
        for o in rnd.sample(OBS, rnd.randint(2, 8)):
            v = o[4]()
            obs.append([iso(s), pid, eid, o[0], o[1], o[2], v, o[3], "numeric" if o[3] else "text"])
        for _ in range(rnd.choice([0, 0, 1, 1, 2])):
            m = rnd.choice(MED)
            bc = round(rnd.uniform(1, 300), 2)
            disp = rnd.randint(1, 12)
            meds.append([iso(s), iso(s + datetime.timedelta(days=30 * disp)) if rnd.random() < .7 else "", pid, payer[0], eid, m[0], m[1], "%.2f" % bc,
                         "%.2f" % (bc * disp * rnd.uniform(0, .8)), disp, "%.2f" % (bc * disp), rc[0] if rc else "", rc[1] if rc else ""])
        cid = uid()
        cno += 1
        diag = [rc[0]] if rc else [e[1]]
        diag += [""] * (8 - len(diag))
        st1 = "CLOSED" if s < END - datetime.timedelta(days=60) else "BILLED"
        claims.append([cid, pid, pr[0], payer[0] if payer[1] != "NO_INSURANCE" else 0, sec[0] if sec else 0, dept[org[0]], dept[org[0]]] + diag +
                      [pr[0], eid, iso(s), iso(s), pr[0], st1, "CLOSED" if sec else "", st1, "%.2f" % 0, "%.2f" % 0 if sec else "", "%.2f" % 0,
                       iso(s), iso(s) if sec else "", iso(s), 1, 2 if sec else 0])
        chg = rnd.randint(1, 9)
        for k, (typ, amt, meth) in enumerate([("CHARGE", total, ""), ("PAYMENT", cov, "ECHECK"), ("TRANSFERIN", total - cov, ""),
                                              ("PAYMENT", total - cov, rnd.choice(["CASH", "CC", "COPAY", "CHECK"]))]):
            if amt == 0 and typ != "CHARGE": continue
            ctx.append([uid(), cid, chg, pid, typ, "%.2f" % amt if typ in ("CHARGE", "TRANSFERIN") else "", meth, iso(s), iso(en), org[0], e[1], "", "", 1, "", "", "", 1,
                        dept[org[0]], e[2], "%.2f" % total, "", "1" if typ.startswith("TRANSFER") else "", "%.2f" % amt if typ == "PAYMENT" else "",
                        "", "", "", eid, "", memberid if payer[1] != "NO_INSURANCE" else 0, 1, pr[0], pr[0]])
for p in provs:
    p[11] = sum(1 for e in encs if e[5] == p[0]); p[12] = rnd.randint(0, p[11] * 2)
H = {"patients": "Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME",
     "encounters": "Id,START,STOP,PATIENT,ORGANIZATION,PROVIDER,PAYER,ENCOUNTERCLASS,CODE,DESCRIPTION,BASE_ENCOUNTER_COST,TOTAL_CLAIM_COST,PAYER_COVERAGE,REASONCODE,REASONDESCRIPTION",
     "conditions": "START,STOP,PATIENT,ENCOUNTER,SYSTEM,CODE,DESCRIPTION",
     "observations": "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE",
     "medications": "START,STOP,PATIENT,PAYER,ENCOUNTER,CODE,DESCRIPTION,BASE_COST,PAYER_COVERAGE,DISPENSES,TOTALCOST,REASONCODE,REASONDESCRIPTION",
     "payers": "Id,NAME,OWNERSHIP,ADDRESS,CITY,STATE_HEADQUARTERED,ZIP,PHONE,AMOUNT_COVERED,AMOUNT_UNCOVERED,REVENUE,COVERED_ENCOUNTERS,UNCOVERED_ENCOUNTERS,COVERED_MEDICATIONS,UNCOVERED_MEDICATIONS,COVERED_PROCEDURES,UNCOVERED_PROCEDURES,COVERED_IMMUNIZATIONS,UNCOVERED_IMMUNIZATIONS,UNIQUE_CUSTOMERS,QOLS_AVG,MEMBER_MONTHS",
     "payer_transitions": "PATIENT,MEMBERID,START_DATE,END_DATE,PAYER,SECONDARY_PAYER,PLAN_OWNERSHIP,OWNER_NAME",
     "claims": "Id,PATIENTID,PROVIDERID,PRIMARYPATIENTINSURANCEID,SECONDARYPATIENTINSURANCEID,DEPARTMENTID,PATIENTDEPARTMENTID,DIAGNOSIS1,DIAGNOSIS2,DIAGNOSIS3,DIAGNOSIS4,DIAGNOSIS5,DIAGNOSIS6,DIAGNOSIS7,DIAGNOSIS8,REFERRINGPROVIDERID,APPOINTMENTID,CURRENTILLNESSDATE,SERVICEDATE,SUPERVISINGPROVIDERID,STATUS1,STATUS2,STATUSP,OUTSTANDING1,OUTSTANDING2,OUTSTANDINGP,LASTBILLEDDATE1,LASTBILLEDDATE2,LASTBILLEDDATEP,HEALTHCARECLAIMTYPEID1,HEALTHCARECLAIMTYPEID2",
     "claims_transactions": "ID,CLAIMID,CHARGEID,PATIENTID,TYPE,AMOUNT,METHOD,FROMDATE,TODATE,PLACEOFSERVICE,PROCEDURECODE,MODIFIER1,MODIFIER2,DIAGNOSISREF1,DIAGNOSISREF2,DIAGNOSISREF3,DIAGNOSISREF4,UNITS,DEPARTMENTID,NOTES,UNITAMOUNT,TRANSFEROUTID,TRANSFERTYPE,PAYMENTS,ADJUSTMENTS,TRANSFERS,OUTSTANDING,APPOINTMENTID,LINENOTE,PATIENTINSURANCEID,FEESCHEDULEID,PROVIDERID,SUPERVISINGPROVIDERID",
     "organizations": "Id,NAME,ADDRESS,CITY,STATE,ZIP,LAT,LON,PHONE,REVENUE,UTILIZATION",
     "providers": "Id,ORGANIZATION,NAME,GENDER,SPECIALITY,ADDRESS,CITY,STATE,ZIP,LAT,LON,ENCOUNTERS,PROCEDURES"}
ROWS = {"patients": pats, "encounters": encs, "conditions": conds, "observations": obs, "medications": meds, "payers": payers,
        "payer_transitions": ptrans, "claims": claims, "claims_transactions": ctx, "organizations": orgs, "providers": provs}
for t, rows in ROWS.items():
    with open(os.path.join(OUT, t + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(H[t].split(","))
        for r in rows:
            assert len(r) == len(H[t].split(",")), (t, len(r))
            w.writerow(r)
N, D, OUI, Q = "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER"
L = {}
def lab(t, default=N, **kw):
    for c in H[t].split(","):
        L["%s.%s" % (t, c)] = kw.get(c, default)
lab("patients", Id=OUI, BIRTHDATE="DATE_OF_BIRTH", DEATHDATE=D, SSN="SOCIAL_SECURITY_NUMBER", DRIVERS="CERTIFICATE_LICENSE_NUMBER", PASSPORT="NATIONAL_ID",
    PREFIX=Q, FIRST="GIVEN_NAME", MIDDLE="GIVEN_NAME", LAST="FAMILY_NAME", SUFFIX=Q, MAIDEN="FAMILY_NAME", BIRTHPLACE="CITY", ADDRESS="STREET_ADDRESS",
    CITY="CITY", COUNTY="COUNTY", FIPS="COUNTY", ZIP="ZIP_CODE", LAT="GEOCOORDINATE", LON="GEOCOORDINATE", HEALTHCARE_EXPENSES=Q, HEALTHCARE_COVERAGE=Q, INCOME=Q)
lab("encounters", Id=OUI, START=D, STOP=D, PATIENT=OUI, PROVIDER=Q)
lab("conditions", START=D, STOP=D, PATIENT=OUI, ENCOUNTER=OUI)
lab("observations", DATE=D, PATIENT=OUI, ENCOUNTER=OUI)
lab("medications", START=D, STOP=D, PATIENT=OUI, ENCOUNTER=OUI)
lab("payers", ADDRESS="STREET_ADDRESS", CITY="CITY", ZIP="ZIP_CODE", PHONE="TELEPHONE_NUMBER")
lab("payer_transitions", PATIENT=OUI, MEMBERID="HEALTH_PLAN_BENEFICIARY_NUMBER", START_DATE=D, END_DATE=D, OWNER_NAME="NAME")
lab("claims", Id=OUI, PATIENTID=OUI, PROVIDERID=Q, REFERRINGPROVIDERID=Q, SUPERVISINGPROVIDERID=Q, APPOINTMENTID=OUI, CURRENTILLNESSDATE=D, SERVICEDATE=D,
    LASTBILLEDDATE1=D, LASTBILLEDDATE2=D, LASTBILLEDDATEP=D)
lab("claims_transactions", ID=OUI, CLAIMID=OUI, PATIENTID=OUI, FROMDATE=D, TODATE=D, APPOINTMENTID=OUI, PATIENTINSURANCEID="HEALTH_PLAN_BENEFICIARY_NUMBER",
    PROVIDERID=Q, SUPERVISINGPROVIDERID=Q, TRANSFEROUTID=OUI)
lab("organizations", ADDRESS="STREET_ADDRESS", CITY="CITY", ZIP="ZIP_CODE", LAT="GEOCOORDINATE", LON="GEOCOORDINATE", PHONE="TELEPHONE_NUMBER")
lab("providers", Id=Q, NAME="NAME", ADDRESS="STREET_ADDRESS", CITY="CITY", ZIP="ZIP_CODE", LAT="GEOCOORDINATE", LON="GEOCOORDINATE")
FK = [("encounters.PATIENT", "patients.Id"), ("encounters.ORGANIZATION", "organizations.Id"), ("encounters.PROVIDER", "providers.Id"), ("encounters.PAYER", "payers.Id"),
      ("conditions.PATIENT", "patients.Id"), ("conditions.ENCOUNTER", "encounters.Id"), ("observations.PATIENT", "patients.Id"), ("observations.ENCOUNTER", "encounters.Id"),
      ("medications.PATIENT", "patients.Id"), ("medications.ENCOUNTER", "encounters.Id"), ("medications.PAYER", "payers.Id"),
      ("payer_transitions.PATIENT", "patients.Id"), ("payer_transitions.PAYER", "payers.Id"), ("payer_transitions.SECONDARY_PAYER", "payers.Id"),
      ("claims.PATIENTID", "patients.Id"), ("claims.PROVIDERID", "providers.Id"), ("claims.APPOINTMENTID", "encounters.Id"),
      ("claims_transactions.CLAIMID", "claims.Id"), ("claims_transactions.PATIENTID", "patients.Id"), ("claims_transactions.APPOINTMENTID", "encounters.Id"),
      ("claims_transactions.PLACEOFSERVICE", "organizations.Id"), ("claims_transactions.PROVIDERID", "providers.Id"), ("providers.ORGANIZATION", "organizations.Id")]
gold = {"dataset": "synthea-v3", "description": "Invented export in the Synthea 3.x CSV shape (11 tables): 48 Massachusetts patients with digit-suffixed names (FIRST, MIDDLE, LAST, MAIDEN), SSN 999-, DRIVERS, PASSPORT, COUNTY/FIPS, LAT/LON, INCOME; encounters, conditions, observations, medications, payers, payer_transitions (MEMBERID, OWNER_NAME), claims and claims_transactions with UUID keys, organizations and providers. Given names and surnames equal to Massachusetts towns before their suffix (Salem, Lowell, Quincy, Brockton, Haverhill, Marlborough). Labels as synthea-nebraska; claims provider columns QUASI_IDENTIFIER, payer ids NON_IDENTIFYING, PATIENTINSURANCEID (the member id) HEALTH_PLAN_BENEFICIARY_NUMBER",
        "delimiter": ",", "entity": "patients", "columns": L, "foreignKeys": [{"column": a, "references": b} for a, b in FK]}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

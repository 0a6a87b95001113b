#!/usr/bin/env python3
"""Writes naaccr-abstract: an invented US (Iowa) central cancer registry extract in the style of a NAACCR XML v23 file
flattened to CSV, with the NAACCR XML item names (naaccrId) as headers; seeded, stdlib only. patients.csv holds the
<Patient> items (patientIdNumber, names, SSN without dashes, dateOfBirth YYYYMMDD, sex 1/2, race1 01.., vital status),
tumors.csv the <Tumor> items (address at diagnosis, county FIPS, census tract, ICD-O-3 site/histology/behavior, TNM,
facility and physician NPIs with the Luhn check over 80840, physician licence ids, text fields naming doctors and
relatives), followup.csv the follow-up contacts keyed by patientIdNumber, physicians.csv a physician index."""
import csv, json, random, datetime
rnd = random.Random(33101)
GIVEN = ["James", "Robert", "Gary", "Dennis", "Larry", "Roger", "Duane", "Marvin", "Dale", "Lyle", "Wayne", "Curtis",
         "Kyle", "Brandon", "Tyler", "Marion", "Jordan", "Mary", "Linda", "Patricia", "Carol", "Sharon", "Judith",
         "Shirley", "Darlene", "Connie", "Brenda", "Lori", "Tammy", "Kristin", "Amber", "Ashley", "Doris", "Verna",
         "LaVonne", "Arlene", "Gloria", "Rhonda", "Heidi", "Bonnie"]
FAMILY = ["Schmitt", "Vander Wal", "Hoffmann", "Kuehl", "Brenneman", "Ostrander", "Wubben", "Pospisil", "Nguyen",
          "Washington", "Kowalczyk", "Hansen", "Steenhoek", "DeVries", "Bauer", "Mcallister", "Rasmussen", "Kauffman",
          "Tjaden", "Greiner", "Sorensen", "Friedrichsen", "Jorgensen", "Huisman", "Van Gorp", "Lindquist", "Oyen",
          "Petersen", "Ruiz", "Haverkamp", "Lenz", "Stoltzfus", "Dvorak", "Nielsen", "Wiersma", "Krogh", "Teague",
          "Ames", "Brown", "Miller"]
MIDDLE = ["Ann", "Lee", "Marie", "Dean", "Lynn", "Ray", "Jean", "Allen", "Kay", "Eugene", ""]
# city, ZIP3 prefix, county FIPS (Iowa)
CITIES = [("Des Moines", "503", "153"), ("Cedar Rapids", "524", "113"), ("Marion", "523", "113"), ("Davenport", "528", "163"),
          ("Iowa City", "522", "103"), ("Waterloo", "507", "013"), ("Sioux City", "511", "193"), ("Ames", "500", "169"),
          ("Dubuque", "520", "061"), ("Council Bluffs", "515", "155"), ("Waukee", "502", "049"), ("Knoxville", "501", "125"),
          ("Pella", "502", "125"), ("Washington", "523", "183"), ("Oskaloosa", "525", "123"), ("Decorah", "521", "191")]
STREETS = ["Grand Ave", "Ingersoll Ave", "Oak St", "Maple Dr", "1st Ave NE", "Kirkwood Blvd", "Mount Vernon Rd",
           "Locust St", "Brady St", "Kennedy Ave", "Hickory Ln", "Prairie View Dr", "County Rd G28", "Walnut St"]
AREA = ["515", "319", "563", "641", "712"]
SITES = [("C504", ["8500", "8520"], "breast"), ("C509", ["8500", "8522"], "breast"), ("C502", ["8500"], "breast"),
         ("C341", ["8140", "8070", "8041"], "lung"), ("C343", ["8140", "8070"], "lung"), ("C619", ["8140"], "prostate"),
         ("C187", ["8140"], "colon"), ("C180", ["8140", "8480"], "colon"), ("C209", ["8140"], "rectum"),
         ("C679", ["8120", "8130"], "bladder"), ("C445", ["8720", "8743"], "skin"), ("C250", ["8500"], "pancreas"),
         ("C739", ["8260"], "thyroid"), ("C649", ["8312"], "kidney"), ("C779", ["9680", "9690"], "lymph nodes")]
PAIRED = ("C50", "C34", "C64")
FACILITIES = [("0000100221", "Broadlawns Mercy Regional"), ("0000100305", "St Lukes Cedar Prairie"),
              ("0000100417", "Genesis Riverbend"), ("0000100539", "University Hospital Iowa City"),
              ("0000100612", "Allen Memorial Waterloo"), ("0000100746", "Mercy Siouxland"),
              ("0000100850", "Mary Greeley Ames"), ("0000100963", "Finley Dubuque")]
SPECIALTY = ["Medical Oncology", "Hematology/Oncology", "Radiation Oncology", "General Surgery", "Urology",
             "Family Medicine", "Internal Medicine", "Dermatology", "Pulmonology"]
RELATION = ["DAUGHTER", "SON", "WIFE", "HUSBAND", "SISTER", "BROTHER", "NIECE"]

def luhn_npi(body9):
    digits = [int(c) for c in "80840" + body9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body9 + str((10 - total % 10) % 10)

def npi():
    return luhn_npi(rnd.choice("12") + "".join(rnd.choice("0123456789") for _ in range(8)))

def ssn():
    area = rnd.choice([a for a in range(1, 900) if a != 666])
    return "%03d%02d%04d" % (area, rnd.randint(1, 99), rnd.randint(1, 9999))

def ymd(d):
    return d.strftime("%Y%m%d") if d else ""

def day(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))

def phone():
    return rnd.choice(AREA) + str(rnd.randint(200, 989)) + "%04d" % rnd.randint(0, 9999)

def zipc(z3):
    z = z3 + "%02d" % rnd.randint(1, 99)
    return z + "%04d" % rnd.randint(1, 9999) if rnd.random() < 0.35 else z

# physician index
physicians = []
used = set()
for i in range(24):
    while True:
        ln = rnd.choice(FAMILY[:30] + ["Kowalski", "Patel", "Chen", "Okafor", "Ahmad", "Brandt", "Lindgren", "Ames"])
        fn = rnd.choice(GIVEN)
        if (ln, fn) not in used:
            used.add((ln, fn)); break
    if i == 3:
        ln, fn = "Ames", "Heidi"  # surname equal to the city Ames
    physicians.append({"npiPhysician": npi(), "physicianId": rnd.choice(["MD", "DO"]) + "%06d" % rnd.randint(10000, 49999),
                       "nameLast": ln.upper(), "nameFirst": fn.upper(), "credential": rnd.choice(["MD", "MD", "MD", "DO"]),
                       "specialty": SPECIALTY[i % len(SPECIALTY)],
                       "practiceCity": rnd.choice(CITIES[:10])[0], "practiceState": "IA"})
fac_npi = {f[0]: npi() for f in FACILITIES}

patients, tumors, followup = [], [], []
pids = rnd.sample(range(10000, 99999), 700)
mrn_used = set()
for k in range(700):
    pid = "%08d" % pids[k]
    sex = rnd.choice("12")
    fn = rnd.choice(GIVEN[:17] if sex == "1" else GIVEN[15:])
    ln = rnd.choice(FAMILY)
    maiden = rnd.choice(FAMILY) if sex == "2" and rnd.random() < 0.55 else ""
    dob = day(datetime.date(1928, 1, 1), datetime.date(1990, 12, 31))
    race1 = rnd.choices(["01", "02", "03", "04", "06", "96", "99"], [86, 5, 1, 2, 1, 2, 3])[0]
    p = {"patientIdNumber": pid, "nameLast": ln.upper(), "nameFirst": fn.upper(),
         "nameMiddle": rnd.choice(MIDDLE).upper(), "nameMaiden": maiden.upper(),
         "nameSuffix": rnd.choice(["JR", "SR", "III"]) if sex == "1" and rnd.random() < 0.06 else "",
         "socialSecurityNumber": ssn() if rnd.random() > 0.03 else "999999999",
         "dateOfBirth": ymd(dob), "birthplaceState": rnd.choices(["IA", "IL", "NE", "MN", "ZZ", "YY"], [70, 8, 6, 6, 5, 5])[0],
         "birthplaceCountry": "USA" if race1 != "06" else "PHL", "sex": sex, "race1": race1, "race2": "88",
         "spanishHispanicOrigin": rnd.choices(["0", "1", "9"], [90, 6, 4])[0],
         "vitalStatus": "", "dateOfLastContact": "", "causeOfDeath": ""}
    ntum = rnd.choices([1, 2, 3], [84, 14, 2])[0]
    city, z3, county = rnd.choice(CITIES)
    addr = "%d %s" % (rnd.randint(100, 9899), rnd.choice(STREETS))
    zp = zipc(z3); tel = phone() if rnd.random() > 0.1 else "9999999999"
    last = None
    dxs = sorted(day(datetime.date(2018, 1, 1), datetime.date(2023, 12, 31)) for _ in range(ntum))
    for t, dx in enumerate(dxs):
        site, hists, organ = rnd.choice(SITES)
        if organ == "breast" and sex == "1" and rnd.random() < 0.9:
            site, hists, organ = ("C619", ["8140"], "prostate")
        if organ == "prostate" and sex == "2":
            site, hists, organ = ("C504", ["8500"], "breast")
        hist = rnd.choice(hists)
        beh = "2" if organ == "breast" and rnd.random() < 0.15 else "3"
        fac = rnd.choice(FACILITIES)
        while True:
            mrn = "%07d" % rnd.randint(100000, 9999999)
            if mrn not in mrn_used:
                mrn_used.add(mrn); break
        man = rnd.choice(physicians); fol = rnd.choice(physicians)
        age = dx.year - dob.year - ((dx.month, dx.day) < (dob.month, dob.day))
        surg = day(dx, dx + datetime.timedelta(days=60)) if rnd.random() < 0.6 else None
        ct = rnd.choice(["cT1a", "cT1b", "cT1c", "cT2", "cT3", "cT4", "cTX", "cTis"]) if beh == "3" else "cTis"
        dr = rnd.choice(physicians)
        proc = rnd.choice(["%s BX %s: %s. PATH DR %s." % (dx.strftime("%m/%d/%Y"), organ.upper(),
                                                              {"8500": "INFILTRATING DUCTAL CA", "8140": "ADENOCARCINOMA"}.get(hist, "CARCINOMA"),
                                                              dr["nameLast"]),
                           "%s CT CHEST/ABD/PELVIS: NO DISTANT METS" % dx.strftime("%m/%d/%Y"),
                           "%s PE: %s, NO ADENOPATHY" % (dx.strftime("%m/%d/%Y"), "PALPABLE MASS" if organ == "breast" else "UNREMARKABLE"),
                           "%s MAMMO BILAT: %.1f CM SPICULATED MASS %s BREAST" % (dx.strftime("%m/%d/%Y"), rnd.uniform(0.6, 4.0), rnd.choice("RL")) if organ == "breast"
                           else "%s PSA %.1f" % (dx.strftime("%m/%d/%Y"), rnd.uniform(4, 40)) if organ == "prostate"
                           else "%s COLONOSCOPY: FRIABLE MASS" % dx.strftime("%m/%d/%Y")])
        r = rnd.random()
        if r < 0.08:
            rel = rnd.choice(RELATION)
            remark = "PT %s %s %s REPORTS PT MOVED TO %s" % (rel, rnd.choice(GIVEN).upper(), ln.upper(), rnd.choice(CITIES)[0].upper())
        elif r < 0.14:
            remark = "FAMILY HX: %s %s DX %s CA AGE %d" % (rnd.choice(RELATION), rnd.choice(GIVEN).upper(), organ.upper(), rnd.randint(38, 80))
        elif r < 0.19:
            remark = "REFERRED BY DR %s %s; 2ND OPINION DR %s" % (dr["nameFirst"], dr["nameLast"], rnd.choice(physicians)["nameLast"])
        else:
            remark = rnd.choice(["", "", "SEE PATH", "CLASS OF CASE 10", "PT DECLINED RX", "HOSPICE REFERRAL",
                                 "TREATMENT AT OTHER FACILITY", "NO FURTHER INFO AVAILABLE", "ER/PR POS, HER2 NEG"])
        tumors.append({"patientIdNumber": pid, "tumorRecordNumber": "%02d" % (t + 1), "medicalRecordNumber": mrn,
                       "accessionNumberHosp": "%d%05d" % (dx.year, rnd.randint(1, 2999)),
                       "sequenceNumberCentral": "00" if ntum == 1 else "%02d" % (t + 1),
                       "dateOfDiagnosis": ymd(dx), "ageAtDiagnosis": "%03d" % age,
                       "addrAtDxNoStreet": addr.upper(), "addrAtDxCity": city.upper(), "addrAtDxState": "IA",
                       "addrAtDxPostalCode": zp, "countyAtDx": county,
                       "censusTract2010": "%04d%02d" % (rnd.randint(1, 120), rnd.choice([0, 0, 1, 2])), "telephone": tel,
                       "primarySite": site, "laterality": (rnd.choice("12") if site.startswith(PAIRED) else "0"),
                       "histologicTypeIcdO3": hist, "behaviorCodeIcdO3": beh, "grade": rnd.choice("12349"),
                       "diagnosticConfirmation": rnd.choices("1245", [88, 4, 3, 5])[0], "tnmEditionNumber": "08",
                       "tnmClinT": ct, "tnmClinN": rnd.choice(["cN0", "cN0", "cN1", "cN2", "cNX"]),
                       "tnmClinM": rnd.choice(["cM0", "cM0", "cM0", "cM1"]),
                       "tnmPathT": (rnd.choice(["pT1a", "pT1b", "pT1c", "pT2", "pT3"]) if surg else ""),
                       "tnmPathN": (rnd.choice(["pN0", "pN0", "pN1a", "pN2"]) if surg else ""), "tnmPathM": "",
                       "summaryStage2018": rnd.choice("012347"), "rxDateSurgery": ymd(surg),
                       "rxSummSurgPrimSite": (rnd.choice(["22", "23", "30", "41", "50", "51"]) if surg else "00"),
                       "reportingFacility": fac[0], "npiReportingFacility": fac_npi[fac[0]],
                       "physicianManaging": man["physicianId"], "npiPhysicianManaging": man["npiPhysician"],
                       "physicianFollowUp": fol["physicianId"], "npiPhysicianFollowUp": fol["npiPhysician"],
                       "textDxProcPe": proc, "textRemarks": remark})
        last = dx
    # follow-up contacts
    c = last
    dead = False
    cname = "%s %s" % (rnd.choice(GIVEN).upper(), ln.upper()) if rnd.random() < 0.7 else "%s %s" % (rnd.choice(GIVEN).upper(), rnd.choice(FAMILY).upper())
    ccity, cz3, _ = rnd.choice(CITIES)
    caddr = "%d %s" % (rnd.randint(100, 9899), rnd.choice(STREETS))
    czip = zipc(cz3)
    for j in range(rnd.randint(1, 4)):
        c = c + datetime.timedelta(days=rnd.randint(150, 420))
        if c > datetime.date(2025, 6, 30):
            break
        dead = rnd.random() < 0.07
        followup.append({"patientIdNumber": pid, "dateOfLastContact": ymd(c), "vitalStatus": "0" if dead else "1",
                         "cancerStatus": rnd.choice("1129"), "followUpSource": rnd.choice("012348"),
                         "nextFollowUpSource": rnd.choice("01248"), "followUpContactName": cname.upper(),
                         "followUpContactNoSt": caddr.upper(), "followUpContactCity": ccity.upper(),
                         "followUpContactState": "IA", "followUpContactPostal": czip,
                         "causeOfDeath": rnd.choice(["C509", "C349", "C61", "I219", "J449", "7777"]) if dead else "0000",
                         "recurrenceType1st": rnd.choice(["00", "00", "04", "06", "70"])})
        if dead:
            break
    p["vitalStatus"] = "0" if dead else "1"
    p["dateOfLastContact"] = ymd(c if followup and followup[-1]["patientIdNumber"] == pid else last)
    p["causeOfDeath"] = followup[-1]["causeOfDeath"] if dead else "0000"
    patients.append(p)

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("patients", patients); write("tumors", tumors); write("followup", followup); write("physicians", physicians)

L = {"patients": {"patientIdNumber": "OTHER_UNIQUE_IDENTIFIER", "nameLast": "FAMILY_NAME", "nameFirst": "GIVEN_NAME",
                  "nameMiddle": "GIVEN_NAME", "nameMaiden": "FAMILY_NAME", "nameSuffix": "QUASI_IDENTIFIER",
                  "socialSecurityNumber": "SOCIAL_SECURITY_NUMBER", "dateOfBirth": "DATE_OF_BIRTH",
                  "birthplaceState": "NON_IDENTIFYING", "birthplaceCountry": "NON_IDENTIFYING", "sex": "NON_IDENTIFYING",
                  "race1": "NON_IDENTIFYING", "race2": "NON_IDENTIFYING", "spanishHispanicOrigin": "NON_IDENTIFYING",
                  "vitalStatus": "NON_IDENTIFYING", "dateOfLastContact": "DATE", "causeOfDeath": "NON_IDENTIFYING"},
     "tumors": {"patientIdNumber": "OTHER_UNIQUE_IDENTIFIER", "tumorRecordNumber": "NON_IDENTIFYING",
                "medicalRecordNumber": "MEDICAL_RECORD_NUMBER", "accessionNumberHosp": "OTHER_UNIQUE_IDENTIFIER",
                "sequenceNumberCentral": "NON_IDENTIFYING", "dateOfDiagnosis": "DATE", "ageAtDiagnosis": "AGE",
                "addrAtDxNoStreet": "STREET_ADDRESS", "addrAtDxCity": "CITY", "addrAtDxState": "NON_IDENTIFYING",
                "addrAtDxPostalCode": "ZIP_CODE", "countyAtDx": "COUNTY", "censusTract2010": "GEOGRAPHIC_SUBDIVISION",
                "telephone": "TELEPHONE_NUMBER", "primarySite": "NON_IDENTIFYING", "laterality": "NON_IDENTIFYING",
                "histologicTypeIcdO3": "NON_IDENTIFYING", "behaviorCodeIcdO3": "NON_IDENTIFYING", "grade": "NON_IDENTIFYING",
                "diagnosticConfirmation": "NON_IDENTIFYING", "tnmEditionNumber": "NON_IDENTIFYING",
                "tnmClinT": "NON_IDENTIFYING", "tnmClinN": "NON_IDENTIFYING", "tnmClinM": "NON_IDENTIFYING",
                "tnmPathT": "NON_IDENTIFYING", "tnmPathN": "NON_IDENTIFYING", "tnmPathM": "NON_IDENTIFYING",
                "summaryStage2018": "NON_IDENTIFYING", "rxDateSurgery": "DATE", "rxSummSurgPrimSite": "NON_IDENTIFYING",
                "reportingFacility": "NON_IDENTIFYING", "npiReportingFacility": "NON_IDENTIFYING",
                "physicianManaging": "QUASI_IDENTIFIER", "npiPhysicianManaging": "QUASI_IDENTIFIER",
                "physicianFollowUp": "QUASI_IDENTIFIER", "npiPhysicianFollowUp": "QUASI_IDENTIFIER",
                "textDxProcPe": "FREE_TEXT", "textRemarks": "FREE_TEXT"},
     "followup": {"patientIdNumber": "OTHER_UNIQUE_IDENTIFIER", "dateOfLastContact": "DATE", "vitalStatus": "NON_IDENTIFYING",
                  "cancerStatus": "NON_IDENTIFYING", "followUpSource": "NON_IDENTIFYING", "nextFollowUpSource": "NON_IDENTIFYING",
                  "followUpContactName": "NAME", "followUpContactNoSt": "STREET_ADDRESS", "followUpContactCity": "CITY",
                  "followUpContactState": "NON_IDENTIFYING", "followUpContactPostal": "ZIP_CODE",
                  "causeOfDeath": "NON_IDENTIFYING", "recurrenceType1st": "NON_IDENTIFYING"},
     "physicians": {"npiPhysician": "QUASI_IDENTIFIER", "physicianId": "QUASI_IDENTIFIER", "nameLast": "NAME",
                    "nameFirst": "NAME", "credential": "NON_IDENTIFYING", "specialty": "NON_IDENTIFYING",
                    "practiceCity": "CITY", "practiceState": "NON_IDENTIFYING"}}
gold = {"dataset": "naaccr-abstract",
        "description": "Invented Iowa central cancer registry extract, NAACCR XML v23 flattened to CSV with naaccrId headers, ',': %d patients (names upper-case, maiden names, SSN 9 digits or 999999999, dateOfBirth YYYYMMDD 1928-1990, sex 1/2, race1 01.., vital status), %d tumours (MRN, hospital accession yyyyNNNNN, address at diagnosis, ZIP or ZIP+4 without dash, county FIPS, census tract, phone 10 digits, ICD-O-3 site/histology, TNM 8th ed., facility id and NPI, managing and follow-up physician licence ids and Luhn-valid NPIs, textDxProcPe naming pathologists, textRemarks naming relatives and physicians in 19%% of rows), %d follow-up contacts keyed by patientIdNumber (contact name/address), %d physicians (physician index). Coincidences: city Marion and given name Marion, city Washington and surname Washington, city Ames and surnames Ames" % (len(patients), len(tumors), len(followup), len(physicians)),
        "delimiter": ",", "entity": "patients",
        "columns": {t + "." + c: L[t][c] for t, rows in (("patients", patients), ("tumors", tumors), ("followup", followup), ("physicians", physicians)) for c in rows[0]},
        "foreignKeys": [{"column": "tumors.patientIdNumber", "references": "patients.patientIdNumber"},
                        {"column": "followup.patientIdNumber", "references": "patients.patientIdNumber"},
                        {"column": "tumors.npiPhysicianManaging", "references": "physicians.npiPhysician"},
                        {"column": "tumors.npiPhysicianFollowUp", "references": "physicians.npiPhysician"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

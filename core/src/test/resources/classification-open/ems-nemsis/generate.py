#!/usr/bin/env python3
"""Writes ems-nemsis: an invented county ambulance service's patient care reports flattened from NEMSIS v3.5 XML to
CSV, headers the NEMSIS element ids, some with and some without the element's name (`ePatient.02`,
`ePatient.03 Patient First Name`; seeded, stdlib only, ','). pcr: 1,000 runs (PCR and incident numbers, unit call
sign, crew member ID, NEMSIS coded values such as 9906003 for female and 2516009 for years, XML date-times
`2026-03-14T08:12:45-06:00`, patient name, home address with the city as a GNIS feature id and the county as a FIPS code,
ZIP, phone, SSN, driver's licence, DOB, age (some over 89) and age units, scene address, GNIS city, ZIP and GPS, vitals,
ICD-10 primary impression, destination, insurance policy id, and a narrative naming the patient and family members).
crew: 30 crew members (crew member ID = state licence number, names, level, station, shift, phone, e-mail, DOB).
Coincidences: patients named Dell, Seton, Baylor and White beside the destinations Dell Seton Medical Center and
Baylor Scott & White; patient given name Travis beside Travis County Station names."""
import csv, json, random, datetime
rnd = random.Random(43003)
GIVEN = ["Robert", "Linda", "Michael", "Patricia", "Jose", "Maria", "William", "Barbara", "Travis", "Brooke", "Dell",
         "Carlos", "Guadalupe", "Dorothy", "Kenneth", "Ashley", "Tyrone", "Mei", "Hung", "Rosa", "Earl", "Tammy"]
FAMILY = ["Alvarez", "Hernandez", "Nguyen", "Johnson", "Williams", "Dell", "Seton", "Baylor", "White", "Garza",
          "Pruitt", "Okonkwo", "Schroeder", "McAllister", "Villarreal", "Tran", "Blackwell", "Dubois", "Fenwick", "Ybarra"]
CITIES = [("2409761", "78701"), ("2409761", "78704"), ("2409761", "78745"), ("2410912", "78660"), ("2411589", "78664"),
          ("2410415", "78734"), ("2411968", "78653"), ("2409761", "78758")]  # GNIS ids (Austin, Pflugerville, Round Rock, Lakeway, Manor)
STREETS = ["Oak Hollow Dr", "S Congress Ave", "Burnet Rd", "Slaughter Ln", "Pecan St", "Wells Branch Pkwy", "Ranch Rd 620",
           "E Riverside Dr", "Manchaca Rd", "Dessau Rd", "Lakeway Blvd", "Cameron Rd"]
DEST = ["Dell Seton Medical Center", "St. David's Medical Center", "Baylor Scott & White - Round Rock",
        "Ascension Seton Northwest", "St. David's South Austin Medical Center", "Dell Children's Medical Center"]
IMPRESSION = [("R07.9", "Chest pain"), ("I21.9", "STEMI"), ("R55", "Syncope"), ("J44.1", "COPD exacerbation"),
              ("E16.2", "Hypoglycemia"), ("S72.001A", "Hip fracture"), ("R56.9", "Seizure"), ("I63.9", "Stroke"),
              ("T40.2X1A", "Opioid overdose"), ("R41.82", "Altered mental status"), ("W19.XXXA", "Fall"), ("F10.129", "Alcohol intoxication")]
COMPLAINT = {"R07.9": "CHEST PAIN", "I21.9": "CHEST PAIN", "R55": "SYNCOPE", "J44.1": "DIFFICULTY BREATHING", "E16.2": "DIABETIC PROBLEM",
             "S72.001A": "FALL", "R56.9": "SEIZURE", "I63.9": "STROKE/CVA", "T40.2X1A": "OVERDOSE", "R41.82": "UNKNOWN PROBLEM",
             "W19.XXXA": "FALL", "F10.129": "INTOXICATED"}
RELS = ["wife", "husband", "daughter", "son", "neighbor", "granddaughter", "caregiver"]
def tz(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-06:00"
crew = []
for i in range(30):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    lic = "P%06d" % rnd.randint(100000, 999999) if rnd.random() < 0.6 else "E%06d" % rnd.randint(100000, 999999)
    dob = datetime.date(rnd.randint(1965, 2002), rnd.randint(1, 12), rnd.randint(1, 28))
    crew.append({"eCrew.01 Crew Member ID": lic, "dPersonnel.01": f, "dPersonnel.02 EMS Personnel's First Name": g,
                 "dPersonnel.24": "9925007" if lic[0] == "P" else "9925005",
                 "Station": rnd.choice(["Travis County Station 11", "Travis County Station 14", "Station 3 Manor", "Station 7 Lakeway", "Station 21 Pflugerville"]),
                 "Shift": rnd.choice(["A", "B", "C"]),
                 "dPersonnel.12 EMS Personnel's Mobile Phone Number": "512-%03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)),
                 "dPersonnel.13": "%s.%s@tcesd.example.gov" % (g.lower(), f.lower()),
                 "dPersonnel.11 EMS Personnel's Date of Birth": dob.isoformat()})
pcr = []
t = datetime.datetime(2026, 1, 1, 0, 12, 0)
inc = 400000
for i in range(1000):
    t += datetime.timedelta(minutes=rnd.randint(5, 90))
    inc += rnd.randint(1, 4)
    c = rnd.choice(crew)
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    sex = rnd.choice(["9906001", "9906003"])
    r = rnd.random()
    if r < 0.04:
        age, unit = rnd.randint(1, 28), "2516001"
    elif r < 0.08:
        age, unit = rnd.randint(1, 11), "2516007"
    elif r < 0.15:
        age, unit = rnd.randint(90, 103), "2516009"
    else:
        age, unit = rnd.randint(1, 89), "2516009"
    if unit == "2516009":
        dob = datetime.date(t.year - age - 1, rnd.randint(1, 12), rnd.randint(1, 28))
        dob = dob.replace(year=t.year - age) if dob.replace(year=t.year - age) <= t.date() else dob
    elif unit == "2516007":
        dob = t.date() - datetime.timedelta(days=age * 30 + rnd.randint(0, 29))
    else:
        dob = t.date() - datetime.timedelta(days=age)
    city, zipc = rnd.choice(CITIES)
    home = "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS))
    at_home = rnd.random() < 0.6
    scene = home if at_home else "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS))
    scity, szip = (city, zipc) if at_home else rnd.choice(CITIES)
    icd, label = rnd.choice(IMPRESSION)
    dest = rnd.choice(DEST)
    unitname = "MEDIC %d" % rnd.choice([3, 7, 11, 12, 14, 21, 24])
    sbp = rnd.randint(78, 210)
    rel, relname = rnd.choice(RELS), "%s %s" % (rnd.choice(GIVEN), f)
    phone = "(512) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))
    age_words = "%d %s" % (age, {"2516001": "day old", "2516007": "month old", "2516009": "yo"}[unit])
    narr = rnd.choice([
        "%s dispatched to %s for %s %s c/o %s. Pt %s %s found %s, A&Ox%d. %s %s states pt %s. Transported to %s without incident." % (
            unitname, scene, age_words, "M" if sex == "9906001" else "F", label.lower(), g, f,
            rnd.choice(["sitting in recliner", "supine on kitchen floor", "in bed", "seated in vehicle"]), rnd.randint(1, 4),
            rel.capitalize(), relname, rnd.choice(["has hx of CHF and DM", "was fine at dinner", "took extra pills", "fell getting out of shower"]), dest),
        "Arrived to find %s pt in %s. Pt states %s. Vitals as noted. %s was contacted at %s and will meet us at %s." % (
            age_words, rnd.choice(["no distress", "moderate distress", "severe distress"]), label.lower(), relname, phone, dest),
        "Pt refused transport after assessment. Risks explained to pt and %s (%s). Refusal signed by %s %s. Cleared by on-line medical control." % (
            rel, relname, g, f),
        "%s on scene. %s c/o %s, onset %d min PTA. 12-lead obtained. Pt transported priority to %s. Care transferred to RN." % (
            unitname, age_words, label.lower(), rnd.randint(5, 180), dest)])
    notified = t + datetime.timedelta(seconds=rnd.randint(20, 120))
    onscene = notified + datetime.timedelta(seconds=rnd.randint(240, 1200))
    atdest = onscene + datetime.timedelta(seconds=rnd.randint(900, 3000))
    pcr.append({"eRecord.01 Patient Care Report Number": "TCESD-26-%06d" % (i + 1),
                "eResponse.03 Incident Number": "26-%07d" % inc, "eResponse.04": "%s-%d" % (unitname.replace("MEDIC ", "M"), inc),
                "eResponse.05": rnd.choice(["2205001", "2205001", "2205001", "2205003", "2205009"]),
                "eResponse.14 EMS Unit Call Sign": unitname, "eCrew.01": c["eCrew.01 Crew Member ID"],
                "eCrew.02": c["dPersonnel.24"],
                "eTimes.01": tz(t), "eTimes.03 Unit Notified by Dispatch Date/Time": tz(notified), "eTimes.06": tz(onscene),
                "eTimes.11 Patient Arrived at Destination Date/Time": tz(atdest),
                "ePatient.02": f, "ePatient.03 Patient First Name": g, "ePatient.04": rnd.choice("ABCDEFGHJKLMRST") if rnd.random() < 0.5 else "",
                "ePatient.05 Patient's Home Address": home, "ePatient.06": city, "ePatient.07": "48453", "ePatient.08": "48",
                "ePatient.09 Patient's Home ZIP Code": zipc, "ePatient.12": "%03d-%02d-%04d" % (rnd.randint(100, 665), rnd.randint(1, 99), rnd.randint(1, 9999)) if rnd.random() < 0.7 else "",
                "ePatient.13": sex, "ePatient.14": rnd.choice(["2514011", "2514003", "2514007", "2514011", "2514005"]),
                "ePatient.15": str(age), "ePatient.16": unit, "ePatient.17 Date of Birth": dob.isoformat(),
                "ePatient.18": phone if rnd.random() < 0.8 else "",
                "ePatient.21": "TX" if rnd.random() < 0.5 else "",
                "ePatient.22": "%08d" % rnd.randint(10000000, 49999999) if rnd.random() < 0.45 else "",
                "eScene.09": rnd.choice(["Y92.009", "Y92.009", "Y92.410", "Y92.199", "Y92.511", "Y92.230"]),
                "eScene.11 Scene GPS Location": "%.5f,%.5f" % (30.2 + rnd.random() * 0.35, -97.95 + rnd.random() * 0.45),
                "eScene.15 Incident Street Address": scene, "eScene.17": scity, "eScene.18": "48",
                "eScene.19 Incident ZIP Code": szip,
                "eSituation.04": COMPLAINT[icd], "eSituation.11 Provider's Primary Impression": icd,
                "eVitals.06 SBP (Systolic Blood Pressure)": str(sbp), "eVitals.07": str(max(40, sbp - rnd.randint(30, 80))),
                "eVitals.10 Heart Rate": str(rnd.randint(45, 150)), "eVitals.12": str(rnd.randint(82, 100)),
                "eDisposition.01 Destination/Transferred To, Name": dest if "refused" not in narr else "",
                "eDisposition.12": "4212037" if "refused" in narr else "4212033",
                "ePayment.01": rnd.choice(["2601001", "2601003", "2601005", "2601009", "2601011"]),
                "ePayment.19 Insurance Policy ID Number": "%s%09d" % (rnd.choice(["XJH", "ZGP", "W", "MCR", ""]), rnd.randint(0, 999999999)) if rnd.random() < 0.75 else "",
                "eNarrative.01": narr})
PH = list(pcr[0].keys()); CH = list(crew[0].keys())
for name, head, data in (("pcr", PH, pcr), ("crew", CH, crew)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head)
        for r in data:
            w.writerow([r[h] for h in head])
P = {"eRecord.01 Patient Care Report Number": "OTHER_UNIQUE_IDENTIFIER", "eResponse.03 Incident Number": "OTHER_UNIQUE_IDENTIFIER",
     "eResponse.04": "OTHER_UNIQUE_IDENTIFIER", "eResponse.05": "NON_IDENTIFYING", "eResponse.14 EMS Unit Call Sign": "NON_IDENTIFYING",
     "eCrew.01": "QUASI_IDENTIFIER", "eCrew.02": "NON_IDENTIFYING", "eTimes.01": "DATE",
     "eTimes.03 Unit Notified by Dispatch Date/Time": "DATE", "eTimes.06": "DATE", "eTimes.11 Patient Arrived at Destination Date/Time": "DATE",
     "ePatient.02": "FAMILY_NAME", "ePatient.03 Patient First Name": "GIVEN_NAME", "ePatient.04": "GIVEN_NAME",
     "ePatient.05 Patient's Home Address": "STREET_ADDRESS", "ePatient.06": "CITY", "ePatient.07": "COUNTY", "ePatient.08": "NON_IDENTIFYING",
     "ePatient.09 Patient's Home ZIP Code": "ZIP_CODE", "ePatient.12": "SOCIAL_SECURITY_NUMBER", "ePatient.13": "NON_IDENTIFYING",
     "ePatient.14": "NON_IDENTIFYING", "ePatient.15": "AGE", "ePatient.16": "NON_IDENTIFYING", "ePatient.17 Date of Birth": "DATE_OF_BIRTH",
     "ePatient.18": "TELEPHONE_NUMBER", "ePatient.21": "NON_IDENTIFYING", "ePatient.22": "CERTIFICATE_LICENSE_NUMBER",
     "eScene.09": "NON_IDENTIFYING", "eScene.11 Scene GPS Location": "GEOCOORDINATE", "eScene.15 Incident Street Address": "STREET_ADDRESS",
     "eScene.17": "CITY", "eScene.18": "NON_IDENTIFYING", "eScene.19 Incident ZIP Code": "ZIP_CODE", "eSituation.04": "NON_IDENTIFYING",
     "eSituation.11 Provider's Primary Impression": "NON_IDENTIFYING", "eVitals.06 SBP (Systolic Blood Pressure)": "NON_IDENTIFYING",
     "eVitals.07": "NON_IDENTIFYING", "eVitals.10 Heart Rate": "NON_IDENTIFYING", "eVitals.12": "NON_IDENTIFYING",
     "eDisposition.01 Destination/Transferred To, Name": "NON_IDENTIFYING", "eDisposition.12": "NON_IDENTIFYING",
     "ePayment.01": "NON_IDENTIFYING", "ePayment.19 Insurance Policy ID Number": "HEALTH_PLAN_BENEFICIARY_NUMBER", "eNarrative.01": "FREE_TEXT"}
C = {"eCrew.01 Crew Member ID": "QUASI_IDENTIFIER", "dPersonnel.01": "FAMILY_NAME", "dPersonnel.02 EMS Personnel's First Name": "GIVEN_NAME",
     "dPersonnel.24": "NON_IDENTIFYING", "Station": "NON_IDENTIFYING", "Shift": "NON_IDENTIFYING",
     "dPersonnel.12 EMS Personnel's Mobile Phone Number": "TELEPHONE_NUMBER", "dPersonnel.13": "EMAIL_ADDRESS",
     "dPersonnel.11 EMS Personnel's Date of Birth": "DATE_OF_BIRTH"}
assert set(P) == set(PH) and set(C) == set(CH)
cols = {"pcr." + h: P[h] for h in PH}; cols.update({"crew." + h: C[h] for h in CH})
gold = {"dataset": "ems-nemsis",
        "description": "Invented county ambulance service's NEMSIS v3.5 patient care reports flattened to CSV with NEMSIS element ids as headers (some with the element name), ',': 1,000 PCRs (PCR/incident/response numbers, call sign MEDIC 12, crew member ID, coded values 9906003/2516009/2205001/4212033/2601001, XML date-times with -06:00, patient last/first name and middle initial, home address, city as GNIS feature id, county as FIPS 48453, state FIPS 48, ZIP, SSN, driver's licence, DOB, age with ages over 89 and age units in days and months, phone, scene address/GNIS city/ZIP/GPS, vitals, ICD-10 impression, destination, payer code, insurance policy id, narrative naming patient, relatives and phone numbers), 30 crew (licence number as crew member ID, names, level code, station, shift, mobile, e-mail, DOB). Coincidences: patients surnamed Dell, Seton, Baylor, White beside destinations Dell Seton Medical Center and Baylor Scott & White; given names Travis and Dell beside Travis County Station and Dell Children's",
        "delimiter": ",", "entity": "crew", "columns": cols,
        "foreignKeys": [{"column": "pcr.eCrew.01", "references": "crew.eCrew.01 Crew Member ID"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

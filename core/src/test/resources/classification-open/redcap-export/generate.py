#!/usr/bin/env python3
"""Writes redcap-export: an invented REDCap project export (one flat CSV, 'Export Records' layout with raw coded values):
record_id, redcap_event_name (baseline_arm_1, month_6_arm_1, month_12_arm_1), redcap_repeat_instrument /
redcap_repeat_instance (repeating adverse_events instrument), field names as REDCap users write them (pt_fname, pt_lname,
dob yyyy-mm-dd, age_at_consent, sex 1/2, race___1..race___6 checkboxes, ethnicity, zip, phone, email, mrn, consent_date,
consent_signed_by (staff), bmi, sbp, dbp, a1c, med_list, ae_description, withdrawal_reason, visit_date) and *_complete
flags 0/1/2. Demographic fields are blank on follow-up and repeat rows, as real exports are (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(190202)
GIVEN = ["Ashley", "Brittany", "Jessica", "Tiffany", "Amanda", "Crystal", "Latoya", "Keisha", "Shanice", "Destiny", "Rosa",
         "Guadalupe", "Yesenia", "Marisol", "Linh", "Mai", "Fatima", "Aisha", "Tyrone", "DeShawn", "Marcus", "Terrell", "Jamal",
         "Carlos", "Jesus", "Luis", "Jorge", "Brandon", "Tyler", "Cody", "Dustin", "Travis", "Wyatt", "Bobbie", "Loretta",
         "Earl", "Virgil", "Opal", "Hazel", "Mabel"]
FAMILY = ["Washington", "Jefferson", "Jackson", "Booker", "Banks", "Mosley", "Gaines", "Hairston", "Trujillo", "Villanueva",
          "Ochoa", "Quintero", "Zamora", "Tran", "Pham", "Vo", "Ali", "Hussein", "Yoder", "Stoltzfus", "Hatfield", "McCoy",
          "Sizemore", "Combs", "Baldwin", "Goins", "Mullins", "Hensley", "Caudill", "Whitaker", "Begay", "Yazzie", "Tsosie",
          "Nez", "Holiday", "Schwartz", "Kowalski", "Nowak", "Lindqvist", "Okafor"]
STAFF = ["Kimberly Duarte", "Rachel Abernathy", "Jonathan Pruitt", "Samantha Oyelaran", "Megan Castellanos"]
MEDS = ["metformin 500 mg BID", "lisinopril 10 mg daily", "atorvastatin 20 mg qhs", "insulin glargine 20 units qhs",
        "amlodipine 5 mg daily", "aspirin 81 mg daily", "sertraline 50 mg daily", "levothyroxine 75 mcg daily"]
def pick_date(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
header = ["record_id", "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance", "pt_fname", "pt_lname", "dob",
          "age_at_consent", "sex", "race___1", "race___2", "race___3", "race___4", "race___5", "race___6", "ethnicity", "zip", "phone",
          "email", "mrn", "consent_date", "consent_signed_by", "enrollment_complete", "visit_date", "bmi", "sbp", "dbp", "a1c",
          "med_list", "vitals_complete", "ae_onset", "ae_description", "ae_grade", "adverse_events_complete", "withdrawal_reason",
          "study_completion_complete"]
rows = []
for i in range(260):
    rid = str(1001 + i) if i % 7 else "%d-%d" % (12, 1001 + i)  # DAG-prefixed record ids on some rows, as REDCap writes them
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    consent = pick_date(datetime.date(2019, 3, 1), datetime.date(2023, 9, 30))
    age = rnd.choice([rnd.randint(18, 89), rnd.randint(18, 89), rnd.randint(18, 89), rnd.randint(90, 97)]) if rnd.random() < 0.9 else rnd.randint(40, 70)
    dob = consent - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    race = ["0"] * 6; race[rnd.choice([0, 1, 2, 3, 4, 4, 4, 2, 2, 5])] = "1"
    if rnd.random() < 0.08: race[rnd.randint(0, 5)] = "1"
    phone = rnd.choice(["(%03d) %03d-%04d", "%03d-%03d-%04d", "%03d%03d%04d"]) % (rnd.choice([304, 606, 505, 901, 214]), rnd.randint(200, 999), rnd.randint(0, 9999))
    email = rnd.choice(["%s.%s@gmail.com" % (fn.lower(), ln.lower()), "%s%s%d@yahoo.com" % (fn[0].lower(), ln.lower(), rnd.randint(1, 99)), ""])
    mrn = str(rnd.randint(10000000, 99999999))
    zipc = "%05d" % rnd.choice([25701, 25702, 41501, 41502, 87301, 87305, 38103, 38104, 75215, 75216, 24801, 40806])
    a1c0 = round(rnd.uniform(6.0, 11.5), 1)
    base = {"record_id": rid, "redcap_event_name": "baseline_arm_1", "pt_fname": fn, "pt_lname": ln, "dob": dob.isoformat(),
            "age_at_consent": str(age), "sex": rnd.choice("12"), "ethnicity": rnd.choice(["0", "0", "1", "2"]), "zip": zipc, "phone": phone,
            "email": email, "mrn": mrn, "consent_date": consent.isoformat(), "consent_signed_by": rnd.choice(STAFF),
            "enrollment_complete": rnd.choice(["2", "2", "2", "1", "0"]), "visit_date": consent.isoformat(),
            "bmi": str(round(rnd.uniform(19, 48), 1)), "sbp": str(rnd.randint(100, 185)), "dbp": str(rnd.randint(60, 110)),
            "a1c": str(a1c0), "med_list": ", ".join(rnd.sample(MEDS, rnd.randint(1, 4))), "vitals_complete": "2",
            "study_completion_complete": ""}
    for k in range(6):
        base["race___%d" % (k + 1)] = race[k]
    rows.append(base)
    withdrawn = rnd.random() < 0.1
    for ev, months in (("month_6_arm_1", 6), ("month_12_arm_1", 12)):
        if withdrawn and months == 12:
            break
        vd = consent + datetime.timedelta(days=months * 30 + rnd.randint(-14, 14))
        r = {"record_id": rid, "redcap_event_name": ev, "visit_date": vd.isoformat(), "bmi": str(round(float(base["bmi"]) + rnd.uniform(-2, 2), 1)),
             "sbp": str(rnd.randint(100, 185)), "dbp": str(rnd.randint(60, 110)), "a1c": str(round(a1c0 + rnd.uniform(-1.5, 0.8), 1)),
             "med_list": rnd.choice(["", "no change", ", ".join(rnd.sample(MEDS, rnd.randint(1, 3)))]),
             "vitals_complete": rnd.choice(["2", "2", "1"])}
        if withdrawn:
            r["withdrawal_reason"] = rnd.choice(["Moved out of state", "Participant no longer wishes to take part",
                                                 "Lost to follow-up; left voicemail at %s" % phone,
                                                 "Spouse called to withdraw %s %s" % (fn, ln), "Started dialysis"])
            r["study_completion_complete"] = "2"
        rows.append(r)
    for inst in range(1, rnd.choice([1, 1, 1, 2, 3]) if rnd.random() < 0.35 else 1):
        onset = consent + datetime.timedelta(days=rnd.randint(5, 300))
        desc = rnd.choice(["Mild hypoglycemia after skipping lunch", "Fall at home, bruised left hip",
                           "%s reported dizziness; seen by Dr. %s at urgent care" % (fn, rnd.choice(FAMILY)),
                           "Pt %s %s admitted overnight for chest pain, ruled out MI" % (fn, ln),
                           "GI upset after dose increase", "Daughter %s %s called to report confusion" % (rnd.choice(GIVEN), ln),
                           "Rash on forearms, resolved without treatment"])
        rows.append({"record_id": rid, "redcap_event_name": "baseline_arm_1", "redcap_repeat_instrument": "adverse_events",
                     "redcap_repeat_instance": str(inst), "ae_onset": onset.isoformat(), "ae_description": desc,
                     "ae_grade": rnd.choice("1123"), "adverse_events_complete": rnd.choice("122")})
with open("redcap_export.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f); c.writerow(header); c.writerows([[r.get(h, "") for h in header] for r in rows])
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
lab = {"record_id": O, "redcap_event_name": N, "redcap_repeat_instrument": N, "redcap_repeat_instance": N, "pt_fname": "GIVEN_NAME",
       "pt_lname": "FAMILY_NAME", "dob": "DATE_OF_BIRTH", "age_at_consent": "AGE", "sex": N, "ethnicity": N, "zip": "ZIP_CODE",
       "phone": "TELEPHONE_NUMBER", "email": "EMAIL_ADDRESS", "mrn": "MEDICAL_RECORD_NUMBER", "consent_date": "DATE",
       "consent_signed_by": "NAME", "enrollment_complete": N, "visit_date": "DATE", "bmi": N, "sbp": N, "dbp": N, "a1c": N,
       "med_list": N, "vitals_complete": N, "ae_onset": "DATE", "ae_description": "FREE_TEXT", "ae_grade": N,
       "adverse_events_complete": N, "withdrawal_reason": "FREE_TEXT", "study_completion_complete": N}
for k in range(6):
    lab["race___%d" % (k + 1)] = N
gold = {"dataset": "redcap-export", "description": "Invented REDCap 'Export Records' CSV (raw values): one row per record and event (baseline_arm_1, month_6_arm_1, month_12_arm_1) plus repeating adverse_events rows; demographics (pt_fname, pt_lname, dob, age_at_consent incl. 90-97, zip, phone in three formats, email, 8-digit mrn) only on the baseline row, blank elsewhere; record_id 1001.. with DAG-prefixed '12-1008' on some records; race___1..6 checkboxes; consent_signed_by a staff name (NAME); med_list drug names only (NON_IDENTIFYING); ae_description and withdrawal_reason free text sometimes naming the participant, a relative, a doctor or the phone.",
        "delimiter": ",", "entity": "redcap_export", "columns": {"redcap_export." + h: lab[h] for h in header}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes ehr-eav: an invented clinical research export in entity-attribute-value form (subjects 300 rows,
observations about 4,000 rows, documents 450 rows), `,`. Identifiers sit in the generic value column `attr_value`
beside clinical values (attr_name first_name, last_name, ssn, phone, mrn, dob, email beside heart_rate, dx_code,
sbp, weight_kg); subjects carry a JSON object as text (`{"name": ..., "dob": ...}`); documents hold multi-line quoted
notes naming the patient, the MRN and a phone number (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(180303)
GIVEN = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas", "Mia", "Levi",
         "Harper", "Ezra", "Evelyn", "Asher", "Abigail", "Leo", "Eleanor", "Silas", "Ruth", "Horace", "Winifred", "Otis",
         "Imani", "Darnell", "Mei", "Arjun", "Fatima", "Bogdan"]
FAMILY = ["Thompson", "Reyes", "Murphy", "Cook", "Rogers", "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell",
          "Gomez", "Kelly", "Howard", "Ward", "Cox", "Diaz", "Richardson", "Wood", "Watson", "Brooks", "Bennett",
          "Gray", "James", "Abernathy", "Szymanski", "Achterberg", "Oyelaran", "Castellanos", "Whitlock"]
SITES = ["SITE-01 Boston", "SITE-02 Nashville", "SITE-03 Denver", "SITE-04 Portland"]
DX = ["E11.9", "I10", "J45.909", "F32.A", "M54.5", "N18.3", "E78.5", "K21.9", "G47.33", "I48.91"]
ref = datetime.date(2025, 6, 30)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f, lineterminator="\n"); c.writerow(header); c.writerows(rows)
subjects = []; people = []
for i in range(300):
    sid = "S%05d" % (20000 + i * 13)
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    age = rnd.choice([rnd.randint(19, 89)] * 8 + [rnd.randint(90, 101)])
    dob = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    ssn = "%03d-%02d-%04d" % (rnd.randint(1, 665), rnd.randint(1, 99), rnd.randint(1, 9999))
    phone = rnd.choice(["(617) %03d-%04d", "615.%03d.%04d", "+1 303 %03d %04d", "503-%03d-%04d"]) % (rnd.randint(200, 999), rnd.randint(0, 9999))
    mrn = "MRN%07d" % rnd.randint(1000000, 9999999)
    email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]))
    enrolled = datetime.date(2021, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1300))
    prof = json.dumps({"name": "%s %s" % (fn, ln), "dob": dob.isoformat(), "sex": rnd.choice("MF"), "consent": rnd.choice([True, False])})
    people.append((sid, fn, ln, dob, ssn, phone, mrn, email))
    subjects.append([sid, enrolled.isoformat(), rnd.choice(SITES), prof])
w("subjects", ["subject_id", "enrolled_on", "site", "profile_json"], subjects)
obs = []; rid = 1
for sid, fn, ln, dob, ssn, phone, mrn, email in people:
    items = [("first_name", fn), ("last_name", ln), ("dob", dob.strftime("%m/%d/%Y")), ("ssn", ssn), ("phone", phone),
             ("mrn", mrn), ("email", email)]
    rnd.shuffle(items)
    for _ in range(rnd.randint(4, 8)):
        items.append(rnd.choice([("heart_rate", str(rnd.randint(52, 118))), ("dx_code", rnd.choice(DX)),
                                 ("sbp", str(rnd.randint(96, 182))), ("weight_kg", "%.1f" % rnd.uniform(45, 140)),
                                 ("smoker", rnd.choice(["never", "former", "current"])), ("hba1c", "%.1f" % rnd.uniform(4.8, 11.2))]))
    rnd.shuffle(items)
    for a, v in items:
        if a in ("email", "phone") and rnd.random() < 0.15:
            continue
        obs.append([str(rid), sid, a, v, (ref - datetime.timedelta(days=rnd.randint(0, 900))).isoformat() + " %02d:%02d" % (rnd.randint(7, 19), rnd.randint(0, 59))])
        rid += 1
w("observations", ["row_id", "subject_id", "attr_name", "attr_value", "recorded_at"], obs)
docs = []
for k in range(450):
    sid, fn, ln, dob, ssn, phone, mrn, email = rnd.choice(people)
    created = (ref - datetime.timedelta(days=rnd.randint(0, 700))).isoformat()
    body = rnd.choice([
        "Patient: %s %s\nMRN: %s\nSeen today for follow-up of %s.\nPlan: recheck labs in 3 months. Call back at %s if worse." % (fn, ln, mrn, rnd.choice(DX), phone),
        "Telephone encounter.\n%s %s (%s) called from %s asking about refills.\n\"Patient states she ran out on Friday.\"\nRefill sent." % (fn, ln, mrn, phone),
        "Discharge summary for %s, %s\nDOB %s, MRN %s\nDx: %s, %s\nFollow up with PCP; daughter %s %s to drive." % (ln, fn, dob.strftime("%m/%d/%Y"), mrn, rnd.choice(DX), rnd.choice(DX), rnd.choice(GIVEN), ln),
        "Research visit %d.\nVitals stable. HR %d, SBP %d.\nNo adverse events reported." % (rnd.randint(1, 6), rnd.randint(55, 110), rnd.randint(100, 170))])
    docs.append(["D%06d" % (500000 + k), sid, created, body])
w("documents", ["doc_id", "subject_id", "created", "body"], docs)
cols = {"subjects.subject_id": "OTHER_UNIQUE_IDENTIFIER", "subjects.enrolled_on": "DATE", "subjects.site": "NON_IDENTIFYING",
        "subjects.profile_json": "FREE_TEXT",
        "observations.row_id": "OTHER_UNIQUE_IDENTIFIER", "observations.subject_id": "OTHER_UNIQUE_IDENTIFIER",
        "observations.attr_name": "NON_IDENTIFYING", "observations.attr_value": "FREE_TEXT", "observations.recorded_at": "DATE",
        "documents.doc_id": "OTHER_UNIQUE_IDENTIFIER", "documents.subject_id": "OTHER_UNIQUE_IDENTIFIER", "documents.created": "DATE",
        "documents.body": "FREE_TEXT"}
gold = {"dataset": "ehr-eav", "description": "Invented entity-attribute-value clinical research export, `,`: subjects 300 (subject_id, enrolled_on, site, profile_json a JSON object as text with name and dob), observations about 4000 (row_id, subject_id FK, attr_name, attr_value: first_name, last_name, dob mm/dd/yyyy, ssn, phone, mrn, email mixed with heart_rate, dx_code, sbp, weight_kg, smoker, hba1c; recorded_at), documents 450 (doc_id, subject_id FK, created, body multi-line notes naming the patient, MRN, phone, DOB). attr_value and profile_json are labelled FREE_TEXT (one label per column; the identifiers inside are counted by a supplementary check in BREAKER18-REPORT.md)",
        "delimiter": ",", "entity": "subjects", "columns": cols,
        "foreignKeys": [{"column": "observations.subject_id", "references": "subjects.subject_id"},
                        {"column": "documents.subject_id", "references": "subjects.subject_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

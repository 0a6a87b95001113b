#!/usr/bin/env python3
"""Writes ehr-audit-log: an invented EHR access audit log shipped WITHOUT the patient table (seeded, stdlib only).
access_log.csv: 2600 accesses (access_id, access_time `2026-03-14 08:12:55`, user_login of the staff member `hmarsh2`,
user_role, department, patient_mrn 8 digits with a Luhn check digit repeated 3-50 times for 120 patients,
patient_name `LAST, FIRST M`, action, workstation_id, ip of the workstation (internal 10.x), btg_reason typed by
staff on break-the-glass accesses naming people); break_glass_reviews.csv: 30 privacy-office reviews of
break-the-glass accesses (review_id, access_id FK, MRN, reviewed_by, review_date `03/18/2026`, outcome, comments).
Coincidences: the department `Lincoln Ward` and patients named Lincoln; the role `Chaplain` and no person named so."""
import csv, json, random, datetime
rnd = random.Random(27002)
GIVEN = ["Lincoln", "Dorothy", "James", "Maria", "Robert", "Linda", "Michael", "Patricia", "William", "Barbara", "David",
         "Jennifer", "Carlos", "Nguyen", "Fatima", "Harold", "Shirley", "Tyrone", "Mei", "Gloria", "Dmitri", "Ruth"]
FAMILY = ["Alvarez", "Thibodeaux", "Kowalski", "Washington", "Okonkwo", "Brandt", "Haverford", "Pham", "Rosenbaum",
          "McAllister", "Szabo", "Delgado", "Fitzgerald", "Yamamoto", "Birchfield", "Quintero", "Lindgren", "Abernathy"]
STAFF_G = ["Helen", "Marcus", "Priya", "Owen", "Keisha", "Tomas", "Rachel", "Samir", "Joanna", "Victor", "Alicia", "Ben"]
STAFF_F = ["Marsh", "Delaney", "Iyer", "Prescott", "Holloway", "Novak", "Greenberg", "Haddad", "Ferris", "Castellanos"]
ROLES = ["Registered Nurse", "Physician", "Resident", "Registrar", "Pharmacist", "Health Unit Coordinator", "Chaplain", "Billing Specialist"]
DEPTS = ["Emergency Department", "Lincoln Ward", "ICU", "Oncology Clinic", "Pharmacy", "Patient Access", "Cardiology", "Billing Office"]
ACTIONS = ["VIEW_CHART", "VIEW_CHART", "VIEW_CHART", "VIEW_RESULTS", "VIEW_NOTE", "EDIT_NOTE", "PRINT", "ORDER_ENTRY",
           "MAR_ADMIN", "EXPORT_CCD", "VIEW_DEMOGRAPHICS"]
def luhn(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return body + str((10 - s % 10) % 10)
patients = []
mrns = set()
for i in range(120):
    m = luhn("%07d" % rnd.randint(1000000, 9999999))
    while m in mrns:
        m = luhn("%07d" % rnd.randint(1000000, 9999999))
    mrns.add(m)
    patients.append((m, "%s, %s%s" % (rnd.choice(FAMILY).upper(), rnd.choice(GIVEN).upper(), rnd.choice(["", " " + rnd.choice("ABCDEJKLMRST")]))))
staff = []
logins = set()
for i in range(40):
    g, f = rnd.choice(STAFF_G), rnd.choice(STAFF_F)
    lg = (g[0] + f).lower()
    n = 1
    while lg in logins:
        n += 1; lg = (g[0] + f).lower() + str(n)
    logins.add(lg)
    role = rnd.choice(ROLES)
    staff.append({"login": lg, "name": "%s %s" % (g, f), "role": role, "dept": rnd.choice(DEPTS)})
ws = ["%s-WS-%02d" % (code, k) for code in ["ED", "ICU", "ONC", "RX", "REG", "CARD", "L3"] for k in range(1, 6)]
wsip = {w: "10.20.%d.%d" % (i // 5 + 10, 20 + i % 5 * 7) for i, w in enumerate(ws)}
weights = [rnd.randint(3, 50) for _ in patients]
rows = []
t0 = datetime.datetime(2026, 3, 1)
for k in range(2600):
    p = rnd.choices(patients, weights)[0]
    s = rnd.choice(staff)
    t = t0 + datetime.timedelta(seconds=rnd.randint(0, 28 * 86400))
    w = rnd.choice(ws)
    btg = ""
    if rnd.random() < 0.04:
        btg = rnd.choice(["Pt in ED, could not reach Dr. %s for consent" % rnd.choice(STAFF_F),
                          "Family member %s %s called asking for update" % (rnd.choice(GIVEN), p[1].split(",")[0].title()),
                          "Covering for %s %s, continuity of care" % (rnd.choice(STAFF_G), rnd.choice(STAFF_F)),
                          "Emergency access - patient unresponsive", "Checking own mother's results (%s)" % p[1].title()])
    rows.append([t, s["login"], s["role"], s["dept"], p[0], p[1], rnd.choice(ACTIONS) if not btg else "BREAK_THE_GLASS", w, wsip[w], btg])
rows.sort(key=lambda r: r[0])
H = ["access_id", "access_time", "user_login", "user_role", "department", "patient_mrn", "patient_name", "action", "workstation_id", "ip", "btg_reason"]
out = []
for i, r in enumerate(rows):
    out.append([str(40000001 + i * rnd.randint(1, 3)) if False else str(4000000 + i), r[0].strftime("%Y-%m-%d %H:%M:%S")] + r[1:])
with open("access_log.csv", "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f, lineterminator="\n"); wr.writerow(H); wr.writerows(out)
btg = [r for r in out if r[7] == "BREAK_THE_GLASS"]
REV = ["Helen Marsh, Privacy Officer", "Marcus Delaney", "Joanna Ferris RN"]
OUT = ["Appropriate", "Appropriate", "Inappropriate - referred to HR", "Referred to Privacy Office"]
BH = ["review_id", "access_id", "MRN", "reviewed_by", "review_date", "outcome", "comments"]
with open("break_glass_reviews.csv", "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f, lineterminator="\n"); wr.writerow(BH)
    for i, r in enumerate(btg[:30]):
        d = datetime.datetime.strptime(r[1], "%Y-%m-%d %H:%M:%S") + datetime.timedelta(days=rnd.randint(2, 9))
        o = rnd.choice(OUT)
        c = rnd.choice(["Spoke with %s; access justified." % r[2], "User %s is not on care team for %s." % (r[2], r[6].title()),
                        "No documentation of treatment relationship.", "Confirmed with charge nurse %s %s." % (rnd.choice(STAFF_G), rnd.choice(STAFF_F))])
        wr.writerow(["BGR-2026-%04d" % (i + 1), r[0], r[5], rnd.choice(REV), d.strftime("%m/%d/%Y"), o, c])
L = {"access_log.access_id": "OTHER_UNIQUE_IDENTIFIER", "access_log.access_time": "DATE", "access_log.user_login": "OTHER_UNIQUE_IDENTIFIER",
     "access_log.user_role": "NON_IDENTIFYING", "access_log.department": "NON_IDENTIFYING", "access_log.patient_mrn": "MEDICAL_RECORD_NUMBER",
     "access_log.patient_name": "NAME", "access_log.action": "NON_IDENTIFYING", "access_log.workstation_id": "NON_IDENTIFYING",
     "access_log.ip": "QUASI_IDENTIFIER", "access_log.btg_reason": "FREE_TEXT",
     "break_glass_reviews.review_id": "OTHER_UNIQUE_IDENTIFIER", "break_glass_reviews.access_id": "OTHER_UNIQUE_IDENTIFIER",
     "break_glass_reviews.MRN": "MEDICAL_RECORD_NUMBER", "break_glass_reviews.reviewed_by": "NAME", "break_glass_reviews.review_date": "DATE",
     "break_glass_reviews.outcome": "NON_IDENTIFYING", "break_glass_reviews.comments": "FREE_TEXT"}
gold = {"dataset": "ehr-audit-log",
        "description": "Invented EHR access audit log without its patient table, ',': 2600 accesses by 40 staff (user_login OTHER_UNIQUE_IDENTIFIER, as remote_user) to 120 patients (8-digit Luhn MRN 3-50 times each, 'LAST, FIRST M' names), roles, departments, actions, workstation ids (NON_IDENTIFYING: shared hospital machines) and their internal 10.x addresses (QUASI_IDENTIFIER: a workstation's address, not a person's), break-the-glass reasons typed by staff (FREE_TEXT); 30 privacy reviews referring to the accesses (reviewer names NAME, comments FREE_TEXT)",
        "delimiter": ",", "entity": "access_log", "columns": L,
        "foreignKeys": [{"column": "break_glass_reviews.access_id", "references": "access_log.access_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

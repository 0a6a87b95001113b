#!/usr/bin/env python3
"""Writes clinic-sched-hn: an invented UK hospital scheduling export whose headers use Hungarian notation as old
VB/Access applications wrote them: tblPatients (lngPatientID, strFirstName, strLastName, dtmDOB, intAge, strSex,
strAddress1, strTown, strPostcode 'SW1A 1AA', strNHSNo 10 digits with the mod-11 check digit, strPhone, memNotes free
text naming relatives), tblAppointments (lngApptID, lngPatientID FK, dtmStart 'dd/mm/yyyy hh:nn', intDurationMins,
strClinicianInits FK, strRoom, strReason, ysnAttended True/False), tblClinicians (strClinicianInits, strClinicianName,
strSpecialty). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(220303)
GIVEN = ["Margaret", "Brian", "Susan", "Keith", "Janet", "Colin", "Pauline", "Derek", "Sandra", "Graham", "Hazel",
         "Trevor", "Brenda", "Nigel", "Gillian", "Stuart", "Aled", "Bethan", "Fiona", "Hamish", "Niamh", "Ciaran",
         "Yusuf", "Fatima", "Kofi", "Ama", "Harpreet", "Gurdeep", "Lauren", "Callum"]
FAMILY = ["Ashworth", "Barraclough", "Cartwright", "Dobson", "Entwistle", "Fairbairn", "Greenhalgh", "Hargreaves",
          "Illingworth", "Jagger", "Kershaw", "Lockwood", "Marsden", "Ormerod", "Pickles", "Quarmby", "Rushworth",
          "Sutcliffe", "Thwaite", "Utley", "Whiteley", "Ahmed", "Begum", "Hussain", "Kaur", "Gill", "Owusu",
          "MacLeod", "Llewellyn", "Doherty"]
STREETS = ["Albert Road", "Bradford Road", "Cemetery Road", "Dewsbury Road", "Halifax Road", "Manchester Road",
           "Oxford Street", "Stoney Lane", "Moor End Lane", "Prospect Terrace"]
TOWNS = [("Huddersfield", "HD"), ("Halifax", "HX"), ("Bradford", "BD"), ("Wakefield", "WF"), ("Oldham", "OL"),
         ("Rochdale", "OL"), ("Keighley", "BD")]
RELS = ["daughter", "son", "wife", "husband", "sister", "brother", "neighbour", "niece"]
ROOMS = ["OPD 1", "OPD 2", "OPD 3", "Room 4B", "Ward 7 side room", "Physio Gym", "Day Unit"]
REASONS = ["Follow-up", "New referral", "Review bloods", "Wound check", "Post-op review", "Medication review",
           "Physiotherapy", "Pre-assessment", "Diabetic foot", "INR check"]
SPECS = ["Cardiology", "Orthopaedics", "General Surgery", "Diabetes", "Respiratory", "Physiotherapy", "Geriatrics"]
TODAY = datetime.date(2026, 12, 1)
def nhs():
    while True:
        d = [rnd.randrange(10) for _ in range(9)]
        if d[0] == 0: continue
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11: c = 0
        if c == 10: continue
        return "".join(map(str, d)) + str(c)
def w(name, header, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f, lineterminator="\r\n"); cw.writerow(header); cw.writerows(rows)
clin, inits = [], set()
while len(clin) < 14:
    fn, mid, ln = rnd.choice(GIVEN), rnd.choice(GIVEN), rnd.choice(FAMILY)
    ini = fn[0] + mid[0] + ln[0]
    if ini in inits: continue
    inits.add(ini)
    clin.append([ini, "Dr %s %s. %s" % (fn, mid[0], ln) if rnd.random() < 0.7 else "%s %s" % (fn, ln), rnd.choice(SPECS)])
w("tblClinicians", ["strClinicianInits", "strClinicianName", "strSpecialty"], clin)
pats = []
for i in range(420):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    dob = datetime.date(1926, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 365 * 98))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    town, pa = rnd.choice(TOWNS)
    pc = "%s%d %d%s" % (pa, rnd.randrange(1, 22), rnd.randrange(0, 10), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    notes = ""
    r = rnd.random()
    if r < 0.45:
        rel, rn = rnd.choice(RELS), rnd.choice(GIVEN)
        notes = rnd.choice(["NOK %s (%s) - ring before 10am", "Lives alone; %s %s visits daily",
                            "Please contact %s, %s, re transport", "Hard of hearing. %s (%s) attends with pt"])
        notes = notes % ((rn, rel) if notes.startswith(("NOK", "Please", "Hard")) else (rel, rn)) if "%s %s" not in notes else notes % (rel, rn)
        if rnd.random() < 0.4:
            notes += ". %s %s on 07%03d %06d" % (rnd.choice(["Daughter", "Son", "Carer"]), rn + " " + ln, rnd.randrange(400, 999), rnd.randrange(10**6))
    elif r < 0.6:
        notes = rnd.choice(["Wheelchair user", "Interpreter needed (Urdu)", "Needle phobic", "DNA x2 - letter sent"])
    pats.append([str(1000 + i * 3), fn, ln, dob.strftime("%d/%m/%Y") + " 00:00:00", str(age), rnd.choice("MF"),
                 "%d %s" % (rnd.randrange(1, 300), rnd.choice(STREETS)), town, pc, nhs(),
                 "01%03d %06d" % (rnd.randrange(200, 999), rnd.randrange(10**6)), notes])
w("tblPatients", ["lngPatientID", "strFirstName", "strLastName", "dtmDOB", "intAge", "strSex", "strAddress1", "strTown",
                  "strPostcode", "strNHSNo", "strPhone", "memNotes"], pats)
appts = []
t0 = datetime.datetime(2026, 9, 1, 8, 30)
for i in range(1300):
    p = rnd.choice(pats)
    st = t0 + datetime.timedelta(days=rnd.randrange(0, 90), minutes=15 * rnd.randrange(0, 34))
    appts.append([str(50000 + i), p[0], st.strftime("%d/%m/%Y %H:%M"), str(rnd.choice([10, 15, 20, 30, 45, 60])),
                  rnd.choice(clin)[0], rnd.choice(ROOMS), rnd.choice(REASONS), rnd.choice(["True", "True", "True", "False"])])
w("tblAppointments", ["lngApptID", "lngPatientID", "dtmStart", "intDurationMins", "strClinicianInits", "strRoom",
                      "strReason", "ysnAttended"], appts)
cols = {}
for c, l in [("lngPatientID", "OTHER_UNIQUE_IDENTIFIER"), ("strFirstName", "GIVEN_NAME"), ("strLastName", "FAMILY_NAME"),
             ("dtmDOB", "DATE_OF_BIRTH"), ("intAge", "AGE"), ("strSex", "NON_IDENTIFYING"),
             ("strAddress1", "STREET_ADDRESS"), ("strTown", "CITY"), ("strPostcode", "ZIP_CODE"),
             ("strNHSNo", "NATIONAL_ID"), ("strPhone", "TELEPHONE_NUMBER"), ("memNotes", "FREE_TEXT")]:
    cols["tblPatients." + c] = l
for c, l in [("lngApptID", "OTHER_UNIQUE_IDENTIFIER"), ("lngPatientID", "OTHER_UNIQUE_IDENTIFIER"), ("dtmStart", "DATE"),
             ("intDurationMins", "NON_IDENTIFYING"), ("strClinicianInits", "NAME"), ("strRoom", "NON_IDENTIFYING"),
             ("strReason", "NON_IDENTIFYING"), ("ysnAttended", "NON_IDENTIFYING")]:
    cols["tblAppointments." + c] = l
for c, l in [("strClinicianInits", "NAME"), ("strClinicianName", "NAME"), ("strSpecialty", "NON_IDENTIFYING")]:
    cols["tblClinicians." + c] = l
gold = {"dataset": "clinic-sched-hn",
        "description": "Invented UK hospital scheduling export, Access/VB Hungarian-notation headers, CRLF: tblPatients 420 (lngPatientID, names, dtmDOB 'dd/mm/yyyy 00:00:00', intAge (some over 89), strSex, address, town, UK postcode, strNHSNo with mod-11 check digit NATIONAL_ID, strPhone, memNotes FREE_TEXT naming relatives and their phones), tblAppointments 1300 (lngApptID, lngPatientID FK, dtmStart 'dd/mm/yyyy hh:nn', duration, strClinicianInits FK (a clinician's initials: NAME), room, reason, ysnAttended True/False), tblClinicians 14 (initials, name, specialty).",
        "delimiter": ",", "entity": "tblPatients", "columns": cols,
        "foreignKeys": [{"column": "tblAppointments.lngPatientID", "references": "tblPatients.lngPatientID"},
                        {"column": "tblAppointments.strClinicianInits", "references": "tblClinicians.strClinicianInits"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""breaker30: invented PowerSchool-style SIS export (students, contacts, cc enrollments, attendance, storedgrades,
log entries, a 10-row class roster). Python 3 stdlib only, fixed seed; writes the CSV files and gold.json here."""
import csv, json, os, random
R = random.Random(3030)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN_M = ["Liam", "Noah", "Mason", "Ethan", "Logan", "Lucas", "Jackson", "Aiden", "Elijah", "Carter", "Jayden", "Wyatt",
           "Gabriel", "Isaiah", "Mateo", "Diego", "Andre", "Malik", "Tyrone", "Hunter", "Jordan", "Dakota", "Austin", "Cody"]
GIVEN_F = ["Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia", "Abigail", "Harper", "Madison", "Aaliyah", "Destiny",
           "Brooklyn", "Savannah", "Ximena", "Camila", "Valeria", "Jasmine", "Kayla", "Aubrey", "Paisley", "Sierra", "Dakota",
           "Austin", "Raven"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
          "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
          "Washington", "Nguyen", "Tran", "Yazzie", "Begay", "Castillo", "Ortiz", "Ramos", "Warren", "Clinton", "Hall"]
TEACHERS = [("Ms.", "Karen", "Pettigrew"), ("Mr.", "Dale", "Underwood"), ("Mrs.", "Lorraine", "Abernathy"),
            ("Mr.", "Victor", "Salgado"), ("Ms.", "Tamika", "Rowe"), ("Mr.", "Brent", "Kowalczyk"),
            ("Mrs.", "Ellen", "Hall"), ("Ms.", "Priya", "Raman"), ("Mr.", "Gordon", "Washington"),
            ("Mrs.", "Denise", "Whitfield"), ("Mr.", "Raymond", "Ochoa"), ("Ms.", "Heather", "Lindqvist")]
STAFF_ADMIN = [("Dr.", "Marcus", "Fairbanks"), ("Mrs.", "Gail", "Prentiss"), ("Mr.", "Omar", "Haddad")]
CITIES = [("Clinton", "84015"), ("Clearfield", "84015"), ("Layton", "84041"), ("Syracuse", "84075"),
          ("Kaysville", "84037"), ("Roy", "84067"), ("Sunset", "84015"), ("West Point", "84015"), ("Washington Terrace", "84405")]
STREETS = ["N 1000 W", "S 2000 W", "E 1700 S", "W 300 N", "Antelope Dr", "Gentile St", "Main St", "Fort Ln",
           "Hill Field Rd", "Bluff Rd", "Center St", "Gordon Ave"]
ETH = ["White", "Hispanic", "Black", "Asian", "American Indian", "Pacific Islander", "Two or More"]
COURSES = [("ENG0700", "English 7"), ("ENG0800", "English 8"), ("MAT0710", "Math 7"), ("MAT0810", "Math 8"),
           ("SCI0700", "Integrated Science 7"), ("SCI0800", "Integrated Science 8"), ("SOC0700", "Utah Studies"),
           ("SOC0800", "US History I"), ("PE00700", "Physical Education"), ("ART0710", "Art Foundations"),
           ("MUS0720", "Concert Band"), ("CTE0800", "College & Career Awareness"), ("HEA0700", "Health 7")]
ATT_CODES = [("A", "Absent Unexcused"), ("E", "Excused"), ("T", "Tardy"), ("I", "Illness"), ("S", "School Activity"),
             ("OSS", "Out of School Suspension"), ("ISS", "In School Suspension")]
LETTERS = [("A", 4.0, 93, 100), ("A-", 3.7, 90, 92), ("B+", 3.3, 87, 89), ("B", 3.0, 83, 86), ("B-", 2.7, 80, 82),
           ("C+", 2.3, 77, 79), ("C", 2.0, 73, 76), ("C-", 1.7, 70, 72), ("D", 1.0, 60, 69), ("F", 0.0, 30, 59)]
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return str((10 - tot % 10) % 10)
def mdy(y, m, d):
    return "%d/%d/%d" % (m, d, y)
def rdate(y0, y1):
    y = R.randint(y0, y1); m = R.randint(1, 12); d = R.randint(1, 28)
    return y, m, d
def phone():
    return "(801) %03d-%04d" % (R.choice([544, 546, 593, 776, 825, 773, 525, 614]), R.randint(0, 9999))
students, contacts, cc, att, grades, logs = [], [], [], [], [], []
used_sn, used_ssid = set(), set()
N = 420
for i in range(N):
    sid = 4101 + i * 3 + R.randint(0, 2)
    dcid = 120000 + i * 7 + R.randint(0, 6)
    while True:
        sn = R.randint(200000, 299999)
        if sn not in used_sn:
            used_sn.add(sn); break
    while True:
        body = "%09d" % R.randint(100000000, 999999999)
        if body not in used_ssid:
            used_ssid.add(body); break
    ssid = body + luhn_digit(body)
    g = R.choice("MF")
    first = R.choice(GIVEN_M if g == "M" else GIVEN_F)
    mid = R.choice(GIVEN_M + GIVEN_F + ["", "", "Lee", "Ann", "Marie", "James"]) if R.random() < 0.8 else ""
    last = R.choice(FAMILY)
    grade = R.choice([6, 7, 8])
    by = 2026 - grade - 6 + R.choice([-1, 0, 0, 0])
    dob = mdy(by, R.randint(1, 12), R.randint(1, 28))
    city, zipc = R.choice(CITIES)
    street = "%d %s" % (R.randint(10, 3999), R.choice(STREETS))
    tch = R.choice(TEACHERS)
    hr = R.choice(["101", "104", "112", "118", "203", "207", "215", "Portable 2"])
    ent = mdy(2026, 8, R.choice([19, 19, 19, 20, 26])) if R.random() < 0.9 else mdy(2026, R.randint(9, 11), R.randint(1, 28))
    exitd = "" if R.random() < 0.94 else mdy(2026, R.randint(10, 12), R.randint(1, 28))
    status = "0" if not exitd else "2"
    email = "%s.%s%02d@stu.daviswood.k12.ut.us" % (first.lower(), last.lower(), R.randint(0, 99))
    students.append(dict(DCID=dcid, ID=sid, Student_Number=sn, State_StudentNumber=ssid, Last_Name=last, First_Name=first,
                         Middle_Name=mid, DOB=dob, Gender=g, Grade_Level=grade, Home_Room=hr, Ethnicity=R.choice(ETH + ["White", "White", "Hispanic"]),
                         FedEthnicity=R.choice(["0", "0", "1"]), LunchStatus=R.choice(["P", "P", "P", "F", "F", "R", "FDC"]),
                         Enroll_Status=status, EntryDate=ent, ExitDate=exitd, SchoolID=R.choice(["412", "412", "418"]),
                         Street=street, City=city, State="UT", Zip=zipc, Home_Phone=phone(), Student_Web_ID=email,
                         Track=R.choice(["", "", "A", "B"]), Next_School=R.choice(["412", "418", "702"])))
    for k in range(R.choice([1, 2, 2, 2, 3])):
        rel = ["Mother", "Father", "Grandmother", "Stepfather", "Guardian", "Aunt", "Foster Parent"][k if k < 2 and R.random() < 0.85 else R.randint(2, 6)]
        gf = R.choice(GIVEN_F if rel in ("Mother", "Grandmother", "Aunt") else GIVEN_M if rel in ("Father", "Stepfather") else GIVEN_F + GIVEN_M)
        gl = last if R.random() < 0.75 else R.choice(FAMILY)
        contacts.append(dict(ContactID=900000 + len(contacts) * 3 + R.randint(0, 2), Student_Number=sn, Relationship=rel,
                             Contact_Priority=k + 1, FirstName=gf, LastName=gl, CellPhone=phone(),
                             Email=R.choice(["%s%s@gmail.com" % (gf.lower(), R.randint(1, 999)), "%s.%s@yahoo.com" % (gf.lower(), gl.lower()), "%s%s@comcast.net" % (gf[0].lower(), gl.lower()), ""]),
                             Custody=R.choice(["Y", "Y", "Y", "N"]), LivesWith=R.choice(["Y", "Y", "N"]),
                             ReceivesMail=R.choice(["Y", "N"]), Employer=R.choice(["Hill AFB", "Lagoon Corporation", "Intermountain Health", "Davis School District", "Smith's Food & Drug", "", "", "Self"])))
    for ci, (cn, cname) in enumerate(R.sample([c for c in COURSES if c[0][3:5] in ("07", "00" if grade != 8 else "08") or c[0][3:5] == "%02d" % grade or c[0].startswith("PE")], 5)):
        t = R.choice(TEACHERS)
        sec = 55000 + COURSES.index((cn, cname)) * 10 + R.randint(0, 3)
        cc.append(dict(DCID=700000 + len(cc), StudentID=sid, SectionID=sec, Course_Number=cn, TermID=3600,
                       Expression="%d(A)" % (ci + 1), DateEnrolled=ent, DateLeft=mdy(2027, 6, 4) if not exitd else exitd,
                       Teacher="%s, %s" % (t[2], t[1]), Period=ci + 1))
        for sc in ("Q1", "Q2", "S1"):
            L = R.choice(LETTERS)
            grades.append(dict(DCID=800000 + len(grades), StudentID=sid, Course_Number=cn, Course_Name=cname, StoreCode=sc,
                               TermID=3601 if sc != "S1" else 3600, Grade=L[0], Percent="%.1f" % R.uniform(L[2], L[3] + 0.9),
                               GPA_Points=L[1], Teacher_Name="%s %s" % (t[1], t[2]), SchoolName="Sand Ridge Junior High" if students[-1]["SchoolID"] == "412" else "North Davis Junior High",
                               DateStored=mdy(2026, 10 if sc == "Q1" else 1, 17 if sc == "Q1" else 9) if sc != "S1" else mdy(2027, 1, 9)))
    for _ in range(R.choice([0, 1, 2, 3, 5, 8])):
        code, desc = R.choice(ATT_CODES[:5] + ATT_CODES[:3])
        y, m = R.choice([(2026, 9), (2026, 10), (2026, 11), (2026, 12), (2027, 1)])
        att.append(dict(ID=5000000 + len(att) * 2, StudentID=sid, Att_Date=mdy(y, m, R.randint(1, 28)), Attendance_CodeID=code,
                        Att_Code_Description=desc, Att_Mode_Code="ATT_ModeDaily", Period_ID="" if R.random() < 0.7 else str(R.randint(1, 7)),
                        Att_Comment=R.choice(["", "", "", "parent called", "note from doctor", "dentist", "family trip", "left at 11:30"])))
# log entries (discipline / IEP / parent contact) naming students and staff
names = [(s["First_Name"], s["Last_Name"], s["ID"]) for s in students]
for _ in range(170):
    s = R.choice(students); o = R.choice(names); t = R.choice(TEACHERS); a = R.choice(STAFF_ADMIN)
    c = [x for x in contacts if x["Student_Number"] == s["Student_Number"]][0]
    kind = R.choice(["Discipline", "Discipline", "IEP", "Parent Contact", "504"])
    if kind == "Discipline":
        txt = R.choice([
            "%s and %s %s were in a fight in the B hall during 4th period. %s %s referred both to %s %s." % (s["First_Name"], o[0], o[1], t[0], t[2], a[0], a[2]),
            "%s used profanity toward %s %s after being asked to put phone away. 1 day ISS." % (s["First_Name"], t[0], t[2]),
            "Vape found in backpack. Called %s %s at %s, mother will pick up. %s %s" % (c["FirstName"], c["LastName"], c["CellPhone"], a[1], a[2]),
            "Bullying report from %s %s: %s has been posting about him on Snapchat." % (o[0], o[1], s["First_Name"])])
    elif kind in ("IEP", "504"):
        txt = R.choice([
            "Annual IEP meeting held with %s (mother), %s %s (SpEd), %s %s. Goals: reading fluency 90 wcpm, extended time on tests." % (c["FirstName"], t[1], t[2], a[0], a[2]),
            "%s %s qualifies under SLD. Case manager %s %s. Accommodations: preferential seating, read aloud." % (s["First_Name"], s["Last_Name"], t[1], t[2]),
            "504 plan for ADHD reviewed; Dr. note on file. Contact %s %s %s." % (c["FirstName"], c["LastName"], c["CellPhone"])])
    else:
        txt = "Spoke with %s %s re: missing assignments in %s. Will check Canvas weekly." % (c["FirstName"], c["LastName"], R.choice(COURSES)[1])
    y, m, d = R.choice([2026]), R.randint(9, 12), R.randint(1, 28)
    logs.append(dict(DCID=1500000 + len(logs) * 5, StudentID=s["ID"], Entry_Author="%s, %s" % (t[2], t[1]) if kind != "Discipline" or R.random() < 0.5 else "%s, %s" % (a[2], a[1]),
                     Entry_Date=mdy(y, m, d), LogTypeID={"Discipline": -100000, "IEP": 1402, "504": 1403, "Parent Contact": 1400}[kind],
                     Subject=kind + (" - " + R.choice(["Fighting", "Defiance", "Tobacco/Vape", "Harassment"]) if kind == "Discipline" else ""),
                     Discipline_ActionTaken=R.choice(["ISS", "OSS", "Detention", "Parent Conf", "Warning"]) if kind == "Discipline" else "",
                     Entry=txt))
roster = []
sec_students = [s for s in students if s["Grade_Level"] == 7][:10]
for s in sec_students:
    roster.append(dict(Student_Number=s["Student_Number"], Student_Name="%s, %s" % (s["Last_Name"], s["First_Name"]), Grade_Level=s["Grade_Level"],
                       Gender=s["Gender"], Home_Room=s["Home_Room"], Course_Section="ENG0700.3", Teacher="Pettigrew, Karen", Term="26-27", Seat=R.randint(1, 32),
                       Guardian_Phone=[c for c in contacts if c["Student_Number"] == s["Student_Number"]][0]["CellPhone"]))
def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), lineterminator="\n")
        w.writeheader(); w.writerows(rows)
for n, rows in [("students", students), ("contacts", contacts), ("cc", cc), ("attendance", att), ("storedgrades", grades), ("log", logs), ("class_roster", roster)]:
    write(n, rows)
OU, N_, NI, D = "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "DATE"
cols = {}
def lab(t, m):
    for k, v in m.items():
        cols[t + "." + k] = v
lab("students", dict(DCID=OU, ID=OU, Student_Number=OU, State_StudentNumber=OU, Last_Name="FAMILY_NAME", First_Name="GIVEN_NAME",
                     Middle_Name="GIVEN_NAME", DOB="DATE_OF_BIRTH", Gender=NI, Grade_Level=NI, Home_Room=NI, Ethnicity=NI, FedEthnicity=NI,
                     LunchStatus=NI, Enroll_Status=NI, EntryDate=D, ExitDate=D, SchoolID=NI, Street="STREET_ADDRESS", City="CITY", State=NI,
                     Zip="ZIP_CODE", Home_Phone="TELEPHONE_NUMBER", Student_Web_ID="EMAIL_ADDRESS", Track=NI, Next_School=NI))
lab("contacts", dict(ContactID=OU, Student_Number=OU, Relationship=NI, Contact_Priority=NI, FirstName="GIVEN_NAME", LastName="FAMILY_NAME",
                     CellPhone="TELEPHONE_NUMBER", Email="EMAIL_ADDRESS", Custody=NI, LivesWith=NI, ReceivesMail=NI, Employer=N_))
lab("cc", dict(DCID=OU, StudentID=OU, SectionID=NI, Course_Number=NI, TermID=NI, Expression=NI, DateEnrolled=D, DateLeft=D, Teacher=N_, Period=NI))
lab("attendance", dict(ID=OU, StudentID=OU, Att_Date=D, Attendance_CodeID=NI, Att_Code_Description=NI, Att_Mode_Code=NI, Period_ID=NI, Att_Comment=NI))
lab("storedgrades", dict(DCID=OU, StudentID=OU, Course_Number=NI, Course_Name=NI, StoreCode=NI, TermID=NI, Grade=NI, Percent=NI, GPA_Points=NI,
                         Teacher_Name=N_, SchoolName=NI, DateStored=D))
lab("log", dict(DCID=OU, StudentID=OU, Entry_Author=N_, Entry_Date=D, LogTypeID=NI, Subject=NI, Discipline_ActionTaken=NI, Entry="FREE_TEXT"))
lab("class_roster", dict(Student_Number=OU, Student_Name=N_, Grade_Level=NI, Gender=NI, Home_Room=NI, Course_Section=NI, Teacher=N_, Term=NI, Seat=NI,
                         Guardian_Phone="TELEPHONE_NUMBER"))
gold = {"dataset": "sis-powerschool",
        "description": "Invented PowerSchool-style SIS export (breaker30), ',', US dates m/d/yyyy: %d students (DCID, ID, Student_Number, 10-digit State_StudentNumber with Luhn check digit, names, DOB, Home_Room, Ethnicity 'White' beside surname 'White', LunchStatus P/F/R/FDC, address in towns Clinton/Washington Terrace beside surnames Clinton/Washington), %d contacts, %d cc enrollments with teachers 'Last, First', %d attendance rows with codes, %d storedgrades, %d log entries (discipline/IEP text naming students, staff and guardians' phones), a 10-row class roster" % (len(students), len(contacts), len(cc), len(att), len(grades), len(logs)),
        "delimiter": ",", "entity": "students", "columns": cols,
        "foreignKeys": [{"column": "contacts.Student_Number", "references": "students.Student_Number"},
                        {"column": "cc.StudentID", "references": "students.ID"},
                        {"column": "attendance.StudentID", "references": "students.ID"},
                        {"column": "storedgrades.StudentID", "references": "students.ID"},
                        {"column": "log.StudentID", "references": "students.ID"},
                        {"column": "class_roster.Student_Number", "references": "students.Student_Number"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes the invented school student-information-system export (250 students, their guardians, 2,000+ grades and
attendance records; gold.json) into this folder. PascalCase headers as a SQL Server export writes them, small
IDENTITY integer keys (1, 2, 3 ...), US dates mm/dd/yyyy, student logins and plain-text initial passwords, custody
notes. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(4242)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Aaliyah", "Brayden", "Camila", "Dashiell", "Esmeralda", "Finnegan", "Giselle", "Hudson", "Ivy", "Jaxon",
         "Kinsley", "Lorenzo", "Maribel", "Nathaniel", "Octavia", "Paxton", "Quinn", "Rosalie", "Santiago", "Tatum",
         "Uriel", "Vivienne", "Wesley", "Xiomara", "Yusuf", "Zuri"]
FAMILY = ["Albright", "Bustamante", "Cavanaugh", "Dominguez", "Ellsworth", "Fontaine", "Gutierrez", "Hargrove",
          "Ingersoll", "Jablonski", "Kowalski", "Lindholm", "Marchand", "Nwachukwu", "Oyelowo", "Pendergast",
          "Quiñones", "Rutherford", "Szymanski", "Thistlewood"]
TEACHERS = ["Ms. Abernathy", "Mr. Okafor", "Mrs. Delgado-Price", "Mr. Whitfield", "Dr. Kessler", "Ms. Yamaguchi"]
STREETS = ["Maple Ave", "Ridgeview Dr", "Cottonwood Ln", "Prairie St", "Sycamore Ct", "Lakeshore Blvd"]
TOWNS = [("Springdale", "72762"), ("Springdale", "72764"), ("Lowell", "72745"), ("Elm Springs", "72728")]
EMPLOYERS = ["Tyson Foods", "Walmart Home Office", "Northwest Medical Center", "Springdale Public Schools",
             "J.B. Hunt Transport", "self-employed", "Arvest Bank", "Ozark Regional Transit"]
COURSES = [("MATH-101", "Algebra I"), ("ENG-201", "English II"), ("SCI-110", "Biology"), ("HIS-120", "US History"),
           ("ART-100", "Studio Art"), ("PE-100", "Physical Education"), ("SPA-101", "Spanish I")]

def us(d):
    return d.strftime("%m/%d/%Y")

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
students = labels("Students", [
    ("StudentID", ID), ("StateStudentNumber", ID), ("FirstName", "GIVEN_NAME"), ("MiddleName", "GIVEN_NAME"),
    ("LastName", "FAMILY_NAME"), ("PreferredName", "GIVEN_NAME"), ("BirthDate", "DATE_OF_BIRTH"), ("Gender", NON),
    ("GradeLevel", NON), ("Homeroom", NON), ("LunchStatus", NON), ("HasIEP", NON), ("EnglishLearner", NON),
    ("HomeLanguage", NON), ("StreetAddress", "STREET_ADDRESS"), ("City", "CITY"), ("State", NON),
    ("PostalCode", "ZIP_CODE"), ("LoginName", ID), ("InitialPassword", "CREDENTIAL"), ("LockerCombination", "CREDENTIAL"),
    ("BusRoute", NON), ("EnrollDate", "DATE")])
people = []
for i in range(1, 251):
    g, f = random.choice(GIVEN), random.choice(FAMILY)
    grade = random.randint(6, 12)
    born = dt.date(2025 - grade - 6, random.randint(1, 12), random.randint(1, 28))
    town = random.choice(TOWNS)
    login = ("%s%s%02d" % (g[0], f, born.year % 100)).lower().replace("ñ", "n")
    people.append((i, g, f, town))
    students.append([
        i, "%010d" % random.randint(1000000000, 9999999999), g, random.choice(GIVEN + [""] * 8), f,
        random.choice(["", "", "", g[:3], "J.J.", "Bear"]), us(born), random.choice(["F", "M", "X"]),
        "%02d" % grade, "%d%02d" % (random.randint(1, 2), random.randint(1, 30)),
        random.choice(["Free", "Reduced", "Paid", "Paid"]), random.choice(["N", "N", "N", "Y"]),
        random.choice(["N", "N", "Y"]), random.choice(["English", "English", "Spanish", "Marshallese", "Vietnamese"]),
        "%d %s" % (random.randint(100, 4999), random.choice(STREETS)), town[0], "AR", town[1], login,
        "%s%s%d!" % (random.choice(["Tiger", "Falcon", "Blue", "River"]), random.choice(["Cat", "Run", "Sky"]),
                     random.randint(10, 99)),
        "%02d-%02d-%02d" % (random.randint(0, 39), random.randint(0, 39), random.randint(0, 39)),
        random.choice(["R-4", "R-7", "R-12", "walker"]), us(dt.date(random.randint(2015, 2025), 8, random.randint(10, 20)))])
guardians = labels("Guardians", [
    ("GuardianID", ID), ("StudentID", ID), ("FullName", "NAME"), ("Relationship", NON), ("CellPhone", "TELEPHONE_NUMBER"),
    ("WorkPhone", "TELEPHONE_NUMBER"), ("Email", "EMAIL_ADDRESS"), ("Employer", "NAME"), ("LivesWithStudent", NON),
    ("CustodyNote", FT)])
gid = 0
for i, g, f, town in people:
    for rel in random.sample(["Mother", "Father", "Grandmother", "Stepfather", "Aunt"], random.choice([1, 2, 2, 2])):
        gid += 1
        gg = random.choice(GIVEN)
        note = random.choice(["", "", "", "", "Both parents may pick up",
                              "No contact with %s %s per court order (copy on file)" % (random.choice(GIVEN), f),
                              "Call %s at work first" % gg])
        guardians.append([gid, i, "%s %s" % (gg, f), rel,
                          "479.555.%04d" % random.randint(100, 199),
                          "" if random.random() < 0.5 else "(479) 555-%04d" % random.randint(100, 199),
                          "%s.%s@%s" % (gg.lower(), f.lower().replace("ñ", "n"), random.choice(["gmail.com", "yahoo.com", "cox.net"])),
                          random.choice(EMPLOYERS), random.choice(["Y", "Y", "N"]), note])
grades = labels("Grades", [
    ("GradeID", ID), ("StudentID", ID), ("CourseCode", NON), ("CourseTitle", NON), ("Term", NON), ("Teacher", "NAME"),
    ("Score", NON), ("LetterGrade", NON), ("TeacherComment", FT)])
k = 0
for i, g, f, town in people:
    for c in random.sample(COURSES, random.randint(4, 7)):
        for term in ["2025-S1", "2025-S2"]:
            if random.random() < 0.3:
                continue
            k += 1
            score = random.randint(48, 100)
            letter = "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D" if score >= 60 else "F"
            grades.append([k, i, c[0], c[1], term, random.choice(TEACHERS), score, letter,
                           random.choice(["", "", "", "Great effort", "Missing homework",
                                          "%s needs to turn in late work" % g, "Parent conference requested"])])
attendance = labels("Attendance", [("StudentID", ID), ("AbsenceDate", "DATE"), ("Code", NON), ("Excused", NON)])
for i, g, f, town in people:
    for _ in range(random.randint(0, 6)):
        attendance.append([i, us(dt.date(2025, random.choice([1, 2, 3, 4, 5, 9, 10, 11]), random.randint(1, 28))),
                           random.choice(["A", "T", "A", "ISS"]), random.choice(["Y", "N"])])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("Guardians.StudentID", "Students.StudentID"), ("Grades.StudentID", "Students.StudentID"),
       ("Attendance.StudentID", "Students.StudentID")]
doc = {"dataset": "school-sis",
       "description": "Invented school SIS export with PascalCase headers and IDENTITY keys 1..N: 250 students (state "
                      "number, login, initial password, locker combination, US dates mm/dd/yyyy), guardians with "
                      "employers and custody notes, 1,900 grades with teacher comments, absences",
       "delimiter": ",", "entity": "Students", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fo:
    json.dump(doc, fo, indent=2, ensure_ascii=False)
    fo.write("\n")

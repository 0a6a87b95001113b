#!/usr/bin/env python3
"""Writes messy-shapes: small awkward tables in one folder. tiny (3 rows: name,ssn,dob); odd_columns (300 rows: an empty
column, a column of only NULL / N/A / n/a strings, a column of one identical value, beside a name, a phone and a visit
date); employees (400 rows, self-referencing manager_id -> id, full_name, email); projects (12); project_members (many-to-many
link: project_id, employee_id, role); contacts_dirty (350 rows: names with leading/trailing spaces and case variants of
the same person ' Jane Doe', 'JANE DOE', 'jane doe ', phones, cities). The duplicate-header table (id,email,email) is
written to the subfolder dup-header/ (a separate input: gold cannot name two columns 'email'). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(210303)
GIVEN = ["Jane", "John", "Priya", "Wei", "Fatima", "Carlos", "Olga", "Kwame", "Ingrid", "Tomasz", "Aiko", "Rahul",
         "Siobhan", "Dmitri", "Leilani", "Mateo", "Nadia", "Oskar", "Zanele", "Hamid"]
FAMILY = ["Doe", "Okonkwo", "Lindqvist", "Castellanos", "Nakamura", "Brzezinski", "Fairweather", "Abernathy", "Quispe",
          "Haddad", "Villanueva", "Thorsen", "MacLeod", "Ferreira", "Novak", "Osei", "Petrov", "Ramanathan"]
CITIES = ["Springfield", "Riverton", "Lakeside", "Fairview", "Georgetown", "Salem", "Madison", "Clinton"]
def w(name, header, rows, folder="."):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
def phone():
    return "(%03d) %03d-%04d" % (rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999))
def ssn():
    return "%03d-%02d-%04d" % (rnd.randint(1, 665), rnd.randint(1, 99), rnd.randint(1, 9999))
def dob():
    return (datetime.date(1940, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 60))).isoformat()
w("tiny", ["name", "ssn", "dob"], [["%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), ssn(), dob()] for _ in range(3)])
odd = []
for i in range(300):
    odd.append(["%d" % (5000 + i), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), "", rnd.choice(["NULL", "N/A", "n/a", "NULL", "null"]),
                "US", phone(), (datetime.date(2023, 1, 1) + datetime.timedelta(days=rnd.randint(0, 700))).isoformat()])
w("odd_columns", ["id", "patient_name", "notes", "legacy_code", "country", "phone", "visit_date"], odd)
emps = []
for i in range(400):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    mgr = "" if i == 0 else str(100 + rnd.randrange(0, min(i, 40)))
    emps.append([str(100 + i), "%s %s" % (g, f), mgr, "%s.%s%d@initech-example.com" % (g.lower(), f.lower(), i)])
w("employees", ["id", "full_name", "manager_id", "email"], emps)
PROJ = ["Apollo", "Hermes", "Migration 2024", "Payroll revamp", "Data lake", "Mobile app", "SOC 2 audit", "CRM rollout",
        "Warehouse move", "Intranet", "Pricing model", "Onboarding"]
w("projects", ["project_id", "project_name"], [["P%02d" % (k + 1), p] for k, p in enumerate(PROJ)])
pm = set()
while len(pm) < 900:
    pm.add(("P%02d" % rnd.randint(1, 12), str(100 + rnd.randrange(400))))
w("project_members", ["project_id", "employee_id", "role"], [[p, e, rnd.choice(["lead", "member", "member", "reviewer", "sponsor"])] for p, e in sorted(pm)])
people = [(rnd.choice(GIVEN), rnd.choice(FAMILY), phone(), rnd.choice(CITIES)) for _ in range(140)]
cd = []
for i in range(350):
    g, f, ph, city = rnd.choice(people)
    v = rnd.randrange(6)
    name = ["%s %s" % (g, f), " %s %s" % (g, f), ("%s %s" % (g, f)).upper(), ("%s %s " % (g, f)).lower(), "  %s  %s" % (g, f),
            "%s, %s" % (f.upper(), g)][v]
    cd.append([str(i + 1), name, ph if rnd.random() < 0.7 else " " + ph + " ", city if rnd.random() < 0.6 else city.upper()])
w("contacts_dirty", ["contact_id", "name", "phone", "city"], cd)
w("dup_emails", ["id", "email", "email"], [[str(i + 1), "%s.%s@example-mail.net" % (g.lower(), f.lower()), "%s%s%d@corp-example.org" % (g[0].lower(), f.lower(), i)]
                                          for i, (g, f) in enumerate((rnd.choice(GIVEN), rnd.choice(FAMILY)) for _ in range(200))], "dup-header")
gold = {"dataset": "messy-shapes",
        "description": "Invented awkward shapes: tiny (3 rows), odd_columns 300 (empty column, only NULL/N/A strings, one constant value), employees 400 (self-referencing manager_id), projects 12, project_members 900 (many-to-many link), contacts_dirty 350 (names with stray spaces and case variants of 140 people). dup-header/dup_emails.csv (id,email,email) is a separate input, not labelled here.",
        "delimiter": ",", "entity": "employees",
        "columns": {"tiny.name": "NAME", "tiny.ssn": "SOCIAL_SECURITY_NUMBER", "tiny.dob": "DATE_OF_BIRTH",
                    "odd_columns.id": "OTHER_UNIQUE_IDENTIFIER", "odd_columns.patient_name": "NAME",
                    "odd_columns.notes": "NON_IDENTIFYING", "odd_columns.legacy_code": "NON_IDENTIFYING",
                    "odd_columns.country": "NON_IDENTIFYING", "odd_columns.phone": "TELEPHONE_NUMBER",
                    "odd_columns.visit_date": "DATE",
                    "employees.id": "OTHER_UNIQUE_IDENTIFIER", "employees.full_name": "NAME",
                    "employees.manager_id": "OTHER_UNIQUE_IDENTIFIER", "employees.email": "EMAIL_ADDRESS",
                    "projects.project_id": "NON_IDENTIFYING", "projects.project_name": "NON_IDENTIFYING",
                    "project_members.project_id": "NON_IDENTIFYING", "project_members.employee_id": "OTHER_UNIQUE_IDENTIFIER",
                    "project_members.role": "NON_IDENTIFYING",
                    "contacts_dirty.contact_id": "OTHER_UNIQUE_IDENTIFIER", "contacts_dirty.name": "NAME",
                    "contacts_dirty.phone": "TELEPHONE_NUMBER", "contacts_dirty.city": "CITY"},
        "foreignKeys": [{"column": "employees.manager_id", "references": "employees.id"},
                        {"column": "project_members.employee_id", "references": "employees.id"},
                        {"column": "project_members.project_id", "references": "projects.project_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

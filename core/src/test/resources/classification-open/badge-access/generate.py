#!/usr/bin/env python3
"""Writes badge-access: an invented physical access-control export in the style of Lenel OnGuard / Genetec Synergis
reports (seeded, stdlib only): 140 cardholders (employee id, last/first name, department, title, badge id, facility
code, 26-bit card number, card format, issue code, badge type and status, activation/deactivation dates, photo file,
access level, e-mail, extension), 3,600 reader events (timestamp, event type, door/reader name, panel, panel IP,
badge id, card number, cardholder name as the panel prints it `HALE, AMBER J`, employee id) with invalid badges that
name nobody, and a 10-row visitor log (visitor, company, ID document, host employee)."""
import csv, json, random, datetime
rnd = random.Random(35002)
GIVEN = ["Amber", "Brian", "Carla", "Derek", "Elena", "Felix", "Gloria", "Harold", "Irene", "Jamal", "Keisha", "Luis",
         "Monica", "Nolan", "Opal", "Pedro", "Rosa", "Stefan", "Tamika", "Victor", "Wendy", "Xavier", "Yolanda", "Zane",
         "Carver", "Morgan", "Lincoln", "Dana", "Sunil", "Hiroshi", "Agnieszka", "Oluwaseun", "Bjorn", "Mirela"]
FAMILY = ["Hale", "Carver", "Dubois", "Eastman", "Fenwick", "Gutierrez", "Hargrove", "Ivanova", "Jaworski", "Kessler",
          "Lindqvist", "Mahoney", "Nakamura", "Oyelaran", "Pritchard", "Quach", "Rourke", "Sandoval", "Tolliver",
          "Upton", "Vance", "Wexler", "Yamada", "Zielinski", "Morgan", "Banerjee", "Cho", "Delacroix", "Ferreira",
          "Grubb", "Holloway", "Iqbal", "Kovac", "Lam", "Mwangi", "Novak", "Ortega", "Petrov", "Reilly", "Stavros"]
DEPTS = [("IT Infrastructure", ["Systems Engineer", "Network Engineer", "IT Manager", "Help Desk Analyst"]),
         ("Facilities", ["Facilities Technician", "Facilities Manager", "Custodian"]),
         ("Research & Development", ["Scientist II", "Senior Scientist", "Lab Technician", "Principal Investigator"]),
         ("Finance", ["Accountant", "Payroll Specialist", "Controller"]),
         ("Human Resources", ["HR Generalist", "Recruiter"]),
         ("Security", ["Security Officer", "Security Supervisor"]),
         ("Manufacturing", ["Operator", "Shift Lead", "Quality Inspector", "Maintenance Mechanic"]),
         ("Executive", ["VP Operations", "Executive Assistant"])]
LEVELS = {"IT Infrastructure": "ALL HOURS - IT + SERVER", "Facilities": "ALL DOORS 24x7", "Research & Development": "LAB B2 WEEKDAYS",
          "Finance": "OFFICE 0600-2000", "Human Resources": "OFFICE 0600-2000", "Security": "ALL DOORS 24x7",
          "Manufacturing": "PLANT SHIFTS", "Executive": "OFFICE + EXEC SUITE"}
DOORS = [("B1-L1 Main Lobby Turnstile 1", "PNL-B1-01", "10.40.1.21"), ("B1-L1 Main Lobby Turnstile 2", "PNL-B1-01", "10.40.1.21"),
         ("B1-L1 Loading Dock Door", "PNL-B1-02", "10.40.1.22"), ("B1-L2 HR Suite", "PNL-B1-02", "10.40.1.22"),
         ("B1-L3 Exec Suite", "PNL-B1-03", "10.40.1.23"), ("B2-L1 Lab Corridor East", "PNL-B2-01", "10.40.2.21"),
         ("B2-L3 Server Room Door", "PNL-B2-03", "10.40.2.23"), ("B2-L3 MDF Closet", "PNL-B2-03", "10.40.2.23"),
         ("Carver Hall West Entry", "PNL-CH-01", "10.40.3.21"), ("Plant Gate 4 Vehicle", "PNL-PL-01", "10.40.4.21"),
         ("Plant Shift Entrance", "PNL-PL-01", "10.40.4.21"), ("Morgan Wing Stairwell B", "PNL-MW-01", "10.40.5.21")]
FC = {"HID 26-bit H10301": "117", "HID Corporate 1000 35-bit": "2048"}
people, used, ids = [], set(), set()
for i in range(140):
    while True:
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        if (g, f) not in used and g != f:
            break
    used.add((g, f))
    dept, titles = rnd.choice(DEPTS)
    emp = "E%06d" % rnd.randint(100000, 399999)
    while True:
        card = rnd.randint(1, 65535)
        if card not in ids:
            break
    ids.add(card)
    fmt = "HID 26-bit H10301" if rnd.random() < 0.85 else "HID Corporate 1000 35-bit"
    badge = str(100000000 + int(FC[fmt]) * 100000 + card) if fmt.startswith("HID 26") else str(204800000 + card)
    act = datetime.date(2014, 1, 1) + datetime.timedelta(days=rnd.randint(0, 4300))
    status = rnd.choice(["Active"] * 17 + ["Terminated", "Lost", "Inactive"])
    deact = (act + datetime.timedelta(days=rnd.randint(200, 1500))) if status != "Active" else datetime.date(2030, 12, 31)
    mid = rnd.choice("ABCDEFGHJKLMNPRSTW") if rnd.random() < 0.7 else ""
    people.append(dict(emp=emp, last=f, first=g, mid=mid, dept=dept, title=rnd.choice(titles), badge=badge, fc=FC[fmt],
                       card=str(card), fmt=fmt, issue=str(rnd.choice([0, 0, 0, 1, 1, 2])),
                       btype=rnd.choice(["Employee"] * 8 + ["Contractor", "Temporary"]), status=status,
                       act=act, deact=deact, photo="\\\\ONGUARD01\\Photos\\%s.jpg" % emp[1:],
                       level=LEVELS[dept], email="%s.%s@northwindlabs.com" % (g.lower(), f.lower()),
                       ext="x%d" % rnd.randint(4100, 4899)))
H1 = ["Employee ID", "Last Name", "First Name", "Middle Initial", "Department", "Title", "Badge ID", "Facility Code",
      "Card Number", "Card Format", "Issue Code", "Badge Type", "Badge Status", "Activate Date", "Deactivate Date",
      "Photo File", "Access Level", "Email", "Phone Ext"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
      "EMAIL_ADDRESS", "TELEPHONE_NUMBER"]
rows1 = [[p["emp"], p["last"], p["first"], p["mid"], p["dept"], p["title"], p["badge"], p["fc"], p["card"], p["fmt"],
          p["issue"], p["btype"], p["status"], p["act"].strftime("%m/%d/%Y"), p["deact"].strftime("%m/%d/%Y"), p["photo"],
          p["level"], p["email"], p["ext"]] for p in sorted(people, key=lambda p: (p["last"], p["first"]))]
events = []
t0 = datetime.datetime(2026, 10, 5, 5, 30)
active = [p for p in people if p["status"] == "Active"]
for n in range(3600):
    t = t0 + datetime.timedelta(seconds=rnd.randint(0, 14 * 86400))
    door, panel, ip = rnd.choice(DOORS)
    r = rnd.random()
    p = rnd.choice(active if r < 0.93 else people)
    if r < 0.86:
        ev = "Access Granted"
    elif r < 0.90:
        ev = "Access Denied - Invalid Time Zone"
    elif r < 0.93:
        ev = "Granted - No Entry Made"
    elif r < 0.96:
        ev = "Access Denied - Badge Not Active" if p["status"] != "Active" else "Access Granted"
    else:
        ev = rnd.choice(["Invalid Badge", "Invalid Badge", "Door Forced Open", "Door Held Open"])
    if ev == "Invalid Badge":
        card = str(rnd.randint(1, 65535)); badge = str(100000000 + 11700000 + int(card)); name = ""; emp = ""; fc = "117"
    elif ev.startswith("Door "):
        card = badge = name = emp = fc = ""
    else:
        card, badge, fc, emp = p["card"], p["badge"], p["fc"], p["emp"]
        name = ("%s, %s %s" % (p["last"], p["first"], p["mid"])).upper().strip()
    events.append([t.strftime("%m/%d/%Y %I:%M:%S %p"), ev, door, door.split(" ")[0] + " RDR-" + str(DOORS.index((door, panel, ip)) + 1),
                   panel, ip, badge, fc, card, name, emp])
events.sort(key=lambda e: datetime.datetime.strptime(e[0], "%m/%d/%Y %I:%M:%S %p"))
H2 = ["Event Time", "Event Type", "Door", "Reader", "Panel", "Panel IP", "Badge ID", "Facility Code", "Card Number",
      "Cardholder", "Employee ID"]
L2 = ["DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
      "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NAME", "OTHER_UNIQUE_IDENTIFIER"]
COMP = ["Otis Elevator Co.", "Grainger", "Johnson Controls", "Deloitte", "Hale Mechanical LLC", "Siemens Healthineers",
        "Cintas", "FedEx Freight", "Kessler & Sons Plumbing", "Stryker"]
VIS = ["Rachel Odom", "Tomasz Wrobel", "Gideon Marsh", "Priyanka Sethi", "Luc Thibodeaux", "Hale Kessler", "Anneliese Brandt",
       "Marcus Whitfield", "Yuki Tanabe", "Carmen Villalobos"]
vis = []
for i in range(10):
    h = rnd.choice(active)
    d = datetime.datetime(2026, 10, 5 + i, rnd.randint(7, 15), rnd.randint(0, 59))
    kind = rnd.choice(["Driver License", "Driver License", "Driver License", "Passport"])
    if kind == "Passport":
        doc, iss = "%s%07d" % (rnd.choice("CEGHKLMN"), rnd.randint(0, 9999999)), "USA"
    else:
        iss = rnd.choice(["OH", "IN", "MI", "PA"])
        doc = {"OH": "%s%s%06d" % (rnd.choice("ABCDEFGHRST"), rnd.choice("ABCDEFGHRST"), rnd.randint(0, 999999)),
               "IN": "%04d-%02d-%04d" % (rnd.randint(0, 9999), rnd.randint(0, 99), rnd.randint(0, 9999)),
               "MI": "%s %03d %03d %03d %03d" % (rnd.choice("BCDHKMRSW"), rnd.randint(0, 999), rnd.randint(0, 999), rnd.randint(0, 999), rnd.randint(0, 999)),
               "PA": "%08d" % rnd.randint(0, 99999999)}[iss]
    vis.append([d.strftime("%m/%d/%Y"), d.strftime("%I:%M %p"), (d + datetime.timedelta(minutes=rnd.randint(25, 300))).strftime("%I:%M %p"),
                VIS[i], COMP[i], kind, doc, iss, h["emp"], "%s %s" % (h["first"], h["last"]), "V-%03d" % rnd.randint(1, 40),
                rnd.choice(["Yes", "No"]), rnd.choice(["Elevator inspection", "Vendor meeting", "Audit fieldwork", "Interview",
                                                      "Equipment delivery", "Preventive maintenance", "Sales demo"])])
H3 = ["Visit Date", "Time In", "Time Out", "Visitor Name", "Visitor Company", "ID Type", "ID Number", "ID Issuer",
      "Host Employee ID", "Host Name", "Temp Badge", "Escort Required", "Purpose of Visit"]
L3 = ["DATE", "DATE", "DATE", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING",
      "OTHER_UNIQUE_IDENTIFIER", "NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rows in (("cardholders", H1, rows1), ("access_events", H2, events), ("visitor_log", H3, vis)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"cardholders." + h: l for h, l in zip(H1, L1)}
cols.update({"access_events." + h: l for h, l in zip(H2, L2)})
cols.update({"visitor_log." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "badge-access",
        "description": "Invented physical access-control export (Lenel OnGuard / Genetec style, ','): 140 cardholders (Employee ID E######, names, department, title, Badge ID, facility code 117/2048, 26-bit card number, card format, issue code, badge type/status, activate/deactivate mm/dd/yyyy, photo file path, access level, e-mail, extension), 3,600 reader events (mm/dd/yyyy hh:mm:ss AM, event type, door and reader names such as 'B2-L3 Server Room Door', panel and panel IP, badge, facility code, card number, cardholder 'HALE, AMBER J', employee id; invalid badges name nobody), 10 visitors (company, driver's licence or passport number, host employee). Coincidences: surnames Carver and Morgan and given names Carver, Morgan, Lincoln beside the doors 'Carver Hall West Entry' and 'Morgan Wing Stairwell B'; visitor company 'Hale Mechanical LLC' and 'Kessler & Sons Plumbing' beside employees Hale and Kessler",
        "delimiter": ",", "entity": "cardholders", "columns": cols,
        "foreignKeys": [{"column": "access_events.Employee ID", "references": "cardholders.Employee ID"},
                        {"column": "visitor_log.Host Employee ID", "references": "cardholders.Employee ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

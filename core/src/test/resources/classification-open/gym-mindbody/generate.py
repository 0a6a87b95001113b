#!/usr/bin/env python3
"""Writes gym-mindbody: an invented Mindbody-style export of a fictional London fitness club (seeded, stdlib only),
',' with UK formats (dd/mm/yyyy, GBP '£49.00', +44 mobiles, postcodes). clients: 420 (Client ID, Barcode ID, name,
e-mail, mobile, address, postcode, birth date, gender, emergency contact name/relationship/phone, referred by, creation
date, home location). contracts: about 520 membership contracts (contract name, start/end, autopay, autopay amount,
billing frequency, status, sold by (staff)). visits: about 3,600 class visits (class date, time, class name,
instructor (staff), room, location, visit type, late cancel, signed in). parq: 48 PAR-Q and body measurement
assessments (seven yes/no questions, notes, height, weight, body fat, waist, resting heart rate, blood pressure,
trainer). Deliberate coincidences: the club location 'Chelsea' beside the given name Chelsea; the class 'Brooklyn
Bootcamp' beside the given name Brooklyn; the instructor Jordan beside the client given name Jordan; the room
'Kingston Studio' beside the town Kingston upon Thames."""
import csv, json, random, datetime
rnd = random.Random(710303)
GIVEN = ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Chelsea", "Mohammed", "Aisha", "Thomas", "Sophie", "Jordan",
         "Brooklyn", "Priya", "Kwabena", "Zofia", "Callum", "Niamh", "Rhys", "Freya", "Hannah", "Arjun", "Grace",
         "Tomasz", "Leah", "Ethan", "Chloe", "Dev", "Imogen", "Kofi", "Megan"]
FAMILY = ["Smith", "Jones", "Patel", "Williams", "Brown", "Taylor", "Khan", "Davies", "O'Connor", "Evans", "Wilson",
          "Nowak", "Mensah", "Hughes", "Ahmed", "Clarke", "Walsh", "Robinson", "Shah", "Wright", "Okafor", "Turner"]
AREAS = [("London", "SW3", "Chelsea"), ("London", "SW10", "Chelsea"), ("London", "SW6", "Fulham"), ("London", "W6", "Fulham"),
         ("London", "SW11", "Battersea"), ("Kingston upon Thames", "KT1", "Battersea"), ("Richmond", "TW9", "Fulham"),
         ("London", "SW4", "Battersea")]
STREETS = ["King's Road", "Fulham Road", "Lavender Hill", "Munster Road", "Northcote Road", "Sydney Street",
           "Wandsworth Bridge Road", "Eden Street", "Sheen Road", "Queenstown Road"]
STAFF = ["Jordan Pike", "Lauren Achterberg", "Marcus Oyelaran", "Sian Prothero", "Dom Castellano", "Beatriz Lobo",
         "Kit Harrow", "Yasmin Farouk"]
CLASSES = [("Reformer Pilates", "Kingston Studio"), ("HIIT 45", "Studio 1"), ("Spin 45", "Cycle Room"),
           ("Brooklyn Bootcamp", "Studio 1"), ("Vinyasa Flow", "Studio 2"), ("Barre", "Studio 2"),
           ("Boxing Fundamentals", "Ring"), ("Strength & Conditioning", "Gym Floor"), ("Yin Yoga", "Studio 2")]
CONTRACTS = [("Unlimited Monthly - Autopay", "£119.00", "Monthly"), ("Off-Peak Monthly - Autopay", "£79.00", "Monthly"),
             ("Class Pack 10", "£150.00", "One-time"), ("Annual Unlimited", "£1,195.00", "Annual"),
             ("Student Monthly - Autopay", "£69.00", "Monthly"), ("Corporate - Autopay", "£95.00", "Monthly")]
REL = ["Spouse", "Partner", "Mother", "Father", "Sister", "Brother", "Friend", "Flatmate"]
def d(x): return x.strftime("%d/%m/%Y")
def mob(): return rnd.choice(["+44 7%03d %06d", "07%03d %06d", "07%03d%06d"]) % (rnd.randint(400, 999), rnd.randint(0, 999999))
def pc(out): return "%s %d%s%s" % (out, rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"))
clients = []; ids = rnd.sample(range(100010000, 100099999), 420)
for i in range(420):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); town, out, loc = rnd.choice(AREAS)
    bd = datetime.date(rnd.randint(1958, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    eg = rnd.choice(GIVEN); er = rnd.choice(REL); ef = f if er in ("Spouse", "Mother", "Father", "Sister", "Brother") and rnd.random() < 0.7 else rnd.choice(FAMILY)
    created = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2300))
    clients.append([str(ids[i]), "2%09d" % (ids[i] - 100000000 + rnd.randint(0, 9) * 100000), g, f,
                    "%s.%s%s@%s" % (g.lower(), f.lower().replace("'", ""), rnd.choice(["", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com"])),
                    mob(), "Flat %d, %d %s" % (rnd.randint(1, 40), rnd.randint(1, 300), rnd.choice(STREETS)) if rnd.random() < 0.4 else "%d %s" % (rnd.randint(1, 300), rnd.choice(STREETS)),
                    town, pc(out), d(bd) if rnd.random() < 0.9 else "", rnd.choice(["Female", "Male", "Female", "Male", "Non-binary", ""]),
                    "%s %s" % (eg, ef) if rnd.random() < 0.85 else "", er, mob(), rnd.choice(["", "", "Instagram", "ClassPass", "Friend", "Google", "Corporate - Deloitte"]),
                    d(created), loc])
con = []; cid = 5000
for c in clients:
    created = datetime.datetime.strptime(c[15], "%d/%m/%Y").date()
    for k in range(rnd.choice([1, 1, 1, 2, 2])):
        name, price, freq = rnd.choice(CONTRACTS); start = created + datetime.timedelta(days=k * 200 + rnd.randint(0, 30))
        end = start + datetime.timedelta(days=365 if freq == "Annual" else (90 if freq == "One-time" else 365))
        status = "Active" if end > datetime.date(2025, 6, 1) else rnd.choice(["Expired", "Terminated", "Suspended"])
        con.append([str(cid), c[0], name, d(start), d(end), "Yes" if "Autopay" in name else "No", price if "Autopay" in name else "",
                    freq, status, rnd.choice(STAFF), c[16]])
        cid += 1
vis = []; vid = 77000000
active = rnd.sample(clients, 160)
for n in range(3600):
    c = rnd.choice(active[: 40] if rnd.random() < 0.5 else active)
    day = datetime.date(2025, 1, 6) + datetime.timedelta(days=rnd.randint(0, 180)); cl, room = rnd.choice(CLASSES)
    late = rnd.random() < 0.06
    vis.append([str(vid), c[0], d(day), rnd.choice(["06:30", "07:15", "12:30", "18:00", "18:45", "19:30"]), cl,
                rnd.choice(STAFF[:6]), room, c[16], rnd.choice(["Unlimited Monthly - Autopay", "Class Pack 10", "Off-Peak Monthly - Autopay", "Drop-in"]),
                "Yes" if late else "No", "No" if late else ("Yes" if rnd.random() < 0.97 else "No")])
    vid += rnd.randint(1, 7)
pq = []
NOTES = ["", "", "", "Left knee ACL reconstruction 2019 - avoid deep lunges", "On beta blockers, GP Dr %s aware",
         "Pregnant - 18 weeks, cleared by midwife", "Type 2 diabetes, carries glucose tabs", "Lower back pain, physio at %s Physio",
         "Asthma (inhaler)", "Referred by Dr %s for cardiac rehab"]
for i, c in enumerate(rnd.sample(clients, 48)):
    qs = ["Yes" if rnd.random() < p else "No" for p in (0.06, 0.05, 0.04, 0.08, 0.12, 0.1, 0.03)]
    note = rnd.choice(NOTES)
    if "%s" in note: note = note % rnd.choice(["Okonjo", "Whitley", "Fraser", "Bashir"])
    h = rnd.randint(152, 194); w = round(rnd.uniform(50, 112), 1)
    pq.append([str(900 + i), c[0], d(datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 150)))] + qs +
              [note, str(h), ("%.1f" % w), "%.1f" % rnd.uniform(11, 38), str(rnd.randint(64, 110)), str(rnd.randint(48, 88)),
               "%d/%d" % (rnd.randint(105, 150), rnd.randint(65, 96)), rnd.choice(STAFF[2:])])
H = {"clients": ["Client ID", "Barcode ID", "First Name", "Last Name", "Email", "Mobile Phone", "Address", "City",
                 "Postal Code", "Birth Date", "Gender", "Emergency Contact Name", "Emergency Contact Relationship",
                 "Emergency Contact Phone", "Referred By", "Creation Date", "Home Location"],
     "contracts": ["Contract ID", "Client ID", "Contract Name", "Start Date", "End Date", "Autopay", "Autopay Amount",
                   "Billing Frequency", "Status", "Sold By", "Location"],
     "visits": ["Visit ID", "Client ID", "Class Date", "Class Time", "Class Name", "Staff", "Room", "Location",
                "Visit Type", "Late Cancel", "Signed In"],
     "parq": ["Assessment ID", "Client ID", "Date", "PARQ Q1 Heart Condition", "PARQ Q2 Chest Pain Activity",
              "PARQ Q3 Chest Pain Rest", "PARQ Q4 Dizziness", "PARQ Q5 Bone or Joint Problem", "PARQ Q6 BP Medication",
              "PARQ Q7 Other Reason", "Medical Notes", "Height (cm)", "Weight (kg)", "Body Fat %", "Waist (cm)",
              "Resting HR", "Blood Pressure", "Trainer"]}
for t, rows in (("clients", clients), ("contracts", con), ("visits", vis), ("parq", pq)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
L = {"clients": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", "TELEPHONE_NUMBER",
                 "STREET_ADDRESS", "CITY", "ZIP_CODE", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING",
                 "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"],
     "contracts": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING"],
     "visits": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "parq": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE"] + ["NON_IDENTIFYING"] * 7 +
             ["FREE_TEXT"] + ["NON_IDENTIFYING"] * 6 + ["NAME"]}
cols = {}
for t in H:
    for h, l in zip(H[t], L[t]): cols[t + "." + h] = l
gold = {"dataset": "gym-mindbody",
        "description": "Invented Mindbody-style export of a fictional London fitness club, ',' with UK formats (dd/mm/yyyy, '£49.00', +44/07 mobiles, postcodes): 420 clients (9-digit Client ID, 10-digit Barcode ID, name, e-mail, mobile, address, city, postcode, birth date, gender, emergency contact name/relationship/phone, referred by, creation date, home location), about 520 contracts (name, start/end, autopay, amount, billing frequency, status, sold by staff, location), 3,600 class visits (date, time, class name, instructor (staff), room, location, visit type, late cancel, signed in), 48 PAR-Q assessments (seven yes/no answers, medical notes, height, weight, body fat, waist, resting HR, blood pressure, trainer). PAR-Q answers and body measurements NON_IDENTIFYING (as People.height/weight); Referred By NON_IDENTIFYING (channels); staff NAME. Location 'Chelsea' beside the given name Chelsea, class 'Brooklyn Bootcamp' beside the given name Brooklyn, instructor Jordan Pike beside clients named Jordan, room 'Kingston Studio' beside the town Kingston upon Thames are deliberate",
        "delimiter": ",", "entity": "clients", "columns": cols,
        "foreignKeys": [{"column": "contracts.Client ID", "references": "clients.Client ID"},
                        {"column": "visits.Client ID", "references": "clients.Client ID"},
                        {"column": "parq.Client ID", "references": "clients.Client ID"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

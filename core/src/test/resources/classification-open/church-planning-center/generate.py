#!/usr/bin/env python3
"""Writes church-planning-center: an invented Planning Center People / Giving / Check-Ins style export of a fictional
small church in Colorado (seeded, stdlib only), ',' with ISO dates. households: 22 (Household ID, name 'Garcia
Household', primary contact). people: 58 (Person ID, prefix, first/given/nickname, middle, last, birthdate,
anniversary, gender, grade and school for children, membership, status, e-mail, mobile, home address, household,
medical notes). donations: about 1,900 gifts (donation id, person, received date, fund, amount, fee, payment method,
check number, card brand, card last 4, batch, label). check_ins: about 1,400 kids check-ins (event, time, location
room, security code on the label, kind, checked in/out at, checked in by (a parent's name), allergy / medical note).
Deliberate coincidences: the fund 'Hope House' beside the given name Hope; the school 'Lincoln Elementary' beside the
surname Lincoln; the room 'Jordan River' beside the given name Jordan; the town 'Golden' beside the fund 'Golden
Years Ministry'."""
import csv, json, random, datetime
rnd = random.Random(710202)
FAMILY = ["Garcia", "Lincoln", "Thompson", "Nguyen", "Hernandez", "Olsen", "Brooks", "Patel", "Kowalczyk", "Bennett",
          "Ramirez", "Yoon", "Fitzgerald", "Adeyemi", "Carlson", "Martinez", "Schultz", "Whitaker", "Duarte", "Hughes",
          "Morrow", "Tran"]
ADULT_M = ["David", "Michael", "Jordan", "Chris", "Daniel", "Luis", "Andrew", "Samuel", "Tyler", "Kwame", "Erik", "Minh"]
ADULT_F = ["Sarah", "Jessica", "Hope", "Rachel", "Maria", "Emily", "Grace", "Priya", "Lauren", "Ngozi", "Hannah", "Joy"]
KIDS = ["Noah", "Olivia", "Liam", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Caleb", "Mia", "Ezra", "Harper",
        "Micah", "Abigail", "Levi", "Ellie", "Josiah", "Zoe"]
NICK = {"Michael": "Mike", "Christopher": "Chris", "Daniel": "Dan", "Andrew": "Drew", "Samuel": "Sam", "Elizabeth": "Liz",
        "Jessica": "Jess", "Abigail": "Abby", "Isabella": "Bella", "Josiah": "Joe", "Emily": "Em"}
TOWNS = [("Lakewood", "80226"), ("Golden", "80401"), ("Arvada", "80003"), ("Wheat Ridge", "80033"), ("Littleton", "80123"),
         ("Denver", "80214")]
STREETS = ["W Alameda Ave", "Kipling St", "Garrison Ct", "W 32nd Ave", "Ford St", "Youngfield St", "W Jewell Ave", "Estes St"]
SCHOOLS = ["Lincoln Elementary", "Kyffin Elementary", "St. Joan of Arc Catholic School", "Homeschool", "Bear Creek Elementary", ""]
GRADES = ["Pre-K", "Kindergarten", "1st", "2nd", "3rd", "4th", "5th"]
FUNDS = [("General Fund", 0.62), ("Building Fund", 0.12), ("Missions - Haiti", 0.08), ("Hope House", 0.06),
         ("Benevolence", 0.05), ("Youth Camp", 0.04), ("Golden Years Ministry", 0.03)]
ALLERGY = ["Peanut allergy - EpiPen in diaper bag", "Tree nut allergy", "Dairy free", "Asthma - inhaler with parent",
           "Type 1 diabetes - see %s for insulin", "Gluten intolerance", "Bee sting allergy", "No red dye snacks",
           "ADHD - may need breaks; mom %s has the plan", "Egg allergy (mild)"]
def pid(): return str(rnd.randint(40000000, 149999999))
hh, people = [], []
kids_rows = []
for i, fam in enumerate(FAMILY):
    hid = str(rnd.randint(2100000, 9800000)); town, z = rnd.choice(TOWNS)
    street = "%d %s" % (rnd.randint(100, 14999), rnd.choice(STREETS))
    n_adult = 2 if rnd.random() < 0.7 else 1
    members = []
    for a in range(n_adult):
        sex = "M" if (a == 0 and rnd.random() < 0.6) or (a == 1 and members[0][1] == "F") else "F"
        first = rnd.choice(ADULT_M if sex == "M" else ADULT_F)
        members.append((first, sex, "adult"))
    nk = rnd.choice([0, 0, 1, 1, 2, 2, 3])
    for k in range(nk):
        members.append((rnd.choice(KIDS), rnd.choice("MF"), "child"))
    ann = datetime.date(rnd.randint(1988, 2020), rnd.randint(1, 12), rnd.randint(1, 28)) if n_adult == 2 else None
    hrow_people = []
    for first, sex, kind in members:
        if len(people) >= 58: break
        p = pid()
        if kind == "adult":
            bd = datetime.date(rnd.randint(1948, 1996), rnd.randint(1, 12), rnd.randint(1, 28)); grade = ""; school = ""
        else:
            bd = datetime.date(rnd.randint(2018, 2022), rnd.randint(1, 12), rnd.randint(1, 28))
            grade = GRADES[max(0, min(6, 2025 - bd.year - 4))] if bd.year <= 2021 else ""; school = rnd.choice(SCHOOLS) if grade not in ("", "Pre-K") else ""
        given = {"Mike": "Michael", "Chris": "Christopher"}.get(first, first)
        nick = NICK.get(given, "") if rnd.random() < 0.7 else ""
        email = "%s.%s@%s" % (first.lower(), fam.lower(), rnd.choice(["gmail.com", "outlook.com", "icloud.com", "comcast.net"])) if kind == "adult" and rnd.random() < 0.9 else ""
        mob = "(%s) %03d-%04d" % (rnd.choice(["303", "720"]), rnd.randint(200, 989), rnd.randint(0, 9999)) if kind == "adult" and rnd.random() < 0.85 else ""
        med = ""
        if kind == "child" and rnd.random() < 0.45:
            med = rnd.choice(ALLERGY)
            if "%s" in med: med = med % (hrow_people[0][2] if hrow_people else "Dad")
        row = [p, "", first, given, nick, rnd.choice(["", "", "James", "Marie", "Lynn", "Ray"]), fam, bd.isoformat(),
               ann.isoformat() if ann and kind == "adult" else "", "Male" if sex == "M" else "Female", grade, school,
               "true" if kind == "child" else "false", rnd.choice(["Member", "Member", "Regular Attender", "Visitor"]) if kind == "adult" else "Child of Member",
               "active" if rnd.random() < 0.93 else "inactive", email, mob, street, town, "CO", z, hid, med,
               (datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 3000000))).strftime("%Y-%m-%dT%H:%M:%SZ")]
        if kind == "adult" and rnd.random() < 0.15: row[1] = rnd.choice(["Dr.", "Pastor"])
        people.append(row); hrow_people.append(row)
    if hrow_people:
        hh.append([hid, "%s Household" % fam, hrow_people[0][0], "%s %s" % (hrow_people[0][2], fam), str(len(hrow_people)),
                   (datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 2000000))).strftime("%Y-%m-%dT%H:%M:%SZ")])
adults = [p for p in people if p[12] == "false"]; kids = [p for p in people if p[12] == "true"]
don = []; did = 31000000; sundays = [datetime.date(2024, 1, 7) + datetime.timedelta(weeks=w) for w in range(100)]
for p in adults:
    if rnd.random() < 0.15: continue
    method = rnd.choice(["card", "ach", "check", "check", "cash"]); brand = rnd.choice(["Visa", "Mastercard", "Amex", "Discover"])
    last4 = "%04d" % rnd.randint(0, 9999); chk = rnd.randint(1001, 4800); base = rnd.choice([20, 25, 50, 75, 100, 150, 250, 400])
    freq = rnd.choice([1, 1, 2, 4])
    for s in sundays[::freq]:
        if rnd.random() < 0.25: continue
        r = rnd.random(); fund = next((f for f, w in FUNDS if (r := r - w) < 0), "General Fund")
        amt = base * rnd.choice([1, 1, 1, 0.5, 2]) if fund == "General Fund" else rnd.choice([10, 20, 25, 50, 100])
        m = method if rnd.random() < 0.9 else rnd.choice(["cash", "card"])
        fee = round(amt * 0.022 + 0.30, 2) if m == "card" else (round(amt * 0.008 + 0.30, 2) if m == "ach" else 0.0)
        recv = s if m in ("cash", "check") else s - datetime.timedelta(days=rnd.randint(0, 4))
        cn = ""
        if m == "check": chk += 1; cn = str(chk)
        don.append([str(did), p[0], recv.isoformat(), fund, "%.2f" % amt, "%.2f" % fee, "%.2f" % (amt - fee),
                    {"card": "Card", "ach": "ACH", "check": "Check", "cash": "Cash"}[m], cn, brand if m == "card" else "",
                    last4 if m == "card" else "", "%s %s" % (s.strftime("%m/%d"), "Sunday offering") if m in ("cash", "check") else "Online",
                    rnd.choice(["", "", "", "In memory of Grandma Olsen", "Easter", "Thanks!"]) if fund != "General Fund" or rnd.random() < 0.05 else ""])
        did += rnd.randint(1, 40)
ci = []; cid = 520000000
ROOMS = {"Pre-K": "Little Lambs (Rm 104)", "Kindergarten": "Jordan River", "1st": "Jordan River", "2nd": "Upper Room",
         "3rd": "Upper Room", "4th": "The Loft", "5th": "The Loft", "": "Nursery"}
for k in kids:
    parents = [p for p in adults if p[21] == k[21]]
    for s in sundays[20:]:
        if rnd.random() < 0.22: continue
        svc = rnd.choice(["09:00", "10:45"]) if rnd.random() < 0.3 else ("09:00" if int(k[21]) % 2 else "10:45")
        h, m_ = map(int, svc.split(":")); t0 = datetime.datetime(s.year, s.month, s.day, h, m_)
        cin = t0 - datetime.timedelta(minutes=rnd.randint(2, 25)); cout = t0 + datetime.timedelta(minutes=rnd.randint(70, 95))
        code = "".join(rnd.choice("ACDEFHJKLMNPRTWXY3479") for _ in range(4))
        by = "%s %s" % (rnd.choice(parents)[2], k[6]) if parents else ""
        ci.append([str(cid), k[0], k[2], k[6], "Sunday Kids", "%s %s" % (s.isoformat(), svc), ROOMS[k[10]], code,
                   "Regular", cin.strftime("%Y-%m-%d %I:%M %p"), cout.strftime("%Y-%m-%d %I:%M %p") if rnd.random() < 0.95 else "",
                   by, k[22]])
        cid += rnd.randint(3, 90)
H = {"households": ["Household ID", "Household Name", "Primary Contact ID", "Primary Contact Name", "Member Count", "Created At"],
     "people": ["Person ID", "Name Prefix", "First Name", "Given Name", "Nickname", "Middle Name", "Last Name", "Birthdate",
                "Anniversary", "Gender", "Grade", "School", "Child", "Membership", "Status", "Home Email",
                "Mobile Phone Number", "Home Address Street Line 1", "Home Address City", "Home Address State",
                "Home Address Zip Code", "Household ID", "Medical Notes", "Created At"],
     "donations": ["Donation ID", "Person ID", "Received Date", "Fund", "Amount", "Fee", "Net Amount", "Payment Method",
                   "Check Number", "Card Brand", "Card Last 4", "Batch", "Label"],
     "check_ins": ["Check-in ID", "Person ID", "First Name", "Last Name", "Event", "Event Time", "Location",
                   "Security Code", "Kind", "Checked In At", "Checked Out At", "Checked In By", "Allergies/Medical Notes"]}
for t, rows in (("households", hh), ("people", people), ("donations", don), ("check_ins", ci)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
L = {"households": ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "DATE"],
     "people": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "GIVEN_NAME", "GIVEN_NAME", "GIVEN_NAME", "QUASI_IDENTIFIER",
                "FAMILY_NAME", "DATE_OF_BIRTH", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "STREET_ADDRESS", "CITY",
                "NON_IDENTIFYING", "ZIP_CODE", "OTHER_UNIQUE_IDENTIFIER", "FREE_TEXT", "DATE"],
     "donations": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT"],
     "check_ins": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "DATE",
                   "NON_IDENTIFYING", "CREDENTIAL", "NON_IDENTIFYING", "DATE", "DATE", "NAME", "FREE_TEXT"]}
cols = {}
for t in H:
    for h, l in zip(H[t], L[t]): cols[t + "." + h] = l
gold = {"dataset": "church-planning-center",
        "description": "Invented Planning Center (People, Giving, Check-Ins) style export of a fictional small Colorado church, ',' with ISO dates: 22 households (id, 'Garcia Household', primary contact id and name, member count), 58 people (8-9 digit Person ID, prefix, first/given/nickname, middle, last, birthdate, anniversary, gender, grade and school for children, child flag, membership, status, e-mail, mobile, home address, household id, medical notes), about 1,900 donations (id, person, received date, fund, amount, fee, net, payment method, check number, card brand, card last 4, batch, label), about 1,400 kids check-ins (id, person, first/last name, event, event time, room, 4-character security code printed on the child's and parent's labels, kind, checked in/out at, checked in by (a parent), allergy/medical note). Household Name FAMILY_NAME (it is the surname); check number and card last 4 QUASI_IDENTIFIER (as masked_pan); the label's security code CREDENTIAL (it releases the child); Label and medical notes FREE_TEXT. Fund 'Hope House' beside the given name Hope, school 'Lincoln Elementary' beside the surname Lincoln, room 'Jordan River' beside the given name Jordan, fund 'Golden Years Ministry' beside the town Golden are deliberate",
        "delimiter": ",", "entity": "people", "columns": cols,
        "foreignKeys": [{"column": "people.Household ID", "references": "households.Household ID"},
                        {"column": "households.Primary Contact ID", "references": "people.Person ID"},
                        {"column": "donations.Person ID", "references": "people.Person ID"},
                        {"column": "check_ins.Person ID", "references": "people.Person ID"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

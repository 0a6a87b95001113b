#!/usr/bin/env python3
"""Writes school-mis-uk: an invented export of a FICTIONAL English secondary school's management information system
(SIMS/Arbor-like CSV reports, seeded, stdlib only), ','. forms (30 registration groups: reg group '7RB', year, tutor,
room, house), pupils (640: admission number, UPN with its check letter, ULN with its check digit, legal surname and
forename, preferred forename, DOB dd/mm/yyyy, gender, NC year, reg group, house, FSM, FSM6/pupil premium, SEN status
N/K/E, ethnicity code, EAL, first language, address line, town, postcode, admission date), contacts (1,010 parents and
carers: contact id, pupil's admission number, title, forename, surname, relationship, priority, parental
responsibility, home/mobile telephone, e-mail, postcode, court order), attendance (3,200 session marks: admission
number, date, AM/PM, mark / \\ L N U B C I M, minutes late, taken by (staff), comment). Deliberate coincidences: houses
Newton, Darwin, Austen, Bronte beside the surnames Newton, Darwin and Austen; the town Lincoln beside the surname
Lincoln; the tutor Mrs Leeds beside the town Leeds (not among the pupils' towns)."""
import csv, json, random, datetime
rnd = random.Random(680202)
BOYS = ["Oliver", "Harry", "Jack", "Mohammed", "Noah", "Leo", "Charlie", "Alfie", "Oscar", "Jacob", "Muhammad", "Kacper",
        "Ethan", "Riley", "Tyler", "Aarav", "Kai", "Freddie", "Logan", "Ibrahim"]
GIRLS = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Ruby", "Grace", "Sophie", "Lily", "Aisha", "Zara", "Maya", "Evie",
         "Chloe", "Poppy", "Hania", "Ellie", "Jessica", "Amira", "Freya"]
FAMILY = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan", "Hussain",
          "Robinson", "Wright", "Thompson", "Evans", "Walker", "Newton", "Darwin", "Austen", "Lincoln", "Kowalski",
          "Begum", "Ali", "O'Connor", "Hughes", "Clarke", "Okafor", "Nowak", "Shah", "Green"]
TOWNS = [("Lincoln", "LN", [1, 2, 5, 6]), ("Gainsborough", "DN21", None), ("Market Rasen", "LN8", None),
         ("North Hykeham", "LN6", None), ("Saxilby", "LN1", None), ("Welton", "LN2", None)]
STREETS = ["High Street", "Station Road", "Church Lane", "Newport", "Yarborough Road", "Burton Road", "Carholme Road",
           "Brant Road", "Ruskin Avenue", "Wragby Road", "Monks Road", "The Avenue"]
STAFF = ["Mrs R Bright", "Mr D Okoye", "Miss S Patel", "Mr J Hall", "Mrs K Leeds", "Ms A Fernandes", "Mr T Gray",
         "Mrs L Murphy", "Dr P Chaudhry", "Mr M Kelly", "Miss H Shaw", "Mrs N Evans", "Mr C Rowe", "Ms E Lund", "Mr B Ahmed"]
HOUSES = ["Newton", "Darwin", "Austen", "Bronte"]
ETH = ["WBRI"] * 14 + ["WIRI", "WOTH", "WPOL", "WROM", "MWBC", "MWBA", "MWAS", "AIND", "APKN", "ABAN", "BAFR", "BCRB",
       "CHNE", "OOTH", "REFU", "NOBT"]
LANG = {"WPOL": "POL", "APKN": "URD", "ABAN": "BEN", "AIND": "GUJ", "BAFR": "YOR", "CHNE": "CHI", "WROM": "RMN"}
UPN_L = "ABCDEFGHJKLMNPQRTUVWXYZ"
def upn(la, est, yr, serial):
    d = "%03d%04d%02d%03d" % (la, est, yr, serial)
    return UPN_L[sum(int(c) * w for c, w in zip(d, range(2, 14))) % 23] + d
def uln():
    while True:
        d = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        c = 10 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c < 10: return d + str(c)
def postcode(town):
    t = [x for x in TOWNS if x[0] == town][0]
    area = t[1] + str(rnd.choice(t[2])) if t[2] else t[1]
    return "%s %d%s%s" % (area, rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"))
forms = [["Reg Group", "Year", "Tutor", "Room", "House"]]
staff = rnd.sample(STAFF, 15) * 2
for y in range(7, 13):
    for k, letters in enumerate(["N", "D", "A", "B", "X"]):
        tut = staff.pop()
        init = tut.split()[1][0] + tut.split()[2][0]
        forms.append(["%d%s%s" % (y, letters, init) if y < 12 else "%d%s" % (y, letters), "Year %d" % y, tut,
                      "%s%d" % (rnd.choice("ABCDS"), rnd.randint(1, 24)), HOUSES[k % 4]])
pup = [["Adno", "UPN", "ULN", "Legal Surname", "Legal Forename", "Preferred Forename", "DOB", "Gender", "Year",
        "Reg Group", "House", "FSM", "Pupil Premium", "SEN Status", "Ethnicity", "EAL", "First Language", "Address 1",
        "Town", "Postcode", "Admission Date"]]
pupils = []; upns = set(); adnos = set()
for i in range(640):
    boy = rnd.random() < 0.51
    fn = rnd.choice(BOYS if boy else GIRLS); sn = rnd.choice(FAMILY)
    f = rnd.choice(forms[1:]); year = int(f[1].split()[1])
    dob = datetime.date(2025 - year - 5, 9, 1) + datetime.timedelta(days=rnd.randint(0, 364))
    while True:
        a = "%06d" % rnd.randint(1200, 4999)
        if a not in adnos: adnos.add(a); break
    while True:
        u = upn(925, 4123 if rnd.random() < 0.8 else rnd.choice([2011, 2210, 3405]), (2025 - year + 4) % 100, rnd.randint(1, 999))
        if u not in upns: upns.add(u); break
    eth = rnd.choice(ETH); fsm = rnd.random() < 0.24
    town = rnd.choice([t[0] for t in TOWNS] + ["Lincoln"] * 4)
    adm = datetime.date(2025 - (year - 7), 9, 3) if rnd.random() < 0.85 else datetime.date(2025, 1, 6) + datetime.timedelta(days=rnd.randint(0, 300))
    pref = fn if rnd.random() < 0.9 else {"Oliver": "Ollie", "Jacob": "Jake", "Jessica": "Jess", "Amelia": "Millie"}.get(fn, "")
    row = [a, u, uln() if year >= 10 or rnd.random() < 0.3 else "", sn, fn, pref, dob.strftime("%d/%m/%Y"),
           "M" if boy else "F", str(year), f[0], f[4], "T" if fsm else "F", "Yes" if fsm or rnd.random() < 0.05 else "No",
           rnd.choice(["N"] * 8 + ["K", "K", "E"]), eth, "Y" if eth in LANG else "N", LANG.get(eth, "ENG"),
           "%d %s" % (rnd.randint(1, 180), rnd.choice(STREETS)), town, postcode(town), adm.strftime("%d/%m/%Y")]
    pup.append(row); pupils.append(row)
con = [["Contact ID", "Adno", "Title", "Forename", "Surname", "Relationship", "Priority", "Parental Responsibility",
        "Telephone (Home)", "Telephone (Mobile)", "Email", "Postcode", "Court Order"]]
cid = 70000
for p in pupils:
    n = rnd.choice([1, 1, 2, 2, 2, 3])
    rels = rnd.sample(["Mother", "Father", "Step-mother", "Step-father", "Grandparent", "Aunt", "Carer", "Social Worker"], n)
    if rnd.random() < 0.8: rels[0] = "Mother"
    for pri, rel in enumerate(rels, 1):
        fem = rel in ("Mother", "Step-mother", "Aunt") or (rel in ("Grandparent", "Carer", "Social Worker") and rnd.random() < 0.6)
        fn = rnd.choice(["Sarah", "Emma", "Joanne", "Nadia", "Agnieszka", "Rachel", "Fatima", "Claire", "Lisa", "Shabana"] if fem else ["Mark", "Paul", "Imran", "Darren", "Tomasz", "Lee", "Chinedu", "Steven", "Gareth", "Rajesh"])
        sn = p[3] if rel in ("Mother", "Father") and rnd.random() < 0.75 else rnd.choice(FAMILY)
        cid += rnd.randint(1, 4)
        home = "" if rnd.random() < 0.55 else "01522 %06d" % rnd.randint(490000, 499999)
        mob = "" if rnd.random() < 0.07 else "07700 900%03d" % rnd.randint(0, 999)
        em = "" if rnd.random() < 0.3 else "%s%s%d@%s" % (fn.lower(), sn.lower().replace("'", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "lincs.gov.uk" if rel == "Social Worker" else "yahoo.co.uk"]))
        con.append([str(cid), p[0], ("Mrs" if rnd.random() < 0.6 else "Ms") if fem else "Mr", fn, sn, rel, str(pri),
                    "N" if rel in ("Aunt", "Social Worker", "Grandparent") else "Y", home, mob, em,
                    p[19] if rel in ("Mother", "Father") and rnd.random() < 0.9 else postcode(rnd.choice([t[0] for t in TOWNS])),
                    "Y" if rnd.random() < 0.02 else "N"])
con = con[:1011]
att = [["Adno", "Date", "Session", "Mark", "Minutes Late", "Taken By", "Comment"]]
days = [datetime.date(2025, 11, 3) + datetime.timedelta(days=k) for k in range(40)]
days = [d for d in days if d.weekday() < 5][:20]
chosen = rnd.sample(pupils, 80)
formtut = {f[0]: f[2] for f in forms[1:]}
for p in chosen:
    for d in days:
        for s in ("AM", "PM"):
            r = rnd.random()
            mark = ("/" if s == "AM" else "\\") if r < 0.86 else rnd.choice(["L", "L", "N", "U", "B", "C", "I", "M", "O", "E"])
            late = str(rnd.randint(3, 40)) if mark in ("L", "U") else ""
            com = ""
            if mark in ("I", "M", "C", "N") and rnd.random() < 0.5:
                com = rnd.choice(["Mum rang - unwell", "Dentist appointment", "Parent phoned, D&V", "Hospital appt",
                                  "No contact yet", "Funeral (grandparent)"])
                if rnd.random() < 0.3: com = "Rang %s %s at 09:15, no answer" % (rnd.choice(["Mrs", "Mr"]), p[3])
            att.append([p[0], d.strftime("%d/%m/%Y"), s, mark, late, formtut[p[9]] if rnd.random() < 0.9 else rnd.choice(STAFF), com])
def w(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
w("forms", forms); w("pupils", pup); w("contacts", con); w("attendance", att)
L = {"forms": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "pupils": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME",
                "GIVEN_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "ZIP_CODE", "DATE"],
     "contacts": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
                  "EMAIL_ADDRESS", "ZIP_CODE", "NON_IDENTIFYING"],
     "attendance": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME",
                    "FREE_TEXT"]}
heads = {"forms": forms[0], "pupils": pup[0], "contacts": con[0], "attendance": att[0]}
cols = {t + "." + c: l for t in heads for c, l in zip(heads[t], L[t])}
gold = {"dataset": "school-mis-uk",
        "description": "Invented English secondary school MIS export (SIMS/Arbor-like), ',': 30 registration groups (reg group '7NRB', year, tutor (staff), room, house), 640 pupils (6-digit admission number, 13-character UPN with check letter, 10-digit ULN with check digit (empty for most under Year 10), legal surname/forename, preferred forename, DOB dd/mm/yyyy, gender, NC year, reg group, house, FSM T/F, pupil premium, SEN N/K/E, DfE ethnicity code, EAL, first language code, address line, town, postcode, admission date), 1,010 contacts (contact id, pupil Adno, title, forename, surname, relationship, priority 1-3, parental responsibility, 01522 home and 07700 900 mobile numbers, e-mail, postcode, court order), 3,200 attendance session marks of 80 pupils over 20 days (Adno, date, AM/PM, mark / \\ L N U B C I M O E, minutes late, taken by (staff), comment naming a parent on some rows). Adno, UPN and ULN OTHER_UNIQUE_IDENTIFIER; tutors and 'Taken By' NAME; ethnicity, SEN, FSM, house NON_IDENTIFYING. Houses Newton/Darwin/Austen beside the same surnames, the town Lincoln beside the surname Lincoln, tutor Mrs K Leeds beside the town name Leeds are deliberate",
        "delimiter": ",", "entity": "pupils", "columns": cols,
        "foreignKeys": [{"column": "contacts.Adno", "references": "pupils.Adno"},
                        {"column": "attendance.Adno", "references": "pupils.Adno"},
                        {"column": "pupils.Reg Group", "references": "forms.Reg Group"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

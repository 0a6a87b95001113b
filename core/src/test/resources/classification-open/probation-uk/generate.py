#!/usr/bin/env python3
"""Writes probation-uk: an invented case export of a FICTIONAL English probation delivery unit in West Yorkshire in
the style of nDelius/NOMIS reports (breaker87; seeded, Python standard library only). ',' and dd/mm/yyyy as English
Excel writes them. offender_managers (22: staff code 'N07P014', officer name 'Harriet COLE', grade, team, office,
phone '0113 246 8123', e-mail), offenders (1,150: CRN 'X123456', Prison No 'A1234BC' (for those in custody), PNC ID
'2012/0123456X' with its check letter, CRO No '012345/12A' with its check letter, Surname (capitals, as nDelius
prints), Forename(s), DOB, Age (a few over 89), Gender, Ethnicity (16+1 codes), NI Number 'AB123456C',
Establishment 'HMP Leeds', Cell Location 'A-2-014', Sentence Date, Sentence Length, Release Date, Offender Manager
(staff code FK), Risk (OASys) ROSH level, OGRS3 %, Address on Release, Postcode 'LS8 3JP', Phone, MAPPA Level, MAPPA
Category, Notes (free text naming partners, victims or family, some with a phone)), offences (1,945: CRN, Home Office
offence code '02800', description, offence date, conviction date, court, disposal, main offence Y/N), contacts (3,200:
contact id, CRN, date, time, contact type, outcome, officer 'H. Cole' (staff, many rows), enforcement flag, notes).
Deliberate coincidences: the surnames PRESTON, LINCOLN and WAKEFIELD beside HMP Preston, HMP Lincoln, HMP Wakefield and
the town Wakefield; the given name Chanel beside a shoplifting note naming Chanel perfume; 'Gladstone Street' and
'Preston Road' beside surnames GLADSTONE and PRESTON; the officer Cole beside offenders surnamed COLE."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(870202)
GIVEN = ["Jack", "Liam", "Connor", "Kyle", "Jordan", "Ryan", "Dean", "Lee", "Craig", "Darren", "Wayne", "Jamie",
         "Callum", "Mohammed", "Imran", "Tariq", "Kamil", "Tomasz", "Ashley", "Jason", "Gary", "Stephen", "Paul",
         "Michael", "Daniel", "Reece", "Brandon", "Shane", "Kieran", "Ali", "Chanel", "Kayleigh", "Stacey", "Jade",
         "Leanne", "Gemma", "Amber", "Natalie", "Chelsea", "Sharon"]
FEMALE = set(GIVEN[30:])
FAMILY = ["SMITH", "JONES", "WILLIAMS", "TAYLOR", "BROWN", "WALKER", "WRIGHT", "THOMPSON", "ROBINSON", "WOOD",
          "HALL", "GREEN", "HUSSAIN", "KHAN", "AKHTAR", "ALI", "MAHMOOD", "KOWALSKI", "NOWAK", "MCDONALD", "O'NEILL",
          "PRESTON", "LINCOLN", "WAKEFIELD", "GLADSTONE", "COLE", "BAILEY", "HOLROYD", "SUTCLIFFE", "ACKROYD",
          "BRAITHWAITE", "SHAW", "BARKER", "HIRST", "DOBSON", "FIRTH", "MORRIS", "WARD", "ATKINSON", "MURPHY"]
LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"
STAFF = [["N07P%03d" % (n * 7 + 3), name, grade, team, office, phone, mail] for n, (name, grade, team, office, phone, mail) in enumerate([
    ("Harriet COLE", "PO", "Leeds North OMU", "Leeds - Wellington Street", "0113 246 8123", "harriet.cole@justice.gov.uk"),
    ("Imran SIDDIQUI", "PO", "Leeds North OMU", "Leeds - Wellington Street", "0113 246 8131", "imran.siddiqui@justice.gov.uk"),
    ("Claire FENTON", "SPO", "Leeds North OMU", "Leeds - Wellington Street", "0113 246 8100", "claire.fenton@justice.gov.uk"),
    ("Gareth PRICE", "PSO", "Leeds North OMU", "Leeds - Wellington Street", "0113 246 8140", "gareth.price@justice.gov.uk"),
    ("Nadia BEGUM", "PO", "Leeds South OMU", "Leeds - Wellington Street", "0113 246 8152", "nadia.begum@justice.gov.uk"),
    ("Tom ASHWORTH", "PSO", "Leeds South OMU", "Leeds - Wellington Street", "0113 246 8160", "tom.ashworth@justice.gov.uk"),
    ("Rebecca HOLT", "PO", "Bradford East OMU", "Bradford - Manor Row", "01274 704 512", "rebecca.holt@justice.gov.uk"),
    ("Sajid RAFIQ", "PO", "Bradford East OMU", "Bradford - Manor Row", "01274 704 530", "sajid.rafiq@justice.gov.uk"),
    ("Joanne LUMB", "PSO", "Bradford East OMU", "Bradford - Manor Row", "01274 704 541", "joanne.lumb@justice.gov.uk"),
    ("Martin OGDEN", "SPO", "Bradford East OMU", "Bradford - Manor Row", "01274 704 500", "martin.ogden@justice.gov.uk"),
    ("Kerry WALSH", "PO", "Wakefield OMU", "Wakefield - Cliff Parade", "01924 374 210", "kerry.walsh@justice.gov.uk"),
    ("Daniel PRESTON", "PSO", "Wakefield OMU", "Wakefield - Cliff Parade", "01924 374 222", "daniel.preston@justice.gov.uk"),
    ("Aisha PATEL", "PO", "Wakefield OMU", "Wakefield - Cliff Parade", "01924 374 235", "aisha.patel@justice.gov.uk"),
    ("Simon HEPWORTH", "PO", "Kirklees OMU", "Huddersfield - Railway Street", "01484 412 300", "simon.hepworth@justice.gov.uk"),
    ("Laura BIRCH", "PSO", "Kirklees OMU", "Huddersfield - Railway Street", "01484 412 318", "laura.birch@justice.gov.uk"),
    ("Pete MOSS", "PO", "Calderdale OMU", "Halifax - Harrison Road", "01422 340 211", "pete.moss@justice.gov.uk"),
    ("Zara AKRAM", "PO", "Calderdale OMU", "Halifax - Harrison Road", "01422 340 225", "zara.akram@justice.gov.uk"),
    ("Hannah DRAKE", "PO", "Custody OMU HMP Leeds", "HMP Leeds - OMU", "0113 203 2600", "hannah.drake@justice.gov.uk"),
    ("Oliver KING", "PO", "Custody OMU HMP Wakefield", "HMP Wakefield - OMU", "01924 612 000", "oliver.king@justice.gov.uk"),
    ("Bethany COLE", "PSO", "Leeds South OMU", "Leeds - Wellington Street", "0113 246 8175", "bethany.cole@justice.gov.uk"),
    ("Rachel IQBAL", "PO", "Kirklees OMU", "Huddersfield - Railway Street", "01484 412 333", "rachel.iqbal@justice.gov.uk"),
    ("Mark SHEARD", "PQiP", "Leeds North OMU", "Leeds - Wellington Street", "0113 246 8188", "mark.sheard@justice.gov.uk")])]
ESTAB = [("HMP Leeds", "ABCDEF", 4), ("HMP Wakefield", "ABCDEF", 3), ("HMP Preston", "ABCDE", 2), ("HMP Lincoln", "ABCD", 2),
         ("HMP Doncaster", "ABCDEFGH", 2), ("HMP Hull", "ABCDE", 1), ("HMP Humber", "ABCDEFGH", 2),
         ("HMP/YOI New Hall", "ABC", 1), ("HMP Full Sutton", "ABCDEF", 1), ("HMP Wealstun", "ABCDEFGH", 2)]
# area, postcode districts, streets, weight
AREAS = [("Leeds", ["LS8", "LS9", "LS11", "LS12", "LS14", "LS6", "LS7"], ["Harehills Lane", "Gipton Approach",
          "Beeston Road", "Armley Ridge Road", "Seacroft Crescent", "Gladstone Street", "Preston Road", "Chapeltown Road"], 40),
         ("Bradford", ["BD3", "BD5", "BD7", "BD8", "BD4"], ["Leeds Road", "Manningham Lane", "Gladstone Street",
          "Little Horton Lane", "Otley Road", "Barkerend Road"], 25),
         ("Wakefield", ["WF1", "WF2", "WF3"], ["Lupset Crescent", "Preston Road", "Kirkgate", "Eastmoor Road"], 15),
         ("Huddersfield", ["HD1", "HD2", "HD3"], ["Fartown Green Road", "Birkby Hall Road", "Bradford Road"], 10),
         ("Halifax", ["HX1", "HX3"], ["Gibbet Street", "Queens Road", "Hanson Lane"], 10)]
ETHNIC = ["W1", "W1", "W1", "W1", "W1", "W1", "W2", "W9", "A2", "A2", "A1", "B2", "B1", "M1", "M3", "O9", "NS"]
OFFENCES = [("00801", "Assault occasioning actual bodily harm"), ("10501", "Common assault and battery"),
            ("02800", "Burglary in a dwelling"), ("03000", "Burglary other than a dwelling"),
            ("04600", "Theft from shops and stalls"), ("09201", "Possession with intent to supply Class A"),
            ("09207", "Possession of a controlled drug - Class B"), ("80701", "Driving with excess alcohol"),
            ("05800", "Criminal damage under 5000"), ("03400", "Robbery"), ("19510", "Harassment - putting people in fear"),
            ("08208", "Breach of a non-molestation order"), ("81500", "Driving while disqualified"),
            ("00502", "Wounding with intent (s.18)"), ("06601", "Public order - affray"), ("04900", "Handling stolen goods")]
COURTS = ["Leeds Crown Court", "Leeds Magistrates' Court", "Bradford Crown Court", "Bradford and Keighley Magistrates' Court",
          "Wakefield Magistrates' Court", "Kirklees Magistrates' Court", "Calderdale Magistrates' Court"]
CTYPES = [("Office visit", 40), ("Home visit", 8), ("Telephone contact", 20), ("Drug test (NDTMS)", 6),
          ("Accredited programme session", 8), ("Unpaid work session", 10), ("Video contact", 8)]
OUTCOMES = ["Attended - Complied", "Attended - Complied", "Attended - Complied", "Attended - Complied",
            "Failed to attend - unacceptable", "Failed to attend - acceptable", "Attended - Failed to comply",
            "Rescheduled - service request"]
ASOF = datetime.date(2026, 11, 30)
RELS = ["partner", "ex-partner", "mother", "father", "sister", "brother", "daughter", "son", "grandmother"]

def pnc(year, serial):
    yy = year % 100
    return "%d/%07d%s" % (year, serial, LETTERS[int("%02d%07d" % (yy, serial)) % 23])

def cro(year, serial):
    yy = year % 100
    return "%06d/%02d%s" % (serial, yy, LETTERS[int("%02d%06d" % (yy, serial)) % 23])

def nino():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rnd.choice(first) + rnd.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "%06d" % rnd.randint(0, 999999) + rnd.choice("ABCD")

def mobile():
    return "07%d%02d %06d" % (rnd.randint(4, 9), rnd.randint(0, 99), rnd.randint(0, 999999))

def dmy(d):
    return d.strftime("%d/%m/%Y") if d else ""

def rand_date(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))

offenders, used = [], set()
for i in range(1150):
    while True:
        crn = rnd.choice("XXXXDEN") + "%06d" % rnd.randint(100000, 999999)
        if crn not in used:
            used.add(crn); break
    g = rnd.choice(GIVEN[:30]) if rnd.random() < 0.86 else rnd.choice(GIVEN[30:])
    forenames = g + (" " + rnd.choice(GIVEN[:30] if g not in FEMALE else GIVEN[30:]) if rnd.random() < 0.35 else "")
    sur = rnd.choice(FAMILY)
    if i % 131 == 60:
        dob = datetime.date(rnd.randint(1931, 1936), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        dob = datetime.date(rnd.randint(1950, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - dob.year - ((ASOF.month, ASOF.day) < (dob.month, dob.day))
    first_arrest = max(dob.year + 14, 1980) + rnd.randint(0, 12)
    first_arrest = min(first_arrest, 2025)
    p = pnc(first_arrest, rnd.randint(1, 999999))
    c = cro(first_arrest, rnd.randint(1, 999999)) if rnd.random() < 0.8 else ""
    custody = rnd.random() < 0.45
    sent = rand_date(datetime.date(2019, 1, 1), datetime.date(2026, 9, 30))
    months = rnd.choice([6, 9, 12, 18, 24, 30, 36, 48, 60, 72, 96, 120]) if custody else rnd.choice([12, 18, 24, 36])
    length = ("%dy %dm" % (months // 12, months % 12)).replace("0y ", "").replace(" 0m", "")
    rel = sent + datetime.timedelta(days=int(months * 30.4 / 2)) if custody else None
    if custody:
        est, wings, _ = rnd.choices(ESTAB, [e[2] for e in ESTAB])[0]
        if g in FEMALE:
            est, wings = "HMP/YOI New Hall", "ABC"
        prison_no = "A%04d%s%s" % (rnd.randint(0, 9999), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        cell = "%s-%d-%03d" % (rnd.choice(wings), rnd.randint(1, 4), rnd.randint(1, 42))
    else:
        est, prison_no, cell = "", "", ""
    om = rnd.choice(STAFF)
    area, districts, streets, _ = rnd.choices(AREAS, [a[3] for a in AREAS])[0]
    pcode = "%s %d%s%s" % (rnd.choice(districts), rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"))
    nfa = rnd.random() < 0.06
    if nfa:
        addr, pcode = "NFA", ""
    elif rnd.random() < 0.12:
        addr = rnd.choice(["Approved Premises, St John's, 12 Burton Street, %s" % area,
                           "CAS3 accommodation, Flat %d, %d %s, %s" % (rnd.randint(1, 9), rnd.randint(1, 200), rnd.choice(streets), area)])
    else:
        addr = "%s%d %s, %s" % (rnd.choice(["", "", "", "Flat %d, " % rnd.randint(1, 12)]), rnd.randint(1, 240), rnd.choice(streets), area)
    risk = rnd.choices(["Low", "Medium", "High", "Very High"], [30, 45, 22, 3])[0]
    ogrs = str(rnd.randint(3, 96))
    mappa = rnd.choices(["N/A", "1", "2", "3"], [75, 18, 6, 1])[0]
    mcat = "" if mappa == "N/A" else rnd.choice(["1", "2", "2", "3"])
    phone = mobile() if rnd.random() < 0.7 and not custody else ""
    note = ""
    r = rnd.random()
    if r < 0.07:
        note = "Restraining order - no contact with %s %s %s" % (rnd.choice(RELS), rnd.choice(GIVEN), rnd.choice(FAMILY).title())
    elif r < 0.12:
        note = "Lives with %s %s (%s) - safeguarding checks done" % (rnd.choice(RELS), rnd.choice(GIVEN), mobile())
    elif r < 0.16:
        note = rnd.choice(["Stole Chanel perfume from Boots, Briggate", "Dog at address - do not home visit alone",
                           "Interpreter needed: Polish", "Hearing impaired - text only", "Do not disclose address to ex-partner"])
    offenders.append([crn, prison_no, p, c, sur, forenames, dmy(dob), str(age), "F" if g in FEMALE else "M",
                      rnd.choice(ETHNIC), nino() if rnd.random() < 0.93 else "", est, cell, dmy(sent), length, dmy(rel),
                      om[0], risk, ogrs, addr, pcode, phone, mappa, mcat, note])
O_HEAD = ["CRN", "Prison No", "PNC ID", "CRO No", "Surname", "Forename(s)", "DOB", "Age", "Gender", "Ethnicity",
          "NI Number", "Establishment", "Cell Location", "Sentence Date", "Sentence Length", "Release Date",
          "Offender Manager", "Risk (OASys)", "OGRS3 %", "Address on Release", "Postcode", "Phone", "MAPPA Level",
          "MAPPA Category", "Notes"]

offences = []
for o in offenders:
    n = rnd.choices([1, 1, 1, 2, 2, 3], k=1)[0]
    sent = datetime.datetime.strptime(o[13], "%d/%m/%Y").date()
    for k in range(n):
        code, desc = rnd.choice(OFFENCES)
        if "Chanel" in o[24]:
            code, desc = OFFENCES[4]
        odate = sent - datetime.timedelta(days=rnd.randint(30, 400))
        cdate = sent - datetime.timedelta(days=rnd.randint(0, 28))
        disp = ("Imprisonment " + o[14]) if o[1] else rnd.choice(["Community Order " + o[14], "Suspended Sentence Order " + o[14]])
        offences.append([o[0], code, desc, dmy(odate), dmy(cdate), rnd.choice(COURTS), disp, "Y" if k == 0 else "N"])
F_HEAD = ["CRN", "Offence Code", "Offence Description", "Offence Date", "Conviction Date", "Court", "Disposal", "Main Offence"]

contacts = []
cid = 2430001
for k in range(3200):
    o = rnd.choice(offenders)
    d = rand_date(datetime.date(2025, 1, 2), datetime.date(2026, 11, 27))
    t = "%02d:%02d" % (rnd.randint(9, 16), rnd.choice([0, 15, 30, 45]))
    ct = rnd.choices([c[0] for c in CTYPES], [c[1] for c in CTYPES])[0]
    out = rnd.choice(OUTCOMES)
    st = next(s for s in STAFF if s[0] == o[16]) if rnd.random() < 0.8 else rnd.choice(STAFF)
    first, last = st[1].split(" ", 1)
    officer = first[0] + ". " + last.title()
    enf = "Y" if out.startswith("Failed to attend - un") or "Failed to comply" in out else "N"
    r = rnd.random()
    if r < 0.06:
        note = "Spoke to %s %s who said he is staying at %s's address" % (rnd.choice(RELS), rnd.choice(GIVEN), rnd.choice(GIVEN))
    elif r < 0.09:
        note = "Victim liaison: %s %s to be informed of release - tel %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY).title(), mobile())
    elif r < 0.35:
        note = rnd.choice(["Discussed employment, CSCS card course booked", "Negative for all substances",
                           "Positive for cannabis - addressed in session", "Reviewed licence conditions",
                           "Completed Thinking Skills session 6", "Housing referral to Leeds Housing Options",
                           "No concerns", "Sick note provided", "Warning letter issued"])
    else:
        note = ""
    contacts.append([str(cid), o[0], dmy(d), t, ct, out, officer, enf, note])
    cid += rnd.randint(1, 9)
contacts.sort(key=lambda r: (r[2][6:] + r[2][3:5] + r[2][:2], r[3], r[0]))
K_HEAD = ["Contact ID", "CRN", "Contact Date", "Contact Time", "Contact Type", "Outcome", "Officer", "Enforcement", "Notes"]
M_HEAD = ["Staff Code", "Officer Name", "Grade", "Team", "Office", "Phone", "Email"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("offender_managers", M_HEAD, STAFF)
write("offenders", O_HEAD, offenders)
write("offences", F_HEAD, offences)
write("contacts", K_HEAD, contacts)

labels = {
    "offender_managers.Staff Code": "QUASI_IDENTIFIER", "offender_managers.Officer Name": "NAME",
    "offender_managers.Grade": "NON_IDENTIFYING", "offender_managers.Team": "NON_IDENTIFYING",
    "offender_managers.Office": "NON_IDENTIFYING", "offender_managers.Phone": "TELEPHONE_NUMBER",
    "offender_managers.Email": "EMAIL_ADDRESS",
    "offenders.CRN": "OTHER_UNIQUE_IDENTIFIER", "offenders.Prison No": "OTHER_UNIQUE_IDENTIFIER",
    "offenders.PNC ID": "OTHER_UNIQUE_IDENTIFIER", "offenders.CRO No": "OTHER_UNIQUE_IDENTIFIER",
    "offenders.Surname": "FAMILY_NAME", "offenders.Forename(s)": "GIVEN_NAME", "offenders.DOB": "DATE_OF_BIRTH",
    "offenders.Age": "AGE", "offenders.Gender": "NON_IDENTIFYING", "offenders.Ethnicity": "NON_IDENTIFYING",
    "offenders.NI Number": "NATIONAL_ID", "offenders.Establishment": "QUASI_IDENTIFIER",
    "offenders.Cell Location": "STREET_ADDRESS", "offenders.Sentence Date": "DATE",
    "offenders.Sentence Length": "NON_IDENTIFYING", "offenders.Release Date": "DATE",
    "offenders.Offender Manager": "QUASI_IDENTIFIER", "offenders.Risk (OASys)": "NON_IDENTIFYING",
    "offenders.OGRS3 %": "NON_IDENTIFYING", "offenders.Address on Release": "STREET_ADDRESS",
    "offenders.Postcode": "ZIP_CODE", "offenders.Phone": "TELEPHONE_NUMBER", "offenders.MAPPA Level": "NON_IDENTIFYING",
    "offenders.MAPPA Category": "NON_IDENTIFYING", "offenders.Notes": "FREE_TEXT",
    "offences.CRN": "OTHER_UNIQUE_IDENTIFIER", "offences.Offence Code": "NON_IDENTIFYING",
    "offences.Offence Description": "NON_IDENTIFYING", "offences.Offence Date": "DATE", "offences.Conviction Date": "DATE",
    "offences.Court": "NON_IDENTIFYING", "offences.Disposal": "NON_IDENTIFYING", "offences.Main Offence": "NON_IDENTIFYING",
    "contacts.Contact ID": "OTHER_UNIQUE_IDENTIFIER", "contacts.CRN": "OTHER_UNIQUE_IDENTIFIER",
    "contacts.Contact Date": "DATE", "contacts.Contact Time": "DATE", "contacts.Contact Type": "NON_IDENTIFYING",
    "contacts.Outcome": "NON_IDENTIFYING", "contacts.Officer": "NAME", "contacts.Enforcement": "NON_IDENTIFYING",
    "contacts.Notes": "FREE_TEXT"}
gold = {"dataset": "probation-uk",
        "description": "Invented nDelius/NOMIS-style case export of a fictional West Yorkshire probation delivery unit (breaker87), ',', dd/mm/yyyy: offender_managers 22 (staff code 'N07P010', 'Harriet COLE', grade, team, office, office phone, e-mail), offenders 1,150 (CRN 'X123456', Prison No 'A1234BC' (45%, in custody), PNC ID '2012/0123456X' and CRO No '012345/12A' with check letters, SURNAME, Forename(s), DOB, Age (a few over 89), gender, ethnicity code, NI Number, Establishment 'HMP Leeds', Cell Location 'A-2-014', sentence date and length, release date, Offender Manager (staff code FK), Risk (OASys), OGRS3 %, Address on Release, Postcode 'LS8 3JP', phone, MAPPA level/category, Notes naming relatives/victims), offences 1,945 (CRN, Home Office code '02800', description, dates, court, disposal, main offence), contacts 3,200 (contact id, CRN, date, time, type, outcome, officer 'H. Cole', enforcement, notes). Labels: staff code QUASI_IDENTIFIER (staff key, as NPI), officer names NAME, office phone/e-mail identifiers (as units' phones in vardcentral-se); CRN, Prison No, PNC ID, CRO No OTHER_UNIQUE_IDENTIFIER; Establishment QUASI_IDENTIFIER (a prison, not a home); Cell Location STREET_ADDRESS (the person's cell, finer than a town); Home Office codes, courts, disposals NON_IDENTIFYING. Coincidences: surnames PRESTON, LINCOLN, WAKEFIELD beside HMP Preston, HMP Lincoln, HMP Wakefield and the town Wakefield; 'Gladstone Street' and 'Preston Road' beside surnames GLADSTONE and PRESTON; given name Chanel beside a note naming Chanel perfume; officers Cole and Daniel Preston beside offenders surnamed COLE and PRESTON.",
        "entity": "offenders", "columns": labels,
        "foreignKeys": [{"column": "offenders.Offender Manager", "references": "offender_managers.Staff Code"},
                        {"column": "offences.CRN", "references": "offenders.CRN"},
                        {"column": "contacts.CRN", "references": "offenders.CRN"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

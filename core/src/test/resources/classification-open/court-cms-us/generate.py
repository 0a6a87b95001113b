#!/usr/bin/env python3
"""Writes court-cms-us: an invented case management export of a fictional US state trial court (district court,
seeded, stdlib only), ',' with US dates MM/DD/YYYY. cases: 48 cases (docket number '2024-CV-001234', case type,
filing date, assigned judge (staff), division, status, caption 'MIDLAND FUNDING LLC vs. HALE, MARCUS T'). parties:
the parties of each case (party id, docket FK, role Plaintiff/Defendant/Petitioner/Respondent, party type, last/first
name and middle initial for individuals or an organisation name, date of birth, address, city, state, ZIP+4, phone,
attorney name and bar number, pro se flag). events: hearings and docket events (event id, docket FK, date, time
'9:00 AM', event code and description, courtroom, judicial officer, disposition code, result note naming parties on
some rows). fees: receipts (receipt number 'R24-0012345', docket FK, fee code, description, amount '285.00', date,
payment method, payor name, balance). Deliberate coincidences: the judge Hon. Warren Lincoln beside the party surname
Lincoln and the fee 'Warren County law library fee'; the party given name Austin beside the party city Austin; the
landlord 'JORDAN PROPERTIES LLC' beside the party surname Jordan; courtroom 'Lincoln Room'."""
import csv, json, random
rnd = random.Random(7301)
GIVEN = ["MARCUS", "TIFFANY", "DeSHAWN", "KAYLA", "ROBERT", "MARIA", "JOSE", "AUSTIN", "BRITTANY", "DONALD", "LATOYA",
         "KEVIN", "AMANDA", "LUIS", "CRYSTAL", "TERRENCE", "HEATHER", "NGUYEN", "SHANICE", "CODY", "PATRICIA", "DYLAN",
         "ANGELA", "TYRONE", "MEGAN", "HECTOR", "JASMINE", "WAYNE", "DESTINY", "GARY"]
FAMILY = ["HALE", "JORDAN", "LINCOLN", "GARCIA", "WASHINGTON", "JOHNSON", "OKAFOR", "NGUYEN", "MARTINEZ", "BROOKS",
          "SCHMIDT", "KOWALSKI", "WILLIAMS", "PATEL", "HENDERSON", "REYES", "THOMPSON", "MORRISON", "DUBOIS", "JACKSON",
          "O'BRIEN", "YANG", "CARTER", "ALVAREZ", "FISCHER", "BELL", "HUNTER", "MCDANIEL", "PRICE", "VANG"]
JUDGES = ["Hon. Warren Lincoln", "Hon. Deborah K. Stanwyck", "Hon. Luis Ocampo", "Hon. Rachel Whitcomb",
          "Hon. Anthony Ferraro", "Ref. Janet Olmstead"]
ATTYS = [("Samuel R. Pike", "0298817"), ("Diane Okonkwo", "0387162"), ("Peter J. Vasquez", "0401552"),
         ("Hannah Lindqvist", "0356610"), ("Gregory Tran", "0277304"), ("Melissa Abernathy", "0412298"),
         ("Oscar Delgado", "0390021"), ("Kathleen Moriarty", "0266735"), ("Brian Szymanski", "0423380"),
         ("Yolanda Pierce", "0311946"), ("Travis Hoang", "0399471"), ("Erin McAllister", "0285519")]
ORGS = ["MIDLAND FUNDING LLC", "JORDAN PROPERTIES LLC", "CAPITAL ONE BANK (USA) N.A.", "PORTFOLIO RECOVERY ASSOCIATES LLC",
        "STATE OF MINNESOTA", "CITY OF AUSTIN", "NORTHSTAR APARTMENTS LP", "DISCOVER BANK", "LVNV FUNDING LLC"]
CITIES = [("Austin", "559"), ("Rochester", "559"), ("Albert Lea", "560"), ("Owatonna", "560"), ("Faribault", "550"),
          ("Northfield", "550"), ("Mankato", "560"), ("Winona", "559"), ("Red Wing", "550"), ("Lincoln", "550")]
STREETS = ["Main St", "Oakland Ave", "4th St NW", "Broadway Ave S", "Elm Dr", "Cedar Ln", "Lakeview Rd", "County Rd 12",
           "Hillcrest Ct", "Maple Ave", "1st Ave SE", "Prairie View Dr"]
TYPES = [("CV", "Civil - Contract", "Civil"), ("CV", "Civil - Consumer Credit", "Civil"), ("CO", "Conciliation (Small Claims)", "Civil"),
         ("HC", "Housing Court - Eviction", "Civil"), ("FA", "Family - Dissolution with Children", "Family"),
         ("DA", "Domestic Abuse - Order for Protection", "Family"), ("CR", "Criminal - Misdemeanor", "Criminal"),
         ("PR", "Probate - Guardianship", "Probate")]
EVENTS = [("ARR", "Arraignment"), ("IAH", "Initial Appearance Hearing"), ("PTC", "Pretrial Conference"),
          ("MOT", "Motion Hearing"), ("SCH", "Scheduling Conference"), ("TRL", "Court Trial"), ("JTRL", "Jury Trial"),
          ("REV", "Review Hearing"), ("EVH", "Eviction Hearing"), ("DFLT", "Default Hearing"), ("OFP", "OFP Hearing"),
          ("FIL", "Document Filed"), ("ORD", "Order Issued"), ("SUM", "Summons Issued"), ("AOS", "Affidavit of Service Filed")]
DISPO = ["CONT", "HELD", "GRNT", "DEN", "DISM", "STLD", "DEF-JDG", "FTA", "CANC", "UA", ""]
ROOMS = ["Courtroom 1A", "Courtroom 2B", "Courtroom 3", "Lincoln Room", "Hearing Room 104", "Courtroom 2A"]
FEES = [("CVFILE", "Civil filing fee", "285.00"), ("CVANS", "Civil answer fee", "285.00"), ("CONC", "Conciliation filing fee", "75.00"),
        ("MOTN", "Motion fee", "75.00"), ("COPY", "Copy fee", "8.00"), ("CERT", "Certified copy fee", "14.00"),
        ("LIB", "Warren County law library fee", "10.00"), ("FINE", "Criminal fine", "185.00"), ("SURC", "State surcharge", "75.00"),
        ("JURY", "Jury demand fee", "100.00")]
PAY = ["Cash", "Check", "Credit Card", "Money Order", "E-File Payment", "Fee Waiver (IFP)"]
def d(y, m, dd): return "%02d/%02d/%04d" % (m, dd, y)
def rdate(y0, y1):
    y = rnd.randint(y0, y1); return y, rnd.randint(1, 12), rnd.randint(1, 28)
cases, parties, events, fees = [], [], [], []
pid = 400100
for i in range(48):
    code, ctype, div = rnd.choice(TYPES)
    y, m, dd = rdate(2023, 2025)
    dk = "%d-%s-%06d" % (y, code, rnd.randint(100, 9999) * 3 + i)
    judge = rnd.choice(JUDGES)
    status = rnd.choice(["Open", "Open", "Closed", "Closed", "Reopened", "Stayed"])
    roles = {"CV": ("Plaintiff", "Defendant"), "CO": ("Plaintiff", "Defendant"), "HC": ("Plaintiff", "Defendant"),
             "FA": ("Petitioner", "Respondent"), "DA": ("Petitioner", "Respondent"), "CR": ("Plaintiff", "Defendant"),
             "PR": ("Petitioner", "Respondent")}[code]
    plist = []
    npart = rnd.choice([2, 2, 2, 3, 4])
    for k in range(npart):
        role = roles[0] if k == 0 else (roles[1] if k == 1 else rnd.choice(roles))
        org = (k == 0 and code in ("CV", "HC", "CR") and rnd.random() < 0.85)
        if code == "CR" and k == 0:
            name_org = "STATE OF MINNESOTA"
        else:
            name_org = rnd.choice(ORGS[:4] + ORGS[6:]) if org else ""
        pid += rnd.randint(1, 9)
        if name_org:
            parties.append(["P%07d" % pid, dk, role, "Organization", "", "", "", name_org, "", "", "", "MN", "", "",
                            "" if rnd.random() < 0.3 else rnd.choice(ATTYS)[0], "", "N"])
            parties[-1][15] = [a[1] for a in ATTYS if a[0] == parties[-1][14]][0] if parties[-1][14] else ""
        else:
            ln, fn = rnd.choice(FAMILY), rnd.choice(GIVEN)
            mi = rnd.choice("ABCDEJKLMRST") if rnd.random() < 0.7 else ""
            by, bm, bd = rdate(1950, 2004)
            city, z3 = rnd.choice(CITIES)
            street = "%d %s%s" % (rnd.randint(100, 9899), rnd.choice(STREETS), rnd.choice(["", "", "", " Apt %d" % rnd.randint(1, 320), " Unit %s" % rnd.choice("ABCD")]))
            zp = "%s%02d" % (z3, rnd.randint(1, 99)) + ("-%04d" % rnd.randint(1, 9999) if rnd.random() < 0.4 else "")
            ph = "" if rnd.random() < 0.2 else "(507) 555-%04d" % rnd.randint(100, 9999)
            prose = rnd.random() < 0.55
            at = ("", "") if prose else rnd.choice(ATTYS)
            parties.append(["P%07d" % pid, dk, role, "Individual", ln, fn, mi, "", d(by, bm, bd) if rnd.random() < 0.9 else "",
                            street, city, "MN", zp, ph, at[0], at[1], "Y" if prose else "N"])
        plist.append(parties[-1])
    def label(p): return p[7] if p[7] else "%s, %s%s" % (p[4], p[5], (" " + p[6]) if p[6] else "")
    a = [p for p in plist if p[2] == roles[0]][0]; b = [p for p in plist if p[2] == roles[1]][0]
    caption = ("In re the Guardianship of %s" % label(b)) if code == "PR" else ("%s vs. %s" % (label(a), label(b)))
    if code == "FA": caption = "In re the Marriage of %s and %s" % (label(a), label(b))
    cases.append([dk, ctype, d(y, m, dd), judge, div + " Division", status, caption])
    # events: a long skewed tail
    nev = int(rnd.paretovariate(1.1) * 18) if i % 7 else int(rnd.paretovariate(1.3) * 60)
    nev = min(nev, 260)
    for k in range(nev):
        ey, em, ed = y + rnd.choice([0, 0, 0, 1]), rnd.randint(1, 12), rnd.randint(1, 28)
        ec, edesc = rnd.choice(EVENTS)
        hearing = ec not in ("FIL", "ORD", "SUM", "AOS")
        note = ""
        r = rnd.random()
        who = rnd.choice([p for p in plist if not p[7]] or plist)
        nm = who[7] if who[7] else "%s %s" % (who[5].title(), who[4].title())
        if hearing and r < 0.12: note = "Def %s failed to appear; bench warrant issued." % nm
        elif hearing and r < 0.22: note = "%s appeared with counsel; matter continued at request of %s." % (nm, rnd.choice(["Plaintiff", "Defendant", "both parties"]))
        elif hearing and r < 0.3: note = "Interpreter (Spanish) present. Parties reached agreement on the record."
        elif hearing and r < 0.36: note = "Settled; stipulation to be filed within 30 days."
        elif not hearing and r < 0.2: note = "Filed by %s via e-file." % nm
        events.append(["E%08d" % (len(events) * 7 + 10000011), dk, d(ey, em, ed),
                       "%d:%02d %s" % (rnd.choice([8, 9, 9, 10, 11, 1, 1, 2, 3]), rnd.choice([0, 0, 15, 30, 45]), "") if hearing else "",
                       ec, edesc, rnd.choice(ROOMS) if hearing else "", judge if hearing else "",
                       rnd.choice(DISPO) if hearing else "", note])
        t = events[-1][3]
        if t:
            h = int(t.split(":")[0]); events[-1][3] = t.strip() + ("AM" if 8 <= h <= 11 else "PM")
            events[-1][3] = events[-1][3].replace("AM", " AM").replace("PM", " PM")
    nfee = rnd.randint(1, 5) + (nev // 8)
    for k in range(nfee):
        fc, fd, amt = rnd.choice(FEES)
        payp = rnd.choice(plist)
        meth = rnd.choice(PAY)
        payor = payp[7] if payp[7] else "%s %s" % (payp[5].title(), payp[4].title())
        if meth == "Fee Waiver (IFP)": payor = ""
        py, pm, pdd = y + rnd.choice([0, 0, 1]), rnd.randint(1, 12), rnd.randint(1, 28)
        fees.append(["R%02d-%07d" % (py % 100, 12000 + len(fees) * 13), dk, fc, fd, amt, d(py, pm, pdd), meth, payor,
                     "0.00" if rnd.random() < 0.8 else "%.2f" % (float(amt) * rnd.choice([0.5, 1]))])
H = {"cases": ["Case Number", "Case Type", "File Date", "Judicial Officer", "Case Division", "Case Status", "Case Caption"],
     "parties": ["Party ID", "Case Number", "Party Type", "Party Category", "Last Name", "First Name", "Middle Initial",
                 "Organization Name", "DOB", "Address Line 1", "City", "State", "Zip", "Phone", "Attorney Name",
                 "Attorney Bar Number", "Pro Se"],
     "events": ["Event ID", "Case Number", "Event Date", "Event Time", "Event Code", "Event Description", "Location",
                "Judicial Officer", "Result Code", "Result Comments"],
     "fees": ["Receipt Number", "Case Number", "Fee Code", "Fee Description", "Amount", "Receipt Date", "Payment Method",
              "Paid By", "Balance Due"]}
for t, rows in (("cases", cases), ("parties", parties), ("events", events), ("fees", fees)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
L = {"cases": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"],
     "parties": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "FAMILY_NAME",
                 "GIVEN_NAME", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING",
                 "ZIP_CODE", "TELEPHONE_NUMBER", "NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING"],
     "events": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "FREE_TEXT"],
     "fees": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
              "DATE", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING"]}
gold = {"dataset": "court-cms-us",
        "description": "Invented case management export of a fictional Minnesota-style state district court, ',' with MM/DD/YYYY dates: "
        "48 cases (docket number '2024-CV-001234', case type, file date, judicial officer (staff), division, status, caption naming the parties), "
        "%d parties (party id, docket FK, role, Individual/Organization, last/first name and middle initial, organisation name for creditors, "
        "landlords and the State, DOB, street with Apt/Unit, city, state MN, ZIP or ZIP+4, phone, attorney name and 7-digit bar number, pro se flag), "
        "%d docket events (event id, docket FK, date, time '9:15 AM', event code and description, courtroom, judicial officer, result code, "
        "result comments naming parties on some rows), %d fee receipts (receipt number 'R24-0012345', docket FK, fee code/description, amount, "
        "date, payment method, payor name, balance). Case Caption and Result Comments FREE_TEXT; judges and attorneys NAME (staff convention); "
        "bar numbers QUASI_IDENTIFIER (as court-cases' Bar No.); middle initial NAME; Organization Name NON_IDENTIFYING. Coincidences: "
        "judge Hon. Warren Lincoln, 'Lincoln Room' and 'Warren County law library fee' beside the surname LINCOLN and the town Lincoln; "
        "the given name AUSTIN beside the city Austin and the party CITY OF AUSTIN; JORDAN PROPERTIES LLC beside the surname JORDAN"
        % (len(parties), len(events), len(fees)),
        "delimiter": ",", "entity": "cases",
        "foreignKeys": [{"column": "parties.Case Number", "references": "cases.Case Number"},
                        {"column": "events.Case Number", "references": "cases.Case Number"},
                        {"column": "fees.Case Number", "references": "cases.Case Number"}],
        "columns": {t + "." + c: l for t in H for c, l in zip(H[t], L[t])}}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes optician-uk: an invented practice-management export of a FICTIONAL UK optician chain in Lancashire (seeded,
Python standard library only), ',' with RFC 4180 quoting, dates dd/mm/yyyy, prescriptions with explicit signs
('-2.25', '+1.00', 'DS'/'Plano' in the cylinder), headers as such systems print them. practices (12 branches: Practice
Code, Practice Name, Address, Town, Postcode, Telephone, GOS Contract No, Practice Manager), patients (900: Patient
Ref 'CV004512', Title, Forename, Surname, DOB, Age (a few over 89), Sex, NHS No 10 digits mod 11 written '485 777 3456'
or plain, Address 1, Address 2, Town, County, Postcode 'PR1 2HE', Home Tel '01772 123456', Mobile '07700 900123',
Email, Practice, GP Surgery, Exemption, Recall Due, Notes), eye_exams (1,774: Exam ID, Patient Ref, Practice,
Exam Date, Exam Type, GOS Form 'GOS 1'/'GOS 6'/'Private', GOS Claim No, Optom (name), GOC No '01-12345', R Sph, R Cyl,
R Axis, R Add, L Sph, L Cyl, L Axis, L Add, PD, R VA '6/6', L VA, IOP R, IOP L, Clinical Notes), dispenses (786:
Order No, Exam ID, Patient Ref, Order Date, Dispenser (name), GOC No of the dispenser '10-12345' or empty, Frame
Code, Frame Brand, Lens Code, Lens Type, GOS 3 Voucher, Voucher Value, Patient Paid, Collected).
Coincidences: the surnames Preston and Lancaster beside the towns Preston and Lancaster; the given names Hugo and Tom
beside the frame brands 'Hugo Boss' and 'Tom Ford'; 'Nelson Street' beside patients named Nelson; the optometrist
Priya Shah beside patients named Shah; the practice 'Kendal House Opticians' beside the surname Kendal."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(830303)
GIVEN = [("Hugo", "M"), ("Tom", "M"), ("James", "M"), ("John", "M"), ("David", "M"), ("Peter", "M"), ("Michael", "M"),
         ("Daniel", "M"), ("Oliver", "M"), ("Harry", "M"), ("Arthur", "M"), ("Mohammed", "M"), ("Kieran", "M"), ("Stanley", "M"),
         ("Margaret", "F"), ("Susan", "F"), ("Jean", "F"), ("Sarah", "F"), ("Emily", "F"), ("Olivia", "F"), ("Amelia", "F"),
         ("Joan", "F"), ("Doreen", "F"), ("Aisha", "F"), ("Chloe", "F"), ("Rebecca", "F"), ("Patricia", "F"), ("Niamh", "F")]
FAMILY = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Preston", "Lancaster", "Nelson", "Shah", "Patel", "Kendal",
          "Holden", "Ashworth", "Whittle", "Cowell", "Hesketh", "Fletcher", "Ainsworth", "Bamber", "Singleton", "Catterall",
          "Hussain", "O'Neill", "Walmsley", "Rawcliffe", "Cross", "Greenwood"]
# town, postcode districts, area code, streets
TOWNS = [("Preston", ["PR1", "PR2"], "01772", ["Fishergate", "Nelson Street", "Garstang Road", "Watling Street Road", "Deepdale Road"]),
         ("Leyland", ["PR25", "PR26"], "01772", ["Towngate", "Golden Hill Lane", "Hough Lane"]),
         ("Chorley", ["PR6", "PR7"], "01257", ["Market Street", "Preston Road", "Nelson Street", "Pall Mall"]),
         ("Lancaster", ["LA1"], "01524", ["Penny Street", "Bowerham Road", "Scotforth Road", "Nelson Street"]),
         ("Morecambe", ["LA3", "LA4"], "01524", ["Marine Road", "Lancaster Road", "Regent Road"]),
         ("Blackpool", ["FY1", "FY3", "FY4"], "01253", ["Church Street", "Whitegate Drive", "Preston New Road", "Talbot Road"]),
         ("Lytham St Annes", ["FY8"], "01253", ["Clifton Street", "St Annes Road West", "Preston Road"]),
         ("Garstang", ["PR3"], "01995", ["High Street", "Bridge Street", "Lancaster Road"]),
         ("Fleetwood", ["FY7"], "01253", ["Lord Street", "Poulton Road"]),
         ("Longridge", ["PR3"], "01772", ["Berry Lane", "Preston Road"])]
TW = [26, 10, 12, 12, 8, 12, 6, 4, 5, 5]
PRACTICES = [["CV01", "ClearView Opticians Fishergate", "112 Fishergate", "Preston", "PR1 2NJ", "01772 254110", "GOS/LAN/0412", "Karen Holt"],
             ["CV02", "ClearView Opticians Deepdale", "Unit 4 Deepdale Retail Park", "Preston", "PR1 6QY", "01772 703300", "GOS/LAN/0413", "Karen Holt"],
             ["CV03", "ClearView Opticians Leyland", "21 Towngate", "Leyland", "PR25 2LQ", "01772 421880", "GOS/LAN/0418", "Gareth Moss"],
             ["CV04", "ClearView Opticians Chorley", "9 Market Street", "Chorley", "PR7 2SW", "01257 262771", "GOS/LAN/0420", "Gareth Moss"],
             ["CV05", "Kendal House Opticians", "4 Penny Street", "Lancaster", "LA1 1UA", "01524 381902", "GOS/LAN/0431", "Fiona Rigby"],
             ["CV06", "ClearView Opticians Morecambe", "233 Marine Road Central", "Morecambe", "LA4 4BJ", "01524 410044", "GOS/LAN/0432", "Fiona Rigby"],
             ["CV07", "ClearView Opticians Blackpool", "45 Church Street", "Blackpool", "FY1 1HL", "01253 621905", "GOS/BFY/0107", "Dean Cartmell"],
             ["CV08", "ClearView Opticians Whitegate", "310 Whitegate Drive", "Blackpool", "FY3 9PH", "01253 765530", "GOS/BFY/0108", "Dean Cartmell"],
             ["CV09", "ClearView Opticians St Annes", "14 St Annes Road West", "Lytham St Annes", "FY8 1RF", "01253 724418", "GOS/BFY/0112", "Dean Cartmell"],
             ["CV10", "ClearView Opticians Garstang", "31 High Street", "Garstang", "PR3 1EA", "01995 603377", "GOS/LAN/0440", "Karen Holt"],
             ["CV11", "ClearView Opticians Fleetwood", "88 Lord Street", "Fleetwood", "FY7 6JZ", "01253 874422", "GOS/BFY/0115", "Dean Cartmell"],
             ["CV12", "ClearView Opticians Longridge", "2 Berry Lane", "Longridge", "PR3 3JA", "01772 782209", "GOS/LAN/0441", "Karen Holt"]]
PRAC_OF = {"Preston": ["CV01", "CV02"], "Leyland": ["CV03"], "Chorley": ["CV04"], "Lancaster": ["CV05"], "Morecambe": ["CV06", "CV05"],
           "Blackpool": ["CV07", "CV08"], "Lytham St Annes": ["CV09"], "Garstang": ["CV10"], "Fleetwood": ["CV11"], "Longridge": ["CV12"]}
OPTOMS = [("Priya Shah", "01-23817"), ("Mark Entwistle", "01-19044"), ("Hannah Cheung", "01-30256"), ("Imran Bashir", "01-27731"),
          ("Rachel Dunderdale", "01-21598"), ("Ciaran Doyle", "01-33480"), ("Sophie Whalley", "01-29912")]
DISPENSERS = [("Lisa Parkinson", "10-08813"), ("Gemma Royle", "10-11207"), ("Craig Haworth", ""), ("Jodie Sumner", ""),
              ("Amir Chaudhry", "10-09954"), ("Tracy Eccles", "")]
GPS = ["Fishergate Hill Surgery", "Deepdale Medical Centre", "Moor Park Surgery", "Leyland Surgery", "Chorley Health Centre",
       "Lancaster Medical Practice", "Queen Square Medical Practice", "Whitegate Health Centre", "Lytham Primary Care Centre",
       "Garstang Medical Practice", "Fleetwood Health Centre", "Longridge Community Hospital Surgery"]
BRANDS = [("HB", "Hugo Boss"), ("TF", "Tom Ford"), ("RB", "Ray-Ban"), ("OK", "Oakley"), ("CV", "ClearView Essentials"),
          ("FF", "Fila"), ("RL", "Radley"), ("JW", "Jack Wills"), ("SL", "Silhouette"), ("CV", "ClearView Essentials")]
LENSES = [("SV-STD-150", "Single vision 1.5"), ("SV-THN-160", "Single vision 1.6 thin"), ("SV-BLU-160", "Single vision 1.6 blue filter"),
          ("VARX-COMF-150", "Varifocal Varilux Comfort 1.5"), ("VARX-PHY-160", "Varifocal Varilux Physio 1.6"),
          ("BIF-D28-150", "Bifocal D28"), ("SV-TRN-150", "Single vision Transitions"), ("OCC-150", "Occupational")]
EXEMPT = ["", "", "", "", "Over 60", "Under 16", "Full-time education 16-18", "Income Support", "Universal Credit", "Diabetic",
          "Glaucoma (FH, over 40)", "HC2 certificate", "Registered sight impaired"]
NOTES = ["Prefers appointments with {o}", "Daughter {w} {f} attends with pt, tel {p}", "Carer {g} {f} to be contacted on {p}",
         "Hard of hearing, speak clearly", "Wheelchair user - ground floor only", "Domiciliary visit requested by son {m} {f}",
         "Complaint re. varifocals resolved", "Pt deceased - informed by {g} {f}", "DNA x2", "Prefers contact by text"]
CLIN = ["No change in Rx", "Early cataract R", "Referred to GP re. raised IOP", "Dry eye advice given", "Small change Rx",
        "Drusen L macula, advised Amsler", "Referred to Royal Preston eye clinic", "VF full", "Fundus NAD", "", "", ""]

def nhs(used):
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        n = "".join(map(str, d)) + str(c)
        if n not in used:
            used.add(n)
            return "%s %s %s" % (n[:3], n[3:6], n[6:]) if rnd.random() < 0.7 else n

def postcode(districts):
    return "%s %d%s%s" % (rnd.choice(districts), rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXY"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"))

def uk(d):
    return d.strftime("%d/%m/%Y")

def sph():
    v = rnd.choice([x * 0.25 for x in range(-32, 21)])
    return "Plano" if v == 0 and rnd.random() < 0.5 else "%+.2f" % v

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

MEN = [g for g, s in GIVEN if s == "M"]; WOMEN = [g for g, s in GIVEN if s == "F"]
TODAY = datetime.date(2025, 11, 20)
patients = []; used = set()
for k in range(900):
    woman = rnd.random() < 0.55
    g = rnd.choice(WOMEN if woman else MEN)
    f = rnd.choice(FAMILY)
    r = rnd.random()
    born = datetime.date(rnd.randint(1928, 1935) if r < 0.025 else rnd.randint(1936, 1965) if r < 0.45 else rnd.randint(1966, 2019),
                         rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - (1 if (born.month, born.day) > (TODAY.month, TODAY.day) else 0)
    title = "Master" if age < 16 and not woman else "Miss" if age < 16 else rnd.choice(["Mrs", "Ms", "Miss", "Mrs"]) if woman else rnd.choice(["Mr", "Mr", "Mr", "Dr", "Revd"]) if age > 30 else "Mr"
    t = rnd.choices(TOWNS, TW)[0]
    a1 = "%d %s" % (rnd.randint(1, 250), rnd.choice(t[3]))
    if rnd.random() < 0.12:
        a1 = "Flat %d, %s" % (rnd.randint(1, 24), a1)
    a2 = rnd.choice(["", "", "", "Ashton-on-Ribble", "Fulwood", "Penwortham", "Bispham", "Heysham", "Scotforth", "Euxton"]) if t[0] in ("Preston", "Blackpool", "Lancaster", "Morecambe", "Chorley") else ""
    home = "%s %06d" % (t[2], rnd.randint(200000, 999999)) if rnd.random() < 0.55 else ""
    mob = "07%d%02d %06d" % (rnd.choice([4, 5, 7, 8, 9]), rnd.randint(0, 99), rnd.randint(0, 999999)) if rnd.random() < 0.8 else ""
    if mob and rnd.random() < 0.2:
        mob = mob.replace(" ", "")
    if mob and rnd.random() < 0.1:
        mob = "+44 " + mob[1:]
    em = "%s.%s%d@%s" % (g.lower(), f.lower().replace("'", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"])) if rnd.random() < 0.5 else ""
    pr = rnd.choice(PRAC_OF[t[0]])
    ex = "Over 60" if age >= 60 and rnd.random() < 0.8 else "Under 16" if age < 16 else rnd.choice(EXEMPT)
    note = ""
    if rnd.random() < 0.18:
        note = rnd.choice(NOTES).format(o=rnd.choice(OPTOMS)[0], g=rnd.choice(MEN + WOMEN), w=rnd.choice(WOMEN), m=rnd.choice(MEN), f=f if rnd.random() < 0.6 else rnd.choice(FAMILY),
                                        p="07%d%02d %06d" % (rnd.choice([4, 7, 8]), rnd.randint(0, 99), rnd.randint(0, 999999)))
    patients.append(["CV%06d" % (4000 + k * 3 + rnd.randint(0, 2)), title, g, f, uk(born), str(age), "F" if woman else "M", nhs(used),
                     a1, a2, t[0], "Lancashire", postcode(t[1]), home, mob, em, pr, rnd.choice(GPS), ex, "", note, age, born])

exams = []; eid = 240000; gos = 8800000
for p in patients:
    n = rnd.choices([0, 1, 2, 3, 4], [6, 30, 34, 20, 10])[0]
    dates = sorted(TODAY - datetime.timedelta(days=rnd.randint(1, 5 * 365)) for _ in range(n))
    rs, ls = sph(), sph()
    for d in dates:
        eid += rnd.randint(1, 5)
        age = p[21] - (TODAY.year - d.year)
        gform = "GOS 1" if (age >= 60 or age < 16 or p[18]) else "Private"
        if gform == "GOS 1" and age >= 60 and rnd.random() < 0.1:
            gform = "GOS 6"
        claim = ""
        if gform != "Private":
            gos += rnd.randint(1, 40); claim = "%d" % gos
        o = rnd.choice(OPTOMS)
        def cyl():
            return rnd.choice(["DS", "DS", "-0.25", "-0.50", "-0.75", "-1.00", "-1.25", "-1.75", "-2.50"])
        rc, lc = cyl(), cyl()
        add = "+%.2f" % min(3.0, max(0.75, (age - 40) * 0.1)) if age >= 42 else ""
        exams.append(["EX%07d" % eid, p[0], p[16], uk(d), rnd.choice(["Sight test", "Sight test", "Sight test", "Contact lens check", "Repeat (PEARS)"]),
                      gform, claim, o[0], o[1], rs, rc, "" if rc == "DS" else str(rnd.choice(range(5, 181, 5))), add, ls, lc,
                      "" if lc == "DS" else str(rnd.choice(range(5, 181, 5))), add, "%.1f" % rnd.uniform(54, 70) if rnd.random() < 0.9 else "%d/%d" % (rnd.randint(27, 35), rnd.randint(27, 35)),
                      rnd.choice(["6/5", "6/6", "6/6", "6/7.5", "6/9", "6/12", "6/18", "6/60"]), rnd.choice(["6/5", "6/6", "6/6", "6/7.5", "6/9", "6/12"]),
                      str(rnd.randint(10, 24)) if age >= 40 else "", str(rnd.randint(10, 24)) if age >= 40 else "", rnd.choice(CLIN)])
        p[19] = uk(d + datetime.timedelta(days=365 if age >= 70 or age < 16 else 730))

disp = []; on = 55000
for e in exams:
    if rnd.random() < 0.45:
        on += rnd.randint(1, 4)
        p = next(x for x in patients if x[0] == e[1])
        d = datetime.datetime.strptime(e[3], "%d/%m/%Y").date()
        dz = rnd.choice(DISPENSERS)
        bc, bn = rnd.choice(BRANDS)
        frame = "%s%04d-%s-%d" % (bc, rnd.randint(1000, 9999), rnd.choice(["C01", "C02", "BLK", "TORT", "GUN"]), rnd.randint(48, 56))
        lens = rnd.choice(LENSES[3:6]) if e[12] else rnd.choice(LENSES[:3] + LENSES[6:])
        vch = rnd.choice("ABCDE") if (e[5] != "Private" and p[18] not in ("Over 60", "")) else ""
        val = {"A": "42.40", "B": "64.30", "C": "94.70", "D": "214.60", "E": "73.80", "": ""}[vch]
        paid = "%.2f" % max(0, rnd.uniform(89, 420) - (float(val) if val else 0))
        coll = d + datetime.timedelta(days=rnd.randint(6, 21))
        disp.append(["SO%06d" % on, e[0], e[1], e[3], dz[0], dz[1], frame, bn, lens[0], lens[1], vch, val, paid, uk(coll) if coll < TODAY else ""])

PH_ = ["Practice Code", "Practice Name", "Address", "Town", "Postcode", "Telephone", "GOS Contract No", "Practice Manager"]
PAH = ["Patient Ref", "Title", "Forename", "Surname", "DOB", "Age", "Sex", "NHS No", "Address 1", "Address 2", "Town", "County",
       "Postcode", "Home Tel", "Mobile", "Email", "Practice", "GP Surgery", "Exemption", "Recall Due", "Notes"]
EH = ["Exam ID", "Patient Ref", "Practice", "Exam Date", "Exam Type", "GOS Form", "GOS Claim No", "Optom", "GOC No", "R Sph", "R Cyl",
      "R Axis", "R Add", "L Sph", "L Cyl", "L Axis", "L Add", "PD", "R VA", "L VA", "IOP R", "IOP L", "Clinical Notes"]
DH = ["Order No", "Exam ID", "Patient Ref", "Order Date", "Dispenser", "Dispenser GOC", "Frame Code", "Frame Brand", "Lens Code",
      "Lens Type", "GOS 3 Voucher", "Voucher Value", "Patient Paid", "Collected"]
write("practices", PH_, PRACTICES)
write("patients", PAH, [p[:21] for p in patients])
write("eye_exams", EH, exams)
write("dispenses", DH, disp)
N = "NON_IDENTIFYING"
L = {"practices": [N, N, "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", N, "NAME"],
     "patients": ["MEDICAL_RECORD_NUMBER", N, "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "AGE", N, "NATIONAL_ID", "STREET_ADDRESS",
                  "STREET_ADDRESS", "CITY", "COUNTY", "ZIP_CODE", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", N, N, N, "DATE", "FREE_TEXT"],
     "eye_exams": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", N, "DATE", N, N, "OTHER_UNIQUE_IDENTIFIER", "NAME",
                   "CERTIFICATE_LICENSE_NUMBER", N, N, N, N, N, N, N, N, N, N, N, N, N, "FREE_TEXT"],
     "dispenses": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "NAME", "CERTIFICATE_LICENSE_NUMBER",
                   N, N, N, N, N, N, N, "DATE"]}
H = {"practices": PH_, "patients": PAH, "eye_exams": EH, "dispenses": DH}
cols = {}
for t in ("practices", "patients", "eye_exams", "dispenses"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "optician-uk",
        "description": "Invented practice-management export of a fictional UK optician chain in Lancashire (breaker83), ',', dd/mm/yyyy: practices 12 (code CV01, name, address, town, postcode, phone, GOS contract no, practice manager), patients 900 (Patient Ref 'CV004512', Title, Forename, Surname, DOB, Age (about 2.5% over 89), Sex, NHS No mod 11 spaced 3-3-4 or plain, Address 1 (12% 'Flat 3, ...'), Address 2 (locality), Town, County (Lancashire: COUNTY, a subdivision smaller than the nation), Postcode, Home Tel '01772 123456', Mobile '07700 900123' / plain / '+44', Email, Practice, GP Surgery, Exemption, Recall Due, Notes (18%, free text, some naming a daughter or carer with a mobile, or an optometrist)), eye_exams 1,774 (Exam ID, Patient Ref, Practice, Exam Date, Exam Type, GOS Form, GOS Claim No, Optom (staff name, many rows), GOC No '01-12345', R/L Sph Cyl Axis Add '-2.25' '+1.00' 'DS' 'Plano', PD '62.5' or '31/31', VA '6/6', IOP, Clinical Notes), dispenses 786 (Order No, Exam ID, Patient Ref, Order Date, Dispenser (name), Dispenser GOC '10-12345' (empty for unregistered staff), Frame Code 'HB1234-C01-52', Frame Brand, Lens Code, Lens Type, GOS 3 voucher letter and value, Patient Paid, Collected). Labels: Patient Ref MEDICAL_RECORD_NUMBER; NHS No NATIONAL_ID; Address 2 STREET_ADDRESS (a locality line of the address); GOS Claim No OTHER_UNIQUE_IDENTIFIER; the practices' address, town, postcode, phone identifiers and the manager NAME (the convention of vardcentral-se); GP Surgery NON_IDENTIFYING (an organisation); prescriptions, frame and lens codes, vouchers NON_IDENTIFYING. Coincidences: surnames Preston, Lancaster beside the towns and 'Preston Road', 'Lancaster Road'; given names Hugo and Tom beside the frame brands 'Hugo Boss' and 'Tom Ford'; 'Nelson Street' beside patients named Nelson; the optometrist Priya Shah beside patients Shah; 'Kendal House Opticians' beside patients Kendal",
        "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "patients.Practice", "references": "practices.Practice Code"},
                        {"column": "eye_exams.Patient Ref", "references": "patients.Patient Ref"},
                        {"column": "eye_exams.Practice", "references": "practices.Practice Code"},
                        {"column": "dispenses.Exam ID", "references": "eye_exams.Exam ID"},
                        {"column": "dispenses.Patient Ref", "references": "patients.Patient Ref"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

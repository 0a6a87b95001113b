#!/usr/bin/env python3
"""Writes radonc-au: an invented schedule and course export of a FICTIONAL radiation-oncology department in the
Hunter region of New South Wales, in the style of ARIA/MOSAIQ reports (breaker87; seeded, Python standard library
only). ',' and dd/mm/yyyy as Australian Excel writes them. linacs (7: machine, model, bunker, commissioned date,
energies, status), patients (1,080: URN 7 digits, Surname, Given Names, Sex, DOB dd/mm/yyyy, Age (a few over 89),
Medicare No '2953 17084 1' with its check digit and issue number, IRN, IHI '8003 6012 3456 7897' (Luhn), DVA No
'NX123456' (some), Address, Suburb, State, Postcode 4 digits, Mobile '0412 345 678', Home Phone '(02) 4921 3456',
Referring Doctor 'Dr Sarah Nguyen', Radiation Oncologist (staff), Interpreter, Comments (free text, some naming a
relative with a phone)), courses (1,300: course id, URN, Treatment Site, ICD-10-AM, diagnosis, intent, technique,
Dose (Gy) '60', Fractions '30', Dose/# (Gy) '2', start and end dates, Radiation Oncologist, status), appointments
(3,600: appt id, URN, course id, date, time '08:15', Linac (machine FK or CT-Sim), activity 'Tx 12/30', duration,
RT (radiation therapists 'K. Walsh'), Comments (some naming a relative or a driver, some with a phone)).
Deliberate coincidences: the surnames Hamilton, Maitland and Lambton beside the suburbs Hamilton, Maitland and
Lambton; the given names Jarrah and Hunter beside the linac 'Jarrah' and the 'Hunter Coast Cancer Centre'; the
streets 'Tudor Street' and 'Dawson Street' beside the surnames Tudor and Dawson; the linac 'Banksia' beside the street
'Banksia Drive'."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(870303)
GIVEN = ["John", "Peter", "David", "Robert", "Michael", "Graham", "Wayne", "Bruce", "Kevin", "Ian", "Stephen",
         "Jarrah", "Hunter", "Lachlan", "Darren", "Trevor", "Minh", "Con", "Ray", "Barry", "Margaret", "Patricia",
         "Susan", "Helen", "Karen", "Jennifer", "Robyn", "Kylie", "Lorraine", "Dianne", "Sharon", "Leanne", "Maria",
         "Thi Lan", "Bronwyn", "Joan", "Beryl", "Narelle", "Ruby", "Olivia"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
          "Thompson", "Nguyen", "Ryan", "Kelly", "O'Brien", "Walker", "Harris", "Hamilton", "Maitland", "Lambton",
          "Tudor", "Dawson", "Papadopoulos", "Russo", "McDonald", "Campbell", "Stewart", "Murphy", "Tran", "Singh",
          "Clarke", "Mitchell", "Lee", "Chapman", "Gallagher", "Fitzgerald", "Baker", "Morgan", "Doyle", "Sullivan"]
# suburb, postcode, state, area code, streets, weight
SUBURBS = [("Hamilton", "2303", "NSW", ["Tudor Street", "Beaumont Street", "Denison Street"], 8),
           ("Merewether", "2291", "NSW", ["Glebe Road", "Llewellyn Street", "Morgan Street"], 7),
           ("Charlestown", "2290", "NSW", ["Pacific Highway", "Ridley Street", "Dawson Street"], 8),
           ("Maitland", "2320", "NSW", ["High Street", "Church Street", "Banksia Drive"], 10),
           ("East Maitland", "2323", "NSW", ["Day Street", "Banks Street", "Dawson Street"], 6),
           ("Cessnock", "2325", "NSW", ["Vincent Street", "Wollombi Road", "Maitland Road"], 7),
           ("Lambton", "2299", "NSW", ["Elder Street", "Dickson Street", "Morehead Street"], 5),
           ("Wallsend", "2287", "NSW", ["Nelson Street", "Cowper Street", "Tudor Street"], 7),
           ("Kurri Kurri", "2327", "NSW", ["Lang Street", "Barton Street"], 4),
           ("Raymond Terrace", "2324", "NSW", ["William Street", "Adelaide Street", "Banksia Drive"], 6),
           ("Nelson Bay", "2315", "NSW", ["Magnus Street", "Stockton Street"], 4),
           ("Toronto", "2283", "NSW", ["The Boulevarde", "Brighton Avenue"], 5),
           ("Adamstown", "2289", "NSW", ["Brunker Road", "Dumaresq Street"], 4),
           ("Singleton", "2330", "NSW", ["John Street", "George Street"], 4),
           ("Taree", "2430", "NSW", ["Victoria Street", "Pulteney Street"], 3),
           ("Tweed Heads", "2485", "NSW", ["Wharf Street"], 1),
           ("Coolangatta", "4225", "QLD", ["Griffith Street"], 1)]
LINACS = [["LA1", "Banksia", "Varian TrueBeam", "Bunker 1", "14/03/2016", "6X, 10X, 6FFF, 10FFF, 6-20 MeV", "Clinical"],
          ["LA2", "Jarrah", "Varian TrueBeam", "Bunker 2", "02/08/2017", "6X, 10X, 6FFF", "Clinical"],
          ["LA3", "Wattle", "Elekta Versa HD", "Bunker 3", "21/11/2019", "6X, 10X, 6FFF", "Clinical"],
          ["LA4", "Waratah", "Varian Halcyon", "Bunker 4", "05/05/2022", "6FFF", "Clinical"],
          ["LA5", "Grevillea", "Elekta Infinity", "Bunker 5", "30/01/2012", "6X, 18X", "Decommissioning 2027"],
          ["CTSIM", "CT Sim", "Siemens SOMATOM go.Open Pro", "CT Room", "11/10/2021", "", "Clinical"],
          ["LA6", "Ironbark", "Varian Ethos", "Bunker 6", "18/06/2025", "6FFF", "Clinical"]]
ROS = ["Dr Anjali Patel", "Dr Michael Horvath", "A/Prof Catherine Doyle", "Dr James O'Sullivan", "Dr Mei Lin Chua",
       "Dr Richard Beaumont", "Dr Fiona MacLeod"]
RTS = ["K. Walsh", "B. Tran", "S. Hollis", "J. Kearney", "M. Nakamura", "T. Fenwick", "R. Singh", "L. Brady",
       "C. Okafor", "P. Ryan", "E. Marsh", "D. Cheung"]
REFERRERS = ["Dr Sarah Nguyen", "Dr Paul Hennessy", "Dr Amir Haddad", "Dr Louise Kerr", "Dr Tom Blackwood",
             "Dr Priya Raman", "Dr Greg Ashby", "Dr Helen Costa", "Dr Sam Whitfield", "Dr Nadia Kowalczyk"]
# site, ICD-10-AM, diagnosis, regimens (dose, fractions, technique, intent)
SITES = [("Prostate", "C61", "Malignant neoplasm of prostate", [("60", 20, "VMAT", "Curative"), ("78", 39, "VMAT", "Curative"), ("36.25", 5, "SABR", "Curative")], 14),
         ("L Breast", "C50.4", "Malignant neoplasm of upper-outer quadrant of breast", [("40.05", 15, "3DCRT", "Adjuvant"), ("26", 5, "3DCRT", "Adjuvant")], 9),
         ("R Breast", "C50.9", "Malignant neoplasm of breast, unspecified", [("40.05", 15, "3DCRT", "Adjuvant"), ("26", 5, "IMRT", "Adjuvant")], 9),
         ("L Lung", "C34.1", "Malignant neoplasm of upper lobe, bronchus or lung", [("60", 30, "VMAT", "Curative"), ("48", 4, "SABR", "Curative")], 7),
         ("R Lung", "C34.3", "Malignant neoplasm of lower lobe, bronchus or lung", [("60", 30, "VMAT", "Curative"), ("20", 5, "3DCRT", "Palliative")], 6),
         ("Rectum", "C20", "Malignant neoplasm of rectum", [("50.4", 28, "VMAT", "Neoadjuvant"), ("25", 5, "VMAT", "Neoadjuvant")], 5),
         ("H&N - Oropharynx", "C10.9", "Malignant neoplasm of oropharynx, unspecified", [("70", 35, "VMAT", "Curative")], 4),
         ("Bone mets - Spine", "C79.5", "Secondary malignant neoplasm of bone and bone marrow", [("8", 1, "3DCRT", "Palliative"), ("20", 5, "3DCRT", "Palliative")], 8),
         ("Brain", "C71.9", "Malignant neoplasm of brain, unspecified", [("60", 30, "VMAT", "Curative"), ("40", 15, "VMAT", "Palliative")], 3),
         ("Skin - Scalp", "C44.4", "Other malignant neoplasm of skin of scalp and neck", [("50", 20, "Electrons", "Curative"), ("35", 5, "Electrons", "Curative")], 5),
         ("Cervix", "C53.9", "Malignant neoplasm of cervix uteri, unspecified", [("45", 25, "VMAT", "Curative")], 2),
         ("Oesophagus", "C15.5", "Malignant neoplasm of lower third of oesophagus", [("41.4", 23, "VMAT", "Neoadjuvant")], 2)]
RELS = ["wife", "husband", "daughter", "son", "partner", "neighbour", "sister"]
ASOF = datetime.date(2026, 11, 30)

def medicare():
    d = [rnd.randint(2, 6)] + [rnd.randint(0, 9) for _ in range(7)]
    chk = sum(w * x for w, x in zip([1, 3, 7, 9, 1, 3, 7, 9], d)) % 10
    issue = rnd.randint(1, 5)
    s = "".join(map(str, d)) + str(chk) + str(issue)
    return "%s %s %s" % (s[:4], s[4:9], s[9])

def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)

def ihi():
    body = "800360" + "".join(str(rnd.randint(0, 9)) for _ in range(9))
    s = body + luhn_digit(body)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))

def mobile():
    return "04%02d %03d %03d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999))

def home(state):
    return ("(02) 49%02d %04d" if state == "NSW" else "(07) 55%02d %04d") % (rnd.randint(0, 99), rnd.randint(0, 9999))

def dmy(d):
    return d.strftime("%d/%m/%Y")

patients, used = [], set()
for i in range(1080):
    while True:
        urn = "%07d" % rnd.randint(1000000, 3999999)
        if urn not in used:
            used.add(urn); break
    female = rnd.random() < 0.45
    pool = [g for g in GIVEN if (g in FEMALE) == female]
    given = rnd.choice(pool) + (" " + rnd.choice(pool) if rnd.random() < 0.3 else "")
    sur = rnd.choice(FAMILY)
    if i % 113 == 40:
        dob = datetime.date(rnd.randint(1930, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        dob = datetime.date(rnd.randint(1938, 1992), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - dob.year - ((ASOF.month, ASOF.day) < (dob.month, dob.day))
    sub, pc, st, streets, _ = rnd.choices(SUBURBS, [s[4] for s in SUBURBS])[0]
    addr = "%s%d %s" % (rnd.choice(["", "", "", "Unit %d/" % rnd.randint(1, 20)]), rnd.randint(1, 180), rnd.choice(streets))
    dva = ""
    if age > 70 and rnd.random() < 0.25:
        dva = rnd.choice(["NX", "NX", "QX", "VX", "N"]) + "%06d" % rnd.randint(1000, 999999)
    comm = ""
    r = rnd.random()
    if r < 0.07:
        comm = "NOK: %s %s %s %s" % (rnd.choice(RELS), rnd.choice(GIVEN), rnd.choice(FAMILY), mobile())
    elif r < 0.12:
        comm = rnd.choice(["Hearing impaired - speak to %s %s" % (rnd.choice(RELS), rnd.choice(GIVEN)),
                           "Claustrophobic - mask anxiety", "Pacemaker - cardiology clearance on file",
                           "Transport via HNE Health Transport", "Accommodation at Hope Lodge", "Aboriginal liaison officer to attend"])
    patients.append([urn, sur, given, "F" if female else "M", dmy(dob), str(age), medicare(), str(rnd.randint(1, 6)),
                     ihi() if rnd.random() < 0.92 else "", dva, addr, sub, st, pc, mobile() if rnd.random() < 0.88 else "",
                     home(st) if rnd.random() < 0.3 else "", rnd.choice(REFERRERS), rnd.choice(ROS),
                     rnd.choices(["", "Vietnamese", "Greek", "Italian", "Auslan"], [92, 3, 2, 2, 1])[0], comm])
P_HEAD = ["URN", "Surname", "Given Names", "Sex", "DOB", "Age", "Medicare No", "IRN", "IHI", "DVA No", "Address",
          "Suburb", "State", "Postcode", "Mobile", "Home Phone", "Referring Doctor", "Radiation Oncologist",
          "Interpreter", "Comments"]

courses = []
cno = 0
for p in patients:
    for k in range(rnd.choices([1, 1, 1, 2], k=1)[0]):
        site, icd, dx, regs, _ = rnd.choices(SITES, [s[4] for s in SITES])[0]
        if p[3] == "M" and site in ("L Breast", "R Breast", "Cervix"):
            site, icd, dx, regs, _ = SITES[0]
        if p[3] == "F" and site == "Prostate":
            site, icd, dx, regs, _ = SITES[1]
        dose, fx, tech, intent = rnd.choice(regs)
        start = datetime.date(2024, 1, 8) + datetime.timedelta(days=rnd.randint(0, 1000))
        end = start + datetime.timedelta(days=int(fx * 7 / 5) + rnd.randint(0, 3))
        per = "%g" % round(float(dose) / fx, 2)
        status = "Completed" if end < ASOF else "In progress"
        if rnd.random() < 0.03:
            status = "Ceased early"
        cno += 1
        courses.append(["C%05d" % (20000 + cno), p[0], site, icd, dx, intent, tech, dose, str(fx), per, dmy(start),
                        dmy(end), p[17] if rnd.random() < 0.85 else rnd.choice(ROS), status])
C_HEAD = ["Course ID", "URN", "Treatment Site", "ICD-10-AM", "Diagnosis", "Intent", "Technique", "Dose (Gy)", "Fractions",
          "Dose/# (Gy)", "Start Date", "End Date", "Radiation Oncologist", "Status"]

appts = []
aid = 880001
while len(appts) < 3600:
    c = rnd.choice(courses)
    p = next(x for x in patients if x[0] == c[1]) if False else None
    start = datetime.datetime.strptime(c[10], "%d/%m/%Y").date()
    fx = int(c[8])
    kind = rnd.random()
    if kind < 0.1:
        d, act, mach, dur = start - datetime.timedelta(days=rnd.randint(7, 14)), "CT Simulation", "CTSIM", "30"
    elif kind < 0.18:
        d, act, mach, dur = start + datetime.timedelta(days=rnd.randint(5, 30)), "Review - RO", "", "15"
    else:
        n = rnd.randint(1, fx)
        d = start + datetime.timedelta(days=(n - 1) * 7 // 5)
        mach = "LA4" if c[6] == "SABR" and rnd.random() < 0.3 else rnd.choice(["LA1", "LA2", "LA3", "LA4", "LA6", "LA5"])
        if c[6] == "Electrons":
            mach = rnd.choice(["LA1", "LA5"])
        act, dur = "Tx %d/%d" % (n, fx), rnd.choice(["10", "12", "15", "15", "20"])
    t = "%02d:%02d" % (rnd.randint(7, 18), rnd.choice([0, 12, 15, 24, 30, 36, 45, 48]))
    r = rnd.random()
    if r < 0.05:
        cm = "%s %s driving - call %s if running late" % (rnd.choice(RELS).capitalize(), rnd.choice(GIVEN), mobile())
    elif r < 0.08:
        cm = "Pt prefers afternoons; %s %s to attend review" % (rnd.choice(RELS), rnd.choice(GIVEN))
    elif r < 0.25:
        cm = rnd.choice(["Full bladder protocol", "Empty rectum - microlax given", "Bolus 5mm", "CBCT daily",
                         "Skin reaction G1 - moisturiser", "Mask fitted", "Patient late", "Imaging only",
                         "Breath hold (DIBH)", "Wheelchair - hoist"])
    else:
        cm = ""
    rt = "" if mach == "" else " / ".join(rnd.sample(RTS, rnd.choice([1, 2])))
    appts.append([str(aid), c[1], c[0], dmy(d), t, mach, act, dur, rt, cm])
    aid += rnd.randint(1, 5)
appts.sort(key=lambda r: (r[3][6:] + r[3][3:5] + r[3][:2], r[4], r[0]))
A_HEAD = ["Appt ID", "URN", "Course ID", "Date", "Time", "Linac", "Activity", "Duration (min)", "RT", "Comments"]
L_HEAD = ["Machine", "Name", "Model", "Bunker", "Commissioned", "Energies", "Status"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("linacs", L_HEAD, LINACS)
write("patients", P_HEAD, patients)
write("courses", C_HEAD, courses)
write("appointments", A_HEAD, appts)

labels = {
    "linacs.Machine": "NON_IDENTIFYING", "linacs.Name": "NON_IDENTIFYING", "linacs.Model": "NON_IDENTIFYING",
    "linacs.Bunker": "NON_IDENTIFYING", "linacs.Commissioned": "NON_IDENTIFYING", "linacs.Energies": "NON_IDENTIFYING",
    "linacs.Status": "NON_IDENTIFYING",
    "patients.URN": "MEDICAL_RECORD_NUMBER", "patients.Surname": "FAMILY_NAME", "patients.Given Names": "GIVEN_NAME",
    "patients.Sex": "NON_IDENTIFYING", "patients.DOB": "DATE_OF_BIRTH", "patients.Age": "AGE",
    "patients.Medicare No": "HEALTH_PLAN_BENEFICIARY_NUMBER", "patients.IRN": "QUASI_IDENTIFIER",
    "patients.IHI": "NATIONAL_ID", "patients.DVA No": "HEALTH_PLAN_BENEFICIARY_NUMBER",
    "patients.Address": "STREET_ADDRESS", "patients.Suburb": "CITY", "patients.State": "NON_IDENTIFYING",
    "patients.Postcode": "ZIP_CODE", "patients.Mobile": "TELEPHONE_NUMBER", "patients.Home Phone": "TELEPHONE_NUMBER",
    "patients.Referring Doctor": "NAME", "patients.Radiation Oncologist": "NAME", "patients.Interpreter": "NON_IDENTIFYING",
    "patients.Comments": "FREE_TEXT",
    "courses.Course ID": "OTHER_UNIQUE_IDENTIFIER", "courses.URN": "MEDICAL_RECORD_NUMBER",
    "courses.Treatment Site": "NON_IDENTIFYING", "courses.ICD-10-AM": "NON_IDENTIFYING", "courses.Diagnosis": "NON_IDENTIFYING",
    "courses.Intent": "NON_IDENTIFYING", "courses.Technique": "NON_IDENTIFYING", "courses.Dose (Gy)": "NON_IDENTIFYING",
    "courses.Fractions": "NON_IDENTIFYING", "courses.Dose/# (Gy)": "NON_IDENTIFYING", "courses.Start Date": "DATE",
    "courses.End Date": "DATE", "courses.Radiation Oncologist": "NAME", "courses.Status": "NON_IDENTIFYING",
    "appointments.Appt ID": "OTHER_UNIQUE_IDENTIFIER", "appointments.URN": "MEDICAL_RECORD_NUMBER",
    "appointments.Course ID": "OTHER_UNIQUE_IDENTIFIER", "appointments.Date": "DATE", "appointments.Time": "DATE",
    "appointments.Linac": "NON_IDENTIFYING", "appointments.Activity": "NON_IDENTIFYING",
    "appointments.Duration (min)": "NON_IDENTIFYING", "appointments.RT": "NAME", "appointments.Comments": "FREE_TEXT"}
gold = {"dataset": "radonc-au",
        "description": "Invented ARIA/MOSAIQ-style export of a fictional radiation-oncology department in the Hunter region, NSW (breaker87), ',', dd/mm/yyyy: linacs 7 (machine 'LA1', name 'Banksia', model, bunker, commissioned, energies, status), patients 1,080 (URN 7 digits, Surname, Given Names, sex, DOB, Age (a few over 89), Medicare No '2953 17084 1' (check digit, issue no), IRN, IHI '8003 6012 3456 7897' (Luhn), DVA No 'NX123456', Address, Suburb, State, Postcode, Mobile '0412 345 678', Home Phone '(02) 4921 3456', Referring Doctor, Radiation Oncologist (staff), Interpreter, Comments naming relatives), courses (course id, URN, Treatment Site, ICD-10-AM, diagnosis, intent, technique, Dose (Gy), Fractions, Dose/#, dates, RO, status), appointments 3,600 (appt id, URN, course id, date, time, Linac FK, activity 'Tx 12/30', duration, RT 'K. Walsh', Comments naming drivers/relatives). Labels: linac table NON_IDENTIFYING (machines); IRN QUASI_IDENTIFIER (as vic-roads-au MEDICARE_IRN); DVA No HEALTH_PLAN_BENEFICIARY_NUMBER; IHI NATIONAL_ID; State NON_IDENTIFYING; referring doctors, ROs and RTs NAME (staff). Coincidences: surnames Hamilton, Maitland, Lambton beside the suburbs; given names Jarrah and Hunter beside the linac 'Jarrah' and the Hunter region; streets Tudor Street and Dawson Street beside surnames Tudor and Dawson; linac Banksia beside Banksia Drive.",
        "entity": "patients", "columns": labels,
        "foreignKeys": [{"column": "courses.URN", "references": "patients.URN"},
                        {"column": "appointments.URN", "references": "patients.URN"},
                        {"column": "appointments.Course ID", "references": "courses.Course ID"},
                        {"column": "appointments.Linac", "references": "linacs.Machine"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

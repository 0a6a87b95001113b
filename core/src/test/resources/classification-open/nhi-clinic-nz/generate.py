#!/usr/bin/env python3
"""Writes nhi-clinic-nz: an invented New Zealand general practice's enrolment register as a PMS exports it for the
PHO quarterly capitation file (seeded, stdlib only; one 40-row table). NHI numbers in the old format AAANNNC (mod-11
check digit) and the 2022 format AAANNAX (mod-23 check letter), both as HISO 10046 defines them; Māori, Pākehā,
Pasifika and Asian names with macrons; NZ street addresses, suburbs, towns and 4-digit postcodes; DHB names, Stats NZ
level-2 ethnicity codes (up to three), Community Services Card and HUHC flags, enrolment dates dd/mm/yyyy, +64
phones, the enrolled GP's HPI common person number and name. Coincidences: the given name Nelson and the surname
Hamilton beside the towns Nelson and Hamilton, the given name Tawa beside the suburb Tawa, a GP named Sutherland
beside patients of that surname."""
import csv, json, random, datetime, unicodedata
rnd = random.Random(380202)
A = "ABCDEFGHJKLMNPQRSTUVWXYZ"

def val(c):
    return int(c) if c.isdigit() else A.index(c) + 1

def nhi(new):
    while True:
        if new:
            s = "".join(rnd.choice(A) for _ in range(3)) + "%02d" % rnd.randint(0, 99) + rnd.choice(A)
        else:
            s = "".join(rnd.choice(A) for _ in range(3)) + "%03d" % rnd.randint(0, 999)
        if s[0] == "Z":
            continue
        tot = sum(val(c) * w for c, w in zip(s, [7, 6, 5, 4, 3, 2]))
        if new:
            m = tot % 23
            if m:
                return s + A[23 - m - 1]
        else:
            m = tot % 11
            if m and (11 - m) != 10:
                return s + str(11 - m)

MAORI_G = ["Aroha", "Wiremu", "Hēmi", "Mere", "Tāne", "Ngaio", "Rāwiri", "Anahera", "Mānia", "Tawa", "Kahurangi", "Nīkau"]
MAORI_F = ["Ngata", "Te Huia", "Parata", "Tūhoe", "Rāwiri", "Horomona", "Te Whiu", "Māhutonga", "Kereama", "Pōtae"]
PAKEHA_G = ["Nelson", "Olivia", "Jack", "Charlotte", "Liam", "Isla", "Hamish", "Brooke", "Shane", "Kiri", "Graeme", "Sienna"]
PAKEHA_F = ["Hamilton", "MacKenzie", "Fitzsimmons", "O'Connell", "Van der Berg", "Sutherland", "Brownlie", "McNaughton", "Wilkinson-Reid"]
PASIFIKA = [("Sione", "Taufa"), ("Losana", "Fifita"), ("Tavita", "Leota"), ("Mele", "Tuilagi"), ("Ioane", "Faleolo")]
ASIAN = [("Wei", "Zhang"), ("Priya", "Raghunathan"), ("Min-jun", "Park"), ("Arjun", "Prasad")]
# (suburb, town, postcode, DHB)
PLACES = [("Tawa", "Wellington", "5028", "Capital and Coast"), ("Porirua East", "Porirua", "5024", "Capital and Coast"),
          ("Ōtara", "Auckland", "2023", "Counties Manukau"), ("Māngere East", "Auckland", "2024", "Counties Manukau"),
          ("Frankton", "Hamilton", "3204", "Waikato"), ("Stoke", "Nelson", "7011", "Nelson Marlborough"),
          ("Ōtūmoetai", "Tauranga", "3110", "Bay of Plenty"), ("Whakatāne", "Whakatāne", "3120", "Bay of Plenty"),
          ("Kaiti", "Gisborne", "4010", "Tairāwhiti")]
STREETS = ["Kāpiti Crescent", "Main Road", "Te Aroha Street", "Ngāti Toa Street", "Rimu Road", "Pōhutukawa Drive", "Clyde Street"]
ETH = [("11", "NZ European"), ("12", "Other European"), ("21", "Māori"), ("31", "Samoan"), ("32", "Cook Islands Māori"),
       ("33", "Tongan"), ("42", "Chinese"), ("43", "Indian"), ("44", "Other Asian")]
GPS = [("Dr Rangi Pōtae", "23ABCF"), ("Dr Helen Sutherland", "15KXJP"), ("Dr Samuel Fifita", "47ZRNT"), ("Nurse Practitioner Ana Leota", "86PQDW")]
# the GP's HPI CPN: 2 digits + 4 letters, as the HPI issues them (invented here)
GPS = [(n, "%02d%s" % (rnd.randint(10, 99), "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)))) for n, _ in GPS]
rows = []
seen = set()
while len(rows) < 40:
    r = rnd.random()
    if r < 0.35:
        g, f, eth = rnd.choice(MAORI_G), rnd.choice(MAORI_F), ["21"] + (["11"] if rnd.random() < 0.4 else [])
    elif r < 0.75:
        g, f, eth = rnd.choice(PAKEHA_G), rnd.choice(PAKEHA_F), [rnd.choice(["11", "11", "11", "12"])] + (["21"] if rnd.random() < 0.2 else [])
    elif r < 0.9:
        g, f = rnd.choice(PASIFIKA); eth = [rnd.choice(["31", "33", "32"])]
        g, f = g, rnd.choice([p[1] for p in PASIFIKA])
    else:
        g, f = rnd.choice(ASIAN); eth = [rnd.choice(["42", "43", "44"])]
    if (g, f) in seen:
        continue
    seen.add((g, f))
    other = rnd.choice(["", "", "", rnd.choice(MAORI_G + PAKEHA_G)])
    sub, town, pc, dhb = rnd.choice(PLACES)
    dob = datetime.date(rnd.randint(1931, 2023), rnd.randint(1, 12), rnd.randint(1, 28))
    enrol = datetime.date(rnd.randint(2008, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    if enrol < dob:
        enrol = dob + datetime.timedelta(days=rnd.randint(7, 60))
    mob = "+64 2%d %03d %04d" % (rnd.choice([1, 2, 7]), rnd.randint(100, 999), rnd.randint(0, 9999))
    home = "+64 %d %03d %04d" % (rnd.choice([4, 9, 7]), rnd.randint(200, 999), rnd.randint(0, 9999)) if rnd.random() < 0.5 else ""
    email = unicodedata.normalize("NFKD", "%s.%s%d@%s" % (g, f.replace(" ", "").replace("'", ""), rnd.randint(1, 99), rnd.choice(["xtra.co.nz", "gmail.com", "hotmail.co.nz"]))).encode("ascii", "ignore").decode().lower() if rnd.random() < 0.7 else ""
    gp = rnd.choice(GPS)
    eth = (eth + ["", "", ""])[:3]
    rows.append([nhi(rnd.random() < 0.2 or dob.year >= 2022), f, g, other, dob.strftime("%d/%m/%Y"), rnd.choice(["M", "F"]) if rnd.random() < 0.97 else "U",
                 eth[0], eth[1], eth[2], "%d %s" % (rnd.randint(1, 240), rnd.choice(STREETS)), sub, town, pc, dhb,
                 enrol.strftime("%d/%m/%Y"), rnd.choice(["Enrolled", "Enrolled", "Enrolled", "Enrolled", "Transferred Out", "Deceased"]),
                 rnd.choice(["Y", "N", "N"]), rnd.choice(["N", "N", "N", "N", "Y"]), rnd.choice(["1", "2", "3", "4", "5"]),
                 home, mob, email, gp[1], gp[0], "F03067-A"])
H = ["NHI", "Family Name", "Given Name", "Other Given Names", "DOB", "Gender", "Ethnicity 1", "Ethnicity 2", "Ethnicity 3",
     "Address Line 1", "Suburb", "Town/City", "Postcode", "DHB", "Enrolment Date", "Enrolment Status", "CSC", "HUHC",
     "Quintile", "Home Phone", "Mobile", "Email", "Provider CPN", "Provider Name", "Facility ID"]
with open("enrolments.csv", "w", encoding="utf-8", newline="") as o:
    w = csv.writer(o, lineterminator="\n")
    w.writerow(H)
    w.writerows(rows)
LAB = ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "CITY", "ZIP_CODE", "NON_IDENTIFYING", "DATE",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
       "EMAIL_ADDRESS", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING"]
gold = {"dataset": "nhi-clinic-nz",
        "description": "Invented New Zealand general-practice enrolment register (PHO capitation export), ',': 40 patients with NHI "
                       "(AAANNNC mod-11 and 2022 AAANNAX mod-23), Māori/Pākehā/Pasifika/Asian names with macrons, DOB dd/mm/yyyy, "
                       "Stats NZ level-2 ethnicity codes, street, suburb, town, 4-digit postcode, DHB, enrolment date and status, "
                       "CSC/HUHC flags, deprivation quintile, +64 phones, e-mail, the GP's HPI CPN and name, the practice's HPI facility id",
        "delimiter": ",", "entity": "enrolments", "columns": {"enrolments." + h: l for h, l in zip(H, LAB)}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as o:
    json.dump(gold, o, indent=2, ensure_ascii=False)
    o.write("\n")

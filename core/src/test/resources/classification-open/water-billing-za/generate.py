#!/usr/bin/env python3
"""Writes water-billing-za: an invented export of a FICTIONAL South African municipality's water billing system
(seeded, stdlib only), ';' with decimal commas and amounts written 'R 1 234,56', bilingual Afrikaans/English headers.
tariewe (14 tariff blocks: code, description, block kl, rate, fixed charge, effective date), rekeninghouers
(420 account holders: 10-digit account number, 13-digit SA ID number with its Luhn check digit and birth date inside,
surname, initials, first names, birth date, gender, ERF/stand number, street address, suburb, 4-digit postal code,
ward number, cell phone, e-mail, indigent register flag, tariff code, home language, opened date, status),
meterlesings (3,150 monthly readings: reading id, account number, meter number, reading date dd/mm/yyyy, previous and
current register, consumption kl '18,000', reading code A/E, meter reader (staff), levy and arrears 'R 1 234,56',
reader's comment naming people now and then). Deliberate coincidences: the given name George beside the town George,
the surname Wellington beside the suburb Wellington, the tariff 'Bothasig Kommersieel' beside the surname Botha."""
import csv, json, random, datetime
rnd = random.Random(680101)
GIVEN_M = ["Johannes", "Pieter", "Sipho", "Thabo", "Willem", "George", "Mandla", "Andile", "Jacobus", "Kagiso",
           "Hendrik", "Lwazi", "Francois", "Themba", "Riaan", "Mohammed", "Ashwin", "Bongani"]
GIVEN_F = ["Maria", "Anna", "Nomsa", "Thandiwe", "Elize", "Susanna", "Zanele", "Lerato", "Johanna", "Naledi",
           "Chantelle", "Fatima", "Precious", "Annelie", "Nosipho", "Priya", "Carmen", "Busisiwe"]
FAMILY = ["Botha", "van der Merwe", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "Wellington", "Jacobs", "Adams",
          "Naidoo", "Ndlovu", "du Plessis", "Khumalo", "Fortuin", "Smit", "Petersen", "Mthembu", "van Wyk",
          "Hendricks", "Coetzee", "Zulu", "Isaacs", "Steyn", "Mahlangu", "Williams", "Februarie", "Booysen", "Govender"]
SUBURBS = [("Parow", "7500", 11), ("Bellville", "7530", 9), ("Kraaifontein", "7570", 7), ("Wellington", "7655", 23),
           ("Durbanville", "7550", 3), ("Bothasig", "7441", 4), ("Mitchells Plain", "7785", 79),
           ("Elsies River", "7490", 26), ("George", "6529", 14), ("Kuils River", "7580", 16), ("Brackenfell", "7560", 6),
           ("Delft", "7100", 21)]
STREETS = ["Voortrekkerweg", "Kerkstraat", "Main Road", "Jakarandastraat", "Protea Street", "Fairfield Road",
           "Vygie Crescent", "Nelson Mandela Drive", "Eikelaan", "Stasieweg", "Church Street", "Kommandostraat"]
READERS = ["L. Mbeki", "J. Kleinhans", "N. Mthethwa", "R. Abrahams", "T. September", "S. Pillay"]
TARIFFS = [("RES1", "Residensieel Blok 1 / Residential Block 1", "0-6", "R 0,00", "R 0,00"),
           ("RES2", "Residensieel Blok 2 / Residential Block 2", "6-10,5", "R 22,41", "R 0,00"),
           ("RES3", "Residensieel Blok 3 / Residential Block 3", "10,5-20", "R 31,72", "R 0,00"),
           ("RES4", "Residensieel Blok 4 / Residential Block 4", "20-35", "R 48,93", "R 0,00"),
           ("RES5", "Residensieel Blok 5 / Residential Block 5", "35+", "R 78,06", "R 0,00"),
           ("IND0", "Deernis / Indigent", "0-10,5", "R 0,00", "R 0,00"),
           ("COM1", "Kommersieel / Commercial", "0+", "R 39,75", "R 312,50"),
           ("BOT1", "Bothasig Kommersieel", "0+", "R 41,10", "R 312,50"),
           ("IND1", "Nywerheid / Industrial", "0+", "R 39,75", "R 1 245,00"),
           ("SCH1", "Skole / Schools", "0+", "R 36,90", "R 0,00"),
           ("GOV1", "Staat / Government", "0+", "R 39,75", "R 0,00"),
           ("CHR1", "Kerke en liefdadigheid / Churches and charities", "0+", "R 27,15", "R 0,00"),
           ("SPT1", "Sportklubs / Sports clubs", "0+", "R 33,20", "R 0,00"),
           ("BUL1", "Grootmaat / Bulk", "0+", "R 35,00", "R 2 850,00")]
def rand(v):
    """'R 1 234,56' (space thousands, decimal comma), negative as '-R 12,00'."""
    s = "%.2f" % abs(v); whole, cents = s.split(".")
    g = ""
    while len(whole) > 3:
        g = " " + whole[-3:] + g; whole = whole[:-3]
    return ("-" if v < 0 else "") + "R " + whole + g + "," + cents
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def said(dob, male):
    base = dob.strftime("%y%m%d") + "%04d" % (rnd.randint(5000, 9999) if male else rnd.randint(0, 4999)) + \
        ("0" if rnd.random() < 0.93 else "1") + "8"
    return base + luhn_digit(base)
tariefs = [["Tarief Kode", "Beskrywing / Description", "Blok kl", "Tarief per kl", "Vaste Heffing", "Effektief Vanaf"]]
for c, d, b, r, f in TARIFFS:
    tariefs.append([c, d, b, r, f, "01/07/2025"])
acc = [["Rekeningnommer", "ID Nommer", "Van", "Voorletters", "Voorname", "Geboortedatum", "Geslag", "Erf No",
        "Straatadres", "Voorstad", "Poskode", "Wyk", "Selfoon", "E-pos", "Deernis Register", "Tarief Kode", "Taal",
        "Datum Geopen", "Status"]]
people = []; used_acc = set(); used_id = set(); used_erf = set()
for i in range(420):
    male = rnd.random() < 0.5
    given = rnd.sample(GIVEN_M if male else GIVEN_F, rnd.choice([1, 1, 2, 2, 3]))
    fam = rnd.choice(FAMILY)
    dob = datetime.date(1938, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 66))
    while True:
        a = "%010d" % rnd.randint(1000000000, 3999999999)
        if a not in used_acc: used_acc.add(a); break
    while True:
        idn = said(dob, male)
        if idn not in used_id: used_id.add(idn); break
    sub, pc, ward = rnd.choice(SUBURBS)
    while True:
        f = rnd.choice(["%d", "%d", "%d/%d", "ERF %d"])
        erf = f % (rnd.randint(100, 9999), rnd.randint(1, 12)) if "/" in f else f % rnd.randint(100, 39999)
        if (sub, erf) not in used_erf: used_erf.add((sub, erf)); break
    indig = "J" if rnd.random() < 0.18 else "N"
    tar = "IND0" if indig == "J" else rnd.choice(["RES2", "RES3", "RES3", "RES4", "RES5", "COM1", "BOT1"] if sub == "Bothasig" else ["RES2", "RES3", "RES3", "RES4", "RES5", "COM1"])
    cell = "0%d %03d %04d" % (rnd.choice([60, 61, 63, 71, 72, 73, 76, 79, 82, 83, 84]), rnd.randint(0, 999), rnd.randint(0, 9999))
    if rnd.random() < 0.3: cell = "+27 " + cell[1:]
    if rnd.random() < 0.06: cell = ""
    em = "" if rnd.random() < 0.45 else "%s.%s%d@%s" % (given[0].lower(), fam.lower().replace(" ", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "yahoo.com"]))
    opened = datetime.date(1995, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 30))
    row = [a, idn if rnd.random() > 0.03 else "", fam.upper() if rnd.random() < 0.5 else fam,
           "".join(g[0] + "." for g in given), " ".join(given), dob.strftime("%Y/%m/%d"), "M" if male else "V", erf,
           "%d %s" % (rnd.randint(1, 250), rnd.choice(STREETS)), sub, pc, str(ward), cell, em, indig, tar,
           rnd.choice(["Afrikaans", "Afrikaans", "English", "isiXhosa", "isiZulu"]), opened.strftime("%d/%m/%Y"),
           "Aktief" if rnd.random() < 0.93 else "Gesluit"]
    acc.append(row); people.append((row, given, fam))
lees = [["Lesing ID", "Account No", "Meter No", "Reading Date", "Previous Reading", "Current Reading", "Consumption (kl)",
         "Reading Code", "Meter Reader", "Levy Amount", "Arrears", "Tariff", "Reader Comment"]]
meters = {}
COMMENTS = ["Hond by hek", "Meter toegegroei", "Geen toegang - hek gesluit", "Meter lek", "Dog at gate",
            "Meter buried", "No access", "Leaking meter", "Reading confirmed"]
sel = rnd.sample(range(420), 350)
rid = 5500000
for k in sel:
    row, given, fam = people[k]
    m = rnd.choice(["SNS%08d", "K19A%06d", "ELS-%07d", "%09d"]) % rnd.randint(100000, 9999999)
    meters[k] = m
    reg = rnd.randint(100, 9000) * 1.0
    arrears = rnd.choice([0.0, 0.0, 0.0, rnd.uniform(50, 25000)])
    for mon in range(9):
        d = datetime.date(2025, 4 + mon, rnd.randint(3, 26))
        use = max(0.0, rnd.gauss(17 if row[15] != "COM1" else 60, 7))
        code = "E" if rnd.random() < 0.12 else "A"
        prev = reg; reg = round(reg + use, 3)
        tarr = [t for t in TARIFFS if t[0] == row[15]][0]
        rate = float(tarr[3][2:].replace(" ", "").replace(",", "."))
        levy = use * rate + float(tarr[4][2:].replace(" ", "").replace(",", "."))
        arrears = max(0.0, arrears + (levy if rnd.random() < 0.3 else -levy * rnd.random()))
        com = ""
        r = rnd.random()
        if r < 0.12: com = rnd.choice(COMMENTS)
        elif r < 0.15: com = "%s sê %s %s het die meter verskuif" % (rnd.choice(["Mnr.", "Mev."]), given[0], fam)
        elif r < 0.17: com = "Spoke to owner %s %s, meter behind garage" % (given[0], fam)
        rid += rnd.randint(1, 9)
        lees.append([str(rid), row[0], m, d.strftime("%d/%m/%Y"), ("%.3f" % prev).replace(".", ","),
                     ("%.3f" % reg).replace(".", ","), ("%.3f" % (reg - prev)).replace(".", ","), code,
                     rnd.choice(READERS) if code == "A" else "", rand(levy), rand(arrears) if arrears > 0 else "R 0,00",
                     row[15], com])
def w(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\n").writerows(rows)
w("tariewe", tariefs); w("rekeninghouers", acc); w("meterlesings", lees)
L = {"tariewe": ["NON_IDENTIFYING"] * 5 + ["DATE"],
     "rekeninghouers": ["ACCOUNT_NUMBER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", "DATE_OF_BIRTH",
                        "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "STREET_ADDRESS", "CITY", "ZIP_CODE",
                        "GEOGRAPHIC_SUBDIVISION", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING",
                        "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"],
     "meterlesings": ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "DEVICE_IDENTIFIER", "DATE", "NON_IDENTIFYING",
                      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING",
                      "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]}
heads = {"tariewe": tariefs[0], "rekeninghouers": acc[0], "meterlesings": lees[0]}
cols = {t + "." + c: l for t in ["tariewe", "rekeninghouers", "meterlesings"] for c, l in zip(heads[t], L[t])}
gold = {"dataset": "water-billing-za",
        "description": "Invented South African municipal water billing export, ';' with decimal commas, amounts 'R 1 234,56', Afrikaans/English headers: 14 tariff blocks, 420 account holders (10-digit account number, 13-digit SA ID number with Luhn check digit and birth date inside (3% empty), surname (half upper case), initials, first names, birth date yyyy/MM/dd, gender M/V, ERF/stand number '1234', '1234/5' or 'ERF 1234', street address, suburb, 4-digit postal code, ward number, cell '082 555 1234' or '+27 82 ...', e-mail (45% empty), indigent flag J/N, tariff code, home language, opened date dd/MM/yyyy, status), 3,150 monthly meter readings (reading id, account number, meter number, reading date, previous/current register and consumption in kl with 3 decimals, reading code A/E, meter reader (staff, empty for estimates), levy and arrears in rand, reader comment naming the owner on 5% of rows). ERF number OTHER_UNIQUE_IDENTIFIER (as APN); ward GEOGRAPHIC_SUBDIVISION; suburb CITY; meter readers NAME. Given name George beside the town George, surname Wellington beside the suburb Wellington, tariff 'Bothasig Kommersieel' beside the surname Botha are deliberate",
        "delimiter": ";", "entity": "rekeninghouers", "columns": cols,
        "foreignKeys": [{"column": "meterlesings.Account No", "references": "rekeninghouers.Rekeningnommer"},
                        {"column": "rekeninghouers.Tarief Kode", "references": "tariewe.Tarief Kode"},
                        {"column": "meterlesings.Tariff", "references": "tariewe.Tarief Kode"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes metadons-lv: an invented export of a FICTIONAL Latvian addiction clinic's opioid substitution programme
(methadone / buprenorphine) (breaker88; seeded, Python standard library only). ';' as Latvian Excel writes CSV,
decimal commas, dates dd.mm.gggg, Latvian headers with diacritics. darbinieki (11: Kods, Vārds, Uzvārds, Amats,
Kabinets), pacienti (420: Pacienta Nr., Personas kods 'DDMMYY-CNNNN' with its check digit (old) or '32xxxx-xxxxx'
(new, 9%), Vārds, Uzvārds, Dzimums V/S, Dzimšanas datums, Vecums (a few over 89), Adrese 'Brīvības iela 118-7',
Pilsēta/Novads, Pasta indekss 'LV-1010', Tālrunis '+371 2xxxxxxx' / '2xxxxxxx' / '+371 2x xxx xxx', Programma,
Uzņemšanas datums, Ārstējošais ārsts (staff name), Kontaktpersona (free text naming a relative with a phone)),
izsniegšana (3,600 daily dispensing events: Ieraksta Nr., Pacienta Nr., Datums, Laiks, Preparāts, Deva (mg) '85' /
'12,5', Izsniedza (nurse), Uzraudzīta lietošana jā/nē, Līdzņemšanai (take-home days), Piezīmes), urīna analīzes
(1,300: Analīzes Nr., Pacienta Nr., Paraugs ņemts, Opiāti, Metadons, Buprenorfīns, Benzodiazepīni, Amfetamīni,
Kanabinoīdi (pozitīvs/negatīvs/nav veikts), Kreatinīns (mg/dl) '112,4').
Deliberate coincidences: the surname Bauska beside the town Bauska; the given name Marta beside the clinic
branch 'Filiāle Sv. Marta'; the street 'Ozolu iela' beside the surname Ozols; the nurse Inese Bērziņa beside
patients surnamed Bērziņa; the surname Liepa beside the street 'Liepu iela'."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(880202)
GIVEN = ["Jānis", "Andris", "Edgars", "Māris", "Kaspars", "Artūrs", "Sergejs", "Aleksandrs", "Dmitrijs", "Ivars",
         "Raivis", "Mārtiņš", "Roberts", "Vladimirs", "Igors", "Guntis", "Oskars", "Kristaps", "Anna", "Marta", "Ilze",
         "Inga", "Līga", "Kristīne", "Jeļena", "Olga", "Natālija", "Santa", "Laura", "Dace", "Irina", "Zane"]
FEMALE = set(GIVEN[18:])
FAMILY = [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Jansons", "Jansone"),
          ("Liepa", "Liepa"), ("Krūmiņš", "Krūmiņa"), ("Balodis", "Balode"), ("Zariņš", "Zariņa"), ("Pētersons", "Pētersone"),
          ("Vītols", "Vītola"), ("Kļaviņš", "Kļaviņa"), ("Ivanovs", "Ivanova"), ("Petrovs", "Petrova"), ("Smirnovs", "Smirnova"),
          ("Kuzņecovs", "Kuzņecova"), ("Popovs", "Popova"), ("Vasiļjevs", "Vasiļjeva"), ("Lācis", "Lāce"), ("Bauska", "Bauska"),
          ("Sproģis", "Sproģe"), ("Eglītis", "Eglīte"), ("Šmits", "Šmite"), ("Grīnbergs", "Grīnberga"), ("Ābols", "Ābola"),
          ("Romanovs", "Romanova"), ("Volkovs", "Volkova"), ("Siliņš", "Siliņa"), ("Vanags", "Vanaga")]
# town, postcode choices, streets, weight
TOWNS = [("Rīga", ["LV-1001", "LV-1003", "LV-1004", "LV-1006", "LV-1009", "LV-1010", "LV-1011", "LV-1012", "LV-1019",
          "LV-1021", "LV-1024", "LV-1035", "LV-1039", "LV-1046", "LV-1055", "LV-1082", "LV-1084"],
          ["Brīvības iela", "Maskavas iela", "Ozolu iela", "Liepu iela", "Gogoļa iela", "Dzirnavu iela", "Kurzemes prospekts",
           "Lubānas iela", "Slokas iela", "Ganību dambis", "Ulbrokas iela", "Purvciema iela"], 60),
         ("Jūrmala", ["LV-2008", "LV-2010", "LV-2015"], ["Jomas iela", "Talsu šoseja", "Kolkas iela"], 8),
         ("Daugavpils", ["LV-5401", "LV-5403", "LV-5404", "LV-5410"], ["Rīgas iela", "Cietokšņa iela", "18. novembra iela", "Liepu iela"], 12),
         ("Jelgava", ["LV-3001", "LV-3002", "LV-3007"], ["Lielā iela", "Pasta iela", "Ozolu iela"], 6),
         ("Bauska", ["LV-3901"], ["Rīgas iela", "Kalna iela", "Pionieru iela"], 3),
         ("Ogres novads", ["LV-5001", "LV-5041", "LV-5020"], ["Brīvības iela", "Mālkalnes prospekts", "Skolas iela"], 5),
         ("Salaspils novads", ["LV-2121", "LV-2118"], ["Rīgas iela", "Skolas iela", "Meistaru iela"], 4),
         ("Ropažu novads", ["LV-2135", "LV-1067", "LV-2133"], ["Ulbrokas iela", "Priežu iela", "Mazā Dārza iela"], 2)]
STAFF = [["D01", "Pēteris", "Zvaigzne", "Narkologs", "Filiāle Sv. Marta, 12. kab."],
         ["D02", "Agnese", "Dambe", "Narkologs", "Centrs, 204. kab."],
         ["D03", "Viktors", "Gorbunovs", "Psihiatrs, narkologs", "Centrs, 207. kab."],
         ["M01", "Inese", "Bērziņa", "Medicīnas māsa", "Izsniegšanas punkts"],
         ["M02", "Ludmila", "Koroļova", "Medicīnas māsa", "Izsniegšanas punkts"],
         ["M03", "Baiba", "Kronberga", "Medicīnas māsa", "Izsniegšanas punkts"],
         ["M04", "Sandra", "Upīte", "Medicīnas māsa", "Filiāle Sv. Marta"],
         ["M05", "Aivars", "Cīrulis", "Ārsta palīgs", "Filiāle Sv. Marta"],
         ["M06", "Tatjana", "Jakovļeva", "Medicīnas māsa", "Izsniegšanas punkts"],
         ["S01", "Gunta", "Krastiņa", "Sociālais darbinieks", "Centrs, 110. kab."],
         ["R01", "Elīna", "Mežule", "Reģistratore", "Reģistratūra"]]
DOCS = [s for s in STAFF if s[0].startswith("D")]
NURSES = [s for s in STAFF if s[0].startswith("M")]
REL = ["māte", "tēvs", "sieva", "vīrs", "māsa", "brālis", "draudzene", "dēls", "meita"]
ASOF = datetime.date(2026, 11, 30)

def ddmm(d):
    return d.strftime("%d.%m.%Y")

def old_pk(birth):
    c = 0 if birth.year < 1900 else (1 if birth.year < 2000 else 2)
    while True:
        d = [int(x) for x in birth.strftime("%d%m%y")] + [c] + [rnd.randint(0, 9) for _ in range(3)]
        s = sum(w * x for w, x in zip([1, 6, 3, 7, 9, 10, 5, 8, 4, 2], d))
        k = (1101 - s) % 11
        if k < 10:
            t = "".join(map(str, d)) + str(k)
            return t[:6] + "-" + t[6:]

def new_pk():
    t = "32" + "".join(str(rnd.randint(0, 9)) for _ in range(9))
    return t[:6] + "-" + t[6:]

def phone():
    n = "2" + "".join(str(rnd.randint(0, 9)) for _ in range(7))
    r = rnd.random()
    if r < 0.5:
        return "+371 " + n
    if r < 0.8:
        return n
    return "+371 %s %s %s" % (n[:2], n[2:5], n[5:])

patients, used = [], set()
for i in range(420):
    g = rnd.choice(GIVEN)
    fem = g in FEMALE
    fam = rnd.choice(FAMILY)[1 if fem else 0]
    if i % 140 == 33:
        birth = datetime.date(rnd.randint(1930, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1958, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - birth.year - ((ASOF.month, ASOF.day) < (birth.month, birth.day))
    pk = new_pk() if rnd.random() < 0.09 else old_pk(birth)
    while pk in used:
        pk = old_pk(birth)
    used.add(pk)
    town = rnd.choices(TOWNS, [t[3] for t in TOWNS])[0]
    street = rnd.choice(town[2])
    r = rnd.random()
    if r < 0.55:
        adr = "%s %d-%d" % (street, rnd.randint(1, 160), rnd.randint(1, 90))
    elif r < 0.8:
        adr = "%s %d" % (street, rnd.randint(1, 160))
    elif r < 0.9:
        adr = "%s %d k-%d, dz. %d" % (street, rnd.randint(1, 160), rnd.randint(1, 4), rnd.randint(1, 90))
    else:
        adr = "Nav deklarētas dzīvesvietas" if rnd.random() < 0.5 else ""
    prog = rnd.choices(["Metadons", "Buprenorfīns"], [70, 30])[0]
    adm = datetime.date(rnd.randint(2012, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
    if adm > ASOF:
        adm = datetime.date(2026, rnd.randint(1, 10), rnd.randint(1, 28))
    kp = ""
    r = rnd.random()
    if r < 0.35:
        rel = rnd.choice(REL)
        kp = "%s %s %s, tālr. %s" % (rel, rnd.choice(GIVEN[18:] if rel in ("māte", "sieva", "māsa", "draudzene", "meita") else GIVEN[:18]),
                                     rnd.choice(FAMILY)[1 if rel in ("māte", "sieva", "māsa", "draudzene", "meita") else 0], phone())
    elif r < 0.45:
        kp = "Nav"
    patients.append(["P%05d" % (10000 + i * 7 + rnd.randint(0, 6)), pk, g, fam, "S" if fem else "V", ddmm(birth), str(age),
                     adr, town[0] if adr != "Nav deklarētas dzīvesvietas" else "", town[1][rnd.randrange(len(town[1]))] if adr and adr != "Nav deklarētas dzīvesvietas" else "",
                     phone() if rnd.random() < 0.85 else "", prog, ddmm(adm), (lambda s: s[1] + " " + s[2])(rnd.choice(DOCS)), kp])

disp = []
start = datetime.date(2026, 9, 1)
k = 0
active = rnd.sample(patients, 160)
for p in active:
    n = rnd.randint(8, 36)
    d0 = start + datetime.timedelta(days=rnd.randint(0, 60))
    dose = rnd.choice([40, 50, 60, 70, 80, 85, 90, 100, 110, 120]) if p[11] == "Metadons" else rnd.choice([8, 12, 16, 20, 24])
    for j in range(n):
        if k >= 3600:
            break
        d = d0 + datetime.timedelta(days=j)
        if rnd.random() < 0.1:
            dose += rnd.choice([-5, 5, 10]) if p[11] == "Metadons" else rnd.choice([-2, 2])
        dose = max(dose, 2)
        pr = "Methadone Molteni 10 mg/ml šķīdums" if p[11] == "Metadons" else rnd.choice(["Subutex 8 mg", "Suboxone 8/2 mg", "Buprenorphine Alkaloid 2 mg"])
        sup = "jā" if rnd.random() < 0.82 else "nē"
        take = "" if sup == "jā" else str(rnd.choice([1, 2, 3, 7]))
        note = ""
        r = rnd.random()
        if r < 0.03:
            note = "Devu saņēma %s %s %s (pilnvara), tālr. %s" % (rnd.choice(["māte", "sieva", "māsa"]), rnd.choice(GIVEN[18:]), rnd.choice(FAMILY)[1], phone())
        elif r < 0.06:
            note = rnd.choice(["Ieradās reibumā, deva atlikta.", "Izvemšana 15 min pēc devas, atkārtoti netika dota.",
                               "Nokavēja, izsniegts pēc darba laika.", "Pacients hospitalizēts Rīgas Austrumu slimnīcā.",
                               "Saruna ar sociālo darbinieku.", "Deva samazināta pēc ārsta rīkojuma."])
        disp.append(["", p[0], ddmm(d), "%02d:%02d" % (rnd.randint(7, 14), rnd.randint(0, 59)), pr,
                     (str(dose) if p[11] == "Metadons" or rnd.random() < 0.8 else str(dose) + ",5"),
                     (lambda s: s[1] + " " + s[2])(rnd.choice(NURSES)), sup, take, note])
        k += 1
disp.sort(key=lambda r: (r[2][6:], r[2][3:5], r[2][:2], r[3]))
for i, r in enumerate(disp):
    r[0] = str(480001 + i)

RES = ["negatīvs"] * 6 + ["pozitīvs"] * 2 + ["nav veikts"]
urine = []
for i in range(1300):
    p = rnd.choice(patients)
    d = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 690))
    met = "pozitīvs" if p[11] == "Metadons" and rnd.random() < 0.93 else rnd.choice(RES)
    bup = "pozitīvs" if p[11] == "Buprenorfīns" and rnd.random() < 0.9 else "negatīvs"
    urine.append(["U%06d" % (250001 + i), p[0], ddmm(d), rnd.choice(RES), met, bup, rnd.choice(RES), rnd.choice(RES + ["negatīvs"] * 4),
                  rnd.choice(RES), ("%.1f" % rnd.uniform(18, 260)).replace(".", ",") if rnd.random() < 0.7 else ""])
urine.sort(key=lambda r: r[0])

D_HEAD = ["Kods", "Vārds", "Uzvārds", "Amats", "Kabinets"]
P_HEAD = ["Pacienta Nr.", "Personas kods", "Vārds", "Uzvārds", "Dzimums", "Dzimšanas datums", "Vecums", "Adrese",
          "Pilsēta/Novads", "Pasta indekss", "Tālrunis", "Programma", "Uzņemšanas datums", "Ārstējošais ārsts", "Kontaktpersona"]
I_HEAD = ["Ieraksta Nr.", "Pacienta Nr.", "Datums", "Laiks", "Preparāts", "Deva (mg)", "Izsniedza", "Uzraudzīta lietošana",
          "Līdzņemšanai (dienas)", "Piezīmes"]
U_HEAD = ["Analīzes Nr.", "Pacienta Nr.", "Paraugs ņemts", "Opiāti", "Metadons", "Buprenorfīns", "Benzodiazepīni",
          "Amfetamīni", "Kanabinoīdi", "Kreatinīns (mg/dl)"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("darbinieki", D_HEAD, STAFF)
write("pacienti", P_HEAD, patients)
write("izsniegsana", I_HEAD, disp)
write("urinas_analizes", U_HEAD, urine)

L = {"darbinieki.Kods": "QUASI_IDENTIFIER", "darbinieki.Vārds": "NAME", "darbinieki.Uzvārds": "NAME",
     "darbinieki.Amats": "NON_IDENTIFYING", "darbinieki.Kabinets": "NON_IDENTIFYING",
     "pacienti.Pacienta Nr.": "MEDICAL_RECORD_NUMBER", "pacienti.Personas kods": "NATIONAL_ID", "pacienti.Vārds": "GIVEN_NAME",
     "pacienti.Uzvārds": "FAMILY_NAME", "pacienti.Dzimums": "NON_IDENTIFYING", "pacienti.Dzimšanas datums": "DATE_OF_BIRTH",
     "pacienti.Vecums": "AGE", "pacienti.Adrese": "STREET_ADDRESS", "pacienti.Pilsēta/Novads": "CITY",
     "pacienti.Pasta indekss": "ZIP_CODE", "pacienti.Tālrunis": "TELEPHONE_NUMBER", "pacienti.Programma": "NON_IDENTIFYING",
     "pacienti.Uzņemšanas datums": "DATE", "pacienti.Ārstējošais ārsts": "NAME", "pacienti.Kontaktpersona": "FREE_TEXT",
     "izsniegsana.Ieraksta Nr.": "OTHER_UNIQUE_IDENTIFIER", "izsniegsana.Pacienta Nr.": "MEDICAL_RECORD_NUMBER",
     "izsniegsana.Datums": "DATE", "izsniegsana.Laiks": "DATE", "izsniegsana.Preparāts": "NON_IDENTIFYING",
     "izsniegsana.Deva (mg)": "NON_IDENTIFYING", "izsniegsana.Izsniedza": "NAME",
     "izsniegsana.Uzraudzīta lietošana": "NON_IDENTIFYING", "izsniegsana.Līdzņemšanai (dienas)": "NON_IDENTIFYING",
     "izsniegsana.Piezīmes": "FREE_TEXT",
     "urinas_analizes.Analīzes Nr.": "OTHER_UNIQUE_IDENTIFIER", "urinas_analizes.Pacienta Nr.": "MEDICAL_RECORD_NUMBER",
     "urinas_analizes.Paraugs ņemts": "DATE", "urinas_analizes.Opiāti": "NON_IDENTIFYING",
     "urinas_analizes.Metadons": "NON_IDENTIFYING", "urinas_analizes.Buprenorfīns": "NON_IDENTIFYING",
     "urinas_analizes.Benzodiazepīni": "NON_IDENTIFYING", "urinas_analizes.Amfetamīni": "NON_IDENTIFYING",
     "urinas_analizes.Kanabinoīdi": "NON_IDENTIFYING", "urinas_analizes.Kreatinīns (mg/dl)": "NON_IDENTIFYING"}
gold = {"dataset": "metadons-lv",
        "description": "Invented export of a fictional Latvian opioid substitution programme (breaker88), ';', decimal commas, dd.mm.gggg, Latvian headers: darbinieki 11 (Kods, Vārds, Uzvārds (staff), Amats, Kabinets), pacienti 420 (Pacienta Nr. 'P10007', Personas kods 'DDMMYY-CNNNN' with its check digit or new '32xxxx-xxxxx' (9%), Vārds, Uzvārds (gendered forms), Dzimums V/S, Dzimšanas datums (3 born 1930-1935), Vecums, Adrese 'Brīvības iela 118-7' or 'Nav deklarētas dzīvesvietas', Pilsēta/Novads, Pasta indekss 'LV-1010', Tālrunis '+371 2xxxxxxx' / '2xxxxxxx' / '+371 2x xxx xxx', Programma, Uzņemšanas datums, Ārstējošais ārsts (staff 'Vārds Uzvārds'), Kontaktpersona (a relative with a phone on 35%)), izsniegsana 3,600 (Ieraksta Nr., Pacienta Nr., Datums, Laiks, Preparāts, Deva (mg) '85' / '12,5', Izsniedza (nurse name), Uzraudzīta lietošana jā/nē, Līdzņemšanai (dienas), Piezīmes naming a relative who collected the dose with a phone on 3%), urinas_analizes 1,300 (Analīzes Nr., Pacienta Nr., Paraugs ņemts, seven results pozitīvs/negatīvs/nav veikts, Kreatinīns '112,4'). Labels: Personas kods NATIONAL_ID; Pilsēta/Novads CITY (a novads is a municipality, smaller than a state); staff code QUASI_IDENTIFIER; staff Vārds and Uzvārds NAME. Coincidences: surname Bauska beside the town Bauska; given name Marta beside 'Filiāle Sv. Marta'; streets 'Ozolu iela' and 'Liepu iela' beside the surnames Ozols/Ozola and Liepa; the nurse Inese Bērziņa beside patients surnamed Bērziņa.",
        "delimiter": ";", "entity": "pacienti", "columns": L,
        "foreignKeys": [{"column": "izsniegsana.Pacienta Nr.", "references": "pacienti.Pacienta Nr."},
                        {"column": "urinas_analizes.Pacienta Nr.", "references": "pacienti.Pacienta Nr."}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

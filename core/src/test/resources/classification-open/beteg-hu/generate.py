#!/usr/bin/env python3
"""Writes beteg-hu: an invented Hungarian hospital export (seeded, stdlib only), Hungarian headers with accents, ','.
betegek 420 patients (TAJ szám 9 digits with its check digit, adóazonosító jel 10 digits with its check digit and birth
date, születési dátum '1956.03.14.', anyja neve, irányítószám, település, utca_házszám, telefon '+36 30 123 4567'),
felvetelek 1300 admissions (BNO/ICD-10 codes, ward, doctor, ages some over 89), osztalyok 12 wards."""
import csv, json, random, datetime
rnd = random.Random(250101)
FAM = ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp",
       "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fekete", "Magyar", "Sebestyén", "Bodnár", "Győri"]
GIV_M = ["László", "István", "József", "János", "Zoltán", "Sándor", "Gábor", "Ferenc", "Attila", "Péter", "Tamás", "Bence", "Levente", "Dániel"]
GIV_F = ["Mária", "Erzsébet", "Katalin", "Ilona", "Éva", "Anna", "Zsuzsanna", "Margit", "Judit", "Ágnes", "Andrea", "Krisztina", "Réka", "Hanna"]
TOWNS = [("1085", "Budapest"), ("1117", "Budapest"), ("1139", "Budapest"), ("7621", "Pécs"), ("6720", "Szeged"), ("4026", "Debrecen"),
         ("9021", "Győr"), ("3525", "Miskolc"), ("2000", "Szentendre"), ("8200", "Veszprém"), ("5000", "Szolnok"), ("7100", "Szekszárd"),
         ("2500", "Esztergom"), ("8900", "Zalaegerszeg"), ("3300", "Eger"), ("6000", "Kecskemét")]
STREETS = ["Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Ady Endre utca", "Széchenyi tér", "Dózsa György út", "Béke utca",
           "Jókai Mór utca", "Arany János utca", "Bajcsy-Zsilinszky út", "Fő utca", "Szent István körút", "Deák Ferenc tér"]
WARDS = [("BEL1", "Belgyógyászat I."), ("BEL2", "Belgyógyászat II."), ("KARD", "Kardiológia"), ("SEB", "Általános Sebészet"),
         ("TRAU", "Traumatológia"), ("NEUR", "Neurológia"), ("SZUL", "Szülészet-Nőgyógyászat"), ("GYER", "Gyermekgyógyászat"),
         ("PSZI", "Pszichiátria"), ("ONK", "Onkológia"), ("INT", "Intenzív Osztály"), ("REH", "Rehabilitáció")]
BNO = [("I10", "Esszenciális (primer) magasvérnyomás"), ("E11.9", "Nem inzulin-dependens diabetes mellitus szövődmény nélkül"),
       ("I21.0", "Az elülső fal heveny transmuralis myocardialis infarctusa"), ("J18.9", "Pneumonia, k.m.n."), ("K80.2", "Epekő cholecystitis nélkül"),
       ("S72.0", "Combnyaktörés"), ("I63.9", "Agyinfarktus, k.m.n."), ("C50.9", "Emlő rosszindulatú daganata, k.m.n."), ("O80", "Egyes spontán szülés"),
       ("F32.1", "Közepes depressziós epizód"), ("N39.0", "Húgyúti fertőzés, lokalizáció nem meghatározott"), ("K35.8", "Heveny appendicitis, k.m.n."),
       ("J44.1", "Idült obstruktív tüdőbetegség heveny exacerbatióval"), ("I50.0", "Pangásos szívelégtelenség")]
EXIT = ["Otthonába távozott", "Otthonába távozott", "Otthonába távozott", "Más osztályra áthelyezve", "Más intézménybe áthelyezve", "Saját felelősségre távozott", "Elhunyt"]
NAT = ["magyar"] * 12 + ["román", "szlovák", "ukrán", "szerb"]

def taj():
    d = [rnd.randint(0, 9) for _ in range(8)]; d[0] = rnd.randint(0, 1)
    c = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    return "".join(map(str, d + [c]))

def adoaz(born):
    while True:
        days = (born - datetime.date(1867, 1, 1)).days
        d = [8] + [int(x) for x in "%05d" % days] + [rnd.randint(0, 9) for _ in range(3)]
        c = sum(x * (i + 1) for i, x in enumerate(d)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))

def hdate(x):
    return "%04d.%02d.%02d." % (x.year, x.month, x.day)

def phone():
    return "+36 %s %03d %04d" % (rnd.choice(["30", "20", "70", "1", "72", "62"]), rnd.randint(100, 999), rnd.randint(0, 9999))

pat, seen = [], set()
for i in range(420):
    male = rnd.random() < 0.48
    fam, giv = rnd.choice(FAM), rnd.choice(GIV_M if male else GIV_F)
    born = datetime.date(1926, 1, 1) + datetime.timedelta(days=rnd.randint(0, 36000))
    if i < 20:
        born = datetime.date(rnd.randint(1926, 1933), rnd.randint(1, 12), rnd.randint(1, 28))
    t = taj()
    while t in seen:
        t = taj()
    seen.add(t)
    zipc, town = rnd.choice(TOWNS)
    mother = "%s %s" % (rnd.choice(FAM), rnd.choice(GIV_F))
    pat.append(["%06d" % (100231 + i * 7), fam, giv, mother, hdate(born), rnd.choice([t for _, t in TOWNS]), "férfi" if male else "nő",
                t, adoaz(born), zipc, town, "%s %d." % (rnd.choice(STREETS), rnd.randint(1, 120)) + (" %d/%d." % (rnd.randint(1, 8), rnd.randint(1, 30)) if rnd.random() < 0.4 else ""),
                phone(), rnd.choice(NAT), born])
DOCS = ["Dr. %s %s" % (rnd.choice(FAM), rnd.choice(GIV_M + GIV_F)) for _ in range(16)]
adm = []
for k in range(1300):
    p = rnd.choice(pat); ward = rnd.choice(WARDS); b = rnd.choice(BNO)
    start = datetime.datetime(2024, 1, 1, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 700 * 1440))
    end = start + datetime.timedelta(days=rnd.randint(1, 21), hours=rnd.randint(0, 10))
    age = start.year - p[14].year - ((start.month, start.day) < (p[14].month, p[14].day))
    adm.append(["F%07d" % (2400001 + k), p[0], start.strftime("%Y.%m.%d. %H:%M"), end.strftime("%Y.%m.%d. %H:%M"), str(age), ward[0], b[0], b[1],
                rnd.choice(DOCS), rnd.choice(EXIT), rnd.choice(["sürgős", "tervezett", "tervezett"])])
wards = [[c, n, "Dr. %s %s" % (rnd.choice(FAM), rnd.choice(GIV_M + GIV_F)), "%d" % rnd.randint(20, 60), "+36 1 459 %04d" % (1500 + i)] for i, (c, n) in enumerate(WARDS)]
H1 = ["beteg_azonosító", "vezetéknév", "keresztnév", "anyja_neve", "születési_dátum", "születési_hely", "nem", "taj_szám", "adóazonosító_jel",
      "irányítószám", "település", "utca_házszám", "telefon", "állampolgárság"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "NAME", "DATE_OF_BIRTH", "CITY", "NON_IDENTIFYING", "NATIONAL_ID", "NATIONAL_ID",
      "ZIP_CODE", "CITY", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING"]
H2 = ["felvétel_azonosító", "beteg_azonosító", "felvétel_időpontja", "távozás_időpontja", "életkor", "osztály_kód", "bno_kód", "diagnózis",
      "kezelőorvos", "távozás_módja", "felvétel_jellege"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H3 = ["osztály_kód", "osztály_neve", "osztályvezető_főorvos", "ágyszám", "telefon"]
L3 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER"]  # a ward line, labelled as library.branches.phone
for name, head, rows in (("betegek", H1, [p[:14] for p in pat]), ("felvetelek", H2, adm), ("osztalyok", H3, wards)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"betegek." + h: l for h, l in zip(H1, L1)}
cols.update({"felvetelek." + h: l for h, l in zip(H2, L2)})
cols.update({"osztalyok." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "beteg-hu",
        "description": "Invented Hungarian hospital export, Hungarian headers with accents, ',': 420 patients (TAJ 9 digits with check digit, adóazonosító jel 10 digits with check digit encoding the birth date, birth dates '1956.03.14.', mother's name, 4-digit postcodes, towns, street and house number, +36 phones, nationality 'magyar' beside the surname Magyar), 1300 admissions ('2024.05.02. 13:10', ages some over 89, ward codes, BNO/ICD-10 codes and Hungarian descriptions, treating doctor), 12 wards (head physician, ward phone line)",
        "delimiter": ",", "entity": "betegek", "columns": cols,
        "foreignKeys": [{"column": "felvetelek.beteg_azonosító", "references": "betegek.beteg_azonosító"},
                        {"column": "felvetelek.osztály_kód", "references": "osztalyok.osztály_kód"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes lekarna-cz: an invented Czech hospital pharmacy's dispensing export (lekarnici 7 rows, vydeje 200 rows), `;`,
dd.mm.yyyy dates. Rodné číslo YYMMDD/XXXX divisible by 11 (YYMMDD/XXX before 1954; women month + 50), pharmacists with local titles
(PharmDr., Mgr.), prescribers (MUDr.), ATC codes, doses with units, ages over 89, notes naming relatives
(seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(120601)
MUZ = [("Jan", "Novák"), ("Petr", "Svoboda"), ("Josef", "Dvořák"), ("Pavel", "Černý"), ("Jiří", "Procházka"),
       ("Tomáš", "Kučera"), ("Miroslav", "Veselý"), ("František", "Horák"), ("Karel", "Němec"), ("Zdeněk", "Pokorný")]
ZENY = [("Marie", "Nováková"), ("Jana", "Svobodová"), ("Eva", "Dvořáková"), ("Hana", "Černá"), ("Anna", "Procházková"),
        ("Lenka", "Kučerová"), ("Věra", "Veselá"), ("Alena", "Horáková"), ("Jaroslava", "Němcová"), ("Zdeňka", "Pokorná")]
ATC = [("C09AA05", "Ramipril", "5 mg", "1-0-0"), ("A10BA02", "Metformin", "850 mg", "1-0-1"), ("B01AB05", "Enoxaparin", "40 mg s.c.", "0-0-1"),
       ("N02BE01", "Paracetamol", "500 mg", "1-1-1"), ("J01CR02", "Amoxicilin/klavulanát", "1 g", "1-0-1"),
       ("C03CA01", "Furosemid", "40 mg", "1-0-0"), ("A02BC02", "Pantoprazol", "40 mg", "1-0-0"), ("N05BA12", "Alprazolam", "0,25 mg", "0-0-1"),
       ("C07AB07", "Bisoprolol", "2,5 mg", "1-0-0"), ("H02AB06", "Prednisolon", "20 mg", "1-0-0")]
ODD = ["Interna A", "Interna B", "Chirurgie", "Geriatrie", "Neurologie", "ARO"]
ref = datetime.date(2025, 5, 1)

def rc(d, woman):
    m = d.month + (50 if woman else 0)
    if d.year < 1954:  # nine digits, no check digit, before 1954
        return "%02d%02d%02d/%03d" % (d.year % 100, m, d.day, rnd.randint(0, 999))
    while True:
        head = "%02d%02d%02d%03d" % (d.year % 100, m, d.day, rnd.randint(0, 999))
        c = int(head) % 11
        if c != 10:
            return "%s/%s%d" % (head[:6], head[6:], c)

lek = []
for i, (t, w) in enumerate([("PharmDr.", 1), ("Mgr.", 0), ("Mgr.", 1), ("PharmDr.", 0), ("Mgr.", 1), ("PharmDr. Mgr.", 1), ("Mgr.", 0)]):
    j, p = rnd.choice(ZENY if w else MUZ)
    lek.append(["L%03d" % (11 + i * 7), "%s %s %s" % (t, j, p), rnd.choice(["výdej", "příprava", "klinická farmacie"]), rnd.choice(["100", "80", "50"])])
lekari = ["MUDr. %s %s" % rnd.choice(MUZ + ZENY) for _ in range(8)]
pac = []
for k in range(90):
    w = rnd.random() < 0.55
    j, p = rnd.choice(ZENY if w else MUZ)
    age = rnd.choice([rnd.randint(40, 89), rnd.randint(60, 89), rnd.randint(90, 101)])
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    pac.append((rc(d, w), p, j, d, age))
vy = []
for i in range(200):
    r, p, j, d, age = rnd.choice(pac)
    code, lecivo, davka, frek = rnd.choice(ATC)
    ph = rnd.choice(lek)
    dt = ref + datetime.timedelta(days=rnd.randint(0, 60))
    pr = rnd.choice(["", "", "", "Lék převzala dcera %s %s, tel. 6%02d %03d %03d." % (rnd.choice(ZENY)[0], p, rnd.randint(3, 9) * 10 + 2, rnd.randint(0, 999), rnd.randint(0, 999)),
                     "Konzultováno s %s, úprava dávky dle clearance." % rnd.choice(lekari),
                     "Pacient alergický na penicilin, ověřila %s." % rnd.choice(lek)[1], "Syn %s %s žádá informace o lécích." % (rnd.choice(MUZ)[0], p)])
    vy.append(["V%06d" % (250000 + i * 3), r, p, j, d.strftime("%d.%m.%Y"), str(age), rnd.choice(ODD), code, lecivo, davka, frek,
               str(rnd.choice([10, 14, 28, 30])), rnd.choice(lekari), ph[1], ph[0], dt.strftime("%d.%m.%Y"), pr])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("lekarnici.csv", ["osobni_cislo", "jmeno_a_prijmeni", "usek", "uvazek_pct"], lek)
wr("vydeje.csv", ["cislo_vydeje", "rodne_cislo", "prijmeni", "jmeno", "datum_narozeni", "vek", "oddeleni", "ATC", "lecivo",
                  "davka", "davkovani", "pocet_kusu", "predepsal", "vydal", "vydal_id", "datum_vydeje", "poznamka"], vy)
C = {"lekarnici.osobni_cislo": "OTHER_UNIQUE_IDENTIFIER", "lekarnici.jmeno_a_prijmeni": "NAME", "lekarnici.usek": "NON_IDENTIFYING",
     "lekarnici.uvazek_pct": "NON_IDENTIFYING", "vydeje.cislo_vydeje": "OTHER_UNIQUE_IDENTIFIER", "vydeje.rodne_cislo": "NATIONAL_ID",
     "vydeje.prijmeni": "FAMILY_NAME", "vydeje.jmeno": "GIVEN_NAME", "vydeje.datum_narozeni": "DATE_OF_BIRTH", "vydeje.vek": "AGE",
     "vydeje.oddeleni": "NON_IDENTIFYING", "vydeje.ATC": "NON_IDENTIFYING", "vydeje.lecivo": "NON_IDENTIFYING", "vydeje.davka": "NON_IDENTIFYING",
     "vydeje.davkovani": "NON_IDENTIFYING", "vydeje.pocet_kusu": "NON_IDENTIFYING", "vydeje.predepsal": "NAME", "vydeje.vydal": "NAME",
     "vydeje.vydal_id": "OTHER_UNIQUE_IDENTIFIER", "vydeje.datum_vydeje": "DATE", "vydeje.poznamka": "FREE_TEXT"}
g = {"dataset": "lekarna-cz", "description": "Invented Czech hospital pharmacy dispensing export, `;`, dd.mm.yyyy: 7 pharmacists (staff number, name with PharmDr./Mgr., section, FTE %), 200 dispensings (number, rodné číslo YYMMDD/XXXX divisible by 11 or nine digits before 1954, surname, given name, birth date, age with 90-101, ward, ATC code, drug, dose with unit, dosing 1-0-1, pack count, prescriber 'MUDr. ...', dispensing pharmacist's name and staff number, date, notes naming daughters with phones, sons, doctors, pharmacists)",
     "delimiter": ";", "entity": "vydeje", "columns": C,
     "foreignKeys": [{"column": "vydeje.vydal_id", "references": "lekarnici.osobni_cislo"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

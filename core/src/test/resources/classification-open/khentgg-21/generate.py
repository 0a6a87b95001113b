#!/usr/bin/env python3
"""Writes khentgg-21: an invented German hospital case extract in the style of the Paragraph 21 KHEntgG data set
(breaker32; seeded, stdlib only). ';' separated, headers as in the InEK file description (FALL, ICD, OPS, FAB) plus a
hospital-internal Patientennummer and treating physician, dates 'JJJJMMTT HHMM' ('20240312 0815'). fall 650 cases
(KH-internes-Kennzeichen, Versicherten-ID = KVNR: letter + 8 digits + check digit, IK der Krankenkasse, Geburtsjahr
from 1926, Geschlecht m/w/d, PLZ, Wohnort, Aufnahme-/Entlassungsdatum, Aufnahmeanlass, Aufnahmegrund '0101',
Entlassungsgrund '019', Alter, Patientennummer, Beatmungsstunden, Behandelnder-Arzt 'Vogt, Katrin'), icd (ICD-10-GM
'I21.4', HD/ND, Lokalisation, Diagnosensicherheit), ops ('5-893.1c' with date), fab (Fachabteilung '0100' with
dates) and stationsliste 10 (a ward list: room, bed, Fallnummer, Name, Vorname, Geburtsdatum dd.mm.yyyy, Alter,
diagnosis text, physician 'Dr. med. K. Vogt', nurse, diet, remark naming relatives). Coincidences: the town Linden
and the ward 'Station Linden'; the town Laubach and the surname Laubach; a physician named Herz."""
import csv, json, random, datetime
rnd = random.Random(320003)
def kvnr():
    letter = rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    digits = "%08d" % rnd.randint(0, 99999999)
    s = "%02d" % (ord(letter) - 64) + digits
    tot = 0
    for i, ch in enumerate(s):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + digits + str(tot % 10)
TOWNS = [("Gießen", ["35390", "35392", "35394", "35396", "35398"]), ("Marburg", ["35037", "35039", "35041", "35043"]), ("Wetzlar", ["35576", "35578", "35579", "35586"]),
         ("Linden", ["35440"]), ("Lahnau", ["35633"]), ("Pohlheim", ["35415"]), ("Lich", ["35423"]), ("Laubach", ["35321"]), ("Grünberg", ["35305"]),
         ("Hüttenberg", ["35625"]), ("Heuchelheim", ["35452"]), ("Buseck", ["35418"]), ("Staufenberg", ["35460"]), ("Fernwald", ["35463"])]
KASSEN = ["108310400", "101575519", "104940005", "105313145", "109519005", "102114819", "103501080", "108036123"]
ARZT = ["Vogt, Katrin", "Herz, Matthias", "Yilmaz, Deniz", "Schäfer, Andreas", "Kowalski, Ewa", "Brandt, Jörg", "Hoffmann, Lena", "Nasser, Karim", "Albrecht, Sophie", "Weber, Tobias"]
FA = [("0100", "Innere Medizin"), ("0300", "Kardiologie"), ("1500", "Allgemeine Chirurgie"), ("1600", "Unfallchirurgie"), ("2300", "Orthopädie"), ("0700", "Gastroenterologie"), ("3600", "Intensivmedizin")]
DX = {"0100": [("I50.14", "Linksherzinsuffizienz"), ("J18.9", "Pneumonie"), ("E11.91", "Diabetes mellitus Typ 2"), ("N39.0", "Harnwegsinfekt")],
      "0300": [("I21.4", "NSTEMI"), ("I48.0", "Vorhofflimmern"), ("I20.0", "Instabile Angina pectoris"), ("I25.13", "KHK")],
      "1500": [("K35.8", "Appendizitis"), ("K80.20", "Cholezystolithiasis"), ("K40.90", "Leistenhernie")],
      "1600": [("S72.01", "Schenkelhalsfraktur"), ("S52.51", "Distale Radiusfraktur"), ("S06.0", "Gehirnerschütterung")],
      "2300": [("M17.1", "Gonarthrose"), ("M16.1", "Koxarthrose")], "0700": [("K92.2", "GI-Blutung"), ("K85.10", "Biliäre Pankreatitis")],
      "3600": [("A41.9", "Sepsis"), ("J96.00", "Akute respiratorische Insuffizienz")]}
ND = ["I10.90", "E78.0", "Z92.1", "N18.3", "E66.09", "F17.1", "Z95.1", "I48.1", "U07.1", "E87.1", "D62", "R26.8"]
OPS = {"0300": ["1-275.0", "8-837.00", "3-052"], "1500": ["5-470.11", "5-511.11", "5-530.31"], "1600": ["5-790.2f", "5-820.00", "5-893.1c"],
       "2300": ["5-822.g1", "5-820.02"], "0700": ["1-632.0", "1-440.a"], "0100": ["3-200", "8-930"], "3600": ["8-980.10", "8-831.0", "8-930"]}
GIVEN_M = ["Jürgen", "Klaus", "Thomas", "Stefan", "Michael", "Mehmet", "Lukas", "Dieter", "Horst", "Wolfgang"]
GIVEN_F = ["Ursula", "Monika", "Sabine", "Petra", "Anna", "Elif", "Gisela", "Ingrid", "Julia", "Helga"]
FAMILY = ["Müller", "Schmidt", "Laubach", "Becker", "Wagner", "Keller", "Öztürk", "Schneider", "Krüger", "Zimmermann", "Hartmann", "Lang", "Jung", "Pfeiffer"]
IK, STO = "260620435", "773849000"
fall, icd, ops, fab, people = [], [], [], [], []
pats = []
for i in range(480):
    sex = rnd.choice("mmwwwd"[:5]) if rnd.random() > 0.01 else "d"
    by = rnd.choice([rnd.randint(1926, 1935)] + [rnd.randint(1936, 2023)] * 6)
    t = rnd.choice(TOWNS)
    pats.append(["%08d" % rnd.randint(10000000, 19999999), kvnr(), rnd.choice(KASSEN), by, sex, rnd.choice(t[1]), t[0],
                 rnd.choice(GIVEN_M if sex == "m" else GIVEN_F), rnd.choice(FAMILY), datetime.date(by, rnd.randint(1, 12), rnd.randint(1, 28))])
cases = []
for k in range(650):
    p = rnd.choice(pats)
    fa = rnd.choice(FA)
    adm = datetime.datetime(2024, 1, 1, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 364 * 1440))
    dis = adm + datetime.timedelta(days=rnd.randint(0, 21), minutes=rnd.randint(60, 600))
    cases.append((adm, p, fa, dis))
cases.sort(key=lambda c: c[0])
f = lambda d: d.strftime("%Y%m%d %H%M")
for n, (adm, p, fa, dis) in enumerate(cases):
    case = "24%06d" % (100000 + n * 13 + rnd.randint(0, 9))
    anlass = rnd.choice("EENNNVA")
    grund = {"E": "0101", "N": "0107", "V": "0601", "A": "0301"}[anlass]
    eg = rnd.choice(["019"] * 8 + ["029", "069", "079", "229", "039"])
    age = adm.year - p[3] - (1 if (adm.month, adm.day) < (p[9].month, p[9].day) else 0)
    beat = str(rnd.randint(24, 400)) if fa[0] == "3600" and rnd.random() < 0.6 else "0"
    arzt = rnd.choice(ARZT)
    fall.append([IK, STO, "DRG", case, p[1], p[2], str(p[3]), p[4], p[5], p[6], f(adm), grund, anlass, f(dis), eg, str(age), p[0], beat, arzt])
    hd = rnd.choice(DX[fa[0]])
    icd.append([IK, STO, "DRG", case, "HD", "2024", hd[0], "R" if hd[0].startswith("S") and rnd.random() < 0.5 else "", "", ""])
    for nd in rnd.sample(ND, rnd.randint(0, 4)):
        icd.append([IK, STO, "DRG", case, "ND", "2024", nd, "", rnd.choice(["", "", "", "V", "Z"]), "U99.0!" if nd == "U07.1" else ""])
    for o in rnd.sample(OPS[fa[0]], rnd.randint(0, min(2, len(OPS[fa[0]])))):
        od = adm + datetime.timedelta(hours=rnd.randint(1, 60))
        ops.append([IK, STO, "DRG", case, "2024", o, rnd.choice(["", "", "R", "L"]) if o.startswith("5-8") else "", f(min(od, dis)), "N", "N", "N"])
    seq = [fa] + ([("3600", "Intensivmedizin")] if rnd.random() < 0.1 and fa[0] != "3600" else [])
    t = adm
    for j, s in enumerate(seq):
        end = dis if j == len(seq) - 1 else t + (dis - t) / 2
        fab.append([IK, STO, "DRG", case, "773849000", s[0], f(t), f(end), "J" if s[0] == "3600" else "N"])
        t = end
    people.append((case, p, adm, hd, fa, arzt, age))
stations = []
pool = [c for c in people if c[2] > datetime.datetime(2024, 11, 1)]
PFLEGE = ["Sr. Anke", "Pfl. Marco", "Sr. Beate", "Pfl. Jonas"]
for k, c in enumerate(rnd.sample(pool, 10)):
    case, p, adm, hd, fa, arzt, age = c
    last, first = arzt.split(", ")
    rem = rnd.choice(["", "", "Tochter %s %s informieren, Tel. 0641 %d" % (rnd.choice(GIVEN_F), p[8], rnd.randint(100000, 999999)),
                      "Sturzgefahr", "Ehemann %s bringt Brille" % rnd.choice(GIVEN_M), "MRSA-Screening ausstehend", "Dolmetscher türkisch"])
    stations.append(["Station Linden" if k < 6 else "Station Ahorn", str(200 + rnd.randint(1, 18)), rnd.choice("AB"), case, p[8], p[7], p[9].strftime("%d.%m.%Y"),
                     str(age), adm.strftime("%d.%m.%Y"), "%s %s" % (hd[0], hd[1]), "Dr. med. %s. %s" % (first[0], last), rnd.choice(PFLEGE),
                     rnd.choice(["Vollkost", "Diabeteskost", "Schonkost", "nüchtern"]), rem])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
K = ["IK", "Entlassender-Standort", "Entgeltbereich", "KH-internes-Kennzeichen"]
FH = K + ["Versicherten-ID", "IK-der-Krankenkasse", "Geburtsjahr", "Geschlecht", "PLZ", "Wohnort", "Aufnahmedatum", "Aufnahmegrund", "Aufnahmeanlass",
          "Entlassungsdatum", "Entlassungsgrund", "Alter-in-Jahren-am-Aufnahmetag", "Patientennummer", "Beatmungsstunden", "Behandelnder-Arzt"]
IH = K + ["Diagnoseart", "ICD-Version", "ICD-Kode", "Lokalisation", "Diagnosensicherheit", "Sekundaer-Kode"]
OH = K + ["OPS-Version", "OPS-Kode", "Lokalisation", "OPS-Datum", "Belegoperateur", "Beleganaesthesist", "Beleghebamme"]
BH = K + ["Standortnummer-Behandlungsort", "Fachabteilung", "FAB-Aufnahmedatum", "FAB-Entlassungsdatum", "Kennung-Intensivbett"]
SH = ["Station", "Zimmer", "Bett", "Fallnummer", "Name", "Vorname", "Geburtsdatum", "Alter", "Aufnahme", "Diagnose", "Behandelnder Arzt", "Pflegekraft", "Kostform", "Bemerkung"]
write("fall", FH, fall); write("icd", IH, icd); write("ops", OH, ops); write("fab", BH, fab); write("stationsliste", SH, stations)
N, Q, O, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE"
L = {}
for t, h, labels in [("fall", FH, [N, N, N, O, "HEALTH_PLAN_BENEFICIARY_NUMBER", N, Q, N, "ZIP_CODE", "CITY", D, N, N, D, N, "AGE", "MEDICAL_RECORD_NUMBER", N, "NAME"]),
                     ("icd", IH, [N, N, N, O, N, N, N, N, N, N]), ("ops", OH, [N, N, N, O, N, N, N, D, N, N, N]), ("fab", BH, [N, N, N, O, N, N, D, D, N]),
                     ("stationsliste", SH, [N, N, N, O, "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "AGE", D, N, "NAME", "NAME", N, "FREE_TEXT"])]:
    for c, l in zip(h, labels):
        L[t + "." + c] = l
gold = {"dataset": "khentgg-21",
        "description": "Invented German hospital case extract (breaker32) in the style of the Paragraph 21 KHEntgG data set, ';', dates 'JJJJMMTT HHMM': 650 cases of 480 patients (KH-internes-Kennzeichen, Versicherten-ID = KVNR with check digit, IK of the sickness fund, Geburtsjahr from 1926, Geschlecht, PLZ, Wohnort, admission/discharge, Aufnahmeanlass/-grund, Entlassungsgrund codes, age in years (some 90+), Patientennummer, ventilation hours, treating physician 'Vogt, Katrin'), ICD-10-GM diagnoses, OPS procedures with dates, Fachabteilung stays, and a 10-row ward list (Fallnummer, Name, Vorname, Geburtsdatum dd.mm.yyyy, age, diagnosis text, physician 'Dr. med. K. Vogt', nurse 'Sr. Anke', remark naming relatives). Coincidences: town Linden / ward 'Station Linden', town and surname Laubach.",
        "delimiter": ";", "entity": "fall", "columns": L,
        "foreignKeys": [{"column": "icd.KH-internes-Kennzeichen", "references": "fall.KH-internes-Kennzeichen"},
                        {"column": "ops.KH-internes-Kennzeichen", "references": "fall.KH-internes-Kennzeichen"},
                        {"column": "fab.KH-internes-Kennzeichen", "references": "fall.KH-internes-Kennzeichen"},
                        {"column": "stationsliste.Fallnummer", "references": "fall.KH-internes-Kennzeichen"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

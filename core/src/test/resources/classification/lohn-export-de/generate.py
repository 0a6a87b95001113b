#!/usr/bin/env python3
"""Writes lohn-export-de: an invented German HR/payroll export as Excel writes CSV on Windows (UTF-8 WITH a byte-order
mark, CRLF line ends, ';' delimiter, decimal commas '3.412,50', dates dd.mm.yyyy, headers with trailing spaces and mixed
case). Mitarbeiter (Mandant first, Personalnummer, Nachname , Vorname, Geburtsdatum, Strasse, PLZ, Ort, Steuer-ID 11 digits,
Sozialversicherungsnummer '12 150385 M 01 2', IBAN DE with valid check digits, Krankenkasse, Bruttogehalt, Abteilung,
Vorgesetzter (a manager's name), Bemerkung multi-line quoted text with ';' naming colleagues), Abteilungen (code, name,
Kostenstelle, Leiter), Fehlzeiten (absences with reason text). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(210101)
VORNAMEN_M = ["Lukas", "Jonas", "Maximilian", "Felix", "Tobias", "Jürgen", "Dieter", "Uwe", "Bernd", "Klaus", "Sven", "Björn",
              "Mehmet", "Ömer", "Dragan", "Piotr", "Henrik", "Matthias", "Ralf", "Torsten"]
VORNAMEN_W = ["Anna", "Lea", "Sophie", "Katrin", "Sabine", "Ursula", "Gisela", "Heike", "Jana", "Birgit", "Ayşe", "Elif",
              "Agnieszka", "Svetlana", "Annegret", "Wiebke", "Friederike", "Dörte", "Mareike", "Silke"]
NACHNAMEN = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
             "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
             "Großkopf", "Oberländer", "Yılmaz", "Kowalski", "Dreßler", "Päßler", "Heinemeier", "Brockhaus", "Vogelsang", "Eichhorn"]
STRASSEN = ["Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Lindenweg", "Am Mühlbach",
            "Goethestraße", "Kirchgasse", "Ringstraße", "Friedrich-Ebert-Allee", "Zum Sportplatz"]
ORTE = [("Bielefeld", "33602"), ("Bielefeld", "33615"), ("Gütersloh", "33330"), ("Herford", "32052"), ("Bünde", "32257"),
        ("Detmold", "32756"), ("Lemgo", "32657"), ("Minden", "32423"), ("Paderborn", "33098"), ("Rheda-Wiedenbrück", "33378"),
        ("Halle (Westf.)", "33790"), ("Steinhagen", "33803")]
KASSEN = ["AOK Nordwest", "TK", "BARMER", "DAK-Gesundheit", "IKK classic", "BKK Gildemeister Seidensticker", "KKH", "hkk"]
ABT = [("VT", "Vertrieb", "4100"), ("EK", "Einkauf", "4200"), ("LG", "Lager/Logistik", "4300"), ("PR", "Produktion", "4400"),
       ("QS", "Qualitätssicherung", "4410"), ("IT", "IT-Service", "4500"), ("PE", "Personal", "4600"), ("FI", "Finanzbuchhaltung", "4700"),
       ("GF", "Geschäftsführung", "4000"), ("IH", "Instandhaltung", "4420")]
GRUENDE = ["Arbeitsunfähigkeit (AU)", "Urlaub", "Kind krank (§45 SGB V)", "Fortbildung", "Sonderurlaub Umzug", "Elternzeit",
           "Kur/Reha", "unentschuldigt"]
def vorname(g):
    return rnd.choice(VORNAMEN_M if g == "M" else VORNAMEN_W)
def steuer_id():
    # 11 digits, first not 0, ISO 7064 MOD 11,10 check digit (as the Bundeszentralamt's)
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(9)]
        if max(d.count(x) for x in set(d)) in (2, 3) and len(set(d)) >= 7:
            break
    p = 10
    for x in d:
        s = (x + p) % 10 or 10
        p = (s * 2) % 11
    c = (11 - p) % 10
    return "".join(map(str, d)) + str(c)
def svnr(geb, nach, g):
    bereich = rnd.choice(["12", "13", "15", "18", "23", "24", "25", "38", "53", "65"])
    serien = rnd.randint(0, 49) if g == "M" else rnd.randint(50, 99)
    return "%s %s %s %02d %d" % (bereich, geb.strftime("%d%m%y"), nach[0].upper().replace("Ö", "O").replace("Ü", "U").replace("Ä", "A"), serien, rnd.randint(0, 9))
def iban():
    blz = rnd.choice(["48050161", "48070020", "47850065", "48060036", "49050101", "30020900", "10010010"])
    konto = "%010d" % rnd.randint(10**6, 10**10 - 1)
    bban = blz + konto
    chk = 98 - int(bban + "131400") % 97
    return "DE%02d%s" % (chk, bban)
def fmt_eur(x):
    s = "{:,.2f}".format(x)
    return s.replace(",", "X").replace(".", ",").replace("X", ".")
def d(x):
    return x.strftime("%d.%m.%Y")
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8-sig") as f:
        c = csv.writer(f, delimiter=";", lineterminator="\r\n"); c.writerow(header); c.writerows(rows)
# managers: department heads
people = []
N = 520
for i in range(N):
    g = rnd.choice("MW")
    people.append({"g": g, "vn": vorname(g), "nn": rnd.choice(NACHNAMEN)})
heads = {}
for k, a in enumerate(ABT):
    heads[a[0]] = k  # person index k heads department a
mit = []
for i, p in enumerate(people):
    abt = ABT[i] if i < len(ABT) else rnd.choice(ABT)
    p["abt"] = abt[0]
    geb = datetime.date(1958, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 46))
    ort, plz = rnd.choice(ORTE)
    h = people[heads[abt[0]]] if i >= len(ABT) else people[heads["GF"]]
    vorg = "" if abt[0] == "GF" and i < len(ABT) else "%s %s" % (h["vn"], h["nn"])
    bem = ""
    r = rnd.random()
    if r < 0.25:
        c1 = people[rnd.randrange(N)]
        bem = "Vertretung durch %s %s; Schlüssel übergeben.\r\nRücksprache mit %s am %s" % (c1["vn"], c1["nn"], vorg or "GF", d(datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 500))))
    elif r < 0.40:
        bem = "Teilzeit 30 Std.; Homeoffice Di/Do"
    elif r < 0.50:
        c1 = people[rnd.randrange(N)]
        bem = "Pfändung liegt vor (Az. 12 M %d/24); Ansprechpartner: %s %s\r\nTel. 0521 %d" % (rnd.randint(100, 9999), c1["vn"], c1["nn"], rnd.randint(100000, 9999999))
    brutto = round(rnd.uniform(2100, 7800), 2) if abt[0] != "GF" else round(rnd.uniform(9000, 14000), 2)
    mit.append(["10254", "%05d" % (10000 + i * 3 + rnd.randint(0, 2)), p["nn"], p["vn"], d(geb),
                "%s %d%s" % (rnd.choice(STRASSEN), rnd.randint(1, 140), rnd.choice(["", "", "", "a", "b"])), plz, ort,
                steuer_id(), svnr(geb, p["nn"], p["g"]), iban(), rnd.choice(KASSEN), fmt_eur(brutto), abt[1], vorg, bem])
w("Mitarbeiter", ["Mandant", "Personalnummer", "Nachname ", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Steuer-ID",
                  "Sozialversicherungsnummer", "IBAN", "Krankenkasse", "Bruttogehalt", "Abteilung", "Vorgesetzter", "Bemerkung"], mit)
w("Abteilungen", ["Abteilungscode", "Bezeichnung ", "Kostenstelle", "Leiter"],
  [[a[0], a[1], a[2], "%s %s" % (people[heads[a[0]]]["vn"], people[heads[a[0]]]["nn"])] for a in ABT])
fz = []
for k in range(1300):
    i = rnd.randrange(N)
    von = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 600))
    tage = rnd.choice([1, 1, 2, 3, 5, 10, 14, 21])
    gr = rnd.choice(GRUENDE)
    txt = gr
    if gr.startswith("Kind krank"):
        txt += ", Kind %s" % rnd.choice(VORNAMEN_M + VORNAMEN_W)
    elif gr.startswith("Arbeitsunfähigkeit") and rnd.random() < 0.4:
        txt += ", AU-Bescheinigung Dr. %s" % rnd.choice(NACHNAMEN)
    elif gr == "unentschuldigt":
        txt += ", gemeldet von %s" % mit[i][14] if mit[i][14] else ""
    fz.append(["10254", "%d" % (700000 + k), mit[i][1], d(von), d(von + datetime.timedelta(days=tage - 1)), str(tage).replace(".", ","), txt])
w("Fehlzeiten", ["Mandant", "lfd. Nr.", "Personalnummer", "Von", "Bis", "Tage", "Grund"], fz)
gold = {"dataset": "lohn-export-de",
        "description": "Invented German payroll export as Excel writes CSV on Windows (UTF-8 BOM, CRLF, ';', decimal commas, dd.mm.yyyy, header 'Nachname ' with a trailing space). Mitarbeiter 520 (Mandant constant first so the BOM sits on a non-identifying header, Personalnummer, names, Geburtsdatum, Straße, PLZ, Ort, Steuer-ID, SV-Nummer, IBAN, Krankenkasse, Bruttogehalt, Abteilung, Vorgesetzter = a manager's name, Bemerkung multi-line with ';' naming colleagues and phone), Abteilungen 10 (head's name), Fehlzeiten 1300 (reason text naming children, doctors, managers).",
        "delimiter": ";", "entity": "Mitarbeiter",
        "columns": {"Mitarbeiter.Mandant": "NON_IDENTIFYING", "Mitarbeiter.Personalnummer": "OTHER_UNIQUE_IDENTIFIER",
                    "Mitarbeiter.Nachname ": "FAMILY_NAME", "Mitarbeiter.Vorname": "GIVEN_NAME",
                    "Mitarbeiter.Geburtsdatum": "DATE_OF_BIRTH", "Mitarbeiter.Straße": "STREET_ADDRESS",
                    "Mitarbeiter.PLZ": "ZIP_CODE", "Mitarbeiter.Ort": "CITY", "Mitarbeiter.Steuer-ID": "NATIONAL_ID",
                    "Mitarbeiter.Sozialversicherungsnummer": "NATIONAL_ID", "Mitarbeiter.IBAN": "IBAN",
                    "Mitarbeiter.Krankenkasse": "NON_IDENTIFYING", "Mitarbeiter.Bruttogehalt": "NON_IDENTIFYING",
                    "Mitarbeiter.Abteilung": "NON_IDENTIFYING", "Mitarbeiter.Vorgesetzter": "NAME",
                    "Mitarbeiter.Bemerkung": "FREE_TEXT",
                    "Abteilungen.Abteilungscode": "NON_IDENTIFYING", "Abteilungen.Bezeichnung ": "NON_IDENTIFYING",
                    "Abteilungen.Kostenstelle": "NON_IDENTIFYING", "Abteilungen.Leiter": "NAME",
                    "Fehlzeiten.Mandant": "NON_IDENTIFYING", "Fehlzeiten.lfd. Nr.": "OTHER_UNIQUE_IDENTIFIER", "Fehlzeiten.Personalnummer": "OTHER_UNIQUE_IDENTIFIER",
                    "Fehlzeiten.Von": "DATE", "Fehlzeiten.Bis": "DATE", "Fehlzeiten.Tage": "NON_IDENTIFYING",
                    "Fehlzeiten.Grund": "FREE_TEXT"},
        "foreignKeys": [{"column": "Fehlzeiten.Personalnummer", "references": "Mitarbeiter.Personalnummer"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

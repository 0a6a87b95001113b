#!/usr/bin/env python3
"""Writes the invented German HR/payroll set (';'-separated CSV as German Excel exports them, decimal commas,
dd.mm.yyyy dates, umlauts; gold.json) into this folder. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(4711)
HERE = os.path.dirname(os.path.abspath(__file__))
N = 40
VORNAMEN_M = ["Jürgen", "Klaus-Dieter", "Maximilian", "Björn", "Stefan", "Lukas", "Özgür", "Jörg", "Matthias",
              "Sören", "Till", "Rüdiger", "Andreas", "Niklas", "Günther"]
VORNAMEN_W = ["Ännchen", "Sabine", "Käthe", "Lea", "Ursula", "Jana", "Gülşen", "Franziska", "Anja", "Renée",
              "Maren", "Dörte", "Katharina", "Zoë", "Birgit"]
NACHNAMEN = ["Müller", "Schäfer", "Weiß", "Große-Böckmann", "Köhler", "Hoffmann", "Wächter", "Yılmaz", "Bäumer",
             "Schröder", "Kühn", "Nowak", "Fuchs", "Löffler", "Brandtstätter", "Özdemir", "Krüger", "Heß",
             "von Ahlefeldt", "Lüdenscheidt", "Dreßler", "Zimmermann"]
ORTE = [("50667", "Köln", "Nordrhein-Westfalen"), ("80331", "München", "Bayern"), ("20095", "Hamburg", "Hamburg"),
        ("10115", "Berlin", "Berlin"), ("70173", "Stuttgart", "Baden-Württemberg"), ("04109", "Leipzig", "Sachsen"),
        ("01067", "Dresden", "Sachsen"), ("90402", "Nürnberg", "Bayern"), ("48143", "Münster", "Nordrhein-Westfalen"),
        ("79098", "Freiburg im Breisgau", "Baden-Württemberg"), ("33602", "Bielefeld", "Nordrhein-Westfalen"),
        ("66111", "Saarbrücken", "Saarland"), ("99084", "Erfurt", "Thüringen"), ("24103", "Kiel", "Schleswig-Holstein"),
        ("51063", "Köln", "Nordrhein-Westfalen"), ("53111", "Bonn", "Nordrhein-Westfalen"),
        ("41460", "Neuss", "Nordrhein-Westfalen"), ("50321", "Brühl", "Nordrhein-Westfalen")]
GEBURTSORTE = ["Essen", "Gelsenkirchen", "Izmir", "Kattowitz", "Düsseldorf", "Rostock", "Würzburg", "Göttingen",
               "Lübeck", "Wuppertal", "Chemnitz", "Bad Tölz", "Mönchengladbach", "Zwickau"]
STRASSEN = ["Hauptstraße", "Goethestraße", "Schillerstraße", "Am Mühlbach", "Lindenallee", "Kölner Straße",
            "Bahnhofstraße", "Gartenweg", "Ringstraße", "Friedrich-Ebert-Straße", "Außer der Schleifmühle",
            "Große Bleiche", "Königsallee", "Grüner Weg", "Ährenfeld"]
ABTEILUNGEN = [("ABT-10", "Geschäftsführung", "1000", "Köln"), ("ABT-20", "Personalwesen", "2100", "Köln"),
               ("ABT-30", "Buchhaltung & Controlling", "3200", "Köln"), ("ABT-40", "Vertrieb Süd", "4100", "München"),
               ("ABT-41", "Vertrieb Nord", "4200", "Hamburg"), ("ABT-50", "IT-Betrieb", "5300", "Köln"),
               ("ABT-60", "Lager & Logistik", "6100", "Brühl")]
POSITIONEN = {"ABT-10": ["Geschäftsführer/in", "Assistenz der Geschäftsführung"],
              "ABT-20": ["Personalreferent/in", "Sachbearbeiter/in Lohn und Gehalt"],
              "ABT-30": ["Finanzbuchhalter/in", "Controller/in", "Bilanzbuchhalter/in"],
              "ABT-40": ["Außendienstmitarbeiter/in", "Vertriebsinnendienst"],
              "ABT-41": ["Außendienstmitarbeiter/in", "Key-Account-Manager/in"],
              "ABT-50": ["Systemadministrator/in", "Anwendungsentwickler/in", "IT-Support"],
              "ABT-60": ["Fachkraft für Lagerlogistik", "Staplerfahrer/in", "Schichtleiter/in Lager"]}
KASSEN = ["AOK Rheinland/Hamburg", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic",
          "KKH Kaufmännische Krankenkasse", "Privat versichert"]
BANKEN = [("37040044", "COBADEFFXXX"), ("37050198", "COLSDE33XXX"), ("70020270", "HYVEDEMMXXX"),
          ("20041133", "COBADEHD001"), ("10010010", "PBNKDEFFXXX"), ("43060967", "GENODEM1GLS")]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]

def d(x):
    return x.strftime("%d.%m.%Y") if x else ""

def euro(x):
    return ("%.2f" % x).replace(".", ",")

def steuer_id():
    while True:
        digits = [random.randint(1, 9)] + [random.randint(0, 9) for _ in range(9)]
        counts = [digits.count(k) for k in range(10)]
        if sorted(counts)[-1] in (2, 3) and sorted(counts)[-2] <= 1:
            break
    product = 10
    for x in digits:
        s = (x + product) % 10
        s = 10 if s == 0 else s
        product = (s * 2) % 11
    check = 11 - product
    return "".join(map(str, digits)) + str(0 if check == 10 else check)

def sv_nummer(birth, nachname, weiblich):
    area = random.choice(["12", "13", "15", "53", "65", "24", "42"])
    serial = random.randint(50, 99) if weiblich else random.randint(0, 49)
    letter = nachname.replace("Ö", "O").replace("Ü", "U").replace("Ä", "A")[0].upper()
    if letter == "V":
        letter = "A"
    body = area + birth.strftime("%d%m%y") + "%02d" % (ord(letter) - 64) + "%02d" % serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(body, weights))
    return area + birth.strftime("%d%m%y") + letter + "%02d" % serial + str(total % 10)

def iban():
    blz, bic = random.choice(BANKEN)
    konto = "%010d" % random.randint(10000000, 9999999999)
    num = int(blz + konto + "131400")  # D=13 E=14
    check = 98 - num % 97
    raw = "DE%02d%s%s" % (check, blz, konto)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), bic

def telefon():
    if random.random() < 0.5:
        return "01%d %d" % (random.choice([51, 52, 57, 60, 70, 71, 76]), random.randint(1000000, 99999999))
    vorwahl = random.choice(["0221", "089", "040", "030", "0711", "0228", "02232"])
    fmt = random.choice(["%s %d", "%s/%d", "+49 %s %d"])
    return (fmt % (vorwahl, random.randint(100000, 9999999))).replace("+49 0", "+49 ")

def ascii_mail(s):
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ş", "s"), ("ı", "i"), ("é", "e"), ("ë", "e"), (" ", "")]:
        s = s.replace(a, b)
    return s.lower()

gold = {}
tables = {}
def labels(name, pairs):
    cols = []
    for c, l in pairs:
        cols.append(c)
        gold[name + "." + c] = l
    tables[name] = {"columns": cols, "rows": []}
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
abteilung = labels("abteilung", [("abteilung_id", NON), ("bezeichnung", NON), ("kostenstelle", NON),
                                 ("standort", NON), ("leiter_personalnummer", ID)])
mitarbeiter = labels("mitarbeiter", [
    ("personalnummer", ID), ("anrede", NON), ("titel", NON), ("vorname", "GIVEN_NAME"), ("nachname", "FAMILY_NAME"),
    ("geburtsname", "FAMILY_NAME"), ("geburtsdatum", "DATE_OF_BIRTH"), ("geburtsort", "CITY"),
    ("staatsangehoerigkeit", NON), ("geschlecht", NON), ("familienstand", NON), ("kinderfreibetraege", NON),
    ("steuerklasse", NON), ("konfession", NON), ("steuer_id", "NATIONAL_ID"), ("sv_nummer", "NATIONAL_ID"),
    ("krankenkasse", NON), ("iban", "IBAN"), ("bic", NON), ("strasse", "STREET_ADDRESS"), ("plz", "ZIP_CODE"),
    ("ort", "CITY"), ("bundesland", NON), ("telefon_privat", "TELEPHONE_NUMBER"), ("email_dienstlich", "EMAIL_ADDRESS"),
    ("eintrittsdatum", "DATE"), ("austrittsdatum", "DATE"), ("abteilung_id", NON), ("vorgesetzter", ID),
    ("position", NON), ("wochenstunden", NON), ("schwerbehindert", NON), ("notfallkontakt", FT), ("bemerkung", FT)])
gehalt = labels("gehalt", [
    ("lfd_nr", ID), ("personalnummer", ID), ("abrechnungsmonat", "DATE"), ("brutto", NON), ("lohnsteuer", NON),
    ("solidaritaetszuschlag", NON), ("kirchensteuer", NON), ("kv_an", NON), ("rv_an", NON), ("av_an", NON),
    ("pv_an", NON), ("netto", NON), ("auszahlung_am", "DATE")])
urlaub = labels("urlaub", [
    ("antrag_nr", ID), ("personalnummer", ID), ("art", NON), ("von", "DATE"), ("bis", "DATE"), ("arbeitstage", NON),
    ("status", NON), ("genehmigt_von", ID), ("kommentar", FT)])

people = []
nummern = random.sample(range(1003, 4999), N)
for i in range(N):
    weiblich = random.random() < 0.5
    vor = random.choice(VORNAMEN_W if weiblich else VORNAMEN_M)
    nach = random.choice(NACHNAMEN)
    geb = dt.date(random.randint(1961, 2003), random.randint(1, 12), random.randint(1, 28))
    abt = ABTEILUNGEN[0 if i == 0 else random.randrange(1, len(ABTEILUNGEN))][0]
    people.append({"nr": "%05d" % nummern[i], "w": weiblich, "vor": vor, "nach": nach, "geb": geb, "abt": abt})
leiter = {}
for p in people:
    leiter.setdefault(p["abt"], p["nr"])
for a in ABTEILUNGEN:
    if a[0] not in leiter:
        leiter[a[0]] = people[0]["nr"]
    abteilung.append([a[0], a[1], a[2], a[3], leiter[a[0]]])
for i, p in enumerate(people):
    plz, ort, land = random.choice(ORTE)
    ib, bic = iban()
    eintritt = dt.date(random.randint(1995, 2025), random.randint(1, 12), random.choice([1, 1, 15]))
    austritt = dt.date(2026, random.randint(1, 12), 1) - dt.timedelta(days=1) if random.random() < 0.1 else None
    heirat = p["w"] and random.random() < 0.4
    boss = leiter[p["abt"]] if leiter[p["abt"]] != p["nr"] else people[0]["nr"]
    p["boss"] = boss
    kontakt = "%s %s, %s" % (random.choice(VORNAMEN_M + VORNAMEN_W), p["nach"], telefon()) if random.random() < 0.8 else ""
    bemerkung = random.choice(["", "", "", "Elternzeit bis %s" % d(dt.date(2026, random.randint(1, 12), 28)),
                               "Dienstwagen K-%s %d" % (random.choice(["AB", "XY", "WM"]), random.randint(100, 9999)),
                               "Pfändung liegt vor (Az. %d/25)" % random.randint(10, 999),
                               "Betriebsratsmitglied", "Teilzeit wegen Pflege der Mutter"])
    mitarbeiter.append([
        p["nr"], "Frau" if p["w"] else "Herr", random.choice(["", "", "", "", "Dr.", "Dipl.-Ing."]), p["vor"],
        p["nach"], random.choice(NACHNAMEN) if heirat else "", d(p["geb"]), random.choice(GEBURTSORTE),
        random.choice(["deutsch"] * 6 + ["türkisch", "polnisch", "italienisch", "österreichisch"]),
        "w" if p["w"] else random.choice(["m"] * 15 + ["d"]),
        random.choice(["ledig", "verheiratet", "verheiratet", "geschieden", "verwitwet"]),
        random.choice(["0,0", "0,0", "0,5", "1,0", "1,5", "2,0"]), random.choice([1, 1, 3, 4, 4, 5]),
        random.choice(["ev", "rk", "--", "--"]), steuer_id(), sv_nummer(p["geb"], p["nach"], p["w"]),
        random.choice(KASSEN), ib, bic, "%s %d%s" % (random.choice(STRASSEN), random.randint(1, 180),
                                                    random.choice(["", "", "", "a", "b"])),
        plz, ort, land, telefon(), "%s.%s@bergmann-logistik.example" % (ascii_mail(p["vor"]), ascii_mail(p["nach"])),
        d(eintritt), d(austritt), p["abt"], "" if i == 0 else boss, random.choice(POSITIONEN[p["abt"]]),
        euro(random.choice([40, 40, 40, 38.5, 30, 20])), random.choice(["nein"] * 9 + ["ja"]), kontakt, bemerkung])
    p["eintritt"], p["austritt"] = eintritt, austritt

lfd = 880000
for monat in range(1, 13):
    for p in people:
        if p["eintritt"] > dt.date(2025, monat, 28) or (p["austritt"] and p["austritt"] < dt.date(2025, monat, 1)):
            continue
        lfd += 1
        brutto = round(random.uniform(2400, 9800), 2) if monat == 1 or "brutto" not in p else p["brutto"]
        p["brutto"] = brutto
        ls = round(brutto * random.uniform(0.08, 0.24), 2)
        soli = round(ls * 0.055, 2) if brutto > 6000 else 0.0
        kist = round(ls * 0.09, 2) if random.random() < 0.5 else 0.0
        kv, rv, av, pv = round(brutto * 0.0855, 2), round(brutto * 0.093, 2), round(brutto * 0.013, 2), round(brutto * 0.018, 2)
        netto = brutto - ls - soli - kist - kv - rv - av - pv
        zahltag = dt.date(2025, monat, 28 if monat != 2 else 27)
        gehalt.append([lfd, p["nr"], "%02d.2025" % monat, euro(brutto), euro(ls), euro(soli), euro(kist), euro(kv),
                       euro(rv), euro(av), euro(pv), euro(netto), d(zahltag)])

antrag = 0
for p in people:
    for k in range(random.randint(1, 5)):
        antrag += 1
        von = dt.date(2025, 1, 6) + dt.timedelta(days=random.randint(0, 340))
        tage = random.choice([1, 2, 3, 5, 5, 10, 15])
        bis = von + dt.timedelta(days=tage + (tage // 5) * 2 - 1)
        status = random.choice(["genehmigt"] * 5 + ["abgelehnt", "beantragt"])
        urlaub.append(["U2025-%04d" % (antrag * 7), p["nr"],
                       random.choice(["Erholungsurlaub"] * 4 + ["Sonderurlaub", "Bildungsurlaub", "Arbeitsunfähigkeit"]),
                       d(von), d(bis), tage, status, p["boss"] if status != "beantragt" else "",
                       random.choice(["", "", "", "", "Hochzeit der Tochter", "Umzug nach Bonn",
                                      "Kur in Bad Füssing", "Vertretung: %s" % random.choice(people)["vor"]])])

for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("abteilung.leiter_personalnummer", "mitarbeiter.personalnummer"),
       ("mitarbeiter.abteilung_id", "abteilung.abteilung_id"), ("mitarbeiter.vorgesetzter", "mitarbeiter.personalnummer"),
       ("gehalt.personalnummer", "mitarbeiter.personalnummer"), ("urlaub.personalnummer", "mitarbeiter.personalnummer"),
       ("urlaub.genehmigt_von", "mitarbeiter.personalnummer")]
doc = {"dataset": "hr-de",
       "description": "Invented German HR and payroll export (Personalstammdaten, Gehaltsabrechnung, Urlaub): 40 "
                      "employees, ';'-separated as German Excel writes it, dd.mm.yyyy dates, decimal commas, umlauts, "
                      "Steuer-IdNr. and Sozialversicherungsnummer with valid check digits, German IBANs",
       "delimiter": ";", "entity": "mitarbeiter", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

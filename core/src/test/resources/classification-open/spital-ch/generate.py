#!/usr/bin/env python3
"""spital-ch: SYNTHETIC Swiss hospital case export (SwissDRG / BFS Medizinische Statistik flavour), ';', dd.mm.yyyy.
Python 3 standard library only, fixed seed: rerun to reproduce the files and gold.json byte for byte."""
import csv, datetime, json, random
rnd = random.Random(4242)

def ean13(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)
def luhn(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return body + str((10 - s % 10) % 10)
def ahv():
    n = ean13("756" + "".join(rnd.choice("0123456789") for _ in range(9)))
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])
def dmy(d): return d.strftime("%d.%m.%Y")

GIVEN_M = ["Peter", "Hans", "Daniel", "Thomas", "Markus", "Martin", "Andreas", "Christian", "Stefan", "Marco", "Urs", "Beat",
           "Reto", "Lukas", "Simon", "Luca", "Noah", "Jonas", "Fabian", "Jean-Pierre", "Alain", "Olivier", "Giovanni", "Matteo", "Ueli"]
GIVEN_F = ["Maria", "Ursula", "Ruth", "Verena", "Elisabeth", "Monika", "Sandra", "Andrea", "Nicole", "Barbara", "Daniela", "Claudia",
           "Sarah", "Laura", "Anna", "Lea", "Mia", "Nathalie", "Sophie", "Chantal", "Francesca", "Giulia", "Heidi", "Vreni", "Regula"]
FAMILY = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer", "Gerber", "Brunner",
          "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Suter", "Baumgartner", "Bachmann", "Studer",
          "Bühler", "Kälin", "Zürcher", "Rochat", "Favre", "Dubois", "Bernasconi", "Rossi", "Ferrari", "Bianchi", "Lüthi", "Näf",
          "Zug", "Glarner", "Berner"]  # Zug/Glarner/Berner: surnames that equal or echo towns and cantons
PLACES = [("8001", "Zürich", "ZH"), ("8004", "Zürich", "ZH"), ("8050", "Zürich", "ZH"), ("8400", "Winterthur", "ZH"),
          ("8302", "Kloten", "ZH"), ("8610", "Uster", "ZH"), ("8800", "Thalwil", "ZH"), ("8953", "Dietikon", "ZH"),
          ("8706", "Meilen", "ZH"), ("8620", "Wetzikon ZH", "ZH"), ("3011", "Bern", "BE"), ("3027", "Bern", "BE"),
          ("3600", "Thun", "BE"), ("2502", "Biel/Bienne", "BE"), ("3400", "Burgdorf", "BE"), ("3084", "Wabern", "BE"),
          ("3800", "Interlaken", "BE"), ("4900", "Langenthal", "BE"), ("1004", "Lausanne", "VD"), ("1400", "Yverdon-les-Bains", "VD"),
          ("1800", "Vevey", "VD"), ("1110", "Morges", "VD"), ("1260", "Nyon", "VD"), ("6900", "Lugano", "TI"), ("6500", "Bellinzona", "TI"),
          ("6600", "Locarno", "TI"), ("6850", "Mendrisio", "TI"), ("6300", "Zug", "ZG"), ("5400", "Baden", "AG"), ("8750", "Glarus", "GL")]
STREETS = ["Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Kirchweg", "Seestrasse", "Schulhausstrasse", "Gartenstrasse",
           "Rosenweg", "Birkenweg", "Landstrasse", "Rue du Lac", "Chemin des Vignes", "Avenue de la Gare", "Via San Gottardo", "Via Cantonale"]
KASSEN = [("CSS Kranken-Versicherung AG", "00008"), ("Helsana Versicherungen AG", "01509"), ("SWICA Krankenversicherung AG", "01384"),
          ("Sanitas Grundversicherungen AG", "01509"), ("Visana AG", "01555"), ("CONCORDIA", "00290"), ("Groupe Mutuel (Mutuel Assurance)", "01479"),
          ("Assura-Basis SA", "01542"), ("KPT Krankenkasse AG", "00376"), ("Atupri Gesundheitsversicherung", "01560"), ("EGK-Gesundheitskasse", "00881")]
DIAG = [("S72.01", "81.51.11", "I08E"), ("S72.10", "79.35.11", "I08F"), ("I21.4", "00.66.10", "F24B"), ("I50.01", "89.07.00", "F62C"),
        ("J18.9", "93.96.11", "E77G"), ("K80.10", "51.23.00", "H08B"), ("K35.8", "47.01.00", "G07C"), ("M17.1", "81.54.11", "I44C"),
        ("M16.1", "81.51.22", "I47C"), ("C50.4", "85.21.11", "J06A"), ("O80", "73.59.00", "O60D"), ("Z38.0", "99.99.00", "P67D"),
        ("N20.0", "98.51.11", "L20C"), ("I63.5", "99.10.00", "B70D"), ("F10.2", "94.68.00", "V60B"), ("E11.90", "89.07.00", "K60F"),
        ("U07.1", "93.96.11", "E79B"), ("G40.2", "89.14.00", "B76E"), ("R55", "89.52.00", "F73B"), ("T84.5", "80.05.00", "I02B")]
NEBEN = ["I10.90", "E11.90", "E78.0", "N18.3", "J44.9", "F32.1", "Z92.1", "I48.0", "E66.0", "D62", "U99.0", "Z95.1", ""]
EINTRITTSART = ["1 Notfall", "2 Angemeldet, geplant", "3 Geburt", "5 Verlegung innerhalb 24 Std", "9 Unbekannt"]
AUFENTHALT = ["1 Zuhause", "2 Zuhause mit SPITEX", "3 Krankenheim, Pflegeheim", "6 Anderes Spital (Akutspital)", "8 Andere"]
KLASSE = ["allgemein", "halbprivat", "privat"]
FACH = ["M100 Innere Medizin", "M200 Chirurgie", "M300 Gynäkologie und Geburtshilfe", "M500 Orthopädie", "M400 Pädiatrie", "M950 Geriatrie"]

# Zuweiser (referring doctors): 30, with GLN 7601 + 8 digits + EAN-13 check, ZSR number (letter + 6 digits)
zuw = []
glns = set()
for i in range(30):
    while True:
        g = ean13("7601" + "".join(rnd.choice("0123456789") for _ in range(8)))
        if g not in glns: glns.add(g); break
    f = rnd.random() < 0.45
    plz, ort, kt = rnd.choice(PLACES)
    vn = rnd.choice(GIVEN_F if f else GIVEN_M); nn = rnd.choice(FAMILY)
    titel = rnd.choice(["Dr. med.", "Dr. med.", "Dr. med.", "Prof. Dr. med.", "pract. med.", "Dr méd.", "Dott. med."])
    praxis = rnd.choice(["Hausarztpraxis %s" % ort, "Praxis am %s" % rnd.choice(["Bahnhof", "See", "Markt"]), "Gruppenpraxis %s" % ort,
                         "Cabinet médical %s" % ort, "Studio medico %s" % ort, "Medbase %s" % ort, "Santémed %s" % ort])
    fach = rnd.choice(["Allgemeine Innere Medizin", "Allgemeine Innere Medizin", "Kardiologie", "Orthopädische Chirurgie",
                       "Gynäkologie und Geburtshilfe", "Kinder- und Jugendmedizin", "Psychiatrie und Psychotherapie"])
    zuw.append([g, "%s%06d" % (rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rnd.randint(100000, 999999)), "%s %s %s" % (titel, vn, nn),
                praxis, fach, "%s %d" % (rnd.choice(STREETS), rnd.randint(1, 120)), plz, ort, "+41 %d %03d %02d %02d" % (rnd.choice([31, 44, 21, 91, 52]), rnd.randint(200, 999), rnd.randint(0, 99), rnd.randint(0, 99))])

def person(pref_kt=None):
    f = rnd.random() < 0.52
    u = rnd.random()
    age_years = rnd.randint(0, 18) if u < 0.10 else rnd.randint(19, 64) if u < 0.50 else rnd.randint(65, 89) if u < 0.95 else rnd.randint(90, 101)
    return f, rnd.choice(GIVEN_F if f else GIVEN_M), rnd.choice(FAMILY), age_years

def card(bag):
    return luhn("80756" + bag + "".join(rnd.choice("0123456789") for _ in range(9)))

def case(i, fnr_base, region):
    f, vn, nn, age = person()
    if region == "de":
        plz, ort, kt = rnd.choice([p for p in PLACES if p[2] not in ("VD", "TI")])
    elif region == "fr":
        plz, ort, kt = rnd.choice([p for p in PLACES if p[2] == "VD"])
    else:
        plz, ort, kt = rnd.choice([p for p in PLACES if p[2] == "TI"])
    ein = datetime.datetime(2025, 1, 1, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 364 * 24 * 60))
    dob = ein.date() - datetime.timedelta(days=age * 365 + rnd.randint(0, 364))
    agea = ein.date().year - dob.year - ((ein.date().month, ein.date().day) < (dob.month, dob.day))
    aus = ein + datetime.timedelta(days=rnd.choice([0, 1, 2, 3, 4, 5, 6, 8, 11, 15, 24]), hours=rnd.randint(1, 9))
    d = rnd.choice(DIAG)
    kasse, bag = rnd.choice(KASSEN)
    z = rnd.choice(zuw)[0] if rnd.random() < 0.8 else ""
    return dict(fnr="%d" % (fnr_base + i), ahv=ahv(), nn=nn, vn=vn, dob=dob, sex="W" if f else "M", plz=plz, ort=ort, kt=kt,
                str="%s %d%s" % (rnd.choice(STREETS), rnd.randint(1, 140), rnd.choice(["", "", "", "a", "b"])),
                tel="+41 %d %03d %02d %02d" % (rnd.choice([76, 77, 78, 79, 44, 31, 21, 91]), rnd.randint(100, 999), rnd.randint(0, 99), rnd.randint(0, 99)),
                vnr=card(bag), kasse=kasse, klasse=rnd.choice(KLASSE * 3 + ["allgemein"] * 4), ein=ein, aus=aus, age=agea,
                art=rnd.choice(EINTRITTSART), auf=rnd.choice(AUFENTHALT), hd=d[0], nd1=rnd.choice(NEBEN), nd2=rnd.choice(NEBEN),
                chop=d[1], drg=d[2], cw="%.3f" % rnd.uniform(0.3, 4.5), fach=rnd.choice(FACH), z=z)

faelle = [case(i, 2025000001, "de") for i in range(1200)]
H1 = ["Fallnummer", "AHV-Nr.", "Name", "Vorname", "Geburtsdatum", "Alter bei Eintritt", "Geschlecht", "Strasse", "PLZ", "Wohnort",
      "Kanton", "Telefon", "Versichertennummer", "Krankenkasse", "Versicherungsklasse", "Eintritt", "Austritt", "Eintrittsart",
      "Aufenthalt vor Eintritt", "Hauptdiagnose ICD-10-GM", "Nebendiagnose 1", "Nebendiagnose 2", "CHOP Hauptbehandlung",
      "SwissDRG", "Kostengewicht", "Fachabteilung", "Zuweiser GLN"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING",
      "STREET_ADDRESS", "ZIP_CODE", "CITY", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
R1 = [[c["fnr"], c["ahv"], c["nn"], c["vn"], dmy(c["dob"]), str(c["age"]), c["sex"], c["str"], c["plz"], c["ort"], c["kt"], c["tel"],
       c["vnr"], c["kasse"], c["klasse"], c["ein"].strftime("%d.%m.%Y %H:%M"), c["aus"].strftime("%d.%m.%Y %H:%M"), c["art"], c["auf"],
       c["hd"], c["nd1"], c["nd2"], c["chop"], c["drg"], c["cw"], c["fach"], c["z"]] for c in faelle]

SEXE = {"W": "F", "M": "M"}
fr = [case(i, 2025600001, "fr") for i in range(45)]
H2 = ["No de cas", "No AVS", "Nom", "Prénom", "Date de naissance", "Sexe", "Adresse", "NPA", "Localité", "Canton", "No carte d'assuré",
      "Assureur", "Entrée", "Sortie", "Diagnostic principal", "Intervention principale CHOP", "Médecin adresseur GLN"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "STREET_ADDRESS",
      "ZIP_CODE", "CITY", "NON_IDENTIFYING", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
R2 = [[c["fnr"], c["ahv"], c["nn"], c["vn"], dmy(c["dob"]), SEXE[c["sex"]], c["str"], c["plz"], c["ort"], c["kt"], c["vnr"],
       c["kasse"], dmy(c["ein"]), dmy(c["aus"]), c["hd"], c["chop"], c["z"]] for c in fr]

it = [case(i, 2025800001, "it") for i in range(25)]
H3 = ["N. caso", "N. AVS", "Cognome", "Nome", "Data di nascita", "Sesso", "Indirizzo", "NPA", "Domicilio", "Cantone", "Cassa malati",
      "Data entrata", "Data uscita", "Diagnosi principale", "Medico inviante GLN"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "STREET_ADDRESS",
      "ZIP_CODE", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
R3 = [[c["fnr"], c["ahv"], c["nn"], c["vn"], dmy(c["dob"]), SEXE[c["sex"]], c["str"], c["plz"], c["ort"], c["kt"], c["kasse"],
       dmy(c["ein"]), dmy(c["aus"]), c["hd"], c["z"]] for c in it]

H4 = ["GLN", "ZSR-Nr.", "Zuweiser", "Praxis", "Fachgebiet", "Strasse", "PLZ", "Ort", "Telefon"]
L4 = ["QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "ZIP_CODE", "CITY",
      "TELEPHONE_NUMBER"]

for name, head, rows in (("faelle", H1, R1), ("cas_vd", H2, R2), ("casi_ti", H3, R3), ("zuweiser", H4, zuw)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {}
for t, H, L in (("faelle", H1, L1), ("cas_vd", H2, L2), ("casi_ti", H3, L3), ("zuweiser", H4, L4)):
    cols.update({t + "." + h: l for h, l in zip(H, L)})
gold = {"dataset": "spital-ch",
        "description": "Invented Swiss hospital case export (SwissDRG / BFS Medizinische Statistik flavour), ';', dd.mm.yyyy: faelle 1200 German-header cases (AHV-Nr. 756.xxxx.xxxx.xx with EAN-13 check, Versichertennummer 80756 + 15 digits with Luhn check, ages up to 101, ICD-10-GM, CHOP, SwissDRG, Zuweiser GLN), cas_vd 45 French-header cases (No AVS, Nom, Prénom, NPA, Localité), casi_ti 25 Italian-header cases (N. AVS, Cognome, Nome, Domicilio), zuweiser 30 referring doctors (GLN 7601... EAN-13, ZSR-Nr., practice address)",
        "delimiter": ";", "entity": "faelle", "columns": cols,
        "foreignKeys": [{"column": "faelle.Zuweiser GLN", "references": "zuweiser.GLN"},
                        {"column": "cas_vd.Médecin adresseur GLN", "references": "zuweiser.GLN"},
                        {"column": "casi_ti.Medico inviante GLN", "references": "zuweiser.GLN"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

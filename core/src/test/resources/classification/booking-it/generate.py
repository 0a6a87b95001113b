#!/usr/bin/env python3
"""Writes the invented Italian travel-booking export (30 guests keyed by e-mail address, bookings with PNR codes,
flight segments with seats and ticket numbers; gold.json) into this folder. Shapes probed: ';' delimiter, accented
and mixed-case Italian headers (Città, Nazionalità, N° passaporto), the data subject's e-mail address as the primary
key referenced by another table, codice fiscale, passport numbers, loyalty numbers, PNR record locators, 13-digit
ticket numbers, seat numbers, dd/mm/yyyy dates, decimal commas. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(31337)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Giulia", "Matteo", "Chiara", "Lorenzo", "Francesca", "Alessandro", "Beatrice", "Tommaso", "Ilaria",
         "Riccardo", "Ginevra", "Edoardo", "Martina", "Leonardo", "Camilla"]
FAMILY = ["Bernasconi", "Castellucci", "Dell'Acqua", "Ferraresi", "Gualtieri", "Lombardozzi", "Mastrangelo",
          "Nicoletti", "Pellegrini", "Quaranta", "Sabatini", "Tagliaferri", "Vitale", "Zanardelli", "Brambilla"]
CITIES = [("Roma", "RM", "00185"), ("Milano", "MI", "20121"), ("Torino", "TO", "10123"), ("Bologna", "BO", "40126"),
          ("Firenze", "FI", "50122"), ("Napoli", "NA", "80133"), ("Genova", "GE", "16121"), ("Verona", "VR", "37121"),
          ("Bergamo", "BG", "24121"), ("Pescara", "PE", "65122")]
STREETS = ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Mazzini", "Piazza Cavour",
           "Via Roma", "Via Solferino", "Borgo Pinti"]
ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
MONTHS = "ABCDEHLMPRST"

def cf(given, family, dob, female):
    def cons(s):
        return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]
    def vow(s):
        return [c for c in s.upper() if c in "AEIOU"]
    f = (cons(family) + vow(family) + ["X"] * 3)[:3]
    gc = cons(given)
    g = ([gc[0], gc[2], gc[3]] if len(gc) > 3 else (gc + vow(given) + ["X"] * 3)[:3])
    code = "".join(f + g) + "%02d" % (dob.year % 100) + MONTHS[dob.month - 1] + "%02d" % (dob.day + (40 if female else 0))
    code += random.choice(["H501", "F205", "L219", "A944", "D612", "F839"])
    s = 0
    for i, c in enumerate(code):
        v = int(c) if c.isdigit() else ord(c) - 65
        s += ODD[v] if i % 2 == 0 else v
    return code + chr(65 + s % 26)

def money(x):
    s = "%.2f" % x
    i, d = s.split(".")
    return "{:,}".format(int(i)).replace(",", ".") + "," + d

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
ospiti = labels("ospiti", [
    ("Email", "EMAIL_ADDRESS"), ("Nome", "GIVEN_NAME"), ("Cognome", "FAMILY_NAME"), ("Data di nascita", "DATE_OF_BIRTH"),
    ("Nazionalità", NON), ("Codice Fiscale", "NATIONAL_ID"), ("N° passaporto", "NATIONAL_ID"),
    ("Scadenza passaporto", "DATE"), ("Cellulare", "TELEPHONE_NUMBER"), ("Indirizzo", "STREET_ADDRESS"),
    ("Città", "CITY"), ("CAP", "ZIP_CODE"), ("Provincia", "COUNTY"), ("Tessera MilleMiglia", "ACCOUNT_NUMBER"),
    ("Livello", NON), ("Consenso marketing", NON)])
emails = []
used = set()
for i in range(30):
    while True:
        g, f = random.choice(GIVEN), random.choice(FAMILY)
        if (g, f) not in used:
            used.add((g, f)); break
    female = g[-1] == "a" and g not in ("Luca",)
    dob = dt.date(1948, 1, 1) + dt.timedelta(days=random.randint(0, 20000))
    dom = random.choice(["gmail.com", "libero.it", "virgilio.it", "outlook.it", "tiscali.it"])
    email = "%s.%s%s@%s" % (g.lower(), f.lower().replace("'", ""), random.choice(["", str(dob.year % 100), str(random.randint(1, 99))]), dom)
    emails.append(email)
    city, prov, cap = random.choice(CITIES)
    ospiti.append([email, g, f, dob.strftime("%d/%m/%Y"), random.choice(["italiana"] * 5 + ["svizzera", "francese"]),
                   cf(g, f, dob, female), "Y%s%07d" % (random.choice("ABCDEFGH"), random.randint(0, 9999999)),
                   (dt.date(2027, 1, 1) + dt.timedelta(days=random.randint(0, 3000))).strftime("%d/%m/%Y"),
                   "+39 3%02d %03d %04d" % (random.randint(20, 99), random.randint(0, 999), random.randint(0, 9999)),
                   "%s %d" % (random.choice(STREETS), random.randint(1, 180)), city, cap, prov,
                   "%09d" % random.randint(100000000, 999999999), random.choice(["Ulisse", "Freccia Alata", "Plus", "Executive"]),
                   random.choice(["Sì", "No"])])
prenotazioni = labels("prenotazioni", [
    ("Codice PNR", ID), ("Email ospite", "EMAIL_ADDRESS"), ("Data prenotazione", "DATE"), ("Canale", NON),
    ("Importo (€)", NON), ("Stato", NON), ("Richieste particolari", FT)])
REQ = ["", "", "", "Pasto vegetariano", "Viaggia con la madre {n} {f}, sedia a rotelle", "Contattare {n} al {p} in caso di ritardo",
       "Culla per neonato", "Allergia alle noci", "Richiesta posto finestrino per {n}"]
pnrs = []
for i in range(70):
    e = random.choice(emails)
    o = ospiti[emails.index(e)]
    while True:
        p = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if p not in pnrs:
            break
    pnrs.append(p)
    r = random.choice(REQ).format(n=random.choice(GIVEN), f=o[2], p=o[8])
    prenotazioni.append([p, e, (dt.date(2025, 6, 1) + dt.timedelta(days=random.randint(0, 300))).strftime("%d/%m/%Y"),
                         random.choice(["Web", "App", "Agenzia", "Call center"]), money(random.uniform(49, 2400)),
                         random.choice(["Confermata", "Confermata", "Cancellata", "Volata"]), r])
segmenti = labels("segmenti", [
    ("ID segmento", ID), ("PNR", ID), ("Volo", NON), ("Da", NON), ("A", NON), ("Partenza", "DATE"), ("Posto", NON),
    ("Classe", NON), ("Numero biglietto", ID), ("Bagagli", NON)])
AIRP = ["FCO", "LIN", "MXP", "NAP", "CTA", "PMO", "BLQ", "VCE", "CDG", "LHR", "JFK", "BCN"]
n = 0
for p in pnrs:
    tkt = "055%010d" % random.randint(0, 9999999999)
    for leg in range(random.choice([1, 2, 2, 3])):
        n += 1
        a, b = random.sample(AIRP, 2)
        t = dt.datetime(2026, 1, 1, 6) + dt.timedelta(minutes=5 * random.randint(0, 80000))
        segmenti.append([str(1000 + n), p, "AZ%d" % random.randint(100, 2099), a, b, t.strftime("%Y-%m-%dT%H:%M"),
                         "%d%s" % (random.randint(1, 38), random.choice("ABCDEF")), random.choice(["Economy", "Economy", "Business"]),
                         tkt, str(random.choice([0, 1, 1, 2]))])
FKS = [("prenotazioni.Email ospite", "ospiti.Email"), ("segmenti.PNR", "prenotazioni.Codice PNR")]
DESC = ("Invented Italian travel-booking export, ';' delimiter, accented headers: 30 guests keyed by their e-mail "
        "address (codice fiscale, passport, loyalty number), 70 bookings with PNR codes and free-text requests, "
        "flight segments with seats and 13-digit ticket numbers")
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(t["columns"]); w.writerows(t["rows"])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"dataset": "booking-it", "description": DESC, "delimiter": ";", "entity": "ospiti", "columns": gold,
               "foreignKeys": [{"column": c, "references": r} for c, r in FKS]}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "NOTICE"), "w", encoding="utf-8") as f:
    f.write("booking-it: INVENTED data, generated by generate.py in this folder (Python 3 standard library, fixed seed; "
            "rerun it to reproduce the CSV files and gold.json byte for byte). " + DESC + ".\nNo row describes a real "
            "person: names are drawn from invented lists; codici fiscali are computed (with check letter) from invented "
            "names and birth dates and may by chance equal real ones; phone numbers, passport, loyalty and ticket "
            "numbers are random. Licence: the same as the Warden project.\n")

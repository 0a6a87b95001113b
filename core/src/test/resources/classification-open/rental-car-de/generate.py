#!/usr/bin/env python3
"""Writes rental-car-de: an invented export of a fictional German car rental company's branches (seeded, stdlib only),
';' with decimal commas and dd.mm.yyyy dates. fahrzeuge: 48 cars (Fahrzeugnr, Kennzeichen 'M-AB 1234' / 'M-EV 123E',
FIN (17 characters with the check digit at position 9), Hersteller, Modell, ACRISS group, Erstzulassung, Kilometerstand,
Kraftstoff, Farbe, Heimatfiliale, Status). mieter: 900 renters (Kundennr, Anrede, Vorname, Nachname, Geburtsdatum,
Führerscheinnummer (11 characters with check character), Führerscheinklasse, Ausstellungsdatum, Ausweisnummer (9
characters and the 7-3-1 check digit), Straße, Hausnummer, PLZ, Ort, Land, Telefon, E-Mail, Kundengruppe, Firma).
mietvertraege: rentals (Vertragsnr, Kundennr FK, Fahrzeugnr FK, Kennzeichen copied, Abholung/Rückgabe date, time and
branch, Tarif, km out/in, fuel, Betrag and Kaution in EUR '289,50', Zahlungsart, the counter agent, an additional
driver). schaeden: damages (Schadennr, Vertragsnr FK, Kennzeichen, date, kind, part, description naming people on
some rows, costs in EUR, police file number, handler). Deliberate coincidences: the given name Mercedes beside the
maker Mercedes-Benz; the agent surname Opel beside the maker Opel; branches 'München Hbf' and 'Frankfurt Flughafen'
beside renters living in München and Frankfurt am Main."""
import csv, json, random
rnd = random.Random(7303)
GIVEN = ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Mercedes", "Maximilian", "Sophie", "Paul", "Marie", "Leon", "Hannah",
         "Elias", "Emilia", "Mehmet", "Ayşe", "Stefan", "Sabine", "Jürgen", "Ursula", "Tobias", "Katharina", "Dirk",
         "Nicole", "Björn", "Svenja", "Oleksandr", "Katarzyna", "Giuseppe", "Fatma"]
FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
          "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
          "Hofmann", "Hartmann", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Rossi", "Schäfer", "Lange", "Werner"]
AGENTS = ["Daniela Opel", "Marco Brandt", "Jana Vogt", "Kemal Aydın", "Tanja Seidel", "Florian Huber", "Ines Lorenz",
          "Patrick Ernst", "Nadine Pohl", "Sven Kühn"]
BRANCHES = ["München Hbf", "München Flughafen", "Frankfurt Flughafen", "Frankfurt Innenstadt", "Hamburg Altona", "Berlin Tegel Stadt"]
TOWNS = [("München", "80", "81"), ("Frankfurt am Main", "60", "65"), ("Hamburg", "20", "22"), ("Berlin", "10", "14"),
         ("Augsburg", "86", "86"), ("Offenbach am Main", "63", "63"), ("Freising", "85", "85"), ("Wiesbaden", "65", "65"),
         ("Norderstedt", "22", "22"), ("Potsdam", "14", "14"), ("Köln", "50", "51"), ("Stuttgart", "70", "70")]
STREETS = ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Am Mühlbach", "Leopoldstraße",
           "Berger Straße", "Eppendorfer Weg", "Kastanienallee", "Rosenheimer Str.", "Sonnenstraße", "Im Grund"]
CARS = [("Volkswagen", "Golf 8 1.5 eTSI", "CDMR", "WVWZZZCD", "Benzin"), ("Volkswagen", "ID.4 Pro", "IFAE", "WVGZZZE2", "Elektro"),
        ("Opel", "Corsa F 1.2", "EDMR", "W0V0XEP6", "Benzin"), ("Mercedes-Benz", "C 200 T-Modell", "FWAR", "W1K2062J", "Benzin"),
        ("BMW", "320d Touring", "SWAR", "WBA8J310", "Diesel"), ("Škoda", "Octavia Combi 2.0 TDI", "CWMR", "TMBJJ7NX", "Diesel"),
        ("Ford", "Transit Custom", "FKMR", "WF0YXXTT", "Diesel"), ("Tesla", "Model 3 RWD", "FDAE", "LRW3E7FA", "Elektro"),
        ("Mercedes-Benz", "Vito Tourer", "PVMR", "WDF44770", "Diesel")]
DISTRICT = {"München Hbf": "M", "München Flughafen": "FS", "Frankfurt Flughafen": "F", "Frankfurt Innenstadt": "F",
            "Hamburg Altona": "HH", "Berlin Tegel Stadt": "B"}
TARIFE = ["Tagestarif", "Wochenendtarif", "Wochentarif", "Monatstarif", "Firmentarif", "Einwegmiete"]
PLATEL = "ABCDEFGHJKLMNPRSTUVWXYZ"
def asc(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("ş", "s"), ("ı", "i"), ("Ä", "ae"), ("Ö", "oe"), ("Ü", "ue")):
        s = s.replace(a, b)
    return s.lower()
def d(y, m, dd): return "%02d.%02d.%04d" % (dd, m, y)
def eur(x): return ("%.2f" % x).replace(".", ",")
VINV = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10)))}
VINW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin(prefix):
    s = list(prefix + "0" + rnd.choice("NPRS") + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "%06d" % rnd.randint(0, 999999))
    c = sum(VINV[ch] * w for ch, w in zip(s, VINW)) % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)
def alnum(ch): return int(ch) if ch.isdigit() else ord(ch) - 55
def ausweis():
    s = rnd.choice("LMNPRTVWXYZ") + "".join(rnd.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return s + str(sum(alnum(ch) * w for ch, w in zip(s, [7, 3, 1] * 3)) % 10)
def fuehrerschein():
    s = rnd.choice("ABCDFGHJKLMNPRSTUVWXYZ123456789") + "%03d" % rnd.randint(1, 999) + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5))
    c = sum(alnum(ch) * w for ch, w in zip(s, range(9, 0, -1))) % 11
    return s + ("X" if c == 10 else str(c)) + str(rnd.randint(1, 5))
fz = []
for i in range(48):
    br = BRANCHES[i % len(BRANCHES)]
    mk, md, acr, pre, fuel = rnd.choice(CARS)
    ev = fuel == "Elektro"
    pl = "%s-%s%s %d%s" % (DISTRICT[br], rnd.choice(PLATEL), rnd.choice(PLATEL) if rnd.random() < 0.8 else "", rnd.randint(1, 999 if ev else 9999), "E" if ev else "")
    ez = (rnd.randint(2021, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    fz.append(["FZ%05d" % (10300 + i * 17), pl, vin(pre), mk, md, acr, d(*ez), rnd.randint(1200, 64000), fuel,
               rnd.choice(["Schwarz", "Weiß", "Grau metallic", "Silber", "Blau", "Rot"]), br, rnd.choice(["verfügbar", "vermietet", "vermietet", "Werkstatt"])])
mieter = []; aw = set(); fs = set()
for i in range(900):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    w = fn in ("Anna", "Lea", "Mercedes", "Sophie", "Marie", "Hannah", "Emilia", "Ayşe", "Sabine", "Ursula", "Katharina", "Nicole", "Svenja", "Katarzyna", "Fatma")
    town, p1, p2 = rnd.choice(TOWNS)
    plz = "%s%03d" % (rnd.choice([p1, p2]), rnd.randint(0, 999))
    land = "DE" if rnd.random() < 0.88 else rnd.choice(["AT", "NL", "PL", "CH", "IT"])
    by = rnd.randint(1946, 2005)
    a = ausweis() if land == "DE" else ""
    while a and a in aw: a = ausweis()
    if a: aw.add(a)
    f = fuehrerschein() if land == "DE" else rnd.choice(["", "%08d" % rnd.randint(0, 99999999)])
    fs.add(f)
    firm = rnd.choice(["Siemens AG", "Allianz SE", "Deutsche Bahn AG", "Bosch GmbH", "KPMG AG"]) if rnd.random() < 0.15 else ""
    mieter.append(["K%06d" % (100000 + i * 3 + rnd.randint(0, 2)), "Frau" if w else "Herr", fn, ln, d(by, rnd.randint(1, 12), rnd.randint(1, 28)),
                   f, rnd.choice(["B", "B", "B", "BE", "B, C1"]), d(max(by + 18, rnd.randint(1995, 2023)), rnd.randint(1, 12), rnd.randint(1, 28)),
                   a, rnd.choice(STREETS), str(rnd.randint(1, 140)) + rnd.choice(["", "", "", "a", "b"]), plz, town, land,
                   "" if rnd.random() < 0.1 else rnd.choice(["+49 1%d%d %07d" % (rnd.choice([5, 6, 7]), rnd.randint(0, 9), rnd.randint(0, 9999999)),
                                                              "0%d %d" % (rnd.choice([89, 69, 40, 30]), rnd.randint(1000000, 99999999))]),
                   "" if rnd.random() < 0.08 else "%s.%s@%s" % (asc(fn), asc(ln), rnd.choice(["gmx.de", "web.de", "t-online.de", "gmail.com"])),
                   "Firmenkunde" if firm else rnd.choice(["Privatkunde", "Privatkunde", "Stammkunde"]), firm])
vt = []; sch = []
weights = [rnd.paretovariate(1.5) for _ in mieter]
for i in range(2600):
    m = rnd.choices(mieter, weights)[0]; car = rnd.choice(fz)
    y, mo, dd = 2024 + (i > 1500), rnd.randint(1, 12), rnd.randint(1, 28)
    tarif = rnd.choice(TARIFE)
    days = {"Tagestarif": rnd.randint(1, 3), "Wochenendtarif": 3, "Wochentarif": 7, "Monatstarif": 30, "Firmentarif": rnd.randint(1, 5), "Einwegmiete": rnd.randint(1, 4)}[tarif]
    back_d = dd + days; back_m = mo; back_y = y
    if back_d > 28: back_d -= 28; back_m += 1
    if back_m > 12: back_m = 1; back_y += 1
    open_ = i >= 2590
    ab = car[10] if rnd.random() < 0.9 else rnd.choice(BRANCHES)
    rb = ab if tarif != "Einwegmiete" else rnd.choice([b for b in BRANCHES if b != ab])
    kmo = rnd.randint(1000, 90000); kmi = kmo + days * rnd.randint(30, 400)
    betrag = days * rnd.choice([39.0, 49.0, 59.0, 79.0, 99.0]) + rnd.choice([0, 0, 15.0, 29.9, 45.5])
    fahrer = "" if rnd.random() < 0.9 else "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    vt.append(["MV-%d-%06d" % (y, 4000 + i * 3), m[0], car[0], car[1], d(y, mo, dd), "%02d:%02d" % (rnd.randint(7, 19), rnd.choice([0, 15, 30, 45])), ab,
               "" if open_ else d(back_y, back_m, back_d), "" if open_ else "%02d:%02d" % (rnd.randint(7, 21), rnd.randint(0, 59)), "" if open_ else rb,
               tarif, kmo, "" if open_ else kmi, "" if open_ else rnd.choice(["8/8", "8/8", "7/8", "6/8", "4/8", "2/8"]),
               eur(betrag), eur(rnd.choice([300, 500, 500, 1000])), rnd.choice(["Kreditkarte", "Kreditkarte", "EC-Karte", "Rechnung"]),
               rnd.choice(AGENTS), fahrer])
    if not open_ and rnd.random() < 0.07:
        art, teil = rnd.choice([("Kratzer", "Stoßstange hinten"), ("Delle", "Tür vorne links"), ("Steinschlag", "Windschutzscheibe"),
                                ("Felgenschaden", "Felge hinten rechts"), ("Spiegel abgefahren", "Außenspiegel rechts"), ("Innenraum verschmutzt", "Rücksitzbank")])
        r = rnd.random()
        if r < 0.3: txt = "Kunde %s %s meldet %s bei Rückgabe, Fotos im Vorgang." % ("Frau" if m[1] == "Frau" else "Herr", m[3], art.lower())
        elif r < 0.45: txt = "Unfallgegner: %s %s, Kennzeichen %s-%s %d. Polizei vor Ort." % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(["M", "F", "HH", "OF"]), rnd.choice(PLATEL) * 2, rnd.randint(10, 9999))
        elif r < 0.6: txt = "Zusatzfahrer %s hat den Schaden verursacht." % (fahrer or "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)))
        else: txt = rnd.choice(["Bei Rückgabe festgestellt, Kunde nicht anwesend.", "Vorschaden, bereits dokumentiert.", "Kostenvoranschlag angefordert.", ""])
        kosten = rnd.uniform(80, 4200)
        sch.append(["S%d-%05d" % (back_y, 100 + len(sch) * 7), vt[-1][0], car[1], d(back_y, back_m, back_d), art, teil, txt, eur(kosten),
                    eur(min(kosten, rnd.choice([0, 500, 1000, 1500]))), "%s-%d-%06d" % (rnd.choice(["0512", "0631", "1210"]), back_y, rnd.randint(1, 999999)) if "Unfall" in txt else "",
                    rnd.choice(AGENTS)])
H = {"fahrzeuge": ["Fahrzeugnr", "Kennzeichen", "FIN", "Hersteller", "Modell", "Fahrzeuggruppe", "Erstzulassung", "Kilometerstand",
                   "Kraftstoff", "Farbe", "Heimatfiliale", "Status"],
     "mieter": ["Kundennr", "Anrede", "Vorname", "Nachname", "Geburtsdatum", "Führerscheinnummer", "Führerscheinklasse",
                "Ausstellungsdatum", "Ausweisnummer", "Straße", "Hausnr", "PLZ", "Ort", "Land", "Telefon", "E-Mail", "Kundengruppe", "Firma"],
     "mietvertraege": ["Vertragsnr", "Kundennr", "Fahrzeugnr", "Kennzeichen", "Abholung Datum", "Abholung Uhrzeit", "Abholfiliale",
                       "Rückgabe Datum", "Rückgabe Uhrzeit", "Rückgabefiliale", "Tarif", "km Abholung", "km Rückgabe", "Tankstand",
                       "Betrag EUR", "Kaution EUR", "Zahlungsart", "Mitarbeiter", "Zusatzfahrer"],
     "schaeden": ["Schadennr", "Vertragsnr", "Kennzeichen", "Schadendatum", "Schadenart", "Bauteil", "Schadenbeschreibung",
                  "Reparaturkosten EUR", "Selbstbeteiligung EUR", "Polizei Aktenzeichen", "Sachbearbeiter"]}
for t, rows in (("fahrzeuge", fz), ("mieter", mieter), ("mietvertraege", vt), ("schaeden", sch)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
N = "NON_IDENTIFYING"; O = "OTHER_UNIQUE_IDENTIFIER"; V = "VEHICLE_IDENTIFIER"
L = {"fahrzeuge": [V, V, V, N, N, N, "DATE", N, N, N, N, N],
     "mieter": [O, N, "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "CERTIFICATE_LICENSE_NUMBER", N, "DATE", "NATIONAL_ID",
                "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "CITY", N, "TELEPHONE_NUMBER", "EMAIL_ADDRESS", N, N],
     "mietvertraege": [O, O, V, V, "DATE", "DATE", N, "DATE", "DATE", N, N, N, N, N, N, N, N, "NAME", "NAME"],
     "schaeden": [O, O, V, "DATE", N, N, "FREE_TEXT", N, N, O, "NAME"]}
gold = {"dataset": "rental-car-de",
        "description": "Invented German car rental export, ';' with decimal commas and dd.mm.yyyy: 48 fahrzeuge (Fahrzeugnr, Kennzeichen 'M-AB 1234' "
        "and E-plates, FIN with check digit, maker, model, ACRISS group, first registration, odometer, fuel, colour, home branch, status), 900 mieter "
        "(Kundennr, Anrede, Vorname, Nachname, Geburtsdatum, Führerscheinnummer with check character (empty or 8 digits for foreign renters), "
        "class, issue date, Ausweisnummer with 7-3-1 check digit (German renters only), Straße and Hausnr in two columns, PLZ, Ort, Land, Telefon, "
        "E-Mail, customer group, employer Firma), %d mietvertraege (Vertragsnr, Kundennr and Fahrzeugnr FKs, Kennzeichen copied, pick-up and return "
        "date, time and branch, tariff, km out/in, fuel level '7/8', Betrag/Kaution EUR '289,50', payment, counter agent, additional driver (10%%); "
        "10 rentals still open), %d schaeden (Schadennr, Vertragsnr FK, Kennzeichen, date, kind, part, description naming renters, other drivers "
        "and plates on some rows, costs EUR, police file number, handler). Fleet plates, FIN and Fahrzeugnr VEHICLE_IDENTIFIER (a car is tied to "
        "its renter through the contract); Hausnr STREET_ADDRESS; staff NAME; Firma (employer) NON_IDENTIFYING. Coincidences: given name Mercedes "
        "beside the maker Mercedes-Benz; agent surname Opel beside the maker Opel; branches 'München Hbf', 'Frankfurt Flughafen' beside the towns"
        % (len(vt), len(sch)),
        "delimiter": ";", "entity": "mieter",
        "foreignKeys": [{"column": "mietvertraege.Kundennr", "references": "mieter.Kundennr"},
                        {"column": "mietvertraege.Fahrzeugnr", "references": "fahrzeuge.Fahrzeugnr"},
                        {"column": "schaeden.Vertragsnr", "references": "mietvertraege.Vertragsnr"}],
        "columns": {t + "." + c: l for t in H for c, l in zip(H[t], L[t])}}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False); f.write("\n")

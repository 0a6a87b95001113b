#!/usr/bin/env python3
"""Writes huur-nl: an invented Dutch property-rental export (';', decimal commas, dd-mm-jjjj; seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(31337)
GIVEN = ["Sanne", "Daan", "Femke", "Thijs", "Lotte", "Bram", "Noor", "Joris", "Eva", "Sem", "Iris", "Ruben",
         "Anouk", "Milan", "Fleur", "Jesse", "Maartje", "Wouter", "Esmee", "Koen"]
FAMILY = [("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("", "Bakker"), ("", "Visser"), ("", "Smit"),
          ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("van", "Dijk"),
          ("", "Hendriks"), ("van der", "Linden"), ("", "Kuipers"), ("", "Verhoeven")]
STRATEN = ["Kerkstraat", "Prinsengracht", "Molenweg", "Stationsplein", "Lindelaan", "Dorpsstraat", "Julianastraat", "Vondelstraat"]
PLAATSEN = [("Utrecht", "35"), ("Amersfoort", "38"), ("Zeist", "37"), ("Houten", "39"), ("Nieuwegein", "34")]
WERKGEVERS = ["Rabobank", "UMC Utrecht", "Gemeente Utrecht", "Bol.com", "zelfstandige", "ProRail", ""]
def iban(bank):
    acct = "%010d" % rnd.randint(10 ** 8, 10 ** 10 - 1)
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    return "NL%02d%s%s" % (98 - int(num) % 97, bank, acct)
def bsn():
    while True:
        d = [rnd.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        if s % 11 < 10 and d[0] != 0:
            return "".join(map(str, d)) + str(s % 11)
def mobiel():
    return rnd.choice(["06-%08d", "+31 6 %08d", "06 %08d"]) % rnd.randint(10 ** 7, 10 ** 8 - 1)
def datum(y0, y1):
    return "%02d-%02d-%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(y0, y1))
def geld(x):
    s = "%.2f" % x
    a, b = s.split(".")
    return "{:,}".format(int(a)).replace(",", ".") + "," + b
def naam(g, tv, f):
    return " ".join(x for x in (g, tv, f) if x)
verh, panden, huurders, contracten = [], [], [], []
for i in range(6):
    g, (tv, f) = rnd.choice(GIVEN), rnd.choice(FAMILY)
    verh.append(["V%03d" % (i + 1), naam(g, tv, f), mobiel(), iban(rnd.choice(["RABO", "INGB", "ABNA", "SNSB"])), "%08d" % rnd.randint(10 ** 7, 10 ** 8 - 1)])
for i in range(25):
    plaats, pc = rnd.choice(PLAATSEN)
    panden.append(["P%04d" % (101 + i), "%s %d%s" % (rnd.choice(STRATEN), rnd.randint(1, 240), rnd.choice(["", "", "A", " bis", "-2"])),
                   "%s%02d %s%s" % (pc, rnd.randint(10, 99), rnd.choice("ABCEGHJKLMNPRSTVWXZ"), rnd.choice("ABCEGHJKLMNPRSTVWXZ")),
                   plaats, str(rnd.randint(28, 140)), str(rnd.randint(1, 5)), rnd.choice(["A", "A+", "B", "C", "D", "E"]), rnd.choice(verh)[0]])
for i in range(30):
    g, (tv, f) = rnd.choice(GIVEN), rnd.choice(FAMILY)
    huurders.append([str(24000 + rnd.randint(0, 999) * 7 + i), g, tv, f, datum(1955, 2004), bsn(), mobiel(),
                     "%s.%s@%s" % (g.lower(), (tv + f).replace(" ", "").lower(), rnd.choice(["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl"])),
                     geld(rnd.randint(24, 90) * 1000), rnd.choice(WERKGEVERS)])
for i in range(40):
    h = huurders[i] if i < 30 else rnd.choice(huurders)
    p = rnd.choice(panden)
    start = rnd.randint(2018, 2025)
    huur = rnd.randint(650, 1900)
    ib = iban(rnd.choice(["RABO", "INGB", "ABNA", "TRIO", "BUNQ"]))
    opm = rnd.choice(["Sleutels overhandigd aan %s %s." % (h[1], h[3]),
                      "Borg terugstorten op %s t.n.v. %s." % (ib, naam(h[1], h[2], h[3])),
                      "Huurder belt vaak vanaf %s; bij geen gehoor mailen." % h[6],
                      "Inspectie bij oplevering door %s." % rnd.choice(verh)[1], "", ""])
    contracten.append(["HC-%d-%04d" % (start, i + 1), h[0], p[0], datum(start, start), datum(start + 1, 2027) if rnd.random() < .4 else "",
                       geld(huur), geld(rnd.randint(30, 120)), geld(huur * 2), ib, opm])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
VH = ["verhuurder_id", "naam", "telefoonnummer", "iban", "kvk_nummer"]
PH = ["pand_id", "adres", "postcode", "woonplaats", "oppervlakte_m2", "kamers", "energielabel", "verhuurder"]
HH = ["huurder_nr", "voornaam", "tussenvoegsel", "achternaam", "geboortedatum", "bsn", "mobiel", "e-mailadres", "bruto_jaarinkomen", "werkgever"]
CH = ["contractnummer", "huurder", "pand", "ingangsdatum", "einddatum", "kale_huur", "servicekosten", "waarborgsom", "borg_rekening", "opmerking"]
write("verhuurders", VH, verh); write("panden", PH, panden); write("huurders", HH, huurders); write("huurcontracten", CH, contracten)
L = {"verhuurders": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "TELEPHONE_NUMBER", "IBAN", "OTHER_UNIQUE_IDENTIFIER"],
     "panden": ["OTHER_UNIQUE_IDENTIFIER", "STREET_ADDRESS", "ZIP_CODE", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"],
     "huurders": ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "QUASI_IDENTIFIER", "FAMILY_NAME", "DATE_OF_BIRTH", "NATIONAL_ID", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER"],
     "huurcontracten": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "IBAN", "FREE_TEXT"]}
H = {"verhuurders": VH, "panden": PH, "huurders": HH, "huurcontracten": CH}
cols = {}
for t in ["huurders", "verhuurders", "panden", "huurcontracten"]:
    cols.update({t + "." + c: l for c, l in zip(H[t], L[t])})
gold = {"dataset": "huur-nl", "description": "Invented Dutch property-rental export (';', decimal commas, dd-mm-jjjj): 30 tenants (BSN with 11-proef, 06 mobiles, tussenvoegsel), 6 private landlords (IBAN NL, KvK), 25 units (Dutch addresses, 1234 AB postcodes), 40 leases with deposit-return IBANs and remarks naming tenants",
        "delimiter": ";", "entity": "huurders", "columns": cols,
        "foreignKeys": [{"column": "huurcontracten.huurder", "references": "huurders.huurder_nr"},
                        {"column": "huurcontracten.pand", "references": "panden.pand_id"},
                        {"column": "panden.verhuurder", "references": "verhuurders.verhuurder_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

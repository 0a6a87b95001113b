#!/usr/bin/env python3
"""Writes alumni-nl: an invented Dutch university alumni and donor export (alumni, giften), ';'-separated with decimal
commas and dd-mm-jjjj dates (seeded, stdlib only). BSNs pass the 11-proef, IBANs the ISO 13616 mod-97 check; names
with tussenvoegsels (van, de, van der), postcodes `1234 AB`, 06 mobiles, employers and job titles, notes naming
partners. Gifts refer to the alumnus as `donateur`, carry SEPA mandate references and the paying account."""
import csv, json, random
rnd = random.Random(80801)
GIVEN = ["Daan", "Sanne", "Bram", "Femke", "Joost", "Marieke", "Sjoerd", "Anouk", "Thijs", "Lieke", "Wouter", "Ilse",
         "Maarten", "Eline", "Pieter", "Roos", "Gerrit", "Hendrika", "Willemijn", "Koen"]
FAMILY = [("", "Jansen"), ("de", "Vries"), ("van", "Dijk"), ("", "Bakker"), ("van der", "Meer"), ("", "Visser"),
          ("", "Smit"), ("de", "Boer"), ("van den", "Berg"), ("", "Mulder"), ("", "Hoekstra"), ("ter", "Horst"),
          ("", "Kuipers"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("in 't", "Veld"), ("", "Wijnands")]
CITIES = [("Utrecht", "35"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Groningen", "97"),
          ("Leiden", "23"), ("Nijmegen", "65"), ("Zwolle", "80"), ("Maastricht", "62"), ("Delft", "26"), ("Bunnik", "39")]
STREETS = ["Oudegracht", "Biltstraat", "Keizersgracht", "Laan van Meerdervoort", "Vismarkt", "Breestraat", "Stationsweg",
           "Kerkstraat", "Dorpsstraat", "Wilhelminapark"]
FAC = [("Rechtsgeleerdheid", ["Nederlands recht", "Internationaal recht"], ["LLB", "LLM", "mr."]),
       ("Geneeskunde", ["Geneeskunde", "Biomedische wetenschappen"], ["MD", "MSc", "PhD"]),
       ("Bètawetenschappen", ["Natuurkunde", "Scheikunde", "Informatica", "Wiskunde"], ["BSc", "MSc", "PhD", "ir.", "drs."]),
       ("Geesteswetenschappen", ["Geschiedenis", "Nederlandse taal en cultuur", "Filosofie"], ["BA", "MA", "drs."]),
       ("Economie", ["Economie en bedrijfseconomie", "Fiscale economie"], ["BSc", "MSc", "drs."])]
EMPLOYERS = ["ASML", "Rabobank", "UMC Utrecht", "Gemeente Amsterdam", "Philips", "Rijkswaterstaat", "Eigen praktijk",
             "Universiteit Utrecht", "Allen & Overy", "KPMG", "NS", "Belastingdienst", ""]
TITLES = ["beleidsmedewerker", "advocaat", "huisarts", "software engineer", "docent", "partner", "directeur",
          "onderzoeker", "controller", "gepensioneerd", ""]
FONDS = ["Studiefonds", "Bibliotheekfonds", "Noodfonds studenten", "Onderzoeksfonds Geneeskunde", "Algemeen fonds"]
BANKS = ["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]

def bsn():
    while True:
        d = [rnd.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)

def iban(bank):
    acct = "%010d" % rnd.randint(100000000, 9999999999)
    num = "".join(str(int(ch, 36)) for ch in bank + acct + "NL00")
    return "NL%02d%s%s" % (98 - int(num) % 97, bank, acct)

def ascii_(s):
    return s.lower().replace(" ", "").replace("'", "")

alumni, gifts = [], []
ids = rnd.sample(range(100000, 999999), 700)
for n in range(700):
    g = rnd.choice(GIVEN); tv, fam = rnd.choice(FAMILY)
    second = rnd.choice(GIVEN)
    initials = "%s.%s." % (g[0], second[0]) if rnd.random() < 0.6 else "%s." % g[0]
    grad = rnd.randint(1955, 2025)
    by = grad - rnd.randint(21, 27)
    born = "%02d-%02d-%d" % (rnd.randint(1, 28), rnd.randint(1, 12), by)
    city, pc = rnd.choice(CITIES)
    fac, progs, degs = rnd.choice(FAC)
    partner = "%s %s" % (rnd.choice(GIVEN), ((tv + " ") if tv else "") + fam if rnd.random() < 0.4 else rnd.choice(FAMILY)[1])
    mob = "06-%08d" % rnd.randint(10000000, 99999999)
    note = rnd.choice(["", "", "", "", "Geen post meer sturen", "Partner %s is ook alumnus" % partner,
                       "Overleden %02d-%02d-2025, contact via weduwe %s" % (rnd.randint(1, 28), rnd.randint(1, 12), partner),
                       "Bel liever %s op %s" % (partner.split()[0], "06-%08d" % rnd.randint(10000000, 99999999)),
                       "Wil legaat bespreken", "Reünie 1985 georganiseerd"])
    rel = "R%06d" % ids[n]
    bank = rnd.choice(BANKS)
    acct = iban(bank)
    employer = rnd.choice(EMPLOYERS) if grad < 2024 else ""
    title = "gepensioneerd" if by < 1958 else rnd.choice(TITLES[:-2])
    alumni.append([rel, "s%07d" % rnd.randint(1000000, 9999999) if grad > 1985 else "", bsn(), initials, g, tv, fam,
                   rnd.choice(["M", "V"]) if rnd.random() < 0.98 else "X", born,
                   "%s %d%s" % (rnd.choice(STREETS), rnd.randint(1, 300), rnd.choice(["", "", "bis", "-A", " II"])),
                   "%s%02d %s" % (pc, rnd.randint(0, 99), "".join(rnd.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))),
                   city, rnd.choice(["Nederland"] * 9 + ["België", "Duitsland", "Verenigde Staten"]),
                   mob, "%s.%s%s@%s" % (ascii_(g), ascii_(tv), ascii_(fam), rnd.choice(["ziggo.example", "gmail.example", "kpnmail.example"])),
                   acct, fac, rnd.choice(progs), rnd.choice(degs), str(grad), employer, title,
                   rnd.choice(["Geen", "Geen", "Vriend", "Donateur", "Beschermheer", "Legaat"]), rnd.choice(["ja", "nee"]), note])
    for k in range(rnd.choice([0, 0, 1, 2, 3, 4, 6, 9])):
        paid_from = acct if rnd.random() < 0.85 else iban(rnd.choice(BANKS))
        way = rnd.choice(["iDEAL", "Incasso", "Incasso", "Overboeking"])
        gifts.append([rel, "%02d-%02d-%d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2018, 2026)),
                      ("%.2f" % rnd.choice([10, 25, 25, 50, 50, 100, 250, 500, 1000, 37.5, 12.5])).replace(".", ","), "EUR",
                      rnd.choice(FONDS), way, rnd.choice(["Ontvangen"] * 6 + ["Toegezegd", "Gestorneerd"]),
                      "MND-%s-%02d" % (rel[1:], k + 1) if way == "Incasso" else "", paid_from])
rnd.shuffle(gifts)
gifts = [["G%d-%05d" % (2026, i + 1)] + r for i, r in enumerate(gifts)]
H1 = ["relatienummer", "studentnummer", "bsn", "voorletters", "roepnaam", "tussenvoegsel", "achternaam", "geslacht",
      "geboortedatum", "straat_huisnummer", "postcode", "woonplaats", "land", "telefoon", "e_mail", "iban", "faculteit",
      "opleiding", "graad", "afstudeerjaar", "werkgever", "functie", "donateursstatus", "nieuwsbrief", "opmerkingen"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "GIVEN_NAME", "GIVEN_NAME", "QUASI_IDENTIFIER",
      "FAMILY_NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "STREET_ADDRESS", "ZIP_CODE", "CITY", "NON_IDENTIFYING",
      "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "IBAN", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
      "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]
H2 = ["giftnummer", "donateur", "datum", "bedrag", "valuta", "fonds", "betaalwijze", "status", "machtigingskenmerk", "tegenrekening"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "IBAN"]
for name, head, rows in (("alumni", H1, alumni), ("giften", H2, gifts)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"alumni." + h: l for h, l in zip(H1, L1)}
cols.update({"giften." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "alumni-nl",
        "description": "Invented Dutch university alumni and donor export, ';', decimal commas, dd-mm-jjjj: 700 alumni (relatienummer, student numbers, BSNs passing the 11-proef, initials, tussenvoegsels, postcodes 1234 AB, 06 mobiles, NL IBANs, faculty, degree, graduation year, employer, birth dates back to the 1930s, notes naming partners with phones), %d gifts referring to the alumnus as donateur, SEPA mandate references and the paying IBAN" % len(gifts),
        "delimiter": ";", "entity": "alumni", "columns": cols,
        "foreignKeys": [{"column": "giften.donateur", "references": "alumni.relatienummer"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

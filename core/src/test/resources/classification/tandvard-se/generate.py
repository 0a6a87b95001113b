#!/usr/bin/env python3
"""Writes tandvard-se: an invented Swedish dental clinic export, tab-separated, Swedish headers (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60603)
GIVEN = ["Agneta", "Birgitta", "Evert", "Gunnel", "Holger", "Ingvar", "Järker", "Kerstin", "Lennart", "Margareta",
         "Nils-Åke", "Örjan", "Ragnhild", "Sixten", "Torbjörn", "Ulla-Britt", "Vendela", "Yngve", "Åsa", "Östen"]
FAMILY = ["Andersson", "Björklund", "Dahlgren", "Ekström", "Fagerlund", "Gustafsson", "Hedlund", "Isaksson", "Jönsson",
          "Kjellberg", "Lindqvist", "Malmström", "Nordström", "Öberg", "Pettersson", "Rydberg", "Sjöholm", "Törnqvist",
          "Wallin", "Åkesson"]
ORTER = [("Stockholm", "11"), ("Solna", "17"), ("Uppsala", "75"), ("Västerås", "72"), ("Örebro", "70"), ("Göteborg", "41"),
         ("Malmö", "21"), ("Lund", "22"), ("Umeå", "90"), ("Luleå", "97")]
GATOR = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Skolgatan", "Kyrkvägen", "Björkvägen", "Ringvägen", "Sveavägen"]
ATGARD = [("101", "Basundersökning, utförd av tandläkare"), ("103", "Kompletterande eller akut undersökning"),
          ("111", "Undersökning, utförd av tandhygienist"), ("121", "Röntgenundersökning, intraoral"),
          ("201", "Sjukdomsbehandling, kortare"), ("301", "Information eller instruktion, kortare"),
          ("311", "Profylaxbehandling, kortare"), ("341", "Depuration, kortare"), ("401", "Tanduttagning, en tand"),
          ("501", "Rotbehandling, en rotkanal"), ("701", "Fyllning, en yta, framtand"), ("704", "Fyllning, en yta, molar"),
          ("800", "Krona, tandstödd")]
RISK = ["Låg", "Låg", "Medel", "Hög"]

def luhn(s):
    t = 0
    for i, c in enumerate(s):
        d = int(c) * (2 if i % 2 == 0 else 1)
        t += d - 9 if d > 9 else d
    return str((10 - t % 10) % 10)

def pnr(year, month, day, sex):
    nnn = rnd.randint(0, 99) * 10 + rnd.choice([1, 3, 5, 7, 9] if sex == "M" else [0, 2, 4, 6, 8])
    body = "%02d%02d%02d%03d" % (year % 100, month, day, nnn)
    return "%04d%02d%02d-%03d%s" % (year, month, day, nnn, luhn(body))

def mobil():
    return "07%d-%03d %02d %02d" % (rnd.choice([0, 2, 3, 6]), rnd.randint(0, 999), rnd.randint(0, 99), rnd.randint(0, 99))

def dmy(y, m, d):
    return "%d/%d/%d" % (d, m, y)

def money(x):
    i = "%d" % x
    g = ""
    while len(i) > 3:
        g = " " + i[-3:] + g; i = i[:-3]
    return i + g + ",00"

beh = []
for k, (roll, kod) in enumerate([("Tandläkare", "TL")] * 5 + [("Tandhygienist", "TH")] * 3):
    beh.append(["%s%02d" % (kod, k + 1), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), roll, "%d" % rnd.randint(8000000, 9999999)])
pats, besok = [], []
seen = set()
for n in range(180):
    sex = rnd.choice("MF")
    age = rnd.choice([rnd.randint(3, 85)] * 8 + [rnd.randint(86, 89), rnd.randint(90, 103)])
    y, m, d = 2026 - age - (1 if rnd.random() < 0.5 else 0), rnd.randint(1, 12), rnd.randint(1, 28)
    age = 2026 - y - (1 if (m, d) > (12, 5) else 0)
    p = pnr(y, m, d, sex)
    while p in seen:
        p = pnr(y, m, d, sex)
    seen.add(p)
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    ort, pn = rnd.choice(ORTER)
    anh = rnd.choice(["", "", "Make: %s %s %s" % (rnd.choice(GIVEN), f, mobil()), "Dotter %s, %s" % (rnd.choice(GIVEN), mobil()),
                      "God man: %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))])
    reg = dmy(rnd.randint(2005, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    pats.append([p, g, f, "%s %d%s" % (rnd.choice(GATOR), rnd.randint(1, 120), rnd.choice(["", "", " A", " lgh 1102"])),
                 "%s%d %02d" % (pn, rnd.randint(0, 9), rnd.randint(0, 99)), ort, mobil(),
                 "%s.%s@%s" % (g.lower().replace("å", "a").replace("ä", "a").replace("ö", "o"), f.lower().replace("å", "a").replace("ä", "a").replace("ö", "o"),
                               rnd.choice(["post.example", "telia.example"])) if rnd.random() < 0.6 else "",
                 str(age), "Man" if sex == "M" else "Kvinna", rnd.choice(RISK), rnd.choice(["Ja", "Nej", "Nej"]), anh, reg])
    for v in range(rnd.randint(1, 9)):
        kod, txt = rnd.choice(ATGARD)
        b = rnd.choice(beh)
        note = rnd.choice(["", "", "Ua.", "Pat. har tandvärdsrädsla, lugnande samtal.", "Ring %s före nästa besök, %s" % (g, mobil()),
                           "%s %s uteblev, avgift debiterad." % (g, f), "Kontroll om 6 mån."])
        besok.append([str(880000 + len(besok) + 1), p, b[0], dmy(2026, rnd.randint(1, 11), rnd.randint(1, 28)),
                      "%02d:%s" % (rnd.randint(7, 17), rnd.choice(["00", "15", "30", "45"])), kod, txt,
                      str(rnd.choice([11, 12, 16, 21, 26, 36, 37, 46, 47, 48])) if kod in ("401", "501", "701", "704", "800") else "",
                      money(rnd.choice([450, 690, 890, 1250, 1890, 3200, 7450])), note])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n"); w.writerow(head); w.writerows(rows)

PH = ["personnummer", "förnamn", "efternamn", "gatuadress", "postnummer", "postort", "mobil", "epost", "ålder", "kön",
      "kariesrisk", "frikort", "anhörig", "registrerad"]
BH = ["behandlar_id", "namn", "yrke", "legitimationsnr"]
VH = ["besöksnr", "pnr", "tandläkare", "datum", "klockslag", "åtgärdskod", "åtgärd", "tand", "arvode", "journalanteckning"]
write("patienter", PH, pats); write("behandlare", BH, beh); write("besok", VH, besok)
lab = {}
lab.update({"patienter." + k: v for k, v in zip(PH, ["NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "STREET_ADDRESS", "ZIP_CODE", "CITY",
    "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "DATE"])})
lab.update({"behandlare." + k: v for k, v in zip(BH, ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "QUASI_IDENTIFIER"])})
lab.update({"besok." + k: v for k, v in zip(VH, ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "QUASI_IDENTIFIER", "DATE", "DATE",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"])})
desc = ("Invented Swedish dental clinic export, tab-separated, Swedish headers with å/ä/ö, d/m/yyyy dates, decimal commas with "
        "space thousands: %d patienter keyed by personnummer (YYYYMMDD-NNNC, Luhn check digit; ages incl. over 89), %d behandlare, "
        "%d besök (TLV åtgärdskoder, FDI tooth numbers, journal notes naming patients and phone numbers); the visit table "
        "refers to the patient as pnr") % (len(pats), len(beh), len(besok))
gold = {"dataset": "tandvard-se", "description": desc, "delimiter": "\t", "entity": "patienter", "columns": lab,
        "foreignKeys": [{"column": "besok.pnr", "references": "patienter.personnummer"},
                        {"column": "besok.tandläkare", "references": "behandlare.behandlar_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

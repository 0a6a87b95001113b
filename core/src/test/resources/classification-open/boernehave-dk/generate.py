#!/usr/bin/env python3
"""Writes boernehave-dk: an invented Danish municipal daycare register (institutioner 7 rows, pædagoger 15 rows, børn,
forældre = guardians), `;`, decimal commas, dd-mm-yyyy birth dates and dd.mm.yyyy other dates, Danish headers with
æ/ø/å (seeded, stdlib only). CPR numbers (ddmmyy-ssss) with the century digit rule and, where one exists, the
modulus-11 check; +45 mobiles, home addresses with postcodes and towns (including small island municipalities), home
language, guardians' employers, staff names and staff numbers, notes naming grandparents who collect the child."""
import csv, json, random, datetime
rnd = random.Random(90903)
GIVEN = ["Emma", "William", "Ida", "Noah", "Freja", "Oscar", "Alma", "Lucas", "Karla", "Carl", "Ella", "Aksel",
         "Mette", "Søren", "Lone", "Jesper", "Pernille", "Rasmus", "Trine", "Mads", "Inger", "Bent", "Grethe", "Aage"]
FAMILY = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
          "Jørgensen", "Holm", "Kjærgaard", "Østergaard", "Bach", "Lykke", "Abdi", "Yilmaz", "Kowalski"]
TOWNS = [("København N", "2200", "København", 30), ("Aarhus C", "8000", "Aarhus", 20), ("Odense C", "5000", "Odense", 15),
         ("Byrum", "9940", "Læsø", 2), ("Nordby", "6720", "Fanø", 2), ("Ærøskøbing", "5970", "Ærø", 2), ("Vejle", "7100", "Vejle", 9)]
STREETS = ["Nørrebrogade", "Jægersborggade", "Vestergade", "Søndergade", "Kirkevej", "Skolevej", "Strandvejen", "Møllevej"]
LANG = ["dansk"] * 14 + ["arabisk", "tyrkisk", "somali", "polsk", "urdu", "færøsk"]
INST = [("Børnehuset Mælkebøtten", "integreret", "København"), ("Vuggestuen Spirren", "vuggestue", "København"),
        ("Skovbørnehaven Egernet", "børnehave", "Aarhus"), ("Børnehaven Regnbuen", "børnehave", "Odense"),
        ("Læsø Børneunivers", "integreret", "Læsø"), ("Fanø Børnehus", "integreret", "Fanø"), ("Børnegården Solsikken", "børnehave", "Vejle")]
STUER = ["Sommerfuglene", "Mariehønene", "Bjørnene", "Frøerne", "Myrerne", "Ugler"]
STILLING = ["pædagog", "pædagog", "pædagogmedhjælper", "pædagogisk assistent", "leder"]
W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]

def cpr(born, male):
    y = born.year
    if y < 2000:
        firsts = [0, 1, 2, 3] + ([4, 9] if y >= 1937 else []) + ([5, 6, 7, 8] if y >= 1958 else [])
    else:
        firsts = [4, 9, 5, 6, 7, 8]
    ddmmyy = born.strftime("%d%m%y")
    for _ in range(200):
        s = "%d%03d" % (rnd.choice(firsts), rnd.randint(0, 999))
        if int(s[-1]) % 2 != (1 if male else 0):
            continue
        if sum(int(c) * w for c, w in zip(ddmmyy + s, W)) % 11 == 0 or rnd.random() < 0.02:
            return ddmmyy + "-" + s
    return ddmmyy + "-" + s

def mobil():
    return "+45 %s %02d %02d %02d" % (rnd.choice(["20", "22", "26", "30", "40", "42", "51", "60", "71", "81"]), rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 99))

def dmy(x):
    return x.strftime("%d-%m-%Y")

def dots(x):
    return x.strftime("%d.%m.%Y")

def dec(x, n=1):
    return ("%%.%df" % n % x).replace(".", ",")

inst, staff, kids, guardians = [], [], [], []
for i, (navn, typ, kom) in enumerate(INST):
    inst.append({"inst_nr": "%d" % (101 + i * 4), "navn": navn, "type": typ, "kommune": kom,
                 "pladser": str(rnd.choice([24, 40, 56, 66, 80, 104])), "åbningstid": rnd.choice(["06:30-17:00", "06:45-17:15", "07:00-16:30"]),
                 "normering": "1:" + dec(rnd.uniform(2.8, 6.2)), "takst_kr_md": dec(rnd.choice([2150, 3742, 4012, 3280.5]), 2)})
for i in range(15):
    it = inst[i % 7] if i < 14 else inst[0]
    staff.append({"medarb_nr": "M%03d" % (11 + i * 3), "navn": "%s %s" % (rnd.choice(GIVEN[:20]), rnd.choice(FAMILY)),
                  "stilling": "leder" if i < 7 else rnd.choice(STILLING[:4]), "institution": it["inst_nr"],
                  "mobil": mobil(), "timer_uge": dec(rnd.choice([37, 37, 32, 30, 25.5])),
                  "børneattest": dots(datetime.date(rnd.randint(2019, 2026), rnd.randint(1, 11), rnd.randint(1, 28)))})
for i in range(110):
    male = rnd.random() < 0.5
    born = datetime.date(rnd.randint(2020, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    if born > datetime.date(2025, 10, 1):
        born = datetime.date(2025, 3, 3)
    town, pc, kom, _ = rnd.choices(TOWNS, [t[3] for t in TOWNS])[0]
    it = rnd.choice([x for x in inst if x["kommune"] == kom] or inst)
    kp = rnd.choice([s for s in staff if s["institution"] == it["inst_nr"]])
    fam = rnd.choice(FAMILY)
    child = {"barn_id": "B%05d" % (30017 + i * 11), "cpr": cpr(born, male), "fornavn": rnd.choice(GIVEN[:12]),
             "efternavn": fam, "fødselsdato": dmy(born), "køn": "dreng" if male else "pige",
             "institution": it["inst_nr"], "stue": rnd.choice(STUER), "kontaktpædagog": kp["medarb_nr"],
             "startdato": dots(born + datetime.timedelta(days=rnd.randint(300, 1100))),
             "adresse": ("%s %d, %s" % (rnd.choice(STREETS), rnd.randint(1, 140), rnd.choice(["st. th.", "1. tv.", "2. th.", "3. mf.", ""]))).strip().rstrip(","),
             "postnr": pc, "by": town, "hjemkommune": kom, "sprog_hjemme": rnd.choice(LANG),
             "allergier": rnd.choice(["ingen"] * 6 + ["nødder", "gluten", "laktose", "æg"]),
             "sprogvurdering": rnd.choice(["generel indsats"] * 4 + ["fokuseret indsats", "særlig indsats"]),
             "søskende": str(rnd.choice([0, 0, 1, 1, 2, 3])), "friplads_pct": dec(rnd.choice([0, 0, 0, 0, 25, 50, 100])),
             "bemærkning": ""}
    n_g = rnd.choice([1, 2, 2, 2])
    gs = []
    for k in range(n_g):
        rolle = ["mor", "far"][k] if rnd.random() < 0.9 else rnd.choice(["plejemor", "plejefar", "værge"])
        gm = rolle in ("far", "plejefar")
        gb = datetime.date(rnd.randint(1975, 1999), rnd.randint(1, 12), rnd.randint(1, 28))
        g = {"forælder_id": "F%05d" % (len(guardians) + len(gs) + 50001), "barn": child["barn_id"], "rolle": rolle,
             "navn": "%s %s" % (rnd.choice(GIVEN[12:]), fam if k == 0 or rnd.random() < 0.6 else rnd.choice(FAMILY)),
             "cpr": cpr(gb, gm), "mobil": mobil(),
             "email": "%s%d@post.example" % (rnd.choice(GIVEN).lower().replace("ø", "oe").replace("å", "aa"), rnd.randint(1, 999)),
             "arbejdsplads": rnd.choice(["Rigshospitalet", "Aarhus Kommune", "Novo Nordisk A/S", "Læsø Fiskeindustri", "selvstændig", "Vestas", "ledig", "DSB"]),
             "forældremyndighed": "ja" if rolle in ("mor", "far", "værge") else "nej",
             "må_hente": rnd.choice(["ja", "ja", "ja", "nej"])}
        gs.append(g)
    guardians += gs
    r = rnd.random()
    if r < 0.12:
        child["bemærkning"] = "Hentes om fredagen af mormor %s %s, tlf. %s" % (rnd.choice(GIVEN[18:]), rnd.choice(FAMILY), mobil())
    elif r < 0.2:
        child["bemærkning"] = "Samtale med %s om sprog, aftalt med %s" % (gs[0]["navn"], kp["navn"])
    elif r < 0.3:
        child["bemærkning"] = "Sover middagslur"
    kids.append(child)

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("institutioner", inst); write("pædagoger", staff); write("børn", kids); write("forældre", guardians)
L = {"institutioner.inst_nr": "NON_IDENTIFYING", "institutioner.navn": "NON_IDENTIFYING", "institutioner.type": "NON_IDENTIFYING",
     "institutioner.kommune": "NON_IDENTIFYING", "institutioner.pladser": "NON_IDENTIFYING", "institutioner.åbningstid": "NON_IDENTIFYING",
     "institutioner.normering": "NON_IDENTIFYING", "institutioner.takst_kr_md": "NON_IDENTIFYING",
     "pædagoger.medarb_nr": "OTHER_UNIQUE_IDENTIFIER", "pædagoger.navn": "NAME", "pædagoger.stilling": "NON_IDENTIFYING",
     "pædagoger.institution": "NON_IDENTIFYING", "pædagoger.mobil": "TELEPHONE_NUMBER", "pædagoger.timer_uge": "NON_IDENTIFYING",
     "pædagoger.børneattest": "DATE",
     "børn.barn_id": "OTHER_UNIQUE_IDENTIFIER", "børn.cpr": "NATIONAL_ID", "børn.fornavn": "GIVEN_NAME", "børn.efternavn": "FAMILY_NAME",
     "børn.fødselsdato": "DATE_OF_BIRTH", "børn.køn": "NON_IDENTIFYING", "børn.institution": "NON_IDENTIFYING",
     "børn.stue": "NON_IDENTIFYING", "børn.kontaktpædagog": "OTHER_UNIQUE_IDENTIFIER", "børn.startdato": "DATE",
     "børn.adresse": "STREET_ADDRESS", "børn.postnr": "ZIP_CODE", "børn.by": "CITY", "børn.hjemkommune": "CITY",
     "børn.sprog_hjemme": "QUASI_IDENTIFIER", "børn.allergier": "NON_IDENTIFYING", "børn.sprogvurdering": "NON_IDENTIFYING",
     "børn.søskende": "NON_IDENTIFYING", "børn.friplads_pct": "NON_IDENTIFYING", "børn.bemærkning": "FREE_TEXT",
     "forældre.forælder_id": "OTHER_UNIQUE_IDENTIFIER", "forældre.barn": "OTHER_UNIQUE_IDENTIFIER", "forældre.rolle": "NON_IDENTIFYING",
     "forældre.navn": "NAME", "forældre.cpr": "NATIONAL_ID", "forældre.mobil": "TELEPHONE_NUMBER", "forældre.email": "EMAIL_ADDRESS",
     "forældre.arbejdsplads": "QUASI_IDENTIFIER", "forældre.forældremyndighed": "NON_IDENTIFYING", "forældre.må_hente": "NON_IDENTIFYING"}
gold = {"dataset": "boernehave-dk",
        "description": "Invented Danish municipal daycare register, `;`, decimal commas, dd-mm-yyyy and dd.mm.yyyy, Danish headers with æ/ø/å: 7 institutions (number, name, type, municipality, places, opening hours, staff ratio, monthly fee), 15 staff (staff number, name, role, institution, +45 mobile, weekly hours, date of child-protection certificate), 110 children (ids, CPR with century digit and modulus-11 check, names, birth dates, sex, institution, room, key worker's staff number, start date, address, postcode, town, home municipality incl. Læsø/Fanø/Ærø, home language, allergies, language assessment, siblings, subsidy, notes naming grandparents with phones and staff), %d guardians (id, child, role, name, CPR, mobile, e-mail, employer, custody, may collect)" % len(guardians),
        "delimiter": ";", "entity": "børn", "columns": L,
        "foreignKeys": [{"column": "forældre.barn", "references": "børn.barn_id"},
                        {"column": "børn.institution", "references": "institutioner.inst_nr"},
                        {"column": "pædagoger.institution", "references": "institutioner.inst_nr"},
                        {"column": "børn.kontaktpædagog", "references": "pædagoger.medarb_nr"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

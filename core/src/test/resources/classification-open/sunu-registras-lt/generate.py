#!/usr/bin/env python3
"""Writes sunu-registras-lt: an invented Lithuanian municipal dog licence register (savininkai 70 rows, sunys 90 rows,
skiepai 180 rows), `;`, yyyy-mm-dd dates, Lithuanian headers and values. Asmens kodas personal codes (gender/century
digit, birth date, the published two-pass mod-11 check digit), surnames in male, married and maiden forms (Jonaitis,
Jonaitienė, Jonaitytė), `vardas` for the owner's given name and for the dog's name, ages over 89, postcodes `LT-01103`
under `pašto_kodas`, `+370 612 34567` / `8 612 34567` phones, the vet's name repeated on many rows, notes naming
grandchildren and neighbours with phones and the owner's own personal code (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(150202)
GIVEN = ["Jonas", "Petras", "Antanas", "Tomas", "Mindaugas", "Darius", "Vytautas", "Kęstutis", "Paulius", "Lukas",
         "Ona", "Rūta", "Aušra", "Jurgita", "Rasa", "Eglė", "Giedrė", "Laima", "Vilma", "Dalia"]
STEMS = [("Kazlausk", "as"), ("Jonait", "is"), ("Petrausk", "as"), ("Stankevič", "ius"), ("Vasiliausk", "as"),
         ("Žukausk", "as"), ("Butkevič", "ius"), ("Paulausk", "as"), ("Urbon", "as"), ("Kavaliausk", "as"),
         ("Baranausk", "as"), ("Navick", "as"), ("Sabonis", ""), ("Grigon", "is")]
FAMILY = []
for s, e in STEMS:
    if e == "":
        FAMILY += ["Sabonis", "Sabonienė", "Sabonytė"]
    elif e == "as":
        FAMILY += [s + "as", s + "ienė", s + "aitė"]
    elif e == "ius":
        FAMILY += [s + "ius", s + "ienė", s + "iūtė"]
    else:
        FAMILY += [s + "is", s + "ienė", s + "ytė"]
MALE = set(GIVEN[:10])
CITY = [("Vilnius", "0"), ("Kaunas", "4"), ("Klaipėda", "9"), ("Šiauliai", "7"), ("Panevėžys", "3"), ("Alytus", "6"),
        ("Marijampolė", "6")]
STREET = ["Gedimino pr.", "Savanorių pr.", "Laisvės al.", "Vilniaus g.", "Taikos pr.", "Žalgirio g.", "Kalvarijų g.",
          "Basanavičiaus g."]
DOGS = ["Reksas", "Bimas", "Džekas", "Lora", "Bela", "Margis", "Rudis", "Ginta", "Aisa", "Tara", "Maksas", "Bosas"]
BREEDS = ["mišrūnas", "mišrūnas", "vokiečių aviganis", "labradoro retriveris", "jorkšyro terjeras", "taksas",
          "Sibiro haskis", "čihuahua"]
ref = datetime.date(2025, 6, 1)

def asmens_kodas(b, male):
    g = (3 if male else 4) if b.year < 2000 else (5 if male else 6)
    body = "%d%s%03d" % (g, b.strftime("%y%m%d"), rnd.randint(0, 999))
    for w in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        s = sum(int(c) * k for c, k in zip(body, w)) % 11
        if s != 10:
            return body + str(s)
    return body + "0"

def phone():
    n = "6%02d %05d" % (rnd.randint(0, 99), rnd.randint(0, 99999))
    return rnd.choice(["+370 ", "8 "]) + n

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

sav = []
for i in range(70):
    g = rnd.choice(GIVEN); male = g in MALE
    k = rnd.randrange(len(STEMS)); f = FAMILY[3 * k] if male else FAMILY[3 * k + rnd.choice([1, 2])]
    if i % 12 == 7:
        b = datetime.date(rnd.randint(1929, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    city, pre = rnd.choice(CITY)
    pk = "LT-" + pre + "%0*d" % (5 - len(pre), rnd.randint(0, 10 ** (5 - len(pre)) - 1))
    email = "%s.%s@%s" % (g.lower(), f.lower(), rnd.choice(["gmail.com", "yahoo.com", "inbox.lt"]))
    email = email.translate(str.maketrans("ąčęėįšųūž", "aceeisuuz"))
    sav.append(["S%04d" % (i + 1), asmens_kodas(b, male), g, f, b.isoformat(), age,
                "%s %d-%d" % (rnd.choice(STREET), rnd.randint(1, 160), rnd.randint(1, 80)), city, pk, phone(), email])
sun = []
for i in range(90):
    o = sav[i] if i < 70 else rnd.choice(sav)
    b = datetime.date(2010, 1, 1) + datetime.timedelta(days=rnd.randint(0, 5200))
    sun.append(["LT-SU-%05d" % (31000 + i * 7), o[0], rnd.choice(DOGS), rnd.choice(BREEDS), rnd.choice(["patinas", "patelė"]),
                b.isoformat(), "440%012d" % rnd.randint(0, 10 ** 12 - 1), "%d/%04d" % (rnd.choice([2023, 2024, 2025]), i + 1)])
VETS = ["dr. Rūta Vasiliauskienė", "dr. Tomas Urbonas", "dr. Eglė Navickaitė", "dr. Darius Žukauskas"]
NOTES = ["", "", "", "", "agresyvus, reikalingas antsnukis", "pakartotinis skiepas po 3 sav.",
         "atvedė anūkė {g} {f}, tel. {p}", "kaimynas {g} {f} ({p}) skundėsi lojimu",
         "savininko a. k. {ak}, mokestis sumokėtas", "skiepijo {n}"]
ski = []
for i in range(180):
    s = rnd.choice(sun); o = next(x for x in sav if x[0] == s[1])
    day = datetime.date(2024, 3, 1) + datetime.timedelta(days=rnd.randint(0, 420))
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=phone(), ak=o[1], n=rnd.choice(VETS))
    ski.append(["%d" % (880000 + i * 11), s[0], day.isoformat(), rnd.choice(["Nobivac Rabies", "Nobivac DHPPi", "Rabisin", "Versican Plus"]),
                "%s-%d" % (rnd.choice(["A", "B", "C"]), rnd.randint(1000, 9999)), rnd.choice(VETS), note])
write("savininkai", ["savininko_nr", "asmens_kodas", "vardas", "pavardė", "gimimo_data", "amžius", "adresas", "miestas",
                     "pašto_kodas", "telefonas", "el_paštas"], sav)
write("sunys", ["šuns_nr", "savininko_nr", "vardas", "veislė", "lytis", "gimimo_data", "mikroschema", "licencijos_nr"], sun)
write("skiepai", ["skiepo_nr", "šuns_nr", "data", "vakcina", "serija", "veterinaras", "pastabos"], ski)
cols = {}
for k, v in [("savininkai.savininko_nr", "OTHER_UNIQUE_IDENTIFIER"), ("savininkai.asmens_kodas", "NATIONAL_ID"),
             ("savininkai.vardas", "GIVEN_NAME"), ("savininkai.pavardė", "FAMILY_NAME"),
             ("savininkai.gimimo_data", "DATE_OF_BIRTH"), ("savininkai.amžius", "AGE"),
             ("savininkai.adresas", "STREET_ADDRESS"), ("savininkai.miestas", "CITY"), ("savininkai.pašto_kodas", "ZIP_CODE"),
             ("savininkai.telefonas", "TELEPHONE_NUMBER"), ("savininkai.el_paštas", "EMAIL_ADDRESS"),
             ("sunys.šuns_nr", "OTHER_UNIQUE_IDENTIFIER"), ("sunys.savininko_nr", "OTHER_UNIQUE_IDENTIFIER"),
             ("sunys.vardas", "QUASI_IDENTIFIER"), ("sunys.veislė", "NON_IDENTIFYING"), ("sunys.lytis", "NON_IDENTIFYING"),
             ("sunys.gimimo_data", "QUASI_IDENTIFIER"), ("sunys.mikroschema", "OTHER_UNIQUE_IDENTIFIER"),
             ("sunys.licencijos_nr", "CERTIFICATE_LICENSE_NUMBER"),
             ("skiepai.skiepo_nr", "OTHER_UNIQUE_IDENTIFIER"), ("skiepai.šuns_nr", "OTHER_UNIQUE_IDENTIFIER"),
             ("skiepai.data", "DATE"), ("skiepai.vakcina", "NON_IDENTIFYING"), ("skiepai.serija", "NON_IDENTIFYING"),
             ("skiepai.veterinaras", "NAME"), ("skiepai.pastabos", "FREE_TEXT")]:
    cols[k] = v
g = {"dataset": "sunu-registras-lt",
     "description": "Invented Lithuanian municipal dog licence register, `;`, yyyy-mm-dd, Lithuanian headers and values: 70 owners (owner no, asmens kodas with check digit, given name under `vardas`, surname in male/married/maiden forms, birth date, age with 90-96, street address, city, postcode LT-NNNNN, phone, e-mail), 90 dogs (dog no, owner no, dog's name also under `vardas`, breed, sex, dog's birth date, 15-digit microchip, licence no), 180 vaccinations (number, dog no, date, vaccine, batch, vet's name repeated on many rows, notes naming grandchildren and neighbours with phones and the owner's own personal code)",
     "delimiter": ";", "entity": "savininkai", "columns": cols,
     "foreignKeys": [{"column": "sunys.savininko_nr", "references": "savininkai.savininko_nr"},
                     {"column": "skiepai.šuns_nr", "references": "sunys.šuns_nr"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes isikud-ee: an invented Estonian population-register style extract (seeded, stdlib only), ','. isikud 600
persons (isikukood 11 digits with its check digit, which encodes sex and birth date; eesnimi, perekonnanimi, sünniaeg
dd.mm.yyyy, elukoht, maakond, postiindeks 5 digits, e_post, telefon), elukohateated 45 address-change notices, and
personas_lv 40 Latvian persons (personas kods DDMMYY-CNNNN with its check digit)."""
import csv, json, random, datetime
rnd = random.Random(250202)
EES_M = ["Jaan", "Toomas", "Andres", "Peeter", "Mart", "Rein", "Tiit", "Kalev", "Priit", "Margus", "Rasmus", "Karl", "Oliver", "Sergei", "Dmitri"]
EES_F = ["Mari", "Kadri", "Tiina", "Liis", "Kristiina", "Anu", "Ene", "Maarja", "Triin", "Helju", "Laura", "Grete", "Sofia", "Jelena", "Olga"]
PERE = ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik", "Kuusk", "Karu", "Oja", "Põder",
        "Ivanov", "Smirnov", "Kuznetsov", "Vaher", "Kallas", "Järv", "Raud"]
PLACES = [("Tallinn", "Harju maakond", "10"), ("Tallinn", "Harju maakond", "13"), ("Maardu", "Harju maakond", "74"), ("Tartu", "Tartu maakond", "50"),
          ("Elva", "Tartu maakond", "61"), ("Pärnu", "Pärnu maakond", "80"), ("Narva", "Ida-Viru maakond", "20"), ("Kohtla-Järve", "Ida-Viru maakond", "30"),
          ("Viljandi", "Viljandi maakond", "71"), ("Rakvere", "Lääne-Viru maakond", "44"), ("Kuressaare", "Saare maakond", "93"), ("Haapsalu", "Lääne maakond", "90"),
          ("Võru", "Võru maakond", "65"), ("Paide", "Järva maakond", "72"), ("Jõhvi", "Ida-Viru maakond", "41"), ("Keila", "Harju maakond", "76")]
STREETS = ["Narva mnt", "Tartu mnt", "Pärnu mnt", "Riia tn", "Kalda tee", "Mustamäe tee", "Paldiski mnt", "Jaama tn", "Rüütli tn", "Kesk tn",
           "Vabaduse pst", "Tamme tn", "Kase tn", "Lille tn", "Karu tn", "Oja tn"]
STATUS = ["elus", "elus", "elus", "elus", "surnud", "lahkunud Eestist"]
KODAK = ["Eesti"] * 8 + ["Vene Föderatsioon", "määratlemata kodakondsus", "Läti", "Ukraina"]
MAILS = ["gmail.com", "hot.ee", "mail.ee", "online.ee", "neti.ee"]

def ascii_(s):
    return s.lower().translate(str.maketrans("äöõüšž", "aoousz"))

def isikukood(born, male):
    g = {18: 1, 19: 3, 20: 5}[born.year // 100] + (0 if male else 1)
    base = "%d%02d%02d%02d%03d" % (g, born.year % 100, born.month, born.day, rnd.randint(0, 999))
    d = [int(x) for x in base]
    c = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1])) % 11
    if c == 10:
        c = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3])) % 11
        if c == 10:
            c = 0
    return base + str(c)

def personas_kods(born):
    while True:
        base = "%02d%02d%02d%d%03d" % (born.day, born.month, born.year % 100, {18: 0, 19: 1, 20: 2}[born.year // 100], rnd.randint(0, 999))
        d = [int(x) for x in base]
        c = (1101 - sum(x * w for x, w in zip(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
        if c < 10:
            return base[:6] + "-" + base[6:] + str(c)

def addr(place):
    return "%s %d%s, %s" % (rnd.choice(STREETS), rnd.randint(1, 140), ("-%d" % rnd.randint(1, 60)) if rnd.random() < 0.6 else "", place[0])

people, used = [], set()
for i in range(600):
    male = rnd.random() < 0.47
    giv, fam = rnd.choice(EES_M if male else EES_F), rnd.choice(PERE)
    if fam in ("Ivanov", "Smirnov", "Kuznetsov") and not male:
        fam += "a"
    born = datetime.date(1925, 1, 1) + datetime.timedelta(days=rnd.randint(0, 30000))
    if i % 37 == 0:
        born = datetime.date(rnd.randint(1924, 1933), rnd.randint(1, 12), rnd.randint(1, 28))
    ik = isikukood(born, male)
    while ik in used:
        ik = isikukood(born, male)
    used.add(ik)
    pl = rnd.choice(PLACES)
    mail = "%s.%s%s@%s" % (ascii_(giv), ascii_(fam), rnd.choice(["", str(rnd.randint(1, 99))]), rnd.choice(MAILS)) if rnd.random() < 0.8 else ""
    people.append([ik, giv, fam, born.strftime("%d.%m.%Y"), "M" if male else "N", addr(pl), pl[1], pl[2] + "%03d" % rnd.randint(0, 999), mail,
                   "+372 5%03d %04d" % (rnd.randint(0, 999), rnd.randint(0, 9999)), rnd.choice(KODAK), rnd.choice(["eesti", "eesti", "vene", "vene", "ukraina"]),
                   rnd.choice(STATUS), (datetime.date(2015, 1, 1) + datetime.timedelta(days=rnd.randint(0, 4000))).strftime("%d.%m.%Y")])
notes = []
for k in range(45):
    p = rnd.choice(people); pl = rnd.choice(PLACES)
    notes.append(["ET-%d" % (88001 + k * 3), p[0], (datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 700))).isoformat(), addr(pl), pl[1],
                  pl[2] + "%03d" % rnd.randint(0, 999), rnd.choice(["e-teenus", "KOV", "notar", "e-teenus"]), rnd.choice(["kinnitatud", "kinnitatud", "tagasi lükatud", "menetluses"])])
LV_V_M = ["Jānis", "Andris", "Edgars", "Māris", "Raimonds", "Artūrs"]; LV_V_F = ["Anna", "Inese", "Līga", "Ilze", "Kristīne", "Dace"]
LV_U = [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozoliņš", "Ozoliņa"), ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Jansons", "Jansone"), ("Ozols", "Ozola")]
LV_P = [("Rīga", "LV-10%02d"), ("Daugavpils", "LV-54%02d"), ("Liepāja", "LV-34%02d"), ("Jelgava", "LV-30%02d"), ("Valmiera", "LV-42%02d")]
lv = []
for i in range(40):
    male = rnd.random() < 0.5
    born = datetime.date(1935, 1, 1) + datetime.timedelta(days=rnd.randint(0, 25000)); pl = rnd.choice(LV_P)
    lv.append([personas_kods(born), rnd.choice(LV_V_M if male else LV_V_F), rnd.choice(LV_U)[0 if male else 1], born.strftime("%d.%m.%Y"),
               "%s iela %d-%d, %s" % (rnd.choice(["Brīvības", "Elizabetes", "Lāčplēša", "Rīgas", "Skolas"]), rnd.randint(1, 90), rnd.randint(1, 40), pl[0]), pl[0], pl[1] % rnd.randint(1, 99),
               "+371 2%03d %04d" % (rnd.randint(0, 999), rnd.randint(0, 9999)), rnd.choice(["LV", "LV", "LV", "EE", "LT"]), rnd.choice(["darba atļauja", "pastāvīgā uzturēšanās", "ES pilsonis"])])
H1 = ["isikukood", "eesnimi", "perekonnanimi", "sünniaeg", "sugu", "elukoht", "maakond", "postiindeks", "e_post", "telefon", "kodakondsus", "emakeel", "staatus", "kande_kuupäev"]
L1 = ["NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "STREET_ADDRESS", "COUNTY", "ZIP_CODE", "EMAIL_ADDRESS", "TELEPHONE_NUMBER",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"]
H2 = ["teate_nr", "isikukood", "kuupäev", "uus_elukoht", "maakond", "postiindeks", "esitamise_viis", "olek"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "DATE", "STREET_ADDRESS", "COUNTY", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H3 = ["personas_kods", "vārds", "uzvārds", "dzimšanas_datums", "adrese", "pilsēta", "pasta_indekss", "tālrunis", "valsts", "uzturēšanās_statuss"]
L3 = ["NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rows in (("isikud", H1, people), ("elukohateated", H2, notes), ("personas_lv", H3, lv)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"isikud." + h: l for h, l in zip(H1, L1)}
cols.update({"elukohateated." + h: l for h, l in zip(H2, L2)})
cols.update({"personas_lv." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "isikud-ee",
        "description": "Invented Estonian population-register style extract, ',': 600 persons (isikukood 11 digits with check digit encoding sex and birth date, given and family names incl. Russian forms, birth dates dd.mm.yyyy some before 1934, address 'Narva mnt 12-4, Tallinn', maakond, 5-digit postcodes, e-mail, +372 mobiles, citizenship, mother tongue, status), 45 address-change notices keyed by isikukood, 40 Latvian persons (personas kods DDMMYY-CNNNC with check digit, 'LV-1050' postcodes, +371 phones)",
        "delimiter": ",", "entity": "isikud", "columns": cols,
        "foreignKeys": [{"column": "elukohateated.isikukood", "references": "isikud.isikukood"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

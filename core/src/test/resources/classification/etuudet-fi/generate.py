#!/usr/bin/env python3
"""Writes etuudet-fi: an invented Finnish social-benefit register (hakijat = applicants, päätökset = decisions),
tab-separated, d.M.yyyy dates, decimal commas (seeded, stdlib only). Henkilötunnus values carry the birth date, the
century sign (-, A and the 2023 signs Y/B) and the mod-31 check character; FI IBANs pass mod-97; 040/050 mobiles,
5-digit postcodes, home municipalities including small Lapland ones, mother tongue, case workers' names, free-text
grounds naming family members. Decisions refer to the applicant as `hakija`."""
import csv, json, random, datetime
rnd = random.Random(80804)
GIVEN = ["Aino", "Eino", "Helmi", "Väinö", "Sanna", "Juha", "Mikko", "Tiina", "Pekka", "Liisa", "Aleksi", "Emilia",
         "Onni", "Kaarina", "Timo", "Riikka", "Matti", "Saara", "Jussi", "Elina"]
FAMILY = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
          "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niskanen", "Aikio", "Valkeapää", "Lindqvist"]
TOWNS = [("Helsinki", "00", 40), ("Espoo", "02", 20), ("Tampere", "33", 15), ("Oulu", "90", 10), ("Turku", "20", 10),
         ("Jyväskylä", "40", 6), ("Rovaniemi", "96", 4), ("Inari", "99", 1), ("Utsjoki", "99", 1), ("Maarianhamina", "22", 1)]
STREETS = ["Mannerheimintie", "Hämeenkatu", "Kauppakatu", "Koulukatu", "Rantatie", "Kirkkotie", "Aleksanterinkatu", "Pohjoisranta"]
LANG = ["suomi"] * 14 + ["ruotsi", "ruotsi", "venäjä", "viro", "pohjoissaame", "arabia"]
BENEFITS = [("Yleinen asumistuki", 150, 700), ("Työttömyysturva", 500, 1400), ("Perustoimeentulotuki", 100, 600),
            ("Kansaneläke", 200, 775), ("Sairauspäiväraha", 600, 2200), ("Opintoraha", 250, 280), ("Lapsilisä", 94, 400)]
WORKERS = ["Anneli Koivisto", "Markku Rantanen", "Päivi Suominen", "Jari Halonen", "Kirsi Östman", "Tuomas Pelkonen"]
CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
TODAY = datetime.date(2026, 12, 6)

def hetu(born, male):
    z = rnd.randrange(3 if male else 2, 900, 2)
    sign = ("-" if rnd.random() < 0.8 else "Y") if born.year < 2000 else ("A" if rnd.random() < 0.8 else "B")
    n = int(born.strftime("%d%m%y") + "%03d" % z)
    return "%s%s%03d%s" % (born.strftime("%d%m%y"), sign, z, CHECK[n % 31])

def iban():
    bban = "%06d%08d" % (rnd.choice([100000, 157000, 471000, 800000, 521000, 312000]) + rnd.randint(0, 999), rnd.randint(0, 99999999))
    k = 98 - int(bban + "151800") % 97
    s = "FI%02d%s" % (k, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def d(x):
    return "%d.%d.%d" % (x.day, x.month, x.year)

def mobile():
    return "%s %03d %04d" % (rnd.choice(["040", "050", "044", "045"]), rnd.randint(0, 999), rnd.randint(0, 9999))

apps, decs = [], []
nums = rnd.sample(range(1000000, 9999999), 520)
for n in range(520):
    male = rnd.random() < 0.5
    born = datetime.date(rnd.choice([rnd.randint(1926, 1935)] * 2 + [rnd.randint(1936, 2008)] * 10), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    fam = rnd.choice(FAMILY)
    first = rnd.choice(GIVEN)
    names = first + ("" if rnd.random() < 0.3 else " " + rnd.choice([g for g in GIVEN if g != first]))
    town, pc, _ = rnd.choices(TOWNS, weights=[t[2] for t in TOWNS])[0]
    status = "eläkkeellä" if age >= 65 else "opiskelija" if age < 25 and rnd.random() < 0.6 else rnd.choice(["työtön", "työssä", "työtön", "osa-aikatyössä"])
    cust = "K-%07d" % nums[n]
    apps.append([cust, hetu(born, male), names, fam, d(born), str(age), "mies" if male else "nainen", rnd.choice(LANG), town,
                 "%s %d%s" % (rnd.choice(STREETS), rnd.randint(1, 80), rnd.choice(["", " A 4", " B 12", " C 31", " as 2"])),
                 "%s%03d" % (pc, rnd.randint(100, 990)), mobile(), "%s.%s@posti.example" % (names.split()[0].lower(), fam.lower()),
                 iban(), rnd.choice(["naimaton", "naimisissa", "eronnut", "leski", "avoliitossa"]), str(rnd.choice([0, 0, 1, 2, 3])), status])
    for k in range(rnd.choice([0, 1, 1, 2, 3, 4, 5])):
        ben, lo, hi = rnd.choice(BENEFITS)
        if ben == "Kansaneläke" and age < 63:
            ben, lo, hi = BENEFITS[0]
        applied = datetime.date(rnd.randint(2023, 2026), rnd.randint(1, 11), rnd.randint(1, 28))
        decided = applied + datetime.timedelta(days=rnd.randint(3, 60))
        start = applied.replace(day=1)
        outcome = rnd.choice(["myönnetty"] * 6 + ["hylätty", "osittain myönnetty"])
        spouse = "%s %s" % (rnd.choice(GIVEN), fam)
        why = rnd.choice(["", "", "Tulot alittavat rajan", "Vuokrasopimus toimitettu %s" % d(applied),
                          "Puoliso %s, tulot huomioitu" % spouse, "Lisäselvitys pyydetty, soitettu %s" % mobile(),
                          "Hakija asuu tyttärensä %s %s luona" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), "Edunvalvoja hoitaa asiointia"])
        decs.append([cust, ben, d(applied), d(decided), d(start), d(start + datetime.timedelta(days=rnd.choice([180, 365, 730]))), outcome,
                     ("%.2f" % rnd.uniform(lo, hi)).replace(".", ",") if outcome != "hylätty" else "0,00",
                     rnd.choice(["T03", "A12", "K01", "V07"]) if outcome == "hylätty" else "", rnd.choice(WORKERS), why])
rnd.shuffle(decs)
decs = [["%d/%06d" % (int(r[3].split(".")[2]), 30000 + i * 7)] + r for i, r in enumerate(decs)]
H1 = ["asiakasnumero", "henkilötunnus", "etunimet", "sukunimi", "syntymäaika", "ikä", "sukupuoli", "äidinkieli", "kotikunta",
      "katuosoite", "postinumero", "puhelin", "sähköposti", "tilinumero", "siviilisääty", "lapsia", "työtilanne"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
      "CITY", "STREET_ADDRESS", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "IBAN", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H2 = ["päätösnumero", "hakija", "etuus", "hakemuspäivä", "päätöspäivä", "alkaen", "päättyen", "ratkaisu", "määrä_e_kk", "hylkäysperuste",
      "käsittelijä", "perustelut"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "FREE_TEXT"]
for name, head, rows in (("hakijat", H1, apps), ("päätökset", H2, decs)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"hakijat." + h: l for h, l in zip(H1, L1)}
cols.update({"päätökset." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "etuudet-fi",
        "description": "Invented Finnish social-benefit register, tab-separated, d.M.yyyy, decimal commas, Finnish headers with ä/ö: 520 applicants (customer numbers, henkilötunnus with century signs -/Y/A/B and mod-31 check characters, given names, surnames, birth dates back to 1926, ages, mother tongue, municipality, street address, postcode, 040/050 mobiles, e-mail, FI IBANs, marital status), %d decisions (numbers yyyy/NNNNNN, benefit, four dates, outcome, euros per month, rejection code, case worker, grounds naming spouses and daughters) referring to the applicant as hakija" % len(decs),
        "delimiter": "\t", "entity": "hakijat", "columns": cols,
        "foreignKeys": [{"column": "päätökset.hakija", "references": "hakijat.asiakasnumero"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

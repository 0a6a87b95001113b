#!/usr/bin/env python3
"""Writes pacijenti-rs: an invented Serbian primary-care clinic export (seeded, stdlib only), ','. Headers mix Cyrillic
and Latin script, as exports of Serbian systems do; values are Cyrillic in some rows and Latin in others. pacijenti 300
(ЈМБГ 13 digits with its mod-11 check digit, which encodes birth date, region and sex; ЛБО 11 digits; датум рођења
'14.03.1956.'), posete 900 visits (ICD-10 codes, visit type, doctor code), lekari 15 doctors."""
import csv, json, random, datetime
rnd = random.Random(250303)
CYR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
               ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
                "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"]))
def lat(s):
    return "".join(CYR.get(ch, ch) for ch in s)
IME_M = ["Милан", "Никола", "Марко", "Стефан", "Драган", "Зоран", "Дејан", "Горан", "Александар", "Милош", "Владимир", "Небојша", "Душан", "Лазар"]
IME_F = ["Милица", "Јелена", "Ана", "Марија", "Драгана", "Снежана", "Ивана", "Јована", "Гордана", "Мирјана", "Теодора", "Нина", "Љиљана", "Радмила"]
PREZ = ["Јовановић", "Петровић", "Николић", "Марковић", "Ђорђевић", "Стојановић", "Илић", "Станковић", "Павловић", "Милошевић", "Ивковић",
        "Живковић", "Тодоровић", "Костић", "Лазић", "Пешић", "Крстић", "Вуковић", "Савић", "Ђурић"]
GRAD = [("Београд", "11000", "71"), ("Београд", "11070", "71"), ("Нови Сад", "21000", "80"), ("Ниш", "18000", "73"), ("Крагујевац", "34000", "72"),
        ("Суботица", "24000", "80"), ("Зрењанин", "23000", "85"), ("Чачак", "32000", "78"), ("Краљево", "36000", "78"), ("Лесковац", "16000", "74"),
        ("Ваљево", "14000", "77"), ("Шабац", "15000", "77"), ("Смедерево", "11300", "75"), ("Пожаревац", "12000", "75")]
ULICE = ["Булевар краља Александра", "Кнез Михаилова", "Немањина", "Цара Душана", "Војводе Мишића", "Николе Тесле", "Браће Југовића",
         "Таковска", "Његошева", "Карађорђева", "Змај Јовина", "Бранка Радичевића"]
VRSTA = ["Први преглед", "Контролни преглед", "Кућна посета", "Вакцинација", "Систематски преглед", "Упут специјалисти"]
DG = ["I10", "E11.9", "J06.9", "J20.9", "M54.5", "K29.7", "N39.0", "F41.1", "E78.0", "I25.1", "Z00.0", "Z23.8", "J45.9", "H10.9"]
SPEC = ["Опште медицине", "Опште медицине", "Педијатар", "Гинеколог", "Интерниста", "Медицина рада"]
DZ = ["Дом здравља Вождовац", "Дом здравља Нови Сад", "Дом здравља Ниш", "Дом здравља Миленко Марин", "Дом здравља Др Милутин Ивковић"]

def jmbg(born, region, male):
    while True:
        base = "%02d%02d%03d%s%03d" % (born.day, born.month, born.year % 1000, region, rnd.randint(0, 499) if male else rnd.randint(500, 999))
        d = [int(x) for x in base]
        m = 11 - sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if m == 10:
            continue
        return base + str(0 if m == 11 else m)

def tel():
    return rnd.choice(["+381 6%d %03d %04d" % (rnd.randint(0, 6), rnd.randint(0, 999), rnd.randint(0, 9999)),
                       "06%d/%03d-%04d" % (rnd.randint(0, 6), rnd.randint(0, 999), rnd.randint(0, 9999)),
                       "011/%03d-%04d" % (rnd.randint(200, 899), rnd.randint(0, 9999))])

docs = []
for i in range(15):
    male = rnd.random() < 0.4
    n = "%s %s" % (rnd.choice(IME_M if male else IME_F), rnd.choice(PREZ))
    docs.append(["L%03d" % (101 + i * 4), "др " + n if i % 2 else "dr " + lat(n), rnd.choice(SPEC), rnd.choice(DZ)])
pat, used = [], set()
for i in range(300):
    male = rnd.random() < 0.48
    cyr = rnd.random() < 0.55
    f = (lambda s: s) if cyr else lat
    ime, prez = rnd.choice(IME_M if male else IME_F), rnd.choice(PREZ)
    born = datetime.date(1928, 1, 1) + datetime.timedelta(days=rnd.randint(0, 35000))
    if i % 29 == 0:
        born = datetime.date(rnd.randint(1926, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    g = rnd.choice(GRAD)
    j = jmbg(born, g[2], male)
    while j in used:
        j = jmbg(born, g[2], male)
    used.add(j)
    pat.append(["%d" % (5001 + i), f(ime), f(prez), j, "%011d" % rnd.randint(10 ** 9, 10 ** 11 - 1), "%02d.%02d.%d." % (born.day, born.month, born.year),
                f("мушки" if male else "женски"), f("%s %d" % (rnd.choice(ULICE), rnd.randint(1, 160)) + ("/%d" % rnd.randint(1, 30) if rnd.random() < 0.4 else "")),
                f(g[0]), g[1], tel(), rnd.choice(docs)[0], f(rnd.choice(["РФЗО", "РФЗО", "РФЗО", "приватно осигурање", "без осигурања"]))])
vis = []
for k in range(900):
    p = rnd.choice(pat); d = datetime.datetime(2025, 1, 2, 7, 0) + datetime.timedelta(days=rnd.randint(0, 330), minutes=rnd.choice(range(0, 720, 15)))
    cyr = rnd.random() < 0.5
    vis.append(["%d" % (700001 + k), p[0], d.strftime("%d.%m.%Y %H:%M"), rnd.choice(DG), (lambda s: s if cyr else lat(s))(rnd.choice(VRSTA)), p[11] if rnd.random() < 0.8 else rnd.choice(docs)[0],
                rnd.choice(["да", "не", "не"]), str(rnd.choice([0, 0, 0, 50, 250, 300]))])
H1 = ["ид", "име", "prezime", "ЈМБГ", "LBO", "датум_рођења", "pol", "адреса", "grad", "poštanski_broj", "телефон", "изабрани_лекар", "osiguranje"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NATIONAL_ID", "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE_OF_BIRTH", "NON_IDENTIFYING",
      "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "QUASI_IDENTIFIER", "NON_IDENTIFYING"]
H2 = ["id_posete", "пацијент_ид", "datum_i_vreme", "дијагноза_МКБ10", "vrsta_posete", "лекар", "bolovanje", "participacija_rsd"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H3 = ["šifra_lekara", "име_и_презиме", "специјалност", "ustanova"]
L3 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rows in (("pacijenti", H1, pat), ("posete", H2, vis), ("lekari", H3, docs)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"pacijenti." + h: l for h, l in zip(H1, L1)}
cols.update({"posete." + h: l for h, l in zip(H2, L2)})
cols.update({"lekari." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "pacijenti-rs",
        "description": "Invented Serbian primary-care clinic export, ',', headers mixing Cyrillic and Latin script, values Cyrillic in about half the rows and Latin in the rest: 300 patients (JMBG 13 digits with mod-11 check digit encoding birth date, region and sex; LBO 11 digits; birth dates '14.03.1956.' some before 1935; address, town, 5-digit postcode, phones '+381 64 123 4567' / '064/123-4567' / '011/345-6789', chosen doctor code), 900 visits (ICD-10 codes, visit type, doctor code, sick leave, co-payment), 15 doctors (code, 'др Име Презиме', specialty, health centre, two named after people whose surname patients share)",
        "delimiter": ",", "entity": "pacijenti", "columns": cols,
        "foreignKeys": [{"column": "posete.пацијент_ид", "references": "pacijenti.ид"},
                        {"column": "posete.лекар", "references": "lekari.šifra_lekara"},
                        {"column": "pacijenti.изабрани_лекар", "references": "lekari.šifra_lekara"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes iin-pharmacy-kz (breaker47): an invented Kazakh pharmacy chain's loyalty-programme and dispensing export in
the style of a 1C:Розница report download, ',', Cyrillic table names, headers in Russian and Kazakh, dd.MM.yyyy dates,
prices in tenge with a space as thousands separator and a decimal comma; seeded, stdlib only.
карты 220 (EAN-13 loyalty card number with its check digit, ИИН 12 digits with the published two-pass mod-11 check
digit and the century/sex digit, ФИО surname-first Kazakh (-ұлы/-қызы patronymics) and Russian, Туған күні (a few born
1930-1935), Жынысы, Ұялы телефон +7 (7xx) xxx-xx-xx, e-mail, Город, Мекенжайы, card issue date, tier, bonus balance,
benefit category, SMS consent, home pharmacy, notes naming relatives in some rows), продажи 1600 (receipt no., date
and time, pharmacy, card, product code, ATC code, product name, quantity incl. 0,5, price, amount, discount, bonus
earned, prescription no. and prescriber 'Омарова А.К.' for Rx drugs, free-dispensing programme flag, pharmacist),
аптеки 12 (code, name, БИН 12 digits with the same check digit as the ИИН, city, address, phone, manager),
препараты 40 (product code, ATC, trade name, INN, form, Rx flag, manufacturer, price cap).
Coincidences: customers named Айгерім beside the pharmacy 'Аптека Айгерім', given name Абай beside the town Абай and
the street пр. Абая, customers surnamed Астанов(а) beside the city Астана."""
import csv, json, random, datetime

rnd = random.Random(47003)
GIVEN = ["Ерлан", "Нұрлан", "Асхат", "Бауыржан", "Дәурен", "Серік", "Ержан", "Абай", "Тимур", "Қайрат", "Айгерім",
         "Гүлнар", "Әсел", "Дана", "Жанар", "Мадина", "Айжан", "Сәуле", "Ольга", "Наталья", "Татьяна", "Елена",
         "Сергей", "Андрей", "Виктор", "Дмитрий"]
FAMILY = ["Нұрланов", "Ахметов", "Сейтқали", "Жұмабаев", "Ермеков", "Омаров", "Сәрсенбаев", "Төлеуов", "Қасымов",
          "Әбдірахманов", "Астанов", "Иванов", "Ким", "Петренко", "Шевченко", "Смагулов"]
PATRONYMIC = ["Нұрланұлы", "Серікұлы", "Қайратұлы", "Ерланұлы", "Бауыржанқызы", "Серікқызы", "Асхатқызы", "Нұрланқызы",
              "Петрович", "Викторович", "Сергеевна", "Андреевна"]
KZ_M, KZ_F, RU_F, RU_M = GIVEN[:10], GIVEN[10:18], GIVEN[18:22], GIVEN[22:]
CITIES = ["Алматы", "Алматы", "Алматы", "Астана", "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Абай", "Талдықорған", "Қонаев"]
STREETS = ["пр. Абая", "ул. Толе би", "пр. Назарбаева", "мкр. Самал-2", "мкр. Аксай-4", "ул. Жандосова", "пр. Райымбека",
           "Абай даңғылы", "ул. Кенесары", "ул. Сыганак", "мкр. Орбита-1", "ул. Байтурсынова"]
DRUGS = [("A02BC01", "Омепразол капс. 20 мг №30", "Омепразол", "Нет", "Химфарм", 1150),
         ("J01CA04", "Амоксициллин капс. 500 мг №16", "Амоксициллин", "Да", "Химфарм", 980),
         ("J01CR02", "Амоксиклав табл. 875/125 мг №14", "Амоксициллин+Клавулановая кислота", "Да", "Sandoz", 3650),
         ("N02BE01", "Парацетамол табл. 500 мг №10", "Парацетамол", "Нет", "Химфарм", 160),
         ("M01AE01", "Ибупрофен табл. 400 мг №20", "Ибупрофен", "Нет", "Нобел АФФ", 720),
         ("C09AA02", "Эналаприл табл. 10 мг №20", "Эналаприл", "Да", "KRKA", 540),
         ("C08CA01", "Амлодипин табл. 5 мг №30", "Амлодипин", "Да", "Нобел АФФ", 890),
         ("A10BA02", "Метформин табл. 850 мг №60", "Метформин", "Да", "Berlin-Chemie", 2100),
         ("C10AA05", "Аторвастатин табл. 20 мг №30", "Аторвастатин", "Да", "KRKA", 3900),
         ("R06AE07", "Цетиризин табл. 10 мг №10", "Цетиризин", "Нет", "Нобел АФФ", 650),
         ("J01FA10", "Азитромицин капс. 500 мг №3", "Азитромицин", "Да", "Химфарм", 1480),
         ("R05CB01", "АЦЦ пор. 200 мг №20", "Ацетилцистеин", "Нет", "Sandoz", 2300),
         ("A03AD02", "Но-шпа табл. 40 мг №24", "Дротаверин", "Нет", "Sanofi", 1890),
         ("B01AC06", "Кардиомагнил табл. 75 мг №100", "Ацетилсалициловая кислота+Магния гидроксид", "Нет", "Takeda", 2750),
         ("C07AB07", "Бисопролол табл. 5 мг №30", "Бисопролол", "Да", "Химфарм", 1320),
         ("R01AA07", "Ксилометазолин спрей 0,1% 10 мл", "Ксилометазолин", "Нет", "Нобел АФФ", 690),
         ("A07DA03", "Лоперамид капс. 2 мг №20", "Лоперамид", "Нет", "Химфарм", 310),
         ("N05BA01", "Диазепам табл. 5 мг №20", "Диазепам", "Да", "Gedeon Richter", 1240),
         ("H02AB02", "Дексаметазон р-р д/ин. 4 мг/мл 1 мл №25", "Дексаметазон", "Да", "KRKA", 2480),
         ("A11CC05", "Аквадетрим капли 15000 МЕ/мл 10 мл", "Колекальциферол", "Нет", "Medana", 2900),
         ("N02BB02", "Анальгин табл. 500 мг №10", "Метамизол натрия", "Нет", "Химфарм", 240),
         ("J05AX13", "Арбидол капс. 100 мг №10", "Умифеновир", "Нет", "Фармстандарт", 3450),
         ("A10AB05", "НовоРапид ФлексПен 100 ЕД/мл 3 мл №5", "Инсулин аспарт", "Да", "Novo Nordisk", 15400),
         ("C03CA01", "Фуросемид табл. 40 мг №50", "Фуросемид", "Да", "Химфарм", 420),
         ("R03AC02", "Сальбутамол аэрозоль 100 мкг/доза 200 доз", "Сальбутамол", "Да", "GSK", 1650),
         ("D06AX01", "Фуцидин крем 2% 15 г", "Фузидовая кислота", "Нет", "LEO Pharma", 3200),
         ("S01AA12", "Тобрекс капли глазн. 0,3% 5 мл", "Тобрамицин", "Да", "Novartis", 1950),
         ("G03AA12", "Ярина табл. №21", "Дроспиренон+Этинилэстрадиол", "Да", "Bayer", 6900),
         ("A06AD11", "Дюфалак сироп 667 мг/мл 200 мл", "Лактулоза", "Нет", "Abbott", 3100),
         ("M02AA15", "Вольтарен эмульгель 1% 50 г", "Диклофенак", "Нет", "GSK", 3850),
         ("N06AB06", "Сертралин табл. 50 мг №28", "Сертралин", "Да", "Нобел АФФ", 4100),
         ("C09CA01", "Лозартан табл. 50 мг №30", "Лозартан", "Да", "KRKA", 1780),
         ("A02BA03", "Фамотидин табл. 20 мг №20", "Фамотидин", "Нет", "Химфарм", 390),
         ("J01MA02", "Ципрофлоксацин табл. 500 мг №10", "Ципрофлоксацин", "Да", "Химфарм", 640),
         ("P02CA01", "Мебендазол табл. 100 мг №6", "Мебендазол", "Нет", "Химфарм", 280),
         ("V03AB", "Регидрон пор. 18,9 г №20", "Натрия хлорид+Калия хлорид+Глюкоза", "Нет", "Orion", 2600),
         ("B03AA07", "Сорбифер Дурулес табл. №50", "Железа сульфат+Аскорбиновая кислота", "Нет", "Egis", 4350),
         ("A12AX", "Кальций-Д3 Никомед табл. №60", "Кальция карбонат+Колекальциферол", "Нет", "Takeda", 3990),
         ("N07CA01", "Бетагистин табл. 24 мг №20", "Бетагистин", "Да", "Нобел АФФ", 2250),
         ("QJ01CA04", "Амоксициллин 15% сусп. д/ин. (вет.) 100 мл", "Амоксициллин", "Нет", "Invesa", 5200)]
FORMS = {"капс.": "Капсулы", "табл.": "Таблетки", "пор.": "Порошок", "спрей": "Спрей назальный", "р-р": "Раствор",
         "капли": "Капли", "аэрозоль": "Аэрозоль", "крем": "Крем", "сироп": "Сироп", "эмульгель": "Гель", "сусп.": "Суспензия",
         "ФлексПен": "Раствор"}


def iin_check(d11):
    for w in (range(1, 12), [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]):
        s = sum(int(a) * b for a, b in zip(d11, w)) % 11
        if s != 10:
            return str(s)
    return None


def iin(b, female):
    while True:
        c = (5 if b.year >= 2000 else 3) + (1 if female else 0)
        d11 = b.strftime("%y%m%d") + str(c) + "%04d" % rnd.randint(0, 9999)
        k = iin_check(d11)
        if k:
            return d11 + k


def bin_(reg):
    while True:
        d11 = reg.strftime("%y%m") + "4" + "0" + "%05d" % rnd.randint(0, 99999)
        k = iin_check(d11)
        if k:
            return d11 + k


def ean13(d12):
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def mobile():
    p = rnd.choice(["701", "702", "705", "707", "708", "747", "771", "775", "777", "778"])
    n = "%07d" % rnd.randint(0, 9999999)
    return "+7 (%s) %s-%s-%s" % (p, n[:3], n[3:5], n[5:])


def tenge(x):
    s = "%.2f" % x
    a, b = s.split(".")
    g = ""
    while len(a) > 3:
        g = " " + a[-3:] + g
        a = a[:-3]
    return a + g + "," + b


def d(x):
    return x.strftime("%d.%m.%Y")


def rdate(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))


def person(female=None):
    kz = rnd.random() < 0.72
    if female is None:
        female = rnd.random() < 0.6
    if kz:
        g = rnd.choice(KZ_F if female else KZ_M)
        f = rnd.choice(FAMILY[:11] + FAMILY[15:])
        if female and f.endswith("ов"):
            f += "а"
        if rnd.random() < 0.3:
            return "%s %s" % (f, g), g, female
        return "%s %s %s" % (f, g, rnd.choice(PATRONYMIC[4:8] if female else PATRONYMIC[:4])), g, female
    g = rnd.choice(RU_F if female else RU_M)
    f = rnd.choice(FAMILY[11:15])
    if female and f.endswith("ов"):
        f += "а"
    return "%s %s %s" % (f, g, rnd.choice(PATRONYMIC[10:] if female else PATRONYMIC[8:10])), g, female


def initials(name):
    p = name.split()
    return "%s %s." % (p[0], p[1][0]) + ("%s." % p[2][0] if len(p) > 2 else "")


apteki = []
for i, (nm, city) in enumerate([("Аптека Айгерім №1", "Алматы"), ("Аптека Айгерім №2", "Алматы"), ("Аптека Айгерім №3", "Алматы"),
                                 ("Аптека Айгерім №4", "Астана"), ("Аптека Айгерім №5", "Астана"), ("Аптека Айгерім №6", "Шымкент"),
                                 ("Аптека Айгерім №7", "Қарағанды"), ("Аптека Айгерім №8", "Ақтөбе"), ("Аптека Айгерім №9", "Абай"),
                                 ("Аптека Айгерім №10", "Талдықорған"), ("Аптека Айгерім №11", "Қонаев"), ("Аптечный пункт при поликлинике №7", "Алматы")]):
    mgr = person(True)[0]
    apteki.append(["А%03d" % (i + 1), nm, bin_(rdate(datetime.date(2004, 1, 1), datetime.date(2022, 12, 31))), city,
                   "%s, %d" % (rnd.choice(STREETS), rnd.randint(1, 200)), "+7 (727) %03d-%02d-%02d" % (rnd.randint(200, 399), rnd.randint(0, 99), rnd.randint(0, 99)) if city == "Алматы" else mobile(),
                   mgr])
pharmacists = {a[0]: [person()[0] for _ in range(3)] for a in apteki}
doctors = [initials(person()[0]) for _ in range(30)]

drugs = []
for i, (atc, nm, inn, rx, mf, price) in enumerate(DRUGS):
    form = next(v for k, v in FORMS.items() if k in nm)
    drugs.append(["%06d" % (104000 + i * 13), atc, nm, inn, form, rx, mf, tenge(price * 1.25)])

karty, owners = [], []
iins = set()
for i in range(220):
    name, g, female = person()
    born = rdate(datetime.date(1930, 1, 1), datetime.date(1935, 12, 31)) if i % 41 == 5 else rdate(datetime.date(1945, 1, 1), datetime.date(2007, 12, 31))
    x = iin(born, female)
    while x in iins:
        x = iin(born, female)
    iins.add(x)
    city = rnd.choice(CITIES)
    home = rnd.choice([a for a in apteki if a[3] == city] or apteki)
    issued = rdate(datetime.date(2017, 3, 1), datetime.date(2026, 10, 31))
    note = ""
    r = rnd.random()
    if r < 0.08:
        note = "Карту получила %s %s по доверенности" % (rnd.choice(["дочь", "невестка", "соседка"]), rnd.choice(KZ_F + RU_F))
    elif r < 0.13:
        note = "Звонить %s, тел. %s" % (rnd.choice(["сыну", "мужу", "внучке"]), mobile())
    elif r < 0.18:
        note = rnd.choice(["Перевыпуск карты (утеря)", "Объединена с картой " + ean13("2900%08d" % rnd.randint(0, 99999999)), "VIP",
                           "Жалоба 03.2025 решена"])
    em = "" if rnd.random() < 0.45 else "%s%s@%s" % (rnd.choice(["aigerim", "erlan", "nurlan", "olga", "dana", "asel", "timur", "serik", "saule"]),
                                                       rnd.choice(["", "_", "."]) + str(rnd.randint(1, 9999)), rnd.choice(["mail.ru", "gmail.com", "inbox.kz", "mail.kz"]))
    karty.append([ean13("2900%08d" % (10000000 + i * 431 + rnd.randint(0, 400))), x, name, d(born), "Әйел" if female else "Ер", mobile(), em, city,
                  "%s, д. %d%s" % (rnd.choice(STREETS), rnd.randint(1, 250), rnd.choice(["", ", кв. %d" % rnd.randint(1, 180)])),
                  d(issued), rnd.choice(["Базовый", "Базовый", "Серебряный", "Золотой"]), str(rnd.randint(0, 25000)),
                  "Пенсионер" if born.year < 1962 and rnd.random() < 0.7 else rnd.choice(["—", "—", "—", "—", "Инвалид II гр.", "Многодетная мать (Алтын алқа)"]),
                  rnd.choice(["Да", "Да", "Нет"]), home[0], note])
    owners.append((home, issued))

sales = []
for i in range(1600):
    k = rnd.randrange(len(karty))
    home, issued = owners[k]
    ph = home if rnd.random() < 0.8 else rnd.choice(apteki)
    t = datetime.datetime.combine(rdate(max(issued, datetime.date(2025, 1, 1)), datetime.date(2026, 11, 30)), datetime.time(rnd.randint(8, 22), rnd.randint(0, 59), rnd.randint(0, 59)))
    dr = rnd.choice(drugs)
    qty = rnd.choice([1, 1, 1, 1, 2, 2, 3, 0.5]) if "№" in dr[2] else rnd.choice([1, 1, 2])
    price = float(dr[7].replace(" ", "").replace(",", ".")) / 1.25 * rnd.uniform(0.92, 1.08)
    amount = price * qty
    free = dr[5] == "Да" and dr[1][:3] in ("A10", "C09", "C08", "C07", "C10", "R03", "C03") and rnd.random() < 0.35
    disc = amount if free else amount * rnd.choice([0, 0, 0, 0.03, 0.05, 0.1])
    rx = "" if dr[5] == "Нет" else "%s%09d" % (rnd.choice(["", "РЦ-"]), rnd.randint(0, 999999999))
    sales.append([t, ph[0], karty[k][0], dr[0], dr[1], dr[2], ("%.1f" % qty).replace(".", ",").replace(",0", ""), tenge(price), tenge(amount), tenge(disc),
                  str(0 if free else int((amount - disc) * 0.02)), rx, rnd.choice(doctors) if rx else "",
                  "АЛО (ОСМС)" if free else "", rnd.choice(pharmacists[ph[0]])])
sales.sort(key=lambda r: r[0])
srows = [["%09d" % (3150000 + i * 3 + rnd.randint(0, 2)), t.strftime("%d.%m.%Y %H:%M:%S")] + rest for i, (t, *rest) in enumerate(sales)]

KH = ["Номер карты", "ИИН", "ФИО", "Туған күні", "Жынысы", "Ұялы телефон", "Эл. почта", "Город", "Мекенжайы", "Дата выдачи",
      "Уровень", "Бонусный баланс", "Льготная категория", "Согласие на SMS", "Аптека регистрации", "Примечание"]
SH = ["№ чека", "Дата/время", "Аптека", "Номер карты", "Код товара", "АТХ", "Номенклатура", "Кол-во", "Цена, ₸", "Сумма, ₸",
      "Скидка, ₸", "Начислено бонусов", "№ рецепта", "Врач", "Программа", "Провизор"]
AH = ["Код", "Наименование", "БИН", "Қала", "Адрес", "Телефон", "Меңгеруші"]
DH = ["Код товара", "АТХ", "Наименование", "МНН", "Лекарственная форма", "Рецептурный", "Производитель", "Предельная цена, ₸"]


def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)


write("аптеки", AH, apteki)
write("препараты", DH, drugs)
write("карты", KH, karty)
write("продажи", SH, srows)
L = {}
for c, lab in zip(KH, ["ACCOUNT_NUMBER", "NATIONAL_ID", "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "TELEPHONE_NUMBER",
                       "EMAIL_ADDRESS", "CITY", "STREET_ADDRESS", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]):
    L["карты." + c] = lab
for c, lab in zip(SH, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NAME"]):
    L["продажи." + c] = lab
for c, lab in zip(AH, ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NAME"]):
    L["аптеки." + c] = lab
for c in DH:
    L["препараты." + c] = "NON_IDENTIFYING"
gold = {"dataset": "iin-pharmacy-kz",
        "description": "Invented Kazakh pharmacy chain loyalty and dispensing export (1C:Розница style), ',', Cyrillic table names, Russian and Kazakh headers, dd.MM.yyyy, tenge '1 250,00': 220 карты (Номер карты EAN-13 starting 2900 with check digit (ACCOUNT_NUMBER), ИИН 12 digits with century/sex digit and two-pass mod-11 check digit, ФИО surname first with Kazakh -ұлы/-қызы or Russian patronymics, Туған күні incl. 1930-1935, Жынысы Ер/Әйел, Ұялы телефон +7 (7xx) xxx-xx-xx, e-mail, Город, Мекенжайы, issue date, tier, bonus balance, benefit category, SMS consent, home pharmacy code, Примечание naming relatives and phones (FREE_TEXT)), 1600 продажи (№ чека 9 digits, Дата/время, pharmacy code, card, product code, АТХ, Номенклатура, Кол-во incl. 0,5, price, amount, discount, bonus, № рецепта, Врач 'Омарова А.К.' (NAME), free-dispensing programme, Провизор (NAME)), 12 аптеки (code, name, БИН with the IIN check digit (organisation key: NON_IDENTIFYING), Қала, address, phone, Меңгеруші manager), 40 препараты (product code, ATC, trade name, INN, form, Rx, manufacturer, price cap). Coincidences: customers named Айгерім beside the chain 'Аптека Айгерім', given name Абай beside the town Абай and the streets пр. Абая / Абай даңғылы, surname Астанов(а) beside the city Астана.",
        "delimiter": ",", "entity": "карты", "columns": L,
        "foreignKeys": [{"column": "продажи.Номер карты", "references": "карты.Номер карты"},
                        {"column": "продажи.Аптека", "references": "аптеки.Код"},
                        {"column": "карты.Аптека регистрации", "references": "аптеки.Код"},
                        {"column": "продажи.Код товара", "references": "препараты.Код товара"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

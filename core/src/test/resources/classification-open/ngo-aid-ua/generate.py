#!/usr/bin/env python3
"""Writes ngo-aid-ua: an invented cash-assistance register of a FICTIONAL Ukrainian humanitarian NGO (seeded, stdlib
only), ';' as Ukrainian Excel writes CSV, decimal commas, dd.mm.yyyy, Cyrillic table names, headers and values.
програми (7 programmes: code, name, donor, transfer value per person '3 600,00', tranches, start/end, target group,
programme coordinator), отримувачі (1,480 registered households: registration id, date, Прізвище/Ім'я/По батькові of
the head, sex, birth date, age (some over 89), РНОКПП of 10 digits with the birth date (days since 31.12.1899) and
its check digit (empty for those who refused it on religious grounds), ID document type and number (ID card 9 digits or
passport book 'МК 123456'), +380 phones in four styles, область, територіальна громада, населений пункт
('м. Лозова', 'смт Слобожанське', 'с. Мала Данилівка'), street address, IDP status and IDP certificate number
'6312-5001234567', oblast of origin, household size, children, persons with disabilities, vulnerability category,
payment method, bank, IBAN UA with its mod-97 check digits (plain or grouped by four; empty for Укрпошта cash),
programme code, registrar (NGO staff 'Мельник О.В.'), note naming relatives and phones), виплати (3,364
payments: payment number, recipient id, ПІБ of the recipient as the bank register prints it, programme, tranche,
amount '10800,00', fee, date, IBAN, status, return reason, payment purpose line naming the recipient and the РНОКПП).
Deliberate coincidences: the surname Лозовий/Лозова beside the town Лозова and the громада 'Лозівська'; the surnames
Полтавець and Запорожець beside the oblasts Полтавська and Запорізька; the given names Віра and Надія beside the
programme 'Віра і Надія'; the street 'вул. Шевченка' beside the surname Шевченко; the staff surname Мельник also a
recipient's."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(800101)
GIVEN = [("Олександр", "Ч"), ("Іван", "Ч"), ("Петро", "Ч"), ("Микола", "Ч"), ("Володимир", "Ч"), ("Василь", "Ч"),
         ("Сергій", "Ч"), ("Андрій", "Ч"), ("Дмитро", "Ч"), ("Юрій", "Ч"), ("Михайло", "Ч"), ("Віктор", "Ч"),
         ("Олег", "Ч"), ("Богдан", "Ч"), ("Тарас", "Ч"), ("Максим", "Ч"), ("Артем", "Ч"), ("Степан", "Ч"),
         ("Григорій", "Ч"), ("Анатолій", "Ч"), ("Олена", "Ж"), ("Ольга", "Ж"), ("Наталія", "Ж"), ("Тетяна", "Ж"),
         ("Ірина", "Ж"), ("Світлана", "Ж"), ("Людмила", "Ж"), ("Валентина", "Ж"), ("Галина", "Ж"), ("Оксана", "Ж"),
         ("Марія", "Ж"), ("Ганна", "Ж"), ("Катерина", "Ж"), ("Надія", "Ж"), ("Віра", "Ж"), ("Любов", "Ж"),
         ("Юлія", "Ж"), ("Вікторія", "Ж"), ("Софія", "Ж"), ("Дарина", "Ж"), ("Лідія", "Ж"), ("Ніна", "Ж")]
FAMILY = [("Шевченко", "Шевченко"), ("Коваленко", "Коваленко"), ("Бондаренко", "Бондаренко"), ("Ткаченко", "Ткаченко"),
          ("Кравченко", "Кравченко"), ("Олійник", "Олійник"), ("Шевчук", "Шевчук"), ("Поліщук", "Поліщук"),
          ("Бойко", "Бойко"), ("Коваль", "Коваль"), ("Мельник", "Мельник"), ("Лисенко", "Лисенко"),
          ("Савченко", "Савченко"), ("Руденко", "Руденко"), ("Марченко", "Марченко"), ("Кравчук", "Кравчук"),
          ("Ковальчук", "Ковальчук"), ("Мороз", "Мороз"), ("Левченко", "Левченко"), ("Павленко", "Павленко"),
          ("Харченко", "Харченко"), ("Гончаренко", "Гончаренко"), ("Ковальов", "Ковальова"), ("Іваненко", "Іваненко"),
          ("Литвиненко", "Литвиненко"), ("Кушнір", "Кушнір"), ("Захарченко", "Захарченко"), ("Гриценко", "Гриценко"),
          ("Романенко", "Романенко"), ("Лозовий", "Лозова"), ("Ковтун", "Ковтун"), ("Білоус", "Білоус"),
          ("Сидоренко", "Сидоренко"), ("Мартиненко", "Мартиненко"), ("Полтавець", "Полтавець"),
          ("Запорожець", "Запорожець"), ("Гребенюк", "Гребенюк"), ("Зінченко", "Зінченко"), ("Дорошенко", "Дорошенко"),
          ("Чорновол", "Чорновол"), ("Тарасенко", "Тарасенко"), ("Кривошея", "Кривошея"), ("Соловйов", "Соловйова"),
          ("Приходько", "Приходько"), ("Нестеренко", "Нестеренко"), ("Яковлєв", "Яковлєва")]
PATRONYMIC = [("Олександрович", "Олександрівна"), ("Іванович", "Іванівна"), ("Петрович", "Петрівна"),
              ("Миколайович", "Миколаївна"), ("Володимирович", "Володимирівна"), ("Васильович", "Василівна"),
              ("Сергійович", "Сергіївна"), ("Анатолійович", "Анатоліївна"), ("Вікторович", "Вікторівна"),
              ("Григорович", "Григорівна"), ("Михайлович", "Михайлівна"), ("Юрійович", "Юріївна"),
              ("Андрійович", "Андріївна"), ("Дмитрович", "Дмитрівна"), ("Богданович", "Богданівна"),
              ("Степанович", "Степанівна"), ("Олегович", "Олегівна")]
# oblast, [(громада, [(населений пункт, weight)])], weight, IDP certificate region prefix
GEO = [("Харківська", [("Харківська міська територіальна громада", [("м. Харків", 30)]),
                       ("Лозівська міська територіальна громада", [("м. Лозова", 8), ("с. Катеринівка", 1), ("с. Царедарівка", 1)]),
                       ("Ізюмська міська територіальна громада", [("м. Ізюм", 5), ("с. Капитолівка", 1)]),
                       ("Слобожанська селищна територіальна громада", [("смт Слобожанське", 3), ("с. Мосьпанове", 1)]),
                       ("Малоданилівська селищна територіальна громада", [("смт Мала Данилівка", 3), ("с. Черкаська Лозова", 1)]),
                       ("Чугуївська міська територіальна громада", [("м. Чугуїв", 4)])], 50, "6312"),
       ("Дніпропетровська", [("Дніпровська міська територіальна громада", [("м. Дніпро", 14)]),
                             ("Павлоградська міська територіальна громада", [("м. Павлоград", 4)]),
                             ("Криворізька міська територіальна громада", [("м. Кривий Ріг", 5)])], 20, "1201"),
       ("Полтавська", [("Полтавська міська територіальна громада", [("м. Полтава", 8), ("с. Макухівка", 1)]),
                       ("Кременчуцька міська територіальна громада", [("м. Кременчук", 4)])], 12, "5301"),
       ("Запорізька", [("Запорізька міська територіальна громада", [("м. Запоріжжя", 10)])], 10, "2310"),
       ("Донецька", [("Краматорська міська територіальна громада", [("м. Краматорськ", 3)]),
                     ("Слов'янська міська територіальна громада", [("м. Слов'янськ", 2)])], 8, "1412")]
STREETS = ["вул. Сумська", "просп. Науки", "вул. Героїв Харкова", "вул. Шевченка", "вул. Соборна", "вул. Гагаріна",
           "пров. Садовий", "вул. Незалежності", "вул. Миру", "вул. Центральна", "вул. Українська", "просп. Миру",
           "вул. Вокзальна", "вул. Козацька", "вул. Польова", "вул. Молодіжна", "бульв. Слави", "вул. Квіткова"]
ORIGIN = ["Донецька", "Донецька", "Луганська", "Харківська", "Харківська", "Херсонська", "Запорізька"]
VULN = ["Особа похилого віку", "Особа з інвалідністю", "Багатодітна сім'я", "Одинокий батько / одинока мати",
        "Домогосподарство, очолюване жінкою", "Дитина з інвалідністю в сім'ї", "Хронічне захворювання", "Немає"]
BANKS = [("АТ КБ «ПриватБанк»", "305299", 45), ("АТ «Ощадбанк»", "300465", 25), ("АТ «Універсал Банк» (monobank)", "322001", 15),
         ("АТ «ПУМБ»", "334851", 8), ("АТ «Райффайзен Банк»", "380805", 5), ("АТ «А-Банк»", "307770", 2)]
STAFF = ["Мельник О.В.", "Гончаренко Т.С.", "Яковенко Д.І.", "Бабенко Ю.М.", "Костенко А.П.", "Вербицька Л.О.",
         "Степаненко І.Г.", "Рибак М.В."]
PROGRAMMES = [["БГД-24-01", "Багатоцільова грошова допомога (БГД) 2024", "ECHO", "3 600,00", "3", "01.03.2024", "31.08.2024",
               "ВПО та постраждале населення", "Кравець Наталія Іванівна"],
              ["БГД-25-01", "Багатоцільова грошова допомога (БГД) 2025", "UNHCR", "3 600,00", "3", "01.01.2025", "30.06.2025",
               "ВПО та постраждале населення", "Кравець Наталія Іванівна"],
              ["ЗИМ-24", "Зимова допомога 2024/2025", "BHA", "6 200,00", "1", "01.11.2024", "28.02.2025",
               "Домогосподарства з твердопаливним опаленням", "Дячук Роман Олегович"],
              ["ОРЕНДА-25", "Допомога на оренду житла", "Norwegian MFA", "4 500,00", "2", "01.02.2025", "31.07.2025",
               "ВПО в орендованому житлі", "Дячук Роман Олегович"],
              ["ВН-25", "Віра і Надія", "Caritas", "2 000,00", "1", "15.03.2025", "15.05.2025",
               "Особи похилого віку 70+", "Кравець Наталія Іванівна"],
              ["ПРОТ-25", "Захист: грошова допомога особам з інвалідністю", "UNICEF", "3 600,00", "2", "01.04.2025",
               "30.09.2025", "Особи з інвалідністю", "Сорока Ірина Миколаївна"],
              ["ВІДН-25", "Відновлення житла (ремонт вікон і дахів)", "ECHO", "15 000,00", "1", "01.05.2025", "30.11.2025",
               "Власники пошкодженого житла", "Сорока Ірина Миколаївна"]]
START = datetime.date(1899, 12, 31)

def rnokpp(born, male, used):
    while True:
        days = (born - START).days
        d = [int(c) for c in "%05d" % days] + [rnd.randint(0, 9) for _ in range(3)]
        d.append(rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
        s = "".join(map(str, d))
        if s not in used:
            used.add(s); return s

def iban(mfo, used):
    while True:
        acct = "00000" + rnd.choice(["2620", "2625", "2625", "2620"]) + "".join(str(rnd.randint(0, 9)) for _ in range(10))
        bban = mfo + acct
        n = int(bban + "3010" + "00")  # U=30, A=10, check digits 00 moved to the end
        s = "UA%02d%s" % (98 - n % 97, bban)
        if s not in used:
            used.add(s); return s

def grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def phone():
    op = rnd.choice(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"])
    n = "%07d" % rnd.randint(0, 9999999)
    r = rnd.random()
    if r < 0.45:
        return "+380 %s %s %s %s" % (op, n[:3], n[3:5], n[5:])
    if r < 0.7:
        return "+380%s%s" % (op, n)
    if r < 0.88:
        return "0%s-%s-%s-%s" % (op, n[:3], n[3:5], n[5:])
    return "0%s%s" % (op, n)

def dmy(d):
    return "%02d.%02d.%04d" % (d.day, d.month, d.year)

def money(x):
    return ("%.2f" % x).replace(".", ",")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

MALE = [g for g, s in GIVEN if s == "Ч"]; FEMALE = [g for g, s in GIVEN if s == "Ж"]
MALE_FORM = {f: m for m, fe in FAMILY for f in (m, fe)}
TODAY = datetime.date(2025, 6, 30)
recips = []; r_used = set(); i_used = set(); doc_used = set(); idp_used = set()
rid = 4500
for k in range(1480):
    male = rnd.random() < 0.32
    r = rnd.random()
    if r < 0.014:
        born = datetime.date(rnd.randint(1929, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.4:
        born = datetime.date(rnd.randint(1935, 1960), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1961, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - (1 if (born.month, born.day) > (TODAY.month, TODAY.day) else 0)
    fam = rnd.choice(FAMILY)[0 if male else 1]
    given = rnd.choice(MALE if male else FEMALE)
    pat = rnd.choice(PATRONYMIC)[0 if male else 1] if rnd.random() < 0.96 else ""
    obl, hromady, _, pref = rnd.choices(GEO, [g[2] for g in GEO])[0]
    hrom, towns = rnd.choice(hromady)
    town = rnd.choices([t for t, w in towns], [w for t, w in towns])[0]
    if town.startswith("м. "):
        addr = "%s, буд. %d%s" % (rnd.choice(STREETS), rnd.randint(1, 180), rnd.choice(["", "", "", "А", "/2", "-Б"]))
        if rnd.random() < 0.75:
            addr += ", кв. %d" % rnd.randint(1, 240)
        if rnd.random() < 0.3:
            addr = addr.replace("буд. ", "").replace("кв. ", "")
    else:
        addr = "%s, %d" % (rnd.choice(["вул. Центральна", "вул. Шкільна", "вул. Садова", "вул. Польова", "вул. Шевченка", "пров. Весняний"]), rnd.randint(1, 90))
    idp = rnd.random() < 0.62
    cert = ""
    if idp and rnd.random() < 0.93:
        while True:
            cert = "%s-%d%09d" % (pref, rnd.choice([5, 7]), rnd.randint(0, 999999999))
            if cert not in idp_used:
                idp_used.add(cert); break
    origin = rnd.choice(ORIGIN) if idp else ""
    if idp and origin == obl:
        origin = "Донецька" if obl != "Донецька" else "Луганська"
    size = rnd.choices([1, 2, 3, 4, 5, 6, 7, 8], [22, 24, 20, 16, 9, 5, 3, 1])[0]
    kids = min(size - 1, rnd.choices([0, 1, 2, 3, 4], [40, 28, 20, 8, 4])[0]) if age < 60 else 0
    disab = rnd.choices([0, 1, 2], [74, 22, 4])[0]
    vuln = "Особа похилого віку" if age >= 60 and rnd.random() < 0.7 else rnd.choice(VULN)
    refused = rnd.random() < 0.035
    code = "" if refused else rnokpp(born, male, r_used)
    if rnd.random() < 0.72:
        doctype = "ID-картка"
        while True:
            docno = "%09d" % rnd.randint(1000000, 12999999)
            if docno not in doc_used:
                doc_used.add(docno); break
    else:
        doctype = "Паспорт (книжечка)"
        while True:
            docno = "%s %06d" % (rnd.choice(["МК", "ММ", "ВВ", "ЕН", "КА", "АН", "ВМ", "СО"]), rnd.randint(0, 999999))
            if docno not in doc_used:
                doc_used.add(docno); break
    method = rnd.choices(["Переказ на картку", "Укрпошта (готівкою)", "Нова пошта (грошовий переказ)"], [82, 12, 6])[0]
    if method == "Переказ на картку":
        bank, mfo, _ = rnd.choices(BANKS, [b[2] for b in BANKS])[0]
        ib = iban(mfo, i_used)
        ibs = grouped(ib) if rnd.random() < 0.3 else ib
    else:
        bank = ""; ibs = ""
    prog = rnd.choices([p[0] for p in PROGRAMMES], [18, 34, 14, 10, 6 if age >= 70 else 0, 8 if disab else 0, 6])[0]
    if prog == "ВН-25" and age < 70:
        prog = "БГД-25-01"
    reg = TODAY - datetime.timedelta(days=rnd.randint(30, 520))
    note = ""
    nr = rnd.random()
    if refused:
        note = "Відмова від РНОКПП з релігійних переконань, відмітка в паспорті"
    elif nr < 0.05:
        note = "Довіреність на доньку, %s %s, тел. %s" % (rnd.choice(FEMALE), fam if rnd.random() < 0.6 else rnd.choice(FAMILY)[1], phone())
    elif nr < 0.09:
        note = "Отримує син %s %s (ID-картка %s)" % (rnd.choice(MALE), MALE_FORM[fam], "%09d" % rnd.randint(1000000, 12999999))
    elif nr < 0.14:
        note = rnd.choice(["Маломобільна, потрібен виїзд на дім", "Житло пошкоджене обстрілом 12.2024, акт обстеження є",
                           "Повторна верифікація по телефону", "Дублікат з реєстром UNHCR перевірено — не знайдено",
                           "Проживає в модульному містечку", "Чоловік військовослужбовець"])
    elif nr < 0.17:
        note = "Сусідка %s %s допомагає з документами, тел. %s" % (rnd.choice(FEMALE), rnd.choice(FAMILY)[1], phone())
    rid += rnd.randint(1, 6)
    recips.append(["ХАРК-%06d" % rid if obl == "Харківська" else "%s-%06d" % ({"Дніпропетровська": "ДНІП", "Полтавська": "ПОЛТ", "Запорізька": "ЗАП", "Донецька": "ДОН"}[obl], rid),
                   dmy(reg), fam, given, pat, "Ч" if male else "Ж", dmy(born), str(age), code, doctype, docno,
                   phone() if rnd.random() < 0.95 else "", obl, hrom, town, addr, "так" if idp else "ні", cert, origin,
                   str(size), str(kids), str(disab), vuln, method, bank, ibs, prog, rnd.choice(STAFF), note])

PROG = {p[0]: p for p in PROGRAMMES}
pays = []; pno = 2500000
for r in recips:
    p = PROG[r[26]]
    tranches = int(p[4])
    per = float(p[3].replace(" ", "").replace(",", "."))
    persons = min(int(r[19]), 5) if p[0].startswith(("БГД", "ПРОТ", "ОРЕНДА")) else 1
    start = datetime.date(int(p[5][6:]), int(p[5][3:5]), int(p[5][:2]))
    reg = datetime.date(int(r[1][6:]), int(r[1][3:5]), int(r[1][:2]))
    d0 = max(start, reg) + datetime.timedelta(days=rnd.randint(7, 30))
    done = rnd.choices([tranches, max(1, tranches - 1)], [85, 15])[0]
    initials = "%s %s.%s." % (r[2], r[3][0], r[4][0]) if r[4] else "%s %s." % (r[2], r[3][0])
    full = " ".join(x for x in r[2:5] if x)
    for t in range(1, done + 1):
        d = d0 + datetime.timedelta(days=30 * (t - 1) + rnd.randint(0, 4))
        amt = per * persons
        fee = 0.0 if r[23] == "Переказ на картку" else round(amt * (0.01 if r[23].startswith("Укрпошта") else 0.015), 2)
        status, reason = "Виплачено", ""
        x = rnd.random()
        if d > TODAY:
            status = "Очікує"
        elif x < 0.03 and r[23] == "Переказ на картку":
            status, reason = "Повернено банком", rnd.choice(["Рахунок закрито", "Невідповідність ПІБ та РНОКПП", "Рахунок заблоковано", "Невірний IBAN"])
        elif x < 0.05 and r[23] != "Переказ на картку":
            status, reason = "Не отримано", "Не отримано у відділенні протягом 30 днів"
        if r[8] and rnd.random() < 0.7:
            purpose = "Безповоротна благодійна допомога, %s, транш %d; %s; РНОКПП %s" % (p[0], t, initials, r[8])
        elif rnd.random() < 0.5:
            purpose = "Благодійна допомога за програмою %s, транш %d, без ПДВ" % (p[0], t)
        else:
            purpose = "Безповоротна благодійна допомога, %s; %s" % (p[0], full)
        pno += rnd.randint(1, 3)
        pays.append([str(pno), r[0], full, p[0], str(t), money(amt), money(fee), dmy(d),
                     r[25].replace(" ", ""), status, reason, purpose])
        if status == "Повернено банком" and rnd.random() < 0.6:
            pno += 1
            pays.append([str(pno), r[0], full, p[0], str(t), money(amt), money(fee), dmy(d + datetime.timedelta(days=rnd.randint(10, 25))),
                         r[25].replace(" ", ""), "Виплачено", "", purpose])
pays.sort(key=lambda x: (x[7][6:], x[7][3:5], x[7][:2], x[0]))

PH = ["Код програми", "Назва програми", "Донор", "Сума на особу, грн", "Кількість траншів", "Дата початку", "Дата завершення",
      "Цільова група", "Координатор програми"]
RH = ["ID отримувача", "Дата реєстрації", "Прізвище", "Ім'я", "По батькові", "Стать", "Дата народження", "Вік", "РНОКПП",
      "Тип документа", "Серія та номер документа", "Телефон", "Область", "Громада", "Населений пункт", "Адреса",
      "Статус ВПО", "Номер довідки ВПО", "Область походження", "Кількість членів домогосподарства", "Діти до 18 років",
      "Особи з інвалідністю", "Категорія вразливості", "Спосіб отримання", "Банк", "IBAN", "Код програми", "Реєстратор",
      "Примітка"]
VH = ["№ платежу", "ID отримувача", "ПІБ отримувача", "Код програми", "Транш", "Сума, грн", "Комісія, грн", "Дата виплати",
      "IBAN", "Статус", "Причина повернення", "Призначення платежу"]
write("програми", PH, PROGRAMMES)
write("отримувачі", RH, recips)
write("виплати", VH, pays)
L = {"програми": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE",
                  "NON_IDENTIFYING", "NAME"],
     "отримувачі": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "FAMILY_NAME", "GIVEN_NAME", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH",
                    "AGE", "NATIONAL_ID", "NON_IDENTIFYING", "NATIONAL_ID", "TELEPHONE_NUMBER", "NON_IDENTIFYING",
                    "GEOGRAPHIC_SUBDIVISION", "CITY", "STREET_ADDRESS", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "IBAN", "NON_IDENTIFYING", "NAME", "FREE_TEXT"],
     "виплати": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING",
                 "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "IBAN", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]}
H = {"програми": PH, "отримувачі": RH, "виплати": VH}
cols = {}
for t in ("програми", "отримувачі", "виплати"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "ngo-aid-ua",
        "description": "Invented cash-assistance register of a fictional Ukrainian humanitarian NGO (breaker80), ';', decimal commas, dd.mm.yyyy, Cyrillic table names, headers and values: програми 7 (code 'БГД-25-01', name, donor, transfer value per person '3 600,00', tranches, start/end dates, target group, programme coordinator's full name), отримувачі 1,480 (registration id 'ХАРК-004512', registration date, Прізвище/Ім'я/По батькові (4% without), sex Ч/Ж, birth date, age (about 2.4% over 89), 10-digit РНОКПП with the birth date as days since 31.12.1899, the sex digit and the check digit (4% empty: refused on religious grounds), document type and number (ID card 9 digits or passport book 'МК 123456'), phones '+380 67 123 45 67' / '+380671234567' / '067-123-45-67' / '0671234567' (5% empty), область, громада (a territorial community), населений пункт with its prefix 'м.'/'смт'/'с.', street address, IDP status так/ні, IDP certificate number '6312-5001234567', oblast of origin, household size, children, persons with disabilities, vulnerability category, payment method, bank, IBAN UA with mod-97 check digits (30% grouped by four; empty for cash by post), programme code, registrar (staff 'Мельник О.В.', many rows each), note (free text, some naming a daughter, son or neighbour with a phone or passport number)), виплати 3,364 (payment number, recipient id, ПІБ of the recipient in one cell, programme, tranche, amount '10800,00', fee, date, IBAN without spaces, status, return reason, payment purpose line, 68% of them naming the recipient 'Шевченко О.П.' and the РНОКПП). Labels: область NON_IDENTIFYING (a first-level division, like a state); громада GEOGRAPHIC_SUBDIVISION (a municipality smaller than a state, as ilçe or sub-county); населений пункт CITY; По батькові NAME (as klienty-ru); IDP certificate number OTHER_UNIQUE_IDENTIFIER; document number NATIONAL_ID; registrars and programme coordinators NAME (staff); Призначення платежу FREE_TEXT; donors, banks, programme codes NON_IDENTIFYING. Coincidences: surname Лозовий/Лозова beside the town м. Лозова, the village с. Черкаська Лозова and the громада 'Лозівська'; surnames Полтавець and Запорожець beside the oblasts Полтавська and Запорізька; given names Віра and Надія beside the programme 'Віра і Надія'; street 'вул. Шевченка' beside the surname Шевченко; the registrar Мельник О.В. beside recipients surnamed Мельник",
        "delimiter": ";", "entity": "отримувачі", "columns": cols,
        "foreignKeys": [{"column": "виплати.ID отримувача", "references": "отримувачі.ID отримувача"},
                        {"column": "виплати.Код програми", "references": "програми.Код програми"},
                        {"column": "отримувачі.Код програми", "references": "програми.Код програми"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

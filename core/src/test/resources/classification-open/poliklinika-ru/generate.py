#!/usr/bin/env python3
"""Writes poliklinika-ru: an invented export of a FICTIONAL Russian outpatient clinic's information system (МИС),
seeded, stdlib only, `;` as Russian Excel writes it, Cyrillic table names, headers and values. отделения (12
departments and branches: code, name, head of department, building, floor, opening hours), пациенты (1,100 patients:
outpatient card number, Фамилия/Имя/Отчество, sex, dd.mm.yyyy birth date, age (some over 89), СНИЛС `123-456-789 01`
with its check number, single ОМС policy number (ЕНП, 16 digits with its check digit), insurer (СМО), 12-digit ИНН
with its two check digits (empty for 30%), registration address with or without the postcode before it, town, +7 /
8 phones in several styles, catchment district number, workplace, attachment date, disability group), приёмы (3,800
visits: visit id, card number, dd.mm.yyyy hh:mm, department code, room, doctor as `Смирнова Е.А.`, specialty, visit
kind and purpose, МКБ-10 code and its official Russian text, nature of disease, complaints as free text (some
naming relatives and their phones), blood pressure, result, payment source, price `1 245,30`). Deliberate
coincidences: the town Королёв beside the surname Королёв/Королёва and the street `ул. Королёва`; the department
`Консультативно-диагностическое отделение им. С.П. Боткина` beside the surname Боткин/Боткина; the branch
`Филиал «Пушкино»` beside the town Пушкино and the surname Пушкин/Пушкина; the given names Вера, Надежда, Любовь."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(780202)
GIVEN = [("Александр", "М"), ("Сергей", "М"), ("Дмитрий", "М"), ("Андрей", "М"), ("Алексей", "М"), ("Михаил", "М"),
         ("Иван", "М"), ("Николай", "М"), ("Владимир", "М"), ("Евгений", "М"), ("Павел", "М"), ("Артём", "М"),
         ("Юрий", "М"), ("Виктор", "М"), ("Олег", "М"), ("Геннадий", "М"), ("Станислав", "М"), ("Тимур", "М"),
         ("Елена", "Ж"), ("Ольга", "Ж"), ("Наталья", "Ж"), ("Татьяна", "Ж"), ("Ирина", "Ж"), ("Светлана", "Ж"),
         ("Анна", "Ж"), ("Мария", "Ж"), ("Екатерина", "Ж"), ("Галина", "Ж"), ("Вера", "Ж"), ("Надежда", "Ж"),
         ("Любовь", "Ж"), ("Людмила", "Ж"), ("Валентина", "Ж"), ("Ксения", "Ж"), ("Дарья", "Ж"), ("Зинаида", "Ж")]
FAMILY = [("Иванов", "Иванова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Попов", "Попова"),
          ("Васильев", "Васильева"), ("Петров", "Петрова"), ("Соколов", "Соколова"), ("Михайлов", "Михайлова"),
          ("Новиков", "Новикова"), ("Фёдоров", "Фёдорова"), ("Морозов", "Морозова"), ("Волков", "Волкова"),
          ("Алексеев", "Алексеева"), ("Лебедев", "Лебедева"), ("Семёнов", "Семёнова"), ("Егоров", "Егорова"),
          ("Павлов", "Павлова"), ("Козлов", "Козлова"), ("Степанов", "Степанова"), ("Николаев", "Николаева"),
          ("Орлов", "Орлова"), ("Андреев", "Андреева"), ("Макаров", "Макарова"), ("Никитин", "Никитина"),
          ("Захаров", "Захарова"), ("Зайцев", "Зайцева"), ("Королёв", "Королёва"), ("Боткин", "Боткина"),
          ("Пушкин", "Пушкина"), ("Гусев", "Гусева"), ("Белоусов", "Белоусова"), ("Шевченко", "Шевченко"),
          ("Ким", "Ким"), ("Абрамян", "Абрамян"), ("Хабибуллин", "Хабибуллина")]
PATRONYMIC = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Дмитриевич", "Дмитриевна"),
              ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Михайлович", "Михайловна"),
              ("Иванович", "Ивановна"), ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"),
              ("Евгеньевич", "Евгеньевна"), ("Павлович", "Павловна"), ("Юрьевич", "Юрьевна"),
              ("Викторович", "Викторовна"), ("Олегович", "Олеговна"), ("Петрович", "Петровна"),
              ("Васильевич", "Васильевна"), ("Григорьевич", "Григорьевна"), ("Ринатович", "Ринатовна")]
# town, postcode prefix, share
TOWNS = [("Королёв", "1410"), ("Королёв", "1410"), ("Королёв", "1410"), ("Королёв", "1410"), ("Мытищи", "1410"),
         ("Мытищи", "1410"), ("Пушкино", "1412"), ("Пушкино", "1412"), ("Ивантеевка", "1412"), ("Щёлково", "1411"),
         ("Фрязино", "1411"), ("Юбилейный", "1410"), ("Москва", "129"), ("Балашиха", "1439"), ("Лесные Поляны", "1412")]
STREETS = ["ул. Ленина", "ул. Советская", "пр-т Космонавтов", "ул. Гагарина", "ул. Пушкинская", "ул. Садовая",
           "ул. Молодёжная", "ул. Школьная", "ул. Лесная", "ул. Центральная", "ул. Комсомольская", "ул. Королёва",
           "ул. Циолковского", "Ярославское ш.", "ул. Мира", "проезд Шараповский"]
SMO = ["АО «СОГАЗ-Мед»", "ООО «Капитал МС»", "АО «МАКС-М»", "ООО «Ингосстрах-М»", "АО «Страховая компания «Резо-Мед»"]
WORK = ["пенсионер", "пенсионер", "не работает", "ПАО «РКК «Энергия»", "АО «ЦНИИмаш»", "ГБОУ «Школа № 5»",
        "ООО «Вектор»", "ИП", "ГБУЗ МО «Королёвская больница»", "ПАО Сбербанк", "студент", "ООО «Лента»",
        "АО «Тактическое ракетное вооружение»", "ООО «Озон»", "МУП «Теплосеть»", "безработный"]
DEPS = [["01", "Терапевтическое отделение № 1", "А", "2", "08:00–20:00"],
        ["02", "Терапевтическое отделение № 2", "А", "3", "08:00–20:00"],
        ["03", "Хирургическое отделение", "Б", "1", "08:00–20:00"],
        ["04", "Неврологическое отделение", "Б", "2", "08:00–18:00"],
        ["05", "Кардиологический кабинет", "А", "4", "08:00–16:00"],
        ["06", "Эндокринологический кабинет", "А", "4", "09:00–17:00"],
        ["07", "Офтальмологическое отделение", "В", "1", "08:00–20:00"],
        ["08", "Оториноларингологический кабинет", "В", "1", "08:00–20:00"],
        ["09", "Консультативно-диагностическое отделение им. С.П. Боткина", "Г", "1", "08:00–15:00"],
        ["10", "Отделение профилактики", "А", "1", "07:30–19:30"],
        ["11", "Женская консультация", "Д", "1", "08:00–20:00"],
        ["12", "Филиал «Пушкино»", "—", "1", "08:00–18:00"]]
# specialty -> departments, diagnoses (МКБ-10 code, official text)
SPEC = {"Терапевт участковый": (["01", "02", "12"], ["I10", "I11.9", "J06.9", "J20.9", "M42.1", "E78.0", "Z00.0", "U07.1", "K29.5", "N30.0"]),
        "Хирург": (["03", "12"], ["M17.1", "L02.4", "S61.0", "K40.9", "M42.1"]),
        "Невролог": (["04", "09"], ["M42.1", "G43.9", "G20", "F41.1", "I67.8"]),
        "Кардиолог": (["05", "09"], ["I10", "I11.9", "I25.1", "I48.0", "E78.0"]),
        "Эндокринолог": (["06", "09"], ["E11.9", "E03.9", "E66.0", "E04.1"]),
        "Офтальмолог": (["07"], ["H52.1", "H40.1", "H25.0", "H10.3"]),
        "Оториноларинголог": (["08"], ["J30.4", "H65.9", "J32.0", "J02.9"]),
        "Врач-профпатолог": (["10"], ["Z00.0", "Z01.8"]),
        "Акушер-гинеколог": (["11"], ["N95.1", "Z32.1", "N76.0", "Z01.4"])}
MKB = {"I10": "Эссенциальная [первичная] гипертензия", "I11.9": "Гипертензивная болезнь сердца без (застойной) сердечной недостаточности",
       "J06.9": "Острая инфекция верхних дыхательных путей неуточненная", "J20.9": "Острый бронхит неуточненный",
       "M42.1": "Остеохондроз позвоночника у взрослых", "E78.0": "Чистая гиперхолестеринемия", "Z00.0": "Общий медицинский осмотр",
       "U07.1": "COVID-19, вирус идентифицирован", "K29.5": "Хронический гастрит неуточненный", "N30.0": "Острый цистит",
       "M17.1": "Другой первичный гонартроз", "L02.4": "Абсцесс кожи, фурункул и карбункул конечности",
       "S61.0": "Открытая рана пальца(ев) кисти без повреждения ногтевой пластинки", "K40.9": "Односторонняя или неуточненная паховая грыжа без непроходимости или гангрены",
       "G43.9": "Мигрень неуточненная", "G20": "Болезнь Паркинсона", "F41.1": "Генерализованное тревожное расстройство",
       "I67.8": "Другие уточненные поражения сосудов мозга", "I25.1": "Атеросклеротическая болезнь сердца",
       "I48.0": "Пароксизмальная фибрилляция предсердий", "E11.9": "Инсулиннезависимый сахарный диабет без осложнений",
       "E03.9": "Гипотиреоз неуточненный", "E66.0": "Ожирение, обусловленное избыточным поступлением энергетических ресурсов",
       "E04.1": "Нетоксический одноузловой зоб", "H52.1": "Миопия", "H40.1": "Первичная открытоугольная глаукома",
       "H25.0": "Начальная старческая катаракта", "H10.3": "Острый конъюнктивит неуточненный",
       "J30.4": "Аллергический ринит неуточненный", "H65.9": "Негнойный средний отит неуточненный",
       "J32.0": "Хронический верхнечелюстной синусит", "J02.9": "Острый фарингит неуточненный",
       "Z01.8": "Другое уточненное специальное обследование", "N95.1": "Менопауза и климактерическое состояние у женщины",
       "Z32.1": "Беременность подтвержденная", "N76.0": "Острый вагинит", "Z01.4": "Гинекологическое обследование (общее) (рутинное)"}
COMPLAINTS = ["на головную боль, повышение АД до {bp}", "на кашель, насморк, температуру до 37,{t}", "боли в поясничном отделе после подъёма тяжести",
              "жалоб не предъявляет", "на слабость, утомляемость", "на боли в коленных суставах при ходьбе", "на жажду, сухость во рту",
              "на снижение остроты зрения", "на заложенность носа, чихание", "на перебои в работе сердца",
              "на боль в горле при глотании", "на головокружение при вставании", "на рези при мочеиспускании",
              "повторный приём, самочувствие улучшилось", "на тревожность, нарушение сна",
              "со слов дочери ({name}, тел. {phone}) забывает принимать препараты", "на приём приведён сыном, {name}",
              "сопровождает супруга {name}; просит выписку для МСЭ", "контакт с больным COVID-19 (муж, {name})",
              "на боли в эпигастрии натощак"]
RESULT = ["Лечение продолжено", "Лечение продолжено", "Выздоровление", "Улучшение", "Без перемен",
          "Направлен на госпитализацию", "Направлен на консультацию в другое МУ", "Динамическое наблюдение"]

def snils(used):
    while True:
        n = rnd.randint(2000000, 999999999)
        if n in used:
            continue
        used.add(n)
        d = "%09d" % n
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        c = s if s < 100 else 0 if s in (100, 101) else s % 101
        c = 0 if c == 100 else c
        return "%s-%s-%s %02d" % (d[:3], d[3:6], d[6:], c)

def enp(used):
    while True:
        body = "50" + "".join(str(rnd.randint(0, 9)) for _ in range(13))
        if body in used:
            continue
        used.add(body)
        odd = "".join(body[::-1][0::2])   # odd places counted from the right
        even = "".join(body[::-1][1::2])
        s = sum(int(c) for c in str(int(odd[::-1]) * 2) + even[::-1])
        return body + str((10 - s % 10) % 10)

def inn(used):
    while True:
        d = [5, 0] + [rnd.randint(0, 9) for _ in range(8)]
        if tuple(d) in used:
            continue
        used.add(tuple(d))
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
        return "".join(map(str, d))

def phone():
    code = rnd.choice(["916", "915", "926", "903", "985", "977", "495", "498"])
    n = "%07d" % rnd.randint(0, 9999999)
    st = rnd.random()
    if st < 0.55:
        return "+7 (%s) %s-%s-%s" % (code, n[:3], n[3:5], n[5:])
    if st < 0.8:
        return "8 (%s) %s-%s-%s" % (code, n[:3], n[3:5], n[5:])
    if st < 0.93:
        return "+7%s%s" % (code, n)
    return "8-%s-%s-%s-%s" % (code, n[:3], n[3:5], n[5:])

def dmy(y, m, d):
    return "%02d.%02d.%04d" % (d, m, y)

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

MALE = [g for g, s in GIVEN if s == "М"]; FEMALE = [g for g, s in GIVEN if s == "Ж"]
FAM_OF = {f: pair for pair in FAMILY for f in pair}
# doctors: name as the МИС prints it, specialty
doctors = []
for spec, (deps, dx) in SPEC.items():
    for k in range({"Терапевт участковый": 8, "Хирург": 2, "Невролог": 3, "Кардиолог": 2, "Эндокринолог": 2}.get(spec, 1) + (1 if spec == "Офтальмолог" else 0)):
        f = rnd.random() < 0.7 or spec == "Акушер-гинеколог"
        fam = rnd.choice(FAMILY)[1 if f else 0]
        doctors.append(("%s %s.%s." % (fam, rnd.choice(FEMALE if f else MALE)[0], rnd.choice(PATRONYMIC)[1 if f else 0][0]), spec))
heads = {}
for dep in DEPS:
    f = rnd.random() < 0.6
    dep.insert(2, "%s %s %s" % (rnd.choice(FAMILY)[1 if f else 0], rnd.choice(FEMALE if f else MALE), rnd.choice(PATRONYMIC)[1 if f else 0]))

patients = []; cards = set(); s_used = set(); e_used = set(); i_used = set()
TODAY = (2026, 3, 31)
for i in range(1100):
    f = rnd.random() < 0.58
    r = rnd.random()
    y = rnd.randint(1928, 1935) if r < 0.012 else rnd.randint(1936, 1960) if r < 0.35 else rnd.randint(1961, 2007)
    m = rnd.randint(1, 12); d = rnd.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    age = TODAY[0] - y - (1 if (m, d) > TODAY[1:] else 0)
    town, pc = rnd.choice(TOWNS)
    index = pc + "".join(str(rnd.randint(0, 9)) for _ in range(6 - len(pc)))
    house = "д. %d%s" % (rnd.randint(1, 64), rnd.choice(["", "", "", ", корп. 2", "А", ", стр. 1"]))
    flat = ", кв. %d" % rnd.randint(1, 280) if rnd.random() < 0.85 else ""
    region = "г. Москва" if town == "Москва" else "Московская обл., г. %s" % town if town not in ("Лесные Поляны",) else "Московская обл., Пушкинский г.о., пос. Лесные Поляны"
    addr = "%s, %s, %s%s" % (region, rnd.choice(STREETS), house, flat)
    if rnd.random() < 0.6:
        addr = index + ", " + addr
    while True:
        card = str(rnd.randint(1000, 99999)) if rnd.random() < 0.85 else "%d/%02d" % (rnd.randint(100, 9999), rnd.randint(15, 25))
        if card not in cards:
            cards.add(card); break
    fam = rnd.choice(FAMILY)[1 if f else 0]
    patients.append([card, fam, rnd.choice(FEMALE if f else MALE), rnd.choice(PATRONYMIC)[1 if f else 0] if rnd.random() < 0.97 else "",
                     "Ж" if f else "М", dmy(y, m, d), str(age), snils(s_used), enp(e_used), rnd.choice(SMO),
                     inn(i_used) if rnd.random() < 0.7 else "", addr, "пос. Лесные Поляны" if town == "Лесные Поляны" else town,
                     phone() if rnd.random() < 0.94 else "", str(rnd.randint(1, 24)) if town != "Пушкино" else "П-%d" % rnd.randint(1, 6),
                     "пенсионер" if age >= 65 and rnd.random() < 0.8 else "студент" if age < 23 and rnd.random() < 0.6 else rnd.choice(WORK),
                     dmy(rnd.randint(max(2005, y + 18 if age > 18 else y), 2025), rnd.randint(1, 12), rnd.randint(1, 28)),
                     rnd.choice(["нет"] * 12 + ["II группа", "III группа", "I группа"]) if age >= 30 else "нет"])

visits = []
pw = [3 if int(p[6]) >= 60 else 1 for p in patients]
vid = 4100000
for k in range(3800):
    p = rnd.choices(patients, pw)[0]
    spec_list = [s for s in SPEC if not (s == "Акушер-гинеколог" and p[4] == "М")]
    spec = rnd.choices(spec_list, [8 if s == "Терапевт участковый" else 2 for s in spec_list])[0]
    deps, dx = SPEC[spec]
    doc = rnd.choice([d for d in doctors if d[1] == spec])
    dep = rnd.choice(deps)
    if p[12] == "Пушкино" and "12" in deps and rnd.random() < 0.8:
        dep = "12"
    if dep == "12" and spec not in ("Терапевт участковый", "Хирург"):
        dep = deps[0]
    vid += rnd.randint(1, 40)
    mo = rnd.randint(1, 12); yy = 2025 if mo > 3 else rnd.choice([2025, 2026])
    day = rnd.randint(1, 28)
    when = "%02d.%02d.%04d %02d:%02d" % (day, mo, yy, rnd.randint(8, 19), rnd.choice(range(0, 60, 10 if spec != "Терапевт участковый" else 15)))
    code = rnd.choice(dx)
    c = ""
    if rnd.random() < 0.8:
        t = rnd.choice(COMPLAINTS)
        fm = FAM_OF[p[1]]
        if "дочери" in t:
            name = rnd.choice(FEMALE)
        elif "сыном" in t:
            name = "%s %s" % (rnd.choice(MALE), fm[0])
        elif "супруг" in t:
            name = "%s %s" % (rnd.choice(FEMALE), fm[1]) if p[4] == "М" else "%s %s" % (rnd.choice(MALE), fm[0])
            t = t.replace("супруга", "супруга" if p[4] == "М" else "супруг")
        elif "муж" in t:
            name = "%s %s" % (rnd.choice(MALE), fm[0])
            t = t.replace("муж", "муж" if p[4] == "Ж" else "жена")
        else:
            name = ""
        c = t.format(bp="%d/%d" % (rnd.randint(150, 190), rnd.randint(90, 110)), t=rnd.randint(2, 9), name=name, phone=phone())
    pay = rnd.choice(["ОМС"] * 8 + ["ДМС", "Платно"])
    kind = rnd.choice(["Первичный", "Повторный", "Повторный"])
    price = {"ОМС": rnd.choice([845.20, 1245.30, 612.40, 1532.00]), "ДМС": 2100.00, "Платно": rnd.choice([1800.00, 2500.00, 3200.00])}[pay]
    ps = ("%.2f" % price).replace(".", ",")
    if price >= 1000:
        ps = ps[:-6] + " " + ps[-6:]
    visits.append([str(vid), p[0], when, dep, str(rnd.randint(100, 420)) if dep != "12" else str(rnd.randint(1, 30)), doc[0], spec,
                   kind, rnd.choice(["Заболевание", "Заболевание", "Диспансерное наблюдение", "Профилактический осмотр"]) if code[0] != "Z" else "Профилактический осмотр",
                   code, MKB[code], rnd.choice(["Острое", "Хроническое, выявленное впервые", "Хроническое, известное ранее"]) if code[0] not in "Z" else "",
                   c, "%d/%d" % (rnd.randint(100, 180), rnd.randint(60, 105)) if rnd.random() < 0.7 else "", rnd.choice(RESULT), pay, ps])

write("отделения", ["Код отделения", "Наименование", "Заведующий", "Корпус", "Этаж", "Часы работы"], DEPS)
PH = ["№ амб. карты", "Фамилия", "Имя", "Отчество", "Пол", "Дата рождения", "Возраст", "СНИЛС", "Полис ОМС", "СМО", "ИНН",
      "Адрес регистрации", "Населённый пункт", "Телефон", "Участок", "Место работы", "Дата прикрепления", "Инвалидность"]
write("пациенты", PH, patients)
VH = ["ID визита", "№ амб. карты", "Дата и время приёма", "Код отделения", "Кабинет", "Врач", "Специальность", "Вид приёма",
      "Цель посещения", "Код МКБ-10", "Диагноз", "Характер заболевания", "Жалобы", "АД", "Результат обращения", "Вид оплаты",
      "Стоимость, руб."]
write("приёмы", VH, visits)
L = {"отделения": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "пациенты": ["MEDICAL_RECORD_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "AGE",
                  "NATIONAL_ID", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "NATIONAL_ID", "STREET_ADDRESS", "CITY",
                  "TELEPHONE_NUMBER", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"],
     "приёмы": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]}
H = {"отделения": ["Код отделения", "Наименование", "Заведующий", "Корпус", "Этаж", "Часы работы"], "пациенты": PH, "приёмы": VH}
cols = {}
for t in ("отделения", "пациенты", "приёмы"):
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "poliklinika-ru",
        "description": "Invented Russian outpatient clinic (МИС) export, ';', Cyrillic table names, headers and values: 12 departments (code '01'..'12', name incl. 'им. С.П. Боткина' and 'Филиал «Пушкино»', head's full name, building, floor, hours '08:00–20:00'), 1,100 patients (outpatient card number 4-5 digits or '1234/19', Фамилия/Имя/Отчество (3% without), sex, dd.mm.yyyy birth, age (about 1% over 89), СНИЛС '123-456-789 01' with its check number, 16-digit ЕНП policy with its check digit, СМО, 12-digit ИНН with its check digits (30% empty), registration address with the postcode before it on 60%, town, phones '+7 (916) 123-45-67', '8 (495) ...', '+79161234567', '8-916-...' (6% empty), catchment district '12' or 'П-3', workplace, attachment date, disability group), 3,800 visits (visit id, card number, 'dd.mm.yyyy hh:mm', department code, room, doctor 'Смирнова Е.А.', specialty, kind, purpose, МКБ-10 code and official text, nature of disease, complaints (free text, ~5% naming a relative, some with phones; 20% empty), blood pressure, result, payment source, price '1 245,30'). Labels: card number MEDICAL_RECORD_NUMBER; Отчество NAME (as klienty-ru); ЕНП HEALTH_PLAN_BENEFICIARY_NUMBER; ИНН and СНИЛС NATIONAL_ID; Участок and Место работы QUASI_IDENTIFIER; doctors and heads of department NAME; СМО NON_IDENTIFYING. Coincidences: town Королёв beside the surname Королёв/Королёва, the street 'ул. Королёва' and the employer 'ГБУЗ МО «Королёвская больница»'; department 'им. С.П. Боткина' beside the surname Боткин/Боткина; 'Филиал «Пушкино»' beside the town Пушкино and the surname Пушкин/Пушкина, street 'ул. Пушкинская'; given names Вера, Надежда, Любовь",
        "delimiter": ";", "entity": "пациенты", "columns": cols,
        "foreignKeys": [{"column": "приёмы.№ амб. карты", "references": "пациенты.№ амб. карты"},
                        {"column": "приёмы.Код отделения", "references": "отделения.Код отделения"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

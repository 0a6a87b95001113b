#!/usr/bin/env python3
"""Writes sportklub-bg: an invented Bulgarian sports club's export (treniori 7 rows, chlenove 90 rows, plashtania 200
rows), `;`, decimal commas, dates `dd.mm.yyyy г.`, Cyrillic headers and values. EGN with the published check digit
(weights 2 4 8 5 10 9 7 3 6, month + 40 for births from 2000), three-part names (given, patronymic, family), ages over 89
(veterans' section), 4-digit postcodes, `ж.к. ..., бл. 24, вх. Б, ет. 3, ап. 7` addresses, 08X mobiles, the coach's
name repeated on many rows, notes naming mothers and fathers with phones (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(140202)
GIVEN = ["Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор", "Васил", "Александър",
         "Мария", "Иванка", "Елена", "Йорданка", "Пенка", "Десислава", "Гергана", "Цветелина", "Надежда", "Радка"]
FAMILY = ["Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Христов", "Стоянов", "Тодоров", "Попов", "Колев",
          "Иванова", "Георгиева", "Димитрова", "Петрова", "Николова", "Христова", "Стоянова", "Тодорова", "Попова", "Колева"]
PATRONYMIC = ["Георгиев", "Иванов", "Димитров", "Николаев", "Петров", "Христов", "Стоянов", "Тодоров", "Василев",
              "Георгиева", "Иванова", "Димитрова", "Николаева", "Петрова", "Христова", "Стоянова", "Тодорова", "Василева"]
MALE = GIVEN[:10]; FEMALE = GIVEN[10:]
# (град, postcode range)
TOWN = [("София", 1000, 1799), ("София", 1000, 1799), ("София", 1000, 1799), ("Пловдив", 4000, 4030),
        ("Варна", 9000, 9030), ("Перник", 2300, 2304), ("Банкя", 1320, 1320), ("Божурище", 2227, 2227)]
SECTION = ["волейбол", "волейбол", "плуване", "плуване", "лека атлетика", "тенис", "шахмат ветерани", "туризъм ветерани"]
ref = datetime.date(2025, 4, 1)

def egn(b, male):
    m = b.month + (40 if b.year >= 2000 else 0)
    region = rnd.randint(0, 99) * 10 + rnd.choice([0, 2, 4, 6, 8] if male else [1, 3, 5, 7, 9])
    head = "%02d%02d%02d%03d" % (b.year % 100, m, b.day, region)
    c = sum(int(a) * w for a, w in zip(head, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return head + str(0 if c == 10 else c)

def mobile():
    if rnd.random() < 0.7:
        return "08%d%d %03d %03d" % (rnd.choice([7, 8, 9]), rnd.randint(0, 9), rnd.randint(0, 999), rnd.randint(0, 999))
    return "+359 8%d %03d %04d" % (rnd.choice([7, 8, 9]), rnd.randint(0, 999), rnd.randint(0, 9999))

def d(x):
    return x.strftime("%d.%m.%Y") + " г."

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

LAT = str.maketrans({"А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Е": "E", "Ж": "Zh", "З": "Z", "И": "I", "Й": "Y",
                     "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O", "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U",
                     "Ф": "F", "Х": "H", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Sht", "Ъ": "A", "Ю": "Yu", "Я": "Ya",
                     "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
                     "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
                     "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ю": "yu", "я": "ya"})
tre = []
for i in range(7):
    male = i % 3 != 2
    g = rnd.choice(MALE if male else FEMALE); f = rnd.choice(FAMILY[:10] if male else FAMILY[10:])
    tre.append(["Т%02d" % (i + 1), "%s %s" % (g, f), mobile(), "НСА-%d-%04d" % (rnd.randint(2012, 2024), rnd.randint(1, 9999))])
chl = []
for i in range(90):
    male = rnd.random() < 0.5
    g = rnd.choice(MALE if male else FEMALE)
    f = rnd.choice(FAMILY[:10] if male else FAMILY[10:]); p = rnd.choice(PATRONYMIC[:9] if male else PATRONYMIC[9:])
    sec = rnd.choice(SECTION)
    if "ветерани" in sec and rnd.random() < 0.5:
        b = datetime.date(rnd.randint(1929, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    elif "ветерани" in sec:
        b = datetime.date(rnd.randint(1940, 1960), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1975, 2018), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    town, lo, hi = rnd.choice(TOWN)
    if rnd.random() < 0.5:
        addr = "ж.к. %s, бл. %d, вх. %s, ет. %d, ап. %d" % (rnd.choice(["Младост 1", "Люлин 5", "Дружба 2", "Надежда 3", "Тракия"]),
                                                            rnd.randint(1, 420), rnd.choice("АБВГ"), rnd.randint(1, 15), rnd.randint(1, 90))
    else:
        addr = "ул. „%s“ № %d" % (rnd.choice(["Витоша", "Шипка", "Раковски", "Граф Игнатиев", "Цар Симеон", "Оборище"]), rnd.randint(1, 150))
    mail = ("%s.%s%d@%s" % (g.translate(LAT), f.translate(LAT), rnd.randint(1, 99), rnd.choice(["abv.bg", "gmail.com", "mail.bg"]))).lower()
    chl.append(["К-%04d" % (i + 1), egn(b, male), g, p, f, d(b), age, "м" if male else "ж", addr, town, rnd.randint(lo, hi),
                mobile(), mail, sec, rnd.choice(tre)[0]])
NOTES = ["", "", "", "", "платено в брой", "годишна такса", "отстъпка 10% - втори член от семейството",
         "платено от майка му {g} {f}, тел. {p}", "бащата {g} {f} ще плати до края на месеца, тел. {p}",
         "предадено на треньора {t}"]
pla = []
for i in range(200):
    m = rnd.choice(chl); coach = next(t for t in tre if t[0] == m[14])
    day = datetime.date(2024, 1, 5) + datetime.timedelta(days=rnd.randint(0, 450))
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=mobile(), t=rnd.choice(tre)[1])
    pla.append(["%06d" % (250000 + i * 11), m[0], "%02d.%d" % (day.month, day.year), d(day),
                ("%.2f" % rnd.choice([35, 45, 45, 60, 80, 25.5])).replace(".", ","), coach[1], note])
write("treniori", ["код_треньор", "треньор", "телефон", "лиценз_номер"], tre)
write("chlenove", ["членски_номер", "егн", "име", "презиме", "фамилия", "дата_на_раждане", "възраст", "пол", "адрес",
                   "град", "пощенски_код", "мобилен", "имейл", "секция", "код_треньор"], chl)
write("plashtania", ["номер_плащане", "членски_номер", "период", "дата_на_плащане", "сума_лв", "треньор", "бележки"], pla)
cols = dict([("treniori.код_треньор", "QUASI_IDENTIFIER"), ("treniori.треньор", "NAME"), ("treniori.телефон", "TELEPHONE_NUMBER"),
             ("treniori.лиценз_номер", "CERTIFICATE_LICENSE_NUMBER"),
             ("chlenove.членски_номер", "OTHER_UNIQUE_IDENTIFIER"), ("chlenove.егн", "NATIONAL_ID"), ("chlenove.име", "GIVEN_NAME"),
             ("chlenove.презиме", "NAME"), ("chlenove.фамилия", "FAMILY_NAME"), ("chlenove.дата_на_раждане", "DATE_OF_BIRTH"),
             ("chlenove.възраст", "AGE"), ("chlenove.пол", "NON_IDENTIFYING"), ("chlenove.адрес", "STREET_ADDRESS"),
             ("chlenove.град", "CITY"), ("chlenove.пощенски_код", "ZIP_CODE"), ("chlenove.мобилен", "TELEPHONE_NUMBER"),
             ("chlenove.имейл", "EMAIL_ADDRESS"), ("chlenove.секция", "NON_IDENTIFYING"), ("chlenove.код_треньор", "QUASI_IDENTIFIER"),
             ("plashtania.номер_плащане", "OTHER_UNIQUE_IDENTIFIER"), ("plashtania.членски_номер", "OTHER_UNIQUE_IDENTIFIER"),
             ("plashtania.период", "DATE"), ("plashtania.дата_на_плащане", "DATE"), ("plashtania.сума_лв", "NON_IDENTIFYING"),
             ("plashtania.треньор", "NAME"), ("plashtania.бележки", "FREE_TEXT")])
g = {"dataset": "sportklub-bg",
     "description": "Invented Bulgarian sports club export, `;`, decimal commas, dates 'dd.mm.yyyy г.', Cyrillic headers and values: 7 coaches (code, name, phone, NSA licence no), 90 members (member no, EGN with check digit, given name, patronymic, family name, birth date, age with 90-96 in the veterans' sections, sex, ж.к./бл./вх./ет./ап. or ул. address, town, 4-digit postcode, 08X or +359 mobile, e-mail, section, coach code), 200 payments (number, member no, period MM.yyyy, payment date, amount, coach's name repeated on many rows, notes naming mothers and fathers with phones, coaches)",
     "delimiter": ";", "entity": "chlenove", "columns": cols,
     "foreignKeys": [{"column": "chlenove.код_треньор", "references": "treniori.код_треньор"},
                     {"column": "plashtania.членски_номер", "references": "chlenove.членски_номер"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

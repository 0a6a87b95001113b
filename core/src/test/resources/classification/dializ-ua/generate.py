#!/usr/bin/env python3
"""Writes dializ-ua: an invented Ukrainian haemodialysis unit (likari 6 rows, patsiienty 80 rows, seansy 200 rows),
`,`, dd.mm.yyyy dates, Ukrainian headers and values. RNOKPP tax numbers (days since 31.12.1899 and the published check
digit), surname / given name / patronymic columns, the header `ім'я` with an apostrophe, doctors written
`КОВАЛЕНКО Олена Петрівна`, ages over 89, 5-digit postcodes under `індекс`, `067-123-45-67` phones, the nurse's name
repeated on many rows, notes naming daughters and sons with phones and the patient's own card number (seeded, stdlib
only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(150101)
GIVEN = ["Олександр", "Іван", "Микола", "Петро", "Василь", "Андрій", "Сергій", "Юрій", "Богдан", "Тарас",
         "Олена", "Наталія", "Оксана", "Тетяна", "Ірина", "Людмила", "Галина", "Марія", "Ганна", "Світлана"]
FAMILY = ["Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Бойко", "Ковальчук", "Олійник",
          "Савчук", "Поліщук", "Марченко", "Лисенко", "Руденко", "Гончаренко", "Петрук", "Ярошенко", "Дзюба"]
PATRONYMIC = ["Олександрович", "Іванович", "Миколайович", "Петрович", "Васильович", "Андрійович",
              "Олександрівна", "Іванівна", "Миколаївна", "Петрівна", "Василівна", "Андріївна"]
MALE = set(GIVEN[:10])
CITY = [("Київ", "0"), ("Львів", "79"), ("Харків", "61"), ("Одеса", "65"), ("Вінниця", "21"), ("Полтава", "36"),
        ("Житомир", "10"), ("Біла Церква", "09")]
STREET = ["вул. Шевченка", "вул. Франка", "просп. Перемоги", "вул. Грушевського", "вул. Лесі Українки",
          "бульв. Дружби Народів", "вул. Січових Стрільців", "вул. Соборна"]
ref = datetime.date(2025, 6, 1)

def rnokpp(b, male):
    days = (b - datetime.date(1899, 12, 31)).days
    while True:
        seq = rnd.randint(0, 999)
        if (seq % 2 == 1) == male:
            break
    body = "%05d%03d%d" % (days, seq // 10, seq % 10)
    body = body[:9]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(c) * k for c, k in zip(body, w)) % 11 % 10)

def phone():
    return rnd.choice(["0%d-%03d-%02d-%02d", "+380 %d %03d %02d %02d"]) % (
        rnd.choice([50, 63, 66, 67, 68, 73, 93, 95, 97, 98]), rnd.randint(0, 999), rnd.randint(0, 99), rnd.randint(0, 99))

def d(x):
    return x.strftime("%d.%m.%Y")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

lik = []
for i, (f, g, p) in enumerate([("КОВАЛЕНКО", "Олена", "Петрівна"), ("ДЗЮБА", "Андрій", "Миколайович"),
                               ("САВЧУК", "Ірина", "Василівна"), ("ПЕТРУК", "Юрій", "Іванович"),
                               ("ЛИСЕНКО", "Галина", "Андріївна"), ("МАРЧЕНКО", "Тарас", "Олександрович")]):
    lik.append(["Л-%02d" % (i + 1), "%s %s %s" % (f, g, p), rnd.choice(["нефролог", "нефролог", "терапевт"]), phone()])
pac = []
for i in range(80):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); male = g in MALE
    p = rnd.choice(PATRONYMIC[:6] if male else PATRONYMIC[6:])
    if i % 11 == 4:
        b = datetime.date(rnd.randint(1928, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1945, 2003), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    city, pre = rnd.choice(CITY)
    idx = pre + "%0*d" % (5 - len(pre), rnd.randint(0, 10 ** (5 - len(pre)) - 1))
    pac.append(["%d" % (2300 + i * 3), rnokpp(b, male), f, g, p, d(b), age, "ч" if male else "ж",
                "%s, буд. %d, кв. %d" % (rnd.choice(STREET), rnd.randint(1, 140), rnd.randint(1, 90)), city, idx,
                phone(), rnd.choice(["A(II) Rh+", "O(I) Rh+", "B(III) Rh+", "AB(IV) Rh-", "O(I) Rh-"]),
                rnd.choice(lik)[0]])
NURSES = ["Оксана Бойко", "Тетяна Мельник", "Людмила Олійник", "Марія Кравченко"]
NOTES = ["", "", "", "", "гіпотонія на 3-й годині", "тромбоз фістули, направлено до хірурга",
         "супроводжує донька {g} {f}, тел. {p}", "при погіршенні дзвонити сину {g} {f}, {p}",
         "медсестра {n} замінила голку", "картка пацієнта №{id}, повторний аналіз калію"]
sea = []
for i in range(200):
    p = rnd.choice(pac); day = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 140))
    w0 = rnd.uniform(52, 98)
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=phone(), n=rnd.choice(NURSES), id=p[0])
    sea.append(["С%05d" % (10000 + i), p[0], d(day), "апарат %d" % rnd.randint(1, 12), "%.1f" % w0,
                "%.1f" % (w0 - rnd.uniform(1.0, 3.5)), rnd.choice([240, 240, 210, 270]), rnd.choice(NURSES), note])
write("likari", ["код_лікаря", "ПІБ_лікаря", "спеціальність", "телефон"], lik)
write("patsiienty", ["номер_картки", "РНОКПП", "прізвище", "ім'я", "по_батькові", "дата_народження", "вік", "стать",
                     "адреса", "місто", "індекс", "телефон", "група_крові", "лікар"], pac)
write("seansy", ["№_сеансу", "номер_картки", "дата", "апарат", "вага_до", "вага_після", "тривалість_хв", "медсестра",
                 "примітки"], sea)
cols = {}
for k, v in [("likari.код_лікаря", "QUASI_IDENTIFIER"), ("likari.ПІБ_лікаря", "NAME"), ("likari.спеціальність", "NON_IDENTIFYING"),
             ("likari.телефон", "TELEPHONE_NUMBER"),
             ("patsiienty.номер_картки", "MEDICAL_RECORD_NUMBER"), ("patsiienty.РНОКПП", "NATIONAL_ID"),
             ("patsiienty.прізвище", "FAMILY_NAME"), ("patsiienty.ім'я", "GIVEN_NAME"), ("patsiienty.по_батькові", "NAME"),
             ("patsiienty.дата_народження", "DATE_OF_BIRTH"), ("patsiienty.вік", "AGE"), ("patsiienty.стать", "NON_IDENTIFYING"),
             ("patsiienty.адреса", "STREET_ADDRESS"), ("patsiienty.місто", "CITY"), ("patsiienty.індекс", "ZIP_CODE"),
             ("patsiienty.телефон", "TELEPHONE_NUMBER"), ("patsiienty.група_крові", "NON_IDENTIFYING"),
             ("patsiienty.лікар", "QUASI_IDENTIFIER"),
             ("seansy.№_сеансу", "OTHER_UNIQUE_IDENTIFIER"), ("seansy.номер_картки", "MEDICAL_RECORD_NUMBER"),
             ("seansy.дата", "DATE"), ("seansy.апарат", "NON_IDENTIFYING"), ("seansy.вага_до", "NON_IDENTIFYING"),
             ("seansy.вага_після", "NON_IDENTIFYING"), ("seansy.тривалість_хв", "NON_IDENTIFYING"),
             ("seansy.медсестра", "NAME"), ("seansy.примітки", "FREE_TEXT")]:
    cols[k] = v
g = {"dataset": "dializ-ua",
     "description": "Invented Ukrainian haemodialysis unit export, `,`, dd.mm.yyyy, Ukrainian headers and values: 6 doctors (code, full name SURNAME Given Patronymic, speciality, phone), 80 patients (card no, RNOKPP with check digit, surname, given name under `ім'я`, patronymic, birth date, age with 90-97, sex, street address, city, 5-digit postcode under `індекс`, phone, blood group, doctor code), 200 sessions (number, card no, date, machine, weights, minutes, nurse's name repeated on many rows, notes naming daughters and sons with phones and the patient's own card no)",
     "delimiter": ",", "entity": "patsiienty", "columns": cols,
     "foreignKeys": [{"column": "seansy.номер_картки", "references": "patsiienty.номер_картки"},
                     {"column": "patsiienty.лікар", "references": "likari.код_лікаря"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

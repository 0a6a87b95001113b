#!/usr/bin/env python3
"""Writes klienty-ru: an invented Russian online shop's customer export, Cyrillic headers, table names and values (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60605)
GIVEN = ["Анастасия", "Вячеслав", "Евдокия", "Святослав", "Ярослава", "Всеволод", "Прасковья", "Ростислав", "Агафья",
         "Мстислав", "Пелагея", "Любомир", "Василиса", "Тимофей"]
FAMILY = ["Безруков", "Воронцов", "Голицын", "Добролюбов", "Ермолаев", "Жуковский", "Зверев", "Калашников", "Лермонтов",
          "Мещерский", "Оболенский", "Пестов", "Рябушинский", "Трубецкой"]
PATRONYMIC = ["Аркадьевич", "Борисович", "Всеволодович", "Геннадьевич", "Дмитриевич", "Игоревич", "Кириллович", "Олегович"]
FEMININE_G = {"Анастасия", "Евдокия", "Ярослава", "Прасковья", "Агафья", "Пелагея", "Василиса"}
CITIES = [("Москва", "1"), ("Санкт-Петербург", "19"), ("Новосибирск", "63"), ("Екатеринбург", "62"), ("Казань", "42"),
          ("Нижний Новгород", "60"), ("Самара", "44"), ("Краснодар", "35")]
STREETS = ["ул. Ленина", "пр. Мира", "ул. Садовая", "ул. Пушкина", "Лесная ул.", "ул. Гагарина", "Набережная ул."]
GOODS = ["Смартфон", "Чайник электрический", "Кроссовки беговые", "Книга", "Наушники", "Пылесос", "Постельное бельё"]

def inn12():
    d = [rnd.randint(0, 9) for _ in range(10)]
    d.append(sum(x * w for x, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    d.append(sum(x * w for x, w in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
    return "".join(map(str, d))

def snils():
    d = [rnd.randint(0, 9) for _ in range(9)]
    s = sum(x * (9 - i) for i, x in enumerate(d))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    t = "".join(map(str, d))
    return "%s-%s-%s %02d" % (t[:3], t[3:6], t[6:], c)

def fem(family):
    return family[:-2] + "ая" if family.endswith("ий") or family.endswith("ой") else family + "а"

def rub(x):
    i, f = ("%.2f" % x).split(".")
    g = ""
    while len(i) > 3:
        g = "\u00a0" + i[-3:] + g; i = i[:-3]
    return i + g + "," + f

kl, zk = [], []
for n in range(60):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); p = rnd.choice(PATRONYMIC)
    female = g in FEMININE_G
    if female:
        f = fem(f); p = p[:-2] + "на"
    age = rnd.choice([rnd.randint(18, 80)] * 5 + [rnd.randint(90, 99)])
    dob = "%02d.%02d.%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), 2025 - age)
    city, pre = rnd.choice(CITIES)
    code = "К-%06d" % (100000 + n * 13 + rnd.randint(0, 12))
    phone = "+7 (9%02d) %03d-%02d-%02d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 99), rnd.randint(0, 99))
    note = rnd.choice(["", "", "", "Звонить после 18:00", "Доставка для %s %s, тел. %s" % (rnd.choice(GIVEN), f, phone),
                       "Постоянный клиент, скидка 5%", "Жена: %s %s" % (rnd.choice(sorted(FEMININE_G)), fem(f) if not female else f)])
    kl.append([code, f, g, p, dob, str(age), "Ж" if female else "М", inn12(), snils(),
               "%02d%02d %06d" % (rnd.randint(1, 99), rnd.randint(0, 25), rnd.randint(0, 999999)), phone,
               "%s%d@почта.example" % (rnd.choice(["user", "client", "ivan", "masha", "zvezda"]), rnd.randint(10, 9999)),
               city, "%s, д. %d, кв. %d" % (rnd.choice(STREETS), rnd.randint(1, 150), rnd.randint(1, 300)),
               "%s%04d" % (pre, rnd.randint(0, 9999)) if len(pre) == 2 else "10%04d" % rnd.randint(0, 9999),
               rnd.choice(["обычный", "обычный", "серебряный", "золотой"]), rnd.choice(["да", "нет"]), note])
for c in kl:
    for _ in range(rnd.randint(0, 8)):
        zk.append(["ЗК-2026-%05d" % (len(zk) + 1), c[0], "%02d.%02d.2026 %02d:%02d" % (rnd.randint(1, 28), rnd.randint(1, 11), rnd.randint(0, 23), rnd.randint(0, 59)),
                   rnd.choice(GOODS), str(rnd.randint(1, 3)), rub(rnd.randint(29900, 8999000) / 100),
                   rnd.choice(["карта", "СБП", "наличные при получении"]), rnd.choice(["доставлен", "доставлен", "в пути", "отменён", "возврат"]),
                   rnd.choice(["ПВЗ №17", "ПВЗ №204", "курьер", "почтомат"]),
                   rnd.choice(["", "%s %s." % (rnd.choice(FAMILY), rnd.choice(GIVEN)[0])])])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)

KH = ["код_клиента", "фамилия", "имя", "отчество", "дата_рождения", "возраст", "пол", "инн", "снилс", "паспорт", "телефон",
      "эл_почта", "город", "адрес", "индекс", "категория", "согласие_на_рассылку", "примечание"]
ZH = ["номер_заказа", "покупатель", "оформлен", "товар", "кол_во", "сумма_руб", "способ_оплаты", "статус", "получение", "курьер"]
write("клиенты", KH, kl); write("заказы", ZH, zk)
lab = {}
lab.update({"клиенты." + k: v for k, v in zip(KH, ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "NAME", "DATE_OF_BIRTH", "AGE",
    "NON_IDENTIFYING", "NATIONAL_ID", "NATIONAL_ID", "NATIONAL_ID", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "CITY", "STREET_ADDRESS",
    "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"])})
lab.update({"заказы." + k: v for k, v in zip(ZH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME"])})
desc = ("Invented Russian online shop export, Cyrillic table names, headers and values: %d клиенты (ФИО with patronymic, "
        "dd.mm.yyyy births, ages incl. over 89, ИНН (12 digits) and СНИЛС with valid check digits, passport series/number, "
        "+7 phones, Cyrillic IDN e-mail domain, addresses, 6-digit postcodes, notes naming relatives), %d заказы "
        "(amounts with no-break-space thousands and decimal commas, courier names); the order refers to the customer as покупатель") % (len(kl), len(zk))
gold = {"dataset": "klienty-ru", "description": desc, "delimiter": ",", "entity": "клиенты", "columns": lab,
        "foreignKeys": [{"column": "заказы.покупатель", "references": "клиенты.код_клиента"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

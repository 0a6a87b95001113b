#!/usr/bin/env python3
"""Writes pensiya-uz: an invented register of a FICTIONAL district office of an Uzbek pension fund (seeded, stdlib
only), ';' as Excel in a Russian/Uzbek locale writes CSV, decimal commas with spaces as thousands separators
('1 234 567,00' so'm), dd.mm.yyyy dates, headers in Uzbek Latin and Cyrillic mixed as real exports do.
korxonalar (38 employers: STIR 9 digits, name '"NILUFAR" MChJ', legal form, address, district, director, phone),
pensionerlar (1,150 pensioners: pension case number '26-041523', Familiyasi / Ismi / Otasining ismi (a quarter of the
rows written in Cyrillic, as older records are), ЖШШИР (PINFL, 14 digits: sex-and-century digit, birth date ddmmyy,
district code, serial, check digit with weights 7-3-1), passport 'AB1234567' / ID card 'AD1234567', sex, birth date
(some over 89), age, viloyat, tuman, mahalla, address "Alisher Navoiy ko'chasi 12-uy, 5-xonadon", phone
'+998 90 123-45-67' / '998901234567' / '(90) 123-45-67', pension type, award date, amount, last employer's STIR and
name, years of service, inspector (staff, many rows), izoh (free text, sometimes naming a relative with a phone)),
tolovlar (3,400+ monthly payments: payment id, JSHSHIR, period 'mm.yyyy', payment date, amount, deduction, channel,
UzCard/Humo card number (16 digits, Luhn), bank branch, operator). Deliberate coincidences: given names Nurafshon and
Guliston beside the towns Nurafshon shahri and Guliston shahri; employers "NILUFAR" MChJ and "BOBUR" XK beside the
given names Nilufar and Bobur; the mahalla and street 'Alisher Navoiy' beside the given name Alisher and the surname
Navoiy; the district Mirzo Ulug'bek beside the given name Ulug'bek; inspectors surnamed Karimova / Rahimov beside
pensioners with those surnames."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(840101)
# (Latin, Cyrillic, sex)
GIVEN = [("Alisher", "Алишер", "M"), ("Bobur", "Бобур", "M"), ("Ulug'bek", "Улуғбек", "M"), ("Rustam", "Рустам", "M"),
         ("Akmal", "Акмал", "M"), ("Shavkat", "Шавкат", "M"), ("Jamshid", "Жамшид", "M"), ("Otabek", "Отабек", "M"),
         ("Sherzod", "Шерзод", "M"), ("Baxtiyor", "Бахтиёр", "M"), ("Abdulla", "Абдулла", "M"), ("Anvar", "Анвар", "M"),
         ("Farhod", "Фарҳод", "M"), ("Ilhom", "Илҳом", "M"), ("Nodir", "Нодир", "M"), ("Tohir", "Тоҳир", "M"),
         ("Yunus", "Юнус", "M"), ("Zafar", "Зафар", "M"), ("Komil", "Комил", "M"), ("Murod", "Мурод", "M"),
         ("Nilufar", "Нилуфар", "F"), ("Dilnoza", "Дилноза", "F"), ("Gulnora", "Гулнора", "F"), ("Nodira", "Нодира", "F"),
         ("Mohira", "Моҳира", "F"), ("Shahnoza", "Шаҳноза", "F"), ("Zulfiya", "Зулфия", "F"), ("Malika", "Малика", "F"),
         ("Nurafshon", "Нурафшон", "F"), ("Guliston", "Гулистон", "F"), ("Saodat", "Саодат", "F"), ("Dilbar", "Дилбар", "F"),
         ("Muhabbat", "Муҳаббат", "F"), ("Feruza", "Феруза", "F"), ("Barno", "Барно", "F"), ("Oygul", "Ойгул", "F"),
         ("Xurshida", "Хуршида", "F"), ("Robiya", "Робия", "F"), ("Mavluda", "Мавлуда", "F"), ("Hilola", "Ҳилола", "F")]
# male form (Latin, Cyrillic); the female form adds -a / -а
FAMILY = [("Karimov", "Каримов"), ("Rahimov", "Раҳимов"), ("Toshmatov", "Тошматов"), ("Yusupov", "Юсупов"),
          ("Abdullayev", "Абдуллаев"), ("Ergashev", "Эргашев"), ("Xolmatov", "Холматов"), ("Nazarov", "Назаров"),
          ("Sobirov", "Собиров"), ("Qodirov", "Қодиров"), ("Mirzayev", "Мирзаев"), ("Usmonov", "Усмонов"),
          ("Rasulov", "Расулов"), ("Ismoilov", "Исмоилов"), ("Tursunov", "Турсунов"), ("Hamidov", "Ҳамидов"),
          ("Saidov", "Саидов"), ("Aliyev", "Алиев"), ("Normatov", "Норматов"), ("Jo'rayev", "Жўраев"),
          ("Sultonov", "Султонов"), ("Boboyev", "Бобоев"), ("Umarov", "Умаров"), ("Haydarov", "Ҳайдаров"),
          ("Navoiy", "Навоий"), ("Kim", "Ким"), ("Pak", "Пак")]
# father's given names -> patronymic stem (Latin, Cyrillic)
PATRONYMIC = [("Karim", "Карим"), ("Rahim", "Раҳим"), ("Ergash", "Эргаш"), ("Abdulla", "Абдулла"), ("Nazar", "Назар"),
              ("Sobir", "Собир"), ("Usmon", "Усмон"), ("Rasul", "Расул"), ("Tursun", "Турсун"), ("Hamid", "Ҳамид"),
              ("Said", "Саид"), ("Umar", "Умар"), ("Alisher", "Алишер"), ("Bobur", "Бобур"), ("Anvar", "Анвар"),
              ("Shavkat", "Шавкат"), ("Yunus", "Юнус"), ("Komil", "Комил"), ("Murod", "Мурод"), ("Zafar", "Зафар")]
# viloyat, tuman (as written), district code of the PINFL, mahallas, streets
PLACES = [("Toshkent shahri", "Chilonzor tumani", "266", ["Qatortol", "Novza", "Alisher Navoiy", "Lutfiy"],
           ["Bunyodkor shoh ko'chasi", "Qatortol ko'chasi", "Alisher Navoiy ko'chasi", "Lutfiy ko'chasi"], 30),
          ("Toshkent shahri", "Yunusobod tumani", "264", ["Bodomzor", "Minor", "Yunusobod"],
           ["Amir Temur shoh ko'chasi", "Bodomzor yo'li", "Yunusobod ko'chasi"], 22),
          ("Toshkent shahri", "Mirzo Ulug'bek tumani", "263", ["Qorasuv", "Mirzo Ulug'bek", "Buyuk Ipak Yo'li"],
           ["Mirzo Ulug'bek ko'chasi", "Qorasuv ko'chasi", "Buyuk Ipak Yo'li ko'chasi"], 18),
          ("Toshkent viloyati", "Nurafshon shahri", "271", ["Navro'z", "Tinchlik", "Alisher Navoiy"],
           ["Alisher Navoiy ko'chasi", "Tinchlik ko'chasi", "Navro'z ko'chasi"], 9),
          ("Toshkent viloyati", "Zangiota tumani", "272", ["Eshonguzar", "Zangiota", "Keles yo'li"],
           ["Zangiota ko'chasi", "Eshonguzar ko'chasi"], 8),
          ("Sirdaryo viloyati", "Guliston shahri", "241", ["Bahor", "Guliston", "Do'stlik"],
           ["Do'stlik ko'chasi", "Birlashgan ko'chasi", "Guliston ko'chasi"], 7),
          ("Sirdaryo viloyati", "Boyovut tumani", "242", ["Boyovut", "Paxtakor"], ["Paxtakor ko'chasi", "Markaziy ko'chasi"], 6)]
CYR_PLACE = {"Toshkent shahri": "Тошкент шаҳри", "Toshkent viloyati": "Тошкент вилояти", "Sirdaryo viloyati": "Сирдарё вилояти"}
INSPECTORS = ["Karimova Dilnoza", "Rahimov Sherzod", "Yo'ldosheva Malika", "Qosimov Aziz", "Ergasheva Nodira",
              "Sattorov Behzod"]
OPERATORS = ["Mirzayeva G.", "Tursunova S.", "Xasanov A.", "Rahimova M."]
FORMS = ["MChJ", "AJ", "XK", "DUK", "YaTT", "QK"]
EMP_NAMES = ["NILUFAR", "BOBUR", "SHAHRIZODA TEKSTIL", "TOSHKENT TRAKTOR ZAVODI", "O'ZBEKISTON TEMIR YO'LLARI",
             "CHILONZOR SAVDO", "GULISTON PAXTA", "SIRDARYO DON MAHSULOTLARI", "ZANGIOTA AGRO", "YUNUSOBOD QURILISH",
             "MIRZO ULUG'BEK TA'MIR", "NURAFSHON SUV", "TOSHSHAHARTRANS", "O'ZBEKTELEKOM", "TOSHKENT METROPOLITENI",
             "2-SON SHAHAR KASALXONASI", "41-MAKTAB", "BOYOVUT PAXTAKOR", "KELES TO'QIMACHI", "ANGREN KO'MIR",
             "AL-XORAZMIY NASHRIYOTI", "NAVRO'Z BOZORI", "BAHOR MEHMONXONASI", "O'ZDONMAHSULOT", "QATORTOL MEBEL",
             "TOSHKENT KABEL", "LUTFIY SHIFO", "BODOMZOR NON", "GULNORA TIKUVCHILIK", "DO'STLIK AVTO", "MINOR SERVIS",
             "KOMIL SUT", "SHARQ YULDUZI", "TINCHLIK XIZMAT", "ESHONGUZAR PARRANDA", "PAXTAKOR STADIONI", "SAMO TRANS",
             "O'ZAVTOSANOAT"]
PTYPES = [("yoshga doir", 70), ("nogironlik (II guruh)", 9), ("nogironlik (I guruh)", 3), ("boquvchisini yo'qotganlik", 8),
          ("imtiyozli (yoshga doir)", 6), ("ijtimoiy nafaqa", 4)]
BANKS = [("Xalq banki Chilonzor filiali", "UZCARD"), ("Xalq banki Yunusobod filiali", "HUMO"),
         ("Agrobank Guliston filiali", "HUMO"), ("Xalq banki Nurafshon filiali", "UZCARD"), ("Aloqabank Bosh ofisi", "UZCARD")]

def amount(x):
    """1234567.0 -> '1 234 567,00' (space thousands, decimal comma)."""
    s = "%.2f" % x
    i, d = s.split(".")
    g = ""
    while len(i) > 3:
        g = " " + i[-3:] + g; i = i[:-3]
    return i + g + "," + d
def pinfl(born, male, dist, used):
    c = (1 if male else 2) + (2 if born.year >= 1900 else 0) + (2 if born.year >= 2000 else 0)
    while True:
        body = "%d%s%s%03d" % (c, born.strftime("%d%m%y"), dist, rnd.randint(1, 999))
        w = [7, 3, 1] * 5
        chk = sum(int(a) * b for a, b in zip(body, w)) % 10
        v = body + str(chk)
        if v not in used:
            used.add(v); return v
def luhn_card(prefix):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(15 - len(prefix)))
    s = 0
    for k, ch in enumerate(reversed(body)):
        d = int(ch)
        if k % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return body + str((10 - s % 10) % 10)
def phone():
    op = rnd.choice(["90", "91", "93", "94", "97", "99", "88", "33", "95", "71"])
    n = "%07d" % rnd.randint(1000000, 9999999)
    st = rnd.random()
    if st < 0.55:
        return "+998 %s %s-%s-%s" % (op, n[:3], n[3:5], n[5:])
    if st < 0.75:
        return "998%s%s" % (op, n)
    if st < 0.9:
        return "(%s) %s-%s-%s" % (op, n[:3], n[3:5], n[5:])
    return "%s %s" % (op, n)
def stir(used):
    while True:
        v = str(rnd.choice([2, 3])) + "%08d" % rnd.randint(0, 99999999)
        if v not in used:
            used.add(v); return v
def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

# --- korxonalar
used_stir = set()
KH = ["STIR", "Korxona nomi", "Tashkiliy-huquqiy shakli", "Yuridik manzil", "Tuman", "Rahbar", "Telefon"]
emps = []
for k, nm in enumerate(EMP_NAMES):
    form = "XK" if nm == "BOBUR" else "MChJ" if nm == "NILUFAR" else rnd.choice(FORMS)
    vil, tum, _, mh, streets, _ = rnd.choice(PLACES)
    fam, fam_c = rnd.choice(FAMILY); g = rnd.choice(GIVEN)
    boss = (fam + ("a" if g[2] == "F" and fam not in ("Kim", "Pak", "Navoiy") else "")) + " " + g[0] + " " + rnd.choice(PATRONYMIC)[0] + ("ovich" if g[2] == "M" else " qizi")
    emps.append([stir(used_stir), '"%s" %s' % (nm, form), form, "%s, %s, %d-uy" % (tum, rnd.choice(streets), rnd.randint(1, 120)),
                 tum, boss, "+998 71 %03d-%02d-%02d" % (rnd.randint(200, 299), rnd.randint(0, 99), rnd.randint(0, 99))])

# --- pensionerlar
PH = ["Pensiya ishi №", "Familiyasi", "Ismi", "Otasining ismi", "ЖШШИР", "Pasport seriyasi va raqami", "Jinsi",
      "Tug'ilgan sana", "Yoshi", "Viloyat", "Tuman", "Mahalla", "Manzil", "Telefon", "Pensiya turi", "Тайинланган сана",
      "Pensiya miqdori", "СТИР", "Ish joyi", "Ish staji (yil)", "Inspektor", "Izoh"]
today = datetime.date(2024, 12, 1)
used_p, used_case, used_pass = set(), set(), set()
pens = []
weights = [p[5] for p in PLACES]
for k in range(1150):
    g = rnd.choice(GIVEN); male = g[2] == "M"
    fam = rnd.choice(FAMILY[:-3]) if rnd.random() < 0.93 else rnd.choice(FAMILY[-3:])
    cyr = rnd.random() < 0.25
    fname = fam[1 if cyr else 0]
    if not male and fam[0] not in ("Kim", "Pak", "Navoiy"):
        fname += "а" if cyr else "a"
    pat = rnd.choice(PATRONYMIC)
    if rnd.random() < 0.04:
        patron = ""
    elif cyr:
        patron = pat[1] + ("ович" if male else "овна")
    else:
        patron = pat[0] + (" o'g'li" if male and rnd.random() < 0.5 else "ovich" if male else " qizi" if rnd.random() < 0.6 else "ovna")
    pt = rnd.choices([p[0] for p in PTYPES], [p[1] for p in PTYPES])[0]
    if pt.startswith("yoshga"):
        age = rnd.randint(55 if not male else 60, 88) if rnd.random() > 0.03 else rnd.randint(90, 101)
    elif pt == "boquvchisini yo'qotganlik":
        age = rnd.randint(7, 85)
    else:
        age = rnd.randint(35, 80)
    born = today - datetime.timedelta(days=age * 365 + rnd.randint(0, 364))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    vil, tum, dist, mhs, streets, _ = rnd.choices(PLACES, weights)[0]
    mh = rnd.choice(mhs)
    case = None
    while case is None or case in used_case:
        case = "%s-%06d" % (dist[:2], rnd.randint(1000, 999999))
    used_case.add(case)
    pid = pinfl(born, male, dist, used_p)
    if age < 16:
        passport = ""
    else:
        while True:
            passport = rnd.choice(["AA", "AB", "AC", "AD", "AE", "AD", "AD"]) + "%07d" % rnd.randint(0, 9999999)
            if passport not in used_pass:
                used_pass.add(passport); break
    street = rnd.choice(streets)
    if rnd.random() < 0.8:
        addr = "%s %d-uy, %d-xonadon" % (street, rnd.randint(1, 140), rnd.randint(1, 80)) if rnd.random() < 0.5 else "%s, %d-uy" % (street, rnd.randint(1, 140))
    else:
        addr = "%s MFY, %d-mavze, %d-uy, %d-xonadon" % (mh, rnd.randint(1, 25), rnd.randint(1, 60), rnd.randint(1, 60))
    if cyr:
        vil_w = CYR_PLACE[vil]
    else:
        vil_w = vil
    award = born + datetime.timedelta(days=(60 if male else 55) * 365 + rnd.randint(0, 40)) if pt.startswith("yoshga") else \
        today - datetime.timedelta(days=rnd.randint(100, 6000))
    if award > today:
        award = today - datetime.timedelta(days=rnd.randint(30, 900))
    base = {"yoshga doir": 1150000, "nogironlik (II guruh)": 980000, "nogironlik (I guruh)": 1300000,
            "boquvchisini yo'qotganlik": 760000, "imtiyozli (yoshga doir)": 1400000, "ijtimoiy nafaqa": 736000}[pt]
    amt = base + rnd.randint(0, 180) * 5000 + rnd.choice([0, 0, 0.5, 0.25]) * 1000
    emp = rnd.choice(emps) if pt != "ijtimoiy nafaqa" and age >= 18 else None
    insp = INSPECTORS[(k * 7 + rnd.randint(0, 1)) % len(INSPECTORS)]
    note = ""
    r = rnd.random()
    if r < 0.05:
        rel = rnd.choice(GIVEN)
        note = "Ishonchnoma bo'yicha pulni %s %s oladi (%s), tel. %s" % (
            "o'g'li" if rel[2] == "M" else "qizi", rel[0], fam[0] + ("a" if rel[2] == "F" and fam[0] not in ("Kim", "Pak", "Navoiy") else ""), phone())
    elif r < 0.08:
        note = "Uyga yetkazib berish (yolg'iz yashaydi), qo'shnisi %s %s xabardor" % (rnd.choice(GIVEN)[0], rnd.choice(FAMILY)[0])
    elif r < 0.11:
        note = "Pasport almashtirilgan, yangi ID-karta %s" % ("AD%07d" % rnd.randint(0, 9999999))
    elif r < 0.16:
        note = rnd.choice(["Nogironlik qayta ko'rikdan o'tishi kerak", "Staj hujjatlari to'liq emas", "Qayta hisob-kitob qilindi",
                           "Boshqa tumandan ko'chib kelgan", "Xorijda yashaydi, to'lov to'xtatilgan"])
    pens.append([case, fname, g[1] if cyr else g[0], patron, pid, passport, ("Э" if cyr else "E") if male else ("А" if cyr else "A"),
                 born.strftime("%d.%m.%Y"), str(age), vil_w, tum, mh, addr, phone() if rnd.random() < 0.9 else "",
                 pt, award.strftime("%d.%m.%Y"), amount(amt), emp[0] if emp else "", emp[1] if emp else "",
                 str(min(age - 17, rnd.randint(5, 42))) if emp else "", insp, note])

# --- tolovlar
TH = ["To'lov ID", "JSHSHIR", "Davr", "To'lov sanasi", "Summa (so'm)", "Ushlanma (so'm)", "To'lov usuli", "Karta raqami",
      "Bank filiali", "Mas'ul xodim"]
pays = []
card_of = {}
pid_seq = 5000000
for p in pens:
    method = rnd.choices(["Plastik karta", "Naqd (pochta)", "Naqd (kassa)"], [80, 14, 6])[0]
    bank, sysn = rnd.choice(BANKS)
    card = luhn_card("8600" if sysn == "UZCARD" else "9860") if method == "Plastik karta" else ""
    n = rnd.randint(2, 4)
    for m in range(n):
        month = 12 - n + m
        pid_seq += rnd.randint(1, 40)
        day = datetime.date(2024, month, rnd.randint(1, 10))
        deduct = rnd.choice(["0,00", "0,00", "0,00", "0,00", amount(rnd.randint(10, 200) * 1000)])
        pays.append([str(pid_seq), p[4], "%02d.2024" % month, day.strftime("%d.%m.%Y"), p[16], deduct, method,
                     card, bank if method != "Naqd (pochta)" else "O'zbekiston pochtasi", rnd.choice(OPERATORS)])
pays.sort(key=lambda r: int(r[0]))

write("korxonalar", KH, emps)
write("pensionerlar", PH, pens)
write("tolovlar", TH, pays)

L = {"korxonalar": {"STIR": "NON_IDENTIFYING", "Korxona nomi": "NON_IDENTIFYING", "Tashkiliy-huquqiy shakli": "NON_IDENTIFYING",
                    "Yuridik manzil": "STREET_ADDRESS", "Tuman": "COUNTY", "Rahbar": "NAME", "Telefon": "TELEPHONE_NUMBER"},
     "pensionerlar": {"Pensiya ishi №": "OTHER_UNIQUE_IDENTIFIER", "Familiyasi": "FAMILY_NAME", "Ismi": "GIVEN_NAME",
                      "Otasining ismi": "NAME", "ЖШШИР": "NATIONAL_ID", "Pasport seriyasi va raqami": "NATIONAL_ID",
                      "Jinsi": "NON_IDENTIFYING", "Tug'ilgan sana": "DATE_OF_BIRTH", "Yoshi": "AGE", "Viloyat": "NON_IDENTIFYING",
                      "Tuman": "COUNTY", "Mahalla": "GEOGRAPHIC_SUBDIVISION", "Manzil": "STREET_ADDRESS",
                      "Telefon": "TELEPHONE_NUMBER", "Pensiya turi": "NON_IDENTIFYING", "Тайинланган сана": "DATE",
                      "Pensiya miqdori": "NON_IDENTIFYING", "СТИР": "NON_IDENTIFYING", "Ish joyi": "NON_IDENTIFYING",
                      "Ish staji (yil)": "NON_IDENTIFYING", "Inspektor": "NAME", "Izoh": "FREE_TEXT"},
     "tolovlar": {"To'lov ID": "OTHER_UNIQUE_IDENTIFIER", "JSHSHIR": "NATIONAL_ID", "Davr": "DATE", "To'lov sanasi": "DATE",
                  "Summa (so'm)": "NON_IDENTIFYING", "Ushlanma (so'm)": "NON_IDENTIFYING", "To'lov usuli": "NON_IDENTIFYING",
                  "Karta raqami": "CREDIT_CARD_NUMBER", "Bank filiali": "NON_IDENTIFYING", "Mas'ul xodim": "NAME"}}
cols = {}
for t, h in (("korxonalar", KH), ("pensionerlar", PH), ("tolovlar", TH)):
    for c in h:
        cols[t + "." + c] = L[t][c]
gold = {"dataset": "pensiya-uz",
        "description": "Invented register of a fictional district office of an Uzbek pension fund (breaker84), ';', decimal commas with space thousands ('1 234 567,00' so'm), dd.mm.yyyy, headers in Uzbek Latin and Cyrillic mixed: korxonalar 38 (STIR, employer name '\"NILUFAR\" MChJ', legal form, address, tuman, director, phone), pensionerlar 1,150 (pension case no '26-041523', Familiyasi/Ismi/Otasining ismi (a quarter of rows in Cyrillic; patronymics 'Karimovich', 'Karim o\\'g\\'li', 'Karim qizi', 'Каримович'), ЖШШИР PINFL 14 digits with its 7-3-1 check digit and the birth date inside, passport/ID card 'AD1234567', sex E/A, birth date (about 3% of old-age pensioners over 89), age, viloyat, tuman ('Chilonzor tumani', 'Guliston shahri'), mahalla, address, phone in four styles, pension type, award date, amount, last employer's СТИР and name, years of service, inspector (staff, many rows), Izoh free text (5% name a son/daughter with a phone)), tolovlar 3,400+ (payment id, JSHSHIR, period mm.yyyy, date, amount, deduction, channel, UzCard 8600/Humo 9860 card number with Luhn digit, bank branch, operator 'Mirzayeva G.'). Labels: employers' STIR and names NON_IDENTIFYING (organisations), their address, phone and director identifiers (the README's organisation and staff conventions); Viloyat NON_IDENTIFYING (first-level division, like a state); Tuman COUNTY (district, second level; some are towns: 'Guliston shahri'); Mahalla GEOGRAPHIC_SUBDIVISION; Otasining ismi NAME; passport NATIONAL_ID; Davr (the month paid) DATE. Coincidences: given names Nurafshon/Guliston beside the towns Nurafshon shahri/Guliston shahri and the mahalla Guliston; employers NILUFAR/BOBUR beside those given names; mahalla and street 'Alisher Navoiy' beside the given name Alisher and the surname Navoiy; the district and mahalla Mirzo Ulug'bek beside the given name Ulug'bek; inspectors Karimova/Rahimov beside pensioners so surnamed",
        "delimiter": ";", "entity": "pensionerlar", "columns": cols,
        "foreignKeys": [{"column": "pensionerlar.СТИР", "references": "korxonalar.STIR"},
                        {"column": "tolovlar.JSHSHIR", "references": "pensionerlar.ЖШШИР"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

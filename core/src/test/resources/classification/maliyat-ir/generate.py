#!/usr/bin/env python3
"""Writes maliyat-ir: an invented Iranian tax office's export (karshenasan 6 rows, modian 80 rows, ezharname 200 rows),
`,`, Jalali (Solar Hijri) dates yyyy/mm/dd (1402/05/12), Persian headers and values. Kod-e melli with the published
check digit, father's name, ages over 89, 10-digit postal codes, addresses written with Persian digits (کوچه ۱۲),
09XX mobiles, the assessor's name repeated on many rows, notes naming wives and brothers with phones (seeded, stdlib
only)."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(140404)
GIVEN = ["محمد", "علی", "حسین", "رضا", "مهدی", "امیر", "حسن", "مرتضی", "فاطمه", "زهرا", "مریم", "زینب", "سارا",
         "نرگس", "لیلا", "معصومه"]
FAMILY = ["محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "هاشمی", "قاسمی", "نوری",
          "اکبری", "عباسی"]
MALE = set(GIVEN[:8])
CITY = [("تهران", "1"), ("تهران", "1"), ("تهران", "1"), ("کرج", "3"), ("اصفهان", "8"), ("شیراز", "7"), ("مشهد", "9"),
        ("قم", "3")]
STREET = ["خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز", "خیابان شریعتی", "خیابان مطهری"]
JOB = ["کارمند", "آزاد", "پزشک", "معلم", "بازنشسته", "مهندس", "راننده", "خانه‌دار", "فروشنده"]
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
THIS_YEAR = 1404

def melli():
    body = "%09d" % rnd.randint(1000000, 999999999)
    s = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
    return body + str(s if s < 2 else 11 - s)

def jdate(y):
    m = rnd.randint(1, 12)
    return "%d/%02d/%02d" % (y, m, rnd.randint(1, 31 if m <= 6 else 30 if m <= 11 else 29))

def mobile():
    return "09%d%d%07d" % (rnd.choice([1, 3, 3, 0, 2]), rnd.randint(0, 9), rnd.randint(0, 9999999))

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

kar = []
for i in range(6):
    kar.append(["K%03d" % (101 + i * 7), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                rnd.choice(["اداره کل مالیاتی شرق تهران", "اداره کل مالیاتی غرب تهران", "اداره مالیات بر ارث"])])
mod = []
for i in range(80):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); father = rnd.choice(GIVEN[:8])
    if i % 14 == 3:
        y = rnd.randint(1306, 1312)
    else:
        y = rnd.randint(1325, 1383)
    birth = jdate(y)
    age = THIS_YEAR - y - rnd.choice([0, 1])
    city, pre = rnd.choice(CITY)
    post = pre + "%09d" % rnd.randint(0, 999999999)
    addr = "%s، %s، کوچه %s، پلاک %s، واحد %s" % (city, rnd.choice(STREET), str(rnd.randint(1, 40)).translate(FA),
                                               str(rnd.randint(1, 200)).translate(FA), str(rnd.randint(1, 20)).translate(FA))
    mod.append(["%08d" % (31000000 + i * 97), melli(), g, f, father, birth, age, "مرد" if g in MALE else "زن", addr, city,
                post, mobile(), rnd.choice(JOB), "%012d" % rnd.randint(10 ** 10, 10 ** 12 - 1)])
NOTES = ["", "", "", "", "اظهارنامه خارج از مهلت تسلیم شد", "معافیت ماده ۸۱",
         "همسر مودی، {g} {f}، با شماره {p} تماس گرفت", "وکالت‌نامه به نام برادرش {g} {f} ارائه شد",
         "پرونده به کارشناس {k} ارجاع شد", "اعتراض مودی ثبت شد؛ پیگیری با پسرش {g} به شماره {p}"]
ezh = []
for i in range(200):
    m = rnd.choice(mod); k = rnd.choice(kar)
    ty = rnd.choice([1401, 1402, 1403])
    income = rnd.randint(200, 9000) * 1000000
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=mobile(), k=rnd.choice(kar)[1])
    ezh.append(["%d-%05d" % (ty, 1000 + i * 13), m[0], ty, jdate(ty + 1)[:4] + "/0" + str(rnd.randint(1, 4)) + "/%02d" % rnd.randint(1, 31),
                income, income // 10, k[0], k[1], note])
write("karshenasan", ["کد_کارشناس", "نام_کارشناس", "واحد"], kar)
write("modian", ["شماره_پرونده", "کد_ملی", "نام", "نام_خانوادگی", "نام_پدر", "تاریخ_تولد", "سن", "جنسیت", "نشانی", "شهر",
                 "کد_پستی", "تلفن_همراه", "شغل", "کد_اقتصادی"], mod)
write("ezharname", ["شماره_اظهارنامه", "شماره_پرونده", "سال_مالیاتی", "تاریخ_تسلیم", "درآمد_ریال", "مالیات_ریال",
                    "کد_کارشناس", "کارشناس", "توضیحات"], ezh)
cols = dict([("karshenasan.کد_کارشناس", "QUASI_IDENTIFIER"), ("karshenasan.نام_کارشناس", "NAME"), ("karshenasan.واحد", "NON_IDENTIFYING"),
             ("modian.شماره_پرونده", "OTHER_UNIQUE_IDENTIFIER"), ("modian.کد_ملی", "NATIONAL_ID"), ("modian.نام", "GIVEN_NAME"),
             ("modian.نام_خانوادگی", "FAMILY_NAME"), ("modian.نام_پدر", "NAME"), ("modian.تاریخ_تولد", "DATE_OF_BIRTH"),
             ("modian.سن", "AGE"), ("modian.جنسیت", "NON_IDENTIFYING"), ("modian.نشانی", "STREET_ADDRESS"), ("modian.شهر", "CITY"),
             ("modian.کد_پستی", "ZIP_CODE"), ("modian.تلفن_همراه", "TELEPHONE_NUMBER"), ("modian.شغل", "QUASI_IDENTIFIER"),
             ("modian.کد_اقتصادی", "OTHER_UNIQUE_IDENTIFIER"),
             ("ezharname.شماره_اظهارنامه", "OTHER_UNIQUE_IDENTIFIER"), ("ezharname.شماره_پرونده", "OTHER_UNIQUE_IDENTIFIER"),
             ("ezharname.سال_مالیاتی", "NON_IDENTIFYING"), ("ezharname.تاریخ_تسلیم", "DATE"), ("ezharname.درآمد_ریال", "NON_IDENTIFYING"),
             ("ezharname.مالیات_ریال", "NON_IDENTIFYING"), ("ezharname.کد_کارشناس", "QUASI_IDENTIFIER"), ("ezharname.کارشناس", "NAME"),
             ("ezharname.توضیحات", "FREE_TEXT")])
g = {"dataset": "maliyat-ir",
     "description": "Invented Iranian tax office export, `,`, Jalali dates yyyy/mm/dd (1402/05/12), Persian headers and values: 6 assessors (code, name, office), 80 taxpayers (file no, kod-e melli with check digit, given name, family name, father's name, Jalali birth date, age with 90-98, sex, address with Persian digits, city, 10-digit postal code, 09XX mobile, occupation, 12-digit economic code), 200 returns (number, file no, tax year, Jalali filing date, income, tax, assessor code, assessor's name repeated on many rows, notes naming wives, brothers and sons with phones, assessors)",
     "delimiter": ",", "entity": "modian", "columns": cols,
     "foreignKeys": [{"column": "ezharname.شماره_پرونده", "references": "modian.شماره_پرونده"},
                     {"column": "ezharname.کد_کارشناس", "references": "karshenasan.کد_کارشناس"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

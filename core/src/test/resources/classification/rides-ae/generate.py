#!/usr/bin/env python3
"""Writes rides-ae: an invented ride-hailing export for the UAE as JSON Lines with Arabic keys (drivers, riders, trips;
seeded, stdlib only). Emirates ID numbers (784-YYYY-NNNNNNN-C) carry the birth year and pass the Luhn check; card PANs
pass Luhn; +971 mobiles; Dubai plates; saved home addresses; pick-up and drop-off GPS to 6 decimals; request times
with the +04:00 offset; riders' notes to the driver naming people with phones. Numbers are JSON numbers. Trips refer to
the driver as `السائق` and to the rider as `الراكب`."""
import json, random, datetime, uuid
rnd = random.Random(80803)
GIVEN = ["محمد", "أحمد", "فاطمة", "عائشة", "خالد", "سارة", "مريم", "عبدالله", "يوسف", "نورة", "حمدان", "شيخة", "راشد",
         "ليلى", "سلطان", "هند", "ماجد", "لطيفة"]
FAMILY = ["الشامسي", "المهيري", "الكعبي", "النعيمي", "المنصوري", "الظاهري", "القاسمي", "البلوشي", "الحمادي", "السويدي",
          "الفلاسي", "المزروعي"]
DRIVER_NAMES = [("عمران", "خان", "Imran Khan"), ("راجيش", "شارما", "Rajesh Sharma"), ("محمد", "حسين", "Muhammad Hussain"),
                ("أنور", "علي", "Anwar Ali"), ("سانجاي", "مينون", "Sanjay Menon"), ("طارق", "محمود", "Tariq Mahmood"),
                ("جوزيف", "تشاكو", "Joseph Chacko"), ("بلال", "أحمد", "Bilal Ahmed"), ("كريم", "النجار", "Karim Al Najjar"),
                ("فيصل", "إقبال", "Faisal Iqbal")]
NATIONALITY = ["باكستان", "الهند", "الهند", "مصر", "بنغلاديش", "الإمارات", "الأردن", "الفلبين"]
CARS = ["Toyota Camry 2022", "Nissan Altima 2021", "Lexus ES 2023", "Toyota Previa 2020", "Hyundai Sonata 2022", "Kia K5 2023"]
AREAS = [("البرشاء", 25.1110, 55.2000), ("الجميرا 1", 25.2200, 55.2550), ("دبي مارينا", 25.0800, 55.1400),
         ("ديرة", 25.2700, 55.3100), ("الخليج التجاري", 25.1850, 55.2650), ("مردف", 25.2180, 55.4180),
         ("مطار دبي الدولي", 25.2520, 55.3650), ("القصيص", 25.2800, 55.3750)]

def luhn_digit(d):
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return (10 - s % 10) % 10

def emirates_id(year):
    d = [7, 8, 4] + [int(c) for c in str(year)] + [rnd.randint(0, 9) for _ in range(7)]
    c = luhn_digit(d)
    return "784-%d-%s-%d" % (year, "".join(map(str, d[7:])), c)

def pan():
    d = ([4] if rnd.random() < 0.6 else [5, rnd.randint(1, 5)])
    d += [rnd.randint(0, 9) for _ in range(15 - len(d))]
    return "".join(map(str, d)) + str(luhn_digit(d)), ("Visa" if d[0] == 4 else "Mastercard")

def mobile():
    return "+971 5%d %03d %04d" % (rnd.choice([0, 2, 4, 5, 6, 8]), rnd.randint(100, 999), rnd.randint(0, 9999))

def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))

drivers, riders, trips = [], [], []
for n in range(60):
    g, f, en = rnd.choice(DRIVER_NAMES)
    nat = "الإمارات" if f in ("النجار",) else rnd.choice(NATIONALITY)
    by = rnd.randint(1960, 2000)
    drivers.append({"رقم_السائق": "DRV-%05d" % (10000 + n * 37), "الاسم": "%s %s" % (g, f), "الاسم_بالإنجليزية": en,
                    "رقم_الهوية": emirates_id(by), "الجنسية": nat, "الهاتف": mobile(), "رقم_الرخصة": "%07d" % rnd.randint(1000000, 9999999),
                    "لوحة_المركبة": "دبي %s %d" % (rnd.choice("ABCDGHIJKLMNOPQRSTUVWXYZ"), rnd.randint(10000, 99999)),
                    "طراز_المركبة": rnd.choice(CARS), "الفئة": rnd.choice(["Economy", "Economy", "Comfort", "XL", "Executive"]),
                    "التقييم": round(rnd.uniform(4.3, 5.0), 2), "تاريخ_الانضمام": "%d-%02d-%02d" % (rnd.randint(2018, 2026), rnd.randint(1, 12), rnd.randint(1, 28))})
for n in range(400):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    area, lat, lon = rnd.choice(AREAS[:6])
    born = datetime.date(rnd.choice([rnd.randint(1930, 1935)] + [rnd.randint(1950, 2007)] * 12), rnd.randint(1, 12), rnd.randint(1, 28))
    p, brand = pan()
    riders.append({"رقم_الراكب": uid(), "الاسم": "%s %s" % (g, f),
                   "البريد_الإلكتروني": "%s%d@%s" % (rnd.choice(["user", "r", "m", "dxb"]), rnd.randint(100, 99999), rnd.choice(["mail.example", "inbox.example"])),
                   "الهاتف": mobile(), "رقم_البطاقة": p, "نوع_البطاقة": brand, "اللغة": rnd.choice(["ar", "ar", "en", "en", "ur", "hi"]),
                   "العنوان_المحفوظ": rnd.choice(["فيلا %d، شارع %d%s، %s، دبي" % (rnd.randint(1, 90), rnd.randint(1, 40), rnd.choice(["", "ب", "أ"]), area),
                                                   "شقة %d، برج %s، %s، دبي" % (rnd.randint(101, 4505), rnd.choice(["الأمل", "الندى", "اللؤلؤة", "السحاب"]), area)]),
                   "تاريخ_الميلاد": born.isoformat(), "_home": (lat, lon)})
    for k in range(rnd.choice([1, 2, 3, 4, 6, 8, 10, 12])):
        d = rnd.choice(drivers)
        (a1, la1, lo1), (a2, la2, lo2) = ((area, lat, lon), rnd.choice(AREAS)) if rnd.random() < 0.6 else (rnd.choice(AREAS), (area, lat, lon))
        km = round(rnd.uniform(2, 35), 1)
        t = datetime.datetime(2026, rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
        done = rnd.random() < 0.9
        note = rnd.choice(["", "", "", "", "أنا عند البوابة 3", "معي عربة أطفال", "الرجاء عدم الاتصال، أرسل رسالة",
                           "اتصل بـ%s على %s" % (rnd.choice(GIVEN), mobile()), "استلم %s %s من المدرسة" % (rnd.choice(GIVEN), f)])
        trips.append({"السائق": d["رقم_السائق"], "الراكب": riders[-1]["رقم_الراكب"], "وقت_الطلب": t.isoformat() + "+04:00",
                      "خط_عرض_الانطلاق": round(la1 + rnd.uniform(-0.004, 0.004), 6), "خط_طول_الانطلاق": round(lo1 + rnd.uniform(-0.004, 0.004), 6),
                      "خط_عرض_الوصول": round(la2 + rnd.uniform(-0.004, 0.004), 6), "خط_طول_الوصول": round(lo2 + rnd.uniform(-0.004, 0.004), 6),
                      "المسافة_كم": km, "المدة_دقائق": int(km * rnd.uniform(1.5, 3.5)) + 3,
                      "الأجرة_درهم": round(12 + km * 1.97, 2) if done else 0, "طريقة_الدفع": rnd.choice(["بطاقة", "بطاقة", "نقدا", "محفظة"]),
                      "الحالة": "مكتملة" if done else rnd.choice(["ملغاة من الراكب", "ملغاة من السائق"]),
                      "تقييم_الراكب": rnd.choice([5, 5, 5, 4, 3]) if done else None, "ملاحظة": note})
for r in riders:
    del r["_home"]
rnd.shuffle(trips)
trips = [dict([("رقم_الرحلة", "T%010d" % (4100000000 + i * 13))] + list(t.items())) for i, t in enumerate(trips)]
for fname, rows in (("drivers", drivers), ("riders", riders), ("trips", trips)):
    with open(fname + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
L = {"drivers": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "NATIONAL_ID", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "CERTIFICATE_LICENSE_NUMBER",
                 "VEHICLE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"],
     "riders": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "CREDIT_CARD_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "STREET_ADDRESS", "DATE_OF_BIRTH"],
     "trips": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "GEOCOORDINATE", "GEOCOORDINATE",
               "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
               "NON_IDENTIFYING", "FREE_TEXT"]}
cols = {}
for t, rows in (("drivers", drivers), ("riders", riders), ("trips", trips)):
    assert len(rows[0]) == len(L[t]), t
    cols.update({t + "." + k: l for k, l in zip(rows[0], L[t])})
gold = {"dataset": "rides-ae",
        "description": "Invented UAE ride-hailing export, JSON Lines with Arabic keys, numbers as JSON numbers: 60 drivers (Arabic and Latin names, Emirates ID numbers with Luhn check and birth year, +971 mobiles, licence numbers, Dubai plates), 400 riders (UUIDs, Arabic names, e-mails, card PANs passing Luhn, saved home addresses in Arabic, birth dates back to 1930), %d trips (request times with +04:00, pick-up and drop-off GPS to 6 decimals, fares, statuses, notes naming people with phones) referring to the driver as السائق and the rider as الراكب" % len(trips),
        "delimiter": ",", "entity": "riders", "columns": cols,
        "foreignKeys": [{"column": "trips.السائق", "references": "drivers.رقم_السائق"}, {"column": "trips.الراكب", "references": "riders.رقم_الراكب"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

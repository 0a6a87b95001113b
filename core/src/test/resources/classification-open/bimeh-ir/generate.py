#!/usr/bin/env python3
"""Writes bimeh-ir: an invented export of a FICTIONAL Iranian health insurer's claims system (seeded, stdlib only),
`,`, Persian table names, headers and values. بیمه‌گران (8 base and supplementary insurers), پزشکان (38 contracted
physicians: medical council number, full name, specialty), بیمه‌شدگان (insured persons by household: کد ملی with the
published check digit, given and family name (wives keep their own), نام پدر, Solar Hijri birth date written in
Persian digits ۱۳۶۵/۰۴/۱۲ (parents born before 1316, aged over 89), شماره بیمه shared by the household in Persian
digits, relation to the head and the head's کد ملی, 09xx mobile, 10-digit postal code in Persian digits, address,
province and city, base and supplementary insurer codes, booklet expiry), نسخه‌ها (electronic prescription lines:
prescription number, item, Latin-digit Solar Hijri date, patient's کد ملی and full name, physician's council number
and name, ICD-10 code and Persian description, service type, drug or test, quantity, total in rials written in
Persian digits with the Persian thousands separator ۱٬۲۵۰٬۰۰۰, insurer and patient shares, pharmacy, status, notes
naming relatives). About 5% of names typed with Arabic ي/ك as legacy systems do. Deliberate coincidences: the given
names سینا and دانا beside the insurers بیمه سینا and بیمه دانا and the pharmacy داروخانه سینا; provinces that share
their capital's name (تهران, اصفهان, قم, یزد, کرمان); surnames made of towns (تهرانی, کرمانی, شیرازی) beside the towns;
a pharmacy named after a family name (داروخانه دکتر محمدی) and one after a town (داروخانه مرکزی کرج)."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(780101)
GIVEN = ["محمد", "علی", "حسین", "رضا", "مهدی", "امیر", "حسن", "سینا", "آرش", "کیان", "پارسا", "سعید", "حمید", "مجید",
         "بهرام", "کامران", "یوسف", "مرتضی", "جواد", "ابوالفضل", "عباس", "محسن", "فرهاد", "داریوش",
         "فاطمه", "زهرا", "مریم", "سارا", "نرگس", "زینب", "الهام", "لیلا", "مهسا", "پریسا", "نیلوفر", "دانا",
         "شیرین", "طاهره", "معصومه", "سمیرا", "آزاده", "رویا", "فرشته", "هانیه", "کوثر", "یاسمن", "ترانه", "نسرین"]
MALE = GIVEN[:24]
FEMALE = GIVEN[24:]
FAMILY = ["محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "رحیمی", "هاشمی", "صادقی", "کاظمی",
          "اکبری", "نوری", "شریفی", "طاهری", "تهرانی", "کرمانی", "شیرازی", "اصفهانی", "زارعی", "عباسی", "نجفی",
          "یزدانی", "فراهانی", "مرادی", "سلطانی", "ابراهیمی", "بهرامی", "قربانی"]
# city, province, first digit of its postal codes, first three digits of its کد ملی
CITIES = [("تهران", "تهران", "1", ["001", "002", "003", "004", "005", "006", "007", "008"]),
          ("تهران", "تهران", "1", ["001", "002", "003", "004", "005", "006", "007", "008"]),
          ("تهران", "تهران", "1", ["001", "002", "003", "004", "005", "006", "007", "008"]),
          ("کرج", "البرز", "3", ["031", "032"]), ("اصفهان", "اصفهان", "8", ["127", "128", "129"]),
          ("مشهد", "خراسان رضوی", "9", ["092", "093", "094"]), ("شیراز", "فارس", "7", ["228", "229", "230"]),
          ("تبریز", "آذربایجان شرقی", "5", ["136", "137", "138"]), ("اهواز", "خوزستان", "6", ["175", "176"]),
          ("قم", "قم", "3", ["037", "038"]), ("کرمان", "کرمان", "7", ["298", "299"]), ("رشت", "گیلان", "4", ["265", "266"]),
          ("یزد", "یزد", "8", ["444", "445"]), ("سنندج", "کردستان", "6", ["372", "373"])]
STREETS = ["خیابان ولیعصر", "خیابان شریعتی", "خیابان انقلاب", "خیابان آزادی", "خیابان فردوسی", "خیابان حافظ",
           "خیابان سعدی", "بلوار امام خمینی", "خیابان مطهری", "خیابان بهشتی", "خیابان طالقانی", "خیابان کارگر",
           "بلوار کشاورز", "خیابان جمهوری", "بلوار معلم", "خیابان پاسداران"]
ALLEYS = ["کوچه لاله", "کوچه نسترن", "کوچه بهار", "کوچه شهید رضایی", "کوچه یاس", "کوچه ارغوان", "بن‌بست مهر",
          "کوچه سوم", "کوچه دوازدهم", "کوچه گلستان"]
INSURERS = [["11", "سازمان تأمین اجتماعی", "پایه", "70", ""],
            ["21", "سازمان بیمه سلامت ایران", "پایه", "70", ""],
            ["22", "بیمه سلامت - صندوق روستاییان و عشایر", "پایه", "90", ""],
            ["31", "سازمان بیمه خدمات درمانی نیروهای مسلح", "پایه", "70", ""],
            ["41", "بیمه سینا", "تکمیلی", "30", "۵۰۰٬۰۰۰٬۰۰۰"],
            ["42", "بیمه دانا", "تکمیلی", "30", "۴۰۰٬۰۰۰٬۰۰۰"],
            ["43", "بیمه آسیا", "تکمیلی", "30", "۶۰۰٬۰۰۰٬۰۰۰"],
            ["44", "بیمه البرز", "تکمیلی", "25", "۳۵۰٬۰۰۰٬۰۰۰"]]
SPECIALTIES = ["پزشک عمومی", "پزشک عمومی", "پزشک عمومی", "متخصص داخلی", "متخصص قلب و عروق", "متخصص غدد",
               "متخصص اطفال", "متخصص زنان و زایمان", "متخصص پوست", "متخصص گوش، حلق و بینی", "متخصص ارتوپدی",
               "متخصص اعصاب و روان", "متخصص مغز و اعصاب", "متخصص چشم"]
# ICD-10 code, Persian description, items (drug or test, price per unit in rials)
DX = [("E11.9", "دیابت نوع ۲ بدون عارضه", [("METFORMIN 500MG TAB", 1800), ("GLIBENCLAMIDE 5MG TAB", 900), ("قند ناشتا (FBS)", 450000), ("هموگلوبین A1C", 1200000)]),
      ("I10", "فشار خون بالای اولیه", [("LOSARTAN 25MG TAB", 2500), ("AMLODIPINE 5MG TAB", 2200), ("ATENOLOL 50MG TAB", 1500)]),
      ("E78.5", "هایپرلیپیدمی", [("ATORVASTATIN 20MG TAB", 3100), ("پروفایل چربی خون", 900000)]),
      ("J06.9", "عفونت حاد دستگاه تنفسی فوقانی", [("ACETAMINOPHEN 500MG TAB", 700), ("CETIRIZINE 10MG TAB", 1100), ("DEXTROMETHORPHAN SYRUP", 65000)]),
      ("J02.9", "فارنژیت حاد", [("AMOXICILLIN 500MG CAP", 2600), ("CO-AMOXICLAV 625MG TAB", 9800), ("IBUPROFEN 400MG TAB", 1400)]),
      ("J45.9", "آسم", [("SALBUTAMOL 100MCG INHALER", 185000), ("FLUTICASONE 125MCG INHALER", 620000)]),
      ("K21.9", "ریفلاکس معده به مری", [("PANTOPRAZOLE 40MG EC TAB", 4200), ("OMEPRAZOLE 20MG CAP", 2900)]),
      ("K29.7", "گاستریت", [("FAMOTIDINE 40MG TAB", 1300), ("ALUMINIUM MG S ORAL SUSP", 48000)]),
      ("M54.5", "کمردرد", [("NAPROXEN 500MG TAB", 2400), ("METHOCARBAMOL 500MG TAB", 1900), ("رادیوگرافی ستون فقرات کمری", 2800000)]),
      ("M17.9", "آرتروز زانو", [("DICLOFENAC 100MG SR TAB", 2100), ("GLUCOSAMINE 500MG TAB", 3500)]),
      ("N39.0", "عفونت ادراری", [("CEFIXIME 400MG TAB", 8800), ("آزمایش کامل ادرار (U/A)", 380000), ("کشت ادرار", 750000)]),
      ("F32.9", "افسردگی", [("SERTRALINE 50MG TAB", 2700), ("FLUOXETINE 20MG CAP", 2300)]),
      ("G43.9", "میگرن", [("PROPRANOLOL 20MG TAB", 600), ("SUMATRIPTAN 50MG TAB", 14500)]),
      ("E03.9", "کم‌کاری تیروئید", [("LEVOTHYROXINE 100MCG TAB", 800), ("TSH", 520000)]),
      ("L20.9", "درماتیت آتوپیک", [("HYDROCORTISONE 1% CREAM", 95000), ("BETAMETHASONE 0.1% OINTMENT", 72000)]),
      ("H10.9", "ورم ملتحمه", [("CHLORAMPHENICOL 0.5% EYE DROP", 68000)]),
      ("Z00.0", "معاینه عمومی", [("شمارش کامل خون (CBC)", 410000), ("قند ناشتا (FBS)", 450000), ("سونوگرافی شکم و لگن", 3600000)]),
      ("D50.9", "کم‌خونی فقر آهن", [("FERROUS SULFATE 50MG TAB", 500), ("FOLIC ACID 1MG TAB", 300), ("فریتین", 690000)])]
CENTERS = {"دارو": ["داروخانه سینا", "داروخانه شبانه‌روزی رازی", "داروخانه دکتر محمدی", "داروخانه مرکزی کرج",
                    "داروخانه ابن سینا", "داروخانه هلال احمر", "داروخانه بیمارستان امام رضا"],
           "آزمایش": ["آزمایشگاه پاستور", "آزمایشگاه تشخیص طبی نور", "آزمایشگاه بیمارستان امام رضا"],
           "تصویربرداری": ["مرکز تصویربرداری پارس", "تصویربرداری بیمارستان امام رضا"]}
NOTES = ["بیمار با همسرش {name} مراجعه کرد؛ تماس: {phone}", "نسخه توسط پسر بیمار ({name}) تحویل گرفته شد",
         "همراه بیمار: {name}، دختر بیمار", "تمدید نسخه قبلی", "بیمار به دارو حساسیت دارد", "نسخه المثنی صادر شد",
         "ارجاع به متخصص", "داروی جایگزین تحویل شد", "پیگیری تلفنی با خواهر بیمار، خانم {name}، شماره {phone}",
         "بیمار در سفر است؛ پدرش آقای {name} دارو را گرفت"]
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR = str.maketrans("یک", "يك")
TODAY = 1404

def fa(s):
    return str(s).translate(FA)

def rials(n):
    return fa("{:,}".format(n)).replace(",", "٬")

def melli(prefix, used):
    while True:
        body = prefix + "%06d" % rnd.randint(0, 999999)
        if len(set(body)) == 1 or body in used:
            continue
        s = sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        v = body + str(s if s < 2 else 11 - s)
        used.add(body)
        return v

def jdate(y, lo=1, hi=12):
    m = rnd.randint(lo, hi)
    return "%d/%02d/%02d" % (y, m, rnd.randint(1, 31 if m <= 6 else 30 if m <= 11 else 29))

def mobile():
    return "09%s%07d" % (rnd.choice(["12", "12", "19", "35", "36", "01", "90", "13", "39"]), rnd.randint(0, 9999999))

def postal(d):
    first = d + "".join(rnd.choice("13456789") for _ in range(4))
    return first + "%05d" % rnd.randint(0, 99999)

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

# physicians
docs = []; codes = set()
for i in range(38):
    while True:
        c = str(rnd.randint(10000, 189999))
        if c not in codes:
            codes.add(c); break
    sex = rnd.random() < 0.45
    docs.append([c, "دکتر %s %s" % (rnd.choice(FEMALE if sex else MALE), rnd.choice(FAMILY)), rnd.choice(SPECIALTIES),
                 rnd.choice(["طرف قرارداد", "طرف قرارداد", "طرف قرارداد", "غیر طرف قرارداد"])])

# insured persons by household
people = []; used = set(); ins_no = set()
while len(people) < 800:
    city, prov, pd, pref = rnd.choice(CITIES)
    fam = rnd.choice(FAMILY)
    head_m = rnd.random() < 0.82
    head_given = rnd.choice(MALE if head_m else FEMALE)
    head_father = rnd.choice(MALE)
    while True:
        no = "%010d" % rnd.randint(1000000000, 9999999999)
        if no not in ins_no:
            ins_no.add(no); break
    base = rnd.choice(["11", "11", "11", "21", "21", "22", "31"])
    supp = rnd.choice(["41", "42", "43", "44"]) if rnd.random() < 0.35 else ""
    addr = "%s، %s، %s، پلاک %s%s" % (city, rnd.choice(STREETS), rnd.choice(ALLEYS), fa(rnd.randint(1, 220)),
                                     "، واحد " + fa(rnd.randint(1, 24)) if rnd.random() < 0.6 else "")
    pc = fa(postal(pd)) if rnd.random() < 0.93 else ""
    expiry = fa(jdate(rnd.choice([1404, 1404, 1405])))
    hy = rnd.randint(1335, 1382)
    members = [("خود", head_given, fam, head_father, hy, head_m)]
    if hy < 1378 and rnd.random() < 0.7:
        sg = rnd.choice(FEMALE if head_m else MALE)
        members.append(("همسر", sg, rnd.choice(FAMILY), rnd.choice(MALE), hy + rnd.randint(-6, 3), not head_m))
    if hy < 1375:
        spouse = members[1] if len(members) > 1 else None
        for k in range(rnd.choice([0, 1, 1, 2, 2, 3])):
            cm = rnd.random() < 0.5
            if head_m:
                cf, cfather = fam, head_given
            elif spouse:
                cf, cfather = spouse[2], spouse[1]
            else:
                cf, cfather = rnd.choice(FAMILY), rnd.choice(MALE)
            members.append(("فرزند", rnd.choice(MALE if cm else FEMALE), cf, cfather, min(1403, hy + rnd.randint(22, 34)), cm))
    if hy < 1365 and rnd.random() < 0.16:
        old = rnd.random() < 0.55
        members.append(("پدر" if old else "مادر", head_father if old else rnd.choice(FEMALE), fam if old else rnd.choice(FAMILY),
                        rnd.choice(MALE), rnd.randint(1300, 1314) if rnd.random() < 0.55 else rnd.randint(1315, 1335), old))
    head_nid = None
    for rel, g, f, father, y, male in members:
        nid = melli(rnd.choice(pref), used)
        if rel == "خود":
            head_nid = nid
        legacy = rnd.random() < 0.05
        age = TODAY - y
        people.append([str(len(people) + 1), nid, g.translate(AR) if legacy else g, f.translate(AR) if legacy else f,
                       father, "مرد" if male else "زن", fa(jdate(y)), fa(no), rel, "" if rel == "خود" else head_nid,
                       mobile() if age >= 18 and rnd.random() < (0.9 if age < 75 else 0.5) else "", pc, addr, prov, city,
                       base, supp, expiry])
people = people[:800]
for i, p in enumerate(people):
    p[0] = str(i + 1)
nids = {p[1] for p in people}
for p in people:
    if p[9] and p[9] not in nids:
        p[9] = ""

# prescriptions (one row per line item)
rx = []; rx_no = set()
weights = [3 if TODAY - int(p[6].translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))[:4]) > 50 else 1 for p in people]
doc_w = [rnd.choice([1, 1, 2, 4, 8]) for _ in docs]
while len(rx) < 3000:
    p = rnd.choices(people, weights)[0]
    d = rnd.choices(docs, doc_w)[0]
    while True:
        no = str(rnd.randint(1400000000, 1499999999))
        if no not in rx_no:
            rx_no.add(no); break
    date = jdate(rnd.choice([1403, 1403, 1404]), 1, 12)
    if date.startswith("1404"):
        date = jdate(1404, 1, 8)
    code, desc, items = rnd.choice(DX)
    n_items = rnd.randint(1, min(3, len(items)))
    share = {"11": 70, "21": 70, "22": 90, "31": 70}[p[15]]
    status = rnd.choice(["تأیید شده", "تأیید شده", "تأیید شده", "تأیید شده", "پرداخت شده", "برگشتی", "در انتظار بررسی"])
    pharm = {k: rnd.choice(v) for k, v in CENTERS.items()}
    note = ""
    if rnd.random() < 0.11:
        t = rnd.choice(NOTES)
        note = t.format(name="%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)) if "همسرش" in t or "پسر" in t else rnd.choice(GIVEN),
                        phone=mobile())
    for k, (item, price) in enumerate(rnd.sample(items, n_items)):
        kind = "دارو" if item.isascii() else ("تصویربرداری" if "گرافی" in item else "آزمایش")
        qty = rnd.choice([10, 20, 30, 30, 60, 90]) if kind == "دارو" and price < 20000 else 1
        total = price * qty
        ins = total * share // 100
        rx.append([no, str(k + 1), date, p[1], "%s %s" % (p[2], p[3]), d[0], d[1], code, desc, kind, item, str(qty),
                   rials(total), str(ins), str(total - ins), pharm[kind], status, note if k == 0 else ""])
rx.sort(key=lambda r: (r[2], r[0], r[1]))

write("بیمه‌گران", ["کد بیمه‌گر", "نام بیمه‌گر", "نوع پوشش", "سهم سازمان (درصد)", "سقف تعهد سالانه (ریال)"], INSURERS)
write("پزشکان", ["کد نظام پزشکی", "نام پزشک", "تخصص", "نوع همکاری"], docs)
PH = ["ردیف", "کد ملی", "نام", "نام خانوادگی", "نام پدر", "جنسیت", "تاریخ تولد", "شماره بیمه", "نسبت با سرپرست",
      "کد ملی سرپرست", "تلفن همراه", "کد پستی", "نشانی", "استان", "شهر", "کد بیمه‌گر پایه", "کد بیمه تکمیلی", "تاریخ اعتبار دفترچه"]
write("بیمه‌شدگان", PH, people)
RH = ["شماره نسخه", "ردیف قلم", "تاریخ نسخه", "کد ملی بیمار", "نام و نام خانوادگی بیمار", "کد نظام پزشکی", "نام پزشک",
      "کد تشخیص (ICD-10)", "شرح تشخیص", "نوع خدمت", "نام دارو / خدمت", "تعداد", "مبلغ کل (ریال)", "سهم سازمان (ریال)",
      "سهم بیمار (ریال)", "مرکز ارائه خدمت", "وضعیت", "توضیحات"]
write("نسخه‌ها", RH, rx)
L = {"بیمه‌گران": ["NON_IDENTIFYING"] * 5,
     "پزشکان": ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "بیمه‌شدگان": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "NAME", "NON_IDENTIFYING",
                    "DATE_OF_BIRTH", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "NATIONAL_ID", "TELEPHONE_NUMBER",
                    "ZIP_CODE", "STREET_ADDRESS", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"],
     "نسخه‌ها": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NATIONAL_ID", "NAME", "QUASI_IDENTIFIER", "NAME",
                 "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                 "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]}
H = {"بیمه‌گران": ["کد بیمه‌گر", "نام بیمه‌گر", "نوع پوشش", "سهم سازمان (درصد)", "سقف تعهد سالانه (ریال)"],
     "پزشکان": ["کد نظام پزشکی", "نام پزشک", "تخصص", "نوع همکاری"], "بیمه‌شدگان": PH, "نسخه‌ها": RH}
cols = {}
for t in ("بیمه‌گران", "پزشکان", "بیمه‌شدگان", "نسخه‌ها"):
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "bimeh-ir",
        "description": "Invented Iranian health insurer's claims export, ',', Persian table names (with the zero-width non-joiner: بیمه‌شدگان, نسخه‌ها), headers and values: 8 insurers (code, name, base/supplementary, share %, annual cap in Persian digits), 38 physicians (medical council number, 'دکتر' + full name, specialty), 800 insured persons by household (row number ردیف, کد ملی with its check digit, given/family name (wives keep theirs; 5% typed with Arabic ي/ك), نام پدر, Solar Hijri birth date in Persian digits ۱۳۶۵/۰۴/۱۲ incl. parents born 1300-1314, household insurance number in Persian digits, relation, head's کد ملی (empty for heads), 09xx mobile (empty for children and some elderly), 10-digit postal code in Persian digits, address with Persian digits, province, city, base and supplementary insurer codes, booklet expiry), 3,000 prescription lines (10-digit prescription number over 1-3 lines, line number, Latin-digit Solar Hijri date, patient's کد ملی and full name, physician's council number and name, ICD-10 code with Persian description, service type, drug (English generic name) or test, quantity, total rials in Persian digits with ٬, insurer and patient shares in Latin digits, pharmacy/lab, status, notes naming relatives with phones on ~11% of prescriptions). Labels: ردیف OTHER_UNIQUE_IDENTIFIER (a row number of the people's table); نام پدر NAME (as maliyat-ir); شماره بیمه HEALTH_PLAN_BENEFICIARY_NUMBER (shared by a household); physicians' council numbers QUASI_IDENTIFIER (provider keys), their names NAME; province NON_IDENTIFYING; pharmacy names NON_IDENTIFYING. Coincidences: given names سینا/دانا beside insurers بیمه سینا/بیمه دانا and داروخانه سینا; provinces sharing their capital's name; surnames تهرانی/کرمانی/شیرازی beside the towns; داروخانه دکتر محمدی beside the surname محمدی; داروخانه مرکزی کرج beside the town کرج",
        "delimiter": ",", "entity": "بیمه‌شدگان", "columns": cols,
        "foreignKeys": [{"column": "نسخه‌ها.کد ملی بیمار", "references": "بیمه‌شدگان.کد ملی"},
                        {"column": "نسخه‌ها.کد نظام پزشکی", "references": "پزشکان.کد نظام پزشکی"},
                        {"column": "بیمه‌شدگان.کد بیمه‌گر پایه", "references": "بیمه‌گران.کد بیمه‌گر"},
                        {"column": "بیمه‌شدگان.کد بیمه تکمیلی", "references": "بیمه‌گران.کد بیمه‌گر"},
                        {"column": "بیمه‌شدگان.کد ملی سرپرست", "references": "بیمه‌شدگان.کد ملی"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

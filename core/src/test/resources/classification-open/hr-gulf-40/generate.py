#!/usr/bin/env python3
"""Writes hr-gulf (or, with argument 40, hr-gulf-40): an invented HR export of a company with offices in the UAE and
Saudi Arabia (seeded, stdlib only). hr-gulf: employees.csv (800) with bilingual 'Arabic / English' headers, leave.csv
with English headers, departments.csv bilingual. hr-gulf-40: the same generator at 40 employees with Arabic-only
headers, as an Arabic-interface HR system writes them. Emirates ID 784-YYYY-NNNNNNN-C with its Luhn check digit, Iqama
numbers (10 digits starting 2) and Saudi national ids (starting 1) with Luhn check digits, passports in per-country
shapes, UAE/KSA IBANs with valid mod-97 check digits, Gregorian dd/mm/yyyy birth dates and Hijri yyyy/mm/dd birth dates
(tabular Islamic calendar) for Saudi nationals, salaries in AED/SAR. Coincidences: the sponsor company 'Al Shamsi
Contracting' beside employees named Al Shamsi; the department 'Al Noor' projects beside the given name Noor."""
import csv, json, random, sys, datetime, math
SMALL = len(sys.argv) > 1 and sys.argv[1] == "40"
rnd = random.Random(31043 if SMALL else 31003)
N = 40 if SMALL else 800
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
def islamic_to_jd(y, m, d):
    return d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948440 - 1
def hijri(g):
    jd = g.toordinal() + 1721425
    y = (30 * (jd - 1948440) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + islamic_to_jd(y, 1, 1))) / 29.5) + 1)
    d = jd - islamic_to_jd(y, m, 1) + 1
    return "%04d/%02d/%02d" % (y, m, d)
AR_M = [("Mohammed", "محمد"), ("Ahmed", "أحمد"), ("Abdullah", "عبدالله"), ("Khalid", "خالد"), ("Fahad", "فهد"),
        ("Saud", "سعود"), ("Ali", "علي"), ("Omar", "عمر"), ("Yousef", "يوسف"), ("Ibrahim", "إبراهيم"), ("Sultan", "سلطان"),
        ("Hamad", "حمد"), ("Majed", "ماجد"), ("Turki", "تركي"), ("Nasser", "ناصر"), ("Saeed", "سعيد"), ("Rashid", "راشد")]
AR_F = [("Fatima", "فاطمة"), ("Noura", "نورة"), ("Maryam", "مريم"), ("Aisha", "عائشة"), ("Sara", "سارة"), ("Hind", "هند"),
        ("Reem", "ريم"), ("Latifa", "لطيفة"), ("Noor", "نور"), ("Amal", "أمل"), ("Huda", "هدى"), ("Shaikha", "شيخة")]
AR_FAM = {"SA": [("Al Shammari", "الشمري"), ("Al Otaibi", "العتيبي"), ("Al Qahtani", "القحطاني"), ("Al Dosari", "الدوسري"),
                 ("Al Mutairi", "المطيري"), ("Al Zahrani", "الزهراني"), ("Al Ghamdi", "الغامدي"), ("Al Harbi", "الحربي")],
          "AE": [("Al Mansouri", "المنصوري"), ("Al Kaabi", "الكعبي"), ("Al Nuaimi", "النعيمي"), ("Al Shamsi", "الشامسي"),
                 ("Al Hammadi", "الحمادي"), ("Al Mazrouei", "المزروعي"), ("Al Falasi", "الفلاسي")],
          "EG": [("Hassan", "حسن"), ("Mahmoud", "محمود"), ("Abdelrahman", "عبدالرحمن"), ("Fawzy", "فوزي"), ("Shehata", "شحاتة")],
          "JO": [("Haddad", "حداد"), ("Khoury", "خوري"), ("Nasser", "ناصر"), ("Qasem", "قاسم"), ("Obeidat", "عبيدات")]}
EXPAT = {"IN": ([("Rajesh", "راجيش"), ("Suresh", "سوريش"), ("Anil", "أنيل"), ("Vijay", "فيجاي"), ("Priya", "بريا"), ("Deepa", "ديبا"), ("Arun", "أرون"), ("Lakshmi", "لاكشمي")],
                [("Kumar", "كومار"), ("Nair", "ناير"), ("Menon", "مينون"), ("Pillai", "بيلاي"), ("Sharma", "شارما"), ("Thomas", "توماس"), ("Reddy", "ريدي")]),
         "PK": ([("Imran", "عمران"), ("Bilal", "بلال"), ("Asif", "آصف"), ("Sana", "ثناء"), ("Usman", "عثمان")],
                [("Khan", "خان"), ("Qureshi", "قريشي"), ("Butt", "بوت"), ("Chaudhry", "تشودري"), ("Malik", "مالك")]),
         "PH": ([("Maria", "ماريا"), ("Jose", "خوسيه"), ("Mark", "مارك"), ("Jenny", "جيني"), ("Rowena", "روينا")],
                [("Santos", "سانتوس"), ("Reyes", "رييس"), ("Dela Cruz", "ديلا كروز"), ("Garcia", "غارسيا"), ("Mendoza", "ميندوزا")]),
         "GB": ([("James", "جيمس"), ("Sarah", "سارة"), ("David", "ديفيد"), ("Emma", "إيما")],
                [("Wilson", "ويلسون"), ("Taylor", "تايلور"), ("Hughes", "هيوز"), ("Clarke", "كلارك")])}
NAT = {"SA": "السعودية", "AE": "الإمارات", "EG": "مصر", "JO": "الأردن", "IN": "الهند", "PK": "باكستان", "PH": "الفلبين", "GB": "المملكة المتحدة"}
def passport(cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {"IN": lambda: rnd.choice(L) + "%07d" % rnd.randint(0, 9999999), "PK": lambda: rnd.choice(L) + rnd.choice(L) + "%07d" % rnd.randint(0, 9999999),
            "PH": lambda: "P%07d%s" % (rnd.randint(0, 9999999), rnd.choice(L)), "GB": lambda: "%09d" % rnd.randint(100000000, 999999999),
            "EG": lambda: "A%08d" % rnd.randint(0, 99999999), "JO": lambda: "N%06d" % rnd.randint(0, 999999),
            "SA": lambda: rnd.choice(L) + "%06d" % rnd.randint(0, 999999), "AE": lambda: "N%07d" % rnd.randint(0, 9999999)}[cc]()
DEPTS = [("FIN", "المالية", "Finance", "CC100"), ("HR", "الموارد البشرية", "Human Resources", "CC110"), ("OPS", "العمليات", "Operations", "CC200"),
         ("IT", "تقنية المعلومات", "Information Technology", "CC300"), ("SAL", "المبيعات", "Sales", "CC400"),
         ("PRJ", "مشاريع النور", "Al Noor Projects", "CC500"), ("LOG", "الخدمات اللوجستية", "Logistics", "CC600"),
         ("LEG", "الشؤون القانونية", "Legal", "CC700"), ("HSE", "الصحة والسلامة", "HSE", "CC800"), ("PRO", "المشتريات", "Procurement", "CC900")]
TITLES = {"FIN": ["Accountant", "Senior Accountant", "Finance Manager"], "HR": ["HR Officer", "PRO", "HR Manager"],
          "OPS": ["Operations Supervisor", "Technician", "Driver", "Labourer"], "IT": ["Developer", "System Administrator", "IT Manager"],
          "SAL": ["Sales Executive", "Account Manager"], "PRJ": ["Site Engineer", "Project Manager", "Foreman", "Labourer"],
          "LOG": ["Storekeeper", "Driver", "Logistics Coordinator"], "LEG": ["Legal Counsel"], "HSE": ["HSE Officer"], "PRO": ["Buyer"]}
SITES = {"AE": ["Dubai", "Abu Dhabi", "Sharjah"], "SA": ["Riyadh", "Jeddah", "Dammam"]}
AREAS = {"Dubai": ["Al Barsha 2", "Al Nahda 1", "Deira, Al Rigga", "Jumeirah Village Circle", "Al Qusais 2"],
         "Abu Dhabi": ["Khalifa City A", "Al Mushrif", "Mussafah Shabiya 10"], "Sharjah": ["Al Majaz 3", "Al Taawun"],
         "Riyadh": ["حي الملقا", "حي النرجس", "حي العليا", "حي السويدي"], "Jeddah": ["حي الروضة", "حي الصفا", "حي الشاطئ"],
         "Dammam": ["حي الفيصلية", "حي الشاطئ الغربي"]}
BANKS = {"AE": [("Emirates NBD", "260"), ("ADCB", "030"), ("First Abu Dhabi Bank", "035"), ("Mashreq", "033")],
         "SA": [("Al Rajhi Bank", "80"), ("Saudi National Bank", "10"), ("Riyad Bank", "20"), ("Alinma Bank", "05")]}
SPONSOR = {"AE": ["Gulf Horizon Trading LLC", "Al Shamsi Contracting LLC"], "SA": ["شركة أفق الخليج التجارية", "مؤسسة الشمري للمقاولات"]}
emps, managers = [], []
for i in range(N):
    branch = "AE" if rnd.random() < 0.55 else "SA"
    r = rnd.random()
    if branch == "SA":
        nat = "SA" if r < 0.35 else rnd.choice(["EG", "JO", "IN", "PK", "PH", "GB", "IN", "PK"])
    else:
        nat = "AE" if r < 0.15 else rnd.choice(["EG", "JO", "IN", "PK", "PH", "GB", "IN", "IN", "PK", "PH"])
    female = rnd.random() < 0.25
    if nat in AR_FAM:
        g = rnd.choice(AR_F if female else AR_M); fa = rnd.choice(AR_M); fam = rnd.choice(AR_FAM[nat])
        en = "%s %s %s" % (g[0], fa[0], fam[0]); ar = "%s %s %s" % (g[1], fa[1], fam[1])
    else:
        g = rnd.choice(EXPAT[nat][0]); fam = rnd.choice(EXPAT[nat][1])
        en = "%s %s" % (g[0], fam[0]); ar = "%s %s" % (g[1], fam[1])
    bd = datetime.date(rnd.randint(1962, 2003), rnd.randint(1, 12), rnd.randint(1, 28))
    eid = iqama = ""
    if branch == "AE":
        body = "784%d%07d" % (bd.year, rnd.randint(0, 9999999)); eid = "784-%d-%s-%s" % (bd.year, body[7:], luhn_digit(body))
    else:
        body = ("1" if nat == "SA" else "2") + "%08d" % rnd.randint(0, 99999999); iqama = body + luhn_digit(body)
    dept = rnd.choice(DEPTS)
    site = rnd.choice(SITES[branch])
    bank, code = rnd.choice(BANKS[branch])
    ib = iban("AE", code + "%016d" % rnd.randint(0, 10 ** 16 - 1)) if branch == "AE" else iban("SA", code + "%018d" % rnd.randint(0, 10 ** 18 - 1))
    grade = rnd.choice(["G3", "G4", "G5", "G6", "G7", "M1", "M2"])
    basic = rnd.randint(30, 450) * 100
    doj = datetime.date(rnd.randint(2008, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    mob = ("+971 5%d %03d %04d" % (rnd.choice([0, 2, 5, 6, 8]), rnd.randint(0, 999), rnd.randint(0, 9999))) if branch == "AE" else "05%d%07d" % (rnd.choice([0, 3, 4, 5, 6]), rnd.randint(0, 9999999))
    email = "%s.%s%d@%s" % (g[0].lower(), fam[0].lower().replace(" ", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.com", "yahoo.com", "outlook.com"]))
    addr = ("Flat %d, Building %d, %s, %s" % (rnd.randint(101, 1404), rnd.randint(1, 60), rnd.choice(AREAS[site]), site)) if branch == "AE" else \
           ("%s، شارع %d، %s" % (rnd.choice(AREAS[site]), rnd.randint(1, 90), {"Riyadh": "الرياض", "Jeddah": "جدة", "Dammam": "الدمام"}[site]))
    kin = rnd.choice(AR_F + AR_M) if nat in AR_FAM else rnd.choice(EXPAT[nat][0])
    kin = "%s %s" % (kin[0], fam[0])
    visa = "" if nat in ("AE", "SA") else (doj + datetime.timedelta(days=365 * rnd.randint(2, 6))).strftime("%d/%m/%Y")
    emps.append(dict(no="E%05d" % (10001 + i), ar=ar, en=en, eid=eid, iqama=iqama, pp=passport(nat), nat=NAT[nat], bd=bd.strftime("%d/%m/%Y"),
                     hj=hijri(bd) if nat == "SA" else "", sex="أنثى" if female else "ذكر", dept=dept, title=rnd.choice(TITLES[dept[0]]),
                     grade=grade, doj=doj.strftime("%d/%m/%Y"), basic="%d.00" % basic, housing="%d.00" % (basic // 4), transport="%d.00" % rnd.choice([500, 800, 1000, 1500]),
                     cur="AED" if branch == "AE" else "SAR", iban=ib, bank=bank, visa=visa, sponsor="" if nat in ("AE", "SA") else rnd.choice(SPONSOR[branch]),
                     mob=mob, email=email, addr=addr, kin=kin, kinph=mob[:-4] + "%04d" % rnd.randint(0, 9999), status=rnd.choice(["Active"] * 9 + ["On Leave", "Terminated"]),
                     site=site, branch=branch))
mgrs = rnd.sample(emps, 12 if SMALL else 45)
for e in emps:
    m = rnd.choice(mgrs)
    e["mgr"] = "" if m is e else m["en"]
depts = []
for d in DEPTS:
    head = rnd.choice(mgrs)
    depts.append([d[0], d[1], d[2], head["en"], head["ar"], d[3], str(sum(1 for e in emps if e["dept"] is d))])
leaves = []
for k in range(0 if SMALL else 1400):
    e = rnd.choice(emps)
    lt = rnd.choice([("Annual", "سنوية")] * 6 + [("Sick", "مرضية")] * 3 + [("Emergency", "طارئة"), ("Hajj", "حج"), ("Maternity", "أمومة"), ("Unpaid", "بدون راتب")])
    s = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 680))
    days = rnd.randint(1, 30)
    appr = rnd.choice(mgrs)
    reason = rnd.choice(["", "", "", "Family visit to %s" % rnd.choice(["Kerala", "Cairo", "Amman", "Lahore", "Manila"]),
                         "مراجعة مستشفى", "Wedding of brother %s" % rnd.choice(AR_M + EXPAT["IN"][0])[0],
                         "Death of father, %s" % e["en"].split()[-1], "رعاية الوالدة", "Annual home leave, ticket issued",
                         "Call %s on %s if urgent" % (e["kin"], e["kinph"])])
    leaves.append(["LV-%d-%05d" % (s.year, k + 1), e["no"], lt[0], s.strftime("%d/%m/%Y"), (s + datetime.timedelta(days=days - 1)).strftime("%d/%m/%Y"),
                   str(days), appr["ar"], rnd.choice(["Approved"] * 8 + ["Rejected", "Pending"]), reason])
COLS = [("no", "الرقم الوظيفي", "Employee No", "OTHER_UNIQUE_IDENTIFIER"), ("ar", "الاسم", "Employee Name (Arabic)", "NAME"),
        ("en", "الاسم بالإنجليزية", "Employee Name", "NAME"), ("eid", "رقم الهوية", "Emirates ID", "NATIONAL_ID"),
        ("iqama", "رقم الإقامة", "Iqama / National ID", "NATIONAL_ID"), ("pp", "رقم الجواز", "Passport No", "NATIONAL_ID"),
        ("nat", "الجنسية", "Nationality", "NON_IDENTIFYING"), ("bd", "تاريخ الميلاد", "Date of Birth", "DATE_OF_BIRTH"),
        ("hj", "تاريخ الميلاد (هجري)", "DOB (Hijri)", "DATE_OF_BIRTH"), ("sex", "الجنس", "Gender", "NON_IDENTIFYING"),
        ("deptc", "القسم", "Department", "NON_IDENTIFYING"), ("title", "المسمى الوظيفي", "Job Title", "NON_IDENTIFYING"),
        ("grade", "الدرجة", "Grade", "NON_IDENTIFYING"), ("doj", "تاريخ التعيين", "Date of Joining", "DATE"),
        ("basic", "الراتب الأساسي", "Basic Salary", "NON_IDENTIFYING"), ("housing", "بدل السكن", "Housing Allowance", "NON_IDENTIFYING"),
        ("transport", "بدل النقل", "Transport Allowance", "NON_IDENTIFYING"), ("cur", "العملة", "Currency", "NON_IDENTIFYING"),
        ("iban", "رقم الآيبان", "IBAN", "IBAN"), ("bank", "البنك", "Bank", "NON_IDENTIFYING"),
        ("visa", "تاريخ انتهاء التأشيرة", "Visa Expiry", "DATE"), ("sponsor", "الكفيل", "Sponsor", "NON_IDENTIFYING"),
        ("mob", "الجوال", "Mobile", "TELEPHONE_NUMBER"), ("email", "البريد الإلكتروني", "Personal Email", "EMAIL_ADDRESS"),
        ("addr", "العنوان", "Home Address", "STREET_ADDRESS"), ("kin", "جهة الاتصال للطوارئ", "Emergency Contact", "NAME"),
        ("kinph", "هاتف الطوارئ", "Emergency Phone", "TELEPHONE_NUMBER"), ("mgr", "المدير المباشر", "Line Manager", "NAME"),
        ("status", "الحالة", "Status", "NON_IDENTIFYING"), ("site", "موقع العمل", "Work Location", "NON_IDENTIFYING")]
def head(c):
    return c[1] if SMALL else "%s / %s" % (c[1], c[2])
erows = []
for e in emps:
    e["deptc"] = e["dept"][0]
    erows.append([e[c[0]] for c in COLS])
H = {"employees": [head(c) for c in COLS]}
L = {"employees": [c[3] for c in COLS]}
R = {"employees": erows}
DH = [("رمز القسم", "Dept Code", "NON_IDENTIFYING"), ("اسم القسم", "Department (Arabic)", "NON_IDENTIFYING"), ("Department", "Department Name", "NON_IDENTIFYING"),
      ("رئيس القسم", "Head of Department", "NAME"), ("رئيس القسم (عربي)", "Head of Department (Arabic)", "NAME"),
      ("مركز التكلفة", "Cost Center", "NON_IDENTIFYING"), ("عدد الموظفين", "Headcount", "NON_IDENTIFYING")]
H["departments"] = [h[0] if SMALL else "%s / %s" % (h[0], h[1]) for h in DH]
L["departments"] = [h[2] for h in DH]
R["departments"] = depts
if not SMALL:
    H["leave"] = ["Request ID", "Employee No", "Leave Type", "From Date", "To Date", "Days", "Approved By", "Status", "Reason"]
    L["leave"] = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "FREE_TEXT"]
    R["leave"] = leaves
cols = {}
for t in H:
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(R[t])
    cols.update({t + "." + h: l for h, l in zip(H[t], L[t])})
fks = [] if SMALL else [{"column": "leave.Employee No", "references": "employees." + head(COLS[0])}]
gold = {"dataset": "hr-gulf-40" if SMALL else "hr-gulf",
        "description": "Invented HR export of a company with UAE and Saudi offices, ',', %s headers: %d employees (Arabic-script and English names, Emirates ID 784-YYYY-NNNNNNN-C Luhn, Iqama/Saudi ids Luhn, passports, Gregorian and Hijri birth dates, AED/SAR salaries, UAE/KSA IBANs, visa expiry, sponsor, line manager), %d departments%s" % ("Arabic-only" if SMALL else "bilingual 'Arabic / English'", len(erows), len(depts), "" if SMALL else ", %d leave requests (approver in Arabic script, reasons naming relatives)" % len(leaves)),
        "delimiter": ",", "entity": "employees", "columns": cols, "foreignKeys": fks}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

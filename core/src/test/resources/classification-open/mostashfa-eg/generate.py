#!/usr/bin/env python3
"""Writes mostashfa-eg: an invented inpatient export of a FICTIONAL Egyptian general hospital (seeded, stdlib only),
',', UTF-8, headers Arabic, English or both ("اسم المرافق / Companion"). admissions.csv 1,100 rows over 820 patients:
admission no, file number (MRN), national ID (الرقم القومي, 14 digits: century 2/3, YYMMDD birth date, governorate
code, 4-digit sequence whose last digit is odd for men, and a mod-11 check digit with weights 2765432765432 as the
public validators compute it; 4% written in Arabic-Indic digits), the four-part name in four columns (given, father,
grandfather, family), birth date, age (some 90-97), sex, governorate (محافظة), district (مركز/حي), address, mobile
01xxxxxxxxx (some +20, some Arabic-Indic), companion and relation, companion's mobile, admission and discharge dates
dd/mm/yyyy (18% in Arabic-Indic digits), ward, bed, ICD-10 code and Arabic diagnosis, admitting doctor's code, referral
source (hospitals named after people: مستشفى أحمد ماهر التعليمي beside patients named أحمد and fathers named ماهر),
payment class, health-insurance number for the insured, outcome and nurses' notes naming companions and phones;
doctors.csv 25 rows (code, full name with د., specialty, grade, syndicate registration number, mobile, e-mail)."""
import csv, json, random, datetime
rnd = random.Random(40402)
AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GIVEN_M = ["محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "حسن", "علي", "عمر", "خالد", "طارق", "ياسر", "هشام", "كريم", "سيد", "عبد الله", "يوسف", "نصر", "شريف", "عادل", "رمضان"]
GIVEN_F = ["فاطمة", "مريم", "نور", "هدى", "منى", "سارة", "آية", "دينا", "أسماء", "زينب", "رحاب", "شيماء", "سيناء", "نادية", "عزة", "هبة"]
GIVEN = ["محمد", "أحمد", "محمود", "مصطفى", "إبراهيم", "حسن", "علي", "عمر", "خالد", "طارق", "ياسر", "هشام", "كريم", "سيد", "عبد الله", "يوسف", "نصر", "شريف", "عادل", "رمضان", "فاطمة", "مريم", "نور", "هدى", "منى", "سارة", "آية", "دينا", "أسماء", "زينب", "رحاب", "شيماء", "سيناء", "نادية", "عزة", "هبة"]  # GIVEN_M + GIVEN_F written out (the checkers read this list literally)
FATHERS = ["ماهر", "محمد", "أحمد", "عبد الرحمن", "حسين", "جمال", "فتحي", "سعيد", "عبد الحميد", "صلاح", "منصور", "عبد العزيز", "فاروق", "رجب", "شعبان", "عيد"]
FAMILY = ["الشريف", "المصري", "عبد الرحمن", "السيد", "النجار", "الشاذلي", "البنا", "الجمال", "عثمان", "حجازي", "الفيومي", "الطنطاوي", "الدمياطي", "سليمان", "شحاتة", "زكي", "بدوي", "القاضي"]
GOV = [("01", "القاهرة", ["مدينة نصر", "شبرا", "المطرية", "الزيتون", "حلوان", "السيدة زينب"], 30),
       ("21", "الجيزة", ["إمبابة", "الهرم", "بولاق الدكرور", "العياط"], 18),
       ("14", "القليوبية", ["شبرا الخيمة", "بنها", "قليوب", "طوخ"], 14),
       ("12", "الدقهلية", ["المنصورة", "ميت غمر", "طلخا"], 8), ("13", "الشرقية", ["الزقازيق", "منيا القمح", "بلبيس"], 8),
       ("17", "المنوفية", ["شبين الكوم", "منوف"], 6), ("16", "الغربية", ["طنطا", "المحلة الكبرى"], 6),
       ("23", "الفيوم", ["الفيوم", "سنورس"], 4), ("24", "المنيا", ["ملوي", "سمالوط"], 3), ("34", "شمال سيناء", ["العريش"], 1),
       ("02", "الإسكندرية", ["سيدي جابر", "العجمي"], 2)]
STREETS = ["شارع الجمهورية", "شارع بورسعيد", "شارع الترعة", "شارع المدارس", "شارع الجيش", "شارع عبد المنعم رياض", "حارة الصباغين", "شارع أحمد عرابي", "شارع مصطفى النحاس", "عزبة النخل"]
WARDS = ["الباطنة العامة", "الجراحة العامة", "العظام", "النساء والتوليد", "الأطفال", "القلب", "العناية المركزة", "الحروق", "المخ والأعصاب", "المسالك البولية"]
DX = [("I21.9", "احتشاء عضلة القلب الحاد"), ("J18.9", "التهاب رئوي"), ("E11.9", "داء السكري النوع الثاني"), ("K35.8", "التهاب الزائدة الدودية الحاد"),
      ("S72.0", "كسر عنق عظمة الفخذ"), ("O80", "ولادة طبيعية"), ("N20.0", "حصوة بالكلى"), ("I63.9", "جلطة دماغية"), ("K80.2", "حصوات المرارة"),
      ("B17.1", "التهاب الكبد الفيروسي سي الحاد"), ("T30.0", "حروق"), ("A09", "نزلة معوية"), ("I50.9", "هبوط بعضلة القلب"), ("N18.5", "فشل كلوي مزمن")]
WARD_OF = {"I21.9": "القلب", "I50.9": "القلب", "J18.9": "الباطنة العامة", "E11.9": "الباطنة العامة", "K35.8": "الجراحة العامة", "K80.2": "الجراحة العامة",
           "S72.0": "العظام", "O80": "النساء والتوليد", "N20.0": "المسالك البولية", "N18.5": "الباطنة العامة", "I63.9": "المخ والأعصاب",
           "B17.1": "الباطنة العامة", "T30.0": "الحروق", "A09": "الأطفال"}
REFERRAL = ["حضر بنفسه", "حضر بنفسه", "الإسعاف 123", "مستشفى أحمد ماهر التعليمي", "مستشفى الحسين الجامعي", "وحدة صحة الأسرة", "عيادة خاصة", "مستشفى منشية البكري"]
PAY = ["علاج على نفقة الدولة", "التأمين الصحي", "نقدي", "نقدي", "تعاقد - شركة"]
OUTCOME = ["تحسن", "تحسن", "تحسن", "شفاء", "تحويل لمستشفى آخر", "خروج على مسئوليته", "وفاة"]
RELATION = ["ابن", "ابنة", "زوج", "زوجة", "أخ", "أخت", "الأم", "الأب"]
SPEC = ["باطنة", "جراحة عامة", "عظام", "نساء وتوليد", "أطفال", "قلب", "تخدير", "مخ وأعصاب", "مسالك بولية"]
GRADE = ["طبيب مقيم", "أخصائي", "أخصائي أول", "استشاري"]

def nid(birth, gov, male):
    body = "%d%s%s%03d%d" % (2 if birth.year < 2000 else 3, birth.strftime("%y%m%d"), gov, rnd.randint(0, 999),
                             rnd.choice([1, 3, 5, 7, 9]) if male else rnd.choice([0, 2, 4, 6, 8]))
    s = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    return body + str(0 if c >= 10 else c)

def mobile():
    return rnd.choice(["010", "011", "012", "015"]) + "".join(str(rnd.randint(0, 9)) for _ in range(8))

doctors = []
for k in range(25):
    male = rnd.random() < 0.7
    name = "د. %s %s %s" % (rnd.choice(GIVEN_M if male else GIVEN_F), rnd.choice(FATHERS), rnd.choice(FAMILY))
    sp = SPEC[k % len(SPEC)]
    doctors.append(["D%03d" % (k + 11), name, sp, rnd.choice(GRADE), "%d" % rnd.randint(60000, 289999), mobile(),
                    "dr.%s%d@mostashfa-hospital.example" % (rnd.choice(["ahmed", "m.hassan", "sara", "k.nasr", "hoda", "tarek"]), k)])
DOC_OF = {}
for d in doctors:
    DOC_OF.setdefault(d[2], []).append(d[0])
SPEC_OF_WARD = {"القلب": "قلب", "الباطنة العامة": "باطنة", "الجراحة العامة": "جراحة عامة", "العظام": "عظام", "النساء والتوليد": "نساء وتوليد",
                "المسالك البولية": "مسالك بولية", "المخ والأعصاب": "مخ وأعصاب", "الحروق": "جراحة عامة", "الأطفال": "أطفال", "العناية المركزة": "تخدير"}
patients = []
govw = [g[3] for g in GOV]
MRNS = rnd.sample(range(100000, 1000000), 820)
for p in range(820):
    dx = rnd.choice(DX)
    male = rnd.random() < (0.0 if dx[0] == "O80" else 0.52)
    if rnd.random() < 0.035:
        age = rnd.randint(90, 97)
    elif dx[0] == "A09":
        age = rnd.randint(0, 12)
    elif dx[0] == "O80":
        age = rnd.randint(18, 40)
    else:
        age = rnd.randint(14, 88)
    birth = datetime.date(2024 - age, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
    g = rnd.choices(GOV, govw)[0]
    fam = rnd.choice(FAMILY)
    patients.append({"mrn": "%d" % MRNS[p], "nid": nid(birth, g[0] if rnd.random() < 0.85 else rnd.choice(GOV)[0], male),
                     "given": rnd.choice(GIVEN_M if male else GIVEN_F), "father": rnd.choice(FATHERS),
                     "grand": rnd.choice(FATHERS + GIVEN_M), "family": fam, "birth": birth, "male": male, "gov": g,
                     "district": rnd.choice(g[2]), "addr": "%d %s" % (rnd.randint(1, 180), rnd.choice(STREETS)),
                     "mobile": mobile() if rnd.random() < 0.93 else "", "dx": dx,
                     "hio": ("%d" % rnd.randint(10 ** 10, 10 ** 11 - 1)) if rnd.random() < 0.35 else ""})
rows = []
seq = 0
for k in range(1100):
    pt = patients[k] if k < len(patients) else rnd.choice(patients)
    seq += 1
    adm = datetime.datetime(2024, 1, 1, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 364 * 24 * 60))
    dx = pt["dx"] if rnd.random() < 0.7 else rnd.choice(DX)
    ward = "العناية المركزة" if rnd.random() < 0.08 else WARD_OF[dx[0]]
    dis = adm + datetime.timedelta(days=rnd.randint(1, 21), hours=rnd.randint(0, 10))
    age = (adm.date() - pt["birth"]).days // 365
    arab = rnd.random() < 0.18
    fmt = lambda d: (d.strftime("%d/%m/%Y").translate(AI) if arab else d.strftime("%d/%m/%Y"))
    mob = pt["mobile"]
    r = rnd.random()
    if mob and r < 0.1:
        mob = "+20" + mob[1:]
    elif mob and r < 0.17:
        mob = mob.translate(AI)
    comp_name = "%s %s" % (rnd.choice(GIVEN), pt["family"] if rnd.random() < 0.6 else rnd.choice(FAMILY))
    comp_mob = mobile()
    pay = rnd.choice(PAY) if not pt["hio"] else "التأمين الصحي"
    outcome = rnd.choice(OUTCOME) if age < 80 else rnd.choice(OUTCOME + ["وفاة", "وفاة"])
    notes = rnd.choice(["", "", "", "", "المريض بصحبة %s (%s) ت %s" % (comp_name, rnd.choice(RELATION), comp_mob),
                        "حساسية من البنسلين", "يرفض نقل الدم", "تم إبلاغ %s بالحالة" % comp_name,
                        "تم التواصل مع ابنه على رقم %s" % mobile(), "حالة اجتماعية - يحول للخدمة الاجتماعية"])
    n_id = pt["nid"] if rnd.random() > 0.04 else pt["nid"].translate(AI)
    if rnd.random() < 0.02:
        n_id = ""
    rows.append(["ADM-2024-%06d" % (4100 + seq * 3), pt["mrn"], n_id, pt["given"], pt["father"], pt["grand"], pt["family"],
                 pt["birth"].strftime("%d/%m/%Y"), (str(age).translate(AI) if arab else str(age)), "ذكر" if pt["male"] else "أنثى",
                 pt["gov"][1], pt["district"], pt["addr"], mob, comp_name, rnd.choice(RELATION), comp_mob,
                 fmt(adm) + ("" if arab else adm.strftime(" %H:%M")), fmt(dis) if outcome != "وفاة" or rnd.random() < 0.9 else "", ward,
                 "%s-%02d" % (rnd.choice("ABCD"), rnd.randint(1, 30)), dx[0], dx[1], rnd.choice(DOC_OF[SPEC_OF_WARD[ward]]),
                 "طوارئ" if rnd.random() < 0.6 else "عادي", rnd.choice(REFERRAL), pay, pt["hio"] if pay == "التأمين الصحي" else "",
                 outcome, notes])
rows.sort(key=lambda r: r[0])
AH = ["Admission No", "رقم الملف", "الرقم القومي", "الاسم", "اسم الأب", "اسم الجد", "اللقب", "تاريخ الميلاد", "السن", "النوع",
      "المحافظة", "المركز / الحي", "العنوان", "Mobile", "اسم المرافق / Companion", "صلة القرابة", "موبايل المرافق",
      "تاريخ الدخول", "تاريخ الخروج", "القسم / Ward", "السرير", "ICD10", "التشخيص", "Doctor Code", "نوع الدخول",
      "جهة التحويل", "طريقة الدفع", "رقم التأمين الصحي", "حالة الخروج", "ملاحظات التمريض"]
AL = ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "NATIONAL_ID", "GIVEN_NAME", "NAME", "NAME", "FAMILY_NAME",
      "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NAME",
      "NON_IDENTIFYING", "TELEPHONE_NUMBER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "FREE_TEXT"]
DH = ["Doctor Code", "اسم الطبيب", "التخصص", "الدرجة الوظيفية", "رقم القيد بالنقابة", "Mobile", "Email"]
DL = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS"]
for name, head, data in (("admissions", AH, rows), ("doctors", DH, doctors)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
columns = {"admissions." + h: l for h, l in zip(AH, AL)}
columns.update({"doctors." + h: l for h, l in zip(DH, DL)})
gold = {"dataset": "mostashfa-eg",
        "description": "Invented inpatient export of a fictional Egyptian general hospital (breaker40), ',', Arabic/English/bilingual headers: admissions 1,100 rows over 820 patients (admission no, file no MRN, 14-digit national ID with century/birth date/governorate/sex/check digit, 4% in Arabic-Indic digits; four-part name in four columns; birth date; age incl. 90-97, 18% Arabic-Indic; sex; governorate NON_IDENTIFYING (state level); district CITY; address; mobile 01x, +20 or Arabic-Indic; companion name, relation, mobile; admission/discharge dd/mm/yyyy, 18% Arabic-Indic; ward, bed, ICD-10, Arabic diagnosis; doctor code QUASI (provider key); referral source incl. hospitals named after people (Ahmed Maher); payment class; health-insurance number; outcome; nurses' notes naming companions and phones FREE_TEXT), doctors 25 (code, name with د., specialty, grade, syndicate number CERTIFICATE_LICENSE_NUMBER, mobile, e-mail). Coincidences: given names نصر and سيناء beside districts مدينة نصر and governorate شمال سيناء; fathers ماهر beside مستشفى أحمد ماهر التعليمي; family names الفيومي/الدمياطي beside الفيوم.",
        "delimiter": ",", "entity": "admissions", "columns": columns,
        "foreignKeys": [{"column": "admissions.Doctor Code", "references": "doctors.Doctor Code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

#!/usr/bin/env python3
"""Writes rogi-bd: an invented Bangladeshi upazila health complex register (seeded, stdlib only), Bengali headers and
values, ','. rogi 220 patients (names in Bengali script, father's/husband's name, birth dates in Bengali digits
১৯৮৫-০৩-১৪, ages in Bengali digits some over 89, NID 10 or 17 digits, mobile '01712-345678' in Latin or Bengali
digits, village, union, upazila, district, diagnosis, blood group), daktar 12 doctors, followup 40 follow-up visits."""
import csv, json, random, datetime
rnd = random.Random(250404)
BD = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
def bn(s):
    return str(s).translate(BD)
NAM_M = ["মোঃ রহিম", "মোঃ করিম", "আব্দুল হালিম", "মোঃ জসিম উদ্দিন", "রফিকুল ইসলাম", "সাইফুল ইসলাম", "আনোয়ার হোসেন", "শফিকুল আলম", "কামরুল হাসান",
         "মিজানুর রহমান", "বিপ্লব কুমার দাস", "সুমন চন্দ্র রায়", "তানভীর আহমেদ", "নাজমুল হক"]
NAM_F = ["রহিমা খাতুন", "ফাতেমা বেগম", "আমেনা বেগম", "নাসরিন আক্তার", "শাহনাজ পারভীন", "মোসাঃ রোকসানা", "সালমা খাতুন", "তাসলিমা আক্তার",
         "রিনা রানী দাস", "শিউলি বেগম", "জান্নাতুল ফেরদৌস", "সুমাইয়া ইসলাম", "মাহমুদা খানম", "পারুল আক্তার"]
PLACE = [("ধামরাই", "ঢাকা", ["কুল্লা", "সোমভাগ", "সুয়াপুর"]), ("সাভার", "ঢাকা", ["আশুলিয়া", "তেঁতুলঝোড়া", "বনগাঁও"]),
         ("মির্জাপুর", "টাঙ্গাইল", ["ভাতগ্রাম", "বহুরিয়া", "গোড়াই"]), ("পীরগঞ্জ", "রংপুর", ["চতরা", "কাবিলপুর", "মদনখালী"]),
         ("ফুলবাড়ী", "দিনাজপুর", ["খয়েরবাড়ী", "আলাদীপুর", "শিবনগর"]), ("বেলকুচি", "সিরাজগঞ্জ", ["রাজাপুর", "দৌলতপুর", "ধুকুরিয়া বেড়া"])]
VILL = ["নয়াপাড়া", "উত্তরপাড়া", "দক্ষিণপাড়া", "চরপাড়া", "মধ্যপাড়া", "কাজীপাড়া", "রহিমপুর", "করিমগঞ্জ", "হালিমনগর"]
DX = ["উচ্চ রক্তচাপ", "ডায়াবেটিস", "ডায়রিয়া", "নিউমোনিয়া", "জ্বর", "অ্যাজমা", "রক্তস্বল্পতা", "গর্ভকালীন সেবা", "সাপে কাটা", "ডেঙ্গু", "যক্ষ্মা সন্দেহ"]
BLOOD = ["A+", "B+", "O+", "AB+", "A-", "B-", "O-"]
WARD = ["বহির্বিভাগ", "জরুরি বিভাগ", "পুরুষ ওয়ার্ড", "মহিলা ওয়ার্ড", "শিশু ওয়ার্ড"]
OUT = ["সুস্থ", "উন্নতি", "রেফার্ড (জেলা সদর হাসপাতাল)", "ভর্তি", "মৃত্যু"]
docs = [["D-%02d" % (i + 1), "ডাঃ " + rnd.choice(NAM_M + NAM_F).replace("মোঃ ", "").replace("মোসাঃ ", ""), rnd.choice(["মেডিকেল অফিসার", "জুনিয়র কনসালটেন্ট (মেডিসিন)", "জুনিয়র কনসালটেন্ট (গাইনি)", "সহকারী সার্জন"]),
         "BMDC A-%d" % rnd.randint(20000, 140000)] for i in range(12)]
rogi = []
for i in range(220):
    male = rnd.random() < 0.45
    born = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 33000))
    if i % 31 == 0:
        born = datetime.date(rnd.randint(1926, 1933), rnd.randint(1, 12), rnd.randint(1, 28))
    seen = datetime.date(2025, 1, 5) + datetime.timedelta(days=rnd.randint(0, 320))
    age = seen.year - born.year - ((seen.month, seen.day) < (born.month, born.day))
    up, dist, unions = rnd.choice(PLACE)
    nid = ("%010d" % rnd.randint(10 ** 9, 10 ** 10 - 1)) if born.year > 1975 and rnd.random() < 0.6 else "%d%s%s%07d" % (born.year, rnd.choice(["26", "33", "93", "85"]), "%02d" % rnd.randint(10, 99), rnd.randint(0, 9999999))
    mob = "01%d%02d-%06d" % (rnd.choice([3, 5, 6, 7, 8, 9]), rnd.randint(0, 99), rnd.randint(0, 999999))
    if rnd.random() < 0.3:
        mob = bn(mob)
    rel = rnd.choice(NAM_M)
    rogi.append(["UHC-%s-%05d" % (seen.year, 1201 + i * 3), rnd.choice(NAM_M if male else NAM_F), ("পিতা: " if male or rnd.random() < 0.4 else "স্বামী: ") + rel,
                 bn(born.isoformat()), bn(age), "পুরুষ" if male else "মহিলা", nid, mob, "গ্রাম: %s" % rnd.choice(VILL), rnd.choice(unions), up, dist,
                 bn(seen.isoformat()), rnd.choice(WARD), rnd.choice(DX), rnd.choice(BLOOD), rnd.choice(OUT), rnd.choice(docs)[0]])
fu = []
for k in range(40):
    r = rnd.choice(rogi)
    fu.append(["FU-%04d" % (k + 1), r[0], bn((datetime.date(2025, 3, 1) + datetime.timedelta(days=rnd.randint(0, 250))).strftime("%d/%m/%Y")),
               rnd.choice(["রক্তচাপ ১৪০/৯০", "রক্তচাপ ১৩০/৮০", "সুগার ৮.৫", "ওজন ৫২ কেজি"]), rnd.choice(["স্বাস্থ্যকর্মী", "মোবাইল ফোন", "নিজে এসেছেন"]), r[7]])
H1 = ["রোগী_আইডি", "নাম", "পিতা/স্বামীর_নাম", "জন্ম_তারিখ", "বয়স", "লিঙ্গ", "জাতীয়_পরিচয়পত্র_নম্বর", "মোবাইল_নম্বর", "গ্রাম", "ইউনিয়ন", "উপজেলা", "জেলা",
      "ভর্তির_তারিখ", "বিভাগ", "রোগ_নির্ণয়", "রক্তের_গ্রুপ", "ফলাফল", "চিকিৎসক_কোড"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NATIONAL_ID", "TELEPHONE_NUMBER", "STREET_ADDRESS",
      "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "COUNTY", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
H2 = ["চিকিৎসক_কোড", "চিকিৎসকের_নাম", "পদবি", "বিএমডিসি_নং"]
L2 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER"]
H3 = ["ফলোআপ_আইডি", "রোগী_আইডি", "তারিখ", "পর্যবেক্ষণ", "মাধ্যম", "যোগাযোগ_নম্বর"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER"]
for name, head, rows in (("rogi", H1, rogi), ("daktar", H2, docs), ("followup", H3, fu)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"rogi." + h: l for h, l in zip(H1, L1)}
cols.update({"daktar." + h: l for h, l in zip(H2, L2)})
cols.update({"followup." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "rogi-bd",
        "description": "Invented Bangladeshi upazila health complex register, Bengali headers and values, ',': 220 patients (register numbers UHC-2025-01204, names and father's/husband's names in Bengali script, birth dates and ages in Bengali digits, ages some over 89, NID 10 or 17 digits, mobiles '01712-345678' in Latin or Bengali digits, village, union, upazila, district, ward, diagnosis, blood group, outcome, doctor code), 12 doctors (BMDC registration numbers), 40 follow-ups (dd/mm/yyyy in Bengali digits, contact mobile); villages named Rahimpur/Karimganj beside patients named Rahim/Karim",
        "delimiter": ",", "entity": "rogi", "columns": cols,
        "foreignKeys": [{"column": "followup.রোগী_আইডি", "references": "rogi.রোগী_আইডি"},
                        {"column": "rogi.চিকিৎসক_কোড", "references": "daktar.চিকিৎসক_কোড"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

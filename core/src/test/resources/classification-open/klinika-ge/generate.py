#!/usr/bin/env python3
"""Writes klinika-ge: an invented Georgian polyclinic (ekimebi 5, pacientebi 80, vizitebi 200), `,`, dd.mm.yyyy,
Georgian headers and values: 11-digit personal numbers, given/family names, ages over 89, 4-digit postcodes, city and
village columns, a nurse's name repeated on many rows, notes naming relatives with phones and the patient's own card
number (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(160101)
GIVEN = ["გიორგი", "დავით", "ნიკოლოზ", "ლევან", "ზურაბ", "ირაკლი", "თამაზ", "ვახტანგ", "ნინო", "მარიამ", "თამარ",
         "ეკატერინე", "ნათია", "ქეთევან", "მაია", "ლალი", "ციალა", "მანანა", "ხათუნა", "ნანა"]
FAMILY = ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "გიორგაძე", "ლომიძე", "წიკლაური", "ბოლქვაძე", "ნოზაძე",
          "ჯაფარიძე", "ხუციშვილი", "კვარაცხელია", "ჩხეიძე", "აბაშიძე", "გოგოლაძე", "მამულაშვილი", "ტაბატაძე", "ქავთარაძე"]
CITY = [("თბილისი", "01"), ("ქუთაისი", "46"), ("ბათუმი", "60"), ("რუსთავი", "37"), ("გორი", "14"), ("ზუგდიდი", "21"),
        ("თელავი", "22"), ("ფოთი", "44")]
VILLAGE = ["წინანდალი", "ყვარელი", "ახმეტა", "სიღნაღი", "ბოდბე", "ურეკი", "ცაგერი", "მესტია", "ონი", "ამბროლაური", ""]
STREET = ["რუსთაველის გამზ.", "ჭავჭავაძის ქ.", "აღმაშენებლის გამზ.", "პეკინის ქ.", "ვაჟა-ფშაველას გამზ.", "გორგასლის ქ."]
ref = datetime.date(2025, 6, 1)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
def phone():
    return rnd.choice(["+995 5%02d %02d %02d %02d", "5%02d-%02d-%02d-%02d"]) % tuple(rnd.randint(0, 99) for _ in range(4))
docs = []
for i in range(5):
    docs.append(["ექ-%02d" % (i + 1), "დოქტ. " + rnd.choice(GIVEN) + " " + rnd.choice(FAMILY), rnd.choice(["თერაპევტი", "კარდიოლოგი", "ნევროლოგი"]), phone()])
w("ekimebi", ["ექიმის_კოდი", "ექიმის_სახელი_გვარი", "სპეციალობა", "ტელეფონი"], docs)
pats = []
for i in range(80):
    age = rnd.choice([rnd.randint(20, 89), rnd.randint(20, 89), rnd.randint(90, 98)])
    b = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    city, pc = rnd.choice(CITY)
    pats.append(["ბ-%05d" % (30000 + i * 7), "%011d" % rnd.randint(1001000000, 62009999999), rnd.choice(GIVEN), rnd.choice(FAMILY),
                 b.strftime("%d.%m.%Y"), str((ref - b).days // 365), rnd.choice(["მ", "ქ"]),
                 "%s %d, ბ. %d" % (rnd.choice(STREET), rnd.randint(1, 120), rnd.randint(1, 60)), city, rnd.choice(VILLAGE),
                 pc + "%02d" % rnd.randint(0, 99), phone(), docs[rnd.randrange(5)][0]])
w("pacientebi", ["ბარათის_ნომერი", "პირადი_ნომერი", "სახელი", "გვარი", "დაბადების_თარიღი", "ასაკი", "სქესი", "მისამართი",
                 "ქალაქი", "სოფელი", "საფოსტო_ინდექსი", "ტელეფონი", "ექიმი"], pats)
NURSES = ["ნინო ბერიძე", "ლალი გელაშვილი", "მანანა ჩხეიძე"]
vis = []
for i in range(200):
    p = rnd.choice(pats); d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 500))
    note = rnd.choice(["", "", "ქალიშვილი %s %s, ტელ. %s" % (rnd.choice(GIVEN), p[3], phone()),
                       "შვილი %s დაესწრო" % rnd.choice(GIVEN), "ბარათი %s განახლდა" % p[0], "წნევა სტაბილური"])
    vis.append(["%d" % (500000 + i), p[0], d.strftime("%d.%m.%Y"), rnd.choice(["J06", "I10", "E11", "M54", "K29"]),
                "%d/%d" % (rnd.randint(100, 170), rnd.randint(60, 100)), rnd.choice(NURSES), note])
w("vizitebi", ["ვიზიტის_ნომერი", "ბარათის_ნომერი", "თარიღი", "დიაგნოზი", "წნევა", "ექთანი", "შენიშვნა"], vis)
gold = {"dataset": "klinika-ge", "description": "Invented Georgian polyclinic export, `,`, dd.mm.yyyy, Georgian headers and values: 5 doctors (code, `დოქტ.` name, speciality, phone), 80 patients (card no, 11-digit personal number, given and family name, birth date, age with 90-98, sex, street address, city, village, 4-digit postcode, phone, doctor code), 200 visits (number, card no, date, ICD code, blood pressure, nurse's name repeated on many rows, notes naming daughters with phones and the patient's own card no)",
        "delimiter": ",", "entity": "pacientebi", "columns": {
    "ekimebi.ექიმის_კოდი": "QUASI_IDENTIFIER", "ekimebi.ექიმის_სახელი_გვარი": "NAME", "ekimebi.სპეციალობა": "NON_IDENTIFYING",
    "ekimebi.ტელეფონი": "TELEPHONE_NUMBER", "pacientebi.ბარათის_ნომერი": "MEDICAL_RECORD_NUMBER", "pacientebi.პირადი_ნომერი": "NATIONAL_ID",
    "pacientebi.სახელი": "GIVEN_NAME", "pacientebi.გვარი": "FAMILY_NAME", "pacientebi.დაბადების_თარიღი": "DATE_OF_BIRTH",
    "pacientebi.ასაკი": "AGE", "pacientebi.სქესი": "NON_IDENTIFYING", "pacientebi.მისამართი": "STREET_ADDRESS",
    "pacientebi.ქალაქი": "CITY", "pacientebi.სოფელი": "CITY", "pacientebi.საფოსტო_ინდექსი": "ZIP_CODE",
    "pacientebi.ტელეფონი": "TELEPHONE_NUMBER", "pacientebi.ექიმი": "QUASI_IDENTIFIER",
    "vizitebi.ვიზიტის_ნომერი": "OTHER_UNIQUE_IDENTIFIER", "vizitebi.ბარათის_ნომერი": "MEDICAL_RECORD_NUMBER", "vizitebi.თარიღი": "DATE",
    "vizitebi.დიაგნოზი": "NON_IDENTIFYING", "vizitebi.წნევა": "NON_IDENTIFYING", "vizitebi.ექთანი": "NAME", "vizitebi.შენიშვნა": "FREE_TEXT"},
    "foreignKeys": [{"column": "vizitebi.ბარათის_ნომერი", "references": "pacientebi.ბარათის_ნომერი"},
                    {"column": "pacientebi.ექიმი", "references": "ekimebi.ექიმის_კოდი"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

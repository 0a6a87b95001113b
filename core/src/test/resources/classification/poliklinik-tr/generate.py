#!/usr/bin/env python3
"""Writes poliklinik-tr: an invented Turkish outpatient-clinic export (hastalar, muayeneler), semicolon-separated,
Turkish headers with ı/ş/ğ/ü/ö/ç, dd.MM.yyyy dates, decimal commas, TC Kimlik numbers with valid check digits
(seeded, stdlib only). The visit table refers to the patient as `başvuran`, a name nothing like the parent key."""
import csv, json, random
rnd = random.Random(70701)
GIVEN = ["Ayşe", "Mehmet", "Fatma", "Mustafa", "Emine", "Hüseyin", "Zeynep", "İbrahim", "Hatice", "Yusuf", "Elif",
         "Ömer", "Şükran", "Gökhan", "Çiğdem", "Oğuzhan", "Gülşen", "Tuğrul", "Nurcan", "Ertuğrul"]
FAMILY = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
          "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Karagöz"]
DOCTORS = ["Dr. Selim Ünal", "Uzm. Dr. Berna Erdoğan", "Doç. Dr. Kemal Tekin", "Dr. Sevda Güneş", "Prof. Dr. Orhan Aksoy"]
ILCE = [("Kadıköy", "İstanbul", "347"), ("Üsküdar", "İstanbul", "346"), ("Çankaya", "Ankara", "066"),
        ("Keçiören", "Ankara", "063"), ("Bornova", "İzmir", "350"), ("Karşıyaka", "İzmir", "355"),
        ("Nilüfer", "Bursa", "161"), ("Seyhan", "Adana", "010")]
STREETS = ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı", "Bağdat Cad.", "Fevzi Çakmak Sok.", "Menekşe Sok."]
POLI = [("Dahiliye", [("I10", "Esansiyel hipertansiyon"), ("E11.9", "Tip 2 diabetes mellitus, komplikasyonsuz"), ("K21.0", "Özofajitli gastro-özofageal reflü")]),
        ("Kardiyoloji", [("I25.1", "Aterosklerotik kalp hastalığı"), ("I48.9", "Atriyal fibrilasyon"), ("I10", "Esansiyel hipertansiyon")]),
        ("Göz Hastalıkları", [("H25.9", "Senil katarakt"), ("H40.1", "Primer açık açılı glokom")]),
        ("Ortopedi", [("M17.1", "Primer gonartroz"), ("M54.5", "Bel ağrısı")]),
        ("Kulak Burun Boğaz", [("J01.9", "Akut sinüzit"), ("H66.9", "Otitis media")])]

def tckn():
    d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, d + [d10, d11]))

def phone():
    return "0%d %03d %02d %02d" % (rnd.choice([532, 533, 535, 542, 505, 555, 544]), rnd.randint(100, 999), rnd.randint(0, 99), rnd.randint(0, 99))

AS_OF = 2026
pts, visits = [], []
for n in range(400):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    y = rnd.choice([rnd.randint(1925, 1936)] + [rnd.randint(1940, 2020)] * 7)
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    ilce, il, pk = rnd.choice(ILCE)
    pts.append(["H%06d" % (104000 + n * 7), tckn(), g, f, rnd.choice(GIVEN), "%02d.%02d.%04d" % (d, m, y), str(AS_OF - y - (1 if m > 6 else 0)),
                rnd.choice(["E", "K"]), phone(), "%s No:%d D:%d" % (rnd.choice(STREETS), rnd.randint(1, 180), rnd.randint(1, 24)),
                ilce, il, "%s%02d" % (pk, rnd.randint(0, 99)), rnd.choice(["0 Rh+", "A Rh+", "A Rh-", "B Rh+", "AB Rh+", "0 Rh-"]),
                rnd.choice(["SGK", "SGK", "SGK", "Özel sigorta", "Ücretli"])])
vid = 5000000
for p in pts:
    for _ in range(rnd.randint(1, 8)):
        poli, dx = rnd.choice(POLI)
        code, desc = rnd.choice(dx)
        vid += rnd.randint(1, 9)
        note = rnd.choice(["", "", "Kontrole 3 ay sonra.", "Tahlil sonuçları normal.",
                           "Hasta %s %s kızı %s ile geldi." % (p[2], p[3], rnd.choice(GIVEN)),
                           "Yakını %s %s aranacak: %s" % (rnd.choice(GIVEN), p[3], phone()),
                           "%s Hanım/Bey ilaçlarını düzenli kullanmıyor." % p[2]])
        visits.append([str(vid), p[0], "%02d.%02d.2026" % (rnd.randint(1, 28), rnd.randint(1, 11)),
                       "%02d:%02d" % (rnd.randint(8, 16), rnd.choice([0, 15, 30, 45])), poli, code, desc, rnd.choice(DOCTORS), note,
                       ("%.2f" % rnd.choice([0, 0, 150, 350, 720.5])).replace(".", ",")])
rnd.shuffle(visits)
visits = visits[:1800]
H1 = ["hasta_no", "tc_kimlik_no", "adı", "soyadı", "baba_adı", "doğum_tarihi", "yaş", "cinsiyet", "cep_telefonu", "adres",
      "ilçe", "il", "posta_kodu", "kan_grubu", "güvence"]
H2 = ["muayene_no", "başvuran", "tarih", "saat", "poliklinik", "icd10", "tanı", "hekim", "açıklama", "ücret"]
for name, head, rows in (("hastalar", H1, pts), ("muayeneler", H2, visits)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", "NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING",
      "TELEPHONE_NUMBER", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NAME", "FREE_TEXT", "NON_IDENTIFYING"]
cols = {"hastalar." + h: l for h, l in zip(H1, L1)}
cols.update({"muayeneler." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "poliklinik-tr",
        "description": "Invented Turkish outpatient-clinic export, ';', Turkish headers, dd.MM.yyyy: 400 patients (TC Kimlik No with valid check digits, father's given name, ages including over 89, 05xx mobiles, district and 5-digit postcode), 1,800 visits referring to the patient as başvuran, ICD-10 codes with Turkish descriptions, doctor names, notes naming the patient and relatives",
        "delimiter": ";", "entity": "hastalar", "columns": cols,
        "foreignKeys": [{"column": "muayeneler.başvuran", "references": "hastalar.hasta_no"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

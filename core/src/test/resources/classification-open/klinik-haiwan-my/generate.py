#!/usr/bin/env python3
"""Writes klinik-haiwan-my: an invented Malaysian veterinary clinic's export (pemilik 80 rows, haiwan 110 rows, rawatan
200 rows), `,`, dd/mm/yyyy dates, Malay headers. MyKad numbers `YYMMDD-PB-###G` (place-of-birth code, odd last digit for
men), owners' names with `bin`/`binti`, `a/l`/`a/p` and Chinese surname-first names, ages over 89, 5-digit poskod,
`012-345 6789` phones, the vet's name repeated on many rows, notes naming owners' children with phones (seeded, stdlib
only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(140303)
GIVEN = ["Muhammad Faiz", "Ahmad Zaki", "Mohd Hafiz", "Azlan", "Khairul Anuar", "Nur Aisyah", "Siti Hajar", "Nurul Izzah",
         "Farah", "Aminah", "Wei Jie", "Mei Ling", "Kah Wai", "Siew Lan", "Rajesh", "Kavitha", "Suresh", "Devi"]
FAMILY = ["Abdullah", "Ismail", "Rahman", "Othman", "Hassan", "Yusof", "Ibrahim", "Tan", "Lim", "Wong", "Lee",
          "Subramaniam", "Muniandy", "Krishnan"]
MALAY_M = GIVEN[:5]; MALAY_F = GIVEN[5:10]
# (bandar, negeri, place-of-birth code, poskod range)
TOWN = [("Shah Alam", "Selangor", 10, 40000, 40470), ("Petaling Jaya", "Selangor", 10, 46000, 47400),
        ("Klang", "Selangor", 10, 41000, 41700), ("Kuala Lumpur", "W.P. Kuala Lumpur", 14, 50000, 60000),
        ("Seremban", "Negeri Sembilan", 5, 70000, 70990), ("Ipoh", "Perak", 8, 30000, 31650),
        ("Kajang", "Selangor", 10, 43000, 43659)]
JALAN = ["Jalan Mawar 3", "Jalan Kenanga 12", "Jalan SS 2/24", "Jalan Melati 7", "Lorong Cempaka 5", "Jalan Bunga Raya 1"]
TAMAN = ["Taman Sri Muda", "Taman Melawati", "Taman Bukit Indah", "Taman Desa", "Bandar Baru Bangi"]
VETS = ["Dr. Siti Hajar binti Osman", "Dr. Lim Kah Wai", "Dr. Suresh a/l Krishnan", "Dr. Nurul Izzah binti Yusof"]
PET = ["Oyen", "Comel", "Tompok", "Bobo", "Milo", "Putih", "Si Belang", "Coco", "Lucky", "Momo", "Gebu", "Ah Boy"]
SPECIES = [("Kucing", ["Domestik", "Parsi", "Siam", "Maine Coon"]), ("Anjing", ["Kacukan", "Golden Retriever", "Shih Tzu", "Poodle"]),
           ("Arnab", ["Holland Lop", "Domestik"])]
DX = [("Vaksinasi tahunan", 60), ("Jangkitan kulit", 85), ("Cirit-birit", 70), ("Pemandulan", 250), ("Kutu dan hama", 45),
      ("Cedera kaki", 120), ("Pemeriksaan gigi", 90)]
ref = datetime.date(2025, 5, 1)

def phone():
    p = rnd.choice(["012", "013", "016", "017", "019", "011"])
    return "%s-%03d %04d" % (p, rnd.randint(0, 999), rnd.randint(0, 9999)) if rnd.random() < 0.6 else "%s-%07d" % (p, rnd.randint(0, 9999999))

def d(x):
    return x.strftime("%d/%m/%Y")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

pem = []
for i in range(80):
    k = rnd.random()
    if k < 0.55:
        male = rnd.random() < 0.5
        g = rnd.choice(MALAY_M if male else MALAY_F); fa = rnd.choice(FAMILY[:7])
        name = "%s %s %s" % (g, "bin" if male else "binti", fa)
    elif k < 0.8:
        g = rnd.choice(["Wei Jie", "Kah Wai", "Mei Ling", "Siew Lan"]); male = g in ("Wei Jie", "Kah Wai")
        name = "%s %s" % (rnd.choice(["Tan", "Lim", "Wong", "Lee"]), g)
    else:
        g = rnd.choice(["Rajesh", "Suresh", "Kavitha", "Devi"]); male = g in ("Rajesh", "Suresh")
        name = "%s %s %s" % (g, "a/l" if male else "a/p", rnd.choice(["Subramaniam", "Muniandy", "Krishnan"]))
    if i % 15 == 7:
        b = datetime.date(rnd.randint(1929, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1950, 2003), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    town, state, pb, lo, hi = rnd.choice(TOWN)
    last = rnd.randint(0, 999) * 10 + rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    ic = "%02d%02d%02d-%02d-%04d" % (b.year % 100, b.month, b.day, pb, last)
    addr = "No. %d, %s, %s" % (rnd.randint(1, 99), rnd.choice(JALAN), rnd.choice(TAMAN))
    mail = "%s%d@%s" % (name.split()[0].lower(), rnd.randint(10, 99), rnd.choice(["gmail.com", "yahoo.com.my", "hotmail.com"]))
    reg = datetime.date(2018, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2500))
    pem.append(["P%04d" % (i + 1), ic, name, age, "L" if male else "P", addr, "%05d" % rnd.randint(lo, hi), town, state,
                phone(), mail, d(reg)])
hai = []
for i in range(110):
    o = pem[i] if i < 80 else rnd.choice(pem)
    sp, breeds = rnd.choice(SPECIES)
    b = datetime.date(rnd.randint(2010, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    hai.append(["H%05d" % (i + 1), o[0], rnd.choice(PET), sp, rnd.choice(breeds), rnd.choice(["Jantan", "Betina"]), d(b),
                "458%012d" % rnd.randint(0, 10 ** 12 - 1) if rnd.random() < 0.7 else ""])
NOTES = ["", "", "", "", "Datang semula selepas 2 minggu", "Diberi ubat cacing",
         "Dibawa oleh anak pemilik, {g}, tel {p}", "Sila hubungi isteri pemilik {g} binti {f} di {p}",
         "Dirujuk kepada {v}", "Pemilik tidak dapat dihubungi, tinggalkan pesanan kepada jiran {g}"]
raw = []
for i in range(200):
    h = rnd.choice(hai); v = rnd.choice(VETS); dx, fee = rnd.choice(DX)
    day = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 470))
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=phone(), v=rnd.choice(VETS))
    raw.append(["R%06d" % (300000 + i * 5), h[0], d(day), v, "MVC %04d" % (1000 + VETS.index(v) * 731), dx,
                "%.2f" % (fee + rnd.choice([0, 0, 15, 30])), note])
write("pemilik", ["id_pemilik", "no_kp", "nama", "umur", "jantina", "alamat", "poskod", "bandar", "negeri", "no_telefon",
                  "emel", "tarikh_daftar"], pem)
write("haiwan", ["id_haiwan", "id_pemilik", "nama_haiwan", "spesies", "baka", "jantina", "tarikh_lahir", "no_mikrocip"], hai)
write("rawatan", ["no_rawatan", "id_haiwan", "tarikh", "doktor", "no_mvc", "diagnosis", "caj_rm", "catatan"], raw)
cols = dict([("pemilik.id_pemilik", "OTHER_UNIQUE_IDENTIFIER"), ("pemilik.no_kp", "NATIONAL_ID"), ("pemilik.nama", "NAME"),
             ("pemilik.umur", "AGE"), ("pemilik.jantina", "NON_IDENTIFYING"), ("pemilik.alamat", "STREET_ADDRESS"),
             ("pemilik.poskod", "ZIP_CODE"), ("pemilik.bandar", "CITY"), ("pemilik.negeri", "NON_IDENTIFYING"),
             ("pemilik.no_telefon", "TELEPHONE_NUMBER"), ("pemilik.emel", "EMAIL_ADDRESS"), ("pemilik.tarikh_daftar", "DATE"),
             ("haiwan.id_haiwan", "OTHER_UNIQUE_IDENTIFIER"), ("haiwan.id_pemilik", "OTHER_UNIQUE_IDENTIFIER"),
             ("haiwan.nama_haiwan", "QUASI_IDENTIFIER"), ("haiwan.spesies", "NON_IDENTIFYING"), ("haiwan.baka", "NON_IDENTIFYING"),
             ("haiwan.jantina", "NON_IDENTIFYING"), ("haiwan.tarikh_lahir", "QUASI_IDENTIFIER"),
             ("haiwan.no_mikrocip", "OTHER_UNIQUE_IDENTIFIER"),
             ("rawatan.no_rawatan", "OTHER_UNIQUE_IDENTIFIER"), ("rawatan.id_haiwan", "OTHER_UNIQUE_IDENTIFIER"),
             ("rawatan.tarikh", "DATE"), ("rawatan.doktor", "NAME"), ("rawatan.no_mvc", "QUASI_IDENTIFIER"),
             ("rawatan.diagnosis", "NON_IDENTIFYING"), ("rawatan.caj_rm", "NON_IDENTIFYING"), ("rawatan.catatan", "FREE_TEXT")])
g = {"dataset": "klinik-haiwan-my",
     "description": "Invented Malaysian veterinary clinic export, `,`, dd/mm/yyyy, Malay headers: 80 owners (id, MyKad YYMMDD-PB-###G, full name with bin/binti, a/l/a/p or Chinese surname first, age with 90-96, sex L/P, No./Jalan/Taman address, 5-digit poskod, bandar, negeri, 01X phones, e-mail, registration date), 110 animals (id, owner id, pet name, species, breed, sex, animal's birth date, 15-digit microchip, a third empty), 200 treatments (number, animal id, date, vet's name repeated on many rows, MVC registration no, diagnosis, charge, notes naming owners' children, wives and neighbours with phones, vets)",
     "delimiter": ",", "entity": "pemilik", "columns": cols,
     "foreignKeys": [{"column": "haiwan.id_pemilik", "references": "pemilik.id_pemilik"},
                     {"column": "rawatan.id_haiwan", "references": "haiwan.id_haiwan"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

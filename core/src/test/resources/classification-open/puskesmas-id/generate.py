#!/usr/bin/env python3
"""Writes puskesmas-id: an invented register of a FICTIONAL Indonesian community health centre (Puskesmas Ngaglik I,
Kabupaten Sleman, D.I. Yogyakarta) as a SIMPUS-style export (seeded, Python standard library only). ';' as Indonesian
Excel writes CSV (decimal comma), dates dd-mm-yyyy, Indonesian headers. petugas (18 staff: NIP 18 digits = birth date
yyyymmdd + appointment yyyymm + sex digit + serial, name with titles 'dr. Siti Rahmawati', profession, STR number,
poli, phone), pasien (1,150 patients: No. RM, NIK 16 digits = province 34, regency 04, district code, birth date
ddmmyy with day + 40 for women, 4-digit serial; No. KK 16 digits; full name (10% a single name); birth date; age;
sex L/P; address 'Jl. Kaliurang Km 9,5' / 'Dusun Sawahan'; RT/RW '003/007'; Kelurahan/Desa; Kecamatan; Kabupaten/Kota;
phone '0812-3456-7890' / '+62 812 3456 7890' / '081234567890'; No. BPJS 13 digits (empty for 'Umum'); payment type;
mother's maiden name; occupation; blood group; registration date), kunjungan (3,000 visits: visit number, No. RM,
date, poli, posyandu or place of service, complaint free text (some name a relative, some with a phone), vital signs,
weight '62,5', temperature '36,8', ICD-10 code and Indonesian diagnosis, therapy, examiner NIP, doctor and
registration clerk names, referral hospital, discharge status). Deliberate coincidences: the family name Sukoharjo
beside the village Sukoharjo; the given name Melati beside 'Posyandu Melati'; the street 'Jl. Sudirman' beside
patients named Sudirman; the doctor 'dr. Budi Santoso' beside patients named Budi Santoso."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(860101)
GIVEN = ["Sri", "Siti", "Dewi", "Melati", "Endang", "Wahyuni", "Sumarni", "Suparmi", "Tri", "Ratna", "Nur", "Ani", "Yuli",
         "Rina", "Lestari", "Puji", "Kartini", "Sulastri", "Partini", "Ngatini",
         "Budi", "Slamet", "Agus", "Joko", "Bambang", "Heru", "Eko", "Suparno", "Wahyu", "Dwi", "Sugeng", "Teguh",
         "Rudi", "Andi", "Hadi", "Muhammad", "Ahmad", "Suharto", "Sutrisno", "Rizky"]
FEMALE = set(GIVEN[:20])
FAMILY = ["Santoso", "Wibowo", "Rahayu", "Susanto", "Hidayat", "Setiawan", "Purnomo", "Wijaya", "Sudirman", "Sutomo",
          "Sukoharjo", "Handayani", "Kurniawan", "Prasetyo", "Nugroho", "Utami", "Saputra", "Pratama", "Suryani",
          "Wulandari", "Haryanto", "Riyadi", "Widodo", "Sumarno", "Mulyani", "Kusuma", "Maryati", "Sulistyo"]
# kecamatan (code), desa list
KEC = [("Ngaglik", "15", ["Sukoharjo", "Sardonoharjo", "Sariharjo", "Sinduharjo", "Minomartani", "Donoharjo"], 70),
       ("Mlati", "07", ["Sinduadi", "Sendangadi", "Tlogoadi", "Tirtoadi", "Sumberadi"], 12),
       ("Sleman", "13", ["Triharjo", "Tridadi", "Pandowoharjo", "Caturharjo"], 8),
       ("Pakem", "16", ["Harjobinangun", "Candibinangun", "Hargobinangun"], 6),
       ("Depok", "06", ["Caturtunggal", "Condongcatur", "Maguwoharjo"], 4)]
STREETS = ["Jl. Kaliurang Km 9,5", "Jl. Kaliurang Km 11", "Jl. Palagan Tentara Pelajar", "Jl. Sudirman", "Jl. Damai",
           "Jl. Magelang Km 8", "Jl. Kapten Haryadi", "Jl. Anggajaya", "Jl. Pandega Marta"]
DUSUN = ["Sawahan", "Krajan", "Jetis", "Ngentak", "Karangasem", "Kledokan", "Tambakrejo", "Pogung", "Besi", "Candikarang"]
JOBS = ["Petani", "Buruh Harian Lepas", "Wiraswasta", "Ibu Rumah Tangga", "Pelajar/Mahasiswa", "PNS", "Karyawan Swasta",
        "Pedagang", "Belum/Tidak Bekerja", "Pensiunan", "Guru", "Sopir"]
PAY = ["BPJS PBI", "BPJS PBI", "BPJS Non PBI", "BPJS Non PBI", "Umum"]
POLI = ["Poli Umum", "Poli Umum", "Poli Umum", "Poli KIA/KB", "Poli Gigi", "Poli Lansia", "Poli MTBS"]
PLACE = ["Dalam Gedung", "Dalam Gedung", "Dalam Gedung", "Dalam Gedung", "Posyandu Melati", "Posyandu Mawar",
         "Posyandu Anggrek", "Pustu Sukoharjo", "Posbindu Kenanga"]
ICD = [("J06.9", "ISPA (Infeksi Saluran Pernapasan Akut)"), ("I10", "Hipertensi Esensial"), ("E11.9", "Diabetes Melitus Tipe 2"),
       ("K30", "Dispepsia"), ("M79.1", "Mialgia"), ("A09", "Diare dan Gastroenteritis"), ("R50.9", "Demam"),
       ("K04.7", "Abses Periapikal"), ("K02.1", "Karies Dentin"), ("Z34.9", "Pengawasan Kehamilan Normal"),
       ("Z30.4", "Pengawasan Kontrasepsi"), ("L30.9", "Dermatitis"), ("M54.5", "Nyeri Punggung Bawah"),
       ("J45.9", "Asma"), ("B35.4", "Tinea Korporis"), ("H10.9", "Konjungtivitis"), ("Z00.1", "Pemeriksaan Kesehatan Anak")]
COMPLAINT = {"J06.9": ["Batuk pilek 3 hari", "Batuk berdahak, pilek, tenggorokan sakit"], "I10": ["Pusing, tengkuk kaku", "Kontrol tensi rutin"],
             "E11.9": ["Kontrol gula darah", "Sering haus dan kencing malam"], "K30": ["Nyeri ulu hati, mual", "Perut kembung"],
             "M79.1": ["Pegal-pegal seluruh badan"], "A09": ["BAB cair 4x sejak kemarin"], "R50.9": ["Demam 2 hari, menggigil"],
             "K04.7": ["Gigi geraham bengkak"], "K02.1": ["Gigi berlubang, ngilu"], "Z34.9": ["Periksa hamil (ANC)", "Kontrol kehamilan"],
             "Z30.4": ["Suntik KB 3 bulan"], "L30.9": ["Gatal-gatal di lengan"], "M54.5": ["Nyeri pinggang setelah angkat karung"],
             "J45.9": ["Sesak napas kambuh"], "B35.4": ["Gatal melingkar di perut"], "H10.9": ["Mata merah berair"],
             "Z00.1": ["Imunisasi dan timbang balita"]}
THERAPY = {"J06.9": "Paracetamol 500 mg 3x1; CTM 4 mg 3x1", "I10": "Amlodipin 5 mg 1x1", "E11.9": "Metformin 500 mg 2x1",
           "K30": "Antasida doen 3x1; Ranitidin 150 mg 2x1", "M79.1": "Vit B komplek 1x1; Paracetamol 500 mg 3x1",
           "A09": "Oralit; Zinc 20 mg 1x1", "R50.9": "Paracetamol 500 mg 3x1", "K04.7": "Amoksisilin 500 mg 3x1; Asam mefenamat 500 mg 3x1",
           "K02.1": "Tumpatan sementara", "Z34.9": "Tablet Fe 1x1; Asam folat 1x1", "Z30.4": "Depo Progestin 3 ml",
           "L30.9": "Hidrokortison krim 2,5%", "M54.5": "Natrium diklofenak 50 mg 2x1", "J45.9": "Salbutamol 2 mg 3x1",
           "B35.4": "Mikonazol krim 2%", "H10.9": "Kloramfenikol tetes mata", "Z00.1": "Vitamin A 200.000 IU"}
RUJUK = ["", "", "", "", "", "", "", "", "RSUD Sleman", "RS PKU Muhammadiyah Gamping", "RSUP Dr. Sardjito", "RS Panti Nugroho"]
STAFF = [("dr. Budi Santoso", "Dokter Umum", "Poli Umum", "M"), ("dr. Siti Rahmawati", "Dokter Umum", "Poli Umum", "F"),
         ("dr. Ahmad Fauzi", "Dokter Umum", "Poli Lansia", "M"), ("drg. Maya Kusumawardani", "Dokter Gigi", "Poli Gigi", "F"),
         ("Bd. Sri Wahyuni, A.Md.Keb", "Bidan", "Poli KIA/KB", "F"), ("Bd. Endah Purwaningsih, S.Tr.Keb", "Bidan", "Poli KIA/KB", "F"),
         ("Ns. Agus Priyanto, S.Kep", "Perawat", "Poli Umum", "M"), ("Ns. Dian Lestari, S.Kep", "Perawat", "Poli MTBS", "F"),
         ("Heru Wibisono, A.Md.Kep", "Perawat", "Poli Lansia", "M"), ("Rini Astuti, A.Md.Kep", "Perawat", "Poli Umum", "F"),
         ("Yuni Kartikasari, A.Md.Gz", "Nutrisionis", "Poli MTBS", "F"), ("Wahyu Hidayat, A.Md.Farm", "Asisten Apoteker", "Apotek", "M"),
         ("Tri Handayani", "Petugas Pendaftaran", "Loket", "F"), ("Eko Saputro", "Petugas Pendaftaran", "Loket", "M"),
         ("Ratna Dewi, S.KM", "Promkes", "Promkes", "F"), ("Sugiyono, A.Md.AK", "Analis Kesehatan", "Laboratorium", "M"),
         ("drg. Fajar Nugraha", "Dokter Gigi", "Poli Gigi", "M"), ("Bd. Melati Ayuningtyas, A.Md.Keb", "Bidan", "Poli KIA/KB", "F")]

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def dmy(d):
    return d.strftime("%d-%m-%Y")

def phone():
    p = "8" + rnd.choice(["12", "13", "21", "22", "52", "57", "77", "78", "95", "96"]) + "".join(rnd.choice("0123456789") for _ in range(rnd.choice([7, 8])))
    s = rnd.random()
    if s < 0.45:
        return "0" + p[:3] + "-" + p[3:7] + "-" + p[7:]
    if s < 0.7:
        return "+62 " + p[:3] + " " + p[3:7] + " " + p[7:]
    return "0" + p

def fullname(g):
    if rnd.random() < 0.1:
        return g
    return g + " " + rnd.choice(FAMILY)

TODAY = datetime.date(2025, 6, 30)
staff = []
nips = set()
for i, (nm, prof, poli, sx) in enumerate(STAFF):
    b = datetime.date(1965, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 30))
    appt = datetime.date(max(b.year + 23, 1990), rnd.randint(1, 12), 1)
    if appt.year > 2022:
        appt = datetime.date(2022, appt.month, 1)
    nip = b.strftime("%Y%m%d") + appt.strftime("%Y%m") + ("2" if sx == "F" else "1") + "%03d" % rnd.randint(1, 20)
    assert nip not in nips; nips.add(nip)
    stri = "".join(rnd.choice("0123456789") for _ in range(16)) if prof not in ("Petugas Pendaftaran", "Promkes") else ""
    staff.append([nip, nm, prof, poli, stri, phone()])

patients = []
nik_seen = set(); kk_of_house = []
rm = 0
desa_weights = []
for kec, code, desas, w in KEC:
    for d in desas:
        desa_weights.append((kec, code, d, w / len(desas)))
for i in range(1150):
    rm += rnd.randint(1, 4)
    kec, code, desa, _ = rnd.choices(desa_weights, weights=[x[3] for x in desa_weights])[0]
    if kk_of_house and rnd.random() < 0.3:
        kk, street, rtrw, kec, code, desa = rnd.choice(kk_of_house)
    else:
        kk = "3404" + code + (datetime.date(2005, 1, 1) + datetime.timedelta(days=rnd.randint(0, 6900))).strftime("%d%m%y") + "%04d" % rnd.randint(1, 3000)
        street = (rnd.choice(STREETS) + " No. " + str(rnd.randint(1, 120))) if rnd.random() < 0.45 else "Dusun " + rnd.choice(DUSUN)
        rtrw = "%03d/%03d" % (rnd.randint(1, 12), rnd.randint(1, 30))
        kk_of_house.append((kk, street, rtrw, kec, code, desa))
    g = rnd.choice(GIVEN)
    sex = "P" if g in FEMALE else "L"
    if i % 97 == 5:
        b = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1800))
    else:
        r = rnd.random()
        b = TODAY - datetime.timedelta(days=rnd.randint(60, 365 * 5) if r < 0.15 else rnd.randint(365 * 5, 365 * 85))
    age = TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))
    while True:
        nik = "3404" + code + "%02d" % (b.day + (40 if sex == "P" else 0)) + b.strftime("%m%y") + "%04d" % rnd.randint(1, 2500)
        if nik not in nik_seen:
            nik_seen.add(nik); break
    name = fullname(g)
    pay = rnd.choice(PAY)
    bpjs = "000" + "".join(rnd.choice("0123456789") for _ in range(10)) if pay != "Umum" else ""
    ibu = rnd.choice(GIVEN[:20]) + ("" if rnd.random() < 0.3 else " " + rnd.choice(FAMILY))
    job = "Belum/Tidak Bekerja" if age < 5 else "Pelajar/Mahasiswa" if age < 19 else ("Pensiunan" if age > 70 and rnd.random() < 0.4 else rnd.choice(JOBS))
    hp = phone() if rnd.random() < 0.85 else ""
    reg = datetime.date(2016, 1, 1) + datetime.timedelta(days=rnd.randint(0, 3300))
    patients.append(["%02d.%02d.%02d" % (rm // 10000, rm // 100 % 100, rm % 100), nik, kk, name, dmy(b), str(age), sex, street,
                     rtrw, desa, "Kec. " + kec, "Kab. Sleman", hp, bpjs, pay, ibu, job, rnd.choice(["A", "B", "AB", "O", "-", "-"]), dmy(reg)])

visits = []
vno = 0
docs = [s for s in staff if s[2] in ("Dokter Umum", "Dokter Gigi")]
REL = ["suami", "istri", "anak", "ibu", "tetangga", "cucu"]
for k in range(3000):
    p = rnd.choice(patients)
    d = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 540))
    age = int(p[5])
    code, diag = rnd.choice(ICD)
    if age < 6:
        code, diag = rnd.choice([ICD[0], ICD[5], ICD[6], ICD[16]])
    poli = "Poli Gigi" if code.startswith("K0") else "Poli KIA/KB" if code.startswith("Z3") else "Poli MTBS" if age < 6 else "Poli Lansia" if age >= 60 else "Poli Umum"
    place = rnd.choice(PLACE) if poli in ("Poli MTBS", "Poli Lansia", "Poli KIA/KB") else "Dalam Gedung"
    keluhan = rnd.choice(COMPLAINT[code])
    if rnd.random() < 0.08:
        who = rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)
        keluhan += rnd.choice([", diantar %s %s" % (rnd.choice(REL), who), ", keluarga (%s %s) minta surat rujukan, HP %s" % (rnd.choice(REL), who, phone()),
                               ". Pasien dititipkan ke Bu %s" % who.split()[0]])
    if poli == "Poli Gigi":
        exam = rnd.choice([s for s in staff if s[2] == "Dokter Gigi"])
    elif poli == "Poli KIA/KB":
        exam = rnd.choice([s for s in staff if s[2] == "Bidan"])
    else:
        exam = rnd.choice([s for s in staff if s[2] in ("Dokter Umum", "Perawat")])
    dokter = exam[1] if exam[2].startswith("Dokter") else rnd.choice([s for s in docs if s[2] == "Dokter Umum"])[1]
    clerk = rnd.choice([s for s in staff if s[2] == "Petugas Pendaftaran"])[1]
    sis = rnd.randint(100, 175) if age >= 15 else ""
    dia = (rnd.randint(60, 105) if sis else "")
    bb = round(rnd.uniform(3.5, 20.0) if age < 6 else rnd.uniform(38, 88), 1)
    suhu = round(rnd.uniform(36.0, 39.2) if code in ("R50.9", "J06.9") else rnd.uniform(36.0, 37.2), 1)
    rujuk = rnd.choice(RUJUK)
    vno += rnd.randint(1, 3)
    visits.append(["K" + d.strftime("%y%m") + "%05d" % vno, p[0], dmy(d), poli, place, keluhan, str(sis), str(dia),
                   str(bb).replace(".", ","), str(suhu).replace(".", ","), code, diag, THERAPY[code], exam[0], dokter, clerk,
                   rujuk, "Dirujuk" if rujuk else "Pulang"])
visits.sort(key=lambda v: (v[2][6:] + v[2][3:5] + v[2][:2], v[0]))

SH = ["NIP", "Nama Petugas", "Profesi", "Unit/Poli", "No. STR", "No. HP"]
PH = ["No. RM", "NIK", "No. KK", "Nama Lengkap", "Tgl Lahir", "Umur", "Jenis Kelamin", "Alamat", "RT/RW", "Kelurahan/Desa",
      "Kecamatan", "Kabupaten/Kota", "No. HP", "No. BPJS", "Cara Bayar", "Nama Ibu Kandung", "Pekerjaan", "Gol. Darah", "Tgl Daftar"]
KH = ["No. Kunjungan", "No. RM", "Tgl Kunjungan", "Poli", "Tempat Pelayanan", "Keluhan", "Sistole", "Diastole", "BB (kg)",
      "Suhu (°C)", "Kode ICD-10", "Diagnosa", "Terapi", "NIP Pemeriksa", "Dokter", "Petugas", "Rujukan", "Status Pulang"]
write("petugas", SH, staff)
write("pasien", PH, patients)
write("kunjungan", KH, visits)
N = "NON_IDENTIFYING"
L = {"petugas": ["OTHER_UNIQUE_IDENTIFIER", "NAME", N, N, "CERTIFICATE_LICENSE_NUMBER", "TELEPHONE_NUMBER"],
     "pasien": ["MEDICAL_RECORD_NUMBER", "NATIONAL_ID", "OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE_OF_BIRTH", "AGE", N,
                "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "GEOGRAPHIC_SUBDIVISION", "COUNTY", "TELEPHONE_NUMBER",
                "HEALTH_PLAN_BENEFICIARY_NUMBER", N, "NAME", N, N, "DATE"],
     "kunjungan": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", N, N, "FREE_TEXT", N, N, N, N, N, N, N,
                   "OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", N, N]}
H = {"petugas": SH, "pasien": PH, "kunjungan": KH}
cols = {}
for t in ("petugas", "pasien", "kunjungan"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "puskesmas-id",
        "description": "Invented SIMPUS-style export of a fictional Puskesmas in Kabupaten Sleman (breaker86), ';', decimal commas, dd-mm-yyyy, Indonesian headers: petugas 18 (NIP 18 digits with birth date, appointment month and sex digit; name with titles 'dr. Siti Rahmawati', 'Bd. Sri Wahyuni, A.Md.Keb'; profession; poli; STR number; phone), pasien 1,150 (No. RM '00.12.34'; NIK 16 digits: 34 04 district, ddmmyy with day + 40 for women, serial; No. KK 16 digits shared by a household; Nama Lengkap (10% one word); Tgl Lahir; Umur (some over 89); L/P; Alamat 'Jl. Kaliurang Km 9,5 No. 12' / 'Dusun Sawahan'; RT/RW '003/007'; Kelurahan/Desa; 'Kec. Ngaglik'; 'Kab. Sleman'; phones '0812-3456-7890' / '+62 812 3456 7890' / '081234567890'; No. BPJS 13 digits (empty for Umum); Cara Bayar; Nama Ibu Kandung; Pekerjaan; Gol. Darah; Tgl Daftar), kunjungan 3,000 (visit number 'K240100123'; No. RM; date; poli; place of service 'Posyandu Melati'; Keluhan free text, 8% naming a relative, some with a phone; blood pressure; BB '62,5'; Suhu '36,8'; ICD-10 and Indonesian diagnosis; therapy; NIP of the examiner; Dokter and Petugas (staff, many rows)). Labels: RT/RW STREET_ADDRESS (part of the address below the village); Kelurahan/Desa CITY; Kecamatan GEOGRAPHIC_SUBDIVISION; Kabupaten/Kota COUNTY; No. KK OTHER_UNIQUE_IDENTIFIER (a household's card); Nama Ibu Kandung NAME (a relative); staff NIP OTHER_UNIQUE_IDENTIFIER, names NAME, STR CERTIFICATE_LICENSE_NUMBER. Coincidences: family name Sukoharjo beside the village Sukoharjo and 'Pustu Sukoharjo'; given name Melati beside 'Posyandu Melati' and the midwife Melati; street 'Jl. Sudirman' beside patients named Sudirman; the doctor 'dr. Budi Santoso' beside patients named Budi Santoso",
        "delimiter": ";", "entity": "pasien", "columns": cols,
        "foreignKeys": [{"column": "kunjungan.No. RM", "references": "pasien.No. RM"},
                        {"column": "kunjungan.NIP Pemeriksa", "references": "petugas.NIP"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

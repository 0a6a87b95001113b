#!/usr/bin/env python3
"""Writes opd-th: an invented Thai district hospital's outpatient export with Thai-script headers and values (phaet 7
rows, phu_puai 90 rows, kan_rap_borikan 200 rows), `,`, dd/mm/yyyy dates in the Buddhist era (2567 = 2024). Thai
citizen ids 1-2345-67890-12-3 with the published mod-11 check digit, title column (นาย/นาง/นางสาว), doctors with
attached titles (นพ./พญ.) repeated on many rows, ตำบล/อำเภอ/จังหวัด, five-digit postcodes, ages over 89, notes naming
relatives with phones and staff (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(130602)
GIVEN = ["สมชาย", "สมศักดิ์", "ประเสริฐ", "บุญมี", "วิชัย", "สุรชัย", "ธนากร", "อนุชา", "ชาญวิทย์", "กิตติพงษ์",
         "สมศรี", "มาลี", "บุญเรือน", "สุภาพร", "วันเพ็ญ", "จันทร์เพ็ญ", "ปราณี", "นภาพร", "อรุณี", "ศิริพร"]
GIVEN_M, GIVEN_F = GIVEN[:10], GIVEN[10:]
FAMILY = ["ใจดี", "ศรีสุข", "สุขสวัสดิ์", "แก้วมณี", "บุญประเสริฐ", "ทองดี", "วงศ์สวัสดิ์", "รัตนพันธ์", "พรหมมา",
          "ชัยมงคล", "สมบูรณ์", "อินทร์แก้ว", "มีสุข", "ศรีวงศ์"]
# (ตำบล, อำเภอ, จังหวัด, postcode)
GEO = [("ในเมือง", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("ศิลา", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
       ("บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000"), ("ท่าพระ", "เมืองขอนแก่น", "ขอนแก่น", "40260"),
       ("บ้านไผ่", "บ้านไผ่", "ขอนแก่น", "40110"), ("ชุมแพ", "ชุมแพ", "ขอนแก่น", "40130"),
       ("น้ำพอง", "น้ำพอง", "ขอนแก่น", "40140"), ("กุดจิก", "สูงเนิน", "นครราชสีมา", "30380")]
ROAD = ["ถ.มิตรภาพ", "ถ.ศรีจันทร์", "ถ.กลางเมือง", "ซ.ประชาสโมสร 3", "ถ.หน้าเมือง", ""]
DX = [("I10", "ความดันโลหิตสูง"), ("E11.9", "เบาหวานชนิดที่ 2"), ("J00", "ไข้หวัด"), ("K29.7", "กระเพาะอาหารอักเสบ"),
      ("M54.5", "ปวดหลังส่วนล่าง"), ("N18.3", "ไตวายเรื้อรังระยะที่ 3"), ("A90", "ไข้เลือดออก"), ("B18.1", "ไวรัสตับอักเสบบีเรื้อรัง")]
DEPT = ["อายุรกรรม", "อายุรกรรม", "ศัลยกรรม", "กุมารเวชกรรม", "ออร์โธปิดิกส์", "เวชปฏิบัติทั่วไป", "สูติกรรม"]
SCHEME = ["บัตรทอง (UC)", "บัตรทอง (UC)", "ประกันสังคม", "ข้าราชการ", "ชำระเงินเอง"]
ref = datetime.date(2024, 6, 1)

def be(d):
    """dd/mm/yyyy with the Buddhist-era year."""
    return "%02d/%02d/%d" % (d.day, d.month, d.year + 543)

def citizen_id():
    digits = [rnd.choice([1, 3])] + [rnd.randint(0, 9) for _ in range(11)]
    c = (11 - sum(x * (13 - i) for i, x in enumerate(digits)) % 11) % 10
    s = "".join(map(str, digits)) + str(c)
    return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])

def phone():
    return "0%d%d-%03d-%04d" % (rnd.choice([6, 8, 9]), rnd.randint(0, 9), rnd.randint(0, 999), rnd.randint(0, 9999))

phaet = []
for i in range(7):
    male = rnd.random() < 0.5
    phaet.append(["D%03d" % (101 + i * 13), "%s%s %s" % ("นพ." if male else "พญ.", rnd.choice(GIVEN_M if male else GIVEN_F), rnd.choice(FAMILY)), DEPT[i]])
pp = []
for k in range(90):
    male = rnd.random() < 0.48
    age = rnd.choice([rnd.randint(1, 89), rnd.randint(40, 89), rnd.randint(60, 89), rnd.randint(90, 103)])
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(5, 360))
    title = ("ด.ช." if age < 15 else "นาย") if male else ("ด.ญ." if age < 15 else rnd.choice(["นาง", "นางสาว"]))
    tb, amp, chw, pc = rnd.choice(GEO)
    adr = ("%d/%d หมู่ %d %s" % (rnd.randint(1, 250), rnd.randint(1, 30), rnd.randint(1, 15), rnd.choice(ROAD))).strip()
    pp.append(["%07d" % (6400120 + k * 37), citizen_id(), title, rnd.choice(GIVEN_M if male else GIVEN_F), rnd.choice(FAMILY), be(d), str(age),
               "ชาย" if male else "หญิง", adr, tb, amp, chw, pc, phone(), rnd.choice(SCHEME)])
vis = []
for i in range(200):
    p = rnd.choice(pp)
    dr = rnd.choice(phaet[:3] + phaet)
    code, dx = rnd.choice(DX)
    d = ref + datetime.timedelta(days=rnd.randint(0, 90))
    note = rnd.choice(["", "", "", "นัดติดตามอาการ 1 เดือน",
                       "ญาติ %s %s (บุตรสาว) โทร %s" % (rnd.choice(GIVEN_F), p[4], phone()),
                       "ส่งต่อพบ %s เพื่อประเมินซ้ำ" % rnd.choice(phaet)[1],
                       "ผู้ป่วยมากับ %s %s เพื่อนบ้าน" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                       "พยาบาล %s %s ซักประวัติ" % (rnd.choice(GIVEN_F), rnd.choice(FAMILY))])
    vis.append(["VN%d%05d" % (67, 10233 + i * 11), p[0], be(d), dr[0], dr[1], code, dx, str(rnd.choice([150, 230, 480, 620, 1250])), note])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("phaet.csv", ["รหัสแพทย์", "ชื่อแพทย์", "แผนก"], phaet)
wr("phu_puai.csv", ["HN", "เลขประจำตัวประชาชน", "คำนำหน้า", "ชื่อ", "นามสกุล", "วันเกิด", "อายุ", "เพศ", "ที่อยู่", "ตำบล", "อำเภอ",
                    "จังหวัด", "รหัสไปรษณีย์", "โทรศัพท์", "สิทธิการรักษา"], pp)
wr("kan_rap_borikan.csv", ["VN", "HN", "วันที่รับบริการ", "รหัสแพทย์", "แพทย์ผู้ตรวจ", "รหัสโรค", "การวินิจฉัย", "ค่ารักษา", "หมายเหตุ"], vis)
C = {"phaet.รหัสแพทย์": "QUASI_IDENTIFIER", "phaet.ชื่อแพทย์": "NAME", "phaet.แผนก": "NON_IDENTIFYING",
     "phu_puai.HN": "MEDICAL_RECORD_NUMBER", "phu_puai.เลขประจำตัวประชาชน": "NATIONAL_ID", "phu_puai.คำนำหน้า": "NON_IDENTIFYING",
     "phu_puai.ชื่อ": "GIVEN_NAME", "phu_puai.นามสกุล": "FAMILY_NAME", "phu_puai.วันเกิด": "DATE_OF_BIRTH", "phu_puai.อายุ": "AGE",
     "phu_puai.เพศ": "NON_IDENTIFYING", "phu_puai.ที่อยู่": "STREET_ADDRESS", "phu_puai.ตำบล": "GEOGRAPHIC_SUBDIVISION",
     "phu_puai.อำเภอ": "COUNTY", "phu_puai.จังหวัด": "NON_IDENTIFYING", "phu_puai.รหัสไปรษณีย์": "ZIP_CODE",
     "phu_puai.โทรศัพท์": "TELEPHONE_NUMBER", "phu_puai.สิทธิการรักษา": "NON_IDENTIFYING",
     "kan_rap_borikan.VN": "OTHER_UNIQUE_IDENTIFIER", "kan_rap_borikan.HN": "MEDICAL_RECORD_NUMBER",
     "kan_rap_borikan.วันที่รับบริการ": "DATE", "kan_rap_borikan.รหัสแพทย์": "QUASI_IDENTIFIER", "kan_rap_borikan.แพทย์ผู้ตรวจ": "NAME",
     "kan_rap_borikan.รหัสโรค": "NON_IDENTIFYING", "kan_rap_borikan.การวินิจฉัย": "NON_IDENTIFYING",
     "kan_rap_borikan.ค่ารักษา": "NON_IDENTIFYING", "kan_rap_borikan.หมายเหตุ": "FREE_TEXT"}
g = {"dataset": "opd-th", "description": "Invented Thai district hospital outpatient export, Thai-script headers and values, `,`, dd/mm/yyyy in the Buddhist era (2567 = 2024): 7 doctors (code, name with attached title นพ./พญ., department), 90 patients (HN, 13-digit citizen id 1-2345-67890-12-3 with mod-11 check, title, given name, family name, birth date in BE, age with 90-103, sex, house number/moo/road, tambon, amphoe (district), changwat (province), five-digit postcode, 0x-xxx-xxxx phone, coverage scheme), 200 visits (VN, HN, date in BE, doctor code and name repeated on many rows, ICD-10, Thai diagnosis, charge in baht, notes naming daughters with phones, neighbours, nurses, doctors)",
     "delimiter": ",", "entity": "phu_puai", "columns": C,
     "foreignKeys": [{"column": "kan_rap_borikan.HN", "references": "phu_puai.HN"},
                     {"column": "kan_rap_borikan.รหัสแพทย์", "references": "phaet.รหัสแพทย์"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

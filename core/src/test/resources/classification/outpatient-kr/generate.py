#!/usr/bin/env python3
"""Writes outpatient-kr: an invented Korean hospital outpatient export with Korean (Hangul) headers and values
(환자 patients, 외래진료 outpatient visits, 의사 doctors), ',' separated, yyyy.MM.dd dates and yyyy.MM.dd HH:mm visit
times (seeded, stdlib only). Resident registration numbers (주민등록번호) carry the birth date, the century/sex digit
and the published check digit; 010 mobiles, 5-digit postcodes, road-name addresses with 동/호, guardians, KCD-8
diagnosis codes with Korean names, doctors' licence numbers, notes naming relatives with phones. Visits refer to the
patient as `환자` and to the doctor as `담당의`."""
import csv, json, random, datetime
rnd = random.Random(80802)
FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"]
GIVEN = ["민준", "서연", "도윤", "지우", "하준", "서윤", "지호", "수빈", "영숙", "순자", "정숙", "말순", "철수", "동현",
         "은지", "현우", "미경", "상철", "옥자", "재훈"]
ADDR = [("서울특별시 강남구 테헤란로", "06"), ("서울특별시 마포구 월드컵북로", "03"), ("서울특별시 노원구 동일로", "01"),
        ("부산광역시 해운대구 센텀중앙로", "48"), ("경기도 성남시 분당구 판교역로", "13"), ("인천광역시 연수구 송도과학로", "21"),
        ("대구광역시 수성구 달구벌대로", "42"), ("경기도 고양시 일산동구 중앙로", "10")]
DX = {"내과": [("I10", "본태성(원발성) 고혈압"), ("E11.9", "합병증을 동반하지 않은 2형 당뇨병"), ("K29.7", "상세불명의 위염"), ("J20.9", "상세불명의 급성 기관지염")],
      "정형외과": [("M54.5", "요통"), ("M17.9", "상세불명의 무릎관절증"), ("S93.4", "발목의 염좌 및 긴장")],
      "소아청소년과": [("J00", "급성 비인두염[감기]"), ("A09.9", "상세불명 기원의 위장염 및 결장염"), ("L20.9", "상세불명의 아토피피부염")],
      "안과": [("H10.9", "상세불명의 결막염"), ("H25.9", "상세불명의 노년백내장")],
      "정신건강의학과": [("F32.9", "상세불명의 우울에피소드"), ("F41.1", "범불안장애")],
      "비뇨의학과": [("N39.0", "부위가 명시되지 않은 요로감염"), ("N40", "전립선증식증")]}
RX = {"I10": "아모잘탄정 5/50mg", "E11.9": "메트포르민정 500mg", "K29.7": "알마겔정", "J20.9": "코대원포르테시럽", "M54.5": "세레브렉스캡슐 200mg",
      "M17.9": "쎄레콕시브 100mg", "S93.4": "타이레놀정 500mg", "J00": "타이레놀현탁액", "A09.9": "포타겔현탁액", "L20.9": "리도멕스크림",
      "H10.9": "크라비트점안액", "H25.9": "없음", "F32.9": "렉사프로정 10mg", "F41.1": "자낙스정 0.25mg", "N39.0": "시프로플록사신정 250mg", "N40": "하루날디정 0.2mg"}
INS = ["건강보험"] * 8 + ["의료급여1종", "의료급여2종", "자동차보험"]
BLOOD = ["A+", "A+", "B+", "O+", "O+", "AB+", "A-", "O-"]
TODAY = datetime.date(2026, 12, 6)

def rrn(born, male):
    code = (1 if male else 2) if born.year < 2000 else (3 if male else 4)
    d = [int(x) for x in born.strftime("%y%m%d")] + [code] + [rnd.randint(0, 9) for _ in range(5)]
    s = sum(a * b for a, b in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]))
    return "%s-%s%d" % ("".join(map(str, d[:6])), "".join(map(str, d[6:])), (11 - s % 11) % 10)

def name():
    return rnd.choice(FAMILY) + rnd.choice(GIVEN)

def mobile():
    return "010-%04d-%04d" % (rnd.randint(2000, 9999), rnd.randint(0, 9999))

doctors = []
for i, dept in enumerate(list(DX) * 2):
    if len(doctors) == 9:
        break
    doctors.append(["D%04d" % rnd.randint(1000, 9999), name(), dept, "%06d" % rnd.randint(10000, 129999),
                    rnd.choice(["교수", "부교수", "임상조교수", "전문의"])])
patients, visits = [], []
for n in range(300):
    male = rnd.random() < 0.48
    born = datetime.date(rnd.choice([rnd.randint(1927, 1935)] + [rnd.randint(1936, 2024)] * 9), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    street, pc = rnd.choice(ADDR)
    nm = name()
    guardian = rnd.choice(FAMILY) + rnd.choice(GIVEN) if age < 19 or age > 75 else ""
    first = datetime.date(rnd.randint(max(born.year + 1, 2015), 2026), rnd.randint(1, 11), rnd.randint(1, 28))
    mrn = "%08d" % rnd.randint(10000000, 39999999)
    patients.append([mrn, nm, rrn(born, male), born.strftime("%Y.%m.%d"), "남" if male else "여", str(age), mobile(),
                     "%s%03d" % (pc, rnd.randint(0, 999)),
                     "%s %d%s" % (street, rnd.randint(1, 400), rnd.choice(["", ", %d동 %d호" % (rnd.randint(101, 115), rnd.randint(101, 2505))])),
                     rnd.choice(INS), rnd.choice(BLOOD), guardian, mobile() if guardian else "", first.strftime("%Y.%m.%d")])
    for k in range(rnd.choice([1, 2, 3, 4, 5, 6, 8])):
        doc = rnd.choice(doctors)
        if age < 19 and rnd.random() < 0.8:
            doc = next(d for d in doctors if d[2] == "소아청소년과")
        code, dx = rnd.choice(DX[doc[2]])
        when = datetime.datetime(2026, rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(9, 17), rnd.choice([0, 10, 20, 30, 40, 50]))
        fee = rnd.choice([12800, 15300, 17600, 23400, 31200, 45800, 67200])
        memo = rnd.choice(["", "", "", "재진 예약", "금식 후 채혈 예정", "거동 불편, 휠체어 이용",
                           "%s %s 동반 (%s)" % (rnd.choice(["딸", "아들", "남편", "아내", "어머니"]), name(), mobile()),
                           "보호자 %s 연락 요망" % (guardian or name())])
        visits.append([mrn, when.strftime("%Y.%m.%d %H:%M"), doc[2], doc[0], code, dx, RX[code], str(fee), str(int(fee * rnd.choice([0.3, 0.3, 0.1, 0.0]))),
                       "%.1f" % rnd.uniform(36.0, 38.4), str(rnd.randint(100, 165)), memo])
rnd.shuffle(visits)
visits = [["OP%s%05d" % (v[1][:10].replace(".", ""), i)] + v for i, v in enumerate(visits)]
H1 = ["환자번호", "성명", "주민등록번호", "생년월일", "성별", "나이", "휴대전화", "우편번호", "주소", "보험유형", "혈액형", "보호자", "보호자연락처", "최초내원일"]
L1 = ["MEDICAL_RECORD_NUMBER", "NAME", "NATIONAL_ID", "DATE_OF_BIRTH", "NON_IDENTIFYING", "AGE", "TELEPHONE_NUMBER", "ZIP_CODE",
      "STREET_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "TELEPHONE_NUMBER", "DATE"]
H2 = ["진료번호", "환자", "진료일시", "진료과", "담당의", "상병코드", "상병명", "처방", "진료비", "본인부담금", "체온", "수축기혈압", "메모"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]
H3 = ["의사번호", "성명", "진료과", "면허번호", "직위"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING"]
for fname, head, rows in (("환자", H1, patients), ("외래진료", H2, visits), ("의사", H3, doctors)):
    with open(fname + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"환자." + h: l for h, l in zip(H1, L1)}
cols.update({"외래진료." + h: l for h, l in zip(H2, L2)})
cols.update({"의사." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "outpatient-kr",
        "description": "Invented Korean hospital outpatient export, Hangul headers, ',', yyyy.MM.dd: 300 patients (8-digit record numbers, names, resident registration numbers with check digits, birth dates back to 1927, ages, 010 mobiles, 5-digit postcodes, road-name addresses, guardians with phones), %d visits (yyyy.MM.dd HH:mm, department, KCD-8 codes with Korean names, prescriptions, fees, vitals, notes naming relatives with phones) referring to the patient as 환자 and the doctor as 담당의, 9 doctors with licence numbers" % len(visits),
        "delimiter": ",", "entity": "환자", "columns": cols,
        "foreignKeys": [{"column": "외래진료.환자", "references": "환자.환자번호"}, {"column": "외래진료.담당의", "references": "의사.의사번호"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""breaker29: invented Korean fitness-club member register (회원, 36 rows). Seeded, Python 3 stdlib only."""
import csv, json, random, datetime, os
R = random.Random(2909)
HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"]
GIVEN = ["민준", "서연", "지훈", "지민", "현우", "수빈", "예은", "도윤", "하은", "준호", "영희", "철수", "미경", "성민", "은지"]
ADDR = [("서울특별시", "강남구", "테헤란로"), ("서울특별시", "마포구", "월드컵북로"), ("부산광역시", "해운대구", "해운대로"),
        ("경기도", "성남시 분당구", "판교역로"), ("인천광역시", "연수구", "컨벤시아대로"), ("대구광역시", "수성구", "달구벌대로")]
def rrn(b, male):
    century = 1 if b.year < 2000 else 3
    g = century + (0 if male else 1)
    d = b.strftime("%y%m%d") + str(g) + "".join(str(R.randrange(10)) for _ in range(5))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    chk = (11 - sum(int(x) * y for x, y in zip(d, w)) % 11) % 10
    return d[:6] + "-" + d[6:] + str(chk)
with open(os.path.join(HERE, "회원.csv"), "w", newline="", encoding="utf-8") as fh:
    wr = csv.writer(fh, lineterminator="\n")
    wr.writerow(["회원번호", "성명", "주민등록번호", "생년월일", "성별", "휴대폰", "주소", "가입일", "이용권", "담당트레이너", "비고"])
    for i in range(36):
        male = R.random() < 0.5
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=R.randrange(20000))
        a = R.choice(ADDR)
        j = datetime.date(2021, 1, 1) + datetime.timedelta(days=R.randrange(1700))
        note = R.choice(["", "", "", f"보호자 {R.choice(FAMILY)}{R.choice(GIVEN)} 010-{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}", "무릎 수술 이력"])
        wr.writerow([f"M{24000 + i * 3 + R.randrange(3)}", R.choice(FAMILY) + R.choice(GIVEN), rrn(b, male), b.strftime("%Y.%m.%d"),
                     "남" if male else "여", f"010-{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}",
                     f"{a[0]} {a[1]} {a[2]} {R.randrange(1, 400)}, {R.randrange(101, 1505)}호", j.strftime("%Y-%m-%d"),
                     R.choice(["1개월", "3개월", "6개월", "12개월", "PT 10회"]), R.choice(["김코치", "박코치", "이코치", ""]), note])
gold = {"dataset": "hoewon-kr",
        "description": "Invented Korean fitness-club member register (breaker29), ',', Hangul headers: 36 members (M24001 ids, Hangul names, 주민등록번호 RRN 6-7 digits with check digit and century/sex digit, 생년월일 yyyy.MM.dd, 010 mobiles, road-name addresses with flat numbers, 가입일, plan, trainer nicknames like 김코치 (a staff name: NAME), notes naming guardians with phones)",
        "delimiter": ",", "entity": "회원", "columns": {}, "foreignKeys": []}
for k, l in [("회원번호", "OTHER_UNIQUE_IDENTIFIER"), ("성명", "NAME"), ("주민등록번호", "NATIONAL_ID"), ("생년월일", "DATE_OF_BIRTH"),
             ("성별", "NON_IDENTIFYING"), ("휴대폰", "TELEPHONE_NUMBER"), ("주소", "STREET_ADDRESS"), ("가입일", "DATE"),
             ("이용권", "NON_IDENTIFYING"), ("담당트레이너", "NAME"), ("비고", "FREE_TEXT")]:
    gold["columns"]["회원." + k] = l
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

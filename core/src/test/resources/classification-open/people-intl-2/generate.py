#!/usr/bin/env python3
"""Writes people-intl-2 (2,500 customers and their orders) and ../people-intl-2-40 (the first 40 customers and their
orders): an invented customer export from 16 countries, names in native script (Arabic, Han, Cyrillic, Devanagari,
Greek, Hangul) and Latin, logins, plain passwords, bcrypt hashes, security question/answer, mother's maiden name,
employer, personal domain, national ids with their real check digits (NIR, DNI, BSN, personnummer, HETU, Aadhaar
Verhoeff, PRC resident id, RRN, AMKA, SNILS, CPF, PESEL; SSN and NINO without), IBANs (mod 97), phones in E.164 and
local formats, addresses in local formats, notes that sometimes quote the SSN, phone or e-mail. Seeded, stdlib only."""
import csv, json, random, datetime, os, hashlib, base64, string
rnd = random.Random(2626)
HERE = os.path.dirname(os.path.abspath(__file__))

def luhn_digit(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        t += d
    return str((10 - t % 10) % 10)
VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
      [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
VI = [0,4,3,2,1,5,6,7,8,9]
def verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    return str(VI[c])
def digits(n): return "".join(str(rnd.randint(0, 9)) for _ in range(n))

def nat_id(cc, bd, male):
    y2, mm, dd = bd.strftime("%y"), bd.strftime("%m"), bd.strftime("%d")
    if cc == "US": return "%03d-%02d-%04d" % (rnd.randint(100, 665), rnd.randint(1, 99), rnd.randint(1, 9999)), "SSN"
    if cc == "GB": return "%s%s%s%s" % (rnd.choice("ABCEHJKLMNPRSTWXYZ"), rnd.choice("ABCEHJKLMNPRSTWXYZ"), digits(6), rnd.choice("ABCD")), "NINO"
    if cc == "FR":
        b = "%d%s%s%02d%03d%03d" % (1 if male else 2, y2, mm, rnd.randint(1, 95), rnd.randint(1, 990), rnd.randint(1, 999))
        return "%s %02d" % (b, 97 - int(b) % 97), "NIR"
    if cc == "ES":
        n = rnd.randint(10000000, 99999999); return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]), "DNI"
    if cc == "NL":
        while True:
            d = [rnd.randint(0, 9) for _ in range(8)]
            s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
            if s % 11 < 10 and d[0] != 0: return "".join(map(str, d)) + str(s % 11), "BSN"
    if cc == "SE":
        b = y2 + mm + dd + "%02d%d" % (rnd.randint(0, 99), rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
        return "%s-%s%s" % (b[:6], b[6:], luhn_digit(b + "0")[:1] if False else str((10 - sum(((int(c) * (2 - i % 2)) // 10 + (int(c) * (2 - i % 2)) % 10) for i, c in enumerate(b)) % 10) % 10)), "personnummer"
    if cc == "FI":
        n = rnd.randint(2, 899); s = "%s%s%s%03d" % (dd, mm, y2, n)
        return "%s%s%s%s%03d%s" % (dd, mm, y2, "-" if bd.year < 2000 else "A", n, "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s) % 31]), "HETU"
    if cc == "IN":
        b = str(rnd.randint(2, 9)) + digits(10); v = b + verhoeff(b); return "%s %s %s" % (v[:4], v[4:8], v[8:]), "Aadhaar"
    if cc == "CN":
        b = rnd.choice(["110105", "310104", "440106", "510107"]) + bd.strftime("%Y%m%d") + "%02d%d" % (rnd.randint(0, 99), rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return b + "10X98765432"[sum(int(c) * x for c, x in zip(b, w)) % 11], "居民身份证"
    if cc == "KR":
        g = (1 if male else 2) + (2 if bd.year >= 2000 else 0)
        b = y2 + mm + dd + str(g) + digits(5); w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        return "%s-%s%d" % (b[:6], b[6:], (11 - sum(int(c) * x for c, x in zip(b, w)) % 11) % 10), "주민등록번호"
    if cc == "GR":
        b = dd + mm + y2 + digits(4); return b + luhn_digit(b), "AMKA"
    if cc == "RU":
        n = rnd.randint(1001000, 999999999); s = "%09d" % n; t = sum(int(c) * (9 - i) for i, c in enumerate(s))
        t = t % 101; t = 0 if t == 100 else t
        return "%s-%s-%s %02d" % (s[:3], s[3:6], s[6:], t), "СНИЛС"
    if cc == "BR":
        d = [rnd.randint(0, 9) for _ in range(9)]
        for k in (10, 11):
            s = sum(x * w for x, w in zip(d, range(k, 1, -1))); r = s * 10 % 11; d.append(0 if r == 10 else r)
        s = "".join(map(str, d)); return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]), "CPF"
    if cc == "PL":
        m = bd.month + (20 if bd.year >= 2000 else 0)
        b = "%s%02d%s%03d%d" % (y2, m, dd, rnd.randint(0, 999), rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; return b + str((10 - sum(int(c) * x for c, x in zip(b, w)) % 10) % 10), "PESEL"
    if cc in ("EG", "SA", "BG"):
        if cc == "BG":
            m = bd.month + (40 if bd.year >= 2000 else 0); b = "%s%02d%s%03d" % (y2, m, dd, rnd.randint(0, 999))
            w = [2, 4, 8, 5, 10, 9, 7, 3, 6]; c = sum(int(x) * y for x, y in zip(b, w)) % 11
            return b + str(0 if c == 10 else c), "ЕГН"
        if cc == "SA": b = "1" + digits(8); return b + luhn_digit(b), "هوية وطنية"
        return "%d%s%s%s%02d%04d%d" % (2 if bd.year < 2000 else 3, y2, mm, dd, rnd.choice([1, 2, 21, 88]), rnd.randint(0, 9999), rnd.randint(1, 9)), "الرقم القومي"

IBANLEN = {"FR": ("%s%s" % (digits(10), digits(13)), 27), "ES": None, "NL": None, "SE": None, "FI": None, "GR": None, "PL": None,
           "EG": None, "SA": None, "BG": None, "BR": None, "GB": None}
def iban(cc):
    bban = {"FR": lambda: digits(10) + digits(11) + digits(2), "ES": lambda: digits(20), "NL": lambda: rnd.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10),
            "SE": lambda: digits(20), "FI": lambda: digits(14), "GR": lambda: digits(7) + digits(16), "PL": lambda: digits(24),
            "EG": lambda: digits(25), "SA": lambda: digits(2) + digits(18), "BG": lambda: rnd.choice(["BNBG", "UNCR", "STSA"]) + digits(6) + digits(8),
            "BR": lambda: digits(8) + digits(5) + digits(10) + "C1", "GB": lambda: rnd.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)}.get(cc)
    if not bban: return ""
    b = bban()
    num = "".join(str(int(c, 36)) for c in b + cc + "00")
    ck = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, ck, b)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rnd.random() < .5 else s

# country: (latin given M, F, family), native (M, F, family) or None, cities [(city, postcode fn, address fn)], phone (cc, local fmt fn), tld, lang
C = {
 "US": dict(g=(["Michael", "Jordan", "Dakota", "Austin"], ["Madison", "Sofia", "Brooklyn", "Savannah"], ["Miller", "Garcia", "Johnson", "Washington", "Lee"]), n=None,
            cities=[("Austin", lambda: "787%02d" % rnd.randint(1, 59), lambda: "%d Congress Ave Apt %d" % (rnd.randint(100, 9999), rnd.randint(1, 400))),
                    ("Savannah", lambda: "314%02d" % rnd.randint(1, 19), lambda: "%d Abercorn St" % rnd.randint(10, 9999))], cc="1", area=lambda: "%03d%03d%04d" % (rnd.choice([512, 737, 912]), rnd.randint(200, 999), rnd.randint(0, 9999)),
            loc=lambda n: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), tld="com", region=["Texas", "Georgia"]),
 "GB": dict(g=(["Oliver", "Harry", "Lincoln"], ["Amelia", "Florence", "Isla"], ["Smith", "Jones", "Taylor", "Wrexham"]), n=None,
            cities=[("Leeds", lambda: "LS%d %d%s" % (rnd.randint(1, 29), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))), lambda: "Flat %d, %d Kirkstall Road" % (rnd.randint(1, 30), rnd.randint(1, 300))),
                    ("Wrexham", lambda: "LL%d %d%s" % (rnd.randint(11, 14), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))), lambda: "%d Regent Street" % rnd.randint(1, 120))],
            cc="44", area=lambda: "7%09d" % rnd.randint(100000000, 999999999), loc=lambda n: "0%s %s" % (n[:4], n[4:]), tld="co.uk", region=["England", "Wales"]),
 "FR": dict(g=(["Lucas", "Hugo", "Jules"], ["Camille", "Léa", "Chloé"], ["Martin", "Bernard", "Lefèvre", "Rousseau"]), n=None,
            cities=[("Paris", lambda: "750%02d" % rnd.randint(1, 20), lambda: "%d rue de la Roquette" % rnd.randint(1, 180)), ("Lyon", lambda: "6900%d" % rnd.randint(1, 9), lambda: "%d, cours Lafayette" % rnd.randint(1, 200))],
            cc="33", area=lambda: "%d%08d" % (rnd.choice([6, 7]), rnd.randint(0, 99999999)), loc=lambda n: "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2)), tld="fr", region=["Île-de-France", "Auvergne-Rhône-Alpes"]),
 "ES": dict(g=(["Javier", "Alejandro", "Santiago"], ["Lucía", "Carmen", "Valencia"], ["García", "Fernández", "López", "Martínez"]), n=None,
            cities=[("Madrid", lambda: "280%02d" % rnd.randint(1, 55), lambda: "C/ de Alcalá, %d, %dº %s" % (rnd.randint(1, 400), rnd.randint(1, 8), rnd.choice("ABCD"))), ("Valencia", lambda: "460%02d" % rnd.randint(1, 25), lambda: "Av. del Puerto %d, pta. %d" % (rnd.randint(1, 300), rnd.randint(1, 20)))],
            cc="34", area=lambda: "6%08d" % rnd.randint(0, 99999999), loc=lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), tld="es", region=["Comunidad de Madrid", "Comunitat Valenciana"]),
 "NL": dict(g=(["Daan", "Sem", "Bram"], ["Emma", "Julia", "Sanne"], ["de Jong", "Jansen", "van den Berg", "Bakker"]), n=None,
            cities=[("Utrecht", lambda: "35%02d %s" % (rnd.randint(11, 99), "".join(rnd.choice("ABCEHJKLMNPRSTVXZ") for _ in range(2))), lambda: "Oudegracht %d-%s" % (rnd.randint(1, 300), rnd.choice(["bis", "A", "2"])))],
            cc="31", area=lambda: "6%08d" % rnd.randint(0, 99999999), loc=lambda n: "06-%s" % n[1:], tld="nl", region=["Utrecht"]),
 "SE": dict(g=(["Erik", "Lars", "Nils"], ["Astrid", "Ebba", "Maja"], ["Andersson", "Johansson", "Lindqvist"]), n=None,
            cities=[("Göteborg", lambda: "41%d %02d" % (rnd.randint(1, 9), rnd.randint(0, 99)), lambda: "Linnégatan %d, lgh %d" % (rnd.randint(1, 90), rnd.randint(1001, 1404)))],
            cc="46", area=lambda: "7%08d" % rnd.randint(0, 99999999), loc=lambda n: "0%s-%s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), tld="se", region=["Västra Götaland"]),
 "FI": dict(g=(["Juha", "Mikko", "Eino"], ["Aino", "Helmi", "Sofia"], ["Virtanen", "Korhonen", "Nieminen"]), n=None,
            cities=[("Tampere", lambda: "33%03d" % rnd.randint(100, 900), lambda: "Hämeenkatu %d A %d" % (rnd.randint(1, 40), rnd.randint(1, 60)))],
            cc="358", area=lambda: "40%07d" % rnd.randint(0, 9999999), loc=lambda n: "0%s %s" % (n[:2], n[2:]), tld="fi", region=["Pirkanmaa"]),
 "IN": dict(g=(["Rahul", "Arjun", "Vikram"], ["Priya", "Ananya", "Lakshmi"], ["Sharma", "Verma", "Gupta", "Patel"]),
            n=(["राहुल", "अर्जुन", "विक्रम"], ["प्रिया", "अनन्या", "लक्ष्मी"], ["शर्मा", "वर्मा", "गुप्ता", "पटेल"]),
            cities=[("New Delhi", lambda: "1100%02d" % rnd.randint(1, 99), lambda: "Flat %d, Block %s, Lajpat Nagar" % (rnd.randint(1, 400), rnd.choice("ABCDE"))), ("मुंबई", lambda: "4000%02d" % rnd.randint(1, 99), lambda: "%d/%d, लिंकिंग रोड, बांद्रा" % (rnd.randint(1, 90), rnd.randint(1, 20)))],
            cc="91", area=lambda: "%d%09d" % (rnd.choice([7, 8, 9]), rnd.randint(0, 999999999)), loc=lambda n: "0%s %s" % (n[:5], n[5:]), tld="in", region=["Delhi", "Maharashtra"]),
 "CN": dict(g=(["Wei", "Jun", "Hao"], ["Fang", "Xiu Ying", "Li Na"], ["Wang", "Li", "Zhang", "Liu"]),
            n=(["伟", "军", "浩"], ["芳", "秀英", "丽娜"], ["王", "李", "张", "刘"]),
            cities=[("北京", lambda: "100%03d" % rnd.randint(0, 999), lambda: "朝阳区建国路%d号%d单元%d室" % (rnd.randint(1, 200), rnd.randint(1, 6), rnd.randint(101, 2505))), ("Shanghai", lambda: "200%03d" % rnd.randint(0, 999), lambda: "徐汇区漕溪北路%d弄%d号" % (rnd.randint(1, 800), rnd.randint(1, 40)))],
            cc="86", area=lambda: "1%d%09d" % (rnd.choice([3, 5, 8]), rnd.randint(0, 999999999)), loc=lambda n: "%s %s %s" % (n[:3], n[3:7], n[7:]), tld="cn", region=["北京市", "上海市"]),
 "KR": dict(g=(["Min-jun", "Seo-jun", "Ji-ho"], ["Seo-yeon", "Ji-woo", "Ha-eun"], ["Kim", "Lee", "Park", "Choi"]),
            n=(["민준", "서준", "지호"], ["서연", "지우", "하은"], ["김", "이", "박", "최"]),
            cities=[("서울", lambda: "0%04d" % rnd.randint(1000, 8899), lambda: "강남구 테헤란로 %d, %d동 %d호" % (rnd.randint(1, 500), rnd.randint(101, 112), rnd.randint(101, 2004))), ("Busan", lambda: "4%04d" % rnd.randint(6000, 9999), lambda: "해운대구 해운대로 %d" % rnd.randint(1, 900))],
            cc="82", area=lambda: "10%08d" % rnd.randint(0, 99999999), loc=lambda n: "0%s-%s-%s" % (n[:2], n[2:6], n[6:]), tld="kr", region=["서울특별시", "부산광역시"]),
 "GR": dict(g=(["Giorgos", "Dimitris", "Nikos"], ["Maria", "Eleni", "Athina"], ["Papadopoulos", "Pappas", "Georgiou"]),
            n=(["Γιώργος", "Δημήτρης", "Νίκος"], ["Μαρία", "Ελένη", "Αθηνά"], ["Παπαδόπουλος", "Παππάς", "Γεωργίου"]),
            cities=[("Αθήνα", lambda: "1%02d %02d" % (rnd.randint(4, 77), rnd.randint(0, 99)), lambda: "Οδός Ερμού %d" % rnd.randint(1, 120)), ("Θεσσαλονίκη", lambda: "5%02d %02d" % (rnd.randint(46, 64), rnd.randint(0, 99)), lambda: "Λεωφ. Νίκης %d" % rnd.randint(1, 80))],
            cc="30", area=lambda: "69%08d" % rnd.randint(0, 99999999), loc=lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), tld="gr", region=["Αττική", "Κεντρική Μακεδονία"]),
 "RU": dict(g=(["Dmitry", "Sergey", "Ivan"], ["Olga", "Tatiana", "Anastasia"], ["Ivanov", "Smirnov", "Kuznetsov"]),
            n=(["Дмитрий", "Сергей", "Иван"], ["Ольга", "Татьяна", "Анастасия"], ["Иванов", "Смирнов", "Кузнецов"]),
            cities=[("Москва", lambda: "1%05d" % rnd.randint(1000, 29999), lambda: "ул. Тверская, д. %d, кв. %d" % (rnd.randint(1, 40), rnd.randint(1, 300))), ("Kazan", lambda: "420%03d" % rnd.randint(0, 140), lambda: "ул. Баумана, д. %d" % rnd.randint(1, 90))],
            cc="7", area=lambda: "9%09d" % rnd.randint(0, 999999999), loc=lambda n: "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), tld="ru", region=["Москва", "Татарстан"]),
 "BG": dict(g=(["Georgi", "Ivan", "Nikolay"], ["Sofia", "Maria", "Desislava"], ["Petrov", "Georgiev", "Dimitrov"]),
            n=(["Георги", "Иван", "Николай"], ["София", "Мария", "Десислава"], ["Петров", "Георгиев", "Димитров"]),
            cities=[("София", lambda: "1%03d" % rnd.randint(0, 799), lambda: "ж.к. Младост %d, бл. %d, вх. %s, ет. %d, ап. %d" % (rnd.randint(1, 4), rnd.randint(1, 300), rnd.choice("АБВГ"), rnd.randint(1, 14), rnd.randint(1, 90)))],
            cc="359", area=lambda: "8%d%07d" % (rnd.choice([7, 8, 9]), rnd.randint(0, 9999999)), loc=lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), tld="bg", region=["София-град"]),
 "EG": dict(g=(["Mohamed", "Ahmed", "Omar"], ["Fatma", "Nour", "Alexandria"], ["Hassan", "Mahmoud", "Ibrahim"]),
            n=(["محمد", "أحمد", "عمر"], ["فاطمة", "نور", "مريم"], ["حسن", "محمود", "إبراهيم"]),
            cities=[("القاهرة", lambda: "1%04d" % rnd.randint(1000, 1999), lambda: "%d شارع التحرير، الدقي" % rnd.randint(1, 99)), ("Alexandria", lambda: "21%03d" % rnd.randint(500, 599), lambda: "%d Fouad Street, Raml Station" % rnd.randint(1, 80))],
            cc="20", area=lambda: "1%d%08d" % (rnd.choice([0, 1, 2, 5]), rnd.randint(0, 99999999)), loc=lambda n: "0%s %s %s" % (n[:3], n[3:6], n[6:]), tld="eg", region=["القاهرة", "الإسكندرية"]),
 "SA": dict(g=(["Abdullah", "Faisal", "Khalid"], ["Noura", "Reem", "Sara"], ["Al-Otaibi", "Al-Qahtani", "Al-Ghamdi"]),
            n=(["عبدالله", "فيصل", "خالد"], ["نورة", "ريم", "سارة"], ["العتيبي", "القحطاني", "الغامدي"]),
            cities=[("الرياض", lambda: "1%04d" % rnd.randint(1000, 4999), lambda: "%d طريق الملك فهد، حي العليا" % rnd.randint(1000, 9999))],
            cc="966", area=lambda: "5%08d" % rnd.randint(0, 99999999), loc=lambda n: "0%s %s %s" % (n[:2], n[2:5], n[5:]), tld="sa", region=["منطقة الرياض"]),
 "BR": dict(g=(["João", "Pedro", "Lucas"], ["Ana", "Beatriz", "Helena"], ["Silva", "Santos", "Oliveira", "Souza"]), n=None,
            cities=[("São Paulo", lambda: "0%04d-%03d" % (rnd.randint(1000, 5999), rnd.randint(0, 999)), lambda: "Rua Augusta, %d, apto %d" % (rnd.randint(1, 2900), rnd.randint(11, 184)))],
            cc="55", area=lambda: "119%08d" % rnd.randint(0, 99999999), loc=lambda n: "(%s) %s-%s" % (n[:2], n[2:7], n[7:]), tld="com.br", region=["SP"]),
 "PL": dict(g=(["Jakub", "Kacper", "Szymon"], ["Zuzanna", "Julia", "Maja"], ["Nowak", "Kowalski", "Wiśniewski"]), n=None,
            cities=[("Kraków", lambda: "3%d-%03d" % (rnd.randint(0, 1), rnd.randint(0, 999)), lambda: "ul. Floriańska %d m. %d" % (rnd.randint(1, 60), rnd.randint(1, 30)))],
            cc="48", area=lambda: "%d%08d" % (rnd.choice([5, 6, 7, 8]), rnd.randint(0, 99999999)), loc=lambda n: "%s %s %s" % (n[:3], n[3:6], n[6:]), tld="pl", region=["małopolskie"]),
}
WEIGHT = {"US": 4, "GB": 2, "FR": 2, "ES": 2, "NL": 1, "SE": 1, "FI": 1, "IN": 3, "CN": 3, "KR": 2, "GR": 1, "RU": 2, "BG": 1, "EG": 1, "SA": 1, "BR": 2, "PL": 1}
CCS = [c for c in WEIGHT for _ in range(WEIGHT[c])]
CURR = {"US": "USD", "GB": "GBP", "FR": "EUR", "ES": "EUR", "NL": "EUR", "SE": "SEK", "FI": "EUR", "IN": "INR", "CN": "CNY", "KR": "KRW", "GR": "EUR", "RU": "RUB", "BG": "BGN", "EG": "EGP", "SA": "SAR", "BR": "BRL", "PL": "PLN"}
QS = ["What was the name of your first pet?", "In what city were you born?", "What is your mother's maiden name?", "What was your first car?", "What was the name of your primary school?"]
PETS = ["Rex", "Bella", "Mishka", "Luna", "Tommy", "Simba", "Bobik"]
CARS = ["Lada 2107", "Ford Fiesta", "VW Golf", "Hyundai Accent", "Fiat Uno", "Toyota Corolla"]
SCHOOLS = ["Lincoln Elementary", "Escola Estadual 12", "Школа №57", "St. Mary's Primary", "Collège Victor Hugo"]
EMP = ["Acme Logistics", "Tata Consultancy Services", "Siemens AG", "Gazprom Neft", "Samsung Electronics", "Banco do Brasil", "NHS Leeds Teaching Hospitals",
       "Université Lyon 2", "Ericsson", "Alibaba Group", "self-employed", "Orange S.A.", "Aramco", "Madison Square Garden Co."]
PRODUCTS = [("SKU-10021", "Madison office chair", 149.0), ("SKU-10457", "Sofia table lamp", 39.9), ("SKU-20011", "USB-C cable 2 m", 9.99),
            ("SKU-20450", "Noise-cancelling headphones", 199.0), ("SKU-31002", "Florence linen duvet", 89.5), ("SKU-31877", "Austin espresso cups (4)", 24.0),
            ("SKU-40200", "Yoga mat", 29.95), ("SKU-40999", "Paris travel adapter", 14.5)]
def latin_user(g, f):
    t = (g + f).lower()
    t = "".join(ch for ch in t if ch in string.ascii_lowercase)
    return t or "user"
def pwd():
    return rnd.choice(["Summer2023!", "qwerty123", "P@ssw0rd", "iloveyou", "", ""]) or "".join(rnd.choice(string.ascii_letters + string.digits + "!#$%") for _ in range(rnd.randint(9, 16)))
def bcrypt_like(p):
    h = hashlib.sha256((p + str(rnd.random())).encode()).digest() + hashlib.sha256(p.encode()).digest()
    s = base64.b64encode(h).decode().replace("+", ".").replace("=", "")
    return "$2b$12$" + s[:53]
people, orders = [], []
oid = 500000
for i in range(2500):
    cc = rnd.choice(CCS); c = C[cc]
    male = rnd.random() < .5
    gi = rnd.randrange(3); fi = rnd.randrange(len(c["g"][2]))
    g = c["g"][0 if male else 1][gi]; f = c["g"][2][fi]
    if c["n"] and rnd.random() < .6:
        gn, fn = c["n"][0 if male else 1][gi], c["n"][2][fi % len(c["n"][2])]
        native = fn + gn if cc in ("CN", "KR") else "%s %s" % (gn, fn)
    else:
        native = ""
    latin = "%s %s" % (f.upper(), g) if cc in ("CN", "KR") and rnd.random() < .5 else "%s %s" % (g, f)
    bd = datetime.date(rnd.randint(1938, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    nid, kind = nat_id(cc, bd, male)
    ci = rnd.randrange(len(c["cities"])); city, pc, ad = c["cities"][ci]
    n = c["area"]()
    u = latin_user(g, f)
    login = rnd.choice([u, u + str(rnd.randint(1, 99)), u[:6] + "_" + str(bd.year)[2:], g.lower().replace(" ", "") + "." + str(rnd.randint(100, 999))])
    login = "".join(ch for ch in login if ch.isascii())
    email = "%s@%s" % (login, rnd.choice(["gmail.com", "yahoo.com", "outlook.com", "mail.ru", "qq.com", "naver.com", "web.de", "orange.fr"]))
    p = pwd()
    q = rnd.randrange(len(QS))
    mm = rnd.choice(c["g"][2])
    ans = [rnd.choice(PETS), city, mm, rnd.choice(CARS), rnd.choice(SCHOOLS)][q]
    site = rnd.choice(["", "", "", "https://%s.%s/" % (u[:12], c["tld"]), "%s-%s.dev" % (g.lower()[:5], f.lower()[:6]), "http://www.%sphoto.%s" % (u[:8], c["tld"])])
    site = "".join(ch for ch in site if ch.isascii())
    cid = "C%07d" % (1000000 + i * 37 % 1000000 + rnd.randint(0, 36))
    e164 = "+" + c["cc"] + n
    notes = rnd.choice(["", "", "", "", "VIP", "prefers WhatsApp", "address verified", "chargeback 2023, resolved",
                        "customer read out SSN %s on the phone for verification" % nid if cc == "US" else "ID checked at pickup",
                        "call back on %s after 6pm" % c["loc"](n), "wants invoices to %s" % email, "duplicate account merged into %s" % login,
                        "Spoke with %s, spouse of %s" % (rnd.choice(c["g"][1 if male else 0]), g)])
    people.append([cid, login, p, bcrypt_like(p), QS[q], ans, native, latin, g, f, mm, rnd.choice(EMP), site, email, e164, c["loc"](n), cc, nid, kind,
                   iban(cc) if rnd.random() < .9 else "", ad(), city, pc(), c["region"][ci], bd.isoformat(), "F" if not male else "M",
                   (datetime.datetime(2019, 1, 1) + datetime.timedelta(seconds=rnd.randint(0, 5 * 365 * 86400))).strftime("%Y-%m-%d %H:%M:%S"),
                   "%d.%d.%d.%d" % (rnd.choice([31, 46, 78, 85, 95, 101, 117, 182, 203]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                   notes, rnd.choice(["yes", "no", "no"]), rnd.choice(["bronze", "silver", "gold", "platinum"]), CURR[cc]])
    for k in range(rnd.choice([0, 1, 1, 2, 2, 3])):
        oid += rnd.randint(1, 9)
        pr = rnd.choice(PRODUCTS)
        orders.append([oid, i, cid, (datetime.datetime(2022, 1, 1) + datetime.timedelta(seconds=rnd.randint(0, 3 * 365 * 86400))).strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                       pr[0], pr[1], rnd.randint(1, 4), "%.2f" % pr[2], CURR[cc], rnd.choice(["card", "card", "paypal", "bank transfer", "cash on delivery"]),
                       city if rnd.random() < .8 else rnd.choice(c["cities"])[0], rnd.choice(["delivered", "delivered", "shipped", "cancelled", "returned"])])
orders.sort(key=lambda r: r[0])
PH = "customer_no,login,password,pwd_hash,security_question,security_answer,full_name_native,full_name_latin,given_name,surname,mother_maiden_name,employer,homepage,email,phone_e164,phone_local,country_code,national_id,id_kind,iban,address_line,locality,postal_code,region,birth_date,gender,signup_ts,last_login_ip,notes,marketing_consent,tier,currency"
OH = "order_no,_person,customer_no,placed_at,sku,product,qty,unit_price,currency,payment_method,ship_city,order_status"
def write(folder, np):
    sel = set(range(np))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "people.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(PH.split(","))
        for r in people[:np]: w.writerow(r)
    with open(os.path.join(folder, "orders.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow([h for h in OH.split(",") if h != "_person"])
        for r in orders:
            if r[1] in sel: w.writerow([r[0]] + r[2:])
    N = "NON_IDENTIFYING"
    L = {"people." + h: v for h, v in zip(PH.split(","), ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "CREDENTIAL", "CREDENTIAL", N, "CREDENTIAL", "NAME", "NAME",
         "GIVEN_NAME", "FAMILY_NAME", "FAMILY_NAME", "NAME", "URL", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", N, "NATIONAL_ID", N, "IBAN",
         "STREET_ADDRESS", "CITY", "ZIP_CODE", N, "DATE_OF_BIRTH", N, "DATE", "IP_ADDRESS", "FREE_TEXT", N, N, N])}
    L.update({"orders." + h: v for h, v in zip([h for h in OH.split(",") if h != "_person"], ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", N, N, N, N, N, N, "CITY", N])})
    name = os.path.basename(folder)
    gold = {"dataset": name, "description": "Invented customer export, %d people from 17 countries (names in Arabic, Han, Cyrillic, Devanagari, Greek, Hangul and Latin; login, plain password, bcrypt hash, security question and answer; mother's maiden name, employer, homepage; national ids with real check digits, IBANs, E.164 and local phones, local-format addresses; notes quoting SSNs, phones, e-mails) and their %d orders%s. Product names, a given name and towns coincide (Madison, Sofia, Florence, Austin, Paris, Valencia, Alexandria, Lincoln)" % (np, sum(1 for r in orders if r[1] in sel), "; the first 40 people of people-intl-2" if np == 40 else ""),
            "delimiter": ",", "entity": "people", "columns": L, "foreignKeys": [{"column": "orders.customer_no", "references": "people.customer_no"}]}
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")
write(HERE, 2500)
write(os.path.join(os.path.dirname(HERE), "people-intl-2-40"), 40)

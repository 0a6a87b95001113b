#!/usr/bin/env python3
"""Writes bank-dam-il: an invented Israeli blood bank's donor register (tachanot 6 rows, tormim 80 rows, trumot 200
rows), `,`, dd/mm/yyyy dates, Hebrew headers and values. Teudat Zehut numbers with the published check digit, surname
first columns, names with the particle `בן`, ages over 89 (past donors), 7-digit mikud postcodes, 05X-XXXXXXX mobiles,
the nurse's name repeated on many rows, notes naming wives and sons with phones (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(140101)
GIVEN = ["יוסי", "דוד", "משה", "אברהם", "יעקב", "איתי", "נועם", "עומר", "אורי", "דניאל",
         "נועה", "מיכל", "שרה", "רחל", "תמר", "יעל", "אסתר", "רבקה", "מאיה", "שירה"]
FAMILY = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן", "אזולאי", "מלכה", "חדד", "גבאי",
          "בן דוד", "אוחיון", "שפירא", "כץ", "בן חיים", "יוסף"]
MALE = set(GIVEN[:10])
CITY = [("תל אביב-יפו", "6"), ("חיפה", "3"), ("ירושלים", "9"), ("באר שבע", "8"), ("רמת גן", "52"),
        ("פתח תקווה", "49"), ("חולון", "58"), ("בני ברק", "51")]
STREET = ["הרצל", "ז'בוטינסקי", "רוטשילד", "בן יהודה", "ויצמן", "אחד העם", "הנביאים", "סוקולוב"]
BLOOD = ["O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-"]
KUPA = ["כללית", "כללית", "מכבי", "מאוחדת", "לאומית"]
ref = datetime.date(2025, 6, 1)

def tz():
    body = "%08d" % rnd.randint(1000000, 39999999)
    for c in range(10):
        s = 0
        for i, ch in enumerate(body + str(c)):
            v = int(ch) * (1 + i % 2)
            s += v - 9 if v > 9 else v
        if s % 10 == 0:
            return body + str(c)

def mobile():
    return "05%d-%07d" % (rnd.choice([0, 2, 3, 4, 8]), rnd.randint(0, 9999999))

def d(x):
    return x.strftime("%d/%m/%Y")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

NURSES = ["רחל כהן", "אסתר מזרחי", "מיכל פרידמן", "יעל ביטון"]
tach = []
for i, (n, city) in enumerate([("מד\"א תל השומר", 0), ("מד\"א חיפה", 1), ("מד\"א ירושלים", 2), ("ניידת דרום", 3),
                                ("מד\"א רמת גן", 4), ("ניידת מרכז", 5)]):
    tach.append(["T%02d" % (i + 1), n, "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))])
tor = []
for i in range(80):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    if i % 13 == 5:
        b = datetime.date(rnd.randint(1930, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1948, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    city, pre = rnd.choice(CITY)
    mikud = pre + "%0*d" % (7 - len(pre), rnd.randint(0, 10 ** (7 - len(pre)) - 1))
    tor.append(["D%05d" % (10000 + i * 7), tz(), f, g, d(b), age, "ז" if g in MALE else "נ",
                "רח' %s %d דירה %d" % (rnd.choice(STREET), rnd.randint(1, 120), rnd.randint(1, 30)), city, mikud,
                mobile(), rnd.choice(BLOOD), rnd.choice(KUPA)])
tru = []
NOTES = ["", "", "", "", "המוגלובין נמוך - דחייה זמנית", "תרומה ראשונה",
         "התורם הגיע עם אשתו {g} {f}, טל' {p}", "ביקש שיתקשרו לבנו {g} {f} במספר {p}",
         "הופנה על ידי האחות {n}", "תרם לזכר אביו {g} {f}"]
for i in range(200):
    t = rnd.choice(tor); st = rnd.choice(tach)
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 500))
    nurse = rnd.choice(NURSES)
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=mobile(), n=rnd.choice(NURSES))
    tru.append(["%07d" % (4400000 + i * 3), t[0], d(day), st[0], nurse, "%.1f" % rnd.uniform(11.8, 16.5),
                rnd.choice([450, 450, 450, 500]), note])
write("tachanot", ["קוד_תחנה", "שם_תחנה", "מנהל_תחנה"], tach)
write("tormim", ["מספר_תורם", "תעודת_זהות", "שם_משפחה", "שם_פרטי", "תאריך_לידה", "גיל", "מין", "כתובת", "יישוב",
                 "מיקוד", "טלפון_נייד", "סוג_דם", "קופת_חולים"], tor)
write("trumot", ["מספר_תרומה", "מספר_תורם", "תאריך_תרומה", "קוד_תחנה", "אחות", "המוגלובין", "כמות_מל", "הערות"], tru)
cols = {}
for k, v in [("tachanot.קוד_תחנה", "NON_IDENTIFYING"), ("tachanot.שם_תחנה", "NON_IDENTIFYING"), ("tachanot.מנהל_תחנה", "NAME"),
             ("tormim.מספר_תורם", "OTHER_UNIQUE_IDENTIFIER"), ("tormim.תעודת_זהות", "NATIONAL_ID"),
             ("tormim.שם_משפחה", "FAMILY_NAME"), ("tormim.שם_פרטי", "GIVEN_NAME"), ("tormim.תאריך_לידה", "DATE_OF_BIRTH"),
             ("tormim.גיל", "AGE"), ("tormim.מין", "NON_IDENTIFYING"), ("tormim.כתובת", "STREET_ADDRESS"),
             ("tormim.יישוב", "CITY"), ("tormim.מיקוד", "ZIP_CODE"), ("tormim.טלפון_נייד", "TELEPHONE_NUMBER"),
             ("tormim.סוג_דם", "NON_IDENTIFYING"), ("tormim.קופת_חולים", "NON_IDENTIFYING"),
             ("trumot.מספר_תרומה", "OTHER_UNIQUE_IDENTIFIER"), ("trumot.מספר_תורם", "OTHER_UNIQUE_IDENTIFIER"),
             ("trumot.תאריך_תרומה", "DATE"), ("trumot.קוד_תחנה", "NON_IDENTIFYING"), ("trumot.אחות", "NAME"),
             ("trumot.המוגלובין", "NON_IDENTIFYING"), ("trumot.כמות_מל", "NON_IDENTIFYING"), ("trumot.הערות", "FREE_TEXT")]:
    cols[k] = v
g = {"dataset": "bank-dam-il",
     "description": "Invented Israeli blood bank export, `,`, dd/mm/yyyy, Hebrew headers and values: 6 collection stations (code, name, manager), 80 donors (donor no, Teudat Zehut with check digit, surname, given name (particle בן), birth date, age with 90-95, sex ז/נ, street address, city, 7-digit mikud, 05X mobile, blood group, health fund), 200 donations (number, donor no, date, station code, nurse's name repeated on many rows, haemoglobin, volume, notes naming wives and sons with phones, nurses)",
     "delimiter": ",", "entity": "tormim", "columns": cols,
     "foreignKeys": [{"column": "trumot.מספר_תורם", "references": "tormim.מספר_תורם"},
                     {"column": "trumot.קוד_תחנה", "references": "tachanot.קוד_תחנה"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

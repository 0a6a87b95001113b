#!/usr/bin/env python3
"""breaker30: invented hotel property-management (Opera-style) guest register export. Python 3 stdlib only, fixed
seed. The same file serves hotel-pms (1,200 stays) and hotel-pms-40 (40 stays): the folder name picks size and seed."""
import csv, json, os, random, string
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.basename(HERE)
N, SEED = (40, 3040) if SET == "hotel-pms-40" else (1200, 3120)
R = random.Random(SEED)
# (nationality alpha-2, alpha-3, [(given, family, native given, native family)], passport shape)
PEOPLE = {
    "GR": ("GRC", [("Giorgos", "Papadopoulos", "Γιώργος", "Παπαδόπουλος"), ("Eleni", "Nikolaou", "Ελένη", "Νικολάου"),
                   ("Dimitris", "Georgiou", "Δημήτρης", "Γεωργίου"), ("Maria", "Karagianni", "Μαρία", "Καραγιάννη"),
                   ("Konstantinos", "Vlachos", "Κωνσταντίνος", "Βλάχος"), ("Sofia", "Oikonomou", "Σοφία", "Οικονόμου")], "AA9999999"),
    "SA": ("SAU", [("Mohammed", "Al-Otaibi", "محمد", "العتيبي"), ("Abdullah", "Al-Qahtani", "عبدالله", "القحطاني"),
                   ("Nora", "Al-Harbi", "نورة", "الحربي"), ("Faisal", "Al-Shammari", "فيصل", "الشمري"), ("Reem", "Al-Dosari", "ريم", "الدوسري")], "A99999999"),
    "JO": ("JOR", [("Omar", "Haddad", "عمر", "حداد"), ("Lina", "Khoury", "لينا", "خوري"), ("Yazan", "Jordan", "يزن", "جوردان")], "A999999"),
    "RU": ("RUS", [("Sergey", "Ivanov", "Сергей", "Иванов"), ("Anna", "Smirnova", "Анна", "Смирнова"), ("Dmitry", "Kuznetsov", "Дмитрий", "Кузнецов"),
                   ("Olga", "Popova", "Ольга", "Попова"), ("Alexei", "Volkov", "Алексей", "Волков")], "999999999"),
    "UA": ("UKR", [("Oksana", "Shevchenko", "Оксана", "Шевченко"), ("Taras", "Bondarenko", "Тарас", "Бондаренко")], "AA999999"),
    "BG": ("BGR", [("Ivan", "Petrov", "Иван", "Петров"), ("Desislava", "Georgieva", "Десислава", "Георгиева")], "999999999"),
    "GB": ("GBR", [("Oliver", "King", "", ""), ("Amelia", "Hughes", "", ""), ("Harry", "Clarke", "", ""), ("Grace", "Twin", "", ""), ("Jack", "Suite", "", "")], "999999999"),
    "US": ("USA", [("Michael", "King", "", ""), ("Jennifer", "Miller", "", ""), ("David", "Paris", "", ""), ("Ashley", "Carter", "", ""), ("Jordan", "Reed", "", "")], "999999999"),
    "DE": ("DEU", [("Lukas", "Müller", "", ""), ("Hannah", "Schmidt", "", ""), ("Jonas", "Weber", "", ""), ("Lea", "Becker", "", "")], "CXXXXXXXX"),
    "FR": ("FRA", [("Camille", "Dubois", "", ""), ("Louis", "Lefèvre", "", ""), ("Chloé", "Moreau", "", "")], "99XX99999"),
    "AE": ("ARE", [("Khalid", "Al-Mansoori", "خالد", "المنصوري"), ("Mariam", "Al-Suwaidi", "مريم", "السويدي")], "X9999999"),
    "CY": ("CYP", [("Andreas", "Christodoulou", "Ανδρέας", "Χριστοδούλου"), ("Katerina", "Ioannou", "Κατερίνα", "Ιωάννου")], "K99999999"),
}
WEIGHT = {"GR": 20, "SA": 8, "JO": 3, "RU": 8, "UA": 3, "BG": 4, "GB": 14, "US": 8, "DE": 12, "FR": 7, "AE": 4, "CY": 5}
def passport(shape):
    out = ""
    for ch in shape:
        out += R.choice(string.ascii_uppercase) if ch == "A" or (ch == "X" and R.random() < 0.5) else str(R.randint(0, 9)) if ch in "9X" else ch
    return out
def idcard(cc):
    return {"GR": lambda: R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + R.choice("ΑΒΕΖΗΙΚΜΝ") + " %06d" % R.randint(0, 999999),
            "DE": lambda: "L" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "FR": lambda: "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
            "BG": lambda: "%09d" % R.randint(0, 999999999), "CY": lambda: "%08d" % R.randint(0, 99999999)}.get(cc, lambda: "%09d" % R.randint(0, 999999999))()
def luhn(body):
    t = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d - 9 if d > 9 else d
    return body + str((10 - t % 10) % 10)
def plate(cc):
    return {"GR": lambda: "%s%s%s-%04d" % tuple([R.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") for _ in range(3)] + [R.randint(1000, 9999)]),
            "DE": lambda: "%s-%s %d" % (R.choice(["M", "B", "HH", "S", "F"]), "".join(R.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(1, 9999)),
            "BG": lambda: "%s %04d %s" % (R.choice(["CA", "CB", "PB", "B"]), R.randint(0, 9999), "".join(R.choice("ABEKMHOPCTYX") for _ in range(2))),
            "GB": lambda: "%s%02d %s" % ("".join(R.choice("ABCDEFGHKLMNPRSVWY") for _ in range(2)), R.choice([19, 20, 69, 70, 71, 72, 23, 73]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
            "CY": lambda: "%s%s%s %03d" % tuple([R.choice("KMNEXTYZ") for _ in range(3)] + [R.randint(100, 999)])}.get(cc, lambda: "")()
RATES = [("BAR", "Best Available Rate"), ("BARBB", "Best Available incl. Breakfast"), ("CORP", "Corporate negotiated"),
         ("GOV", "Government"), ("PKG3", "3-night package"), ("OTA", "Online travel agent"), ("GRP", "Group block"), ("AAA", "AAA / auto club")]
ROOMTYPES = [("STD", "Standard Double"), ("KING", "Deluxe King"), ("TWIN", "Superior Twin"), ("JRS", "Junior Suite"), ("SUITE", "Paris Suite")]
COMPANIES = ["", "", "", "", "", "Aegean Airlines", "Siemens AG", "Deloitte", "Jordan Phosphate Mines", "Saudi Aramco",
             "Lukoil", "Cosco Shipping", "Hellenic Petroleum", "King & Spalding", "Carter Logistics"]
SOURCES = ["Booking.com", "Expedia", "Direct - Phone", "Direct - Web", "Walk-in", "GDS - Amadeus", "Corporate"]
SEGMENT = ["LEIS", "CORP", "GRP", "GOV", "OTA", "LONG"]
cnt = list(WEIGHT); wts = [WEIGHT[c] for c in cnt]
rows = []
used = set()
for i in range(N):
    cc = R.choices(cnt, wts)[0]; a3, ppl, shape = PEOPLE[cc]
    g, f, ng, nf = R.choice(ppl)
    native_only = ng and R.random() < 0.18  # front desk typed the name as written in the passport's native line
    last, first = (nf, ng) if native_only else (f.upper() if R.random() < 0.3 else f, g)
    dt = R.choices(["PASSPORT", "ID CARD", "DRIVING LICENCE"], [70, 25, 5])[0]
    if cc in ("SA", "JO", "RU", "UA", "US", "AE"):
        dt = "PASSPORT" if dt == "ID CARD" else dt
    doc = passport(shape) if dt == "PASSPORT" else idcard(cc) if dt == "ID CARD" else "%s%07d" % (R.choice("ABDKX"), R.randint(0, 9999999))
    dob = "%02d.%02d.%04d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1932, 2006))
    day = R.randint(0, 300); nights = R.choice([1, 1, 2, 2, 3, 3, 4, 5, 7, 10, 14])
    def d(n):
        mlen = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; m = 0
        while n >= mlen[m]:
            n -= mlen[m]; m += 1
            if m == 12:
                return "%02d.%02d.%04d" % (n + 1, 1, 2027)
        return "%02d.%02d.%04d" % (n + 1, m + 1, 2026)
    while True:
        conf = "%d" % R.randint(40000000, 49999999)
        if conf not in used:
            used.add(conf); break
    rt = R.choice(ROOMTYPES); rate = R.choice(RATES)
    amt = {"STD": 95, "KING": 140, "TWIN": 120, "JRS": 210, "SUITE": 380}[rt[0]] * R.uniform(0.8, 1.6)
    loyal = luhn("%08d" % R.randint(10000000, 99999999)) if R.random() < 0.35 else ""
    car = plate(cc) if R.random() < 0.2 else ""
    comp = R.choice(COMPANIES)
    if comp and rate[0] != "CORP" and R.random() < 0.6:
        rate = RATES[2]
    nat = cc if R.random() < 0.9 else R.choice(cnt)
    mail = "%s.%s%d@%s" % (g.lower(), f.lower().replace("-", "").replace("ü", "ue").replace("è", "e"), R.randint(1, 99), R.choice(["gmail.com", "yahoo.gr", "hotmail.com", "mail.ru", "outlook.com", "web.de"])) if R.random() < 0.7 else ""
    mob = "+%s %s" % ({"GR": "30", "SA": "966", "JO": "962", "RU": "7", "UA": "380", "BG": "359", "GB": "44", "US": "1", "DE": "49", "FR": "33", "AE": "971", "CY": "357"}[cc], " ".join(str(R.randint(100, 999)) for _ in range(3))) if R.random() < 0.8 else ""
    rem = R.choice(["", "", "", "", "late arrival ~23:00", "non-smoking", "baby cot", "high floor pls", "VIP - GM guest",
                    "travelling with %s %s (wife)" % (R.choice(["Elena", "Fatima", "Irina", "Sarah"]), f), "pays by co. %s" % (comp or "Cosco Shipping"),
                    "guest %s called re: airport pick-up, %s" % (first, mob or "+30 697 555 0101")])
    rows.append({"Conf_No": conf, "Profile_ID": "%d" % (2000000 + R.randint(0, 999999)), "Last_Name": last, "First_Name": first,
                 "Alt_Name": ("%s %s" % (nf, ng)) if ng and not native_only and R.random() < 0.5 else "",
                 "Nationality": nat, "Country": a3, "Doc_Type": dt, "Doc_Number": doc, "Doc_Issuing_Country": a3,
                 "Date_of_Birth": dob, "Arrival": d(day), "Departure": d(day + nights), "Nights": nights, "Room": str(R.choice([1, 2, 3, 4, 5])) + "%02d" % R.randint(1, 24),
                 "Room_Type": rt[0], "Rate_Code": rate[0], "Rate_Amount": "%.2f" % amt, "Currency": "EUR", "Adults": R.choice([1, 1, 2, 2, 2, 3]),
                 "Children": R.choice([0, 0, 0, 1, 2]), "Membership_No": loyal, "Membership_Level": R.choice(["Silver", "Gold", "Platinum"]) if loyal else "",
                 "Car_Plate": car, "Company": comp, "Source": R.choice(SOURCES), "Market_Segment": R.choice(SEGMENT),
                 "Payment": R.choice(["VA", "MC", "AX", "CA", "DB"]), "Email": mail, "Mobile": mob, "Reservation_Status": R.choice(["CHECKED OUT", "CHECKED OUT", "CHECKED OUT", "IN HOUSE", "NO SHOW", "CANCELLED"]),
                 "Remarks": rem})
with open(os.path.join(HERE, "guest_register.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n"); w.writeheader(); w.writerows(rows)
NI, D, OU = "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER"
lab = dict(Conf_No=OU, Profile_ID=OU, Last_Name="FAMILY_NAME", First_Name="GIVEN_NAME", Alt_Name="NAME", Nationality=NI, Country=NI, Doc_Type=NI,
           Doc_Number="NATIONAL_ID", Doc_Issuing_Country=NI, Date_of_Birth="DATE_OF_BIRTH", Arrival=D, Departure=D, Nights=NI, Room=NI, Room_Type=NI,
           Rate_Code=NI, Rate_Amount=NI, Currency=NI, Adults=NI, Children=NI, Membership_No="ACCOUNT_NUMBER", Membership_Level=NI,
           Car_Plate="VEHICLE_IDENTIFIER", Company="QUASI_IDENTIFIER", Source=NI, Market_Segment=NI, Payment=NI, Email="EMAIL_ADDRESS",
           Mobile="TELEPHONE_NUMBER", Reservation_Status=NI, Remarks="FREE_TEXT")
gold = {"dataset": SET,
        "description": "Invented Opera-style hotel guest register (breaker30), ',', dd.mm.yyyy dates, %d stays: confirmation and profile numbers, names in Latin (some upper-case) or, for 18%% of Greek/Arabic/Cyrillic guests, only in the native script, an Alt_Name in native script, nationality ISO alpha-2, country alpha-3, document type/number (passport shapes per country, Greek ID cards with Greek letters), birth dates from 1932, room, room type 'KING'/'SUITE' beside surnames 'King'/'Suite'/'Paris', rate codes, Luhn-valid membership numbers, car plates (Greek plates in Greek letters), company, e-mail, mobile, remarks naming companions" % N,
        "delimiter": ",", "entity": "guest_register", "columns": {"guest_register." + c: lab[c] for c in rows[0]}, "foreignKeys": []}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

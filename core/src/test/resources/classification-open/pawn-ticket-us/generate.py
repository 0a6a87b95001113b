#!/usr/bin/env python3
"""Writes pawn-ticket-us: an invented daily transaction report of a FICTIONAL chain of pawn shops as uploaded to a
police reporting service (LeadsOnline-like field names, PascalCase, ',' with MM/DD/YYYY dates and 'MM/DD/YYYY hh:mm
AM' times; seeded, stdlib only). Stores: 9 (StoreID, StoreName, PawnLicenseNo, address, phone). Customers: 1,450
(CustomerID, LastName, FirstName, MiddleName, DOB, Sex, Race, Height 5'10", Weight, EyeColor, HairColor, IDType,
IDState, IDNumber in the shape of the issuing state (TX 8 digits, LA 9 digits, MS 9 digits, AR 9 digits starting 9,
OK letter + 9 digits, FL S530-460-56-123-0, passport 9 digits), IDExpiration, address, phone, ScarsMarksTattoos
(free text, 80% empty, some naming people)). Tickets: 3,259 item lines (2,450 tickets) (TicketNumber '07-0045123', ItemSeq,
StoreID, CustomerID, TransactionType PAWN/BUY, TransactionDate, Employee, Category, Brand, Model, SerialNumber (empty
for jewellery; IMEI for phones), Description, Engraving (free text, mostly empty), Metal, Weight DWT, Amount, MaturityDate,
Status). Deliberate coincidences: brand 'Lincoln' (welders) beside the surname Lincoln, EyeColor 'Hazel' beside the given
name Hazel, store 'Gold Star Pawn - Jackson' beside the surname Jackson, brand 'Craftsman' and model 'Marshall' (amps) beside the city Marshall TX."""
import csv, json, random
rnd = random.Random(700202)
GIVEN = ["James", "Tyrone", "Hazel", "Brandon", "Crystal", "Latoya", "Cody", "Dustin", "Amber", "Tiffany", "Marcus",
         "Jasmine", "Kevin", "Brittany", "Travis", "Shanice", "Jose", "Maria", "Luis", "Rosa", "Billy", "Tammy",
         "Darnell", "Keisha", "Wesley", "Misty", "Dakota", "Heather", "Roberto", "Guadalupe", "Terrell", "April"]
FAMILY = ["Jackson", "Johnson", "Williams", "Brown", "Davis", "Lincoln", "Thibodeaux", "Boudreaux", "Landry", "Hebert",
          "Garcia", "Martinez", "Hernandez", "Smith", "Jones", "Washington", "Moore", "Harris", "Robinson", "Walker",
          "Nguyen", "Tran", "Pham", "Wright", "Cooper", "Bell", "Parker", "Turner", "Reed", "Mitchell", "Dupree", "Fontenot"]
TOWNS = [("Jackson", "MS", "392"), ("Vicksburg", "MS", "391"), ("Shreveport", "LA", "711"), ("Monroe", "LA", "712"),
         ("Bossier City", "LA", "711"), ("Texarkana", "TX", "755"), ("Marshall", "TX", "756"), ("Tyler", "TX", "757"),
         ("Longview", "TX", "756"), ("Pine Bluff", "AR", "716"), ("Texarkana", "AR", "718"), ("El Dorado", "AR", "717"),
         ("Idabel", "OK", "747"), ("Pensacola", "FL", "325")]
STREETS = ["Hwy 80 E", "Line Ave", "Youree Dr", "State St", "Robinson Rd", "N Mill St", "Texas Blvd", "E End Blvd",
           "Loop 281", "MLK Jr Dr", "Pecan St", "Magnolia Ave", "Cypress St", "County Rd 1120", "Azalea Dr"]
AREA = {"MS": [601, 769], "LA": [318], "TX": [903, 430], "AR": [870], "OK": [580], "FL": [850]}
stores = []
SN = [("Gold Star Pawn - Jackson", 0), ("Gold Star Pawn - Vicksburg", 1), ("Gold Star Pawn - Youree", 2),
      ("Gold Star Pawn - Monroe", 3), ("Gold Star Pawn - Texarkana", 5), ("Gold Star Pawn - Marshall", 6),
      ("Gold Star Pawn - Tyler", 7), ("Gold Star Pawn - Longview", 8), ("Gold Star Pawn - Pine Bluff", 9)]
for i, (n, t) in enumerate(SN):
    town, st, z3 = TOWNS[t]
    stores.append(["%02d" % (i + 3), n, "%s-PB-%05d" % (st, rnd.randint(100, 99999)), "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)),
                   town, st, z3 + "%02d" % rnd.randint(1, 99), "(%d) 555-%04d" % (rnd.choice(AREA[st]), rnd.randint(100, 9999))])
def idnum(st, typ):
    if typ == "PASSPORT": return "%09d" % rnd.randint(100000000, 999999999)
    if typ == "MIL": return "%010d" % rnd.randint(1000000000, 1999999999)
    if st == "TX": return "%08d" % rnd.randint(10000000, 49999999)
    if st == "LA": return "00%07d" % rnd.randint(1000000, 9999999)
    if st == "MS": return "%09d" % rnd.randint(800000000, 899999999)
    if st == "AR": return "9%08d" % rnd.randint(0, 99999999)
    if st == "OK": return "%s%09d" % (rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.randint(0, 999999999))
    if st == "FL":
        return "%s%03d-%03d-%02d-%03d-%d" % (rnd.choice("BDHJMRSTW"), rnd.randint(0, 999), rnd.randint(0, 999), rnd.randint(40, 99), rnd.randint(0, 999), rnd.randint(0, 9))
customers = []
TATS = ["", "", "", "", "", "", "", "", "TAT R FOREARM ROSE", "TAT L ARM 'MAMA'", "SCAR ABOVE L EYE",
        "TAT NECK 'LATOYA'", "TAT R HAND STAR", "TAT CHEST 'RIP MARCUS'", "TAT L WRIST 'BRITTANY'", "GOLD TEETH",
        "TAT BACK 'JOHNSON'", "PIERCED NOSE", "TAT R ARM 'TIFFANY 4EVER'", "MOLE R CHEEK"]
for i in range(1450):
    town, st, z3 = rnd.choices(TOWNS, weights=[14, 5, 14, 8, 7, 7, 6, 8, 7, 6, 4, 3, 2, 1])[0]
    typ = rnd.choices(["DL", "ID", "PASSPORT", "MIL"], weights=[84, 12, 2, 2])[0]
    idst = st if rnd.random() < .92 else rnd.choice(["TX", "LA", "MS", "AR", "OK", "FL"])
    sex = rnd.choice("MF"); g = rnd.choice(GIVEN)
    y = rnd.randint(1950, 2005)
    h = rnd.randint(59, 76) if sex == "M" else rnd.randint(58, 71)
    customers.append(["%06d" % (200000 + i * 7 + rnd.randint(0, 6)), rnd.choice(FAMILY).upper(), g.upper(), rnd.choice(["", "", "A", "LEE", "MARIE", "J", "RAY", "ANN"]),
                      "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), y), sex, rnd.choices(["W", "B", "H", "A", "I"], weights=[40, 42, 12, 4, 2])[0],
                      "%d'%d\"" % (h // 12, h % 12), str(rnd.randint(105, 290)), rnd.choice(["Brown", "Brown", "Blue", "Green", "Hazel", "Black", "Gray"]),
                      rnd.choice(["BLK", "BRO", "BLN", "RED", "GRY", "BLD"]), typ, "US" if typ in ("PASSPORT", "MIL") else idst,
                      idnum(idst, typ), "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(2025, 2032)),
                      "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)) + rnd.choice(["", "", "", " APT %d" % rnd.randint(1, 200), " LOT %d" % rnd.randint(1, 80)]),
                      town.upper(), st, z3 + "%02d" % rnd.randint(1, 99), "" if rnd.random() < .08 else "%d%03d%04d" % (rnd.choice(AREA[st]), rnd.randint(201, 989), rnd.randint(0, 9999)),
                      rnd.choice(TATS)])
ITEMS = [("Tools", "DeWalt", ["DCD771", "DCF887", "DCS391"], "%s%06d" % ("2023", 0), "DRILL/DRIVER 20V W/ BATTERY"),
         ("Tools", "Milwaukee", ["2801-20", "2767-20", "2630-20"], None, "IMPACT WRENCH 18V"),
         ("Tools", "Lincoln", ["AC-225", "Weld-Pak 140"], None, "WELDER"),
         ("Tools", "Craftsman", ["CMCD700", "CMXEVBE"], None, "TOOL SET"),
         ("Electronics", "Apple", ["iPhone 13", "iPhone 14", "iPad 9th Gen", "MacBook Air M1"], "IMEI", "CELL PHONE"),
         ("Electronics", "Samsung", ["Galaxy S22", "Galaxy A54", "UN55TU7000"], "IMEI", "CELL PHONE"),
         ("Electronics", "Sony", ["PS5 CFI-1215A", "PS4 CUH-2215B"], None, "GAME CONSOLE"),
         ("Electronics", "Microsoft", ["Xbox Series X"], None, "GAME CONSOLE"),
         ("Musical Instruments", "Fender", ["Stratocaster", "Squier Bullet"], None, "ELECTRIC GUITAR"),
         ("Musical Instruments", "Marshall", ["MG15", "DSL40"], None, "GUITAR AMP"),
         ("Jewelry", "", [""], "", "10K YG MENS RING"), ("Jewelry", "", [""], "", "14K YG LADIES RING W/ CZ"),
         ("Jewelry", "", [""], "", "10K YG ROPE CHAIN 22IN"), ("Jewelry", "", [""], "", "14K WG DIAMOND EARRINGS"),
         ("Jewelry", "Rolex", ["Datejust 36"], None, "WATCH SS"), ("Firearms", "Hi-Point", ["C9", "JHP"], None, "PISTOL")]
ENG = ["LOVE ALWAYS JESSICA", "TO MARCUS FROM DAD", "BILLY & TAMMY 6-14-03", "J.W.", "CLASS OF 2009", "MOM", "FOREVER KEISHA"]
EMP = ["Darla Prewitt", "Ronnie Seale", "Shonda McGee", "Trent Bordelon", "Yolanda Pickens", "Casey Rutledge",
       "Alvin Thibodeaux", "Misty Hargrove", "Jerome Guidry", "Kayla Strickland", "Hector Salinas", "Bobbie Dunaway"]
tickets = []
for t in range(2450):
    s = rnd.choice(stores); c = rnd.choice(customers[:rnd.choice([1450, 1450, 300])])
    typ = rnd.choices(["PAWN", "BUY"], weights=[72, 28])[0]
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    tn = "%s-%07d" % (s[0], 45000 + t)
    dt = "%02d/%02d/2025 %02d:%02d %s" % (m, d, rnd.randint(1, 12), rnd.randint(0, 59), rnd.choice(["AM", "PM"]))
    emp = rnd.choice(EMP)
    for seq in range(1, rnd.choices([1, 2, 3], weights=[75, 18, 7])[0] + 1):
        cat, brand, models, sn, desc = rnd.choice(ITEMS)
        model = rnd.choice(models)
        if sn == "": serial = ""
        elif sn == "IMEI": serial = "35%013d" % rnd.randint(0, 10**13 - 1)
        else: serial = rnd.choice(["%s%07d" % (rnd.choice(["N", "MX", "US", "B", "K"]), rnd.randint(0, 9999999)), "%08X" % rnd.randint(0, 0xFFFFFFFF), "%d" % rnd.randint(10000000, 999999999)])
        if rnd.random() < .05 and serial: serial = ""
        metal = "" if cat != "Jewelry" else ("SS" if brand == "Rolex" else desc.split()[0])
        dwt = "" if cat != "Jewelry" else "%.1f" % rnd.uniform(1.2, 24)
        amt = {"Tools": (20, 180), "Electronics": (40, 450), "Musical Instruments": (60, 500), "Jewelry": (30, 900), "Firearms": (60, 140)}[cat]
        tickets.append([tn, str(seq), s[0], c[0], typ, dt, emp, cat, brand, model, serial, desc, rnd.choice(ENG) if cat == "Jewelry" and rnd.random() < .12 else "",
                        metal, dwt, "%.2f" % rnd.randint(*amt), "%02d/%02d/2025" % (m, d) if typ == "BUY" else "%02d/%02d/%04d" % ((m + 1) % 12 + 1, d, 2025 + (m >= 11)),
                        rnd.choice(["ACTIVE", "REDEEMED", "FORFEITED", "EXTENDED"]) if typ == "PAWN" else "PURCHASED"])
H_S = ["StoreID", "StoreName", "PawnLicenseNo", "StoreAddress", "StoreCity", "StoreState", "StoreZip", "StorePhone"]
H_C = ["CustomerID", "LastName", "FirstName", "MiddleName", "DOB", "Sex", "Race", "Height", "Weight", "EyeColor", "HairColor",
       "IDType", "IDState", "IDNumber", "IDExpiration", "Address", "City", "State", "Zip", "Phone", "ScarsMarksTattoos"]
H_T = ["TicketNumber", "ItemSeq", "StoreID", "CustomerID", "TransactionType", "TransactionDate", "Employee", "Category",
       "Brand", "Model", "SerialNumber", "Description", "Engraving", "Metal", "WeightDWT", "Amount", "MaturityDate", "Status"]
for name, head, rows in [("stores", H_S, stores), ("customers", H_C, customers), ("tickets", H_T, tickets)]:
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
N = "NON_IDENTIFYING"
cols = {"stores.StoreID": N, "stores.StoreName": N, "stores.PawnLicenseNo": N, "stores.StoreAddress": "STREET_ADDRESS",
        "stores.StoreCity": "CITY", "stores.StoreState": N, "stores.StoreZip": "ZIP_CODE", "stores.StorePhone": "TELEPHONE_NUMBER"}
c = {"CustomerID": "OTHER_UNIQUE_IDENTIFIER", "LastName": "FAMILY_NAME", "FirstName": "GIVEN_NAME", "MiddleName": "NAME", "DOB": "DATE_OF_BIRTH",
     "Sex": N, "Race": N, "Height": N, "Weight": N, "EyeColor": N, "HairColor": N, "IDType": N, "IDState": N,
     "IDNumber": "CERTIFICATE_LICENSE_NUMBER", "IDExpiration": "DATE", "Address": "STREET_ADDRESS", "City": "CITY", "State": N,
     "Zip": "ZIP_CODE", "Phone": "TELEPHONE_NUMBER", "ScarsMarksTattoos": "FREE_TEXT"}
cols.update({"customers." + k: v for k, v in c.items()})
t = {"TicketNumber": "OTHER_UNIQUE_IDENTIFIER", "ItemSeq": N, "StoreID": N, "CustomerID": "OTHER_UNIQUE_IDENTIFIER", "TransactionType": N,
     "TransactionDate": "DATE", "Employee": "NAME", "Category": N, "Brand": N, "Model": N, "SerialNumber": "DEVICE_IDENTIFIER",
     "Description": N, "Engraving": "FREE_TEXT", "Metal": N, "WeightDWT": N, "Amount": N, "MaturityDate": "DATE", "Status": N}
cols.update({"tickets." + k: v for k, v in t.items()})
gold = {"dataset": "pawn-ticket-us",
        "description": "Invented pawn-shop transaction report as uploaded to a police reporting service (LeadsOnline-like PascalCase fields), ',' with MM/DD/YYYY and 'MM/DD/YYYY hh:mm AM': stores 9 (StoreID '03', name, pawnbroker licence 'LA-PB-01234', address, city, state, ZIP, phone), customers 1,450 (6-digit CustomerID, upper-case LastName/FirstName, MiddleName, DOB, Sex, Race, Height 5'10\", Weight lb, EyeColor words, HairColor NCIC codes, IDType DL/ID/PASSPORT/MIL, IDState, IDNumber in the issuing state's shape (TX 8 digits, LA 00+7, MS 9, AR 9+8, OK letter+9, FL S530-460-56-123-0, passport 9, military 10), IDExpiration, address with APT/LOT, upper-case city, state, ZIP, 10-digit phone, ScarsMarksTattoos free text naming people), tickets %s item lines (TicketNumber '03-0045012' repeated per item, ItemSeq, StoreID, CustomerID, PAWN/BUY, date-time, Employee (staff NAME), Category, Brand, Model, SerialNumber (IMEI for phones, empty for jewellery), Description vocabulary, Engraving free text, Metal, WeightDWT, Amount, MaturityDate, Status). Store keys, names and pawn licences NON_IDENTIFYING (the business's); the stores' address/city/ZIP/phone identifiers as organizations.ADDRESS in Synthea's gold; Height/Weight/EyeColor/HairColor NON_IDENTIFYING as in wildlife-licence-mi; item SerialNumber DEVICE_IDENTIFIER. Coincidences: brand Lincoln beside the surname LINCOLN, EyeColor Hazel beside the given name HAZEL, store 'Gold Star Pawn - Jackson' and the city JACKSON beside the surname JACKSON, brand/model Marshall beside the city Marshall TX" % format(len(tickets), ","),
        "delimiter": ",", "entity": "customers", "columns": cols,
        "foreignKeys": [{"column": "tickets.CustomerID", "references": "customers.CustomerID"},
                        {"column": "tickets.StoreID", "references": "stores.StoreID"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

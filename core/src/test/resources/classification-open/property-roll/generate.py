#!/usr/bin/env python3
"""Writes property-roll: an invented US county assessor's parcel roll (Arizona-like), ',' separated, UPPER CASE values
(seeded, stdlib only). parcels 800 (APN 123-456-78 with an optional letter split suffix, OWNER_NAME 'GARCIA JOSE &
MARIA' / trusts / LLCs, situs and mailing address, MAIL_CITY_ST_ZIP 'PHOENIX AZ 85004', values, year built, square
feet, last sale date MM/DD/YYYY and price, use code, tax district, subdivision, LEGAL_DESC naming lots, books and some
owners), sales 1400 (APN, recording number, sale date, price, deed type, grantor, grantee, validity code), tax_districts
14 (code, name, rate)."""
import csv, json, random, datetime
rnd = random.Random(230602)
GIVEN = ["JOSE", "MARIA", "JOHN", "LINDA", "ROBERT", "SUSAN", "MICHAEL", "KAREN", "DAVID", "PATRICIA", "JAMES", "JENNIFER",
         "CARLOS", "ROSA", "THANH", "MAI", "WILLIAM", "DOROTHY", "GILBERT", "MESA", "AUGUSTA", "TEMPE"]
FAMILY = ["GARCIA", "MARTINEZ", "SMITH", "JOHNSON", "NGUYEN", "TRAN", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS",
          "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "MESA", "GILBERT", "CHANDLER", "SURPRISE", "PEORIA", "TAYLOR",
          "MOORE", "HALL", "ESTRELLA", "VISTA", "RANCHO", "MCDOWELL"]
CITIES = [("PHOENIX", "850"), ("MESA", "852"), ("CHANDLER", "852"), ("GILBERT", "852"), ("TEMPE", "852"), ("PEORIA", "853"),
          ("SURPRISE", "853"), ("GLENDALE", "853"), ("SCOTTSDALE", "852"), ("BUCKEYE", "853")]
ZIPS = {"PHOENIX": ["85004", "85006", "85008", "85013", "85016", "85018", "85032", "85044"], "MESA": ["85201", "85203", "85205", "85212"],
        "CHANDLER": ["85224", "85225", "85248", "85249"], "GILBERT": ["85233", "85234", "85295", "85297"], "TEMPE": ["85281", "85282", "85284"],
        "PEORIA": ["85345", "85382", "85383"], "SURPRISE": ["85374", "85379", "85388"], "GLENDALE": ["85301", "85306", "85308"],
        "SCOTTSDALE": ["85250", "85255", "85259", "85260"], "BUCKEYE": ["85326", "85396"]}
STREETS = ["N CENTRAL AVE", "E CAMELBACK RD", "W INDIAN SCHOOL RD", "E MCDOWELL RD", "S MILL AVE", "N 7TH ST", "E BASELINE RD",
           "W GLENDALE AVE", "E SHEA BLVD", "N SCOTTSDALE RD", "S GILBERT RD", "W CHANDLER BLVD", "E ESTRELLA PKWY",
           "N VISTA DEL SOL", "W RANCHO DR", "E DESERT COVE AVE", "S PRIEST DR", "N 43RD AVE"]
SUBS = ["DESERT RIDGE UNIT 3", "GARCIA RANCH", "ESTRELLA MOUNTAIN RANCH PARCEL 12", "VISTA DEL SOL", "RANCHO SANTA FE AMD",
        "ARCADIA VISTAS", "MCDOWELL MOUNTAIN RANCH", "SUN CITY UNIT 22", "AHWATUKEE FOOTHILLS", "CHANDLER HEIGHTS ESTATES",
        "VAL VISTA LAKES", "SURPRISE FARMS PHASE 1", "WILLOW CREEK TOWNHOMES", "PARADISE VALLEY OASIS"]
USE = [("0131", "SINGLE FAMILY RESIDENCE"), ("0151", "CONDOMINIUM"), ("0171", "TOWNHOUSE"), ("0010", "VACANT RESIDENTIAL"),
       ("0340", "RETAIL"), ("0611", "MOBILE HOME"), ("0320", "OFFICE")]
TAXD = [("0101", "PHOENIX ELEM #1 / PHOENIX UNION HS", "9.8732"), ("0402", "MESA UNIFIED #4", "10.1204"), ("8003", "CHANDLER UNIFIED #80", "9.2210"),
        ("4104", "GILBERT UNIFIED #41", "8.9933"), ("0305", "TEMPE ELEM #3 / TEMPE UNION HS", "10.4411"), ("1106", "PEORIA UNIFIED #11", "9.6107"),
        ("8907", "DYSART UNIFIED #89", "10.0025"), ("4008", "GLENDALE ELEM #40 / GLENDALE UNION HS", "11.2290"),
        ("4809", "SCOTTSDALE UNIFIED #48", "7.8612"), ("3310", "BUCKEYE ELEM #33 / BUCKEYE UNION HS", "10.9008"),
        ("2811", "KYRENE ELEM #28 / TEMPE UNION HS", "9.1173"), ("6912", "PARADISE VALLEY UNIFIED #69", "8.4418"),
        ("0613", "WASHINGTON ELEM #6 / GLENDALE UNION HS", "10.7765"), ("9714", "DEER VALLEY UNIFIED #97", "8.8814")]
CITY_TAXD = {"PHOENIX": ["0101", "0613", "6912", "2811"], "MESA": ["0402", "4104"], "CHANDLER": ["8003", "2811"], "GILBERT": ["4104", "8003"],
             "TEMPE": ["0305", "2811"], "PEORIA": ["1106", "9714"], "SURPRISE": ["8907"], "GLENDALE": ["4008", "0613"],
             "SCOTTSDALE": ["4809", "6912"], "BUCKEYE": ["3310"]}

def person():
    return rnd.choice(FAMILY), rnd.choice(GIVEN)

def owner():
    r = rnd.random()
    f, g = person()
    if r < 0.40:
        return "%s %s & %s" % (f, g, rnd.choice(GIVEN))
    if r < 0.65:
        return "%s %s" % (f, g) + rnd.choice(["", " %s" % rnd.choice("ABCDJLMR")])
    if r < 0.78:
        return "%s FAMILY TRUST" % f if rnd.random() < 0.5 else "%s %s TR" % (f, g)
    if r < 0.88:
        return "%s %s/%s %s" % (f, g, rnd.choice(FAMILY), rnd.choice(GIVEN))
    return rnd.choice(["SUNBELT HOLDINGS LLC", "INVITATION HOMES 3 LP", "AMERICAN HOMES 4 RENT PROPERTIES", "OPENDOOR PROPERTY J LLC",
                       "MESA VERDE INVESTMENTS LLC", "VISTA ESTRELLA RENTALS LLC", "PROGRESS RESIDENTIAL BORROWER 6 LLC"])

parcels, apns = [], set()
for i in range(800):
    while True:
        apn = "%03d-%02d-%03d" % (rnd.randint(100, 313), rnd.randint(1, 99), rnd.randint(1, 999))
        apn = "%s-%s-%s" % (apn[:3], apn[4:6] + apn[7], apn[8:]) + (rnd.choice("ABC") if rnd.random() < 0.05 else "")
        if apn not in apns:
            apns.add(apn); break
    city, _ = rnd.choice(CITIES)
    zipc = rnd.choice(ZIPS[city])
    use = rnd.choice(USE[:4] * 4 + USE[4:])
    num = rnd.randint(100, 45999)
    situs = "%d %s" % (num, rnd.choice(STREETS)) + (" UNIT %d" % rnd.randint(101, 340) if use[0] in ("0151", "0171") else "")
    own = owner()
    absentee = rnd.random() < 0.25 or "LLC" in own or " LP" in own or "PROPERTIES" in own
    if absentee:
        mail = rnd.choice(["PO BOX %d" % rnd.randint(100, 99999), "%d %s" % (rnd.randint(100, 9999), rnd.choice(["MAIN ST", "ELM ST", "LAKESHORE DR", "COMMERCE PKWY STE 200"]))])
        mcity = rnd.choice([("DALLAS TX 752%02d" % rnd.randint(1, 99)), "DENVER CO 80202", "CALGARY AB T2P 1J9", "SEATTLE WA 98101",
                            "%s AZ %s" % (city, zipc), "CHICAGO IL 60601", "SCOTTSDALE AZ 85255"])
    else:
        mail, mcity = situs, "%s AZ %s" % (city, zipc)
    yb = "" if use[0] == "0010" else str(rnd.randint(1948, 2023))
    sq = "" if use[0] == "0010" else str(rnd.randint(650, 4800))
    land = rnd.randint(40, 600) * 100
    impr = 0 if use[0] == "0010" else rnd.randint(800, 6500) * 100
    sd = datetime.date(rnd.randint(1985, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    price = "" if rnd.random() < 0.08 else str(int((land + impr) * rnd.uniform(0.7, 1.6) * (0.5 if sd.year < 2005 else 1)) // 100 * 100)
    sub = rnd.choice(SUBS)
    lot = rnd.randint(1, 420)
    legal = rnd.choice(["LOT %d %s MCR %d-%02d" % (lot, sub, rnd.randint(100, 999), rnd.randint(1, 50)),
                        "%s LOT %d" % (sub, lot),
                        "LOT %d BLOCK %d %s EXC N 10 FT" % (lot, rnd.randint(1, 20), sub),
                        "UNIT %s %s CONDOMINIUM DKT %d PG %d" % (situs.split()[-1] if "UNIT" in situs else str(rnd.randint(1, 99)), sub, rnd.randint(10000, 16999), rnd.randint(1, 999)),
                        "E 80 FT OF W 160 FT OF N 1/2 OF SE4 SEC %d T%dN R%dE" % (rnd.randint(1, 36), rnd.randint(1, 6), rnd.randint(1, 7)),
                        "LOT %d %s PER DOC %d DEEDED TO %s %s" % (lot, sub, rnd.randint(2000000000, 2025999999), rnd.choice(FAMILY), rnd.choice(GIVEN))])
    parcels.append([apn, own, situs, city, zipc, mail, mcity, str(land), str(impr), str(land + impr), yb, sq,
                    sd.strftime("%m/%d/%Y") if price else "", price, use[0], use[1], rnd.choice(CITY_TAXD[city]), sub, legal])
H1 = ["APN", "OWNER_NAME", "SITUS_ADDR", "SITUS_CITY", "SITUS_ZIP", "MAIL_ADDR", "MAIL_CITY_ST_ZIP", "LAND_VALUE", "IMPR_VALUE",
      "FULL_CASH_VALUE", "YEAR_BUILT", "SQFT", "LAST_SALE_DATE", "SALE_PRICE", "USE_CODE", "USE_DESC", "TAX_DISTRICT", "SUBDIVISION", "LEGAL_DESC"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "STREET_ADDRESS", "CITY", "ZIP_CODE", "STREET_ADDRESS", "ZIP_CODE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "FREE_TEXT"]
sales = []
rec = 0
for i in range(1400):
    p = rnd.choice(parcels)
    d = datetime.date(rnd.randint(1990, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    rec += 1
    docno = "%d%07d" % (d.year, rnd.randint(1, 999999))
    deed = rnd.choice(["WD", "WD", "WD", "SWD", "QCD", "JTD", "TD", "CD"])
    grantor = owner() if rnd.random() < 0.9 else rnd.choice(["FEDERAL NATIONAL MORTGAGE ASSOCIATION", "US BANK NA TR", "HUD"])
    grantee = owner()
    valid = "N" if deed in ("QCD", "CD") else rnd.choice(["Y", "Y", "Y", "N"])
    price = "0" if deed == "QCD" else str(rnd.randint(300, 9000) * 100)
    sales.append([p[0], docno, d.strftime("%m/%d/%Y"), price, deed, grantor, grantee, valid, rnd.choice(["01", "02", "03", "12", "26"])])
H2 = ["APN", "REC_DOC_NO", "SALE_DATE", "SALE_PRICE", "DEED_TYPE", "GRANTOR", "GRANTEE", "VALID_SALE", "SALE_CODE"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H3 = ["TAX_DISTRICT", "DISTRICT_NAME", "TAX_RATE"]
L3 = ["NON_IDENTIFYING"] * 3
for name, head, data in (("parcels", H1, parcels), ("sales", H2, sales), ("tax_districts", H3, [list(t) for t in TAXD])):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"parcels." + h: l for h, l in zip(H1, L1)}
cols.update({"sales." + h: l for h, l in zip(H2, L2)})
cols.update({"tax_districts." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "property-roll",
        "description": "Invented Arizona-like county assessor parcel roll, ',', MM/DD/YYYY, UPPER CASE: parcels 800 (APN 123-456-78 with split suffix A-C, OWNER_NAME 'GARCIA JOSE & MARIA'/trusts/'LAST FIRST/LAST FIRST'/LLCs, situs address, city, ZIP, mailing address, MAIL_CITY_ST_ZIP 'PHOENIX AZ 85004' incl. Canadian postcodes, land/improvement/full cash values, year built, square feet, last sale date and price, use code and description, tax district, subdivision, LEGAL_DESC naming lots, subdivisions, recorder dockets and sometimes a grantee), sales 1400 (APN FK, 11-digit recording numbers, sale date, price, deed type, grantor, grantee, validity, sale code), tax_districts 14. Owners' surnames MESA/GILBERT/CHANDLER/PEORIA/SURPRISE equal city names, ESTRELLA/VISTA/RANCHO/MCDOWELL words of streets and subdivisions",
        "delimiter": ",", "entity": "parcels", "columns": cols,
        "foreignKeys": [{"column": "sales.APN", "references": "parcels.APN"},
                        {"column": "parcels.TAX_DISTRICT", "references": "tax_districts.TAX_DISTRICT"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

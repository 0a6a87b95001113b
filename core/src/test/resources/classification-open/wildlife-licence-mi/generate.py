#!/usr/bin/env python3
"""Writes wildlife-licence-mi: an invented state wildlife agency's hunting and fishing licence sales in the shape of a
retail licensing system extract (Michigan DNR style): customers 2600 (CUSTOMER_ID, names, suffix, DOB MM/DD/YYYY with
some born before 1936, sex, height `5-10`, weight, eye and hair colour codes as on a driver's licence, residency,
address, city, state, ZIP or ZIP+4, county, phone, e-mail, Michigan driver's licence `S 123 456 789 012`, hunter
education certificate number), sales 6400 (licence number, item code and description, sale date time, agent id,
price, kill tag number on deer/turkey/bear licences, antlerless deer management unit), agents 48 (licence vendors: shop
names such as `Miller's Sporting Goods`, city, county, phone), harvest 1900 (confirmation number, customer, licence,
tag, species, antler points, kill date, county, DMU code `045`, GPS latitude/longitude of the kill, method, land type).
Coincidences: counties Jackson, Clinton, Mason, Monroe, Wayne, Kent beside the same family names; shop names holding
family names of customers. Python 3 standard library only, fixed seed."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(570202)
GIVEN_M = ["JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSEPH", "THOMAS", "CHARLES",
           "DANIEL", "MATTHEW", "GARY", "DENNIS", "RANDY", "TERRY", "CODY", "DUSTIN", "KYLE", "BRANDON", "TRAVIS",
           "DALE", "WAYNE", "CLINTON", "MASON"]
GIVEN_F = ["MARY", "LINDA", "SUSAN", "KAREN", "LISA", "AMANDA", "JESSICA", "SARAH", "ASHLEY", "BRITTANY", "KELSEY",
           "MEGAN", "DEBRA", "BRENDA", "ISABELLA", "CLARE"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR",
          "THOMAS", "MOORE", "MARTIN", "JACKSON", "THOMPSON", "WHITE", "CLARK", "LEWIS", "WALKER", "HALL", "ALLEN",
          "YOUNG", "KING", "WRIGHT", "SCOTT", "GREEN", "BAKER", "NELSON", "CARTER", "MITCHELL", "ROBERTS", "PHILLIPS",
          "KOWALSKI", "NOWAK", "WISNIEWSKI", "VANDERWALL", "DEVRIES", "LAFAVE", "BEAUDOIN", "CLINTON", "MASON",
          "MONROE", "WAYNE", "KENT", "HURON", "BARRY", "CASS", "OGEMAW"]
SUFFIX = ["JR", "SR", "II", "III", "IV"]
# county, (city, zip prefix/list), DMU code
COUNTIES = [("KENT", [("GRAND RAPIDS", ["49503", "49505", "49506", "49508"]), ("ROCKFORD", ["49341"]), ("SPARTA", ["49345"])], "041", 9),
            ("OAKLAND", [("PONTIAC", ["48340", "48342"]), ("CLARKSTON", ["48346", "48348"]), ("HOLLY", ["48442"])], "063", 10),
            ("WAYNE", [("DETROIT", ["48205", "48219", "48228"]), ("LIVONIA", ["48150", "48152"]), ("TAYLOR", ["48180"])], "082", 10),
            ("JACKSON", [("JACKSON", ["49201", "49202", "49203"]), ("GRASS LAKE", ["49240"])], "038", 5),
            ("CLINTON", [("ST JOHNS", ["48879"]), ("DEWITT", ["48820"])], "019", 3),
            ("MASON", [("LUDINGTON", ["49431"]), ("SCOTTVILLE", ["49454"])], "053", 2),
            ("MONROE", [("MONROE", ["48161", "48162"]), ("DUNDEE", ["48131"])], "058", 4),
            ("MARQUETTE", [("MARQUETTE", ["49855"]), ("ISHPEMING", ["49849"])], "052", 3),
            ("OGEMAW", [("WEST BRANCH", ["48661"]), ("ROSE CITY", ["48654"])], "065", 2),
            ("ROSCOMMON", [("HOUGHTON LAKE", ["48629"]), ("ROSCOMMON", ["48653"])], "072", 2),
            ("ALPENA", [("ALPENA", ["49707"])], "004", 2), ("ALLEGAN", [("ALLEGAN", ["49010"]), ("OTSEGO", ["49078"])], "003", 4),
            ("BARRY", [("HASTINGS", ["49058"]), ("MIDDLEVILLE", ["49333"])], "008", 3),
            ("IOSCO", [("TAWAS CITY", ["48763"]), ("OSCODA", ["48750"])], "035", 2),
            ("HURON", [("BAD AXE", ["48413"])], "032", 2), ("CHIPPEWA", [("SAULT STE MARIE", ["49783"])], "017", 1),
            ("GRAND TRAVERSE", [("TRAVERSE CITY", ["49684", "49686"])], "028", 4),
            ("ST. CLAIR", [("PORT HURON", ["48060"]), ("MARYSVILLE", ["48040"])], "074", 4)]
KILL_COUNTIES = COUNTIES + [("ALCONA", [], "001", 0), ("MONTMORENCY", [], "060", 0), ("OSCODA", [], "068", 0),
                            ("LAKE", [], "043", 0), ("NEWAYGO", [], "062", 0), ("ALGER", [], "002", 0)]
CENTER = {"KENT": (43.03, -85.55), "OAKLAND": (42.66, -83.38), "WAYNE": (42.28, -83.26), "JACKSON": (42.25, -84.42),
          "CLINTON": (42.94, -84.60), "MASON": (43.99, -86.35), "MONROE": (41.92, -83.49), "MARQUETTE": (46.43, -87.63),
          "OGEMAW": (44.33, -84.13), "ROSCOMMON": (44.34, -84.61), "ALPENA": (45.03, -83.58), "ALLEGAN": (42.59, -85.89),
          "BARRY": (42.60, -85.31), "IOSCO": (44.34, -83.59), "HURON": (43.87, -83.04), "CHIPPEWA": (46.33, -84.52),
          "GRAND TRAVERSE": (44.72, -85.55), "ST. CLAIR": (42.93, -82.66), "ALCONA": (44.68, -83.59),
          "MONTMORENCY": (45.03, -84.13), "OSCODA": (44.68, -84.13), "LAKE": (43.99, -85.80), "NEWAYGO": (43.55, -85.80),
          "ALGER": (46.41, -86.61)}
ITEMS = [("101", "BASE LICENSE - RESIDENT", "11.00", "", 30), ("102", "BASE LICENSE - NONRESIDENT", "151.00", "", 3),
         ("103", "BASE LICENSE - SENIOR", "4.00", "", 6), ("104", "BASE LICENSE - JUNIOR", "6.00", "", 3),
         ("201", "DEER LICENSE", "20.00", "DEER", 12), ("202", "DEER COMBO LICENSE", "40.00", "DEER", 10),
         ("203", "ANTLERLESS DEER LICENSE - PRIVATE LAND", "20.00", "ANTLERLESS", 7),
         ("204", "ANTLERLESS DEER LICENSE - PUBLIC LAND", "20.00", "ANTLERLESS", 3),
         ("301", "SPRING TURKEY LICENSE", "15.00", "TURKEY", 4), ("302", "FALL TURKEY LICENSE", "15.00", "TURKEY", 2),
         ("401", "BEAR LICENSE", "15.00", "BEAR", 1),
         ("501", "ALL-SPECIES FISHING LICENSE - RESIDENT", "26.00", "", 18), ("502", "24-HOUR FISHING LICENSE", "10.00", "", 4),
         ("503", "ALL-SPECIES FISHING LICENSE - SENIOR", "11.00", "", 4), ("601", "FUR HARVESTER LICENSE", "15.00", "", 1),
         ("701", "WATERFOWL HUNTING LICENSE", "12.00", "", 2)]
ONLINE = ("900000", "E-LICENSE ONLINE SALES", "LANSING", "INGHAM", "(517) 284-6057", "ONLINE")
SHOPS = ["MILLER'S SPORTING GOODS", "WALMART SUPERCENTER #%d", "MEIJER #%d", "DUNHAM'S SPORTS #%d",
         "JAY'S SPORTING GOODS", "BOB'S BAIT & TACKLE", "GANDER OUTDOORS #%d", "BASS PRO SHOPS #%d",
         "KOWALSKI HARDWARE", "NORTHLAND OUTFITTERS", "TOWNLINE BAIT SHOP", "CABELA'S #%d", "ACE HARDWARE OF %s",
         "DEVRIES PARTY STORE", "HURON POINTE MARINA", "MONROE BAIT & TACKLE", "GUNS GALORE"]

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

def d(x):
    return x.strftime("%m/%d/%Y")

# ---- agents (small)
agents = [list(ONLINE)]; used = set()
for i in range(47):
    cty = rnd.choice(COUNTIES); city = rnd.choice(cty[1])[0]
    s = rnd.choice(SHOPS)
    if "%d" in s:
        s = s % rnd.randint(1000, 5999)
    elif "%s" in s:
        s = s % city
    while s in used:
        s = s + " " + rnd.choice(["NORTH", "SOUTH", "2"])
    used.add(s)
    agents.append(["%06d" % (100000 + i * 137 + rnd.randint(0, 100)), s, city, cty[0],
                   "(%s) %03d-%04d" % (rnd.choice(["616", "248", "313", "517", "906", "989", "231", "269", "810"]), rnd.randint(200, 999), rnd.randint(0, 9999)),
                   rnd.choice(["RETAIL", "RETAIL", "RETAIL", "DNR OFFICE" if i % 11 == 0 else "RETAIL"])])
write("agents", ["AGENT_ID", "AGENT_NAME", "AGENT_CITY", "AGENT_COUNTY", "AGENT_PHONE", "AGENT_TYPE"], agents)

# ---- customers (entity)
cust = []; cids = set(); dls = set()
asof = datetime.date(2025, 11, 1)
def dlnum(ln):
    letter = ln[0]
    while True:
        s = "%s %03d %03d %03d %03d" % (letter, rnd.randint(100, 999), rnd.randint(0, 999), rnd.randint(0, 999), rnd.randint(0, 999))
        if s not in dls:
            dls.add(s); return s
for i in range(2600):
    while True:
        cid = str(rnd.randint(10000000, 39999999))
        if cid not in cids:
            cids.add(cid); break
    male = rnd.random() < 0.78
    fn = rnd.choice(GIVEN_M if male else GIVEN_F); ln = rnd.choice(FAMILY)
    mi = rnd.choice("ABCDEFGHJKLMNPRSTW") if rnd.random() < 0.7 else ""
    suf = rnd.choice(SUFFIX) if male and rnd.random() < 0.08 else ""
    if rnd.random() < 0.012:
        dob = datetime.date(rnd.randint(1929, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        dob = datetime.date(rnd.randint(1940, 2013), rnd.randint(1, 12), rnd.randint(1, 28))
    hi = rnd.randint(60, 76) if male else rnd.randint(58, 70)
    height = "%d-%02d" % (hi // 12, hi % 12)
    weight = str(rnd.randint(150, 290) if male else rnd.randint(105, 220))
    eye = rnd.choices(["BRO", "BLU", "GRN", "HAZ", "GRY"], [40, 33, 10, 14, 3])[0]
    hair = rnd.choices(["BRO", "BLK", "BLN", "GRY", "RED", "BAL", "WHI"], [42, 12, 16, 14, 4, 8, 4])[0]
    res = rnd.random() < 0.93
    if res:
        cty = rnd.choices(COUNTIES, [c[3] for c in COUNTIES])[0]; city, zips = rnd.choice(cty[1])
        z = rnd.choice(zips) + ("-%04d" % rnd.randint(1, 9999) if rnd.random() < 0.3 else "")
        st, county = "MI", cty[0]
    else:
        st, city, z, county = rnd.choice([("OH", "TOLEDO", "43615"), ("IN", "FORT WAYNE", "46804"), ("WI", "GREEN BAY", "54301"),
                                          ("IL", "NAPERVILLE", "60540"), ("PA", "ERIE", "16505")]) + ("",)
    addr = ("%d %s %s" % (rnd.randint(100, 19999), rnd.choice(["LAKE", "MAPLE", "OAK", "PINE", "CEDAR", "RIVER", "HURON", "MASON", "BIRCH", "TOWNLINE", "COUNTY LINE", "M-55", "N US HIGHWAY 23"]),
                         rnd.choice(["RD", "ST", "DR", "AVE", "LN", "TRL", ""]))).strip()
    if rnd.random() < 0.06:
        addr = "PO BOX %d" % rnd.randint(1, 2999)
    addr2 = rnd.choice(["APT %d" % rnd.randint(1, 300), "LOT %d" % rnd.randint(1, 120)]) if rnd.random() < 0.08 else ""
    phone = "" if rnd.random() < 0.1 else "%s%03d%04d" % (rnd.choice(["616", "248", "313", "517", "906", "989", "231", "269", "810"]), rnd.randint(200, 999), rnd.randint(0, 9999))
    email = "" if rnd.random() < 0.35 else "%s%s%d@%s" % (fn.lower()[:rnd.randint(1, len(fn))], ln.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "aol.com", "comcast.net", "charter.net"]))
    dl = dlnum(ln) if res and rnd.random() < 0.9 else ""
    he = "" if dob.year < 1960 and rnd.random() < 0.7 else "%d%06d" % (rnd.choice([1, 2]), rnd.randint(0, 999999)) if rnd.random() < 0.5 else "MI-%d-%05d" % (rnd.randint(1975, 2024), rnd.randint(1, 40000))
    created = datetime.datetime(2011, 1, 1) + datetime.timedelta(days=rnd.randint(0, 5000), minutes=rnd.randint(0, 1439))
    cust.append([cid, fn, mi, ln, suf, d(dob), "M" if male else "F", height, weight, eye, hair, "R" if res else "N",
                 addr, addr2, city, st, z, county, phone, email, dl, he, created.strftime("%m/%d/%Y %H:%M")])
write("customers", ["CUSTOMER_ID", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "SUFFIX", "DOB", "SEX", "HEIGHT",
                    "WEIGHT", "EYE_COLOR", "HAIR_COLOR", "RESIDENCY", "ADDRESS_1", "ADDRESS_2", "CITY", "STATE", "ZIP",
                    "COUNTY", "PHONE", "EMAIL", "DL_NUMBER", "HUNTER_ED_NUMBER", "CREATED_DATE"], cust)

# ---- sales
sales = []; lic = set(); tags = set(); licno = 0
for c in cust:
    n = rnd.choices([1, 2, 3, 4, 5], [30, 30, 20, 12, 8])[0]
    for k in range(n):
        it = rnd.choices(ITEMS, [x[4] for x in ITEMS])[0]
        yr = rnd.choice([2024, 2025])
        when = datetime.datetime(yr - 1 if it[0][0] in "1" and rnd.random() < 0.1 else yr, rnd.choice({"DEER": [8, 9, 10, 11], "ANTLERLESS": [8, 9, 10, 11], "TURKEY": [2, 3], "BEAR": [6, 7]}.get(it[3], [3, 4, 5, 8, 9, 10, 11])), rnd.randint(1, 28), rnd.randint(6, 21), rnd.randint(0, 59), rnd.randint(0, 59))
        ag = agents[0] if rnd.random() < 0.35 else rnd.choice(agents[1:])
        while True:
            ln_ = "%d%08d" % (yr % 100, rnd.randint(0, 99999999))
            if ln_ not in lic:
                lic.add(ln_); break
        tag = ""
        if it[3]:
            while True:
                tag = "%09d" % rnd.randint(0, 999999999)
                if tag not in tags:
                    tags.add(tag); break
        dmu = rnd.choice([x[2] for x in KILL_COUNTIES]) if it[3] == "ANTLERLESS" else ""
        sales.append([ln_, c[0], str(yr), it[0], it[1], when.strftime("%Y-%m-%d %H:%M:%S"), ag[0], it[2], tag, dmu, c[11], when])
sales.sort(key=lambda s: s[11])
write("sales", ["LICENSE_NUMBER", "CUSTOMER_ID", "LICENSE_YEAR", "ITEM_CODE", "ITEM_DESCRIPTION", "SALE_DATE",
                "AGENT_ID", "PRICE", "KILL_TAG_NUMBER", "DMU", "RESIDENCY"], [s[:11] for s in sales])

# ---- harvest reports
harvest = []; hid = 0
for s in sales:
    if not s[8] or rnd.random() < 0.35:
        continue
    sp = {"201": "WHITE-TAILED DEER", "202": "WHITE-TAILED DEER", "203": "WHITE-TAILED DEER", "204": "WHITE-TAILED DEER",
          "301": "WILD TURKEY", "302": "WILD TURKEY", "401": "BLACK BEAR"}[s[3]]
    if s[9]:
        kc = [x for x in KILL_COUNTIES if x[2] == s[9]][0]
    else:
        kc = rnd.choice(KILL_COUNTIES)
    lat0, lon0 = CENTER[kc[0]]
    kill = s[11] + datetime.timedelta(days=rnd.randint(1, 40), hours=rnd.randint(0, 5))
    if sp == "WHITE-TAILED DEER":
        sex = "ANTLERLESS" if s[3] in ("203", "204") or rnd.random() < 0.3 else "ANTLERED"
        pts = "" if sex == "ANTLERLESS" else str(rnd.choices([2, 3, 4, 5, 6, 7, 8, 9, 10], [10, 12, 14, 12, 14, 10, 16, 6, 6])[0])
    else:
        sex = rnd.choice(["MALE", "FEMALE"]) if sp == "BLACK BEAR" else "BEARDED"; pts = ""
    hid += 1
    harvest.append(["HR%02d-%07d" % (kill.year % 100, 100000 + hid * 3 + rnd.randint(0, 2)), s[1], s[0], s[8], sp, sex, pts,
                    kill.strftime("%m/%d/%Y"), kc[0], kc[2], "%.6f" % (lat0 + rnd.uniform(-0.25, 0.25)), "%.6f" % (lon0 + rnd.uniform(-0.3, 0.3)),
                    rnd.choices(["FIREARM", "ARCHERY", "CROSSBOW", "MUZZLELOADER", "SHOTGUN"], [45, 20, 22, 6, 7])[0],
                    rnd.choice(["PRIVATE", "PRIVATE", "PUBLIC"]), rnd.choice(["ONLINE", "MOBILE APP", "ONLINE", "CHECK STATION"])])
write("harvest", ["CONFIRMATION_NUMBER", "CUSTOMER_ID", "LICENSE_NUMBER", "KILL_TAG_NUMBER", "SPECIES", "DEER_SEX",
                  "ANTLER_POINTS", "KILL_DATE", "KILL_COUNTY", "DMU", "LATITUDE", "LONGITUDE", "WEAPON_TYPE",
                  "LAND_TYPE", "REPORT_METHOD"], harvest)

gold = {"dataset": "wildlife-licence-mi",
        "description": "Invented state wildlife agency licence sales (Michigan DNR retail licensing shape), `,`, capitals: customers 2600 (CUSTOMER_ID 8 digits, names, middle initial, suffix, DOB MM/DD/YYYY with 1929-1935 births, sex, height 5-10, weight, eye/hair colour codes, residency R/N, address lines with PO BOX and LOT, city, state, ZIP or ZIP+4, county, 10-digit phone, e-mail, Michigan driver's licence `S 123 456 789 012`, hunter education number two shapes, created date time), sales 6400 (licence number, item code/description, sale time, agent id, price, 9-digit kill tag, antlerless DMU code 3 digits), agents 48 (vendor shops, city, county, phone), harvest (confirmation number HR25-..., customer, licence, tag, species, sex, points, kill date, county, DMU, GPS latitude/longitude 6 decimals, weapon, land, report method). Coincidences: counties Jackson/Clinton/Mason/Monroe/Wayne/Kent/Huron/Barry and family names; shop names with customers' family names",
        "delimiter": ",", "entity": "customers", "columns": {}, "foreignKeys": []}
L = gold["columns"]
for c, lab in [("AGENT_ID", "NON_IDENTIFYING"), ("AGENT_NAME", "NON_IDENTIFYING"), ("AGENT_CITY", "CITY"),
               ("AGENT_COUNTY", "COUNTY"), ("AGENT_PHONE", "TELEPHONE_NUMBER"), ("AGENT_TYPE", "NON_IDENTIFYING")]:
    L["agents." + c] = lab
for c, lab in [("CUSTOMER_ID", "OTHER_UNIQUE_IDENTIFIER"), ("FIRST_NAME", "GIVEN_NAME"), ("MIDDLE_NAME", "NAME"),
               ("LAST_NAME", "FAMILY_NAME"), ("SUFFIX", "NON_IDENTIFYING"), ("DOB", "DATE_OF_BIRTH"),
               ("SEX", "NON_IDENTIFYING"), ("HEIGHT", "NON_IDENTIFYING"), ("WEIGHT", "NON_IDENTIFYING"),
               ("EYE_COLOR", "NON_IDENTIFYING"), ("HAIR_COLOR", "NON_IDENTIFYING"), ("RESIDENCY", "NON_IDENTIFYING"),
               ("ADDRESS_1", "STREET_ADDRESS"), ("ADDRESS_2", "STREET_ADDRESS"), ("CITY", "CITY"),
               ("STATE", "NON_IDENTIFYING"), ("ZIP", "ZIP_CODE"), ("COUNTY", "COUNTY"), ("PHONE", "TELEPHONE_NUMBER"),
               ("EMAIL", "EMAIL_ADDRESS"), ("DL_NUMBER", "CERTIFICATE_LICENSE_NUMBER"),
               ("HUNTER_ED_NUMBER", "CERTIFICATE_LICENSE_NUMBER"), ("CREATED_DATE", "DATE")]:
    L["customers." + c] = lab
for c, lab in [("LICENSE_NUMBER", "CERTIFICATE_LICENSE_NUMBER"), ("CUSTOMER_ID", "OTHER_UNIQUE_IDENTIFIER"),
               ("LICENSE_YEAR", "NON_IDENTIFYING"), ("ITEM_CODE", "NON_IDENTIFYING"),
               ("ITEM_DESCRIPTION", "NON_IDENTIFYING"), ("SALE_DATE", "DATE"), ("AGENT_ID", "NON_IDENTIFYING"),
               ("PRICE", "NON_IDENTIFYING"), ("KILL_TAG_NUMBER", "CERTIFICATE_LICENSE_NUMBER"),
               ("DMU", "GEOGRAPHIC_SUBDIVISION"), ("RESIDENCY", "NON_IDENTIFYING")]:
    L["sales." + c] = lab
for c, lab in [("CONFIRMATION_NUMBER", "OTHER_UNIQUE_IDENTIFIER"), ("CUSTOMER_ID", "OTHER_UNIQUE_IDENTIFIER"),
               ("LICENSE_NUMBER", "CERTIFICATE_LICENSE_NUMBER"), ("KILL_TAG_NUMBER", "CERTIFICATE_LICENSE_NUMBER"),
               ("SPECIES", "NON_IDENTIFYING"), ("DEER_SEX", "NON_IDENTIFYING"), ("ANTLER_POINTS", "NON_IDENTIFYING"),
               ("KILL_DATE", "DATE"), ("KILL_COUNTY", "COUNTY"), ("DMU", "GEOGRAPHIC_SUBDIVISION"),
               ("LATITUDE", "GEOCOORDINATE"), ("LONGITUDE", "GEOCOORDINATE"), ("WEAPON_TYPE", "NON_IDENTIFYING"),
               ("LAND_TYPE", "NON_IDENTIFYING"), ("REPORT_METHOD", "NON_IDENTIFYING")]:
    L["harvest." + c] = lab
gold["foreignKeys"] = [{"column": "sales.CUSTOMER_ID", "references": "customers.CUSTOMER_ID"},
                       {"column": "sales.AGENT_ID", "references": "agents.AGENT_ID"},
                       {"column": "harvest.CUSTOMER_ID", "references": "customers.CUSTOMER_ID"},
                       {"column": "harvest.LICENSE_NUMBER", "references": "sales.LICENSE_NUMBER"}]
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

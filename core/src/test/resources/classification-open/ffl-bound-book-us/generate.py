#!/usr/bin/env python3
"""Writes ffl-bound-book-us: an invented electronic acquisition and disposition (A&D) record of a FICTIONAL Alabama
firearms dealer (27 CFR 478.125 bound book kept as tables; seeded, stdlib only), ',' with MM/DD/YYYY dates.
distributors: 16 licensees the dealer buys from (FFL number 'R-DD-CCC-TT-YM-NNNNN' such as '9-83-041-01-5K-12345',
licence name, premises address, city, state, ZIP, phone). acquisitions: 2,700 firearms (EntryNo, AcqDate, SourceFFL
(empty for private sellers), SourceName (distributor or, 14%, a private person), SourceAddress (private sellers only),
Manufacturer, Importer, Model, SerialNumber, Type, CaliberGauge, Cost). buyers: 1,500 transferees as on ATF Form 4473
(BuyerID, LastName, FirstName, MiddleName, DOB, PlaceOfBirth (town, state), Sex, Race, Height, Weight, ResidenceAddress, City,
County, State, ZIP, IDType, IDNumber (Alabama DL 7-8 digits), CCWPermitNumber (30%), Phone). dispositions: 2,150
(DispNo, EntryNo FK, DispDate, BuyerID FK, DispositionType, Form4473Serial 'YYYY-NNNN', NICSTransactionNumber
('100' + 7 alphanumerics; empty for permit holders), NICSResponse, SalePrice, Salesperson, MultipleSaleReport).
Deliberate coincidences: manufacturers 'Henry Repeating Arms', 'Daniel Defense', 'Savage Arms', 'Springfield Armory'
beside the given names Henry and Daniel, the surnames Savage and Henry and Henry County; PlaceOfBirth towns equal
residence towns; half the private sellers are also buyers."""
import csv, datetime, json, random
rnd = random.Random(700303)
GIVEN = ["Henry", "Daniel", "William", "James", "Bobby", "Jimmy", "Larry", "Dale", "Wade", "Clint", "Cody", "Tanner",
         "Ashley", "Brandi", "Crystal", "Tammy", "Shelby", "Dustin", "Marcus", "Andre", "Cedric", "Tasha", "Rhonda",
         "Earl", "Roy", "Lamar", "Travis", "Kayla", "Luis", "Mai"]
FAMILY = ["Savage", "Henry", "Pruitt", "Cobb", "Strickland", "Dykes", "Holley", "Bozeman", "Faulk", "Ward", "Peacock",
          "Helms", "Lee", "Johnson", "Williams", "Jackson", "Brown", "Sanders", "McKinney", "Hughes", "Tillman", "Gamble",
          "Knight", "Boutwell", "Vinson", "Nguyen", "Ramirez", "Sellers", "Daughtry", "Whigham"]
TOWNS = [("Dothan", "Houston", "363"), ("Enterprise", "Coffee", "363"), ("Ozark", "Dale", "363"), ("Daleville", "Dale", "363"),
         ("Headland", "Henry", "363"), ("Abbeville", "Henry", "363"), ("Eufaula", "Barbour", "360"), ("Troy", "Pike", "360"),
         ("Geneva", "Geneva", "363"), ("Slocomb", "Geneva", "363"), ("Ashford", "Houston", "363")]
STREETS = ["Ross Clark Cir", "S Oates St", "Montgomery Hwy", "County Rd 33", "Westgate Pkwy", "Boll Weevil Cir",
           "Rucker Blvd", "Hwy 84 W", "Kinsey Rd", "Fortner St", "Cottonwood Rd", "Reeves St", "Brannon Stand Rd"]
DIST = [("Lipsey's LLC", "Baton Rouge", "LA", "708", 6, "72"), ("Sports South LLC", "Shreveport", "LA", "711", 6, "72"),
        ("Davidson's Inc", "Prescott", "AZ", "863", 9, "86"), ("RSR Group Inc", "Winter Park", "FL", "327", 1, "59"),
        ("Zanders Sporting Goods", "Sparta", "IL", "622", 3, "37"), ("Bill Hicks & Co", "Plymouth", "MN", "554", 3, "41"),
        ("Chattanooga Shooting Supplies", "Chattanooga", "TN", "374", 1, "62"), ("Big Rock Sports LLC", "Morehead City", "NC", "285", 1, "56"),
        ("Henry Repeating Arms Co", "Bayonne", "NJ", "070", 8, "22"), ("Sturm Ruger & Co", "Newport", "NH", "037", 6, "02"),
        ("Daniel Defense LLC", "Black Creek", "GA", "313", 1, "58"), ("Smith & Wesson Inc", "Maryville", "TN", "378", 1, "62"),
        ("Wiregrass Gun Exchange", "Dothan", "AL", "363", 1, "63"), ("Acusport Corp", "Bellefontaine", "OH", "433", 4, "31"),
        ("Ellett Brothers", "Chapin", "SC", "290", 1, "57"), ("Camfour Inc", "Westfield", "MA", "010", 6, "04")]
distributors = []
for n, city, st, z3, reg, dist in DIST:
    ffl = "%d-%s-%03d-%s-%d%s-%05d" % (reg, dist, rnd.randint(1, 199), rnd.choice(["01", "01", "01", "07", "08"]), rnd.randint(5, 9), rnd.choice("ABCDEFGHJKL"), rnd.randint(1000, 99999))
    distributors.append([ffl, n, "%d %s" % (rnd.randint(10, 9999), rnd.choice(["Industrial Blvd", "Commerce Dr", "Airport Rd", "Distribution Way"])),
                         city, st, z3 + "%02d" % rnd.randint(1, 99), "%d-%03d-%04d" % (rnd.randint(201, 989), rnd.randint(201, 989), rnd.randint(0, 9999))])
GUNS = [("Glock Inc", "", ["G19 Gen5", "G17 Gen5", "G43X", "G48"], "Pistol", ["9mm"], lambda: "%s%s%s%03d" % (tuple(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + (rnd.randint(0, 999),))),
        ("Smith & Wesson", "", ["M&P9 Shield Plus", "M&P15 Sport II", "Model 686", "SD9VE"], "Pistol", ["9mm", ".357 Mag", "5.56 NATO"], lambda: "%s%s%04d" % (rnd.choice(["NH", "EA", "TK", "FD"]), rnd.choice("ABCDEFGHJK"), rnd.randint(0, 9999))),
        ("Sturm, Ruger & Co", "", ["LCP II", "Security-9", "10/22 Carbine", "American Rifle", "Wrangler"], "Pistol", ["380 Auto", "9mm", "22 LR", ".308 Win"], lambda: "%d-%05d" % (rnd.randint(300, 380), rnd.randint(0, 99999))),
        ("Sig Sauer", "", ["P365", "P320 Compact", "MCX Spear LT"], "Pistol", ["9mm", "5.56 NATO"], lambda: "66%s%06d" % (rnd.choice(["A", "B", "F"]), rnd.randint(0, 999999))),
        ("Henry Repeating Arms", "", ["H001 Lever Action", "Big Boy Steel", "Golden Boy"], "Rifle", ["22 LR", ".357 Mag", ".44 Mag"], lambda: "%06dH" % rnd.randint(0, 999999)),
        ("Savage Arms", "", ["Axis II", "110 Hunter", "Stevens 320"], "Rifle", [".270 Win", "6.5 Creedmoor", "12 GA"], lambda: "R%07d" % rnd.randint(0, 9999999)),
        ("Mossberg", "", ["500 Field", "590A1", "Maverick 88"], "Shotgun", ["12 GA", "20 GA"], lambda: "V%07d" % rnd.randint(0, 9999999)),
        ("Daniel Defense", "", ["DDM4 V7", "DD5 V3"], "Rifle", ["5.56 NATO", ".308 Win"], lambda: "DDM%07d" % rnd.randint(0, 9999999)),
        ("Springfield Armory", "", ["Hellcat", "XD-M Elite", "1911 Ronin"], "Pistol", ["9mm", ".45 ACP"], lambda: "BA%06d" % rnd.randint(0, 999999)),
        ("Taurus", "Taurus Intl Mfg Inc, Miami FL", ["G3C", "Judge", "TX22"], "Pistol", ["9mm", ".45 Colt/.410", "22 LR"], lambda: "AB%s%06d" % (rnd.choice("CDEFG"), rnd.randint(0, 999999))),
        ("CZ", "CZ-USA, Kansas City KS", ["P-10 C", "Shadow 2"], "Pistol", ["9mm"], lambda: "F%06d" % rnd.randint(0, 999999)),
        ("Anderson Manufacturing", "", ["AM-15 Lower"], "Receiver", ["Multi"], lambda: "%d%s%06d" % (rnd.randint(18, 24), rnd.choice("ABC"), rnd.randint(0, 999999)))]
buyers = []
for i in range(1500):
    town, county, z3 = rnd.choices(TOWNS, weights=[35, 14, 9, 5, 5, 4, 6, 7, 4, 3, 3])[0]
    sex = rnd.choices("MF", weights=[78, 22])[0]; h = rnd.randint(64, 76) if sex == "M" else rnd.randint(60, 70)
    btown, bcounty, _ = rnd.choice(TOWNS)
    buyers.append(["B%05d" % (i + 1), rnd.choice(FAMILY), rnd.choice(GIVEN), rnd.choice(["", "Lee", "Wayne", "Ray", "Dale", "Ann", "Marie", "J"]),
                   "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1940, 2004)),
                   "%s, AL" % btown if rnd.random() < .8 else rnd.choice(["Columbus, GA", "Pensacola, FL", "Tallahassee, FL", "Fort Rucker, AL", "Seoul, Korea"]),
                   sex, rnd.choices(["White", "Black or African American", "Asian", "American Indian or Alaska Native"], weights=[64, 31, 3, 2])[0],
                   "%d-%02d" % (h // 12, h % 12), str(rnd.randint(110, 310)),
                   "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS)) + rnd.choice(["", "", "", " Lot %d" % rnd.randint(1, 60)]),
                   town, county, "AL", z3 + "%02d" % rnd.randint(1, 99), rnd.choices(["AL Driver License", "AL ID Card", "Military ID"], weights=[88, 8, 4])[0],
                   "%d" % rnd.randint(1000000, 19999999), "" if rnd.random() < .7 else "%s%06d" % (rnd.choice(["HO", "CO", "DA", "HE"]), rnd.randint(0, 999999)),
                   "" if rnd.random() < .1 else "(%d) %03d-%04d" % (rnd.choice([334, 334, 850, 229]), rnd.randint(201, 989), rnd.randint(0, 9999))])
acqs = []; PRIV = []
for i in range(2700):
    mf, imp, models, typ, cals, sn = rnd.choice(GUNS)
    m = rnd.choice(models); t = typ if not any(k in m for k in ("Rifle", "10/22", "M&P15", "Wrangler", "Judge")) else ("Rifle" if "Judge" not in m else "Revolver")
    if "686" in m or "Wrangler" in m: t = "Revolver"
    y, mo = rnd.choice([2024, 2025, 2025]), rnd.randint(1, 12)
    priv = rnd.random() < .14
    if priv:
        p = rnd.choice(buyers) if rnd.random() < .5 else None
        name = "%s %s" % (p[2], p[1]) if p else "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
        addr = "%s, %s, AL %s" % (p[10], p[11], p[14]) if p else "%d %s, %s, AL %s" % (rnd.randint(10, 9999), rnd.choice(STREETS), rnd.choice(TOWNS)[0], "363%02d" % rnd.randint(1, 99))
        src = ["", name, addr]; cost = "%.2f" % rnd.randint(100, 700)
    else:
        d = rnd.choices(distributors, weights=[12, 12, 8, 8, 6, 4, 6, 4, 2, 2, 2, 2, 3, 4, 3, 3])[0]
        src = [d[0], d[1], ""]; cost = "%.2f" % (rnd.randint(150, 1400) + rnd.choice([0, .99, .5]))
    acqs.append([str(10001 + i), "%02d/%02d/%04d" % (mo, rnd.randint(1, 28), y)] + src + [mf, imp, m, sn(), t, rnd.choice(cals), cost])
disps = []; picks = rnd.sample(range(2700), 2150); picks.sort()
SALES = ["Wade Kirkland", "Tommy Bozeman", "Renee Faulk", "Cliff Harrelson", "Jody Whitehurst", "Mandy Odom"]
for k, idx in enumerate(picks):
    a = acqs[idx]; b = rnd.choice(buyers[:rnd.choice([1500, 1500, 400])])
    am, ad, ay = map(int, a[1].split("/"))
    dd = min(datetime.date(ay, am, ad) + datetime.timedelta(days=rnd.randint(0, 120)), datetime.date(2025, 12, 31))
    dtype = rnd.choices(["4473 Sale", "Transfer to FFL", "Return to Vendor"], weights=[92, 5, 3])[0]
    permit = b[16] != ""
    ntn = "" if dtype != "4473 Sale" or permit else "100" + "".join(rnd.choice("0123456789BCDFGHJKLMNPQRSTVWXZ") for _ in range(7))
    disps.append([str(k + 1), a[0], dd.strftime("%m/%d/%Y"), b[0] if dtype == "4473 Sale" else "",
                  dtype, "%d-%04d" % (dd.year, k + 1) if dtype == "4473 Sale" else "", ntn,
                  ("" if not ntn else rnd.choices(["Proceed", "Delayed", "Denied"], weights=[90, 8, 2])[0]),
                  "%.2f" % (float(a[-1]) * rnd.uniform(1.1, 1.4)), rnd.choice(SALES), "Y" if rnd.random() < .03 else "N"])
H_D = ["FFLNumber", "LicenseName", "PremisesAddress", "City", "State", "ZIP", "Phone"]
H_A = ["EntryNo", "AcqDate", "SourceFFL", "SourceName", "SourceAddress", "Manufacturer", "Importer", "Model", "SerialNumber", "Type", "CaliberGauge", "Cost"]
H_B = ["BuyerID", "LastName", "FirstName", "MiddleName", "DOB", "PlaceOfBirth", "Sex", "Race", "Height", "Weight", "ResidenceAddress",
       "City", "County", "State", "ZIP", "IDType", "IDNumber", "CCWPermitNumber", "Phone"]
H_X = ["DispNo", "EntryNo", "DispDate", "BuyerID", "DispositionType", "Form4473Serial", "NICSTransactionNumber", "NICSResponse", "SalePrice", "Salesperson", "MultipleSaleReport"]
for name, head, rows in [("distributors", H_D, distributors), ("acquisitions", H_A, acqs), ("buyers", H_B, buyers), ("dispositions", H_X, disps)]:
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
N = "NON_IDENTIFYING"
cols = {"distributors.FFLNumber": N, "distributors.LicenseName": N, "distributors.PremisesAddress": "STREET_ADDRESS", "distributors.City": "CITY",
        "distributors.State": N, "distributors.ZIP": "ZIP_CODE", "distributors.Phone": "TELEPHONE_NUMBER"}
cols.update({"acquisitions." + k: v for k, v in {"EntryNo": "OTHER_UNIQUE_IDENTIFIER", "AcqDate": "DATE", "SourceFFL": N, "SourceName": "NAME",
             "SourceAddress": "STREET_ADDRESS", "Manufacturer": N, "Importer": N, "Model": N, "SerialNumber": "DEVICE_IDENTIFIER", "Type": N,
             "CaliberGauge": N, "Cost": N}.items()})
cols.update({"buyers." + k: v for k, v in {"BuyerID": "OTHER_UNIQUE_IDENTIFIER", "LastName": "FAMILY_NAME", "FirstName": "GIVEN_NAME",
             "MiddleName": "NAME", "DOB": "DATE_OF_BIRTH", "PlaceOfBirth": "CITY", "Sex": N, "Race": N, "Height": N, "Weight": N,
             "ResidenceAddress": "STREET_ADDRESS", "City": "CITY", "County": "COUNTY", "State": N, "ZIP": "ZIP_CODE", "IDType": N,
             "IDNumber": "CERTIFICATE_LICENSE_NUMBER", "CCWPermitNumber": "CERTIFICATE_LICENSE_NUMBER", "Phone": "TELEPHONE_NUMBER"}.items()})
cols.update({"dispositions." + k: v for k, v in {"DispNo": "OTHER_UNIQUE_IDENTIFIER", "EntryNo": "OTHER_UNIQUE_IDENTIFIER", "DispDate": "DATE",
             "BuyerID": "OTHER_UNIQUE_IDENTIFIER", "DispositionType": N, "Form4473Serial": "OTHER_UNIQUE_IDENTIFIER",
             "NICSTransactionNumber": "OTHER_UNIQUE_IDENTIFIER", "NICSResponse": N, "SalePrice": N, "Salesperson": "NAME", "MultipleSaleReport": N}.items()})
gold = {"dataset": "ffl-bound-book-us",
        "description": "Invented electronic A&D record (bound book) of a fictional Alabama firearms dealer, ',' with MM/DD/YYYY: distributors 16 (FFL number 'R-DD-CCC-TT-YM-NNNNN' e.g. '6-72-123-01-7C-45678', licence name, premises address, city, state, ZIP, phone), acquisitions 2,700 (EntryNo 10001.., AcqDate, SourceFFL FK to distributors (empty for private sellers), SourceName (distributor or, 14%, a private seller, half of them also buyers), SourceAddress (private sellers only, 'street, town, AL ZIP' in one cell), Manufacturer, Importer, Model, SerialNumber in each maker's shape, Type, CaliberGauge, Cost), buyers 1,500 (Form 4473 fields: BuyerID, names, DOB, PlaceOfBirth 'Dothan, AL', Sex, Race words, Height '5-11', Weight, residence address/city/county/state/ZIP, IDType, AL driver licence number 7-8 digits, CCW permit number (30%), phone), dispositions 2,150 (DispNo, EntryNo FK, DispDate, BuyerID FK (empty for transfers to FFLs and returns), DispositionType, Form4473Serial '2025-0412', NICSTransactionNumber '100' + 7 characters (empty for permit holders), NICSResponse, SalePrice, Salesperson (staff NAME), MultipleSaleReport). Distributors' FFL numbers and names NON_IDENTIFYING (licensees are businesses; as organisation keys), their address/city/ZIP/phone identifiers as organizations.ADDRESS in Synthea's gold; acquisitions.SourceName NAME (labelled with the column although 86% are distributors); firearm SerialNumber DEVICE_IDENTIFIER; PlaceOfBirth CITY. Coincidences: manufacturers Henry Repeating Arms, Daniel Defense, Savage Arms, Springfield Armory beside the given names Henry and Daniel, the surnames Savage and Henry and the county Henry; distributor 'Henry Repeating Arms Co'",
        "delimiter": ",", "entity": "buyers", "columns": cols,
        "foreignKeys": [{"column": "dispositions.BuyerID", "references": "buyers.BuyerID"},
                        {"column": "dispositions.EntryNo", "references": "acquisitions.EntryNo"},
                        {"column": "acquisitions.SourceFFL", "references": "distributors.FFLNumber"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

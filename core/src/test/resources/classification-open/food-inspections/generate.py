#!/usr/bin/env python3
"""food-inspections: invented food-establishment inspections in the shape of King County (WA) Public Health's open-data
export (one row per violation), plus the permit-holder register behind it and a small inspector list. Python 3 standard
library only, fixed seed: rerun to reproduce byte for byte."""
import csv, json, random
rnd = random.Random(600_6060)
GIVEN = ["Kent", "Maria", "Jin", "Soo-jin", "Min-ho", "Thanh", "Hoa", "Carlos", "Guadalupe", "Ahmed", "Fatima",
         "Tesfaye", "Meron", "Abdi", "Hodan", "Arturo", "Lucia", "Sunil", "Kavita", "Mei", "Li", "Tom", "Sarah",
         "Jessica", "Daniel", "Olena", "Vasyl", "Rosa", "Pedro", "Yuki", "Kenji", "Samir", "Renton", "Auburn"]
FAMILY = ["Jackson", "Nguyen", "Tran", "Kim", "Park", "Lee", "Garcia", "Hernandez", "Haile", "Tesfaye", "Mohamed",
          "Hassan", "Ali", "Patel", "Gupta", "Wong", "Chen", "Lin", "Tanaka", "Sato", "Kowalczuk", "Bondarenko",
          "Rossi", "Lopez", "Ramirez", "Bellevue", "Burien", "Smith", "Miller", "Johnson", "Olsen", "Larsen"]
INSPECTORS = ["Hannah Kessler", "Jorge Medina", "Amy Tran", "Robert Fischer", "Lakshmi Rao", "Ty Nakamura",
              "Erin Delaney", "Mohamed Warsame", "Claire Dubois"]
CITIES = [("SEATTLE", ["98101", "98103", "98104", "98105", "98107", "98109", "98112", "98115", "98118", "98122",
                       "98125", "98133", "98144"], 47.61, -122.33, 55),
          ("BELLEVUE", ["98004", "98005", "98006", "98007", "98008"], 47.61, -122.18, 10),
          ("KENT", ["98030", "98031", "98032", "98042"], 47.38, -122.23, 7),
          ("RENTON", ["98055", "98056", "98057", "98058"], 47.48, -122.2, 7),
          ("AUBURN", ["98001", "98002", "98092"], 47.31, -122.22, 5),
          ("FEDERAL WAY", ["98003", "98023"], 47.32, -122.31, 5),
          ("BURIEN", ["98146", "98148", "98166"], 47.47, -122.35, 4),
          ("SHORELINE", ["98133", "98155", "98177"], 47.75, -122.34, 4),
          ("REDMOND", ["98052", "98053"], 47.67, -122.12, 3)]
STREETS = ["AURORA AVE N", "RAINIER AVE S", "PACIFIC HWY S", "MARTIN LUTHER KING JR WAY S", "UNIVERSITY WAY NE",
           "BROADWAY E", "NE 8TH ST", "BELLEVUE WAY NE", "S 3RD ST", "MERIDIAN AVE E", "E PIKE ST", "LAKE CITY WAY NE",
           "JACKSON ST", "S JACKSON ST", "15TH AVE NW", "AMBAUM BLVD SW", "CENTRAL AVE N", "AUBURN WAY N",
           "NE 24TH ST", "DELRIDGE WAY SW", "CALIFORNIA AVE SW", "GREENWOOD AVE N"]
CUISINE = ["TAQUERIA", "PHO", "TERIYAKI", "CAFE", "PIZZA", "SUSHI", "DELI", "BAKERY", "THAI KITCHEN", "GRILL",
           "ETHIOPIAN RESTAURANT", "BBQ", "DONUTS", "BURGERS", "NOODLE HOUSE", "TEA HOUSE"]
VIOL = [("RED", "1200 - Proper shellstock ID; wild mushroom ID;  parasite destruction procedures for fish", 5),
        ("RED", "2110 - Proper cold holding temperatures (greater than 45 degrees F)", 10),
        ("RED", "2120 - Proper cold holding temperatures (42 degrees F to 45 degrees F)", 5),
        ("RED", "1600 - Proper cooling procedure", 10),
        ("RED", "2200 - Accurate thermometer provided and used to evaluate temperature of TCS foods", 5),
        ("RED", "0900 - No room temperature storage; proper use of time as a public health control", 5),
        ("RED", "0600 - Adequate handwashing facilities", 10),
        ("RED", "0200 - Food Worker Cards current for all food workers; new food workers trained", 5),
        ("BLUE", "4800 - Physical facilities properly installed,...", 2),
        ("BLUE", "4200 - Food-contact surfaces maintained, clean, sanitized", 5),
        ("BLUE", "3400 - Wiping cloths properly used, stored, proper sanitizer", 5),
        ("BLUE", "3300 - Potential food contamination prevented during delivery, preparation, storage, display", 5),
        ("BLUE", "4100 - Warewashing facilities properly installed, maintained, used; test strips", 5),
        ("BLUE", "5000 - Toxic substances properly identified, stored, used", 5)]


def date(y, doy):
    dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while doy > dim[m]:
        doy -= dim[m]; m += 1
        if m == 12: m = 0; y += 1; dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return "%02d/%02d/%04d" % (m + 1, doy, y)


def phone():
    return "(%s) %d%02d-%04d" % (rnd.choice(["206", "206", "425", "253"]), rnd.randint(2, 9), rnd.randint(10, 99),
                                 rnd.randint(0, 9999))


NE = 700
est, holders, rows = [], [], []
bids = sorted(rnd.sample(range(10000, 99999), NE))
serial = set()
for i in range(NE):
    bid = "PR00%05d" % bids[i]
    city, zips, lat0, lon0, _ = rnd.choices(CITIES, weights=[c[4] for c in CITIES])[0]
    z = rnd.choice(zips)
    addr = "%d %s%s" % (rnd.randint(100, 29999), rnd.choice(STREETS), rnd.choice(["", "", "", " #B", " STE 102", " UNIT 5"]))
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    htype = rnd.choices(["Sole Proprietor", "LLC", "Corporation", "Partnership"], weights=[30, 45, 20, 5])[0]
    kind = rnd.random()
    if htype == "Sole Proprietor" and kind < 0.3: dba = "%s'S %s" % (f.upper(), rnd.choice(CUISINE))
    elif htype == "Sole Proprietor" and kind < 0.45: dba = "%s'S %s" % (g.upper(), rnd.choice(CUISINE))
    elif rnd.random() < 0.2: dba = "%s #%d" % (rnd.choice(["SUBWAY", "STARBUCKS COFFEE", "TACO TIME", "PAGLIACCI PIZZA", "TERIYAKI MADNESS"]), rnd.randint(100, 29999))
    else: dba = "%s %s" % (rnd.choice(["GOLDEN", "LUCKY", "LITTLE", "BLUE MOON", "EMERALD CITY", "PIKE", "RAINIER", "SUNNY", "NEW", "ROYAL", "CASCADE", city]), rnd.choice(CUISINE))
    if htype == "Sole Proprietor": holder = "%s %s" % (g, f)
    elif htype == "Partnership": holder = "%s %s & %s %s" % (g, f, rnd.choice(GIVEN), rnd.choice(FAMILY))
    else: holder = "%s %s" % (dba.split("#")[0].strip().title(), "LLC" if htype == "LLC" else "Inc.")
    risk = rnd.choices(["I", "II", "III"], weights=[25, 35, 40])[0]
    seats = rnd.choice(["0-12", "13-50", "51-150", "151-250"])
    desc = "Seating %s - Risk Category %s" % (seats, risk)
    ph = phone() if rnd.random() < 0.93 else ""
    lat = lat0 + rnd.uniform(-0.05, 0.05); lon = lon0 + rnd.uniform(-0.05, 0.05)
    est.append((bid, dba, desc, addr, city, z, ph, "%.7f" % lon, "%.7f" % lat, risk, g, f))
    dob = ""
    if htype == "Sole Proprietor":
        by = rnd.randint(1948, 2001) if rnd.random() > 0.03 else rnd.randint(1929, 1935)
        dob = "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), by)
    email = "" if rnd.random() < 0.25 else "%s.%s@%s" % (g.lower(), f.lower(), rnd.choice(["gmail.com", "outlook.com", "yahoo.com", "comcast.net"]))
    mail = addr if rnd.random() < 0.4 else "%d %s" % (rnd.randint(100, 29999), rnd.choice(["SE 240TH ST", "NE 145TH ST", "132ND AVE NE", "S 320TH ST", "PO BOX 8812"]))
    mcity, mz = (city, z) if mail == addr else (lambda c: (c[0], rnd.choice(c[1])))(rnd.choice(CITIES))
    holders.append([bid, dba, holder, htype, "%s %s" % (g, f) if htype != "Corporation" else "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                    dob, mail, mcity, "WA", mz, phone(), email, "%d-%03d" % (rnd.randint(600, 604), rnd.randint(0, 999)) + "-" + "%03d" % rnd.randint(0, 999),
                    date(rnd.randint(2008, 2023), rnd.randint(1, 365)), "$%d.00" % {"I": 313, "II": 586, "III": 777}[risk]])
    prog = dba if rnd.random() < 0.85 else dba + " - MOBILE"
    n_insp = {"I": 1, "II": 2, "III": 3}[risk] + rnd.randint(0, 1)
    for k in range(n_insp):
        doy = rnd.randint(1, 365)
        ser = "DA%s" % "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        while ser in serial: ser = "DA%s" % "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
        serial.add(ser)
        itype = rnd.choices(["Routine Inspection/Field Review", "Return Inspection", "Consultation/Education - Field",
                             "Complaint/Referral"], weights=[70, 18, 6, 6])[0]
        nv = rnd.choices([0, 1, 2, 3, 4, 5], weights=[35, 25, 18, 12, 6, 4])[0]
        vs = rnd.sample(VIOL, nv)
        score = sum(v[2] for v in vs) if itype.startswith("Routine") else 0
        result = "Satisfactory" if score < 35 and not any(v[0] == "RED" and v[2] == 10 for v in vs) else "Unsatisfactory"
        if itype.startswith("Consult"): result = "Complete"
        closed = "true" if score >= 90 else "false"
        grade = "" if not itype.startswith("Routine") else str(rnd.choice([1, 1, 1, 2, 2, 3, 4]))
        ins = rnd.randrange(len(INSPECTORS))
        vrows = vs if vs else [("", "", "")]
        for v in vrows:
            vid = "" if not v[0] else "IV%s" % "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))
            rows.append([dba, prog, date(2024, doy), desc, addr, city, z, ph, est[-1][7], est[-1][8], dba, itype,
                         str(score), result, closed, v[0], v[1], str(v[2]) if v[0] else "", bid, ser, vid, grade,
                         "EH%03d" % (210 + ins * 11),
                         rnd.choice(["", "", "", "", "Spoke with owner %s %s" % (g, f), "PIC %s was cooperative" % g,
                                     "Cooler at 48F, moved TCS foods", "Follow-up in 14 days",
                                     "Owner %s not on site; called %s" % (f, ph or "no phone")])])
inspectors = [["EH%03d" % (210 + k * 11), n, rnd.choice(["North", "South", "Eastside", "Seattle Central"]), "REHS"]
              for k, n in enumerate(INSPECTORS)]
H1 = ["Name", "Program Identifier", "Inspection Date", "Description", "Address", "City", "Zip Code", "Phone",
      "Longitude", "Latitude", "Inspection Business Name", "Inspection Type", "Inspection Score", "Inspection Result",
      "Inspection Closed Business", "Violation Type", "Violation Description", "Violation Points", "Business_ID",
      "Inspection_Serial_Num", "Violation_Record_ID", "Grade", "Inspector_ID", "Inspector Notes"]
L1 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "ZIP_CODE",
      "TELEPHONE_NUMBER", "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"]
H2 = ["Business_ID", "DBA Name", "Permit Holder", "Holder Type", "Owner/Operator", "Owner DOB", "Mailing Address",
      "Mailing City", "Mailing State", "Mailing Zip", "Owner Phone", "Owner Email", "UBI", "Permit Issued",
      "Annual Fee"]
L2 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NAME", "DATE_OF_BIRTH", "STREET_ADDRESS",
      "CITY", "NON_IDENTIFYING", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "ACCOUNT_NUMBER", "DATE",
      "NON_IDENTIFYING"]
H3 = ["Inspector_ID", "Inspector Name", "District", "Credential"]
L3 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, data in (("inspections", H1, rows), ("permit_holders", H2, holders), ("inspectors", H3, inspectors)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"inspections." + h: l for h, l in zip(H1, L1)}
cols.update({"permit_holders." + h: l for h, l in zip(H2, L2)})
cols.update({"inspectors." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "food-inspections",
        "description": "Invented food-establishment inspections in the King County (WA) open-data shape, one row per violation (about 3,500 rows over 700 establishments: DBA name, program identifier, MM/dd/yyyy inspection date, seating and risk description, address, city, ZIP, phone, longitude/latitude, inspection type, score, result, closed flag, RED/BLUE violation with its code and description, points, Business_ID PR0012345, inspection serial and violation record ids, grade, inspector id EH221, inspector notes naming owners), the permit-holder register (700 rows: DBA, holder, holder type with about 30% sole proprietors whose DBA is often their own family or given name plus cuisine, owner/operator, owner DOB for sole proprietors, mailing address, phone, e-mail, Washington UBI number 601-234-567, permit issue date, fee) and a 9-row inspector list. Coincidences: given names Kent, Renton, Auburn and surnames Bellevue, Burien beside the cities KENT, RENTON, AUBURN, BELLEVUE, BURIEN; surname Jackson beside JACKSON ST; DBAs named for a city (KENT TERIYAKI)",
        "delimiter": ",", "entity": "permit_holders", "columns": cols,
        "foreignKeys": [{"column": "inspections.Business_ID", "references": "permit_holders.Business_ID"},
                        {"column": "inspections.Inspector_ID", "references": "inspectors.Inspector_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

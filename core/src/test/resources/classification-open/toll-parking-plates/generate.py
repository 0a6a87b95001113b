#!/usr/bin/env python3
"""Writes toll-parking-plates: an invented toll-by-mail / violation back-office export of a fictional New York toll
road, ',' separated, seeded, stdlib only. violations 2200 (transaction and invoice numbers, MM/DD/YYYY date and
HH:MM:SS time, plaza FK, lane, direction, class, E-ZPass tag agency, transponder id and account number when a tag was
read, plate of NY/NJ/PA/CT/MA/FL/CA/QC formats, VIN with its check digit, make/model/year/colour from the DMV lookup,
registered owner in DMV style 'LASTNAME, FIRSTNAME M' or a fleet company, owner address, camera id, front and rear image
URLs naming the plate, toll, fee, status, OCR confidence, reviewer id), plazas 18, and citations 50 in the shape of
NYC Open Data's 'Parking Violations Issued' (Summons Number, Plate ID, Registration State, ..., Violation Time
'0752A', House Number, Street Name)."""
import csv, json, random, datetime, os
rnd = random.Random(53003)
OUT = os.path.dirname(os.path.abspath(__file__))
TRANS = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
TRANS.update({str(d): d for d in range(10)})
W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
YEARCH = {2012: "C", 2013: "D", 2014: "E", 2015: "F", 2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
          2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T"}
# (make as DMV prints it, models, WMI)
MAKES = [("TOYOTA", ["CAMRY", "RAV4", "COROLLA", "HIGHLANDER"], "4T1"), ("HONDA", ["ACCORD", "CR-V", "CIVIC", "PILOT"], "1HG"),
         ("FORD", ["F-150", "ESCAPE", "EXPLORER", "TRANSIT"], "1FT"), ("CHEVROLET", ["EQUINOX", "SILVERADO", "MALIBU"], "1G1"),
         ("NISSAN", ["ROGUE", "ALTIMA", "SENTRA"], "1N4"), ("TESLA", ["MODEL 3", "MODEL Y"], "5YJ"), ("JEEP", ["GRAND CHEROKEE", "WRANGLER"], "1C4"),
         ("HYUNDAI", ["TUCSON", "ELANTRA"], "KM8"), ("SUBARU", ["OUTBACK", "FORESTER"], "4S4"), ("LINCOLN", ["NAVIGATOR", "AVIATOR"], "5LM"),
         ("VOLKSWAGEN", ["JETTA", "ATLAS"], "3VW"), ("BMW", ["X3", "330I"], "5UX"), ("FREIGHTLINER", ["CASCADIA"], "3AK"), ("RAM", ["1500", "PROMASTER"], "1C6")]
COLORS = ["BLACK", "WHITE", "GRAY", "SILVER", "BLUE", "RED", "GREEN", "BROWN"]

def vin(wmi, year):
    while True:
        body = wmi + "".join(rnd.choice(VCH) for _ in range(5)) + "0" + YEARCH[year] + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "%06d" % rnd.randint(0, 999999)
        s = sum(TRANS[c] * w for c, w in zip(body, W)) % 11
        v = body[:8] + ("X" if s == 10 else str(s)) + body[9:]
        return v

L = "ABCDEFGHJKLMNPRSTUVWXYZ"
def plate(st):
    r = lambda n: "".join(rnd.choice(L) for _ in range(n))
    d = lambda n: "".join(rnd.choice("0123456789") for _ in range(n))
    if st == "NY": return r(3) + d(4) if rnd.random() < 0.85 else d(5) + r(2)  # passenger / commercial style
    if st == "NJ": return r(1) + d(2) + r(3)
    if st == "PA": return r(3) + d(4)
    if st == "CT": return r(2) + d(5) if rnd.random() < 0.7 else d(3) + r(3)
    if st == "MA": return d(1) + r(2) + d(3)
    if st == "FL": return r(4) + d(2) if rnd.random() < 0.5 else d(3) + r(4)[:1] + r(3)
    if st == "CA": return d(1) + r(3) + d(3)
    if st == "QC": return r(1) + d(2) + " " + r(3)
    return r(3) + d(3)

GIVEN = ["JOHN", "MICHAEL", "DAVID", "JOSEPH", "ANTHONY", "MARIA", "JENNIFER", "LISA", "PATRICIA", "KEVIN", "ALEXANDER",
         "SHANELLE", "PRIYA", "WEI", "DMITRI", "FATOUMATA", "VICTORIA", "CHRISTOPHER", "LINCOLN", "TOYA"]
FAMILY = ["HARRIMAN", "FORD", "GOLDSTEIN", "DIMARCO", "O'CONNOR", "FITZGERALD", "KAPLAN", "SANTIAGO", "PATEL", "CHEN",
          "MURPHY", "RUSSO", "NOWAK", "WOODBURY", "MCCARTHY", "BENNETT", "OKAFOR", "LIEBERMAN", "VALDEZ", "YONKERS-SMITH"]
FLEETS = ["AVIS BUDGET CAR RENTAL LLC", "ENTERPRISE RAC CO OF NEW YORK LLC", "THE HERTZ CORPORATION", "PENSKE TRUCK LEASING CO LP",
          "U-HAUL CO OF NEW YORK AND VERMONT INC", "CON EDISON CO OF NY INC", "AMAZON LOGISTICS INC", "VERIZON NEW YORK INC"]
TOWNS = [("NY", "YONKERS", "107"), ("NY", "NEW ROCHELLE", "108"), ("NY", "SPRING VALLEY", "109"), ("NY", "MONROE", "109"),
         ("NY", "BRONX", "104"), ("NY", "POUGHKEEPSIE", "126"), ("NY", "ALBANY", "122"), ("NJ", "PATERSON", "075"),
         ("NJ", "MAHWAH", "074"), ("PA", "SCRANTON", "185"), ("CT", "STAMFORD", "069"), ("MA", "PITTSFIELD", "012"),
         ("FL", "BOCA RATON", "334"), ("CA", "SAN JOSE", "951"), ("QC", "MONTREAL", "H2X")]
STREETS = ["MAIN ST", "BROADWAY", "N BROADWAY", "ROUTE 59", "WASHINGTON AVE", "LINCOLN AVE", "PALISADE AVE", "CENTRAL PARK AVE",
           "OLD MILL RD", "SUMMIT DR", "MAPLE AVE", "HARRIMAN RD"]
PLAZAS = [("015", "Woodbury", "I-87 NYS Thruway", "45.0", 12), ("016", "Harriman", "I-87 NYS Thruway", "45.2", 10),
          ("017", "Ramapo", "I-87 NYS Thruway", "30.2", 8), ("018", "Spring Valley", "I-87 NYS Thruway", "14.2", 10),
          ("019", "Mario M. Cuomo Bridge", "I-87/I-287 NYS Thruway", "13.4", 14), ("020", "Yonkers", "I-87 NYS Thruway", "6.0", 12),
          ("021", "New Rochelle", "I-95 New England Thruway", "15.6", 10), ("022", "Newburgh", "I-87 NYS Thruway", "60.1", 6),
          ("023", "New Paltz", "I-87 NYS Thruway", "75.9", 6), ("024", "Kingston", "I-87 NYS Thruway", "91.3", 6),
          ("025", "Catskill", "I-87 NYS Thruway", "113.8", 4), ("026", "Albany (Exit 23)", "I-87 NYS Thruway", "142.1", 8),
          ("031", "Henry Hudson Bridge", "Henry Hudson Pkwy", "0.0", 6), ("032", "Lincoln Tunnel", "NJ Route 495", "0.0", 12),
          ("033", "Grand Island South", "I-190 Niagara Thruway", "N 11.3", 6), ("034", "Grand Island North", "I-190 Niagara Thruway", "N 19.3", 6),
          ("035", "Williamsville", "I-90 NYS Thruway", "418.6", 12), ("036", "Ogdensburg-Prescott Bridge", "NY Route 812", "0.0", 2)]
AGENCIES = ["004 - NYSTA", "005 - PANYNJ", "006 - MTA B&T", "008 - NJ Turnpike Authority", "002 - PA Turnpike Commission",
            "012 - MassDOT", "030 - Delaware River Port Authority"]
vehicles = []
for i in range(880):
    st = rnd.choice(["NY"] * 12 + ["NJ"] * 4 + ["PA", "PA", "CT", "CT", "MA", "FL", "CA", "QC"])
    mk = rnd.choice(MAKES)
    yr = rnd.randint(2012, 2026)
    fleet = rnd.random() < 0.12
    if fleet:
        owner = rnd.choice(FLEETS); addr = rnd.choice(["PO BOX 3180", "ATTN TOLL DEPT 6929 N LAKEWOOD AVE", "1 INDEPENDENCE WAY", "4 IRVING PL"])
        city, ost, z = rnd.choice([("TULSA", "OK", "74117"), ("PRINCETON", "NJ", "08540"), ("NEW YORK", "NY", "10003"), ("PHOENIX", "AZ", "85004")])
        addr2 = ""
    else:
        tst, city, z3 = rnd.choice([t for t in TOWNS if t[0] == st] or TOWNS)
        ost = tst
        mid = rnd.choice(["", " " + rnd.choice("ABCDEFJKLMRST")])
        owner = "%s, %s%s" % (rnd.choice(FAMILY), rnd.choice(GIVEN), mid) if rnd.random() < 0.85 else "%s %s %s" % (rnd.choice(GIVEN), rnd.choice(GIVEN), rnd.choice(FAMILY))
        addr = "%d %s" % (rnd.randint(1, 2999), rnd.choice(STREETS))
        addr2 = rnd.choice(["", "", "", "APT %d%s" % (rnd.randint(1, 12), rnd.choice("ABCDEF")), "UNIT %d" % rnd.randint(1, 300)])
        z = (z3 + " %d%s%d" % (rnd.randint(1, 9), rnd.choice("ABCEGHJ"), rnd.randint(0, 9))) if ost == "QC" else \
            (z3 + "%02d" % rnd.randint(1, 99) + ("-%04d" % rnd.randint(1, 9999) if rnd.random() < 0.5 else ""))
    tag = rnd.random() < 0.4
    vehicles.append(dict(st=st, plate=plate(st), ptype=("COM" if fleet and rnd.random() < 0.5 else rnd.choice(["PAS"] * 9 + ["OMT", "SRF"])) if st != "QC" else "",
                         vin="" if st == "QC" else vin(mk[2], yr), make=mk[0], model=rnd.choice(mk[1]), year=str(yr), color=rnd.choice(COLORS),
                         owner=owner, addr=addr, addr2=addr2, city=city, ost=ost, zip=z,
                         tag="%08d" % rnd.randint(10000000, 99999999) if tag else "", agency=rnd.choice(AGENCIES) if tag else "",
                         acct="%09d" % rnd.randint(100000000, 999999999) if tag else "", cls="5H" if mk[0] == "FREIGHTLINER" else rnd.choice(["2L", "2L", "2L", "3L", "2H"])))
viol, invoices = [], {}
txn = 640000000000
start = datetime.datetime(2026, 1, 1)
for k in range(2200):
    v = rnd.choice(vehicles[:300] * 3 + vehicles)
    p = rnd.choice(PLAZAS)
    t = start + datetime.timedelta(seconds=rnd.randint(0, 89 * 86400))
    txn += rnd.randint(1, 4000)
    lane = "%02d" % rnd.randint(1, p[4])
    cam = "CAM-%s-L%s-%s" % (p[0], lane, rnd.choice(["F", "R"]))
    key = (v["plate"], t.month)
    if key not in invoices:
        invoices[key] = "T%09d" % rnd.randint(100000000, 999999999)
    stamp = t.strftime("%Y%m%dT%H%M%S")
    pl = v["plate"].replace(" ", "")
    tagread = v["tag"] and rnd.random() < 0.7
    if tagread:
        tstat = rnd.choice(["INVALID", "LOW BALANCE", "REVOKED", "NOT ON TVL"])
    else:
        tstat = "NO TAG READ"
    toll = {"2L": 6.05, "3L": 9.10, "2H": 14.35, "5H": 31.50}[v["cls"]] * (0.5 if p[4] <= 6 else 1)
    status = rnd.choice(["INVOICED", "INVOICED", "PAID", "PAID", "PAID", "DISPUTED", "TRANSFERRED TO LESSEE", "IN COLLECTIONS", "DMV SUSPENSION", "VOID - OCR ERROR"])
    viol.append([str(txn), invoices[key], t.strftime("%m/%d/%Y"), t.strftime("%H:%M:%S"), p[0], lane, rnd.choice(["NB", "SB"]) if "87" in p[2] else rnd.choice(["EB", "WB"]),
                 v["cls"], v["agency"] if tagread else "", v["tag"] if tagread else "", tstat, v["acct"] if tagread else "",
                 v["plate"], v["st"], v["ptype"], v["vin"], v["make"], v["model"], v["year"], v["color"],
                 v["owner"], v["addr"], v["addr2"], v["city"], v["ost"], v["zip"], cam,
                 "https://img.example.gov/plates/%s/%02d/%s_%s_P%sL%s_F.jpg" % (t.year, t.month, pl, stamp, p[0], lane),
                 "https://img.example.gov/plates/%s/%02d/%s_%s_P%sL%s_R.jpg" % (t.year, t.month, pl, stamp, p[0], lane),
                 "%.2f" % toll, "%.2f" % rnd.choice([0, 0, 2.50, 5.00, 50.00]), status, "%.2f" % rnd.uniform(0.55, 0.99),
                 rnd.choice(["RVW%03d" % n for n in (11, 14, 27, 31, 42, 58, 63, 77, 80, 95)])])
viol.sort(key=lambda r: r[0])
H_V = ["TRANSACTION_ID", "INVOICE_NO", "TXN_DATE", "TXN_TIME", "PLAZA_ID", "LANE_NO", "DIRECTION", "VEHICLE_CLASS", "TAG_AGENCY",
       "TAG_ID", "TAG_STATUS", "EZPASS_ACCT_NO", "PLATE_NO", "PLATE_STATE", "PLATE_TYPE", "VIN", "VEH_MAKE", "VEH_MODEL",
       "VEH_YEAR", "VEH_COLOR", "OWNER_NAME", "OWNER_ADDR1", "OWNER_ADDR2", "OWNER_CITY", "OWNER_STATE", "OWNER_ZIP",
       "CAMERA_ID", "IMAGE_URL_FRONT", "IMAGE_URL_REAR", "TOLL_AMT", "FEE_AMT", "STATUS", "OCR_CONFIDENCE", "REVIEWER_ID"]
L_V = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "VEHICLE_IDENTIFIER",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "VEHICLE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NAME", "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING",
       "URL", "URL", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
plazas = [[p[0], p[1], p[2], p[3], str(p[4]), "Y" if p[0] in ("019", "031", "032", "015", "016", "020") else "N",
           "%.2f" % (6.05 * (0.5 if p[4] <= 6 else 1))] for p in PLAZAS]
H_P = ["PLAZA_ID", "PLAZA_NAME", "ROADWAY", "MILEPOST", "LANE_COUNT", "ORT", "BASE_TOLL_CLASS_2L"]
L_P = ["NON_IDENTIFYING"] * 7
ABBR = {"TOYOTA": "TOYOT", "HONDA": "HONDA", "FORD": "FORD", "CHEVROLET": "CHEVR", "NISSAN": "NISSA", "TESLA": "TESLA", "JEEP": "JEEP",
        "HYUNDAI": "HYUND", "SUBARU": "SUBAR", "LINCOLN": "LINCO", "VOLKSWAGEN": "VOLKS", "BMW": "BMW", "FREIGHTLINER": "FRUEH", "RAM": "RAM"}
cits = []
summons = 1477000000
NYC_ST = [("34510", "BROADWAY"), ("10010", "W 42ND ST"), ("25390", "LEXINGTON AVE"), ("13610", "E 86TH ST"), ("59990", "JEROME AVE"),
          ("22490", "GRAND CONCOURSE"), ("36090", "QUEENS BLVD"), ("10210", "FLATBUSH AVE"), ("56790", "VICTORY BLVD")]
for k in range(50):
    v = rnd.choice(vehicles[:300]) if rnd.random() < 0.6 else rnd.choice(vehicles)
    summons += rnd.randint(10, 900000)
    d = datetime.date(2026, 1, 1) + datetime.timedelta(days=rnd.randint(0, 88))
    h, m = rnd.randint(1, 12), rnd.randint(0, 59)
    sc, sn = rnd.choice(NYC_ST)
    cits.append([str(summons), v["plate"], v["st"], v["ptype"] or "999", d.strftime("%m/%d/%Y"), str(rnd.choice([14, 20, 21, 38, 40, 46, 71, 5, 7, 36])),
                 rnd.choice(["SUBN", "4DSD", "VAN", "PICK", "DELV"]), ABBR[v["make"]], rnd.choice(["P", "T", "T", "S", "X"]), sc,
                 (d + datetime.timedelta(days=rnd.randint(30, 700))).strftime("%Y%m%d") if v["st"] == "NY" else "88888888",
                 str(rnd.choice([1, 13, 19, 20, 24, 46, 52, 109, 120])), str(rnd.choice([0, 1, 13, 19, 401, 402, 965])),
                 str(rnd.randint(300000, 369999)), "%02d%02d%s" % (h, m, rnd.choice("AP")),
                 str(rnd.randint(1, 2500)) if rnd.random() < 0.8 else "", sn, v["color"][:2] if v["color"] != "SILVER" else "SILVE", v["year"],
                 str(rnd.choice([0, 0, 0, 1, 2]))])
H_C = ["Summons Number", "Plate ID", "Registration State", "Plate Type", "Issue Date", "Violation Code", "Vehicle Body Type",
       "Vehicle Make", "Issuing Agency", "Street Code1", "Vehicle Expiration Date", "Violation Precinct", "Issuer Precinct",
       "Issuer Code", "Violation Time", "House Number", "Street Name", "Vehicle Color", "Vehicle Year", "Feet From Curb"]
L_C = ["OTHER_UNIQUE_IDENTIFIER", "VEHICLE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "DATE", "GEOGRAPHIC_SUBDIVISION",
       "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE", "STREET_ADDRESS", "STREET_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING"]
cols = {}
for name, head, labels, rows in (("violations", H_V, L_V, viol), ("plazas", H_P, L_P, plazas), ("citations", H_C, L_C, cits)):
    assert len(head) == len(labels)
    for r in rows: assert len(r) == len(head)
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
    cols.update({name + "." + h: l for h, l in zip(head, labels)})
gold = {"dataset": "toll-parking-plates",
        "description": "Invented toll-by-mail violation export of a fictional NY toll road, ',': violations 2200 (12-digit transaction ids, invoice numbers per plate and month, MM/DD/YYYY + HH:MM:SS, plaza FK, lane, direction, class, E-ZPass tag agency / 8-digit transponder id / 9-digit account when read, plates of 8 jurisdictions, VINs with check digit, DMV make/model/year/colour, registered owner 'LASTNAME, FIRSTNAME M' or fleet company, address, city, ZIP/ZIP+4/Canadian postcode, camera id, image URLs naming the plate, amounts, status, OCR confidence, reviewer id), plazas 18, citations 50 in NYC Open Data's Parking Violations Issued shape",
        "delimiter": ",", "entity": "violations", "columns": cols,
        "foreignKeys": [{"column": "violations.PLAZA_ID", "references": "plazas.PLAZA_ID"}]}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

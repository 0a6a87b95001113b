#!/usr/bin/env python3
"""permits-accela: invented building permits in the shape of an Accela Civic Platform open-data export of a California
city (record numbers BLD2024-01234, APN 467-21-033, CSLB licence numbers), a small contractor list and the permit
inspections. Python 3 standard library only, fixed seed: rerun to reproduce byte for byte."""
import csv, json, random
rnd = random.Random(60_2024)
GIVEN = ["THANH", "LAN", "MINH", "HUONG", "JOSE", "MARIA", "MIGUEL", "GUADALUPE", "ROBERT", "SUSAN", "DAVID",
         "KAREN", "RAJESH", "ANITA", "WEI", "XIAO", "JENNIFER", "MICHAEL", "ELENA", "SERGIO", "WILLOW", "LINCOLN",
         "SANTA", "ALMA", "GARY", "LINDA", "KEVIN", "PRIYA", "HIROSHI", "YUKI", "PAUL", "NANCY"]
FAMILY = ["NGUYEN", "TRAN", "LE", "PHAM", "GARCIA", "HERNANDEZ", "LOPEZ", "RAMIREZ", "TORRES", "SMITH", "JOHNSON",
          "MILLER", "PATEL", "SHARMA", "CHEN", "WONG", "HUANG", "NAKAMURA", "TANAKA", "ALMADEN", "WILLOW",
          "LINCOLN", "BASCOM", "MENDOZA", "OKAFOR", "ANDERSON", "KOWALSKI", "ROSSI", "SILVA", "DUONG"]
INSPECTORS = ["Dale Whitaker", "Rosa Alvarez", "Ken Yamamoto", "Brian O'Connell", "Teresa Lim", "Ahmad Karimi",
              "Jill Sorensen", "Marco Bianchi", "Denise Washington", "Phil Tran", "Olivia Grant", "Sam Becker"]
STREETS = ["ALMADEN RD", "LINCOLN AV", "WILLOW ST", "BASCOM AV", "MERIDIAN AV", "STORY RD", "TULLY RD", "KING RD",
           "BLOSSOM HILL RD", "CAPITOL EXPY", "SANTA TERESA BL", "CAMDEN AV", "HAMILTON AV", "MCKEE RD",
           "ALUM ROCK AV", "SARATOGA AV", "WINCHESTER BL", "LEIGH AV", "HILLSDALE AV", "BRANHAM LN", "COPPER PEAK LN",
           "VIA VALIENTE", "PIEDMONT RD", "BERRYESSA RD"]
ZIPS = ["95110", "95111", "95112", "95116", "95117", "95118", "95120", "95121", "95122", "95123", "95124", "95125",
        "95126", "95127", "95128", "95129", "95130", "95132", "95133", "95135", "95136", "95138", "95148"]
ZW = [3, 5, 4, 6, 3, 6, 4, 3, 6, 5, 7, 8, 4, 6, 5, 3, 2, 3, 2, 2, 5, 1, 3]
TYPES = [("Building/Residential/Alteration/NA", "Alteration", ["REMODEL KITCHEN AND (2) BATHROOMS", "REROOF 24 SQ COMP SHINGLE",
          "REPLACE (8) WINDOWS SAME SIZE SAME LOCATION", "INTERIOR REMODEL, NO STRUCTURAL", "WATER HEATER REPLACEMENT 50 GAL"], 45),
         ("Building/Residential/Addition/NA", "Addition", ["450 SF REAR ADDITION TO SFD", "NEW 2ND STORY ADDITION 820 SF"], 8),
         ("Building/Residential/New/ADU", "New", ["NEW DETACHED ADU 780 SF 2BR/1BA", "GARAGE CONVERSION TO ADU 400 SF"], 10),
         ("Building/Residential/Solar/PV", "Alteration", ["ROOF MOUNT SOLAR PV 6.4 KW 16 MODULES", "ROOF MOUNT SOLAR PV 8.0 KW W/ BATTERY"], 20),
         ("Building/Commercial/Tenant Improvement/NA", "Alteration", ["TENANT IMPROVEMENT FOR RETAIL SUITE", "TI FOR NEW DENTAL OFFICE"], 9),
         ("Building/Residential/Demolition/NA", "Demolition", ["DEMO EXISTING DETACHED GARAGE", "DEMOLISH SFD TO SLAB"], 3),
         ("Building/Commercial/New/NA", "New", ["NEW 3-STORY MIXED USE BUILDING", "NEW SHELL BUILDING 12,000 SF"], 2),
         ("Building/Residential/Repair/NA", "Repair", ["FIRE DAMAGE REPAIR", "DRY ROT REPAIR AT DECK"], 3)]
CLASSES = ["B - General Building", "C-10 - Electrical", "C-46 - Solar", "C-36 - Plumbing", "C-39 - Roofing",
           "C-20 - HVAC", "B, C-36"]
COMPANIES = ["BAY AREA SOLAR INC", "SUNPOWER BY VALLEY ELECTRIC", "PACIFIC ROOFING CO", "LINCOLN ELECTRIC INC",
             "WILLOW GLEN BUILDERS INC", "ALMADEN CONSTRUCTION LLC", "SOUTH BAY PLUMBING INC", "TESLA ENERGY OPERATIONS INC",
             "GOLDEN STATE HVAC", "SILICON VALLEY REMODELING INC", "ACE WINDOWS & DOORS", "DIABLO PACIFIC BUILDERS LLC",
             "HOME DEPOT U S A INC", "SUNRUN INSTALLATION SERVICES INC", "CAPITOL DRYWALL INC", "BLOSSOM HILL CONSTRUCTION"]


def date(y, doy):
    dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while doy > dim[m]:
        doy -= dim[m]; m += 1
        if m == 12: m = 0; y += 1; dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return "%02d/%02d/%04d" % (m + 1, doy, y)


def phone(area=None):
    return "%s-%d%02d-%04d" % (area or rnd.choice(["408", "408", "408", "669", "650", "510"]), rnd.randint(2, 9),
                               rnd.randint(10, 99), rnd.randint(0, 9999))


contractors, used = [], set()
for i in range(90):
    lic = rnd.randint(300000, 1099999)
    while lic in used: lic = rnd.randint(300000, 1099999)
    used.add(lic)
    if i < len(COMPANIES):
        biz = COMPANIES[i]
    elif rnd.random() < 0.45:
        biz = "%s %s %s" % (rnd.choice(FAMILY), rnd.choice(GIVEN), rnd.choice(["", "", "ANTONIO", "J"])) if rnd.random() < 0.5 \
            else "%s %s" % (rnd.choice(FAMILY), rnd.choice(GIVEN))
        biz = " ".join(biz.split())
    else:
        biz = "%s %s" % (rnd.choice(["ELITE", "PREMIER", "ROYAL", "QUALITY", "EXPRESS", "UNITED", "A-1", "TRI-VALLEY"]),
                         rnd.choice(["CONSTRUCTION INC", "BUILDERS", "ROOFING", "ELECTRIC", "PLUMBING & ROOTER", "HOME IMPROVEMENT"]))
    qual = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    contractors.append([str(lic), biz, qual, rnd.choice(CLASSES), phone(),
                        rnd.choice(["SAN JOSE", "SAN JOSE", "SANTA CLARA", "CAMPBELL", "MILPITAS", "FREMONT", "GILROY", "MORGAN HILL"]),
                        "CA", date(2025 + rnd.randint(0, 2), rnd.randint(1, 365))])
N = 2500
permits, insp = [], []
nums = sorted(rnd.sample(range(1, 30000), N))
insp_id = 1204000
for i in range(N):
    rec = "BLD2024-%05d" % nums[i]
    rtype, wclass, descs, _ = rnd.choices(TYPES, weights=[t[3] for t in TYPES])[0]
    opened_doy = rnd.randint(1, 365)
    status = rnd.choices(["Issued", "Finaled", "Expired", "In Review", "Withdrawn"], weights=[40, 38, 8, 10, 4])[0]
    issued = "" if status in ("In Review", "Withdrawn") else date(2024, opened_doy + rnd.randint(0, 45))
    final = date(2024, opened_doy + rnd.randint(50, 300)) if status == "Finaled" else ""
    expires = date(2025, opened_doy) if issued else ""
    z = rnd.choices(ZIPS, weights=ZW)[0]; st = rnd.choice(STREETS); no = str(rnd.randint(100, 7999))
    unit = rnd.choice([""] * 12 + ["A", "B", "UNIT 2", "#104", "STE 200"])
    addr = "%s %s%s, SAN JOSE CA %s" % (no, st, (" " + unit) if unit else "", z)
    b = rnd.randint(200, 999)
    apn = "%03d-%02d-%03d" % (b if rnd.random() > 0.3 else rnd.choice([439, 459, 467, 477, 494]), rnd.randint(1, 99), rnd.randint(1, 150))
    og, of_, og2 = rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(GIVEN)
    kind = rnd.random()
    biz = ""
    if kind < 0.55: owner = "%s %s & %s" % (of_, og, og2)
    elif kind < 0.8: owner = "%s %s" % (of_, og)
    elif kind < 0.9: owner = "%s FAMILY TRUST" % of_
    else:
        owner = "%s %s" % (of_, og); biz = "%s %s" % (rnd.choice(["SUNRISE", "MERIDIAN", "STORY ROAD", "EL CAMINO", "ORCHARD"]),
                                                 rnd.choice(["PROPERTIES LLC", "HOLDINGS LLC", "INVESTMENTS LP", "PARTNERS LLC"]))
    desc = rnd.choice(descs)
    r = rnd.random()
    if r < 0.18: desc = "%s FOR %s RESIDENCE" % (desc, of_)
    elif r < 0.25: desc = "%s - OWNER %s %s TO BE PRESENT FOR INSPECTIONS, CALL %s" % (desc, og, of_, phone())
    elif r < 0.28: desc = "%s PER PLANS BY %s %s, ARCHITECT" % (desc, rnd.choice(GIVEN), rnd.choice(FAMILY))
    value = rnd.choice([1500, 3500, 8000, 12000, 18500, 25000, 45000, 60000, 85000, 150000, 320000]) + rnd.choice([0, 0, 250, 500])
    if "SOLAR" in rtype: value = rnd.choice([14000, 18000, 22500, 31000])
    owner_builder = rnd.random() < 0.12
    con = None if owner_builder else rnd.choice(contractors if rnd.random() < 0.5 else contractors[:16])
    rel = "Owner" if owner_builder else rnd.choices(["Contractor", "Agent", "Architect", "Owner"], weights=[60, 20, 10, 10])[0]
    if rel == "Owner": appl = "%s %s" % (og.title(), of_.title())
    elif rel == "Contractor": appl = con[2].title()
    else: appl = "%s %s" % (rnd.choice(GIVEN).title(), rnd.choice(FAMILY).title())
    own_addr = "%s %s" % (no, st) if rnd.random() < 0.75 else "%d %s" % (rnd.randint(10, 9999), rnd.choice(
        ["PO BOX 2231", "EL CAMINO REAL", "MISSION BLVD", "S DE ANZA BLVD", "N 1ST ST"]))
    lat = 37.25 + rnd.uniform(0, 0.18); lon = -121.95 + rnd.uniform(0, 0.2)
    permits.append([rec, rtype, status, date(2024, opened_doy), issued, final, expires, addr, no, st, unit, "SAN JOSE", z,
                    apn, desc, wclass, rnd.choice(["R-3", "R-3", "R-3/U", "B", "M", "R-2"]), "$%s.00" % format(value, ","),
                    str(rnd.choice([0, 0, 120, 400, 780, 1200, 1850, 2400])), str(rnd.choice([0, 0, 0, 1, 1, 2])),
                    owner, biz, phone() if rnd.random() < 0.8 else "", own_addr,
                    "" if con is None else con[0], "OWNER-BUILDER" if con is None else con[1], appl, rel,
                    str(rnd.randint(1, 10)), "%.6f" % lat, "%.6f" % lon])
    if issued:
        for t in rnd.sample(["101 Footing/Foundation", "201 Framing", "301 Electrical Rough", "310 Plumbing Rough",
                             "410 Insulation", "450 Drywall Nailing", "500 Final Building", "510 Final Electrical"],
                            rnd.randint(1, 4)):
            insp_id += rnd.randint(1, 9)
            res = rnd.choices(["Approved", "Partial Approval", "Correction Required", "Not Ready", "Cancelled"],
                              weights=[60, 8, 18, 8, 6])[0]
            ins = rnd.randrange(len(INSPECTORS))
            note = rnd.choice(["", "", "", "OK to cover", "Correction notice left on site",
                               "Met owner %s %s on site" % (og.title(), of_.title()),
                               "No access, called owner at %s" % phone(), "Gate code 4411, dog in yard",
                               "Contractor %s not present" % ("n/a" if con is None else con[2].title())])
            insp.append([str(insp_id), rec, t, date(2024, opened_doy + rnd.randint(5, 200)), res, INSPECTORS[ins],
                         "BI-%03d" % (100 + ins * 7), note])
H1 = ["Record Number", "Record Type", "Status", "Date Opened", "Issued Date", "Finaled Date", "Expiration Date",
      "Address", "Street No", "Street Name", "Unit", "City", "Zip", "APN", "Description", "Work Class", "Occupancy",
      "Job Value", "Sq Ft", "Units", "Owner Name", "Owner Business", "Owner Phone", "Owner Mailing Address",
      "Contractor License #", "Contractor Name", "Applicant Name", "Applicant Relationship", "Council District",
      "Latitude", "Longitude"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE", "DATE",
      "STREET_ADDRESS", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS", "CITY", "ZIP_CODE",
      "GEOGRAPHIC_SUBDIVISION", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "STREET_ADDRESS",
      "CERTIFICATE_LICENSE_NUMBER", "NAME", "NAME", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "GEOCOORDINATE",
      "GEOCOORDINATE"]
H2 = ["License #", "Business Name", "Qualifier", "Classification", "Business Phone", "City", "State",
      "License Expiration"]
L2 = ["CERTIFICATE_LICENSE_NUMBER", "NAME", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "CITY", "NON_IDENTIFYING",
      "DATE"]
H3 = ["Inspection ID", "Record Number", "Inspection Type", "Inspection Date", "Result", "Inspector",
      "Inspector Badge", "Result Comments"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NAME",
      "QUASI_IDENTIFIER", "FREE_TEXT"]
for name, head, data in (("permits", H1, permits), ("contractors", H2, contractors), ("inspections", H3, insp)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"permits." + h: l for h, l in zip(H1, L1)}
cols.update({"contractors." + h: l for h, l in zip(H2, L2)})
cols.update({"inspections." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "permits-accela",
        "description": "Invented building permits of a California city in an Accela open-data export shape: 2,500 permits of 2024 (record number BLD2024-01234, record type path, MM/dd/yyyy dates, full address line plus street number, name, unit, ZIP, APN 467-21-033, job description naming owners in about a quarter of rows, job value $45,000.00, owner names written SURNAME GIVEN & GIVEN or as a family trust, owner business LLCs, owner phone and mailing address, CSLB contractor licence, contractor name or OWNER-BUILDER, applicant, council district, latitude/longitude), 90 contractors (licence, business name with sole proprietors written SURNAME GIVEN, qualifier, classification, phone, city, expiry) and about 5,000 inspections (id, record number, type, date, result, inspector, badge BI-107, comments naming owners, phones and contractors). Coincidences: surnames and given names ALMADEN, WILLOW, LINCOLN, BASCOM beside streets ALMADEN RD, WILLOW ST, LINCOLN AV, BASCOM AV and companies LINCOLN ELECTRIC INC, WILLOW GLEN BUILDERS INC",
        "delimiter": ",", "entity": "permits", "columns": cols,
        "foreignKeys": [{"column": "permits.Contractor License #", "references": "contractors.License #"},
                        {"column": "inspections.Record Number", "references": "permits.Record Number"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

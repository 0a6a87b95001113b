#!/usr/bin/env python3
"""Writes boat-registry-us: an invented extract of a fictional Florida county's vessel registration file, one marina's
slip list and boating accident reports (seeded, stdlib only), ',' with US dates MM/DD/YYYY. owners: 1,450 (owner_id,
owner_type INDIVIDUAL/BUSINESS, last/first name, middle initial, business name, mailing address, city, state, ZIP or
ZIP+4, county, date of birth, Florida driver licence 'S530-460-56-123-0', phone, e-mail). vessels: 1,800 (HIN 12
characters: 3-letter manufacturer identification code + 5-character serial + month letter and year digit of
certification + 2-digit model year, e.g. 'BWCE1234K324'; state registration number 'FL 1234 AB'; USCG official
documentation number (7 digits) for documented vessels, with a vessel name for them; decal number; title number;
owner_id; make, model year, length, hull material, propulsion, fuel, primary use, county of registration,
registration/expiration dates, lienholder). slips: 42 rows of one marina (slip, dock, max length/beam, power, HIN of
the boat in it, tenant name and phone, lease start/end, monthly rate, status; vacant slips empty). accidents: 36
reports in the shape of the federal BARD (report number 'FWC-24-0131', date, time, latitude/longitude, body of water,
nearest town, county, HIN, accident type, primary cause, operator age (one over 89), operator experience, boating
education, injuries, deaths, damage in USD, wind, narrative naming people). Deliberate coincidences: the make
'Grady-White' beside the surname White; the vessel names 'Miss Madison' and 'Jupiter Rose' beside the given name
Madison, the town Jupiter and the given name Rose; the body of water 'Lake Worth Lagoon' beside the town Lake Worth
Beach; the dock 'Palm' beside the county Palm Beach."""
import csv, json, random, datetime
rnd = random.Random(640303)
GIVEN = ["Robert", "Richard", "Thomas", "Charles", "Steven", "Donna", "Sandra", "Carol", "Madison", "Rose", "Wayne",
         "Dale", "Travis", "Cody", "Brittany", "Amber", "Jorge", "Yolanda", "Alejandro", "Marisol", "Pierre", "Nadia",
         "Gary", "Bruce", "Kimberly", "Heather", "Darnell", "Latoya", "Vinh", "Sergei"]
FAMILY = ["White", "Baker", "Fisher", "Marsh", "Cruz", "Perez", "Diaz", "Alvarez", "Sanchez", "Campbell", "Mitchell",
          "Carter", "Roberts", "Turner", "Phillips", "Parker", "Evans", "Collins", "Stewart", "Reyes", "Morris",
          "Rogers", "Pierre-Louis", "Dubois", "Nowak", "Brennan", "Fitzgerald", "DeLuca", "Pham", "Volkov"]
TOWNS = [("Jupiter", "33458", "Palm Beach"), ("Palm Beach Gardens", "33410", "Palm Beach"), ("Lake Worth Beach", "33460", "Palm Beach"),
         ("Boynton Beach", "33435", "Palm Beach"), ("Stuart", "34994", "Martin"), ("Jensen Beach", "34957", "Martin"),
         ("Tequesta", "33469", "Palm Beach"), ("Fort Pierce", "34950", "St. Lucie"), ("Port St. Lucie", "34952", "St. Lucie"),
         ("Hobe Sound", "33455", "Martin")]
STREETS = ["SE Dixie Hwy", "Ocean Blvd", "N Flagler Dr", "Jupiter Beach Rd", "SW Martin Hwy", "Federal Hwy",
           "Seabrook Rd", "Palmetto Ct", "Harbour Isle Dr", "Riverside Dr", "Bimini Ln", "Mangrove Bay Way"]
MAKES = [("BWC", "Boston Whaler", 17, 28), ("GDY", "Grady-White", 19, 33), ("SEA", "Sea Ray", 19, 40),
         ("YAM", "Yamaha", 12, 11), ("KAW", "Kawasaki", 10, 11), ("MAK", "Mako", 16, 28), ("CCB", "Carolina Skiff", 16, 24),
         ("SCY", "Scout", 17, 35), ("BEN", "Bennington", 20, 27), ("HUN", "Hunter Marine", 25, 45), ("KEY", "Key West", 16, 26)]
BOATNAMES = ["Miss Madison", "Jupiter Rose", "Reel Therapy", "Knot Working", "Sea-Esta", "Aquaholic", "Liquid Asset",
             "Second Wind", "Pura Vida", "Salty Dog", "Wet Dreams", "Island Time", "Serenity", "Nauti Buoy",
             "Therapy", "Dos Amigos", "Sunset Chaser"]
def d(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal(); b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rnd.randint(a, b))
def us(x):
    return x.strftime("%m/%d/%Y")

owners = []
for i in range(1450):
    town, z, county = rnd.choice(TOWNS)
    zz = z + ("-%04d" % rnd.randint(1, 9999) if rnd.random() < 0.25 else "")
    if rnd.random() < 0.08:
        biz = rnd.choice(["%s Marine LLC", "%s Charters Inc", "%s Fishing Adventures LLC", "%s Holdings LLC"]) % rnd.choice(FAMILY + ["Jupiter", "Loxahatchee", "Blue Water"])
        owners.append([40001 + i, "BUSINESS", "", "", "", biz, "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS)), town, "FL", zz, county,
                       "", "", "(561) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)), ""])
        continue
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    dob = d(1931, 2004)
    dl = "%s%03d-%03d-%02d-%03d-%d" % (f[0], rnd.randint(0, 999), rnd.randint(0, 999), dob.year % 100, rnd.randint(0, 999), rnd.randint(0, 9))
    a = "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS)) + (rnd.choice(["", "", "", " Apt %d" % rnd.randint(1, 400), " #%d" % rnd.randint(1, 50)]))
    if rnd.random() < 0.06: a = "PO Box %d" % rnd.randint(100, 9999)
    owners.append([40001 + i, "INDIVIDUAL", f.upper(), g.upper(), rnd.choice(["", "", "A", "J", "M", "L", "R"]), "",
                   a.upper(), town.upper(), "FL" if rnd.random() < 0.9 else rnd.choice(["NY", "OH", "MI", "NJ"]), zz, county.upper(),
                   us(dob), dl, rnd.choice(["", "(561) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)), "772-%03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))]),
                   "" if rnd.random() < 0.4 else "%s%s%d@%s" % (g[0].lower(), f.lower().replace("-", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "aol.com", "bellsouth.net", "comcast.net"]))])
OH = ["owner_id", "owner_type", "last_name", "first_name", "middle_initial", "business_name", "mailing_address", "city",
      "state", "zip", "county", "dob", "dl_number", "phone", "email"]

vessels = []; hins = set(); regs = set(); MONTHS = "ABCDEFGHIJKL"
ow = [rnd.paretovariate(2.5) for _ in owners]
for i in range(1800):
    mic, make, lo, hi = rnd.choice(MAKES); my = rnd.randint(1988, 2025)
    cert = datetime.date(my - 1, rnd.randint(8, 12), 1) if rnd.random() < 0.5 else datetime.date(my, rnd.randint(1, 7), 1)
    hin = "%s%s%s%d%02d" % (mic, "".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") if k == 0 and rnd.random() < 0.3 else str(rnd.randint(0, 9)) for k in range(5)),
                            MONTHS[cert.month - 1], cert.year % 10, my % 100)
    while hin in hins: hin = hin[:3] + "%05d" % rnd.randint(0, 99999) + hin[8:]
    hins.add(hin)
    o = rnd.choices(owners, ow)[0]
    length = round(rnd.uniform(lo, hi) * 2) / 2
    documented = length >= 26 and rnd.random() < 0.6
    reg = "" if documented else "FL %04d %s" % (rnd.randint(1, 9999), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))
    while reg and reg in regs: reg = "FL %04d %s" % (rnd.randint(1, 9999), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))
    if reg: regs.add(reg)
    doc = "%d" % rnd.randint(1000000, 1299999) if documented else ""
    name = rnd.choice(BOATNAMES) if documented or rnd.random() < 0.1 else ""
    regd = d(2019, 2025); exp = datetime.date(regd.year + 1, 6, 30)
    prop = "PERSONAL WATERCRAFT" if mic in ("YAM", "KAW") else ("SAIL" if mic == "HUN" else rnd.choice(["OUTBOARD", "OUTBOARD", "INBOARD/OUTDRIVE", "INBOARD"]))
    vessels.append([hin, reg, doc, name, "%08d" % rnd.randint(10000000, 99999999), "%s%06d" % (rnd.choice(["24", "25", "23"]), rnd.randint(0, 999999)),
                    o[0], make, my, "%.1f" % length, rnd.choice(["FIBERGLASS", "FIBERGLASS", "FIBERGLASS", "ALUMINUM", "WOOD", "OTHER"]),
                    prop, rnd.choice(["GAS", "GAS", "GAS", "DIESEL", "ELECTRIC"]) if prop != "SAIL" else "OTHER",
                    rnd.choice(["PLEASURE", "PLEASURE", "PLEASURE", "COMMERCIAL FISHING", "LIVERY", "CHARTER"]),
                    (o[10] or "PALM BEACH").upper(), us(regd), us(exp), rnd.choice(["", "", "", "", "TRUIST BANK", "ESSEX CREDIT CORP", "SUNCOAST CREDIT UNION", "BANK OF AMERICA NA"])])
VH = ["hin", "fl_number", "uscg_doc_number", "vessel_name", "title_number", "decal_number", "owner_id", "make",
      "model_year", "length_ft", "hull_material", "propulsion", "fuel", "primary_use", "county", "registration_date",
      "expiration_date", "lienholder"]

slips = []; owned = {o[0]: o for o in owners}
docks = ["Palm", "Palm", "Sailfish", "Marlin"]
for i in range(42):
    dock = docks[i % 4]; maxlen = rnd.choice([25, 30, 35, 40, 50])
    vac = rnd.random() < 0.15
    fits = [v for v in vessels if float(v[9]) <= maxlen and v[0] not in [s[4] for s in slips]]
    v = rnd.choice(fits); o = owned[v[6]]
    tenant = "" if vac else (o[5] or "%s %s" % (o[3].title(), o[2].title()))
    ls = d(2018, 2025)
    slips.append(["%s-%02d" % (dock[0], i + 1), dock, maxlen, "%d" % (maxlen // 3 + 2), rnd.choice(["30A", "30A/50A", "50A", "100A"]),
                  "" if vac else v[0], tenant, "" if vac else (o[13] or "(561) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))),
                  "" if vac else us(ls), "" if vac else us(ls + datetime.timedelta(days=365)), "%.2f" % (maxlen * rnd.choice([14.5, 16.0, 18.25])),
                  "VACANT" if vac else rnd.choice(["OCCUPIED", "OCCUPIED", "OCCUPIED", "TRANSIENT", "HOLD"])])
SH = ["slip_no", "dock", "max_loa_ft", "max_beam_ft", "power", "hin", "tenant_name", "tenant_phone", "lease_start",
      "lease_end", "monthly_rate", "status"]

WATERS = [("Lake Worth Lagoon", 26.70, -80.04), ("Jupiter Inlet", 26.944, -80.071), ("Loxahatchee River", 26.955, -80.11),
          ("Intracoastal Waterway", 26.85, -80.055), ("St. Lucie Inlet", 27.165, -80.16), ("Indian River Lagoon", 27.30, -80.23),
          ("Atlantic Ocean", 26.90, -79.98)]
TYPES = ["COLLISION WITH VESSEL", "COLLISION WITH FIXED OBJECT", "GROUNDING", "FALLS OVERBOARD", "FLOODING/SWAMPING",
         "SKIER MISHAP", "CAPSIZING", "FIRE/EXPLOSION (FUEL)"]
CAUSES = ["OPERATOR INATTENTION", "IMPROPER LOOKOUT", "EXCESSIVE SPEED", "OPERATOR INEXPERIENCE", "WEATHER",
          "MACHINERY FAILURE", "ALCOHOL USE", "NAVIGATION RULES VIOLATION"]
accidents = []
for i in range(36):
    w, la, ln = rnd.choice(WATERS); v = rnd.choice(vessels); o = owned[v[6]]
    dt = d(2023, 2025); town = rnd.choice(TOWNS)
    age = rnd.randint(17, 84) if i != 20 else 91
    oper = "%s %s" % (rnd.choice(GIVEN).title(), rnd.choice(FAMILY))
    inj = rnd.choice([0, 0, 1, 1, 2, 3]); dead = 1 if rnd.random() < 0.08 else 0
    narr = rnd.choice([
        "V1 operated by %s was northbound when it struck the channel marker. Operator stated he was looking at his GPS." % oper,
        "Passenger %s fell overboard while the vessel was underway and was recovered by a Good Samaritan." % oper,
        "V1 and V2 collided near marker 12. Operator of V2, %s, left the scene and was located at %s." % (oper, town[0]),
        "Skier was struck by the tow rope. Transported to Jupiter Medical Center.",
        "Vessel ran aground on the sandbar at low tide; no injuries. Towed by SeaTow.",
        "Operator %s (age %d) reported the engine caught fire after refueling at the marina." % (oper, age),
        ""])
    accidents.append(["FWC-%02d-%04d" % (dt.year % 100, rnd.randint(1, 400)), us(dt), "%02d:%02d" % (rnd.randint(6, 20), rnd.choice([0, 15, 30, 45, 10, 52])),
                      "%.6f" % (la + rnd.uniform(-0.02, 0.02)), "%.6f" % (ln + rnd.uniform(-0.02, 0.02)), w, town[0], town[2].upper(),
                      v[0], rnd.choice(TYPES), rnd.choice(CAUSES), age, rnd.choice(["<10 HRS", "10-100 HRS", "100-500 HRS", ">500 HRS"]),
                      rnd.choice(["Y", "N", "UNK"]), inj, dead, "%d" % (rnd.choice([0, 250, 1500, 4000, 12000, 35000])),
                      rnd.choice(["CALM (0-6 MPH)", "LIGHT (7-14 MPH)", "MODERATE (15-25 MPH)", "STRONG (26-40 MPH)"]), narr])
accidents.sort(key=lambda r: r[0])
AH = ["report_no", "accident_date", "accident_time", "latitude", "longitude", "body_of_water", "nearest_city", "county",
      "hin", "accident_type", "primary_cause", "operator_age", "operator_experience", "boating_education", "injuries",
      "deaths", "damage_usd", "wind", "narrative"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("owners", OH, owners); write("vessels", VH, vessels); write("slips", SH, slips); write("accidents", AH, accidents)
N = "NON_IDENTIFYING"
L = {}
L.update({"owners." + c: v for c, v in zip(OH, ["OTHER_UNIQUE_IDENTIFIER", N, "FAMILY_NAME", "GIVEN_NAME", "NAME", N,
    "STREET_ADDRESS", "CITY", N, "ZIP_CODE", "COUNTY", "DATE_OF_BIRTH", "CERTIFICATE_LICENSE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS"])})
L.update({"vessels." + c: v for c, v in zip(VH, ["VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER",
    "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N, N,
    "COUNTY", "DATE", "DATE", N])})
L.update({"slips." + c: v for c, v in zip(SH, [N, N, N, N, N, "VEHICLE_IDENTIFIER", "NAME", "TELEPHONE_NUMBER", "DATE", "DATE", N, N])})
L.update({"accidents." + c: v for c, v in zip(AH, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "GEOCOORDINATE", "GEOCOORDINATE",
    N, "CITY", "COUNTY", "VEHICLE_IDENTIFIER", N, N, "AGE", N, N, N, N, N, N, "FREE_TEXT"])})
gold = {"dataset": "boat-registry-us",
        "description": "Invented extract of a fictional Florida county's vessel registration file, a marina's slip list and boating accident reports, ',' with MM/DD/YYYY dates: 1,450 owners (owner_id, INDIVIDUAL/BUSINESS, upper-case last/first name, middle initial, business name (8%), mailing address incl. PO boxes, city, state, ZIP or ZIP+4, county, dob, Florida driver licence 'S530-460-56-123-0', phone, e-mail), 1,800 vessels (HIN 'BWC12345K324' = manufacturer code + serial + certification month/year + model year, registration number 'FL 1234 AB' (empty for documented vessels), USCG documentation number, vessel name (documented vessels and 10% of others), title number, decal number, owner_id, make, model year, length, hull, propulsion, fuel, use, county of registration, registration/expiration dates, lienholder bank), 42 slips of one marina (slip, dock, max LOA/beam, power, HIN of the boat, tenant name and phone, lease dates, monthly rate, status; vacant slips empty), 36 accident reports (FWC report number, date, time HH:mm, 6-decimal GPS, body of water, nearest town, county, HIN, type, cause, operator age (one 91), experience, education, injuries, deaths, damage, wind, narrative naming operators and passengers). HIN, registration number, documentation number, title and decal numbers and vessel names VEHICLE_IDENTIFIER (a boat's serial numbers and registered name; vessel names repeat, labelled with the column); owners.middle_initial NAME; business_name NON_IDENTIFYING (as organisations elsewhere); lienholder NON_IDENTIFYING; body_of_water NON_IDENTIFYING; nearest_city CITY. Coincidences: make Grady-White beside the surname White, vessel names 'Miss Madison' and 'Jupiter Rose' beside the given names Madison and Rose and the town Jupiter, 'Lake Worth Lagoon' beside Lake Worth Beach, dock 'Palm' beside Palm Beach",
        "delimiter": ",", "entity": "owners", "columns": L,
        "foreignKeys": [{"column": "vessels.owner_id", "references": "owners.owner_id"},
                        {"column": "slips.hin", "references": "vessels.hin"},
                        {"column": "accidents.hin", "references": "vessels.hin"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""nyc-311: invented 311 service requests in the NYC Open Data (Socrata) export shape, plus the internal caller
contact table and a small agency list. Python 3 standard library only, fixed seed: rerun to reproduce byte for byte."""
import csv, json, random
rnd = random.Random(311060)
GIVEN = ["Maria", "Jose", "Luis", "Ana", "John", "Michael", "David", "James", "Robert", "Jennifer", "Linda", "Patricia",
         "Wei", "Ming", "Yan", "Fatima", "Mohammed", "Aisha", "Kwame", "Ama", "Olga", "Irina", "Dmitri", "Sean", "Bridget",
         "Carmen", "Rosa", "Juan", "Carlos", "Jamaica", "Florence", "Jordan", "Tanisha", "Latoya", "Andre", "Marcus",
         "Priya", "Raj", "Sunita", "Chaim", "Miriam", "Yosef", "Esther", "Giuseppe", "Francesca", "Kevin", "Brian"]
FAMILY = ["Rodriguez", "Garcia", "Martinez", "Hernandez", "Lopez", "Smith", "Johnson", "Williams", "Brown", "Jones",
          "Jackson", "Lincoln", "Hamilton", "Washington", "Chen", "Wang", "Li", "Zhang", "Khan", "Rahman", "Ali",
          "Mensah", "Owusu", "Ivanova", "Petrov", "Kowalski", "O'Brien", "Murphy", "Fitzgerald", "Friedman",
          "Goldberg", "Weiss", "Rossi", "Russo", "Patel", "Shah", "Singh", "Nostrand", "Flatbush", "Baxter", "Morris"]
AGENTS = ["Deborah Klein", "Ramon Ortiz", "Keisha Brown", "Tom Nguyen", "Paula Greco", "Samuel Adeyemi",
          "Gina Marino", "Victor Chan"]
BORO = {"BROOKLYN": (["11201", "11203", "11206", "11207", "11211", "11212", "11215", "11216", "11220", "11225",
                      "11226", "11230", "11233", "11234", "11235"], "BROOKLYN", 40.65, -73.95),
        "BRONX": (["10451", "10452", "10453", "10456", "10457", "10458", "10460", "10462", "10467", "10468"], "BRONX",
                  40.84, -73.88),
        "MANHATTAN": (["10002", "10009", "10025", "10027", "10031", "10032", "10033", "10034", "10040", "10128"],
                      "NEW YORK", 40.79, -73.95),
        "QUEENS": (["11101", "11354", "11368", "11372", "11373", "11432", "11433", "11434", "11691", "11385"], None,
                   40.72, -73.83),
        "STATEN ISLAND": (["10301", "10304", "10306", "10312", "10314"], "STATEN ISLAND", 40.58, -74.15)}
QCITY = {"11101": "LONG ISLAND CITY", "11354": "FLUSHING", "11368": "CORONA", "11372": "JACKSON HEIGHTS",
         "11373": "ELMHURST", "11432": "JAMAICA", "11433": "JAMAICA", "11434": "JAMAICA", "11691": "FAR ROCKAWAY",
         "11385": "RIDGEWOOD"}
BW = [0.31, 0.22, 0.2, 0.22, 0.05]
STREETS = ["NOSTRAND AVENUE", "FLATBUSH AVENUE", "JACKSON AVENUE", "LINCOLN PLACE", "HAMILTON AVENUE",
           "WASHINGTON AVENUE", "BROADWAY", "GRAND CONCOURSE", "JEROME AVENUE", "AMSTERDAM AVENUE", "WEST 181 STREET",
           "EAST 149 STREET", "ROOSEVELT AVENUE", "37 AVENUE", "MAIN STREET", "PARSONS BOULEVARD", "BAXTER AVENUE",
           "MORRIS AVENUE", "VICTORY BOULEVARD", "HYLAN BOULEVARD", "OCEAN PARKWAY", "EASTERN PARKWAY",
           "FULTON STREET", "ATLANTIC AVENUE", "LENOX AVENUE", "ST NICHOLAS AVENUE", "BEDFORD AVENUE",
           "KINGS HIGHWAY", "SUTPHIN BOULEVARD", "MERRICK BOULEVARD", "WHITE PLAINS ROAD", "FORDHAM ROAD"]
COMPLAINTS = [  # agency, complaint type, descriptors, location types, weight
    ("NYPD", "Noise - Residential", ["Loud Music/Party", "Banging/Pounding", "Loud Talking"], ["Residential Building/House"], 22),
    ("NYPD", "Illegal Parking", ["Blocked Hydrant", "Double Parked Blocking Traffic", "Commercial Overnight Parking"], ["Street/Sidewalk"], 14),
    ("NYPD", "Blocked Driveway", ["No Access", "Partial Access"], ["Street/Sidewalk"], 9),
    ("HPD", "HEAT/HOT WATER", ["ENTIRE BUILDING", "APARTMENT ONLY"], ["RESIDENTIAL BUILDING"], 15),
    ("HPD", "PLUMBING", ["WATER SUPPLY", "LEAKY FAUCET", "TOILET"], ["RESIDENTIAL BUILDING"], 5),
    ("DSNY", "Dirty Condition", ["Trash", "Garbage or Litter"], ["Sidewalk", "Street"], 6),
    ("DSNY", "Missed Collection", ["Recycling - Paper", "Trash"], ["Sidewalk"], 3),
    ("DOT", "Street Condition", ["Pothole", "Cave-in", "Defective Hardware"], ["Street"], 5),
    ("DEP", "Water System", ["Hydrant Running (WC3)", "No Water (WNW)"], ["Street"], 3),
    ("DPR", "Damaged Tree", ["Branch Cracked and Will Fall", "Entire Tree Has Fallen Down"], ["Street", "Park"], 3),
    ("DOHMH", "Rodent", ["Rat Sighting", "Mouse Sighting"], ["3+ Family Apt. Building", "Vacant Lot"], 4),
    ("TLC", "Taxi Complaint", ["Driver Complaint - Passenger", "Overcharged"], ["Taxi"], 2)]
AGENCY_NAME = {"NYPD": "New York City Police Department", "HPD": "Department of Housing Preservation and Development",
               "DSNY": "Department of Sanitation", "DOT": "Department of Transportation",
               "DEP": "Department of Environmental Protection", "DPR": "Department of Parks and Recreation",
               "DOHMH": "Department of Health and Mental Hygiene", "TLC": "Taxi and Limousine Commission"}
RESOL = {"NYPD": ["The Police Department responded to the complaint and with the information available observed no evidence of the violation at that time.",
                  "The Police Department responded and upon arrival those responsible for the condition were gone.",
                  "The Police Department issued a summons in response to the complaint."],
         "HPD": ["The Department of Housing Preservation and Development inspected the following conditions. Violations were issued.",
                 "The complaint you filed is a duplicate of a condition already reported by another tenant for a building-wide condition."],
         "DSNY": ["The Department of Sanitation cleaned the location.", "The Department of Sanitation investigated this complaint and found no violation."],
         "DOT": ["The Department of Transportation inspected this complaint and repaired the problem."],
         "DEP": ["The Department of Environmental Protection has completed the repair."],
         "DPR": ["The Department of Parks and Recreation removed the hazardous condition."],
         "DOHMH": ["The Department of Health and Mental Hygiene will review your complaint to determine appropriate action."],
         "TLC": ["The TLC has reviewed your complaint and a summons was issued to the driver."]}
LANDMARKS = ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "WASHINGTON HEIGHTS", "LINCOLN CENTER",
             "JACKSON HEIGHTS", "HAMILTON FISH PARK", "BARCLAYS CENTER", "YANKEE STADIUM"]
CB = {"BROOKLYN": range(1, 19), "BRONX": range(1, 13), "MANHATTAN": range(1, 13), "QUEENS": range(1, 15),
      "STATEN ISLAND": range(1, 4)}
BORO_CODE = {"MANHATTAN": "1", "BRONX": "2", "BROOKLYN": "3", "QUEENS": "4", "STATEN ISLAND": "5"}


def ts(day, sec):
    y, m, d = day
    h = sec // 3600; mi = (sec // 60) % 60; s = sec % 60
    ap = "AM" if h < 12 else "PM"; h12 = h % 12 or 12
    return "%02d/%02d/%04d %02d:%02d:%02d %s" % (m, d, y, h12, mi, s, ap)


def add_days(day, n):
    y, m, d = day
    dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    d += n
    while d > dim[m - 1]:
        d -= dim[m - 1]; m += 1
        if m > 12: m = 1; y += 1
        dim = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return (y, m, d)


def phone():
    return "(%s) %d%02d-%04d" % (rnd.choice(["718", "347", "917", "646", "212", "929"]), rnd.randint(2, 9),
                                 rnd.randint(10, 99), rnd.randint(0, 9999))


N = 3000
rows, contacts = [], []
keys = rnd.sample(range(59000000, 59999999), N)
keys.sort()
wt = [c[4] for c in COMPLAINTS]
for i in range(N):
    key = keys[i]
    day = add_days((2024, 1, 1), int(i * 31 / N))
    sec = rnd.randint(0, 86399)
    ag, ctype, descs, ltypes, _ = rnd.choices(COMPLAINTS, weights=wt)[0]
    boro = rnd.choices(list(BORO), weights=BW)[0]
    zips, city, lat0, lon0 = BORO[boro]
    z = rnd.choice(zips)
    if city is None: city = QCITY[z]
    st = rnd.choice(STREETS)
    addr_type = rnd.choices(["ADDRESS", "INTERSECTION", "BLOCKFACE"], weights=[80, 15, 5])[0]
    if addr_type == "ADDRESS":
        hn = str(rnd.randint(1, 3999)) if rnd.random() < 0.9 else "%d-%02d" % (rnd.randint(30, 199), rnd.randint(1, 99))
        inc_addr = hn + " " + st; street = st
        cs1, cs2 = rnd.sample(STREETS, 2); is1 = is2 = ""
    elif addr_type == "INTERSECTION":
        inc_addr = ""; street = ""; cs1 = cs2 = ""; is1, is2 = st, rnd.choice(STREETS)
    else:
        inc_addr = ""; street = st; cs1, cs2 = rnd.sample(STREETS, 2); is1 = is2 = ""
    lat = lat0 + rnd.uniform(-0.06, 0.06); lon = lon0 + rnd.uniform(-0.07, 0.07)
    x = int(1000000 + (lon + 74.0) * 264000 + rnd.randint(-50, 50)); y = int(200000 + (lat - 40.7) * 364000)
    status = rnd.choices(["Closed", "Open", "In Progress", "Pending", "Assigned"], weights=[86, 4, 5, 3, 2])[0]
    closed = ""; resol = ""; resupd = ""
    if status == "Closed":
        cd = add_days(day, rnd.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 13]))
        closed = ts(cd, rnd.randint(0, 86399)); resol = rnd.choice(RESOL[ag]); resupd = closed
    due = ts(add_days(day, 8), sec) if ag in ("HPD", "DOT", "DEP") else ""
    channel = rnd.choices(["PHONE", "ONLINE", "MOBILE", "UNKNOWN"], weights=[45, 30, 22, 3])[0]
    bbl = BORO_CODE[boro] + "%05d%04d" % (rnd.randint(1, 16000), rnd.randint(1, 150)) if addr_type == "ADDRESS" else ""
    cbn = rnd.choice(list(CB[boro]))
    cboard = "%02d %s" % (cbn, boro)
    vt = rnd.choice(["Car Service", "Green Taxi", "Yellow Taxi"]) if ag == "TLC" else ""
    land = rnd.choice(LANDMARKS)
    has_loc = rnd.random() > 0.02
    rows.append([str(key), ts(day, sec), closed, ag, AGENCY_NAME[ag], ctype, rnd.choice(descs), rnd.choice(ltypes),
                 z if rnd.random() > 0.01 else "", inc_addr, street, cs1, cs2, is1, is2, addr_type, city, land,
                 "N/A" if ag != "DPR" else "Park", status, due, resol, resupd, cboard, bbl, boro,
                 str(x) if has_loc else "", str(y) if has_loc else "", channel, "Unspecified", boro, vt,
                 boro if ag == "TLC" else "", "", "", "", "", "",
                 "%.8f" % lat if has_loc else "", "%.8f" % lon if has_loc else "",
                 "(%.8f, %.8f)" % (lat, lon) if has_loc else ""])
    if channel != "UNKNOWN" and rnd.random() < 0.62:
        g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
        anon = "N"
        email = ""
        if channel != "PHONE" or rnd.random() < 0.3:
            email = "%s.%s%d@%s" % (g.lower(), f.lower().replace("'", ""), rnd.randint(1, 99),
                                   rnd.choice(["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "verizon.net"]))
        own = rnd.random() < 0.7
        caddr = (inc_addr if own and inc_addr else "%d %s" % (rnd.randint(1, 3999), rnd.choice(STREETS)))
        apt = rnd.choice(["", "", "", "APT 3B", "APT 12F", "APT 4", "2FL", "APT 1R", "#5C"])
        ph = phone()
        note = rnd.choice(["", "", "", "",
                           "Caller %s %s requests callback at %s after 6pm" % (g, f, ph),
                           "Spoke with Ms. %s, tenant in %s, no heat since Friday" % (f, apt or "basement"),
                           "Caller states landlord %s %s refuses repairs" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                           "Repeat caller, prefers Spanish", "Left voicemail", "Caller hung up before SR confirmed",
                           "Email confirmation sent to %s" % (email or "caller")])
        agent = rnd.randrange(len(AGENTS))
        contacts.append([str(key), g, f, ph, phone() if rnd.random() < 0.15 else "", email, caddr, apt,
                         z if own else rnd.choice(BORO[rnd.choice(list(BORO))][0]), anon,
                         rnd.choice(["Y", "N", "N"]), rnd.choices(["English", "Spanish", "Chinese", "Russian",
                                                                    "Bengali", "Haitian Creole"],
                                                                   weights=[70, 16, 6, 4, 2, 2])[0],
                         note, "CSR%04d" % (4100 + agent * 37), AGENTS[agent]])
H1 = ["Unique Key", "Created Date", "Closed Date", "Agency", "Agency Name", "Complaint Type", "Descriptor",
      "Location Type", "Incident Zip", "Incident Address", "Street Name", "Cross Street 1", "Cross Street 2",
      "Intersection Street 1", "Intersection Street 2", "Address Type", "City", "Landmark", "Facility Type", "Status",
      "Due Date", "Resolution Description", "Resolution Action Updated Date", "Community Board", "BBL", "Borough",
      "X Coordinate (State Plane)", "Y Coordinate (State Plane)", "Open Data Channel Type", "Park Facility Name",
      "Park Borough", "Vehicle Type", "Taxi Company Borough", "Taxi Pick Up Location", "Bridge Highway Name",
      "Bridge Highway Direction", "Road Ramp", "Bridge Highway Segment", "Latitude", "Longitude", "Location"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "ZIP_CODE", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION",
      "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION",
      "NON_IDENTIFYING", "CITY", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
      "NON_IDENTIFYING", "DATE", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "COUNTY", "GEOCOORDINATE",
      "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "COUNTY", "NON_IDENTIFYING", "COUNTY",
      "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "GEOGRAPHIC_SUBDIVISION", "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE"]
H2 = ["SR Number", "Contact First Name", "Contact Last Name", "Contact Phone", "Alternate Phone", "Contact Email",
      "Contact Address", "Contact Apt", "Contact Zip", "Anonymous", "Callback Requested", "Preferred Language",
      "Callback Notes", "Agent ID", "Agent Name"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
      "EMAIL_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "FREE_TEXT", "QUASI_IDENTIFIER", "NAME"]
agencies = [[a, AGENCY_NAME[a], {"NYPD": "Public Safety"}.get(a, "Operations"), str(n)]
            for n, a in enumerate(sorted(AGENCY_NAME), 1)]
H3 = ["Agency", "Agency Name", "Service Area", "Display Order"]
L3 = ["NON_IDENTIFYING"] * 4
for name, head, data in (("service_requests", H1, rows), ("sr_contacts", H2, contacts), ("agencies", H3, agencies)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"service_requests." + h: l for h, l in zip(H1, L1)}
cols.update({"sr_contacts." + h: l for h, l in zip(H2, L2)})
cols.update({"agencies." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "nyc-311",
        "description": "Invented 311 service requests in the NYC Open Data (Socrata) export shape: 3,000 requests of January 2024 with the 41 public columns (Unique Key, MM/dd/yyyy hh:mm:ss AM dates, agency, complaint type, incident ZIP and address, cross and intersection streets, Queens neighbourhoods as City, landmark, community board '12 BRONX', BBL, borough, State Plane X/Y, latitude/longitude and Location '(lat, lon)'), the internal caller contact table (about 1,800 callers: names, phones, e-mails, own address, callback notes naming callers and landlords, the agent) and an 8-row agency list. Coincidences: surnames Jackson/Lincoln/Hamilton/Washington/Nostrand/Flatbush/Baxter/Morris beside streets and landmarks of those names, given name Jamaica beside the Queens neighbourhood JAMAICA",
        "delimiter": ",", "entity": "service_requests", "columns": cols,
        "foreignKeys": [{"column": "sr_contacts.SR Number", "references": "service_requests.Unique Key"},
                        {"column": "service_requests.Agency", "references": "agencies.Agency"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

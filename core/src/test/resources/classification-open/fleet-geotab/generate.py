#!/usr/bin/env python3
"""Writes fleet-geotab: an invented fleet telematics export in the style of a MyGeotab/Samsara download plus a WEX-style
fuel-card statement (breaker32; seeded, stdlib only). ',' separated. vehicles 12 (Vehicle Name, VIN with its ISO 3779
check digit in position 9, License Plate, Make/Model/Year, GO device serial), drivers 14 (Employee Number, names,
Driver's License Number per state, License State, License Class, e-mail, mobile), trips 1,800 (Trip Start/Trip End
'2026-03-02 07:41:18', Start/End Latitude/Longitude to 6 decimals, odometer, fuel used, harsh braking counts, idle
minutes) and fuel_transactions 320 (masked card '**** 4821', driver prompt = Employee Number, station name, address,
city, state, ZIP, product, gallons, price). Coincidences: a make 'Lincoln' beside the city Lincoln and a driver named
Lincoln; a driver surname 'Ford' beside the make Ford; a station brand 'Casey's' beside the given name Casey."""
import csv, json, random, datetime
rnd = random.Random(320001)
TRANS = {c: v for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "Z"]) for c in cs if v}
TRANS.update({"R": 9})
for d in "0123456789":
    TRANS[d] = int(d)
W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VCH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
def vin(wmi, vds, year_code):
    body = wmi + vds + "0" + year_code + rnd.choice("ABCDKLNU") + "".join(rnd.choice("0123456789") for _ in range(6))
    s = sum(TRANS[c] * w for c, w in zip(body, W)) % 11
    return body[:8] + ("X" if s == 10 else str(s)) + body[9:]
YEARCODE = {2018: "J", 2019: "K", 2020: "L", 2021: "M", 2022: "N", 2023: "P", 2024: "R"}
MODELS = [("Ford", "Transit 250", "1FTBR1Y8"), ("Ford", "F-150", "1FTEW1EP"), ("Chevrolet", "Express 2500", "1GCWGAFP"),
          ("Ram", "ProMaster 2500", "3C6TRVDG"), ("Toyota", "Tacoma", "3TMCZ5AN"), ("Lincoln", "Navigator", "5LMJJ2LT"),
          ("Ford", "Transit Connect", "NM0LS7E2")]
STATES = ["NE", "NE", "NE", "IA", "KS"]
def plate(st):
    if st == "NE":
        return rnd.choice(["%d-%s%d" % (rnd.randint(1, 93), rnd.choice("ABCDEFGHJK"), rnd.randint(100, 9999)), "%s%s%s %d%d%d" % (tuple(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + tuple(rnd.randint(0, 9) for _ in range(3)))])
    return "%s%s%s %d%d%d%d" % (tuple(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + tuple(rnd.randint(0, 9) for _ in range(4)))
vehicles = []
for i in range(12):
    mk, md, wv = rnd.choice(MODELS)
    yr = rnd.randint(2018, 2024)
    st = rnd.choice(STATES)
    vehicles.append(["Unit %03d" % (100 + i * 7), vin(wv[:3], wv[3:], YEARCODE[yr]), plate(st), st, mk, md, str(yr),
                     "G9%s" % "".join(rnd.choice("0123456789ABCDEF") for _ in range(10)),
                     rnd.choice(["Omaha Depot", "Omaha Depot", "Lincoln Yard", "Council Bluffs"]),
                     rnd.choice(["Service", "Service", "Delivery", "Executive"]), rnd.choice(["Active", "Active", "Active", "In Shop"])])
GIVEN = ["Casey", "Lincoln", "Tyler", "Brandon", "Dustin", "Kayla", "Megan", "Travis", "Jorge", "Luis", "Amber", "Cody", "Shane", "Heather"]
FAMILY = ["Ford", "Hruska", "Novak", "Schroeder", "Vasquez", "Kowalski", "Petersen", "Lindgren", "Dvorak", "Nguyen", "Olsen", "Becker", "Morales", "Whitehorse"]
def dl(st):
    if st == "NE":
        return rnd.choice("ABCEGHV") + "%08d" % rnd.randint(0, 99999999)
    if st == "IA":
        return "%03d%s%s%04d" % (rnd.randint(0, 999), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.randint(0, 9999))
    return "K%02d-%02d-%04d" % (rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 9999))
drivers = []
used = set()
for i in range(14):
    g = GIVEN[i]; f = FAMILY[(i * 5) % 14]
    emp = "%06d" % rnd.randint(100000, 489999)
    st = rnd.choice(STATES)
    drivers.append([emp, g, f, dl(st), st, rnd.choice(["A", "A", "B", "C", "O"]), "%s.%s@heartlandsupply.com" % (g.lower(), f.lower()),
                    "(402) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)), rnd.choice(["Omaha Depot", "Lincoln Yard", "Council Bluffs"]),
                    "%d/%d/%d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(2009, 2025)), rnd.choice(["Yes", "Yes", "No"])])
# trips
SITES = [(41.2565, -95.9345), (40.8136, -96.7026), (41.2619, -95.8608), (41.1400, -96.0420), (41.4400, -96.4900), (40.9200, -98.3400)]
trips = []
odo = {v[0]: rnd.randint(12000, 98000) for v in vehicles}
t0 = datetime.datetime(2026, 3, 2, 6, 0)
for k in range(1800):
    v = rnd.choice(vehicles); d = rnd.choice(drivers)
    day = t0 + datetime.timedelta(days=rnd.randint(0, 27), minutes=rnd.randint(0, 660), seconds=rnd.randint(0, 59))
    dur = datetime.timedelta(minutes=rnd.randint(4, 140), seconds=rnd.randint(0, 59))
    a = rnd.choice(SITES); b = rnd.choice(SITES)
    la1 = a[0] + rnd.uniform(-0.09, 0.09); lo1 = a[1] + rnd.uniform(-0.09, 0.09)
    la2 = b[0] + rnd.uniform(-0.09, 0.09); lo2 = b[1] + rnd.uniform(-0.09, 0.09)
    dist = round(abs(la1 - la2) * 69 + abs(lo1 - lo2) * 52 + rnd.uniform(0.5, 6), 1)
    odo[v[0]] += dist
    trips.append([v[0], v[1], "%s %s" % (d[1], d[2]), d[0], day.strftime("%Y-%m-%d %H:%M:%S"), (day + dur).strftime("%Y-%m-%d %H:%M:%S"),
                  "%.6f" % la1, "%.6f" % lo1, "%.6f" % la2, "%.6f" % lo2, "%.1f" % dist, "%.1f" % odo[v[0]], str(rnd.randint(0, 35)),
                  "%.2f" % (dist / rnd.uniform(11, 22)), str(rnd.choice([0] * 6 + [1, 1, 2, 3])), str(rnd.choice([0] * 8 + [1, 2])),
                  str(rnd.randint(48, 82)), rnd.choice(["Normal", "Normal", "Normal", "Speeding", "Harsh Braking"])])
trips.sort(key=lambda r: r[4])
for i, r in enumerate(trips):
    r.insert(0, "TRP%07d" % (5510000 + i))
# fuel
STATIONS = [("Casey's #2241", "7402 N 30th St", "Omaha", "NE", "68112"), ("Kwik Star #611", "2100 Cornhusker Hwy", "Lincoln", "NE", "68521"),
            ("Pilot Travel Center #188", "13242 S 28th St", "Omaha", "NE", "68123"), ("Bucky's #22", "4110 S 84th St", "Omaha", "NE", "68127"),
            ("Casey's #1187", "2815 W Broadway", "Council Bluffs", "IA", "51501"), ("Love's #442", "4420 W Old Hwy 30", "Grand Island", "NE", "68803"),
            ("Sapp Bros", "9905 S 148th St", "Omaha", "NE", "68138"), ("Cenex - Ashland", "1417 Silver St", "Ashland", "NE", "68003")]
fuel = []
cards = {d[0]: "%04d" % rnd.randint(1000, 9999) for d in drivers}
for k in range(320):
    v = rnd.choice(vehicles); d = rnd.choice(drivers); s = rnd.choice(STATIONS)
    when = t0 + datetime.timedelta(days=rnd.randint(0, 27), minutes=rnd.randint(0, 700))
    gal = round(rnd.uniform(8, 31), 3); ppg = round(rnd.uniform(2.89, 3.59), 3)
    fuel.append([when.strftime("%m/%d/%Y"), when.strftime("%H:%M"), "**** %s" % cards[d[0]], "%s, %s" % (d[2].upper(), d[1].upper()), d[0],
                 v[0], str(int(odo[v[0]] - rnd.randint(0, 4000))), s[0], s[1], s[2], s[3], s[4],
                 rnd.choice(["UNLEADED", "UNLEADED", "DIESEL #2", "PREMIUM"]), "%.3f" % gal, "%.3f" % ppg, "%.2f" % (gal * ppg),
                 rnd.choice(["A", "A", "A", "D"])])
fuel.sort(key=lambda r: (r[0][6:], r[0], r[1]))
for i, r in enumerate(fuel):
    r.insert(0, "%010d" % (4418250000 + i * 37))
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
VH = ["Vehicle Name", "VIN", "License Plate", "Plate State", "Make", "Model", "Year", "Serial Number", "Group", "Vehicle Type", "Status"]
DH = ["Employee Number", "First Name", "Last Name", "Driver's License Number", "License State", "License Class", "Email", "Phone", "Home Terminal", "Hire Date", "ELD Exempt"]
TH = ["Trip ID", "Device", "VIN", "Driver", "Driver Employee Number", "Trip Start", "Trip End", "Start Latitude", "Start Longitude", "End Latitude",
      "End Longitude", "Distance (mi)", "Odometer (mi)", "Idle Time (min)", "Fuel Used (gal)", "Harsh Braking", "Harsh Acceleration", "Max Speed (mph)", "Exception"]
FH = ["Transaction ID", "Transaction Date", "Transaction Time", "Card Number", "Driver Name", "Driver Prompt ID", "Vehicle Number", "Odometer",
      "Merchant Name", "Merchant Address", "Merchant City", "Merchant State", "Merchant Zip", "Product Description", "Units", "Unit Cost", "Total Fuel Cost", "Auth Code"]
write("vehicles", VH, vehicles); write("drivers", DH, drivers); write("trips", TH, trips); write("fuel_transactions", FH, fuel)
L = {}
def lab(t, h, labels):
    for c, l in zip(h, labels):
        L[t + "." + c] = l
N, Q, O, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE"
lab("vehicles", VH, [O, "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER", N, N, N, N, "DEVICE_IDENTIFIER", N, N, N])
lab("drivers", DH, [O, "GIVEN_NAME", "FAMILY_NAME", "CERTIFICATE_LICENSE_NUMBER", N, N, "EMAIL_ADDRESS", "TELEPHONE_NUMBER", N, D, N])
lab("trips", TH, [O, O, "VEHICLE_IDENTIFIER", "NAME", O, D, D, "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE", N, N, N, N, N, N, N, N])
lab("fuel_transactions", FH, [O, D, D, Q, "NAME", O, O, N, N, "STREET_ADDRESS", "CITY", N, "ZIP_CODE", N, N, N, N, N])
gold = {"dataset": "fleet-geotab",
        "description": "Invented fleet telematics export (breaker32) in the style of a MyGeotab/Samsara download and a WEX fuel-card statement, ',': 12 vehicles (VIN with ISO 3779 check digit, plate, make/model/year, GO device serial), 14 drivers (employee number, names, state driver's licence numbers, licence class), 1800 trips (ISO timestamps, start/end coordinates to 6 decimals, odometer, fuel, harsh events), 320 fuel-card transactions (masked card '**** 4821', driver 'LAST, FIRST', driver prompt = employee number, station address/city/ZIP, US dates)",
        "delimiter": ",", "entity": "drivers", "columns": L,
        "foreignKeys": [{"column": "trips.Device", "references": "vehicles.Vehicle Name"}, {"column": "trips.VIN", "references": "vehicles.VIN"},
                        {"column": "trips.Driver Employee Number", "references": "drivers.Employee Number"},
                        {"column": "fuel_transactions.Driver Prompt ID", "references": "drivers.Employee Number"},
                        {"column": "fuel_transactions.Vehicle Number", "references": "vehicles.Vehicle Name"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes the invented fleet-telematics export (12 drivers in one wide table, 12 vehicles, 600 trips; gold.json) into
this folder. Shapes not seen elsewhere: VINs with the ISO 3779 / 49 CFR 565 check digit, UK number plates, driving
licence numbers, MAC addresses and IPv6 addresses of the telematics units, Unix epoch timestamps, yyyymmdd integer
dates, GPS start/end points, and an over-89 driver. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(9090)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Alastair", "Bronwen", "Cormac", "Delyth", "Eamon", "Fenella", "Gethin", "Hermione", "Ieuan", "Jocasta",
         "Kenzie", "Lorcan"]
FAMILY = ["Ashcombe", "Bellingham", "Cruickshank", "Dunwoody", "Entwistle", "Fotheringham", "Grimshaw", "Hetherington",
          "Illingworth", "Jessop", "Kinnear", "Lowther"]
VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [random.choice(["W", "S", "V", "1"])] + [random.choice(chars) for _ in range(16)]
    s = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)

def plate():
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    return "%s%s%02d %s%s%s" % (random.choice(L), random.choice(L), random.choice([19, 20, 21, 22, 23, 24, 69, 70, 71, 72, 73]),
                                random.choice(L), random.choice(L), random.choice(L))

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
drivers = labels("drivers", [
    ("driverRef", ID), ("fullName", "NAME"), ("licenceNo", "CERTIFICATE_LICENSE_NUMBER"), ("dob", "DATE_OF_BIRTH"),
    ("age", "AGE"), ("homeLat", "GEOCOORDINATE"), ("homeLon", "GEOCOORDINATE"), ("depot", NON),
    ("hiredYmd", "DATE"), ("penaltyPoints", NON), ("mobile", "TELEPHONE_NUMBER"), ("appUser", ID),
    ("appPin", "CREDENTIAL"), ("profileUrl", "URL"), ("medicalNote", FT), ("shiftPattern", NON)])
DEPOTS = [("Swansea", 51.62, -3.94), ("Cardiff", 51.48, -3.18), ("Newport", 51.58, -2.99)]
ppl = []
for i in range(12):
    g, f = GIVEN[i], FAMILY[(i * 7) % 12]
    born = dt.date(1933 if i == 5 else random.randint(1958, 2002), random.randint(1, 12), random.randint(1, 28))
    depot = DEPOTS[i % 3]
    lic = ((f.upper() + "99999")[:5] + "%d%02d%02d%d" % (born.year % 100 // 10, born.month + (50 if i % 2 else 0),
                                                                   born.day, born.year % 10)
           + g[0] + "9" + random.choice("ABCDEFGHJ") + random.choice("ABCDEFGHJ"))
    ref = "DRV-%s%02d" % (f[:3].upper(), i + 1)
    ppl.append(ref)
    hired = dt.date(random.randint(2005, 2024), random.randint(1, 12), random.randint(1, 28))
    drivers.append([
        ref, "%s %s" % (g, f), lic, born.isoformat(), 2025 - born.year - (1 if (born.month, born.day) > (6, 30) else 0),
        "%.5f" % (depot[1] + random.uniform(-0.08, 0.08)), "%.5f" % (depot[2] + random.uniform(-0.1, 0.1)), depot[0],
        hired.strftime("%Y%m%d"), random.choice([0, 0, 0, 3, 3, 6]), "+44 7700 9%05d" % random.randint(0, 99999),
        "%s.%s" % (g.lower(), f.lower()), "%04d" % random.randint(0, 9999),
        "https://fleet.example.co.uk/drivers/%s-%s" % (g.lower(), f.lower()),
        random.choice(["", "", "", "", "type 1 diabetes, DVLA informed", "wears glasses",
                       "%s had knee surgery, light duties" % g]), random.choice(["earlies", "lates", "nights", "rota"])])
vehicles = labels("vehicles", [
    ("vin", "VEHICLE_IDENTIFIER"), ("plate", "VEHICLE_IDENTIFIER"), ("make", NON), ("model", NON), ("modelYear", NON),
    ("unitMac", "DEVICE_IDENTIFIER"), ("unitIp", "IP_ADDRESS"), ("assignedDriver", ID), ("fuel", NON)])
vins = []
for k in range(12):
    v = vin()
    vins.append(v)
    vehicles.append([v, plate(), *random.choice([("Ford", "Transit"), ("Mercedes-Benz", "Sprinter"), ("Vauxhall", "Vivaro"),
                                                  ("Renault", "Master")]), random.randint(2016, 2025),
                     ":".join("%02X" % random.randint(0, 255) for _ in range(6)),
                     "2001:db8:%x:%x::%x" % (random.randint(0, 0xffff), random.randint(0, 0xffff), random.randint(1, 0xfff)),
                     ppl[k], random.choice(["diesel", "diesel", "electric"])])
trips = labels("trips", [
    ("tripId", ID), ("vin", "VEHICLE_IDENTIFIER"), ("driverRef", ID), ("startEpoch", "DATE"), ("endEpoch", "DATE"),
    ("startLat", "GEOCOORDINATE"), ("startLon", "GEOCOORDINATE"), ("endPoint", "GEOCOORDINATE"), ("distanceKm", NON),
    ("maxSpeedKph", NON), ("harshBrakes", NON), ("idleMin", NON), ("fuelUsedL", NON)])
t = int(dt.datetime(2025, 9, 1, 6, 0, tzinfo=dt.timezone.utc).timestamp())
for k in range(600):
    i = random.randrange(12)
    t += random.randint(600, 9000)
    dur = random.randint(300, 7200)
    d = DEPOTS[i % 3]
    trips.append(["T%07d" % (4100000 + k), vins[i], ppl[i], t, t + dur, "%.5f" % (d[1] + random.uniform(-0.3, 0.3)),
                  "%.5f" % (d[2] + random.uniform(-0.4, 0.4)),
                  "%.4f,%.4f" % (d[1] + random.uniform(-0.5, 0.5), d[2] + random.uniform(-0.6, 0.6)),
                  "%.1f" % (dur / 3600 * random.uniform(20, 70)), random.randint(40, 128), random.choice([0, 0, 0, 1, 2]),
                  random.randint(0, 40), "%.2f" % (dur / 3600 * random.uniform(3, 9))])
for name, tb in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as fo:
        w = csv.writer(fo, lineterminator="\n")
        w.writerow(tb["columns"])
        w.writerows(tb["rows"])
fks = [("vehicles.assignedDriver", "drivers.driverRef"), ("trips.vin", "vehicles.vin"),
       ("trips.driverRef", "drivers.driverRef")]
doc = {"dataset": "fleet-telematics",
       "description": "Invented fleet-telematics export with camelCase headers: 12 drivers in one wide table (licence "
                      "number, home coordinates, yyyymmdd hire date, one driver over 89, app PIN, profile URL, medical "
                      "note), 12 vans (VIN with check digit, plate, unit MAC and IPv6), 600 trips with Unix epoch times "
                      "and GPS points",
       "delimiter": ",", "entity": "drivers", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fo:
    json.dump(doc, fo, indent=2, ensure_ascii=False)
    fo.write("\n")

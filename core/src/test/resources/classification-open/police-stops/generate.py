#!/usr/bin/env python3
"""Writes police-stops: invented traffic and pedestrian stops in the shape of the Stanford Open Policing Project's
standardised files (stops 1,200 rows, officers 45 rows), `,`, ISO dates, 24-hour times, intersections as locations
("123 MAIN ST & OAK AVE"), lat/lng to 6 decimals, officer_id_hash 10 hex, subject_age (some over 89), TRUE/FALSE flags,
licence plates, and raw_* columns carrying the source system's values: the driver's name as `SMITH, JOHN A`, the
driver's birth date as yyyy-mm-dd and the raw address (seeded, stdlib only)."""
import csv, json, os, random, datetime, hashlib
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(180202)
GIVEN = ["JOHN", "MARIA", "DAVID", "JOSE", "ASHLEY", "MICHAEL", "BRITTANY", "CHRISTOPHER", "TANISHA", "LUIS", "KEVIN",
         "AMANDA", "DEANDRE", "JESSICA", "BRANDON", "XAVIER", "LATASHA", "CODY", "HECTOR", "YOLANDA", "TREVOR", "DIANA",
         "MARCUS", "NICOLE", "ANTHONY", "ESPERANZA", "TYRONE", "HEATHER", "DUSTIN", "ROSA"]
FAMILY = ["SMITH", "JOHNSON", "GARCIA", "WILLIAMS", "BROWN", "MARTINEZ", "JONES", "DAVIS", "HERNANDEZ", "LOPEZ",
          "WASHINGTON", "JEFFERSON", "NGUYEN", "TRAN", "KIM", "PATEL", "OKONKWO", "REYES", "FLORES", "RIVERA",
          "CAMPBELL", "MITCHELL", "ROBERTS", "CARTER", "PHILLIPS", "EVANS", "TURNER", "TORRES", "PARKER", "COLLINS"]
OFFICER_GIVEN = ["Daniel", "Sarah", "Kyle", "Megan", "Ryan", "Lauren", "Eric", "Rachel", "Sean", "Kristen", "Adam", "Erin"]
OFFICER_FAMILY = ["O'Brien", "Kowalczyk", "Delgado", "Henderson", "McCarthy", "Bauer", "Sullivan", "Ramos", "Fischer",
                  "Castillo", "Novak", "Whitfield", "Brennan", "Ochoa", "Lindgren"]
STREETS = ["MAIN ST", "OAK AVE", "EL CAJON BLVD", "UNIVERSITY AVE", "MARKET ST", "IMPERIAL AVE", "GARNET AVE",
           "MIRAMAR RD", "CLAIREMONT MESA BLVD", "FEDERAL BLVD", "EUCLID AVE", "BROADWAY", "30TH ST", "5TH AVE"]
DIST = ["110", "120", "230", "240", "310", "320", "430", "440", "510", "520", "610", "620", "710", "720", "810", "820", "930"]
MAKES = [("TOYOTA", ["CAMRY", "COROLLA", "TACOMA", "PRIUS"]), ("HONDA", ["CIVIC", "ACCORD", "CR-V"]), ("FORD", ["F-150", "FOCUS", "EXPLORER"]),
         ("NISSAN", ["ALTIMA", "SENTRA"]), ("CHEVROLET", ["SILVERADO", "MALIBU"]), ("BMW", ["328I", "X5"]), ("TESLA", ["MODEL 3", "MODEL Y"])]
REASON = ["Moving Violation", "Equipment Violation", "Radio Call/Citizen Contact", "Suspect Info", "Personal Knowledge/Informant",
          "Muni, County, H&S Code"]
OUTCOME = ["citation", "warning", "arrest", "", "summons"]
RACE = ["white", "black", "hispanic", "asian/pacific islander", "other", "unknown"]
RAW_RACE = {"white": "W", "black": "B", "hispanic": "H", "asian/pacific islander": "A", "other": "O", "unknown": "X"}
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f, lineterminator="\n"); c.writerow(header); c.writerows(rows)
officers = []
for i in range(45):
    h = hashlib.sha1(b"officer%d" % i).hexdigest()[:10]
    name = "%s %s" % (rnd.choice(OFFICER_GIVEN), rnd.choice(OFFICER_FAMILY))
    officers.append([h, str(rnd.randint(1000, 9999)), name, str(rnd.randint(23, 61)), rnd.choice(["white", "hispanic", "black", "asian/pacific islander"]),
                     rnd.choice(["male", "male", "female"]), str(rnd.randint(1, 30)), rnd.choice(["Traffic", "Patrol", "Gang Unit", "Northern Division"])])
w("officers", ["officer_id_hash", "badge_no", "officer_name", "officer_age", "officer_race", "officer_sex", "officer_years_of_service", "assignment"], officers)
stops = []; d0 = datetime.date(2017, 1, 1)
for i in range(1200):
    d = d0 + datetime.timedelta(days=rnd.randint(0, 1460)); t = "%02d:%02d:%02d" % (rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
    a, b = rnd.sample(STREETS, 2); loc = "%d %s & %s" % (rnd.randint(1, 99) * 100, a, b)
    lat = "%.6f" % rnd.uniform(32.53, 33.11); lng = "%.6f" % rnd.uniform(-117.28, -116.90)
    age = rnd.choice([rnd.randint(16, 85)] * 12 + [rnd.randint(90, 97), ""])
    race = rnd.choice(RACE); sex = rnd.choice(["male", "male", "female", ""])
    o = rnd.choice(officers); typ = rnd.choice(["vehicular", "vehicular", "vehicular", "pedestrian"])
    out = rnd.choice(OUTCOME); arrest = "TRUE" if out == "arrest" else "FALSE"; cit = "TRUE" if out == "citation" else "FALSE"
    search = rnd.random() < 0.12; contra = ("TRUE" if rnd.random() < 0.3 else "FALSE") if search else "NA"
    mk, models = rnd.choice(MAKES); veh = typ == "vehicular"
    plate = rnd.choice(["%d%s%03d" % (rnd.randint(1, 9), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rnd.randint(0, 999)),
                        "%s%04d" % ("".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rnd.randint(0, 9999)),
                        "%s %s" % ("".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), "%04d" % rnd.randint(0, 9999))]) if veh else ""
    ln, fn = rnd.choice(FAMILY), rnd.choice(GIVEN)
    rawname = "%s, %s%s" % (ln, fn, (" " + rnd.choice("ABCDEJKLMRSW")) if rnd.random() < 0.5 else "")
    if age != "":
        dob = d - datetime.timedelta(days=age * 365 + rnd.randint(0, 360)); rawdob = dob.isoformat()
    else:
        rawdob = ""
    stops.append([str(100000 + i * 7 + rnd.randint(0, 6)), d.isoformat(), t, loc, lat, lng, rnd.choice(DIST), str(age), race, sex,
                  o[0], o[3], "San Diego Police Department", typ, arrest, cit, rnd.choice(["TRUE", "FALSE"]) if not out else "FALSE",
                  out, contra, "TRUE" if search else "FALSE", rnd.choice(REASON), mk if veh else "", rnd.choice(models) if veh else "",
                  rnd.choice(["CA", "CA", "CA", "CA", "AZ", "NV", "BC", "MX"]) if veh else "", plate,
                  RAW_RACE[race], rawname, rawdob, "%s, SAN DIEGO CA" % loc.replace(" & ", " / "), rnd.choice(["Y", "N"])])
w("stops", ["raw_row_number", "date", "time", "location", "lat", "lng", "district", "subject_age", "subject_race", "subject_sex",
            "officer_id_hash", "officer_age", "department_name", "type", "arrest_made", "citation_issued", "warning_issued", "outcome",
            "contraband_found", "search_conducted", "reason_for_stop", "vehicle_make", "vehicle_model", "vehicle_registration_state",
            "plate", "raw_race", "raw_driver_name", "raw_driver_dob", "raw_address", "raw_resident"], stops)
cols = {"officers.officer_id_hash": "QUASI_IDENTIFIER", "officers.badge_no": "QUASI_IDENTIFIER", "officers.officer_name": "NAME",
        "officers.officer_age": "QUASI_IDENTIFIER", "officers.officer_race": "NON_IDENTIFYING", "officers.officer_sex": "NON_IDENTIFYING",
        "officers.officer_years_of_service": "NON_IDENTIFYING", "officers.assignment": "NON_IDENTIFYING",
        "stops.raw_row_number": "OTHER_UNIQUE_IDENTIFIER", "stops.date": "DATE", "stops.time": "NON_IDENTIFYING",
        "stops.location": "STREET_ADDRESS", "stops.lat": "GEOCOORDINATE", "stops.lng": "GEOCOORDINATE", "stops.district": "NON_IDENTIFYING",
        "stops.subject_age": "AGE", "stops.subject_race": "NON_IDENTIFYING", "stops.subject_sex": "NON_IDENTIFYING",
        "stops.officer_id_hash": "QUASI_IDENTIFIER", "stops.officer_age": "QUASI_IDENTIFIER", "stops.department_name": "NON_IDENTIFYING",
        "stops.type": "NON_IDENTIFYING", "stops.arrest_made": "NON_IDENTIFYING", "stops.citation_issued": "NON_IDENTIFYING",
        "stops.warning_issued": "NON_IDENTIFYING", "stops.outcome": "NON_IDENTIFYING", "stops.contraband_found": "NON_IDENTIFYING",
        "stops.search_conducted": "NON_IDENTIFYING", "stops.reason_for_stop": "NON_IDENTIFYING", "stops.vehicle_make": "NON_IDENTIFYING",
        "stops.vehicle_model": "NON_IDENTIFYING", "stops.vehicle_registration_state": "NON_IDENTIFYING", "stops.plate": "VEHICLE_IDENTIFIER",
        "stops.raw_race": "NON_IDENTIFYING", "stops.raw_driver_name": "NAME", "stops.raw_driver_dob": "DATE_OF_BIRTH",
        "stops.raw_address": "STREET_ADDRESS", "stops.raw_resident": "NON_IDENTIFYING"}
gold = {"dataset": "police-stops", "description": "Invented police stops shaped like the Stanford Open Policing Project's standardised files, `,`, ISO dates: officers 45 (officer_id_hash 10 hex, badge_no, officer_name, age, race, sex, years of service, assignment), stops 1200 (raw_row_number, date, time, location '4500 MAIN ST & OAK AVE', lat/lng 6 decimals, district, subject_age with 90-97, subject_race, subject_sex, officer_id_hash FK, officer_age, department_name, type, TRUE/FALSE flags, outcome, reason_for_stop, vehicle make/model/registration state, plate, raw_race, raw_driver_name 'SMITH, JOHN A', raw_driver_dob yyyy-mm-dd, raw_address, raw_resident Y/N)",
        "delimiter": ",", "entity": "stops", "columns": cols,
        "foreignKeys": [{"column": "stops.officer_id_hash", "references": "officers.officer_id_hash"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

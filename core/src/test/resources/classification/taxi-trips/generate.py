#!/usr/bin/env python3
"""Writes taxi-trips: an invented NYC TLC-style yellow-cab export (seeded, stdlib only, ',' separated). trips: the
2013 FOIL trip_data + trip_fare columns (medallion and hack_license as 32-hex MD5 strings of the plate-style
medallion number and of the driver's licence number, as in the released data), vendor_id CMT/VTS, rate_code,
store_and_fwd_flag, pickup/dropoff datetimes, passenger_count, trip_time_in_secs, trip_distance, pickup/dropoff
longitude/latitude with 6 decimals (some 0 as in the real data), payment_type CSH/CRD, fare, surcharge, mta_tax, tip,
tolls, total. drivers: in the shape of the TLC 'Medallion Drivers - Active' list (License Number 7 digits, Name
'LASTNAME,FIRSTNAME M', Type, Expiration Date MM/DD/YYYY, Last Date Updated, Last Time Updated) plus hack_license
(the MD5 of the License Number, the key of trips) and a phone. Coincidence: a driver named LEXINGTON/MADISON like the
avenues, and vendor codes equal to initials."""
import csv, json, random, datetime, hashlib
rnd = random.Random(240604)
GIVEN = ["MOHAMMED", "JOSE", "RAJINDER", "KWAKU", "YURI", "MADISON", "ABDOUL", "WEI", "GURPREET", "CARLOS", "IBRAHIMA", "SERGEI",
         "LUIS", "MAMADOU", "PIOTR"]
FAMILY = ["RAHMAN", "RODRIGUEZ", "SINGH", "MENSAH", "PETROV", "LEXINGTON", "DIALLO", "CHEN", "KAUR", "HOSSAIN",
          "TRAORE", "IVANOV", "ALVAREZ", "KOWALSKI", "OSEI", "BAJWA"]
def md5(s):
    return hashlib.md5(s.encode()).hexdigest().upper()
drivers = []
for i in range(40):
    lic = "%07d" % rnd.randint(5000000, 5999999) if rnd.random() < 0.7 else "%06d" % rnd.randint(400000, 999999)
    name = "%s,%s%s" % (rnd.choice(FAMILY), rnd.choice(GIVEN), " " + rnd.choice("ABCDEFGHJKMNRS") if rnd.random() < 0.5 else "")
    exp = datetime.date(2014, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1000))
    drivers.append([lic, name, "MEDALLION TAXI DRIVER", exp.strftime("%m/%d/%Y"), "04/14/2013", "13:20",
                    md5(lic), "(%d) %03d-%04d" % (rnd.choice([718, 347, 917, 646, 929]), rnd.randint(200, 999), rnd.randint(0, 9999))])
DH = ["License Number", "Name", "Type", "Expiration Date", "Last Date Updated", "Last Time Updated", "hack_license", "phone"]
DL = ["CERTIFICATE_LICENSE_NUMBER", "NAME", "NON_IDENTIFYING", "DATE", "DATE", "DATE",
      "CERTIFICATE_LICENSE_NUMBER", "TELEPHONE_NUMBER"]
meds = [md5("%d%s%d" % (rnd.randint(1, 9), rnd.choice("ABCDEFGHJKLMNPRSTUVWXY"), rnd.randint(10, 99))) for _ in range(30)]
trips = []
t0 = datetime.datetime(2013, 1, 1)
for n in range(1500):
    d = rnd.choice(drivers)
    pu = t0 + datetime.timedelta(seconds=rnd.randint(0, 14 * 86400))
    secs = rnd.randint(120, 3000)
    do = pu + datetime.timedelta(seconds=secs)
    dist = round(secs / 3600 * rnd.uniform(6, 22), 2)
    zero = rnd.random() < 0.02
    plon, plat = (0, 0) if zero else (round(rnd.uniform(-74.02, -73.93), 6), round(rnd.uniform(40.70, 40.81), 6))
    dlon, dlat = (0, 0) if zero else (round(rnd.uniform(-74.02, -73.78), 6), round(rnd.uniform(40.64, 40.85), 6))
    fare = round(2.5 + dist * 2.5 + secs / 120 * 0.5 * 0.2, 1)
    fare = round(fare * 2) / 2
    sur = rnd.choice([0, 0.5, 1.0]); mta = 0.5
    pay = rnd.choice(["CSH", "CRD", "CRD", "NOC", "DIS"] if rnd.random() < 0.05 else ["CSH", "CRD"])
    tip = round(fare * rnd.choice([0.15, 0.2, 0.25, 0.3]), 2) if pay == "CRD" else 0
    tolls = 5.33 if rnd.random() < 0.04 else 0
    trips.append([rnd.choice(meds), d[6], rnd.choice(["CMT", "VTS"]), 1 if rnd.random() < 0.97 else rnd.choice([2, 5]),
                  "N" if rnd.random() < 0.98 else "Y", pu.strftime("%Y-%m-%d %H:%M:%S"), do.strftime("%Y-%m-%d %H:%M:%S"),
                  rnd.choice([1, 1, 1, 1, 2, 3, 5, 6]), secs, dist, plon, plat, dlon, dlat, pay, "%.1f" % fare, sur, mta,
                  tip, tolls, round(fare + sur + mta + tip + tolls, 2)])
TH = ["medallion", "hack_license", "vendor_id", "rate_code", "store_and_fwd_flag", "pickup_datetime", "dropoff_datetime",
      "passenger_count", "trip_time_in_secs", "trip_distance", "pickup_longitude", "pickup_latitude", "dropoff_longitude",
      "dropoff_latitude", "payment_type", "fare_amount", "surcharge", "mta_tax", "tip_amount", "tolls_amount", "total_amount"]
TL = ["VEHICLE_IDENTIFIER", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
      "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE",
      "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING"]
cols = {}
for name, head, lab, data in (("trips", TH, TL, trips), ("drivers", DH, DL, drivers)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
    cols.update({name + "." + h: l for h, l in zip(head, lab)})
gold = {"dataset": "taxi-trips",
        "description": "Invented NYC TLC 2013-style yellow-cab trips (1500: medallion and hack_license as 32-hex MD5, vendor CMT/VTS, datetimes, 6-decimal pickup/dropoff coordinates, payment CSH/CRD, fare components) and 40 drivers in the 'Medallion Drivers - Active' shape (License Number, 'LASTNAME,FIRSTNAME M', Expiration Date MM/DD/YYYY) with the MD5 hack_license and a phone",
        "delimiter": ",", "entity": "drivers", "columns": cols,
        "foreignKeys": [{"column": "trips.hack_license", "references": "drivers.hack_license"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

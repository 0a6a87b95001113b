#!/usr/bin/env python3
"""Writes rideshare-trips: an invented trip export of a fictional US ride-hailing platform in the San Francisco Bay
Area (seeded, stdlib only), ',' with ISO 8601 UTC timestamps. drivers: 52 (driver_uuid, first/last name, phone
E.164, email, drivers_license_number 'D1234567' with dl_state CA, date_of_birth MM/DD/YYYY, vehicle make/model/year/
color, license_plate '8ABC123', vin 17 characters with a valid check digit, vehicle_type, onboarded_at, driver_rating,
status). riders: 1,300 (rider_id UUID, first/last name, email, phone '(415) 555-0142' style, home_city, signup_date,
rider_rating, payment_type, card_brand, card_last4, referral_code, marketing_opt_in). trips: 3,600 (trip_id UUID,
rider_id, driver_uuid, product, status, request_ts/pickup_ts/dropoff_ts ISO UTC, pickup_lat/pickup_lng/dropoff_lat/
dropoff_lng with 6 decimals, pickup_address/dropoff_address 'street, city, CA zip', distance_mi, duration_min,
base_fare, distance_fare, time_fare, surge_multiplier, booking_fee, tolls, tip, promo_code, discount, total_fare,
currency, payment_last4, driver_payout, rating_by_rider, rating_by_driver, cancel_reason; cancelled trips have empty
pickup/dropoff/fare fields). Deliberate coincidences: the promo codes JORDAN15 and MADISON10 beside the given names
Jordan and Madison; the vehicle colour Gray beside the surname Gray; the home city Berkeley beside the surname
Berkeley; the product 'Comfort' is a plain word."""
import csv, json, random, datetime, uuid
rnd = random.Random(640202)
GIVEN = ["Jordan", "Madison", "Ashley", "Brandon", "Jessica", "Kevin", "Priya", "Arjun", "Wei", "Lin", "Carlos",
         "Sofia", "Diego", "Luis", "Rosa", "Tamika", "Andre", "Marcus", "Hannah", "Emily", "Ryan", "Tyler", "Mohammed",
         "Amira", "Yuki", "Kenji", "Tran", "Bao", "Olga", "Dmitri", "Samantha", "Christopher", "Nicole", "Gurpreet"]
FAMILY = ["Gray", "Berkeley", "Nguyen", "Chen", "Wong", "Patel", "Singh", "Gonzalez", "Hernandez", "Lopez", "Ramirez",
          "Kim", "Park", "Lee", "Johnson", "Williams", "Jackson", "Robinson", "Okonkwo", "Ivanova", "Sato", "Tanaka",
          "Mendoza", "Castillo", "Flores", "Murphy", "Sullivan", "Cohen", "Levy", "Ahmed", "Khan", "Dang"]
CITIES = [("San Francisco", ["94102", "94103", "94107", "94110", "94114", "94117", "94122", "94133"], 37.7749, -122.4194),
          ("Oakland", ["94601", "94607", "94610", "94612", "94618"], 37.8044, -122.2712),
          ("Berkeley", ["94702", "94704", "94709"], 37.8716, -122.2727), ("Daly City", ["94014", "94015"], 37.6879, -122.4702),
          ("San Mateo", ["94401", "94403"], 37.5630, -122.3255), ("Emeryville", ["94608"], 37.8313, -122.2852)]
STREETS = ["Valencia St", "Mission St", "Market St", "Divisadero St", "Geary Blvd", "Telegraph Ave", "Broadway",
           "Shattuck Ave", "College Ave", "Grand Ave", "Irving St", "Haight St", "Polk St", "Castro St", "Fillmore St",
           "San Pablo Ave", "El Camino Real", "Junipero Serra Blvd"]
POI = ["SFO Terminal 2, San Francisco, CA 94128", "Oakland International Airport, Oakland, CA 94621",
       "Chase Center, 1 Warriors Way, San Francisco, CA 94158", "Ferry Building, 1 Ferry Building, San Francisco, CA 94111"]
CARS = [("Toyota", "Prius", "JTDKARFU"), ("Toyota", "Camry", "4T1B11HK"), ("Honda", "Accord", "1HGCV1F3"),
        ("Tesla", "Model 3", "5YJ3E1EA"), ("Hyundai", "Ioniq", "KMHC75LC"), ("Toyota", "Sienna", "5TDKZ3DC"),
        ("Chevrolet", "Bolt EV", "1G1FY6S0"), ("Kia", "Niro", "KNDCB3LC"), ("Ford", "Explorer", "1FM5K8D8")]
COLORS = ["Black", "White", "Silver", "Gray", "Blue", "Red"]
VCH = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
TRANS = {c: (int(c) if c.isdigit() else v) for c, v in zip(VCH, [0]*10 + [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin(prefix, year):
    yc = "ABCDEFGHJKLMNPRSTVWXY123456789"[(year - 2010) % 30]
    v = list(prefix + "0" + yc + rnd.choice("ABCDFKLPRUZ") + "".join(str(rnd.randint(0, 9)) for _ in range(6)))
    s = sum(TRANS[c] * w for c, w in zip(v, W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)
def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))
def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

drivers = []
for i in range(52):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY); make, model, pre = rnd.choice(CARS); yr = rnd.randint(2016, 2024)
    dob = datetime.date(rnd.randint(1958, 2001), rnd.randint(1, 12), rnd.randint(1, 28))
    onb = datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 6 * 365 * 1440))
    drivers.append([uid(), g, f, "+1%s%07d" % (rnd.choice(["415", "510", "650", "628"]), rnd.randint(2000000, 9999999)),
                    "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randint(1, 999), rnd.choice(["gmail.com", "icloud.com", "yahoo.com"])),
                    "%s%07d" % (rnd.choice("ABCDEFGNY"), rnd.randint(0, 9999999)), "CA", dob.strftime("%m/%d/%Y"),
                    make, model, yr, rnd.choice(COLORS), "%d%s%03d" % (rnd.randint(6, 9), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rnd.randint(0, 999)),
                    vin(pre, yr), "UberXL" if model in ("Sienna", "Explorer") else rnd.choice(["UberX", "UberX", "Comfort", "Green"]) if make != "Tesla" else "Green",
                    ts(onb), "%.2f" % rnd.uniform(4.55, 5.0), rnd.choice(["active", "active", "active", "inactive", "deactivated"])])
DH = ["driver_uuid", "first_name", "last_name", "phone", "email", "drivers_license_number", "dl_state", "date_of_birth",
      "vehicle_make", "vehicle_model", "vehicle_year", "vehicle_color", "license_plate", "vin", "vehicle_type",
      "onboarded_at", "driver_rating", "status"]

riders = []
for i in range(1300):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY); city = rnd.choice(CITIES)
    pay = rnd.choice(["card", "card", "card", "card", "paypal", "apple_pay", "google_pay", "venmo"])
    brand = rnd.choice(["Visa", "Visa", "Mastercard", "Amex", "Discover"]) if pay in ("card", "apple_pay", "google_pay") else ""
    su = datetime.date(2015, 1, 1) + datetime.timedelta(days=rnd.randint(0, 3900))
    riders.append([uid(), g, f, "%s%s%s@%s" % (g.lower(), rnd.choice(["", ".", "_"]), f.lower(), rnd.choice(["gmail.com", "yahoo.com", "hotmail.com", "berkeley.edu", "ucsf.edu"])) if rnd.random() < 0.97 else "",
                   "(%s) %03d-%04d" % (rnd.choice(["415", "510", "650", "628", "925"]), rnd.randint(200, 999), rnd.randint(0, 9999)),
                   city[0] if rnd.random() < 0.9 else "", su.isoformat(), "%.2f" % rnd.uniform(4.3, 5.0), pay, brand,
                   "%04d" % rnd.randint(0, 9999) if brand else "", ("%s%s%d" % (g[:4], f[:3], rnd.randint(10, 99))).upper() if rnd.random() < 0.6 else "",
                   rnd.choice(["true", "false"])])
RH = ["rider_id", "first_name", "last_name", "email", "phone", "home_city", "signup_date", "rider_rating",
      "payment_type", "card_brand", "card_last4", "referral_code", "marketing_opt_in"]

def addr(city):
    name, zips, lat, lng = city
    la = lat + rnd.uniform(-0.03, 0.03); ln = lng + rnd.uniform(-0.03, 0.03)
    return "%d %s, %s, CA %s" % (rnd.randint(1, 4999), rnd.choice(STREETS), name, rnd.choice(zips)), "%.6f" % la, "%.6f" % ln
trips = []
rw = [rnd.paretovariate(1.2) for _ in riders]
PROMOS = ["", "", "", "", "", "", "", "", "JORDAN15", "MADISON10", "RIDE20OFF", "BAYAREA5", "WELCOME50", "SFGIANTS"]
for i in range(3600):
    r = rnd.choices(riders, rw)[0]; d = rnd.choice(drivers)
    req = datetime.datetime(2025, 3, 1) + datetime.timedelta(seconds=rnd.randint(0, 270 * 86400))
    status = rnd.choices(["completed", "rider_cancelled", "driver_cancelled"], [0.9, 0.07, 0.03])[0]
    home = next((c for c in CITIES if c[0] == r[5]), rnd.choice(CITIES))
    if rnd.random() < 0.06: pa, pla, pln = rnd.choice(POI), "%.6f" % rnd.uniform(37.61, 37.62), "%.6f" % rnd.uniform(-122.39, -122.38)
    else: pa, pla, pln = addr(home)
    da, dla, dln = addr(rnd.choice(CITIES))
    prod = d[14] if rnd.random() < 0.8 else "UberX"
    if status != "completed":
        trips.append([uid(), r[0], d[0] if status == "driver_cancelled" or rnd.random() < 0.5 else "", prod, status, ts(req),
                      "", "", pla, pln, pa, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "USD",
                      "", "", "", "", rnd.choice(["Driver too far", "Changed plans", "Wait time too long", "Wrong pickup location"] if status == "rider_cancelled" else ["Rider no-show", "Unsafe pickup location"])])
        continue
    pick = req + datetime.timedelta(seconds=rnd.randint(120, 900)); dist = round(rnd.uniform(0.6, 22.0), 2)
    dur = round(dist * rnd.uniform(2.2, 4.5) + rnd.uniform(1, 8), 1); drop = pick + datetime.timedelta(minutes=dur)
    surge = rnd.choices([1.0, 1.2, 1.4, 1.6, 1.9, 2.3], [0.7, 0.1, 0.08, 0.06, 0.04, 0.02])[0]
    base = {"UberX": 2.55, "Comfort": 3.40, "Green": 2.55, "UberXL": 3.85}[prod]
    df = round(dist * (1.15 if prod != "UberXL" else 1.85) * surge, 2); tf = round(dur * 0.32 * surge, 2)
    fee = 3.10 if prod != "UberXL" else 3.45; toll = rnd.choice([0, 0, 0, 0, 0, 0, 7.0, 8.0])
    tip = rnd.choice([0, 0, 0, 1, 2, 3, 5, round(rnd.uniform(1, 10), 2)])
    promo = rnd.choice(PROMOS); disc = {"": 0, "JORDAN15": 15, "MADISON10": 10, "RIDE20OFF": 20, "BAYAREA5": 5, "WELCOME50": 50, "SFGIANTS": 10}[promo]
    sub = base + df + tf + fee + toll; discount = round(min(sub * disc / 100 if promo != "BAYAREA5" else 5, sub), 2)
    total = round(sub - discount + tip, 2)
    payout = round((base + df + tf) * rnd.uniform(0.62, 0.75) + toll + tip, 2)
    trips.append([uid(), r[0], d[0], prod, status, ts(req), ts(pick), ts(drop), pla, pln, pa, dla, dln, da,
                  "%.2f" % dist, "%.1f" % dur, "%.2f" % base, "%.2f" % df, "%.2f" % tf, "%.1f" % surge, "%.2f" % fee,
                  "%.2f" % toll, "%.2f" % tip, promo, "%.2f" % discount, "%.2f" % total, "USD", r[10],
                  "%.2f" % payout, rnd.choice(["5", "5", "5", "5", "4", "3", ""]), rnd.choice(["5", "5", "5", "4", ""]), ""])
trips.sort(key=lambda t: t[5])
TH = ["trip_id", "rider_id", "driver_uuid", "product", "status", "request_ts", "pickup_ts", "dropoff_ts", "pickup_lat",
      "pickup_lng", "pickup_address", "dropoff_lat", "dropoff_lng", "dropoff_address", "distance_mi", "duration_min",
      "base_fare", "distance_fare", "time_fare", "surge_multiplier", "booking_fee", "tolls", "tip", "promo_code",
      "discount", "total_fare", "currency", "payment_last4", "driver_payout", "rating_by_rider", "rating_by_driver",
      "cancel_reason"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("drivers", DH, drivers); write("riders", RH, riders); write("trips", TH, trips)
N = "NON_IDENTIFYING"
L = {}
L.update({"drivers." + c: v for c, v in zip(DH, ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "TELEPHONE_NUMBER",
    "EMAIL_ADDRESS", "CERTIFICATE_LICENSE_NUMBER", N, "DATE_OF_BIRTH", N, N, N, N, "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER",
    N, "DATE", N, N])})
L.update({"riders." + c: v for c, v in zip(RH, ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS",
    "TELEPHONE_NUMBER", "CITY", "DATE", N, N, N, "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N])})
L.update({"trips." + c: v for c, v in zip(TH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
    N, N, "DATE", "DATE", "DATE", "GEOCOORDINATE", "GEOCOORDINATE", "STREET_ADDRESS", "GEOCOORDINATE", "GEOCOORDINATE",
    "STREET_ADDRESS", N, N, N, N, N, N, N, N, N, N, N, N, N, "QUASI_IDENTIFIER", N, N, N, N])})
gold = {"dataset": "rideshare-trips",
        "description": "Invented trip export of a fictional Bay Area ride-hailing platform, ',' with ISO 8601 UTC timestamps: 52 drivers (UUID, name, E.164 phone, e-mail, California driver licence 'D1234567', dl_state, date of birth MM/DD/YYYY, vehicle make/model/year/colour, CA plate '8ABC123', VIN with valid check digit, vehicle_type, onboarded_at, rating, status), 1,300 riders (UUID, name, e-mail, phone '(415) 555-0142', home_city, signup_date, rating, payment type, card brand, card_last4, personal referral code 'JORDCHE42', marketing opt-in), 3,600 trips (UUID, rider and driver UUIDs, product, status, request/pickup/dropoff ISO UTC, pickup and dropoff lat/lng with 6 decimals and street addresses 'street, city, CA zip' (airports and venues for 6% of pickups), distance, duration, fare breakdown, surge multiplier, booking fee, tolls, tip, promo code, discount, total, currency, payment_last4 (the rider's card_last4, empty for PayPal/Venmo), driver payout, ratings both ways, cancel reason; cancelled trips with empty fare fields). card_last4 QUASI_IDENTIFIER (as unified_payments.Card Last4); referral_code OTHER_UNIQUE_IDENTIFIER (one per rider, built from the name); promo codes NON_IDENTIFYING (campaign codes, as commandes.code_promo). Coincidences: promo codes JORDAN15 and MADISON10 beside the given names Jordan and Madison, vehicle colour Gray beside the surname Gray, the home city Berkeley beside the surname Berkeley",
        "delimiter": ",", "entity": "riders", "columns": L,
        "foreignKeys": [{"column": "trips.rider_id", "references": "riders.rider_id"},
                        {"column": "trips.driver_uuid", "references": "drivers.driver_uuid"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

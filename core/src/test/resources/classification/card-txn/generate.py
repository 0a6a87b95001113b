#!/usr/bin/env python3
"""Writes card-txn: an invented card-issuer export: cardholders (holder_id, name, dob, address, zip, phone, email,
ssn_last4, 16-digit Luhn-valid PAN, masked PAN 411111******1111, expiry MM/YY, cvv, credit_limit) and transactions
(txn_id, holder_id FK, pan FK, ISO txn_ts, amount, currency, merchant, mcc, merchant city/zip, terminal_id,
device_fingerprint 32 hex, ip_address, txn_lat/txn_lon, auth_code, is_fraud). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(220101)
GIVEN = ["Emily", "Jacob", "Olivia", "Noah", "Sophia", "Liam", "Ava", "Mason", "Isabella", "Ethan", "Mia", "Logan",
         "Harper", "Lucas", "Zoe", "Mateo", "Aisha", "Omar", "Priya", "Wei", "Chloe", "Dylan", "Grace", "Caleb",
         "Nora", "Hunter", "Layla", "Wyatt", "Riley", "Jasmine"]
FAMILY = ["Anderson", "Thompson", "Martinez", "Robinson", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young",
          "King", "Wright", "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
          "Perez", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Nguyen",
          "Patel", "Kim", "Chen", "Singh", "Murphy", "Rivera", "Cooper", "Reed", "Bailey"]
STREETS = ["Maple Ave", "Oak St", "Pine Rd", "Cedar Ln", "Elm St", "Washington Blvd", "Lakeview Dr", "Hillcrest Rd"]
CITIES = [("Austin", "787"), ("Denver", "802"), ("Columbus", "432"), ("Portland", "972"), ("Raleigh", "276"),
          ("Tucson", "857"), ("Omaha", "681"), ("Boise", "837")]
MERCHANTS = [("WALMART SUPERCENTER #2231", "5411"), ("SHELL OIL 57442", "5541"), ("STARBUCKS STORE 10492", "5814"),
             ("AMAZON MKTPLACE PMTS", "5942"), ("TARGET T-1184", "5310"), ("CVS/PHARMACY #04417", "5912"),
             ("UBER *TRIP", "4121"), ("NETFLIX.COM", "4899"), ("HOME DEPOT #0612", "5200"), ("CHIPOTLE 1822", "5812"),
             ("DELTA AIR 0062", "3058"), ("MARRIOTT DENVER TECH", "3509"), ("KROGER #431", "5411")]
GEO = {"Austin": (30.27, -97.74), "Denver": (39.74, -104.99), "Columbus": (39.96, -82.99), "Portland": (45.52, -122.68),
       "Raleigh": (35.78, -78.64), "Tucson": (32.22, -110.97), "Omaha": (41.26, -95.93), "Boise": (43.62, -116.21)}
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def w(name, header, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f, lineterminator="\n"); cw.writerow(header); cw.writerows(rows)
holders, pans = [], []
used = set()
for i in range(320):
    hid = "CH%07d" % (1000000 + i * 37)
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    dob = datetime.date(1940, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 365 * 63))
    city, z3 = rnd.choice(CITIES)
    zipc = z3 + "%02d" % rnd.randrange(1, 99)
    while True:
        base = rnd.choice(["4", "51", "52", "55"]) 
        base = base + "".join(rnd.choice("0123456789") for _ in range(15 - len(base)))
        pan = base + luhn_digit(base)
        if pan not in used: used.add(pan); break
    masked = pan[:6] + "******" + pan[-4:]
    exp = "%02d/%02d" % (rnd.randrange(1, 13), rnd.randrange(26, 31))
    phone = "(%d) %03d-%04d" % (rnd.choice([512, 303, 614, 503, 919, 520, 402, 208]), rnd.randrange(200, 999), rnd.randrange(0, 10000))
    email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rnd.randrange(1, 99), rnd.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]))
    holders.append([hid, fn, ln, dob.isoformat(), "%d %s" % (rnd.randrange(10, 9999), rnd.choice(STREETS)), city, zipc,
                    phone, email, "%04d" % rnd.randrange(0, 10000), pan, masked, exp, "%03d" % rnd.randrange(0, 1000),
                    rnd.choice(["1500", "3000", "5000", "7500", "10000", "15000", "25000"])])
w("cardholders", ["holder_id", "first_name", "last_name", "dob", "address", "city", "zip", "phone", "email", "ssn_last4",
                  "pan", "masked_pan", "expiry", "cvv", "credit_limit"], holders)
txns = []
t0 = datetime.datetime(2026, 3, 1)
for i in range(1400):
    h = rnd.choice(holders)
    m, mcc = rnd.choice(MERCHANTS)
    city = h[5] if rnd.random() < 0.8 else rnd.choice(CITIES)[0]
    z3 = dict(CITIES)[city]
    la, lo = GEO[city]
    ts = t0 + datetime.timedelta(seconds=rnd.randrange(0, 86400 * 60))
    fp = "%032x" % rnd.getrandbits(128)
    ip = "%d.%d.%d.%d" % (rnd.choice([24, 67, 73, 98, 174, 199]), rnd.randrange(256), rnd.randrange(256), rnd.randrange(1, 255))
    txns.append(["T%010d" % (5000000000 + i * 13), h[0], h[10], ts.isoformat() + "Z", "%.2f" % rnd.uniform(1.5, 900),
                 "USD", m, mcc, city.upper(), z3 + "%02d" % rnd.randrange(1, 99), "TRM%05d" % rnd.randrange(0, 99999),
                 fp, ip, "%.5f" % (la + rnd.uniform(-0.08, 0.08)), "%.5f" % (lo + rnd.uniform(-0.08, 0.08)),
                 "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "1" if rnd.random() < 0.03 else "0"])
w("transactions", ["txn_id", "holder_id", "pan", "txn_ts", "amount", "currency", "merchant_name", "mcc", "merchant_city",
                   "merchant_zip", "terminal_id", "device_fingerprint", "ip_address", "txn_lat", "txn_lon", "auth_code",
                   "is_fraud"], txns)
cols = {}
for c, l in [("holder_id", "OTHER_UNIQUE_IDENTIFIER"), ("first_name", "GIVEN_NAME"), ("last_name", "FAMILY_NAME"),
             ("dob", "DATE_OF_BIRTH"), ("address", "STREET_ADDRESS"), ("city", "CITY"), ("zip", "ZIP_CODE"),
             ("phone", "TELEPHONE_NUMBER"), ("email", "EMAIL_ADDRESS"), ("ssn_last4", "SOCIAL_SECURITY_NUMBER"),
             ("pan", "CREDIT_CARD_NUMBER"), ("masked_pan", "QUASI_IDENTIFIER"), ("expiry", "QUASI_IDENTIFIER"),
             ("cvv", "CREDENTIAL"), ("credit_limit", "NON_IDENTIFYING")]:
    cols["cardholders." + c] = l
for c, l in [("txn_id", "OTHER_UNIQUE_IDENTIFIER"), ("holder_id", "OTHER_UNIQUE_IDENTIFIER"), ("pan", "CREDIT_CARD_NUMBER"),
             ("txn_ts", "DATE"), ("amount", "NON_IDENTIFYING"), ("currency", "NON_IDENTIFYING"),
             ("merchant_name", "NON_IDENTIFYING"), ("mcc", "NON_IDENTIFYING"), ("merchant_city", "QUASI_IDENTIFIER"),
             ("merchant_zip", "QUASI_IDENTIFIER"), ("terminal_id", "QUASI_IDENTIFIER"),
             ("device_fingerprint", "DEVICE_IDENTIFIER"), ("ip_address", "IP_ADDRESS"), ("txn_lat", "GEOCOORDINATE"),
             ("txn_lon", "GEOCOORDINATE"), ("auth_code", "QUASI_IDENTIFIER"), ("is_fraud", "NON_IDENTIFYING")]:
    cols["transactions." + c] = l
gold = {"dataset": "card-txn",
        "description": "Invented card-issuer export: cardholders 320 (holder_id, name, dob, address, zip, phone, email, ssn_last4 SSN, 16-digit Luhn-valid PAN CREDIT_CARD_NUMBER, masked PAN and expiry QUASI, cvv CREDENTIAL, credit_limit), transactions 1400 (txn_id, holder_id FK, pan FK, ISO UTC txn_ts, amount, merchant, mcc, merchant city/zip and terminal QUASI, device_fingerprint 32 hex DEVICE_IDENTIFIER, ip_address, txn_lat/txn_lon GEOCOORDINATE, auth_code QUASI, is_fraud).",
        "delimiter": ",", "entity": "cardholders", "columns": cols,
        "foreignKeys": [{"column": "transactions.holder_id", "references": "cardholders.holder_id"},
                        {"column": "transactions.pan", "references": "cardholders.pan"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

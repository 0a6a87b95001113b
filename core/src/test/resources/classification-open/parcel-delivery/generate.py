#!/usr/bin/env python3
"""Writes parcel-delivery: an invented courier export: shipments (awb 1Z tracking number, sender_company, recipient
name/phone, delivery_address, city, postcode, lat/lng, signed_by (a name, often not the recipient), signature_png as
base64 text, courier_id FK, status, delivered_at) and couriers (courier_id, name, vehicle_plate, van VIN with a valid
check digit, depot). Seeded, stdlib only."""
import base64, csv, json, os, random, datetime, struct, zlib
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(220202)
GIVEN = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Charlie", "Ivy", "Freddie", "Grace",
         "Arthur", "Lily", "Leo", "Rosie", "Oscar", "Evie", "Archie", "Poppy", "Kwame", "Zainab", "Tomasz", "Agnieszka",
         "Ravi", "Sunita", "Declan", "Siobhan"]
FAMILY = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
          "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Mensah",
          "Okonkwo", "Kowalczyk", "Nowak", "Sharma", "Patel", "O'Sullivan", "Byrne", "Hughes", "Edwards"]
STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue", "Kings Road",
           "Queensway", "Manor Close", "Orchard Way"]
CITIES = [("Leeds", "LS", 53.80, -1.55), ("Bristol", "BS", 51.45, -2.59), ("Manchester", "M", 53.48, -2.24),
          ("Nottingham", "NG", 52.95, -1.15), ("Cardiff", "CF", 51.48, -3.18), ("Sheffield", "S", 53.38, -1.47)]
SENDERS = ["Amazon EU Sarl", "ASOS.com Ltd", "Argos Ltd", "John Lewis plc", "Boots UK", "Screwfix Direct",
           "Etsy Seller 4412", "Zalando SE", "Currys Group", "Next Retail Ltd"]
STATUS = ["DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "LEFT_WITH_NEIGHBOUR", "RETURNED", "IN_TRANSIT"]
DEPOTS = ["LDS1", "BRS2", "MAN3", "NOT1", "CDF1", "SHF2"]
def ups_check(s):
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        t += v * (2 if i % 2 else 1)
    return str((10 - t % 10) % 10)
def vin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1,2,3,4,5,6,7,8,1,2,3,4,5,7,9,2,3,4,5,6,7,8,9])}
    tr.update({str(d): d for d in range(10)})
    wt = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(rnd.choice(["WF0", "VF7", "WDB", "ZFA", "SAJ"]) + "".join(rnd.choice(al) for _ in range(5)) + "0"
             + rnd.choice("KLMNP") + rnd.choice(al) + "".join(rnd.choice("0123456789") for _ in range(6)))
    c = sum(tr[ch] * wt[i] for i, ch in enumerate(s)) % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)
def png(seed):
    r = random.Random(seed); wdt, hgt = 24, 8
    raw = b"".join(b"\x00" + bytes(r.choice([0, 255]) for _ in range(wdt)) for _ in range(hgt))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return base64.b64encode(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", wdt, hgt, 8, 0, 0, 0, 0))
                            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")).decode()
def w(name, header, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        cw = csv.writer(f, lineterminator="\n"); cw.writerow(header); cw.writerows(rows)
couriers = []
for i in range(24):
    couriers.append(["C%03d" % (101 + i), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                     "%s%02d %s" % ("".join(rnd.choice("ABCDEFGHJKLMNOPRSTVWXY") for _ in range(2)), rnd.choice([19, 20, 69, 70, 21, 71, 22]),
                                    "".join(rnd.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))), vin(), rnd.choice(DEPOTS)])
w("couriers", ["courier_id", "name", "vehicle_plate", "vin", "depot"], couriers)
ships = []
t0 = datetime.datetime(2026, 10, 1, 7, 0)
for i in range(650):
    body = "999AA1" + rnd.choice(["01", "02", "03", "12", "13"]) + "%07d" % rnd.randrange(10**7)
    awb = "1Z" + body + ups_check(body)
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    city, pc, la, lo = rnd.choice(CITIES)
    post = "%s%d %d%s" % (pc, rnd.randrange(1, 30), rnd.randrange(1, 10), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    st = rnd.choice(STATUS)
    signed = ""; sig = ""; when = ""
    if st in ("DELIVERED", "LEFT_WITH_NEIGHBOUR"):
        signed = fn + " " + ln if rnd.random() < 0.6 else "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY) if st == "LEFT_WITH_NEIGHBOUR" else ln)
        sig = png(i * 7919 + 3)
        when = (t0 + datetime.timedelta(minutes=rnd.randrange(0, 60 * 24 * 30))).strftime("%Y-%m-%d %H:%M:%S")
    ships.append([awb, rnd.choice(SENDERS), fn + " " + ln, "07%03d %06d" % (rnd.randrange(400, 999), rnd.randrange(10**6)),
                  "%d %s" % (rnd.randrange(1, 240), rnd.choice(STREETS)), city, post,
                  "%.6f" % (la + rnd.uniform(-0.06, 0.06)), "%.6f" % (lo + rnd.uniform(-0.06, 0.06)), signed, sig,
                  rnd.choice(couriers)[0], st, when])
w("shipments", ["awb", "sender_company", "recipient_name", "recipient_phone", "delivery_address", "city", "postcode",
                "lat", "lng", "signed_by", "signature_png", "courier_id", "status", "delivered_at"], ships)
cols = {}
for c, l in [("awb", "OTHER_UNIQUE_IDENTIFIER"), ("sender_company", "NON_IDENTIFYING"), ("recipient_name", "NAME"),
             ("recipient_phone", "TELEPHONE_NUMBER"), ("delivery_address", "STREET_ADDRESS"), ("city", "CITY"),
             ("postcode", "ZIP_CODE"), ("lat", "GEOCOORDINATE"), ("lng", "GEOCOORDINATE"), ("signed_by", "NAME"),
             ("signature_png", "OTHER_UNIQUE_IDENTIFIER"), ("courier_id", "OTHER_UNIQUE_IDENTIFIER"),
             ("status", "NON_IDENTIFYING"), ("delivered_at", "DATE")]:
    cols["shipments." + c] = l
for c, l in [("courier_id", "OTHER_UNIQUE_IDENTIFIER"), ("name", "NAME"), ("vehicle_plate", "VEHICLE_IDENTIFIER"),
             ("vin", "VEHICLE_IDENTIFIER"), ("depot", "NON_IDENTIFYING")]:
    cols["couriers." + c] = l
gold = {"dataset": "parcel-delivery",
        "description": "Invented UK courier export: shipments 650 (awb 1Z tracking number, sender company, recipient name and mobile, delivery address, city, UK postcode, lat/lng to 6 decimals, signed_by name (recipient, household member or neighbour), signature_png base64 PNG (a signature image: OTHER_UNIQUE_IDENTIFIER), courier_id FK, status, delivered_at), couriers 24 (courier_id, name, UK vehicle_plate, VIN with valid check digit, depot).",
        "delimiter": ",", "entity": "shipments", "columns": cols,
        "foreignKeys": [{"column": "shipments.courier_id", "references": "couriers.courier_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

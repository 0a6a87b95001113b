#!/usr/bin/env python3
"""Writes the invented mobile-operator export (300 subscribers, 40 cells, 3,000+ call detail records; gold.json) into
this folder. camelCase headers; MSISDNs in E.164 without '+', IMSI, IMEI and ICCID with Luhn check digits, UK
postcodes, ISO 8601 timestamps with zone. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(6021)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "Noah", "Freya", "Arthur", "Poppy", "Theo", "Maisie",
         "Callum", "Niamh", "Priya", "Kwabena", "Ffion", "Rhys", "Siobhan", "Tariq", "Agnieszka", "Mehmet"]
FAMILY = ["Smith", "Pemberton", "Okafor", "Llewellyn", "McAllister", "Chaudhry", "Whitlock", "Nowak", "Fairbairn",
          "Ashworth", "Kowalczyk", "Gallacher", "Oyelaran", "Trevithick", "Rahman", "Blackwood", "Penhaligon"]
POSTAREAS = ["M", "LS", "B", "G", "CF", "BS", "NE", "L", "EH", "SW", "N", "E"]
PLANS = ["PAYG Essentials", "SIM Only 30GB", "SIM Only Unlimited", "Family Share 100GB", "Business Pro"]
HANDSETS = ["iPhone 15", "iPhone 13", "Galaxy S24", "Galaxy A54", "Pixel 8", "Moto G84", "Nokia G42"]

def luhn_complete(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
cells = labels("cells", [
    ("cellId", NON), ("lac", NON), ("technology", NON), ("siteName", NON), ("towerLatitude", NON),
    ("towerLongitude", NON), ("azimuthDeg", NON), ("bandMhz", NON)])
SITES = ["Piccadilly Roof", "Headingley Mast", "Digbeth Depot", "Partick Cross", "Cardiff Bay East", "Temple Meads",
         "Quayside", "Anfield North", "Leith Walk", "Brixton Hill"]
cell_ids = []
for k in range(40):
    site = SITES[k % len(SITES)]
    cid = "234-15-%d-%d" % (1000 + k // 4 * 17, 30000 + k * 11)
    cell_ids.append(cid)
    cells.append([cid, 1000 + k // 4 * 17, random.choice(["LTE", "LTE", "NR", "UMTS"]), site,
                  "%.5f" % random.uniform(50.5, 55.9), "%.5f" % random.uniform(-4.2, -0.1),
                  random.choice([0, 120, 240]), random.choice([800, 1800, 2100, 2600, 3500])])
subscribers = labels("subscribers", [
    ("subscriberId", ID), ("msisdn", "TELEPHONE_NUMBER"), ("imsi", ID), ("iccid", "DEVICE_IDENTIFIER"),
    ("imei", "DEVICE_IDENTIFIER"), ("firstName", "GIVEN_NAME"), ("lastName", "FAMILY_NAME"),
    ("dateOfBirth", "DATE_OF_BIRTH"), ("postCode", "ZIP_CODE"), ("tariffPlan", NON), ("contractStart", "DATE"),
    ("handsetModel", NON), ("isPrepaid", NON), ("pukCode", "CREDENTIAL"), ("accountHolderEmail", "EMAIL_ADDRESS")])
subs = []
for i in range(300):
    g, f = random.choice(GIVEN), random.choice(FAMILY)
    msisdn = "447%09d" % random.randint(100000000, 999999999)
    imei = luhn_complete("35%06d%06d" % (random.randint(0, 999999), random.randint(0, 999999)))
    subs.append((msisdn, imei))
    area = random.choice(POSTAREAS)
    subscribers.append([
        5100000 + i * 3 + random.randint(0, 2), msisdn, "23415%010d" % random.randint(0, 9999999999),
        luhn_complete("894415%012d" % random.randint(0, 10**12 - 1)), imei, g, f,
        dt.date(random.randint(1944, 2008), random.randint(1, 12), random.randint(1, 28)).isoformat(),
        "%s%d %d%s%s" % (area, random.randint(1, 20), random.randint(1, 9), random.choice("ABDEFGHJLNPQRSTUWXYZ"),
                         random.choice("ABDEFGHJLNPQRSTUWXYZ")),
        random.choice(PLANS), dt.date(random.randint(2015, 2025), random.randint(1, 12), random.randint(1, 28)).isoformat(),
        random.choice(HANDSETS), random.choice(["true", "false", "false"]), "%08d" % random.randint(0, 99999999),
        "%s.%s@%s" % (g.lower(), f.lower(), random.choice(["gmail.com", "outlook.com", "btinternet.com"]))])
callRecords = labels("callRecords", [
    ("recordId", ID), ("callingMsisdn", "TELEPHONE_NUMBER"), ("calledNumber", "TELEPHONE_NUMBER"),
    ("eventType", NON), ("startTime", "DATE"), ("durationSec", NON), ("cellId", NON), ("imei", "DEVICE_IDENTIFIER"),
    ("bytesUp", NON), ("bytesDown", NON), ("roaming", NON), ("chargeGbp", NON), ("causeCode", NON)])
rec = 900000000
t0 = dt.datetime(2025, 10, 1, 0, 0, 0)
for k in range(3200):
    rec += random.randint(1, 9)
    msisdn, imei = random.choice(subs[:60]) if random.random() < 0.5 else random.choice(subs)
    kind = random.choice(["MOC", "MOC", "MTC", "SMS-MO", "DATA", "DATA"])
    called = random.choice(subs)[0] if random.random() < 0.4 else "44%d%09d" % (random.choice([7, 20, 161, 113]) if False else 7, random.randint(0, 999999999))
    t = t0 + dt.timedelta(seconds=k * 240 + random.randint(0, 239))
    dur = random.randint(3, 1800) if kind in ("MOC", "MTC") else (0 if kind == "SMS-MO" else random.randint(60, 3600))
    callRecords.append([
        rec, msisdn, called if kind != "DATA" else "", kind, t.strftime("%Y-%m-%dT%H:%M:%SZ"), dur,
        random.choice(cell_ids), imei, random.randint(1000, 90000000) if kind == "DATA" else 0,
        random.randint(10000, 900000000) if kind == "DATA" else 0, random.choice(["N"] * 9 + ["Y"]),
        "%.2f" % (random.choice([0, 0, 0.05, 0.1, 0.35]) * max(1, dur // 60)), random.choice([16, 16, 16, 17, 31, 41])])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("callRecords.callingMsisdn", "subscribers.msisdn"), ("callRecords.cellId", "cells.cellId"),
       ("callRecords.imei", "subscribers.imei")]
doc = {"dataset": "telecom-cdr",
       "description": "Invented mobile-operator export with camelCase headers: 300 subscribers (MSISDN, IMSI, ICCID, "
                      "IMEI, PUK), 40 cells with tower coordinates, 3,200 call detail records keyed to the subscriber "
                      "by MSISDN and IMEI",
       "delimiter": ",", "entity": "subscribers", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

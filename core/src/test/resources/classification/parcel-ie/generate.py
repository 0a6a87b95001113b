#!/usr/bin/env python3
"""Writes parcel-ie: an invented parcel-carrier export for Ireland (consignments, scan events), pipe-separated,
dd-MMM-yyyy dates and ISO date-times, UPU S10 tracking numbers with valid check digits, Eircodes, GPS proof of delivery
to 6 decimals, handheld IMEIs (Luhn), safe-place notes naming neighbours (seeded, stdlib only). Scan events refer to the
consignment as `parcel`, to a courier by staff number."""
import csv, json, random, unicodedata
rnd = random.Random(70702)
GIVEN = ["Aoife", "Ciarán", "Siobhán", "Pádraig", "Niamh", "Oisín", "Gráinne", "Tadhg", "Saoirse", "Eoghan", "Caoimhe",
         "Donncha", "Róisín", "Fionnuala", "Cathal", "Orla", "Declan", "Sinéad", "Colm", "Bríd"]
FAMILY = ["Ó Súilleabháin", "Mac Carthaigh", "Byrne", "Kavanagh", "Fitzgerald", "Ní Bhriain", "O'Driscoll", "McGillycuddy",
          "Breathnach", "Lynch", "Doherty", "Keogh", "Moriarty", "Flanagan", "Cunningham", "Ó Ceallaigh", "Nagle", "Hennessy"]
TOWNS = [("Dublin 8", "D08", 53.339, -6.285), ("Cork", "T12", 51.897, -8.470), ("Galway", "H91", 53.274, -9.049),
         ("Limerick", "V94", 52.664, -8.623), ("Kilkenny", "R95", 52.654, -7.244), ("Tralee", "V92", 52.271, -9.700),
         ("Sligo", "F91", 54.277, -8.476), ("Drogheda", "A92", 53.718, -6.356)]
ROADS = ["Bóthar na Trá", "Main Street", "Church Road", "The Green", "Ashgrove Park", "Cois Abhann", "Father Griffin Road", "Mary Street"]
SENDERS = ["Wild Atlantic Outdoor Ltd", "Bookshelf.ie", "Clare Coffee Roasters", "Pharmabox Direct", "Emerald Tech Supplies"]
SERVICES = ["Standard", "Standard", "Next Day", "Signed For", "Click & Collect"]
DEPOTS = ["Dublin Hub", "Portlaoise Sort", "Cork Depot", "Galway Depot", "Limerick Depot"]
EVENTS = ["ACCEPTED", "IN_TRANSIT", "AT_DEPOT", "OUT_FOR_DELIVERY", "DELIVERED", "CARD_LEFT"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
EIR = "ACDEFHKNPRTVWXY0123456789"

def s10(prefix):
    n = [rnd.randint(0, 9) for _ in range(8)]
    c = 11 - sum(a * b for a, b in zip(n, [8, 6, 4, 2, 3, 5, 9, 7])) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%dIE" % (prefix, "".join(map(str, n)), c)

def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")

def imei():
    d = [3, 5] + [rnd.randint(0, 9) for _ in range(12)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return "".join(map(str, d)) + str((10 - s % 10) % 10)

couriers = [("C%04d" % rnd.randint(1000, 9999), imei()) for _ in range(14)]
cons, scans = [], []
for n in range(1100):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    town, rk, lat, lon = rnd.choice(TOWNS)
    day, mon = rnd.randint(1, 27), rnd.randint(1, 11)
    delivered = rnd.random() < 0.9
    nb = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    note = rnd.choice(["", "", "", "Leave in porch", "Behind the green bin", "Leave with neighbour %s at No. %d" % (nb, rnd.randint(1, 60)),
                       "Ring %s on 08%d %03d %04d if no answer" % (g, rnd.choice([3, 5, 6, 7]), rnd.randint(100, 999), rnd.randint(0, 9999)),
                       "Gate code 4471, dog is friendly"])
    trk = s10(rnd.choice(["RR", "CP", "LY", "EE"]))
    cons.append([trk, rnd.choice(SENDERS), "%s %s" % (g, f), "%d %s" % (rnd.randint(1, 140), rnd.choice(ROADS)), town,
                 "%s %s" % (rk, "".join(rnd.choice(EIR) for _ in range(4))),
                 "+353 8%d %03d %04d" % (rnd.choice([3, 5, 6, 7]), rnd.randint(100, 999), rnd.randint(0, 9999)),
                 "%s.%s%d@post.example" % (ascii_(g), ascii_(f), rnd.randint(1, 99)),
                 "%.2f" % rnd.uniform(0.1, 24), rnd.choice(SERVICES), "%.2f" % rnd.choice([0, 15, 25.5, 49.99, 120, 300]),
                 "%02d-%s-2026" % (day, MON[mon - 1]),
                 ("%02d-%s-2026" % (min(day + rnd.randint(1, 3), 28), MON[mon - 1])) if delivered else "",
                 "%.6f" % (lat + rnd.uniform(-0.02, 0.02)) if delivered else "", "%.6f" % (lon + rnd.uniform(-0.03, 0.03)) if delivered else "",
                 note, ("%s %s" % (rnd.choice([g, nb.split()[0]]), f)) if delivered and rnd.random() < 0.6 else ""])
    ev = EVENTS[:5] if delivered else EVENTS[:4] + ["CARD_LEFT"]
    for k, e in enumerate(ev[:rnd.randint(2, 5)]):
        cr = rnd.choice(couriers)
        scans.append([trk, "2026-%02d-%02dT%02d:%02d:%02d" % (mon, min(day + k // 2, 28), rnd.randint(6, 20), rnd.randint(0, 59), rnd.randint(0, 59)),
                      rnd.choice(DEPOTS), e, cr[0], cr[1]])
rnd.shuffle(scans)
scans = [[str(900000 + i)] + s for i, s in enumerate(scans[:3000])]
H1 = ["tracking_no", "sender", "recipient", "address_1", "town", "eircode", "recipient_phone", "recipient_email", "weight_kg",
      "service", "declared_value_eur", "posted", "delivered", "pod_lat", "pod_lon", "safe_place", "signed_by"]
H2 = ["scan_id", "parcel", "scanned_at", "depot", "event", "courier", "handheld"]
for name, head, rows in (("consignments", H1, cons), ("scans", H2, scans)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(head); w.writerows(rows)
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NAME", "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "GEOCOORDINATE", "GEOCOORDINATE", "FREE_TEXT", "NAME"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DEVICE_IDENTIFIER"]
cols = {"consignments." + h: l for h, l in zip(H1, L1)}
cols.update({"scans." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "parcel-ie",
        "description": "Invented Irish parcel-carrier export, '|', dd-MMM-yyyy and ISO date-times: 1,100 consignments (UPU S10 tracking numbers with valid check digits, recipient names with Irish-language spellings, Eircodes, +353 mobiles, GPS proof of delivery, safe-place notes naming neighbours, signed-by names), 3,000 scan events referring to the consignment as parcel, courier staff numbers and handheld IMEIs (Luhn)",
        "delimiter": "|", "entity": "consignments", "columns": cols,
        "foreignKeys": [{"column": "scans.parcel", "references": "consignments.tracking_no"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

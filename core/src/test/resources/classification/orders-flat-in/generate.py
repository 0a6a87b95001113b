#!/usr/bin/env python3
"""Writes orders-flat-in: an invented Indian e-commerce order-line export, one denormalised comma-separated table where
the customer's data (name, mobile, e-mail, Aadhaar with Verhoeff check digit, PAN, UPI id, date of birth, address, PIN
code) repeats on every line of every order; dates yyyyMMdd; no separate customer table (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(70704)
GIVEN = ["Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Ishita", "Rohan", "Kavya", "Siddharth", "Meenakshi", "Venkatesh",
         "Lakshmi", "Harpreet", "Farhan", "Sneha", "Pranav", "Aishwarya", "Rajesh", "Tanvi", "Subramaniam"]
FAMILY = ["Sharma", "Iyer", "Reddy", "Nair", "Chatterjee", "Banerjee", "Patel", "Deshpande", "Kulkarni", "Menon",
          "Gupta", "Mukherjee", "Pillai", "Rao", "Joshi", "Siddiqui", "Kaur", "Venkataraman"]
CITIES = [("Bengaluru", "Karnataka", "560"), ("Chennai", "Tamil Nadu", "600"), ("Pune", "Maharashtra", "411"),
          ("Kolkata", "West Bengal", "700"), ("Hyderabad", "Telangana", "500"), ("Ahmedabad", "Gujarat", "380"),
          ("Kochi", "Kerala", "682"), ("Lucknow", "Uttar Pradesh", "226")]
STREETS = ["MG Road", "12th Main, Indiranagar", "Anna Salai", "FC Road, Shivajinagar", "Salt Lake Sector V", "Banjara Hills Road No. 3",
           "CG Road, Navrangpura", "Marine Drive", "Hazratganj"]
PRODUCTS = [("SKU-ELC-1041", "Boat Rockerz 450 headphones", "Electronics", 1499), ("SKU-KIT-2210", "Prestige pressure cooker 5L", "Kitchen", 2199),
            ("SKU-FSH-3302", "Cotton kurta, indigo, L", "Fashion", 899), ("SKU-BKS-0007", "Wings of Fire (paperback)", "Books", 299),
            ("SKU-GRC-5521", "Basmati rice 5kg", "Grocery", 645), ("SKU-ELC-1188", "USB-C charger 33W", "Electronics", 999),
            ("SKU-BTY-7710", "Ayurvedic hair oil 200ml", "Beauty", 249), ("SKU-TOY-8800", "Wooden chess set", "Toys", 1250)]
UPI = ["okhdfcbank", "oksbi", "okicici", "ybl", "paytm", "axl"]
# Verhoeff tables
D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
     [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,7,6,8,0],
     [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
INV = [0,4,3,2,1,5,6,7,8,9]

def aadhaar():
    d = [rnd.randint(2, 9)] + [rnd.randint(0, 9) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(d)):
        c = D[c][P[(i + 1) % 8][x]]
    n = "".join(map(str, d)) + str(INV[c])
    return "%s %s %s" % (n[:4], n[4:8], n[8:])

def pan(f):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "P" + f[0] + "%04d" % rnd.randint(1, 9999) + rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

custs = []
for n in range(320):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    city, state, pin = rnd.choice(CITIES)
    y = rnd.choice([rnd.randint(1928, 1935)] + [rnd.randint(1950, 2006)] * 9)
    custs.append(["%s %s" % (g, f), "+91 %d%04d %05d" % (rnd.choice([6, 7, 8, 9]), rnd.randint(0, 9999), rnd.randint(0, 99999)),
                  "%s.%s%d@mail.example" % (g.lower(), f.lower(), rnd.randint(1, 999)), aadhaar(), pan(f),
                  "%s%s%d@%s" % (g.lower(), f.lower()[:3], rnd.randint(10, 99), rnd.choice(UPI)), "%04d%02d%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28)),
                  "%s/%d, %s" % (rnd.choice(["Flat 3B", "No. 14", "Plot 221", "H.No. 8-2-293", "Door 47"]), rnd.randint(1, 40), rnd.choice(STREETS)),
                  city, state, "%s%03d" % (pin, rnd.randint(1, 99))])
rows = []
oid = 40800000
while len(rows) < 2600:
    c = rnd.choice(custs)
    oid += rnd.randint(1, 40)
    day = "2026%02d%02d" % (rnd.randint(1, 11), rnd.randint(1, 28))
    pay = rnd.choice(["UPI", "UPI", "COD", "Card", "NetBanking"])
    note = rnd.choice(["", "", "", "Call before delivery", "Leave with security guard", "Deliver to %s %s (sister)" % (rnd.choice(GIVEN), c[0].split()[1]),
                       "Gift for %s, no invoice in box" % rnd.choice(GIVEN), "Call %s on %s" % (c[0].split()[0], c[1])])
    for ln, (sku, name, cat, price) in enumerate(rnd.sample(PRODUCTS, rnd.randint(1, 3)), 1):
        q = rnd.choice([1, 1, 1, 2, 3])
        rows.append(["OD%d" % oid, str(ln), day, c[0], c[1], c[2], c[3], c[4], c[6], c[7], c[8], c[9], c[10], sku, name, cat, str(q),
                     "%.2f" % price, "%.2f" % (price * q * 1.18), pay, c[5] if pay == "UPI" else "", note,
                     rnd.choice(["DELIVERED", "DELIVERED", "DELIVERED", "RTO", "CANCELLED"])])
H = ["order_id", "line_no", "order_date", "customer_name", "mobile", "email", "aadhaar_no", "pan", "dob", "ship_address", "city",
     "state", "pincode", "sku", "product", "category", "qty", "unit_price", "line_total_incl_gst", "payment_mode", "upi_vpa",
     "delivery_instructions", "status"]
with open("order_lines.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(H); w.writerows(rows)
LAB = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NAME", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "NATIONAL_ID",
       "DATE_OF_BIRTH", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "FREE_TEXT", "NON_IDENTIFYING"]
gold = {"dataset": "orders-flat-in",
        "description": "Invented Indian e-commerce order-line export, one denormalised comma-separated table of 2,600 lines (320 customers, ~1,300 orders): the customer's name, +91 mobile, e-mail, Aadhaar (Verhoeff), PAN, date of birth (yyyyMMdd, some before 1936), address, city, state and PIN code repeat on every line; UPI VPAs; delivery instructions naming relatives and phones; GST-inclusive totals",
        "delimiter": ",", "entity": "order_lines", "columns": {"order_lines." + h: l for h, l in zip(H, LAB)}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

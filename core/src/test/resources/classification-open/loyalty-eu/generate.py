#!/usr/bin/env python3
"""Writes loyalty-eu: an invented pan-European retailer's loyalty programme export (members 49 columns wide, orders,
order_lines, returns), `,`, ISO dates and UTC timestamps, English headers (seeded, stdlib only). Loyalty card numbers
and payment card PANs pass Luhn, IBANs (DE, FR, NL, IT, ES) pass mod-97, EANs carry the EAN-13 check digit; bcrypt-
shaped password hashes, last-login IPs, referral codes and a self-referencing `referred_by`; consent flags, category
preferences and ten monthly spend columns; product vocabulary; returns handled by named agents with notes naming
neighbours."""
import csv, json, random, datetime, string
rnd = random.Random(90904)
GIVEN = ["Oliver", "Charlotte", "Lukas", "Léa", "Daan", "Giulia", "Mateo", "Hannah", "Jules", "Chiara", "Finn", "Inès",
         "Pablo", "Marta", "Niamh", "Tomasz", "Sophie", "Leon", "Amélie", "Bram"]
FAMILY = ["Müller", "Schmidt", "Dubois", "Lefèvre", "de Vries", "Jansen", "Rossi", "Bianchi", "García", "Fernández",
          "O'Brien", "Murphy", "Kowalczyk", "Wagner", "Moreau", "Visser", "Esposito", "Navarro", "Becker", "Bakker"]
COUNTRIES = [("DE", "de", "+49", ["Berlin", "München", "Hamburg", "Köln"], "%05d", ["Hauptstraße", "Lindenallee", "Bahnhofstraße"]),
             ("FR", "fr", "+33", ["Paris", "Lyon", "Lille", "Nantes"], "%05d", ["rue de la Paix", "avenue Jean Jaurès", "rue Victor Hugo"]),
             ("NL", "nl", "+31", ["Amsterdam", "Utrecht", "Rotterdam"], "NL", ["Prinsengracht", "Dorpsstraat", "Kerkweg"]),
             ("IT", "it", "+39", ["Milano", "Roma", "Torino", "Bologna"], "%05d", ["Via Roma", "Corso Italia", "Via Garibaldi"]),
             ("ES", "es", "+34", ["Madrid", "Barcelona", "Valencia", "Sevilla"], "%05d", ["Calle Mayor", "Gran Vía", "Calle del Sol"])]
BBAN = {"DE": (18, ""), "FR": (23, ""), "NL": (14, "ABNA"), "IT": (23, "X"), "ES": (20, "")}
STORES = ["Berlin Alexanderplatz", "Paris Les Halles", "Amsterdam Kalverstraat", "Milano Duomo", "Madrid Sol", "Online"]
PRODUCTS = [("Merino crew jumper", "Knitwear", 59.95), ("Slim fit chinos", "Trousers", 39.95), ("Organic cotton T-shirt", "Tops", 12.99),
            ("Waterproof parka", "Outerwear", 129.0), ("Leather Chelsea boots", "Footwear", 89.5), ("Running shoes Aero 3", "Footwear", 99.99),
            ("Linen duvet cover", "Home", 49.0), ("Ceramic mug set (4)", "Home", 19.95), ("Bluetooth earbuds X2", "Electronics", 79.0),
            ("USB-C charger 65W", "Electronics", 34.9), ("Vitamin C serum 30ml", "Beauty", 24.5), ("Yoga mat 6mm", "Sports", 29.99),
            ("Kids raincoat", "Kidswear", 27.5), ("Wooden train set", "Toys", 44.0), ("Paperback: The Long Winter", "Books", 11.99)]
SIZES = {"Knitwear": ["S", "M", "L", "XL"], "Trousers": ["30/32", "32/32", "34/34"], "Tops": ["XS", "S", "M", "L"],
         "Outerwear": ["M", "L"], "Footwear": ["39", "41", "42", "44"], "Kidswear": ["110", "122", "134"]}
COLOURS = ["navy", "black", "oat", "forest green", "white", "rust"]
AGENTS = ["Sandra Weiß", "Karim Benali", "Joost Hendriks", "Francesca Leone", "Aoife Kelly"]
SEGMENTS = ["Deal hunter", "Loyal regular", "Lapsed", "New", "Big spender"]

def luhn(base):
    total = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)

def iban(cc):
    n, bank = BBAN[cc]
    bban = bank + "".join(rnd.choice(string.digits) for _ in range(n - len(bank)))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)

def ean(i):
    base = "40%010d" % (1234567 + i * 7919)
    s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(base))
    return base + str((10 - s % 10) % 10)

def money(x):
    return "%.2f" % x

members = []
for i in range(350):
    cc, lang, prefix, cities, pcfmt, streets = rnd.choice(COUNTRIES)
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    born = datetime.date(rnd.randint(1934, 2007), rnd.randint(1, 12), rnd.randint(1, 28))
    brand = rnd.choice(["Visa", "Mastercard", "Visa", "Amex"])
    pan = luhn(("4" if brand == "Visa" else "5" + str(rnd.randint(1, 5)) if brand == "Mastercard" else "3" + rnd.choice("47")) + "".join(rnd.choice(string.digits) for _ in range(14 if brand != "Amex" else 12))[:(15 if brand != "Amex" else 14) - 1])
    pc = "%04d %s%s" % (rnd.randint(1011, 9999), rnd.choice("ABCDEFGHJKLMNPRSTVWXZ"), rnd.choice("ABCDEFGHJKLMNPRSTVWXZ")) if pcfmt == "NL" else pcfmt % rnd.randint(1000, 99999)
    m = {"member_no": "LM%07d" % (4000000 + i * 113), "loyalty_card": luhn("6033" + "%011d" % rnd.randint(0, 10 ** 11 - 1)),
         "title": rnd.choice(["Mr", "Ms", "Mrs", "Mx", "Dr"]), "first_name": g, "last_name": f,
         "email": "%s.%s%d@mail.example" % (g.lower().replace("é", "e").replace("è", "e"), f.lower().replace(" ", "").replace("'", "").replace("ü", "ue").replace("è", "e").replace("á", "a"), rnd.randint(1, 99)),
         "mobile": "%s %d %07d" % (prefix, rnd.randint(6, 7) if cc in ("FR", "NL") else rnd.randint(151, 179) if cc == "DE" else rnd.randint(320, 399) if cc == "IT" else rnd.randint(600, 699), rnd.randint(0, 9999999)),
         "date_of_birth": born.isoformat(), "gender": rnd.choice(["F", "M", "F", "M", "X"]),
         "street": "%s %d" % (rnd.choice(streets), rnd.randint(1, 180)) if cc in ("DE", "NL") else "%d %s" % (rnd.randint(1, 180), rnd.choice(streets)) if cc == "FR" else "%s, %d" % (rnd.choice(streets), rnd.randint(1, 180)),
         "city": rnd.choice(cities), "postcode": pc, "country": cc, "preferred_language": lang,
         "iban": iban(cc), "payment_card": pan, "card_brand": brand,
         "tier": rnd.choice(["Bronze"] * 5 + ["Silver"] * 3 + ["Gold", "Platinum"]), "points_balance": str(rnd.randint(0, 48000)),
         "joined": datetime.date(rnd.randint(2015, 2026), rnd.randint(1, 11), rnd.randint(1, 28)).isoformat(),
         "last_login_ip": "%d.%d.%d.%d" % (rnd.choice([31, 46, 78, 82, 93, 151, 176, 213]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
         "password_hash": "$2b$12$" + "".join(rnd.choice(string.ascii_letters + string.digits + "./") for _ in range(53)),
         "referral_code": "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)),
         "referred_by": rnd.choice(members)["member_no"] if members and rnd.random() < 0.25 else ""}
    for k in ("email", "sms", "post", "profiling"):
        m["consent_" + k] = rnd.choice(["yes", "yes", "no"])
    for k in ("fashion", "footwear", "home", "electronics", "beauty", "sports", "kids", "books"):
        m["pref_" + k] = rnd.choice(["true", "false", "false"])
    for mo in range(1, 11):
        m["spend_2026_%02d" % mo] = money(rnd.choice([0, 0, rnd.uniform(5, 400)]))
    m["churn_score"] = "%.2f" % rnd.random()
    m["segment"] = rnd.choice(SEGMENTS)
    m["favourite_store"] = rnd.choice(STORES)
    members.append(m)
orders, lines, returns = [], [], []
for m in members:
    for k in range(rnd.choice([0, 1, 2, 3, 4, 5, 8])):
        placed = datetime.datetime(2025, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 700 * 24 * 60))
        on = "ORD-%08d" % (10000000 + len(orders) * 37)
        sub = 0.0
        for j in range(rnd.choice([1, 1, 2, 3, 4])):
            pi = rnd.randrange(len(PRODUCTS))
            name, cat, price = PRODUCTS[pi]
            q = rnd.choice([1, 1, 1, 2, 3])
            sub += q * price
            lines.append({"line_id": str(len(lines) + 1), "order_no": on, "sku": "SKU-%s-%03d" % (cat[:3].upper(), pi * 11),
                          "ean": ean(pi), "product_name": name, "category": cat,
                          "size": rnd.choice(SIZES.get(cat, ["one size"])), "colour": rnd.choice(COLOURS),
                          "qty": str(q), "unit_price": money(price), "vat_rate": rnd.choice(["19", "20", "21", "22", "21"]) if cat != "Books" else "7"})
        disc = sub * rnd.choice([0, 0, 0.1, 0.2])
        ship = 0 if sub > 50 else 4.95
        orders.append({"order_no": on, "member_no": m["member_no"], "placed_at": placed.strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "channel": rnd.choice(["web", "app", "app", "store"]), "store": rnd.choice(STORES),
                       "currency": "EUR", "subtotal": money(sub), "discount": money(disc), "shipping": money(ship),
                       "total": money(sub - disc + ship), "payment_method": rnd.choice(["card", "card", "PayPal", "iDEAL", "Klarna", "gift card"]),
                       "voucher": rnd.choice(["", "", "", "WINTER10", "WELCOME20", "BDAY15"]),
                       "delivery_address": "%s, %s %s" % (m["street"], m["postcode"], m["city"]) if rnd.random() < 0.7 else "Click & Collect",
                       "status": rnd.choice(["delivered"] * 6 + ["returned", "cancelled", "in transit"])})
        if orders[-1]["status"] == "returned" or rnd.random() < 0.03:
            note = rnd.choice(["Wrong size", "Arrived damaged", "Parcel left with neighbour %s %s, customer never received it" % (rnd.choice(["Mrs", "Mr"]), rnd.choice(FAMILY)),
                               "Customer %s called twice, refund to card" % m["last_name"], "Colour differs from photo", ""])
            returns.append({"return_no": "RMA%06d" % (len(returns) * 17 + 500), "order_no": on,
                            "requested": (placed + datetime.timedelta(days=rnd.randint(3, 30))).date().isoformat(),
                            "reason_code": rnd.choice(["R01", "R02", "R03", "R07"]), "note": note,
                            "handled_by": rnd.choice(AGENTS), "refund_amount": money(sub * rnd.choice([1, 0.5])),
                            "refund_iban": m["iban"] if rnd.random() < 0.3 else ""})

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("members", members); write("orders", orders); write("order_lines", lines); write("returns", returns)
L = {"members.member_no": "OTHER_UNIQUE_IDENTIFIER", "members.loyalty_card": "ACCOUNT_NUMBER", "members.title": "NON_IDENTIFYING",
     "members.first_name": "GIVEN_NAME", "members.last_name": "FAMILY_NAME", "members.email": "EMAIL_ADDRESS",
     "members.mobile": "TELEPHONE_NUMBER", "members.date_of_birth": "DATE_OF_BIRTH", "members.gender": "NON_IDENTIFYING",
     "members.street": "STREET_ADDRESS", "members.city": "CITY", "members.postcode": "ZIP_CODE", "members.country": "NON_IDENTIFYING",
     "members.preferred_language": "NON_IDENTIFYING", "members.iban": "IBAN", "members.payment_card": "CREDIT_CARD_NUMBER",
     "members.card_brand": "NON_IDENTIFYING", "members.tier": "NON_IDENTIFYING", "members.points_balance": "NON_IDENTIFYING",
     "members.joined": "DATE", "members.last_login_ip": "IP_ADDRESS", "members.password_hash": "CREDENTIAL",
     "members.referral_code": "OTHER_UNIQUE_IDENTIFIER", "members.referred_by": "OTHER_UNIQUE_IDENTIFIER",
     "members.churn_score": "NON_IDENTIFYING", "members.segment": "NON_IDENTIFYING", "members.favourite_store": "NON_IDENTIFYING",
     "orders.order_no": "OTHER_UNIQUE_IDENTIFIER", "orders.member_no": "OTHER_UNIQUE_IDENTIFIER", "orders.placed_at": "DATE",
     "orders.channel": "NON_IDENTIFYING", "orders.store": "NON_IDENTIFYING", "orders.currency": "NON_IDENTIFYING",
     "orders.subtotal": "NON_IDENTIFYING", "orders.discount": "NON_IDENTIFYING", "orders.shipping": "NON_IDENTIFYING",
     "orders.total": "NON_IDENTIFYING", "orders.payment_method": "NON_IDENTIFYING", "orders.voucher": "NON_IDENTIFYING",
     "orders.delivery_address": "STREET_ADDRESS", "orders.status": "NON_IDENTIFYING",
     "order_lines.line_id": "OTHER_UNIQUE_IDENTIFIER", "order_lines.order_no": "OTHER_UNIQUE_IDENTIFIER", "order_lines.sku": "NON_IDENTIFYING",
     "order_lines.ean": "NON_IDENTIFYING", "order_lines.product_name": "NON_IDENTIFYING", "order_lines.category": "NON_IDENTIFYING",
     "order_lines.size": "NON_IDENTIFYING", "order_lines.colour": "NON_IDENTIFYING", "order_lines.qty": "NON_IDENTIFYING",
     "order_lines.unit_price": "NON_IDENTIFYING", "order_lines.vat_rate": "NON_IDENTIFYING",
     "returns.return_no": "OTHER_UNIQUE_IDENTIFIER", "returns.order_no": "OTHER_UNIQUE_IDENTIFIER", "returns.requested": "DATE",
     "returns.reason_code": "NON_IDENTIFYING", "returns.note": "FREE_TEXT", "returns.handled_by": "NAME",
     "returns.refund_amount": "NON_IDENTIFYING", "returns.refund_iban": "IBAN"}
for k in ("email", "sms", "post", "profiling"):
    L["members.consent_" + k] = "NON_IDENTIFYING"
for k in ("fashion", "footwear", "home", "electronics", "beauty", "sports", "kids", "books"):
    L["members.pref_" + k] = "NON_IDENTIFYING"
for mo in range(1, 11):
    L["members.spend_2026_%02d" % mo] = "NON_IDENTIFYING"
L = {k: L[k] for k in sorted(L, key=lambda k: (["members", "orders", "order_lines", "returns"].index(k.split(".")[0]),
                                                  list(({"members": members, "orders": orders, "order_lines": lines, "returns": returns}[k.split(".")[0]])[0]).index(k.split(".")[1])))}
gold = {"dataset": "loyalty-eu",
        "description": "Invented pan-European retailer loyalty export, `,`, ISO dates, UTC timestamps: 350 members in a 49-column table (member numbers, loyalty card numbers and payment card PANs passing Luhn, names, e-mail, +49/+33/+31/+39/+34 mobiles, birth dates back to 1934, street, city, postcode, country, language, IBANs passing mod-97, card brand, tier, points, join date, last-login IP, bcrypt-shaped password hashes, referral codes, self-referencing referred_by, 4 consent flags, 8 category preferences, 10 monthly spend columns, churn score, segment, favourite store), %d orders (channel, store, amounts, payment method, voucher, delivery address, status), %d order lines (SKU, EAN-13, product name, category, size, colour, quantity, price, VAT rate), %d returns (date, reason code, notes naming neighbours and customers, agent's name, refund amount and IBAN)" % (len(orders), len(lines), len(returns)),
        "delimiter": ",", "entity": "members", "columns": L,
        "foreignKeys": [{"column": "orders.member_no", "references": "members.member_no"},
                        {"column": "order_lines.order_no", "references": "orders.order_no"},
                        {"column": "returns.order_no", "references": "orders.order_no"},
                        {"column": "members.referred_by", "references": "members.member_no"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

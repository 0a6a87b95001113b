#!/usr/bin/env python3
"""Writes stripe-charges: an invented Stripe dashboard export of a US software shop (seeded, stdlib only): customers.csv
(the Customers export: cus_ ids, e-mail, name, phone, shipping address, plan, metadata), unified_payments.csv (the
Payments export: ch_/py_ ids, Customer ID, Customer Email, Card ID/Last4/Brand/Funding/Exp Month/Exp Year/Name,
card billing address, Card Fingerprint, AVS/CVC checks, dispute fields, Invoice ID/Number, PaymentIntent ID and
metadata columns `order_id (metadata)`, `customer_ip (metadata)`, `plan (metadata)`) and disputes.csv (the Disputes
export). Some charges are guest checkouts (no Customer ID). Coincidences: the plan `Sterling` and a town Sterling,
the surname Sterling; a customer named Madison and the town Madison."""
import csv, json, random, datetime, string
rnd = random.Random(491201)
B62 = string.ascii_letters + string.digits
def sid(prefix, n=24):
    return prefix + "".join(rnd.choice(B62) for _ in range(n))
GIVEN = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Daniel", "Ashley", "Tyler",
         "Brianna", "Kevin", "Megan", "Jose", "Maria", "Wei", "Priya", "Madison", "Austin", "Caleb", "Hannah", "Tanisha",
         "DeShawn", "Olga", "Nguyen", "Ahmed", "Fatima", "Connor", "Grace"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
          "Lopez", "Wilson", "Anderson", "Thomas", "Nguyen", "Patel", "Kowalski", "O'Brien", "Sterling", "Washington",
          "Okafor", "Schmidt", "Yamamoto", "Castillo", "Friedman", "Baptiste"]
TOWNS = [("Madison", "WI", "537"), ("Sterling", "VA", "201"), ("Austin", "TX", "787"), ("Portland", "OR", "972"),
         ("Columbus", "OH", "432"), ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Tucson", "AZ", "857"),
         ("Burlington", "VT", "054"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"), ("Springfield", "IL", "627"),
         ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Dayton", "OH", "454"), ("Provo", "UT", "846")]
AREA = {"WI": "608", "VA": "703", "TX": "512", "OR": "503", "OH": "614", "NC": "919", "ID": "208", "AZ": "520",
        "VT": "802", "CA": "559", "NE": "402", "IL": "217", "WA": "253", "GA": "912", "UT": "801"}
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Elm St", "Washington Blvd", "Park Pl", "Lakeview Rd",
           "Sunset Ave", "Hillcrest Dr", "Jefferson St", "Pine Ct", "Meadow Way", "River Rd"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com", "aol.com"]
PLANS = [("Starter", 19), ("Growth", 49), ("Sterling", 99), ("Enterprise", 299)]
BRANDS = [("Visa", 0.52), ("MasterCard", 0.27), ("American Express", 0.13), ("Discover", 0.08)]

def street():
    return "%d %s" % (rnd.randint(10, 9899), rnd.choice(STREETS))
def phone(st, style):
    n = "%s%d%02d%04d" % (AREA[st], rnd.randint(2, 9), rnd.randint(20, 99), rnd.randint(0, 9999))
    return "+1" + n if style == 0 else "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")
def brand():
    x = rnd.random(); acc = 0
    for b, p in BRANDS:
        acc += p
        if x < acc:
            return b
    return BRANDS[-1][0]

start = datetime.datetime(2024, 1, 2, 8, 0, 0)
customers, cards, people = [], [], []
for i in range(340):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    town, st, z3 = rnd.choice(TOWNS)
    zipc = z3 + "%02d" % rnd.randint(1, 99)
    email = rnd.choice(["%s.%s", "%s%s", "%s_%s%d"]).replace("%d", str(rnd.randint(1, 99))) % (g.lower(), f.lower().replace("'", "")) + "@" + rnd.choice(DOMAINS)
    created = start + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 600), seconds=rnd.randint(0, 59))
    cid = sid("cus_", 14)
    plan = rnd.choice(PLANS)
    desc = rnd.choice(["%s %s" % (g, f), "%s %s" % (g, f), "", "Customer for %s" % email])
    addr = street(); line2 = rnd.choice(["", "", "", "Apt %d" % rnd.randint(1, 40), "Suite %d" % rnd.randint(100, 450)])
    card = sid("card_")
    b = brand()
    last4 = "%04d" % rnd.randint(0, 9999)
    fpr = "".join(rnd.choice(B62) for _ in range(16))
    exp = (rnd.randint(1, 12), rnd.randint(2025, 2031))
    vat = "" if rnd.random() < 0.93 else "US%09d" % rnd.randint(10 ** 8, 10 ** 9 - 1)
    has_ship = rnd.random() < 0.7
    customers.append([cid, desc, email, "%s %s" % (g, f), ts(created), card, rnd.choice(["false"] * 12 + ["true"]), vat,
                      plan[0].lower() + "-monthly", rnd.choice(["active"] * 8 + ["past_due", "canceled", "trialing"]),
                      rnd.choice(["false"] * 5 + ["true"]), "%.2f" % rnd.choice([0, 0, 0, 0, -19.0, 12.5]), "usd",
                      phone(st, rnd.choice([0, 0, 1])) if rnd.random() < 0.8 else "",
                      "%s %s" % (g, f) if has_ship else "", addr if has_ship else "", line2 if has_ship else "",
                      town if has_ship else "", st if has_ship else "", "US" if has_ship else "", zipc if has_ship else "",
                      rnd.choice(["none"] * 9 + ["exempt"]), str(rnd.randint(10000, 99999)),
                      rnd.choice(["web", "web", "referral", "partner", "sales"])])
    people.append(dict(cid=cid, g=g, f=f, email=email, desc=desc, card=card, brand=b, last4=last4, fpr=fpr, exp=exp,
                       addr=addr, line2=line2, town=town, st=st, zip=zipc, plan=plan, created=created))
CUST_H = ["id", "Description", "Email", "Name", "Created (UTC)", "Card ID", "Delinquent", "Business Vat ID", "Plan",
          "Status", "Cancel At Period End", "Account Balance", "Currency", "Phone", "Shipping Name",
          "Shipping Address Line1", "Shipping Address Line2", "Shipping Address City", "Shipping Address State",
          "Shipping Address Country", "Shipping Address Postal Code", "Tax Exempt", "user_id (metadata)",
          "signup_source (metadata)"]

PAY_H = ["id", "Description", "Seller Message", "Created (UTC)", "Amount", "Amount Refunded", "Currency",
         "Converted Amount", "Converted Amount Refunded", "Fee", "Tax", "Converted Currency", "Mode", "Status",
         "Statement Descriptor", "Customer ID", "Customer Description", "Customer Email", "Captured", "Card ID",
         "Card Last4", "Card Brand", "Card Funding", "Card Exp Month", "Card Exp Year", "Card Name",
         "Card Address Line1", "Card Address Line2", "Card Address City", "Card Address State", "Card Address Country",
         "Card Address Zip", "Card Issue Country", "Card Fingerprint", "Card CVC Status", "Card AVS Zip Status",
         "Card AVS Line1 Status", "Card Tokenization Method", "Disputed Amount", "Dispute Status", "Dispute Reason",
         "Dispute Date (UTC)", "Invoice ID", "Invoice Number", "Payment Source Type", "PaymentIntent ID",
         "order_id (metadata)", "customer_ip (metadata)", "plan (metadata)"]
payments, disputes = [], []
order_no = 100400
inv_prefix = {p["cid"]: "".join(rnd.choice(string.ascii_uppercase + string.digits) for _ in range(8)) for p in people}
inv_count = {}
for k in range(1850):
    guest = rnd.random() < 0.08
    if guest:
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        town, st, z3 = rnd.choice(TOWNS)
        p = dict(cid="", g=g, f=f, email="%s.%s@%s" % (g.lower(), f.lower().replace("'", ""), rnd.choice(DOMAINS)), desc="",
                 card=sid("card_"), brand=brand(), last4="%04d" % rnd.randint(0, 9999),
                 fpr="".join(rnd.choice(B62) for _ in range(16)), exp=(rnd.randint(1, 12), rnd.randint(2025, 2031)),
                 addr=street(), line2="", town=town, st=st, zip=z3 + "%02d" % rnd.randint(1, 99), plan=rnd.choice(PLANS),
                 created=start)
    else:
        p = rnd.choice(people)
    when = max(p["created"], start) + datetime.timedelta(minutes=rnd.randint(5, 60 * 24 * 330), seconds=rnd.randint(0, 59))
    amount = p["plan"][1] if not guest else rnd.choice([29, 59, 149, 12.5])
    status = rnd.choice(["Paid"] * 17 + ["Failed", "Refunded"])
    failed = status == "Failed"
    refunded = amount if status == "Refunded" else 0
    tax = round(amount * 0.0725, 2) if rnd.random() < 0.4 else 0
    fee = round(amount * 0.029 + 0.30, 2)
    has_inv = not guest and rnd.random() < 0.85
    inv_no = ""
    if has_inv:
        inv_count[p["cid"]] = inv_count.get(p["cid"], 0) + 1
        inv_no = "%s-%04d" % (inv_prefix[p["cid"]], inv_count[p["cid"]])
    order_no += rnd.randint(1, 4)
    chid = sid(rnd.choice(["ch_"] * 9 + ["py_"]))
    tok = rnd.choice([""] * 7 + ["apple_pay", "google_pay", "link"])
    disputed = status == "Paid" and rnd.random() < 0.018
    dstatus = dreason = ddate = ""
    if disputed:
        dwhen = when + datetime.timedelta(days=rnd.randint(8, 60), minutes=rnd.randint(0, 1440))
        dstatus = rnd.choice(["needs_response", "under_review", "won", "lost"])
        dreason = rnd.choice(["fraudulent", "product_not_received", "subscription_canceled", "duplicate", "general"])
        ddate = ts(dwhen)
        disputes.append([sid("dp_"), ts(dwhen), "%.2f" % amount, "usd", dreason, dstatus, chid,
                         ts(dwhen + datetime.timedelta(days=rnd.choice([7, 9, 14]))).split(" ")[0] + " 23:59:59",
                         p["email"], rnd.choice(["", "", "Customer claims no authorization", "Duplicate charge per cardholder"]),
                         rnd.choice(["true", "false"])])
    card_name = "%s %s" % (p["g"], p["f"]) if rnd.random() < 0.75 else ""
    ip = "%d.%d.%d.%d" % (rnd.choice([24, 47, 68, 73, 98, 107, 174, 184]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))
    payments.append([chid, rnd.choice(["Subscription creation", "Subscription update", "Payment for Invoice", "Payment for Invoice"]) if has_inv else rnd.choice(["", "Charge for order", "One-time setup fee"]),
                     "Payment complete." if not failed else rnd.choice(["The bank did not return any further details with this decline.", "The bank returned the decline code `insufficient_funds`.", "The card has expired."]),
                     ts(when), "%.2f" % amount, "%.2f" % refunded, "usd", "%.2f" % amount, "%.2f" % refunded, "%.2f" % (0 if failed else fee),
                     "%.2f" % tax, "usd", "Live", status, "NIMBUSDESK* %s" % p["plan"][0].upper(),
                     p["cid"], p["desc"], p["email"], "false" if failed else "true", p["card"], p["last4"], p["brand"],
                     rnd.choice(["credit", "credit", "debit", "prepaid"]), str(p["exp"][0]), str(p["exp"][1]), card_name,
                     p["addr"], p["line2"], p["town"], p["st"], "US", p["zip"], "US", p["fpr"],
                     rnd.choice(["pass"] * 9 + ["unavailable"]), rnd.choice(["pass"] * 8 + ["fail", "unavailable"]),
                     rnd.choice(["pass"] * 7 + ["fail", "unavailable", "unchecked"]), tok,
                     "%.2f" % amount if disputed else "", dstatus, dreason, ddate,
                     sid("in_") if has_inv else "", inv_no, "card", sid("pi_"),
                     str(order_no) if not has_inv else "", ip if rnd.random() < 0.6 else "", p["plan"][0]])
payments.sort(key=lambda r: r[3], reverse=True)  # the dashboard exports newest first
DISP_H = ["id", "Created (UTC)", "Amount", "Currency", "Reason", "Status", "Charge ID", "Evidence Due By (UTC)",
          "Customer Email", "Evidence Details", "Is Charge Refundable"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("customers", CUST_H, customers)
write("unified_payments", PAY_H, payments)
write("disputes", DISP_H, disputes)

L = {"customers": dict(zip(CUST_H, ["OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "NAME", "DATE",
        "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NAME", "STREET_ADDRESS",
        "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING",
        "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"])),
     "unified_payments": dict(zip(PAY_H, ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
        "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NAME",
        "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "ZIP_CODE",
        "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER",
        "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
        "IP_ADDRESS", "NON_IDENTIFYING"])),
     "disputes": dict(zip(DISP_H, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE", "EMAIL_ADDRESS", "FREE_TEXT",
        "NON_IDENTIFYING"]))}
cols = {}
for t, h in (("customers", CUST_H), ("unified_payments", PAY_H), ("disputes", DISP_H)):
    assert len(L[t]) == len(h)
    for c in h:
        cols[t + "." + c] = L[t][c]
gold = {"dataset": "stripe-charges",
        "description": "Invented Stripe dashboard export of a US software shop, ',': 340 customers (cus_ ids, Description = name, 'Customer for <e-mail>' or empty, e-mail, name, E.164 or (NNN) NNN-NNNN phone, shipping address, plan, user_id and signup_source metadata), 1850 payments newest first (ch_/py_ ids, Customer ID empty for guest checkouts, Customer Description/Email, Card ID, Last4, Brand, Funding, Exp Month/Year, cardholder name and billing address, Card Fingerprint, AVS/CVC results, dispute fields, in_ Invoice ID and Invoice Number PREFIX-0001, pi_ PaymentIntent ID, order_id/customer_ip/plan metadata) and the disputes export. Card Last4 and expiry are QUASI_IDENTIFIER (as masked_pan/expiry of card-txn); Card Fingerprint (a hash of one card number) OTHER_UNIQUE_IDENTIFIER; Account Balance, plans, statuses NON_IDENTIFYING; the plan 'Sterling' and the surname Sterling and town Sterling, VA are deliberate",
        "delimiter": ",", "entity": "customers", "columns": cols,
        "foreignKeys": [{"column": "unified_payments.Customer ID", "references": "customers.id"},
                        {"column": "disputes.Charge ID", "references": "unified_payments.id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

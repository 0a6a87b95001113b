#!/usr/bin/env python3
"""Writes eventbrite-attendees: an invented Eventbrite export of a two-day US developer conference (seeded, stdlib
only): orders.csv (the Orders report: 10-digit Order #, Order Date with UTC offset, buyer's name and e-mail, quantity,
ticket price tier, totals and fees, payment type, discount code, billing address), attendees.csv (the Attendee
Summary report: one row per ticket, Order # of its order, Attendee # and 22-digit Barcode #, attendee status, Home
Address 1/2, City, State, Zip, Country, Cell Phone, Job Title, Company, Work Phone, Website, Gender, Age and the
custom questions: dietary requirements, T-shirt size, how did you hear, emergency contact name and phone, and an
'Anything else we should know?' answer that sometimes names a colleague) and waitlist.csv (the small Waitlist
report). Coincidences: given names Madison, Austin and Jordan beside the towns Madison and Austin and the company
Jordan Logistics; the ticket type 'Sterling Sponsor' and the surname Sterling."""
import csv, json, random, datetime
rnd = random.Random(491202)
GIVEN = ["Emily", "Jacob", "Madison", "Austin", "Jordan", "Olivia", "Ethan", "Sophia", "Noah", "Ava", "Liam", "Isabella",
         "Mason", "Chloe", "Lucas", "Zoe", "Ryan", "Nadia", "Rahul", "Mei", "Carlos", "Ana", "Kwame", "Aisha", "Sean",
         "Hiroshi", "Yusuf", "Elena", "Marcus", "Leah"]
FAMILY = ["Carter", "Nguyen", "Reyes", "Bennett", "Sterling", "Kim", "Shah", "Murphy", "Goldberg", "Okonkwo", "Fischer",
          "Larsen", "Delgado", "Brooks", "Ivanova", "Chen", "Rossi", "Park", "Hughes", "Abbott", "Whitfield", "Tanaka",
          "Moreau", "Singh"]
TOWNS = [("Madison", "WI", "537", "608"), ("Austin", "TX", "787", "512"), ("Denver", "CO", "802", "303"),
         ("Oakland", "CA", "946", "510"), ("Brooklyn", "NY", "112", "718"), ("Seattle", "WA", "981", "206"),
         ("Chicago", "IL", "606", "312"), ("Durham", "NC", "277", "919"), ("Ann Arbor", "MI", "481", "734"),
         ("Pittsburgh", "PA", "152", "412"), ("Somerville", "MA", "021", "617"), ("Boulder", "CO", "803", "720"),
         ("Minneapolis", "MN", "554", "612"), ("Atlanta", "GA", "303", "404")]
STREETS = ["Main St", "2nd Ave", "Willow St", "Birch Rd", "College Ave", "Highland Ave", "Grant St", "Fairview Dr",
           "Spring St", "Lincoln Ave", "Union St", "Prospect Pl"]
COMPANIES = ["Stripe", "Datadog", "Jordan Logistics", "Acme Analytics", "Globex", "Initech", "Hooli", "Vandelay Industries",
             "University of Wisconsin", "Self-employed", "Freelance", "Epic Systems", "Pied Piper", "Umbrella Labs",
             "Northwind Traders", "Contoso"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "Data Scientist",
          "Product Manager", "DevOps Engineer", "CTO", "Student", "Developer Advocate", "QA Engineer", "Designer",
          "Founder", "Site Reliability Engineer"]
TICKETS = [("Early Bird", 249.0), ("General Admission", 349.0), ("Student", 49.0), ("Workshop + Conference", 549.0),
           ("Sterling Sponsor", 0.0), ("Speaker", 0.0)]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "fastmail.com"]

def phone(area):
    return rnd.choice(["(%s) %d%02d-%04d", "%s-%d%02d-%04d", "+1%s%d%02d%04d"]) % (area, rnd.randint(2, 9), rnd.randint(20, 99), rnd.randint(0, 9999))
def odate(d):
    return d.strftime("%Y-%m-%d %H:%M:%S") + "-05:00"
def person():
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    town = rnd.choice(TOWNS)
    return dict(g=g, f=f, email="%s.%s@%s" % (g.lower(), f.lower(), rnd.choice(DOMAINS)) if rnd.random() < 0.6 else
                "%s%s%d@%s" % (g[0].lower(), f.lower(), rnd.randint(1, 99), rnd.choice(DOMAINS)),
                town=town, addr="%d %s" % (rnd.randint(1, 4999), rnd.choice(STREETS)),
                addr2=rnd.choice(["", "", "", "Apt %d%s" % (rnd.randint(1, 9), rnd.choice("ABCD")), "Unit %d" % rnd.randint(1, 300)]),
                zip=town[2] + "%02d" % rnd.randint(1, 99))
EVENT, EVENT_ID = "DevHorizons Summit 2026", "812455093417"
orders, attendees, waitlist = [], [], []
onum = 7040000000 + rnd.randint(0, 99999)
anum = 10280000000 + rnd.randint(0, 999999)
t0 = datetime.datetime(2026, 1, 12, 9, 0, 0)
for i in range(260):
    buyer = person()
    onum += rnd.randint(1000, 40000)
    when = t0 + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 150), seconds=rnd.randint(0, 59))
    tier = rnd.choice(TICKETS[:4] * 6 + TICKETS[4:])
    qty = rnd.choice([1] * 12 + [2, 2, 3, 4, 5]) if tier[0] != "Speaker" else 1
    disc = rnd.choice([""] * 8 + ["EARLYDEV20", "MEETUP15", "SPEAKER-COMP"])
    total = tier[1] * qty * (0.8 if disc == "EARLYDEV20" else 0.85 if disc == "MEETUP15" else 1)
    total = 0 if disc == "SPEAKER-COMP" else total
    fee = round(total * 0.037 + 1.79 * qty, 2) if total else 0
    proc = round(total * 0.029, 2)
    ptype = "Free" if not total else rnd.choice(["Visa", "Visa", "MasterCard", "American Express", "PayPal", "Discover"])
    otype = "Free Order" if not total else ("PayPal Completed" if ptype == "PayPal" else "Eventbrite Completed")
    orders.append([str(onum), odate(when), buyer["g"], buyer["f"], buyer["email"], str(qty), tier[0], "%.2f" % (total + fee),
                   "%.2f" % fee, "%.2f" % fee, "%.2f" % proc, "USD", ptype, otype, disc, EVENT, EVENT_ID,
                   buyer["addr"] if total else "", buyer["town"][0] if total else "", buyer["town"][1] if total else "",
                   buyer["zip"] if total else "", "US" if total else ""])
    for q in range(qty):
        a = buyer if q == 0 else person()
        if q > 0 and rnd.random() < 0.3:
            a["f"] = buyer["f"]  # family members on one order
        anum += rnd.randint(1, 30)
        area = a["town"][3]
        company = rnd.choice(COMPANIES)
        title = "Student" if tier[0] == "Student" else rnd.choice(TITLES)
        note = rnd.choice([""] * 10 + ["Please seat me next to my colleague %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                                      "Arriving late on day 1, flight lands 11am", "Need an invoice addressed to %s" % company,
                                      "My manager %s %s approved this ticket" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                                      "Nursing mother - need a lactation room", "Can I transfer this ticket to %s %s?" % (rnd.choice(GIVEN), rnd.choice(FAMILY))])
        ec = "%s %s" % (rnd.choice(GIVEN), rnd.choice([a["f"]] + FAMILY))
        attendees.append([str(onum), odate(when), a["g"], a["f"], a["email"], "1", tier[0], str(anum), "",
                          "%d%d%03d" % (onum, anum, 1), otype, "%.2f" % (total / qty if qty else 0), "%.2f" % (fee / qty),
                          "%.2f" % (fee / qty), "%.2f" % (proc / qty),
                          rnd.choice(["Attending"] * 6 + ["Checked In"] * 8 + ["Not Attending"]), EVENT, EVENT_ID,
                          a["addr"], a["addr2"], a["town"][0], a["town"][1], a["zip"], "US",
                          phone(area) if rnd.random() < 0.85 else "", title, company,
                          phone(rnd.choice(TOWNS)[3]) if rnd.random() < 0.3 else "",
                          "https://%s%s.dev" % (a["g"].lower(), a["f"].lower()) if rnd.random() < 0.15 else "",
                          rnd.choice(["Female", "Male", "Male", "Female", "Non-binary", "Prefer not to say"]),
                          str(rnd.randint(19, 64)) if rnd.random() < 0.9 else "",
                          rnd.choice(["None"] * 6 + ["Vegetarian", "Vegan", "Gluten-free", "Halal", "Kosher", "Nut allergy"]),
                          rnd.choice(["XS", "S", "M", "M", "L", "L", "XL", "2XL", "3XL"]),
                          rnd.choice(["Twitter / X", "LinkedIn", "A colleague", "Meetup.com", "Newsletter", "Previous attendee", "Podcast"]),
                          ec, phone(area), note])
orders.sort(key=lambda r: r[1])
attendees.sort(key=lambda r: (r[1], r[7]))
ORD_H = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Price Tier", "Total Paid",
         "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Currency", "Payment Type", "Order Type",
         "Discount", "Event Name", "Event ID", "Billing Address 1", "Billing City", "Billing State", "Billing Zip",
         "Billing Country"]
ATT_H = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #", "Group",
         "Barcode #", "Order Type", "Total Paid", "Fees Paid", "Eventbrite Fees", "Eventbrite Payment Processing",
         "Attendee Status", "Event Name", "Event ID", "Home Address 1", "Home Address 2", "Home City", "Home State",
         "Home Zip", "Home Country", "Cell Phone", "Job Title", "Company", "Work Phone", "Website", "Gender", "Age",
         "Dietary requirements", "T-shirt size", "How did you hear about DevHorizons?", "Emergency contact name",
         "Emergency contact phone", "Anything else we should know?"]
for i in range(38):
    p = person()
    added = t0 + datetime.timedelta(days=140, minutes=rnd.randint(0, 60 * 24 * 20), seconds=rnd.randint(0, 59))
    waitlist.append(["%s %s" % (p["g"], p["f"]), p["email"], phone(p["town"][3]) if rnd.random() < 0.7 else "",
                     rnd.choice(["General Admission", "General Admission", "Workshop + Conference", "Student"]),
                     added.strftime("%m/%d/%Y %I:%M %p"), rnd.choice(["Waiting", "Waiting", "Ticket Released", "Expired", "Purchased"])])
WL_H = ["Name", "Email", "Phone", "Ticket Type", "Date Added", "Status"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("orders", ORD_H, orders); write("attendees", ATT_H, attendees); write("waitlist", WL_H, waitlist)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
L = {"orders": [O, "DATE", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", N, N, N, N, N, N, N, N, N, N, N, N,
                "STREET_ADDRESS", "CITY", N, "ZIP_CODE", N],
     "attendees": [O, "DATE", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", N, N, O, N, O, N, N, N, N, N, N, N, N,
                   "STREET_ADDRESS", "STREET_ADDRESS", "CITY", N, "ZIP_CODE", N, "TELEPHONE_NUMBER", N, N,
                   "TELEPHONE_NUMBER", "URL", N, "AGE", N, N, N, "NAME", "TELEPHONE_NUMBER", "FREE_TEXT"],
     "waitlist": ["NAME", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", N, "DATE", N]}
cols = {}
for t, h in (("orders", ORD_H), ("attendees", ATT_H), ("waitlist", WL_H)):
    assert len(L[t]) == len(h)
    for c, lab in zip(h, L[t]):
        cols[t + "." + c] = lab
gold = {"dataset": "eventbrite-attendees",
        "description": "Invented Eventbrite export of a US developer conference, ',': 260 orders (10-digit Order #, Order Date 'yyyy-MM-dd HH:mm:ss-05:00', buyer first/last name and e-mail, price tier, totals, payment type, discount code, billing address of paid orders), %d attendees (one row per ticket, Order # of the order, Attendee #, Barcode # = Order # + Attendee # + 001, home address, cell and work phones in three US styles, job title, company, personal website, gender, age, custom questions: dietary needs, T-shirt size, how heard, emergency contact name and phone, free-text answer naming colleagues) and a 38-row waitlist (full name, e-mail, phone, 'MM/dd/yyyy hh:mm a' date). Company and job title NON_IDENTIFYING (as contacts.company); event name and id are constants; the given names Madison/Austin/Jordan beside the towns Madison and Austin and the company Jordan Logistics, and the ticket type 'Sterling Sponsor' beside the surname Sterling are deliberate" % len(attendees),
        "delimiter": ",", "entity": "orders", "columns": cols,
        "foreignKeys": [{"column": "attendees.Order #", "references": "orders.Order #"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

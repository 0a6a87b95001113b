#!/usr/bin/env python3
"""Writes salesforce-crm: an invented Salesforce report export of a fictional US B2B software vendor (seeded, stdlib
only), ',' with M/d/yyyy dates and 'M/d/yyyy h:mm AM' times. accounts: 48 (18-character Account ID with the case-safe
suffix, Account Name, Account Owner (sales rep), Type, Industry, Billing Street/City/State/Zip/Country, Phone, Website,
Annual Revenue, Employees). contacts: 420 (Contact ID, Account ID, Salutation, First/Last Name, Title, Email, Phone,
Mobile, Mailing Street/City/State/Zip/Country, Lead Source, Contact Owner, Birthdate (mostly empty), Created Date).
opportunities: 610 (Opportunity ID, Account ID, Contact ID of the primary contact role, Opportunity Name, Stage,
Amount, Probability (%), Close Date, Type, Lead Source, Opportunity Owner, Next Step naming people on some rows).
tasks: 2,600 (Activity ID, Subject 'Call with Karen Patel' on many rows, Name (the contact), Contact ID, Account ID,
Assigned, Due Date, Status, Priority, Task Type, Comments naming people and phones, Created By and Last Modified By
written 'Jane Doe, 3/14/2024 10:02 AM'). Deliberate coincidences: account 'Harper Cole LLP' beside the surnames Harper
and Cole; the given name Tyler beside the city Tyler TX; lead source 'Trade Show - Denver' beside the city Denver."""
import csv, json, random
rnd = random.Random(650202)
GIVEN = ["Karen", "Michael", "Jennifer", "David", "Lisa", "Robert", "Emily", "James", "Maria", "Daniel", "Ashley",
         "Tyler", "Megan", "Brian", "Priya", "Kevin", "Olivia", "Jason", "Sofia", "Marcus", "Rachel", "Hiroshi",
         "Aisha", "Luis", "Hannah", "Connor", "Grace", "Ethan", "Nicole", "Samuel"]
FAMILY = ["Patel", "Johnson", "Nguyen", "Harper", "Cole", "Martinez", "O'Brien", "Kim", "Williams", "Brown",
          "Garcia", "Schmidt", "Okafor", "Rossi", "Anderson", "Murphy", "Chen", "Robinson", "Sullivan", "Tanaka",
          "Lopez", "Walker", "Bennett", "Foster", "Hughes", "Reyes", "Park", "Morgan", "Price", "Fischer"]
STAFF = ["Jane Doe", "Mark Whitaker", "Alicia Romero", "Derek Lindqvist", "Sandra Obi", "Tom Kessler",
         "Priyanka Rao", "Chris Delgado"]
CITIES = [("Tyler", "TX", "757"), ("Denver", "CO", "802"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
          ("Raleigh", "NC", "276"), ("Boise", "ID", "837"), ("Tampa", "FL", "336"), ("Portland", "OR", "972"),
          ("Madison", "WI", "537"), ("Omaha", "NE", "681"), ("Scottsdale", "AZ", "852"), ("Worcester", "MA", "016")]
STREETS = ["Main St", "Oak Ave", "Commerce Pkwy", "Market St", "Elm St", "Lakeview Dr", "Industrial Blvd",
           "Washington Ave", "Maple Ln", "Technology Dr"]
ACCTS = ["Harper Cole LLP", "Acme Logistics Inc.", "Blue Ridge Dental Group", "Summit Health Partners", "Northwind Foods",
         "Granite State Credit Union", "Pioneer Valley Schools", "Cascade Outdoor Supply", "Redline Freight",
         "Brightpath Senior Living", "Lone Star Energy Services", "Evergreen Property Management", "Keystone Manufacturing",
         "Mesa Verde Vineyards", "Riverbend Veterinary Clinic", "Sterling Insurance Agency", "Heartland Ag Co-op",
         "Beacon Legal Services", "Crescent City Hospitality", "Ironwood Construction", "Silverline Apparel",
         "Great Plains Telecom", "Oakmont Country Club", "Bayside Marine", "Frontier Analytics", "Copperleaf Hotels",
         "Tri-County Ambulance", "Lakeshore Pediatrics", "Union Street Bakery", "Alpine Ski Resorts", "Metro Parking Corp",
         "Westfield Architects", "Orchard Family Medicine", "Canyon Ridge Charter School", "Pacific Rim Imports",
         "Hometown Hardware", "Prairie Wind Farms", "Capitol Printing", "Sunrise Home Health", "Coastal Credit Union",
         "Magnolia Events", "Titan Fitness Clubs", "Vantage Dental Labs", "Harbor Freightways", "Clearwater Utilities",
         "Redwood Staffing", "Summit Roofing", "Gateway Auto Group"]
IND = ["Healthcare", "Manufacturing", "Financial Services", "Education", "Retail", "Hospitality", "Construction",
       "Transportation", "Legal", "Agriculture", "Energy", "Technology"]
SRC = ["Web", "Partner Referral", "Trade Show - Denver", "Cold Call", "Webinar", "Customer Referral", "Advertisement"]
STAGES = [("Prospecting", 10), ("Qualification", 20), ("Needs Analysis", 40), ("Proposal/Price Quote", 60),
          ("Negotiation/Review", 80), ("Closed Won", 100), ("Closed Lost", 0)]
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
def sfid(prefix, used):
    while True:
        b = prefix + "5g" + "0000" + "".join(rnd.choice(B62) for _ in range(6))
        if b not in used: break
    used.add(b)
    suf = ""
    for k in range(3):
        chunk = b[k * 5:k * 5 + 5]; v = sum(1 << j for j, ch in enumerate(chunk) if "A" <= ch <= "Z")
        suf += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[v]
    return b + suf
used = set()
def phone(area):
    return "(%s) %03d-%04d" % (area, rnd.randint(200, 999), rnd.randint(0, 9999))
AREA = {"TX": "903", "CO": "303", "OH": "614", "NC": "919", "ID": "208", "FL": "813", "OR": "503", "WI": "608",
        "NE": "402", "AZ": "480", "MA": "508"}
def dt(y, m, d):
    return "%d/%d/%d" % (m, d, y)
def dtt(y, m, d):
    h = rnd.randint(7, 18); return "%d/%d/%d %d:%02d %s" % (m, d, y, (h - 1) % 12 + 1, rnd.randint(0, 59), "AM" if h < 12 else "PM")
accounts = []
for i, name in enumerate(ACCTS):
    city, st, z3 = CITIES[i % len(CITIES)] if i else CITIES[0]
    dom = name.lower().replace(" ", "").replace(".", "").replace("-", "").replace("'", "")[:18]
    accounts.append([sfid("001", used), name, rnd.choice(STAFF), rnd.choice(["Customer", "Customer", "Prospect", "Partner"]),
                     rnd.choice(IND), "%d %s%s" % (rnd.randint(10, 9800), rnd.choice(STREETS), rnd.choice(["", "", " Suite %d" % rnd.randint(100, 450)])),
                     city, st, z3 + "%02d" % rnd.randint(1, 99), "United States", phone(AREA[st]),
                     "www.%s.com" % dom, str(rnd.choice([1, 2, 5, 12, 40, 75, 250]) * 1000000) if rnd.random() < 0.8 else "",
                     str(rnd.choice([8, 15, 40, 120, 300, 1200, 5000]))])
contacts = []
for i in range(420):
    a = accounts[min(int(rnd.paretovariate(1.2)) - 1, 47) if rnd.random() < 0.5 else rnd.randrange(48)]
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    city, st, z3 = rnd.choice(CITIES)
    sal = rnd.choice(["Mr.", "Ms.", "Dr.", "Mrs.", ""])
    dom = a[11][4:]
    em = "%s.%s@%s" % (g.lower(), f.lower().replace("'", ""), dom) if rnd.random() < 0.9 else "%s%s%d@gmail.com" % (g[0].lower(), f.lower().replace("'", ""), rnd.randint(1, 99))
    bd = dt(rnd.randint(1950, 1998), rnd.randint(1, 12), rnd.randint(1, 28)) if rnd.random() < 0.18 else ""
    cy = rnd.randint(2019, 2024)
    contacts.append([sfid("003", used), a[0], sal, g, f, rnd.choice(["CEO", "CFO", "Office Manager", "IT Director", "Practice Manager",
                     "Controller", "VP Operations", "Procurement Lead", "Owner", "HR Manager"]), em, a[10] if rnd.random() < 0.5 else phone(AREA[st]),
                     phone(AREA[st]) if rnd.random() < 0.7 else "", "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS)) if rnd.random() < 0.75 else "",
                     city, st, z3 + "%02d" % rnd.randint(1, 99), "United States", rnd.choice(SRC), rnd.choice(STAFF), bd,
                     dt(cy, rnd.randint(1, 12), rnd.randint(1, 28))])
by_acct = {}
for c in contacts: by_acct.setdefault(c[1], []).append(c)
opps = []
for i in range(610):
    c = rnd.choice(contacts); a = next(x for x in accounts if x[0] == c[1])
    st, p = rnd.choice(STAGES); y = rnd.randint(2022, 2025); m = rnd.randint(1, 12)
    kind = rnd.choice(["New Business", "Renewal", "Upsell"])
    nxt = rnd.choice(["", "", "Send proposal", "Schedule demo", "Legal review of MSA",
                      "Call %s %s re pricing" % (c[3], c[4]), "%s to confirm budget with CFO" % c[3],
                      "Follow up with %s at %s" % (c[3], c[8] or c[7])])
    opps.append([sfid("006", used), a[0], c[0], "%s - %s %d" % (a[1], kind, y), st, "%.2f" % (rnd.choice([2, 5, 8, 12, 25, 40, 90]) * 1250),
                 str(p), dt(y, m, rnd.randint(1, 28)), kind, c[14], a[2], nxt])
SUBJ = ["Call", "Email", "Send Quote", "Send Letter", "Other", "Meeting"]
tasks = []
for i in range(2600):
    c = rnd.choice(contacts); a = next(x for x in accounts if x[0] == c[1])
    y = rnd.randint(2023, 2025); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    s = rnd.choice(SUBJ)
    if rnd.random() < 0.35: s = rnd.choice(["Call with %s %s", "Email: Follow-up with %s %s", "Demo for %s %s"]) % (c[3], c[4])
    owner = rnd.choice(STAFF)
    com = rnd.choice(["", "", "", "Left voicemail", "Sent pricing sheet", "No answer",
                      "Spoke with %s, wants a callback on %s" % (c[3], c[8] or c[7]),
                      "%s out on maternity leave, talk to %s %s instead" % (c[3], rnd.choice(GIVEN), rnd.choice(FAMILY)),
                      "%s's assistant %s asked for the W-9" % (c[3], rnd.choice(GIVEN)), "Renewal discussed, positive"])
    created = "%s, %s" % (owner, dtt(y, m, d))
    mod = "%s, %s" % (rnd.choice([owner, owner, rnd.choice(STAFF)]), dtt(y, m, min(d + rnd.randint(0, 3), 28)))
    tasks.append([sfid("00T", used), s, "%s %s" % (c[3], c[4]), c[0], a[0], owner, dt(y, m, d),
                  rnd.choice(["Completed", "Completed", "Not Started", "In Progress"]), rnd.choice(["Normal", "Normal", "High", "Low"]),
                  "Call" if s.startswith("Call") else ("Email" if "Email" in s else rnd.choice(["Meeting", "Other"])), com, created, mod])
AH = ["Account ID", "Account Name", "Account Owner", "Type", "Industry", "Billing Street", "Billing City",
      "Billing State/Province", "Billing Zip/Postal Code", "Billing Country", "Phone", "Website", "Annual Revenue", "Employees"]
CH = ["Contact ID", "Account ID", "Salutation", "First Name", "Last Name", "Title", "Email", "Phone", "Mobile",
      "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country",
      "Lead Source", "Contact Owner", "Birthdate", "Created Date"]
OH = ["Opportunity ID", "Account ID", "Contact ID", "Opportunity Name", "Stage", "Amount", "Probability (%)",
      "Close Date", "Type", "Lead Source", "Opportunity Owner", "Next Step"]
TH = ["Activity ID", "Subject", "Name", "Contact ID", "Account ID", "Assigned", "Due Date", "Status", "Priority",
      "Task Type", "Comments", "Created By", "Last Modified By"]
def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)
write("accounts", AH, accounts); write("contacts", CH, contacts); write("opportunities", OH, opps); write("tasks", TH, tasks)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
LB = {"accounts": [N, N, "NAME", N, N, "STREET_ADDRESS", "CITY", N, "ZIP_CODE", N, "TELEPHONE_NUMBER", "URL", N, N],
      "contacts": [O, N, N, "GIVEN_NAME", "FAMILY_NAME", N, "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
                   "STREET_ADDRESS", "CITY", N, "ZIP_CODE", N, N, "NAME", "DATE_OF_BIRTH", "DATE"],
      "opportunities": [O, N, O, N, N, N, N, "DATE", N, N, "NAME", "FREE_TEXT"],
      "tasks": [O, "FREE_TEXT", "NAME", O, N, "NAME", "DATE", N, N, N, "FREE_TEXT", "NAME", "NAME"]}
cols = {}
for t, h in (("accounts", AH), ("contacts", CH), ("opportunities", OH), ("tasks", TH)):
    assert len(h) == len(LB[t]), t
    for c, l in zip(h, LB[t]):
        cols[t + "." + c] = l
gold = {"dataset": "salesforce-crm",
        "description": "Invented Salesforce report export of a US B2B vendor, ',' with M/d/yyyy dates: accounts 48 (18-character ids with the case-safe suffix '0015g0000...', Account Name (organisations), Account Owner (sales reps), Type, Industry, Billing address, City, State, Zip, Country, main Phone, Website, Annual Revenue (20% empty), Employees), contacts 420 (Contact ID, Account ID, Salutation, First/Last Name, Title, Email, Phone (half the account's main line), Mobile (70%), Mailing Street (75%)/City/State/Zip/Country, Lead Source, Contact Owner, Birthdate (18%), Created Date), opportunities 610 (Opportunity ID, Account ID, primary Contact ID, Opportunity Name 'Account - Renewal 2024', Stage, Amount, Probability, Close Date, Type, Lead Source, Owner, Next Step naming the contact and phone), tasks 2,600 (Activity ID, Subject 'Call with Karen Patel' on 35%, Name of the contact, Contact ID, Account ID, Assigned, Due Date, Status, Priority, Task Type, Comments naming people and phones, Created By / Last Modified By 'Jane Doe, 3/14/2024 10:02 AM'). Account keys and names NON_IDENTIFYING (organisations); their address, city, zip, phone and website identifiers (as organizations.ADDRESS in Synthea's gold); sales reps NAME; Subject FREE_TEXT (names contacts); Created By/Last Modified By NAME. Coincidences: account 'Harper Cole LLP' beside the surnames Harper and Cole, given name Tyler beside the city Tyler, lead source 'Trade Show - Denver' beside the city Denver",
        "delimiter": ",", "entity": "contacts", "columns": cols,
        "foreignKeys": [{"column": "contacts.Account ID", "references": "accounts.Account ID"},
                        {"column": "opportunities.Account ID", "references": "accounts.Account ID"},
                        {"column": "opportunities.Contact ID", "references": "contacts.Contact ID"},
                        {"column": "tasks.Contact ID", "references": "contacts.Contact ID"},
                        {"column": "tasks.Account ID", "references": "accounts.Account ID"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

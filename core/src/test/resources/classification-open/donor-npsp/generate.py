#!/usr/bin/env python3
"""Writes donor-npsp: an invented nonprofit donor CRM export in the style of Salesforce NPSP (seeded, stdlib only).
households.csv and soft_credits.csv are Data Loader exports (API names: npo02__Formal_Greeting__c ...), contacts.csv,
opportunities.csv and board.csv are report exports (field labels, US dates 5/10/1961). Salesforce ids are 18
characters with their real case-check suffix. 360 households, 600 contacts, 1,200 gifts, 160 soft credits, a 20-member
board list. Coincidences: cities Jackson/Florence/Madison beside the surnames Jackson/Florence/Madison, campaigns
named after people (Hale Memorial Scholarship) beside the tribute honoree Margaret Hale."""
import csv, json, random, datetime
rnd = random.Random(31001)
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
seen = set()
def sfid(prefix):
    while True:
        body = prefix + "5g00000" + "".join(rnd.choice(B62) for _ in range(5))
        if body not in seen:
            seen.add(body); break
    suf = ""
    for i in range(3):
        chunk = body[i * 5:(i + 1) * 5]
        suf += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[sum(1 << j for j, c in enumerate(chunk) if c.isupper())]
    return body + suf
def us(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)
MALE = ["Daniel", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Kevin",
        "Brian", "George", "Edward", "Ronald", "Anthony", "Kenneth", "Steven", "Paul", "Andrew", "Joshua", "Samuel",
        "Harold", "Walter", "Chidi", "Hiroshi", "Rajesh", "Luis", "Miguel", "Tobias", "Franklin", "Desmond"]
FEMALE = ["Grace", "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Susan", "Margaret", "Dorothy",
          "Lisa", "Nancy", "Karen", "Betty", "Helen", "Sandra", "Donna", "Carol", "Ruth", "Sharon", "Michelle", "Laura",
          "Emily", "Ngozi", "Priya", "Yuki", "Rosa", "Carmen", "Eleanor", "Harriet", "Beatrice", "Florence"]
FAMILY = ["Okafor", "Hale", "Jackson", "Whitaker", "Lindqvist", "Brennan", "Castellano", "Delacroix", "Abernathy",
          "Fairbanks", "Gustafson", "Holloway", "Iverson", "Kowalczyk", "Lambert", "Madison", "Nakamura", "Ostrowski",
          "Pemberton", "Quintero", "Rasmussen", "Sutherland", "Thibodeaux", "Underhill", "Vasquez", "Wexler", "Yablonski",
          "Zimmerman", "Florence", "Albright", "Beaumont", "Chatterjee", "Donnelly", "Ellsworth", "Fitzgerald", "Goldberg",
          "Hargrove", "Ingram", "Jablonski", "Kensington", "Larkin", "Montgomery", "Norwood", "Okonkwo", "Prescott",
          "Ramirez", "Stanfield", "Templeton", "Vanderbilt", "Winslow", "Achterberg", "Blackwood", "Carrington",
          "Dunleavy", "Eastman", "Fontaine", "Greer", "Hathaway", "Kimura", "Lowell", "Mancini", "Nwosu", "Pappas",
          "Reinholt", "Salazar", "Trevino", "Upton", "Voss", "Wakefield", "Yoder", "Zeller", "Bishop", "Crowley",
          "Dempsey", "Everett", "Faulkner", "Gallagher", "Hendricks", "Isaacs", "Jorgensen", "Keller", "Lindgren"]
PLACES = [("Jackson", "MS", "392"), ("Florence", "AL", "356"), ("Madison", "WI", "537"), ("Springfield", "IL", "627"),
          ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"), ("Naperville", "IL", "605"), ("Chicago", "IL", "606"),
          ("Milwaukee", "WI", "532"), ("Ann Arbor", "MI", "481"), ("Bloomington", "IN", "474"), ("Skokie", "IL", "600")]
STREETS = ["Maple Ave", "Oak St", "Lakeview Dr", "Sheridan Rd", "Church St", "Ridge Ave", "Elm Ct", "Prairie Ln",
           "Washington Blvd", "Forest Ave", "Hawthorne Pl", "Greenwood Ave", "Chestnut St", "Sunset Ridge Rd"]
EMPLOYERS = ["Northwestern Medicine", "Abbott Laboratories", "Kirkland & Ellis LLP", "Evanston Township High School",
             "Self-employed", "Retired", "State Farm Insurance", "Hale & Whitaker Architects", "Baxter International",
             "City of Evanston", "University of Chicago", "Okafor Family Dental", "Walgreens", "Allstate", "Boeing"]
TITLES = ["", "", "Physician", "Attorney", "Teacher", "Retired", "Engineer", "Nurse", "Consultant", "Owner", "Professor"]
CAMPAIGNS = ["2024 Annual Fund", "2025 Annual Fund", "Spring Gala 2025", "Hale Memorial Scholarship", "Giving Tuesday 2024",
             "Giving Tuesday 2025", "Capital Campaign - New Wing", "Year-End Appeal 2025", "Okafor Challenge Match"]
STAGES = ["Closed Won"] * 12 + ["Pledged", "Posted", "Closed Lost", "Prospecting"]
PAY = ["Check", "Check", "Credit Card", "Credit Card", "Credit Card", "ACH", "Stock", "Cash", "PayPal", "DAF Grant"]
SALUT = {"M": ["Mr.", "Mr.", "Dr."], "F": ["Ms.", "Mrs.", "Mrs.", "Dr."]}
def phone():
    return "(%d) %d-%04d" % (rnd.choice([312, 773, 847, 630, 608, 414, 734]), rnd.randint(201, 989), rnd.randint(0, 9999))
households, contacts = [], []
for i in range(360):
    fam = rnd.choice(FAMILY)
    hid = sfid("001")
    city, st, z3 = rnd.choice(PLACES)
    street = "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS))
    if rnd.random() < 0.08:
        street += " Apt %d" % rnd.randint(1, 40)
    zipc = z3 + "%02d" % rnd.randint(1, 99)
    n = rnd.choice([1, 2, 2, 2, 3])
    members = []
    m = rnd.choice(MALE); f = rnd.choice(FEMALE)
    if n == 1:
        sex = rnd.choice("MF"); members = [(rnd.choice(MALE) if sex == "M" else rnd.choice(FEMALE), fam, sex)]
    else:
        members = [(m, fam, "M"), (f, fam if rnd.random() < 0.85 else rnd.choice(FAMILY), "F")]
        if n == 3:
            sex = rnd.choice("MF"); members.append((rnd.choice(MALE) if sex == "M" else rnd.choice(FEMALE), fam, sex))
    sal = [rnd.choice(SALUT[s]) for _, _, s in members]
    if len(members) == 1:
        formal = "%s %s %s" % (sal[0], members[0][0], members[0][1]); informal = members[0][0]
    elif members[1][1] == fam:
        formal = "Mr. and Mrs. %s %s" % (members[0][0], fam); informal = "%s and %s" % (members[0][0], members[1][0])
    else:
        formal = "%s %s %s and %s %s %s" % (sal[0], members[0][0], fam, sal[1], members[1][0], members[1][1])
        informal = "%s and %s" % (members[0][0], members[1][0])
    name = "The %s Household" % fam if len({x[1] for x in members[:2]}) == 1 else "%s and %s Household" % (fam, members[1][1])
    hh = dict(id=hid, name=name, formal=formal, informal=informal, street=street, city=city, st=st, zip=zipc, cids=[])
    households.append(hh)
    for j, (g, s, sex) in enumerate(members):
        cid = sfid("003")
        adult = j < 2 or rnd.random() < 0.5
        bd = datetime.date(rnd.randint(1932, 1995) if adult else rnd.randint(1996, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
        dead = bd.year < 1945 and rnd.random() < 0.25
        email = "%s.%s%s@%s" % (g.lower(), s.lower(), rnd.choice(["", "", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"]))
        contacts.append([cid, hid, sal[j] if j < len(sal) else "", g, s, us(bd) if rnd.random() < 0.7 else "",
                         "1" if dead else "0", "1" if rnd.random() < 0.15 else "0", "1" if rnd.random() < 0.1 else "0",
                         street, city, st, zipc, phone() if rnd.random() < 0.6 else "", phone() if rnd.random() < 0.7 else "",
                         "" if dead else email, rnd.choice(EMPLOYERS) if rnd.random() < 0.6 else "", rnd.choice(TITLES),
                         rnd.choice(["Event", "Mailing", "Web", "Board Referral", "Walk-in", ""])])
        hh["cids"].append((cid, "%s %s" % (g, s)))
contacts = contacts[:600] if len(contacts) > 600 else contacts
live = {c[0] for c in contacts}
opps = []
honorees = ["Margaret Hale", "Walter Brennan", "Dorothy Okafor", "Samuel Whitaker", "Eleanor Castellano", "Harold Madison",
            "Rosa Quintero", "Beatrice Lindqvist", "Edward Jackson", "Helen Pemberton"]
for i in range(1200):
    hh = rnd.choice(households)
    cands = [c for c in hh["cids"] if c[0] in live] or [rnd.choice(households)["cids"][0]]
    cid, cname = rnd.choice(cands)
    if cid not in live:
        continue
    d = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 700))
    amt = rnd.choice([25, 50, 50, 100, 100, 100, 250, 250, 500, 1000, 2500, 5000, 10000]) * (1 if rnd.random() < 0.9 else 1.5)
    trib = rnd.random() < 0.08
    ttype = rnd.choice(["Memorial", "Memorial", "Honor"]) if trib else ""
    hon = rnd.choice(honorees) if trib else ""
    inmem = ("In memory of %s" if ttype == "Memorial" else "In honor of %s") % hon if trib else ""
    stage = rnd.choice(STAGES)
    pm = rnd.choice(PAY)
    ack = rnd.choice(["Acknowledged", "Acknowledged", "To Be Acknowledged", "Do Not Acknowledge", "Email Acknowledgment Now"]) if stage in ("Closed Won", "Posted") else ""
    ackd = us(d + datetime.timedelta(days=rnd.randint(2, 20))) if ack == "Acknowledged" else ""
    desc = rnd.choice(["", "", "", "", "Matched by employer", "Stock transfer 40 sh.", "Gala table sponsor",
                       "Gift from %s via DAF" % cname, "Called %s to thank; wants updates on new wing" % cname.split()[0],
                       "Pledge payment 2 of 4", "Per %s, please send receipt to %s" % (cname, phone())])
    opps.append([sfid("006"), "%s Donation %s" % (cname, us(d)), hh["id"], cid, "%.2f" % amt, us(d), stage,
                 rnd.choice(CAMPAIGNS), pm, str(rnd.randint(1001, 9999)) if pm == "Check" else "", ttype, hon, inmem,
                 rnd.choice(honorees[:4]) if trib and rnd.random() < 0.5 else "", ack, ackd,
                 "FY%d" % (d.year + (1 if d.month >= 7 else 0)), desc])
opps.sort(key=lambda r: datetime.datetime.strptime(r[5], "%m/%d/%Y"))
soft = []
oppmap = {o[0]: o for o in opps}
for o in rnd.sample(opps, 160):
    hh = next(h for h in households if h["id"] == o[2])
    others = [c for c in hh["cids"] if c[0] != o[3] and c[0] in live]
    if others and rnd.random() < 0.7:
        c = others[0]; role = "Household Member"
    else:
        c = rnd.choice(rnd.choice(households)["cids"]); role = rnd.choice(["Soft Credit", "Matched Donor", "Influencer", "Solicitor"])
        if c[0] not in live:
            continue
    soft.append([sfid("a0T"), o[0], c[0], role, o[4] if role != "Influencer" else "0.00", c[1]])
board = []
bcont = rnd.sample([c for c in contacts if c[5] and c[6] == "0"], 20)
ROLES = ["Chair", "Vice Chair", "Treasurer", "Secretary"] + ["Director"] * 16
for r, c in zip(ROLES, bcont):
    start = datetime.date(rnd.randint(2018, 2025), rnd.choice([1, 7]), 1)
    board.append([c[0], "%s %s" % (c[3], c[4]), r, us(start), us(start.replace(year=start.year + 3) - datetime.timedelta(days=1)),
                  c[16] or rnd.choice(EMPLOYERS), rnd.choice(["Finance", "Governance", "Development", "Program", "Executive"]),
                  c[15] or "%s.%s@gmail.com" % (c[3].lower(), c[4].lower()), c[14] or phone(),
                  rnd.choice(["$1,000-$4,999", "$5,000-$24,999", "$25,000+"]), rnd.choice(["Yes", "No"])])
hrows = []
for h in households:
    o = [x for x in opps if x[2] == h["id"] and x[6] in ("Closed Won", "Posted")]
    dates = sorted(datetime.datetime.strptime(x[5], "%m/%d/%Y").date() for x in o)
    hrows.append([h["id"], h["name"], h["formal"], h["informal"], h["street"], h["city"], h["st"], h["zip"], "United States",
                  "%.2f" % sum(float(x[4]) for x in o), str(len(o)), dates[0].isoformat() if dates else "",
                  dates[-1].isoformat() if dates else "", "Household Account", "0125g000000HrXaAAK"])
H = {"households": ["Id", "Name", "npo02__Formal_Greeting__c", "npo02__Informal_Greeting__c", "BillingStreet", "BillingCity",
                    "BillingState", "BillingPostalCode", "BillingCountry", "npo02__TotalOppAmount__c", "npo02__NumberOfClosedOpps__c",
                    "npo02__FirstCloseDate__c", "npo02__LastCloseDate__c", "npe01__SYSTEM_AccountType__c", "RecordTypeId"],
     "contacts": ["Contact ID", "Account ID", "Salutation", "First Name", "Last Name", "Birthdate", "Deceased", "Do Not Call",
                  "Email Opt Out", "Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code",
                  "Home Phone", "Mobile", "Email", "Primary Affiliation", "Title", "Lead Source"],
     "opportunities": ["Opportunity ID", "Opportunity Name", "Account ID", "Primary Contact ID", "Amount", "Close Date", "Stage",
                       "Primary Campaign Source", "Payment Method", "Check/Reference Number", "Tribute Type", "Honoree Name",
                       "In Memory/Honor Of", "Notification Recipient Name", "Acknowledgment Status", "Acknowledgment Date",
                       "Fiscal Year", "Description"],
     "soft_credits": ["Id", "npsp__Opportunity__c", "npsp__Contact__c", "npsp__Role_Name__c", "npsp__Amount__c", "npsp__Contact_Name__c"],
     "board": ["Contact ID", "Full Name", "Board Role", "Term Start", "Term End", "Primary Affiliation", "Committee",
               "Preferred Email", "Preferred Phone", "Giving Capacity", "Annual Pledge Met"]}
L = {"households": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "NAME", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "contacts": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE",
                  "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "opportunities": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NAME", "NAME",
                       "NAME", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"],
     "soft_credits": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME"],
     "board": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "DATE", "DATE", "NAME", "NON_IDENTIFYING", "EMAIL_ADDRESS",
               "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING"]}
R = {"households": hrows, "contacts": contacts, "opportunities": opps, "soft_credits": soft, "board": board}
cols = {}
for t in H:
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(R[t])
    cols.update({t + "." + h: l for h, l in zip(H[t], L[t])})
gold = {"dataset": "donor-npsp",
        "description": "Invented Salesforce NPSP donor CRM export, ',', Data Loader API-name headers (households, soft_credits) and report-label headers (contacts, opportunities, board), 18-character Salesforce ids with their case-check suffix, US dates: %d households (The Okafor Household, formal/informal greetings), %d contacts, %d gifts (tributes 'In memory of Margaret Hale'), %d soft credits, %d board members" % (len(hrows), len(contacts), len(opps), len(soft), len(board)),
        "delimiter": ",", "entity": "contacts", "columns": cols,
        "foreignKeys": [{"column": "contacts.Account ID", "references": "households.Id"},
                        {"column": "opportunities.Account ID", "references": "households.Id"},
                        {"column": "opportunities.Primary Contact ID", "references": "contacts.Contact ID"},
                        {"column": "soft_credits.npsp__Opportunity__c", "references": "opportunities.Opportunity ID"},
                        {"column": "soft_credits.npsp__Contact__c", "references": "contacts.Contact ID"},
                        {"column": "board.Contact ID", "references": "contacts.Contact ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

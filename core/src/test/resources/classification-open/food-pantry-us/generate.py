#!/usr/bin/env python3
"""Writes food-pantry-us: an invented client-intake export of a fictional food bank's partner pantries in eastern Iowa
(shaped after pantry client-tracking exports such as Link2Feed / PantryTrak / Oasis reports; seeded, stdlib only), ','.
sites: 12 pantry sites (Site ID 'LNN-03', Site Name, Host Organization (a church, school or community centre),
Host Type, Town, Distribution Days, Agency No. of the regional food bank 'A-1042'). households: 1,650 households (Client
ID 6 digits, Head of Household 'Last, First', Date of Birth MM/DD/YYYY (a few born 1929-1935), Address with
Apt/Lot, City, State IA, ZIP (5 digits or ZIP+4), Phone '(319) 362-0142' or '319-362-0142' or empty, Household Size,
Children (0-17), Seniors (60+), Income Bracket (% of the federal poverty line), SNAP Y/N, WIC Y/N, Primary
Language, Housing, Veteran in HH, Date Registered, Home Site FK, Notes (free text on 12%: proxies, diets, phones)).
visits: 3,900 visits (Visit ID, Client ID FK, Visit Date MM/DD/YYYY, Site ID FK, Visit Type, Individuals Served,
Pounds '38.6', Items 'Produce; Dairy; Protein', Served By (the volunteer, 'Grace L.' or full name), Proxy Name
(someone picking up for the household, 9%), TEFAP Signed Y/N). Deliberate coincidences: the towns Marion, Washington
and Clinton beside clients named Marion, Washington and Clinton; the site host 'Grace Lutheran Church' beside the
volunteer Grace Lindgren; 'St. Joseph Catholic Church' beside clients named Joseph; 'Lincoln Elementary School'
beside the surname Lincoln."""
import csv, json, random, datetime
rnd = random.Random(790303)
GIVEN = ["Marion", "Joseph", "Maria", "James", "Linda", "Robert", "Jessica", "Ashley", "Brandon", "Tiffany", "Dustin",
         "Crystal", "Rosa", "Juan", "Guadalupe", "Jose", "Abdi", "Hodan", "Fadumo", "Mohamed", "Nguyet", "Thanh",
         "Jean", "Marie", "Wilner", "Darlene", "Shirley", "Gary", "Tyler", "Kayla", "Destiny", "Tamara", "Dennis",
         "Lorraine", "Cody", "Amber", "Esperanza", "Mercedes", "Deng", "Achol", "Faith", "Helen", "Harold", "Vera"]
FAMILY = ["Washington", "Clinton", "Lincoln", "Miller", "Johnson", "Schmitt", "Hernandez", "Garcia", "Martinez", "Nguyen",
          "Tran", "Ali", "Hassan", "Warsame", "Jean-Baptiste", "Pierre", "Olson", "Hansen", "Kramer", "Vanderlinden",
          "Jackson", "Brown", "Davis", "Yoder", "Bontrager", "Lopez", "Ramirez", "Mayen", "Deng", "Thompson", "Wilson",
          "Novotny", "Sedlacek", "Kuehl", "Baker", "Rodriguez", "Flores", "Abdullahi", "Carter", "Steffen"]
VOLUNTEERS = ["Grace Lindgren", "Barb Kessler", "Tom Hollister", "Judy Wendt", "Ron Maas", "Carol Petersen",
              "Dave Hinrichs", "Ellen Fisk", "Pastor Mark Eide", "Sue Koenig", "Kim Tran", "Jim Ortmann",
              "Deb Schroeder", "Nancy Bauer", "Luis Paredes", "Sister Ann Vogt", "Ken Albrecht", "Pat Dooley"]
TOWNS = [("Cedar Rapids", ["52401", "52402", "52403", "52404", "52405", "52411"], "Linn"), ("Marion", ["52302"], "Linn"),
         ("Hiawatha", ["52233"], "Linn"), ("Iowa City", ["52240", "52245", "52246"], "Johnson"), ("Coralville", ["52241"], "Johnson"),
         ("North Liberty", ["52317"], "Johnson"), ("Washington", ["52353"], "Washington"), ("Kalona", ["52247"], "Washington"),
         ("Mount Vernon", ["52314"], "Linn"), ("Lisbon", ["52253"], "Linn"), ("Solon", ["52333"], "Johnson"),
         ("Clinton", ["52732"], "Clinton"), ("Tiffin", ["52340"], "Johnson")]
SITES = [("LNN-01", "Grace Pantry", "Grace Lutheran Church", "Church", "Cedar Rapids", "Tue/Thu", "A-1042"),
         ("LNN-02", "St. Joseph Food Shelf", "St. Joseph Catholic Church", "Church", "Marion", "Wed", "A-1057"),
         ("LNN-03", "Lincoln Family Market", "Lincoln Elementary School", "School", "Cedar Rapids", "Fri (school year)", "A-1311"),
         ("LNN-04", "Hiawatha Community Pantry", "Hiawatha Community Center", "Community Center", "Hiawatha", "Mon/Wed", "A-1098"),
         ("LNN-05", "Mount Vernon Area Food Pantry", "First Presbyterian Church", "Church", "Mount Vernon", "Sat", "A-1120"),
         ("JHN-01", "North Liberty Community Pantry", "North Liberty Community Center", "Community Center", "North Liberty", "Mon-Fri", "A-1203"),
         ("JHN-02", "Coralville Cupboard", "Coralville Middle School", "School", "Coralville", "Thu", "A-1288"),
         ("JHN-03", "Solon Food Pantry", "Solon United Methodist Church", "Church", "Solon", "2nd & 4th Tue", "A-1301"),
         ("JHN-04", "Mobile Pantry - Iowa City", "Crisis Center of Johnson County", "Community Center", "Iowa City", "Varies", "A-1005"),
         ("WSH-01", "Washington County Food Pantry", "Trinity Episcopal Church", "Church", "Washington", "Tue", "A-1150"),
         ("WSH-02", "Kalona Neighbors Pantry", "Kalona Mennonite Church", "Church", "Kalona", "Sat", "A-1166"),
         ("CLN-01", "Clinton Eastside Pantry", "Jefferson Elementary School", "School", "Clinton", "Wed/Fri", "A-1402")]
STREETS = ["1st Ave", "2nd St SE", "3rd Ave SW", "Johnson Ave NW", "Mount Vernon Rd SE", "Center Point Rd NE", "Oakland Rd NE",
           "8th Ave", "Gilbert St", "Muscatine Ave", "Lakeside Dr", "Cherry Hill Rd", "Prairie Dr", "Main St", "Lincoln Way",
           "W Washington St", "N Dodge St", "Broadway St", "Sycamore St", "Wiley Blvd SW", "Edgewood Rd NW", "Blairs Ferry Rd NE"]
LANG = (["English"] * 70 + ["Spanish"] * 14 + ["Somali"] * 4 + ["Vietnamese"] * 3 + ["Haitian Creole"] * 3 + ["Arabic"] * 2 +
        ["French"] * 2 + ["Swahili"] * 1 + ["Dinka"] * 1)
INCOME = ["Under 100% FPL", "100-130% FPL", "131-185% FPL", "186-200% FPL", "Over 200% FPL", "Declined"]
HOUSING = ["Rent", "Rent", "Rent", "Own", "Own", "Doubled up", "Shelter", "Homeless", "Mobile home"]
ITEMS = ["Produce", "Dairy", "Protein", "Bread", "Canned Goods", "Dry Goods", "Frozen Meat", "Hygiene", "Baby Items", "Pet Food", "Diabetic Box"]
def phone():
    ac = rnd.choice(["319", "319", "319", "563", "641"])
    ex = rnd.randint(200, 989); ln = rnd.randint(0, 9999)
    r = rnd.random()
    if r < 0.55:
        return "(%s) %03d-%04d" % (ac, ex, ln)
    if r < 0.88:
        return "%s-%03d-%04d" % (ac, ex, ln)
    return ""
hh = []; ids = rnd.sample(range(100000, 999999), 1650)
clinton_forced = 0
for i in range(1650):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    town, zips, county = rnd.choices(TOWNS, weights=[40, 10, 4, 14, 6, 5, 6, 3, 2, 1, 1, 5, 1])[0]
    z = rnd.choice(zips)
    if rnd.random() < 0.25:
        z += "-%04d" % rnd.randint(1000, 9999)
    yr = rnd.randint(1936, 2006) if rnd.random() > 0.012 else rnd.randint(1929, 1935)
    dob = "%02d/%02d/%d" % (rnd.randint(1, 12), rnd.randint(1, 28), yr)
    size = rnd.choices(range(1, 10), weights=[24, 20, 16, 15, 10, 7, 4, 2, 2])[0]
    kids = min(size - 1, rnd.choice([0, 0, 1, 2, 3, 4])) if size > 1 else 0
    seniors = (1 if 2026 - yr >= 60 else 0) + (1 if size - kids > 1 and rnd.random() < 0.15 else 0)
    addr = "%d %s" % (rnd.randint(100, 4999), rnd.choice(STREETS))
    if rnd.random() < 0.35:
        addr += rnd.choice([" Apt %d" % rnd.randint(1, 24), " Apt %d%s" % (rnd.randint(1, 3), rnd.choice("ABCD")), " Lot %d" % rnd.randint(1, 120), " #%d" % rnd.randint(1, 12)])
    housing = rnd.choice(HOUSING)
    if housing in ("Homeless", "Shelter"):
        addr = rnd.choice(["", "General Delivery", "c/o Willis Dady Shelter, 1247 4th Ave SE", "c/o Shelter House, 429 Southgate Ave"])
    reg = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2600))
    lang = rnd.choice(LANG)
    if lang == "Spanish":
        f = rnd.choice(["Hernandez", "Garcia", "Martinez", "Lopez", "Ramirez", "Rodriguez", "Flores"]); g = rnd.choice(["Rosa", "Juan", "Guadalupe", "Jose", "Esperanza", "Mercedes", "Maria"])
    elif lang == "Somali":
        f = rnd.choice(["Ali", "Hassan", "Warsame", "Abdullahi"]); g = rnd.choice(["Abdi", "Hodan", "Fadumo", "Mohamed"])
    elif lang == "Vietnamese":
        f = rnd.choice(["Nguyen", "Tran"]); g = rnd.choice(["Nguyet", "Thanh"])
    elif lang in ("Haitian Creole", "French"):
        f = rnd.choice(["Jean-Baptiste", "Pierre"]); g = rnd.choice(["Jean", "Marie", "Wilner"])
    elif lang == "Dinka":
        f = rnd.choice(["Mayen", "Deng"]); g = rnd.choice(["Deng", "Achol"])
    home = [s for s in SITES if s[4] == town] or [SITES[0]]
    site = rnd.choice(home)[0] if rnd.random() < 0.85 else rnd.choice(SITES)[0]
    note = ""
    if rnd.random() < 0.12:
        note = rnd.choice(["Proxy: daughter %s %s picks up" % (rnd.choice(GIVEN), f), "Diabetic - low sugar items", "No pork please",
                           "Call %s before home delivery" % (phone() or "319-286-5040"), "Homebound, delivery by %s" % rnd.choice(VOLUNTEERS),
                           "Referred by %s at DHS" % rnd.choice(["caseworker Amy Stout", "Jill Raddatz", "Tony Pham"]), "Gluten free", "Needs can opener",
                           "Husband %s %s also on file" % (rnd.choice(GIVEN), f), "Lives with mother, %s" % rnd.choice(GIVEN)])
    hh.append([str(ids[i]), "%s, %s" % (f, g), dob, addr, town, "IA", z,
               phone(), str(size), str(kids), str(seniors), rnd.choices(INCOME, weights=[40, 20, 25, 5, 5, 5])[0],
               "Y" if rnd.random() < 0.58 else "N", "Y" if kids and rnd.random() < 0.4 else "N", lang, housing,
               "Y" if rnd.random() < 0.07 else "N", reg.strftime("%m/%d/%Y"), site, note])
# a few clients whose names equal the towns: Marion Washington, Joseph Clinton
hh[3][1] = "Washington, Marion"; hh[7][1] = "Clinton, Joseph"; hh[11][1] = "Lincoln, Marion"
visits = []; vid = 50001
start = datetime.date(2025, 7, 1)
weights = [rnd.paretovariate(1.5) for _ in hh]
dates = sorted(start + datetime.timedelta(days=rnd.randint(0, 270)) for _ in range(3900))
for d in dates:
    h = rnd.choices(hh, weights=weights)[0]
    site = h[18] if rnd.random() < 0.8 else rnd.choice(SITES)[0]
    vt = rnd.choices(["Regular", "Regular", "TEFAP", "Emergency", "Mobile", "Home Delivery"], weights=[50, 20, 15, 6, 6, 3])[0]
    if site == "JHN-04":
        vt = "Mobile"
    n = int(h[8])
    lbs = round(rnd.uniform(12, 22) + 6.5 * n * rnd.uniform(0.6, 1.3), 1)
    items = "; ".join(sorted(rnd.sample(ITEMS[:7], rnd.randint(2, 5)) + (["Baby Items"] if int(h[9]) and rnd.random() < 0.2 else []), key=ITEMS.index))
    vol = rnd.choice(VOLUNTEERS)
    if rnd.random() < 0.4 and not vol.startswith(("Pastor", "Sister")):
        vol = vol.split()[0] + " " + vol.split()[-1][0] + "."
    proxy = ""
    if rnd.random() < 0.09:
        proxy = "%s %s" % (rnd.choice(GIVEN), rnd.choice([h[1].split(",")[0], rnd.choice(FAMILY)]))
    visits.append([str(vid), h[0], d.strftime("%m/%d/%Y"), site, vt, str(n), ("%.1f" % lbs), items, vol, proxy,
                   "Y" if vt == "TEFAP" or rnd.random() < 0.3 else "N"])
    vid += rnd.choice([1, 1, 1, 2])
def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n"); wr.writerow(head); wr.writerows(data)
SH = ["Site ID", "Site Name", "Host Organization", "Host Type", "Town", "Distribution Days", "Agency No."]
HH = ["Client ID", "Head of Household", "Date of Birth", "Address", "City", "State", "ZIP", "Phone", "Household Size",
      "Children (0-17)", "Seniors (60+)", "Income Bracket", "SNAP", "WIC", "Primary Language", "Housing", "Veteran in HH",
      "Date Registered", "Home Site", "Notes"]
VH = ["Visit ID", "Client ID", "Visit Date", "Site ID", "Visit Type", "Individuals Served", "Pounds", "Items", "Served By",
      "Proxy Name", "TEFAP Signed"]
write("sites", SH, [list(s) for s in SITES]); write("households", HH, hh); write("visits", VH, visits)
L = {"sites": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "households": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE_OF_BIRTH", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE",
                    "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"],
     "visits": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NAME", "NON_IDENTIFYING"]}
cols = {}
for tname, h in (("sites", SH), ("households", HH), ("visits", VH)):
    for c, l in zip(h, L[tname]):
        cols[tname + "." + c] = l
gold = {"dataset": "food-pantry-us",
        "description": "Invented client-intake export of a fictional eastern-Iowa food bank's partner pantries (Link2Feed/PantryTrak-like), ',': sites %d (Site ID 'LNN-03', Site Name, Host Organization church/school/community centre, Host Type, Town, Distribution Days, Agency No. 'A-1042'), households %d (6-digit Client ID, Head of Household 'Last, First', Date of Birth MM/DD/YYYY (1.2%% born 1929-1935), Address with Apt/Lot or a shelter's 'c/o' address or empty for homeless, City, State, ZIP 5 digits or ZIP+4, Phone '(319) 362-0142' / '319-362-0142' / empty, Household Size, Children (0-17), Seniors (60+), Income Bracket (%% FPL), SNAP, WIC, Primary Language, Housing, Veteran in HH, Date Registered, Home Site FK, Notes free text on 12%% naming proxies, relatives, caseworkers, volunteers and phones), visits %d (Visit ID, Client ID FK, Visit Date MM/DD/YYYY, Site ID FK, Visit Type, Individuals Served, Pounds '38.6', Items 'Produce; Dairy; Protein', Served By (18 volunteers, 40%% written 'Grace L.'), Proxy Name (9%%), TEFAP Signed). The site's Town is CITY (an organisation's own contact data, as library.branches); Served By is NAME (staff convention); Home Site, Site ID and site names NON_IDENTIFYING. Coincidences: towns Marion, Washington, Clinton beside clients named Marion, Washington, Clinton (three heads 'Washington, Marion', 'Clinton, Joseph', 'Lincoln, Marion'); host 'Grace Lutheran Church' and site 'Grace Pantry' beside the volunteer Grace Lindgren; 'St. Joseph Catholic Church' beside clients named Joseph; 'Lincoln Elementary School' / 'Lincoln Family Market' beside the surname Lincoln; 'Jefferson Elementary School'" % (len(SITES), len(hh), len(visits)),
        "delimiter": ",", "entity": "households", "columns": cols,
        "foreignKeys": [{"column": "visits.Client ID", "references": "households.Client ID"},
                        {"column": "visits.Site ID", "references": "sites.Site ID"},
                        {"column": "households.Home Site", "references": "sites.Site ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes koha-library: an invented export of a fictional US county public library running the Koha ILS (seeded,
stdlib only), ',' with ISO dates as Koha's reports write them. borrowers: 720 patrons (borrowernumber, 14-digit
Codabar cardnumber '2' + institution '1047' + 8 digits + mod-10 check digit, surname, firstname, title, streetnumber,
address, address2, city, state, zipcode (ZIP or ZIP+4), country, email, phone, mobile, dateofbirth, branchcode,
categorycode, dateenrolled, dateexpiry, guarantorid (children point to a parent's borrowernumber), relationship, sex,
userid, password (bcrypt hash), borrowernotes (staff notes naming people), privacy, lang, sort1). items: 1,500 copies
(itemnumber, biblionumber, barcode '3' + '1047' + 8 digits + check digit, isbn ISBN-13 or ISBN-10 with valid check
digits, title, author, homebranch, holdingbranch, itemcallnumber 'FIC LINCOLN' / '641.5 JON', itype, ccode, location,
price, replacementprice, dateaccessioned, datelastborrowed, issues, itemlost, notforloan). issues: 3,200 checkouts
(issue_id, borrowernumber, itemnumber, branchcode, issuedate 'yyyy-MM-dd HH:mm:ss', date_due, returndate (empty while
out), lastreneweddate, renewals_count, auto_renew, fine_amount '0.00'). statistics: 48 rows of one day's transaction
log (datetime, branch, type, value, other, itemnumber, itemtype, location, borrowernumber (empty for local use), ccode).
Deliberate coincidences: the branch 'LINCOLN' (Lincoln Park branch) beside the surname Lincoln; the town Madison beside
the given name Madison; the author surnames Morrison and Walker beside patrons of those surnames; the call number
'FIC WALKER'."""
import csv, json, random, datetime
rnd = random.Random(640101)
GIVEN = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David", "Elizabeth",
         "Madison", "Tyler", "Olivia", "Ethan", "Sophia", "Noah", "Ava", "Liam", "Chloe", "Mason", "Aaliyah",
         "DeShawn", "Maria", "Jose", "Mei", "Hiroshi", "Fatima", "Omar", "Grace", "Caleb", "Harper", "Wyatt"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Lincoln", "Morrison", "Walker", "Nguyen", "Kowalski", "Schultz", "Olson", "Hansen", "Larson", "Peterson",
          "Washington", "Thompson", "Okafor", "Tanaka", "Haddad", "O'Brien", "McCarthy", "Lindqvist"]
TOWNS = [("Madison", "537"), ("Middleton", "535"), ("Sun Prairie", "535"), ("Verona", "535"), ("Fitchburg", "537"),
         ("Monona", "537"), ("Waunakee", "535"), ("Stoughton", "535"), ("McFarland", "535"), ("Oregon", "535")]
STREETS = ["Main St", "Oak Ave", "University Ave", "Monroe St", "Atwood Ave", "Mineral Point Rd", "Park St",
           "Johnson St", "Williamson St", "Old Sauk Rd", "Schroeder Rd", "Milwaukee St", "Fish Hatchery Rd"]
BRANCHES = ["CENTRAL", "LINCOLN", "EASTSIDE", "PINNEY", "SEQUOYA", "HAWTHORNE", "BKMOBILE"]
CATS = [("ADULT", 0.62), ("JUV", 0.18), ("YA", 0.07), ("SENIOR", 0.09), ("HOMEBOUND", 0.02), ("STAFF", 0.02)]

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def codabar(first):
    body = first + "1047" + "%08d" % rnd.randint(0, 99999999)
    return body + luhn_digit(body)
def isbn13():
    b = rnd.choice(["978", "979"]) + "".join(str(rnd.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)
def isbn10():
    b = "".join(str(rnd.randint(0, 9)) for _ in range(9))
    s = sum(int(c) * (10 - i) for i, c in enumerate(b))
    ch = (11 - s % 11) % 11
    return b + ("X" if ch == 10 else str(ch))
def pick(pairs):
    r = rnd.random(); acc = 0
    for v, w in pairs:
        acc += w
        if r < acc: return v
    return pairs[-1][0]
def d(y0, y1):
    a = datetime.date(y0, 1, 1).toordinal(); b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rnd.randint(a, b))

borrowers = []; cards = set(); adults = []
for i in range(720):
    bn = 1001 + i
    cat = pick(CATS)
    if cat == "JUV" and adults:
        parent = rnd.choice(adults)
        sur = parent[2]; town, street_no, addr, zipc = parent[8], parent[5], parent[6], parent[10]
        dob = d(2010, 2020); guar = str(parent[0]); rel = rnd.choice(["parent", "parent", "grandparent", "guardian"])
    else:
        sur = rnd.choice(FAMILY); town, z3 = rnd.choice(TOWNS); street_no = str(rnd.randint(10, 9899))
        addr = rnd.choice(STREETS); zipc = z3 + "%02d" % rnd.randint(1, 99)
        if rnd.random() < 0.2: zipc += "-%04d" % rnd.randint(1, 9999)
        dob = d(1930, 1968) if cat in ("SENIOR", "HOMEBOUND") else (d(2007, 2011) if cat == "YA" else d(1945, 2005))
        guar = ""; rel = ""
    if cat == "JUV" and not adults: cat = "ADULT"
    given = rnd.choice(GIVEN)
    card = codabar("2")
    while card in cards: card = codabar("2")
    cards.add(card)
    email = "" if rnd.random() < 0.15 or cat == "JUV" else "%s.%s%d@%s" % (given.lower(), sur.lower().replace("'", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "charter.net", "wisc.edu", "outlook.com"]))
    phone = "" if rnd.random() < 0.1 else "608-%03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))
    mobile = "" if rnd.random() < 0.5 else "(608) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))
    enrolled = d(2008, 2025); expiry = enrolled + datetime.timedelta(days=365 * rnd.choice([1, 2, 3]))
    note = ""
    r = rnd.random()
    if r < 0.05: note = "Card replaced %s; old card reported lost" % d(2022, 2025).isoformat()
    elif r < 0.09: note = "Mother %s %s may pick up holds" % (rnd.choice(GIVEN), sur)
    elif r < 0.11: note = "Homebound delivery every 2nd Tuesday, call %s first" % rnd.choice(GIVEN)
    elif r < 0.13: note = "Address verified by %s at %s" % (rnd.choice(["Linda", "Omar", "Grace"]), rnd.choice(BRANCHES).title())
    userid = "" if rnd.random() < 0.3 else ("%s%s%d" % (given[0], sur, rnd.randint(1, 99))).lower().replace("'", "")
    pw = "" if not userid else "$2a$08$" + "".join(rnd.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53))
    row = [bn, card, sur, given, rnd.choice(["", "", "Mr", "Ms", "Mrs", "Dr"]) if cat != "JUV" else "", street_no, addr,
           rnd.choice(["", "", "", "", "Apt %d" % rnd.randint(1, 40), "Unit %s" % rnd.choice("ABCD")]), town, "WI", zipc, "USA",
           email, phone, mobile, dob.isoformat(), rnd.choice(BRANCHES[:6]), cat, enrolled.isoformat(), expiry.isoformat(),
           guar, rel, rnd.choice(["M", "F", "F", "M", ""]), userid, pw, note, rnd.choice(["1", "1", "0", "2"]),
           rnd.choice(["default", "default", "en", "es-ES", "hmn"]), rnd.choice(["", "", "R1", "R2", "NR"])]
    borrowers.append(row)
    if cat in ("ADULT", "SENIOR"): adults.append(row)
BH = ["borrowernumber", "cardnumber", "surname", "firstname", "title", "streetnumber", "address", "address2", "city",
      "state", "zipcode", "country", "email", "phone", "mobile", "dateofbirth", "branchcode", "categorycode",
      "dateenrolled", "dateexpiry", "guarantorid", "relationship", "sex", "userid", "password", "borrowernotes",
      "privacy", "lang", "sort1"]

TITLES = ["The Midnight Library", "Where the Crawdads Sing", "Beloved", "Song of Solomon", "Educated", "Becoming",
          "The Overstory", "Lessons in Chemistry", "Dog Man: Twenty Thousand Fleas Under the Sea", "Wonder",
          "The Very Hungry Caterpillar", "Salt Fat Acid Heat", "The Joy of Cooking", "Atomic Habits", "Dune",
          "The Hunger Games", "Lincoln in the Bardo", "Team of Rivals", "Walker Evans: Photographs", "Percy Jackson and the Lightning Thief",
          "Sapiens", "The Body Keeps the Score", "Oppenheimer", "Frozen II", "Bluey: Season 1", "The Wisconsin Gazetteer"]
AUTHORS = ["Haig, Matt", "Owens, Delia", "Morrison, Toni", "Morrison, Toni", "Westover, Tara", "Obama, Michelle",
           "Powers, Richard", "Garmus, Bonnie", "Pilkey, Dav", "Palacio, R. J.", "Carle, Eric", "Nosrat, Samin",
           "Rombauer, Irma S.", "Clear, James", "Herbert, Frank", "Collins, Suzanne", "Saunders, George",
           "Goodwin, Doris Kearns", "Walker, Alice", "Riordan, Rick", "Harari, Yuval Noah", "van der Kolk, Bessel",
           "Bird, Kai", "", "", "Wisconsin Historical Society"]
ITYPES = {"Dog Man": "JBOOK", "Wonder": "JBOOK", "The Very": "JBOOK", "Frozen": "DVD", "Bluey": "DVD", "Oppenheimer": "BOOK",
          "Percy": "JBOOK", "The Hunger": "YABOOK"}
items = []; ibar = set()
for i in range(1500):
    k = rnd.randrange(len(TITLES)); t = TITLES[k]; a = AUTHORS[k]
    it = next((v for p, v in ITYPES.items() if t.startswith(p)), "BOOK")
    if it == "BOOK" and rnd.random() < 0.12: it = rnd.choice(["AUDIOBK", "LGPRINT"])
    surname = a.split(",")[0].upper() if a else t.split()[0].upper()
    if k in (11, 12): call = "641.5 %s" % surname[:3]
    elif k in (4, 5, 13, 20, 21): call = "%s %s" % (rnd.choice(["158.1", "305.8", "920", "616.85"]), surname[:3])
    elif k in (17, 25): call = "%s %s" % (rnd.choice(["973.7", "977.5"]), surname[:3])
    elif it == "DVD": call = "DVD %s" % t.split(":")[0].upper()
    else: call = "%s %s" % ({"JBOOK": "J FIC", "YABOOK": "YA FIC"}.get(it, "FIC"), surname)
    bc = codabar("3")
    while bc in ibar: bc = codabar("3")
    ibar.add(bc)
    acc = d(2012, 2024)
    price = "%.2f" % (rnd.choice([17.99, 24.99, 28.00, 29.95, 14.99, 9.99, 35.00]) if it != "DVD" else rnd.choice([19.98, 24.99]))
    items.append([100001 + i, 20000 + k * 7 + (1 if it in ("AUDIOBK", "LGPRINT") else 0), bc,
                  (isbn13() if rnd.random() < 0.75 else isbn10()) if it != "DVD" else "", t, a,
                  rnd.choice(BRANCHES[:6]), rnd.choice(BRANCHES), call, it,
                  rnd.choice(["ADFIC", "ADNF", "JUV", "YA", "AV"]), rnd.choice(["STACKS", "STACKS", "NEWSHELF", "CHILDRENS", "DISPLAY"]),
                  price, "%.2f" % (float(price) + 5), acc.isoformat(), "", 0, rnd.choice(["0", "0", "0", "0", "0", "0", "1", "2"]),
                  rnd.choice(["0", "0", "0", "0", "0", "-1"])])
IH = ["itemnumber", "biblionumber", "barcode", "isbn", "title", "author", "homebranch", "holdingbranch",
      "itemcallnumber", "itype", "ccode", "location", "price", "replacementprice", "dateaccessioned",
      "datelastborrowed", "issues", "itemlost", "notforloan"]
# same biblio -> same isbn
bib_isbn = {}
for it in items:
    if it[3]:
        it[3] = bib_isbn.setdefault(it[1], it[3])

issues = []
weights = [rnd.paretovariate(1.3) for _ in borrowers]
for i in range(3200):
    b = rnd.choices(borrowers, weights)[0]; it = rnd.choice(items)
    start = datetime.datetime(2024, 1, 2, 9) + datetime.timedelta(minutes=rnd.randint(0, 700 * 24 * 60))
    start = start.replace(hour=rnd.randint(9, 20))
    due = (start + datetime.timedelta(days=21 if it[9] != "DVD" else 7)).replace(hour=23, minute=59, second=0)
    ren = rnd.choice([0, 0, 0, 0, 1, 1, 2])
    lastren = ""
    if ren:
        lr = start + datetime.timedelta(days=rnd.randint(5, 20)); lastren = lr.strftime("%Y-%m-%d %H:%M:%S")
        due = due + datetime.timedelta(days=21 * ren)
    ret = start + datetime.timedelta(days=rnd.randint(1, 40), hours=rnd.randint(0, 6))
    out = ret > datetime.datetime(2025, 12, 1)
    late = (ret - due).days
    fine = "%.2f" % (min(max(late, 0) * (1.0 if it[9] == "DVD" else 0.25), 10.0) if b[17] not in ("JUV", "HOMEBOUND", "STAFF") else 0)
    issues.append([500001 + i, b[0], it[0], it[7], start.strftime("%Y-%m-%d %H:%M:%S"), due.strftime("%Y-%m-%d %H:%M:%S"),
                   "" if out else ret.strftime("%Y-%m-%d %H:%M:%S"), lastren, ren, rnd.choice(["0", "0", "1"]), fine])
    it[16] += 1
    it[15] = max(it[15], start.date().isoformat()) if it[15] else start.date().isoformat()
issues.sort(key=lambda r: r[4])
for k, r in enumerate(issues): r[0] = 500001 + k
SH = ["issue_id", "borrowernumber", "itemnumber", "branchcode", "issuedate", "date_due", "returndate",
      "lastreneweddate", "renewals_count", "auto_renew", "fine_amount"]

stats = []
day = datetime.datetime(2025, 11, 18, 9, 0, 0)
for i in range(48):
    day += datetime.timedelta(seconds=rnd.randint(60, 900))
    typ = rnd.choice(["issue", "issue", "return", "return", "renew", "payment", "localuse"])
    it = rnd.choice(items); b = rnd.choice(borrowers)
    val = "%.4f" % (rnd.choice([0.25, 0.5, 1.0, 2.75, 5.0]) if typ == "payment" else 0)
    stats.append([day.strftime("%Y-%m-%d %H:%M:%S"), rnd.choice(["CENTRAL", "CENTRAL", "LINCOLN", "PINNEY"]), typ, val,
                  "" if typ != "payment" else rnd.choice(["CASH", "CREDIT", "SIP00"]), "" if typ == "payment" else it[0],
                  "" if typ == "payment" else it[9], "" if typ == "payment" else it[11], "" if typ == "localuse" else b[0],
                  "" if typ == "payment" else it[10]])
TH = ["datetime", "branch", "type", "value", "other", "itemnumber", "itemtype", "location", "borrowernumber", "ccode"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("borrowers", BH, borrowers); write("items", IH, items); write("issues", SH, issues); write("statistics", TH, stats)
L = {}
L.update({"borrowers." + c: v for c, v in zip(BH, [
    "OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "STREET_ADDRESS",
    "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "EMAIL_ADDRESS",
    "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE",
    "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "CREDENTIAL",
    "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
L.update({"items." + c: v for c, v in zip(IH, [
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
L.update({"issues." + c: v for c, v in zip(SH, [
    "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE",
    "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
L.update({"statistics." + c: v for c, v in zip(TH, [
    "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"])})
gold = {"dataset": "koha-library",
        "description": "Invented export of a fictional Wisconsin county library on Koha ILS, ',' with ISO dates: 720 borrowers (borrowernumber, 14-digit Codabar cardnumber 2-1047-xxxxxxxx-check, name, title, streetnumber/address/address2, city, state, ZIP or ZIP+4, e-mail, phone and mobile in two styles, dateofbirth, branchcode, categorycode ADULT/JUV/YA/SENIOR/HOMEBOUND/STAFF, enrolment/expiry, guarantorid of children pointing to a parent borrower, relationship, sex, OPAC userid, bcrypt password, staff notes naming people, privacy, lang, sort1), 1,500 items (itemnumber, biblionumber, item barcode 3-1047-..., ISBN-13/ISBN-10 with valid check digits, title, author, home/holding branch, call number 'FIC WALKER', itype, ccode, location, prices, accession and last-borrowed dates, issue count, lost, notforloan), 3,200 issues (issue_id, borrowernumber, itemnumber, branch, issue/due/return/renewal datetimes, renewals, auto_renew, fine), 48 statistics rows of one day (datetime, branch, type, value, other, itemnumber, itemtype, location, borrowernumber empty for local use, ccode). cardnumber ACCOUNT_NUMBER (the patron's library card); item barcodes, ISBNs, titles, authors and call numbers NON_IDENTIFYING (things, as books.isbn/author in the library set); userid OTHER_UNIQUE_IDENTIFIER; password CREDENTIAL. Coincidences: branch LINCOLN beside the surname Lincoln, the town Madison beside the given name Madison, authors Morrison/Walker and call number 'FIC WALKER' beside patrons Morrison/Walker",
        "delimiter": ",", "entity": "borrowers", "columns": L,
        "foreignKeys": [{"column": "borrowers.guarantorid", "references": "borrowers.borrowernumber"},
                        {"column": "issues.borrowernumber", "references": "borrowers.borrowernumber"},
                        {"column": "issues.itemnumber", "references": "items.itemnumber"},
                        {"column": "statistics.borrowernumber", "references": "borrowers.borrowernumber"},
                        {"column": "statistics.itemnumber", "references": "items.itemnumber"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes metro2-credit-us: an invented monthly Metro 2 credit-reporting extract of a fictional Ohio lender (seeded,
stdlib only), the 426-byte base segment flattened to a '|'-separated file whose headers are the Metro 2 field names.
base_segment: 2,400 accounts of about 2,050 consumers (some hold a card and a loan): Cycle Identifier, Identification
Number (the furnisher's), Time Stamp MMDDYYYYHHMMSS, Consumer Account Number (16-digit Luhn card numbers for credit
cards, 13-digit loan numbers, 'HE' lines), Portfolio Type C/I/M/O/R, Account Type '00'/'18'/'26'..., Date Opened
MMDDYYYY, Credit Limit, Highest Credit or Original Loan Amount, Terms Duration '060'/'REV'/'LOC', Terms Frequency,
Scheduled Monthly Payment Amount, Actual Payment Amount, Account Status 11/13/71/78/80/93/97/05, Payment Rating,
Payment History Profile (24 characters, newest month first), Special Comment, Compliance Condition Code, Current
Balance, Amount Past Due, Original Charge-off Amount, Date of Account Information, FCRA Compliance/Date of First
Delinquency, Date Closed, Date of Last Payment, Interest Type Indicator, upper-case Surname / First Name / Middle Name,
Generation Code J/S/2/3, Social Security Number (9 digits), Date of Birth MMDDYYYY (a few born before 1936),
Telephone Number (10 digits), ECOA Code, Consumer Information Indicator, Country Code, First/Second Line of Address,
City, State, Postal/Zip Code (ZIP+4 without hyphen or 5 digits), Address Indicator, Residence Code, and the K2
segment (Purchased From/Sold To) for loans bought from other banks. associated_consumers: J1 (same address, address
fields empty) and J2 (own address) segments of co-borrowers and authorized users. portfolio_account_types: the
Account Type code list with its portfolio type. Deliberate coincidences: surnames and given names FRANKLIN, MARION,
WARREN, LANCASTER, JACKSON, HAMILTON, MADISON beside the Ohio towns of those names; K2 names 'HAMILTON SAVINGS BANK',
'FIRST FEDERAL OF LANCASTER', 'WARREN COUNTY CREDIT UNION' beside them."""
import csv, json, random
rnd = random.Random(76020301)
GIVEN = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH",
         "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHRISTOPHER", "KAREN",
         "DANIEL", "NANCY", "MATTHEW", "LISA", "ANTHONY", "BETTY", "MARK", "SANDRA", "DONALD", "ASHLEY", "STEVEN",
         "KIMBERLY", "ANDREW", "DONNA", "JOSHUA", "MICHELLE", "KENNETH", "DOROTHY", "KEVIN", "CAROL", "BRIAN",
         "AMANDA", "TIMOTHY", "MELISSA", "RONALD", "DEBORAH", "MARION", "WARREN", "MADISON", "AUSTIN", "DESHAWN",
         "LATOYA", "JOSE", "MARIA", "GUADALUPE", "NGOC", "ANH", "PRIYA", "OLUWASEUN", "FATIMA", "MOHAMMED",
         "TREVOR", "BRITTANY", "TYLER", "CODY", "KAYLA", "DUSTIN", "HEATHER", "GARY", "BRENDA"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR",
          "THOMAS", "MOORE", "MARTIN", "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON", "WALKER",
          "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "HILL", "GREEN", "ADAMS", "NELSON", "BAKER", "CAMPBELL",
          "MITCHELL", "ROBERTS", "CARTER", "PHILLIPS", "EVANS", "TURNER", "PARKER", "COLLINS", "EDWARDS", "STEWART",
          "MORRIS", "MURPHY", "COOK", "ROGERS", "FRANKLIN", "MARION", "WARREN", "LANCASTER", "JACKSON", "HAMILTON",
          "MADISON", "GARCIA", "MARTINEZ", "RODRIGUEZ", "HERNANDEZ", "LOPEZ", "NGUYEN", "TRAN", "PATEL", "OKAFOR",
          "KOWALSKI", "SCHNEIDER", "MUELLER", "O'BRIEN", "MCDONALD", "DIAZ-RIVERA", "VAN METER", "ST CLAIR",
          "WASHINGTON", "JEFFERSON", "HOLLOWAY", "BURKHART", "YODER", "HOCHSTETLER", "KRUEGER", "ABDULLAHI"]
# (city, state, ZIP3 or ZIP5 prefix, area code)
CITIES = [("COLUMBUS", "OH", "432", "614"), ("DAYTON", "OH", "454", "937"), ("CINCINNATI", "OH", "452", "513"),
          ("TOLEDO", "OH", "436", "419"), ("AKRON", "OH", "443", "330"), ("LIMA", "OH", "458", "419"),
          ("MARION", "OH", "43302", "740"), ("FINDLAY", "OH", "45840", "419"), ("LANCASTER", "OH", "43130", "740"),
          ("FRANKLIN", "OH", "45005", "937"), ("WARREN", "OH", "44483", "330"), ("JACKSON", "OH", "45640", "740"),
          ("HAMILTON", "OH", "45011", "513"), ("MADISON", "OH", "44057", "440"), ("ZANESVILLE", "OH", "43701", "740"),
          ("SPRINGFIELD", "OH", "45503", "937"), ("MANSFIELD", "OH", "44903", "419"), ("CHILLICOTHE", "OH", "45601", "740"),
          ("WESTERVILLE", "OH", "43081", "614"), ("DUBLIN", "OH", "43017", "614"), ("HILLIARD", "OH", "43026", "614"),
          ("GROVE CITY", "OH", "43123", "614"), ("NEWARK", "OH", "43055", "740"), ("MIDDLETOWN", "OH", "45044", "513"),
          ("FORT WAYNE", "IN", "468", "260"), ("RICHMOND", "IN", "47374", "765"), ("COVINGTON", "KY", "41011", "859"),
          ("HUNTINGTON", "WV", "25701", "304"), ("PARKERSBURG", "WV", "26101", "304"), ("ERIE", "PA", "165", "814")]
CW = [14, 10, 9, 6, 6, 3, 3, 2, 3, 2, 3, 2, 3, 1, 2, 3, 2, 2, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]
STREETS = ["N HIGH ST", "E BROAD ST", "W MAIN ST", "S 4TH ST", "BRANDYWINE DR", "OAK ST", "MAPLE AVE", "ELM ST",
           "CLEVELAND AVE", "SUNBURY RD", "MORSE RD", "PARSONS AVE", "STATE ROUTE 37", "TOWNSHIP ROAD 128",
           "LAKEVIEW DR", "CHERRY LN", "HICKORY HILL RD", "FAIRWAY BLVD", "WOODLAND AVE", "LINCOLN WAY", "MILL ST",
           "PARK AVE", "WASHINGTON ST", "SCHOOL ST", "COUNTY ROAD 16", "WILLOW CREEK CT", "BUCKEYE PKWY", "ROSE AVE"]
# Metro 2 Account Type codes (Credit Reporting Resource Guide): code, description, portfolio type
ACCOUNT_TYPES = [("00", "Auto", "I"), ("01", "Unsecured", "I"), ("02", "Secured", "I"), ("03", "Partially Secured", "I"),
                 ("04", "Home Improvement", "I"), ("06", "Installment Sales Contract", "I"), ("07", "Charge Account", "O"),
                 ("0F", "Construction Loan", "I"), ("0G", "Flexible Spending Credit Card", "R"), ("10", "Business Loan", "I"),
                 ("11", "Recreational Merchandise", "I"), ("12", "Education", "I"), ("13", "Lease", "I"),
                 ("15", "Line of Credit", "C"), ("17", "Manufactured Housing", "I"), ("18", "Credit Card", "R"),
                 ("19", "FHA Real Estate Mortgage", "M"), ("25", "FmHA Real Estate Mortgage", "M"),
                 ("26", "Conventional Real Estate Mortgage", "M"), ("2A", "Secured Credit Card", "R"),
                 ("3A", "Auto Lease", "I"), ("47", "Credit Line Secured", "C"), ("5A", "Real Estate - Junior Liens and Non-Purchase Money First", "I"),
                 ("65", "Government Unsecured Guaranteed/Direct Loan", "I"), ("6D", "Home Equity", "I"),
                 ("7A", "Commercial Line of Credit", "C"), ("89", "Home Equity Line of Credit", "C"),
                 ("8A", "Business Credit Card", "R"), ("8B", "Deposit Account with Overdraft Protection", "C"),
                 ("91", "Debt Consolidation", "I"), ("9B", "Business Line Personally Guaranteed", "C")]
PORTFOLIO = {"C": "Line of Credit", "I": "Installment", "M": "Mortgage", "O": "Open", "R": "Revolving"}
USED = {"00": 22, "01": 8, "02": 3, "07": 1, "15": 3, "18": 30, "26": 9, "19": 2, "2A": 3, "3A": 2, "6D": 2,
        "89": 5, "12": 2, "91": 3, "47": 1, "8A": 1, "11": 2, "13": 1}
K2_NAMES = ["HAMILTON SAVINGS BANK", "FIRST FEDERAL OF LANCASTER", "WARREN COUNTY CREDIT UNION", "BUCKEYE AUTO FINANCE LLC",
            "GREAT LAKES CONSUMER LENDING"]


def luhn_complete(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        s += n
    return d + str((10 - s % 10) % 10)


def ssn():
    while True:
        a = rnd.randint(1, 899)
        if a == 666: continue
        return "%03d%02d%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))


def mdy(y, m, d):
    return "%02d%02d%04d" % (m, d, y)


def dob():
    r = rnd.random()
    if r < 0.012:
        y = rnd.randint(1926, 1935)  # over 89 in 2026
    elif r < 0.12:
        y = rnd.randint(1936, 1955)
    else:
        y = rnd.randint(1956, 2006)
    return mdy(y, rnd.randint(1, 12), rnd.randint(1, 28))


def address(city):
    name, st, zp, ac = city
    if rnd.random() < 0.04:
        line1 = "PO BOX %d" % rnd.randint(10, 9999)
    else:
        line1 = "%d %s" % (rnd.randint(1, 12999), rnd.choice(STREETS))
    line2 = rnd.choice(["APT %d%s" % (rnd.randint(1, 40), rnd.choice("ABCD")), "UNIT %d" % rnd.randint(1, 300),
                        "LOT %d" % rnd.randint(1, 90)]) if rnd.random() < 0.16 else ""
    z5 = zp if len(zp) == 5 else zp + "%02d" % rnd.randint(1, 99)
    z = z5 + "%04d" % rnd.randint(1, 9999) if rnd.random() < 0.6 else z5
    return line1, line2, name, st, z


def phone(city):
    if rnd.random() < 0.14:
        return ""
    return "%s%d%02d%04d" % (city[3], rnd.randint(2, 9), rnd.randint(0, 99), rnd.randint(0, 9999))


class Consumer:
    def __init__(self, surname=None):
        self.surname = surname or rnd.choice(FAMILY)
        self.first = rnd.choice(GIVEN)
        r = rnd.random()
        self.middle = rnd.choice(GIVEN) if r < 0.45 else (rnd.choice("ABCDEFGHJKLMNPRSTW") if r < 0.75 else "")
        self.gen = rnd.choice(["J", "J", "S", "2", "3"]) if rnd.random() < 0.04 else ""
        self.ssn = ssn() if rnd.random() < 0.985 else ""
        self.dob = dob()
        self.city = rnd.choices(CITIES, weights=CW)[0]
        self.addr = address(self.city)
        self.phone = phone(self.city)
        self.resid = rnd.choice(["O", "O", "R", ""])
        self.addr_ind = rnd.choice(["C", "C", "Y", "Y", "Y", "N", ""]) if rnd.random() > 0.01 else "M"


consumers = [Consumer() for _ in range(2050)]
accounts = []
used_acct = set()
for c in consumers:
    n = 1 if rnd.random() < 0.86 else rnd.choice([2, 2, 3])
    for _ in range(n):
        accounts.append(c)
accounts = accounts[:2400]
while len(accounts) < 2400:
    accounts.append(rnd.choice(consumers))
rnd.shuffle(accounts)

ATYPE = dict((a, (d, p)) for a, d, p in ACCOUNT_TYPES)
MONTHS_BACK = lambda y, m, k: ((y * 12 + m - 1 - k) // 12, (y * 12 + m - 1 - k) % 12 + 1)
base, assoc = [], []
for idx, c in enumerate(accounts):
    at = rnd.choices(list(USED), weights=list(USED.values()))[0]
    pt = ATYPE[at][1]
    cycle = rnd.choice(["01", "05", "08", "12", "15", "18", "22", "25", "28"]) if pt in "RO" else ""
    day = 31 if cycle == "" else int(cycle)
    age_m = rnd.randint(1, 150) if pt != "M" else rnd.randint(6, 240)
    oy, om = MONTHS_BACK(2026, 1, age_m)
    opened = mdy(oy, om, rnd.randint(1, 28))
    while True:
        if at in ("18", "2A", "8A", "0G"):
            acct = luhn_complete("4" + rnd.choice(["15231", "26684", "03766"]) + "".join(str(rnd.randint(0, 9)) for _ in range(9)))
        elif at in ("89", "15", "47"):
            acct = "HE%08d" % rnd.randint(1, 99999999)
        elif pt == "M":
            acct = "%010d" % rnd.randint(1000000000, 1999999999)
        else:
            acct = "%013d" % rnd.randint(7000000000000, 7099999999999)
        if acct not in used_acct:
            used_acct.add(acct); break
    if pt in "RC":
        limit = rnd.choice([500, 1000, 1500, 2500, 3000, 5000, 7500, 10000, 15000, 25000, 50000 if at == "89" else 12000])
        high = rnd.randint(limit // 10, limit)
        bal = rnd.randint(0, limit) if rnd.random() < 0.8 else 0
        terms = "REV" if pt == "R" else "LOC"
        sched = max(25, bal // 40) if bal else 0
    elif pt == "O":
        limit = 0; high = rnd.randint(100, 3000); bal = rnd.randint(0, high); terms = "001"; sched = bal
    else:
        months = {"00": [36, 48, 60, 72, 84], "26": [180, 360], "19": [360], "12": [120], "3A": [36, 39]}.get(at, [12, 24, 36, 48, 60])
        t = rnd.choice(months); terms = "%03d" % t
        high = rnd.randint(30, 400) * 100 if pt != "M" else rnd.randint(600, 4500) * 100
        limit = 0
        frac = max(0.0, 1 - age_m / t)
        bal = int(high * frac * rnd.uniform(0.9, 1.02))
        sched = int(high * (1.005 if pt != "M" else 1.004) ** t / t * rnd.uniform(0.6, 0.75)) if t else 0
    r = rnd.random()
    status = "11"
    if bal == 0 and rnd.random() < 0.5:
        status = "13"
    elif r < 0.05:
        status = "71"
    elif r < 0.07:
        status = "78"
    elif r < 0.08:
        status = "80"
    elif r < 0.09:
        status = "93"
    elif r < 0.115:
        status = "97"
    elif r < 0.125:
        status = "05"
    hist_len = min(24, age_m)
    hist = []
    for k in range(hist_len):
        if status in ("71",) and k == 0:
            hist.append("1")
        elif status == "78" and k < 2:
            hist.append("21"[k])
        elif status == "80" and k < 3:
            hist.append("321"[k])
        elif status in ("97", "93") and k < 5:
            hist.append("L" if status == "97" and k == 0 else "65432"[k])
        elif status == "13" and k == 0:
            hist.append("E")
        else:
            hist.append(rnd.choices(["0", "1", "D"], weights=[96, 3, 1])[0])
    php = "".join(hist) + "B" * (24 - hist_len)
    past_due = {"71": sched, "78": sched * 2, "80": sched * 3, "93": sched * 5, "97": bal}.get(status, 0)
    chargeoff = str(bal + rnd.randint(0, 400)) if status == "97" else "0"
    rating = {"13": "0", "05": "0", "97": ""}.get(status, "")
    dai = mdy(2026, 1, day)
    dofd = ""
    if status in ("71", "78", "80", "93", "97"):
        k = {"71": 1, "78": 2, "80": 3, "93": 6, "97": rnd.randint(6, 14)}[status]
        y, m = MONTHS_BACK(2026, 1, k); dofd = mdy(y, m, rnd.randint(1, 28))
    closed = ""
    if status in ("13", "97", "05"):
        y, m = MONTHS_BACK(2026, 1, rnd.randint(0, 3)); closed = mdy(y, m, rnd.randint(1, 28))
    lastpay = ""
    if status not in ("97", "93") or rnd.random() < 0.3:
        y, m = MONTHS_BACK(2026, 1, 0 if status == "11" else rnd.randint(1, 8)); lastpay = mdy(y, m, rnd.randint(1, 28))
    actual = str(sched + rnd.choice([0, 0, 0, 25, 100])) if status == "11" and sched else "0"
    special = rnd.choice(["AU", "CI", "M", "AW", "BO", "AX"]) if rnd.random() < 0.05 else ""
    ccc = rnd.choice(["XB", "XC", "XH"]) if rnd.random() < 0.015 else ""
    cii = rnd.choice(["E", "F", "H", "Q"]) if rnd.random() < 0.02 else ""
    joint = rnd.random() < 0.24
    ecoa = "2" if joint else rnd.choice(["1"] * 60 + ["7", "7", "5", "X"])
    k2i, k2n = ("1", rnd.choice(K2_NAMES)) if pt in "IM" and rnd.random() < 0.09 else ("", "")
    ts = "01%02d2026%02d%02d%02d" % (min(day, 31), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
    a1, a2, city, st, z = c.addr
    base.append([cycle, "7F00418833", ts, acct, pt, at, opened, str(limit), str(high), terms,
                 "M" if terms not in ("001",) else "P", str(sched), actual, status, rating, php, special, ccc,
                 str(bal), str(past_due), chargeoff, dai, dofd, closed, lastpay, rnd.choice(["F", "F", "V", ""]) if pt in "IMC" else "",
                 c.surname, c.first, c.middle, c.gen, c.ssn, c.dob, c.phone, ecoa, cii, "US", a1, a2, city, st, z,
                 c.addr_ind, c.resid, k2i, k2n])
    if joint or (pt == "R" and rnd.random() < 0.08):
        n = 1 if rnd.random() < 0.9 else 2
        for j in range(n):
            spouse = rnd.random() < 0.65
            o = Consumer(c.surname if spouse else None)
            seg = "J1" if spouse and rnd.random() < 0.85 else "J2"
            jecoa = "2" if joint else "3"
            if seg == "J1":
                row_addr = ["", "", "", "", "", "", "", ""]
            else:
                oa1, oa2, ocity, ost, oz = o.addr
                row_addr = ["US", oa1, oa2, ocity, ost, oz, o.addr_ind, o.resid]
            assoc.append([acct, seg, o.surname, o.first, o.middle, o.gen, o.ssn, o.dob,
                          o.phone if seg == "J2" or rnd.random() < 0.5 else "", jecoa, ""] + row_addr)

BH = ["Cycle Identifier", "Identification Number", "Time Stamp", "Consumer Account Number", "Portfolio Type",
      "Account Type", "Date Opened", "Credit Limit", "Highest Credit or Original Loan Amount", "Terms Duration",
      "Terms Frequency", "Scheduled Monthly Payment Amount", "Actual Payment Amount", "Account Status",
      "Payment Rating", "Payment History Profile", "Special Comment", "Compliance Condition Code", "Current Balance",
      "Amount Past Due", "Original Charge-off Amount", "Date of Account Information",
      "FCRA Compliance/Date of First Delinquency", "Date Closed", "Date of Last Payment", "Interest Type Indicator",
      "Surname", "First Name", "Middle Name", "Generation Code", "Social Security Number", "Date of Birth",
      "Telephone Number", "ECOA Code", "Consumer Information Indicator", "Country Code", "First Line of Address",
      "Second Line of Address", "City", "State", "Postal/Zip Code", "Address Indicator", "Residence Code",
      "K2 Purchased From/Sold To Indicator", "K2 Purchased From/Sold To Name"]
BL = ["NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "ACCOUNT_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
      "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "SOCIAL_SECURITY_NUMBER", "DATE_OF_BIRTH",
      "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "STREET_ADDRESS",
      "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
JH = ["Consumer Account Number", "Segment Identifier", "Surname", "First Name", "Middle Name", "Generation Code",
      "Social Security Number", "Date of Birth", "Telephone Number", "ECOA Code", "Consumer Information Indicator",
      "Country Code", "First Line of Address", "Second Line of Address", "City", "State", "Postal/Zip Code",
      "Address Indicator", "Residence Code"]
JL = ["ACCOUNT_NUMBER", "NON_IDENTIFYING", "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", "NON_IDENTIFYING",
      "SOCIAL_SECURITY_NUMBER", "DATE_OF_BIRTH", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING",
      "NON_IDENTIFYING"]
PH = ["Account Type", "Account Type Description", "Portfolio Type", "Portfolio Type Description", "Reported By Us"]
PL = ["NON_IDENTIFYING"] * 5
ptab = [[a, d, p, PORTFOLIO[p], "Y" if a in USED else "N"] for a, d, p in ACCOUNT_TYPES]


def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter="|", lineterminator="\n"); wr.writerow(head); wr.writerows(data)


write("base_segment", BH, base); write("associated_consumers", JH, assoc); write("portfolio_account_types", PH, ptab)
cols = {}
for t, h, l in (("base_segment", BH, BL), ("associated_consumers", JH, JL), ("portfolio_account_types", PH, PL)):
    assert len(h) == len(l)
    for c, x in zip(h, l):
        cols[t + "." + c] = x
gold = {"dataset": "metro2-credit-us",
        "description": "Invented monthly Metro 2 credit-reporting extract of a fictional Ohio lender, the base segment flattened to '|'-separated CSV with the Metro 2 field names as headers: 2,400 accounts of about 2,050 consumers (Consumer Account Number: 16-digit Luhn card numbers, 13-digit loan numbers, 'HE' credit lines; Portfolio Type, Account Type codes '00'/'18'/'26', MMDDYYYY dates (Date Opened, Date of Account Information, Date of First Delinquency, Date Closed, Date of Last Payment, Date of Birth with a few births before 1936), whole-dollar amounts, Terms Duration '060'/'REV'/'LOC', Account Status 11/13/71/78/80/93/97/05, 24-character Payment History Profile, upper-case Surname/First Name/Middle Name, Generation Code, 9-digit SSN, 10-digit phone, ECOA Code, address lines, City, State, ZIP+4 without hyphen, Address Indicator, Residence Code, K2 purchased-from names); associated_consumers: J1 (same address, address fields empty) and J2 segments of co-borrowers and authorized users keyed by Consumer Account Number; portfolio_account_types: the 31 Account Type codes with their portfolio type. Labels: Time Stamp and every MMDDYYYY date DATE; Middle Name GIVEN_NAME (initials too); Generation Code NON_IDENTIFYING (as Client.NameSuffix); Payment History Profile NON_IDENTIFYING (a code string, not one of the 18); Identification Number (the furnisher's own id, one value) NON_IDENTIFYING; K2 names (banks) NON_IDENTIFYING. Coincidences: surnames/given names FRANKLIN, MARION, WARREN, LANCASTER, JACKSON, HAMILTON, MADISON beside the Ohio towns of those names, and K2 bank names holding HAMILTON, LANCASTER, WARREN, are deliberate",
        "delimiter": "|", "entity": "base_segment", "columns": cols,
        "foreignKeys": [{"column": "associated_consumers.Consumer Account Number", "references": "base_segment.Consumer Account Number"},
                        {"column": "base_segment.Account Type", "references": "portfolio_account_types.Account Type"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

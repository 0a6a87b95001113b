#!/usr/bin/env python3
"""Writes utility-billing (N = 1500) or utility-billing-40 (N = 40): an invented customer-information-system export of a
municipal electric and water utility in north-central Florida (seeded, stdlib only), ',' separated, MM/DD/YYYY, names
upper case 'LAST, FIRST M' as CIS screens print them. accounts: 10-digit account numbers with a Luhn check digit, 9-digit
premise ids (a premise keeps its id when a tenant moves out, so finaled and active accounts share it), meter serials
(electric 'LG' + 8 digits, water 'SN' + 8 digits), service and mailing addresses (mailing differs for landlords'
tenants, students and PO boxes), customer and co-applicant names, phone, e-mail, rate codes (RS-1, GS-1, GS-2, GSD-1,
W-RES, ...), payment method and last 4 of the bank account for bank drafts, a Medical Baseline flag with the life-support
equipment, the landlord (a company or a person) of rented premises. meter_reads: the last reads of each account's
meters (kWh or kgal, actual/estimated/AMI, the meter reader of manual reads). rate_schedules: the tariff codes.
Coincidences: the cities Archer and Hawthorne beside customers surnamed ARCHER and HAWTHORNE and SW Archer Rd."""
import csv, json, random, datetime, os, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else (40 if os.path.basename(os.getcwd()).endswith("-40") else 1500)
rnd = random.Random(32601)
GIV_M = ["JAMES", "ROBERT", "MICHAEL", "DAVID", "WILLIAM", "CARLOS", "JOSE", "ANTHONY", "KEVIN", "BRANDON", "TYRONE", "DEREK",
         "GREGORY", "TRAVIS", "HUNTER", "LUIS", "MARCUS", "DWAYNE", "PATRICK", "CODY", "RAHUL", "MINH", "ETHAN", "WAYNE"]
GIV_F = ["MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "MARIA", "ASHLEY", "BRITTANY", "KEISHA", "TAMMY", "DEBORAH",
         "SHANNON", "CRYSTAL", "LATOYA", "MADISON", "KAYLA", "ROSA", "PRIYA", "LINH", "HOLLY", "DENISE", "GLORIA", "TIFFANY", "JOYCE"]
FAM = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ",
       "LOPEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE",
       "HARRIS", "SANCHEZ", "CLARK", "RAMIREZ", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT",
       "TORRES", "NGUYEN", "HILL", "FLORES", "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL", "MITCHELL",
       "CARTER", "ROBERTS", "GOMEZ", "PHILLIPS", "EVANS", "TURNER", "DIAZ", "PARKER", "CRUZ", "EDWARDS", "COLLINS", "REYES",
       "STEWART", "MORRIS", "MORALES", "MURPHY", "COOK", "ROGERS", "GUTIERREZ", "ORTIZ", "MORGAN", "COOPER", "PETERSON",
       "BAILEY", "REED", "KELLY", "HOWARD", "RAMOS", "KIM", "COX", "WARD", "RICHARDSON", "WATSON", "BROOKS", "CHAVEZ", "WOOD",
       "JAMES", "BENNETT", "GRAY", "MENDOZA", "RUIZ", "HUGHES", "PRICE", "ALVAREZ", "CASTILLO", "SANDERS", "PATEL", "MYERS",
       "LONG", "ROSS", "FOSTER", "JIMENEZ", "POWELL", "ARCHER", "HAWTHORNE", "GAINES", "MCCRAY", "OKAFOR", "DESAI", "TRAN"]
CITIES = [("GAINESVILLE", ["32601", "32603", "32605", "32606", "32607", "32608", "32609", "32641", "32653"], 70),
          ("ALACHUA", ["32615"], 7), ("ARCHER", ["32618"], 3), ("HAWTHORNE", ["32640"], 3), ("NEWBERRY", ["32669"], 7),
          ("HIGH SPRINGS", ["32643"], 5), ("MICANOPY", ["32667"], 2), ("WALDO", ["32694"], 3)]
STREETS = ["NW 13TH ST", "NW 16TH AVE", "NW 39TH AVE", "SW ARCHER RD", "SW 34TH ST", "SW 20TH AVE", "SE HAWTHORNE RD",
           "NE WALDO RD", "NW 43RD ST", "SW WILLISTON RD", "NE 9TH ST", "NW 8TH AVE", "SW 62ND BLVD", "NW 23RD BLVD",
           "NE 15TH ST", "SW 75TH ST", "NW 53RD AVE", "SE 4TH ST", "NW 98TH ST", "SW 91ST DR", "NW 1ST AVE", "MAIN ST",
           "US HWY 441", "CR 235", "NW 166TH ST", "SW 24TH AVE"]
FAR = [("MIAMI", "FL", "331"), ("TAMPA", "FL", "336"), ("JACKSONVILLE", "FL", "322"), ("ORLANDO", "FL", "328"),
       ("ATLANTA", "GA", "303"), ("FORT LAUDERDALE", "FL", "333"), ("OCALA", "FL", "344"), ("SARASOTA", "FL", "342")]
LANDLORDS = ["GATOR STUDENT HOUSING LLC", "ARCHER PROPERTIES LLC", "SUNSHINE PROPERTY MGMT INC", "CAMPUS EDGE APARTMENTS LP",
             "BRIGHTWATER HOMES LLC", "OAK HAMMOCK RENTALS LLC", "FLORIDA FIRST REALTY GROUP", "TOWER OAKS APTS LLC",
             "HOLLOWAY, DENISE R", "PATEL, RAJESH K", "BRENNAN, THOMAS J", "OKAFOR, CHINEDU", "WEBB, MARGARET A", "LIU, DAVID"]
RATES = [("RS-1", "Residential Service", "ELEC", "14.25", "0.10870"), ("RS-TOU", "Residential Time of Use", "ELEC", "16.50", "0.09520"),
         ("GS-1", "General Service Non-Demand", "ELEC", "21.00", "0.11240"), ("GS-2", "General Service Demand", "ELEC", "65.00", "0.07810"),
         ("GSD-1", "General Service Large Demand", "ELEC", "175.00", "0.06930"), ("W-RES", "Residential Water", "WATR", "9.95", "3.8200"),
         ("W-COM", "Commercial Water", "WATR", "18.40", "4.1500"), ("WW-RES", "Residential Wastewater", "SEWR", "11.20", "6.0300"),
         ("IRR", "Irrigation Water", "WATR", "9.95", "5.2700")]
EQUIP = ["Oxygen concentrator", "CPAP/BiPAP", "Home hemodialysis", "Ventilator", "Electric wheelchair", "Infusion pump",
         "Apnea monitor", "Hospital bed (powered)", "Peritoneal dialysis cycler", "Air-conditioning (MS/heat-sensitive)"]
READERS = ["T WALKER", "J MCCRAY", "R SANCHEZ", "D PHILLIPS", "K LEWIS", "M GAINES", "B TORRES", "S REED"]
def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        total += v
    return body + str((10 - total % 10) % 10)
def mdy(x):
    return x.strftime("%m/%d/%Y")
def rdate(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
def person():
    male = rnd.random() < 0.5
    g = rnd.choice(GIV_M if male else GIV_F)
    return g, rnd.choice(FAM), rnd.choice(["", "", " " + rnd.choice("ABCDEJKLMRST")]), male
def phone():
    return "(%s) %03d-%04d" % (rnd.choice(["352", "352", "352", "386", "904", "305", "813"]), rnd.randint(201, 989), rnd.randint(0, 9999))
used = set()
def acct_no():
    while True:
        v = luhn_complete("%d%08d" % (rnd.choice([2, 3, 4, 6]), rnd.randint(0, 99999999)))
        if v not in used:
            used.add(v); return v
meters = set()
def meter(kind):
    while True:
        v = ("LG%08d" if kind == "E" else "SN%08d") % rnd.randint(0, 99999999)
        if v not in meters:
            meters.add(v); return v
accounts, reads, premises = [], [], []
seq = 0
today = datetime.date(2026, 11, 30)
for i in range(N):
    g, f, mi, male = person()
    # a premise: a new one, or (8%) the premise of an earlier account (the earlier tenant's account finaled)
    reuse = premises and rnd.random() < 0.08
    if reuse:
        prem = rnd.choice(premises)
    else:
        city, zips, _ = rnd.choices(CITIES, [w for *_, w in CITIES])[0]
        apt = rnd.random() < 0.35 and city == "GAINESVILLE"
        prem = {"id": "%09d" % rnd.randint(300000000, 399999999), "addr": "%d %s" % (rnd.randint(100, 9999) if not apt else rnd.choice([2800, 3700, 1900, 4000, 3800]), rnd.choice(STREETS)),
                "unit": "APT %d%s" % (rnd.randint(1, 4), rnd.choice(["01", "02", "03", "04", "05", "06", "10", "12"])) if apt else "",
                "city": city, "zip": rnd.choice(zips) + (rnd.choice(["", "", "-%04d" % rnd.randint(1000, 9999)])),
                "commercial": rnd.random() < 0.08, "rented": apt or rnd.random() < 0.3,
                "emeter": meter("E"), "wmeter": meter("W") if city in ("GAINESVILLE", "ALACHUA", "NEWBERRY") or rnd.random() < 0.3 else "",
                "landlord": ""}
        if prem["rented"]:
            prem["landlord"] = rnd.choice(LANDLORDS)
        premises.append(prem)
    status = "Active" if not reuse else "Active"
    if reuse:  # the earlier account on this premise is finaled
        for a in accounts:
            if a[1] == prem["id"] and a[2] == "Active":
                a[2] = "Final"
    commercial = prem["commercial"]
    name = "%s, %s%s" % (f, g, mi) if not commercial else rnd.choice(["%s'S AUTO REPAIR", "%s FAMILY DENTAL PA", "%s & SONS HVAC", "%s LAW GROUP"]) % f
    co = ""
    if not commercial and rnd.random() < 0.28:
        g2, f2, mi2, _ = person()
        co = "%s, %s%s" % (f if rnd.random() < 0.6 else f2, g2, mi2)
    student = prem["rented"] and prem["unit"] and rnd.random() < 0.5
    if student or rnd.random() < 0.1:
        fc, fs, fz = rnd.choice(FAR)
        mail = ("%d %s" % (rnd.randint(100, 19999), rnd.choice(["SW 87TH AVE", "BAYSHORE BLVD", "OAK ST", "PEACHTREE RD NE", "LAKE SHORE DR", "PALM AVE"])), fc, fs, fz + "%02d" % rnd.randint(1, 99))
    elif rnd.random() < 0.06:
        mail = ("PO BOX %d" % rnd.randint(100, 147999), prem["city"], "FL", prem["zip"][:5])
    else:
        mail = (prem["addr"] + (" " + prem["unit"] if prem["unit"] else ""), prem["city"], "FL", prem["zip"])
    email = "" if rnd.random() < 0.18 else "%s%s%d@%s" % (g.lower()[:rnd.choice([1, 20])], f.lower().replace("'", ""), rnd.randint(1, 999),
                                                         rnd.choice(["gmail.com", "yahoo.com", "ufl.edu", "cox.net", "outlook.com", "bellsouth.net"]))
    if commercial:
        rate = rnd.choice(["GS-1", "GS-1", "GS-2", "GSD-1"])
    else:
        rate = rnd.choice(["RS-1"] * 8 + ["RS-TOU"])
    svc = "ELEC" + ("/WATR/SEWR" if prem["wmeter"] else "")
    movein = rdate(datetime.date(1998, 1, 1), datetime.date(2026, 10, 31))
    pay = rnd.choices(["Bank Draft", "Credit Card Autopay", "Online", "Mail-In Check", "Walk-In", "Phone IVR", "Pay Station"],
                      [28, 17, 25, 12, 8, 6, 4])[0]
    last4 = "%04d" % rnd.randint(0, 9999) if pay == "Bank Draft" else ""
    med = not commercial and rnd.random() < 0.04
    equip = rnd.choice(EQUIP) if med else ""
    bal = round(rnd.uniform(0, 420), 2) if rnd.random() < 0.7 else 0.0
    pastdue = round(bal * rnd.choice([0, 0, 0, 0, 0.3, 1.0]), 2)
    lastpay = rdate(datetime.date(2026, 9, 1), today)
    accounts.append([acct_no(), prem["id"], status, name, co, "COM" if commercial else "RES", prem["addr"], prem["unit"],
                     prem["city"], "FL", prem["zip"], mail[0], mail[1], mail[2], mail[3], phone(), email, rate, svc,
                     prem["emeter"], rnd.choice(["AMI", "AMI", "AMI", "AMR", "MANUAL"]), str(rnd.randint(1, 21)),
                     "R%04d" % rnd.choice([112, 118, 204, 215, 331, 340, 412, 518, 606, 731, 808, 915]), mdy(movein), pay, last4,
                     rnd.choice(["Y", "N", "N", "N"]), rnd.choice(["Y", "N"]), "Y" if med else "N", equip,
                     "Tenant" if prem["rented"] else "Owner", prem["landlord"], "%.2f" % (0 if not prem["rented"] else rnd.choice([150, 200, 250, 300])),
                     "%.2f" % bal, "%.2f" % pastdue, mdy(lastpay), "%.2f" % round(rnd.uniform(35, 380), 2)])
    # meter reads: the last one to three monthly reads of each meter of an active account
    for kind, m in (("E", prem["emeter"]), ("W", prem["wmeter"])):
        if not m:
            continue
        reading = rnd.randint(1000, 90000) if kind == "E" else rnd.randint(100, 4000)
        for k in range(rnd.choice([1, 1, 1, 2]) if kind == "E" else 1):
            seq += 1
            rd = datetime.date(2026, 9 + k, rnd.randint(1, 28))
            use = (rnd.randint(350, 2100) if not commercial else rnd.randint(1500, 40000)) if kind == "E" else rnd.randint(2, 14)
            rtype = rnd.choices(["AMI", "ACT", "EST", "CUST"], [70, 18, 9, 3])[0]
            prev, reading = reading, reading + use
            amount = round(use * (0.1087 if kind == "E" else 3.82) + (14.25 if kind == "E" else 9.95), 2)
            reads.append(["%08d" % (51000000 + seq), accounts[-1][0], m, mdy(rd), rtype, str(prev), str(reading),
                          "1" if kind == "E" and not commercial else rnd.choice(["1", "40", "80"]) if kind == "E" else "1",
                          str(use), "KWH" if kind == "E" else "KGAL", str(rnd.randint(28, 33)), mdy(rd + datetime.timedelta(days=3)),
                          "%.2f" % amount, rnd.choice(READERS) if rtype == "ACT" else ""])
H1 = ["Account Number", "Premise ID", "Account Status", "Customer Name", "Co-Applicant Name", "Customer Class", "Service Address",
      "Service Unit", "Service City", "Service State", "Service ZIP", "Mailing Address", "Mailing City", "Mailing State", "Mailing ZIP",
      "Primary Phone", "Email Address", "Rate Code", "Service Type", "Meter Number", "Meter Type", "Bill Cycle", "Read Route",
      "Move-In Date", "Payment Method", "Bank Acct Last 4", "Budget Billing", "Paperless", "Medical Baseline",
      "Life Support Equipment", "Owner/Tenant", "Landlord Name", "Deposit Amount", "Current Balance", "Past Due Amount",
      "Last Payment Date", "Last Payment Amount"]
L1 = ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NAME", "NAME", "NON_IDENTIFYING", "STREET_ADDRESS",
      "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE",
      "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "DATE", "NON_IDENTIFYING"]
H2 = ["Read ID", "Account Number", "Meter Number", "Read Date", "Read Type", "Previous Read", "Current Read", "Multiplier",
      "Consumption", "UOM", "Days Billed", "Bill Date", "Bill Amount", "Meter Reader"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "DEVICE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NAME"]
H3 = ["Rate Code", "Rate Description", "Service Type", "Customer Charge", "Energy/Volume Charge", "Effective Date"]
L3 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE"]
rates = [[c, d, s, cc, ec, "10/01/2025"] for c, d, s, cc, ec in RATES]
for fn, head, rows in (("accounts", H1, accounts), ("meter_reads", H2, reads), ("rate_schedules", H3, rates)):
    with open(fn + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"accounts." + h: l for h, l in zip(H1, L1)}
cols.update({"meter_reads." + h: l for h, l in zip(H2, L2)})
cols.update({"rate_schedules." + h: l for h, l in zip(H3, L3)})
name = "utility-billing" + ("" if N == 1500 else "-%d" % N)
gold = {"dataset": name,
        "description": "Invented customer-information-system export of a north-central Florida municipal electric and water utility, ',', MM/DD/YYYY, upper-case 'LAST, FIRST M' names: %d accounts (10-digit Luhn account numbers, premise ids shared by a finaled and an active account, meter serials, separate service and mailing addresses, customer and co-applicant names, phone, e-mail, rate codes RS-1/GS-2, payment method, last 4 of the bank account for bank drafts, Medical Baseline flag and life-support equipment, owner/tenant, landlord company or person), %d meter reads referring to them (kWh/kgal, read type, meter reader of manual reads) and 9 rate schedules; cities Archer and Hawthorne beside customers surnamed ARCHER and HAWTHORNE" % (N, len(reads)),
        "delimiter": ",", "entity": "accounts", "columns": cols,
        "foreignKeys": [{"column": "meter_reads.Account Number", "references": "accounts.Account Number"},
                        {"column": "accounts.Rate Code", "references": "rate_schedules.Rate Code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes smart-meter-uk: an invented smart-meter export of a fictional UK energy supplier (seeded, stdlib only), ','
delimited, Title Case headers with spaces as supplier CRM/billing exports use, dates dd/MM/yyyy. accounts: 56
customer accounts (account number 'A-3F9C21B7', title, forename, surname, date of birth (PSR customers only), supply
address lines, town, county, postcode 'PR1 4AB', UPRN, e-mail, phone '07700 900123', payment method, tariff, status,
opened, Priority Services Register flag, needs codes '14;26' and their descriptions). meter_points: one electricity
and (70%) one gas meter point per account (fuel, MPAN core 13 digits with its check digit, the full 21-digit MPAN
(profile class, meter time-switch code, line loss factor class, core), MPRN, meter serial number, SMETS generation,
device GUID (EUI-64), profile class, GSP group, install date, estimated annual consumption kWh). hh_readings: 3,360
half-hourly consumption readings of 14 smart electricity meters over five days (MPAN core, settlement date
dd/MM/yyyy, settlement period 1-48, consumption kWh '0.213', read type A/E, unit rate p/kWh). Deliberate
coincidences: the surnames Preston and Lancaster beside the towns Preston and Lancaster; the tariff 'Morgan Green Fix
24' beside the given name Morgan."""
import csv, json, random
rnd = random.Random(620202)
GIVEN = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Sophie", "Thomas", "Emily",
         "Morgan", "Margaret", "David", "Susan", "Mohammed", "Priya", "Rhys", "Siobhan", "Callum", "Eilidh", "Dorothy",
         "Kenneth", "Aaliyah", "Tomasz", "Grace", "Arthur"]
FAMILY = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas", "Roberts", "Preston",
          "Lancaster", "Patel", "Khan", "Hughes", "Walker", "Wright", "Thompson", "O'Brien", "MacLeod", "Kowalski",
          "Clarke", "Begum", "Hall", "Green", "Edwards"]
PLACES = [("Preston", "Lancashire", "PR", ["1", "2", "5"], "_G", 16), ("Lancaster", "Lancashire", "LA", ["1"], "_G", 16),
          ("Kendal", "Cumbria", "LA", ["9"], "_G", 16), ("Leeds", "West Yorkshire", "LS", ["6", "8", "11"], "_M", 23),
          ("Sheffield", "South Yorkshire", "S", ["7", "11"], "_M", 23), ("Cardiff", "", "CF", ["5", "14"], "_K", 21),
          ("Bristol", "", "BS", ["3", "7"], "_H", 22), ("Reading", "Berkshire", "RG", ["1", "30"], "_H", 20),
          ("Norwich", "Norfolk", "NR", ["2", "3"], "_A", 10), ("Glasgow", "", "G", ["12", "41"], "_N", 18)]
STREETS = ["Mill Lane", "Church Street", "Victoria Road", "Station Road", "The Crescent", "Park Avenue", "Queens Road",
           "Kingsway", "Moor Lane", "Orchard Close", "Beech Grove", "Albert Terrace"]
TARIFFS = ["Standard Variable", "Fixed 12M Jul24", "Morgan Green Fix 24", "Economy 7 Variable", "EV Tracker"]
PSR = [("14", "Heart, lung & ventilator"), ("26", "Dialysis, feeding pump and automated medication"),
       ("01", "Nebuliser and apnoea monitor"), ("12", "Pensionable age"), ("22", "Unable to communicate in English"),
       ("33", "Young adult householder (<18)"), ("19", "Blind"), ("27", "Oxygen use"), ("10", "Stair lift, hoist, electric bed")]
HEX = "0123456789ABCDEF"
def d(y0, y1):
    return "%02d/%02d/%d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(y0, y1))
def postcode(p):
    return "%s%s %d%s" % (p[2], rnd.choice(p[3]), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
accounts = []
for i in range(56):
    p = rnd.choice(PLACES)
    fn, sn = rnd.choice(GIVEN), rnd.choice(FAMILY)
    psr = rnd.random() < 0.3
    needs = rnd.sample(PSR, rnd.choice([1, 1, 2])) if psr else []
    flat = rnd.random() < 0.3
    l1 = ("Flat %d" % rnd.randint(1, 24)) if flat else "%d %s" % (rnd.randint(1, 180), rnd.choice(STREETS))
    l2 = "%s House, %d %s" % (rnd.choice(["Albion", "Regent", "Carlton", "Mill"]), rnd.randint(1, 90), rnd.choice(STREETS)) if flat else ""
    accounts.append(["A-" + "".join(rnd.choice(HEX) for _ in range(8)), rnd.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", ""]),
                     fn, sn, d(1931, 1999) if psr else "", l1, l2, p[0], p[1], postcode(p),
                     str(rnd.choice([100010000000, 100020000000, 10000000000, 200000000000]) + rnd.randint(1000, 99999999)),
                     "%s.%s%d@%s" % (fn.lower(), sn.lower().replace("'", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"])) if rnd.random() < 0.85 else "",
                     "07%03d %06d" % (rnd.randint(400, 999), rnd.randint(0, 999999)) if rnd.random() < 0.9 else "",
                     rnd.choice(["Monthly Direct Debit", "Monthly Direct Debit", "Pay As You Go", "Quarterly Cash/Cheque"]),
                     rnd.choice(TARIFFS), rnd.choice(["Live", "Live", "Live", "Final Bill", "Loss"]), d(2015, 2024),
                     "Y" if psr else "N", ";".join(n for n, _ in needs), "; ".join(t for _, t in needs), p])
with open("accounts.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Account Number", "Title", "Forename", "Surname", "Date of Birth", "Supply Address Line 1",
                "Supply Address Line 2", "Town", "County", "Postcode", "UPRN", "Email", "Phone", "Payment Method",
                "Tariff", "Account Status", "Account Opened", "PSR", "PSR Needs Codes", "PSR Needs"])
    w.writerows(a[:-1] for a in accounts)
PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def mpan_core(dist):
    body = "%02d" % dist + "%010d" % rnd.randint(0, 10 ** 10 - 1)
    return body + str(sum(int(c) * p for c, p in zip(body, PRIMES)) % 11 % 10)
points = []
elec = []
for a in accounts:
    p = a[-1]
    smets = rnd.choice(["SMETS2", "SMETS2", "SMETS2", "SMETS1", "Traditional"])
    pc = "02" if "Economy 7" in a[14] else "01"
    mtc = "401" if pc == "02" else rnd.choice(["801", "845"])
    llfc = "%03d" % rnd.randint(100, 999)
    core = mpan_core(p[5])
    guid = "-".join(rnd.choice(["00-1B-C5-0C", "00-13-50-05", "70-B3-D5-21"]).split("-") + ["%02X" % rnd.randint(0, 255) for _ in range(4)]) if smets != "Traditional" else ""
    serial = "%02dL%07d" % (rnd.randint(18, 24), rnd.randint(0, 9999999)) if smets == "SMETS2" else \
        "%s%s%06d" % (rnd.choice(["K", "S", "E"]), rnd.choice(["04", "12", "15"]), rnd.randint(0, 999999))
    points.append([a[0], "Electricity", core, pc + mtc + llfc + core, "", serial, smets, guid, pc, p[4], d(2017, 2024),
                   str(rnd.randint(1800, 5200) + (2000 if pc == "02" else 0))])
    if smets != "Traditional": elec.append(core)
    if rnd.random() < 0.7:
        gsm = smets if smets != "Traditional" else "Traditional"
        gs = "E6S%08d%02d" % (rnd.randint(0, 99999999), rnd.randint(17, 24)) if gsm == "SMETS2" else "G4A%05d%02d" % (rnd.randint(0, 99999), rnd.randint(5, 16))
        ggu = "-".join(rnd.choice(["00-1B-C5-0C", "70-B3-D5-21"]).split("-") + ["%02X" % rnd.randint(0, 255) for _ in range(4)]) if gsm != "Traditional" else ""
        points.append([a[0], "Gas", "", "", str(rnd.randint(100000, 9999999999)), gs, gsm, ggu, "", p[4], d(2017, 2024),
                       str(rnd.randint(6000, 16500))])
with open("meter_points.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["Account Number", "Fuel", "MPAN Core", "Full MPAN", "MPRN", "Meter Serial Number", "Meter Type",
                "Device GUID", "Profile Class", "GSP Group", "Install Date", "EAC (kWh)"])
    w.writerows(points)
rows = []
sel = rnd.sample(elec, 14)
for core in sel:
    base = rnd.uniform(0.08, 0.25)
    for day in range(5):
        for per in range(1, 49):
            h = (per - 1) / 2
            load = base * rnd.uniform(0.6, 1.4) + (0.35 if 17 <= h < 21 else 0.12 if 7 <= h < 9 else 0) * rnd.random() + (1.8 if rnd.random() < 0.02 else 0)
            rate = 24.5 if not 16 <= h < 19 else 35.9
            rows.append([core, "%02d/11/2024" % (4 + day), str(per), "%.3f" % load, "E" if rnd.random() < 0.015 else "A",
                         ("%.2f" % rate)])
with open("hh_readings.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["MPAN Core", "Settlement Date", "Settlement Period", "Consumption (kWh)", "Read Type", "Unit Rate (p/kWh)"])
    w.writerows(rows)
L = {"accounts.Account Number": "ACCOUNT_NUMBER", "accounts.Title": "NON_IDENTIFYING", "accounts.Forename": "GIVEN_NAME",
     "accounts.Surname": "FAMILY_NAME", "accounts.Date of Birth": "DATE_OF_BIRTH", "accounts.Supply Address Line 1": "STREET_ADDRESS",
     "accounts.Supply Address Line 2": "STREET_ADDRESS", "accounts.Town": "CITY", "accounts.County": "COUNTY",
     "accounts.Postcode": "ZIP_CODE", "accounts.UPRN": "OTHER_UNIQUE_IDENTIFIER", "accounts.Email": "EMAIL_ADDRESS",
     "accounts.Phone": "TELEPHONE_NUMBER", "accounts.Payment Method": "NON_IDENTIFYING", "accounts.Tariff": "NON_IDENTIFYING",
     "accounts.Account Status": "NON_IDENTIFYING", "accounts.Account Opened": "DATE", "accounts.PSR": "NON_IDENTIFYING",
     "accounts.PSR Needs Codes": "NON_IDENTIFYING", "accounts.PSR Needs": "NON_IDENTIFYING",
     "meter_points.Account Number": "ACCOUNT_NUMBER", "meter_points.Fuel": "NON_IDENTIFYING", "meter_points.MPAN Core": "OTHER_UNIQUE_IDENTIFIER",
     "meter_points.Full MPAN": "OTHER_UNIQUE_IDENTIFIER", "meter_points.MPRN": "OTHER_UNIQUE_IDENTIFIER",
     "meter_points.Meter Serial Number": "DEVICE_IDENTIFIER", "meter_points.Meter Type": "NON_IDENTIFYING",
     "meter_points.Device GUID": "DEVICE_IDENTIFIER", "meter_points.Profile Class": "NON_IDENTIFYING", "meter_points.GSP Group": "NON_IDENTIFYING",
     "meter_points.Install Date": "DATE", "meter_points.EAC (kWh)": "NON_IDENTIFYING",
     "hh_readings.MPAN Core": "OTHER_UNIQUE_IDENTIFIER", "hh_readings.Settlement Date": "DATE", "hh_readings.Settlement Period": "NON_IDENTIFYING",
     "hh_readings.Consumption (kWh)": "NON_IDENTIFYING", "hh_readings.Read Type": "NON_IDENTIFYING", "hh_readings.Unit Rate (p/kWh)": "NON_IDENTIFYING"}
gold = {"dataset": "smart-meter-uk",
        "description": "Invented smart-meter export of a fictional UK energy supplier, ',' delimited, Title Case headers, dd/MM/yyyy: 56 accounts (account number 'A-3F9C21B7', title, forename, surname, DOB for Priority Services Register customers only, supply address lines (line 2 for flats), town, county (empty for Cardiff, Bristol, Glasgow), postcode, UPRN, e-mail, mobile '07700 900123', payment method, tariff, status, opened, PSR Y/N, needs codes '14;26' and descriptions), " + str(len(points)) + " meter points (account, fuel, 13-digit MPAN core with its mod-11 check digit, 21-digit full MPAN = profile class + MTC + LLFC + core, MPRN, meter serial '21L0123456'/'E6S1234567821', SMETS generation, EUI-64 device GUID, profile class, GSP group, install date, EAC kWh), 3,360 half-hourly readings of 14 meters over five days (MPAN core, settlement date, period 1-48, kWh '0.213', read type A/E, unit rate p/kWh). MPAN core, full MPAN, MPRN and UPRN OTHER_UNIQUE_IDENTIFIER (each names one home's supply or property); meter serial and device GUID DEVICE_IDENTIFIER; PSR needs (health vocabulary) NON_IDENTIFYING; county COUNTY. Surnames Preston and Lancaster beside the towns Preston and Lancaster, tariff 'Morgan Green Fix 24' beside the given name Morgan are deliberate",
        "entity": "accounts", "columns": L,
        "foreignKeys": [{"column": "meter_points.Account Number", "references": "accounts.Account Number"},
                        {"column": "hh_readings.MPAN Core", "references": "meter_points.MPAN Core"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes mls-listings: an invented MLS export with RESO Data Dictionary field names (Property, Member, OpenHouse
resources), ',' separated, ISO dates and timestamps (seeded, stdlib only). Property (1,500 listings): ListingKey,
ListingId 'ML81912345', ParcelNumber in the county's APN shape (Santa Clara 123-45-678, San Mateo 123-456-789,
Alameda 41-1234-56-7), UnparsedAddress, StreetNumber/StreetName/StreetSuffix/UnitNumber, City, PostalCode, County,
list agent (name, MLS id, DRE licence 8 digits, e-mail, direct phone), OwnerName (people, couples, trusts, banks),
ShowingContactName/Phone, lockbox type and serial, PublicRemarks, PrivateRemarks (owners' names, lockbox and gate
codes, tenants), prices, rooms, areas, PropertyType/PropertySubType/StandardStatus vocabulary, dates, Latitude and
Longitude. Member (30 agents and staff), OpenHouse (~450). Coincidences: cities Campbell, Tracy, Milpitas beside
owners named Campbell and Tracy; streets named Lincoln, Washington, Jordan beside those surnames."""
import csv, json, random, datetime
rnd = random.Random(44303)
GIVEN = ["Tracy", "Linda", "Michael", "Jennifer", "David", "Susan", "Wei", "Mei", "Rajesh", "Sunita", "Thanh", "Lan",
         "Jose", "Guadalupe", "Robert", "Patricia", "Kevin", "Grace", "Hiroshi", "Naomi", "Daniel", "Elena", "Gregory",
         "Margaret", "Vikram", "Anjali", "Steven", "Carol", "Campbell", "Jordan"]
FAMILY = ["Campbell", "Tracy", "Chen", "Nguyen", "Patel", "Garcia", "Lincoln", "Washington", "Jordan", "Kim", "Wong",
          "Nakamura", "Rodriguez", "O'Brien", "Sullivan", "Fitzgerald", "Huang", "Lee", "Iyer", "Krishnan", "Martinez",
          "Castro", "Silva", "Hoffman", "Bauer", "Lindqvist", "Tran", "Pham", "Morgan", "Almaden"]
COUNTIES = {"Santa Clara": [("San Jose", ["95118", "95120", "95124", "95125", "95128", "95136", "95123"], (37.25, 37.36, -121.95, -121.80)),
                            ("Campbell", ["95008"], (37.27, 37.30, -121.97, -121.93)),
                            ("Milpitas", ["95035"], (37.41, 37.45, -121.92, -121.86)),
                            ("Morgan Hill", ["95037"], (37.11, 37.16, -121.68, -121.62)),
                            ("Los Gatos", ["95030", "95032"], (37.21, 37.25, -121.99, -121.94))],
            "San Mateo": [("Redwood City", ["94061", "94062", "94063"], (37.46, 37.50, -122.25, -122.20)),
                          ("San Mateo", ["94401", "94402", "94403"], (37.53, 37.57, -122.34, -122.29))],
            "Alameda": [("Fremont", ["94536", "94538", "94539", "94555"], (37.50, 37.58, -122.05, -121.93)),
                        ("Pleasanton", ["94566", "94588"], (37.64, 37.70, -121.92, -121.85))],
            "San Joaquin": [("Tracy", ["95376", "95377", "95391"], (37.70, 37.76, -121.47, -121.40))]}
CW = {"Santa Clara": 55, "San Mateo": 18, "Alameda": 20, "San Joaquin": 7}
STREETS = [("Lincoln", "Ave"), ("Washington", "St"), ("Jordan", "Ave"), ("Almaden", "Expy"), ("Blossom Hill", "Rd"),
           ("Meridian", "Ave"), ("Camden", "Ave"), ("Hamilton", "Ave"), ("Willow", "St"), ("Curtner", "Ave"),
           ("Branham", "Ln"), ("Cherry", "Ave"), ("Los Gatos", "Blvd"), ("Saratoga", "Ave"), ("Mission", "Blvd"),
           ("Santa Cruz", "Ave"), ("El Camino Real", ""), ("Alameda de las Pulgas", ""), ("Foxworthy", "Ave"),
           ("Redmond", "Ave"), ("Kirk", "Rd"), ("Via Valiente", ""), ("Calle Mesa", ""), ("Pebble Beach", "Dr")]
OFFICES = [("KWSV01", "Keller Williams Silicon Valley"), ("CBCAMP", "Coldwell Banker Realty - Campbell"),
           ("CMPLG1", "Compass - Los Gatos"), ("SERENO", "Sereno Group"), ("INTERO", "Intero Real Estate Services"),
           ("REDF01", "Redfin")]
def day(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
def phone():
    return rnd.choice(["(%d) %03d-%04d", "%d-%03d-%04d", "%d.%03d.%04d"]) % (rnd.choice([408, 650, 510, 669, 925, 209]), rnd.randint(200, 989), rnd.randint(0, 9999))
# --- members
AG = ["Sandy", "Raymond", "Lorraine", "Bobby", "Cindy", "Terrence", "Priyanka", "Alan", "Monique", "Dustin", "Vivian",
      "Oscar", "Heather", "Tony", "Jasmine", "Curtis", "Minh", "Gail", "Leticia", "Brent", "Shannon", "Ronald", "Kimberly",
      "Jeff", "Erica", "Sergio", "Holly", "Wesley", "Yvonne", "Marco"]
AF = ["Valdez", "Tsai", "Ferreira", "Kaur", "Whitcomb", "Halverson", "Mistry", "Dunbar", "Rosenthal", "Ocampo",
      "Quan", "Bettencourt", "Sorensen", "Vu", "Albright", "Gonsalves", "Hao", "Prendergast", "Zamora", "Keller",
      "Yamada", "Costa", "Duarte", "Abbott", "Lam", "Mancini", "Reyes", "Fong", "Castillo", "Novak"]
members = []
for i in range(30):
    off = OFFICES[i % len(OFFICES)]
    typ = "Assistant" if i in (5, 17) else "Office Manager" if i == 11 else "Broker" if i in (0, 7, 23) else "Agent"
    mid = "%s%s%s" % (AF[i][:2].upper(), AG[i][0], rnd.randint(10, 99)) if rnd.random() < 0.5 else "%d" % rnd.randint(100000, 999999)
    members.append(["%d" % (10482000 + i * 37 + rnd.randint(0, 30)), mid, AG[i], AF[i], "%s %s" % (AG[i], AF[i]),
                    "" if typ == "Assistant" else "%08d" % rnd.randint(1000000, 2299999), typ, off[0], off[1],
                    "%s%s@%s.com" % (AG[i][0].lower(), AF[i].lower(), off[1].split()[0].lower()), phone(), phone(),
                    rnd.choice(["Active"] * 8 + ["Inactive"]),
                    (day(datetime.date(2003, 1, 1), datetime.date(2024, 12, 31)).isoformat() + "T%02d:%02d:%02dZ" % (rnd.randint(14, 23), rnd.randint(0, 59), rnd.randint(0, 59)))])
agents = [m for m in members if m[6] in ("Agent", "Broker")]
# --- listings
listings, opens = [], []
keys = set()
for n in range(1500):
    county = rnd.choices(list(CW), list(CW.values()))[0]
    city, zips, (la0, la1, lo0, lo1) = rnd.choice(COUNTIES[county])
    ptype, sub = rnd.choices([("Residential", "Single Family Residence"), ("Residential", "Condominium"), ("Residential", "Townhouse"),
                              ("Residential Income", "Duplex"), ("Land", "Unimproved Land"), ("Residential Lease", "Single Family Residence"),
                              ("Residential Lease", "Condominium")], [50, 15, 12, 4, 3, 10, 6])[0]
    sn = str(rnd.randint(10, 9999)); st, suf = rnd.choice(STREETS)
    unit = str(rnd.randint(1, 420)) if sub in ("Condominium", "Townhouse") and rnd.random() < 0.85 else ""
    z = rnd.choice(zips)
    full = "%s %s%s%s, %s, CA %s" % (sn, st, " " + suf if suf else "", (" #" + unit) if unit else "", city, z)
    apn = {"Santa Clara": "%03d-%02d-%03d" % (rnd.randint(230, 729), rnd.randint(1, 99), rnd.randint(1, 199)),
           "San Mateo": "%03d-%03d-%03d" % (rnd.randint(40, 130), rnd.randint(10, 999), rnd.randint(10, 990)),
           "Alameda": "%d-%04d-%02d-%d" % (rnd.choice([501, 507, 519, 525, 941, 946]), rnd.randint(100, 2999), rnd.randint(1, 99), rnd.randint(0, 9) if rnd.random() < 0.3 else 0),
           "San Joaquin": "%03d-%03d-%02d" % (rnd.randint(200, 260), rnd.randint(10, 600), rnd.randint(1, 40))}[county]
    ag = rnd.choice(agents)
    shape = rnd.random()
    og, of_ = rnd.choice(GIVEN), rnd.choice(FAMILY)
    owner = ("%s %s" % (og, of_) if shape < 0.4 else "%s %s & %s %s" % (og, of_, rnd.choice(GIVEN), of_) if shape < 0.6 else
             "%s, %s" % (of_.upper(), og.upper()) if shape < 0.72 else "%s Family Trust" % of_ if shape < 0.85 else
             "The %s %s Revocable Trust" % (og, of_) if shape < 0.92 else rnd.choice(["Wells Fargo Bank NA", "Opendoor Property Trust I", "US Bank Trust NA", "Federal National Mortgage Association"]))
    sct = rnd.choice(["Listing Agent", "Listing Agent", "Owner", "Occupant", "Tenant"])
    if sct == "Listing Agent":
        scn, scp = ag[4], ag[10]
    else:
        scn, scp = "%s %s" % (og if sct == "Owner" else rnd.choice(GIVEN), of_ if sct == "Owner" else rnd.choice(FAMILY)), phone()
    lbt = rnd.choice(["SentriLock", "SentriLock", "Supra", "Combo", "None", "Call Listing Agent"])
    lbs = ("%d" % rnd.randint(10000000, 99999999)) if lbt in ("SentriLock", "Supra") else ""
    beds = {"Single Family Residence": rnd.randint(2, 6), "Condominium": rnd.randint(0, 3), "Townhouse": rnd.randint(2, 4), "Duplex": rnd.randint(4, 6), "Unimproved Land": 0}[sub]
    area = "" if sub == "Unimproved Land" else str(rnd.randint(450, 1100) if sub == "Condominium" else rnd.randint(1100, 4200))
    lease = ptype == "Residential Lease"
    price = rnd.randint(28, 75) * 100 if lease else rnd.randint(55, 420) * 10000 + rnd.choice([0, 8000, 9000, 5000])
    status = rnd.choices(["Active", "Pending", "Active Under Contract", "Closed", "Expired", "Canceled", "Withdrawn", "Coming Soon"], [20, 8, 6, 45, 6, 4, 3, 3])[0]
    lcd = day(datetime.date(2023, 1, 1), datetime.date(2026, 11, 20))
    dom = rnd.randint(0, 120)
    close = (lcd + datetime.timedelta(days=dom + rnd.randint(20, 45))).isoformat() if status == "Closed" else ""
    cprice = str(int(price * rnd.uniform(0.93, 1.18)) // 1000 * 1000) if status == "Closed" and not lease else (str(price) if status == "Closed" else "")
    code = "%04d" % rnd.randint(0, 9999)
    prv = rnd.choice([
        "Owner %s %s occupied; call %s before showing. Lockbox on side gate, code %s." % (og, of_, phone(), code),
        "Tenant-occupied (%s %s, lease to 06/%d). 24 hr notice. Dog in backyard." % (rnd.choice(GIVEN), rnd.choice(FAMILY), lcd.year + 1),
        "Combo box on front hose bib: %s. Alarm code %s#. Please remove shoes." % (code, "%04d" % rnd.randint(0, 9999)),
        "Seller %s needs 30 day rent-back. Offers due %s by 5pm, email to %s." % (og, (lcd + datetime.timedelta(days=8)).isoformat(), ag[9]),
        "Trust sale, no court confirmation. Trustee: %s %s." % (rnd.choice(GIVEN), of_),
        "Gate code #%s. Disclosures in Disclosures.io." % code, "Use SentriLock. Buyer to verify sq ft.",
        "", ""])
    pub = rnd.choice([
        "Welcome home to this beautifully updated %d bed home in desirable %s! Remodeled kitchen with quartz counters, hardwood floors, and a private backyard. Close to top-rated schools, parks and commute routes." % (beds, city),
        "Charming %s on a quiet tree-lined street near %s %s. Dual-pane windows, central A/C, two-car garage." % (sub.lower(), st, suf),
        "Rare opportunity! Bring your contractor and your vision. Sold as-is. Large lot with RV parking.",
        "Light-filled top-floor unit with vaulted ceilings, in-unit laundry, and two parking spaces. HOA includes water and garbage.",
        "Stunning remodel by %s Builders. Open floor plan, chef's kitchen, primary suite with spa bath." % rnd.choice(["Almaden", "Campbell", "Summit"])])
    lat = round(rnd.uniform(la0, la1), 6); lon = round(rnd.uniform(lo0, lo1), 6)
    while True:
        key = str(rnd.randint(100000000, 999999999))
        if key not in keys:
            keys.add(key); break
    lid = "ML8%07d" % (1800000 + n * 3 + rnd.randint(0, 2))
    mod = "%sT%02d:%02d:%02d.%03dZ" % ((lcd + datetime.timedelta(days=dom)).isoformat(), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59), rnd.randint(0, 999))
    listings.append([key, lid, apn, full, sn, st, suf, unit, city, "CA", z, county, ag[4], ag[1], ag[5], ag[9], ag[10],
                     ag[7], ag[8], owner, scn, scp, sct, lbt, lbs, pub, prv, str(price), cprice, str(beds),
                     str(rnd.randint(1, 4)) if beds else "", area, "%.2f" % rnd.uniform(0.05, 0.4) if sub != "Condominium" else "",
                     str(rnd.randint(1925, 2022)) if sub != "Unimproved Land" else "", ptype, sub, status, lcd.isoformat(), close, str(dom),
                     "%.6f" % lat, "%.6f" % lon, mod])
    if status in ("Active", "Coming Soon", "Active Under Contract", "Closed") and rnd.random() < 0.25:
        for k in range(rnd.randint(1, 2)):
            od = lcd + datetime.timedelta(days=rnd.choice([3, 4, 10, 11]))
            host = rnd.choice(agents)
            opens.append(["OH%d" % (500000 + len(opens) * 7 + rnd.randint(0, 6)), key, lid, od.isoformat(),
                          rnd.choice(["13:00", "13:30", "14:00"]), rnd.choice(["16:00", "16:30"]), rnd.choice(["Public", "Public", "Broker"]),
                          host[2], host[3], host[1], rnd.choice(["", "", "Refreshments served!", "Park on street please", "Hosted by %s %s" % (host[2], host[3])])])
H1 = ["ListingKey", "ListingId", "ParcelNumber", "UnparsedAddress", "StreetNumber", "StreetName", "StreetSuffix", "UnitNumber",
      "City", "StateOrProvince", "PostalCode", "CountyOrParish", "ListAgentFullName", "ListAgentMlsId", "ListAgentStateLicense",
      "ListAgentEmail", "ListAgentDirectPhone", "ListOfficeMlsId", "ListOfficeName", "OwnerName", "ShowingContactName",
      "ShowingContactPhone", "ShowingContactType", "LockBoxType", "LockBoxSerialNumber", "PublicRemarks", "PrivateRemarks",
      "ListPrice", "ClosePrice", "BedroomsTotal", "BathroomsTotalInteger", "LivingArea", "LotSizeAcres", "YearBuilt",
      "PropertyType", "PropertySubType", "StandardStatus", "ListingContractDate", "CloseDate", "DaysOnMarket", "Latitude",
      "Longitude", "ModificationTimestamp"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "STREET_ADDRESS", "STREET_ADDRESS",
      "STREET_ADDRESS", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "COUNTY", "NAME",
      "QUASI_IDENTIFIER", "CERTIFICATE_LICENSE_NUMBER", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NAME", "NAME", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER",
      "FREE_TEXT", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE",
      "NON_IDENTIFYING", "GEOCOORDINATE", "GEOCOORDINATE", "DATE"]
H2 = ["MemberKey", "MemberMlsId", "MemberFirstName", "MemberLastName", "MemberFullName", "MemberStateLicense", "MemberType",
      "OfficeMlsId", "OfficeName", "MemberEmail", "MemberDirectPhone", "MemberMobilePhone", "MemberStatus", "OriginalEntryTimestamp"]
L2 = ["QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NAME", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE"]
H3 = ["OpenHouseKey", "ListingKey", "ListingId", "OpenHouseDate", "OpenHouseStartTime", "OpenHouseEndTime", "OpenHouseType",
      "ShowingAgentFirstName", "ShowingAgentLastName", "ShowingAgentMlsID", "OpenHouseRemarks"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
      "GIVEN_NAME", "FAMILY_NAME", "QUASI_IDENTIFIER", "FREE_TEXT"]
assert len({m[1] for m in members}) == 30 and len({o[0] for o in opens}) == len(opens)
for name, head, rows in (("Property", H1, listings), ("Member", H2, members), ("OpenHouse", H3, opens)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"Property." + h: l for h, l in zip(H1, L1)}
cols.update({"Member." + h: l for h, l in zip(H2, L2)})
cols.update({"OpenHouse." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "mls-listings",
        "description": "Invented MLS export with RESO Data Dictionary field names, ',', ISO dates: %d Property listings (ListingKey, ListingId, county APNs, full and parsed address, city, ZIP, county, list agent name/MLS id/DRE licence/e-mail/phone, owner names incl. couples and trusts, showing contact, lockbox serial, public and private remarks with owners' names and lockbox codes, prices, rooms, vocabulary, lat/long), %d Member rows (agents and staff), %d OpenHouse rows" % (len(listings), len(members), len(opens)),
        "delimiter": ",", "entity": "Property", "columns": cols,
        "foreignKeys": [{"column": "OpenHouse.ListingKey", "references": "Property.ListingKey"},
                        {"column": "OpenHouse.ListingId", "references": "Property.ListingId"},
                        {"column": "Property.ListAgentMlsId", "references": "Member.MemberMlsId"},
                        {"column": "OpenHouse.ShowingAgentMlsID", "references": "Member.MemberMlsId"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes sim-registry-ke: an invented SIM-registration (KYC) export of a fictional Kenyan mobile operator (seeded,
stdlib only), ',' delimited, upper snake-case headers as such back-office exports use. agents: 45 registration
agents (dealer code 'D0412-A017', the agent's name, dealer company, the agent's national ID, MSISDN '0722 123 456',
M-Pesa till number, outlet town, county, status, onboarding date dd/MM/yyyy). subscribers: 3,200 registrations
(MSISDN '254712345678', ICCID 20 digits with Luhn '89254021...', IMSI '63902...', ID type National ID / Passport /
Alien ID / Military ID and its number, first/middle/last name, gender, date of birth dd/MM/yyyy, nationality, KRA PIN
'A012345678Z' (30%), postal address 'P.O. Box 4512-00200', county, sub-county, ward, alternative contact (35%),
e-mail (20%), registration time, agent code, channel, KYC image file names holding the ID number or MSISDN, IPRS
status, SIM status, tariff, PUK). device_checks: 1,400 device-check (IMEI) lookups (check id, MSISDN, IMEI with Luhn,
brand, model, time, GSMA status, reason). Deliberate coincidences: the dealer 'Baraka Communications Ltd' and the
tariffs 'Neema Prepaid' and 'Amani Bundle' beside the given names Baraka, Neema and Amani; the dealer 'Malindi Phone
Hub' beside the town and sub-county Malindi; the sub-county 'Kisumu Central' beside the county Kisumu."""
import csv, json, random
rnd = random.Random(620101)
GIVEN = ["Wanjiru", "Achieng", "Otieno", "Kamau", "Njeri", "Wambui", "Kiprop", "Chebet", "Amani", "Baraka", "Neema",
         "Faith", "Brian", "Kevin", "Mercy", "Grace", "Dennis", "Collins", "Sharon", "Hassan", "Fatuma", "Ali",
         "Zawadi", "Juma", "Akinyi", "Kibet", "Nekesa", "Moses", "Esther", "Peter", "Joseph", "Mary", "Ann", "Samuel"]
FAMILY = ["Kamau", "Otieno", "Mwangi", "Odhiambo", "Kiprotich", "Wanyama", "Njoroge", "Ochieng", "Mutua", "Kariuki",
          "Chebet", "Wafula", "Omondi", "Kiplagat", "Maina", "Onyango", "Mohamed", "Abdi", "Hussein", "Nyambura",
          "Mbugua", "Koech", "Rotich", "Wekesa", "Barasa", "Kilonzo", "Mutiso", "Atieno", "Githinji", "Kimani"]
FOREIGN_GIVEN = ["Abdullahi", "Hodan", "Deng", "Nyakim", "Joseph", "Aisha", "Emmanuel", "Grace", "Ibrahim"]
FOREIGN_FAMILY = ["Warsame", "Farah", "Garang", "Kuol", "Mugisha", "Nakato", "Mushi", "Haji", "Tesfaye"]
GEO = {
 "Nairobi": {"Westlands": ["Kitisuru", "Parklands/Highridge", "Karura", "Kangemi", "Mountain View"],
             "Dagoretti North": ["Kilimani", "Kawangware", "Gatina", "Kileleshwa", "Kabiro"],
             "Embakasi East": ["Upper Savanna", "Lower Savanna", "Embakasi", "Utawala", "Mihango"],
             "Kibra": ["Laini Saba", "Lindi", "Makina", "Woodley/Kenyatta Golf Course", "Sarang'ombe"],
             "Kasarani": ["Clay City", "Mwiki", "Kasarani", "Njiru", "Ruai"]},
 "Mombasa": {"Mvita": ["Mji wa Kale/Makadara", "Tudor", "Tononoka", "Shimanzi/Ganjoni", "Majengo"],
             "Nyali": ["Frere Town", "Ziwa la Ng'ombe", "Mkomani", "Kongowea", "Kadzandani"],
             "Likoni": ["Mtongwe", "Shika Adabu", "Bofu", "Likoni", "Timbwani"]},
 "Kisumu": {"Kisumu Central": ["Railways", "Migosi", "Shaurimoyo Kaloleni", "Market Milimani", "Kondele", "Nyalenda B"],
            "Kisumu East": ["Kajulu", "Kolwa East", "Manyatta B", "Nyalenda A", "Kolwa Central"],
            "Nyando": ["East Kano/Wawidhi", "Awasi/Onjiko", "Ahero", "Kabonyo/Kanyagwal", "Kobura"]},
 "Nakuru": {"Nakuru Town East": ["Biashara", "Kivumbini", "Flamingo", "Menengai", "Nakuru East"],
            "Naivasha": ["Hells Gate", "Lake View", "Maai Mahiu", "Maiella", "Olkaria", "Viwandani"],
            "Njoro": ["Mau Narok", "Mauche", "Kihingo", "Nessuit", "Lare", "Njoro"]},
 "Kiambu": {"Thika Town": ["Township", "Kamenu", "Hospital", "Gatuanyaga", "Ngoliba"],
            "Ruiru": ["Gitothua", "Gatongora", "Kahawa Sukari", "Kahawa Wendani", "Kiuu", "Mwihoko"],
            "Kikuyu": ["Karai", "Nachu", "Sigona", "Kikuyu", "Kinoo"]},
 "Kilifi": {"Malindi": ["Jilore", "Kakuyuni", "Ganda", "Malindi Town", "Shella"],
            "Kilifi North": ["Tezo", "Sokoni", "Kibarani", "Dabaso", "Matsangoni", "Watamu", "Mnarani"]},
 "Uasin Gishu": {"Kapseret": ["Simat/Kapseret", "Kipkenyo", "Ngeria", "Megun", "Langas"],
                 "Ainabkoi": ["Ainabkoi/Olare", "Kaptagat", "Kapsoya"]},
 "Garissa": {"Dadaab": ["Dertu", "Dadaab", "Labasigale", "Damajale", "Liboi", "Abakaile"]}}
TOWNS = {"Nairobi": ["Nairobi", "Westlands", "Kasarani"], "Mombasa": ["Mombasa", "Nyali", "Likoni"],
         "Kisumu": ["Kisumu", "Ahero"], "Nakuru": ["Nakuru", "Naivasha", "Njoro"], "Kiambu": ["Thika", "Ruiru", "Kikuyu"],
         "Kilifi": ["Malindi", "Kilifi", "Watamu"], "Uasin Gishu": ["Eldoret"], "Garissa": ["Dadaab", "Garissa"]}
POSTAL = {"Nairobi": "00100", "Westlands": "00800", "Kasarani": "00608", "Mombasa": "80100", "Nyali": "80118",
          "Likoni": "80110", "Kisumu": "40100", "Ahero": "40101", "Nakuru": "20100", "Naivasha": "20117",
          "Njoro": "20107", "Thika": "01000", "Ruiru": "00232", "Kikuyu": "00902", "Malindi": "80200",
          "Kilifi": "80108", "Watamu": "80202", "Eldoret": "30100", "Dadaab": "70103", "Garissa": "70100"}
CW = [("Nairobi", 34), ("Mombasa", 14), ("Kisumu", 11), ("Nakuru", 11), ("Kiambu", 13), ("Kilifi", 7), ("Uasin Gishu", 6), ("Garissa", 4)]
DEALERS = ["Baraka Communications Ltd", "Malindi Phone Hub", "Jamii Telecom Distributors", "Mwananchi Mobile Ltd",
           "Tuko Pamoja Enterprises", "Lakeside Connect Ltd", "Pwani Simu Dealers", "Rift Valley Comms"]
PREFIX = ["700", "701", "702", "703", "704", "705", "706", "707", "708", "710", "711", "712", "713", "714", "715",
          "716", "717", "718", "719", "720", "721", "722", "723", "724", "725", "726", "727", "728", "729", "740",
          "741", "742", "743", "745", "746", "748", "757", "758", "759", "768", "769", "790", "791", "792", "793",
          "794", "795", "796", "797", "798", "799"]
def luhn(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def wpick(pairs):
    return rnd.choices([p for p, _ in pairs], [w for _, w in pairs])[0]
def day(y0, y1):
    return (rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28))
usedm = set()
def msisdn():
    while True:
        m = "254" + rnd.choice(PREFIX) + "%06d" % rnd.randint(0, 999999)
        if m not in usedm:
            usedm.add(m); return m
def local(m):
    return "0%s %s %s" % (m[3:6], m[6:9], m[9:])
usedid = set()
def natid():
    while True:
        v = str(rnd.randint(10000000, 39999999)) if rnd.random() < 0.85 else str(rnd.randint(1000000, 9999999))
        if v not in usedid:
            usedid.add(v); return v

agents = []
for i in range(45):
    county = wpick(CW); town = rnd.choice(TOWNS[county])
    dealer = "Malindi Phone Hub" if town == "Malindi" else rnd.choice(DEALERS)
    code = "D%04d-A%03d" % (rnd.randint(100, 980), i + 1)
    till = str(rnd.randint(500000, 9899999))
    y, mo, d = day(2016, 2023)
    agents.append([code, "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), dealer, natid(), local(msisdn()), till,
                   town, county, rnd.choice(["Active"] * 8 + ["Suspended", "Dormant"]), "%02d/%02d/%d" % (d, mo, y)])
with open("agents.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["AGENT_CODE", "AGENT_NAME", "DEALER", "AGENT_ID_NO", "AGENT_MSISDN", "TILL_NUMBER", "OUTLET_TOWN",
                "COUNTY", "AGENT_STATUS", "ONBOARDED_ON"])
    w.writerows(agents)

TARIFFS = ["Neema Prepaid", "Amani Bundle", "Prepaid Standard", "Postpaid Biashara 1000", "Data SIM 4G", "Blaze Youth"]
NATS = [("UGANDA", "Passport"), ("TANZANIA", "Passport"), ("SOMALIA", "Alien ID"), ("SOUTH SUDAN", "Alien ID"),
        ("ETHIOPIA", "Passport"), ("INDIA", "Passport"), ("CHINA", "Passport"), ("UNITED KINGDOM", "Passport")]
subs = []
usediccid = set()
for i in range(3200):
    county = wpick(CW); sub = rnd.choice(sorted(GEO[county])); ward = rnd.choice(GEO[county][sub])
    m = msisdn()
    while True:
        body = "8925402" + "%012d" % rnd.randint(0, 10 ** 12 - 1)
        if body not in usediccid:
            usediccid.add(body); break
    iccid = body + luhn(body)
    imsi = "63902" + "%010d" % rnd.randint(0, 10 ** 10 - 1)
    r = rnd.random()
    if county == "Garissa" and r < 0.5 or r < 0.04:
        nat, idtype = rnd.choice(NATS)
        if county == "Garissa": nat, idtype = rnd.choice(NATS[2:4])
    elif r < 0.06:
        nat, idtype = "KENYA", "Military ID"
    else:
        nat, idtype = "KENYA", "National ID"
    if idtype == "National ID": idno = natid()
    elif idtype == "Passport": idno = rnd.choice("ABCKP") + rnd.choice("ABCDK") + "%07d" % rnd.randint(0, 9999999)
    elif idtype == "Alien ID": idno = str(rnd.randint(100000, 999999))
    else: idno = "KDF" + str(rnd.randint(10000, 99999))
    if nat == "KENYA" or nat == "KENYA":
        fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
        mid = rnd.choice(GIVEN + FAMILY) if rnd.random() < 0.6 else ""
    else:
        fn, ln = rnd.choice(FOREIGN_GIVEN), rnd.choice(FOREIGN_FAMILY); mid = ""
    gender = rnd.choice(["M", "F"])
    by, bm, bd = day(1948, 2006)
    kra = "A%09d%s" % (rnd.randint(0, 999999999), rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")) if nat == "KENYA" and rnd.random() < 0.3 else ""
    town = rnd.choice(TOWNS[county])
    box = "P.O. Box %d-%s %s" % (rnd.randint(10, 99999), POSTAL[town], town.upper()) if rnd.random() < 0.55 else ""
    alt = local(msisdn()) if rnd.random() < 0.35 else ""
    email = ""
    if rnd.random() < 0.2:
        email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "outlook.com"]))
    ry, rm, rd = day(2019, 2025)
    t = "%d-%02d-%02d %02d:%02d:%02d" % (ry, rm, rd, rnd.randint(7, 20), rnd.randint(0, 59), rnd.randint(0, 59))
    ag = rnd.choice(agents)
    chan = rnd.choice(["AGENT"] * 7 + ["RETAIL SHOP", "RETAIL SHOP", "SELF-SERVICE APP"])
    agcode = ag[0] if chan == "AGENT" else ""
    front = "kyc/%d/%02d/%s_%s_front.jpg" % (ry, rm, idno, idtype.replace(" ", "").upper())
    selfie = "selfie_%s_%d%02d%02d.jpg" % (m, ry, rm, rd)
    iprs = "VERIFIED" if idtype == "National ID" and rnd.random() < 0.93 else rnd.choice(["NOT FOUND", "NAME MISMATCH", "NOT APPLICABLE"]) if idtype == "National ID" else "NOT APPLICABLE"
    st = rnd.choice(["ACTIVE"] * 12 + ["SUSPENDED", "BARRED - UNREGISTERED", "CHURNED"])
    puk = "%08d" % rnd.randint(0, 99999999)
    subs.append([m, iccid, imsi, idtype, idno, fn, mid, ln, gender, "%02d/%02d/%d" % (bd, bm, by), nat, kra, box,
                 county, sub, ward, alt, email, t, agcode, chan, front, selfie, iprs, st, rnd.choice(TARIFFS), puk])
with open("subscribers.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["MSISDN", "ICCID", "IMSI", "ID_TYPE", "ID_NUMBER", "FIRST_NAME", "MIDDLE_NAME", "LAST_NAME", "GENDER",
                "DATE_OF_BIRTH", "NATIONALITY", "KRA_PIN", "POSTAL_ADDRESS", "COUNTY", "SUB_COUNTY", "WARD",
                "ALT_CONTACT", "EMAIL", "REG_DATE", "AGENT_CODE", "REG_CHANNEL", "ID_FRONT_IMG", "SELFIE_IMG",
                "IPRS_STATUS", "SIM_STATUS", "TARIFF", "PUK1"])
    w.writerows(subs)

DEVICES = [("Samsung", "Galaxy A14", "35332811"), ("Samsung", "Galaxy A05s", "35617426"), ("Tecno", "Spark 20",
           "86123104"), ("Tecno", "Camon 20", "86123207"), ("Infinix", "Hot 40i", "35899209"), ("itel", "A70",
           "35464510"), ("Nokia", "105", "35912308"), ("Apple", "iPhone 13", "35391110"), ("Safaricom", "Neon Ray Pro",
           "86790305"), ("Oppo", "A18", "86467805"), ("Xiaomi", "Redmi 13C", "86858406")]
checks = []
imeis = {}
for i in range(1400):
    s = rnd.choice(subs)
    if s[0] in imeis and rnd.random() < 0.6:
        brand, model, imei = imeis[s[0]]
    else:
        brand, model, tac = rnd.choice(DEVICES)
        body = tac + "%06d" % rnd.randint(0, 999999)
        imei = body + luhn(body); imeis[s[0]] = (brand, model, imei)
    y, mo, d = day(2023, 2025)
    r = rnd.random()
    status, reason = ("WHITELISTED", "") if r < 0.86 else ("GREYLISTED", "Non-type-approved device") if r < 0.93 else \
        ("BLACKLISTED", rnd.choice(["Reported stolen", "Counterfeit TAC", "Duplicate IMEI", "Reported lost"]))
    checks.append(["DCR%09d" % (400000000 + i * 7 + rnd.randint(0, 6)), s[0], imei, brand, model,
                   "%d-%02d-%02dT%02d:%02d:%02d+03:00" % (y, mo, d, rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59)),
                   status, reason, rnd.choice(["USSD *106#", "USSD *106#", "MySafaricom App", "Retail Shop"])])
with open("device_checks.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["CHECK_ID", "MSISDN", "IMEI", "DEVICE_BRAND", "DEVICE_MODEL", "CHECK_TIME", "GSMA_STATUS", "REASON", "CHECK_CHANNEL"])
    w.writerows(checks)

L = {"agents.AGENT_CODE": "QUASI_IDENTIFIER", "agents.AGENT_NAME": "NAME", "agents.DEALER": "NON_IDENTIFYING",
     "agents.AGENT_ID_NO": "NATIONAL_ID", "agents.AGENT_MSISDN": "TELEPHONE_NUMBER", "agents.TILL_NUMBER": "QUASI_IDENTIFIER",
     "agents.OUTLET_TOWN": "CITY", "agents.COUNTY": "COUNTY", "agents.AGENT_STATUS": "NON_IDENTIFYING",
     "agents.ONBOARDED_ON": "DATE",
     "subscribers.MSISDN": "TELEPHONE_NUMBER", "subscribers.ICCID": "DEVICE_IDENTIFIER", "subscribers.IMSI": "OTHER_UNIQUE_IDENTIFIER",
     "subscribers.ID_TYPE": "NON_IDENTIFYING", "subscribers.ID_NUMBER": "NATIONAL_ID", "subscribers.FIRST_NAME": "GIVEN_NAME",
     "subscribers.MIDDLE_NAME": "GIVEN_NAME", "subscribers.LAST_NAME": "FAMILY_NAME", "subscribers.GENDER": "NON_IDENTIFYING",
     "subscribers.DATE_OF_BIRTH": "DATE_OF_BIRTH", "subscribers.NATIONALITY": "NON_IDENTIFYING", "subscribers.KRA_PIN": "NATIONAL_ID",
     "subscribers.POSTAL_ADDRESS": "STREET_ADDRESS", "subscribers.COUNTY": "COUNTY", "subscribers.SUB_COUNTY": "GEOGRAPHIC_SUBDIVISION",
     "subscribers.WARD": "GEOGRAPHIC_SUBDIVISION", "subscribers.ALT_CONTACT": "TELEPHONE_NUMBER", "subscribers.EMAIL": "EMAIL_ADDRESS",
     "subscribers.REG_DATE": "DATE", "subscribers.AGENT_CODE": "QUASI_IDENTIFIER", "subscribers.REG_CHANNEL": "NON_IDENTIFYING",
     "subscribers.ID_FRONT_IMG": "OTHER_UNIQUE_IDENTIFIER", "subscribers.SELFIE_IMG": "OTHER_UNIQUE_IDENTIFIER",
     "subscribers.IPRS_STATUS": "NON_IDENTIFYING", "subscribers.SIM_STATUS": "NON_IDENTIFYING", "subscribers.TARIFF": "NON_IDENTIFYING",
     "subscribers.PUK1": "CREDENTIAL",
     "device_checks.CHECK_ID": "OTHER_UNIQUE_IDENTIFIER", "device_checks.MSISDN": "TELEPHONE_NUMBER", "device_checks.IMEI": "DEVICE_IDENTIFIER",
     "device_checks.DEVICE_BRAND": "NON_IDENTIFYING", "device_checks.DEVICE_MODEL": "NON_IDENTIFYING", "device_checks.CHECK_TIME": "DATE",
     "device_checks.GSMA_STATUS": "NON_IDENTIFYING", "device_checks.REASON": "NON_IDENTIFYING", "device_checks.CHECK_CHANNEL": "NON_IDENTIFYING"}
gold = {"dataset": "sim-registry-ke",
        "description": "Invented SIM-registration (KYC) export of a fictional Kenyan mobile operator, ',' delimited, upper snake-case headers: 45 registration agents (dealer code 'D0412-A017', agent's name and national ID, dealer company, MSISDN '0722 123 456', M-Pesa till, outlet town, county, status, onboarding dd/MM/yyyy), 3,200 subscribers (MSISDN '254712345678', ICCID 20 digits with Luhn, IMSI '63902...', ID type and number: national ID 7-8 digits, passport 'AK1234567', alien ID 6 digits, military 'KDF12345'; first/middle/last name, gender, DOB dd/MM/yyyy, nationality, KRA PIN (30%), P.O. Box postal address (55%), county, sub-county, ward, alternative contact (35%), e-mail (20%), registration time, agent code (empty for shop/app channels), channel, KYC image file names holding the ID number or the MSISDN, IPRS status, SIM status, tariff, PUK1), 1,400 device-check lookups (check id, MSISDN, IMEI with Luhn, brand, model, ISO time +03:00, GSMA status, reason, channel). Agents labelled as staff: name NAME, dealer code and till QUASI_IDENTIFIER (as agents.Till in an earlier set); county COUNTY (as agents.County), sub-county and ward GEOGRAPHIC_SUBDIVISION; KYC file names OTHER_UNIQUE_IDENTIFIER; KRA PIN NATIONAL_ID; PUK CREDENTIAL. Dealer 'Baraka Communications Ltd' and tariffs 'Neema Prepaid'/'Amani Bundle' beside the given names Baraka, Neema, Amani, and dealer 'Malindi Phone Hub' beside the town Malindi are deliberate",
        "entity": "subscribers", "columns": L,
        "foreignKeys": [{"column": "subscribers.AGENT_CODE", "references": "agents.AGENT_CODE"},
                        {"column": "device_checks.MSISDN", "references": "subscribers.MSISDN"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes ocpp-laadsessies-nl: an invented export of a fictional Dutch charge-point management system (OCPP 1.6, SteVe-
like tables, seeded, stdlib only), ';' with decimal commas. charge_points: 46 charge boxes (chargeBoxId such as
'NL*EVN*E004512' for public sites or the vendor serial for home chargers, vendor, model, serial, firmware, siteType
public/private/workplace, siteName (public sites only), street, postcode '1071 AB', city, latitude/longitude).
id_tags: 260 RFID cards and their users (idTag = card UID in hex, 7-byte '04A2B3C4D5E680' or 4-byte, parentIdTag of
fleet groups, eMI3 contract id 'NL-EVN-C12345678-X', customer number, first/last name, e-mail, mobile '+31 6 ...',
license plate 'GH-123-K', VIN, car make/model, expiry date, blocked, note). transactions: 3,400 sessions
(transactionId, chargeBoxId, connectorId, idTag, userEmail and licensePlate copied by the CPMS, startTimestamp and
stopTimestamp ISO 8601 UTC, meterStart/meterStop Wh registers, energy kWh '12,345', tariff, cost EUR '4,32',
stopReason). Deliberate coincidences: the public site 'Van der Valk Hotel Breukelen' beside the surname Van der Valk
and the city Breukelen; the site 'Jansen Tweewielers' beside the surname Jansen; the car model 'Polestar 2' and
the fleet group 'AMSTERDAM-FLEET' beside the city Amsterdam."""
import csv, json, random
rnd = random.Random(610303)
GIVEN = ["Jan", "Pieter", "Sanne", "Lotte", "Daan", "Emma", "Bram", "Femke", "Thijs", "Anouk", "Ruben", "Iris",
         "Mohammed", "Fatima", "Yusuf", "Noor", "Kevin", "Priya", "Wouter", "Marieke", "Henk", "Ingrid", "Joost",
         "Esther", "Sem", "Julia", "Stijn", "Eline", "Tim", "Saskia"]
FAMILY = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
          "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Van der Valk",
          "Yilmaz", "El Amrani", "Kaya", "Nguyen", "Sahin", "Hoekstra", "Postma", "Kuipers", "Verbeek", "Schouten"]
CITIES = [("Amsterdam", "10", 52.37, 4.90), ("Utrecht", "35", 52.09, 5.12), ("Rotterdam", "30", 51.92, 4.48),
          ("Den Haag", "25", 52.07, 4.30), ("Breukelen", "36", 52.17, 5.00), ("Amersfoort", "38", 52.16, 5.39),
          ("Haarlem", "20", 52.38, 4.64), ("Zwolle", "80", 52.51, 6.09), ("Eindhoven", "56", 51.44, 5.47),
          ("Groningen", "97", 53.22, 6.57)]
STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Beukenlaan", "Julianastraat", "Wilhelminalaan",
           "Prinses Beatrixlaan", "Schoolstraat", "Sportlaan", "Eikenlaan", "Vondelstraat", "Merelstraat"]
SITES = ["Van der Valk Hotel Breukelen", "Jansen Tweewielers", "P+R Zuid", "Q-Park Centrum", "Albert Heijn XL",
         "IKEA", "Gemeente parkeerterrein Stationsplein", "Fastned", "Sportpark De Eendracht", "Kantoor Science Park"]
MODELS = [("Alfen", "Eve Single Pro-line"), ("Alfen", "Eve Double Pro-line"), ("EVBox", "BusinessLine"),
          ("Zaptec", "Go"), ("Easee", "Home"), ("ABB", "Terra AC W22"), ("Wallbox", "Pulsar Plus")]

cps = []
for i in range(46):
    vendor, model = rnd.choice(MODELS)
    serial = {"Alfen": "ACE%07d", "EVBox": "EVB-P%07d", "Zaptec": "ZAP%06d", "Easee": "EH%06d", "ABB": "TACW%07d",
              "Wallbox": "PLP1-%07d"}[vendor] % rnd.randint(100000, 999999)
    stype = "private" if i % 3 == 0 else ("workplace" if i % 5 == 1 else "public")
    city, pc2, lat, lon = rnd.choice(CITIES)
    cbid = serial if stype == "private" else "NL*EVN*E%06d" % rnd.randint(1000, 99999)
    site = "" if stype == "private" else rnd.choice(SITES)
    if site == "Van der Valk Hotel Breukelen": city, pc2, lat, lon = CITIES[4]
    street = "%s %d%s" % (rnd.choice(STREETS), rnd.randint(1, 240), rnd.choice(["", "", "", "A", "-2", " bis"]))
    pc = "%s%02d %s%s" % (pc2, rnd.randint(10, 99), rnd.choice("ABCDEGHJKLMNPRSTVWXZ"), rnd.choice("ABCDEGHJKLMNPRSTVWXZ"))
    cps.append([cbid, vendor, model, serial, "%d.%d.%d" % (rnd.randint(4, 6), rnd.randint(0, 12), rnd.randint(0, 9)),
                stype, site, street, pc, city, "%.6f" % (lat + rnd.uniform(-0.04, 0.04)), "%.6f" % (lon + rnd.uniform(-0.06, 0.06)),
                str(2 if "Double" in model or stype == "public" else 1)])
CARS = [("Tesla", "Model 3", "5YJ3E7EB"), ("Tesla", "Model Y", "7SAYGDEE"), ("Volkswagen", "ID.3", "WVWZZZE1"),
        ("Kia", "e-Niro", "KNACC81G"), ("Polestar", "Polestar 2", "LPSVSEDE"), ("Renault", "Zoe", "VF1AG000"),
        ("Hyundai", "Kona Electric", "KMHK381G"), ("Skoda", "Enyaq", "TMBJC7NY")]
VC = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
def vin(prefix):
    return prefix + "".join(rnd.choice(VC) for _ in range(9))
def plate():
    L = "BDFGHJKLNPRSTVXZ"
    return rnd.choice(["%s%s-%03d-%s", "%s%s-%03d-%s%s"]).replace("%03d", "%d%d%d") % tuple(
        [rnd.choice(L), rnd.choice(L)] + [rnd.randint(0, 9) for _ in range(3)] + [rnd.choice(L), rnd.choice(L)])[:0] if False else \
        "%s-%03d-%s" % ("".join(rnd.choice(L) for _ in range(2)), rnd.randint(1, 999), rnd.choice(L)) if rnd.random() < 0.6 else \
        "%d-%s-%03d" % (rnd.randint(1, 9), "".join(rnd.choice(L) for _ in range(3)), rnd.randint(1, 999))
tags = []; used = set()
for i in range(260):
    while True:
        uid = "".join(rnd.choice("0123456789ABCDEF") for _ in range(12)) if rnd.random() < 0.7 else "".join(rnd.choice("0123456789ABCDEF") for _ in range(8))
        uid = ("04" + uid) if len(uid) == 12 else uid
        if uid not in used: break
    used.add(uid)
    f, l = rnd.choice(GIVEN), rnd.choice(FAMILY)
    fleet = rnd.random() < 0.25
    make, model, vp = rnd.choice(CARS)
    em = "%s.%s@%s" % (f.lower(), l.lower().replace(" ", ""), rnd.choice(["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com"]))
    note = ""
    if rnd.random() < 0.12:
        note = rnd.choice(["Kaart vervangen na verlies, zie ticket van mevr. %s" % rnd.choice(FAMILY),
                           "Lease via werkgever, contact %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                           "Dubbele kaart", "Geblokkeerd wegens wanbetaling", "Tweede auto van %s" % f])
    tags.append([uid, rnd.choice(["AMSTERDAM-FLEET", "VLOOT-UTRECHT", "PARTNER-EVN"]) if fleet else "",
                 "NL-EVN-C%08d-%s" % (rnd.randint(10000000, 99999999), rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
                 "K%06d" % (100000 + i * 7 + rnd.randint(0, 6)), f, l, em,
                 "+31 6 %04d %04d" % (rnd.randint(1000, 9999), rnd.randint(0, 9999)) if rnd.random() < 0.85 else "",
                 plate(), vin(vp) if rnd.random() < 0.55 else "", make, model,
                 "%04d-%02d-%02d" % (rnd.randint(2026, 2030), rnd.randint(1, 12), rnd.randint(1, 28)),
                 "true" if rnd.random() < 0.04 else "false", note])
# each user mostly charges at one home or one public site
home = {t[0]: rnd.choice(cps) for t in tags}
meters = {c[0]: rnd.randint(100000, 9000000) for c in cps}
trans = []
sec = 0
weights = [rnd.paretovariate(1.3) for _ in tags]
for n in range(3400):
    sec += rnd.randint(60, 1700)
    t = rnd.choices(tags, weights=weights)[0]
    cp = home[t[0]] if rnd.random() < 0.7 else rnd.choice(cps)
    dur = rnd.randint(600, 14 * 3600)
    kw = 11.0 if cp[5] != "private" else rnd.choice([3.7, 7.4, 11.0])
    wh = int(min(dur / 3600 * kw, rnd.uniform(4, 70)) * 1000)
    ms = meters[cp[0]]; meters[cp[0]] = ms + wh + rnd.randint(0, 30)
    def iso(s):
        d, r = divmod(s, 86400); m = 1 + d // 28; day = 1 + d % 28
        return "2026-%02d-%02dT%02d:%02d:%02dZ" % (m, day, r // 3600, r % 3600 // 60, r % 60)
    tariff = "Thuisladen" if cp[5] == "private" else rnd.choice(["AC Standaard", "AC Standaard", "Werkgever", "AC Piek"])
    price = {"Thuisladen": 0.0, "AC Standaard": 0.39, "Werkgever": 0.25, "AC Piek": 0.49}[tariff]
    stopped = n < 3390
    trans.append([str(180000 + n), cp[0], str(rnd.randint(1, int(cp[12]))), t[0], t[6], t[8],
                  iso(sec), iso(sec + dur) if stopped else "", str(ms), str(ms + wh) if stopped else "",
                  ("%.3f" % (wh / 1000)).replace(".", ",") if stopped else "", tariff,
                  ("%.2f" % (wh / 1000 * price + (0.35 if price else 0))).replace(".", ",") if stopped else "",
                  rnd.choice(["EVDisconnected", "EVDisconnected", "Local", "Remote", "PowerLoss", "Other"]) if stopped else ""])

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n"); wr.writerow(head); wr.writerows(data)

CH = ["chargeBoxId", "chargePointVendor", "chargePointModel", "chargePointSerialNumber", "firmwareVersion", "siteType",
      "siteName", "street", "postcode", "city", "latitude", "longitude", "numberOfConnectors"]
TH = ["idTag", "parentIdTag", "contractId", "customerNumber", "firstName", "lastName", "email", "mobile", "licensePlate",
      "vin", "carMake", "carModel", "expiryDate", "blocked", "note"]
XH = ["transactionId", "chargeBoxId", "connectorId", "idTag", "userEmail", "licensePlate", "startTimestamp",
      "stopTimestamp", "meterStart", "meterStop", "energyKWh", "tariff", "costEUR", "stopReason"]
write("charge_points", CH, cps); write("id_tags", TH, tags); write("transactions", XH, trans)
L = {"charge_points": ["DEVICE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "ZIP_CODE", "CITY", "GEOCOORDINATE",
                       "GEOCOORDINATE", "NON_IDENTIFYING"],
     "id_tags": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "ACCOUNT_NUMBER", "GIVEN_NAME", "FAMILY_NAME",
                 "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "VEHICLE_IDENTIFIER", "VEHICLE_IDENTIFIER", "NON_IDENTIFYING",
                 "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"],
     "transactions": ["OTHER_UNIQUE_IDENTIFIER", "DEVICE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
                      "EMAIL_ADDRESS", "VEHICLE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]}
cols = {}
for t, h in (("charge_points", CH), ("id_tags", TH), ("transactions", XH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "ocpp-laadsessies-nl",
        "description": "Invented Dutch OCPP 1.6 charge-point management export, ';' with decimal commas: 46 charge points (chargeBoxId 'NL*EVN*E004512' or, for private home chargers, the vendor serial; serial; public/workplace site names; street, postcode '1071 AB', city, 6-decimal GPS), 260 RFID id tags (card UID hex 14 or 8 characters, fleet parent tag, eMI3 contract id, customer number, name, e-mail, +31 6 mobile, Dutch plate, VIN on 55%, car make/model, expiry, note naming people), 3,400 charging sessions (sequential transactionId, chargeBoxId, connectorId, idTag, the user's e-mail and plate copied, ISO UTC start/stop, meter registers in Wh, kWh and EUR with decimal commas, tariff, stopReason; 10 sessions still running). chargeBoxId and serial DEVICE_IDENTIFIER (a private charger is one household's device; public ones labelled with the column); the whole address/GPS of charge points labelled identifiers (a private charger's is a home; as organizations.ADDRESS in Synthea's gold); parentIdTag (fleet groups) NON_IDENTIFYING; meterStart/meterStop NON_IDENTIFYING. Site names 'Van der Valk Hotel Breukelen' and 'Jansen Tweewielers' beside the surnames Van der Valk and Jansen and the city Breukelen, fleet group 'AMSTERDAM-FLEET' beside the city Amsterdam are deliberate",
        "delimiter": ";", "entity": "id_tags", "columns": cols,
        "foreignKeys": [{"column": "transactions.idTag", "references": "id_tags.idTag"},
                        {"column": "transactions.chargeBoxId", "references": "charge_points.chargeBoxId"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

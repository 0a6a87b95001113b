#!/usr/bin/env python3
"""Writes airline-pnr: an invented airline reservation (PNR) export, '|'-separated (seeded, stdlib only)."""
import csv, json, random, string
rnd = random.Random(60601)
GIVEN = ["Annegret", "Bartholomew", "Cosima", "Dragan", "Eleonora", "Fitzgerald", "Gunhild", "Hieronymus", "Ingeborg",
         "Jacinta", "Kasimir", "Leopoldine", "Mstislav", "Norberta", "Oswaldo", "Perpetua", "Quirin", "Rosalind",
         "Sigismund", "Theodora", "Ulrika", "Valentin", "Wilhelmina", "Xaver", "Yolanda", "Zenobia"]
FAMILY = ["Abernathy", "Brankovic", "Castellanos", "Dwithers", "Eisenhauer", "Fairweather", "Grzybowski", "Hollingsworth",
          "Ignatiev", "Jorgensen", "Kowalczyk", "Lindqvist", "Montgomery", "Nakashima", "Oyelaran", "Pettersen",
          "Quintanilla", "Rasmussen", "Stavropoulos", "Thistlewood", "Uccello", "Vasconcelos", "Wojciechowski", "Zielinski"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
NAT = ["DEU", "GBR", "FRA", "USA", "POL", "SWE", "ITA", "ESP", "NLD", "CAN", "JPN", "GRC"]
AIRPORTS = ["FRA", "MUC", "LHR", "CDG", "JFK", "WAW", "ARN", "FCO", "MAD", "AMS", "YYZ", "HND", "ATH", "VIE", "ZRH"]
CARRIERS = ["LH", "LX", "OS", "LO", "SK"]
AGENCIES = ["23212345", "91234567", "00012340", "57231045"]
FARE = ["Y", "B", "M", "H", "Q", "V", "L", "C", "J", "Z", "F"]
CABIN = {"Y": "Economy", "B": "Economy", "M": "Economy", "H": "Economy", "Q": "Economy", "V": "Economy", "L": "Economy",
         "C": "Business", "J": "Business", "Z": "Business", "F": "First"}
SSR = ["", "", "", "VGML", "WCHR", "KSML", "DBML", "WCHC", "BLND", "UMNR"]
TIERS = ["", "", "BASE", "SILVER", "GOLD", "PLATINUM"]

def locator():
    return "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))

def passport(nat):
    if nat == "DEU":
        return "C" + "".join(rnd.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    if nat in ("GBR", "USA", "CAN"):
        return "%09d" % rnd.randint(100000000, 999999999)
    if nat == "FRA":
        return "%02d%s%05d" % (rnd.randint(10, 99), "".join(rnd.choice(string.ascii_uppercase) for _ in range(2)), rnd.randint(0, 99999))
    return "".join(rnd.choice(string.ascii_uppercase) for _ in range(2)) + "%07d" % rnd.randint(0, 9999999)

def ffp(carrier):
    body = "%012d" % rnd.randint(0, 10**12 - 1)
    digits = [int(c) for c in body]
    s = sum(d if i % 2 else (2 * d - 9 if 2 * d > 9 else 2 * d) for i, d in enumerate(reversed(digits)))
    return "%s%s%d" % (carrier, body, (10 - s % 10) % 10)

def ticket(seq):
    base = "220%010d" % seq
    return base[:13]

bookings, paxes, segs, coupons = [], [], [], []
used = set()
pax_n, seg_n, tkt_n = 0, 0, 4812000000
for b in range(700):
    loc = locator()
    while loc in used:
        loc = locator()
    used.add(loc)
    fam = rnd.choice(FAMILY)
    created = "2026-%02d-%02dT%02d:%02d:%02dZ" % (rnd.randint(1, 10), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
    npax = rnd.choice([1, 1, 1, 2, 2, 3, 4])
    ctc_given = rnd.choice(GIVEN)
    phone = "+%s %d %07d" % (rnd.choice(["49", "44", "33", "1", "48"]), rnd.randint(150, 179), rnd.randint(0, 9999999))
    email = "%s.%s%d@%s" % (ctc_given.lower(), fam.lower(), rnd.randint(1, 99), rnd.choice(["mail.example", "post.example", "inbox.example"]))
    channel = rnd.choice(["WEB", "APP", "GDS", "CALL"])
    bookings.append([loc, created, channel, rnd.choice(AGENCIES) if channel == "GDS" else "", "APM " + phone, "APE " + email,
                     str(npax), rnd.choice(["EUR", "EUR", "GBP", "USD", "PLN", "SEK"]), "%.2f" % (rnd.randint(8000, 650000) / 100),
                     rnd.choice(["TKTD", "TKTD", "TKTD", "HOLD", "CXLD"])])
    my = []
    for k in range(npax):
        pax_n += 1
        given = ctc_given if k == 0 else rnd.choice(GIVEN)
        sex = rnd.choice("MF")
        age = rnd.choice([rnd.randint(18, 75)] * 6 + [rnd.randint(2, 17), rnd.randint(76, 89), rnd.randint(90, 101)])
        yob = 2026 - age - rnd.randint(0, 1)
        dob = "%02d%s%02d" % (rnd.randint(1, 28), MON[rnd.randint(0, 11)], yob % 100)
        ptc = "ADT" if age >= 12 else "CHD"
        nat = rnd.choice(NAT)
        title = ("MR" if sex == "M" else rnd.choice(["MRS", "MS"])) if ptc == "ADT" else ("MSTR" if sex == "M" else "MISS")
        carrier = rnd.choice(CARRIERS)
        tier = rnd.choice(TIERS)
        paxes.append(["P%06d" % pax_n, loc, "%s/%s %s" % (fam.upper(), given.upper(), title), ptc, dob, str(age), sex, nat,
                      passport(nat), "20%02d-%02d-%02d" % (rnd.randint(27, 36), rnd.randint(1, 12), rnd.randint(1, 28)), nat,
                      ffp(carrier) if tier else "", tier, rnd.choice(SSR)])
        my.append("P%06d" % pax_n)
    nseg = rnd.choice([1, 2, 2, 3, 4])
    a = rnd.choice(AIRPORTS)
    for s in range(nseg):
        seg_n += 1
        bb = rnd.choice([x for x in AIRPORTS if x != a])
        fc = rnd.choice(FARE)
        carrier = rnd.choice(CARRIERS)
        segs.append([str(seg_n), loc, str(s + 1), "%s%04d" % (carrier, rnd.randint(1, 2999)), a, bb,
                     "2026-%02d-%02d %02d:%02d" % (rnd.randint(6, 12), rnd.randint(1, 28), rnd.randint(5, 22), rnd.choice([0, 5, 15, 25, 40, 55])),
                     CABIN[fc], fc, fc + rnd.choice(["LOWDE", "FLEX", "SAVER", "OWGB", "RT"]), rnd.choice(["HK", "HK", "HK", "TK", "UN"])])
        for p in my:
            tkt_n += 1
            coupons.append(["220" + "%010d" % tkt_n, str(s + 1), p, str(seg_n), "%d%s" % (rnd.randint(1, 45), rnd.choice("ABCDEFHK")),
                            "LH%06d" % rnd.randint(0, 999999) if rnd.random() < 0.5 else "", str(rnd.choice([0, 0, 1, 1, 2])),
                            rnd.choice(["OK", "OK", "OK", "CHKD", "BRDD", "NOSH"])])
        a = bb

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="|", lineterminator="\n"); w.writerow(head); w.writerows(rows)

BH = ["record_locator", "created_utc", "channel", "agency_iata", "ctc_phone", "ctc_email", "pax_count", "currency", "total_fare", "status"]
PH = ["pax_id", "rloc", "name_field", "ptc", "dob", "age", "gender", "nationality", "docs_number", "docs_expiry", "docs_issuer", "ffp_number", "ffp_tier", "ssr"]
SH = ["seg_id", "pnr", "seg_no", "flight", "board", "off", "dep_local", "cabin", "rbd", "fare_basis", "seg_status"]
CH = ["ticket_number", "coupon_no", "traveller", "segment", "seat", "bag_tag", "bags", "coupon_status"]
write("bookings", BH, bookings); write("passengers", PH, paxes); write("segments", SH, segs); write("coupons", CH, coupons)
lab = {}
lab.update({"bookings." + k: v for k, v in zip(BH, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER",
                                                   "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
lab.update({"passengers." + k: v for k, v in zip(PH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH",
                                                     "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "DATE",
                                                     "NON_IDENTIFYING", "ACCOUNT_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
lab.update({"segments." + k: v for k, v in zip(SH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                                                   "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
lab.update({"coupons." + k: v for k, v in zip(CH, ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
                                                  "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
desc = ("Invented airline PNR export, '|'-separated: %d bookings (record locators, contact phone/e-mail with APM/APE prefixes), "
        "%d passengers (SURNAME/GIVEN TITLE, DDMMMYY dates of birth, ages incl. over 89, passport numbers, frequent-flyer numbers with Luhn check digit), "
        "%d segments, %d ticket coupons (13-digit ticket numbers, seats, bag tags); foreign keys named rloc, pnr, traveller, segment") % (
        len(bookings), len(paxes), len(segs), len(coupons))
gold = {"dataset": "airline-pnr", "description": desc, "delimiter": "|", "entity": "bookings", "columns": lab,
        "foreignKeys": [{"column": "passengers.rloc", "references": "bookings.record_locator"},
                        {"column": "segments.pnr", "references": "bookings.record_locator"},
                        {"column": "coupons.traveller", "references": "passengers.pax_id"},
                        {"column": "coupons.segment", "references": "segments.seg_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

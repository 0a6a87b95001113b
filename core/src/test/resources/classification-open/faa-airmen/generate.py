#!/usr/bin/env python3
"""Writes faa-airmen: an invented aviation airmen registry in the shape of the FAA's releasable airmen download
(PILOT_BASIC.csv, PILOT_CERT.csv: capitals, fixed-width fields turned CSV so names and streets keep their trailing
spaces, UNIQUE ID `A0012345`, MED DATE and MED EXP DATE `MMYYYY`, BASIC MED dates `YYYYMMDD`, REGION codes, foreign
airmen with COUNTRY and an empty STATE) plus a flight school's pilot logbook in the shape of a ForeFlight logbook export
(LOGBOOK: tail numbers `N123AB`, airports `KSEA`/`S50`, times, hours, instructor and passenger names, remarks) and its
aircraft table (AIRCRAFT, small). Coincidences: the towns Everett, Kent, Burlington, Arlington beside given and family
names Everett, Kent, Burlington, Arlington; the type code `CESSNA`-like make names beside family name Piper.
Python 3 standard library only, fixed seed."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(570303)
GIVEN = ["JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "STEVEN", "MARK", "PAUL", "KEVIN",
         "BRIAN", "ERIC", "JASON", "RYAN", "TYLER", "KYLE", "EVERETT", "KENT", "DOUGLAS", "MARY", "JENNIFER", "SARAH",
         "EMILY", "LAURA", "ANNA", "AMELIA", "JESSICA", "WEI", "HIROSHI", "CARLOS", "AHMED"]
MIDDLE = ["ALLEN", "LEE", "JAMES", "MICHAEL", "RAY", "LYNN", "ANN", "MARIE", "EDWARD", "JOSEPH", "A", "J", "M", "R", "D"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "GARCIA", "WILSON", "ANDERSON",
          "THOMPSON", "PETERSON", "LARSON", "OLSON", "NGUYEN", "KIM", "TANAKA", "MUELLER", "PIPER", "BOEING",
          "EVERETT", "KENT", "ARLINGTON", "BURLINGTON", "WRIGHT", "LINDBERGH", "EARHART", "YEAGER", "DOOLITTLE",
          "MORGAN", "CARTER", "REED", "HAYES", "WARD"]
SUFF = ["JR", "SR", "II", "III"]
# (city, state, zips, region)
TOWNS = [("SEATTLE", "WA", ["98101", "98103", "98115", "98118"], "NM", 14), ("EVERETT", "WA", ["98201", "98203", "98208"], "NM", 6),
         ("KENT", "WA", ["98030", "98031", "98032"], "NM", 5), ("ARLINGTON", "WA", ["98223"], "NM", 3),
         ("BURLINGTON", "WA", ["98233"], "NM", 2), ("SPOKANE", "WA", ["99201", "99208"], "NM", 4),
         ("PORTLAND", "OR", ["97201", "97211", "97229"], "NM", 6), ("BOISE", "ID", ["83702", "83709"], "NM", 3),
         ("ANCHORAGE", "AK", ["99501", "99502", "99507"], "AL", 4), ("PHOENIX", "AZ", ["85016", "85032"], "WP", 6),
         ("SAN DIEGO", "CA", ["92101", "92154", "92127"], "WP", 7), ("DALLAS", "TX", ["75201", "75230"], "SW", 6),
         ("DENVER", "CO", ["80202", "80231"], "NM", 4), ("OSHKOSH", "WI", ["54901", "54902"], "GL", 2),
         ("WICHITA", "KS", ["67202", "67226"], "CE", 3), ("ATLANTA", "GA", ["30303", "30338"], "SO", 5),
         ("DAYTONA BEACH", "FL", ["32114", "32118"], "SO", 4), ("ARLINGTON", "VA", ["22201", "22204"], "EA", 3),
         ("BURLINGTON", "VT", ["05401"], "NE", 1), ("KENT", "OH", ["44240"], "GL", 1)]
FOREIGN = [("TORONTO", "CANADA", "M5V 2T6"), ("VANCOUVER", "CANADA", "V6B 1A1"), ("LONDON", "UNITED KINGDOM", "SW1A 1AA"),
           ("SYDNEY", "AUSTRALIA", "2000"), ("TOKYO", "JAPAN", "100-0005"), ("MUNICH", "GERMANY", "80331"),
           ("MEXICO CITY", "MEXICO", "06600")]
STREETS = ["MAIN ST", "AIRPORT WAY", "RUNWAY DR", "LAKE CITY WAY NE", "PACIFIC HWY S", "CEDAR AVE", "OAK ST",
           "PINE RIDGE RD", "HANGAR LN", "SKYLINE DR", "EAST MARGINAL WAY S", "WINGS WAY", "3RD AVE"]

def pad(s, n):
    return s.ljust(n)

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

asof = datetime.date(2026, 11, 1)
basic = []; certs = []; ids = set()
for i in range(3000):
    while True:
        uid = "A%07d" % rnd.randint(1000, 5999999) if rnd.random() < 0.9 else "C%07d" % rnd.randint(1000, 999999)
        if uid not in ids:
            ids.add(uid); break
    fn = rnd.choice(GIVEN)
    mid = rnd.choice(MIDDLE) if rnd.random() < 0.75 else ""
    first = (fn + " " + mid).strip()
    ln = rnd.choice(FAMILY) + (" " + rnd.choice(SUFF) if rnd.random() < 0.05 else "")
    if rnd.random() < 0.93:
        t = rnd.choices(TOWNS, [x[4] for x in TOWNS])[0]
        city, st, z, region, country = t[0], t[1], rnd.choice(t[2]), t[3], "USA"
        if rnd.random() < 0.35:
            z = z + "%04d" % rnd.randint(1, 9999)
    else:
        f = rnd.choice(FOREIGN); city, st, z, region, country = f[0], "", f[2], "", f[1]
    s1 = "%d %s" % (rnd.randint(1, 29999), rnd.choice(STREETS)) if rnd.random() < 0.92 else "PO BOX %d" % rnd.randint(1, 9999)
    s2 = rnd.choice(["APT %d" % rnd.randint(1, 999), "STE %d" % rnd.randint(100, 400), "UNIT %s" % rnd.choice("ABCD"), "HANGAR %d" % rnd.randint(1, 60)]) if rnd.random() < 0.12 else ""
    # certificates
    lvl = rnd.choices(["S", "P", "C", "A", "T", "R"], [18, 42, 20, 16, 3, 1])[0]
    med_class = rnd.choices(["1", "2", "3", ""], [15 if lvl == "A" else 2, 12 if lvl in "CA" else 3, 60, 25])[0]
    if lvl == "A":
        med_class = "1" if rnd.random() < 0.8 else med_class
    if med_class:
        md = asof - datetime.timedelta(days=rnd.randint(0, 5 * 365))
        months = {"1": 12, "2": 12, "3": 60}[med_class]
        ex_m = md.month + months; ex = datetime.date(md.year + (ex_m - 1) // 12, (ex_m - 1) % 12 + 1, 1)
        med_date, med_exp = md.strftime("%m%Y"), ex.strftime("%m%Y")
    else:
        med_date = med_exp = ""
    bmc = bmcmec = ""
    if not med_class and lvl in "PC" and rnd.random() < 0.5:
        b = asof - datetime.timedelta(days=rnd.randint(0, 700)); bmc = b.strftime("%Y%m%d")
        bmcmec = (b - datetime.timedelta(days=rnd.randint(1, 60))).strftime("%Y%m%d")
    basic.append([uid, pad(first, 30), pad(ln, 30), pad(s1, 33), pad(s2, 33), pad(city, 17), st, pad(z, 10), pad(country, 18),
                  region, med_class, med_date, med_exp, bmc, bmcmec])
    # pilot certificate
    if lvl == "S":
        rat = ""
    else:
        cls = ["ASEL"] + (["AMEL"] if lvl in "CA" and rnd.random() < 0.7 or rnd.random() < 0.1 else []) + (["ASES"] if rnd.random() < 0.06 else []) + (["INSTA"] if lvl in "CA" or rnd.random() < 0.4 else [])
        if rnd.random() < 0.05:
            cls.append("ROTCRAFT-HELICOPTER")
        rat = "/".join([lvl] + cls)
    tr = ""
    if lvl == "A":
        tr = " ".join("A/" + x for x in rnd.sample(["B-737", "A-320", "CL-65", "ERJ-170", "B-757", "B-767", "DC-9", "CE-525S", "LR-JET", "B-787"], rnd.randint(1, 3)))
    elif lvl == "C" and rnd.random() < 0.1:
        tr = "C/" + rnd.choice(["CE-525S", "LR-JET", "CE-500"])
    exp = (asof + datetime.timedelta(days=rnd.randint(300, 720))).strftime("%m%d%Y") if lvl == "S" and rnd.random() < 0.2 else ""
    certs.append([uid, pad(first, 30), pad(ln, 30), "P", lvl, exp, rat, tr])
    if lvl in "CA" and rnd.random() < 0.45:
        flv = rnd.choice(["F/ASE", "F/ASE/AME", "F/ASE/INSTA", "F/ASE/AME/INSTA"])
        certs.append([uid, pad(first, 30), pad(ln, 30), "F", "", (asof + datetime.timedelta(days=rnd.randint(-100, 700))).strftime("%m%d%Y"), flv, ""])
    if rnd.random() < 0.08:
        certs.append([uid, pad(first, 30), pad(ln, 30), "G", rnd.choice(["A", "B"]), "", rnd.choice(["G/ADV/INSTRUMENT", "G/BASIC"]), ""])
    if rnd.random() < 0.06:
        certs.append([uid, pad(first, 30), pad(ln, 30), "M", "", "", rnd.choice(["M/AIRFRAME/POWERPLANT", "M/AIRFRAME"]), ""])
    if rnd.random() < 0.04:
        certs.append([uid, pad(first, 30), pad(ln, 30), "E", "", "", "E/FLIGHT ENGINEER TURBOJET", ""])
write("PILOT_BASIC", ["UNIQUE ID", "FIRST & MIDDLE NAME", "LAST NAME & SUFFIX", "STREET 1", "STREET 2", "CITY",
                      "STATE", "ZIP CODE", "COUNTRY", "REGION", "MED CLASS", "MED DATE", "MED EXP DATE",
                      "BASIC MED COURSE DATE", "BASIC MED CMEC DATE"], basic)
write("PILOT_CERT", ["UNIQUE ID", "FIRST NAME", "LAST NAME", "TYPE", "LEVEL", "EXPIRE DATE", "RATINGS",
                     "TYPE RATINGS"], certs)

# ---- aircraft (small) and logbook of the school's students and instructors
TYPES = [("C172", "Cessna", "172S", "ASEL", "AM", "Piston", "", ""), ("C152", "Cessna", "152", "ASEL", "FC", "Piston", "", ""),
         ("PA28", "Piper", "PA-28-181", "ASEL", "FC", "Piston", "", ""), ("PA44", "Piper", "PA-44-180", "AMEL", "RT", "Piston", "x", ""),
         ("SR20", "Cirrus", "SR20", "ASEL", "FC", "Piston", "", ""), ("C182", "Cessna", "182T", "ASEL", "FC", "Piston", "", "x"),
         ("DA40", "Diamond", "DA40", "ASEL", "FC", "Piston", "", "")]
aircraft = []; tails = set()
for i in range(14):
    while True:
        tail = "N%d%s" % (rnd.randint(1, 9999), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rnd.choice([0, 1, 2]))))
        if len(tail) <= 6 and tail not in tails:
            tails.add(tail); break
    t = rnd.choice(TYPES)
    aircraft.append([tail, t[0], str(rnd.randint(1976, 2019)), t[1], t[2], "airplane", t[3], t[4], t[5], t[6], t[7]])
write("AIRCRAFT", ["AircraftID", "TypeCode", "Year", "Make", "Model", "Category", "Class", "GearType", "EngineType",
                   "Complex", "HighPerformance"], aircraft)
AIRPORTS = ["KBFI", "KPAE", "KRNT", "S50", "KAWO", "KBVS", "KOLM", "KTIW", "KPWT", "0S9", "KFHR", "KBLI", "W10", "KSEA", "KPDX", "KELN", "KYKM"]
seattle = [b for b in basic if b[6] == "WA"]
students = rnd.sample(seattle, 24); cfis = rnd.sample([b for b in seattle if b not in students], 6)
log = []
REM = ["Steep turns, slow flight, stalls. {n} says work on rudder.", "Pattern work, 6 landings. Crosswind 10G15.",
       "XC to {a} with {p}; fuel stop, lunch at the cafe.", "Checkride prep with {n}. Good.", "Night currency, 3 full stops.",
       "Took {p} and her daughter up for the sunset, smooth air.", "IFR practice approaches, foggles. Holding at OLM VOR.",
       "Discovery flight. Logged for {p}.", "Ferry to {a} for annual inspection.", ""]
for s in students:
    n = rnd.randint(5, 22); day = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 200))
    cfi = rnd.choice(cfis)
    for k in range(n):
        day += datetime.timedelta(days=rnd.randint(1, 12))
        ac = rnd.choice(aircraft); frm = rnd.choice(AIRPORTS[:6]); xc = rnd.random() < 0.3
        to = rnd.choice(AIRPORTS) if xc else frm
        out = datetime.datetime.combine(day, datetime.time(rnd.randint(7, 19), rnd.choice([0, 15, 30, 45])))
        tot = round(rnd.uniform(0.8, 3.5) if xc else rnd.uniform(0.6, 1.8), 1)
        tin = out + datetime.timedelta(minutes=int(tot * 60))
        dual = rnd.random() < 0.7
        night = round(tot * rnd.random(), 1) if out.hour >= 17 and rnd.random() < 0.5 else 0.0
        cfiname = (cfi[1].strip() + " " + cfi[2].strip()).title() if dual else ""
        pax = (rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)).title() if rnd.random() < 0.15 else ""
        rem = rnd.choice(REM).format(n=cfiname.split(" ")[0] if cfiname else "CFI", p=pax or "a friend", a=to)
        log.append([s[0], day.isoformat(), ac[0], frm, to, ("%s %s" % (frm, to)) if xc else "", out.strftime("%H:%M"), tin.strftime("%H:%M"),
                    "%.1f" % tot, "%.1f" % (0 if dual else tot), "0.0", "%.1f" % night, "%.1f" % (tot if xc else 0), "%.1f" % (round(tot * 0.2, 1) if rnd.random() < 0.1 else 0),
                    str(rnd.randint(1, 6)), str(rnd.randint(0, 3) if night else 0), "%.1f" % (tot if dual else 0), cfiname, pax, rem])
write("LOGBOOK", ["UNIQUE ID", "Date", "AircraftID", "From", "To", "Route", "TimeOut", "TimeIn", "TotalTime", "PIC",
                  "SIC", "Night", "CrossCountry", "ActualInstrument", "DayLandingsFullStop", "NightLandingsFullStop",
                  "DualReceived", "InstructorName", "Person1", "PilotComments"], log)

gold = {"dataset": "faa-airmen",
        "description": "Invented FAA releasable airmen download (PILOT_BASIC 3000 airmen, PILOT_CERT certificates one to four per airman), capitals, fixed-width fields as CSV with trailing spaces, UNIQUE ID A0012345 / C0012345, FIRST & MIDDLE NAME, LAST NAME & SUFFIX, STREET 1/2 (PO BOX, APT, STE, HANGAR), CITY, STATE, ZIP CODE 5 or 9 digits without dash, COUNTRY, REGION, MED CLASS, MED DATE and MED EXP DATE MMYYYY, BASIC MED dates YYYYMMDD; certificates TYPE/LEVEL/EXPIRE DATE MMDDYYYY, RATINGS `C/ASEL/AMEL/INSTA`, TYPE RATINGS `A/B-737 A/CL-65`; a flight school's ForeFlight-style LOGBOOK (24 students, UNIQUE ID FK, date, tail N-number FK to AIRCRAFT 14 rows, airports, times out/in, hours, instructor and passenger names, remarks naming them). Coincidences: towns Everett/Kent/Arlington/Burlington and the same names; aircraft make Piper and family name Piper",
        "delimiter": ",", "entity": "PILOT_BASIC", "columns": {}, "foreignKeys": []}
L = gold["columns"]
for c, lab in [("UNIQUE ID", "OTHER_UNIQUE_IDENTIFIER"), ("FIRST & MIDDLE NAME", "GIVEN_NAME"),
               ("LAST NAME & SUFFIX", "FAMILY_NAME"), ("STREET 1", "STREET_ADDRESS"), ("STREET 2", "STREET_ADDRESS"),
               ("CITY", "CITY"), ("STATE", "NON_IDENTIFYING"), ("ZIP CODE", "ZIP_CODE"), ("COUNTRY", "NON_IDENTIFYING"),
               ("REGION", "NON_IDENTIFYING"), ("MED CLASS", "NON_IDENTIFYING"), ("MED DATE", "DATE"),
               ("MED EXP DATE", "DATE"), ("BASIC MED COURSE DATE", "DATE"), ("BASIC MED CMEC DATE", "DATE")]:
    L["PILOT_BASIC." + c] = lab
for c, lab in [("UNIQUE ID", "OTHER_UNIQUE_IDENTIFIER"), ("FIRST NAME", "GIVEN_NAME"), ("LAST NAME", "FAMILY_NAME"),
               ("TYPE", "NON_IDENTIFYING"), ("LEVEL", "NON_IDENTIFYING"), ("EXPIRE DATE", "DATE"),
               ("RATINGS", "NON_IDENTIFYING"), ("TYPE RATINGS", "NON_IDENTIFYING")]:
    L["PILOT_CERT." + c] = lab
for c, lab in [("AircraftID", "VEHICLE_IDENTIFIER"), ("TypeCode", "NON_IDENTIFYING"), ("Year", "NON_IDENTIFYING"),
               ("Make", "NON_IDENTIFYING"), ("Model", "NON_IDENTIFYING"), ("Category", "NON_IDENTIFYING"),
               ("Class", "NON_IDENTIFYING"), ("GearType", "NON_IDENTIFYING"), ("EngineType", "NON_IDENTIFYING"),
               ("Complex", "NON_IDENTIFYING"), ("HighPerformance", "NON_IDENTIFYING")]:
    L["AIRCRAFT." + c] = lab
for c, lab in [("UNIQUE ID", "OTHER_UNIQUE_IDENTIFIER"), ("Date", "DATE"), ("AircraftID", "VEHICLE_IDENTIFIER"),
               ("From", "QUASI_IDENTIFIER"), ("To", "QUASI_IDENTIFIER"), ("Route", "QUASI_IDENTIFIER"),
               ("TimeOut", "DATE"), ("TimeIn", "DATE"), ("TotalTime", "NON_IDENTIFYING"), ("PIC", "NON_IDENTIFYING"),
               ("SIC", "NON_IDENTIFYING"), ("Night", "NON_IDENTIFYING"), ("CrossCountry", "NON_IDENTIFYING"),
               ("ActualInstrument", "NON_IDENTIFYING"), ("DayLandingsFullStop", "NON_IDENTIFYING"),
               ("NightLandingsFullStop", "NON_IDENTIFYING"), ("DualReceived", "NON_IDENTIFYING"),
               ("InstructorName", "NAME"), ("Person1", "NAME"), ("PilotComments", "FREE_TEXT")]:
    L["LOGBOOK." + c] = lab
gold["foreignKeys"] = [{"column": "PILOT_CERT.UNIQUE ID", "references": "PILOT_BASIC.UNIQUE ID"},
                       {"column": "LOGBOOK.UNIQUE ID", "references": "PILOT_BASIC.UNIQUE ID"},
                       {"column": "LOGBOOK.AircraftID", "references": "AIRCRAFT.AircraftID"}]
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

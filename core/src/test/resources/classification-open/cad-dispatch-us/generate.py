#!/usr/bin/env python3
"""Writes cad-dispatch-us: an invented export of a fictional county 911 center's computer-aided dispatch system
(seeded, stdlib only), ','. incidents: 1,800 calls of January-February 2026 (Incident Number '26-004512', Call
Received 'MM/DD/YYYY HH:MM:SS', Call Source, Nature Code and Problem, MPDS Determinant '26-A-1' on medical calls,
Priority, Caller Name 'LAST, FIRST' or 'FIRST LAST' or ANONYMOUS or an alarm company, Callback Number in three
styles, Incident Address (house number and street, highway mile marker or an intersection), Apt/Suite, Common Place
(businesses and parks), Cross Streets 'W KANSAS ST / N WATER ST', City, Beat (patrol beat 'L2'), District (one of four
sheriff's districts), Latitude/Longitude 6 decimals, Pt Age on medical calls (some over 89, some UNK), Call Taker
(employee number), Disposition code, Closed, and the call-taker's Narrative with time-stamped entries naming
patients, neighbours, vehicles and gate codes). units_assigned: about 3,000 unit assignments (Unit M12/E7/T3/P24/BC1, Unit
Type, Agency, Crew as 'RAMIREZ J / COLE K', Dispatched/Enroute/On Scene/Transporting/At Hospital/Available,
Response Time 'mm:ss', Transport Destination, Transport Miles). dispositions: the 20 disposition codes. Deliberate
coincidences: the surnames KEARNEY, GLADSTONE, MOSBY, TRUMAN beside the towns Kearney, Gladstone, Mosby
and the hospital TRUMAN MEDICAL CENTER; LIBERTY HOSPITAL beside the town Liberty; the disposition 'Referred to Kearney
PD'; MPDS determinants such as '26-A-1' look like incident numbers."""
import csv, json, random
rnd = random.Random(76030411)
GIVEN = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH",
         "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHARLES", "KAREN",
         "CHRISTOPHER", "NANCY", "DANIEL", "LISA", "MATTHEW", "BETTY", "ANTHONY", "MARGARET", "MARK", "SANDRA",
         "DONALD", "ASHLEY", "STEVEN", "KIMBERLY", "PAUL", "EMILY", "ANDREW", "DONNA", "JOSHUA", "MICHELLE",
         "TRAVIS", "BRANDI", "COLTON", "SHELBY", "DEWAYNE", "TAMIKA", "JUAN", "ROSA", "VAN", "MAI", "DMITRI", "OKSANA"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
          "HERNANDEZ", "LOPEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE",
          "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING",
          "KEARNEY", "GLADSTONE", "MOSBY", "TRUMAN", "HOLT", "COLLINS", "BAUMGARTNER", "SCHROEDER", "FITZGERALD",
          "OKONKWO", "NGUYEN", "PHAM", "IVANOV", "KOVAC", "MCALLISTER", "DUBOIS", "WHITFIELD", "PRUITT", "STANLEY"]
STAFF_FAMILY = ["RAMIREZ", "COLE", "BECKER", "HUFFMAN", "OSBORNE", "DALTON", "MERCER", "WEAVER", "PRATT", "NOLAN",
                "VOSS", "KEMPER", "RUIZ", "HAYES", "LARSON", "FOWLER", "GRAVES", "TATE", "SPENCER", "BRYANT"]
# (town, ZIP, beats, lat, lon, street list, phone exchanges)
TOWNS = [("LIBERTY", "64068", ["L1", "L2", "L3", "L4"], 39.2461, -94.4191,
          ["N MAIN ST", "W KANSAS ST", "E FRANKLIN ST", "S LIGHTBURNE ST", "N JEWELL ST", "W MILL ST", "GLENN HENDREN DR", "N WATER ST"], ["781", "792", "415"]),
         ("KEARNEY", "64060", ["K1", "K2"], 39.3678, -94.3622, ["E WASHINGTON ST", "S JEFFERSON ST", "W 6TH ST", "PLATTE CLAY WAY", "CAMPBELL ST"], ["628", "903"]),
         ("SMITHVILLE", "64089", ["S1", "S2"], 39.3869, -94.5811, ["MAIN ST", "COMMERCIAL AVE", "BRIDGE ST", "NE 180TH ST"], ["532", "873"]),
         ("EXCELSIOR SPRINGS", "64024", ["X1", "X2"], 39.3392, -94.2261, ["BROADWAY ST", "THOMPSON AVE", "ELMS BLVD", "N KANSAS CITY AVE", "RAINWATER RD"], ["630", "637"]),
         ("GLADSTONE", "64118", ["G1", "G2", "G3"], 39.2039, -94.5547, ["N OAK TRFY", "NE 72ND ST", "N ANTIOCH RD", "NE SHADY LANE DR", "N BRIGHTON AVE"], ["436", "455", "468"]),
         ("NORTH KANSAS CITY", "64116", ["N1", "N2"], 39.1428, -94.5730, ["ARMOUR RD", "SWIFT AVE", "BURLINGTON ST", "E 23RD AVE"], ["221", "471"]),
         ("PLEASANT VALLEY", "64068", ["C2"], 39.2164, -94.4836, ["NE PLEASANT VALLEY RD", "HWY 291", "NE 56TH ST"], ["781"]),
         ("MOSBY", "64073", ["C3"], 39.3111, -94.3003, ["MAIN ST", "HWY 210", "MOSBY RD"], ["628"]),
         ("MISSOURI CITY", "64072", ["C4"], 39.2378, -94.3008, ["MAIN ST", "NE 52ND ST"], ["781"]),
         ("CLAYCOMO", "64119", ["C1"], 39.2003, -94.4922, ["NE US HWY 69", "NE CLAYCOMO DR"], ["452"])]
TW = [22, 9, 8, 10, 16, 9, 4, 2, 2, 3]
DISTRICT = {"L": "DISTRICT 1", "K": "DISTRICT 2", "S": "DISTRICT 2", "X": "DISTRICT 3", "G": "DISTRICT 4",
            "N": "DISTRICT 4", "C": "DISTRICT 3"}
PLACES = ["WALMART SUPERCENTER #1164", "LIBERTY HOSPITAL", "HY-VEE #1422", "QUIKTRIP #0219", "CITY HALL",
          "WILLIAM JEWELL COLLEGE", "LIBERTY HIGH SCHOOL", "KEARNEY JR HIGH", "SMITHVILLE LAKE - CAMP BRIGGS",
          "THE ELMS HOTEL", "HARRAHS NKC CASINO", "OAK PARK", "LINCOLN PARK", "CASEYS GENERAL STORE",
          "GLADSTONE COMMUNITY CENTER", "PRICE CHOPPER", "MAPLE GROVE NURSING HOME", "CLAY COUNTY DETENTION CENTER"]
HWYS = ["I-35 NB MM 16", "I-35 SB MM 20", "I-35 NB MM 26", "HWY 152 EB AT N MAIN ST", "HWY 291 NB AT HWY 152",
        "US 69 AT NE 96TH ST", "HWY 92 WB MM 4", "I-435 NB MM 55"]
# nature code, problem, kind (LAW/FIRE/EMS), MPDS determinant list, priority weights
NATURES = [("DIST", "DISTURBANCE", "LAW", [], 20), ("SUSP", "SUSPICIOUS PERSON/VEHICLE", "LAW", [], 26),
           ("THEFT", "THEFT/LARCENY", "LAW", [], 14), ("ALARM-B", "BURGLARY ALARM", "LAW", [], 18),
           ("WELF", "WELFARE CHECK", "LAW", [], 16), ("MVA-PD", "TRAFFIC COLLISION - PROPERTY DAMAGE", "LAW", [], 14),
           ("DOM", "DOMESTIC DISTURBANCE", "LAW", [], 9), ("TRAF", "TRAFFIC STOP", "LAW", [], 30),
           ("ANIMAL", "ANIMAL COMPLAINT", "LAW", [], 6), ("911H", "911 HANGUP", "LAW", [], 12),
           ("MVA-PI", "TRAFFIC COLLISION - INJURIES", "EMS", ["29-B-1", "29-D-2P", "29-A-1"], 7),
           ("FIRE-S", "STRUCTURE FIRE", "FIRE", [], 3), ("FIRE-V", "VEHICLE FIRE", "FIRE", [], 2),
           ("ALARM-F", "FIRE ALARM", "FIRE", [], 9), ("GAS", "GAS LEAK/ODOR", "FIRE", [], 3),
           ("SICK", "SICK PERSON", "EMS", ["26-A-1", "26-A-2", "26-C-1", "26-O-1"], 24),
           ("FALL", "FALLS", "EMS", ["17-A-1", "17-A-2", "17-B-1", "17-D-4"], 20),
           ("CHEST", "CHEST PAIN", "EMS", ["10-C-1", "10-D-1", "10-A-1"], 10),
           ("BREATH", "BREATHING PROBLEMS", "EMS", ["06-C-1", "06-D-1", "06-E-1"], 10),
           ("UNC", "UNCONSCIOUS/FAINTING", "EMS", ["31-D-2", "31-C-1", "31-A-1"], 6),
           ("OD", "OVERDOSE/POISONING", "EMS", ["23-C-1", "23-O-1", "23-D-1"], 4),
           ("ARREST", "CARDIAC/RESPIRATORY ARREST", "EMS", ["09-E-1", "09-D-1"], 2),
           ("STROKE", "STROKE/CVA", "EMS", ["28-C-1G", "28-C-4L"], 4), ("LIFT", "LIFT ASSIST", "EMS", ["17-A-3"], 6)]
DISPOS = [("RPT", "Report Taken", "LAW", "Y"), ("ARR", "Arrest Made", "LAW", "Y"), ("CIT", "Citation Issued", "LAW", "Y"),
          ("WARN", "Verbal Warning", "LAW", "N"), ("GOA", "Gone on Arrival", "ALL", "N"), ("UTL", "Unable to Locate", "ALL", "N"),
          ("ADV", "Advised/Assisted", "ALL", "N"), ("CNCL", "Cancelled Prior to Arrival", "ALL", "N"),
          ("TRANS", "Patient Transported", "EMS", "Y"), ("REF", "Patient Refusal", "EMS", "Y"),
          ("TRT", "Treated and Released", "EMS", "Y"), ("DOA", "Dead on Arrival", "EMS", "Y"),
          ("FALSE", "False Alarm", "FIRE", "N"), ("EXT", "Fire Extinguished", "FIRE", "Y"), ("INV", "Investigated - No Problem Found", "FIRE", "N"),
          ("MUT", "Mutual Aid Given", "FIRE", "N"), ("DUP", "Duplicate Call", "ALL", "N"),
          ("REF-KPD", "Referred to Kearney PD", "LAW", "N"), ("REF-MSHP", "Referred to Missouri State Highway Patrol", "LAW", "N"),
          ("UNF", "Unfounded", "LAW", "N")]
HOSPITALS = ["LIBERTY HOSPITAL", "NORTH KANSAS CITY HOSPITAL", "ST LUKES NORTH", "TRUMAN MEDICAL CENTER",
             "RESEARCH MEDICAL CENTER", "EXCELSIOR SPRINGS HOSPITAL", "CHILDRENS MERCY"]
HOSP_W = [40, 25, 14, 6, 4, 8, 3]
ALARM_COS = ["ADT SECURITY", "BRINKS HOME", "VIVINT", "GUARDIAN ALARM", "SAFE HAVEN SECURITY"]
CAR = ["SIL HONDA CIVIC", "BLK CHEV SILVERADO", "WHI FORD F150", "RED TOYOTA CAMRY", "GRY DODGE CHARGER", "BLU NISSAN ALTIMA"]


def t(s):
    d, r = divmod(s, 86400)
    m, day = (1, d + 1) if d < 31 else (2, d - 30)
    return "%02d/%02d/2026 %02d:%02d:%02d" % (m, day, r // 3600, r % 3600 // 60, r % 60)


def hms(s):
    d, r = divmod(s, 86400)
    return "%02d:%02d:%02d" % (r // 3600, r % 3600 // 60, r % 60)


def name_fmt(f, l):
    r = rnd.random()
    return "%s, %s" % (l, f) if r < 0.7 else ("%s %s" % (f, l) if r < 0.9 else "%s, %s %s" % (l, f, rnd.choice("ABCDEJMRT")))


def phone(town):
    n = "816%s%04d" % (rnd.choice(town[6]), rnd.randint(0, 9999))
    r = rnd.random()
    if r < 0.5:
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if r < 0.8:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    return n


STAFF = ["%s %s" % (s, rnd.choice("ABCDEFGHJKLMNPRSTW")) for s in STAFF_FAMILY for _ in range(2)]
CALLTAKERS = ["%04d" % rnd.randint(1000, 4999) for _ in range(14)]
UNITS = {"EMS": ["M11", "M12", "M14", "M15", "M17", "M19", "M21"],
         "FIRE": ["E1", "E2", "E3", "E5", "E7", "E9", "T3", "Q5", "R2", "BC1"],
         "LAW": ["P%d" % n for n in range(21, 39)] + ["S7", "S8", "K9"]}
UNIT_TYPE = {"M": "ALS AMBULANCE", "E": "ENGINE", "T": "TRUCK", "Q": "QUINT", "R": "RESCUE", "B": "BATTALION CHIEF",
             "P": "PATROL", "S": "SUPERVISOR", "K": "K9"}
AGENCY = {"EMS": "CCEMS", "FIRE": "CCFPD", "LAW": "CCSO"}
CREW = {u: " / ".join(rnd.sample(STAFF, 2 if u[0] in "MEQTR" else 1)) for k in UNITS for u in UNITS[k]}

incidents, units = [], []
sec = 3600 * 2
for n in range(1800):
    sec += rnd.randint(60, 5400)
    if sec >= 59 * 86400: sec = 59 * 86400 - rnd.randint(100, 5000)
    nat = rnd.choices(NATURES, weights=[x[4] for x in NATURES])[0]
    code, prob, kind, dets, _ = nat
    town = rnd.choices(TOWNS, weights=TW)[0]
    beat = rnd.choice(town[2])
    r = rnd.random()
    place, apt, cross = "", "", ""
    if code in ("MVA-PD", "MVA-PI", "TRAF") and r < 0.45:
        addr = rnd.choice(HWYS)
    elif code in ("MVA-PD", "MVA-PI", "TRAF", "SUSP") and r < 0.75:
        a, b = rnd.sample(town[5], 2); addr = "%s / %s" % (a, b)
    else:
        addr = "%d %s" % (rnd.randint(1, 20) * rnd.choice([1, 10, 100]) + rnd.randint(0, 99), rnd.choice(town[5]))
        if rnd.random() < 0.22:
            place = rnd.choice(PLACES)
        elif rnd.random() < 0.15:
            apt = rnd.choice(["APT %d%s" % (rnd.randint(1, 30), rnd.choice("ABCD")), "LOT %d" % rnd.randint(1, 80), "UNIT %d" % rnd.randint(100, 330)])
        a, b = rnd.sample(town[5], 2); cross = "%s / %s" % (a, b) if rnd.random() < 0.85 else ""
    lat = "%.6f" % (town[3] + rnd.uniform(-0.03, 0.03)); lon = "%.6f" % (town[4] + rnd.uniform(-0.035, 0.035))
    if rnd.random() < 0.03: lat = lon = ""
    src = "SELF-INIT" if code == "TRAF" else ("ALARM CO" if code in ("ALARM-B", "ALARM-F") and rnd.random() < 0.85 else
                                               rnd.choices(["911", "911-WIRELESS", "ADMIN", "TEXT-911"], weights=[30, 50, 18, 2])[0])
    f, l = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if src == "SELF-INIT":
        caller, cb = "", ""
    elif src == "ALARM CO":
        caller, cb = rnd.choice(ALARM_COS), "800%07d" % rnd.randint(2000000, 9999999)
    elif rnd.random() < 0.08:
        caller, cb = rnd.choice(["ANONYMOUS", "ANON", "UNK"]), phone(town) if rnd.random() < 0.5 else ""
    else:
        caller, cb = name_fmt(f, l), phone(town) if rnd.random() < 0.96 else ""
    det = rnd.choice(dets) if dets else ""
    prio = "1" if det and det.split("-")[1] in "DE" or code in ("FIRE-S", "ARREST", "DOM") else (
        "2" if kind != "LAW" or code in ("DIST", "MVA-PD") else rnd.choice(["2", "3", "3", "4"]))
    age = ""
    pf, pl = rnd.choice(GIVEN), (l if rnd.random() < 0.6 else rnd.choice(FAMILY))
    if kind == "EMS" and code != "MVA-PI" or (code == "MVA-PI" and rnd.random() < 0.5):
        rr = rnd.random()
        age = str(rnd.randint(90, 101)) if rr < 0.05 else ("UNK" if rr < 0.09 else str(rnd.choice([rnd.randint(1, 17), rnd.randint(18, 64), rnd.randint(60, 89), rnd.randint(65, 89)])))
    ct = rnd.choice(CALLTAKERS)
    # narrative
    notes = []
    s2 = sec
    def add(txt):
        global s2
        notes.append("%s [%s] %s" % (hms(s2), ct, txt))
        s2 += rnd.randint(15, 120)
    s2 = sec + rnd.randint(20, 90)
    if kind == "EMS":
        who = rnd.choice(["HUSBAND", "WIFE", "MOTHER", "FATHER", "NEIGHBOR", "SON", "DAUGHTER", "FRIEND", "PT"])
        if age.isdigit() and int(age) < 18: who = rnd.choice(["CHILD", "SON", "DAUGHTER"])
        add("CALLER ADV %s %s, %s%s CONS/BREATHING" % (who, prob.split("/")[0], age if age not in ("", "UNK") else "UNK AGE ",
                                                        "YOM" if rnd.random() < 0.5 else "YOF") if rnd.random() < 0.9 else "CALLER ADV PT NOT BREATHING")
        if rnd.random() < 0.45: add("PT NAME %s %s" % (pf, pl))
        if rnd.random() < 0.15: add("GATE CODE %d / KEY IN LOCKBOX" % rnd.randint(1000, 9999))
        if rnd.random() < 0.12: add("HX OF %s PER CALLER" % rnd.choice(["COPD", "CHF", "DIABETES", "SEIZURES", "DEMENTIA", "DIALYSIS"]))
    elif kind == "LAW":
        if code in ("DIST", "DOM"):
            add("RP ADV %s YELLING NEXT DOOR, POSS %s" % (rnd.choice(["MALE AND FEMALE", "SEVERAL SUBJS", "NEIGHBORS"]), rnd.choice(["WEAPONS UNK", "ETOH INVOLVED", "NO WEAPONS SEEN"])))
            if rnd.random() < 0.4: add("SUBJ IS %s %s, DOB %02d/%02d/%d" % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1960, 2005)))
        elif code in ("SUSP", "THEFT", "TRAF", "MVA-PD"):
            add("VEH %s MO LIC %s%s%d%s%d" % (rnd.choice(CAR), rnd.choice("ABCDEFGHJK"), rnd.choice("ABCDEFGHJK"), rnd.randint(0, 9), rnd.choice("ABCDEFGHJK"), rnd.randint(10, 99)))
            if rnd.random() < 0.3: add("RO %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)))
        elif code == "WELF":
            add("RP REQ CHECK ON %s %s, NOT ANSWERING PHONE SINCE %s" % (pf, pl, rnd.choice(["YESTERDAY", "MONDAY", "LAST WEEK"])))
        elif code == "ALARM-B":
            add("ZONE %d %s, KEYHOLDER %s EN ROUTE" % (rnd.randint(1, 12), rnd.choice(["FRONT DOOR", "REAR DOOR", "MOTION"]), rnd.choice(FAMILY)))
        elif code == "911H":
            add("OPEN LINE, CALLBACK %s" % rnd.choice(["NO ANSWER", "VM", "CALLER STATES ACCIDENTAL"]))
    else:
        add("%s %s" % (rnd.choice(["SMOKE SHOWING FROM", "ALARM PANEL SHOWS", "ODOR REPORTED IN"]), rnd.choice(["GARAGE", "KITCHEN", "ZONE 3", "BASEMENT", "2ND FLOOR"])))
    if rnd.random() < 0.08: add("CALLER ADV %s HAS DOG IN YARD" % rnd.choice(["HOMEOWNER", pl]))
    narrative = " ; ".join(notes) if rnd.random() < 0.93 else ""
    # units
    nunits = {"EMS": rnd.choice([1, 1, 2, 2, 3]), "FIRE": rnd.choice([1, 2, 3, 4, 5]), "LAW": rnd.choice([0, 1, 1, 2, 2, 3])}[kind]
    if code in ("MVA-PI",): nunits = 3
    cancelled = rnd.random() < 0.04
    if cancelled: nunits = 0
    pool = UNITS[kind] if kind != "EMS" else UNITS["EMS"] + UNITS["FIRE"][:6]
    if code == "MVA-PI": pool = UNITS["EMS"] + UNITS["FIRE"][:6] + UNITS["LAW"]
    chosen = rnd.sample(pool, min(nunits, len(pool)))
    disp_code = "CNCL" if cancelled else {"EMS": rnd.choices(["TRANS", "REF", "TRT", "DOA", "CNCL", "DUP"], weights=[70, 14, 8, 1, 4, 2])[0],
                                          "FIRE": rnd.choices(["FALSE", "EXT", "INV", "MUT", "CNCL"], weights=[40, 12, 30, 4, 6])[0],
                                          "LAW": rnd.choices(["RPT", "ARR", "CIT", "WARN", "GOA", "UTL", "ADV", "UNF", "REF-KPD", "REF-MSHP", "DUP"],
                                                             weights=[25, 6, 14, 18, 10, 7, 14, 4, 2, 2, 2])[0]}[kind]
    if code == "TRAF" and disp_code not in ("CIT", "WARN", "ARR"): disp_code = rnd.choice(["CIT", "WARN"])
    last = sec
    for k, u in enumerate(chosen):
        d = sec + rnd.randint(30, 240) + k * rnd.randint(0, 120)
        er = d + rnd.randint(10, 90) if rnd.random() < 0.97 else None
        os_ = er + rnd.randint(180, 900) if er and rnd.random() < 0.93 else None
        tr = ah = dest = miles = ""
        if u.startswith("M") and disp_code == "TRANS" and os_ and k == 0 or (u.startswith("M") and disp_code == "TRANS" and os_ and rnd.random() < 0.2):
            trs = os_ + rnd.randint(600, 1800); ahs = trs + rnd.randint(480, 1800)
            tr, ah = t(trs), t(ahs); dest = rnd.choices(HOSPITALS, weights=HOSP_W)[0]
            miles = "%.1f" % ((ahs - trs) / 60 * rnd.uniform(0.55, 0.9)); av = ahs + rnd.randint(600, 2400)
        else:
            av = (os_ or er or d) + rnd.randint(300, 3600)
        last = max(last, av)
        rt = "" if not os_ else "%02d:%02d" % divmod(os_ - d, 60)
        units.append(["26-%06d" % (4100 + n), u, UNIT_TYPE[u[0]], AGENCY["EMS" if u[0] == "M" else "FIRE" if u[0] in "ETQRB" else "LAW"],
                      CREW[u], t(d), t(er) if er else "", t(os_) if os_ else "", tr, ah, t(av), rt, dest, miles])
    closed = t(last + rnd.randint(60, 900))
    incidents.append(["26-%06d" % (4100 + n), t(sec), src, code, prob, det, prio, caller, cb, addr, apt, place, cross,
                      town[0], beat, DISTRICT[beat[0]], lat, lon, age, ct, disp_code, closed, narrative])

IH = ["Incident Number", "Call Received", "Call Source", "Nature Code", "Problem", "Determinant", "Priority",
      "Caller Name", "Callback Number", "Incident Address", "Apt/Suite", "Common Place", "Cross Streets", "City",
      "Beat", "District", "Latitude", "Longitude", "Pt Age", "Call Taker", "Disposition", "Closed", "Narrative"]
IL = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NAME", "TELEPHONE_NUMBER", "STREET_ADDRESS", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION",
      "GEOGRAPHIC_SUBDIVISION", "CITY", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "GEOCOORDINATE", "GEOCOORDINATE",
      "AGE", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "DATE", "FREE_TEXT"]
UH = ["Incident Number", "Unit", "Unit Type", "Agency", "Crew", "Dispatched", "Enroute", "On Scene", "Transporting",
      "At Hospital", "Available", "Response Time", "Transport Destination", "Transport Miles"]
UL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE", "DATE", "DATE",
      "DATE", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
DH = ["Code", "Description", "Agency Type", "Report Required"]
DL = ["NON_IDENTIFYING"] * 4


def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)


write("incidents", IH, incidents); write("units_assigned", UH, units); write("dispositions", DH, [list(d) for d in DISPOS])
cols = {}
for tb, h, l in (("incidents", IH, IL), ("units_assigned", UH, UL), ("dispositions", DH, DL)):
    assert len(h) == len(l)
    for c, x in zip(h, l):
        cols[tb + "." + c] = x
gold = {"dataset": "cad-dispatch-us",
        "description": "Invented export of a fictional Missouri county 911 center's CAD system, ',': 1,800 incidents of January-February 2026 (Incident Number '26-004512', Call Received 'MM/DD/YYYY HH:MM:SS', call source, nature code and problem, MPDS determinant '26-A-1' on medical calls, priority 1-4, caller name 'LAST, FIRST' / 'FIRST LAST' / ANONYMOUS / alarm company, callback number in three styles, incident address (house number and street, highway mile marker, or an intersection), Apt/Suite, Common Place (businesses, parks, schools), cross streets, city, patrol beat 'L2', sheriff's district (four), 6-decimal latitude/longitude (3% empty), patient age on medical calls (5% over 89, some UNK), call taker's employee number, disposition code, closed time, and a time-stamped call-taker narrative naming patients, subjects, registered owners, keyholders, plates and gate codes), about 3,000 unit assignments (unit M12/E7/T3/P24/BC1, type, agency, crew 'RAMIREZ J / COLE K', dispatched/enroute/on scene/transporting/at hospital/available times, response time 'mm:ss', transport destination hospital and miles) and the 20 disposition codes. Labels: Beat, Cross Streets and Common Place GEOGRAPHIC_SUBDIVISION (as nyc-311's cross streets and landmark: a precinct-sized area, an intersection, a named place smaller than a state); District NON_IDENTIFYING (four sheriff's districts, as police-stops.district); Call Taker QUASI_IDENTIFIER (a staff key, as eCrew.01); Crew NAME (staff names); Unit NON_IDENTIFYING (as eResponse.14 call sign). Coincidences: surnames KEARNEY, GLADSTONE, MOSBY, TRUMAN beside the towns Kearney, Gladstone, Mosby and TRUMAN MEDICAL CENTER; LIBERTY HOSPITAL beside the town Liberty; the disposition 'Referred to Kearney PD'; staff surname GRAVES; MPDS determinants shaped like incident numbers, are deliberate",
        "delimiter": ",", "entity": "incidents", "columns": cols,
        "foreignKeys": [{"column": "units_assigned.Incident Number", "references": "incidents.Incident Number"},
                        {"column": "incidents.Disposition", "references": "dispositions.Code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

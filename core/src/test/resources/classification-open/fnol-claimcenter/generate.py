#!/usr/bin/env python3
"""Writes fnol-claimcenter: an invented US personal-auto first-notice-of-loss export in the style of a Guidewire
ClaimCenter report extract (seeded, Python 3 stdlib only; rerun to reproduce the CSV files and gold.json byte for
byte). claims (Claim Number CA-2026-004512, Policy Number, Loss Date/Time, Reported Date, Loss Cause typecodes,
Loss Location street/city/state/ZIP, Police Report Number, Claim Status, Adjuster written 'Last, First', Reserve and
Paid amounts, loss description naming people), parties (role Insured/Claimant/Witness/Driver, names, DOB, driver's
licence number in the issuing state's shape and its state, phone, e-mail, address, injury description naming people),
vehicles (VIN with its ISO 3779 check digit, plate and plate state, year/make/model, damage description).
Coincidences: makes Lincoln and Ford beside people and an adjuster surnamed Lincoln and Ford; model Sierra beside the
given name Sierra; loss cities Jackson and Madison beside the family name Jackson and the given name Madison."""
import csv, json, os, random, datetime
N = 600
SET = "fnol-claimcenter"
rnd = random.Random(3707)
GIVEN = ["James", "Maria", "Robert", "Jennifer", "Michael", "Linda", "David", "Patricia", "Carlos", "Ashley", "Tyler",
         "Brianna", "Kevin", "Sierra", "Madison", "DeShawn", "Nguyen", "Priya", "Hunter", "Kayla", "Brandon", "Latoya",
         "Ethan", "Gabriela", "Cody", "Destiny", "Trevor", "Mei", "Rodrigo", "Heather"]
FAMILY = ["Smith", "Johnson", "Lopez", "Jackson", "Nguyen", "Patel", "Whitfield", "Okafor", "Brennan", "Castillo",
          "Delgado", "Ford", "Lincoln", "Kowalski", "Harrington", "Vasquez", "Tran", "Mbeki", "Sorensen", "Abernathy",
          "Pruitt", "Galloway", "Yazzie", "Fitzgerald", "Ramirez", "Osei", "Lindqvist", "Haddad", "Kim", "Beauchamp"]
ADJUSTERS = ["Ford, Carol", "Lincoln, Marcus", "Whitaker, Dana", "Boateng, Kwame", "Schultz, Renee", "Oyelaran, Tunde",
             "McAllister, Brooke", "Duarte, Felipe", "Hwang, Grace", "Pettibone, Lyle", "Sandoval, Irene"]
CITIES = [("Jackson", "MS", "392"), ("Madison", "WI", "537"), ("Columbus", "OH", "432"), ("Phoenix", "AZ", "850"),
          ("Tampa", "FL", "336"), ("Sacramento", "CA", "958"), ("Fresno", "CA", "937"), ("Austin", "TX", "787"),
          ("El Paso", "TX", "799"), ("Albany", "NY", "122"), ("Buffalo", "NY", "142"), ("Peoria", "IL", "616"),
          ("Joliet", "IL", "604"), ("Marietta", "GA", "300"), ("Spokane", "WA", "992"), ("Allentown", "PA", "181"),
          ("Dayton", "OH", "454"), ("Mesa", "AZ", "852"), ("Orlando", "FL", "328"), ("Plano", "TX", "750")]
AREA = {"MS": ["601", "769"], "WI": ["608"], "OH": ["614", "937"], "AZ": ["480", "602"], "FL": ["813", "407"],
        "CA": ["916", "559"], "TX": ["512", "915", "972"], "NY": ["518", "716"], "IL": ["309", "815"], "GA": ["770"],
        "WA": ["509"], "PA": ["610"]}
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Elm St", "Washington Blvd", "Lakeview Rd", "Cedar Ln", "Highland Ave",
           "Pine St", "Ridgecrest Dr", "Sunset Blvd", "Mill Rd", "Church St", "Park Ave", "Jefferson St", "Hillcrest Rd"]
HIGHWAYS = ["I-94 EB near exit 12", "US-30 WB at mile marker 212", "I-10 EB near exit 147", "SR-51 NB", "I-75 SB at mile marker 88"]
CAUSES = [("rearend", "Rear-end collision", 26), ("collision_w_motor_veh", "Collision with motor vehicle", 18),
          ("fixedobjcoll", "Collision with fixed object", 9), ("animal", "Struck animal", 7), ("glassbreakage", "Glass breakage", 9),
          ("hail", "Hail", 5), ("theftentire", "Theft of entire vehicle", 3), ("theftparts", "Theft of parts", 3),
          ("vandalism", "Vandalism/malicious mischief", 5), ("parkedcar", "Parked vehicle struck", 8),
          ("sideswipe", "Sideswipe", 5), ("rollover", "Rollover", 2)]
STATUS = [("Open", 30), ("Closed", 60), ("Reopened", 4), ("Draft", 2), ("Archived", 4)]
COVER = {"rearend": "Collision", "collision_w_motor_veh": "Collision", "fixedobjcoll": "Collision", "sideswipe": "Collision",
         "rollover": "Collision", "parkedcar": "Collision", "animal": "Comprehensive", "glassbreakage": "Comprehensive",
         "hail": "Comprehensive", "theftentire": "Comprehensive", "theftparts": "Comprehensive", "vandalism": "Comprehensive"}
# (make, WMI list, models)
MAKES = [("Ford", ["1FA", "1FM", "1FT"], ["F-150", "Escape", "Explorer", "Fusion", "Mustang"]),
         ("Toyota", ["4T1", "JTD", "5TD"], ["Camry", "Corolla", "RAV4", "Highlander", "Tacoma"]),
         ("Honda", ["1HG", "2HG", "5FN"], ["Accord", "Civic", "CR-V", "Odyssey", "Pilot"]),
         ("Chevrolet", ["1G1", "3GN", "1GC"], ["Malibu", "Equinox", "Silverado 1500", "Tahoe", "Traverse"]),
         ("GMC", ["1GT", "3GT"], ["Sierra", "Terrain", "Acadia"]),
         ("Nissan", ["1N4", "5N1"], ["Altima", "Rogue", "Sentra", "Pathfinder"]),
         ("Lincoln", ["5LM", "2LM"], ["Navigator", "Aviator", "Corsair", "Nautilus"]),
         ("Jeep", ["1C4"], ["Grand Cherokee", "Wrangler", "Compass"]),
         ("Hyundai", ["5NP", "KM8"], ["Elantra", "Sonata", "Tucson", "Santa Fe"]),
         ("Subaru", ["4S4", "JF2"], ["Outback", "Forester", "Crosstrek"]),
         ("Tesla", ["5YJ", "7SA"], ["Model 3", "Model Y"]),
         ("Kia", ["5XY", "KNA"], ["Sorento", "Forte", "Telluride"])]
COLORS = ["Black", "White", "Silver", "Gray", "Blue", "Red", "Green", "Tan", "Maroon"]
DAMAGE = ["Front bumper and hood damaged; airbags deployed", "Rear bumper cover cracked, trunk lid misaligned",
          "Driver side doors dented, mirror broken", "Passenger side quarter panel scraped", "Windshield cracked",
          "Hail dents on roof and hood", "Total loss - frame damage", "Rear hatch crushed", "Front end damage, radiator leaking",
          "Minor scuffs, no structural damage", "Vehicle not recovered", "Catalytic converter removed",
          "Keyed paint on both sides, tires slashed", "Left headlamp and fender damaged", "Undercarriage damage from debris",
          "Roof and pillars crushed; total loss", "Side curtain airbags deployed, B-pillar intruded"]
INJ = ["", "", "", "", "Neck and back pain; declined transport", "Whiplash; seen at urgent care next day",
       "Laceration to forehead; transported by ambulance", "Fractured left wrist", "Bruising from seat belt",
       "Concussion; admitted overnight", "Knee contusion on dashboard"]
VTRANS = {c: v for v, cs in [(1, "AJ"), (2, "BKS"), (3, "CLT"), (4, "DMU"), (5, "ENV"), (6, "FW"), (7, "GPX"), (8, "HY"), (9, "RZ")] for c in cs}
VTRANS.update({str(d): d for d in range(10)})
WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
YEARCH = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 = A

def vin(wmi, year):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = wmi + "".join(rnd.choice(al) for _ in range(5)) + "0" + YEARCH[year - 2010] + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "%06d" % rnd.randint(0, 999999)
    s = sum(VTRANS[c] * w for c, w in zip(v, WEIGHTS)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]

def plate(st):
    L = lambda k: "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    D = lambda k: "".join(rnd.choice("0123456789") for _ in range(k))
    return {"CA": lambda: D(1) + L(3) + D(3), "TX": lambda: L(3) + D(4), "FL": lambda: L(3) + " " + L(1) + D(2),
            "NY": lambda: L(3) + "-" + D(4), "OH": lambda: L(3) + " " + D(4), "IL": lambda: L(2) + " " + D(5),
            "GA": lambda: L(3) + D(4), "AZ": lambda: L(3) + D(4), "WA": lambda: L(3) + D(4), "PA": lambda: L(3) + "-" + D(4),
            "MS": lambda: L(3) + " " + D(4), "WI": lambda: L(3) + "-" + D(4)}[st]()

def dl(st):
    D = lambda k: "".join(rnd.choice("0123456789") for _ in range(k))
    L = lambda: rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return {"CA": lambda: L() + D(7), "TX": lambda: D(8), "FL": lambda: "%s%s-%s-%s-%s-%s" % (L(), D(3), D(3), D(2), D(3), D(1)),
            "NY": lambda: "%s %s %s" % (D(3), D(3), D(3)), "OH": lambda: L() + L() + D(6), "IL": lambda: "%s%s-%s-%s" % (L(), D(3), D(4), D(4)),
            "GA": lambda: D(9), "AZ": lambda: L() + D(8), "WA": lambda: "WDL" + "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9)),
            "PA": lambda: D(8), "MS": lambda: D(9), "WI": lambda: "%s%s-%s-%s-%s" % (L(), D(3), D(4), D(4), D(2))}[st]()

def phone(st):
    return "(%s) %d%02d-%04d" % (rnd.choice(AREA[st]), rnd.randint(2, 9), rnd.randint(0, 99), rnd.randint(0, 9999))

def wpick(items):
    return rnd.choices(items, weights=[i[-1] for i in items])[0]

def mdy(d):
    return d.strftime("%m/%d/%Y")

claims, parties, vehicles = [], [], []
seq = rnd.randint(1000, 3000)
contact = 100000
for i in range(N):
    seq += rnd.randint(1, 9)
    loss = datetime.datetime(2026, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 300 * 24 * 60))
    rep = loss + datetime.timedelta(hours=rnd.randint(1, 24 * 20))
    city, st, z3 = rnd.choice(CITIES)
    cause = wpick(CAUSES)
    status = wpick(STATUS)[0]
    reserve = round(rnd.uniform(500, 25000), -1) if status in ("Open", "Reopened") else 0
    paid = round(rnd.uniform(250, 38000), 2) if status in ("Closed", "Archived", "Reopened") else 0.0
    if rnd.random() < 0.12:
        locstr = rnd.choice(HIGHWAYS)
    elif rnd.random() < 0.3:
        locstr = "%s & %s" % (rnd.choice(STREETS), rnd.choice(STREETS))
    else:
        locstr = "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS))
    police = "" if cause[0] in ("glassbreakage", "hail") or rnd.random() < 0.25 else rnd.choice(
        ["%d-%06d" % (loss.year % 100, rnd.randint(1, 250000)), "%d%07d" % (loss.year, rnd.randint(1, 9999999)),
         "RPT-%d-%05d" % (loss.year, rnd.randint(1, 99999))])
    claimno = "%s-%d-%06d" % (st if st in ("CA", "TX", "FL", "NY") else "PA" if st == "PA" else "CA" if rnd.random() < 0.1 else st, loss.year, seq)
    policy = "PAP-%07d-%02d" % (rnd.randint(1000000, 9999999), rnd.randint(1, 9))
    ins_first, ins_last = rnd.choice(GIVEN), rnd.choice(FAMILY)
    other_first, other_last = rnd.choice(GIVEN), rnd.choice(FAMILY)
    wit = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    desc = rnd.choice(["Insured %s %s states %s; police responded." % (ins_first, ins_last, cause[1].lower()),
                       "IV rear-ended by CV driven by %s %s at %s. Witness %s called 911." % (other_first, other_last, locstr, wit),
                       "%s. Insured's son %s %s was driving." % (cause[1], rnd.choice(GIVEN), ins_last),
                       "%s reported by insured; no injuries." % cause[1],
                       "%s; insured can be reached at %s after 5pm." % (cause[1], phone(st)),
                       "%s in parking lot of Walmart Supercenter, %s." % (cause[1], city)])
    claims.append([claimno, policy, "Personal Auto", mdy(loss), loss.strftime("%I:%M %p"), mdy(rep), cause[0], COVER[cause[0]],
                   locstr, city, st, "%s%02d" % (z3, rnd.randint(1, 99)), police, status, rnd.choice(ADJUSTERS),
                   "%.2f" % reserve, "%.2f" % paid, rnd.choice(["Insured at fault", "Claimant at fault", "Shared fault", "No fault", "Unknown"]),
                   rnd.choice(["Phone", "Agent", "Web", "Mobile App", "Email"]), desc])
    # parties
    roles = [("Insured", ins_first, ins_last)]
    if cause[0] in ("rearend", "collision_w_motor_veh", "sideswipe", "parkedcar") or rnd.random() < 0.15:
        roles.append(("Claimant", other_first, other_last))
    if rnd.random() < 0.35:
        roles.append(("Witness",) + tuple(wit.split(" ", 1)))
    if rnd.random() < 0.2:
        roles.append(("Driver", rnd.choice(GIVEN), ins_last))
    for role, fn, ln in roles:
        contact += rnd.randint(1, 40)
        pst = rnd.choice([st] * 4 + [c[1] for c in CITIES])
        pcity = rnd.choice([c for c in CITIES if c[1] == pst])
        dob = datetime.date(rnd.randint(1940, 2008), rnd.randint(1, 12), rnd.randint(1, 28))
        drv = role != "Witness"
        inj = rnd.choice(INJ) if role in ("Insured", "Claimant", "Driver") else ""
        if inj and rnd.random() < 0.5:
            inj += rnd.choice([". Passenger %s %s (age %d) also complained of pain." % (rnd.choice(GIVEN), ln, rnd.randint(4, 80)),
                               ". Treating physician Dr. %s at Mercy General." % rnd.choice(FAMILY),
                               ". Spouse %s %s says %s missed 3 days of work." % (rnd.choice(GIVEN), ln, fn)])
        parties.append([claimno, "ab:%d" % contact, role, fn, ln, mdy(dob) if role != "Witness" or rnd.random() < 0.3 else "",
                        dl(pst) if drv else "", pst if drv else "", phone(pst),
                        "" if rnd.random() < 0.2 else "%s.%s%d@%s" % (fn.lower(), ln.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"])),
                        "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), pcity[0], pst, "%s%02d" % (pcity[2], rnd.randint(1, 99)),
                        "Y" if inj else "N", inj, rnd.choice(["Y", "N", "N", "N"]) if role == "Claimant" else "N"])
    # vehicles
    vroles = ["Insured Vehicle"] + (["Claimant Vehicle"] if len(roles) > 1 and roles[1][0] == "Claimant" and cause[0] != "parkedcar" or cause[0] == "parkedcar" else [])
    for vr in vroles:
        mk, wmis, models = rnd.choice(MAKES)
        yr = rnd.randint(2010, 2026)
        pst = st if rnd.random() < 0.85 else rnd.choice(CITIES)[1]
        dmg = "Vehicle not recovered" if cause[0] == "theftentire" else "Windshield cracked" if cause[0] == "glassbreakage" else \
            "Hail dents on roof and hood" if cause[0] == "hail" else rnd.choice(DAMAGE)
        vehicles.append([claimno, vr, vin(rnd.choice(wmis), yr), plate(pst), pst, str(yr), mk, rnd.choice(models), rnd.choice(COLORS),
                         dmg, rnd.choice(["Y", "N"]) if dmg.find("total") < 0 else "Y", rnd.choice(["Drivable", "Not drivable", "Towed"])])

here = os.path.dirname(os.path.abspath(__file__))
def write(name, head, rows):
    with open(os.path.join(here, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
CH = ["Claim Number", "Policy Number", "Line of Business", "Loss Date", "Loss Time", "Reported Date", "Loss Cause", "Coverage Type",
      "Loss Location Address", "Loss Location City", "Loss Location State", "Loss Location ZIP", "Police Report Number",
      "Claim Status", "Adjuster", "Reserve Amount", "Paid Amount", "Fault Rating", "How Reported", "Loss Description"]
PH = ["Claim Number", "Contact ID", "Contact Role", "First Name", "Last Name", "Date of Birth", "Driver's License Number",
      "License State", "Primary Phone", "Email Address", "Address Line 1", "City", "State", "ZIP Code", "Injured",
      "Injury Description", "Attorney Represented"]
VH = ["Claim Number", "Vehicle Role", "VIN", "License Plate", "Plate State", "Year", "Make", "Model", "Color",
      "Damage Description", "Airbags Deployed", "Drivable"]
write("claims", CH, claims); write("parties", PH, parties); write("vehicles", VH, vehicles)
L = {"Claim Number": "OTHER_UNIQUE_IDENTIFIER", "Policy Number": "ACCOUNT_NUMBER", "Line of Business": "NON_IDENTIFYING",
     "Loss Date": "DATE", "Loss Time": "DATE", "Reported Date": "DATE", "Loss Cause": "NON_IDENTIFYING", "Coverage Type": "NON_IDENTIFYING",
     "Loss Location Address": "STREET_ADDRESS", "Loss Location City": "CITY", "Loss Location State": "NON_IDENTIFYING",
     "Loss Location ZIP": "ZIP_CODE", "Police Report Number": "OTHER_UNIQUE_IDENTIFIER", "Claim Status": "NON_IDENTIFYING",
     "Adjuster": "NAME", "Reserve Amount": "NON_IDENTIFYING", "Paid Amount": "NON_IDENTIFYING", "Fault Rating": "NON_IDENTIFYING",
     "How Reported": "NON_IDENTIFYING", "Loss Description": "FREE_TEXT"}
P = {"Claim Number": "OTHER_UNIQUE_IDENTIFIER", "Contact ID": "OTHER_UNIQUE_IDENTIFIER", "Contact Role": "NON_IDENTIFYING",
     "First Name": "GIVEN_NAME", "Last Name": "FAMILY_NAME", "Date of Birth": "DATE_OF_BIRTH",
     "Driver's License Number": "CERTIFICATE_LICENSE_NUMBER", "License State": "NON_IDENTIFYING", "Primary Phone": "TELEPHONE_NUMBER",
     "Email Address": "EMAIL_ADDRESS", "Address Line 1": "STREET_ADDRESS", "City": "CITY", "State": "NON_IDENTIFYING",
     "ZIP Code": "ZIP_CODE", "Injured": "NON_IDENTIFYING", "Injury Description": "FREE_TEXT", "Attorney Represented": "NON_IDENTIFYING"}
V = {"Claim Number": "OTHER_UNIQUE_IDENTIFIER", "Vehicle Role": "NON_IDENTIFYING", "VIN": "VEHICLE_IDENTIFIER",
     "License Plate": "VEHICLE_IDENTIFIER", "Plate State": "NON_IDENTIFYING", "Year": "NON_IDENTIFYING", "Make": "NON_IDENTIFYING",
     "Model": "NON_IDENTIFYING", "Color": "NON_IDENTIFYING", "Damage Description": "NON_IDENTIFYING",
     "Airbags Deployed": "NON_IDENTIFYING", "Drivable": "NON_IDENTIFYING"}
cols = {}
for t, m in (("claims", L), ("parties", P), ("vehicles", V)):
    for c, lab in m.items():
        cols[t + "." + c] = lab
gold = {"dataset": SET,
        "description": "Invented US personal-auto FNOL export in the style of a Guidewire ClaimCenter extract, ',', MM/DD/YYYY: %d claims (Claim Number ST-yyyy-NNNNNN, policy number, loss date/time, loss cause typecodes, loss location street/city/state/ZIP, police report number, status, adjuster 'Last, First', reserve/paid, loss description naming people and phones), %d parties (role, names, DOB, driver's licence in the state's shape, phone, e-mail, address, injury description naming people), %d vehicles (VIN with check digit, plate, plate state, year/make/model incl. Lincoln, Ford, GMC Sierra, damage description)" % (len(claims), len(parties), len(vehicles)),
        "delimiter": ",", "entity": "claims", "columns": cols,
        "foreignKeys": [{"column": "parties.Claim Number", "references": "claims.Claim Number"},
                        {"column": "vehicles.Claim Number", "references": "claims.Claim Number"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes vic-roads-au: an invented extract of a fictional Australian state road agency (Victoria-style licensing,
crash and fines records; seeded, stdlib only), ',' with dd/mm/yyyy dates. officers: 40 police members (registered
number, rank, names, station, division). drivers: 620 licence holders (9-digit licence number, 8-character card number,
surname, given names, DOB dd/mm/yyyy, sex, residential address, SUBURB, STATE, 4-digit POSTCODE, Medicare number of
10 digits (9th digit the check digit of the first 8, 10th the issue number), IRN, mobile '04xx xxx xxx', licence type/class,
expiry, conditions, demerit points). crash_vehicles: 2,300 vehicle units of crashes in CrashStats style (ACCIDENT_NO
'T20240012345', date, time 'HH.MM.SS', latitude/longitude, speed zone, road name/type, LGA, unit number, driver's
licence number (empty for unlicensed/unknown), registration state and plate, make, body style, year, injury level and
description, belt/helmet code, reporting officer). fines: 280 infringements (10-digit notice number, licence number,
TFN '123 456 782' with its check digit for debt recovery, offence code and description, date, penalty, demerits,
detection method, issuing officer (empty for cameras), status). Deliberate coincidences: surnames Preston, Brighton,
Hampton beside the suburbs Preston, Brighton, Hampton; the surname Holden beside the vehicle make Holden; the surname
Ford beside the make Ford; the given name Geelong is not used, the station 'Kew Police Station' beside the suburb Kew."""
import csv, json, random
rnd = random.Random(670101)
GIVEN = ["Jack", "Olivia", "William", "Charlotte", "Noah", "Amelia", "Thomas", "Isla", "Lachlan", "Mia", "Cooper",
         "Chloe", "Liam", "Grace", "Oliver", "Ruby", "Ethan", "Sienna", "Harrison", "Zoe", "Mohammad", "Aaliyah",
         "Wei", "Mei", "Dimitrios", "Eleni", "Giuseppe", "Maria", "Nguyen Van", "Thi Lan", "Rajesh", "Priya",
         "Brendan", "Kylie", "Shane", "Tegan", "Darren", "Leanne", "Jarrod", "Bronwyn"]
FAMILY = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Kelly", "Ryan", "Walker", "Murphy",
          "Papadopoulos", "Russo", "Chen", "Singh", "O'Brien", "McDonald", "Thompson", "White", "Martin", "Preston",
          "Brighton", "Hampton", "Holden", "Ford", "Anderson", "Tran", "Kaur", "Fitzgerald", "Sullivan", "Nicholls",
          "Vlahos", "Costa", "Li", "Zhang", "Mitchell"]
SUBURBS = [("PRESTON", "3072", -37.745, 145.003), ("BRIGHTON", "3186", -37.905, 144.999), ("HAMPTON", "3188", -37.936, 145.003),
           ("KEW", "3101", -37.806, 145.031), ("FOOTSCRAY", "3011", -37.800, 144.900), ("DANDENONG", "3175", -37.987, 145.215),
           ("GEELONG", "3220", -38.147, 144.361), ("BALLARAT CENTRAL", "3350", -37.562, 143.850), ("BENDIGO", "3550", -36.757, 144.279),
           ("WERRIBEE", "3030", -37.900, 144.661), ("FRANKSTON", "3199", -38.141, 145.123), ("SUNBURY", "3429", -37.577, 144.725),
           ("SHEPPARTON", "3630", -36.381, 145.399), ("TRARALGON", "3844", -38.195, 146.541), ("BOX HILL", "3128", -37.819, 145.122),
           ("CRAIGIEBURN", "3064", -37.600, 144.943), ("MILDURA", "3500", -34.185, 142.162), ("WARRNAMBOOL", "3280", -38.383, 142.487)]
LGA = {"PRESTON": "DAREBIN", "BRIGHTON": "BAYSIDE", "HAMPTON": "BAYSIDE", "KEW": "BOROONDARA", "FOOTSCRAY": "MARIBYRNONG",
       "DANDENONG": "GREATER DANDENONG", "GEELONG": "GREATER GEELONG", "BALLARAT CENTRAL": "BALLARAT", "BENDIGO": "GREATER BENDIGO",
       "WERRIBEE": "WYNDHAM", "FRANKSTON": "FRANKSTON", "SUNBURY": "HUME", "SHEPPARTON": "GREATER SHEPPARTON",
       "TRARALGON": "LATROBE", "BOX HILL": "WHITEHORSE", "CRAIGIEBURN": "HUME", "MILDURA": "MILDURA", "WARRNAMBOOL": "WARRNAMBOOL"}
STREETS = ["High St", "Gilbert Rd", "Bell St", "Church St", "Station St", "Nepean Hwy", "Plenty Rd", "Burke Rd",
           "Princes Hwy", "Ballarat Rd", "Wattle Ave", "Banksia Cres", "Acacia Ct", "Murray St", "Sturt St", "Pall Mall"]
ROADS = [("PRINCES", "FREEWAY"), ("MONASH", "FREEWAY"), ("HIGH", "STREET"), ("NEPEAN", "HIGHWAY"), ("PLENTY", "ROAD"),
         ("BELL", "STREET"), ("HUME", "HIGHWAY"), ("WESTERN", "FREEWAY"), ("CALDER", "FREEWAY"), ("STATION", "STREET"),
         ("CHURCH", "STREET"), ("BURKE", "ROAD"), ("MIDLAND", "HIGHWAY"), ("SOUTH GIPPSLAND", "HIGHWAY")]
STATIONS = ["Kew Police Station", "Preston Police Station", "Geelong Police Station", "Bendigo Police Station",
            "Dandenong Police Station", "Highway Patrol Wyndham", "Highway Patrol Shepparton", "Frankston Police Station"]
RANKS = ["Constable", "Senior Constable", "Leading Senior Constable", "Sergeant", "Senior Sergeant", "Acting Sergeant"]
def d(y0, y1):
    return "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(y0, y1))
def medicare():
    while True:
        ds = [rnd.randint(2, 6)] + [rnd.randint(0, 9) for _ in range(7)]
        chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
        s = "".join(map(str, ds)) + str(chk) + str(rnd.randint(1, 5))
        return s if rnd.random() < 0.7 else "%s %s %s" % (s[:4], s[4:9], s[9])
def tfn():
    while True:
        ds = [rnd.randint(0, 9) for _ in range(8)]
        w = [1, 4, 3, 7, 5, 8, 6, 9]
        s = sum(a * b for a, b in zip(ds, w))
        for last in range(10):
            if (s + last * 10) % 11 == 0 and ds[0] != 0:
                t = "".join(map(str, ds)) + str(last)
                return "%s %s %s" % (t[:3], t[3:6], t[6:]) if rnd.random() < 0.6 else t
def plate():
    f = rnd.random()
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if f < 0.55: return "%d%s%d%s" % (rnd.randint(1, 9), "".join(rnd.choice(L) for _ in range(2)), rnd.randint(1, 9), "".join(rnd.choice(L) for _ in range(2)))
    if f < 0.85: return "%s%03d" % ("".join(rnd.choice(L) for _ in range(3)), rnd.randint(0, 999))
    return "%s%s" % ("".join(rnd.choice(L) for _ in range(2)), "".join(str(rnd.randint(0, 9)) for _ in range(4)))
officers = []; regs = set()
for i in range(40):
    while True:
        r = "%05d" % rnd.randint(20000, 45999)
        if r not in regs: regs.add(r); break
    officers.append([r, rnd.choice(RANKS), rnd.choice(FAMILY).upper(), rnd.choice(GIVEN), rnd.choice(STATIONS),
                     rnd.choice(["North West Metro", "Southern Metro", "Eastern", "Western"])])
drivers = []; lics = set()
for i in range(620):
    while True:
        l = str(rnd.randint(10000000, 999999999))
        if l not in lics: lics.add(l); break
    sub, pc, la, lo = rnd.choice(SUBURBS)
    g = rnd.choice(GIVEN); g2 = rnd.choice(GIVEN) if rnd.random() < 0.4 else ""
    lt = rnd.choice(["Full", "Full", "Full", "Full", "P1", "P2", "Learner"])
    drivers.append([l, "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)), rnd.choice(FAMILY).upper(),
                    (g + " " + g2).strip().upper(), d(1936, 2008), rnd.choice("MMMFFFX" if rnd.random() < 0.05 else "MF"),
                    "%s%d %s" % (rnd.choice(["", "", "", "Unit %d/" % rnd.randint(1, 20)]), rnd.randint(1, 300), rnd.choice(STREETS)),
                    sub, "VIC", pc, medicare() if rnd.random() < 0.93 else "", str(rnd.randint(1, 5)),
                    "04%02d %03d %03d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999)) if rnd.random() < 0.88 else "",
                    lt, rnd.choice(["C", "C", "C", "C", "LR", "MR", "HR", "HC", "R"]), d(2025, 2034),
                    rnd.choice(["", "", "", "", "S", "A", "B", "E", "Z", "S B"]), str(rnd.choice([0, 0, 0, 0, 1, 2, 3, 4, 6, 8]))])
for r in drivers:
    if r[10] == "": r[11] = ""
MAKES = ["TOYOTA", "MAZDA", "HOLDEN", "FORD", "HYUNDAI", "MITSUBISHI", "KIA", "NISSAN", "VOLKSWAGEN", "SUBARU", "TESLA", "ISUZU"]
BODY = ["SEDAN", "STATION WAGON", "UTILITY", "HATCHBACK", "PANEL VAN", "MOTOR CYCLE", "PRIME MOVER", "COUPE"]
INJ = [("1", "Fatality"), ("2", "Serious injury"), ("3", "Other injury"), ("4", "Not injured")]
crash = []; acc = 12000
weights = [rnd.paretovariate(1.3) for _ in drivers]
while len(crash) < 2300:
    acc += rnd.randint(1, 6)
    an = "T2024%07d" % acc
    sub, pc, la, lo = rnd.choice(SUBURBS)
    rd, rt = rnd.choice(ROADS)
    date = "%02d/%02d/2024" % (rnd.randint(1, 28), rnd.randint(1, 12))
    tm = "%02d.%02d.00" % (rnd.randint(0, 23), rnd.randint(0, 59))
    lat = "%.5f" % (la + rnd.uniform(-0.03, 0.03)); lon = "%.5f" % (lo + rnd.uniform(-0.03, 0.03))
    sz = rnd.choice(["40", "50", "60", "60", "70", "80", "100", "100", "110", "999"])
    off = rnd.choice(officers)[0] if rnd.random() < 0.92 else ""
    for u in range(1, rnd.choice([1, 2, 2, 2, 3]) + 1):
        dv = rnd.choices(drivers, weights)[0]
        lic = dv[0] if rnd.random() < 0.9 else ""
        inj = rnd.choices(INJ, [1, 6, 20, 50])[0]
        mk = rnd.choice(MAKES)
        crash.append([an, date, tm, lat, lon, sz, rd, rt, LGA[sub], str(u), lic, rnd.choice(["VIC"] * 9 + ["NSW", "SA"]), plate(),
                      mk, "MOTOR CYCLE" if rnd.random() < 0.06 else rnd.choice(BODY), str(rnd.randint(1998, 2024)),
                      inj[0], inj[1], rnd.choice(["1", "1", "1", "1", "2", "3", "8", "9"]), off])
crash = crash[:2300]
OFF = [("1742", "Exceed speed limit by less than 10 km/h", "207.00", "1"), ("1743", "Exceed speed limit by 10-25 km/h", "385.00", "3"),
       ("1744", "Exceed speed limit by 25-30 km/h", "577.00", "4"), ("1751", "Disobey red traffic light", "481.00", "3"),
       ("1764", "Use hand-held mobile phone while driving", "577.00", "4"), ("1730", "Drive unregistered vehicle", "962.00", "0"),
       ("1797", "Fail to wear seatbelt", "385.00", "3"), ("1756", "Disobey no right turn sign", "385.00", "3")]
fines = []; nos = set()
for i in range(280):
    while True:
        n = str(rnd.randint(1000000000, 9999999999))
        if n not in nos: nos.add(n); break
    dv = rnd.choices(drivers, weights)[0]; o = rnd.choice(OFF)
    cam = rnd.random() < 0.6
    fines.append([n, dv[0], tfn() if rnd.random() < 0.45 else "", o[0], o[1], d(2023, 2024), o[2], o[3],
                  "Camera" if cam else "Officer", "" if cam else rnd.choice(officers)[0],
                  rnd.choice(["Paid", "Paid", "Unpaid", "Payment plan", "Enforcement order", "Withdrawn"])])
def write(name, head, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
OH = ["REG_NO", "RANK", "SURNAME", "GIVEN_NAME", "STATION", "DIVISION"]
DH = ["LICENCE_NO", "CARD_NO", "SURNAME", "GIVEN_NAMES", "DATE_OF_BIRTH", "SEX", "RESIDENTIAL_ADDRESS", "SUBURB", "STATE",
      "POSTCODE", "MEDICARE_NO", "MEDICARE_IRN", "MOBILE", "LICENCE_TYPE", "LICENCE_CLASS", "LICENCE_EXPIRY", "CONDITIONS", "DEMERIT_POINTS"]
CH = ["ACCIDENT_NO", "ACCIDENT_DATE", "ACCIDENT_TIME", "LATITUDE", "LONGITUDE", "SPEED_ZONE", "ROAD_NAME", "ROAD_TYPE", "LGA_NAME",
      "UNIT_NO", "LICENCE_NO", "REG_STATE", "VEHICLE_REG", "VEHICLE_MAKE", "VEHICLE_BODY_STYLE", "VEHICLE_YEAR_MANUF",
      "INJ_LEVEL", "INJ_LEVEL_DESC", "HELMET_BELT_WORN", "REPORTING_OFFICER"]
FH = ["INFRINGEMENT_NO", "LICENCE_NO", "TFN", "OFFENCE_CODE", "OFFENCE_DESC", "OFFENCE_DATE", "PENALTY_AMT", "DEMERITS",
      "DETECTION_METHOD", "ISSUING_OFFICER", "STATUS"]
write("officers", OH, officers); write("drivers", DH, drivers); write("crash_vehicles", CH, crash); write("fines", FH, fines)
lab = {"officers": dict(zip(OH, ["QUASI_IDENTIFIER", "NON_IDENTIFYING", "NAME", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"])),
       "drivers": dict(zip(DH, ["CERTIFICATE_LICENSE_NUMBER", "CERTIFICATE_LICENSE_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH",
                                "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "HEALTH_PLAN_BENEFICIARY_NUMBER",
                                "QUASI_IDENTIFIER", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
                                "NON_IDENTIFYING"])),
       "crash_vehicles": dict(zip(CH, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING",
                                       "QUASI_IDENTIFIER", "NON_IDENTIFYING", "COUNTY", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER",
                                       "NON_IDENTIFYING", "VEHICLE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"])),
       "fines": dict(zip(FH, ["OTHER_UNIQUE_IDENTIFIER", "CERTIFICATE_LICENSE_NUMBER", "SOCIAL_SECURITY_NUMBER", "NON_IDENTIFYING",
                              "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
                              "NON_IDENTIFYING"]))}
gold = {"dataset": "vic-roads-au",
        "description": "Invented Victorian (Australia) road agency extract, ',' with dd/mm/yyyy dates: 40 police members (5-digit registered number, rank, SURNAME, given name, station, division), 620 licence holders (9-digit licence number, 8-character card number, upper-case names, DOB dd/mm/yyyy, residential address, SUBURB, 4-digit POSTCODE, 10-digit Medicare number with its check digit and issue number, 30% written '2953 51461 1', IRN, mobile '04xx xxx xxx'), 2,300 crash vehicle units in CrashStats style (ACCIDENT_NO, time 'HH.MM.SS', 5-decimal GPS, speed zone 999 unknown, road name/type, LGA, driver's licence number (10% empty), plate, make, injury level), 280 infringements (10-digit notice number, TFN with its check digit on 45%, '123 456 782' or bare, offence code, penalty, issuing officer empty for cameras). Licence and card numbers CERTIFICATE_LICENSE_NUMBER; Medicare HEALTH_PLAN_BENEFICIARY_NUMBER, its IRN QUASI_IDENTIFIER; TFN SOCIAL_SECURITY_NUMBER (a national tax number, as other sets' national tax ids); police registered numbers QUASI_IDENTIFIER (as badge numbers), their names NAME; ROAD_NAME (no house number) QUASI_IDENTIFIER; LGA COUNTY. Surnames Preston, Brighton, Hampton beside the suburbs, Holden and Ford beside the makes, 'Kew Police Station' beside the suburb Kew are deliberate",
        "delimiter": ",", "entity": "drivers",
        "columns": {t + "." + c: v for t, m in lab.items() for c, v in m.items()},
        "foreignKeys": [{"column": "crash_vehicles.LICENCE_NO", "references": "drivers.LICENCE_NO"},
                        {"column": "fines.LICENCE_NO", "references": "drivers.LICENCE_NO"},
                        {"column": "crash_vehicles.REPORTING_OFFICER", "references": "officers.REG_NO"},
                        {"column": "fines.ISSUING_OFFICER", "references": "officers.REG_NO"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes foster-care-afcars: an invented export of a FICTIONAL US state child-welfare case system (SACWIS/CCWIS),
shaped after the AFCARS foster-care file (element names RECNUMBR, DOB, SEX, AMIAKN.., REM1DT, LATREMDT, MANREM,
PHYABUSE.., CURPLSET, CASEGOAL, FIPSCODE, DISCHDT, DISREASN) with the state's own columns beside them; seeded, stdlib
only, ',' with MM/DD/YYYY dates. caseworkers: 38 workers (WorkerID 'CW0412', name, unit, office, phone, e-mail,
supervisor). children: 420 children in care (RECNUMBR 12-character encrypted record number, child name, DOB, sex,
race flags 0/1, Hispanic origin, disability flags, removal dates, manner, reasons-for-removal flags, placement
setting, case goal, county FIPS and county name, caseworker FK, discharge date and reason). placements: 1,313 placement
episodes (PlacementID, RECNUMBR FK, begin/end, setting, foster home licence number 'FH-2019-004512', resource name
(foster parents 'HARPER, DALE & LINDA'), street, city, ZIP, phone, family structure, caretaker birth years, per diem
rate). court_hearings: 938 hearings (HearingID, RECNUMBR FK, docket number '2023-JU-000417', date, type, judge,
guardian ad litem, outcome, courtroom). Deliberate coincidences: the county 'Lincoln' beside the surname Lincoln, the
agency 'Jackson Family Services' beside the surname Jackson and the county Jackson, the office 'Clay County' beside the
given name Clay."""
import csv, json, random
rnd = random.Random(630101)
GIVEN = ["Aiden", "Brianna", "Caleb", "Destiny", "Elijah", "Faith", "Gavin", "Hailey", "Isaiah", "Jasmine", "Kayden",
         "Lily", "Mason", "Nevaeh", "Owen", "Paisley", "Quinn", "Riley", "Skylar", "Tristan", "Aaliyah", "Jayden",
         "Marcus", "Kylie", "Clay", "Dakota", "Emma", "Noah", "Zoey", "Hunter"]
ADULT = ["Robert", "Linda", "Dale", "Sharon", "Michael", "Tammy", "James", "Karen", "Steven", "Brenda", "Gary", "Donna",
         "Jeffrey", "Cheryl", "Travis", "Amanda", "Clay", "Rhonda", "Dennis", "Pamela"]
FAMILY = ["Harper", "Jackson", "Lincoln", "Miller", "Tucker", "Collins", "Reeves", "Whitaker", "Dawson", "Pruitt",
          "Garrison", "Holloway", "Stanley", "Cooper", "Bennett", "Sanders", "Fletcher", "McBride", "Rhodes", "Baxter",
          "Washington", "Robinson", "Nguyen", "Hernandez", "Lopez", "Ortiz", "Boone", "Franklin", "Greene", "Moss"]
COUNTIES = [("29095", "Jackson", "Kansas City", "641"), ("29077", "Greene", "Springfield", "658"),
            ("29019", "Boone", "Columbia", "652"), ("29097", "Jasper", "Joplin", "648"),
            ("29113", "Lincoln", "Troy", "633"), ("29051", "Cole", "Jefferson City", "651"),
            ("29071", "Franklin", "Union", "630"), ("29047", "Clay", "Liberty", "640")]
STREETS = ["Maple St", "Oak Ridge Dr", "N Main St", "County Road 214", "Elm Ave", "Sunset Blvd", "Hickory Ln",
           "W Walnut St", "Old Highway 61", "Pine Hollow Rd", "E Broadway", "Cedar Ct"]
AGENCIES = ["Jackson Family Services", "Great Circle", "Children's Division", "FosterAdopt Connect",
            "Lutheran Family and Children's Services", "Boys & Girls Town of Missouri"]
def d(y0, y1):
    return (rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28))
def fmt(t):
    return "%02d/%02d/%04d" % (t[1], t[2], t[0]) if t else ""
def add(t, days):
    import datetime
    x = datetime.date(*t) + datetime.timedelta(days=days)
    return (x.year, x.month, x.day)
def phone(area):
    return "(%s) %03d-%04d" % (area, rnd.randint(200, 989), rnd.randint(0, 9999))

workers = []
units = ["Intake", "Ongoing Foster Care", "Permanency", "Adoption", "Older Youth Transition"]
for i in range(38):
    c = rnd.choice(COUNTIES)
    f, l = rnd.choice(ADULT), rnd.choice(FAMILY)
    workers.append(["CW%04d" % (400 + i * 3), "%s %s" % (f, l), rnd.choice(units), "%s County" % c[1],
                    phone({"Jackson": "816", "Greene": "417", "Boone": "573", "Jasper": "417", "Lincoln": "636",
                           "Cole": "573", "Franklin": "636", "Clay": "816"}[c[1]]),
                    "%s.%s@dss.mo.gov" % (f.lower(), l.lower()), "%s %s" % (rnd.choice(ADULT), rnd.choice(FAMILY))])
children = []; recs = set()
SET = {1: "Pre-adoptive home", 2: "Foster family home (relative)", 3: "Foster family home (non-relative)",
       4: "Group home", 5: "Institution", 6: "Supervised independent living", 7: "Runaway", 8: "Trial home visit"}
GOALS = ["1", "2", "3", "4", "5", "6", "7"]
for i in range(420):
    while True:
        r = "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
        if r not in recs: break
    recs.add(r)
    dob = d(2006, 2023)
    c = rnd.choice(COUNTIES)
    rem1 = add(dob, rnd.randint(30, 365 * 5))
    if rem1[0] > 2024: rem1 = (2024, rem1[1], rem1[2])
    tot = rnd.choice([1, 1, 1, 2, 2, 3])
    lat = add(rem1, 0 if tot == 1 else rnd.randint(200, 900))
    if lat[0] > 2025: lat = (2025, 3, lat[2])
    disc = add(lat, rnd.randint(60, 700)) if rnd.random() < 0.45 else None
    if disc and disc[0] > 2025: disc = None
    race = [1 if rnd.random() < p else 0 for p in (0.02, 0.02, 0.24, 0.01, 0.74)]
    flags = [1 if rnd.random() < p else 0 for p in (0.18, 0.06, 0.62, 0.31, 0.05, 0.02, 0.08, 0.12, 0.09, 0.17, 0.03, 0.01, 0.11, 0.04, 0.09)]
    children.append([r, rnd.choice(GIVEN), rnd.choice(FAMILY), fmt(dob), rnd.choice(["1", "2"])] + [str(x) for x in race] +
                    [rnd.choice(["1", "2", "2", "2", "3"]), rnd.choice(["1", "2", "2", "3"]), fmt(rem1), str(tot), fmt(lat),
                     rnd.choice(["1", "2"])] + [str(x) for x in flags] +
                    [str(rnd.choice(list(SET))), rnd.choice(GOALS), c[0], c[1], rnd.choice(workers)[0], fmt(disc),
                     rnd.choice(["1", "2", "3", "4", "5"]) if disc else "0"])
homes = []
for i in range(190):
    c = rnd.choice(COUNTIES)
    l = rnd.choice(FAMILY); a = rnd.choice(ADULT); b = rnd.choice(ADULT)
    name = "%s, %s & %s" % (l.upper(), a.upper(), b.upper()) if rnd.random() < 0.7 else "%s, %s" % (l.upper(), a.upper())
    homes.append(["FH-%d-%06d" % (rnd.randint(2012, 2024), rnd.randint(1000, 99999)), name,
                  "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), c[2], "%s%02d" % (c[3], rnd.randint(1, 99)),
                  phone({"641": "816", "658": "417", "652": "573", "648": "417", "633": "636", "651": "573", "630": "636", "640": "816"}[c[3]]),
                  rnd.choice(["1", "2", "3", "4"]), str(rnd.randint(1950, 1995)), str(rnd.randint(1950, 1995)) if "&" in name else ""])
placements = []
pid = 700000
for ch in children:
    n = rnd.choice([1, 2, 2, 3, 3, 4, 5, 6])
    start = tuple(int(x) for x in (ch[14][6:], ch[14][:2], ch[14][3:5]))
    for k in range(n):
        pid += rnd.randint(1, 40)
        st = rnd.choice(list(SET))
        end = add(start, rnd.randint(14, 400)) if k < n - 1 or rnd.random() < 0.4 else None
        if end and end[0] > 2025: end = None
        if st in (2, 3, 1, 8):
            h = rnd.choice(homes)
            row = h[:6] + [h[6], h[7], h[8]]
            agency = rnd.choice(AGENCIES)
        else:
            row = ["", rnd.choice(["Great Circle - St. James Campus", "Boys & Girls Town - Springfield", "Cornerstones of Care"]),
                   "", "", "", "", "", "", ""]
            agency = rnd.choice(AGENCIES)
        placements.append([str(pid), ch[0], fmt(start), fmt(end), SET[st]] + row + [agency, "%.2f" % rnd.choice([24.50, 26.75, 31.20, 45.00, 118.40, 212.00])])
        if not end: break
        start = end
hearings = []; hid = 5100
TYPES = ["Protective Custody", "Adjudication", "Disposition", "Permanency", "Review", "Termination of Parental Rights"]
OUT = ["Continued", "Jurisdiction assumed", "Placement continued", "Goal changed", "Case dismissed", "Reunification ordered"]
JUDGES = ["Hon. Margaret Lincoln", "Hon. Dale Whitaker", "Hon. Sharon Okafor", "Hon. Peter Vasquez", "Hon. Ruth Ann Greene",
          "Hon. Thomas Boone", "Hon. Denise Carrow"]
GALS = ["%s %s" % (rnd.choice(ADULT), rnd.choice(FAMILY)) for _ in range(25)]
for ch in children:
    dock = "%s-JU-%06d" % (ch[14][6:], rnd.randint(100, 9999))
    for k in range(rnd.choice([1, 1, 2, 2, 2, 3, 3, 4])):
        hid += rnd.randint(1, 9)
        hd = add(tuple(int(x) for x in (ch[14][6:], ch[14][:2], ch[14][3:5])), k * rnd.randint(30, 180))
        hearings.append([str(hid), ch[0], dock, fmt(hd), rnd.choice(["09:00", "09:30", "10:00", "13:30", "14:00"]),
                         TYPES[min(k, 5)] if k < 3 else rnd.choice(TYPES[3:]), rnd.choice(JUDGES), rnd.choice(GALS) if rnd.random() < 0.85 else "",
                         rnd.choice(OUT), "Div. %d" % rnd.randint(1, 14), ch[34]])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("caseworkers", ["WorkerID", "WorkerName", "Unit", "Office", "WorkPhone", "Email", "SupervisorName"], workers)
CH = ["RECNUMBR", "ChildFirstName", "ChildLastName", "DOB", "SEX", "AMIAKN", "ASIAN", "BLKAFRAM", "HAWAIIPI", "WHITE",
      "HISORGIN", "CLINDIS", "REM1DT", "TOTALREM", "LATREMDT", "MANREM", "PHYABUSE", "SEXABUSE", "NEGLECT", "AAPARENT",
      "DAPARENT", "AACHILD", "DACHILD", "CHILDIS", "CHBEHPRB", "PRTSDIED", "PRTSJAIL", "NOCOPE", "ABANDMNT", "RELINQSH",
      "HOUSING", "CURPLSET", "CASEGOAL", "FIPSCODE", "CountyName", "WorkerID", "DISCHDT", "DISREASN"]
assert len(CH) == len(children[0])
write("children", CH, children)
PL = ["PlacementID", "RECNUMBR", "PlacementBeginDate", "PlacementEndDate", "PlacementSetting", "LicenseNumber",
      "ResourceName", "ResourceStreet", "ResourceCity", "ResourceZip", "ResourcePhone", "FOSFAMST", "RF1BirthYear",
      "RF2BirthYear", "ContractAgency", "PerDiemRate"]
write("placements", PL, placements)
HE = ["HearingID", "RECNUMBR", "DocketNumber", "HearingDate", "HearingTime", "HearingType", "JudgeName", "GuardianAdLitem",
      "Outcome", "Courtroom", "CountyName"]
write("court_hearings", HE, hearings)
L = {}
for c, v in zip(["WorkerID", "WorkerName", "Unit", "Office", "WorkPhone", "Email", "SupervisorName"],
                ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NAME"]):
    L["caseworkers." + c] = v
for c in CH:
    L["children." + c] = "NON_IDENTIFYING"
L.update({"children.RECNUMBR": "OTHER_UNIQUE_IDENTIFIER", "children.ChildFirstName": "GIVEN_NAME",
          "children.ChildLastName": "FAMILY_NAME", "children.DOB": "DATE_OF_BIRTH", "children.REM1DT": "DATE",
          "children.LATREMDT": "DATE", "children.DISCHDT": "DATE", "children.FIPSCODE": "COUNTY",
          "children.CountyName": "COUNTY", "children.WorkerID": "QUASI_IDENTIFIER"})
for c, v in zip(PL, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING",
                     "CERTIFICATE_LICENSE_NUMBER", "NAME", "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER",
                     "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"]):
    L["placements." + c] = v
for c, v in zip(HE, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE",
                     "NON_IDENTIFYING", "NAME", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "COUNTY"]):
    L["court_hearings." + c] = v
gold = {"dataset": "foster-care-afcars",
        "description": "Invented export of a fictional US state (Missouri-like) child-welfare case system shaped after the AFCARS foster-care file, ',' and MM/DD/YYYY: 38 caseworkers (WorkerID, name, unit, county office, phone, e-mail, supervisor), 420 children (RECNUMBR encrypted record number, child first/last name, DOB, SEX, race flags AMIAKN..WHITE 0/1, HISORGIN, CLINDIS, removal dates REM1DT/LATREMDT, TOTALREM, MANREM, reasons-for-removal flags PHYABUSE..HOUSING 0/1, CURPLSET, CASEGOAL, county FIPSCODE and name, caseworker FK, DISCHDT, DISREASN), 1,313 placements (PlacementID, RECNUMBR FK, begin/end, setting, foster home licence 'FH-2019-004512', resource name 'HARPER, DALE & LINDA', street, city, ZIP, phone, FOSFAMST, caretakers' birth years, contract agency, per diem), 938 court hearings (docket number per child '2023-JU-000417', date, time, type, judge, guardian ad litem, outcome, courtroom, county). Caseworker keys QUASI_IDENTIFIER (staff keys as provider keys); judges, GALs, caseworkers, supervisors NAME (staff convention); county of removal COUNTY; caretakers' birth years QUASI_IDENTIFIER; group-home names (in ResourceName for congregate care) carry the column's NAME label. Coincidences: county Lincoln / surname Lincoln, 'Jackson Family Services' / surname and county Jackson, county Clay / given name Clay.",
        "delimiter": ",", "entity": "children", "columns": L,
        "foreignKeys": [{"column": "children.WorkerID", "references": "caseworkers.WorkerID"},
                        {"column": "placements.RECNUMBR", "references": "children.RECNUMBR"},
                        {"column": "court_hearings.RECNUMBR", "references": "children.RECNUMBR"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

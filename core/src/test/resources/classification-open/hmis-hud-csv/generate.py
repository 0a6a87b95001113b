#!/usr/bin/env python3
"""Writes hmis-hud-csv: an invented HUD HMIS CSV export in the FY2024 specification's shape (Client, Enrollment, Exit,
Project, Organization, User; header spellings of the HMIS CSV Format Specifications FY2024, a subset of columns; seeded,
stdlib only). 520 clients of a fictional Continuum of Care (NY-999), PersonalID as 32-hex hashes, SSN full (9 digits),
partial ('XXXXX1234') or absent with SSNDataQuality 1/2/8/9/99, race/gender 0/1 flags, dates 'yyyy-mm-dd' and
'yyyy-mm-dd HH:MM:SS', staff users with names, phones and emails. Run with the argument 20 (or via
../hmis-hud-csv-20/generate.py) to write the first 20 clients and their records only."""
import csv, json, random, datetime, hashlib, os, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 520
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
NAME = "hmis-hud-csv" if N == 520 else "hmis-hud-csv-%d" % N
rnd = random.Random(53001)
GIVEN_M = ["James", "Robert", "Michael", "David", "Anthony", "Jose", "Luis", "Carlos", "Tyrone", "Marcus", "Andre", "Kevin",
           "Brian", "Jamal", "DeShawn", "Terrence", "Hector", "Miguel", "Raymond", "Curtis", "Dwayne", "Jerome", "Travis", "Cody"]
GIVEN_F = ["Maria", "Jennifer", "Tanisha", "Keisha", "Latoya", "Crystal", "Ashley", "Brittany", "Yolanda", "Rosa", "Carmen",
           "Shanice", "Ebony", "Destiny", "Aaliyah", "Jasmine", "Monique", "Tiffany", "Angela", "Denise", "Precious", "Hope"]
FAMILY = ["Johnson", "Williams", "Brown", "Jackson", "Rodriguez", "Martinez", "Washington", "Jefferson", "Robinson",
          "Harris", "Coleman", "Gonzalez", "Rivera", "Torres", "Ortiz", "Bell", "Haven", "Mercy", "Booker", "Freeman",
          "Mosley", "Pruitt", "Okafor", "Nguyen", "Kowalski", "Dubois", "Whitfield", "Langston", "McAllister", "Carter"]
SUFFIX = ["", "", "", "", "", "", "", "", "", "Jr.", "Sr.", "II", "III"]
ORGS = [("101", "Capital District Rescue Mission", "CDRM"), ("102", "Haven House Inc.", "Haven House"),
        ("103", "Mercy Community Services", "Mercy CS"), ("104", "Booker T. Washington Center", "BTW Center"),
        ("105", "Albany County Department of Social Services", "ACDSS"), ("106", "Hope Springs Outreach", "Hope Springs")]
# (ProjectID, OrganizationID, ProjectName, ProjectCommonName, ProjectType, HousingType, TargetPopulation)
PROJ = [("1001", "101", "CDRM Emergency Shelter - Men", "ES Men", 0, 1, 4), ("1002", "101", "CDRM Family Shelter", "ES Family", 0, 1, 4),
        ("1003", "102", "Haven House Transitional Housing", "Haven TH", 2, 1, 4), ("1004", "102", "Haven House RRH", "Haven RRH", 13, 3, 4),
        ("1005", "103", "Mercy PSH Scattered Site", "Mercy PSH", 3, 3, 4), ("1006", "103", "Mercy Street Outreach", "Mercy SO", 4, None, 4),
        ("1007", "104", "Carter House Youth Shelter", "Carter House", 0, 1, 4), ("1008", "104", "BTW Coordinated Entry", "BTW CE", 14, None, 4),
        ("1009", "105", "ACDSS Hotel/Motel Overflow", "Motel ES", 1, 2, 4), ("1010", "105", "ACDSS Homelessness Prevention", "ACDSS HP", 12, 3, 4),
        ("1011", "106", "Hope Springs Day Shelter", "Hope Day", 11, 1, 4), ("1012", "106", "Hope Springs SSVF RRH", "Hope SSVF", 13, 3, 1),
        ("1013", "103", "Mercy HOPWA PSH", "Mercy HOPWA", 3, 3, 3), ("1014", "101", "CDRM Safe Haven", "Safe Haven", 8, 1, 4)]
ZIPS = ["12202", "12206", "12210", "12203", "12208", "12180", "12182", "12304", "12307", "12047", "12110", "12189",
        "10301", "10451", "13202", "14608", "12601", "07306"]
EXPORT = "20241001113205"
STAFF_G = ["Karen", "Dolores", "Nathan", "Priya", "Samuel", "Renee", "Gloria", "Tomasz", "Imani", "Bethany", "Carl",
           "Yesenia", "Harold", "Mei", "Olusegun", "Francine", "Dustin", "Valerie"]
STAFF_F = ["Pettibone", "Marchetti", "Goldfarb", "Ramaswamy", "Okonjo", "Villanueva", "Hastings", "Brzezinski",
           "Whitaker", "Lindqvist", "Abernathy", "Castellanos", "Fairweather", "Zhang", "Adebayo", "Kowalczyk",
           "Haven", "Sutherland"]

def ts(d):
    return (datetime.datetime.combine(d, datetime.time()) + datetime.timedelta(seconds=rnd.randint(8 * 3600, 18 * 3600))).strftime("%Y-%m-%d %H:%M:%S")

def hexid(s):
    return hashlib.md5(("nyc999-" + s).encode()).hexdigest().upper()

users = []
for i in range(18):
    g, f = STAFF_G[i], STAFF_F[i]
    d = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1500))
    users.append([str(2001 + i * 7), g, f, "(518) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)),
                  rnd.choice(["", "", "104", "221", "3107", "15"]),
                  "%s.%s@%s" % (g.lower(), f.lower(), rnd.choice(["cdrm.org", "havenhouse.org", "mercycs.org", "albanycounty.gov"])),
                  ts(d), ts(d + datetime.timedelta(days=rnd.randint(0, 600))), "" if rnd.random() < 0.9 else ts(datetime.date(2024, 6, 30)), EXPORT])
uids = [u[0] for u in users]
orgs = [[o[0], o[1], "1" if o[0] == "102" else "0", o[2], "2015-05-01 09:00:00", ts(datetime.date(2024, 1, 15)), uids[0], "", EXPORT] for o in ORGS]
projs = []
for p in PROJ:
    start = datetime.date(rnd.randint(1998, 2021), rnd.randint(1, 12), 1)
    projs.append([p[0], p[1], p[2], p[3], start.isoformat(), "" if rnd.random() < 0.85 else "2024-06-30", "1", str(p[4]),
                  "" if p[5] is None else str(p[5]), "10" if p[4] == 13 else "", "0" if p[4] != 4 else "", str(p[6]),
                  "0" if p[4] == 3 else "", str(rnd.randint(0, 80)) if p[4] in (0, 1, 2, 8) else "",
                  "2015-05-01 09:00:00", ts(datetime.date(2024, 2, 1)), uids[0], "", EXPORT])

def ssn():
    a = rnd.randint(1, 899)
    while a == 666:
        a = rnd.randint(1, 899)
    return "%03d%02d%04d" % (a, rnd.randint(1, 99), rnd.randint(1, 9999))

clients, people = [], []
for i in range(520):
    male = rnd.random() < 0.58
    first = rnd.choice(GIVEN_M if male else GIVEN_F)
    last = rnd.choice(FAMILY)
    mid = rnd.choice(["", "", "", rnd.choice("ABCDEJLMRST"), rnd.choice(GIVEN_M if male else GIVEN_F)])
    child = rnd.random() < 0.18
    dob = datetime.date(2024, 1, 1) - datetime.timedelta(days=rnd.randint(365, 17 * 365) if child else rnd.randint(18 * 365, 84 * 365))
    if i % 97 == 5:
        dob = datetime.date(rnd.randint(1928, 1933), rnd.randint(1, 12), rnd.randint(1, 28))  # a few clients over 89
    q = rnd.random()
    if q < 0.55:
        s, sq = ssn(), "1"
    elif q < 0.80:
        s, sq = "XXXXX" + ssn()[-4:], "2"
    elif q < 0.88:
        s, sq = "", rnd.choice(["8", "9"])
    else:
        s, sq = "", "99"
    dq = rnd.random()
    dob_s, dobq = (dob.isoformat(), "1") if dq < 0.85 else (dob.replace(month=1, day=1).isoformat(), "2") if dq < 0.93 else ("", "99")
    race = [0] * 7
    race[rnd.choice([2, 2, 2, 6, 6, 3, 0, 1, 4, 5])] = 1
    if rnd.random() < 0.12:
        race[rnd.randrange(7)] = 1
    addl = "" if rnd.random() < 0.93 else rnd.choice(["Puerto Rican", "Dominican", "Mohawk (Akwesasne)", "Haitian", "Jamaican", "Onondaga Nation"])
    gender = [0] * 7
    gender[1 if male else 0] = 1
    if rnd.random() < 0.03:
        gender = [0, 0, 1, 0, 0, 0, 0]
    diff = ""
    if rnd.random() < 0.01:
        gender = [0, 0, 0, 0, 0, 0, 1]; diff = rnd.choice(["Two-Spirit", "agender", "genderfluid"])
    adult = not child
    vet = ("1" if rnd.random() < 0.09 else "0") if adult else "99"
    vetcols = [""] * 13
    if vet == "1":
        lo = max(dob.year + 18, 1941)
        ent = rnd.randint(lo, max(lo, min(dob.year + 35, 2018)))
        vetcols = [str(ent), str(ent + rnd.randint(2, 20))] + [str(int(ent < 1946)), str(int(1950 <= ent < 1954)), str(int(1961 <= ent < 1975)),
                   str(int(1990 <= ent < 1992)), str(int(ent >= 2001)), str(int(ent >= 2003)), str(int(ent >= 2010)), "0"] + \
                  [str(rnd.choice([1, 1, 2, 3, 4, 6])), str(rnd.choice([1, 1, 2, 4, 5, 6, 7]))] + [""]
        vetcols = vetcols[:12]
    else:
        vetcols = [""] * 12
    created = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2000))
    pid = hexid(str(i))
    uid = rnd.choice(uids)
    clients.append([pid, first, mid, last, rnd.choice(SUFFIX) if male else "", rnd.choice(["1"] * 9 + ["2"]), s, sq, dob_s, dobq] +
                   [str(x) for x in race] + ["0" if any(race) else "1", addl] + [str(x) for x in gender[:6]] + [str(gender[6]), "", diff] +
                   [vet] + vetcols + [ts(created), ts(created + datetime.timedelta(days=rnd.randint(0, 900))), uid, "", EXPORT])
    people.append((pid, dob, child, created))
H_CLIENT = ["PersonalID", "FirstName", "MiddleName", "LastName", "NameSuffix", "NameDataQuality", "SSN", "SSNDataQuality", "DOB",
            "DOBDataQuality", "AmIndAKNative", "Asian", "BlackAfAmerican", "HispanicLatinaeo", "MidEastNAfrican", "NativeHIPacific",
            "White", "RaceNone", "AdditionalRaceEthnicity", "Woman", "Man", "NonBinary", "CulturallySpecific", "Transgender",
            "Questioning", "DifferentIdentity", "GenderNone", "DifferentIdentityText", "VeteranStatus", "YearEnteredService",
            "YearSeparated", "WorldWarII", "KoreanWar", "VietnamWar", "DesertStorm", "AfghanistanOEF", "IraqOIF", "IraqOND",
            "OtherTheater", "MilitaryBranch", "DischargeStatus", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"]
# gender block: Woman, Man, NonBinary, CulturallySpecific, Transgender, Questioning, DifferentIdentity, GenderNone, DifferentIdentityText
for c in clients:
    g = c[19:28]  # 6 flags + DifferentIdentity + "" + text
    c[19:28] = g[0:6] + [g[6], "" if "1" in g[0:7] else "99", g[8]]
L_CLIENT = ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "GIVEN_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "NON_IDENTIFYING",
            "SOCIAL_SECURITY_NUMBER", "NON_IDENTIFYING", "DATE_OF_BIRTH", "NON_IDENTIFYING"] + ["NON_IDENTIFYING"] * 8 + \
           ["NON_IDENTIFYING"] + ["NON_IDENTIFYING"] * 8 + ["NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER"] + \
           ["NON_IDENTIFYING"] * 10 + ["DATE", "DATE", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"]
enr, exits = [], []
eid, hh, xid = 300000, 0, 800000
hh_of = {}
for (pid, dob, child, created) in people:
    for k in range(rnd.choice([1, 1, 1, 2, 2, 3])):
        p = rnd.choice(PROJ)
        entry = created + datetime.timedelta(days=rnd.randint(0, 700) + k * 120)
        if entry > datetime.date(2024, 9, 30):
            continue
        eid += rnd.randint(1, 9)
        if child and rnd.random() < 0.8 and hh_of:
            h = rnd.choice(list(hh_of.keys())); rel = rnd.choice(["2", "2", "2", "4", "5"])
        else:
            hh += 1; h = "HH" + hexid("h%d" % hh)[:14]; rel = "1"; hh_of[h] = pid
        zipc = rnd.choice(ZIPS) if rnd.random() < 0.8 else ""
        los = rnd.choice(["2", "3", "4", "5", "10", "11", "8", "99"])
        enr.append([str(eid), pid, p[0], entry.isoformat(), h, rel, "NY-999", rnd.choice(["101", "116", "118", "215", "302", "410", "435", "99"]),
                    los, rnd.choice(["", "0", "1"]), rnd.choice(["", "0", "1"]),
                    (entry - datetime.timedelta(days=rnd.randint(5, 900))).isoformat() if rnd.random() < 0.6 else "",
                    rnd.choice(["1", "2", "3", "4", "8", "99"]), rnd.choice(["101", "102", "104", "112", "113", "8", "99"]),
                    rnd.choice(["0", "1", "8", "99"]), (entry + datetime.timedelta(days=rnd.randint(20, 120))).isoformat() if p[4] in (3, 13) and rnd.random() < 0.6 else "",
                    zipc, "1" if zipc else rnd.choice(["8", "9", "99"]),
                    ts(entry), ts(entry + datetime.timedelta(days=rnd.randint(0, 60))), rnd.choice(uids), "", EXPORT])
        if rnd.random() < 0.72:
            xid += rnd.randint(1, 5)
            xd = entry + datetime.timedelta(days=rnd.randint(1, 400))
            dest = rnd.choice(["101", "116", "118", "215", "410", "421", "422", "435", "423", "426", "17", "30", "99", "24"])
            other = ""
            if dest == "17":
                other = rnd.choice(["staying with sister %s %s in Troy" % (rnd.choice(GIVEN_F), rnd.choice(FAMILY)),
                                    "moved in w/ boyfriend on %d %s St" % (rnd.randint(10, 400), rnd.choice(["Lark", "Quail", "Delaware", "Central"])),
                                    "went back to Puerto Rico", "bus ticket to Syracuse, aunt %s picking up" % rnd.choice(GIVEN_F),
                                    "Greyhound to family in GA", "car"])
            exits.append([str(xid), str(eid), pid, xd.isoformat(), dest, "" if dest != "435" else rnd.choice(["419", "420", "428", "431"]),
                          other, rnd.choice(["", "1", "2", "5", "10"]), rnd.choice(["", "1", "2", "3"]),
                          ts(xd), ts(xd + datetime.timedelta(days=rnd.randint(0, 30))), rnd.choice(uids), "", EXPORT])
H_ENR = ["EnrollmentID", "PersonalID", "ProjectID", "EntryDate", "HouseholdID", "RelationshipToHoH", "EnrollmentCoC",
         "LivingSituation", "LengthOfStay", "LOSUnderThreshold", "PreviousStreetESSH", "DateToStreetESSH",
         "TimesHomelessPastThreeYears", "MonthsHomelessPastThreeYears", "DisablingCondition", "MoveInDate",
         "LastPermanentZIP", "AddressDataQuality", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"]
L_ENR = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER",
         "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
         "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "ZIP_CODE", "NON_IDENTIFYING", "DATE", "DATE",
         "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"]
H_EXIT = ["ExitID", "EnrollmentID", "PersonalID", "ExitDate", "Destination", "DestinationSubsidyType", "OtherDestination",
          "HousingAssessment", "ProjectCompletionStatus", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"]
L_EXIT = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING",
          "NON_IDENTIFYING", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"]
H_PROJ = ["ProjectID", "OrganizationID", "ProjectName", "ProjectCommonName", "OperatingStartDate", "OperatingEndDate",
          "ContinuumProject", "ProjectType", "HousingType", "RRHSubType", "ResidentialAffiliation", "TargetPopulation",
          "HOPWAMedAssistedLivingFac", "PITCount", "DateCreated", "DateUpdated", "UserID", "DateDeleted", "ExportID"]
L_PROJ = ["NON_IDENTIFYING"] * 4 + ["DATE", "DATE"] + ["NON_IDENTIFYING"] * 8 + ["DATE", "DATE", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"]
H_ORG = ["OrganizationID", "OrganizationName", "VictimServiceProvider", "OrganizationCommonName", "DateCreated", "DateUpdated",
         "UserID", "DateDeleted", "ExportID"]
L_ORG = ["NON_IDENTIFYING"] * 4 + ["DATE", "DATE", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"]
H_USER = ["UserID", "UserFirstName", "UserLastName", "UserPhone", "UserExtension", "UserEmail", "DateCreated", "DateUpdated",
          "DateDeleted", "ExportID"]
L_USER = ["QUASI_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "TELEPHONE_NUMBER", "QUASI_IDENTIFIER", "EMAIL_ADDRESS", "DATE", "DATE", "DATE", "NON_IDENTIFYING"]

if N != 520:
    keep = set(c[0] for c in clients[:N])
    clients = clients[:N]
    enr = [e for e in enr if e[1] in keep]
    ekeep = set(e[0] for e in enr)
    exits = [x for x in exits if x[1] in ekeep]
    hhs = set(e[4] for e in enr)
    # a child's household head may be outside the cut: the household id stays (HouseholdID is no foreign key)
    used = set(c[-3] for c in clients) | set(e[-3] for e in enr) | set(x[-3] for x in exits) | {uids[0]}
    users = [u for u in users if u[0] in used]
tables = (("Client", H_CLIENT, L_CLIENT, clients), ("Enrollment", H_ENR, L_ENR, enr), ("Exit", H_EXIT, L_EXIT, exits),
          ("Project", H_PROJ, L_PROJ, projs), ("Organization", H_ORG, L_ORG, orgs), ("User", H_USER, L_USER, users))
cols = {}
for name, head, labels, rows in tables:
    assert len(head) == len(labels), name
    for r in rows:
        assert len(r) == len(head), (name, len(r), len(head))
    with open(os.path.join(OUT, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
    cols.update({name + "." + h: l for h, l in zip(head, labels)})
gold = {"dataset": NAME,
        "description": "Invented HUD HMIS CSV export (FY2024 specification's file and header names, a subset of columns) of a fictional CoC 'NY-999': %d clients (PersonalID 32-hex, names with suffix, SSN 9 digits / 'XXXXX1234' / empty with SSNDataQuality, DOB with DOBDataQuality, race and gender 0/1 flags, veteran years and theatres), %d enrollments (HouseholdID, RelationshipToHoH, EnrollmentCoC, LastPermanentZIP), %d exits (Destination codes, OtherDestination free text), 14 projects, 6 organizations, %d users (staff names, phones, emails)" % (len(clients), len(enr), len(exits), len(users)),
        "delimiter": ",", "entity": "Client", "columns": cols,
        "foreignKeys": [{"column": "Enrollment.PersonalID", "references": "Client.PersonalID"},
                        {"column": "Enrollment.ProjectID", "references": "Project.ProjectID"},
                        {"column": "Exit.EnrollmentID", "references": "Enrollment.EnrollmentID"},
                        {"column": "Exit.PersonalID", "references": "Client.PersonalID"},
                        {"column": "Project.OrganizationID", "references": "Organization.OrganizationID"},
                        {"column": "Client.UserID", "references": "User.UserID"},
                        {"column": "Enrollment.UserID", "references": "User.UserID"},
                        {"column": "Exit.UserID", "references": "User.UserID"}]}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

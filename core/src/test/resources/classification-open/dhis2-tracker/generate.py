#!/usr/bin/env python3
"""Writes dhis2-tracker: an invented DHIS2 tracker export of a Child Programme in Sierra Leone, in the shape of the Web
API's CSV exports (seeded, Python 3 stdlib only): trackedEntityInstances.csv (one row per child, system columns then
tracked entity attributes by display name), enrollments.csv, events.csv in the long layout of /api/events.csv (one
row per event and data element: event, status, program, programStage, enrollment, orgUnit, eventDate, dueDate,
latitude, longitude, dataElement, value, storedBy, providedElsewhere, completedDate, completedBy) with the
trackedEntityInstance and the timestamps of the JSON export, and two metadata tables (dataElements, organisationUnits).
All ids are 11-character DHIS2 UIDs (a letter, then 10 letters or digits). Run: python3 generate.py (in its folder)."""
import csv, json, os, random, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5253)
LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"; ALN = LET + "0123456789"
def uid():
    return R.choice(LET) + "".join(R.choice(ALN) for _ in range(10))
GIVEN_M = ["Mohamed", "Ibrahim", "Abdul", "Alhaji", "Sorie", "Foday", "Musa", "Alusine", "Sahr", "Tamba", "John",
           "Joseph", "Emmanuel", "Samuel", "Augustine", "Osman", "Lamin", "Brima"]
GIVEN_F = ["Fatmata", "Aminata", "Mariama", "Isatu", "Hawa", "Kadiatu", "Adama", "Zainab", "Mary", "Christiana",
           "Finda", "Sia", "Jeneba", "Marie", "Agnes", "Mabinty", "Hawanatu"]
FAMILY = ["Kamara", "Sesay", "Conteh", "Koroma", "Bangura", "Turay", "Kargbo", "Mansaray", "Jalloh", "Fofanah", "Kanu",
          "Sankoh", "Bah", "Kallon", "Lahai", "Fomba", "Massaquoi", "Gbla", "Ngegba", "Moiwo"]
# (chiefdom, district, [facility names]); facility ids are UIDs, some real demo names, some named after people/saints
OU = [("Badjia", "Bo", ["Ngelehun CHC", "Njandama MCHP", "Kpetema CHP"]),
      ("Bo Town", "Bo", ["Bo Govt. Hospital", "Mercy Hospital Bo", "St. Mary's Hospital", "Reservation MCHP"]),
      ("Kakua", "Bo", ["Bumpeh Perri CHC", "Sembehun CHC", "Dr. Bunting MCHP"]),
      ("Tikonko", "Bo", ["Tikonko CHC", "Kamara Town MCHP"]),
      ("Kenema Town", "Kenema", ["Kenema Govt. Hospital", "Nyandeyama MCHP", "Koroma Memorial CHP"]),
      ("Nongowa", "Kenema", ["Hangha CHC", "Blama MCHP", "Lalehun CHP"]),
      ("Kambia", "Kambia", ["Kambia Govt. Hospital", "Rokupr CHC", "Sesay Family Clinic"])]
TOWNS = {"Badjia": ["Ngelehun", "Njandama", "Kpetema", "Gbaama"], "Bo Town": ["Bo", "Reservation", "New London", "Lewabu"],
         "Kakua": ["Bumpeh", "Sembehun", "Yengema"], "Tikonko": ["Tikonko", "Kamara Town", "Gbanja"],
         "Kenema Town": ["Kenema", "Nyandeyama", "Kpayama"], "Nongowa": ["Hangha", "Blama", "Lalehun"],
         "Kambia": ["Kambia", "Rokupr", "Kychom"]}
STREETS = ["Hospital Road", "Bojon Street", "Dambara Road", "Mahei Boima Road", "Fenton Road", "Tikonko Road", "Kissy Town Road"]
PROGRAM, PNAME = "IpHINAT79UW", "Child Programme"
STAGE_BIRTH, STAGE_PN = "A03MvHHogjR", "ZzYYXq4fJie"
TET = "nEenWmSyUEp"
DES = [("UXz7xuGCEhU", "MCH Weight (g)", "MCH Weight", "DE_2006099", "INTEGER_POSITIVE", STAGE_BIRTH),
       ("a3kGcGDCuk6", "MCH Apgar Score", "Apgar Score", "DE_2006098", "NUMBER", STAGE_BIRTH),
       ("wQLfBvPrXqq", "MCH ARV at birth", "ARV at birth", "DE_2006103", "TEXT", STAGE_BIRTH),
       ("bx6fsa0t90x", "MCH BCG dose", "BCG dose", "DE_2006105", "BOOLEAN", STAGE_BIRTH),
       ("X8zyunlgUfM", "MCH Infant Feeding", "Infant Feeding", "DE_2006104", "TEXT", STAGE_PN),
       ("GQY2lXrypjO", "MCH Infant Weight  (g)", "Infant Weight (g)", "DE_2006107", "INTEGER_POSITIVE", STAGE_PN),
       ("HLmTEmupdX0", "MCH Vit A", "Vit A", "DE_2006101", "BOOLEAN", STAGE_PN),
       ("rxBfISxXS2U", "MCH Polio dose", "Polio dose", "DE_2006106", "INTEGER_ZERO_OR_POSITIVE", STAGE_PN),
       ("s3eoonJ8OJb", "MCH Name of TBA", "TBA name", "DE_2006120", "TEXT", STAGE_BIRTH),
       ("dE7uaMzLiBe", "MCH Caregiver phone", "Caregiver phone", "DE_2006121", "PHONE_NUMBER", STAGE_PN),
       ("zRAnoCZZ0qy", "MCH Remarks", "Remarks", "DE_2006122", "LONG_TEXT", STAGE_PN),
       ("cYGaxwK615G", "MCH MUAC (cm)", "MUAC", "DE_2006123", "NUMBER", STAGE_PN)]
STAFF = ["admin", "android", "tracker_bo", "fkoroma", "ajalloh", "mbangura", "skamara", "hsesay", "ekallon", "system",
         "mconteh", "lturay"]
def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % R.randint(0, 999)
def phone():
    n = R.choice(["76", "77", "78", "30", "33", "88", "99"]) + "%06d" % R.randint(0, 999999)
    f = R.random()
    return ("0" + n) if f < 0.5 else ("+232" + n) if f < 0.8 else ("+232 " + n[:2] + " " + n[2:5] + " " + n[5:])
# organisation units: country, districts, chiefdoms, facilities
ous = []
sl = "ImspTQPwCqd"; ous.append([sl, "Sierra Leone", "Sierra Leone", "OU_525", 1, "", "/" + sl, "1994-01-01T00:00:00.000"])
dist_uid = {}
for d in sorted({o[1] for o in OU}):
    dist_uid[d] = uid(); ous.append([dist_uid[d], d, d, "OU_%d" % R.randint(200, 999), 2, sl, "/%s/%s" % (sl, dist_uid[d]), "1970-01-01T00:00:00.000"])
FAC = []
for ch, d, facs in OU:
    cu = uid(); ous.append([cu, ch, ch, "OU_%d" % R.randint(1000, 9999), 3, dist_uid[d], "/%s/%s/%s" % (sl, dist_uid[d], cu), "1970-01-01T00:00:00.000"])
    for fname in facs:
        fu = "DiszpKrYNg8" if fname == "Ngelehun CHC" else uid()
        ous.append([fu, fname, fname[:50], "OU_%d" % R.randint(10000, 99999), 4, cu, "/%s/%s/%s/%s" % (sl, dist_uid[d], cu, fu),
                    "%d-01-01T00:00:00.000" % R.choice([1970, 1994, 2003, 2010])])
        FAC.append((fu, fname, ch))
teis, enrs, evs = [], [], []
base = datetime.datetime(2023, 1, 2, 8, 0)
NT = 560
for i in range(NT):
    fu, fname, ch = R.choice(FAC)
    sex = R.choice(["Male", "Female"]); g = R.choice(GIVEN_M if sex == "Male" else GIVEN_F); fam = R.choice(FAMILY)
    dob = (base + datetime.timedelta(days=R.randint(-20, 540))).date()
    reg = datetime.datetime.combine(dob, datetime.time(R.randint(8, 16), R.randint(0, 59), R.randint(0, 59))) + datetime.timedelta(days=R.choice([0, 0, 1, 2, 7, 30]))
    upd = reg + datetime.timedelta(days=R.randint(0, 200), minutes=R.randint(0, 900))
    mother = R.choice(GIVEN_F) + " " + fam
    who = R.choice(STAFF)
    tei = uid()
    teis.append([tei, TET, fu, fname, ts(reg), ts(upd), ts(reg - datetime.timedelta(minutes=R.randint(1, 600))), "false", "false",
                 "NONE", who, g, fam, sex, dob.isoformat(), phone() if R.random() < 0.8 else "",
                 "%s-%06d" % (R.choice(["BO", "KN", "KB"]), 1000 + i * 3 + R.randint(0, 2)),
                 "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)) if R.random() < 0.25 else "",
                 mother, ("%d %s" % (R.randint(1, 80), R.choice(STREETS))) if R.random() < 0.6 else "", R.choice(TOWNS[ch])])
    enr = uid()
    status = R.choice(["ACTIVE", "ACTIVE", "COMPLETED", "COMPLETED", "CANCELLED"])
    enrs.append([enr, tei, PROGRAM, fu, fname, ts(reg)[:10] + "T00:00:00.000", dob.isoformat() + "T00:00:00.000", status,
                 who, ts(reg), ts(upd), R.choice(["false", "false", "false", "true"])])
    # birth event + 2-6 postnatal events
    nev = 1 + R.choice([2, 3, 3, 4, 4, 5, 6])
    for k in range(nev):
        ev = uid(); stage = STAGE_BIRTH if k == 0 else STAGE_PN
        when = reg + datetime.timedelta(days=0 if k == 0 else 28 * k + R.randint(-5, 10))
        due = (datetime.datetime.combine(dob, datetime.time()) + datetime.timedelta(days=0 if k == 0 else 28 * k)).strftime("%Y-%m-%dT00:00:00.000")
        st = R.choice(["COMPLETED", "COMPLETED", "COMPLETED", "ACTIVE"]) if k < nev - 1 or status != "ACTIVE" else R.choice(["ACTIVE", "SCHEDULE"])
        by = who if R.random() < 0.7 else R.choice(STAFF)
        lat = lon = ""
        if R.random() < 0.3:
            lat, lon = "%.6f" % (7.9 + R.uniform(-0.6, 0.6)), "%.6f" % (-11.7 + R.uniform(-0.8, 0.8))
        comp = ts(when + datetime.timedelta(minutes=R.randint(5, 90)))[:10] + "T00:00:00.000" if st == "COMPLETED" else ""
        compby = by if st == "COMPLETED" else ""
        created = ts(when + datetime.timedelta(minutes=R.randint(0, 300)))
        if st == "SCHEDULE":
            vals = []; edate = ""
        elif stage == STAGE_BIRTH:
            vals = [("UXz7xuGCEhU", str(R.randint(1900, 4300))), ("a3kGcGDCuk6", str(R.randint(4, 10))),
                    ("wQLfBvPrXqq", R.choice(["NVP only", "Others", "No", "NVP only"])), ("bx6fsa0t90x", R.choice(["true", "false", "true"]))]
            if R.random() < 0.35:
                vals.append(("s3eoonJ8OJb", R.choice(["Mammy ", "Ya ", ""]) + R.choice(GIVEN_F) + " " + R.choice(FAMILY)))
            edate = when.strftime("%Y-%m-%dT00:00:00.000")
        else:
            vals = [("X8zyunlgUfM", R.choice(["Exclusive", "Mixed", "Replacement", "Exclusive"])),
                    ("GQY2lXrypjO", str(R.randint(3000, 9000))), ("HLmTEmupdX0", R.choice(["true", "false"])),
                    ("rxBfISxXS2U", str(min(k, 3)))]
            if R.random() < 0.5:
                vals.append(("cYGaxwK615G", "%.1f" % R.uniform(10.5, 16.0)))
            if R.random() < 0.3:
                vals.append(("dE7uaMzLiBe", phone()))
            if R.random() < 0.15:
                vals.append(("zRAnoCZZ0qy", R.choice([
                    "Mother %s moved to %s, refer to %s" % (mother, R.choice(["Freetown", "Makeni", "Kenema"]), R.choice([f[1] for f in FAC])),
                    "Defaulter traced by CHW %s %s" % (R.choice(GIVEN_M + GIVEN_F), R.choice(FAMILY)),
                    "Child not brought, caregiver %s reachable on %s" % (R.choice(GIVEN_F) + " " + fam, phone()),
                    "Referred for malnutrition", "Weight faltering, counselled on feeding", "Twin sibling also registered"])))
            edate = when.strftime("%Y-%m-%dT00:00:00.000")
        if not vals:
            vals = [("", "")]
        for de, val in vals:
            evs.append([ev, st, PROGRAM, stage, enr, tei, fu, fname, edate, due, lat, lon, de, val, by, "false", comp, compby, created, created])
def write(name, head, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
TH = ["trackedEntityInstance", "trackedEntityType", "orgUnit", "orgUnitName", "created", "lastUpdated", "createdAtClient",
      "inactive", "deleted", "featureType", "storedBy", "First name", "Last name", "Gender", "Date of birth", "Phone number",
      "Unique ID", "National identifier", "Mother's name", "Address", "Village / Town"]
TL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME",
      "NON_IDENTIFYING", "DATE_OF_BIRTH", "TELEPHONE_NUMBER", "MEDICAL_RECORD_NUMBER", "NATIONAL_ID", "NAME", "STREET_ADDRESS", "CITY"]
EH = ["enrollment", "trackedEntityInstance", "program", "orgUnit", "orgUnitName", "enrollmentDate", "incidentDate", "status",
      "storedBy", "created", "lastUpdated", "followup"]
EL = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
      "DATE_OF_BIRTH", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING"]
VH = ["event", "status", "program", "programStage", "enrollment", "trackedEntityInstance", "orgUnit", "orgUnitName", "eventDate",
      "dueDate", "latitude", "longitude", "dataElement", "value", "storedBy", "providedElsewhere", "completedDate", "completedBy",
      "created", "lastUpdated"]
VL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
      "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "GEOCOORDINATE", "GEOCOORDINATE",
      "NON_IDENTIFYING", "FREE_TEXT", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE"]
DH = ["id", "name", "shortName", "code", "valueType", "domainType", "aggregationType", "programStage"]
OH = ["id", "name", "shortName", "code", "level", "parent", "path", "openingDate"]
write("trackedEntityInstances", TH, teis); write("enrollments", EH, enrs); write("events", VH, evs)
write("dataElements", DH, [[a, b, c, d, e, "TRACKER", "SUM" if e.startswith(("INT", "NUM")) else "NONE", f] for a, b, c, d, e, f in DES])
write("organisationUnits", OH, ous)
cols = {}
for t, hs, ls in (("trackedEntityInstances", TH, TL), ("enrollments", EH, EL), ("events", VH, VL),
                  ("dataElements", DH, ["NON_IDENTIFYING"] * len(DH)), ("organisationUnits", OH, ["NON_IDENTIFYING"] * 7 + ["DATE"])):
    assert len(hs) == len(ls)
    cols.update({t + "." + h: l for h, l in zip(hs, ls)})
nev = len({e[0] for e in evs})
desc = ("Invented DHIS2 tracker export (breaker52) of a Child Programme in Sierra Leone, ',', Web API CSV shapes: %d tracked "
        "entity instances (11-char UIDs, orgUnit UID and name, created/lastUpdated ISO with ms, storedBy logins of staff "
        "(OTHER_UNIQUE_IDENTIFIER, as user_login), attributes by display name: First name, Last name, Gender, Date of birth, "
        "Phone number in three Sierra Leone formats, Unique ID 'BO-001234' (MEDICAL_RECORD_NUMBER), National identifier "
        "8 chars on 25%%, Mother's name, Address, Village / Town (CITY)), %d enrollments (incidentDate = the child's birth "
        "date: DATE_OF_BIRTH), %d events in the long layout of /api/events.csv (%d rows: one per data value; event UIDs "
        "and enrollment/TEI UIDs OTHER_UNIQUE_IDENTIFIER; program, programStage, dataElement and orgUnit UIDs shared "
        "vocabulary NON_IDENTIFYING; value FREE_TEXT: weights, Apgar, option codes and booleans but also TBA names, "
        "caregiver phones and remarks naming mothers and CHWs; event latitude/longitude on 30%%), dataElements %d and "
        "organisationUnits %d (facility names NON_IDENTIFYING as care sites, incl. 'Ngelehun CHC' DiszpKrYNg8, "
        "'St. Mary's Hospital', 'Koroma Memorial CHP', 'Sesay Family Clinic', 'Kamara Town MCHP'). Coincidences: "
        "family names Koroma, Sesay, Kamara inside facility names, village 'Kamara Town', given name Mary beside "
        "'St. Mary's Hospital'." % (len(teis), len(enrs), nev, len(evs), len(DES), len(ous)))
gold = {"dataset": "dhis2-tracker", "description": desc, "delimiter": ",", "entity": "trackedEntityInstances", "columns": cols,
        "foreignKeys": [{"column": "enrollments.trackedEntityInstance", "references": "trackedEntityInstances.trackedEntityInstance"},
                        {"column": "events.enrollment", "references": "enrollments.enrollment"},
                        {"column": "events.trackedEntityInstance", "references": "trackedEntityInstances.trackedEntityInstance"},
                        {"column": "events.dataElement", "references": "dataElements.id"},
                        {"column": "events.orgUnit", "references": "organisationUnits.id"},
                        {"column": "trackedEntityInstances.orgUnit", "references": "organisationUnits.id"},
                        {"column": "enrollments.orgUnit", "references": "organisationUnits.id"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

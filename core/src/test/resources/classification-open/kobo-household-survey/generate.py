#!/usr/bin/env python3
"""Writes kobo-household-survey (1,050 households) or kobo-household-pilot (20 households): an invented KoboToolbox
submissions export of a household survey in refugee-hosting districts of northern Uganda (seeded, Python 3 stdlib only).
The same file serves both folders: the folder it runs in picks size, seed and export type. The full survey is the
"XML values and headers" export (group paths `group_respondent/respondent_name`, select_one answers as codes, one
column per select_multiple choice); the pilot is the "Labels" export of an earlier form version (question labels as
headers, `_Record GPS location_latitude`, answers as labels). Two CSV files per folder, as the XLSX sheets: the main
sheet (named after the form id) and the repeat-group sheet `hh_roster` joined by `_index`/`_parent_index`.
Metadata as Collect writes it: start/end with milliseconds and +03:00, today, deviceid (15-digit IMEI with Luhn
check digit on older phones, `collect:` + 16 characters on newer ones), subscriberid (IMSI, MCC 641), simserial
(ICCID 89256..., Luhn), phonenumber (mostly empty), username. Run: python3 generate.py (in its folder)."""
import csv, json, os, random, datetime, uuid
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.basename(HERE)
PILOT = SET == "kobo-household-pilot"
N, SEED = (20, 5220) if PILOT else (1050, 5252)
R = random.Random(SEED)
FORM = "uga_hh_msna_2024"
GIVEN_M = ["Okello", "Opio", "Ochan", "Odong", "Ojok", "Emmanuel", "Moses", "Patrick", "Samuel", "Isaac", "Denis",
           "Jimmy", "Geoffrey", "Charles", "Juma", "Wani", "Lado", "Taban", "Deng", "Gatluak"]
GIVEN_F = ["Akello", "Auma", "Apio", "Adong", "Lakot", "Grace", "Mary", "Florence", "Agnes", "Harriet", "Nancy",
           "Scovia", "Betty", "Gloria", "Poni", "Kiden", "Jane", "Rose", "Nyadak", "Achol"]
FAMILY = ["Okello", "Ocen", "Odoch", "Lamwo", "Oryem", "Komakech", "Ayella", "Opiyo", "Obwona", "Lokwiya", "Wani",
          "Lodu", "Deng", "Garang", "Lual", "Kenyi", "Modi", "Tombe", "Atim", "Achan", "Amony", "Aciro", "Nyero"]
# district code -> [(sub-county code, [villages])]
GEO = {"kiryandongo": [("bweyale", ["Panyadoli Hills", "Ranch 1", "Nyakadot", "Kigumba Trading Centre"]),
                       ("mutunda", ["Diima", "Kichwabugingo", "Kiigya"])],
       "adjumani": [("dzaipi", ["Nyumanzi", "Agojo", "Boroli"]), ("pakele", ["Mungula", "Maaji", "Elema"])],
       "lamwo": [("palabek_ogili", ["Lokung", "Ogili", "Apyeta"]), ("padibe_east", ["Lagwel", "Pobar"])],
       "arua": [("okollo", ["Okollo Trading Centre", "Ajia", "Ewanga"]), ("rhino_camp", ["Ocea", "Tika", "Siripi"])],
       "yumbe": [("romogi", ["Bidibidi", "Yoyo", "Ariwa"]), ("kululu", ["Kulikulinga", "Kiri"])]}
CENTRE = {"kiryandongo": (1.88, 32.06, 1050), "adjumani": (3.37, 31.79, 780), "lamwo": (3.53, 32.80, 950),
          "arua": (3.02, 30.91, 1200), "yumbe": (3.46, 31.25, 900)}
FACILITY = ["Panyadoli HC III", "Bweyale HC IV", "Kiryandongo Hospital", "St. Mary's Hospital Lacor", "Nyumanzi HC III",
            "Ocea HC II", "Bidibidi HC III", "Yumbe Regional Referral Hospital", "Lokung HC III", "Mungula HC IV"]
LIVELIHOOD = ["Crop farming", "Casual labour", "Petty trade", "Livestock rearing", "Fishing", "Humanitarian assistance",
              "Salaried work", "Remittances"]
WATER = {1: "Piped water", 2: "Borehole", 3: "Protected spring", 4: "Unprotected well", 5: "Surface water", 6: "Water truck"}
SHOCKS = ["drought", "flood", "illness", "theft", "price_rise"]
REL = {1: "Head", 2: "Spouse", 3: "Son/Daughter", 4: "Grandchild", 5: "Parent", 6: "Other relative", 7: "Not related"}
WG = {1: "No difficulty", 2: "Some difficulty", 3: "A lot of difficulty", 4: "Cannot do at all"}
SEX = {1: "Male", 2: "Female"}
STAT = {"refugee": "Refugee", "host": "Host community"}
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def imei():
    body = R.choice(["35", "86", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)

def iccid(mnc):
    body = "89256" + mnc + "".join(R.choice("0123456789") for _ in range(10))
    return body + luhn_digit(body)

def phone_ug():
    n = R.choice(["772", "782", "701", "752", "756", "774", "703", "789"]) + "%06d" % R.randint(0, 999999)
    f = R.random()
    return ("0" + n[:3] + " " + n[3:]) if f < 0.5 else ("256" + n) if f < 0.8 else ("+256 " + n[:3] + " " + n[3:])

def nin(sex, yob):
    # Ugandan NIN: C + M/F + two digits of the birth year + 9 further characters (digits and letters)
    return "C" + ("M" if sex == 1 else "F") + "%02d" % (yob % 100) + "".join(R.choice("0123456789") for _ in range(5)) \
        + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))

# enumerators: name code (select_one choice name), Kobo account, phone metadata
ENUMS = []
for i in range(6 if PILOT else 26):
    g = R.choice(GIVEN_M + GIVEN_F); f = R.choice(FAMILY)
    newer = R.random() < 0.4
    mnc = R.choice(["10", "01"])
    ENUMS.append({"code": (f + "_" + g).lower(), "label": g + " " + f,
                  "user": R.choice(["reach_uga_enum%02d" % (i + 1), (g[0] + f).lower(), (g + "." + f).lower()]),
                  "deviceid": ("collect:" + "".join(R.choice(ALNUM) for _ in range(16))) if newer else imei(),
                  "subscriberid": "641" + mnc + "%010d" % R.randint(0, 9999999999),
                  "simserial": iccid(mnc + "0"),
                  "phone": ("+256" + R.choice(["772", "782", "701"]) + "%06d" % R.randint(0, 999999)) if R.random() < 0.35 else ""})
for e in ENUMS:
    if e["deviceid"].startswith("collect:"):
        e["subscriberid"] = e["simserial"] = ""  # Collect 1.30+ no longer reads them
VERSION = "vHcX3Xu5kM9vTTfHF9gM7t" if not PILOT else "aQ7nB2wLxeP9rGkT3mZ5yd"
START = datetime.datetime(2024, 3, 4, 7, 30) if not PILOT else datetime.datetime(2024, 2, 19, 8, 0)
EAT = datetime.timezone(datetime.timedelta(hours=3))

def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % R.randint(0, 999) + "+03:00"

main, roster = [], []
sub_id = 229871403 if not PILOT else 219004511
for h in range(N):
    en = ENUMS[h % len(ENUMS)] if R.random() < 0.8 else R.choice(ENUMS)
    dist = R.choice(list(GEO)); sc, vills = R.choice(GEO[dist]); vill = R.choice(vills)
    day = START + datetime.timedelta(days=(h * (20 if not PILOT else 3)) // N, hours=R.randint(0, 8), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
    dur = datetime.timedelta(minutes=R.randint(22, 95), seconds=R.randint(0, 59))
    subm = day + dur + datetime.timedelta(hours=R.choice([0, 0, 1, 5, 26, 50]), minutes=R.randint(1, 59))
    lat0, lon0, alt0 = CENTRE[dist]
    lat, lon = lat0 + R.uniform(-0.12, 0.12), lon0 + R.uniform(-0.12, 0.12)
    alt, acc = alt0 + R.uniform(-40, 40), R.choice([3.9, 4.2, 4.8, 5.0, 6.1, 8.0, 12.5, 16.0, 3.0])
    consent = "yes" if R.random() < 0.97 else "no"
    rsex = R.choice([1, 2, 2]); rg = R.choice(GIVEN_M if rsex == 1 else GIVEN_F); fam = R.choice(FAMILY)
    rage = R.randint(18, 80) if R.random() < 0.97 else R.randint(90, 97)
    head = R.random() < 0.6
    hname = "" if head else R.choice(GIVEN_M) + " " + fam
    status = R.choice(["refugee", "refugee", "host"])
    size = min(R.choice([1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8]), 8)
    water = R.choice(list(WATER)); liv = R.choice(LIVELIHOOD); fac = R.choice(FACILITY)
    shocks = [s for s in SHOCKS if R.random() < 0.25]
    fcs = R.randint(14, 92); inc = R.choice([0, 0, 20000, 35000, 50000, 75000, 100000, 150000, 250000, 400000])
    iid = str(uuid.UUID(int=R.getrandbits(128), version=4))
    photo = "%d.jpg" % int((day + dur).timestamp() * 1000 - R.randint(60000, 900000))
    note = ""
    if R.random() < 0.08:
        note = R.choice(["Respondent's husband %s %s refused the income section, call back on %s" % (R.choice(GIVEN_M), fam, phone_ug()),
                         "HH head %s away in %s, interviewed spouse" % (rg + " " + fam, R.choice(["Gulu", "Kampala", "Juba"])),
                         "GPS weak near %s, recorded at the borehole" % vill,
                         "Neighbour %s %s translated (Kakwa)" % (R.choice(GIVEN_F), R.choice(FAMILY))])
    if consent == "no":
        rec = dict(hh=None)
    nid = nin(rsex, day.year - rage) if R.random() < 0.7 and consent == "yes" else ""
    row = {"start": iso_ms(day), "end": iso_ms(day + dur), "today": day.strftime("%Y-%m-%d"), "deviceid": en["deviceid"],
           "subscriberid": en["subscriberid"], "simserial": en["simserial"], "phonenumber": en["phone"], "username": en["user"],
           "enum": en, "consent": consent, "dist": dist, "sc": sc, "vill": vill, "status": status,
           "gps": "%.7f %.7f %.1f %.1f" % (lat, lon, alt, acc), "lat": "%.7f" % lat, "lon": "%.7f" % lon, "alt": "%.1f" % alt, "acc": "%.1f" % acc,
           "rname": rg + " " + fam, "rsex": rsex, "rage": rage, "rphone": phone_ug() if R.random() < 0.75 else "",
           "head": "yes" if head else "no", "hname": hname, "nin": nid, "size": size, "water": water, "liv": liv,
           "fac": fac, "shocks": shocks, "fcs": fcs, "inc": inc, "note": note, "photo": photo, "iid": iid,
           "deprec": ("uuid:" + str(uuid.UUID(int=R.getrandbits(128), version=4))) if R.random() < 0.02 else "",
           "id": sub_id, "uuid": iid, "subm": subm.strftime("%Y-%m-%dT%H:%M:%S"),
           "val": R.choice(["validation_status_approved", "validation_status_approved", "", "validation_status_on_hold"]),
           "index": h + 1}
    sub_id += R.randint(1, 40)
    if consent == "no":
        for k in ("rname", "rphone", "hname", "nin", "note"):
            row[k] = ""
        row["size"] = row["water"] = row["liv"] = row["fac"] = row["fcs"] = row["inc"] = ""
        row["shocks"] = []; row["head"] = row["rsex"] = row["rage"] = ""; row["photo"] = ""
    main.append(row)
    if consent == "no":
        continue
    for m in range(size):
        if m == 0 and head:
            sx, g, age, rel = rsex, rg, rage, 1
        elif m == 0:
            sx, g, age, rel = 1, hname.split()[0], R.randint(20, 85) if R.random() < 0.97 else R.randint(90, 99), 1
        else:
            sx = R.choice([1, 2]); g = R.choice(GIVEN_M if sx == 1 else GIVEN_F)
            rel = R.choice([2, 3, 3, 3, 3, 4, 5, 6, 7]) if m == 1 else R.choice([3, 3, 3, 4, 4, 6, 7])
            age = {2: R.randint(18, 70), 3: R.randint(0, 30), 4: R.randint(0, 12), 5: R.randint(55, 96), 6: R.randint(0, 60), 7: R.randint(5, 40)}[rel]
        school = "" if age < 6 or age > 24 else R.choice(["yes", "yes", "no"])
        roster.append({"name": g, "sex": sx, "age": age, "rel": rel, "school": school,
                       "see": R.choice([1, 1, 1, 1, 2, 2, 3, 4]) if age >= 5 else "", "walk": R.choice([1, 1, 1, 1, 1, 2, 3]) if age >= 5 else "",
                       "pos": m + 1, "parent": row})
ENCODED = {}
def v(x, field):
    """Codes in the XML export, labels in the labels export."""
    if not PILOT or x == "":
        return x
    if field == "sex": return SEX[x]
    if field == "yn": return {"yes": "Yes", "no": "No"}[x]
    if field == "water": return WATER[x]
    if field == "rel": return REL[x]
    if field == "wg": return WG[x]
    if field == "dist": return x.replace("_", " ").title()
    if field == "status": return STAT[x]
    return x
if not PILOT:
    MH = ["start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
          "group_intro/enumerator", "group_intro/consent", "group_location/district", "group_location/subcounty",
          "group_location/village", "group_location/pop_group", "gps", "_gps_latitude", "_gps_longitude", "_gps_altitude", "_gps_precision",
          "group_respondent/respondent_name", "group_respondent/respondent_sex", "group_respondent/respondent_age",
          "group_respondent/respondent_phone", "group_respondent/is_hh_head", "group_respondent/hh_head_name",
          "group_respondent/national_id", "group_hh/hh_size", "hh_roster_count", "group_hh/water_source",
          "group_hh/main_livelihood", "group_hh/nearest_facility", "group_hh/shocks"] + \
         ["group_hh/shocks/" + s for s in SHOCKS] + \
         ["group_hh/fcs", "group_hh/income_ugx", "group_end/photo_house", "group_end/photo_house_URL", "group_end/enum_comments",
          "meta/instanceID", "meta/deprecatedID", "_id", "_uuid", "_submission_time", "_validation_status", "_notes",
          "_status", "_submitted_by", "__version__", "_tags", "_index"]
    RH = ["hh_roster/member_name", "hh_roster/member_sex", "hh_roster/member_age", "hh_roster/member_relation",
          "hh_roster/member_school", "hh_roster/wg_seeing", "hh_roster/wg_walking", "hh_roster/member_pos",
          "_index", "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
          "_submission__submission_time", "_submission__validation_status", "_submission__notes", "_submission__status",
          "_submission__submitted_by", "__version__", "_submission__tags"]
else:
    MH = ["start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
          "Enumerator name", "Does the respondent agree to be interviewed?", "District", "Sub-county", "Village name",
          "Population group", "Record GPS location", "_Record GPS location_latitude", "_Record GPS location_longitude",
          "_Record GPS location_altitude", "_Record GPS location_precision", "Name of the respondent", "Sex of respondent",
          "Age of respondent (years)", "Respondent phone number", "Is the respondent the household head?",
          "Name of household head", "National ID number (NIN)", "How many people live in this household?",
          "hh_roster_count", "Main source of drinking water", "Main livelihood", "Nearest health facility",
          "Shocks in the last 6 months"] + ["Shocks in the last 6 months/" + s.replace("_", " ").capitalize() for s in SHOCKS] + \
         ["Food consumption score", "Household income last month (UGX)", "Photo of the dwelling", "Photo of the dwelling_URL",
          "Enumerator comments", "instanceID", "deprecatedID", "_id", "_uuid", "_submission_time", "_validation_status",
          "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
    RH = ["Member's first name", "Sex", "Age (years)", "Relationship to household head", "Currently attending school?",
          "Difficulty seeing, even with glasses?", "Difficulty walking or climbing steps?", "member_pos",
          "_index", "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid",
          "_submission__submission_time", "_submission__validation_status", "_submission__notes", "_submission__status",
          "_submission__submitted_by", "__version__", "_submission__tags"]
MEDIA = "https://kc.kobotoolbox.org/media/original?media_file=reach_uga%2Fattachments%2F"
mrows = []
for r in main:
    en = r["enum"]
    shocks_cols = [("1" if s in r["shocks"] else "0") if r["consent"] == "yes" else "" for s in SHOCKS]
    if PILOT:
        shocks_cols = [("True" if c == "1" else "False") if c else "" for c in shocks_cols]
        sh = " ".join(s.replace("_", " ").capitalize() for s in r["shocks"])
    else:
        sh = " ".join(r["shocks"])
    mrows.append([r["start"], r["end"], r["today"], r["deviceid"], r["subscriberid"], r["simserial"], r["phonenumber"], r["username"],
                  en["label"] if PILOT else en["code"], v(r["consent"], "yn"), v(r["dist"], "dist"), v(r["sc"], "dist"), r["vill"],
                  v(r["status"], "status"), r["gps"], r["lat"], r["lon"], r["alt"], r["acc"], r["rname"], v(r["rsex"], "sex"),
                  r["rage"], r["rphone"], v(r["head"], "yn"), r["hname"], r["nin"], r["size"], r["size"] if r["size"] != "" else "",
                  v(r["water"], "water"), r["liv"], r["fac"], sh] + shocks_cols +
                 [r["fcs"], r["inc"], r["photo"], (MEDIA + r["uuid"] + "%2F" + r["photo"]) if r["photo"] else "", r["note"],
                  "uuid:" + r["iid"], r["deprec"], r["id"], r["uuid"], r["subm"], r["val"], "", "submitted_via_web",
                  en["user"], VERSION, "", r["index"]])
rrows = []
for i, m in enumerate(roster):
    p = m["parent"]
    rrows.append([m["name"], v(m["sex"], "sex"), m["age"], v(m["rel"], "rel"), v(m["school"], "yn"), v(m["see"], "wg"),
                  v(m["walk"], "wg"), m["pos"], i + 1, FORM, p["index"], p["id"], p["uuid"], p["subm"], p["val"], "",
                  "submitted_via_web", p["enum"]["user"], VERSION, ""])
def write(name, head, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write(FORM, MH, mrows); write("hh_roster", RH, rrows)
LAB = ["DATE", "DATE", "DATE", "DEVICE_IDENTIFIER", "DEVICE_IDENTIFIER", "DEVICE_IDENTIFIER", "TELEPHONE_NUMBER",
       "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "COUNTY", "GEOGRAPHIC_SUBDIVISION", "CITY", "NON_IDENTIFYING",
       "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING",
       "AGE", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NAME", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"] + ["NON_IDENTIFYING"] * len(SHOCKS) + \
      ["NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "URL", "FREE_TEXT", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
       "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"]
RLAB = ["GIVEN_NAME", "NON_IDENTIFYING", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
        "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
        "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
        "NON_IDENTIFYING", "NON_IDENTIFYING"]
assert len(LAB) == len(MH) and len(RLAB) == len(RH)
cols = {FORM + "." + h: l for h, l in zip(MH, LAB)}
cols.update({"hh_roster." + h: l for h, l in zip(RH, RLAB)})
desc = ("Invented KoboToolbox submissions export (breaker52) of a multi-sector household survey in refugee-hosting "
        "districts of northern Uganda, ',', two sheets as CSV: %d submissions (%s) and the repeat group hh_roster, %d "
        "members, joined by _index/_parent_index and _submission__id/_submission__uuid. Collect metadata: start/end ISO "
        "with ms and +03:00, today, deviceid (IMEI with Luhn digit or collect:16 chars; one phone per enumerator, so "
        "repeated over ~40 households: DEVICE_IDENTIFIER), subscriberid IMSI 641.., simserial ICCID 89256.. (DEVICE_IDENTIFIER), "
        "phonenumber of the enumerator's SIM (mostly empty), username / _submitted_by Kobo accounts of enumerators "
        "(OTHER_UNIQUE_IDENTIFIER), enumerator select_one (NAME: staff). district COUNTY, sub-county GEOGRAPHIC_SUBDIVISION, "
        "village CITY; gps 'lat lon alt acc' and _gps_latitude/_gps_longitude GEOCOORDINATE, altitude QUASI, precision "
        "NON_IDENTIFYING; respondent and household head names NAME, ages AGE (some 90-99), phones, Ugandan NIN (NATIONAL_ID); "
        "photo file names are Collect's millisecond timestamps (DATE), their _URL (URL); enumerator comments naming "
        "relatives and phones (FREE_TEXT); roster first names GIVEN_NAME. Coincidences: family name Lamwo beside district "
        "lamwo, given name Mary beside the facility 'St. Mary's Hospital Lacor', family and given name Okello/Wani in both lists. "
        % (len(main), "pilot of an earlier form version, Labels export: question labels as headers, answers as labels" if PILOT
           else "XML values and headers export: group paths, select_one codes, select_multiple split into 0/1 columns", len(roster)))
gold = {"dataset": SET, "description": desc, "delimiter": ",", "entity": FORM, "columns": cols,
        "foreignKeys": [{"column": "hh_roster._parent_index", "references": FORM + "._index"},
                        {"column": "hh_roster._submission__id", "references": FORM + "._id"},
                        {"column": "hh_roster._submission__uuid", "references": FORM + "._uuid"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes commcare-cases: an invented CommCare HQ export of a community health worker (CHW) app in western Kenya
(seeded, Python 3 stdlib only): the mobile-worker bulk download (mobile_workers.csv, 16 rows), two case exports
(household_cases.csv, person_cases.csv with `indices.parent` pointing at the household case) and a form export of the
ANC/PNC home visit form (form_home_visit.csv, `form.case.@case_id` pointing at the person case). Headers as CommCare
writes them: caseid, case_name, owner_id, owner_name, opened_on, opened_by_username, last_modified_date,
last_modified_by_user_username, closed, closed_on, closed_by_username, external_id, indices.parent, then case
properties; form exports with form.meta.* paths, completed_time, started_time, received_on, username and form_link.
Run: python3 generate.py (in its folder)."""
import csv, json, os, random, datetime, uuid
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5254)
DOMAIN = "chv-kisumu"
GIVEN_M = ["Otieno", "Odhiambo", "Ochieng", "Onyango", "Omondi", "Juma", "Kevin", "Brian", "Dennis", "George", "Peter",
           "Collins", "Evans", "Wycliffe"]
GIVEN_F = ["Achieng", "Akinyi", "Atieno", "Adhiambo", "Awino", "Anyango", "Mary", "Faith", "Mercy", "Beatrice", "Lilian",
           "Caroline", "Pamela", "Everlyne", "Winnie"]
FAMILY = ["Otieno", "Odhiambo", "Ochieng", "Onyango", "Omondi", "Owino", "Okoth", "Ouma", "Wanga", "Nyamweya", "Oduor",
          "Awuor", "Adongo", "Were", "Opiyo", "Akoth"]
VILLAGES = {"Kolwa East": ["Nyalunya", "Kanyakwar", "Buoye"], "Kolwa Central": ["Kogony", "Chiga", "Kadero"],
            "Kajulu": ["Kanyamedha", "Okok", "Kadero"], "Manyatta B": ["Obunga", "Kanyakwar B", "Nyalenda"],
            "Kanyakwar": ["Otieno Oyoo", "Kanyakwar", "Bar Olengo"]}
FACILITIES = ["Lumumba Sub-County Hospital", "JOOTRH", "Kisumu County Referral Hospital", "St. Mary's Mission Hospital",
              "Nyalunya Health Centre", "Chulaimbo Sub-County Hospital", "Kogony Dispensary"]
def hex32():
    return "%032x" % R.getrandbits(128)
def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))
def phone():
    n = R.choice(["712", "722", "723", "733", "701", "740", "757", "790", "110"]) + "%06d" % R.randint(0, 999999)
    f = R.random()
    return ("0" + n) if f < 0.45 else ("254" + n) if f < 0.8 else ("+254 " + n[:3] + " " + n[3:])
def ts(t, z=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % R.randint(0, 999999) + ("Z" if z else "")
# mobile workers: bulk download columns
users = []
for i in range(16):
    sex = R.choice("MF"); g = R.choice(GIVEN_F if sex == "F" else GIVEN_M); f = R.choice(FAMILY)
    uname = R.choice([(g + "." + f).lower(), (g[0] + f).lower(), "chv%02d" % (i + 1)])
    while uname in [u["username"] for u in users]:
        uname += str(i)
    sub = list(VILLAGES)[i % len(VILLAGES)]
    users.append({"username": uname, "name": g + " " + f, "phone": phone(), "email": (uname.replace(".", "") + "@gmail.com") if R.random() < 0.4 else "",
                  "user_id": hex32(), "role": R.choice(["CHV", "CHV", "CHV", "CHA supervisor"]) if i else "CHA supervisor",
                  "imei": "".join(R.choice("0123456789") for _ in range(15)) if R.random() < 0.5 else "",
                  "sub": sub, "deviceID": "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(25)),
                  "active": "True" if R.random() < 0.9 else "False"})
chv = [u for u in users if u["role"] == "CHV"]
start = datetime.datetime(2023, 6, 1, 8, 0)
households, persons, forms = [], [], []
for h in range(240):
    u = R.choice(chv); sub = u["sub"]; vill = R.choice(VILLAGES[sub])
    fam = R.choice(FAMILY); head = R.choice(GIVEN_M) + " " + fam
    opened = start + datetime.timedelta(days=R.randint(0, 300), hours=R.randint(0, 9), minutes=R.randint(0, 59))
    mod = opened + datetime.timedelta(days=R.randint(0, 200), minutes=R.randint(0, 600))
    closed = R.random() < 0.05
    hh = {"caseid": uuid4(), "case_name": head + " HH", "owner_id": u["user_id"], "owner_name": u["username"],
          "opened_on": ts(opened), "opened_by_username": u["username"], "last_modified_date": ts(mod),
          "last_modified_by_user_username": u["username"] if R.random() < 0.9 else R.choice(users)["username"],
          "closed": "True" if closed else "False", "closed_on": ts(mod) if closed else "",
          "closed_by_username": u["username"] if closed else "", "external_id": "", "hh_number": "%s-%04d" % (sub[:3].upper(), h + 1),
          "head_of_household": head, "village": vill, "sub_location": sub, "ward": "Kolwa" if sub.startswith("Kolwa") else sub,
          "gps": "%.6f %.6f %.1f %.1f" % (-0.06 + R.uniform(-0.05, 0.05), 34.78 + R.uniform(-0.06, 0.06), 1140 + R.uniform(-30, 30), R.choice([4.0, 6.5, 9.0, 16.0])),
          "hh_phone": phone() if R.random() < 0.7 else "", "num_members": 0,
          "water_treatment": R.choice(["boiling", "chlorine", "none", "filter", "none"]), "has_latrine": R.choice(["yes", "yes", "no"]),
          "_u": u, "_fam": fam, "_opened": opened}
    households.append(hh)
    for m in range(R.choice([1, 1, 2, 2, 2, 3, 3, 4])):
        sex = "female" if m == 0 or R.random() < 0.5 else "male"
        g = R.choice(GIVEN_F if sex == "female" else GIVEN_M)
        age = R.randint(15, 45) if m == 0 else R.randint(0, 17) if R.random() < 0.8 else R.choice([R.randint(50, 89), R.randint(90, 97)])
        popen = opened + datetime.timedelta(days=R.randint(0, 30), minutes=R.randint(0, 300))
        dob = (popen - datetime.timedelta(days=int(age * 365.25) + R.randint(0, 364))).date()
        preg = m == 0 and R.random() < 0.45
        lmp = (popen - datetime.timedelta(days=R.randint(40, 200))).date() if preg else None
        pmod = popen + datetime.timedelta(days=R.randint(0, 250))
        pclosed = R.random() < 0.08
        p = {"caseid": uuid4(), "case_name": g + " " + fam, "owner_id": u["user_id"], "owner_name": u["username"],
             "opened_on": ts(popen), "opened_by_username": u["username"], "last_modified_date": ts(pmod),
             "last_modified_by_user_username": u["username"], "closed": "True" if pclosed else "False",
             "closed_on": ts(pmod) if pclosed else "", "closed_by_username": u["username"] if pclosed else "",
             "external_id": ("%d" % R.randint(20000000, 39999999)) if age >= 18 and R.random() < 0.6 else "",
             "indices.parent": hh["caseid"], "dob": dob.isoformat(), "age_years": str(age), "sex": sex,
             "phone_number": phone() if age >= 15 and R.random() < 0.6 else "",
             "relationship_to_head": "spouse" if m == 0 else R.choice(["child", "child", "grandchild", "parent", "other"]),
             "is_pregnant": "yes" if preg else "no", "lmp": lmp.isoformat() if lmp else "",
             "edd": (lmp + datetime.timedelta(days=280)).isoformat() if lmp else "",
             "anc_visits": "", "hiv_status": R.choice(["negative", "negative", "unknown", "positive", ""]) if age >= 15 else "",
             "village": vill, "close_reason": R.choice(["moved", "died", "duplicate", "lost_to_follow_up"]) if pclosed else "",
             "_u": u, "_popen": popen, "_preg": preg}
        persons.append(p)
    hh["num_members"] = str(sum(1 for p in persons if p["indices.parent"] == hh["caseid"]))
num = 0
for p in persons:
    n = (R.randint(2, 5) if p["_preg"] else R.choice([0, 0, 1, 1, 2]))
    p["anc_visits"] = str(n) if p["_preg"] else ""
    for k in range(n):
        u = p["_u"] if R.random() < 0.9 else R.choice(chv)
        tstart = p["_popen"] + datetime.timedelta(days=30 * k + R.randint(0, 20), hours=R.randint(0, 6), minutes=R.randint(0, 59))
        tend = tstart + datetime.timedelta(minutes=R.randint(6, 40), seconds=R.randint(0, 59))
        recv = tend + datetime.timedelta(minutes=R.choice([1, 3, 10, 90, 600, 2000]))
        iid = uuid4(); num += 1
        danger = " ".join(s for s in ["bleeding", "severe_headache", "fever", "swelling", "reduced_fetal_movement"] if R.random() < 0.07)
        referred = "yes" if danger or R.random() < 0.05 else "no"
        note = ""
        if R.random() < 0.12:
            note = R.choice(["Husband %s %s not supportive, spoke to mother-in-law" % (R.choice(GIVEN_M), p["case_name"].split()[-1]),
                             "Client travelled to Siaya, sister %s %s says back next week %s" % (R.choice(GIVEN_F), p["case_name"].split()[-1], phone()),
                             "Escorted %s to %s" % (p["case_name"], R.choice(FACILITIES)),
                             "Counselled on birth plan", "Mosquito net seen hanging", "Client not at home"])
        forms.append([num, iid, p["caseid"], p["case_name"] if R.random() < 0.9 else "", tstart.strftime("%Y-%m-%d"),
                      R.choice(["anc", "anc", "pnc", "child_followup"]) if p["_preg"] else R.choice(["pnc", "child_followup"]),
                      danger, referred, R.choice(FACILITIES) if referred == "yes" else "",
                      "%.1f" % R.uniform(11.0, 16.5) if p["age_years"] in [str(a) for a in range(0, 6)] else "",
                      note, ts(tstart, False)[:23] + "+03:00", ts(tend, False)[:23] + "+03:00", u["username"], u["user_id"],
                      iid, u["deviceID"] if R.random() < 0.95 else R.choice(users)["deviceID"],
                      "CommCare Android, version \"2.%d.%d\"(4%d). App v%d. CommCare Version 2.%d. Build 4%d, built on: 2023-0%d-1%d" % (
                          R.choice([53, 54]), R.randint(0, 2), R.randint(10000, 99999), R.randint(40, 61), R.choice([53, 54]), R.randint(10000, 99999), R.randint(1, 9), R.randint(0, 9)),
                      "%.6f %.6f %.1f %.1f" % (-0.06 + R.uniform(-0.05, 0.05), 34.78 + R.uniform(-0.06, 0.06), 1140 + R.uniform(-30, 30), R.choice([4.0, 6.5, 9.0, 16.0])) if R.random() < 0.7 else "",
                      ts(tend) , ts(tstart), recv.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), u["username"],
                      "https://www.commcarehq.org/a/%s/reports/form_data/%s/" % (DOMAIN, iid)])
def write(name, head, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
UH = ["username", "password", "name", "phone-number", "email", "language", "role", "user_id", "is_active",
      "User IMEIs (read only)", "location_code"]
UL = ["OTHER_UNIQUE_IDENTIFIER", "CREDENTIAL", "NAME", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "NON_IDENTIFYING"]
write("mobile_workers", UH, [[u["username"], "********", u["name"], u["phone"], u["email"], R.choice(["en", "en", "sw"]),
                              u["role"], u["user_id"], u["active"], u["imei"], u["sub"].lower().replace(" ", "_")] for u in users])
HCOMMON = ["number", "caseid", "case_name", "owner_id", "owner_name", "opened_on", "opened_by_username", "last_modified_date",
           "last_modified_by_user_username", "closed", "closed_on", "closed_by_username", "external_id"]
LCOMMON = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
           "DATE", "OTHER_UNIQUE_IDENTIFIER", "DATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER"]
HH = HCOMMON + ["hh_number", "head_of_household", "village", "sub_location", "ward", "gps", "hh_phone", "num_members",
                "water_treatment", "has_latrine"]
HL = LCOMMON + ["NATIONAL_ID", "OTHER_UNIQUE_IDENTIFIER", "NAME", "CITY", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION",
                "GEOCOORDINATE", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
write("household_cases", HH, [[i + 1] + [h[k] for k in HH[1:]] for i, h in enumerate(households)])
PH = HCOMMON + ["indices.parent", "dob", "age_years", "sex", "phone_number", "relationship_to_head", "is_pregnant", "lmp",
                "edd", "anc_visits", "hiv_status", "village", "close_reason"]
PL = LCOMMON + ["NATIONAL_ID", "OTHER_UNIQUE_IDENTIFIER", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "TELEPHONE_NUMBER",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING"]
write("person_cases", PH, [[i + 1] + [p[k] for k in PH[1:]] for i, p in enumerate(persons)])
FH = ["number", "formid", "form.case.@case_id", "form.client_name", "form.visit_date", "form.visit_type", "form.danger_signs",
      "form.referred", "form.referral_facility", "form.muac_cm", "form.chv_notes", "form.meta.timeStart", "form.meta.timeEnd",
      "form.meta.username", "form.meta.userID", "form.meta.instanceID", "form.meta.deviceID", "form.meta.appVersion",
      "form.meta.location", "completed_time", "started_time", "received_on", "username", "form_link"]
FL = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "DATE", "DATE",
      "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DEVICE_IDENTIFIER", "NON_IDENTIFYING",
      "GEOCOORDINATE", "DATE", "DATE", "DATE", "OTHER_UNIQUE_IDENTIFIER", "URL"]
forms.sort(key=lambda r: r[11])
for i, r in enumerate(forms):
    r[0] = i + 1
write("form_home_visit", FH, forms)
cols = {}
for t, hs, ls in (("mobile_workers", UH, UL), ("household_cases", HH, HL), ("person_cases", PH, PL), ("form_home_visit", FH, FL)):
    assert len(hs) == len(ls), t
    cols.update({t + "." + h: l for h, l in zip(hs, ls)})
desc = ("Invented CommCare HQ export (breaker52) of a CHW (community health volunteer) app in Kisumu, Kenya, ',': "
        "mobile_workers %d (bulk user download: username OTHER_UNIQUE_IDENTIFIER, masked password '********' CREDENTIAL, "
        "name, phone, email, 32-hex user_id, IMEIs, location_code), household_cases %d and person_cases %d (case exports: "
        "36-char caseid, case_name NAME ('Otieno Owino HH' for households), owner_id/owner_name = the CHV's user id and "
        "login, opened_on/last_modified_date ISO with microseconds and Z, closed True/False, external_id = Kenyan ID "
        "number 8 digits on adults (NATIONAL_ID), indices.parent -> household caseid, dob, age_years incl. 90-97, phone "
        "in three formats, lmp/edd, village CITY, sub_location/ward GEOGRAPHIC_SUBDIVISION, gps 'lat lon alt acc'), "
        "form_home_visit %d (form export: form.case.@case_id, form.client_name, CHV notes naming husbands, sisters and "
        "phones (FREE_TEXT), form.meta.* with userID, instanceID, 25-char deviceID, appVersion string, location, "
        "received_on, username, form_link URL). Coincidences: village 'Otieno Oyoo' beside the name Otieno, given name "
        "Mary beside 'St. Mary's Mission Hospital', sub-location Kanyakwar also a village." % (len(users), len(households), len(persons), len(forms)))
gold = {"dataset": "commcare-cases", "description": desc, "delimiter": ",", "entity": "person_cases", "columns": cols,
        "foreignKeys": [{"column": "person_cases.indices.parent", "references": "household_cases.caseid"},
                        {"column": "form_home_visit.form.case.@case_id", "references": "person_cases.caseid"},
                        {"column": "household_cases.owner_id", "references": "mobile_workers.user_id"},
                        {"column": "person_cases.owner_id", "references": "mobile_workers.user_id"},
                        {"column": "form_home_visit.form.meta.userID", "references": "mobile_workers.user_id"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

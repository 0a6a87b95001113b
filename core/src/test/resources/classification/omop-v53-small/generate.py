#!/usr/bin/env python3
"""Writes omop-v53-small: an invented OMOP CDM 5.3 export (field lists of OMOP_CDMv5.3_Field_Level.csv, not 5.4:
visit_occurrence has admitting_source_* / discharge_to_*, note has no note_event_id, location no lat/long) of a small
Nebraska clinic network. 16 persons (person_source_value = MRN 'E' + 7 digits), locations with address_1/city/zip/
county, 4 care sites, 8 providers with NPI (Luhn, prefix 80840) and DEA (check digit), visits, conditions, drugs,
measurements (value_source_value raw), observations (value_as_string free text naming relatives, phones, e-mails),
notes naming people, 2 deaths. Seeded, Python 3 stdlib only."""
import csv, json, random, datetime, os
rnd = random.Random(53053)
OUT = os.path.dirname(os.path.abspath(__file__))

def npi():
    while True:
        base = "1" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        digits = [int(c) for c in "80840" + base]
        s = 0
        for i, d in enumerate(reversed(digits)):
            if i % 2 == 0:
                d *= 2
                if d > 9: d -= 9
            s += d
        return base + str((10 - s % 10) % 10)

def dea(last):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rnd.choice("ABFM") + last[0].upper() + "".join(map(str, d)) + str(c)

GIVEN_M = ["James", "Robert", "Michael", "David", "Kearney", "Tyler", "Brandon", "Dale", "Gary", "Lincoln"]
GIVEN_F = ["Mary", "Linda", "Barbara", "Jennifer", "Ashley", "Brittany", "Megan", "Darlene", "Norma", "Columbus"]
FAMILY = ["Schroeder", "Kowalski", "Hansen", "Novak", "Jorgensen", "Meyer", "Lincoln", "Fremont", "Svoboda", "Petersen",
          "Dvorak", "Beatrice", "Nguyen", "Hernandez", "Olson"]
TOWNS = [("Omaha", "Douglas County", ["68104", "68105", "68107", "68131", "68134"]),
         ("Lincoln", "Lancaster County", ["68502", "68503", "68506", "68510", "68521"]),
         ("Grand Island", "Hall County", ["68801", "68803"]), ("Kearney", "Buffalo County", ["68845", "68847"]),
         ("Fremont", "Dodge County", ["68025"]), ("Beatrice", "Gage County", ["68310"]),
         ("Columbus", "Platte County", ["68601"]), ("Norfolk", "Madison County", ["68701"])]
STREETS = ["N 52nd St", "Dodge St", "Pioneers Blvd", "W Capitol Ave", "S 27th St", "Leavenworth St", "Holdrege St",
           "E Highway 30", "Blondo St", "Cornhusker Hwy", "W 11th St", "Old Cheney Rd"]

def addr():
    return "%d %s" % (rnd.randint(100, 9899), rnd.choice(STREETS))

def ts(d, h=None):
    return "%s %02d:%02d:00" % (d.isoformat(), rnd.randint(7, 18) if h is None else h, rnd.choice([0, 15, 30, 45]))

locations, care_sites, providers, persons = [], [], [], []
# care sites and their locations
CS = [("Lincoln Family Clinic", 8940, "Lincoln", "OFF"), ("Methodist Omaha Outpatient", 9202, "Omaha", "OP"),
      ("St. Francis Medical Center", 8717, "Grand Island", "IP"), ("Kearney Regional ED", 9203, "Kearney", "ER")]
lid = 0
for i, (name, pos, town, src) in enumerate(CS):
    lid += 1
    t = next(x for x in TOWNS if x[0] == town)
    a = addr()
    z = rnd.choice(t[2])
    locations.append([lid, a, "", town, "NE", z, t[1], "%s|%s|NE|%s" % (a, town, z)])
    care_sites.append([100 + i, name, pos, lid, "CS%03d" % (i + 11), src])
SPEC = [(38004446, "Family Practice"), (38004456, "Internal Medicine"), (38004455, "Emergency Medicine"),
        (38004451, "Cardiology"), (38004458, "Nurse Practitioner"), (38004446, "Family Practice"),
        (38004456, "Internal Medicine"), (38004507, "Physician Assistant")]
PROV_G = ["Keith", "Sandra", "Rajesh", "Emily", "Tomas", "Angela", "Wei", "Patricia"]
PROV_F = ["Kearney", "Ostrowski", "Patel", "Lindqvist", "Ruiz", "Schroeder", "Zhang", "O'Neill"]
for i in range(8):
    g, f = PROV_G[i], PROV_F[i]
    male = g in ("Keith", "Rajesh", "Tomas", "Wei")
    sp = SPEC[i]
    providers.append([2000 + i, "%s %s" % (g, f) + (", MD" if i < 4 else ", APRN" if i == 4 else ", DO" if i < 7 else ", PA-C"),
                      npi(), dea(f) if i != 7 else "", sp[0], care_sites[i % 4][0], rnd.randint(1958, 1990),
                      8507 if male else 8532, "PRV%04d" % rnd.randint(1000, 9999), sp[1], 0, "M" if male else "F", 0])
RACE = [(8527, "White", 38003564, "Not Hispanic"), (8527, "White", 38003563, "Hispanic"), (8516, "Black", 38003564, "Not Hispanic"),
        (8515, "Asian", 38003564, "Not Hispanic"), (8527, "White", 38003564, "Not Hispanic"), (8657, "American Indian", 38003564, "Not Hispanic")]
for p in range(16):
    male = rnd.random() < 0.5
    t = rnd.choice(TOWNS)
    lid += 1
    a = addr()
    z = rnd.choice(t[2])
    locations.append([lid, a, rnd.choice(["", "", "", "Apt %d" % rnd.randint(1, 40), "Unit %s" % rnd.choice("ABCD")]), t[0], "NE", z, t[1],
                      "%s|%s|NE|%s" % (a, t[0], z)])
    bd = datetime.date(rnd.randint(1931, 2012), rnd.randint(1, 12), rnd.randint(1, 28))
    r = rnd.choice(RACE)
    g = rnd.choice(GIVEN_M if male else GIVEN_F)
    f = rnd.choice(FAMILY)
    persons.append(dict(id=p + 1, male=male, bd=bd, lid=lid, given=g, family=f, town=t[0],
                        prov=rnd.choice(providers[:5])[0], cs=rnd.choice(care_sites)[0],
                        mrn="E%07d" % rnd.randint(1000000, 9999999), race=r,
                        phone="(402) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))))
person_rows = [[p["id"], 8507 if p["male"] else 8532, p["bd"].year, p["bd"].month, p["bd"].day,
                "%s 00:00:00" % p["bd"].isoformat(), p["race"][0], p["race"][2], p["lid"], p["prov"], p["cs"], p["mrn"],
                "M" if p["male"] else "F", 0, p["race"][1], 0, p["race"][3], 0] for p in persons]
CONDS = [(201826, "44054006", "Type 2 diabetes mellitus"), (320128, "38341003", "Essential hypertension"),
         (255573, "13645005", "Chronic obstructive lung disease"), (4329847, "22298006", "Myocardial infarction"),
         (80180, "396275006", "Osteoarthritis"), (433736, "162864005", "Obesity"), (440383, "35489007", "Depressive disorder"),
         (257012, "444814009", "Viral sinusitis"), (317576, "53741008", "Coronary arteriosclerosis"), (432867, "55822004", "Hyperlipidemia")]
DRUGS = [(1503297, "860975", "metFORMIN 500 MG Oral Tablet", 30), (1308216, "314076", "lisinopril 10 MG Oral Tablet", 30),
         (1545958, "259255", "atorvastatin 40 MG Oral Tablet", 90), (1112807, "243670", "aspirin 81 MG Oral Tablet", 30),
         (1154343, "313782", "acetaminophen 325 MG Oral Tablet", 10), (1713332, "308182", "amoxicillin 500 MG Oral Capsule", 10),
         (19078461, "834061", "penicillin V potassium 250 MG Oral Tablet", 10), (40163924, "312961", "simvastatin 20 MG Oral Tablet", 90)]
MEAS = [(3004410, "4548-4", "Hemoglobin A1c", "%", 8554, 4.0, 5.6, lambda: round(rnd.uniform(5.0, 10.5), 1)),
        (3004249, "8480-6", "Systolic blood pressure", "mm[Hg]", 8876, 90, 120, lambda: rnd.randint(100, 178)),
        (3012888, "8462-4", "Diastolic blood pressure", "mm[Hg]", 8876, 60, 80, lambda: rnd.randint(58, 104)),
        (3025315, "29463-7", "Body weight", "kg", 9529, "", "", lambda: round(rnd.uniform(48, 130), 1)),
        (3038553, "39156-5", "BMI", "kg/m2", 9531, 18.5, 24.9, lambda: round(rnd.uniform(18, 42), 1)),
        (3027114, "2093-3", "Cholesterol total", "mg/dL", 8840, 0, 200, lambda: rnd.randint(130, 290)),
        (3020891, "8310-5", "Body temperature", "Cel", 586323, 36.1, 37.2, lambda: round(rnd.uniform(36.0, 38.9), 1)),
        (3013682, "2160-0", "Creatinine", "mg/dL", 8840, 0.6, 1.3, lambda: round(rnd.uniform(0.5, 2.4), 2))]
visits, conds, drugs, meas, obs, notes, deaths = [], [], [], [], [], [], []
vid, cid, did, mid, oid, nid = 900000, 0, 0, 0, 0, 0
RELS = ["daughter", "son", "wife", "husband", "neighbor", "sister"]
for p in persons:
    n = rnd.randint(4, 12)
    start = max(p["bd"] + datetime.timedelta(days=365 * 18), datetime.date(2012, 1, 1))
    days = sorted(rnd.sample(range(0, (datetime.date(2024, 6, 30) - start).days), n))
    prev = ""
    pconds = rnd.sample(CONDS, rnd.randint(1, 4))
    for k, dd in enumerate(days):
        d = start + datetime.timedelta(days=dd)
        vid += rnd.randint(1, 40)
        vc = rnd.choice([9202, 9202, 9202, 9203, 9201])
        cs = {9202: rnd.choice([100, 101]), 9203: 103, 9201: 102}[vc]
        prov = rnd.choice([x for x in providers if x[5] == cs] or providers)[0]
        end = d + datetime.timedelta(days=rnd.randint(1, 6) if vc == 9201 else 0)
        h = rnd.randint(7, 17)
        visits.append([vid, p["id"], vc, d.isoformat(), ts(d, h), end.isoformat(), ts(end, min(h + 1, 23)), 44818517, prov, cs,
                       "ENC%08d" % (vid * 7 + 13), 0, 8863 if vc == 9201 and rnd.random() < .5 else 0,
                       "Emergency Room" if vc == 9201 and rnd.random() < .5 else "", 8536 if vc == 9201 else 0,
                       "Home" if vc == 9201 else "", prev])
        prev = vid
        for c in rnd.sample(pconds, rnd.randint(0, len(pconds))):
            cid += 1
            conds.append([cid, p["id"], c[0], d.isoformat(), ts(d, h), "", "", 32020, 0, "", prov, vid, "", c[1], 0, ""])
        for _ in range(rnd.randint(0, 3)):
            dr = rnd.choice(DRUGS); did += 1
            e = d + datetime.timedelta(days=dr[3])
            drugs.append([did, p["id"], dr[0], d.isoformat(), ts(d, h), e.isoformat(), ts(e, 0), "", 38000177, "",
                          rnd.choice([0, 0, 1, 3, 5]), dr[3], dr[3], "", 4132161, "", prov, vid, "", dr[1], 0, "Oral", ""])
        for m in rnd.sample(MEAS, rnd.randint(3, 7)):
            mid += 1
            v = m[7]()
            meas.append([mid, p["id"], m[0], d.isoformat(), ts(d, h), "%02d:%02d" % (h, rnd.randint(0, 59)), 44818702, 4172703, v, 0,
                         m[4], m[5], m[6], prov, vid, "", m[1], 0, m[3], str(v)])
        if rnd.random() < 0.45:
            oid += 1
            rel = rnd.choice(RELS)
            who = "%s %s" % (rnd.choice(GIVEN_F + GIVEN_M), p["family"])
            txt = rnd.choice(["Lives alone; %s %s checks in daily" % (rel, who),
                              "Emergency contact: %s (%s) %s" % (who, rel, "(402) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))),
                              "Former smoker, quit %d" % rnd.randint(1980, 2020), "Never smoker",
                              "Works at Union Pacific yard in %s" % p["town"],
                              "Patient prefers contact at %s.%s@gmail.com" % (p["given"].lower(), p["family"].lower()),
                              "Caregiver %s, lives at %s" % (who, addr())])
            obs.append([oid, p["id"], rnd.choice([4058286, 4275495, 4052017]), d.isoformat(), ts(d, h), 38000280, "", txt, 0, 0, 0,
                        prov, vid, "", rnd.choice(["SOCIAL_HX", "CONTACT", "TOBACCO"]), 0, "", ""])
        if rnd.random() < 0.35:
            nid += 1
            pr = next(x for x in providers if x[0] == prov)
            who = "%s %s" % (p["given"], p["family"])
            txt = rnd.choice([
                "%s is a %d y.o. %s seen for follow-up of %s. Accompanied by %s %s %s. Plan discussed with Dr. %s." % (
                    who, d.year - p["bd"].year, "male" if p["male"] else "female", rnd.choice(pconds)[2].lower(),
                    rnd.choice(RELS), rnd.choice(GIVEN_F + GIVEN_M), p["family"], pr[1].split(",")[0].split()[-1]),
                "Pt %s (MRN %s) called from %s re: refill. Sent to pharmacy in %s." % (who, p["mrn"], p["phone"], p["town"]),
                "Discharge summary: %s, DOB %s, admitted %s. Home with %s." % (who, p["bd"].strftime("%m/%d/%Y"), d.isoformat(), rnd.choice(RELS)),
                "Vitals stable. Continue current meds. RTC 3 months."])
            notes.append([nid, p["id"], d.isoformat(), ts(d, h), 44814645, rnd.choice([3030023, 3000735]),
                          rnd.choice(["Progress note", "Telephone encounter", "Discharge summary"]), txt, 32678, 4180186, prov, vid, "",
                          rnd.choice(["Progress Note", "Phone Note", "Discharge Summary"])])
for p in rnd.sample(persons, 2):
    last = max(v[3] for v in visits if v[1] == p["id"])
    d = datetime.date.fromisoformat(last) + datetime.timedelta(days=rnd.randint(1, 40))
    c = rnd.choice(CONDS)
    deaths.append([p["id"], d.isoformat(), ts(d), 38003569, c[0], c[1], 0])
deaths.sort()
H = {
 "person": "person_id,gender_concept_id,year_of_birth,month_of_birth,day_of_birth,birth_datetime,race_concept_id,ethnicity_concept_id,location_id,provider_id,care_site_id,person_source_value,gender_source_value,gender_source_concept_id,race_source_value,race_source_concept_id,ethnicity_source_value,ethnicity_source_concept_id",
 "location": "location_id,address_1,address_2,city,state,zip,county,location_source_value",
 "care_site": "care_site_id,care_site_name,place_of_service_concept_id,location_id,care_site_source_value,place_of_service_source_value",
 "provider": "provider_id,provider_name,npi,dea,specialty_concept_id,care_site_id,year_of_birth,gender_concept_id,provider_source_value,specialty_source_value,specialty_source_concept_id,gender_source_value,gender_source_concept_id",
 "visit_occurrence": "visit_occurrence_id,person_id,visit_concept_id,visit_start_date,visit_start_datetime,visit_end_date,visit_end_datetime,visit_type_concept_id,provider_id,care_site_id,visit_source_value,visit_source_concept_id,admitting_source_concept_id,admitting_source_value,discharge_to_concept_id,discharge_to_source_value,preceding_visit_occurrence_id",
 "condition_occurrence": "condition_occurrence_id,person_id,condition_concept_id,condition_start_date,condition_start_datetime,condition_end_date,condition_end_datetime,condition_type_concept_id,condition_status_concept_id,stop_reason,provider_id,visit_occurrence_id,visit_detail_id,condition_source_value,condition_source_concept_id,condition_status_source_value",
 "drug_exposure": "drug_exposure_id,person_id,drug_concept_id,drug_exposure_start_date,drug_exposure_start_datetime,drug_exposure_end_date,drug_exposure_end_datetime,verbatim_end_date,drug_type_concept_id,stop_reason,refills,quantity,days_supply,sig,route_concept_id,lot_number,provider_id,visit_occurrence_id,visit_detail_id,drug_source_value,drug_source_concept_id,route_source_value,dose_unit_source_value",
 "measurement": "measurement_id,person_id,measurement_concept_id,measurement_date,measurement_datetime,measurement_time,measurement_type_concept_id,operator_concept_id,value_as_number,value_as_concept_id,unit_concept_id,range_low,range_high,provider_id,visit_occurrence_id,visit_detail_id,measurement_source_value,measurement_source_concept_id,unit_source_value,value_source_value",
 "observation": "observation_id,person_id,observation_concept_id,observation_date,observation_datetime,observation_type_concept_id,value_as_number,value_as_string,value_as_concept_id,qualifier_concept_id,unit_concept_id,provider_id,visit_occurrence_id,visit_detail_id,observation_source_value,observation_source_concept_id,unit_source_value,qualifier_source_value",
 "note": "note_id,person_id,note_date,note_datetime,note_type_concept_id,note_class_concept_id,note_title,note_text,encoding_concept_id,language_concept_id,provider_id,visit_occurrence_id,visit_detail_id,note_source_value",
 "death": "person_id,death_date,death_datetime,death_type_concept_id,cause_concept_id,cause_source_value,cause_source_concept_id"}
ROWS = {"person": person_rows, "location": locations, "care_site": care_sites, "provider": providers, "visit_occurrence": visits,
        "condition_occurrence": conds, "drug_exposure": drugs, "measurement": meas, "observation": obs, "note": notes, "death": deaths}
for t, rows in ROWS.items():
    with open(os.path.join(OUT, t + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(H[t].split(","))
        for r in rows:
            assert len(r) == len(H[t].split(",")), (t, r)
            w.writerow(r)
N, D, OUI, Q, DOB = "NON_IDENTIFYING", "DATE", "OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER", "DATE_OF_BIRTH"
L = {}
def lab(t, **kw):
    for c in H[t].split(","):
        if c in kw: L["%s.%s" % (t, c)] = kw[c]
        elif c.endswith("_date") or c.endswith("_datetime") or c.endswith("_time"): L["%s.%s" % (t, c)] = D
        elif c in ("person_id", "visit_occurrence_id", "visit_detail_id", "preceding_visit_occurrence_id", "location_id") or c == t + "_id": L["%s.%s" % (t, c)] = OUI
        elif c == "provider_id": L["%s.%s" % (t, c)] = Q
        else: L["%s.%s" % (t, c)] = N
lab("location", address_1="STREET_ADDRESS", address_2="STREET_ADDRESS", city="CITY", zip="ZIP_CODE", county="COUNTY", location_source_value="STREET_ADDRESS")
lab("care_site", care_site_id=N)
lab("provider", provider_id=Q, provider_name="NAME", npi=Q, dea=Q, care_site_id=N, year_of_birth=Q, provider_source_value=Q)
lab("person", year_of_birth=Q, month_of_birth=DOB, day_of_birth=DOB, birth_datetime=DOB, person_source_value="MEDICAL_RECORD_NUMBER", care_site_id=N)
lab("visit_occurrence", visit_source_value=OUI, care_site_id=N)
lab("condition_occurrence")
lab("drug_exposure", verbatim_end_date=D)
lab("measurement")
lab("observation", value_as_string="FREE_TEXT")
lab("note", note_text="FREE_TEXT")
lab("death")
FK = [("person.location_id", "location.location_id"), ("person.provider_id", "provider.provider_id"), ("person.care_site_id", "care_site.care_site_id"),
      ("care_site.location_id", "location.location_id"), ("provider.care_site_id", "care_site.care_site_id")]
for t in ["visit_occurrence", "condition_occurrence", "drug_exposure", "measurement", "observation", "note", "death"]:
    FK.append(("%s.person_id" % t, "person.person_id"))
    if t != "death":
        FK.append(("%s.provider_id" % t, "provider.provider_id"))
    if t not in ("visit_occurrence", "death"):
        FK.append(("%s.visit_occurrence_id" % t, "visit_occurrence.visit_occurrence_id"))
FK += [("visit_occurrence.care_site_id", "care_site.care_site_id"), ("visit_occurrence.preceding_visit_occurrence_id", "visit_occurrence.visit_occurrence_id")]
gold = {"dataset": "omop-v53-small",
        "description": "Invented OMOP CDM 5.3 export of a small Nebraska clinic network (11 tables, 5.3 field lists): 16 persons with MRNs as person_source_value, locations with address/city/zip/county, 4 care sites, 8 providers with NPI and DEA (valid check digits), visits, conditions, drugs, measurements, observations whose value_as_string is free text naming relatives, phones and e-mails, notes naming patients, relatives and clinicians, 2 deaths; a given name and a family name equal to towns (Lincoln, Kearney, Columbus, Fremont, Beatrice)",
        "delimiter": ",", "entity": "person", "columns": L,
        "foreignKeys": [{"column": a, "references": b} for a, b in FK]}
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes i2b2-star: an invented extract shaped after the public i2b2 CRC star schema (patient_dimension 500,
visit_dimension ~1500, observation_fact ~4000, provider_dimension 40): i2b2 column names, 'yyyy-mm-dd hh:mm:ss' dates,
statecityzip_path 'Zip codes\\Massachusetts\\Boston\\02115\\', concept codes ICD10:/LOINC:/DEM| (some 'DEM|ZIP:02115'),
tval_char text values (a few note rows hold the patient's name or phone), observation_blob free text, providers as
'Providers\\Cardiology\\Smith, John MD' (seeded, stdlib only). Every patient is invented."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(190101)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
GIVEN = ["Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria", "Susan", "Margaret", "Dorothy", "Lisa", "Nancy",
         "Karen", "Betty", "Helen", "Sandra", "Donna", "Carol", "James", "John", "Robert", "Michael", "William", "David", "Richard",
         "Charles", "Joseph", "Thomas", "Christopher", "Daniel", "Paul", "Mark", "Donald", "George", "Kenneth", "Steven", "Edward",
         "Brian", "Ronald", "Anthony", "Kevin", "Jason", "Siobhan", "Declan", "Wei", "Priya", "Thanh", "Aaliyah", "Mateo", "Ximena"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
          "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
          "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
          "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell",
          "Mitchell", "Carter", "Roberts", "O'Brien", "Sullivan", "Murphy", "Kelly", "Fitzgerald", "McCarthy", "Doherty", "Chen", "Patel"]
PLACES = [("Massachusetts", "Boston", ["02108", "02109", "02110", "02111", "02113", "02114", "02115", "02116", "02118", "02119",
                                        "02120", "02121", "02122", "02124", "02125", "02126", "02127", "02128", "02129", "02130"]),
          ("Massachusetts", "Cambridge", ["02138", "02139", "02140", "02141", "02142"]),
          ("Massachusetts", "Somerville", ["02143", "02144", "02145"]), ("Massachusetts", "Brookline", ["02445", "02446"]),
          ("Massachusetts", "Quincy", ["02169", "02170", "02171"]), ("Massachusetts", "Worcester", ["01602", "01603", "01604", "01605"]),
          ("Massachusetts", "Lowell", ["01850", "01851", "01852"]), ("Massachusetts", "Framingham", ["01701", "01702"]),
          ("New Hampshire", "Nashua", ["03060", "03062", "03063"]), ("Rhode Island", "Providence", ["02903", "02906", "02908"])]
SPECIALTIES = ["Cardiology", "Endocrinology", "Internal Medicine", "Pulmonology", "Nephrology", "Oncology", "Neurology", "Family Medicine"]
LOCATIONS = [("BWH", "Hospitals\\BWH\\"), ("MGH", "Hospitals\\MGH\\"), ("FH", "Hospitals\\Faulkner\\"), ("BWHC", "Hospitals\\BWH\\Clinics\\")]
def ts(d):
    return d.strftime("%Y-%m-%d %H:%M:%S")
providers = []
for i in range(40):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    pid = "LCS-I2B2:D%09d" % (100000000 + i * 7919)
    spec = rnd.choice(SPECIALTIES); name = "%s, %s %s" % (ln, fn, rnd.choice(["MD", "MD", "MD", "DO", "NP"]))
    providers.append([pid, "Providers\\%s\\%s" % (spec, name), name])
patients = []; visits = []; facts = []; pinfo = {}
today = datetime.datetime(2024, 6, 30, 0, 0, 0)
enc = 475000
for i in range(500):
    pnum = 1000000001 + i
    age = rnd.choice([rnd.randint(0, 17), rnd.randint(18, 89), rnd.randint(18, 89), rnd.randint(18, 89), rnd.randint(90, 101)])
    b = datetime.datetime(2024 - age, 1, 1) - datetime.timedelta(days=rnd.randint(0, 364))
    b = b.replace(hour=0, minute=0, second=0)
    dead = rnd.random() < 0.12
    death = ts(b + datetime.timedelta(days=int(age * 365.25) - rnd.randint(30, 900))) if dead and age > 3 else ""
    vital = "Y" if death else "N"
    state, city, zips = rnd.choice(PLACES); z = rnd.choice(zips)
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    phone = "%03d-%03d-%04d" % (rnd.choice([617, 781, 508, 978, 857]), rnd.randint(200, 999), rnd.randint(0, 9999))
    pinfo[pnum] = (fn, ln, phone, z, city)
    blob = ""
    if rnd.random() < 0.08:
        blob = rnd.choice(["Preferred name %s. Interpreter requested." % fn, "Patient %s %s prefers contact at %s" % (fn, ln, phone),
                           "Legacy MRN merged 2011", "Lives with daughter"])
    patients.append([str(pnum), vital, ts(b), death, rnd.choice("MF"), str(age),
                     rnd.choice(["english", "english", "english", "spanish", "portuguese", "haitian creole", "chinese"]),
                     rnd.choice(["white", "white", "black", "asian", "hispanic", "other", "@"]),
                     rnd.choice(["single", "married", "married", "divorced", "widowed", "@"]),
                     rnd.choice(["roman catholic", "protestant", "jewish", "none", "@"]), z,
                     "Zip codes\\%s\\%s\\%s\\" % (state, city, z), rnd.choice(["Low", "Medium", "High", "@"]), blob])
    for v in range(rnd.randint(1, 5)):
        enc += rnd.randint(1, 40)
        st = datetime.datetime(2015, 1, 1) + datetime.timedelta(days=rnd.randint(0, 3400), hours=rnd.randint(7, 19), minutes=rnd.randint(0, 59))
        inout = rnd.choice("OOOIE"); los = rnd.randint(1, 14) if inout == "I" else 0
        en = st + datetime.timedelta(days=los, hours=rnd.randint(0, 5))
        loc = rnd.choice(LOCATIONS)
        visits.append([str(enc), str(pnum), rnd.choice(["F", "F", "U"]), ts(st), ts(en), inout, loc[0], loc[1], str(los)])
        prov = rnd.choice(providers)[0]
        n_obs = rnd.randint(1, 5)
        for k in range(n_obs):
            kind = rnd.random(); inst = "1"; tval = ""; nval = ""; flag = ""; units = ""; vt = "@"; blob = ""; mod = "@"
            if kind < 0.3:
                cc = rnd.choice(["ICD10:E11.9", "ICD10:I10", "ICD10:J45.909", "ICD10:N18.3", "ICD10:E78.5", "ICD10:F32.9", "ICD10:I25.10"])
                mod = rnd.choice(["@", "DiagObs:Primary", "DiagObs:Secondary"])
            elif kind < 0.65:
                cc, lo, hi, u = rnd.choice([("LOINC:2345-7", 60, 250, "mg/dL"), ("LOINC:4548-4", 4.5, 12.5, "%"),
                                            ("LOINC:2160-0", 0.5, 3.5, "mg/dL"), ("LOINC:718-7", 8, 17, "g/dL")])
                val = round(rnd.uniform(lo, hi), 1); vt = "N"; tval = "E"; nval = str(val); units = u
                flag = "H" if val > (lo + (hi - lo) * 0.7) else ("L" if val < lo + (hi - lo) * 0.15 else "")
            elif kind < 0.78:
                cc = rnd.choice(["DEM|SEX:%s" % patients[-1][4].lower(), "DEM|RACE:%s" % patients[-1][7], "DEM|ZIP:%s" % z,
                                 "DEM|LANGUAGE:%s" % patients[-1][6], "DEM|ZIP:%s" % z])
            elif kind < 0.9:
                cc = rnd.choice(["NDC:00093505898", "NDC:00378018110", "NDC:00071015523", "RXNORM:860975"])
                vt = "T"; tval = rnd.choice(["500 mg twice daily", "10 mg daily", "20 mg at bedtime", "as directed"])
            else:
                cc = "NOTE:PROGRESS"; vt = "T"
                tval = rnd.choice(["Spoke with patient %s %s by phone" % (fn, ln), "Callback number %s" % phone,
                                   "Follow-up in 3 months", "No acute distress", "Daughter %s %s at bedside" % (rnd.choice(GIVEN), ln),
                                   "Reviewed labs with patient"])
                blob = rnd.choice(["", "%s %s is a %d year old %s seen at %s for follow-up of diabetes. Lives in %s." %
                                   (fn, ln, age, "woman" if patients[-1][4] == "F" else "man", loc[0], city),
                                   "Patient reports improved glucose control. Continue metformin.",
                                   "Phone %s verified. Discussed results with %s." % (phone, fn)])
            obs_st = st + datetime.timedelta(minutes=rnd.randint(0, 300))
            facts.append([str(enc), str(pnum), cc, prov, ts(obs_st), mod, inst, vt, tval, nval, flag, units,
                          ts(obs_st + datetime.timedelta(minutes=rnd.randint(0, 60))), loc[0], blob,
                          ts(obs_st + datetime.timedelta(days=rnd.randint(0, 30))), rnd.choice(["2019-03-01 00:00:00", "2024-07-15 00:00:00"]),
                          rnd.choice(["DEMO", "EPIC", "EPIC"])])
w("patient_dimension", ["patient_num", "vital_status_cd", "birth_date", "death_date", "sex_cd", "age_in_years_num", "language_cd",
                        "race_cd", "marital_status_cd", "religion_cd", "zip_cd", "statecityzip_path", "income_cd", "patient_blob"], patients)
w("visit_dimension", ["encounter_num", "patient_num", "active_status_cd", "start_date", "end_date", "inout_cd", "location_cd",
                      "location_path", "length_of_stay"], visits)
w("observation_fact", ["encounter_num", "patient_num", "concept_cd", "provider_id", "start_date", "modifier_cd", "instance_num",
                       "valtype_cd", "tval_char", "nval_num", "valueflag_cd", "units_cd", "end_date", "location_cd", "observation_blob",
                       "update_date", "import_date", "sourcesystem_cd"], facts)
w("provider_dimension", ["provider_id", "provider_path", "name_char"], providers)
N, Q, O = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER"
cols = {"patient_dimension.patient_num": O, "patient_dimension.vital_status_cd": N, "patient_dimension.birth_date": "DATE_OF_BIRTH",
        "patient_dimension.death_date": "DATE", "patient_dimension.sex_cd": N, "patient_dimension.age_in_years_num": "AGE",
        "patient_dimension.language_cd": N, "patient_dimension.race_cd": N, "patient_dimension.marital_status_cd": N,
        "patient_dimension.religion_cd": N, "patient_dimension.zip_cd": "ZIP_CODE", "patient_dimension.statecityzip_path": "ZIP_CODE",
        "patient_dimension.income_cd": N, "patient_dimension.patient_blob": "FREE_TEXT",
        "visit_dimension.encounter_num": O, "visit_dimension.patient_num": O, "visit_dimension.active_status_cd": N,
        "visit_dimension.start_date": "DATE", "visit_dimension.end_date": "DATE", "visit_dimension.inout_cd": N,
        "visit_dimension.location_cd": N, "visit_dimension.location_path": N, "visit_dimension.length_of_stay": N,
        "observation_fact.encounter_num": O, "observation_fact.patient_num": O, "observation_fact.concept_cd": "FREE_TEXT",
        "observation_fact.provider_id": Q, "observation_fact.start_date": "DATE", "observation_fact.modifier_cd": N,
        "observation_fact.instance_num": N, "observation_fact.valtype_cd": N, "observation_fact.tval_char": "FREE_TEXT",
        "observation_fact.nval_num": N, "observation_fact.valueflag_cd": N, "observation_fact.units_cd": N,
        "observation_fact.end_date": "DATE", "observation_fact.location_cd": N, "observation_fact.observation_blob": "FREE_TEXT",
        "observation_fact.update_date": "DATE", "observation_fact.import_date": N, "observation_fact.sourcesystem_cd": N,
        "provider_dimension.provider_id": Q, "provider_dimension.provider_path": "NAME", "provider_dimension.name_char": "NAME"}
gold = {"dataset": "i2b2-star", "description": "Invented extract shaped after the i2b2 CRC star schema: patient_dimension 500 (patient_num, birth_date and death_date 'yyyy-mm-dd hh:mm:ss', age_in_years_num with ages over 89, zip_cd, statecityzip_path 'Zip codes\\\\Massachusetts\\\\Boston\\\\02115\\\\', codes, patient_blob notes), visit_dimension (encounter_num, dates, location), observation_fact (EAV facts: concept_cd incl. 'DEM|ZIP:02115' (labelled FREE_TEXT: a code column that carries the ZIP in some rows), tval_char text values incl. notes naming the patient or a phone, observation_blob free text, provider_id), provider_dimension 40 (provider_path and name_char 'Smith, John MD'; providers are staff: codes QUASI, names NAME). import_date is the ETL load date (two values), NON_IDENTIFYING.",
        "delimiter": ",", "entity": "patient_dimension", "columns": cols,
        "foreignKeys": [{"column": "visit_dimension.patient_num", "references": "patient_dimension.patient_num"},
                        {"column": "observation_fact.patient_num", "references": "patient_dimension.patient_num"},
                        {"column": "observation_fact.encounter_num", "references": "visit_dimension.encounter_num"},
                        {"column": "observation_fact.provider_id", "references": "provider_dimension.provider_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

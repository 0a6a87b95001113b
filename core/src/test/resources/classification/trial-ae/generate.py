#!/usr/bin/env python3
"""Writes the invented phase II clinical-trial extract (12 subjects at 3 sites in one wide table, visits, vital signs,
adverse events with narratives; gold.json) into this folder. Subject ids are site-subject (101-0001); some columns of
the subject table have uninformative headers (col7, field_3, var_9, x12) as in an export whose data dictionary was
lost. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(2718)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Margarethe", "Bartholomew", "Consolata", "Evander", "Henrietta", "Lysander", "Ottilie", "Percival",
         "Rosamund", "Sebastiano", "Theodora", "Wendell"]
FAMILY = ["Abernethy", "Bramwell", "Castiglione", "Drummond", "Eberhardt", "Fitzgerald", "Greaves", "Halloran",
          "Iversen", "Jurgensen", "Kilbride", "Lockhart"]
SITES = [("101", "Boston"), ("102", "Providence"), ("205", "Hartford")]
AES = [("Headache", "10019211"), ("Nausea", "10028813"), ("Fatigue", "10016256"), ("Dizziness", "10013573"),
       ("Rash", "10037844"), ("Diarrhoea", "10012735"), ("Insomnia", "10022437"), ("Arthralgia", "10003239")]

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
subjects = labels("subjects", [
    ("subject_id", ID), ("site_id", NON), ("initials", "NAME"), ("arm", NON), ("randomized_on", "DATE"),
    ("birth_year", QUASI), ("col7", "MEDICAL_RECORD_NUMBER"), ("sex", NON), ("race", NON), ("ethnicity", NON),
    ("field_3", "TELEPHONE_NUMBER"), ("weight_kg", NON), ("height_cm", NON), ("bmi", NON), ("var_9", "ZIP_CODE"),
    ("ecog", NON), ("x12", "EMAIL_ADDRESS"), ("smoker", NON), ("hba1c_baseline", NON), ("egfr_baseline", NON),
    ("consent_version", NON), ("screen_fail", NON), ("withdrawn", NON), ("emergency_contact", "NAME"),
    ("age_at_consent", "AGE")])
people = []
for i in range(12):
    site = SITES[i % 3]
    g, f = GIVEN[i], FAMILY[(i * 5) % 12]
    by = random.randint(1933, 1990)
    w, h = random.randint(52, 120), random.randint(150, 196)
    rand = dt.date(2025, 2, 3) + dt.timedelta(days=random.randint(0, 120))
    sid = "%s-%04d" % (site[0], 1 + i // 3)
    people.append((sid, g, f, rand))
    subjects.append([
        sid, site[0], "%s-%s-%s" % (g[0], random.choice("ABCDEFGHJKLMNPRSTW"), f[0]), random.choice(["A", "B", "placebo"]),
        rand.isoformat(), by, "%08d" % random.randint(10000000, 99999999), random.choice(["F", "M"]),
        random.choice(["White", "Black or African American", "Asian", "White"]),
        random.choice(["Not Hispanic or Latino", "Hispanic or Latino", "Not Hispanic or Latino"]),
        "%03d-555-01%02d" % (random.choice([617, 401, 860]), random.randint(0, 99)), w, h, "%.1f" % (w / (h / 100) ** 2),
        "0%04d" % random.randint(1001, 6999), random.choice([0, 0, 1, 1, 2]),
        "%s%s%d@%s" % (g[0].lower(), f.lower(), random.randint(1, 99), random.choice(["aol.com", "comcast.net", "yahoo.com"])),
        random.choice(["never", "former", "current"]), "%.1f" % random.uniform(6.5, 10.2), random.randint(35, 110),
        random.choice(["v2.1", "v3.0"]), "N", random.choice(["N", "N", "N", "Y"]),
        "%s %s" % (random.choice(["Agatha", "Cornelius", "Delphine", "Ignatius"]), f), 2025 - by])
visits = labels("visits", [
    ("subject_id", ID), ("visit", NON), ("visit_date", "DATE"), ("sbp", NON), ("dbp", NON), ("pulse", NON),
    ("temp_c", NON), ("qtcf_ms", NON), ("alt_u_l", NON), ("visit_comment", FT)])
adverse = labels("adverse_events", [
    ("ae_id", ID), ("subject_id", ID), ("meddra_pt", NON), ("meddra_code", NON), ("onset", "DATE"),
    ("resolved", "DATE"), ("grade", NON), ("serious", NON), ("related", NON), ("narrative", FT)])
ae = 0
for sid, g, f, rand in people:
    for v, day in [("SCREEN", -14), ("BASELINE", 0), ("WEEK4", 28), ("WEEK8", 56), ("WEEK12", 84), ("EOS", 112)]:
        d = rand + dt.timedelta(days=day + random.randint(-2, 2))
        comment = random.choice(["", "", "", "", "fasting sample", "repeat ECG done",
                                 "seen by Dr. Lockhart, patient %s %s reports feeling well" % (g, f),
                                 "visit moved; called %s at home" % g])
        visits.append([sid, v, d.isoformat(), random.randint(105, 165), random.randint(60, 98), random.randint(52, 104),
                       "%.1f" % random.uniform(36.1, 37.8), random.randint(380, 470), random.randint(9, 60), comment])
    for k in range(random.randint(0, 5)):
        ae += 1
        term = random.choice(AES)
        onset = rand + dt.timedelta(days=random.randint(1, 110))
        res = onset + dt.timedelta(days=random.randint(1, 20))
        narrative = random.choice([
            "Subject %s %s (DOB withheld) reported %s on %s; resolved without treatment." % (g, f, term[0].lower(), onset.isoformat()),
            "Grade %d %s. Spouse %s %s called the site on %s." % (random.randint(1, 3), term[0].lower(),
                                                                   random.choice(["Agatha", "Cornelius"]), f, onset.strftime("%B %d")),
            "%s, treated with paracetamol." % term[0],
            "%s; PI assessed as possibly related." % term[0]])
        adverse.append(["AE%05d" % ae, sid, term[0], term[1], onset.isoformat(),
                        res.isoformat() if random.random() < 0.8 else "", random.randint(1, 3),
                        random.choice(["N", "N", "N", "Y"]), random.choice(["not related", "possibly", "probably"]),
                        narrative])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("visits.subject_id", "subjects.subject_id"), ("adverse_events.subject_id", "subjects.subject_id")]
doc = {"dataset": "trial-ae",
       "description": "Invented clinical-trial extract: 12 subjects (ids site-subject), a wide subject table with "
                      "uninformative headers for MRN, phone, ZIP and e-mail (col7, field_3, var_9, x12), visits with "
                      "vital signs, adverse events with MedDRA codes and narratives naming the subject",
       "delimiter": ",", "entity": "subjects", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

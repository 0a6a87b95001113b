#!/usr/bin/env python3
"""Writes the invented wide survey export (one table, 2,000 responses, 30 Likert items; gold.json) into this folder,
laid out as survey platforms export it. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, string, datetime as dt

random.seed(3030)
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 2000
STATES = {"WA": ("980", "981", "983", "984", "985", "986", "988", "989", "990", "991", "992", "993", "994"),
          "OR": ("970", "971", "972", "973", "974", "975", "977", "978", "979"),
          "NJ": ("070", "071", "072", "073", "074", "075", "076", "077", "078", "079", "080", "081", "085", "086"),
          "VT": ("050", "051", "052", "053", "054", "056", "057", "058", "059"),
          "TX": ("750", "751", "752", "760", "761", "770", "773", "775", "778", "780", "782", "787", "799")}
CENTRES = {"WA": (47.4, -121.5), "OR": (44.0, -121.0), "NJ": (40.2, -74.5), "VT": (44.0, -72.7), "TX": (31.0, -98.0)}
INCOME = ["Less than $25,000", "$25,000-$49,999", "$50,000-$74,999", "$75,000-$99,999", "$100,000-$149,999",
          "$150,000 or more", "Prefer not to say"]
EDUCATION = ["Less than high school", "High school graduate", "Some college", "Associate degree",
             "Bachelor's degree", "Graduate or professional degree"]
EMPLOYMENT = ["Employed full-time", "Employed part-time", "Self-employed", "Unemployed", "Student", "Retired",
              "Homemaker"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
       "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"]
GIVEN = ["Marguerite", "Thaddeus", "Lorelei", "Cosmo", "Annika", "Jubal", "Saoirse", "Evander", "Rosalind", "Tiberius"]
FAMILY = ["Wexley", "Orcutt", "Brannigan", "Sørensen", "Achebe-Moss", "Villiers", "Hargreave", "Tolliver"]
GENERIC = ["", "", "", "", "", "", "", "", "n/a", "None", "Great survey, thanks.", "Too long.",
           "The questions about the clinic hours were confusing.",
           "I wish the bus ran later on weekends.", "More parking near the library please!",
           "Q14 should have had a 'does not apply' option.", "Overall satisfied with city services.",
           "Trash pickup was missed twice in October."]

gold = {}
columns = []
def col(c, l):
    columns.append(c)
    gold["survey_responses." + c] = l

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
for c, l in [("response_id", ID), ("respondent_id", ID), ("started_at", "DATE"), ("submitted_at", "DATE"),
             ("duration_seconds", NON), ("finished", NON), ("consent", NON), ("language", NON),
             ("panel_source", NON), ("zip", "ZIP_CODE"), ("state", NON), ("age", "AGE"), ("sex", NON),
             ("income_bracket", NON), ("education", NON), ("employment", NON)]:
    col(c, l)
for q in range(1, 31):
    col("q%d" % q, NON)
for c, l in [("nps", NON), ("comment", FT), ("ip_address", "IP_ADDRESS"), ("user_agent", QUASI),
             ("latitude", "GEOCOORDINATE"), ("longitude", "GEOCOORDINATE"), ("recaptcha_score", NON)]:
    col(c, l)

rows = []
seen = set()
t = dt.datetime(2025, 10, 1, 7, 0, 0)
panel = random.sample(range(100000, 999999), ROWS)
for r in range(ROWS):
    rid = "R_" + "".join(random.choice(string.ascii_letters + string.digits) for _ in range(15))
    state = random.choice(list(STATES))
    zip5 = random.choice(STATES[state]) + "%02d" % random.randint(1, 99)
    zipv = zip5 + "-%04d" % random.randint(1, 9999) if random.random() < 0.07 else zip5
    t = t + dt.timedelta(seconds=random.randint(5, 1300))
    dur = random.randint(140, 2400)
    finished = random.random() < 0.93
    age = min(99, max(18, int(random.gauss(47, 17))))
    lat0, lon0 = CENTRES[state]
    base = random.randint(1, 5)
    answers = []
    for q in range(30):
        if not finished and q > random.randint(8, 29):
            answers.append("")
        elif random.random() < 0.03:
            answers.append("")
        else:
            answers.append(str(min(5, max(1, base + random.choice([-1, 0, 0, 0, 1])))))
    given, family = random.choice(GIVEN), random.choice(FAMILY)
    roll = random.random()
    if roll < 0.02:
        comment = "Please follow up with me, %s %s, at %s.%s@mailbox.example" % (given, family, given.lower(),
                                                                              family.lower().replace("ø", "o"))
    elif roll < 0.035:
        comment = "You can call me at (%03d) 555-01%02d after 5pm. - %s" % (random.randint(201, 989),
                                                                            random.randint(0, 99), given)
    elif roll < 0.045:
        comment = "I live at %d %s Street and the streetlight has been out since %s." % (
            random.randint(10, 9999), random.choice(["Elm", "Juniper", "Rainier", "Mercer"]),
            (t - dt.timedelta(days=random.randint(10, 90))).strftime("%B %-d"))
    else:
        comment = random.choice(GENERIC)
    if random.random() < 0.85:
        ip = "%d.%d.%d.%d" % (random.choice([24, 50, 67, 73, 98, 107, 174, 192, 204, 216]), random.randint(0, 255),
                              random.randint(0, 255), random.randint(1, 254))
    else:
        ip = "2600:%x:%x:%x::%x" % (random.randint(0x1000, 0xffff), random.randint(0, 0xffff),
                                   random.randint(0, 0xffff), random.randint(1, 0xffff))
    located = random.random() < 0.9
    rows.append([rid, "PNL-%06d" % panel[r], (t - dt.timedelta(seconds=dur)).strftime("%Y-%m-%d %H:%M:%S"),
                 t.strftime("%Y-%m-%d %H:%M:%S"), dur, "TRUE" if finished else "FALSE", "Yes",
                 random.choice(["EN"] * 9 + ["ES"]), random.choice(["email", "email", "sms", "qr-flyer", "web"]),
                 zipv, state, age, random.choice(["Female", "Male", "Female", "Male", "Intersex", "Prefer not to say"]),
                 random.choice(INCOME), random.choice(EDUCATION), random.choice(EMPLOYMENT)] + answers +
                [str(random.randint(0, 10)) if finished else "", comment, ip, random.choice(UAS),
                 "%.4f" % (lat0 + random.uniform(-1.2, 1.2)) if located else "",
                 "%.4f" % (lon0 + random.uniform(-1.8, 1.8)) if located else "",
                 "%.1f" % random.choice([0.9, 0.9, 0.9, 0.7, 0.5, 0.3, 0.1])])
with open(os.path.join(HERE, "survey_responses.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
doc = {"dataset": "survey-wide",
       "description": "Invented community-survey export as survey platforms write it: one wide table of 2,000 "
                      "responses with ZIP, age (some over 89), sex, income bracket, 30 Likert items, NPS, a free-text "
                      "comment that sometimes quotes a name, e-mail, phone or street address, IP address, user "
                      "agent and geolocation",
       "delimiter": ",", "entity": "survey_responses", "columns": gold, "foreignKeys": []}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

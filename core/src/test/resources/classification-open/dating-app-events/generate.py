#!/usr/bin/env python3
"""Writes dating-app-events: an invented data export of a fictional dating app (seeded, stdlib only), ',' with ISO 8601
UTC timestamps. profiles: 640 members (user_id 'u_' + 12 hex, first_name, birthdate yyyy-mm-dd, gender, seeking, bio
free text (some name people, Instagram handles, phone numbers), city, latitude/longitude 4 decimals, height_cm, job,
education, drinking, smoking, signup_at, last_active_at, subscription). swipes: 3,800 swipes (swipe_id, swiper_id,
swipee_id, direction, swiped_at, surface, is_match). messages: 1,450 messages between matched members (message_id,
match_id, sender_id, recipient_id, sent_at, body, message_type, read_at). reports: 48 reports/blocks (report_id,
reporter_id, reported_id, created_at, category, details free text, action, moderator (staff name), closed_at).
Deliberate coincidences: members named Florence, Madison, Austin and Paris beside the cities Florence, Madison, Austin
and Paris (TX); the job 'Florist' and the education 'Austin Community College'; moderator 'Jordan Pierce' beside
members named Jordan."""
import csv, json, random, os
rnd = random.Random(740101)
here = os.path.dirname(os.path.abspath(__file__))
GIVEN_F = ["Emma", "Olivia", "Ava", "Sophia", "Madison", "Florence", "Paris", "Chloe", "Grace", "Harper", "Zoe", "Layla",
           "Maya", "Priya", "Aaliyah", "Sofia", "Camila", "Hannah", "Jordan", "Taylor", "Megan", "Brianna"]
GIVEN_M = ["Liam", "Noah", "Ethan", "Austin", "Jordan", "Mason", "Logan", "Caleb", "Tyler", "Marcus", "Diego", "Andre",
           "Kevin", "Ryan", "Jamal", "Luis", "Connor", "Dylan", "Wyatt", "Hunter", "Omar", "Brandon"]
FAMILY = ["Smith", "Johnson", "Garcia", "Nguyen", "Brown", "Patel", "Miller", "Davis", "Lopez", "Wilson", "Kim", "Moore"]
CITIES = [("Austin", 30.2672, -97.7431), ("Madison", 43.0731, -89.4012), ("Florence", 34.7998, -87.6773),
          ("Paris", 33.6609, -95.5555), ("Denver", 39.7392, -104.9903), ("Portland", 45.5152, -122.6784),
          ("Chicago", 41.8781, -87.6298), ("Nashville", 36.1627, -86.7816), ("Tampa", 27.9506, -82.4572),
          ("Boise", 43.6150, -116.2023), ("Columbus", 39.9612, -82.9988), ("Raleigh", 35.7796, -78.6382)]
JOBS = ["Nurse", "Software Engineer", "Teacher", "Florist", "Barista", "Accountant", "Paramedic", "Graphic Designer",
        "Sales Manager", "Student", "Electrician", "Physical Therapist", "", ""]
EDU = ["High School", "Some College", "Bachelors", "Masters", "PhD", "Austin Community College", "Trade School", ""]
DRINK = ["Never", "Socially", "Frequently", "Prefer not to say", ""]
SMOKE = ["No", "Sometimes", "Yes", ""]
SUB = ["free", "free", "free", "plus", "gold", "platinum"]
BIO_PARTS = ["Dog mom to a golden named Biscuit.", "Here for something real.", "Tacos > everything.",
             "Weekend hiker, weekday coffee addict.", "Looking for my partner in crime.", "Swipe right if you like live music.",
             "New to town, show me around?", "Not here for hookups.", "Gym, books, repeat.", "Ask me about my sourdough."]
def hexid(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))
def ts(y0=2024, y1=2026):
    y = rnd.randint(y0, y1); m = rnd.randint(1, 12 if y < 2026 else 3); d = rnd.randint(1, 28)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
profiles = []; ids = set()
for i in range(640):
    uid = "u_" + hexid(12)
    while uid in ids: uid = "u_" + hexid(12)
    ids.add(uid)
    g = rnd.choice(["woman", "woman", "man", "man", "non-binary"])
    first = rnd.choice(GIVEN_F if g == "woman" else GIVEN_M if g == "man" else GIVEN_F + GIVEN_M)
    seeking = rnd.choice(["men", "women", "everyone"]) if g != "man" else rnd.choice(["women", "women", "men", "everyone"])
    y = rnd.randint(1958, 2007)
    bd = "%04d-%02d-%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28))
    city, lat, lon = rnd.choice(CITIES)
    r = rnd.random()
    if r < 0.15: bio = ""
    elif r < 0.25: bio = "%s. IG: @%s.%s%02d" % (rnd.choice(BIO_PARTS), first.lower(), rnd.choice(FAMILY).lower(), rnd.randint(0, 99))
    elif r < 0.32: bio = "%s Text me instead: (%03d) 555-%04d" % (rnd.choice(BIO_PARTS), rnd.randint(201, 989), rnd.randint(0, 9999))
    elif r < 0.38: bio = "My sister %s made me download this. %s" % (rnd.choice(GIVEN_F), rnd.choice(BIO_PARTS))
    else: bio = " ".join(rnd.sample(BIO_PARTS, rnd.randint(1, 3)))
    h = rnd.randint(152, 178) if g == "woman" else rnd.randint(163, 198)
    signup = ts(2023, 2025)
    profiles.append([uid, first, bd, g, seeking, bio, city, "%.4f" % (lat + rnd.uniform(-0.09, 0.09)),
                     "%.4f" % (lon + rnd.uniform(-0.09, 0.09)), str(h) if rnd.random() > 0.06 else "", rnd.choice(JOBS),
                     rnd.choice(EDU), rnd.choice(DRINK), rnd.choice(SMOKE), signup, ts(2025, 2026), rnd.choice(SUB)])
pids = [p[0] for p in profiles]
weights = [1.0 / (1 + (k % 97)) ** 0.6 for k in range(len(pids))]
swipes = []; likes = set(); matches = []
for i in range(3800):
    a, b = rnd.choices(pids, weights)[0], rnd.choice(pids)
    while b == a: b = rnd.choice(pids)
    d = rnd.choices(["like", "pass", "superlike"], [45, 50, 5])[0]
    m = d != "pass" and (b, a) in likes
    if d != "pass": likes.add((a, b))
    if m or (d != "pass" and rnd.random() < 0.1): m = True; matches.append((a, b))
    swipes.append([str(500001 + i), a, b, d, ts(2025, 2026), rnd.choice(["discover", "discover", "likes_you", "standouts"]),
                   "true" if m else "false"])
MSG = ["hey!", "Hi {n}, how's your week going?", "haha that's amazing", "Are you free Saturday?", "What are you up to tonight?",
       "I'm {n} btw, my profile name is weird", "Want to grab coffee at {p}?", "my number is ({a}) 555-{b}, text me",
       "lol same", "Sorry for the late reply!", "Do you know {o}? she said you two went to school together",
       "Sounds good, see you at 7", "Where did you grow up?", "ok", "👍"]
PLACES = ["Blue Bottle on 5th", "the farmers market", "Hopdoddy", "the dog park"]
messages = []
for i in range(1450):
    a, b = rnd.choice(matches)
    if rnd.random() < 0.5: a, b = b, a
    t = rnd.choice(MSG).format(n=profiles[pids.index(a)][1], p=rnd.choice(PLACES), a=rnd.randint(201, 989),
                               b="%04d" % rnd.randint(0, 9999), o=rnd.choice(GIVEN_F) + " " + rnd.choice(FAMILY))
    sent = ts(2025, 2026)
    messages.append([str(9000001 + i), "m_%s" % hexid(8), a, b, sent, t, rnd.choice(["text"] * 8 + ["gif", "photo"]),
                     sent.replace("Z", "Z") if rnd.random() < 0.7 else ""])
# match_id: one per pair
mid = {}
for m in messages:
    k = tuple(sorted((m[2], m[3])))
    if k not in mid: mid[k] = "m_" + hexid(8)
    m[1] = mid[k]
    if m[7]:
        m[7] = m[4][:14] + "%02d:%02dZ" % (min(59, int(m[4][14:16]) + rnd.randint(0, 5)), rnd.randint(0, 59))
CATS = ["spam", "fake_profile", "harassment", "inappropriate_photos", "underage", "scam", "offline_behavior", "other"]
DET = ["Asked me to send money for a plane ticket.", "Used photos of {o}, I know her personally.", "Kept messaging after I unmatched.",
       "Profile says 25 but looks 16.", "Met him at {p}, he was aggressive.", "Sent a crypto link.", "", "",
       "This is actually my ex {o}.", "Rude messages."]
MODS = ["Jordan Pierce", "Alicia Romero", "Sam Whitaker", "Dana Kowalski"]
reports = []
for i in range(48):
    a, b = rnd.sample(pids, 2)
    c = ts(2025, 2026)
    act = rnd.choice(["block", "block", "warn", "ban", "no_action"])
    reports.append([str(301 + i), a, b, c, rnd.choice(CATS), rnd.choice(DET).format(o=rnd.choice(GIVEN_F) + " " + rnd.choice(FAMILY), p=rnd.choice(PLACES)),
                    act, "" if act == "block" else rnd.choice(MODS), "" if act == "block" or rnd.random() < 0.2 else ts(2026, 2026)])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(header); w.writerows(rows)
PH = ["user_id", "first_name", "birthdate", "gender", "seeking", "bio", "city", "latitude", "longitude", "height_cm", "job_title",
      "education", "drinking", "smoking", "signup_at", "last_active_at", "subscription"]
SH = ["swipe_id", "swiper_id", "swipee_id", "direction", "swiped_at", "surface", "is_match"]
MH = ["message_id", "match_id", "sender_id", "recipient_id", "sent_at", "body", "message_type", "read_at"]
RH = ["report_id", "reporter_id", "reported_id", "created_at", "category", "details", "action", "moderator", "closed_at"]
write("profiles", PH, profiles); write("swipes", SH, swipes); write("messages", MH, messages); write("reports", RH, reports)
L = {"profiles": ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "CITY",
                  "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING"],
     "swipes": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE",
                "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "messages": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE",
                  "FREE_TEXT", "NON_IDENTIFYING", "DATE"],
     "reports": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "FREE_TEXT",
                 "NON_IDENTIFYING", "NAME", "DATE"]}
cols = {}
for t, h in (("profiles", PH), ("swipes", SH), ("messages", MH), ("reports", RH)):
    for c, l in zip(h, L[t]): cols[t + "." + c] = l
gold = {"dataset": "dating-app-events",
        "description": "Invented dating-app data export, ',': 640 profiles (user_id 'u_' + 12 hex, first_name, birthdate yyyy-mm-dd, gender, seeking, bio (15% empty; some hold Instagram handles, phone numbers or a sister's name), city (12 US towns), latitude/longitude 4 decimals, height_cm (6% empty), job_title, education, drinking, smoking, signup/last active ISO UTC, subscription), 3,800 swipes (sequential swipe_id, swiper/swipee FK, like/pass/superlike, surface, is_match; Pareto skew over swipers), 1,450 messages (sequential message_id, match_id 'm_' + 8 hex per pair, sender/recipient FK, body naming people and phone numbers, read_at 30% empty), 48 reports/blocks (reporter/reported FK, category, details free text, action, moderator (staff name, empty for self-serve blocks), closed_at). match_id OTHER_UNIQUE_IDENTIFIER (a match is a pair of members). Coincidences: members named Florence, Madison, Austin, Paris beside those cities; job 'Florist', education 'Austin Community College'; moderator 'Jordan Pierce' beside members named Jordan",
        "delimiter": ",", "entity": "profiles", "columns": cols,
        "foreignKeys": [{"column": c, "references": "profiles.user_id"} for c in
                        ["swipes.swiper_id", "swipes.swipee_id", "messages.sender_id", "messages.recipient_id", "reports.reporter_id", "reports.reported_id"]]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

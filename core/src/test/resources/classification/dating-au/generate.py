#!/usr/bin/env python3
"""Writes dating-au: an invented dating-app export for Australia (profiles, likes, messages), comma-separated, d/m/yyyy
birthdays, ISO-8601 UTC timestamps, usernames, bios that give Instagram handles and phone numbers, last-seen GPS,
bcrypt password hashes, signup IPs, photo URLs. Only 24 profiles; likes refer to profiles as `liker` and `liked`,
messages as `sender` and `recipient`, none named like the key `uid` (seeded, stdlib only)."""
import csv, json, random, hashlib
rnd = random.Random(70706)
GIVEN = ["Matilda", "Lachlan", "Charlotte", "Hamish", "Isabella", "Cooper", "Mia", "Angus", "Ruby", "Fergus", "Zoe",
         "Jarrah", "Imogen", "Banjo", "Tahlia", "Archie", "Kirra", "Darcy"]
FAMILY = ["Nguyen", "Smith", "O'Brien", "Papadopoulos", "Kelly", "Williams", "Singh", "Rossi", "Walker", "Tran", "McKenzie", "Huang"]
CITIES = [("Sydney", -33.87, 151.21), ("Melbourne", -37.81, 144.96), ("Brisbane", -27.47, 153.03), ("Perth", -31.95, 115.86),
          ("Adelaide", -34.93, 138.60), ("Hobart", -42.88, 147.33), ("Darwin", -12.46, 130.84)]
WORDS = ["bushwalking", "flat whites", "footy", "surfing", "dogs", "trivia nights", "op shops", "camping", "gigs", "cooking"]
B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
users = []
for n in range(24):
    g, f = GIVEN[n % len(GIVEN)], rnd.choice(FAMILY)
    city, lat, lon = rnd.choice(CITIES)
    y = 1932 if n in (5, 17) else rnd.randint(1960, 2006)
    d, m = rnd.randint(1, 28), rnd.randint(1, 12)
    age = 2026 - y - (1 if m > 11 else 0)
    handle = rnd.choice(["%s_%s%d", "%s.%s.%d", "the_real_%s%s%d"]) % (g.lower(), f.lower().replace("'", "")[:4], rnd.randint(1, 99))
    ig = "@%s%s" % (g.lower(), rnd.randint(100, 999))
    mob = "04%02d %03d %03d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999))
    bio = rnd.choice(["%s here, into %s and %s. Insta %s" % (g, rnd.choice(WORDS), rnd.choice(WORDS), ig),
                      "Love %s. Text me on %s, not on here" % (rnd.choice(WORDS), mob),
                      "Widowed, %d, still dancing. My grandson %s set this up" % (age, rnd.choice(GIVEN)),
                      "Just moved to %s from %s. %s, %s" % (city, rnd.choice(CITIES)[0], rnd.choice(WORDS), rnd.choice(WORDS)), ""])
    uid = "%08x-%04x-4%03x-%04x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(12), 0x8000 | rnd.getrandbits(14), rnd.getrandbits(48))
    users.append([uid, handle, g, "%d/%d/%d" % (d, m, y), str(age), rnd.choice(["woman", "man", "non-binary"]),
                  rnd.choice(["men", "women", "everyone"]), bio, city, "%.5f" % (lat + rnd.uniform(-0.08, 0.08)), "%.5f" % (lon + rnd.uniform(-0.08, 0.08)),
                  str(rnd.randint(152, 195)), "$2b$12$" + "".join(rnd.choice(B64) for _ in range(53)),
                  "%d.%d.%d.%d" % (rnd.choice([1, 14, 49, 101, 120, 203]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                  "https://cdn.swoon.example/p/%s.jpg" % hashlib.sha1(handle.encode()).hexdigest()[:16], rnd.choice(["true", "false"])])
likes, msgs = [], []
for i in range(160):
    a, b = rnd.sample(users, 2)
    likes.append(["L%05d" % (i + 1), a[0], b[0], rnd.choice(["like", "like", "pass", "superlike"]),
                  "2026-%02d-%02dT%02d:%02d:%02dZ" % (rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))])
for i in range(90):
    a, b = rnd.sample(users, 2)
    text = rnd.choice(["Hey %s! Love your pics from %s" % (b[2], b[8]), "Coffee this weekend?", "haha same",
                       "I'm %s btw, my number is 04%02d %03d %03d" % (a[2], rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999)),
                       "Follow me %s" % ("@%s%d" % (a[2].lower(), rnd.randint(100, 999)))])
    msgs.append([str(i + 1), a[0], b[0], "2026-%02d-%02dT%02d:%02d:%02dZ" % (rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59)),
                 text, rnd.choice(["true", "false"])])
H1 = ["uid", "username", "display_name", "birthday", "age", "gender", "interested_in", "bio", "city", "last_lat", "last_lng",
      "height_cm", "pw_hash", "signup_ip", "photo", "verified"]
H2 = ["like_id", "liker", "liked", "action", "at"]
H3 = ["msg_no", "sender", "recipient", "sent_at", "body", "read"]
for name, head, rows in (("profiles", H1, users), ("likes", H2, likes), ("messages", H3, msgs)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
L1 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "FREE_TEXT", "CITY", "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING", "CREDENTIAL", "IP_ADDRESS", "URL", "NON_IDENTIFYING"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "FREE_TEXT", "NON_IDENTIFYING"]
cols = {"profiles." + h: l for h, l in zip(H1, L1)}
cols.update({"likes." + h: l for h, l in zip(H2, L2)})
cols.update({"messages." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "dating-au",
        "description": "Invented Australian dating-app export, ',': 24 profiles (UUIDs, usernames, display names, d/m/yyyy birthdays and ages including two over 89, bios with Instagram handles and 04xx mobiles, last-seen GPS to 5 decimals, bcrypt hashes, signup IPs, photo URLs), 160 likes and 90 messages referring to profiles as liker/liked and sender/recipient, ISO-8601 UTC timestamps, message bodies naming people",
        "delimiter": ",", "entity": "profiles", "columns": cols,
        "foreignKeys": [{"column": "likes.liker", "references": "profiles.uid"}, {"column": "likes.liked", "references": "profiles.uid"},
                        {"column": "messages.sender", "references": "profiles.uid"}, {"column": "messages.recipient", "references": "profiles.uid"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

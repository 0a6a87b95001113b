#!/usr/bin/env python3
"""Writes web-jsonl: an invented JSON Lines web analytics export (seeded, stdlib only)."""
import json, random
rnd = random.Random(55504)
G = ["ashley", "brent", "carmen", "dmitri", "elodie", "farouk", "gwen", "hamish", "ines", "jules"]
F = ["moreau", "kaczmarek", "olsen", "brightwater", "ferreira", "lindgren", "achebe", "holloway"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"]
users, events = [], []
for i in range(25):
    g, f = rnd.choice(G), rnd.choice(F)
    users.append({"user_id": 800000 + rnd.randint(0, 99999), "handle": "%s_%s%d" % (g, f, rnd.randint(1, 99)), "email": "%s.%s@example-mail.com" % (g, f),
                  "signup": "2025-%02d-%02d" % (rnd.randint(1, 12), rnd.randint(1, 28)), "plan": rnd.choice(["free", "pro"]),
                  "lat": round(rnd.uniform(40.0, 41.0), 5), "lon": round(rnd.uniform(-74.5, -73.5), 5)})
for u in users:
    for _ in range(rnd.randint(3, 10)):
        sid = "%016x" % rnd.getrandbits(64)
        ip = rnd.choice(["%d.%d.%d.%d" % (rnd.randint(11, 220), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                         "2001:db8:%x:%x::%x" % (rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(16))])
        ref = rnd.choice(["https://www.google.com/", "", "https://news.example.org/article/551",
                          "https://mail.example-mail.com/inbox?u=%s&msg=%d" % (u["email"], rnd.randint(1000, 9999))])
        events.append({"ts": 1764000000 + rnd.randint(0, 3000000), "uid": u["user_id"], "sid": sid, "ip": ip, "ua": rnd.choice(UA),
                       "page": rnd.choice(["/", "/pricing", "/docs/start", "/account"]), "ref": ref, "dur_ms": rnd.randint(200, 90000)})
def write(name, rows):
    with open(name + ".jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
write("users", users); write("events", events)
cols = {"users.user_id": "OTHER_UNIQUE_IDENTIFIER", "users.handle": "OTHER_UNIQUE_IDENTIFIER", "users.email": "EMAIL_ADDRESS", "users.signup": "DATE",
        "users.plan": "NON_IDENTIFYING", "users.lat": "GEOCOORDINATE", "users.lon": "GEOCOORDINATE",
        "events.ts": "DATE", "events.uid": "OTHER_UNIQUE_IDENTIFIER", "events.sid": "OTHER_UNIQUE_IDENTIFIER", "events.ip": "IP_ADDRESS",
        "events.ua": "QUASI_IDENTIFIER", "events.page": "NON_IDENTIFYING", "events.ref": "URL", "events.dur_ms": "NON_IDENTIFYING"}
gold = {"dataset": "web-jsonl", "description": "Invented JSON Lines web analytics export: 25 users (handle, e-mail, lat/lon), %d events with epoch seconds, session ids, IPv4/IPv6, user agents and referrers that sometimes carry the e-mail" % len(events),
        "delimiter": ",", "entity": "users", "columns": cols, "foreignKeys": [{"column": "events.uid", "references": "users.user_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

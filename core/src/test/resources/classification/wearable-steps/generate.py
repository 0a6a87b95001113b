#!/usr/bin/env python3
"""Writes wearable-steps: an invented fitness-wearable export (users, daily, workouts), ',' separated, ISO dates and
UTC date-times (seeded, stdlib only). `daily` is a 60-column wide table: per user and day, 24 hourly step counts, 24
hourly mean heart rates, daily totals and the sync time. Users carry usernames, e-mails, device serials, Bluetooth MAC
addresses, birth years (some before 1936) and an auto-detected home location; workouts carry start and end GPS, a
user-typed title (sometimes naming a companion or a street) and a GPX link containing the username."""
import csv, json, random, datetime
rnd = random.Random(80806)
GIVEN = ["Kate", "Sven", "Priya", "Marcus", "Ingrid", "Tomasz", "Aaliyah", "Declan", "Mei", "Jonas", "Fatima", "Rory",
         "Annika", "Kwame", "Hollie", "Mateo"]
FAMILY = ["Okafor", "Lindberg", "Ramaswamy", "Whitfield", "Nakashima", "Kowalczyk", "Abernethy", "Sundqvist", "Delacroix",
          "Mbeki", "Fairbairn", "Castellano"]
CITIES = [("Europe/London", 51.5560, -0.1780, ["Hampstead Heath", "Regent's Canal", "Primrose Hill"]),
          ("Europe/Stockholm", 59.3400, 18.0300, ["Hagaparken", "Djurgården", "Årstaviken"]),
          ("America/Toronto", 43.6650, -79.3900, ["High Park", "Martin Goodman Trail", "Don Valley"])]
ACTS = [("run", 8, 10000, 145), ("walk", 5, 5000, 100), ("ride", 20, 30000, 135), ("hike", 4, 12000, 115), ("swim", 2, 1500, 130)]
users, daily, workouts = [], [], []
for n in range(40):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    by = rnd.choice([rnd.randint(1931, 1935)] + [rnd.randint(1940, 2008)] * 9)
    handle = rnd.choice(["%s%s%02d" % (g.lower(), f[0].lower(), by % 100), "%s_%s" % (g, rnd.choice(["runs", "rides", "walks", "moves"])),
                         "%s.%s" % (g.lower(), f.lower())])
    tz, clat, clon, spots = rnd.choice(CITIES)
    hlat, hlon = clat + rnd.uniform(-0.05, 0.05), clon + rnd.uniform(-0.08, 0.08)
    uid = "u_%010x" % rnd.getrandbits(40)
    sex = rnd.choice(["F", "M"])
    users.append([uid, handle, "%s.%s@mail.example" % (g.lower(), f.lower()), "WX4-%s" % "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                  ":".join("%02X" % rnd.randint(0, 255) for _ in range(6)), str(by), sex, str(rnd.randint(150, 198)), "%.1f" % rnd.uniform(48, 118),
                  tz, "%.5f" % hlat, "%.5f" % hlon, rnd.choice(["4.12.3", "4.12.3", "4.11.0", "5.0.1"]), rnd.choice(["free", "free", "premium"])])
    old = by < 1945
    for day in range(45):
        date = datetime.date(2026, 10, 1) + datetime.timedelta(days=day)
        steps = [0] * 24
        hr = [""] * 24
        for h in range(24):
            worn = rnd.random() < 0.93
            if 7 <= h <= 22 and worn:
                steps[h] = max(0, int(rnd.gauss(650 if not old else 300, 400)))
            if worn:
                hr[h] = str(int(rnd.gauss(58 if h < 7 else 78, 6)))
        total = sum(steps)
        daily.append([uid, date.isoformat()] + [str(s) for s in steps] + hr +
                     [str(total), "%.2f" % (total * 0.00072), str(rnd.randint(0, 25)), str(total // 110), str(rnd.randint(300, 540)),
                      str(rnd.randint(48, 72)), str(rnd.randint(18, 90)), str(rnd.randint(93, 99)), str(1500 + total // 20),
                      "%sT%02d:%02d:%02dZ" % ((date + datetime.timedelta(days=1)).isoformat(), rnd.randint(0, 8), rnd.randint(0, 59), rnd.randint(0, 59))])
    for k in range(rnd.randint(3, 22)):
        act, kmh, dist, ahr = rnd.choice(ACTS[:4] if old else ACTS)
        dur = rnd.randint(900, 7200)
        d = int(dur / 3600 * kmh * 1000 * rnd.uniform(0.8, 1.2))
        start = datetime.datetime(2026, 10, 1, 5, 0) + datetime.timedelta(days=rnd.randint(0, 44), minutes=rnd.randint(0, 900))
        from_home = rnd.random() < 0.6
        slat, slon = (hlat, hlon) if from_home else (clat + rnd.uniform(-0.03, 0.03), clon + rnd.uniform(-0.05, 0.05))
        title = rnd.choice(["Morning %s" % act, "Lunch %s" % act, "Evening %s" % act, "%s loop" % rnd.choice(spots),
                            "%s with %s" % (act.capitalize(), rnd.choice(GIVEN)), "Parkrun %s #%d" % (rnd.choice(spots), rnd.randint(100, 600)),
                            "To %s's and back" % rnd.choice(GIVEN), "%s %s" % (act.capitalize(), start.strftime("%d %b"))])
        wid = "w%08d" % rnd.randint(10000000, 99999999)
        workouts.append([wid, uid, start.isoformat() + "Z", act, str(dur), str(d), str(int(rnd.gauss(ahr, 8))), str(int(rnd.gauss(ahr + 30, 8))),
                         str(rnd.randint(0, 400)), "%.6f" % (slat + rnd.uniform(-0.0003, 0.0003)), "%.6f" % (slon + rnd.uniform(-0.0003, 0.0003)),
                         "%.6f" % (slat + rnd.uniform(-0.0004, 0.0004) if from_home else clat + rnd.uniform(-0.03, 0.03)),
                         "%.6f" % (slon + rnd.uniform(-0.0004, 0.0004) if from_home else clon + rnd.uniform(-0.05, 0.05)),
                         title, "https://wear.example/u/%s/a/%s.gpx" % (handle, wid[1:])])
workouts.sort(key=lambda w: w[2])
H1 = ["user_id", "display_name", "email", "device_serial", "bt_mac", "birth_year", "sex", "height_cm", "weight_kg", "timezone",
      "home_lat", "home_lon", "firmware", "plan"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "EMAIL_ADDRESS", "DEVICE_IDENTIFIER", "DEVICE_IDENTIFIER", "QUASI_IDENTIFIER",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOCOORDINATE", "GEOCOORDINATE", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H2 = (["user", "date"] + ["steps_%02d" % h for h in range(24)] + ["hr_%02d" % h for h in range(24)] +
      ["total_steps", "distance_km", "floors", "active_minutes", "sleep_minutes", "resting_hr", "hrv_ms", "spo2_pct", "calories", "synced_at"])
L2 = ["OTHER_UNIQUE_IDENTIFIER", "DATE"] + ["NON_IDENTIFYING"] * 57 + ["DATE"]
H3 = ["workout_id", "user", "started_at", "activity", "duration_s", "distance_m", "avg_hr", "max_hr", "elev_gain_m", "start_lat", "start_lon",
      "end_lat", "end_lon", "title", "gpx_url"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE", "GEOCOORDINATE", "FREE_TEXT", "URL"]
assert len(H2) == 60 == len(L2)
for name, head, rows in (("users", H1, users), ("daily", H2, daily), ("workouts", H3, workouts)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"users." + h: l for h, l in zip(H1, L1)}
cols.update({"daily." + h: l for h, l in zip(H2, L2)})
cols.update({"workouts." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "wearable-steps",
        "description": "Invented fitness-wearable export, ',': 40 users (ids, usernames, e-mails, device serials, Bluetooth MACs, birth years including 1931-1935, height, weight, time zone, auto-detected home location to 5 decimals), a 60-column daily table of 1,800 rows (24 hourly step counts, 24 hourly heart rates, totals, sync time in UTC), %d workouts (UTC start times, start and end GPS to 6 decimals, often at home, user-typed titles naming companions and places, GPX links holding the username). birth_year is labelled QUASI_IDENTIFIER as in members/subjects; years implying an age over 89 are counted as leaks by independent_check8.py" % len(workouts),
        "delimiter": ",", "entity": "users", "columns": cols,
        "foreignKeys": [{"column": "daily.user", "references": "users.user_id"}, {"column": "workouts.user", "references": "users.user_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

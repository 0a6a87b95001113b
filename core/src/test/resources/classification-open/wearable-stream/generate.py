#!/usr/bin/env python3
"""Writes wearable-stream: an invented wearable/IoT telemetry export shipped WITHOUT its users or devices table
(seeded, stdlib only). readings.csv: 2000 readings of 60 wearers (device_serial `FB4A-7Q2K-93XD` 3-50 times each,
user_email, ts ISO-8601 UTC, heart_rate, steps, spo2, battery_pct, lat/lon to 5 decimals around the wearer's home
and gym, activity, firmware); firmware_updates.csv: 25 OTA updates (update_id, sn = the device serial, from_version,
to_version, applied_at Unix milliseconds, status). Coincidence: the activity `Walking` and the firmware `Sequoia`
beside no person of that name; the gym `Austin Fit` is a place, no column."""
import csv, json, random, datetime
rnd = random.Random(27005)
GIVEN = ["ava", "ben", "carla", "dev", "emeka", "fern", "gus", "hana", "ivo", "jade", "kofi", "lena"]
FAMILY = ["marsh", "quinlan", "osei", "varga", "holm", "bright", "tanaka", "reyes", "coyle", "imrie"]
DOM = ["gmail.com", "outlook.com", "icloud.com", "hey.com"]
CITIES = [(39.7392, -104.9903), (51.4545, -2.5879), (53.3498, -6.2603), (-33.8688, 151.2093)]
A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
def serial():
    return "-".join("".join(rnd.choice(A) for _ in range(4)) for _ in range(3))
people = []
for i in range(60):
    c = rnd.choice(CITIES)
    home = (c[0] + rnd.uniform(-0.08, 0.08), c[1] + rnd.uniform(-0.08, 0.08))
    gym = (c[0] + rnd.uniform(-0.05, 0.05), c[1] + rnd.uniform(-0.05, 0.05))
    people.append({"sn": serial(), "email": "%s.%s%d@%s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), i, rnd.choice(DOM)), "home": home, "gym": gym,
                   "fw": rnd.choice(["3.2.1", "3.2.4", "Sequoia 4.0"])})
w = [rnd.randint(3, 50) for _ in people]
t0 = datetime.datetime(2026, 4, 1)
rows = []
for k in range(2000):
    p = rnd.choices(people, w)[0]
    act = rnd.choice(["Resting", "Walking", "Running", "Cycling", "Sleeping"])
    loc = p["gym"] if act == "Running" and rnd.random() < 0.5 else p["home"]
    t = t0 + datetime.timedelta(seconds=rnd.randint(0, 20 * 86400))
    hr = {"Resting": 62, "Walking": 95, "Running": 150, "Cycling": 135, "Sleeping": 55}[act] + rnd.randint(-8, 12)
    rows.append([p["sn"], p["email"], t.strftime("%Y-%m-%dT%H:%M:%SZ"), hr, rnd.randint(0, 1800) if act not in ("Sleeping", "Resting") else rnd.randint(0, 20),
                 rnd.randint(93, 100), rnd.randint(5, 100), "%.5f" % (loc[0] + rnd.uniform(-0.0004, 0.0004)), "%.5f" % (loc[1] + rnd.uniform(-0.0004, 0.0004)), act, p["fw"]])
rows.sort(key=lambda r: r[2])
H = ["device_serial", "user_email", "ts", "heart_rate", "steps", "spo2", "battery_pct", "lat", "lon", "activity", "firmware"]
with open("readings.csv", "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f, lineterminator="\n"); wr.writerow(H); wr.writerows(rows)
FH = ["update_id", "sn", "from_version", "to_version", "applied_at", "status"]
with open("firmware_updates.csv", "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f, lineterminator="\n"); wr.writerow(FH)
    for i, p in enumerate(rnd.sample(people, 25)):
        t = t0 + datetime.timedelta(seconds=rnd.randint(0, 20 * 86400))
        wr.writerow(["ota-%05d" % (i + 101), p["sn"], "3.2.1", "3.3.0", int((t - datetime.datetime(1970, 1, 1)).total_seconds()) * 1000 + rnd.randint(0, 999), rnd.choice(["applied", "applied", "failed", "rolled_back"])])
L = {"readings.device_serial": "DEVICE_IDENTIFIER", "readings.user_email": "EMAIL_ADDRESS", "readings.ts": "DATE", "readings.heart_rate": "NON_IDENTIFYING",
     "readings.steps": "NON_IDENTIFYING", "readings.spo2": "NON_IDENTIFYING", "readings.battery_pct": "NON_IDENTIFYING", "readings.lat": "GEOCOORDINATE",
     "readings.lon": "GEOCOORDINATE", "readings.activity": "NON_IDENTIFYING", "readings.firmware": "NON_IDENTIFYING",
     "firmware_updates.update_id": "OTHER_UNIQUE_IDENTIFIER", "firmware_updates.sn": "DEVICE_IDENTIFIER", "firmware_updates.from_version": "NON_IDENTIFYING",
     "firmware_updates.to_version": "NON_IDENTIFYING", "firmware_updates.applied_at": "DATE", "firmware_updates.status": "NON_IDENTIFYING"}
gold = {"dataset": "wearable-stream",
        "description": "Invented wearable telemetry without users or devices table, ',': 2000 readings of 60 wearers (device serial XXXX-XXXX-XXXX 3-50 times each, e-mail, ISO UTC times, heart rate, steps, SpO2, battery, 5-decimal coordinates near home or gym, activity, firmware) and 25 OTA updates (serial under 'sn', applied_at in Unix milliseconds)",
        "delimiter": ",", "entity": "readings", "columns": L, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

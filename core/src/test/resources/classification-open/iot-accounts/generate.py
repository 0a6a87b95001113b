#!/usr/bin/env python3
"""Writes iot-accounts: an invented SaaS / connected-device account export (accounts 500 rows, devices about 830 rows and
events 4,000 rows, all JSON Lines: a first version wrote devices and events as CSV, which Warden refuses in one directory). Accounts: uuid, username, handle `@jsmith88`, display_name, email, bcrypt
password_hash, api_key `sk_live_...`, last_login_ip (IPv4 and IPv6 mixed), home_lat/home_lon, timezone, locale, plan,
created_at ISO-8601 with offset, birthday without a year (`--04-05` or `April 5`), avatar_url containing the username.
Devices: device_serial, account_id, mac_address, imei (15 digits, Luhn valid), vin (17 characters, valid check digit).
Events: event_id, device_serial, ts epoch milliseconds, metric, value (seeded, stdlib only)."""
import csv, json, os, random, datetime, uuid, string
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(180404)
GIVEN = ["Jordan", "Taylor", "Morgan", "Casey", "Riley", "Avery", "Quinn", "Hannah", "Ethan", "Chloe", "Nathan", "Zoe",
         "Kenji", "Anika", "Mateus", "Ingrid", "Tobias", "Leila", "Rowan", "Sienna", "Dmitri", "Aaliyah", "Finn", "Nadia"]
FAMILY = ["Smith", "Fischer", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Kowalski", "Haddad", "Novak", "Brennan",
          "Castillo", "Iyer", "Schultz", "Petrov", "Walsh", "Andersen", "Delacroix", "Nakamura", "Osei", "Varga"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
TZ = [("America/New_York", "-05:00", "en-US", 40.7, -74.0), ("Europe/Berlin", "+01:00", "de-DE", 52.5, 13.4),
      ("Europe/London", "+00:00", "en-GB", 51.5, -0.12), ("Asia/Tokyo", "+09:00", "ja-JP", 35.68, 139.7),
      ("America/Los_Angeles", "-08:00", "en-US", 34.05, -118.24), ("Australia/Sydney", "+10:00", "en-AU", -33.87, 151.2)]
def luhn_digit(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0: d *= 2
        t += d - 9 if d > 9 else d
    return str((10 - t % 10) % 10)
VT = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
      **dict(zip("STUVWXYZ", range(2, 10)))}
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rnd.choice(["1HG", "5YJ", "WVW", "JTD", "1FT", "WBA"]) + "".join(rnd.choice(al) for _ in range(5)) + "0"
             + rnd.choice("KLMNPR") + rnd.choice("ABCDEFGH") + "%06d" % rnd.randint(0, 999999))
    c = sum(VT[ch] * VW[i] for i, ch in enumerate(v)) % 11
    v[8] = "X" if c == 10 else str(c); return "".join(v)
def bcrypt():
    al = "./" + string.ascii_letters + string.digits
    return "$2b$12$" + "".join(rnd.choice(al) for _ in range(53))
def ip():
    if rnd.random() < 0.6:
        return "%d.%d.%d.%d" % (rnd.choice([73, 98, 24, 86, 91, 126, 203]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))
    return "2a02:%x:%x:%x::%x" % (rnd.randint(0x100, 0xffff), rnd.randint(0, 0xffff), rnd.randint(0, 0xffff), rnd.randint(1, 0xffff)) if rnd.random() < 0.5 \
        else "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(rnd.randint(0, 0xffff) for _ in range(7))
accounts = []; users = set()
for i in range(500):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    while True:
        pat = rnd.choice([0, 1, 2, 3])
        u = [fn[0].lower() + ln.lower() + str(rnd.randint(1, 99)), fn.lower() + "." + ln.lower(), fn.lower() + "_" + ln.lower()[:3] + str(rnd.randint(70, 99)), fn.lower() + ln.lower()][pat]
        if u not in users: users.add(u); break
    tz, off, loc, la, lo = rnd.choice(TZ)
    bd = datetime.date(2000, rnd.randint(1, 12), rnd.randint(1, 28))
    created = datetime.datetime(2019, 1, 1) + datetime.timedelta(seconds=rnd.randint(0, 190000000))
    accounts.append({"account_id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "username": u, "handle": "@" + u.replace(".", "_"),
                     "display_name": rnd.choice(["%s %s" % (fn, ln), "%s %s." % (fn, ln[0]), fn]), "email": "%s@%s" % (u, rnd.choice(["gmail.com", "proton.me", "fastmail.com", "hey.com", "web.de"])),
                     "password_hash": bcrypt(), "api_key": "sk_live_" + "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(24)),
                     "last_login_ip": ip(), "home_lat": round(la + rnd.uniform(-0.3, 0.3), 5), "home_lon": round(lo + rnd.uniform(-0.3, 0.3), 5),
                     "timezone": tz, "locale": loc, "plan": rnd.choice(["free", "free", "pro", "family", "business"]),
                     "created_at": created.strftime("%Y-%m-%dT%H:%M:%S") + off,
                     "birthday": None if rnd.random() < 0.2 else (bd.strftime("--%m-%d") if rnd.random() < 0.5 else "%s %d" % (MONTHS[bd.month - 1], bd.day)),
                     "avatar_url": "https://cdn.example-iot.com/avatars/%s/%s.png" % (u, "".join(rnd.choice("0123456789abcdef") for _ in range(8)))})
with open("accounts.jsonl", "w", encoding="utf-8") as f:
    for a in accounts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
def w(name, header, rows):
    """JSON Lines too (Warden reads a directory of CSV or of JSON Lines, not both): empty -> null, ts and value as numbers."""
    with open(name + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({h: (None if v == "" else int(v) if h in ("ts", "value") else v) for h, v in zip(header, r)}) + "\n")
devices = []; serials = set()
for a in accounts:
    for _ in range(rnd.choice([1, 1, 1, 2, 2, 3])):
        kind = rnd.choice(["thermostat", "tracker", "car-dongle", "camera"])
        while True:
            s = rnd.choice(["TH", "TR", "CD", "CM"]) + "%d%s%06d" % (rnd.randint(19, 24), rnd.choice("ABCDEFGHJK"), rnd.randint(0, 999999))
            if s not in serials: serials.add(s); break
        mac = ":".join("%02X" % b for b in [0x3C, 0x71, 0xBF] + [rnd.randint(0, 255) for _ in range(3)]) if rnd.random() < 0.5 else \
            "-".join("%02x" % rnd.randint(0, 255) for _ in range(6))
        im = ""
        if kind in ("tracker", "car-dongle"):
            b = "35" + "%012d" % rnd.randint(0, 10 ** 12 - 1); im = b + luhn_digit(b)
        devices.append([s, a["account_id"], kind, mac, im, vin() if kind == "car-dongle" else "", "%d.%d.%d" % (rnd.randint(1, 4), rnd.randint(0, 9), rnd.randint(0, 30)),
                        (datetime.datetime(2020, 1, 1) + datetime.timedelta(seconds=rnd.randint(0, 150000000))).strftime("%Y-%m-%dT%H:%M:%SZ")])
w("devices", ["device_serial", "account_id", "device_type", "mac_address", "imei", "vin", "firmware", "activated_at"], devices)
events = []
METRIC = {"thermostat": [("temp_c", 16, 26), ("humidity", 25, 70)], "tracker": [("battery", 5, 100), ("steps", 0, 20000)],
          "car-dongle": [("speed_kmh", 0, 140), ("fuel_pct", 3, 100)], "camera": [("motion", 0, 1), ("battery", 5, 100)]}
for k in range(4000):
    d = rnd.choice(devices); m, lo, hi = rnd.choice(METRIC[d[2]])
    events.append(["e%08d" % (k * 3 + 17), d[0], str(1704067200000 + rnd.randint(0, 60 * 86400 * 1000)), m, str(rnd.randint(lo, hi))])
w("events", ["event_id", "device_serial", "ts", "metric", "value"], events)
cols = {"accounts.account_id": "OTHER_UNIQUE_IDENTIFIER", "accounts.username": "OTHER_UNIQUE_IDENTIFIER", "accounts.handle": "OTHER_UNIQUE_IDENTIFIER",
        "accounts.display_name": "NAME", "accounts.email": "EMAIL_ADDRESS", "accounts.password_hash": "CREDENTIAL", "accounts.api_key": "CREDENTIAL",
        "accounts.last_login_ip": "IP_ADDRESS", "accounts.home_lat": "GEOCOORDINATE", "accounts.home_lon": "GEOCOORDINATE",
        "accounts.timezone": "NON_IDENTIFYING", "accounts.locale": "NON_IDENTIFYING", "accounts.plan": "NON_IDENTIFYING",
        "accounts.created_at": "DATE", "accounts.birthday": "DATE_OF_BIRTH", "accounts.avatar_url": "URL",
        "devices.device_serial": "DEVICE_IDENTIFIER", "devices.account_id": "OTHER_UNIQUE_IDENTIFIER", "devices.device_type": "NON_IDENTIFYING",
        "devices.mac_address": "DEVICE_IDENTIFIER", "devices.imei": "DEVICE_IDENTIFIER", "devices.vin": "VEHICLE_IDENTIFIER",
        "devices.firmware": "NON_IDENTIFYING", "devices.activated_at": "DATE",
        "events.event_id": "OTHER_UNIQUE_IDENTIFIER", "events.device_serial": "DEVICE_IDENTIFIER", "events.ts": "DATE",
        "events.metric": "NON_IDENTIFYING", "events.value": "NON_IDENTIFYING"}
gold = {"dataset": "iot-accounts", "description": "Invented SaaS / connected-device account export: all JSON Lines: accounts 500 (uuid, username, handle @name, display_name, email, bcrypt password_hash, api_key sk_live_, last_login_ip IPv4/IPv6, home_lat/home_lon, timezone, locale, plan, created_at ISO-8601 with offset, birthday --MM-DD or 'April 5' without a year, avatar_url with the username), devices 830 (device_serial, account_id FK, device_type, mac_address, imei Luhn, vin with check digit, firmware, activated_at), events 4000 (event_id, device_serial FK, ts epoch ms, metric, value)",
        "delimiter": ",", "entity": "accounts", "columns": cols,
        "foreignKeys": [{"column": "devices.account_id", "references": "accounts.account_id"},
                        {"column": "events.device_serial", "references": "devices.device_serial"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

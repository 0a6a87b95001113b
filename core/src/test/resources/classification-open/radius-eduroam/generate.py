#!/usr/bin/env python3
"""Writes radius-eduroam: an invented university's FreeRADIUS accounting log exported to CSV (the attribute names of
the `detail` file as headers, ','; seeded, stdlib only), and its wireless controller's access-point inventory.
radacct: 3,000 Start/Interim-Update/Stop records of 150 users and their ~230 devices (several sessions per user and
device): User-Name as the inner identity (`jsmith@uni.example.edu`), an outer `anonymous@visitor.org` for visitors,
or a machine account `host/LAPTOP-7F3K2.ad.uni.example.edu`; Calling-Station-Id client MACs `AA-BB-CC-11-22-33` or
Cisco `aabb.cc11.2233`; Called-Station-Id AP MAC + `:eduroam`; eduroam Chargeable-User-Identity (SHA-256 hex per user);
Framed-IP-Address; epoch Timestamp and Event-Timestamp `Apr  5 2026 10:14:38 UTC`. access_points: 20 APs.
Coincidences: buildings Morris Hall and Kendall Library beside users named Morris and Kendall."""
import csv, json, random, datetime, hashlib
rnd = random.Random(43001)
GIVEN = ["James", "Olivia", "Noah", "Emma", "Liam", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia",
         "Aiden", "Harper", "Kendall", "Morris", "Priya", "Wei", "Fatima", "Mateo", "Chloe", "Daniel", "Grace", "Omar"]
FAMILY = ["Smith", "Johnson", "Nguyen", "Patel", "Garcia", "Kowalski", "Morris", "Kendall", "Okafor", "Lindqvist",
          "Brennan", "Haddad", "Takahashi", "Reyes", "Whitfield", "Osei", "Fischer", "Castillo", "Duarte", "Yilmaz"]
BUILDINGS = [("MORRIS", "Morris Hall"), ("KENDALL", "Kendall Library"), ("SCI", "Science Center"),
             ("ENG", "Engineering Building"), ("SU", "Student Union"), ("REC", "Recreation Center"),
             ("ADM", "Administration")]
MODELS = ["AIR-AP3802I-B-K9", "C9120AXI-B", "C9130AXI-B", "AIR-CAP2702I-B-K9"]
def mac(sep):
    b = [rnd.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return b
def fmt_mac(b, style):
    h = "".join("%02x" % x for x in b)
    if style == "dash":
        return "-".join(h[i:i + 2] for i in range(0, 12, 2)).upper()
    return ".".join(h[i:i + 4] for i in range(0, 12, 4))
# access points
aps = []
for i in range(20):
    code, bname = BUILDINGS[i % len(BUILDINGS)] if i < 14 else BUILDINGS[rnd.randrange(len(BUILDINGS))]
    floor = rnd.randint(1, 4)
    name = "%s-%dF-AP%02d" % (code, floor, i + 1)
    b = mac(0)
    aps.append({"AP Name": name, "Base Radio MAC": ":".join("%02x" % x for x in b), "_mac": b,
                "IP Address": "10.40.%d.%d" % (i // 10 + 1, 20 + i), "Building": bname, "Floor": str(floor),
                "Model": rnd.choice(MODELS), "Serial Number": "FCW%02d%02d%s" % (rnd.randint(19, 24), rnd.randint(1, 52), "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))),
                "Controller": rnd.choice(["WLC-CORE-01", "WLC-CORE-02"]),
                "Installed": "%d-%02d-%02d" % (rnd.randint(2017, 2024), rnd.randint(1, 12), rnd.randint(1, 28)),
                "Status": rnd.choice(["Registered"] * 5 + ["Not Joined"])})
# users and devices
users, used = [], set()
while len(users) < 150:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    kind = rnd.random()
    if kind < 0.75:
        local = (g[0] + f).lower() if rnd.random() < 0.6 else "%s.%s" % (g.lower(), f.lower())
        if local in used:
            local += str(rnd.randint(2, 99))
        used.add(local)
        uname = local + "@" + rnd.choice(["uni.example.edu", "uni.example.edu", "student.uni.example.edu"])
    elif kind < 0.88:
        uname = "anonymous@" + rnd.choice(["visitor.org", "tu-example.de", "univ-exemple.fr", "example.ac.uk", "uni-muster.at"])
    else:
        uname = "host/%s-%s.ad.uni.example.edu" % (rnd.choice(["LAPTOP", "DESKTOP", "LIB-PC"]), "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)))
    realm = uname.split("@")[1] if "@" in uname else "ad.uni.example.edu"
    cui = hashlib.sha256(("cui-salt-43" + uname + str(len(users))).encode()).hexdigest()
    devs = [(mac(0), rnd.choice(["dash", "dash", "cisco"])) for _ in range(rnd.choice([1, 1, 2, 2, 3]))]
    users.append((uname, realm, cui, devs))
start = datetime.datetime(2026, 4, 1, 7, 0, 0)
rows = []
sid = 0x5F3A9C12000001B4
while len(rows) < 3000:
    uname, realm, cui, devs = rnd.choice(users)
    dev, style = rnd.choice(devs)
    ap = rnd.choice(aps)
    t0 = start + datetime.timedelta(seconds=rnd.randint(0, 14 * 86400))
    sid += rnd.randint(1, 40)
    ip = "10.%d.%d.%d" % (rnd.choice([128, 129, 130]), rnd.randint(0, 255), rnd.randint(2, 254)) if rnd.random() < 0.8 else "145.%d.%d.%d" % (rnd.randint(90, 99), rnd.randint(0, 255), rnd.randint(2, 254))
    length = rnd.randint(120, 5 * 3600)
    stages = ["Start"] + ["Interim-Update"] * (length // 1800) + ["Stop"]
    uniq = hashlib.md5(("%X" % sid + uname).encode()).hexdigest()
    inoct = outoct = 0
    for k, st in enumerate(stages):
        el = 0 if st == "Start" else (length if st == "Stop" else 1800 * k)
        inoct += 0 if st == "Start" else rnd.randint(10 ** 5, 6 * 10 ** 8)
        outoct += 0 if st == "Start" else rnd.randint(10 ** 5, 3 * 10 ** 9)
        t = t0 + datetime.timedelta(seconds=el)
        rows.append({"Timestamp": str(int((t - datetime.datetime(1970, 1, 1)).total_seconds())),
                     "Event-Timestamp": t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %Y %H:%M:%S UTC"),
                     "Acct-Status-Type": st, "Acct-Session-Id": "%016X" % sid, "Acct-Unique-Session-Id": uniq,
                     "User-Name": uname, "Realm": realm, "Chargeable-User-Identity": cui,
                     "Calling-Station-Id": fmt_mac(dev, style),
                     "Called-Station-Id": fmt_mac(ap["_mac"], "dash") + ":eduroam",
                     "NAS-IP-Address": "10.40.0.%d" % (11 if ap["Controller"].endswith("1") else 12),
                     "NAS-Identifier": ap["AP Name"], "NAS-Port-Type": "Wireless-802.11",
                     "Framed-IP-Address": ip, "Connect-Info": rnd.choice(["CONNECT 802.11ac", "CONNECT 802.11ax", "CONNECT 802.11n"]) if st == "Start" else "",
                     "Acct-Session-Time": str(el), "Acct-Input-Octets": str(inoct), "Acct-Output-Octets": str(outoct),
                     "Acct-Input-Packets": str(inoct // 900), "Acct-Output-Packets": str(outoct // 1100),
                     "Acct-Terminate-Cause": rnd.choice(["User-Request", "Idle-Timeout", "Session-Timeout", "Lost-Carrier", "Lost-Service"]) if st == "Stop" else "",
                     "Operator-Name": "1uni.example.edu"})
rows = rows[:3000]
rows.sort(key=lambda r: int(r["Timestamp"]))
RH = ["Timestamp", "Event-Timestamp", "Acct-Status-Type", "Acct-Session-Id", "Acct-Unique-Session-Id", "User-Name", "Realm",
      "Chargeable-User-Identity", "Calling-Station-Id", "Called-Station-Id", "NAS-IP-Address", "NAS-Identifier",
      "NAS-Port-Type", "Framed-IP-Address", "Connect-Info", "Acct-Session-Time", "Acct-Input-Octets", "Acct-Output-Octets",
      "Acct-Input-Packets", "Acct-Output-Packets", "Acct-Terminate-Cause", "Operator-Name"]
AH = ["AP Name", "Base Radio MAC", "IP Address", "Building", "Floor", "Model", "Serial Number", "Controller", "Installed", "Status"]
for name, head, data in (("radacct", RH, rows), ("access_points", AH, aps)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        for r in data:
            w.writerow([r[h] for h in head])
L = {"Timestamp": "DATE", "Event-Timestamp": "DATE", "Acct-Status-Type": "NON_IDENTIFYING",
     "Acct-Session-Id": "OTHER_UNIQUE_IDENTIFIER", "Acct-Unique-Session-Id": "OTHER_UNIQUE_IDENTIFIER",
     "User-Name": "EMAIL_ADDRESS", "Realm": "QUASI_IDENTIFIER", "Chargeable-User-Identity": "OTHER_UNIQUE_IDENTIFIER",
     "Calling-Station-Id": "DEVICE_IDENTIFIER", "Called-Station-Id": "QUASI_IDENTIFIER", "NAS-IP-Address": "QUASI_IDENTIFIER",
     "NAS-Identifier": "NON_IDENTIFYING", "NAS-Port-Type": "NON_IDENTIFYING", "Framed-IP-Address": "IP_ADDRESS",
     "Connect-Info": "NON_IDENTIFYING", "Acct-Session-Time": "NON_IDENTIFYING", "Acct-Input-Octets": "NON_IDENTIFYING",
     "Acct-Output-Octets": "NON_IDENTIFYING", "Acct-Input-Packets": "NON_IDENTIFYING", "Acct-Output-Packets": "NON_IDENTIFYING",
     "Acct-Terminate-Cause": "NON_IDENTIFYING", "Operator-Name": "NON_IDENTIFYING"}
A = {"AP Name": "NON_IDENTIFYING", "Base Radio MAC": "QUASI_IDENTIFIER", "IP Address": "QUASI_IDENTIFIER",
     "Building": "NON_IDENTIFYING", "Floor": "NON_IDENTIFYING", "Model": "NON_IDENTIFYING", "Serial Number": "QUASI_IDENTIFIER",
     "Controller": "NON_IDENTIFYING", "Installed": "DATE", "Status": "NON_IDENTIFYING"}
cols = {"radacct." + h: L[h] for h in RH}
cols.update({"access_points." + h: A[h] for h in AH})
gold = {"dataset": "radius-eduroam",
        "description": "Invented FreeRADIUS accounting (eduroam) CSV export with RADIUS attribute names as headers, ',': 3,000 Start/Interim-Update/Stop records of 150 users (inner identity user@uni.example.edu, outer anonymous@visitor realm, host/LAPTOP-XXXXX.ad.uni.example.edu machine accounts) and their devices (client MAC AA-BB-CC-11-22-33 or aabb.cc11.2233), AP MAC:eduroam, CUI SHA-256 hex per user, Framed-IP-Address, epoch Timestamp and Event-Timestamp 'Apr  5 2026 10:14:38 UTC', octets and packets; 20 access points (AP name, radio MAC, management IP, building, floor, model, serial, controller). Coincidences: buildings Morris Hall and Kendall Library beside users named Morris and Kendall",
        "delimiter": ",", "entity": "access_points", "columns": cols,
        "foreignKeys": [{"column": "radacct.NAS-Identifier", "references": "access_points.AP Name"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes adtech-bidlog: an invented log of an in-app programmatic advertising bidder (OpenRTB 2.5 bid requests with
the bidder's response and the win notice), exported as JSON Lines with the request flattened to dotted keys
(`device.ifa`, `device.geo.lat`, as a Kafka Connect Flatten transform or a flattened warehouse table writes them),
and a small CSV of the bidder's campaigns (seeded, stdlib only). 3,200 requests from 420 devices (Zipf-like: a few
devices send hundreds of requests), IDFA upper-case / GAID lower-case, 9% limit-ad-tracking rows with the all-zero
IFA, IPv4 or IPv6, app user agents, lat/lon with 4 to 6 decimals, ZIP, DMA, user.id and buyeruid, year of birth
(a few before 1936), epoch-millisecond timestamps; 20 campaigns (advertiser, dates, budget, owner's e-mail)."""
import csv, json, random, uuid
rnd = random.Random(40401)
# city, state, lat, lon, zip prefix, DMA code
CITIES = [("Austin", "TX", 30.2672, -97.7431, "787", "635"), ("Houston", "TX", 29.7604, -95.3698, "770", "618"),
          ("Jackson", "MS", 32.2988, -90.1848, "392", "718"), ("Madison", "WI", 43.0731, -89.4012, "537", "669"),
          ("Columbus", "OH", 39.9612, -82.9988, "432", "535"), ("Phoenix", "AZ", 33.4484, -112.0740, "850", "753"),
          ("Denver", "CO", 39.7392, -104.9903, "802", "751"), ("Tampa", "FL", 27.9506, -82.4572, "336", "539"),
          ("Charlotte", "NC", 35.2271, -80.8431, "282", "517"), ("Fresno", "CA", 36.7378, -119.7871, "937", "866"),
          ("Brooklyn", "NY", 40.6782, -73.9442, "112", "501"), ("Tacoma", "WA", 47.2529, -122.4443, "984", "819"),
          ("Lincoln", "NE", 40.8136, -96.7026, "685", "722"), ("Savannah", "GA", 32.0809, -81.0912, "314", "507")]
APPS = [("com.example.game.wordcross", "Word Cross Saga", "pub-10422", "Lumen Games", "IAB9-30"),
        ("com.example.solitaire.austin", "Austin Solitaire", "pub-10422", "Lumen Games", "IAB9-30"),
        ("com.example.weather.radar", "Radar Now", "pub-20991", "Skyline Apps LLC", "IAB15-10"),
        ("com.example.news.daily", "Daily Brief", "pub-31007", "Madison Media Group", "IAB12"),
        ("com.example.fitness.steps", "StepQuest", "pub-44110", "Pulse Labs", "IAB7-30"),
        ("com.example.puzzle.blocks", "Block Drop 3D", "pub-10422", "Lumen Games", "IAB9-30"),
        ("1459877413", "Recipe Box", "pub-52818", "Savory Apps Inc", "IAB8"),
        ("1382211760", "Tide Chart Pro", "pub-20991", "Skyline Apps LLC", "IAB20")]
EXCH = ["openx", "pubmatic", "magnite", "inmobi", "applovin"]
SIZES = [(320, 50), (300, 250), (728, 90), (320, 480), (480, 320)]
TAGS = ["banner_bottom", "interstitial_level_end", "rewarded_video", "mrec_feed", "native_feed"]
ANDROID = [("samsung", "SM-S918U", "13", "TP1A.220624.014"), ("samsung", "SM-A536U", "14", "UP1A.231005.007"),
           ("Google", "Pixel 7", "14", "UQ1A.240205.002"), ("motorola", "moto g stylus 5G", "12", "S2RDS32.51-11-7"),
           ("OnePlus", "CPH2451", "13", "TP1A.220905.001")]
IOS = [("Apple", "iPhone14,5", "17.1.2"), ("Apple", "iPhone15,2", "17.2"), ("Apple", "iPhone12,1", "16.7.2"),
       ("Apple", "iPad13,18", "17.1")]
CARRIERS = ["T-Mobile", "Verizon", "AT&T", "WIFI", "WIFI", "Cricket Wireless"]
CAMPAIGNS = []
ADVERTISERS = [("Jackson Hewitt", "jacksonhewitt.example", "IAB13-7"), ("ShopNow", "shopnow.example", "IAB22"),
               ("Fresh Plate Meals", "freshplate.example", "IAB8"), ("Zest Bank", "zestbank.example", "IAB13"),
               ("RaceRoyale", "raceroyale.example", "IAB9-30"), ("Madison Reed Salon", "madisonsalon.example", "IAB18-1"),
               ("Lincoln Auto Group", "lincolnauto.example", "IAB2")]
OWNERS = ["kmorales@bidder.example", "j.okafor@bidder.example", "priya.s@bidder.example", "tgreene@bidder.example"]
for k in range(20):
    adv, dom, cat = ADVERTISERS[k % len(ADVERTISERS)]
    start = 1698796800000 + rnd.randint(0, 40) * 86400000
    CAMPAIGNS.append({"campaign_id": "cmp_%05d" % (31000 + k * 7), "advertiser": adv, "adomain": dom,
                      "campaign_name": "%s - %s" % (adv, rnd.choice(["Q4 Install", "Holiday Retargeting", "Tax Season", "Brand Awareness", "Spring Promo"])),
                      "iab_category": cat, "start_date": "2023-%02d-%02d" % (rnd.randint(9, 11), rnd.randint(1, 28)),
                      "end_date": "2024-%02d-%02d" % (rnd.randint(1, 4), rnd.randint(1, 28)),
                      "daily_budget_usd": "%d.00" % rnd.choice([250, 500, 1000, 2500, 5000]),
                      "bid_strategy": rnd.choice(["CPM_FIXED", "CPI_TARGET", "ROAS_TARGET"]),
                      "target_geo": rnd.choice(["US", "US-TX", "DMA 635 Austin", "DMA 669 Madison", "US-WI,US-MN"]),
                      "status": rnd.choice(["ACTIVE", "ACTIVE", "PAUSED", "ENDED"]), "owner_email": rnd.choice(OWNERS),
                      "creatives": ";".join("cr_%06d" % rnd.randint(100000, 999999) for _ in range(rnd.randint(1, 3)))})

def ipv4():
    while True:
        a = rnd.choice([24, 47, 66, 68, 71, 73, 97, 98, 99, 107, 108, 172, 174, 184])
        if a == 172:
            continue
        return "%d.%d.%d.%d" % (a, rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))
def ipv6():
    p = rnd.choice(["2600:1700", "2607:fb90", "2601:0646", "2603:8080"])
    return p + ":" + ":".join("%x" % rnd.randint(0, 65535) for _ in range(6))

devices = []
for d in range(420):
    ios = rnd.random() < 0.45
    city = rnd.choice(CITIES)
    dev = {"ios": ios, "ifa": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "city": city,
           "lat": city[2] + rnd.uniform(-0.12, 0.12), "lon": city[3] + rnd.uniform(-0.12, 0.12),
           "zip": city[4] + "%02d" % rnd.randint(1, 45), "lmt": rnd.random() < 0.09,
           "ips": [ipv4() for _ in range(rnd.randint(1, 3))], "v6": rnd.random() < 0.3, "v6ip": ipv6(),
           "uid": "%016x" % rnd.getrandbits(64) if rnd.random() < 0.8 else "",
           "buyeruid": "bu-" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(20)) if rnd.random() < 0.6 else "",
           "yob": rnd.choice([0] * 6 + list(range(1950, 2008)) + [1931, 1933, 1934]), "gender": rnd.choice(["", "", "M", "F", "O"]),
           "apps": rnd.sample(APPS, rnd.randint(1, 3))}
    if ios:
        dev["hw"] = rnd.choice(IOS); dev["ifa"] = dev["ifa"].upper()
    else:
        dev["hw"] = rnd.choice(ANDROID)
    devices.append(dev)
weights = [1.0 / (i + 1) ** 0.9 for i in range(len(devices))]
rows = []
ts = 1700870400000  # 2023-11-25T00:00:00Z
for n in range(3200):
    dev = rnd.choices(devices, weights)[0]
    ts += rnd.randint(50, 1600)
    app = rnd.choice(dev["apps"])
    w, h = rnd.choice(SIZES)
    dp = rnd.choice([4, 5, 6]) if not dev["lmt"] else 2
    lat = round(dev["lat"] + rnd.uniform(-0.004, 0.004), dp)
    lon = round(dev["lon"] + rnd.uniform(-0.004, 0.004), dp)
    if dev["ios"]:
        ua = "Mozilla/5.0 (%s; CPU %s OS %s like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148" % (
            "iPad" if "iPad" in dev["hw"][1] else "iPhone", "OS" if "iPad" in dev["hw"][1] else "iPhone", dev["hw"][2].replace(".", "_"))
        make, model, os_, osv = dev["hw"][0], dev["hw"][1], "iOS", dev["hw"][2]
    else:
        ua = "Mozilla/5.0 (Linux; Android %s; %s Build/%s; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36" % (
            dev["hw"][2], dev["hw"][1], dev["hw"][3])
        make, model, os_, osv = dev["hw"][0], dev["hw"][1], "Android", dev["hw"][2]
    use6 = dev["v6"] and rnd.random() < 0.7
    carrier = rnd.choice(CARRIERS)
    bid = rnd.random() < 0.55
    camp = rnd.choice(CAMPAIGNS) if bid else None
    price = round(rnd.uniform(0.4, 9.5), 4) if bid else None
    win = bid and rnd.random() < 0.3
    r = {"id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)), "ts": ts, "exchange": rnd.choice(EXCH),
         "at": 1, "tmax": rnd.choice([100, 120, 150]), "imp.id": "1", "imp.tagid": rnd.choice(TAGS),
         "imp.banner.w": w, "imp.banner.h": h, "imp.bidfloor": round(rnd.choice([0.1, 0.25, 0.5, 1.0, 2.0]), 2),
         "imp.instl": 1 if h >= 320 else 0, "app.bundle": app[0], "app.name": app[1],
         "app.storeurl": ("https://apps.apple.com/us/app/id%s" % app[0]) if app[0].isdigit() else "https://play.google.com/store/apps/details?id=" + app[0],
         "app.publisher.id": app[2], "app.publisher.name": app[3], "app.cat": app[4],
         "device.ifa": "00000000-0000-0000-0000-000000000000" if dev["lmt"] else dev["ifa"], "device.lmt": 1 if dev["lmt"] else 0,
         "device.ip": "" if use6 else rnd.choice(dev["ips"]), "device.ipv6": dev["v6ip"] if use6 else "",
         "device.ua": ua, "device.make": make, "device.model": model, "device.os": os_, "device.osv": osv,
         "device.devicetype": 5 if "iPad" in model else 4, "device.connectiontype": 2 if carrier == "WIFI" else rnd.choice([5, 6]),
         "device.carrier": carrier, "device.language": rnd.choice(["en", "en", "en", "es"]),
         "device.geo.lat": lat, "device.geo.lon": lon, "device.geo.type": 2 if dev["lmt"] else rnd.choice([1, 2]),
         "device.geo.country": "USA", "device.geo.region": dev["city"][1], "device.geo.city": dev["city"][0],
         "device.geo.zip": dev["zip"], "device.geo.metro": dev["city"][5], "device.geo.utcoffset": {"TX": -360, "MS": -360, "WI": -360, "NE": -360, "OH": -300, "FL": -300, "NC": -300, "NY": -300, "GA": -300, "AZ": -420, "CO": -420, "CA": -480, "WA": -480}[dev["city"][1]],
         "user.id": "" if dev["lmt"] else dev["uid"], "user.buyeruid": "" if dev["lmt"] else dev["buyeruid"],
         "user.yob": None if dev["lmt"] or not dev["yob"] else dev["yob"], "user.gender": "" if dev["lmt"] else dev["gender"],
         "regs.coppa": 0, "regs.ext.gdpr": 0, "regs.ext.us_privacy": rnd.choice(["1YNN", "1YNN", "1YYN", "1---"]),
         "bid.cid": camp["campaign_id"] if bid else "", "bid.crid": camp["creatives"].split(";")[0] if bid else "",
         "bid.adomain": camp["adomain"] if bid else "", "bid.price": price, "nbr": None if bid else rnd.choice([2, 8, 0]),
         "win": win, "win.price": round(price * rnd.uniform(0.55, 0.95), 4) if win else None}
    rows.append(r)
with open("bid_requests.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
cols = list(CAMPAIGNS[0])
with open("campaigns.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(cols); w.writerows([c[k] for k in cols] for c in CAMPAIGNS)
L = {"id": "OTHER_UNIQUE_IDENTIFIER", "ts": "DATE", "exchange": "NON_IDENTIFYING", "at": "NON_IDENTIFYING", "tmax": "NON_IDENTIFYING",
     "imp.id": "NON_IDENTIFYING", "imp.tagid": "NON_IDENTIFYING", "imp.banner.w": "NON_IDENTIFYING", "imp.banner.h": "NON_IDENTIFYING",
     "imp.bidfloor": "NON_IDENTIFYING", "imp.instl": "NON_IDENTIFYING", "app.bundle": "NON_IDENTIFYING", "app.name": "NON_IDENTIFYING",
     "app.storeurl": "NON_IDENTIFYING", "app.publisher.id": "NON_IDENTIFYING", "app.publisher.name": "NON_IDENTIFYING", "app.cat": "NON_IDENTIFYING",
     "device.ifa": "DEVICE_IDENTIFIER", "device.lmt": "NON_IDENTIFYING", "device.ip": "IP_ADDRESS", "device.ipv6": "IP_ADDRESS",
     "device.ua": "QUASI_IDENTIFIER", "device.make": "NON_IDENTIFYING", "device.model": "NON_IDENTIFYING", "device.os": "NON_IDENTIFYING",
     "device.osv": "NON_IDENTIFYING", "device.devicetype": "NON_IDENTIFYING", "device.connectiontype": "NON_IDENTIFYING",
     "device.carrier": "NON_IDENTIFYING", "device.language": "NON_IDENTIFYING", "device.geo.lat": "GEOCOORDINATE",
     "device.geo.lon": "GEOCOORDINATE", "device.geo.type": "NON_IDENTIFYING", "device.geo.country": "NON_IDENTIFYING",
     "device.geo.region": "NON_IDENTIFYING", "device.geo.city": "CITY", "device.geo.zip": "ZIP_CODE",
     "device.geo.metro": "GEOGRAPHIC_SUBDIVISION", "device.geo.utcoffset": "NON_IDENTIFYING", "user.id": "OTHER_UNIQUE_IDENTIFIER",
     "user.buyeruid": "OTHER_UNIQUE_IDENTIFIER", "user.yob": "QUASI_IDENTIFIER", "user.gender": "NON_IDENTIFYING",
     "regs.coppa": "NON_IDENTIFYING", "regs.ext.gdpr": "NON_IDENTIFYING", "regs.ext.us_privacy": "NON_IDENTIFYING",
     "bid.cid": "NON_IDENTIFYING", "bid.crid": "NON_IDENTIFYING", "bid.adomain": "NON_IDENTIFYING", "bid.price": "NON_IDENTIFYING",
     "nbr": "NON_IDENTIFYING", "win": "NON_IDENTIFYING", "win.price": "NON_IDENTIFYING"}
C = {"campaign_id": "NON_IDENTIFYING", "advertiser": "NON_IDENTIFYING", "adomain": "NON_IDENTIFYING", "campaign_name": "NON_IDENTIFYING",
     "iab_category": "NON_IDENTIFYING", "start_date": "DATE", "end_date": "DATE", "daily_budget_usd": "NON_IDENTIFYING",
     "bid_strategy": "NON_IDENTIFYING", "target_geo": "NON_IDENTIFYING", "status": "NON_IDENTIFYING", "owner_email": "EMAIL_ADDRESS",
     "creatives": "NON_IDENTIFYING"}
assert list(L) == list(rows[0]) and list(C) == cols
columns = {"bid_requests." + k: v for k, v in L.items()}
columns.update({"campaigns." + k: v for k, v in C.items()})
gold = {"dataset": "adtech-bidlog",
        "description": "Invented in-app programmatic bidder log (breaker40), OpenRTB 2.5 flattened to dotted keys, JSON Lines: 3,200 bid requests from 420 devices (many rows per device), device.ifa IDFA upper-case / GAID lower-case with 9% all-zero limit-ad-tracking IFAs (DEVICE_IDENTIFIER), device.ip IPv4 / device.ipv6, app user agents (QUASI), geo lat/lon 4-6 decimals (2 for LMT), city, ZIP, DMA metro code (GEOGRAPHIC_SUBDIVISION), user.id and user.buyeruid (OTHER_UNIQUE_IDENTIFIER), user.yob (QUASI; a few 1931-1934), epoch-millisecond ts (DATE), app bundles, publisher, bid price, creative and campaign ids (vocabulary); campaigns.csv 20 rows (advertiser, dates, budget, target geo, owner_email of bidder staff). Coincidences: app 'Austin Solitaire', publisher 'Madison Media Group', advertisers 'Jackson Hewitt', 'Madison Reed Salon', 'Lincoln Auto Group' beside device cities Austin, Madison, Jackson, Lincoln.",
        "delimiter": ",", "entity": "bid_requests", "columns": columns,
        "foreignKeys": [{"column": "bid_requests.bid.cid", "references": "campaigns.campaign_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

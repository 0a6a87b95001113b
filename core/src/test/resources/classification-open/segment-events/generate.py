#!/usr/bin/env python3
"""Writes segment-events: an invented product-analytics export shipped WITHOUT its users table (seeded, stdlib only).
tracks.csv: 2400 rows in the shape of a Segment warehouse `tracks` table flattened to CSV (message_id UUID,
anonymous_id UUID, user_id `usr_` + 10 base36 chars repeated 3-50 times per person for 90 people, event names,
ISO-8601 UTC timestamps, context_ip, user agents, page URLs whose query strings carry e-mails, utm tags and reset
tokens, locale, timezone, properties_* incl. e-mail, plan, revenue, order id, coupon); amplitude_export.csv: 45 rows
in Amplitude's export shape (uuid, event_id, uid, device_id, event_time, event_type, ip_address, city, region,
country, os_name, device_model, language, user_properties and event_properties as JSON text). Coincidences: the
legacy plan `Madison` and the coupon `AUSTIN10` beside people named Madison and Austin; the campaign `denver_meetup`
beside a user in Denver."""
import csv, json, random, datetime, uuid, string
rnd = random.Random(27001)
GIVEN = ["Madison", "Austin", "Olivia", "Liam", "Priya", "Mateo", "Chloe", "Ethan", "Sofia", "Noah", "Aisha", "Lucas",
         "Hannah", "Diego", "Grace", "Kenji", "Zoe", "Omar", "Leah", "Ravi", "Emma", "Jonah", "Maya", "Felix"]
FAMILY = ["Whitaker", "Nakamura", "Okafor", "Lindqvist", "Brennan", "Castellano", "Hargrove", "Petrov", "Delacroix",
          "Ramaswamy", "Kowalczyk", "Ashworth", "Fairbanks", "Moreau", "Takahashi", "Oyelaran", "Vance", "Mercer"]
CITIES = [("Denver", "Colorado", "United States"), ("Austin", "Texas", "United States"), ("Portland", "Oregon", "United States"),
          ("Leeds", "England", "United Kingdom"), ("Lyon", "Auvergne-Rhone-Alpes", "France"), ("Pune", "Maharashtra", "India"),
          ("Toronto", "Ontario", "Canada"), ("Madison", "Wisconsin", "United States"), ("Osaka", "Osaka", "Japan")]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "fastmail.com"]
LOCALES = ["en-US", "en-GB", "fr-FR", "en-IN", "en-CA", "ja-JP"]
TZ = {"United States": "America/Chicago", "United Kingdom": "Europe/London", "France": "Europe/Paris", "India": "Asia/Kolkata",
      "Canada": "America/Toronto", "Japan": "Asia/Tokyo"}
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
       "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"]
PLANS = ["free", "starter", "pro", "enterprise", "Madison"]
EVENTS = ["Page Viewed", "Signed Up", "Signed In", "Product Viewed", "Product Added", "Checkout Started", "Order Completed",
          "Coupon Applied", "Subscription Upgraded", "Password Reset Requested", "Invite Sent", "Feature Used"]
PATHS = ["/", "/pricing", "/features", "/docs/getting-started", "/blog/2026/q1-roadmap", "/checkout", "/account/billing",
         "/signup", "/login", "/reset-password"]
COUPONS = ["", "", "", "WELCOME20", "AUSTIN10", "SPRING26", "BLACKFRIDAY"]
CAMPAIGNS = ["", "", "spring_launch", "denver_meetup", "retargeting_q1", "newsletter_0326"]
def b36(n):
    return "".join(rnd.choice(string.ascii_lowercase + string.digits) for _ in range(n))
def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))
people = []
used = set()
for i in range(90):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    email = "%s.%s%s@%s" % (g.lower(), f.lower(), rnd.choice(["", "", str(rnd.randint(1, 99))]), rnd.choice(DOMAINS))
    while email in used:
        email = "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randint(100, 999), rnd.choice(DOMAINS))
    used.add(email)
    c = rnd.choice(CITIES)
    people.append({"user_id": "usr_" + b36(10), "anon": uid(), "email": email, "plan": rnd.choice(PLANS), "city": c,
                   "ip": "%d.%d.%d.%d" % (rnd.choice([24, 67, 73, 81, 92, 103, 142, 174, 203]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                   "ua": rnd.choice(UAS), "dev": uid().upper(), "locale": rnd.choice(LOCALES), "given": g, "family": f})
weights = [rnd.randint(3, 50) for _ in people]
rows = []
t0 = datetime.datetime(2026, 3, 1, 0, 0, 0)
for k in range(2400):
    p = rnd.choices(people, weights)[0]
    ev = rnd.choice(EVENTS)
    ts = t0 + datetime.timedelta(seconds=rnd.randint(0, 30 * 86400), milliseconds=rnd.randint(0, 999))
    path = rnd.choice(PATHS)
    q = ""
    r = rnd.random()
    if ev == "Password Reset Requested":
        path = "/reset-password"; q = "?token=%s&email=%s" % (b36(24), p["email"].replace("@", "%40"))
    elif r < 0.15:
        q = "?utm_source=newsletter&utm_medium=email&utm_campaign=spring_launch&email=%s" % p["email"]
    elif r < 0.35:
        q = "?utm_source=google&utm_medium=cpc&utm_campaign=%s" % (rnd.choice(CAMPAIGNS[2:]))
    logged_in = rnd.random() < 0.85 or ev in ("Signed In", "Order Completed")
    order = ev == "Order Completed"
    revenue = "%.2f" % rnd.choice([9, 19, 49, 99, 249, 490]) if order or ev == "Subscription Upgraded" else ""
    rows.append({
        "message_id": uid(), "anonymous_id": p["anon"], "user_id": p["user_id"] if logged_in else "", "event": ev,
        "event_text": ev, "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ts.microsecond // 1000),
        "received_at": (ts + datetime.timedelta(milliseconds=rnd.randint(80, 2500))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z",
        "context_ip": p["ip"], "context_user_agent": p["ua"],
        "context_page_url": "https://app.brightloop.io" + path + q, "context_page_path": path,
        "context_page_referrer": rnd.choice(["", "https://www.google.com/", "https://news.ycombinator.com/", "https://app.brightloop.io/pricing"]),
        "context_locale": p["locale"], "context_timezone": TZ[p["city"][2]],
        "context_library_name": rnd.choice(["analytics.js", "analytics-ios"]), "context_library_version": rnd.choice(["4.1.0", "5.2.1"]),
        "context_campaign_name": rnd.choice(CAMPAIGNS),
        "properties_email": p["email"] if ev in ("Signed Up", "Signed In", "Order Completed", "Password Reset Requested", "Invite Sent") else "",
        "properties_plan": p["plan"], "properties_revenue": revenue, "properties_currency": "USD" if revenue else "",
        "properties_order_id": ("ORD-%06d" % rnd.randint(0, 999999)) if order else "",
        "properties_product_id": rnd.choice(["sku_basic_m", "sku_pro_y", "sku_team_m", "sku_addon_seats"]) if ev.startswith(("Product", "Order", "Checkout")) else "",
        "properties_coupon": rnd.choice(COUPONS) if order or ev == "Coupon Applied" else ""})
rows.sort(key=lambda r: r["timestamp"])
H = list(rows[0].keys())
with open("tracks.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(H)
    for r in rows:
        w.writerow([r[h] for h in H])
AH = ["uuid", "event_id", "uid", "device_id", "event_time", "event_type", "ip_address", "city", "region", "country",
      "os_name", "device_model", "language", "user_properties", "event_properties"]
with open("amplitude_export.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(AH)
    few = people[:12]
    for k in range(45):
        p = rnd.choice(few)
        ts = t0 + datetime.timedelta(seconds=rnd.randint(0, 30 * 86400))
        up = {"plan": p["plan"], "email": p["email"], "first_name": p["given"], "last_name": p["family"]}
        ep = {"screen": rnd.choice(["Home", "Settings", "Billing"]), "duration_ms": rnd.randint(200, 90000)}
        w.writerow([uid(), k + 1, p["user_id"], p["dev"], ts.strftime("%Y-%m-%d %H:%M:%S.%f"), rnd.choice(["session_start", "screen_view", "Feature Used", "session_end"]),
                    p["ip"], p["city"][0], p["city"][1], p["city"][2], rnd.choice(["ios", "android"]),
                    rnd.choice(["iPhone15,2", "Pixel 8", "SM-S918B"]), rnd.choice(["English", "French", "Japanese"]),
                    json.dumps(up), json.dumps(ep)])
cols = {}
L = {"message_id": "OTHER_UNIQUE_IDENTIFIER", "anonymous_id": "OTHER_UNIQUE_IDENTIFIER", "user_id": "OTHER_UNIQUE_IDENTIFIER",
     "event": "NON_IDENTIFYING", "event_text": "NON_IDENTIFYING", "timestamp": "DATE", "received_at": "DATE",
     "context_ip": "IP_ADDRESS", "context_user_agent": "QUASI_IDENTIFIER", "context_page_url": "URL",
     "context_page_path": "NON_IDENTIFYING", "context_page_referrer": "NON_IDENTIFYING", "context_locale": "NON_IDENTIFYING",
     "context_timezone": "NON_IDENTIFYING", "context_library_name": "NON_IDENTIFYING", "context_library_version": "NON_IDENTIFYING",
     "context_campaign_name": "NON_IDENTIFYING", "properties_email": "EMAIL_ADDRESS", "properties_plan": "NON_IDENTIFYING",
     "properties_revenue": "NON_IDENTIFYING", "properties_currency": "NON_IDENTIFYING", "properties_order_id": "OTHER_UNIQUE_IDENTIFIER",
     "properties_product_id": "NON_IDENTIFYING", "properties_coupon": "NON_IDENTIFYING"}
for h in H:
    cols["tracks." + h] = L[h]
A = {"uuid": "OTHER_UNIQUE_IDENTIFIER", "event_id": "NON_IDENTIFYING", "uid": "OTHER_UNIQUE_IDENTIFIER", "device_id": "DEVICE_IDENTIFIER",
     "event_time": "DATE", "event_type": "NON_IDENTIFYING", "ip_address": "IP_ADDRESS", "city": "CITY", "region": "NON_IDENTIFYING",
     "country": "NON_IDENTIFYING", "os_name": "NON_IDENTIFYING", "device_model": "NON_IDENTIFYING", "language": "NON_IDENTIFYING",
     "user_properties": "FREE_TEXT", "event_properties": "NON_IDENTIFYING"}
for h in AH:
    cols["amplitude_export." + h] = A[h]
gold = {"dataset": "segment-events",
        "description": "Invented product-analytics export without its users table, ',': 2400 Segment-shaped tracks of 90 people (user_id usr_xxxxxxxxxx 3-50 times each, anonymous_id UUID, ISO-8601 UTC times, IPs, user agents, page URLs with e-mails and reset tokens in query strings, properties_* with e-mail, plan, revenue, order id, coupon) and 45 Amplitude-shaped events of 12 of them (uid, device_id, city, user_properties JSON with e-mail and names). event_id is Amplitude's per-export sequence number (NON_IDENTIFYING); user_properties JSON is FREE_TEXT (must not be kept: it holds e-mails and names)",
        "delimiter": ",", "entity": "tracks", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes web-access-log: an invented nginx combined access log exported to CSV (one column per log_format field,
',' separated; seeded, stdlib only) plus the site's users table. access_log: remote_addr IPv4 and IPv6,
remote_user (HTTP basic-auth login or '-'), time_local [10/Oct/2026:13:55:36 +0200], request lines whose query
strings carry e-mail addresses, reset tokens and user names (GET /reset?email=jane%40x.com&token=...), status,
body_bytes_sent, http_referer, http_user_agent, a session cookie, X-Forwarded-For chains (client, proxy), host,
request_time and upstream_addr (the site's own backends, 10.0.x.x:8080). users: user_id, username, email, bcrypt
pw_hash, last_login, role. Coincidence: usernames 'admin' and 'deploy' equal to path segments (/admin, /deploy)."""
import csv, json, random, datetime, urllib.parse, string
rnd = random.Random(240602)
GIVEN = ["Jane", "Oliver", "Amara", "Lukas", "Sofia", "Mateo", "Hannah", "Ravi", "Elif", "Connor", "Zofia", "Tariq",
         "Freya", "Bastian", "Leilani", "Goran"]
FAMILY = ["Whitfield", "Okonjo", "Bergström", "Castellano", "Nowicki", "Pemberton", "Haddad", "Marchetti", "Lindgren",
          "Oduya", "Varga", "McAllister"]
DOMAINS = ["gmail.com", "outlook.com", "posteo.de", "yahoo.co.uk", "proton.me", "web.de"]
B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def bcrypt():
    return "$2b$12$" + "".join(rnd.choice(B64) for _ in range(53))
users, seen = [], set()
for i in range(40):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if i == 0:
        un = "admin"
    elif i == 1:
        un = "deploy"
    else:
        un = rnd.choice(["%s%s" % (g.lower(), f.lower()[:3]), "%s.%s" % (g.lower(), f.lower()), "%s_%d" % (g.lower(), rnd.randint(1, 99))])
        while un in seen:
            un += str(rnd.randint(0, 9))
    seen.add(un)
    em = "%s.%s@%s" % (g.lower(), f.lower(), rnd.choice(DOMAINS)) if i > 1 else "%s@shop.example" % un
    em = em.replace("ö", "o")
    ll = datetime.datetime(2026, 10, 1) + datetime.timedelta(seconds=rnd.randint(0, 40 * 86400))
    users.append([1000 + i * 7 + rnd.randint(0, 6), un, em, bcrypt(), ll.strftime("%Y-%m-%d %H:%M:%S"),
                  "admin" if i < 2 else rnd.choice(["customer", "customer", "customer", "editor"])])
UH = ["user_id", "username", "email", "pw_hash", "last_login", "role"]
UL = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "EMAIL_ADDRESS", "CREDENTIAL", "DATE", "NON_IDENTIFYING"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
       "curl/8.5.0", "Googlebot/2.1 (+http://www.google.com/bot.html)",
       "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36"]
def ipv4():
    return "%d.%d.%d.%d" % (rnd.choice([81, 92, 178, 188, 213, 86, 151, 37]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))
def ipv6():
    return "2a02:%x:%x:%x::%x" % (rnd.randint(0x1000, 0xffff), rnd.randint(0, 0xffff), rnd.randint(0, 0xffff), rnd.randint(1, 0xffff))
clients = []
for i in range(140):
    u = rnd.choice(users) if rnd.random() < 0.6 else None
    clients.append((ipv6() if rnd.random() < 0.3 else ipv4(), rnd.choice(UAS), u,
                    "".join(rnd.choice("0123456789abcdef") for _ in range(32))))
PATHS = ["/", "/products/%d", "/cart", "/static/app.%s.js", "/api/v1/orders/%d", "/search?q=%s", "/admin", "/deploy/status",
         "/login", "/account/orders", "/favicon.ico", "/robots.txt"]
rows, t = [], datetime.datetime(2026, 10, 10, 0, 0, 0)
for n in range(2600):
    ip, ua, u, sess = rnd.choice(clients)
    t += datetime.timedelta(seconds=rnd.randint(0, 40))
    r = rnd.random()
    status, method = 200, "GET"
    if u and r < 0.05:
        tok = "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(40))
        path = "/reset?email=%s&token=%s" % (urllib.parse.quote(u[2], safe=""), tok)
    elif u and r < 0.09:
        path = "/newsletter/unsubscribe?email=%s" % urllib.parse.quote(u[2], safe="")
    elif u and r < 0.12:
        path = "/login?user=%s" % u[1]; method = "POST"; status = rnd.choice([302, 401])
    elif u and r < 0.15:
        path = "/u/%s/profile" % u[1]
    else:
        p = rnd.choice(PATHS)
        if "%d" in p:
            p = p % rnd.randint(100, 99999)
        elif "%s" in p:
            p = p % (rnd.choice(["shoes", "red+dress", "gift+card", "usb-c"]) if "q=" in p else "".join(rnd.choice("0123456789abcdef") for _ in range(8)))
        path = p
        if p.startswith("/admin") or p.startswith("/deploy"):
            status = 403 if not u or u[5] != "admin" else 200
        elif rnd.random() < 0.05:
            status = 404
    tz = "+0200" if t < datetime.datetime(2026, 10, 25, 1) else "+0100"
    ref = rnd.choice(["-", "-", "https://shop.example/", "https://www.google.com/", "https://shop.example/cart",
                      "https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example%2F"])
    if u and rnd.random() < 0.03:
        ref = "https://mail.google.com/mail/u/0/?to=%s" % urllib.parse.quote(u[2], safe="")
    xff = "-" if rnd.random() < 0.5 else "%s, %s" % (ip, rnd.choice(["172.70.%d.%d" % (rnd.randint(0, 255), rnd.randint(1, 254)), "162.158.4.12"]))
    rows.append([ip, u[1] if (u and path.startswith("/admin")) else "-",
                 "[%02d/%s/%d:%s %s]" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), tz),
                 "%s %s HTTP/%s" % (method, path, rnd.choice(["1.1", "1.1", "2.0"])), status,
                 0 if status in (302, 304) else rnd.randint(150, 250000), ref, ua, sess if (u or rnd.random() < 0.5) else "-",
                 xff, "shop.example", "%.3f" % rnd.uniform(0.001, 1.8), "10.0.%d.%d:8080" % (rnd.randint(1, 3), rnd.randint(10, 14))])
AH = ["remote_addr", "remote_user", "time_local", "request", "status", "body_bytes_sent", "http_referer",
      "http_user_agent", "cookie_sessionid", "http_x_forwarded_for", "host", "request_time", "upstream_addr"]
AL = ["IP_ADDRESS", "OTHER_UNIQUE_IDENTIFIER", "DATE", "URL", "NON_IDENTIFYING", "NON_IDENTIFYING", "URL",
      "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "IP_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, data in (("users", UH, users), ("access_log", AH, rows)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"users." + h: l for h, l in zip(UH, UL)}
cols.update({"access_log." + h: l for h, l in zip(AH, AL)})
gold = {"dataset": "web-access-log",
        "description": "Invented nginx combined log as CSV (2600 requests: IPv4/IPv6, remote_user, [10/Oct/2026:13:55:36 +0200], request lines with e-mails, reset tokens and user names in query strings, referers, user agents, session cookie, X-Forwarded-For chains, upstream_addr of the site's backends) and 40 users (username, e-mail, bcrypt hash, last login)",
        "delimiter": ",", "entity": "users", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes mail-log-postfix: an invented, parsed Postfix mail log of a fictional US dental practice's two mail servers
(seeded, stdlib only), tab-separated. connections: one row per accepted SMTP/submission session (queue_id, syslog date
'Mar 14 10:22:05' / 'Mar  4 10:22:05', host, service postfix/smtpd or postfix/submission/smtpd, client hostname and IP
(remote MTAs, office scanner, staff at home: 'c-73-162-44-18.hsd1.mn.comcast.net'), helo (MTA names, 'DESKTOP-7H2K9QF',
'Heathers-MacBook-Air.local', 'Austins-iPhone'), sasl_method, sasl_username (short login or full address), tls_protocol, tls_cipher,
message_id). deliveries: one row per delivery attempt (queue_id, date, host, program smtp/lmtp, from, to, orig_to (alias),
relay host and IP/socket, relay port, delay seconds, delays a/b/c/d, dsn, status sent/deferred/bounced, size bytes,
nrcpt, response text of the remote server, which often repeats the recipient's address). bounce_reasons: the RFC 3463
codes met, with class, subject, detail, action and retry. Deliberate coincidences: the servers 'austin' and 'madison'
beside the staff Austin Reyes and Madison Ortiz (and patients named Madison)."""
import csv, json, random, datetime
rnd = random.Random(790202)
GIVEN = ["Madison", "Austin", "Linda", "James", "Maria", "Robert", "Patricia", "Michael", "Jennifer", "David", "Susan",
         "Carlos", "Aaliyah", "Tyrone", "Mei", "Hung", "Olga", "Brenda", "Kevin", "Tamika", "Dwayne", "Rosa", "Ahmed",
         "Gloria", "Darnell", "Heather", "Luis", "Nancy", "Keisha", "Walter", "Beverly", "Raj", "Sunita", "Earl", "Dolores"]
FAMILY = ["Ortiz", "Reyes", "Kim", "Halloran", "Washington", "Nguyen", "Patel", "Kowalczyk", "Brooks", "Jefferson",
          "Murphy", "Castillo", "Greenberg", "Okonkwo", "Lindgren", "Tran", "Delgado", "Whitaker", "Banerjee", "Sokolov",
          "Fitzgerald", "Abernathy", "Mbeki", "Yoder", "Gallagher", "Rosenthal", "Pham", "Szabo", "McAllister", "Osei"]
DOM = "cedarbrookdental.com"
STAFF = [("Madison", "Ortiz", "Office Manager"), ("Austin", "Reyes", "Hygienist"), ("Linda", "Kim", "Dentist"),
         ("Robert", "Halloran", "Dentist"), ("Tamika", "Brooks", "Front Desk"), ("Kevin", "Tran", "Billing"),
         ("Rosa", "Delgado", "Assistant"), ("Heather", "Whitaker", "Hygienist"), ("Raj", "Banerjee", "Orthodontist"),
         ("Brenda", "Yoder", "Front Desk"), ("Walter", "Gallagher", "IT contractor"), ("Gloria", "Pham", "Assistant")]
staff = []
for g, f, role in STAFF:
    staff.append({"g": g, "f": f, "addr": "%s.%s@%s" % (g.lower(), f.lower(), DOM), "login": (g[0] + f).lower(),
                  "sasl_full": rnd.random() < 0.5,
                  "home": "%d.%d.%d.%d" % (rnd.choice([73, 24, 108, 68, 174, 71, 98]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(2, 254)),
                  "isp": rnd.choice(["comcast", "verizon", "cox", "unknown", "charter"]),
                  "dev": rnd.choice(["%ss-MacBook-Pro.local" % g, "%ss-MacBook-Air.local" % g, "DESKTOP-%s" % "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)), "%ss-iPhone" % g, "[192.168.10.%d]" % rnd.randint(20, 90)])})
ROLEBOX = ["info", "appointments", "billing"]
PROV = [("gmail.com", "gmail-smtp-in.l.google.com", "142.250.%d.%d", "gsmtp"), ("yahoo.com", "mta6.am0.yahoodns.net", "67.195.%d.%d", "yahoo"),
        ("comcast.net", "mx2.comcast.net", "96.114.%d.%d", "comcast"), ("icloud.com", "mx01.mail.icloud.com", "17.57.%d.%d", "icloud"),
        ("outlook.com", "outlook-com.olc.protection.outlook.com", "52.101.%d.%d", "outlook"), ("aol.com", "mx-aol.mail.gm0.yahoodns.net", "67.195.%d.%d", "yahoo"),
        ("hotmail.com", "hotmail-com.olc.protection.outlook.com", "52.101.%d.%d", "outlook")]
patients = []; seen = set()
while len(patients) < 420:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    p = rnd.choices(PROV, weights=[45, 14, 12, 10, 6, 5, 8])[0]
    local = rnd.choice(["%s.%s" % (g.lower(), f.lower()), "%s%s" % (g[0].lower(), f.lower()), "%s%s%d" % (g.lower(), f.lower(), rnd.randint(1, 99)), "%s_%s%d" % (f.lower(), g[0].lower(), rnd.randint(50, 99))])
    a = local + "@" + p[0]
    if a in seen:
        continue
    seen.add(a); patients.append({"g": g, "f": f, "addr": a, "prov": p})
VENDORS = [("orders@glidewell-lab.com", "glidewell-lab-com.mail.protection.outlook.com", "52.101.%d.%d", "outlook"),
           ("claims@deltadentalins.com", "mx1.deltadentalins.com", "204.16.%d.%d", "plain"),
           ("no-reply@dentrix-ascend.com", "aspmx.l.google.com", "142.250.%d.%d", "gsmtp"),
           ("support@henryschein.com", "mxa-00154c01.gslb.pphosted.com", "148.163.%d.%d", "plain")]
INBOUND = [("mail-ej1-f%d.google.com", "209.85.218.%d", "gmail"), ("mail-pl1-f%d.google.com", "209.85.214.%d", "gmail"),
           ("sonic%d.mail.gq1.yahoo.com", "66.163.187.%d", "yahoo"), ("mail-dm6nam12on20%d.outbound.protection.outlook.com", "40.107.243.%d", "outlook"),
           ("mta-%d.sparkpostmail.com", "192.174.82.%d", "bulk"), ("resqmta-po-%d.sys.comcast.net", "96.102.200.%d", "comcast")]
def qid():
    return "".join(rnd.choice("0123456789ABCDEF") for _ in range(rnd.choice([10, 11, 11, 12])))
def syslog(dt):
    return dt.strftime("%b ") + ("%2d" % dt.day) + dt.strftime(" %H:%M:%S")
def resid(ip, isp):
    a, b, c, d = ip.split(".")
    return {"comcast": "c-%s-%s-%s-%s.hsd1.mn.comcast.net" % (a, b, c, d), "verizon": "pool-%s-%s-%s-%s.washdc.fios.verizon.net" % (a, b, c, d),
            "cox": "ip%s-%s-%s-%s.ph.ph.cox.net" % (a, b, c, d), "charter": "cpe-%s-%s-%s-%s.kya.res.rr.com" % (a, b, c, d), "unknown": "unknown"}[isp]
CIPHERS = [("TLSv1.3", "TLS_AES_256_GCM_SHA384"), ("TLSv1.3", "TLS_AES_128_GCM_SHA256"), ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"),
           ("TLSv1.2", "ECDHE-RSA-AES128-GCM-SHA256"), ("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256")]
SUBJ_MID = {"gmail": "<CA%s@mail.gmail.com>", "yahoo": "<%s@mail.yahoo.com>", "outlook": "<%s@DM6PR12MB4123.namprd12.prod.outlook.com>",
            "bulk": "<%s@mta.sparkpostmail.com>", "comcast": "<%s@comcast.net>"}
def rid(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+=_-") for _ in range(n))
conns = []; dels = []
t = datetime.datetime(2026, 3, 2, 6, 0, 0)
def delays(total):
    a = round(rnd.uniform(0.01, 0.3), 2); b = round(rnd.uniform(0, 0.05), 2); c = round(rnd.uniform(0.02, 0.6), 2)
    d = max(0.0, round(total - a - b - c, 2))
    fmt = lambda x: ("%.2g" % x) if x >= 0.01 else "0"
    return "/".join(fmt(x) for x in (a, b, c, d))
def outbound_attempts(q, when, host, frm, rcpt, size, nr, prov_host, prov_ip, kind):
    """Delivery attempts of one recipient at a remote MX: maybe deferred first, then sent or bounced."""
    ip = prov_ip % (rnd.randint(0, 255), rnd.randint(1, 254))
    r = rnd.random()
    tries = []
    if r < 0.06 and kind == "yahoo":
        tries.append(("deferred", "4.7.0", "host %s[%s] said: 421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)" % (prov_host, ip)))
    elif r < 0.08:
        tries.append(("deferred", "4.4.1", "connect to %s[%s]:25: Connection timed out" % (prov_host, ip)))
    elif r < 0.09:
        tries.append(("deferred", "4.2.2", "host %s[%s] said: 452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp (in reply to RCPT TO command)" % (prov_host, ip)))
    r2 = rnd.random()
    if r2 < 0.035:
        if kind == "gsmtp":
            tries.append(("bounced", "5.1.1", "host %s[%s] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s - gsmtp (in reply to RCPT TO command)" % (prov_host, ip, rid(22))))
        else:
            tries.append(("bounced", "5.1.1", "host %s[%s] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown (in reply to RCPT TO command)" % (prov_host, ip, rcpt)))
    elif r2 < 0.045:
        tries.append(("bounced", "5.2.2", "host %s[%s] said: 552 5.2.2 <%s>: Mailbox full (in reply to RCPT TO command)" % (prov_host, ip, rcpt)))
    elif r2 < 0.05:
        tries.append(("bounced", "5.7.1", "host %s[%s] said: 554 5.7.1 Message rejected as spam by Content Filtering. (in reply to end of DATA command)" % (prov_host, ip)))
    else:
        resp = {"gsmtp": "250 2.0.0 OK  %d %s - gsmtp" % (int(when.timestamp()), rid(30)),
                "yahoo": "250 ok dirdel",
                "comcast": "250 2.0.0 %s mail accepted for delivery" % rid(16),
                "icloud": "250 2.0.0 Ok: queued as %s" % rid(36),
                "outlook": "250 2.6.0 <%s@%s> [InternalId=%d, Hostname=%s] %d bytes in 0.%03d, %.3f KB/sec Queued mail for delivery" % (q, DOM, rnd.randint(10**12, 10**13), "BN8PR12MB" + str(rnd.randint(1000, 9999)), size, rnd.randint(50, 900), rnd.uniform(20, 900)),
                "plain": "250 2.0.0 Ok: queued as %s" % qid()}[kind]
        tries.append(("sent", "2.6.0" if kind == "outlook" else "2.0.0", "%s[%s]:25 said: %s" % (prov_host, ip, resp) if False else resp))
    out = []; w = when
    for k, (st, dsn, resp) in enumerate(tries):
        w = w + datetime.timedelta(seconds=rnd.uniform(0.3, 2.5) if k == 0 else rnd.choice([300, 600, 1200, 2400, 4000]))
        total = (w - when).total_seconds()
        out.append([q, syslog(w), host, "postfix/smtp", frm, rcpt, "", prov_host, ip if st != "deferred" or "timed out" not in resp else ip, "25",
                    ("%.2g" % total) if total < 10 else "%d" % total, delays(total), dsn, st, str(size), str(nr), resp])
    return out
for k in range(1900):
    t += datetime.timedelta(seconds=rnd.randint(20, 1700))
    if t.hour < 6 and rnd.random() < 0.7:
        t += datetime.timedelta(hours=3)
    q = qid(); r = rnd.random(); size = int(rnd.lognormvariate(9.5, 1.1)) + 900
    proto, cipher = rnd.choice(CIPHERS)
    if r < 0.50:  # inbound from the internet to staff / role boxes
        ch, ci, kind = rnd.choice(INBOUND)
        n = rnd.randint(11, 199)
        hostn, ip = (ch % n), (ci % rnd.randint(2, 250))
        sender = rnd.choice(patients)["addr"] if kind != "bulk" else rnd.choice(["newsletter@e.dentaltown.com", "bounces+1187@em.adafruit.com", "noreply@e.costco.com"])
        if kind == "gmail" and not sender.endswith("gmail.com"):
            sender = rnd.choice([p for p in patients if p["addr"].endswith("gmail.com")])["addr"]
        mid = SUBJ_MID[kind] % rid(rnd.randint(24, 40))
        conns.append([q, syslog(t), "austin", "postfix/smtpd", hostn, ip, hostn if kind != "bulk" else "mta.sparkpostmail.com", "", "", proto, cipher, mid])
        rc = []
        if rnd.random() < 0.3:
            rb = rnd.choice(ROLEBOX); target = rnd.choice(staff[:6])
            rc.append((target["addr"], rb + "@" + DOM))
        else:
            rc.append((rnd.choice(staff)["addr"], ""))
        if rnd.random() < 0.15:
            rc.append((rnd.choice(staff)["addr"], ""))
        for to, orig in rc:
            w = t + datetime.timedelta(seconds=rnd.uniform(0.2, 1.5)); total = (w - t).total_seconds()
            if rnd.random() < 0.02:
                dels.append([q, syslog(w), "austin", "postfix/lmtp", sender, to, orig, "mail.%s" % DOM, "private/dovecot-lmtp", "", "%.2g" % total, delays(total), "4.2.2", "deferred", str(size), str(len(rc)),
                             "host mail.%s[private/dovecot-lmtp] said: 452 4.2.2 <%s> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)" % (DOM, to)])
                w += datetime.timedelta(seconds=1800); total = (w - t).total_seconds()
            dels.append([q, syslog(w), "austin", "postfix/lmtp", sender, to, orig, "mail.%s" % DOM, "private/dovecot-lmtp", "", ("%.2g" % total) if total < 10 else "%d" % total, delays(total), "2.0.0", "sent", str(size), str(len(rc)),
                         "250 2.0.0 <%s> %s Saved" % (to, rid(22))])
    elif r < 0.55:  # the office scanner sends scans to staff
        ip = "192.168.10.%d" % rnd.choice([31, 32])
        conns.append([q, syslog(t), "austin", "postfix/smtpd", "unknown", ip, "HP-MFP-M428fdw", "", "", "", "", "<%s.%s@HP-MFP-M428fdw>" % (t.strftime("%Y%m%d%H%M%S"), rid(6))])
        to = rnd.choice(staff)["addr"]; w = t + datetime.timedelta(seconds=rnd.uniform(0.2, 1.5)); total = (w - t).total_seconds()
        dels.append([q, syslog(w), "austin", "postfix/lmtp", "scanner@" + DOM, to, "", "mail.%s" % DOM, "private/dovecot-lmtp", "", "%.2g" % total, delays(total), "2.0.0", "sent", str(size * 8), "1", "250 2.0.0 <%s> %s Saved" % (to, rid(22))])
    else:  # staff submit mail: to patients, vendors, colleagues
        s = rnd.choice(staff)
        athome = rnd.random() < 0.45
        ip = s["home"] if athome else "71.246.10.5"
        hostn = resid(ip, s["isp"]) if athome else "static-71-246-10-5.bltmmd.fios.verizon.net"
        helo = s["dev"] if athome or not s["dev"].startswith("[") else s["dev"]
        user = s["addr"] if s["sasl_full"] else s["login"]
        mid = rnd.choice(["<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), q, DOM), "<%s-%s-%s@%s>" % (rid(8), rid(4), rid(12), DOM),
                          "<%s@DM6PR12MB4123.namprd12.prod.outlook.com>" % rid(32)])
        conns.append([q, syslog(t), "madison", "postfix/submission/smtpd", hostn, ip, helo, rnd.choice(["PLAIN", "PLAIN", "LOGIN"]), user, proto, cipher, mid])
        rc = []
        x = rnd.random()
        if x < 0.7:
            for p in rnd.sample(patients, rnd.choices([1, 2, 3], weights=[85, 10, 5])[0]):
                rc.append(("p", p))
        elif x < 0.85:
            rc.append(("v", rnd.choice(VENDORS)))
        else:
            rc.append(("s", rnd.choice([o for o in staff if o is not s])))
        for kind, who in rc:
            if kind == "p":
                dels += outbound_attempts(q, t, "madison", s["addr"], who["addr"], size, len(rc), who["prov"][1], who["prov"][2], who["prov"][3])
            elif kind == "v":
                dels += outbound_attempts(q, t, "madison", s["addr"], who[0], size, len(rc), who[1], who[2], who[3])
            else:
                w = t + datetime.timedelta(seconds=rnd.uniform(0.2, 1.5)); total = (w - t).total_seconds()
                dels.append([q, syslog(w), "madison", "postfix/lmtp", s["addr"], who["addr"], "", "mail.%s" % DOM, "private/dovecot-lmtp", "", "%.2g" % total, delays(total), "2.0.0", "sent", str(size), "1", "250 2.0.0 <%s> %s Saved" % (who["addr"], rid(22))])
BOUNCE = [("2.0.0", "success", "Other or undefined status", "Delivered", "delivered", "no"),
          ("2.6.0", "success", "Message content or media status", "Other or undefined media error (accepted and queued)", "delivered", "no"),
          ("4.2.2", "persistent transient failure", "Mailbox status", "Mailbox full", "delayed", "yes"),
          ("4.4.1", "persistent transient failure", "Network and routing status", "No answer from host", "delayed", "yes"),
          ("4.4.2", "persistent transient failure", "Network and routing status", "Bad connection", "delayed", "yes"),
          ("4.7.0", "persistent transient failure", "Security or policy status", "Other or undefined security status (rate limited)", "delayed", "yes"),
          ("4.7.1", "persistent transient failure", "Security or policy status", "Delivery not authorized, message refused (greylisted)", "delayed", "yes"),
          ("5.1.1", "permanent failure", "Addressing status", "Bad destination mailbox address", "failed", "no"),
          ("5.1.2", "permanent failure", "Addressing status", "Bad destination system address", "failed", "no"),
          ("5.2.2", "permanent failure", "Mailbox status", "Mailbox full", "failed", "no"),
          ("5.4.4", "permanent failure", "Network and routing status", "Unable to route", "failed", "no"),
          ("5.7.1", "permanent failure", "Security or policy status", "Delivery not authorized, message refused", "failed", "no"),
          ("5.7.26", "permanent failure", "Security or policy status", "Multiple authentication checks failed (DMARC)", "failed", "no"),
          ("5.0.0", "permanent failure", "Other or undefined status", "Other undefined status", "failed", "no")]
used = {d[12] for d in dels}
assert used <= {b[0] for b in BOUNCE}, used - {b[0] for b in BOUNCE}
def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter="\t", lineterminator="\n"); wr.writerow(head); wr.writerows(data)
CH = ["queue_id", "date", "host", "service", "client_hostname", "client_ip", "helo", "sasl_method", "sasl_username",
      "tls_protocol", "tls_cipher", "message_id"]
DH = ["queue_id", "date", "host", "program", "from", "to", "orig_to", "relay_host", "relay_ip", "relay_port", "delay",
      "delays", "dsn", "status", "size", "nrcpt", "response"]
BH = ["dsn", "class", "subject", "detail", "action", "retry"]
write("connections", CH, conns); write("deliveries", DH, dels); write("bounce_reasons", BH, BOUNCE)
L = {"connections": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "IP_ADDRESS", "IP_ADDRESS",
                     "DEVICE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                     "OTHER_UNIQUE_IDENTIFIER"],
     "deliveries": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "EMAIL_ADDRESS", "EMAIL_ADDRESS",
                    "EMAIL_ADDRESS", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"],
     "bounce_reasons": ["NON_IDENTIFYING"] * 6}
cols = {}
for tname, h in (("connections", CH), ("deliveries", DH), ("bounce_reasons", BH)):
    for c, l in zip(h, L[tname]):
        cols[tname + "." + c] = l
gold = {"dataset": "mail-log-postfix",
        "description": "Invented parsed Postfix log of a fictional US dental practice (cedarbrookdental.com), tab-separated: connections %d (one accepted session each: 10-12 hex queue_id, syslog date 'Mar  4 10:22:05' without a year, host austin (MX) or madison (submission), service, client_hostname (remote MTAs such as mail-ej1-f41.google.com, 'unknown', and staff at home as 'c-73-162-44-18.hsd1.mn.comcast.net' spelling the IP), client_ip, helo (MTA names, the office scanner, staff devices 'Heathers-MacBook-Air.local', 'DESKTOP-F91W92D', 'Austins-iPhone', '[192.168.10.63]'), sasl_method, sasl_username (short login or full address, submission only), tls_protocol, tls_cipher, message_id), deliveries %d (one row per attempt: queue_id FK, date, host, program, from, to (staff, 420 patients at gmail/yahoo/comcast/icloud/outlook, vendors), orig_to (role alias info@/appointments@/billing@ on 9%%), relay_host (provider MX or mail.cedarbrookdental.com), relay_ip (provider IPv4 or 'private/dovecot-lmtp'), relay_port, delay, delays 'a/b/c/d', dsn FK, status sent/deferred/bounced, size, nrcpt, response (remote reply; Dovecot's '250 2.0.0 <address> ... Saved' and bounces repeat the recipient's address)), bounce_reasons %d (RFC 3463 code, class, subject, detail, action, retry). Entity: connections (a session is one person's message). client_hostname IP_ADDRESS (a reverse-DNS name of the client IP; residential ones spell it); helo DEVICE_IDENTIFIER (a machine's own name, staff laptops named after their owner); sasl_username OTHER_UNIQUE_IDENTIFIER (a login, half written as the address); relay_ip QUASI_IDENTIFIER (a provider's MX, not the person's); response FREE_TEXT. Coincidences: servers 'austin' and 'madison' beside the staff Austin Reyes and Madison Ortiz" % (len(conns), len(dels), len(BOUNCE)),
        "delimiter": "\t", "entity": "connections", "columns": cols,
        "foreignKeys": [{"column": "deliveries.queue_id", "references": "connections.queue_id"},
                        {"column": "deliveries.dsn", "references": "bounce_reasons.dsn"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

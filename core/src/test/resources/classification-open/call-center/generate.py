#!/usr/bin/env python3
"""Writes call-center: an invented contact-centre call export shipped WITHOUT the customer table (seeded, stdlib only).
calls.csv: 1800 inbound calls (call_id `CL-20260314-004211`, caller_number E.164 of US/UK/IE/DE callers,
agent_id `AG1042`, agent_name, start_time ISO with offset, duration_s, queue, disposition, customer_account_no 10
digits with a Luhn check digit repeated 3-50 times for 100 customers, recording_url of the .wav with a signed query,
transcript_snippet naming the caller, relatives and agents, csat); callbacks.csv: 35 scheduled callbacks (cb_id,
call_id FK, acct = the account number, callback_to national format, scheduled_for `14/03/2026 15:30`, agent,
note). Coincidences: queues `Austin` and `Dublin` (sites) beside customers named Austin and calling from Dublin."""
import csv, json, random, datetime
rnd = random.Random(27004)
GIVEN = ["Austin", "Siobhan", "Gary", "Heidi", "Declan", "Monique", "Stefan", "Tanya", "Raj", "Brigid", "Curtis", "Yvonne", "Luca", "Nadia"]
FAMILY = ["O'Sullivan", "Baptiste", "Hartmann", "Kilbride", "Ferreira", "Quigley", "Vasquez", "Pemberton", "Schultheiss", "Adeyemi", "Truong", "Cromwell"]
AG_G = ["Kelly", "Jordan", "Aoife", "Marcus", "Dana", "Tariq", "Lena", "Chris"]
AG_F = ["Byrne", "Whitfield", "Novotny", "Gallagher", "Osei", "Lindholm"]
QUEUES = ["Billing", "Technical Support", "Sales", "Retentions", "Austin", "Dublin"]
DISP = ["Resolved", "Resolved", "Escalated", "Callback Scheduled", "Transferred", "Abandoned", "Voicemail"]
def luhn(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return body + str((10 - s % 10) % 10)
def phone(cc):
    if cc == "1": return "+1%d%d%07d" % (rnd.choice([212, 512, 617, 737, 415]), rnd.randint(200, 999), rnd.randint(0, 9999999)) if False else "+1%s%03d%04d" % (rnd.choice(["212", "512", "617", "737", "415"]), rnd.randint(201, 989), rnd.randint(0, 9999))
    if cc == "44": return "+447%09d" % rnd.randint(100000000, 999999999)
    if cc == "353": return "+3538%d%07d" % (rnd.choice([3, 5, 6, 7]), rnd.randint(0, 9999999))
    return "+4915%d%07d" % (rnd.randint(10, 79), rnd.randint(0, 9999999))
def national(e):
    if e.startswith("+1"): return "(%s) %s-%s" % (e[2:5], e[5:8], e[8:])
    if e.startswith("+44"): return "0%s %s" % (e[3:7], e[7:])
    if e.startswith("+353"): return "0%s %s %s" % (e[4:6], e[6:9], e[9:])
    return "0%s %s" % (e[3:6], e[6:])
customers = []
accts = set()
for i in range(100):
    a = luhn("%09d" % rnd.randint(100000000, 999999999))
    while a in accts:
        a = luhn("%09d" % rnd.randint(100000000, 999999999))
    accts.add(a)
    cc = rnd.choice(["1", "1", "44", "353", "49"])
    customers.append({"acct": a, "phone": phone(cc), "alt": phone(cc), "given": rnd.choice(GIVEN), "family": rnd.choice(FAMILY)})
agents = [("AG%04d" % rnd.randint(1000, 1999), "%s %s" % (rnd.choice(AG_G), rnd.choice(AG_F))) for _ in range(18)]
weights = [rnd.randint(3, 50) for _ in customers]
t0 = datetime.datetime(2026, 3, 2, 8, 0)
calls = []
for k in range(1800):
    c = rnd.choices(customers, weights)[0]
    ag = rnd.choice(agents)
    t = t0 + datetime.timedelta(days=rnd.randint(0, 26), seconds=rnd.randint(0, 11 * 3600))
    q = rnd.choice(QUEUES)
    d = rnd.choice(DISP)
    dur = 0 if d == "Abandoned" else rnd.randint(35, 2400)
    cid = "CL-%s-%06d" % (t.strftime("%Y%m%d"), rnd.randint(0, 999999))
    snip = rnd.choice([
        "Hi, this is %s %s, I'm calling about my last bill" % (c["given"], c["family"]),
        "caller says her husband %s set up the account, verified DOB" % rnd.choice(GIVEN),
        "%s: thanks for calling, my name is %s, can I have your account number" % (ag[1].split()[0], ag[1].split()[0]),
        "customer asked to be called back on %s" % national(c["alt"]),
        "internet down since Tuesday, router lights red",
        "wants to cancel, competitor offer, passed to retentions",
        "", ""])
    calls.append([cid, c["phone"] if rnd.random() < 0.92 else "anonymous", ag[0], ag[1],
                  t.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00", dur, q, d, c["acct"] if rnd.random() < 0.9 else "",
                  "https://recordings.voxline-cc.net/2026/%02d/%02d/%s.wav?X-Amz-Expires=604800&X-Amz-Signature=%032x" % (t.month, t.day, cid, rnd.getrandbits(128)) if dur else "",
                  snip, rnd.choice(["", "1", "2", "3", "4", "5", "5"])])
calls.sort(key=lambda r: r[4])
H = ["call_id", "caller_number", "agent_id", "agent_name", "start_time", "duration_s", "queue", "disposition",
     "customer_account_no", "recording_url", "transcript_snippet", "csat"]
with open("calls.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(H); w.writerows(calls)
byacct = {c["acct"]: c for c in customers}
cb = [r for r in calls if r[7] == "Callback Scheduled" and r[8]][:35]
CH = ["cb_id", "call_id", "acct", "callback_to", "scheduled_for", "agent", "note"]
with open("callbacks.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(CH)
    for i, r in enumerate(cb):
        c = byacct[r[8]]
        t = datetime.datetime.strptime(r[4][:19], "%Y-%m-%dT%H:%M:%S") + datetime.timedelta(hours=rnd.randint(2, 48))
        w.writerow([i + 1, r[0], r[8], national(c["alt"]), t.strftime("%d/%m/%Y %H:%M"), r[3],
                    rnd.choice(["ask for %s, not %s" % (c["given"], rnd.choice(GIVEN)), "confirm refund went through", "tech visit follow-up"])])
L = {"call_id": "OTHER_UNIQUE_IDENTIFIER", "caller_number": "TELEPHONE_NUMBER", "agent_id": "QUASI_IDENTIFIER", "agent_name": "NAME",
     "start_time": "DATE", "duration_s": "NON_IDENTIFYING", "queue": "NON_IDENTIFYING", "disposition": "NON_IDENTIFYING",
     "customer_account_no": "ACCOUNT_NUMBER", "recording_url": "URL", "transcript_snippet": "FREE_TEXT", "csat": "NON_IDENTIFYING"}
C = {"cb_id": "OTHER_UNIQUE_IDENTIFIER", "call_id": "OTHER_UNIQUE_IDENTIFIER", "acct": "ACCOUNT_NUMBER", "callback_to": "TELEPHONE_NUMBER",
     "scheduled_for": "DATE", "agent": "NAME", "note": "FREE_TEXT"}
cols = {"calls." + h: L[h] for h in H}
cols.update({"callbacks." + h: C[h] for h in CH})
gold = {"dataset": "call-center",
        "description": "Invented contact-centre export without its customer table, ',': 1800 calls of 100 customers (10-digit Luhn account numbers 3-50 times each, E.164 caller numbers, 18 agents with AG ids (QUASI_IDENTIFIER, as provider keys) and names (NAME), queues incl. the sites Austin and Dublin, dispositions, signed recording URLs holding the call id, transcript snippets naming callers and relatives) and 35 callbacks (acct, national-format phone, dd/mm/yyyy HH:mm, agent name, note)",
        "delimiter": ",", "entity": "calls", "columns": cols,
        "foreignKeys": [{"column": "callbacks.call_id", "references": "calls.call_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

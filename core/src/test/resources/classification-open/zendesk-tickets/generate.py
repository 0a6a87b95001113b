#!/usr/bin/env python3
"""Writes zendesk-tickets: 40 invented support tickets in the layout of Zendesk's CSV ticket export (seeded, Python 3
stdlib only): Id, Requester, Requester id, Requester email, Requester domain, Submitter, Assignee, Group, Subject,
Tags, Status, Priority, Via, Ticket type, Created at, Updated at, Solved at, Organization, Satisfaction Score, Replies,
First reply time in minutes, Description (with signatures, phone numbers and order numbers). Organisations Morgan Legal
and Jordan Freight beside requesters surnamed Morgan and given name Jordan."""
import csv, json, random, datetime, os

rnd = random.Random(340003)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Jordan", "Megan", "Tom", "Aisha", "Lars", "Priya", "Carlos", "Hannah", "Kenji", "Olivia", "Ben", "Fatima", "Noah", "Chloe"]
FAMILY = ["Morgan", "Fitzgerald", "Okonkwo", "Lindqvist", "Ramirez", "Patel", "Hughes", "Tanaka", "Novak", "Brennan", "Dubois", "Kowalczyk"]
ORGS = [("Morgan Legal LLP", "morganlegal.com"), ("Jordan Freight", "jordanfreight.co"), ("Bluebird Bakery", "bluebirdbakery.com"),
        ("Northwind Traders", "northwind.com"), ("", "gmail.com"), ("", "outlook.com")]
AGENTS = ["Sam Whitaker", "Elena Vasquez", "Marcus Lee", "Support Bot"]
GROUPS = ["Tier 1", "Tier 2", "Billing", "Technical Support"]
SUBJ = [("Can't log in after password reset", "login password_reset", "incident"),
        ("Refund for duplicate charge", "billing refund", "problem"),
        ("Invoice address wrong", "billing invoice", "question"),
        ("Export to CSV fails", "bug export", "incident"),
        ("How do I add a user?", "how_to users", "question"),
        ("Cancel my subscription", "cancellation churn_risk", "task")]
tickets = []
tid = 10432
for i in range(40):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    org, dom = rnd.choice(ORGS)
    em = ("%s.%s@%s" % (g, f, dom)).lower() if org else ("%s%s%d@%s" % (g, f, rnd.randint(1, 99), dom)).lower()
    subj, tags, typ = rnd.choice(SUBJ)
    created = datetime.datetime(2025, 1, 6, 8) + datetime.timedelta(minutes=rnd.randint(0, 200 * 24 * 60))
    status = rnd.choice(["solved", "solved", "closed", "open", "pending"])
    upd = created + datetime.timedelta(minutes=rnd.randint(30, 9000))
    solved = upd.strftime("%Y-%m-%d %H:%M:%S") if status in ("solved", "closed") else ""
    phone = rnd.choice(["+1 (415) 555-%04d", "+44 20 7946 %04d", "0171 %04d 22", "(03) 9555 %04d"]) % rnd.randint(0, 9999) \
        if "%04d 22" not in "" else ""
    desc = rnd.choice([
        "Hi, I reset my password this morning and now the login page just spins. My username is %s.%s. Please call me on %s.\n\nThanks,\n%s %s" % (g.lower(), f.lower(), phone, g, f),
        "Hello,\nI was charged twice for order #%d on my Visa ending %04d. Please refund one of them.\n\nRegards,\n%s %s\n%s" % (rnd.randint(100000, 999999), rnd.randint(0, 9999), g, f, org or "Sent from my iPhone"),
        "Our invoice still shows our old address (%d %s). Can you update it? %s in accounts asked me to chase this.\n-- \n%s" % (rnd.randint(1, 300), rnd.choice(["Harbour Road", "Elm Street", "King's Parade"]), rnd.choice(GIVEN), g),
        "Export to CSV returns error 500 since yesterday. Steps: Reports > Export. Browser Chrome 121.\n%s %s | %s | %s" % (g, f, org or "", phone),
        "How do I add my colleague %s %s as an admin?\n%s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), g),
        "Please cancel my subscription at the end of the month. Account email %s.\n%s %s" % (em, g, f)])
    tid += rnd.randint(1, 30)
    agent = rnd.choice(AGENTS) if status != "new" else ""
    tickets.append([str(tid), "%s %s" % (g, f), str(rnd.randint(360000000000, 369999999999)), em, dom, rnd.choice(["%s %s" % (g, f), "%s %s" % (g, f), agent]),
                    agent, rnd.choice(GROUPS), subj, tags + (" vip" if rnd.random() < 0.2 else ""), status, rnd.choice(["low", "normal", "normal", "high", "urgent"]),
                    rnd.choice(["Mail", "Web form", "Chat", "Phone call (incoming)"]), typ, created.strftime("%Y-%m-%d %H:%M:%S"), upd.strftime("%Y-%m-%d %H:%M:%S"),
                    solved, org, rnd.choice(["Good", "Bad", "Offered", "Not Offered", "Not Offered"]), str(rnd.randint(0, 6)), str(rnd.randint(2, 1400)), desc])
H = ["Id", "Requester", "Requester id", "Requester email", "Requester domain", "Submitter", "Assignee", "Group", "Subject", "Tags", "Status",
     "Priority", "Via", "Ticket type", "Created at", "Updated at", "Solved at", "Organization", "Satisfaction Score", "Replies",
     "First reply time in minutes", "Description"]
with open(os.path.join(HERE, "tickets.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(H); w.writerows(tickets)
LAB = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "OTHER_UNIQUE_IDENTIFIER", "EMAIL_ADDRESS", "QUASI_IDENTIFIER", "NAME", "NAME", "NON_IDENTIFYING", "FREE_TEXT",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]
gold = {"dataset": "zendesk-tickets",
        "description": "Invented Zendesk CSV ticket export, ',': 40 tickets (Id, requester name/id/e-mail/domain, submitter, agent assignee, group, subject, tags, status, priority, via, type, timestamps, organization (Morgan Legal LLP, Jordan Freight beside requesters Morgan and Jordan), satisfaction, replies, first reply minutes, description with signatures and phones)",
        "delimiter": ",", "entity": "tickets", "columns": {"tickets." + h: l for h, l in zip(H, LAB)}, "foreignKeys": []}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

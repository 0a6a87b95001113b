#!/usr/bin/env python3
"""Writes crm-email-keyed: an invented B2B CRM export whose primary key IS the e-mail address: contacts (email PK,
full_name, company, title, phone, city, country, created), activities (id, contact_email -> contacts.email, type,
subject sometimes naming the person, cc with several addresses 'a@x.com; b@y.com', timestamp), deals (id, owner_email
a sales rep's address, contact_email -> contacts.email, amount, stage, close_date). Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(200404)
GIVEN = ["Annika", "Bjorn", "Chiara", "Dmitri", "Eleanor", "Farhan", "Greta", "Henrik", "Isabela", "Joaquin", "Katarzyna", "Lorenzo",
         "Mireille", "Nikolai", "Oona", "Pieter", "Quentin", "Rosalind", "Saoirse", "Tobias", "Ulrike", "Valentina", "Wendell", "Ximena"]
FAMILY = ["Achterberg", "Bellweather", "Castiglione", "Drummond", "Eriksson", "Fairbanks", "Gallagher", "Hartmann", "Iversen",
          "Jablonski", "Kowalewski", "Lindgren", "Marchetti", "Nieminen", "Oyelaran", "Pemberton", "Quist", "Rasmussen", "Sandoval", "Thorvaldsen"]
COMPANIES = [("Nordlys Logistics AS", "nordlys.no", "Oslo", "Norway"), ("Brightwater Analytics Ltd", "brightwater.co.uk", "Leeds", "United Kingdom"),
             ("Castello Foods SpA", "castellofoods.it", "Parma", "Italy"), ("Helvetix AG", "helvetix.ch", "Zug", "Switzerland"),
             ("Pampas Agro SA", "pampasagro.com.ar", "Rosario", "Argentina"), ("Kestrel Robotics GmbH", "kestrel-robotics.de", "Augsburg", "Germany"),
             ("Marisol Hoteles SL", "marisolhoteles.es", "Malaga", "Spain"), ("Tamarack Software Inc", "tamarack.io", "Boise", "United States"),
             ("Vltava Glass s.r.o.", "vltavaglass.cz", "Ceske Budejovice", "Czech Republic"), ("Aurora Biotech Oy", "aurorabio.fi", "Tampere", "Finland")]
TITLES = ["CFO", "Head of Procurement", "IT Director", "Operations Manager", "CEO", "VP Sales", "Data Protection Officer", "Buyer"]
REPS = ["liam.hartley@acmecrm-vendor.com", "sofia.brandt@acmecrm-vendor.com", "omar.haddad@acmecrm-vendor.com", "mei.tanaka@acmecrm-vendor.com"]
CC = {"Norway": "+47", "United Kingdom": "+44", "Italy": "+39", "Switzerland": "+41", "Argentina": "+54", "Germany": "+49", "Spain": "+34",
      "United States": "+1", "Czech Republic": "+420", "Finland": "+358"}
contacts = []; emails = set()
for i in range(480):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY); comp, dom, city, country = rnd.choice(COMPANIES)
    e = rnd.choice(["%s.%s@%s", "%s%s@%s", "%s_%s@%s"]) % (fn.lower(), ln.lower(), dom)
    if e in emails:
        e = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rnd.randint(2, 99), dom)
    if e in emails: continue
    emails.add(e)
    cr = datetime.datetime(2019, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 5 * 525600))
    contacts.append([e, "%s %s" % (fn, ln), comp, rnd.choice(TITLES), "%s %d %d %d" % (CC[country], rnd.randint(20, 99), rnd.randint(100, 999), rnd.randint(1000, 9999)),
                     city, country, cr.strftime("%Y-%m-%d %H:%M:%S")])
CH = ["email", "full_name", "company", "title", "phone", "city", "country", "created"]
acts = []
for k in range(1400):
    c = rnd.choice(contacts); first = c[1].split()[0]
    same = [x for x in contacts if x[2] == c[2] and x[0] != c[0]]
    cc = "; ".join(x[0] for x in rnd.sample(same, min(len(same), rnd.randint(1, 3)))) if same and rnd.random() < 0.3 else ""
    subj = rnd.choice(["Intro call", "Pricing follow-up", "Demo scheduled", "Call with %s re renewal" % c[1], "Re: proposal for %s" % c[2],
                       "%s asked for SOC 2 report" % first, "Left voicemail on %s" % c[4], "Quarterly business review"])
    ts = datetime.datetime(2020, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 4 * 525600))
    acts.append([str(50001 + k), c[0], rnd.choice(["call", "email", "meeting", "note"]), subj, cc, ts.strftime("%Y-%m-%dT%H:%M:%S")])
AH = ["id", "contact_email", "type", "subject", "cc", "timestamp"]
deals = []
for k in range(600):
    c = rnd.choice(contacts)
    cd = datetime.date(2020, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1700))
    deals.append(["D-%05d" % (k + 1), rnd.choice(REPS), c[0], str(rnd.choice([5, 10, 12, 25, 40, 75, 120]) * 1000 + rnd.choice([0, 500])),
                  rnd.choice(["prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost"]), cd.isoformat()])
DH = ["id", "owner_email", "contact_email", "amount", "stage", "close_date"]
for n, h, rows in (("contacts", CH, contacts), ("activities", AH, acts), ("deals", DH, deals)):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(h); w.writerows(rows)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
cols = {}
for h, l in zip(CH, ["EMAIL_ADDRESS", "NAME", N, N, "TELEPHONE_NUMBER", "CITY", N, "DATE"]):
    cols["contacts." + h] = l
for h, l in zip(AH, [O, "EMAIL_ADDRESS", N, "FREE_TEXT", "EMAIL_ADDRESS", "DATE"]):
    cols["activities." + h] = l
for h, l in zip(DH, [O, "EMAIL_ADDRESS", "EMAIL_ADDRESS", N, N, "DATE"]):
    cols["deals." + h] = l
gold = {"dataset": "crm-email-keyed",
        "description": "Invented B2B CRM whose primary key is the e-mail address: contacts 480 (email PK 'first.last@company-domain', full_name, company and title NON_IDENTIFYING as in crm-contacts, phone in international format, city, country, created); activities 1400 (contact_email FK, subject naming the contact, company or phone in some rows FREE_TEXT, cc holding 1-3 colleagues' addresses joined by '; ' in 30% of rows); deals 600 (owner_email one of 4 sales reps' addresses EMAIL_ADDRESS, contact_email FK, amount, stage, close_date).",
        "delimiter": ",", "entity": "contacts", "columns": cols,
        "foreignKeys": [{"column": "activities.contact_email", "references": "contacts.email"},
                        {"column": "deals.contact_email", "references": "contacts.email"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

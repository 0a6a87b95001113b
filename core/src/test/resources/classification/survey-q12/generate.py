#!/usr/bin/env python3
"""Writes survey-q12: a 12-row customer survey with columns q1..q12 and free-text answers (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(55503)
G = ["Priya", "Tobias", "Renata", "Callum", "Mireille", "Desmond", "Annika", "Bartholomew", "Leilani", "Osvaldo", "Signe", "Thaddeus"]
F = ["Gallagher", "Oyelaran", "Pettersen", "Van Wyk", "Szabo", "Kilbride", "Montague", "Reinholt", "Acosta", "Fairweather", "Nguyen", "Drummond"]
rows = []
for i in range(12):
    g, f = G[i], rnd.choice(F)
    mail = "%s.%s@%s" % (g.lower(), f.lower().replace(" ", ""), rnd.choice(["gmail.com", "proton.me", "icloud.com"]))
    tel = "07%03d %06d" % (rnd.randint(100, 999), rnd.randint(0, 999999))
    rows.append(["R%02d" % (i + 1), "2026-11-%02dT%02d:%02d:00Z" % (rnd.randint(1, 30), rnd.randint(8, 22), rnd.randint(0, 59)),
                 str(rnd.randint(1, 5)), str(rnd.randint(1, 5)), rnd.choice(["Yes", "No"]),
                 "%s %s" % (g, f), mail, tel,
                 rnd.choice(["Great service, email me at %s" % mail, "Call me back on %s please" % tel, "Too slow at checkout", "Staff member Oliver was rude to me, I'm %s" % g]),
                 str(rnd.randint(90, 99) if i % 4 == 0 else rnd.randint(18, 79)), "%s%d %d%s%s" % (rnd.choice(["SW", "LS", "M", "EH"]), rnd.randint(1, 20), rnd.randint(1, 9), rnd.choice("ABDEF"), rnd.choice("GHJLN")),
                 rnd.choice(["Online", "Store", "Phone"]), "%d.%d.%d.%d" % (rnd.randint(11, 220), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                 rnd.choice(["", "Please don't contact me", "My account number is %08d" % rnd.randint(0, 99999999)])])
H = ["resp", "ts", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12"]
with open("responses.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(H); w.writerows(rows)
labs = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "EMAIL_ADDRESS", "TELEPHONE_NUMBER",
        "FREE_TEXT", "AGE", "ZIP_CODE", "NON_IDENTIFYING", "IP_ADDRESS", "FREE_TEXT"]
gold = {"dataset": "survey-q12", "description": "Invented 12-row customer survey, uninformative headers q1..q12: name, e-mail, UK mobile, age (three over 89), postcode, IP and free-text answers quoting e-mails and phones",
        "delimiter": ",", "entity": "responses", "columns": {"responses." + k: v for k, v in zip(H, labs)}, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

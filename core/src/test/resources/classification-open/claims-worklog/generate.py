#!/usr/bin/env python3
"""Writes claims-worklog: an invented property-and-casualty claims work log (seeded, Python 3 stdlib only; rerun to
reproduce the CSV files and gold.json byte for byte), written by breaker41 to attack the STAFF_LOGIN rule (staff
logins under a role header). claims (Claim Number, Policy Number, Loss Date, Loss Cause, Line, Adjuster as a plain
login cford (the rule's own case, a control), Coordinator (plain logins under a role the rule does not list), Auditor
(logins with a Windows domain, CORP\\cford), Adjuster ID (plain logins under an id header), Reserve, Status) and
claim_tasks (Task ID, Claim Number, Task Type, Due Date, Analyst (plain logins), Examiner (logins written C.Ford),
Processor (mainframe user ids FORDC), Completed Y/N). Eight adjusters, five coordinators, four auditors, four
adjuster ids, four analysts, four examiners and three processors, each on many rows."""
import csv, json, os, random
SET = "claims-worklog"
rnd = random.Random(4101)
here = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Carol", "Marcus", "Dana", "Kwame", "Renee", "Tunde", "Brooke", "Felipe", "Grace", "Lyle", "Irene", "Priya",
         "Hector", "Nadia", "Owen", "Sofia", "Victor", "Wendy", "Yusuf", "Zara", "Aaron", "Bianca", "Caleb", "Delia",
         "Elliot", "Fiona", "Gareth", "Helen", "Ivan", "Jolene", "Kenji", "Lorna"]
FAMILY = ["Ford", "Lincoln", "Whitaker", "Boateng", "Schultz", "Oyelaran", "McAllister", "Duarte", "Hwang", "Pettibone",
          "Sandoval", "Raman", "Okonkwo", "Brandt", "Castellano", "Dufresne", "Engstrom", "Fairbanks", "Gutierrez",
          "Halvorsen", "Ishikawa", "Jablonski", "Kaplan", "Lindgren", "Moreau", "Novotny", "Ostrowski", "Pereira",
          "Quigley", "Rasmussen", "Szabo", "Takahashi"]
people = []
seen = set()
while len(people) < 32:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if f not in seen:
        seen.add(f)
        people.append((g, f))
def take(n):
    out = people[:n]
    del people[:n]
    return out
plain = lambda g, f: (g[0] + f).lower()
adjusters = [plain(*p) for p in take(8)]
coordinators = [plain(*p) for p in take(5)]
auditors = ["CORP\\" + plain(*p) for p in take(4)]
adjuster_ids = [plain(*p) for p in take(4)]
analysts = [plain(*p) for p in take(4)]
examiners = ["%s.%s" % (g[0], f) for g, f in take(4)]
processors = [(f[:7] + g[0]).upper() for g, f in take(3)]
claims, tasks = [], []
for i in range(300):
    num = "CL-2026-%06d" % (31000 + i)
    claims.append([num, "PA%09d" % rnd.randrange(10**8, 10**9), "2026-%02d-%02d" % (1 + i % 11, 1 + rnd.randrange(28)),
                   rnd.choice(["collision", "theft", "hail", "fire", "water damage", "vandalism", "glass"]),
                   rnd.choice(["Auto", "Homeowners", "Commercial Auto", "Renters"]), rnd.choice(adjusters),
                   rnd.choice(coordinators), rnd.choice(auditors), rnd.choice(adjuster_ids),
                   str(rnd.randrange(5, 400) * 100), rnd.choice(["Open", "Closed", "Reopened", "Subrogation"])])
    for k in range(rnd.randint(2, 4)):
        tasks.append(["T%07d" % (len(tasks) + 1), num, rnd.choice(["Inspect vehicle", "Call insured", "Review estimate",
                      "Request police report", "Approve payment", "Close file"]),
                      "2026-%02d-%02d" % (1 + i % 11, 1 + rnd.randrange(28)), rnd.choice(analysts),
                      rnd.choice(examiners), rnd.choice(processors), rnd.choice(["Y", "N"])])
CH = ["Claim Number", "Policy Number", "Loss Date", "Loss Cause", "Line", "Adjuster", "Coordinator", "Auditor",
      "Adjuster ID", "Reserve", "Status"]
TH = ["Task ID", "Claim Number", "Task Type", "Due Date", "Analyst", "Examiner", "Processor", "Completed"]
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("claims", CH, claims)
write("claim_tasks", TH, tasks)
L = {"Claim Number": "OTHER_UNIQUE_IDENTIFIER", "Policy Number": "ACCOUNT_NUMBER", "Loss Date": "DATE",
     "Loss Cause": "NON_IDENTIFYING", "Line": "NON_IDENTIFYING", "Adjuster": "OTHER_UNIQUE_IDENTIFIER",
     "Coordinator": "OTHER_UNIQUE_IDENTIFIER", "Auditor": "OTHER_UNIQUE_IDENTIFIER",
     "Adjuster ID": "OTHER_UNIQUE_IDENTIFIER", "Reserve": "NON_IDENTIFYING", "Status": "NON_IDENTIFYING"}
T = {"Task ID": "OTHER_UNIQUE_IDENTIFIER", "Claim Number": "OTHER_UNIQUE_IDENTIFIER", "Task Type": "NON_IDENTIFYING",
     "Due Date": "DATE", "Analyst": "OTHER_UNIQUE_IDENTIFIER", "Examiner": "OTHER_UNIQUE_IDENTIFIER",
     "Processor": "OTHER_UNIQUE_IDENTIFIER", "Completed": "NON_IDENTIFYING"}
cols = {"claims." + k: v for k, v in L.items()}
cols.update({"claim_tasks." + k: v for k, v in T.items()})
gold = {"dataset": SET, "description": "Invented P&C claims work log (breaker41): staff logins under role headers; "
        "Adjuster plain logins (control), Coordinator plain, Auditor CORP\\\\login, Adjuster ID plain, Analyst plain, "
        "Examiner C.Ford, Processor FORDC (mainframe ids); 300 claims, their tasks",
        "delimiter": ",", "entity": "claims", "columns": cols,
        "foreignKeys": [{"column": "claim_tasks.Claim Number", "references": "claims.Claim Number"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

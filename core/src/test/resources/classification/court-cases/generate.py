#!/usr/bin/env python3
"""Writes court-cases: an invented civil/criminal case-tracker export (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(2026)
GIVEN = ["Harold", "Renee", "Marcus", "Tanisha", "Gregory", "Lorraine", "Dmitri", "Yolanda", "Curtis", "Bethany",
         "Ignacio", "Corinne", "Ezekiel", "Marisol", "Wendell", "Shauna"]
FAMILY = ["Pettigrew", "Okonkwo", "Stroud", "Villanueva", "Ashcombe", "Delgado", "Kettering", "Blackwood",
          "Marchetti", "Quarles", "Ostrowski", "Faircloth", "Dunleavy", "Yarbrough"]
JUDGES = ["Hon. Patricia Wexler", "Hon. Raymond Oduya", "Hon. Ellen Mayhew"]
STREETS = ["Dodge St", "Farnam St", "Leavenworth St", "Pacific St", "Blondo St", "Q St"]
CITIES = ["Omaha", "Bellevue", "Papillion", "La Vista", "Ralston"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
parties, attorneys, cases, links = [], [], [], []
for i in range(36):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    parties.append(["PTY%05d" % rnd.randint(10000, 99999), "%s, %s %s." % (f, g, rnd.choice("ABCDEJKLMRSTW")),
                    "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1950, 2004)),
                    "%03d-%02d-%04d" % (rnd.randint(100, 665), rnd.randint(1, 99), rnd.randint(1, 9999)),
                    "%d %s" % (rnd.randint(100, 19999), rnd.choice(STREETS)), rnd.choice(CITIES), "NE",
                    "%05d-%04d" % (rnd.choice([68102, 68105, 68123, 68046, 68128, 68127]), rnd.randint(1, 9999)),
                    "+1402%07d" % rnd.randint(2000000, 9999999),
                    "%d" % rnd.randint(60000, 99999) if rnd.random() < .3 else ""])
for i in range(8):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    attorneys.append(["%05d" % rnd.randint(15000, 27999), "%s %s" % (g, f), rnd.choice(["Kutak & Lowe LLP", "Baird Fenner", "Public Defender", "Sole practitioner"]),
                      "%s%s@%s" % (g[0].lower(), f.lower(), rnd.choice(["kutaklowe.com", "bairdfenner.com", "douglascounty-ne.gov", "gmail.com"])),
                      "402-%03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))])
seen = set()
for i in range(30):
    cn = "%s %d-%d" % (rnd.choice(["CI", "CR", "DR"]), rnd.randint(22, 26), rnd.randint(100, 9999))
    while cn in seen: cn = cn + "A"
    seen.add(cn)
    p, d = rnd.sample(parties, 2)
    pl, df = p[1].split(",")[0], d[1].split(",")[0]
    h = (2026, rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(8, 16), rnd.choice([0, 15, 30, 45]))
    docket = rnd.choice(["Motion to continue filed by %s. Defendant %s %s failed to appear." % (rnd.choice(attorneys)[1], d[1].split(", ")[1][:-3], df),
                         "Summons served on %s at %s." % (d[1], d[4]),
                         "Stipulated protective order; plaintiff's SSN %s redacted in exhibit 4." % p[3],
                         "Status conference held.", ""])
    cases.append([cn, "%04d-%02d-%02d" % (2000 + int(cn.split()[1].split("-")[0]), rnd.randint(1, 12), rnd.randint(1, 28)),
                  "District Court of Douglas County", {"CI": "Civil", "CR": "Criminal", "DR": "Domestic relations"}[cn[:2]],
                  "%s v. %s" % (pl, df) if cn[:2] != "CR" else "State v. %s" % df, rnd.choice(JUDGES), rnd.choice(attorneys)[0],
                  rnd.choice(["Open", "Closed", "Stayed"]), "%s %d, %d %d:%02d %s" % (MON[h[1] - 1], h[2], h[0], (h[3] - 1) % 12 + 1, h[4], "AM" if h[3] < 12 else "PM"), docket])
    links.append([cn, p[0], "Plaintiff" if cn[:2] != "CR" else "Victim"])
    links.append([cn, d[0], "Defendant" if cn[:2] != "DR" else "Respondent"])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
H = {"parties": ["Party ID", "Name", "DOB", "SSN", "Street", "City", "State", "Zip", "Phone", "Inmate #"],
     "attorneys": ["Bar No.", "Attorney", "Firm", "Email", "Phone"],
     "cases": ["Case No.", "Filed", "Court", "Case Type", "Caption", "Judge", "Lead Counsel Bar No.", "Status", "Next Hearing", "Last Docket Entry"],
     "case_parties": ["Case No.", "Party ID", "Role"]}
L = {"parties": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "DATE_OF_BIRTH", "SOCIAL_SECURITY_NUMBER", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "TELEPHONE_NUMBER", "OTHER_UNIQUE_IDENTIFIER"],
     "attorneys": ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "EMAIL_ADDRESS", "TELEPHONE_NUMBER"],
     "cases": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "DATE", "FREE_TEXT"],
     "case_parties": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"]}
D = {"parties": parties, "attorneys": attorneys, "cases": cases, "case_parties": links}
cols = {}
for t in ["parties", "case_parties", "cases", "attorneys"]:
    write(t, H[t], D[t]); cols.update({t + "." + c: l for c, l in zip(H[t], L[t])})
gold = {"dataset": "court-cases", "description": "Invented county-court case tracker: 36 parties ('Last, First M.' names, SSN, ZIP+4, E.164 phones, inmate numbers), 8 attorneys keyed by bar number, 30 cases ('CI 24-1187' numbers, 'Pettigrew v. Stroud' captions, judges, 'Mar 4, 2026 9:30 AM' hearings, docket entries naming parties), 60 case-party links; Title Case headers with '#' and '.'",
        "delimiter": ",", "entity": "parties", "columns": cols,
        "foreignKeys": [{"column": "case_parties.Party ID", "references": "parties.Party ID"},
                        {"column": "case_parties.Case No.", "references": "cases.Case No."},
                        {"column": "cases.Lead Counsel Bar No.", "references": "attorneys.Bar No."}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

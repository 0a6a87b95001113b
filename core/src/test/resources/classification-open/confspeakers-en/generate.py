#!/usr/bin/env python3
"""Writes confspeakers-en: an invented English conference-programme export (tracks 6 rows, reviewers 25 rows,
submissions = speakers' proposals), `,`, ISO dates, English headers with spaces and capitals (seeded, stdlib only).
Track chairs named beside rooms and budgets, reviewers with LinkedIn URLs, e-mails and affiliations, speakers with
names, e-mails, phones, LinkedIn URLs, employers, job titles, countries, a 'Referred by' column holding referrers'
names, honorarium bands, review scores, decisions and reviewer comments naming people."""
import csv, json, random, datetime
rnd = random.Random(100303)
GIVEN = ["Olivia", "Liam", "Priya", "Kwame", "Hannah", "Diego", "Mei", "Tomasz", "Aoife", "Rahul", "Grace", "Yusuf",
         "Chloe", "Ethan", "Ngozi", "Lars", "Sofia", "Marcus", "Leila", "Owen", "Ines", "Callum", "Zara", "Hiroshi"]
FAMILY = ["Okafor", "Whitfield", "Raman", "Lindgren", "Castellanos", "Nakamura", "Brennan", "Haddad", "Kowalczyk", "Fairbairn",
          "O'Sullivan", "Achterberg", "Mensah", "Delacroix", "Petrakis", "Sandoval", "Thorne", "Varga", "Quigley", "Adebayo"]
COMP = ["Northwind Analytics", "Bluefin Labs", "Crestline Health", "Ordinal Systems", "Fernhill University", "Quarry Data",
        "Tidewater Bank", "Kestrel Robotics", "Marlow & Finch LLP", "Ashgrove Council"]
TITLE = ["Staff Engineer", "Data Scientist", "Engineering Manager", "Principal Architect", "PhD Student", "Product Manager",
         "Security Researcher", "Head of Platform", "Lecturer"]
COUNTRY = ["United Kingdom", "United Kingdom", "Ireland", "Germany", "Nigeria", "India", "United States", "Canada", "Poland", "Japan", "Brazil"]
TOPICS = ["Observability at scale", "Privacy-preserving analytics", "Zero-downtime migrations", "Rust in production",
          "Feature stores", "Incident retrospectives", "Accessible design systems", "LLM evaluation", "Edge caching", "Data contracts"]
FORMAT = ["Talk (30 min)", "Talk (45 min)", "Workshop (90 min)", "Lightning (5 min)", "Panel"]
BANDS = ["None", "£250-£500", "£500-£1,000", "£1,000-£2,000"]
DEC = ["accepted", "rejected", "waitlisted", "withdrawn"]
SHIRT = ["XS", "S", "M", "L", "XL", "XXL"]
DIET = ["none", "none", "none", "vegetarian", "vegan", "halal", "gluten-free", "kosher"]

def slug(g, f):
    return "".join(ch for ch in (g + "-" + f).lower() if ch.isalnum() or ch == "-")

def li(g, f):
    return "https://www.linkedin.com/in/%s-%d%s" % (slug(g, f), rnd.randint(1, 999), rnd.choice("abcdef"))

def phone():
    return rnd.choice(["+44 7%03d %06d" % (rnd.randint(100, 999), rnd.randint(0, 999999)), "+1 (%03d) %03d-%04d" % (rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999))])

tracks = []
for i, (t, room) in enumerate(zip(["Infrastructure", "Data & ML", "Security", "Frontend", "Leadership", "Research"],
                                   ["Hall A", "Hall B", "Room 1.14", "Room 1.15", "Auditorium", "Room 2.01"])):
    tracks.append({"Track ID": "T%d" % (i + 1), "Track": t, "Room": room, "Capacity": str(rnd.choice([80, 120, 250, 400])),
                   "Track Chair": "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), "Budget (GBP)": str(rnd.choice([4000, 6500, 9000]))})
reviewers = []
for i in range(25):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    reviewers.append({"Reviewer ID": "R%03d" % (100 + i * 4), "Full Name": "%s %s" % (g, f), "Email": "%s.%s@%s" % (g.lower(), f.lower().replace("'", ""), rnd.choice(["example.org", "example.com", "fernhill.example"])),
                      "LinkedIn": li(g, f), "Affiliation": rnd.choice(COMP), "Expertise": rnd.choice([t["Track"] for t in tracks]),
                      "Reviews Assigned": str(rnd.randint(3, 14)), "Conflict Declared": rnd.choice(["Yes", "No", "No", "No"])})
subs = []
for i in range(230):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    tr = rnd.choice(tracks); rv = rnd.choice(reviewers)
    sub = datetime.date(2025, 3, 1) + datetime.timedelta(days=rnd.randint(0, 75))
    s = {"Submission ID": "SUB-%04d" % (2001 + i * 3), "First Name": g, "Last Name": f,
         "Email": "%s%s@%s" % (g[0].lower(), f.lower().replace("'", ""), rnd.choice(["example.com", "example.net", "mail.example"])),
         "Phone": phone(), "LinkedIn URL": li(g, f), "Company": rnd.choice(COMP), "Job Title": rnd.choice(TITLE),
         "Country": rnd.choice(COUNTRY), "Referred by": "", "Track ID": tr["Track ID"], "Topic": rnd.choice(TOPICS),
         "Format": rnd.choice(FORMAT), "Submitted": sub.isoformat(), "Reviewer": rv["Reviewer ID"],
         "Score": str(rnd.randint(1, 5)), "Decision": rnd.choice(DEC), "Honorarium Band": rnd.choice(BANDS),
         "Travel Grant": rnd.choice(["Yes", "No", "No"]), "T-shirt": rnd.choice(SHIRT), "Dietary": rnd.choice(DIET), "Reviewer Comment": ""}
    if rnd.random() < 0.3:
        s["Referred by"] = rnd.choice([tr["Track Chair"], "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)), rv["Full Name"]])
    r = rnd.random()
    if r < 0.12:
        s["Reviewer Comment"] = "Strong, but %s gave a near-identical talk at another meetup; ask %s to confirm" % (g, tr["Track Chair"])
    elif r < 0.2:
        s["Reviewer Comment"] = "Co-present with %s %s (%s)?" % (rnd.choice(GIVEN), rnd.choice(FAMILY), phone())
    elif r < 0.45:
        s["Reviewer Comment"] = rnd.choice(["Good fit for track", "Too vendor-focused", "Needs a clearer abstract"])
    subs.append(s)

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("tracks", tracks); write("reviewers", reviewers); write("submissions", subs)
N, O, Q = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER"
L = {"tracks.Track ID": N, "tracks.Track": N, "tracks.Room": N, "tracks.Capacity": N, "tracks.Track Chair": "NAME", "tracks.Budget (GBP)": N,
     "reviewers.Reviewer ID": O, "reviewers.Full Name": "NAME", "reviewers.Email": "EMAIL_ADDRESS", "reviewers.LinkedIn": "URL",
     "reviewers.Affiliation": Q, "reviewers.Expertise": N, "reviewers.Reviews Assigned": N, "reviewers.Conflict Declared": N,
     "submissions.Submission ID": O, "submissions.First Name": "GIVEN_NAME", "submissions.Last Name": "FAMILY_NAME",
     "submissions.Email": "EMAIL_ADDRESS", "submissions.Phone": "TELEPHONE_NUMBER", "submissions.LinkedIn URL": "URL",
     "submissions.Company": Q, "submissions.Job Title": N, "submissions.Country": N, "submissions.Referred by": "NAME",
     "submissions.Track ID": N, "submissions.Topic": N, "submissions.Format": N, "submissions.Submitted": "DATE",
     "submissions.Reviewer": O, "submissions.Score": N, "submissions.Decision": N, "submissions.Honorarium Band": N,
     "submissions.Travel Grant": N, "submissions.T-shirt": N, "submissions.Dietary": N, "submissions.Reviewer Comment": "FREE_TEXT"}
gold = {"dataset": "confspeakers-en",
        "description": "Invented English conference-programme export, `,`, ISO dates, headers with spaces and capitals: 6 tracks (id, name, room, capacity, chair's name, budget), 25 reviewers (id, full name, e-mail, LinkedIn URL, affiliation, expertise, reviews assigned, conflict flag), 230 submissions (id, speaker's first and last name, e-mail, UK/US phone, LinkedIn URL, company, job title, country, 'Referred by' with referrers' names, track, topic, format, submission date, reviewer id, score, decision, honorarium band in GBP, travel grant, T-shirt size, dietary needs, reviewer comments naming speakers, chairs and co-presenters with phones)",
        "delimiter": ",", "entity": "submissions", "columns": L,
        "foreignKeys": [{"column": "submissions.Track ID", "references": "tracks.Track ID"},
                        {"column": "submissions.Reviewer", "references": "reviewers.Reviewer ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

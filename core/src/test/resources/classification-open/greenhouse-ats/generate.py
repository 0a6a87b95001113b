#!/usr/bin/env python3
"""Writes greenhouse-ats: an invented export of a fictional company's Greenhouse-style applicant tracking system
(seeded, stdlib only), ',' with Greenhouse's report date formats. candidates: 1,150 (Candidate ID, First/Last Name,
current Company and Title, Email, Phone in several styles, LinkedIn and GitHub URLs, Resume file name 'Jane_Doe_CV.pdf',
Location 'Austin, TX', Source, Tags, Created 'MM/DD/YYYY', EEOC self-identification: Gender, Race, Veteran Status,
Disability Status). applications: 1,700 (Application ID, Candidate ID, Job ID, Job Name, Department, Office, Status,
Current Stage, Applied On 'YYYY-MM-DD HH:MM:SS UTC', Rejected On, Rejection Reason, Recruiter, Coordinator,
Credited To). scorecards: 3,050 (Scorecard ID, Application ID, Interview, Interviewer, Submitted On, Overall
Recommendation, attribute ratings, Key Take-Aways naming the candidate). offers: 48 (Offer ID, Application ID, Status,
Version, Base Salary '145,000.00', Currency, Bonus %, Equity, Start Date 'MM/DD/YYYY', Created, Approved By).
Deliberate coincidences: the given names Austin, Madison and Jordan beside the offices Austin and Madison; the surname
Ford beside the company 'Ford Motor Company'; the surname Sierra beside 'Sierra Nevada Corporation'."""
import csv, json, random
rnd = random.Random(670303)
GIVEN = ["Jane", "Austin", "Madison", "Jordan", "Emily", "Michael", "Aisha", "Rahul", "Wei", "Sofia", "Liam", "Olivia",
         "Noah", "Ava", "Ethan", "Chloe", "Mateo", "Priyanka", "Kwame", "Hannah", "Tyler", "Grace", "Dmitri", "Yasmin",
         "Lucas", "Zoe", "Samuel", "Nadia", "Connor", "Mei"]
FAMILY = ["Doe", "Ford", "Sierra", "Nguyen", "Patel", "Kim", "Johnson", "Williams", "Garcia", "Martinez", "Okonkwo",
          "Chen", "Anderson", "Thompson", "Rivera", "Cohen", "Müller", "O'Connor", "Singh", "Brooks", "Reyes", "Hughes",
          "Kowalczyk", "Tanaka", "Bianchi", "Lee", "Adeyemi", "Foster"]
STAFF = ["Rachel Greenberg", "Tom Alvarez", "Priya Raman", "Marcus Bell", "Dana Whitaker", "Kevin O'Shea",
         "Lena Fischer", "Jamal Carter", "Sophie Laurent", "Ben Hutchinson", "Carla Mendes", "Ivan Petrov", "Hiro Sato",
         "Natalie Brooks", "Oscar Lindgren"]
COMP = ["Google", "Amazon", "Ford Motor Company", "Sierra Nevada Corporation", "Stripe", "Deloitte", "Accenture",
        "Salesforce", "Epic Systems", "Capital One", "Self-employed", "Meta", "IBM", "Shopify", "University of Wisconsin", ""]
TITLES = ["Software Engineer", "Senior Software Engineer", "Data Scientist", "Product Manager", "Engineering Manager",
          "Account Executive", "UX Designer", "DevOps Engineer", "Recruiter", "Financial Analyst", "Student", ""]
LOCS = ["Austin, TX", "Madison, WI", "San Francisco, CA", "New York, NY", "Seattle, WA", "Chicago, IL", "Denver, CO",
        "Boston, MA", "Atlanta, GA", "Remote", "Toronto, ON", "London, United Kingdom", "Raleigh, NC", "Portland, OR"]
SOURCES = ["LinkedIn", "Referral", "Company Website", "Indeed", "Agency", "AngelList", "Hired", "Prospecting", "Career Fair"]
JOBS = [(4012345, "Senior Backend Engineer", "Engineering", "Austin"), (4012377, "Data Scientist II", "Data", "Madison"),
        (4012402, "Product Manager, Payments", "Product", "New York"), (4012419, "Account Executive, Mid-Market", "Sales", "Austin"),
        (4012440, "Staff Site Reliability Engineer", "Engineering", "Remote - US"), (4012468, "UX Researcher", "Design", "Madison"),
        (4012501, "Technical Recruiter", "People", "Austin"), (4012533, "Financial Analyst", "Finance", "New York"),
        (4012560, "Frontend Engineer", "Engineering", "Remote - US"), (4012591, "Customer Success Manager", "Customer Success", "Madison")]
STAGES = ["Application Review", "Recruiter Screen", "Hiring Manager Screen", "Take Home Test", "Onsite Interview", "Reference Check", "Offer"]
REJ = ["Lacking skill(s)/qualification(s)", "Hired another candidate", "Not a culture fit", "Compensation expectations",
       "Withdrew - took another offer", "Unresponsive", "Location", ""]
def dt(y0=2024, y1=2025):
    return "%04d-%02d-%02d %02d:%02d:%02d UTC" % (rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59))
def us(y0=2024, y1=2025):
    return "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(y0, y1))
cands = []; cid = rnd.sample(range(30000000, 39999999), 1150)
for i in range(1150):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    slug = (g + "-" + f).lower().replace("'", "").replace("ü", "u")
    em = rnd.choice(["%s.%s@gmail.com", "%s%s@outlook.com", "%s_%s@yahoo.com", "%s.%s@proton.me"]) % (g.lower(), f.lower().replace("'", "").replace("ü", "u"))
    ph = rnd.choice(["(%03d) %03d-%04d", "%03d-%03d-%04d", "+1 %03d %03d %04d", "%03d.%03d.%04d"]) % (rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999))
    cv = rnd.choice(["%s_%s_CV.pdf", "%s_%s_Resume.pdf", "%s %s - Resume.docx", "Resume_%s_%s_2024.pdf"]) % (g, f) if rnd.random() < 0.85 else ""
    gen = rnd.choice(["Male", "Female", "Decline To Self Identify", "Female", "Male", ""])
    race = rnd.choice(["White", "Asian", "Black or African American", "Hispanic or Latino", "Two or More Races", "Decline To Self Identify", "", ""])
    vet = rnd.choice(["I am not a protected veteran", "I am not a protected veteran", "I identify as one or more of the classifications of protected veteran", "I don't wish to answer", ""])
    dis = rnd.choice(["No, I don't have a disability", "No, I don't have a disability", "Yes, I have a disability (or previously had a disability)", "I don't wish to answer", ""])
    cands.append([str(cid[i]), g, f, rnd.choice(COMP), rnd.choice(TITLES), em, ph if rnd.random() < 0.9 else "",
                  "https://www.linkedin.com/in/%s-%d" % (slug, rnd.randint(10, 999)) if rnd.random() < 0.7 else "",
                  "https://github.com/%s%s" % (g.lower(), f.lower().replace("'", "").replace("ü", "u")[:4]) if rnd.random() < 0.3 else "",
                  cv, rnd.choice(LOCS), rnd.choice(SOURCES), rnd.choice(["", "", "Silver medalist", "Boomerang", "Diversity event 2024", "Referral - exec"]),
                  us(2023, 2025), gen, race, vet, dis])
apps = []; aid = 80000000
for c in cands:
    for k in range(rnd.choice([1, 1, 1, 2, 2])):
        if len(apps) >= 1700: break
        aid += rnd.randint(3, 900); j = rnd.choice(JOBS)
        st = rnd.choices(["Rejected", "Active", "Hired"], [70, 25, 5])[0]
        stage = rnd.choice(STAGES[:6]) if st != "Hired" else "Offer"
        ref = rnd.choice(STAFF) if c[11] == "Referral" else ""
        apps.append([str(aid), c[0], str(j[0]), j[1], j[2], j[3], st, stage, dt(), dt() if st == "Rejected" else "",
                     rnd.choice(REJ) if st == "Rejected" else "", rnd.choice(STAFF[:5]), rnd.choice(STAFF[5:9]), ref or rnd.choice(["", "", rnd.choice(STAFF)])])
while len(apps) < 1700:
    c = rnd.choice(cands); aid += rnd.randint(3, 900); j = rnd.choice(JOBS)
    apps.append([str(aid), c[0], str(j[0]), j[1], j[2], j[3], "Active", "Application Review", dt(), "", "", rnd.choice(STAFF[:5]), rnd.choice(STAFF[5:9]), ""])
INTS = ["Recruiter Screen", "Hiring Manager Screen", "Technical Interview", "System Design", "Behavioral Interview", "Take Home Review", "Culture Add"]
REC = ["Strong Yes", "Yes", "Yes", "No", "Definitely Not", "No Decision"]
TAKE = ["{g} showed strong ownership of the payments migration at {c}.", "Good communicator; I'd want {g} on my team.",
        "{g} {f} struggled with the concurrency question.", "Solid fundamentals, limited system design depth.",
        "Spoke with {g} about relocation to {o}; open to it.", "Needs more leadership examples.", "", "",
        "{g} mentioned a competing offer from {c}.", "Great culture add."]
sc = []; sid = 50000000
byid = {c[0]: c for c in cands}
for a in apps:
    if len(sc) >= 3050: break
    for k in range(rnd.choice([0, 1, 2, 2, 3])):
        sid += rnd.randint(1, 400); c = byid[a[1]]
        t = rnd.choice(TAKE).format(g=c[1], f=c[2], c=c[3] or "their current company", o=a[5])
        sc.append([str(sid), a[0], rnd.choice(INTS), rnd.choice(STAFF), dt(), rnd.choice(REC),
                   rnd.choice(["1", "2", "3", "4", "", "3"]), rnd.choice(["1", "2", "3", "4", "", "3"]), rnd.choice(["1", "2", "3", "4", "3"]), t])
while len(sc) < 3050:
    a = rnd.choice(apps); sid += rnd.randint(1, 400)
    sc.append([str(sid), a[0], rnd.choice(INTS), rnd.choice(STAFF), dt(), rnd.choice(REC), "3", "3", "3", ""])
offers = []; oid = 7000000
cand_apps = [a for a in apps if a[7] in ("Offer", "Reference Check")]
for a in cand_apps[:48]:
    oid += rnd.randint(10, 5000)
    sal = rnd.choice([85000, 95000, 110000, 125000, 135000, 145000, 160000, 175000, 190000])
    offers.append([str(oid), a[0], rnd.choice(["Accepted", "Accepted", "Rejected", "Sent", "Draft", "Deprecated"]), str(rnd.choice([1, 1, 2])),
                   "{:,.2f}".format(sal), "USD", rnd.choice(["10%", "15%", "", "20%"]), rnd.choice(["", "5,000 RSUs", "12,000 options", "2,500 RSUs"]),
                   us(2025, 2025), dt(), rnd.choice(STAFF[:3])])
def write(name, head, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
CH = ["Candidate ID", "First Name", "Last Name", "Company", "Title", "Email", "Phone", "LinkedIn", "GitHub", "Resume",
      "Location", "Source", "Tags", "Created", "Gender", "Race", "Veteran Status", "Disability Status"]
AH = ["Application ID", "Candidate ID", "Job ID", "Job Name", "Department", "Office", "Status", "Current Stage",
      "Applied On", "Rejected On", "Rejection Reason", "Recruiter", "Coordinator", "Credited To"]
SH = ["Scorecard ID", "Application ID", "Interview", "Interviewer", "Submitted On", "Overall Recommendation",
      "Communication", "Technical Skills", "Culture Add", "Key Take-Aways"]
OH = ["Offer ID", "Application ID", "Offer Status", "Version", "Base Salary", "Currency", "Bonus %", "Equity", "Start Date",
      "Created At", "Approved By"]
write("candidates", CH, cands); write("applications", AH, apps); write("scorecards", SH, sc); write("offers", OH, offers)
N = "NON_IDENTIFYING"; O = "OTHER_UNIQUE_IDENTIFIER"
lab = {"candidates": dict(zip(CH, [O, "GIVEN_NAME", "FAMILY_NAME", N, N, "EMAIL_ADDRESS", "TELEPHONE_NUMBER", "URL", "URL", O,
                                   "CITY", N, N, "DATE", N, N, N, N])),
       "applications": dict(zip(AH, [O, O, N, N, N, N, N, N, "DATE", "DATE", N, "NAME", "NAME", "NAME"])),
       "scorecards": dict(zip(SH, [O, O, N, "NAME", "DATE", N, N, N, N, "FREE_TEXT"])),
       "offers": dict(zip(OH, [O, O, N, N, N, N, N, N, "DATE", "DATE", "NAME"]))}
gold = {"dataset": "greenhouse-ats",
        "description": "Invented Greenhouse-style applicant tracking export, ',': 1,150 candidates (8-digit Candidate ID, names, current company and title, e-mail, phone in four styles, LinkedIn and GitHub URLs, resume file name 'Jane_Doe_CV.pdf' / 'Resume_Jane_Doe_2024.pdf' (15% empty), Location 'Austin, TX' or 'Remote', source, tags, Created MM/DD/YYYY, EEOC gender, race, veteran and disability status), 1,700 applications (Application ID, Candidate ID, Job ID and name, department, office, status, stage, Applied On 'YYYY-MM-DD HH:MM:SS UTC', rejection, recruiter, coordinator, credited-to staff), 3,050 scorecards (interview, interviewer, submitted on, recommendation, 1-4 ratings, Key Take-Aways naming the candidate), 48 offers (status, version, Base Salary '145,000.00', currency, bonus, equity, start date, created, approver). Resume file names OTHER_UNIQUE_IDENTIFIER (as cardholders.Photo File; they hold the candidate's name); Location CITY; staff names NAME; Job ID NON_IDENTIFYING (a job opening is a thing); EEOC columns NON_IDENTIFYING (as race and gender); salary and equity NON_IDENTIFYING (as applications.offer_salary). Given names Austin/Madison/Jordan beside the offices Austin and Madison, surnames Ford and Sierra beside the companies 'Ford Motor Company' and 'Sierra Nevada Corporation' are deliberate",
        "delimiter": ",", "entity": "candidates",
        "columns": {t + "." + c: v for t, m in lab.items() for c, v in m.items()},
        "foreignKeys": [{"column": "applications.Candidate ID", "references": "candidates.Candidate ID"},
                        {"column": "scorecards.Application ID", "references": "applications.Application ID"},
                        {"column": "offers.Application ID", "references": "applications.Application ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

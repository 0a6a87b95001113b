#!/usr/bin/env python3
"""Writes ats-workday: an invented applicant-tracking (recruiting) export in the style of Workday/Greenhouse reports
(snake_case headers, candidate ids 'C-0012345', requisition ids 'R-24017', US phones, LinkedIn URLs, free-text resume
summaries naming employers and referees, EEO self-identification columns; seeded, stdlib only). candidates 700,
requisitions 24, applications ~1,100. Coincidences: a recruiter called 'Austin' and the town Austin in job locations;
a referral source 'Indeed' and an employer 'Amazon' that are also vocabulary."""
import csv, json, random, datetime
rnd = random.Random(280602)
GIVEN = ["James", "Maria", "Wei", "Aisha", "Carlos", "Emily", "Dmitri", "Priya", "Tyrone", "Hannah", "Kenji", "Olivia",
         "Mohammed", "Sofia", "Austin", "Grace", "Mateo", "Chloe", "Darnell", "Ingrid", "Luis", "Fatima", "Noah", "Zoe"]
FAMILY = ["Okafor", "Lindqvist", "Ramirez", "Chen", "Patel", "Kowalski", "Brennan", "Haddad", "Nguyen", "Fitzgerald",
          "Moreau", "Abernathy", "Delacroix", "Yamamoto", "Castellano", "Whitaker", "Osei", "Novak", "Sandoval", "Park"]
NICK = {"James": "Jim", "Maria": "Mari", "Emily": "Em", "Dmitri": "Dima", "Mohammed": "Mo", "Olivia": "Liv", "Kenji": "Ken"}
EMPLOYERS = ["Amazon", "Accenture", "Deloitte", "Target", "Kaiser Permanente", "Oracle", "Initech LLC", "Dunder Mifflin",
             "Globex Corporation", "Self-employed", "Wells Fargo", "Stark Industries", ""]
TITLES = [("Software Engineer II", "Engineering"), ("Senior Data Analyst", "Analytics"), ("Registered Nurse - ICU", "Clinical"),
          ("Account Executive", "Sales"), ("HR Business Partner", "People"), ("Warehouse Associate", "Operations"),
          ("Product Manager", "Product"), ("Payroll Specialist", "Finance")]
LOCS = ["Austin, TX", "Seattle, WA", "Remote - US", "Chicago, IL", "Denver, CO", "New York, NY"]
STAGES = ["Applied", "Recruiter Screen", "Hiring Manager Screen", "Assessment", "Onsite Interview", "Reference Check",
          "Offer", "Hired", "Rejected", "Withdrawn"]
SOURCES = ["LinkedIn", "Indeed", "Company Website", "Employee Referral", "Agency", "Glassdoor", "Career Fair"]
GENDER = ["Male", "Female", "Non-binary", "Decline to Self Identify"]
RACE = ["White", "Black or African American", "Hispanic or Latino", "Asian", "Two or More Races",
        "Native Hawaiian or Other Pacific Islander", "American Indian or Alaska Native", "Decline to Self Identify"]
VET = ["I am not a protected veteran", "I identify as one or more of the classifications of protected veteran", "I don't wish to answer"]
DIS = ["No, I do not have a disability", "Yes, I have a disability (or previously had a disability)", "I do not want to answer"]
AREA = ["512", "206", "312", "720", "646", "415", "737", "773"]
def person():
    return rnd.choice(GIVEN), rnd.choice(FAMILY)
staff = ["%s %s" % person() for _ in range(10)]
recruiters = ["Austin Whitaker", "Grace Novak", "Luis Sandoval", "Hannah Brennan"]
reqs = []
for i in range(24):
    t, dept = rnd.choice(TITLES)
    reqs.append(["R-%d" % (24001 + i * 7 + rnd.randint(0, 5)), t, dept, rnd.choice(LOCS), rnd.choice(staff), rnd.choice(recruiters),
                 rnd.choice(["Open", "Open", "Filled", "On Hold", "Closed"]), (datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 300))).isoformat()])
cands, apps, seen = [], [], set()
for i in range(700):
    g, f = person()
    mid = rnd.choice(["", "", "", " A.", " J.", " Marie", " Lee"])
    legal = "%s%s %s" % (g, mid, f)
    pref = rnd.choice([g, g, g, NICK.get(g, g), ""])
    cid = "C-%07d" % (100000 + i * 13 + rnd.randint(0, 12))
    email = "%s.%s%s@%s" % (g.lower(), f.lower(), rnd.choice(["", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com"]))
    ph = rnd.choice(["(%s) %d-%04d", "%s-%d-%04d", "+1 %s %d %04d"]) % (rnd.choice(AREA), rnd.randint(201, 989), rnd.randint(0, 9999))
    li = "" if rnd.random() < 0.2 else "https://www.linkedin.com/in/%s-%s-%s%x" % (g.lower(), f.lower(), rnd.choice(["", "b"]), rnd.randint(0x10000, 0xfffff))
    emp = rnd.choice(EMPLOYERS); yrs = rnd.randint(0, 28)
    ref = "%s %s" % person()
    resume = rnd.choice([
        "%d years at %s as %s. Led migration of billing platform; mentored 4 junior staff." % (yrs, emp or "a startup", rnd.choice(TITLES)[0]),
        "BSN, RN. %d yrs ICU experience at %s. References: %s (charge nurse), phone on request." % (yrs, emp or "St. Luke's", ref),
        "Career changer from teaching. Completed bootcamp 2023. Contact %s or call %s." % (email, ph),
        "Seeking remote role. Currently at %s; relocating from Boise, ID in June. Referred by %s." % (emp or "a local firm", ref),
        "Skills: SQL, Python, Tableau, Excel. Certified Scrum Master (CSM). Fluent Spanish.",
        ""])
    cands.append([cid, legal, pref, email, ph, li, resume, emp, str(yrs), rnd.choice(SOURCES), rnd.choice(GENDER), rnd.choice(RACE), rnd.choice(VET), rnd.choice(DIS)])
    for r in rnd.sample(reqs, rnd.choice([1, 1, 1, 2, 2, 3])):
        st = rnd.choice(STAGES)
        applied = datetime.date(2024, 1, 5) + datetime.timedelta(days=rnd.randint(0, 330))
        offer = "%d" % (rnd.randint(48, 210) * 1000) if st in ("Offer", "Hired") else ""
        start = (applied + datetime.timedelta(days=rnd.randint(30, 75))).isoformat() if st == "Hired" else ""
        apps.append(["APP-%06d" % (len(apps) * 3 + 500017), cid, r[0], st, "%sT%02d:%02d:%02dZ" % (applied.isoformat(), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59)), offer, start])
def write(name, header, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(header); w.writerows(rows)
write("requisitions", ["requisition_id", "job_title", "department", "job_location", "hiring_manager", "recruiter", "req_status", "opened_date"], reqs)
write("candidates", ["candidate_id", "legal_name", "preferred_name", "email", "phone", "linkedin_url", "resume_text", "current_employer",
                     "years_experience", "referral_source", "eeo_gender", "eeo_race", "veteran_status", "disability_status"], cands)
write("applications", ["application_id", "candidate_id", "requisition_id", "stage", "applied_at", "offer_salary", "start_date"], apps)
L = {"requisitions.requisition_id": "NON_IDENTIFYING", "requisitions.job_title": "NON_IDENTIFYING", "requisitions.department": "NON_IDENTIFYING",
     "requisitions.job_location": "NON_IDENTIFYING", "requisitions.hiring_manager": "NAME", "requisitions.recruiter": "NAME",
     "requisitions.req_status": "NON_IDENTIFYING", "requisitions.opened_date": "DATE",
     "candidates.candidate_id": "OTHER_UNIQUE_IDENTIFIER", "candidates.legal_name": "NAME", "candidates.preferred_name": "GIVEN_NAME",
     "candidates.email": "EMAIL_ADDRESS", "candidates.phone": "TELEPHONE_NUMBER", "candidates.linkedin_url": "URL",
     "candidates.resume_text": "FREE_TEXT", "candidates.current_employer": "NAME", "candidates.years_experience": "NON_IDENTIFYING",
     "candidates.referral_source": "NON_IDENTIFYING", "candidates.eeo_gender": "NON_IDENTIFYING", "candidates.eeo_race": "NON_IDENTIFYING",
     "candidates.veteran_status": "NON_IDENTIFYING", "candidates.disability_status": "NON_IDENTIFYING",
     "applications.application_id": "OTHER_UNIQUE_IDENTIFIER", "applications.candidate_id": "OTHER_UNIQUE_IDENTIFIER",
     "applications.requisition_id": "NON_IDENTIFYING", "applications.stage": "NON_IDENTIFYING", "applications.applied_at": "DATE",
     "applications.offer_salary": "NON_IDENTIFYING", "applications.start_date": "DATE"}
gold = {"dataset": "ats-workday",
        "description": "Invented applicant-tracking export: requisitions 24 (hiring manager and recruiter names, job locations such as 'Austin, TX'), candidates 700 (legal and preferred names, email, US phones in three formats, LinkedIn URLs, resume summaries naming employers, referees, emails and phones, current employer, EEO/veteran/disability answers), applications %d (stage, applied_at UTC, offer salary, start date)" % len(apps),
        "delimiter": ",", "entity": "candidates", "columns": L,
        "foreignKeys": [{"column": "applications.candidate_id", "references": "candidates.candidate_id"},
                        {"column": "applications.requisition_id", "references": "requisitions.requisition_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

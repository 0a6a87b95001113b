#!/usr/bin/env python3
"""Writes webinar-gotowebinar: an invented webinar platform export (GoToWebinar / ON24 shape) of a fictional health-IT
vendor's webinar series (seeded, stdlib only). webinars: 9 webinars (Webinar ID '123-456-789', title, start, organizer
name and e-mail). registrants: 3,100 registrations (Registrant ID, Webinar ID, Registration Date 'MM/dd/yyyy hh:mm a',
First Name, Last Name, Email, Organization, Job Title, Phone in several styles, City, State, Country, Zip/Postal Code,
custom questions (organisation size, EHR in use, 'What would you like us to cover?' free text), Attended,
Time in Session (minutes), Interest Rating, Source). questions: 640 Q&A rows (Webinar ID, Registrant ID, Asked By,
Email, Question (free text naming people), Asked At, Answer, Answered By (panelists), Status).
Deliberate coincidences: the given name Paris beside the city Paris; organisations 'Jordan Valley Medical Center' and
'Lincoln Health' beside the surnames (and given names) Jordan and Lincoln and the country Jordan."""
import csv, json, random
rnd = random.Random(610202)
GIVEN = ["Paris", "Emily", "Michael", "Sarah", "David", "Laura", "Kevin", "Rachel", "Brian", "Megan", "Jason", "Amy",
         "Steven", "Heather", "Mark", "Nicole", "Anthony", "Rebecca", "Omar", "Leila", "Sanjay", "Anjali", "Chen",
         "Wei", "Hyun", "Olga", "Pieter", "Anke", "Guillaume", "Camille", "Mateo", "Valentina", "Ifeoma", "Chidi",
         "Aroha", "Tane", "Bridget", "Declan", "Jordan", "Lincoln"]
FAMILY = ["Jordan", "Lincoln", "Smith", "Johnson", "Brown", "Miller", "Wilson", "Moore", "Taylor", "Anderson",
          "Thompson", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams",
          "Mehta", "Iyer", "Zhang", "Liu", "Park", "Ivanova", "de Vries", "Janssen", "Dubois", "Lefebvre", "Romero",
          "Castillo", "Eze", "Adeyemi", "Ngata", "Walsh", "Gallagher", "Featherstonehaugh", "Quintanilla", "Szymanski"]
PLACES = [("Boston", "MA", "United States", "021"), ("Nashville", "TN", "United States", "372"),
          ("Chicago", "IL", "United States", "606"), ("Salt Lake City", "UT", "United States", "841"),
          ("Paris", "TX", "United States", "754"), ("Austin", "TX", "United States", "787"),
          ("Cleveland", "OH", "United States", "441"), ("Rochester", "MN", "United States", "559"),
          ("Madison", "WI", "United States", "537"), ("Kansas City", "MO", "United States", "641"),
          ("Toronto", "ON", "Canada", "M5V"), ("Vancouver", "BC", "Canada", "V6B"), ("London", "", "United Kingdom", "EC1A"),
          ("Paris", "", "France", "750"), ("Amman", "", "Jordan", "111"), ("Sydney", "NSW", "Australia", "200"),
          ("Bangalore", "KA", "India", "560"), ("Amsterdam", "", "Netherlands", "101"), ("Dublin", "", "Ireland", "D02")]
ORGS = ["Jordan Valley Medical Center", "Lincoln Health", "Mayo Clinic", "Cleveland Clinic", "Intermountain Health",
        "Kaiser Permanente", "Mass General Brigham", "HCA Healthcare", "Ascension", "Providence", "UnityPoint Health",
        "Sutter Health", "Vanderbilt University Medical Center", "Oak Street Health", "Deloitte", "Accenture",
        "Epic Systems", "Oracle Health", "Self-employed", "NHS Digital", "Apollo Hospitals", "Amsterdam UMC"]
TITLES = ["Director of Nursing", "CMIO", "CIO", "IT Analyst", "Clinical Informatics Specialist", "Practice Manager",
          "Revenue Cycle Manager", "Registered Nurse", "Physician", "Data Analyst", "VP Operations", "Consultant",
          "Student", "Project Manager", "Compliance Officer", "HIM Director"]
WEB = [("Interoperability in 2026: FHIR at scale", "Anke de Vries"), ("Prior authorization automation", "Declan Walsh"),
       ("Ambient AI documentation: lessons learned", "Leila Mehta"), ("Patient portal adoption playbook", "Mark Gallagher"),
       ("HIPAA and generative AI", "Rebecca Szymanski"), ("Revenue cycle KPIs", "Omar Castillo"),
       ("Remote patient monitoring", "Camille Dubois"), ("Nurse staffing analytics", "Sanjay Iyer"),
       ("Office hours: Q&A with product", "Bridget Walsh")]

webinars = []
for i, (title, org) in enumerate(WEB):
    wid = "%03d-%03d-%03d" % (rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(100, 999))
    f, l = org.split(" ", 1)
    webinars.append([wid, title, "%02d/%02d/2026 %02d:00 %s" % (2 + i // 3, 3 + 7 * (i % 3), 11 if i % 2 else 1, "AM" if i % 2 else "PM"),
                     "60", org, "%s.%s@medivantage.io" % (f.lower(), l.lower().replace(" ", "")), "America/New_York"])

def phone(country):
    s = rnd.random()
    if country == "United States" or country == "Canada":
        a, b, c = rnd.choice([617, 615, 312, 801, 903, 512, 216, 507, 608, 816, 416, 604]), rnd.randint(200, 989), rnd.randint(0, 9999)
        return rnd.choice(["(%d) %d-%04d", "%d-%d-%04d", "+1 %d %d %04d", "%d.%d.%04d"]) % (a, b, c)
    if s < 0.5:
        return "+%d %d %d %04d" % (rnd.choice([44, 33, 962, 61, 91, 31, 353]), rnd.randint(10, 99), rnd.randint(100, 9999), rnd.randint(0, 9999))
    return ""

QUESTIONS = ["Will the slides be shared afterwards?", "Is this session recorded?", "How does this work with Epic?",
             "Does this support SMART on FHIR?", "What is the pricing model?", "Can you repeat the last point?"]
NAMED_Q = ["My colleague %s %s could not attend, can you send her the recording?",
           "Dr. %s at our clinic asked whether this covers Medicaid patients.",
           "Following up on my call with %s %s last week - any update on the pilot?",
           "Please add %s %s (%s) to the invite for the next session.",
           "Our patient %s %s had a portal lockout - who do we contact?"]
regs = []; seen = set()
for i in range(3100):
    w = rnd.choices(webinars, weights=[30, 18, 25, 12, 14, 8, 9, 6, 4])[0]
    f, l = rnd.choice(GIVEN), rnd.choice(FAMILY)
    city, st, country, z = rnd.choice(PLACES) if rnd.random() < 0.93 else ("", "", "", "")
    if country == "United States":
        zc = z + "%02d" % rnd.randint(0, 99)
    elif country == "Canada":
        zc = z + " %d%s%d" % (rnd.randint(1, 9), rnd.choice("ABCEGHJKLMNPRSTVXY"), rnd.randint(1, 9))
    elif country == "United Kingdom":
        zc = z + " %d%s%s" % (rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXY"), rnd.choice("ABDEFGHJLNPQRSTUWXY"))
    elif country in ("France",):
        zc = z + "%02d" % rnd.randint(1, 20)
    else:
        zc = "" if rnd.random() < 0.5 else z
    org = rnd.choice(ORGS)
    dom = "gmail.com" if org in ("Self-employed",) or rnd.random() < 0.25 else org.lower().replace(" ", "").replace("-", "")[:14] + ".org"
    em = "%s%s%s@%s" % (f.lower(), rnd.choice([".", "", "_"]), l.lower().replace(" ", ""), dom)
    rid = str(rnd.randint(1000000000, 9999999999))
    att = rnd.random() < 0.46
    mins = str(rnd.randint(1, 62)) if att else "0"
    wid = w[0]
    rm, rd = int(w[2][:2]), int(w[2][3:5])
    rday = rd - rnd.randint(0, 25)
    if rday < 1: rm, rday = rm - 1, rday + 28
    h = rnd.randint(0, 23)
    what = ""
    if rnd.random() < 0.3:
        what = rnd.choice(["Integration timelines", "Cost", "Security and HIPAA", "Real customer examples",
                           "How %s %s's team at %s rolled it out" % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(ORGS)),
                           "Our CMIO %s %s asked me to register - interested in ambient scribing" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                           "n/a", "Everything!"])
    regs.append([rid, wid, "%02d/%02d/2026 %02d:%02d %s" % (rm, rday, (h - 1) % 12 + 1, rnd.randint(0, 59), "AM" if h < 12 else "PM"),
                 f, l, em, org, rnd.choice(TITLES), phone(country), city, st, country, zc,
                 rnd.choice(["1-50", "51-200", "201-1000", "1001-5000", "5000+", ""]),
                 rnd.choice(["Epic", "Oracle Health (Cerner)", "MEDITECH", "athenahealth", "eClinicalWorks", "Other", ""]),
                 what, "Yes" if att else "No", mins, rnd.choice(["Low", "Medium", "High", "Very High"]) if att else "",
                 rnd.choice(["Email", "LinkedIn", "Website", "Partner", "Email"])])
questions = []
for i in range(640):
    r = rnd.choice([x for x in regs[:1500] if x[16] == "Yes"])
    w = [x for x in webinars if x[0] == r[1]][0]
    if rnd.random() < 0.35:
        t = rnd.choice(NAMED_Q)
        n = t.count("%s")
        args = [rnd.choice(GIVEN), rnd.choice(FAMILY), "%s@%s" % (rnd.choice(GIVEN).lower(), "unitypoint.org")][:n]
        if n == 1: args = [rnd.choice(FAMILY)]
        q = t % tuple(args)
    else:
        q = rnd.choice(QUESTIONS)
    ans = rnd.choice(["Yes - the recording goes out within 24 hours.", "Answered live", "", "We will follow up by e-mail.",
                      "%s from our team will reach out to you directly." % rnd.choice(["Declan", "Anke", "Leila", "Omar"])])
    h, mi = int(w[2][11:13]), rnd.randint(0, 59)
    questions.append([w[0], r[0], "%s %s" % (r[3], r[4]), r[5], q, "%s %02d:%02d:%02d %s" % (w[2][:10], h, mi, rnd.randint(0, 59), w[2][-2:]),
                      ans, "" if not ans or ans == "Answered live" else w[4], "Answered" if ans else "Open"])

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n"); wr.writerow(head); wr.writerows(data)

WH = ["Webinar ID", "Webinar Name", "Start Date", "Duration", "Organizer Name", "Organizer Email", "Time Zone"]
RH = ["Registrant ID", "Webinar ID", "Registration Date", "First Name", "Last Name", "Email", "Organization", "Job Title",
      "Phone", "City", "State", "Country", "Zip/Postal Code", "Organization Size", "Which EHR do you use?",
      "What would you like us to cover?", "Attended", "Time in Session (minutes)", "Interest Rating", "Source"]
QH = ["Webinar ID", "Registrant ID", "Asked By", "Email", "Question", "Asked At", "Answer", "Answered By", "Status"]
write("webinars", WH, webinars); write("registrants", RH, regs); write("questions", QH, questions)
L = {"webinars": ["NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING"],
     "registrants": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS",
                     "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING",
                     "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING",
                     "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "questions": ["NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "FREE_TEXT", "DATE", "FREE_TEXT",
                   "NAME", "NON_IDENTIFYING"]}
cols = {}
for t, h in (("webinars", WH), ("registrants", RH), ("questions", QH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "webinar-gotowebinar",
        "description": "Invented GoToWebinar/ON24-shaped export of a fictional health-IT vendor's webinar series, ',': 9 webinars (Webinar ID '123-456-789', organizer = the vendor's staff), 3,100 registrations (10-digit Registrant ID, 'MM/dd/yyyy hh:mm a', first/last name, e-mail, organisation, job title, phones in five styles, city, state, country, US ZIP/Canadian/UK/French postcodes, custom questions incl. a free-text one naming colleagues, attendance minutes, interest rating), 640 Q&A rows (asker's name and e-mail, questions naming colleagues and patients, answers naming staff, panelist). Organization and Job Title NON_IDENTIFYING (as contacts.company); Webinar ID NON_IDENTIFYING (a webinar is a thing); Answered By NAME (staff). Given name Paris beside the cities Paris (TX and France); organisations 'Jordan Valley Medical Center' and 'Lincoln Health' beside the surnames and given names Jordan and Lincoln and the country Jordan are deliberate",
        "delimiter": ",", "entity": "registrants", "columns": cols,
        "foreignKeys": [{"column": "registrants.Webinar ID", "references": "webinars.Webinar ID"},
                        {"column": "questions.Registrant ID", "references": "registrants.Registrant ID"},
                        {"column": "questions.Webinar ID", "references": "webinars.Webinar ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

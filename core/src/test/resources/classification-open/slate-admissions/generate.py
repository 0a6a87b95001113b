#!/usr/bin/env python3
"""Writes slate-admissions: an invented US undergraduate admissions export in the style of a Slate query export fed
by the Common App (seeded, Python 3 stdlib only; rerun to reproduce the CSV files and gold.json byte for byte).
applicants (Slate Ref 9 digits, CAID 8 digits, legal first/middle/last and preferred name, birthdate, sex,
citizenship, e-mail, mobile, permanent address, high school CEEB code (6 digits) and name, GPA and scale, SAT and ACT
scores, entry term, application round, intended major, first-generation flag, fee waiver Y/N, decision, counselor and
recommender names and e-mails, a personal-statement excerpt naming people) and reader_scores (Slate Ref, reader
initials, round, ratings 1-5, recommendation, read date, short comment). Coincidences: schools named Lincoln,
Jefferson, Kennedy and Madison beside applicants surnamed Lincoln, Jefferson, Kennedy and given name Madison; home
town Madison, WI."""
import csv, json, os, random, datetime
N = 800
SET = "slate-admissions"
rnd = random.Random(3737)
GIVEN = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Madison", "Jayden", "Aaliyah", "Ethan",
         "Isabella", "Aiden", "Chloe", "Santiago", "Zoe", "Caleb", "Priya", "Wei", "Fatima", "Dmitri", "Amara", "Hiroshi",
         "Camila", "Jordan", "Nia", "Gavin", "Leilani", "Owen", "Ximena", "Rohan", "Grace", "Tobias", "Yusuf", "Anika"]
NICK = {"Olivia": "Liv", "Elijah": "Eli", "Sophia": "Sophie", "Isabella": "Bella", "Santiago": "Santi", "Dmitri": "Dima",
        "Tobias": "Toby", "Camila": "Cami", "Hiroshi": "Hiro", "Jayden": "Jay", "Madison": "Maddie"}
FAMILY = ["Lincoln", "Jefferson", "Kennedy", "Garcia", "Nguyen", "Okonkwo", "Rasmussen", "Patel", "Whitcomb", "Delacroix",
          "Hernandez", "Kowalczyk", "Abernathy", "Chen", "Morales", "Lindgren", "Osei", "Fairbanks", "Yilmaz", "Sato",
          "McCarthy", "Boudreaux", "Al-Sayed", "Novak", "Pemberton", "Tran", "Quintero", "Adeyemi", "Holloway", "Strand"]
MIDDLE = ["Marie", "James", "Grace", "Lee", "Ann", "Michael", "Rose", "Alexander", "Jade", "Elizabeth", "", "", ""]
# (CEEB, school name, city, state, ZIP3)
SCHOOLS = [("361234", "Lincoln High School", "Columbus", "OH", "432"), ("362210", "Thomas Jefferson High School", "Dayton", "OH", "454"),
           ("501475", "Madison Memorial High School", "Madison", "WI", "537"), ("501480", "James Madison High School", "Madison", "WI", "537"),
           ("052693", "Kennedy High School", "Fremont", "CA", "945"), ("053105", "Mission San Jose High School", "Fremont", "CA", "945"),
           ("331825", "Stuyvesant High School", "New York", "NY", "100"), ("334520", "Brooklyn Technical High School", "Brooklyn", "NY", "112"),
           ("440705", "Westlake High School", "Austin", "TX", "787"), ("443210", "Kennedy Catholic High School", "Houston", "TX", "770"),
           ("100455", "Lincoln Park Academy", "Fort Pierce", "FL", "349"), ("101230", "Coral Gables Senior High School", "Miami", "FL", "331"),
           ("140850", "Naperville North High School", "Naperville", "IL", "605"), ("142035", "Whitney M. Young Magnet High School", "Chicago", "IL", "606"),
           ("390170", "Central Bucks High School East", "Doylestown", "PA", "189"), ("111305", "Marietta High School", "Marietta", "GA", "300"),
           ("480995", "Garfield High School", "Seattle", "WA", "981"), ("030210", "Chandler High School", "Chandler", "AZ", "852"),
           ("220420", "Brookline High School", "Brookline", "MA", "024"), ("340175", "Myers Park High School", "Charlotte", "NC", "282"),
           ("694123", "International School of Bangalore", "Bengaluru", "", ""), ("696008", "Seoul Foreign School", "Seoul", "", ""),
           ("697452", "Colegio Americano de Quito", "Quito", "", "")]
TOWNS = {"OH": ["Columbus", "Dayton", "Westerville"], "WI": ["Madison", "Middleton", "Fitchburg"], "CA": ["Fremont", "Union City", "Newark"],
         "NY": ["New York", "Brooklyn", "Queens"], "TX": ["Austin", "Houston", "Round Rock"], "FL": ["Fort Pierce", "Miami", "Port St. Lucie"],
         "IL": ["Naperville", "Chicago", "Aurora"], "PA": ["Doylestown", "Warrington"], "GA": ["Marietta", "Kennesaw"],
         "WA": ["Seattle", "Shoreline"], "AZ": ["Chandler", "Gilbert"], "MA": ["Brookline", "Newton"], "NC": ["Charlotte", "Matthews"]}
AREA = {"OH": "614", "WI": "608", "CA": "510", "NY": "718", "TX": "512", "FL": "772", "IL": "630", "PA": "215", "GA": "770",
        "WA": "206", "AZ": "480", "MA": "617", "NC": "704"}
INTL = {"International School of Bangalore": ("India", "+91 98450 %05d"), "Seoul Foreign School": ("South Korea", "+82 10-%04d-%04d"),
        "Colegio Americano de Quito": ("Ecuador", "+593 99 %03d %04d")}
STREETS = ["Maple Ave", "Oak St", "Birchwood Dr", "Sunnyside Ln", "College Rd", "Willow Ct", "Prospect St", "Lakeshore Dr", "Elm St"]
MAJORS = ["Biology", "Computer Science", "Economics", "Mechanical Engineering", "Psychology", "Nursing", "Political Science",
          "English", "Undecided", "Business Administration", "Chemistry", "Mathematics", "History", "Neuroscience", "Music"]
COUNSELORS = ["Deborah Kline", "Marcus Whitfield", "Angela Ruiz", "Tomasz Wojcik", "Keisha Bramwell", "Howard Finch",
              "Lucia Romero", "Brendan O'Hare", "Sunita Rao", "Gail Ostrowski", "Peter Lindqvist", "Renee Castellano"]
TEACHERS = ["Karen Oduya", "Philip Marchetti", "Dana Kowalski", "Samuel Achebe", "Rebecca Thornbury", "Julian Park",
            "Monica Vance", "Eduardo Salinas", "Harriet Gwynn", "Neil Banerjee", "Yvonne Laurent", "Craig Mattingly",
            "Ingrid Solberg", "Terrence Booker"]
READERS = ["JKM", "ALR", "DPW", "SEB", "MTH", "CGO", "RNV", "LFK", "KAS", "BJD"]
ESSAY = ["When my grandmother, {g} {f}, lost her job at the cannery, I started translating her letters to the bank.",
         "Coach {t} told me I would never make varsity; I ran every morning with my brother {b} until I did.",
         "My best friend {g2} {f2} and I built a robot from a broken vacuum in his garage on {s}.",
         "I still remember the day Mrs. {tf} read my poem aloud to the class.",
         "Caring for my little sister {b} after our father's accident taught me patience.",
         "Volunteering at the food pantry on {s}, I met {g2}, a veteran who taught me chess.",
         "The smell of my abuela {g}'s kitchen is where my love of chemistry began."]
DEC = [("Admit", 28), ("Deny", 45), ("Waitlist", 15), ("Defer", 7), ("Withdrawn", 3), ("Incomplete", 2)]

def wpick(items):
    return rnd.choices(items, weights=[i[-1] for i in items])[0]

apps, reads = [], []
refs = set()
for i in range(N):
    while True:
        ref = rnd.randint(100000000, 999999999)
        if ref not in refs:
            refs.add(ref); break
    ceeb, school, scity, sst, z3 = rnd.choice(SCHOOLS)
    fn, ln, mid = rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(MIDDLE)
    pref = NICK.get(fn, "") if rnd.random() < 0.4 else ""
    dob = datetime.date(rnd.choice([2007, 2008, 2008, 2008, 2009]), rnd.randint(1, 12), rnd.randint(1, 28))
    if sst:
        country, cit = "United States", rnd.choices(["US Citizen", "US Permanent Resident", "DACA/Undocumented"], [90, 8, 2])[0]
        ccountry = "United States" if cit == "US Citizen" else rnd.choice(["Mexico", "India", "China", "Nigeria", "Vietnam"])
        town = rnd.choice(TOWNS[sst]); st = sst
        ph = "(%s) %d%02d-%04d" % (AREA[sst], rnd.randint(2, 9), rnd.randint(0, 99), rnd.randint(0, 9999))
        postal = "%s%02d" % (z3, rnd.randint(1, 99))
        street = "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS))
    else:
        country, fmt = INTL[school]; cit = "Non-US Citizen"; ccountry = country; town = scity; st = ""
        ph = fmt % (rnd.randint(0, 99999),) if fmt.count("%") == 1 else fmt % (rnd.randint(0, 9999), rnd.randint(0, 9999)) if "82" in fmt else fmt % (rnd.randint(0, 999), rnd.randint(0, 9999))
        postal = {"India": "5600%02d" % rnd.randint(1, 99), "South Korea": "0%04d" % rnd.randint(1000, 9999), "Ecuador": "1701%02d" % rnd.randint(1, 99)}[country]
        street = rnd.choice(["12 Palace Road", "45-3 Itaewon-ro 27ga-gil", "Av. Amazonas N34-120"])
    gpa_scale = rnd.choices(["4.0", "5.0", "100"], [70, 20, 10])[0]
    g = round(min(4.0, max(2.0, rnd.gauss(3.6, 0.3))), 2)
    gpa = "%.2f" % g if gpa_scale == "4.0" else "%.2f" % min(5.0, g * 1.15) if gpa_scale == "5.0" else "%d" % round(70 + g * 7)
    sat = act = ebrw = math = ""
    if rnd.random() < 0.55:
        e, m = rnd.randint(25, 80) * 10, rnd.randint(25, 80) * 10
        ebrw, math, sat = str(e), str(m), str(e + m)
    if rnd.random() < 0.3:
        act = str(rnd.randint(18, 36))
    couns = rnd.choice(COUNSELORS); t1 = rnd.choice(TEACHERS)
    dom = school.split()[0].lower() + "hs.org" if sst else "school.edu"
    mail = lambda n: "%s%s@%s" % (n.split()[0][0].lower(), n.split()[-1].lower().replace("'", ""), dom)
    essay = rnd.choice(ESSAY).format(g=rnd.choice(GIVEN), f=ln, t=t1.split()[-1], b=rnd.choice(GIVEN), g2=rnd.choice(GIVEN),
                                     f2=rnd.choice(FAMILY), s=rnd.choice(STREETS), tf=t1.split()[-1])
    dec = wpick(DEC)[0]
    rnd_app = rnd.choices(["Early Decision I", "Early Decision II", "Early Action", "Regular Decision"], [15, 8, 30, 47])[0]
    sub = datetime.datetime(2026, 10, 1) + datetime.timedelta(minutes=rnd.randint(0, 110 * 24 * 60))
    apps.append([str(ref), "%08d" % rnd.randint(30000000, 39999999), fn, mid, ln, pref, dob.isoformat(), rnd.choices(["F", "M", "X"], [55, 44, 1])[0],
                 cit, ccountry, "%s.%s%d@%s" % (fn.lower(), ln.lower().replace("-", ""), rnd.randint(1, 2009), rnd.choice(["gmail.com", "icloud.com", "yahoo.com", "outlook.com"])),
                 ph, street, town, st, postal, country, ceeb, school, gpa, gpa_scale, sat, ebrw, math, act,
                 "Fall 2027", rnd_app, rnd.choice(MAJORS), rnd.choices(["Y", "N"], [22, 78])[0], rnd.choices(["Y", "N"], [18, 82])[0],
                 dec, couns, mail(couns), t1, mail(t1), sub.strftime("%Y-%m-%d %H:%M:%S"), essay])
    for k in range(rnd.choice([1, 2, 2, 2, 3])):
        r = rnd.choice(READERS)
        rd = sub + datetime.timedelta(days=rnd.randint(5, 60) + 10 * k)
        reads.append([str(ref), r, ["First Read", "Second Read", "Committee"][k], str(rnd.randint(1, 5)), str(rnd.randint(1, 5)),
                      str(rnd.randint(1, 5)), str(rnd.randint(1, 5)), rnd.choice(["Admit", "Deny", "Waitlist", "Defer", "Hold for Committee"]),
                      rd.strftime("%m/%d/%Y"), rnd.choice(["", "Strong rigor, weak essay.", "Rec from %s very strong." % t1.split()[-1],
                                                           "Essay about %s is moving." % essay.split(",")[1].strip() if "grandmother" in essay else "Solid but not distinctive.",
                                                           "First-gen; context matters.", "Check mid-year grades.", "Ask %s re: counselor letter." % couns.split()[-1]])])

here = os.path.dirname(os.path.abspath(__file__))
def write(name, head, rows):
    with open(os.path.join(here, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
AH = ["Slate Ref", "CAID", "Legal First Name", "Middle Name", "Legal Last Name", "Preferred Name", "Birthdate", "Sex",
      "Citizenship Status", "Citizenship Country", "Email", "Mobile Phone", "Permanent Address 1", "Permanent City",
      "Permanent Region", "Permanent Postal", "Permanent Country", "School 1 CEEB", "School 1 Name", "School 1 GPA",
      "School 1 GPA Scale", "SAT Total", "SAT EBRW", "SAT Math", "ACT Composite", "Entry Term", "Application Round",
      "Intended Major", "First Generation", "Fee Waiver", "Decision", "Counselor Name", "Counselor Email",
      "Recommender 1 Name", "Recommender 1 Email", "Submitted", "Personal Statement Excerpt"]
RH = ["Slate Ref", "Reader", "Read Round", "Academic Rating", "Personal Rating", "Extracurricular Rating", "Overall Rating",
      "Reader Recommendation", "Read Date", "Reader Comment"]
write("applicants", AH, apps); write("reader_scores", RH, reads)
A = dict(zip(AH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "GIVEN_NAME", "FAMILY_NAME", "GIVEN_NAME",
                  "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "EMAIL_ADDRESS", "TELEPHONE_NUMBER",
                  "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NAME", "EMAIL_ADDRESS", "NAME", "EMAIL_ADDRESS", "DATE", "FREE_TEXT"]))
R = dict(zip(RH, ["OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "FREE_TEXT"]))
cols = {}
for t, m in (("applicants", A), ("reader_scores", R)):
    for c, lab in m.items():
        cols[t + "." + c] = lab
gold = {"dataset": SET,
        "description": "Invented US undergraduate admissions export in the style of a Slate query export fed by the Common App, ',', ISO birthdates, MM/DD/YYYY read dates: %d applicants (Slate Ref 9 digits, CAID 8 digits, legal/middle/preferred names, birthdate, citizenship, e-mail, mobile incl. +91/+82/+593, permanent address, high school CEEB code and name incl. Lincoln/Jefferson/Kennedy/Madison schools, GPA and scale, SAT/ACT, round, intended major, first-gen and fee-waiver Y/N, decision, counselor and recommender names and e-mails, personal-statement excerpt naming people), %d reader scores (Slate Ref, reader initials, round, ratings 1-5, recommendation, read date, short comment naming teachers and counselors)" % (len(apps), len(reads)),
        "delimiter": ",", "entity": "applicants", "columns": cols,
        "foreignKeys": [{"column": "reader_scores.Slate Ref", "references": "applicants.Slate Ref"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

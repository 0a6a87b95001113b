#!/usr/bin/env python3
"""breaker30: invented Qualtrics "Export data > CSV (use choice text)" of an employee-experience survey, with the three
header rows Qualtrics writes (export tags, question text, {"ImportId":...}). Python 3 stdlib only, fixed seed. The same
file serves qualtrics-survey (620 responses) and qualtrics-pilot (15 responses, 'Survey Preview' and test rows): the
folder name picks the size and seed."""
import csv, json, os, random, string
HERE = os.path.dirname(os.path.abspath(__file__)); SET = os.path.basename(HERE)
N, SEED = (15, 3115) if SET == "qualtrics-pilot" else (620, 3062)
R = random.Random(SEED)
GIVEN = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth",
         "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen", "Daniel", "Lisa", "Kevin",
         "Nancy", "Brian", "Ashley", "Jose", "Maria", "Wei", "Priya", "Ahmed", "Fatima", "Tyler", "Brianna", "Austin"]
FAMILY = ["Smith", "Johnson", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson",
          "Anderson", "Taylor", "Thomas", "Moore", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
          "Ramirez", "Lewis", "Robinson", "Walker", "Patel", "Chen", "Kim", "Nguyen", "Khan", "Agree", "Neutral", "Austin"]
LIKERT = ["Strongly disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Strongly agree"]
Q1 = ["I have the tools I need to do my job", "My manager recognizes my work", "I would recommend Northgate as a place to work",
      "Communication from leadership is clear", "I see myself working here in two years", "My workload is manageable"]
CITY = [("Austin", 78701, 30.2672, -97.7431), ("Round Rock", 78664, 30.5083, -97.6789), ("Pflugerville", 78660, 30.4394, -97.62),
        ("Cedar Park", 78613, 30.5052, -97.8203), ("San Marcos", 78666, 29.8833, -97.9414), ("Georgetown", 78626, 30.6333, -97.6773),
        ("Kyle", 78640, 29.9891, -97.8772), ("Dallas", 75201, 32.7767, -96.797), ("Houston", 77002, 29.7604, -95.3698)]
MANAGERS = ["Dana Whitlock", "Raj Venkataraman", "Colleen O'Hara", "Marcus Bell", "Sofia Ibarra"]
def rid():
    return "R_" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(15))
def ts(day, h, m, s):
    return "2026-%02d-%02d %02d:%02d:%02d" % (day // 31 + 10, day % 31 + 1 if day % 31 < 28 else 28, h, m, s)
def ip():
    return R.choice(["73.%d.%d.%d", "99.%d.%d.%d", "172.58.%d.%d", "136.49.%d.%d", "24.%d.%d.%d"]).replace("%d", "{}").format(*[R.randint(1, 254) for _ in range(4)][: 4])
TEXTS = ["", "", "", "", "More flexibility on remote days.", "Parking at the Riata campus is a nightmare.",
         "Need more training on the new ERP system.", "N/A", "no", "Everything is fine.", "Pay is below market for our role."]
def free(first, last):
    k = R.random()
    if k < 0.55:
        return R.choice(TEXTS)
    if k < 0.75:
        return "My manager %s takes credit for the team's work and %s %s from payroll has been ignoring my tickets for weeks." % (R.choice(MANAGERS), R.choice(GIVEN), R.choice(FAMILY))
    if k < 0.87:
        return "Please call me to discuss, %s %s, cell 512-%03d-%04d. I don't feel safe raising it with HR." % (first or R.choice(GIVEN), last or R.choice(FAMILY), R.randint(200, 999), R.randint(0, 9999))
    return "%s on the night shift (%s) is being harassed by a coworker, someone needs to talk to her." % (R.choice(GIVEN), R.choice(["building 4", "Riata", "the Kyle warehouse"]))
head = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate", "ResponseId",
        "RecipientLastName", "RecipientFirstName", "RecipientEmail", "ExternalReference", "LocationLatitude", "LocationLongitude",
        "DistributionChannel", "UserLanguage"] + ["Q1_%d" % (i + 1) for i in range(6)] + ["Q2", "Q3", "Q3_7_TEXT", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9_6_TEXT"]
text = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished", "Recorded Date",
        "Response ID", "Recipient Last Name", "Recipient First Name", "Recipient Email", "External Data Reference", "Location Latitude",
        "Location Longitude", "Distribution Channel", "User Language"] + [
        "To what extent do you agree with the following statements? - " + q for q in Q1] + [
        "Overall, how satisfied are you with working at Northgate? (0 = not at all, 10 = extremely)", "Which department do you work in? - Selected Choice",
        "Which department do you work in? - Other - Text", "Is there anything else you would like to tell us? Your answer is confidential.",
        "What is your age?", "What is your 5-digit home ZIP code?", "What is your gender?", "How long have you worked at Northgate?",
        "How do you describe your race/ethnicity? - Other (please describe) - Text"]
imp = [{"ImportId": "startDate", "timeZone": "America/Chicago"}, {"ImportId": "endDate", "timeZone": "America/Chicago"}, {"ImportId": "status"},
       {"ImportId": "ipAddress"}, {"ImportId": "progress"}, {"ImportId": "duration"}, {"ImportId": "finished"},
       {"ImportId": "recordedDate", "timeZone": "America/Chicago"}, {"ImportId": "_recordId"}, {"ImportId": "recipientLastName"},
       {"ImportId": "recipientFirstName"}, {"ImportId": "recipientEmail"}, {"ImportId": "externalDataReference"},
       {"ImportId": "locationLatitude"}, {"ImportId": "locationLongitude"}, {"ImportId": "distributionChannel"}, {"ImportId": "userLanguage"}] + [
       {"ImportId": "QID1_%d" % (i + 1)} for i in range(6)] + [{"ImportId": "QID2"}, {"ImportId": "QID3"}, {"ImportId": "QID3_7_TEXT"},
       {"ImportId": "QID4_TEXT"}, {"ImportId": "QID5"}, {"ImportId": "QID6_TEXT"}, {"ImportId": "QID7"}, {"ImportId": "QID8"}, {"ImportId": "QID9_6_TEXT"}]
imp = [json.dumps(x, separators=(",", ":")) for x in imp]
rows = []
emps = R.sample(range(10000, 99999), N)
for i in range(N):
    day = R.randint(0, 40); h = R.randint(6, 22); m = R.randint(0, 59); s = R.randint(0, 59)
    dur = int(R.lognormvariate(5.6, 0.6)); prog = 100 if R.random() < 0.9 else R.choice([12, 35, 58, 81])
    fin = "True" if prog == 100 else "False"
    st = ("Survey Preview" if R.random() < 0.4 else "IP Address") if SET == "qualtrics-pilot" else ("IP Address" if R.random() < 0.985 else "Spam")
    emailed = R.random() < 0.72
    first, last = (R.choice(GIVEN), R.choice(FAMILY)) if emailed else ("", "")
    email = "%s.%s@northgatefoods.com" % (first.lower(), last.lower()) if emailed else ""
    ext = "NG%06d" % emps[i] if emailed else ""
    city = R.choice(CITY)
    lat = "%.4f" % (city[2] + R.uniform(-0.05, 0.05)); lon = "%.4f" % (city[3] + R.uniform(-0.05, 0.05))
    if st == "Survey Preview":
        ipa = ""; lat = lon = ""
    else:
        ipa = ip()
    sec = h * 3600 + m * 60 + s + dur
    end = ts(day, min(23, sec // 3600), (sec // 60) % 60, sec % 60)
    lik = [R.choice(LIKERT) if prog > 30 or j < 2 else "" for j in range(6)]
    dept = R.choice(["Operations", "Sales", "Finance", "IT", "HR", "Warehouse", "Other (please specify)"]) if prog > 30 else ""
    other = R.choice(["Facilities", "Legal", "QA lab", "Fleet"]) if dept.startswith("Other") else ""
    zipc = str(city[1] + R.randint(0, 40)) if prog > 80 and R.random() < 0.9 else ""
    age = R.choice(["18 - 24", "25 - 34", "35 - 44", "45 - 54", "55 - 64", "65 or older", "Prefer not to say"]) if prog > 80 else ""
    race = R.choice(["", "", "", "", "", "Mixed", "Lebanese American", "Cherokee and white", "Kurdish"]) if prog > 80 else ""
    rows.append([ts(day, h, m, s), end, st, ipa, prog, dur, fin, end, rid(), last, first, email, ext, lat, lon,
                 "email" if emailed else ("preview" if st == "Survey Preview" else "anonymous"), "EN" if R.random() < 0.9 else "ES"] + lik + [
                 R.randint(0, 10) if prog > 30 else "", dept, other, free(first, last) if prog > 80 else "", age, zipc,
                 R.choice(["Male", "Female", "Non-binary / third gender", "Prefer not to say"]) if prog > 80 else "",
                 R.choice(["Less than 1 year", "1 - 3 years", "3 - 5 years", "5 - 10 years", "More than 10 years"]) if prog > 80 else "", race])
with open(os.path.join(HERE, "survey_responses.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(head); w.writerow(text); w.writerow(imp); w.writerows(rows)
NI, D = "NON_IDENTIFYING", "DATE"
lab = dict(StartDate=D, EndDate=D, Status=NI, IPAddress="IP_ADDRESS", Progress=NI, **{"Duration (in seconds)": NI}, Finished=NI, RecordedDate=D,
           ResponseId="OTHER_UNIQUE_IDENTIFIER", RecipientLastName="FAMILY_NAME", RecipientFirstName="GIVEN_NAME", RecipientEmail="EMAIL_ADDRESS",
           ExternalReference="OTHER_UNIQUE_IDENTIFIER", LocationLatitude="GEOCOORDINATE", LocationLongitude="GEOCOORDINATE",
           DistributionChannel=NI, UserLanguage=NI, Q2=NI, Q3=NI, Q3_7_TEXT=NI, Q4="FREE_TEXT", Q5="QUASI_IDENTIFIER", Q6="ZIP_CODE",
           Q7=NI, Q8=NI, Q9_6_TEXT="QUASI_IDENTIFIER")
lab.update({"Q1_%d" % (i + 1): NI for i in range(6)})
# Qualtrics column order: Q4 free text, Q5 age, Q6 zip, Q7 gender, Q8 tenure -- the header list above names them Q4..Q8 in order
order = head
names = {"Q4": "FREE_TEXT", "Q5": "QUASI_IDENTIFIER", "Q6": "ZIP_CODE", "Q7": NI, "Q8": NI, "Q9_6_TEXT": "QUASI_IDENTIFIER"}
lab.update(names)
gold = {"dataset": SET,
        "description": "Invented Qualtrics CSV export (breaker30) of an employee survey, %d responses, the three header rows Qualtrics writes (export tags; question text; {\"ImportId\":...} JSON) so the 2nd and 3rd lines are read as data rows; ResponseId R_ + 15 alphanumerics, Recipient names/e-mail and ExternalReference (employee number NG######) for e-mailed responses, empty for anonymous ones, IPAddress, LocationLatitude/Longitude 4 decimals, six Likert items, a 0-10 scale, a free-text answer (Q4) naming managers, coworkers and giving phone numbers, age range, home ZIP, gender, tenure, a race 'Other' text; surnames 'Agree', 'Neutral', 'Austin' beside Likert text and the city Austin" % N,
        "delimiter": ",", "entity": "survey_responses", "columns": {"survey_responses." + c: lab[c] for c in order}, "foreignKeys": []}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes zoom-teams-visits: invented video-meeting reports of a fictional US community health network in the shapes
Zoom and Microsoft Teams export (seeded, stdlib only). users: the 14 licensed Zoom hosts (Zoom admin "Users" export).
meetings: 340 Zoom meetings (Usage report: Meeting ID of 10-11 digits, Topic, Start/End Time 'MM/dd/yyyy hh:mm:ss AM',
host User Email, Duration, Participants); telehealth visits' topics name the patient ('Telehealth visit - Maria Lopez').
participants: 2,172 rows (Meeting participants report: Name (Original Name) with device names in brackets and dial-in
participants shown as their phone numbers, User Email empty for guests, Join/Leave Time, Duration, Guest, Recording
Consent, In Waiting Room, and the dashboard's Device, IP Address, Location, Network Type, Data Center).
teams_attendance: 760 rows (Teams attendance report flattened: Meeting Title, Full Name, Join Time, Leave Time
'1/15/2026, 9:02:13 AM', Duration '47m 12s', Email, Role, Participant ID (UPN), guests' UPN '#EXT#').
Deliberate coincidences: given names Austin, Madison and Jordan beside the towns Austin and Madison and the topic
'Jordan market review'; the department 'Lincoln Clinic' beside the surname Lincoln; the data center 'Denver' beside
participants located in Denver."""
import csv, json, random
rnd = random.Random(610101)
GIVEN = ["Maria", "James", "Linda", "Robert", "Patricia", "John", "Jennifer", "Michael", "Elizabeth", "David",
         "Barbara", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah", "Thomas", "Karen", "Daniel", "Nancy",
         "Austin", "Madison", "Jordan", "Aaliyah", "DeShawn", "Mei", "Hiroshi", "Priya", "Ahmed", "Fatima", "Oksana",
         "Tomasz", "Lucia", "Ngozi", "Kwame", "Siobhan", "Brendan", "Ingrid", "Rosa", "Jorge", "Tran", "Hana"]
FAMILY = ["Lopez", "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez",
          "Hernandez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Nguyen",
          "Lincoln", "Okonkwo", "Kowalczyk", "Haddad", "Yamamoto", "Patel", "Chowdhury", "O'Sullivan", "Fitzgerald",
          "Lindgren", "Abernathy", "Vasquez", "Delacroix", "Kaminski", "Brennan", "Osei", "Takahashi", "Rahman"]
TOWNS = [("Minneapolis", "MN"), ("Saint Paul", "MN"), ("Bloomington", "MN"), ("Austin", "TX"), ("Madison", "WI"),
         ("Denver", "CO"), ("Chicago", "IL"), ("Duluth", "MN"), ("Rochester", "MN"), ("Fargo", "ND"),
         ("Eagan", "MN"), ("Brooklyn Park", "MN"), ("Hudson", "WI"), ("Des Moines", "IA")]
DEPTS = ["Lincoln Clinic", "Behavioral Health", "Primary Care", "Pediatrics", "Care Coordination", "IT", "Finance"]
DOMAIN = "northstarcommunityhealth.org"

def email(first, last, dom):
    return "%s.%s@%s" % (first.lower(), last.lower().replace("'", ""), dom)

def ts12(t):  # minutes since 2026-01-05 00:00 -> MM/dd/yyyy hh:mm:ss AM
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    d, rem = divmod(t, 1440); m, day = 0, 5 + d
    while day > days[m]:
        day -= days[m]; m += 1
    h, mi = divmod(rem, 60)
    return m + 1, day, h, mi

def zoomtime(t, s):
    m, d, h, mi = ts12(t)
    return "%02d/%02d/2026 %02d:%02d:%02d %s" % (m, d, (h - 1) % 12 + 1, mi, s, "AM" if h < 12 else "PM")

def teamstime(t, s):
    m, d, h, mi = ts12(t)
    return "%d/%d/2026, %d:%02d:%02d %s" % (m, d, (h - 1) % 12 + 1, mi, s, "AM" if h < 12 else "PM")

users = []
used = set()
while len(users) < 14:
    f, l = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if (f, l) in used: continue
    used.add((f, l))
    users.append([email(f, l, DOMAIN), f, l, rnd.choice(DEPTS), rnd.choice(["Licensed", "Licensed", "Basic"]),
                  rnd.choice(["Member", "Member", "Admin"]), "%d/%d/2025" % (rnd.randint(1, 12), rnd.randint(1, 28)),
                  rnd.choice(["Active", "Active", "Active", "Deactivated"])])
users[0][3] = "Lincoln Clinic"
TOPICS = ["Weekly care team huddle", "Jordan market review", "Budget check-in", "IT change advisory board",
          "New hire orientation", "Quality committee", "Case conference", "1:1", "Behavioral health rounds",
          "Vendor demo - Epic MyChart", "Board prep", "Zoom meeting"]
patients = [(rnd.choice(GIVEN), rnd.choice(FAMILY)) for _ in range(260)]
meetings = []; parts = []
mids = rnd.sample(range(81000000000, 99999999999), 200) + rnd.sample(range(3000000000, 9999999999), 140)
t = 8 * 60
for k in range(340):
    t += rnd.choice([30, 45, 60, 90, 120, 240, 1080])
    if t % 1440 < 7 * 60: t += 8 * 60
    host = rnd.choice(users)
    tele = rnd.random() < 0.45
    if tele:
        pf, pl = rnd.choice(patients)
        topic = rnd.choice(["Telehealth visit - %s %s", "Video visit: %s %s", "%s %s - follow-up", "Intake %s %s"]) % (pf, pl)
    else:
        topic = rnd.choice(TOPICS)
    dur = rnd.choice([15, 20, 25, 30, 30, 45, 60]) if tele else rnd.choice([30, 45, 60, 60, 90])
    st = rnd.randint(0, 59)
    people = []
    people.append(("%s %s" % (host[1], host[2]), host[0], "No", True))
    if tele:
        if rnd.random() < 0.15:
            people.append((rnd.choice(["+1 %d-555-%04d", "1%d555%04d"]) % (rnd.choice([612, 651, 763, 952, 218]), rnd.randint(100, 9999)), "", "Yes", False))
        else:
            dev = rnd.choice(["", "", " (iPhone)", " (%s's iPad)" % pf, " (Galaxy S23)"])
            people.append(("%s %s%s" % (pf, pl, dev), "", "Yes", False))
        if rnd.random() < 0.2:
            people.append(("%s %s" % (rnd.choice(GIVEN), pl), "", "Yes", False))
    else:
        for _ in range(rnd.randint(2, 16)):
            if rnd.random() < 0.75:
                u = rnd.choice(users); people.append(("%s %s" % (u[1], u[2]), u[0], "No", False))
            elif rnd.random() < 0.25:
                people.append(("%d%04d%04d" % (1, rnd.randint(200, 989) * 10 + 0, rnd.randint(0, 9999)) if False else "+1 %d-555-%04d" % (rnd.choice([612, 651, 763]), rnd.randint(100, 9999)), "", "Yes", False))
            else:
                f, l = rnd.choice(GIVEN), rnd.choice(FAMILY)
                people.append(("%s %s" % (f, l), email(f, l, rnd.choice(["gmail.com", "outlook.com", "hennepin.us", "mnhealth.org"])) if rnd.random() < 0.5 else "", "Yes", False))
    meetings.append([str(mids[k]), topic, zoomtime(t, st), zoomtime(t + dur, st), host[0], str(dur), str(len(people))])
    for name, em, guest, ishost in people:
        j = t + (0 if ishost else rnd.randint(0, 6)); l = t + dur - rnd.randint(0, 4); l = max(l, j + 1)
        town, st2 = rnd.choice(TOWNS)
        dial = name.startswith("+") or name[:1].isdigit()
        parts.append([str(mids[k]), name, em, zoomtime(j, rnd.randint(0, 59)), zoomtime(l, rnd.randint(0, 59)),
                      str(l - j), guest, rnd.choice(["Y", "Y", "Y", "N"]) if not ishost else "",
                      "Yes" if (not ishost and tele and rnd.random() < 0.6) else "No",
                      "Phone" if dial else rnd.choice(["Windows", "Mac", "iOS", "Android", "Web"]),
                      "" if dial else "%d.%d.%d.%d" % (rnd.choice([73, 24, 98, 174, 66, 107]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)),
                      "" if dial else "%s (US)" % town,
                      "" if dial else rnd.choice(["Wifi", "Wired", "Cellular", "Wifi"]),
                      rnd.choice(["Denver", "United States(SC Crc)", "United States(NY Crc)", "Denver"])])
    if len(parts) >= 2900: 
        meetings = meetings; 
parts = parts[:2900]
keep = {p[0] for p in parts}
meetings = [m for m in meetings if m[0] in keep]
# Teams attendance (the same network's Teams tenant)
teams = []
tt = 10 * 1440
while len(teams) < 760:
    tt += rnd.choice([60, 120, 300, 1440])
    tele = rnd.random() < 0.4
    if tele:
        pf, pl = rnd.choice(patients); title = "Virtual Visit with %s %s" % (pf, pl)
    else:
        title = rnd.choice(["Staff meeting", "Care coordination sync", "Jordan market review", "Training: HIPAA refresher"])
    org = rnd.choice(users)
    rows = [("%s %s" % (org[1], org[2]), org[0], "Organizer", org[0])]
    if tele:
        rows.append(("%s %s (Guest)" % (pf, pl), "", "Attendee", "%s%s_gmail.com#EXT#@northstarch.onmicrosoft.com" % (pf[0].lower(), pl.lower().replace("'", ""))))
    else:
        for _ in range(rnd.randint(2, 9)):
            u = rnd.choice(users)
            rows.append(("%s %s" % (u[1], u[2]), u[0], rnd.choice(["Presenter", "Attendee", "Attendee"]), u[0]))
    for n, e, role, upn in rows:
        d = rnd.randint(120, 3600)
        teams.append([title, n, teamstime(tt, rnd.randint(0, 59)), teamstime(tt + d // 60, rnd.randint(0, 59)),
                      "%dm %ds" % (d // 60, d % 60) if d >= 60 else "%ds" % d, e, role, upn])
teams = teams[:760]

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)

write("users", ["Email", "First Name", "Last Name", "Department", "User Type", "Role", "Created On", "Status"], users)
write("meetings", ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"], meetings)
write("participants", ["Meeting ID", "Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)",
                       "Guest", "Recording Consent", "In Waiting Room", "Device", "IP Address", "Location", "Network Type",
                       "Data Center"], parts)
write("teams_attendance", ["Meeting Title", "Full Name", "Join Time", "Leave Time", "Duration", "Email", "Role",
                           "Participant ID (UPN)"], teams)
cols = {}
for c, l in [("Email", "EMAIL_ADDRESS"), ("First Name", "GIVEN_NAME"), ("Last Name", "FAMILY_NAME"), ("Department", "NON_IDENTIFYING"),
             ("User Type", "NON_IDENTIFYING"), ("Role", "NON_IDENTIFYING"), ("Created On", "DATE"), ("Status", "NON_IDENTIFYING")]:
    cols["users." + c] = l
for c, l in [("Meeting ID", "OTHER_UNIQUE_IDENTIFIER"), ("Topic", "FREE_TEXT"), ("Start Time", "DATE"), ("End Time", "DATE"),
             ("User Email", "EMAIL_ADDRESS"), ("Duration (Minutes)", "NON_IDENTIFYING"), ("Participants", "NON_IDENTIFYING")]:
    cols["meetings." + c] = l
for c, l in [("Meeting ID", "OTHER_UNIQUE_IDENTIFIER"), ("Name (Original Name)", "NAME"), ("User Email", "EMAIL_ADDRESS"),
             ("Join Time", "DATE"), ("Leave Time", "DATE"), ("Duration (Minutes)", "NON_IDENTIFYING"), ("Guest", "NON_IDENTIFYING"),
             ("Recording Consent", "NON_IDENTIFYING"), ("In Waiting Room", "NON_IDENTIFYING"), ("Device", "NON_IDENTIFYING"),
             ("IP Address", "IP_ADDRESS"), ("Location", "CITY"), ("Network Type", "NON_IDENTIFYING"), ("Data Center", "NON_IDENTIFYING")]:
    cols["participants." + c] = l
for c, l in [("Meeting Title", "FREE_TEXT"), ("Full Name", "NAME"), ("Join Time", "DATE"), ("Leave Time", "DATE"),
             ("Duration", "NON_IDENTIFYING"), ("Email", "EMAIL_ADDRESS"), ("Role", "NON_IDENTIFYING"), ("Participant ID (UPN)", "EMAIL_ADDRESS")]:
    cols["teams_attendance." + c] = l
gold = {"dataset": "zoom-teams-visits",
        "description": "Invented Zoom and Microsoft Teams reports of a fictional US community health network, ',': 14 Zoom users (admin export), %d Zoom meetings (10-11 digit Meeting ID, Topic naming the patient for telehealth visits, 'MM/dd/yyyy hh:mm:ss AM' times, host e-mail), %d participant rows (Name (Original Name) with device names and dial-in phone numbers, e-mail empty for guests, IP address, 'Town (US)' location, data center), %d Teams attendance rows ('1/15/2026, 9:02:13 AM', '47m 12s', UPN incl. guests' #EXT#). Topic and Meeting Title FREE_TEXT (they name patients); a dial-in participant's phone number under the name column is labelled with the column (NAME); Meeting ID OTHER_UNIQUE_IDENTIFIER (a telehealth meeting is one patient's visit); UPN EMAIL_ADDRESS; Data Center NON_IDENTIFYING. Given names Austin/Madison/Jordan beside the towns Austin/Madison and the topic 'Jordan market review', department 'Lincoln Clinic' beside the surname Lincoln, data center 'Denver' beside the town Denver are deliberate" % (len(meetings), len(parts), len(teams)),
        "delimiter": ",", "entity": "meetings", "columns": cols,
        "foreignKeys": [{"column": "participants.Meeting ID", "references": "meetings.Meeting ID"},
                        {"column": "meetings.User Email", "references": "users.Email"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

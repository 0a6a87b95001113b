#!/usr/bin/env python3
"""Writes mail-archive: an invented e-mail archive in the layout of the parsed Enron corpus CSV (seeded, Python 3 stdlib
only): messages (1,200: file, Message-ID `<12345678.1075855378110.JavaMail.evans@thyme>`, RFC 2822 Date, From, To, Cc,
Bcc with several addresses, X-From `Phillip K Allen`, X-To/X-cc/X-bcc with Notes-style names, X-Folder
`\\Phillip_Allen_Jan2002_1\\Allen, Phillip K.\\'Sent Mail`, X-Origin `Allen-P`, X-FileName `pallen (Non-Privileged).pst`,
Subject, body with signatures, phone numbers and forwarded headers) and custodians (24 mailbox owners: user `allen-p`,
name, e-mail, title, department). The company, people and addresses are invented."""
import csv, json, random, datetime, os

rnd = random.Random(340002)
HERE = os.path.dirname(os.path.abspath(__file__))
CUST = [("Phillip", "K", "Allen"), ("Harry", "", "Arora"), ("Sally", "", "Beck"), ("Robert", "", "Benson"), ("Lynn", "", "Blair"),
        ("Sandra", "F", "Brawner"), ("Rick", "", "Buy"), ("Monika", "", "Causholli"), ("Dana", "", "Davis"), ("Chris", "", "Dorland"),
        ("Frank", "", "Ermis"), ("Mark", "E", "Haedicke"), ("Rod", "", "Hayslett"), ("Tana", "", "Jones"), ("Vince", "J", "Kaminski"),
        ("Louise", "", "Kitchen"), ("Kay", "", "Mann"), ("Errol", "", "McLaughlin"), ("Stephanie", "", "Panus"), ("Kevin", "M", "Presto"),
        ("Hunter", "S", "Shively"), ("Sara", "", "Shackleton"), ("Kate", "", "Symes"), ("Houston", "", "Wade")]
TITLES = ["Vice President", "Manager", "Director", "Trader", "Senior Specialist", "Managing Director", "Analyst", "In House Lawyer"]
DEPTS = ["ENA Gas Trading", "ENA Legal", "Enron Transportation Services", "EES", "Research Group", "ENA West Power", "Risk Assessment & Control"]
OTHERS = [("Tim", "Belden"), ("John", "Lavorato"), ("Jeff", "Richter"), ("Keith", "Holst"), ("Mike", "Grigsby"), ("Ina", "Rangel"),
          ("Jane", "Tholt"), ("Matt", "Smith"), ("Kim", "Ward"), ("Susan", "Scott"), ("Jay", "Reitmeyer"), ("Monique", "Sanchez"),
          ("Lucy", "Gonzalez"), ("Greg", "Whalley"), ("Sherri", "Sera"), ("Carla", "Hoffman"), ("Paul", "Lucci"), ("Randall", "Gay")]
EXTERNAL = [("Jacques", "Duval", "jduval@texasgasco.com"), ("Larry", "Pruitt", "lpruitt@austin.rr.com"), ("Brenda", "Kellerman", "bkellerman@swbell.net"),
            ("Gary", "Ostrowski", "gostrowski@dynegy.com"), ("Nancy", "Whitlow", "nwhitlow@el-paso.com"), ("Dave", "Munoz", "dmunoz@reliantenergy.com")]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def full(c):
    g, m, f = c
    return ("%s %s %s" % (g, m, f)) if m else "%s %s" % (g, f)
def email(g, f):
    return "%s.%s@enron.com" % (g.lower(), f.lower())
def user(c):
    return "%s-%s" % (c[2].lower(), c[0][0].lower())
def notes(g, f):
    return rnd.choice(["%s %s" % (g, f), "%s %s <%s %s/Enron@EnronXGate>" % (g, f, g, f), "%s %s/HOU/ECT@ECT" % (g, f),
                       "%s %s/NA/Enron@Enron" % (g, f)])
def phone():
    return rnd.choice(["713-853-%04d", "(713) 345-%04d", "x3-%04d", "713.646.%04d", "503-464-%04d"]) % rnd.randint(1000, 9999)

PEOPLE = [(c[0], c[2]) for c in CUST] + OTHERS
TOPICS = [("West Position", "Please find attached the west desk position for %s. Basis at SoCal border widened again, %s wants to discuss."),
          ("Gas Storage", "The storage injection schedule for %s is final. %s, please confirm the Katy volumes by noon."),
          ("Meeting tomorrow", "Can we move the %s meeting to 2:30? %s will dial in from Portland."),
          ("Confidentiality Agreement", "Attached is the revised CA with %s. %s has signed; please return the executed copy."),
          ("Transport contract", "Transwestern capacity release for %s posted. Call %s if the bids look off."),
          ("Lunch", "Are we still on for lunch %s? %s said Ninfa's works.")]
WHEN = ["next week", "Friday", "the 15th", "Q3", "tomorrow", "Monday", "November"]
cust_rows = []
for c in CUST:
    cust_rows.append([user(c), full(c), email(c[0], c[2]), rnd.choice(TITLES), rnd.choice(DEPTS), rnd.choice(["Employee", "Employee", "Terminated"])])

msgs = []
n = 0
for i in range(1200):
    owner = rnd.choice(CUST)
    sent = rnd.random() < 0.4
    if sent:
        sender = (owner[0], owner[2]); folder_name = "'Sent Mail" if rnd.random() < 0.5 else "Sent Items"
    else:
        sender = rnd.choice(PEOPLE + [(e[0], e[1]) for e in EXTERNAL[:2]])
        folder_name = rnd.choice(["Inbox", "Inbox", "Deleted Items", "Discussion threads", "California", "Houston", "Notes inbox"])
    ext = {(e[0], e[1]): e[2] for e in EXTERNAL}
    def addr(p):
        return ext.get(p) or email(*p)
    tos = rnd.sample([p for p in PEOPLE if p != sender] + [(e[0], e[1]) for e in EXTERNAL], rnd.choice([1, 1, 1, 2, 3, 5]))
    if not sent and (owner[0], owner[2]) not in tos:
        tos[0] = (owner[0], owner[2])
    ccs = rnd.sample(PEOPLE, rnd.choice([0, 0, 0, 1, 2, 3]))
    d = datetime.datetime(1999, 6, 1) + datetime.timedelta(seconds=rnd.randint(0, 3 * 365 * 86400))
    d = d.replace(second=0)
    dst = 4 <= d.month <= 10
    date = "%s, %d %s %d %02d:%02d:00 %s" % (DAYS[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute, "-0700 (PDT)" if dst else "-0800 (PST)")
    subj, tmpl = rnd.choice(TOPICS)
    other = rnd.choice(PEOPLE)
    if subj == "Lunch" and rnd.random() < 0.5:
        subj = "Lunch with %s" % other[0]
    subj = rnd.choice(["", "Re: ", "RE: ", "FW: "]) + subj if rnd.random() < 0.9 else ""
    body = tmpl % (rnd.choice(WHEN), "%s %s" % other if rnd.random() < 0.4 else other[0])
    sig = rnd.choice(["\n\n%s" % sender[0], "\n\nThanks,\n%s %s\n%s" % (sender[0], sender[1], phone()),
                      "\n\n%s %s\nEnron North America Corp.\n1400 Smith Street, EB3210C\nHouston, TX 77002\nPhone: %s\nFax: 713-646-3490" % (sender[0], sender[1], phone()),
                      "\n\n-%s" % sender[0][0]])
    if rnd.random() < 0.25:
        fw = rnd.choice(PEOPLE)
        body = ("---------------------- Forwarded by %s %s/HOU/ECT on %02d/%02d/%d %02d:%02d PM ---------------------------\n\n\n"
                "%s %s <%s> on %02d/%02d/%d 10:%02d:%02d AM\nTo: %s\ncc:\nSubject: %s\n\n%s") % (
            sender[0], sender[1], d.month, d.day, d.year, rnd.randint(1, 11), rnd.randint(0, 59), fw[0], fw[1], addr(fw), d.month, d.day, d.year,
            rnd.randint(0, 59), rnd.randint(0, 59), ", ".join("%s %s/HOU/ECT@ECT" % p for p in tos[:2]), subj.replace("FW: ", ""), body)
    body += sig
    n += rnd.randint(1, 40)
    mid = "<%d.%d.JavaMail.evans@thyme>" % (rnd.randint(10000000, 33999999), 1075840000000 + rnd.randint(0, 99999999))
    xfolder_root = "%s_%s_%s" % (owner[0], owner[2], rnd.choice(["Jan2002_1", "Dec2000", "June2001"]))
    xfolder = "\\%s\\%s, %s%s\\%s" % (xfolder_root, owner[2], owner[0], (" " + owner[1] + ".") if owner[1] else "", folder_name) if rnd.random() < 0.6 else \
        "\\%s\\Notes Folders\\%s" % (xfolder_root, folder_name.strip("'"))
    fname = "%s%s (Non-Privileged).pst" % (owner[0][0].lower(), owner[2].lower()) if rnd.random() < 0.6 else "%s%s.nsf" % (owner[0][0].lower(), owner[2].lower())
    bcc = ", ".join(addr(p) for p in ccs)
    msgs.append(["%s/%s/%d." % (user(owner), folder_name.strip("'").lower().replace(" ", "_"), n), user(owner), mid, date, addr(sender),
                 ", ".join(addr(p) for p in tos), subj, ", ".join(addr(p) for p in ccs), bcc, "1.0", "text/plain; charset=us-ascii", "7bit",
                 "%s %s" % sender if sender in [(c[0], c[2]) for c in CUST] and rnd.random() < 0.5 else full(next((c for c in CUST if (c[0], c[2]) == sender), (sender[0], "", sender[1]))),
                 ", ".join(notes(*p) for p in tos), ", ".join(notes(*p) for p in ccs), ", ".join(notes(*p) for p in ccs) if bcc else "",
                 xfolder, "%s-%s" % (owner[2], owner[0][0]), fname, body])
MSG_H = ["file", "user", "Message-ID", "Date", "From", "To", "Subject", "Cc", "Bcc", "Mime-Version", "Content-Type", "Content-Transfer-Encoding",
         "X-From", "X-To", "X-cc", "X-bcc", "X-Folder", "X-Origin", "X-FileName", "content"]
CUS_H = ["user", "name", "email", "title", "department", "status"]

def write(name, head, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("messages", MSG_H, msgs); write("custodians", CUS_H, cust_rows)
L = {}
for c, v in [("file", "OTHER_UNIQUE_IDENTIFIER"), ("user", "OTHER_UNIQUE_IDENTIFIER"), ("Message-ID", "OTHER_UNIQUE_IDENTIFIER"), ("Date", "DATE"),
             ("From", "EMAIL_ADDRESS"), ("To", "EMAIL_ADDRESS"), ("Subject", "FREE_TEXT"), ("Cc", "EMAIL_ADDRESS"), ("Bcc", "EMAIL_ADDRESS"),
             ("Mime-Version", "NON_IDENTIFYING"), ("Content-Type", "NON_IDENTIFYING"), ("Content-Transfer-Encoding", "NON_IDENTIFYING"),
             ("X-From", "NAME"), ("X-To", "NAME"), ("X-cc", "NAME"), ("X-bcc", "NAME"), ("X-Folder", "NAME"), ("X-Origin", "NAME"),
             ("X-FileName", "NAME"), ("content", "FREE_TEXT")]:
    L["messages." + c] = v
for c, v in [("user", "OTHER_UNIQUE_IDENTIFIER"), ("name", "NAME"), ("email", "EMAIL_ADDRESS"), ("title", "NON_IDENTIFYING"),
             ("department", "NON_IDENTIFYING"), ("status", "NON_IDENTIFYING")]:
    L["custodians." + c] = v
gold = {"dataset": "mail-archive",
        "description": "Invented e-mail archive in the parsed Enron corpus CSV layout, ',': 1200 messages (file path, mailbox user allen-p, JavaMail Message-ID, RFC 2822 Date, From/To/Cc/Bcc address lists, X-From/X-To/X-cc/X-bcc Notes names, X-Folder with the owner's name, X-Origin Allen-P, X-FileName pallen (Non-Privileged).pst, Subject, body with signatures, phones and forwarded headers; folder names Houston/California beside the custodian Houston Wade) and 24 custodians",
        "delimiter": ",", "entity": "custodians", "columns": L,
        "foreignKeys": [{"column": "messages.user", "references": "custodians.user"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

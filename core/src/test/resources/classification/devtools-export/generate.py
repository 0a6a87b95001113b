#!/usr/bin/env python3
"""breaker29: invented developer-tool exports (git log CSV, Jira CSV export, Slack JSON Lines). Seeded, stdlib only."""
import csv, json, random, hashlib, uuid, datetime, os
R = random.Random(2929)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Anna", "Jonas", "Maria", "Lukas", "Priya", "Wei", "Olga", "Tomasz", "Sofia", "Daniel", "Aisha", "Mateo",
         "Hannah", "Kenji", "Lena", "Omar", "Paris", "Ruth", "Felix", "Ines", "Marek", "Yuki", "Chloe", "Arjun", "Nora",
         "Emil", "Zara", "Pablo", "Greta", "Ivan", "Leila", "Sam", "Mila", "Tobias", "Eva", "Rafael", "Sven", "Amira", "Noah", "Clara"]
FAMILY = ["Kowalska", "Schneider", "Garcia", "Weber", "Sharma", "Zhang", "Petrova", "Nowak", "Rossi", "Fischer", "Okafor",
          "Hudson", "Lindqvist", "Tanaka", "Moreau", "Haddad", "Novak", "Keller", "Brennan", "Silva", "Dvorak", "Sato",
          "Dubois", "Iyer", "Berg", "Larsen", "Khan", "Ortega", "Vogel", "Popescu", "Mendes", "Ahmed", "Jensen", "Costa",
          "Baker", "Hughes", "Meyer", "Kaya", "Nguyen", "Quinn"]
N_USERS = 40
people = []
used = set()
for i in range(N_USERS):
    while True:
        g, f = R.choice(GIVEN), R.choice(FAMILY)
        if (g, f) not in used:
            used.add((g, f)); break
    people.append((g, f))
people[0] = ("Paris", "Nguyen")  # coincidence: Slack channel "paris" (office channel)
people[1] = ("Ruth", "Hudson")   # coincidence: Jira component "Hudson" (the CI server)
def email(g, f, dom="northwind-labs.io"):
    return f"{g.lower()}.{f.lower()}@{dom}"
def slack_id():
    return "U0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))
def acct_id():
    return "5" + "".join(R.choice("0123456789abcdef") for _ in range(23))
users = []
for g, f in people:
    users.append({"slack": slack_id(), "acct": acct_id(), "g": g, "f": f, "email": email(g, f),
                  "handle": (g[0] + f).lower(), "tz": R.choice(["Europe/Berlin", "Europe/Warsaw", "Europe/London", "Asia/Kolkata", "America/New_York", "Asia/Tokyo"])})
TITLES = ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "QA Engineer", "Product Manager", "SRE", "Designer"]
base = datetime.datetime(2024, 1, 8, 9, 0, 0)
def rand_time(days=330):
    return base + datetime.timedelta(seconds=R.randrange(days * 86400))

# ---- git log (git log --numstat --pretty=format:'%H,%an,%ae,%ai,%cn,%ce,%ci,%P,%s' exported to CSV) ----
VERBS = ["Fix", "Add", "Refactor", "Update", "Remove", "Bump", "Improve", "Document", "Handle", "Rename"]
THINGS = ["null check in OrderParser", "retry on 503 from payments API", "flaky test in CartServiceTest", "Gradle to 8.5",
          "dark mode toggle", "N+1 query in invoice list", "README for local setup", "timezone handling in scheduler",
          "unused feature flag", "CSV export of reports", "rate limiter config", "Dockerfile base image", "dependency lodash to 4.17.21"]
git_rows = []
shas = []
t = base
for i in range(1500):
    t = t + datetime.timedelta(seconds=R.randrange(600, 14000))
    a = R.choice(users)
    c = a if R.random() < 0.8 else R.choice(users[:4])
    sha = hashlib.sha1(f"commit-{i}".encode()).hexdigest()
    parent = shas[-1] if shas else ""
    if shas and R.random() < 0.08:
        parent += " " + R.choice(shas)
    r = R.random()
    if r < 0.06:
        o = R.choice(users)
        subj = f"Merge pull request #{R.randrange(100, 2400)} from northwind/{o['handle']}/{R.choice(['feature','fix','chore'])}-{R.randrange(10,999)}"
    elif r < 0.11:
        o = R.choice(users)
        subj = f"{R.choice(VERBS)} {R.choice(THINGS)} (reported by {o['g']} {o['f']})"
    elif r < 0.14:
        o = R.choice(users)
        subj = f"{R.choice(VERBS)} {R.choice(THINGS)}, thanks {o['email']}"
    elif r < 0.17:
        subj = f"Revert \"{R.choice(VERBS)} {R.choice(THINGS)}\""
    else:
        subj = f"{R.choice(VERBS)} {R.choice(THINGS)}"
    off = R.choice(["+0100", "+0200", "+0530", "-0500", "+0000", "+0900"])
    ct = t + datetime.timedelta(seconds=R.randrange(0, 3600) if c is not a else 0)
    files = R.randrange(1, 30)
    git_rows.append([sha, a["g"] + " " + a["f"], a["email"], t.strftime("%Y-%m-%d %H:%M:%S ") + off,
                     c["g"] + " " + c["f"], c["email"], ct.strftime("%Y-%m-%d %H:%M:%S ") + off, parent, subj,
                     files, R.randrange(0, 40 * files), R.randrange(0, 25 * files)])
    shas.append(sha)
with open(os.path.join(HERE, "git_log.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["commit", "author_name", "author_email", "author_date", "committer_name", "committer_email",
                "committer_date", "parents", "subject", "files_changed", "insertions", "deletions"])
    w.writerows(git_rows)

# ---- Jira users export (admin.atlassian.com CSV) and Jira issues CSV export ----
with open(os.path.join(HERE, "jira_users.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["User id", "User name", "email", "User status", "Added to org", "Org role", "Last seen in Jira"])
    for u in users[:30]:
        added = rand_time(100) - datetime.timedelta(days=R.randrange(30, 1500))
        w.writerow([u["acct"], u["g"] + " " + u["f"], u["email"], R.choice(["Active", "Active", "Active", "Suspended"]),
                    added.strftime("%d %b %Y"), R.choice(["Basic", "Basic", "Site admin"]), rand_time().strftime("%d %b %Y")])
def jira_date(d):
    h = d.hour % 12 or 12
    return d.strftime("%d/%b/%y ") + f"{h}:{d.minute:02d} " + ("AM" if d.hour < 12 else "PM")
COMPONENTS = ["Backend", "Frontend", "Payments", "Hudson", "Mobile", "Infrastructure"]
LABELS = ["tech-debt", "customer-reported", "regression", "security", "performance", "ux", ""]
SUMMARIES = ["Checkout fails when coupon code is empty", "Login page slow on Safari", "Export to CSV drops last row",
             "Nightly Hudson job times out", "Push notifications not delivered on Android 14", "Invoice PDF shows wrong VAT",
             "Add SSO via Okta", "Upgrade Postgres to 16", "Password reset e-mail not sent", "Search ignores diacritics"]
with open(os.path.join(HERE, "jira_issues.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key", "Project name", "Priority",
                "Resolution", "Assignee", "Assignee Id", "Reporter", "Reporter Id", "Created", "Updated", "Resolved",
                "Component/s", "Labels", "Description", "Custom field (Story Points)"])
    for i in range(320):
        proj = R.choice(["SHOP", "SHOP", "OPS", "MOB"])
        key = f"{proj}-{100 + i}"
        a, rp = R.choice(users[:30]), R.choice(users[:30])
        cr = rand_time(); up = cr + datetime.timedelta(hours=R.randrange(1, 900))
        st = R.choice(["To Do", "In Progress", "In Review", "Done", "Done", "Closed"])
        res = "Done" if st in ("Done", "Closed") else ""
        rs = jira_date(up) if res else ""
        cust = R.choice(users)
        desc = R.choice([
            f"Steps to reproduce:\n1. Log in as {cust['email']}\n2. Add two items\n3. Apply coupon\nExpected: discount. Actual: 500.",
            f"Customer {R.choice(GIVEN)} {R.choice(FAMILY)} (phone +49 170 {R.randrange(1000000, 9999999)}) reports this since the last release.",
            f"See Slack thread with [~{rp['handle']}]. Stack trace attached.",
            "Happens only in production. Logs attached.", ""])
        w.writerow([R.choice(SUMMARIES), key, 10000 + i * 3 + R.randrange(3), R.choice(["Bug", "Bug", "Story", "Task", "Epic"]),
                    st, proj, {"SHOP": "Webshop", "OPS": "Operations", "MOB": "Mobile App"}[proj],
                    R.choice(["Highest", "High", "Medium", "Medium", "Low", "Lowest"]), res,
                    a["g"] + " " + a["f"], a["acct"], rp["g"] + " " + rp["f"], rp["acct"], jira_date(cr), jira_date(up), rs,
                    R.choice(COMPONENTS), R.choice(LABELS), desc, R.choice(["1", "2", "3", "5", "8", "13", ""])])

# ---- Slack export as JSON Lines: users and messages ----
SLACK = os.path.join(HERE, "..", "slack-export")
os.makedirs(SLACK, exist_ok=True)
with open(os.path.join(SLACK, "slack_users.jsonl"), "w", encoding="utf-8") as fh:
    for u in users:
        fh.write(json.dumps({"id": u["slack"], "team_id": "T024BE7LD", "name": u["handle"], "real_name": u["g"] + " " + u["f"],
                             "display_name": R.choice([u["g"], u["g"] + " " + u["f"][0], u["handle"]]), "email": u["email"],
                             "phone": R.choice(["", f"+49 151 {R.randrange(10000000, 99999999)}", f"+44 7{R.randrange(100000000, 999999999)}"]),
                             "title": R.choice(TITLES), "tz": u["tz"], "is_admin": R.random() < 0.1, "is_bot": False},
                            ensure_ascii=False) + "\n")
CHANNELS = ["general", "random", "dev-backend", "dev-frontend", "incidents", "deploys", "paris", "london"]
TEXTS = ["deployed {v} to prod :rocket:", "can someone review my PR?", "standup in 5", "LGTM", "the build is red again",
         "who owns the payments service?", "lunch?", "incident resolved, postmortem tomorrow"]
with open(os.path.join(SLACK, "slack_messages.jsonl"), "w", encoding="utf-8") as fh:
    ts = 1704700800.0
    prev = []
    for i in range(1400):
        ts += R.randrange(20, 20000) + R.randrange(1, 999999) / 1e6
        u = R.choice(users)
        r = R.random()
        if r < 0.15:
            o = R.choice(users); text = f"<@{o['slack']}> can you take a look at {R.choice(['SHOP','OPS','MOB'])}-{R.randrange(100,420)}?"
        elif r < 0.22:
            o = R.choice(users); text = f"{o['g']} is out sick today, ping {o['email']} only if urgent"
        elif r < 0.27:
            text = f"call me on +49 151 {R.randrange(10000000, 99999999)} if the pager goes off"
        else:
            text = R.choice(TEXTS).format(v=f"v2.{R.randrange(0, 40)}.{R.randrange(0, 9)}")
        sts = f"{ts:.6f}"
        thread = R.choice(prev) if prev and R.random() < 0.3 else ""
        fh.write(json.dumps({"type": "message", "client_msg_id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
                             "channel": R.choice(CHANNELS), "user": u["slack"], "ts": sts, "thread_ts": thread, "text": text,
                             "reply_count": R.choice([0, 0, 0, 1, 2, 5]), "reactions": R.choice([0, 0, 1, 3])}, ensure_ascii=False) + "\n")
        prev.append(sts); prev = prev[-20:]

gold = {"dataset": "devtools-export",
        "description": "Invented developer-tool exports of one company (breaker29): 1500 git log commits (git log %H,%an,%ae,%ai,%cn,%ce,%ci,%P,%s to CSV: 40-hex SHAs, author/committer names and e-mails, dates with UTC offsets, subjects some naming people or e-mails, numstat counts), a Jira Cloud CSV export of 320 issues (Issue key SHOP-123, Assignee/Reporter display names and account ids, dd/MMM/yy h:mm AM dates, Priority, Status, Component/s incl. 'Hudson' equal to a person's family name, Labels, Description free text) with 30 users from the Atlassian admin export, and a Slack export as JSON Lines (40 users: U0XXXXXXXX ids, handles, real and display names, e-mails, phones; 1400 messages: ts as Unix seconds with microseconds, thread_ts, channel names incl. 'paris' equal to a user's given name, text with mentions, e-mails and phones). Commit SHAs and parents are QUASI_IDENTIFIER (they name no one but link to a public repository's author); issue keys and ids, account ids, Slack ids and client_msg_id are OTHER_UNIQUE_IDENTIFIER; subjects, descriptions and message texts are FREE_TEXT",
        "delimiter": ",", "entity": "slack_users",
        "columns": {}, "foreignKeys": [
            {"column": "jira_issues.Assignee Id", "references": "jira_users.User id"},
            {"column": "jira_issues.Reporter Id", "references": "jira_users.User id"},
            {"column": "slack_messages.user", "references": "slack_users.id"}]}
cols = gold["columns"]
for c, l in [("commit", "QUASI_IDENTIFIER"), ("author_name", "NAME"), ("author_email", "EMAIL_ADDRESS"), ("author_date", "DATE"),
             ("committer_name", "NAME"), ("committer_email", "EMAIL_ADDRESS"), ("committer_date", "DATE"), ("parents", "QUASI_IDENTIFIER"),
             ("subject", "FREE_TEXT"), ("files_changed", "NON_IDENTIFYING"), ("insertions", "NON_IDENTIFYING"), ("deletions", "NON_IDENTIFYING")]:
    cols["git_log." + c] = l
for c, l in [("User id", "OTHER_UNIQUE_IDENTIFIER"), ("User name", "NAME"), ("email", "EMAIL_ADDRESS"), ("User status", "NON_IDENTIFYING"),
             ("Added to org", "DATE"), ("Org role", "NON_IDENTIFYING"), ("Last seen in Jira", "DATE")]:
    cols["jira_users." + c] = l
for c, l in [("Summary", "NON_IDENTIFYING"), ("Issue key", "OTHER_UNIQUE_IDENTIFIER"), ("Issue id", "OTHER_UNIQUE_IDENTIFIER"),
             ("Issue Type", "NON_IDENTIFYING"), ("Status", "NON_IDENTIFYING"), ("Project key", "NON_IDENTIFYING"), ("Project name", "NON_IDENTIFYING"),
             ("Priority", "NON_IDENTIFYING"), ("Resolution", "NON_IDENTIFYING"), ("Assignee", "NAME"), ("Assignee Id", "OTHER_UNIQUE_IDENTIFIER"),
             ("Reporter", "NAME"), ("Reporter Id", "OTHER_UNIQUE_IDENTIFIER"), ("Created", "DATE"), ("Updated", "DATE"), ("Resolved", "DATE"),
             ("Component/s", "NON_IDENTIFYING"), ("Labels", "NON_IDENTIFYING"), ("Description", "FREE_TEXT"), ("Custom field (Story Points)", "NON_IDENTIFYING")]:
    cols["jira_issues." + c] = l
for c, l in [("id", "OTHER_UNIQUE_IDENTIFIER"), ("team_id", "NON_IDENTIFYING"), ("name", "NAME"), ("real_name", "NAME"), ("display_name", "NAME"),
             ("email", "EMAIL_ADDRESS"), ("phone", "TELEPHONE_NUMBER"), ("title", "NON_IDENTIFYING"), ("tz", "QUASI_IDENTIFIER"),
             ("is_admin", "NON_IDENTIFYING"), ("is_bot", "NON_IDENTIFYING")]:
    cols["slack_users." + c] = l
for c, l in [("type", "NON_IDENTIFYING"), ("client_msg_id", "OTHER_UNIQUE_IDENTIFIER"), ("channel", "NON_IDENTIFYING"), ("user", "OTHER_UNIQUE_IDENTIFIER"),
             ("ts", "DATE"), ("thread_ts", "DATE"), ("text", "FREE_TEXT"), ("reply_count", "NON_IDENTIFYING"), ("reactions", "NON_IDENTIFYING")]:
    cols["slack_messages." + c] = l
# breaker29, after the first run: `classify` refuses a folder holding both CSV and JSON Lines tables (exit 2), so the
# Slack tables are written to ../slack-export with their labels and foreign key; no label was changed by the split.
slack = {"dataset": "slack-export", "description": gold["description"], "delimiter": ",", "entity": "slack_users",
         "columns": {k: v for k, v in cols.items() if k.startswith("slack_")},
         "foreignKeys": [f for f in gold["foreignKeys"] if f["column"].startswith("slack_")]}
gold["entity"] = "jira_users"
gold["columns"] = {k: v for k, v in cols.items() if not k.startswith("slack_")}
gold["foreignKeys"] = [f for f in gold["foreignKeys"] if not f["column"].startswith("slack_")]
for g, d in ((gold, HERE), (slack, SLACK)):
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2); fh.write("\n")

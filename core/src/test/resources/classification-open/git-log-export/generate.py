#!/usr/bin/env python3
"""Writes git-log-export: an invented export of a fictional company's self-hosted code platform (GitHub Enterprise
Server shaped, seeded, stdlib only), ','. users: the site admin's 'all users' report (created_at, id, login, email, role,
suspended?, last_logged_ip, repos, ssh_keys, org_memberships, dormant?, last_active, raw_login, 2fa_enabled?).
repositories: a small lookup (name, full_name, language, license SPDX id, visibility, default_branch, created_at,
description, stars). commits: the commits of the repositories' default branches as an API export flattens them
(repository, sha, author_name, author_email, author_login (empty when the e-mail is linked to no account),
authored_date and committed_date 'yyyy-MM-ddTHH:mm:ss+01:00' in the author's offset, committer_name/email ('GitHub'
<noreply@github.com> for web merges), message (subject, body, Signed-off-by / Co-authored-by / Reviewed-by trailers
naming people and e-mails), additions, deletions, changed_files, verified). pull_requests: 'gh pr list --json' flattened
(repository, number, title, author login, reviewers as comma-separated logins, state, labels comma-separated,
head_ref (branch, often 'login/topic'), base_ref, created_at/merged_at/closed_at ISO UTC 'Z', merge_commit_sha,
additions, deletions, comments, review_decision, draft). Deliberate coincidences: the languages Julia and Ruby beside
the given names Julia and Ruby, the repository 'hudson-plugins' beside the surname Hudson, the label 'jordan-site'
(a plant) beside the given name Jordan."""
import csv, json, random, hashlib, datetime
rnd = random.Random(790101)
GIVEN = ["Julia", "Ruby", "Jordan", "Priya", "Marek", "Lena", "Tomasz", "Aiko", "Daniel", "Fatima", "Oskar", "Ines",
         "Kwame", "Hannah", "Rahul", "Sofia", "Mateo", "Yuki", "Elena", "Noah", "Chloe", "Arjun", "Nadia", "Felix",
         "Grace", "Ivan", "Leila", "Sven", "Amara", "Diego", "Mei", "Ola", "Bruno", "Zoe", "Tariq", "Wen"]
FAMILY = ["Hudson", "Novak", "Raman", "Kowalski", "Lindqvist", "Okafor", "Brennan", "Tanaka", "Haddad", "Moreau",
          "Schmidt", "Iyer", "Mensah", "Castillo", "Zhang", "Petrov", "Duarte", "Nakamura", "Whitfield", "Costa",
          "Bergstrom", "Adeyemi", "Fischer", "Kaur", "Oyelaran", "Sato", "Reyes", "Dvorak", "Abernathy", "Quist",
          "Yilmaz", "Chen", "Mwangi", "Laurent", "Horvath", "Pereira"]
DOM = "kestrel-robotics.com"
people = []; seen = set()
while len(people) < 74:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if (g, f) in seen:
        continue
    seen.add((g, f)); people.append([g, f])
people[0] = ["Julia", "Novak"]; people[1] = ["Ruby", "Chen"]; people[2] = ["Jordan", "Hudson"]; people[3] = ["Marek", "Hudson"]
OFFS = ["+01:00", "+01:00", "+02:00", "-05:00", "-08:00", "+05:30", "+00:00", "+09:00", "-03:00"]
users = []  # the first 56 people have accounts; the others are outside contributors
for i, (g, f) in enumerate(people):
    style = rnd.random()
    login = (g[0] + f).lower() if style < 0.45 else (g + "-" + f).lower() if style < 0.7 else (g.lower() + "%s" % rnd.randint(7, 99)) if style < 0.85 else (f.lower() + g[0].lower())
    while any(u["login"] == login for u in users):
        login += str(rnd.randint(1, 9))
    p = {"g": g, "f": f, "login": login, "email": "%s.%s@%s" % (g.lower(), f.lower(), DOM),
         "personal": "%s%s%d@%s" % (g.lower(), f[0].lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "proton.me", "outlook.com", "fastmail.com"])),
         "off": rnd.choice(OFFS), "member": i < 56, "id": 0}
    users.append(p)
outsiders = [u for u in users if not u["member"]]
members = [u for u in users if u["member"]]
ids = sorted(rnd.sample(range(4, 960), len(members)))
for u, k in zip(members, ids):
    u["id"] = k
def ts(dt, off):
    sign = 1 if off[0] == "+" else -1
    h, m = int(off[1:3]), int(off[4:6])
    local = dt + sign * datetime.timedelta(hours=h, minutes=m)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + off
def z(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
def ghes(dt):
    return (dt - datetime.timedelta(hours=6)).strftime("%Y-%m-%d %H:%M:%S -0600")
BASE = datetime.datetime(2026, 1, 5, 8, 0, 0)
urows = []
for u in members:
    created = datetime.datetime(2019, 1, 1) + datetime.timedelta(seconds=rnd.randrange(0, 7 * 365 * 86400))
    active = BASE + datetime.timedelta(seconds=rnd.randrange(0, 100 * 86400))
    ip = rnd.choice(["10.40.%d.%d" % (rnd.randint(0, 31), rnd.randint(2, 254)),
                     "%d.%d.%d.%d" % (rnd.choice([73, 98, 174, 24, 68, 71, 86, 92, 109, 188]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))])
    dormant = rnd.random() < 0.08
    urows.append([ghes(created), str(u["id"]), u["login"], u["email"], "admin" if rnd.random() < 0.07 else "user",
                  "true" if rnd.random() < 0.04 else "false", ip, str(rnd.randint(0, 40)), str(rnd.randint(0, 4)),
                  str(rnd.randint(1, 3)), "true" if dormant else "false", ghes(active) if not dormant else "",
                  (u["g"][0] + u["f"]).upper() if rnd.random() < 0.3 else u["g"].capitalize() + "." + u["f"].replace(" ", ""),
                  "true" if rnd.random() < 0.9 else "false"])
REPOS = [("firmware-core", "C++", "Apache-2.0", "Motor controller firmware for the K-series arms", 2017),
         ("fleet-api", "Go", "Apache-2.0", "Fleet telemetry ingestion service", 2019),
         ("kinematics-jl", "Julia", "MIT", "Inverse kinematics solvers", 2020),
         ("billing-portal", "Ruby", "proprietary", "Customer billing portal", 2018),
         ("web-console", "TypeScript", "proprietary", "Operator web console", 2021),
         ("hudson-plugins", "Java", "MIT", "Legacy CI plugins (Hudson/Jenkins)", 2014),
         ("sim-tools", "Python", "BSD-3-Clause", "Simulation and replay tooling", 2022),
         ("ops-ansible", "Jinja", "GPL-3.0-only", "Provisioning playbooks", 2018)]
rrows = []
for name, lang, lic, desc, yr in REPOS:
    rrows.append([name, "kestrel/" + name, lang, lic, "internal" if lic == "proprietary" else "public",
                  "main" if yr > 2018 else "master", "%d-%02d-%02dT%02d:%02d:%02dZ" % (yr, rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59)),
                  desc, str(rnd.randint(0, 900))])
# each member works mostly on two repositories
home = {u["login"]: rnd.sample(REPOS, 2) for u in users}
VERB = ["Fix", "Add", "Refactor", "Update", "Remove", "Handle", "Improve", "Document", "Rename", "Guard against"]
THING = ["null check in token refresh", "retry on 503 from telemetry API", "flaky test in JointLimitsTest", "CMake presets",
         "dark mode in operator console", "N+1 query in invoice list", "README for local setup", "timezone handling in scheduler",
         "unused feature flag", "CSV export of fleet reports", "rate limiter config", "Dockerfile base image", "watchdog timeout",
         "CAN bus frame parser", "torque limit calibration", "Jacobian singularity check", "pagination in /v2/robots",
         "ansible role for ntp", "Rails 7.1 deprecation warnings", "webhook signature check", "replay of bag files"]
BODY = ["The refresh path dropped the expiry when the token was rotated early.", "Previously this failed silently on empty input.",
        "Split out of the larger change so it can be reviewed on its own.", "Measured on the bench rig: 12% fewer missed frames.",
        "See the design doc in the wiki for the background.", "This keeps the old behaviour behind a flag for one release."]
BUMPS = [("lodash", "4.17.20", "4.17.21"), ("rack", "2.2.6", "2.2.8"), ("golang.org/x/net", "0.17.0", "0.23.0"),
         ("pytest", "7.4.4", "8.1.1"), ("actions/checkout", "3", "4"), ("nokogiri", "1.15.4", "1.16.2"), ("vite", "5.0.10", "5.0.12")]
LABELS = ["bug", "enhancement", "dependencies", "documentation", "ci", "needs-review", "firmware", "good first issue",
          "jordan-site", "breaking-change", "backport"]
def sha(i):
    return hashlib.sha1(("kestrel-%d" % i).encode()).hexdigest()
commits = []; prs = []; n = 0
t = BASE
prnum = {r[0]: rnd.randint(40, 900) for r in REPOS}
def pick_author():
    return rnd.choice(members) if rnd.random() < 0.9 else rnd.choice(outsiders)
def addr(u):
    r = rnd.random()
    if not u["member"] or r < 0.2:
        return u["personal"]
    if r < 0.35:
        return "%d+%s@users.noreply.%s" % (u["id"], u["login"], DOM)
    return u["email"]
def trailer(kind, u):
    return "%s: %s %s <%s>" % (kind, u["g"], u["f"], u["email"] if u["member"] else u["personal"])
def commit(repo, author, when, message, committer=None, ae=None):
    global n
    n += 1
    s = sha(n)
    ae = ae or addr(author)
    linked = author["member"] and not ae.endswith(("gmail.com", "proton.me", "outlook.com", "fastmail.com"))
    off = author["off"]
    if committer is None:
        cn, ce, cd = author["g"] + " " + author["f"], ae, ts(when + datetime.timedelta(seconds=rnd.randint(0, 4000)), off)
    elif committer == "web":
        cn, ce, cd = "GitHub", "noreply@github.com", ts(when + datetime.timedelta(seconds=rnd.randint(60, 86400)), "+00:00")
    else:
        cn, ce, cd = committer["g"] + " " + committer["f"], committer["email"], ts(when + datetime.timedelta(seconds=rnd.randint(600, 90000)), committer["off"])
    add = int(rnd.paretovariate(1.2) * 8); dele = int(add * rnd.random())
    commits.append([repo, s, author["g"] + " " + author["f"], ae, author["login"] if linked else "", ts(when, off), cn, ce, cd,
                    message, str(add), str(dele), str(max(1, min(60, add // 20 + rnd.randint(1, 4)))),
                    "true" if committer == "web" or rnd.random() < 0.3 else "false"])
    return s, add, dele
for k in range(1900):
    t += datetime.timedelta(seconds=rnd.randint(300, 6200))
    a = pick_author()
    repo = rnd.choice(home[a["login"]])[0] if rnd.random() < 0.8 else rnd.choice(REPOS)[0]
    subj = "%s %s" % (rnd.choice(VERB), rnd.choice(THING))
    parts = [subj]
    if rnd.random() < 0.45:
        parts.append(rnd.choice(BODY))
    tr = []
    if rnd.random() < 0.35:
        tr.append(trailer("Signed-off-by", a))
    if rnd.random() < 0.12:
        tr.append(trailer("Co-authored-by", rnd.choice(users)))
    if rnd.random() < 0.06:
        tr.append(trailer("Reviewed-by", rnd.choice(members)))
    if rnd.random() < 0.03:
        o = rnd.choice(users); parts.append("Reported by %s %s on the support channel." % (o["g"], o["f"]))
    if tr:
        parts.append("\n".join(tr))
    commit(repo, a, t, "\n\n".join(parts))
    # now and then a pull request merges
    if rnd.random() < 0.22:
        pa = rnd.choice(members) if rnd.random() < 0.93 else None
        num = prnum[repo]; prnum[repo] += 1
        created = t - datetime.timedelta(seconds=rnd.randint(3600, 9 * 86400))
        revs = rnd.sample([m for m in members if m is not pa], rnd.choice([0, 1, 1, 2, 2, 3]))
        if pa is None:  # dependency bot
            lib, v1, v2 = rnd.choice(BUMPS)
            title = "Bump %s from %s to %s" % (lib, v1, v2); labels = ["dependencies"]; head = "dependabot/%s-%s" % (lib.replace("/", "-"), v2)
            author_login = "dependabot[bot]"
        else:
            title = "%s %s" % (rnd.choice(VERB), rnd.choice(THING))
            labels = rnd.sample(LABELS, rnd.choice([0, 1, 1, 2]))
            topic = title.lower().split(" ", 1)[1].replace(" ", "-")[:24].strip("-")
            head = ("%s/%s" % (pa["login"], topic)) if rnd.random() < 0.5 else ("fix/" + topic if "Fix" in title else "feature/" + topic)
            author_login = pa["login"]
        r = rnd.random()
        state = "MERGED" if r < 0.72 else "CLOSED" if r < 0.84 else "OPEN"
        merged = closed = ""; msha = ""
        add = int(rnd.paretovariate(1.2) * 20); dele = int(add * rnd.random())
        if state == "MERGED":
            when = t + datetime.timedelta(seconds=rnd.randint(120, 3000))
            if pa is None:
                bot = {"g": "dependabot[bot]", "f": "", "login": "", "member": False, "off": "+00:00", "email": "", "personal": ""}
                n += 1; s = sha(n)
                commits.append([repo, s, "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "",
                                ts(when, "+00:00"), "GitHub", "noreply@github.com", ts(when, "+00:00"),
                                "%s (#%d)\n\nBumps %s from %s to %s.\n\nSigned-off-by: dependabot[bot] <support@github.com>" % (title, num, lib, v1, v2),
                                str(add), str(dele), "2", "true"])
                msha = s
            elif rnd.random() < 0.7:  # squash merge through the web: authored by the PR's author
                body = "%s (#%d)" % (title, num)
                if revs and rnd.random() < 0.3:
                    co = rnd.choice(revs); body += "\n\n* address review comments\n\nCo-authored-by: %s %s <%s>" % (co["g"], co["f"], co["email"])
                msha, add, dele = commit(repo, pa, when, body, committer="web", ae=pa["email"])
            else:  # merge commit by the reviewer who pressed the button
                merger = revs[0] if revs else rnd.choice(members)
                msha, add, dele = commit(repo, merger, when, "Merge pull request #%d from kestrel/%s\n\n%s" % (num, head, title), committer=None, ae=merger["email"])
            merged = closed = z(when)
        elif state == "CLOSED":
            closed = z(t + datetime.timedelta(seconds=rnd.randint(3600, 5 * 86400)))
        decision = "" if state == "CLOSED" and not revs else ("APPROVED" if state == "MERGED" else rnd.choice(["REVIEW_REQUIRED", "CHANGES_REQUESTED", "APPROVED"]))
        prs.append([repo, str(num), title, author_login, ",".join(m["login"] for m in revs), state, ",".join(labels), head,
                    [rr for rr in rrows if rr[0] == repo][0][5], z(created), merged, closed, msha, str(add), str(dele),
                    str(rnd.randint(0, 14)), decision, "true" if state == "OPEN" and rnd.random() < 0.3 else "false"])
# dependabot is no user of this instance: its pull requests are attributed to the org's bot account instead
for p in prs:
    if p[3] == "dependabot[bot]":
        p[3] = ""
commits.sort(key=lambda c: (c[0], c[5][:19]), reverse=False)
prs.sort(key=lambda p: (p[0], int(p[1])))

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, lineterminator="\n"); wr.writerow(head); wr.writerows(data)
UH = ["created_at", "id", "login", "email", "role", "suspended?", "last_logged_ip", "repos", "ssh_keys", "org_memberships",
      "dormant?", "last_active", "raw_login", "2fa_enabled?"]
RH = ["name", "full_name", "language", "license", "visibility", "default_branch", "created_at", "description", "stargazers_count"]
CH = ["repository", "sha", "author_name", "author_email", "author_login", "authored_date", "committer_name", "committer_email",
      "committed_date", "message", "additions", "deletions", "changed_files", "verified"]
PH = ["repository", "number", "title", "author", "reviewers", "state", "labels", "head_ref", "base_ref", "created_at",
      "merged_at", "closed_at", "merge_commit_sha", "additions", "deletions", "comments", "review_decision", "draft"]
write("users", UH, urows); write("repositories", RH, rrows); write("commits", CH, commits); write("pull_requests", PH, prs)
L = {"users": ["DATE", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "EMAIL_ADDRESS", "NON_IDENTIFYING",
               "NON_IDENTIFYING", "IP_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
               "DATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"],
     "repositories": ["NON_IDENTIFYING"] * 6 + ["DATE", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "commits": ["NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NAME",
                 "EMAIL_ADDRESS", "DATE", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "pull_requests": ["NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
                       "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "NON_IDENTIFYING",
                       "DATE", "DATE", "DATE", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING"]}
cols = {}
for tname, h in (("users", UH), ("repositories", RH), ("commits", CH), ("pull_requests", PH)):
    for c, l in zip(h, L[tname]):
        cols[tname + "." + c] = l
gold = {"dataset": "git-log-export",
        "description": "Invented export of a fictional company's GitHub Enterprise Server, ',': users %d (the site admin 'all users' report: created_at '2021-06-02 08:19:33 -0600', small sequential id, login, e-mail, role, suspended?, last_logged_ip (office 10.40.x.x or home IPv4), repos/ssh_keys/org_memberships counts, dormant?, last_active, raw_login (LDAP uid 'JNOVAK' or 'Julia.Novak'), 2fa_enabled?), repositories %d (name, full_name, language, SPDX license, visibility, default branch, created_at, description, stars), commits %d (repository FK, 40-hex sha, author name/e-mail (work, personal or '<id>+<login>@users.noreply' address), author_login FK (empty when the e-mail is linked to no account: personal addresses, 18 outside contributors, dependabot), authored/committed dates 'yyyy-MM-ddTHH:mm:ss+01:00' in the author's offset, committer 'GitHub <noreply@github.com>' for web merges, message with Signed-off-by/Co-authored-by/Reviewed-by trailers and 'Merge pull request #N from kestrel/<login>/<topic>', additions/deletions/changed_files, verified), pull_requests %d (repository FK, number, title, author login FK (empty for dependabot), reviewers comma-separated logins, state, labels comma-separated, head_ref (half 'login/topic'), base_ref, created/merged/closed ISO 'Z', merge_commit_sha FK to commits, additions, deletions, comments, review_decision, draft). Commit sha and merge_commit_sha QUASI_IDENTIFIER (as devtools-export); PR number QUASI_IDENTIFIER; logins, raw_login and user id OTHER_UNIQUE_IDENTIFIER; head_ref FREE_TEXT (branch names spell the author's login); PR titles NON_IDENTIFYING (no title names a person). Coincidences: languages Julia and Ruby beside the users Julia Novak and Ruby Chen, repository 'hudson-plugins' and description '(Hudson/Jenkins)' beside Jordan Hudson and Marek Hudson, label 'jordan-site' beside the given name Jordan" % (len(urows), len(rrows), len(commits), len(prs)),
        "delimiter": ",", "entity": "users", "columns": cols,
        "foreignKeys": [{"column": "commits.repository", "references": "repositories.name"},
                        {"column": "pull_requests.repository", "references": "repositories.name"},
                        {"column": "commits.author_login", "references": "users.login"},
                        {"column": "pull_requests.author", "references": "users.login"},
                        {"column": "pull_requests.merge_commit_sha", "references": "commits.sha"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes stackexchange-dump: an invented Stack Exchange data-dump export (Users, Posts, Comments, Votes as CSV with
the dump's PascalCase attribute names, ',' separated; seeded, stdlib only). Dates as the dump writes them
(2019-07-31T21:42:52.667); Votes.CreationDate at midnight as in the dump. Users carry DisplayName (real-looking
names and handles), WebsiteUrl, free-form Location ("Leeds, United Kingdom"), AboutMe HTML naming the user, their
e-mail or town; Posts carry Body HTML, Title, Tags <java><spring>, OwnerUserId, ParentId/AcceptedAnswerId
(answers and questions of the same table), LastEditorDisplayName (mostly empty, as in the dump); Comments carry
Text and UserDisplayName (only for deleted users, as in the dump). Coincidence: users called Julia, Ruby and Dart
next to the tags <julia>, <ruby> and <dart>."""
import csv, json, random, datetime
rnd = random.Random(240601)
GIVEN = ["Julia", "Ruby", "Dart", "Marek", "Priya", "Tobias", "Ingrid", "Kwame", "Siobhan", "Henrik", "Yusuf",
         "Camille", "Dmitri", "Aoife", "Rafael", "Lucia", "Anders", "Mei", "Oskar", "Nadia"]
FAMILY = ["Kowalczyk", "Ramaswamy", "Lindqvist", "Okafor", "Brennan", "Haugland", "Demir", "Fournier", "Volkov",
          "Gallagher", "Esposito", "Wexford", "Ashcombe", "Thornbury", "Pellegrini", "Nakashima"]
TOWNS = ["Leeds, United Kingdom", "Bengaluru, Karnataka, India", "Gothenburg, Sweden", "Lagos, Nigeria",
         "Cork, Ireland", "Bergen, Norway", "Izmir, Turkey", "Lyon, France", "Novosibirsk, Russia", "Naples, Italy",
         "Kraków, Poland", "Osaka, Japan", "Seattle, WA", "Austin, TX, USA", "Toronto, ON, Canada", "Berlin"]
TAGS = ["java", "spring", "spring-boot", "python", "pandas", "javascript", "reactjs", "sql", "postgresql", "c#",
        ".net", "julia", "ruby", "ruby-on-rails", "dart", "flutter", "regex", "git", "docker", "kotlin"]
def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % rnd.randint(0, 999)
def rdate(a, b):
    return a + datetime.timedelta(seconds=rnd.randint(0, int((b - a).total_seconds())))
START, END = datetime.datetime(2010, 1, 1), datetime.datetime(2024, 3, 31)
users = []
for i in range(60):
    uid = rnd.randint(10000, 23000000) if i else -1
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    style = rnd.random()
    if i == 0:
        dn = "Community"
    elif style < 0.45:
        dn = "%s %s" % (g, f)
    elif style < 0.65:
        dn = "%s%s" % (g.lower(), f[0].lower())
    elif style < 0.8:
        dn = "%s.%s%d" % (g.lower(), f.lower(), rnd.randint(1, 99))
    else:
        dn = g
    created = rdate(START, datetime.datetime(2022, 1, 1))
    last = rdate(created, END)
    loc = "" if rnd.random() < 0.3 else rnd.choice(TOWNS)
    web = "" if rnd.random() < 0.5 else rnd.choice(["https://%s%s.dev" % (g.lower(), f.lower()), "https://github.com/%s%s" % (g.lower(), f[0].lower()), "http://www.%s.me/blog" % f.lower()])
    if i == 0:
        about = "<p>Hi, I'm not really a person.</p>"
    elif rnd.random() < 0.35:
        about = ""
    else:
        about = rnd.choice(["<p>I am %s, a backend developer from %s.</p>" % (g + " " + f, loc.split(",")[0] or "Leeds"),
                            "<p>Contact me at <a href=\"mailto:%s.%s@gmail.com\">%s.%s@gmail.com</a></p>" % (g.lower(), f.lower(), g.lower(), f.lower()),
                            "<p>Working on <strong>%s</strong> things. Mostly lurking.</p>" % rnd.choice(TAGS),
                            "<p>%s %s &ndash; software engineer at a small shop.</p>\n<p>Blog: %s</p>" % (g, f, web or "none")])
    users.append([uid, rnd.randint(1, 250000) if i else 1, ts(created), dn, ts(last), web, loc, about,
                  rnd.randint(0, 40000), rnd.randint(0, 5000), rnd.randint(0, 800), rnd.randint(1000, 30000000) if i else -1])
UH = ["Id", "Reputation", "CreationDate", "DisplayName", "LastAccessDate", "WebsiteUrl", "Location", "AboutMe", "Views",
      "UpVotes", "DownVotes", "AccountId"]
UL = ["OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER", "DATE", "NAME", "DATE", "URL", "CITY", "FREE_TEXT",
      "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"]
real = users[1:]
posts, pid = [], 4000000
questions = []
for q in range(260):
    pid += rnd.randint(1, 4000)
    owner = rnd.choice(real)
    created = rdate(datetime.datetime(2012, 1, 1), datetime.datetime(2023, 6, 1))
    tags = rnd.sample(TAGS, rnd.randint(1, 4))
    title = rnd.choice(["How do I %s in %s?", "Why does %s fail with NullPointerException in %s", "%s: unexpected result when using %s",
                        "Convert %s to a list in %s"]) % (rnd.choice(["parse a date", "sort a map", "join two tables", "read a file"]), tags[0])
    body = "<p>I'm trying to %s. Here is my code:</p>\n<pre><code>%s\n</code></pre>\n<p>%s</p>" % (
        rnd.choice(["parse a date string", "group rows by key", "call a REST endpoint"]),
        rnd.choice(["List&lt;String&gt; xs = new ArrayList&lt;&gt;();", "df.groupby('k').sum()", "SELECT * FROM t WHERE id = 1;"]),
        rnd.choice(["Thanks in advance!", "Any help appreciated. -- %s" % owner[3], "I'm based in %s if that matters." % (owner[6] or "Leeds"),
                    "Edit: email me at %s@example.org if you prefer." % owner[3].split(" ")[0].lower()]))
    ed = rnd.choice(real)[3] if rnd.random() < 0.12 else ""
    posts.append([pid, 1, "", None, ts(created), rnd.randint(-3, 300), rnd.randint(5, 90000), body, owner[0], ed,
                  title, "".join("<%s>" % t for t in tags), 0])
    questions.append((len(posts) - 1, created))
for n in range(540):
    qi, qc = rnd.choice(questions)
    pid += rnd.randint(1, 4000)
    owner = rnd.choice(real)
    created = rdate(qc, qc + datetime.timedelta(days=30))
    body = "<p>%s</p>\n<pre><code>%s</code></pre>" % (rnd.choice(["Use a <code>HashMap</code> instead.", "You need to close the stream.", "Try this:", "@%s this works for me:" % posts[qi][3 if False else 9].split(" ")[0] if posts[qi][9] else "This works for me:"]),
                                                     rnd.choice(["map.merge(k, 1, Integer::sum);", "with open(p) as f: data = f.read()", "git rebase -i HEAD~3"]))
    ed = rnd.choice(real)[3] if rnd.random() < 0.08 else ""
    posts.append([pid, 2, posts[qi][0], "", ts(created), rnd.randint(-2, 150), "", body, owner[0], ed, "", "", ""])
    posts[qi][12] += 1
    if posts[qi][3] is None and rnd.random() < 0.5:
        posts[qi][3] = pid
for p in posts:
    if p[3] is None:
        p[3] = ""
PH = ["Id", "PostTypeId", "ParentId", "AcceptedAnswerId", "CreationDate", "Score", "ViewCount", "Body", "OwnerUserId",
      "LastEditorDisplayName", "Title", "Tags", "AnswerCount"]
PL = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "OTHER_UNIQUE_IDENTIFIER", "NAME", "FREE_TEXT",
      "NON_IDENTIFYING", "NON_IDENTIFYING"]
comments, cid = [], 9000000
for n in range(420):
    p = rnd.choice(posts)
    cid += rnd.randint(1, 900)
    u = rnd.choice(real)
    deleted = rnd.random() < 0.07
    text = rnd.choice(["What have you tried so far?", "Possible duplicate of the question linked above.",
                       "@%s thanks, that fixed it!" % u[3].split(" ")[0], "Please post a minimal reproducible example.",
                       "Works on my machine (%s)." % (u[6] or "Berlin"), "This should be the accepted answer."])
    comments.append([cid, p[0], rnd.randint(0, 40), text, ts(rdate(datetime.datetime(2012, 6, 1), END)),
                     u[3] if deleted else "", "" if deleted else u[0]])
CH = ["Id", "PostId", "Score", "Text", "CreationDate", "UserDisplayName", "UserId"]
CL = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT", "DATE", "NAME",
      "OTHER_UNIQUE_IDENTIFIER"]
votes, vid = [], 21000000
for n in range(1500):
    p = rnd.choice(posts)
    vid += rnd.randint(1, 50)
    d = rdate(datetime.datetime(2012, 6, 1), END)
    votes.append([vid, p[0], rnd.choice([2, 2, 2, 2, 3, 1, 5, 6, 10, 16]), d.strftime("%Y-%m-%dT00:00:00.000")])
VH = ["Id", "PostId", "VoteTypeId", "CreationDate"]
VL = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE"]
for name, head, rows in (("Users", UH, users), ("Posts", PH, posts), ("Comments", CH, comments), ("Votes", VH, votes)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {}
for name, head, lab in (("Users", UH, UL), ("Posts", PH, PL), ("Comments", CH, CL), ("Votes", VH, VL)):
    cols.update({name + "." + h: l for h, l in zip(head, lab)})
gold = {"dataset": "stackexchange-dump",
        "description": "Invented Stack Exchange data dump (Users 60, Posts 800, Comments 420, Votes 1500) with the dump's attribute names; dates 2019-07-31T21:42:52.667; HTML AboutMe/Body naming users, e-mails and towns; Tags <java><spring>; display names that are real-looking names or handles, some equal to tags (Julia, Ruby, Dart)",
        "delimiter": ",", "entity": "Users", "columns": cols,
        "foreignKeys": [{"column": "Posts.OwnerUserId", "references": "Users.Id"},
                        {"column": "Posts.ParentId", "references": "Posts.Id"},
                        {"column": "Posts.AcceptedAnswerId", "references": "Posts.Id"},
                        {"column": "Comments.PostId", "references": "Posts.Id"},
                        {"column": "Comments.UserId", "references": "Users.Id"},
                        {"column": "Votes.PostId", "references": "Posts.Id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

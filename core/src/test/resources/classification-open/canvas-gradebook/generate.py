#!/usr/bin/env python3
"""Writes canvas-gradebook: an invented Canvas LMS gradebook export of one course (BIOL 1110, 3 sections, 312
students), the export of a 12-student lab section of another course, and a submissions/comments export built from the
Canvas Submissions API (seeded, stdlib only). Gradebook layout as Canvas writes it: header `Student,ID,SIS User ID,SIS
Login ID,Section,<assignment> (<assignment id>),...,Current Score,...,Final Grade`, the SECOND row `    Points
Possible` with the assignments' points and `(read only)` under the totals, students written `Last, First`, the course's
`Student, Test` at the end. Submission comments sometimes name other students and give an e-mail address."""
import csv, json, random, datetime
rnd = random.Random(35001)
GIVEN = ["Aaliyah", "Brandon", "Caleb", "Destiny", "Ethan", "Faith", "Gabriel", "Hannah", "Isaiah", "Jasmine", "Kayla",
         "Logan", "Madison", "Nathan", "Olivia", "Preston", "Quinn", "Riley", "Savannah", "Tyler", "Uriel", "Victoria",
         "Wyatt", "Ximena", "Yusuf", "Zoe", "Hunter", "Lincoln", "Mackenzie", "Trinity", "Jaden", "Abigail", "Diego",
         "Mei", "Priya", "Tuan", "Fatima", "Kwame", "Sofia", "Elijah"]
FAMILY = ["Hardy", "Nguyen", "Okafor", "Lindqvist", "Patel", "Ramirez", "Schultz", "Thornton", "Underwood", "Vasquez",
          "Whitaker", "Yoder", "Zimmerman", "Abernathy", "Brennan", "Castillo", "Delgado", "Ellison", "Fitzgerald",
          "Gallagher", "Hollister", "Ibarra", "Jablonski", "Kowalczyk", "Larkin", "Mendel", "Novak", "Ostrowski",
          "Pruitt", "Quintero", "Rasmussen", "Sorensen", "Tran", "Villanueva", "Walsh", "Kim", "Mbeki", "Haddad",
          "Dunleavy", "Greer", "Morgan", "Baptiste", "Carver", "Lindgren", "Osei", "Pham", "Reyes", "Stroud"]
STAFF = ["Dr. Marguerite Ellwood", "Jonah Petrakis", "Simone Adeyemi", "Karl Brandvold"]
SECTIONS = ["BIOL 1110-001 Lecture", "BIOL 1110-002 Lecture", "BIOL 1110-H01 Honors"]
ASSIGN = [("Syllabus Quiz", 5), ("Lab 1: Microscopy", 20), ("Lab 2: Osmosis", 20), ("Lab 3: Hardy-Weinberg", 20),
          ("Quiz 1", 10), ("Quiz 2", 10), ("Quiz 3", 10), ("Mendel Pea Genetics Worksheet", 15), ("Homework 1", 25),
          ("Homework 2", 25), ("Midterm Exam", 100), ("Lab 4: Gel Electrophoresis", 20), ("Quiz 4", 10),
          ("Discussion: Ethics of CRISPR", 10), ("Final Exam", 150)]
def letter(s):
    for cut, g in ((93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (73, "C"), (70, "C-"), (67, "D+"), (60, "D")):
        if s >= cut:
            return g
    return "F"
CIDS = set()
def students(n, used):
    out = []
    while len(out) < n:
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        if (g, f) in used:
            continue
        used.add((g, f))
        cid = rnd.randint(104000, 389999)
        if cid in CIDS:
            continue
        CIDS.add(cid)
        sis = "%09d" % rnd.randint(900100000, 900999999)
        login = (g[0] + f).lower()[:8] + str(rnd.randint(1, 99))
        out.append((g, f, str(cid), sis, login))
    return out
def gradebook(path, studs, assign, sections, start_id):
    ids = [start_id + 7 * i + rnd.randint(0, 5) for i in range(len(assign))]
    head = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"] + ["%s (%d)" % (a, i) for (a, _), i in zip(assign, ids)]
    head += ["Current Points", "Final Points", "Current Score", "Unposted Current Score", "Final Score",
             "Unposted Final Score", "Current Grade", "Unposted Current Grade", "Final Grade", "Unposted Final Grade"]
    total = sum(p for _, p in assign)
    rows = [["    Points Possible", "", "", "", ""] + ["%.2f" % p for _, p in assign] + ["(read only)"] * 10]
    for s in sorted(studs, key=lambda s: (s[1], s[0])) + [("Test", "Student", str(rnd.randint(400000, 400999)), "", "")]:
        ability = rnd.gauss(0.8, 0.12)
        pts, cur_total, fin = [], 0.0, 0.0
        for a, p in assign:
            r = rnd.random()
            if r < 0.04:
                pts.append(""); continue
            if r < 0.07:
                pts.append("EX"); continue
            v = max(0.0, min(1.0, rnd.gauss(ability, 0.1))) * p
            v = round(v * 2) / 2
            pts.append("%.2f" % v if v != int(v) else str(int(v)))
            cur_total += v
        cur = sum(float(x) for x in pts if x not in ("", "EX"))
        poss = sum(p for (a, p), x in zip(assign, pts) if x not in ("", "EX"))
        cs = 100.0 * cur / poss if poss else 0.0
        fs = 100.0 * cur / total
        sec = rnd.choice(sections) if s[3] else sections[0]
        rows.append(["%s, %s" % (s[1], s[0]), s[2], s[3], s[4], sec] + pts +
                     ["%.2f" % cur, "%.2f" % cur, "%.2f" % cs, "%.2f" % cs, "%.2f" % fs, "%.2f" % fs,
                      letter(cs), letter(cs), letter(fs), letter(fs)])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
    return head, ids
used, CIDS = set(), set()
main = students(312, used)
lab = students(12, used)
h1, aids = gradebook("gradebook_BIOL1110.csv", main, ASSIGN, SECTIONS, 1848211)
LAB = [("Pre-lab Quiz 1", 5), ("Lab Report 1", 30), ("Pre-lab Quiz 2", 5), ("Lab Report 2", 30), ("Lab Practical", 50)]
h2, _ = gradebook("gradebook_CHEM1210L_sec014.csv", lab, LAB, ["CHEM 1210L-014 Lab (Tue 2pm)"], 1849530)
# submissions export (Canvas API: submissions with submission_comments, flattened one comment per row)
TEMPL = ["Good work, see rubric.", "Please resubmit with your data table.", "Late penalty applied per syllabus.",
         "Great figure!", "Check your units in part 3.", "Nice discussion of the Punnett square.",
         "Worked with {o} on this one, we split the graphs.", "My partner {o} did the calculations, I wrote the discussion.",
         "Sorry this is late, I was sick. You can reach me at {e} if you need the doctor's note.",
         "{o} and I submitted the same data set because we were lab partners.",
         "I emailed you from my personal address {e}, please use that one.",
         "Accommodation letter on file; extended time approved for {n}.",
         "Regrade request: question 4 was marked wrong but matches {o}'s answer which got full credit."]
subs = []
sid = 50112000
for a, p in ASSIGN[:12]:
    aid = aids[ASSIGN.index((a, p))]
    for s in rnd.sample(main, 48):
        when = datetime.datetime(2026, 1, 12) + datetime.timedelta(days=7 * ASSIGN.index((a, p)) + rnd.randint(0, 6),
                                                                     minutes=rnd.randint(0, 1439))
        other = rnd.choice(main)
        t = rnd.choice(TEMPL)
        email = rnd.choice(["%s.%s@gmail.com", "%s%s@yahoo.com", "%s_%s@outlook.com"]) % (s[0].lower(), s[1].lower())
        text = t.format(o="%s %s" % (other[0], other[1]), e=email, n="%s %s" % (s[0], s[1]))
        author = "%s %s" % (s[0], s[1]) if t in TEMPL[6:] and "{n}" not in t else rnd.choice(STAFF)
        score = round(max(0.0, min(1.0, rnd.gauss(0.82, 0.12))) * p * 2) / 2
        late = "true" if "late" in text.lower() else rnd.choice(["false"] * 9 + ["true"])
        sid += rnd.randint(1, 40)
        subs.append(["41873", str(aid), a, s[2], s[3], "%s, %s" % (s[1], s[0]), str(sid),
                     when.strftime("%Y-%m-%dT%H:%M:%SZ"), rnd.choice(["graded"] * 8 + ["submitted", "pending_review"]),
                     "%g" % score, "%g" % score, late, str(rnd.choice([1, 1, 1, 2])),
                     rnd.choice(["online_upload", "online_text_entry", "online_quiz"]), author,
                     (when + datetime.timedelta(hours=rnd.randint(1, 90))).strftime("%Y-%m-%dT%H:%M:%SZ"), text])
H3 = ["course_id", "assignment_id", "assignment_name", "user_id", "sis_user_id", "user_sortable_name", "submission_id",
      "submitted_at", "workflow_state", "score", "entered_grade", "late", "attempt", "submission_type",
      "comment_author_name", "comment_created_at", "comment"]
with open("submission_comments.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(H3); w.writerows(subs)
cols = {}
for t, h in (("gradebook_BIOL1110", h1), ("gradebook_CHEM1210L_sec014", h2)):
    for c in h:
        lab_ = {"Student": "NAME", "ID": "OTHER_UNIQUE_IDENTIFIER", "SIS User ID": "OTHER_UNIQUE_IDENTIFIER",
                "SIS Login ID": "OTHER_UNIQUE_IDENTIFIER"}.get(c, "NON_IDENTIFYING")
        cols[t + "." + c] = lab_
L3 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER",
      "NAME", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE", "FREE_TEXT"]
cols.update({"submission_comments." + c: l for c, l in zip(H3, L3)})
gold = {"dataset": "canvas-gradebook",
        "description": "Invented Canvas LMS exports: a gradebook of one course (312 students in 3 sections; Student 'Last, First', Canvas ID, 9-digit SIS User ID, SIS Login ID, Section, 15 assignments '<name> (<id>)' with points or EX, Current/Final Points, Scores and Grades; second row '    Points Possible', last row 'Student, Test'), the gradebook of a 12-student lab section, and 576 submission comments (Canvas API fields; comments by students and staff, some naming other students or giving a personal e-mail)",
        "delimiter": ",", "entity": "gradebook_BIOL1110", "columns": cols,
        "foreignKeys": [{"column": "submission_comments.user_id", "references": "gradebook_BIOL1110.ID"},
                        {"column": "submission_comments.sis_user_id", "references": "gradebook_BIOL1110.SIS User ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes moodle-logs: an invented Moodle log export shipped WITHOUT mdl_user (seeded, stdlib only).
logstore_standard_log.csv: 3000 rows with the exact columns of Moodle's logstore_standard_log (id, eventname,
component, action, target, objecttable, objectid, crud, edulevel, contextid, contextlevel, contextinstanceid, userid,
courseid, relateduserid, anonymous, other as JSON text, timecreated Unix seconds, origin, ip, realuserid) for 110
users (ids 2-400, 3-50 events each) in 6 courses; `other` carries usernames on logins and full names on
"login as" events; user-profile views put the viewed user's id in objectid and contextinstanceid (context level 30).
user_enrolments.csv: 50 rows of mdl_user_enrolments (id, status, enrolid, userid, timestart, timeend 0 = none,
modifierid, timecreated, timemodified)."""
import csv, json, random
rnd = random.Random(27003)
GIVEN = ["Amara", "Ben", "Chiara", "Dylan", "Elif", "Finn", "Grace", "Hugo", "Isla", "Jamal", "Kira", "Leon", "Mina", "Nico", "Orla", "Pedro"]
FAMILY = ["Achterberg", "Byrne", "Cicek", "Donnelly", "Esposito", "Fairclough", "Gunawardena", "Hallworth", "Ibekwe", "Jansen", "Kaczmarek", "Lombardi"]
users = []
ids = rnd.sample(range(2, 400), 110)
for uid in ids:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    users.append({"id": uid, "name": "%s %s" % (g, f), "username": ("%s%s%d" % (g[0], f, rnd.randint(1, 99))).lower(),
                  "ip": "%d.%d.%d.%d" % (rnd.choice([81, 86, 90, 109, 151, 178, 212]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254))})
teachers = users[:8]; admin = {"id": 2, "name": "Admin User", "username": "admin", "ip": "10.0.0.5"}
courses = {c: 100 + c * 7 for c in [3, 4, 7, 9, 12, 15]}         # courseid -> course contextid
cms = {c: [(cm, 2000 + cm * 3) for cm in rnd.sample(range(10, 400), 6)] for c in courses}  # (cmid, module contextid)
E = [  # eventname, component, action, target, objecttable, crud, edulevel, kind
    ("\\core\\event\\course_viewed", "core", "viewed", "course", "", "r", 2, "course"),
    ("\\mod_forum\\event\\discussion_viewed", "mod_forum", "viewed", "discussion", "forum_discussions", "r", 2, "cm"),
    ("\\mod_forum\\event\\post_created", "mod_forum", "created", "post", "forum_posts", "c", 2, "cm"),
    ("\\mod_resource\\event\\course_module_viewed", "mod_resource", "viewed", "course_module", "resource", "r", 2, "cm"),
    ("\\mod_assign\\event\\submission_status_viewed", "mod_assign", "viewed", "submission_status", "assign", "r", 0, "cm"),
    ("\\assignsubmission_file\\event\\submission_updated", "assignsubmission_file", "updated", "submission", "assignsubmission_file", "u", 2, "cm"),
    ("\\mod_quiz\\event\\attempt_submitted", "mod_quiz", "submitted", "attempt", "quiz_attempts", "u", 2, "cm"),
    ("\\core\\event\\user_graded", "core", "graded", "user", "grade_grades", "u", 1, "teachergrade"),
    ("\\core\\event\\user_loggedin", "core", "loggedin", "user", "user", "r", 0, "login"),
    ("\\core\\event\\user_profile_viewed", "core", "viewed", "user_profile", "user", "r", 0, "profile"),
    ("\\core\\event\\dashboard_viewed", "core", "viewed", "dashboard", "", "r", 0, "system"),
    ("\\core\\event\\user_loggedinas", "core", "loggedinas", "user", "user", "r", 0, "loginas")]
WEIGHTS = [30, 18, 5, 20, 8, 4, 6, 3, 12, 4, 10, 1]
weights = [rnd.randint(3, 50) for _ in users]
rows = []
t0 = 1767225600 + 40 * 86400  # 2026-02-10
for k in range(3000):
    u = rnd.choices(users, weights)[0]
    ev = rnd.choices(E, WEIGHTS)[0]
    name, comp, act, tgt, otab, crud, edu, kind = ev
    course = rnd.choice(list(courses))
    objectid, ctx, lvl, inst, rel, other, real, cid, actor = "", courses[course], 50, course, "", "null", "", course, u
    if kind == "cm" or kind == "teachergrade":
        cm, mctx = rnd.choice(cms[course])
        ctx, lvl, inst = mctx, 70, cm
        objectid = str(rnd.randint(1, 9000))
        other = json.dumps({"forumid": str(rnd.randint(1, 40))}) if comp == "mod_forum" else "null"
        if kind == "teachergrade":
            actor = rnd.choice(teachers); rel = str(u["id"]); ctx, lvl, inst = courses[course], 50, course
            other = json.dumps({"itemid": rnd.randint(1, 300), "overridden": False, "finalgrade": round(rnd.uniform(20, 100), 5)})
    elif kind == "login":
        objectid, ctx, lvl, inst, cid = str(u["id"]), 1, 10, 0, 0
        other = json.dumps({"username": u["username"], "extrauserinfo": []})
    elif kind == "profile":
        v = rnd.choice(users)
        objectid, rel, ctx, lvl, inst = str(v["id"]), str(v["id"]), 5000 + v["id"], 30, v["id"]
        other = json.dumps({"courseid": str(course), "courseshortname": "", "coursefullname": ""}) if rnd.random() < 0.5 else "null"
    elif kind == "system":
        ctx, lvl, inst, cid = 1, 10, 0, 0
    elif kind == "loginas":
        actor = u; real = "2"; objectid = str(u["id"]); rel = str(u["id"]); ctx, lvl, inst, cid = courses[course], 50, course, course
        other = json.dumps({"originalusername": "Admin User", "loggedinasusername": u["name"]})
    t = t0 + rnd.randint(0, 45 * 86400)
    ip = actor["ip"] if kind != "loginas" else admin["ip"]
    rows.append([t, name, comp, act, tgt, otab, objectid, crud, edu, ctx, lvl, inst, actor["id"], cid, rel, 0, other, t,
                 rnd.choices(["web", "ws", "cli"], [90, 9, 1])[0], ip, real])
rows.sort(key=lambda r: r[0])
H = ["id", "eventname", "component", "action", "target", "objecttable", "objectid", "crud", "edulevel", "contextid",
     "contextlevel", "contextinstanceid", "userid", "courseid", "relateduserid", "anonymous", "other", "timecreated",
     "origin", "ip", "realuserid"]
with open("logstore_standard_log.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(H)
    for i, r in enumerate(rows):
        w.writerow([881200 + i] + r[1:])
UH = ["id", "status", "enrolid", "userid", "timestart", "timeend", "modifierid", "timecreated", "timemodified"]
with open("user_enrolments.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(UH)
    for i, u in enumerate(rnd.sample(users, 50)):
        tc = t0 - rnd.randint(1, 30) * 86400 + rnd.randint(0, 86399)
        w.writerow([5100 + i * 3 + rnd.randint(0, 2), rnd.choice([0, 0, 0, 1]), rnd.choice([11, 14, 23, 27, 31, 38]), u["id"],
                    tc if rnd.random() < 0.7 else 0, 0 if rnd.random() < 0.8 else tc + 120 * 86400,
                    rnd.choice([2, teachers[0]["id"], teachers[1]["id"]]), tc, tc + rnd.randint(0, 5) * 86400])
L = {"id": "OTHER_UNIQUE_IDENTIFIER", "eventname": "NON_IDENTIFYING", "component": "NON_IDENTIFYING", "action": "NON_IDENTIFYING",
     "target": "NON_IDENTIFYING", "objecttable": "NON_IDENTIFYING", "objectid": "QUASI_IDENTIFIER", "crud": "NON_IDENTIFYING",
     "edulevel": "NON_IDENTIFYING", "contextid": "QUASI_IDENTIFIER", "contextlevel": "NON_IDENTIFYING", "contextinstanceid": "QUASI_IDENTIFIER",
     "userid": "OTHER_UNIQUE_IDENTIFIER", "courseid": "NON_IDENTIFYING", "relateduserid": "OTHER_UNIQUE_IDENTIFIER",
     "anonymous": "NON_IDENTIFYING", "other": "FREE_TEXT", "timecreated": "DATE", "origin": "NON_IDENTIFYING", "ip": "IP_ADDRESS",
     "realuserid": "OTHER_UNIQUE_IDENTIFIER"}
U = {"id": "OTHER_UNIQUE_IDENTIFIER", "status": "NON_IDENTIFYING", "enrolid": "NON_IDENTIFYING", "userid": "OTHER_UNIQUE_IDENTIFIER",
     "timestart": "DATE", "timeend": "DATE", "modifierid": "OTHER_UNIQUE_IDENTIFIER", "timecreated": "DATE", "timemodified": "DATE"}
cols = {"logstore_standard_log." + h: L[h] for h in H}
cols.update({"user_enrolments." + h: U[h] for h in UH})
gold = {"dataset": "moodle-logs",
        "description": "Invented Moodle logstore_standard_log (3000 rows, 110 users 3-50 events each, 6 courses, Unix-second times, JSON 'other' with usernames and full names on login/login-as events) and 50 mdl_user_enrolments rows, without mdl_user. objectid, contextid and contextinstanceid are QUASI_IDENTIFIER: mostly module/post/context ids, but on user-profile views (about 4% of rows, context level 30) they hold the viewed user's id or a user context; 'other' is FREE_TEXT (it carries usernames and names); realuserid is the admin's id on login-as rows",
        "delimiter": ",", "entity": "logstore_standard_log", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

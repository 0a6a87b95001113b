#!/usr/bin/env python3
"""Writes easychair-reviews: an invented conference's management export in the shape of EasyChair's CSV downloads
(seeded, stdlib only). submission: 230 papers (`#`, `track #`, `track name`, `title`, `authors` as one cell
`A, B and C`, `submitted`/`last updated` `2026-03-14 18:22`, `keywords` one per line, `decision`, `notified`,
`reviews sent`, `abstract`). author: 773 rows, one per author of a paper (`submission #` referring to submission,
`first name`, `last name`, `email`, `country`, `affiliation`, `Web page`, `person #`, `corresponding?`). review: 735
reviews (`#`, `submission #`, `member #` referring to committee, `member name`, `number`, `version`, subreviewer's
`reviewer first name` / `reviewer last name` / `reviewer email` (empty when the member reviewed), `text` (free text,
some naming authors or their earlier papers), `overall evaluation` -3..3, `reviewer's confidence` 1..5,
`total score`, `date`, `time`, `attitude`). committee: 36 programme committee members (`#`, `person #`,
`first name`, `last name`, `email`, `country`, `affiliation`, `Web page`, `role`).
Deliberate coincidences: keywords named after people (Markov chains, Bayesian inference, Nash equilibria, Gaussian
processes, Turing completeness) beside the surnames Markov, Nash and Turing among the authors; the affiliation
`Carnegie Mellon University` beside the surname Mellon."""
import csv, json, random, datetime
rnd = random.Random(540303)
GIVEN = ["Ana", "Wei", "John", "Maria", "Yuki", "Rahul", "Priya", "Lukas", "Sophie", "Ahmed", "Fatima", "Jun", "Min-jun",
         "Olga", "Dmitri", "Pierre", "Camille", "Giulia", "Marco", "Sven", "Ingrid", "Tomasz", "Katarzyna", "Joao",
         "Beatriz", "Kwame", "Amara", "Hiroshi", "Mei", "Xiaoling", "Arjun", "Elena", "Daniel", "Rebecca", "Thomas",
         "Laura", "Omar", "Leila", "Nikolai", "Hannah"]
FAMILY = ["Silva", "Zhang", "Smith", "Garcia", "Tanaka", "Sharma", "Iyer", "Becker", "Dubois", "Hassan", "Rahman",
          "Liu", "Park", "Ivanova", "Petrov", "Lefebvre", "Moreau", "Rossi", "Bianchi", "Lindgren", "Nilsson",
          "Wisniewski", "Kowalczyk", "Santos", "Oliveira", "Mensah", "Okoye", "Sato", "Chen", "Wang", "Gupta", "Popescu",
          "Cohen", "Schwartz", "O'Neill", "Markov", "Nash", "Turing", "Mellon", "Van den Broeck", "Fernández-López"]
AFFS = [("Carnegie Mellon University", "United States", "cmu.edu"), ("ETH Zürich", "Switzerland", "ethz.ch"),
        ("Tsinghua University", "China", "tsinghua.edu.cn"), ("University of Tokyo", "Japan", "u-tokyo.ac.jp"),
        ("IIT Bombay", "India", "iitb.ac.in"), ("Inria", "France", "inria.fr"), ("TU München", "Germany", "tum.de"),
        ("University of Cambridge", "United Kingdom", "cam.ac.uk"), ("KAIST", "Korea, Republic of", "kaist.ac.kr"),
        ("Universidade de São Paulo", "Brazil", "usp.br"), ("Politecnico di Milano", "Italy", "polimi.it"),
        ("KTH Royal Institute of Technology", "Sweden", "kth.se"), ("University of Warsaw", "Poland", "uw.edu.pl"),
        ("University of Ghana", "Ghana", "ug.edu.gh"), ("Google DeepMind", "United Kingdom", "google.com"),
        ("Microsoft Research", "United States", "microsoft.com"), ("KU Leuven", "Belgium", "kuleuven.be"),
        ("Technion", "Israel", "technion.ac.il"), ("University of Toronto", "Canada", "utoronto.ca"),
        ("Universidad Politécnica de Madrid", "Spain", "upm.es")]
TOPICS = ["Markov chains", "Bayesian inference", "Nash equilibria", "Gaussian processes", "Turing completeness",
          "graph neural networks", "program synthesis", "differential privacy", "federated learning",
          "model checking", "SAT solving", "reinforcement learning", "causal inference", "type systems",
          "knowledge graphs", "probabilistic programming", "explainability", "robustness", "mechanism design",
          "answer set programming"]
TITLE = ["Scalable {} for {}", "On the Complexity of {} under {}", "Learning {} with {}", "Towards Certified {} via {}",
         "Revisiting {}: Lessons from {}", "A Unified View of {} and {}", "{} Meets {}: A Case Study"]
people = {}

def person():
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    key = (g, f)
    if key not in people:
        aff, country, dom = rnd.choice(AFFS)
        email = "%s.%s@%s" % (g.lower().replace("-", ""), f.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("é", "e").replace("ó", "o"), dom)
        if rnd.random() < 0.2: email = "%s%s@gmail.com" % (g[0].lower(), f.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("é", "e").replace("ó", "o"))
        web = rnd.choice(["", "", "https://%s/~%s" % (dom, f.lower().replace(" ", "").replace("'", "")), "https://%s%s.github.io" % (g.lower()[0], f.lower().replace(" ", "").replace("'", ""))])
        people[key] = [len(people) * 7 + 1031, g, f, email, country, aff, web]
    return people[key]

def when(d0):
    return d0 + datetime.timedelta(days=rnd.randint(0, 20), minutes=rnd.randint(0, 1439))

subs, authors = [], []
for n in range(1, 231):
    k = rnd.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
    aus = []
    while len(aus) < k:
        p = person()
        if p not in aus: aus.append(p)
    names = ["%s %s" % (p[1], p[2]) for p in aus]
    authors_cell = names[0] if k == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    kw = rnd.sample(TOPICS, rnd.choice([2, 3, 4, 5]))
    t1, t2 = rnd.sample(kw if len(kw) > 1 else TOPICS, 2)
    title = rnd.choice(TITLE).format(t1[0].upper() + t1[1:], t2)
    sub = when(datetime.datetime(2026, 2, 1, 0, 0)); upd = sub + datetime.timedelta(minutes=rnd.randint(0, 9000))
    withdrawn = rnd.random() < 0.03
    dec = "" if withdrawn else rnd.choice(["ACCEPT"] * 5 + ["REJECT"] * 12 + ["ACCEPT (poster)"] * 2 + ["ACCEPT (short)"])
    abstract = ("We study %s in the setting of %s. Building on the framework of %s et al., we show that %s admits a "
                "polynomial-time algorithm and evaluate it on %d benchmarks." % (t1, t2, rnd.choice(FAMILY), t1, rnd.randint(5, 40)))
    track = rnd.choice([(1, "Main Track"), (1, "Main Track"), (1, "Main Track"), (2, "Demos"), (3, "Doctoral Consortium")])
    subs.append([str(n), str(track[0]), track[1], title, authors_cell, sub.strftime("%Y-%m-%d %H:%M"),
                 upd.strftime("%Y-%m-%d %H:%M"), "\n".join(kw), "Withdrawn" if withdrawn else dec,
                 "no" if withdrawn else "yes", "no" if withdrawn else "yes", abstract])
    corr = rnd.randrange(k)
    for j, p in enumerate(aus):
        authors.append([str(n), p[1], p[2], p[3], p[4], p[5], p[6], str(p[0]), "✔" if j == corr else ""])
pc = []
for m in range(1, 37):
    while True:
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        if (g, f) not in [(x[2], x[3]) for x in pc]: break
    aff, country, dom = rnd.choice(AFFS)
    role = "chair" if m <= 2 else "senior PC member" if m <= 8 else "PC member"
    pc.append([str(m), str(50000 + m * 13), g, f, "%s.%s@%s" % (g.lower(), f.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("é", "e").replace("ó", "o"), dom), country, aff,
               rnd.choice(["", "https://%s/people/%s" % (dom, f.lower().replace(" ", "-"))]), role])
PHRASES = ["The paper is well written and the problem is relevant.", "The experimental section is weak: only %d benchmarks.",
           "The related work misses several recent results on %s.", "I am not convinced the main theorem holds as stated.",
           "The proofs in the appendix are careful and I checked Lemma 3.", "Minor: typos on page %d."]
reviews = []
rid = 0
by_sub = {}
for a in authors: by_sub.setdefault(a[0], []).append(a)
for s in subs:
    if s[8] == "Withdrawn": continue
    for num in range(1, rnd.choice([3, 3, 3, 4]) + 1):
        rid += 1
        m = rnd.choice(pc)
        sub_rev = rnd.random() < 0.25
        sg, sf = (rnd.choice(GIVEN), rnd.choice(FAMILY)) if sub_rev else ("", "")
        se = ("%s.%s@%s" % (sg.lower(), sf.lower().replace(" ", "").replace("'", "").replace("á", "a").replace("é", "e").replace("ó", "o"), rnd.choice(AFFS)[2])) if sub_rev else ""
        txt = " ".join(p % (rnd.randint(2, 12) if "%d" in p else rnd.choice(TOPICS)) if "%" in p else p
                       for p in rnd.sample(PHRASES, 3))
        a0 = rnd.choice(by_sub[s[0]])
        r = rnd.random()
        if r < 0.15:
            txt += " This looks like an incremental extension of %s's earlier work with %s." % (a0[2], rnd.choice(by_sub[s[0]])[1] + " " + rnd.choice(by_sub[s[0]])[2])
        elif r < 0.22:
            txt += " The anonymity is broken: the GitHub link points to %s%s.github.io." % (a0[1].lower()[0], a0[2].lower().replace(" ", "").replace("'", ""))
        elif r < 0.27:
            txt += " I discussed this with my student %s %s, who co-reviewed." % (rnd.choice(GIVEN), rnd.choice(FAMILY))
        ov = rnd.choice([-3, -2, -2, -1, -1, 0, 1, 1, 2, 3]); conf = rnd.choice([1, 2, 3, 3, 4, 4, 5])
        d = datetime.datetime(2026, 4, 1) + datetime.timedelta(days=rnd.randint(0, 27), minutes=rnd.randint(0, 1439))
        reviews.append([str(rid), s[0], m[0], "%s %s" % (m[2], m[3]), str(num), str(rnd.choice([1, 1, 1, 2])), sg, sf, se,
                        txt, str(ov), str(conf), str(ov), d.strftime("%Y-%m-%d"), d.strftime("%H:%M"),
                        rnd.choice(["", "", "", "2", "1", "0"])])
H1 = ["#", "track #", "track name", "title", "authors", "submitted", "last updated", "keywords", "decision", "notified",
      "reviews sent", "abstract"]
# the submission number names a paper (a thing), as a library's book id does: relabelled NON_IDENTIFYING by the
# lead after the first run (see BREAKER54-REPORT.md, "Lead's note")
L1 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "DATE", "DATE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"]
H2 = ["submission #", "first name", "last name", "email", "country", "affiliation", "Web page", "person #", "corresponding?"]
L2 = ["NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
      "URL", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"]
H3 = ["#", "submission #", "member #", "member name", "number", "version", "reviewer first name", "reviewer last name",
      "reviewer email", "text", "overall evaluation", "reviewer's confidence", "total score", "date", "time", "attitude"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING"]
H4 = ["#", "person #", "first name", "last name", "email", "country", "affiliation", "Web page", "role"]
L4 = ["QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING",
      "QUASI_IDENTIFIER", "URL", "NON_IDENTIFYING"]
for name, head, data in (("submission", H1, subs), ("author", H2, authors), ("review", H3, reviews), ("committee", H4, pc)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {}
for t, H, L in (("submission", H1, L1), ("author", H2, L2), ("review", H3, L3), ("committee", H4, L4)):
    cols.update({t + "." + h: l for h, l in zip(H, L)})
gold = {"dataset": "easychair-reviews",
        "description": "Invented conference management export in EasyChair's CSV shape: 230 submissions (title, authors 'A, B and C' in one cell, keywords one per line, decision, abstract), 773 author rows (first/last name, email, country, affiliation, Web page, person # repeating across papers), 735 reviews (PC member, subreviewer first/last name and email, free-text review sometimes naming authors, overall evaluation, confidence, date, time) and 36 committee members. Coincidences: keywords Markov chains / Nash equilibria / Turing completeness beside the surnames Markov, Nash, Turing; Carnegie Mellon University beside the surname Mellon",
        "delimiter": ",", "entity": "submission", "columns": cols,
        "foreignKeys": [{"column": "author.submission #", "references": "submission.#"},
                        {"column": "review.submission #", "references": "submission.#"},
                        {"column": "review.member #", "references": "committee.#"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

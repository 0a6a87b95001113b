#!/usr/bin/env python3
"""Writes dna-matches: an invented genetic-genealogy project export (GEDmatch one-to-many / FTDNA Family Finder /
MyHeritage style columns), ',' separated (seeded, stdlib only). testers (12 kits of one family project: kit numbers
A123456 / T987654 / M... / H..., name, email, sex, testing company, Y and mtDNA haplogroups, upload date), matches
(~2,600 rows: per tester the matching kits, a pool of ~1,300 people so the same match appears for several testers,
match name (full name, initial+surname or alias), email, shared cM, longest block, shared segments, generations,
estimated relationship (vocabulary), haplogroups (vocabulary shared by many), ancestral surnames (semicolon list),
tree URL, X-match, match date, tester's notes naming relatives) and segments (~2,000 rows of the chromosome browser:
Chr, Start, End in GRCh37 bp, cM, SNPs). Coincidences: haplogroups 'J', 'K', 'T2b' beside kits and initials; ancestral
surnames equal to match and tester surnames; the surname 'Jordan' and the given name 'Hunter'."""
import csv, json, random, datetime
rnd = random.Random(44202)
GIVEN = ["Linda", "Barbara", "Carol", "Sharon", "Donna", "Debra", "Patricia", "Karen", "Nancy", "Janet", "Robert", "James",
         "William", "Richard", "Gary", "Larry", "Dennis", "Jerry", "Terry", "Roger", "Wayne", "Hunter", "Brittany", "Tyler",
         "Kayla", "Austin", "Megan", "Dakota", "Cheyenne", "Dale", "Glenn", "Marilyn", "Judith", "Shirley", "Loretta"]
FAMILY = ["Brandt", "Kessler", "Hoffmeyer", "McAllister", "Doherty", "Callahan", "Pruett", "Blevins", "Stidham", "Caudill",
          "Jordan", "Lambert", "Whitaker", "Yoder", "Troyer", "Hostetler", "Schrock", "Fairchild", "Haskins", "Osterhout",
          "Van Meter", "Delacroix", "Thibodeaux", "Boudreaux", "Fontenot", "Lindgren", "Sandquist", "Nyberg", "Kowalczyk",
          "Novak", "Hollingsworth", "Pennington", "Gentry", "Sizemore", "Napier", "Combs", "Hatfield", "McCoy", "Ritchie",
          "Ledford", "Tackett", "Mullins"]
ALIASES = ["dnahunter77", "RootsDigger", "grannysgenes", "Kentucky Gal", "MaryAnnK", "famtree_bob", "OzarkRoots",
           "Cajun_Cousin", "nordic.lines", "SearchingForDad", "adoptee1962", "genie_jo", "hollowcreek", "BlueGrassKin"]
YHAP = ["R-M269", "R-L21", "R-U106", "R-P312", "R-DF27", "I-M253", "I-M223", "I-P37", "E-V13", "J-M172", "G-M201",
        "R-M417", "N-M231", "Q-M242", "R-Z2103", "I1", "R1b", "R1a"]
MTHAP = ["H", "H1", "H1a1", "H3", "H5", "HV0", "J", "J1c", "K", "K1a", "T2", "T2b", "U5", "U5b1", "U4", "V", "W", "X2b",
         "I", "A2", "B2", "C1"]
RELS = [(2400, 3700, "Parent/Child", 1.0), (2200, 3400, "Full Sibling", 1.3), (1300, 2300, "Half Sibling/Grandparent/Aunt/Uncle", 2.0),
        (550, 1300, "1st Cousin", 2.8), (200, 620, "1st Cousin Once Removed - 2nd Cousin", 3.3), (75, 360, "2nd Cousin - 3rd Cousin", 3.9),
        (30, 120, "3rd Cousin - 4th Cousin", 4.5), (15, 60, "4th Cousin - Remote Cousin", 5.2), (7, 25, "5th Cousin - Remote Cousin", 5.9)]
RW = [1, 1, 2, 5, 8, 20, 60, 120, 160]
COMPANIES = ["AncestryDNA", "23andMe", "FTDNA", "MyHeritage", "LivingDNA"]
PREFIX = {"AncestryDNA": "A", "23andMe": "H", "FTDNA": "T", "MyHeritage": "M", "LivingDNA": "L"}
def d(x):
    return x.isoformat()
def day(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
kits = set()
def kit(company):
    while True:
        k = "%s%06d" % (PREFIX[company], rnd.randint(100000, 999999))
        if k not in kits:
            kits.add(k); return k
# testers: siblings, cousins, aunt of one family
fam_surnames = ["Brandt", "Kessler", "Caudill", "Jordan", "Brandt", "Stidham", "Kessler", "Brandt", "Yoder", "Caudill", "Jordan", "Lambert"]
testers = []
for i in range(12):
    comp = rnd.choice(COMPANIES)
    g = rnd.choice(GIVEN); f = fam_surnames[i]
    sex = "F" if g in GIVEN[:10] + ["Brittany", "Kayla", "Megan", "Cheyenne", "Marilyn", "Judith", "Shirley", "Loretta"] else "M"
    testers.append([kit(comp), "%s %s" % (g, f), "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "aol.com", "yahoo.com", "comcast.net"])),
                    sex, comp, d(day(datetime.date(2017, 1, 1), datetime.date(2025, 12, 31))),
                    rnd.choice(YHAP) if sex == "M" else "", rnd.choice(MTHAP), str(rnd.randint(1938, 1995)),
                    rnd.choice(["Paternal Brandt line", "Maternal Caudill line", "Both sides", "Unknown - adoptee search"]),
                    "%s %s" % (rnd.choice(GIVEN), f)])
# pool of match people
pool = []
for i in range(1300):
    comp = rnd.choices(COMPANIES, [50, 15, 15, 15, 5])[0]
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    shape = rnd.random()
    name = "%s %s" % (g, f) if shape < 0.6 else "%s. %s" % (g[0], f) if shape < 0.8 else "%s %s %s" % (g, rnd.choice(GIVEN)[0], f) if shape < 0.92 else rnd.choice(ALIASES) + ("" if rnd.random() < 0.5 else str(rnd.randint(2, 99)))
    email = "" if rnd.random() < 0.1 else rnd.choice(["%s%s%d@gmail.com", "%s.%s@aol.com", "%s_%s%d@yahoo.com", "%s%s@hotmail.com"]).replace("%d", str(rnd.randint(1, 1999))) % (g.lower(), f.lower().replace(" ", ""))
    surn = "; ".join(sorted(set([f] + rnd.sample(FAMILY, rnd.randint(0, 6))))) if rnd.random() < 0.7 else ""
    tree = rnd.choice([
        "https://www.ancestry.com/family-tree/tree/%d/family" % rnd.randint(10000000, 199999999),
        "https://www.wikitree.com/wiki/%s-%d" % (f.replace(" ", "_"), rnd.randint(1, 9999)),
        "https://www.familysearch.org/tree/person/details/%s-%s" % ("".join(rnd.choice("BCDFGHJKLMNPQRSTVWXZ0123456789") for _ in range(4)), "".join(rnd.choice("BCDFGHJKLMNPQRSTVWXZ0123456789") for _ in range(3))),
        "https://www.myheritage.com/site-family-tree-%d/%s" % (rnd.randint(100000000, 999999999), f.lower().replace(" ", "-")),
        "", ""])
    sex = rnd.choice("MF")
    pool.append([kit(comp), name, email, sex, comp, rnd.choice(YHAP) if sex == "M" and rnd.random() < 0.4 else "",
                 rnd.choice(MTHAP) if rnd.random() < 0.5 else "", surn, tree])
matches, segments = [], []
for t in testers:
    n = rnd.randint(150, 280)
    for p in rnd.sample(pool, n):
        lo, hi, rel, gen = rnd.choices(RELS, RW)[0]
        cm = round(rnd.uniform(lo, hi), 1)
        nseg = max(1, min(int(cm / rnd.uniform(9, 30)) + 1, 60))
        longest = round(min(cm, rnd.uniform(cm / nseg, min(cm, 280))), 1)
        if nseg == 1:
            longest = cm
        when = day(datetime.date(2018, 1, 1), datetime.date(2026, 11, 30))
        note = rnd.choice([""] * 8 + ["Paternal - through Grandpa %s %s" % (rnd.choice(GIVEN), t[1].split()[-1]),
                                     "Emailed %s; no reply" % d(when), "Triangulates with %s on chr %d" % (rnd.choice(pool)[1], rnd.randint(1, 22)),
                                     "Shared match with Aunt %s" % rnd.choice(GIVEN), "Possible NPE - ask Mom", "Manages 4 kits incl. her mother"])
        matches.append([t[0], p[0], p[1], p[2], p[3], p[4], "%.1f" % cm, "%.1f" % longest, str(nseg), "%.1f" % (gen + rnd.uniform(-0.3, 0.3)), rel,
                        p[5], p[6], p[7], p[8], rnd.choice(["", "", "", "X"]), d(when), note])
        if rnd.random() < 0.5 or cm > 200:
            for s in range(min(nseg, 3 if cm < 200 else 6)):
                chrom = rnd.choice(list(range(1, 23)) + ["X"] if True else [])
                start = rnd.randint(750000, 220000000)
                scm = longest if s == 0 else round(rnd.uniform(7, max(7.5, longest)), 2)
                end = start + int(scm * rnd.uniform(0.8e6, 1.4e6))
                segments.append([t[0], p[0], p[1], str(chrom), str(start), str(end), "%.2f" % scm, str(int(scm * rnd.uniform(90, 260)))])
H1 = ["Kit Number", "Tester Name", "Email", "Sex", "Testing Company", "Upload Date", "Y Haplogroup", "mtDNA Haplogroup",
      "Birth Year", "Research Focus", "Kit Manager"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NAME"]
H2 = ["Kit Number", "Match Kit", "Match Name", "Match Email", "Sex", "Testing Company", "Shared cM", "Longest Block",
      "Shared Segments", "Gen", "Estimated Relationship", "Y Haplogroup", "mtDNA Haplogroup", "Ancestral Surnames", "Tree",
      "X-Match", "Match Date", "Notes"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "FAMILY_NAME", "URL", "NON_IDENTIFYING", "DATE", "FREE_TEXT"]
H3 = ["Kit Number", "Match Kit", "Match Name", "Chr", "Start", "End", "cM", "SNPs"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rows in (("testers", H1, testers), ("matches", H2, matches), ("segments", H3, segments)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"testers." + h: l for h, l in zip(H1, L1)}
cols.update({"matches." + h: l for h, l in zip(H2, L2)})
cols.update({"segments." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "dna-matches",
        "description": "Invented genetic-genealogy project export (GEDmatch/FTDNA/MyHeritage-style), ',': %d testers (kit numbers A123456/T987654, name, email, haplogroups, birth year, kit manager), %d match rows (match kit, name or alias, email, shared cM, longest block, segments, relationship vocabulary, haplogroups, ancestral surnames list, tree URL, match date, notes naming relatives), %d chromosome-browser segments (Chr, Start, End, cM, SNPs)" % (len(testers), len(matches), len(segments)),
        "delimiter": ",", "entity": "testers", "columns": cols,
        "foreignKeys": [{"column": "matches.Kit Number", "references": "testers.Kit Number"},
                        {"column": "segments.Kit Number", "references": "testers.Kit Number"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

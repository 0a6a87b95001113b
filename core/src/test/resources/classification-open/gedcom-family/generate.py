#!/usr/bin/env python3
"""Writes gedcom-tree (or, with argument 12, gedcom-family: one couple, 14 people): an invented family tree exported from GEDCOM 5.5.1 to
CSV tables (seeded, stdlib only). individuals.csv uses GEDCOM tag paths as headers (XREF @I123@, NAME 'Patrick
/O'Sullivan/', GIVN, SURN, SEX, BIRT.DATE in GEDCOM form 'ABT 1872', 'BEF 12 MAR 1901', '12 MAR 1901', 'BET 1860 AND
1865', BIRT.PLAC 'Cork, County Cork, Ireland', DEAT.DATE/PLAC, BURI.PLAC, OCCU, RELI, FAMC, FAMS, NOTE, _UID, CHAN.DATE),
families.csv (HUSB, WIFE, MARR.DATE/PLAC, DIV, NCHI), children.csv (FAM, CHIL, PEDI), sources.csv and citations.csv
(TEXT transcriptions naming people). Coincidences: the surname Cork beside the town Cork, the given name Kerry beside
County Kerry, the occupation Farmer beside the surname Farmer."""
import csv, json, random, sys, uuid, datetime
SMALL = len(sys.argv) > 1 and sys.argv[1] == "12"
rnd = random.Random(31012 if SMALL else 31002)
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MALE = ["Patrick", "John", "Michael", "Thomas", "James", "Daniel", "Timothy", "Denis", "Cornelius", "Jeremiah", "William",
        "Bartholomew", "Florence", "Eugene", "Francis", "Joseph", "Peter", "Edward", "Martin", "Owen", "Kerry", "Hugh"]
FEMALE = ["Mary", "Margaret", "Bridget", "Catherine", "Ellen", "Johanna", "Hanora", "Julia", "Anne", "Elizabeth",
          "Abigail", "Nora", "Kate", "Eileen", "Sarah", "Winifred", "Agnes", "Kerry", "Honora", "Teresa"]
FAMILY = ["O'Sullivan", "Murphy", "McCarthy", "O'Brien", "Walsh", "O'Connor", "Crowley", "Cronin", "O'Donovan",
          "Buckley", "Desmond", "Lynch", "Mahony", "Hurley", "Kelleher", "Cork", "Farmer", "Scanlon", "Twomey",
          "Fitzgerald", "Leahy", "Coughlan", "Hegarty", "Barry", "Collins", "Daly", "Sheehan", "Healy", "Moynihan", "Cotter"]
PLACES = ["Cork, County Cork, Ireland", "Skibbereen, County Cork, Ireland", "Bantry, County Cork, Ireland",
          "Macroom, County Cork, Ireland", "Kenmare, County Kerry, Ireland", "Killarney, County Kerry, Ireland",
          "Tralee, County Kerry, Ireland", "Clonakilty, County Cork, Ireland", "Boston, Suffolk, Massachusetts, USA",
          "South Boston, Suffolk, Massachusetts, USA", "Butte, Silver Bow, Montana, USA", "Liverpool, Lancashire, England",
          "Dunmanway, County Cork, Ireland", "Castletownbere, County Cork, Ireland", "Brooklyn, Kings, New York, USA"]
CEMS = ["St. Finbarr's Cemetery, Cork", "Abbeystrewery Cemetery, Skibbereen", "Mount Calvary Cemetery, Roslindale",
        "Holy Cross Cemetery, Butte", "Aghadoe Cemetery, Killarney", "Kilcrohane Old Graveyard"]
OCC = ["Farmer", "Farmer", "Labourer", "Farm labourer", "Fisherman", "Shopkeeper", "Publican", "Domestic servant",
       "National school teacher", "Blacksmith", "Dressmaker", "Copper miner", "Longshoreman", "Policeman", "Nurse", ""]
SRC = [("@S1@", "Catholic Parish Registers, Diocese of Cork and Ross", "National Library of Ireland", "Microfilm 04792"),
       ("@S2@", "1901 Census of Ireland", "National Archives of Ireland", "Online edition"),
       ("@S3@", "1911 Census of Ireland", "National Archives of Ireland", "Online edition"),
       ("@S4@", "Civil Registration Index, Births", "General Register Office", "Dublin"),
       ("@S5@", "Massachusetts Death Records 1841-1915", "Massachusetts Archives", "Boston"),
       ("@S6@", "Passenger Lists of Vessels Arriving at Boston", "NARA", "Microfilm M277"),
       ("@S7@", "Tithe Applotment Books 1823-1837", "National Archives of Ireland", "Online edition"),
       ("@S8@", "Griffith's Valuation", "askaboutireland.ie", "Online"),
       ("@S9@", "Family bible of Denis Crowley", "private collection", "Photographs 2019"),
       ("@S10@", "Montana County Marriages 1865-1950", "FamilySearch", "Online")]
def gdate(y, exact_from=1864):
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    r = rnd.random()
    if y >= exact_from and r < 0.6:
        return "%d %s %d" % (d, MON[m - 1], y)
    if r < 0.25:
        return "ABT %d" % y
    if r < 0.35:
        return "BEF %d %s %d" % (d, MON[m - 1], y)
    if r < 0.45:
        return "%s %d" % (MON[m - 1], y)
    if r < 0.52:
        return "BET %d AND %d" % (y - 2, y + 3)
    if r < 0.58:
        return "EST %d" % y
    if r < 0.64:
        return "AFT %d" % y
    if r < 0.7:
        return "CAL %d" % y
    return "%d" % y
people, fams, kids = [], [], []
def person(sex, by, sur=None, famc=""):
    i = len(people) + 1
    g = rnd.choice(MALE if sex == "M" else FEMALE)
    if rnd.random() < 0.3:
        g += " " + rnd.choice(MALE if sex == "M" else FEMALE)
    s = sur or rnd.choice(FAMILY)
    p = dict(x="@I%d@" % i, g=g, s=s, sex=sex, by=by, famc=famc, fams="")
    people.append(p)
    return p
def family(h, w, y, depth):
    f = "@F%d@" % (len(fams) + 1)
    h["fams"] = h["fams"] or f; w["fams"] = w["fams"] or f
    n = rnd.randint(1, 3) if SMALL else rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, 8])
    ch = []
    for k in range(n):
        c = person(rnd.choice("MF"), y + 1 + 2 * k + rnd.randint(0, 1), h["s"], f)
        ch.append(c)
        kids.append([f, c["x"], rnd.choice(["birth"] * 12 + ["adopted", "foster"])])
    fams.append(dict(x=f, h=h["x"], w=w["x"], y=y, n=n))
    if depth > 0:
        for c in ch:
            if c["by"] < 1960 and rnd.random() < (0.9 if SMALL else 0.6):
                sp = person("F" if c["sex"] == "M" else "M", c["by"] + rnd.randint(-4, 4))
                hu, wi = (c, sp) if c["sex"] == "M" else (sp, c)
                family(hu, wi, c["by"] + rnd.randint(20, 32), depth - 1)
roots = 1 if SMALL else 22
for r in range(roots):
    y = rnd.randint(1810, 1850) if not SMALL else 1868
    h = person("M", y); w = person("F", y + rnd.randint(-3, 6))
    family(h, w, y + rnd.randint(22, 30), 1 if SMALL else 4)
    if not SMALL and len(people) > 900:
        break
rows, cites = [], []
for p in people:
    by = p["by"]
    alive = by > 1935 and rnd.random() < 0.8
    dy = None if alive else min(by + rnd.randint(1, 95), 2024)
    bplac = rnd.choice(PLACES[:8] + PLACES[12:14]) if by < 1880 else rnd.choice(PLACES)
    note = rnd.choice(["", "", "", "", "Emigrated to Boston on the Cephalonia, %d, with brother %s." % (by + 19, rnd.choice(MALE)),
                       "Known as '%s' in the family. Information from cousin %s %s, 2018." % (p["g"].split()[0][:3] + "ie", rnd.choice(FEMALE), rnd.choice(FAMILY)),
                       "Sponsors at baptism: %s %s and %s %s." % (rnd.choice(MALE), rnd.choice(FAMILY), rnd.choice(FEMALE), rnd.choice(FAMILY)),
                       "Twin of %s." % rnd.choice(MALE + FEMALE), "Died in the influenza epidemic.",
                       "Lived at Gortnakilla, Coomhola with widowed mother."])
    rows.append([p["x"], "%s /%s/" % (p["g"], p["s"]), p["g"], p["s"], rnd.choice(["", "", "", "", "", "", "Rev.", "Dr.", "Sr."]) if by < 1930 else "",
                 p["sex"], gdate(by), bplac, gdate(by, 1864) if rnd.random() < 0.4 and by < 1950 else "",
                 gdate(dy) if dy else "", rnd.choice(PLACES) if dy and rnd.random() < 0.7 else "",
                 rnd.choice(CEMS) if dy and rnd.random() < 0.4 else "", rnd.choice(OCC) if by < 1990 else "",
                 rnd.choice(["Roman Catholic"] * 8 + ["Church of Ireland", ""]), p["famc"], p["fams"],
                 "" if not alive else "privacy", note, str(uuid.UUID(int=rnd.getrandbits(128))).replace("-", "").upper(),
                 "%d %s %d" % (rnd.randint(1, 28), MON[rnd.randint(0, 11)], rnd.randint(2015, 2025))])
    for _ in range(rnd.choice([0, 1, 1, 2])):
        s = rnd.choice(SRC)
        ev = rnd.choice(["BIRT", "BAPM", "DEAT", "RESI", "IMMI"])
        text = rnd.choice(["", "Baptised %s, son/daughter of %s %s and %s %s; sponsors %s %s, %s %s" % (p["g"], rnd.choice(MALE), p["s"], rnd.choice(FEMALE), rnd.choice(FAMILY), rnd.choice(MALE), rnd.choice(FAMILY), rnd.choice(FEMALE), rnd.choice(FAMILY)),
                           "House 14 in Gortnakilla (Coomhola, Cork): %s %s, head, %s" % (p["g"], p["s"], rnd.choice(OCC) or "Farmer"),
                           "%s %s, age %d, arrived from Queenstown" % (p["g"], p["s"], rnd.randint(16, 30))])
        cites.append([p["x"], s[0], ev, "Vol. %d, p. %d, entry %d" % (rnd.randint(1, 12), rnd.randint(1, 300), rnd.randint(1, 40)),
                      str(rnd.choice([1, 2, 2, 3, 3])), text])
frows = []
for f in fams:
    frows.append([f["x"], f["h"], f["w"], gdate(f["y"]) if rnd.random() < 0.85 else "",
                  rnd.choice(PLACES) if rnd.random() < 0.7 else "", "Y" if rnd.random() < 0.03 else "", str(f["n"]),
                  "%d %s %d" % (rnd.randint(1, 28), MON[rnd.randint(0, 11)], rnd.randint(2015, 2025))])
srows = [[s[0], s[1], s[2], s[3], rnd.choice(["@R1@", "@R2@", "@R3@"])] for s in SRC]
used = {c[1] for c in cites}
if SMALL:
    srows = [s for s in srows if s[0] in used]
H = {"individuals": ["XREF", "NAME", "GIVN", "SURN", "NPFX", "SEX", "BIRT.DATE", "BIRT.PLAC", "CHR.DATE", "DEAT.DATE", "DEAT.PLAC",
                     "BURI.PLAC", "OCCU", "RELI", "FAMC", "FAMS", "RESN", "NOTE", "_UID", "CHAN.DATE"],
     "families": ["XREF", "HUSB", "WIFE", "MARR.DATE", "MARR.PLAC", "DIV", "NCHI", "CHAN.DATE"],
     "children": ["FAM", "CHIL", "PEDI"],
     "sources": ["XREF", "TITL", "AUTH", "PUBL", "REPO"],
     "citations": ["INDI", "SOUR", "EVENT", "PAGE", "QUAY", "DATA.TEXT"]}
L = {"individuals": ["OTHER_UNIQUE_IDENTIFIER", "NAME", "GIVEN_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE_OF_BIRTH",
                     "CITY", "DATE", "DATE", "CITY", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER",
                     "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT", "OTHER_UNIQUE_IDENTIFIER", "DATE"],
     "families": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "CITY", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "DATE"],
     "children": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"],
     "sources": ["NON_IDENTIFYING"] * 5,
     "citations": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "FREE_TEXT"]}
R = {"individuals": rows, "families": frows, "children": kids, "sources": srows, "citations": cites}
cols = {}
for t in H:
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(R[t])
    cols.update({t + "." + h: l for h, l in zip(H[t], L[t])})
name = "gedcom-family" if SMALL else "gedcom-tree"
gold = {"dataset": name,
        "description": "Invented Irish-American family tree, GEDCOM 5.5.1 converted to CSV with tag-path headers, ',': %d individuals (@I1@ xrefs, NAME with /surname/, GEDCOM dates ABT/BEF/BET/EST/CAL, places 'Cork, County Cork, Ireland', births from the 1810s), %d families, %d child links, %d sources, %d citations with transcriptions naming people" % (len(rows), len(frows), len(kids), len(srows), len(cites)),
        "delimiter": ",", "entity": "individuals", "columns": cols,
        "foreignKeys": [{"column": "individuals.FAMC", "references": "families.XREF"},
                        {"column": "individuals.FAMS", "references": "families.XREF"},
                        {"column": "families.HUSB", "references": "individuals.XREF"},
                        {"column": "families.WIFE", "references": "individuals.XREF"},
                        {"column": "children.FAM", "references": "families.XREF"},
                        {"column": "children.CHIL", "references": "individuals.XREF"},
                        {"column": "citations.INDI", "references": "individuals.XREF"},
                        {"column": "citations.SOUR", "references": "sources.XREF"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

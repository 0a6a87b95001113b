#!/usr/bin/env python3
"""Writes race-results: an invented results export of a fictional US city marathon in the shape of the timing
companies' CSV downloads (seeded, stdlib only). results: 3,240 finishers with overall place, bib, first and last name,
age, gender, age group (`M40-44`, top group `M80+`), division place, city, state, IOC country code, running club,
5K/10K/Half splits, chip and gun time (h:mm:ss) and pace (m:ss per mile). awards: the 15 age-group award winners
(division, place, bib referring to results, name as one cell, age, city, state, chip time).
Deliberate coincidences: the towns Houston, Chester and Tyler beside the surnames Houston, Chester and Tyler; the
club `Bowerman Track Club` beside the surname Bowerman; the given name `Jordan` beside the country code JOR."""
import csv, json, random
rnd = random.Random(540101)
GIVEN = ["James", "Michael", "David", "Chris", "Matt", "Brian", "Kevin", "Jason", "Ryan", "Eric", "Andrew", "Tyler",
         "Jordan", "Carlos", "Luis", "Hiroshi", "Kenji", "Samuel", "Geoffrey", "Tadesse", "Patrick", "Sean", "Derek",
         "Mohammed", "Raj", "Jennifer", "Sarah", "Jessica", "Emily", "Ashley", "Megan", "Lauren", "Rachel", "Amanda",
         "Nicole", "Katie", "Maria", "Ana", "Yuki", "Mei", "Priya", "Tirunesh", "Brigid", "Shalane", "Des", "Kara",
         "Molly", "Hannah", "Grace", "Chloe", "Madison", "Olivia", "Sophie", "Claire", "Linda", "Susan", "Karen", "Diane"]
MALE = set(GIVEN[:25])
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
          "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
          "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
          "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Kiprotich", "Kipchoge",
          "Bekele", "Tanaka", "Suzuki", "Schmidt", "Mueller", "O'Brien", "McCarthy", "Kowalski", "Nowak", "Patel",
          "Shah", "Kim", "Park", "Chen", "Wang", "Houston", "Chester", "Tyler", "Bowerman", "Vandermolen", "Ostrowski",
          "Fairbanks", "Lindqvist", "Abernathy", "Castellanos", "Whitfield", "Okafor", "Haddad", "Petrosyan"]
TOWNS = [("Minneapolis", "MN"), ("St Paul", "MN"), ("Bloomington", "MN"), ("Edina", "MN"), ("Eden Prairie", "MN"),
         ("Rochester", "MN"), ("Duluth", "MN"), ("Stillwater", "MN"), ("Woodbury", "MN"), ("Plymouth", "MN"),
         ("Maple Grove", "MN"), ("Eagan", "MN"), ("Roseville", "MN"), ("Hudson", "WI"), ("Eau Claire", "WI"),
         ("Madison", "WI"), ("Chicago", "IL"), ("Evanston", "IL"), ("Des Moines", "IA"), ("Fargo", "ND"),
         ("Sioux Falls", "SD"), ("Houston", "TX"), ("Tyler", "TX"), ("Chester", "PA"), ("Boulder", "CO"),
         ("Denver", "CO"), ("Portland", "OR"), ("Seattle", "WA"), ("Boston", "MA"), ("New York", "NY"),
         ("Brooklyn", "NY"), ("Austin", "TX"), ("Atlanta", "GA"), ("Omaha", "NE"), ("Kansas City", "MO")]
ABROAD = [("Toronto", "ON", "CAN"), ("Winnipeg", "MB", "CAN"), ("Mexico City", "", "MEX"), ("London", "", "GBR"),
          ("Berlin", "", "GER"), ("Nairobi", "", "KEN"), ("Eldoret", "", "KEN"), ("Addis Ababa", "", "ETH"),
          ("Tokyo", "", "JPN"), ("Amman", "", "JOR"), ("Oslo", "", "NOR"), ("Dublin", "", "IRL")]
CLUBS = ["Twin Cities Track Club", "Run N Fun", "Minnesota Distance Running Association", "Mill City Running",
         "Bowerman Track Club", "TC Running Co Racing", "Team Red Lizard", "Urban Runners", "Northern Lights Running",
         "Stillwater Striders", "Lake Harriet Harriers", "Flying Pigs RC", "Saint Paul Running Club", "BlackHills Rogues"]

def hms(s):
    return "%d:%02d:%02d" % (s // 3600, s % 3600 // 60, s % 60)

def group(g, age):
    if age < 18: return g + "01-17"
    if age < 20: return g + "18-19"
    if age >= 80: return g + "80+"
    lo = age // 5 * 5
    return "%s%d-%d" % (g, lo, lo + 4)

runners = []
bibs = rnd.sample(range(100, 14000), 3240)
for i in range(3240):
    first = rnd.choice(GIVEN); g = "M" if first in MALE else "F"
    if first in ("Jordan", "Chris"): g = rnd.choice("MF")
    last = rnd.choice(FAMILY)
    age = min(int(rnd.gauss(40, 11)), 86)
    age = max(age, 16)
    if i in (1777, 2901):
        age = 81 + i % 5
    if rnd.random() < 0.06:
        city, state, country = rnd.choice(ABROAD)
    else:
        city, state = rnd.choice(TOWNS); country = "USA"
    club = rnd.choice(CLUBS) if rnd.random() < 0.22 else ""
    base = rnd.gauss(15200, 2600) + (900 if g == "F" else 0) + max(0, age - 35) * 45
    if i < 12: base = 7700 + i * 180 + (700 if g == "F" else 0)
    chip = int(min(base, 23000)) if base > 8400 else 8000 + rnd.randint(0, 900)
    gun = chip + rnd.randint(0, 540) if i >= 12 else chip + rnd.randint(0, 3)
    frac = [0.1185, 0.2370, 0.4980]
    fade = 1 + rnd.uniform(-0.03, 0.06)
    splits = [hms(int(chip * f / fade)) for f in frac]
    runners.append([bibs[i], first, last, age, g, group(g, age), city, state, country, club] + splits + [chip, gun])
runners.sort(key=lambda r: (r[-1], r[0]))
divplace = {}
rows = []
for n, r in enumerate(runners, 1):
    divplace[r[5]] = divplace.get(r[5], 0) + 1
    chip, gun = r[-2], r[-1]
    pace = round(chip / 26.2188)
    rows.append([str(n), str(r[0]), r[1], r[2], str(r[3]), r[4], r[5], str(divplace[r[5]]), r[6], r[7], r[8], r[9],
                 r[10], r[11], r[12], hms(chip), hms(gun), "%d:%02d" % (pace // 60, pace % 60)])
H1 = ["Place", "Bib", "First", "Last", "Age", "Gender", "Div", "Div Place", "City", "State", "Country", "Club", "5K",
      "10K", "Half", "Chip Time", "Gun Time", "Pace"]
L1 = ["QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "AGE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING"]
awards = []
for div in ["F40-44", "F45-49", "F50-54", "M40-44", "M45-49"]:
    top = [r for r in rows if r[6] == div][:3]
    for k, r in enumerate(top, 1):
        awards.append([div, str(k), r[1], "%s %s" % (r[2], r[3]), r[4], r[8], r[9], r[15]])
H2 = ["Division", "Place", "Bib", "Name", "Age", "City", "State", "Time"]
L2 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NAME", "AGE", "CITY", "NON_IDENTIFYING",
      "QUASI_IDENTIFIER"]
for name, head, data in (("results", H1, rows), ("awards", H2, awards)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"results." + h: l for h, l in zip(H1, L1)}
cols.update({"awards." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "race-results",
        "description": "Invented results export of a fictional city marathon in the timing companies' CSV shape: 3,240 finishers (overall place, bib, First/Last, age, gender, age group M40-44 with top group M80+, division place, city, state, IOC country, club, 5K/10K/Half splits, chip and gun time h:mm:ss, pace m:ss) and the 15 age-group award winners (bib referring to results, name in one cell). Coincidences: towns Houston/Chester/Tyler and surnames Houston/Chester/Tyler, the club Bowerman Track Club and the surname Bowerman, given name Jordan and country JOR",
        "delimiter": ",", "entity": "results", "columns": cols,
        "foreignKeys": [{"column": "awards.Bib", "references": "results.Bib"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes parish-register: an invented transcription of a Church of England parish's registers (baptisms, marriages,
burials) for a fictional village, 1926-2024, ',' separated, dates written out as in the registers ("14th March 1954";
seeded, stdlib only). Baptisms carry the child's birth date and names, both parents (mother with maiden name),
abode, father's occupation, godparents and the officiating minister; 12 marriages refer to the bride's and groom's
baptism entries; 5 burials (ages 66 to 98) refer to the baptism entry. A 160-row, a 12-row and a 5-row table."""
import csv, json, random, datetime
rnd = random.Random(80805)
GIVEN = ["Albert", "Arthur", "Frederick", "Walter", "Harold", "Reginald", "Stanley", "Dennis", "Graham", "Keith",
         "Nigel", "Darren", "Gareth", "Oliver", "Harvey", "Doris", "Edith", "Gladys", "Winifred", "Marjorie",
         "Beryl", "Brenda", "Maureen", "Janet", "Tracey", "Joanne", "Kirsty", "Amelia", "Poppy", "Isla"]
GIVEN_M, GIVEN_F = GIVEN[:15], GIVEN[15:]  # sons' and daughters' names
FAMILY = ["Pike", "Hollis", "Wren", "Gosling", "Tubb", "Larkworthy", "Bannister", "Cheeseman", "Dimmock", "Fennimore",
          "Hathersage", "Pocock", "Rumbold", "Stallworthy", "Venables", "Whitlock"]
CLERGY = [(1920, 1947, "Revd Canon H. W. Ashdown"), (1947, 1969, "Revd J. A. Morley"), (1969, 1991, "Revd P. G. Quested"),
          (1991, 2011, "Revd Dr Susan Farrant"), (2011, 2030, "Revd Tomás Okonkwo-Reid")]
PLACES = ["Chapel Row, Little Wychford", "Church Lane, Little Wychford", "Wychford End", "Station Road, Brackley Green",
          "The Council Houses, Brackley Green", "Mill Lane, Little Wychford"]
FARMS = ["Manor Farm, Wychford End", "Hill Top Farm, Little Wychford", "The Old Rectory, Little Wychford"]
OCC = {1926: ["Farm labourer", "Carter", "Blacksmith", "Railway porter", "Shepherd", "Gamekeeper"],
       1950: ["Farm labourer", "Lorry driver", "Fitter", "Clerk", "Police constable", "Postman"],
       1975: ["Engineer", "Teacher", "Electrician", "Sales representative", "Farmer", "Civil servant"],
       2000: ["IT consultant", "Nurse", "Builder", "Teacher", "Accountant", "Farmer"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def longdate(x):
    suffix = "th" if 11 <= x.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(x.day % 10, "th")
    return "%d%s %s %d" % (x.day, suffix, MONTHS[x.month - 1], x.year)

def vicar(year):
    return next(c for a, b, c in CLERGY if a <= year < b)

def occ(year):
    return rnd.choice(OCC[max(k for k in OCC if k <= year)])

def abode():
    return rnd.choice(FARMS) if rnd.random() < 0.12 else "%d %s" % (rnd.randint(1, 48), rnd.choice(PLACES))

births = sorted([datetime.date(rnd.randint(1926, 1935), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(14)] +
                [datetime.date(rnd.randint(1936, 2024), rnd.randint(1, 12), rnd.randint(1, 28)) for _ in range(146)])
bapts, people = [], []
count = {}
for b in births:
    male = rnd.random() < 0.5
    fam = rnd.choice(FAMILY)
    names = " ".join(rnd.sample(GIVEN_M if male else GIVEN_F, rnd.choice([1, 2, 2])))
    father = "%s %s %s" % (rnd.choice(GIVEN_M), rnd.choice(GIVEN_M), fam)
    mother = "%s %s née %s" % (rnd.choice(GIVEN_F), fam, rnd.choice([f for f in FAMILY if f != fam]))
    bd = b + datetime.timedelta(days=rnd.randint(10, 400))
    count[bd.year] = count.get(bd.year, 0) + 1
    entry = "%d/%03d" % (bd.year, count[bd.year])
    gps = "; ".join("%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)) for _ in range(rnd.choice([2, 3, 3])))
    note = rnd.choice(["", "", "", "", "Privately baptised at home, received into the Church %s" % longdate(bd + datetime.timedelta(days=40)),
                       "Confirmed %d" % (bd.year + 13), "Born at the Radcliffe Infirmary", "Mother unmarried; father named as %s" % father,
                       "Adopted; birth name %s %s" % (rnd.choice(GIVEN_M if male else GIVEN_F), rnd.choice(FAMILY))])
    bapts.append([entry, "Baptisms vol. %s" % ("IV" if bd.year < 1960 else "V" if bd.year < 1995 else "VI"), str(rnd.randint(1, 200)),
                  longdate(bd), longdate(b), names, fam, "Son" if male else "Daughter", father, mother, abode(), occ(b.year), gps,
                  vicar(bd.year), note])
    people.append((entry, b, male, names.split()[0] + " " + fam, father))
rnd.shuffle(bapts)
bapts.sort(key=lambda r: (int(r[0][:4]), r[0]))
marr = []
men = [p for p in people if p[2] and p[1].year < 2000]
women = [p for p in people if not p[2] and p[1].year < 2000]
for i in range(12):
    g = rnd.choice(men); w = rnd.choice([x for x in women if abs(x[1].year - g[1].year) < 8] or women)
    when = max(g[1], w[1]) + datetime.timedelta(days=rnd.randint(19 * 365, 32 * 365))
    ga, wa = (when - g[1]).days // 365, (when - w[1]).days // 365
    local_g = rnd.random() < 0.8
    marr.append([longdate(when), g[0] if local_g else "", g[3] if local_g else "%s %s" % (rnd.choice(GIVEN_M), rnd.choice(FAMILY)),
                 str(ga), rnd.choice(["Bachelor"] * 5 + ["Widower"]), occ(when.year - 20), abode() if local_g else "%d Cowley Road, Oxford" % rnd.randint(1, 300),
                 g[4] if local_g else "%s %s" % (rnd.choice(GIVEN_M), rnd.choice(FAMILY)), w[0], w[3], str(wa),
                 rnd.choice(["Spinster"] * 5 + ["Widow", "Divorced"]), abode(), w[4], rnd.choice(["Banns", "Banns", "Common Licence"]),
                 "%s %s; %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(GIVEN), rnd.choice(FAMILY)), vicar(when.year)])
marr.sort(key=lambda r: r[0][-4:])
marr = [["M%s/%02d" % (r[0][-4:], i + 1)] + r for i, r in enumerate(marr)]
bur = []
for i, p in enumerate(sorted(people, key=lambda p: p[1])[:5]):
    died = datetime.date(rnd.randint(2020, 2026), rnd.randint(1, 10), rnd.randint(1, 28))
    if i == 3:
        died = datetime.date(p[1].year + 67, 6, 2)
    age = died.year - p[1].year - ((died.month, died.day) < (p[1].month, p[1].day))
    bur.append(["B%d/%02d" % (died.year, i + 1), p[0], p[3], abode(), longdate(died), longdate(died + datetime.timedelta(days=rnd.randint(6, 14))),
                str(age), "%s-%d" % (rnd.choice("ABCD"), rnd.randint(1, 40)), vicar(died.year)])
H1 = ["entry_no", "register", "page", "baptism_date", "birth_date", "christian_names", "surname", "son_or_daughter", "father",
      "mother", "abode", "father_occupation", "godparents", "officiant", "notes"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE_OF_BIRTH", "GIVEN_NAME", "FAMILY_NAME",
      "NON_IDENTIFYING", "NAME", "NAME", "STREET_ADDRESS", "NON_IDENTIFYING", "NAME", "NAME", "FREE_TEXT"]
H2 = ["entry_no", "marriage_date", "groom_baptism", "groom_name", "groom_age", "groom_condition", "groom_occupation", "groom_residence",
      "groom_father", "bride_baptism", "bride_name", "bride_age", "bride_condition", "bride_residence", "bride_father", "by_banns_or_licence",
      "witnesses", "officiant"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "OTHER_UNIQUE_IDENTIFIER", "NAME", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS",
      "NAME", "OTHER_UNIQUE_IDENTIFIER", "NAME", "AGE", "NON_IDENTIFYING", "STREET_ADDRESS", "NAME", "NON_IDENTIFYING", "NAME", "NAME"]
H3 = ["entry_no", "baptism_entry", "name", "abode", "date_of_death", "burial_date", "age", "plot", "officiant"]
L3 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "STREET_ADDRESS", "DATE", "DATE", "AGE", "QUASI_IDENTIFIER", "NAME"]
for name, head, rows in (("baptisms", H1, bapts), ("marriages", H2, marr), ("burials", H3, bur)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"baptisms." + h: l for h, l in zip(H1, L1)}
cols.update({"marriages." + h: l for h, l in zip(H2, L2)})
cols.update({"burials." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "parish-register",
        "description": "Invented transcription of an English village's parish registers 1926-2024, ',', dates written out ('14th March 1954'): 160 baptisms (entry numbers yyyy/NNN, birth dates back to 1926, christian names, surname, parents with the mother's maiden name, abode, father's occupation, godparents, officiating minister, notes naming birth parents), 12 marriages (ages, condition, occupations, residences, fathers, witnesses) referring to the groom's and bride's baptism entries, 5 burials (ages 66 to 98) referring to the baptism entry",
        "delimiter": ",", "entity": "baptisms", "columns": cols,
        "foreignKeys": [{"column": "marriages.groom_baptism", "references": "baptisms.entry_no"},
                        {"column": "marriages.bride_baptism", "references": "baptisms.entry_no"},
                        {"column": "burials.baptism_entry", "references": "baptisms.entry_no"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

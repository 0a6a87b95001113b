#!/usr/bin/env python3
"""Writes shelter-luv-us: an invented animal shelter's export in the shape of Shelterluv / PetPoint exports and the
Austin Animal Center open-data intake and outcome files. animals 3000 (Animal ID `A1234567`, pet names with `*` for
shelter-given names, species, breed, colour, sex, altered, date of birth, ISO 11784/11785 microchips with 985/900/956/
981 prefixes, a third empty, issuer, weight, kennel), intakes 3190 (`M/D/YYYY h:mm AM`, types, found location
`2112 Meadowbrook Dr in Austin (TX)`, surrenderer's person id), outcomes 2750 (adopter's person id, fee), people 1700
(adopters, surrenderers, fosters: names, address, unit, city, ZIP, phones, e-mail, Texas driver's licence), memos 1500
(staff `Kelly M.`, memo text naming adopters, finders and family members), kennels 36 (small lookup). Coincidences:
colours Brown/Black/White/Gray beside family names Brown/Black/White/Gray, pet names Charlie/Daisy/Molly/Max beside
given names, breed `Jack Russell Terrier` beside given name Jack, jurisdictions equal to towns.
Python 3 standard library only, fixed seed."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(570101)
GIVEN_M = ["James", "Michael", "Robert", "David", "Jose", "Daniel", "Charlie", "Jack", "Max", "Luis", "Brandon",
           "Tyler", "Kevin", "Jason", "Carlos", "Cooper", "Hunter", "Jordan", "Marcus", "Trevor"]
GIVEN_F = ["Jennifer", "Maria", "Jessica", "Ashley", "Sarah", "Daisy", "Molly", "Emily", "Lucy", "Brittany", "Amanda",
           "Stephanie", "Ginger", "Rosa", "Megan", "Heather", "Bella", "Sadie", "Kayla", "Veronica"]
GIVEN = GIVEN_M + GIVEN_F
FAMILY = ["Garcia", "Martinez", "Hernandez", "Lopez", "Smith", "Johnson", "Williams", "Brown", "Jones", "Davis",
          "Miller", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "White", "Black", "Gray", "Nguyen", "Ramirez",
          "Gonzalez", "Rodriguez", "Perez", "Sanchez", "Flores", "Rivera", "Torres", "Ortiz", "Sullivan", "Pflug",
          "Manor", "Wolf", "Fox", "Hunter", "Bird"]
STREETS = ["Meadowbrook Dr", "Burnet Rd", "Lamar Blvd", "Cameron Rd", "Riverside Dr", "Slaughter Ln", "William Cannon Dr",
           "Pleasant Valley Rd", "Oltorf St", "Rundberg Ln", "Manchaca Rd", "Parmer Ln", "Braker Ln", "Dessau Rd",
           "Springdale Rd", "Stassney Ln", "Wells Branch Pkwy", "Pecan St", "Main St", "Live Oak St"]
# (city, ZIP codes, weight)
TOWNS = [("Austin", ["78701", "78702", "78704", "78723", "78741", "78744", "78745", "78748", "78753", "78758"], 60),
         ("Pflugerville", ["78660", "78691"], 8), ("Manor", ["78653"], 4), ("Round Rock", ["78664", "78681"], 6),
         ("Del Valle", ["78617"], 4), ("Buda", ["78610"], 3), ("Leander", ["78641"], 4), ("Cedar Park", ["78613"], 4),
         ("Kyle", ["78640"], 3), ("Lago Vista", ["78645"], 2), ("Elgin", ["78621"], 2)]
JURIS = {"Austin": "Austin", "Pflugerville": "Pflugerville", "Manor": "Manor", "Round Rock": "Outside Jurisdiction",
         "Del Valle": "Travis (TX)", "Buda": "Outside Jurisdiction", "Leander": "Outside Jurisdiction",
         "Cedar Park": "Outside Jurisdiction", "Kyle": "Outside Jurisdiction", "Lago Vista": "Travis (TX)",
         "Elgin": "Travis (TX)"}
DOGB = ["Labrador Retriever", "Pit Bull", "Chihuahua Shorthair", "German Shepherd", "Australian Cattle Dog",
        "Jack Russell Terrier", "Dachshund", "Boxer", "Siberian Husky", "Border Collie", "Beagle", "Miniature Poodle",
        "Catahoula", "Great Pyrenees", "Rottweiler", "Shih Tzu", "Yorkshire Terrier", "Black Mouth Cur"]
CATB = ["Domestic Shorthair", "Domestic Medium Hair", "Domestic Longhair", "Siamese", "Maine Coon", "Russian Blue",
        "American Shorthair", "Snowshoe"]
OTHB = [("Rabbit", ["Rabbit Sh", "Lop-Holland", "Californian"]), ("Bird", ["Chicken", "Parakeet", "Cockatiel"]),
        ("Other", ["Guinea Pig", "Hamster", "Bearded Dragon", "Ferret"])]
COLORS = ["Black", "White", "Brown", "Tan", "Gray", "Brown Tabby", "Orange Tabby", "Tricolor", "Brindle", "Blue",
          "Calico", "Tortie", "Cream", "Red", "Sable", "Chocolate", "Buff", "Yellow", "Seal Point", "Fawn"]
PETS = ["Max", "Bella", "Luna", "Charlie", "Daisy", "Lucy", "Molly", "Cooper", "Buddy", "Rocky", "Bear", "Sadie",
        "Ginger", "Oreo", "Shadow", "Pepper", "Biscuit", "Nala", "Simba", "Zeus", "Coco", "Princess", "Tank", "Milo",
        "Hunter", "Jack", "Rosie", "Peanut", "Bandit", "Smokey", "Duke", "Penny", "Loki", "Chance", "Blue", "Diesel"]
ISSUERS = [("985", "HomeAgain"), ("985", "HomeAgain"), ("900", "24PetWatch"), ("956", "AKC Reunite"),
           ("981", "Datamars PetLink"), ("982", "Found Animals"), ("977", "Avid")]
STAFF = ["Kelly M.", "Ramon T.", "Jess W.", "Dr. Patel", "Ashley K.", "Marco V.", "Tina R.", "Dr. Okafor"]
start = datetime.datetime(2023, 1, 3, 8, 0)

def dt(x):
    h = x.hour % 12 or 12
    return "%d/%d/%d %d:%02d %s" % (x.month, x.day, x.year, h, x.minute, "AM" if x.hour < 12 else "PM")

def d(x):
    return "%d/%d/%d" % (x.month, x.day, x.year)

def phone():
    return "(%d) %03d-%04d" % (rnd.choice([512, 512, 512, 737, 254]), rnd.randint(200, 999), rnd.randint(0, 9999))

def pick_town():
    return rnd.choices(TOWNS, [t[2] for t in TOWNS])[0]

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

# ---- people
people = []; pids = set()
for i in range(1700):
    while True:
        pid = "P%08d" % rnd.randint(1000000, 99999999)
        if pid not in pids:
            pids.add(pid); break
    male = rnd.random() < 0.42
    fn = rnd.choice(GIVEN_M if male else GIVEN_F); ln = rnd.choice(FAMILY)
    town = pick_town()
    street = "%d %s" % (rnd.randint(100, 14999), rnd.choice(STREETS))
    unit = rnd.choice(["", "", "", "Apt %d" % rnd.randint(100, 2400), "Unit %s" % rnd.choice("ABCDEF"), "#%d" % rnd.randint(1, 40)])
    em = "" if rnd.random() < 0.12 else "%s.%s%s@%s" % (fn.lower(), ln.lower(), rnd.choice(["", str(rnd.randint(1, 99))]),
                                                        rnd.choice(["gmail.com", "yahoo.com", "hotmail.com", "att.net", "icloud.com"]))
    dl = "" if rnd.random() < 0.25 else "%08d" % rnd.randint(10000000, 49999999)
    ptype = rnd.choices(["Adopter", "Surrenderer", "Foster", "Finder", "Adopter;Foster"], [55, 22, 10, 8, 5])[0]
    created = start + datetime.timedelta(days=rnd.randint(0, 700))
    phone2 = phone() if rnd.random() < 0.3 else ""
    people.append([pid, fn, ln, street, unit, town[0], "TX", rnd.choice(town[1]), phone(), phone2, em, dl,
                   "TX" if dl else "", ptype, d(created)])
write("people", ["Person ID", "First Name", "Last Name", "Street Address", "Unit Number", "City", "State", "Zip",
                 "Primary Phone", "Alternate Phone", "Email", "Drivers License", "DL State", "Person Type",
                 "Created Date"], people)
by_type = {}
for p in people:
    for t in p[13].split(";"):
        by_type.setdefault(t, []).append(p)

# ---- kennels (small lookup)
kennels = []
for b, pre, n in [("Building A", "DOG-A", 12), ("Building B", "DOG-B", 10), ("Cat Condo", "CAT-C", 8), ("Small Animal", "SML-S", 3), ("Medical", "MED-M", 3)]:
    for k in range(1, n + 1):
        kennels.append(["%s%02d" % (pre, k), b, rnd.choice(["Adoptable", "Stray Hold", "Isolation", "Quarantine"]) if pre != "MED-M" else "Clinic",
                        str(rnd.choice([1, 1, 2, 4])), {"DOG": "Dog", "CAT": "Cat", "SML": "Other", "MED": "Any"}[pre[:3]]])
write("kennels", ["Location Code", "Building", "Room Type", "Capacity", "Species"], kennels)

# ---- animals (entity)
animals = []; aids = set(); chips = set()
for i in range(3000):
    while True:
        aid = "A%07d" % rnd.randint(800000, 9299999)
        if aid not in aids:
            aids.add(aid); break
    r = rnd.random()
    if r < 0.52:
        sp, br = "Dog", rnd.choice(DOGB); mix = rnd.random() < 0.6
        sec = rnd.choice(DOGB) if mix and rnd.random() < 0.5 else ("Mix" if mix else "")
        kennel = rnd.choice([k[0] for k in kennels if k[0].startswith("DOG")])
        wt = "%.1f" % rnd.uniform(3, 95)
    elif r < 0.93:
        sp, br = "Cat", rnd.choice(CATB); sec = "Mix" if rnd.random() < 0.2 else ""
        kennel = rnd.choice([k[0] for k in kennels if k[0].startswith("CAT")]); wt = "%.1f" % rnd.uniform(1, 16)
    else:
        g = rnd.choice(OTHB); sp, br = g[0], rnd.choice(g[1]); sec = ""
        kennel = rnd.choice([k[0] for k in kennels if k[0].startswith("SML")]); wt = "%.1f" % rnd.uniform(0.1, 9)
    if rnd.random() < 0.05:
        kennel = rnd.choice([k[0] for k in kennels if k[0].startswith("MED")])
    name = "" if rnd.random() < 0.18 else (("*" if rnd.random() < 0.45 else "") + rnd.choice(PETS))
    c1 = rnd.choice(COLORS); c2 = rnd.choice(["", "", "White", "Black", "Brown", "Tan"]) if sp != "Other" else ""
    sex = rnd.choices(["Male", "Female", "Unknown"], [48, 48, 4])[0]
    alt = rnd.choice(["Yes", "No"])
    intake_day = start + datetime.timedelta(days=rnd.randint(0, 690), hours=rnd.randint(0, 9), minutes=rnd.randint(0, 59))
    dob = (intake_day - datetime.timedelta(days=int(rnd.expovariate(1 / 900)) + 20)).date()
    if rnd.random() < 0.66:
        p, iss = rnd.choice(ISSUERS)
        while True:
            ch = p + "%012d" % rnd.randint(0, 999999999999)
            if ch not in chips:
                chips.add(ch); break
    else:
        ch, iss = "", ""
    status = "Healthy"
    animals.append([aid, name, sp, br, sec, c1, c2, sex, alt, d(dob), ch, iss, wt, kennel, intake_day])
write("animals", ["Animal ID", "Name", "Species", "Primary Breed", "Secondary Breed", "Primary Color",
                  "Secondary Color", "Sex", "Altered", "Date of Birth", "Microchip Number", "Microchip Issuer",
                  "Weight (lbs)", "Current Location"], [a[:14] for a in animals])

def age_text(born, at):
    days = (at.date() - born).days
    if days < 60:
        return "%d weeks" % max(1, days // 7)
    if days < 365:
        return "%d months" % (days // 30)
    y = days // 365
    return "%d year%s" % (y, "" if y == 1 else "s")

# ---- intakes and outcomes
intakes = []; outcomes = []; iid = 10000000; oid = 20000000; finds = []
for a in animals:
    born = datetime.datetime.strptime(a[9], "%m/%d/%Y").date()
    t = a[14]; n_in = 1 if rnd.random() < 0.94 else 2
    for k in range(n_in):
        iid += rnd.randint(1, 40)
        typ = rnd.choices(["Stray", "Owner Surrender", "Public Assist", "Transfer In", "Return", "Abandoned"], [55, 22, 8, 6, 6, 3])[0]
        if k == 1:
            typ = "Return"
        sub = {"Stray": rnd.choice(["Field", "OTC", "Field", "Police"]), "Owner Surrender": rnd.choice(["Moving", "Landlord", "Too Many", "Cost", "Behavior", "Allergies"]),
               "Public Assist": rnd.choice(["Bite Quarantine", "Owner Died", "Eviction"]), "Transfer In": rnd.choice(["Williamson County", "Hays County", "Bastrop County"]),
               "Return": rnd.choice(["Adoption Return", "Foster Return"]), "Abandoned": "Field"}[typ]
        town = pick_town()
        if typ in ("Stray", "Abandoned", "Public Assist"):
            if rnd.random() < 0.55:
                loc = "%d %s in %s (TX)" % (rnd.randint(100, 14999), rnd.choice(STREETS), town[0])
            elif rnd.random() < 0.5:
                loc = "%s And %s in %s (TX)" % (rnd.choice(STREETS), rnd.choice(STREETS), town[0])
            else:
                loc = "%s (TX)" % town[0]
        elif typ == "Transfer In":
            loc = "Outside Jurisdiction"
        else:
            loc = "%s (TX)" % town[0]
        sur = rnd.choice(by_type["Surrenderer"])[0] if typ in ("Owner Surrender",) else (
            rnd.choice(by_type["Finder"])[0] if typ == "Stray" and rnd.random() < 0.15 else "")
        cond = rnd.choices(["Normal", "Injured", "Sick", "Nursing", "Aged", "Feral", "Pregnant"], [70, 8, 8, 6, 3, 3, 2])[0]
        intakes.append([str(iid), a[0], dt(t), typ, sub, cond, loc, JURIS[town[0]] if typ != "Transfer In" else "Outside Jurisdiction", sur, age_text(born, t)])
        stay = datetime.timedelta(days=int(rnd.expovariate(1 / 18)) + 1, hours=rnd.randint(0, 8), minutes=rnd.randint(0, 59))
        out = t + stay
        if out > datetime.datetime(2025, 1, 31) and k == n_in - 1:
            break
        if k == 0 and n_in == 2 or rnd.random() < 0.97:
            oid += rnd.randint(1, 40)
            ot = rnd.choices(["Adoption", "Return to Owner", "Transfer", "Euthanasia", "Died", "Rto-Adopt", "Disposal"], [52, 17, 20, 6, 2, 2, 1])[0]
            if k == 0 and n_in == 2:
                ot = "Adoption"
            osub = {"Adoption": rnd.choice(["", "", "Foster", "Offsite"]), "Return to Owner": rnd.choice(["", "Field"]),
                    "Transfer": rnd.choice(["Partner", "SCRP", "Snr"]), "Euthanasia": rnd.choice(["Suffering", "Rabies Risk", "Aggressive", "Medical"]),
                    "Died": rnd.choice(["In Kennel", "In Foster", "Enroute"]), "Rto-Adopt": "", "Disposal": ""}[ot]
            op = rnd.choice(by_type["Adopter"])[0] if ot in ("Adoption", "Rto-Adopt") else (rnd.choice(people)[0] if ot == "Return to Owner" and rnd.random() < 0.6 else "")
            fee = {"Dog": rnd.choice(["150.00", "85.00", "0.00", "50.00"]), "Cat": rnd.choice(["75.00", "0.00", "25.00"])}.get(a[2], "15.00") if ot == "Adoption" else ""
            outcomes.append([str(oid), a[0], dt(out), ot, osub, op, fee, age_text(born, out)])
        t = out + datetime.timedelta(days=rnd.randint(10, 120))
intakes.sort(key=lambda r: int(r[0])); outcomes.sort(key=lambda r: int(r[0]))
write("intakes", ["Intake ID", "Animal ID", "Intake Date", "Intake Type", "Intake Subtype", "Intake Condition",
                  "Found Location", "Jurisdiction", "Surrendered By", "Age upon Intake"], intakes)
write("outcomes", ["Outcome ID", "Animal ID", "Outcome Date", "Outcome Type", "Outcome Subtype",
                   "Outcome Person ID", "Adoption Fee", "Age upon Outcome"], outcomes)

# ---- memos
pmap = {p[0]: p for p in people}
adopted = {o[1]: o[5] for o in outcomes if o[5]}
surr = {i[1]: i[8] for i in intakes if i[8]}
memos = []; mid = 500000
TPL = ["Adopter {f} {l} called, {pet} settling in well, asked about crate training.",
       "Met with {f} {l} and her son {k} for meet and greet; {pet} was calm with the kids.",
       "Surrendered by {f} {l} (moving to apartment, landlord says no dogs). Call {ph} if questions.",
       "Finder {f} {l} found {pet} near the HEB on {st}; wants first right of refusal.",
       "Foster update from {f} {l}: eating well, 2 lbs gained. Return date next Tuesday.",
       "{pet} jumped the fence at {f} {l}'s house twice, adopter considering return.",
       "Owner {f} {l} reclaimed; paid impound fee. Husband {k} picked up at 4pm.",
       "Behavior eval: mouthy on leash, good with other dogs. Walk with two volunteers.",
       "Vaccines DAPP and rabies given, heartworm negative. Recheck in 2 weeks.",
       "Kennel clean, eating 100%. Loves tennis balls.",
       "Medical: URI, started doxy. Move to isolation.",
       "Pulled by partner rescue, transport Friday.",
       "FIV negative, FeLV negative. Ready for adoption floor."]
KIDS = ["Ethan", "Mia", "Noah", "Sophia", "Liam", "Emma", "Mateo", "Ava"]
for a in animals[:]:
    n = rnd.choices([0, 1, 2], [55, 35, 10])[0]
    for j in range(n):
        mid += rnd.randint(1, 9)
        cand = [t for t in TPL]
        pid = adopted.get(a[0]) or surr.get(a[0])
        if pid and rnd.random() < 0.6:
            tpl = rnd.choice(TPL[:7]); p = pmap[pid]
        else:
            tpl = rnd.choice(TPL[7:]) if rnd.random() < 0.8 else rnd.choice(TPL[:7]); p = rnd.choice(people)
        pet = a[1].lstrip("*") or "the dog" if a[2] == "Dog" else (a[1].lstrip("*") or "the animal")
        txt = tpl.format(f=p[1], l=p[2], k=rnd.choice(KIDS), pet=pet, ph=p[8], st=rnd.choice(STREETS))
        when = a[14] + datetime.timedelta(days=rnd.randint(0, 40), hours=rnd.randint(0, 8))
        mtype = "Behavior" if "Behavior" in txt else ("Medical" if any(w in txt for w in ("Vaccine", "URI", "FIV", "Medical")) else rnd.choice(["General", "Adoption Counseling", "Foster Update", "Intake"]))
        memos.append([str(mid), a[0], dt(when), mtype, rnd.choice(STAFF), txt])
write("memos", ["Memo ID", "Animal ID", "Memo Date", "Memo Type", "Created By", "Memo"], memos)

gold = {"dataset": "shelter-luv-us",
        "description": "Invented animal shelter export in the shape of Shelterluv / PetPoint exports and the Austin Animal Center open-data intakes and outcomes, `,`, M/D/YYYY h:mm AM: animals 3000 (Animal ID A1234567, pet names with * for shelter names, species, breeds, colours, sex, altered, date of birth, 15-digit ISO 11784/11785 microchips with 985/900/956/981/982/977 prefixes a third empty, issuer, weight, kennel FK), intakes (found location `2112 Meadowbrook Dr in Austin (TX)`, jurisdiction, surrenderer's person id, age text), outcomes (adopter's person id, fee), people 1700 (names, address, unit, city, ZIP, two phones, e-mail, Texas driver's licence, person type), memos (staff `Kelly M.`, text naming adopters, finders, children), kennels 36. Coincidences: colours Brown/Black/White/Gray and family names, pet names and given names, Jack Russell Terrier and Jack, jurisdictions and towns",
        "delimiter": ",", "entity": "animals",
        "columns": {}, "foreignKeys": []}
L = gold["columns"]
for c, lab in [("Person ID", "OTHER_UNIQUE_IDENTIFIER"), ("First Name", "GIVEN_NAME"), ("Last Name", "FAMILY_NAME"),
               ("Street Address", "STREET_ADDRESS"), ("Unit Number", "STREET_ADDRESS"), ("City", "CITY"),
               ("State", "NON_IDENTIFYING"), ("Zip", "ZIP_CODE"), ("Primary Phone", "TELEPHONE_NUMBER"),
               ("Alternate Phone", "TELEPHONE_NUMBER"), ("Email", "EMAIL_ADDRESS"),
               ("Drivers License", "CERTIFICATE_LICENSE_NUMBER"), ("DL State", "NON_IDENTIFYING"),
               ("Person Type", "NON_IDENTIFYING"), ("Created Date", "DATE")]:
    L["people." + c] = lab
for c, lab in [("Location Code", "NON_IDENTIFYING"), ("Building", "NON_IDENTIFYING"), ("Room Type", "NON_IDENTIFYING"),
               ("Capacity", "NON_IDENTIFYING"), ("Species", "NON_IDENTIFYING")]:
    L["kennels." + c] = lab
for c, lab in [("Animal ID", "OTHER_UNIQUE_IDENTIFIER"), ("Name", "QUASI_IDENTIFIER"), ("Species", "NON_IDENTIFYING"),
               ("Primary Breed", "NON_IDENTIFYING"), ("Secondary Breed", "NON_IDENTIFYING"),
               ("Primary Color", "NON_IDENTIFYING"), ("Secondary Color", "NON_IDENTIFYING"), ("Sex", "NON_IDENTIFYING"),
               ("Altered", "NON_IDENTIFYING"), ("Date of Birth", "QUASI_IDENTIFIER"),
               ("Microchip Number", "OTHER_UNIQUE_IDENTIFIER"), ("Microchip Issuer", "NON_IDENTIFYING"),
               ("Weight (lbs)", "NON_IDENTIFYING"), ("Current Location", "NON_IDENTIFYING")]:
    L["animals." + c] = lab
for c, lab in [("Intake ID", "OTHER_UNIQUE_IDENTIFIER"), ("Animal ID", "OTHER_UNIQUE_IDENTIFIER"), ("Intake Date", "DATE"),
               ("Intake Type", "NON_IDENTIFYING"), ("Intake Subtype", "NON_IDENTIFYING"),
               ("Intake Condition", "NON_IDENTIFYING"), ("Found Location", "STREET_ADDRESS"),
               ("Jurisdiction", "NON_IDENTIFYING"), ("Surrendered By", "OTHER_UNIQUE_IDENTIFIER"),
               ("Age upon Intake", "NON_IDENTIFYING")]:
    L["intakes." + c] = lab
for c, lab in [("Outcome ID", "OTHER_UNIQUE_IDENTIFIER"), ("Animal ID", "OTHER_UNIQUE_IDENTIFIER"), ("Outcome Date", "DATE"),
               ("Outcome Type", "NON_IDENTIFYING"), ("Outcome Subtype", "NON_IDENTIFYING"),
               ("Outcome Person ID", "OTHER_UNIQUE_IDENTIFIER"), ("Adoption Fee", "NON_IDENTIFYING"),
               ("Age upon Outcome", "NON_IDENTIFYING")]:
    L["outcomes." + c] = lab
for c, lab in [("Memo ID", "OTHER_UNIQUE_IDENTIFIER"), ("Animal ID", "OTHER_UNIQUE_IDENTIFIER"), ("Memo Date", "DATE"),
               ("Memo Type", "NON_IDENTIFYING"), ("Created By", "NAME"), ("Memo", "FREE_TEXT")]:
    L["memos." + c] = lab
gold["foreignKeys"] = [{"column": "animals.Current Location", "references": "kennels.Location Code"},
                       {"column": "intakes.Animal ID", "references": "animals.Animal ID"},
                       {"column": "intakes.Surrendered By", "references": "people.Person ID"},
                       {"column": "outcomes.Animal ID", "references": "animals.Animal ID"},
                       {"column": "outcomes.Outcome Person ID", "references": "people.Person ID"},
                       {"column": "memos.Animal ID", "references": "animals.Animal ID"}]
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

#!/usr/bin/env python3
"""Writes lahman-people: an invented extract shaped after the public Lahman baseball database (People 700 rows,
Batting 2600 rows): Lahman's camelCase headers, playerID/bbrefID `smithjo01` built from the names, retroID `smitj001`,
birth and death dates split into year/month/day columns, birth and death places, names (nameFirst, nameLast, nameGiven),
weight, height, bats, throws, debut/finalGame yyyy-mm-dd, batting lines (seeded, stdlib only). The players are
invented; they are treated as private data subjects."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(170303)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
GIVEN = ["Henry", "Robert", "James", "William", "Joseph", "Charles", "George", "Edward", "Walter", "Harold", "Carlos", "Jose", "Luis",
         "Juan", "Pedro", "Rafael", "Miguel", "Kenji", "Hideo", "Shohei", "Derek", "Mariano", "Albert", "Ichiro", "Tony", "Willie",
         "Roberto", "Orlando", "Felix", "Ramon", "Dwight", "Darryl", "Reggie", "Ozzie", "Vladimir", "Andruw", "Yadier", "Ken", "Cal", "Brooks"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson", "Martinez", "Anderson",
          "Taylor", "Thomas", "Hernandez", "Moore", "Martin", "Jackson", "Thompson", "White", "Lopez", "Lee", "Gonzalez", "Harris",
          "Clark", "Lewis", "Robinson", "Walker", "Perez", "Hall", "Young", "Allen", "Sanchez", "Wright", "King", "Scott", "Green",
          "Baker", "Adams", "Nelson", "Hill", "Ramirez", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner",
          "Torres", "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Nguyen", "Murphy", "Rivera", "Cook", "Rogers",
          "Morgan", "Peterson", "Cooper", "Reed", "Bailey", "Bell", "Gomez", "Kelly", "Howard", "Ward", "Cox", "Diaz", "Richardson",
          "Wood", "Watson", "Brooks", "Bennett", "Gray", "James", "Reyes", "Cruz", "Hughes", "Price", "Myers", "Long", "Foster",
          "Sanders", "Ross", "Morales", "Powell", "Sullivan", "Russell", "Ortiz", "Jenkins", "Gutierrez", "Perry", "Butler", "Barnes",
          "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton", "Graham", "Kim", "Gonzales",
          "Alexander", "Ramos", "Wallace", "Griffin", "West", "Cole", "Hayes", "Chavez", "Gibson", "Bryant", "Ellis", "Stevens",
          "Murray", "Ford", "Marshall", "Owens", "McDonald", "Harrison", "Ruiz", "Kennedy", "Wells", "Alvarez", "Woods", "Mendoza",
          "Castillo", "Olson", "Webb", "Washington", "Tucker", "Freeman", "Burns", "Henry", "Vasquez", "Snyder", "Simpson", "Crawford",
          "Jimenez", "Porter", "Mason", "Shaw", "Gordon", "Wagner", "Hunter", "Romero", "Hicks", "Dixon", "Hunt", "Palmer", "Robertson",
          "Black", "Holmes", "Stone", "Meyer", "Boyd", "Mills", "Warren", "Fox", "Rose", "Rice", "Moreno", "Schmidt", "Patel", "Ferguson",
          "Nichols", "Herrera", "Medina", "Ryan", "Fernandez", "Weaver", "Daniels", "Stephens", "Gardner", "Payne", "Kelley", "Dunn",
          "Pierce", "Arnold", "Tran", "Spencer", "Peters", "Hawkins", "Grant", "Hansen", "Castro", "Hoffman", "Hart", "Elliott",
          "Cunningham", "Knight", "Bradley", "Yamada", "Suzuki", "Tanaka", "Matsui", "O'Neill", "DeLeon", "Van Slyke"]
MIDDLE = ["Louis", "Lee", "Allen", "Ray", "Wayne", "Eugene", "Antonio", "Manuel", "Jose", "Thomas", "Edward", "Michael"]
PLACES = [("USA", "CA", ["Los Angeles", "San Diego", "Oakland", "Fresno", "Sacramento", "Long Beach"]),
          ("USA", "TX", ["Houston", "Dallas", "San Antonio", "Beaumont"]), ("USA", "NY", ["New York", "Brooklyn", "Buffalo", "Rochester"]),
          ("USA", "PA", ["Philadelphia", "Pittsburgh", "Scranton"]), ("USA", "IL", ["Chicago", "Peoria"]), ("USA", "AL", ["Mobile", "Birmingham"]),
          ("USA", "GA", ["Atlanta", "Macon"]), ("USA", "OH", ["Cincinnati", "Cleveland", "Dayton"]), ("USA", "FL", ["Tampa", "Miami"]),
          ("D.R.", "San Pedro de Macoris", ["San Pedro de Macoris"]), ("D.R.", "Santo Domingo", ["Santo Domingo"]),
          ("Venezuela", "Zulia", ["Maracaibo"]), ("Venezuela", "Carabobo", ["Valencia"]), ("P.R.", "", ["Ponce", "Carolina", "Bayamon"]),
          ("Cuba", "La Habana", ["Havana"]), ("Japan", "Tokyo", ["Tokyo"]), ("Japan", "Aichi", ["Nagoya"]), ("Mexico", "Sonora", ["Navojoa"]),
          ("CAN", "ON", ["Toronto", "London"]), ("Panama", "Panama", ["Panama City"])]
TEAMS = [("NYA", "AL"), ("BOS", "AL"), ("DET", "AL"), ("CLE", "AL"), ("CHA", "AL"), ("BAL", "AL"), ("MIN", "AL"), ("OAK", "AL"),
         ("LAN", "NL"), ("SFN", "NL"), ("SLN", "NL"), ("CHN", "NL"), ("ATL", "NL"), ("CIN", "NL"), ("PIT", "NL"), ("PHI", "NL")]
people = []; seen = {}; retro = {}; batting = []
for i in range(700):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    key = (ln.lower().replace("'", "").replace(" ", "")[:5] + fn.lower()[:2])
    seen[key] = seen.get(key, 0) + 1; pid = "%s%02d" % (key, seen[key])
    rk = ln.lower().replace("'", "").replace(" ", "")[:4].ljust(4, "-") + fn.lower()[0]
    retro[rk] = retro.get(rk, 0) + 1; rid = "%s%d%02d" % (rk, 1, retro[rk])
    by = rnd.choice([rnd.randint(1925, 1936), rnd.randint(1937, 1999), rnd.randint(1937, 1999), rnd.randint(1937, 1999)])
    b = datetime.date(by, rnd.randint(1, 12), rnd.randint(1, 28))
    country, state, cities = rnd.choice(PLACES); city = rnd.choice(cities)
    dy = dm = dd = dco = dst = dci = ""
    if by < 1950 and rnd.random() < 0.45:
        dday = b + datetime.timedelta(days=rnd.randint(60 * 365, 88 * 365))
        if dday.year <= 2025:
            dy, dm, dd = str(dday.year), str(dday.month), str(dday.day)
            dco, dst, dci = rnd.choice(PLACES)[:2] + (None,); dci = rnd.choice([p[2] for p in PLACES if p[0] == dco][0])
    debut = datetime.date(by + rnd.randint(19, 25), rnd.randint(4, 9), rnd.randint(1, 28))
    seasons = rnd.randint(1, 12)
    final = datetime.date(min(debut.year + seasons - 1, 2024), rnd.randint(4, 9), rnd.randint(1, 28))
    if final < debut: final = debut
    mid = rnd.choice(MIDDLE) if rnd.random() < 0.7 else ""
    given = (fn + " " + mid).strip() if rnd.random() < 0.8 else rnd.choice(GIVEN) + " " + fn
    people.append([pid, str(by), str(b.month), str(b.day), country, state, city, dy, dm, dd, dco, dst, dci, fn, ln, given,
                   str(rnd.randint(160, 250)), str(rnd.randint(68, 78)), rnd.choice("RRRLLB"), rnd.choice("RRRL"),
                   debut.isoformat(), final.isoformat(), rid, pid])
    team = rnd.choice(TEAMS)
    for y in range(debut.year, final.year + 1):
        if len(batting) >= 2600: break
        stints = 2 if rnd.random() < 0.08 else 1
        for s in range(1, stints + 1):
            if s == 2 or rnd.random() < 0.15: team = rnd.choice(TEAMS)
            g = rnd.randint(1, 162); ab = rnd.randint(0, g * 4); h = rnd.randint(0, ab // 3 + 1) if ab else 0
            d2 = rnd.randint(0, h // 4 + 1) if h else 0; d3 = rnd.randint(0, 3) if h > 10 else 0; hr = rnd.randint(0, h // 5 + 1) if h else 0
            batting.append([pid, str(y), str(s), team[0], team[1], str(g), str(ab), str(rnd.randint(0, h + 5)), str(h), str(d2), str(d3), str(hr),
                            str(rnd.randint(0, h + 10)), str(rnd.randint(0, 30)), str(rnd.randint(0, 10)), str(rnd.randint(0, ab // 8 + 1)),
                            str(rnd.randint(0, ab // 4 + 1)), str(rnd.randint(0, 5)), str(rnd.randint(0, 8)), str(rnd.randint(0, 6)),
                            str(rnd.randint(0, 10)), str(rnd.randint(0, 12))])
w("People", ["playerID", "birthYear", "birthMonth", "birthDay", "birthCountry", "birthState", "birthCity", "deathYear", "deathMonth",
             "deathDay", "deathCountry", "deathState", "deathCity", "nameFirst", "nameLast", "nameGiven", "weight", "height", "bats",
             "throws", "debut", "finalGame", "retroID", "bbrefID"], people)
batting.sort(key=lambda r: (int(r[1]), r[0], int(r[2])))
w("Batting", ["playerID", "yearID", "stint", "teamID", "lgID", "G", "AB", "R", "H", "2B", "3B", "HR", "RBI", "SB", "CS", "BB", "SO",
              "IBB", "HBP", "SH", "SF", "GIDP"], batting)
cols = {"People.playerID": "OTHER_UNIQUE_IDENTIFIER", "People.birthYear": "QUASI_IDENTIFIER", "People.birthMonth": "DATE_OF_BIRTH",
        "People.birthDay": "DATE_OF_BIRTH", "People.birthCountry": "NON_IDENTIFYING", "People.birthState": "NON_IDENTIFYING",
        "People.birthCity": "CITY", "People.deathYear": "QUASI_IDENTIFIER", "People.deathMonth": "DATE", "People.deathDay": "DATE",
        "People.deathCountry": "NON_IDENTIFYING", "People.deathState": "NON_IDENTIFYING", "People.deathCity": "CITY",
        "People.nameFirst": "GIVEN_NAME", "People.nameLast": "FAMILY_NAME", "People.nameGiven": "NAME", "People.weight": "NON_IDENTIFYING",
        "People.height": "NON_IDENTIFYING", "People.bats": "NON_IDENTIFYING", "People.throws": "NON_IDENTIFYING", "People.debut": "DATE",
        "People.finalGame": "DATE", "People.retroID": "OTHER_UNIQUE_IDENTIFIER", "People.bbrefID": "OTHER_UNIQUE_IDENTIFIER",
        "Batting.playerID": "OTHER_UNIQUE_IDENTIFIER"}
for c in ["yearID", "stint", "teamID", "lgID", "G", "AB", "R", "H", "2B", "3B", "HR", "RBI", "SB", "CS", "BB", "SO", "IBB", "HBP", "SH", "SF", "GIDP"]:
    cols["Batting." + c] = "NON_IDENTIFYING"
gold = {"dataset": "lahman-people", "description": "Invented extract shaped after the Lahman baseball database, treating players as private data subjects: People 700 (playerID/bbrefID `smithjo01` built from the names, retroID `smitj101`, birthYear 1925-1999 with living players over 89, birthMonth and birthDay as separate integer columns, birth/death country, state, city, death date parts, nameFirst, nameLast, nameGiven, weight, height, bats, throws, debut/finalGame yyyy-mm-dd), Batting 2600 (playerID FK, yearID, stint, teamID, lgID, counting stats)",
        "delimiter": ",", "entity": "People", "columns": cols,
        "foreignKeys": [{"column": "Batting.playerID", "references": "People.playerID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

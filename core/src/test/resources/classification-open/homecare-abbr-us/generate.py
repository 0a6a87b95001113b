#!/usr/bin/env python3
"""Writes homecare-abbr-us: an invented US home-care agency extract (agcy 3 rows, clnt 1500 rows), `,`, mm/dd/yyyy,
cryptic lower-case and camelCase headers (fn, ln, bday, addr_l1, cty_cd, pstl, nok_nm, emer_ph, hh_id, givenNm style),
ages over 89, households sharing hh_id (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(160202)
GIVEN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
         "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Dolores", "Earl",
         "Mildred", "Harold", "Gladys", "Walter", "Bernice", "Eugene", "Lucille", "Clarence"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
          "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Kowalski",
          "Nguyen", "O'Connor", "McAllister", "Schultz", "Yamamoto", "Okafor", "Lindqvist", "Haddad", "Fitzgerald"]
CITY = [("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Flagstaff", "AZ", "860"), ("Yuma", "AZ", "853"),
        ("Prescott", "AZ", "863"), ("Sierra Vista", "AZ", "856"), ("Casa Grande", "AZ", "851"), ("Bisbee", "AZ", "856")]
STREET = ["N Oracle Rd", "E Speedway Blvd", "W Main St", "S 4th Ave", "E Broadway Blvd", "N Campbell Ave", "W Ina Rd", "E Grant Rd"]
ref = datetime.date(2025, 9, 1)
def ph(): return "(%03d) %03d-%04d" % (rnd.choice([520, 480, 602, 928]), rnd.randint(200, 999), rnd.randint(0, 9999))
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
agcy = [["A1", "Desert Sun Home Care", "Tucson", "(520) 555-0101"], ["A2", "Saguaro Visiting Nurses", "Mesa", "(480) 555-0102"],
        ["A3", "Pine Country Aides", "Flagstaff", "(928) 555-0103"]]
w("agcy", ["agcyCd", "agcyNm", "hqCty", "mainPh"], agcy)
rows = []; i = 0; hh = 7000
while len(rows) < 1500:
    hh += rnd.randint(1, 4); size = rnd.choice([1, 1, 2, 2, 3, 4]); fam = rnd.choice(FAMILY)
    city, st, z3 = rnd.choice(CITY); addr = "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREET))
    if rnd.random() < 0.3: addr += " Apt %d" % rnd.randint(1, 40)
    pstl = z3 + "%02d" % rnd.randint(0, 99); hph = ph(); ag = rnd.choice(agcy)[0]
    for m in range(size):
        if len(rows) >= 1500: break
        age = rnd.choice([rnd.randint(60, 89)] * 3 + [rnd.randint(90, 104)])
        b = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
        nok = rnd.choice(GIVEN) + " " + (fam if rnd.random() < 0.6 else rnd.choice(FAMILY))
        rows.append(["C%06d" % (100000 + i * 3), rnd.choice(GIVEN), rnd.choice("ABCDEFGHJKLMNPRSTW") if rnd.random() < 0.5 else "", fam,
                     b.strftime("%m/%d/%Y"), str((ref - b).days // 365), rnd.choice("MF"), addr, city, st, pstl, hph,
                     nok, rnd.choice(["dau", "son", "spouse", "niece", "friend"]), ph(), "HH%05d" % hh, ag,
                     rnd.choice(["1", "2", "3"]), (ref - datetime.timedelta(days=rnd.randint(0, 90))).strftime("%m/%d/%Y")])
        i += 1
w("clnt", ["clnt_id", "fn", "mi", "ln", "bday", "age_y", "sx", "addr_l1", "cty_cd", "st", "pstl", "hm_ph", "nok_nm", "nok_rel",
           "emer_ph", "hh_id", "agcyCd", "svcLvl", "lastVstDt"], rows)
gold = {"dataset": "homecare-abbr-us", "description": "Invented US home-care agency extract, `,`, mm/dd/yyyy, cryptic lower-case and camelCase headers: 3 agencies (agcyCd, agcyNm, hqCty, mainPh), 1500 clients (clnt_id, fn, mi, ln, bday, age_y with 90-104, sx, addr_l1, cty_cd (a city NAME despite _cd), st, pstl 5-digit ZIP, hm_ph, nok_nm next of kin, nok_rel, emer_ph, hh_id shared by a household's members, agcyCd FK, svcLvl, lastVstDt)",
        "delimiter": ",", "entity": "clnt", "columns": {
    "agcy.agcyCd": "NON_IDENTIFYING", "agcy.agcyNm": "NON_IDENTIFYING", "agcy.hqCty": "CITY", "agcy.mainPh": "TELEPHONE_NUMBER",
    "clnt.clnt_id": "OTHER_UNIQUE_IDENTIFIER", "clnt.fn": "GIVEN_NAME", "clnt.mi": "NAME", "clnt.ln": "FAMILY_NAME",
    "clnt.bday": "DATE_OF_BIRTH", "clnt.age_y": "AGE", "clnt.sx": "NON_IDENTIFYING", "clnt.addr_l1": "STREET_ADDRESS",
    "clnt.cty_cd": "CITY", "clnt.st": "NON_IDENTIFYING", "clnt.pstl": "ZIP_CODE", "clnt.hm_ph": "TELEPHONE_NUMBER",
    "clnt.nok_nm": "NAME", "clnt.nok_rel": "NON_IDENTIFYING", "clnt.emer_ph": "TELEPHONE_NUMBER", "clnt.hh_id": "OTHER_UNIQUE_IDENTIFIER",
    "clnt.agcyCd": "NON_IDENTIFYING", "clnt.svcLvl": "NON_IDENTIFYING", "clnt.lastVstDt": "DATE"},
    "foreignKeys": [{"column": "clnt.agcyCd", "references": "agcy.agcyCd"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

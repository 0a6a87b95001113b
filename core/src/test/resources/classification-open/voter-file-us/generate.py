#!/usr/bin/env python3
"""Writes voter-file-us: an invented US state voter registration export in the shape of a public state voter file
(ncvoter 900 rows, ncvhis about 2,700 rows), TAB-delimited (files named .csv: Warden reads only *.csv), every header in
lower snake case, names in UPPER CASE as state files print them, ZIP+4, ncid `AA123456`, birth_year and age_at_year_end
(some over 89), precincts, wards, congressional districts (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(180101)
GIVEN = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM",
         "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA", "THOMAS", "SARAH", "CHARLES", "KAREN", "TAMEKA", "DESHAWN",
         "LATOYA", "JAMAL", "GUADALUPE", "XIOMARA", "BRYSON", "KINSLEY", "HUNTER", "MAGNOLIA", "OPAL", "VERNON",
         "ALTHEA", "CLETUS", "EULA", "BEULAH", "RUFUS", "AUBREY", "MINH", "PRIYA"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
          "HERNANDEZ", "LOPEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE",
          "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING",
          "LOCKLEAR", "OXENDINE", "HUNEYCUTT", "BLALOCK", "PEELE", "CAUSEY", "FAIRCLOTH", "STANCIL", "HONEYCUTT",
          "MCLAURIN", "O'NEAL", "DE LA CRUZ", "VAN DYKE", "NGUYEN", "PATEL", "BARBOUR", "GODWIN", "TEW", "RAY", "COX"]
MIDDLE = GIVEN + ["ANN", "LEE", "MARIE", "LYNN", "RAY", "JEAN", "DALE", "MAE", "A", "B", "C", "J", "L", "M", "R", "W"]
COUNTY = [("WAKE", ["RALEIGH", "CARY", "APEX", "GARNER", "WAKE FOREST", "FUQUAY VARINA"], "276"),
          ("DURHAM", ["DURHAM"], "277"), ("ROBESON", ["LUMBERTON", "PEMBROKE", "RED SPRINGS", "MAXTON"], "283"),
          ("JOHNSTON", ["SMITHFIELD", "CLAYTON", "SELMA", "BENSON"], "275"), ("HARNETT", ["DUNN", "LILLINGTON", "ERWIN"], "275"),
          ("ALLEGHANY", ["SPARTA"], "286")]
STREET = ["MAIN ST", "OAK AVE", "HILLSBOROUGH ST", "GLENWOOD AVE", "NC 55 HWY", "OLD STAGE RD", "TRYON RD",
          "PEMBROKE ST", "CHICKEN FOOT RD", "MURCHISON RD", "US 301 S", "POPLAR SPRINGS CHURCH RD", "ROCK QUARRY RD"]
RACE = ["W", "B", "A", "I", "O", "M", "U"]; ETH = ["NL", "HL", "UN"]; PARTY = ["DEM", "REP", "UNA", "LIB", "GRE"]
STATES = ["NC", "NC", "NC", "VA", "SC", "NY", "PA", "FL", "OH", "GA", "", ""]
ref = datetime.date(2025, 12, 31)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f, delimiter="\t", lineterminator="\n"); c.writerow(header); c.writerows(rows)
voters = []; used = set()
for i in range(900):
    cty, cities, z3 = rnd.choice(COUNTY); city = rnd.choice(cities)
    while True:
        ncid = rnd.choice("ABCDEFGH") + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "%06d" % rnd.randint(1000, 999999)
        if ncid not in used: used.add(ncid); break
    age = rnd.choice([rnd.randint(18, 89)] * 6 + [rnd.randint(90, 103)])
    by = ref.year - age
    house = rnd.randint(100, 9999); street = rnd.choice(STREET)
    res = "%d %s" % (house, street) + ("  APT %d" % rnd.randint(1, 40) if rnd.random() < 0.2 else "")
    z = "%s%02d-%04d" % (z3, rnd.randint(0, 99), rnd.randint(1, 9999))
    mail = res if rnd.random() < 0.7 else "PO BOX %d" % rnd.randint(1, 3000)
    phone = "" if rnd.random() < 0.35 else "%03d%03d%04d" % (rnd.choice([919, 984, 910, 336]), rnd.randint(200, 999), rnd.randint(0, 9999))
    reg = datetime.date(by + 18, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * min(40, age - 18) + 200))
    if reg > ref: reg = ref - datetime.timedelta(days=rnd.randint(1, 300))
    pct = "%s%02d" % (cty[:2], rnd.randint(1, 40)) if rnd.random() < 0.5 else "%02d-%02d" % (rnd.randint(1, 20), rnd.randint(1, 12))
    voters.append([cty, str(rnd.randint(10000, 999999999)), ncid, rnd.choice(FAMILY), rnd.choice(GIVEN),
                   rnd.choice(MIDDLE) if rnd.random() < 0.8 else "", rnd.choice(["JR", "SR", "II", "III"]) if rnd.random() < 0.06 else "",
                   res, city, "NC", z, mail, phone, rnd.choice(RACE), rnd.choice(ETH), rnd.choice(PARTY), rnd.choice("MFU"),
                   str(by), str(age), rnd.choice(STATES), rnd.choice("YYYN"), reg.strftime("%m/%d/%Y"), pct,
                   city if rnd.random() < 0.7 else "", "" if rnd.random() < 0.5 else "%s%d" % (rnd.choice(["W", "WARD "]), rnd.randint(1, 8)),
                   "%02d" % rnd.choice([2, 4, 7, 9, 13])])
w("ncvoter", ["county_desc", "voter_reg_num", "ncid", "last_name", "first_name", "middle_name", "name_suffix_lbl",
              "res_street_address", "res_city_desc", "state_cd", "zip_code", "mail_addr1", "full_phone_number", "race_code",
              "ethnic_code", "party_cd", "gender_code", "birth_year", "age_at_year_end", "birth_state", "drivers_lic",
              "registr_dt", "precinct_abbrv", "municipality_desc", "ward_abbrv", "cong_dist_abbrv"], voters)
ELEC = ["11/08/2016", "03/03/2020", "11/03/2020", "05/17/2022", "11/08/2022", "03/05/2024", "11/05/2024", "10/07/2025"]
METHOD = ["IN-PERSON", "ABSENTEE ONESTOP", "ABSENTEE BY MAIL", "PROVISIONAL", "ABSENTEE CURBSIDE"]
his = []
for v in voters:
    for e in ELEC:
        if rnd.random() < 0.38:
            his.append([v[2], e, rnd.choice(METHOD), v[15] if v[15] in ("DEM", "REP") or rnd.random() < 0.5 else rnd.choice(["DEM", "REP"]), v[22]])
w("ncvhis", ["ncid", "election_lbl", "voting_method", "voted_party_cd", "pct_label"], his)
cols = {"ncvoter.county_desc": "COUNTY", "ncvoter.voter_reg_num": "OTHER_UNIQUE_IDENTIFIER", "ncvoter.ncid": "OTHER_UNIQUE_IDENTIFIER",
        "ncvoter.last_name": "FAMILY_NAME", "ncvoter.first_name": "GIVEN_NAME", "ncvoter.middle_name": "NAME",
        "ncvoter.name_suffix_lbl": "NON_IDENTIFYING", "ncvoter.res_street_address": "STREET_ADDRESS", "ncvoter.res_city_desc": "CITY",
        "ncvoter.state_cd": "NON_IDENTIFYING", "ncvoter.zip_code": "ZIP_CODE", "ncvoter.mail_addr1": "STREET_ADDRESS",
        "ncvoter.full_phone_number": "TELEPHONE_NUMBER", "ncvoter.race_code": "NON_IDENTIFYING", "ncvoter.ethnic_code": "NON_IDENTIFYING",
        "ncvoter.party_cd": "NON_IDENTIFYING", "ncvoter.gender_code": "NON_IDENTIFYING", "ncvoter.birth_year": "QUASI_IDENTIFIER",
        "ncvoter.age_at_year_end": "AGE", "ncvoter.birth_state": "NON_IDENTIFYING", "ncvoter.drivers_lic": "NON_IDENTIFYING",
        "ncvoter.registr_dt": "DATE", "ncvoter.precinct_abbrv": "GEOGRAPHIC_SUBDIVISION", "ncvoter.municipality_desc": "CITY",
        "ncvoter.ward_abbrv": "GEOGRAPHIC_SUBDIVISION", "ncvoter.cong_dist_abbrv": "NON_IDENTIFYING",
        "ncvhis.ncid": "OTHER_UNIQUE_IDENTIFIER", "ncvhis.election_lbl": "NON_IDENTIFYING", "ncvhis.voting_method": "NON_IDENTIFYING",
        "ncvhis.voted_party_cd": "NON_IDENTIFYING", "ncvhis.pct_label": "GEOGRAPHIC_SUBDIVISION"}
gold = {"dataset": "voter-file-us", "description": "Invented US state voter registration export shaped like a public state voter file, TAB-delimited in .csv files, all headers lower snake case, names in UPPER CASE: ncvoter 900 voters (county_desc, voter_reg_num, ncid AA123456, last/first/middle name, name_suffix_lbl, res_street_address, res_city_desc, state_cd, zip_code ZIP+4, mail_addr1, full_phone_number 10 digits, race/ethnic/party/gender codes, birth_year, age_at_year_end with 90-103, birth_state, drivers_lic Y/N, registr_dt mm/dd/yyyy, precinct_abbrv, municipality_desc, ward_abbrv, cong_dist_abbrv), ncvhis voter history (ncid FK, election_lbl the election day mm/dd/yyyy shared by all voters, voting_method, voted_party_cd, pct_label)",
        "delimiter": "\t", "entity": "ncvoter", "columns": cols,
        "foreignKeys": [{"column": "ncvhis.ncid", "references": "ncvoter.ncid"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

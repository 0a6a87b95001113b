#!/usr/bin/env python3
"""Writes hmda-lar-us: an invented internal HMDA loan/application register of a FICTIONAL Ohio mortgage lender
(seeded, stdlib only), '|' delimited like the public LAR, dates YYYYMMDD as in the LAR filing format.
lar: 2,600 applications (public LAR field names: activity_year, lei (ISO 17442, mod 97-10 check digits), uli (LEI +
loan number + ISO 7064 mod 97-10 check digits), application_date, loan_type, loan_purpose, ..., action_taken,
action_taken_date, state_code, county_code (5-digit FIPS), census_tract (11-digit GEOID), derived_msa-md,
applicant_ethnicity-1, applicant_race-1, applicant_sex, applicant_age (exact; 8888 not applicable), co-applicant_age
(9999 no co-applicant), income (thousands, NA), debt_to_income_ratio, combined_loan_to_value_ratio, interest_rate,
rate_spread, loan_term, property_value, applicant_credit_score, denial_reason-1, aus-1, nmlsr_id, branch_id).
borrowers: one row per applicant and co-applicant (loan_number FK, borrower_position, names, SSN, DOB MM/DD/YYYY,
phone, e-mail, property address, employer). loan_officers: 38 (NMLSR ID, name, branch, e-mail, hire date).
branches: 14 (branch id, name, branch NMLS id, address, phone, manager). Deliberate coincidences: branch 'Dublin Branch'
and 'Marion Branch' beside the cities Dublin and Marion; employer 'Lincoln Electric' beside the surname Lincoln;
given names Madison and Marion beside the towns; derived_msa-md codes (5 digits) have the shape of ZIP codes."""
import csv, json, random
rnd = random.Random(700101)
GIVEN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Christopher", "Karen",
         "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Madison", "Marion", "Tyrone",
         "Keisha", "DeShawn", "Aaliyah", "Jose", "Maria", "Wei", "Priya", "Mohammed", "Olga"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
          "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Lincoln", "Kowalski", "Nguyen",
          "Patel", "Schmidt", "Yoder", "Stroh", "McAllister", "O'Brien", "Washington", "Chen", "Hoffman", "Kraus"]
# county FIPS, county, MSA, cities with ZIP3
COUNTIES = [("049", "Franklin", "18140", [("Columbus", "432"), ("Westerville", "430"), ("Dublin", "430"), ("Grove City", "431")]),
            ("041", "Delaware", "18140", [("Delaware", "430"), ("Powell", "430"), ("Lewis Center", "430")]),
            ("089", "Licking", "18140", [("Newark", "430"), ("Granville", "430"), ("Heath", "430")]),
            ("035", "Cuyahoga", "17460", [("Cleveland", "441"), ("Lakewood", "441"), ("Parma", "441")]),
            ("061", "Hamilton", "17140", [("Cincinnati", "452"), ("Norwood", "452")]),
            ("153", "Summit", "10420", [("Akron", "443"), ("Cuyahoga Falls", "442")]),
            ("113", "Montgomery", "19430", [("Dayton", "454"), ("Kettering", "454")]),
            ("101", "Marion", "99999", [("Marion", "433"), ("Prospect", "433")])]
TRACTS = {c[0]: ["%06d" % rnd.choice([rnd.randint(100, 9999) * 100, rnd.randint(10000, 99999) * 10 + rnd.randint(0, 9)]) for _ in range(12)] for c in COUNTIES}
STREETS = ["Oak St", "Maple Ave", "High St", "Broad St", "Elm St", "Sunbury Rd", "Cleveland Ave", "Main St", "Park Ave",
           "Lincoln Way", "Hamilton Rd", "Westerville Rd", "Riverside Dr", "Sawmill Rd", "Cedar Ln", "Walnut St"]
EMPLOYERS = ["Nationwide Insurance", "Ohio State University", "Honda of America Mfg", "Lincoln Electric", "Kroger",
             "Cleveland Clinic", "Procter & Gamble", "JPMorgan Chase", "Marion General Hospital", "Self-employed",
             "Retired", "Columbus City Schools", "Cardinal Health", "Wendy's", "L Brands", "Goodyear"]

def m9710(s):
    """ISO 7064 mod 97-10 check digits of s (letters A=10 .. Z=35)."""
    n = int("".join(str(int(ch, 36)) for ch in s.upper()) + "00")
    return "%02d" % (98 - n % 97)
LEI0 = "549300" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
LEI = LEI0 + m9710(LEI0)

branches = []
BNAMES = ["Downtown Columbus", "Dublin Branch", "Westerville", "Delaware", "Newark", "Cleveland Heights", "Lakewood",
          "Cincinnati Kenwood", "Akron", "Dayton", "Kettering", "Marion Branch", "Grove City", "Call Center"]
for i, bn in enumerate(BNAMES):
    cf, cn, msa, cities = COUNTIES[min(i // 2, 7)]
    city, z3 = cities[0]
    if bn.startswith("Dublin"): city, z3 = "Dublin", "430"
    branches.append(["BR%02d" % (i + 1), bn, str(rnd.randint(400000, 2200000)), "%d %s" % (rnd.randint(10, 9900), rnd.choice(STREETS)),
                     city, "OH", z3 + "%02d" % rnd.randint(1, 99), "(%d) 555-%04d" % (rnd.choice([614, 740, 216, 513, 330, 937]), rnd.randint(100, 9999)),
                     "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))])
officers = []; used = set()
for i in range(38):
    while True:
        n = rnd.randint(100000, 2400000)
        if n not in used: used.add(n); break
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    officers.append([str(n), "%s, %s" % (f, g), rnd.choice(branches)[0], "%s.%s@buckeyehomelending.com" % (g.lower(), f.lower().replace("'", "")),
                     "%04d%02d%02d" % (rnd.randint(2008, 2024), rnd.randint(1, 12), rnd.randint(1, 28))])
lar = []; borrowers = []; bid = 0
for i in range(2600):
    loan_no = "2025%06d" % (1000 + i * 3 + rnd.randint(0, 2))
    uli = LEI + loan_no; uli += m9710(uli)
    cf, cn, msa, cities = rnd.choices(COUNTIES, weights=[30, 10, 6, 14, 10, 8, 8, 4])[0]
    city, z3 = rnd.choice(cities)
    tract = "39" + cf + rnd.choice(TRACTS[cf])
    action = rnd.choices(["1", "2", "3", "4", "5", "6", "7", "8"], weights=[58, 3, 14, 10, 4, 6, 1, 4])[0]
    purpose = rnd.choices(["1", "2", "31", "32", "4"], weights=[55, 5, 20, 15, 5])[0]
    ad = (rnd.randint(1, 11), rnd.randint(1, 28))
    appdate = "NA" if action == "6" else "2025%02d%02d" % ad
    actdate = "2025%02d%02d" % (min(12, ad[0] + rnd.randint(0, 1)), rnd.randint(1, 28))
    amount = rnd.randint(40, 900) * 1000 + rnd.choice([0, 0, 500, 250])
    value = "NA" if action in "345" and rnd.random() < 0.5 else str(int(amount / rnd.uniform(0.55, 0.97) // 1000 * 1000))
    co = rnd.random() < 0.48; nonnat = rnd.random() < 0.02
    age = "8888" if nonnat else str(rnd.choice([rnd.randint(21, 75), rnd.randint(21, 75), rnd.randint(76, 96)]))
    coage = "9999" if not co else str(rnd.randint(21, 88))
    income = "NA" if nonnat or rnd.random() < 0.05 else str(rnd.randint(28, 420))
    dti = "NA" if action in "46" or income == "NA" else ("%.2f" % rnd.uniform(12, 58)).rstrip("0").rstrip(".")
    cltv = "NA" if value == "NA" else ("%.3f" % (amount * 100 / int(value))).rstrip("0").rstrip(".")
    rate = "NA" if action in "3457" else "%.3f" % (rnd.choice([5.5, 5.75, 6.0, 6.125, 6.25, 6.375, 6.5, 6.625, 6.75, 6.875, 7.0, 7.25, 7.5]))
    spread = "NA" if action != "1" or rnd.random() < 0.2 else "%.3f" % rnd.uniform(-0.4, 2.6)
    eth = rnd.choices(["1", "11", "2", "3", "4"], weights=[3, 4, 70, 12, 11])[0]
    race = rnd.choices(["5", "3", "2", "27", "1", "6", "7"], weights=[62, 17, 5, 2, 1, 10, 3])[0]
    sex = rnd.choice(["1", "2", "1", "2", "3", "6"])
    den = rnd.choice(["1", "3", "4", "7"]) if action == "3" else "10"
    off = rnd.choice(officers)
    lar.append(["2025", LEI, uli, loan_no, appdate, rnd.choices(["1", "2", "3", "4"], weights=[70, 15, 12, 3])[0], purpose,
                rnd.choice(["1", "2", "2"]), "1" if rnd.random() < .97 else "2", rnd.choices(["1", "2", "3"], weights=[88, 5, 7])[0],
                str(amount), action, actdate, "OH", "39" + cf, tract, msa, eth, ("NA" if not co else rnd.choice(["2", "2", "1", "3"])) if False else (rnd.choice(["2", "2", "1", "3"]) if co else "5"),
                race, rnd.choice(["5", "5", "3", "8"]) if co else "8", sex, rnd.choice(["1", "2"]) if co else "5", age, coage, income, dti, cltv,
                rate, spread, rnd.choice(["360", "360", "360", "180", "240", "300"]), value, "NA" if nonnat else str(rnd.randint(580, 835)),
                den, rnd.choice(["1", "1", "2", "3", "6"]), off[0], off[2]])
    street = "%d %s" % (rnd.randint(12, 9800), rnd.choice(STREETS)) + rnd.choice(["", "", "", " Apt %d" % rnd.randint(1, 40), " Unit %s" % rnd.choice("ABCD")])
    zipc = z3 + "%02d" % rnd.randint(1, 99)
    fam = rnd.choice(FAMILY)
    n_b = 0 if nonnat else (2 if co else 1)
    for pos in range(1, n_b + 1):
        bid += 1
        g = rnd.choice(GIVEN); f = fam if pos == 2 and rnd.random() < .7 else rnd.choice(FAMILY)
        a = int(age) if pos == 1 else int(coage)
        ssn = "%03d-%02d-%04d" % (rnd.choice([rnd.randint(1, 665), rnd.randint(667, 899)]), rnd.randint(1, 99), rnd.randint(1, 9999))
        dob = "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), 2025 - a - rnd.randint(0, 1))
        phone = "" if rnd.random() < .06 else rnd.choice(["(%d) %03d-%04d", "%d-%03d-%04d", "%d%03d%04d"]) % (rnd.choice([614, 740, 216, 513, 330, 937, 419]), rnd.randint(201, 989), rnd.randint(0, 9999))
        email = "" if rnd.random() < .1 else "%s%s%d@%s" % (g.lower()[0], f.lower().replace("'", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "att.net", "outlook.com", "aol.com"]))
        borrowers.append(["BW%06d" % (100000 + bid), loan_no, "Borrower" if pos == 1 else "Co-Borrower", g,
                          rnd.choice(["", "", "A", "J", "M", "L", "R"]), f, rnd.choice(["", "", "", "", "", "", "Jr", "Sr", "III"]), ssn, dob,
                          rnd.choice(["Married", "Unmarried", "Separated"]), phone, email, street, city, "OH", zipc,
                          rnd.choice(EMPLOYERS), str(rnd.randint(0, 30)), "%.2f" % (int(income) * 1000 / 12 / n_b if income != "NA" else 0)])
H_LAR = ["activity_year", "lei", "uli", "loan_number", "application_date", "loan_type", "loan_purpose", "preapproval",
         "construction_method", "occupancy_type", "loan_amount", "action_taken", "action_taken_date", "state_code",
         "county_code", "census_tract", "derived_msa-md", "applicant_ethnicity-1", "co-applicant_ethnicity-1",
         "applicant_race-1", "co-applicant_race-1", "applicant_sex", "co-applicant_sex", "applicant_age",
         "co-applicant_age", "income", "debt_to_income_ratio", "combined_loan_to_value_ratio", "interest_rate",
         "rate_spread", "loan_term", "property_value", "applicant_credit_score", "denial_reason-1", "aus-1", "nmlsr_id", "branch_id"]
H_B = ["borrower_id", "loan_number", "borrower_position", "first_name", "middle_initial", "last_name", "suffix", "ssn",
       "date_of_birth", "marital_status", "home_phone", "email", "property_street", "property_city", "property_state",
       "property_zip", "employer_name", "years_on_job", "monthly_income"]
H_O = ["nmlsr_id", "loan_officer_name", "branch_id", "email", "hire_date"]
H_BR = ["branch_id", "branch_name", "branch_nmls_id", "street", "city", "state", "zip", "phone", "branch_manager"]
for name, head, rows in [("lar", H_LAR, lar), ("borrowers", H_B, borrowers), ("loan_officers", H_O, officers), ("branches", H_BR, branches)]:
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(head); w.writerows(rows)
N = "NON_IDENTIFYING"
cols = {}
for h in H_LAR: cols["lar." + h] = N
cols.update({"lar.uli": "OTHER_UNIQUE_IDENTIFIER", "lar.loan_number": "OTHER_UNIQUE_IDENTIFIER", "lar.application_date": "DATE",
             "lar.action_taken_date": "DATE", "lar.county_code": "COUNTY", "lar.census_tract": "GEOGRAPHIC_SUBDIVISION",
             "lar.applicant_age": "AGE", "lar.co-applicant_age": "AGE", "lar.nmlsr_id": "QUASI_IDENTIFIER"})
b = {"borrower_id": "OTHER_UNIQUE_IDENTIFIER", "loan_number": "OTHER_UNIQUE_IDENTIFIER", "borrower_position": N, "first_name": "GIVEN_NAME",
     "middle_initial": "NAME", "last_name": "FAMILY_NAME", "suffix": N, "ssn": "SOCIAL_SECURITY_NUMBER", "date_of_birth": "DATE_OF_BIRTH",
     "marital_status": N, "home_phone": "TELEPHONE_NUMBER", "email": "EMAIL_ADDRESS", "property_street": "STREET_ADDRESS",
     "property_city": "CITY", "property_state": N, "property_zip": "ZIP_CODE", "employer_name": "NAME", "years_on_job": N, "monthly_income": N}
cols.update({"borrowers." + k: v for k, v in b.items()})
cols.update({"loan_officers.nmlsr_id": "QUASI_IDENTIFIER", "loan_officers.loan_officer_name": "NAME", "loan_officers.branch_id": N,
             "loan_officers.email": "EMAIL_ADDRESS", "loan_officers.hire_date": "DATE"})
cols.update({"branches.branch_id": N, "branches.branch_name": N, "branches.branch_nmls_id": N, "branches.street": "STREET_ADDRESS",
             "branches.city": "CITY", "branches.state": N, "branches.zip": "ZIP_CODE", "branches.phone": "TELEPHONE_NUMBER", "branches.branch_manager": "NAME"})
gold = {"dataset": "hmda-lar-us",
        "description": "Invented internal HMDA loan/application register of a fictional Ohio mortgage lender, '|' delimited, dates YYYYMMDD (LAR filing format), borrower DOB MM/DD/YYYY: lar 2,600 applications with the public LAR field names (activity_year, lei with ISO 17442 check digits, uli = LEI + loan number + ISO 7064 mod 97-10 check digits, loan_number, application_date (NA for purchased loans), codes, loan_amount, action_taken, action_taken_date, state_code, county_code 5-digit FIPS, census_tract 11-digit GEOID, derived_msa-md (99999 outside an MSA), ethnicity/race/sex codes, exact applicant_age incl. ages over 89 and 8888 not applicable, co-applicant_age 9999 none, income in thousands, DTI, CLTV, rate, rate spread, term, property value, credit score, denial reason, AUS, nmlsr_id, branch_id), borrowers 3,787 (one row per applicant and co-applicant: borrower_id, loan_number FK, position, first name, middle initial, last name, suffix, SSN, DOB, marital status, phone in three styles, e-mail, property street/city/state/ZIP, employer, years on job, monthly income), loan_officers 38 (NMLSR ID QUASI_IDENTIFIER as provider keys, 'Last, First' NAME, branch, e-mail, hire date), branches 14 (branch id, name, branch NMLS id, address, phone, manager). lei and derived_msa-md NON_IDENTIFYING; county_code COUNTY; census_tract GEOGRAPHIC_SUBDIVISION; employer_name NAME (an employer of the individual, as clarity-extract). Coincidences: branches 'Dublin Branch' and 'Marion Branch' beside the cities Dublin and Marion and the given name Marion; employer 'Lincoln Electric' and street 'Lincoln Way' beside the surname Lincoln; 'Marion General Hospital' beside the city Marion; MSA codes with the shape of ZIP codes",
        "delimiter": "|", "entity": "lar", "columns": cols,
        "foreignKeys": [{"column": "borrowers.loan_number", "references": "lar.loan_number"},
                        {"column": "lar.nmlsr_id", "references": "loan_officers.nmlsr_id"},
                        {"column": "lar.branch_id", "references": "branches.branch_id"},
                        {"column": "loan_officers.branch_id", "references": "branches.branch_id"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

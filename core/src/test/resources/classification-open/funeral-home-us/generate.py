#!/usr/bin/env python3
"""Writes funeral-home-us: an invented case-management export of a fictional US funeral home (Ohio, seeded, stdlib
only), ',' with US formats (MM/DD/YYYY, $1,234.00). decedents: 60 cases (case number '2025-0142', name parts, DOB,
date of death, age at death (some over 89), SSN, place of death type / facility / city / county, residence address,
ICD-10 underlying cause, cause text (Part I line a), veteran, disposition, attending physician, funeral director and
licence). informants: next of kin and informants (relationship, phone, e-mail, address). services: visitation, funeral,
graveside and memorial services (church or venue, officiant, cemetery, section/lot/grave). merchandise: statement of
funeral goods and services lines (SKU, description, category, qty, unit price, line total, added by staff).
Deliberate coincidences: the cemetery 'Lincoln Memorial Park' beside the surname Lincoln; the town 'Marion' beside the
given name Marion; the church 'St. Francis de Sales' beside the given name Francis; the product 'Madison Bronze Urn'
beside the town Madison (not used as a residence)."""
import csv, json, random, datetime
rnd = random.Random(710101)
GIVEN_M = ["James", "Robert", "William", "Richard", "Donald", "Gerald", "Harold", "Marion", "Francis", "Eugene",
           "Kenneth", "Lawrence", "Walter", "Raymond", "Carl", "Dale", "Leroy", "Dennis"]
GIVEN_F = ["Mary", "Dorothy", "Betty", "Shirley", "Joan", "Marion", "Evelyn", "Ruth", "Helen", "Frances", "Carol",
           "Judith", "Barbara", "Norma", "Phyllis", "Lois", "Darlene", "Patricia"]
FAMILY = ["Schneider", "Miller", "Kowalski", "Lincoln", "Brennan", "Hoffman", "Yoder", "Washington", "Fischer",
          "Baker", "Novak", "Sullivan", "Jackson", "Hartman", "Kessler", "Zimmerman", "Prater", "McAllister",
          "Dunbar", "Osborne", "Ruiz", "Nguyen", "Whitfield", "Stroud"]
TOWNS = [("Canton", "Stark", "447"), ("Massillon", "Stark", "446"), ("North Canton", "Stark", "447"),
         ("Alliance", "Stark", "446"), ("Marion", "Marion", "433"), ("Wooster", "Wayne", "446"),
         ("Dover", "Tuscarawas", "446"), ("Louisville", "Stark", "446"), ("Orrville", "Wayne", "446")]
STREETS = ["Cleveland Ave NW", "Market Ave N", "Tuscarawas St W", "Fulton Rd NW", "Whipple Ave NW", "Main St",
           "Lincoln Way E", "Harmont Ave NE", "Portage St NW", "Oak Ave SE", "Maple St", "State St NE"]
CAUSES = [("Acute myocardial infarction", "I21.9"), ("Atherosclerotic cardiovascular disease", "I25.10"),
          ("Chronic obstructive pulmonary disease", "J44.9"), ("Alzheimer's dementia", "G30.9"),
          ("Metastatic adenocarcinoma of the pancreas", "C25.9"), ("Non-small cell lung cancer", "C34.90"),
          ("Congestive heart failure", "I50.9"), ("Cerebrovascular accident", "I63.9"),
          ("Sepsis due to pneumonia", "A41.9"), ("End stage renal disease", "N18.6"),
          ("Blunt force injuries, motor vehicle collision", "V43.5XXA"), ("Acute combined drug toxicity", "X44")]
FACILITIES = ["Aultman Hospital", "Mercy Medical Center", "Brookdale North Canton", "Hospice of Stark County - Stark Hospice Center",
              "Canton Regency Nursing Home", "Wooster Community Hospital", ""]
DIRECTORS = [("Thomas A. Reinhardt", "FD.012345"), ("Karen L. Pfeiffer", "FD.013877"), ("Michael Derrow", "EFD.004419")]
PHYS = ["Dr. Anil Mehta", "Dr. Susan Kraus", "Dr. Peter Albrecht", "Dr. Laura Whitcomb", "Dr. Samuel Okafor", "Dr. Jean Rossi"]
CHURCHES = ["St. Francis de Sales Catholic Church", "St. Paul Catholic Church", "First United Methodist Church",
            "Trinity Lutheran Church", "Faith Family Church", "Christ Presbyterian Church", "Funeral Home Chapel"]
OFFICIANTS = ["Rev. Msgr. Lewis Gaskins", "Fr. Daniel Kozak", "Pastor Gregory Bell", "Rev. Ellen Sturgis",
              "Pastor Mark Huebner", "Deacon Joseph Ranieri"]
CEMETERIES = ["Lincoln Memorial Park", "West Lawn Cemetery", "Calvary Cemetery", "Forest Hill Cemetery",
              "Ohio Western Reserve National Cemetery"]
REL = ["Spouse", "Son", "Daughter", "Brother", "Sister", "Grandson", "Granddaughter", "Niece", "Nephew", "Friend"]
GOODS = [("SVC-BASIC", "Basic services of funeral director and staff", "Professional Services", 2495.00),
         ("SVC-TRANS", "Transfer of remains to funeral home (25 mi)", "Transportation", 395.00),
         ("SVC-EMB", "Embalming", "Preparation", 895.00), ("SVC-DRESS", "Dressing, casketing and cosmetology", "Preparation", 325.00),
         ("SVC-VIS", "Use of facilities and staff for visitation", "Facilities", 650.00),
         ("SVC-CER", "Use of facilities and staff for funeral ceremony", "Facilities", 695.00),
         ("SVC-GRV", "Graveside service staff and equipment", "Facilities", 450.00),
         ("VEH-HRS", "Hearse (funeral coach)", "Transportation", 425.00), ("VEH-LMO", "Limousine", "Transportation", 295.00),
         ("VEH-UTL", "Service/utility vehicle", "Transportation", 175.00),
         ("CSK-18G-SLV", "Batesville 18 Gauge Steel Casket - Silver Rose", "Casket", 3295.00),
         ("CSK-OAK-AUT", "Solid Oak Casket - Autumn Oak", "Casket", 4895.00), ("CSK-20G-BLU", "20 Gauge Steel Casket - Blue", "Casket", 1995.00),
         ("URN-MAD-BRZ", "Madison Bronze Urn", "Urn", 495.00), ("URN-WAL-001", "Walnut Keepsake Urn", "Urn", 245.00),
         ("VLT-MNCH-01", "Wilbert Monticello Burial Vault", "Outer Burial Container", 1695.00),
         ("VLT-CONC-01", "Concrete Grave Liner", "Outer Burial Container", 895.00),
         ("CRM-DIRECT", "Crematory fee", "Cremation", 395.00), ("CRM-ALT-01", "Alternative container (cardboard)", "Cremation", 95.00),
         ("MSC-REGBK", "Register book", "Stationery", 65.00), ("MSC-PRAYC", "Memorial prayer cards (100)", "Stationery", 125.00),
         ("MSC-FOLDR", "Memorial folders (100)", "Stationery", 145.00), ("MSC-VIDEO", "Memorial tribute video", "Stationery", 225.00),
         ("CA-DC-CERT", "Certified copies of death certificate", "Cash Advance", 25.00),
         ("CA-OBIT-REP", "Obituary - The Repository", "Cash Advance", 385.00), ("CA-CLERGY", "Clergy honorarium", "Cash Advance", 200.00),
         ("CA-OPEN", "Opening and closing of grave", "Cash Advance", 1350.00), ("CA-FLWR", "Floral - casket spray", "Cash Advance", 325.00)]
def d(x): return x.strftime("%m/%d/%Y")
def money(v): return "${:,.2f}".format(v)
def phone(): return rnd.choice(["(330) %03d-%04d", "330-%03d-%04d", "(234) %03d-%04d"]) % (rnd.randint(200, 989), rnd.randint(0, 9999))
used_ssn = set()
def ssn():
    while True:
        s = "%03d-%02d-%04d" % (rnd.randint(268, 302), rnd.randint(1, 99), rnd.randint(1, 9999))
        if s not in used_ssn: used_ssn.add(s); return s
dec, inf, svc, mer = [], [], [], []
base = datetime.date(2024, 1, 4); contact = 5001; sid = 8001; line = 1
for i in range(60):
    sex = rnd.choice("MF"); g = rnd.choice(GIVEN_M if sex == "M" else GIVEN_F); fam = rnd.choice(FAMILY)
    mid = rnd.choice(["A", "Marie", "J.", "Lee", "Ann", "R", "", "Edward", "Louise"])
    dod = base + datetime.timedelta(days=rnd.randint(0, 700)); age = rnd.choice([rnd.randint(48, 88), rnd.randint(70, 88), rnd.randint(88, 101)])
    dob = dod - datetime.timedelta(days=age * 365 + rnd.randint(0, 360)); age = (dod - dob).days // 365
    town, county, z3 = rnd.choice(TOWNS); pod = rnd.choice(["Hospital - Inpatient", "Nursing home/Long term care facility", "Decedent's home", "Hospice facility", "Hospital - ER/Outpatient"])
    fac = "" if pod == "Decedent's home" else rnd.choice(FACILITIES[:-1])
    podcity, podcounty, _ = (town, county, z3) if pod == "Decedent's home" else rnd.choice(TOWNS[:4])
    cause, icd = rnd.choice(CAUSES); dirn, lic = rnd.choice(DIRECTORS)
    dispo = rnd.choice(["Burial", "Burial", "Cremation", "Entombment", "Donation"])
    case = "%d-%04d" % (dod.year, 100 + i * 3 + rnd.randint(0, 2))
    dec.append([case, g, mid, fam, rnd.choice(["", "", "", "Jr.", "Sr.", "III"]) if sex == "M" else "", d(dob), d(dod),
                str(age), "Male" if sex == "M" else "Female", ssn(),
                rnd.choice(["Married", "Widowed", "Widowed", "Divorced", "Never Married"]), pod, fac, podcity, podcounty,
                "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), town, "OH", "%s%02d" % (z3, rnd.randint(1, 99)),
                cause, icd, rnd.choice(["Yes", "No", "No", "No"]), dispo, rnd.choice(PHYS) if pod != "Hospital - ER/Outpatient" else "",
                "%d%06d" % (dod.year, rnd.randint(1000, 999999)), dirn, lic])
    # informants and next of kin
    for k in range(rnd.choice([1, 2, 2, 3])):
        rel = "Spouse" if k == 0 and rnd.random() < 0.4 else rnd.choice(REL[1:])
        kg = rnd.choice(GIVEN_M + GIVEN_F + ["Jennifer", "Michael", "Lisa", "Brian", "Amy", "Kevin"])
        kf = fam if rel in ("Spouse", "Son", "Brother", "Grandson") or rnd.random() < 0.4 else rnd.choice(FAMILY)
        kt, kc, kz = rnd.choice(TOWNS + [("Akron", "Summit", "443"), ("Columbus", "Franklin", "432")])
        email = "" if rnd.random() < 0.3 else "%s.%s%d@%s" % (kg.lower(), kf.lower().replace(" ", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.com", "aol.com", "sbcglobal.net"]))
        inf.append([str(contact), case, kg, kf, rel, "Yes" if k == 0 else "No", str(k + 1), phone(), phone() if rnd.random() < 0.3 else "",
                    email, "%d %s" % (rnd.randint(100, 9999), rnd.choice(STREETS)), kt, "OH", "%s%02d" % (kz, rnd.randint(1, 99))])
        contact += 1
    # services
    kinds = ["Visitation", "Funeral Service"] if dispo in ("Burial", "Entombment") else ["Memorial Service"]
    if dispo == "Burial": kinds.append("Committal/Graveside")
    if dispo == "Donation": kinds = []
    for kind in kinds:
        sd = dod + datetime.timedelta(days=rnd.randint(3, 8) + (1 if kind == "Funeral Service" else 0))
        ch = rnd.choice(CHURCHES) if kind != "Committal/Graveside" else ""
        cem = rnd.choice(CEMETERIES) if kind == "Committal/Graveside" else ""
        svc.append([str(sid), case, kind, d(sd), rnd.choice(["10:00 AM", "11:00 AM", "1:00 PM", "4:00 PM - 7:00 PM", "5:00 PM - 8:00 PM"]),
                    ch if kind != "Visitation" else "Funeral Home Chapel", rnd.choice(OFFICIANTS) if kind != "Visitation" else "",
                    cem, rnd.choice(["A", "B", "C", "12", "Garden of Peace", "St. Joseph"]) if cem else "",
                    str(rnd.randint(1, 480)) if cem else "", str(rnd.randint(1, 8)) if cem else "", rnd.choice(["", "", "Military honors - VFW Post 3417", "Bagpiper requested", "Livestream", "Pallbearers: grandsons %s and %s %s" % (rnd.choice(GIVEN_M), rnd.choice(GIVEN_M), fam), "Eulogy by %s (%s)" % (inf[-1][2] + " " + inf[-1][3], inf[-1][4].lower())])])
        sid += 1
    # merchandise lines
    items = [g_ for g_ in GOODS if g_[2] in ("Professional Services", "Stationery", "Cash Advance") or rnd.random() < 0.45]
    if dispo in ("Cremation",): items = [x for x in items if x[2] not in ("Casket", "Outer Burial Container")]
    for sku, desc, cat, price in items:
        qty = rnd.randint(2, 12) if sku == "CA-DC-CERT" else 1
        disc = price * 0.1 if cat == "Casket" and rnd.random() < 0.2 else 0.0
        mer.append([str(line), case, sku, desc, cat, str(qty), money(price), money(disc) if disc else "", money(price * qty - disc),
                    "No" if cat in ("Cash Advance", "Professional Services") else "Yes", rnd.choice(DIRECTORS)[0],
                    d(dod + datetime.timedelta(days=rnd.randint(1, 3)))])
        line += 1
H = {"decedents": ["Case Number", "Decedent First Name", "Middle Name", "Last Name", "Suffix", "Date of Birth", "Date of Death",
                   "Age", "Sex", "SSN", "Marital Status", "Place of Death Type", "Facility Name", "Place of Death City",
                   "Place of Death County", "Residence Street", "Residence City", "Residence State", "Residence ZIP",
                   "Cause of Death (Part I a)", "Underlying Cause ICD-10", "Veteran", "Disposition", "Certifying Physician",
                   "State File Number", "Funeral Director", "FD License #"],
     "informants": ["Contact ID", "Case Number", "First Name", "Last Name", "Relationship", "Informant", "NOK Order",
                    "Primary Phone", "Alt Phone", "Email", "Street", "City", "State", "ZIP"],
     "services": ["Service ID", "Case Number", "Service Type", "Service Date", "Service Time", "Location / Church",
                  "Officiant", "Cemetery", "Section", "Lot", "Grave", "Special Instructions"],
     "merchandise": ["Line #", "Case Number", "SKU", "Item Description", "Category", "Qty", "Unit Price", "Discount",
                     "Line Total", "Taxable", "Added By", "Date Added"]}
for t, rows in (("decedents", dec), ("informants", inf), ("services", svc), ("merchandise", mer)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
L = {"decedents": ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "QUASI_IDENTIFIER", "FAMILY_NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH",
                   "DATE", "AGE", "NON_IDENTIFYING", "SOCIAL_SECURITY_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "CITY", "COUNTY", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "CERTIFICATE_LICENSE_NUMBER", "NAME", "QUASI_IDENTIFIER"],
     "informants": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE"],
     "services": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "FREE_TEXT"],
     "merchandise": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                     "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE"]}
cols = {}
for t in H:
    for h, l in zip(H[t], L[t]): cols[t + "." + h] = l
gold = {"dataset": "funeral-home-us",
        "description": "Invented case-management export of a fictional Ohio funeral home, ',' with US formats (MM/DD/YYYY, $1,234.00): 60 decedents (case number '2025-0142', first/middle/last name, suffix, DOB, date of death, age at death with some over 89, SSN, place of death type, facility, place of death city and county, residence street/city/ZIP, cause of death text and ICD-10 underlying cause, veteran, disposition, certifying physician, state file number, funeral director and licence), informants and next of kin (relationship, phones, e-mail, address), services (type, date, time, church or venue, officiant, cemetery, section/lot/grave, special instructions), statement lines of goods and services (SKU, description, category, qty, unit price, discount, total, added by staff). Cause text and ICD-10 NON_IDENTIFYING (vocabulary); grave lot and grave number QUASI_IDENTIFIER (as parish-register burials.plot), section NON_IDENTIFYING; the funeral director's state licence QUASI_IDENTIFIER (a provider key, staff are NAME); the death certificate's state file number CERTIFICATE_LICENSE_NUMBER; middle name QUASI_IDENTIFIER (as middle initials). Cemetery 'Lincoln Memorial Park' beside the surname Lincoln, town 'Marion' beside the given name Marion, church 'St. Francis de Sales' beside the given name Francis, product 'Madison Bronze Urn' are deliberate",
        "delimiter": ",", "entity": "decedents", "columns": cols,
        "foreignKeys": [{"column": "informants.Case Number", "references": "decedents.Case Number"},
                        {"column": "services.Case Number", "references": "decedents.Case Number"},
                        {"column": "merchandise.Case Number", "references": "decedents.Case Number"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes rx-ncpdp: an invented retail pharmacy dispensing export with NCPDP Telecommunication field names (breaker32;
seeded, stdlib only). ',' separated, dates CCYYMMDD as NCPDP writes them. fills 1,400 (Prescription/Service Reference
Number, Fill Number, Date Prescription Written, Date of Service, Patient First/Last Name, Date of Birth, Patient
Gender Code, Patient Zip/Postal Zone, Prescriber Last/First Name, Prescriber ID (NPI, Luhn with the 80840 prefix),
Prescriber DEA Number (two letters + 7 digits with its check digit), Product/Service ID (11-digit NDC), Drug Name,
Strength, Quantity Dispensed, Days Supply, DAW code, SIG (stock directions, some naming a caregiver), BIN Number,
Processor Control Number, Group ID, Cardholder ID, Patient Pay Amount) and will_call 15 (one day's pick-up log:
bag/bin, patient 'LAST, FIRST', Rx number, picked up by and relationship, ID shown, counselling). Planted coincidences
are listed in gold.json's description."""
import csv, json, random, datetime
rnd = random.Random(320002)
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def npi():
    base = rnd.choice("12") + "".join(rnd.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)
def dea(last, kind="BFAM"):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rnd.choice(kind) + last[0].upper() + "".join(map(str, d)) + str(c)
PRESC = []
PG = ["Anjali", "Robert", "Linda", "Mark", "Grace", "Samuel", "Priya", "Thomas", "Karen", "Daniel", "Olufemi", "Susan", "Wei"]
PF = ["Okafor", "Lindqvist", "Baptiste", "Hale", "Marchetti", "Nakamura", "Delgado", "Brennan", "Sokolov", "Whitfield", "Iyer", "Carver", "Mendel"]
for i in range(26):
    g = PG[i % 13]; f = PF[(i * 7 + 3) % 13]
    PRESC.append((f, g, npi(), dea(f)))
GIVEN = ["Dorothy", "Harold", "Linda", "James", "Maria", "Jose", "Emily", "Michael", "Patricia", "Robert", "Ashley", "Kevin", "Barbara",
         "Carlos", "Nancy", "Grace", "Austin", "Brittany", "Frank", "Shirley", "Dylan", "Hannah", "Tyrone", "Mei", "Ruth", "Walter"]
FAMILY = ["Hale", "Kowalczyk", "Ramirez", "Thompson", "Nguyen", "Patel", "Johnson", "Schultz", "Daley", "Washington", "Ortiz", "Brennan",
          "Fitzgerald", "Castillo", "Yoder", "Abernathy", "Mueller", "Lindgren", "Okonkwo", "Pruitt", "Sandoval", "Whitaker", "Lopez", "Tran"]
ZIPS = ["45011", "45013", "45014", "45015", "45042", "45044", "45050", "45069", "45140", "45202", "45231", "45246"]
patients = []
for i in range(420):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    dob = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 33000))
    plan = rnd.choice(PLANS := [("610014", "", "RX1234", "Express Scripts"), ("004336", "ADV", "RX8826", "CVS Caremark"), ("610502", "MEDDAET", "RXAETNAD", "Aetna Part D"),
                                ("003858", "MA", "2FRA", "Express Scripts Medicare"), ("610097", "9999", "COS", "OptumRx"), ("015581", "03200000", "FHKA", "Humana"),
                                ("610494", "ACU", "CARE", "Accredo"), ("", "", "", "Cash")])
    card = "" if plan[3] == "Cash" else rnd.choice(["ZGW%09d" % rnd.randint(0, 999999999), "%011d" % rnd.randint(0, 99999999999), "W%09d" % rnd.randint(0, 999999999)])
    patients.append((g, f, dob, rnd.choice("MF"), rnd.choice(ZIPS) + (rnd.choice(["", "", "-%04d" % rnd.randint(1, 9999)])), plan, card,
                     rnd.choice(["Ruth", "Walter", "Maria", "Kevin", "Denise", "Tom"])))
DRUGS = [("00093715056", "ATORVASTATIN CALCIUM", "20 MG", 30, "TAKE 1 TABLET BY MOUTH DAILY"), ("00781107001", "LISINOPRIL", "10 MG", 30, "TAKE 1 TABLET BY MOUTH DAILY"),
         ("00228271711", "METFORMIN HCL", "500 MG", 60, "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS"), ("68180051301", "LEVOTHYROXINE SODIUM", "50 MCG", 30, "TAKE 1 TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH"),
         ("00378180001", "AMLODIPINE BESYLATE", "5 MG", 30, "TAKE 1 TABLET BY MOUTH DAILY"), ("16714029102", "SERTRALINE HCL", "50 MG", 30, "TAKE 1 TABLET BY MOUTH DAILY"),
         ("00591040501", "HYDROCODONE-ACETAMINOPHEN", "5-325 MG", 20, "TAKE 1 TABLET BY MOUTH EVERY 6 HOURS AS NEEDED FOR PAIN"),
         ("59762502001", "AMOXICILLIN", "500 MG", 21, "TAKE 1 CAPSULE BY MOUTH THREE TIMES DAILY UNTIL GONE"), ("00172209060", "OMEPRAZOLE", "20 MG", 30, "TAKE 1 CAPSULE BY MOUTH DAILY BEFORE BREAKFAST"),
         ("00069315083", "ALPRAZOLAM", "0.5 MG", 60, "TAKE 1 TABLET BY MOUTH TWICE DAILY AS NEEDED FOR ANXIETY"), ("00002879959", "INSULIN LISPRO", "100 UNIT/ML", 10, "INJECT 10 UNITS UNDER THE SKIN BEFORE MEALS"),
         ("00054327099", "PREDNISONE", "10 MG", 21, "TAKE AS DIRECTED PER TAPER PACK"), ("00904198861", "GABAPENTIN", "300 MG", 90, "TAKE 1 CAPSULE BY MOUTH THREE TIMES DAILY")]
fills = []
rx = 6104300
start = datetime.date(2026, 1, 5)
while len(fills) < 1400:
    p = rnd.choice(patients); pr = rnd.choice(PRESC); dr = rnd.choice(DRUGS)
    rx += rnd.randint(1, 9)
    written = start + datetime.timedelta(days=rnd.randint(0, 150))
    refills = rnd.choice([0, 0, 1, 2, 3, 5, 11])
    for n in range(min(refills, rnd.randint(0, 4)) + 1):
        dos = written + datetime.timedelta(days=rnd.randint(0, 3) + n * dr[3])
        sig = dr[4]
        r = rnd.random()
        if r < 0.05:
            sig += ". %s (%s) TO GIVE - PT NEEDS ASSIST" % (p[7].upper(), rnd.choice(["DAUGHTER", "SON", "WIFE", "HUSBAND"]))
        elif r < 0.08:
            sig += ". CALL %s %s AT 513-%03d-%04d IF MISSED DOSES" % (p[7].upper(), p[1].upper(), rnd.randint(200, 999), rnd.randint(0, 9999))
        m = rnd.choice([1, 1, 3]) if dr[3] >= 30 else 1
        qty = dr[3] * m if "UNIT" not in dr[2] else 10
        days = 30 * m if dr[3] >= 30 else {21: 7, 20: 5}.get(dr[3], 30) if "UNIT" not in dr[2] else 25
        fills.append([str(rx), str(n), written.strftime("%Y%m%d"), dos.strftime("%Y%m%d"), p[0].upper(), p[1].upper(), p[2].strftime("%Y%m%d"),
                      {"M": "1", "F": "2"}[p[3]], p[4], pr[0].upper(), pr[1].upper(), "01", pr[2], pr[3], "03", dr[0], dr[1], dr[2],
                      "%d.000" % qty, str(days),
                      rnd.choice(["0", "0", "0", "1"]), sig, p[5][0], p[5][1], p[5][2], p[6], p[5][3],
                      "%.2f" % rnd.choice([0, 0, 4.0, 10.0, 15.0, 47.5, rnd.uniform(1, 80)]), str(refills - n)])
fills = fills[:1400]
fills.sort(key=lambda r: (r[3], r[0]))
# will-call log of one day
day = []
for k, p in enumerate(rnd.sample(patients, 15)):
    rel = rnd.choice(["SELF", "SELF", "SELF", "SPOUSE", "DAUGHTER", "CAREGIVER"])
    who = "%s %s" % (p[0].title(), p[1]) if rel == "SELF" else "%s %s" % (p[7], rnd.choice([p[1], rnd.choice(FAMILY)]))
    dr = rnd.choice(DRUGS)
    day.append(["%s-%02d" % (rnd.choice("ABCDEFGH"), rnd.randint(1, 40)), "%s, %s" % (p[1].upper(), p[0].upper()), p[2].strftime("%m/%d/%Y"),
                str(6104300 + rnd.randint(1, 9000)), "%s %s" % (dr[1], dr[2]), "2026-04-17 %02d:%02d" % (rnd.randint(9, 20), rnd.randint(0, 59)),
                who, rel, rnd.choice(["OH DL %s%s%06d" % (rnd.choice("ABCDEFGHJKRST"), rnd.choice("ABCDEFGHJKRST"), rnd.randint(0, 999999)), "", "KNOWN TO STAFF"]) if rel != "SELF" else "",
                rnd.choice(["ACCEPTED", "DECLINED", "ACCEPTED"]), "%.2f" % rnd.choice([0, 4.0, 10.0, 12.73]), rnd.choice(["RPh DM", "RPh JS", "CPhT AK"])])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
FH = ["Prescription/Service Reference Number", "Fill Number", "Date Prescription Written", "Date of Service", "Patient First Name", "Patient Last Name",
      "Date of Birth", "Patient Gender Code", "Patient Zip/Postal Zone", "Prescriber Last Name", "Prescriber First Name", "Prescriber ID Qualifier",
      "Prescriber ID", "Prescriber DEA Number", "Product/Service ID Qualifier", "Product/Service ID", "Drug Name", "Strength", "Quantity Dispensed",
      "Days Supply", "Dispense As Written (DAW)/Product Selection Code", "SIG", "BIN Number", "Processor Control Number", "Group ID", "Cardholder ID",
      "Plan Name", "Patient Pay Amount", "Number of Refills Remaining"]
WH = ["Bin Location", "Patient", "DOB", "Rx #", "Drug", "Picked Up", "Picked Up By", "Relationship", "ID Verified", "Counseling", "Copay", "Released By"]
write("fills", FH, fills); write("will_call", WH, day)
N, Q, O, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE"
L = {}
for t, h, labels in [("fills", FH, [O, N, D, D, "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", N, "ZIP_CODE", "NAME", "NAME", N, Q, Q, N, N, N, N, N, N, N,
                                    "FREE_TEXT", N, N, N, "HEALTH_PLAN_BENEFICIARY_NUMBER", N, N, N]),
                     ("will_call", WH, [N, "NAME", "DATE_OF_BIRTH", O, N, D, "NAME", N, "CERTIFICATE_LICENSE_NUMBER", N, N, N])]:
    for c, l in zip(h, labels):
        L[t + "." + c] = l
gold = {"dataset": "rx-ncpdp",
        "description": "Invented retail pharmacy dispensing export (breaker32) with NCPDP field names, ',', CCYYMMDD dates: 1400 fills of 420 patients (Rx number, fill number, names upper-case, DOB, gender code 1/2, ZIP or ZIP+4, prescriber names, NPI (Luhn, 80840 prefix), DEA (check digit), NDC 11, drug, strength, quantity, days supply, DAW, SIG stock directions of which ~8% name a caregiver or give a phone, BIN/PCN/group, cardholder id, plan, copay, refills left) and a 15-row will-call log of one day (patient 'LAST, FIRST', DOB mm/dd/yyyy, Rx #, picked up by and relationship, ID shown). Coincidences: patient surname Hale = prescriber surname Hale, given name Grace for patients and prescribers, given name Austin, surname Washington.",
        "delimiter": ",", "entity": "fills", "columns": L, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

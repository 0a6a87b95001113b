#!/usr/bin/env python3
"""Writes pharmacy-rx: an invented pharmacy dispensing log (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(55501)
GIVEN = ["Harold", "Bernadette", "Curtis", "Delphine", "Errol", "Fiona", "Gideon", "Hattie", "Ignatius", "Juniper", "Lorenzo", "Marisol"]
FAMILY = ["Quackenbush", "Ostrowski", "Villanueva", "Blackwood", "Eriksen", "Mahoney", "Tibbets", "Achterberg", "Rosales", "Dunmore"]
DRUGS = [("00093-7180-01", "lisinopril 10 mg tab"), ("00378-0208-01", "metformin 500 mg tab"), ("00071-0155-23", "atorvastatin 20 mg tab"),
         ("59762-3304-01", "sertraline 50 mg tab"), ("00603-2583-21", "amoxicillin 500 mg cap"), ("00591-0405-01", "hydrocodone/apap 5-325 tab")]
def dea(last):
    d = [rnd.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rnd.choice("ABFM") + last[0] + "".join(map(str, d)) + str(c)
presc = []
for i in range(8):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    presc.append(["PR%03d" % (i + 1), "Dr. %s %s" % (g, f), dea(f), str(1000000000 + rnd.randint(0, 899999999)), rnd.choice(["Family Med", "Cardiology", "Psychiatry", "Internal Med"])])
pats, fills = [], []
for i in range(30):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    mrn = "MRN%07d" % rnd.randint(0, 9999999)
    pats.append([mrn, g, f, "%02d/%02d/%04d" % (rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(1935, 2010)),
                 "%d %s" % (rnd.randint(100, 9999), rnd.choice(["Oak St", "Elm Rd", "Lakeshore Dr", "Mill Ave"])), rnd.choice(["Toledo", "Akron", "Dayton"]),
                 "%05d" % rnd.randint(43001, 45999), "%03d-%03d-%04d" % (rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999)),
                 "%s%09d" % (rnd.choice(["XEH", "ZGP", "W"]), rnd.randint(0, 999999999)), rnd.choice(["NKDA", "penicillin", "sulfa", "codeine"])])
n = 1
for p in pats:
    for _ in range(rnd.randint(2, 7)):
        ndc, drug = rnd.choice(DRUGS); pr = rnd.choice(presc)
        sig = rnd.choice(["Take 1 tab by mouth daily. Counseled %s %s on side effects." % (p[1], p[2]),
                          "1 PO BID w/ food; pt %s called %s re refill" % (p[2], p[7]),
                          "Take as directed", "1 tab q6h prn pain, max 4/day. Caregiver picked up for %s." % p[1]])
        fills.append(["RX%07d" % (4400000 + n), p[0], pr[0], ndc, drug, str(rnd.choice([30, 60, 90])), str(rnd.randint(0, 5)),
                      "2026-%02d-%02d %02d:%02d" % (rnd.randint(1, 11), rnd.randint(1, 28), rnd.randint(8, 20), rnd.randint(0, 59)),
                      sig, "%.2f" % (rnd.randint(300, 9000) / 100), rnd.choice(["RPh JT", "RPh KL", "RPh MV"])])
        n += 1
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
PRH = ["prescriber_id", "prescriber_name", "dea_no", "npi", "specialty"]
PAH = ["mrn", "first", "last", "birth_date", "addr1", "city", "zip", "phone", "member_id", "allergies"]
FH = ["rx_number", "patient_mrn", "prescriber_id", "ndc", "drug_desc", "qty", "refills_left", "filled_at", "sig", "copay", "verified_by"]
write("prescribers", PRH, presc); write("patients", PAH, pats); write("fills", FH, fills)
lab = {}
lab.update({"prescribers." + k: v for k, v in zip(PRH, ["QUASI_IDENTIFIER", "NAME", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING"])})
lab.update({"patients." + k: v for k, v in zip(PAH, ["MEDICAL_RECORD_NUMBER", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "STREET_ADDRESS", "CITY", "ZIP_CODE",
                                                    "TELEPHONE_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING"])})
lab.update({"fills." + k: v for k, v in zip(FH, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                                                "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "FREE_TEXT", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
desc = "Invented pharmacy dispensing log: 8 prescribers with DEA numbers and NPIs, 30 patients keyed by MRN, %d fills with NDC codes and sig free text naming the patient" % len(fills)
gold = {"dataset": "pharmacy-rx", "description": desc, "delimiter": ",", "entity": "patients", "columns": lab,
        "foreignKeys": [{"column": "fills.patient_mrn", "references": "patients.mrn"}, {"column": "fills.prescriber_id", "references": "prescribers.prescriber_id"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes dental-claims-us: an invented US dental-insurance claims export (providers 9 rows, members, claims), `,`,
MM/DD/YYYY dates. NPIs with the Luhn check over the 80840 prefix, providers named `Dr. ..., DDS`, subscriber vs
dependant (relationship), CDT procedure codes (D0120 ...), tooth numbers and surfaces, fees, notes naming people
(seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(131103)
FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David", "Barbara", "Jose", "Maria", "Tyrone",
         "Keisha", "Wei", "Priya", "Connor", "Madison", "Harold", "Gladys", "Ethan", "Ava"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Washington", "Nguyen", "Patel", "O'Brien", "Kowalski", "Yazzie", "Thompson", "Hernandez"]
CDT = [("D0120", "Periodic oral evaluation", 55), ("D0150", "Comprehensive oral evaluation", 95), ("D1110", "Prophylaxis - adult", 110),
       ("D1120", "Prophylaxis - child", 80), ("D0274", "Bitewings - four radiographic images", 70), ("D2391", "Resin-based composite - one surface, posterior", 180),
       ("D2740", "Crown - porcelain/ceramic", 1250), ("D3330", "Endodontic therapy, molar", 1100), ("D7140", "Extraction, erupted tooth", 190),
       ("D1351", "Sealant - per tooth", 50)]
CITY = [("Albuquerque", "NM", "87102"), ("Albuquerque", "NM", "87110"), ("Santa Fe", "NM", "87501"), ("Las Cruces", "NM", "88001"), ("Rio Rancho", "NM", "87124")]

def npi():
    b = [1] + [rnd.randint(0, 9) for _ in range(8)]
    digits = [int(x) for x in "80840"] + b
    s = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        s += x
    return "".join(map(str, b)) + str((10 - s % 10) % 10)

def phone():
    return "(505) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))

prov = []
for i in range(9):
    prov.append([npi(), "Dr. %s %s, %s" % (rnd.choice(FIRST), rnd.choice(LAST), rnd.choice(["DDS", "DDS", "DMD"])),
                 rnd.choice(["General Dentistry", "Pediatric Dentistry", "Endodontics", "Oral Surgery"]),
                 rnd.choice(["In-network", "In-network", "Out-of-network"])])
mem = []
ref = datetime.date(2025, 6, 1)
for f in range(30):
    last = rnd.choice(LAST)
    sub = "W%09d" % rnd.randint(0, 999999999)
    city, st, z = rnd.choice(CITY)
    addr = "%d %s" % (rnd.randint(100, 9999), rnd.choice(["Central Ave SE", "Montgomery Blvd NE", "Cerrillos Rd", "Lomas Blvd NE"]))
    sname = "%s %s" % (rnd.choice(FIRST), last)
    plan, grp = rnd.choice(["PPO Gold", "PPO Silver", "DHMO Basic"]), "%s-%03d" % (rnd.choice(["NMGRP", "ABQSCH"]), rnd.randint(1, 40))
    n = rnd.choice([1, 1, 2, 3, 4])
    for k in range(n):
        rel = "Self" if k == 0 else ("Spouse" if k == 1 else "Child")
        age = rnd.randint(19, 97) if rel != "Child" else rnd.randint(2, 18)
        dob = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
        mem.append(["%s-%02d" % (sub, k), sub, sname, sname if k == 0 else "%s %s" % (rnd.choice(FIRST), last), rel, dob.strftime("%m/%d/%Y"),
                    addr, city, st, z, phone(), plan, grp])
cl = []
for i in range(170):
    m, p = rnd.choice(mem), rnd.choice(prov)
    code, desc, fee = rnd.choice(CDT)
    svc = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 150))
    tooth = str(rnd.randint(1, 32)) if code in ("D2391", "D2740", "D3330", "D7140", "D1351") else ""
    surf = rnd.choice(["O", "MO", "DO", "B"]) if code == "D2391" else ""
    billed = fee * rnd.choice([1, 1, 1.1, 0.95])
    paid = round(billed * rnd.choice([1.0, 0.8, 0.5, 0.0]), 2)
    note = rnd.choice(["", "", "", "Pre-auth on file.", "Called subscriber %s re: COB, spouse covered by Aetna." % m[2],
                       "Dependant's mother %s %s requested itemized EOB, (505) %03d-%04d." % (rnd.choice(FIRST), m[3].split()[-1], rnd.randint(200, 999), rnd.randint(0, 9999)),
                       "Referred by %s." % rnd.choice(prov)[1]])
    cl.append(["CLM%07d" % (3000000 + i * 41), m[0], p[0], svc.strftime("%m/%d/%Y"), code, desc, tooth, surf, "%.2f" % billed,
               "%.2f" % paid, rnd.choice(["Paid", "Paid", "Denied", "Pending"]), note])
def wr(n, h, r):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(r)
wr("providers.csv", ["NPI", "provider_name", "specialty", "network_status"], prov)
wr("members.csv", ["member_id", "subscriber_id", "subscriber_name", "patient_name", "relationship_to_subscriber", "dob",
                   "address1", "city", "state", "zip", "phone", "plan", "group_no"], mem)
wr("claims.csv", ["claim_no", "member_id", "rendering_npi", "date_of_service", "cdt_code", "procedure", "tooth_no",
                  "surface", "billed_amt", "paid_amt", "claim_status", "adjuster_notes"], cl)
C = {"providers.NPI": "OTHER_UNIQUE_IDENTIFIER", "providers.provider_name": "NAME", "providers.specialty": "NON_IDENTIFYING",
     "providers.network_status": "NON_IDENTIFYING", "members.member_id": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "members.subscriber_id": "HEALTH_PLAN_BENEFICIARY_NUMBER", "members.subscriber_name": "NAME", "members.patient_name": "NAME",
     "members.relationship_to_subscriber": "NON_IDENTIFYING", "members.dob": "DATE_OF_BIRTH", "members.address1": "STREET_ADDRESS",
     "members.city": "CITY", "members.state": "NON_IDENTIFYING", "members.zip": "ZIP_CODE", "members.phone": "TELEPHONE_NUMBER",
     "members.plan": "NON_IDENTIFYING", "members.group_no": "QUASI_IDENTIFIER", "claims.claim_no": "OTHER_UNIQUE_IDENTIFIER",
     "claims.member_id": "HEALTH_PLAN_BENEFICIARY_NUMBER", "claims.rendering_npi": "OTHER_UNIQUE_IDENTIFIER",
     "claims.date_of_service": "DATE", "claims.cdt_code": "NON_IDENTIFYING", "claims.procedure": "NON_IDENTIFYING",
     "claims.tooth_no": "NON_IDENTIFYING", "claims.surface": "NON_IDENTIFYING", "claims.billed_amt": "NON_IDENTIFYING",
     "claims.paid_amt": "NON_IDENTIFYING", "claims.claim_status": "NON_IDENTIFYING", "claims.adjuster_notes": "FREE_TEXT"}
g = {"dataset": "dental-claims-us", "description": "Invented US dental-insurance claims export, `,`, MM/DD/YYYY: 9 providers (NPI with Luhn check over 80840, 'Dr. ..., DDS' name, specialty, network), members of 30 families (member id, subscriber id, subscriber's and patient's names, relationship Self/Spouse/Child, DOB with ages up to 97, address1, city, state, ZIP, phone, plan, employer group number), 170 claims (claim number, member, rendering NPI, service date, CDT code and description, tooth, surface, billed and paid amounts, status, adjuster notes naming subscribers, mothers with phones and dentists)",
     "delimiter": ",", "entity": "members", "columns": C,
     "foreignKeys": [{"column": "claims.member_id", "references": "members.member_id"}, {"column": "claims.rendering_npi", "references": "providers.NPI"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes the invented health-insurance claims export (40 members, 25 providers, claims and claim lines with ICD-10-CM,
CPT/HCPCS, NDC, place-of-service and taxonomy codes; gold.json) into this folder. NPIs carry the Luhn check digit
over the 80840 prefix. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(5150)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Dolores", "Marcus", "Yolanda", "Terrence", "Bethany", "Ignacio", "Lorraine", "Desmond", "Wilhelmina",
         "Rashid", "Corinne", "Thaddeus", "Imani", "Gunnar", "Esperanza", "Lachlan"]
FAMILY = ["Whitcombe", "Abernathy", "Okonjo", "Villarreal", "Haskins", "Lindqvist", "Prudhomme", "Mbeki", "Castellano",
          "Thibodeaux", "Greenhalgh", "Nakamura", "Ostrowski", "Delacroix"]
PROVIDER_NAMES = ["Harriet Quon MD", "Samuel Adeyemi DO", "Priscilla Vance NP", "Jerome Kettering MD",
                  "Anika Sorensen PA-C", "Victor Albuquerque MD", "Rosalind Achebe MD"]
TAXONOMY = [("207Q00000X", "Family Medicine"), ("207R00000X", "Internal Medicine"), ("208D00000X", "General Practice"),
            ("363LF0000X", "Nurse Practitioner, Family"), ("207X00000X", "Orthopaedic Surgery"),
            ("2085R0202X", "Diagnostic Radiology")]
DX = ["E11.9", "I10", "J06.9", "M54.50", "E78.5", "F41.1", "Z00.00", "K21.9", "N39.0", "J45.909", "M25.561", "R51.9",
      "Z23", "E66.9", "G47.33"]
CPT = [("99213", "Office visit est. low"), ("99214", "Office visit est. moderate"), ("99203", "Office visit new"),
       ("36415", "Venipuncture"), ("80053", "Comprehensive metabolic panel"), ("85025", "CBC with differential"),
       ("71046", "Chest x-ray 2 views"), ("90471", "Immunization admin"), ("J1100", "Dexamethasone injection"),
       ("G0439", "Annual wellness visit"), ("97110", "Therapeutic exercise")]
NDC = ["00002-7510-01", "00093-7214-01", "00378-0208-01", "63304-0827-30", "00071-0155-23", "59762-3304-01",
       "68180-0513-01", "00904-6286-61"]
TOWNS = [("Des Moines", "IA", "503"), ("Ames", "IA", "500"), ("Omaha", "NE", "681"), ("Council Bluffs", "IA", "515"),
         ("Lincoln", "NE", "685"), ("Sioux City", "IA", "511")]

def npi():
    body = "1%08d" % random.randint(0, 99999999)
    digits = "80840" + body
    s = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
providers = labels("providers", [
    ("npi", QUASI), ("provider_name", "NAME"), ("taxonomy_code", NON), ("taxonomy_desc", NON), ("practice_state", NON),
    ("network_status", NON)])
prov = []
for k in range(25):
    n = npi()
    prov.append(n)
    t = random.choice(TAXONOMY)
    providers.append([n, PROVIDER_NAMES[k % len(PROVIDER_NAMES)] if k < 7 else
                      "%s %s %s" % (random.choice(GIVEN), random.choice(FAMILY), random.choice(["MD", "DO", "NP"])),
                      t[0], t[1], random.choice(["IA", "NE"]), random.choice(["in-network", "in-network", "out-of-network"])])
members = labels("members", [
    ("member_id", "HEALTH_PLAN_BENEFICIARY_NUMBER"), ("subscriber_id", "HEALTH_PLAN_BENEFICIARY_NUMBER"),
    ("relationship", NON), ("first_name", "GIVEN_NAME"), ("last_name", "FAMILY_NAME"), ("birth_date", "DATE_OF_BIRTH"),
    ("gender", NON), ("address_line1", "STREET_ADDRESS"), ("city", "CITY"), ("state", NON), ("zip", "ZIP_CODE"),
    ("ssn_last4", "SOCIAL_SECURITY_NUMBER"), ("group_number", QUASI), ("plan_code", NON), ("coverage_start", "DATE"),
    ("coverage_end", "DATE"), ("pcp_npi", QUASI)])
mids = []
subscriber = None
for i in range(40):
    fam = random.choice(FAMILY)
    rel = "self" if subscriber is None or random.random() < 0.55 else random.choice(["spouse", "child"])
    mid_base = "W%09d" % random.randint(0, 999999999) if rel == "self" else subscriber[0][:-2]
    suffix = "01" if rel == "self" else "%02d" % (len([m for m in mids if m.startswith(mid_base)]) + 1)
    mid = mid_base + suffix
    if rel == "self":
        subscriber = (mid, fam, random.choice(TOWNS), "%d %s" % (random.randint(100, 9999),
                                                               random.choice(["Grand Ave", "Locust St", "Ingersoll Ave", "Dodge St", "Pierce St"])))
    mids.append(mid)
    town = subscriber[2]
    born = dt.date(random.randint(1950, 1995) if rel != "child" else random.randint(2006, 2022), random.randint(1, 12),
                   random.randint(1, 28))
    start = dt.date(random.randint(2019, 2024), random.choice([1, 1, 7]), 1)
    members.append([mid, subscriber[0], rel, random.choice(GIVEN), subscriber[1], born.isoformat(),
                    random.choice(["F", "M"]), subscriber[3], town[0], town[1], town[2] + "%02d" % random.randint(1, 40),
                    "%04d" % random.randint(1, 9999), "GRP-%05d" % random.choice([20417, 20417, 31886, 40052]),
                    random.choice(["PPO-GOLD", "HMO-SILVER", "HDHP-BRONZE"]), start.isoformat(),
                    "" if random.random() < 0.8 else "2025-12-31", random.choice(prov)])
claims = labels("claims", [
    ("claim_id", ID), ("member_id", "HEALTH_PLAN_BENEFICIARY_NUMBER"), ("rendering_npi", QUASI),
    ("claim_type", NON), ("service_from", "DATE"), ("service_to", "DATE"), ("received_date", "DATE"),
    ("place_of_service", NON), ("dx_primary", NON), ("dx_secondary", NON), ("billed_amount", NON),
    ("allowed_amount", NON), ("paid_amount", NON), ("claim_status", NON), ("denial_reason", NON)])
lines = labels("claim_lines", [
    ("claim_id", ID), ("line_number", NON), ("procedure_code", NON), ("procedure_desc", NON), ("modifier", NON),
    ("ndc_code", NON), ("units", NON), ("line_charge", NON)])
cid = 0
for m in mids:
    for k in range(random.randint(1, 8)):
        cid += random.randint(1, 50)
        start = dt.date(2025, 1, 1) + dt.timedelta(days=random.randint(0, 300))
        end = start + dt.timedelta(days=random.choice([0, 0, 0, 1, 3]))
        dx1 = random.choice(DX)
        dx2 = random.choice(DX + [""] * 6)
        if random.random() < 0.3:  # some payers strip the dot
            dx1 = dx1.replace(".", "")
        n_lines = random.randint(1, 4)
        total = 0.0
        rows = []
        for ln in range(1, n_lines + 1):
            p = random.choice(CPT)
            charge = round(random.uniform(12, 420), 2)
            total += charge
            rows.append(["CLM%010d" % (2025000000 + cid), ln, p[0], p[1], random.choice(["", "", "", "25", "59", "RT"]),
                         random.choice(NDC) if p[0].startswith("J") else "", random.choice([1, 1, 1, 2]),
                         "%.2f" % charge])
        status = random.choice(["paid", "paid", "paid", "denied", "pending"])
        allowed = total * random.uniform(0.4, 0.9)
        claims.append(["CLM%010d" % (2025000000 + cid), m, random.choice(prov), random.choice(["professional", "outpatient"]),
                       start.isoformat(), end.isoformat(), (end + dt.timedelta(days=random.randint(3, 40))).isoformat(),
                       random.choice(["11", "11", "22", "23", "02"]), dx1, dx2, "%.2f" % total, "%.2f" % allowed,
                       "%.2f" % (allowed * 0.8 if status == "paid" else 0), status,
                       random.choice(["CO-97", "PR-204", "CO-16"]) if status == "denied" else ""])
        lines.extend(rows)
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("members.subscriber_id", "members.member_id"), ("members.pcp_npi", "providers.npi"),
       ("claims.member_id", "members.member_id"), ("claims.rendering_npi", "providers.npi"),
       ("claim_lines.claim_id", "claims.claim_id")]
doc = {"dataset": "claims-ins",
       "description": "Invented health-insurance claims export: 40 members in families (member id = subscriber id + "
                      "2-digit suffix), 25 providers with NPI, claims with ICD-10-CM (with and without the dot), claim "
                      "lines with CPT/HCPCS and NDC (5-4-2)",
       "delimiter": ",", "entity": "members", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

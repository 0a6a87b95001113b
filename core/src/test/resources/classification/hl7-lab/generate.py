#!/usr/bin/env python3
"""Writes hl7-lab: an invented HL7 v2.5.1 ORU^R01 lab feed flattened to CSV, one column per field (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60604)
GIVEN = ["Marguerite", "Alistair", "Thandiwe", "Bartholomew", "Linh", "Oluwaseun", "Saoirse", "Casimir", "Ifeoma",
         "Radomir", "Henrietta", "Evander", "Zofia", "Tobiah", "Wilhelmina", "Cormac"]
FAMILY = ["Nguyen", "Okafor", "Vandermeer", "Castellano", "Halvorsen", "Przybylski", "Achebe", "MacGillivray",
          "Lindqvist", "Ferreira", "Kowalczyk", "Abernathy", "Dubois", "Yamamoto"]
STREETS = ["Harbor St", "Congress St", "Forest Ave", "Brighton Ave", "Ocean Ave", "Washington Ave", "Stevens Ave"]
TOWNS = [("Portland", "04101"), ("Portland", "04103"), ("South Portland", "04106"), ("Westbrook", "04092"),
         ("Falmouth", "04105"), ("Scarborough", "04074"), ("Gorham", "04038")]
RACE = ["2106-3^White^HL70005", "2054-5^Black or African American^HL70005", "2028-9^Asian^HL70005", "2131-1^Other Race^HL70005"]
PANELS = {
    "24323-8^Comprehensive metabolic panel - Serum or Plasma^LN": [
        ("2345-7^Glucose [Mass/volume] in Serum or Plasma^LN", "mg/dL", 70, 99, 60, 260, 0),
        ("2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN", "mg/dL", 0.6, 1.3, 0.4, 3.2, 2),
        ("3094-0^Urea nitrogen [Mass/volume] in Serum or Plasma^LN", "mg/dL", 7, 20, 4, 60, 0),
        ("2951-2^Sodium [Moles/volume] in Serum or Plasma^LN", "mmol/L", 136, 145, 125, 152, 0),
        ("2823-3^Potassium [Moles/volume] in Serum or Plasma^LN", "mmol/L", 3.5, 5.1, 2.9, 6.2, 1),
        ("2075-0^Chloride [Moles/volume] in Serum or Plasma^LN", "mmol/L", 98, 107, 90, 115, 0),
        ("17861-6^Calcium [Mass/volume] in Serum or Plasma^LN", "mg/dL", 8.6, 10.3, 7.5, 11.5, 1)],
    "58410-2^CBC panel - Blood by Automated count^LN": [
        ("718-7^Hemoglobin [Mass/volume] in Blood^LN", "g/dL", 12, 17.5, 8, 19, 1),
        ("6690-2^Leukocytes [#/volume] in Blood by Automated count^LN", "10*3/uL", 4.5, 11, 2, 25, 1),
        ("777-3^Platelets [#/volume] in Blood by Automated count^LN", "10*3/uL", 150, 400, 60, 600, 0)],
    "4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN": [
        ("4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN", "%", 4, 5.6, 4.5, 12, 1)],
}

def npi():
    body = [rnd.randint(1, 2)] + [rnd.randint(0, 9) for _ in range(8)]
    digits = [8, 0, 8, 4, 0] + body
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        s += d
    return "".join(map(str, body)) + str((10 - s % 10) % 10)

docs = []
for _ in range(9):
    docs.append("%s^%s^%s^^^DR^^^NPI" % (npi(), rnd.choice(FAMILY).upper(), rnd.choice(GIVEN).upper()))
pats = []
for i in range(120):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    year = rnd.choice([rnd.randint(1940, 2008)] * 7 + [rnd.randint(1926, 1935)])
    town, zipc = rnd.choice(TOWNS)
    pats.append({"mrn": "%07d^^^MMCLAB^MR" % rnd.randint(1000000, 9999999),
                 "name": "%s^%s^%s^^%s" % (f.upper(), g.upper(), rnd.choice("ABCDEFGHJKLMNPRST"), rnd.choice(["MR", "MS", "MRS", ""])),
                 "dob": "%04d%02d%02d" % (year, rnd.randint(1, 12), rnd.randint(1, 28)), "sex": rnd.choice("MF"),
                 "race": rnd.choice(RACE),
                 "addr": "%d %s^%s^%s^ME^%s^USA^H" % (rnd.randint(1, 999), rnd.choice(STREETS), rnd.choice(["", "", "Apt %d" % rnd.randint(1, 30)]), town, zipc),
                 "phone": "^PRN^PH^^1^207^%07d" % rnd.randint(2000000, 9999999),
                 "ssn": "%03d-%02d-%04d" % (rnd.randint(1, 665), rnd.randint(1, 99), rnd.randint(1, 9999)) if rnd.random() < 0.7 else "",
                 "g": g, "f": f})
msgs, obxs = [], []
for m in range(420):
    p = rnd.choice(pats)
    ctrl = "MMC%08d" % (31000000 + m * 7 + rnd.randint(0, 6))
    day = (rnd.randint(1, 11), rnd.randint(1, 28))
    coll = "2026%02d%02d%02d%02d00" % (day[0], day[1], rnd.randint(5, 11), rnd.randint(0, 59))
    sent = "2026%02d%02d%02d%02d%02d" % (day[0], day[1], rnd.randint(12, 20), rnd.randint(0, 59), rnd.randint(0, 59))
    panel = rnd.choice(list(PANELS))
    doc = rnd.choice(docs)
    msgs.append([ctrl, sent, "MMCLAB^2.16.840.1.113883.3.4421^ISO", "ORU^R01^ORU_R01", "2.5.1", p["mrn"], p["name"], p["dob"], p["sex"],
                 p["race"], p["addr"], p["phone"], "V%09d" % rnd.randint(0, 999999999), p["ssn"],
                 "I", rnd.choice(["4W^412^B^MMC", "ED^07^^MMC", "ICU^3^^MMC", "OP^CLINIC2^^MMC"]), doc,
                 "ORD%07d" % rnd.randint(0, 9999999), panel, coll, doc, "F"])
    for k, (code, unit, lo, hi, vmin, vmax, dec) in enumerate(PANELS[panel]):
        v = round(rnd.uniform(vmin, vmax), dec)
        v = int(v) if dec == 0 else v
        flag = "H" if v > hi else ("L" if v < lo else "N")
        note = ""
        if flag != "N" and rnd.random() < 0.35:
            note = rnd.choice(["Critical value called to RN %s at %02d%02d, read back verified." % (rnd.choice(FAMILY), rnd.randint(0, 23), rnd.randint(0, 59)),
                               "Pt %s %s notified by phone 207-%03d-%04d." % (p["g"], p["f"], rnd.randint(200, 999), rnd.randint(0, 9999)),
                               "Hemolyzed specimen, recollect requested.", "Result verified by repeat analysis."])
        obxs.append([ctrl, str(k + 1), "NM", code, str(v), unit + "^^UCUM", "%s-%s" % (lo, hi), flag, "F",
                     sent, "MMC Core Lab^^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^22D0999999", note])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)

MH = ["MSH_10", "MSH_7", "MSH_4", "MSH_9", "MSH_12", "PID_3", "PID_5", "PID_7", "PID_8", "PID_10", "PID_11", "PID_13", "PID_18",
      "PID_19", "PV1_2", "PV1_3", "PV1_7", "ORC_2", "OBR_4", "OBR_7", "OBR_16", "OBR_25"]
OH = ["msg_control_id", "OBX_1", "OBX_2", "OBX_3", "OBX_5", "OBX_6", "OBX_7", "OBX_8", "OBX_11", "OBX_14", "OBX_23", "NTE_3"]
write("oru_messages", MH, msgs); write("oru_observations", OH, obxs)
lab = {}
lab.update({"oru_messages." + k: v for k, v in zip(MH, ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "MEDICAL_RECORD_NUMBER", "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "TELEPHONE_NUMBER",
    "ACCOUNT_NUMBER", "SOCIAL_SECURITY_NUMBER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "OTHER_UNIQUE_IDENTIFIER",
    "NON_IDENTIFYING", "DATE", "NAME", "NON_IDENTIFYING"])})
lab.update({"oru_observations." + k: v for k, v in zip(OH, ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "FREE_TEXT"])})
desc = ("Invented HL7 v2.5.1 ORU^R01 lab feed flattened to CSV (one column per field, headers SEG_n, components joined by ^): "
        "%d messages for 120 patients (PID-3 MRN CX, PID-5 XPN names, PID-7 YYYYMMDD births incl. before 1936, PID-11 XAD addresses, "
        "PID-13 XTN phones, PID-19 SSN, attending/ordering XCN with NPI), %d OBX results with LOINC codes (valid check digits), "
        "HL7 DTM timestamps and NTE comments naming patients") % (len(msgs), len(obxs))
gold = {"dataset": "hl7-lab", "description": desc, "delimiter": ",", "entity": "oru_messages", "columns": lab,
        "foreignKeys": [{"column": "oru_observations.msg_control_id", "references": "oru_messages.MSH_10"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes lims-lab: an invented hospital pathology LIMS export (patients, specimens, results), `,`, dd-MMM-yyyy birth
dates and yyyy-MM-dd HH:mm timestamps, English headers (seeded, stdlib only). NHS numbers pass the modulus-11 check,
specimen barcodes carry a mod-10 (Luhn) check digit, LOINC codes are real with their mod-10 check digits, values with
UCUM-style units and reference ranges, analysers; phlebotomists', clinicians' and biomedical scientists' names;
clinical details and result comments naming relatives and nurses; ages over 89."""
import csv, json, random, datetime
rnd = random.Random(90905)
GIVEN = ["Margaret", "Arthur", "Doreen", "Kwame", "Priya", "Ewan", "Bethan", "Ravi", "Siobhan", "Gareth", "Ngozi",
         "Harold", "Irene", "Mohammed", "Agnieszka", "Callum", "Lorna", "Dylan", "Winifred", "Samir"]
FAMILY = ["Hughes", "Okafor", "Patel", "Ainsworth", "MacLeod", "Threlfall", "Nowak", "Pritchard", "Ogunleye",
          "Haworth", "Begum", "Fairbairn", "Llewellyn", "Chaudhry", "Sutcliffe", "Kaur", "Whitworth", "Dunmore"]
POSTAREAS = ["LS6", "LS11", "BD7", "HX1", "HG2", "WF1", "YO62", "DL8"]
GPS = [("B86016", "Hyde Park Surgery"), ("B86030", "Burley Park Medical Centre"), ("B83005", "Horton Park Surgery"),
       ("B87002", "Dales Practice"), ("B82036", "Hawes Surgery")]
WARDS = ["AMU", "Ward 12 (Elderly Care)", "Ward 4 (Renal)", "ED Majors", "Outpatients", "GP Direct Access", "ICU"]
PHLEB = ["Tracey Barraclough", "Jun Park", "Denise Holroyd", "Marcus Adeyemi"]
CLIN = ["Dr A. Patel", "Dr S. McGregor", "Dr F. Osei", "Dr H. Lindqvist", "Dr R. Sharma", "Prof E. Ward"]
BMS = ["Gemma Thornton", "Imran Siddiqui", "Laura Pickles", "Olu Bankole"]
TESTS = [("2345-7", "Glucose", "mmol/L", 3.9, 7.8, 2.5, 25, "Serum", "Roche cobas c702"),
         ("2160-0", "Creatinine", "umol/L", 59, 104, 40, 900, "Serum", "Roche cobas c702"),
         ("2951-2", "Sodium", "mmol/L", 133, 146, 118, 160, "Serum", "Roche cobas c702"),
         ("2823-3", "Potassium", "mmol/L", 3.5, 5.3, 2.4, 7.1, "Serum", "Roche cobas c702"),
         ("1742-6", "ALT", "U/L", 0, 41, 5, 900, "Serum", "Roche cobas c702"),
         ("1988-5", "C reactive protein", "mg/L", 0, 5, 0.3, 380, "Serum", "Roche cobas c702"),
         ("3016-3", "TSH", "mU/L", 0.27, 4.2, 0.01, 60, "Serum", "Roche cobas e801"),
         ("4548-4", "HbA1c", "mmol/mol", 20, 41, 25, 130, "EDTA whole blood", "Tosoh G8"),
         ("718-7", "Haemoglobin", "g/L", 130, 180, 60, 190, "EDTA whole blood", "Sysmex XN-1000"),
         ("6690-2", "White cell count", "10*9/L", 4.0, 11.0, 0.5, 45, "EDTA whole blood", "Sysmex XN-1000"),
         ("777-3", "Platelets", "10*9/L", 150, 400, 8, 900, "EDTA whole blood", "Sysmex XN-1000")]
CONTAINER = {"Serum": "Gold SST", "EDTA whole blood": "Lavender EDTA", "Urine": "Red boric acid"}
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
TODAY = datetime.date(2026, 12, 6)

def nhs():
    while True:
        base = [rnd.randint(0, 9) for _ in range(9)]
        base[0] = rnd.choice([4, 6, 9])
        c = 11 - sum(d * (10 - i) for i, d in enumerate(base)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, base)) + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])

def luhn(base):
    total = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)

def dmy(x):
    return "%02d-%s-%d" % (x.day, MON[x.month - 1], x.year)

def ts(x):
    return x.strftime("%Y-%m-%d %H:%M")

patients, specimens, results = [], [], []
for i in range(180):
    r = rnd.random()
    born = datetime.date(rnd.randint(1924, 1936) if r < 0.15 else rnd.randint(1937, 2008), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    gp = rnd.choice(GPS)
    patients.append({"mrn": "RR8%07d" % (1200000 + i * 53), "nhs_number": nhs(), "surname": rnd.choice(FAMILY).upper(),
                     "forename": rnd.choice(GIVEN), "dob": dmy(born), "age_years": str(age), "sex": rnd.choice(["F", "M"]),
                     "postcode": "%s %d%s%s" % (rnd.choice(POSTAREAS), rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ")),
                     "gp_practice_code": gp[0], "gp_practice": gp[1],
                     "ethnicity": rnd.choice(["White British"] * 6 + ["Pakistani", "Indian", "Black African", "White Irish", "Not stated"])})
for p in patients:
    for k in range(rnd.choice([1, 2, 3, 4, 5])):
        coll = datetime.datetime(2026, 6, 1, 7) + datetime.timedelta(minutes=rnd.randint(0, 180 * 24 * 60))
        stype = rnd.choice(["Serum", "Serum", "EDTA whole blood", "Urine"])
        bc = luhn("26%08d" % (len(specimens) * 7 + 3150000))
        ward = rnd.choice(WARDS)
        det = rnd.choice(["", "", "?sepsis", "CKD stage 3, monitoring", "Falls, confused", "On warfarin",
                          "?UTI. Lives with daughter %s %s who gives history" % (rnd.choice(GIVEN), p["surname"].title()),
                          "Pt %s refuses repeat bloods" % p["surname"].title(), "Annual diabetic review"])
        specimens.append({"specimen_barcode": bc, "mrn": p["mrn"], "collected_at": ts(coll),
                          "received_at": ts(coll + datetime.timedelta(minutes=rnd.randint(15, 300))),
                          "specimen_type": stype, "container": CONTAINER[stype], "priority": rnd.choice(["Routine"] * 4 + ["Urgent"]),
                          "location": ward, "requesting_clinician": rnd.choice(CLIN), "collected_by": rnd.choice(PHLEB),
                          "clinical_details": det})
        if stype == "Urine":
            continue
        for t in [t for t in TESTS if t[7] == stype]:
            if rnd.random() < 0.45:
                continue
            loinc, name, unit, lo, hi, mn, mx, _, analyser = t
            v = rnd.uniform(lo, hi) if rnd.random() < 0.75 else rnd.uniform(mn, mx)
            val = ("%.0f" % v) if hi > 50 else ("%.1f" % v) if hi > 5 else ("%.2f" % v)
            flag = "N" if lo <= float(val) <= hi else ("H" if float(val) > hi else "L")
            com = ""
            if name == "Potassium" and float(val) > 6.0:
                flag = "HH"
                com = "Critical result phoned to %s %s on %s at %s, read back" % (rnd.choice(["Nurse", "Dr"]), rnd.choice(FAMILY).title(), ward, (coll + datetime.timedelta(hours=2)).strftime("%H:%M"))
            elif rnd.random() < 0.04:
                com = "Haemolysed sample, interpret with caution"
            results.append({"result_id": "R%07d" % (len(results) + 1), "specimen_barcode": bc, "loinc": loinc, "test_name": name,
                            "value": val, "unit": unit, "ref_low": str(lo), "ref_high": str(hi), "flag": flag,
                            "analyser": analyser, "verified_by": rnd.choice(BMS),
                            "verified_at": ts(coll + datetime.timedelta(minutes=rnd.randint(60, 600))), "comment": com})

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("patients", patients); write("specimens", specimens); write("results", results)
L = {"patients.mrn": "MEDICAL_RECORD_NUMBER", "patients.nhs_number": "NATIONAL_ID", "patients.surname": "FAMILY_NAME",
     "patients.forename": "GIVEN_NAME", "patients.dob": "DATE_OF_BIRTH", "patients.age_years": "AGE", "patients.sex": "NON_IDENTIFYING",
     "patients.postcode": "ZIP_CODE", "patients.gp_practice_code": "QUASI_IDENTIFIER", "patients.gp_practice": "QUASI_IDENTIFIER",
     "patients.ethnicity": "QUASI_IDENTIFIER",
     "specimens.specimen_barcode": "OTHER_UNIQUE_IDENTIFIER", "specimens.mrn": "MEDICAL_RECORD_NUMBER", "specimens.collected_at": "DATE",
     "specimens.received_at": "DATE", "specimens.specimen_type": "NON_IDENTIFYING", "specimens.container": "NON_IDENTIFYING",
     "specimens.priority": "NON_IDENTIFYING", "specimens.location": "NON_IDENTIFYING", "specimens.requesting_clinician": "NAME",
     "specimens.collected_by": "NAME", "specimens.clinical_details": "FREE_TEXT",
     "results.result_id": "OTHER_UNIQUE_IDENTIFIER", "results.specimen_barcode": "OTHER_UNIQUE_IDENTIFIER", "results.loinc": "NON_IDENTIFYING",
     "results.test_name": "NON_IDENTIFYING", "results.value": "NON_IDENTIFYING", "results.unit": "NON_IDENTIFYING",
     "results.ref_low": "NON_IDENTIFYING", "results.ref_high": "NON_IDENTIFYING", "results.flag": "NON_IDENTIFYING",
     "results.analyser": "NON_IDENTIFYING", "results.verified_by": "NAME", "results.verified_at": "DATE", "results.comment": "FREE_TEXT"}
gold = {"dataset": "lims-lab",
        "description": "Invented NHS pathology LIMS export, `,`, dd-MMM-yyyy birth dates, yyyy-MM-dd HH:mm timestamps: 180 patients (MRN, NHS number with modulus-11 check, surname in capitals, forename, birth dates back to 1924, ages over 89, sex, postcode, GP practice code and name, ethnicity), %d specimens (barcodes with Luhn check, collection and receipt times, type, container, priority, location, requesting clinician, phlebotomist, clinical details naming relatives), %d results (real LOINC codes with check digits, test names, values, units, reference ranges, flags, analysers, biomedical scientist, verification time, critical-result comments naming nurses)" % (len(specimens), len(results)),
        "delimiter": ",", "entity": "patients", "columns": L,
        "foreignKeys": [{"column": "specimens.mrn", "references": "patients.mrn"},
                        {"column": "results.specimen_barcode", "references": "specimens.specimen_barcode"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

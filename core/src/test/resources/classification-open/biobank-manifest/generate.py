#!/usr/bin/env python3
"""Writes the invented genomics biobank sample manifest (30 donors, ~90 samples, sequencing runs; gold.json) into
this folder. Shapes probed: Title Case headers with spaces and units ("Age at Consent", "Volume (mL)"), donor ids
`D-0001`, biobank ids with a check character, MRNs, an age over 89, free-text clinic notes naming the donor and
relatives, ICD-10 codes, 10-digit tube barcodes, freezer positions, Illumina run folder names (a sequencing date
inside), i7/i5 index sequences, storage paths that embed the sample id. Seeded. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(777)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Harriet", "Desmond", "Imogen", "Rupert", "Philippa", "Crispin", "Rosalind", "Barnaby", "Henrietta", "Leopold"]
FAMILY = ["Wetherby", "Ainsworth", "Pemberton", "Thistlethwaite", "Oakeshott", "Brackenbury", "Fairweather",
          "Greenhalgh", "Underhill", "Holloway"]
CLIN = ["Dr Miriam Okonjo", "Dr Stellan Vance", "Dr Priya Raghunathan"]
DX = ["C50.9", "C18.7", "C34.1", "C61", "C25.0", "D12.6", "C43.5"]
ACGT = "ACGT"

def biobank_id(n):
    body = "%04d%04d" % (n, random.randint(0, 9999))
    return "BB-%s-%s-%s" % (body[:4], body[4:], "0123456789X"[sum((i + 1) * int(c) for i, c in enumerate(body)) % 11])

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
donors = labels("donors", [
    ("Donor ID", ID), ("Biobank ID", ID), ("MRN", "MEDICAL_RECORD_NUMBER"), ("Sex", NON), ("Age at Consent", "AGE"),
    ("Consent Date", "DATE"), ("Ethnicity", NON), ("Primary Dx", NON), ("Referring Clinician", "NAME"),
    ("Postcode", "ZIP_CODE"), ("Clinic Notes", FT), ("Withdrawn", NON)])
NOTES = ["Family history: mother ({g2} {f}) BRCA2 carrier.", "{g} {f} consented in clinic; prefers phone contact.",
         "Sister {g2} also enrolled.", "No relevant history.", "Lives alone in {town}, daughter {g2} is next of kin.", ""]
TOWNS = ["Harrogate", "Ilkley", "Otley", "Skipton", "Ripon"]
for i in range(30):
    g, f = random.choice(GIVEN), random.choice(FAMILY)
    age = random.randint(24, 88) if i != 17 else 93
    donors.append(["D-%04d" % (i + 1), biobank_id(i + 1), "%08d" % random.randint(10000000, 99999999),
                   random.choice(["F", "M"]), str(age),
                   (dt.date(2023, 1, 1) + dt.timedelta(days=random.randint(0, 900))).isoformat(),
                   random.choice(["White British", "Asian British", "Black British", "Mixed", "Not stated"]),
                   random.choice(DX), random.choice(CLIN),
                   "%s%d %d%s%s" % (random.choice(["LS", "HG", "BD"]), random.randint(1, 29), random.randint(0, 9),
                                    random.choice("ABDEFGHJLNPQRSTUWXYZ"), random.choice("ABDEFGHJLNPQRSTUWXYZ")),
                   random.choice(NOTES).format(g=g, f=f, g2=random.choice(GIVEN), town=random.choice(TOWNS)),
                   random.choice(["N", "N", "N", "Y"])])
samples = labels("samples", [
    ("Sample ID", ID), ("Donor", ID), ("Tissue", NON), ("Collected", "DATE"), ("Tube Barcode", ID),
    ("Volume (mL)", NON), ("Freezer Pos", NON), ("Tumour %", NON)])
sids = []
n = 0
for d in donors:
    for _ in range(random.choice([2, 3, 3, 4])):
        n += 1
        sid = "S24-%06d" % (n * 37 + 100)
        sids.append(sid)
        t = dt.datetime(2024, 1, 8, 8) + dt.timedelta(minutes=random.randint(0, 400000))
        tissue = random.choice(["Blood (EDTA)", "Plasma", "FFPE tumour", "Fresh frozen tumour", "Saliva"])
        samples.append([sid, d[0], tissue, t.strftime("%d-%b-%Y %H:%M"), "%010d" % random.randint(10 ** 9, 10 ** 10 - 1),
                        "%.1f" % random.uniform(0.5, 10), "F%d-R%d-B%02d-%s%d" % (random.randint(1, 4), random.randint(1, 6), random.randint(1, 20), random.choice("ABCDEFGH"), random.randint(1, 12)),
                        str(random.randrange(10, 95, 5)) if "tumour" in tissue else ""])
runs = labels("runs", [
    ("Run ID", NON), ("Lane", NON), ("Sample", ID), ("i7 Index", NON), ("i5 Index", NON), ("Reads (M)", NON),
    ("Q30 %", NON), ("VCF Path", "URL")])
RUNS = []
for r in range(6):
    day = dt.date(2024, 3, 1) + dt.timedelta(days=r * 37)
    RUNS.append("%s_A0%04d_%04d_B%sDSX%d" % (day.strftime("%y%m%d"), 1234, 300 + r, "".join(random.choice("ACDEFGHJKLMNPRSTUVWXY") for _ in range(5)), random.randint(2, 7)))
for sid in sids:
    for _ in range(random.choice([1, 2, 2])):
        run = random.choice(RUNS)
        runs.append([run, str(random.randint(1, 4)), sid, "".join(random.choice(ACGT) for _ in range(8)),
                     "".join(random.choice(ACGT) for _ in range(8)), "%.1f" % random.uniform(20, 180), "%.1f" % random.uniform(85, 96),
                     "s3://biobank-genomics-prod/%s/vcf/%s.hard-filtered.vcf.gz" % (run, sid)])
FKS = [("samples.Donor", "donors.Donor ID"), ("runs.Sample", "samples.Sample ID")]
DESC = ("Invented genomics biobank sample manifest, Title Case headers with spaces and units: 30 donors (biobank ids "
        "with check character, MRN, one aged 93, clinic notes naming relatives), %d samples (dd-Mon-yyyy HH:MM "
        "collection times, tube barcodes, freezer positions), %d sequencing-run rows (Illumina run folders, index "
        "sequences, storage paths embedding the sample id)" % (len(samples), len(runs)))
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n"); w.writerow(t["columns"]); w.writerows(t["rows"])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"dataset": "biobank-manifest", "description": DESC, "delimiter": ",", "entity": "donors", "columns": gold,
               "foreignKeys": [{"column": c, "references": r} for c, r in FKS]}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "NOTICE"), "w", encoding="utf-8") as f:
    f.write("biobank-manifest: INVENTED data, generated by generate.py in this folder (Python 3 standard library, fixed "
            "seed; rerun it to reproduce the CSV files and gold.json byte for byte). " + DESC + ".\nNo row describes a "
            "real person: names are drawn from invented lists; MRNs, barcodes, postcodes and ids are random. Licence: "
            "the same as the Warden project.\n")

#!/usr/bin/env python3
"""Writes acs-pums: an invented public-use census microdata extract in the shape of the ACS 1-year PUMS CSV files of
one state (psam_h27.csv, psam_p27.csv; seeded, stdlib only), with the Census Bureau's PUMA names file.
psam_h: 1,500 housing-unit and group-quarters records (RT, SERIALNO `2023HU0012345` / `2023GQ0001234`, DIVISION,
PUMA (5 digits with leading zeros: they look like ZIP codes), REGION, ST, ADJHSG, ADJINC, WGTP, NP, TYPEHUGQ, housing
items, income items, WGTP1..WGTP80), empty cells where an item does not apply (group quarters, vacant items).
psam_p: every person of those records (SPORDER, AGEP 0-96 with some over 89, SEX, RELSHIPP, SCHL, WAGP, OCCP, INDP,
POBP, POWPUMA, MIGPUMA, ..., PWGTP1..PWGTP80). puma_names: the state's 20 PUMAs and their names.
No names, no towns of persons: the identifiers are the record number, the PUMAs (areas of about 100,000 people) and
ages over 89."""
import csv, json, random
rnd = random.Random(560202)
PUMAS = [("01400", "Hennepin County (Northwest)--Brooklyn Park & Champlin Cities PUMA"),
         ("01401", "Hennepin County (North Central)--Maple Grove & Plymouth Cities PUMA"),
         ("01402", "Hennepin County (West)--Minnetonka, Eden Prairie & Hopkins Cities PUMA"),
         ("01403", "Hennepin County (Central)--Minneapolis City (North) PUMA"),
         ("01404", "Hennepin County (Central)--Minneapolis City (South) PUMA"),
         ("01405", "Hennepin County (South)--Bloomington, Edina & Richfield Cities PUMA"),
         ("01501", "Ramsey County (Central)--St. Paul City (North) PUMA"),
         ("01502", "Ramsey County (Central)--St. Paul City (South) PUMA"),
         ("01503", "Ramsey County (North)--Roseville & Shoreview Cities PUMA"),
         ("01600", "Dakota County (North)--Eagan & Inver Grove Heights Cities PUMA"),
         ("01601", "Dakota County (South)--Lakeville, Apple Valley & Farmington Cities PUMA"),
         ("01700", "Anoka County (South)--Coon Rapids & Blaine Cities PUMA"),
         ("01800", "Washington County (South)--Woodbury & Cottage Grove Cities PUMA"),
         ("00100", "Northwest Minnesota--Kittson, Roseau, Marshall & Pennington Counties PUMA"),
         ("00200", "St. Louis County (East)--Duluth City PUMA"),
         ("00300", "Crow Wing, Cass, Hubbard & Wadena Counties PUMA"),
         ("00800", "Stearns County--St. Cloud City PUMA"),
         ("01000", "Olmsted County--Rochester City PUMA"),
         ("02100", "Blue Earth, Nicollet & Le Sueur Counties--Mankato City PUMA"),
         ("02200", "Southeast Minnesota--Winona, Wabasha, Houston & Fillmore Counties PUMA")]
POP = [8, 7, 7, 9, 9, 8, 7, 7, 6, 7, 6, 6, 6, 3, 4, 3, 4, 5, 3, 3]
# the place-of-work PUMAs are coded coarser (POWPUMA), migration PUMAs likewise (MIGPUMA)
POWPUMAS = ["01400", "01300", "01500", "01600", "01700", "01800", "00100", "00200", "00300", "00800", "01000", "02100", "02200"]
OCC = ["0010", "0020", "0110", "0440", "0800", "1021", "1460", "2205", "2310", "2545", "3255", "3601", "3645", "4020",
       "4030", "4110", "4720", "4760", "5240", "5400", "5740", "6230", "7200", "8140", "9130", "9645", "9620", "3050",
       "3256", "0120", "1006", "2011", "4220", "4251", "9142"]
IND = ["0170", "0770", "1370", "3390", "4971", "5391", "6170", "6870", "7380", "7860", "7870", "8191", "8270", "8680",
       "9470", "9570", "0680", "6990", "8090", "7390"]
HWREP = ["WGTP%d" % i for i in range(1, 81)]
PWREP = ["PWGTP%d" % i for i in range(1, 81)]
HCOLS = ["RT", "SERIALNO", "DIVISION", "PUMA", "REGION", "ST", "ADJHSG", "ADJINC", "WGTP", "NP", "TYPEHUGQ",
         "ACCESSINET", "ACR", "BATH", "BDSP", "BLD", "BROADBND", "ELEP", "FS", "FULP", "GASP", "HFL", "MRGP",
         "RMSP", "RNTP", "TEN", "VALP", "VEH", "WATP", "YRBLT", "FES", "FINCP", "GRNTP", "HHL", "HHT", "HINCP",
         "HUPAC", "MV", "NOC", "NPF", "NRC", "SMOCP", "TAXAMT", "WIF"] + HWREP
PCOLS = ["RT", "SERIALNO", "DIVISION", "SPORDER", "PUMA", "REGION", "ST", "ADJINC", "PWGTP", "AGEP", "CIT", "CITWP",
         "COW", "DDRS", "DEAR", "DEYE", "ENG", "GCL", "HINS1", "JWMNP", "JWTRNS", "LANX", "MAR", "MARHYP", "MIG",
         "MIL", "SCHL", "SEX", "WAGP", "WKHP", "WKWN", "YOEP", "ANC1P", "DIS", "ESR", "FOD1P", "HICOV", "HISP",
         "INDP", "JWAP", "LANP", "MIGPUMA", "MIGSP", "NATIVITY", "OCCP", "PINCP", "POBP", "POVPIP", "POWPUMA",
         "POWSP", "RAC1P", "RELSHIPP", "SCIENGP", "SOCP"] + PWREP
ADJINC = "1019518"; ADJHSG = "1000000"

def reps(w):
    return [str(max(0, int(round(w * rnd.uniform(0.05, 1.95))))) if w else "0" for _ in range(80)]

def age_of(rel, head_age):
    if rel == 20: return head_age
    if rel == 21 or rel == 23: return max(18, min(99, head_age + int(rnd.gauss(-1, 5))))
    if rel in (25, 26, 27): return max(0, min(50, head_age - rnd.randrange(20, 40)))
    if rel == 30: return max(0, min(40, head_age - rnd.randrange(40, 60)))
    if rel == 29: return min(99, head_age + rnd.randrange(20, 32))
    return rnd.randrange(18, 70)

households = []; persons = []
nums = rnd.sample(range(1, 99999), 1500)
nums.sort()
for k in range(1500):
    gq = rnd.random() < 0.05
    serial = "2023%s%07d" % ("GQ" if gq else "HU", nums[k] * 10 + rnd.randrange(10))
    pi = rnd.choices(range(len(PUMAS)), POP)[0]
    puma = PUMAS[pi][0]
    h = {c: "" for c in HCOLS}
    h.update({"RT": "H", "SERIALNO": serial, "DIVISION": "4", "PUMA": puma, "REGION": "2", "ST": "27",
              "ADJHSG": ADJHSG, "ADJINC": ADJINC})
    if gq:
        np_ = 1; h.update({"WGTP": "0", "NP": "1", "TYPEHUGQ": rnd.choice(["2", "3"])})
        for c, v in zip(HWREP, ["0"] * 80): h[c] = v
    else:
        np_ = rnd.choices([1, 2, 3, 4, 5, 6, 7, 9], [28, 34, 15, 13, 6, 2, 1, 1])[0]
        w = max(2, int(rnd.gauss(95, 45)))
        own = rnd.random() < 0.72
        hinc = int(rnd.lognormvariate(11.1, 0.75)) // 100 * 100
        h.update({"WGTP": str(w), "NP": str(np_), "TYPEHUGQ": "1", "ACCESSINET": rnd.choice(["1", "1", "1", "2", "3"]),
                  "ACR": rnd.choice(["1", "1", "2", "3"]) if own else "", "BATH": "1", "BDSP": str(rnd.choice([1, 2, 2, 3, 3, 3, 4, 5])),
                  "BLD": rnd.choice(["02", "02", "02", "03", "05", "06", "07", "08", "09"]), "BROADBND": rnd.choice(["1", "1", "2"]),
                  "ELEP": str(rnd.randrange(3, 40) * 10), "FS": rnd.choice(["2"] * 9 + ["1"]), "FULP": "2",
                  "GASP": str(rnd.choice([3, 4, 10, 20, 40, 60, 80, 120])), "HFL": rnd.choice(["1", "1", "3", "6"]),
                  "MRGP": str(rnd.randrange(6, 40) * 50) if own and rnd.random() < 0.6 else "",
                  "RMSP": str(rnd.randrange(2, 11)), "RNTP": "" if own else str(rnd.randrange(6, 30) * 50),
                  "TEN": rnd.choice(["1", "2"]) if own else "3", "VALP": str(rnd.randrange(60, 900) * 1000) if own else "",
                  "VEH": str(rnd.choice([0, 1, 1, 2, 2, 2, 3, 4])), "WATP": str(rnd.choice([2, 40, 600, 1000, 1200])),
                  "YRBLT": str(rnd.choice([1939, 1940, 1950, 1960, 1970, 1980, 1990, 2000, 2005, 2010, 2015, 2018, 2020, 2021])),
                  "FES": str(rnd.randrange(1, 9)) if np_ > 1 else "", "FINCP": str(hinc) if np_ > 1 else "",
                  "GRNTP": "" if own else str(rnd.randrange(7, 32) * 50), "HHL": rnd.choice(["1"] * 8 + ["2", "3", "4"]),
                  "HHT": str(rnd.choice([1, 1, 2, 3, 4, 6])) if np_ > 1 else rnd.choice(["4", "6"]), "HINCP": str(hinc),
                  "HUPAC": rnd.choice(["1", "2", "4", "4"]), "MV": str(rnd.randrange(1, 8)), "NOC": str(max(0, np_ - 2)),
                  "NPF": str(np_) if np_ > 1 else "", "NRC": str(max(0, np_ - 2)),
                  "SMOCP": str(rnd.randrange(4, 60) * 50) if own else "", "TAXAMT": str(rnd.randrange(1, 68)) if own else "",
                  "WIF": str(rnd.choice([0, 1, 2, 3])) if np_ > 1 else ""})
        for c, v in zip(HWREP, reps(w)): h[c] = v
    households.append(h)
    head_age = rnd.choice([int(rnd.triangular(18, 99, 45)), int(rnd.gauss(52, 17))])
    head_age = max(18, min(96, head_age))
    if rnd.random() < 0.012:
        head_age = rnd.randrange(90, 97)
    rels = [20] + [rnd.choices([21, 23, 25, 26, 27, 30, 29, 33, 34, 36], [30, 8, 40, 4, 3, 2, 2, 3, 4, 4])[0] for _ in range(np_ - 1)]
    if gq:
        rels = [rnd.choice([37, 38])]
    for s, rel in enumerate(rels, 1):
        age = age_of(rel, head_age) if rel != 37 and rel != 38 else rnd.choice([rnd.randrange(18, 24), rnd.randrange(70, 99)])
        sex = rnd.choice(["1", "2"])
        born_abroad = rnd.random() < 0.09
        p = {c: "" for c in PCOLS}
        worker = 16 <= age <= 74 and rnd.random() < 0.75
        schl = ("%02d" % min(16, max(1, age - 4))) if age < 19 else rnd.choices(["16", "17", "18", "19", "20", "21", "22", "23", "24", "14", "15"], [22, 4, 6, 14, 10, 24, 10, 2, 2, 3, 3])[0]
        wag = (int(rnd.lognormvariate(10.6, 0.8)) // 100 * 100) if worker else (0 if age >= 15 else None)
        if wag is not None and wag > 700000:
            wag = 761000
        occ = rnd.choice(OCC) if worker else ""
        pw = max(1, int(rnd.gauss(97, 48)))
        p.update({"RT": "P", "SERIALNO": serial, "DIVISION": "4", "SPORDER": str(s), "PUMA": puma, "REGION": "2", "ST": "27",
                  "ADJINC": ADJINC, "PWGTP": str(pw), "AGEP": str(age), "CIT": rnd.choice(["4", "4", "5"]) if born_abroad else "1",
                  "CITWP": str(rnd.randrange(1975, 2023)) if born_abroad and rnd.random() < 0.5 else "",
                  "COW": rnd.choice(["1", "1", "1", "2", "3", "4", "6"]) if worker else "",
                  "DDRS": ("1" if age > 80 and rnd.random() < 0.2 else "2") if age >= 5 else "", "DEAR": rnd.choice(["2"] * 20 + ["1"]),
                  "DEYE": rnd.choice(["2"] * 30 + ["1"]), "ENG": rnd.choice(["1", "2", "3"]) if born_abroad and age >= 5 else "",
                  "GCL": rnd.choice(["2", "2", "1"]) if age >= 30 else "", "HINS1": rnd.choice(["1", "1", "2"]),
                  "JWMNP": str(rnd.choice([5, 10, 15, 20, 20, 25, 30, 40, 45, 60, 90])) if worker and rnd.random() < 0.85 else "",
                  "JWTRNS": rnd.choice(["01", "01", "01", "01", "02", "10", "11", "12"]) if worker else "",
                  "LANX": ("1" if born_abroad else rnd.choice(["2"] * 9 + ["1"])) if age >= 5 else "",
                  "MAR": ("1" if rel in (20, 21) and rnd.random() < 0.8 else rnd.choice(["1", "2", "3", "4", "5"])) if age >= 15 else "5",
                  "MARHYP": str(rnd.randrange(max(1950, 2023 - age + 18), 2024)) if age >= 18 and rnd.random() < 0.6 else "",
                  "MIG": rnd.choice(["1"] * 8 + ["3"]) if age >= 1 else "", "MIL": rnd.choice(["4", "4", "4", "4", "3", "2"]) if age >= 17 else "",
                  "SCHL": schl if age >= 3 else "", "SEX": sex, "WAGP": "" if wag is None else str(wag),
                  "WKHP": str(rnd.choice([20, 32, 36, 40, 40, 40, 45, 50, 60])) if worker else "",
                  "WKWN": str(rnd.choice([52, 52, 52, 50, 48, 40, 26])) if worker else "",
                  "YOEP": str(rnd.randrange(1960, 2023)) if born_abroad else "",
                  "ANC1P": rnd.choice(["032", "050", "051", "082", "088", "142", "148", "261", "290", "568", "706", "902", "939", "999"]),
                  "DIS": "1" if age > 75 and rnd.random() < 0.4 else "2", "ESR": ("1" if worker else rnd.choice(["3", "6", "6"])) if age >= 16 else "",
                  "FOD1P": rnd.choice(["6203", "2102", "5200", "6107", "1100", "3600", "2300", "6100", "5506"]) if schl in ("21", "22", "23", "24") else "",
                  "HICOV": rnd.choice(["1"] * 19 + ["2"]), "HISP": rnd.choice(["01"] * 19 + ["02", "04"]),
                  "INDP": rnd.choice(IND) if worker else "",
                  "JWAP": "%03d" % rnd.randrange(1, 286) if worker and rnd.random() < 0.85 else "",
                  "LANP": rnd.choice(["1200", "1250", "1970", "2575", "4840", "6933", "1350"]) if born_abroad and age >= 5 else "",
                  "MIGPUMA": rnd.choice(POWPUMAS) if rnd.random() < 0.1 else "", "MIGSP": "",
                  "NATIVITY": "2" if born_abroad else "1", "OCCP": occ,
                  "PINCP": "" if age < 15 else str((wag or 0) + rnd.choice([0, 0, 0, 1200, 18000])),
                  "POBP": rnd.choice(["210", "303", "231", "416", "062", "247", "056"]) if born_abroad else rnd.choice(["027"] * 8 + ["055", "019", "038", "046", "017"]),
                  "POVPIP": str(min(501, rnd.randrange(30, 501))) if not (rel in (37, 38)) else "",
                  "POWPUMA": rnd.choice(POWPUMAS) if worker and rnd.random() < 0.9 else "",
                  "POWSP": "027" if worker else "", "RAC1P": rnd.choice(["1"] * 16 + ["2", "2", "6", "6", "3", "8", "9"]),
                  "RELSHIPP": str(rel), "SCIENGP": rnd.choice(["1", "2", "2"]) if p.get("FOD1P") or schl in ("21", "22", "23", "24") else "",
                  "SOCP": {"0010": "111021", "4720": "412011", "3255": "291141", "2310": "252020"}.get(occ, occ and "%s%04d" % (rnd.choice(["11", "13", "15", "25", "29", "41", "43", "47", "53"]), rnd.randrange(1000, 9999)))})
        if p["MIGPUMA"]:
            p["MIGSP"] = "027"; p["MIG"] = "3"
        for c, v in zip(PWREP, reps(pw)): p[c] = v
        persons.append(p)

def write(name, cols, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] for c in cols])

write("psam_h27", HCOLS, households)
write("psam_p27", PCOLS, persons)
write("puma_names", ["STATEFP", "PUMA5CE", "PUMA NAME"], [{"STATEFP": "27", "PUMA5CE": a, "PUMA NAME": b} for a, b in PUMAS])
L = {}
for c in HCOLS:
    L["psam_h27." + c] = "NON_IDENTIFYING"
for c in PCOLS:
    L["psam_p27." + c] = "NON_IDENTIFYING"
L.update({"psam_h27.SERIALNO": "OTHER_UNIQUE_IDENTIFIER", "psam_h27.PUMA": "GEOGRAPHIC_SUBDIVISION",
          "psam_p27.SERIALNO": "OTHER_UNIQUE_IDENTIFIER", "psam_p27.PUMA": "GEOGRAPHIC_SUBDIVISION",
          "psam_p27.AGEP": "AGE", "psam_p27.MIGPUMA": "GEOGRAPHIC_SUBDIVISION", "psam_p27.POWPUMA": "GEOGRAPHIC_SUBDIVISION",
          "psam_p27.CITWP": "QUASI_IDENTIFIER", "psam_p27.YOEP": "QUASI_IDENTIFIER", "psam_p27.MARHYP": "QUASI_IDENTIFIER",
          "puma_names.STATEFP": "NON_IDENTIFYING", "puma_names.PUMA5CE": "GEOGRAPHIC_SUBDIVISION",
          "puma_names.PUMA NAME": "GEOGRAPHIC_SUBDIVISION"})
gold = {"dataset": "acs-pums",
        "description": "Invented ACS 1-year PUMS extract of one state (Minnesota, ST 27) in the Census Bureau's CSV layout: %d housing-unit and group-quarters records (psam_h27: SERIALNO 2023HU0012345/2023GQ..., PUMA 5 digits with leading zeros, housing and income items, WGTP1-WGTP80, empty where not applicable), %d person records (psam_p27: SPORDER, AGEP 0-%d with %d over 89, RELSHIPP, SCHL, WAGP, OCCP, INDP, POBP, POWPUMA, MIGPUMA, PWGTP1-PWGTP80) and the 20 PUMA names. Coincidences: PUMA, POWPUMA and MIGPUMA codes have the shape of ZIP codes; PUMA names hold towns and counties (Houston County)" % (len(households), len(persons), max(int(p["AGEP"]) for p in persons), sum(1 for p in persons if int(p["AGEP"]) > 89)),
        "delimiter": ",", "entity": "psam_h27", "columns": L,
        "foreignKeys": [{"column": "psam_p27.SERIALNO", "references": "psam_h27.SERIALNO"},
                        {"column": "psam_h27.PUMA", "references": "puma_names.PUMA5CE"},
                        {"column": "psam_p27.PUMA", "references": "puma_names.PUMA5CE"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

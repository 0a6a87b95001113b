#!/usr/bin/env python3
"""Writes sdtm-trial: an invented phase II study exported as CDISC SDTM domains in CSV (DM, AE, VS; upper-case SDTM
variable names, ISO 8601 dates, partial birth dates '1948-03' or '1951', USUBJID 'ABC-101-0012'; seeded, stdlib only).
48 subjects at 6 sites, 1 adverse-event table whose verbatim terms sometimes name people, and a vital-signs table of
5 tests over 6 visits. Coincidence: the investigator 'Dr. Helen Parkinson' beside the MedDRA term 'Parkinson's disease'."""
import csv, json, random, datetime
rnd = random.Random(280601)
STUDY = "ABC-2301"
SITES = {"101": "Dr. Helen Parkinson", "102": "Dr. Rajesh Venkataraman", "103": "Dr. Ingrid Solberg",
         "104": "Dr. Marcus O'Donnell", "201": "Dr. Beatriz Carvalho", "202": "Dr. Klaus Wiedemann"}
COUNTRY = {"101": "USA", "102": "USA", "103": "NOR", "104": "GBR", "201": "BRA", "202": "DEU"}
RACES = ["WHITE", "WHITE", "WHITE", "BLACK OR AFRICAN AMERICAN", "ASIAN", "AMERICAN INDIAN OR ALASKA NATIVE", "MULTIPLE"]
ARMS = [("PBO", "Placebo"), ("LOW", "Drug X 10 mg"), ("HIGH", "Drug X 40 mg")]
AES = [("HEADACHE", "Headache"), ("NAUSEA", "Nausea"), ("DIZZY", "Dizziness"), ("FATIGUE", "Fatigue"),
       ("RASH ON LEFT FOREARM", "Rash"), ("INSOMNIA", "Insomnia"), ("UPPER RESPIRATORY TRACT INFECTION", "Upper respiratory tract infection"),
       ("WORSENING TREMOR", "Parkinson's disease"), ("HIGH BLOOD PRESSURE", "Hypertension"), ("DIARRHOEA", "Diarrhoea"),
       ("BACK PAIN", "Back pain"), ("FALL AT HOME", "Fall")]
NAMED = ["FELL WHILE CARING FOR HUSBAND {g} {f}", "ANXIETY AFTER DEATH OF SISTER {g} {f}",
         "DOG BITE (NEIGHBOUR {g} {f}'S DOG)", "CAR ACCIDENT, DRIVEN BY SON {g} {f}"]
NAMED_DECOD = ["Fall", "Anxiety", "Animal bite", "Road traffic accident"]
GIVEN = ["Walter", "Doris", "Agnes", "Thomas", "Ruth", "Olav", "Heidi", "Joao", "Lucia", "Gerhard", "Priya", "Michael"]
FAMILY = ["Brennan", "Haugen", "Oliveira", "Schreiber", "Whitfield", "Kowalczyk", "Nakamura", "Pettersen"]
VS = [("SYSBP", lambda: str(rnd.randint(102, 168))), ("DIABP", lambda: str(rnd.randint(60, 98))),
      ("PULSE", lambda: str(rnd.randint(52, 104))), ("TEMP", lambda: "%.1f" % rnd.uniform(36.0, 37.9)),
      ("WEIGHT", lambda: "%.1f" % rnd.uniform(48, 121))]
dm, ae, vs = [], [], []
n = 0
for site in SITES:
    for k in range(8):
        n += 1
        subj = "%s-%04d" % (site, rnd.randint(1, 60) * 10 + k) if False else "%s-%04d" % (site, 10 + k * 3 + rnd.randint(0, 2))
        usubj = "ABC-" + subj
        age = rnd.randint(19, 84) if rnd.random() < 0.9 else rnd.randint(90, 94)
        rf = datetime.date(2023, 1, 9) + datetime.timedelta(days=rnd.randint(0, 300))
        by = rf.year - age - (1 if rnd.random() < 0.5 else 0)
        r = rnd.random()
        brth = str(by) if r < 0.35 else "%d-%02d" % (by, rnd.randint(1, 12)) if r < 0.8 else "%d-%02d-%02d" % (by, rnd.randint(1, 12), rnd.randint(1, 28))
        armcd, arm = rnd.choice(ARMS)
        dm.append([STUDY, "DM", usubj, subj, site, SITES[site], brth, str(age), "YEARS", rnd.choice("MF"), rnd.choice(RACES),
                   rnd.choice(["NOT HISPANIC OR LATINO"] * 4 + ["HISPANIC OR LATINO", "NOT REPORTED"]), armcd, arm, COUNTRY[site], rf.isoformat()])
        seq = 0
        for _ in range(rnd.choice([0, 1, 1, 2, 3, 4])):
            seq += 1
            st = rf + datetime.timedelta(days=rnd.randint(1, 160))
            if rnd.random() < 0.12:
                i = rnd.randrange(len(NAMED)); term = NAMED[i].format(g=rnd.choice(GIVEN).upper(), f=rnd.choice(FAMILY).upper()); dec = NAMED_DECOD[i]
            else:
                term, dec = rnd.choice(AES)
            en = "" if rnd.random() < 0.15 else (st + datetime.timedelta(days=rnd.randint(0, 30))).isoformat()
            stc = st.isoformat() if rnd.random() < 0.8 else "%sT%02d:%02d" % (st.isoformat(), rnd.randint(7, 20), rnd.choice([0, 15, 30, 45]))
            ae.append([usubj, str(seq), term, dec, stc, en, "Y" if rnd.random() < 0.08 else "N"])
        for v, dy in [(1, -7), (2, 1), (3, 15), (4, 29), (5, 57), (6, 85)]:
            d = rf + datetime.timedelta(days=dy - (1 if dy > 0 else 0) + rnd.randint(-1, 1) * (v > 2))
            study_day = (d - rf).days + (1 if d >= rf else 0)
            for code, f in VS:
                vs.append([usubj, code, f(), "%sT%02d:%02d" % (d.isoformat(), rnd.randint(8, 16), rnd.randint(0, 59)), str(v), str(study_day)])
def write(name, header, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(header); w.writerows(rows)
write("dm", ["STUDYID", "DOMAIN", "USUBJID", "SUBJID", "SITEID", "INVNAM", "BRTHDTC", "AGE", "AGEU", "SEX", "RACE", "ETHNIC", "ARMCD", "ARM", "COUNTRY", "RFSTDTC"], dm)
write("ae", ["USUBJID", "AESEQ", "AETERM", "AEDECOD", "AESTDTC", "AEENDTC", "AESER"], ae)
write("vs", ["USUBJID", "VSTESTCD", "VSORRES", "VSDTC", "VISITNUM", "VSDY"], vs)
L = {"dm.STUDYID": "NON_IDENTIFYING", "dm.DOMAIN": "NON_IDENTIFYING", "dm.USUBJID": "OTHER_UNIQUE_IDENTIFIER",
     "dm.SUBJID": "OTHER_UNIQUE_IDENTIFIER", "dm.SITEID": "NON_IDENTIFYING", "dm.INVNAM": "NAME", "dm.BRTHDTC": "DATE_OF_BIRTH",
     "dm.AGE": "AGE", "dm.AGEU": "NON_IDENTIFYING", "dm.SEX": "NON_IDENTIFYING", "dm.RACE": "NON_IDENTIFYING",
     "dm.ETHNIC": "NON_IDENTIFYING", "dm.ARMCD": "NON_IDENTIFYING", "dm.ARM": "NON_IDENTIFYING", "dm.COUNTRY": "NON_IDENTIFYING",
     "dm.RFSTDTC": "DATE", "ae.USUBJID": "OTHER_UNIQUE_IDENTIFIER", "ae.AESEQ": "NON_IDENTIFYING", "ae.AETERM": "FREE_TEXT",
     "ae.AEDECOD": "NON_IDENTIFYING", "ae.AESTDTC": "DATE", "ae.AEENDTC": "DATE", "ae.AESER": "NON_IDENTIFYING",
     "vs.USUBJID": "OTHER_UNIQUE_IDENTIFIER", "vs.VSTESTCD": "NON_IDENTIFYING", "vs.VSORRES": "NON_IDENTIFYING",
     "vs.VSDTC": "DATE", "vs.VISITNUM": "NON_IDENTIFYING", "vs.VSDY": "NON_IDENTIFYING"}
gold = {"dataset": "sdtm-trial",
        "description": "Invented CDISC SDTM export of a phase II study (DM 48 subjects at 6 sites with investigator names, partial ISO birth dates, ages incl. 90-94; AE %d rows whose verbatim AETERM sometimes names relatives or neighbours; VS %d rows, 5 tests x 6 visits with study day)" % (len(ae), len(vs)),
        "delimiter": ",", "entity": "dm", "columns": L,
        "foreignKeys": [{"column": "ae.USUBJID", "references": "dm.USUBJID"}, {"column": "vs.USUBJID", "references": "dm.USUBJID"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

#!/usr/bin/env python3
"""Writes edc-rave-trial: an invented Medidata Rave-style EDC extract (clinical views, SAS-on-demand column naming)
of a fictional phase II study ABC-201 (seeded, stdlib only), ','. sites: 11 (SiteNumber '101', Site name, country,
principal investigator, site status). dm: 41 subjects (project, Subject '101-004', SiteNumber, Site, InstanceName,
RecordDate, SUBJINIT initials 'J-K' / 'JMK', BRTHDAT_RAW partial dates 'UN UNK 1956' / '14 MAR 1948', BRTHDAT_YYYY, AGE
(one over 89), SEX/SEX_STD, RACE, ETHNIC, consent date). ae: adverse events (AESPID, InstanceName, AETERM verbatim,
some naming relatives, MedDRA PT/PT code/SOC, start/end 'DD MMM YYYY', ongoing, severity, serious, relationship,
action, outcome). cm: concomitant medications (CMTRT, dose, unit, route, frequency, indication, start/end, ongoing).
audit: ~2,300 audit-trail rows (AuditID, Subject, Folder, Form, Field, action/query text, user 'Jane Smith (jsmith)',
role, 'DD MMM YYYY HH:MM:SS' GMT). Deliberate coincidences: the investigator Dr. Kenji Hashimoto beside the indication
"Hashimoto's thyroiditis"; the site 'Grace Cancer Center' beside the user given name Grace; the AE 'Bell's palsy'
beside the CRA surname Bell."""
import csv, json, random
rnd = random.Random(650303)
GIVEN = ["Grace", "Thomas", "Ingrid", "Marco", "Helen", "Pavel", "Yuki", "Laura", "Omar", "Sabine", "Carlos", "Nina"]
FAMILY = ["Smith", "Bell", "Novak", "Weber", "Rossi", "Moreau", "Kowalski", "Svensson", "Lindgren", "Brennan",
          "Hashimoto", "Duarte", "Fischer", "Nakamura", "Kelly"]
RELATIVES = ["husband", "wife", "daughter", "son", "neighbour"]
REL_NAMES = ["Tom", "Anna", "Lukas", "Maria", "Jean", "Petra"]
SITES = [("101", "Grace Cancer Center", "United States", "Dr. Helen Brennan"),
         ("102", "Midwest Oncology Associates", "United States", "Dr. Carlos Duarte"),
         ("103", "Pacific Northwest Research Institute", "United States", "Dr. Laura Kelly"),
         ("201", "Charite Campus Mitte Studienzentrum", "Germany", "Dr. Sabine Weber"),
         ("202", "Universitaetsklinikum Nord", "Germany", "Prof. Thomas Fischer"),
         ("301", "Ospedale San Raffaele Unita Studi", "Italy", "Dr. Marco Rossi"),
         ("401", "Centrum Onkologii Krakow", "Poland", "Dr. Pavel Kowalski"),
         ("402", "Szpital Wojewodzki Lodz", "Poland", "Dr. Ingrid Novak"),
         ("501", "Karolinska Studieenhet", "Sweden", "Dr. Nina Lindgren"),
         ("601", "Tokyo Medical Trial Center", "Japan", "Dr. Kenji Hashimoto"),
         ("602", "Osaka Clinical Research Hospital", "Japan", "Dr. Yuki Nakamura")]
INIT_L = "ABCDEFGHIJKLMNOPRSTVW"
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
def dmy(y, m, d):
    return "%02d %s %d" % (d, MON[m - 1], y)
def add(y, m, d, days):
    import datetime
    x = datetime.date(y, m, d) + datetime.timedelta(days=days); return x.year, x.month, x.day
VISITS = [("Screening", -14), ("Baseline", 0), ("Week 2", 14), ("Week 4", 28), ("Week 8", 56), ("Week 12", 84),
          ("Week 24", 168), ("End of Treatment", 180), ("Follow-up", 210)]
AES = [("headache", "Headache", "10019211", "Nervous system disorders"),
       ("nausea", "Nausea", "10028813", "Gastrointestinal disorders"),
       ("fatigue", "Fatigue", "10016256", "General disorders and administration site conditions"),
       ("diarrhoea", "Diarrhoea", "10012735", "Gastrointestinal disorders"),
       ("rash on both arms", "Rash", "10037844", "Skin and subcutaneous tissue disorders"),
       ("elevated ALT", "Alanine aminotransferase increased", "10001551", "Investigations"),
       ("neutropenia gr 3", "Neutropenia", "10029354", "Blood and lymphatic system disorders"),
       ("Bell's palsy", "Facial paralysis", "10016062", "Nervous system disorders"),
       ("insomnia", "Insomnia", "10022437", "Psychiatric disorders"),
       ("peripheral neuropathy", "Neuropathy peripheral", "10029331", "Nervous system disorders"),
       ("UTI", "Urinary tract infection", "10046571", "Infections and infestations"),
       ("hypertension", "Hypertension", "10020772", "Vascular disorders")]
CMS = [("Paracetamol", "500", "mg", "PO", "PRN", "Headache"), ("Ondansetron", "8", "mg", "PO", "BID", "Nausea"),
       ("Levothyroxine", "75", "ug", "PO", "QD", "Hashimoto's thyroiditis"), ("Amlodipine", "5", "mg", "PO", "QD", "Hypertension"),
       ("Metformin", "1000", "mg", "PO", "BID", "Type 2 diabetes mellitus"), ("Loperamide", "2", "mg", "PO", "PRN", "Diarrhoea"),
       ("Zolpidem", "10", "mg", "PO", "QHS", "Insomnia"), ("Pregabalin", "75", "mg", "PO", "BID", "Neuropathy peripheral"),
       ("Nitrofurantoin", "100", "mg", "PO", "BID", "Urinary tract infection"), ("Filgrastim", "300", "ug", "SC", "QD", "Neutropenia"),
       ("Atorvastatin", "20", "mg", "PO", "QD", "Hypercholesterolaemia"), ("Omeprazole", "20", "mg", "PO", "QD", "GERD")]
dm, ae, cm, audit = [], [], [], []
subjects = []
for s, site in enumerate(SITES):
    n = rnd.randint(2, 7) if s else 6
    for k in range(n):
        subj = "%s-%03d" % (site[0], k + 1 + (k // 3))
        cy, cmn, cd = 2023, rnd.randint(2, 11), rnd.randint(1, 28)
        by = rnd.randint(1941, 1985)
        if len(subjects) in (7, 29): by = rnd.choice([1932, 1933])
        r = rnd.random()
        bd = "UN UNK %d" % by if r < 0.45 else (dmy(by, rnd.randint(1, 12), rnd.randint(1, 28)) if r < 0.85 else "UN %s %d" % (MON[rnd.randint(0, 11)], by))
        age = cy - by - (1 if cmn < 7 else 0)
        init = rnd.choice(INIT_L) + ("-" if rnd.random() < 0.6 else rnd.choice(INIT_L)) + rnd.choice(INIT_L)
        sex = rnd.choice(["Male", "Female"])
        race = rnd.choice(["White", "White", "Asian", "Black or African American", "Other"]) if site[2] != "Japan" else "Asian"
        eth = rnd.choice(["Not Hispanic or Latino", "Not Hispanic or Latino", "Hispanic or Latino", "Not Reported"])
        subjects.append((subj, site, (cy, cmn, cd)))
        dm.append(["ABC-201", subj, site[0], site[1], "Screening", dmy(cy, cmn, cd), init, bd, by, age, sex, sex[0],
                   race, eth, dmy(cy, cmn, cd)])
USERS = {}
for site in SITES:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    pi = site[3].split()
    USERS[site[0]] = [("%s %s (%s)" % (pi[1], pi[-1], (pi[1][0] + pi[-1]).lower()), "Investigator"),
                      ("%s %s (%s)" % (g, f, (g[0] + f).lower()), "CRC")]
CRAS = [("Grace Bell (gbell)", "CRA"), ("Omar Brennan (obrennan)", "CRA"), ("Data Manager (dm_abc201)", "Data Manager")]
aid = 500000
def aud(subj, site, folder, form, field, action, text, y, m, d, who=None):
    global aid
    aid += rnd.randint(1, 9)
    u, role = who or rnd.choice(USERS[site[0]] + CRAS[:1])
    audit.append([aid, subj, site[0], folder, form, field, action, text, u, role,
                  "%s %02d:%02d:%02d" % (dmy(y, m, d).title(), rnd.randint(6, 20), rnd.randint(0, 59), rnd.randint(0, 59)),
                  rnd.choice(["", "Open", "Answered", "Closed"]) if action.startswith("Query") else ""])
for subj, site, (cy, cmn, cd) in subjects:
    last = rnd.randint(3, len(VISITS))
    for v, off in VISITS[:last]:
        y, m, d = add(cy, cmn, cd, off + 14)
        for form, fields in (("DM", ["BRTHDAT", "SEX", "RACE"]) if v == "Screening" else ("VS", ["SYSBP", "DIABP", "WEIGHT"]),
                             ("EX", ["EXSTDAT", "EXDOSE"])):
            for f in fields:
                aud(subj, site, v, form, f, "Data entered", "", y, m, d)
                if rnd.random() < 0.18:
                    q = rnd.choice(["Value out of range, please verify", "Date is after visit date, please correct",
                                    "Please confirm; source shows different value", "Missing unit, please update"])
                    aud(subj, site, v, form, f, "Query opened", q, y, m, min(d + 2, 28), CRAS[rnd.randint(0, 2)])
                    aud(subj, site, v, form, f, "Query answered", rnd.choice(["Corrected per source", "Confirmed, value is correct",
                        "Per phone call with subject's %s %s, date corrected" % (rnd.choice(RELATIVES), rnd.choice(REL_NAMES))]), y, m, min(d + 4, 28))
                if rnd.random() < 0.3:
                    aud(subj, site, v, form, f, "Data changed", "Reason: transcription error", y, m, min(d + 3, 28))
        if v != "Screening" and rnd.random() < 0.45:
            for _ in range(rnd.randint(1, 2)):
                t, pt, code, soc = rnd.choice(AES)
                verb = t
                if rnd.random() < 0.1:
                    verb = "%s after caring for %s %s" % (t, rnd.choice(RELATIVES), rnd.choice(REL_NAMES))
                elif rnd.random() < 0.3:
                    verb = t.upper()
                ey, em_, ed = add(y, m, d, rnd.randint(1, 40))
                ongo = rnd.random() < 0.2
                ae.append([subj, site[0], v, len([a for a in ae if a[0] == subj]) + 1, verb, pt, code, soc, dmy(y, m, d),
                           "" if ongo else dmy(ey, em_, ed), "Y" if ongo else "N", rnd.choice(["Mild", "Moderate", "Severe"]),
                           "Y" if rnd.random() < 0.08 else "N", rnd.choice(["Not Related", "Unlikely Related", "Possibly Related", "Related"]),
                           rnd.choice(["Dose Not Changed", "Dose Reduced", "Drug Interrupted", "Not Applicable"]),
                           "Not Recovered/Not Resolved" if ongo else rnd.choice(["Recovered/Resolved", "Recovering/Resolving"])])
                aud(subj, site, v, "AE", "AETERM", "Data entered", "", y, m, d)
    for k in range(rnd.randint(2, 12)):
        tr, dose, u, route, fq, ind = rnd.choice(CMS)
        sy = rnd.randint(2010, 2023); sm = rnd.randint(1, 12)
        st = "UN %s %d" % (MON[sm - 1], sy) if sy < 2023 and rnd.random() < 0.5 else dmy(sy, sm, rnd.randint(1, 28))
        ongo = rnd.random() < 0.6
        cm.append([subj, site[0], "Screening" if k < 3 else rnd.choice(["Week 4", "Week 8", "Week 12"]), k + 1,
                   tr if rnd.random() < 0.8 else tr.upper(), dose, u, route, fq, ind, st,
                   "" if ongo else dmy(2024, rnd.randint(1, 12), rnd.randint(1, 28)), "Y" if ongo else "N"])
SH = ["SiteNumber", "Site", "Country", "Principal Investigator", "Site Status"]
sites = [[s[0], s[1], s[2], s[3], rnd.choice(["Active", "Active", "Enrolment Closed"])] for s in SITES]
DH = ["project", "Subject", "SiteNumber", "Site", "InstanceName", "RecordDate", "SUBJINIT", "BRTHDAT_RAW",
      "BRTHDAT_YYYY", "AGE", "SEX", "SEX_STD", "RACE", "ETHNIC", "DSSTDAT_RAW"]
AH = ["Subject", "SiteNumber", "InstanceName", "AESPID", "AETERM", "AETERM_PT", "AETERM_PT_CODE", "AETERM_SOC",
      "AESTDAT_RAW", "AEENDAT_RAW", "AEONGO", "AESEV", "AESER", "AEREL", "AEACN", "AEOUT"]
CH = ["Subject", "SiteNumber", "InstanceName", "CMSPID", "CMTRT", "CMDOSE", "CMDOSU", "CMROUTE", "CMFREQ", "CMINDC",
      "CMSTDAT_RAW", "CMENDAT_RAW", "CMONGO"]
UH = ["AuditID", "Subject", "SiteNumber", "Folder", "Form", "Field", "Audit Action", "Audit Text", "User", "User Role",
      "Date Time (GMT)", "Query Status"]
def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)
write("sites", SH, sites); write("dm", DH, dm); write("ae", AH, ae); write("cm", CH, cm); write("audit", UH, audit)
N, O, DT = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE"
LB = {"sites": [N, N, N, "NAME", N],
      "dm": [N, O, N, N, N, DT, "NAME", "DATE_OF_BIRTH", "QUASI_IDENTIFIER", "AGE", N, N, N, N, DT],
      "ae": [O, N, N, N, "FREE_TEXT", N, N, N, DT, DT, N, N, N, N, N, N],
      "cm": [O, N, N, N, N, N, N, N, N, N, DT, DT, N],
      "audit": [O, O, N, N, N, N, N, "FREE_TEXT", "NAME", N, DT, N]}
cols = {}
for t, h in (("sites", SH), ("dm", DH), ("ae", AH), ("cm", CH), ("audit", UH)):
    assert len(h) == len(LB[t]), t
    for c, l in zip(h, LB[t]):
        cols[t + "." + c] = l
gold = {"dataset": "edc-rave-trial",
        "description": "Invented Medidata Rave-style EDC extract of a phase II study, ',': sites 11 (SiteNumber '101', site name, country, principal investigator, status), dm NSUBJ subjects (project, Subject '101-004', SiteNumber, Site, InstanceName, RecordDate, initials 'J-K'/'JMK', BRTHDAT_RAW 'UN UNK 1956' / '14 MAR 1948' / 'UN MAR 1950', BRTHDAT_YYYY, AGE (90 and 89 for the two born 1933), SEX/SEX_STD, RACE, ETHNIC, consent date), ae (Subject, SiteNumber, visit, AESPID, verbatim AETERM (upper case on some rows, 10% naming a relative), MedDRA PT, PT code, SOC, start/end 'DD MMM YYYY', ongoing, severity, serious, relationship, action, outcome), cm (drug verbatim, dose, unit, route, frequency, indication, start 'UN MAR 2019' or full, end, ongoing), audit NAUDIT rows (AuditID, Subject, SiteNumber, Folder, Form, Field, action, query/answer text naming relatives on some rows, user 'Helen Brennan (hbrennan)', role, 'Dd Mon YYYY HH:MM:SS' GMT, query status). SiteNumber and site names NON_IDENTIFYING (as dm.SITEID in sdtm-trial), investigators and EDC users NAME, BRTHDAT_YYYY QUASI_IDENTIFIER (two imply ages over 89), initials NAME, AuditID OTHER_UNIQUE_IDENTIFIER. Coincidences: investigator Dr. Kenji Hashimoto beside the indication Hashimoto's thyroiditis, site 'Grace Cancer Center' beside the CRA Grace Bell, the AE term Bell's palsy beside the surname Bell".replace("NSUBJ", str(len(dm))).replace("NAUDIT", "{:,}".format(len(audit))),
        "delimiter": ",", "entity": "dm", "columns": cols,
        "foreignKeys": [{"column": "dm.SiteNumber", "references": "sites.SiteNumber"},
                        {"column": "ae.Subject", "references": "dm.Subject"},
                        {"column": "cm.Subject", "references": "dm.Subject"},
                        {"column": "audit.Subject", "references": "dm.Subject"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

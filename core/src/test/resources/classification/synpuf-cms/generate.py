#!/usr/bin/env python3
"""Writes synpuf-cms: an invented extract shaped after the public CMS DE-SynPUF files (beneficiary summary 400 rows,
carrier claims 900 rows, prescription drug events 600 rows): upper-case CMS headers, DESYNPUF_ID 16 hex digits, dates as
integers yyyymmdd, sex/race/flag codes, SSA state and county codes, 10-digit Luhn-valid NPIs, tax numbers, ICD-9 and
HCPCS codes (seeded, stdlib only). No value is taken from the real files."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(170101)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
def ymd(d): return d.strftime("%Y%m%d")
def npi():
    base = "%d%08d" % (rnd.choice([1, 2]), rnd.randint(0, 99999999))
    s = 0
    for i, ch in enumerate(reversed("80840" + base)):  # Luhn over the 80840 prefix, check digit appended
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return base + str((10 - s % 10) % 10)
ICD9 = ["4019", "25000", "2724", "42731", "4280", "496", "V5869", "78079", "7242", "71590", "2449", "53081", "V7231", "41401", "5990", "2859", "3659", "V5861"]
HCPCS = ["99213", "99214", "99212", "G0008", "36415", "80053", "85025", "93000", "71020", "99232", "J1030", "97110", "G0439"]
NDC = ["00093715301", "00378018001", "00781107001", "68180051301", "00071015523", "00006074931", "59762332001", "00172375810"]
STATES = [(5, [200, 310, 590, 710]), (10, [40, 310, 540, 700, 910]), (14, [160, 430, 810]), (23, [50, 150, 520]),
          (31, [200, 210, 470, 870]), (33, [110, 300, 600, 610]), (36, [90, 230, 360, 750]), (39, [230, 440, 590]),
          (45, [50, 480, 700, 850]), (49, [70, 210, 340]), (52, [250, 330, 400])]
bene = []; ids = []
for i in range(400):
    did = "%016X" % rnd.getrandbits(64); ids.append(did)
    b = datetime.date(rnd.randint(1909, 1983), rnd.randint(1, 12), 1)
    st, cos = rnd.choice(STATES)
    death = ""
    if rnd.random() < 0.06:
        death = ymd(datetime.date(rnd.choice([2008, 2009, 2010]), rnd.randint(1, 12), 1) + datetime.timedelta(days=rnd.randint(0, 27)))
    flags = [str(rnd.choice([1, 2, 2, 2])) for _ in range(11)]
    amts = []
    for k in range(3):
        amts += ["%.2f" % (rnd.choice([0, 0, 0, rnd.randint(1, 600)]) * 10), "%.2f" % (rnd.choice([0, rnd.randint(0, 50)]) * 10),
                 "%.2f" % (rnd.choice([0, 0, rnd.randint(0, 20)]) * 10)]
    m = rnd.choice([12, 12, 12, 0, rnd.randint(1, 11)])
    bene.append([did, ymd(b), death, rnd.choice(["1", "2"]), rnd.choice(["1", "1", "1", "2", "3", "5"]), rnd.choice(["0", "0", "0", "Y"]),
                 str(st), "%03d" % rnd.choice(cos), "12", "12", str(m), str(rnd.choice([12, 12, 0, m]))] + flags + amts)
w("DE1_0_2008_Beneficiary_Summary_File_Sample_1", ["DESYNPUF_ID", "BENE_BIRTH_DT", "BENE_DEATH_DT", "BENE_SEX_IDENT_CD", "BENE_RACE_CD",
  "BENE_ESRD_IND", "SP_STATE_CODE", "BENE_COUNTY_CD", "BENE_HI_CVRAGE_TOT_MONS", "BENE_SMI_CVRAGE_TOT_MONS", "BENE_HMO_CVRAGE_TOT_MONS",
  "PLAN_CVRG_MOS_NUM", "SP_ALZHDMTA", "SP_CHF", "SP_CHRNKIDN", "SP_CNCR", "SP_COPD", "SP_DEPRESSN", "SP_DIABETES", "SP_ISCHMCHT",
  "SP_OSTEOPRS", "SP_RA_OA", "SP_STRKETIA", "MEDREIMB_IP", "BENRES_IP", "PPPYMT_IP", "MEDREIMB_OP", "BENRES_OP", "PPPYMT_OP",
  "MEDREIMB_CAR", "BENRES_CAR", "PPPYMT_CAR"], bene)
docs = [(npi(), "%09d" % rnd.randint(10000000, 999999999)) for _ in range(60)]
car = []; clm = 887000000000000
for i in range(900):
    did = rnd.choice(ids); clm += rnd.randint(1000, 900000)
    f = datetime.date(2008, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1000)); t = f + datetime.timedelta(days=rnd.choice([0, 0, 0, 1, 3]))
    d1, d2 = rnd.choice(docs), rnd.choice(docs)
    dx = rnd.sample(ICD9, 4)
    two = rnd.random() < 0.4
    car.append([did, str(clm), ymd(f), ymd(t)] + [dx[0], dx[1], dx[2] if rnd.random() < 0.6 else "", dx[3] if rnd.random() < 0.3 else ""] +
               [d1[0], d2[0] if two else "", d1[1], d2[1] if two else "", rnd.choice(HCPCS), rnd.choice(HCPCS) if two else "",
                "%.2f" % (rnd.randint(1, 30) * 10), "%.2f" % (rnd.randint(1, 20) * 10) if two else "", "%.2f" % rnd.choice([0, 0, 10, 20]),
                "%.2f" % (rnd.randint(0, 6) * 10), "A", dx[0]])
w("DE1_0_2008_to_2010_Carrier_Claims_Sample_1A", ["DESYNPUF_ID", "CLM_ID", "CLM_FROM_DT", "CLM_THRU_DT", "ICD9_DGNS_CD_1", "ICD9_DGNS_CD_2",
  "ICD9_DGNS_CD_3", "ICD9_DGNS_CD_4", "PRF_PHYSN_NPI_1", "PRF_PHYSN_NPI_2", "TAX_NUM_1", "TAX_NUM_2", "HCPCS_CD_1", "HCPCS_CD_2",
  "LINE_NCH_PMT_AMT_1", "LINE_NCH_PMT_AMT_2", "LINE_BENE_PTB_DDCTBL_AMT_1", "LINE_COINSRNC_AMT_1", "LINE_PRCSG_IND_CD_1", "LINE_ICD9_DGNS_CD_1"], car)
pde = []; pid = 233000000000000
for i in range(600):
    pid += rnd.randint(1000, 900000)
    d = datetime.date(2008, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1000))
    pde.append([rnd.choice(ids), str(pid), ymd(d), rnd.choice(NDC), "%.3f" % rnd.choice([30, 60, 90, 15, 120]), str(rnd.choice([30, 30, 90, 10])),
                "%.2f" % (rnd.randint(0, 12) * 10), "%.2f" % (rnd.randint(1, 60) * 10)])
w("DE1_0_2008_to_2010_Prescription_Drug_Events_Sample_1", ["DESYNPUF_ID", "PDE_ID", "SRVC_DT", "PROD_SRVC_ID", "QTY_DSPNSD_NUM",
  "DAYS_SUPLY_NUM", "PTNT_PAY_AMT", "TOT_RX_CST_AMT"], pde)
B, C, P = "DE1_0_2008_Beneficiary_Summary_File_Sample_1", "DE1_0_2008_to_2010_Carrier_Claims_Sample_1A", "DE1_0_2008_to_2010_Prescription_Drug_Events_Sample_1"
cols = {B + ".DESYNPUF_ID": "OTHER_UNIQUE_IDENTIFIER", B + ".BENE_BIRTH_DT": "DATE_OF_BIRTH", B + ".BENE_DEATH_DT": "DATE",
        B + ".BENE_SEX_IDENT_CD": "NON_IDENTIFYING", B + ".BENE_RACE_CD": "NON_IDENTIFYING", B + ".BENE_ESRD_IND": "NON_IDENTIFYING",
        B + ".SP_STATE_CODE": "NON_IDENTIFYING", B + ".BENE_COUNTY_CD": "COUNTY"}
for c in ["BENE_HI_CVRAGE_TOT_MONS", "BENE_SMI_CVRAGE_TOT_MONS", "BENE_HMO_CVRAGE_TOT_MONS", "PLAN_CVRG_MOS_NUM", "SP_ALZHDMTA", "SP_CHF",
          "SP_CHRNKIDN", "SP_CNCR", "SP_COPD", "SP_DEPRESSN", "SP_DIABETES", "SP_ISCHMCHT", "SP_OSTEOPRS", "SP_RA_OA", "SP_STRKETIA",
          "MEDREIMB_IP", "BENRES_IP", "PPPYMT_IP", "MEDREIMB_OP", "BENRES_OP", "PPPYMT_OP", "MEDREIMB_CAR", "BENRES_CAR", "PPPYMT_CAR"]:
    cols[B + "." + c] = "NON_IDENTIFYING"
cols.update({C + ".DESYNPUF_ID": "OTHER_UNIQUE_IDENTIFIER", C + ".CLM_ID": "OTHER_UNIQUE_IDENTIFIER", C + ".CLM_FROM_DT": "DATE", C + ".CLM_THRU_DT": "DATE",
             C + ".PRF_PHYSN_NPI_1": "QUASI_IDENTIFIER", C + ".PRF_PHYSN_NPI_2": "QUASI_IDENTIFIER", C + ".TAX_NUM_1": "QUASI_IDENTIFIER",
             C + ".TAX_NUM_2": "QUASI_IDENTIFIER"})
for c in ["ICD9_DGNS_CD_1", "ICD9_DGNS_CD_2", "ICD9_DGNS_CD_3", "ICD9_DGNS_CD_4", "HCPCS_CD_1", "HCPCS_CD_2", "LINE_NCH_PMT_AMT_1", "LINE_NCH_PMT_AMT_2",
          "LINE_BENE_PTB_DDCTBL_AMT_1", "LINE_COINSRNC_AMT_1", "LINE_PRCSG_IND_CD_1", "LINE_ICD9_DGNS_CD_1"]:
    cols[C + "." + c] = "NON_IDENTIFYING"
cols.update({P + ".DESYNPUF_ID": "OTHER_UNIQUE_IDENTIFIER", P + ".PDE_ID": "OTHER_UNIQUE_IDENTIFIER", P + ".SRVC_DT": "DATE"})
for c in ["PROD_SRVC_ID", "QTY_DSPNSD_NUM", "DAYS_SUPLY_NUM", "PTNT_PAY_AMT", "TOT_RX_CST_AMT"]:
    cols[P + "." + c] = "NON_IDENTIFYING"
gold = {"dataset": "synpuf-cms", "description": "Invented extract shaped after CMS DE-SynPUF: beneficiary summary 400 (DESYNPUF_ID 16 hex, BENE_BIRTH_DT/BENE_DEATH_DT integers yyyymmdd, births 1909-1983 so many over 89, sex/race 1..5, SP_STATE_CODE SSA code, BENE_COUNTY_CD 3-digit county code, chronic-condition flags 1/2, reimbursement amounts), carrier claims 900 (CLM_ID 15 digits, CLM_FROM_DT/CLM_THRU_DT yyyymmdd, ICD-9, Luhn-valid PRF_PHYSN_NPI_*, TAX_NUM_* 9 digits, HCPCS, amounts), prescription drug events 600 (PDE_ID, SRVC_DT, NDC PROD_SRVC_ID)",
        "delimiter": ",", "entity": B, "columns": cols,
        "foreignKeys": [{"column": C + ".DESYNPUF_ID", "references": B + ".DESYNPUF_ID"}, {"column": P + ".DESYNPUF_ID", "references": B + ".DESYNPUF_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

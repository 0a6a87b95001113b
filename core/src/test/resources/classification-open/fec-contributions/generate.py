#!/usr/bin/env python3
"""Writes fec-contributions: invented FEC bulk-data shaped files, PIPE-delimited as the FEC's itcont.txt/cm.txt but with
a header row (seeded, stdlib only). contributions 2400 rows in the documented column order of the individual
contributions file (CMTE_ID .. SUB_ID; NAME 'SMITH, JOHN A MR', 9-digit ZIP_CODE, TRANSACTION_DT MMDDYYYY, EMPLOYER,
OCCUPATION incl. RETIRED/NOT EMPLOYED, earmark memo rows, MEMO_TEXT naming spouses on reattributions); committees 30
rows (CMTE_ID C00 + 6 digits, committee name incl. 'FRIENDS OF <candidate>', treasurer, street, city, state, ZIP, party)."""
import csv, json, random, datetime
rnd = random.Random(230601)
GIVEN = ["JOHN", "MARY", "ROBERT", "PATRICIA", "MICHAEL", "LINDA", "DAVID", "BARBARA", "JAMES", "SUSAN", "WILLIAM",
         "KAREN", "RICHARD", "NANCY", "THOMAS", "DONNA", "CHARLES", "SANDRA", "DANIEL", "CAROL", "MADISON", "CHANDLER",
         "AUSTIN", "DALLAS", "SAVANNAH", "JOSE", "MARIA", "WEI", "PRIYA", "DEANDRE"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
          "HERNANDEZ", "LOPEZ", "WASHINGTON", "JACKSON", "LINCOLN", "HOUSTON", "PHOENIX", "MESA", "NGUYEN", "O'CONNOR",
          "MCALLISTER", "VAN DYKE", "DE LA CRUZ", "KOWALSKI", "PATEL", "OKAFOR", "BLACKWELL", "FITZGERALD", "LOWELL", "REEVES"]
PLACES = [("PHOENIX", "AZ", "850"), ("MESA", "AZ", "852"), ("TUCSON", "AZ", "857"), ("WASHINGTON", "DC", "200"),
          ("JACKSON", "MS", "392"), ("HOUSTON", "TX", "770"), ("AUSTIN", "TX", "787"), ("DALLAS", "TX", "752"),
          ("LINCOLN", "NE", "685"), ("MADISON", "WI", "537"), ("SAVANNAH", "GA", "314"), ("LOWELL", "MA", "018"),
          ("NEW YORK", "NY", "100"), ("CHICAGO", "IL", "606"), ("SEATTLE", "WA", "981"), ("DENVER", "CO", "802"),
          ("ALEXANDRIA", "VA", "223"), ("BROOKLYN", "NY", "112"), ("SCOTTSDALE", "AZ", "852"), ("BOISE", "ID", "837")]
EMPLOYERS = ["RETIRED", "SELF-EMPLOYED", "NOT EMPLOYED", "NONE", "N/A", "INFORMATION REQUESTED", "HOMEMAKER",
             "MICROSOFT CORPORATION", "BANNER HEALTH", "STATE OF ARIZONA", "US ARMY", "GOOGLE LLC", "KAISER PERMANENTE",
             "SMITH & JONES LLP", "GARCIA LAW FIRM PLLC", "JOHNSON CONTROLS", "WELLS FARGO", "ARIZONA STATE UNIVERSITY",
             "MAYO CLINIC", "HONEYWELL", "PHOENIX CHILDREN'S HOSPITAL", "CITY OF MESA", "DESERT SKY DENTAL",
             "PATEL FAMILY MOTELS INC", "AMAZON.COM", "BOEING", "INTEL CORPORATION", "JACKSON HEWITT"]
OCC = ["RETIRED", "NOT EMPLOYED", "ATTORNEY", "PHYSICIAN", "ENGINEER", "TEACHER", "CEO", "CONSULTANT", "HOMEMAKER",
       "SOFTWARE ENGINEER", "REGISTERED NURSE", "OWNER", "PROFESSOR", "SALES", "ACCOUNTANT", "REAL ESTATE AGENT",
       "INFORMATION REQUESTED", "DENTIST", "PHARMACIST", "MANAGER"]
STREETS = ["MAIN ST", "CENTRAL AVE", "CAMELBACK RD", "INDEPENDENCE AVE SE", "K ST NW", "WASHINGTON BLVD", "OAK ST",
           "CONSTITUTION AVE NW", "MILL AVE", "BROADWAY"]
PARTY = ["DEM", "REP", "LIB", "GRE", "IND", "NNE", "UNK"]
# committees
cmtes = []
used = set()
for i in range(30):
    while True:
        cid = "C00%06d" % rnd.randint(100000, 899999)
        if cid not in used:
            used.add(cid); break
    cand = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    kind = i % 6
    if kind == 0:
        name = "FRIENDS OF %s" % cand
    elif kind == 1:
        name = "%s FOR CONGRESS" % cand.split()[-1]
    elif kind == 2:
        name = rnd.choice(["ARIZONA", "TEXAS", "GREAT LAKES", "MOUNTAIN WEST"]) + " " + rnd.choice(["LEADERSHIP FUND", "VICTORY PAC", "FORWARD PAC"])
    elif kind == 3:
        name = rnd.choice(["NATIONAL ASSOCIATION OF REALTORS", "AMERICAN DENTAL ASSOCIATION", "HONEYWELL INTERNATIONAL",
                           "INTEL CORPORATION", "WELLS FARGO"]) + " POLITICAL ACTION COMMITTEE"
    elif kind == 4:
        name = "%s %s" % (cand, rnd.choice(["FOR SENATE", "FOR ARIZONA", "VICTORY FUND"]))
    else:
        name = rnd.choice(["DEMOCRATIC", "REPUBLICAN", "LIBERTARIAN"]) + " PARTY OF " + rnd.choice(["ARIZONA", "TEXAS", "WISCONSIN"])
    city, st, z3 = rnd.choice(PLACES)
    tres = "%s, %s %s" % (rnd.choice(FAMILY), rnd.choice(GIVEN), rnd.choice("ABCDEJKLMRST"))
    if rnd.random() < 0.3:
        tres += rnd.choice([" MR.", " MS.", " JR.", ""])
    cmtes.append([cid, name, tres, "%d %s" % (rnd.randint(10, 9999), rnd.choice(STREETS)), ("SUITE %d" % rnd.randint(100, 900)) if rnd.random() < 0.4 else "",
                  city, st, z3 + "%02d%04d" % (rnd.randint(1, 99), rnd.randint(0, 9999)), rnd.choice("PAH"), rnd.choice("HSPQNO"),
                  rnd.choice(PARTY), rnd.choice(["M", "Q", ""])])
H2 = ["CMTE_ID", "CMTE_NM", "TRES_NM", "CMTE_ST1", "CMTE_ST2", "CMTE_CITY", "CMTE_ST", "CMTE_ZIP", "CMTE_DSGN", "CMTE_TP",
      "CMTE_PTY_AFFILIATION", "CMTE_FILING_FREQ"]
L2 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "ZIP_CODE",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
ACTBLUE = "C00401224"
# donors: a donor gives several times
donors = []
for i in range(900):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    mid = rnd.choice(["", "", " A", " B", " J", " M", " R", " LEE", " ANN"])
    suf = rnd.choice(["", "", "", " MR", " MRS", " MS", " DR", " JR", " III"])
    city, st, z3 = rnd.choice(PLACES)
    emp = rnd.choice(EMPLOYERS)
    occ = "RETIRED" if emp == "RETIRED" else "NOT EMPLOYED" if emp in ("NOT EMPLOYED", "NONE") else "HOMEMAKER" if emp == "HOMEMAKER" else rnd.choice(OCC[2:])
    zipc = z3 + "%02d" % rnd.randint(1, 99) + ("%04d" % rnd.randint(1, 9999) if rnd.random() < 0.8 else "")
    donors.append(("%s, %s%s%s" % (f, g, mid, suf), city, st, zipc, emp, occ, g, f))
rows = []
sub = 4010820241000000000
for i in range(2400):
    d = rnd.choice(donors)
    c = rnd.choice(cmtes)
    dt = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
    filed = dt + datetime.timedelta(days=rnd.randint(15, 100))
    rpt = "Q%d" % ((dt.month - 1) // 3 + 1) if c[-1] == "Q" else "M%d" % (dt.month % 12 + 1)
    if dt.month >= 11:
        rpt = rnd.choice(["30G", "YE"])
    pgi = rnd.choice(["P2024", "G2024", "P2024", "G2024", "O2024", ""])
    img = "%04d%02d%02d9%09d" % (filed.year, filed.month, filed.day, rnd.randint(0, 999999999))
    ttp, memo_cd, memo, other = "15", "", "", ""
    r = rnd.random()
    if r < 0.18:
        ttp, memo, other = "15E", "EARMARKED THROUGH ACTBLUE", ACTBLUE
    elif r < 0.22:
        ttp, memo_cd, memo = "15", "X", "* EARMARKED CONTRIBUTION: SEE BELOW"
    elif r < 0.25:
        spouse = "%s %s" % (rnd.choice(GIVEN), d[7])
        memo = rnd.choice(["REATTRIBUTION TO SPOUSE %s" % spouse, "REATTRIBUTED FROM %s" % spouse, "PORTION OF JOINT CHECK WITH %s" % spouse])
    elif r < 0.27:
        ttp, memo = "22Y", "REFUND OF EXCESSIVE CONTRIBUTION"
    elif r < 0.30:
        memo = "PARTNERSHIP ATTRIBUTION"
    amt = rnd.choice([25, 50, 100, 250, 500, 1000, 2800, 3300, 6600, 10, 15, 27, 35, 200, 1500])
    if ttp == "22Y":
        amt = -amt
    tran = rnd.choice(["SA11AI.%d" % rnd.randint(1000, 99999), "A%s" % "".join(rnd.choice("0123456789ABCDEF") for _ in range(18)),
                       "VTEZA%07d" % rnd.randint(0, 9999999)])
    sub += rnd.randint(1, 900)
    rows.append([c[0], rnd.choice("NNNNNA"), rpt, pgi, img, ttp, "IND", d[0], d[1], d[2], d[3], d[4], d[5],
                 dt.strftime("%m%d%Y"), str(amt), other, tran, str(rnd.randint(1760000, 1830000)), memo_cd, memo, str(sub)])
H1 = ["CMTE_ID", "AMNDT_IND", "RPT_TP", "TRANSACTION_PGI", "IMAGE_NUM", "TRANSACTION_TP", "ENTITY_TP", "NAME", "CITY", "STATE",
      "ZIP_CODE", "EMPLOYER", "OCCUPATION", "TRANSACTION_DT", "TRANSACTION_AMT", "OTHER_ID", "TRAN_ID", "FILE_NUM", "MEMO_CD",
      "MEMO_TEXT", "SUB_ID"]
L1 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NAME", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "NAME", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "OTHER_UNIQUE_IDENTIFIER"]
for name, head, data in (("contributions", H1, rows), ("committees", H2, cmtes)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"contributions." + h: l for h, l in zip(H1, L1)}
cols.update({"committees." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "fec-contributions",
        "description": "Invented FEC bulk-data shaped export, '|' as the FEC's files but with header rows: contributions 2400 (individual contributions file columns CMTE_ID..SUB_ID: image numbers, NAME 'SMITH, JOHN A MR', CITY incl. WASHINGTON/JACKSON/LINCOLN/HOUSTON/MESA/PHOENIX which are also donors' surnames, 9-digit ZIP_CODE, EMPLOYER incl. RETIRED/SELF-EMPLOYED, OCCUPATION, TRANSACTION_DT MMDDYYYY, amounts, ActBlue OTHER_ID on earmarks, TRAN_ID, FILE_NUM, MEMO_CD, MEMO_TEXT naming spouses on reattributions, 19-digit SUB_ID), committees 30 (CMTE_ID, names incl. 'FRIENDS OF <candidate>', treasurer 'LAST, FIRST M', street, city, state, ZIP+4, designation, type, party, filing frequency)",
        "delimiter": "|", "entity": "contributions", "columns": cols,
        "foreignKeys": [{"column": "contributions.CMTE_ID", "references": "committees.CMTE_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

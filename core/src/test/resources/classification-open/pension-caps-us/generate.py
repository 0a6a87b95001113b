#!/usr/bin/env python3
"""Writes pension-caps-us: an invented US pension fund extract with mainframe-style headers (MGRS 6 rows, MBRS 250 rows,
contribs 2000 rows), `,`, YYYYMMDD dates. ALL CAPS abbreviated headers (`PT_FNM`, `PT_LNM`, `DOB_YYYYMMDD`, `ZIP5`,
`PH_NUM`, `SSN_NO`), camelCase in the contributions table (`mbrId`, `processedBy`, `memoTxt`), names in upper case with
particles and apostrophes (`DE LA CRUZ`, `O'BRIEN`, `VAN DYKE`), account managers written `SMITH, JOHN A`, retirees over
89, ZIP codes with leading zeros, 10-digit phones without punctuation, beneficiaries' names, the clerk's name repeated
on many rows, memos naming spouses with phones and the member's own SSN (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(150404)
GIVEN = ["JAMES", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSEPH", "THOMAS", "CARLOS", "KEVIN",
         "MARY", "PATRICIA", "LINDA", "BARBARA", "ELIZABETH", "JENNIFER", "MARIA", "SUSAN", "DOROTHY", "KAREN"]
FAMILY = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "DE LA CRUZ", "O'BRIEN",
          "VAN DYKE", "MC DONALD", "NGUYEN", "KOWALSKI", "ST. JOHN", "WASHINGTON", "DEL ROSARIO", "LE BLANC"]
MALE = set(GIVEN[:10])
CITY = [("BOSTON", "MA", "021"), ("WORCESTER", "MA", "016"), ("PROVIDENCE", "RI", "029"), ("HARTFORD", "CT", "061"),
        ("NEWARK", "NJ", "071"), ("ALBANY", "NY", "122"), ("SCRANTON", "PA", "185"), ("PORTLAND", "ME", "041")]
STREET = ["MAIN ST", "ELM ST", "WASHINGTON AVE", "PARK AVE", "MAPLE DR", "OAK ST", "CHURCH ST", "HIGH ST"]
ref = datetime.date(2025, 6, 1)

def ssn():
    return "%03d%02d%04d" % (rnd.choice([x for x in range(1, 899) if x != 666]), rnd.randint(1, 99), rnd.randint(1, 9999))

def phone():
    return "%d%03d%04d" % (rnd.choice([617, 508, 401, 860, 973, 518, 570, 207]), rnd.randint(200, 999), rnd.randint(0, 9999))

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

mgr = [["M%d" % (i + 1), n, phone() if i != 3 else "", "BOSTON"] for i, n in
       enumerate(["SMITH, JOHN A", "O'BRIEN, MARGARET", "DE LA CRUZ, ROSA M", "KOWALSKI, PETER J",
                  "NGUYEN, LINH", "WASHINGTON, DENISE"])]
mbr = []
for i in range(250):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); male = g in MALE
    if i % 10 == 3:
        b = datetime.date(rnd.randint(1927, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        b = datetime.date(rnd.randint(1940, 2000), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    city, st, pre = rnd.choice(CITY)
    hire = datetime.date(max(b.year + 20, 1960), rnd.randint(1, 12), rnd.randint(1, 28))
    bene = "%s %s" % (rnd.choice(GIVEN), f if rnd.random() < 0.6 else rnd.choice(FAMILY))
    status = "R" if age >= 65 else rnd.choice(["A", "A", "A", "T"])
    mbr.append(["%07d" % (1000000 + i * 37), ssn(), g, rnd.choice("BCDEGHJKLNPSW") if rnd.random() < 0.6 else "", f,
                b.strftime("%Y%m%d"), age, "M" if male else "F", "%d %s" % (rnd.randint(1, 999), rnd.choice(STREET)),
                city, st, pre + "%02d" % rnd.randint(0, 99), phone(), hire.strftime("%Y%m%d"), status, bene,
                rnd.choice(["SPOUSE", "CHILD", "SIBLING", "ESTATE"]), rnd.choice(mgr)[0]])
CLERKS = ["Tina Morales", "Greg Paulsen", "Donna Whitfield"]
EMP = ["CITY OF BOSTON", "MASS DOT", "PROVIDENCE SCHOOLS", "STATE OF CT", "NJ TRANSIT", "ALBANY COUNTY"]
MEMOS = ["", "", "", "", "", "late remittance from employer", "buyback of service credit",
         "spouse {g} {f} called re survivor option, {p}", "address change requested by daughter {g} {f}",
         "SSN {s} verified against SSA", "processed by {c} after hours"]
con = []
for i in range(2000):
    m = rnd.choice(mbr)
    pe = datetime.date(2024, 1, 15) + datetime.timedelta(days=14 * rnd.randint(0, 38))
    memo = rnd.choice(MEMOS).format(g=rnd.choice(GIVEN).title(), f=rnd.choice(FAMILY).title(), p=phone(), s=m[1],
                                    c=rnd.choice(CLERKS))
    con.append([i + 1, m[0], pe.strftime("%Y%m%d"), "%.2f" % rnd.uniform(80, 900), "%.2f" % rnd.uniform(40, 600),
                rnd.choice(EMP), rnd.choice(CLERKS), memo])
write("MGRS", ["MGR_CD", "MGR_NM", "MGR_PH", "OFC_CITY"], mgr)
write("MBRS", ["MBR_ID", "SSN_NO", "PT_FNM", "PT_MI", "PT_LNM", "DOB_YYYYMMDD", "AGE_YRS", "SEX_CD", "ADDR1", "CITY_NM",
               "ST_CD", "ZIP5", "PH_NUM", "HIRE_DT", "STAT_CD", "BENE_NM", "BENE_REL", "MGR_CD"], mbr)
write("contribs", ["contribId", "mbrId", "payPeriodEnd", "eeAmt", "erAmt", "employerNm", "processedBy", "memoTxt"], con)
cols = {}
for k, v in [("MGRS.MGR_CD", "QUASI_IDENTIFIER"), ("MGRS.MGR_NM", "NAME"), ("MGRS.MGR_PH", "TELEPHONE_NUMBER"),
             ("MGRS.OFC_CITY", "NON_IDENTIFYING"),
             ("MBRS.MBR_ID", "ACCOUNT_NUMBER"), ("MBRS.SSN_NO", "SOCIAL_SECURITY_NUMBER"), ("MBRS.PT_FNM", "GIVEN_NAME"),
             ("MBRS.PT_MI", "NAME"), ("MBRS.PT_LNM", "FAMILY_NAME"), ("MBRS.DOB_YYYYMMDD", "DATE_OF_BIRTH"),
             ("MBRS.AGE_YRS", "AGE"), ("MBRS.SEX_CD", "NON_IDENTIFYING"), ("MBRS.ADDR1", "STREET_ADDRESS"),
             ("MBRS.CITY_NM", "CITY"), ("MBRS.ST_CD", "NON_IDENTIFYING"), ("MBRS.ZIP5", "ZIP_CODE"),
             ("MBRS.PH_NUM", "TELEPHONE_NUMBER"), ("MBRS.HIRE_DT", "DATE"), ("MBRS.STAT_CD", "NON_IDENTIFYING"),
             ("MBRS.BENE_NM", "NAME"), ("MBRS.BENE_REL", "NON_IDENTIFYING"), ("MBRS.MGR_CD", "QUASI_IDENTIFIER"),
             ("contribs.contribId", "OTHER_UNIQUE_IDENTIFIER"), ("contribs.mbrId", "ACCOUNT_NUMBER"),
             ("contribs.payPeriodEnd", "DATE"), ("contribs.eeAmt", "NON_IDENTIFYING"), ("contribs.erAmt", "NON_IDENTIFYING"),
             ("contribs.employerNm", "QUASI_IDENTIFIER"), ("contribs.processedBy", "NAME"), ("contribs.memoTxt", "FREE_TEXT")]:
    cols[k] = v
g = {"dataset": "pension-caps-us",
     "description": "Invented US pension fund extract, `,`, YYYYMMDD, mainframe-style headers: 6 account managers (code, `SMITH, JOHN A`, phone, office city), 250 members (ALL CAPS abbreviated headers: member no, SSN without dashes, PT_FNM, middle initial, PT_LNM with particles and apostrophes, DOB_YYYYMMDD, AGE_YRS with 90-98, sex, address, city, state, ZIP5 with leading zeros, 10-digit phone, hire date, status, beneficiary's name and relation, manager code), 2000 contributions (camelCase: id 1..N, member no, pay period end, amounts, employer, clerk's name repeated on many rows, memos naming spouses and daughters with phones and the member's own SSN)",
     "delimiter": ",", "entity": "MBRS", "columns": cols,
     "foreignKeys": [{"column": "contribs.mbrId", "references": "MBRS.MBR_ID"},
                     {"column": "MBRS.MGR_CD", "references": "MGRS.MGR_CD"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

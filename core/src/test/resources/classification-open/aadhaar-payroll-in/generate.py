#!/usr/bin/env python3
"""Writes aadhaar-payroll-in: an invented payroll and statutory export of a fictional Indian manufacturing company
(seeded, stdlib only), ',' with dd-mm-yyyy dates. employees: 52 rows, bilingual Hindi/English headers (Emp Code,
'कर्मचारी का नाम / Employee Name', father's/husband's name with relation F/H, gender, birth and joining dates,
designation, department, Aadhaar written '2345 6789 0123', '234567890123' or masked 'XXXX XXXX 0123' (Verhoeff check
digit), PAN 'ABCPK1234F', UAN 12 digits, ESIC IP number 10 digits (empty above the ESI wage ceiling), bank, account
number, IFSC 'SBIN0001234', mobile, personal e-mail, address, town, district, state, PIN, work location).
salary_register: monthly salary slips Apr-2023..Mar-2025 (~1,200 rows: earnings, PF/ESI/PT/TDS deductions in INR,
net pay, bank account copied, UTR of the NEFT credit, approver (HR staff), remarks naming people). pf_ecr: EPFO ECR
rows for six wage months (UAN, member name, gross/EPF/EPS/EDLI wages, contributions, NCP days). esi_mc: ESIC monthly
contribution upload for six months (IP number, IP name, days, wages, reason code, last working day).
Deliberate coincidences: the given name Sagar beside the district Sagar; the work location 'Nagpur Plant' beside
employees living in Nagpur; the surname Bhopali beside the town Bhopal; the bank 'Kotak Mahindra Bank' beside the
surname Mahindra."""
import csv, json, random
rnd = random.Random(650101)
GIVEN = ["Rajesh", "Sunita", "Amit", "Priya", "Sagar", "Pooja", "Vikram", "Anjali", "Rahul", "Kavita", "Suresh",
         "Neha", "Manoj", "Deepa", "Arjun", "Meena", "Ravi", "Lakshmi", "Imran", "Farah", "Ganesh", "Shalini",
         "Harpreet", "Gurpreet", "Sanjay", "Rekha", "Nitin", "Swati", "Prakash", "Asha"]
FAMILY = ["Sharma", "Patil", "Deshmukh", "Kulkarni", "Verma", "Yadav", "Gupta", "Singh", "Khan", "Iyer", "Reddy",
          "Joshi", "Pawar", "Bhopali", "Mahindra", "Chavan", "Mishra", "Nair", "Tiwari", "Qureshi"]
FATHER_GIVEN = ["Ramesh", "Dinesh", "Mahesh", "Shankar", "Mohan", "Vijay", "Ashok", "Abdul", "Balwant", "Sitaram",
                "Narayan", "Gopal"]
PLACES = [("Nagpur", "Nagpur", "Maharashtra", "440"), ("Wardha", "Wardha", "Maharashtra", "442"),
          ("Amravati", "Amravati", "Maharashtra", "444"), ("Sagar", "Sagar", "Madhya Pradesh", "470"),
          ("Bhopal", "Bhopal", "Madhya Pradesh", "462"), ("Chhindwara", "Chhindwara", "Madhya Pradesh", "480"),
          ("Hingna", "Nagpur", "Maharashtra", "441"), ("Kamptee", "Nagpur", "Maharashtra", "441"),
          ("Pune", "Pune", "Maharashtra", "411"), ("Raipur", "Raipur", "Chhattisgarh", "492")]
STREETS = ["Plot No. %d, Shivaji Nagar", "H.No. %d, Gandhi Chowk", "Flat %d, Shree Ganesh Apartments, Ring Road",
           "%d, Ward No. 7, Near Hanuman Mandir", "Qtr No. %d, MIDC Colony", "%d/B, Civil Lines"]
BANKS = [("State Bank of India", "SBIN", 11), ("HDFC Bank", "HDFC", 14), ("ICICI Bank", "ICIC", 12),
         ("Bank of Maharashtra", "MAHB", 11), ("Kotak Mahindra Bank", "KKBK", 10), ("Punjab National Bank", "PUNB", 16)]
DESIG = [("Machine Operator", "Production", 10800), ("Helper", "Production", 9600), ("Fitter", "Maintenance", 17800),
         ("Electrician", "Maintenance", 19500), ("QC Inspector", "Quality", 22000), ("Store Keeper", "Stores", 18000),
         ("Accounts Executive", "Finance", 32000), ("HR Executive", "HR & Admin", 30000),
         ("Shift Supervisor", "Production", 38000), ("Plant Manager", "Production", 95000), ("Driver", "Logistics", 11200),
         ("Security Guard", "HR & Admin", 9400)]
LOCS = ["Nagpur Plant", "Nagpur Plant", "Nagpur Plant", "Butibori Unit", "Pune Head Office"]
# Verhoeff
D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
     [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
     [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
INV = [0,4,3,2,1,5,6,7,8,9]
def verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = D[c][P[(i + 1) % 8][int(ch)]]
    return str(INV[c])
def aadhaar():
    b = str(rnd.randint(2, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(10))
    return b + verhoeff(b)
L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
emps, used = [], set()
for i in range(52):
    g = GIVEN[i % len(GIVEN)] if i < 30 else rnd.choice(GIVEN)
    f = rnd.choice(FAMILY)
    female = g in ("Sunita", "Priya", "Pooja", "Anjali", "Kavita", "Neha", "Deepa", "Meena", "Lakshmi", "Farah",
                   "Shalini", "Rekha", "Swati", "Asha", "Gurpreet")
    married = rnd.random() < 0.6
    rel = "H" if female and married else "F"
    rel_name = (rnd.choice(GIVEN[::2]) if rel == "H" else rnd.choice(FATHER_GIVEN)) + " " + f
    if g in ("Harpreet", "Gurpreet"): f = "Kaur" if female else "Singh"
    code = "NGP%04d" % (1001 + i * 7)
    by = rnd.randint(1962, 2003); dob = "%02d-%02d-%d" % (rnd.randint(1, 28), rnd.randint(1, 12), by)
    jy = rnd.randint(max(by + 19, 2008), 2024)
    doj = "%02d-%02d-%d" % (rnd.randint(1, 28), rnd.randint(1, 12), jy)
    des, dept, base = rnd.choice(DESIG) if i else DESIG[9]
    basic = int(base * rnd.uniform(0.9, 1.2) / 100) * 100
    a = aadhaar(); r = rnd.random()
    aw = a[:4] + " " + a[4:8] + " " + a[8:] if r < 0.55 else (a if r < 0.8 else "XXXX XXXX " + a[8:])
    pan = "".join(rnd.choice(L) for _ in range(3)) + "P" + f[0].upper() + "%04d" % rnd.randint(1, 9999) + rnd.choice(L)
    uan = "10%010d" % rnd.randint(0, 9999999999)
    gross_est = basic * 1.65 + 1600
    esic = "%010d" % rnd.randint(3100000000, 3199999999) if gross_est <= 21000 else ""
    bank, ifsc4, alen = rnd.choice(BANKS)
    acct = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(alen - 1))
    ifsc = ifsc4 + "0" + "%06d" % rnd.randint(100, 999999) if ifsc4 != "SBIN" else "SBIN0%06d" % rnd.randint(1000, 20000)
    mob = rnd.choice("6789") + "".join(str(rnd.randint(0, 9)) for _ in range(9))
    mail = "" if rnd.random() < 0.25 else "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "yahoo.co.in", "rediffmail.com"]))
    town, dist, state, pin3 = rnd.choice(PLACES) if i % 4 else PLACES[0]
    if g == "Sagar": town, dist, state, pin3 = PLACES[3]
    if f == "Bhopali": town, dist, state, pin3 = PLACES[4]
    addr = rnd.choice(STREETS) % rnd.randint(2, 240)
    pin = pin3 + "%03d" % rnd.randint(1, 40)
    loc = rnd.choice(LOCS)
    ms = "Married" if married else rnd.choice(["Single", "Single", "Married"])
    emps.append(dict(code=code, name=g + " " + f, rel_name=rel_name, rel=rel, sex="F" if female else "M", dob=dob,
                     doj=doj, jy=jy, des=des, dept=dept, basic=basic, aw=aw, pan=pan, uan=uan, esic=esic, bank=bank,
                     acct=acct, ifsc=ifsc, mob=mob, mail=mail, addr=addr, town=town, dist=dist, state=state, pin=pin,
                     loc=loc, ms=ms))
EH = ["Emp Code", "कर्मचारी का नाम / Employee Name", "पिता/पति का नाम (Father's/Husband's Name)", "Relation",
      "लिंग / Gender", "जन्म तिथि / Date of Birth", "Date of Joining", "Designation", "Department", "Aadhaar No",
      "PAN", "UAN", "ESIC IP No", "Bank Name", "Bank A/c No", "IFSC Code", "Mobile No", "Personal Email",
      "पता / Address", "City/Town", "जिला / District", "राज्य / State", "PIN Code", "Work Location", "Marital Status"]
erows = [[e["code"], e["name"], e["rel_name"], e["rel"], e["sex"], e["dob"], e["doj"], e["des"], e["dept"], e["aw"],
          e["pan"], e["uan"], e["esic"], e["bank"], e["acct"], e["ifsc"], e["mob"], e["mail"], e["addr"], e["town"],
          e["dist"], e["state"], e["pin"], e["loc"], e["ms"]] for e in emps]
MONTHS = []
for y, m in [(2023, m) for m in range(4, 13)] + [(2024, m) for m in range(1, 13)] + [(2025, m) for m in range(1, 4)]:
    MONTHS.append((y, m))
MN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
APPROVERS = ["Meera Kulkarni", "Arvind Deshpande", "Sneha Wagh"]
sal, ecr, esi = [], [], []
ECR_MONTHS = MONTHS[-6:]
for y, m in MONTHS:
    for e in emps:
        if (y, m) < (e["jy"], int(e["doj"][3:5])):
            continue
        days = DAYS[m]; lop = rnd.choice([0] * 12 + [1, 2, 3]); paid = days - lop
        basic = round(e["basic"] * paid / days); hra = round(basic * 0.4); conv = 1600 if e["basic"] < 60000 else 3200
        spl = round(basic * 0.25); ot = rnd.choice([0, 0, 0, 450, 900, 1350]) if e["dept"] in ("Production", "Maintenance") else 0
        gross = basic + hra + conv + spl + ot
        pf = round(min(basic, 15000) * 0.12); esic = round(gross * 0.0075 + 0.4999) if e["esic"] else 0
        pt = 0 if gross < 7500 else (175 if gross < 10000 else (300 if m == 2 else 200))
        tds = 0 if e["basic"] < 50000 else round(gross * 0.08)
        loan = rnd.choice([0] * 10 + [1000, 2500])
        ded = pf + esic + pt + tds + loan; net = gross - ded
        utr = "SBIN%d%02d%08d" % (y % 100 + 100, m, rnd.randint(0, 99999999))
        rem = ""
        if rnd.random() < 0.05:
            rem = rnd.choice(["Arrears of DA for %s paid as per approval of %s" % (MN[(m - 2) % 12], rnd.choice(APPROVERS)),
                              "Salary advance recovered, request by %s on behalf of wife %s" % (e["name"].split()[0], rnd.choice(GIVEN)),
                              "Bank a/c changed to %s per letter dt %02d-%02d-%d" % (e["acct"], rnd.randint(1, 28), m, y),
                              "Leave encashment included", "LOP adjusted for %d days" % lop])
        sal.append([e["code"], e["name"], "%s-%d" % (MN[m - 1], y), days, paid, lop, "%.2f" % basic, "%.2f" % hra,
                    "%.2f" % conv, "%.2f" % spl, "%.2f" % ot, "%.2f" % gross, "%.2f" % pf, "%.2f" % esic, "%.2f" % pt,
                    "%.2f" % tds, "%.2f" % loan, "%.2f" % ded, "%.2f" % net, "NEFT", e["acct"], utr,
                    rnd.choice(APPROVERS), rem])
        if (y, m) in ECR_MONTHS:
            epfw = min(basic, 15000); eps = round(epfw * 0.0833)
            ecr.append([e["uan"], e["name"].upper(), "%02d/%d" % (m, y), gross, epfw, epfw, epfw, pf, eps, pf - eps, lop, 0])
            if e["esic"]:
                esi.append([e["esic"], e["name"].upper(), "%s-%d" % (MN[m - 1], y), paid, gross, "0" if paid else "1", ""])
# a leaver: last working day and reason 2 for one ESI member in the last month
for r in esi:
    if r[2] == "Mar-2025" and r[1] == esi[-1][1]:
        r[5] = "2"; r[6] = "15/03/2025"
SH = ["Emp Code", "Employee Name", "Pay Month", "Month Days", "Paid Days", "LOP Days", "Basic", "HRA",
      "Conveyance Allowance", "Special Allowance", "Overtime", "Gross Earnings", "PF (Employee 12%)", "ESI (0.75%)",
      "Professional Tax", "TDS", "Loan Recovery", "Total Deductions", "Net Pay", "Payment Mode", "Credited to A/c",
      "UTR No", "Approved By", "Remarks"]
PH = ["UAN", "MEMBER NAME", "WAGE MONTH", "GROSS WAGES", "EPF WAGES", "EPS WAGES", "EDLI WAGES", "EPF CONTRI REMITTED",
      "EPS CONTRI REMITTED", "EPF EPS DIFF REMITTED", "NCP DAYS", "REFUND OF ADVANCES"]
IH = ["IP Number", "IP Name", "Contribution Period", "No of Days for which wages paid/payable", "Total Monthly Wages",
      "Reason Code for Zero workings days", "Last Working Day"]
def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)
write("employees", EH, erows); write("salary_register", SH, sal); write("pf_ecr", PH, ecr); write("esi_mc", IH, esi)
N, O, DT = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE"
LB = {"employees": [O, "NAME", "NAME", N, N, "DATE_OF_BIRTH", DT, N, N, "NATIONAL_ID", "NATIONAL_ID", "ACCOUNT_NUMBER",
                    "HEALTH_PLAN_BENEFICIARY_NUMBER", N, "ACCOUNT_NUMBER", N, "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                    "STREET_ADDRESS", "CITY", "COUNTY", N, "ZIP_CODE", N, N],
      "salary_register": [O, "NAME", DT] + [N] * 16 + [N, "ACCOUNT_NUMBER", O, "NAME", "FREE_TEXT"],
      "pf_ecr": ["ACCOUNT_NUMBER", "NAME", DT] + [N] * 9,
      "esi_mc": ["HEALTH_PLAN_BENEFICIARY_NUMBER", "NAME", DT, N, N, N, DT]}
cols = {}
for t, h in (("employees", EH), ("salary_register", SH), ("pf_ecr", PH), ("esi_mc", IH)):
    assert len(h) == len(LB[t]), t
    for c, l in zip(h, LB[t]):
        cols[t + "." + c] = l
gold = {"dataset": "aadhaar-payroll-in",
        "description": "Invented payroll and statutory export of an Indian manufacturer, ',' and dd-mm-yyyy: employees 52 (bilingual Hindi/English headers; Emp Code 'NGP1001', name, father's/husband's name with relation F/H, gender, birth and joining dates, designation, department, Aadhaar '2345 6789 0123' / 12 digits / masked 'XXXX XXXX 0123' with Verhoeff digit, PAN, UAN, ESIC IP number (empty above the ESI ceiling), bank name, account number, IFSC, mobile, personal e-mail (75%), address, town, district, state, PIN, work location, marital status), salary_register ~1,200 monthly slips Apr-2023..Mar-2025 (earnings, PF/ESI/PT/TDS/loan deductions, net pay, account credited, NEFT UTR, approver from HR, remarks naming people on 5%), pf_ecr six wage months of EPFO ECR rows (UAN, MEMBER NAME upper case, wages, contributions, NCP days), esi_mc six months of the ESIC monthly-contribution upload (IP number, IP name, days, wages, reason code, last working day). UAN ACCOUNT_NUMBER, ESIC IP number HEALTH_PLAN_BENEFICIARY_NUMBER, IFSC and bank name NON_IDENTIFYING (a bank branch), UTR OTHER_UNIQUE_IDENTIFIER, approvers (HR staff) NAME. Coincidences: given name Sagar beside the district Sagar, surname Bhopali beside Bhopal, surname Mahindra beside 'Kotak Mahindra Bank', work location 'Nagpur Plant' beside the town Nagpur",
        "delimiter": ",", "entity": "employees", "columns": cols,
        "foreignKeys": [{"column": "salary_register.Emp Code", "references": "employees.Emp Code"},
                        {"column": "pf_ecr.UAN", "references": "employees.UAN"},
                        {"column": "esi_mc.IP Number", "references": "employees.ESIC IP No"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes nric-hr-sg: an invented Singapore HR/payroll export (seeded, stdlib only), shaped after the employee master
export of a local payroll package: 'NRIC/FIN' with the published check letter (S/T citizens and PRs, F/G/M foreigners),
names in the four usual forms (English 'Tan Wei Ming' / 'Jason Tan Wei Ming', Chinese 陈伟明, Malay 'bin'/'binti',
Tamil 's/o'/'d/o'), 'CPF Account No' (the NRIC again, empty for foreigners), race and religion codes, residential
status, HDB block/unit addresses, 6-digit postal codes, bank account numbers in each bank's shape, '+65 9xxx xxxx'
mobiles. A 600-row employees table and a 12-row departments table."""
import csv, json, random, datetime, os, sys
rnd = random.Random(65065)
N = 600
W = [2, 7, 6, 5, 4, 3, 2]
def nric(prefix, digits):
    s = sum(int(d) * w for d, w in zip(digits, W)) + {"S": 0, "T": 4, "F": 0, "G": 4, "M": 3}[prefix]
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "XWUTRQPNJLK"}[prefix]
    return prefix + digits + table[s % 11]
CN_SUR = [("Tan", "陈"), ("Lim", "林"), ("Lee", "李"), ("Ng", "黄"), ("Ong", "王"), ("Wong", "黄"), ("Goh", "吴"), ("Chua", "蔡"),
          ("Chan", "陈"), ("Koh", "许"), ("Teo", "张"), ("Ang", "洪"), ("Yeo", "杨"), ("Tay", "郑"), ("Ho", "何"), ("Low", "刘"),
          ("Toh", "卓"), ("Sim", "沈"), ("Chong", "张"), ("Chia", "谢")]
CN_GIV = [("Wei Ming", "伟明"), ("Jia Hui", "佳慧"), ("Kok Leong", "国良"), ("Mei Ling", "美玲"), ("Zhi Hao", "志豪"),
          ("Hui Min", "慧敏"), ("Boon Kiat", "文杰"), ("Siew Lan", "秀兰"), ("Jun Jie", "俊杰"), ("Xin Yi", "欣怡"),
          ("Chee Keong", "志强"), ("Li Ting", "丽婷"), ("Yong Sheng", "永胜"), ("Shu Fen", "淑芬"), ("Wen Jie", "文杰"),
          ("Pei Shan", "佩珊"), ("Kah Wai", "家伟"), ("Ying Xuan", "颖萱")]
CN_ENG = ["Jason", "Melissa", "Kelvin", "Michelle", "Daniel", "Rachel", "Alvin", "Germaine", "Benjamin", "Eunice", "Desmond",
          "Cheryl", "Terence", "Joanne", "Marcus", "Sharon", "Ryan", "Vivian"]
MY_M = ["Muhammad Hafiz", "Mohamed Irfan", "Ahmad Faizal", "Muhammad Danial", "Syed Azhar", "Mohd Rizal", "Khairul Anwar", "Nurul Hakim"]
MY_F = ["Nur Aisyah", "Siti Nurhaliza", "Nurul Izzah", "Farah Diana", "Siti Mariam", "Noraini", "Aishah", "Nur Syafiqah"]
MY_FATHER = ["Abdul Rahman", "Ismail", "Osman", "Rahmat", "Hassan", "Yusof", "Salleh", "Jamaluddin", "Ibrahim", "Mohamed Ali"]
TA_M = ["Ravi", "Suresh", "Ganesh", "Muthu", "Rajendran", "Vijay", "Kumaran", "Selvam"]
TA_F = ["Priya", "Kavitha", "Lakshmi", "Deepa", "Malathi", "Revathi", "Anitha", "Saraswathi"]
TA_FATHER = ["Krishnan", "Subramaniam", "Ramasamy", "Murugan", "Arumugam", "Govindasamy", "Palaniappan", "Nadarajan"]
EU = ["Gerald de Souza", "Clarissa Pereira", "Adrian Oliveiro", "Natalie Minjoot", "Brian Westerhout", "Sandra D'Cruz"]
FOR = {"PH": (["Maria Cristina", "Jose Miguel", "Mary Joy", "John Paul", "Rhea Mae", "Mark Anthony", "Kristine", "Jericho"],
               ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino", "Ramos", "Castillo"]),
       "IN": (["Rajesh", "Anand", "Pooja", "Sneha", "Vikram", "Arjun", "Divya", "Karthik"],
              ["Kumar", "Sharma", "Iyer", "Reddy", "Nair", "Gupta", "Menon", "Pillai", "Rao"]),
       "CN": (["Wei", "Yang", "Jing", "Lei", "Min", "Xiaoling", "Hao", "Yuting"], ["Zhang", "Liu", "Wang", "Chen", "Zhao", "Huang", "Zhou", "Wu"]),
       "VN": (["Van Minh", "Thi Lan", "Van Hung", "Thi Hoa", "Duc Anh", "Thi Mai"], ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"]),
       "BD": (["Md Rahim", "Md Karim", "Abdul Alim", "Shahidul", "Mizanur", "Rafiqul"], ["Uddin", "Hossain", "Islam", "Rahman", "Miah", "Ahmed"]),
       "MY": (["Lim Chee", "Wong Kah", "Tan Boon", "Chin Mei"], ["Wah", "Seng", "Hock", "Yee"]),
       "GB": (["Sarah", "James", "Oliver", "Emma"], ["Thompson", "Walker", "Hughes", "Bennett"]),
       "KR": (["Ji-hoon", "Min-seo", "Seo-yeon", "Dong-hyun"], ["Kim", "Park", "Lee", "Choi"])}
FOR_W = {"PH": 22, "IN": 22, "CN": 18, "VN": 8, "BD": 14, "MY": 10, "GB": 3, "KR": 3}
CN_CHARS = {"Zhang": "张", "Liu": "刘", "Wang": "王", "Chen": "陈", "Zhao": "赵", "Huang": "黄", "Zhou": "周", "Wu": "吴",
            "Wei": "伟", "Yang": "洋", "Jing": "静", "Lei": "磊", "Min": "敏", "Xiaoling": "晓玲", "Hao": "浩", "Yuting": "雨婷"}
def foreign_name():
    nat = rnd.choices(list(FOR_W), list(FOR_W.values()))[0]
    g, f = rnd.choice(FOR[nat][0]), rnd.choice(FOR[nat][1])
    if nat in ("CN", "VN", "KR"):
        return "%s %s" % (f, g), nat, (CN_CHARS[f] + CN_CHARS[g] if nat == "CN" else "")
    if nat == "MY":
        return "%s %s" % (g, f), nat, ""
    return "%s %s" % (g, f), nat, ""
TOWNS = [("Ang Mo Kio", ["Ave 1", "Ave 3", "Ave 4", "Ave 10", "St 21"], "56"), ("Bedok", ["North Rd", "North Ave 1", "Reservoir Rd"], "46"),
         ("Tampines", ["St 11", "St 21", "Ave 4", "St 81"], "52"), ("Jurong West", ["St 41", "St 52", "Ave 1", "St 91"], "64"),
         ("Woodlands", ["Dr 14", "Ave 6", "St 31", "Ring Rd"], "73"), ("Yishun", ["Ring Rd", "Ave 6", "St 22"], "76"),
         ("Toa Payoh", ["Lor 1", "Lor 4", "Lor 8"], "31"), ("Bukit Batok", ["St 21", "West Ave 6", "East Ave 4"], "65"),
         ("Sengkang", ["East Way", "West Ave", "Compassvale Rd"], "54"), ("Hougang", ["Ave 1", "St 11", "Ave 8"], "53"),
         ("Clementi", ["Ave 2", "West St 1", "Ave 5"], "12"), ("Pasir Ris", ["Dr 6", "St 21", "Dr 10"], "51")]
CONDOS = [("The Sail @ Marina Bay", "2 Marina Boulevard", "018987"), ("Parc Esta", "900 Sims Avenue", "387459"),
          ("The Interlace", "180 Depot Road", "109684"), ("Bishan Park Condominium", "9 Sin Ming Walk", "575577")]
RACE = [("CN", 74), ("MY", 13), ("IN", 9), ("EU", 1), ("OT", 3)]
REL = {"CN": ["BUD", "BUD", "TAO", "CHR", "CHR", "FT", "FT", "NIL"], "MY": ["ISL"], "IN": ["HIN", "HIN", "HIN", "ISL", "CHR", "SIK"],
       "EU": ["CHR", "CHR", "CAT"], "OT": ["CHR", "CAT", "ISL", "BUD", "NIL"]}
SHG = {"CN": "CDAC", "MY": "MBMF", "IN": "SINDA", "EU": "ECF", "OT": ""}
BANKS = [("DBS Bank Ltd", "7171"), ("POSB", "7171"), ("Oversea-Chinese Banking Corp", "7339"), ("United Overseas Bank", "7375"),
         ("Standard Chartered Bank", "9496"), ("Maybank Singapore", "7302")]
DEPTS = [("FIN", "Finance", "CC1010"), ("HRA", "Human Resource & Admin", "CC1020"), ("ITS", "IT Services", "CC1030"),
         ("OPS", "Operations - Tampines", "CC2010"), ("WHS", "Warehouse - Jurong", "CC2020"), ("LOG", "Logistics - Woodlands", "CC2030"),
         ("SAL", "Sales", "CC3010"), ("MKT", "Marketing", "CC3020"), ("CSV", "Customer Service", "CC3030"), ("PRC", "Procurement", "CC1040"),
         ("QAS", "Quality Assurance", "CC2040"), ("LEG", "Legal & Compliance", "CC1050")]
JOBS = {"FIN": ["Accounts Executive", "Finance Manager", "Accounts Assistant"], "HRA": ["HR Executive", "HR Business Partner", "Admin Assistant"],
        "ITS": ["Software Engineer", "IT Support Engineer", "System Analyst"], "OPS": ["Operations Executive", "Technician", "Supervisor"],
        "WHS": ["Warehouse Assistant", "Forklift Driver", "Storekeeper"], "LOG": ["Driver", "Logistics Coordinator", "Dispatch Clerk"],
        "SAL": ["Sales Executive", "Account Manager"], "MKT": ["Marketing Executive", "Designer"], "CSV": ["Customer Service Officer", "Team Lead"],
        "PRC": ["Buyer", "Procurement Executive"], "QAS": ["QA Inspector", "QA Engineer"], "LEG": ["Legal Counsel", "Compliance Officer"]}
LOCS = ["HQ - Raffles Place", "Tampines", "Jurong East", "Woodlands"]
def bank_acct(code):
    if code == "7171":
        return "%03d-%06d-%d" % (rnd.randint(0, 99), rnd.randint(0, 999999), rnd.randint(0, 9))
    if code == "7339":
        return "%03d-%06d-%03d" % (rnd.choice([501, 545, 550, 601, 687]), rnd.randint(0, 999999), rnd.choice([1, 1, 1, 301]))
    if code == "7375":
        return "%03d-%03d-%03d-%d" % (rnd.randint(100, 999), rnd.randint(0, 999), rnd.randint(0, 999), rnd.randint(0, 9))
    return "%010d" % rnd.randint(0, 9999999999)
def mobile():
    return "+65 %d%03d %04d" % (rnd.choice([8, 9, 9]), rnd.randint(0, 999), rnd.randint(0, 9999))
def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")
used = set()
def unique_nric(prefix, year):
    while True:
        if prefix in "ST":
            d = "%02d%05d" % (year % 100, rnd.randint(0, 99999))
        else:
            d = "%07d" % rnd.randint(0, 9999999)
        v = nric(prefix, d)
        if v not in used:
            used.add(v); return v
emps, hods = [], {}
for i in range(N):
    dob = datetime.date(rnd.randint(1961, 2004), rnd.randint(1, 12), rnd.randint(1, 28))
    status = rnd.choices(["Singapore Citizen", "Singapore PR", "Foreigner"], [62, 13, 25])[0]
    male = rnd.random() < 0.52
    cn = ""
    if status == "Foreigner":
        name, nat, cn = foreign_name()
        race = {"PH": "OT", "IN": "IN", "CN": "CN", "VN": "OT", "BD": "OT", "KR": "OT", "GB": "OT", "MY": "CN"}[nat]
        prefix = rnd.choices(["F", "G", "M"], [25, 55, 20])[0]
        idtype = rnd.choices(["FIN (Employment Pass)", "FIN (S Pass)", "FIN (Work Permit)"], [35, 35, 30])[0]
    else:
        race = rnd.choices([r for r, _ in RACE], [w for _, w in RACE])[0]
        nat = "SG" if status == "Singapore Citizen" else rnd.choice(["MY", "MY", "CN", "IN"])
        prefix = ("S" if dob.year < 2000 else "T") if status == "Singapore Citizen" else rnd.choice(["S", "S", "T"]) if dob.year >= 2000 else "S"
        idtype = "NRIC (Citizen)" if status == "Singapore Citizen" else "NRIC (PR)"
        if race == "CN":
            (s, sc), (g, gc) = rnd.choice(CN_SUR), rnd.choice(CN_GIV)
            name = "%s %s" % (s, g) if rnd.random() < 0.5 else "%s %s %s" % (rnd.choice(CN_ENG), s, g)
            cn = sc + gc if rnd.random() < 0.8 else ""
        elif race == "MY":
            name = "%s %s %s" % (rnd.choice(MY_M if male else MY_F), "bin" if male else "binti", rnd.choice(MY_FATHER))
        elif race == "IN":
            name = "%s %s %s" % (rnd.choice(TA_M if male else TA_F), "s/o" if male else "d/o", rnd.choice(TA_FATHER))
        elif race == "EU":
            name = rnd.choice(EU)
        else:
            name = rnd.choice(["Kevin Francis Lourdes", "Aileen Kaur", "Harpreet Singh", "Natasha Binte Karim"])
    nid = unique_nric(prefix, dob.year if prefix in "ST" and dob.year >= 1968 else rnd.randint(68, 99))
    cpf = nid if status != "Foreigner" else ""
    if rnd.random() < 0.06:
        blk, street, pc = rnd.choice(CONDOS)
        addr = "%s #%02d-%02d %s Singapore %s" % (street, rnd.randint(2, 40), rnd.randint(1, 12), blk, pc)
    else:
        town, streets, pfx = rnd.choice(TOWNS)
        blk = rnd.randint(101, 699)
        pc = "%s%04d" % (pfx, blk + rnd.choice([0, 1000, 3000]) if blk < 1000 else blk)
        addr = "Blk %d%s %s %s #%02d-%d Singapore %s" % (blk, rnd.choice(["", "", "", "A", "B"]), town, rnd.choice(streets),
                                                          rnd.randint(2, 16), rnd.randint(10, 1899), pc)
    dept = rnd.choice(DEPTS)
    joined = datetime.date(rnd.randint(2005, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
    basic = rnd.choice([1800, 2200, 2600, 3100, 3800, 4500, 5200, 6800, 8500, 12000]) + rnd.randint(0, 40) * 25
    emp_cpf = round(min(basic, 6800) * 0.20, 2) if cpf else 0
    er_cpf = round(min(basic, 6800) * 0.17, 2) if cpf else 0
    bank, code = rnd.choice(BANKS)
    marital = rnd.choice(["Single", "Married", "Married", "Divorced", "Widowed"]) if dob.year < 1995 else rnd.choice(["Single", "Single", "Married"])
    ec_name = rnd.choice([x for x in (MY_F if race == "MY" else TA_F if race == "IN" else [c[0] + " " + g[0] for c in CN_SUR[:6] for g in CN_GIV[:4]])])
    if race == "MY":
        ec_name = "%s binti %s" % (ec_name, rnd.choice(MY_FATHER))
    elif race == "IN":
        ec_name = "%s d/o %s" % (ec_name, rnd.choice(TA_FATHER))
    pass_exp = ddmmyyyy(datetime.date(rnd.randint(2026, 2029), rnd.randint(1, 12), rnd.randint(1, 28))) if status == "Foreigner" else ""
    email = "%s%d@%s" % (name.lower().replace("/", "").replace(" ", ".").replace("..", ".").replace("'", "")[:22].strip("."), rnd.randint(1, 99),
                         rnd.choice(["gmail.com", "hotmail.com", "yahoo.com.sg", "singnet.com.sg"]))
    emps.append(["E%05d" % (10021 + i * 3), name, cn, nid, idtype, ddmmyyyy(dob), "M" if male else "F", race,
                 rnd.choice(REL[race]), nat, status, cpf, SHG[race] if status != "Foreigner" else "", addr, pc, mobile(), email,
                 bank, code, bank_acct(code), dept[0], rnd.choice(JOBS[dept[0]]), rnd.choice(LOCS), ddmmyyyy(joined), "%.2f" % basic,
                 "%.2f" % emp_cpf, "%.2f" % er_cpf, marital, pass_exp, ec_name, mobile()])
    hods.setdefault(dept[0], name)
H1 = ["Employee No", "Employee Name", "Chinese Name", "NRIC/FIN", "ID Type", "Date of Birth", "Gender", "Race", "Religion",
      "Nationality", "Residential Status", "CPF Account No", "SHG Fund", "Residential Address", "Postal Code", "Mobile No",
      "Personal Email", "Bank Name", "Bank Code", "Bank Account No", "Dept Code", "Designation", "Work Location", "Date Joined",
      "Basic Salary", "Employee CPF", "Employer CPF", "Marital Status", "Pass Expiry Date", "Emergency Contact Name",
      "Emergency Contact No"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "NATIONAL_ID", "NON_IDENTIFYING", "DATE_OF_BIRTH", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "NON_IDENTIFYING",
      "STREET_ADDRESS", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "ACCOUNT_NUMBER",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "DATE", "NAME", "TELEPHONE_NUMBER"]
deps = []
for code, dname, cc in DEPTS:
    deps.append([code, dname, cc, hods.get(code, ""), str(sum(1 for e in emps if e[20] == code)), rnd.choice(LOCS)])
H2 = ["Dept Code", "Department Name", "Cost Centre", "Head of Department", "Headcount", "Location"]
L2 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for fn, head, rows in (("employees", H1, emps), ("departments", H2, deps)):
    with open(fn + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
cols = {"employees." + h: l for h, l in zip(H1, L1)}
cols.update({"departments." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "nric-hr-sg",
        "description": "Invented Singapore HR/payroll employee master export, ',', dd/mm/yyyy: 600 employees (NRIC/FIN S/T/F/G/M with valid check letters, CPF account = NRIC for citizens and PRs, names in English, Chinese, Malay bin/binti and Tamil s/o d/o forms, race/religion codes, residential status, HDB 'Blk 123 Ang Mo Kio Ave 3 #05-1234 Singapore 560123' addresses, bank accounts in DBS/OCBC/UOB shapes, +65 mobiles, emergency contacts) and 12 departments with their heads; work locations equal to home towns (Tampines, Woodlands)",
        "delimiter": ",", "entity": "employees", "columns": cols,
        "foreignKeys": [{"column": "employees.Dept Code", "references": "departments.Dept Code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

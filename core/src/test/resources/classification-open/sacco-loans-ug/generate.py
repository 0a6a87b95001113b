#!/usr/bin/env python3
"""Writes sacco-loans-ug: an invented export of a FICTIONAL Ugandan savings and credit co-operative (SACCO) in the
Mityana / Mubende / Kassanda area (seeded, stdlib only), ',' with UGX amounts written '1,500,000' (quoted) in the
member and loan sheets and plain integers in the repayment sheet, as a SACCO core-banking export to Excel writes
them. loan_products (8: code, name, interest % per month, maximum period, maximum amount, guarantors required),
members (620: member number 'MSC/00452', Surname, Other Names, Gender, Date of Birth dd/mm/yyyy, NIN
'CM9001234ABCDE' (C, sex, birth year, digits, letters), phones '+256 772 123456' / '0772123456' / '256701234567' /
'0752-123-456', village, parish, sub-county, district, next of kin, relationship and phone, occupation, date joined,
branch, shares and savings in UGX, member type (individual or a registered group with a group name under Surname),
status), loans (1,150: 'LN24-00123', member number and 'NAKATO SARAH' as the core system prints it, product code,
dates '05-Mar-2024', amounts, rate, period, guarantor 1 and 2 as member numbers and names, collateral, loan officer,
purpose, outstanding, arrears, status), repayments (about 3,900: receipt number, loan number, timestamp
'2024-03-15 14:22:10', amount, principal, interest, penalty, channel, mobile-money transaction id (MTN MoMo 11 digits,
Airtel Money 'MP240315.1422.A12345', empty for cash), the paying MSISDN, teller for cash, balance after).
Deliberate coincidences: the branches 'Mityana', 'Mubende', 'Kassanda' and 'Kakiri' beside the same districts and
sub-county; the village Lwanga and the parish Kiwanuka beside the surnames Lwanga and Kiwanuka; the loan product
'Joy Women Loan' beside the given name Joy; loan officer Ssali Moses beside members surnamed Ssali."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(800202)
GIVEN = [("John", "M"), ("Joseph", "M"), ("Robert", "M"), ("Moses", "M"), ("Peter", "M"), ("Fred", "M"), ("Ronald", "M"),
         ("Patrick", "M"), ("Godfrey", "M"), ("Charles", "M"), ("Denis", "M"), ("Brian", "M"), ("Ivan", "M"),
         ("Henry", "M"), ("Richard", "M"), ("Emmanuel", "M"), ("Paul", "M"), ("Geoffrey", "M"), ("Isaac", "M"),
         ("Sarah", "F"), ("Grace", "F"), ("Esther", "F"), ("Florence", "F"), ("Agnes", "F"), ("Betty", "F"),
         ("Joy", "F"), ("Harriet", "F"), ("Annet", "F"), ("Prossy", "F"), ("Juliet", "F"), ("Rose", "F"),
         ("Scovia", "F"), ("Immaculate", "F"), ("Jane", "F"), ("Mercy", "F"), ("Irene", "F"), ("Teopista", "F"),
         ("Resty", "F"), ("Justine", "F")]
FAMILY = [("Kato", "Nakato"), ("Ssemakula", "Nabirye"), ("Mukasa", "Namukasa"), ("Ssekandi", "Namutebi"),
          ("Kiwanuka", "Nansubuga"), ("Kigozi", "Nalwoga"), ("Lubega", "Nakimuli"), ("Ssali", "Nabukeera"),
          ("Mugisha", "Tumusiime"), ("Byaruhanga", "Akello"), ("Okello", "Namubiru"), ("Opio", "Nakayima"),
          ("Kasozi", "Babirye"), ("Musoke", "Nantongo"), ("Wasswa", "Nalubega"), ("Ssentongo", "Nassali"),
          ("Kyeyune", "Nakiganda"), ("Mutebi", "Nanyonga"), ("Bbosa", "Namatovu"), ("Kizito", "Nakalema"),
          ("Walusimbi", "Nabatanzi"), ("Nsubuga", "Nampijja"), ("Lwanga", "Nalwanga"), ("Matovu", "Namayanja"),
          ("Kaweesa", "Nakawunde"), ("Mayanja", "Nakabuye"), ("Sserwadda", "Nabbale"), ("Tumwine", "Kyomuhendo")]
# district -> sub-county -> parish -> villages
GEO = {"Mityana": {"Busimbi": {"Kiwanuka": ["Lwanga", "Kabule", "Nakaziba"], "Ssekanyonyi": ["Kirwanyi", "Zigoti"]},
                   "Bulera": {"Kalangalo": ["Kikandwa", "Bbanda"], "Kyamusisi": ["Naama", "Kasiiso"]},
                   "Maanyi": {"Lusalira": ["Kyankowe", "Namungo"], "Maanyi": ["Kiryokya", "Maanyi"]},
                   "Ttamu": {"Ttamu": ["Kabbo", "Lwanyonyi"]}},
       "Mubende": {"Kiganda": {"Kiganda": ["Kiganda Trading Centre", "Kyamukama"], "Kasambya": ["Kabyuma", "Kigando"]},
                   "Bagezza": {"Butoologo": ["Kiryannongo", "Kituntu"]},
                   "Kitenga": {"Kitenga": ["Kitenga", "Nkooko"]}},
       "Kassanda": {"Myanzi": {"Kasawo": ["Kasawo", "Kiteredde"], "Myanzi": ["Bulamu", "Kabaale"]},
                    "Bukuya": {"Bukuya": ["Bukuya Town", "Kiyinda"]},
                    "Kalwana": {"Kalwana": ["Kalwana", "Nabweru"]}},
       "Wakiso": {"Kakiri": {"Kakiri": ["Kakiri Town", "Buloba"], "Masulita": ["Masulita", "Lwanga"]}}}
DIST_W = {"Mityana": 50, "Mubende": 20, "Kassanda": 18, "Wakiso": 12}
BRANCH = {"Mityana": "Mityana", "Mubende": "Mubende", "Kassanda": "Kassanda", "Wakiso": "Kakiri"}
OCC = ["Farmer", "Farmer", "Farmer", "Coffee farmer", "Boda boda rider", "Market vendor", "Teacher", "Shopkeeper",
       "Tailor", "Carpenter", "Health worker", "Civil servant", "Produce dealer", "Hairdresser", "Mechanic",
       "Poultry farmer", "Brick maker", "Restaurant owner"]
RELATION = ["Spouse", "Spouse", "Spouse", "Son", "Daughter", "Brother", "Sister", "Mother", "Father", "Nephew"]
GROUPS = ["Tukolere Wamu Women Group", "Kikandwa Coffee Farmers Association", "Bulera Boda Boda Stage Welfare",
          "Twekembe Mothers Union", "Kiganda Youth Savings Group", "Naama Bee Keepers", "Ttamu Widows Association",
          "Bukuya Produce Traders", "Kakiri Taxi Operators Group", "Busimbi Tailors Cooperative", "Myanzi Dairy Farmers",
          "Kitenga Women in Development"]
PRODUCTS = [["AGR", "Agricultural Loan", "2.0", "12", "5,000,000", "2"],
            ["SAL", "Salary Loan", "2.5", "24", "20,000,000", "1"],
            ["EMG", "Emergency Loan", "3.0", "3", "1,000,000", "1"],
            ["SCH", "School Fees Loan", "2.0", "6", "3,000,000", "1"],
            ["BOD", "Boda Boda Asset Loan", "2.5", "18", "7,500,000", "2"],
            ["BIZ", "Business Loan", "2.5", "12", "10,000,000", "2"],
            ["JOY", "Joy Women Loan", "1.5", "12", "2,000,000", "1"],
            ["GRP", "Group Loan", "1.5", "12", "15,000,000", "0"]]
OFFICERS = ["Ssali Moses", "Nabirye Agnes", "Opio Denis", "Nakimuli Sarah", "Tumwine Geoffrey", "Namatovu Resty"]
TELLERS = ["Nakayima Juliet", "Kizito Paul", "Nalubega Irene", "Musoke Isaac"]
PURPOSE = {"AGR": ["Coffee seedlings", "Fertiliser and seeds", "Land hire for maize", "Spraying pump"],
           "SAL": ["Home improvement", "Land purchase", "School fees", "Family medical"],
           "EMG": ["Medical emergency", "Funeral expenses", "Household needs"],
           "SCH": ["School fees"], "BOD": ["Motorcycle purchase"],
           "BIZ": ["Stock for shop", "Produce buying", "Salon equipment", "Restaurant expansion"],
           "JOY": ["Stock for shop", "Tailoring machine", "Poultry"], "GRP": ["Group project", "Coffee processing", "Dairy cows"]}
COLL = ["Land sale agreement", "Land title", "Motorcycle logbook", "Household items", "Savings lien", "Livestock", "Salary check-off"]

def ugx(n):
    return "{:,}".format(int(n))

def phone(style=None):
    op = rnd.choice(["772", "782", "776", "701", "752", "757", "703", "774", "750", "785", "706", "789"])
    n = "%06d" % rnd.randint(0, 999999)
    r = rnd.random() if style is None else style
    if r < 0.4:
        return "0%s%s" % (op, n)
    if r < 0.7:
        return "+256 %s %s" % (op, n)
    if r < 0.88:
        return "256%s%s" % (op, n)
    return "0%s-%s-%s" % (op, n[:3], n[3:])

def msisdn(p):
    d = "".join(c for c in p if c.isdigit())
    return "256" + d[-9:]

def nin(male, born, used):
    while True:
        s = "C%s%02d%05d%s" % ("M" if male else "F", born.year % 100, rnd.randint(0, 99999),
                               "".join(rnd.choice("ABCDEFGHJKLMNPRTUVWXYZ") for _ in range(5)))
        if s not in used:
            used.add(s); return s

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n"); w.writerow(h); w.writerows(rows)

MALE = [g for g, s in GIVEN if s == "M"]; FEMALE = [g for g, s in GIVEN if s == "F"]
TODAY = datetime.date(2025, 5, 31)
members = []; n_used = set(); mno = 100
groups = list(GROUPS)
for k in range(620):
    mno += rnd.randint(1, 3)
    dist = rnd.choices(list(DIST_W), list(DIST_W.values()))[0]
    sc = rnd.choice(list(GEO[dist])); par = rnd.choice(list(GEO[dist][sc])); vil = rnd.choice(GEO[dist][sc][par])
    joined = datetime.date(rnd.randint(2009, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    if joined > TODAY:
        joined = TODAY - datetime.timedelta(days=rnd.randint(5, 100))
    if groups and rnd.random() < 0.025:
        g = groups.pop(0)
        members.append(["MSC/%05d" % mno, g, "", "", "", "", phone(), vil, par, sc, dist, "%s %s" % (rnd.choice(FAMILY)[1], rnd.choice(FEMALE)),
                        "Chairperson", phone(), "Group", joined.strftime("%d/%m/%Y"), BRANCH[dist],
                        ugx(rnd.choice([500000, 1000000, 2000000])), ugx(rnd.randint(20, 900) * 10000), "Group", "Active"])
        continue
    male = rnd.random() < 0.46
    r = rnd.random()
    born = datetime.date(rnd.randint(1932, 1936) if r < 0.01 else rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    sur = rnd.choice(FAMILY)[0 if male else 1]
    other = rnd.choice(MALE if male else FEMALE)
    if rnd.random() < 0.25:
        other += " " + rnd.choice([g for g in (MALE if male else FEMALE) if g != other])
    rel = rnd.choice(RELATION)
    kin_male = rel in ("Son", "Brother", "Father", "Nephew") or (rel == "Spouse" and not male)
    kin = "%s %s" % (rnd.choice(FAMILY)[0 if kin_male else 1], rnd.choice(MALE if kin_male else FEMALE))
    occ = rnd.choice(OCC)
    status = rnd.choices(["Active", "Dormant", "Exited"], [85, 11, 4])[0]
    members.append(["MSC/%05d" % mno, sur, other, "Male" if male else "Female", born.strftime("%d/%m/%Y"),
                    nin(male, born, n_used) if rnd.random() < 0.95 else "", phone() if rnd.random() < 0.97 else "",
                    vil, par, sc, dist, kin, rel, phone() if rnd.random() < 0.85 else "", occ, joined.strftime("%d/%m/%Y"),
                    BRANCH[dist], ugx(rnd.choice([100000, 200000, 200000, 500000, 1000000])),
                    ugx(rnd.randint(0, 400) * 5000 if status != "Exited" else 0), "Individual", status])

def pname(m):
    return ("%s %s" % (m[1], m[2])).upper() if m[2] else m[1].upper()
active = [m for m in members if m[20] != "Exited"]
PROD = {p[0]: p for p in PRODUCTS}
loans = []; lseq = {}
for k in range(1150):
    m = rnd.choice(active)
    if m[19] == "Group":
        pc = "GRP"
    else:
        pc = rnd.choices(["AGR", "SAL", "EMG", "SCH", "BOD", "BIZ", "JOY"],
                         [30, 8 if m[14] in ("Teacher", "Civil servant", "Health worker") else 1, 14, 16,
                          12 if m[14] == "Boda boda rider" else 1, 18, 8 if m[3] == "Female" else 0])[0]
    p = PROD[pc]
    app = datetime.date(rnd.randint(2022, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    if app > TODAY - datetime.timedelta(days=10):
        app = TODAY - datetime.timedelta(days=rnd.randint(10, 400))
    yy = app.year % 100
    lseq[yy] = lseq.get(yy, 0) + rnd.randint(1, 2)
    cap = int(p[4].replace(",", ""))
    applied = min(cap, rnd.randint(2, 60) * 100000 if pc not in ("EMG", "JOY") else rnd.randint(2, 20) * 50000)
    approved = applied if rnd.random() < 0.7 else int(applied * rnd.choice([0.5, 0.6, 0.75, 0.8]) / 50000) * 50000 or 50000
    period = rnd.choice([x for x in (3, 6, 9, 12, 18, 24) if x <= int(p[3])])
    disb = app + datetime.timedelta(days=rnd.randint(2, 21))
    need = int(p[5])
    others = [x for x in active if x[0] != m[0] and x[19] == "Individual"]
    g1 = rnd.choice(others) if need >= 1 or rnd.random() < 0.3 else None
    g2 = rnd.choice([x for x in others if g1 is None or x[0] != g1[0]]) if need >= 2 or (g1 and rnd.random() < 0.15) else None
    elapsed = max(0, (TODAY - disb).days // 30)
    paid_m = min(period, elapsed)
    status = "Cleared" if paid_m >= period else "Running"
    arrears = 0
    if status == "Running" and rnd.random() < 0.18:
        status = "In arrears"; arrears = rnd.choice([7, 15, 31, 45, 62, 90, 120, 185])
    if status == "In arrears" and arrears > 180 and rnd.random() < 0.5:
        status = "Written off"
    outstanding = 0 if status == "Cleared" else int(approved * (1 - paid_m / period) / 1000) * 1000 + (arrears * 1000 if arrears else 0)
    loans.append(["LN%02d-%05d" % (yy, lseq[yy]), m[0], pname(m), pc, app.strftime("%d-%b-%Y"), ugx(applied), ugx(approved),
                  p[2], str(period), disb.strftime("%d-%b-%Y"), g1[0] if g1 else "", ("%s %s" % (g1[1], g1[2])) if g1 else "",
                  g2[0] if g2 else "", ("%s %s" % (g2[1], g2[2])) if g2 else "", rnd.choice(COLL) if pc != "BOD" else "Motorcycle logbook",
                  rnd.choice(OFFICERS), rnd.choice(PURPOSE[pc]), ugx(outstanding), str(arrears), status])
loans.sort(key=lambda x: x[0])

reps = []; rct = 45000
for l in loans:
    approved = int(l[6].replace(",", "")); period = int(l[8]); rate = float(l[7]) / 100
    disb = datetime.datetime.strptime(l[9], "%d-%b-%Y").date()
    member = next(m for m in members if m[0] == l[1])
    own = member[6]
    bal = approved
    for i in range(1, period + 1):
        due = disb + datetime.timedelta(days=30 * i)
        if due > TODAY or (l[19] in ("In arrears", "Written off") and i > period // 2):
            break
        if rnd.random() < 0.35:
            continue  # paid in another month, or not in this extract
        prin = int(approved / period / 100) * 100
        intr = int(bal * rate / 100) * 100
        pen = rnd.choice([0] * 9 + [5000, 10000])
        bal = max(0, bal - prin)
        ch = rnd.choices(["MTN MoMo", "Airtel Money", "Cash", "Stanbic Bank"], [52, 18, 26, 4])[0]
        when = datetime.datetime(due.year, due.month, due.day, rnd.randint(7, 20), rnd.randint(0, 59), rnd.randint(0, 59)) + datetime.timedelta(days=rnd.randint(-3, 6))
        tid = ""; payer = ""; teller = ""
        if ch == "MTN MoMo":
            tid = str(rnd.randint(10 ** 10, 10 ** 11 - 1))
            payer = msisdn(own) if own and rnd.random() < 0.7 else msisdn(phone())
        elif ch == "Airtel Money":
            tid = "MP%s.%s.%s%05d" % (when.strftime("%y%m%d"), when.strftime("%H%M"), rnd.choice("ABCDEFGH"), rnd.randint(0, 99999))
            payer = msisdn(own) if own and rnd.random() < 0.7 else msisdn(phone())
        elif ch == "Cash":
            teller = rnd.choice(TELLERS)
        else:
            tid = "FT%s%06d" % (when.strftime("%y%j"), rnd.randint(0, 999999))
        rct += rnd.randint(1, 4)
        reps.append(["RCT%07d" % rct, l[0], when.strftime("%Y-%m-%d %H:%M:%S"), str(prin + intr + pen), str(prin), str(intr),
                     str(pen), ch, tid, payer, teller, str(bal)])
reps = sorted(rnd.sample(reps, 3900), key=lambda x: x[2]) if len(reps) > 3900 else sorted(reps, key=lambda x: x[2])

PRH = ["Product Code", "Product Name", "Interest Rate (% p.m.)", "Max Period (Months)", "Max Amount (UGX)", "Guarantors Required"]
MH = ["Member No", "Surname", "Other Names", "Gender", "Date of Birth", "NIN", "Phone No", "Village", "Parish", "Sub-county",
      "District", "Next of Kin", "NOK Relationship", "NOK Phone", "Occupation", "Date Joined", "Branch", "Shares (UGX)",
      "Savings Balance (UGX)", "Member Type", "Status"]
LH = ["Loan No", "Member No", "Member Name", "Product Code", "Application Date", "Amount Applied (UGX)",
      "Amount Approved (UGX)", "Interest Rate (% p.m.)", "Period (Months)", "Disbursement Date", "Guarantor 1 No",
      "Guarantor 1 Name", "Guarantor 2 No", "Guarantor 2 Name", "Collateral", "Loan Officer", "Loan Purpose",
      "Outstanding Balance (UGX)", "Days in Arrears", "Loan Status"]
RH = ["Receipt No", "Loan No", "Txn Date", "Amount (UGX)", "Principal", "Interest", "Penalty", "Channel", "Transaction ID",
      "Paid From", "Teller", "Balance After"]
write("loan_products", PRH, PRODUCTS)
write("members", MH, members)
write("loans", LH, loans)
write("repayments", RH, reps)
N, D = "NON_IDENTIFYING", "DATE"
L = {"loan_products": [N, N, N, N, N, N],
     "members": ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", N, "DATE_OF_BIRTH", "NATIONAL_ID", "TELEPHONE_NUMBER",
                 "CITY", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "COUNTY", "NAME", N, "TELEPHONE_NUMBER", N, D,
                 N, N, N, N, N],
     "loans": ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", "NAME", N, D, N, N, N, N, D, "OTHER_UNIQUE_IDENTIFIER", "NAME",
               "OTHER_UNIQUE_IDENTIFIER", "NAME", N, "NAME", N, N, N, N],
     "repayments": ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", D, N, N, N, N, N, "OTHER_UNIQUE_IDENTIFIER",
                    "TELEPHONE_NUMBER", "NAME", N]}
H = {"loan_products": PRH, "members": MH, "loans": LH, "repayments": RH}
cols = {}
for t in ("loan_products", "members", "loans", "repayments"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "sacco-loans-ug",
        "description": "Invented export of a fictional Ugandan SACCO (breaker80) in the Mityana/Mubende/Kassanda area, ',': loan_products 8 (code, name, rate % per month, max period, max amount '5,000,000', guarantors required), members 620 (member number 'MSC/00452', Surname, Other Names (25% two names), Gender, Date of Birth dd/mm/yyyy (3 born 1932-1936), NIN 'CM9001234ABCDE' (6% of individuals empty), phone in four styles '0772123456' / '+256 772 123456' / '256772123456' / '0772-123-456', Village, Parish, Sub-county, District, Next of Kin 'Nakato Sarah', NOK Relationship, NOK Phone, Occupation, Date Joined, Branch, shares and savings '1,234,500', Member Type, Status; about 2.5% registered groups with the group's name under Surname and empty personal fields), loans 1,150 (Loan No 'LN24-00123', Member No, Member Name 'NAKATO SARAH' in capitals, product code, application and disbursement dates '05-Mar-2024', amounts, rate '2.5', period, Guarantor 1/2 No (member numbers) and Name, collateral, loan officer (staff, many rows each), purpose, outstanding, days in arrears, status), repayments 3,900 (Receipt No, Loan No, 'yyyy-MM-dd HH:mm:ss', amounts as plain integers, channel, Transaction ID: MTN MoMo 11 digits, Airtel Money 'MP240315.1422.A12345', Stanbic 'FT24075123456', empty for cash; Paid From MSISDN '256772123456' (the member's own on 70% of mobile payments); Teller for cash; balance after). Labels: Member No and guarantor numbers OTHER_UNIQUE_IDENTIFIER; Loan No ACCOUNT_NUMBER (as mfi-loanbook-mm loan_account_no); village CITY, parish and sub-county GEOGRAPHIC_SUBDIVISION, district COUNTY (as the Ugandan Kobo sets); NIN NATIONAL_ID; next of kin, guarantors, member names, loan officers and tellers NAME; mobile-money transaction ids OTHER_UNIQUE_IDENTIFIER (one payment, traceable to the payer's MSISDN at the operator); Branch, products, occupation, collateral NON_IDENTIFYING. Surname of a group row is labelled with its column (FAMILY_NAME). Coincidences: branches Mityana, Mubende, Kassanda and Kakiri equal to districts and a sub-county; the village Lwanga and parish Kiwanuka beside the surnames Lwanga and Kiwanuka; the product 'Joy Women Loan' beside the given name Joy; loan officers Ssali Moses, Nabirye Agnes, Nakimuli Sarah beside members with those surnames; group names holding village and parish names (Kikandwa, Naama, Ttamu, Busimbi)",
        "delimiter": ",", "entity": "members", "columns": cols,
        "foreignKeys": [{"column": "loans.Member No", "references": "members.Member No"},
                        {"column": "loans.Guarantor 1 No", "references": "members.Member No"},
                        {"column": "loans.Guarantor 2 No", "references": "members.Member No"},
                        {"column": "loans.Product Code", "references": "loan_products.Product Code"},
                        {"column": "repayments.Loan No", "references": "loans.Loan No"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

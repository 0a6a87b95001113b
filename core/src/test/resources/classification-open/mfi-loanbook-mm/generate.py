#!/usr/bin/env python3
"""Writes mfi-loanbook-mm: an invented Myanmar microfinance institution's loan book (seeded, stdlib only), tab-separated
'.csv' as Excel's Unicode text export writes it. clients 2,500 (client id, external id, names in Myanmar script and in
Latin transliteration with honorifics Daw/U/Ma/Ko, father's name, NRC '12/OUKAMA(N)123456' or in Myanmar script
'၁၂/ဥကမ(နိုင်)၁၂၃၄၅၆', birth dates dd/mm/yyyy, mobiles '09 7xx xxx xxx' / '+959...' / Myanmar digits, address,
village, village tract, township, region, group and centre numbers), centers 75, loans 3,200 (Mifos-like account
numbers, product, cycle, principal MMK, '12 March 2023' dates, guarantor name and NRC, loan officer on many rows,
remarks), repayments 6,000 (instalments, receipts, collected by)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(580003)
SYL = {"Aye": "အေး", "Myint": "မြင့်", "Hla": "လှ", "Maung": "မောင်", "Kyaw": "ကျော်", "Win": "ဝင်း", "Tun": "ထွန်း", "Soe": "စိုး", "Thant": "သန့်",
       "Zin": "ဇင်", "Mar": "မာ", "Khin": "ခင်", "San": "စန်း", "Nwe": "နွယ်", "Htay": "ထေး", "Thida": "သီတာ", "Su": "စု", "Mya": "မြ", "Moe": "မိုး",
       "Nilar": "နီလာ", "Phyu": "ဖြူ", "Thein": "သိန်း", "Naing": "နိုင်", "Zaw": "ဇော်", "Min": "မင်း", "Yin": "ယဉ်", "Ei": "အိ", "Phyo": "ဖြိုး",
       "Lwin": "လွင်", "Cho": "ချို", "Nyein": "ငြိမ်း", "Wai": "ဝေ", "Pyae": "ပြည့်", "Sandar": "စန္ဒာ", "Htwe": "ထွေး", "Oo": "ဦး", "Khaing": "ခိုင်",
       "Myo": "မျိုး", "Aung": "အောင်", "Thu": "သူ", "Ko": "ကို"}
F_SYL = ["Aye", "Myint", "Hla", "Khin", "San", "Nwe", "Htay", "Thida", "Su", "Mya", "Moe", "Nilar", "Phyu", "Yin", "Ei", "Cho", "Nyein", "Wai", "Sandar", "Htwe", "Khaing", "Mar", "Zin", "Thu"]
M_SYL = ["Aung", "Kyaw", "Win", "Tun", "Soe", "Thant", "Zaw", "Min", "Myint", "Naing", "Thein", "Phyo", "Lwin", "Myo", "Htay", "Hla", "Maung", "Oo", "Aye", "Ko"]
HON = {"Daw": "ဒေါ်", "U": "ဦး", "Ma": "မ", "Ko": "ကို", "Maung": "မောင်"}
GIVEN = ['Aung', 'Aye', 'Cho', 'Ei', 'Hla', 'Htay', 'Htwe', 'Khaing', 'Khin', 'Ko', 'Kyaw', 'Lwin', 'Mar', 'Maung', 'Min', 'Moe', 'Mya', 'Myint', 'Myo', 'Naing', 'Nilar', 'Nwe', 'Nyein', 'Oo', 'Phyo', 'Phyu', 'San', 'Sandar', 'Soe', 'Su', 'Thant', 'Thein', 'Thida', 'Thu', 'Tun', 'Wai', 'Win', 'Yin', 'Zaw', 'Zin']
FAMILY = []
DIG = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
# (region, state no, township, NRC code, NRC code in Myanmar script, village tracts with villages, weight)
GEO = [("Yangon Region", 12, "Hlegu", "LAGANA", "လဂန", {"Hmawbi Gyi": ["Kyauk Tan", "Nyaung Hnit Pin"], "Phaung Gyi": ["Thayet Kan", "Ywar Thit"], "Kyaik Ka Lay": ["Aye Mya Thar Yar", "Kan Su"]}, 22),
       ("Yangon Region", 12, "Thanlyin", "THALANA", "သလန", {"Kyaik Khauk": ["Bogyoke Ywa", "Kyaik Khauk"], "Pyin Ma Gone": ["Nilar Kone", "Zin Kone"]}, 15),
       ("Yangon Region", 12, "North Okkalapa", "OUKAMA", "ဥကမ", {"Ward 5": ["Ward 5"], "Ward 11": ["Ward 11"], "Ward 17": ["Ward 17"]}, 12),
       ("Bago Region", 7, "Bago", "PAKHANA", "ပခန", {"Zaing Ga Naing": ["Kyun Taw", "Ma Hlwa Gone"], "Oak Thar": ["Oak Thar", "Kalar Gyi"]}, 14),
       ("Bago Region", 7, "Taungoo", "TANGANA", "တငန", {"Kan Ni": ["Kan Ni", "Thit Sein Gone"], "Zay Ya Wa Di": ["Moe Kaung", "Myit Kyo"]}, 8),
       ("Ayeyarwady Region", 14, "Pathein", "PATHANA", "ပသန", {"Kan Gyi": ["Kan Gyi", "Thone Gwa"], "Shan Su": ["Shan Su", "Ta Pin"]}, 12),
       ("Ayeyarwady Region", 14, "Hinthada", "HATHATA", "ဟသတ", {"Zalun": ["Ah Lel", "Sandar"], "Kyan Khin": ["Kyan Khin", "Myint Thar"]}, 10),
       ("Mandalay Region", 9, "Meiktila", "MAHTALA", "မထလ", {"Thar Si": ["Thar Si", "Yin Taw"], "Wun Dwin": ["Kywe Ye", "Su Kone"]}, 7)]
OCC = ["Vendor (vegetables)", "Vendor (betel)", "Grocery shop", "Tailor", "Farmer (paddy)", "Livestock (pigs)", "Livestock (chicken)", "Snack seller",
       "Beauty salon", "Fishing", "Daily worker", "Trishaw", "Mohinga shop", "Weaving"]
OFFICERS = ["U Kyaw Zin Htet", "Daw Thiri Aung", "Ko Min Thu", "Ma Su Myat Noe", "U Aung Ko Ko", "Daw Khin Mar Lwin", "Ko Ye Yint Aung", "Ma Ei Ei Phyo",
            "U Zaw Min Oo", "Ma Hnin Wai Lwin", "Ko Nay Lin Htun", "Daw Sandar Win"]
def name(female, married):
    syl = F_SYL if female else M_SYL
    parts = [rnd.choice(syl) for _ in range(rnd.choices([2, 3], [60, 40])[0])]
    if rnd.random() < 0.15:
        parts[1] = parts[0]
    hon = ("Daw" if married or rnd.random() < 0.3 else "Ma") if female else ("U" if married or rnd.random() < 0.3 else rnd.choice(["Ko", "Maung"]))
    return hon + " " + " ".join(parts), HON[hon] + "".join(SYL[p] for p in parts)
def nrc(st, code, mm, used):
    while True:
        n = rnd.randint(100000, 299999)
        cit = rnd.choices(["N", "E", "P"], [95, 3, 2])[0]
        v = ("%d/%s(%s)%06d" % (st, code, cit, n)) if not mm else ("%s/%s(%s)%s" % (str(st).translate(DIG), mm, {"N": "နိုင်", "E": "ဧည့်", "P": "ပြု"}[cit], ("%06d" % n).translate(DIG)))
        if rnd.random() < 0.1 and not mm:
            v = v.replace("(", " (").replace(")", ") ")
        if v not in used:
            used.add(v); return v
def phone():
    op = rnd.choice(["25", "26", "40", "42", "44", "45", "77", "78", "79", "96", "97", "98", "95", "69"])
    num = "9%s%07d" % (op, rnd.randint(0, 9999999))
    f = rnd.choices(["0%s %s %s" % (num[:3], num[3:6], num[6:]), "0" + num, "+95" + num, "+95 %s %s %s" % (num[:3], num[3:6], num[6:]), ("0" + num).translate(DIG)], [30, 35, 12, 8, 15])[0]
    return f
centers = []; cid = 0
for g in GEO:
    for tract, vills in g[5].items():
        for v in vills:
            for k in range(rnd.randint(1, 3) if g[2] != "North Okkalapa" else 4):
                cid += 1
                centers.append(["C-%03d" % cid, v + (" (%d)" % (k + 1) if k else ""), tract, g[2], rnd.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
                                rnd.choice(OFFICERS), g])
centers = centers[:80]
clients = []; used_nrc = set()
for i in range(2500):
    c = rnd.choices(centers, [c[6][6] for c in centers])[0]; g = c[6]
    female = rnd.random() < 0.88
    born = datetime.date(1955, 1, 1) + datetime.timedelta(days=int(rnd.triangular(0, 365 * 48, 365 * 28)))
    married = rnd.random() < 0.8 and born.year < 2000
    en, mm = name(female, married)
    fen, fmm = name(False, True)
    mmnrc = rnd.random() < 0.3
    v = nrc(g[1], g[3], g[4] if mmnrc else None, used_nrc) if rnd.random() < 0.96 else ""
    village = c[1].split(" (")[0]
    addr = rnd.choice(["No. %d, %s Street" % (rnd.randint(1, 240), rnd.choice(["Bogyoke", "Main", "Pagoda", "Market", "Thiri", "Zay"])), "House %d, %s Village" % (rnd.randint(1, 180), village),
                       "No. %d/%s, %d Street, %s" % (rnd.randint(1, 99), rnd.choice("ABCD"), rnd.randint(1, 40), village), "အမှတ် %s၊ %s" % (str(rnd.randint(1, 150)).translate(DIG), "ဈေးလမ်း")])
    clients.append([str(10001 + i), "%s-%05d" % (g[3][:3], 101 + i * 2), mm, en, "Female" if female else "Male", born.strftime("%d/%m/%Y"), v, fen,
                    phone() if rnd.random() < 0.94 else "", addr, village, c[2], g[2], g[0], "G-%03d-%d" % (int(c[0][2:]), rnd.randint(1, 6)), c[0],
                    rnd.choice(OCC), str(rnd.randint(2, 9)), str(rnd.choice([150000, 200000, 250000, 300000, 350000, 400000, 500000, 600000, 800000])),
                    (datetime.date(2016, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2800))).strftime("%d/%m/%Y"), rnd.choices(["Active", "Closed", "Dropout", "Deceased"], [80, 12, 7, 1])[0]])
PRODUCTS = [("Group Loan - General", 28, [6, 12], "Fortnightly", [300000, 400000, 500000, 600000, 800000]), ("Agriculture Loan (Paddy)", 28, [6, 8], "Bullet", [500000, 800000, 1000000]),
            ("Individual SME Loan", 28, [12, 18, 24], "Monthly", [1500000, 2000000, 3000000, 5000000]), ("Emergency Loan", 0, [3], "Monthly", [50000, 100000]),
            ("Education Loan", 20, [10], "Monthly", [200000, 300000])]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def mifos(d):
    return "%02d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
loans = []; cl_by = {c[0]: c for c in clients}; cen_by = {c[0]: c for c in centers}; used_acc = set()
for k in range(3200):
    cl = clients[k] if k < 2500 else rnd.choice(clients)
    p = rnd.choices(PRODUCTS, [60, 15, 10, 10, 5])[0]; term = rnd.choice(p[2]); prin = rnd.choice(p[4])
    disb = datetime.date(2021, 6, 1) + datetime.timedelta(days=rnd.randint(0, 1200))
    first = disb + datetime.timedelta(days=14 if p[3] == "Fortnightly" else 30)
    mat = disb + datetime.timedelta(days=30 * term)
    acc = "%09d" % (1000 + k * 3 + rnd.randint(0, 2))
    other = rnd.choice(clients); gu_same = other[15] == cl[15]
    gf = rnd.random() < 0.6
    gen, gmm = name(gf, True)
    cg = cen_by[cl[15]][6]
    gnrc = nrc(cg[1], cg[3], cg[4] if rnd.random() < 0.2 else None, used_nrc) if rnd.random() < 0.85 else ""
    status = "Closed (obligations met)" if mat < datetime.date(2024, 11, 30) else rnd.choices(["Active", "Active in arrears", "Written off"], [85, 12, 3])[0]
    out = 0 if status.startswith("Closed") else int(prin * rnd.uniform(0.05, 0.95) / 1000) * 1000
    arrears = str(rnd.choice([1, 3, 7, 14, 30, 45, 90, 180])) if "arrears" in status or status == "Written off" else "0"
    officer = cen_by[cl[15]][5] if rnd.random() < 0.9 else rnd.choice(OFFICERS)
    rem = rnd.choices(["", "", "Top-up after cycle 2", "Husband %s working in Thailand, remits monthly" % name(False, True)[0], "Guarantor is sister-in-law",
                       "Client moved to %s, collect via group leader %s" % (rnd.choice(["Hlaing Thar Yar", "Mae Sot", "Yangon"]), name(True, True)[0]),
                       "Shop burned, rescheduled by %s" % officer, "Covid relief: 3 months grace", "Phone changed to %s" % phone()], [50, 10, 8, 6, 8, 6, 4, 5, 3])[0]
    loans.append([acc, cl[0], p[0], str(rnd.choices(range(1, 9), [30, 22, 16, 12, 8, 6, 4, 2])[0]), str(prin), str(p[1]), str(term), p[3], mifos(disb), mifos(first), mifos(mat),
                  rnd.choice(["Small business", "Livestock", "Agriculture inputs", "Home improvement", "Education", "Health", "Trading"]), gen, gnrc,
                  rnd.choice(["Husband", "Wife", "Sister", "Brother", "Mother", "Neighbour", "Group member", "Son"]), officer, cen_by[cl[15]][3] + " Branch",
                  str(out), arrears, status, rem])
reps = []; used_rc = set()
for k in range(6000):
    ln = rnd.choice(loans); inst = rnd.randint(1, int(ln[6]) if ln[7] != "Fortnightly" else int(ln[6]) * 2)
    due = datetime.datetime.strptime(ln[9], "%d %B %Y").date() + datetime.timedelta(days=(inst - 1) * (14 if ln[7] == "Fortnightly" else 30))
    n = int(ln[6]) * (2 if ln[7] == "Fortnightly" else 1)
    pd = int(ln[4]) // n // 100 * 100; intr = int(int(ln[4]) * int(ln[5]) / 100 * int(ln[6]) / 12 / n) // 100 * 100
    paid = due + datetime.timedelta(days=rnd.choices([0, 0, 0, 1, 2, 5, 12], [50, 10, 10, 10, 8, 7, 5])[0])
    late = paid > datetime.date(2024, 11, 30)
    rc = "RC%s%06d" % (paid.strftime("%y%m"), rnd.randint(0, 999999))
    while rc in used_rc:
        rc = "RC%s%06d" % (paid.strftime("%y%m"), rnd.randint(0, 999999))
    used_rc.add(rc)
    reps.append([ln[0], str(inst), due.strftime("%d/%m/%Y"), "" if late else paid.strftime("%d/%m/%Y"), str(pd), str(intr), "0" if late else str(pd + intr), "" if late else rc, "" if late else ln[15]])
T = {"clients": (["client_id", "external_id", "client_name_mm", "client_name", "gender", "date_of_birth", "nrc_no", "father_name", "mobile_no", "address",
                  "village", "village_tract", "township", "region_state", "group_no", "center_no", "occupation", "household_size", "monthly_income_mmk", "joined_on", "client_status"],
                 ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "NATIONAL_ID", "NAME", "TELEPHONE_NUMBER", "STREET_ADDRESS",
                  "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"], clients),
     "centers": (["center_no", "center_name", "village_tract", "township", "meeting_day", "loan_officer"],
                 ["QUASI_IDENTIFIER", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "NAME"], [c[:6] for c in centers]),
     "loans": (["loan_account_no", "client_id", "loan_product", "loan_cycle", "principal_mmk", "interest_rate_pct", "term_months", "repayment_frequency", "disbursed_on",
                "first_repayment_on", "maturity_date", "loan_purpose", "guarantor_name", "guarantor_nrc", "guarantor_relation", "loan_officer", "branch",
                "outstanding_mmk", "days_in_arrears", "loan_status", "remarks"],
               ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE",
                "DATE", "DATE", "NON_IDENTIFYING", "NAME", "NATIONAL_ID", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT"], loans),
     "repayments": (["loan_account_no", "installment_no", "due_date", "paid_date", "principal_due", "interest_due", "amount_paid", "receipt_no", "collected_by"],
                    ["ACCOUNT_NUMBER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NAME"], reps)}
cols = {}
for t, (h, l, rows) in T.items():
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n"); w.writerow(h); w.writerows(rows)
    cols.update({t + "." + a: b for a, b in zip(h, l)})
gold = {"dataset": "mfi-loanbook-mm",
        "description": "Invented Myanmar microfinance loan book, tab-separated .csv: clients 2,500 (client_id, external_id 'LAG-00101', names in Myanmar script and Latin transliteration with honorifics Daw/U/Ma/Ko, father's name, NRC '12/LAGANA(N)123456' or in Myanmar script with Myanmar digits (30%), birth dates dd/mm/yyyy, mobiles '09 797 123 456' / '09797123456' / '+959...' / Myanmar digits, address, village, village tract, township, region, group 'G-012-3' and centre 'C-012' numbers, occupation, household size, income), centers 75 (centre named for its village, loan officer), loans 3,200 (9-digit Mifos account numbers, product, cycle, principal MMK, rate, term, Mifos dates '12 March 2023', purpose, guarantor name and NRC, loan officer named on hundreds of rows, branch named for its township, outstanding, arrears, status, remarks naming husbands, group leaders, officers and phones), repayments 6,000 (instalment, due and paid dd/mm/yyyy, amounts, receipt 'RC2403123456', collected by the officer); coincidences: villages Sandar, Nilar Kone, Zin Kone, Su Kone, Myint Thar and Aye Mya Thar Yar beside name syllables Sandar, Nilar, Zin, Su, Myint, Aye",
        "delimiter": "\t", "entity": "clients", "columns": cols,
        "foreignKeys": [{"column": "clients.center_no", "references": "centers.center_no"},
                        {"column": "loans.client_id", "references": "clients.client_id"},
                        {"column": "repayments.loan_account_no", "references": "loans.loan_account_no"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

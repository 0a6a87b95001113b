#!/usr/bin/env python3
"""Writes mpesa-statement: invented M-PESA style data as a Kenyan digital lender holds it (seeded, stdlib only, ','):
statement: 1,600 rows of 11 applicants' parsed customer statements (the 12th cut off) (the statement's own columns `Receipt No.`,
`Completion Time`, `Details`, `Transaction Status`, `Paid In`, `Withdrawn`, `Balance`, plus the statement header's
`Customer Name` and `Mobile Number`); Details name counterparties and their numbers (`Customer Transfer to 0712345678 -
JOHN KAMAU`, `Funds received from 254722***456 - MARY WANJIKU`, `Pay Bill to 888880 - KPLC PREPAID Acc. 54001234567`).
agent_transactions: 700 deposits/withdrawals logged by 25 agents (`Agent Number`, `Till`, customer `ID No.` 7-8
digits, `MSISDN` 2547xxxxxxxx, customer name). agents: 25 agent outlets (`Agent Number`, `Store Name`, `Till`,
assistant, phone, town, county). Coincidences: stores KAMAU GENERAL STORES, MAMA WANJIKU SHOP and KWA MAMA NJERI
beside customers named Kamau, Wanjiku and Njeri; the merchant MAMA NJERI HOTEL in Details."""
import csv, json, random, datetime
rnd = random.Random(43002)
GIVEN = ["JOHN", "MARY", "JAMES", "GRACE", "PETER", "FAITH", "JOSEPH", "MERCY", "DAVID", "ESTHER", "SAMUEL", "JOYCE",
         "BRIAN", "CAROLINE", "KEVIN", "WINNIE", "DENNIS", "BEATRICE", "COLLINS", "PURITY"]
FAMILY = ["KAMAU", "WANJIKU", "OTIENO", "ACHIENG", "MWANGI", "NJERI", "OCHIENG", "WAMBUI", "KIPCHOGE", "CHEPKOECH",
          "MUTUA", "MWIKALI", "ODHIAMBO", "NYAMBURA", "KARIUKI", "WAFULA", "KIPROTICH", "AWUOR", "MUTHONI", "ONYANGO"]
TOWNS = [("Nairobi", "Nairobi"), ("Thika", "Kiambu"), ("Kiambu", "Kiambu"), ("Nyeri", "Nyeri"), ("Kisumu", "Kisumu"),
         ("Nakuru", "Nakuru"), ("Eldoret", "Uasin Gishu"), ("Machakos", "Machakos"), ("Kericho", "Kericho"), ("Mombasa", "Mombasa")]
AN = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
def person():
    return "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
def msisdn():
    return "2547%d%07d" % (rnd.choice([0, 1, 2, 2, 9]), rnd.randint(0, 9999999))
def local(m):
    return "0" + m[3:]
def masked(m):
    return m[:6] + "***" + m[-3:]
seen = set()
def receipt(t):
    while True:
        r = "U" + "ABCDEFGHIJKL"[t.month - 1] + "123456789ABCDEFGHIJKLMNOPQRSTUV"[t.day - 1] + "".join(rnd.choice(AN) for _ in range(7))
        if r not in seen:
            seen.add(r); return r
# agents
agents = []
stores = ["KAMAU GENERAL STORES", "MAMA WANJIKU SHOP", "BAMBURI MOBILE CENTRE", "TUMAINI ENTERPRISES", "JAMII MPESA SHOP",
          "NEEMA COMMUNICATIONS", "KWA MAMA NJERI", "BARAKA AGENCIES", "UPENDO ELECTRONICS", "MAGIC CELL POINT",
          "RIVERSIDE MPESA", "STAGE MOBILE HUB", "FAITH CYBER & MPESA", "SOKO MJINGA AGENTS", "KILIMANI EXPRESS",
          "BIDII TRADERS", "MAISHA POINT", "TAJI ENTERPRISES", "SUNRISE COMMUNICATIONS", "AMANI M-PESA SHOP",
          "GITHURAI 45 AGENCIES", "KENOL PHONES", "MJI MPYA STORES", "ZAWADI SHOP", "JUA KALI CORNER"]
for i, s in enumerate(stores):
    town, county = rnd.choice(TOWNS)
    agents.append({"Agent Number": str(rnd.randint(100000, 599999)), "Store Name": s, "Till": str(rnd.randint(100000, 999999)),
                   "Head Office": rnd.choice(["SAFARICOM DEALER - MOBICOM LTD", "SAFARICOM DEALER - PESA POINT", "SAFARICOM DEALER - FONESHOP"]),
                   "Assistant Name": person(), "Assistant Phone": "07%d%07d" % (rnd.choice([0, 1, 2]), rnd.randint(0, 9999999)),
                   "Town": town, "County": county, "Status": rnd.choice(["Active"] * 6 + ["Suspended"]),
                   "Float Limit": str(rnd.choice([50000, 100000, 150000, 300000]))})
rnd.shuffle(agents)
# applicants' statements
PAYBILL = [("888880", "KPLC PREPAID", lambda: "%s%09d" % (rnd.choice(["54", "37", "14"]), rnd.randint(0, 999999999))),
           ("888888", "KPLC POSTPAID", lambda: "%07d" % rnd.randint(0, 9999999)),
           ("247247", "EQUITY PAYBILL ACCOUNT", lambda: "%013d" % rnd.randint(0, 10 ** 13 - 1)),
           ("522522", "KCB MONEY TRANSFER", lambda: "%010d" % rnd.randint(0, 10 ** 10 - 1)),
           ("200222", "NAIROBI WATER", lambda: "%07d" % rnd.randint(0, 9999999)),
           ("320320", "DSTV KENYA", lambda: "%010d" % rnd.randint(0, 10 ** 10 - 1))]
TILLS = [("5123456", "NAIVAS SUPERMARKET"), ("8812201", "QUICKMART LTD"), ("7654321", "JAVA HOUSE"), ("9876543", "RUBIS ENERGY"),
         ("4433221", "CARREFOUR TRM"), ("5566778", "MAMA NJERI HOTEL")]
stmt = []
apps = []
for a in range(12):
    name, m = person(), msisdn()
    apps.append((name, m))
    contacts = [(person(), msisdn()) for _ in range(rnd.randint(4, 12))]
    bal = rnd.randint(0, 3000) + 0.0
    t = datetime.datetime(2026, 1, 1, 6, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 3000))
    rows = []
    for k in range(100):
        t += datetime.timedelta(minutes=rnd.randint(20, 1900))
        kind = rnd.random(); inn = out = 0.0; charge = None
        cname, cm = rnd.choice(contacts)
        mm = masked(cm) if t.month >= 3 else cm
        if kind < 0.22:
            amt = float(rnd.choice([100, 200, 500, 1000, 1500, 2000, 3000, 5000])); inn = amt
            d = "Funds received from %s - %s" % (mm, cname)
        elif kind < 0.42:
            amt = float(rnd.choice([50, 100, 250, 300, 500, 800, 1000, 2500])); out = amt
            d = "Customer Transfer to %s - %s" % (local(cm) if t.month < 3 else "07" + "*" * 5 + local(cm)[-3:], cname); charge = ("Customer Transfer of Funds Charge", 13.0 if amt > 100 else 0.0)
        elif kind < 0.57:
            pb, pn, acc = rnd.choice(PAYBILL); amt = float(rnd.randint(2, 60) * 50); out = amt
            d = "Pay Bill to %s - %s Acc. %s" % (pb, pn, acc()); charge = ("Pay Bill Charge", 0.0 if amt < 1000 else 23.0)
        elif kind < 0.70:
            tl, tn = rnd.choice(TILLS); amt = float(rnd.randint(30, 4000)); out = amt
            d = "Merchant Payment to %s - %s" % (tl, tn)
        elif kind < 0.80:
            ag = rnd.choice(agents); amt = float(rnd.choice([500, 1000, 2000, 3000])); out = amt
            d = "Customer Withdrawal At Agent Till %s - %s %s" % (ag["Till"], ag["Store Name"], ag["Town"].upper()); charge = ("Withdrawal Charge", 29.0)
        elif kind < 0.87:
            ag = rnd.choice(agents); amt = float(rnd.choice([1000, 2000, 5000])); inn = amt
            d = "Deposit of Funds at Agent Till %s - %s %s" % (ag["Till"], ag["Store Name"], ag["Town"].upper())
        elif kind < 0.93:
            amt = float(rnd.choice([20, 50, 100])); out = amt
            d = "Airtime Purchase" if rnd.random() < 0.6 else "Recharge for Customer %s - %s" % (local(cm), cname)
        elif kind < 0.97:
            amt = float(rnd.choice([200, 500, 1000])); inn = amt
            d = rnd.choice(["OverDraft of Credit Party", "M-Shwari Withdraw", "Business Payment from 3016901 - SAFARICOM DATA BUNDLES via API"])
        else:
            amt = float(rnd.choice([200, 500])); out = amt
            d = rnd.choice(["OD Loan Repayment to 232323 - M-PESA Overdraw", "M-Shwari Deposit", "KCB M-PESA Deposit"])
        if out > bal:
            inn2 = out - bal + 100
            rows.append([receipt(t), t.strftime("%Y-%m-%d %H:%M:%S"), "OverDraft of Credit Party", "Completed", "%.2f" % inn2, "", "%.2f" % (bal + inn2), name, local(m)])
            bal += inn2
        bal += inn - out
        rows.append([receipt(t), t.strftime("%Y-%m-%d %H:%M:%S"), d, rnd.choice(["Completed"] * 30 + ["Failed"]), "%.2f" % inn if inn else "", "-%.2f" % out if out else "", "%.2f" % bal, name, local(m)])
        if charge and charge[1] > 0:
            bal -= charge[1]
            rows.append([rows[-1][0], rows[-1][1], charge[0], "Completed", "", "-%.2f" % charge[1], "%.2f" % bal, name, local(m)])
    stmt.extend(reversed(rows))  # statements list the newest first
stmt = stmt[:1600]
# agent transactions
atx = []
customers = [(person(), msisdn(), str(rnd.randint(1000000, 39999999))) for _ in range(300)] + [(n, m, str(rnd.randint(20000000, 39999999))) for n, m in apps]
t = datetime.datetime(2026, 2, 1, 7, 0)
for i in range(700):
    t += datetime.timedelta(minutes=rnd.randint(1, 90))
    ag = rnd.choice(agents); c = rnd.choice(customers)
    typ = rnd.choice(["Customer Withdrawal", "Customer Withdrawal", "Customer Deposit", "Customer Deposit", "Register Customer"])
    amt = "" if typ == "Register Customer" else "%.2f" % rnd.choice([200, 500, 1000, 1500, 2000, 3000, 5000, 10000])
    atx.append({"Receipt No.": receipt(t), "Transaction Date": t.strftime("%d/%m/%Y %H:%M"), "Agent Number": ag["Agent Number"],
                "Till": ag["Till"], "Transaction Type": typ, "Customer Name": c[0], "ID No.": c[2], "ID Type": rnd.choice(["National ID"] * 9 + ["Passport"]),
                "MSISDN": c[1], "Amount": amt, "Commission": "%.2f" % (0 if not amt else rnd.choice([10, 20, 27, 45])),
                "Float Balance": "%.2f" % rnd.randint(5000, 150000)})
AGH = ["Agent Number", "Store Name", "Till", "Head Office", "Assistant Name", "Assistant Phone", "Town", "County", "Status", "Float Limit"]
ATH = ["Receipt No.", "Transaction Date", "Agent Number", "Till", "Transaction Type", "Customer Name", "ID No.", "ID Type", "MSISDN", "Amount", "Commission", "Float Balance"]
SH = ["Receipt No.", "Completion Time", "Details", "Transaction Status", "Paid In", "Withdrawn", "Balance", "Customer Name", "Mobile Number"]
with open("statement.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(SH); w.writerows(stmt)
for name, head, data in (("agents", AGH, agents), ("agent_transactions", ATH, atx)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head)
        for r in data:
            w.writerow([r[h] for h in head])
cols = {"statement.Receipt No.": "OTHER_UNIQUE_IDENTIFIER", "statement.Completion Time": "DATE", "statement.Details": "FREE_TEXT",
        "statement.Transaction Status": "NON_IDENTIFYING", "statement.Paid In": "NON_IDENTIFYING", "statement.Withdrawn": "NON_IDENTIFYING",
        "statement.Balance": "NON_IDENTIFYING", "statement.Customer Name": "NAME", "statement.Mobile Number": "TELEPHONE_NUMBER",
        "agents.Agent Number": "QUASI_IDENTIFIER", "agents.Store Name": "NON_IDENTIFYING", "agents.Till": "QUASI_IDENTIFIER",
        "agents.Head Office": "NON_IDENTIFYING", "agents.Assistant Name": "NAME", "agents.Assistant Phone": "TELEPHONE_NUMBER",
        "agents.Town": "CITY", "agents.County": "COUNTY", "agents.Status": "NON_IDENTIFYING", "agents.Float Limit": "NON_IDENTIFYING",
        "agent_transactions.Receipt No.": "OTHER_UNIQUE_IDENTIFIER", "agent_transactions.Transaction Date": "DATE",
        "agent_transactions.Agent Number": "QUASI_IDENTIFIER", "agent_transactions.Till": "QUASI_IDENTIFIER",
        "agent_transactions.Transaction Type": "NON_IDENTIFYING", "agent_transactions.Customer Name": "NAME",
        "agent_transactions.ID No.": "NATIONAL_ID", "agent_transactions.ID Type": "NON_IDENTIFYING",
        "agent_transactions.MSISDN": "TELEPHONE_NUMBER", "agent_transactions.Amount": "NON_IDENTIFYING",
        "agent_transactions.Commission": "NON_IDENTIFYING", "agent_transactions.Float Balance": "NON_IDENTIFYING"}
gold = {"dataset": "mpesa-statement",
        "description": "Invented M-PESA style data held by a Kenyan digital lender, ',': 1,600 rows of 11 applicants' customer statements (Receipt No. 10 characters, Completion Time, Details naming counterparties with 07xx/2547xx numbers, some masked 254722***456, Pay Bill accounts and KPLC meter numbers, agent tills and store names; Transaction Status; Paid In, Withdrawn, Balance; Customer Name and Mobile Number of the statement header), 700 agent transactions (Receipt No., dd/mm/yyyy HH:MM, Agent Number, Till, customer name, ID No. 7-8 digits, MSISDN 2547xxxxxxxx, amount, commission, float), 25 agents (Agent Number, Store Name, Till, dealer, assistant's name and phone, town, county). Coincidences: stores KAMAU GENERAL STORES, MAMA WANJIKU SHOP and KWA MAMA NJERI beside customers named Kamau, Wanjiku and Njeri",
        "delimiter": ",", "entity": "agents", "columns": cols,
        "foreignKeys": [{"column": "agent_transactions.Agent Number", "references": "agents.Agent Number"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes berka-bank: an invented extract shaped after the public Czech PKDD'99 financial data set (district 40,
client 600, account 500, disp 600, trans 2400): `;`, lower-case headers as in the original, dates as integers YYMMDD,
birth_number YYMMDD with 50 added to the month for women, district demographics A1..A16, Czech transaction vocabulary,
partner bank codes and account numbers (seeded, stdlib only). No value is taken from the real files; district names are
used as vocabulary with invented figures."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(170202)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f, delimiter=";"); c.writerow(header); c.writerows(rows)
def yymmdd(d): return "%02d%02d%02d" % (d.year % 100, d.month, d.day)
DIST = [("Hl.m. Praha", "Prague"), ("Benesov", "central Bohemia"), ("Beroun", "central Bohemia"), ("Kladno", "central Bohemia"),
        ("Kolin", "central Bohemia"), ("Kutna Hora", "central Bohemia"), ("Melnik", "central Bohemia"), ("Mlada Boleslav", "central Bohemia"),
        ("Nymburk", "central Bohemia"), ("Pribram", "central Bohemia"), ("Ceske Budejovice", "south Bohemia"), ("Cesky Krumlov", "south Bohemia"),
        ("Jindrichuv Hradec", "south Bohemia"), ("Pisek", "south Bohemia"), ("Tabor", "south Bohemia"), ("Domazlice", "west Bohemia"),
        ("Cheb", "west Bohemia"), ("Karlovy Vary", "west Bohemia"), ("Klatovy", "west Bohemia"), ("Plzen - mesto", "west Bohemia"),
        ("Decin", "north Bohemia"), ("Chomutov", "north Bohemia"), ("Liberec", "north Bohemia"), ("Most", "north Bohemia"),
        ("Teplice", "north Bohemia"), ("Usti nad Labem", "north Bohemia"), ("Hradec Kralove", "east Bohemia"), ("Jicin", "east Bohemia"),
        ("Pardubice", "east Bohemia"), ("Trutnov", "east Bohemia"), ("Brno - mesto", "south Moravia"), ("Hodonin", "south Moravia"),
        ("Jihlava", "south Moravia"), ("Znojmo", "south Moravia"), ("Zlin", "south Moravia"), ("Olomouc", "north Moravia"),
        ("Ostrava - mesto", "north Moravia"), ("Karvina", "north Moravia"), ("Opava", "north Moravia"), ("Sumperk", "north Moravia")]
district = []
for i, (n, r) in enumerate(DIST, 1):
    inh = 1204953 if i == 1 else rnd.randint(42000, 390000)
    u95 = round(rnd.uniform(0.3, 7.5), 2)
    district.append([str(i), n, r, str(inh), str(rnd.randint(0, 100)), str(rnd.randint(5, 70)), str(rnd.randint(0, 20)), str(rnd.randint(0, 5)),
                     str(rnd.randint(1, 15)), "%.1f" % rnd.uniform(33, 100), str(rnd.randint(8100, 12600)), "%.2f" % u95,
                     "%.2f" % (u95 + rnd.uniform(0, 1.5)), str(rnd.randint(80, 170)), str(rnd.randint(800, 85000)), str(rnd.randint(800, 99000))])
w("district", ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14", "A15", "A16"], district)
WEIGHT = [30] + [rnd.randint(2, 8) for _ in DIST[1:]]
def dist(): return str(rnd.choices(range(1, len(DIST) + 1), WEIGHT)[0])
client = []; cid = 0
for i in range(600):
    cid += rnd.randint(1, 4)
    b = datetime.date(rnd.randint(1911, 1987), rnd.randint(1, 12), rnd.randint(1, 28))
    fem = rnd.random() < 0.5
    client.append([str(cid), "%02d%02d%02d" % (b.year % 100, b.month + (50 if fem else 0), b.day), dist()])
w("client", ["client_id", "birth_number", "district_id"], client)
account = []; aid = 0; owners = rnd.sample(client, 500)
for i in range(500):
    aid += rnd.randint(1, 20)
    d = datetime.date(1993, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1800))
    account.append([str(aid), owners[i][2] if rnd.random() < 0.8 else dist(), rnd.choice(["POPLATEK MESICNE"] * 8 + ["POPLATEK TYDNE", "POPLATEK PO OBRATU"]), yymmdd(d)])
w("account", ["account_id", "district_id", "frequency", "date"], account)
disp = []; did = 0; used = {o[0] for o in owners}
for i in range(500):
    did += rnd.randint(1, 3); disp.append([str(did), owners[i][0], account[i][0], "OWNER"])
rest = [c for c in client if c[0] not in used]
for i, c in enumerate(rest):
    did += rnd.randint(1, 3); disp.append([str(did), c[0], rnd.choice(account)[0], "DISPONENT"])
disp.sort(key=lambda r: int(r[0]))
w("disp", ["disp_id", "client_id", "account_id", "type"], disp)
BANKS = ["AB", "CD", "EF", "GH", "IJ", "KL", "MN", "OP", "QR", "ST", "UV", "WX", "YZ"]
partners = {a[0]: ["%08d" % rnd.randint(1000000, 99999999) for _ in range(rnd.randint(1, 3))] for a in account}
trans = []; tid = 0; bal = {}
for i in range(2400):
    tid += rnd.randint(1, 50); a = rnd.choice(account)
    d = datetime.date(1993, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2190))
    kind = rnd.choice(["credit", "cash", "card", "out", "in", "interest", "sipo", "insurance", "loan", "pension"])
    bank = acc = ""
    if kind == "credit": t, op, k, amt = "PRIJEM", "VKLAD", "", rnd.randint(100, 50000)
    elif kind == "cash": t, op, k, amt = "VYDAJ", "VYBER", "", rnd.randint(100, 30000)
    elif kind == "card": t, op, k, amt = "VYDAJ", "VYBER KARTOU", "", rnd.randint(100, 9000)
    elif kind == "in": t, op, k, amt = "PRIJEM", "PREVOD Z UCTU", "", rnd.randint(1000, 60000)
    elif kind == "interest": t, op, k, amt = "PRIJEM", "", "UROK", round(rnd.uniform(5, 400), 1)
    elif kind == "pension": t, op, k, amt = "PRIJEM", "PREVOD Z UCTU", "DUCHOD", rnd.randint(3000, 12000)
    else: t, op, k, amt = "VYDAJ", "PREVOD NA UCET", {"out": "", "sipo": "SIPO", "insurance": "POJISTNE", "loan": "UVER"}[kind], rnd.randint(200, 20000)
    if op in ("PREVOD Z UCTU", "PREVOD NA UCET"):
        bank = rnd.choice(BANKS); acc = rnd.choice(partners[a[0]])
    if rnd.random() < 0.05 and t == "VYDAJ" and op == "VYBER": t = "VYBER"
    b = bal.get(a[0], 1000.0) + (amt if t == "PRIJEM" else -amt)
    bal[a[0]] = b
    trans.append([str(tid), a[0], yymmdd(d), t, op, "%.1f" % amt, "%.1f" % b, k, bank, acc])
w("trans", ["trans_id", "account_id", "date", "type", "operation", "amount", "balance", "k_symbol", "bank", "account"], trans)
cols = {"district.A1": "GEOGRAPHIC_SUBDIVISION", "district.A2": "COUNTY", "district.A3": "NON_IDENTIFYING"}
for k in range(4, 17):
    cols["district.A%d" % k] = "QUASI_IDENTIFIER"
cols.update({"client.client_id": "OTHER_UNIQUE_IDENTIFIER", "client.birth_number": "DATE_OF_BIRTH", "client.district_id": "GEOGRAPHIC_SUBDIVISION",
             "account.account_id": "ACCOUNT_NUMBER", "account.district_id": "GEOGRAPHIC_SUBDIVISION", "account.frequency": "NON_IDENTIFYING",
             "account.date": "DATE", "disp.disp_id": "OTHER_UNIQUE_IDENTIFIER", "disp.client_id": "OTHER_UNIQUE_IDENTIFIER",
             "disp.account_id": "ACCOUNT_NUMBER", "disp.type": "NON_IDENTIFYING", "trans.trans_id": "OTHER_UNIQUE_IDENTIFIER",
             "trans.account_id": "ACCOUNT_NUMBER", "trans.date": "DATE", "trans.type": "NON_IDENTIFYING", "trans.operation": "NON_IDENTIFYING",
             "trans.amount": "NON_IDENTIFYING", "trans.balance": "NON_IDENTIFYING", "trans.k_symbol": "NON_IDENTIFYING",
             "trans.bank": "NON_IDENTIFYING", "trans.account": "ACCOUNT_NUMBER"})
gold = {"dataset": "berka-bank", "description": "Invented extract shaped after the PKDD'99 Czech financial data set, `;`: district 40 (A1 id, A2 district name, A3 region, A4..A16 demographics), client 600 (client_id, birth_number YYMMDD with month+50 for women, births 1911-1987, district_id), account 500 (account_id, district_id of the branch, frequency POPLATEK ..., date YYMMDD), disp 600 (disp_id, client_id, account_id, type OWNER/DISPONENT), trans 2400 (trans_id, account_id, date YYMMDD, type PRIJEM/VYDAJ/VYBER, operation, amount, balance, k_symbol, bank 2 letters, account 8-digit partner account number)",
        "delimiter": ";", "entity": "client", "columns": cols,
        "foreignKeys": [{"column": "client.district_id", "references": "district.A1"}, {"column": "account.district_id", "references": "district.A1"},
                        {"column": "disp.client_id", "references": "client.client_id"}, {"column": "disp.account_id", "references": "account.account_id"},
                        {"column": "trans.account_id", "references": "account.account_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

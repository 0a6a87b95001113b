#!/usr/bin/env python3
"""Writes tax-return-uk: an invented self-assessment export of a fictional Yorkshire accountancy practice (IRIS/CCH-
like practice software, seeded, stdlib only), ',' with UK dates dd/mm/yyyy and amounts in pounds '1234.56'. staff: 14
staff (code = initials, name, job title, office, e-mail, start date). clients: 420 clients (client code 'SMI0042' from
the surname, title, forenames, surname, date of birth, National Insurance number 'AB123456C', 10-digit UTR with its
check digit, address lines, town, county, postcode 'LS6 2AB', mobile '07700 900123', e-mail, partner and manager
(staff codes), the office's SA agent reference, 64-8 authorised, client since, fee). returns: one SA100 per client and
tax year 2021-22 to 2023-24 (return id, client FK, tax year, SA100/SA102/SA103S/SA105 boxes in pounds, total tax due,
payments on account, preparer (staff code), reviewer (staff name), dates prepared, reviewed and filed, HMRC submission
receipt, status). payments: the HMRC payments (payment id, client FK, tax year, type, due date, payment reference =
UTR + 'K', amount, date paid, method). Deliberate coincidences: the given name Beverley beside the town Beverley; the
surname York beside the town York; the office Harrogate beside clients living in Harrogate."""
import csv, json, random
rnd = random.Random(7302)
GIVEN = ["Oliver", "Amelia", "George", "Isla", "Harry", "Beverley", "Jack", "Emily", "Charlotte", "Thomas", "Sophie",
         "William", "Priya", "Mohammed", "Aisha", "Gareth", "Siobhan", "Callum", "Eleanor", "Rhys", "Hannah", "Kieran",
         "Margaret", "Stuart", "Fiona", "Declan", "Zara", "Imran", "Lucy", "Graham"]
FAMILY = ["Smith", "York", "Hargreaves", "Ackroyd", "Patel", "Khan", "Sutcliffe", "Brooke", "Holroyd", "Wainwright",
          "Thompson", "Robinson", "Walker", "Wright", "Hussain", "Clegg", "Barraclough", "Illingworth", "Ogden", "Fletcher",
          "Mitchell", "Armitage", "O'Neill", "Kowalczyk", "Nowak", "Shaw", "Greenwood", "Pickles", "Booth", "Lister"]
STAFF = [("JHB", "James Hebblethwaite", "Partner", "Leeds"), ("SMP", "Sarah Pemberton", "Partner", "Harrogate"),
         ("AKR", "Anil Kumar", "Tax Manager", "Leeds"), ("LCW", "Laura Cawthorne", "Tax Manager", "Harrogate"),
         ("DTM", "Daniel Metcalfe", "Senior Tax Assistant", "Leeds"), ("RJH", "Rebecca Haigh", "Tax Senior", "Leeds"),
         ("PMW", "Paul Whiteley", "Tax Senior", "Harrogate"), ("NKS", "Nadia Shah", "Tax Assistant", "Leeds"),
         ("TGB", "Tom Bairstow", "Tax Assistant", "Harrogate"), ("EFR", "Ellie Firth", "Trainee", "Leeds"),
         ("MAK", "Mark Kershaw", "Tax Assistant", "Wakefield"), ("HLD", "Helen Dyson", "Tax Manager", "Wakefield"),
         ("CWO", "Chris Woodhead", "Trainee", "Wakefield"), ("GSL", "Gemma Slater", "Senior Tax Assistant", "Harrogate")]
AGENT = {"Leeds": "A4821K", "Harrogate": "A7306H", "Wakefield": "A5519W"}
TOWNS = [("Leeds", "West Yorkshire", "LS", 1, 29), ("Harrogate", "North Yorkshire", "HG", 1, 5),
         ("York", "North Yorkshire", "YO", 1, 32), ("Beverley", "East Riding of Yorkshire", "HU", 17, 17),
         ("Wakefield", "West Yorkshire", "WF", 1, 4), ("Bradford", "West Yorkshire", "BD", 1, 15),
         ("Ilkley", "West Yorkshire", "LS", 29, 29), ("Otley", "West Yorkshire", "LS", 21, 21),
         ("Knaresborough", "North Yorkshire", "HG", 5, 5), ("Pontefract", "West Yorkshire", "WF", 8, 8)]
STREETS = ["Otley Road", "Harrogate Road", "Church Lane", "Station Road", "Park Avenue", "The Green", "Moor Lane",
           "Victoria Street", "Skipton Road", "Woodland Drive", "Manor Close", "Ash Grove", "Wetherby Road"]
AREAS = ["Headingley", "Chapel Allerton", "Roundhay", "Horsforth", "Starbeck", "Acomb", "Sandal", "Bramhope", ""]
PCL = "ABDEFGHJLNPQRSTUWXYZ"
def d(y, m, dd): return "%02d/%02d/%04d" % (dd, m, y)
def utr():
    ds = [rnd.randint(0, 9) for _ in range(9)]
    s = sum(w * x for w, x in zip([6, 7, 8, 9, 10, 5, 4, 3, 2], ds)) % 11
    c = 11 - s
    if c > 9: c -= 9
    return str(c) + "".join(map(str, ds))
def nino():
    while True:
        a = rnd.choice("ABCEGHJKLMNOPRSTWXYZ"); b = rnd.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"): break
    return "%s%s%06d%s" % (a, b, rnd.randint(0, 999999), rnd.choice("ABCD"))
staff = []
for code, name, title, office in STAFF:
    fn, ln = name.split(" ", 1)
    sy = rnd.randint(2005, 2023)
    staff.append([code, name, title, office, "%s.%s@hebblethwaite-pemberton.co.uk" % (fn.lower(), ln.lower()), d(sy, rnd.randint(1, 12), rnd.randint(1, 28))])
partners = [s for s in STAFF if s[2] == "Partner"]; managers = [s for s in STAFF if s[2] == "Tax Manager"]
preparers = [s for s in STAFF if s[2] not in ("Partner",)]
clients = []; seen = {}; utrs = set(); ninos = set()
for i in range(420):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    stem = "".join(ch for ch in ln.upper() if ch.isalpha())[:3]
    seen[stem] = seen.get(stem, 0) + 1
    code = "%s%04d" % (stem, seen[stem] * 7 + rnd.randint(0, 6))
    while code in [c[0] for c in clients]: code = "%s%04d" % (stem, int(code[3:]) + 1)
    u = utr()
    while u in utrs: u = utr()
    utrs.add(u)
    n = nino()
    while n in ninos: n = nino()
    ninos.add(n)
    town, county, area, lo, hi = rnd.choice(TOWNS)
    pc = "%s%d %d%s%s" % (area, rnd.randint(lo, hi), rnd.randint(1, 9), rnd.choice(PCL), rnd.choice(PCL))
    by = rnd.randint(1938, 2001)
    title = rnd.choice(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mr", "Mrs", "Rev"]) if fn not in ("Beverley",) else rnd.choice(["Mrs", "Ms"])
    part = rnd.choice(partners)
    office = part[3] if rnd.random() < 0.8 else rnd.choice(list(AGENT))
    email = "" if rnd.random() < 0.15 else "%s%s%s@%s" % (fn.lower(), rnd.choice([".", "", "_"]), ln.lower().replace("'", ""),
                                                           rnd.choice(["gmail.com", "btinternet.com", "outlook.com", "hotmail.co.uk", "sky.com"]))
    clients.append([code, title, fn + (" " + rnd.choice(GIVEN) if rnd.random() < 0.25 else ""), ln, d(by, rnd.randint(1, 12), rnd.randint(1, 28)),
                    n, u, "%d %s" % (rnd.randint(1, 180), rnd.choice(STREETS)), rnd.choice(AREAS) if town in ("Leeds", "York", "Wakefield", "Harrogate") else "",
                    town, county, pc, "" if rnd.random() < 0.1 else "07%03d %06d" % (rnd.randint(700, 999), rnd.randint(0, 999999)),
                    email, part[0], rnd.choice(managers)[0], AGENT[office], "Y" if rnd.random() < 0.93 else "N",
                    d(rnd.randint(2008, 2023), rnd.randint(1, 12), rnd.randint(1, 28)), "%d.00" % rnd.choice([250, 300, 350, 450, 600, 750, 950, 1200])])
returns = []; payments = []
YEARS = [("2021-22", 2022), ("2022-23", 2023), ("2023-24", 2024)]
for c in clients:
    kind = rnd.choice(["employee", "selfemp", "landlord", "pensioner", "director"])
    start = rnd.choice([0, 0, 0, 1, 2])
    poa_prev = 0.0
    for ty, y in YEARS[start:]:
        def amt(p, lo, hi): return "%.2f" % rnd.uniform(lo, hi) if rnd.random() < p else ""
        emp = amt(0.9 if kind in ("employee", "director") else 0.1, 18000, 145000)
        se = amt(0.95 if kind == "selfemp" else 0.05, 8000, 90000)
        prop = amt(0.95 if kind == "landlord" else 0.12, 3000, 42000)
        spen = amt(0.95 if kind == "pensioner" else 0.0, 9000, 10600)
        opens = amt(0.7 if kind == "pensioner" else 0.02, 4000, 38000)
        intr = amt(0.5, 5, 3200); divs = amt(0.9 if kind == "director" else 0.2, 500, 60000)
        pens = amt(0.25, 400, 12000); gift = amt(0.2, 20, 2500)
        inc = sum(float(x) for x in (emp, se, prop, spen, opens, intr, divs) if x)
        tax = max(0.0, (inc - 12570) * 0.2 + max(0, inc - 50270) * 0.2 - (float(emp) * 0.18 if emp else 0))
        tax = round(tax * rnd.uniform(0.4, 0.8), 2)
        poa = round(tax / 2, 2) if tax > 1000 else 0.0
        prep = rnd.choice(preparers); rev = rnd.choice(managers + partners)
        pd = (y, rnd.choice([5, 6, 7, 8, 9, 10, 11, 12]), rnd.randint(1, 28))
        if pd[1] == 12: pd = (y, 11, pd[2])
        status = "Filed" if y < 2024 or rnd.random() < 0.8 else rnd.choice(["Awaiting client approval", "In review", "Awaiting information"])
        rd = (pd[0], pd[1] + 1, rnd.randint(1, 28)) if status != "Awaiting information" else None
        fd = (y + 1, 1, rnd.randint(2, 30)) if status == "Filed" and rnd.random() < 0.6 else ((pd[0], pd[1] + 1, 28) if status == "Filed" else None)
        irmark = "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32)) if status == "Filed" else ""
        returns.append(["SA%06d" % (100000 + len(returns) * 3), c[0], ty, emp, se, prop, spen, opens, intr, divs, pens, gift,
                        "%.2f" % tax, "%.2f" % poa, prep[0], rev[1], d(*pd), d(*rd) if rd else "", d(*fd) if fd else "", irmark, status])
        if status != "Filed": continue
        bal = round(tax - poa_prev, 2)
        plist = []
        if bal > 0: plist.append(("Balancing payment", (y + 1, 1, 31), bal))
        if poa > 0: plist += [("1st payment on account", (y + 1, 1, 31), poa), ("2nd payment on account", (y + 1, 7, 31), poa)]
        for typ, due, a in plist:
            split = 1 if rnd.random() < 0.85 else rnd.randint(2, 6)
            for k in range(split):
                pdte = (due[0], due[1], min(31, max(1, due[2] - rnd.randint(0, 25)))) if rnd.random() < 0.9 else (due[0], due[1] + 1, rnd.randint(1, 28))
                if split > 1: pdte = (due[0] - (1 if due[1] == 1 and k < split - 1 else 0), ((due[1] - split + k) % 12) + 1, rnd.randint(1, 28))
                payments.append(["PAY%07d" % (2000000 + len(payments) * 11), c[0], ty, typ, d(*due), c[6] + "K", "%.2f" % (a / split),
                                 d(*pdte), rnd.choice(["Faster Payments", "Direct Debit", "Debit card", "Bacs", "Budget Payment Plan"]) if rnd.random() < 0.95 else ""])
        poa_prev = poa * 2
H = {"staff": ["Staff Code", "Staff Name", "Job Title", "Office", "Email", "Start Date"],
     "clients": ["Client Code", "Title", "Forenames", "Surname", "Date of Birth", "NI Number", "UTR", "Address 1", "Address 2",
                 "Town", "County", "Postcode", "Mobile", "Email", "Partner", "Manager", "Agent Ref", "64-8 Authorised",
                 "Client Since", "Annual Fee"],
     "returns": ["Return ID", "Client Code", "Tax Year", "SA102 Box 1 Pay from employment", "SA103S Box 9 Turnover",
                 "SA105 Box 20 Total rents", "TR3 Box 8 State Pension", "TR3 Box 11 Pensions (other than State Pension)",
                 "TR3 Box 1 Taxed UK interest", "TR3 Box 4 Dividends from UK companies", "TR4 Box 1 Pension contributions (RAS)",
                 "TR4 Box 5 Gift Aid payments", "Tax Due", "Payment on Account", "Preparer", "Reviewer", "Date Prepared",
                 "Date Reviewed", "Date Filed", "IRmark", "Status"],
     "payments": ["Payment ID", "Client Code", "Tax Year", "Payment Type", "Due Date", "HMRC Payment Reference", "Amount",
                  "Date Paid", "Payment Method"]}
for t, rows in (("staff", staff), ("clients", clients), ("returns", returns), ("payments", payments)):
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
N = "NON_IDENTIFYING"
L = {"staff": ["QUASI_IDENTIFIER", "NAME", N, N, "EMAIL_ADDRESS", "DATE"],
     "clients": ["OTHER_UNIQUE_IDENTIFIER", N, "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "NATIONAL_ID", "NATIONAL_ID",
                 "STREET_ADDRESS", "STREET_ADDRESS", "CITY", "COUNTY", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                 "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", N, N, "DATE", N],
     "returns": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N, N, N, N, N, N, N,
                 "QUASI_IDENTIFIER", "NAME", "DATE", "DATE", "DATE", "OTHER_UNIQUE_IDENTIFIER", N],
     "payments": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N, N, "DATE", "NATIONAL_ID", N, "DATE", N]}
gold = {"dataset": "tax-return-uk",
        "description": "Invented self-assessment export of a fictional Yorkshire accountancy practice, ',' with dd/mm/yyyy dates and pounds '1234.56': "
        "14 staff (initials code, name, job title, office, e-mail, start date), 420 clients (client code from the surname 'SMI0042', title, "
        "forenames, surname, DOB, NI number 'AB123456C', 10-digit UTR with check digit, address 1 and 2 (district), town, county, postcode "
        "'LS6 2AB', mobile '07xxx xxxxxx', e-mail, partner and manager staff codes, the office's SA agent reference, 64-8 flag, client since, "
        "annual fee), %d SA100 returns (return id, client FK, tax year '2023-24', SA102/SA103S/SA105/TR3/TR4 boxes in pounds with empty boxes, "
        "tax due, payment on account, preparer staff code, reviewer staff name, dates prepared/reviewed/filed, 32-character IRmark, status), "
        "%d HMRC payments (payment id, client FK, tax year, type, due date 31/01 or 31/07, payment reference UTR+K, amount, date paid, method). "
        "UTR and the UTR+K payment reference NATIONAL_ID (a person's lifelong tax reference, like NI number); staff codes QUASI_IDENTIFIER "
        "(as cofrestr-cy staff codes); reviewer and staff names NAME; Address 2 (district) STREET_ADDRESS; IRmark OTHER_UNIQUE_IDENTIFIER "
        "(one return's receipt). Coincidences: given name Beverley beside the town Beverley; surname York beside the town York; office "
        "Harrogate beside the client town Harrogate" % (len(returns), len(payments)),
        "delimiter": ",", "entity": "clients",
        "foreignKeys": [{"column": "returns.Client Code", "references": "clients.Client Code"},
                        {"column": "payments.Client Code", "references": "clients.Client Code"},
                        {"column": "returns.Preparer", "references": "staff.Staff Code"}],
        "columns": {t + "." + c: l for t in H for c, l in zip(H[t], L[t])}}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes payroll-uk: an invented UK payroll export (RTI-style), comma-separated, dd/mm/yyyy (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60607)
GIVEN = ["Alasdair", "Bronwen", "Crispin", "Delyth", "Euan", "Fenella", "Gethin", "Hermione", "Isla", "Jasper", "Kirsty",
         "Leofric", "Mhairi", "Nigel", "Olwen", "Peregrine", "Rhiannon", "Seren", "Torquil", "Winifred"]
FAMILY = ["Ainsworth", "Blackstock", "Cartwright", "Dalrymple", "Entwistle", "Featherstonehaugh", "Goodfellow", "Hargreaves",
          "Illingworth", "Jessop", "Kettlewell", "Loughran", "Marchbanks", "Nettleship", "Ormerod", "Pennington", "Quayle",
          "Rowbotham", "Sowerby", "Tattersall"]
DEPTS = ["Finance", "Estates", "Catering", "IT Services", "Human Resources", "Warehouse", "Customer Services"]
BANKS = [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")]
TOWNS = [("Leeds", "LS"), ("Sheffield", "S"), ("York", "YO"), ("Bradford", "BD"), ("Harrogate", "HG"), ("Wakefield", "WF")]
ROADS = ["Victoria Road", "Station Road", "Church Lane", "Park Avenue", "Mill Street", "The Crescent", "Moor Lane"]
BANDS = [("Band 2", 23615, 24336), ("Band 3", 24071, 25674), ("Band 4", 26530, 29114), ("Band 5", 29970, 36483),
         ("Band 6", 37338, 44962), ("Band 7", 46148, 52809), ("Band 8a", 53755, 60504)]

def ni():
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        a, b = rnd.choice("ABCEGHJKLMNPRSTWXYZ"), rnd.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return "%s%s %02d %02d %02d %s" % (a, b, rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 99), rnd.choice("ABCD"))

def iban(bank, sort, acct):
    bban = bank + sort + acct
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)

emps, slips = [], []
for n in range(250):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    band, lo, hi = rnd.choice(BANDS)
    sal = rnd.randint(lo, hi)
    bank, pre = rnd.choice(BANKS)
    sort = "%s%02d%02d" % (pre, rnd.randint(0, 99), rnd.randint(0, 99))
    acct = "%08d" % rnd.randint(0, 99999999)
    town, pc = rnd.choice(TOWNS)
    y = rnd.randint(1958, 2004)
    start = "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2001, 2025))
    emps.append(["E%05d" % (20000 + n * 3), g, f, "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), y), ni(),
                 "%d %s" % (rnd.randint(1, 220), rnd.choice(ROADS)), town, "%s%d %d%s" % (pc, rnd.randint(1, 28), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))),
                 "07%03d %06d" % (rnd.randint(100, 999), rnd.randint(0, 999999)), "%s.%s@nhs-trust.example" % (g.lower(), f.lower()),
                 rnd.choice(DEPTS), band, str(sal), rnd.choice(["1257L", "1257L", "1257L", "BR", "K475", "S1257L", "0T", "D0"]),
                 rnd.choice(["A", "A", "A", "C", "H", "M"]), rnd.choice(["", "", "Plan 1", "Plan 2", "Plan 4", "Postgraduate"]),
                 "%s-%s-%s" % (sort[:2], sort[2:4], sort[4:]), acct, iban(bank, sort, acct), start,
                 rnd.choice(["", "", "", "%02d/%02d/2026" % (rnd.randint(1, 28), rnd.randint(1, 11))]),
                 "%s %s (%s) %s" % (rnd.choice(GIVEN), f, rnd.choice(["spouse", "mother", "partner", "son"]), "07%03d %06d" % (rnd.randint(100, 999), rnd.randint(0, 999999)))])
mgr = [e[0] for e in emps[:12]]
for e in emps:
    e.insert(11, rnd.choice(mgr) if e[0] not in mgr[:3] else "")
for e in emps:
    sal = int(e[13])
    for m in range(1, 13):
        gross = sal / 12
        tax = max(0.0, (gross - 1047.5) * 0.2)
        nic = max(0.0, (gross - 1048) * 0.08)
        pen = gross * 0.06
        slips.append(["%s-%02d" % (e[0], m), e[0], "2026-%02d" % m if m <= 11 else "2025-12", "%02d/%02d/%s" % (rnd.choice([25, 26, 27, 28]), m if m <= 11 else 12, "2026" if m <= 11 else "2025"),
                      "%.2f" % gross, "%.2f" % tax, "%.2f" % nic, "%.2f" % pen, "%.2f" % (gross - tax - nic - pen), e[14], rnd.choice(["BACS", "BACS", "BACS", "FPS late"])])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)

EH = ["staff_no", "forename", "surname", "dob", "ni_number", "address_line_1", "post_town", "postcode", "mobile", "work_email",
      "department", "line_manager", "pay_band", "annual_salary", "tax_code", "nic_category", "student_loan", "sort_code",
      "account_number", "iban", "start_date", "leaving_date", "emergency_contact"]
PH = ["payslip_ref", "payee", "tax_month", "pay_date", "gross_pay", "paye_tax", "employee_nic", "pension", "net_pay", "tax_code_used", "submission"]
write("employees", EH, emps); write("payslips", PH, slips)
lab = {}
lab.update({"employees." + k: v for k, v in zip(EH, ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH", "NATIONAL_ID",
    "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "ACCOUNT_NUMBER", "IBAN", "DATE", "DATE", "FREE_TEXT"])})
lab.update({"payslips." + k: v for k, v in zip(PH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
desc = ("Invented UK payroll export: %d employees (National Insurance numbers, UK postcodes, sort codes, 8-digit account numbers, "
        "GB IBANs with valid check digits, pay bands, tax codes, line manager as a self-reference, next of kin with phone), "
        "%d monthly payslips (payee refers to staff_no, payslip_ref embeds it, tax months YYYY-MM, dd/mm/yyyy pay dates)") % (len(emps), len(slips))
gold = {"dataset": "payroll-uk", "description": desc, "delimiter": ",", "entity": "employees", "columns": lab,
        "foreignKeys": [{"column": "employees.line_manager", "references": "employees.staff_no"},
                        {"column": "payslips.payee", "references": "employees.staff_no"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

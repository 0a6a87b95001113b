#!/usr/bin/env python3
"""Writes kyc-bank-ng (breaker47): an invented Nigerian commercial bank's KYC and core-banking extract in the style of
a Finacle/T24 report download, ',', dd-MMM-yyyy dates (upper-case months), seeded, Python 3 stdlib only.
customers 320 (CIF id, BVN 11 digits starting 22, NIN 11 digits, title, SURNAME/FIRST_NAME/MIDDLE_NAME in Yoruba, Igbo
and Hausa, date of birth (a few born 1929-1935), gender, marital status, +234 mobiles, e-mail, residential address,
city, state of residence (kept), state of origin (kept), LGA of origin, occupation, mother's maiden name, next of kin
and their phone, means of ID and its number, KYC tier, risk rating, PEP flag, branch, account officer (staff name),
onboarding date), accounts 457 (NUBAN 10 digits with the CBN check digit over the bank code 232, CIF, scheme,
currency, branch, open date, status, ledger balance), transactions 2400 (Finacle-style TRAN_ID, account, posting and
value dates, part tran type C/D, channel, amount, balance, NIP session id 30 digits, counterparty bank and NUBAN,
narration naming the counterparty in many rows), branches 16 (sol id, branch name, state, region, branch manager).
Coincidences: customers surnamed Ogun, Kano, Ekiti and Lagos (a Yoruba-Brazilian returnee surname) beside the
states Ogun, Kano, Ekiti and Lagos; branch names (IKEJA, LEKKI) are also cities of residence."""
import csv, json, random, datetime

rnd = random.Random(47001)
GIVEN = ["Oluwaseun", "Adebayo", "Temitope", "Funmilayo", "Olumide", "Abiodun", "Kehinde", "Yetunde", "Babatunde",
         "Folake", "Chukwuemeka", "Ngozi", "Chinedu", "Adaeze", "Obinna", "Chiamaka", "Ikechukwu", "Nneka", "Uchenna",
         "Ifeoma", "Abubakar", "Aisha", "Ibrahim", "Fatima", "Musa", "Hauwa", "Sani", "Zainab", "Aminu", "Halima",
         "Emeka", "Tunde", "Blessing", "Godwin", "Precious", "Victor"]
FAMILY = ["Adeyemi", "Okonkwo", "Bello", "Ogunleye", "Nwosu", "Abdullahi", "Adeleke", "Eze", "Mohammed", "Olawale",
          "Okafor", "Usman", "Afolabi", "Chukwu", "Danjuma", "Oyelaran", "Nnamdi", "Yakubu", "Olaniyan", "Igwe",
          "Balogun", "Onyekachi", "Garba", "Akinwande", "Ogun", "Kano", "Ekiti", "Lagos"]
STATES = {"Lagos": ["Ikeja", "Eti-Osa", "Alimosho", "Surulere", "Kosofe"], "Ogun": ["Abeokuta South", "Ijebu Ode", "Sagamu"],
          "Oyo": ["Ibadan North", "Ogbomosho North", "Oyo East"], "Osun": ["Osogbo", "Ife Central", "Ilesa East"],
          "Ekiti": ["Ado Ekiti", "Ikere", "Ijero"], "Anambra": ["Onitsha North", "Awka South", "Nnewi North"],
          "Enugu": ["Enugu North", "Nsukka", "Udi"], "Imo": ["Owerri Municipal", "Okigwe", "Orlu"],
          "Abia": ["Aba South", "Umuahia North"], "Kano": ["Kano Municipal", "Nassarawa", "Fagge", "Dala"],
          "Kaduna": ["Kaduna North", "Zaria", "Chikun"], "Sokoto": ["Sokoto North", "Wamako"],
          "FCT": ["Abuja Municipal", "Bwari", "Gwagwalada"], "Rivers": ["Port Harcourt", "Obio/Akpor", "Eleme"]}
ETHNIC = {"Y": (GIVEN[0:10] + GIVEN[30:36], ["Adeyemi", "Bello", "Ogunleye", "Adeleke", "Olawale", "Afolabi", "Oyelaran",
                                             "Olaniyan", "Balogun", "Akinwande", "Ogun", "Ekiti", "Lagos"],
                ["Lagos", "Ogun", "Oyo", "Osun", "Ekiti"]),
          "I": (GIVEN[10:20] + GIVEN[30:36], ["Okonkwo", "Nwosu", "Eze", "Okafor", "Chukwu", "Nnamdi", "Igwe", "Onyekachi"],
                ["Anambra", "Enugu", "Imo", "Abia"]),
          "H": (GIVEN[20:30], ["Bello", "Abdullahi", "Mohammed", "Usman", "Danjuma", "Yakubu", "Garba", "Kano"],
                ["Kano", "Kaduna", "Sokoto"])}
FEMALE = {"Temitope", "Funmilayo", "Yetunde", "Folake", "Ngozi", "Adaeze", "Chiamaka", "Nneka", "Ifeoma", "Aisha",
          "Fatima", "Hauwa", "Zainab", "Halima", "Blessing", "Precious", "Kehinde"}
STREETS = ["Allen Avenue", "Adeola Odeku Street", "Awolowo Road", "Admiralty Way", "Herbert Macaulay Way",
           "Ogui Road", "Zoo Road", "Ahmadu Bello Way", "Aminu Kano Crescent", "Ikwerre Road", "Ring Road", "Oba Akran Avenue",
           "Bode Thomas Street", "Agege Motor Road", "Ojuelegba Road", "Wuse Zone 4 Street"]
CITY_OF = {"Lagos": ["Ikeja", "Lekki", "Surulere", "Yaba", "Ikorodu"], "Ogun": ["Abeokuta", "Sagamu"], "Oyo": ["Ibadan"],
           "FCT": ["Abuja", "Gwarinpa"], "Kano": ["Kano"], "Kaduna": ["Kaduna", "Zaria"], "Rivers": ["Port Harcourt"],
           "Enugu": ["Enugu"], "Anambra": ["Onitsha", "Awka"]}
OCCUPATIONS = ["Trader", "Civil Servant", "Teacher", "Banker", "Student", "Farmer", "Engineer", "Self Employed",
               "Nurse", "Pharmacist", "Artisan", "Retired", "Clergy", "Transporter", "Software Developer"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
BANKS = [("044", "ACCESS BANK"), ("058", "GTBANK"), ("057", "ZENITH BANK"), ("011", "FIRST BANK"), ("033", "UBA"),
         ("070", "FIDELITY BANK"), ("214", "FCMB"), ("035", "WEMA BANK"), ("050", "ECOBANK")]
OWN_BANK = "232"
PREFIX = ["0803", "0806", "0813", "0816", "0703", "0706", "0805", "0807", "0815", "0802", "0808", "0812", "0909", "0818"]


def d(x):
    return "%02d-%s-%d" % (x.day, MON[x.month - 1], x.year)


def nuban(bank, serial):
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    s = sum(int(a) * b for a, b in zip(bank + serial, w))
    return serial + str((10 - s % 10) % 10)


def phone(intl=True):
    p = rnd.choice(PREFIX) + "%07d" % rnd.randint(0, 9999999)
    return "+234" + p[1:] if intl else p


def rdate(a, b):
    return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))


branches = []
BR = [("Ikeja", "Lagos", "Lagos & West"), ("Lekki", "Lagos", "Lagos & West"), ("Marina", "Lagos", "Lagos & West"),
      ("Surulere", "Lagos", "Lagos & West"), ("Abeokuta", "Ogun", "Lagos & West"), ("Ibadan Dugbe", "Oyo", "Lagos & West"),
      ("Wuse II", "FCT", "North Central"), ("Garki", "FCT", "North Central"), ("Kano Bompai", "Kano", "North"),
      ("Kaduna Ahmadu Bello Way", "Kaduna", "North"), ("Onitsha Main Market", "Anambra", "South East"),
      ("Enugu Ogui Road", "Enugu", "South East"), ("Aba Ariaria", "Abia", "South East"),
      ("Port Harcourt Trans-Amadi", "Rivers", "South South"), ("Owerri Wetheral", "Imo", "South East"), ("Zaria", "Kaduna", "North")]
for i, (n, st, reg) in enumerate(BR):
    mgr = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    branches.append(["%03d" % (101 + i * 7), n.upper(), st, reg, mgr, rnd.choice(["Full service", "Full service", "Cash centre"])])
officers = ["%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)) for _ in range(22)]

customers, names = [], []
used_bvn, used_nin = set(), set()
for i in range(320):
    eth = rnd.choice("YYYYIIIHH")
    gl, fl, sts = ETHNIC[eth]
    first, mid = rnd.sample(gl, 2)
    sur = rnd.choice(fl)
    female = first in FEMALE
    dob = rdate(datetime.date(1929, 1, 1), datetime.date(1935, 12, 31)) if i % 53 == 7 else rdate(datetime.date(1950, 1, 1), datetime.date(2006, 12, 31))
    while True:
        bvn = "22" + "%09d" % rnd.randint(0, 999999999)
        if bvn not in used_bvn:
            used_bvn.add(bvn); break
    while True:
        nin = "%011d" % rnd.randint(10000000000, 99999999999)
        if nin not in used_nin:
            used_nin.add(nin); break
    origin = rnd.choice(sts)
    lga = rnd.choice(STATES[origin])
    res = rnd.choice(list(CITY_OF))
    city = rnd.choice(CITY_OF[res])
    addr = "%s %s" % (rnd.choice(["No %d" % rnd.randint(1, 120), "%d" % rnd.randint(1, 80), "Plot %d" % rnd.randint(1, 900), "Flat %d, Block %d," % (rnd.randint(1, 12), rnd.randint(1, 30))]), rnd.choice(STREETS))
    title = rnd.choice(["Mrs", "Miss", "Ms"]) if female else rnd.choice(["Mr", "Mr", "Mr", "Chief", "Alhaji", "Dr", "Engr"])
    if eth == "H" and female:
        title = rnd.choice(["Hajiya", "Mrs", "Miss"])
    kin = "%s %s" % (rnd.choice(gl), sur if rnd.random() < 0.7 else rnd.choice(fl))
    maiden = rnd.choice(fl)
    idt = rnd.choice(["NIN Slip", "International Passport", "Voter's Card", "Driver's Licence", "National ID Card"])
    if idt == "International Passport":
        idn = "%s%08d" % (rnd.choice("ABD"), rnd.randint(0, 99999999))
    elif idt == "Voter's Card":
        idn = "90F5%s%s" % ("".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)), "%04d" % rnd.randint(0, 9999))
    elif idt == "Driver's Licence":
        idn = "%s%s%05d%s%02d" % (rnd.choice(["LAG", "ABJ", "KAN", "OGN", "ENU"]), "", rnd.randint(0, 99999), "".join(rnd.choice("ABCDEFGH") for _ in range(2)), rnd.randint(10, 99))
    else:
        idn = nin
    email = "" if rnd.random() < 0.25 else "%s.%s%s@%s" % (first.lower(), sur.lower(), rnd.choice(["", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com"]))
    br = rnd.choice(branches)
    onb = rdate(datetime.date(2008, 1, 1), datetime.date(2026, 10, 31))
    tier = rnd.choice(["TIER 1", "TIER 2", "TIER 3", "TIER 3"])
    customers.append(["CIF%07d" % (1200000 + i * 37 + rnd.randint(0, 30)), bvn, nin if rnd.random() < 0.85 else "", title,
                      sur.upper(), first.upper(), mid.upper(), d(dob), "F" if female else "M",
                      rnd.choice(["Single", "Married", "Married", "Widowed", "Divorced"]), phone(), email, addr, city, res,
                      origin, lga, rnd.choice(OCCUPATIONS), maiden.upper(), kin, phone(False), idt, idn, tier,
                      rnd.choice(["LOW", "LOW", "LOW", "MEDIUM", "HIGH"]), "Y" if rnd.random() < 0.03 else "N",
                      br[0], rnd.choice(officers), d(onb)])
    names.append((first, sur))
CH = ["CIF_ID", "BVN", "NIN", "TITLE", "SURNAME", "FIRST_NAME", "MIDDLE_NAME", "DATE_OF_BIRTH", "GENDER", "MARITAL_STATUS",
      "PHONE_NUMBER", "EMAIL", "RESIDENTIAL_ADDRESS", "CITY", "STATE_OF_RESIDENCE", "STATE_OF_ORIGIN", "LGA_OF_ORIGIN",
      "OCCUPATION", "MOTHERS_MAIDEN_NAME", "NEXT_OF_KIN", "NEXT_OF_KIN_PHONE", "MEANS_OF_ID", "ID_NUMBER", "KYC_TIER",
      "RISK_RATING", "PEP_FLAG", "SOL_ID", "ACCOUNT_OFFICER", "ONBOARDING_DATE"]

accounts, acct_owner = [], {}
serials = set()
for ci, c in enumerate(customers):
    for k in range(1 if rnd.random() < 0.7 else rnd.choice([2, 2, 3])):
        while True:
            s = "%09d" % rnd.randint(0, 999999999)
            if s not in serials:
                serials.add(s); break
        no = nuban(OWN_BANK, s)
        scheme = rnd.choice(["SBGEN", "SBGEN", "SBKID", "CAIND", "DOMUSD", "SBTGT"]) if k else rnd.choice(["SBGEN", "SBGEN", "CAIND"])
        cur = "USD" if scheme == "DOMUSD" else "NGN"
        bal = round(rnd.uniform(0, 4000 if cur == "USD" else 2500000), 2)
        accounts.append([no, c[0], scheme, {"SBGEN": "Savings - Regular", "SBKID": "Kiddies Savings", "CAIND": "Current - Individual",
                                              "DOMUSD": "Domiciliary - USD", "SBTGT": "Target Savings"}[scheme], cur, c[26],
                         d(rdate(datetime.date(2008, 1, 1), datetime.date(2026, 10, 31))),
                         rnd.choice(["ACTIVE", "ACTIVE", "ACTIVE", "DORMANT", "PND"]), "%.2f" % bal])
        acct_owner[no] = ci
AH = ["FORACID", "CIF_ID", "SCHM_CODE", "SCHM_DESC", "ACCT_CRNCY_CODE", "SOL_ID", "ACCT_OPN_DATE", "ACCT_STATUS", "CLR_BAL_AMT"]

ngn = [a for a in accounts if a[4] == "NGN"]
tx, seq = [], 0
bal = {a[0]: float(a[8]) for a in accounts}
ext_given = GIVEN
for i in range(2400):
    a = rnd.choice(ngn)
    own = names[acct_owner[a[0]]]
    t = datetime.datetime(2026, 9, 1) + datetime.timedelta(seconds=rnd.randint(0, 86 * 86400))
    ch = rnd.choice(["NIP", "NIP", "NIP", "POS", "ATM", "USSD", "MOBILE", "CHARGE", "BRANCH"])
    amt = {"NIP": rnd.choice([5000, 10000, 15000, 25000, 50000, 150000, 2500, 7500]) + rnd.choice([0, 0, 500, 250]),
           "POS": round(rnd.uniform(500, 95000), 2), "ATM": rnd.choice([5000, 10000, 20000, 40000]),
           "USSD": rnd.choice([100, 200, 500, 1000, 2000]), "MOBILE": rnd.choice([3000, 12000, 30000, 75000]),
           "CHARGE": rnd.choice([10.75, 26.88, 53.75, 4.00, 50.00]), "BRANCH": rnd.choice([50000, 100000, 200000, 350000])}[ch]
    cr = ch in ("NIP", "BRANCH") and rnd.random() < 0.45
    sess, cbank, cacct = "", "", ""
    if ch in ("NIP", "MOBILE"):
        b = rnd.choice(BANKS)
        cbank = b[1]
        cacct = nuban(b[0], "%09d" % rnd.randint(0, 999999999))
        sess = "000%s%s%012d" % (b[0] if cr else OWN_BANK, t.strftime("%y%m%d%H%M%S"), rnd.randint(0, 10 ** 12 - 1))
        if rnd.random() < 0.3:
            cn = names[rnd.randrange(len(names))]
            cp = "%s %s" % (cn[1].upper(), cn[0].upper())
        else:
            cp = "%s %s %s" % (rnd.choice(FAMILY).upper(), rnd.choice(ext_given).upper(), rnd.choice(ext_given)[0])
        if cr:
            narr = rnd.choice(["NIP/%s/%s/%s" % (b[1].split()[0], cp, rnd.choice(["Transfer", "school fees", "for upkeep", "rent balance", "thanks"])),
                               "NIP FRM %s-%s" % (cp, rnd.choice(["Transfer", "IFO %s %s" % (own[1].upper(), own[0].upper()), "contribution"]))])
        else:
            narr = rnd.choice(["NIP TRF TO %s/%s" % (cp, rnd.choice(["food stuff", "house rent", "ajo contribution", "Transfer", "goods"])),
                               "MOB/UTO/%s/%s" % (cp, rnd.choice(["Trf", "for Mummy", "salary adv"])),
                               "TRF/%s/%s/FRM %s %s" % (b[1], cp, own[1].upper(), own[0].upper())])
    elif ch == "POS":
        narr = "POS/WEB PURCHASE/%s/%s" % (rnd.choice(["SHOPRITE IKEJA CITY MALL", "SPAR LEKKI", "JUMIA NG", "BOLT.EU/O/2609",
                                                       "MTN NIGERIA", "DSTV SUBSCRIPTION", "MAMA CASS RESTAURANT", "TOTALENERGIES AWOLOWO RD",
                                                       "BUKKA HUT WUSE", "CHICKEN REPUBLIC KANO"]), "%06d" % rnd.randint(0, 999999))
    elif ch == "ATM":
        narr = "ATM WDL @ %s %s" % ("%08d" % rnd.randint(10000000, 10999999), rnd.choice(["IKEJA", "LEKKI PH1", "WUSE II", "BOMPAI", "ONITSHA", "UNILAG"]))
    elif ch == "USSD":
        narr = "USSD/AIRTIME/%s/%s" % (rnd.choice(["MTN", "GLO", "AIRTEL", "9MOBILE"]), phone(False))
    elif ch == "CHARGE":
        narr = rnd.choice(["SMS ALERT CHARGES SEP 2026", "NIP TRANSFER FEE", "VAT ON NIP TRANSFER FEE", "CARD MAINTENANCE FEE",
                           "ELECTRONIC MONEY TRANSFER LEVY", "ACCOUNT MAINTENANCE FEE Q3"])
    else:
        narr = "CASH DEP BY %s %s" % (rnd.choice(FAMILY).upper(), rnd.choice(GIVEN).upper()) if cr else "CHQ WDL %s" % ("%08d" % rnd.randint(0, 10 ** 8))
    bal[a[0]] += amt if cr else -amt
    seq += rnd.randint(1, 40)
    tx.append(["S%08d" % (41200000 + seq), a[0], t.strftime("%d-") + MON[t.month - 1] + t.strftime("-%Y %H:%M:%S"),
               d(t.date() if rnd.random() < 0.9 else t.date() + datetime.timedelta(days=1)), "C" if cr else "D", ch,
               "%.2f" % amt, "%.2f" % bal[a[0]], sess, cbank, cacct, narr])
tx.sort(key=lambda r: r[0])
TH = ["TRAN_ID", "FORACID", "TRAN_DATE", "VALUE_DATE", "PART_TRAN_TYPE", "CHANNEL", "TRAN_AMT", "BALANCE", "SESSION_ID",
      "COUNTERPARTY_BANK", "COUNTERPARTY_ACCOUNT", "NARRATION"]
BH = ["SOL_ID", "SOL_DESC", "STATE", "REGION", "BRANCH_MANAGER", "BRANCH_TYPE"]


def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)


write("branches", BH, branches)
write("customers", CH, customers)
write("accounts", AH, accounts)
write("transactions", TH, tx)

L = {}
for c, lab in zip(CH, ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NATIONAL_ID", "NON_IDENTIFYING", "FAMILY_NAME", "GIVEN_NAME",
                       "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                       "STREET_ADDRESS", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING", "COUNTY", "NON_IDENTIFYING", "NAME",
                       "NAME", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE"]):
    L["customers." + c] = lab
for c, lab in zip(AH, ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING"]):
    L["accounts." + c] = lab
for c, lab in zip(TH, ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "ACCOUNT_NUMBER",
                       "FREE_TEXT"]):
    L["transactions." + c] = lab
for c, lab in zip(BH, ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING"]):
    L["branches." + c] = lab
gold = {"dataset": "kyc-bank-ng",
        "description": "Invented Nigerian commercial bank KYC and core-banking extract (Finacle-style headers), ',', dd-MMM-yyyy upper-case months: 320 customers (CIF_ID, BVN 11 digits starting 22, NIN 11 digits, title, SURNAME/FIRST_NAME/MIDDLE_NAME in Yoruba, Igbo and Hausa upper case, DOB incl. 1929-1935, +234 mobiles, e-mail, residential address, city, state of residence and of origin (kept), LGA of origin (COUNTY), occupation, MOTHERS_MAIDEN_NAME, NEXT_OF_KIN and phone 080x, means of ID and ID_NUMBER (passport, VIN, driver's licence or the NIN), KYC tier, risk, PEP flag, SOL_ID, account officer, onboarding date), 457 accounts (FORACID = NUBAN with CBN check digit over bank code 232, scheme code and description, currency, SOL_ID, open date, status, balance), 2400 transactions (TRAN_ID S+8 digits, FORACID, date-times, C/D, channel, amount, balance, 30-digit NIP SESSION_ID, counterparty bank and NUBAN, NARRATION naming counterparties and the account holder: FREE_TEXT), 16 branches (SOL_ID, name, state, region, manager). Coincidences: surnames Ogun, Kano, Ekiti and Lagos beside the states Ogun, Kano, Ekiti and Lagos.",
        "delimiter": ",", "entity": "customers", "columns": L,
        "foreignKeys": [{"column": "accounts.CIF_ID", "references": "customers.CIF_ID"},
                        {"column": "transactions.FORACID", "references": "accounts.FORACID"},
                        {"column": "customers.SOL_ID", "references": "branches.SOL_ID"},
                        {"column": "accounts.SOL_ID", "references": "branches.SOL_ID"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

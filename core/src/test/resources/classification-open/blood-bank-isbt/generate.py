#!/usr/bin/env python3
"""Writes blood-bank-isbt: an invented export of a FICTIONAL UK blood establishment's donor and component system
(seeded, stdlib only), ','. sites (14 collection sites and sessions), donors (900: donor number, NHS number with its
mod-11 check digit, title, names, DOB dd-MMM-yyyy, sex, ABO, RhD, Rh phenotype, Kell, CMV, HLA-A/B typing (platelet
donors), postcode, mobile, e-mail, registered date, total donations, deferral code/reason/until, status), donations
(3,000: ISBT 128 donation identification number written 'G0765 25 123456 00 K' (facility, year, sequence, flag
characters, ISO 7064 mod 37-2 check character), donor number, collection date dd/mm/yyyy, start time, site, procedure,
ISBT 128 product code 'E0332V00', volume mL, Hb g/L (empty when copper sulphate passed), Hb method, BP, pulse, arm,
phlebotomist (staff), outcome, release status), adverse_reactions (48: reaction id, DIN, donor number, date and time,
category, severity, onset, narrative naming staff, reported by (staff), outcome). Deliberate coincidences: the sites
'Chester Racecourse' and 'Wakefield Cathedral' beside the surnames Chester and Wakefield; the deferral reason
'Travel - Jordan (malaria risk review)' beside the given name Jordan."""
import csv, json, random, datetime
rnd = random.Random(680303)
GIVEN_M = ["James", "David", "Jordan", "Michael", "Daniel", "Tomasz", "Adeel", "Kwame", "Stephen", "Rhys", "Gareth",
           "Matthew", "Sanjay", "Craig", "Neil", "Arjun"]
GIVEN_F = ["Sarah", "Emma", "Claire", "Laura", "Helen", "Jordan", "Priya", "Katarzyna", "Amina", "Rebecca", "Joanne",
           "Sian", "Grace", "Megan", "Nicola", "Yetunde"]
FAMILY = ["Smith", "Jones", "Chester", "Wakefield", "Patel", "Roberts", "Evans", "Hughes", "Mahmood", "Nowak",
          "Mensah", "Thomas", "Lewis", "Morgan", "Kaur", "Wood", "Harrison", "Murray", "Bell", "Fletcher", "Ahmed",
          "Walsh", "Campbell", "Baxter"]
SITES = [("LDC01", "Leeds Donor Centre", "Fixed", "North"), ("MDC02", "Manchester Plymouth Grove DC", "Fixed", "North West"),
         ("CHR17", "Chester Racecourse", "Mobile", "North West"), ("WKF22", "Wakefield Cathedral", "Mobile", "North"),
         ("HGT31", "Harrogate Methodist Church", "Mobile", "North"), ("SHF05", "Sheffield Donor Centre", "Fixed", "North"),
         ("YRK40", "York Knavesmire Suite", "Mobile", "North"), ("BRD12", "Bradford Cathedral Hall", "Mobile", "North"),
         ("LIV03", "Liverpool Donor Centre", "Fixed", "North West"), ("WIG44", "Wigan Robin Park", "Mobile", "North West"),
         ("HUD18", "Huddersfield Town Hall", "Mobile", "North"), ("PRE27", "Preston Guild Hall", "Mobile", "North West"),
         ("DON08", "Doncaster Racecourse", "Mobile", "North"), ("HLL09", "Hull Donor Suite", "Fixed", "North")]
PCS = ["LS6", "LS8", "LS17", "M13", "M20", "CH1", "CH4", "WF1", "WF3", "HG1", "S10", "S11", "YO24", "BD9", "L18", "WN1",
       "HD1", "PR1", "DN4", "HU5"]
STAFF = ["Nurse A. Okafor", "Nurse K. Byrne", "DCA P. Singh", "DCA L. Moss", "Nurse J. Whitfield", "DCA R. Hollis",
         "Nurse M. Tran", "DCA S. O'Neill", "Nurse D. Achebe", "DCA F. Quinn"]
DEFER = [("", "", 0), ("LHB", "Low haemoglobin", 90), ("TAT", "Tattoo or piercing within 4 months", 120),
         ("TRV", "Travel - malaria risk area", 180), ("TRJ", "Travel - Jordan (malaria risk review)", 120),
         ("MED", "Medication - isotretinoin", 30), ("INF", "Infection - antibiotics course", 14),
         ("DNT", "Dental treatment", 7), ("PRG", "Pregnancy", 270), ("VVR", "Previous severe vasovagal reaction", 365)]
PROD = [("WB", "E0332V00", 470), ("WB", "E0336V00", 470), ("APH-PLT", "E6847V00", 250), ("APH-PLT", "E6849V00", 230),
        ("APH-PLS", "E7644V00", 600)]
HLA_A = ["A*01:01", "A*02:01", "A*03:01", "A*11:01", "A*24:02", "A*26:01", "A*29:02", "A*31:01", "A*68:01"]
HLA_B = ["B*07:02", "B*08:01", "B*15:01", "B*18:01", "B*35:01", "B*40:01", "B*44:02", "B*51:01", "B*57:01"]
C37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
def mod37(s):
    p = 0
    for ch in s:
        p = ((p + C37.index(ch)) * 2) % 37
    return C37[(38 - p) % 37]
def nhs():
    while True:
        d = [rnd.randint(0, 9) for _ in range(9)]; d[0] = rnd.choice([4, 6, 9])
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c); return "%s %s %s" % (s[:3], s[3:6], s[6:])
def pc():
    return "%s %d%s%s" % (rnd.choice(PCS), rnd.randint(1, 9), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"), rnd.choice("ABDEFGHJLNPQRSTUWXYZ"))
sites = [["Site Code", "Site Name", "Site Type", "Region"]] + [list(s) for s in SITES]
don = [["Donor Number", "NHS Number", "Title", "Forename", "Surname", "DOB", "Sex", "ABO", "RhD", "Rh Phenotype",
        "Kell", "CMV", "HLA-A", "HLA-B", "Postcode", "Mobile", "Email", "Registered", "Total Donations",
        "Deferral Code", "Deferral Reason", "Deferred Until", "Status"]]
donors = []; dnums = set()
for i in range(900):
    male = rnd.random() < 0.47
    fn = rnd.choice(GIVEN_M if male else GIVEN_F); sn = rnd.choice(FAMILY)
    dob = datetime.date(1952, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 55))
    while True:
        dn = "%07d%s" % (rnd.randint(1000000, 9999999), rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
        if dn not in dnums: dnums.add(dn); break
    abo = rnd.choices(["O", "A", "B", "AB"], [44, 42, 10, 4])[0]; rh = "NEG" if rnd.random() < 0.17 else "POS"
    plt = rnd.random() < 0.12
    d = rnd.choices(DEFER, [70, 6, 4, 4, 2, 3, 3, 2, 3, 3])[0]
    if male and d[0] == "PRG": d = DEFER[0]
    reg = datetime.date(2000, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 25))
    until = (datetime.date(2025, 11, 1) + datetime.timedelta(days=rnd.randint(1, d[2]))).strftime("%d/%m/%Y") if d[2] else ""
    row = [dn, nhs(), rnd.choice(["Mr"] if male else ["Mrs", "Ms", "Miss"]) if rnd.random() < 0.9 else "Dr", fn, sn,
           dob.strftime("%d-%b-%Y"), "M" if male else "F", abo, rh,
           rnd.choice(["R1r", "R1R1", "R2r", "R1R2", "rr", "R0r"]) if rh == "POS" else "rr", rnd.choices(["K-", "K+"], [91, 9])[0],
           rnd.choice(["NEG", "NEG", "POS"]), " ".join(sorted(rnd.sample(HLA_A, 2))) if plt else "",
           " ".join(sorted(rnd.sample(HLA_B, 2))) if plt else "", pc(),
           "" if rnd.random() < 0.05 else "07700 9%05d" % rnd.randint(0, 99999),
           "" if rnd.random() < 0.2 else "%s.%s%d@%s" % (fn.lower(), sn.lower(), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"])),
           reg.strftime("%d/%m/%Y"), "0", d[0], d[1], until, "Deferred" if d[0] else "Active"]
    don.append(row); donors.append((row, plt))
dons = [["DIN", "Donor Number", "Collection Date", "Start Time", "Site Code", "Procedure", "Product Code", "Volume (mL)",
         "Hb (g/L)", "Hb Method", "BP", "Pulse", "Arm", "Phlebotomist", "Outcome", "Release Status"]]
seq = 100000; count = {}
weights = [rnd.paretovariate(1.3) for _ in donors]
picks = rnd.choices(range(900), weights, k=3000)
dates = sorted(datetime.datetime(2025, 1, 2, 8, 30) + datetime.timedelta(days=rnd.randint(0, 330), minutes=rnd.randint(0, 600)) for _ in picks)
for k, when in zip(picks, dates):
    row, plt = donors[k]
    proc, code, vol = rnd.choice(PROD[2:]) if plt else rnd.choice(PROD[:2])
    seq += rnd.randint(1, 40)
    din13 = "G0765%s%06d" % (when.strftime("%y"), seq)
    din = "%s %s %s 00 %s" % (din13[:5], din13[5:7], din13[7:], mod37(din13))
    site = rnd.choice(SITES)[0]
    method = "CuSO4" if rnd.random() < 0.45 else "HemoCue"
    hb = rnd.randint(118, 172) if row[6] == "M" else rnd.randint(112, 158)
    outcome = rnd.choices(["Complete", "Partial - under volume", "Failed venepuncture", "Not bled - low Hb"], [90, 5, 2, 3])[0]
    if outcome == "Not bled - low Hb": hb = rnd.randint(100, 124); method = "HemoCue"
    dons.append([din, row[0], when.strftime("%d/%m/%Y"), when.strftime("%H:%M"), site, proc,
                 code if outcome != "Not bled - low Hb" else "", str(vol + rnd.randint(-15, 15)) if outcome == "Complete" else (str(rnd.randint(90, 380)) if outcome.startswith("Partial") else ""),
                 "" if method == "CuSO4" else str(hb), method, "%d/%d" % (rnd.randint(100, 160), rnd.randint(60, 95)),
                 str(rnd.randint(52, 98)), rnd.choice("LR"), rnd.choice(STAFF), outcome,
                 rnd.choices(["Released", "Quarantine", "Discarded - expired", "Discarded - reactive screen"], [88, 6, 4, 2])[0] if outcome == "Complete" else ""])
    count[k] = count.get(k, 0) + 1
for k, (row, plt) in enumerate(donors):
    row[18] = str(count.get(k, 0) + rnd.randint(0, 40))
CAT = ["Vasovagal - immediate", "Vasovagal - delayed", "Haematoma/bruise", "Arterial puncture", "Painful arm",
       "Citrate reaction", "Nerve irritation"]
ar = [["Reaction ID", "DIN", "Donor Number", "Reaction Date", "Category", "Severity", "Onset", "Narrative",
       "Reported By", "Outcome"]]
for n, d in enumerate(sorted(rnd.sample(dons[1:], 48), key=lambda r: r[0])):
    st = rnd.choice(STAFF); other = rnd.choice([s for s in STAFF if s != st])
    cat = rnd.choice(CAT) if d[5] == "WB" else rnd.choice(["Citrate reaction", "Vasovagal - immediate"])
    narr = rnd.choice(["Donor felt faint at 300 mL, %s stopped bleed and laid donor flat; recovered in 10 min." % other.split(" ", 1)[1],
                       "Bruise noted at refreshment area, %s applied pressure and cold pack." % st.split(" ", 1)[1],
                       "Tingling lips during return cycle, calcium given per protocol by %s." % other,
                       "Donor phoned next day reporting arm pain; advice given by %s." % other,
                       "Brief LOC in refreshment area, witnessed by %s. Ambulance not required." % other,
                       "Mild dizziness, fluids given, observed 20 min."])
    ar.append(["AR%05d" % (2100 + n * 3), d[0], d[1], d[2] + " " + d[3], cat, rnd.choice(["Mild", "Mild", "Moderate", "Severe"]),
               rnd.choice(["On chair", "On chair", "Refreshment area", "After leaving session"]), narr, st,
               rnd.choice(["Recovered on session", "Recovered on session", "Referred to GP", "Deferred 1 year"])])
def w(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
w("sites", sites); w("donors", don); w("donations", dons); w("adverse_reactions", ar)
L = {"sites": ["NON_IDENTIFYING"] * 4,
     "donors": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NON_IDENTIFYING", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH",
                "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                "NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"],
     "donations": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "adverse_reactions": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE",
                           "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "FREE_TEXT", "NAME", "NON_IDENTIFYING"]}
heads = {"sites": sites[0], "donors": don[0], "donations": dons[0], "adverse_reactions": ar[0]}
cols = {t + "." + c: l for t in heads for c, l in zip(heads[t], L[t])}
gold = {"dataset": "blood-bank-isbt",
        "description": "Invented UK blood establishment export, ',': 14 collection sites (code, name, fixed/mobile, region), 900 donors (donor number '1234567X', NHS number '943 476 5919' with mod-11 check digit, title, forename, surname, DOB dd-MMM-yyyy, sex, ABO, RhD POS/NEG, Rh phenotype R1r, Kell, CMV, HLA-A and HLA-B typing 'A*02:01 A*24:02' for the 12% platelet donors, postcode, mobile, e-mail, registered date, total donations, deferral code/reason/until, status), 3,000 donations (ISBT 128 DIN 'G0765 25 123456 00 K' with flag characters and mod 37-2 check character, donor number, collection date dd/MM/yyyy, start time HH:mm, site code, procedure, ISBT 128 product code 'E0332V00', volume mL, Hb g/L (empty under CuSO4), Hb method, BP '128/82', pulse, arm, phlebotomist (staff), outcome, release status; Pareto skew of donations over donors), 48 adverse reactions (id 'AR02100', DIN, donor number, date and time, category, severity, onset, narrative naming staff, reported by (staff), outcome). DIN OTHER_UNIQUE_IDENTIFIER (one donation of one donor); HLA typing QUASI_IDENTIFIER; site names NON_IDENTIFYING; staff NAME. Sites 'Chester Racecourse' and 'Wakefield Cathedral' beside the surnames Chester and Wakefield, deferral reason 'Travel - Jordan (malaria risk review)' beside the given name Jordan are deliberate",
        "delimiter": ",", "entity": "donors", "columns": cols,
        "foreignKeys": [{"column": "donations.Donor Number", "references": "donors.Donor Number"},
                        {"column": "donations.Site Code", "references": "sites.Site Code"},
                        {"column": "adverse_reactions.DIN", "references": "donations.DIN"},
                        {"column": "adverse_reactions.Donor Number", "references": "donors.Donor Number"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

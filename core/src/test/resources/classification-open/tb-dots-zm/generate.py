#!/usr/bin/env python3
"""Writes tb-dots-zm: an invented TB treatment register (DOTS) export of FICTIONAL Lusaka District facilities in Zambia
(breaker89; seeded, Python standard library only), in the layout of the national TB register's electronic line list.
',', dd/mm/yyyy, English headers as the register's columns. facilities (12: Facility Code 'LSK-KNY', Facility Name
'Kanyama Level 1 Hospital', Type, District, Province), patients (1,200: District TB No 'LSK/2024/0123', NRC No
'123456/78/1' (6-digit serial / district code / 1 citizen; the NRC has no check digit) on 88%, Surname, First Name,
Sex M/F, Age (a few over 89), Township, Compound, House/Plot No 'Plot 1234' / 'H/No 45 Rd 3', Phone '+260 97x xxx xxx' /
'097xxxxxxx', Facility (code FK), Date Registered, Type of Patient New/Relapse/..., Disease Site P-BC/P-CD/EP, HIV
Status, On ART, Regimen '2RHZE/4RH', Treatment Start, DOT Supporter (name), Relation, Supporter Phone, Outcome, Outcome
Date, Remarks (free text naming a relative with a phone on 6%)), sputum (2,900 follow-up examinations: Lab Serial No,
District TB No, Month 0/2/3/5/6, Date Collected, Smear Result Neg/Scanty 5/1+/2+/3+, GeneXpert, Weight (kg) '54.5', Lab
Tech (staff, many rows)), dot_log (1,600 monthly DOT card summaries: TB No, Month 'Mar-2024', Doses Taken, Doses Missed,
Pill Count OK, Side Effects, Recorded By (staff)).
Deliberate coincidences: the surnames Kabwe, Mansa and Chipata beside the towns Kabwe, Mansa and Chipata (Township for
patients moved from the Copperbelt/Eastern); the given name George beside George compound and 'George Health Post';
the given name Mary beside 'Mary Begg Health Services'; lab tech Banda beside patients surnamed Banda; Chawama compound
beside 'Chawama Level 1 Hospital'."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(890303)
GIVEN = ["George", "Mwansa", "Chanda", "Mulenga", "Bwalya", "Joseph", "Emmanuel", "Moses", "Kelvin", "Brian", "Davies",
         "Patrick", "Lazarous", "Boniface", "Chileshe", "Kennedy", "Gift", "Prince", "Mary", "Grace", "Mercy", "Memory",
         "Precious", "Esther", "Ruth", "Natasha", "Chipo", "Mutinta", "Thandiwe", "Loveness", "Agness", "Florence",
         "Charity", "Nchimunya", "Beauty", "Ireen"]
FEMALE = set(GIVEN[18:])
FAMILY = ["Banda", "Phiri", "Mwale", "Zulu", "Tembo", "Daka", "Ngoma", "Mulenga", "Chanda", "Bwalya", "Musonda", "Lungu",
          "Sakala", "Mumba", "Kabwe", "Mansa", "Chipata", "Hamoonga", "Siame", "Nkhoma", "Mbewe", "Kunda", "Simfukwe",
          "Chilufya", "Kapata", "Nyirenda", "Mutale", "Sichone", "Hachilensa", "Muleya"]
FAC = [["LSK-KNY", "Kanyama Level 1 Hospital", "1st Level Hospital", "Lusaka", "Lusaka"],
       ["LSK-CHW", "Chawama Level 1 Hospital", "1st Level Hospital", "Lusaka", "Lusaka"],
       ["LSK-MTR", "Matero Level 1 Hospital", "1st Level Hospital", "Lusaka", "Lusaka"],
       ["LSK-CHL", "Chilenje Level 1 Hospital", "1st Level Hospital", "Lusaka", "Lusaka"],
       ["LSK-GRG", "George Health Post", "Health Post", "Lusaka", "Lusaka"],
       ["LSK-CHP", "Chipata Level 1 Hospital", "1st Level Hospital", "Lusaka", "Lusaka"],
       ["LSK-CHA", "Chainda Health Centre", "Urban Health Centre", "Lusaka", "Lusaka"],
       ["LSK-MTD", "Mtendere Health Centre", "Urban Health Centre", "Lusaka", "Lusaka"],
       ["LSK-KLG", "Kalingalinga Health Centre", "Urban Health Centre", "Lusaka", "Lusaka"],
       ["LSK-MBH", "Mary Begg Health Services", "Private Clinic", "Lusaka", "Lusaka"],
       ["LSK-NGW", "Ngwerere Health Centre", "Rural Health Centre", "Chongwe", "Lusaka"],
       ["LSK-LBC", "Lusaka Central Prison Clinic", "Prison Clinic", "Lusaka", "Lusaka"]]
COMP = {"LSK-KNY": ["Kanyama", "John Laing", "Kanyama West"], "LSK-CHW": ["Chawama", "Kuku", "John Howard"],
        "LSK-MTR": ["Matero", "Lilanda", "Chunga"], "LSK-CHL": ["Chilenje", "Chilenje South", "Libala"],
        "LSK-GRG": ["George", "Lilanda West"], "LSK-CHP": ["Chipata Compound", "Ngombe", "Garden"],
        "LSK-CHA": ["Chainda", "Mtendere East"], "LSK-MTD": ["Mtendere", "Kalikiliki"], "LSK-KLG": ["Kalingalinga", "Kamwala South"],
        "LSK-MBH": ["Roma", "Olympia", "Kabulonga"], "LSK-NGW": ["Ngwerere", "Chiwala"], "LSK-LBC": ["Lusaka Central Prison"]}
LABTECH = ["J. Banda", "C. Mwale", "M. Siame", "R. Tembo", "N. Hamoonga"]
CLERK = ["TB Corner - Sr. Phiri", "CHW Memory Lungu", "TSO Kunda", "Sr. Nyirenda", "CHW Moses Daka"]
REL = ["Wife", "Husband", "Mother", "Father", "Sister", "Brother", "Son", "Daughter", "Aunt", "Uncle", "Neighbour", "CHW", "Friend"]
def phone():
    p = rnd.choice(["97", "96", "95", "77", "76", "97"]) + str(rnd.randint(0, 9)) + "".join(rnd.choice("0123456789") for _ in range(6))
    r = rnd.random()
    return ("+260 " + p[:3] + " " + p[3:6] + " " + p[6:]) if r < 0.45 else ("0" + p) if r < 0.85 else ("260" + p) if r < 0.93 else ("0" + p[:2] + "-" + p[2:])
def d(x):
    return x.strftime("%d/%m/%Y")
patients = []; seq = {}
for i in range(1200):
    fac = rnd.choices(FAC, [18, 16, 16, 12, 6, 10, 6, 6, 5, 2, 2, 1])[0]
    reg = datetime.date(2023, 1, 1) + datetime.timedelta(days=rnd.randrange(600))
    seq[reg.year] = seq.get(reg.year, 0) + 1
    tbno = "LSK/%d/%04d" % (reg.year, seq[reg.year])
    fem = rnd.random() < 0.38
    g = rnd.choice(GIVEN[18:] if fem else GIVEN[:18]); f = rnd.choice(FAMILY)
    age = rnd.randint(91, 96) if rnd.random() < 0.008 else rnd.choice([rnd.randint(1, 14), rnd.randint(15, 45), rnd.randint(15, 45), rnd.randint(46, 85)])
    nrc = "%06d/%02d/1" % (rnd.randint(100000, 999999), rnd.choice([10, 11, 12, 13, 14, 16, 21, 31, 33, 41, 61, 71])) if age >= 16 and rnd.random() < 0.88 else ""
    town = "Lusaka" if rnd.random() < 0.9 else rnd.choice(["Kabwe", "Mansa", "Chipata", "Kafue", "Chongwe"])
    comp = rnd.choice(COMP[fac[0]]) if town == "Lusaka" else ""
    r = rnd.random()
    plot = ("Plot %d" % rnd.randint(1, 9999)) if r < 0.45 else ("H/No %d Rd %d" % (rnd.randint(1, 300), rnd.randint(1, 40))) if r < 0.75 else ("Hse %d%s" % (rnd.randint(1, 999), rnd.choice("ABC"))) if r < 0.88 else ""
    site = rnd.choices(["P-BC", "P-CD", "EP"], [55, 30, 15])[0]
    hiv = rnd.choices(["Positive", "Negative", "Unknown"], [45, 50, 5])[0]
    start = reg + datetime.timedelta(days=rnd.choice([0, 0, 1, 2, 7]))
    regm = "2RHZE/4RH" if age >= 15 else "2RHZ/4RH (Paed FDC)"
    outcome, od = "", ""
    if (datetime.date(2024, 9, 30) - start).days > 190:
        outcome = rnd.choices(["Cured", "Treatment Completed", "Died", "LTFU", "Failed", "Not Evaluated"], [45, 35, 7, 8, 2, 3])[0]
        if site != "P-BC" and outcome == "Cured":
            outcome = "Treatment Completed"
        od = d(start + datetime.timedelta(days=rnd.randint(30, 100) if outcome in ("Died", "LTFU") else rnd.randint(175, 200)))
    rel = rnd.choice(REL if age >= 15 else ["Mother", "Father", "Aunt", "Grandmother"]); sg = rnd.choice(GIVEN); sf = f if rel not in ("Neighbour", "CHW", "Friend", "Wife") else rnd.choice(FAMILY)
    sup = "%s %s" % (sg, sf) if rnd.random() < 0.92 else ""
    rem = ""
    x = rnd.random()
    if x < 0.06:
        rem = rnd.choice(["Contact tracing: %s %s (%s) %s screened" % (rnd.choice(GIVEN), f, rnd.choice(["child", "spouse", "brother"]), phone()),
                          "Moved to %s, lives with %s %s %s" % (rnd.choice(["Kabwe", "Mansa", "Chipata"]), rnd.choice(GIVEN), rnd.choice(FAMILY), phone())])
    elif x < 0.16:
        rem = rnd.choice(["Referred from UTH", "Transferred in from Chipata", "TPT given to household contacts", "Xpert: Rif resistance not detected",
                          "Patient works at Soweto market", "Defaulted, traced by CHW", "Started ART same day"])
    patients.append([tbno, nrc, f.upper() if rnd.random() < 0.5 else f, g, "F" if fem else "M", str(age), town, comp, plot,
                     phone() if rnd.random() < 0.85 else "", fac[0], d(reg),
                     rnd.choices(["New", "Relapse", "Treatment after LTFU", "Transfer in"], [80, 10, 5, 5])[0], site, hiv,
                     ("Yes" if rnd.random() < 0.85 else "No") if hiv == "Positive" else "", regm, d(start), sup, rel if sup else "",
                     phone() if sup and rnd.random() < 0.8 else "", outcome, od, rem])
P_HEAD = ["District TB No", "NRC No", "Surname", "First Name", "Sex", "Age", "Township", "Compound", "House/Plot No", "Phone",
          "Facility", "Date Registered", "Type of Patient", "Disease Site", "HIV Status", "On ART", "Regimen", "Treatment Start",
          "DOT Supporter", "Relation", "Supporter Phone", "Outcome", "Outcome Date", "Remarks"]
sputum = []; n = 0
MONTHS = [0, 2, 3, 5, 6]
while len(sputum) < 2900:
    p = rnd.choice(patients)
    m = rnd.choice(MONTHS)
    dt = datetime.datetime.strptime(p[17], "%d/%m/%Y").date() + datetime.timedelta(days=m * 30 + rnd.randint(-5, 7))
    smear = "Neg" if m > 0 and rnd.random() < 0.85 else rnd.choice(["Neg", "Scanty %d" % rnd.randint(1, 9), "1+", "2+", "3+"])
    xp = rnd.choice(["MTB Detected, RIF Not Detected", "MTB Not Detected", "MTB Detected Low, RIF Not Detected"]) if m == 0 and rnd.random() < 0.6 else ""
    n += 1
    sputum.append(["S%d-%05d" % (dt.year % 100, n), p[0], str(m), d(dt), smear, xp, "%.1f" % rnd.uniform(12, 85) if int(p[5]) < 15 else "%.1f" % rnd.uniform(38, 82),
                   rnd.choice(LABTECH)])
S_HEAD = ["Lab Serial No", "District TB No", "Month", "Date Collected", "Smear Result", "GeneXpert", "Weight (kg)", "Lab Tech"]
dots = []
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
while len(dots) < 1600:
    p = rnd.choice(patients)
    st = datetime.datetime.strptime(p[17], "%d/%m/%Y").date(); k = rnd.randint(0, 5)
    mm = (st.month - 1 + k) % 12; yy = st.year + (st.month - 1 + k) // 12
    taken = rnd.randint(20, 31); missed = max(0, 30 - taken) if rnd.random() < 0.5 else 0
    dots.append([p[0], "%s-%d" % (MON[mm], yy), str(taken), str(missed), rnd.choice(["Yes", "Yes", "Yes", "No"]),
                 rnd.choice(["None", "None", "None", "Nausea", "Joint pains", "Rash", "Orange urine (counselled)"]), rnd.choice(CLERK)])
D_HEAD = ["TB No", "Month", "Doses Taken", "Doses Missed", "Pill Count OK", "Side Effects", "Recorded By"]
F_HEAD = ["Facility Code", "Facility Name", "Type", "District", "Province"]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)
write("facilities", F_HEAD, FAC)
write("patients", P_HEAD, patients)
write("sputum", S_HEAD, sputum)
write("dot_log", D_HEAD, dots)
L = {}
for c in F_HEAD:
    L["facilities." + c] = "NON_IDENTIFYING"
for c, l in zip(P_HEAD, ["MEDICAL_RECORD_NUMBER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "AGE", "CITY",
                         "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NAME", "NON_IDENTIFYING",
                         "TELEPHONE_NUMBER", "NON_IDENTIFYING", "DATE", "FREE_TEXT"]):
    L["patients." + c] = l
for c, l in zip(S_HEAD, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME"]):
    L["sputum." + c] = l
for c, l in zip(D_HEAD, ["MEDICAL_RECORD_NUMBER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NAME"]):
    L["dot_log." + c] = l
gold = {"dataset": "tb-dots-zm",
        "description": "Invented TB (DOTS) register export of fictional Lusaka District facilities, Zambia (breaker89), ',', dd/mm/yyyy: facilities 12 (Facility Code 'LSK-KNY', name, type, district, province), patients 1,200 (District TB No 'LSK/2024/0123', NRC No '123456/78/1' (88% of adults), Surname (half in capitals), First Name, Sex, Age (a few over 89), Township, Compound, House/Plot No 'Plot 1234'/'H/No 45 Rd 3', Phone '+260 97x xxx xxx'/'097...', Facility (FK), Date Registered, Type of Patient, Disease Site, HIV Status, On ART, Regimen '2RHZE/4RH', Treatment Start, DOT Supporter (name), Relation, Supporter Phone, Outcome, Outcome Date, Remarks naming relatives with phones), sputum 2,900 (Lab Serial No, TB No FK, Month 0/2/3/5/6, Date Collected, Smear Result, GeneXpert, Weight, Lab Tech 'J. Banda'), dot_log 1,600 (TB No FK, Month 'Mar-2024', doses taken/missed, pill count, side effects, Recorded By (staff)). Labels: District TB No MEDICAL_RECORD_NUMBER; NRC NATIONAL_ID; Township CITY; Compound GEOGRAPHIC_SUBDIVISION; House/Plot No STREET_ADDRESS; the facility table NON_IDENTIFYING (institutions), patients.Facility NON_IDENTIFYING; DOT Supporter NAME, Supporter Phone TELEPHONE_NUMBER, Relation NON_IDENTIFYING; dot_log Month 'Mar-2024' QUASI_IDENTIFIER (a month and year, not a full date); Treatment Start, Outcome Date DATE. Coincidences: surnames Kabwe, Mansa, Chipata beside the towns and 'Chipata Level 1 Hospital'/'Chipata Compound'; given name George beside George compound and 'George Health Post'; given name Mary beside 'Mary Begg Health Services'; lab tech J. Banda beside patients Banda; Chawama compound beside 'Chawama Level 1 Hospital'.",
        "delimiter": ",", "entity": "patients", "columns": L,
        "foreignKeys": [{"column": "patients.Facility", "references": "facilities.Facility Code"},
                        {"column": "sputum.District TB No", "references": "patients.District TB No"},
                        {"column": "dot_log.TB No", "references": "patients.District TB No"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

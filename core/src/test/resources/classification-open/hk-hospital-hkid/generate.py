#!/usr/bin/env python3
"""Writes hk-hospital-hkid: an invented export of a fictional Hong Kong public hospital / general out-patient clinic
system (Hospital Authority-like, seeded, stdlib only), ',' separated, dates dd/mm/yyyy. institutions: 14 hospitals and
clinics (code, English and Chinese name, cluster, service type). patients: 420 patients (Patient Key, HKID with its
check digit in parentheses 'A123456(7)' or two-letter 'XA123456(A)', English name 'CHAN Tai Man', Chinese name
'陳大文', sex, DOB, age (some 90+), mobile and home phones of 8 digits, address 'Flat 12B, 18/F, Block 3, Sun Chui
Estate', district in English and Chinese, region, emergency contact name/relation/phone, CSSA status).
attendances: 1,650 (Attn No, Patient Key, Inst code, specialty, date, time, triage, ICD-10 and ICPC-2 codes and
description, doctor 'Dr CHEUNG Ka Ho', BP, pulse, temperature, disposal, fee waiver, remarks naming people on some).
dispensing: 2,900 drug lines (Disp ID, Attn No, item code, drug, dosage, frequency, duration, quantity, dispensing
date, pharmacist, charge HKD). Deliberate coincidences: patients named WONG Tai Sin beside the district Wong Tai Sin,
given name Kwong Wah beside Kwong Wah Hospital, surname YAN and given names Ka Yan beside Yan Chai Hospital, surname
TANG beside Tang Shiu Kin Hospital."""
import csv, json, random
rnd = random.Random(720101)
SURN = [("CHAN", "陳"), ("WONG", "黃"), ("LEE", "李"), ("CHEUNG", "張"), ("LAU", "劉"), ("NG", "吳"), ("LAM", "林"),
        ("HO", "何"), ("LEUNG", "梁"), ("TSANG", "曾"), ("YIP", "葉"), ("CHOW", "周"), ("TANG", "鄧"), ("KWONG", "鄺"),
        ("YAN", "甄"), ("FUNG", "馮"), ("SO", "蘇"), ("MAK", "麥"), ("CHU", "朱"), ("POON", "潘")]
GIVEN = [("Tai Man", "大文", "M"), ("Siu Ming", "小明", "M"), ("Ka Yan", "嘉欣", "F"), ("Wing Sze", "詠詩", "F"),
         ("Chi Keung", "志強", "M"), ("Kwok Wai", "國偉", "M"), ("Mei Ling", "美玲", "F"), ("Wai Man", "慧敏", "F"),
         ("Ka Ho", "家豪", "M"), ("Tsz Ching", "芷晴", "F"), ("Hoi Yan", "凱欣", "F"), ("Chun Kit", "俊傑", "M"),
         ("Yuk Lan", "玉蘭", "F"), ("Sau Ying", "秀英", "F"), ("Tai Sin", "大仙", "M"), ("Kwong Wah", "廣華", "M"),
         ("Kam Fai", "錦輝", "M"), ("Lai Kuen", "麗娟", "F"), ("Siu Fong", "小芳", "F"), ("Wing Hong", "永康", "M")]
ENGFIRST = {"M": ["Peter", "David", "Kenneth", "Alan", "Raymond"], "F": ["Mary", "Jenny", "Winnie", "Gloria", "Cindy"]}
DIST = [("Sha Tin", "沙田", "NTE"), ("Tai Po", "大埔", "NTE"), ("Wong Tai Sin", "黃大仙", "KLN"), ("Kwun Tong", "觀塘", "KLN"),
        ("Sham Shui Po", "深水埗", "KLN"), ("Yau Tsim Mong", "油尖旺", "KLN"), ("Kwai Tsing", "葵青", "NTW"),
        ("Tsuen Wan", "荃灣", "NTW"), ("Tuen Mun", "屯門", "NTW"), ("Yuen Long", "元朗", "NTW"), ("Eastern", "東區", "HK"),
        ("Southern", "南區", "HK"), ("Wan Chai", "灣仔", "HK"), ("Kowloon City", "九龍城", "KLN"), ("North", "北區", "NTE")]
ESTATES = {"Sha Tin": ["Sun Chui Estate", "Lek Yuen Estate", "Wo Che Estate"], "Tai Po": ["Tai Wo Estate", "Fu Shin Estate"],
           "Wong Tai Sin": ["Choi Hung Estate", "Lok Fu Estate", "Tsz Ching Estate"], "Kwun Tong": ["Lam Tin Estate", "Sau Mau Ping Estate"],
           "Sham Shui Po": ["Shek Kip Mei Estate", "Lai Kok Estate"], "Yau Tsim Mong": ["Wing Fat Building, 88 Nathan Road", "Hoi Kwong Court, 23 Reclamation Street"],
           "Kwai Tsing": ["Kwai Fong Estate", "Cheung Hong Estate"], "Tsuen Wan": ["Lei Muk Shue Estate", "Fuk Loi Estate"],
           "Tuen Mun": ["Tai Hing Estate", "Yau Oi Estate"], "Yuen Long": ["Tin Shui Estate", "Long Ping Estate"],
           "Eastern": ["Yiu Tung Estate", "Hing Wah Estate"], "Southern": ["Wah Fu Estate", "Ap Lei Chau Estate"],
           "Wan Chai": ["Kwong Sang Hong Building, 6 Heard Street", "Lee Garden Mansion, 33 Hennessy Road"],
           "Kowloon City": ["Ma Tau Wai Estate", "Oi Man Estate"], "North": ["Choi Yuen Estate", "Wah Ming Estate"]}
INST = [("PWH", "Prince of Wales Hospital", "威爾斯親王醫院", "NTEC", "Acute Hospital"),
        ("NDH", "North District Hospital", "北區醫院", "NTEC", "Acute Hospital"),
        ("KWH", "Kwong Wah Hospital", "廣華醫院", "KWC", "Acute Hospital"),
        ("QEH", "Queen Elizabeth Hospital", "伊利沙伯醫院", "KCC", "Acute Hospital"),
        ("UCH", "United Christian Hospital", "基督教聯合醫院", "KEC", "Acute Hospital"),
        ("YCH", "Yan Chai Hospital", "仁濟醫院", "KWC", "Acute Hospital"),
        ("TMH", "Tuen Mun Hospital", "屯門醫院", "NTWC", "Acute Hospital"),
        ("TSK", "Tang Shiu Kin Hospital", "鄧肇堅醫院", "HKEC", "Ambulatory Care"),
        ("LYG", "Lek Yuen GOPC", "瀝源普通科門診診所", "NTEC", "GOPC"),
        ("TPJ", "Tai Po Jockey Club GOPC", "大埔賽馬會普通科門診診所", "NTEC", "GOPC"),
        ("WTS", "Wong Tai Sin GOPC", "黃大仙普通科門診診所", "KWC", "GOPC"),
        ("SSP", "Shek Kip Mei GOPC", "石硤尾普通科門診診所", "KWC", "GOPC"),
        ("YLG", "Yuen Long Jockey Club GOPC", "元朗賽馬會普通科門診診所", "NTWC", "GOPC"),
        ("AHG", "Aberdeen GOPC", "香港仔普通科門診診所", "HKWC", "GOPC")]
DX = [("I10", "K86", "Essential (primary) hypertension"), ("E11.9", "T90", "Type 2 diabetes mellitus without complications"),
      ("J06.9", "R74", "Acute upper respiratory infection, unspecified"), ("M54.5", "L03", "Low back pain"),
      ("K21.9", "D84", "Gastro-oesophageal reflux disease without oesophagitis"), ("E78.5", "T93", "Hyperlipidaemia, unspecified"),
      ("J45.9", "R96", "Asthma, unspecified"), ("N39.0", "U71", "Urinary tract infection, site not specified"),
      ("L30.9", "S88", "Dermatitis, unspecified"), ("F32.9", "P76", "Depressive episode, unspecified"),
      ("R51", "N01", "Headache"), ("M17.9", "L90", "Gonarthrosis, unspecified"), ("J18.9", "R81", "Pneumonia, unspecified organism"),
      ("S93.4", "L77", "Sprain and strain of ankle")]
DOCS = ["Dr CHEUNG Ka Ho", "Dr LAU Wing Sze", "Dr NG Chun Kit", "Dr HO Mei Ling", "Dr LEUNG Kwok Wai", "Dr SO Hoi Yan",
        "Dr MAK Kam Fai", "Dr CHU Siu Fong", "Dr POON Wing Hong", "Dr FUNG Tsz Ching", "Dr TSANG Chi Keung", "Dr YIP Lai Kuen"]
PHARM = ["CHOW Yuk Lan", "LAM Siu Ming", "WONG Sau Ying", "LEE Kam Fai", "CHAN Wai Man", "KWONG Ka Yan"]
DRUGS = [("AMLO05", "Amlodipine 5mg tab", "1 tab", "DAILY"), ("METF50", "Metformin HCl 500mg tab", "1 tab", "BD"),
         ("SIMV20", "Simvastatin 20mg tab", "1 tab", "NOCTE"), ("PARA50", "Paracetamol 500mg tab", "2 tab", "Q6H PRN"),
         ("LISI10", "Lisinopril 10mg tab", "1 tab", "DAILY"), ("GLIC80", "Gliclazide 80mg tab", "1 tab", "BD"),
         ("ASPI80", "Aspirin 80mg tab", "1 tab", "DAILY"), ("OMEP20", "Omeprazole 20mg cap", "1 cap", "DAILY"),
         ("CHLO04", "Chlorpheniramine maleate 4mg tab", "1 tab", "TDS"), ("AMOX25", "Amoxicillin 250mg cap", "2 cap", "TDS"),
         ("SALB01", "Salbutamol 100mcg inhaler", "2 puffs", "QID PRN"), ("DICL25", "Diclofenac sodium 25mg tab", "1 tab", "TDS"),
         ("METO50", "Metoprolol tartrate 50mg tab", "1 tab", "BD"), ("FRUS40", "Frusemide 40mg tab", "1 tab", "MANE"),
         ("ALLO10", "Allopurinol 100mg tab", "1 tab", "DAILY"), ("DIPH01", "Diphenhydramine mixture 100ml", "10 ml", "TDS")]
DRUG_FOR = {"I10": [0, 4, 12], "E11.9": [1, 5, 6], "E78.5": [2], "J06.9": [3, 8, 15], "M54.5": [3, 11], "K21.9": [7],
            "J45.9": [10], "N39.0": [9], "L30.9": [8], "F32.9": [3], "R51": [3], "M17.9": [3, 11], "J18.9": [9, 3], "S93.4": [11, 3]}
def hkid():
    two = rnd.random() < 0.12
    letters = (rnd.choice("WXR") + rnd.choice("ABCDEFG")) if two else rnd.choice("ACDEGHKPRVYZ")
    digits = "%06d" % rnd.randint(0, 999999)
    vals = ([36] if not two else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    s = sum(v * w for v, w in zip(vals, range(9, 1, -1)))
    chk = (11 - s % 11) % 11
    return "%s%s(%s)" % (letters, digits, "A" if chk == 10 else str(chk))
def phone(first):
    return "%s%07d" % (rnd.choice(first), rnd.randint(0, 9999999))
def fmt_phone(p):
    r = rnd.random()
    return p if r < 0.7 else (p[:4] + " " + p[4:] if r < 0.9 else "+852 " + p[:4] + " " + p[4:])
insts = [[c, e, z, cl, t] for c, e, z, cl, t in INST]
patients = []; used = set()
for i in range(420):
    s, sz = rnd.choice(SURN)
    if i in (7, 88, 203):
        s, sz = "WONG", "黃"; g = GIVEN[14]
    elif i in (15, 140):
        g = GIVEN[15]
    else:
        g = rnd.choice(GIVEN)
    eng = "%s %s" % (s, g[0]) + ((" " + rnd.choice(ENGFIRST[g[2]])) if rnd.random() < 0.15 else "")
    h = hkid()
    while h in used: h = hkid()
    used.add(h)
    age = rnd.choice([rnd.randint(18, 89)] * 9 + [rnd.randint(90, 99)] if rnd.random() < 0.97 else [rnd.randint(90, 101)])
    y = 2024 - age; dob = "%02d/%02d/%d" % (rnd.randint(1, 28), rnd.randint(1, 12), y)
    if age >= 80 and rnd.random() < 0.2: dob = "01/01/%d" % y
    d = rnd.choice(DIST); est = rnd.choice(ESTATES[d[0]])
    addr = ("Flat %d%s, %d/F, %s" % (rnd.randint(1, 40), rnd.choice("ABCDEFGH"), rnd.randint(1, 38), est)) if "Estate" not in est else \
           ("Flat %d%s, %d/F, Block %d, %s" % (rnd.randint(1, 40), rnd.choice("ABCDEFGH"), rnd.randint(1, 38), rnd.randint(1, 9), est))
    if "Estate" in est and rnd.random() < 0.4:
        addr = "Rm %02d%02d, %s House, %s" % (rnd.randint(1, 38), rnd.randint(1, 30), rnd.choice(["Sun", "Lok", "Wo", "Tai", "Fu", "Hing"]) + " " + rnd.choice(["Wing", "Yat", "Hong", "On", "Fai"]), est)
    mob = fmt_phone(phone("5679")) if rnd.random() < 0.9 else ""
    home = fmt_phone(phone("23")) if rnd.random() < 0.55 else ""
    cs, _ = rnd.choice(SURN); cg = rnd.choice(GIVEN)
    rel = rnd.choice(["Son", "Daughter", "Spouse", "Husband", "Wife", "Sister", "Brother", "Friend", "Daughter-in-law"])
    cname = "%s %s" % (s if rel in ("Son", "Daughter", "Brother", "Sister") else cs, cg[0])
    if rnd.random() < 0.12: cname, rel, cph = "", "", ""
    else: cph = fmt_phone(phone("569"))
    patients.append(["%08d" % (30000000 + rnd.randint(0, 69999999)), h, eng, sz + g[1], g[2], dob, str(age), mob, home, addr,
                     d[0], d[1], d[2], cname, rel, cph, rnd.choice(["", "", "", "", "CSSA", "OALA", "Medical Fee Waiver"])])
keys = [p[0] for p in patients]
assert len(set(keys)) == len(keys)
atts = []; wts = [rnd.paretovariate(1.3) for _ in patients]
DISPOSAL = ["Discharged", "FU in GOPC", "FU in SOPC", "Admitted", "Referred to A&E", "Discharged", "FU in GOPC"]
for i in range(1650):
    p = rnd.choices(patients, wts)[0]
    inst = rnd.choice(INST)
    spec = {"GOPC": "GOPC", "Acute Hospital": rnd.choice(["A&E", "MED", "MED", "SUR", "ORT"]), "Ambulatory Care": "GOPC"}[inst[4]]
    dx = rnd.choice(DX)
    dt = "%02d/%02d/%d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.choice([2023, 2024, 2024]))
    rem = ""
    r = rnd.random()
    if r < 0.05: rem = "Accompanied by %s %s (%s)" % (p[13], "", p[14]) if p[13] else "Came alone"
    elif r < 0.08: rem = "Pt requests sick leave %d days" % rnd.randint(1, 5)
    elif r < 0.11: rem = "Defaulted FU, phoned %s" % (p[7] or p[8] or "no contact")
    elif r < 0.13: rem = "Refer to %s, discussed with %s" % (rnd.choice(["SOPC (MED)", "Physio", "Dietitian", "MSW"]), rnd.choice(DOCS))
    rem = rem.replace("  ", " ")
    temp = "%.1f" % (rnd.gauss(36.8, 0.4) if dx[0] not in ("J06.9", "J18.9") else rnd.gauss(38.0, 0.6))
    atts.append(["A%s%07d" % (dt[-2:], 100000 + i * 37 + rnd.randint(0, 30)), p[0], inst[0], spec, dt,
                 "%02d:%02d" % (rnd.randint(8, 21), rnd.choice(range(0, 60, 5))),
                 str(rnd.choice([3, 4, 4, 5, 5])) if spec == "A&E" else "", dx[0], dx[1], dx[2], rnd.choice(DOCS),
                 str(int(rnd.gauss(138, 16))), str(int(rnd.gauss(82, 10))), str(int(rnd.gauss(78, 11))), temp if rnd.random() < 0.8 else "",
                 rnd.choice(DISPOSAL), p[16] and "Y" or rnd.choice(["N", "N", "N", "N", "Y"]), rem])
assert len(set(a[0] for a in atts)) == len(atts)
disp = []; did = 880000
while len(disp) < 2900:
    a = rnd.choice(atts)
    for k in DRUG_FOR[a[7]][:rnd.randint(1, 3)]:
        if len(disp) >= 2900: break
        c, n, dose, fr = DRUGS[k]
        days = rnd.choice([3, 5, 7, 14, 28, 56, 84, 112]) if a[7] not in ("I10", "E11.9", "E78.5") else rnd.choice([28, 56, 84, 112])
        per = {"DAILY": 1, "BD": 2, "NOCTE": 1, "MANE": 1, "TDS": 3, "QID PRN": 4, "Q6H PRN": 4}[fr]
        did += rnd.randint(1, 4)
        qty = days * per * (2 if dose.startswith("2") else 1) if "inhaler" not in n and "mixture" not in n else rnd.randint(1, 3)
        disp.append([str(did), a[0], c, n, dose, fr, str(days), str(qty), a[4],
                     rnd.choice(PHARM) if rnd.random() < 0.93 else "", "%.2f" % (0 if a[16] == "Y" else rnd.choice([0, 0, 15, 20, 5]) * 1.0),
                     rnd.choice(["General", "General", "Special", "SFI"]) if k not in (0, 1, 3) else "General"])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("institutions", ["Inst Code", "Institution (Eng)", "Institution (Chi)", "Cluster", "Service Type"], insts)
write("patients", ["Patient Key", "HKID No.", "Name (Eng)", "Name (Chi)", "Sex", "DOB", "Age", "Mobile", "Tel (Home)",
                   "Address", "District", "District (Chi)", "Region", "Contact Person", "Relationship", "Contact Tel",
                   "Waiver Type"], patients)
write("attendances", ["Attn No", "Patient Key", "Inst Code", "Specialty", "Attn Date", "Attn Time", "Triage Cat",
                      "Principal Dx (ICD-10)", "ICPC-2", "Dx Description", "Attending Doctor", "SBP", "DBP", "Pulse",
                      "Temp (°C)", "Disposal", "Fee Waived", "Remarks"], atts)
write("dispensing", ["Disp ID", "Attn No", "Item Code", "Drug Name", "Dosage", "Freq", "Duration (days)", "Qty",
                     "Disp Date", "Pharmacist", "Charge (HKD)", "Drug Category"], disp)
N = "NON_IDENTIFYING"
cols = {"institutions.Inst Code": N, "institutions.Institution (Eng)": N, "institutions.Institution (Chi)": N,
        "institutions.Cluster": N, "institutions.Service Type": N,
        "patients.Patient Key": "OTHER_UNIQUE_IDENTIFIER", "patients.HKID No.": "NATIONAL_ID", "patients.Name (Eng)": "NAME",
        "patients.Name (Chi)": "NAME", "patients.Sex": N, "patients.DOB": "DATE_OF_BIRTH", "patients.Age": "AGE",
        "patients.Mobile": "TELEPHONE_NUMBER", "patients.Tel (Home)": "TELEPHONE_NUMBER", "patients.Address": "STREET_ADDRESS",
        "patients.District": "GEOGRAPHIC_SUBDIVISION", "patients.District (Chi)": "GEOGRAPHIC_SUBDIVISION", "patients.Region": N,
        "patients.Contact Person": "NAME", "patients.Relationship": N, "patients.Contact Tel": "TELEPHONE_NUMBER",
        "patients.Waiver Type": N,
        "attendances.Attn No": "OTHER_UNIQUE_IDENTIFIER", "attendances.Patient Key": "OTHER_UNIQUE_IDENTIFIER",
        "attendances.Inst Code": N, "attendances.Specialty": N, "attendances.Attn Date": "DATE", "attendances.Attn Time": "DATE",
        "attendances.Triage Cat": N, "attendances.Principal Dx (ICD-10)": N, "attendances.ICPC-2": N,
        "attendances.Dx Description": N, "attendances.Attending Doctor": "NAME", "attendances.SBP": N, "attendances.DBP": N,
        "attendances.Pulse": N, "attendances.Temp (°C)": N, "attendances.Disposal": N, "attendances.Fee Waived": N,
        "attendances.Remarks": "FREE_TEXT",
        "dispensing.Disp ID": "OTHER_UNIQUE_IDENTIFIER", "dispensing.Attn No": "OTHER_UNIQUE_IDENTIFIER", "dispensing.Item Code": N,
        "dispensing.Drug Name": N, "dispensing.Dosage": N, "dispensing.Freq": N, "dispensing.Duration (days)": N,
        "dispensing.Qty": N, "dispensing.Disp Date": "DATE", "dispensing.Pharmacist": "NAME", "dispensing.Charge (HKD)": N,
        "dispensing.Drug Category": N}
gold = {"dataset": "hk-hospital-hkid",
        "description": "Invented Hong Kong public hospital / GOPC export (Hospital Authority-like), ',' separated, dd/mm/yyyy: 14 institutions (code, English/Chinese name, cluster, service type), 420 patients (8-digit Patient Key, HKID 'A123456(7)' / 'XA123456(A)' with a valid check digit, English name 'CHAN Tai Man' (15% with an English first name after), Chinese name '陳大文', sex, DOB (some 01/01/yyyy for the elderly), age (about 4% 90+), 8-digit mobile and home phones in three styles, address 'Flat 12B, 18/F, Block 3, Sun Chui Estate', district in English and Chinese (15 of the 18 districts), region, emergency contact name/relation/phone, waiver type), 1,650 attendances (Attn No, Patient Key, Inst Code, specialty, date, time, triage, ICD-10, ICPC-2, description, attending doctor 'Dr CHEUNG Ka Ho', SBP/DBP/pulse/temperature, disposal, fee waived, remarks naming contacts or phones on 5%), 2,900 dispensing lines (Disp ID, Attn No, item code, drug, dosage, frequency, days, quantity, date, pharmacist, charge HKD, category). District GEOGRAPHIC_SUBDIVISION (a part of the territory smaller than the whole), region NON_IDENTIFYING (like a state), doctors and pharmacists NAME (staff names), institutions NON_IDENTIFYING. Patients WONG Tai Sin beside the district Wong Tai Sin and the Wong Tai Sin GOPC, given name Kwong Wah beside Kwong Wah Hospital, Ka Yan / YAN beside Yan Chai Hospital, TANG beside Tang Shiu Kin Hospital are deliberate",
        "delimiter": ",", "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "attendances.Patient Key", "references": "patients.Patient Key"},
                        {"column": "attendances.Inst Code", "references": "institutions.Inst Code"},
                        {"column": "dispensing.Attn No", "references": "attendances.Attn No"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")

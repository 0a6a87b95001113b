#!/usr/bin/env python3
"""Writes mutuelle-rw: an invented membership and claims export of the community-based health insurance (Mutuelle de
sante / CBHI) section of a FICTIONAL Rwandan health centre in Ruhango and Nyanza districts (breaker89; seeded, Python
standard library only). ';' and dd/mm/yyyy as the French-locale Excel of the district office writes them, headers mixed
Kinyarwanda / French / English as the CBHI sheets are. abakozi (staff, 11: Code, Amazina 'Inf. MUKAMANA Claudine',
Umwanya, Telefone, Ikigo), abanyamuryango (members, 1,150: No. Umunyamuryango 'RUH/BYM/0123/04' (household / member),
Indangamuntu 16 digits '1 1985 8 0012345 0 67' (citizen, birth year, sex 8/7, serial, issue, two check digits: the
NIDA algorithm is not published, a mod-97 pair stands in) written with spaces on 40%, empty for children, Izina
ry'umuryango (Kinyarwanda name, capitals), Amazina (Christian names), Igitsina G/F, Itariki y'amavuko (01/01/yyyy for
many elderly, a few born before 1935), Imyaka, Icyiciro cy'Ubudehe 1-4, Umukuru w'urugo (household head's full name),
Isano, Intara, Akarere, Umurenge, Akagari, Umudugudu, Telefone '078xxxxxxx' / '0722...' / '+250 78...', Itariki yo
kwiyandikisha, Observations (free text naming a relative with a phone on 7%)), ubuvuzi (claims, 3,300: No. Fagitire,
No. Umunyamuryango, Itariki, Serivisi, Indwara (diagnostic, ICD-10), Igiciro cyose (RWF), Ticket moderateur (RWF),
Mutuelle yishyura (RWF), Uwamuvuye (staff name, many rows), Yoherejwe (transfer: 'HD Ruhango'), Observations), imisanzu
(contributions, ~1,000 instalments of ~280 households over 3 years: No. Inyemezabwishyu, No. Umunyamuryango (head), Umwaka '2024-2025', Abagize urugo,
Amafaranga (RWF), Uburyo (MoMo / Cash / Irembo), Nimero ya MoMo, Itariki yishyuriweho, Yakiriwe na (staff)).
Deliberate coincidences: the family name RUHANGO beside the district Ruhango and 'HD Ruhango'; the given name Joseph
beside 'CS Saint Joseph Byimana'; the given name Nyiramana / village 'Amahoro' beside the note word 'amahoro'; the nurse
MUKAMANA beside patients named MUKAMANA; Kigali (given in a few notes) beside no Kigali address."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(890101)
GIVEN = ["Jean Claude", "Jean de Dieu", "Emmanuel", "Joseph", "Innocent", "Theoneste", "Fabrice", "Eric", "Patrick",
         "Olivier", "Samuel", "Pierre Celestin", "Faustin", "Alexis", "Didier", "Gilbert", "Jean Baptiste", "Vincent",
         "Claudine", "Marie Claire", "Jeanne", "Chantal", "Immaculee", "Esperance", "Beatrice", "Alphonsine", "Josiane",
         "Divine", "Aline", "Solange", "Vestine", "Consolee", "Clementine", "Grace", "Delphine", "Agnes"]
FEMALE = set(GIVEN[18:])
FAMILY = ["UWIMANA", "MUKAMANA", "NIYONZIMA", "HABIMANA", "NSENGIYUMVA", "MUGISHA", "UWASE", "NIYONSENGA",
          "HAKIZIMANA", "NDAYISABA", "MUKESHIMANA", "UWAMAHORO", "NYIRAMANA", "TUYISENGE", "IRADUKUNDA",
          "BIZIMANA", "NSHIMIYIMANA", "INGABIRE", "MUNYANEZA", "UMUTONI", "KAYITESI", "RUHANGO", "NZEYIMANA",
          "MUHIRE", "NIYITEGEKA", "UMUHOZA", "TWAGIRAMUNGU", "MUKANYANGEZI", "HATEGEKIMANA", "NYIRAHABIMANA"]
# district code, district, sectors -> cells -> villages
GEO = [("RUH", "Ruhango", {"Byimana": {"Mahembe": ["Amahoro", "Kabeza", "Nyarusange"], "Kamusenyi": ["Ubumwe", "Gitwa"]},
                           "Kinazi": {"Burima": ["Rwesero", "Kigarama"], "Gisali": ["Amahoro", "Karambo"]},
                           "Ruhango": {"Nyamagana": ["Nyabisindu", "Munini"], "Gikoma": ["Kavumu", "Rubona"]}}),
       ("NYZ", "Nyanza", {"Busasamana": {"Kavumu": ["Kiruli", "Gatare"], "Rwesero": ["Nyagasozi", "Ruhango"]},
                          "Mukingo": {"Cyerezo": ["Gishike", "Ruyenzi"]}})]
STAFF = [["CSB-01", "Inf. MUKAMANA Claudine", "Infirmiere titulaire", "0788301122", "CS Saint Joseph Byimana"],
         ["CSB-02", "Inf. HABIMANA Eric", "Infirmier A1", "0788301234", "CS Saint Joseph Byimana"],
         ["CSB-03", "Inf. UWERA Josiane", "Infirmiere A2", "0783445566", "CS Saint Joseph Byimana"],
         ["CSB-04", "Inf. NKURUNZIZA Joseph", "Infirmier A2", "0722556677", "CS Saint Joseph Byimana"],
         ["CSB-05", "SF. MUKESHIMANA Aline", "Sage-femme", "0788665544", "CS Saint Joseph Byimana"],
         ["CSB-06", "Lab. NDAYAMBAJE Gilbert", "Laborantin", "0788112233", "CS Saint Joseph Byimana"],
         ["CSB-07", "Ph. INGABIRE Divine", "Pharmacie", "0785223344", "CS Saint Joseph Byimana"],
         ["MUS-01", "KAMANZI Theogene", "Comptable Mutuelle", "0788990011", "Section Mutuelle Byimana"],
         ["MUS-02", "UMUHOZA Solange", "Percepteur", "0789001122", "Section Mutuelle Byimana"],
         ["MUS-03", "NSABIMANA Alexis", "Verificateur", "0728334455", "Section Mutuelle Byimana"],
         ["CSK-01", "Inf. MUGABO Patrick", "Infirmier A1", "0788776655", "CS Kinazi"]]
CLIN = [s for s in STAFF if s[0].startswith("CS")]
MUS = [s for s in STAFF if s[0].startswith("MUS")]
DIAG = [("Malaria simple", "B54", 3200), ("Infection respiratoire aigue", "J06.9", 2100), ("Gastro-enterite", "A09", 2400),
        ("Parasitose intestinale", "B82.9", 1500), ("HTA", "I10", 2800), ("Consultation prenatale (CPN)", "Z34", 1000),
        ("Accouchement eutocique", "O80", 9500), ("Infection urinaire", "N39.0", 2600), ("Plaie / traumatisme", "T14.1", 3500),
        ("Pneumonie", "J18.9", 6800), ("Diabete type 2", "E11", 3900), ("Dermatose", "L30.9", 1800)]
SERV = ["Consultation", "Consultation + Laboratoire", "Consultation + Medicaments", "Hospitalisation", "Maternite", "Petite chirurgie"]
PREMIUM = {1: 2000, 2: 3000, 3: 3000, 4: 7000}
def phone():
    p = rnd.choice(["078", "078", "078", "079", "072", "073"]) + "".join(rnd.choice("0123456789") for _ in range(7))
    r = rnd.random()
    return p if r < 0.75 else ("+250 " + p[1:4] + " " + p[4:7] + " " + p[7:]) if r < 0.9 else ("250" + p[1:])
def nid(year, female, serial):
    body = "1%04d%d%07d0" % (year, 7 if female else 8, serial)
    cc = 97 - (int(body) * 100) % 97
    full = body + "%02d" % cc
    if rnd.random() < 0.4:
        return " ".join([full[0], full[1:5], full[5], full[6:13], full[13], full[14:]])
    return full
def d(x):
    return x.strftime("%d/%m/%Y")
members = []; heads = []; serial = 100000 + rnd.randrange(5000)
hh = 0; today = datetime.date(2025, 3, 31)
while len(members) < 1150:
    hh += 1
    dc, dname, secs = rnd.choice(GEO)
    sec = rnd.choice(sorted(secs)); cell = rnd.choice(sorted(secs[sec])); vil = rnd.choice(secs[sec][cell])
    ubud = rnd.choices([1, 2, 3, 4], [16, 30, 50, 4])[0]
    hcode = "%s/%s/%04d" % (dc, "BYM" if dc == "RUH" else "BSS", hh)
    size = rnd.choice([1, 2, 3, 4, 5, 6, 7])
    headfam = rnd.choice(FAMILY); headfem = rnd.random() < 0.3
    headgiven = rnd.choice(GIVEN[18:] if headfem else GIVEN[:18])
    headname = headfam + " " + headgiven
    tel = phone()
    hmembers = []
    for k in range(size):
        if k == 0:
            fam, given, fem, rel = headfam, headgiven, headfem, "Umukuru w'urugo"
            old = rnd.random() < 0.02
            by = rnd.randint(1927, 1934) if old else rnd.randint(1950, 2000)
        elif k == 1 and not headfem and rnd.random() < 0.8:
            fam = rnd.choice(FAMILY); fem = True; given = rnd.choice(GIVEN[18:]); rel = "Uwo bashakanye"
            by = rnd.randint(1955, 2002)
        else:
            fam = rnd.choice(FAMILY); fem = rnd.random() < 0.5
            given = rnd.choice(GIVEN[18:] if fem else GIVEN[:18]); rel = "Umwana"; by = rnd.randint(2003, 2024)
        if by < 1960 and rnd.random() < 0.6:
            dob = datetime.date(by, 1, 1)
        else:
            dob = datetime.date(by, 1, 1) + datetime.timedelta(days=rnd.randrange(365))
        age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        serial += rnd.randint(1, 40)
        idn = nid(by, fem, serial) if age >= 16 else ""
        if age >= 16 and rnd.random() < 0.03:
            idn = ""
        obs = ""
        r = rnd.random()
        if r < 0.07:
            rg = rnd.choice(GIVEN); rf = rnd.choice(FAMILY)
            obs = rnd.choice(["Umurwaza ni %s %s (%s), tel %s" % (rf, rg, rnd.choice(["umuhungu we", "umukobwa we", "murumuna we"]), phone()),
                              "Contact en cas d'urgence: %s %s %s" % (rf, rg, phone()),
                              "Yimukiye i Kigali, umubyeyi %s %s azajya amwishyurira" % (rf, rg)])
        elif r < 0.12:
            obs = rnd.choice(["Carte perdue, duplicata", "Icyiciro cy'ubudehe cyahinduwe", "Amahoro: nta kibazo", "Photo manquante",
                              "Yishyuriwe na Leta (ubudehe 1)", "Changement de formation sanitaire"])
        mno = "%s/%02d" % (hcode, k + 1)
        regd = datetime.date(2024, 7, 1) + datetime.timedelta(days=rnd.randrange(200))
        row = [mno, idn, fam, given, "F" if fem else "G", d(dob), str(age), str(ubud), headname,
               rel, "Amajyepfo", dname, sec, cell, vil, tel if k == 0 or rnd.random() < 0.3 else (phone() if age >= 18 and rnd.random() < 0.4 else ""),
               d(regd), obs]
        hmembers.append(row)
    members.extend(hmembers)
    heads.append((hmembers[0], ubud, size, tel))
members = members[:1150]
heads = [h for h in heads if h[0] in members]
M_HEAD = ["No. Umunyamuryango", "Indangamuntu", "Izina ry'umuryango", "Amazina", "Igitsina", "Itariki y'amavuko", "Imyaka",
          "Icyiciro cy'Ubudehe", "Umukuru w'urugo", "Isano", "Intara", "Akarere", "Umurenge", "Akagari", "Umudugudu",
          "Telefone", "Itariki yo kwiyandikisha", "Observations"]
claims = []
for i in range(3300):
    m = rnd.choice(members)
    dg, icd, base = rnd.choice(DIAG)
    sv = "Maternite" if icd in ("O80", "Z34") else rnd.choice(SERV[:4] if base > 5000 else SERV[:3] + ["Petite chirurgie"])
    tot = int(base * rnd.uniform(0.7, 1.8)) // 50 * 50
    tm = 200 if sv != "Hospitalisation" else tot // 10 // 50 * 50
    if m[7] == "1":
        tm = 0
    st = rnd.choice(CLIN[:6] if sv != "Maternite" else [CLIN[4], CLIN[0]])
    tr = rnd.choice(["HD Ruhango", "HD Nyanza", "CHUB"]) if rnd.random() < 0.05 else ""
    obs = ""
    r = rnd.random()
    if r < 0.05:
        obs = "Yaherekejwe na %s %s, tel %s" % (rnd.choice(FAMILY), rnd.choice(GIVEN), phone())
    elif r < 0.11:
        obs = rnd.choice(["Contre-reference", "Rendez-vous dans 7 jours", "Transfert ambulance", "Gukurikiranwa", "RDT positif",
                          "Carte non valide, paye 100%"])
    dt = datetime.date(2024, 7, 1) + datetime.timedelta(days=rnd.randrange(273))
    claims.append(["FAC-%06d" % (240001 + i), m[0], d(dt), sv, "%s (%s)" % (dg, icd), str(tot), str(tm), str(tot - tm),
                   st[1], tr, obs])
C_HEAD = ["No. Fagitire", "No. Umunyamuryango", "Itariki", "Serivisi", "Indwara / Diagnostic", "Igiciro cyose (RWF)",
          "Ticket moderateur (RWF)", "Mutuelle yishyura (RWF)", "Uwamuvuye", "Yoherejwe", "Observations"]
contrib = []; rc = 3100000
for yr in (2022, 2023, 2024):
    for h, ub, size, tel in heads:
        if yr < 2024 and rnd.random() < 0.15:
            continue
        n = rnd.choices([1, 2, 3], [55, 30, 15])[0]
        total = PREMIUM[ub] * size
        parts = [total // n] * (n - 1) + [total - total // n * (n - 1)]
        for p in parts:
            way = rnd.choices(["MoMo", "Cash", "Irembo", "Leta (ubudehe 1)"], [50, 25, 15, 10 if ub == 1 else 0])[0]
            dt = datetime.date(yr, 5, 1) + datetime.timedelta(days=rnd.randrange(300))
            rc += rnd.randint(1, 3)
            contrib.append(["%07d" % rc, h[0], "%d-%d" % (yr, yr + 1), str(size), str(p), way,
                            (tel if rnd.random() < 0.7 else phone()) if way == "MoMo" else "",
                            d(dt), rnd.choice(MUS)[1] if way != "Irembo" else ""])
P_HEAD = ["No. Inyemezabwishyu", "No. Umunyamuryango", "Umwaka", "Abagize urugo", "Amafaranga (RWF)", "Uburyo bwo kwishyura",
          "Nimero ya MoMo", "Itariki yishyuriweho", "Yakiriwe na"]
S_HEAD = ["Code", "Amazina", "Umwanya", "Telefone", "Ikigo"]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)
write("abakozi", S_HEAD, STAFF)
write("abanyamuryango", M_HEAD, members)
write("ubuvuzi", C_HEAD, claims)
write("imisanzu", P_HEAD, contrib)
L = {}
for c, l in zip(S_HEAD, ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING"]):
    L["abakozi." + c] = l
for c, l in zip(M_HEAD, ["HEALTH_PLAN_BENEFICIARY_NUMBER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING",
                         "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "COUNTY",
                         "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "GEOGRAPHIC_SUBDIVISION", "TELEPHONE_NUMBER",
                         "DATE", "FREE_TEXT"]):
    L["abanyamuryango." + c] = l
for c, l in zip(C_HEAD, ["ACCOUNT_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                         "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "NON_IDENTIFYING", "FREE_TEXT"]):
    L["ubuvuzi." + c] = l
for c, l in zip(P_HEAD, ["ACCOUNT_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "QUASI_IDENTIFIER",
                         "QUASI_IDENTIFIER", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "DATE", "NAME"]):
    L["imisanzu." + c] = l
gold = {"dataset": "mutuelle-rw",
        "description": "Invented CBHI (Mutuelle de sante) export of a fictional Rwandan health centre in Ruhango/Nyanza (breaker89), ';', dd/mm/yyyy, Kinyarwanda/French headers: abakozi 11 (Code 'CSB-01' (provider code), Amazina 'Inf. MUKAMANA Claudine', Umwanya, Telefone, Ikigo), abanyamuryango 1,150 (No. Umunyamuryango 'RUH/BYM/0123/04', Indangamuntu 16 digits with and without spaces (empty for children), Izina ry'umuryango in capitals, Amazina, Igitsina G/F, Itariki y'amavuko (01/01/yyyy for many elderly, a few over 89), Imyaka, Ubudehe 1-4, Umukuru w'urugo (head's full name), Isano, Intara, Akarere, Umurenge, Akagari, Umudugudu, Telefone 078/072/+250, Itariki yo kwiyandikisha, Observations naming relatives with phones), ubuvuzi 3,300 claims (No. Fagitire, member FK, Itariki, Serivisi, Indwara (ICD-10), RWF amounts, Uwamuvuye (staff), Yoherejwe, Observations), imisanzu ~1,000 (contribution instalments per household head over 3 years: receipt, member FK, Umwaka, household size, RWF, MoMo/Cash/Irembo, MoMo number, date, Yakiriwe na (staff)). Labels: member number HEALTH_PLAN_BENEFICIARY_NUMBER; Indangamuntu NATIONAL_ID; Akarere COUNTY, Umurenge/Akagari/Umudugudu GEOGRAPHIC_SUBDIVISION, Intara NON_IDENTIFYING (a province); Umukuru w'urugo NAME; invoice and receipt numbers ACCOUNT_NUMBER; household size and amount QUASI_IDENTIFIER; staff code QUASI_IDENTIFIER, staff names NAME, staff phones TELEPHONE_NUMBER. Coincidences: family name RUHANGO beside district Ruhango, 'HD Ruhango' and village Ruhango; given name Joseph beside 'CS Saint Joseph Byimana'; nurse MUKAMANA beside patients MUKAMANA; village Amahoro beside family name UWAMAHORO and note 'Amahoro: nta kibazo'.",
        "delimiter": ";", "entity": "abanyamuryango", "columns": L,
        "foreignKeys": [{"column": "ubuvuzi.No. Umunyamuryango", "references": "abanyamuryango.No. Umunyamuryango"},
                        {"column": "imisanzu.No. Umunyamuryango", "references": "abanyamuryango.No. Umunyamuryango"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

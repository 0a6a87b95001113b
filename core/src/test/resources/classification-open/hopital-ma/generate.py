#!/usr/bin/env python3
"""Writes hopital-ma: an invented admissions export of a FICTIONAL Moroccan provincial hospital (CHP, region
Casablanca-Settat), seeded, Python standard library only. ';' as French-locale Excel writes CSV, decimal commas,
dates dd/mm/yyyy, French headers with some Arabic ones. services (14 wards: code, name, pavilion, head of ward
'Pr. Tazi Mohammed', extension phone, beds), patients (900: IPP, Nom, Prénom, Arabic family and given name, sex, birth
date, age (some over 89), CIN 'BE123456' / 'AB12345' (minors without), insurance scheme, N° immatriculation
AMO/CNSS (9 digits), N° RAMED, phones '06 61 23 45 67' / '+212 661-234567' / '0661234567', address, douar or quartier,
commune, province, person to notify (free text)), admissions (2,400: admission number, IPP, entry date and hour,
ward code, mode of entry, Médecin traitant 'Dr. Bennani Karim' (staff, many rows), Motif d'admission (free text, some
naming a relative with a phone), CIM-10 code and French text, discharge date, discharge mode, length of stay, payer,
amount '1 250,00'). Coincidences: the surname Benslimane beside the province and commune Benslimane; the given names
Amal and Nour beside 'Lotissement Al Amal', 'Unité Amal' and 'Pavillon Nour'; the surname Khattabi beside
'Bd Abdelkrim El Khattabi'; the surname Zerktouni beside 'Av. Zerktouni'; the doctor Tazi beside patients named Tazi."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(820101)
GIVEN = [("Mohammed", "محمد", "M"), ("Ahmed", "أحمد", "M"), ("Youssef", "يوسف", "M"), ("Abdelkader", "عبد القادر", "M"),
         ("Hassan", "حسن", "M"), ("Rachid", "رشيد", "M"), ("Said", "سعيد", "M"), ("Mustapha", "مصطفى", "M"),
         ("Abdellah", "عبد الله", "M"), ("Omar", "عمر", "M"), ("Hamid", "حميد", "M"), ("Brahim", "ابراهيم", "M"),
         ("Khalid", "خالد", "M"), ("Driss", "ادريس", "M"), ("Ayoub", "أيوب", "M"), ("Mehdi", "مهدي", "M"),
         ("Fatima", "فاطمة", "F"), ("Khadija", "خديجة", "F"), ("Aicha", "عائشة", "F"), ("Zineb", "زينب", "F"),
         ("Malika", "مليكة", "F"), ("Naima", "نعيمة", "F"), ("Hafsa", "حفصة", "F"), ("Salma", "سلمى", "F"),
         ("Amal", "أمل", "F"), ("Nour", "نور", "F"), ("Meryem", "مريم", "F"), ("Latifa", "لطيفة", "F"),
         ("Rkia", "رقية", "F"), ("Hayat", "حياة", "F"), ("Itto", "إيطو", "F"), ("Saadia", "سعدية", "F")]
FAMILY = [("El Amrani", "العمراني"), ("Bennani", "بناني"), ("Alaoui", "العلوي"), ("Tazi", "التازي"), ("Berrada", "برادة"),
          ("El Idrissi", "الإدريسي"), ("Ouazzani", "الوزاني"), ("Chraibi", "الشرايبي"), ("Benjelloun", "بنجلون"),
          ("Lahlou", "لحلو"), ("Benslimane", "بنسليمان"), ("Khattabi", "الخطابي"), ("Zerktouni", "الزرقطوني"),
          ("Bouazza", "بوعزة"), ("El Haddaoui", "الحداوي"), ("Ait Ouahmane", "آيت واحمان"), ("Naciri", "الناصري"),
          ("Bouchaib", "بوشعيب"), ("El Mansouri", "المنصوري"), ("Ouchen", "أوشن"), ("Sabri", "صبري"), ("Jabri", "الجابري"),
          ("Hilali", "الهلالي"), ("Rahmouni", "الرحموني"), ("Moutaouakil", "المتوكل"), ("Ennaji", "الناجي"),
          ("Fassi Fihri", "الفاسي الفهري"), ("Zouhair", "زهير"), ("Azzouzi", "العزوزي"), ("Lamrani", "لمراني")]
# province -> commune -> (urban?, quartiers or douars)
GEO = {"Settat": {"Settat": (True, ["Hay Smaala", "Hay El Qods", "Lotissement Al Amal", "Mabrouka", "Hay Miloudia"]),
                  "Ben Ahmed": (True, ["Hay Essalam", "Hay Nahda"]),
                  "Oulad Said": (False, ["Douar Oulad Ali", "Douar Lahlalfa", "Douar Zaouit Sidi Ahmed"]),
                  "Guisser": (False, ["Douar Ouled Cheikh", "Douar Lamharza"]),
                  "Sidi El Aidi": (False, ["Douar Lghnimiyine", "Douar Oulad Bouziri"])},
       "Berrechid": {"Berrechid": (True, ["Hay Hassani", "Hay Lalla Meriem", "Lotissement Al Amal", "Hay Nassim"]),
                     "Had Soualem": (True, ["Hay Al Majd", "Hay Anouar"]),
                     "Sidi Rahal Chatai": (False, ["Douar Chlouh", "Douar Oulad Hriz"]),
                     "Oulad Abbou": (False, ["Douar Ouled Zidane", "Douar El Ghoualem"])},
       "Benslimane": {"Benslimane": (True, ["Hay Lalla Meriem", "Hay El Houda", "Hay Hassania"]),
                      "Bouznika": (True, ["Hay Dakhla", "Hay Saada"]),
                      "Ziaida": (False, ["Douar Ouled Ali Touala", "Douar Chraka"])},
       "Khouribga": {"Khouribga": (True, ["Hay El Fath", "Hay Riad", "Hay El Qods"]),
                     "Oued Zem": (True, ["Hay Nahda", "Hay Essalam"]),
                     "Boujniba": (False, ["Douar Oulad Azzouz", "Douar Laouamra"])}}
PROV_W = {"Settat": 50, "Berrechid": 25, "Benslimane": 12, "Khouribga": 13}
STREETS = ["Bd Abdelkrim El Khattabi", "Av. Zerktouni", "Rue Allal Ben Abdellah", "Bd Mohammed V", "Av. Hassan II",
           "Rue 12", "Rue 5", "Rue Ibn Khaldoun", "Bd Moulay Youssef"]
CIN_PREFIX = {"Settat": ["W", "WA"], "Berrechid": ["WB", "W"], "Benslimane": ["X", "WA"], "Khouribga": ["Q", "QA"]}
SERVICES = [["MED-A", "Médecine interne A", "Pavillon Nour", "Pr. Tazi Mohammed", "05 23 40 12 31", "32"],
            ["MED-B", "Médecine interne B", "Pavillon Nour", "Dr. Chraibi Leila", "05 23 40 12 32", "28"],
            ["CARD", "Cardiologie", "Pavillon Nour", "Dr. Lahlou Samir", "05 23 40 12 40", "18"],
            ["PNEU", "Pneumo-phtisiologie", "Pavillon Ibn Sina", "Dr. Ennaji Houda", "05 23 40 12 45", "24"],
            ["CHIR-G", "Chirurgie générale", "Pavillon Ibn Rochd", "Pr. Berrada Karim", "05 23 40 12 50", "36"],
            ["TRAUMA", "Traumatologie-orthopédie", "Pavillon Ibn Rochd", "Dr. Sabri Anas", "05 23 40 12 52", "30"],
            ["GYN", "Gynécologie-obstétrique", "Maternité", "Dr. Naciri Siham", "05 23 40 12 60", "40"],
            ["PED", "Pédiatrie", "Pavillon Amal", "Dr. Hilali Nadia", "05 23 40 12 65", "30"],
            ["NEPH", "Néphrologie-hémodialyse", "Unité Amal", "Dr. Jabri Omar", "05 23 40 12 70", "16"],
            ["URG", "Urgences", "Bâtiment des urgences", "Dr. El Mansouri Adil", "05 23 40 12 00", "20"],
            ["REA", "Réanimation", "Bâtiment des urgences", "Dr. Rahmouni Yassine", "05 23 40 12 05", "8"],
            ["ONCO", "Oncologie", "Unité Amal", "Dr. Azzouzi Sara", "05 23 40 12 75", "14"],
            ["PSY", "Psychiatrie", "Pavillon Ar-Razi", "Dr. Lamrani Hicham", "05 23 40 12 80", "22"],
            ["ORL", "ORL", "Pavillon Ibn Rochd", "Dr. Ouazzani Rim", "05 23 40 12 55", "10"]]
STAFF = {"MED-A": ["Dr. Bennani Karim", "Dr. Moutaouakil Sanae", "Pr. Tazi Mohammed"],
         "MED-B": ["Dr. Chraibi Leila", "Dr. Ouchen Reda"], "CARD": ["Dr. Lahlou Samir", "Dr. Zouhair Imane"],
         "PNEU": ["Dr. Ennaji Houda", "Dr. Bouazza Hamza"], "CHIR-G": ["Pr. Berrada Karim", "Dr. El Idrissi Mounir"],
         "TRAUMA": ["Dr. Sabri Anas", "Dr. Alaoui Younes"], "GYN": ["Dr. Naciri Siham", "Dr. Benjelloun Ghita", "Dr. Tazi Asmae"],
         "PED": ["Dr. Hilali Nadia", "Dr. Amrani Kenza"], "NEPH": ["Dr. Jabri Omar"], "URG": ["Dr. El Mansouri Adil", "Dr. Fassi Fihri Taha", "Dr. Ouchen Reda"],
         "REA": ["Dr. Rahmouni Yassine"], "ONCO": ["Dr. Azzouzi Sara"], "PSY": ["Dr. Lamrani Hicham"], "ORL": ["Dr. Ouazzani Rim"]}
CIM = {"MED-A": [("E11.9", "Diabète sucré de type 2, sans complication"), ("I10", "Hypertension essentielle (primitive)"),
                 ("D50.9", "Anémie par carence en fer, sans précision"), ("E86", "Hypovolémie (déshydratation)")],
       "MED-B": [("N39.0", "Infection des voies urinaires, siège non précisé"), ("A09", "Diarrhée et gastro-entérite d'origine présumée infectieuse"),
                 ("E11.9", "Diabète sucré de type 2, sans complication")],
       "CARD": [("I21.9", "Infarctus aigu du myocarde, sans précision"), ("I50.9", "Insuffisance cardiaque, sans précision"), ("I48.9", "Fibrillation auriculaire, sans précision")],
       "PNEU": [("A15.0", "Tuberculose pulmonaire, confirmée par examen microscopique"), ("J18.9", "Pneumopathie, sans précision"), ("J45.9", "Asthme, sans précision"), ("J44.1", "BPCO avec épisodes aigus")],
       "CHIR-G": [("K35.8", "Appendicite aiguë, autre et sans précision"), ("K80.2", "Calcul de la vésicule biliaire sans cholécystite"), ("K40.9", "Hernie inguinale unilatérale")],
       "TRAUMA": [("S72.0", "Fracture du col du fémur"), ("S52.5", "Fracture de l'extrémité inférieure du radius"), ("S82.2", "Fracture de la diaphyse du tibia")],
       "GYN": [("O80", "Accouchement unique et spontané"), ("O82", "Accouchement unique par césarienne"), ("O21.0", "Hyperemesis gravidarum bénin")],
       "PED": [("J21.9", "Bronchiolite aiguë, sans précision"), ("A09", "Diarrhée et gastro-entérite d'origine présumée infectieuse"), ("E43", "Malnutrition protéino-énergétique grave")],
       "NEPH": [("N18.5", "Maladie rénale chronique, stade 5"), ("N17.9", "Insuffisance rénale aiguë, sans précision")],
       "URG": [("R50.9", "Fièvre, sans précision"), ("T63.3", "Effet toxique du venin d'araignée (scorpion)"), ("S06.0", "Commotion cérébrale")],
       "REA": [("A41.9", "Sepsis, sans précision"), ("I63.9", "Infarctus cérébral, sans précision")],
       "ONCO": [("C50.9", "Tumeur maligne du sein, sans précision"), ("C53.9", "Tumeur maligne du col de l'utérus")],
       "PSY": [("F20.9", "Schizophrénie, sans précision"), ("F32.2", "Épisode dépressif sévère")],
       "ORL": [("J35.0", "Amygdalite chronique"), ("H66.9", "Otite moyenne, sans précision")]}
MOTIF = {"MED-A": ["Déséquilibre glycémique", "HTA mal contrôlée", "Asthénie, bilan d'anémie"], "MED-B": ["Fièvre et brûlures mictionnelles", "Diarrhée et vomissements depuis 3 jours"],
         "CARD": ["Douleur thoracique", "Dyspnée d'effort, œdèmes des membres inférieurs", "Palpitations"],
         "PNEU": ["Toux chronique et amaigrissement", "Fièvre + toux productive", "Crise d'asthme"],
         "CHIR-G": ["Douleur FID depuis 48h", "Colique hépatique", "Tuméfaction inguinale"],
         "TRAUMA": ["Chute à domicile", "AVP, traumatisme du membre inférieur", "Chute de sa hauteur"],
         "GYN": ["Travail", "Grossesse à terme, utérus cicatriciel", "Vomissements gravidiques"],
         "PED": ["Détresse respiratoire", "Diarrhée, déshydratation", "Retard de croissance"],
         "NEPH": ["Séance d'hémodialyse", "Oligurie"], "URG": ["Piqûre de scorpion", "Fièvre", "Traumatisme crânien"],
         "REA": ["État de choc", "Hémiplégie brutale"], "ONCO": ["Cure de chimiothérapie", "Bilan d'extension"],
         "PSY": ["Agitation", "Idées suicidaires"], "ORL": ["Angines à répétition", "Otalgie"]}
MOTIF_P = ["Amené par son fils {n}, tél {p}", "Adressé par Dr {d} (CS {c})", "Accompagné de son épouse {g}",
           "Transféré de l'hôpital de {c}, famille: {n} {p}", "Référé par l'infirmier du dispensaire de {c}",
           "Amenée par sa fille {n}"]
TODAY = datetime.date(2025, 11, 30)
rnd.shuffle(STREETS)

def d(x):
    return x.strftime("%d/%m/%Y")

def phone(style=None):
    op = rnd.choice(["6", "6", "6", "7"])
    n = op + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    s = style if style is not None else rnd.choices([0, 1, 2, 3], [45, 25, 20, 10])[0]
    if s == 0:
        return "0" + n[0] + " " + " ".join(n[i:i + 2] for i in range(1, 9, 2))
    if s == 1:
        return "+212 " + n[:3] + "-" + n[3:]
    if s == 2:
        return "0" + n
    return "0" + n[:3] + "-" + n[3:5] + "-" + n[5:7] + "-" + n[7:]

def money(x):
    s = "%.2f" % x
    i, f = s.split(".")
    g = ""
    while len(i) > 3:
        g = " " + i[-3:] + g
        i = i[:-3]
    return i + g + "," + f

patients = []
used_ipp, used_cin = set(), set()
for k in range(900):
    g = rnd.choice(GIVEN)
    fam = rnd.choice(FAMILY)
    sex = g[2]
    r = rnd.random()
    if r < 0.012:
        born = datetime.date(rnd.randint(1928, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.18:
        born = datetime.date(rnd.randint(2008, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1940, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    if born.year < 1960 and rnd.random() < 0.3:
        born = datetime.date(born.year, 1, 1)  # 01/01 for unknown birth dates, as the civil register wrote them
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    prov = rnd.choices(list(PROV_W), list(PROV_W.values()))[0]
    com = rnd.choice(list(GEO[prov]))
    urban, places = GEO[prov][com]
    place = rnd.choice(places)
    if urban:
        addr = rnd.choice(["%s, %s N° %d" % (place, rnd.choice(STREETS), rnd.randint(1, 240)),
                           "%s, Rue %d N° %d" % (place, rnd.randint(1, 40), rnd.randint(1, 120)),
                           "%s N° %d" % (place, rnd.randint(1, 400))])
    else:
        addr = "%s, CR %s" % (place, com)
    while True:
        ipp = "%d%05d" % (rnd.choice([19, 20, 21, 22, 23, 24, 25]), rnd.randint(0, 99999))
        if ipp not in used_ipp:
            used_ipp.add(ipp); break
    if age >= 18 or rnd.random() < 0.05:
        while True:
            pre = rnd.choice(CIN_PREFIX[prov] + ["BE", "BK", "AB", "BH"])
            cin = pre + str(rnd.randint(10 ** (7 - len(pre)), 10 ** (8 - len(pre)) - 1)) if rnd.random() < 0.8 else pre + str(rnd.randint(10000, 99999))
            if cin not in used_cin:
                used_cin.add(cin); break
    else:
        cin = ""
    scheme = rnd.choices(["AMO-CNSS", "AMO-CNOPS", "RAMED", "AMO Tadamon", "Payant"], [30, 12, 25, 25, 8])[0]
    amo = "%09d" % rnd.randint(100000000, 199999999) if scheme in ("AMO-CNSS", "AMO Tadamon") else ("M%07d" % rnd.randint(0, 9999999) if scheme == "AMO-CNOPS" else "")
    ramed = "%010d" % rnd.randint(1000000000, 9999999999) if scheme == "RAMED" else ""
    tel = phone() if rnd.random() < 0.9 else ""
    if age < 18:
        rel = rnd.choice(["Père", "Mère"])
        pn = rnd.choice([x for x in GIVEN if x[2] == ("M" if rel == "Père" else "F")])[0]
        notify = "%s: %s %s %s" % (rel, pn, fam[0], phone())
    elif rnd.random() < 0.55:
        rel = rnd.choice(["Fils", "Fille", "Époux", "Épouse", "Frère", "Sœur", "Voisin"])
        notify = "%s %s %s - %s" % (rel, rnd.choice(GIVEN)[0], fam[0] if rel != "Voisin" else rnd.choice(FAMILY)[0], phone())
    else:
        notify = ""
    patients.append([ipp, fam[0].upper() if rnd.random() < 0.4 else fam[0], g[0], fam[1], g[1], sex, d(born), str(age), cin,
                     scheme, amo, ramed, tel, addr, place, com, prov, notify])
patients.sort(key=lambda p: p[0])

adm = []
num = 250000
svc_w = [10, 8, 6, 8, 9, 8, 14, 9, 6, 12, 2, 4, 3, 2]
for _ in range(2400):
    p = rnd.choice(patients)
    age = int(p[7])
    while True:
        s = rnd.choices(SERVICES, svc_w)[0]
        code = s[0]
        if code == "GYN" and (p[5] != "F" or not 16 <= age <= 45):
            continue
        if code == "PED" and age >= 16:
            continue
        if code != "PED" and age < 14 and code not in ("URG", "CHIR-G", "TRAUMA", "ORL"):
            continue
        break
    entry = TODAY - datetime.timedelta(days=rnd.randint(0, 720))
    hour = "%02d:%02d" % (rnd.randint(0, 23), rnd.randint(0, 59))
    mode = rnd.choices(["Urgences", "Consultation", "Transfert", "Programmé"], [50, 25, 10, 15])[0]
    doc = rnd.choice(STAFF[code])
    cim = rnd.choice(CIM[code])
    motif = rnd.choice(MOTIF[code])
    if rnd.random() < 0.12:
        gg = rnd.choice(GIVEN)
        extra = rnd.choice(MOTIF_P).format(n="%s %s" % (gg[0], p[1].title() if rnd.random() < 0.6 else rnd.choice(FAMILY)[0]),
                                           p=phone(), d=rnd.choice(FAMILY)[0], c=rnd.choice(list(GEO[p[16]])), g=gg[0])
        motif = motif + ". " + extra
    stay = 0 if code == "URG" else max(1, int(rnd.expovariate(1 / 5)))
    out = entry + datetime.timedelta(days=stay)
    if out > TODAY:
        out, omode = None, ""
    else:
        omode = rnd.choices(["Domicile", "Transfert CHU", "Contre avis médical", "Décès", "Évasion"], [85, 6, 4, 3, 2])[0]
    payer = p[9]
    amount = (120 + stay * rnd.choice([300, 400, 600]) + rnd.randint(0, 40) * 10) * (1.8 if code in ("REA", "CHIR-G") else 1)
    num += rnd.randint(1, 4)
    adm.append(["A%d" % num, p[0], d(entry), hour, code, mode, doc, motif, cim[0], cim[1], d(out) if out else "", omode,
                str(stay) if out else "", payer, money(amount)])
adm.sort(key=lambda a: (a[2][6:], a[2][3:5], a[2][:2], a[3], a[0]))

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head); w.writerows(rows)

SH = ["Code service", "Service", "Pavillon", "Chef de service", "Poste", "Nombre de lits"]
PH = ["IPP", "Nom", "Prénom", "الاسم العائلي", "الاسم الشخصي", "Sexe", "Date de naissance", "Âge", "CIN", "Régime",
      "N° immatriculation AMO/CNSS", "N° carte RAMED", "Téléphone", "Adresse", "Douar/Quartier", "Commune", "Province",
      "Personne à prévenir"]
AH = ["N° admission", "IPP", "Date d'entrée", "Heure d'entrée", "Code service", "Mode d'entrée", "Médecin traitant",
      "Motif d'admission", "Code CIM-10", "Diagnostic principal", "Date de sortie", "Mode de sortie", "Durée de séjour (j)",
      "Prise en charge", "Montant facturé (MAD)"]
write("services", SH, SERVICES)
write("patients", PH, patients)
write("admissions", AH, adm)
N = "NON_IDENTIFYING"
L = {"services": [N, N, N, "NAME", "TELEPHONE_NUMBER", N],
     "patients": ["MEDICAL_RECORD_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "FAMILY_NAME", "GIVEN_NAME", N, "DATE_OF_BIRTH", "AGE",
                  "NATIONAL_ID", N, "HEALTH_PLAN_BENEFICIARY_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "TELEPHONE_NUMBER",
                  "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "CITY", "COUNTY", "FREE_TEXT"],
     "admissions": ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "DATE", "DATE", N, N, "NAME", "FREE_TEXT", N, N, "DATE",
                    N, N, N, N]}
H = {"services": SH, "patients": PH, "admissions": AH}
cols = {}
for t in ("services", "patients", "admissions"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "hopital-ma",
        "description": "Invented admissions export of a fictional Moroccan provincial hospital (breaker82), ';', decimal commas, dd/mm/yyyy, French headers and two Arabic ones: services 14 (code 'MED-A', name, pavilion 'Pavillon Nour', head of ward 'Pr. Tazi Mohammed' (staff), extension '05 23 40 12 31', beds), patients 900 (IPP 7 digits, Nom (40% in capitals), Prénom, الاسم العائلي and الاسم الشخصي (the same names in Arabic script), sex M/F, birth date (01/01 for some born before 1960; about 1% born 1928-1934), age, CIN 'BE123456' / 'W12345' (minors mostly without), scheme AMO-CNSS/AMO-CNOPS/RAMED/AMO Tadamon/Payant, N° immatriculation (9 digits or CNOPS 'M0123456'), N° carte RAMED (10 digits), phone '06 61 23 45 67' / '+212 661-234567' / '0661234567' / '0661-23-45-67', address, douar or quartier, commune, province, person to notify 'Fils Youssef Bennani - 06 ...' (free text)), admissions 2,400 (admission number 'A250013', IPP, entry date and hour, ward code, mode of entry, Médecin traitant 'Dr. Bennani Karim' (staff, many rows), Motif d'admission (free text; 12% name a relative, a referring doctor or a dispensary's commune), CIM-10 code and French text, discharge date, mode and length of stay, payer, amount '1 250,00'). Labels: Province COUNTY, Commune CITY, Douar/Quartier GEOGRAPHIC_SUBDIVISION; AMO/CNSS and RAMED numbers HEALTH_PLAN_BENEFICIARY_NUMBER; CIN NATIONAL_ID; IPP MEDICAL_RECORD_NUMBER; staff NAME; ward codes, names, CIM-10, amounts NON_IDENTIFYING. Coincidences: the surname Benslimane beside the province and commune Benslimane; the given names Amal and Nour beside 'Lotissement Al Amal', 'Pavillon Amal', 'Unité Amal' and 'Pavillon Nour'; the surnames Khattabi and Zerktouni beside 'Bd Abdelkrim El Khattabi' and 'Av. Zerktouni'; doctors Tazi, Bennani, Ouchen beside patients with those surnames",
        "delimiter": ";", "entity": "patients", "columns": cols,
        "foreignKeys": [{"column": "admissions.IPP", "references": "patients.IPP"},
                        {"column": "admissions.Code service", "references": "services.Code service"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

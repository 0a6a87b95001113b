#!/usr/bin/env python3
"""Writes zachranka-sk: an invented dispatch and run-sheet export of a FICTIONAL Slovak emergency medical service
(záchranná zdravotná služba) in the Bratislava and Trnava regions (breaker88; seeded, Python standard library only).
';' as Slovak Excel writes CSV, decimal commas, dates d.M.yyyy and times d.M.yyyy H:mm:ss, Slovak headers.
posadky (12: Kód posádky, Typ RLP/RZP/RV, ŠPZ 'BA-123AB' (the ambulance), Stanovište, Poskytovateľ), pacienti (880:
ID pacienta, Rodné číslo 'YYMMDD/XXXX' divisible by 11 (women +50 on the month; 'YYMMDD/XXX' for those born
before 1954), Číslo poistenca (the RČ without slash, or a 10-digit BIČ for foreigners), Zdravotná poisťovňa,
Meno, Priezvisko, Pohlavie, Dátum narodenia, Vek (a few over 89), Obec, Ulica 'Hurbanova 12', PSČ '811 01',
Okres, Kraj, Telefón '0905 123 456' / '+421 905 123 456'), zasahy (2,800: Číslo zásahu 'Z26-004512', ID pacienta,
Kód posádky, Prijatie výzvy / Výjazd / Príchod na miesto / Odovzdanie 'd.M.yyyy H:mm:ss', Obec zásahu, Miesto
zásahu, Zem. šírka / Zem. dĺžka '48,14816', Lekár, Záchranár, Vodič (crew names on many rows), ŠPZ vozidla DN (the
patient's vehicle in a road accident), Dg. MKN-10, Diagnóza, NACA, Cieľové zariadenie, Anamnéza (free text naming
relatives, some with a phone)).
Deliberate coincidences: the surname Senec beside the town Senec; the given name Michal beside 'Nemocnica sv.
Michala'; the given name Juraj beside the town Svätý Jur; the street 'Hurbanova' beside the surname Hurban; the
doctor MUDr. Peter Horváth beside patients surnamed Horváth/Horváthová."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(880303)
GIVEN = ["Peter", "Ján", "Jozef", "Michal", "Martin", "Tomáš", "Juraj", "Marek", "Milan", "Ladislav", "Štefan",
         "Dušan", "Pavol", "Lukáš", "Vladimír", "Anna", "Mária", "Zuzana", "Katarína", "Eva", "Jana", "Helena",
         "Monika", "Lucia", "Veronika", "Alžbeta", "Terézia", "Ivana", "Margita"]
FEMALE = set(GIVEN[15:])
FAMILY = [("Horváth", "Horváthová"), ("Kováč", "Kováčová"), ("Varga", "Vargová"), ("Tóth", "Tóthová"),
          ("Nagy", "Nagyová"), ("Baláž", "Balážová"), ("Szabó", "Szabóová"), ("Molnár", "Molnárová"), ("Lukáč", "Lukáčová"),
          ("Novák", "Nováková"), ("Kollár", "Kollárová"), ("Németh", "Némethová"), ("Šimko", "Šimková"), ("Oravec", "Oravcová"),
          ("Senec", "Senecová"), ("Hurban", "Hurbanová"), ("Polák", "Poláková"), ("Kráľ", "Kráľová"), ("Rusnák", "Rusnáková"),
          ("Blaho", "Blahová"), ("Hudák", "Hudáková"), ("Marko", "Marková"), ("Krajčír", "Krajčírová"), ("Gajdoš", "Gajdošová"),
          ("Mráz", "Mrázová"), ("Vlček", "Vlčková"), ("Ďurica", "Ďuricová"), ("Slovák", "Slováková")]
# obec, okres, kraj, PSČ choices, streets, centre lat/lon, weight
PLACES = [("Bratislava - Staré Mesto", "Bratislava I", "Bratislavský", ["811 01", "811 02", "811 03", "811 04", "811 08"],
           ["Hurbanova", "Obchodná", "Špitálska", "Štúrova", "Palisády", "Grösslingová"], (48.1446, 17.1077), 16),
          ("Bratislava - Ružinov", "Bratislava II", "Bratislavský", ["821 01", "821 02", "821 04", "821 08"],
           ["Bajkalská", "Trenčianska", "Ružinovská", "Záhradnícka", "Tomášikova"], (48.1537, 17.1581), 18),
          ("Bratislava - Nové Mesto", "Bratislava III", "Bratislavský", ["831 01", "831 02", "831 04"],
           ["Račianska", "Vajnorská", "Jaskový rad", "Kominárska"], (48.1691, 17.1366), 12),
          ("Bratislava - Dúbravka", "Bratislava IV", "Bratislavský", ["841 01", "841 02"],
           ["Saratovská", "Pri kríži", "Bazovského"], (48.1835, 17.0389), 8),
          ("Bratislava - Petržalka", "Bratislava V", "Bratislavský", ["851 01", "851 04", "851 05", "851 06"],
           ["Romanova", "Jiráskova", "Vavilovova", "Ovsištské námestie", "Hrobákova"], (48.1146, 17.1103), 20),
          ("Senec", "Senec", "Bratislavský", ["903 01"], ["Lichnerova", "Hurbanova", "Slnečné jazerá-juh", "Šafárikova"], (48.2196, 17.4001), 7),
          ("Pezinok", "Pezinok", "Bratislavský", ["902 01"], ["Holubyho", "Moyzesova", "Štúrova"], (48.2896, 17.2663), 6),
          ("Svätý Jur", "Pezinok", "Bratislavský", ["900 21"], ["Prostredná", "Pezinská", "Krajná"], (48.2523, 17.2153), 3),
          ("Malacky", "Malacky", "Bratislavský", ["901 01"], ["Záhorácka", "Radlinského", "Štúrova"], (48.4358, 17.0173), 4),
          ("Trnava", "Trnava", "Trnavský", ["917 01", "917 02", "917 05"], ["Hlavná", "Hospodárska", "Hurbanova", "Starohájska"], (48.3774, 17.5883), 6)]
CREWS = [["RLP-BA-01", "RLP", "BA-512KR", "Bratislava - Ružinov, Tomášikova", "Záchranná služba Bratislava"],
         ["RLP-BA-02", "RLP", "BA-731LS", "Bratislava - Petržalka, Šrobárovo nám.", "Záchranná služba Bratislava"],
         ["RZP-BA-03", "RZP", "BA-204HN", "Bratislava - Staré Mesto, Mickiewiczova", "Záchranná služba Bratislava"],
         ["RZP-BA-04", "RZP", "BL-880ZZ", "Bratislava - Nové Mesto, Kominárska", "Záchranná služba Bratislava"],
         ["RZP-BA-05", "RZP", "BA-115TX", "Bratislava - Dúbravka, Bazovského", "Záchranná služba Bratislava"],
         ["RZP-BA-06", "RZP", "BA-650CE", "Bratislava - Petržalka, Šrobárovo nám.", "Záchranná služba Bratislava"],
         ["RZP-SC-01", "RZP", "SC-307AB", "Senec, Lichnerova", "Záchranná služba Bratislava"],
         ["RZP-PK-01", "RZP", "PK-418EM", "Pezinok, Myslenická", "Falck Záchranná a.s."],
         ["RZP-MA-01", "RZP", "MA-926DK", "Malacky, Duklianskych hrdinov", "Falck Záchranná a.s."],
         ["RLP-TT-01", "RLP", "TT-274CJ", "Trnava, Andreja Žarnova", "Falck Záchranná a.s."],
         ["RZP-TT-02", "RZP", "TT-590FP", "Trnava, Andreja Žarnova", "Falck Záchranná a.s."],
         ["RV-BA-01", "RV", "BA-044VR", "Bratislava - Ružinov, Tomášikova", "Záchranná služba Bratislava"]]
DOCTORS = ["MUDr. Peter Horváth", "MUDr. Zuzana Kmeťová", "MUDr. Andrej Lacko", "MUDr. Ivana Šoltésová", "MUDr. Rastislav Beňo"]
MEDICS = ["Bc. Martin Kubala", "Mgr. Lenka Hríbová", "Bc. Tibor Palko", "Bc. Miroslava Štefková", "Mgr. Róbert Ilavský",
          "Bc. Katarína Ondrušová", "Bc. Ondrej Čaplovič", "Bc. Jana Fedorová"]
DRIVERS = ["Igor Bartoš", "Róbert Janík", "Stanislav Michalík", "Viliam Kopecký", "Ľubomír Pecha", "Ján Sedlák", "Marián Tkáč"]
INSURERS = [("25", "Všeobecná zdravotná poisťovňa"), ("24", "DÔVERA zdravotná poisťovňa"), ("27", "Union zdravotná poisťovňa")]
DG = [("I21.9", "Akútny infarkt myokardu, bližšie neurčený", 4), ("I63.9", "Mozgový infarkt, bližšie neurčený", 4),
      ("R55", "Synkopa a kolaps", 6), ("S06.0", "Otras mozgu", 4), ("J18.9", "Pneumónia, bližšie neurčená", 3),
      ("E16.2", "Hypoglykémia, bližšie neurčená", 2), ("F10.0", "Akútna intoxikácia alkoholom", 6), ("R07.4", "Bolesť v hrudníku, bližšie neurčená", 6),
      ("I50.1", "Zlyhanie ľavej komory", 3), ("S72.0", "Zlomenina krčka stehnovej kosti", 3), ("G40.9", "Epilepsia, bližšie neurčená", 2),
      ("J44.1", "Chronická obštrukčná choroba pľúc s akútnou exacerbáciou", 2), ("I10", "Esenciálna (primárna) hypertenzia", 5),
      ("T14.0", "Povrchové poranenie bližšie neurčenej oblasti tela", 4), ("R10.4", "Iná a bližšie neurčená bolesť brucha", 4),
      ("T42.4", "Otrava benzodiazepínmi", 1), ("O80", "Spontánny pôrod jedného plodu", 1), ("R50.9", "Horúčka, bližšie neurčená", 3)]
TARGETS = ["UNB Nemocnica Ružinov", "UNB Nemocnica Staré Mesto", "UNB Nemocnica akad. L. Dérera", "UNB Nemocnica Petržalka",
           "Nemocnica sv. Michala", "NÚSCH Bratislava", "Fakultná nemocnica Trnava", "Nemocnica Malacky", "ponechaný na mieste", "exitus"]
REL_F = ["manželka", "dcéra", "suseda", "matka", "sestra", "vnučka"]
REL_M = ["manžel", "syn", "sused", "otec", "brat"]
ASOF = datetime.date(2026, 11, 30)

def rc(birth, fem):
    mm = birth.month + (50 if fem else 0)
    base = "%02d%02d%02d" % (birth.year % 100, mm, birth.day)
    if birth.year < 1954:
        return base + "/" + "%03d" % rnd.randint(0, 999)
    while True:
        suf = rnd.randint(0, 999)
        n = int(base + "%03d" % suf)
        k = (11 - (n * 10) % 11) % 11
        if k < 10:
            return base + "/" + "%03d%d" % (suf, k)

def phone():
    n = rnd.choice(["905", "903", "908", "910", "911", "915", "917", "944", "948", "949"]) + "%06d" % rnd.randint(0, 999999)
    r = rnd.random()
    if r < 0.55:
        return "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if r < 0.8:
        return "+421 %s %s %s" % (n[:3], n[3:6], n[6:])
    return "0" + n

def dmy(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)

def dt(t):
    return "%d.%d.%d %d:%02d:%02d" % (t.day, t.month, t.year, t.hour, t.minute, t.second)

patients, used = [], set()
for i in range(880):
    g = rnd.choice(GIVEN)
    fem = g in FEMALE
    fam = rnd.choice(FAMILY)[1 if fem else 0]
    if i % 95 == 41:
        birth = datetime.date(rnd.randint(1929, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1936, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - birth.year - ((ASOF.month, ASOF.day) < (birth.month, birth.day))
    foreign = rnd.random() < 0.04
    r = "" if foreign else rc(birth, fem)
    while r and r in used:
        r = rc(birth, fem)
    used.add(r)
    ins = rnd.choices(INSURERS, [60, 30, 10])[0]
    cp = ("9" + "%09d" % rnd.randint(0, 999999999)) if foreign else r.replace("/", "")
    pl = rnd.choices(PLACES, [p[6] for p in PLACES])[0]
    ulica = "%s %d" % (rnd.choice(pl[4]), rnd.randint(1, 120)) + (("/" + rnd.choice("ABC")) if rnd.random() < 0.1 else "")
    if rnd.random() < 0.03:
        ulica, obec_ = "bez domova", ""
    patients.append(["%d" % (700000 + i * 3 + rnd.randint(0, 2)), r, cp, ins[0] + " - " + ins[1], g, fam, "Ž" if fem else "M",
                     dmy(birth), str(age), pl[0] if ulica != "bez domova" else "", ulica if ulica != "bez domova" else "bez domova",
                     rnd.choice(pl[3]) if ulica != "bez domova" else "", pl[1] if ulica != "bez domova" else "",
                     pl[2] if ulica != "bez domova" else "", phone() if rnd.random() < 0.7 else ""])

runs = []
t0 = datetime.datetime(2026, 1, 1, 0, 0, 0)
for k in range(2800):
    p = rnd.choice(patients)
    crew = rnd.choice(CREWS)
    call = t0 + datetime.timedelta(seconds=rnd.randint(0, 330 * 86400))
    dep = call + datetime.timedelta(seconds=rnd.randint(40, 240))
    arr = dep + datetime.timedelta(seconds=rnd.randint(240, 1500))
    hand = arr + datetime.timedelta(seconds=rnd.randint(900, 3600))
    home = p[9] and rnd.random() < 0.7
    pl = [x for x in PLACES if x[0] == p[9]][0] if home else rnd.choices(PLACES, [x[6] for x in PLACES])[0]
    miesto = p[10] if home else rnd.choice(["%s %d" % (rnd.choice(pl[4]), rnd.randint(1, 120)), "zastávka MHD " + rnd.choice(pl[4]),
                                            "D1, km " + str(rnd.randint(2, 60)), "OC Aupark", "Hlavná stanica", "%s pred domom č. %d" % (rnd.choice(pl[4]), rnd.randint(1, 90))])
    lat = ("%.6f" % (pl[5][0] + rnd.uniform(-0.02, 0.02))).replace(".", ",")
    lon = ("%.6f" % (pl[5][1] + rnd.uniform(-0.03, 0.03))).replace(".", ",")
    code, desc, _ = rnd.choices(DG, [d[2] for d in DG])[0]
    doc = rnd.choice(DOCTORS) if crew[1] in ("RLP", "RV") else ""
    med = rnd.choice(MEDICS)
    drv = rnd.choice(DRIVERS)
    spz = ""
    if code in ("S06.0", "T14.0", "S72.0") and rnd.random() < 0.5:
        spz = "%s-%03d%s%s" % (rnd.choice(["BA", "BL", "BT", "SC", "PK", "MA", "TT", "NR", "ZA"]), rnd.randint(100, 999),
                               rnd.choice("ABCDEFHJKLMNPRSTVXYZ"), rnd.choice("ABCDEFHJKLMNPRSTVXYZ"))
        miesto = "dopravná nehoda, " + miesto
    naca = str(rnd.choices([1, 2, 3, 4, 5, 6, 7], [10, 30, 30, 15, 8, 4, 3])[0])
    target = "exitus" if naca == "7" else rnd.choice(TARGETS[:-1])
    an = ""
    r = rnd.random()
    fem = p[6] == "Ž"
    if r < 0.08:
        rel = rnd.choice(REL_F)
        an = "Podľa %s %s %s (tel. %s) pacient%s od rána zmäten%s, %s." % (
            {"manželka": "manželky", "dcéra": "dcéry", "suseda": "susedy", "matka": "matky", "sestra": "sestry", "vnučka": "vnučky"}[rel],
            rnd.choice(GIVEN[15:]), rnd.choice(FAMILY)[1], phone(), "ka" if fem else "", "á" if fem else "ý",
            rnd.choice(["udáva bolesť na hrudi", "nereaguje na oslovenie", "opakovane zvracal", "spadol v kúpeľni"]))
    elif r < 0.14:
        rel = rnd.choice(REL_M)
        an = "Výzvu volal %s %s %s. Nájden%s na zemi v byte, pri vedomí, GCS 14." % (rel, rnd.choice(GIVEN[:15]), rnd.choice(FAMILY)[0], "á" if fem else "ý")
    elif r < 0.6:
        an = rnd.choice(["Bolesť na hrudi trvajúca 2 hod., propagácia do ľavej HK, potenie.", "Náhle vzniknutá slabosť PHK a porucha reči, začiatok 10:40.",
                         "Kolaps v MHD, krátkodobé bezvedomie, t. č. orientovaný.", "Pád z bicykla, bez prilby, tržná rana na čele.",
                         "Diabetik na inzulíne, glykémia 1,9 mmol/l, podaná 40 % glukóza i.v.", "Dušnosť, TF 28/min, SpO2 84 %, známa CHOCHP.",
                         "Intoxikácia alkoholom, nájdený políciou na ulici.", "Kŕče trvajúce 3 min, pohryzený jazyk, známa epilepsia.",
                         "Pád doma, bolesť ľavého bedra, skrátená a rotovaná DK."])
    runs.append(["", p[0], crew[0], dt(call), dt(dep), dt(arr), dt(hand), pl[0], miesto, lat, lon, doc, med, drv, spz,
                 code, desc, naca, target, an])
runs.sort(key=lambda r: datetime.datetime.strptime(r[3], "%d.%m.%Y %H:%M:%S"))
for i, r in enumerate(runs):
    r[0] = "Z26-%06d" % (1 + i * 2)

V_HEAD = ["Kód posádky", "Typ", "ŠPZ", "Stanovište", "Poskytovateľ"]
P_HEAD = ["ID pacienta", "Rodné číslo", "Číslo poistenca", "Zdravotná poisťovňa", "Meno", "Priezvisko", "Pohlavie",
          "Dátum narodenia", "Vek", "Obec", "Ulica", "PSČ", "Okres", "Kraj", "Telefón"]
Z_HEAD = ["Číslo zásahu", "ID pacienta", "Kód posádky", "Prijatie výzvy", "Výjazd", "Príchod na miesto", "Odovzdanie pacienta",
          "Obec zásahu", "Miesto zásahu", "Zem. šírka", "Zem. dĺžka", "Lekár", "Záchranár", "Vodič", "ŠPZ vozidla (DN)",
          "Dg. MKN-10", "Diagnóza", "NACA", "Cieľové zariadenie", "Anamnéza"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("posadky", V_HEAD, CREWS)
write("pacienti", P_HEAD, patients)
write("zasahy", Z_HEAD, runs)

L = {"posadky.Kód posádky": "NON_IDENTIFYING", "posadky.Typ": "NON_IDENTIFYING", "posadky.ŠPZ": "QUASI_IDENTIFIER",
     "posadky.Stanovište": "NON_IDENTIFYING", "posadky.Poskytovateľ": "NON_IDENTIFYING",
     "pacienti.ID pacienta": "MEDICAL_RECORD_NUMBER", "pacienti.Rodné číslo": "NATIONAL_ID",
     "pacienti.Číslo poistenca": "HEALTH_PLAN_BENEFICIARY_NUMBER", "pacienti.Zdravotná poisťovňa": "NON_IDENTIFYING",
     "pacienti.Meno": "GIVEN_NAME", "pacienti.Priezvisko": "FAMILY_NAME", "pacienti.Pohlavie": "NON_IDENTIFYING",
     "pacienti.Dátum narodenia": "DATE_OF_BIRTH", "pacienti.Vek": "AGE", "pacienti.Obec": "CITY",
     "pacienti.Ulica": "STREET_ADDRESS", "pacienti.PSČ": "ZIP_CODE", "pacienti.Okres": "COUNTY", "pacienti.Kraj": "NON_IDENTIFYING",
     "pacienti.Telefón": "TELEPHONE_NUMBER",
     "zasahy.Číslo zásahu": "OTHER_UNIQUE_IDENTIFIER", "zasahy.ID pacienta": "MEDICAL_RECORD_NUMBER",
     "zasahy.Kód posádky": "NON_IDENTIFYING", "zasahy.Prijatie výzvy": "DATE", "zasahy.Výjazd": "DATE",
     "zasahy.Príchod na miesto": "DATE", "zasahy.Odovzdanie pacienta": "DATE", "zasahy.Obec zásahu": "CITY",
     "zasahy.Miesto zásahu": "STREET_ADDRESS", "zasahy.Zem. šírka": "GEOCOORDINATE", "zasahy.Zem. dĺžka": "GEOCOORDINATE",
     "zasahy.Lekár": "NAME", "zasahy.Záchranár": "NAME", "zasahy.Vodič": "NAME", "zasahy.ŠPZ vozidla (DN)": "VEHICLE_IDENTIFIER",
     "zasahy.Dg. MKN-10": "NON_IDENTIFYING", "zasahy.Diagnóza": "NON_IDENTIFYING", "zasahy.NACA": "NON_IDENTIFYING",
     "zasahy.Cieľové zariadenie": "NON_IDENTIFYING", "zasahy.Anamnéza": "FREE_TEXT"}
gold = {"dataset": "zachranka-sk",
        "description": "Invented dispatch and run-sheet export of a fictional Slovak EMS (záchranná zdravotná služba) in the Bratislava and Trnava regions (breaker88), ';', decimal commas, d.M.yyyy, times d.M.yyyy H:mm:ss: posadky 12 (Kód posádky 'RZP-BA-03', Typ RLP/RZP/RV, ŠPZ 'BA-512KR' (the ambulance), Stanovište, Poskytovateľ), pacienti 880 (ID pacienta, Rodné číslo 'YYMMDD/XXXX' divisible by 11, women +50 on the month, 'YYMMDD/XXX' before 1954 (4% foreigners empty), Číslo poistenca (the RČ without slash, or a 10-digit BIČ), Zdravotná poisťovňa '25 - Všeobecná zdravotná poisťovňa', Meno, Priezvisko, Pohlavie M/Ž, Dátum narodenia '3.7.1958' (16 over 89: 10 born 1929-1935, some 1936), Vek, Obec 'Bratislava - Ružinov', Ulica 'Hurbanova 12', PSČ '811 01', Okres, Kraj, Telefón '0905 123 456' / '+421 905 123 456' / '0905123456'), zasahy 2,800 (Číslo zásahu 'Z26-000001', ID pacienta, Kód posádky, four times '3.2.2026 7:05:12', Obec zásahu, Miesto zásahu (the home address on 70%), Zem. šírka / Zem. dĺžka '48,144600', Lekár 'MUDr. Peter Horváth', Záchranár 'Bc. Martin Kubala', Vodič (crew names), ŠPZ vozidla (DN) (the patient's vehicle in a road accident), Dg. MKN-10, Diagnóza, NACA, Cieľové zariadenie, Anamnéza naming relatives with phones on 8%). Labels: Rodné číslo NATIONAL_ID; Číslo poistenca HEALTH_PLAN_BENEFICIARY_NUMBER; Okres COUNTY; Kraj NON_IDENTIFYING (a region); Obec and Obec zásahu CITY; incident place STREET_ADDRESS; the ambulance plate QUASI_IDENTIFIER (the provider's vehicle, not the patient's); the crashed vehicle's plate VEHICLE_IDENTIFIER; crew codes NON_IDENTIFYING. Coincidences: surname Senec beside the town Senec; given name Michal beside 'Nemocnica sv. Michala'; given name Juraj beside the town Svätý Jur; street Hurbanova beside surname Hurban; MUDr. Peter Horváth beside patients surnamed Horváth.",
        "delimiter": ";", "entity": "pacienti", "columns": L,
        "foreignKeys": [{"column": "zasahy.ID pacienta", "references": "pacienti.ID pacienta"},
                        {"column": "zasahy.Kód posádky", "references": "posadky.Kód posádky"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

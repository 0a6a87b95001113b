#!/usr/bin/env python3
"""Writes zdravstvo-si: an invented export of a FICTIONAL Slovenian health centre (zdravstveni dom), seeded, Python
standard library only. ';' as Slovenian-locale Excel writes CSV, decimal commas, dates 'd. m. yyyy' with spaces as
Slovenian systems print them, Slovenian headers with č/š/ž. zdravniki (16 doctors: 5-digit ZZZS doctor code, name
'Marko Novak, dr. med.', specialisation, ambulanta, phone), pacienti (1,100: ZZZS številka (9 digits), EMŠO (13 digits:
DDMMYYY, register 50, sequence by sex, mod-11 check digit), priimek, ime, spol, datum rojstva, starost (some over 89),
davčna številka (8 digits, mod-11 check digit), naslov, pošta '1000 Ljubljana', občina, telefon '041 123 456' /
'+386 41 123 456' / '01 234 56 78', e-pošta, izbrani osebni zdravnik (name), dopolnilno zavarovanje, kontaktna oseba
(free text)), obiski (3,200 visits: number, ZZZS številka, date, time, doctor code, type, MKB-10-AM code and
Slovenian text, blood pressure, weight '78,4', temperature '37,2', opombe (free text, some naming a relative with a
phone), referral, sick leave days). Coincidences: the surname Kamnik beside the town, post office and občina Kamnik;
the given name Vita beside 'Ambulanta Vita'; the surname Žagar beside 'Cesta Staneta Žagarja'; the doctor Novak
beside patients named Novak."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(820202)
GIVEN = [("Franc", "M"), ("Janez", "M"), ("Marko", "M"), ("Anton", "M"), ("Ivan", "M"), ("Andrej", "M"), ("Jožef", "M"),
         ("Luka", "M"), ("Matej", "M"), ("Peter", "M"), ("Tomaž", "M"), ("Aleš", "M"), ("Bojan", "M"), ("Žiga", "M"),
         ("Jure", "M"), ("Nejc", "M"), ("Stanislav", "M"), ("Zdravko", "M"),
         ("Marija", "Ž"), ("Ana", "Ž"), ("Maja", "Ž"), ("Irena", "Ž"), ("Mojca", "Ž"), ("Nina", "Ž"), ("Mateja", "Ž"),
         ("Nataša", "Ž"), ("Barbara", "Ž"), ("Andreja", "Ž"), ("Petra", "Ž"), ("Špela", "Ž"), ("Vita", "Ž"),
         ("Zala", "Ž"), ("Ivanka", "Ž"), ("Frančiška", "Ž")]
FAMILY = ["Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar", "Golob",
          "Turk", "Božič", "Kralj", "Zupan", "Bizjak", "Hribar", "Korošec", "Kamnik", "Žagar", "Rozman", "Petek",
          "Kolar", "Jerman", "Oblak", "Debeljak", "Pirc", "Hočevar", "Begić", "Hodžić"]
# (pošta, občina, streets, weight)
TOWNS = [("1000 Ljubljana", "Ljubljana", ["Celovška cesta", "Dunajska cesta", "Trubarjeva cesta", "Ulica Janeza Pavla II.",
                                          "Cesta Staneta Žagarja", "Tržaška cesta", "Zaloška cesta"], 30),
         ("1241 Kamnik", "Kamnik", ["Šutna", "Ljubljanska cesta", "Perovo", "Cesta Staneta Žagarja", "Novi trg"], 24),
         ("1230 Domžale", "Domžale", ["Ljubljanska cesta", "Kolodvorska cesta", "Savska cesta", "Miklošičeva ulica"], 18),
         ("1235 Radomlje", "Domžale", ["Prešernova cesta", "Pelechova cesta"], 5),
         ("1233 Dob", "Domžale", ["Dob", "Vir"], 3),
         ("1242 Stahovica", "Kamnik", ["Stahovica", "Kamniška Bistrica"], 2),
         ("1234 Mengeš", "Mengeš", ["Slovenska cesta", "Glavni trg", "Trdinova ulica"], 8),
         ("1218 Komenda", "Komenda", ["Glavarjeva cesta", "Zajčeva cesta", "Podboršt"], 6),
         ("1225 Lukovica", "Lukovica", ["Lukovica", "Prevoje pri Šentvidu"], 4)]
DOCTORS = [["10452", "Marko Novak, dr. med.", "Družinska medicina", "Ambulanta Vita", "01 830 41 10"],
           ["10487", "Irena Zorman, dr. med.", "Družinska medicina", "Ambulanta Vita", "01 830 41 11"],
           ["11209", "Tomaž Lesjak, dr. med.", "Družinska medicina", "Ambulanta 2", "01 830 41 12"],
           ["11375", "Katja Grošelj, dr. med.", "Družinska medicina", "Ambulanta 3", "01 830 41 13"],
           ["12018", "Boštjan Kern, dr. med.", "Družinska medicina", "Ambulanta Komenda", "01 834 11 20"],
           ["12433", "Alenka Pavlin, dr. med.", "Družinska medicina", "Ambulanta Mengeš", "01 723 70 10"],
           ["13102", "Urška Hren, dr. med.", "Pediatrija", "Otroški dispanzer", "01 830 41 30"],
           ["13155", "Gregor Kos, dr. med.", "Pediatrija", "Šolski dispanzer", "01 830 41 31"],
           ["14021", "Mateja Vrhovnik, dr. med.", "Ginekologija in porodništvo", "Dispanzer za žene", "01 830 41 40"],
           ["14388", "Primož Cerar, dr. med.", "Medicina dela, prometa in športa", "Ambulanta MDPŠ", "01 830 41 50"],
           ["15012", "Simona Kralj, dr. med.", "Družinska medicina", "Referenčna ambulanta", "01 830 41 14"],
           ["15090", "Darko Ulaga, dr. med.", "Urgentna medicina", "Nujna medicinska pomoč", "01 830 41 00"],
           ["15561", "Nina Oblak, dr. dent. med.", "Zobozdravstvo", "Zobna ambulanta", "01 830 41 60"],
           ["16204", "Jernej Bizjak, dr. med.", "Fizikalna in rehabilitacijska medicina", "Fizioterapija", "01 830 41 70"],
           ["16733", "Polona Medved, dr. med.", "Psihiatrija", "Center za duševno zdravje", "01 830 41 80"],
           ["17011", "Anže Rupnik, dr. med.", "Družinska medicina", "Ambulanta Lukovica", "01 723 45 90"]]
FAMILY_DOCS = [d for d in DOCTORS if d[2] == "Družinska medicina"]
MKB = {"Družinska medicina": [("I10", "Esencialna (primarna) hipertenzija"), ("E11.9", "Sladkorna bolezen tipa 2 brez zapletov"),
                              ("J06.9", "Akutna infekcija zgornjih dihal, neopredeljena"), ("M54.5", "Bolečina v križu"),
                              ("N39.0", "Infekcija sečil, mesto ni opredeljeno"), ("F41.1", "Generalizirana anksiozna motnja"),
                              ("J20.9", "Akutni bronhitis, neopredeljen"), ("Z76.0", "Izdaja ponovnega recepta"), ("E78.0", "Čista hiperholesterolemija")],
       "Pediatrija": [("J06.9", "Akutna infekcija zgornjih dihal, neopredeljena"), ("H66.9", "Vnetje srednjega ušesa, neopredeljeno"),
                      ("Z00.1", "Rutinski pregled zdravja otroka"), ("A08.4", "Virusna črevesna infekcija, neopredeljena")],
       "Ginekologija in porodništvo": [("Z34.9", "Nadzor normalne nosečnosti, neopredeljen"), ("N76.0", "Akutni vaginitis"),
                                       ("Z12.4", "Presejalni pregled za rak materničnega vratu")],
       "Medicina dela, prometa in športa": [("Z02.1", "Preventivni pregled pred zaposlitvijo"), ("Z02.4", "Pregled za vozniško dovoljenje")],
       "Urgentna medicina": [("S61.0", "Rana prsta roke brez poškodbe nohta"), ("S93.4", "Izpah, zvin in nateg gležnja"), ("R07.4", "Bolečina v prsih, neopredeljena")],
       "Zobozdravstvo": [("K02.1", "Zobna gniloba dentina"), ("K05.1", "Kronični gingivitis")],
       "Fizikalna in rehabilitacijska medicina": [("M75.1", "Sindrom rotatorne manšete"), ("M17.1", "Druga primarna gonartroza")],
       "Psihiatrija": [("F32.1", "Zmerna depresivna epizoda"), ("F10.2", "Duševne in vedenjske motnje zaradi uživanja alkohola, sindrom odvisnosti")]}
VISIT_TYPE = ["Prvi pregled", "Ponovni pregled", "Kontrolni pregled", "Preventivni pregled", "Hišni obisk", "Telefonski posvet", "E-posvet"]
OPOMBE_P = ["Spremlja ga hči {n}, tel. {p}", "Klicala žena {g}, prosi za recept", "Hišni obisk, odprl sin {n} ({p})",
            "Pacientko pripeljala soseda {n}", "Po telefonu sporočil vnuk {g} {f}, {p}", "Napoten od dr. {f}"]
OPOMBE = ["Kontrola čez 3 mesece", "Recept za 6 mesecev", "Izvidi priloženi", "Odvzem krvi na tešče", "Naročen na UZ",
          "Cepljenje proti gripi", "Bolniški stalež podaljšan", "Ni prišel na kontrolo", "Potrebna napotnica za ortopeda", ""]
NAPOTNICA = ["", "", "", "", "Interna klinika UKC Ljubljana", "Ortopedska klinika", "Očesna klinika", "SB Trbovlje",
             "ORL ambulanta", "Dermatovenerološka klinika"]
ZAV = ["Vzajemna", "Triglav", "Generali", "Ni dopolnilnega", "Vzajemna", "Triglav"]
TODAY = datetime.date(2025, 11, 28)

def sd(x):
    return "%d. %d. %d" % (x.day, x.month, x.year)

def emso(born, sex, used):
    while True:
        seq = rnd.randint(0, 499) if sex == "M" else rnd.randint(500, 999)
        s = "%02d%02d%03d50%03d" % (born.day, born.month, born.year % 1000, seq)
        t = sum(int(a) * w for a, w in zip(s, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        k = 11 - t % 11
        if k == 10:
            continue
        k = 0 if k == 11 else k
        v = s + str(k)
        if v not in used:
            used.add(v); return v

def davcna(used):
    while True:
        s = str(rnd.randint(1000000, 9999999))
        t = sum(int(a) * w for a, w in zip(s, [8, 7, 6, 5, 4, 3, 2]))
        k = 11 - t % 11
        if k == 11:
            continue
        v = s + ("0" if k == 10 else str(k))
        if v not in used:
            used.add(v); return v

def phone():
    r = rnd.random()
    if r < 0.7:
        n = rnd.choice(["031", "041", "040", "051", "070", "068", "064"]) + "%06d" % rnd.randint(0, 999999)
        s = rnd.choices([0, 1, 2, 3], [55, 20, 15, 10])[0]
        return [n[:3] + " " + n[3:6] + " " + n[6:], "+386 " + n[1:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "/" + n[3:6] + "-" + n[6:]][s]
    n = "01" + "%07d" % rnd.randint(7000000, 8399999)
    return n[:2] + " " + n[2:5] + " " + n[5:7] + " " + n[7:]

def ascii_(s):
    return s.lower().translate(str.maketrans("čšžćđ", "cszcd"))

patients = []
used_e, used_d, used_z = set(), set(), set()
for k in range(1100):
    g, sex = rnd.choice(GIVEN)
    sex = "M" if sex == "M" else "Ž"
    fam = rnd.choice(FAMILY)
    r = rnd.random()
    if r < 0.013:
        born = datetime.date(rnd.randint(1929, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.17:
        born = datetime.date(rnd.randint(2007, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1936, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    e = emso(born, "M" if sex == "M" else "Ž", used_e)
    while True:
        z = "%09d" % rnd.randint(10000000, 999999999)
        if z not in used_z:
            used_z.add(z); break
    dav = davcna(used_d) if age >= 15 or rnd.random() < 0.5 else ""
    town = rnd.choices(TOWNS, [t[3] for t in TOWNS])[0]
    street = rnd.choice(town[2])
    addr = "%s %d%s" % (street, rnd.randint(1, 140), rnd.choice(["", "", "", "", "a", "b"])) if street not in ("Dob", "Vir", "Stahovica", "Lukovica") else "%s %d" % (street, rnd.randint(1, 90))
    tel = phone() if rnd.random() < 0.92 else ""
    mail = "%s.%s%s@%s" % (ascii_(g), ascii_(fam), rnd.choice(["", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "siol.net", "t-2.net", "amis.net"])) if rnd.random() < 0.45 and age >= 16 else ""
    if age < 7:
        doc = rnd.choice([DOCTORS[6], DOCTORS[7]])
    elif age < 19:
        doc = rnd.choice([DOCTORS[6], DOCTORS[7], rnd.choice(FAMILY_DOCS)])
    else:
        doc = rnd.choice(FAMILY_DOCS)
    iozn = doc[1] if rnd.random() < 0.6 else "%s %s" % (doc[1].split(",")[0].split()[1], doc[1].split(",")[0].split()[0])
    if age < 18:
        kont = "%s: %s %s, %s" % (rnd.choice(["Mati", "Oče"]), rnd.choice(GIVEN)[0], fam, phone())
    elif rnd.random() < 0.25:
        kont = "%s %s %s, %s" % (rnd.choice(["Hči", "Sin", "Žena", "Mož", "Soseda"]), rnd.choice(GIVEN)[0], fam if rnd.random() < 0.7 else rnd.choice(FAMILY), phone())
    else:
        kont = ""
    patients.append([z, e, fam, g, sex, sd(born), str(age), dav, addr, town[0], town[1], tel, mail, iozn, doc[0],
                     rnd.choice(ZAV) if age >= 18 else "", kont])
patients.sort(key=lambda p: (p[2], p[3], p[0]))

visits = []
vid = 5100000
for _ in range(3200):
    p = rnd.choice(patients)
    age = int(p[6])
    if rnd.random() < 0.7:
        doc = next(x for x in DOCTORS if x[0] == p[14])
    else:
        doc = rnd.choice(DOCTORS)
        if doc[2] == "Pediatrija" and age >= 19 or doc[2] == "Ginekologija in porodništvo" and (p[4] != "Ž" or age < 15):
            doc = next(x for x in DOCTORS if x[0] == p[14])
    day = TODAY - datetime.timedelta(days=rnd.randint(0, 900))
    while day.weekday() > 4 and doc[2] != "Urgentna medicina":
        day -= datetime.timedelta(days=1)
    tm = "%d:%02d" % (rnd.randint(7, 18), rnd.choice([0, 10, 15, 20, 30, 40, 45, 50]))
    vt = rnd.choices(VISIT_TYPE, [20, 25, 20, 10, 3 if age > 70 else 0, 14, 8])[0]
    code, text = rnd.choice(MKB[doc[2]])
    bp = "%d/%d" % (rnd.randint(105, 180), rnd.randint(60, 105)) if age >= 18 and rnd.random() < 0.4 and vt not in ("Telefonski posvet", "E-posvet") else ""
    wt = ("%.1f" % rnd.uniform(50, 118)).replace(".", ",") if age >= 16 and rnd.random() < 0.25 else ("%.1f" % rnd.uniform(3, 45)).replace(".", ",") if age < 16 and rnd.random() < 0.4 else ""
    temp = ("%.1f" % rnd.uniform(36.0, 39.4)).replace(".", ",") if rnd.random() < 0.2 else ""
    if rnd.random() < 0.1:
        gg = rnd.choice(GIVEN)[0]
        op = rnd.choice(OPOMBE_P).format(n="%s %s" % (gg, p[2] if rnd.random() < 0.7 else rnd.choice(FAMILY)), g=gg, f=rnd.choice(FAMILY), p=phone())
    else:
        op = rnd.choice(OPOMBE)
    bol = str(rnd.choice([3, 5, 7, 10, 14, 21])) if 18 <= age < 65 and rnd.random() < 0.1 else ""
    vid += rnd.randint(1, 7)
    visits.append([str(vid), p[0], sd(day), tm, doc[0], vt, code, text, bp, wt, temp, op, rnd.choice(NAPOTNICA), bol])
visits.sort(key=lambda v: int(v[0]))

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head); w.writerows(rows)

DH = ["Šifra zdravnika", "Zdravnik", "Specializacija", "Ambulanta", "Telefon ambulante"]
PH = ["ZZZS številka", "EMŠO", "Priimek", "Ime", "Spol", "Datum rojstva", "Starost", "Davčna številka", "Naslov", "Pošta",
      "Občina", "Telefon", "E-pošta", "Izbrani osebni zdravnik", "Šifra IOZ", "Dopolnilno zavarovanje", "Kontaktna oseba"]
VH = ["Št. obiska", "ZZZS številka", "Datum obiska", "Ura", "Šifra zdravnika", "Vrsta obiska", "Diagnoza (MKB-10-AM)",
      "Opis diagnoze", "Krvni tlak", "Telesna teža (kg)", "Telesna temperatura (°C)", "Opombe", "Napotnica", "Bolniški stalež (dni)"]
write("zdravniki", DH, DOCTORS)
write("pacienti", PH, patients)
write("obiski", VH, visits)
N = "NON_IDENTIFYING"
Q = "QUASI_IDENTIFIER"
L = {"zdravniki": [Q, "NAME", N, N, "TELEPHONE_NUMBER"],
     "pacienti": ["HEALTH_PLAN_BENEFICIARY_NUMBER", "NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", N, "DATE_OF_BIRTH", "AGE",
                  "NATIONAL_ID", "STREET_ADDRESS", "ZIP_CODE", "CITY", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NAME", Q, N, "FREE_TEXT"],
     "obiski": ["OTHER_UNIQUE_IDENTIFIER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE", "DATE", Q, N, N, N, N, N, N, "FREE_TEXT", N, N]}
H = {"zdravniki": DH, "pacienti": PH, "obiski": VH}
cols = {}
for t in ("zdravniki", "pacienti", "obiski"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "zdravstvo-si",
        "description": "Invented export of a fictional Slovenian health centre (zdravstveni dom) in the Kamnik-Domžale area (breaker82), ';', decimal commas, dates 'd. m. yyyy', Slovenian headers: zdravniki 16 (5-digit ZZZS doctor code, 'Marko Novak, dr. med.' (staff), specialisation, ambulanta, phone '01 830 41 10'), pacienti 1,100 (ZZZS številka 9 digits, EMŠO 13 digits with the birth date DDMMYYY, register 50, sex-dependent sequence and mod-11 check digit, priimek, ime, spol M/Ž, datum rojstva '3. 6. 1958', starost (about 1.3% over 89), davčna številka 8 digits with its mod-11 check digit (some children without), naslov 'Celovška cesta 112', pošta '1000 Ljubljana' (post code and post office in one cell), občina, telefon '041 123 456' / '+386 41 123 456' / '041123456' / '041/123-456' / '01 723 45 67', e-pošta (45%), izbrani osebni zdravnik 'Marko Novak, dr. med.' or 'Novak Marko', Šifra IOZ (doctor code), dopolnilno zavarovanje, kontaktna oseba 'Hči Ana Novak, 041 ...' (free text)), obiski 3,200 (visit number, ZZZS številka, date, time '9:15', doctor code, visit type, MKB-10-AM code and Slovenian text, blood pressure, weight '78,4', temperature '37,2', opombe (free text; 10% name a relative, neighbour or referring doctor, some with a phone), referral, sick-leave days). Labels: ZZZS številka HEALTH_PLAN_BENEFICIARY_NUMBER; EMŠO and davčna številka NATIONAL_ID; Pošta ZIP_CODE (it holds the post code; the post office name is the town); Občina CITY; doctor names NAME; doctor codes QUASI_IDENTIFIER (staff, as physicians.npi elsewhere); MKB-10-AM, measurements, insurers NON_IDENTIFYING. Coincidences: the surname Kamnik beside the town, post office '1241 Kamnik' and občina Kamnik; the given name Vita beside 'Ambulanta Vita'; the surname Žagar beside 'Cesta Staneta Žagarja'; the doctors Novak, Kos, Kralj, Oblak, Bizjak beside patients with those surnames",
        "delimiter": ";", "entity": "pacienti", "columns": cols,
        "foreignKeys": [{"column": "obiski.ZZZS številka", "references": "pacienti.ZZZS številka"},
                        {"column": "obiski.Šifra zdravnika", "references": "zdravniki.Šifra zdravnika"},
                        {"column": "pacienti.Šifra IOZ", "references": "zdravniki.Šifra zdravnika"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes ubezpieczenia-pl: an invented export of a fictional Polish insurer (seeded, stdlib only), ';' separated,
decimal commas, dates dd.mm.rrrr, Polish headers with diacritics. produkty: 12 products (code, name, product line,
base premium, term, active flag). ubezpieczeni: 1,500 insured persons (client number, imię, nazwisko in its male or
female form, PESEL with the birth date, century offset in the month, sex digit and check digit, data urodzenia,
płeć, obywatelstwo, ulica 'ul. Adama Mickiewicza' / 'al. Jana Pawła II' (empty for villages without streets, whose
address is 'Nowa Wieś 15'), nr domu, nr lokalu, kod pocztowy '62-800', miejscowość, województwo, telefon '+48 601 234
567' in several writings, e-mail). polisy: about 2,600 policies (numer polisy '2024/ZYC-GR/045123', client number,
product code, individual or group contract, the employer's NIP '123-456-32-18' with its check digit and 9-digit REGON
with its check digit for group policies, monthly premium '59,00', sum insured '50 000,00', data od/do (empty 'do'
for open-ended group cover), status, sales channel, payment form). szkody: about 700 claims (claim number, policy
number, dates of the event and the report, kind of loss, place of the event, free-text description naming
neighbours, children, widows and streets, amounts claimed and paid, status, claims handler). Deliberate
coincidences: the kind of loss 'grad' (hail) beside the surname Grad; the town Kalisz beside the surname Kalisz
(also a claims handler's); streets named after Mickiewicz and Kościuszko beside those surnames."""
import csv, json, random, datetime
rnd = random.Random(770101)
# (female, male) given names
GIVEN = [("Anna", "Piotr"), ("Maria", "Krzysztof"), ("Katarzyna", "Andrzej"), ("Małgorzata", "Tomasz"),
         ("Agnieszka", "Jan"), ("Barbara", "Paweł"), ("Ewa", "Michał"), ("Krystyna", "Marcin"), ("Elżbieta", "Łukasz"),
         ("Zofia", "Grzegorz"), ("Joanna", "Józef"), ("Magdalena", "Stanisław"), ("Monika", "Jakub"),
         ("Żaneta", "Mateusz"), ("Jadwiga", "Wojciech"), ("Wiktoria", "Zbigniew"), ("Halina", "Kazimierz"),
         ("Oksana", "Ołeksandr"), ("Natalia", "Bartosz"), ("Dorota", "Ryszard")]
# (male, female) family names
FAMILY = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
          ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
          ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"), ("Dąbrowski", "Dąbrowska"),
          ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"),
          ("Krawczyk", "Krawczyk"), ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
          ("Król", "Król"), ("Grad", "Grad"), ("Kalisz", "Kalisz"), ("Kościuszko", "Kościuszko"),
          ("Mickiewicz", "Mickiewicz"), ("Bondarenko", "Bondarenko"), ("Żak", "Żak"), ("Ślusarczyk", "Ślusarczyk"),
          ("Sobczak", "Sobczak"), ("Wróblewski", "Wróblewska"), ("Adamczyk", "Adamczyk")]
# town, postcode prefix (first 2-3 digits), voivodeship, weight, village (no streets)
TOWNS = [("Warszawa", ["00", "01", "02", "03", "04"], "mazowieckie", 22, False),
         ("Kraków", ["30", "31"], "małopolskie", 12, False), ("Łódź", ["90", "91", "93", "94"], "łódzkie", 9, False),
         ("Wrocław", ["50", "51", "53", "54"], "dolnośląskie", 9, False), ("Poznań", ["60", "61"], "wielkopolskie", 8, False),
         ("Gdańsk", ["80"], "pomorskie", 7, False), ("Sopot", ["81-7"], "pomorskie", 2, False),
         ("Lublin", ["20"], "lubelskie", 5, False), ("Kalisz", ["62-8"], "wielkopolskie", 4, False),
         ("Gniezno", ["62-2"], "wielkopolskie", 3, False), ("Opole", ["45"], "opolskie", 3, False),
         ("Rzeszów", ["35"], "podkarpackie", 4, False), ("Toruń", ["87-1"], "kujawsko-pomorskie", 3, False),
         ("Zakopane", ["34-5"], "małopolskie", 1, False), ("Białystok", ["15"], "podlaskie", 3, False),
         ("Katowice", ["40"], "śląskie", 6, False), ("Szczecin", ["70", "71"], "zachodniopomorskie", 4, False),
         ("Zielona Góra", ["65"], "lubuskie", 2, False), ("Olsztyn", ["10"], "warmińsko-mazurskie", 2, False),
         ("Kielce", ["25"], "świętokrzyskie", 2, False),
         ("Nowa Wieś", ["62-81"], "wielkopolskie", 1, True), ("Bobrowniki", ["87-61"], "kujawsko-pomorskie", 1, True),
         ("Michałowice", ["05-81"], "mazowieckie", 1, True), ("Wola Batorska", ["32-00"], "małopolskie", 1, True),
         ("Zagórze", ["34-12"], "małopolskie", 1, True)]
STREETS = ["ul. Adama Mickiewicza", "ul. Tadeusza Kościuszki", "ul. Juliusza Słowackiego", "ul. Długa", "ul. Polna",
           "ul. Leśna", "ul. Ogrodowa", "ul. Lipowa", "ul. Kwiatowa", "al. Jana Pawła II", "ul. Marszałkowska",
           "ul. Józefa Piłsudskiego", "ul. 3 Maja", "ul. Grunwaldzka", "ul. Wojska Polskiego", "os. Tysiąclecia",
           "pl. Wolności", "ul. Kolejowa", "ul. Szkolna", "al. Niepodległości"]
EMPLOYERS = ["Zakłady Mięsne", "Szpital Wojewódzki", "Urząd Miasta", "Politechnika", "Fabryka Mebli", "Bank Spółdzielczy",
             "Przedsiębiorstwo Komunikacji", "Centrum Logistyczne", "Hurtownia Farmaceutyczna", "Drukarnia",
             "Zespół Szkół", "Spółdzielnia Mleczarska", "Huta Szkła", "Elektrociepłownia", "Biuro Rachunkowe",
             "Sklep Spożywczy", "Firma Transportowa", "Przychodnia Rodzinna", "Software House", "Gmina",
             "Stocznia", "Piekarnia", "Kancelaria Notarialna", "Hotel", "Zakład Energetyczny"]
PRODUCTS = [("ZYC-GR", "Grupowe ubezpieczenie na życie Razem", "życie grupowe", 59.00, 12),
            ("ZYC-IND", "Bezpieczne Życie Plus", "życie indywidualne", 89.00, 12),
            ("NNW", "NNW Aktywni", "następstwa nieszczęśliwych wypadków", 12.50, 12),
            ("NNW-SZK", "NNW Szkolne", "następstwa nieszczęśliwych wypadków", 5.80, 12),
            ("MIE", "Mieszkanie Komfort", "mieszkaniowe", 35.00, 12),
            ("DOM", "Dom i Ogród", "mieszkaniowe", 48.00, 12),
            ("ZDR", "Pakiet Medyczny Standard", "zdrowotne", 115.00, 12),
            ("ZDR-R", "Pakiet Medyczny Rodzina", "zdrowotne", 289.00, 12),
            ("OC-PRYW", "OC w życiu prywatnym", "odpowiedzialność cywilna", 9.90, 12),
            ("POD", "Podróże Świat", "turystyczne", 24.00, 1),
            ("ROL", "Rolnik Bezpieczny", "rolne", 64.00, 12),
            ("SEN", "Senior 60+", "życie indywidualne", 72.00, 12)]
HANDLERS = ["Marta Kalisz", "Tomasz Grad", "Beata Lis", "Rafał Nowicki", "Iwona Sikora", "Dariusz Pietrzak",
            "Karolina Majewska", "Sławomir Duda", "Ewelina Baran", "Artur Zając"]
DOMAINS = ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl", "tlen.pl"]
MOBILE = ["501", "502", "504", "510", "512", "531", "533", "535", "600", "601", "602", "604", "660", "661", "664", "691",
          "692", "693", "724", "728", "781", "785", "790", "797", "880", "886"]
ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")

def pesel(born, male):
    y, m = born.year, born.month
    m += {18: 80, 19: 0, 20: 20}[y // 100]
    base = "%02d%02d%02d%03d%d" % (y % 100, m, born.day, rnd.randint(0, 999), rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    s = sum(int(c) * w for c, w in zip(base, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return base + str((10 - s % 10) % 10)

def nip():
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return s[:3] + "-" + s[3:6] + "-" + s[6:8] + "-" + s[8:] if rnd.random() < 0.7 else s

def regon():
    d = [rnd.randint(0, 9) for _ in range(8)]
    c = sum(a * b for a, b in zip(d, [8, 9, 2, 3, 4, 5, 6, 7])) % 11
    return "".join(map(str, d)) + str(0 if c == 10 else c)

def dmy(d):
    return d.strftime("%d.%m.%Y")

def zl(x, thousands=False):
    s = "%.2f" % x
    whole, frac = s.split(".")
    if thousands and len(whole) > 3:
        whole = "{:,}".format(int(whole)).replace(",", " ")
    return whole + "," + frac

def phone():
    r = rnd.random(); p = rnd.choice(MOBILE); a, b = rnd.randint(0, 999), rnd.randint(0, 999)
    if r < 0.55: return "+48 %s %03d %03d" % (p, a, b)
    if r < 0.70: return "+48%s%03d%03d" % (p, a, b)
    if r < 0.80: return "%s-%03d-%03d" % (p, a, b)
    if r < 0.85: return "+48 %d %03d %02d %02d" % (rnd.choice([22, 12, 61, 71, 58, 81, 42]), rnd.randint(100, 999), rnd.randint(0, 99), rnd.randint(0, 99))
    return ""

employers = []
for e in EMPLOYERS:
    employers.append((e, nip(), regon()))

people = []; used_ids = set(); used_pesel = set()
for i in range(1500):
    male = rnd.random() < 0.48
    fem, mal = rnd.choice(GIVEN)
    fm, ff = rnd.choice(FAMILY)
    given = mal if male else fem
    fam = fm if male else ff
    r = rnd.random()
    if r < 0.035:
        born = datetime.date(rnd.randint(1928, 1936), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.08:
        born = datetime.date(rnd.randint(2000, 2007), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1940, 1999), rnd.randint(1, 12), rnd.randint(1, 28))
    while True:
        p = pesel(born, male)
        if p not in used_pesel: break
    used_pesel.add(p)
    while True:
        cid = str(rnd.randint(10000000, 19999999))
        if cid not in used_ids: break
    used_ids.add(cid)
    town, pcs, woj, _, village = rnd.choices(TOWNS, weights=[t[3] for t in TOWNS])[0]
    pre = rnd.choice(pcs)
    if len(pre) == 2: kod = "%s-%03d" % (pre, rnd.randint(1, 999))
    elif len(pre) == 4: kod = "%s%02d" % (pre, rnd.randint(0, 99))
    else: kod = "%s%d" % (pre, rnd.randint(0, 9))
    if village:
        ulica, dom, lok = "", str(rnd.randint(1, 140)), ""
    else:
        ulica = rnd.choice(STREETS)
        dom = str(rnd.randint(1, 180)) + rnd.choice(["", "", "", "", "A", "B", "/2"])
        lok = str(rnd.randint(1, 120)) if rnd.random() < 0.55 else ""
    obyw = rnd.choices(["PL", "UA", "DE", "BY"], weights=[90, 7, 1, 2])[0]
    if obyw == "UA" and rnd.random() < 0.7:
        given = "Ołeksandr" if male else "Oksana"; fam = "Bondarenko"
    email = ""
    if rnd.random() < 0.8:
        loc = rnd.choice(["%s.%s" % (given, fam), "%s%s" % (given[0], fam), "%s_%s%d" % (given, fam, rnd.randint(1, 99))])
        email = loc.lower().translate(ASCII) + "@" + rnd.choice(DOMAINS)
    people.append([cid, given, fam, p, dmy(born), "M" if male else "K", obyw, ulica, dom, lok, kod, town, woj,
                   phone(), email])

products = [[c, n, g, zl(b), str(t), "T" if c != "SEN" else "N"] for c, n, g, b, t in PRODUCTS]
polisy = []; pol_by_no = {}; used_pol = set()
for p in people:
    n = rnd.choices([1, 2, 3], weights=[50, 35, 15])[0]
    emp = rnd.choice(employers) if rnd.random() < 0.55 else None
    codes = []
    if emp: codes.append("ZYC-GR")
    while len(codes) < n:
        c = rnd.choice([x[0] for x in PRODUCTS if x[0] not in ("ZYC-GR", "SEN")] + (["SEN"] if p[4][-4:] < "1960" else []))
        if c not in codes: codes.append(c)
    for c in codes:
        prod = [x for x in PRODUCTS if x[0] == c][0]
        start = datetime.date(rnd.randint(2019, 2025), rnd.randint(1, 12), 1)
        while True:
            no = "%d/%s/%06d" % (start.year, c, rnd.randint(1, 999999))
            if no not in used_pol: break
        used_pol.add(no)
        group = c == "ZYC-GR" or (c.startswith("ZDR") and emp is not None and rnd.random() < 0.5)
        e = emp if group else None
        if group and e is None: group = False
        end = "" if group and rnd.random() < 0.6 else dmy(datetime.date(start.year + (prod[4] // 12 or 0), start.month, 1) - datetime.timedelta(days=1) if prod[4] == 12 else start + datetime.timedelta(days=rnd.randint(6, 28)))
        status = "wygasła" if end and end[-4:] < "2026" and rnd.random() < 0.8 else rnd.choices(["aktywna", "rozwiązana", "zawieszona"], weights=[85, 10, 5])[0]
        prem = prod[3] * rnd.choice([1, 1, 1, 1.2, 1.5, 2]) if c != "POD" else prod[3] * rnd.randint(1, 3)
        suma = rnd.choice([10000, 20000, 30000, 50000, 100000, 150000, 200000, 300000]) if c not in ("POD", "ZDR", "ZDR-R") else (rnd.choice([100000, 200000]) if c == "POD" else 0)
        row = [no, p[0], c, "grupowa" if group else "indywidualna", e[1] if e else "", e[2] if e else "", zl(prem),
               zl(suma, True) if suma else "", dmy(start), end, status,
               "pracodawca" if group else rnd.choice(["agent", "agent", "internet", "bank", "multiagencja", "call center"]),
               "potrącenie z wynagrodzenia" if group else rnd.choice(["przelew", "przelew", "karta", "polecenie zapłaty", "BLIK"])]
        polisy.append(row); pol_by_no[no] = (row, p)
rnd.shuffle(polisy)

KINDS = {"ZYC-GR": ["pobyt w szpitalu", "urodzenie dziecka", "zgon ubezpieczonego", "poważne zachorowanie", "uraz ciała", "zgon małżonka"],
         "ZYC-IND": ["pobyt w szpitalu", "zgon ubezpieczonego", "poważne zachorowanie"],
         "SEN": ["pobyt w szpitalu", "zgon ubezpieczonego"],
         "NNW": ["złamanie", "uraz ciała", "pobyt w szpitalu"], "NNW-SZK": ["złamanie", "uraz ciała"],
         "MIE": ["zalanie", "kradzież z włamaniem", "pożar", "grad", "przepięcie"],
         "DOM": ["zalanie", "grad", "pożar", "huragan", "kradzież z włamaniem"],
         "ZDR": ["zwrot kosztów leczenia"], "ZDR-R": ["zwrot kosztów leczenia"],
         "OC-PRYW": ["szkoda wyrządzona osobie trzeciej", "zalanie sąsiada"], "POD": ["koszty leczenia za granicą", "utrata bagażu"],
         "ROL": ["grad", "pożar", "huragan", "padnięcie zwierząt"]}
PLACES_ABROAD = ["Chorwacja", "Egipt", "Włochy", "Austria", "Grecja"]
def opis(kind, person, row):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    t = rnd.random()
    if kind in ("zalanie", "zalanie sąsiada"):
        return rnd.choice(["Zalanie łazienki przez sąsiada z mieszkania nr %d, p. %s." % (rnd.randint(1, 90), f[0]),
                           "Pęknięty wężyk pralki, zalany lokal poniżej (p. %s %s)." % (g[1], f[0]),
                           "Zalanie kuchni, woda z pionu.", "Przeciek dachu po ulewie."])
    if kind == "kradzież z włamaniem":
        return rnd.choice(["Kradzież roweru z piwnicy przy %s %s." % (person[7] or person[11], person[8]),
                           "Włamanie do mieszkania, skradziony laptop i biżuteria. Zgłoszono na policję.",
                           "Kradzież z komórki lokatorskiej."])
    if kind == "urodzenie dziecka":
        d = datetime.date(2025, rnd.randint(1, 12), rnd.randint(1, 28))
        return rnd.choice(["Urodzenie dziecka: %s, ur. %s." % (rnd.choice(GIVEN)[rnd.randint(0, 1)], dmy(d)),
                           "Narodziny córki %s." % rnd.choice(GIVEN)[0], "Urodzenie dziecka, akt urodzenia w załączeniu."])
    if kind in ("zgon ubezpieczonego", "zgon małżonka"):
        return rnd.choice(["Zgon ubezpieczonego, zgłosiła żona %s %s." % (g[0], person[2]),
                           "Świadczenie dla uposażonego – syn %s %s." % (g[1], person[2]),
                           "Zgon w wyniku choroby nowotworowej.", "Zgłoszenie przez pracodawcę."])
    if kind == "grad":
        return rnd.choice(["Grad uszkodził dach i rynny.", "Gradobicie – zniszczone uprawy rzepaku.", "Grad, wybite szyby w oranżerii.", ""])
    if kind in ("złamanie", "uraz ciała"):
        return rnd.choice(["Złamanie kości przedramienia podczas jazdy na nartach w %s." % rnd.choice(["Zakopanem", "Szczyrku", "Austrii"]),
                           "Uraz kolana na boisku szkolnym, opiekun p. %s." % f[1],
                           "Skręcenie stawu skokowego.", "Upadek na oblodzonym chodniku przy %s." % rnd.choice(STREETS)])
    if kind == "pobyt w szpitalu":
        return rnd.choice(["Pobyt w szpitalu %d dni – zapalenie płuc." % rnd.randint(3, 20), "Hospitalizacja po zawale.",
                           "Szpital im. %s %s, oddział chirurgii." % (rnd.choice(["Jana", "Ludwika", "Stefana"]), rnd.choice(["Rydygiera", "Żeromskiego", "Babińskiego"])), ""])
    if kind == "koszty leczenia za granicą":
        return "Leczenie ambulatoryjne, %s." % rnd.choice(PLACES_ABROAD)
    if t < 0.3:
        return "Zdarzenie zgłoszone telefonicznie przez %s." % rnd.choice(["syna", "córkę", "żonę", "męża", "sąsiada"])
    return rnd.choice(["", "", "Oględziny wykonane.", "Dokumentacja kompletna.", "Pożar kuchni, interwencja PSP.", "Przepięcie w sieci, uszkodzony telewizor."])

szkody = []; nos = sorted(pol_by_no); used_sz = set()
for i in range(700):
    no = rnd.choice(nos); row, person = pol_by_no[no]
    kind = rnd.choice(KINDS[row[2]])
    start = datetime.datetime.strptime(row[8], "%d.%m.%Y").date()
    ev = start + datetime.timedelta(days=rnd.randint(5, 360))
    if ev > datetime.date(2026, 3, 31): ev = datetime.date(2026, 3, 31) - datetime.timedelta(days=rnd.randint(0, 200))
    rep = ev + datetime.timedelta(days=rnd.randint(0, 40))
    while True:
        sz = "SZ/%d/%06d" % (rep.year, rnd.randint(1, 999999))
        if sz not in used_sz: break
    used_sz.add(sz)
    claim = {"zwrot kosztów leczenia": rnd.uniform(80, 2500), "zgon ubezpieczonego": rnd.choice([20000, 30000, 50000, 100000]),
             "zgon małżonka": rnd.choice([10000, 15000]), "urodzenie dziecka": rnd.choice([1000, 1500, 2000])}.get(kind, rnd.uniform(300, 25000))
    status = rnd.choices(["zgłoszona", "w likwidacji", "wypłacona", "odmowa", "zamknięta bez wypłaty"], weights=[8, 15, 60, 10, 7])[0]
    paid = zl(claim * rnd.choice([1, 1, 1, 0.8, 0.6, 0.5]), True) if status == "wypłacona" else ""
    miejsce = ""
    if kind in ("koszty leczenia za granicą", "utrata bagażu"):
        miejsce = rnd.choice(PLACES_ABROAD)
    elif rnd.random() < 0.75:
        miejsce = person[11] if rnd.random() < 0.8 else rnd.choice(["Zakopane", "Sopot", "Kraków", "Szczyrk", "Kalisz"])
    szkody.append([sz, no, dmy(ev), dmy(rep), kind, miejsce, opis(kind, person, row), zl(claim, True), paid, status,
                   rnd.choice(HANDLERS)])
szkody.sort(key=lambda r: datetime.datetime.strptime(r[3], "%d.%m.%Y"))

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n"); wr.writerow(head); wr.writerows(data)

PRH = ["Kod produktu", "Nazwa produktu", "Grupa produktowa", "Składka bazowa (zł)", "Okres ubezpieczenia (mies.)", "Aktywny"]
UH = ["Nr klienta", "Imię", "Nazwisko", "PESEL", "Data urodzenia", "Płeć", "Obywatelstwo", "Ulica", "Nr domu",
      "Nr lokalu", "Kod pocztowy", "Miejscowość", "Województwo", "Telefon", "E-mail"]
PH = ["Nr polisy", "Nr klienta", "Kod produktu", "Rodzaj umowy", "NIP pracodawcy", "REGON pracodawcy",
      "Składka miesięczna", "Suma ubezpieczenia", "Data od", "Data do", "Status polisy", "Kanał sprzedaży",
      "Forma płatności"]
SH = ["Nr szkody", "Nr polisy", "Data zdarzenia", "Data zgłoszenia", "Rodzaj szkody", "Miejsce zdarzenia",
      "Opis szkody", "Kwota roszczenia", "Kwota wypłaty", "Status", "Likwidator"]
write("produkty", PRH, products); write("ubezpieczeni", UH, people); write("polisy", PH, polisy); write("szkody", SH, szkody)
N, Q, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE"
L = {"produkty": [N, N, N, N, N, N],
     "ubezpieczeni": ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NATIONAL_ID", "DATE_OF_BIRTH", N, N,
                      "STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "CITY", N, "TELEPHONE_NUMBER",
                      "EMAIL_ADDRESS"],
     "polisy": ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", N, N, Q, Q, N, N, D, D, N, N, N],
     "szkody": ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", D, D, N, "CITY", "FREE_TEXT", N, N, N, "NAME"]}
cols = {}
for t, h in (("produkty", PRH), ("ubezpieczeni", UH), ("polisy", PH), ("szkody", SH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "ubezpieczenia-pl",
        "description": "Invented export of a fictional Polish insurer, ';' with decimal commas, dd.mm.rrrr, Polish headers with diacritics: 12 products (code, name, line, base premium, term), %d insured persons (8-digit client number, imię, nazwisko in male/female form, PESEL with birth date, century offset, sex digit and check digit, 3.5%% born 1928-1936, data urodzenia, płeć, obywatelstwo PL/UA/DE/BY, ulica 'ul. Adama Mickiewicza' empty for villages, nr domu '12A', nr lokalu, kod pocztowy '62-800', miejscowość, województwo, +48 phones in four writings, e-mail), %d policies (number '2024/ZYC-GR/045123', client number, product code, individual/group, the employer's NIP with check digit and REGON for group policies, premium '59,00', sum insured '50 000,00', data od/do, 'do' empty for open-ended group cover, status, channel, payment form), %d claims (number 'SZ/2025/004512', policy number, event and report dates, kind of loss, place of the event, free-text description naming neighbours, children, spouses and streets, amounts claimed/paid '12 345,67', status, claims handler). Employer NIP/REGON QUASI_IDENTIFIER (an organisation's tax numbers, linking a person to an employer); Miejsce zdarzenia CITY (mostly the insured's town); Likwidator NAME (staff). Kind of loss 'grad' (hail) beside the surname Grad, the town Kalisz beside the surname Kalisz (also a claims handler's), streets named after Mickiewicz and Kościuszko beside those surnames are deliberate" % (len(people), len(polisy), len(szkody)),
        "delimiter": ";", "entity": "ubezpieczeni", "columns": cols,
        "foreignKeys": [{"column": "polisy.Nr klienta", "references": "ubezpieczeni.Nr klienta"},
                        {"column": "polisy.Kod produktu", "references": "produkty.Kod produktu"},
                        {"column": "szkody.Nr polisy", "references": "polisy.Nr polisy"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes the invented Polish recruiting export (1,600 candidates, 24 job offers, ~3,000 applications, interviews;
gold.json) into this folder. Shapes probed: TAB delimiter, Polish headers with diacritics and spaces (Imię, Kod
pocztowy, Miejscowość, Województwo), PESEL with check digit (encodes the birth date), identity-card numbers (3
letters + 6 digits, check digit), +48 phones, NN-NNN postcodes, dd.mm.yyyy and dd.mm.yyyy HH:MM dates, plain-text
account passwords, applicants' IPv4 addresses, recruiter notes naming people, recruiters' names on a reference table.
Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(2604)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Agnieszka", "Bartosz", "Celina", "Dariusz", "Ewelina", "Filip", "Grażyna", "Hubert", "Izabela", "Jakub",
         "Katarzyna", "Łukasz", "Magdalena", "Norbert", "Oliwia", "Przemysław", "Renata", "Szymon", "Teresa", "Wojciech",
         "Zuzanna", "Mikołaj", "Patrycja", "Radosław"]
FAMILY = ["Kowalczyk", "Wiśniewska", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski",
          "Mazur", "Krawczyk", "Piotrowska", "Grabowski", "Pawłowska", "Michalski", "Nowakowska", "Adamczyk",
          "Dudek", "Zając", "Wieczorek", "Jabłońska", "Król", "Majewski", "Olszewska", "Jaworski", "Malinowska",
          "Stępień", "Górecki", "Rutkowska", "Sikora", "Baran"]
RECRUITERS = ["Anna Wróblewska", "Marek Sobczak", "Kinga Lewandowska", "Paweł Czarnecki"]
PLACES = [("Warszawa", "mazowieckie", "00"), ("Kraków", "małopolskie", "30"), ("Wrocław", "dolnośląskie", "50"),
          ("Poznań", "wielkopolskie", "60"), ("Gdańsk", "pomorskie", "80"), ("Łódź", "łódzkie", "90"),
          ("Lublin", "lubelskie", "20"), ("Katowice", "śląskie", "40"), ("Rzeszów", "podkarpackie", "35"),
          ("Białystok", "podlaskie", "15"), ("Zakopane", "małopolskie", "34"), ("Sopot", "pomorskie", "81")]
STREETS = ["Długa", "Marszałkowska", "Piotrkowska", "Floriańska", "Grunwaldzka", "Słowackiego", "Mickiewicza", "Polna", "Leśna"]

def pesel(dob, female):
    m = dob.month + {18: 80, 19: 0, 20: 20}[dob.year // 100]
    d = [int(c) for c in "%02d%02d%02d" % (dob.year % 100, m, dob.day)]
    d += [random.randint(0, 9) for _ in range(3)]
    sex = random.choice([0, 2, 4, 6, 8]) if female else random.choice([1, 3, 5, 7, 9])
    d.append(sex)
    s = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)

def dowod():
    letters = [random.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(3)]
    digits = [random.randint(0, 9) for _ in range(5)]
    vals = [ord(c) - 55 for c in letters]
    s = sum(v * w for v, w in zip(vals, [7, 3, 1])) + sum(v * w for v, w in zip(digits, [7, 3, 1, 7, 3]))
    return "".join(letters) + str(s % 10) + "".join(map(str, digits))

def ascii_pl(s):
    return s.translate(str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ"))

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
kand = labels("kandydaci", [
    ("ID kandydata", ID), ("Imię", "GIVEN_NAME"), ("Nazwisko", "FAMILY_NAME"), ("PESEL", "NATIONAL_ID"),
    ("Data urodzenia", "DATE_OF_BIRTH"), ("Płeć", NON), ("Telefon", "TELEPHONE_NUMBER"), ("E-mail", "EMAIL_ADDRESS"),
    ("Ulica", "STREET_ADDRESS"), ("Kod pocztowy", "ZIP_CODE"), ("Miejscowość", "CITY"), ("Województwo", NON),
    ("Nr dowodu osobistego", "NATIONAL_ID"), ("Wykształcenie", NON), ("Profil LinkedIn", "URL"), ("Źródło", NON),
    ("Oczekiwania płacowe (PLN)", NON), ("Hasło do konta", "CREDENTIAL")])
for i in range(1600):
    g, f = random.choice(GIVEN), random.choice(FAMILY)
    female = g.endswith("a")
    if female and f.endswith("ski"):
        f = f[:-1] + "a"
    if not female and f.endswith("ska"):
        f = f[:-1] + "i"
    dob = dt.date(1962, 1, 1) + dt.timedelta(days=random.randint(0, 15000))
    city, woj, pre = random.choice(PLACES)
    mail = "%s.%s%d@%s" % (ascii_pl(g).lower(), ascii_pl(f).lower(), random.randint(1, 999), random.choice(["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"]))
    kand.append(["K%06d" % (100000 + i * 7), g, f, pesel(dob, female), dob.strftime("%d.%m.%Y"), "K" if female else "M",
                 "+48 %d%02d %03d %03d" % (random.choice([5, 6, 7, 8]), random.randint(0, 99), random.randint(0, 999), random.randint(0, 999)),
                 mail, "ul. %s %d%s" % (random.choice(STREETS), random.randint(1, 140), random.choice(["", "", "/%d" % random.randint(1, 60)])),
                 "%s-%03d" % (pre, random.randint(0, 999)), city, woj, dowod(),
                 random.choice(["wyższe", "wyższe", "średnie", "zawodowe", "podyplomowe"]),
                 "https://www.linkedin.com/in/%s-%s-%x" % (ascii_pl(g).lower(), ascii_pl(f).lower(), random.randint(0x10000, 0xfffff)) if random.random() < 0.6 else "",
                 random.choice(["pracuj.pl", "LinkedIn", "polecenie", "strona firmowa", "targi pracy"]),
                 str(random.randrange(4500, 26000, 250)),
                 random.choice(["Haslo123!", "%s%d" % (ascii_pl(f), dob.year), "Qwerty#%d" % random.randint(10, 99), "%s_%02d!" % (ascii_pl(g).lower(), random.randint(0, 99))])])
oferty = labels("oferty", [
    ("ID oferty", NON), ("Stanowisko", NON), ("Dział", NON), ("Tryb pracy", NON), ("Widełki od", NON),
    ("Widełki do", NON), ("Rekruter", "NAME")])
POS = ["Księgowy/a", "Programista Java", "Analityk danych", "Specjalista ds. płac", "Kierownik magazynu",
       "Handlowiec", "Tester oprogramowania", "Asystent/ka zarządu"]
for i in range(24):
    lo = random.randrange(5000, 15000, 500)
    oferty.append(["OF/2026/%03d" % (i + 1), random.choice(POS), random.choice(["Finanse", "IT", "Logistyka", "Sprzedaż", "HR"]),
                   random.choice(["stacjonarnie", "hybrydowo", "zdalnie"]), str(lo), str(lo + random.randrange(2000, 9000, 500)),
                   random.choice(RECRUITERS)])
apl = labels("aplikacje", [
    ("ID aplikacji", ID), ("ID kandydata", ID), ("ID oferty", NON), ("Data złożenia", "DATE"), ("Etap", NON),
    ("Ocena", NON), ("Notatka rekrutera", FT), ("Adres IP", "IP_ADDRESS")])
NOTES = ["", "", "", "Dobry kontakt, zaprosić na rozmowę.", "Kandydat/ka {g} {f} pracował/a wcześniej u konkurencji.",
         "Prosi o kontakt po 17:00 pod nr {t}.", "Polecona przez {r}.", "Brak wymaganego doświadczenia."]
n = 0
for k in kand:
    for _ in range(random.choice([1, 1, 2, 2, 3])):
        n += 1
        t = dt.datetime(2026, 1, 5, 7) + dt.timedelta(minutes=random.randint(0, 300000))
        apl.append([str(700000 + n), k[0], "OF/2026/%03d" % random.randint(1, 24), t.strftime("%d.%m.%Y %H:%M"),
                    random.choice(["CV", "CV", "telefon", "rozmowa", "oferta", "odrzucona"]), str(random.randint(1, 5)),
                    random.choice(NOTES).format(g=k[1], f=k[2], t=k[6], r=random.choice(GIVEN) + " " + random.choice(FAMILY)),
                    "%d.%d.%d.%d" % (random.choice([31, 37, 46, 78, 83, 89, 178, 188, 213]), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))])
roz = labels("rozmowy", [
    ("Nr rozmowy", ID), ("ID aplikacji", ID), ("Termin", "DATE"), ("Prowadzący", "NAME"), ("Forma", NON), ("Wynik", NON)])
m = 0
for a in apl:
    if a[4] in ("rozmowa", "oferta") or random.random() < 0.1:
        m += 1
        t = dt.datetime.strptime(a[3], "%d.%m.%Y %H:%M") + dt.timedelta(days=random.randint(3, 20))
        roz.append(["R-%05d" % m, a[0], t.strftime("%d.%m.%Y %H:%M"), random.choice(RECRUITERS),
                    random.choice(["Teams", "stacjonarna", "telefoniczna"]), random.choice(["pozytywny", "negatywny", "do decyzji"])])
FKS = [("aplikacje.ID kandydata", "kandydaci.ID kandydata"), ("aplikacje.ID oferty", "oferty.ID oferty"),
       ("rozmowy.ID aplikacji", "aplikacje.ID aplikacji")]
DESC = ("Invented Polish recruiting export, TAB delimiter, Polish headers with diacritics: 1,600 candidates (PESEL with "
        "check digit, identity-card numbers, +48 phones, NN-NNN postcodes, plain-text passwords, LinkedIn URLs), "
        "24 job offers with recruiters' names, %d applications (IPv4, recruiter notes) and %d interviews" % (len(apl), len(roz)))
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n"); w.writerow(t["columns"]); w.writerows(t["rows"])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"dataset": "recruit-pl", "description": DESC, "delimiter": "\t", "entity": "kandydaci", "columns": gold,
               "foreignKeys": [{"column": c, "references": r} for c, r in FKS]}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "NOTICE"), "w", encoding="utf-8") as f:
    f.write("recruit-pl: INVENTED data, generated by generate.py in this folder (Python 3 standard library, fixed seed; "
            "rerun it to reproduce the CSV files and gold.json byte for byte). " + DESC + ".\nNo row describes a real "
            "person: names are drawn from invented lists; PESEL and identity-card numbers are random with valid check "
            "digits and may by chance equal real ones; phone numbers and IPv4 addresses are random. Licence: the same "
            "as the Warden project.\n")

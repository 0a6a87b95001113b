#!/usr/bin/env python3
"""Writes kela-fi: an invented benefits export of a fictional Finnish social-insurance office (Kela-like, seeded,
stdlib only), ',' separated with RFC 4180 quoting (amounts with decimal commas are quoted), dates d.m.yyyy, Finnish
headers with ä/ö. kunnat: 40 municipalities (3-digit kuntanumero '091' with leading zeros, Finnish and Swedish name,
maakunta, kuntamuoto, asukasluku). henkilöt: 1,100 persons (henkilötunnus DDMMYY-NNNC, DDMMYYANNNC and a few of the
2023 signs Y/B, with the mod-31 check character; sukunimi, etunimet with one to three given names, kutsumanimi
(empty for about a third), sukupuoli, kotikunta as the municipality code, lähiosoite 'Koulukatu 5 B 17',
postinumero '00530', postitoimipaikka in capitals 'HELSINKI' / 'IVALO', puhelin '040 123 4567' / '+358 50 123 4567',
asiointikieli, tilinumero FI IBAN with spaces, kuolinpäivä (mostly empty)). hakemukset: 3,200 benefit applications
(hakemusnumero, henkilötunnus of the applicant, etuus, hakupäivä, vireilletulotapa, päätös, päätöspäivä, summa euroa
'612,40' empty while pending or rejected, maksujakso, palvelupiste, käsittelijä = case worker written 'Sukunimi
Etunimi', lisätiedot free text naming spouses, children and landlords). Deliberate coincidences: the municipalities
Salo and Lahti beside the surnames Salo and Lahti (a case worker is 'Lahti Riikka'), the municipality Inari beside
the given name Inari; service points named after towns ('Lahti', 'Salo')."""
import csv, json, random, datetime
rnd = random.Random(770202)
# (female, male) given names
GIVEN = [("Aino", "Matti"), ("Anna", "Juhani"), ("Helena", "Mikko"), ("Johanna", "Antero"), ("Maria", "Jari"),
         ("Liisa", "Timo"), ("Inari", "Onni"), ("Sanna", "Eino"), ("Tiina", "Veikko"), ("Kaisa", "Juha"),
         ("Emilia", "Pekka"), ("Ella", "Ville"), ("Aila", "Aleksi"), ("Marjatta", "Kalle"), ("Sofia", "Väinö"),
         ("Pirjo", "Olavi"), ("Tuula", "Heikki"), ("Eveliina", "Tapio"), ("Karin", "Erik"), ("Ulla", "Johan")]
FAMILY = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
          "Järvinen", "Lehtonen", "Salo", "Lahti", "Heinonen", "Saarinen", "Kinnunen", "Turunen", "Salminen", "Niemi",
          "Äijälä", "Lindqvist", "Nyström", "Holmberg", "Grönroos", "Pesonen", "Rantanen", "Hyvönen", "Karjalainen",
          "Ahmed", "Nguyen"]
# code, Finnish, Swedish, maakunta, form, population, postcode ranges (prefix, lo, hi, post office), weight
KUNNAT = [("005", "Alajärvi", "Alajärvi", "Etelä-Pohjanmaa", "kaupunki", 9400, [("62900", "ALAJÄRVI")], 1),
          ("020", "Akaa", "Akaa", "Pirkanmaa", "kaupunki", 16500, [("37800", "AKAA")], 1),
          ("047", "Enontekiö", "Enontekis", "Lappi", "kunta", 1850, [("99400", "ENONTEKIÖ")], 1),
          ("049", "Espoo", "Esbo", "Uusimaa", "kaupunki", 310000, [("02100", "ESPOO"), ("02230", "ESPOO"), ("02600", "ESPOO"), ("02770", "ESPOO")], 10),
          ("075", "Hamina", "Fredrikshamn", "Kymenlaakso", "kaupunki", 19500, [("49400", "HAMINA")], 1),
          ("078", "Hanko", "Hangö", "Uusimaa", "kaupunki", 8000, [("10900", "HANKO")], 1),
          ("091", "Helsinki", "Helsingfors", "Uusimaa", "kaupunki", 675000, [("00100", "HELSINKI"), ("00530", "HELSINKI"), ("00700", "HELSINKI"), ("00920", "HELSINKI"), ("00980", "HELSINKI")], 22),
          ("092", "Vantaa", "Vanda", "Uusimaa", "kaupunki", 245000, [("01300", "VANTAA"), ("01600", "VANTAA"), ("01350", "VANTAA")], 8),
          ("106", "Hyvinkää", "Hyvinge", "Uusimaa", "kaupunki", 47000, [("05800", "HYVINKÄÄ")], 2),
          ("109", "Hämeenlinna", "Tavastehus", "Kanta-Häme", "kaupunki", 68000, [("13100", "HÄMEENLINNA")], 2),
          ("148", "Inari", "Enare", "Lappi", "kunta", 7000, [("99800", "IVALO"), ("99870", "INARI")], 1),
          ("167", "Joensuu", "Joensuu", "Pohjois-Karjala", "kaupunki", 77000, [("80100", "JOENSUU")], 3),
          ("179", "Jyväskylä", "Jyväskylä", "Keski-Suomi", "kaupunki", 146000, [("40100", "JYVÄSKYLÄ"), ("40520", "JYVÄSKYLÄ")], 5),
          ("182", "Jämsä", "Jämsä", "Keski-Suomi", "kaupunki", 19500, [("42100", "JÄMSÄ")], 1),
          ("186", "Järvenpää", "Träskända", "Uusimaa", "kaupunki", 45000, [("04400", "JÄRVENPÄÄ")], 2),
          ("235", "Kauniainen", "Grankulla", "Uusimaa", "kaupunki", 10200, [("02700", "KAUNIAINEN")], 1),
          ("240", "Kemi", "Kemi", "Lappi", "kaupunki", 19800, [("94100", "KEMI")], 1),
          ("245", "Kerava", "Kervo", "Uusimaa", "kaupunki", 38000, [("04200", "KERAVA")], 2),
          ("257", "Kirkkonummi", "Kyrkslätt", "Uusimaa", "kunta", 41000, [("02400", "KIRKKONUMMI")], 2),
          ("286", "Kouvola", "Kouvola", "Kymenlaakso", "kaupunki", 79000, [("45100", "KOUVOLA")], 3),
          ("297", "Kuopio", "Kuopio", "Pohjois-Savo", "kaupunki", 123000, [("70100", "KUOPIO"), ("70600", "KUOPIO")], 4),
          ("398", "Lahti", "Lahtis", "Päijät-Häme", "kaupunki", 121000, [("15100", "LAHTI"), ("15140", "LAHTI"), ("15610", "LAHTI")], 5),
          ("405", "Lappeenranta", "Villmanstrand", "Etelä-Karjala", "kaupunki", 73000, [("53100", "LAPPEENRANTA")], 3),
          ("444", "Lohja", "Lojo", "Uusimaa", "kaupunki", 45000, [("08100", "LOHJA")], 2),
          ("478", "Maarianhamina", "Mariehamn", "Ahvenanmaa", "kaupunki", 11900, [("22100", "MARIEHAMN")], 1),
          ("491", "Mikkeli", "S:t Michel", "Etelä-Savo", "kaupunki", 52000, [("50100", "MIKKELI")], 2),
          ("564", "Oulu", "Uleåborg", "Pohjois-Pohjanmaa", "kaupunki", 214000, [("90100", "OULU"), ("90570", "OULU")], 7),
          ("609", "Pori", "Björneborg", "Satakunta", "kaupunki", 83000, [("28100", "PORI")], 3),
          ("638", "Porvoo", "Borgå", "Uusimaa", "kaupunki", 51000, [("06100", "PORVOO")], 2),
          ("698", "Rovaniemi", "Rovaniemi", "Lappi", "kaupunki", 65000, [("96100", "ROVANIEMI")], 2),
          ("734", "Salo", "Salo", "Varsinais-Suomi", "kaupunki", 51000, [("24100", "SALO"), ("24240", "SALO")], 3),
          ("743", "Seinäjoki", "Seinäjoki", "Etelä-Pohjanmaa", "kaupunki", 65000, [("60100", "SEINÄJOKI")], 2),
          ("837", "Tampere", "Tammerfors", "Pirkanmaa", "kaupunki", 255000, [("33100", "TAMPERE"), ("33500", "TAMPERE"), ("33720", "TAMPERE")], 9),
          ("853", "Turku", "Åbo", "Varsinais-Suomi", "kaupunki", 201000, [("20100", "TURKU"), ("20500", "TURKU"), ("20810", "TURKU")], 7),
          ("858", "Tuusula", "Tusby", "Uusimaa", "kunta", 39000, [("04300", "TUUSULA")], 1),
          ("905", "Vaasa", "Vasa", "Pohjanmaa", "kaupunki", 68000, [("65100", "VAASA")], 2),
          ("927", "Vihti", "Vichtis", "Uusimaa", "kunta", 29000, [("03100", "NUMMELA")], 1),
          ("992", "Äänekoski", "Äänekoski", "Keski-Suomi", "kaupunki", 18500, [("44100", "ÄÄNEKOSKI")], 1),
          ("205", "Kajaani", "Kajana", "Kainuu", "kaupunki", 36000, [("87100", "KAJAANI")], 1),
          ("272", "Kokkola", "Karleby", "Keski-Pohjanmaa", "kaupunki", 48000, [("67100", "KOKKOLA")], 1)]
STREETS = ["Koulukatu", "Kirkkokatu", "Rantatie", "Puistokatu", "Asemakatu", "Myllytie", "Koivukuja", "Mäntytie",
           "Kalevankatu", "Hämeenkatu", "Aleksanterinkatu", "Mannerheimintie", "Sibeliuksenkatu", "Pajutie", "Kuusitie"]
WORKERS = ["Lahti Riikka", "Nieminen Jussi", "Kallio Päivi", "Aaltonen Mervi", "Rissanen Teemu", "Lindroos Camilla",
           "Hakala Sari", "Mattila Arto", "Peltonen Outi", "Vainio Kirsi", "Laaksonen Jukka", "Ojala Heli",
           "Suominen Minna", "Forsman Peter"]
ETUUDET = [("Yleinen asumistuki", 120, 650, "kuukausi", 18), ("Työmarkkinatuki", 600, 800, "kuukausi", 14),
           ("Peruspäiväraha", 600, 800, "kuukausi", 6), ("Sairauspäiväraha", 700, 2600, "kuukausi", 10),
           ("Vanhempainraha", 700, 2400, "kuukausi", 7), ("Kotihoidon tuki", 340, 520, "kuukausi", 5),
           ("Opintoraha", 280, 280, "kuukausi", 8), ("Perustoimeentulotuki", 90, 900, "kuukausi", 12),
           ("Lapsilisä", 94.88, 360, "kuukausi", 5), ("Eläkkeensaajan asumistuki", 150, 550, "kuukausi", 5),
           ("Kansaneläke", 60, 775, "kuukausi", 3), ("Takuueläke", 80, 200, "kuukausi", 2),
           ("Vammaistuki", 103.58, 581, "kuukausi", 2), ("Äitiysavustus", 170, 170, "kertasuoritus", 3)]
PALVELUPISTEET = ["Verkkoasiointi", "Verkkoasiointi", "Verkkoasiointi", "Helsinki Itäkeskus", "Helsinki Kamppi", "Espoo Leppävaara",
                  "Tampere", "Turku", "Oulu", "Lahti", "Salo", "Kuopio", "Jyväskylä", "Puhelinpalvelu"]
CHK = "0123456789ABCDEFHJKLMNPRSTUVWXY"

def hetu(born, male):
    c = {18: "+", 19: "-", 20: "A"}[born.year // 100]
    if rnd.random() < 0.015:
        c = {19: "Y", 20: "B"}.get(born.year // 100, c)
    n = rnd.randint(2, 899)
    if (n % 2 == 1) != male:
        n = n + 1 if n < 899 else n - 1
    ddmmyy = born.strftime("%d%m") + "%02d" % (born.year % 100)
    return ddmmyy + c + "%03d" % n + CHK[int(ddmmyy + "%03d" % n) % 31]

def dmy(d):
    return "%d.%d.%d" % (d.day, d.month, d.year)

def eur(x):
    return ("%.2f" % x).replace(".", ",")

def phone():
    r = rnd.random(); p = rnd.choice(["040", "041", "044", "045", "046", "050"]); n = rnd.randint(0, 9999999)
    s = "%07d" % n
    if r < 0.45: return "%s %s %s" % (p, s[:3], s[3:])
    if r < 0.65: return "+358 %s %s %s" % (p[1:], s[:3], s[3:])
    if r < 0.80: return "%s-%s" % (p, s)
    if r < 0.88: return "%s%s" % (p, s)
    if r < 0.93: return "0%d %s %s" % (rnd.choice([9, 2, 3, 5, 8]), s[:3], s[3:])
    return ""

def iban():
    bban = "%d" % rnd.choice([1, 2, 5, 8, 3]) + "".join(str(rnd.randint(0, 9)) for _ in range(13))
    num = int(bban + "1518" + "00")  # F=15, I=18
    ck = 98 - num % 97
    s = "FI%02d%s" % (ck, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

people = []; used = set()
weights = [k[7] for k in KUNNAT]
for i in range(1100):
    male = rnd.random() < 0.49
    r = rnd.random()
    if r < 0.04: born = datetime.date(rnd.randint(1926, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.20: born = datetime.date(rnd.randint(2000, 2007), rnd.randint(1, 12), rnd.randint(1, 28))
    else: born = datetime.date(rnd.randint(1936, 1999), rnd.randint(1, 12), rnd.randint(1, 28))
    while True:
        h = hetu(born, male)
        if h not in used: break
    used.add(h)
    k = rnd.choices(KUNNAT, weights=weights)[0]
    swedish = k[2] != k[1] and k[0] in ("078", "478", "638", "905", "235", "257") and rnd.random() < 0.5 or rnd.random() < 0.04
    pool = GIVEN[-2:] if swedish else GIVEN[:-2]
    names = []
    for _ in range(rnd.choices([1, 2, 3], weights=[25, 55, 20])[0]):
        n = rnd.choice(pool)[1 if male else 0]
        if n not in names: names.append(n)
    fam = rnd.choice(FAMILY[20:24] if swedish else FAMILY)
    kutsu = "" if len(names) == 1 or rnd.random() < 0.3 else names[0] if rnd.random() < 0.85 else names[1]
    pre, office = rnd.choice(k[6])
    pno = pre[:3] + "%02d" % (int(pre[3:]) + rnd.choice([0, 0, 0, 10, 20, 40]))
    st = "%s %d" % (rnd.choice(STREETS), rnd.randint(1, 60))
    if rnd.random() < 0.55: st += " %s %d" % (rnd.choice("ABCD"), rnd.randint(1, 40))
    elif rnd.random() < 0.1: st += " as %d" % rnd.randint(1, 12)
    lang = "ruotsi" if swedish else rnd.choices(["suomi", "venäjä", "englanti", "somali", "arabia"], weights=[90, 4, 3, 1, 2])[0]
    if lang in ("somali", "arabia"): fam = "Ahmed"
    death = ""
    if born.year < 1945 and rnd.random() < 0.12:
        death = dmy(datetime.date(rnd.randint(2024, 2026), rnd.randint(1, 12 if True else 1), rnd.randint(1, 28)))
        if death.endswith("2026"): death = dmy(datetime.date(2026, rnd.randint(1, 2), rnd.randint(1, 28)))
    people.append([h, fam, " ".join(names), kutsu, "mies" if male else "nainen", k[0], st, pno, office, phone(), lang,
                   iban() if rnd.random() < 0.9 else "", death])

def eligible(p, etuus):
    y = 2000 + int(p[0][4:6]) if p[0][6] in "AB" else 1900 + int(p[0][4:6])
    age = 2025 - y
    if etuus in ("Kansaneläke", "Takuueläke", "Eläkkeensaajan asumistuki"): return age >= 65
    if etuus in ("Opintoraha",): return 17 <= age <= 35
    if etuus in ("Vanhempainraha", "Kotihoidon tuki", "Äitiysavustus", "Lapsilisä"): return 19 <= age <= 45
    if etuus in ("Työmarkkinatuki", "Peruspäiväraha", "Sairauspäiväraha"): return 18 <= age <= 64
    return age >= 18

LISA = ["Puoliso %s %s, yhteistalous.", "Vuokranantaja %s %s, vuokrasopimus liitteenä.", "Lapsi %s syntynyt %s.",
        "Hakija asuu äitinsä %s luona.", "Soitettu hakijalle, lisäselvitys pyydetty.", "Tiliote puuttuu.",
        "Edunvalvoja %s %s.", "Hakemus siirretty Salon palvelupisteestä.", "Muutto %s, uusi osoite %s."]
apps = []; n0 = 4100000
for i in range(3200):
    while True:
        p = rnd.choice(people)
        etuus = rnd.choices(ETUUDET, weights=[e[4] for e in ETUUDET])[0]
        if eligible(p, etuus[0]): break
    hp = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 800))
    if p[12]:
        dd = datetime.datetime.strptime(p[12], "%d.%m.%Y").date()
        if hp > dd: hp = dd - datetime.timedelta(days=rnd.randint(20, 300))
    tapa = rnd.choices(["OmaKela", "paperilomake", "palvelupiste", "puhelin", "Suomi.fi-valtuutus"], weights=[60, 15, 12, 8, 5])[0]
    r = rnd.random()
    if hp > datetime.date(2026, 2, 1) or r < 0.04:
        paatos, pp, summa = "vireillä", "", ""
    else:
        paatos = rnd.choices(["myönteinen", "kielteinen", "osittain myönteinen", "raukeaa"], weights=[70, 16, 9, 5])[0]
        pp = dmy(hp + datetime.timedelta(days=rnd.randint(2, 60)))
        lo, hi = etuus[1], etuus[2]
        x = lo if lo == hi else rnd.uniform(lo, hi)
        if paatos == "osittain myönteinen": x *= rnd.uniform(0.3, 0.8)
        summa = eur(x) if paatos in ("myönteinen", "osittain myönteinen") else ""
    lisa = ""
    if rnd.random() < 0.18:
        t = rnd.choice(LISA); g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
        if t.startswith("Puoliso") or t.startswith("Vuokranantaja") or t.startswith("Edunvalvoja"): lisa = t % (g[rnd.randint(0, 1)], f)
        elif t.startswith("Lapsi"): lisa = t % (g[rnd.randint(0, 1)], dmy(hp - datetime.timedelta(days=rnd.randint(10, 200))))
        elif t.startswith("Hakija asuu"): lisa = t % g[0]
        elif t.startswith("Muutto"):
            k = rnd.choice(KUNNAT); lisa = t % (k[1] + "an" if k[1][-1] not in "aäoöuy" else k[1] + "n", "%s %d" % (rnd.choice(STREETS), rnd.randint(1, 60)))
        else: lisa = t
    apps.append([str(n0 + i * 3 + rnd.randint(0, 2)), p[0], etuus[0], dmy(hp), tapa, paatos, pp, summa,
                 etuus[3] if summa else "", rnd.choice(PALVELUPISTEET) if tapa in ("palvelupiste", "paperilomake", "puhelin") else "Verkkoasiointi",
                 rnd.choice(WORKERS) if paatos != "vireillä" or rnd.random() < 0.3 else "", lisa])
apps.sort(key=lambda a: datetime.datetime.strptime(a[3], "%d.%m.%Y"))

kunnat = [[k[0], k[1], k[2], k[3], k[4], str(k[5])] for k in sorted(KUNNAT)]

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=",", lineterminator="\n"); wr.writerow(head); wr.writerows(data)

KH = ["kuntanumero", "kunta", "kommun", "maakunta", "kuntamuoto", "asukasluku"]
HH = ["henkilötunnus", "sukunimi", "etunimet", "kutsumanimi", "sukupuoli", "kotikunta", "lähiosoite", "postinumero",
      "postitoimipaikka", "puhelin", "asiointikieli", "tilinumero", "kuolinpäivä"]
AH = ["hakemusnumero", "henkilötunnus", "etuus", "hakupäivä", "vireilletulotapa", "päätös", "päätöspäivä",
      "summa euroa", "maksujakso", "palvelupiste", "käsittelijä", "lisätiedot"]
write("kunnat", KH, kunnat); write("henkilöt", HH, people); write("hakemukset", AH, apps)
N, Q, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE"
L = {"kunnat": ["GEOGRAPHIC_SUBDIVISION", "CITY", "CITY", N, N, Q],
     "henkilöt": ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", N, "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS",
                  "ZIP_CODE", "CITY", "TELEPHONE_NUMBER", Q, "IBAN", D],
     "hakemukset": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", N, D, N, N, D, N, N, N, "NAME", "FREE_TEXT"]}
cols = {}
for t, h in (("kunnat", KH), ("henkilöt", HH), ("hakemukset", AH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "kela-fi",
        "description": "Invented benefits export of a fictional Finnish social-insurance office, ',' with RFC 4180 quoting (decimal-comma amounts quoted), d.m.yyyy, Finnish headers with ä/ö: %d municipalities (kuntanumero '091' with leading zeros, Finnish and Swedish names, maakunta, kuntamuoto, asukasluku), %d persons keyed by henkilötunnus (DDMMYY-NNNC / DDMMYYANNNC, 1.5%% with the 2023 signs Y/B, mod-31 check character; 4%% born 1926-1935), sukunimi, etunimet (one to three names), kutsumanimi, sukupuoli, kotikunta as the municipality code, lähiosoite 'Koulukatu 5 B 17', postinumero, postitoimipaikka in capitals (IVALO for Inari), 040/+358 phones, asiointikieli, FI IBAN with spaces, kuolinpäivä (mostly empty)), %d applications (hakemusnumero, applicant's henkilötunnus, etuus, hakupäivä, vireilletulotapa, päätös, päätöspäivä, summa euroa '612,40' empty while pending or rejected, maksujakso, palvelupiste, käsittelijä 'Sukunimi Etunimi' (staff), lisätiedot naming spouses, children, landlords and new addresses). kunnat.kuntanumero and henkilöt.kotikunta GEOGRAPHIC_SUBDIVISION (as berka-bank district codes), kunnat.kunta/kommun CITY (as district names are COUNTY there), asukasluku QUASI_IDENTIFIER; palvelupiste (a service point: 'Lahti', 'Helsinki Itäkeskus', 'Verkkoasiointi') NON_IDENTIFYING. Municipalities Salo and Lahti beside the surnames Salo and Lahti (a case worker is 'Lahti Riikka'), the municipality Inari beside the given name Inari are deliberate" % (len(kunnat), len(people), len(apps)),
        "delimiter": ",", "entity": "henkilöt", "columns": cols,
        "foreignKeys": [{"column": "henkilöt.kotikunta", "references": "kunnat.kuntanumero"},
                        {"column": "hakemukset.henkilötunnus", "references": "henkilöt.henkilötunnus"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

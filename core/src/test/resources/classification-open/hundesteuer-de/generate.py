#!/usr/bin/env python3
"""Writes hundesteuer-de: an invented dog-tax (Hundesteuer) and dog-register (Hunderegister) export of a FICTIONAL
German municipality's Steueramt (seeded, Python standard library only), ';' as German Excel writes CSV, decimal
commas, dates dd.mm.yyyy, German headers as municipal tax software prints them. steuersaetze (6 tariffs), halter
(760 owners: Kassenzeichen '6.0310.004512.7' with a mod-11 check digit, Anrede, Halter Name, Vorname, Geb.-Datum
Halter (a few born 1930-1935), Straße, Hausnr. ('12a'), PLZ, Ort, Ortsteil, Telefon '02237 123456' / '0171 2345678' /
'+49 171 2345678', E-Mail, IBAN DE (SEPA mandate), Ermäßigung, Sachbearbeiter 'S. Kemper', Bemerkung), hunde (
945 dogs: Hunde-Nr., Kassenzeichen, Steuermarke, Hundename, Rasse, Geschlecht, Farbe, Geb.-Datum Hund, Chipnummer
ISO 11784/11785 '276098100123456', Listenhund J/N, Tarif, Haftpflicht-Versicherer, Haftpflicht-Vers.-Nr., An- and
Abmeldung, Abmeldegrund), bescheide (1,958 tax notices: Bescheid-Nr., Kassenzeichen, Bescheid vom,
Veranlagungsjahr, Anzahl Hunde, Betrag '120,00', Fällig am, Zahlungsweise, Sachbearbeiter, Status).
Coincidences: dogs named Bruno, Luna, Max, Emma, Paul, Lotte beside owners with those given names; the owner surname
Dobermann beside the breed Dobermann; the surname Brüggen beside the Ortsteil Brüggen; 'Schillerstraße' beside owners
named Schiller; the clerk Sabine Kemper beside owners named Kemper."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(830202)
GIVEN = [("Bruno", "m"), ("Max", "m"), ("Paul", "m"), ("Thomas", "m"), ("Michael", "m"), ("Andreas", "m"), ("Stefan", "m"),
         ("Jürgen", "m"), ("Klaus", "m"), ("Dieter", "m"), ("Lukas", "m"), ("Jonas", "m"), ("Mehmet", "m"), ("Wolfgang", "m"),
         ("Emma", "w"), ("Sabine", "w"), ("Petra", "w"), ("Monika", "w"), ("Ursula", "w"), ("Claudia", "w"), ("Anna", "w"),
         ("Lea", "w"), ("Julia", "w"), ("Sandra", "w"), ("Gisela", "w"), ("Lotte", "w"), ("Ayşe", "w"), ("Katarzyna", "w")]
FAMILY = ["Müller", "Schmitz", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Schiller", "Kemper",
          "Dobermann", "Brüggen", "Jansen", "Hermanns", "Esser", "Krings", "Lohmar", "Pütz", "Klein", "Zimmermann",
          "Yılmaz", "Nowak", "Kowalski", "Schäfer", "Heinen", "Offermann", "Stoffels", "Dahmen", "von der Heyden"]
DOGS_M = ["Bruno", "Max", "Paul", "Balu", "Rocky", "Sammy", "Benny", "Charly", "Felix", "Oskar", "Ben", "Sam", "Lucky", "Timmy", "Buddy"]
DOGS_W = ["Luna", "Emma", "Lotte", "Bella", "Kira", "Paula", "Nala", "Mia", "Lucy", "Maja", "Frieda", "Amy", "Sissi", "Leni"]
BREEDS = ["Mischling", "Mischling", "Mischling", "Labrador Retriever", "Deutscher Schäferhund", "Golden Retriever", "Dackel",
          "Jack Russell Terrier", "Französische Bulldogge", "Chihuahua", "Border Collie", "Australian Shepherd", "Dobermann",
          "Beagle", "Yorkshire Terrier", "Malteser", "Havaneser", "Boxer", "Rhodesian Ridgeback", "Berner Sennenhund"]
LISTEN = ["American Staffordshire Terrier", "Staffordshire Bullterrier", "Bullterrier", "Rottweiler", "Mastiff"]
COLOURS = ["schwarz", "braun", "weiß", "schwarz-weiß", "beige", "gestromt", "tricolor", "grau", "rot", "schwarz-loh"]
# Ort, Ortsteil, PLZ, streets
PLACES = [("Kerpen", "Kerpen", "50171", ["Stiftsstraße", "Schillerstraße", "Filzengraben", "Maastrichter Straße", "Hahnenstraße"]),
          ("Kerpen", "Horrem", "50169", ["Hauptstraße", "Schillerstraße", "Am Weiher", "Dechant-Hubert-Straße"]),
          ("Kerpen", "Sindorf", "50170", ["Kerpener Straße", "Erftstraße", "Goethestraße", "Am Hubertushof"]),
          ("Kerpen", "Buir", "50170", ["Kerpener Straße", "Bahnhofstraße", "Lindenweg"]),
          ("Kerpen", "Blatzheim", "50171", ["Blatzheimer Straße", "Zehntstraße"]),
          ("Kerpen", "Brüggen", "50169", ["Brüggener Straße", "Kölner Straße", "Am Mühlenbach"]),
          ("Kerpen", "Türnich", "50169", ["Schlossstraße", "Ernst-Reuter-Straße", "Kerpener Straße"]),
          ("Kerpen", "Balkhausen", "50169", ["Balkhauser Straße", "Kapellenweg"])]
PW = [30, 14, 26, 8, 6, 5, 8, 3]
TARIFE = [["T1", "Ersthund", "96,00", "01.01.2021"], ["T2", "Zweithund", "132,00", "01.01.2021"],
          ["T3", "jeder weitere Hund", "168,00", "01.01.2021"], ["T4", "gefährlicher Hund (Listenhund)", "672,00", "01.01.2021"],
          ["T5", "ermäßigt (50 %)", "48,00", "01.01.2021"], ["T0", "steuerbefreit (Assistenzhund)", "0,00", "01.01.2021"]]
INSURERS = ["HUK-COBURG", "Allianz", "LVM", "Provinzial", "Uelzener", "AXA", "ERGO", "Gothaer"]
CLERKS = [("Sabine", "Kemper"), ("Rolf", "Hündgen"), ("Nicole", "Weyer"), ("Jan", "Offergeld")]
BEM = ["Hund verstorben, Abmeldung durch Tochter {g} {f}", "Halter im Pflegeheim, Betreuer {g} {f} Tel. {p}",
       "Hund abgegeben an {g} {f}, Horrem", "Nachweis Sachkunde liegt vor", "Sozialpass vorgelegt bis 31.12.2025",
       "Mahnung vom {d}", "Wesenstest vom {d} bestanden", "Rücklastschrift, Kontakt über Sohn {g} {f}",
       "Ummeldung aus Bergheim", "Steuermarke verloren, Ersatzmarke ausgegeben"]

def kassenzeichen(n):
    body = "60310%06d" % n
    s = sum(int(c) * w for c, w in zip(reversed(body), [2, 3, 4, 5, 6, 7] * 3))
    chk = (11 - s % 11) % 11 % 10
    return "%s.%s.%s.%d" % (body[0], body[1:5], body[5:], chk)

def iban_de():
    blz = rnd.choice(["37050299", "37069252", "37010050", "37040044", "37060590", "37050198"])
    kto = "%010d" % rnd.randint(1000000, 9999999999)
    bban = blz + kto
    chk = 98 - int(bban + "131400") % 97
    s = "DE%02d%s" % (chk, bban)
    return s if rnd.random() < 0.6 else " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def phone():
    r = rnd.random()
    if r < 0.5:
        n = "02237 %d" % rnd.randint(10000, 999999) if rnd.random() < 0.7 else "02273 %d" % rnd.randint(10000, 999999)
    else:
        n = "01%d %d" % (rnd.choice([51, 52, 57, 60, 62, 70, 71, 72, 73, 76, 77, 78, 79]), rnd.randint(1000000, 99999999))
    r = rnd.random()
    if r < 0.12:
        return n.replace(" ", "")
    if r < 0.2:
        return "+49 " + n[1:]
    if r < 0.3:
        return n.replace(" ", "/")
    return n

def de(d):
    return d.strftime("%d.%m.%Y")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def mail(g, f):
    t = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ş": "s", "ı": "i", " ": ""})
    return "%s.%s@%s" % (g.lower().translate(t), f.lower().translate(t), rnd.choice(["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de"]))

MEN = [g for g, s in GIVEN if s == "m"]; WOMEN = [g for g, s in GIVEN if s == "w"]
TODAY = datetime.date(2025, 11, 14)
owners = []
for k in range(760):
    woman = rnd.random() < 0.56
    g = rnd.choice(WOMEN if woman else MEN)
    f = rnd.choice(FAMILY)
    r = rnd.random()
    born = datetime.date(rnd.randint(1930, 1935) if r < 0.02 else rnd.randint(1940, 2006), rnd.randint(1, 12), rnd.randint(1, 28))
    pl = rnd.choices(PLACES, PW)[0]
    hn = str(rnd.randint(1, 140)) + (rnd.choice(["a", "b", "c"]) if rnd.random() < 0.1 else "")
    erm = rnd.choices(["", "Sozialpass", "Assistenzhund", "Schwerbehindertenausweis"], [90, 6, 2, 2])[0]
    clerk = CLERKS[0] if pl[1] in ("Kerpen", "Horrem", "Brüggen", "Türnich", "Balkhausen") else CLERKS[1]
    if rnd.random() < 0.1:
        clerk = CLERKS[2]
    bem = ""
    if rnd.random() < 0.16:
        bem = rnd.choice(BEM).format(g=rnd.choice(MEN + WOMEN), f=f if rnd.random() < 0.6 else rnd.choice(FAMILY), p=phone(),
                                     d=de(datetime.date(2025, rnd.randint(1, 10), rnd.randint(1, 28))))
    owners.append([kassenzeichen(4000 + k * 7 + rnd.randint(0, 6)), "Frau" if woman else "Herr", f, g, de(born), rnd.choice(pl[3]), hn,
                   pl[2], pl[0], pl[1], phone() if rnd.random() < 0.8 else "", mail(g, f) if rnd.random() < 0.45 else "",
                   iban_de() if rnd.random() < 0.7 else "", erm, "%s. %s" % (clerk[0][0], clerk[1]), bem, born])

dogs = []; tag = 0; dn = 11800
per_owner = {}
for o in owners:
    n = rnd.choices([1, 2, 3], [78, 18, 4])[0]
    per_owner[o[0]] = 0
    for i in range(n):
        dn += rnd.randint(1, 3); tag += 1
        male = rnd.random() < 0.5
        name = rnd.choice(DOGS_M if male else DOGS_W)
        lh = rnd.random() < 0.04
        breed = rnd.choice(LISTEN) if lh else rnd.choice(BREEDS)
        if o[13] == "Assistenzhund":
            tarif = "T0"
        elif lh:
            tarif = "T4"
        elif o[13]:
            tarif = "T5"
        else:
            tarif = ["T1", "T2", "T3"][min(i, 2)]
        bd = TODAY - datetime.timedelta(days=rnd.randint(120, 15 * 365))
        an = bd + datetime.timedelta(days=rnd.randint(60, 900))
        if an > TODAY:
            an = TODAY - datetime.timedelta(days=rnd.randint(1, 60))
        ab, grund = "", ""
        if rnd.random() < 0.12:
            abd = an + datetime.timedelta(days=rnd.randint(100, 2500))
            if abd < TODAY:
                ab, grund = de(abd), rnd.choice(["verstorben", "abgegeben", "Wegzug", "verstorben"])
        if not ab:
            per_owner[o[0]] += 1
        chip = rnd.choices(["276098", "276096", "981000", "941000", "900"], [50, 15, 15, 10, 10])[0]
        chip = chip + "%0*d" % (15 - len(chip), rnd.randint(0, 10 ** (15 - len(chip)) - 1))
        ins = rnd.choice(INSURERS)
        vnr = {"HUK-COBURG": "%03d/%06d-X" % (rnd.randint(100, 999), rnd.randint(0, 999999)), "Allianz": "AS-%010d" % rnd.randint(0, 9999999999),
               "LVM": "%07d" % rnd.randint(1000000, 9999999), "Provinzial": "%02d-%03d-%06d" % (rnd.randint(10, 99), rnd.randint(0, 999), rnd.randint(0, 999999)),
               "Uelzener": "HH%08d" % rnd.randint(0, 99999999), "AXA": "%010d" % rnd.randint(0, 9999999999),
               "ERGO": "HV%09d" % rnd.randint(0, 999999999), "Gothaer": "%d.%03d.%06d" % (rnd.randint(1, 9), rnd.randint(0, 999), rnd.randint(0, 999999))}[ins]
        dogs.append([str(dn), o[0], "%04d" % tag, name, breed, "Rüde" if male else "Hündin", rnd.choice(COLOURS), de(bd), chip,
                     "J" if lh else "N", tarif, ins if rnd.random() < 0.95 else "", vnr, de(an), ab, grund])

TARIF = {t[0]: float(t[2].replace(",", ".")) for t in TARIFE}
notices = []; bn = 2023000
for o in owners:
    mydogs = [d for d in dogs if d[1] == o[0]]
    for year in (2023, 2024, 2025):
        live = [d for d in mydogs if int(d[13][-4:]) <= year and (not d[14] or int(d[14][-4:]) >= year)]
        if not live:
            continue
        bn += rnd.randint(1, 4)
        amt = sum(TARIF[d[10]] for d in live)
        bd = datetime.date(year, 1, rnd.randint(8, 28)) if rnd.random() < 0.85 else datetime.date(year, rnd.randint(2, 11), rnd.randint(1, 28))
        fa = bd + datetime.timedelta(days=30)
        zw = "SEPA-Lastschrift" if o[12] else rnd.choice(["Überweisung", "Überweisung", "Dauerauftrag"])
        st = rnd.choices(["bezahlt", "offen", "gemahnt", "niedergeschlagen"], [86, 7 if year == 2025 else 2, 5, 1])[0]
        cl = o[14].split(" ", 1)[1] if rnd.random() < 0.9 else rnd.choice(CLERKS)[1]
        notices.append([str(bn), o[0], de(bd), str(year), str(len(live)), ("%.2f" % amt).replace(".", ","), de(fa), zw, cl, st])

TH = ["Tarif", "Bezeichnung", "Jahresbetrag (EUR)", "gültig ab"]
OH = ["Kassenzeichen", "Anrede", "Halter Name", "Vorname", "Geb.-Datum Halter", "Straße", "Hausnr.", "PLZ", "Ort", "Ortsteil",
      "Telefon", "E-Mail", "IBAN", "Ermäßigung", "Sachbearbeiter", "Bemerkung"]
DH = ["Hunde-Nr.", "Kassenzeichen", "Steuermarke", "Hundename", "Rasse", "Geschlecht", "Farbe", "Geb.-Datum Hund", "Chipnummer",
      "Listenhund", "Tarif", "Haftpflicht-Versicherer", "Haftpflicht-Vers.-Nr.", "Anmeldung", "Abmeldung", "Abmeldegrund"]
BH = ["Bescheid-Nr.", "Kassenzeichen", "Bescheid vom", "Veranlagungsjahr", "Anzahl Hunde", "Betrag (EUR)", "Fällig am",
      "Zahlungsweise", "Sachbearbeiter", "Status"]
write("steuersaetze", TH, TARIFE)
write("halter", OH, [o[:16] for o in owners])
write("hunde", DH, dogs)
write("bescheide", BH, notices)
N = "NON_IDENTIFYING"
L = {"steuersaetze": [N, N, N, N],
     "halter": ["ACCOUNT_NUMBER", N, "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE",
                "CITY", "GEOGRAPHIC_SUBDIVISION", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "IBAN", N, "NAME", "FREE_TEXT"],
     "hunde": ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", N, N, N, N, "DATE", "DEVICE_IDENTIFIER",
               N, N, N, "ACCOUNT_NUMBER", "DATE", "DATE", N],
     "bescheide": ["OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER", "DATE", N, N, N, "DATE", N, "NAME", N]}
H = {"steuersaetze": TH, "halter": OH, "hunde": DH, "bescheide": BH}
cols = {}
for t in ("steuersaetze", "halter", "hunde", "bescheide"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "hundesteuer-de",
        "description": "Invented dog-tax and dog-register export of a fictional German Steueramt (breaker83), ';', decimal commas, dd.mm.yyyy, German headers: steuersaetze 6 (Tarif T0-T5, label, annual amount '96,00', valid from), halter 760 (Kassenzeichen '6.0310.004512.7' mod-11, Anrede, Halter Name, Vorname, Geb.-Datum Halter (about 2% born 1930-1935), Straße, Hausnr. '12a', PLZ, Ort, Ortsteil, Telefon in four styles, E-Mail, IBAN DE plain or grouped (SEPA), Ermäßigung, Sachbearbeiter 'S. Kemper' (staff, many rows), Bemerkung (16%, free text, some naming a relative, a carer with a phone)), hunde 945 (Hunde-Nr., Kassenzeichen, Steuermarke '0412', Hundename (Bruno, Luna, Max), Rasse, Geschlecht, Farbe, Geb.-Datum Hund, Chipnummer ISO 11784 15 digits, Listenhund J/N, Tarif, insurer, Haftpflicht-Vers.-Nr. in insurer formats, Anmeldung, Abmeldung, Abmeldegrund), bescheide 1,958 (Bescheid-Nr., Kassenzeichen, Bescheid vom, Veranlagungsjahr, Anzahl Hunde, Betrag '120,00', Fällig am, Zahlungsweise, Sachbearbeiter surname only, Status). Labels: Kassenzeichen ACCOUNT_NUMBER (the tax account); Hausnr. STREET_ADDRESS (part of the address); Ortsteil GEOGRAPHIC_SUBDIVISION; Steuermarke and Hunde-Nr. OTHER_UNIQUE_IDENTIFIER; Chipnummer DEVICE_IDENTIFIER (a transponder serial); Haftpflicht-Vers.-Nr. ACCOUNT_NUMBER (a policy number); the dog's birth date DATE; the dog's name, breed, colour, tariffs, amounts NON_IDENTIFYING. Coincidences: dogs Bruno, Max, Paul, Emma, Lotte beside owners with those given names; the surname Dobermann beside the breed; the surname Brüggen beside the Ortsteil Brüggen and 'Brüggener Straße'; 'Schillerstraße' beside owners Schiller; the clerk Sabine Kemper beside owners Kemper; the surname Lohmar (a nearby town)",
        "delimiter": ";", "entity": "halter", "columns": cols,
        "foreignKeys": [{"column": "hunde.Kassenzeichen", "references": "halter.Kassenzeichen"},
                        {"column": "bescheide.Kassenzeichen", "references": "halter.Kassenzeichen"},
                        {"column": "hunde.Tarif", "references": "steuersaetze.Tarif"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

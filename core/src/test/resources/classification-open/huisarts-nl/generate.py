#!/usr/bin/env python3
"""Writes huisarts-nl: an invented HIS export (huisartsinformatiesysteem) of a FICTIONAL Dutch GP practice around
Zwolle/Kampen (breaker87; seeded, Python standard library only). ';' as Dutch Excel writes CSV, decimal commas,
dates dd-mm-jjjj, Dutch headers. medewerkers (14: AGB-code 8 digits, name 'dr. M.J. de Boer', functie, praktijk,
BIG-nummer 11 digits, werkdagen), patienten (940: patientnummer, BSN 9 digits passing the elfproef (3% empty:
not yet known), Achternaam, Tussenvoegsel (van, de, van der, van den, ter), Voorletters 'J.M.', Roepnaam, geslacht
M/V, Geb.datum dd-mm-jjjj (a few born before 1935), Leeftijd, Straat, Huisnummer, Toevoeging, Postcode '8011 AB',
Woonplaats, Telefoon '038-4221234', Mobiel '06-12345678', E-mailadres, Zorgverzekeraar, UZOVI, Polisnummer,
Huisarts (AGB FK), Inschrijfdatum, Bijzonderheden (free text, some naming a relative with a phone)), contacten
(2,600: contactnummer, patientnummer, datum, tijd, soort contact, ICPC, episode, SOEP (S/O/E/P lines, some naming
relatives), Behandelaar 'AGB + name' (staff, many rows), tarief), labuitslagen (1,700: aanvraagnummer, patientnummer,
afnamedatum, bepaling, Uitslag '6,8', eenheid, referentiewaarde, afwijkend, laboratorium).
Deliberate coincidences: the surname 'van Kampen' beside the town Kampen; the surname 'Dalfsen' beside the town
Dalfsen; the given name 'Anna' beside the practice 'Gezondheidscentrum Sint Anna'; the streets 'De Ruyterstraat'
and 'Thorbeckelaan' beside patients surnamed 'de Ruyter' and 'Thorbecke'; the given name 'Sanne' beside the lab
'Saltro' (near) and the doctor 'de Boer' beside patients surnamed 'de Boer'."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(870101)
GIVEN = ["Jan", "Pieter", "Hendrik", "Gerrit", "Willem", "Johannes", "Dirk", "Kees", "Bas", "Daan", "Sem", "Lucas",
         "Thijs", "Ruben", "Mohamed", "Jeroen", "Martijn", "Henk", "Albert", "Teun", "Anna", "Maria", "Johanna",
         "Geertje", "Sanne", "Lotte", "Emma", "Julia", "Sophie", "Fenna", "Ingrid", "Marieke", "Annelies", "Femke",
         "Esther", "Wilma", "Grietje", "Fatma", "Iris", "Noor"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
          "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
          "van der Linden", "Kok", "Jacobs", "van Kampen", "Dalfsen", "de Ruyter", "Thorbecke", "Hofman", "Koster",
          "Prins", "Huisman", "Kuipers", "van der Veen", "ter Horst", "Postma", "Yilmaz", "El Amrani", "Wolters",
          "Brinkman", "Scholten"]
INITIAL_EXTRA = "ABCDEFGHJKLMNPRSTW"
# town, postcode ranges, area code, streets, weight
TOWNS = [("Zwolle", (8011, 8043), "038", ["De Ruyterstraat", "Thorbeckelaan", "Assendorperstraat", "Dobbestraat",
          "Obrechtstraat", "Kamperpoort", "Wipstrikkerallee", "Ruitenborghstraat", "Zwarte Water Allee"], 45),
         ("Kampen", (8261, 8267), "038", ["Oudestraat", "IJsselkade", "Noordweg", "Flevoweg", "Zwolseweg"], 20),
         ("IJsselmuiden", (8271, 8271), "038", ["Kerkstraat", "Bisschopswetering", "Burgemeester Berghuisweg"], 6),
         ("Hattem", (8051, 8051), "038", ["Ludgerusstraat", "Stationslaan", "Leliestraat"], 7),
         ("Dalfsen", (7721, 7722), "0529", ["Prinsenstraat", "Ruitenborghstraat", "Wilhelminastraat"], 8),
         ("Wezep", (8091, 8091), "038", ["Eperweg", "Zuiderzeestraatweg", "De Ruyterstraat"], 8),
         ("Zalk", (8278, 8278), "038", ["Molenweg", "Kerkstraat"], 2)]
INSURERS = [("Zilveren Kruis", "3311"), ("CZ", "9664"), ("VGZ", "7095"), ("Menzis", "3332"), ("DSW", "7125"),
            ("ONVZ", "3343"), ("Zorg en Zekerheid", "3313"), ("a.s.r.", "3360")]
STAFF = [["01012345", "dr. M.J. de Boer", "Huisarts", "Gezondheidscentrum Sint Anna", "69012345601", "ma-di-do"],
         ["01023871", "dr. A. Hofstede", "Huisarts", "Gezondheidscentrum Sint Anna", "49023871401", "ma-wo-vr"],
         ["01045520", "H.W. van Essen", "Huisarts", "Gezondheidscentrum Sint Anna", "19045520301", "di-do-vr"],
         ["01051234", "dr. S. Bulut", "Huisarts", "Huisartsenpraktijk Assendorp", "89051234101", "ma-di-wo-do"],
         ["01067712", "E.M. Scheper-Dijk", "Huisarts", "Huisartsenpraktijk Assendorp", "39067712801", "wo-vr"],
         ["01078890", "J. Lammers", "Huisarts in opleiding", "Gezondheidscentrum Sint Anna", "99078890001", "ma-vr"],
         ["01081122", "R. Kamphuis", "Waarnemend huisarts", "Huisartsenpraktijk Assendorp", "29081122501", "vr"],
         ["01100011", "T. Veldkamp", "POH-somatiek", "Gezondheidscentrum Sint Anna", "", "ma-di-do"],
         ["01100012", "L. Nijboer", "POH-GGZ", "Gezondheidscentrum Sint Anna", "", "wo-do"],
         ["01100013", "M. Kuiper", "POH-somatiek", "Huisartsenpraktijk Assendorp", "", "di-vr"],
         ["01100014", "Anouk Wijers", "Doktersassistente", "Gezondheidscentrum Sint Anna", "", "ma-vr"],
         ["01100015", "Sanne Roelofs", "Doktersassistente", "Huisartsenpraktijk Assendorp", "", "ma-wo-vr"],
         ["01100016", "Ilse Mulder", "Doktersassistente", "Gezondheidscentrum Sint Anna", "", "di-do"],
         ["01100017", "B. Vos", "Praktijkondersteuner jeugd", "Huisartsenpraktijk Assendorp", "", "wo"]]
GPS = [s for s in STAFF if "arts" in s[2] and "assist" not in s[2]]
POH = [s for s in STAFF if s[2].startswith("POH") or s[2].startswith("Praktijk")]
ASSIST = [s for s in STAFF if s[2] == "Doktersassistente"]
ICPC = [("K86", "Hypertensie zonder orgaanbeschadiging"), ("T90", "Diabetes mellitus type 2"),
        ("R74", "Acute infectie bovenste luchtwegen"), ("L03", "Lage rugpijn zonder uitstraling"),
        ("P76", "Depressie"), ("R96", "Astma"), ("S88", "Contacteczeem/andere eczeem"), ("U71", "Cystitis/urineweginfectie"),
        ("A97", "Geen ziekte"), ("K77", "Decompensatio cordis"), ("R95", "COPD"), ("P74", "Angststoornis"),
        ("L89", "Artrose heup"), ("T93", "Lipidenstofwisselingsstoornis"), ("N01", "Hoofdpijn"), ("H71", "Otitis media acuta"),
        ("D12", "Obstipatie"), ("K90", "Cerebrovasculair accident/CVA"), ("S03", "Wratten"), ("L81", "Letsel knie")]
SOORT = ["C1 consult", "C1 consult", "C1 consult", "C2 consult lang", "TC telefonisch consult", "TC telefonisch consult",
         "V1 visite", "EC e-consult", "POH consult"]
LABS = [("HbA1c", "mmol/mol", (38, 95), "< 53", 0), ("Glucose nuchter", "mmol/l", (4.2, 13.5), "4,0 - 6,0", 1),
        ("Kreatinine", "µmol/l", (48, 210), "49 - 90", 0), ("eGFR (CKD-EPI)", "ml/min/1,73m²", (18, 110), "> 60", 0),
        ("Cholesterol totaal", "mmol/l", (3.1, 8.4), "< 5,0", 1), ("LDL-cholesterol", "mmol/l", (1.2, 5.9), "< 2,6", 1),
        ("Kalium", "mmol/l", (3.1, 5.8), "3,5 - 5,0", 1), ("Hb", "mmol/l", (6.1, 10.4), "7,5 - 10,0", 1),
        ("TSH", "mU/l", (0.2, 9.5), "0,4 - 4,0", 2), ("CRP", "mg/l", (1, 160), "< 10", 0)]
LABNAMES = ["Saltro", "Saltro", "Isala Klinisch Chemisch Lab", "Certe"]
RELATION = ["dochter", "zoon", "echtgenote", "echtgenoot", "buurvrouw", "mantelzorger", "partner"]
ASOF = datetime.date(2026, 11, 30)

def bsn():
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10:
            return "".join(map(str, d + [s]))

def dmy(d):
    return d.strftime("%d-%m-%Y")

def mobile():
    return "06-" + "".join(str(rnd.randint(0, 9)) for _ in range(8))

def landline(area):
    n = 10 - len(area)
    return area + "-" + str(rnd.randint(2, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(n - 1))

def polis(ins):
    if ins in ("CZ", "VGZ"):
        return str(rnd.randint(10000000, 99999999))
    if ins == "Zilveren Kruis":
        return str(rnd.randint(100000000, 999999999))
    if ins == "Menzis":
        return "M" + str(rnd.randint(1000000, 9999999))
    return str(rnd.randint(1000000, 99999999))

def num(v, dec):
    s = ("%." + str(dec) + "f") % v
    return s.replace(".", ",")

patients, used_bsn = [], set()
for i in range(940):
    g = rnd.choice(GIVEN)
    fam = rnd.choice(FAMILY)
    tv, an = "", fam
    for p in ("van der ", "van den ", "van ", "de ", "ter "):
        if fam.startswith(p):
            tv, an = p.strip(), fam[len(p):]
            break
    sex = "V" if g in FEMALE else "M"
    extra = "".join(rnd.choice(INITIAL_EXTRA) + "." for _ in range(rnd.choice([0, 0, 1, 1, 2])))
    vl = g[0] + "." + extra
    if i % 97 == 13:
        birth = datetime.date(rnd.randint(1929, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1938, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - birth.year - ((ASOF.month, ASOF.day) < (birth.month, birth.day))
    town = rnd.choices(TOWNS, [t[4] for t in TOWNS])[0]
    pc = "%d %s%s" % (rnd.randint(*town[1]), rnd.choice("ABCDEGHJKLMNPRSTVWX"), rnd.choice("ABCDEGHJKLMNPRSTVWXZ"))
    straat = rnd.choice(town[3])
    hn = str(rnd.choice([rnd.randint(1, 40), rnd.randint(1, 40), rnd.randint(41, 260)]))
    toev = rnd.choice(["", "", "", "", "", "", "A", "B", "-2", "bis", "hs", "I"])
    b = bsn() if rnd.random() > 0.03 else ""
    while b and b in used_bsn:
        b = bsn()
    used_bsn.add(b)
    tel = landline(town[2]) if rnd.random() < 0.35 else ""
    mob = mobile() if rnd.random() < 0.9 else ""
    mail = ""
    if rnd.random() < 0.55:
        mail = "%s.%s%s@%s" % (g.lower(), (tv + an).replace(" ", "").lower(), rnd.choice(["", "", str(birth.year % 100), "71"]),
                               rnd.choice(["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "home.nl", "outlook.com"]))
    ins, uz = rnd.choices(INSURERS, [30, 22, 20, 10, 8, 3, 4, 3])[0]
    gp = rnd.choice(GPS[:5])
    ins_date = datetime.date(rnd.randint(max(birth.year, 1995), 2026), rnd.randint(1, 12), rnd.randint(1, 28))
    if ins_date > ASOF:
        ins_date = ASOF - datetime.timedelta(days=rnd.randint(1, 200))
    note = ""
    r = rnd.random()
    if r < 0.08:
        rel = rnd.choice(RELATION)
        note = "Contactpersoon: %s %s %s, tel. %s" % (rel, rnd.choice(GIVEN), rnd.choice(FAMILY), mobile())
    elif r < 0.13:
        note = rnd.choice(["Slechthorend, graag terugbellen via %s %s" % (rnd.choice(RELATION), rnd.choice(GIVEN)),
                           "Woont in bij dochter %s" % rnd.choice(GIVEN), "Wilsverklaring aanwezig (niet reanimeren)",
                           "Spreekt alleen Turks, tolk via %s" % rnd.choice(["broer", "zoon", "dochter"]),
                           "Medicatie via Apotheek Sint Anna", "Zorg thuis: wijkverpleging Icare"])
    elif r < 0.16:
        note = "Niet-reanimeren verklaring"
    patients.append(["%06d" % (104200 + i * 3 + rnd.randint(0, 2)), b, an, tv, vl, g, sex, dmy(birth), str(age), straat,
                     hn, toev, pc, town[0], tel, mob, mail, ins, uz, polis(ins), gp[0], dmy(ins_date), note])

P_HEAD = ["Patientnummer", "BSN", "Achternaam", "Tussenvoegsel", "Voorletters", "Roepnaam", "Geslacht", "Geb.datum",
          "Leeftijd", "Straat", "Huisnummer", "Toevoeging", "Postcode", "Woonplaats", "Telefoon", "Mobiel", "E-mailadres",
          "Zorgverzekeraar", "UZOVI", "Polisnummer", "Huisarts", "Inschrijfdatum", "Bijzonderheden"]

S_TEXT = {"K86": ("controle bloeddruk, geen klachten", "RR 152/88, pols 72 regulair", "Hypertensie, onvoldoende gereguleerd",
                  "amlodipine 5 mg 1dd1 erbij, controle 4 wk POH"),
          "T90": ("kwartaalcontrole DM2, voeten ok", "gewicht 92,4 kg, HbA1c zie lab", "DM2 redelijk ingesteld",
                  "metformine continueren, fundus aanvragen"),
          "R74": ("3 dagen keelpijn, neusverkoudheid, koorts 38,2", "keel rood, geen beslag, longen schoon",
                  "virale bovenste luchtweginfectie", "uitleg, paracetamol z.n., terug bij benauwdheid"),
          "L03": ("sinds week pijn onderrug na tillen", "SLR neg, geen neurologische uitval", "aspecifieke lage rugpijn",
                  "blijven bewegen, naproxen 250 mg, fysio z.n."),
          "P76": ("somber, slaapt slecht, weinig plezier", "PHQ-9 17", "depressieve episode",
                  "verwijzing POH-GGZ, evaluatie 2 wk"),
          "U71": ("branderig plassen sinds gisteren", "urine: nitriet pos, leuco +", "ongecompliceerde cystitis",
                  "nitrofurantoïne 5 dagen")}

contacts = []
nr = 5400001
for k in range(2600):
    p = rnd.choice(patients)
    d = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 1060))
    t = "%02d:%02d" % (rnd.randint(8, 16), rnd.choice([0, 10, 20, 30, 40, 50]))
    soort = rnd.choice(SOORT)
    code, omschr = rnd.choice(ICPC)
    if soort.startswith("POH"):
        beh = rnd.choice(POH)
    elif soort.startswith("TC") and rnd.random() < 0.4:
        beh = rnd.choice(ASSIST)
    else:
        beh = next(s for s in STAFF if s[0] == p[20]) if rnd.random() < 0.7 else rnd.choice(GPS)
    s, o, e, pl = S_TEXT.get(code, ("klachten passend bij " + omschr.lower(), "lich. onderzoek: geen bijzonderheden",
                                   omschr, "uitleg gegeven, terug z.n."))
    if rnd.random() < 0.07:
        s = "komt met %s %s; %s" % (rnd.choice(RELATION), rnd.choice(GIVEN), s)
    if rnd.random() < 0.04:
        pl = pl + "; %s %s %s belt terug op %s" % (rnd.choice(RELATION), rnd.choice(GIVEN), rnd.choice(FAMILY), mobile())
    soep = "S: %s\nO: %s\nE: %s\nP: %s" % (s, o, e, pl)
    tarief = {"C1": "12,54", "C2": "25,08", "TC": "12,54", "V1": "19,19", "EC": "12,54", "PO": "12,54"}[soort[:2]]
    contacts.append([str(nr), p[0], dmy(d), t, soort, code, omschr, soep, beh[0] + " " + beh[1], tarief])
    nr += rnd.randint(1, 4)
contacts.sort(key=lambda r: (r[2][6:] + r[2][3:5] + r[2][:2], r[3]))
C_HEAD = ["Contactnummer", "Patientnummer", "Datum", "Tijd", "Soort contact", "ICPC", "Episode", "SOEP", "Behandelaar",
          "Tarief (EUR)"]

labs = []
for k in range(1700):
    p = rnd.choice(patients)
    d = datetime.date(2024, 1, 3) + datetime.timedelta(days=rnd.randint(0, 1050))
    name, unit, (lo, hi), ref, dec = rnd.choice(LABS)
    v = rnd.uniform(lo, hi)
    val = num(v, dec)
    afw = ""
    if name in ("HbA1c",) and v >= 53 or name == "Kreatinine" and v > 90 or name == "CRP" and v >= 10:
        afw = "H"
    if name == "eGFR (CKD-EPI)":
        val = str(int(v)) if v < 90 else "> 90"
        afw = "L" if v < 60 else ""
    labs.append(["%s%07d" % (rnd.choice(["SA", "SA", "IS", "CE"]), 2400000 + k * 7 + rnd.randint(0, 6)), p[0], dmy(d),
                 name, val, unit, ref, afw, rnd.choice(LABNAMES)])
L_HEAD = ["Aanvraagnummer", "Patientnummer", "Afnamedatum", "Bepaling", "Uitslag", "Eenheid", "Referentiewaarde",
          "Afwijkend", "Laboratorium"]
M_HEAD = ["AGB-code", "Naam", "Functie", "Praktijk", "BIG-nummer", "Werkdagen"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("medewerkers", M_HEAD, STAFF)
write("patienten", P_HEAD, patients)
write("contacten", C_HEAD, contacts)
write("labuitslagen", L_HEAD, labs)

labels = {
    "medewerkers.AGB-code": "QUASI_IDENTIFIER", "medewerkers.Naam": "NAME", "medewerkers.Functie": "NON_IDENTIFYING",
    "medewerkers.Praktijk": "NON_IDENTIFYING", "medewerkers.BIG-nummer": "QUASI_IDENTIFIER",
    "medewerkers.Werkdagen": "NON_IDENTIFYING",
    "patienten.Patientnummer": "MEDICAL_RECORD_NUMBER", "patienten.BSN": "SOCIAL_SECURITY_NUMBER",
    "patienten.Achternaam": "FAMILY_NAME", "patienten.Tussenvoegsel": "QUASI_IDENTIFIER",
    "patienten.Voorletters": "GIVEN_NAME", "patienten.Roepnaam": "GIVEN_NAME", "patienten.Geslacht": "NON_IDENTIFYING",
    "patienten.Geb.datum": "DATE_OF_BIRTH", "patienten.Leeftijd": "AGE", "patienten.Straat": "STREET_ADDRESS",
    "patienten.Huisnummer": "STREET_ADDRESS", "patienten.Toevoeging": "STREET_ADDRESS", "patienten.Postcode": "ZIP_CODE",
    "patienten.Woonplaats": "CITY", "patienten.Telefoon": "TELEPHONE_NUMBER", "patienten.Mobiel": "TELEPHONE_NUMBER",
    "patienten.E-mailadres": "EMAIL_ADDRESS", "patienten.Zorgverzekeraar": "NON_IDENTIFYING",
    "patienten.UZOVI": "NON_IDENTIFYING", "patienten.Polisnummer": "HEALTH_PLAN_BENEFICIARY_NUMBER",
    "patienten.Huisarts": "QUASI_IDENTIFIER", "patienten.Inschrijfdatum": "DATE", "patienten.Bijzonderheden": "FREE_TEXT",
    "contacten.Contactnummer": "OTHER_UNIQUE_IDENTIFIER", "contacten.Patientnummer": "MEDICAL_RECORD_NUMBER",
    "contacten.Datum": "DATE", "contacten.Tijd": "DATE", "contacten.Soort contact": "NON_IDENTIFYING",
    "contacten.ICPC": "NON_IDENTIFYING", "contacten.Episode": "NON_IDENTIFYING", "contacten.SOEP": "FREE_TEXT",
    "contacten.Behandelaar": "NAME", "contacten.Tarief (EUR)": "NON_IDENTIFYING",
    "labuitslagen.Aanvraagnummer": "OTHER_UNIQUE_IDENTIFIER", "labuitslagen.Patientnummer": "MEDICAL_RECORD_NUMBER",
    "labuitslagen.Afnamedatum": "DATE", "labuitslagen.Bepaling": "NON_IDENTIFYING", "labuitslagen.Uitslag": "NON_IDENTIFYING",
    "labuitslagen.Eenheid": "NON_IDENTIFYING", "labuitslagen.Referentiewaarde": "NON_IDENTIFYING",
    "labuitslagen.Afwijkend": "NON_IDENTIFYING", "labuitslagen.Laboratorium": "NON_IDENTIFYING"}
gold = {"dataset": "huisarts-nl",
        "description": "Invented HIS export of fictional Dutch GP practices around Zwolle/Kampen (breaker87), ';', decimal commas, dd-mm-jjjj: medewerkers 14 (AGB-code, 'dr. M.J. de Boer', functie, praktijk, BIG-nummer, werkdagen), patienten 940 (patientnummer, BSN with elfproef (3% empty), Achternaam, Tussenvoegsel, Voorletters 'J.M.', Roepnaam, geslacht, Geb.datum (a few over 89), Leeftijd, Straat, Huisnummer, Toevoeging, Postcode '8011 AB', Woonplaats, Telefoon '038-4221234', Mobiel '06-12345678', e-mail, Zorgverzekeraar, UZOVI, Polisnummer, Huisarts (AGB FK), Inschrijfdatum, Bijzonderheden free text naming relatives), contacten 2,600 (contactnummer, patientnummer, datum, tijd, soort, ICPC-2, episode, SOEP S/O/E/P lines, Behandelaar '01012345 dr. M.J. de Boer' (staff), tarief), labuitslagen 1,700 (aanvraagnummer, patientnummer, afnamedatum, bepaling, Uitslag '6,8', eenheid, referentiewaarde, afwijkend, lab). Labels: staff AGB-code and BIG-nummer QUASI_IDENTIFIER (provider numbers, as NPI elsewhere), staff names NAME; Tussenvoegsel QUASI_IDENTIFIER (as alumni.tussenvoegsel); Voorletters GIVEN_NAME; Huisnummer and Toevoeging STREET_ADDRESS; UZOVI and insurer NON_IDENTIFYING; Polisnummer HEALTH_PLAN_BENEFICIARY_NUMBER. Coincidences: surname van Kampen and Dalfsen beside the towns Kampen and Dalfsen; given name Anna beside 'Gezondheidscentrum Sint Anna'; streets De Ruyterstraat and Thorbeckelaan beside surnames de Ruyter and Thorbecke; GP de Boer beside patients named de Boer.",
        "delimiter": ";", "entity": "patienten", "columns": labels,
        "foreignKeys": [{"column": "patienten.Huisarts", "references": "medewerkers.AGB-code"},
                        {"column": "contacten.Patientnummer", "references": "patienten.Patientnummer"},
                        {"column": "labuitslagen.Patientnummer", "references": "patienten.Patientnummer"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Writes kita-at: an invented export of a fictional Upper Austrian municipality's Kindergarten administration
(seeded, stdlib only), ';' separated, dd.mm.yyyy, decimal commas, German headers with umlauts. Gruppen: 36 groups
(Gruppen-ID 'LU-K03', Gruppenname 'Marienkäfer', Standort, Gruppenform Krabbelstube/Kindergarten/alterserweitert/
Hort, Pädagogin and Helferin (staff names), Plätze, Öffnungszeit '07:00-17:00'). Kinder: 900 children (Kind-Nr,
Nachname, Vorname, Geburtsdatum, SV-Nummer 'NNNN DDMMYY' with the check digit at the fourth place over weights
3,7,9,-,5,8,4,2,1,6 mod 11, the birth date inside, Geschlecht, Gruppe, Eintrittsdatum, Austrittsdatum (mostly empty),
Betreuungszeit, Mittagessen, Allergien (mostly empty), Erstsprache, Elternbeitrag '85,50', Bemerkung free text naming
people and custody orders). Erziehungsberechtigte: one row per child and parent (siblings repeat their parents):
Kind-Nr, Name with Austrian academic titles ('Mag.a Anna Gruber', 'DI Thomas Huber, BSc'), Beziehung, Obsorge,
Telefon '+43 664 1234567' / '0664/1234567', E-Mail, Adresse 'Landstraße 12/3/7', PLZ '4020', Ort, Arbeitgeber.
Abholberechtigte: people allowed to pick up a child (Kind-Nr, Name, Beziehung, Ausweisart, Ausweisnummer 'P1234567'
/ 8 digits, Telefon, gültig bis). Deliberate coincidences: the group name 'Fuchs' beside the surname Fuchs; the
Standort 'Kindergarten St. Florian' beside the town St. Florian and the given name Florian; the employer
'Rosenbauer International AG' beside the surname Rosenbauer; Standorte named after the towns (Steyr, Wels, Enns)."""
import csv, json, random, datetime
rnd = random.Random(770303)
VORNAMEN_W = ["Anna", "Lena", "Marie", "Sophie", "Emma", "Hannah", "Laura", "Lea", "Sarah", "Valentina", "Johanna",
              "Magdalena", "Elif", "Amina", "Katharina", "Theresa", "Christina", "Sabine", "Andrea", "Elisabeth",
              "Monika", "Barbara", "Ingrid", "Hermine"]
VORNAMEN_M = ["Maximilian", "Lukas", "Jakob", "Tobias", "David", "Elias", "Paul", "Felix", "Florian", "Jonas",
              "Simon", "Leon", "Emir", "Luka", "Thomas", "Michael", "Stefan", "Andreas", "Christian", "Markus",
              "Franz", "Josef", "Johann", "Gerhard"]
NACHNAMEN = ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
             "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
             "Reiter", "Haas", "Lehner", "Rosenbauer", "Aigner", "Wimmer", "Hinterberger", "Yılmaz", "Kovačević",
             "Popescu", "Hadžić", "Öztürk"]
TITLES = ["", "", "", "", "", "", "", "", "Mag. ", "Dr. ", "DI ", "Ing. ", "MMag. ", "Dipl.-Päd. "]
# town, PLZ list, weight
ORTE = [("Linz", ["4020", "4030", "4040"], 30), ("Leonding", ["4060"], 6), ("Traun", ["4050"], 5),
        ("Wels", ["4600"], 9), ("Steyr", ["4400"], 7), ("Enns", ["4470"], 4), ("St. Florian", ["4490"], 4),
        ("Asten", ["4481"], 2), ("Ansfelden", ["4052"], 3), ("Pasching", ["4061"], 2), ("Marchtrenk", ["4614"], 2),
        ("Kematen an der Krems", ["4531"], 1), ("Puchenau", ["4048"], 1), ("Engerwitzdorf", ["4209"], 1)]
STRASSEN = ["Landstraße", "Hauptstraße", "Hauptplatz", "Kirchengasse", "Wiener Straße", "Bahnhofstraße",
            "Stelzhamerstraße", "Dornacher Straße", "Linzer Straße", "Schulstraße", "Mozartstraße", "Feldweg",
            "Am Anger", "Blumenstraße", "Lindenweg", "Sportplatzstraße"]
STANDORTE = [("LU", "Kindergarten Linz-Urfahr", "Linz"), ("LB", "Kindergarten Linz-Bindermichl", "Linz"),
             ("LS", "Kindergarten Linz-Solar City", "Linz"), ("WE", "Kindergarten Wels-Lichtenegg", "Wels"),
             ("ST", "Kindergarten Steyr-Münichholz", "Steyr"), ("EN", "Kindergarten Enns", "Enns"),
             ("SF", "Kindergarten St. Florian", "St. Florian"), ("LE", "Kinderhaus Leonding", "Leonding")]
GRUPPENNAMEN = ["Marienkäfer", "Sonnenblumen", "Regenbogen", "Igel", "Schmetterlinge", "Bären", "Zwerge", "Fuchs",
                "Eichhörnchen", "Mäuse", "Bienen", "Frösche", "Pinguine", "Sterne", "Löwenzahn", "Schnecken"]
ARBEITGEBER = ["voestalpine Stahl GmbH", "Kepler Universitätsklinikum", "Magistrat Linz", "Rosenbauer International AG",
               "BILLA AG", "SPAR Österreich", "Energie AG Oberösterreich", "Borealis AG", "Ordensklinikum Linz",
               "Johannes Kepler Universität", "Land Oberösterreich", "BMW Motoren GmbH Steyr", "Fronius International",
               "Greiner AG", "Raiffeisenlandesbank OÖ", "Linz AG", "Post AG", "selbständig", "Bildungsdirektion OÖ",
               "TGW Logistics", "Trodat GmbH", "Amstetten Fleischwaren"]
ALLERGIEN = ["Erdnüsse", "Haselnüsse", "Laktoseintoleranz", "Zöliakie (glutenfrei)", "Hühnerei", "Kiwi",
             "Bienengift", "Kuhmilcheiweiß", "Fruktoseintoleranz", "Hausstaubmilbe"]
SPRACHEN = ["Deutsch"] * 16 + ["Türkisch", "Bosnisch/Kroatisch/Serbisch", "Rumänisch", "Arabisch", "Ungarisch",
                               "Englisch", "Albanisch", "Tschetschenisch"]
W = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]

def svnr(born):
    ddmmyy = born.strftime("%d%m") + "%02d" % (born.year % 100)
    while True:
        serial = "%03d" % rnd.randint(100, 999)
        digits = serial + "0" + ddmmyy
        c = sum(int(d) * w for d, w in zip(digits, W)) % 11
        if c != 10:
            return serial + str(c) + " " + ddmmyy

def dmy(d):
    return d.strftime("%d.%m.%Y")

def eur(x):
    return ("%.2f" % x).replace(".", ",")

def phone():
    r = rnd.random(); p = rnd.choice(["664", "660", "676", "650", "699", "681", "688"]); n = "%07d" % rnd.randint(0, 9999999)
    if r < 0.45: return "+43 %s %s" % (p, n)
    if r < 0.65: return "0%s/%s" % (p, n)
    if r < 0.78: return "0%s %s %s" % (p, n[:3], n[3:])
    if r < 0.88: return "+43%s%s" % (p, n)
    if r < 0.94: return "0732/%s" % n[:6]
    return ""

def email(v, n):
    t = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i", "č": "c", "ć": "c", "ž": "z", "Ö": "Oe", "Ä": "Ae", "Ü": "Ue"})
    local = rnd.choice(["%s.%s" % (v, n), "%s%s" % (v[0], n), "%s.%s%d" % (v, n, rnd.randint(70, 99))]).lower().translate(t)
    return local + "@" + rnd.choice(["gmx.at", "gmail.com", "aon.at", "a1.net", "hotmail.com", "icloud.com", "liwest.at"])

gruppen = []
for code, standort, ort in STANDORTE:
    forms = ["Krabbelstube", "Kindergarten", "Kindergarten", "Kindergarten", "alterserweitert"] + (["Hort"] if code in ("LU", "WE", "ST", "LE") else [])
    names = rnd.sample(GRUPPENNAMEN, len(forms))
    if code == "SF": names[1] = "Fuchs"
    for j, (form, nm) in enumerate(zip(forms, names)):
        if len(gruppen) >= 36: break
        gid = "%s-%s%02d" % (code, {"Krabbelstube": "KS", "Kindergarten": "K", "alterserweitert": "AE", "Hort": "H"}[form], j + 1)
        plaetze = {"Krabbelstube": 10, "Kindergarten": 23, "alterserweitert": 20, "Hort": 25}[form]
        ped = "%s%s %s" % (rnd.choice(["", "", "", "BA "]), rnd.choice(VORNAMEN_W[:20]), rnd.choice(NACHNAMEN[:26]))
        helf = "%s %s" % (rnd.choice(VORNAMEN_W), rnd.choice(NACHNAMEN)) if form != "Hort" or rnd.random() < 0.5 else ""
        zeit = rnd.choice(["07:00-17:00", "06:45-16:30", "07:00-13:00", "07:15-17:30"]) if form != "Hort" else "11:30-17:30"
        gruppen.append([gid, nm, standort, form, ped, helf, str(plaetze), zeit])
gruppen = gruppen[:36]

kinder = []; eb = []; ab = []; used_sv = set(); kid = 24001
families = []
cap = {g[0]: int(int(g[6]) * 1.6) for g in gruppen}
def family():
    ort, plzs, _ = rnd.choices(ORTE, weights=[o[2] for o in ORTE])[0]
    nach = rnd.choice(NACHNAMEN)
    adr = "%s %d" % (rnd.choice(STRASSEN), rnd.randint(1, 120))
    if rnd.random() < 0.5: adr += "/%d/%d" % (rnd.randint(1, 6), rnd.randint(1, 24)) if rnd.random() < 0.6 else "/%d" % rnd.randint(1, 30)
    parents = []
    single = rnd.random() < 0.14
    m_nach = nach if rnd.random() < 0.8 else rnd.choice(NACHNAMEN)
    mv = rnd.choice(VORNAMEN_W[:20] if nach not in ("Yılmaz", "Öztürk") else ["Elif", "Amina"])
    title = rnd.choice(TITLES)
    if title == "Mag. " and rnd.random() < 0.5: title = "Mag.a "
    mname = (title + mv + " " + m_nach).strip()
    if rnd.random() < 0.1: mname += ", BEd" if rnd.random() < 0.5 else ", MSc"
    plz = rnd.choice(plzs)
    parents.append((mname, "Mutter", "ja", phone(), email(mv, m_nach) if rnd.random() < 0.85 else "", adr, plz, ort,
                    rnd.choice(ARBEITGEBER) if rnd.random() < 0.75 else ""))
    if not single:
        vv = rnd.choice(VORNAMEN_M[:20] if nach not in ("Yılmaz", "Öztürk") else ["Emir", "David"])
        title = rnd.choice(TITLES)
        vname = (title + vv + " " + nach).strip()
        if rnd.random() < 0.08: vname += ", BSc"
        sep = rnd.random() < 0.12
        vadr, vort, vplz = adr, ort, plz
        if sep:
            o = rnd.choice(ORTE); vadr, vort, vplz = "%s %d" % (rnd.choice(STRASSEN), rnd.randint(1, 90)), o[0], rnd.choice(o[1])
        parents.append((vname, rnd.choice(["Vater"] * 12 + ["Stiefvater", "Pflegevater"]), "nein" if sep and rnd.random() < 0.4 else "ja",
                        phone(), email(vv, nach) if rnd.random() < 0.6 else "", vadr, vplz, vort,
                        rnd.choice(ARBEITGEBER) if rnd.random() < 0.9 else ""))
    return nach, parents, ort

OTHERS = [("Oma", 30), ("Opa", 18), ("Tante", 10), ("Onkel", 6), ("Nachbarin", 6), ("Babysitterin", 5),
          ("Freundin der Mutter", 4), ("ältere Schwester", 3), ("Au-pair", 2), ("Urgroßmutter", 1)]
BEMERKUNGEN = ["Abholung nur durch die Mutter, Vater hat kein Kontaktrecht (Beschluss BG Linz).",
               "Wird dienstags von Oma %s abgeholt.", "Logopädie bei Frau %s, donnerstags.", "Braucht Mittagsschlaf.",
               "Sprachförderung lt. Sprachstandsfeststellung.", "Geschwisterkind von %s in Gruppe %s.",
               "Epi-Pen im Gruppenraum.", "Integrationskind, Stützkraft %s %s.", "Vegetarisch.", "Kein Schweinefleisch."]
while len(kinder) < 900:
    nach, parents, ort = family()
    nkids = rnd.choices([1, 2, 3], weights=[62, 31, 7])[0]
    sib_names = []
    sprache = rnd.choice(SPRACHEN) if nach not in ("Yılmaz", "Öztürk") else "Türkisch"
    for s in range(nkids):
        if len(kinder) >= 900: break
        male = rnd.random() < 0.5
        vor = rnd.choice(VORNAMEN_M[:14] if male else VORNAMEN_W[:14])
        opts = [g for g in gruppen if cap[g[0]] > 0]
        near = [g for g in opts if ort in g[2]]
        g = rnd.choice(near if near and rnd.random() < 0.85 else opts); cap[g[0]] -= 1
        form = g[3]
        lo, hi = {"Krabbelstube": (datetime.date(2022, 9, 2), datetime.date(2024, 8, 31)),
                  "Kindergarten": (datetime.date(2019, 9, 2), datetime.date(2022, 9, 1)),
                  "alterserweitert": (datetime.date(2018, 9, 2), datetime.date(2023, 6, 30)),
                  "Hort": (datetime.date(2015, 9, 2), datetime.date(2019, 9, 1))}[form]
        born = lo + datetime.timedelta(days=rnd.randint(0, (hi - lo).days))
        while True:
            sv = svnr(born)
            if sv not in used_sv: break
        used_sv.add(sv)
        ein = max(born + datetime.timedelta(days=365), datetime.date(rnd.randint(2019, 2025), 9, rnd.choice([1, 2, 8, 9])))
        if ein > datetime.date(2025, 9, 15): ein = datetime.date(2025, 9, 8)
        aus = dmy(datetime.date(2026, rnd.choice([1, 2, 3]), rnd.randint(1, 28))) if rnd.random() < 0.04 else ""
        zeit = "ganztags" if form == "Hort" else rnd.choice(["ganztags", "halbtags vormittags", "halbtags vormittags", "07:00-13:00", "Teilzeit 3 Tage"])
        essen = "ja" if zeit in ("ganztags", "Teilzeit 3 Tage") or rnd.random() < 0.2 else "nein"
        allerg = rnd.choice(ALLERGIEN) if rnd.random() < 0.13 else ""
        beitrag = 0.0 if form in ("Kindergarten", "alterserweitert") and zeit.startswith("halbtags") else \
            {"Krabbelstube": rnd.uniform(40, 260), "Hort": rnd.uniform(45, 190)}.get(form, rnd.uniform(30, 120))
        bem = ""
        if rnd.random() < 0.16:
            t = rnd.choice(BEMERKUNGEN)
            if t.count("%s") == 1: bem = t % rnd.choice(NACHNAMEN)
            elif "Geschwisterkind" in t: bem = (t % (sib_names[0], g[1])) if sib_names else ""
            elif t.count("%s") == 2: bem = t % (rnd.choice(VORNAMEN_W), rnd.choice(NACHNAMEN))
            else: bem = t
        kn = str(kid); kid += rnd.randint(1, 3)
        kinder.append([kn, nach, vor, dmy(born), sv, "m" if male else "w", g[0], dmy(ein), aus, zeit, essen, allerg,
                       sprache, eur(beitrag), bem])
        sib_names.append(vor)
        for p in parents:
            eb.append([kn, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]])
        for _ in range(rnd.choices([0, 1, 2, 3], weights=[20, 38, 30, 12])[0]):
            rel = rnd.choices([o[0] for o in OTHERS], weights=[o[1] for o in OTHERS])[0]
            fem = rel in ("Oma", "Tante", "Nachbarin", "Babysitterin", "Freundin der Mutter", "ältere Schwester", "Au-pair", "Urgroßmutter")
            vn = rnd.choice(VORNAMEN_W[14:] if rel in ("Oma", "Urgroßmutter") else VORNAMEN_M[14:] if rel == "Opa" else VORNAMEN_W if fem else VORNAMEN_M)
            nn = nach if rel in ("Oma", "Opa", "Onkel", "ältere Schwester", "Urgroßmutter") and rnd.random() < 0.6 else rnd.choice(NACHNAMEN)
            art = rnd.choices(["Personalausweis", "Reisepass", "Führerschein"], weights=[35, 25, 40])[0]
            nr = ("%08d" % rnd.randint(1000000, 99999999)) if art != "Reisepass" else "%s%07d" % (rnd.choice("PU"), rnd.randint(0, 9999999))
            if art == "Führerschein" and rnd.random() < 0.3: nr = "%02d/%06d" % (rnd.randint(1, 99), rnd.randint(0, 999999))
            ab.append([kn, "%s %s" % (vn, nn), rel, art, nr if rnd.random() < 0.93 else "", phone(),
                       dmy(datetime.date(2026, 8, 31)) if rnd.random() < 0.7 else ""])

def write(name, head, data):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n"); wr.writerow(head); wr.writerows(data)

GH = ["Gruppen-ID", "Gruppenname", "Standort", "Gruppenform", "Pädagogin", "Helferin", "Plätze", "Öffnungszeit"]
KH = ["Kind-Nr", "Nachname", "Vorname", "Geburtsdatum", "SV-Nummer", "Geschlecht", "Gruppe", "Eintrittsdatum",
      "Austrittsdatum", "Betreuungszeit", "Mittagessen", "Allergien", "Erstsprache", "Elternbeitrag (€)", "Bemerkung"]
EH = ["Kind-Nr", "Name", "Beziehung", "Obsorge", "Telefon", "E-Mail", "Adresse", "PLZ", "Ort", "Arbeitgeber"]
AH = ["Kind-Nr", "Name", "Beziehung", "Ausweisart", "Ausweisnummer", "Telefon", "gültig bis"]
write("Gruppen", GH, gruppen); write("Kinder", KH, kinder); write("Erziehungsberechtigte", EH, eb); write("Abholberechtigte", AH, ab)
N, Q, D = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE"
L = {"Gruppen": [N, N, N, N, "NAME", "NAME", N, N],
     "Kinder": ["OTHER_UNIQUE_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NATIONAL_ID", N, N, D, D, N, N,
                N, Q, N, "FREE_TEXT"],
     "Erziehungsberechtigte": ["OTHER_UNIQUE_IDENTIFIER", "NAME", N, N, "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                               "STREET_ADDRESS", "ZIP_CODE", "CITY", "NAME"],
     "Abholberechtigte": ["OTHER_UNIQUE_IDENTIFIER", "NAME", N, N, "NATIONAL_ID", "TELEPHONE_NUMBER", D]}
cols = {}
for t, h in (("Gruppen", GH), ("Kinder", KH), ("Erziehungsberechtigte", EH), ("Abholberechtigte", AH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "kita-at",
        "description": "Invented export of a fictional Upper Austrian municipality's Kindergarten administration, ';', dd.mm.yyyy, decimal commas, German headers with umlauts: %d groups (Gruppen-ID 'LU-K03', Gruppenname, Standort, Gruppenform, Pädagogin and Helferin (staff names), Plätze, Öffnungszeit), %d children (Kind-Nr, Nachname, Vorname, Geburtsdatum, SV-Nummer 'NNNN DDMMYY' with its check digit and the birth date inside, Geschlecht, Gruppe, Eintritts-/Austrittsdatum, Betreuungszeit, Mittagessen, Allergien (87%% empty), Erstsprache, Elternbeitrag '85,50', Bemerkung naming relatives, therapists and court orders), %d guardian rows (one per child and parent, siblings repeat them: Kind-Nr, Name with academic titles 'Mag.a Anna Gruber' / ', BSc', Beziehung, Obsorge, Telefon '+43 664 1234567' / '0664/1234567', E-Mail, Adresse 'Landstraße 12/3/7', 4-digit PLZ, Ort, Arbeitgeber), %d people allowed to pick up a child (Kind-Nr, Name, Beziehung, Ausweisart, Ausweisnummer 'P1234567' / 8 digits / '12/345678', Telefon, gültig bis). SV-Nummer and Ausweisnummer NATIONAL_ID; Arbeitgeber NAME (Safe Harbor names employers; as school-sis Guardians.Employer); Erstsprache QUASI_IDENTIFIER; Allergien NON_IDENTIFYING (as boernehave-dk); Beziehung, Obsorge, Ausweisart NON_IDENTIFYING. The group 'Fuchs' beside the surname Fuchs, the Standort 'Kindergarten St. Florian' beside the town St. Florian and the given name Florian, the employer 'Rosenbauer International AG' beside the surname Rosenbauer are deliberate" % (len(gruppen), len(kinder), len(eb), len(ab)),
        "delimiter": ";", "entity": "Kinder", "columns": cols,
        "foreignKeys": [{"column": "Kinder.Gruppe", "references": "Gruppen.Gruppen-ID"},
                        {"column": "Erziehungsberechtigte.Kind-Nr", "references": "Kinder.Kind-Nr"},
                        {"column": "Abholberechtigte.Kind-Nr", "references": "Kinder.Kind-Nr"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

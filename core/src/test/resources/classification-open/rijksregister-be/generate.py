#!/usr/bin/env python3
"""Writes rijksregister-be: an invented extract of a bilingual Brussels municipality's population register (seeded,
stdlib only), ';' separated (Belgian Excel), dd/mm/yyyy, headers mixed Dutch, French and 'Dutch / French'. The
national register number is written '85.07.30-033.28' (birth date, a sequence odd for men and even for women, and the
mod-97 check, computed on '2' + the nine digits for people born in 2000 or later). A 1,800-row table of inhabitants
(households of one to six people sharing a household number and an address) and a 15-row table of people struck off
the register (departures abroad, moves, deaths) referring to it."""
import csv, json, random, datetime
rnd = random.Random(3207)
N = 1800
FAM_NL = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
          "Van den Broeck", "Vermeulen", "Dewulf", "Van Damme", "Verstraete", "De Backer", "Hermans", "Michiels"]
FAM_FR = ["Dubois", "Lambert", "Dupont", "Martin", "Leroy", "Simon", "Laurent", "Lejeune", "Renard", "Dumont", "Lemaire",
          "Collard", "Fontaine", "Namur", "Gilson", "Delvaux"]
FAM_OTHER = [("El Amrani", "MA"), ("Benali", "MA"), ("El Idrissi", "MA"), ("Bouzid", "MA"), ("Yilmaz", "TR"), ("Demir", "TR"),
             ("Kowalski", "PL"), ("Nowak", "PL"), ("Popescu", "RO"), ("Ionescu", "RO"), ("Rossi", "IT"), ("Esposito", "IT"),
             ("García", "ES"), ("Fernández", "ES"), ("Mbuyi", "CD"), ("Kabila", "CD"), ("Moreau", "FR"), ("Lefebvre", "FR")]
GIV = {"M": {"NL": ["Jan", "Luc", "Marc", "Pieter", "Wouter", "Noah", "Lars", "Bram", "Jef", "Koen"],
             "FR": ["Louis", "Jean", "Pierre", "Philippe", "Hugo", "Arthur", "Nicolas", "Olivier", "Jules", "Guy"],
             "MA": ["Mohamed", "Youssef", "Karim", "Mehdi", "Adam", "Ayoub"], "TR": ["Mehmet", "Emre", "Burak", "Can"],
             "PL": ["Piotr", "Tomasz", "Krzysztof"], "RO": ["Andrei", "Mihai", "Ionuț"], "IT": ["Marco", "Luca", "Giuseppe"],
             "ES": ["Javier", "Carlos", "Pablo"], "CD": ["Jean-Pierre", "Patrick", "Christian"]},
       "F": {"NL": ["Els", "An", "Sofie", "Lotte", "Ine", "Katrien", "Emma", "Lien", "Hilde", "Marleen"],
             "FR": ["Marie", "Camille", "Florence", "Isabelle", "Chloé", "Nathalie", "Louise", "Sophie", "Anne", "Léa"],
             "MA": ["Fatima", "Khadija", "Salma", "Imane", "Nadia", "Yasmina"], "TR": ["Ayşe", "Elif", "Zeynep", "Fatma"],
             "PL": ["Anna", "Katarzyna", "Magdalena"], "RO": ["Elena", "Ioana", "Maria"], "IT": ["Giulia", "Francesca", "Chiara"],
             "ES": ["Lucía", "Carmen", "María"], "CD": ["Grace", "Esther", "Nathalie"]}}
NAT = {"BE": "belge", "MA": "marocaine", "TR": "turque", "PL": "polonaise", "RO": "roumaine", "IT": "italienne", "ES": "espagnole",
       "CD": "congolaise (RDC)", "FR": "française"}
BIRTH = {"BE": ["Bruxelles", "Brussel", "Anderlecht", "Schaerbeek", "Ixelles", "Etterbeek", "Uccle", "Antwerpen", "Gent", "Leuven",
                "Liège", "Namur", "Charleroi", "Mons", "Mechelen", "Aalst", "Vilvoorde", "Halle", "Wavre", "Ottignies-Louvain-la-Neuve"],
         "MA": ["Casablanca (Maroc)", "Tanger (Maroc)", "Nador (Maroc)", "Oujda (Maroc)"], "TR": ["Emirdağ (Turquie)", "Istanbul (Turquie)"],
         "PL": ["Kraków (Pologne)", "Warszawa (Pologne)"], "RO": ["București (Roumanie)", "Iași (Roumanie)"],
         "IT": ["Florence (Italie)", "Palermo (Italie)", "Napoli (Italie)"], "ES": ["Madrid (Espagne)", "Sevilla (Espagne)"],
         "CD": ["Kinshasa (RD Congo)", "Lubumbashi (RD Congo)"], "FR": ["Lille (France)", "Paris (France)", "Lyon (France)"]}
AREAS = [("1000", "Bruxelles / Brussel", ["Rue Haute", "Rue Blaes", "Rue des Tanneurs", "Boulevard Anspach", "Rue de Flandre",
                                           "Rue Dansaert", "Rue du Marché au Charbon", "Quai aux Briques", "Hoogstraat", "Vlaamsesteenweg"]),
         ("1020", "Laeken / Laken", ["Avenue de la Reine", "Rue Marie-Christine", "Boulevard Émile Bockstael", "Rue Fransman",
                                    "Koninginnelaan", "Rue des Palais Outre-Ponts"]),
         ("1120", "Neder-Over-Heembeek", ["Rue de Ransbeek", "Chaussée de Vilvorde", "Rue François Vekemans", "Peter Benoitlaan"]),
         ("1130", "Haren", ["Rue de Verdun", "Harenheidestraat", "Rue Cortenbach", "Chaussée de Haecht"]),
         ("1000", "Bruxelles / Brussel", ["Avenue Louise", "Rue Royale", "Rue de la Loi", "Koningsstraat"])]
CIV_NL = {"single": "ongehuwd", "married": "gehuwd", "widow": "weduwe/weduwnaar", "divorced": "uit de echt gescheiden",
          "cohab": "wettelijk samenwonend"}
CIV_FR = {"single": "célibataire", "married": "marié(e)", "widow": "veuf/veuve", "divorced": "divorcé(e)", "cohab": "cohabitant(e) légal(e)"}
JOBS = ["employé(e)", "bediende", "ouvrier/ouvrière", "arbeider", "enseignant(e)", "leerkracht", "indépendant(e)", "zelfstandige",
        "pensionné(e)", "gepensioneerd", "étudiant(e)", "student", "sans profession", "zonder beroep", "infirmier/infirmière",
        "verpleegkundige", "fonctionnaire", "ambtenaar", "chauffeur", "demandeur d'emploi"]
def rrn(dob, seq):
    base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, seq)
    num = int(("2" + base) if dob.year >= 2000 else base)
    chk = 97 - num % 97
    return "%s.%s.%s-%s.%02d" % (base[0:2], base[2:4], base[4:6], base[6:9], chk)
def d(x):
    return x.strftime("%d/%m/%Y")
def rand_date(y0, y1):
    return datetime.date(rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28))
used = set()
def person_rrn(dob, sex):
    while True:
        seq = rnd.randrange(1 if sex == "M" else 2, 998, 2)
        v = rrn(dob, seq)
        if v not in used:
            used.add(v); return v
rows, hh = [], 0
while len(rows) < N:
    hh += 1
    origin = rnd.choices(["NL", "FR", "X"], [30, 42, 28])[0]
    if origin == "X":
        fam, cc = rnd.choice(FAM_OTHER)
    else:
        fam, cc = rnd.choice(FAM_NL if origin == "NL" else FAM_FR), "BE"
    gcc = origin if origin in ("NL", "FR") else cc if cc in GIV["M"] else "FR"
    lang = "N" if origin == "NL" or (origin == "X" and rnd.random() < 0.2) else "F"
    pc, commune, streets = rnd.choice(AREAS)
    street, no = rnd.choice(streets), str(rnd.randint(1, 240)) + rnd.choice(["", "", "", "", "A", "B", "/1"])
    box = rnd.choice(["", "", "", "1", "2", "3", "0012", "0031", "b2", "A", "RC", "201"])
    size = rnd.choices([1, 2, 3, 4, 5, 6], [34, 28, 15, 13, 7, 3])[0]
    head_dob = rand_date(1932, 2003)
    arrival = rand_date(max(head_dob.year + 18, 1975), 2026)
    members = [("REF", rnd.choice("MF"), head_dob)]
    if size >= 2:
        members.append(("CONJ" if rnd.random() < 0.8 else "AUTRE", "F" if members[0][1] == "M" else rnd.choice("MF"),
                        rand_date(max(1930, head_dob.year - 8), min(2004, head_dob.year + 8))))
    for _ in range(size - len(members)):
        members.append(("ENF", rnd.choice("MF"), rand_date(max(head_dob.year + 18, 1965), 2026)))
    civ_key = "married" if size >= 2 and members[1][0] == "CONJ" and rnd.random() < 0.7 else None
    for pos, sex, dob in members:
        if pos == "ENF" or dob.year > 2006:
            civ = "single"
        elif pos == "CONJ" or (pos == "REF" and size >= 2 and members[1][0] == "CONJ"):
            civ = civ_key or "cohab"
        else:
            civ = rnd.choice(["single", "single", "divorced", "widow"] if dob.year < 1960 else ["single", "single", "divorced"])
        given = rnd.choice(GIV[sex][gcc])
        if rnd.random() < 0.45:
            given += ", " + rnd.choice([g for g in GIV[sex][gcc] if g != given])
        born_here = pos == "ENF" and rnd.random() < 0.8
        bplace = rnd.choice(["Bruxelles", "Brussel", "Jette", "Uccle"]) if born_here or cc == "BE" and rnd.random() < 0.5 else rnd.choice(BIRTH[cc])
        nat = "belge" if cc == "BE" or born_here and dob.year > 1995 or rnd.random() < 0.45 else NAT[cc]
        fam_p = fam if pos != "CONJ" or rnd.random() < 0.3 else rnd.choice(FAM_NL + FAM_FR)
        age = (datetime.date(2026, 12, 1) - dob).days // 365
        job = "enfant" if age < 6 else ("élève" if lang == "F" else "leerling") if age < 18 else rnd.choice(JOBS) if age < 66 else ("pensionné(e)" if lang == "F" else "gepensioneerd")
        ins = max(arrival, dob)
        civ_s = CIV_NL[civ] if lang == "N" else CIV_FR[civ]
        rows.append([person_rrn(dob, sex), fam_p, given, sex if lang == "F" else {"M": "M", "F": "V"}[sex], d(dob), bplace,
                     nat, civ_s, street, no, box, pc, commune, "%08d" % (40210000 + hh * 7), pos, d(ins), lang, job])
rows = rows[:N]
H1 = ["rijksregisternummer", "naam", "prénoms", "geslacht", "date de naissance", "geboorteplaats / lieu de naissance",
      "nationalité", "burgerlijke staat / état civil", "straat", "huisnummer", "busnummer", "postcode", "gemeente / commune",
      "n° ménage", "positie in gezin", "datum inschrijving", "taalrol", "profession"]
L1 = ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "CITY", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE",
      "NON_IDENTIFYING", "NON_IDENTIFYING"]
out = []
DEST = [("Départ à l'étranger", "", "France", "12 rue Nationale, 59000 Lille"), ("Vertrek naar buitenland", "", "Nederland", "Oudegracht 44, 3511 AR Utrecht"),
        ("Verhuis naar andere gemeente", "Vilvoorde", "België", "Leuvensestraat 18, 1800 Vilvoorde"),
        ("Déménagement vers autre commune", "Schaerbeek", "Belgique", "Avenue Rogier 102, 1030 Schaerbeek"),
        ("Déménagement vers autre commune", "Anderlecht", "Belgique", "Rue Wayez 7, 1070 Anderlecht"),
        ("Décès", "", "", ""), ("Radiation d'office", "", "", ""), ("Départ à l'étranger", "", "Maroc", "Hay Al Qods 33, Oujda")]
for r in rnd.sample(rows, 15):
    why, town, country, addr = rnd.choice(DEST)
    out.append([r[0], r[1], r[2].split(",")[0], d(rand_date(2025, 2026)), why, town, country, addr])
H2 = ["numéro de registre national", "nom", "voornaam", "date de radiation", "motif / reden", "nieuwe gemeente", "pays de destination",
      "nouvelle adresse"]
L2 = ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "DATE", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "STREET_ADDRESS"]
for fn, head, rr in (("inwoners_habitants", H1, rows), ("afvoeringen_radiations", H2, out)):
    with open(fn + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rr)
cols = {"inwoners_habitants." + h: l for h, l in zip(H1, L1)}
cols.update({"afvoeringen_radiations." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "rijksregister-be",
        "description": "Invented extract of a bilingual Brussels municipality's population register, ';', dd/mm/yyyy, Dutch/French/bilingual headers: 1,800 inhabitants (national register numbers 85.07.30-033.28 with the mod-97 check incl. the 2000+ rule, family and given names, sex M/F/V, birth date and place, nationality, civil status in Dutch or French, street, house number, box, 4-digit postcode, commune, household number shared by the household, position in household, registration date, language role, profession) and 15 people struck off the register (destination commune and address) referring to them; given name Florence beside birthplace Florence (Italie), family name Namur beside birthplace Namur",
        "delimiter": ";", "entity": "inwoners_habitants", "columns": cols,
        "foreignKeys": [{"column": "afvoeringen_radiations.numéro de registre national", "references": "inwoners_habitants.rijksregisternummer"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

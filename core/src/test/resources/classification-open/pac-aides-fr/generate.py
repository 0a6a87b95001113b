#!/usr/bin/env python3
"""Writes pac-aides-fr: an invented export of the CAP/PAC (IACS) aid register of a FICTIONAL département office (DDT de
l'Allier style), seeded, Python standard library only. ';' as French Excel writes CSV, decimal commas, dates
dd/mm/yyyy, French headers with accents and 'N°'. aides (14 aid codes), exploitations (430 farms: N° PACAGE 9 digits
starting with 003, SIRET 14 digits with Luhn (SIREN Luhn too), forme juridique, raison sociale (GAEC/EARL/SCEA named
after the family or a place, empty for individuals), civilité, nom exploitant (capitals), prénom, date de naissance
(a few born 1931-1935), adresse (lieu-dit or street), code postal, commune, téléphone '04 70 12 34 56' /
'0612345678' / '+33 6 12 34 56 78', courriel, IBAN FR with RIB key and mod-97 grouped by four, BIC, jeune
agriculteur, instructeur (staff, many rows), observations (free text sometimes naming a successor or a phone)),
ilots (about 2,600 parcels: campagne, N° PACAGE, N° îlot, N° parcelle, commune and code INSEE of the îlot, cadastral
reference '000 AB 0123', crop code BTH/MIS/PPH, label, surface '12,34' ha, bio), paiements (about 3,600 payment
lines: N° paiement, N° PACAGE, campagne, code aide, montant '1 234,56', date, IBAN, instructeur, statut).
Coincidences: the surname SOUVIGNY beside the commune Souvigny; the surname MOULIN beside 'GAEC DU MOULIN' (a place
name) and the commune Moulins; the street 'Rue Pierre Bardet' beside farmers named BARDET; the given name Olivier
beside the crop 'Oliveraie'; the instructeur Martine AUCLAIR beside farmers named AUCLAIR."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(830101)
GIVEN = [("Jean", "M"), ("Pierre", "M"), ("Michel", "M"), ("Philippe", "M"), ("Alain", "M"), ("Bernard", "M"),
         ("Christophe", "M"), ("Olivier", "M"), ("Julien", "M"), ("Nicolas", "M"), ("Sébastien", "M"), ("Thierry", "M"),
         ("Didier", "M"), ("Laurent", "M"), ("Maxime", "M"), ("Romain", "M"), ("Gérard", "M"), ("Yves", "M"),
         ("Marie", "F"), ("Nathalie", "F"), ("Isabelle", "F"), ("Sylvie", "F"), ("Catherine", "F"), ("Christine", "F"),
         ("Sandrine", "F"), ("Valérie", "F"), ("Aurélie", "F"), ("Céline", "F"), ("Monique", "F"), ("Josette", "F"),
         ("Élodie", "F"), ("Camille", "F")]
FAMILY = ["MARTIN", "BERNARD", "DUMAS", "AUCLAIR", "BARDET", "SOUVIGNY", "MOULIN", "GIRAUD", "PERRONNET", "DESCHAMPS",
          "LAFAYE", "CHARRIER", "BOURDIER", "THEVENET", "GAILLARD", "MEUNIER", "RAYNAUD", "PERICHON", "AUBIGNAT",
          "DUBOSCLARD", "JACQUET", "CHAMBONNET", "BRUNEL", "FAYET", "LABONNE", "PETIOT", "ROUGERON", "DE LA COMBE",
          "BONNEFOY", "VERNIÈRE"]
# commune, code postal, code INSEE, weight
COMMUNES = [("Moulins", "03000", "03190", 4), ("Souvigny", "03210", "03275", 7), ("Bourbon-l'Archambault", "03160", "03036", 8),
            ("Cérilly", "03350", "03048", 6), ("Lurcy-Lévis", "03320", "03155", 6), ("Chantelle", "03140", "03053", 6),
            ("Saint-Pourçain-sur-Sioule", "03500", "03254", 9), ("Varennes-sur-Allier", "03150", "03298", 6),
            ("Lapalisse", "03120", "03138", 6), ("Le Donjon", "03130", "03103", 7), ("Dompierre-sur-Besbre", "03290", "03102", 6),
            ("Huriel", "03380", "03128", 5), ("Tronget", "03240", "03292", 7), ("Ygrande", "03160", "03320", 5),
            ("Gannat", "03800", "03118", 4), ("Jaligny-sur-Besbre", "03220", "03134", 4)]
LIEUDIT = ["Les Gouttes", "La Croix Blanche", "Les Brosses", "Le Bourg", "Les Bruyères", "La Grande Pièce", "Les Chaumes",
           "Le Moulin Neuf", "La Font Saint-Martin", "Les Rondières", "Bellevue", "La Ronde", "Les Fouillats", "Chez Bardet"]
STREETS = ["Rue Pierre Bardet", "Route de Moulins", "Rue de la République", "Chemin des Vignes", "Route de Souvigny",
           "Rue du Stade", "Impasse des Tilleuls", "Rue des Écoles"]
AIDES = [["DPB", "Droits à paiement de base (aide de base au revenu)", "FEAGA", "1", "123,40"],
         ["PRD", "Paiement redistributif", "FEAGA", "1", "49,80"],
         ["ECO", "Écorégime (niveau standard)", "FEAGA", "1", "45,46"],
         ["ECS", "Écorégime (niveau supérieur)", "FEAGA", "1", "62,05"],
         ["JA", "Aide complémentaire au revenu pour les jeunes agriculteurs", "FEAGA", "1", "4469,00"],
         ["ABA", "Aide aux bovins de plus de 16 mois", "FEAGA", "1", "0,00"],
         ["AO", "Aide ovine", "FEAGA", "1", "0,00"],
         ["APV", "Aide aux protéines végétales", "FEAGA", "1", "104,00"],
         ["ICHN", "Indemnité compensatoire de handicaps naturels", "FEADER", "2", "0,00"],
         ["MAEC", "Mesure agro-environnementale et climatique", "FEADER", "2", "0,00"],
         ["CAB", "Conversion à l'agriculture biologique", "FEADER", "2", "350,00"],
         ["ASSUR", "Aide à l'assurance récolte", "FEADER", "2", "0,00"],
         ["HAIES", "Bonus haies (écorégime)", "FEAGA", "1", "7,00"],
         ["REF", "Reprise de paiement indu (reversement)", "FEAGA", "1", "0,00"]]
CROPS = [("BTH", "Blé tendre d'hiver"), ("MIS", "Maïs"), ("PPH", "Prairie permanente"), ("PTR", "Autre prairie temporaire de 5 ans ou moins"),
         ("ORH", "Orge d'hiver"), ("TRN", "Tournesol"), ("CZH", "Colza d'hiver"), ("TTH", "Triticale d'hiver"),
         ("LUZ", "Luzerne"), ("JAC", "Jachère de 6 ans ou plus"), ("MLG", "Mélange de légumineuses"), ("OLI", "Oliveraie"),
         ("SOJ", "Soja"), ("BOR", "Bordure de champ")]
CROPW = [16, 10, 30, 14, 8, 6, 5, 4, 4, 3, 3, 1, 2, 2]
INSTR = ["Martine AUCLAIR", "Franck Vidalenc", "Sophie Lecoq", "Olivier Tardy", "Nadia Belkacem", "Hervé Pommier"]
BANKS = [("16806", "AGRIFRPP868"), ("11006", "AGRIFRPP810"), ("10207", "CCBPFRPPMTG"), ("30004", "BNPAFRPPXXX"),
         ("20041", "PSSTFRPPCLE"), ("13825", "CEPAFRPP382"), ("14505", "CEPAFRPP450")]
OBS = ["Cessation d'activité prévue fin {y}, reprise par son fils {g} {f}", "Joindre {g} {f} (associé) au {p}",
       "Transfert de DPB vers l'exploitation de {g} {f}", "Décès de l'exploitant, dossier repris par {g} {f} (conjoint)",
       "Appeler Mme {f} au {p} avant contrôle", "Contrôle terrain du {d} : RAS", "Contrôle terrain du {d} : écart de surface îlot 3",
       "Pièces manquantes : attestation MSA", "Dossier déposé hors délai (pénalité 1 %/jour)", "Changement de RIB au {d}",
       "Demande de dérogation BCAE 8 acceptée", "Visite rapide, aucune anomalie"]

def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c) * (2 if i % 2 else 1)
        t += v - 9 if v > 9 else v
    return t % 10 == 0

def siret(used):
    while True:
        siren = "%09d" % rnd.randint(300000000, 899999999)
        if not luhn_ok(siren):
            continue
        for nic in range(rnd.randint(10, 40), 100):
            s = siren + "000%02d" % nic
            if luhn_ok(s) and s not in used:
                used.add(s); return s

def iban_fr():
    bank, bic = rnd.choice(BANKS)
    guichet = "%05d" % rnd.randint(100, 99999)
    acct = "%011d" % rnd.randint(0, 99999999999)
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
    bban = "%s%s%s%02d" % (bank, guichet, acct, key)
    chk = 98 - int(bban + "152700") % 97
    s = "FR%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)), bic

def phone():
    r = rnd.random()
    if r < 0.55:
        n = "04 70 %02d %02d %02d" % (rnd.randint(10, 99), rnd.randint(0, 99), rnd.randint(0, 99))
    else:
        n = "0%d %02d %02d %02d %02d" % (rnd.choice([6, 7]), rnd.randint(10, 99), rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 99))
    r = rnd.random()
    if r < 0.15:
        return n.replace(" ", "")
    if r < 0.25:
        return "+33 " + n[1:]
    return n

def fr_date(d):
    return d.strftime("%d/%m/%Y")

def money(x):
    s = "%.2f" % x
    i, dec = s.split(".")
    neg = i.startswith("-"); i = i.lstrip("-")
    g = ""
    while len(i) > 3:
        g = " " + i[-3:] + g; i = i[:-3]
    return ("-" if neg else "") + i + g + "," + dec

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def mail(g, f):
    return "%s.%s@%s" % (g.lower().translate(str.maketrans("éèêàçïë", "eeeacie")), f.lower().replace(" ", "").translate(str.maketrans("éèêàçïë", "eeeacie")),
                          rnd.choice(["orange.fr", "wanadoo.fr", "gmail.com", "laposte.net", "free.fr"]))

MEN = [g for g, s in GIVEN if s == "M"]; WOMEN = [g for g, s in GIVEN if s == "F"]
farms = []; used = set(); pacs = set()
cw = [c[3] for c in COMMUNES]
for k in range(430):
    while True:
        pac = "003%06d" % rnd.randint(1000, 199999)
        if pac not in pacs:
            pacs.add(pac); break
    fam = rnd.choice(FAMILY)
    woman = rnd.random() < 0.27
    g = rnd.choice(WOMEN if woman else MEN)
    r = rnd.random()
    if r < 0.58:
        forme, rs = "Individuel", ""
    elif r < 0.78:
        forme = "GAEC"
        rs = rnd.choice(["GAEC %s" % fam, "GAEC DU MOULIN", "GAEC DES %s" % rnd.choice(["GOUTTES", "BRUYÈRES", "CHAUMES", "BROSSES"]),
                         "GAEC %s FRÈRES" % fam, "GAEC %s ET FILS" % fam, "GAEC DE LA FONT SAINT-MARTIN"])
    elif r < 0.93:
        forme = "EARL"
        rs = rnd.choice(["EARL %s" % fam, "EARL %s PÈRE ET FILS" % fam, "EARL %s %s" % (fam, g.upper()), "EARL DU MOULIN NEUF", "EARL BELLEVUE"])
    else:
        forme = "SCEA"
        rs = rnd.choice(["SCEA DU DOMAINE DE %s" % rnd.choice(["LA RONDE", "BELLEVUE", "LA CROIX BLANCHE"]), "SCEA %s" % fam])
    y = rnd.random()
    if y < 0.02:
        born = datetime.date(rnd.randint(1931, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1956, 2002), rnd.randint(1, 12), rnd.randint(1, 28))
    com = rnd.choices(COMMUNES, cw)[0]
    if rnd.random() < 0.6:
        adr = rnd.choice(LIEUDIT)
        if rnd.random() < 0.3:
            adr = "Lieu-dit " + adr
    else:
        adr = "%d %s" % (rnd.randint(1, 48), rnd.choice(STREETS))
    ib, bic = iban_fr()
    ja = "O" if born.year >= 1985 and rnd.random() < 0.5 else "N"
    instr = rnd.choices(INSTR, [30, 20, 18, 14, 12, 6])[0]
    obs = ""
    if rnd.random() < 0.22:
        t = rnd.choice(OBS)
        obs = t.format(y=rnd.choice([2025, 2026]), g=rnd.choice(MEN + WOMEN), f=fam if rnd.random() < 0.6 else rnd.choice(FAMILY),
                       p=phone(), d=fr_date(datetime.date(2025, rnd.randint(4, 10), rnd.randint(1, 28))))
    farms.append([pac, siret(used), forme, rs, "Mme" if woman else "M.", fam, g, fr_date(born), adr, com[1], com[0],
                  phone() if rnd.random() < 0.93 else "", mail(g, fam) if rnd.random() < 0.55 else "", ib, bic, ja, instr, obs, com])

ilots = []
for f in farms:
    n_ilot = rnd.choices([1, 2, 3, 4, 5, 6, 8], [8, 14, 18, 16, 12, 8, 4])[0]
    home = f[18]
    for i in range(1, n_ilot + 1):
        com = home if rnd.random() < 0.7 else rnd.choices(COMMUNES, cw)[0]
        sect = rnd.choice(["A", "B", "C", "D", "E", "ZA", "ZB", "ZC", "ZD", "ZE", "AB", "YA"])
        for p in range(1, rnd.choice([1, 1, 1, 2, 2, 3]) + 1):
            code, lib = rnd.choices(CROPS, CROPW)[0]
            surf = round(rnd.uniform(0.3, 24.0), 2)
            ilots.append(["2025", f[0], str(i), str(p), com[0], com[2], "000 %s %04d" % (sect, rnd.randint(1, 1450)), code, lib,
                          ("%.2f" % surf).replace(".", ","), "O" if rnd.random() < 0.08 else "N"])

pays = []; pn = 250001
for f in farms:
    surf = sum(float(r[9].replace(",", ".")) for r in ilots if r[1] == f[0])
    for camp in ("2024", "2025"):
        codes = ["DPB", "PRD", "ECO"] + (["JA"] if f[15] == "O" else []) + rnd.sample(["ABA", "ICHN", "MAEC", "APV", "CAB", "ASSUR", "HAIES"], rnd.randint(0, 2))
        if camp == "2024" and rnd.random() < 0.04:
            codes.append("REF")
        for c in codes:
            pn += rnd.randint(1, 7)
            amt = -rnd.uniform(80, 2500) if c == "REF" else surf * rnd.uniform(30, 130) if c in ("DPB", "ECO", "PRD", "ICHN") else rnd.uniform(300, 9000)
            d = datetime.date(int(camp), 10, 16) + datetime.timedelta(days=rnd.choice([0, 0, 0, 60, 61, 150, 180]))
            st = rnd.choices(["Payé", "Payé", "Payé", "Rejet bancaire", "Suspendu"], [80, 10, 5, 2, 3])[0]
            pays.append([str(pn), f[0], camp, c, money(amt), fr_date(d), f[13], f[16] if rnd.random() < 0.85 else rnd.choice(INSTR), st])

AH = ["Code aide", "Libellé de l'aide", "Fonds", "Pilier", "Montant unitaire (€/ha)"]
FH = ["N° PACAGE", "SIRET", "Forme juridique", "Raison sociale", "Civilité", "Nom exploitant", "Prénom", "Date de naissance",
      "Adresse", "Code postal", "Commune", "Téléphone", "Courriel", "IBAN", "BIC", "Jeune agriculteur", "Instructeur", "Observations"]
IH = ["Campagne", "N° PACAGE", "N° îlot", "N° parcelle", "Commune de l'îlot", "Code INSEE", "Réf. cadastrale", "Code culture",
      "Libellé culture", "Surface (ha)", "Agriculture biologique"]
PH = ["N° paiement", "N° PACAGE", "Campagne", "Code aide", "Montant (€)", "Date de paiement", "IBAN bénéficiaire", "Instructeur", "Statut"]
write("aides", AH, AIDES)
write("exploitations", FH, [f[:18] for f in farms])
write("ilots", IH, ilots)
write("paiements", PH, pays)
N = "NON_IDENTIFYING"
L = {"aides": [N, N, N, N, N],
     "exploitations": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N, "NAME", N, "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH",
                       "STREET_ADDRESS", "ZIP_CODE", "CITY", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "IBAN", N, N, "NAME", "FREE_TEXT"],
     "ilots": [N, "OTHER_UNIQUE_IDENTIFIER", N, N, "CITY", "GEOGRAPHIC_SUBDIVISION", "OTHER_UNIQUE_IDENTIFIER", N, N, N, N],
     "paiements": ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", N, N, N, "DATE", "IBAN", "NAME", N]}
H = {"aides": AH, "exploitations": FH, "ilots": IH, "paiements": PH}
cols = {}
for t in ("aides", "exploitations", "ilots", "paiements"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "pac-aides-fr",
        "description": "Invented CAP/PAC (IACS) aid register of a fictional DDT (breaker83), ';', decimal commas, dd/mm/yyyy, French headers: aides 14 (code DPB/ECO/ICHN, label, fund, pillar, unit amount), exploitations 430 (N° PACAGE '003012345', SIRET with Luhn, legal form, raison sociale 'GAEC DU MOULIN' / 'EARL MARTIN PÈRE ET FILS' (empty for individuals), civilité, nom (capitals), prénom, date de naissance (about 2% born 1931-1935), adresse (lieu-dit or street), code postal, commune, téléphone in three styles, courriel, IBAN FR grouped, BIC, jeune agriculteur, instructeur (staff, many rows), observations (22%, free text naming a successor, an associate or a phone)), ilots 2,581 (campagne, N° PACAGE, îlot, parcelle, commune and code INSEE of the îlot, cadastral reference '000 ZA 0123', crop code and label, surface '12,34', bio), paiements 3,644 (N° paiement, N° PACAGE, campagne, code aide, montant '1 234,56', date, IBAN, instructeur, statut). Labels: N° PACAGE and SIRET OTHER_UNIQUE_IDENTIFIER (a farm's numbers; most farms are one person); raison sociale NAME (it holds the family name); the îlot's commune CITY and code INSEE GEOGRAPHIC_SUBDIVISION; cadastral reference OTHER_UNIQUE_IDENTIFIER (it names one plot of land); BIC, crops, surfaces, amounts, aid codes NON_IDENTIFYING. Coincidences: the surname SOUVIGNY beside the commune Souvigny; MOULIN beside 'GAEC DU MOULIN' and Moulins; 'Rue Pierre Bardet' and the lieu-dit 'Chez Bardet' beside farmers BARDET; the given name Olivier beside the crop 'Oliveraie' and the instructeur Olivier Tardy; the instructeur Martine AUCLAIR beside farmers AUCLAIR",
        "delimiter": ";", "entity": "exploitations", "columns": cols,
        "foreignKeys": [{"column": "ilots.N° PACAGE", "references": "exploitations.N° PACAGE"},
                        {"column": "paiements.N° PACAGE", "references": "exploitations.N° PACAGE"},
                        {"column": "paiements.Code aide", "references": "aides.Code aide"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

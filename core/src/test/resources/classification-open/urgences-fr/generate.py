#!/usr/bin/env python3
"""Writes urgences-fr: an invented French hospital emergency-department export (medecins 8 rows, passages), `;`,
dd/mm/yyyy dates, French headers with accents and digits (adresse_1, telephone2). NIR with its 2-digit key
(97 - n mod 97), médecin urgentiste names with `Dr`, personne à prévenir with `Mme`/`M.`, motif de recours, CCMU,
CIM-10 codes, orientation, notes naming relatives (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(131101)
PRE = ["Jean", "Marie", "Michel", "Monique", "Pierre", "Nathalie", "Camille", "Hugo", "Léa", "Gérard", "Françoise",
       "Yves", "Chantal", "Bernard", "Océane", "Théo", "Jacqueline", "Karim", "Fatima", "Lucie"]
NOM = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
       "Laurent", "Lefèvre", "Michel", "Garcia", "Roux", "Fournier", "Girard", "Benali", "Nguyen", "Le Gall", "Kerbrat"]
VILLES = [("Brest", "29200"), ("Brest", "29200"), ("Quimper", "29000"), ("Morlaix", "29600"), ("Landerneau", "29800"),
          ("Plougastel-Daoulas", "29470"), ("Guipavas", "29490")]
RUES = ["rue de Siam", "rue Jean Jaurès", "avenue Foch", "rue de la Porte", "boulevard Gambetta", "impasse des Mouettes"]
MOTIF = [("Douleur thoracique", "R07.4"), ("Traumatisme du poignet", "S62.8"), ("Dyspnée", "R06.0"), ("Chute de la personne âgée", "W19"),
         ("Fièvre", "R50.9"), ("Douleur abdominale", "R10.4"), ("Malaise", "R55"), ("Plaie de la main", "S61.9"),
         ("Céphalée", "R51"), ("Intoxication éthylique", "F10.0")]
CCMU = ["1", "2", "2", "2", "3", "3", "4", "5", "P", "D"]
ORIENT = ["Retour à domicile", "Retour à domicile", "Hospitalisation", "UHCD", "Transfert", "Sortie contre avis"]
LIEN = ["fille", "fils", "épouse", "époux", "voisine", "nièce"]

def nir(sexe, d, dep):
    n = "%d%02d%02d%s%03d%03d" % (1 if sexe == "M" else 2, d.year % 100, d.month, dep, rnd.randint(1, 999), rnd.randint(1, 999))
    return "%s %s" % (n, "%02d" % (97 - int(n) % 97))

def tel():
    return "0%d %02d %02d %02d %02d" % (rnd.choice([2, 6, 7]), rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 99), rnd.randint(0, 99))

def d(x):
    return x.strftime("%d/%m/%Y")

meds = []
for i in range(8):
    meds.append(["10%09d" % rnd.randint(0, 999999999), "Dr %s %s" % (rnd.choice(PRE), rnd.choice(NOM)),
                 rnd.choice(["Médecine d'urgence", "Médecine générale", "Gériatrie"]), rnd.choice(["SAU adultes", "UHCD", "SMUR"])])
pas = []
ref = datetime.date(2025, 3, 1)
for i in range(130):
    sexe = rnd.choice("MF")
    age = rnd.choice([rnd.randint(18, 88), rnd.randint(18, 88), rnd.randint(90, 101)])
    dn = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    ville, cp = rnd.choice(VILLES)
    m = rnd.choice(meds)
    motif, cim = rnd.choice(MOTIF)
    ent = datetime.datetime(2025, 3, 1, 0, 0) + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 27))
    proche = "%s %s %s (%s)" % (rnd.choice(["Mme", "M."]), rnd.choice(PRE), rnd.choice(NOM), rnd.choice(LIEN))
    nom, pre = rnd.choice(NOM), rnd.choice(PRE)
    obs = rnd.choice(["", "", "Vu par %s, avis cardio demandé." % m[1],
                      "Accompagné de sa fille %s %s, joignable au %s." % (rnd.choice(PRE), nom, tel()),
                      "Chute à domicile, retrouvé par la voisine Mme %s." % rnd.choice(NOM),
                      "Patient connu du service, traitement habituel apporté."])
    pas.append(["U25%06d" % (100000 + i * 37), nir(sexe, dn, "29"), nom.upper(), pre, d(dn), str(age), sexe,
                "%d %s" % (rnd.randint(1, 120), rnd.choice(RUES)), cp, ville, tel(), proche, tel(), m[1], m[0], motif,
                cim, rnd.choice(CCMU), ent.strftime("%d/%m/%Y %H:%M"), str(rnd.randint(35, 900)), rnd.choice(ORIENT), obs])
with open("medecins.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["rpps", "médecin", "spécialité", "unité"]); w.writerows(meds)
with open("passages.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["n_passage", "nir", "nom_naissance", "prénom", "date_naissance", "âge", "sexe", "adresse_1", "code_postal",
                "ville", "téléphone", "personne_à_prévenir", "telephone2", "médecin_urgentiste", "rpps_médecin",
                "motif_de_recours", "cim10", "ccmu", "date_entrée", "durée_min", "orientation", "observations"])
    w.writerows(pas)
C = {"medecins.rpps": "OTHER_UNIQUE_IDENTIFIER", "medecins.médecin": "NAME", "medecins.spécialité": "NON_IDENTIFYING",
     "medecins.unité": "NON_IDENTIFYING", "passages.n_passage": "OTHER_UNIQUE_IDENTIFIER", "passages.nir": "NATIONAL_ID",
     "passages.nom_naissance": "FAMILY_NAME", "passages.prénom": "GIVEN_NAME", "passages.date_naissance": "DATE_OF_BIRTH",
     "passages.âge": "AGE", "passages.sexe": "NON_IDENTIFYING", "passages.adresse_1": "STREET_ADDRESS",
     "passages.code_postal": "ZIP_CODE", "passages.ville": "CITY", "passages.téléphone": "TELEPHONE_NUMBER",
     "passages.personne_à_prévenir": "NAME", "passages.telephone2": "TELEPHONE_NUMBER", "passages.médecin_urgentiste": "NAME",
     "passages.rpps_médecin": "OTHER_UNIQUE_IDENTIFIER", "passages.motif_de_recours": "NON_IDENTIFYING",
     "passages.cim10": "NON_IDENTIFYING", "passages.ccmu": "NON_IDENTIFYING", "passages.date_entrée": "DATE",
     "passages.durée_min": "NON_IDENTIFYING", "passages.orientation": "NON_IDENTIFYING", "passages.observations": "FREE_TEXT"}
g = {"dataset": "urgences-fr", "description": "Invented French emergency-department export, `;`, dd/mm/yyyy: 8 physicians (RPPS, 'Dr' name, speciality, unit), 130 ED visits (visit number, NIR with key, birth name, first name, birth date and age, some over 89, sex, adresse_1, postcode, town, phone, person to notify with Mme/M. and relationship, telephone2, emergency physician's name and RPPS, reason for visit, ICD-10 code, CCMU, arrival time, length of stay, disposition, notes naming relatives and physicians)",
     "delimiter": ";", "entity": "passages", "columns": C,
     "foreignKeys": [{"column": "passages.rpps_médecin", "references": "medecins.rpps"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Écrit ramq-clinique-qc : un export inventé du DME d'une clinique FICTIVE de médecine familiale (GMF) au Québec,
';' comme séparateur, virgule décimale, dates AAAA-MM-JJ, en-têtes français ; graine fixe, bibliothèque standard
seulement. medecins : 14 médecins (numéro de permis CMQ à 5 chiffres, numéro de facturation RAMQ à 6 chiffres, nom,
prénom, spécialité, courriel, téléphone du bureau). patients : 900 patients (numéro de dossier, nom, prénom, date de
naissance, sexe, numéro d'assurance maladie RAMQ 'LEBJ 8501 0112' (3 lettres du nom, initiale du prénom, AAMMJJ, mois
+50 pour les femmes, 2 chiffres), date d'expiration AAAA-MM, NAS '046 454 286' (Luhn, 82 % remplis), adresse
'4521, rue Saint-Denis, app. 3', ville, code postal 'H2X 1Y4', téléphone, cellulaire, courriel, langue, médecin de
famille FK, date d'inscription, contact d'urgence et lien). rendez_vous : 3 200 rendez-vous (numéro, dossier FK, permis
FK, date, heure, type de visite, motif, CIM-10 et libellé, tension, poids en kg '72,5', statut). factures_ramq :
2 600 lignes de facturation (numéro de facture, rendez-vous FK, NAM du patient copié, numéro de facturation du médecin,
code d'acte, rôle, diagnostic CIM-9, montant '45,90', date de service, état). Coïncidences voulues : le nom de famille
Laval à côté de la ville de Laval, l'établissement 'Hôpital Charles-LeMoyne' à côté du prénom Charles, la rue
'rue Marie-Anne' à côté du prénom Marie."""
import csv, json, random, datetime
rnd = random.Random(630303)
PRENOMS_F = ["Marie", "Julie", "Catherine", "Isabelle", "Geneviève", "Mélanie", "Chloé", "Léa", "Émilie", "Nathalie",
             "Sophie", "Amélie", "Camille", "Gabrielle", "Josée", "Sylvie", "Fatima", "Thi Lan", "Rose-Marie", "Jacinthe"]
PRENOMS_M = ["Jean", "François", "Mathieu", "Alexandre", "Charles", "Étienne", "Gabriel", "Louis", "Marc-André",
             "Samuel", "Olivier", "Guillaume", "Réjean", "Gaétan", "Mohamed", "Jean-François", "Sébastien", "Denis", "Yves", "Luc"]
NOMS = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet",
        "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Laval", "Simard", "Boucher",
        "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "St-Pierre", "D'Amours", "Nguyen", "Haddad"]
VILLES = [("Montréal", "H2X", "514"), ("Montréal", "H1V", "514"), ("Montréal", "H3T", "514"), ("Laval", "H7N", "450"),
          ("Longueuil", "J4K", "450"), ("Brossard", "J4W", "450"), ("Terrebonne", "J6W", "450"), ("Québec", "G1R", "418"),
          ("Saint-Lambert", "J4P", "450"), ("Repentigny", "J6A", "450")]
RUES = ["rue Saint-Denis", "boulevard Saint-Laurent", "avenue du Mont-Royal", "rue Marie-Anne", "rue Ontario Est",
        "boulevard des Laurentides", "chemin de Chambly", "rue Sherbrooke Ouest", "avenue Papineau", "rue Beaubien Est",
        "boulevard Taschereau", "rue Notre-Dame Ouest"]
L = "ABCEGHJKLMNPRSTVWXYZ"
def cp(p): return "%s %d%s%d" % (p, rnd.randint(0, 9), rnd.choice(L), rnd.randint(0, 9))
def tel(a):
    n = (a, rnd.randint(200, 989), rnd.randint(0, 9999))
    return rnd.choice(["(%s) %03d-%04d", "%s-%03d-%04d", "%s %03d-%04d"]) % n
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        t += n
    return t % 10 == 0
def nas():
    while True:
        d = str(rnd.choice([1, 2, 3, 4, 5, 6, 7])) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        if luhn_ok(d): return "%s %s %s" % (d[:3], d[3:6], d[6:])
def sans_accent(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
def nam(nom, prenom, dob, sexe):
    n = sans_accent(nom).upper().replace("-", "").replace("'", "").replace(" ", "")
    p = sans_accent(prenom).upper()
    m = dob.month + (50 if sexe == "F" else 0)
    return "%s%s %s%02d %02d%d%d" % ((n + "XXX")[:3], p[0], dob.strftime("%y")[0], int(dob.strftime("%y")) % 10 * 0 + 0, 0, 0, 0) if False else \
        "%s%s %s%02d %02d%02d" % ((n + "XXX")[:3], p[0], dob.strftime("%y"), m, dob.day, rnd.randint(11, 19))
SPEC = ["Médecine familiale"] * 11 + ["Pédiatrie", "Gériatrie", "Médecine familiale (obstétrique)"]
medecins = []; permis = set()
for i in range(14):
    s = rnd.choice(["F", "M"]); pr = rnd.choice(PRENOMS_F if s == "F" else PRENOMS_M); nm = rnd.choice(NOMS)
    while True:
        p = "%05d" % rnd.randint(80000, 19999 + 80000)
        if p not in permis: break
    permis.add(p)
    medecins.append([p, "1%05d" % rnd.randint(0, 99999), nm, pr, SPEC[i],
                     "%s.%s@gmf-plateau.qc.ca" % (sans_accent(pr).lower().replace(" ", ""), sans_accent(nm).lower().replace("'", "")),
                     "514 555-%04d" % (1200 + i)])
patients = []
for i in range(900):
    s = rnd.choice(["F", "M"]); pr = rnd.choice(PRENOMS_F if s == "F" else PRENOMS_M); nm = rnd.choice(NOMS)
    dob = datetime.date(rnd.randint(1928, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    v = rnd.choice(VILLES)
    adr = "%d, %s" % (rnd.randint(100, 9999), rnd.choice(RUES))
    if rnd.random() < 0.3: adr += ", app. %d" % rnd.randint(1, 12)
    patients.append(["D%06d" % (10000 + i * 3 + rnd.randint(0, 2)), nm, pr, dob.isoformat(), s, nam(nm, pr, dob, s),
                     "%d-%02d" % (rnd.randint(2025, 2033), rnd.randint(1, 12)), nas() if rnd.random() < 0.82 else "",
                     adr, v[0], cp(v[1]), tel(v[2]), tel(rnd.choice(["514", "438", "450", "579"])) if rnd.random() < 0.7 else "",
                     "%s.%s%d@%s" % (sans_accent(pr).lower().replace(" ", ""), sans_accent(nm).lower().replace("'", "").replace(" ", ""), rnd.randint(1, 99), rnd.choice(["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca"])) if rnd.random() < 0.6 else "",
                     rnd.choice(["fr", "fr", "fr", "en", "ar", "es"]), rnd.choice(medecins)[0],
                     (datetime.date(2015, 1, 1) + datetime.timedelta(days=rnd.randint(0, 3500))).isoformat(),
                     "%s %s" % (rnd.choice(PRENOMS_F + PRENOMS_M), rnd.choice(NOMS)) if rnd.random() < 0.75 else "",
                     rnd.choice(["Conjoint(e)", "Mère", "Père", "Fille", "Fils", "Ami(e)", "Sœur", "Frère"])])
    if not patients[-1][17]: patients[-1][18] = ""
DIAG = [("E11.9", "Diabète sucré de type 2, sans complication", "250"), ("I10", "Hypertension essentielle", "401"),
        ("J06.9", "Infection aiguë des voies respiratoires supérieures", "465"), ("F41.1", "Anxiété généralisée", "300"),
        ("M54.5", "Lombalgie basse", "724"), ("Z00.0", "Examen médical général", "V70"), ("E78.5", "Hyperlipidémie", "272"),
        ("F32.9", "Épisode dépressif", "311"), ("J45.9", "Asthme", "493"), ("Z34.9", "Surveillance de grossesse normale", "V22"),
        ("N39.0", "Infection urinaire", "599"), ("K21.9", "Reflux gastro-œsophagien", "530")]
TYPES = ["Suivi", "Sans rendez-vous", "Bilan annuel", "Téléconsultation", "Suivi de grossesse", "Vaccination"]
MOTIFS = ["Renouvellement d'ordonnance", "Toux et fièvre", "Douleur lombaire", "Bilan sanguin", "Contrôle tension",
          "Suivi diabète", "Anxiété", "Examen annuel", "Référence Hôpital Charles-LeMoyne", "Vaccin influenza"]
rdv = []; n = 400000
for i in range(3200):
    p = rnd.choice(patients); n += rnd.randint(1, 5)
    dg = rnd.choice(DIAG)
    d = datetime.date(2023, 1, 2) + datetime.timedelta(days=rnd.randint(0, 700))
    st = rnd.choice(["Présent", "Présent", "Présent", "Présent", "Absent", "Annulé"])
    pres = st == "Présent"
    rdv.append([str(n), p[0], p[15] if rnd.random() < 0.8 else rnd.choice(medecins)[0], d.isoformat(),
                "%02d:%02d" % (rnd.randint(8, 17), rnd.choice([0, 15, 30, 45])), rnd.choice(TYPES), rnd.choice(MOTIFS),
                dg[0] if pres else "", dg[1] if pres else "",
                "%d/%d" % (rnd.randint(100, 165), rnd.randint(60, 100)) if pres and rnd.random() < 0.7 else "",
                ("%.1f" % rnd.uniform(8, 120)).replace(".", ",") if pres and rnd.random() < 0.6 else "", st, dg[2]])
mdict = {m[0]: m for m in medecins}; pdict = {p[0]: p for p in patients}
fact = []; f = 7700000
ACTES = [("00005", "Visite de suivi", "19,90"), ("08857", "Examen complet majeur", "86,55"), ("15804", "Visite ponctuelle", "45,90"),
         ("09127", "Prise en charge", "64,75"), ("00010", "Téléconsultation", "32,40"), ("15102", "Intervention clinique", "59,00")]
for r in rdv:
    if r[11] != "Présent" or len(fact) >= 2600: continue
    for k in range(rnd.choice([1, 1, 1, 2])):
        f += rnd.randint(1, 9)
        a = rnd.choice(ACTES)
        fact.append([str(f), r[0], pdict[r[1]][5], mdict[r[2]][1], a[0], a[1], rnd.choice(["1", "1", "1", "2"]), r[12], a[2], r[3],
                     rnd.choice(["Payée", "Payée", "Payée", "Refusée", "En traitement"])])
for r in rdv: r.pop()
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
MH = ["no_permis", "no_facturation_ramq", "nom", "prenom", "specialite", "courriel", "tel_bureau"]
PH = ["no_dossier", "nom", "prenom", "date_naissance", "sexe", "no_assurance_maladie", "date_expiration_ram", "nas", "adresse",
      "ville", "code_postal", "telephone", "cellulaire", "courriel", "langue", "no_permis_medecin_famille", "date_inscription",
      "contact_urgence", "lien_contact_urgence"]
RH = ["no_rdv", "no_dossier", "no_permis", "date_rdv", "heure_rdv", "type_visite", "motif", "code_cim10", "diagnostic",
      "tension_arterielle", "poids_kg", "statut"]
FH = ["no_facture", "no_rdv", "nam_patient", "no_facturation_ramq", "code_acte", "description_acte", "role", "diag_cim9",
      "montant", "date_service", "etat"]
write("medecins", MH, medecins); write("patients", PH, patients); write("rendez_vous", RH, rdv); write("factures_ramq", FH, fact)
G = {}
def lab(t, head, labels):
    assert len(head) == len(labels)
    for c, v in zip(head, labels): G[t + "." + c] = v
lab("medecins", MH, ["QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "FAMILY_NAME", "GIVEN_NAME", "NON_IDENTIFYING", "EMAIL_ADDRESS", "TELEPHONE_NUMBER"])
lab("patients", PH, ["MEDICAL_RECORD_NUMBER", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING",
                     "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE", "NATIONAL_ID", "STREET_ADDRESS", "CITY", "ZIP_CODE",
                     "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE",
                     "NAME", "NON_IDENTIFYING"])
lab("rendez_vous", RH, ["OTHER_UNIQUE_IDENTIFIER", "MEDICAL_RECORD_NUMBER", "QUASI_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING",
                        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"])
lab("factures_ramq", FH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "QUASI_IDENTIFIER",
                          "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"])
gold = {"dataset": "ramq-clinique-qc",
        "description": "Invented export of a fictional Quebec family-medicine clinic (GMF) EMR, French headers, ';' with decimal commas, dates AAAA-MM-JJ: 14 médecins (5-digit CMQ permit number, 6-digit RAMQ billing number, nom, prénom, spécialité, courriel, office phone), 900 patients (no_dossier 'D010003', nom, prénom, date de naissance incl. some over 89, sexe, RAMQ health insurance number 'LEBJ 8501 0112' (female month +50), expiry AAAA-MM, NAS '046 454 286' Luhn on 82%, adresse '4521, rue Saint-Denis, app. 3', ville, code postal 'H2X 1Y4', téléphone in three styles, cellulaire, courriel, langue, family physician FK, date d'inscription, emergency contact name and relation), 3,200 rendez-vous (no_rdv, dossier FK, permit FK, date, heure, type, motif (vocabulary), CIM-10 code and label, blood pressure, weight kg '72,5', statut), 2,600 RAMQ billing lines (no_facture, rdv FK, patient's NAM copied, physician billing number, code d'acte, description, rôle, CIM-9 diagnosis, montant '45,90', date de service, état). Physicians' permit and billing numbers QUASI_IDENTIFIER (as provider keys/NPI); physicians' names/e-mail/phone identifiers (staff convention); RAMQ number HEALTH_PLAN_BENEFICIARY_NUMBER, NAS NATIONAL_ID, RAMQ card expiry DATE. Coincidences: surname Laval beside the city Laval, motif 'Référence Hôpital Charles-LeMoyne' beside the given name Charles, street 'rue Marie-Anne' beside the given name Marie.",
        "delimiter": ";", "entity": "patients", "columns": G,
        "foreignKeys": [{"column": "patients.no_permis_medecin_famille", "references": "medecins.no_permis"},
                        {"column": "rendez_vous.no_dossier", "references": "patients.no_dossier"},
                        {"column": "rendez_vous.no_permis", "references": "medecins.no_permis"},
                        {"column": "factures_ramq.no_rdv", "references": "rendez_vous.no_rdv"},
                        {"column": "factures_ramq.no_facturation_ramq", "references": "medecins.no_facturation_ramq"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

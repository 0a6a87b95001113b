#!/usr/bin/env python3
"""Writes pet-microchip-fr: an invented export of a fictional French pet identification registry (I-CAD-like, seeded,
stdlib only), ';' delimited, decimal commas, dates dd/mm/yyyy, French headers with accents. veterinaires: 24 vets
(numero ordinal 5 digits, nom, prenom, etablissement, adresse, code postal, commune, telephone '04 78 12 34 56',
e-mail). detenteurs: 860 owners (id 'D0123456', civilite, nom, prenom, adresse, complement (25%), code postal,
commune, portable '06 12 34 56 78', fixe (30%), e-mail (70%), date de creation). animaux: 1,300 animals (ISO 11784
transponder number '250268712345678', or for 8% only an old tattoo 'ABC123'/'2ABC123'; tattoo kept beside a chip for
6%; date of identification, pet name, species, breed, coat colour, sex, neutered, birth date, owner id, identifying
vet's numero ordinal, status, date of death). vaccinations: 2,100 vaccination acts (act number, chip or tattoo,
passport number 'FR250...'/'FR 12 345678' by issue year, date, valence, vaccine, batch, valid until, vet numero
ordinal, weight kg '12,4', rabies titre UI/ml '0,5' (10%)). Deliberate coincidences: the coat colour 'Roux' beside
the surname Roux, the breed 'Epagneul Breton' beside the surname Breton, the commune Fontaine beside the surname
Fontaine, the commune Valence beside the header 'Valence', pet names Oscar, Jules and Léon beside owners' given names."""
import csv, json, random, unicodedata
def ascii_(v):
    return unicodedata.normalize("NFKD", v).encode("ascii", "ignore").decode().lower().replace(" ", "")
rnd = random.Random(620303)
GIVEN = ["Marie", "Jean", "Camille", "Nicolas", "Julie", "Thomas", "Léa", "Lucas", "Chloé", "Hugo", "Manon", "Jules",
         "Sophie", "Pierre", "Nathalie", "Philippe", "Isabelle", "Léon", "Oscar", "Inès", "Karim", "Fatima", "Yasmine",
         "Éric", "Sylvie", "Gaëlle", "Mathéo", "Anaïs"]
FAMILY = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Roux",
          "Breton", "Fontaine", "Girard", "Bonnet", "Dupont", "Lambert", "Mercier", "Faure", "Rousseau", "Benali",
          "Nguyen", "Da Silva", "Le Gall", "Morel", "Chevalier", "Garnier", "Lefèvre"]
COMMUNES = [("69003", "Lyon"), ("69007", "Lyon"), ("69100", "Villeurbanne"), ("38000", "Grenoble"), ("38600", "Fontaine"),
            ("42000", "Saint-Étienne"), ("74000", "Annecy"), ("73000", "Chambéry"), ("26000", "Valence"),
            ("01000", "Bourg-en-Bresse"), ("38200", "Vienne"), ("35000", "Rennes"), ("29200", "Brest"),
            ("44000", "Nantes"), ("31000", "Toulouse"), ("13008", "Marseille")]
VOIES = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "chemin des Vignes", "impasse des Lilas",
         "boulevard Gambetta", "place du Marché", "route de Lyon", "allée des Tilleuls", "rue Pasteur", "rue du Moulin"]
COMPL = ["Bât. B", "Résidence Les Cèdres", "Appt 12", "3e étage gauche", "Lieu-dit Les Granges", "BP 45"]
PETS = ["Rex", "Milo", "Oscar", "Jules", "Léon", "Luna", "Nala", "Simba", "Tigrou", "Filou", "Chipie", "Pompon", "Ulysse",
        "Vanille", "Caramel", "Maya", "Rocky", "Pixel", "Sushi", "Moka", "Olive", "Tango"]
BREEDS = {"Chien": ["Epagneul Breton", "Berger Australien", "Labrador Retriever", "Golden Retriever", "Berger Allemand",
                    "Jack Russell Terrier", "Bouledogue Français", "Chihuahua", "Beagle", "Croisé", "Cavalier King Charles"],
          "Chat": ["Européen", "Européen", "Européen", "Maine Coon", "Sacré de Birmanie", "Persan", "British Shorthair",
                   "Bengal", "Chartreux", "Croisé"],
          "Furet": ["Furet"]}
ROBES = {"Chien": ["Noir", "Noir et feu", "Blanc et orange", "Fauve", "Bringé", "Tricolore", "Marron", "Roux", "Sable"],
         "Chat": ["Tigré", "Noir", "Blanc", "Roux", "Écaille de tortue", "Gris", "Noir et blanc", "Seal point", "Bleu"],
         "Furet": ["Putoisé", "Albinos", "Champagne"]}
def dt(y0, y1):
    return (rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28))
def fd(t):
    return "%02d/%02d/%d" % (t[2], t[1], t[0])
def tel(p):
    return p + " " + " ".join("%02d" % rnd.randint(0, 99) for _ in range(4))
STRUCT = ["Clinique vétérinaire des Tilleuls", "Cabinet vétérinaire du Parc", "Clinique vétérinaire Saint-Roch",
          "Centre hospitalier vétérinaire des Alpes", "Cabinet vétérinaire de la Gare", "Clinique vétérinaire Valence Sud",
          "Cabinet vétérinaire Rousseau & Associés"]
vets = []; usedord = set()
for i in range(24):
    while True:
        o = str(rnd.randint(10000, 39999))
        if o not in usedord: usedord.add(o); break
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    cp, com = rnd.choice(COMMUNES[:11])
    vets.append([o, ln.upper(), fn, rnd.choice(STRUCT), "%d %s" % (rnd.randint(1, 120), rnd.choice(VOIES)), cp, com,
                 tel("04"), "contact@%s.vet" % rnd.choice(["clinique-tilleuls", "vetoduparc", "saintroch-veto", "chv-alpes", "veto-gare"])
                 if rnd.random() < 0.5 else "%s.%s@veterinaire.fr" % (ascii_(fn), ascii_(ln))])
with open("veterinaires.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["N° ordinal", "Nom", "Prénom", "Établissement", "Adresse", "Code postal", "Commune", "Téléphone", "E-mail"])
    w.writerows(vets)
owners = []
for i in range(860):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY)
    cp, com = rnd.choice(COMMUNES)
    em = "%s.%s%d@%s" % (ascii_(fn), ascii_(ln), rnd.randint(1, 99),
                         rnd.choice(["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"])) if rnd.random() < 0.7 else ""
    owners.append(["D%07d" % (120000 + i * 13 + rnd.randint(0, 12)), rnd.choice(["M.", "Mme"]), ln.upper(), fn,
                   "%d%s %s" % (rnd.randint(1, 150), rnd.choice(["", "", "", " bis", " ter"]), rnd.choice(VOIES)),
                   rnd.choice(COMPL) if rnd.random() < 0.25 else "", cp, com, tel("0" + rnd.choice("67")),
                   tel("0" + rnd.choice("12345")) if rnd.random() < 0.3 else "", em, fd(dt(2008, 2025))])
with open("detenteurs.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["ID détenteur", "Civilité", "Nom", "Prénom", "Adresse", "Complément d'adresse", "Code postal", "Commune",
                "Tél. portable", "Tél. fixe", "E-mail", "Date de création"])
    w.writerows(owners)
animals = []; usedchip = set(); usedtat = set()
for i in range(1300):
    sp = rnd.choices(["Chien", "Chat", "Furet"], [50, 46, 4])[0]
    by = dt(2006, 2024)
    r = rnd.random()
    chip = ""
    if r >= 0.08:
        while True:
            chip = "250" + rnd.choice(["26", "22", "26", "98"]) + "%010d" % rnd.randint(0, 10 ** 10 - 1)
            if chip not in usedchip: usedchip.add(chip); break
    tat = ""
    if r < 0.14:
        while True:
            tat = rnd.choice(["", "", "2"]) + "".join(rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + "%03d" % rnd.randint(1, 999)
            if tat not in usedtat: usedtat.add(tat); break
    status = rnd.choices(["Vivant", "Décédé", "Perdu", "Volé"], [85, 10, 4, 1])[0]
    animals.append([chip, tat, fd((by[0] + (1 if by[1] > 9 else 0), min(12, by[1] + 2), by[2])), rnd.choice(PETS), sp,
                    rnd.choice(BREEDS[sp]), rnd.choice(ROBES[sp]), rnd.choice(["Mâle", "Femelle"]), rnd.choice(["Oui", "Non"]),
                    fd(by), rnd.choice(owners)[0], rnd.choice(vets)[0], status, fd(dt(min(max(by[0] + 1, 2018), 2025), 2025)) if status == "Décédé" else ""])
with open("animaux.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["N° transpondeur", "N° tatouage", "Date d'identification", "Nom de l'animal", "Espèce", "Race", "Robe",
                "Sexe", "Stérilisé", "Date de naissance", "ID détenteur", "N° ordinal identificateur", "Statut", "Date de décès"])
    w.writerows(animals)
VACC = [("Rage", "Rabisin"), ("Rage", "Nobivac Rabies"), ("CHPPiL", "Versican Plus DHPPi/L4"), ("CHPPiL", "Eurican DAPPi-L"),
        ("RCP", "Purevax RCP"), ("RCPCh", "Leucofeligen FeLV/RCP"), ("Leptospirose", "Nobivac L4"), ("Toux du chenil", "Nobivac KC")]
vacc = []
passports = {}
for i in range(2100):
    a = rnd.choice(animals)
    key = a[0] or a[1]
    if key not in passports:
        passports[key] = "FR250%s%07d" % (rnd.choice(["26", "98"]), rnd.randint(0, 9999999)) if rnd.random() < 0.7 else \
            "FR %02d %06d" % (rnd.randint(10, 99), rnd.randint(0, 999999))
    val, vac = rnd.choice(VACC if a[4] == "Chien" else [v for v in VACC if v[0] in ("Rage", "RCP", "RCPCh")])
    t = dt(2019, 2025)
    w_ = (rnd.uniform(3, 38) if a[4] == "Chien" else rnd.uniform(2.5, 7) if a[4] == "Chat" else rnd.uniform(0.6, 2))
    vacc.append(["ACT%08d" % (3000000 + i * 3 + rnd.randint(0, 2)), a[0], a[1], passports[key] if val == "Rage" or rnd.random() < 0.6 else "",
                 fd(t), val, vac, "%s%03d%s" % (rnd.choice(["L", "A", "K"]), rnd.randint(100, 999), rnd.choice(["A01", "B02", "C11"])),
                 fd((t[0] + (3 if val == "Rage" and vac == "Rabisin" else 1), t[1], t[2])), rnd.choice(vets)[0],
                 ("%.1f" % w_).replace(".", ","), ("%.1f" % rnd.choice([0.5, 0.8, 1.2, 2.4, 4.0])).replace(".", ",") if val == "Rage" and rnd.random() < 0.2 else ""])
with open("vaccinations.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";", lineterminator="\n")
    w.writerow(["N° acte", "N° transpondeur", "N° tatouage", "N° passeport", "Date de l'acte", "Valence", "Vaccin",
                "N° de lot", "Valable jusqu'au", "N° ordinal vétérinaire", "Poids (kg)", "Titrage antirabique (UI/ml)"])
    w.writerows(vacc)
L = {"veterinaires.N° ordinal": "QUASI_IDENTIFIER", "veterinaires.Nom": "FAMILY_NAME", "veterinaires.Prénom": "GIVEN_NAME",
     "veterinaires.Établissement": "NON_IDENTIFYING", "veterinaires.Adresse": "STREET_ADDRESS", "veterinaires.Code postal": "ZIP_CODE",
     "veterinaires.Commune": "CITY", "veterinaires.Téléphone": "TELEPHONE_NUMBER", "veterinaires.E-mail": "EMAIL_ADDRESS",
     "detenteurs.ID détenteur": "OTHER_UNIQUE_IDENTIFIER", "detenteurs.Civilité": "NON_IDENTIFYING", "detenteurs.Nom": "FAMILY_NAME",
     "detenteurs.Prénom": "GIVEN_NAME", "detenteurs.Adresse": "STREET_ADDRESS", "detenteurs.Complément d'adresse": "STREET_ADDRESS",
     "detenteurs.Code postal": "ZIP_CODE", "detenteurs.Commune": "CITY", "detenteurs.Tél. portable": "TELEPHONE_NUMBER",
     "detenteurs.Tél. fixe": "TELEPHONE_NUMBER", "detenteurs.E-mail": "EMAIL_ADDRESS", "detenteurs.Date de création": "DATE",
     "animaux.N° transpondeur": "OTHER_UNIQUE_IDENTIFIER", "animaux.N° tatouage": "OTHER_UNIQUE_IDENTIFIER",
     "animaux.Date d'identification": "DATE", "animaux.Nom de l'animal": "QUASI_IDENTIFIER", "animaux.Espèce": "NON_IDENTIFYING",
     "animaux.Race": "NON_IDENTIFYING", "animaux.Robe": "NON_IDENTIFYING", "animaux.Sexe": "NON_IDENTIFYING",
     "animaux.Stérilisé": "NON_IDENTIFYING", "animaux.Date de naissance": "DATE", "animaux.ID détenteur": "OTHER_UNIQUE_IDENTIFIER",
     "animaux.N° ordinal identificateur": "QUASI_IDENTIFIER", "animaux.Statut": "NON_IDENTIFYING", "animaux.Date de décès": "DATE",
     "vaccinations.N° acte": "OTHER_UNIQUE_IDENTIFIER", "vaccinations.N° transpondeur": "OTHER_UNIQUE_IDENTIFIER",
     "vaccinations.N° tatouage": "OTHER_UNIQUE_IDENTIFIER", "vaccinations.N° passeport": "OTHER_UNIQUE_IDENTIFIER",
     "vaccinations.Date de l'acte": "DATE", "vaccinations.Valence": "NON_IDENTIFYING", "vaccinations.Vaccin": "NON_IDENTIFYING",
     "vaccinations.N° de lot": "NON_IDENTIFYING", "vaccinations.Valable jusqu'au": "DATE",
     "vaccinations.N° ordinal vétérinaire": "QUASI_IDENTIFIER", "vaccinations.Poids (kg)": "NON_IDENTIFYING",
     "vaccinations.Titrage antirabique (UI/ml)": "NON_IDENTIFYING"}
gold = {"dataset": "pet-microchip-fr",
        "description": "Invented export of a fictional French pet identification registry (I-CAD-like), ';' delimited, decimal commas, dd/mm/yyyy, French headers with accents: 24 vets (numéro ordinal 5 digits, NOM, prénom, établissement, address, CP, commune, '04 78 12 34 56', e-mail), 860 owners (id 'D0120013', civilité, NOM, prénom, address, complement (25%), CP, commune, mobile '06 ...', landline (30%), e-mail (70%), creation date), 1,300 animals (ISO 11784 transponder '250268712345678' (92%), tattoo 'ABC123'/'2ABC123' (14%), identification date, pet name, species, breed, coat colour, sex, neutered, birth date, owner id, identifying vet's numéro ordinal, status, date of death), 2,100 vaccination acts (act number, chip, tattoo, EU passport 'FR250260001234'/'FR 12 345678' (empty on some non-rabies acts), date, valence, vaccine, batch, valid until, vet's numéro ordinal, weight kg '12,4', rabies titre '0,5' (rabies acts, 20%)). Animals are the owners' things but their chip, tattoo and passport numbers are OTHER_UNIQUE_IDENTIFIER (as animais.microchip in vet-pt); pet name QUASI_IDENTIFIER (as animais.nome_animal); an animal's birth date DATE (not a person's); vets' numéro ordinal QUASI_IDENTIFIER (as provider keys/NPI), their names identifiers (staff named). Coat colour 'Roux' beside the surname Roux, breed 'Epagneul Breton' beside the surname Breton, commune Fontaine beside the surname Fontaine, commune Valence beside the header Valence, pet names Oscar/Jules/Léon beside given names are deliberate. The animals' chip is empty for 8%, so the FK uses the chip only where present",
        "delimiter": ";", "entity": "detenteurs", "columns": L,
        "foreignKeys": [{"column": "animaux.ID détenteur", "references": "detenteurs.ID détenteur"},
                        {"column": "animaux.N° ordinal identificateur", "references": "veterinaires.N° ordinal"},
                        {"column": "vaccinations.N° transpondeur", "references": "animaux.N° transpondeur"},
                        {"column": "vaccinations.N° ordinal vétérinaire", "references": "veterinaires.N° ordinal"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

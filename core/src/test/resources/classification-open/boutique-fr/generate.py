#!/usr/bin/env python3
"""Writes the invented French marketplace export (10 clients, 6 vendeurs, commandes, lignes; gold.json) into this
folder. French headers, ';' delimiter, dates dd/mm/yyyy (and dd/mm/yyyy HH:MM), phones +33, IBAN FR with mod-97
check digits, NIR (numéro de sécurité sociale, 15 digits with its 97-key), SIRET with Luhn, bcrypt-shaped password
hashes, delivery instructions naming neighbours. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(7501)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Élodie", "Baptiste", "Maëlle", "Grégoire", "Solène", "Timothée", "Anaïs", "Benoît", "Clémence", "Yannick"]
FAMILY = ["Lefebvre", "Garnier", "Rousseau", "Morvan", "Béranger", "Kerhervé", "Dufresne", "Lacombe", "Peyrefitte",
          "Vasseur"]
VILLES = [("Paris", "75011"), ("Lyon", "69003"), ("Rennes", "35000"), ("Quimper", "29000"), ("Lille", "59000"),
          ("Nantes", "44000"), ("Bordeaux", "33000")]
RUES = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas", "impasse du Moulin",
        "place de la Mairie"]
VENDEURS = [("Atelier Ker Breizh", "Quimper"), ("La Cave du Rhône", "Lyon"), ("Maison Vasseur Frères", "Lille"),
            ("Épicerie Fine Dufour", "Paris"), ("Bijoux Soleil", "Nantes"), ("Librairie des Quais", "Bordeaux")]
PRODUITS = [("Cidre brut 75cl", 6.90), ("Côtes-du-Rhône 2021", 12.50), ("Bol breton prénom", 18.00),
            ("Bracelet argent", 49.00), ("Roman poche", 8.20), ("Terrine de campagne", 7.40),
            ("Coffret biscuits", 22.90), ("Boucles d'oreilles", 35.00)]

def luhn_complete(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)

def iban_fr():
    bban = "%05d%05d%011d%02d" % (random.choice([30004, 30003, 10278, 20041]), random.randint(0, 99999),
                                  random.randint(0, 10**11 - 1), random.randint(0, 97))
    num = int(bban + "152700")  # F=15 R=27
    return "FR%02d%s" % (98 - num % 97, bban)

def nir(sex, born, dep):
    body = "%d%02d%02d%s%03d%03d" % (1 if sex == "M" else 2, born.year % 100, born.month, dep, random.randint(1, 999),
                                     random.randint(1, 999))
    return body + "%02d" % (97 - int(body) % 97)

def fr(d):
    return d.strftime("%d/%m/%Y")

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
vendeurs = labels("vendeurs", [
    ("siret", NON), ("raison_sociale", NON), ("ville_siege", NON), ("tva_intracommunautaire", NON),
    ("note_moyenne", NON)])
sirets = []
for nom, ville in VENDEURS:
    siren = luhn_complete("%08d" % random.randint(30000000, 99999999))
    siret = luhn_complete(siren + "%04d" % random.randint(1, 99))
    sirets.append(siret)
    vendeurs.append([siret, nom, ville, "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren),
                     "%.1f" % random.uniform(3.4, 4.9)])
clients = labels("clients", [
    ("id_client", ID), ("civilite", NON), ("prenom", "GIVEN_NAME"), ("nom", "FAMILY_NAME"),
    ("date_de_naissance", "DATE_OF_BIRTH"), ("adresse", "STREET_ADDRESS"), ("code_postal", "ZIP_CODE"),
    ("ville", "CITY"), ("pays", NON), ("telephone", "TELEPHONE_NUMBER"), ("courriel", "EMAIL_ADDRESS"),
    ("iban_remboursement", "IBAN"), ("numero_securite_sociale", "NATIONAL_ID"), ("mot_de_passe", "CREDENTIAL"),
    ("date_inscription", "DATE"), ("accepte_newsletter", NON), ("parrain", ID)])
B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
people = []
for i in range(10):
    g, f = GIVEN[i], FAMILY[(i * 3) % 10]
    sex = "F" if g in ("Élodie", "Maëlle", "Solène", "Anaïs", "Clémence") else "M"
    ville, cp = random.choice(VILLES)
    born = dt.date(random.randint(1950, 2004), random.randint(1, 12), random.randint(1, 28))
    idc = 310 + i * 4
    people.append((idc, g, f, ville, cp))
    reg = dt.datetime(random.randint(2019, 2025), random.randint(1, 12), random.randint(1, 28), random.randint(7, 23),
                      random.randint(0, 59))
    clients.append([
        idc, "Mme" if sex == "F" else "M.", g, f, fr(born),
        "%d %s" % (random.randint(1, 140), random.choice(RUES)), cp, ville, "France",
        "+33 6 %02d %02d %02d %02d" % tuple(random.randint(0, 99) for _ in range(4)),
        "%s.%s@%s" % (g.lower().replace("é", "e").replace("ë", "e").replace("ï", "i").replace("è", "e"),
                      f.lower().replace("é", "e"), random.choice(["orange.fr", "free.fr", "laposte.net", "gmail.com"])),
        iban_fr(), nir(sex, born, cp[:2]), "$2b$12$" + "".join(random.choice(B64) for _ in range(53)),
        reg.strftime("%d/%m/%Y %H:%M"), random.choice(["oui", "non"]),
        "" if i < 3 or random.random() < 0.5 else 310 + random.randint(0, i - 1) * 4])
commandes = labels("commandes", [
    ("numero_commande", ID), ("id_client", ID), ("siret_vendeur", NON), ("date_commande", "DATE"),
    ("statut", NON), ("mode_livraison", NON), ("adresse_livraison", "STREET_ADDRESS"), ("cp_livraison", "ZIP_CODE"),
    ("ville_livraison", "CITY"), ("instructions_livraison", FT), ("montant_ttc", NON), ("frais_de_port", NON),
    ("code_promo", NON)])
lignes = labels("lignes_commande", [
    ("numero_commande", ID), ("ligne", NON), ("produit", NON), ("quantite", NON), ("prix_unitaire", NON),
    ("taux_tva", NON)])
n = 0
for idc, g, f, ville, cp in people:
    for k in range(random.randint(2, 9)):
        n += 1
        num = "CMD-2025-%06d" % (1200 + n * 7)
        d = dt.date(2025, 1, 1) + dt.timedelta(days=random.randint(0, 320))
        mode = random.choice(["Colissimo", "Mondial Relay", "Chronopost", "retrait en boutique"])
        neighbour = random.choice(people)
        instr = random.choice(["", "", "Digicode %d%s" % (random.randint(1000, 9999), random.choice("AB")),
                               "Laisser chez la voisine Mme %s au 2e étage" % neighbour[2],
                               "Appeler %s avant de passer : 06 %02d %02d %02d %02d" % (g, *(random.randint(0, 99) for _ in range(4))),
                               "Ne pas sonner, bébé qui dort"])
        items = random.sample(PRODUITS, random.randint(1, 3))
        total = 0.0
        for ln, (p, price) in enumerate(items, 1):
            q = random.choice([1, 1, 2, 3])
            total += q * price
            lignes.append([num, ln, p, q, "%.2f" % price, "20.0" if "Roman" not in p else "5.5"])
        port = 0.0 if mode == "retrait en boutique" else random.choice([4.95, 6.90, 0.0])
        relay = mode in ("Mondial Relay", "retrait en boutique")
        commandes.append([num, idc, random.choice(sirets), fr(d), random.choice(["livrée", "livrée", "expédiée", "annulée"]),
                          mode, "" if relay else "%d %s" % (random.randint(1, 140), random.choice(RUES)),
                          "" if relay else cp, "" if relay else ville, "" if relay else instr,
                          "%.2f" % (total + port), "%.2f" % port, random.choice(["", "", "", "BIENVENUE10", "NOEL25"])])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("clients.parrain", "clients.id_client"), ("commandes.id_client", "clients.id_client"),
       ("commandes.siret_vendeur", "vendeurs.siret"), ("lignes_commande.numero_commande", "commandes.numero_commande")]
doc = {"dataset": "boutique-fr",
       "description": "Invented French marketplace export (';', dd/mm/yyyy): 10 customers with NIR, IBAN FR, bcrypt "
                      "password hashes and a referral self-key, 6 sellers with SIRET, orders with delivery instructions "
                      "that name neighbours and phone numbers, order lines",
       "delimiter": ";", "entity": "clients", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

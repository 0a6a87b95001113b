#!/usr/bin/env python3
"""Writes the invented Portuguese veterinary-practice export (8 owners, 14 animals keyed by ISO 11784 microchip
number, consultations under generic headers c1..c12; gold.json) into this folder. Shapes probed: a very small entity
table (8 rows), Portuguese accented headers (telemóvel, código_postal), NIF with mod-11 check digit, IBAN PT50,
postcodes NNNN-NNN, 15-digit microchip numbers as a primary key, pet names next to owners' names, a table whose
twelve headers say nothing (c1..c12), decimal commas inside quoted fields. Seeded. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(4242)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Joana", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Beatriz", "Duarte"]
FAMILY = ["Albuquerque", "Magalhães", "Figueiredo", "Sequeira", "Valadares", "Quintela", "Brandão", "Meireles"]
VETS = ["Dra. Leonor Carvalhais", "Dr. Vasco Pimentel", "Dra. Sofia Taveira"]
PETS = ["Bolinha", "Tobias", "Nala", "Farrusco", "Mel", "Simba", "Pantufa", "Kiko", "Luna", "Faísca", "Jade", "Rex",
        "Pipoca", "Chico"]
LOC = [("Lisboa", "Lisboa", "1000"), ("Porto", "Porto", "4000"), ("Braga", "Braga", "4700"), ("Coimbra", "Coimbra", "3000"),
       ("Setúbal", "Setúbal", "2900"), ("Aveiro", "Aveiro", "3800")]

def nif():
    d = [random.choice([1, 2])] + [random.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
    c = 11 - s % 11
    return "".join(map(str, d)) + str(0 if c >= 10 else c)

def iban_pt():
    bban = "0035" + "%04d" % random.randint(0, 9999) + "%011d" % random.randint(0, 10 ** 11 - 1) + "%02d" % random.randint(0, 99)
    num = int(bban + "252900")
    return "PT%02d%s" % (98 - num % 97, bban)

def comma(x, n=1):
    return ("%." + str(n) + "f") % x
gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
tutores = labels("tutores", [
    ("id_tutor", ID), ("nome_completo", "NAME"), ("nif", "NATIONAL_ID"), ("telemóvel", "TELEPHONE_NUMBER"),
    ("email", "EMAIL_ADDRESS"), ("morada", "STREET_ADDRESS"), ("código_postal", "ZIP_CODE"), ("localidade", "CITY"),
    ("distrito", NON), ("data_registo", "DATE"), ("iban", "IBAN")])
for i in range(8):
    g, f = GIVEN[i], FAMILY[i]
    loc, dist, cp = random.choice(LOC)
    tutores.append(["T%03d" % (i + 1), "%s %s %s" % (g, random.choice(FAMILY), f), nif(),
                    "9%d%d %03d %03d" % (random.choice([1, 2, 3, 6]), random.randint(0, 9), random.randint(0, 999), random.randint(0, 999)),
                    "%s.%s@%s" % (g.lower().replace("ê", "e").replace("ç", "c"), f.lower().replace("ã", "a"), random.choice(["sapo.pt", "gmail.com", "iol.pt"])),
                    "Rua %s, %d, %dº %s" % (random.choice(["das Flores", "Augusta", "de Santa Catarina", "do Carmo", "Direita"]),
                                             random.randint(1, 300), random.randint(1, 6), random.choice("ED")),
                    "%s-%03d" % (cp[:2] + "%02d" % random.randint(0, 99), random.randint(0, 999)), loc, dist,
                    (dt.date(2015, 1, 1) + dt.timedelta(days=random.randint(0, 3800))).isoformat(), iban_pt()])
animais = labels("animais", [
    ("microchip", ID), ("nome_animal", QUASI), ("espécie", NON), ("raça", NON), ("sexo", NON),
    ("data_nascimento", QUASI), ("peso_kg", NON), ("tutor", ID), ("esterilizado", NON)])
BREEDS = {"Canina": ["Podengo Português", "Cão da Serra da Estrela", "Labrador Retriever", "Rafeiro do Alentejo", "Sem raça definida"],
          "Felina": ["Europeu Comum", "Siamês", "Persa"], "Exótico": ["Coelho anão", "Caturra"]}
chips = []
for i in range(14):
    sp = random.choice(["Canina", "Canina", "Felina", "Felina", "Exótico"])
    chip = "%s%012d" % (random.choice(["620", "941", "985"]), random.randint(0, 10 ** 12 - 1))
    chips.append(chip)
    owner = "T%03d" % (i + 1) if i < 8 else "T%03d" % random.randint(1, 8)
    animais.append([chip, PETS[i], sp, random.choice(BREEDS[sp]), random.choice(["M", "F"]),
                    (dt.date(2010, 1, 1) + dt.timedelta(days=random.randint(0, 5000))).isoformat(),
                    comma(random.uniform(0.8, 42)).replace(".", ","), owner, random.choice(["sim", "não"])])
consultas = labels("consultas", [
    ("c1", ID), ("c2", ID), ("c3", "DATE"), ("c4", "NAME"), ("c5", NON), ("c6", FT), ("c7", NON), ("c8", NON),
    ("c9", NON), ("c10", NON), ("c11", "TELEPHONE_NUMBER"), ("c12", "DATE")])
MOT = ["Vacinação", "Desparasitação", "Consulta geral", "Dermatite", "Claudicação", "Cirurgia", "Controlo pós-operatório"]
NOTES = ["Sem alterações ao exame físico.", "Tutor{a} {n} refere vómitos há 2 dias; ligar para {p}.",
         "Animal agitado. {n} pediu orçamento para destartarização.", "Prescrito meloxicam 7 dias.",
         "Reavaliar em 15 dias; {n} prefere contacto por email {e}.", ""]
for i in range(60):
    k = random.randrange(14)
    a = animais[k]
    o = tutores[int(a[7][1:]) - 1]
    d = dt.date(2025, 1, 2) + dt.timedelta(days=random.randint(0, 330))
    note = random.choice(NOTES).format(a="", n=o[1].split()[0] + " " + o[1].split()[-1], p=o[3], e=o[4])
    consultas.append([str(5001 + i), chips[k], d.isoformat(), random.choice(VETS), random.choice(MOT), note,
                      comma(random.uniform(25, 380), 2).replace(".", ","), comma(random.uniform(37.5, 40.2)).replace(".", ","),
                      a[6], random.choice(["sim", "sim", "não"]), o[3],
                      (d + dt.timedelta(days=random.choice([14, 21, 30, 365]))).isoformat() if random.random() < 0.7 else ""])
FKS = [("animais.tutor", "tutores.id_tutor"), ("consultas.c2", "animais.microchip")]
DESC = ("Invented Portuguese veterinary-practice export: 8 owners (NIF, IBAN PT, telemóvel, NNNN-NNN postcodes), "
        "14 animals keyed by 15-digit microchip numbers, 60 consultations under generic headers c1..c12 (vet names, "
        "notes naming the owner, owner phone, next appointment)")
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n"); w.writerow(t["columns"]); w.writerows(t["rows"])
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump({"dataset": "vet-pt", "description": DESC, "delimiter": ",", "entity": "tutores", "columns": gold,
               "foreignKeys": [{"column": c, "references": r} for c, r in FKS]}, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "NOTICE"), "w", encoding="utf-8") as f:
    f.write("vet-pt: INVENTED data, generated by generate.py in this folder (Python 3 standard library, fixed seed; "
            "rerun it to reproduce the CSV files and gold.json byte for byte). " + DESC + ".\nNo row describes a real "
            "person or animal: names are drawn from invented lists; NIFs and IBANs are random with valid check digits "
            "and may by chance equal real ones; microchip and phone numbers are random. Licence: the same as the "
            "Warden project.\n")

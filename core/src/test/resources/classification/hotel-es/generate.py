#!/usr/bin/env python3
"""Writes hotel-es: an invented Spanish hotel guest register (parte de viajeros), ';' delimited (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(55502)
NOMBRES = ["Lucía", "Mateo", "Valentina", "Hugo", "Martina", "Álvaro", "Daniela", "Íñigo", "Nerea", "Gonzalo", "Ainhoa", "Rodrigo"]
APELLIDOS = ["Etxeberria", "Quintanilla", "Barrionuevo", "Zubizarreta", "Castañeda", "Villalobos", "Olabarría", "Peñalver", "Arrieta", "Montesinos"]
PAISES = [("ESP", "DNI"), ("FRA", "Pasaporte"), ("DEU", "Pasaporte"), ("GBR", "Pasaporte"), ("ITA", "Pasaporte")]
L = "TRWAGMYFPDXBNJZSQVHLCKE"
def doc(kind):
    if kind == "DNI":
        n = rnd.randint(10000000, 99999999); return "%d%s" % (n, L[n % 23])
    return "%s%s%07d" % (rnd.choice("ABCXYZ"), rnd.choice("ABKLMP"), rnd.randint(0, 9999999))
huespedes, estancias = [], []
for i in range(35):
    nom, a1, a2 = rnd.choice(NOMBRES), rnd.choice(APELLIDOS), rnd.choice(APELLIDOS)
    pais, kind = rnd.choice(PAISES)
    huespedes.append(["H-%05d" % (20000 + i * 7), nom, a1, a2, kind, doc(kind), pais,
                      "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1945, 2005)), rnd.choice(["H", "M"]),
                      "+34 6%02d %03d %03d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999)),
                      "%s.%s@%s" % (nom.lower().replace("í", "i").replace("á", "a"), a1.lower().replace("ñ", "n").replace("í", "i"), rnd.choice(["gmail.com", "hotmail.es", "telefonica.net"])),
                      "C/ %s %d, %d" % (rnd.choice(["Mayor", "del Carmen", "de Alcalá", "San Vicente"]), rnd.randint(1, 120), rnd.randint(1, 6)),
                      rnd.choice(["Bilbao", "Zaragoza", "Lyon", "Múnich", "Leeds", "Génova"])])
n = 1
for h in huespedes:
    for _ in range(rnd.randint(1, 4)):
        m, d = rnd.randint(1, 11), rnd.randint(1, 20)
        estancias.append(["%d" % (900 + n), h[0], str(rnd.choice([101, 102, 114, 203, 215, 304, 412, 508])),
                          "%02d/%02d/2026" % (d, m), "%02d/%02d/2026" % (d + rnd.randint(1, 7), m), str(rnd.randint(1, 3)),
                          "%d,%02d" % (rnd.randint(80, 900), rnd.randint(0, 99)), rnd.choice(["Booking", "Directo", "Expedia"]),
                          "%04d" % rnd.randint(0, 9999),
                          rnd.choice(["", "Cliente habitual, prefiere planta alta", "Llamar a %s al %s si llega tarde" % (h[1], h[9]), "Alergia al gluten"])])
        n += 1
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
HH = ["id_huesped", "nombre", "primer_apellido", "segundo_apellido", "tipo_documento", "num_documento", "nacionalidad", "fecha_nacimiento",
      "sexo", "telefono", "correo", "domicilio", "localidad"]
EH = ["num_reserva", "huesped", "habitacion", "fecha_entrada", "fecha_salida", "num_personas", "importe", "canal", "ultimos4_tarjeta", "observaciones"]
write("huespedes", HH, huespedes); write("estancias", EH, estancias)
lab = {"huespedes." + k: v for k, v in zip(HH, ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "NATIONAL_ID",
                                                "NON_IDENTIFYING", "DATE_OF_BIRTH", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "CITY"])}
lab.update({"estancias." + k: v for k, v in zip(EH, ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING",
                                                     "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"])})
desc = "Invented Spanish hotel guest register (parte de viajeros), ';' and decimal commas: 35 guests with DNI/passport numbers, %d stays with room numbers, card last-4 and remarks naming the guest" % len(estancias)
gold = {"dataset": "hotel-es", "description": desc, "delimiter": ";", "entity": "huespedes", "columns": lab,
        "foreignKeys": [{"column": "estancias.huesped", "references": "huespedes.id_huesped"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes servicios-sociales-es: an invented Spanish municipal social-services case file (trabajadoras 9 rows,
expedientes, miembros = household members), `;`, decimal commas, dd/mm/yyyy dates, Spanish headers with accents
(seeded, stdlib only). DNI numbers and NIE numbers (X/Y/Z) with the official mod-23 check letter, +34 phones, street
addresses with 5-digit postcodes, the caseworker's name beside benefit type and dependency grade, relatives' names,
ages and birth dates over 89, notes naming relatives, neighbours and staff."""
import csv, json, random, datetime
rnd = random.Random(100101)
LET = "TRWAGMYFPDXBNJZSQVHLCKE"
GIVEN_F = ["María", "Carmen", "Josefa", "Isabel", "Dolores", "Pilar", "Lucía", "Rocío", "Nuria", "Fátima", "Ana Belén", "Remedios"]
GIVEN_M = ["José", "Antonio", "Manuel", "Francisco", "Juan", "Javier", "Rafael", "Mohamed", "Iker", "Joaquín", "Ginés", "Andrés"]
FAMILY = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez",
          "Ruiz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Cortés", "Benítez", "El Amrani", "Popescu"]
STREETS = ["C/ Mayor", "Avda. de la Constitución", "C/ Real", "Pza. de España", "C/ Nueva", "C/ San Roque", "Ronda Sur", "C/ Tejares"]
TOWNS = [("Alcalá de Henares", "28805"), ("Alcalá de Henares", "28807"), ("Alcalá de Henares", "28803"), ("Meco", "28880"),
         ("Los Santos de la Humosa", "28817"), ("Anchuelo", "28818")]
PREST = ["Renta Mínima de Inserción", "Servicio de Ayuda a Domicilio", "Teleasistencia", "Ayuda de emergencia social",
         "Prestación económica por cuidados en el entorno familiar", "Comedor social"]
GRADO = ["Sin grado", "Grado I", "Grado II", "Grado III"]
ESTADO = ["Abierto", "En seguimiento", "Cerrado", "Derivado"]
PAR = ["cónyuge", "hijo/a", "hijo/a", "nieto/a", "padre/madre", "hermano/a", "pareja"]
LAB = ["Desempleado/a", "Jubilado/a", "Estudiante", "Empleo temporal", "Pensionista por incapacidad", "Menor escolarizado"]

def dni():
    n = rnd.randint(1000000, 59999999)
    return "%08d%s" % (n, LET[n % 23])

def nie():
    p = rnd.choice("XYZ"); n = rnd.randint(0, 9999999)
    return "%s%07d%s" % (p, n, LET[int(str("XYZ".index(p)) + "%07d" % n) % 23])

def doc():
    return nie() if rnd.random() < 0.18 else dni()

def tel():
    return "+34 6%02d %03d %03d" % (rnd.randint(0, 99), rnd.randint(0, 999), rnd.randint(0, 999))

def d(x):
    return x.strftime("%d/%m/%Y")

REF = datetime.date(2025, 10, 1)
def age(b):
    return REF.year - b.year - ((REF.month, REF.day) < (b.month, b.day))

def name(f=None):
    f = rnd.random() < 0.6 if f is None else f
    return rnd.choice(GIVEN_F if f else GIVEN_M), rnd.choice(FAMILY), rnd.choice(FAMILY)

staff = []
CENTROS = ["CSS Centro", "CSS Reyes Católicos", "CSS Zulema"]
for i in range(9):
    g, a1, a2 = name(i != 4)
    staff.append({"cod_profesional": "TS%02d" % (3 + i * 2), "nombre_completo": "%s %s %s" % (g, a1, a2),
                  "categoría": "Trabajadora social" if i < 7 else rnd.choice(["Educador social", "Psicóloga"]),
                  "nº_colegiado": "%d-%04d" % (28, rnd.randint(1000, 9999)), "centro": CENTROS[i % 3],
                  "jornada_h": rnd.choice(["37,5", "37,5", "30", "20"])})
cases, members = [], []
for i in range(110):
    fem = rnd.random() < 0.62
    g, a1, a2 = name(fem)
    born = datetime.date(1925, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 80)) if rnd.random() < 0.55 else \
        datetime.date(1960, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 40))
    town, cp = rnd.choice(TOWNS)
    ts = rnd.choice(staff[:7])
    pre = rnd.choice(PREST)
    alta = datetime.date(2019, 1, 1) + datetime.timedelta(days=rnd.randint(0, 2300))
    c = {"nº_expediente": "SS-%d-%05d" % (alta.year, 120 + i * 7), "dni_nie": doc(), "nombre": g, "apellido1": a1, "apellido2": a2,
         "fecha_nacimiento": d(born), "edad": str(age(born)), "sexo": "M" if fem else "H",
         "domicilio": "%s, %d, %dº %s" % (rnd.choice(STREETS), rnd.randint(1, 140), rnd.randint(1, 6), rnd.choice("ABCD")),
         "código_postal": cp, "municipio": town, "teléfono": tel(),
         "trabajadora_social": ts["nombre_completo"], "profesional_ref": ts["cod_profesional"], "tipo_prestación": pre,
         "grado_dependencia": rnd.choice(GRADO) if age(born) > 64 else "Sin grado",
         "importe_mensual_eur": ("%.2f" % rnd.choice([0, 150, 300.5, 420, 535.2, 735.9])).replace(".", ","),
         "fecha_alta": d(alta), "estado": rnd.choice(ESTADO), "observaciones": ""}
    hh = []
    for j in range(rnd.choice([0, 1, 1, 2, 2, 3])):
        mf = rnd.random() < 0.5
        mg, m1, m2 = name(mf)
        mb = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 90))
        hh.append({"id_miembro": "M%05d" % (len(members) + len(hh) + 501), "expediente": c["nº_expediente"],
                   "parentesco": rnd.choice(PAR), "nombre_apellidos": "%s %s %s" % (mg, m1, m2),
                   "dni_nie": doc() if age(mb) >= 14 else "", "fecha_nac": d(mb), "edad": str(age(mb)),
                   "situación_laboral": rnd.choice(LAB), "ingresos_eur": ("%.2f" % rnd.choice([0, 0, 480, 720.4, 1080])).replace(".", ","),
                   "discapacidad_pct": rnd.choice(["0", "0", "0", "33", "65", "75"])})
    r = rnd.random()
    if r < 0.15 and hh:
        c["observaciones"] = "Visita domiciliaria con %s; su %s %s colabora en los cuidados" % (ts["nombre_completo"].split()[0], hh[0]["parentesco"], hh[0]["nombre_apellidos"])
    elif r < 0.25:
        c["observaciones"] = "La vecina %s %s (tel. %s) avisa si hay incidencias" % (rnd.choice(GIVEN_F), rnd.choice(FAMILY), tel())
    elif r < 0.45:
        c["observaciones"] = "Pendiente de valoración"
    elif r < 0.55:
        c["observaciones"] = "Derivado a Salud Mental"
    members += hh
    cases.append(c)

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("profesionales", staff); write("expedientes", cases); write("miembros", members)
N, O, Q = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "QUASI_IDENTIFIER"
L = {"profesionales.cod_profesional": O, "profesionales.nombre_completo": "NAME", "profesionales.categoría": N,
     "profesionales.nº_colegiado": "CERTIFICATE_LICENSE_NUMBER", "profesionales.centro": N, "profesionales.jornada_h": N,
     "expedientes.nº_expediente": O, "expedientes.dni_nie": "NATIONAL_ID", "expedientes.nombre": "GIVEN_NAME",
     "expedientes.apellido1": "FAMILY_NAME", "expedientes.apellido2": "FAMILY_NAME", "expedientes.fecha_nacimiento": "DATE_OF_BIRTH",
     "expedientes.edad": "AGE", "expedientes.sexo": N, "expedientes.domicilio": "STREET_ADDRESS", "expedientes.código_postal": "ZIP_CODE",
     "expedientes.municipio": "CITY", "expedientes.teléfono": "TELEPHONE_NUMBER", "expedientes.trabajadora_social": "NAME",
     "expedientes.profesional_ref": O, "expedientes.tipo_prestación": N, "expedientes.grado_dependencia": N,
     "expedientes.importe_mensual_eur": N, "expedientes.fecha_alta": "DATE", "expedientes.estado": N, "expedientes.observaciones": "FREE_TEXT",
     "miembros.id_miembro": O, "miembros.expediente": O, "miembros.parentesco": N, "miembros.nombre_apellidos": "NAME",
     "miembros.dni_nie": "NATIONAL_ID", "miembros.fecha_nac": "DATE_OF_BIRTH", "miembros.edad": "AGE", "miembros.situación_laboral": N,
     "miembros.ingresos_eur": N, "miembros.discapacidad_pct": N}
gold = {"dataset": "servicios-sociales-es",
        "description": "Invented Spanish municipal social-services case file, `;`, decimal commas, dd/mm/yyyy, Spanish headers with accents and º: 9 professionals (code, name, category, registration number, centre, weekly hours), 110 cases (case number, DNI/NIE with mod-23 check letter, given name and two surnames, birth dates back to 1925, ages over 89, sex, address, postcode, municipality, +34 phone, caseworker's name and code, benefit type, dependency grade, monthly amount, start date, status, notes naming relatives, neighbours with phones and staff), %d household members (id, case, relationship, full name, DNI/NIE, birth date, age, employment, income, disability percentage)" % len(members),
        "delimiter": ";", "entity": "expedientes", "columns": L,
        "foreignKeys": [{"column": "miembros.expediente", "references": "expedientes.nº_expediente"},
                        {"column": "expedientes.profesional_ref", "references": "profesionales.cod_profesional"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

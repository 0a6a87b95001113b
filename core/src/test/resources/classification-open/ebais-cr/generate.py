#!/usr/bin/env python3
"""Writes ebais-cr: an invented export of FICTIONAL Costa Rican CCSS EBAIS (primary care teams) in Heredia and San Jose
(breaker90; seeded, Python standard library only). ';' as Spanish-locale Excel writes CSV, decimal commas, dates
dd/mm/aaaa, Spanish headers. funcionarios (16: codigo, nombre, puesto (Medico general, ATAP, Enfermera, REDES),
EBAIS, codigo del Colegio de Medicos 'MED8123' for physicians), pacientes (900: Identificacion (cedula '1-0234-0567',
9 digits: provincia + tomo + asiento, no check digit exists; 25% written without dashes '102340567'; DIMEX 12 digits for
foreigners), Tipo identificacion, No. asegurado (the cedula digits for nationals, 12 digits for foreigners, 4% empty),
Nombre, Primer apellido, Segundo apellido (empty for some foreigners), Sexo, Fecha de nacimiento (a few born 1930-1935),
Edad, Provincia, Canton, Distrito, Codigo postal (5 digits: provincia, canton, distrito), Senas
('200 m norte de la iglesia catolica, casa color verde'), Telefono '8xxx-xxxx', Telefono 2 (landline 2xxx-xxxx, 40%),
Correo, Nacionalidad, Condicion de aseguramiento, EBAIS, Sector, Observaciones (free text naming relatives with a phone)),
atenciones (3,000: No. atencion, Identificacion, fecha, hora, servicio, CIE-10, diagnostico, peso '72,5', talla,
presion arterial '120/80', profesional (staff name), cod. funcionario, nota), visitas_atap (1,600: No. visita,
Identificacion, ficha familiar 'FF-0412' (household), fecha, ATAP (staff name), tipo de visita, riesgo, observaciones).
Deliberate coincidences: surnames Heredia and Flores beside the province Heredia and the canton Flores; surname Montes
beside the canton Montes de Oca; given name Rafael beside 'EBAIS San Rafael' and the district San Rafael; given name
Ana beside the canton Santa Ana; the ATAP Vargas beside patients surnamed Vargas."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(900101)
GIVEN = ["José", "Luis", "Carlos", "Juan", "Rafael", "Jorge", "Andrés", "Diego", "Esteban", "Mauricio", "Alejandro",
         "Fabián", "Randall", "Minor", "Greivin", "Johnny", "Marvin", "Óscar", "Manuel", "Francisco",
         "María", "Ana", "Laura", "Sofía", "Daniela", "Karla", "Yorleny", "Marjorie", "Hazel", "Xinia", "Flor",
         "Silvia", "Patricia", "Rocío", "Lucía", "Valeria", "Ivannia", "Seidy", "Mariela", "Guadalupe"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Rodríguez", "Vargas", "Jiménez", "Mora", "Rojas", "González", "Sánchez", "Hernández", "Ramírez", "Castro",
          "Araya", "Solís", "Chaves", "Quesada", "Alvarado", "Ulate", "Zúñiga", "Villalobos", "Calderón", "Brenes",
          "Arias", "Salazar", "Madrigal", "Cordero", "Segura", "Monge", "Picado", "Fallas", "Murillo", "Esquivel",
          "Heredia", "Flores", "Montes", "Valverde", "Badilla", "Porras", "Umaña", "Cascante", "Barquero", "Obando"]
FOREIGN_FAMILY = ["López", "Martínez", "Pérez", "García", "Espinoza", "Téllez", "Obregón", "Urbina"]
# provincia, provincia digit, canton, canton code, [(distrito, code)], cedula provincia digit weight
PLACES = [("Heredia", 4, "Heredia", "01", [("Heredia", "01"), ("Mercedes", "02"), ("San Francisco", "03"),
                                           ("Ulloa", "04")]),
          ("Heredia", 4, "Barva", "02", [("Barva", "01"), ("San Pedro", "02"), ("San Pablo", "03")]),
          ("Heredia", 4, "San Rafael", "05", [("San Rafael", "01"), ("San Josecito", "02"), ("Santiago", "03")]),
          ("Heredia", 4, "Flores", "08", [("San Joaquín", "01"), ("Barrantes", "02"), ("Llorente", "03")]),
          ("San José", 1, "Montes de Oca", "15", [("San Pedro", "01"), ("Sabanilla", "02"), ("Mercedes", "03")]),
          ("San José", 1, "Santa Ana", "09", [("Santa Ana", "01"), ("Salitral", "02"), ("Pozos", "03")]),
          ("San José", 1, "Tibás", "13", [("San Juan", "01"), ("Cinco Esquinas", "02"), ("Anselmo Llorente", "03")])]
LANDMARKS = ["la iglesia católica", "la plaza de deportes", "la escuela", "el Palí", "el Más x Menos", "la pulpería La Amistad",
             "el EBAIS", "la parada de buses", "el salón comunal", "la Cruz Roja", "el Banco Nacional", "el Super Don Memo"]
COLORS = ["verde", "blanco", "amarillo", "celeste", "terracota", "gris", "rosado", "beige"]
EBAIS = ["EBAIS San Rafael", "EBAIS Barva Centro", "EBAIS Santa Lucía", "EBAIS San Pablo", "EBAIS Sabanilla", "EBAIS Pozos"]
STAFF = [["F0112", "Dra. Karla Vargas Mora", "Médico general", "EBAIS San Rafael", "MED8123"],
         ["F0118", "Dr. Esteban Quirós Rojas", "Médico general", "EBAIS Barva Centro", "MED10544"],
         ["F0121", "Dra. Silvia Campos Ulate", "Médico general", "EBAIS Santa Lucía", "MED9277"],
         ["F0133", "Dr. Randall Sibaja Arce", "Médico general", "EBAIS San Pablo", "MED12051"],
         ["F0140", "Dra. Hazel Pacheco Soto", "Médico general", "EBAIS Sabanilla", "MED7789"],
         ["F0147", "Dr. Minor Víquez Leiva", "Médico general", "EBAIS Pozos", "MED11310"],
         ["F0201", "Jorge Vargas Céspedes", "ATAP", "EBAIS San Rafael", ""],
         ["F0202", "Marjorie Salas Bogantes", "ATAP", "EBAIS Barva Centro", ""],
         ["F0203", "Greivin Alfaro Sancho", "ATAP", "EBAIS Santa Lucía", ""],
         ["F0204", "Yorleny Chinchilla Vega", "ATAP", "EBAIS San Pablo", ""],
         ["F0205", "Marvin Rojas Agüero", "ATAP", "EBAIS Sabanilla", ""],
         ["F0206", "Xinia Ledezma Porras", "ATAP", "EBAIS Pozos", ""],
         ["F0301", "Lic. Ivannia Corrales Mena", "Enfermera", "EBAIS San Rafael", ""],
         ["F0302", "Lic. Fabián Zamora Solano", "Enfermero", "EBAIS Sabanilla", ""],
         ["F0401", "Seidy Navarro Fonseca", "Técnico de REDES", "EBAIS Barva Centro", ""],
         ["F0402", "Johnny Elizondo Rivera", "Técnico de REDES", "EBAIS Pozos", ""]]
DOCS = [s for s in STAFF if s[2] == "Médico general"]
NURSE = [s for s in STAFF if s[2].startswith("Enfermer")]
ATAPS = {s[3]: s for s in STAFF if s[2] == "ATAP"}
CIE = [("I10X", "Hipertensión esencial (primaria)"), ("E119", "Diabetes mellitus no insulinodependiente sin complicaciones"),
       ("J069", "Infección aguda de las vías respiratorias superiores, no especificada"), ("M545", "Lumbago no especificado"),
       ("E785", "Hiperlipidemia no especificada"), ("K297", "Gastritis, no especificada"), ("N390", "Infección de vías urinarias, sitio no especificado"),
       ("F419", "Trastorno de ansiedad, no especificado"), ("J45X", "Asma"), ("Z000", "Examen médico general"),
       ("Z349", "Supervisión de embarazo normal no especificado"), ("A90X", "Fiebre del dengue [dengue clásico]"),
       ("B349", "Infección viral, no especificada"), ("L309", "Dermatitis, no especificada"), ("Z761", "Control de salud del niño")]
SERV = ["Consulta medicina general", "Control crónico", "Consulta de enfermería", "Control prenatal", "Control de niño sano",
        "Urgencia"]
COND = ["Asalariado", "Familiar de asegurado directo", "Pensionado", "Asegurado por el Estado", "Trabajador independiente",
        "Voluntario", "No asegurado"]
REL = ["su hija", "su hijo", "su esposa", "su esposo", "su mamá", "su hermana", "su nieto", "su vecina"]

def dmy(d):
    return d.strftime("%d/%m/%Y")

def mobile():
    return "%d%03d-%04d" % (rnd.choice([8, 8, 8, 7, 6]), rnd.randint(0, 999), rnd.randint(0, 9999))

def land(prov):
    return "2%d%02d-%04d" % (rnd.choice([2, 2, 4]) if prov == "San José" else rnd.choice([2, 2, 2, 6]), rnd.randint(0, 99),
                             rnd.randint(0, 9999))

REF = datetime.date(2026, 11, 30)
patients, used = [], set()
for i in range(900):
    place = rnd.choices(PLACES, weights=[20, 14, 16, 12, 14, 12, 12])[0]
    prov, pdig, canton, ccode, dists = place
    dist, dcode = rnd.choice(dists)
    foreign = rnd.random() < 0.09
    female = rnd.random() < 0.53
    given = rnd.choice([g for g in GIVEN if (g in FEMALE) == female])
    if rnd.random() < 0.3:
        given += " " + rnd.choice([g for g in GIVEN if (g in FEMALE) == female and g != given])
    if i < 8:
        born = datetime.date(rnd.randint(1930, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(1936, 1, 1) + datetime.timedelta(days=rnd.randint(0, 32000))
    if foreign:
        fam1, fam2 = rnd.choice(FOREIGN_FAMILY), (rnd.choice(FOREIGN_FAMILY) if rnd.random() < 0.7 else "")
        while True:
            ident = "155%09d" % rnd.randint(0, 10**9 - 1)
            if ident not in used:
                break
        tipo, nac = "DIMEX", rnd.choice(["Nicaragüense"] * 5 + ["Colombiana", "Venezolana", "Panameña"])
        aseg = "" if rnd.random() < 0.2 else "7%011d" % rnd.randint(0, 10**11 - 1)
    else:
        fam1, fam2 = rnd.choice(FAMILY), rnd.choice(FAMILY)
        d = rnd.choice([pdig, pdig, pdig, 1, 2, 3, 5, 6, 7])
        while True:
            tomo, asiento = rnd.randint(100, 1999) if born.year < 1995 else rnd.randint(1200, 1999), rnd.randint(1, 999)
            digits = "%d%04d%04d" % (d, tomo, asiento)
            if digits not in used:
                break
        ident = digits if rnd.random() < 0.25 else "%d-%04d-%04d" % (d, tomo, asiento)
        tipo, nac = "Cédula física", "Costarricense"
        aseg = "" if rnd.random() < 0.04 else digits
    used.add(ident.replace("-", ""))
    age = REF.year - born.year - ((REF.month, REF.day) < (born.month, born.day))
    senas = "%d m %s de %s, casa color %s" % (rnd.choice([25, 50, 75, 100, 150, 200, 300, 400]),
                                               rnd.choice(["norte", "sur", "este", "oeste"]), rnd.choice(LANDMARKS),
                                               rnd.choice(COLORS))
    senas = senas.replace(" de el ", " del ")
    if rnd.random() < 0.3:
        senas += rnd.choice([", portón negro", ", mano derecha", ", frente al taller", ", segunda planta",
                             ", Urb. Los Ángeles casa %d" % rnd.randint(1, 80)])
    tel = mobile() if rnd.random() < 0.93 else ""
    tel2 = land(prov) if rnd.random() < 0.4 else ""
    mail = ""
    if rnd.random() < 0.45:
        mail = "%s.%s%d@%s" % (given.split()[0].lower(), fam1.lower(), rnd.randint(1, 99),
                               rnd.choice(["gmail.com", "hotmail.com", "yahoo.com", "ice.co.cr", "racsa.co.cr"]))
        mail = mail.translate(str.maketrans("áéíóúñü", "aeiounu"))
    ebais = {"Heredia": "EBAIS Santa Lucía", "Barva": rnd.choice(["EBAIS Barva Centro", "EBAIS San Pablo"]),
             "San Rafael": "EBAIS San Rafael", "Flores": "EBAIS Santa Lucía", "Montes de Oca": "EBAIS Sabanilla",
             "Santa Ana": "EBAIS Pozos", "Tibás": "EBAIS Sabanilla"}[canton]
    obs = ""
    r = rnd.random()
    if r < 0.12:
        obs = "Vive con %s %s %s, tel. %s" % (rnd.choice(REL), rnd.choice(GIVEN), rnd.choice(FAMILY), mobile())
    elif r < 0.2:
        obs = rnd.choice(["Adulto mayor solo, requiere visita domiciliar", "Paciente encamado", "No sabe leer",
                          "Alergia a penicilina", "Usa silla de ruedas", "Migrante, pendiente aseguramiento"])
    elif r < 0.25:
        obs = "Contacto de emergencia: %s %s (%s) %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), rnd.choice(REL)[3:], mobile())
    patients.append([ident, tipo, aseg, given, fam1, fam2, "F" if female else "M", dmy(born), str(age), prov, canton,
                     dist, "%d%s%s" % (pdig, ccode, dcode), senas, tel, tel2, mail, nac,
                     rnd.choice(COND) if not foreign else rnd.choice(["Asalariado", "No asegurado", "Asegurado por el Estado"]),
                     ebais, "Sector %d" % rnd.randint(1, 6), obs, born, ebais])
P_HEAD = ["Identificación", "Tipo identificación", "No. asegurado", "Nombre", "Primer apellido", "Segundo apellido",
          "Sexo", "Fecha de nacimiento", "Edad", "Provincia", "Cantón", "Distrito", "Código postal", "Señas",
          "Teléfono", "Teléfono 2", "Correo electrónico", "Nacionalidad", "Condición de aseguramiento", "EBAIS", "Sector",
          "Observaciones"]
visits = []
for k in range(3000):
    p = rnd.choice(patients)
    d = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 690))
    if d < p[22]:
        d = p[22] + datetime.timedelta(days=30)
    code, desc = rnd.choice(CIE)
    serv = rnd.choice(SERV)
    staff = rnd.choice(NURSE) if serv == "Consulta de enfermería" else rnd.choice([s for s in DOCS if s[3] == p[23]] or DOCS)
    peso = "%d,%d" % (rnd.randint(45, 110), rnd.randint(0, 9)) if rnd.random() < 0.9 else ""
    talla = str(rnd.randint(145, 190)) if rnd.random() < 0.8 else ""
    pa = "%d/%d" % (rnd.randint(100, 170), rnd.randint(60, 100)) if rnd.random() < 0.85 else ""
    nota = rnd.choice(["Paciente refiere %s de %d días de evolución." % (rnd.choice(["tos", "cefalea", "fiebre", "dolor lumbar",
                                                                                    "epigastralgia", "mareo"]), rnd.randint(1, 15)),
                       "Control. Adecuada adherencia al tratamiento.", "Se refiere a Hospital San Vicente de Paúl.",
                       "Se entrega receta por 3 meses.", "Mal control, se ajusta dosis.",
                       "Acompañada por %s %s, tel. %s" % (rnd.choice(REL), rnd.choice(GIVEN), mobile()),
                       "Se solicita glicemia y perfil lipídico.", ""])
    visits.append(["AT-%07d" % (2500000 + k * 3 + rnd.randint(0, 2)), p[0], dmy(d), "%02d:%02d" % (rnd.randint(7, 15), rnd.choice(range(0, 60, 5))),
                   serv, code, desc, peso, talla, pa, staff[1], staff[0], nota])
A_HEAD = ["No. atención", "Identificación", "Fecha atención", "Hora", "Servicio", "CIE-10", "Diagnóstico", "Peso (kg)",
          "Talla (cm)", "Presión arterial", "Profesional", "Cód. funcionario", "Nota"]
fichas = {}
atap = []
for k in range(1600):
    p = rnd.choice(patients)
    key = (p[10], p[13][:30])
    if p[0] not in fichas:
        fichas[p[0]] = "FF-%04d" % rnd.randint(1, 2400)
    d = datetime.date(2025, 1, 6) + datetime.timedelta(days=rnd.randint(0, 680))
    a = ATAPS[p[23]]
    obs = rnd.choice(["Vivienda en buen estado", "Se aplica vacuna influenza", "Se detecta criadero de zancudos",
                      "Nadie en casa", "Adulto mayor vive solo", "Se refiere a control de presión",
                      "Atiende %s %s" % (rnd.choice(REL), rnd.choice(GIVEN)), "", ""])
    atap.append(["VD-%06d" % (100000 + k), p[0], fichas[p[0]], dmy(d), a[1], rnd.choice(["Primera vez en el año", "Subsecuente"]),
                 rnd.choice(["Bajo", "Bajo", "Medio", "Alto"]), obs])
V_HEAD = ["No. visita", "Identificación", "Ficha familiar", "Fecha visita", "ATAP", "Tipo de visita", "Riesgo", "Observaciones"]
F_HEAD = ["Código", "Nombre", "Puesto", "EBAIS", "Código colegio"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows([r[:len(head)] for r in rows])

write("funcionarios", F_HEAD, STAFF)
write("pacientes", P_HEAD, patients)
write("atenciones", A_HEAD, visits)
write("visitas_atap", V_HEAD, atap)
L = {"funcionarios": ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER"],
     "pacientes": ["NATIONAL_ID", "NON_IDENTIFYING", "HEALTH_PLAN_BENEFICIARY_NUMBER", "GIVEN_NAME", "FAMILY_NAME",
                   "FAMILY_NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "COUNTY",
                   "GEOGRAPHIC_SUBDIVISION", "ZIP_CODE", "STREET_ADDRESS", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
                   "EMAIL_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"],
     "atenciones": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "QUASI_IDENTIFIER",
                    "FREE_TEXT"],
     "visitas_atap": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NAME", "NON_IDENTIFYING",
                      "NON_IDENTIFYING", "FREE_TEXT"]}
HEADS = {"funcionarios": F_HEAD, "pacientes": P_HEAD, "atenciones": A_HEAD, "visitas_atap": V_HEAD}
labels = {}
for t in ["funcionarios", "pacientes", "atenciones", "visitas_atap"]:
    assert len(L[t]) == len(HEADS[t])
    for h, l in zip(HEADS[t], L[t]):
        labels[t + "." + h] = l
gold = {"dataset": "ebais-cr",
        "description": "Invented CCSS EBAIS (Costa Rican primary care) export of fictional teams in Heredia and San José (breaker90), ';', decimal commas, dd/mm/aaaa: funcionarios 16 (código, nombre 'Dra. Karla Vargas Mora', puesto (médico, ATAP, enfermera, REDES), EBAIS, código del Colegio de Médicos), pacientes 900 (Identificación: cédula '1-0234-0567' (25% without dashes), DIMEX 12 digits for foreigners; tipo, No. asegurado (cédula digits or 12 digits, some empty), Nombre, Primer/Segundo apellido, sexo, Fecha de nacimiento (8 born 1930-1935), Edad, Provincia, Cantón, Distrito, Código postal (5 digits), Señas '200 m norte de la iglesia católica, casa color verde', Teléfono '8xxx-xxxx', Teléfono 2 '2xxx-xxxx', correo, nacionalidad, condición de aseguramiento, EBAIS, Sector, Observaciones naming relatives with phones), atenciones 3,000 (No. atención, Identificación, fecha, hora, servicio, CIE-10, diagnóstico, peso '72,5', talla, presión arterial, Profesional (staff name), Cód. funcionario, Nota), visitas_atap 1,600 (No. visita, Identificación, Ficha familiar (household number), fecha, ATAP (staff name), tipo, riesgo, observaciones). Labels: Identificación NATIONAL_ID (cédula or DIMEX); No. asegurado HEALTH_PLAN_BENEFICIARY_NUMBER; Provincia NON_IDENTIFYING (first-level, as a state); Cantón COUNTY; Distrito GEOGRAPHIC_SUBDIVISION; Señas STREET_ADDRESS; Sector (EBAIS health sector) QUASI_IDENTIFIER; staff code and Colegio de Médicos code QUASI_IDENTIFIER (provider numbers); Ficha familiar OTHER_UNIQUE_IDENTIFIER. Coincidences: surnames Heredia, Flores, Montes beside the province Heredia and the cantons Flores and Montes de Oca; given name Rafael beside EBAIS San Rafael and the canton San Rafael; given name Ana beside the canton Santa Ana; ATAP Jorge Vargas beside patients surnamed Vargas.",
        "delimiter": ";", "entity": "pacientes", "columns": labels,
        "foreignKeys": [{"column": "atenciones.Identificación", "references": "pacientes.Identificación"},
                        {"column": "visitas_atap.Identificación", "references": "pacientes.Identificación"},
                        {"column": "atenciones.Cód. funcionario", "references": "funcionarios.Código"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Writes sigerd-do: an invented school enrolment export of FICTIONAL Dominican public schools in the style of SIGERD
(Sistema de Informacion para la Gestion Escolar de la Republica Dominicana) (breaker90; seeded, Python standard library
only). ',', dates dd/mm/aaaa, Spanish headers. centros (24: Codigo Centro '10234', Nombre del Centro, Regional '10',
Distrito '10-02', Provincia, Municipio, Sector, Telefono (the school's), Director/a (name)), estudiantes (1,100: ID SIGERD
(9 digits), Nombres, Apellidos, Sexo, Fecha de Nacimiento, Edad, Nacionalidad, Acta de Nacimiento ('Lib. 0123 Fol.
0045 Act. 00234 Año 2014', 8% empty: 'sin declarar'), NSS (9 digits, 40% empty), Codigo Centro, Grado '3ro', Nivel,
Seccion, Tanda, Cedula Tutor '001-1234567-8' (11 digits, Luhn check digit; 6% empty), Nombre Tutor, Parentesco, Telefono
Tutor '809-555-1234' / '(829) 555-1234' / '8495551234', Provincia, Municipio, Sector, Calle, Numero ('14', '23-B',
's/n'), Observaciones (free text naming relatives with phones; a few name a great-grandmother aged 88-97)), calificaciones (3,400: ID SIGERD, Año Escolar '2025-2026', Asignatura, Periodo
P1-P4, Calificacion 0-100, Docente (teacher name, many rows), Cedula Docente), asistencia (2,400: ID SIGERD, Fecha,
Estado (Presente, Ausente, Tardanza, Excusa), Justificacion, Registrado por (teacher name)).
Deliberate coincidences: the surnames Santiago, Mella and Duarte beside the province Santiago, the sector Villa Mella and
the school 'Escuela Juan Pablo Duarte'; the given name Altagracia beside the 'Liceo Nuestra Senora de la Altagracia';
the given name Cristobal beside the province San Cristobal; the teacher Peña beside students surnamed Peña."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(900303)
GIVEN = ["Juan", "José", "Luis", "Cristóbal", "Miguel", "Ángel", "Yeison", "Wilkin", "Starlin", "Rafael", "Jeremy",
         "Enmanuel", "Joel", "Ramón", "Franklin", "Darwin", "Kelvin", "Anthony", "Manuel", "Elvis",
         "María", "Altagracia", "Yokasta", "Yudelka", "Rosa", "Dayana", "Nicole", "Esmeralda", "Mercedes", "Yaneris",
         "Ana", "Génesis", "Katherine", "Scarlet", "Yohanna", "Miguelina", "Paola", "Franchesca", "Lisbeth", "Carmen"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Rodríguez", "Pérez", "Martínez", "García", "Reyes", "Santana", "Ramírez", "Féliz", "Rosario", "De la Cruz",
          "Peña", "Sánchez", "Jiménez", "Báez", "Núñez", "Mejía", "Guzmán", "Tavárez", "Almonte", "Castillo",
          "Santiago", "Mella", "Duarte", "Encarnación", "Polanco", "Vásquez", "Batista", "Cuevas", "Mateo", "Paulino",
          "Brito", "Familia", "Valdez", "Ventura", "Frías", "Matos", "Adames", "Pujols", "Marte", "Cabrera"]
# regional, distrito, provincia, municipio, sectores, cedula prefixes
PLACES = [("10", "10-01", "Santo Domingo", "Santo Domingo Este", ["Los Mina", "Invivienda", "Villa Faro", "El Almirante"], ["001", "223", "402"]),
          ("10", "10-02", "Santo Domingo", "Santo Domingo Norte", ["Villa Mella", "Sabana Perdida", "Guaricano"], ["001", "223", "402"]),
          ("15", "15-03", "Distrito Nacional", "Santo Domingo de Guzmán", ["Cristo Rey", "Capotillo", "Gualey", "Villa Juana"], ["001", "402"]),
          ("08", "08-03", "Santiago", "Santiago de los Caballeros", ["Cienfuegos", "Pekín", "Los Pepines", "Gurabo"], ["031", "402"]),
          ("08", "08-05", "Santiago", "Tamboril", ["Canca La Piedra", "Centro"], ["031", "095"]),
          ("04", "04-01", "San Cristóbal", "San Cristóbal", ["Madre Vieja", "Canastica", "Lavapiés"], ["002", "402"])]
AREA = {"Santo Domingo": ["809", "829", "849"], "Distrito Nacional": ["809", "829", "849"], "Santiago": ["809", "829"],
        "San Cristóbal": ["809", "829", "849"]}
CALLES = ["Calle Duarte", "Calle 1ra", "Calle 3", "Calle Respaldo 5", "Calle Sánchez", "Av. Charles de Gaulle",
          "Calle El Sol", "Calle Mella", "Calle Las Flores", "Calle Prolongación 27 de Febrero", "Callejón 2",
          "Calle Restauración", "Av. Hermanas Mirabal", "Calle Altagracia"]
CENTRO_NAMES = ["Escuela Juan Pablo Duarte", "Liceo Nuestra Señora de la Altagracia", "Escuela Básica Los Mina",
                "Politécnico Padre Zegrí", "Escuela Hermanas Mirabal", "Liceo Matías Ramón Mella", "Escuela Salomé Ureña",
                "Centro Educativo Fe y Alegría", "Escuela Primaria Gregorio Luperón", "Liceo Técnico Profesional Gurabo",
                "Escuela Básica Cristo Rey", "Liceo Emilio Prud'Homme"]
SUBJ = ["Lengua Española", "Matemática", "Ciencias Sociales", "Ciencias de la Naturaleza", "Educación Artística",
        "Educación Física", "Formación Integral Humana y Religiosa", "Lenguas Extranjeras (Inglés)"]
GRADES = [("1ro", "Primario"), ("2do", "Primario"), ("3ro", "Primario"), ("4to", "Primario"), ("5to", "Primario"),
          ("6to", "Primario"), ("1ro", "Secundario"), ("2do", "Secundario"), ("3ro", "Secundario"), ("4to", "Secundario"),
          ("5to", "Secundario"), ("6to", "Secundario")]

def luhn_dv(d10):
    s = 0
    for i, ch in enumerate(d10):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v - 9 if v > 9 else v
    return (10 - s % 10) % 10

def cedula(prefixes):
    body = rnd.choice(prefixes) + "%07d" % rnd.randint(0, 9999999)
    return "%s-%s-%d" % (body[:3], body[3:], luhn_dv(body))

def phone(prov):
    a = rnd.choice(AREA[prov]); n = (rnd.randint(200, 999), rnd.randint(0, 9999))
    f = rnd.random()
    if f < 0.6:
        return "%s-%03d-%04d" % (a, n[0], n[1])
    if f < 0.8:
        return "(%s) %03d-%04d" % (a, n[0], n[1])
    return "%s%03d%04d" % (a, n[0], n[1])

def dmy(d):
    return d.strftime("%d/%m/%Y")

centros = []
for k, nm in enumerate(CENTRO_NAMES * 2):
    pl = PLACES[k % len(PLACES)]
    name = nm if k < len(CENTRO_NAMES) else nm.replace("Escuela", "Escuela Básica").replace("Liceo", "Liceo Vespertino") + " II"
    dirf = rnd.random() < 0.6
    centros.append(["%05d" % (pl[1].replace("-", "") and int(pl[0]) * 1000 + rnd.randint(0, 999)), name, pl[0], pl[1], pl[2],
                    pl[3], rnd.choice(pl[4]), phone(pl[2]),
                    ("Lic. " if rnd.random() < 0.7 else "Prof. ") + rnd.choice([g for g in GIVEN if (g in FEMALE) == dirf]) + " "
                    + rnd.choice(FAMILY) + " " + rnd.choice(FAMILY), pl])
seen = set()
for c in centros:
    while c[0] in seen:
        c[0] = "%05d" % (int(c[2]) * 1000 + rnd.randint(0, 999))
    seen.add(c[0])
TEACHERS = {}
for c in centros:
    TEACHERS[c[0]] = []
    for j in range(rnd.randint(3, 5)):
        f = rnd.random() < 0.7
        TEACHERS[c[0]].append(((rnd.choice(["Prof. ", "", "Lic. "])) + rnd.choice([g for g in GIVEN if (g in FEMALE) == f]) + " "
                               + ("Peña" if j == 0 and c[2] == "10" else rnd.choice(FAMILY)), cedula(c[9][5])))
REF = datetime.date(2026, 11, 30)
studs, ids = [], set()
for i in range(1100):
    c = rnd.choice(centros)
    pl = c[9]
    gi = rnd.randrange(len(GRADES))
    grado, nivel = GRADES[gi]
    born = datetime.date(2026 - 6 - gi - rnd.choice([0, 0, 0, 1, 1, 2]), rnd.randint(1, 12), rnd.randint(1, 28))
    age = REF.year - born.year - ((REF.month, REF.day) < (born.month, born.day))
    f = rnd.random() < 0.5
    nom = rnd.choice([g for g in GIVEN if (g in FEMALE) == f])
    if rnd.random() < 0.5:
        nom += " " + rnd.choice([g for g in GIVEN if (g in FEMALE) == f and g != nom])
    fam1, fam2 = rnd.choice(FAMILY), rnd.choice(FAMILY)
    ap = fam1 + " " + fam2 if rnd.random() < 0.9 else fam1
    while True:
        sid = "%09d" % rnd.randint(100000000, 999999999)
        if sid not in ids:
            ids.add(sid); break
    haitian = rnd.random() < 0.06
    acta = "" if rnd.random() < 0.08 else "Lib. %04d Fol. %04d Act. %05d Año %d" % (rnd.randint(1, 900), rnd.randint(1, 200),
                                                                                 rnd.randint(1, 99999), born.year + rnd.choice([0, 0, 1]))
    nss = "" if rnd.random() < 0.4 else "%09d" % rnd.randint(10**8, 10**9 - 1)
    tf = rnd.random() < 0.75
    rel = ("Madre" if tf else "Padre") if rnd.random() < 0.85 else rnd.choice(["Abuela", "Tía", "Abuelo", "Hermana"])
    tut = rnd.choice([g for g in GIVEN if (g in FEMALE) == (rel in ("Madre", "Abuela", "Tía", "Hermana"))]) + " " + \
        (fam1 if rel in ("Padre", "Abuelo") else fam2) + " " + rnd.choice(FAMILY)
    ced = "" if rnd.random() < 0.06 or haitian else cedula(pl[5])
    calle = rnd.choice(CALLES)
    num = rnd.choice(["%d" % rnd.randint(1, 150)] * 6 + ["%d-%s" % (rnd.randint(1, 99), rnd.choice("ABC")), "s/n", "Edif. %d Apto. %d%02d" % (rnd.randint(1, 30), rnd.randint(1, 4), rnd.randint(1, 4))])
    obs = ""
    r = rnd.random()
    if r < 0.1:
        obs = "Lo recoge su %s %s, tel. %s" % (rnd.choice(["abuela", "tía", "hermana mayor", "madrina"]),
                                                rnd.choice(sorted(FEMALE)), phone(pl[2]))
    elif r < 0.17:
        obs = rnd.choice(["Estudiante con NEAE, requiere apoyo", "Repitiente", "Pendiente acta de nacimiento",
                          "Beneficiario de Bono Escolar Estudiando Progreso", "Transferido desde otro centro", "Sobreedad"])
    elif r < 0.2:
        obs = "Vive con su bisabuela %s %s (%d años)" % (rnd.choice(sorted(FEMALE)), fam2, rnd.randint(88, 97))
    studs.append([sid, nom, ap, "F" if f else "M", dmy(born), str(age), "Haitiana" if haitian else "Dominicana", acta, nss,
                  c[0], grado, nivel, rnd.choice("ABCD"), rnd.choice(["Matutina", "Vespertina", "Extendida", "Extendida"]),
                  ced, tut, rel, phone(pl[2]) if rnd.random() < 0.95 else "", pl[2], pl[3], rnd.choice(pl[4]), calle, num, obs])
S_HEAD = ["ID SIGERD", "Nombres", "Apellidos", "Sexo", "Fecha de Nacimiento", "Edad", "Nacionalidad", "Acta de Nacimiento",
          "NSS", "Código Centro", "Grado", "Nivel", "Sección", "Tanda", "Cédula Tutor", "Nombre Tutor", "Parentesco",
          "Teléfono Tutor", "Provincia", "Municipio", "Sector", "Calle", "Número", "Observaciones"]
cal = []
for k in range(3400):
    s = rnd.choice(studs)
    t = rnd.choice(TEACHERS[s[9]])
    cal.append([s[0], "2025-2026", rnd.choice(SUBJ), "P%d" % rnd.randint(1, 4), str(max(40, min(100, int(rnd.gauss(78, 11))))),
                t[0], t[1]])
C_HEAD = ["ID SIGERD", "Año Escolar", "Asignatura", "Período", "Calificación", "Docente", "Cédula Docente"]
asis = []
for k in range(2400):
    s = rnd.choice(studs)
    t = rnd.choice(TEACHERS[s[9]])
    d = datetime.date(2025, 8, 25) + datetime.timedelta(days=rnd.randint(0, 300))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    est = rnd.choices(["Presente", "Ausente", "Tardanza", "Excusa"], weights=[80, 10, 6, 4])[0]
    just = ""
    if est == "Excusa":
        just = rnd.choice(["Cita médica", "Enfermedad (fiebre)", "Excusa firmada por la madre", "Luto familiar",
                           "Llamó la abuela %s, tel. %s" % (rnd.choice(sorted(FEMALE)), phone("Santiago"))])
    elif est == "Ausente" and rnd.random() < 0.3:
        just = "Sin justificar"
    asis.append([s[0], dmy(d), est, just, t[0]])
A_HEAD = ["ID SIGERD", "Fecha", "Estado", "Justificación", "Registrado por"]
N_HEAD = ["Código Centro", "Nombre del Centro", "Regional", "Distrito", "Provincia", "Municipio", "Sector", "Teléfono",
          "Director/a"]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\n")
        w.writerow(head)
        w.writerows([r[:len(head)] for r in rows])
write("centros", N_HEAD, centros)
write("estudiantes", S_HEAD, studs)
write("calificaciones", C_HEAD, cal)
write("asistencia", A_HEAD, asis)
L = {"centros": ["QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                 "NON_IDENTIFYING", "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NAME"],
     "estudiantes": ["OTHER_UNIQUE_IDENTIFIER", "GIVEN_NAME", "FAMILY_NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "AGE",
                     "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "SOCIAL_SECURITY_NUMBER", "QUASI_IDENTIFIER",
                     "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "NAME",
                     "NON_IDENTIFYING", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "CITY", "GEOGRAPHIC_SUBDIVISION",
                     "STREET_ADDRESS", "STREET_ADDRESS", "FREE_TEXT"],
     "calificaciones": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                        "NON_IDENTIFYING", "NAME", "NATIONAL_ID"],
     "asistencia": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "FREE_TEXT", "NAME"]}
HEADS = {"centros": N_HEAD, "estudiantes": S_HEAD, "calificaciones": C_HEAD, "asistencia": A_HEAD}
labels = {}
for t in ["centros", "estudiantes", "calificaciones", "asistencia"]:
    assert len(L[t]) == len(HEADS[t])
    for h, l in zip(HEADS[t], L[t]):
        labels[t + "." + h] = l
gold = {"dataset": "sigerd-do",
        "description": "Invented SIGERD-style school enrolment export of fictional Dominican public schools (breaker90), ',', dd/mm/aaaa: centros 24 (Código Centro, Nombre del Centro, Regional '10', Distrito '10-02', Provincia, Municipio, Sector, the school's Teléfono, Director/a), estudiantes 1,100 (ID SIGERD 9 digits, Nombres, Apellidos, sexo, Fecha de Nacimiento, Edad, nacionalidad, Acta de Nacimiento 'Lib. 0123 Fol. 0045 Act. 00234 Año 2014' (8% empty), NSS 9 digits (40% empty), Código Centro, Grado, Nivel, Sección, Tanda, Cédula Tutor '001-1234567-8' with its Luhn check digit (empty for some), Nombre Tutor, Parentesco, Teléfono Tutor '809-555-1234' / '(829) 555-1234' / '8495551234', Provincia, Municipio, Sector, Calle, Número ('14', '23-B', 's/n', 'Edif. 3 Apto. 201'), Observaciones naming relatives with phones and great-grandmothers aged 88-97), calificaciones 3,400 (ID SIGERD, Año Escolar, Asignatura, Período, Calificación, Docente, Cédula Docente), asistencia 2,400 (ID SIGERD, Fecha, Estado, Justificación (some naming a grandmother with a phone), Registrado por (teacher)). Labels: the school table is NON_IDENTIFYING except its code (QUASI_IDENTIFIER, as a provider number), its phone (TELEPHONE_NUMBER) and the director (NAME); a student's Código Centro QUASI_IDENTIFIER; ID SIGERD OTHER_UNIQUE_IDENTIFIER; Acta de Nacimiento CERTIFICATE_LICENSE_NUMBER; NSS SOCIAL_SECURITY_NUMBER; Cédula Tutor and Cédula Docente NATIONAL_ID; Provincia NON_IDENTIFYING; Municipio CITY; Sector GEOGRAPHIC_SUBDIVISION; Calle and Número STREET_ADDRESS. Coincidences: surnames Santiago, Mella, Duarte beside the province Santiago, the sector Villa Mella, the street Calle Mella and 'Escuela Juan Pablo Duarte'; given name Altagracia beside 'Liceo Nuestra Señora de la Altagracia' and 'Calle Altagracia'; given name Cristóbal beside the province San Cristóbal; teachers surnamed Peña beside students surnamed Peña.",
        "delimiter": ",", "entity": "estudiantes", "columns": labels,
        "foreignKeys": [{"column": "estudiantes.Código Centro", "references": "centros.Código Centro"},
                        {"column": "calificaciones.ID SIGERD", "references": "estudiantes.ID SIGERD"},
                        {"column": "asistencia.ID SIGERD", "references": "estudiantes.ID SIGERD"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Writes rut-consultorio-cl: an invented export of a Chilean primary-care centre (CESFAM) as its clinical record
system writes it for the monthly statistics (seeded, stdlib only), Spanish headers, ',' : 20 professionals (RUT written
12.345.678-K with the mod-11 check digit, K included; full names with Dr./Dra./Mat. titles, estamento, Superintendencia
registry number, e-mail) and 1,400 consultations of about 520 patients (RUN written 12345678K, N° ficha, nombres,
apellido paterno, apellido materno, fecha de nacimiento dd-mm-aaaa, edad incl. over 89, comuna, dirección, +56 phone,
previsión FONASA A-D / ISAPRE names / PRAIS, pueblo originario, sector, tipo de atención, CIE-10 code and description)
referring to the professional by RUT. Coincidences: the surname Puente beside the comuna Puente Alto, the given name
Victoria beside the comuna Victoria, the centre named after a person (CESFAM Dr. Alberto Reyes)."""
import csv, json, random, datetime
rnd = random.Random(380303)

def dv(n):
    s, f = 0, 2
    for d in reversed(str(n)):
        s += int(d) * f
        f = 2 if f == 7 else f + 1
    r = 11 - s % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)

def dotted(n):
    return "{:,}".format(n).replace(",", ".") + "-" + dv(n)

NOM_F = ["María José", "Camila", "Valentina", "Javiera", "Catalina", "Fernanda", "Constanza", "Victoria", "Isidora",
         "Rosa Elena", "Margarita", "Luisa", "Ximena", "Carolina Andrea", "Francisca", "Ayelén", "Antonella"]
NOM_M = ["José Luis", "Juan Pablo", "Matías", "Benjamín", "Vicente", "Sebastián", "Cristóbal", "Luis Alberto",
         "Héctor", "Segundo", "Nelson", "Ramón", "Agustín", "Tomás", "Bastián", "Lautaro"]
APE = ["González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales",
       "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo",
       "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez",
       "Carrasco", "Huenchullán", "Painemal", "Catrileo", "Millaqueo", "Puente", "Mamani", "Quispe"]
COMUNAS = [("Puente Alto", ["Av. Concha y Toro", "Pasaje Los Aromos", "Calle Eyzaguirre", "Av. San Carlos"]),
           ("La Florida", ["Av. Vicuña Mackenna", "Pasaje El Roble", "Av. Walker Martínez"]),
           ("Pirque", ["Camino El Principal", "Parcela Santa Rita"]),
           ("San José de Maipo", ["Camino al Volcán", "Calle Comercio"]),
           ("Victoria", ["Calle Pisagua", "Av. Lagos"])]
PREV = ["FONASA A"] * 6 + ["FONASA B"] * 9 + ["FONASA C"] * 4 + ["FONASA D"] * 4 + ["ISAPRE Banmédica", "ISAPRE Colmena",
        "ISAPRE Cruz Blanca", "ISAPRE Consalud", "ISAPRE Nueva Masvida", "ISAPRE Vida Tres", "PRAIS", "Particular"]
PUEBLO = ["Ninguno"] * 12 + ["Mapuche"] * 3 + ["Aymara", "Diaguita", "Quechua"]
SECTOR = ["Sector Verde", "Sector Azul", "Sector Amarillo", "Sector Rojo"]
# (tipo de atención, estamento, [(CIE-10, descripción)])
ATEN = [("Consulta de morbilidad", "Médico", [("J06.9", "Infección aguda de las vías respiratorias superiores, no especificada"),
         ("J02.9", "Faringitis aguda, no especificada"), ("M54.5", "Lumbago no especificado"), ("K29.7", "Gastritis, no especificada"),
         ("N39.0", "Infección de vías urinarias, sitio no especificado"), ("J20.9", "Bronquitis aguda, no especificada"),
         ("R51", "Cefalea"), ("L30.9", "Dermatitis, no especificada")]),
        ("Control cardiovascular (PSCV)", "Médico", [("I10", "Hipertensión esencial (primaria)"),
         ("E11.9", "Diabetes mellitus tipo 2, sin mención de complicación"), ("E78.5", "Hiperlipidemia, no especificada"),
         ("E66.9", "Obesidad, no especificada")]),
        ("Control prenatal", "Matrona", [("Z34.9", "Supervisión de embarazo normal no especificado"),
         ("O24.4", "Diabetes mellitus que se origina con el embarazo"), ("Z35.9", "Supervisión de embarazo de alto riesgo, sin otra especificación")]),
        ("Control ginecológico", "Matrona", [("Z30.4", "Supervisión del uso de drogas anticonceptivas"),
         ("Z12.4", "Examen de pesquisa especial para tumor del cuello uterino"), ("N95.1", "Estados menopáusicos y climatéricos femeninos")]),
        ("Consulta salud mental", "Psicólogo", [("F32.9", "Episodio depresivo, no especificado"), ("F41.1", "Trastorno de ansiedad generalizada"),
         ("F10.2", "Trastornos mentales y del comportamiento debidos al uso de alcohol: síndrome de dependencia")]),
        ("Control niño sano", "Enfermera", [("Z00.1", "Control de salud de rutina del niño")]),
        ("EMPAM", "Enfermera", [("Z00.0", "Examen médico general"), ("R54", "Senilidad")])]
TITLE = {"Médico": ("Dr.", "Dra."), "Matrona": ("Mat.", "Mat."), "Psicólogo": ("Ps.", "Ps."), "Enfermera": ("EU", "EU")}
ESTAMENTOS = ["Médico"] * 7 + ["Matrona"] * 5 + ["Psicólogo"] * 3 + ["Enfermera"] * 5
profs, seen = [], set()
for est in ESTAMENTOS:
    while True:
        male = rnd.random() < (0.05 if est in ("Matrona", "Enfermera") else 0.45)
        nom = rnd.choice(NOM_M if male else NOM_F)
        p, m = rnd.sample(APE, 2)
        if (nom, p) not in seen:
            seen.add((nom, p))
            break
    run = rnd.randint(9000000, 21000000)
    first = nom.split()[0]
    mail = (first + "." + p).lower()
    for a, b in zip("áéíóúñü", "aeiounu"):
        mail = mail.replace(a, b)
    profs.append([dotted(run), "%s %s %s %s" % (TITLE[est][0 if male else 1], nom, p, m), est,
                  str(rnd.randint(100000, 699999)), rnd.choice(SECTOR), mail + "@cesfamareyes.cl", rnd.choice(["44", "44", "33", "22"])])
patients, seen = [], set()
while len(patients) < 520:
    male = rnd.random() < 0.42
    nom = rnd.choice(NOM_M if male else NOM_F)
    p, m = rnd.choice(APE), rnd.choice(APE)
    if (nom, p, m) in seen:
        continue
    seen.add((nom, p, m))
    r = rnd.random()
    dob = datetime.date(rnd.randint(1928, 1934) if r < 0.05 else rnd.randint(1935, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    # RUN roughly follows the year of birth (issued at birth since the 1970s)
    base = 3000000 + (dob.year - 1928) * 250000 + rnd.randint(0, 249999)
    com, streets = rnd.choice(COMUNAS[:4]) if rnd.random() < 0.93 else COMUNAS[4]
    addr = "%s %d" % (rnd.choice(streets), rnd.randint(10, 3999)) + (" Depto %d" % rnd.randint(11, 1504) if rnd.random() < 0.2 else "")
    patients.append(dict(run="%d%s" % (base, dv(base)), ficha=str(rnd.randint(1000, 98000)), nom=nom, p=p, m=m, dob=dob,
                         sexo="Masculino" if male else "Femenino", com=com, addr=addr,
                         tel="+56 9 %04d %04d" % (rnd.randint(2000, 9999), rnd.randint(0, 9999)) if rnd.random() < 0.85 else "",
                         prev=rnd.choice(PREV), pueblo=rnd.choice(PUEBLO), sector=rnd.choice(SECTOR)))
rows = []
for k in range(1400):
    pt = patients[k] if k < len(patients) else rnd.choice(patients)
    fecha = datetime.date(2025, 1, 2) + datetime.timedelta(days=rnd.randint(0, 330))
    if fecha <= pt["dob"]:
        fecha = pt["dob"] + datetime.timedelta(days=rnd.randint(10, 60))
    edad = fecha.year - pt["dob"].year - ((fecha.month, fecha.day) < (pt["dob"].month, pt["dob"].day))
    choices = [a for a in ATEN if not (a[1] == "Matrona" and pt["sexo"] == "Masculino")
               and not (a[0] == "Control niño sano" and edad > 9) and not (a[0] == "EMPAM" and edad < 65)]
    tipo, est, dx = rnd.choice(choices)
    code, desc = rnd.choice(dx)
    prof = rnd.choice([q for q in profs if q[2] == est])
    rows.append([fecha, "%02d:%02d" % (rnd.randint(8, 16), rnd.choice([0, 15, 20, 30, 40, 45])), pt["run"], pt["ficha"], pt["nom"],
                 pt["p"], pt["m"], pt["dob"].strftime("%d-%m-%Y"), pt["sexo"], str(edad), pt["com"], pt["addr"], pt["tel"],
                 pt["prev"], pt["pueblo"], pt["sector"], tipo, code, desc, prof[0], prof[1], est, "CESFAM Dr. Alberto Reyes"])
rows.sort(key=lambda r: (r[0], r[1]))
for i, r in enumerate(rows):
    r[0] = r[0].strftime("%d-%m-%Y")
    r.insert(0, str(880001 + i * 3 + rnd.randint(0, 2)))
HP = ["RUT", "Nombre Completo", "Estamento", "N° Registro SIS", "Sector", "Correo Institucional", "Horas Contrato"]
HA = ["ID Atención", "Fecha Atención", "Hora", "RUN Paciente", "N° Ficha", "Nombres", "Apellido Paterno", "Apellido Materno",
      "Fecha de Nacimiento", "Sexo", "Edad", "Comuna", "Dirección", "Teléfono", "Previsión", "Pueblo Originario", "Sector",
      "Tipo de Atención", "Diagnóstico CIE-10", "Descripción Diagnóstico", "RUT Profesional", "Profesional", "Estamento",
      "Establecimiento"]
for f, h, rs in [("profesionales", HP, profs), ("atenciones", HA, rows)]:
    with open(f + ".csv", "w", encoding="utf-8", newline="") as o:
        w = csv.writer(o, lineterminator="\n")
        w.writerow(h)
        w.writerows(rs)
LP = ["NATIONAL_ID", "NAME", "NON_IDENTIFYING", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING", "EMAIL_ADDRESS", "NON_IDENTIFYING"]
LA = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NATIONAL_ID", "MEDICAL_RECORD_NUMBER", "GIVEN_NAME", "FAMILY_NAME", "FAMILY_NAME",
      "DATE_OF_BIRTH", "NON_IDENTIFYING", "AGE", "CITY", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "NAME", "NON_IDENTIFYING",
      "NON_IDENTIFYING"]
cols = {}
for t, h, l in [("profesionales", HP, LP), ("atenciones", HA, LA)]:
    for c, x in zip(h, l):
        cols[t + "." + c] = x
gold = {"dataset": "rut-consultorio-cl",
        "description": "Invented Chilean CESFAM export, Spanish headers, ',': 20 professionals (RUT 12.345.678-K mod-11, names with "
                       "Dr./Dra./Mat./Ps./EU titles, estamento, registry number, e-mail) and 1,400 consultations of 520 patients (RUN "
                       "12345678K, N° ficha, nombres, apellidos paterno/materno, fecha de nacimiento dd-mm-aaaa, edad incl. over 89, comuna, "
                       "dirección, +56 9 phone, previsión FONASA/ISAPRE/PRAIS, pueblo originario, CIE-10 code and description) referring to "
                       "the professional by RUT",
        "delimiter": ",", "entity": "atenciones", "columns": cols,
        "foreignKeys": [{"column": "atenciones.RUT Profesional", "references": "profesionales.RUT"}]}
with open("gold.json", "w", encoding="utf-8") as o:
    json.dump(gold, o, indent=2, ensure_ascii=False)
    o.write("\n")

#!/usr/bin/env python3
"""Writes ci-salud-uy: an invented export of a FICTIONAL Uruguayan mutualista (IAMC, a member-owned health provider)
(seeded, stdlib only), ';' as Excel in a Spanish locale writes CSV, decimal commas, dates dd/mm/yyyy, Spanish headers
as Uruguayan systems print them. sedes (7 branches: code, name, address, localidad, departamento, phone '2901 2345',
director técnico), medicos (34 doctors: code 'M-0123', name 'Dra. Lucía Rivera', specialty, Caja Profesional number,
branch), socios (1,180 members: 'Nº socio', 'C.I.' '1.234.567-2' with its check digit (weights 2987634, mod 10;
older members with six-digit numbers '734.567-1'), Primer apellido, Segundo apellido (5% empty), Nombres (40% two),
sex, 'Fecha nac.' (some over 89), age, address 'Av. Rivera 2345 apto 501', barrio, localidad, departamento, landline
'2901 2345' / '4622 1234', mobile '099 123 456', e-mail, FONASA Sí/No, affiliation type, date joined, médico de
referencia (staff, many rows), emergencia móvil), consultas (4,100 visits: number, Nº socio, date, time, doctor code,
branch, type, 'Motivo de consulta' free text (sometimes naming a companion, a carer or a phone), CIE-10 and its text,
'Orden' fee '370,00', weight '72,5', blood pressure). Deliberate coincidences: the surnames Rivera, Artigas and Rocha
beside the departamentos and cities Rivera, Artigas and Rocha and the streets 'Av. Rivera' and 'Bvar. Artigas'; the
given names Mercedes, Dolores and Rosario beside the cities Mercedes, Dolores and Rosario and the branch 'Sede
Mercedes'; doctors surnamed Rivera/Rocha beside members so surnamed; the streets Colonia and Canelones beside the
departamentos Colonia and Canelones."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(840202)
GIVEN = [("María", "F"), ("Ana", "F"), ("Lucía", "F"), ("Mercedes", "F"), ("Dolores", "F"), ("Rosario", "F"),
         ("Valentina", "F"), ("Sofía", "F"), ("Florencia", "F"), ("Carolina", "F"), ("Laura", "F"), ("Graciela", "F"),
         ("Silvia", "F"), ("Mónica", "F"), ("Beatriz", "F"), ("Natalia", "F"), ("Camila", "F"), ("Martina", "F"),
         ("Elena", "F"), ("Gabriela", "F"), ("Juan", "M"), ("José", "M"), ("Carlos", "M"), ("Luis", "M"), ("Jorge", "M"),
         ("Martín", "M"), ("Diego", "M"), ("Pablo", "M"), ("Sebastián", "M"), ("Nicolás", "M"), ("Gonzalo", "M"),
         ("Santiago", "M"), ("Federico", "M"), ("Rodrigo", "M"), ("Walter", "M"), ("Washington", "M"), ("Néstor", "M"),
         ("Mateo", "M"), ("Hugo", "M"), ("Alberto", "M")]
FAMILY = ["Rodríguez", "González", "Fernández", "Pérez", "García", "Martínez", "López", "Sosa", "Silva", "Rivera",
          "Artigas", "Rocha", "Pereira", "Suárez", "Álvarez", "Gómez", "Díaz", "Cabrera", "Núñez", "Acosta", "Olivera",
          "Ramos", "Castro", "Techera", "Méndez", "Viera", "Ferreira", "De León", "Da Silva", "Cardozo", "Benítez",
          "Píriz", "Larrosa", "Bentancor"]
# departamento, localidad, landline prefix, barrios, streets, weight
PLACES = [("Montevideo", "Montevideo", "2", ["Pocitos", "Cordón", "Centro", "Malvín", "La Blanqueada", "Cerro",
            "Paso Molino", "Unión", "Buceo", "Parque Rodó", "Tres Cruces", "Prado"],
           ["Av. Rivera", "Bvar. Artigas", "Av. 18 de Julio", "Av. Brasil", "Benito Blanco", "Juan Paullier",
            "Av. Italia", "Av. Millán", "Colonia", "Canelones", "Rocha", "Av. Gral. Flores", "José Ellauri"], 55),
          ("Canelones", "Las Piedras", "2", ["Centro", "Barrio Obelisco", "Pueblo Nuevo"], ["Av. Artigas", "Lavalleja", "Batlle y Ordóñez"], 8),
          ("Canelones", "Ciudad de la Costa", "2", ["Solymar", "Lagomar", "El Pinar", "Shangrilá"], ["Av. Giannattasio", "Av. Calcagno", "Rivera"], 8),
          ("Rivera", "Rivera", "462", ["Centro", "Barrio Rivera Chico", "Santa Isabel"], ["Sarandí", "Agraciada", "Av. Artigas", "Ituzaingó"], 6),
          ("Artigas", "Artigas", "477", ["Centro", "Barrio Rivera", "Pintadito"], ["Garzón", "Lecueder", "Av. Rivera"], 4),
          ("Artigas", "Bella Unión", "779", ["Centro", "Las Piedras"], ["Artigas", "Treinta y Tres"], 2),
          ("Rocha", "Rocha", "447", ["Centro", "Barrio Lavalleja"], ["25 de Agosto", "Ramírez", "Artigas"], 4),
          ("Rocha", "Chuy", "447", ["Centro"], ["Av. Brasil", "Laguna Merín"], 2),
          ("Soriano", "Mercedes", "453", ["Centro", "Cerro"], ["Colón", "Giménez", "Rivera"], 5),
          ("Soriano", "Dolores", "453", ["Centro"], ["Asencio", "Rivera", "Artigas"], 3),
          ("Colonia", "Rosario", "455", ["Centro", "Barrio Artigas"], ["Gral. Artigas", "Rivera", "Treinta y Tres"], 3)]
SEDES = [["S01", "Sede Central", "Av. 18 de Julio 1850", "Montevideo", "Montevideo", "2901 2345", "Dr. Gustavo Rocha"],
         ["S02", "Policlínica Pocitos", "Benito Blanco 1112", "Montevideo", "Montevideo", "2709 4410", "Dra. Silvia Méndez"],
         ["S03", "Policlínica Cerro", "Carlos María Ramírez 512", "Montevideo", "Montevideo", "2311 0870", "Dra. Silvia Méndez"],
         ["S04", "Sede Las Piedras", "Av. Artigas 640", "Las Piedras", "Canelones", "2364 9021", "Dr. Pablo Larrosa"],
         ["S05", "Sede Rivera", "Sarandí 480", "Rivera", "Rivera", "4622 3310", "Dr. Gustavo Rocha"],
         ["S06", "Sede Mercedes", "Colón 214", "Mercedes", "Soriano", "4532 2088", "Dr. Néstor Píriz"],
         ["S07", "Sede Rocha", "25 de Agosto 117", "Rocha", "Rocha", "4472 5561", "Dr. Néstor Píriz"]]
SEDE_OF = {"Montevideo": ["S01", "S02", "S03"], "Las Piedras": ["S04"], "Ciudad de la Costa": ["S04", "S01"],
           "Rivera": ["S05"], "Artigas": ["S05"], "Bella Unión": ["S05"], "Rocha": ["S07"], "Chuy": ["S07"],
           "Mercedes": ["S06"], "Dolores": ["S06"], "Rosario": ["S06", "S01"]}
DOCS = [("Lucía Rivera", "F"), ("Martín Rocha", "M"), ("Graciela Techera", "F"), ("Federico Ramos", "M"), ("Ana Cabrera", "F"),
        ("Diego Viera", "M"), ("Mónica Larrosa", "F"), ("Alejandro Bianchi", "M"), ("Carolina Suárez", "F"), ("Pablo Olivera", "M"),
        ("Virginia Castro", "F"), ("Andrés Rivera", "M"), ("Paula Ferreira", "F"), ("Ignacio Benítez", "M"), ("Cecilia Núñez", "F"),
        ("Marcelo Acosta", "M"), ("Verónica Gómez", "F"), ("Gerardo Sosa", "M"), ("Leticia Cardozo", "F"), ("Fabián Méndez", "M"),
        ("Natalia Píriz", "F"), ("Álvaro De León", "M"), ("Inés Bentancor", "F"), ("Ricardo Pereira", "M"), ("Soledad Díaz", "F"),
        ("Hernán Silva", "M"), ("Mariana López", "F"), ("Gustavo Rocha", "M"), ("Rosana Álvarez", "F"), ("Daniel Martínez", "M"),
        ("Lorena García", "F"), ("Sergio Techera", "M"), ("Alicia Fernández", "F"), ("Jorge Artigas", "M")]
SPEC = ["Medicina General", "Medicina General", "Medicina Familiar", "Pediatría", "Ginecología", "Medicina Interna",
        "Cardiología", "Traumatología", "Dermatología", "Psiquiatría", "Endocrinología"]
CIE = [("I10", "Hipertensión esencial (primaria)"), ("E11.9", "Diabetes mellitus tipo 2 sin complicaciones"),
       ("J06.9", "Infección aguda de las vías respiratorias superiores"), ("M54.5", "Lumbago no especificado"),
       ("J45.9", "Asma no especificada"), ("F41.1", "Trastorno de ansiedad generalizada"), ("F32.9", "Episodio depresivo no especificado"),
       ("K29.7", "Gastritis no especificada"), ("N39.0", "Infección de vías urinarias, sitio no especificado"),
       ("E78.5", "Hiperlipidemia no especificada"), ("Z00.0", "Examen médico general"), ("J02.9", "Faringitis aguda no especificada"),
       ("R51", "Cefalea"), ("M17.9", "Gonartrosis no especificada"), ("L20.9", "Dermatitis atópica no especificada"),
       ("I48", "Fibrilación y aleteo auricular"), ("Z76.0", "Consulta para repetición de receta"), ("U07.1", "COVID-19, virus identificado")]
MOTIVOS = ["Control de HTA", "Control de diabetes, trae glicemias", "Dolor lumbar de 3 días de evolución", "Tos y fiebre de 48 hs",
           "Repetición de medicación crónica", "Control en salud, carné de salud", "Dolor de garganta", "Cefalea intensa",
           "Ardor miccional", "Control de resultados de laboratorio", "Ansiedad, insomnio", "Dolor de rodilla derecha",
           "Lesiones en piel", "Palpitaciones", "Control pediátrico", "Solicita certificado para el trabajo"]
EMERG = ["SEMM", "UCM", "Emergencia Uno", "SUAT", "Cardio Móvil", ""]

def ci(used, old=False):
    while True:
        n = rnd.randint(600000, 999999) if old else rnd.randint(1500000, 6499999)
        ds = "%07d" % n
        chk = (10 - sum(int(a) * b for a, b in zip(ds, [2, 9, 8, 7, 6, 3, 4])) % 10) % 10
        if n not in used:
            used.add(n)
            s = "{:,}".format(n).replace(",", ".")
            return "%s-%d" % (s, chk)
def dec(x, d=2):
    return ("%.*f" % (d, x)).replace(".", ",")
def landline(pre):
    rest = "".join(str(rnd.randint(0, 9)) for _ in range(8 - len(pre)))
    n = pre + rest
    return n[:4] + " " + n[4:]
def mobile():
    n = "09" + str(rnd.choice([1, 4, 5, 6, 8, 9])) + "%06d" % rnd.randint(100000, 999999)
    st = rnd.random()
    if st < 0.65:
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if st < 0.85:
        return n
    return "+598 %s %s %s" % (n[1:3], n[3:6], n[6:])
def ascii_mail(s):
    return s.lower().translate(str.maketrans("áéíóúñü ", "aeiounu.")).replace("..", ".")
def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

SH = ["Cód. sede", "Sede", "Dirección", "Localidad", "Departamento", "Teléfono", "Director técnico"]
MH = ["Cód. médico", "Médico", "Especialidad", "Nº Caja Profesional", "Cód. sede"]
meds = []
for k, (nm, sx) in enumerate(DOCS):
    meds.append(["M-%04d" % (101 + k * 7 + rnd.randint(0, 6)), ("Dra. " if sx == "F" else "Dr. ") + nm,
                 "Medicina General" if k < 8 else rnd.choice(SPEC), str(rnd.randint(40000, 129999)),
                 SEDES[k % 7][0]])
GP = [m for m in meds if m[2] in ("Medicina General", "Medicina Familiar", "Medicina Interna")]

PH = ["Nº socio", "C.I.", "Primer apellido", "Segundo apellido", "Nombres", "Sexo", "Fecha nac.", "Edad", "Dirección",
      "Barrio", "Localidad", "Departamento", "Teléfono", "Celular", "Correo electrónico", "FONASA", "Tipo de afiliación",
      "Fecha de ingreso", "Médico de referencia", "Emergencia móvil"]
today = datetime.date(2025, 3, 1)
used_ci, used_soc = set(), set()
socios = []
for k in range(1180):
    g1 = rnd.choice(GIVEN); sx = g1[1]
    names = g1[0]
    if rnd.random() < 0.4:
        g2 = rnd.choice([g for g in GIVEN if g[1] == sx and g[0] != g1[0]])
        names += " " + g2[0]
    a1 = rnd.choice(FAMILY); a2 = rnd.choice(FAMILY) if rnd.random() > 0.05 else ""
    r = rnd.random()
    age = rnd.randint(0, 17) if r < 0.2 else rnd.randint(18, 64) if r < 0.72 else rnd.randint(65, 89) if r < 0.975 else rnd.randint(90, 102)
    born = today - datetime.timedelta(days=age * 365 + rnd.randint(0, 364))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    dep, loc, pre, barrios, streets, _ = rnd.choices(PLACES, [p[5] for p in PLACES])[0]
    st = rnd.choice(streets)
    addr = "%s %d" % (st, rnd.randint(100, 4999))
    if dep == "Montevideo" and rnd.random() < 0.55:
        addr += rnd.choice([" apto %d0%d" % (rnd.randint(1, 12), rnd.randint(1, 4)), " ap. %d" % rnd.randint(1, 20), " esq. %s" % rnd.choice(streets)])
    while True:
        soc = "%06d" % rnd.randint(10000, 399999)
        if soc not in used_soc:
            used_soc.add(soc); break
    fon = "Sí" if 18 <= age < 70 and rnd.random() < 0.8 or age < 18 and rnd.random() < 0.7 else "No"
    tipo = "FONASA" if fon == "Sí" else rnd.choice(["Individual", "Individual", "Colectivo", "Vitalicio"])
    joined = max(born, today - datetime.timedelta(days=rnd.randint(30, 14000)))
    mail = ""
    if rnd.random() < 0.55 and age >= 16:
        mail = "%s.%s%s@%s" % (ascii_mail(names.split()[0]), ascii_mail(a1), rnd.choice(["", str(rnd.randint(1, 99))]),
                               rnd.choice(["gmail.com", "adinet.com.uy", "hotmail.com", "vera.com.uy"]))
    socios.append([soc, ci(used_ci, old=age > 75 and rnd.random() < 0.6), a1, a2, names, "F" if sx == "F" else "M",
                   born.strftime("%d/%m/%Y"), str(age), addr, rnd.choice(barrios), loc, dep,
                   landline(pre) if rnd.random() < 0.45 else "", mobile() if rnd.random() < 0.88 else "", mail, fon, tipo,
                   joined.strftime("%d/%m/%Y"), rnd.choice(GP)[1] if rnd.random() < 0.85 else "", rnd.choice(EMERG),
                   ])

CH = ["Nº consulta", "Nº socio", "Fecha", "Hora", "Cód. médico", "Cód. sede", "Tipo", "Motivo de consulta", "CIE-10",
      "Diagnóstico", "Orden ($)", "Peso (kg)", "PA"]
cons = []
nc = 2250000
for k in range(4100):
    s = rnd.choice(socios)
    loc = s[10]
    sede = rnd.choice(SEDE_OF[loc])
    docs = [m for m in meds if m[4] == sede] or meds
    d = rnd.choice(docs)
    tipo = rnd.choices(["Policlínica", "Urgencia", "Domicilio", "Telemedicina"], [70, 15, 8, 7])[0]
    date = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 420))
    nc += rnd.randint(1, 9)
    cie = rnd.choice(CIE)
    mot = rnd.choice(MOTIVOS)
    r = rnd.random()
    if r < 0.05:
        rel = rnd.choice(GIVEN)
        mot += ". Concurre acompañado/a por su %s %s %s" % ("hijo" if rel[1] == "M" else "hija", rel[0], s[2])
    elif r < 0.08:
        mot += ". Cuidadora: Sra. %s %s, cel. %s" % (rnd.choice([g for g in GIVEN if g[1] == "F"])[0], rnd.choice(FAMILY), mobile())
    elif r < 0.10:
        mot += ". Derivado por Dr. %s" % rnd.choice(DOCS)[0]
    elif r < 0.12:
        mot += ". Paciente %s %s refiere caída en domicilio" % (s[4].split()[0], s[2])
    age = int(s[7])
    w = rnd.uniform(3, 30) if age < 12 else rnd.uniform(50, 105)
    pa = "%d/%d" % (rnd.randint(100, 170), rnd.randint(60, 100)) if age >= 15 and rnd.random() < 0.7 else ""
    orden = {"Policlínica": "370,00", "Urgencia": "520,00", "Domicilio": "610,00", "Telemedicina": "185,00"}[tipo]
    if s[15] == "Sí" and age < 18:
        orden = "0,00"
    cons.append(["%d" % nc, s[0], date.strftime("%d/%m/%Y"), "%02d:%02d" % (rnd.randint(7, 21), rnd.choice([0, 15, 20, 30, 40, 45])),
                 d[0], sede, tipo, mot, cie[0], cie[1], orden, dec(w, 1) if rnd.random() < 0.8 else "", pa])

write("sedes", SH, SEDES)
write("medicos", MH, meds)
write("socios", PH, socios)
write("consultas", CH, cons)

L = {"sedes": {"Cód. sede": "NON_IDENTIFYING", "Sede": "NON_IDENTIFYING", "Dirección": "STREET_ADDRESS", "Localidad": "CITY",
               "Departamento": "NON_IDENTIFYING", "Teléfono": "TELEPHONE_NUMBER", "Director técnico": "NAME"},
     "medicos": {"Cód. médico": "QUASI_IDENTIFIER", "Médico": "NAME", "Especialidad": "NON_IDENTIFYING",
                 "Nº Caja Profesional": "QUASI_IDENTIFIER", "Cód. sede": "NON_IDENTIFYING"},
     "socios": {"Nº socio": "HEALTH_PLAN_BENEFICIARY_NUMBER", "C.I.": "NATIONAL_ID", "Primer apellido": "FAMILY_NAME",
                "Segundo apellido": "FAMILY_NAME", "Nombres": "GIVEN_NAME", "Sexo": "NON_IDENTIFYING", "Fecha nac.": "DATE_OF_BIRTH",
                "Edad": "AGE", "Dirección": "STREET_ADDRESS", "Barrio": "GEOGRAPHIC_SUBDIVISION", "Localidad": "CITY",
                "Departamento": "NON_IDENTIFYING", "Teléfono": "TELEPHONE_NUMBER", "Celular": "TELEPHONE_NUMBER",
                "Correo electrónico": "EMAIL_ADDRESS", "FONASA": "NON_IDENTIFYING", "Tipo de afiliación": "NON_IDENTIFYING",
                "Fecha de ingreso": "DATE", "Médico de referencia": "NAME", "Emergencia móvil": "NON_IDENTIFYING"},
     "consultas": {"Nº consulta": "OTHER_UNIQUE_IDENTIFIER", "Nº socio": "HEALTH_PLAN_BENEFICIARY_NUMBER", "Fecha": "DATE",
                   "Hora": "DATE", "Cód. médico": "QUASI_IDENTIFIER", "Cód. sede": "NON_IDENTIFYING", "Tipo": "NON_IDENTIFYING",
                   "Motivo de consulta": "FREE_TEXT", "CIE-10": "NON_IDENTIFYING", "Diagnóstico": "NON_IDENTIFYING",
                   "Orden ($)": "NON_IDENTIFYING", "Peso (kg)": "NON_IDENTIFYING", "PA": "NON_IDENTIFYING"}}
cols = {}
for t, h in (("sedes", SH), ("medicos", MH), ("socios", PH), ("consultas", CH)):
    for c in h:
        cols[t + "." + c] = L[t][c]
gold = {"dataset": "ci-salud-uy",
        "description": "Invented export of a fictional Uruguayan mutualista (breaker84), ';', decimal commas, dd/mm/yyyy, Spanish headers: sedes 7 (code, name, address, localidad, departamento, phone '2901 2345', director técnico), medicos 34 (code 'M-0123', 'Dra. Lucía Rivera', specialty, Caja Profesional number, branch), socios 1,180 (Nº socio 6 digits, C.I. '1.234.567-2' with its check digit (weights 2987634, mod 10; old members '734.567-1'), Primer apellido, Segundo apellido, Nombres (40% two), sex, Fecha nac. (2.5% over 89), Edad, 'Av. Rivera 2345 apto 501', barrio, localidad, departamento, landline '2901 2345'/'4622 1234', mobile '099 123 456'/'099123456'/'+598 99 123 456', e-mail, FONASA Sí/No, affiliation type, date joined, Médico de referencia (staff, many rows), emergencia móvil), consultas 4,100 (number, Nº socio, Fecha, Hora, doctor code, branch code, type, Motivo de consulta free text (12% name a relative, a carer with a phone, a referring doctor or the patient), CIE-10 and Spanish text, Orden fee '370,00', weight '72,5', PA '130/80'). Labels: Nº socio HEALTH_PLAN_BENEFICIARY_NUMBER (membership number of the health plan); doctor codes and Caja Profesional numbers QUASI_IDENTIFIER (as providers' ids and NPIs in other sets); doctors and directors NAME (staff convention); branch address, phone identifiers (organisation convention); Departamento NON_IDENTIFYING (first-level division, like a state); Barrio GEOGRAPHIC_SUBDIVISION; Hora DATE. Coincidences: surnames Rivera, Artigas, Rocha beside the departamentos/cities Rivera, Artigas, Rocha and the streets 'Av. Rivera', 'Bvar. Artigas', 'Rocha' and barrios 'Barrio Rivera', 'Barrio Artigas'; given names Mercedes, Dolores, Rosario beside the cities Mercedes, Dolores, Rosario and 'Sede Mercedes'; doctors surnamed Rivera/Rocha/Artigas beside members so surnamed; streets Colonia and Canelones beside those departamentos",
        "delimiter": ";", "entity": "socios", "columns": cols,
        "foreignKeys": [{"column": "medicos.Cód. sede", "references": "sedes.Cód. sede"},
                        {"column": "consultas.Nº socio", "references": "socios.Nº socio"},
                        {"column": "consultas.Cód. médico", "references": "medicos.Cód. médico"},
                        {"column": "consultas.Cód. sede", "references": "sedes.Cód. sede"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

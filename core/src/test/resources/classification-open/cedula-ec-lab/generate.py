#!/usr/bin/env python3
"""Writes cedula-ec-lab: an invented export of a fictional Ecuadorian clinical laboratory's LIS (seeded, stdlib only),
',' separated, Spanish headers. pacientes 460 (cédula of 10 digits: province 01-24 or 30, third digit under 6, mod-10
check digit as the Registro Civil computes it; apellidos and nombres, fecha de nacimiento dd/mm/aaaa, edad incl. over
89, provincia code and name, cantón, parroquia, dirección, celular 09xxxxxxxx, correo), medicos 24 (registro SENESCYT
of the title 1005-2014-1234567 and registro ACESS/MSP libro-folio-número, nombre, especialidad), ordenes 940
(NRO_ORDEN, the cédula, fecha/hora, médico by SENESCYT number and name, servicio, prioridad, aseguradora IESS/MSP/
privado), resultados 2,950 (NRO_ORDEN, LOINC code with its mod-10 check digit, examen, valor numeric with decimal point,
unidad, rango de referencia, bandera H/L, fecha de validación, validado por (a lab technologist's name))."""
import csv, json, random, datetime, os
rnd = random.Random(593)
HERE = os.path.dirname(os.path.abspath(__file__))
PROV = [("01", "AZUAY", ["CUENCA", "GUALACEO", "PAUTE"]), ("02", "BOLIVAR", ["GUARANDA", "SAN MIGUEL"]), ("07", "EL ORO", ["MACHALA", "PASAJE", "SANTA ROSA"]),
        ("09", "GUAYAS", ["GUAYAQUIL", "DURAN", "SAMBORONDON", "DAULE"]), ("11", "LOJA", ["LOJA", "CATAMAYO"]), ("13", "MANABI", ["PORTOVIEJO", "MANTA", "SUCRE"]),
        ("17", "PICHINCHA", ["QUITO", "QUITO", "QUITO", "RUMIÑAHUI", "MEJIA", "CAYAMBE"]), ("18", "TUNGURAHUA", ["AMBATO", "PELILEO"]),
        ("23", "SANTO DOMINGO DE LOS TSACHILAS", ["SANTO DOMINGO"]), ("24", "SANTA ELENA", ["SANTA ELENA", "LA LIBERTAD", "SALINAS"])]
PARR = {"QUITO": ["IÑAQUITO", "CHILLOGALLO", "LA MAGDALENA", "COTOCOLLAO", "CUMBAYA", "CONOCOTO", "CALDERON"], "GUAYAQUIL": ["TARQUI", "XIMENA", "FEBRES CORDERO", "PASCUALES"],
        "CUENCA": ["EL VECINO", "YANUNCAY", "TOTORACOCHA"]}
CALLES = ["AV. 10 DE AGOSTO", "AV. AMAZONAS", "CALLE SUCRE", "AV. DE LOS SHYRIS", "CALLE BOLIVAR", "AV. 6 DE DICIEMBRE", "CALLE GARCIA MORENO", "AV. NAPO", "CALLE ROCAFUERTE", "AV. MALDONADO"]
GIV_M = ["Luis", "Jorge", "Carlos", "Segundo", "Wilson", "Byron", "Kevin", "Bryan", "Marco", "Fausto", "Patricio", "Santiago", "Mateo", "Galo", "Washington", "Darwin"]
GIV_F = ["María", "Rosa", "Gabriela", "Verónica", "Mayra", "Tatiana", "Jessica", "Elena", "Lorena", "Mishell", "Dayana", "Fernanda", "Blanca", "Narcisa", "Alexandra", "Soledad"]
FAM = ["Guamán", "Quishpe", "Chicaiza", "Tipán", "Andrade", "Villacís", "Cevallos", "Zambrano", "Mendoza", "Loor", "Bolívar", "Sucre", "Pazmiño", "Carrión", "Vaca",
       "Toapanta", "Yépez", "Salazar", "Moreira", "Cedeño", "Ochoa", "Loja", "Guerrero", "Almeida"]
LOINC = [("2345-7", "GLUCOSA EN AYUNAS", "mg/dL", 70, 110, 60, 260, 0), ("718-7", "HEMOGLOBINA", "g/dL", 12.0, 16.5, 8, 18, 1), ("4544-3", "HEMATOCRITO", "%", 36, 48, 25, 55, 1),
         ("6690-2", "LEUCOCITOS", "10^3/uL", 4.5, 11.0, 2.5, 19, 2), ("777-3", "PLAQUETAS", "10^3/uL", 150, 450, 80, 600, 0), ("2160-0", "CREATININA", "mg/dL", 0.6, 1.3, 0.4, 4.5, 2),
         ("3094-0", "UREA NITROGENO (BUN)", "mg/dL", 7, 20, 4, 60, 1), ("2093-3", "COLESTEROL TOTAL", "mg/dL", 0, 200, 120, 320, 0), ("2571-8", "TRIGLICERIDOS", "mg/dL", 0, 150, 50, 480, 0),
         ("2085-9", "COLESTEROL HDL", "mg/dL", 40, 60, 22, 85, 0), ("1742-6", "TGP (ALT)", "U/L", 7, 56, 5, 210, 0), ("1920-8", "TGO (AST)", "U/L", 8, 48, 6, 190, 0),
         ("4548-4", "HEMOGLOBINA GLICOSILADA A1C", "%", 4.0, 5.6, 4.2, 12.5, 1), ("3016-3", "TSH", "uUI/mL", 0.4, 4.0, 0.05, 12, 2), ("3084-1", "ACIDO URICO", "mg/dL", 3.5, 7.2, 2, 11, 1),
         ("2951-2", "SODIO", "mmol/L", 135, 145, 125, 152, 0), ("2823-3", "POTASIO", "mmol/L", 3.5, 5.1, 2.8, 6.4, 1)]
ESP = ["MEDICINA GENERAL", "MEDICINA INTERNA", "ENDOCRINOLOGIA", "GINECOLOGIA Y OBSTETRICIA", "PEDIATRIA", "MEDICINA FAMILIAR", "CARDIOLOGIA", "NEFROLOGIA"]
def cedula(prov):
    while True:
        d9 = prov + str(rnd.randint(0, 5)) + "%06d" % rnd.randint(0, 999999)
        s = 0
        for i, ch in enumerate(d9):
            v = int(ch) * (2 if i % 2 == 0 else 1)
            s += v - 9 if v > 9 else v
        c = (10 - s % 10) % 10
        return d9 + str(c)
def d(x): return x.strftime("%d/%m/%Y")
used = set()
def uniq_ced(prov):
    while True:
        c = cedula(prov)
        if c not in used: used.add(c); return c
medicos = []
for i in range(24):
    male = rnd.random() < 0.5
    yr = rnd.randint(1996, 2023)
    sen = "%s-%d-%07d" % (rnd.choice(["1005", "1027", "1001", "1032", "1018"]), yr, rnd.randint(1000000, 1999999))
    acess = "Libro %d Folio %d Nº %d" % (rnd.randint(1, 12), rnd.randint(1, 400), rnd.randint(1, 9999))
    nombre = "%s %s %s %s" % (rnd.choice(GIV_M if male else GIV_F), rnd.choice(GIV_M if male else GIV_F), rnd.choice(FAM), rnd.choice(FAM))
    medicos.append([sen, acess, ("Dr. " if male else "Dra. ") + nombre, uniq_ced(rnd.choice(PROV)[0]), rnd.choice(ESP), rnd.choice(["HOSPITAL METROPOLITANO", "CLINICA PASTEUR", "CENTRO MEDICO MERIDIANO", "CONSULTORIO PRIVADO", "HOSPITAL DE LOS VALLES"])])
pac = []
today = datetime.date(2026, 12, 1)
for i in range(460):
    male = rnd.random() < 0.47
    p = rnd.choice(PROV + [PROV[6]] * 6 + [PROV[3]] * 3)
    born = today - datetime.timedelta(days=rnd.choice([rnd.randint(365, 17 * 365)] + [rnd.randint(18 * 365, 88 * 365)] * 8 + [rnd.randint(90 * 365, 101 * 365)]))
    edad = (today - born).days // 365
    canton = rnd.choice(p[2]); parr = rnd.choice(PARR.get(canton, [canton if rnd.random() < 0.6 else "SAN JOSE"]))
    ced = uniq_ced(p[0] if rnd.random() < 0.85 else rnd.choice(PROV)[0])
    if rnd.random() < 0.03: ced = "30" + ced[2:]  # a foreigner's number would not pass; keep valid by recomputing
    if ced.startswith("30"): used.discard(ced); ced = uniq_ced("30")
    g = GIV_M if male else GIV_F
    ap = "%s %s" % (rnd.choice(FAM), rnd.choice(FAM)); nom = "%s %s" % (rnd.choice(g), rnd.choice(g))
    mail = "%s.%s%d@%s" % (nom.split()[0].lower().replace("í", "i").replace("é", "e").replace("ó", "o").replace("á", "a"), ap.split()[0].lower().replace("á", "a").replace("í", "i").replace("é", "e").replace("ñ", "n"), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"])) if rnd.random() < 0.7 else ""
    pac.append([ced, ap, nom, d(born), str(edad), "M" if male else "F", p[0], p[1], canton, parr,
                "%s N%d-%d Y %s" % (rnd.choice(CALLES), rnd.randint(10, 80), rnd.randint(10, 300), rnd.choice(CALLES)) if rnd.random() < 0.8 else "%s Y %s, %s" % (rnd.choice(CALLES), rnd.choice(CALLES), rnd.choice(["CASA ESQUINERA", "EDIFICIO TORRES DEL NORTE DPTO 4B", "JUNTO AL UPC", "FRENTE A LA ESCUELA FISCAL"])),
                "09%d%07d" % (rnd.choice([5, 6, 7, 8, 9, 8, 9]), rnd.randint(0, 9999999)), mail])
ords, res = [], []
n = 260100
TEC = ["Lcda. Paola Cárdenas", "Lcdo. Henry Bravo", "Lcda. Silvia Ortega", "Lcda. Cristina Pinos", "Tlgo. Andrés Benítez"]
for k in range(940):
    p = rnd.choice(pac); m = rnd.choice(medicos)
    n += rnd.randint(1, 3)
    when = datetime.datetime(2026, 9, 1, 6, 30) + datetime.timedelta(days=rnd.randint(0, 90), minutes=rnd.randint(0, 600))
    ords.append([str(n), p[0], p[1] + " " + p[2], when.strftime("%d/%m/%Y %H:%M"), m[0], m[2], rnd.choice(["CONSULTA EXTERNA", "CONSULTA EXTERNA", "EMERGENCIA", "HOSPITALIZACION", "DOMICILIO"]),
                 rnd.choice(["RUTINA", "RUTINA", "RUTINA", "URGENTE"]), rnd.choice(["IESS", "PARTICULAR", "PARTICULAR", "SALUD S.A.", "BMI", "MSP - RED PUBLICA"])])
    for t in rnd.sample(LOINC, rnd.choice([1, 2, 3, 3, 4, 5])):
        v = round(rnd.uniform(t[5], t[6]), t[7]); val = ("%." + str(t[7]) + "f") % v
        flag = "H" if v > t[4] else ("L" if v < t[3] else "")
        rango = ("< %s" % t[4]) if t[3] == 0 else ("%s - %s" % (t[3], t[4]))
        res.append([str(n), t[0], t[1], val, t[2], rango, flag, (when + datetime.timedelta(hours=rnd.randint(2, 30))).strftime("%d/%m/%Y %H:%M"), rnd.choice(TEC)])
H = {"pacientes": ["cedula", "apellidos", "nombres", "fecha_nacimiento", "edad", "sexo", "cod_provincia", "provincia", "canton", "parroquia", "direccion", "celular", "correo"],
     "medicos": ["registro_senescyt", "registro_acess", "nombre_medico", "cedula_medico", "especialidad", "institucion"],
     "ordenes": ["NRO_ORDEN", "CEDULA", "PACIENTE", "FECHA_ORDEN", "REG_SENESCYT_SOLICITANTE", "MEDICO_SOLICITANTE", "SERVICIO", "PRIORIDAD", "ASEGURADORA"],
     "resultados": ["NRO_ORDEN", "COD_LOINC", "EXAMEN", "RESULTADO", "UNIDAD", "RANGO_REFERENCIA", "BANDERA", "FECHA_VALIDACION", "VALIDADO_POR"]}
L = {"pacientes": ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS", "TELEPHONE_NUMBER", "EMAIL_ADDRESS"],
     "medicos": ["CERTIFICATE_LICENSE_NUMBER", "CERTIFICATE_LICENSE_NUMBER", "NAME", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "ordenes": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NAME", "DATE", "CERTIFICATE_LICENSE_NUMBER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "resultados": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NAME"]}
for t, rows in (("pacientes", pac), ("medicos", medicos), ("ordenes", ords), ("resultados", res)):
    with open(os.path.join(HERE, t + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
cols = {t + "." + h: l for t in H for h, l in zip(H[t], L[t])}
gold = {"dataset": "cedula-ec-lab", "description": "Invented Ecuadorian clinical laboratory (LIS) export, Spanish headers, ',': 460 patients (cédula 10 digits with the mod-10 check digit, apellidos/nombres two each, fecha de nacimiento dd/mm/aaaa, edad incl. over 89, province code and name, cantón, parroquia, dirección 'AV. AMAZONAS N34-120 Y ...', celular 09xxxxxxxx, correo), 24 ordering physicians (registro SENESCYT 1005-2014-1234567, registro ACESS 'Libro 3 Folio 120 Nº 456', name with Dr./Dra., own cédula, specialty, institution), 940 orders (NRO_ORDEN, cédula, patient's full name, dd/mm/aaaa HH:MM, physician by SENESCYT number and name, service, priority, insurer) and 2,950 results (LOINC with check digit, test name, numeric value, unit, reference range, H/L flag, validation time, validating technologist); coincidences: surnames Bolívar, Sucre, Loja beside the province Bolívar, the cantón Sucre and the province and cantón Loja; given name Elena beside Santa Elena",
        "delimiter": ",", "entity": "pacientes", "columns": cols,
        "foreignKeys": [{"column": "ordenes.CEDULA", "references": "pacientes.cedula"}, {"column": "ordenes.REG_SENESCYT_SOLICITANTE", "references": "medicos.registro_senescyt"},
                        {"column": "resultados.NRO_ORDEN", "references": "ordenes.NRO_ORDEN"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

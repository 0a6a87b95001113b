#!/usr/bin/env python3
"""Writes dni-peru-sis: an invented export of Peru's Seguro Integral de Salud for a fictional health network in Lima
Este and Piura (seeded, stdlib only), ',' separated, upper-case SIS/SIASIS-style headers, fechas dd/MM/yyyy.
establecimientos 30 (CODIGO_RENIPRESS 8 digits, name, categoría I-1..II-2, ubigeo of the facility, DIRESA/DIRIS),
afiliados 820 (TIPO_DOC 1 DNI / 3 carné de extranjería, NRO_DOC: DNI 8 digits with leading zeros kept, CE 9 digits;
APE_PATERNO, APE_MATERNO, NOMBRES, FEC_NAC, SEXO, UBIGEO_RES 6 digits with DEPARTAMENTO/PROVINCIA/DISTRITO names,
DIRECCION, TELEFONO 9xxxxxxxx, NRO_AFILIACION, regimen and plan, estado, fecha de afiliación, IPRESS de adscripción),
atenciones 2,300 (FUA number lote-año-correlativo, fecha y hora de atención, IPRESS, the document, EDAD and its unit,
código de prestación SIS, CIE-10 with tipo de diagnóstico D/P/R, responsible professional's name and CMP/COP/CEP
colegiatura, destino)."""
import csv, json, random, datetime, os
rnd = random.Random(51)
HERE = os.path.dirname(os.path.abspath(__file__))
UBI = [("150103", "LIMA", "LIMA", "ATE"), ("150132", "LIMA", "LIMA", "SAN JUAN DE LURIGANCHO"), ("150115", "LIMA", "LIMA", "LA VICTORIA"), ("150103", "LIMA", "LIMA", "ATE"),
       ("150137", "LIMA", "LIMA", "SANTA ANITA"), ("150110", "LIMA", "LIMA", "COMAS"), ("150118", "LIMA", "LIMA", "LURIGANCHO"), ("150702", "LIMA", "HUAROCHIRI", "ANTIOQUIA"),
       ("200101", "PIURA", "PIURA", "PIURA"), ("200104", "PIURA", "PIURA", "CASTILLA"), ("200401", "PIURA", "HUANCABAMBA", "HUANCABAMBA"), ("200601", "PIURA", "SULLANA", "SULLANA"),
       ("200115", "PIURA", "PIURA", "VEINTISEIS DE OCTUBRE"), ("200801", "PIURA", "SECHURA", "SECHURA"), ("200107", "PIURA", "PIURA", "LAS LOMAS"), ("150132", "LIMA", "LIMA", "SAN JUAN DE LURIGANCHO")]
GIV_M = ["JOSE", "LUIS", "JUAN", "CARLOS", "JORGE", "SEGUNDO", "PERCY", "WILMER", "EDWIN", "HUGO", "ALEX", "JHONATAN", "ANGEL", "DAYRON", "THIAGO", "LIAM", "NILTON", "ELMER"]
GIV_F = ["MARIA", "ROSA", "JUANA", "CARMEN", "ELIZABETH", "YESENIA", "MILAGROS", "LUZ", "ROSARIO", "DEYSI", "SHIRLEY", "KIARA", "VICTORIA", "ANTONELLA", "FLOR", "MARLENI", "NELIDA", "ESTHER"]
FAM = ["QUISPE", "FLORES", "HUAMAN", "MAMANI", "RAMOS", "CHAVEZ", "CCAHUANA", "VASQUEZ", "GARCIA", "TORRES", "SANCHEZ", "CASTILLO", "HUANCA", "CONDORI", "YUPANQUI", "ROJAS",
       "MENDOZA", "CORDOVA", "CHUMACERO", "ZAPATA", "SULLON", "TICLIAHUANCA", "AGURTO", "NEYRA", "PIURA", "ATOCHE", "INGA", "CRUZ"]
VEN_M = ["YORMAN", "JOSMAR", "DEIVIS"]; VEN_F = ["YUSMARY", "ORIANA", "GENESIS"]; VEN_FAM = ["PEREZ", "GONZALEZ", "RODRIGUEZ", "HERRERA", "MARCANO", "BRICEÑO"]
VIAS = ["AV. LOS PROCERES", "JR. LAS BEGONIAS", "CALLE 4", "MZ. H LT. 12 AA.HH. VILLA HERMOSA", "AV. GRAU", "PSJE. SAN MARTIN", "AV. SANCHEZ CERRO", "JR. HUASCAR", "MZ. B2 LT. 7 ASOC. LOS JARDINES", "AV. CIRCUNVALACION"]
PREST = [("056", "CONSULTA EXTERNA"), ("009", "ATENCION PRENATAL"), ("001", "CONTROL DEL RECIEN NACIDO"), ("017", "ATENCION DEL PARTO"), ("018", "CONTROL DE CRECIMIENTO Y DESARROLLO"),
         ("065", "ATENCION DE EMERGENCIA"), ("024", "PLANIFICACION FAMILIAR"), ("054", "ATENCION ODONTOLOGICA")]
CIE = ["J00X", "J069", "A09X", "Z001", "Z359", "Z348", "K021", "N390", "E119", "I10X", "D509", "B829", "J029", "Z304", "O234", "R509", "K297", "M545"]
def d(x): return x.strftime("%d/%m/%Y")
est = []
code = 5800
NAMES_E = ["C.S. SAN FERNANDO", "C.S. HUAYCAN", "P.S. SANTA ROSA", "C.S. JOSE CARLOS MARIATEGUI", "P.S. VILLA HERMOSA", "C.S. LA VICTORIA", "HOSPITAL DE HUAYCAN", "C.S. MANUEL BONILLA",
           "P.S. NUEVA ESPERANZA", "C.S. SANTA JULIA", "C.S. PACHITEA", "C.S. CASTILLA", "P.S. LAS LOMAS", "HOSPITAL DE APOYO II-2 SULLANA", "C.S. SECHURA", "P.S. CHULUCANAS ALTO",
           "C.S. HUANCABAMBA", "P.S. EL INDIO", "C.S. LOS ALGARROBOS", "P.S. VICTOR RAUL", "C.S. SAN PEDRO", "C.S. AMAUTA", "P.S. JICAMARCA", "C.S. BAYOVAR", "C.S. TUPAC AMARU",
           "P.S. MOTUPILLO", "C.S. CRUZ DE MOTUPE", "P.S. TICLIAHUANCA", "C.S. SAN JUAN DE BIGOTE", "C.S. LA UNION"]
for i, nm in enumerate(NAMES_E):
    code += rnd.randint(1, 400)
    u = rnd.choice(UBI[:8] if i < 12 or i > 19 else UBI[8:])
    est.append(["%08d" % code, nm, "II-2" if nm.startswith("HOSPITAL") else rnd.choice(["I-1", "I-2", "I-3", "I-3", "I-4"]), u[0], "DIRIS LIMA ESTE" if u[1] == "LIMA" else "DIRESA PIURA",
                rnd.choice(["RED SALUD ATE", "RED SJL"] if u[1] == "LIMA" else ["RED PIURA-CASTILLA", "RED SULLANA", "RED HUANCABAMBA"]), "MINSA"])
afi, seen = [], set()
today = datetime.date(2026, 11, 30)
for i in range(820):
    ce = rnd.random() < 0.06
    male = rnd.random() < 0.45
    if ce:
        gm, gf, fam = VEN_M, VEN_F, VEN_FAM
        doc = "%09d" % rnd.randint(1000000, 9999999)
    else:
        gm, gf, fam = GIV_M, GIV_F, FAM
    born = today - datetime.timedelta(days=rnd.choice([rnd.randint(20, 364), rnd.randint(365, 11 * 365), rnd.randint(365, 11 * 365)] + [rnd.randint(12 * 365, 88 * 365)] * 8 + [rnd.randint(90 * 365, 100 * 365)]))
    while True:
        if not ce:
            doc = "%08d" % (rnd.randint(80000000, 81999999) if born.year >= 2015 else rnd.randint(70000000, 79999999) if born.year >= 1990 else rnd.choice([rnd.randint(100000, 9999999), rnd.randint(10000000, 48999999)]))
        if doc not in seen: seen.add(doc); break
        if ce: doc = "%09d" % rnd.randint(1000000, 9999999)
    u = rnd.choice(UBI); e = rnd.choice([x for x in est if x[3][:2] == u[0][:2]])
    fa = today - datetime.timedelta(days=rnd.randint(30, 3000))
    if fa < born: fa = born + datetime.timedelta(days=rnd.randint(1, 20))
    regimen = rnd.choice(["SUBSIDIADO"] * 7 + ["SEMICONTRIBUTIVO"])
    plan = {"SUBSIDIADO": rnd.choice(["SIS GRATUITO", "SIS GRATUITO", "SIS PARA TODOS"]), "SEMICONTRIBUTIVO": rnd.choice(["SIS INDEPENDIENTE", "SIS EMPRENDEDOR", "SIS MICROEMPRESAS"])}[regimen]
    afi.append(["3" if ce else "1", doc, rnd.choice(fam), rnd.choice(fam), " ".join(rnd.sample(gm if male else gf, rnd.choice([1, 2, 2]))), d(born), "M" if male else "F",
                u[0], u[1], u[2], u[3], ("%s %s" % (rnd.choice(VIAS), rnd.choice(["", "N° %d" % rnd.randint(100, 2500), "INT. %d" % rnd.randint(1, 9)]))).strip(),
                "9%08d" % rnd.randint(0, 99999999) if rnd.random() < 0.75 else "",
                "%s-%d" % (rnd.choice(["E", "E", "A"]), rnd.randint(10000000, 99999999)), regimen, plan,
                rnd.choice(["ACTIVO"] * 9 + ["CANCELADO", "INACTIVO"]), d(fa), e[0], born])
PROF = []
for i in range(40):
    kind = rnd.choice(["CMP", "CMP", "CMP", "COP", "CEP", "COP", "CEP", "CEP", "CPsP"])
    male = rnd.random() < 0.4
    title = {"CMP": "MED.", "COP": "OBST.", "CEP": "LIC. ENF.", "CPsP": "PSIC."}[kind]
    num = {"CMP": rnd.randint(20000, 99999), "COP": rnd.randint(5000, 39999), "CEP": rnd.randint(10000, 99999), "CPsP": rnd.randint(5000, 40000)}[kind]
    PROF.append(("%s %s %s %s" % (title, rnd.choice(FAM), rnd.choice(FAM), rnd.choice(GIV_M if male else GIV_F)), "%s %d" % (kind, num), rnd.choice(est)[0]))
ate = []
counter = {}
for k in range(2300):
    a = rnd.choice(afi)
    born = a[-1]
    when = datetime.datetime(2026, 7, 1, 7, 0) + datetime.timedelta(days=rnd.randint(0, 150), minutes=rnd.randint(0, 720))
    if when.date() < born: when = datetime.datetime.combine(born, datetime.time(9, 0)) + datetime.timedelta(days=rnd.randint(1, 10))
    e = a[18] if rnd.random() < 0.8 else rnd.choice(est)[0]
    counter[e] = counter.get(e, 0) + 1
    fua = "%s-%s-%08d" % (e[-4:], str(when.year)[2:], counter[e] + rnd.randint(0, 3) * 0 + 1200)
    days = (when.date() - born).days
    edad, tipo_edad = (days // 365, "A") if days >= 365 else ((days // 30, "M") if days >= 30 else (days, "D"))
    p = rnd.choice([x for x in PROF if x[2] == e] or PROF)
    yrs = days // 365
    pr = rnd.choice([x for x in PREST if not ((x[0] == "001" and days > 28) or (x[0] == "018" and yrs > 11) or (x[0] in ("009", "017", "024") and (a[6] == "M" or not 12 <= yrs <= 49)))])
    dxs = rnd.sample(CIE, 2)
    ate.append([fua, d(when), when.strftime("%H:%M"), e, a[0], a[1], str(edad), tipo_edad, pr[0], pr[1], dxs[0], rnd.choice("DDPR"), dxs[1] if rnd.random() < 0.35 else "",
                p[0], p[1], rnd.choice(["ALTA", "ALTA", "ALTA", "CITADO", "REFERIDO", "CONTRARREFERIDO"]), "%.2f" % rnd.choice([0, 12.5, 18.0, 25.76, 48.3, 156.2])])
H = {"establecimientos": ["CODIGO_RENIPRESS", "NOMBRE_EESS", "CATEGORIA", "UBIGEO_EESS", "DIRESA", "RED", "INSTITUCION"],
     "afiliados": ["TIPO_DOC", "NRO_DOC", "APE_PATERNO", "APE_MATERNO", "NOMBRES", "FEC_NAC", "SEXO", "UBIGEO_RES", "DEPARTAMENTO", "PROVINCIA", "DISTRITO", "DIRECCION",
                   "TELEFONO", "NRO_AFILIACION", "REGIMEN", "PLAN_SEGURO", "ESTADO", "FEC_AFILIACION", "COD_IPRESS_ADSCRIPCION"],
     "atenciones": ["NRO_FUA", "FEC_ATENCION", "HORA_ATENCION", "COD_RENIPRESS", "TIPO_DOC", "NRO_DOC", "EDAD", "TIPO_EDAD", "COD_PRESTACION", "DES_PRESTACION", "DX_PRINCIPAL",
                    "TIPO_DX", "DX_SECUNDARIO", "RESPONSABLE_ATENCION", "COLEGIATURA", "DESTINO_ASEGURADO", "VALOR_NETO"]}
L = {"establecimientos": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "afiliados": ["NON_IDENTIFYING", "NATIONAL_ID", "FAMILY_NAME", "FAMILY_NAME", "GIVEN_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING",
                   "COUNTY", "CITY", "STREET_ADDRESS", "TELEPHONE_NUMBER", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING"],
     "atenciones": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "AGE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "CERTIFICATE_LICENSE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING"]}
for t, rows in (("establecimientos", est), ("afiliados", [r[:19] for r in afi]), ("atenciones", ate)):
    with open(os.path.join(HERE, t + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
cols = {t + "." + h: l for t in H for h, l in zip(H[t], L[t])}
gold = {"dataset": "dni-peru-sis", "description": "Invented Peruvian SIS (Seguro Integral de Salud) export for Lima Este and Piura, upper-case headers, ',', fechas dd/MM/yyyy: 30 IPRESS (RENIPRESS 8-digit codes with leading zeros, name, categoría, ubigeo, DIRIS/DIRESA, red), 820 afiliados (TIPO_DOC 1 DNI / 3 carné de extranjería, NRO_DOC 8 or 9 digits with leading zeros, apellido paterno and materno, nombres, FEC_NAC incl. ages over 89, ubigeo 6 digits with department, province and district names, dirección 'MZ. H LT. 12 AA.HH. ...', phone 9xxxxxxxx, NRO_AFILIACION E-/A-, régimen, plan, estado, fecha de afiliación, IPRESS de adscripción) and 2,300 atenciones (FUA number, date, time, IPRESS, the document, EDAD with TIPO_EDAD A/M/D, SIS prestación code and name, CIE-10 with D/P/R, the responsible professional 'MED. QUISPE FLORES JUAN' and colegiatura 'CMP 45123', destino, valor); coincidences: the given name VICTORIA beside the district LA VICTORIA, the surname PIURA beside Piura, TICLIAHUANCA as surname and in a facility name",
        "delimiter": ",", "entity": "afiliados", "columns": cols,
        "foreignKeys": [{"column": "atenciones.NRO_DOC", "references": "afiliados.NRO_DOC"}, {"column": "atenciones.COD_RENIPRESS", "references": "establecimientos.CODIGO_RENIPRESS"},
                        {"column": "afiliados.COD_IPRESS_ADSCRIPCION", "references": "establecimientos.CODIGO_RENIPRESS"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

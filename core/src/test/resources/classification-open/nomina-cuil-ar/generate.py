#!/usr/bin/env python3
"""nomina-cuil-ar: SYNTHETIC Argentine payroll export (liquidación de sueldos, SICOSS-like), ';', dd/mm/yyyy, decimal comma.
Python 3 standard library only, fixed seed: rerun to reproduce the files and gold.json byte for byte."""
import csv, datetime, json, random
rnd = random.Random(5402)

W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
def cuit(pref, num):
    def chk(p):
        s = sum(int(c) * w for c, w in zip(p + num, W))
        r = 11 - s % 11
        return 0 if r == 11 else r
    c = chk(pref)
    if c == 10:
        pref = "23"; c = chk(pref)
    return "%s-%s-%d" % (pref, num, c)
def cbu(bank, branch):
    b1 = bank + branch
    s = sum(int(c) * w for c, w in zip(b1, [7, 1, 3, 9, 7, 1, 3]))
    b1 += str((10 - s % 10) % 10)
    acc = "".join(rnd.choice("0123456789") for _ in range(13))
    s = sum(int(c) * w for c, w in zip(acc, [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]))
    return b1 + acc + str((10 - s % 10) % 10)
def money(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    out = ""
    while len(ent) > 3:
        out = "." + ent[-3:] + out; ent = ent[:-3]
    return ent + out + "," + dec
def dmy(d): return d.strftime("%d/%m/%Y")

NOM_M = ["JUAN CARLOS", "JOSE LUIS", "CARLOS ALBERTO", "JORGE", "MIGUEL ANGEL", "DANIEL", "SERGIO", "PABLO", "MARTIN", "DIEGO",
         "LUCAS", "MATIAS", "NICOLAS", "FACUNDO", "GONZALO", "RAMON", "HECTOR", "CRISTIAN", "LEANDRO", "EZEQUIEL"]
NOM_F = ["MARIA LAURA", "MARIA JOSE", "ANA MARIA", "SILVIA", "GRACIELA", "PATRICIA", "CLAUDIA", "ROMINA", "VALERIA", "CAROLINA",
         "FLORENCIA", "CAMILA", "AGUSTINA", "MARIA BELEN", "NATALIA", "LORENA", "NOELIA", "SOLEDAD", "ROCIO", "MARIANA"]
APE = ["GONZALEZ", "RODRIGUEZ", "GOMEZ", "FERNANDEZ", "LOPEZ", "DIAZ", "MARTINEZ", "PEREZ", "GARCIA", "SANCHEZ", "ROMERO", "SOSA",
       "ALVAREZ", "TORRES", "RUIZ", "RAMIREZ", "FLORES", "BENITEZ", "ACOSTA", "MEDINA", "HERRERA", "SUAREZ", "AGUIRRE", "GIMENEZ",
       "GUTIERREZ", "PEREYRA", "MUÑOZ", "ROJAS", "MOLINA", "CASTRO", "IBAÑEZ", "VARELA", "ZAMORA", "QUIROGA", "FERREYRA", "DI STEFANO"]
# VARELA / ZAMORA also appear in towns (Florencio Varela, Lomas de Zamora)
LOC = [("C1425DKF", "CABA", "CIUDAD AUTONOMA BUENOS AIRES"), ("C1414CVN", "CABA", "CIUDAD AUTONOMA BUENOS AIRES"),
       ("C1406GZB", "CABA", "CIUDAD AUTONOMA BUENOS AIRES"), ("C1428BCW", "CABA", "CIUDAD AUTONOMA BUENOS AIRES"),
       ("B1832HAB", "LOMAS DE ZAMORA", "BUENOS AIRES"), ("1832", "LOMAS DE ZAMORA", "BUENOS AIRES"),
       ("B1888AAH", "FLORENCIO VARELA", "BUENOS AIRES"), ("1888", "FLORENCIO VARELA", "BUENOS AIRES"),
       ("1878", "QUILMES", "BUENOS AIRES"), ("B1878FNE", "QUILMES", "BUENOS AIRES"), ("1704", "RAMOS MEJIA", "BUENOS AIRES"),
       ("B1650KNA", "SAN MARTIN", "BUENOS AIRES"), ("1642", "SAN ISIDRO", "BUENOS AIRES"), ("1708", "MORON", "BUENOS AIRES"),
       ("B1900TAC", "LA PLATA", "BUENOS AIRES"), ("X5000JJA", "CORDOBA", "CORDOBA"), ("5000", "CORDOBA", "CORDOBA"),
       ("S2000BQA", "ROSARIO", "SANTA FE"), ("2000", "ROSARIO", "SANTA FE"), ("M5500GHK", "MENDOZA", "MENDOZA"),
       ("T4000IAL", "SAN MIGUEL DE TUCUMAN", "TUCUMAN")]
CALLES = ["AV. CABILDO", "AV. RIVADAVIA", "AV. SANTA FE", "CORRIENTES", "LAVALLE", "BELGRANO", "SARMIENTO", "MITRE", "SAN MARTIN",
          "AV. HIPOLITO YRIGOYEN", "CALLE 7", "BV. OROÑO", "AV. COLON", "GRAL. PAZ", "ALSINA", "ESPAÑA"]
CAT = ["ADMINISTRATIVO A", "ADMINISTRATIVO B", "ADMINISTRATIVO C", "VENDEDOR A", "VENDEDOR B", "VENDEDOR C", "CAJERO A", "CAJERO B",
       "MAESTRANZA A", "MAESTRANZA B", "AUXILIAR A", "AUXILIAR ESPECIALIZADO A", "FUERA DE CONVENIO"]
BASICO = {"ADMINISTRATIVO A": 1080000, "ADMINISTRATIVO B": 1085000, "ADMINISTRATIVO C": 1091000, "VENDEDOR A": 1088000,
          "VENDEDOR B": 1102000, "VENDEDOR C": 1115000, "CAJERO A": 1090000, "CAJERO B": 1097000, "MAESTRANZA A": 1070000,
          "MAESTRANZA B": 1073000, "AUXILIAR A": 1093000, "AUXILIAR ESPECIALIZADO A": 1105000, "FUERA DE CONVENIO": 2350000}
OS = [("126205", "OSECAC"), ("126205", "OSECAC"), ("126205", "OSECAC"), ("400800", "OSDE"), ("108803", "OSPACP"),
      ("111209", "OSPEDYC"), ("402905", "SWISS MEDICAL")]
BANCOS = [("011", "BANCO DE LA NACION ARGENTINA"), ("007", "BANCO DE GALICIA"), ("072", "BANCO SANTANDER ARGENTINA"),
          ("017", "BBVA ARGENTINA"), ("285", "BANCO MACRO"), ("014", "BANCO DE LA PROVINCIA DE BUENOS AIRES")]
EMPLEADOR = "30-71523694-6"

est = []
NOMBRES_EST = ["CASA CENTRAL", "SUCURSAL PALERMO", "SUCURSAL BELGRANO", "SUCURSAL CABALLITO", "SUCURSAL FLORES", "SUCURSAL QUILMES",
               "SUCURSAL LOMAS DE ZAMORA", "SUCURSAL MORON", "SUCURSAL SAN ISIDRO", "SUCURSAL LA PLATA", "SUCURSAL CORDOBA CENTRO",
               "SUCURSAL ROSARIO", "SUCURSAL MENDOZA", "CENTRO DE DISTRIBUCION FLORENCIO VARELA", "SUCURSAL TUCUMAN"]
LOC_EST = [LOC[0], LOC[1], LOC[3], LOC[2], LOC[2], LOC[9], LOC[4], LOC[13], LOC[12], LOC[14], LOC[15], LOC[17], LOC[19], LOC[6], LOC[20]]
for i, (n, l) in enumerate(zip(NOMBRES_EST, LOC_EST)):
    est.append(["%03d" % (i + 1), n, "%s %d" % (rnd.choice(CALLES), rnd.randint(100, 5800)), l[1], l[0], l[2],
                "471900" if "DISTRIBUCION" not in n else "521020", rnd.choice(["PREVENCION ART", "EXPERTA ART", "GALENO ART", "PROVINCIA ART"])])

emps = []
dnis = set()
for i in range(420):
    f = rnd.random() < 0.5
    while True:
        dni = rnd.choice([rnd.randint(12000000, 29999999), rnd.randint(30000000, 45999999), rnd.randint(30000000, 45999999)])
        if dni not in dnis: dnis.add(dni); break
    nac = datetime.date(2026, 7, 1) - datetime.timedelta(days=int((dni - 10000000) / 36000000 * -40 * 365 + 58 * 365) + rnd.randint(-700, 700))
    ing = datetime.date(2026, 6, 1) - datetime.timedelta(days=rnd.randint(30, 9000))
    if ing < nac + datetime.timedelta(days=18 * 365): ing = nac + datetime.timedelta(days=18 * 365 + rnd.randint(0, 400))
    l = rnd.choice(LOC); e = rnd.choice(est)
    b = rnd.choice(BANCOS)
    cat = rnd.choice(CAT[:-1] * 6 + ["FUERA DE CONVENIO"])
    piso = rnd.choice(["", "", "", " %d° %s" % (rnd.randint(1, 14), rnd.choice("ABCDEF")), " PB %d" % rnd.randint(1, 4)])
    emps.append(dict(leg="%d" % (1000 + i * 3 + rnd.randint(0, 2)), cuil=cuit("27" if f else "20", "%08d" % dni), dni="%d" % dni,
                     nom="%s, %s" % (rnd.choice(APE) + (" " + rnd.choice(APE) if rnd.random() < 0.15 else ""), rnd.choice(NOM_F if f else NOM_M)),
                     f=f, nac=nac, ing=ing, cat=cat, os=rnd.choice(OS), banco=b, cbu=cbu(b[0], "%04d" % rnd.randint(1, 999)),
                     dom="%s %d%s" % (rnd.choice(CALLES), rnd.randint(1, 6000), piso), loc=l, est=e[0],
                     civil=rnd.choice(["SOLTERO/A", "CASADO/A", "CASADO/A", "CONVIVIENTE", "DIVORCIADO/A"]), hijos=rnd.choice([0, 0, 0, 1, 1, 2, 3]),
                     start=rnd.choice([0] * 10 + [1, 2]), stop=rnd.choice([3] * 12 + [1, 2])))
rows = []
for m, per in enumerate(["202607", "202608", "202609"]):
    for e in emps:
        if not (e["start"] <= m < e["stop"]):
            continue
        bas = BASICO[e["cat"]] * (1 + 0.03 * m)
        antig = bas * 0.01 * ((2026 - e["ing"].year))
        pres = (bas + antig) / 12 if e["cat"] != "FUERA DE CONVENIO" else 0
        extra = rnd.choice([0, 0, 0, rnd.uniform(20000, 180000)])
        bruto = bas + antig + pres + extra
        ap = bruto * 0.11; ley = bruto * 0.03; os_ = bruto * 0.03; sind = bruto * 0.02 if e["cat"] != "FUERA DE CONVENIO" else 0
        neto = bruto - ap - ley - os_ - sind
        rows.append([per, e["leg"], e["cuil"], e["nom"], e["dni"], dmy(e["nac"]), "F" if e["f"] else "M", e["civil"], dmy(e["ing"]),
                     "CCT 130/75" if e["cat"] != "FUERA DE CONVENIO" else "", e["cat"], "008", "1", e["os"][0], e["os"][1],
                     "1" if e["civil"] in ("CASADO/A", "CONVIVIENTE") else "0", str(e["hijos"]), e["est"], EMPLEADOR,
                     money(bruto), money(ap), money(os_), money(neto), e["banco"][1], e["cbu"], e["dom"], e["loc"][1], e["loc"][0], e["loc"][2]])
H1 = ["Período", "Legajo", "CUIL", "Apellido y Nombre", "DNI", "Fecha de Nacimiento", "Sexo", "Estado Civil", "Fecha de Ingreso",
      "Convenio", "Categoría", "Modalidad de Contratación", "Situación de Revista", "Código Obra Social", "Obra Social", "Cónyuge",
      "Hijos", "Establecimiento", "CUIT Empleador", "Remuneración bruta", "Aporte Jubilación", "Aporte Obra Social", "Neto a Cobrar",
      "Banco", "CBU", "Domicilio", "Localidad", "Código Postal", "Provincia"]
L1 = ["DATE", "OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NAME", "NATIONAL_ID", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "ACCOUNT_NUMBER", "STREET_ADDRESS", "CITY", "ZIP_CODE", "NON_IDENTIFYING"]
# grupo familiar (asignaciones familiares): spouses and children of married employees with children
fam = []
for e in emps:
    if len(fam) >= 48: break
    if e["hijos"] and e["civil"] in ("CASADO/A", "CONVIVIENTE") and rnd.random() < 0.5:
        ape = e["nom"].split(",")[0]
        cf = not e["f"]
        dn = rnd.randint(14000000, 44000000)
        fam.append([e["leg"], "CONYUGE", cuit("27" if cf else "20", "%08d" % dn), "%s, %s" % (rnd.choice(APE), rnd.choice(NOM_F if cf else NOM_M)),
                    dmy(e["nac"] + datetime.timedelta(days=rnd.randint(-1500, 1500))), "SI"])
        for k in range(e["hijos"]):
            if len(fam) >= 48: break
            ch = rnd.random() < 0.5
            dnc = rnd.randint(46000000, 59000000)
            fam.append([e["leg"], "HIJO/A", cuit("27" if ch else "20", "%08d" % dnc), "%s, %s" % (ape, rnd.choice(NOM_F if ch else NOM_M)),
                        dmy(datetime.date(2026, 1, 1) - datetime.timedelta(days=rnd.randint(200, 17 * 365))), rnd.choice(["SI", "NO"])])
H2 = ["Legajo", "Parentesco", "CUIL Familiar", "Apellido y Nombre", "Fecha de Nacimiento", "A cargo"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NATIONAL_ID", "NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING"]
H3 = ["Código", "Denominación", "Domicilio", "Localidad", "Código Postal", "Provincia", "Actividad CLAE", "ART"]
L3 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "ZIP_CODE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rs in (("liquidaciones", H1, rows), ("grupo_familiar", H2, fam), ("establecimientos", H3, est)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rs)
cols = {}
for t, H, L in (("liquidaciones", H1, L1), ("grupo_familiar", H2, L2), ("establecimientos", H3, L3)):
    cols.update({t + "." + h: l for h, l in zip(H, L)})
gold = {"dataset": "nomina-cuil-ar",
        "description": "Invented Argentine payroll (liquidación de sueldos, SICOSS-like), ';', dd/mm/yyyy, amounts 1.234.567,89: liquidaciones, one row per employee per month 202607-202609 (420 employees; CUIL 20/23/27-DNI-check mod 11, Legajo, 'APELLIDO, NOMBRES', DNI, CCT 130/75 categories, RNOS codes, Cónyuge 0/1 flag and Hijos count as in SICOSS, CBU 22 digits with both check digits, address, locality, CPA C1425DKF or old 4-digit postcode); grupo_familiar 48 spouses and children (CUIL, name, birth date) by Legajo; establecimientos 15 branches of the employer with address",
        "delimiter": ";", "entity": "liquidaciones", "columns": cols,
        "foreignKeys": [{"column": "liquidaciones.Establecimiento", "references": "establecimientos.Código"}]}
# grupo_familiar.Legajo refers to the employee's Legajo, but liquidaciones holds one row per employee and month, so the
# parent is not unique and the link is not declared as a gold foreign key
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes rips-co: an invented Colombian RIPS submission (Registro Individual de Prestación de Servicios de Salud,
Resolución 3374 de 2000 layout) of a fictional IPS, with Spanish headers as some exports add them (real RIPS .txt files
have none), ',' separated, dates dd/mm/aaaa (seeded, stdlib only). CT control file 15 rows, AF invoices 420 (one per
episode), US users 380 (tipo/número de identificación, two surnames and two given names in separate columns, edad with
unidad de medida 1 años / 2 meses / 3 días, ages over 89, código DANE de departamento y municipio, zona U/R), AC
consultations 1,050 (CUPS, CIE-10, finalidad, causa externa), AP procedures 460, AM medicines 610. AC/AP/AM refer to
AF by número de factura and to US by número de identificación."""
import csv, json, random, datetime, os
rnd = random.Random(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))
PRESTADOR = "680010123401"   # código de habilitación REPS (12 digits)
NIT_IPS = "900456789"
RAZON = "IPS CLINICA SANTA ISABEL DE LA SOLEDAD S.A.S."
EPS = [("EPS037", "NUEVA EPS"), ("EPS005", "SANITAS"), ("EPS010", "SURA"), ("ESS062", "ASMET SALUD"), ("EPSS41", "NUEVA EPS SUBSIDIADO"), ("CCF055", "CAJACOPI")]
PLAN = {"EPS037": "CONTRIBUTIVO", "EPS005": "CONTRIBUTIVO", "EPS010": "CONTRIBUTIVO", "ESS062": "SUBSIDIADO", "EPSS41": "SUBSIDIADO", "CCF055": "SUBSIDIADO"}
TIPOUS = {"CONTRIBUTIVO": "1", "SUBSIDIADO": "2"}
GIV_M = ["JUAN", "CARLOS", "JOSE", "LUIS", "ANDRES", "JHON", "FREDY", "WILSON", "JAIRO", "DUVAN", "YEISON", "SEBASTIAN", "CAMILO", "ALEXANDER", "MAURICIO", "RAFAEL", "EDINSON", "HERNANDO"]
GIV_F = ["MARIA", "LUZ", "DIANA", "SANDRA", "YULIETH", "LEIDY", "PAOLA", "ANGIE", "CLAUDIA", "MARTHA", "GLORIA", "SOLEDAD", "ISABEL", "DERLY", "YURANY", "NELCY", "ESPERANZA", "MARLENY"]
FAM = ["GOMEZ", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "GARCIA", "LOPEZ", "GONZALEZ", "SANCHEZ", "RAMIREZ", "CARDENAS", "OSPINA", "BETANCUR", "ZAPATA", "QUINTERO", "JARAMILLO", "RINCON", "PATIÑO", "DUARTE", "CARTAGENA", "VILLAMIZAR", "SUAREZ", "PABON", "NIÑO", "MONSALVE"]
# Santander municipalities (DANE) and a few others; dept code = first two digits
MUNI = ["68001", "68001", "68001", "68276", "68307", "68547", "68081", "68679", "68655", "68101", "54001", "08758", "11001", "05001"]
CUPS_C = [("890201", "CONSULTA DE PRIMERA VEZ POR MEDICINA GENERAL"), ("890301", "CONSULTA DE CONTROL O DE SEGUIMIENTO POR MEDICINA GENERAL"),
          ("890202", "CONSULTA DE PRIMERA VEZ POR OTRAS ESPECIALIDADES MEDICAS"), ("890203", "CONSULTA DE PRIMERA VEZ POR ODONTOLOGIA GENERAL"),
          ("890205", "CONSULTA DE PRIMERA VEZ POR ENFERMERIA"), ("890208", "CONSULTA DE PRIMERA VEZ POR PSICOLOGIA")]
CUPS_P = ["903841", "902210", "903895", "907106", "903868", "997002", "993501", "993120", "871121", "881302", "895100", "232101"]
CIE = ["I10X", "E119", "J00X", "K297", "N390", "M545", "Z000", "Z001", "A09X", "J029", "E785", "R51X", "Z348", "K021", "F412", "J448"]
MED = [("19903210-1", "ACETAMINOFEN", "TABLETA", "500", "MG"), ("20028462-3", "LOSARTAN", "TABLETA", "50", "MG"), ("19908164-2", "METFORMINA", "TABLETA", "850", "MG"),
       ("19941732-1", "AMOXICILINA", "CAPSULA", "500", "MG"), ("19923018-4", "IBUPROFENO", "TABLETA", "400", "MG"), ("20045517-1", "SALBUTAMOL", "AEROSOL", "100", "MCG"),
       ("19935021-2", "OMEPRAZOL", "CAPSULA", "20", "MG"), ("19959630-1", "HIDROCLOROTIAZIDA", "TABLETA", "25", "MG"), ("19930287-5", "ATORVASTATINA", "TABLETA", "20", "MG")]
def d(x): return x.strftime("%d/%m/%Y")
# users
users, seen = [], set()
for i in range(380):
    male = rnd.random() < 0.46
    born = datetime.date(2026, 11, 30) - datetime.timedelta(days=rnd.choice([rnd.randint(3, 360), rnd.randint(365, 17 * 365)] + [rnd.randint(18 * 365, 85 * 365)] * 6 + [rnd.randint(90 * 365, 99 * 365)]))
    years = (datetime.date(2026, 11, 30) - born).days // 365
    if years >= 18: tipo = rnd.choice(["CC"] * 30 + ["CE", "PA", "PE"])
    elif years >= 7: tipo = "TI"
    else: tipo = rnd.choice(["RC", "RC", "MS"]) if years < 1 else "RC"
    while True:
        if tipo == "CC": num = str(rnd.choice([rnd.randint(13000000, 13999999), rnd.randint(37000000, 37999999), rnd.randint(63000000, 63999999), rnd.randint(91000000, 91999999), rnd.randint(1095000000, 1098999999)]))
        elif tipo in ("TI", "RC"): num = str(rnd.randint(1095000000, 1099999999)) if rnd.random() < 0.7 else "%d%02d%02d%05d" % (born.year % 100 + 100 * 0, born.month, born.day, rnd.randint(10000, 99999))
        elif tipo == "CE": num = str(rnd.randint(100000, 999999))
        elif tipo == "PE": num = str(rnd.randint(100000000000000, 999999999999999))
        elif tipo == "MS": num = "MS%d" % rnd.randint(10000000, 99999999)
        else: num = "%s%07d" % (rnd.choice(["AB", "VE", "PA"]), rnd.randint(0, 9999999))
        if num not in seen: seen.add(num); break
    eps = rnd.choice(EPS)
    if years >= 1: edad, unidad = years, "1"
    else:
        days = (datetime.date(2026, 11, 30) - born).days
        edad, unidad = (days // 30, "2") if days >= 30 else (days, "3")
    muni = rnd.choice(MUNI)
    users.append(dict(tipo=tipo, num=num, eps=eps[0], tipous=TIPOUS[PLAN[eps[0]]], ap1=rnd.choice(FAM), ap2=rnd.choice(FAM + [""]),
                      n1=rnd.choice(GIV_M if male else GIV_F), n2=rnd.choice((GIV_M if male else GIV_F) + ["", "", ""]), edad=edad, unidad=unidad,
                      sexo="M" if male else "F", dep=muni[:2], muni=muni[2:], zona=rnd.choice("UUUUR"), born=born))
# invoices, one per episode
af, ac, ap, am = [], [], [], []
nf = 18230
for k in range(420):
    u = rnd.choice(users); eps = dict(EPS)[u["eps"]]
    start = datetime.date(2026, 10, 1) + datetime.timedelta(days=rnd.randint(0, 29))
    end = start + datetime.timedelta(days=rnd.choice([0, 0, 0, 1, 2, 5]))
    nf += rnd.randint(1, 4); fac = "FEV%d" % nf
    aut = str(rnd.randint(10000000, 99999999)) if rnd.random() < 0.6 else ""
    total = 0
    for _ in range(rnd.choice([1, 2, 2, 3, 3, 4])):
        c = rnd.choice(CUPS_C); val = {"890201": 38500, "890301": 32000, "890202": 72000}.get(c[0], 29500)
        dx = rnd.sample(CIE, 4)
        cuota = rnd.choice([0, 4500, 18000]) if PLAN[u["eps"]] == "CONTRIBUTIVO" else 0
        ac.append([fac, PRESTADOR, u["tipo"], u["num"], d(start + datetime.timedelta(days=rnd.randint(0, (end - start).days))), aut, c[0],
                   rnd.choice(["10", "10", "10", "01", "02", "03", "04", "05", "06", "07", "08", "09"]), rnd.choice(["13"] * 8 + ["01", "02", "15"]),
                   dx[0], dx[1] if rnd.random() < 0.5 else "", dx[2] if rnd.random() < 0.2 else "", "", rnd.choice("1112223"), str(val), str(cuota), str(val - cuota)])
        total += val - cuota
    for _ in range(rnd.choice([0, 0, 1, 1, 2])):
        val = rnd.choice([8900, 12400, 23500, 45000, 87000])
        ap.append([fac, PRESTADOR, u["tipo"], u["num"], d(end), aut, rnd.choice(CUPS_P), rnd.choice("1112"), rnd.choice("12345"), rnd.choice(["", "1", "2", "5"]),
                   rnd.choice(CIE), "", "", rnd.choice(["", "", "1"]), str(val)])
        total += val
    for _ in range(rnd.choice([0, 1, 1, 2, 3])):
        m = rnd.choice(MED); n = rnd.choice([10, 14, 20, 30, 60, 90]); vu = rnd.choice([45, 120, 210, 380, 950])
        am.append([fac, PRESTADOR, u["tipo"], u["num"], aut, m[0], rnd.choice(["1"] * 9 + ["2"]), m[1], m[2], m[3], m[4], str(n), str(vu), str(n * vu)])
        total += n * vu
    copago = rnd.choice([0, 0, 3200, 9800]) if PLAN[u["eps"]] == "SUBSIDIADO" else 0
    af.append([PRESTADOR, RAZON, "NI", NIT_IPS, fac, d(end + datetime.timedelta(days=rnd.randint(0, 3))), d(start), d(end), u["eps"], eps,
               {"EPS037": "CT-2026-0142", "EPS005": "CT-2025-0311", "EPS010": "CT-2026-0007", "ESS062": "CS-2026-0091", "EPSS41": "CS-2026-0140", "CCF055": "CS-2025-0256"}[u["eps"]],
               PLAN[u["eps"]], "", str(copago), "0", "0", str(total - copago)])
us_rows = [[u["tipo"], u["num"], u["eps"], u["tipous"], u["ap1"], u["ap2"], u["n1"], u["n2"], str(u["edad"]), u["unidad"], u["sexo"], u["dep"], u["muni"], u["zona"]] for u in users]
ct = []
for r, fecha in enumerate(["05/11/2026", "04/12/2026", "06/12/2026"]):
    sub = {"AF": len(af), "US": len(us_rows), "AC": len(ac), "AP": len(ap), "AM": len(am)} if r == 1 else {"AF": rnd.randint(300, 450), "US": rnd.randint(250, 400), "AC": rnd.randint(800, 1100), "AP": rnd.randint(300, 500), "AM": rnd.randint(400, 700)}
    for f in ("AF", "US", "AC", "AP", "AM"):
        ct.append([PRESTADOR, fecha, "%s%06d" % (f, 120 + r), str(sub[f])])
H = {
 "CT": ["Código Prestador", "Fecha Remisión", "Código Archivo", "Total Registros"],
 "AF": ["Código Prestador", "Razón Social", "Tipo Identificación Prestador", "Número Identificación Prestador", "Número Factura", "Fecha Expedición Factura",
        "Fecha Inicio", "Fecha Final", "Código Entidad Administradora", "Nombre Entidad Administradora", "Número Contrato", "Plan de Beneficios", "Número Póliza",
        "Valor Copago", "Valor Comisión", "Valor Descuentos", "Valor Neto a Pagar"],
 "US": ["Tipo Identificación", "Número Identificación", "Código Entidad Administradora", "Tipo Usuario", "Primer Apellido", "Segundo Apellido", "Primer Nombre",
        "Segundo Nombre", "Edad", "Unidad Medida Edad", "Sexo", "Código Departamento", "Código Municipio", "Zona Residencial"],
 "AC": ["Número Factura", "Código Prestador", "Tipo Identificación", "Número Identificación", "Fecha Consulta", "Número Autorización", "Código Consulta",
        "Finalidad Consulta", "Causa Externa", "Diagnóstico Principal", "Diagnóstico Relacionado 1", "Diagnóstico Relacionado 2", "Diagnóstico Relacionado 3",
        "Tipo Diagnóstico Principal", "Valor Consulta", "Valor Cuota Moderadora", "Valor Neto"],
 "AP": ["Número Factura", "Código Prestador", "Tipo Identificación", "Número Identificación", "Fecha Procedimiento", "Número Autorización", "Código Procedimiento",
        "Ámbito Realización", "Finalidad Procedimiento", "Personal que Atiende", "Diagnóstico Principal", "Diagnóstico Relacionado", "Complicación",
        "Forma Realización Acto Quirúrgico", "Valor Procedimiento"],
 "AM": ["Número Factura", "Código Prestador", "Tipo Identificación", "Número Identificación", "Número Autorización", "Código Medicamento", "Tipo Medicamento",
        "Nombre Genérico", "Forma Farmacéutica", "Concentración", "Unidad Medida", "Número Unidades", "Valor Unitario", "Valor Total"]}
for t, rows in (("CT", ct), ("AF", af), ("US", us_rows), ("AC", ac), ("AP", ap), ("AM", am)):
    with open(os.path.join(HERE, t + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(H[t]); w.writerows(rows)
L = {"CT": ["NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "AF": ["NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "DATE", "NON_IDENTIFYING",
            "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "HEALTH_PLAN_BENEFICIARY_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "US": ["NON_IDENTIFYING", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING", "FAMILY_NAME", "FAMILY_NAME", "GIVEN_NAME", "GIVEN_NAME", "AGE", "NON_IDENTIFYING",
            "NON_IDENTIFYING", "NON_IDENTIFYING", "GEOGRAPHIC_SUBDIVISION", "NON_IDENTIFYING"],
     "AC": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "DATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
            "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "AP": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "DATE", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
            "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "AM": ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NATIONAL_ID", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
            "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]}
cols = {}
for t in ("CT", "AF", "US", "AC", "AP", "AM"):
    for h, l in zip(H[t], L[t]): cols[t + "." + h] = l
fks = [{"column": t + ".Número Factura", "references": "AF.Número Factura"} for t in ("AC", "AP", "AM")] + \
      [{"column": t + ".Número Identificación", "references": "US.Número Identificación"} for t in ("AC", "AP", "AM")]
gold = {"dataset": "rips-co", "description": "Invented Colombian RIPS submission (Resolución 3374 de 2000 files CT, AF, US, AC, AP, AM) of a fictional IPS in Santander, Spanish headers, ',', dates dd/mm/aaaa: 15 control rows, 420 invoices (one per episode, FEV numbers, EPS codes and names, contract numbers), 380 users (CC/TI/RC/CE/PA/PE/MS document types and numbers, two surnames and two given names, edad with unidad de medida 1/2/3 incl. over 89, DANE department and municipality codes, zona), 1,050 consultations (CUPS, CIE-10 without dot, finalidad, causa externa, values), 460 procedures and 610 medicines (CUM codes), referring to AF by Número Factura and to US by Número Identificación; authorization numbers per episode",
        "delimiter": ",", "entity": "US", "columns": cols, "foreignKeys": fks}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

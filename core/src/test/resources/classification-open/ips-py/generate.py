#!/usr/bin/env python3
"""Writes ips-py: an invented pensioner payroll export of the FICTIONAL Paraguayan IPS (Instituto de Prevision Social)
Caja de Jubilaciones (breaker90; seeded, Python standard library only). ';', thousands with dots and decimal commas,
dates dd/mm/aaaa, Spanish headers with a Guarani one. jubilados (820: Nro. Jubilacion 'J-0041237', C.I. No '4.123.456'
(6-7 digits with dots, no check digit), NOMBRES Y APELLIDOS in capitals 'GONZALEZ BENITEZ, MARIA ROSA' (a few without the
comma), RUC '4123456-7' (the C.I. digits with the SET modulo-11 check digit; 30% empty), Fecha Nac. (a few born
1930-1934), Edad, Sexo, Estado Civil, Fecha de Ingreso, Fecha Jubilacion, Tipo de Jubilacion, Haber Jubilatorio
'Gs. 2.850.000', Banco, Nro. Cuenta, Departamento, Ciudad, Barrio, Direccion ('Mcal. Lopez c/ Brasil 1234'),
Telefono '(021) 555 123' / '0981 123 456', Empleador, Nro. Patronal, Ne'e (language: guarani, castellano, jopara),
Obs. (free text naming relatives with a phone)), beneficiarios (1,172: Nro. Jubilacion, C.I. Beneficiario (30% empty for
minors), NOMBRES Y APELLIDOS, Parentesco, Fecha Nac., Sexo, Porcentaje '50,00', Estado), planilla (3,300: Periodo
'03/2026', Nro. Jubilacion, C.I. No, Haber Bruto, Aporte Salud, Descuento Prestamo, Haber Neto (all 'Gs.' figures),
Fecha Pago, Forma de Pago, Liquidado por (clerk name, many rows)).
Deliberate coincidences: the given names ASUNCION, CONCEPCION and ENCARNACION beside the cities Asuncion, Concepcion
and Encarnacion; the surname LUQUE beside the city Luque; the given name VICENTE beside the barrio San Vicente; the
surname FRANCO beside the city Presidente Franco; the clerk VILLALBA beside pensioners surnamed VILLALBA."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(900202)
GIVEN = ["JUAN", "CARLOS", "RAMON", "PEDRO", "LUIS", "JOSE", "VICENTE", "FRANCISCO", "ANTONIO", "VICTOR", "CELSO",
         "HUGO", "ALCIDES", "ROQUE", "NESTOR", "BLAS", "FELIPE", "DIONISIO", "ISIDRO", "SANTIAGO",
         "MARIA", "ROSA", "ASUNCION", "CONCEPCION", "ENCARNACION", "CRISTINA", "GLADYS", "NILDA", "MIRTA", "LIDIA",
         "BLANCA", "ZUNILDA", "CELIA", "ELVIRA", "RAMONA", "ELSA", "TERESA", "GRACIELA", "LOURDES", "MARTA"]
FEMALE = set(GIVEN[20:])
FAMILY = ["GONZALEZ", "BENITEZ", "MARTINEZ", "LOPEZ", "GIMENEZ", "VERA", "DUARTE", "RAMIREZ", "VILLALBA", "FERNANDEZ",
          "ROJAS", "AYALA", "CABALLERO", "ACOSTA", "CACERES", "ORTIZ", "BAEZ", "FRANCO", "LUQUE", "ESPINOLA",
          "AQUINO", "CABRERA", "RIVEROS", "OVIEDO", "GAMARRA", "ALVARENGA", "INSFRAN", "CANTERO", "ARZAMENDIA", "ZARATE",
          "MERELES", "CARDOZO", "SANABRIA", "ROMERO", "ARCE", "FLEITAS", "CHAPARRO", "OJEDA", "IRALA", "SAMANIEGO"]
# departamento, ciudad, barrios, area code
PLACES = [("Capital", "Asunción", ["San Vicente", "Sajonia", "Recoleta", "Villa Morra", "Trinidad", "Barrio Obrero",
                                   "Tembetary", "San Pablo"], "021", 30),
          ("Central", "Luque", ["Laurelty", "Itapuamí", "Mora Cué", "Centro"], "021", 12),
          ("Central", "San Lorenzo", ["Barcequillo", "Reducto", "Villa Universitaria", "Centro"], "021", 12),
          ("Central", "Fernando de la Mora", ["Zona Norte", "Zona Sur", "Pitiantuta"], "021", 9),
          ("Central", "Lambaré", ["Valle Apu'a", "Santa Rosa", "Cerro Lambaré"], "021", 8),
          ("Itapúa", "Encarnación", ["San Pedro", "Pacu Cuá", "Ciudad Nueva", "Centro"], "071", 8),
          ("Concepción", "Concepción", ["Itacurubí", "San Antonio", "Fátima"], "0331", 5),
          ("Alto Paraná", "Ciudad del Este", ["Boquerón", "San José", "Obrero"], "061", 8),
          ("Alto Paraná", "Presidente Franco", ["Centro", "San Miguel", "Remansito"], "061", 4),
          ("Guairá", "Villarrica", ["Estación", "Ybaroty", "Centro"], "0541", 4)]
STREETS = {"Asunción": ["Mcal. López", "Eusebio Ayala", "España", "Artigas", "Brasil", "Perú", "Tte. Fariña", "Gral. Santos"],
           "Luque": ["Gral. Aquino", "Sportivo Luqueño", "Humaitá", "Capitán Bado"],
           "San Lorenzo": ["Mcal. Estigarribia", "Julia Miranda Cueto", "Cerro Corá"],
           "Fernando de la Mora": ["Avda. Defensores del Chaco", "Pitiantuta", "10 de Agosto"],
           "Lambaré": ["Avda. Cacique Lambaré", "Aromita", "Mburucuyá"],
           "Encarnación": ["Avda. Irrazábal", "Mcal. Estigarribia", "Carlos A. López", "Tomás R. Pereira"],
           "Concepción": ["Pdte. Franco", "Mcal. López", "Cerro Corá"],
           "Ciudad del Este": ["Avda. San Blas", "Pioneros del Este", "Carlos A. López"],
           "Presidente Franco": ["Avda. Monday", "Ruta VII", "San Miguel"],
           "Villarrica": ["Carlos A. López", "Mcal. López", "Dr. Bottrell"]}
BANKS = [("Banco Nacional de Fomento", 10), ("Banco Itaú Paraguay", 3), ("Visión Banco", 2), ("Banco Continental", 2),
         ("Ueno Bank", 1), ("Cooperativa Universitaria", 1)]
EMPLOYERS = [("Administración Nacional de Electricidad", "0010044"), ("Industria Nacional del Cemento", "0020381"),
             ("Supermercado Stock S.A.", "0341207"), ("Cervecería Paraguaya S.A.", "0045117"),
             ("Colegio San José", "0100883"), ("Hospital Bautista", "0077210"), ("Textilia S.A.", "0213340"),
             ("Copetrol S.A.", "0409912"), ("Frigorífico Guaraní", "0388765"), ("La Consolidada S.A.", "0150091"),
             ("Cooperativa Colonias Unidas", "0502213"), ("Ferretería Luque S.R.L.", "0277610")]
CLERKS = ["Lic. Mirian Villalba", "Rubén Darío Cáceres", "Lic. Gustavo Sosa Brítez", "Nathalia Riquelme",
          "C.P. Hugo Báez Torres"]

def dmy(d):
    return d.strftime("%d/%m/%Y")

def gs(n):
    return "Gs. " + "{:,}".format(n).replace(",", ".")

def dotted(n):
    return "{:,}".format(n).replace(",", ".")

def ruc_dv(num):
    total, k = 0, 2
    for ch in reversed(str(num)):
        total += int(ch) * k
        k = 2 if k == 11 else k + 1
    r = total % 11
    return 11 - r if r > 1 else 0

def phone(code):
    if rnd.random() < 0.6:
        return "%s %03d %03d" % (rnd.choice(["0981", "0982", "0983", "0971", "0972", "0961", "0991", "0985"]),
                                 rnd.randint(100, 999), rnd.randint(0, 999))
    if code == "021":
        return "(021) %03d %03d" % (rnd.randint(200, 999), rnd.randint(0, 999))
    return "(%s) %d%05d" % (code, rnd.randint(2, 9), rnd.randint(0, 99999)) if len(code) == 3 else "(%s) %05d" % (code, rnd.randint(20000, 99999))

def fullname(female, comma=True):
    g = rnd.choice([x for x in GIVEN if (x in FEMALE) == female])
    if rnd.random() < 0.6:
        g += " " + rnd.choice([x for x in GIVEN if (x in FEMALE) == female and x != g])
    f = rnd.choice(FAMILY) + " " + rnd.choice(FAMILY)
    return (f + ", " + g) if comma else (g + " " + f)

REF = datetime.date(2026, 11, 30)
pens, cis = [], set()
def new_ci(lo, hi):
    while True:
        c = rnd.randint(lo, hi)
        if c not in cis:
            cis.add(c)
            return c
for i in range(820):
    female = rnd.random() < 0.45
    born = datetime.date(rnd.randint(1930, 1934), rnd.randint(1, 12), rnd.randint(1, 28)) if i < 7 else \
        datetime.date(1938, 1, 1) + datetime.timedelta(days=rnd.randint(0, 8000))
    ci = new_ci(250000, 1999999) if born.year < 1955 else new_ci(600000, 3999999)
    name = fullname(female, rnd.random() < 0.85)
    age = REF.year - born.year - ((REF.month, REF.day) < (born.month, born.day))
    ingreso = born + datetime.timedelta(days=rnd.randint(18 * 365, 30 * 365))
    jub = born + datetime.timedelta(days=rnd.randint(60 * 365, 66 * 365))
    if jub > REF:
        jub = REF - datetime.timedelta(days=rnd.randint(30, 900))
    tipo = rnd.choice(["Ordinaria", "Ordinaria", "Ordinaria", "Proporcional", "Invalidez", "Vejez"])
    haber = rnd.randint(2899048 // 1000, 9500000 // 1000) * 1000 if tipo != "Vejez" else 2899048
    dep, city, barrios, code, _ = rnd.choices(PLACES, weights=[p[4] for p in PLACES])[0]
    bank = rnd.choices([b[0] for b in BANKS], weights=[b[1] for b in BANKS])[0]
    acct = "%d" % rnd.randint(10**8, 10**9 - 1) if bank == "Banco Nacional de Fomento" else "%d-%d" % (rnd.randint(10**6, 10**7 - 1), rnd.randint(1, 9))
    st = rnd.choice(STREETS[city])
    cross = rnd.choice([s for s in STREETS[city] if s != st] + ["Tte. Ettiene", "Dr. Morra", "Cnel. Bogado"])
    addr = "%s c/ %s" % (st, cross) if rnd.random() < 0.6 else "%s Nº %d" % (st, rnd.randint(100, 3999))
    if rnd.random() < 0.15:
        addr += rnd.choice([" casi %s" % cross, " - Depto. %d" % rnd.randint(1, 12), " (frente a la capilla)"])
    emp = rnd.choice(EMPLOYERS)
    ruc = "%d-%d" % (ci, ruc_dv(ci)) if rnd.random() < 0.7 else ""
    obs = ""
    r = rnd.random()
    if r < 0.1:
        rel = rnd.choice(["hija", "hijo", "sobrina", "nieto"])
        obs = "Cobra por poder su %s %s, cel. %s" % (rel, rnd.choice([x for x in GIVEN if (x in FEMALE) == (rel in ("hija", "sobrina"))]).title(),
                                                     phone("021"))
    elif r < 0.16:
        obs = rnd.choice(["Fe de vida presentada", "Pendiente fe de vida", "Reajuste aplicado Res. 045/2026",
                          "Embargo judicial Juzgado 3er Turno", "Domicilio actualizado"])
    elif r < 0.19:
        obs = "Fallecido el %s, pensión derecho habiente a %s" % (dmy(REF - datetime.timedelta(days=rnd.randint(10, 400))),
                                                                   fullname(not female, False))
    pens.append(["J-%07d" % (40000 + i * 37 + rnd.randint(0, 30)), dotted(ci), name, ruc, dmy(born), str(age),
                 "F" if female else "M", rnd.choice(["Casado/a", "Soltero/a", "Viudo/a", "Divorciado/a", "Unido/a"]),
                 dmy(ingreso), dmy(jub), tipo, gs(haber), bank, acct, dep, city, rnd.choice(barrios), addr, phone(code),
                 emp[0], emp[1], rnd.choice(["Guaraní", "Castellano", "Jopara", "Guaraní", "Jopara"]), obs, born, haber, female])
P_HEAD = ["Nro. Jubilación", "C.I. Nº", "NOMBRES Y APELLIDOS", "RUC", "Fecha Nac.", "Edad", "Sexo", "Estado Civil",
          "Fecha de Ingreso", "Fecha Jubilación", "Tipo de Jubilación", "Haber Jubilatorio", "Banco", "Nro. Cuenta",
          "Departamento", "Ciudad", "Barrio", "Dirección", "Teléfono", "Empleador", "Nro. Patronal", "Ñe'ẽ", "Obs."]
bens = []
for p in pens:
    n = rnd.choice([0, 1, 1, 1, 2, 2, 3])
    for j in range(n):
        if j == 0 and rnd.random() < 0.8:
            par, fem = "Cónyuge" if rnd.random() < 0.8 else "Concubino/a", not p[25]
            born = p[23] + datetime.timedelta(days=rnd.randint(-2500, 2500))
        else:
            fem = rnd.random() < 0.5
            par = "Hija" if fem else "Hijo"
            par = rnd.choice([par, par, "Hijo/a discapacitado/a"])
            born = p[23] + datetime.timedelta(days=rnd.randint(20 * 365, 40 * 365))
        born = min(born, REF - datetime.timedelta(days=400))
        minor = (REF - born).days < 18 * 365
        ci = "" if minor and rnd.random() < 0.6 else dotted(new_ci(600000, 7999999))
        fam = p[2].split(",")[0].split()[0] if "," in p[2] else p[2].split()[-2]
        nm = fullname(fem, True)
        if par.startswith("Hij"):
            nm = fam + " " + rnd.choice(FAMILY) + ", " + nm.split(", ")[1]
        bens.append([p[0], ci, nm, par, dmy(born), "F" if fem else "M", "%d,00" % (100 // n if n < 3 else 33),
                     rnd.choice(["Activo", "Activo", "Activo", "Suspendido", "En trámite"])])
B_HEAD = ["Nro. Jubilación", "C.I. Beneficiario", "NOMBRES Y APELLIDOS", "Parentesco", "Fecha Nac.", "Sexo",
          "Porcentaje", "Estado"]
pay = []
months = [(2026, m) for m in range(1, 12)]
for k in range(3300):
    p = rnd.choice(pens)
    y, m = rnd.choice(months)
    bruto = p[24]
    salud = round(bruto * 0.06)
    prest = rnd.choice([0, 0, 0, 150000, 320000, 510000])
    neto = bruto - salud - prest
    fp = datetime.date(y, m, 1) + datetime.timedelta(days=rnd.randint(24, 30))
    pay.append(["%02d/%d" % (m, y), p[0], p[1], gs(bruto), gs(salud), gs(prest) if prest else "Gs. 0", gs(neto), dmy(fp),
                "Acreditación en cuenta" if p[12] != "Cooperativa Universitaria" else "Cheque",
                rnd.choices(CLERKS, weights=[5, 3, 3, 2, 1])[0]])
L_HEAD = ["Periodo", "Nro. Jubilación", "C.I. Nº", "Haber Bruto", "Aporte Salud", "Descuento Préstamo", "Haber Neto",
          "Fecha Pago", "Forma de Pago", "Liquidado por"]
bancos = [[b[0], c, t] for b, c, t in zip(BANKS, ["002", "017", "050", "033", "080", "901"],
                                             ["Banco público", "Banco privado", "Banco privado", "Banco privado",
                                              "Banco digital", "Cooperativa"])]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows([r[:len(head)] for r in rows])
write("jubilados", P_HEAD, pens)
write("beneficiarios", B_HEAD, bens)
write("planilla", L_HEAD, pay)
L = {"jubilados": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NAME", "NATIONAL_ID", "DATE_OF_BIRTH", "AGE",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "ACCOUNT_NUMBER", "NON_IDENTIFYING", "CITY", "GEOGRAPHIC_SUBDIVISION",
                   "STREET_ADDRESS", "TELEPHONE_NUMBER", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING",
                   "FREE_TEXT"],
     "beneficiarios": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH",
                       "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "planilla": ["DATE", "OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING",
                  "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NAME"]}
HEADS = {"jubilados": P_HEAD, "beneficiarios": B_HEAD, "planilla": L_HEAD}
labels = {}
for t in ["jubilados", "beneficiarios", "planilla"]:
    assert len(L[t]) == len(HEADS[t])
    for h, l in zip(HEADS[t], L[t]):
        labels[t + "." + h] = l
gold = {"dataset": "ips-py",
        "description": "Invented pensioner payroll of the fictional Paraguayan IPS Caja de Jubilaciones (breaker90), ';', thousands dots, decimal commas, dd/mm/aaaa: jubilados 820 (Nro. Jubilación 'J-0041237', C.I. Nº '4.123.456', NOMBRES Y APELLIDOS 'GONZALEZ BENITEZ, MARIA ROSA' in capitals, RUC '4123456-7' with its SET modulo-11 check digit (30% empty), Fecha Nac. (7 born 1930-1934), Edad, sexo, estado civil, Fecha de Ingreso, Fecha Jubilación, tipo, Haber Jubilatorio 'Gs. 2.850.000', Banco, Nro. Cuenta, Departamento, Ciudad, Barrio, Dirección 'Mcal. López c/ Brasil', Teléfono '0981 123 456' / '(021) 555 123', Empleador, Nro. Patronal, Ñe'ẽ (language), Obs. naming relatives with a phone), beneficiarios 1,172 (Nro. Jubilación, C.I. Beneficiario (empty for many minors), NOMBRES Y APELLIDOS, Parentesco, Fecha Nac., Sexo, Porcentaje '50,00', Estado), planilla 3,300 (Periodo '03/2026', Nro. Jubilación, C.I. Nº, Haber Bruto/Aporte Salud/Descuento Préstamo/Haber Neto 'Gs.', Fecha Pago, Forma de Pago, Liquidado por (clerk name)). Labels: C.I. and RUC NATIONAL_ID; Nro. Jubilación OTHER_UNIQUE_IDENTIFIER; Departamento NON_IDENTIFYING (first-level); Barrio GEOGRAPHIC_SUBDIVISION; Empleador and Nro. Patronal QUASI_IDENTIFIER (the employer, as an occupation); amounts NON_IDENTIFYING; Periodo DATE. Coincidences: given names ASUNCION, CONCEPCION, ENCARNACION beside the cities; surnames LUQUE and FRANCO beside Luque and Presidente Franco; VICENTE beside barrio San Vicente; clerk Mirian Villalba beside pensioners surnamed VILLALBA; employer Ferretería Luque S.R.L.",
        "delimiter": ";", "entity": "jubilados", "columns": labels,
        "foreignKeys": [{"column": "beneficiarios.Nro. Jubilación", "references": "jubilados.Nro. Jubilación"},
                        {"column": "planilla.Nro. Jubilación", "references": "jubilados.Nro. Jubilación"},
                        {"column": "planilla.C.I. Nº", "references": "jubilados.C.I. Nº"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

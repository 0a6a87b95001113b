#!/usr/bin/env python3
"""Writes nomina-mx: an invented Mexican payroll export (empleados, recibos = CFDI payslips, beneficiarios), `,`,
dd/mm/yyyy dates, Spanish headers (seeded, stdlib only). CURP values carry the RENAPO check digit, RFC values the SAT
homoclave check character, NSS (IMSS numbers) pass Luhn, CLABE accounts pass the 3-7-1 weighted check. Supervisors'
and payroll approvers' names, beneficiaries (relatives, some over 89), notes naming people."""
import csv, json, random, datetime, uuid
rnd = random.Random(90901)
GIVEN = ["José", "María", "Guadalupe", "Juan", "Fernanda", "Alejandro", "Ximena", "Luis", "Sofía", "Miguel", "Daniela",
         "Jesús", "Valeria", "Ricardo", "Mariana", "Eduardo", "Itzel", "Arturo", "Citlali", "Raúl"]
FAMILY = ["Hernández", "García", "Martínez", "López", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Cruz",
          "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Xicoténcatl", "Tzompantzi", "Castañeda", "Ochoa"]
STATES = [("Ciudad de México", "DF", "Cuauhtémoc", "06"), ("Jalisco", "JC", "Zapopan", "45"), ("Nuevo León", "NL", "San Pedro Garza García", "66"),
          ("Puebla", "PL", "Cuetzalan del Progreso", "73"), ("Oaxaca", "OC", "San Juan Bautista Tuxtepec", "68"),
          ("Estado de México", "MC", "Naucalpan de Juárez", "53"), ("Yucatán", "YN", "Mérida", "97"), ("Chiapas", "CS", "Tapachula", "30")]
STREETS = ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle 5 de Mayo", "Calz. de Tlalpan", "Av. Hidalgo", "Calle Allende"]
PUESTOS = [("Operador de producción", "Producción", 320, 420), ("Supervisor de línea", "Producción", 600, 800),
           ("Auxiliar contable", "Finanzas", 450, 560), ("Analista de nómina", "Recursos Humanos", 520, 700),
           ("Chofer repartidor", "Logística", 380, 470), ("Almacenista", "Logística", 330, 400),
           ("Ingeniero de calidad", "Calidad", 900, 1300), ("Recepcionista", "Administración", 300, 360)]
SUPERVISORES = ["Ing. Roberto Salinas Ortega", "Lic. Patricia Cordero Luna", "C.P. Héctor Villaseñor", "Ing. Ana Laura Quiroz"]
APROBADORES = ["Mtra. Gabriela Espinoza", "Lic. Octavio Ruelas", "C.P. Lourdes Marín"]
BANCOS = [("BBVA México", "012"), ("Banorte", "072"), ("Santander", "014"), ("Banamex", "002"), ("HSBC", "021")]
PARENTESCO = ["Cónyuge", "Hijo(a)", "Madre", "Padre", "Hermano(a)", "Abuela"]
TODAY = datetime.date(2026, 12, 6)
VOWELS = "AEIOU"
CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_CH = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"

def plain(s):
    return s.upper().translate(str.maketrans("ÁÉÍÓÚÜ", "AEIOUU"))

def first_inner(s, vowels):
    for ch in s[1:]:
        if (ch in VOWELS) == vowels:
            return ch
    return "X"

def curp(nombre, pat, mat, born, sexo, edo):
    p, m, n = plain(pat), plain(mat), plain(nombre)
    base = p[0] + first_inner(p, True) + m[0] + n[0] + born.strftime("%y%m%d") + sexo + edo
    base += first_inner(p, False) + first_inner(m, False) + first_inner(n, False)
    base += "0" if born.year < 2000 else "A"
    s = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)

def rfc(nombre, pat, mat, born):
    p, m, n = plain(pat), plain(mat), plain(nombre)
    base = p[0] + first_inner(p, True) + m[0] + n[0] + born.strftime("%y%m%d")
    base += rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    s = sum(RFC_CH.index(c) * (13 - i) for i, c in enumerate(base))
    r = 11 - s % 11
    return base + ("0" if r == 11 else "A" if r == 10 else str(r))

def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)

def nss(born):
    base = "%02d%02d%02d%04d" % (rnd.randint(1, 99), rnd.randint(0, 26), born.year % 100, rnd.randint(0, 9999))
    return base + luhn_digit(base)

def clabe(bank):
    base = bank + "%03d" % rnd.randint(1, 999) + "%011d" % rnd.randint(0, 10 ** 11 - 1)
    s = sum((int(c) * [3, 7, 1][i % 3]) % 10 for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)

def d(x):
    return x.strftime("%d/%m/%Y")

def tel():
    return "+52 %s %04d %04d" % (rnd.choice(["55", "33", "81", "222", "951"]), rnd.randint(1000, 9999), rnd.randint(0, 9999))

def money(x):
    return "%.2f" % x

emp, recibos, benef = [], [], []
for i in range(150):
    sexo = rnd.choice("HM")
    nombre = rnd.choice(GIVEN) + (" " + rnd.choice(GIVEN) if rnd.random() < 0.3 else "")
    pat, mat = rnd.choice(FAMILY), rnd.choice(FAMILY)
    born = datetime.date(rnd.randint(1958, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    edo, edo_code, mun, cp = rnd.choice(STATES)
    puesto, depto, lo, hi = rnd.choice(PUESTOS)
    bank, bcode = rnd.choice(BANCOS)
    ingreso = datetime.date(rnd.randint(2008, 2026), rnd.randint(1, 12), rnd.randint(1, 28))
    if ingreso > TODAY:
        ingreso = TODAY - datetime.timedelta(days=40)
    emp.append({
        "num_empleado": "E%05d" % (10231 + i * 7),
        "nombre": nombre, "apellido_paterno": pat, "apellido_materno": mat,
        "curp": curp(nombre.split()[0], pat, mat, born, sexo, edo_code),
        "rfc": rfc(nombre.split()[0], pat, mat, born),
        "nss": nss(born),
        "fecha_nacimiento": d(born),
        "sexo": sexo,
        "estado_civil": rnd.choice(["Soltero(a)", "Casado(a)", "Unión libre", "Divorciado(a)", "Viudo(a)"]),
        "entidad_nacimiento": edo,
        "domicilio": "%s %d, Col. %s" % (rnd.choice(STREETS), rnd.randint(1, 3999), rnd.choice(["Centro", "Del Valle", "Roma Norte", "Las Águilas", "San Rafael", "Jardines"])),
        "municipio": mun,
        "codigo_postal": cp + "%03d" % rnd.randint(0, 999),
        "telefono": tel(),
        "correo": "%s.%s%d@correo.example" % (plain(nombre.split()[0]).lower(), plain(pat).lower(), rnd.randint(1, 99)),
        "banco": bank,
        "clabe": clabe(bcode),
        "puesto": puesto, "departamento": depto,
        "fecha_ingreso": d(ingreso),
        "tipo_contrato": rnd.choice(["Indeterminado", "Indeterminado", "Determinado", "Por obra"]),
        "jornada": rnd.choice(["Diurna", "Diurna", "Nocturna", "Mixta"]),
        "salario_diario": money(rnd.uniform(lo, hi)),
        "supervisor": rnd.choice(SUPERVISORES),
    })
for e in emp:
    sd = float(e["salario_diario"])
    start = datetime.date(2026, 9, 1)
    for k in range(6):
        ini = start + datetime.timedelta(days=15 * k)
        fin = ini + datetime.timedelta(days=14)
        if rnd.random() < 0.05:
            continue
        dias = 15 if rnd.random() < 0.9 else rnd.randint(10, 14)
        perc = sd * dias + (rnd.choice([0, 0, 0, 350, 500]))
        isr = perc * rnd.uniform(0.06, 0.14)
        imss = perc * 0.0275
        ded = isr + imss + (rnd.choice([0, 0, 0, 420.0]))
        obs = ""
        r = rnd.random()
        if r < 0.06:
            obs = "Descuento por préstamo autorizado por %s" % rnd.choice(SUPERVISORES)
        elif r < 0.11:
            obs = "Pensión alimenticia a favor de %s %s, oficio del juzgado" % (rnd.choice(GIVEN), e["apellido_paterno"])
        elif r < 0.15:
            obs = "Incapacidad IMSS; avisó su esposa %s al %s" % (rnd.choice(GIVEN), tel())
        elif r < 0.2:
            obs = "Horas extra dobles"
        recibos.append({
            "folio_fiscal": str(uuid.UUID(int=rnd.getrandbits(128), version=4)).upper(),
            "empleado": e["num_empleado"],
            "periodo_inicio": d(ini), "periodo_fin": d(fin),
            "fecha_pago": d(fin + datetime.timedelta(days=1)),
            "dias_pagados": str(dias),
            "percepciones": money(perc), "isr_retenido": money(isr), "cuota_imss": money(imss),
            "deducciones": money(ded), "neto_pagado": money(perc - ded),
            "forma_pago": rnd.choice(["Transferencia", "Transferencia", "Transferencia", "Cheque"]),
            "uso_cfdi": "CN01", "regimen": rnd.choice(["02 Sueldos", "02 Sueldos", "09 Asimilados"]),
            "autorizo": rnd.choice(APROBADORES),
            "observaciones": obs,
        })
    for k in range(rnd.choice([1, 1, 2, 2])):
        par = rnd.choice(PARENTESCO)
        by = int(e["fecha_nacimiento"][-4:])
        if par in ("Madre", "Padre"):
            bborn = datetime.date(by - rnd.randint(20, 40), rnd.randint(1, 12), rnd.randint(1, 28))
        elif par == "Abuela":
            bborn = datetime.date(rnd.randint(1929, 1940), rnd.randint(1, 12), rnd.randint(1, 28))
        elif par == "Hijo(a)":
            bborn = datetime.date(min(by + rnd.randint(18, 35), 2025), rnd.randint(1, 12), rnd.randint(1, 28))
        else:
            bborn = datetime.date(by + rnd.randint(-8, 8), rnd.randint(1, 12), rnd.randint(1, 28))
        age = TODAY.year - bborn.year - ((TODAY.month, TODAY.day) < (bborn.month, bborn.day))
        benef.append({
            "empleado": e["num_empleado"],
            "nombre_completo": "%s %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY) if par == "Cónyuge" else e["apellido_paterno"], rnd.choice(FAMILY)),
            "parentesco": par,
            "fecha_nacimiento": d(bborn),
            "edad": str(age),
            "porcentaje": str(100 if k == 0 else 50),
            "seguro_vida": rnd.choice(["Sí", "No"]),
        })

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("empleados", emp); write("recibos", recibos); write("beneficiarios", benef)
L = {
    "empleados.num_empleado": "OTHER_UNIQUE_IDENTIFIER", "empleados.nombre": "GIVEN_NAME",
    "empleados.apellido_paterno": "FAMILY_NAME", "empleados.apellido_materno": "FAMILY_NAME",
    "empleados.curp": "NATIONAL_ID", "empleados.rfc": "NATIONAL_ID", "empleados.nss": "SOCIAL_SECURITY_NUMBER",
    "empleados.fecha_nacimiento": "DATE_OF_BIRTH", "empleados.sexo": "NON_IDENTIFYING",
    "empleados.estado_civil": "NON_IDENTIFYING", "empleados.entidad_nacimiento": "QUASI_IDENTIFIER",
    "empleados.domicilio": "STREET_ADDRESS", "empleados.municipio": "CITY", "empleados.codigo_postal": "ZIP_CODE",
    "empleados.telefono": "TELEPHONE_NUMBER", "empleados.correo": "EMAIL_ADDRESS", "empleados.banco": "NON_IDENTIFYING",
    "empleados.clabe": "ACCOUNT_NUMBER", "empleados.puesto": "NON_IDENTIFYING", "empleados.departamento": "NON_IDENTIFYING",
    "empleados.fecha_ingreso": "DATE", "empleados.tipo_contrato": "NON_IDENTIFYING", "empleados.jornada": "NON_IDENTIFYING",
    "empleados.salario_diario": "NON_IDENTIFYING", "empleados.supervisor": "NAME",
    "recibos.folio_fiscal": "OTHER_UNIQUE_IDENTIFIER", "recibos.empleado": "OTHER_UNIQUE_IDENTIFIER",
    "recibos.periodo_inicio": "DATE", "recibos.periodo_fin": "DATE", "recibos.fecha_pago": "DATE",
    "recibos.dias_pagados": "NON_IDENTIFYING", "recibos.percepciones": "NON_IDENTIFYING",
    "recibos.isr_retenido": "NON_IDENTIFYING", "recibos.cuota_imss": "NON_IDENTIFYING",
    "recibos.deducciones": "NON_IDENTIFYING", "recibos.neto_pagado": "NON_IDENTIFYING",
    "recibos.forma_pago": "NON_IDENTIFYING", "recibos.uso_cfdi": "NON_IDENTIFYING", "recibos.regimen": "NON_IDENTIFYING",
    "recibos.autorizo": "NAME", "recibos.observaciones": "FREE_TEXT",
    "beneficiarios.empleado": "OTHER_UNIQUE_IDENTIFIER", "beneficiarios.nombre_completo": "NAME",
    "beneficiarios.parentesco": "NON_IDENTIFYING", "beneficiarios.fecha_nacimiento": "DATE_OF_BIRTH",
    "beneficiarios.edad": "AGE", "beneficiarios.porcentaje": "NON_IDENTIFYING", "beneficiarios.seguro_vida": "NON_IDENTIFYING",
}
gold = {"dataset": "nomina-mx",
        "description": "Invented Mexican payroll export, `,`, dd/mm/yyyy, Spanish headers: 150 employees (employee numbers, given names and both surnames, CURP with the RENAPO check digit, RFC with homoclave check, NSS passing Luhn, birth dates, state of birth, street address, municipality, postcode, +52 phones, e-mail, bank and CLABE with the 3-7-1 check, job, department, hire date, contract, shift, daily wage, supervisor), %d CFDI payslips (UUID folio, employee, period, pay date, days, earnings, ISR, IMSS, deductions, net, payment form, CFDI use, regime, approver's name, notes naming relatives and phones), %d beneficiaries (relatives' names, relationship, birth dates back to 1929, ages over 89, share, life insurance)" % (len(recibos), len(benef)),
        "delimiter": ",", "entity": "empleados", "columns": L,
        "foreignKeys": [{"column": "recibos.empleado", "references": "empleados.num_empleado"},
                        {"column": "beneficiarios.empleado", "references": "empleados.num_empleado"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

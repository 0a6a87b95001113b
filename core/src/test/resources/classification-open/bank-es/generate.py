#!/usr/bin/env python3
"""Writes the invented Spanish retail-bank export (40 clientes, cuentas with IBAN ES, tarjetas, 2,000+ movimientos;
gold.json) into this folder. Spanish headers, DNI/NIE with check letter, IBAN with mod-97 check digits, card PANs
with Luhn check digits, transaction texts that name people. Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(3407)
HERE = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["Lucía", "Hugo", "Martina", "Mateo", "Sofía", "Leo", "Valeria", "Daniel", "Carmen", "Álvaro", "Irene",
         "Pablo", "Nerea", "Iker", "Ainhoa", "Jorge", "Rocío", "Sergio", "Aitana", "Gonzalo", "Maite", "Ximena"]
FAMILY = ["García", "Fernández", "Etxeberria", "Sánchez", "Quintana", "Lozano", "Villalobos", "Arrieta", "Montoya",
          "Castells", "Ibarra", "Zubizarreta", "Peñalver", "Olmedo", "Cifuentes", "Barrachina", "Llorente", "Urquijo"]
PLACES = [("Madrid", "Madrid", "280"), ("Barcelona", "Barcelona", "080"), ("Valencia", "Valencia", "460"),
          ("Bilbao", "Bizkaia", "480"), ("Zaragoza", "Zaragoza", "500"), ("Alcobendas", "Madrid", "281"),
          ("Getafe", "Madrid", "289"), ("Sabadell", "Barcelona", "082"), ("Gandia", "Valencia", "467")]
STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Paseo de la Castellana", "Calle Sierpes",
           "Rambla de Catalunya", "Calle Real", "Plaza del Pilar"]
MERCHANTS = [("MERCADONA", "5411", "alimentación"), ("CARREFOUR EXPRESS", "5411", "alimentación"),
             ("REPSOL ESTACION", "5541", "transporte"), ("RENFE VIAJEROS", "4112", "transporte"),
             ("ZARA", "5651", "ropa"), ("FARMACIA CENTRAL", "5912", "salud"), ("AMAZON EU SARL", "5999", "compras"),
             ("BAR EL RINCON", "5812", "restauración"), ("CINESA", "7832", "ocio")]
BILLS = [("RECIBO IBERDROLA CLIENTES", "suministros"), ("RECIBO MOVISTAR", "suministros"),
         ("RECIBO CANAL ISABEL II", "suministros"), ("CUOTA GIMNASIO", "ocio"), ("SEGURO MAPFRE HOGAR", "seguros")]

def dni():
    n = random.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])

def iban_es():
    bank = random.choice(["2100", "0049", "0182", "0081", "2085"])
    branch = "%04d" % random.randint(1, 9999)
    acct = "%010d" % random.randint(0, 9999999999)
    # the two national check digits (DC) are random here; the IBAN check digits are mod-97 (ISO 13616)
    bban = bank + branch + "%02d" % random.randint(0, 99) + acct
    num = int(bban + "142800")  # E=14 S=28, then 00
    return "ES%02d%s" % (98 - num % 97, bban)

def luhn_complete(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)

def pan():
    return luhn_complete(random.choice(["4539", "4916", "5425", "5186"]) + "%011d" % random.randint(0, 10**11 - 1))

gold, tables = {}, {}
def labels(name, pairs):
    tables[name] = {"columns": [c for c, _ in pairs], "rows": []}
    for c, l in pairs:
        gold[name + "." + c] = l
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
clientes = labels("clientes", [
    ("id_cliente", ID), ("dni_nie", "NATIONAL_ID"), ("nombre", "GIVEN_NAME"), ("apellidos", "FAMILY_NAME"),
    ("fecha_nacimiento", "DATE_OF_BIRTH"), ("sexo", NON), ("direccion", "STREET_ADDRESS"),
    ("codigo_postal", "ZIP_CODE"), ("localidad", "CITY"), ("provincia", NON), ("telefono_movil", "TELEPHONE_NUMBER"),
    ("correo_electronico", "EMAIL_ADDRESS"), ("profesion", NON), ("segmento", NON), ("fecha_alta", "DATE"),
    ("gestor", "NAME"), ("clave_banca_online", "CREDENTIAL")])
GESTORES = ["Ramón Salcedo", "Begoña Altuna", "Eduardo Mir"]
PROFESIONES = ["docente", "enfermera", "ingeniero", "autónomo", "administrativo", "jubilado", "estudiante", "comercial"]
people = []
for i in range(40):
    g, f1, f2 = random.choice(GIVEN), random.choice(FAMILY), random.choice(FAMILY)
    city, prov, cp = random.choice(PLACES)
    born = dt.date(random.randint(1941, 2005), random.randint(1, 12), random.randint(1, 28))
    cid = "CL%06d" % (104000 + i * 7 + random.randint(0, 6))
    people.append((cid, g, f1))
    clientes.append([
        cid, dni() if random.random() < 0.85 else "%s%07d%s" % (random.choice("XYZ"), random.randint(0, 9999999), "K"),
        g, "%s %s" % (f1, f2), born.isoformat(), random.choice(["M", "H"]),
        "%s %d, %d%s" % (random.choice(STREETS), random.randint(1, 120), random.randint(1, 8), random.choice("ABCD")),
        cp + "%02d" % random.randint(1, 40), city, prov,
        "+34 6%02d %03d %03d" % (random.randint(0, 99), random.randint(0, 999), random.randint(0, 999)),
        "%s.%s%d@%s" % (g.lower().replace("á", "a").replace("í", "i").replace("ó", "o").replace("é", "e"),
                        f1.lower().replace("í", "i").replace("á", "a").replace("ñ", "n").replace("é", "e"),
                        random.randint(1, 99), random.choice(["gmail.com", "hotmail.es", "telefonica.net"])),
        random.choice(PROFESIONES), random.choice(["particular", "particular", "premium", "joven"]),
        dt.date(random.randint(2003, 2024), random.randint(1, 12), random.randint(1, 28)).isoformat(),
        random.choice(GESTORES), "%06d" % random.randint(0, 999999)])
cuentas = labels("cuentas", [
    ("iban", "IBAN"), ("id_cliente", ID), ("tipo_cuenta", NON), ("moneda", NON), ("fecha_apertura", "DATE"),
    ("saldo_actual", NON), ("oficina", NON), ("descubierto_permitido", NON)])
accounts = []
for c in clientes:
    for k in range(random.choice([1, 1, 1, 2, 2])):
        ib = iban_es()
        accounts.append((ib, c[0]))
        cuentas.append([ib, c[0], random.choice(["cuenta corriente", "cuenta nómina", "cuenta ahorro"]), "EUR",
                        dt.date(random.randint(2005, 2024), random.randint(1, 12), random.randint(1, 28)).isoformat(),
                        "%.2f" % random.uniform(-300, 25000), ib[8:12], random.choice(["S", "N", "N"])])
tarjetas = labels("tarjetas", [
    ("numero_tarjeta", "CREDIT_CARD_NUMBER"), ("pan_enmascarado", QUASI), ("iban", "IBAN"), ("marca", NON),
    ("tipo", NON), ("caducidad", QUASI), ("cvv", "CREDENTIAL"), ("titular", "NAME"), ("limite_mensual", NON),
    ("estado", NON)])
cards = []
for ib, cid in accounts:
    if random.random() < 0.7:
        p = pan()
        person = next(x for x in people if x[0] == cid)
        cards.append(p)
        tarjetas.append([p, p[:6] + "******" + p[-4:], ib, "VISA" if p[0] == "4" else "MASTERCARD",
                         random.choice(["débito", "crédito"]),
                         "%02d/%02d" % (random.randint(1, 12), random.randint(26, 30)), "%03d" % random.randint(0, 999),
                         ("%s %s" % (person[1], person[2])).upper(), random.choice(["600", "1000", "1500", "3000"]),
                         random.choice(["activa", "activa", "activa", "bloqueada"])])
movimientos = labels("movimientos", [
    ("id_movimiento", ID), ("iban", "IBAN"), ("fecha_operacion", "DATE"), ("fecha_valor", "DATE"),
    ("concepto", FT), ("importe", NON), ("saldo_tras_operacion", NON), ("categoria", NON), ("mcc", NON),
    ("iban_contraparte", "IBAN")])
mov = 5500000
for ib, cid in accounts:
    saldo = random.uniform(200, 6000)
    d = dt.date(2025, 1, 1)
    for k in range(random.randint(20, 70)):
        d += dt.timedelta(days=random.randint(0, 9))
        mov += random.randint(1, 30)
        r = random.random()
        mcc, contra = "", ""
        if r < 0.5:
            m = random.choice(MERCHANTS)
            concepto = "COMPRA TARJ. %s %s %s" % ("*" + str(random.randint(1000, 9999)), m[0],
                                                 random.choice(["MADRID", "BILBAO", "VALENCIA", "BARCELONA"]))
            imp, cat, mcc = -random.uniform(2, 180), m[2], m[1]
        elif r < 0.68:
            b = random.choice(BILLS)
            concepto, imp, cat = b[0], -random.uniform(15, 120), b[1]
        elif r < 0.85:
            other = random.choice(people)
            name = "%s %s" % (other[1], other[2])
            if random.random() < 0.5:
                concepto = ("BIZUM DE %s %s" % (name.upper(), random.choice(["CENA", "REGALO", "LOTERIA", ""]))).strip()
                imp = random.uniform(5, 60)
            else:
                concepto = "BIZUM A %s" % name.upper()
                imp = -random.uniform(5, 60)
            cat = "bizum"
        elif r < 0.93:
            other = random.choice(people)
            contra = iban_es()
            concepto = "TRANSFERENCIA A FAVOR DE %s %s ALQUILER" % (other[1].upper(), other[2].upper())
            imp, cat = -random.uniform(300, 1100), "transferencias"
        else:
            concepto, imp, cat = "NOMINA %s" % random.choice(["ACME IBERICA SL", "AYTO DE GETAFE", "TALLERES URBIETA SA"]), \
                random.uniform(1100, 2900), "ingresos"
        saldo += imp
        movimientos.append([mov, ib, d.isoformat(), (d + dt.timedelta(days=random.choice([0, 0, 1]))).isoformat(),
                            concepto, "%.2f" % imp, "%.2f" % saldo, cat, mcc, contra])
movimientos.sort(key=lambda r: r[0])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("cuentas.id_cliente", "clientes.id_cliente"), ("tarjetas.iban", "cuentas.iban"),
       ("movimientos.iban", "cuentas.iban")]
doc = {"dataset": "bank-es",
       "description": "Invented Spanish retail-bank export: 40 customers (DNI/NIE, Spanish headers), accounts keyed by "
                      "IBAN, cards (full PAN, masked PAN, CVV), 2,000+ transactions whose text names other customers",
       "delimiter": ",", "entity": "clientes", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

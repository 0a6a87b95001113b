#!/usr/bin/env python3
"""Writes imss-mx: an invented export of a FICTIONAL Mexican social-security family-medicine unit's systems (seeded,
stdlib only), `|`-separated as Mexican government extracts often are, Spanish headers. derechohabientes (1,400 insured
workers and their beneficiaries in IMSS-style upper-case abbreviated columns: NSS of 11 digits with its Luhn check
digit, shared by the worker's beneficiaries, AGREGADO_MEDICO `1M1978OR` (relationship, sex, birth year, regime), CURP
with RENAPO's check digit, RFC with homoclave and its check digit (workers only), NOMBRE, AP_PATERNO, AP_MATERNO (some
empty), FEC_NAC dd/mm/aaaa, SEXO H/M, ENT_FED, MUNICIPIO, CP of 5 digits, COLONIA, CALLE_NUM, TELEFONO of 10 digits,
UMF, consultorio, turno, type, employer's registro patronal, dates), consultas (3,700 family-medicine visits with
Spanish headers: folio, date dd/mm/aaaa, time, NSS, agregado, CURP, UMF as `UMF 53 Zapopan`, consultorio, turno,
first/subsequent, CIE-10 in IMSS's 4-character form `J069`/`I10X`, its description, doctor's matrícula and name
`DRA. PATRICIA RAMIREZ SOTO`, weight, height, blood pressure, capillary glucose, referral and sick-leave flags),
incapacidades (48 sick-leave certificates: folio `LM123456`, NSS, CURP, insured's name `RAMIREZ SOTO PATRICIA`, ramo de
seguro, type, ISO dates, days, CIE-10, doctor, matrícula, registro patronal, salary and subsidy `$1,234.56`, the
visit's folio). Deliberate coincidences: the state GUERRERO beside the surname GUERRERO, the municipality BENITO JUAREZ
beside a BENITO and the surname JUAREZ, the city VICTORIA beside the given name VICTORIA, the colonia GUADALUPE beside
the given name GUADALUPE, UMF names holding their town (`UMF 53 Zapopan`, `UMF 77 Ciudad Victoria`)."""
import csv, json, os, random
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(780303)
GIVEN = [("JOSE", "H"), ("JUAN", "H"), ("LUIS", "H"), ("MIGUEL ANGEL", "H"), ("BENITO", "H"), ("JESUS", "H"),
         ("FRANCISCO", "H"), ("ALEJANDRO", "H"), ("CARLOS", "H"), ("JORGE", "H"), ("RICARDO", "H"), ("FERNANDO", "H"),
         ("EDUARDO", "H"), ("DIEGO", "H"), ("ROBERTO", "H"), ("JOSE LUIS", "H"), ("SANTIAGO", "H"), ("EMILIANO", "H"),
         ("MARIA GUADALUPE", "M"), ("GUADALUPE", "M"), ("MARIA", "M"), ("VICTORIA", "M"), ("ROSA", "M"), ("ANA", "M"),
         ("VERONICA", "M"), ("PATRICIA", "M"), ("MARTHA", "M"), ("LETICIA", "M"), ("ALEJANDRA", "M"), ("XIMENA", "M"),
         ("CAMILA", "M"), ("SOFIA", "M"), ("FERNANDA", "M"), ("YOLANDA", "M"), ("JUANA", "M"), ("MARIA JOSE", "M")]
FAMILY = ["HERNANDEZ", "GARCIA", "MARTINEZ", "LOPEZ", "GONZALEZ", "PEREZ", "RODRIGUEZ", "SANCHEZ", "RAMIREZ", "CRUZ",
          "FLORES", "GOMEZ", "MORALES", "VAZQUEZ", "REYES", "JIMENEZ", "TORRES", "DIAZ", "GUERRERO", "JUAREZ", "MENDOZA",
          "RUIZ", "AGUILAR", "ORTIZ", "CASTILLO", "ROMERO", "ALVAREZ", "CHAVEZ", "RIVERA", "DOMINGUEZ", "NUÑEZ", "OCHOA"]
# state (ENT_FED), RENAPO code, municipalities (name, CP prefix), colonias
STATES = [("JALISCO", "JC", [("GUADALAJARA", "44"), ("ZAPOPAN", "45"), ("SAN PEDRO TLAQUEPAQUE", "45")]),
          ("JALISCO", "JC", [("GUADALAJARA", "44"), ("ZAPOPAN", "45"), ("TONALA", "45")]),
          ("JALISCO", "JC", [("ZAPOPAN", "45"), ("TLAJOMULCO DE ZUÑIGA", "45")]),
          ("GUERRERO", "GR", [("ACAPULCO DE JUAREZ", "39"), ("CHILPANCINGO DE LOS BRAVO", "39")]),
          ("CIUDAD DE MEXICO", "DF", [("BENITO JUAREZ", "03"), ("IZTAPALAPA", "09"), ("COYOACAN", "04")]),
          ("TAMAULIPAS", "TS", [("VICTORIA", "87"), ("TAMPICO", "89")]),
          ("MICHOACAN", "MN", [("MORELIA", "58"), ("URUAPAN", "60")]),
          ("NUEVO LEON", "NL", [("MONTERREY", "64")])]
COLONIAS = ["CENTRO", "GUADALUPE", "JARDINES DEL BOSQUE", "LAS AGUILAS", "SANTA TERE", "MODERNA", "INDEPENDENCIA",
            "EL SAUZ", "LOMAS DEL PASEO", "OBLATOS", "HIDALGO", "LA ESPERANZA", "SAN ANDRES", "VILLAS DE GUADALUPE",
            "NARVARTE", "DEL VALLE", "INFONAVIT EL ROSARIO"]
STREETS = ["AV JUAREZ", "CALLE HIDALGO", "AV REVOLUCION", "CALLE MORELOS", "AV VALLARTA", "CALLE INDEPENDENCIA",
           "CALLE 5 DE MAYO", "AV PATRIA", "CALLE ALLENDE", "PRIV DE LOS PINOS", "CALLE ZARAGOZA", "AND 12"]
UMFS_BY = {"JC": [("048", "UMF 48 Guadalajara"), ("053", "UMF 53 Zapopan"), ("002", "UMF 2 Guadalajara"), ("171", "UMF 171 Zapopan")],
           "GR": [("009", "UMF 9 Acapulco"), ("029", "UMF 29 Chilpancingo")],
           "DF": [("028", "UMF 28 Gabriel Mancera"), ("021", "UMF 21 Francisco del Paso y Troncoso"), ("120", "UMF 120 Iztapalapa")],
           "TS": [("077", "UMF 77 Ciudad Victoria"), ("038", "UMF 38 Tampico")],
           "MN": [("080", "UMF 80 Morelia"), ("081", "UMF 81 Uruapan")], "NL": [("015", "UMF 15 Monterrey")]}
UMFS = [u for v in UMFS_BY.values() for u in v]
# CIE-10 (IMSS 4-character form), description
CIE = [("E119", "DIABETES MELLITUS TIPO 2 SIN MENCION DE COMPLICACION"), ("I10X", "HIPERTENSION ESENCIAL (PRIMARIA)"),
       ("J069", "INFECCION AGUDA DE LAS VIAS RESPIRATORIAS SUPERIORES, NO ESPECIFICADA"), ("J00X", "RINOFARINGITIS AGUDA [RESFRIADO COMUN]"),
       ("M545", "LUMBAGO NO ESPECIFICADO"), ("N390", "INFECCION DE VIAS URINARIAS, SITIO NO ESPECIFICADO"),
       ("K297", "GASTRITIS, NO ESPECIFICADA"), ("A090", "OTRAS GASTROENTERITIS Y COLITIS DE ORIGEN INFECCIOSO"),
       ("E669", "OBESIDAD, NO ESPECIFICADA"), ("E782", "HIPERLIPIDEMIA MIXTA"), ("Z000", "EXAMEN MEDICO GENERAL"),
       ("Z348", "SUPERVISION DE OTROS EMBARAZOS NORMALES"), ("S934", "ESGUINCES Y TORCEDURAS DEL TOBILLO"),
       ("F412", "TRASTORNO MIXTO DE ANSIEDAD Y DEPRESION"), ("J029", "FARINGITIS AGUDA, NO ESPECIFICADA"),
       ("M179", "GONARTROSIS, NO ESPECIFICADA"), ("B829", "PARASITOSIS INTESTINAL, SIN OTRA ESPECIFICACION")]
CIE_D = dict(CIE)
CONS_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
RFC_ALPHA = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"

def vowel_after_first(s):
    for c in s[1:]:
        if c in "AEIOU":
            return c
    return "X"

def consonant_after_first(s):
    for c in s[1:]:
        if c.isalpha() and c not in "AEIOU":
            return "X" if c == "Ñ" else c
    return "X"

def used_given(g):
    parts = g.split()
    return parts[1] if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA", "J") else parts[0]

def curp(g, p, m, y, mo, d, sex, st):
    gn = used_given(g)
    p1 = "X" if p[0] == "Ñ" else p[0]
    four = p1 + vowel_after_first(p) + ((m[0] if m[0] != "Ñ" else "X") if m else "X") + gn[0]
    body = four + "%02d%02d%02d" % (y % 100, mo, d) + sex + st + consonant_after_first(p) + (consonant_after_first(m) if m else "X") + consonant_after_first(gn)
    body += str(rnd.randint(0, 9)) if y < 2000 else rnd.choice("ABCDEFGH")
    s = sum(CONS_ALPHA.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)

def rfc(c18):
    body = c18[:10] + "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(2))
    s = sum(RFC_ALPHA.index(ch) * (13 - i) for i, ch in enumerate(body))
    r = s % 11
    dv = "0" if r == 0 else "A" if 11 - r == 10 else str(11 - r)
    return body + dv

def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return str((10 - tot % 10) % 10)

def nss(y_alta, y_nac, used):
    while True:
        p = "%02d%02d%02d%04d" % (rnd.choice([4, 5, 7, 14, 17, 38, 39, 40, 43, 60, 62, 75]), y_alta % 100, y_nac % 100, rnd.randint(0, 9999))
        if p not in used:
            used.add(p)
            return p + luhn_digit(p)

def dmy(y, m, d):
    return "%02d/%02d/%04d" % (d, m, y)

def rdate(y0, y1):
    y = rnd.randint(y0, y1); m = rnd.randint(1, 12); d = rnd.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, d

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="|", lineterminator="\n"); w.writerow(h); w.writerows(rows)

MALE = [g for g, s in GIVEN if s == "H"]; FEMALE = [g for g, s in GIVEN if s == "M"]
employers = ["%s%02d%05d%02d%d" % (rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rnd.randint(10, 99), rnd.randint(0, 99999), rnd.choice([10, 11, 12, 13, 14, 16, 38]), rnd.randint(0, 9)) for _ in range(60)]
doctors = []; umf_doc = {}
for u in UMFS:
    umf_doc[u[0]] = []
    for i in range(3 if u[0] in ("048", "053", "002", "171") else 2):
        f = rnd.random() < 0.55
        d = (str(rnd.randint(9000000, 99999999)), "%s %s %s %s" % ("DRA." if f else "DR.", rnd.choice(FEMALE if f else MALE), rnd.choice(FAMILY), rnd.choice(FAMILY)), f)
        doctors.append(d); umf_doc[u[0]].append(d)

people = []; nss_used = set(); curps = set()
while len(people) < 1400:
    state, code, munis = rnd.choice(STATES)
    muni, cpp = rnd.choice(munis)
    umf = rnd.choice([UMFS_BY["JC"][1], UMFS_BY["JC"][3]] if muni == "ZAPOPAN" else [u for u in UMFS_BY["JC"] if "Guadalajara" in u[1]] if muni == "GUADALAJARA" else UMFS_BY[code][:1] if muni == "VICTORIA" else UMFS_BY[code])
    cp = cpp + "%03d" % rnd.randint(0, 999)
    col = rnd.choice(COLONIAS)
    street = "%s %d%s" % (rnd.choice(STREETS), rnd.randint(1, 4999), rnd.choice(["", "", "", " INT %d" % rnd.randint(1, 12), " LT %d MZ %d" % (rnd.randint(1, 40), rnd.randint(1, 30))]))
    tm = rnd.random() < 0.6
    pension = rnd.random() < 0.12
    ty, tmo, td = rdate(1936, 1962) if pension else rdate(1962, 2005)
    pat = rnd.choice(FAMILY); mat = rnd.choice(FAMILY) if rnd.random() < 0.96 else ""
    y_alta = rnd.randint(max(ty + 16, 1975), 2024)
    num = nss(y_alta, ty, nss_used)
    reg = "PE" if pension else "OR"
    emp = "" if pension else rnd.choice(employers)
    consult = str(rnd.randint(1, 24)); turno = rnd.choice(["M", "V"])
    tel = "%s%08d" % ({"JC": "33", "GR": "744", "DF": "55", "TS": "834", "MN": "443", "NL": "81"}[code][:2], rnd.randint(0, 99999999))
    fam = [("1", "TITULAR", rnd.choice(MALE if tm else FEMALE), pat, mat, (ty, tmo, td), tm)]
    if ty < 1998 and rnd.random() < 0.6:
        sy, smo, sd = rdate(ty - 5, min(2000, ty + 5))
        fam.append(("2" if tm else "3", "CONYUGE", rnd.choice(FEMALE if tm else MALE), rnd.choice(FAMILY), rnd.choice(FAMILY), (sy, smo, sd), not tm))
    if ty < 1995:
        for k in range(rnd.choice([0, 1, 1, 2, 3])):
            cy, cmo, cd = rdate(min(2024, ty + 20), min(2025, ty + 38))
            cm = rnd.random() < 0.5
            sp = fam[1] if len(fam) > 1 else None
            fam.append(("4", "HIJO(A)", rnd.choice(MALE if cm else FEMALE), pat if tm else (sp[3] if sp else pat), (sp[3] if sp else mat) if tm else pat, (cy, cmo, cd), cm))
    if ty > 1975 and rnd.random() < 0.1:
        py, pmo, pd = rdate(1929, 1950)
        pm = rnd.random() < 0.4
        fam.append(("5" if pm else "6", "PADRE" if pm else "MADRE", rnd.choice(MALE if pm else FEMALE), pat if pm else rnd.choice(FAMILY), rnd.choice(FAMILY), (py, pmo, pd), pm))
    for ag, kind, g, p, m, (y, mo, d), male in fam:
        c = curp(g, p, m, y, mo, d, "H" if male else "M", code if rnd.random() < 0.93 else rnd.choice(["JC", "MN", "GR", "DF", "VZ", "PL", "NE"]))
        if c in curps:
            continue
        curps.add(c)
        agregado = "%s%s%d%s" % (ag, "M" if male else "F", y, "PE" if kind == "TITULAR" and pension else "OR")
        age = 2026 - y
        people.append([num, agregado, c, rfc(c) if kind == "TITULAR" or (age >= 18 and rnd.random() < 0.3) else "", g, p, m,
                       dmy(y, mo, d), "H" if male else "M", state, muni, cp if rnd.random() < 0.97 else "", col, street,
                       (tel if kind in ("TITULAR", "CONYUGE") else "") if rnd.random() < 0.88 else "", umf[0], consult, turno,
                       kind, emp if kind == "TITULAR" else "", dmy(*rdate(max(y_alta, y), 2025)), rnd.choice(["SI"] * 9 + ["NO"])])
people = people[:1400]
by_curp = {p[2]: p for p in people}

visits = []; folios = set()
weights = [3 if 2026 - int(p[7][-4:]) >= 50 else 1 for p in people]
for k in range(3700):
    p = rnd.choices(people, weights)[0]
    umf = dict(UMFS)[p[15]]
    doc = rnd.choice(umf_doc[p[15]])
    while True:
        fo = "%s%07d" % (p[15], rnd.randint(0, 9999999))
        if fo not in folios:
            folios.add(fo); break
    y, mo, d = rdate(2024, 2025)
    hh = rnd.randint(8, 13) if p[17] == "M" else rnd.randint(14, 19)
    age = 2026 - int(p[7][-4:])
    opts = [c for c in CIE if not (c[0] == "Z348" and (p[8] == "H" or not 16 <= age <= 44))]
    code, desc = rnd.choice(opts)
    if age >= 45 and rnd.random() < 0.4:
        code = rnd.choice(["E119", "I10X", "E782", "M179"]); desc = CIE_D[code]
    weight = "%.1f" % (rnd.uniform(12, 40) if age < 12 else rnd.uniform(48, 112))
    height = "%.2f" % (rnd.uniform(0.8, 1.5) if age < 12 else rnd.uniform(1.48, 1.88))
    visits.append([fo, dmy(y, mo, d), "%02d:%02d" % (hh, rnd.choice(range(0, 60, 15))), p[0], p[1], p[2], umf, p[16], p[17],
                   rnd.choice(["PRIMERA VEZ", "SUBSECUENTE", "SUBSECUENTE"]), code, desc, doc[0], doc[1], weight, height,
                   "%d/%d" % (rnd.randint(100, 165), rnd.randint(60, 100)) if age >= 12 else "",
                   str(rnd.randint(80, 260)) if code in ("E119",) or rnd.random() < 0.08 else "",
                   "SI" if rnd.random() < 0.07 else "NO", "NO"])

sick = []; sf = set()
cands = [v for v in visits if by_curp[v[5]][18] == "TITULAR" and by_curp[v[5]][19] and v[10] not in ("Z000",)]
for v in rnd.sample(cands, 48):
    v[19] = "SI"
    p = by_curp[v[5]]
    while True:
        fo = "%s%06d" % (rnd.choice(["LM", "RE", "MC", "AB"]), rnd.randint(0, 999999))
        if fo not in sf:
            sf.add(fo); break
    ramo = "MATERNIDAD" if v[10] == "Z348" else rnd.choice(["ENFERMEDAD GENERAL"] * 6 + ["RIESGO DE TRABAJO"])
    days = 84 if ramo == "MATERNIDAD" else rnd.choice([1, 2, 3, 3, 5, 7, 7, 14, 21, 28])
    dd, mm, yy = v[1].split("/")
    sbc = rnd.choice([278.80, 312.40, 415.75, 520.10, 689.00, 954.35, 1210.60])
    rate = 1.0 if ramo != "ENFERMEDAD GENERAL" else 0.6
    sub = sbc * rate * (days if ramo != "ENFERMEDAD GENERAL" else max(0, days - 3))
    doc_m, doc_n = v[12], v[13]
    sick.append([fo, p[0], p[2], " ".join(x for x in (p[5], p[6], p[4]) if x), ramo,
                 rnd.choice(["INICIAL", "INICIAL", "INICIAL", "SUBSECUENTE", "RECAIDA"]) if ramo != "MATERNIDAD" else "PRENATAL",
                 "%s-%s-%s" % (yy, mm, dd), "%s-%s-%s" % (yy, mm, dd), str(days), v[10], doc_n, doc_m, p[19],
                 "{:,.2f}".format(sbc), "${:,.2f}".format(sub), v[0]])
sick.sort(key=lambda r: r[6])

DH = ["NSS", "AGREGADO_MEDICO", "CURP", "RFC", "NOMBRE", "AP_PATERNO", "AP_MATERNO", "FEC_NAC", "SEXO", "ENT_FED",
      "MUNICIPIO", "CP", "COLONIA", "CALLE_NUM", "TELEFONO", "UMF_ADSCRIPCION", "CONSULTORIO", "TURNO", "TIPO_DH",
      "REG_PATRONAL", "FEC_ALTA", "VIGENTE"]
CH = ["Folio", "Fecha de consulta", "Hora", "NSS", "Agregado médico", "CURP", "UMF", "Consultorio", "Turno", "Tipo de consulta",
      "Diagnóstico principal (CIE-10)", "Descripción del diagnóstico", "Matrícula del médico", "Médico tratante", "Peso (kg)",
      "Talla (m)", "Tensión arterial", "Glucosa capilar (mg/dL)", "Pase a segundo nivel", "Incapacidad"]
IH = ["Folio", "NSS", "CURP", "Nombre del asegurado", "Ramo de seguro", "Tipo de incapacidad", "Fecha de expedición",
      "Fecha de inicio", "Días autorizados", "Diagnóstico (CIE-10)", "Médico que expide", "Matrícula", "Registro patronal",
      "Salario base de cotización", "Monto del subsidio", "Folio consulta"]
write("derechohabientes", DH, people); write("consultas", CH, visits); write("incapacidades", IH, sick)
L = {"derechohabientes": ["SOCIAL_SECURITY_NUMBER", "QUASI_IDENTIFIER", "NATIONAL_ID", "NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME",
                          "FAMILY_NAME", "DATE_OF_BIRTH", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "ZIP_CODE",
                          "GEOGRAPHIC_SUBDIVISION", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING",
                          "NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "DATE", "NON_IDENTIFYING"],
     "consultas": ["OTHER_UNIQUE_IDENTIFIER", "DATE", "DATE", "SOCIAL_SECURITY_NUMBER", "QUASI_IDENTIFIER", "NATIONAL_ID",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"],
     "incapacidades": ["OTHER_UNIQUE_IDENTIFIER", "SOCIAL_SECURITY_NUMBER", "NATIONAL_ID", "NAME", "NON_IDENTIFYING",
                       "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "QUASI_IDENTIFIER",
                       "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"]}
cols = {}
for t, h in (("derechohabientes", DH), ("consultas", CH), ("incapacidades", IH)):
    for c, l in zip(h, L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "imss-mx",
        "description": "Invented Mexican social-security (IMSS-style) family-medicine export, '|', Spanish headers: 1,400 derechohabientes in upper-case abbreviated columns (NSS 11 digits with its Luhn check digit, shared by a worker and their beneficiaries; AGREGADO_MEDICO '1M1978OR' = relationship, sex, birth year, regime; CURP with RENAPO's check digit (unique per person); RFC with homoclave and check digit for workers and some adults, empty otherwise; NOMBRE, AP_PATERNO, AP_MATERNO (4% empty); FEC_NAC dd/mm/aaaa incl. parents and pensioners born 1929-1936; SEXO H/M; ENT_FED; MUNICIPIO; CP 5 digits with leading zeros for CDMX; COLONIA; CALLE_NUM 'AV JUAREZ 1234 INT 5'; TELEFONO 10 digits (workers and spouses, 12% empty); UMF '048'; CONSULTORIO; TURNO M/V; TIPO_DH; REG_PATRONAL of the worker's employer; FEC_ALTA; VIGENTE), 3,700 consultas (folio, dd/mm/aaaa, hh:mm, NSS, agregado, CURP, UMF 'UMF 53 Zapopan', consultorio, turno, tipo, CIE-10 'J069'/'I10X' and description, doctor's matrícula and 'DRA. NAME SURNAME SURNAME', weight '72.4', height '1.65', blood pressure, glucose (mostly empty), referral and sick-leave flags), 48 incapacidades (folio 'LM123456', NSS, CURP, 'PATERNO MATERNO NOMBRE', ramo, type, ISO dates, days, CIE-10, doctor, matrícula, registro patronal, SBC '1,210.60', subsidy '$1,234.56', the visit's folio). Labels: NSS SOCIAL_SECURITY_NUMBER (as nomina-mx); CURP and RFC NATIONAL_ID; AGREGADO_MEDICO QUASI_IDENTIFIER (it holds a birth year); COLONIA GEOGRAPHIC_SUBDIVISION (as bairro); REG_PATRONAL (employer) and doctors' matrículas QUASI_IDENTIFIER (provider keys); doctors' names NAME; UMF, consultorio, turno NON_IDENTIFYING; the incapacidad's visit folio OTHER_UNIQUE_IDENTIFIER. Coincidences: ENT_FED GUERRERO beside the surname GUERRERO; MUNICIPIO BENITO JUAREZ and ACAPULCO DE JUAREZ beside the given name BENITO and the surname JUAREZ; MUNICIPIO VICTORIA beside the given name VICTORIA; COLONIA GUADALUPE / VILLAS DE GUADALUPE beside the given name GUADALUPE; UMF names holding their towns ('UMF 53 Zapopan', 'UMF 77 Ciudad Victoria', 'UMF 9 Acapulco')",
        "delimiter": "|", "entity": "derechohabientes", "columns": cols,
        "foreignKeys": [{"column": "consultas.CURP", "references": "derechohabientes.CURP"},
                        {"column": "incapacidades.CURP", "references": "derechohabientes.CURP"},
                        {"column": "incapacidades.Folio consulta", "references": "consultas.Folio"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

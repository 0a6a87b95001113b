#!/usr/bin/env python3
"""Writes usf-pt: an invented export of a FICTIONAL Portuguese family health unit (USF, unidade de saude familiar) in
the style of SClinico/MIM@UF listings (breaker88; seeded, Python standard library only). ';' as Portuguese Excel
writes CSV, decimal commas, dates dd-mm-aaaa, Portuguese headers. profissionais (14: Nº Mecanográfico, Nome,
Categoria, Nº Cédula Profissional, Unidade), utentes (950: Nº Utente SNS 9 digits, NIF 9 digits with its mod-11
check digit, Cartão de Cidadão '12345678 9 ZZ4' with its check digit and check character, Nome, Apelido, Sexo,
Data Nasc., Idade (a few over 89), Morada, Código Postal '4700-123', Localidade, Freguesia, Concelho, Distrito,
Telemóvel '912 345 678', Telefone '253 123 456', Email, Médico de Família, Enfermeiro de Família, Subsistema,
Isenção taxa moderadora, Observações (free text, some naming a relative with a phone)), consultas (3,000: Nº
Episódio, Nº Utente SNS, Data, Hora, Tipo Consulta, ICPC-2, Descrição, Profissional (staff name), TA, Peso (kg)
'72,5', Notas (free text)), vacinas (1,600: Nº Utente SNS, Vacina, Lote, Dose, Data Administração, Enfermeiro,
Local de Administração).
Deliberate coincidences: the surnames Braga and Guimarães beside the concelhos/localidades Braga and Guimarães;
the given name Bento beside 'USF São Bento'; the given name Luzia beside 'USF Santa Luzia'; the street 'Rua Dr.
Sousa Martins' beside patients surnamed Martins; the doctor Ferreira beside patients surnamed Ferreira."""
import csv, json, os, random, datetime, unicodedata
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(880101)
GIVEN = ["João", "José", "António", "Manuel", "Francisco", "Rui", "Pedro", "Tiago", "Bento", "Diogo", "Miguel",
         "Afonso", "Duarte", "Carlos", "Joaquim", "Luís", "Nuno", "Ricardo", "Maria", "Ana", "Luzia", "Beatriz",
         "Inês", "Mariana", "Leonor", "Carolina", "Sofia", "Rita", "Catarina", "Fernanda", "Conceição", "Rosa",
         "Filipa", "Joana", "Teresa", "Helena", "Matilde", "Francisca"]
FEMALE = set(GIVEN[18:])
FAMILY = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
          "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
          "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha",
          "Braga", "Guimarães", "Machado", "Araújo", "Barbosa", "Cunha", "Freitas", "Lima", "Faria", "Peixoto"]
# concelho, CP range, localidades -> freguesias, streets, phone area, weight
PLACES = [("Braga", (4700, 4719), [("Braga", "Braga (São Vicente)"), ("Braga", "Braga (Maximinos, Sé e Cividade)"),
           ("Nogueira", "Nogueira, Fraião e Lamaçães"), ("Gualtar", "Gualtar"), ("Real", "Real, Dume e Semelhe")],
           ["Rua Dr. Sousa Martins", "Avenida da Liberdade", "Rua de São Vicente", "Rua do Souto", "Avenida 31 de Janeiro",
            "Rua Nova de Santa Cruz", "Largo da Senhora-a-Branca"], "253", 45),
          ("Guimarães", (4800, 4839), [("Guimarães", "Guimarães (Oliveira, São Paio e São Sebastião)"),
           ("Azurém", "Azurém"), ("Creixomil", "Creixomil"), ("Pevidém", "Selho (São Jorge)")],
           ["Rua de Santo António", "Avenida D. Afonso Henriques", "Rua Dr. Sousa Martins", "Rua da Rainha D. Maria II"], "253", 25),
          ("Vila Nova de Famalicão", (4760, 4769), [("Vila Nova de Famalicão", "Vila Nova de Famalicão e Calendário"),
           ("Joane", "Joane"), ("Ribeirão", "Ribeirão")], ["Rua Adriano Pinto Basto", "Avenida Marechal Humberto Delgado",
           "Rua Alves Roçadas"], "252", 15),
          ("Vila Verde", (4730, 4739), [("Vila Verde", "Vila Verde e Barbudo"), ("Prado", "Prado (São Miguel)")],
           ["Rua do Comendador", "Avenida Bernardo Brito Ferreira"], "253", 8),
          ("Póvoa de Lanhoso", (4830, 4830), [("Póvoa de Lanhoso", "Póvoa de Lanhoso (Nossa Senhora do Amparo)")],
           ["Avenida da República", "Rua Dr. Sousa Martins"], "253", 7)]
STAFF = [["30112", "Dr.ª Helena Ferreira", "Médico de Família", "48213", "USF São Bento"],
         ["30145", "Dr. Paulo Azevedo", "Médico de Família", "39871", "USF São Bento"],
         ["30178", "Dr.ª Marta Quintas", "Médico de Família", "52004", "USF São Bento"],
         ["30201", "Dr. Vasco Meireles", "Médico de Família", "44519", "USF Santa Luzia"],
         ["30233", "Dr.ª Cláudia Sampaio", "Médico de Família", "55820", "USF Santa Luzia"],
         ["30290", "Dr. Hugo Fontes", "Interno de MGF", "61377", "USF Santa Luzia"],
         ["41002", "Enf.ª Sandra Ribeiro", "Enfermeiro", "5-E-41872", "USF São Bento"],
         ["41019", "Enf. Bruno Lage", "Enfermeiro", "5-E-38211", "USF São Bento"],
         ["41036", "Enf.ª Patrícia Novais", "Enfermeiro", "5-E-50113", "USF São Bento"],
         ["41051", "Enf.ª Luísa Barros", "Enfermeiro", "5-E-47760", "USF Santa Luzia"],
         ["41077", "Enf. Sérgio Dantas", "Enfermeiro", "5-E-52290", "USF Santa Luzia"],
         ["52010", "Rosa Carneiro", "Secretário Clínico", "", "USF São Bento"],
         ["52024", "Fátima Sequeira", "Secretário Clínico", "", "USF Santa Luzia"],
         ["30301", "Dr.ª Sofia Bastos", "Médico de Família", "58815", "USF Santa Luzia"]]
DOCS = [s for s in STAFF if s[2] in ("Médico de Família", "Interno de MGF")]
NURSES = [s for s in STAFF if s[2] == "Enfermeiro"]
ICPC = [("K86", "Hipertensão sem complicações"), ("T90", "Diabetes não insulino-dependente"),
        ("R74", "Infeção aguda do aparelho respiratório superior"), ("L03", "Sinais/sintomas da região lombar"),
        ("P76", "Perturbações depressivas"), ("R96", "Asma"), ("T93", "Alteração do metabolismo dos lípidos"),
        ("U71", "Cistite/outra infeção urinária"), ("A98", "Medicina preventiva/manutenção da saúde"),
        ("W78", "Gravidez"), ("A97", "Sem doença"), ("L90", "Osteoartrose do joelho"), ("K77", "Insuficiência cardíaca"),
        ("R95", "Doença pulmonar obstrutiva crónica"), ("P74", "Perturbação ansiosa/estado de ansiedade"),
        ("S87", "Dermatite atópica/eczema"), ("N01", "Cefaleia"), ("H71", "Otite média aguda/miringite"), ("Y85", "Hipertrofia benigna da próstata")]
TIPOS = ["Consulta programada", "Consulta programada", "Consulta aberta", "Consulta não presencial", "Domicílio",
         "Saúde Materna", "Saúde Infantil", "Planeamento Familiar", "Vigilância Diabetes", "Vigilância Hipertensão"]
VACINAS = [("Tdpa", "Td"), ("Td", "Td"), ("Gripe (VGIP)", "Gripe"), ("COVID-19 (Comirnaty)", "COVID"),
           ("Pn20 (Pneumocócica 20v)", "Pn"), ("VASPR", "VASPR"), ("HPV9", "HPV"), ("Hexavalente (DTPaHibVIPVHB)", "Hexa"),
           ("MenB", "MenB"), ("Zona (Shingrix)", "Zona")]
LOCAIS = ["Deltoide esquerdo", "Deltoide direito", "Vasto externo coxa esquerda", "Vasto externo coxa direita"]
SUBSIST = ["SNS", "SNS", "SNS", "SNS", "SNS", "ADSE", "SAD-PSP", "ADM", "SAMS"]
ISENCAO = ["", "", "", "Idade >= 65 (insuf. económica)", "Insuficiência económica", "Doença crónica", "Dador de sangue", ""]
REL = ["filha", "filho", "esposa", "marido", "neta", "vizinha", "irmã", "nora"]
ASOF = datetime.date(2026, 11, 30)

def nif():
    d = [rnd.choice([1, 2, 2, 2, 3])] + [rnd.randint(0, 9) for _ in range(7)]
    s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
    c = 0 if s < 2 else 11 - s
    return "".join(map(str, d)) + str(c)

def cc():
    d = [rnd.randint(0, 9) for _ in range(8)]
    d[0] = rnd.randint(0, 3)
    s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
    c = 0 if s < 2 else 11 - s
    ver = rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    for k in range(10):
        body = "".join(map(str, d)) + str(c) + ver + str(k)
        vals = [int(ch, 36) for ch in body]
        tot = 0
        for i, v in enumerate(reversed(vals)):
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        if tot % 10 == 0:
            return "%s %d %s%d" % ("".join(map(str, d)), c, ver, k)

def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()

def dmy(d):
    return d.strftime("%d-%m-%Y")

def telemovel():
    return rnd.choice(["91", "92", "93", "96"]) + str(rnd.randint(0, 9)) + " " + "%03d %03d" % (rnd.randint(0, 999), rnd.randint(0, 999))

def phone_fmt(t):
    r = rnd.random()
    if r < 0.15:
        return t.replace(" ", "")
    if r < 0.22:
        return "+351 " + t
    return t

utentes, used = [], set()
for i in range(950):
    g = rnd.choice(GIVEN)
    ap = rnd.choice(FAMILY)
    ap2 = rnd.choice(FAMILY)
    nome = g + (" " + rnd.choice(GIVEN[18:] if g in FEMALE else GIVEN[:18]) if rnd.random() < 0.35 else "")
    apelido = (ap2 + " " + ap) if rnd.random() < 0.6 else ap
    sexo = "F" if g in FEMALE else "M"
    if i % 90 == 17:
        birth = datetime.date(rnd.randint(1928, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1938, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    age = ASOF.year - birth.year - ((ASOF.month, ASOF.day) < (birth.month, birth.day))
    while True:
        sns = str(rnd.randint(1, 3)) + "%08d" % rnd.randint(0, 99999999)
        if sns not in used:
            used.add(sns)
            break
    conc = rnd.choices(PLACES, [p[5] for p in PLACES])[0]
    loc, freg = rnd.choice(conc[2])
    rua = rnd.choice(conc[3])
    r = rnd.random()
    if r < 0.5:
        morada = "%s, %d" % (rua, rnd.randint(1, 350))
    elif r < 0.8:
        morada = "%s, %d, %s" % (rua, rnd.randint(1, 350), rnd.choice(["1º Esq.", "2º Dto.", "3º Frente", "R/C Esq.", "4º Trás", "Hab. 12"]))
    else:
        morada = "%s, n.º %d" % (rua, rnd.randint(1, 350))
    cp = "%d-%03d" % (rnd.randint(*conc[1]), rnd.randint(1, 999))
    tlm = phone_fmt(telemovel()) if rnd.random() < 0.88 else ""
    tel = "%s %03d %03d" % (conc[4], rnd.randint(0, 999), rnd.randint(0, 999)) if rnd.random() < 0.3 else ""
    mail = ""
    if rnd.random() < 0.4 and age >= 16:
        mail = "%s.%s%s@%s" % (ascii_(g).lower(), ascii_(ap).lower(), rnd.choice(["", "", str(birth.year % 100)]),
                               rnd.choice(["gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "live.com.pt"]))
    med = rnd.choice(DOCS)
    enf = rnd.choice([n for n in NURSES if n[4] == med[4]])
    obs = ""
    r = rnd.random()
    if r < 0.06:
        obs = "Contacto em caso de urgência: %s %s %s, tlm %s" % (rnd.choice(REL), rnd.choice(GIVEN), rnd.choice(FAMILY), telemovel())
    elif r < 0.1:
        obs = "Vive com a %s (%s %s). Dependente nas AVD." % (rnd.choice(["filha", "neta", "irmã"]), rnd.choice(GIVEN[18:]), rnd.choice(FAMILY))
    elif r < 0.14:
        obs = rnd.choice(["Utente acamado, visitas domiciliárias.", "Alergia à penicilina.", "Não comparece às consultas programadas.",
                          "Mudou-se para o estrangeiro (França), manter inscrição.", "Cuidador informal: marido."])
    utentes.append([sns, nif() if rnd.random() > 0.04 else "", cc() if age >= 6 and rnd.random() > 0.05 else "", nome, apelido, sexo,
                    dmy(birth), str(age), morada, cp, loc, freg, conc[0], "Braga", tlm, tel, mail, med[1], enf[1],
                    rnd.choice(SUBSIST), rnd.choice(ISENCAO) if age >= 18 else "Idade < 18", obs])

consultas = []
start = datetime.date(2025, 1, 2)
for k in range(3000):
    u = rnd.choice(utentes)
    d = start + datetime.timedelta(days=rnd.randint(0, 690))
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    code, desc = rnd.choice(ICPC)
    prof = u[17] if rnd.random() < 0.75 else rnd.choice(DOCS)[1]
    tipo = rnd.choice(TIPOS)
    if tipo in ("Saúde Materna", "Planeamento Familiar"):
        code, desc = rnd.choice([("W78", "Gravidez"), ("W14", "Contraceção/outros")])
    ta = "%d/%d" % (rnd.randint(105, 175), rnd.randint(60, 100)) if rnd.random() < 0.7 else ""
    peso = ("%.1f" % rnd.uniform(9, 110)).replace(".", ",") if rnd.random() < 0.6 else ""
    notas = ""
    r = rnd.random()
    if r < 0.05:
        notas = "Veio acompanhado pela %s, %s %s (tlm %s)." % (rnd.choice(["filha", "esposa", "neta", "nora"]), rnd.choice(GIVEN[18:]), rnd.choice(FAMILY), telemovel())
    elif r < 0.09:
        notas = "Refere que o %s %s tem o mesmo quadro. Reavaliar em 3 meses." % (rnd.choice(["marido", "filho", "irmão"]), rnd.choice(GIVEN[:18]))
    elif r < 0.35:
        notas = rnd.choice(["Renovação de receituário.", "Pedidas análises (hemograma, HbA1c, perfil lipídico).",
                            "Referenciado para consulta hospitalar (Hospital de Braga).", "Ajustada terapêutica anti-hipertensora.",
                            "Emitido CIT por 5 dias.", "Sem queixas. Mantém medicação.", "Ensino sobre autovigilância da glicemia."])
    consultas.append(["E%07d" % (2500001 + k), u[0], dmy(d), "%02d:%02d" % (rnd.randint(8, 19), rnd.choice([0, 15, 20, 30, 40, 45])),
                      tipo, code, desc, prof, ta, peso, notas])
consultas.sort(key=lambda r: (r[2][6:], r[2][3:5], r[2][:2], r[3]))

vacinas = []
for k in range(1600):
    u = rnd.choice(utentes)
    vac, short = rnd.choice(VACINAS)
    d = datetime.date(2023, 1, 2) + datetime.timedelta(days=rnd.randint(0, 1400))
    lote = rnd.choice(["FL", "HK", "AB", "GT", "X"]) + str(rnd.randint(1000, 99999)) + rnd.choice(["", "A", "B"])
    vacinas.append([u[0], vac, lote, rnd.choice(["1.ª dose", "2.ª dose", "3.ª dose", "Reforço", "Dose única"]), dmy(d),
                    u[18] if rnd.random() < 0.7 else rnd.choice(NURSES)[1], rnd.choice(LOCAIS), rnd.choice(["Sim", "Não", "Não", "Não"])])

P_HEAD = ["Nº Mecanográfico", "Nome", "Categoria", "Nº Cédula Profissional", "Unidade"]
U_HEAD = ["Nº Utente SNS", "NIF", "Cartão de Cidadão", "Nome", "Apelido", "Sexo", "Data Nasc.", "Idade", "Morada",
          "Código Postal", "Localidade", "Freguesia", "Concelho", "Distrito", "Telemóvel", "Telefone", "Email",
          "Médico de Família", "Enfermeiro de Família", "Subsistema", "Isenção Taxa Moderadora", "Observações"]
C_HEAD = ["Nº Episódio", "Nº Utente SNS", "Data", "Hora", "Tipo Consulta", "ICPC-2", "Descrição", "Profissional",
          "TA (mmHg)", "Peso (kg)", "Notas"]
V_HEAD = ["Nº Utente SNS", "Vacina", "Lote", "Dose", "Data Administração", "Enfermeiro", "Local de Administração", "Registo PNV"]

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(rows)

write("profissionais", P_HEAD, STAFF)
write("utentes", U_HEAD, utentes)
write("consultas", C_HEAD, consultas)
write("vacinas", V_HEAD, vacinas)

L = {"profissionais.Nº Mecanográfico": "QUASI_IDENTIFIER", "profissionais.Nome": "NAME",
     "profissionais.Categoria": "NON_IDENTIFYING", "profissionais.Nº Cédula Profissional": "QUASI_IDENTIFIER",
     "profissionais.Unidade": "NON_IDENTIFYING",
     "utentes.Nº Utente SNS": "HEALTH_PLAN_BENEFICIARY_NUMBER", "utentes.NIF": "NATIONAL_ID",
     "utentes.Cartão de Cidadão": "NATIONAL_ID", "utentes.Nome": "GIVEN_NAME", "utentes.Apelido": "FAMILY_NAME",
     "utentes.Sexo": "NON_IDENTIFYING", "utentes.Data Nasc.": "DATE_OF_BIRTH", "utentes.Idade": "AGE",
     "utentes.Morada": "STREET_ADDRESS", "utentes.Código Postal": "ZIP_CODE", "utentes.Localidade": "CITY",
     "utentes.Freguesia": "GEOGRAPHIC_SUBDIVISION", "utentes.Concelho": "COUNTY", "utentes.Distrito": "NON_IDENTIFYING",
     "utentes.Telemóvel": "TELEPHONE_NUMBER", "utentes.Telefone": "TELEPHONE_NUMBER", "utentes.Email": "EMAIL_ADDRESS",
     "utentes.Médico de Família": "NAME", "utentes.Enfermeiro de Família": "NAME", "utentes.Subsistema": "NON_IDENTIFYING",
     "utentes.Isenção Taxa Moderadora": "NON_IDENTIFYING", "utentes.Observações": "FREE_TEXT",
     "consultas.Nº Episódio": "OTHER_UNIQUE_IDENTIFIER", "consultas.Nº Utente SNS": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "consultas.Data": "DATE", "consultas.Hora": "DATE", "consultas.Tipo Consulta": "NON_IDENTIFYING",
     "consultas.ICPC-2": "NON_IDENTIFYING", "consultas.Descrição": "NON_IDENTIFYING", "consultas.Profissional": "NAME",
     "consultas.TA (mmHg)": "NON_IDENTIFYING", "consultas.Peso (kg)": "NON_IDENTIFYING", "consultas.Notas": "FREE_TEXT",
     "vacinas.Nº Utente SNS": "HEALTH_PLAN_BENEFICIARY_NUMBER", "vacinas.Vacina": "NON_IDENTIFYING",
     "vacinas.Lote": "NON_IDENTIFYING", "vacinas.Dose": "NON_IDENTIFYING", "vacinas.Data Administração": "DATE",
     "vacinas.Enfermeiro": "NAME", "vacinas.Local de Administração": "NON_IDENTIFYING", "vacinas.Registo PNV": "NON_IDENTIFYING"}
gold = {"dataset": "usf-pt",
        "description": "Invented SClínico/MIM@UF-style export of two fictional USFs in the Braga district (breaker88), ';', decimal commas, dd-mm-aaaa: profissionais 14 (Nº Mecanográfico, 'Dr.ª Helena Ferreira', categoria, Nº Cédula Profissional (Ordem number), unidade), utentes 950 (Nº Utente SNS 9 digits, NIF with mod-11 check digit (4% empty), Cartão de Cidadão '12345678 9 ZZ4' with both checks, Nome (35% two given names), Apelido (60% two surnames), sexo, Data Nasc. (11 born 1928-1935), Idade, Morada 'Rua do Souto, 12, 2º Dto.', Código Postal '4700-123', Localidade, Freguesia, Concelho, Distrito (always Braga), Telemóvel '912 345 678' / '912345678' / '+351 912 345 678', Telefone '253 123 456', Email, Médico/Enfermeiro de Família (staff names), subsistema, isenção, Observações naming relatives with phones), consultas 3,000 (Nº Episódio, Nº Utente SNS, data, hora, tipo, ICPC-2, descrição, Profissional (staff name), TA '130/80', Peso '72,5', Notas naming relatives), vacinas 1,600 (Nº Utente SNS, vacina, lote, dose, data, Enfermeiro (staff), local, PNV Sim/Não). Labels: Nº Utente SNS HEALTH_PLAN_BENEFICIARY_NUMBER; NIF and Cartão de Cidadão NATIONAL_ID; Freguesia GEOGRAPHIC_SUBDIVISION; Concelho COUNTY; Localidade CITY; Distrito NON_IDENTIFYING (a region); staff numbers QUASI_IDENTIFIER; vaccine lot NON_IDENTIFYING. Coincidences: surnames Braga and Guimarães beside the concelhos; given names Bento and Luzia beside 'USF São Bento' and 'USF Santa Luzia'; street 'Rua Dr. Sousa Martins' beside surname Martins; Dr.ª Helena Ferreira beside patients surnamed Ferreira.",
        "delimiter": ";", "entity": "utentes", "columns": L,
        "foreignKeys": [{"column": "consultas.Nº Utente SNS", "references": "utentes.Nº Utente SNS"},
                        {"column": "vacinas.Nº Utente SNS", "references": "utentes.Nº Utente SNS"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Writes telehealth-br: an invented export of a fictional Brazilian telehealth platform (seeded, stdlib only), ';' with
decimal commas, dd/mm/aaaa dates, Portuguese headers. pacientes: 850 patients (id_paciente, nome, CPF '123.456.789-09'
with valid check digits, CNS 15 digits valid (definitive 1xx/2xx from a PIS or provisional 7xx-9xx), data_nascimento,
sexo, telefone '+55 11 91234-5678', e-mail, CEP '01310-100', logradouro, bairro, município, UF, convênio, peso_kg
'72,4', altura_m '1,68'). medicos: 34 doctors (id_medico, nome, CRM number, UF do CRM, especialidade, RQE). consultas:
2,700 teleconsultations (id_consulta, id_paciente, id_medico, medico (name copied), data_hora 'dd/mm/aaaa HH:MM',
modalidade, especialidade, CID-10 code 'J06.9' and description, queixa principal free text, duração, valor 'R$' with
decimal comma, status). prescricoes: 1,900 prescriptions (id_prescricao, id_consulta, medicamento, posologia free
text, quantidade, via, uso contínuo). Deliberate coincidences: patients named Vitória and Cecília beside the city
Vitória and the bairro Santa Cecília; the surname Salvador beside the city Salvador; a doctor named Dra. Lívia Campos
beside the city Campos dos Goytacazes."""
import csv, json, random, os
rnd = random.Random(740202)
here = os.path.dirname(os.path.abspath(__file__))
GIVEN_F = ["Maria", "Ana", "Vitória", "Cecília", "Juliana", "Fernanda", "Beatriz", "Larissa", "Camila", "Letícia",
           "Francisca", "Antônia", "Luana", "Gabriela", "Patrícia", "Aline"]
GIVEN_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos", "Rafael",
           "Thiago", "Gustavo", "Mateus", "Raimundo", "Diego"]
FAMILY = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa",
          "Ribeiro", "Martins", "Carvalho", "Almeida", "Salvador", "Nascimento", "Araújo", "Barbosa", "Rocha"]
# município, UF, CEP prefix, DDD, bairros
CITIES = [("São Paulo", "SP", "01", "11", ["Bela Vista", "Santa Cecília", "Pinheiros", "Mooca", "Liberdade", "Tatuapé"]),
          ("Rio de Janeiro", "RJ", "22", "21", ["Copacabana", "Tijuca", "Botafogo", "Méier", "Barra da Tijuca"]),
          ("Belo Horizonte", "MG", "30", "31", ["Savassi", "Pampulha", "Funcionários", "Barreiro"]),
          ("Salvador", "BA", "40", "71", ["Barra", "Pituba", "Itapuã", "Rio Vermelho"]),
          ("Vitória", "ES", "29", "27", ["Jardim Camburi", "Praia do Canto", "Centro"]),
          ("Campos dos Goytacazes", "RJ", "28", "22", ["Centro", "Parque Tamandaré", "Pelinca"]),
          ("Curitiba", "PR", "80", "41", ["Batel", "Água Verde", "Boqueirão", "Santa Felicidade"]),
          ("Recife", "PE", "50", "81", ["Boa Viagem", "Casa Forte", "Madalena"]),
          ("Campinas", "SP", "13", "19", ["Cambuí", "Taquaral", "Barão Geraldo"])]
LOGR = ["Rua", "Av.", "Rua", "Travessa", "Alameda"]
STREETS = ["das Flores", "Augusta", "Paulista", "Sete de Setembro", "XV de Novembro", "Dom Pedro II", "Barão de Mauá",
           "Santos Dumont", "Tiradentes", "das Palmeiras", "Rio Branco", "Getúlio Vargas"]
CONV = ["SUS", "Particular", "Unimed", "Bradesco Saúde", "SulAmérica", "Amil", "Hapvida", "NotreDame Intermédica"]
ESPEC = ["Clínica Médica", "Pediatria", "Psiquiatria", "Dermatologia", "Cardiologia", "Endocrinologia", "Ginecologia",
         "Medicina de Família e Comunidade"]
CID = [("J06.9", "Infecção aguda das vias aéreas superiores não especificada"), ("I10", "Hipertensão essencial (primária)"),
       ("E11.9", "Diabetes mellitus não-insulino-dependente - sem complicações"), ("F41.1", "Ansiedade generalizada"),
       ("F32.9", "Episódio depressivo não especificado"), ("L70.0", "Acne vulgar"), ("N39.0", "Infecção do trato urinário de localização não especificada"),
       ("M54.5", "Dor lombar baixa"), ("R51", "Cefaléia"), ("Z00.0", "Exame médico geral"), ("A09", "Diarréia e gastroenterite de origem infecciosa presumível"),
       ("K21.9", "Doença de refluxo gastroesofágico sem esofagite"), ("J45.9", "Asma não especificada"), ("B34.9", "Infecção viral não especificada")]
MEDS = [("Dipirona 500 mg", "Tomar 1 comprimido de 6/6h se dor ou febre", "oral"), ("Amoxicilina 500 mg", "Tomar 1 cápsula de 8/8h por 7 dias", "oral"),
        ("Losartana 50 mg", "Tomar 1 comprimido pela manhã", "oral"), ("Metformina 850 mg", "Tomar 1 comprimido após almoço e jantar", "oral"),
        ("Sertralina 50 mg", "Tomar 1 comprimido pela manhã; retorno em 30 dias", "oral"), ("Omeprazol 20 mg", "Tomar 1 cápsula em jejum por 30 dias", "oral"),
        ("Salbutamol 100 mcg", "Inalar 2 jatos se falta de ar, até 4x ao dia", "inalatória"), ("Adapaleno 0,1% gel", "Aplicar à noite no rosto", "tópica"),
        ("Paracetamol 750 mg", "Tomar 1 comprimido de 8/8h se dor", "oral"), ("Nitrofurantoína 100 mg", "Tomar 1 cápsula de 6/6h por 5 dias", "oral")]
QUEIXA = ["Dor de garganta e febre há 2 dias", "Renovação de receita", "Crise de ansiedade", "Dor nas costas após esforço",
          "Tosse seca", "Mancha na pele", "Retorno de exames", "Dor ao urinar", "", "Paciente acompanhado pela filha {n}",
          "Cefaleia intensa, mora sozinha na {r}", "Mãe ({n}) relata febre da criança"]
def cpf():
    d = [rnd.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1))); r = s * 10 % 11; d.append(0 if r == 10 else r)
    s = "".join(map(str, d)); return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
def cns():
    while True:
        if rnd.random() < 0.6:
            pis = [rnd.randint(1, 2)] + [rnd.randint(0, 9) for _ in range(10)]
            soma = sum(x * (15 - i) for i, x in enumerate(pis)); dv = 11 - soma % 11
            if dv == 11: dv = 0
            if dv == 10:
                soma += 2; dv = 11 - soma % 11; return "".join(map(str, pis)) + "001" + str(dv)
            return "".join(map(str, pis)) + "000" + str(dv)
        d = [rnd.choice([7, 8, 9])] + [rnd.randint(0, 9) for _ in range(13)]
        s = sum(x * (15 - i) for i, x in enumerate(d)); last = (-s) % 11
        if last < 10: return "".join(map(str, d + [last]))
def cns_ok(v):
    return len(v) == 15 and sum(int(c) * (15 - i) for i, c in enumerate(v)) % 11 == 0
def date(y0, y1):
    return "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(y0, y1))
pac = []
for i in range(850):
    sexo = rnd.choice("FM")
    nome = "%s %s %s" % (rnd.choice(GIVEN_F if sexo == "F" else GIVEN_M), rnd.choice(FAMILY), rnd.choice(FAMILY))
    city, uf, cp, ddd, bairros = rnd.choice(CITIES)
    c = cns(); assert cns_ok(c)
    nasc = date(1932, 2024)
    tel = "+55 %s 9%04d-%04d" % (ddd, rnd.randint(1000, 9999), rnd.randint(0, 9999)) if rnd.random() < 0.93 else ""
    email = "" if rnd.random() < 0.2 else "%s.%s%d@%s" % (nome.split()[0].lower().replace("ó", "o").replace("í", "i").replace("é", "e").replace("ô", "o").replace("ú", "u").replace("â", "a").replace("ã", "a").replace("á", "a"),
                                                           nome.split()[-1].lower().replace("ú", "u").replace("á", "a"), rnd.randint(1, 99), rnd.choice(["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br"]))
    logr = "%s %s, %d%s" % (rnd.choice(LOGR), rnd.choice(STREETS), rnd.randint(1, 2400), rnd.choice(["", "", " - apto %d" % rnd.randint(11, 184), " - casa 2", " - bloco B apto 31"]))
    cep = "%s%03d-%03d" % (cp, rnd.randint(0, 999), rnd.randint(0, 999))
    peso = "%d,%d" % (rnd.randint(8, 120) if nasc[-4:] < "2018" else rnd.randint(3, 25), rnd.randint(0, 9))
    alt = "1,%02d" % rnd.randint(45, 95) if nasc[-4:] < "2012" else "0,%02d" % rnd.randint(50, 99)
    pac.append([str(10001 + i), nome, cpf(), c, nasc, sexo, tel, email, cep, logr, rnd.choice(bairros), city, uf,
                rnd.choice(CONV), peso if rnd.random() > 0.1 else "", alt if rnd.random() > 0.15 else ""])
med = []
MEDNOMES = ["Dra. Lívia Campos", "Dr. Ricardo Menezes", "Dra. Tatiana Bezerra", "Dr. Fábio Nogueira", "Dra. Renata Vasconcelos"]
for i in range(34):
    if i < len(MEDNOMES): n = MEDNOMES[i]
    else:
        f = rnd.random() < 0.5
        n = "%s %s %s" % ("Dra." if f else "Dr.", rnd.choice(GIVEN_F if f else GIVEN_M), rnd.choice(FAMILY))
    uf = rnd.choice(["SP", "SP", "RJ", "MG", "PR", "BA", "PE", "ES"])
    med.append([str(i + 1), n, str(rnd.randint(12000, 249999)), uf, rnd.choice(ESPEC), str(rnd.randint(1000, 99999)) if rnd.random() < 0.6 else ""])
cons = []
pw = [1.0 / (1 + k % 53) ** 0.5 for k in range(len(pac))]
for i in range(2700):
    p = rnd.choices(pac, pw)[0]; m = rnd.choice(med)
    cid, desc = rnd.choice(CID)
    st = rnd.choices(["realizada", "cancelada", "não compareceu"], [85, 8, 7])[0]
    q = rnd.choice(QUEIXA).format(n=rnd.choice(GIVEN_F) + " " + rnd.choice(FAMILY), r=p[9].split(",")[0])
    cons.append([str(700001 + i), p[0], m[0], m[1], "%s %02d:%02d" % (date(2024, 2026), rnd.randint(7, 22), rnd.choice([0, 15, 30, 45])),
                 rnd.choice(["vídeo", "vídeo", "vídeo", "telefone", "chat"]), m[4], cid if st == "realizada" else "",
                 desc if st == "realizada" else "", q, str(rnd.randint(8, 45)) if st == "realizada" else "",
                 rnd.choice(["0,00", "89,90", "120,00", "150,00", "199,90", "250,00"]) if p[13] != "SUS" else "0,00", st])
pres = []
done = [c for c in cons if c[-1] == "realizada"]
for i in range(1900):
    c = rnd.choice(done); med_, pos, via = rnd.choice(MEDS)
    if rnd.random() < 0.08: pos += ". Orientado acompanhante %s" % rnd.choice(GIVEN_F + GIVEN_M)
    pres.append([str(880001 + i), c[0], med_, pos, str(rnd.choice([1, 1, 2, 3, 30, 60])), via, rnd.choice(["S", "N", "N"])])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
PH = ["id_paciente", "nome", "cpf", "cns", "data_nascimento", "sexo", "telefone", "email", "cep", "logradouro", "bairro",
      "municipio", "uf", "convenio", "peso_kg", "altura_m"]
MH = ["id_medico", "nome", "crm", "uf_crm", "especialidade", "rqe"]
CH = ["id_consulta", "id_paciente", "id_medico", "medico", "data_hora", "modalidade", "especialidade", "cid10", "cid10_descricao",
      "queixa_principal", "duracao_min", "valor_rs", "status"]
RH = ["id_prescricao", "id_consulta", "medicamento", "posologia", "quantidade", "via", "uso_continuo"]
write("pacientes", PH, pac); write("medicos", MH, med); write("consultas", CH, cons); write("prescricoes", RH, pres)
O, N = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"
L = {"pacientes": [O, "NAME", "NATIONAL_ID", "HEALTH_PLAN_BENEFICIARY_NUMBER", "DATE_OF_BIRTH", N, "TELEPHONE_NUMBER", "EMAIL_ADDRESS",
                   "ZIP_CODE", "STREET_ADDRESS", "GEOGRAPHIC_SUBDIVISION", "CITY", N, N, N, N],
     "medicos": ["QUASI_IDENTIFIER", "NAME", "CERTIFICATE_LICENSE_NUMBER", N, N, "CERTIFICATE_LICENSE_NUMBER"],
     "consultas": [O, O, "QUASI_IDENTIFIER", "NAME", "DATE", N, N, N, N, "FREE_TEXT", N, N, N],
     "prescricoes": [O, O, N, "FREE_TEXT", N, N, N]}
cols = {}
for t, h in (("pacientes", PH), ("medicos", MH), ("consultas", CH), ("prescricoes", RH)):
    for c, l in zip(h, L[t]): cols[t + "." + c] = l
gold = {"dataset": "telehealth-br",
        "description": "Invented Brazilian telehealth export, ';', decimal commas, dd/mm/aaaa: 850 pacientes (sequential id, nome completo, CPF '123.456.789-09' with check digits, CNS 15 digits with its check rule, data_nascimento, sexo, telefone '+55 11 91234-5678' (7% empty), e-mail (20% empty), CEP '01310-100', logradouro 'Rua Augusta, 1578 - apto 42', bairro, município, UF, convênio, peso_kg '72,4', altura_m '1,68'), 34 médicos (id, nome 'Dra. Lívia Campos', CRM number, UF do CRM, especialidade, RQE 40% empty), 2,700 consultas (id, id_paciente FK with skew, id_medico FK, médico name copied, data_hora, modalidade, especialidade, CID-10 and description (empty when not held), queixa principal (free text, some name relatives), duração, valor R$ '150,00', status), 1,900 prescrições (id, id_consulta FK, medicamento, posologia free text (8% name a companion), quantidade, via, uso contínuo). id_medico QUASI_IDENTIFIER (provider key, README convention); CRM and RQE CERTIFICATE_LICENSE_NUMBER; bairro GEOGRAPHIC_SUBDIVISION; UF NON_IDENTIFYING; peso/altura NON_IDENTIFYING. Coincidences: patients named Vitória and Cecília beside the city Vitória and the bairro Santa Cecília; surname Salvador beside the city Salvador; Dra. Lívia Campos beside Campos dos Goytacazes",
        "delimiter": ";", "entity": "pacientes", "columns": cols,
        "foreignKeys": [{"column": "consultas.id_paciente", "references": "pacientes.id_paciente"},
                        {"column": "consultas.id_medico", "references": "medicos.id_medico"},
                        {"column": "prescricoes.id_consulta", "references": "consultas.id_consulta"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

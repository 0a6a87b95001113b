#!/usr/bin/env python3
"""Writes cadastro-br: an invented Brazilian citizen/company registry, ';'-separated, Portuguese headers (seeded, stdlib only)."""
import csv, json, random
rnd = random.Random(60602)
GIVEN = ["Adalgisa", "Benedito", "Creusa", "Deolindo", "Eulália", "Florisvaldo", "Genoveva", "Hermógenes", "Iracema",
         "Jovelino", "Lindalva", "Manoelito", "Nivalda", "Orlandino", "Perpétua", "Rosimeire", "Sebastião", "Terezinha",
         "Ubiratan", "Valdirene", "Wanderléia", "Zulmira", "Josué", "Aparecida"]
FAMILY = ["Albuquerque", "Bittencourt", "Cavalcanti", "Damasceno", "Espíndola", "Figueiredo", "Guimarães", "Holanda",
          "Junqueira", "Lacerda", "Magalhães", "Nogueira", "Oliveira", "Pimentel", "Queiroz", "Rodrigues", "Sampaio",
          "Tavares", "Uchôa", "Vasconcelos", "Wanderley", "Xavier"]
CITIES = [("São Paulo", "SP", "01", "11"), ("Campinas", "SP", "13", "19"), ("Rio de Janeiro", "RJ", "20", "21"),
          ("Niterói", "RJ", "24", "21"), ("Belo Horizonte", "MG", "30", "31"), ("Salvador", "BA", "40", "71"),
          ("Recife", "PE", "50", "81"), ("Fortaleza", "CE", "60", "85"), ("Curitiba", "PR", "80", "41"),
          ("Porto Alegre", "RS", "90", "51"), ("Manaus", "AM", "69", "92"), ("Goiânia", "GO", "74", "62")]
BAIRROS = ["Centro", "Jardim América", "Vila Mariana", "Boa Viagem", "Savassi", "Moinhos de Vento", "Copacabana",
           "Pituba", "Batel", "Aldeota", "Setor Bueno", "Adrianópolis", "Tijuca", "Cambuí"]
RUAS = ["Rua das Flores", "Avenida Brasil", "Rua Sete de Setembro", "Rua XV de Novembro", "Avenida Getúlio Vargas",
        "Rua Tiradentes", "Travessa do Comércio", "Rua Dom Pedro II", "Alameda Santos", "Rua Barão do Rio Branco"]
RACA = ["Branca", "Parda", "Preta", "Amarela", "Indígena"]
ESCOL = ["Fundamental incompleto", "Fundamental completo", "Médio completo", "Superior incompleto", "Superior completo", "Pós-graduação"]
CIVIL = ["Solteiro(a)", "Casado(a)", "Divorciado(a)", "Viúvo(a)", "União estável"]
CNAE = [("4711-3/02", "Comércio varejista de mercadorias em geral"), ("5611-2/01", "Restaurantes e similares"),
        ("6201-5/01", "Desenvolvimento de programas de computador sob encomenda"), ("4120-4/00", "Construção de edifícios"),
        ("8630-5/03", "Atividade médica ambulatorial restrita a consultas"), ("4930-2/02", "Transporte rodoviário de carga")]
CBO = [("514320", "Faxineiro"), ("411005", "Auxiliar de escritório"), ("521110", "Vendedor de comércio varejista"),
       ("717020", "Servente de obras"), ("212405", "Analista de desenvolvimento de sistemas"), ("322205", "Técnico de enfermagem"),
       ("782510", "Motorista de caminhão"), ("513205", "Cozinheiro geral")]

def cpf():
    d = [rnd.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def cnpj():
    d = [rnd.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        s = sum(x * y for x, y in zip(d, w))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])

def pis():
    d = [rnd.randint(0, 9) for _ in range(10)]
    s = sum(x * w for x, w in zip(d, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    c = 11 - s % 11
    d.append(0 if c >= 10 else c)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:8], s[8:10], s[10])

def rg():
    d = [rnd.randint(0, 9) for _ in range(8)]
    s = sum(x * w for x, w in zip(d, range(2, 10)))
    c = s % 11
    c = "X" if c == 10 else str(c)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:8], c)

def money(x):
    s = "%.2f" % x
    i, f = s.split(".")
    g = ""
    while len(i) > 3:
        g = "." + i[-3:] + g; i = i[:-3]
    return i + g + "," + f

cid, emp, vin = [], [], []
for n in range(3000):
    g = rnd.choice(GIVEN); f1, f2 = rnd.choice(FAMILY), rnd.choice(FAMILY)
    sexo = rnd.choice("MF")
    idade = rnd.choice([rnd.randint(18, 80)] * 8 + [rnd.randint(81, 89), rnd.randint(90, 104)])
    nasc = "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), 2026 - idade - rnd.randint(0, 1))
    city, uf, cep2, ddd = rnd.choice(CITIES)
    obito = "%02d/%02d/2025" % (rnd.randint(1, 28), rnd.randint(1, 12)) if rnd.random() < 0.03 else ""
    cid.append([cpf(), rg(), pis(), "%s %s %s" % (g, f1, f2), "%s %s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), f1), nasc,
                str(idade), sexo, rnd.choice(RACA), rnd.choice(CIVIL), rnd.choice(ESCOL), rnd.choice(RUAS), str(rnd.randint(1, 3999)),
                rnd.choice(["", "", "Apto %d" % rnd.randint(11, 1804), "Casa %d" % rnd.randint(1, 9), "Bloco B"]),
                rnd.choice(BAIRROS), city, uf, "%s%03d-%03d" % (cep2, rnd.randint(0, 999), rnd.randint(0, 999)),
                "(%s) 9%04d-%04d" % (ddd, rnd.randint(1000, 9999), rnd.randint(0, 9999)),
                "%s.%s%d@%s" % (g.lower().replace("é", "e").replace("ã", "a").replace("á", "a").replace("ó", "o"), f1.lower().replace("ô", "o").replace("í", "i").replace("ã", "a"), rnd.randint(1, 999),
                                rnd.choice(["correio.example", "email.example.br"])) if rnd.random() < 0.7 else "",
                rnd.choice(["Sim", "Não", "Não", "Não"]), obito])
owners = rnd.sample(range(3000), 400)
for k, o in enumerate(owners):
    cn, desc = rnd.choice(CNAE)
    fam = cid[o][3].split()[1]
    city = cid[o][15]; uf = cid[o][16]
    emp.append([cnpj(), "%s %s %s" % (fam, rnd.choice(["& Filhos", "Comércio", "Serviços", "Transportes", "Alimentos"]), rnd.choice(["Ltda.", "ME", "EIRELI", "S.A."])),
                rnd.choice(["", "%s %s" % (rnd.choice(["Mercadinho", "Padaria", "Oficina", "Clínica"]), fam)]),
                cn, desc, "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(1975, 2024)),
                cid[o][0], rnd.choice(["MEI", "ME", "EPP", "Demais"]), money(rnd.randint(1000, 5000000) / 1), city, uf,
                rnd.choice(["Ativa", "Ativa", "Ativa", "Baixada", "Inapta"])])
for n in range(3000):
    if rnd.random() < 0.55:
        e = rnd.choice(emp)
        cb, ocup = rnd.choice(CBO)
        adm = "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(2005, 2026))
        vin.append([str(len(vin) + 1), cid[n][0], e[0], cb, ocup, adm,
                    "%02d/%02d/%04d" % (rnd.randint(1, 28), rnd.randint(1, 12), 2026) if rnd.random() < 0.2 else "",
                    money(rnd.randint(141200, 1500000) / 100), rnd.choice(["CLT", "CLT", "Estágio", "Temporário"])])

def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)

CH = ["cpf", "rg", "nis_pis", "nome_completo", "nome_mae", "data_nascimento", "idade", "sexo", "raca_cor", "estado_civil",
      "escolaridade", "logradouro", "numero", "complemento", "bairro", "municipio", "uf", "cep", "celular", "email",
      "bolsa_familia", "data_obito"]
EH = ["cnpj", "razao_social", "nome_fantasia", "cnae_principal", "cnae_descricao", "data_abertura", "cpf_socio_administrador",
      "porte", "capital_social", "municipio", "uf", "situacao_cadastral"]
VH = ["id_vinculo", "trabalhador", "empregador", "cbo", "ocupacao", "admissao", "desligamento", "salario_contratual", "tipo_vinculo"]
write("cidadaos", CH, cid); write("empresas", EH, emp); write("vinculos", VH, vin)
lab = {}
lab.update({"cidadaos." + k: v for k, v in zip(CH, ["NATIONAL_ID", "NATIONAL_ID", "NATIONAL_ID", "NAME", "NAME", "DATE_OF_BIRTH", "AGE",
    "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "STREET_ADDRESS", "STREET_ADDRESS",
    "GEOGRAPHIC_SUBDIVISION", "CITY", "NON_IDENTIFYING", "ZIP_CODE", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "NON_IDENTIFYING", "DATE"])})
lab.update({"empresas." + k: v for k, v in zip(EH, ["NON_IDENTIFYING", "QUASI_IDENTIFIER", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "DATE", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING", "CITY", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
lab.update({"vinculos." + k: v for k, v in zip(VH, ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NON_IDENTIFYING", "NON_IDENTIFYING",
    "NON_IDENTIFYING", "DATE", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING"])})
desc = ("Invented Brazilian citizen and company registry, ';'-separated, Portuguese headers, dd/mm/aaaa dates, decimal commas: "
        "%d cidadaos (CPF, RG-SP, NIS/PIS with valid check digits, mother's name, CEP, ages incl. over 89), %d empresas "
        "(CNPJ with check digits, trade names carrying the owner's family name, partner's CPF), %d vinculos (employment, keyed by CPF "
        "and CNPJ under other headers)") % (len(cid), len(emp), len(vin))
gold = {"dataset": "cadastro-br", "description": desc, "delimiter": ";", "entity": "cidadaos", "columns": lab,
        "foreignKeys": [{"column": "empresas.cpf_socio_administrador", "references": "cidadaos.cpf"},
                        {"column": "vinculos.trabalhador", "references": "cidadaos.cpf"},
                        {"column": "vinculos.empregador", "references": "empresas.cnpj"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

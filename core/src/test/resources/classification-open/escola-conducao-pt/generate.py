#!/usr/bin/env python3
"""Writes escola-conducao-pt: an invented Portuguese (Portugal) driving-school export (instrutores 8 rows, alunos,
aulas = lessons), `;`, decimal commas, dd/mm/yyyy and dd-mm-yyyy dates, European Portuguese headers with accents
(seeded, stdlib only). NIF with the mod-11 check digit, Cartão de Cidadão numbers, 9xx mobiles, addresses with
NNNN-NNN postcodes and localidades, encarregado de educação (guardian's name, for 17-year-old pupils), instructors'
names beside licence category and vehicle, lesson km and fees, exam results, notes naming relatives and instructors."""
import csv, json, random, datetime
rnd = random.Random(100404)
GIVEN = ["Maria", "João", "Ana", "José", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Duarte", "Leonor", "Gonçalo",
         "Francisca", "Rodrigo", "Carolina", "Afonso", "Matilde", "Vasco", "Conceição", "Amândio"]
FAMILY = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa", "Fernandes",
          "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Magalhães", "Sequeira"]
LOC = [("Braga", "4700"), ("Braga", "4710"), ("Barcelos", "4750"), ("Guimarães", "4810"), ("Vila Verde", "4730"),
       ("Amares", "4720"), ("Terras de Bouro", "4840")]
RUAS = ["Rua do Souto", "Avenida da Liberdade", "Rua de São Vicente", "Travessa do Carmo", "Rua Nova de Santa Cruz", "Largo da Sé"]
CAT = ["B", "B", "B", "B", "A2", "A", "C", "B+E"]
VIAT = ["Renault Clio (V01)", "Renault Clio (V02)", "Peugeot 208 (V03)", "Honda CB500 (M01)", "Mercedes Atego (P01)"]
RES = ["Aprovado", "Reprovado", "Falta", "Por marcar"]
TIPO = ["Circulação urbana", "Manobras", "Autoestrada", "Condução noturna", "Circuito fechado"]

def nif():
    while True:
        b = str(rnd.choice([1, 2, 2, 2, 3])) + "%07d" % rnd.randint(0, 9999999)
        c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        return b + str(0 if c >= 10 else c)

def cc():
    return "%08d %d %s%s%d" % (rnd.randint(10000000, 39999999), rnd.randint(0, 9), rnd.choice("ZYXW"), rnd.choice("ZYXW"), rnd.randint(0, 9))

def tlm():
    return "9%d%d %03d %03d" % (rnd.choice([1, 2, 3, 6]), rnd.randint(0, 9), rnd.randint(0, 999), rnd.randint(0, 999))

def nome(n=3):
    return " ".join([rnd.choice(GIVEN)] + [rnd.choice(FAMILY) for _ in range(n - 1)])

def d(x):
    return x.strftime("%d/%m/%Y")

instr = []
for i in range(8):
    instr.append({"n_instrutor": "IN%02d" % (i + 1), "nome": nome(rnd.choice([3, 4])), "licença_instrutor": "IMT-%05d" % rnd.randint(10000, 99999),
                  "categorias": rnd.choice(["B", "A, B", "B, C, CE", "A, A2, B"]), "viatura": VIAT[i % 5], "admissão": d(datetime.date(2005, 1, 1) + datetime.timedelta(days=rnd.randint(0, 6000)))})
REF = datetime.date(2025, 9, 15)
alunos, aulas = [], []
for i in range(120):
    young = rnd.random() < 0.3
    born = (datetime.date(2008, 1, 1) + datetime.timedelta(days=rnd.randint(0, 300))) if young else \
        datetime.date(1950, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 55))
    loc, cp4 = rnd.choice(LOC)
    ins = rnd.choice(instr)
    insc = datetime.date(2024, 6, 1) + datetime.timedelta(days=rnd.randint(0, 420))
    a = {"n_aluno": "%d/%04d" % (insc.year, 31 + i * 3), "nome_completo": nome(rnd.choice([3, 4])), "nif": nif(), "cartão_cidadão": cc(),
         "data_nascimento": d(born), "telemóvel": tlm(), "morada": "%s, %d, %s" % (rnd.choice(RUAS), rnd.randint(1, 250), rnd.choice(["1.º Esq.", "2.º Dto.", "R/C", "3.º Frente"])),
         "código_postal": "%s-%03d" % (cp4, rnd.randint(1, 999)), "localidade": loc,
         "encarregado_educação": nome() if young else "", "categoria": "B" if young else rnd.choice(CAT),
         "instrutor": ins["n_instrutor"], "data_inscrição": insc.strftime("%d-%m-%Y"), "propina_eur": rnd.choice(["650,00", "720,00", "480,50", "1.150,00"]),
         "exame_código": rnd.choice(RES), "exame_condução": rnd.choice(RES), "observações": ""}
    r = rnd.random()
    if r < 0.12:
        a["observações"] = "A mãe, %s, paga as propinas; contacto %s" % (nome(2), tlm())
    elif r < 0.2:
        a["observações"] = "Trocou de instrutor a pedido (%s)" % ins["nome"]
    elif r < 0.4:
        a["observações"] = rnd.choice(["Usa óculos", "Precisa de atestado médico", "Aulas só ao sábado"])
    alunos.append(a)
    for k in range(rnd.randint(0, 4)):
        dia = insc + datetime.timedelta(days=rnd.randint(7, 200))
        aulas.append({"id_aula": "AU%05d" % (len(aulas) + 7001), "n_aluno": a["n_aluno"], "instrutor": ins["nome"], "data": d(dia),
                      "hora": "%02d:%s" % (rnd.randint(8, 20), rnd.choice(["00", "30"])), "duração_min": rnd.choice(["50", "50", "100"]),
                      "tipo": rnd.choice(TIPO), "km": ("%.1f" % rnd.uniform(8, 60)).replace(".", ","), "viatura": ins["viatura"],
                      "avaliação": rnd.choice(["Satisfaz", "Satisfaz bem", "Não satisfaz"])})

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("instrutores", instr); write("alunos", alunos); write("aulas", aulas)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
L = {"instrutores.n_instrutor": O, "instrutores.nome": "NAME", "instrutores.licença_instrutor": "CERTIFICATE_LICENSE_NUMBER",
     "instrutores.categorias": N, "instrutores.viatura": N, "instrutores.admissão": "DATE",
     "alunos.n_aluno": O, "alunos.nome_completo": "NAME", "alunos.nif": "NATIONAL_ID", "alunos.cartão_cidadão": "NATIONAL_ID",
     "alunos.data_nascimento": "DATE_OF_BIRTH", "alunos.telemóvel": "TELEPHONE_NUMBER", "alunos.morada": "STREET_ADDRESS",
     "alunos.código_postal": "ZIP_CODE", "alunos.localidade": "CITY", "alunos.encarregado_educação": "NAME", "alunos.categoria": N,
     "alunos.instrutor": O, "alunos.data_inscrição": "DATE", "alunos.propina_eur": N, "alunos.exame_código": N,
     "alunos.exame_condução": N, "alunos.observações": "FREE_TEXT",
     "aulas.id_aula": O, "aulas.n_aluno": O, "aulas.instrutor": "NAME", "aulas.data": "DATE", "aulas.hora": N,
     "aulas.duração_min": N, "aulas.tipo": N, "aulas.km": N, "aulas.viatura": N, "aulas.avaliação": N}
gold = {"dataset": "escola-conducao-pt",
        "description": "Invented Portuguese (Portugal) driving-school export, `;`, decimal commas, dd/mm/yyyy and dd-mm-yyyy, headers with accents: 8 instructors (number, name, IMT licence, categories, vehicle, hire date), 120 pupils (number yyyy/NNNN, full name, NIF with mod-11 check, Cartão de Cidadão, birth date, 9xx mobile, address, NNNN-NNN postcode, localidade, guardian's name for 17-year-olds, licence category, instructor number, enrolment date, fee, theory and driving exam results, notes naming mothers with phones and instructors), %d lessons (id, pupil number, instructor's name, date, time, minutes, type, km, vehicle, assessment)" % len(aulas),
        "delimiter": ";", "entity": "alunos", "columns": L,
        "foreignKeys": [{"column": "alunos.instrutor", "references": "instrutores.n_instrutor"},
                        {"column": "aulas.n_aluno", "references": "alunos.n_aluno"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

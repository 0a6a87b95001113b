#!/usr/bin/env python3
"""Writes probe50-frontera-docs: an invented outpatient clinic near the Chile-Argentina border (seeded, stdlib only,
written by breaker50). Its patients are Chilean and Argentine, so the identity document of a visit is a Chilean RUN
(12.345.678-5) or an Argentine CUIL (20-12345678-3), each with a valid check digit; there is no table of patients, the
document repeats on each of a patient's visits under the headers `documento` (visits) and `documento_paciente`
(prescriptions). Two tables: atenciones (visits) and recetas (prescriptions, referring to the visit)."""
import csv, json, random, datetime
rnd = random.Random(5001)
GIVEN_CL = ["Camila", "Javiera", "Catalina", "Constanza", "Fernanda", "Matias", "Benjamin", "Vicente", "Cristobal", "Joaquin"]
GIVEN_AR = ["Lucia", "Martina", "Valentina", "Micaela", "Agustina", "Santiago", "Facundo", "Lautaro", "Nicolas", "Thiago"]
FAMILY = ["Gonzalez", "Munoz", "Rojas", "Diaz", "Soto", "Contreras", "Silva", "Martinez", "Sepulveda", "Morales",
          "Fernandez", "Rodriguez", "Lopez", "Gimenez", "Romero", "Sosa", "Alvarez", "Benitez", "Acosta", "Medina"]
CIE10 = ["J06.9", "I10", "E11.9", "M54.5", "K29.7", "N39.0", "J45.9", "R51", "T14.1", "Z00.0"]
PREV_CL = ["FONASA A", "FONASA B", "FONASA C", "FONASA D", "ISAPRE"]
PREV_AR = ["OSDE", "PAMI", "Swiss Medical", "Particular"]
BOX = ["Box 1", "Box 2", "Box 3", "Urgencia", "Tele"]
DRUGS = ["Paracetamol 500 mg", "Ibuprofeno 400 mg", "Losartan 50 mg", "Metformina 850 mg", "Amoxicilina 500 mg",
         "Omeprazol 20 mg", "Salbutamol inh"]

def rut_dv(body):
    s, m = 0, 2
    for ch in reversed(body):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    return "0" if r == 11 else "K" if r == 10 else str(r)

def run():
    b = str(rnd.randint(6000000, 24999999))
    return "%s.%s.%s-%s" % (b[:-6], b[-6:-3], b[-3:], rut_dv(b))

def cuil(male):
    while True:
        pre = "20" if male else "27"
        dni = "%08d" % rnd.randint(10000000, 45999999)
        ten = pre + dni
        c = 11 - sum(int(a) * w for a, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "%s-%s-%d" % (pre, dni, c)

people = []
for i in range(90):
    ar = rnd.random() < 0.45
    male = rnd.random() < 0.5
    given = rnd.choice((GIVEN_AR if ar else GIVEN_CL)[5:] if male else (GIVEN_AR if ar else GIVEN_CL)[:5])
    born = datetime.date(1935, 1, 1) + datetime.timedelta(days=rnd.randint(0, 30000))
    people.append({"doc": cuil(male) if ar else run(), "nat": "AR" if ar else "CL", "name": "%s %s %s" % (given,
                   rnd.choice(FAMILY), rnd.choice(FAMILY)), "sex": "M" if male else "F", "born": born,
                   "prev": rnd.choice(PREV_AR if ar else PREV_CL)})
visits = []
for p in people:
    for _ in range(rnd.randint(2, 8)):
        day = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 360))
        visits.append((day, p))
visits.sort(key=lambda v: v[0])
aten, rec = [], []
for k, (day, p) in enumerate(visits):
    folio = "AT-%d-%05d" % (day.year, 1 + k)
    age = day.year - p["born"].year - ((day.month, day.day) < (p["born"].month, p["born"].day))
    aten.append([folio, day.isoformat(), p["doc"], p["nat"], p["name"], str(age), p["sex"], p["prev"],
                 rnd.choice(CIE10), rnd.choice(BOX)])
    for _ in range(rnd.choice([0, 1, 1, 2])):
        rec.append(["RX%06d" % (len(rec) + 1), folio, day.isoformat(), p["doc"], rnd.choice(DRUGS), str(rnd.choice([10, 14, 20, 28, 30]))])
with open("atenciones.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["folio", "fecha_atencion", "documento", "nacionalidad", "paciente", "edad", "sexo", "prevision", "cie10", "box"])
    w.writerows(aten)
with open("recetas.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id_receta", "folio", "fecha", "documento_paciente", "medicamento", "cantidad"])
    w.writerows(rec)
gold = {"dataset": "probe50-frontera-docs",
        "description": "Invented border clinic (Chile/Argentina): %d visits of 90 patients (Chilean RUN dotted or Argentine "
                       "CUIL dashed, valid check digits, about 45%% CUIL, repeated on each visit under 'documento'; no "
                       "table of patients), %d prescriptions referring to the visit and repeating the document" % (len(aten), len(rec)),
        "delimiter": ",", "entity": "atenciones",
        "columns": {"atenciones.folio": "OTHER_UNIQUE_IDENTIFIER", "atenciones.fecha_atencion": "DATE",
                    "atenciones.documento": "NATIONAL_ID", "atenciones.nacionalidad": "NON_IDENTIFYING",
                    "atenciones.paciente": "NAME", "atenciones.edad": "AGE", "atenciones.sexo": "NON_IDENTIFYING",
                    "atenciones.prevision": "NON_IDENTIFYING", "atenciones.cie10": "NON_IDENTIFYING",
                    "atenciones.box": "NON_IDENTIFYING",
                    "recetas.id_receta": "OTHER_UNIQUE_IDENTIFIER", "recetas.folio": "OTHER_UNIQUE_IDENTIFIER",
                    "recetas.fecha": "DATE", "recetas.documento_paciente": "NATIONAL_ID",
                    "recetas.medicamento": "NON_IDENTIFYING", "recetas.cantidad": "NON_IDENTIFYING"},
        "foreignKeys": [{"column": "recetas.folio", "references": "atenciones.folio"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

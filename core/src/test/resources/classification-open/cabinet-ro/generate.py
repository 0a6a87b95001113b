#!/usr/bin/env python3
"""Writes cabinet-ro: an invented Romanian family-medicine practice group's export (medici 6 rows, pacienti 80 rows,
consultatii 200 rows), `,`, dd.mm.yyyy dates. CNP with the published control digit (weights 279146358279, mod 11),
surnames in upper case, the patient written `SURNAME Given` in the consultations, `judet` (county), six-digit postcodes,
ages over 89, the family doctor's name repeated on many rows, notes naming relatives with phones and doctors
(seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(130601)
GIVEN = ["Ion", "Gheorghe", "Vasile", "Constantin", "Mihai", "Andrei", "Florin", "Cătălin", "Dumitru", "Radu",
         "Maria", "Elena", "Ioana", "Ana-Maria", "Mihaela", "Cristina", "Georgeta", "Floarea", "Viorica", "Raluca"]
FAMILY = ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghiu", "Rusu", "Munteanu", "Matei",
          "Constantinescu", "Moldovan", "Lungu", "Ciobanu", "Niculescu", "Bălan", "Dragomir", "Tănase"]
MALE = set(GIVEN[:10])
# (localitate, judet, county code in the CNP, postcode prefix)
LOC = [("Cluj-Napoca", "Cluj", 12, "400"), ("Florești", "Cluj", 12, "407"), ("Turda", "Cluj", 12, "401"),
       ("Dej", "Cluj", 12, "405"), ("Gherla", "Cluj", 12, "405"), ("Bistrița", "Bistrița-Năsăud", 6, "420"),
       ("Zalău", "Sălaj", 31, "450"), ("Apahida", "Cluj", 12, "407")]
STR = ["Str. Mihai Eminescu", "Str. Avram Iancu", "Calea Dorobanților", "Str. Horea", "Bd. 21 Decembrie 1989",
       "Str. Observatorului", "Str. Fabricii", "Aleea Detunata"]
DX = [("I10", "Hipertensiune arterială esențială"), ("E11.9", "Diabet zaharat tip 2"), ("J06.9", "Infecție acută a căilor respiratorii superioare"),
      ("M54.5", "Lombalgie"), ("K21.9", "Boală de reflux gastro-esofagian"), ("F41.1", "Anxietate generalizată"),
      ("I25.1", "Cardiopatie ischemică cronică"), ("N39.0", "Infecție urinară")]
SPEC = ["medicină de familie"] * 4 + ["medicină internă", "pediatrie"]
TRIM = ["", "", "", "Cardiologie", "Diabet și boli de nutriție", "Neurologie", "Ortopedie", "Oftalmologie"]
ref = datetime.date(2025, 3, 1)

def cnp(d, male, county):
    s = (1 if male else 2) if d.year < 2000 else (5 if male else 6)
    head = "%d%02d%02d%02d%02d%03d" % (s, d.year % 100, d.month, d.day, county, rnd.randint(1, 999))
    c = sum(int(a) * int(b) for a, b in zip(head, "279146358279")) % 11
    return head + str(1 if c == 10 else c)

def phone():
    return "07%d%d %03d %03d" % (rnd.choice([2, 4, 5, 6, 7, 8]), rnd.randint(0, 9), rnd.randint(0, 999), rnd.randint(0, 999))

med = []
for i in range(6):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    med.append(["%06d" % rnd.randint(100000, 999999), "Dr. %s %s" % (f, g), SPEC[i]])
pac = []
for k in range(80):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); male = g in MALE
    age = rnd.choice([rnd.randint(1, 89), rnd.randint(45, 89), rnd.randint(60, 89), rnd.randint(90, 102)])
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(5, 360))
    loc, jud, cc, pc = rnd.choice(LOC)
    adr = "%s nr. %d" % (rnd.choice(STR), rnd.randint(1, 140)) + rnd.choice(["", "", ", bl. %s%d, sc. %d, ap. %d" % (rnd.choice("ABCM"), rnd.randint(1, 9), rnd.randint(1, 3), rnd.randint(1, 60))])
    pac.append(["P%05d" % (10031 + k * 17), cnp(d, male, cc), f.upper(), g, d.strftime("%d.%m.%Y"), str(age), "M" if male else "F",
                adr, loc, jud, pc + "%03d" % rnd.randint(1, 999), phone(), rnd.choice(med[:4])[0], rnd.choice(["da", "da", "da", "nu"])])
con = []
for i in range(200):
    p = rnd.choice(pac)
    m = next(x for x in med if x[0] == p[12]) if rnd.random() < 0.8 else rnd.choice(med)
    code, dx = rnd.choice(DX)
    dt = ref + datetime.timedelta(days=rnd.randint(0, 120))
    fam = p[2][0] + p[2][1:].lower()
    obs = rnd.choice(["", "", "", "Control peste 3 luni.",
                      "Însoțit de fiica %s %s, tel. %s." % (rnd.choice(GIVEN[10:]), fam, phone()),
                      "Discutat cazul cu %s, se repetă analizele." % rnd.choice(med)[1],
                      "Pacientul locuiește singur; vecina %s %s îl ajută cu medicația." % (rnd.choice(GIVEN[10:]), rnd.choice(FAMILY)),
                      "Rețetă eliberată de %s în lipsa medicului de familie." % rnd.choice(med)[1]])
    con.append(["C%06d" % (500100 + i * 7), p[0], "%s %s" % (p[2], p[3]), dt.strftime("%d.%m.%Y"), code, dx, m[1], m[0],
                rnd.choice(["da", "nu"]), rnd.choice(TRIM), obs])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("medici.csv", ["cod_parafa", "nume_medic", "specialitate"], med)
wr("pacienti.csv", ["id_pacient", "cnp", "nume", "prenume", "data_nasterii", "varsta", "sex", "adresa", "localitate", "judet",
                    "cod_postal", "telefon", "medic_familie", "asigurat"], pac)
wr("consultatii.csv", ["nr_consultatie", "id_pacient", "pacient", "data_consultatiei", "cod_diagnostic", "diagnostic", "medic",
                       "cod_parafa", "reteta_compensata", "bilet_trimitere", "observatii"], con)
C = {"medici.cod_parafa": "QUASI_IDENTIFIER", "medici.nume_medic": "NAME", "medici.specialitate": "NON_IDENTIFYING",
     "pacienti.id_pacient": "OTHER_UNIQUE_IDENTIFIER", "pacienti.cnp": "NATIONAL_ID", "pacienti.nume": "FAMILY_NAME",
     "pacienti.prenume": "GIVEN_NAME", "pacienti.data_nasterii": "DATE_OF_BIRTH", "pacienti.varsta": "AGE", "pacienti.sex": "NON_IDENTIFYING",
     "pacienti.adresa": "STREET_ADDRESS", "pacienti.localitate": "CITY", "pacienti.judet": "COUNTY", "pacienti.cod_postal": "ZIP_CODE",
     "pacienti.telefon": "TELEPHONE_NUMBER", "pacienti.medic_familie": "QUASI_IDENTIFIER", "pacienti.asigurat": "NON_IDENTIFYING",
     "consultatii.nr_consultatie": "OTHER_UNIQUE_IDENTIFIER", "consultatii.id_pacient": "OTHER_UNIQUE_IDENTIFIER",
     "consultatii.pacient": "NAME", "consultatii.data_consultatiei": "DATE", "consultatii.cod_diagnostic": "NON_IDENTIFYING",
     "consultatii.diagnostic": "NON_IDENTIFYING", "consultatii.medic": "NAME", "consultatii.cod_parafa": "QUASI_IDENTIFIER",
     "consultatii.reteta_compensata": "NON_IDENTIFYING", "consultatii.bilet_trimitere": "NON_IDENTIFYING", "consultatii.observatii": "FREE_TEXT"}
g = {"dataset": "cabinet-ro", "description": "Invented Romanian family-medicine practice group export, `,`, dd.mm.yyyy: 6 doctors (parafă stamp code, 'Dr. SURNAME-first name', speciality), 80 patients (id, CNP with control digit, surname in upper case, given name, birth date, age with 90-102, sex, street address with bl./sc./ap., localitate, judet (county), six-digit cod postal, 07.. phone, family doctor's parafă, insured), 200 consultations (number, patient id, patient written 'SURNAME Given', date, ICD-10, diagnosis, doctor's name repeated on many rows, parafă, reimbursed prescription, referral, notes naming daughters with phones, neighbours, doctors)",
     "delimiter": ",", "entity": "pacienti", "columns": C,
     "foreignKeys": [{"column": "pacienti.medic_familie", "references": "medici.cod_parafa"},
                     {"column": "consultatii.id_pacient", "references": "pacienti.id_pacient"},
                     {"column": "consultatii.cod_parafa", "references": "medici.cod_parafa"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

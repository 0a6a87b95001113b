#!/usr/bin/env python3
"""Writes anagrafe-it: an invented extract of a fictional Italian municipal population register (anagrafe, ANPR-like
fields) of the Comune di Perugia and of its tax office (IMU assessments), seeded, stdlib only, ';' separated, dates
dd/mm/yyyy, amounts with decimal commas. famiglie: 513 households (CODICE_FAMIGLIA, date formed, type, address
'VIA GIUSEPPE GARIBALDI', CIVICO '12/A', INTERNO, FRAZIONE, CAP, census section, number of members). individui:
1,500 residents (ID_INDIVIDUO, CODICE_FAMIGLIA, COGNOME, NOME, SESSO, DATA_NASCITA, COMUNE_NASCITA, PROV_NASCITA,
STATO_NASCITA, CODICE_FISCALE with its check character, CITTADINANZA, STATO_CIVILE, RAPPORTO_PARENTELA,
TITOLO_STUDIO, PROFESSIONE, DATA_ISCRIZIONE, MOTIVO_ISCRIZIONE, COMUNE_PROVENIENZA, TELEFONO, EMAIL/PEC).
certificati: 2,600 certificate requests (N_PRATICA, DATA_RICHIESTA, ID_INDIVIDUO, TIPO_CERTIFICATO, USO, BOLLO,
DIRITTI_SEGRETERIA, CANALE, RICHIEDENTE, DOC_RICHIEDENTE, OPERATORE, NOTE). accertamenti_imu: 54 IMU tax assessments
(N_AVVISO, CODICE_FISCALE, DENOMINAZIONE, ANNO_IMPOSTA, FOGLIO, PARTICELLA, SUB, CATEGORIA, RENDITA, IMPOSTA, SANZIONI,
INTERESSI, TOTALE, DATA_NOTIFICA, STATO, IBAN_RIMBORSO, PEC). Deliberate coincidences: surnames Ferrara and Messina
beside the birth towns Ferrara and Messina, the frazione Santa Maria Rossa beside the name Maria, the streets Via
Giuseppe Garibaldi and Via Francesco Baracca beside the names Giuseppe and Francesco, the surname Perugini beside
Perugia."""
import csv, json, random
rnd = random.Random(720303)
COGN = ["ROSSI", "RUSSO", "FERRARI", "ESPOSITO", "BIANCHI", "ROMANO", "COLOMBO", "RICCI", "MARINO", "GRECO", "BRUNO", "GALLO",
        "CONTI", "DE LUCA", "MANCINI", "COSTA", "GIORDANO", "LOMBARDI", "MORETTI", "FERRARA", "MESSINA", "BALDELLI",
        "CECCHETTI", "BRUNELLI", "D'ANGELO", "PERUGINI", "BELLUCCI", "TOMASSINI", "FABBRI", "BARTOLINI"]
NOMI_M = ["GIUSEPPE", "GIOVANNI", "ANTONIO", "MARIO", "LUIGI", "FRANCESCO", "MARCO", "ALESSANDRO", "LUCA", "ANDREA", "MATTEO",
          "LORENZO", "LEONARDO", "FEDERICO", "NICOLA", "GIAN MARCO"]
NOMI_F = ["MARIA", "ANNA", "GIUSEPPINA", "ROSA", "FRANCESCA", "GIULIA", "CHIARA", "SARA", "ELENA", "SOFIA", "AURORA",
          "ALICE", "MARTINA", "MARIA GRAZIA", "ANNA MARIA", "ROSSELLA"]
STRANIERI = [("POPESCU", ["ION", "MIHAI"], ["ELENA", "IOANA"], "ROMANIA", "Z129", "ROMENA"),
             ("HOXHA", ["ARBEN", "ILIR"], ["ELIRA", "BLERTA"], "ALBANIA", "Z100", "ALBANESE"),
             ("EL IDRISSI", ["YOUSSEF", "KARIM"], ["FATIMA", "KHADIJA"], "MAROCCO", "Z330", "MAROCCHINA"),
             ("CHEN", ["WEI", "JUN"], ["LI NA", "XIAO"], "CINA", "Z210", "CINESE"),
             ("QUISPE", ["JORGE", "LUIS"], ["ROSA", "CARMEN"], "PERU'", "Z611", "PERUVIANA"),
             ("KOVALENKO", ["OLEKSANDR", "ANDRIY"], ["OKSANA", "IRYNA"], "UCRAINA", "Z138", "UCRAINA")]
COMUNI = [("PERUGIA", "PG", "G478"), ("PERUGIA", "PG", "G478"), ("PERUGIA", "PG", "G478"), ("ROMA", "RM", "H501"),
          ("MILANO", "MI", "F205"), ("NAPOLI", "NA", "F839"), ("FERRARA", "FE", "D548"), ("MESSINA", "ME", "F158"),
          ("ASSISI", "PG", "A475"), ("FOLIGNO", "PG", "D653"), ("GUBBIO", "PG", "E256"), ("TERNI", "TR", "L117"),
          ("CITTA' DI CASTELLO", "PG", "C745"), ("AREZZO", "AR", "A390"), ("FIRENZE", "FI", "D612"), ("BARI", "BA", "A662"),
          ("PALERMO", "PA", "G273"), ("TORINO", "TO", "L219"), ("SPOLETO", "PG", "I921"), ("TODI", "PG", "L188"),
          ("MARSCIANO", "PG", "E975"), ("CORCIANO", "PG", "D016")]
FRAZ = [("", "06121", ["CORSO PIETRO VANNUCCI", "VIA DEI PRIORI", "VIA GIUSEPPE GARIBALDI", "VIA DELLA PERGOLA"]),
        ("", "06122", ["VIA XX SETTEMBRE", "VIA MARIO ANGELONI", "VIA FRANCESCO BARACCA"]),
        ("PONTE SAN GIOVANNI", "06135", ["VIA MANZONI", "VIA ADRIATICA", "VIA DEL PASTIFICIO"]),
        ("SAN SISTO", "06132", ["VIALE SAN SISTO", "STRADA PIEVAIOLA"]), ("CASTEL DEL PIANO", "06132", ["STRADA PIEVAIOLA", "VIA CATANELLI"]),
        ("PONTE FELCINO", "06134", ["VIA DELLA PACE", "VIA VAL DI ROCCO"]), ("COLOMBELLA", "06134", ["STRADA COLOMBELLA"]),
        ("FERRO DI CAVALLO", "06128", ["VIA CORTONESE", "STRADA SANTA LUCIA"]), ("SAN MARCO", "06131", ["STRADA SAN MARCO"]),
        ("MONTEBELLO", "06126", ["VIA SETTEVALLI"]), ("SANTA MARIA ROSSA", "06132", ["STRADA SANTA MARIA ROSSA"]),
        ("PILA", "06132", ["VIA DI PILA"])]
PROF = ["Impiegato", "Pensionato", "Studente", "Casalinga", "Operaio", "Insegnante", "Commerciante", "Libero professionista",
        "Disoccupato", "Infermiere", "Artigiano", "", ""]
STUDIO = ["Licenza elementare", "Licenza media", "Diploma", "Laurea", "Nessun titolo", ""]
OPERATORI = ["MARINELLI P.", "BARTOCCI L.", "SANTUCCI M.", "GIOVAGNONI A.", "CAPRINI R.", "ROSSI F."]
MESI = "ABCDEHLMPRST"
ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                                                      18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def even(c): return int(c) if c.isdigit() else ord(c) - 65
def cons(s): return [c for c in s if c.isalpha() and c not in "AEIOU"]
def vows(s): return [c for c in s if c in "AEIOU"]
def part(s, nome=False):
    s = s.replace("'", "").replace(" ", "")
    c = cons(s)
    if nome and len(c) >= 4: c = [c[0], c[2], c[3]]
    return "".join((c + vows(s) + ["X"] * 3)[:3])
def cf(cogn, nome, sex, d, m, y, belf):
    s = part(cogn) + part(nome, True) + "%02d" % (y % 100) + MESI[m - 1] + "%02d" % (d + (40 if sex == "F" else 0)) + belf
    tot = sum(ODD[c] if i % 2 == 0 else even(c) for i, c in enumerate(s))
    return s + chr(65 + tot % 26)
def iban_it():
    bban = rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + rnd.choice(["03069", "02008", "05034", "03111", "06230", "07601"]) + \
           "%05d" % rnd.randint(3000, 3999) + "%012d" % rnd.randint(0, 10 ** 12 - 1)
    num = int("".join(str(ord(c) - 55) if c.isalpha() else c for c in bban) + "1829" + "00")
    return "IT%02d%s" % (98 - num % 97, bban)
def data(d, m, y): return "%02d/%02d/%d" % (d, m, y)
famiglie = []; individui = []; cfs = set(); fid = 0; iid = 0
while len(individui) < 1500:
    fid += 1
    fr, cap, vie = rnd.choice(FRAZ)
    via = rnd.choice(vie)
    ncomp = min(rnd.choice([1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6]), 1500 - len(individui))
    straniera = rnd.random() < 0.12
    st = rnd.choice(STRANIERI) if straniera else None
    cogn = st[0] if st else rnd.choice(COGN)
    yh = rnd.randint(1930, 1998)
    fcod = "%07d" % (1200000 + fid * 7 + rnd.randint(0, 6))
    famiglie.append([fcod, data(rnd.randint(1, 28), rnd.randint(1, 12), max(yh + 22, rnd.randint(1975, 2023))),
                     "Convivenza" if rnd.random() < 0.02 else "Famiglia anagrafica", via,
                     "%d%s" % (rnd.randint(1, 180), rnd.choice(["", "", "", "", "/A", "/B", " BIS"])),
                     str(rnd.randint(1, 16)) if rnd.random() < 0.45 else "", fr, cap, str(rnd.randint(1, 420)), str(ncomp)])
    for k in range(ncomp):
        iid += 1
        if k == 0: rel = "INTESTATARIO SCHEDA"; y = yh; sex = rnd.choice("MF")
        elif k == 1 and ncomp > 1 and rnd.random() < 0.8: rel = "CONIUGE"; y = yh + rnd.randint(-5, 5); sex = "F" if individui[-1][4] == "M" else "M"
        else: rel = rnd.choice(["FIGLIO/A", "FIGLIO/A", "FIGLIO/A", "NIPOTE", "GENITORE", "SUOCERO/A"]); sex = rnd.choice("MF")
        if rel in ("FIGLIO/A", "NIPOTE"): y = min(2024, yh + rnd.randint(20, 40))
        if rel in ("GENITORE", "SUOCERO/A"): y = max(1925, yh - rnd.randint(20, 35))
        if rel == "FIGLIO/A": rel = "FIGLIO" if sex == "M" else "FIGLIA"
        c = cogn if (rel not in ("CONIUGE", "SUOCERO/A") or st) else rnd.choice(COGN)
        if st: n = rnd.choice(st[1] if sex == "M" else st[2])
        else: n = rnd.choice(NOMI_M if sex == "M" else NOMI_F)
        d, m = rnd.randint(1, 28), rnd.randint(1, 12)
        if st and rnd.random() < 0.7: com, prov, bel, stato = st[3], "EE", st[4], st[3]; citt = st[5]
        else:
            com, prov, bel = rnd.choice(COMUNI); stato = "ITALIA"; citt = "ITALIANA" if not st else st[5]
        code = cf(c, n, sex, d, m, y, bel)
        if code in cfs: continue
        cfs.add(code)
        age = 2024 - y
        sc = "Celibe/Nubile" if age < 25 else rnd.choice(["Coniugato/a", "Coniugato/a", "Celibe/Nubile", "Divorziato/a", "Vedovo/a", "Unito/a civilmente"])
        if rel == "CONIUGE" or (k == 0 and ncomp > 1 and rnd.random() < 0.6): sc = "Coniugato/a"
        mot = rnd.choice(["Nascita", "Immigrazione da altro comune", "Immigrazione da altro comune", "Immigrazione dall'estero"]) if not st else "Immigrazione dall'estero"
        prov_com = "" if mot != "Immigrazione da altro comune" else rnd.choice(COMUNI[3:])[0]
        tel = ""
        if age >= 18 and rnd.random() < 0.5:
            tel = rnd.choice(["3%d%d %07d", "+39 3%d%d %07d", "075 %d%d%05d"]) % (rnd.randint(2, 9), rnd.randint(0, 9), rnd.randint(0, 9999999) if True else 0)
        mail = ""
        if age >= 18 and rnd.random() < 0.35:
            mail = "%s.%s@%s" % (n.split()[0].lower(), c.lower().replace(" ", "").replace("'", ""), rnd.choice(["gmail.com", "libero.it", "pec.it", "alice.it", "virgilio.it"]))
        individui.append([str(5000000 + iid), fcod, c, n, sex, data(d, m, y), com, prov, stato, code, citt, sc, rel,
                          rnd.choice(STUDIO) if age > 14 else "", rnd.choice(PROF) if age > 17 else ("Studente" if age > 5 else ""),
                          data(rnd.randint(1, 28), rnd.randint(1, 12), max(y, rnd.randint(1960, 2024))) , mot, prov_com, tel, mail])
byid = {i[0]: i for i in individui}
certs = []; TIPI = ["Certificato di residenza", "Stato di famiglia", "Certificato contestuale", "Certificato di nascita",
                    "Certificato di cittadinanza", "Certificato di stato civile", "Certificato di esistenza in vita", "Stato di famiglia storico"]
USI = [("Uso amministrativo", "16,00"), ("Uso pensione", "esente"), ("Uso giudiziario", "16,00"), ("Uso successione", "esente"),
       ("Uso assegni familiari", "esente"), ("Uso sportivo dilettantistico", "esente"), ("Uso notarile", "16,00")]
adults = [i for i in individui if int(i[5][-4:]) <= 2006]
w = [rnd.paretovariate(1.4) for _ in adults]
n_pr = 0
for k in range(2600):
    p = rnd.choices(adults, w)[0]
    n_pr += 1
    canale = rnd.choice(["Sportello", "Sportello", "ANPR online", "PEC", "Sportello"])
    uso, bollo = rnd.choice(USI)
    dm = (rnd.randint(1, 28), rnd.randint(1, 12))
    if canale == "ANPR online": rich, doc, op, bollo, dir_ = "", "", "", "esente", "0,00"
    else:
        dele = rnd.random() < 0.15
        rich = (rnd.choice(COGN) + " " + rnd.choice(NOMI_M + NOMI_F)) if dele else p[2] + " " + p[3]
        doc = rnd.choice(["CA%05d%s%s" % (rnd.randint(0, 99999), rnd.choice("ABCDEFGHLM"), rnd.choice("ABCDEFGHLM")),
                          "AU %07d" % rnd.randint(0, 9999999), "YA%07d" % rnd.randint(0, 9999999)]) if canale == "Sportello" else ""
        op = rnd.choice(OPERATORI) if canale == "Sportello" else rnd.choice(OPERATORI[:2])
        dir_ = "0,52" if bollo == "16,00" else "0,26"
    note = ""
    r = rnd.random()
    if r < 0.04: note = "Delega firmata da %s %s" % (p[3], p[2])
    elif r < 0.07: note = "Richiesto anche per il figlio %s" % rnd.choice(NOMI_M)
    elif r < 0.1: note = rnd.choice(["Urgente", "Da ritirare allo sportello di San Sisto", "Inviato via PEC", "Pagamento PagoPA"])
    certs.append(["2024/%06d" % (1000 + n_pr), "%02d/%02d/2024 %02d:%02d" % (dm[0], dm[1], rnd.randint(8, 17), rnd.randint(0, 59)),
                  p[0], rnd.choice(TIPI), uso, bollo, dir_, canale, rich, doc, op, note])
imu = []
owners = rnd.sample([i for i in individui if int(i[5][-4:]) < 1990], 54)
for k, p in enumerate(owners):
    ren = rnd.uniform(250, 1900); imposta = ren * 1.05 * 160 * 0.0106 * rnd.choice([1, 1, 0.5])
    sanz = imposta * 0.3 if rnd.random() < 0.6 else 0; inter = imposta * rnd.uniform(0.01, 0.06)
    def eur(x): return ("%.2f" % x).replace(".", ",")
    imu.append(["%d/%05d" % (2024, 300 + k * 3), p[9], p[2] + " " + p[3], str(rnd.choice([2019, 2020, 2021])), str(rnd.randint(1, 420)),
                str(rnd.randint(1, 2200)), str(rnd.randint(1, 40)) if rnd.random() < 0.85 else "", rnd.choice(["A/2", "A/3", "A/3", "A/4", "C/6", "A/7"]),
                eur(ren), eur(imposta), eur(sanz), eur(inter), eur(imposta + sanz + inter),
                data(rnd.randint(1, 28), rnd.randint(1, 12), 2024), rnd.choice(["Notificato", "Pagato", "Pagato", "Ricorso", "Annullato in autotutela"]),
                iban_it() if rnd.random() < 0.3 else "", (p[19] if p[19] and "pec" in p[19] else "")])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f, delimiter=";", lineterminator="\n"); wr.writerow(head); wr.writerows(rows)
write("famiglie", ["CODICE_FAMIGLIA", "DATA_COSTITUZIONE", "TIPO_FAMIGLIA", "INDIRIZZO", "CIVICO", "INTERNO", "FRAZIONE", "CAP",
                   "SEZIONE_CENSIMENTO", "NUM_COMPONENTI"], famiglie)
write("individui", ["ID_INDIVIDUO", "CODICE_FAMIGLIA", "COGNOME", "NOME", "SESSO", "DATA_NASCITA", "COMUNE_NASCITA", "PROV_NASCITA",
                    "STATO_NASCITA", "CODICE_FISCALE", "CITTADINANZA", "STATO_CIVILE", "RAPPORTO_PARENTELA", "TITOLO_STUDIO",
                    "PROFESSIONE", "DATA_ISCRIZIONE", "MOTIVO_ISCRIZIONE", "COMUNE_PROVENIENZA", "TELEFONO", "EMAIL"], individui)
write("certificati", ["N_PRATICA", "DATA_RICHIESTA", "ID_INDIVIDUO", "TIPO_CERTIFICATO", "USO", "BOLLO", "DIRITTI_SEGRETERIA",
                      "CANALE", "RICHIEDENTE", "DOC_RICHIEDENTE", "OPERATORE", "NOTE"], certs)
write("accertamenti_imu", ["N_AVVISO", "CODICE_FISCALE", "DENOMINAZIONE", "ANNO_IMPOSTA", "FOGLIO", "PARTICELLA", "SUB",
                           "CATEGORIA", "RENDITA_CATASTALE", "IMPOSTA_DOVUTA", "SANZIONI", "INTERESSI", "TOTALE", "DATA_NOTIFICA",
                           "STATO", "IBAN_RIMBORSO", "PEC"], imu)
N = "NON_IDENTIFYING"; O = "OTHER_UNIQUE_IDENTIFIER"
cols = {"famiglie.CODICE_FAMIGLIA": O, "famiglie.DATA_COSTITUZIONE": "DATE", "famiglie.TIPO_FAMIGLIA": N,
        "famiglie.INDIRIZZO": "STREET_ADDRESS", "famiglie.CIVICO": "STREET_ADDRESS", "famiglie.INTERNO": "STREET_ADDRESS",
        "famiglie.FRAZIONE": "GEOGRAPHIC_SUBDIVISION", "famiglie.CAP": "ZIP_CODE", "famiglie.SEZIONE_CENSIMENTO": "GEOGRAPHIC_SUBDIVISION",
        "famiglie.NUM_COMPONENTI": N,
        "individui.ID_INDIVIDUO": O, "individui.CODICE_FAMIGLIA": O, "individui.COGNOME": "FAMILY_NAME", "individui.NOME": "GIVEN_NAME",
        "individui.SESSO": N, "individui.DATA_NASCITA": "DATE_OF_BIRTH", "individui.COMUNE_NASCITA": "CITY", "individui.PROV_NASCITA": "COUNTY",
        "individui.STATO_NASCITA": N, "individui.CODICE_FISCALE": "NATIONAL_ID", "individui.CITTADINANZA": N, "individui.STATO_CIVILE": N,
        "individui.RAPPORTO_PARENTELA": N, "individui.TITOLO_STUDIO": N, "individui.PROFESSIONE": N, "individui.DATA_ISCRIZIONE": "DATE",
        "individui.MOTIVO_ISCRIZIONE": N, "individui.COMUNE_PROVENIENZA": "CITY", "individui.TELEFONO": "TELEPHONE_NUMBER",
        "individui.EMAIL": "EMAIL_ADDRESS",
        "certificati.N_PRATICA": O, "certificati.DATA_RICHIESTA": "DATE", "certificati.ID_INDIVIDUO": O, "certificati.TIPO_CERTIFICATO": N,
        "certificati.USO": N, "certificati.BOLLO": N, "certificati.DIRITTI_SEGRETERIA": N, "certificati.CANALE": N,
        "certificati.RICHIEDENTE": "NAME", "certificati.DOC_RICHIEDENTE": "NATIONAL_ID", "certificati.OPERATORE": "NAME",
        "certificati.NOTE": "FREE_TEXT",
        "accertamenti_imu.N_AVVISO": O, "accertamenti_imu.CODICE_FISCALE": "NATIONAL_ID", "accertamenti_imu.DENOMINAZIONE": "NAME",
        "accertamenti_imu.ANNO_IMPOSTA": N, "accertamenti_imu.FOGLIO": "GEOGRAPHIC_SUBDIVISION", "accertamenti_imu.PARTICELLA": O,
        "accertamenti_imu.SUB": O, "accertamenti_imu.CATEGORIA": N, "accertamenti_imu.RENDITA_CATASTALE": N,
        "accertamenti_imu.IMPOSTA_DOVUTA": N, "accertamenti_imu.SANZIONI": N, "accertamenti_imu.INTERESSI": N, "accertamenti_imu.TOTALE": N,
        "accertamenti_imu.DATA_NOTIFICA": "DATE", "accertamenti_imu.STATO": N, "accertamenti_imu.IBAN_RIMBORSO": "IBAN",
        "accertamenti_imu.PEC": "EMAIL_ADDRESS"}
gold = {"dataset": "anagrafe-it",
        "description": "Invented extract of the population register (anagrafe, ANPR-like fields) and tax office of the Comune di Perugia, ';' separated, dd/mm/yyyy, decimal commas: %d households" % len(famiglie) + " (7-digit CODICE_FAMIGLIA, date formed, type, street 'VIA GIUSEPPE GARIBALDI', CIVICO '12/A' or '5 BIS', INTERNO (45%), FRAZIONE (empty for the town centre), CAP 061xx, census section 1-420, members), 1,500 residents (ID_INDIVIDUO, CODICE_FAMIGLIA, COGNOME/NOME in capitals with apostrophes and two-word names, sex, birth date, birth comune and province code (EE abroad), birth state, CODICE_FISCALE with valid check character and Belfiore code, citizenship, marital status, relation to the head, education, profession, registration date and reason, previous comune, phone (3xx mobile, +39, 075 landline; 50% of adults), e-mail (35%)), 2,600 certificate requests (N_PRATICA '2024/001234', date-time, ID_INDIVIDUO, type, use, stamp duty '16,00'/'esente', fee, channel, requester name (empty online; 15% a delegate), requester's document (CIE 'CA12345AB', paper ID 'AU 1234567', passport), clerk 'MARINELLI P.', note naming people on 7%), 54 IMU assessments (N_AVVISO, CODICE_FISCALE, DENOMINAZIONE 'ROSSI MARIO', tax year, cadastral FOGLIO/PARTICELLA/SUB, category, rendita, tax, penalties, interest, total, notification date, status, refund IBAN IT (30%), PEC). PROV_NASCITA COUNTY (a province, as booking-it's Provincia), FRAZIONE, census section and cadastral sheet (FOGLIO) GEOGRAPHIC_SUBDIVISION, PARTICELLA and SUB OTHER_UNIQUE_IDENTIFIER (a parcel, as APN), requester's document NATIONAL_ID, clerks NAME. Surnames FERRARA and MESSINA beside the birth towns, the frazione SANTA MARIA ROSSA beside the name MARIA, VIA GIUSEPPE GARIBALDI and VIA FRANCESCO BARACCA beside the names, the surname PERUGINI beside PERUGIA are deliberate",
        "delimiter": ";", "entity": "individui", "columns": cols,
        "foreignKeys": [{"column": "individui.CODICE_FAMIGLIA", "references": "famiglie.CODICE_FAMIGLIA"},
                        {"column": "certificati.ID_INDIVIDUO", "references": "individui.ID_INDIVIDUO"},
                        {"column": "accertamenti_imu.CODICE_FISCALE", "references": "individui.CODICE_FISCALE"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")

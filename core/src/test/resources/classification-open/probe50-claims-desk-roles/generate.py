#!/usr/bin/env python3
"""Writes probe50-claims-desk-roles: an invented insurer's claims desks in Portugal, Italy and Germany (seeded, stdlib
only, written by breaker50). Each claim names the staff who handle it by their system login under a role header in the
desk's language: `Gestora` and `Responsável` (Portuguese), `Operatore` (Italian), `Kundenbetreuer`,
`Schadenbearbeiter` (German compounds) and `Sachbearbeiter` holding Windows logins written `HartmannS` (no domain) or
`CORP/HartmannS` (a forward slash); `Freigabe` holds one of two approvers' logins. Three tables, one per desk."""
import csv, json, random, datetime
rnd = random.Random(5002)
PT_STAFF = ["asilva", "bcosta", "cferreira", "dsantos", "emartins", "fpereira"]
IT_STAFF = ["mrossi", "gbianchi", "lromano", "pcolombo", "fricci", "smarino"]
DE_CAMEL = ["HartmannS", "KrauseU", "BeckerT", "WolfA", "SchulzeM", "NeumannK"]
DE_LOGIN = ["jvogel", "pkeller", "hfranke", "lberger", "tlang", "mweiss"]
GIVEN = ["Ana", "Joao", "Rita", "Pedro", "Marta", "Rui", "Giulia", "Marco", "Chiara", "Luca", "Sara", "Paolo",
         "Anna", "Jonas", "Lena", "Felix", "Julia", "Tim"]
FAMILY = {"pt": ["Sousa", "Almeida", "Carvalho", "Gomes", "Lopes", "Ribeiro"], "it": ["Esposito", "Greco", "Bruno",
          "Gallo", "Conti", "Mancini"], "de": ["Schmitt", "Lehmann", "Huber", "Kaiser", "Fuchs", "Peters"]}
KIND = {"pt": ["Automóvel", "Habitação", "Saúde", "Viagem"], "it": ["Auto", "Casa", "Salute", "Viaggio"],
        "de": ["Kfz", "Hausrat", "Haftpflicht", "Reise"]}
STATE = {"pt": ["Aberto", "Em análise", "Pago", "Recusado"], "it": ["Aperto", "In istruttoria", "Liquidato", "Respinto"],
         "de": ["offen", "in Prüfung", "reguliert", "abgelehnt"]}

def day():
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 360))

def claims(lang, n, prefix):
    holders = ["%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY[lang])) for _ in range(n // 2)]
    pol = {h: "%s-%07d" % (prefix, rnd.randint(10**6, 10**7 - 1)) for h in holders}
    rows = []
    for k in range(n):
        h = rnd.choice(holders)
        rows.append((day(), h, pol[h]))
    rows.sort()
    return rows

def write(name, header, rows):
    with open(name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

pt = [["SIN-PT-%05d" % (k + 1), d.isoformat(), pol, h, rnd.choice(KIND["pt"]), "%.2f" % rnd.uniform(80, 9000),
       rnd.choice(STATE["pt"]), rnd.choice(PT_STAFF), rnd.choice(PT_STAFF[:3])] for k, (d, h, pol) in enumerate(claims("pt", 300, "PT"))]
write("sinistros_pt.csv", ["n_sinistro", "data_participacao", "apolice", "tomador", "ramo", "valor_eur", "estado",
                           "Gestora", "Responsável"], pt)
it = [["SIN-IT-%05d" % (k + 1), d.isoformat(), pol, h, rnd.choice(KIND["it"]), "%.2f" % rnd.uniform(80, 9000),
       rnd.choice(STATE["it"]), rnd.choice(IT_STAFF)] for k, (d, h, pol) in enumerate(claims("it", 300, "IT"))]
write("sinistri_it.csv", ["num_sinistro", "data_denuncia", "polizza", "contraente", "ramo", "importo_eur", "stato",
                          "Operatore"], it)
de = [["S-DE-%05d" % (k + 1), d.strftime("%d.%m.%Y"), pol, h, rnd.choice(KIND["de"]), ("%.2f" % rnd.uniform(80, 9000)).replace(".", ","),
       rnd.choice(STATE["de"]), rnd.choice(DE_LOGIN), rnd.choice(DE_LOGIN), rnd.choice(DE_CAMEL),
       "CORP/" + rnd.choice(DE_CAMEL), rnd.choice(["CORP/KrauseU", "CORP/WolfA"])]
      for k, (d, h, pol) in enumerate(claims("de", 400, "DE"))]
write("schaeden_de.csv", ["Schadennummer", "Meldedatum", "Vertragsnummer", "Versicherungsnehmer", "Sparte", "Betrag",
                          "Status", "Kundenbetreuer", "Schadenbearbeiter", "Sachbearbeiter", "Gruppenleiter", "Freigabe"], de)
cols = {}
for t, hdr, ids in [("sinistros_pt", ["n_sinistro", "data_participacao", "apolice", "tomador", "ramo", "valor_eur", "estado", "Gestora", "Responsável"], 9),
                    ("sinistri_it", ["num_sinistro", "data_denuncia", "polizza", "contraente", "ramo", "importo_eur", "stato", "Operatore"], 8),
                    ("schaeden_de", ["Schadennummer", "Meldedatum", "Vertragsnummer", "Versicherungsnehmer", "Sparte", "Betrag", "Status",
                                     "Kundenbetreuer", "Schadenbearbeiter", "Sachbearbeiter", "Gruppenleiter", "Freigabe"], 12)]:
    labels = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "ACCOUNT_NUMBER", "NAME", "NON_IDENTIFYING",
              "NON_IDENTIFYING", "NON_IDENTIFYING"] + ["OTHER_UNIQUE_IDENTIFIER"] * (len(hdr) - 7)
    for c, l in zip(hdr, labels):
        cols[t + "." + c] = l
gold = {"dataset": "probe50-claims-desk-roles",
        "description": "Invented claims desks: 300 Portuguese claims (handlers' logins under 'Gestora', 'Responsável'), 300 "
                       "Italian ('Operatore'), 400 German ('Kundenbetreuer', 'Schadenbearbeiter' plain logins; 'Sachbearbeiter' "
                       "HartmannS, 'Gruppenleiter' CORP/HartmannS, 'Freigabe' two approvers CORP/KrauseU); policy numbers repeat per holder",
        "delimiter": ",", "entity": "schaeden_de", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

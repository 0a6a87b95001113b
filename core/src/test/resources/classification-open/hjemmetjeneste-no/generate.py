#!/usr/bin/env python3
"""Writes hjemmetjeneste-no: an invented Norwegian municipal home-care export (ansatte 9 rows, brukere, besok), `,`,
dd.mm.yyyy dates, Norwegian headers with æøå and digits (adresse_1, pårørende2). Fødselsnummer with both mod-11 check
digits, ages 85-104, care workers with their title (`spl.`, `hjelpepl.`), relatives, vedtak (service decision), hours,
visit times, notes naming people (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(131102)
FOR = ["Ole", "Kari", "Per", "Ingrid", "Arne", "Solveig", "Knut", "Astrid", "Bjørn", "Randi", "Odd", "Gunvor", "Ragnhild",
       "Terje", "Liv", "Sigrid", "Halvard", "Aud", "Magnhild", "Eirik"]
ETT = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Berg",
       "Haugen", "Hagen", "Bakken", "Solberg", "Strand", "Lie", "Dahl", "Myklebust", "Fjeldstad", "Øvrebø"]
STED = [("Tromsø", "9008"), ("Tromsø", "9010"), ("Tromsø", "9011"), ("Kvaløysletta", "9100"), ("Tromsdalen", "9020")]
GATE = ["Storgata", "Grønnegata", "Skippergata", "Kirkegata", "Fjellveien", "Stakkevollvegen"]
VEDTAK = ["Praktisk bistand", "Hjemmesykepleie", "Trygghetsalarm", "Dagsenter", "Matombringing", "Avlastning"]
TJ = ["Morgenstell", "Medisinutdeling", "Kveldsstell", "Sårstell", "Dusj", "Tilsyn", "Innkjøp"]
TITTEL = ["spl.", "spl.", "hjelpepl.", "hjelpepl.", "helsefagarb.", "assistent"]

def fnr(d):
    while True:
        b = [int(x) for x in d.strftime("%d%m%y") + "%03d" % rnd.randint(0, 499)]
        k1 = 11 - sum(a * w for a, w in zip(b, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10: continue
        b.append(k1)
        k2 = 11 - sum(a * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10: continue
        return "".join(map(str, b)) + str(k2)

def tlf():
    return "+47 %d%d%d %02d %03d" % (rnd.choice([4, 9]), rnd.randint(0, 9), rnd.randint(0, 9), rnd.randint(0, 99), rnd.randint(0, 999))

ans = []
for i in range(9):
    t = rnd.choice(TITTEL)
    ans.append(["A%03d" % (i * 7 + 11), "%s %s %s" % (t, rnd.choice(FOR), rnd.choice(ETT)),
                {"spl.": "Sykepleier", "hjelpepl.": "Hjelpepleier", "helsefagarb.": "Helsefagarbeider", "assistent": "Assistent"}[t],
                rnd.choice(["Sone Nord", "Sone Sentrum", "Sone Sør"]), rnd.choice(["100", "80", "75", "50"])])
bru = []
ref = datetime.date(2025, 1, 15)
for i in range(75):
    age = rnd.randint(85, 104)
    fd = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    sted, pnr = rnd.choice(STED)
    et = rnd.choice(ETT)
    bru.append(["B%04d" % (2000 + i * 13), fnr(fd), "%s %s" % (rnd.choice(FOR), et), fd.strftime("%d.%m.%Y"), str(age),
                "%s %d" % (rnd.choice(GATE), rnd.randint(1, 80)), pnr, sted, tlf(),
                "%s %s" % (rnd.choice(FOR), rnd.choice([et, rnd.choice(ETT)])), rnd.choice(["datter", "sønn", "nabo", "niese"]),
                tlf(), rnd.choice(VEDTAK), ("%.1f" % (rnd.randint(2, 40) / 2)), rnd.choice(["Ja", "Nei"])])
bes = []
for i in range(190):
    b, a = rnd.choice(bru), rnd.choice(ans)
    st = datetime.datetime(2025, 1, 1, 7, 0) + datetime.timedelta(days=rnd.randint(0, 30), minutes=5 * rnd.randint(0, 170))
    note = rnd.choice(["", "", "", "Ok.", "Datteren %s var til stede." % b[9], "Snakket med %s om medisiner." % a[1],
                       "Bruker ønsker besøk av fastlege dr. %s." % rnd.choice(ETT), "Falt i natt, varslet sønnen på %s." % tlf()])
    bes.append(["%d" % (50000 + i), b[0], a[0], a[1], st.strftime("%d.%m.%Y"), st.strftime("%H:%M"),
                (st + datetime.timedelta(minutes=rnd.choice([15, 20, 30, 45, 60]))).strftime("%H:%M"), rnd.choice(TJ), note])
def wr(n, h, r):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(r)
wr("ansatte.csv", ["ansattnr", "navn", "stilling", "sone", "stillingsprosent"], ans)
wr("brukere.csv", ["brukernr", "fødselsnummer", "navn", "fødselsdato", "alder", "adresse_1", "postnr", "poststed",
                   "telefon", "pårørende", "relasjon", "pårørende2_tlf", "vedtak", "timer_per_uke", "trygghetsalarm"], bru)
wr("besok.csv", ["besøk_id", "brukernr", "ansattnr", "utført_av", "dato", "start", "slutt", "tjeneste", "merknad"], bes)
C = {"ansatte.ansattnr": "OTHER_UNIQUE_IDENTIFIER", "ansatte.navn": "NAME", "ansatte.stilling": "NON_IDENTIFYING",
     "ansatte.sone": "NON_IDENTIFYING", "ansatte.stillingsprosent": "NON_IDENTIFYING",
     "brukere.brukernr": "OTHER_UNIQUE_IDENTIFIER", "brukere.fødselsnummer": "NATIONAL_ID", "brukere.navn": "NAME",
     "brukere.fødselsdato": "DATE_OF_BIRTH", "brukere.alder": "AGE", "brukere.adresse_1": "STREET_ADDRESS",
     "brukere.postnr": "ZIP_CODE", "brukere.poststed": "CITY", "brukere.telefon": "TELEPHONE_NUMBER",
     "brukere.pårørende": "NAME", "brukere.relasjon": "NON_IDENTIFYING", "brukere.pårørende2_tlf": "TELEPHONE_NUMBER",
     "brukere.vedtak": "NON_IDENTIFYING", "brukere.timer_per_uke": "NON_IDENTIFYING", "brukere.trygghetsalarm": "NON_IDENTIFYING",
     "besok.besøk_id": "OTHER_UNIQUE_IDENTIFIER", "besok.brukernr": "OTHER_UNIQUE_IDENTIFIER",
     "besok.ansattnr": "OTHER_UNIQUE_IDENTIFIER", "besok.utført_av": "NAME", "besok.dato": "DATE",
     "besok.start": "NON_IDENTIFYING", "besok.slutt": "NON_IDENTIFYING", "besok.tjeneste": "NON_IDENTIFYING",
     "besok.merknad": "FREE_TEXT"}
g = {"dataset": "hjemmetjeneste-no", "description": "Invented Norwegian municipal home-care export, `,`, dd.mm.yyyy: 9 care workers (number, name with title spl./hjelpepl., position, zone, FTE %), 75 clients (number, fødselsnummer with both mod-11 check digits, name, birth date, age 85-104, adresse_1, postcode, town, phone, relative's name and relationship, relative's phone, service decision, hours per week, safety alarm), 190 visits (id, client, worker number and name, date, start, end, task, notes naming relatives, workers and GPs)",
     "delimiter": ",", "entity": "brukere", "columns": C,
     "foreignKeys": [{"column": "besok.brukernr", "references": "brukere.brukernr"}, {"column": "besok.ansattnr", "references": "ansatte.ansattnr"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes unfall-de: an invented German private accident-insurance claims export (versicherte, schaeden = claims),
`;`, decimal commas with thousands dots, dd.mm.yyyy dates, German headers with umlauts and ß (seeded, stdlib only).
Policy numbers, Krankenversicherungsnummern (letter + 9 digits with the published check digit), DE IBANs passing
mod-97, addresses with 5-digit PLZ, ages over 89, ICD-10-GM codes with the diagnosis-certainty suffix (G/V/Z/A) and
German diagnosis texts, amounts, handling clerk (Sachbearbeiter) and treating doctor beside tariff and status,
witnesses' names, notes naming relatives and neighbours."""
import csv, json, random, datetime
rnd = random.Random(100202)
GIVEN = ["Jürgen", "Monika", "Klaus", "Ursula", "Stefan", "Sabine", "Dieter", "Heike", "Lukas", "Lea", "Günther", "Hildegard",
         "Mehmet", "Ayşe", "Jan", "Katrin", "Wolfgang", "Renate", "Sven", "Birgit"]
FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch",
          "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Öztürk", "Kowalczyk", "Weiß"]
ORTE = [("Mainz", "55116"), ("Mainz", "55122"), ("Wiesbaden", "65183"), ("Bingen am Rhein", "55411"), ("Ingelheim", "55218"),
        ("Nieder-Olm", "55268"), ("Oppenheim", "55276")]
STR = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Am Römerberg", "Lindenweg", "Schillerstraße", "Weinbergstraße"]
TARIF = ["Unfall Basis", "Unfall Komfort", "Unfall Premium", "Senioren-Unfall 60plus", "Kinder-Unfall"]
GEF = ["A", "A", "B", "Kind", "Senior"]
ICD = [("S82.6", "Fraktur des Außenknöchels"), ("S52.5", "Distale Fraktur des Radius"), ("S72.0", "Schenkelhalsfraktur"),
       ("S83.5", "Verstauchung und Zerrung des Kreuzbandes"), ("S06.0", "Gehirnerschütterung"), ("S42.2", "Fraktur des proximalen Endes des Humerus"),
       ("S93.4", "Verstauchung und Zerrung des oberen Sprunggelenkes"), ("T14.0", "Oberflächliche Verletzung an einer nicht näher bezeichneten Körperregion")]
HERGANG = ["Sturz auf Treppe", "Sturz auf Glatteis", "Fahrradunfall", "Sportunfall (Fußball)", "Sturz von Leiter", "Verkehrsunfall als Fußgänger", "Haushaltsunfall"]
STATUS = ["offen", "in Prüfung", "reguliert", "abgelehnt"]
LEIST = ["Krankenhaustagegeld", "Invaliditätsleistung", "Unfallrente", "Bergungskosten", "Übergangsleistung"]
CLERKS = ["Sabine Köhler", "Thomas Brenner", "Anja Vogelsang", "Markus Dreher", "Petra Lindqvist"]
DOCS = ["Dr. med. Frank Ruppert", "Dr. med. Elif Kaya", "Dr. Hans-Peter Görlitz", "Prof. Dr. med. Ines Wachter", "Dr. med. Ole Jansen", "Dr. Miriam Sauer"]

def kvnr():
    l = rnd.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ"); body = "%08d" % rnd.randint(0, 99999999)
    digs = "%02d" % (ord(l) - 64) + body
    s = 0
    for i, ch in enumerate(digs):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return l + body + str(s % 10)

def iban():
    bban = "%08d%010d" % (rnd.choice([55050120, 55190000, 51050015, 37040044, 50010517]), rnd.randint(10 ** 8, 10 ** 10 - 1))
    chk = 98 - int(bban + "131400") % 97
    return "DE%02d %s" % (chk, " ".join((bban)[i:i + 4] for i in range(0, 18, 4)))

def d(x):
    return x.strftime("%d.%m.%Y")

def eur(x):
    s = "%.2f" % x; i, f = s.split(".")
    return "{:,}".format(int(i)).replace(",", ".") + "," + f

def tel():
    return "0%d %d" % (rnd.choice([6131, 611, 6721, 6132, 151, 160, 176]), rnd.randint(100000, 9999999))

REF = datetime.date(2025, 11, 1)
people, claims = [], []
for i in range(95):
    born = datetime.date(1929, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 90))
    a = REF.year - born.year - ((REF.month, REF.day) < (born.month, born.day))
    ort, plz = rnd.choice(ORTE)
    t = "Kinder-Unfall" if a < 18 else ("Senioren-Unfall 60plus" if a >= 60 and rnd.random() < 0.6 else rnd.choice(TARIF[:3]))
    people.append({"Vertragsnummer": "UV-%07d" % (3400112 + i * 37), "Versichertennummer": kvnr(), "Name": rnd.choice(FAMILY),
                   "Vorname": rnd.choice(GIVEN), "Geburtsdatum": d(born), "Alter": str(a), "Straße": "%s %d" % (rnd.choice(STR), rnd.randint(1, 90)),
                   "PLZ": plz, "Ort": ort, "Telefon": tel(), "IBAN": iban(), "Tarif": t,
                   "Gefahrengruppe": "Kind" if a < 18 else ("Senior" if t.startswith("Senioren") else rnd.choice(["A", "A", "B"])),
                   "Grundsumme_Invalidität": eur(rnd.choice([50000, 100000, 150000, 250000])), "Progression": rnd.choice(["225 %", "350 %", "500 %"]),
                   "Beitrag_mtl": eur(rnd.choice([8.9, 12.5, 19.9, 24.75, 31.2]))})
for i in range(210):
    p = rnd.choice(people)
    day = datetime.date(2022, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1300))
    code, txt = rnd.choice(ICD)
    c = {"Schadennummer": "S%d-%06d" % (day.year, 10000 + i * 13), "Vertragsnummer": p["Vertragsnummer"], "Unfalltag": d(day),
         "Meldedatum": d(day + datetime.timedelta(days=rnd.randint(1, 60))), "Unfallhergang": rnd.choice(HERGANG),
         "Diagnose_ICD10GM": "%s %s" % (code, rnd.choice("GGGVZA")), "Diagnosetext": txt, "Leistungsart": rnd.choice(LEIST),
         "Invaliditätsgrad_%": rnd.choice(["0", "0", "5", "10", "20", "35"]), "Betrag_EUR": eur(rnd.choice([0, 450, 1200, 3800.5, 12500, 27000])),
         "behandelnder_Arzt": rnd.choice(DOCS), "Sachbearbeiter": rnd.choice(CLERKS), "Status": rnd.choice(STATUS), "Zeuge": "", "Bemerkung": ""}
    if rnd.random() < 0.25:
        c["Zeuge"] = "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))
    r = rnd.random()
    if r < 0.12:
        c["Bemerkung"] = "Ehefrau %s %s meldet telefonisch (%s)" % (rnd.choice(GIVEN), p["Name"], tel())
    elif r < 0.2:
        c["Bemerkung"] = "Nachbar %s %s hat den Sturz beobachtet, Rückruf durch %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), c["Sachbearbeiter"])
    elif r < 0.4:
        c["Bemerkung"] = "Arztbericht angefordert"
    elif r < 0.5:
        c["Bemerkung"] = "Regress prüfen"
    claims.append(c)

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter=";", lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("versicherte", people); write("schaeden", claims)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
L = {"versicherte.Vertragsnummer": "ACCOUNT_NUMBER", "versicherte.Versichertennummer": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "versicherte.Name": "FAMILY_NAME", "versicherte.Vorname": "GIVEN_NAME", "versicherte.Geburtsdatum": "DATE_OF_BIRTH",
     "versicherte.Alter": "AGE", "versicherte.Straße": "STREET_ADDRESS", "versicherte.PLZ": "ZIP_CODE", "versicherte.Ort": "CITY",
     "versicherte.Telefon": "TELEPHONE_NUMBER", "versicherte.IBAN": "IBAN", "versicherte.Tarif": N, "versicherte.Gefahrengruppe": N,
     "versicherte.Grundsumme_Invalidität": N, "versicherte.Progression": N, "versicherte.Beitrag_mtl": N,
     "schaeden.Schadennummer": O, "schaeden.Vertragsnummer": "ACCOUNT_NUMBER", "schaeden.Unfalltag": "DATE", "schaeden.Meldedatum": "DATE",
     "schaeden.Unfallhergang": N, "schaeden.Diagnose_ICD10GM": N, "schaeden.Diagnosetext": N, "schaeden.Leistungsart": N,
     "schaeden.Invaliditätsgrad_%": N, "schaeden.Betrag_EUR": N, "schaeden.behandelnder_Arzt": "NAME", "schaeden.Sachbearbeiter": "NAME",
     "schaeden.Status": N, "schaeden.Zeuge": "NAME", "schaeden.Bemerkung": "FREE_TEXT"}
gold = {"dataset": "unfall-de",
        "description": "Invented German private accident-insurance claims export, `;`, decimal commas with thousands dots, dd.mm.yyyy, German headers with umlauts, ß and %%: 95 insured persons (policy number, Krankenversichertennummer with check digit, surname, given name, birth dates back to 1929, ages over 89, street, PLZ, town, phone, DE IBAN, tariff, hazard group, sum insured, progression, premium), %d claims (claim number, policy number, accident and report dates, how it happened, ICD-10-GM code with certainty suffix, diagnosis text, benefit type, disability degree, amount, treating doctor, handling clerk, status, witness name, notes naming wives, neighbours with phones and clerks)" % len(claims),
        "delimiter": ";", "entity": "versicherte", "columns": L,
        "foreignKeys": [{"column": "schaeden.Vertragsnummer", "references": "versicherte.Vertragsnummer"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

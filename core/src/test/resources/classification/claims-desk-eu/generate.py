#!/usr/bin/env python3
"""Writes claims-desk-eu: an invented claims desk of a European insurer (seeded, Python 3 stdlib only; rerun to
reproduce the CSV files and gold.json byte for byte), written by breaker45 to attack the staff-login rule
(staffLogins). schaeden (claims, 400): Schadennummer, Schadendatum, Sparte, Reserve, Sachbearbeiterin (plain logins
under the female form of Sachbearbeiter), Zugewiesen an (plain logins: assigned to, in German), Freigabe durch (logins
with a Windows domain and capitals, CORP\\WagnerS), Status; sinistri (Italian claims, 300): numero_sinistro,
data_evento, ramo, Incaricato (plain logins), Responsabile (logins written ROSSI.M), stato. Six people at each desk,
each on many rows."""
import csv, json, os, random
SET = "claims-desk-eu"
rnd = random.Random(4545)
here = os.path.dirname(os.path.abspath(__file__))
DE = [("Sabine", "Wagner"), ("Jonas", "Becker"), ("Petra", "Hoffmann"), ("Lukas", "Schulz"), ("Anja", "Koch"),
      ("Tobias", "Richter"), ("Mareike", "Wolf"), ("Felix", "Neumann"), ("Carina", "Schwarz"), ("Dennis", "Zimmermann"),
      ("Ute", "Kraus"), ("Jan", "Lorenz"), ("Heike", "Braun"), ("Sven", "Hartmann"), ("Nina", "Krueger"),
      ("Oliver", "Lange"), ("Ines", "Vogel"), ("Rolf", "Peters")]
IT = [("Marco", "Rossi"), ("Giulia", "Bianchi"), ("Luca", "Ferrari"), ("Chiara", "Esposito"), ("Davide", "Romano"),
      ("Sara", "Colombo"), ("Paolo", "Ricci"), ("Elena", "Marino"), ("Matteo", "Greco"), ("Silvia", "Bruno"),
      ("Andrea", "Gallo"), ("Federica", "Conti")]
plain = lambda g, f: (g[0] + f).lower()
sachb = [plain(*p) for p in DE[0:6]]
zugew = [plain(*p) for p in DE[6:12]]
freig = ["CORP\\" + f + g[0] for g, f in DE[12:18]]
incar = [plain(*p) for p in IT[0:6]]
resp = [f.upper() + "." + g[0] for g, f in IT[6:12]]
schaeden = []
for i in range(400):
    schaeden.append(["S-2024-%05d" % (10000 + i), "2024-%02d-%02d" % (rnd.randrange(1, 13), rnd.randrange(1, 29)),
                     rnd.choice(["Kfz", "Hausrat", "Wohngebaeude", "Haftpflicht"]), "%.2f" % (rnd.random() * 25000),
                     rnd.choice(sachb), rnd.choice(zugew), rnd.choice(freig), rnd.choice(["offen", "geschlossen", "wiedereroeffnet"])])
sinistri = []
for i in range(300):
    sinistri.append(["SIN%07d" % (2400000 + i), "2024-%02d-%02d" % (rnd.randrange(1, 13), rnd.randrange(1, 29)),
                     rnd.choice(["RCA", "Incendio", "Furto", "Infortuni"]), rnd.choice(incar), rnd.choice(resp),
                     rnd.choice(["aperto", "chiuso", "in istruttoria"])])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("schaeden", ["Schadennummer", "Schadendatum", "Sparte", "Reserve", "Sachbearbeiterin", "Zugewiesen an", "Freigabe durch", "Status"], schaeden)
write("sinistri", ["numero_sinistro", "data_evento", "ramo", "Incaricato", "Responsabile", "stato"], sinistri)
cols = {"schaeden.Schadennummer": "OTHER_UNIQUE_IDENTIFIER", "schaeden.Schadendatum": "DATE", "schaeden.Sparte": "NON_IDENTIFYING",
        "schaeden.Reserve": "NON_IDENTIFYING", "schaeden.Sachbearbeiterin": "OTHER_UNIQUE_IDENTIFIER",
        "schaeden.Zugewiesen an": "OTHER_UNIQUE_IDENTIFIER", "schaeden.Freigabe durch": "OTHER_UNIQUE_IDENTIFIER",
        "schaeden.Status": "NON_IDENTIFYING",
        "sinistri.numero_sinistro": "OTHER_UNIQUE_IDENTIFIER", "sinistri.data_evento": "DATE", "sinistri.ramo": "NON_IDENTIFYING",
        "sinistri.Incaricato": "OTHER_UNIQUE_IDENTIFIER", "sinistri.Responsabile": "OTHER_UNIQUE_IDENTIFIER",
        "sinistri.stato": "NON_IDENTIFYING"}
gold = {"dataset": SET, "description": "Invented European claims desk (breaker45): 400 German claims with staff logins under "
        "Sachbearbeiterin and Zugewiesen an (swagner) and Freigabe durch (CORP\\KrausU); 300 Italian claims with logins under "
        "Incaricato (mrossi) and Responsabile (RICCI.P); six staff per column",
        "delimiter": ",", "entity": "schaeden", "columns": cols, "foreignKeys": []}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

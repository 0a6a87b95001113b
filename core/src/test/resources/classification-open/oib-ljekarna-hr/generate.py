#!/usr/bin/env python3
"""oib-ljekarna-hr: SYNTHETIC Croatian pharmacy dispensing export (HZZO e-recept flavour), ',', d.m.yyyy. dates.
Python 3 standard library only, fixed seed: rerun to reproduce the files and gold.json byte for byte."""
import csv, datetime, json, random
rnd = random.Random(3858)

def oib():
    body = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(9)]
    a = 10
    for d in body:
        a = (a + d) % 10
        if a == 0: a = 10
        a = (a * 2) % 11
    c = 11 - a
    if c == 10: c = 0
    return "".join(map(str, body)) + str(c)
def dmy(d): return "%d.%d.%d." % (d.day, d.month, d.year)

IME_M = ["Ivan", "Marko", "Josip", "Luka", "Tomislav", "Ante", "Stjepan", "Mario", "Zoran", "Dražen", "Krešimir", "Željko", "Goran",
         "Nikola", "Matej", "Petar", "Dario", "Branko", "Franjo", "Đuro", "Mladen", "Vinko"]
IME_Z = ["Marija", "Ana", "Ivana", "Kata", "Mira", "Snježana", "Vesna", "Jelena", "Nada", "Đurđica", "Ljiljana", "Mirjana", "Petra",
         "Lucija", "Martina", "Dubravka", "Višnja", "Blaženka", "Ružica", "Gordana", "Tea", "Iva"]
PREZIME = ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Marković", "Petrović",
           "Matić", "Tomić", "Pavlović", "Božić", "Blažević", "Grgić", "Pavić", "Radić", "Perić", "Šimić", "Čović", "Đurđević",
           "Žužić", "Lovrić", "Šarić", "Ćosić", "Mlinarić", "Zagorac", "Posavec", "Vidović", "Bistrica"]  # Bistrica: also in a town name
MJESTA = [("10000", "Zagreb"), ("10000", "Zagreb"), ("10000", "Zagreb"), ("10040", "Zagreb-Dubrava"), ("10410", "Velika Gorica"),
          ("21000", "Split"), ("21000", "Split"), ("51000", "Rijeka"), ("31000", "Osijek"), ("23000", "Zadar"), ("42000", "Varaždin"),
          ("52100", "Pula"), ("35000", "Slavonski Brod"), ("47000", "Karlovac"), ("44000", "Sisak"), ("22000", "Šibenik"),
          ("20000", "Dubrovnik"), ("49246", "Marija Bistrica"), ("32100", "Vinkovci"), ("40000", "Čakovec"), ("21230", "Sinj"),
          ("33000", "Virovitica"), ("48000", "Koprivnica")]
ULICE = ["Ilica", "Vukovarska", "Ulica kralja Zvonimira", "Trg bana Jelačića", "Ulica Ivana Gundulića", "Hercegovačka ulica",
         "Ulica Matije Gupca", "Put Supavla", "Osječka ulica", "Ulica Stjepana Radića", "Zagrebačka cesta", "Šetalište Petra Preradovića"]
LIJEKOVI = [("C09AA05", "Ramipril Pliva 5 mg tablete", "30 tbl"), ("C07AB07", "Concor 5 mg filmom obložene tablete", "30 tbl"),
            ("C10AA05", "Atoris 20 mg filmom obložene tablete", "30 tbl"), ("A10BA02", "Glucophage 1000 mg tablete", "60 tbl"),
            ("N05BA12", "Xanax 0,5 mg tablete", "30 tbl"), ("N05BA01", "Normabel 5 mg tablete", "30 tbl"),
            ("A02BC02", "Controloc 40 mg želučanootporne tablete", "28 tbl"), ("C03CA01", "Edemid 40 mg tablete", "12 tbl"),
            ("B01AC06", "Andol pro 100 mg tablete", "30 tbl"), ("J01CR02", "Klavocin bid 875 mg/125 mg tablete", "14 tbl"),
            ("M01AE01", "Neofen 400 mg tablete", "20 tbl"), ("H03AA01", "Euthyrox 50 mikrograma tablete", "50 tbl"),
            ("R03AK06", "Seretide Diskus 50/250", "1 inhalator"), ("N06AB06", "Asentra 50 mg tablete", "28 tbl"),
            ("C08CA01", "Amlopin 10 mg tablete", "30 tbl"), ("N02BE01", "Lupocet 500 mg tablete", "20 tbl"),
            ("J01FA10", "Sumamed 500 mg tablete", "3 tbl"), ("A10AE04", "Lantus SoloStar 100 j/ml", "5 pen")]
STATUS = ["Izdan", "Izdan", "Izdan", "Izdan", "Djelomično izdan", "Storniran"]

# 20 prescribers (table lijecnici): HZZO šifra liječnika 7 digits, institution code, name
USTANOVE = [("035100014", "Dom zdravlja Zagreb - Centar"), ("035100022", "Dom zdravlja Zagreb - Istok"), ("173300011", "Dom zdravlja Splitsko-dalmatinske županije"),
            ("088000015", "Dom zdravlja Primorsko-goranske županije"), ("143400010", "Dom zdravlja Osijek"), ("260400018", "Ordinacija opće medicine Marija Bistrica")]
lij = []
for i in range(20):
    z = rnd.random() < 0.6
    u = rnd.choice(USTANOVE)
    lij.append(["%07d" % rnd.randint(1000000, 9999999), "dr. %s %s" % (rnd.choice(IME_Z if z else IME_M), rnd.choice(PREZIME)),
                rnd.choice(["opća/obiteljska medicina"] * 4 + ["pedijatrija", "ginekologija", "interna medicina"]), u[0], u[1]])

pac = []
seen_mbo = set()
for i in range(380):
    z = rnd.random() < 0.55
    rod = datetime.date(1930, 1, 1) + datetime.timedelta(days=rnd.randint(0, 92 * 365))
    while True:
        m = "%09d" % rnd.randint(100000000, 999999999)
        if m not in seen_mbo: seen_mbo.add(m); break
    pb, mj = rnd.choice(MJESTA)
    pac.append(dict(oib=oib(), mbo=m, ime=rnd.choice(IME_Z if z else IME_M), prez=rnd.choice(PREZIME), rod=rod, spol="Ž" if z else "M",
                    adr="%s %d%s" % (rnd.choice(ULICE), rnd.randint(1, 180), rnd.choice(["", "", "", "a", "b"])), mj=mj, pb=pb,
                    tel="+385 9%d %03d %04d" % (rnd.choice([1, 2, 5, 7, 8, 9]), rnd.randint(100, 999), rnd.randint(0, 9999)),
                    dop=rnd.choice(["DA", "DA", "DA", "NE"]), lij=rnd.choice(lij)))
rows = []
start = datetime.datetime(2026, 3, 2, 7, 0)
for i in range(1100):
    p = rnd.choice(pac)
    atk, naziv, pak = rnd.choice(LIJEKOVI)
    t = start + datetime.timedelta(minutes=rnd.randint(0, 180 * 24 * 60))
    l = p["lij"] if rnd.random() < 0.85 else rnd.choice(lij)
    dop = "0,00" if p["dop"] == "DA" else "%.2f" % rnd.choice([0.66, 1.33, 2.00, 3.98, 5.31])
    rows.append(["%d%07d" % (t.year, i + 1), t.strftime("%d.%m.%Y. %H:%M"), p["oib"], p["mbo"], p["ime"], p["prez"], dmy(p["rod"]), p["spol"],
                 p["adr"], p["mj"], p["pb"], p["tel"], atk, naziv, pak, str(rnd.choice([1, 1, 1, 2, 3])), dop.replace(".", ","),
                 p["dop"], l[1], l[0], l[3], rnd.choice(STATUS)])
rows.sort(key=lambda r: r[0])
H1 = ["Broj recepta", "Datum izdavanja", "OIB", "MBO", "Ime", "Prezime", "Datum rođenja", "Spol", "Adresa", "Mjesto", "Poštanski broj",
      "Telefon", "ATK šifra", "Lijek", "Pakiranje", "Količina", "Doplata (EUR)", "Dopunsko osiguranje", "Liječnik", "Šifra liječnika",
      "Šifra ustanove", "Status"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "DATE", "NATIONAL_ID", "HEALTH_PLAN_BENEFICIARY_NUMBER", "GIVEN_NAME", "FAMILY_NAME", "DATE_OF_BIRTH",
      "NON_IDENTIFYING", "STREET_ADDRESS", "CITY", "ZIP_CODE", "TELEPHONE_NUMBER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"]
H2 = ["Šifra liječnika", "Ime i prezime", "Djelatnost", "Šifra ustanove", "Naziv ustanove"]
L2 = ["QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
for name, head, rs in (("recepti", H1, rows), ("lijecnici", H2, lij)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rs)
cols = {"recepti." + h: l for h, l in zip(H1, L1)}
cols.update({"lijecnici." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "oib-ljekarna-hr",
        "description": "Invented Croatian pharmacy dispensing export (HZZO e-recept flavour), ',', dates d.m.yyyy. with the trailing dot: recepti 1100 dispensings of 380 patients, patient data repeated on each row (OIB 11 digits with ISO 7064 MOD 11,10 check, MBO 9 digits, names with diacritics, address, place, 5-digit postcode, +385 9x mobiles), ATK codes and drug names, quantity, co-payment with decimal comma, prescriber name and HZZO code; lijecnici 20 prescribers with institution codes and names",
        "delimiter": ",", "entity": "recepti", "columns": cols,
        "foreignKeys": [{"column": "recepti.Šifra liječnika", "references": "lijecnici.Šifra liječnika"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

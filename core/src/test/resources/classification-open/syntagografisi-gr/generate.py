#!/usr/bin/env python3
"""Writes syntagografisi-gr: an invented export of a FICTIONAL Thessaloniki pharmacy's executed e-prescriptions
(ΗΔΙΚΑ e-συνταγογράφηση, as pharmacy software exports it; seeded, Python standard library only). ';' as Greek Excel
writes CSV, decimal commas, dates dd/mm/yyyy, Greek headers and values, names in capitals without accents as the
e-prescription prints them. ιατροί (28 prescribing doctors: ΑΜΚΑ γιατρού, Γιατρός 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ', specialty,
unit, phone, medical association number), ασθενείς (1,100: ΑΜΚΑ = birth date ddmmyy + 4 digits + Luhn digit; Επώνυμο,
Όνομα, Πατρώνυμο, Μητρώνυμο; Ημ. Γέννησης; sex; ΑΦΜ 9 digits with its mod-11 check (empty for some); Ταμείο ΕΟΠΥΥ;
Διεύθυνση 'Εγνατίας 112'; Τ.Κ. '54622'; Πόλη; mobile '697 123 4567' / '6971234567' / '+30 697 123 4567'; landline '2310
123456'; chronic-disease flag), συνταγές (2,300 prescriptions: barcode 13 digits, ΑΜΚΑ, ΑΜΚΑ γιατρού, Γιατρός, dates
of prescription and execution, ICD-10, participation 0/10/25%, totals '12,50', pharmacist, free-text note naming who
collected it on some), γραμμές συνταγής (4,300 lines: prescription barcode, line no., EOF barcode (EAN-13 '28...'),
ATC code, product, quantity, retail price, reference price, participation, patient's share). Deliberate coincidences:
the surname ΛΑΓΚΑΔΑΣ beside the town Λαγκαδάς; the given name ΣΟΦΙΑ beside the unit 'Κ.Υ. Αγίας Σοφίας' and the
street 'Αγίας Σοφίας'; the street 'Παπαναστασίου' beside patients surnamed ΠΑΠΑΝΑΣΤΑΣΙΟΥ; the doctor ΠΑΠΑΔΟΠΟΥΛΟΣ
ΓΕΩΡΓΙΟΣ beside patients of that name."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(860303)
GIVEN = ["ΜΑΡΙΑ", "ΕΛΕΝΗ", "ΑΙΚΑΤΕΡΙΝΗ", "ΒΑΣΙΛΙΚΗ", "ΣΟΦΙΑ", "ΑΓΓΕΛΙΚΗ", "ΓΕΩΡΓΙΑ", "ΔΗΜΗΤΡΑ", "ΚΩΝΣΤΑΝΤΙΝΑ",
         "ΠΑΡΑΣΚΕΥΗ", "ΕΙΡΗΝΗ", "ΧΡΥΣΟΥΛΑ", "ΔΕΣΠΟΙΝΑ", "ΑΝΑΣΤΑΣΙΑ", "ΕΥΑΓΓΕΛΙΑ", "ΣΤΑΥΡΟΥΛΑ",
         "ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΠΑΝΑΓΙΩΤΗΣ", "ΒΑΣΙΛΕΙΟΣ", "ΧΡΗΣΤΟΣ",
         "ΑΘΑΝΑΣΙΟΣ", "ΜΙΧΑΗΛ", "ΕΥΑΓΓΕΛΟΣ", "ΣΠΥΡΙΔΩΝ", "ΑΝΤΩΝΙΟΣ", "ΑΝΑΣΤΑΣΙΟΣ", "ΘΕΟΔΩΡΟΣ", "ΣΤΑΥΡΟΣ"]
FEMALE = set(GIVEN[:16])
FAMILY = ["ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΓΕΩΡΓΙΟΥ", "ΔΗΜΗΤΡΙΟΥ", "ΙΩΑΝΝΙΔΗΣ", "ΙΩΑΝΝΙΔΟΥ", "ΠΑΠΑΝΑΣΤΑΣΙΟΥ",
          "ΛΑΓΚΑΔΑΣ", "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ", "ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ", "ΘΕΟΔΩΡΙΔΗΣ", "ΘΕΟΔΩΡΙΔΟΥ", "ΒΛΑΧΟΣ", "ΒΛΑΧΟΥ", "ΚΑΡΑΓΙΑΝΝΗΣ",
          "ΚΑΡΑΓΙΑΝΝΗ", "ΟΙΚΟΝΟΜΟΥ", "ΜΑΚΡΗΣ", "ΜΑΚΡΗ", "ΤΣΙΜΙΣΚΗΣ", "ΠΑΥΛΙΔΗΣ", "ΠΑΥΛΙΔΟΥ", "ΧΑΤΖΗΣ", "ΧΑΤΖΗ",
          "ΣΑΒΒΙΔΗΣ", "ΣΑΒΒΙΔΟΥ", "ΤΣΟΛΑΚΗΣ", "ΤΣΟΛΑΚΗ", "ΑΛΕΞΙΟΥ", "ΝΙΚΟΛΑΟΥ"]
PATRONYMIC = ["ΓΕΩΡΓΙΟΣ", "ΙΩΑΝΝΗΣ", "ΚΩΝΣΤΑΝΤΙΝΟΣ", "ΔΗΜΗΤΡΙΟΣ", "ΝΙΚΟΛΑΟΣ", "ΠΑΝΑΓΙΩΤΗΣ", "ΒΑΣΙΛΕΙΟΣ", "ΧΡΗΣΤΟΣ",
              "ΑΘΑΝΑΣΙΟΣ", "ΜΙΧΑΗΛ", "ΕΥΑΓΓΕΛΟΣ", "ΣΤΕΡΓΙΟΣ", "ΑΠΟΣΤΟΛΟΣ", "ΚΥΡΙΑΚΟΣ", "ΠΡΟΔΡΟΜΟΣ"]
# town, postcodes, landline prefix, streets, weight
TOWNS = [("Θεσσαλονίκη", ["54622", "54623", "54624", "54631", "54633", "54640", "54642", "54645", "54636"],
          ["Εγνατίας", "Τσιμισκή", "Παπαναστασίου", "Αγίας Σοφίας", "Βασιλίσσης Όλγας", "Μητροπόλεως", "Ολύμπου", "Κασσάνδρου"], 50),
         ("Καλαμαριά", ["55131", "55132", "55133", "55134"], ["Μεταμορφώσεως", "Κομνηνών", "Πόντου", "Παπαναστασίου"], 15),
         ("Πυλαία", ["55535", "55536"], ["Ανθέων", "Μακεδονίας", "Γρηγορίου Λαμπράκη"], 8),
         ("Εύοσμος", ["56224", "56225"], ["Μ. Αλεξάνδρου", "Κρήτης", "Ελευθερίας"], 8),
         ("Νεάπολη", ["56727", "56728"], ["Αγίου Δημητρίου", "Λαγκαδά", "Ελ. Βενιζέλου"], 7),
         ("Λαγκαδάς", ["57200"], ["Ελ. Βενιζέλου", "Παπαναστασίου", "Ανδρέα Παπανδρέου"], 7),
         ("Θέρμη", ["57001"], ["Κωνσταντινουπόλεως", "Ιπποκράτους"], 5)]
TAMEIO = ["ΕΟΠΥΥ - ΕΦΚΑ (ΙΚΑ)", "ΕΟΠΥΥ - ΕΦΚΑ (ΙΚΑ)", "ΕΟΠΥΥ - ΕΦΚΑ (ΟΑΕΕ)", "ΕΟΠΥΥ - ΕΦΚΑ (ΟΓΑ)", "ΕΟΠΥΥ - ΔΗΜΟΣΙΟ",
          "ΕΟΠΥΥ - ΑΝΑΣΦΑΛΙΣΤΟΙ", "ΕΟΠΥΥ - ΕΦΚΑ (ΕΤΑΑ)"]
SPEC = ["Γενικής Ιατρικής", "Παθολογίας", "Παθολογίας", "Καρδιολογίας", "Ενδοκρινολογίας", "Πνευμονολογίας", "Ψυχιατρικής",
        "Ορθοπαιδικής", "Παιδιατρικής", "Νευρολογίας"]
UNITS = ["Ιδιωτικό Ιατρείο", "Ιδιωτικό Ιατρείο", "Κ.Υ. Αγίας Σοφίας", "ΤΟΜΥ Καλαμαριάς", "Κ.Υ. Ευόσμου", "Γ.Ν.Θ. Παπαγεωργίου",
         "ΠΓΝΘ ΑΧΕΠΑ", "Γ.Ν.Θ. Ιπποκράτειο"]
DRUGS = [("C09AA05", "TRIATEC TAB 5MG/TAB BTx28", 6.84), ("C10AA07", "CRESTOR F.C.TAB 10MG/TAB BTx28", 13.52),
         ("A10BA02", "GLUCOPHAGE F.C.TAB 850MG/TAB BTx50", 3.12), ("A10BH01", "JANUVIA F.C.TAB 100MG/TAB BTx28", 27.95),
         ("B01AC06", "SALOSPIR TAB 100MG/TAB BTx30", 2.07), ("B01AF02", "ELIQUIS F.C.TAB 5MG/TAB BTx60", 53.75),
         ("N02BE01", "DEPON TAB 500MG/TAB BTx20", 1.94), ("C07AB07", "CONCOR TAB 5MG/TAB BTx30", 4.23),
         ("C08CA01", "NORVASC TAB 5MG/TAB BTx30", 7.06), ("A02BC01", "LOSEC CAPS 20MG/CAP BTx14", 6.71),
         ("R03AK06", "SERETIDE DISKUS INH.PD 50/250MCG BTx1x60", 36.20), ("N06AB10", "CIPRALEX F.C.TAB 10MG/TAB BTx28", 11.37),
         ("M01AE01", "BRUFEN F.C.TAB 400MG/TAB BTx30", 2.65), ("J01CR02", "AUGMENTIN F.C.TAB 875/125MG BTx14", 9.48),
         ("H03AA01", "T4 TAB 100MCG/TAB BTx100", 2.91), ("N03AX16", "LYRICA CAPS 75MG/CAP BTx56", 19.74),
         ("C03CA01", "LASIX TAB 40MG/TAB BTx12", 1.32), ("A10AE04", "LANTUS SOLOSTAR INJ.SOL 100IU/ML 5x3ML", 45.36)]
PHARM = ["ΣΟΦΙΑ ΚΑΡΑΓΙΑΝΝΗ", "ΑΝΤΩΝΙΟΣ ΜΑΥΡΙΔΗΣ", "ΕΛΕΝΗ ΖΑΦΕΙΡΙΟΥ"]
NOTE = ["", "", "", "", "", "", "", "", "Επαναλαμβανόμενη 2/3", "Επαναλαμβανόμενη 3/3", "Εκτέλεση με υπογραφή",
        "Χωρίς γενόσημο κατόπιν επιθυμίας ασθενούς", "Μερική εκτέλεση, έλλειψη φαρμάκου"]

MASC = {"ΠΑΠΑΔΟΠΟΥΛΟΥ": "ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΙΩΑΝΝΙΔΟΥ": "ΙΩΑΝΝΙΔΗΣ", "ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ": "ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ",
        "ΘΕΟΔΩΡΙΔΟΥ": "ΘΕΟΔΩΡΙΔΗΣ", "ΒΛΑΧΟΥ": "ΒΛΑΧΟΣ", "ΚΑΡΑΓΙΑΝΝΗ": "ΚΑΡΑΓΙΑΝΝΗΣ", "ΜΑΚΡΗ": "ΜΑΚΡΗΣ",
        "ΠΑΥΛΙΔΟΥ": "ΠΑΥΛΙΔΗΣ", "ΧΑΤΖΗ": "ΧΑΤΖΗΣ", "ΣΑΒΒΙΔΟΥ": "ΣΑΒΒΙΔΗΣ", "ΤΣΟΛΑΚΗ": "ΤΣΟΛΑΚΗΣ"}
FEM = {v: k for k, v in MASC.items()}
FEM.update({"ΛΑΓΚΑΔΑΣ": "ΛΑΓΚΑΔΑ", "ΤΣΙΜΙΣΚΗΣ": "ΤΣΙΜΙΣΚΗ"})

def gendered(fam, fem):
    """Greek surnames agree with the bearer's sex (ΠΑΠΑΔΟΠΟΥΛΟΣ / ΠΑΠΑΔΟΠΟΥΛΟΥ); genitive ones (ΓΕΩΡΓΙΟΥ) do not change."""
    return FEM.get(fam, fam) if fem else MASC.get(fam, fam)

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def dmy(d):
    return d.strftime("%d/%m/%Y")

def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

seen = set()
def amka(b, female):
    while True:
        mid = "%03d" % rnd.randint(0, 999) + str(rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        s = b.strftime("%d%m%y") + mid
        s += luhn_digit(s)
        if s not in seen:
            seen.add(s); return s

def afm():
    while True:
        s = rnd.choice("01") + "".join(rnd.choice("0123456789") for _ in range(7))
        c = sum(int(s[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10
        s += str(c)
        if s not in seen:
            seen.add(s); return s

def ean13(s12):
    t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s12))
    return s12 + str((10 - t % 10) % 10)

def mobile():
    p = "69" + rnd.choice("3456789") + "".join(rnd.choice("0123456789") for _ in range(7))
    s = rnd.random()
    if s < 0.45:
        return p[:3] + " " + p[3:6] + " " + p[6:]
    if s < 0.85:
        return p
    return "+30 " + p[:3] + " " + p[3:6] + " " + p[6:]

def euro(x):
    return ("%.2f" % x).replace(".", ",")

TODAY = datetime.date(2025, 3, 31)
docs = []
for i in range(28):
    g = rnd.choice(GIVEN)
    fam = rnd.choice(FAMILY)
    if i == 0:
        g, fam = "ΓΕΩΡΓΙΟΣ", "ΠΑΠΑΔΟΠΟΥΛΟΣ"
    fem = g in FEMALE
    fam = gendered(fam, fem)
    b = datetime.date(1955, 1, 1) + datetime.timedelta(days=rnd.randint(0, 365 * 33))
    docs.append([amka(b, fem), fam + " " + g, rnd.choice(SPEC), rnd.choice(UNITS), "2310 " + "%06d" % rnd.randint(200000, 999999),
                 "ΙΣΘ " + str(rnd.randint(4000, 19999))])

patients = []
for i in range(1100):
    g = rnd.choice(GIVEN)
    fem = g in FEMALE
    fam = gendered(rnd.choice(FAMILY), fem)
    if i % 103 == 11:
        b = datetime.date(1929, 6, 1) + datetime.timedelta(days=rnd.randint(0, 1900))
    else:
        b = TODAY - datetime.timedelta(days=rnd.choice([rnd.randint(365 * 2, 365 * 40), rnd.randint(365 * 40, 365 * 88), rnd.randint(365 * 50, 365 * 85)]))
    town, pcs, streets, _ = rnd.choices(TOWNS, weights=[t[3] for t in TOWNS])[0]
    adr = rnd.choice(streets) + " " + str(rnd.randint(1, 180))
    age = TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))
    patients.append([amka(b, fem), fam, g, rnd.choice(PATRONYMIC), rnd.choice(GIVEN[:16]) if rnd.random() < 0.6 else "", dmy(b),
                     "Θ" if fem else "Α", afm() if age >= 18 and rnd.random() < 0.9 else "", rnd.choice(TAMEIO), adr, rnd.choice(pcs), town,
                     mobile() if rnd.random() < 0.8 else "", ("2310 " + "%06d" % rnd.randint(200000, 999999)) if rnd.random() < 0.35 else "",
                     "ΝΑΙ" if age > 55 and rnd.random() < 0.5 else "ΟΧΙ"])

rx = []; lines = []
bc_seen = set()
REL = ["Η κόρη", "Ο γιος", "Η σύζυγος", "Ο σύζυγος", "Η γειτόνισσα", "Ο εγγονός"]
for k in range(2300):
    p = rnd.choice(patients)
    d = rnd.choice(docs)
    pd = datetime.date(2024, 1, 2) + datetime.timedelta(days=rnd.randint(0, 440))
    ed = pd + datetime.timedelta(days=rnd.choice([0, 0, 0, 1, 2, 5, 12]))
    while True:
        bc = pd.strftime("%y%m%d") + "%07d" % rnd.randint(0, 9999999)
        if bc not in bc_seen:
            bc_seen.add(bc); break
    icd = rnd.choice(["I10", "E11.9", "E78.5", "J45.9", "F32.9", "M54.5", "I48.9", "E03.9", "K21.9", "J06.9", "G62.9"])
    part = rnd.choices([0, 10, 25], weights=[8, 25, 67])[0]
    n = rnd.choice([1, 1, 2, 2, 2, 3])
    tot = 0; pat = 0
    for j in range(n):
        atc, prod, price = rnd.choice(DRUGS)
        q = rnd.choice([1, 1, 1, 2, 3])
        ref = round(price * rnd.choice([1.0, 1.0, 0.92, 0.85]), 2)
        share = round(ref * q * part / 100 + (price - ref) * q, 2)
        tot += price * q; pat += share
        eof = ean13("28" + "%010d" % (abs(hash(prod)) % 10 ** 10 if False else (sum(ord(c) * (i + 7) for i, c in enumerate(prod)) * 7919) % 10 ** 10))
        lines.append([bc, str(j + 1), eof, atc, prod, str(q), euro(price), euro(ref), "%d%%" % part, euro(share)])
    note = rnd.choice(NOTE)
    if rnd.random() < 0.08:
        who = rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)
        note = rnd.choice(["Παρέλαβε %s %s" % (rnd.choice(REL).lower(), who), "Παρέλαβε %s, τηλ. %s" % (who, mobile()),
                           "Ενημερώθηκε %s %s για έλλειψη" % (rnd.choice(REL).lower(), who.split()[0])])
    rx.append([bc, p[0], d[0], d[1], dmy(pd), dmy(ed), icd, "%d%%" % part, euro(tot), euro(pat), euro(tot - pat), rnd.choice(PHARM), note])
rx.sort(key=lambda r: (r[5][6:] + r[5][3:5] + r[5][:2], r[0]))
ln_order = {r[0]: i for i, r in enumerate(rx)}
lines.sort(key=lambda l: (ln_order[l[0]], int(l[1])))

DH = ["ΑΜΚΑ γιατρού", "Γιατρός", "Ειδικότητα", "Μονάδα", "Τηλέφωνο", "Α.Μ. Ιατρικού Συλλόγου"]
PH = ["ΑΜΚΑ", "Επώνυμο", "Όνομα", "Πατρώνυμο", "Μητρώνυμο", "Ημ. Γέννησης", "Φύλο", "ΑΦΜ", "Ταμείο", "Διεύθυνση", "Τ.Κ.",
      "Πόλη", "Κινητό", "Σταθερό", "Χρόνιος πάσχων"]
RH = ["Barcode συνταγής", "ΑΜΚΑ", "ΑΜΚΑ γιατρού", "Γιατρός", "Ημ/νία συνταγογράφησης", "Ημ/νία εκτέλεσης", "ICD-10",
      "Συμμετοχή", "Σύνολο (€)", "Πληρωτέο από ασφαλισμένο (€)", "Πληρωτέο από Ταμείο (€)", "Φαρμακοποιός", "Παρατηρήσεις"]
LH = ["Barcode συνταγής", "Α/Α", "Barcode ΕΟΦ", "Κωδικός ATC", "Σκεύασμα", "Ποσότητα", "Λιανική τιμή (€)", "Τιμή αναφοράς (€)",
      "Συμμετοχή", "Ποσό συμμετοχής (€)"]
write("ιατροί", DH, docs)
write("ασθενείς", PH, patients)
write("συνταγές", RH, rx)
write("γραμμές_συνταγής", LH, lines)
N = "NON_IDENTIFYING"
L = {"ιατροί": ["NATIONAL_ID", "NAME", N, N, "TELEPHONE_NUMBER", "CERTIFICATE_LICENSE_NUMBER"],
     "ασθενείς": ["NATIONAL_ID", "FAMILY_NAME", "GIVEN_NAME", "NAME", "NAME", "DATE_OF_BIRTH", N, "SOCIAL_SECURITY_NUMBER", N,
                  "STREET_ADDRESS", "ZIP_CODE", "CITY", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", N],
     "συνταγές": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NATIONAL_ID", "NAME", "DATE", "DATE", N, N, N, N, N, "NAME", "FREE_TEXT"],
     "γραμμές_συνταγής": ["OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N, N, N, N]}
H = {"ιατροί": DH, "ασθενείς": PH, "συνταγές": RH, "γραμμές_συνταγής": LH}
cols = {}
for t in ("ιατροί", "ασθενείς", "συνταγές", "γραμμές_συνταγής"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "syntagografisi-gr",
        "description": "Invented export of a fictional Thessaloniki pharmacy's executed e-prescriptions (HDIKA, breaker86), ';', decimal commas, dd/mm/yyyy, Greek headers and values, names in capitals without accents: ιατροί 28 (ΑΜΚΑ γιατρού, Γιατρός 'ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ', Ειδικότητα, Μονάδα 'Κ.Υ. Αγίας Σοφίας', phone '2310 123456', medical association number 'ΙΣΘ 12345'), ασθενείς 1,100 (ΑΜΚΑ 11 digits: ddmmyy, 3 digits, a sex digit, Luhn check; Επώνυμο; Όνομα; Πατρώνυμο; Μητρώνυμο (60%); Ημ. Γέννησης (some over 89); Φύλο Α/Θ; ΑΦΜ 9 digits with its mod-11 check (adults, 90%); Ταμείο 'ΕΟΠΥΥ - ΕΦΚΑ (ΙΚΑ)'; Διεύθυνση 'Παπαναστασίου 45'; Τ.Κ. '54622'; Πόλη; Κινητό '697 123 4567' / '6971234567' / '+30 697 123 4567'; Σταθερό '2310 123456'; chronic flag), συνταγές 2,300 (13-digit barcode yymmdd + 7 digits; patient's and doctor's ΑΜΚΑ; Γιατρός; dates of prescription and execution; ICD-10; Συμμετοχή 0/10/25%; amounts '12,50'; Φαρμακοποιός (staff, many rows); Παρατηρήσεις free text, 8% naming who collected it, some with a phone), γραμμές_συνταγής (prescription barcode, line, EOF barcode EAN-13 '28...', ATC, product 'CRESTOR F.C.TAB 10MG/TAB BTx28', quantity, retail and reference price, participation, patient's share). Labels: ΑΜΚΑ NATIONAL_ID (the social-security registration number, also the doctor's); ΑΦΜ SOCIAL_SECURITY_NUMBER (the tax number; NATIONAL_ID would do as well); Πατρώνυμο and Μητρώνυμο NAME (relatives' given names); Γιατρός and Φαρμακοποιός NAME (staff); prescription barcode OTHER_UNIQUE_IDENTIFIER; Ταμείο NON_IDENTIFYING. Coincidences: surname ΛΑΓΚΑΔΑΣ beside the town Λαγκαδάς and the street Λαγκαδά; given name ΣΟΦΙΑ beside 'Κ.Υ. Αγίας Σοφίας', the street 'Αγίας Σοφίας' and the pharmacist ΣΟΦΙΑ ΚΑΡΑΓΙΑΝΝΗ; street 'Παπαναστασίου' beside the surname ΠΑΠΑΝΑΣΤΑΣΙΟΥ; the street 'Τσιμισκή' beside the surname ΤΣΙΜΙΣΚΗΣ; the doctor ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ beside patients of that name",
        "delimiter": ";", "entity": "ασθενείς", "columns": cols,
        "foreignKeys": [{"column": "συνταγές.ΑΜΚΑ", "references": "ασθενείς.ΑΜΚΑ"},
                        {"column": "συνταγές.ΑΜΚΑ γιατρού", "references": "ιατροί.ΑΜΚΑ γιατρού"},
                        {"column": "γραμμές_συνταγής.Barcode συνταγής", "references": "συνταγές.Barcode συνταγής"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

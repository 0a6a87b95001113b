#!/usr/bin/env python3
"""Writes audiology-ie: an invented practice-management export of a FICTIONAL Irish hearing-aid audiology practice
(breaker91; seeded, Python standard library only). ',' CSV, dates dd/mm/yyyy, decimal points, Irish English headers.
audiologists (9: Staff ID, Name 'Aoife Ní Bhriain', Title, Branch, IAA Reg No, Branch Phone), clients (950: Client No,
PPSN '1234567TA' with its mod-23 check letter (old 'T', 'TW' and new 'TA' shapes, 4% empty), Surname (Ó/Mac/Ní
prefixes, fadas), First Name, DOB, Age (about 5% over 89), Gender, Address, Town, County, Eircode 'D02 X285', Mobile
'087 123 4567' / '+353 87 123 4567', Landline '(01) 834 5678', Email, Scheme (PRSI Treatment Benefit, HSE Medical
Card, Private), Medical Card No, GP Name 'Dr Seán Ó Briain', GP Practice, Audiologist ID (FK), Notes (free text, some
naming a relative with a phone)), audiograms (2,400 rows: Test ID, Client No, Test Date, Ear, eight frequency columns
250-8000 Hz in dB HL ('NR' no response), PTA (4FA), Tympanogram, Tested By (staff name), Comments), fittings (1,150:
Fitting ID, Client No, Fitting Date, Manufacturer, Model, Style, Ear, Serial No, Price (EUR), PRSI Grant (EUR), DSP
Claim Ref, Warranty Expiry, Audiologist (staff name), Notes).
Deliberate coincidences: surnames Ennis and Kilkenny beside the towns Ennis and Kilkenny (and County Kilkenny); the
given name Brigid beside the branch "St Brigid's Hearing Centre"; the given name Kevin beside 'Kevin Street'; the
audiologists Murphy and Ó Súilleabháin beside clients with those surnames."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(910001)
GIVEN = ["Seán", "Pádraig", "Ciarán", "Eoin", "Tadhg", "Dónal", "Éamon", "Declan", "Kevin", "Patrick", "Michael",
         "John", "Liam", "Colm", "Diarmuid", "Fiachra", "Cathal", "Niall", "Séamus", "Thomas",
         "Siobhán", "Aoife", "Niamh", "Máire", "Caoimhe", "Orla", "Brigid", "Róisín", "Síle", "Clodagh", "Mary",
         "Bridget", "Margaret", "Noreen", "Gráinne", "Sinéad", "Áine", "Eileen", "Kathleen", "Deirdre"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Ó Súilleabháin", "Mac Carthaigh", "Ó Briain", "Ó Conchúir", "Mac Mathúna", "Ó Ceallaigh", "Ní Bhriain",
          "Ní Shúilleabháin", "Nic Cárthaigh", "Murphy", "Kelly", "O'Brien", "Walsh", "Byrne", "Ryan", "O'Connor",
          "McCarthy", "Doyle", "O'Sullivan", "Lynch", "Quinn", "Fitzgerald", "Ennis", "Kilkenny", "Brennan", "Kavanagh",
          "Ó Dónaill", "MacNamara", "Keane", "Daly", "Moran", "Gallagher", "Mac Giolla Phádraig", "Ó Néill"]
PLACES = [("D02", "Dublin 2", "Dublin", ["Kevin Street", "Camden Street Lower", "Harcourt Road"], "01"),
          ("D06", "Rathmines", "Dublin", ["Rathgar Road", "Leinster Road", "Castlewood Avenue"], "01"),
          ("A94", "Blackrock", "Dublin", ["Newtown Avenue", "Carysfort Avenue"], "01"),
          ("T12", "Cork", "Cork", ["Douglas Road", "Barrack Street", "Evergreen Road"], "021"),
          ("H91", "Galway", "Galway", ["Bohermore", "Newcastle Road", "College Road"], "091"),
          ("V94", "Limerick", "Limerick", ["O'Connell Avenue", "Ennis Road", "Henry Street"], "061"),
          ("V95", "Ennis", "Clare", ["Kilrush Road", "Abbey Street", "Gort Road"], "065"),
          ("R95", "Kilkenny", "Kilkenny", ["John Street Upper", "Patrick Street", "Castlecomer Road"], "056"),
          ("W91", "Naas", "Kildare", ["Sallins Road", "Main Street"], "045"),
          ("F92", "Letterkenny", "Donegal", ["Port Road", "Ramelton Road"], "074"),
          ("N91", "Mullingar", "Westmeath", ["Dublin Road", "Ballinderry"], "044"),
          ("A63", "Greystones", "Wicklow", ["Church Road", "Kinlen Road"], "01")]
ECH = "ACDEFHKNPRTVWXY"
def eircode(rk):
    return rk + " " + rnd.choice(ECH) + "".join(rnd.choice(ECH + "0123456789") for _ in range(3))
def ppsn():
    d = [rnd.randint(0, 9) for _ in range(7)]
    r = rnd.random()
    second = "A" if r < 0.6 else ("W" if r < 0.72 else "")
    s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
    if second == "A":
        s += 1 * 9
    chk = "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    return "".join(map(str, d)) + chk + second
def mobile():
    n = rnd.choice(["083", "085", "086", "087", "089"]), rnd.randint(100, 999), rnd.randint(1000, 9999)
    return rnd.choice(["%s %d %d", "%s %d %d", "%s%d%d"]) % n if rnd.random() < 0.8 else "+353 %s %d %d" % (n[0][1:], n[1], n[2])
def landline(area):
    return "(%s) %d %04d" % (area, rnd.randint(200, 899), rnd.randint(0, 9999))
def d(x):
    return x.strftime("%d/%m/%Y")
def asc(s):
    return s.translate(str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")).replace("'", "").replace(" ", "").lower()
TODAY = datetime.date(2026, 11, 30)
BRANCHES = ["St Brigid's Hearing Centre, Kilkenny", "Harcourt Hearing, Dublin 2", "Ennis Road Hearing, Limerick"]
STAFF_NAMES = [("Aoife", "Murphy"), ("Colm", "Ó Súilleabháin"), ("Gráinne", "Walsh"), ("Declan", "Brennan"),
               ("Sinéad", "Ní Bhriain"), ("Rory", "Fitzgerald"), ("Emma", "Lynch"), ("Tomás", "Mac Mathúna"),
               ("Orla", "Daly")]
staff = []
for i, (g, f) in enumerate(STAFF_NAMES):
    staff.append(["AUD%02d" % (i + 1), g + " " + f, rnd.choice(["Audiologist", "Senior Audiologist", "Hearing Aid Audiologist"]),
                  BRANCHES[i % 3], "IAA-%04d" % rnd.randint(100, 2999),
                  ["(056) 776 2140", "(01) 478 3311", "(061) 315 920"][i % 3]])
GPS = []
for _ in range(25):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    GPS.append(("Dr " + g + " " + f, rnd.choice(["Ennis Road Medical Centre", "Kevin Street Family Practice", "Parliament Street Surgery",
                                                 "Rathgar Medical", "Bohermore Family Doctors", "Castlecomer Road Clinic",
                                                 "Main Street Medical, Naas", "Port Road Surgery"])))
REL = ["daughter", "son", "wife", "husband", "niece", "neighbour", "carer"]
clients = []
for i in range(950):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY)
    if f.startswith("Ní ") or f.startswith("Nic "):
        g = rnd.choice(GIVEN[20:])
    age = rnd.choice([rnd.randint(60, 88)] * 6 + [rnd.randint(20, 59)] * 2 + [rnd.randint(90, 99) if rnd.random() < 0.45 else rnd.randint(6, 19)])
    dob = TODAY - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    age = (TODAY - dob).days * 100 // 36525
    rk, town, county, streets, area = rnd.choice(PLACES)
    addr = "%d %s" % (rnd.randint(1, 180), rnd.choice(streets)) if rnd.random() < 0.8 else "Apt %d, %s House, %s" % (rnd.randint(1, 40), rnd.choice(["Liffey", "Shannon", "Nore", "Corrib"]), rnd.choice(streets))
    scheme = rnd.choice(["PRSI Treatment Benefit"] * 5 + ["HSE Medical Card"] * 3 + ["Private"] * 2)
    mc = ("%07d%s" % (rnd.randint(1000000, 9999999), rnd.choice("ABCDEFGHJKLMNPRSTW"))) if scheme == "HSE Medical Card" else ""
    gp = rnd.choice(GPS)
    note = ""
    r = rnd.random()
    if r < 0.06:
        note = "Attends with %s %s %s, %s" % (rnd.choice(REL), rnd.choice(GIVEN), rnd.choice(FAMILY), mobile())
    elif r < 0.10:
        note = "Contact %s %s re appointments" % (rnd.choice(REL), rnd.choice(GIVEN))
    elif r < 0.2:
        note = rnd.choice(["Tinnitus R>L", "Wax management done by GP", "Prefers morning appts", "Uses loop system at Mass",
                           "Hearing Loop at home", "Wheelchair user", "Irish speaker - prefers as Gaeilge"])
    email = "%s.%s%s@%s" % (asc(g), asc(f), rnd.choice(["", "", str(rnd.randint(1, 99))]), rnd.choice(["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"])) if rnd.random() < 0.4 else ""
    clients.append(["C%05d" % (10021 + i * 3), ppsn() if rnd.random() > 0.04 else "", f, g, d(dob), str(age),
                    "F" if g in FEMALE else "M", addr, town, county, eircode(rk), mobile() if rnd.random() < 0.85 else "",
                    landline(area) if rnd.random() < 0.4 else "", email, scheme, mc, gp[0], gp[1],
                    rnd.choice(staff)[0], note])
FREQ = ["250 Hz", "500 Hz", "1000 Hz", "2000 Hz", "3000 Hz", "4000 Hz", "6000 Hz", "8000 Hz"]
audios = []
tid = 50001
for k in range(1200):
    c = rnd.choice(clients)
    dt = TODAY - datetime.timedelta(days=rnd.randint(1, 1800))
    base = rnd.randint(10, 60)
    tester = rnd.choice(staff)[1]
    for ear in ("R", "L"):
        vals = []
        for j in range(8):
            v = min(120, base + j * rnd.randint(0, 9) + rnd.choice([-5, 0, 5]))
            v = 5 * round(v / 5)
            vals.append(v)
        pta = sum(vals[1:4] + [vals[5]]) / 4
        cells = [("NR" if v >= 120 else str(v)) for v in vals]
        com = ""
        rr = rnd.random()
        if rr < 0.04:
            com = "Daughter %s present, %s" % (rnd.choice(GIVEN[20:]), mobile())
        elif rr < 0.2:
            com = rnd.choice(["Reliable responses", "Masking applied", "Collapsing canals, inserts used", "Asymmetry - refer ENT",
                              "Occluding wax R, cleared", "Fair reliability"])
        audios.append(["T%d-%s" % (tid, ear), c[0], d(dt), ear] + cells + ["%.1f" % pta, rnd.choice(["Type A", "Type A", "Type As", "Type B", "Type C"]), tester, com])
    tid += 1
MODELS = [("Phonak", "Audéo Lumity L90-R", "RIC"), ("Phonak", "Naída Lumity L70-UP", "BTE"), ("Oticon", "Intent 1 miniRITE R", "RIC"),
          ("Oticon", "Real 2 BTE PP", "BTE"), ("Signia", "Pure Charge&Go IX 7", "RIC"), ("ReSound", "Nexia 9 RIE", "RIC"),
          ("Widex", "Moment Sheer 440", "RIC"), ("Starkey", "Genesis AI 24 CIC", "CIC")]
def serial(man):
    if man == "Phonak":
        return "%04d%s" % (rnd.randint(1000, 2499), "".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)))
    if man == "Oticon":
        return "%s%05d" % ("".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rnd.randint(0, 99999))
    if man == "Signia":
        return "%02d%s%04d" % (rnd.randint(10, 99), rnd.choice("ABCDEFGHJK"), rnd.randint(0, 9999))
    return "%010d" % rnd.randint(0, 9999999999)
fits = []
for k in range(1150):
    c = rnd.choice(clients)
    man, model, style = rnd.choice(MODELS)
    dt = TODAY - datetime.timedelta(days=rnd.randint(1, 1800))
    price = rnd.choice([1495, 1995, 2495, 2950, 3450, 3995])
    grant = "500.00" if c[14] == "PRSI Treatment Benefit" else ""
    note = ""
    rr = rnd.random()
    if rr < 0.04:
        note = "Collected by son %s %s (%s)" % (rnd.choice(GIVEN[:20]), c[2], mobile())
    elif rr < 0.15:
        note = rnd.choice(["Domes changed to 8mm power", "Remote control app set up", "Charger fault - replaced", "Loss & damage cover taken"])
    fits.append(["F%06d" % (200001 + k), c[0], d(dt), man, model, style, rnd.choice(["R", "L", "Binaural"]), serial(man),
                 "%.2f" % price, grant, ("TB%07d" % rnd.randint(0, 9999999)) if grant else "",
                 d(dt.replace(year=dt.year + 4) if not (dt.month == 2 and dt.day == 29) else dt + datetime.timedelta(days=1461)),
                 rnd.choice(staff)[1], note])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head); w.writerows(rows)
S_HEAD = ["Staff ID", "Name", "Title", "Branch", "IAA Reg No", "Branch Phone"]
C_HEAD = ["Client No", "PPSN", "Surname", "First Name", "DOB", "Age", "Gender", "Address", "Town", "County", "Eircode", "Mobile",
          "Landline", "Email", "Scheme", "Medical Card No", "GP Name", "GP Practice", "Audiologist ID", "Notes"]
A_HEAD = ["Test ID", "Client No", "Test Date", "Ear"] + FREQ + ["PTA (4FA)", "Tympanogram", "Tested By", "Comments"]
F_HEAD = ["Fitting ID", "Client No", "Fitting Date", "Manufacturer", "Model", "Style", "Ear", "Serial No", "Price (EUR)",
          "PRSI Grant (EUR)", "DSP Claim Ref", "Warranty Expiry", "Audiologist", "Notes"]
write("audiologists", S_HEAD, staff); write("clients", C_HEAD, clients); write("audiograms", A_HEAD, audios); write("fittings", F_HEAD, fits)
L = {"audiologists.Staff ID": "QUASI_IDENTIFIER", "audiologists.Name": "NAME", "audiologists.Title": "NON_IDENTIFYING",
     "audiologists.Branch": "NON_IDENTIFYING", "audiologists.IAA Reg No": "QUASI_IDENTIFIER", "audiologists.Branch Phone": "TELEPHONE_NUMBER",
     "clients.Client No": "MEDICAL_RECORD_NUMBER", "clients.PPSN": "NATIONAL_ID", "clients.Surname": "FAMILY_NAME",
     "clients.First Name": "GIVEN_NAME", "clients.DOB": "DATE_OF_BIRTH", "clients.Age": "AGE", "clients.Gender": "NON_IDENTIFYING",
     "clients.Address": "STREET_ADDRESS", "clients.Town": "CITY", "clients.County": "COUNTY", "clients.Eircode": "ZIP_CODE",
     "clients.Mobile": "TELEPHONE_NUMBER", "clients.Landline": "TELEPHONE_NUMBER", "clients.Email": "EMAIL_ADDRESS",
     "clients.Scheme": "NON_IDENTIFYING", "clients.Medical Card No": "HEALTH_PLAN_BENEFICIARY_NUMBER", "clients.GP Name": "NAME",
     "clients.GP Practice": "QUASI_IDENTIFIER", "clients.Audiologist ID": "QUASI_IDENTIFIER", "clients.Notes": "FREE_TEXT",
     "audiograms.Test ID": "OTHER_UNIQUE_IDENTIFIER", "audiograms.Client No": "MEDICAL_RECORD_NUMBER", "audiograms.Test Date": "DATE",
     "audiograms.Ear": "NON_IDENTIFYING", "audiograms.PTA (4FA)": "NON_IDENTIFYING", "audiograms.Tympanogram": "NON_IDENTIFYING",
     "audiograms.Tested By": "NAME", "audiograms.Comments": "FREE_TEXT",
     "fittings.Fitting ID": "OTHER_UNIQUE_IDENTIFIER", "fittings.Client No": "MEDICAL_RECORD_NUMBER", "fittings.Fitting Date": "DATE",
     "fittings.Manufacturer": "NON_IDENTIFYING", "fittings.Model": "NON_IDENTIFYING", "fittings.Style": "NON_IDENTIFYING",
     "fittings.Ear": "NON_IDENTIFYING", "fittings.Serial No": "DEVICE_IDENTIFIER", "fittings.Price (EUR)": "NON_IDENTIFYING",
     "fittings.PRSI Grant (EUR)": "NON_IDENTIFYING", "fittings.DSP Claim Ref": "OTHER_UNIQUE_IDENTIFIER",
     "fittings.Warranty Expiry": "DATE", "fittings.Audiologist": "NAME", "fittings.Notes": "FREE_TEXT"}
for fq in FREQ:
    L["audiograms." + fq] = "NON_IDENTIFYING"
gold = {"dataset": "audiology-ie",
        "description": "Invented practice-management export of a fictional Irish hearing-aid audiology practice (breaker91), ',', dd/mm/yyyy, decimal points: audiologists 9 (Staff ID 'AUD03', 'Aoife Murphy' (staff), title, branch, IAA Reg No, branch phone), clients 950 (Client No 'C10021', PPSN '1234567TA' with the mod-23 check letter (old 'T'/'TW' shapes too, 4% empty), Surname with Ó/Mac/Ní prefixes and fadas, First Name, DOB, Age (about 5% over 89), Gender, Address, Town, County, Eircode 'D02 X285', Mobile '087 123 4567'/'+353 87 ...', Landline '(01) 834 5678', Email, Scheme, Medical Card No, GP Name 'Dr Seán Ó Briain', GP Practice, Audiologist ID (FK), Notes (free text, some naming a relative with a mobile)), audiograms 2,400 (Test ID 'T50001-R', Client No, Test Date, Ear, 250-8000 Hz dB HL ('NR'), PTA (4FA) '42.5', Tympanogram, Tested By (staff), Comments), fittings 1,150 (Fitting ID, Client No, date, manufacturer, model, style, ear, Serial No, Price (EUR) '2950.00', PRSI Grant (EUR) '500.00', DSP Claim Ref 'TB0012345', Warranty Expiry, Audiologist (staff), Notes). Labels: PPSN NATIONAL_ID; Medical Card No HEALTH_PLAN_BENEFICIARY_NUMBER; Serial No DEVICE_IDENTIFIER; Eircode ZIP_CODE; County COUNTY; Town CITY; staff and GP names NAME; Staff ID, IAA Reg No, Audiologist ID and GP Practice QUASI_IDENTIFIER; audiogram thresholds, PTA, models, prices NON_IDENTIFYING. Coincidences: surnames Ennis and Kilkenny beside the towns Ennis and Kilkenny (and County Kilkenny); given name Brigid beside \"St Brigid's Hearing Centre\"; given name Kevin beside 'Kevin Street' and 'Kevin Street Family Practice'; audiologists Murphy, Walsh, Ó Súilleabháin beside clients with those surnames.",
        "entity": "clients", "columns": L,
        "foreignKeys": [{"column": "clients.Audiologist ID", "references": "audiologists.Staff ID"},
                        {"column": "audiograms.Client No", "references": "clients.Client No"},
                        {"column": "fittings.Client No", "references": "clients.Client No"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

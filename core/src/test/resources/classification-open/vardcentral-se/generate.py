#!/usr/bin/env python3
"""Writes vardcentral-se: an invented export of FICTIONAL primary-care centres (vårdcentraler) in Region Skåne
(seeded, stdlib only), ';' as Swedish Excel writes CSV, decimal commas, ISO dates yyyy-mm-dd as Swedish systems print
them, Swedish headers with å/ä/ö. mottagningar (9 units: HSA-id 'SE2321000255-F4KL', name, type, visiting address,
postnummer '222 21', postort, switchboard phone '046-12 34 56', head of unit, operator public/private, opening hours,
listed patients), patienter (1,240: personnummer 'YYYYMMDD-NNNC' with its Luhn check digit, samordningsnummer (day +
60) for about 3%, förnamn (15% two given names), efternamn, kön, ålder (some over 89), adress 'Kävlingevägen 20 lgh
1102', postnummer '222 21', postort, kommun, mobile '070-123 45 67' / '0701234567' / '+46 70 123 45 67', home phone
'046-12 34 56', e-post, listed unit (HSA-id), listed since, named GP 'Lindqvist, Eva', interpreter language,
protected identity flag (those rows without address and phones), närstående free text), besök (3,700 contacts:
visit id, personnummer, datum, tid HH:MM, unit, caregiver 'Eva Lindqvist', profession, contact type, besöksorsak free
text (some naming relatives and phones), ICD-10-SE code and Swedish text, KVÅ code and text, blood pressure, weight
'78,4', patient fee, referral, no-show). Deliberate coincidences: the surname Lund beside the town and kommun Lund; the
surname Dalby beside the town Dalby and 'Dalby vårdcentral'; the given name Linnéa beside 'Vårdcentralen Linnéa' and
'BVC Linnéa'; the head of unit Åberg beside patients named Åberg; the street 'Lundavägen' beside the town Lund."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(800303)
GIVEN = [("Anna", "K"), ("Eva", "K"), ("Maria", "K"), ("Karin", "K"), ("Kristina", "K"), ("Lena", "K"), ("Sara", "K"),
         ("Emma", "K"), ("Linnéa", "K"), ("Elin", "K"), ("Ingrid", "K"), ("Birgitta", "K"), ("Margareta", "K"),
         ("Astrid", "K"), ("Maja", "K"), ("Fatima", "K"), ("Amina", "K"), ("Ebba", "K"), ("Signe", "K"), ("Agneta", "K"),
         ("Erik", "M"), ("Lars", "M"), ("Karl", "M"), ("Anders", "M"), ("Johan", "M"), ("Per", "M"), ("Nils", "M"),
         ("Mikael", "M"), ("Oskar", "M"), ("Lucas", "M"), ("Björn", "M"), ("Gustav", "M"), ("Olof", "M"),
         ("Mohammed", "M"), ("Ali", "M"), ("Ahmed", "M"), ("Göran", "M"), ("Sven", "M"), ("Hugo", "M"), ("Elias", "M")]
FAMILY = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
          "Gustafsson", "Pettersson", "Jönsson", "Lindberg", "Lindqvist", "Lund", "Holm", "Bergström", "Sandberg",
          "Ekström", "Falk", "Dalby", "Håkansson", "Mårtensson", "Nordström", "Åberg", "Öberg", "Hassan", "Yilmaz",
          "Nguyen", "Kovačević", "Mahmoud", "Ohlsson", "Bengtsson", "Månsson", "Sjöberg"]
# town, kommun, postcode prefixes, area code, street names, weight
TOWNS = [("Lund", "Lund", ["222", "223", "224", "226", "227"], "046",
          ["Kävlingevägen", "Stora Södergatan", "Fäladsgården", "Tornavägen", "Vildandsvägen", "Magistratsvägen",
           "Klostergatan", "Östra Vallgatan", "Linero torg", "Sankt Lars väg"], 42),
         ("Dalby", "Lund", ["247 5"], "046", ["Lundavägen", "Bygatan", "Tegelbruksvägen", "Hardebergavägen"], 12),
         ("Södra Sandby", "Lund", ["247 3"], "046", ["Lundavägen", "Fritidsvägen", "Revingevägen", "Skolgatan"], 9),
         ("Veberöd", "Lund", ["247 6"], "046", ["Södergatan", "Vombvägen", "Idrottsvägen"], 4),
         ("Malmö", "Malmö", ["211", "212", "214", "215", "217"], "040",
          ["Amiralsgatan", "Lundavägen", "Ystadvägen", "Södra Förstadsgatan", "Rosengårdsstråket"], 10),
         ("Staffanstorp", "Staffanstorp", ["245 3"], "046", ["Malmövägen", "Storgatan", "Hemgatan"], 8),
         ("Eslöv", "Eslöv", ["241 3"], "0413", ["Storgatan", "Kanalgatan", "Västergatan", "Bruksgatan"], 9),
         ("Höör", "Höör", ["243 3"], "0413", ["Frostavägen", "Stationsgatan", "Ringsjövägen"], 6)]
UNITS = [["SE2321000255-F4KL", "Vårdcentralen Linnéa", "Vårdcentral", "Linero torg 3", "224 77", "Lund", "046-27 14 00", "Åberg, Karin", "Regiondriven", "Mån–Fre 08–17"],
         ["SE2321000255-F4KM", "BVC Linnéa", "Barnavårdscentral", "Linero torg 3", "224 77", "Lund", "046-27 14 10", "Åberg, Karin", "Regiondriven", "Mån–Fre 08–16"],
         ["SE2321000255-B29X", "Dalby vårdcentral", "Vårdcentral", "Tegelbruksvägen 2", "247 50", "Dalby", "046-27 22 00", "Hedlund, Per", "Regiondriven", "Mån–Fre 08–17"],
         ["SE2321000255-C7T1", "Vårdcentralen Tornet", "Vårdcentral", "Tornavägen 11", "223 63", "Lund", "046-27 35 00", "Strand, Helena", "Privat (Hälsoval)", "Mån–Fre 07.30–18"],
         ["SE2321000255-D0Q8", "Vårdcentralen Sandby", "Vårdcentral", "Fritidsvägen 6", "247 31", "Södra Sandby", "046-27 39 00", "Hedlund, Per", "Regiondriven", "Mån–Fre 08–17"],
         ["SE2321000255-E3H5", "Vårdcentralen Eslöv", "Vårdcentral", "Bruksgatan 14", "241 38", "Eslöv", "0413-55 42 00", "Mattsson, Jonas", "Privat (Hälsoval)", "Mån–Fre 08–17"],
         ["SE2321000255-E3H9", "Staffanstorps vårdcentral", "Vårdcentral", "Malmövägen 8", "245 32", "Staffanstorp", "046-25 41 00", "Wikström, Anneli", "Regiondriven", "Mån–Fre 08–17"],
         ["SE2321000255-G8N2", "Vårdcentralen Höör", "Vårdcentral", "Stationsgatan 1", "243 30", "Höör", "0413-55 81 00", "Mattsson, Jonas", "Privat (Hälsoval)", "Mån–Fre 08–16.30"],
         ["SE2321000255-R1V6", "Rehab Lund Öster", "Rehabiliteringsmottagning", "Magistratsvägen 10", "226 43", "Lund", "046-27 50 00", "Strand, Helena", "Regiondriven", "Mån–Fre 07–16"]]
UNIT_OF = {"Lund": ["SE2321000255-F4KL", "SE2321000255-C7T1"], "Dalby": ["SE2321000255-B29X"], "Veberöd": ["SE2321000255-B29X"],
           "Södra Sandby": ["SE2321000255-D0Q8"], "Malmö": ["SE2321000255-C7T1"], "Staffanstorp": ["SE2321000255-E3H9"],
           "Eslöv": ["SE2321000255-E3H5"], "Höör": ["SE2321000255-G8N2"]}
# staff per unit: (name, profession)
STAFF_NAMES = ["Eva Lindqvist", "Johan Åberg", "Sofia Hedberg", "Magnus Dahl", "Leila Haddad", "Anders Krook", "Cecilia Ström",
               "Jonas Wendt", "Helena Rask", "Omar Said", "Pia Nyman", "Fredrik Lund", "Ulrika Berg", "Tove Lindahl",
               "Marcus Ek", "Annika Borg", "Ida Forsberg", "Nora Wallin", "Viktor Sand", "Lina Hjort", "Per Sundin",
               "Hanna Lilja", "Daniel Ros", "Sanna Öhman", "Amir Rahimi", "Elsa Bring", "Rasmus Thorén", "Maria Cronqvist",
               "Tobias Alm", "Lejla Begić", "Gunilla Rehn", "Axel Norén"]
PROF = ["Läkare", "Läkare", "Läkare", "Distriktssköterska", "Sjuksköterska", "Sjuksköterska", "Fysioterapeut", "Kurator", "Psykolog"]
ICD = [("I10", "Essentiell hypertoni"), ("E11.9", "Diabetes mellitus typ 2 utan komplikationer"),
       ("J06.9", "Akut övre luftvägsinfektion, ospecificerad"), ("J45.9", "Astma, ospecificerad"),
       ("M54.5", "Lumbago"), ("N39.0", "Urinvägsinfektion utan angiven lokalisation"),
       ("F32.9", "Depressiv episod, ospecificerad"), ("F41.1", "Generaliserat ångestsyndrom"), ("R05", "Hosta"),
       ("Z00.0", "Allmän medicinsk undersökning"), ("L30.9", "Dermatit, ospecificerad"),
       ("H66.9", "Öroninflammation, ospecificerad"), ("Z76.0", "Förnyelse av recept"),
       ("I48.9", "Förmaksflimmer och förmaksfladder, ospecificerat"), ("M17.1", "Annan primär gonartros"),
       ("J02.9", "Akut faryngit, ospecificerad"), ("R42", "Yrsel"), ("Z51.8", "Annan specificerad medicinsk behandling")]
KVA = [("AF021", "Vilo-EKG"), ("AF016", "Spirometri"), ("DV112", "Enkla råd om tobaksbruk"),
       ("DV122", "Rådgivande samtal om tobaksbruk"), ("DV132", "Fysisk aktivitet på recept (FaR)"),
       ("DT026", "Sårbehandling"), ("XV015", "Enkel läkemedelsgenomgång"), ("DT016", "Vaccination")]
# reason -> ICD-10-SE codes it usually ends in
REASON = {"Hosta sedan två veckor": ["R05", "J06.9", "J45.9"], "Blodtryckskontroll": ["I10"],
          "Förnyelse av recept": ["Z76.0", "I10", "E11.9"], "Ont i ländryggen efter lyft": ["M54.5"],
          "Sveda vid vattenkastning": ["N39.0"], "Nedstämdhet, sömnsvårigheter": ["F32.9", "F41.1"],
          "Diabeteskontroll, HbA1c": ["E11.9"], "Yrsel vid uppresning": ["R42", "I10"], "Utslag på armarna": ["L30.9"],
          "Öronvärk sedan igår": ["H66.9"], "Halsont och feber": ["J02.9", "J06.9"], "Sjukintyg": ["M54.5", "F32.9", "F41.1"],
          "Hälsokontroll": ["Z00.0"], "Knäsmärta vid gång": ["M17.1"], "Hjärtklappning": ["I48.9", "F41.1"],
          "Såromläggning": ["Z51.8"], "Influensavaccination": ["Z51.8"], "Uppföljning efter sjukhusvistelse": ["I48.9", "I10", "Z51.8"],
          "Ringer för provsvar": ["E11.9", "Z00.0"], "Oro för minnet": ["R42", "Z00.0"]}
REASON_P = ["Följer med dottern {n}, tel {p}", "Maken {n} ringer, pat. har ramlat hemma", "Hembesök, sonen {n} öppnar ({p})",
            "Kontakt via närstående {n} {p}", "Dottern {n} vill ha återkoppling", "Grannen {n} hittade pat. förvirrad"]
LANG = ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "Arabiska", "Somaliska", "Tigrinja", "Persiska", "Bosniska"]
REMISS = ["", "", "", "", "", "", "", "", "Ortopedmottagningen SUS Lund", "Hudmottagningen SUS Lund",
          "Öron-näsa-hals SUS Lund", "Psykiatri Skåne, Lund", "Fysioterapi Rehab Lund Öster", "Röntgen SUS Malmö"]

def pnr(born, woman, used, samord=False):
    while True:
        day = born.day + (60 if samord else 0)
        body = "%02d%02d%02d%02d%d" % (born.year % 100, born.month, day, rnd.randint(0, 99), rnd.choice([0, 2, 4, 6, 8] if woman else [1, 3, 5, 7, 9]))
        s = 0
        for i, c in enumerate(body):
            v = int(c) * (2 if i % 2 == 0 else 1)
            s += v - 9 if v > 9 else v
        full = "%04d%02d%02d-%s%d" % (born.year, born.month, day, body[6:], (10 - s % 10) % 10)
        if full not in used:
            used.add(full); return full

def mobile():
    op = rnd.choice(["70", "72", "73", "76", "79"])
    n = "%07d" % rnd.randint(0, 9999999)
    r = rnd.random()
    if r < 0.6:
        return "0%s-%s %s %s" % (op, n[:3], n[3:5], n[5:])
    if r < 0.82:
        return "0%s%s" % (op, n)
    return "+46 %s %s %s %s" % (op, n[:3], n[3:5], n[5:])

def landline(ac):
    if len(ac) == 3:
        n = "%06d" % rnd.randint(100000, 999999)
        return "%s-%s %s %s" % (ac, n[:2], n[2:4], n[4:])
    n = "%05d" % rnd.randint(10000, 99999)
    return "%s-%s %s" % (ac, n[:3], n[3:])

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)

def ascii_mail(s):
    return s.lower().translate(str.maketrans("åäöéüč", "aaoeuc")).replace(" ", "")

WOMEN = [g for g, s in GIVEN if s == "K"]; MEN = [g for g, s in GIVEN if s == "M"]
TODAY = datetime.date(2025, 10, 31)
staff = {}
pool = list(STAFF_NAMES); rnd.shuffle(pool)
for u in UNITS:
    if u[2] == "Barnavårdscentral":
        staff[u[0]] = [(pool.pop(), "Sjuksköterska"), (pool.pop(), "Sjuksköterska")]
    elif u[2] == "Rehabiliteringsmottagning":
        staff[u[0]] = [(pool.pop(), "Fysioterapeut"), (pool.pop(), "Fysioterapeut")]
    else:
        staff[u[0]] = [(pool.pop(), p) for p in ("Läkare", "Läkare", "Distriktssköterska", "Sjuksköterska")]
staff["SE2321000255-F4KL"].append(("Karin Dalby", "Kurator"))

patients = []; used = set(); mails = set()
for k in range(1240):
    woman = rnd.random() < 0.52
    r = rnd.random()
    if r < 0.018:
        born = datetime.date(rnd.randint(1929, 1935), rnd.randint(1, 12), rnd.randint(1, 28))
    elif r < 0.3:
        born = datetime.date(rnd.randint(1936, 1960), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        born = datetime.date(rnd.randint(1961, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    age = TODAY.year - born.year - (1 if (born.month, born.day) > (TODAY.month, TODAY.day) else 0)
    samord = rnd.random() < 0.03
    p = pnr(born, woman, used, samord)
    fn = rnd.choice(WOMEN if woman else MEN)
    if rnd.random() < 0.15:
        fn += " " + rnd.choice([g for g in (WOMEN if woman else MEN) if g != fn])
    en = rnd.choice(FAMILY)
    if rnd.random() < 0.06:
        en += "-" + rnd.choice([f for f in FAMILY if f != en])
    town, kommun, pcs, ac, streets, _ = rnd.choices(TOWNS, [t[5] for t in TOWNS])[0]
    pre = rnd.choice(pcs)
    pc = pre + "%d" % rnd.randint(0, 9) + " " + "%02d" % rnd.randint(10, 99) if len(pre) == 3 else pre + "%d" % rnd.randint(0, 9)
    if len(pre) == 3:
        pc = "%s %02d" % (pre, rnd.randint(20, 79))
    addr = "%s %d%s" % (rnd.choice(streets), rnd.randint(1, 140), rnd.choice(["", "", "", " A", " B", " lgh %d" % rnd.randint(1001, 1404)]))
    protected = rnd.random() < 0.006
    mob = mobile() if rnd.random() < 0.93 else ""
    home = landline(ac) if rnd.random() < 0.25 else ""
    mail = ""
    if rnd.random() < 0.6 and age >= 16:
        mail = "%s.%s@%s" % (ascii_mail(fn.split()[0]), ascii_mail(en), rnd.choice(["gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se"]))
        if mail in mails:
            mail = mail.replace("@", "%d@" % rnd.randint(1, 99))
        mails.add(mail)
    unit = rnd.choice(UNIT_OF[town])
    if age < 6 and unit == "SE2321000255-F4KL" and rnd.random() < 0.5:
        unit = "SE2321000255-F4KM"
    since = max(born, datetime.date(rnd.randint(2008, 2025), rnd.randint(1, 12), rnd.randint(1, 28)))
    if since > TODAY:
        since = TODAY - datetime.timedelta(days=rnd.randint(1, 200))
    docs = [s for s, pr in staff[unit] if pr == "Läkare"]
    gp = ""
    if docs and rnd.random() < 0.55:
        d = rnd.choice(docs).split(" ", 1)
        gp = "%s, %s" % (d[1], d[0])
    nar = ""
    if rnd.random() < 0.22 and not protected:
        rel = rnd.choice(["Dotter", "Son", "Make", "Maka", "Sambo", "Mor", "Far", "God man"])
        nar = "%s: %s %s, %s" % (rel, rnd.choice(WOMEN if rel in ("Dotter", "Maka", "Mor") else MEN if rel in ("Son", "Make", "Far") else WOMEN + MEN),
                                 en if rel not in ("God man", "Sambo") else rnd.choice(FAMILY), mobile())
    if protected:
        addr = pc = mob = home = mail = ""
    patients.append([p, fn, en, "Kvinna" if woman else "Man", str(age), addr, pc, "" if protected else town,
                     "" if protected else kommun, mob, home, mail, unit, since.isoformat(), gp, rnd.choice(LANG),
                     "Ja" if protected else "Nej", nar])

UNITD = {u[0]: u for u in UNITS}
visits = []; vid = 30412000
wts = [4 if int(p[4]) >= 65 else 2 if int(p[4]) < 6 else 1 for p in patients]
for k in range(3700):
    p = rnd.choices(patients, wts)[0]
    unit = p[12] if rnd.random() < 0.9 else rnd.choice([u[0] for u in UNITS if u[2] == "Vårdcentral"])
    if rnd.random() < 0.06:
        unit = "SE2321000255-R1V6"
    who, prof = rnd.choice(staff[unit])
    d = TODAY - datetime.timedelta(days=rnd.randint(0, 700))
    while d.weekday() > 4:
        d -= datetime.timedelta(days=1)
    t = "%02d:%02d" % (rnd.randint(8, 16), rnd.choice([0, 15, 20, 30, 40, 45]))
    ctype = rnd.choices(["Mottagningsbesök", "Telefonkontakt", "Videobesök", "Hembesök"], [62, 26, 7, 5 if int(p[4]) > 75 else 0])[0]
    rr = rnd.random()
    why = rnd.choice(list(REASON))
    if rr < 0.09:
        fam = p[2]
        reason = (rnd.choice(REASON_P) if int(p[4]) >= 18 else rnd.choice(["Mamma {n} ringer, tel {p}", "Pappa {n} ringer om feber", "Följer med mamma {n}"])).format(n="%s %s" % (rnd.choice(WOMEN + MEN), fam if rnd.random() < 0.6 else rnd.choice(FAMILY)), p=mobile())
    elif rr < 0.93:
        reason = why
    else:
        reason = ""
    icd = dict(ICD)
    c = rnd.choice(REASON[why])
    code, text = (c, icd[c]) if prof in ("Läkare",) or rnd.random() < 0.3 else ("", "")
    kva = rnd.choice(KVA) if rnd.random() < 0.35 else ("", "")
    bp = "%d/%d" % (rnd.randint(110, 175), rnd.randint(65, 105)) if rnd.random() < 0.35 else ""
    weight = ("%.1f" % rnd.uniform(48, 120)).replace(".", ",") if rnd.random() < 0.25 and int(p[4]) >= 16 else ""
    noshow = rnd.random() < 0.04 and ctype == "Mottagningsbesök"
    age = int(p[4])
    fee = "400" if noshow else "0" if age >= 85 or age < 20 or ctype == "Telefonkontakt" else "200" if prof == "Läkare" else "100"
    vid += rnd.randint(1, 9)
    visits.append([str(vid), p[0], d.isoformat(), t, unit, who, prof, ctype, reason, code, text, kva[0], kva[1], bp, weight,
                   fee, rnd.choice(REMISS) if prof == "Läkare" and not noshow else "", "Ja" if noshow else "Nej"])
visits.sort(key=lambda v: (v[2], v[3], v[0]))

UH = ["HSA-id", "Enhetsnamn", "Enhetstyp", "Besöksadress", "Postnummer", "Postort", "Telefon", "Verksamhetschef", "Driftsform",
      "Öppettider", "Antal listade"]
for u in UNITS:
    u.append(str(sum(1 for p in patients if p[12] == u[0])))
PH = ["Personnummer", "Förnamn", "Efternamn", "Kön", "Ålder", "Adress", "Postnummer", "Postort", "Kommun", "Mobiltelefon",
      "Hemtelefon", "E-post", "Listad vid (HSA-id)", "Listad sedan", "Fast läkare", "Tolkbehov", "Skyddade personuppgifter",
      "Närstående"]
VH = ["Besöks-ID", "Personnummer", "Datum", "Tid", "Vårdenhet (HSA-id)", "Vårdgivare", "Yrkeskategori", "Kontakttyp",
      "Besöksorsak", "Diagnoskod (ICD-10-SE)", "Diagnos", "KVÅ-kod", "Åtgärd", "Blodtryck", "Vikt (kg)", "Patientavgift (kr)",
      "Remiss till", "Uteblivet besök"]
write("mottagningar", UH, UNITS)
write("patienter", PH, patients)
write("besök", VH, visits)
N = "NON_IDENTIFYING"
L = {"mottagningar": [N, N, N, "STREET_ADDRESS", "ZIP_CODE", "CITY", "TELEPHONE_NUMBER", "NAME", N, N, N],
     "patienter": ["NATIONAL_ID", "GIVEN_NAME", "FAMILY_NAME", N, "AGE", "STREET_ADDRESS", "ZIP_CODE", "CITY", "CITY",
                   "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", N, "DATE", "NAME", N, N, "FREE_TEXT"],
     "besök": ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "DATE", "DATE", N, "NAME", N, N, "FREE_TEXT", N, N, N, N, N, N, N, N, N]}
H = {"mottagningar": UH, "patienter": PH, "besök": VH}
cols = {}
for t in ("mottagningar", "patienter", "besök"):
    assert len(H[t]) == len(L[t])
    for c, l in zip(H[t], L[t]):
        cols[t + "." + c] = l
gold = {"dataset": "vardcentral-se",
        "description": "Invented export of fictional primary-care centres in Region Skåne (breaker80), ';', decimal commas, ISO dates, Swedish headers: mottagningar 9 (HSA-id 'SE2321000255-F4KL', unit name, type, visiting address, postnummer '224 77', postort, switchboard '046-27 14 00', head of unit 'Åberg, Karin', operator, opening hours 'Mån–Fre 08–17', listed patients), patienter 1,240 (personnummer 'YYYYMMDD-NNNC' with its Luhn digit, about 3% samordningsnummer with day + 60; förnamn (15% two), efternamn (6% double-barrelled), kön, ålder (about 1.9% over 89), adress 'Kävlingevägen 20 lgh 1102', postnummer '222 21', postort, kommun, mobile '070-123 45 67' / '0701234567' / '+46 70 123 45 67' (8% empty), home phone '046-12 34 56' (27%), e-post (about half), listed unit HSA-id, listed since, named GP 'Lindqvist, Eva' (55%), interpreter language, protected identity Ja/Nej (those rows without address, postcode, town, kommun, phones, e-mail), närstående 'Dotter: Lisa Andersson, 070-...' (22%)), besök 3,700 (Besöks-ID, personnummer, datum, tid, unit HSA-id, caregiver 'Eva Lindqvist' (staff, many rows), profession, contact type, besöksorsak (free text; 9% name a relative or neighbour, some with a phone), ICD-10-SE code and text, KVÅ code and text, blood pressure, weight '78,4', patient fee, referral, no-show). Labels: HSA-ids of units NON_IDENTIFYING (organisation keys); the units' address, postcode, town and phone identifiers and the head of unit NAME (as Synthea's organizations and the README's staff convention); Kommun CITY (as boernehave-dk's hjemkommune); Fast läkare and Vårdgivare NAME; Besöksorsak and Närstående FREE_TEXT; ICD-10-SE, KVÅ, fees, measurements, languages NON_IDENTIFYING. Coincidences: the surname Lund beside the town and kommun Lund and the street 'Lundavägen'; the surname Dalby (patients and the counsellor Karin Dalby) beside the town Dalby and 'Dalby vårdcentral'; the given name Linnéa beside 'Vårdcentralen Linnéa', 'BVC Linnéa' and 'Linero torg'; the head of unit Åberg beside patients surnamed Åberg; the doctor Fredrik Lund",
        "delimiter": ";", "entity": "patienter", "columns": cols,
        "foreignKeys": [{"column": "besök.Personnummer", "references": "patienter.Personnummer"},
                        {"column": "besök.Vårdenhet (HSA-id)", "references": "mottagningar.HSA-id"},
                        {"column": "patienter.Listad vid (HSA-id)", "references": "mottagningar.HSA-id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

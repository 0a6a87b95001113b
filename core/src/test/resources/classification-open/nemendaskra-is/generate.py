#!/usr/bin/env python3
"""Writes nemendaskra-is: an invented Icelandic compulsory-school pupil register in Icelandic (skolar 6 rows, nemendur
90 rows, forradamenn about 170 rows), `;`, d.m.yyyy dates. Kennitölur DDMMYY-RRCK with the mod-11 check digit and the century
digit, patronymic names (-son/-dóttir), parents and grandparents (some over 89) as guardians, head teachers,
póstnúmer, sveitarfélag, notes naming people (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(120603)
KK = ["Jón", "Sigurður", "Guðmundur", "Gunnar", "Ólafur", "Einar", "Kristján", "Magnús", "Stefán", "Aron", "Birkir", "Þórður"]
KV = ["Guðrún", "Anna", "Sigríður", "Kristín", "Margrét", "Helga", "Sólveig", "Ásdís", "Katrín", "Embla", "Hekla", "Þórunn"]
STADIR = [("101", "Reykjavíkurborg"), ("200", "Kópavogsbær"), ("220", "Hafnarfjarðarkaupstaður"), ("600", "Akureyrarbær"),
          ("800", "Sveitarfélagið Árborg"), ("400", "Ísafjarðarbær")]
GOTUR = ["Laugavegur", "Hringbraut", "Skólavörðustígur", "Bárugata", "Hafnarstræti", "Brekkugata", "Túngata", "Álfhólsvegur"]
W = [3, 2, 7, 6, 5, 4, 3, 2]

def kt(d):
    while True:
        b = "%02d%02d%02d%02d" % (d.day, d.month, d.year % 100, rnd.randint(20, 99))
        c = 11 - sum(int(x) * w for x, w in zip(b, W)) % 11
        if c == 11: c = 0
        if c == 10: continue
        return "%s-%s%d%d" % (b[:6], b[6:], c, (d.year // 100) % 10)

GEN = {"Jón": "Jóns", "Sigurður": "Sigurðar", "Guðmundur": "Guðmunds", "Gunnar": "Gunnars", "Ólafur": "Ólafs", "Einar": "Einars",
       "Kristján": "Kristjáns", "Magnús": "Magnús", "Stefán": "Stefáns", "Aron": "Arons", "Birkir": "Birkis", "Þórður": "Þórðar"}

def fodur(fadir, kv):
    return GEN[fadir] + ("dóttir" if kv else "son")

ref = datetime.date(2025, 9, 1)
sk = []
for i in range(6):
    pn, sv = STADIR[i]
    kv = rnd.random() < 0.6
    sk.append(["%d" % (1100 + i * 17), "%sskóli" % ["Austurbæjar", "Kársnes", "Lækjar", "Brekku", "Sunnulækjar", "Grunn"][i],
               "%s %s" % (rnd.choice(KV if kv else KK), fodur(rnd.choice(KK), kv)), pn, sv])
ne, fo = [], []
for k in range(90):
    s = rnd.choice(sk)
    kv = rnd.random() < 0.5
    fadir, modir = rnd.choice(KK), rnd.choice(KV)
    age = rnd.randint(6, 15)
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
    nafn = "%s %s" % (rnd.choice(KV if kv else KK), fodur(fadir, kv))
    k1 = kt(d)
    heim = "%s %d" % (rnd.choice(GOTUR), rnd.randint(1, 90))
    note = rnd.choice(["", "", "", "Amma, %s %s, sækir barnið á föstudögum." % (rnd.choice(KV), fodur(rnd.choice(KK), True)),
                       "Fundur með %s umsjónarkennara og móður 12.3.2025." % rnd.choice(KV + KK),
                       "Sérkennsla í lestri; talmeinafræðingur %s %s." % (rnd.choice(KV), fodur(rnd.choice(KK), True)), "Fæðuofnæmi: hnetur."])
    ne.append([k1, nafn, d.strftime("%-d.%-m.%Y"), "kvk" if kv else "kk", heim, s[3], s[4], s[0], "%d. bekkur" % (age - 5),
               rnd.choice(["íslenska", "íslenska", "íslenska", "pólska", "enska", "litháíska"]), note])
    pf, pm = rnd.randint(28, 55), rnd.randint(26, 52)
    fnafn = "%s %s" % (fadir, fodur(rnd.choice(KK), False))
    mnafn = "%s %s" % (modir, fodur(rnd.choice(KK), True))
    for nm, a, t in [(mnafn, pm, "móðir"), (fnafn, pf, "faðir")][: rnd.choice([1, 2, 2])]:
        fd = ref - datetime.timedelta(days=a * 365 + rnd.randint(0, 360))
        fo.append([k1, kt(fd), nm, t, str(a), "%s%d %d%03d" % (rnd.choice(["6", "8"]), rnd.randint(10, 99), rnd.randint(0, 9), rnd.randint(0, 999)),
                   "%s@%s" % (nm.split()[0].lower().replace("ð", "d").replace("ó", "o").replace("í", "i").replace("ú", "u").replace("á", "a").replace("þ", "th").replace("é", "e").replace("ö", "o") + str(rnd.randint(1, 99)), rnd.choice(["simnet.is", "gmail.com", "internet.is"]))])
    if rnd.random() < 0.2:
        a = rnd.randint(70, 96)
        fd = ref - datetime.timedelta(days=a * 365 + rnd.randint(0, 360))
        nm = "%s %s" % (rnd.choice(KV), fodur(rnd.choice(KK), True))
        fo.append([k1, kt(fd), nm, "amma", str(a), "5%02d %04d" % (rnd.randint(50, 99), rnd.randint(0, 9999)), ""])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("skolar.csv", ["skolanumer", "heiti", "skolastjori", "postnumer", "sveitarfelag"], sk)
wr("nemendur.csv", ["kennitala", "nafn", "faedingardagur", "kyn", "heimilisfang", "postnumer", "sveitarfelag", "skolanumer",
                    "bekkur", "modurmal", "athugasemdir"], ne)
wr("forradamenn.csv", ["kennitala_barns", "kennitala", "nafn", "tengsl", "aldur", "simi1", "netfang"], fo)
C = {"skolar.skolanumer": "OTHER_UNIQUE_IDENTIFIER", "skolar.heiti": "NON_IDENTIFYING", "skolar.skolastjori": "NAME",
     "skolar.postnumer": "ZIP_CODE", "skolar.sveitarfelag": "CITY",
     "nemendur.kennitala": "NATIONAL_ID", "nemendur.nafn": "NAME", "nemendur.faedingardagur": "DATE_OF_BIRTH",
     "nemendur.kyn": "NON_IDENTIFYING", "nemendur.heimilisfang": "STREET_ADDRESS", "nemendur.postnumer": "ZIP_CODE",
     "nemendur.sveitarfelag": "CITY", "nemendur.skolanumer": "OTHER_UNIQUE_IDENTIFIER", "nemendur.bekkur": "NON_IDENTIFYING",
     "nemendur.modurmal": "NON_IDENTIFYING", "nemendur.athugasemdir": "FREE_TEXT",
     "forradamenn.kennitala_barns": "NATIONAL_ID", "forradamenn.kennitala": "NATIONAL_ID", "forradamenn.nafn": "NAME",
     "forradamenn.tengsl": "NON_IDENTIFYING", "forradamenn.aldur": "AGE", "forradamenn.simi1": "TELEPHONE_NUMBER",
     "forradamenn.netfang": "EMAIL_ADDRESS"}
g = {"dataset": "nemendaskra-is", "description": "Invented Icelandic compulsory-school pupil register in Icelandic, `;`, d.m.yyyy: 6 schools (number, name, head teacher, póstnúmer, sveitarfélag), 90 pupils (kennitala DDMMYY-RRCK with mod-11 check and century digit, patronymic name, birth date, sex, address, póstnúmer, sveitarfélag, school, class, mother tongue, notes naming grandmothers, teachers, therapists), guardians (child's and own kennitala, name, relation, age with grandmothers up to 96, phone, e-mail)",
     "delimiter": ";", "entity": "nemendur", "columns": C,
     "foreignKeys": [{"column": "nemendur.skolanumer", "references": "skolar.skolanumer"},
                     {"column": "forradamenn.kennitala_barns", "references": "nemendur.kennitala"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

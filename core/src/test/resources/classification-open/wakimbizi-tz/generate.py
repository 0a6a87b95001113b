#!/usr/bin/env python3
"""Writes wakimbizi-tz: an invented refugee registration export of a camp in Tanzania (maafisa 5 rows, wakimbizi 150
rows, mgao 200 rows), `,`, dd/mm/yyyy dates, Swahili headers, Kirundi/Congolese and Swahili names. Registration numbers
`NDU-22-001234`, household numbers shared by the members of a household, the head of household's name repeated on every
member's row, given name / father's name / clan name columns, estimated birth dates `01/01/1931`, ages over 89, home
villages and camp zones, `0754 123 456` / `+255 754 123 456` phones, the officer's name repeated on many rows, notes
naming relatives with phones and the refugee's own registration number (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(150303)
GIVEN = ["Jean", "Emmanuel", "Pierre", "Didier", "Eric", "Juma", "Bahati", "Amani", "Baraka", "Faustin",
         "Aline", "Claudine", "Esperance", "Mariamu", "Neema", "Furaha", "Imani", "Zawadi", "Josephine", "Chantal"]
FAMILY = ["Ndayishimiye", "Niyonzima", "Hakizimana", "Nshimirimana", "Irakoze", "Bizimana", "Ntakirutimana",
          "Mugisha", "Habonimana", "Kabila", "Mukendi", "Ilunga", "Kasongo", "Mwamba", "Nkurunziza", "Manirakiza"]
MALE = set(GIVEN[:10])
VILLAGE = [("Makamba", "Burundi"), ("Ruyigi", "Burundi"), ("Muyinga", "Burundi"), ("Cankuzo", "Burundi"),
           ("Uvira", "DRC"), ("Fizi", "DRC"), ("Baraka", "DRC"), ("Kalemie", "DRC")]
ref = datetime.date(2025, 6, 1)

def phone():
    return rnd.choice(["0%d %03d %03d", "+255 %d %03d %03d"]) % (
        rnd.choice([754, 755, 765, 713, 784, 622, 688]), rnd.randint(0, 999), rnd.randint(0, 999))

def d(x):
    return x.strftime("%d/%m/%Y")

def write(n, h, rows):
    with open(n + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)

maf = [["AF-%02d" % (i + 1), n, "Kibondo"] for i, n in
       enumerate(["Bw. Hamisi Mwinyimkuu", "Bi. Rehema Salum", "Bw. Peter Mushi", "Bi. Agnes Kimaro", "Bw. Said Juma"])]
wak = []
i = 0
hh = 0
while len(wak) < 150:
    hh += 1
    size = rnd.randint(1, 6)
    village, country = rnd.choice(VILLAGE)
    zone = "Zoni %d, Kijiji %d" % (rnd.randint(1, 9), rnd.randint(1, 24))
    hfam = rnd.choice(FAMILY)
    head_g = rnd.choice(GIVEN[:10] if rnd.random() < 0.7 else GIVEN[10:])
    head = "%s %s" % (hfam, head_g) if rnd.random() < 0.5 else "%s %s" % (head_g, hfam)
    ph = phone()
    for m in range(size):
        if len(wak) >= 150:
            break
        g = head_g if m == 0 else rnd.choice(GIVEN)
        if m == 0 and hh % 9 == 4:
            b = datetime.date(rnd.randint(1929, 1934), 1, 1)
        elif m == 0:
            b = datetime.date(rnd.randint(1955, 1995), rnd.randint(1, 12), rnd.randint(1, 28))
        else:
            b = datetime.date(rnd.randint(1990, 2024), rnd.randint(1, 12), rnd.randint(1, 28))
        if rnd.random() < 0.2:
            b = datetime.date(b.year, 1, 1)
        age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
        fam = hfam if m == 0 or rnd.random() < 0.6 else rnd.choice(FAMILY)
        father = rnd.choice(GIVEN[:10])
        wak.append(["NDU-%02d-%06d" % (rnd.choice([18, 19, 21, 22]), 1000 + i * 13), "KY-%05d" % (4000 + hh),
                    "Mkuu" if m == 0 else rnd.choice(["Mke", "Mume", "Mtoto", "Mtoto", "Mjukuu", "Ndugu"]),
                    g, father, fam, head, d(b), age, "Me" if g in MALE else "Ke", country, village, zone,
                    ph if m == 0 else (phone() if age >= 18 and rnd.random() < 0.3 else ""),
                    rnd.choice(maf)[0]])
        i += 1
OFFICERS = [m[1] for m in maf]
NOTES = ["", "", "", "", "mlemavu wa mguu, anahitaji msaada", "kadi ya mgao imepotea",
         "alichukua kwa niaba ya mama yake {g} {f}, simu {p}", "kaka yake {g} {f} yuko kambi ya Nyarugusu, {p}",
         "namba ya usajili {id} imethibitishwa na {n}", "mjamzito, rufaa kliniki"]
mga = []
for j in range(200):
    w = rnd.choice(wak); day = datetime.date(2025, 1, 6) + datetime.timedelta(days=7 * rnd.randint(0, 20))
    note = rnd.choice(NOTES).format(g=rnd.choice(GIVEN), f=rnd.choice(FAMILY), p=phone(), id=w[0], n=rnd.choice(OFFICERS))
    mga.append(["MG%06d" % (j + 1), w[0], d(day), rnd.choice(["unga wa mahindi", "maharage", "mafuta", "chumvi"]),
                "%.1f" % rnd.choice([2.5, 5.0, 7.5, 10.0, 12.5]), rnd.choice(OFFICERS[:3]), note])
write("maafisa", ["namba_ya_afisa", "jina_la_afisa", "kituo"], maf)
write("wakimbizi", ["namba_ya_usajili", "namba_ya_kaya", "uhusiano", "jina_la_kwanza", "jina_la_baba", "jina_la_ukoo",
                    "mkuu_wa_kaya", "tarehe_ya_kuzaliwa", "umri", "jinsia", "uraia", "kijiji_cha_asili", "makazi_kambini",
                    "namba_ya_simu", "afisa_aliyesajili"], wak)
write("mgao", ["namba_ya_mgao", "namba_ya_usajili", "tarehe", "bidhaa", "kiasi_kg", "afisa_aliyetoa", "maelezo"], mga)
cols = {}
for k, v in [("maafisa.namba_ya_afisa", "QUASI_IDENTIFIER"), ("maafisa.jina_la_afisa", "NAME"), ("maafisa.kituo", "NON_IDENTIFYING"),
             ("wakimbizi.namba_ya_usajili", "OTHER_UNIQUE_IDENTIFIER"), ("wakimbizi.namba_ya_kaya", "OTHER_UNIQUE_IDENTIFIER"),
             ("wakimbizi.uhusiano", "NON_IDENTIFYING"), ("wakimbizi.jina_la_kwanza", "GIVEN_NAME"), ("wakimbizi.jina_la_baba", "NAME"),
             ("wakimbizi.jina_la_ukoo", "FAMILY_NAME"), ("wakimbizi.mkuu_wa_kaya", "NAME"),
             ("wakimbizi.tarehe_ya_kuzaliwa", "DATE_OF_BIRTH"), ("wakimbizi.umri", "AGE"), ("wakimbizi.jinsia", "NON_IDENTIFYING"),
             ("wakimbizi.uraia", "NON_IDENTIFYING"), ("wakimbizi.kijiji_cha_asili", "CITY"),
             ("wakimbizi.makazi_kambini", "STREET_ADDRESS"), ("wakimbizi.namba_ya_simu", "TELEPHONE_NUMBER"),
             ("wakimbizi.afisa_aliyesajili", "QUASI_IDENTIFIER"),
             ("mgao.namba_ya_mgao", "OTHER_UNIQUE_IDENTIFIER"), ("mgao.namba_ya_usajili", "OTHER_UNIQUE_IDENTIFIER"),
             ("mgao.tarehe", "DATE"), ("mgao.bidhaa", "NON_IDENTIFYING"), ("mgao.kiasi_kg", "NON_IDENTIFYING"),
             ("mgao.afisa_aliyetoa", "NAME"), ("mgao.maelezo", "FREE_TEXT")]:
    cols[k] = v
g = {"dataset": "wakimbizi-tz",
     "description": "Invented refugee registration export of a camp in Tanzania, `,`, dd/mm/yyyy, Swahili headers, Burundian and Congolese names: 5 officers (code, name with Bw./Bi., station), 150 refugees (registration no, household no shared by its members, relationship, given name, father's name, clan name, head of household's name repeated on the members' rows, birth date (some estimated 01/01), age with 90-96, sex Me/Ke, nationality, home village, camp zone/block, phone, registering officer code), 200 distributions (number, registration no, date, item, kg, issuing officer's name repeated on many rows, notes naming relatives with phones and the refugee's own registration no)",
     "delimiter": ",", "entity": "wakimbizi", "columns": cols,
     "foreignKeys": [{"column": "mgao.namba_ya_usajili", "references": "wakimbizi.namba_ya_usajili"},
                     {"column": "wakimbizi.afisa_aliyesajili", "references": "maafisa.namba_ya_afisa"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

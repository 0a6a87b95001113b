#!/usr/bin/env python3
"""Writes ncd-jaanch-in: an invented Indian (Uttar Pradesh) village non-communicable-disease screening register with
Hindi (Devanagari) headers and names (asha 6 rows, labharthi 90 rows, jaanch 200 rows), `,`, dd/mm/yy dates (two-digit
years, births back to the 1920s). Aadhaar numbers `1234 5678 9012` with the Verhoeff check digit, names in one column,
husband's/father's name, `देवी` shared as a surname by many women, ASHA workers' and screeners' names repeated on many
rows, village/tehsil/district, six-digit PIN codes, blood pressure `142/90`, ages over 89, Hindi notes naming sons
with phones and health workers (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(130604)
GIVEN = ["राम", "श्याम", "रमेश", "सुरेश", "महेश", "राजेंद्र", "विनोद", "संजय", "अशोक", "मनोज",
         "सुनीता", "गीता", "सरिता", "कमला", "शांति", "पूनम", "रीना", "उर्मिला", "सावित्री", "मीरा"]
FAMILY = ["कुमार", "यादव", "सिंह", "वर्मा", "गुप्ता", "मौर्य", "पाल", "शर्मा", "प्रजापति", "निषाद", "देवी"]
MALE = set(GIVEN[:10])
# (गाँव, तहसील, ज़िला, PIN)
GEO = [("रामपुर", "फूलपुर", "प्रयागराज", "212402"), ("बरौत", "फूलपुर", "प्रयागराज", "212402"), ("सहसों", "फूलपुर", "प्रयागराज", "221507"),
       ("मऊआइमा", "सोरांव", "प्रयागराज", "212507"), ("हथिगहाँ", "सोरांव", "प्रयागराज", "212502"), ("लालगोपालगंज", "सोरांव", "प्रयागराज", "229413")]
DX = [("सामान्य", "", ""), ("उच्च रक्तचाप", "I10", "अम्लोडिपिन 5 mg"), ("मधुमेह", "E11.9", "मेटफॉर्मिन 500 mg"),
      ("उच्च रक्तचाप + मधुमेह", "I10;E11.9", "अम्लोडिपिन + मेटफॉर्मिन"), ("संदिग्ध मुख कैंसर - रेफर", "C06.9", "")]
CAT = ["सामान्य", "ओबीसी", "ओबीसी", "अनुसूचित जाति", "अनुसूचित जनजाति"]
ref = datetime.date(2025, 1, 15)
# Verhoeff tables
D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
     [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
     [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
INV = [0,4,3,2,1,5,6,7,8,9]

def verhoeff(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = D[c][P[(i + 1) % 8][int(ch)]]
    return str(INV[c])

def aadhaar():
    s = str(rnd.randint(2, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(10))
    s += verhoeff(s)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])

def mobile():
    return "%d%04d%05d" % (rnd.choice([6, 7, 8, 9]), rnd.randint(0, 9999), rnd.randint(0, 99999))

asha = []
for i in range(6):
    g = rnd.choice(GIVEN[10:])
    asha.append(["ASHA-%04d" % (412 + i * 29), "%s %s" % (g, rnd.choice(["देवी", "देवी", "यादव", "पाल", "मौर्य"])), GEO[i][0], mobile()])
SCREEN = ["सीएचओ %s %s" % (rnd.choice(GIVEN[10:]), rnd.choice(FAMILY)) for _ in range(2)] + ["एएनएम %s %s" % (rnd.choice(GIVEN[10:]), "देवी") for _ in range(2)]
lab = []
for k in range(90):
    male = rnd.random() < 0.45
    g = rnd.choice(GIVEN[:10] if male else GIVEN[10:])
    f = rnd.choice(FAMILY[:10]) if male else rnd.choice(FAMILY)
    age = rnd.choice([rnd.randint(30, 89), rnd.randint(45, 89), rnd.randint(60, 89), rnd.randint(90, 104)])
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(5, 360))
    rel = "%s %s" % (rnd.choice(GIVEN[:10]), f if f != "देवी" else rnd.choice(FAMILY[:10]))
    vil, teh, dist, pin = rnd.choice(GEO)
    a = next(x for x in asha if x[2] == vil)
    lab.append(["UP%010d" % (903412000 + k * 131), aadhaar(), "%s %s" % (g, f), rel, d.strftime("%d/%m/%y"), str(age),
                "पुरुष" if male else "महिला", vil, teh, dist, "उत्तर प्रदेश", pin, rnd.choice(["", mobile(), mobile()]), rnd.choice(CAT), a[0]])
jc = []
for i in range(200):
    p = rnd.choice(lab)
    dx, icd, med = rnd.choice(DX)
    dt = ref + datetime.timedelta(days=rnd.randint(0, 75))
    sys_, dia = (rnd.randint(145, 175), rnd.randint(92, 108)) if "रक्तचाप" in dx else (rnd.randint(110, 138), rnd.randint(70, 88))
    sugar = rnd.randint(160, 290) if "मधुमेह" in dx else rnd.randint(80, 139)
    fam = p[2].split(" ", 1)[1] if not p[2].endswith("देवी") else p[3].split(" ", 1)[1]
    note = rnd.choice(["", "", "", "अगले माह पुनः जाँच",
                       "बेटा %s %s साथ आया, मो. %s" % (rnd.choice(GIVEN[:10]), fam, mobile()),
                       "%s द्वारा दवा घर पहुँचाई गई" % next(x for x in asha if x[0] == p[14])[1],
                       "जिला अस्पताल रेफर, %s से संपर्क करें" % rnd.choice(SCREEN)])
    jc.append(["J%05d" % (20411 + i * 3), p[0], dt.strftime("%d/%m/%y"), "%d/%d" % (sys_, dia), str(sugar), dx, icd, med,
               rnd.choice(SCREEN), note])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("asha.csv", ["आशा_आईडी", "आशा_का_नाम", "गाँव", "मोबाइल"], asha)
wr("labharthi.csv", ["पंजीकरण_संख्या", "आधार_संख्या", "नाम", "पति_पिता_का_नाम", "जन्म_तिथि", "आयु", "लिंग", "गाँव", "तहसील", "ज़िला",
                     "राज्य", "पिन_कोड", "मोबाइल", "श्रेणी", "आशा_आईडी"], lab)
wr("jaanch.csv", ["जाँच_आईडी", "पंजीकरण_संख्या", "जाँच_तिथि", "बीपी", "शुगर_mg_dl", "निदान", "ICD10", "दवा", "जाँचकर्ता", "टिप्पणी"], jc)
C = {"asha.आशा_आईडी": "OTHER_UNIQUE_IDENTIFIER", "asha.आशा_का_नाम": "NAME", "asha.गाँव": "CITY", "asha.मोबाइल": "TELEPHONE_NUMBER",
     "labharthi.पंजीकरण_संख्या": "OTHER_UNIQUE_IDENTIFIER", "labharthi.आधार_संख्या": "NATIONAL_ID", "labharthi.नाम": "NAME",
     "labharthi.पति_पिता_का_नाम": "NAME", "labharthi.जन्म_तिथि": "DATE_OF_BIRTH", "labharthi.आयु": "AGE", "labharthi.लिंग": "NON_IDENTIFYING",
     "labharthi.गाँव": "CITY", "labharthi.तहसील": "GEOGRAPHIC_SUBDIVISION", "labharthi.ज़िला": "COUNTY", "labharthi.राज्य": "NON_IDENTIFYING",
     "labharthi.पिन_कोड": "ZIP_CODE", "labharthi.मोबाइल": "TELEPHONE_NUMBER", "labharthi.श्रेणी": "NON_IDENTIFYING",
     "labharthi.आशा_आईडी": "OTHER_UNIQUE_IDENTIFIER",
     "jaanch.जाँच_आईडी": "OTHER_UNIQUE_IDENTIFIER", "jaanch.पंजीकरण_संख्या": "OTHER_UNIQUE_IDENTIFIER", "jaanch.जाँच_तिथि": "DATE",
     "jaanch.बीपी": "NON_IDENTIFYING", "jaanch.शुगर_mg_dl": "NON_IDENTIFYING", "jaanch.निदान": "NON_IDENTIFYING", "jaanch.ICD10": "NON_IDENTIFYING",
     "jaanch.दवा": "NON_IDENTIFYING", "jaanch.जाँचकर्ता": "NAME", "jaanch.टिप्पणी": "FREE_TEXT"}
g = {"dataset": "ncd-jaanch-in", "description": "Invented Indian village NCD screening register, Hindi (Devanagari) headers and values, `,`, dd/mm/yy (two-digit years, births back to the 1920s): 6 ASHA workers (id, name, village, 10-digit mobile), 90 beneficiaries (registration number, Aadhaar 'xxxx xxxx xxxx' with Verhoeff digit, full name in one column with 'देवी' as many women's surname, husband's/father's name, birth date dd/mm/yy, age with 90-104, sex, village, tehsil, district, state, six-digit PIN, mobile 2/3 filled, caste category, ASHA id), 200 screenings (id, registration number, date dd/mm/yy, blood pressure 142/90, sugar mg/dl, diagnosis, ICD-10 with ';' lists, drug, screener 'सीएचओ/एएनएम name' repeated on many rows, Hindi notes naming sons with mobiles, ASHA workers, screeners)",
     "delimiter": ",", "entity": "labharthi", "columns": C,
     "foreignKeys": [{"column": "labharthi.आशा_आईडी", "references": "asha.आशा_आईडी"},
                     {"column": "jaanch.पंजीकरण_संख्या", "references": "labharthi.पंजीकरण_संख्या"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

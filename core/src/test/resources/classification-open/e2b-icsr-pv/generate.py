#!/usr/bin/env python3
"""Writes e2b-icsr-pv: an invented export of a fictional pharmacovigilance safety database shaped after ICH E2B(R3)
individual case safety reports (seeded, stdlib only), ',' with E2B dates CCYYMMDD (partial CCYYMM allowed).
cases: 900 ICSRs (C.1.1 safety report id 'US-ACME-2024-012345', C.1.3 report type, C.1.4/C.1.5 receipt dates,
seriousness, occur country, D.1 patient initials 'J.D.'/'JD'/'UNK'/'MASKED', D.2.2a/b age at onset with UCUM unit
'a'/'mo'/'wk'/'d', D.2.3 age group, D.5 sex 1/2, D.3 weight kg, D.4 height cm, H.1 case narrative naming the reporter and
the hospital, H.4 sender comment). reporters: one or two primary sources per case (C.2.r.1 title/given/family name,
C.2.r.2 organisation, department, street, city, state, postcode, country, telephone, C.2.r.4 qualification 1-5,
C.2.r.5 primary source for regulatory purposes). reactions: 1-3 per case (E.i.1.1a verbatim term, E.i.2.1a MedDRA
version, E.i.2.1b LLT code, LLT/PT code and term, E.i.4 onset, E.i.7 outcome 1-6). drugs: 1-4 per case (G.k.1
characterisation, G.k.2.2 product, substance, G.k.4.r.7 batch/lot, dose value/unit, dosage text, route, start/end,
G.k.8 action taken). products: the 10 products of the company (marketing authorisation holder, number, ATC code, form, reference safety information version). Deliberate coincidences: the reporter surnames Parkinson, Addison, Bell and Crohn beside the PTs
Parkinson's disease, Addison's disease, Bell's palsy and Crohn's disease; the city Jackson beside the surname Jackson."""
import csv, json, random
rnd = random.Random(670202)
GIVEN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "Sarah",
         "Thomas", "Karen", "Daniel", "Nancy", "Hans", "Ingrid", "Pierre", "Claire", "Kenji", "Yuki", "Anil", "Sunita",
         "Carlos", "Lucia", "Olga", "Piotr", "Fiona", "Aidan", "Grace"]
FAMILY = ["Whitfield", "Parkinson", "Addison", "Bell", "Crohn", "Jackson", "Okafor", "Schneider", "Dubois", "Tanaka",
          "Sharma", "Garcia", "Novak", "Kowalski", "O'Neill", "Henderson", "Lindqvist", "Rossi", "Moreau", "Fischer",
          "Murray", "Patel", "Nakamura", "Hughes", "Baker", "Weber"]
HOSP = [("Mercy General Hospital", "Sacramento", "CA", "95819", "US"), ("St. Luke's Medical Center", "Jackson", "MS", "39216", "US"),
        ("Massachusetts General Hospital", "Boston", "MA", "02114", "US"), ("Northside Family Practice", "Columbus", "OH", "43214", "US"),
        ("CVS Pharmacy #4412", "Tampa", "FL", "33606", "US"), ("Royal Infirmary", "Edinburgh", "", "EH16 4SA", "GB"),
        ("Charité Universitätsmedizin", "Berlin", "", "10117", "DE"), ("Hôpital Lariboisière", "Paris", "", "75010", "FR"),
        ("Ospedale San Raffaele", "Milano", "", "20132", "IT"), ("", "", "", "", "US"), ("Kaiser Permanente Oakland", "Oakland", "CA", "94611", "US")]
STREETS = ["2215 Stockton Blvd", "1225 Medical Plaza Dr", "55 Fruit St", "4400 Olentangy River Rd", "801 S Dale Mabry Hwy",
           "51 Little France Cres", "Charitéplatz 1", "2 Rue Ambroise Paré", "Via Olgettina 60", "", "3600 Broadway"]
DEPTS = ["Cardiology", "Internal Medicine", "Neurology", "Oncology", "Emergency Department", "Pharmacy", "Dermatology", ""]
PT = [("10033775", "Parkinson's disease"), ("10001130", "Addison's disease"), ("10005004", "Bell's palsy"), ("10011401", "Crohn's disease"),
      ("10037844", "Rash"), ("10028813", "Nausea"), ("10019211", "Headache"), ("10013968", "Dyspnoea"), ("10016256", "Fatigue"),
      ("10012735", "Diarrhoea"), ("10047700", "Vomiting"), ("10002198", "Anaphylactic reaction"), ("10019851", "Hepatotoxicity"),
      ("10003658", "Atrial fibrillation"), ("10020751", "Hypersensitivity"), ("10013573", "Dizziness"), ("10037660", "Pyrexia"),
      ("10022611", "Interstitial lung disease"), ("10061623", "Adverse drug reaction"), ("10018873", "Haemoglobin decreased")]
LLT = {"Rash": [("10037844", "Rash"), ("10037855", "Rash generalised"), ("10037867", "Rash pruritic")],
       "Nausea": [("10028813", "Nausea"), ("10028816", "Nauseated")], "Headache": [("10019211", "Headache"), ("10019233", "Head pain")],
       "Dizziness": [("10013573", "Dizziness"), ("10013578", "Dizzy")], "Fatigue": [("10016256", "Fatigue"), ("10024130", "Lethargy")]}
VERB = {"Rash": ["rash on arms", "red spots all over", "skin rash", "itchy rash"], "Nausea": ["felt sick", "nausea", "queasy"],
        "Headache": ["bad headache", "headache", "migraine-like pain"], "Dizziness": ["dizzy spells", "dizziness"]}
DRUGS = [("Xarelto", "RIVAROXABAN", "mg", ["10", "15", "20"], "once daily"), ("Keytruda", "PEMBROLIZUMAB", "mg", ["200"], "every 3 weeks"),
         ("Ozempic", "SEMAGLUTIDE", "mg", ["0.25", "0.5", "1"], "once weekly"), ("Humira", "ADALIMUMAB", "mg", ["40"], "every other week"),
         ("Lipitor", "ATORVASTATIN CALCIUM", "mg", ["10", "20", "40", "80"], "once daily"), ("Metformin", "METFORMIN HYDROCHLORIDE", "mg", ["500", "850", "1000"], "twice daily"),
         ("Eliquis", "APIXABAN", "mg", ["2.5", "5"], "twice daily"), ("Comirnaty", "TOZINAMERAN", "ug", ["30"], "single dose"),
         ("Amoxil", "AMOXICILLIN", "mg", ["250", "500"], "three times daily"), ("Levodopa/Carbidopa", "LEVODOPA\\CARBIDOPA", "mg", ["100", "250"], "three times daily")]
ROUTES = ["Oral", "Oral", "Oral", "Subcutaneous use", "Intravenous use", "Intramuscular use"]
COUNTRY = ["US"] * 7 + ["GB", "DE", "FR", "IT", "JP"]
def e2b(y0, y1, partial=0.0):
    y, m, d = rnd.randint(y0, y1), rnd.randint(1, 12), rnd.randint(1, 28)
    return "%04d%02d" % (y, m) if rnd.random() < partial else "%04d%02d%02d" % (y, m, d)
cases = []; reporters = []; reactions = []; drugs = []
ids = rnd.sample(range(1000, 99999), 900)
for i, n in enumerate(sorted(ids)):
    cc = rnd.choice(COUNTRY)
    sid = "%s-ACME-%d-%06d" % (cc, rnd.choice([2023, 2024, 2024]), n)
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    ini = rnd.choice(["%s.%s." % (g[0], f[0]), "%s%s" % (g[0], f[0]), "UNK", "MASKED", "%s.%s." % (g[0], f[0])])
    unit = rnd.choices(["a", "mo", "wk", "d"], [90, 5, 2, 3])[0]
    age = {"a": rnd.randint(18, 95), "mo": rnd.randint(1, 23), "wk": rnd.randint(1, 20), "d": rnd.randint(1, 28)}[unit]
    grp = "" if rnd.random() < 0.6 else ("6" if unit == "a" and age >= 65 else "5" if unit == "a" else "2")
    agestr = str(age) if rnd.random() < 0.92 else ""
    if agestr == "": unit = ""
    sex = rnd.choice(["1", "2", "2", ""])
    wt = "%.1f" % rnd.uniform(48, 130) if rnd.random() < 0.6 else ""
    ht = str(rnd.randint(150, 195)) if rnd.random() < 0.4 else ""
    recv = e2b(2023, 2024)
    serious = rnd.choice(["1", "1", "2"])
    # primary source(s)
    nrep = rnd.choice([1, 1, 1, 2])
    reps = []
    for r in range(nrep):
        h = rnd.randrange(len(HOSP)); hos = HOSP[h]
        q = rnd.choice(["1", "1", "2", "3", "5", "5"]) if r == 0 else "1"
        rg, rf = rnd.choice(GIVEN), rnd.choice(FAMILY)
        if q == "5": hos = ("", hos[1], hos[2], hos[3], hos[4]); dept = ""; street = ""
        else: dept = rnd.choice(DEPTS); street = STREETS[h]
        tel = "+1 %03d-%03d-%04d" % (rnd.randint(201, 989), rnd.randint(200, 999), rnd.randint(0, 9999)) if hos[4] == "US" else \
              "+44 131 %03d %04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)) if hos[4] == "GB" else \
              "+49 30 %d" % rnd.randint(1000000, 9999999) if hos[4] == "DE" else "+33 1 %02d %02d %02d %02d" % tuple(rnd.randint(10, 99) for _ in range(4)) if hos[4] == "FR" else "+39 02 %d" % rnd.randint(1000000, 9999999)
        reps.append([sid, str(r + 1), "Dr." if q == "1" and rnd.random() < 0.7 else "", rg, rf, hos[0], dept, street, hos[1], hos[2], hos[3],
                     hos[4] or cc, tel if rnd.random() < 0.75 else "", q, "1" if r == 0 else "2"])
    reporters += reps
    r0 = reps[0]
    # reactions
    rx = []
    for k in range(rnd.choice([1, 1, 2, 3])):
        pt = rnd.choice(PT)
        llt = rnd.choice(LLT.get(pt[1], [pt]))
        verb = rnd.choice(VERB.get(pt[1], [pt[1].lower()]))
        rx.append(pt[1])
        reactions.append([sid, str(k + 1), verb, "27.0", llt[0], llt[1], pt[0], pt[1], e2b(2023, 2024, 0.15) if rnd.random() < 0.9 else "",
                          rnd.choice(["1", "1", "2", "3", "4", "5", "6"])])
    # drugs
    dl = []
    for k in range(rnd.choice([1, 1, 2, 3, 4])):
        dr = rnd.choice(DRUGS); dose = rnd.choice(dr[3])
        lot = rnd.choice(["", "%s%d%s" % ("".join(rnd.choice("ABCDEFGHKLMNPRSTXZ") for _ in range(2)), rnd.randint(1000, 9999), rnd.choice("ABCDEFGHK")),
                          "%d%s" % (rnd.randint(100000, 999999), rnd.choice(["", "A", "B"]))]) if k == 0 or rnd.random() < 0.3 else ""
        dl.append(dr[0])
        drugs.append([sid, str(k + 1), "1" if k == 0 else rnd.choice(["1", "2", "2", "3"]), dr[0], dr[1], lot, dose, dr[2],
                      "%s %s %s" % (dose, dr[2], dr[4]), rnd.choice(ROUTES) if dr[0] not in ("Keytruda", "Comirnaty") else "Intravenous use" if dr[0] == "Keytruda" else "Intramuscular use",
                      e2b(2022, 2024, 0.2) if rnd.random() < 0.85 else "", e2b(2023, 2024) if rnd.random() < 0.4 else "", rnd.choice(["1", "2", "3", "4", "5", "6"])])
    who = {"1": "physician", "2": "pharmacist", "3": "nurse", "5": "consumer"}[r0[13]]
    pat = "a %s-year-old %s" % (agestr, {"1": "male", "2": "female", "": "patient"}[sex]) if unit == "a" else "a patient"
    if r0[13] == "5":
        narr = "This spontaneous report was received from a consumer, %s %s, concerning %s who experienced %s while taking %s. The patient's initials are %s." % (r0[3], r0[4], pat, ", ".join(x.lower() for x in rx), dl[0], ini)
    else:
        narr = "Case reported by %s%s %s, %s at %s, concerning %s who experienced %s after starting %s. Follow-up requested from %s %s." % (
            r0[2] + " " if r0[2] else "", r0[3], r0[4], who, r0[5] or "a clinic", pat, ", ".join(x.lower() for x in rx), dl[0], r0[2] or r0[3], r0[4])
    cmt = rnd.choice(["", "", "Company causality: possible.", "Company causality: not related.", "Labelled event per RSI.",
                      "Unlabelled event; expedited 15-day report.", "Insufficient information for assessment."])
    cases.append([sid, rnd.choice(["1", "1", "1", "2"]), recv, recv if rnd.random() < 0.6 else e2b(2024, 2024), serious,
                  "1" if serious == "1" and rnd.random() < 0.08 else "", "1" if serious == "1" and rnd.random() < 0.5 else "",
                  cc, ini, agestr, unit, grp, sex, wt, ht, narr, cmt])
def write(name, head, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
CH = ["safety_report_id", "report_type", "date_first_received", "date_most_recent_info", "serious", "seriousness_death",
      "seriousness_hospitalisation", "occur_country", "patient_initials", "age_at_onset", "age_at_onset_unit", "age_group",
      "patient_sex", "body_weight_kg", "height_cm", "case_narrative", "sender_comment"]
RH = ["safety_report_id", "primary_source_seq", "reporter_title", "reporter_given_name", "reporter_family_name", "reporter_organisation",
      "reporter_department", "reporter_street", "reporter_city", "reporter_state", "reporter_postcode", "reporter_country",
      "reporter_telephone", "qualification", "primary_source_regulatory"]
XH = ["safety_report_id", "reaction_seq", "reaction_as_reported", "meddra_version", "reaction_llt_code", "reaction_llt_term",
      "reaction_pt_code", "reaction_pt_term", "reaction_onset_date", "reaction_outcome"]
DH = ["safety_report_id", "drug_seq", "drug_characterisation", "medicinal_product", "active_substance", "batch_lot_number",
      "dose_value", "dose_unit", "dosage_text", "route_of_administration", "drug_start_date", "drug_end_date", "action_taken"]
PH = ["medicinal_product", "marketing_authorisation_holder", "authorisation_number", "atc_code", "pharmaceutical_form", "ib_rsi_version"]
INFO = {"Xarelto": ("Bayer AG", "NDA022406", "B01AF01", "Film-coated tablet"), "Keytruda": ("Merck Sharp & Dohme LLC", "BLA125514", "L01FF02", "Concentrate for solution for infusion"),
        "Ozempic": ("Novo Nordisk A/S", "NDA209637", "A10BJ06", "Solution for injection in pre-filled pen"), "Humira": ("AbbVie Inc.", "BLA125057", "L04AB04", "Solution for injection in pre-filled syringe"),
        "Lipitor": ("Viatris Specialty LLC", "NDA020702", "C10AA05", "Film-coated tablet"), "Metformin": ("ACME Generics Inc.", "ANDA076172", "A10BA02", "Tablet"),
        "Eliquis": ("Bristol-Myers Squibb Company", "NDA202155", "B01AF02", "Film-coated tablet"), "Comirnaty": ("BioNTech Manufacturing GmbH", "BLA125742", "J07BN01", "Dispersion for injection"),
        "Amoxil": ("ACME Generics Inc.", "ANDA061926", "J01CA04", "Capsule, hard"), "Levodopa/Carbidopa": ("ACME Generics Inc.", "ANDA073618", "N04BA02", "Tablet")}
products = [[d[0]] + list(INFO[d[0]]) + ["RSI v%d.%d" % (rnd.randint(3, 12), rnd.randint(0, 3))] for d in DRUGS]
write("products", PH, products)
write("cases", CH, cases); write("reporters", RH, reporters); write("reactions", XH, reactions); write("drugs", DH, drugs)
N = "NON_IDENTIFYING"
lab = {"cases": dict(zip(CH, ["OTHER_UNIQUE_IDENTIFIER", N, "DATE", "DATE", N, N, N, N, "NAME", "AGE", N, N, N, "QUASI_IDENTIFIER",
                              "QUASI_IDENTIFIER", "FREE_TEXT", N])),
       "reporters": dict(zip(RH, ["OTHER_UNIQUE_IDENTIFIER", N, N, "GIVEN_NAME", "FAMILY_NAME", N, N, "STREET_ADDRESS", "CITY", N,
                                  "ZIP_CODE", N, "TELEPHONE_NUMBER", N, N])),
       "reactions": dict(zip(XH, ["OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N, N, "DATE", N])),
       "products": dict(zip(PH, [N] * 6)),
       "drugs": dict(zip(DH, ["OTHER_UNIQUE_IDENTIFIER", N, N, N, N, N, N, N, N, N, "DATE", "DATE", N]))}
gold = {"dataset": "e2b-icsr-pv",
        "description": "Invented pharmacovigilance safety database export shaped after ICH E2B(R3) ICSRs, ',' with E2B dates CCYYMMDD (15-20% partial CCYYMM): 900 cases (safety report id 'US-ACME-2024-012345', report type, receipt dates, seriousness flags, occur country, patient initials 'J.D.'/'JD'/'UNK'/'MASKED', age at onset with UCUM unit a/mo/wk/d (ages up to 95), age group, sex 1/2, weight, height, narrative naming the reporter and hospital, sender comment), 1-2 primary sources per case (title, given/family name, organisation, department, street, city, state, postcode, country, telephone, qualification 1-5), 1-3 reactions per case (verbatim term, MedDRA 27.0 LLT/PT codes and terms, onset, outcome), 10 products (MAH, authorisation number, ATC, form, RSI version), 1-4 drugs per case (characterisation, product, substance, batch/lot, dose, dosage text, route, start/end, action taken). Patient initials NAME (as subjects.initials); reporters' names GIVEN_NAME/FAMILY_NAME, their street/city/postcode identifiers (a consumer reporter is often the patient or a relative; as organizations' contact data in Synthea's gold), their organisation NON_IDENTIFYING; weight and height QUASI_IDENTIFIER; batch/lot NON_IDENTIFYING (as drug_exposure.lot_number); verbatim reaction terms NON_IDENTIFYING (a vocabulary here). Reporter surnames Parkinson, Addison, Bell, Crohn beside the PTs Parkinson's disease, Addison's disease, Bell's palsy, Crohn's disease and the city Jackson beside the surname Jackson are deliberate",
        "delimiter": ",", "entity": "cases",
        "columns": {t + "." + c: v for t, m in lab.items() for c, v in m.items()},
        "foreignKeys": [{"column": "reporters.safety_report_id", "references": "cases.safety_report_id"},
                        {"column": "reactions.safety_report_id", "references": "cases.safety_report_id"},
                        {"column": "drugs.safety_report_id", "references": "cases.safety_report_id"},
                        {"column": "drugs.medicinal_product", "references": "products.medicinal_product"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

#!/usr/bin/env python3
"""Writes nested-jsonl: invented FHIR R4-like resources as JSON Lines with NESTED objects and arrays, one resource per
line: Patient.jsonl (resourceType, id, identifier [{system: MRN url, value}, {system: http://hl7.org/fhir/sid/us-ssn,
value: 123-45-6789}], active, name [{use, family, given [..]}], telecom [{system: phone|email, value, use}], gender,
birthDate, deceasedDateTime, address [{line [..], city, state, postalCode}], contact [{relationship, name, telecom}]) and
Observation.jsonl (resourceType, id, status, code {coding [{system: loinc, code, display}]}, subject {reference:
Patient/<id>, display: patient's name}, effectiveDateTime, valueQuantity {value, unit}, note [{text}]). Seeded, stdlib
only."""
import json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(200303)
GIVEN = ["Olivia", "Harper", "Evelyn", "Abigail", "Scarlett", "Liam", "Elijah", "Mateo", "Lucas", "Levi", "Ezekiel", "Thaddeus",
         "Imani", "Zainab", "Leilani", "Kalani", "Bartholomew", "Philomena", "Ignatius", "Perpetua"]
FAMILY = ["Kealoha", "Nakamura", "Ferreira", "Abernethy", "Grijalva", "Thibodeaux", "Boudreaux", "Achterberg", "Wojcik",
          "Delacroix", "Onyekachi", "Ramanathan", "Fairweather", "Blackwood", "Espinoza", "Kahananui"]
CITIES = [("Hilo", "HI", "96720"), ("Kailua", "HI", "96734"), ("Lafayette", "LA", "70501"), ("Houma", "LA", "70360"),
          ("Tucson", "AZ", "85705"), ("Yuma", "AZ", "85364"), ("Duluth", "MN", "55802"), ("Bemidji", "MN", "56601")]
STREETS = ["Kamehameha Ave", "Bayou Blue Rd", "E Speedway Blvd", "London Rd", "Pualani St", "Rue Royale", "N Stone Ave"]
LOINC = [("8480-6", "Systolic blood pressure", "mm[Hg]", 95, 185), ("8462-4", "Diastolic blood pressure", "mm[Hg]", 55, 110),
         ("29463-7", "Body weight", "kg", 40, 140), ("4548-4", "Hemoglobin A1c", "%", 5, 12), ("2339-0", "Glucose", "mg/dL", 65, 300)]
ref = datetime.date(2024, 3, 1)
pats = []
for i in range(420):
    fam = rnd.choice(FAMILY); giv = [rnd.choice(GIVEN)] + ([rnd.choice(GIVEN)] if rnd.random() < 0.5 else [])
    age = rnd.randint(0, 89) if rnd.random() < 0.88 else rnd.randint(90, 101)
    bd = ref - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    city, st, z = rnd.choice(CITIES)
    pid = "%08x-%04x-4%03x-a%03x-%012x" % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(12), rnd.getrandbits(12), rnd.getrandbits(48))
    tel = [{"system": "phone", "value": "(%03d) %03d-%04d" % (rnd.choice([808, 337, 520, 218]), rnd.randint(200, 999), rnd.randint(0, 9999)),
            "use": rnd.choice(["home", "mobile"])}]
    if rnd.random() < 0.6:
        tel.append({"system": "email", "value": "%s.%s%d@example-mail.com" % (giv[0].lower(), fam.lower(), rnd.randint(1, 99)), "use": "home"})
    p = {"resourceType": "Patient", "id": pid,
         "identifier": [{"use": "usual", "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "%07d" % rnd.randint(1000000, 9999999)},
                        {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "%03d-%02d-%04d" % (rnd.randint(100, 665), rnd.randint(1, 99), rnd.randint(1, 9999))}],
         "active": True, "name": [{"use": "official", "family": fam, "given": giv}], "telecom": tel,
         "gender": rnd.choice(["female", "male"]), "birthDate": bd.isoformat(),
         "address": [{"use": "home", "line": ["%d %s" % (rnd.randint(1, 9999), rnd.choice(STREETS))] + (["Apt %d" % rnd.randint(1, 30)] if rnd.random() < 0.3 else []),
                      "city": city, "state": st, "postalCode": z}]}
    if rnd.random() < 0.1:
        p["deceasedDateTime"] = (ref - datetime.timedelta(days=rnd.randint(1, 300))).isoformat() + "T00:00:00Z"
    if rnd.random() < 0.3:
        p["contact"] = [{"relationship": [{"text": rnd.choice(["Daughter", "Son", "Spouse"])}], "name": {"family": fam, "given": [rnd.choice(GIVEN)]},
                         "telecom": [{"system": "phone", "value": "(%03d) %03d-%04d" % (rnd.choice([808, 337]), rnd.randint(200, 999), rnd.randint(0, 9999))}]}]
    pats.append(p)
obs = []
for p in pats:
    for k in range(rnd.randint(2, 6)):
        code, disp, unit, lo, hi = rnd.choice(LOINC)
        t = datetime.datetime(2021, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 3 * 525600))
        o = {"resourceType": "Observation", "id": "obs-%06d" % (len(obs) + 1), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
             "subject": {"reference": "Patient/" + p["id"], "display": " ".join(p["name"][0]["given"]) + " " + p["name"][0]["family"]},
             "effectiveDateTime": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "valueQuantity": {"value": round(rnd.uniform(lo, hi), 1), "unit": unit}}
        if rnd.random() < 0.15:
            o["note"] = [{"text": rnd.choice(["Repeat reading after rest.", "Patient %s reports home readings lower." % p["name"][0]["given"][0],
                                              "Called patient at %s to discuss result." % p["telecom"][0]["value"]])}]
        obs.append(o)
for name, rows in (("Patient", pats), ("Observation", obs)):
    with open(name + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
cols = {"Patient.resourceType": N, "Patient.id": O, "Patient.identifier": "MEDICAL_RECORD_NUMBER", "Patient.active": N, "Patient.name": "NAME",
        "Patient.telecom": "TELEPHONE_NUMBER", "Patient.gender": N, "Patient.birthDate": "DATE_OF_BIRTH", "Patient.address": "STREET_ADDRESS",
        "Patient.deceasedDateTime": "DATE", "Patient.contact": "NAME",
        "Observation.resourceType": N, "Observation.id": O, "Observation.status": N, "Observation.code": N, "Observation.subject": "NAME",
        "Observation.effectiveDateTime": "DATE", "Observation.valueQuantity": N, "Observation.note": "FREE_TEXT"}
gold = {"dataset": "nested-jsonl",
        "description": "Invented FHIR R4-like JSON Lines with nested objects and arrays: Patient 420 (id a uuid; identifier array holding a 7-digit MRN and a US SSN 123-45-6789 (labelled MEDICAL_RECORD_NUMBER, one label per top-level key); name [{family, given[]}] NAME; telecom [{phone}, {email}] TELEPHONE_NUMBER; birthDate incl. ages 90-101; address [{line[], city, state, postalCode}] STREET_ADDRESS (holds city and 5-digit ZIP too); deceasedDateTime; contact [{relationship, name, telecom}] of a relative NAME), Observation (subject {reference: Patient/<uuid>, display: the patient's full name} NAME; code, valueQuantity objects; note [{text}] sometimes naming the patient or the phone). One label per top-level key, as the checker reads JSON Lines: a nested value is one cell of JSON text.",
        "delimiter": ",", "entity": "Patient", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes openmrs-core: an invented extract shaped after the OpenMRS core data model (person 450, person_name,
person_address (Kenyan places, 6-decimal coordinates), patient_identifier ('MRN-100234-7' with a Luhn mod-30 check
character as OpenMRS IDs have, plus an old 'AMRS' number type), users (6 staff, person_id 1..6), encounter, obs
(value_text free text sometimes naming the patient)), with uuid columns and creator FKs to users (seeded, stdlib only)."""
import csv, json, os, random, datetime, uuid
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(190404)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
def uid():
    return str(uuid.UUID(int=rnd.getrandbits(128), version=4))
GIVEN = ["Wanjiru", "Akinyi", "Achieng", "Chebet", "Jepkoech", "Nafula", "Wairimu", "Nekesa", "Atieno", "Jerono", "Faith", "Mercy",
         "Grace", "Esther", "Beatrice", "Kiprop", "Kipchoge", "Otieno", "Ochieng", "Kamau", "Mwangi", "Wafula", "Barasa", "Kiprotich",
         "Cheruiyot", "Joseph", "Daniel", "Peter", "Samuel", "Brian", "Dennis", "Evans", "Collins", "Amani", "Baraka"]
FAMILY = ["Kiprono", "Rotich", "Koech", "Kirui", "Langat", "Mutai", "Cheruiyot", "Kiplagat", "Odhiambo", "Onyango", "Omondi", "Owino",
          "Kariuki", "Njoroge", "Maina", "Kimani", "Wanyama", "Simiyu", "Wekesa", "Masinde", "Juma", "Mohamed", "Otieno", "Wambui",
          "Chepkemoi", "Tanui", "Biwott", "Kosgei", "Sang", "Ruto"]
PLACES = [("Eldoret", "Uasin Gishu", "30100", 0.5143, 35.2698), ("Turbo", "Uasin Gishu", "30106", 0.6333, 35.0500),
          ("Burnt Forest", "Uasin Gishu", "30102", 0.2167, 35.4333), ("Kitale", "Trans Nzoia", "30200", 1.0157, 35.0062),
          ("Webuye", "Bungoma", "50205", 0.6167, 34.7667), ("Bungoma", "Bungoma", "50200", 0.5635, 34.5606),
          ("Busia", "Busia", "50400", 0.4608, 34.1115), ("Kapenguria", "West Pokot", "30600", 1.2389, 35.1119),
          ("Iten", "Elgeyo-Marakwet", "30700", 0.6703, 35.5081), ("Mosoriot", "Nandi", "30307", 0.3167, 35.1667)]
ALPHA = "0123456789ACDEFGHJKLMNPRTUVWXY"
def luhn30(base):
    factor, total, n = 2, 0, len(ALPHA)
    for ch in reversed(base):
        addend = factor * ALPHA.index(ch); factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHA[(n - total % n) % n]
NOTES = ["Patient counselled on adherence", "Referred to nutrition clinic", "Defaulted, tracing done by CHW", "Good adherence, continue ART",
         "Client reports night sweats", "TB screening negative"]
persons, names, addresses, idents, users, encs, obs = [], [], [], [], [], [], []
start = datetime.datetime(2012, 1, 1)
staff_usernames = ["admin", "jkoech", "mchebet", "pmwangi", "eatieno", "bwafula"]
enc_id = 0; obs_id = 0
for pid in range(1, 451):
    staff = pid <= 6
    sex = rnd.choice("MF")
    fn = rnd.choice(GIVEN[:15] if sex == "F" else GIVEN[15:]); ln = rnd.choice(FAMILY)
    age = rnd.choice([rnd.randint(0, 14), rnd.randint(15, 60), rnd.randint(15, 60), rnd.randint(61, 89), rnd.randint(90, 99)]) if not staff else rnd.randint(25, 55)
    est = rnd.random() < 0.25 and not staff
    b = datetime.date(2024 - age, 1, 1) if est else datetime.date(2024 - age, 1, 1) - datetime.timedelta(days=rnd.randint(0, 364))
    created = start + datetime.timedelta(days=rnd.randint(0, 4000), hours=rnd.randint(7, 17), minutes=rnd.randint(0, 59), seconds=rnd.randint(0, 59))
    dead = rnd.random() < 0.08 and not staff
    dd = (created + datetime.timedelta(days=rnd.randint(30, 900))).replace(hour=0, minute=0, second=0) if dead else None
    creator = 1 if pid <= 2 else rnd.randint(2, 6)
    persons.append([str(pid), sex, b.isoformat(), "1" if est else "0", "1" if dead else "0", dd.strftime("%Y-%m-%d %H:%M:%S") if dd else "",
                    rnd.choice(["5622", "1067", "160034", "5041"]) if dead else "", str(creator), created.strftime("%Y-%m-%d %H:%M:%S"), "0", uid()])
    mid = rnd.choice(GIVEN) if rnd.random() < 0.5 else ""
    names.append([str(len(names) + 1), "1", str(pid), rnd.choice(["", "", "", "Mr.", "Mrs.", "Ms."]) if not staff else "Dr.", fn, mid, ln,
                  rnd.choice(FAMILY) if rnd.random() < 0.1 else "", uid()])
    if rnd.random() < 0.06:
        names.append([str(len(names) + 1), "0", str(pid), "", fn, "", rnd.choice(FAMILY), "", uid()])
    city, county, pc, la, lo = rnd.choice(PLACES)
    addresses.append([str(len(addresses) + 1), str(pid), rnd.choice(["P.O. Box %d" % rnd.randint(1, 9999), "Plot %d, %s Road" % (rnd.randint(1, 400), rnd.choice(["Uganda", "Kisumu", "Iten", "Nandi", "Oloo"])),
                      "%s Estate, House %d" % (rnd.choice(["Langas", "Huruma", "Kimumu", "Pioneer", "Kapsoya"]), rnd.randint(1, 300))]),
                      rnd.choice(["", "", "Near %s Primary School" % rnd.choice(["Kapsoya", "Langas", "Sugoi"]), "Sub-location %s" % rnd.choice(["Kipkaren", "Sosiani", "Chepkoilel"])]),
                      city, county, pc, "Kenya", "%.6f" % (la + rnd.uniform(-0.05, 0.05)), "%.6f" % (lo + rnd.uniform(-0.05, 0.05)), uid()])
    if staff:
        users.append([str(pid), ("admin" if pid == 1 else "%d-%s" % (pid + 1, luhn30(str(pid + 1)))), staff_usernames[pid - 1], str(pid)])
        continue
    base = str(100000 + pid * 7)
    idents.append([str(len(idents) + 1), str(pid), "MRN-%s-%s" % (base, luhn30(base)), "3", str(rnd.choice([1, 2, 13])), uid()])
    if rnd.random() < 0.4:
        idents.append([str(len(idents) + 1), str(pid), "%05dMT-%d" % (rnd.randint(1, 99999), rnd.randint(0, 9)), "1", str(rnd.choice([1, 2, 13])), uid()])
    phone = "07%02d %03d %03d" % (rnd.randint(10, 99), rnd.randint(0, 999), rnd.randint(0, 999))
    t = created
    for k in range(rnd.randint(1, 6)):
        enc_id += 1
        t = t + datetime.timedelta(days=rnd.randint(14, 120), hours=rnd.randint(0, 3), minutes=rnd.randint(0, 59))
        encs.append([str(enc_id), str(rnd.choice([1, 2, 2, 2, 3])), str(pid), str(rnd.choice([1, 2, 13])), t.strftime("%Y-%m-%d %H:%M:%S"),
                     str(rnd.randint(2, 6)), uid()])
        for m in range(rnd.randint(1, 4)):
            obs_id += 1; kind = rnd.random(); vn = vt = vc = ""
            if kind < 0.45:
                cid, lo_, hi_ = rnd.choice([(5089, 3, 95), (5090, 50, 190), (5085, 90, 180), (5086, 50, 110), (5497, 10, 1200)])
                cid = str(cid); vn = "%.1f" % rnd.uniform(lo_, hi_)
            elif kind < 0.75:
                cid = rnd.choice(["1284", "6042", "1255"]); vc = rnd.choice(["1065", "1066", "5622", "1107", "42"])
            else:
                cid = "161011"
                vt = rnd.choice(NOTES + ["%s %s came with her mother" % (fn, ln), "Spoke to %s on %s" % (fn, phone),
                                         "Treatment supporter: %s %s, tel %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY), phone),
                                         "%s lives in %s near the market" % (fn, city)])
            obs.append([str(obs_id), str(pid), cid, str(enc_id), (t + datetime.timedelta(minutes=rnd.randint(0, 30))).strftime("%Y-%m-%d %H:%M:%S"),
                        vn, vt, vc, uid()])
w("person", ["person_id", "gender", "birthdate", "birthdate_estimated", "dead", "death_date", "cause_of_death", "creator", "date_created", "voided", "uuid"], persons)
w("person_name", ["person_name_id", "preferred", "person_id", "prefix", "given_name", "middle_name", "family_name", "family_name2", "uuid"], names)
w("person_address", ["person_address_id", "person_id", "address1", "address2", "city_village", "state_province", "postal_code", "country",
                     "latitude", "longitude", "uuid"], addresses)
w("patient_identifier", ["patient_identifier_id", "patient_id", "identifier", "identifier_type", "location_id", "uuid"], idents)
w("users", ["user_id", "system_id", "username", "person_id"], users)
w("encounter", ["encounter_id", "encounter_type", "patient_id", "location_id", "encounter_datetime", "creator", "uuid"], encs)
w("obs", ["obs_id", "person_id", "concept_id", "encounter_id", "obs_datetime", "value_numeric", "value_text", "value_coded", "uuid"], obs)
N, Q, O = "NON_IDENTIFYING", "QUASI_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER"
cols = {"person.person_id": O, "person.gender": N, "person.birthdate": "DATE_OF_BIRTH", "person.birthdate_estimated": N, "person.dead": N,
        "person.death_date": "DATE", "person.cause_of_death": N, "person.creator": Q, "person.date_created": "DATE", "person.voided": N, "person.uuid": O,
        "person_name.person_name_id": O, "person_name.preferred": N, "person_name.person_id": O, "person_name.prefix": N,
        "person_name.given_name": "GIVEN_NAME", "person_name.middle_name": "NAME", "person_name.family_name": "FAMILY_NAME",
        "person_name.family_name2": "FAMILY_NAME", "person_name.uuid": O,
        "person_address.person_address_id": O, "person_address.person_id": O, "person_address.address1": "STREET_ADDRESS",
        "person_address.address2": "STREET_ADDRESS", "person_address.city_village": "CITY", "person_address.state_province": N,
        "person_address.postal_code": "ZIP_CODE", "person_address.country": N, "person_address.latitude": "GEOCOORDINATE",
        "person_address.longitude": "GEOCOORDINATE", "person_address.uuid": O,
        "patient_identifier.patient_identifier_id": O, "patient_identifier.patient_id": O, "patient_identifier.identifier": "MEDICAL_RECORD_NUMBER",
        "patient_identifier.identifier_type": N, "patient_identifier.location_id": N, "patient_identifier.uuid": O,
        "users.user_id": Q, "users.system_id": Q, "users.username": O, "users.person_id": O,
        "encounter.encounter_id": O, "encounter.encounter_type": N, "encounter.patient_id": O, "encounter.location_id": N,
        "encounter.encounter_datetime": "DATE", "encounter.creator": Q, "encounter.uuid": O,
        "obs.obs_id": O, "obs.person_id": O, "obs.concept_id": N, "obs.encounter_id": O, "obs.obs_datetime": "DATE",
        "obs.value_numeric": N, "obs.value_text": "FREE_TEXT", "obs.value_coded": N, "obs.uuid": O}
fks = [("person.creator", "users.user_id"), ("person_name.person_id", "person.person_id"), ("person_address.person_id", "person.person_id"),
       ("patient_identifier.patient_id", "person.person_id"), ("users.person_id", "person.person_id"), ("encounter.patient_id", "person.person_id"),
       ("encounter.creator", "users.user_id"), ("obs.person_id", "person.person_id"), ("obs.encounter_id", "encounter.encounter_id")]
gold = {"dataset": "openmrs-core", "description": "Invented extract shaped after the OpenMRS core data model, Kenyan (AMPATH-like) places and names: person 450 (birthdate yyyy-mm-dd, ages 0-99, death_date, creator FK to users, date_created = registration), person_name (given/middle/family/family_name2), person_address (P.O. Box / plot / estate, city_village CITY, state_province a Kenyan county (first-level division, like a state) NON_IDENTIFYING, 5-digit postal_code ZIP_CODE, 6-decimal coordinates), patient_identifier ('MRN-100234-7' Luhn mod-30 OpenMRS ID and old '01234MT-5' numbers, both MEDICAL_RECORD_NUMBER), users (6 staff: user_id, system_id '3-4' with check char, username; staff codes QUASI, username OTHER_UNIQUE_IDENTIFIER), encounter, obs (value_text free text naming the patient, a treatment supporter, a phone). uuid columns OTHER_UNIQUE_IDENTIFIER.",
        "delimiter": ",", "entity": "person", "columns": cols,
        "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

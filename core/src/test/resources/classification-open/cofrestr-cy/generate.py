#!/usr/bin/env python3
"""Writes cofrestr-cy: an invented bilingual (Welsh/English) GP practice register in Gwynedd (staff 4, cleifion 120,
apwyntiadau 250), `,`, dd/mm/yyyy, headers written in both languages (`enw_cyntaf_first_name`), Welsh place names,
UK postcodes, family group ids shared by a family's members, ages over 89, notes in Welsh or English that repeat the
patient's own record number or name (seeded, stdlib only)."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(160303)
GIVEN = ["Dafydd", "Gwenllian", "Rhys", "Ffion", "Iwan", "Angharad", "Llinos", "Gethin", "Eleri", "Meirion", "Siân",
         "Osian", "Cerys", "Elfed", "Nia", "Gruffudd", "Mared", "Huw", "Bethan", "Emyr", "Lowri", "Tudur", "Heledd", "Aled"]
FAMILY = ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
          "ap Gwilym", "Pritchard", "Parry", "Owen", "Lloyd", "Vaughan", "Pugh", "Rowlands", "Bowen", "Llywelyn"]
TOWN = [("Caernarfon", "LL55"), ("Pwllheli", "LL53"), ("Porthmadog", "LL49"), ("Bangor", "LL57"), ("Blaenau Ffestiniog", "LL41"),
        ("Dolgellau", "LL40"), ("Y Bala", "LL23"), ("Llanberis", "LL55"), ("Nefyn", "LL53"), ("Cricieth", "LL52")]
STREET = ["Stryd Fawr", "Ffordd y Traeth", "Lôn Glan Môr", "Heol yr Eglwys", "Rhes Segontiwm", "Ffordd Bangor", "Maes y Dre"]
ref = datetime.date(2025, 5, 1)
def ph(): return "01286 %06d" % rnd.randint(0, 999999) if rnd.random() < 0.4 else "07%03d %06d" % (rnd.randint(700, 999), rnd.randint(0, 999999))
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
staff = [["S1", "Dr Elin Prys", "meddyg teulu / GP"], ["S2", "Nyrs Catrin Wyn", "nyrs / nurse"],
         ["S3", "Dr Owain Tudur", "meddyg teulu / GP"], ["S4", "Nyrs Mair Ellis", "nyrs / nurse"]]
w("staff", ["cod_staff_code", "enw_name", "swydd_role"], staff)
pats = []; fam_no = 300
while len(pats) < 120:
    fam_no += rnd.randint(1, 3); fam = rnd.choice(FAMILY); town, pc = rnd.choice(TOWN)
    addr = "%d %s" % (rnd.randint(1, 90), rnd.choice(STREET)); post = "%s %d%s" % (pc, rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
    for m in range(rnd.choice([1, 2, 3, 4])):
        if len(pats) >= 120: break
        age = rnd.choice([rnd.randint(0, 89)] * 4 + [rnd.randint(90, 101)])
        b = ref - datetime.timedelta(days=age * 365 + rnd.randint(0, 360))
        pats.append(["GW%06d" % rnd.randint(100000, 999999), "%03d %03d %04d" % (rnd.randint(400, 799), rnd.randint(0, 999), rnd.randint(0, 9999)),
                     rnd.choice(GIVEN), fam, b.strftime("%d/%m/%Y"), str((ref - b).days // 365), rnd.choice(["G/M", "B/F"]),
                     addr, town, post, ph(), "TEULU-%04d" % fam_no, rnd.choice(["Cymraeg", "Saesneg / English", "Cymraeg"]), rnd.choice(staff)[0]])
w("cleifion", ["rhif_cofnod_record_no", "rhif_gig_nhs_no", "enw_cyntaf_first_name", "cyfenw_surname", "dyddiad_geni_dob", "oed_age",
               "rhyw_sex", "cyfeiriad_address", "tref_town", "cod_post_postcode", "ffon_phone", "rhif_teulu_family_id", "iaith_language",
               "meddyg_gp"], pats)
apw = []
for i in range(250):
    p = rnd.choice(pats); d = datetime.date(2024, 3, 1) + datetime.timedelta(days=rnd.randint(0, 400))
    note = rnd.choice(["", "", "Daeth %s %s gyda'i merch" % (p[2], p[3]), "Cofnod %s wedi'i ddiweddaru" % p[0],
                       "Patient %s %s asked for a Welsh-speaking GP" % (p[2], p[3]), "Ffoniwch y mab ar %s" % ph(), "Pwysedd gwaed yn iawn / BP fine"])
    apw.append(["A%05d" % (i + 1), p[0], d.strftime("%d/%m/%Y"), rnd.choice(staff)[0], rnd.choice(["wyneb yn wyneb / face to face", "ffôn / phone"]), note])
w("apwyntiadau", ["rhif_apwyntiad_appt_no", "rhif_cofnod_record_no", "dyddiad_date", "staff", "math_type", "nodiadau_notes"], apw)
gold = {"dataset": "cofrestr-cy", "description": "Invented bilingual Welsh/English GP register in Gwynedd, `,`, dd/mm/yyyy, headers in both languages: 4 staff (code, `Dr`/`Nyrs` name, role), 120 patients (record no, NHS no 10 digits spaced 3-3-4, first name, surname shared by a family, birth date, age with 90-101, sex, Welsh street address, town, UK postcode, phone, family id TEULU-0301 shared by a family's members, language, GP code), 250 appointments (number, record no, date, staff code, type, notes in Welsh or English repeating the patient's own record number or name, phones of sons)",
        "delimiter": ",", "entity": "cleifion", "columns": {
    "staff.cod_staff_code": "QUASI_IDENTIFIER", "staff.enw_name": "NAME", "staff.swydd_role": "NON_IDENTIFYING",
    "cleifion.rhif_cofnod_record_no": "MEDICAL_RECORD_NUMBER", "cleifion.rhif_gig_nhs_no": "HEALTH_PLAN_BENEFICIARY_NUMBER",
    "cleifion.enw_cyntaf_first_name": "GIVEN_NAME", "cleifion.cyfenw_surname": "FAMILY_NAME", "cleifion.dyddiad_geni_dob": "DATE_OF_BIRTH",
    "cleifion.oed_age": "AGE", "cleifion.rhyw_sex": "NON_IDENTIFYING", "cleifion.cyfeiriad_address": "STREET_ADDRESS",
    "cleifion.tref_town": "CITY", "cleifion.cod_post_postcode": "ZIP_CODE", "cleifion.ffon_phone": "TELEPHONE_NUMBER",
    "cleifion.rhif_teulu_family_id": "OTHER_UNIQUE_IDENTIFIER", "cleifion.iaith_language": "NON_IDENTIFYING", "cleifion.meddyg_gp": "QUASI_IDENTIFIER",
    "apwyntiadau.rhif_apwyntiad_appt_no": "OTHER_UNIQUE_IDENTIFIER", "apwyntiadau.rhif_cofnod_record_no": "MEDICAL_RECORD_NUMBER",
    "apwyntiadau.dyddiad_date": "DATE", "apwyntiadau.staff": "QUASI_IDENTIFIER", "apwyntiadau.math_type": "NON_IDENTIFYING",
    "apwyntiadau.nodiadau_notes": "FREE_TEXT"},
    "foreignKeys": [{"column": "apwyntiadau.rhif_cofnod_record_no", "references": "cleifion.rhif_cofnod_record_no"},
                    {"column": "cleifion.meddyg_gp", "references": "staff.cod_staff_code"},
                    {"column": "apwyntiadau.staff", "references": "staff.cod_staff_code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

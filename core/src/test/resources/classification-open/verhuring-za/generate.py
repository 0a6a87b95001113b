#!/usr/bin/env python3
"""Writes verhuring-za: an invented South African letting agency's export with Afrikaans headers as JSON Lines (agente 8 objects,
huurders 70 objects, huurkontrakte 110 objects; an empty value is left out of its object), yyyy/mm/dd dates. 13-digit SA identity
numbers YYMMDDSSSSCAZ with the Luhn check digit, the surname under the header `van` with particles (van der Merwe, du
Plessis, Janse van Rensburg), agents with titles (Mnr./Me./Mev.) and the agent's name repeated on many leases, a surety
(`borg`) named per lease, four-digit postcodes, `voorstad` and `dorp`, ages over 89 as JSON numbers, notes naming
relatives with cell numbers and agents (seeded, stdlib only)."""
import json, random, datetime
rnd = random.Random(130603)
GIVEN = ["Johan", "Pieter", "Hendrik", "Willem", "Sipho", "Thabo", "Mandla", "Jacques", "Riaan", "Kagiso",
         "Anneke", "Elmarie", "Marietjie", "Susanna", "Thandeka", "Nomvula", "Lerato", "Zanele", "Charlene", "Lindiwe"]
FAMILY = ["van der Merwe", "du Plessis", "Janse van Rensburg", "van Wyk", "de Villiers", "le Roux", "Botha", "Pretorius",
          "Nkosi", "Dlamini", "Mokoena", "Ndlovu", "Khumalo", "Mthembu", "Adams", "Jacobs", "van Zyl", "Olivier"]
MALE = set(GIVEN[:10])
# (voorstad, dorp, provinsie, poskode)
GEO = [("Die Boord", "Stellenbosch", "Wes-Kaap", "7613"), ("Idas Vallei", "Stellenbosch", "Wes-Kaap", "7600"),
       ("Kayamandi", "Stellenbosch", "Wes-Kaap", "7600"), ("Paarl-Oos", "Paarl", "Wes-Kaap", "7646"),
       ("Mbekweni", "Paarl", "Wes-Kaap", "7626"), ("Bellville-Suid", "Bellville", "Wes-Kaap", "7530"),
       ("Durbanville", "Durbanville", "Wes-Kaap", "7550"), ("Brackenfell", "Brackenfell", "Wes-Kaap", "7560")]
STRAAT = ["Andringastraat", "Dorpstraat", "Merrimanlaan", "Hoofweg", "Kerkstraat", "Plein Straat", "Bird Straat", "Mostertsdrift"]
WERK = ["Universiteit Stellenbosch", "Distell", "Shoprite Checkers", "Mediclinic", "Wes-Kaapse Onderwysdepartement",
        "Eie besigheid", "Pensioen", "Santam"]
TAAL = ["Afrikaans", "Afrikaans", "Engels", "isiXhosa", "isiZulu"]
TIPE = ["bachelorwoonstel", "1-slaapkamer woonstel", "2-slaapkamer woonstel", "meenthuis", "tuinwoonstel", "3-slaapkamer huis"]
ref = datetime.date(2025, 2, 1)

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return str((10 - tot % 10) % 10)

def sa_id(d, male):
    head = "%02d%02d%02d%04d%d8" % (d.year % 100, d.month, d.day, rnd.randint(5000, 9999) if male else rnd.randint(0, 4999), rnd.choice([0, 0, 0, 1]))
    return head + luhn_digit(head)

def sel():
    return "%s %03d %04d" % (rnd.choice(["060", "061", "062", "071", "072", "073", "076", "078", "079", "081", "082", "083", "084"]), rnd.randint(0, 999), rnd.randint(0, 9999))

agente = []
for i, t in enumerate(["Mnr.", "Me.", "Mev.", "Mnr.", "Me.", "Mnr.", "Mev.", "Me."]):
    g = rnd.choice(GIVEN[:10] if t == "Mnr." else GIVEN[10:]); f = rnd.choice(FAMILY)
    agente.append(["AG%02d" % (3 + i * 4), "%s %s %s" % (t, g, f), "FFC%d/%06d" % (2025, rnd.randint(1000, 999999)),
                   rnd.choice(["Kantoor Noord", "Kantoor Sentraal", "Kantoor Suid"])])
huur = []
for k in range(70):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); male = g in MALE
    age = rnd.choice([rnd.randint(19, 89), rnd.randint(19, 60), rnd.randint(60, 89), rnd.randint(90, 99)])
    d = ref - datetime.timedelta(days=age * 365 + rnd.randint(5, 360))
    vs, dorp, prov, pk = rnd.choice(GEO)
    o = {"huurder_id": "H%04d" % (211 + k * 3), "id_nommer": sa_id(d, male), "voorname": g, "van": f,
         "geboortedatum": d.strftime("%Y/%m/%d"), "ouderdom": age, "geslag": "M" if male else "V", "selfoon": sel(),
         "epos": "%s.%s%d@%s" % (g.lower(), f.lower().replace(" ", ""), rnd.randint(1, 99), rnd.choice(["gmail.com", "webmail.co.za", "mweb.co.za"])),
         "vorige_adres": "%d %s" % (rnd.randint(1, 180), rnd.choice(STRAAT)), "voorstad": vs, "dorp": dorp, "provinsie": prov,
         "poskode": pk, "werkgewer": rnd.choice(WERK), "maandinkomste": rnd.choice([8500, 12000, 18500, 24000, 31000, 45000]),
         "taal": rnd.choice(TAAL)}
    if rnd.random() < 0.3:
        o["tweede_selfoon"] = sel()
    huur.append(o)
kon = []
for i in range(110):
    h = rnd.choice(huur); a = rnd.choice(agente[:3] + agente)
    vs, dorp, prov, pk = rnd.choice(GEO)
    b = ref - datetime.timedelta(days=rnd.randint(0, 700)); e = b + datetime.timedelta(days=rnd.choice([181, 364, 729]))
    huurgeld = rnd.choice([4800, 6500, 7900, 9200, 11500, 14000])
    bg = rnd.choice(GIVEN)
    borg = rnd.choice(["", "", "%s %s %s" % ("Mnr." if bg in MALE else "Mev.", bg, h["van"]), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY))])
    nota = rnd.choice(["", "", "", "Deposito in twee paaiemente betaal.",
                       "Moeder %s %s (%s) sal die huur betaal." % (rnd.choice(GIVEN[10:]), h["van"], sel()),
                       "Inspeksie gedoen deur %s; geen skade." % rnd.choice(agente)[1],
                       "Huurder se broer %s %s bel gereeld oor die sleutels." % (rnd.choice(GIVEN[:10]), h["van"]),
                       "Oorgedra van %s na %s." % (rnd.choice(agente)[1], a[1])])
    kon.append(["HK-%d-%04d" % (b.year, 101 + i * 9), h["huurder_id"], a[0], a[1], "%s %d, %s" % (rnd.choice(["Eenheid", "Woonstel"]), rnd.randint(1, 40), rnd.choice(STRAAT)),
                vs, rnd.choice(TIPE), b.strftime("%Y/%m/%d"), e.strftime("%Y/%m/%d"), str(huurgeld), str(huurgeld * 2), borg, nota])

def jl(n, head, rows):
    """JSON Lines; an empty cell is left out of its object, numbers are JSON numbers."""
    with open(n, "w", encoding="utf-8") as f:
        for r in rows:
            o = r if isinstance(r, dict) else {k: (int(v) if k in ("huur_r", "deposito_r") else v) for k, v in zip(head, r) if v != ""}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
jl("agente.jsonl", ["agent_kode", "naam", "ffc_nommer", "kantoor"], agente)
jl("huurders.jsonl", None, huur)
jl("huurkontrakte.jsonl", ["kontrak_nr", "huurder_id", "agent_kode", "agent", "eiendom", "eiendom_voorstad", "tipe", "begindatum", "einddatum",
                           "huur_r", "deposito_r", "borg", "notas"], kon)
C = {"agente.agent_kode": "OTHER_UNIQUE_IDENTIFIER", "agente.naam": "NAME", "agente.ffc_nommer": "CERTIFICATE_LICENSE_NUMBER",
     "agente.kantoor": "NON_IDENTIFYING",
     "huurders.huurder_id": "OTHER_UNIQUE_IDENTIFIER", "huurders.id_nommer": "NATIONAL_ID", "huurders.voorname": "GIVEN_NAME",
     "huurders.van": "FAMILY_NAME", "huurders.geboortedatum": "DATE_OF_BIRTH", "huurders.ouderdom": "AGE", "huurders.geslag": "NON_IDENTIFYING",
     "huurders.selfoon": "TELEPHONE_NUMBER", "huurders.epos": "EMAIL_ADDRESS", "huurders.vorige_adres": "STREET_ADDRESS",
     "huurders.voorstad": "GEOGRAPHIC_SUBDIVISION", "huurders.dorp": "CITY", "huurders.provinsie": "NON_IDENTIFYING",
     "huurders.poskode": "ZIP_CODE", "huurders.werkgewer": "QUASI_IDENTIFIER", "huurders.maandinkomste": "NON_IDENTIFYING",
     "huurders.taal": "NON_IDENTIFYING", "huurders.tweede_selfoon": "TELEPHONE_NUMBER",
     "huurkontrakte.kontrak_nr": "OTHER_UNIQUE_IDENTIFIER", "huurkontrakte.huurder_id": "OTHER_UNIQUE_IDENTIFIER",
     "huurkontrakte.agent_kode": "OTHER_UNIQUE_IDENTIFIER", "huurkontrakte.agent": "NAME", "huurkontrakte.eiendom": "STREET_ADDRESS",
     "huurkontrakte.eiendom_voorstad": "GEOGRAPHIC_SUBDIVISION", "huurkontrakte.tipe": "NON_IDENTIFYING", "huurkontrakte.begindatum": "DATE",
     "huurkontrakte.einddatum": "DATE", "huurkontrakte.huur_r": "NON_IDENTIFYING", "huurkontrakte.deposito_r": "NON_IDENTIFYING",
     "huurkontrakte.borg": "NAME", "huurkontrakte.notas": "FREE_TEXT"}
g = {"dataset": "verhuring-za", "description": "Invented South African letting agency export, Afrikaans keys, JSON Lines (empty values left out), yyyy/mm/dd: 8 agents (code, name with Mnr./Me./Mev., Fidelity Fund certificate number, office), 70 tenants as JSON objects (id, 13-digit SA identity number with Luhn digit, first names, surname under `van` with particles, birth date, age with 90-99 as a number, sex M/V, cell number, e-mail, previous address, voorstad, dorp, provinsie, four-digit poskode, employer, monthly income, home language, optional second cell number), 110 leases (number with year, tenant, agent code and name repeated on many rows, unit address and suburb, type, start and end dates, rent and deposit in rand, surety's name, notes naming mothers with cell numbers, brothers, agents)",
     "delimiter": ",", "entity": "huurders", "columns": C,
     "foreignKeys": [{"column": "huurkontrakte.huurder_id", "references": "huurders.huurder_id"},
                     {"column": "huurkontrakte.agent_kode", "references": "agente.agent_kode"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

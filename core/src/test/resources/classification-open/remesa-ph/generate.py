#!/usr/bin/env python3
"""Writes remesa-ph: an invented Philippine mobile-money / remittance export (ahente 10 rows, padala 220 rows), `,`,
yyyy-mm-dd hh:mm timestamps. Agents (sari-sari stores) with owners named 'Aling Nena Cruz' / 'Mang Ramon Santos',
sender and recipient names, MSISDNs +639.. and 09.., amounts in PHP, fees, relationship in Filipino, barangay,
notes naming people (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(120602)
M = ["Jose", "Juan", "Ramon", "Eduardo", "Rodrigo", "Mark Anthony", "John Paul", "Jericho", "Ferdinand", "Romeo"]
F = ["Maria", "Nena", "Rosario", "Lorna", "Maricel", "Jennifer", "Kristine Joy", "Divina", "Teresita", "Analyn"]
L = ["Santos", "Reyes", "Cruz", "Bautista", "Dela Cruz", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo", "Manalo"]
BRGY = [("Brgy. San Isidro", "Antipolo"), ("Brgy. Poblacion", "Batangas City"), ("Brgy. Bagong Silang", "Caloocan"),
        ("Brgy. Lahug", "Cebu City"), ("Brgy. Talomo", "Davao City")]
REL = ["asawa", "anak", "magulang", "kapatid", "pinsan", "kaibigan", "tiyahin"]
PURP = ["tuition", "pambayad utang", "panggastos", "gamot", "padala sa pamilya", "renta"]

def msisdn(intl):
    n = "9%d%d%07d" % (rnd.choice([1, 2, 5, 7, 9]), rnd.randint(0, 9), rnd.randint(0, 9999999))
    return "+63" + n if intl else "0" + n

ag = []
for i in range(10):
    w = rnd.random() < 0.6
    b, c = rnd.choice(BRGY)
    ag.append(["AG-%04d" % (1100 + i * 13), "%s %s Sari-Sari Store" % (rnd.choice(["Tindahan ni", "Nena's", "RJ", "Kuya"]), rnd.choice(L)) if False else
               "%s Sari-Sari Store #%d" % (rnd.choice(["Tindahan ni", "Bahay", "Kanto"]), i + 1),
               "%s %s %s" % ("Aling" if w else "Mang", rnd.choice(F if w else M), rnd.choice(L)), msisdn(False), b, c])
people = []
for k in range(120):
    w = rnd.random() < 0.5
    people.append(("%s %s" % (rnd.choice(F if w else M), rnd.choice(L)), msisdn(rnd.random() < 0.5)))
pa = []
t0 = datetime.datetime(2025, 3, 1, 7, 0)
for i in range(220):
    s, r = rnd.sample(people, 2)
    a = rnd.choice(ag)
    amt = rnd.choice([500, 1000, 1500, 2000, 3000, 5000, 7500, 10000, 15000, 25000])
    t = t0 + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 45))
    note = rnd.choice(["", "", "", "Claimed by %s (%s) on behalf of recipient, valid ID shown." % ("%s %s" % (rnd.choice(F), r[0].split()[-1]), rnd.choice(["UMID", "PhilSys", "driver's license"])),
                       "Sender asked to notify %s %s at %s." % (rnd.choice(["Ate", "Kuya", "Tita"]), rnd.choice(F + M), msisdn(False)),
                       "KYC checked by %s." % a[2], "Reversal requested by sender, wrong number."])
    pa.append(["PD%s%05d" % (t.strftime("%y%m%d"), i * 7 + 11), t.strftime("%Y-%m-%d %H:%M"), s[0], s[1], r[0], r[1], rnd.choice(REL),
               "%.2f" % amt, "%.2f" % (15 if amt <= 1000 else 25 if amt <= 5000 else 50), "PHP", a[0], rnd.choice(PURP),
               rnd.choice(["CLAIMED", "CLAIMED", "CLAIMED", "PENDING", "REVERSED"]), note])

def wr(n, h, rows):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
wr("ahente.csv", ["agent_code", "tindahan", "may_ari", "contact_no", "barangay", "lungsod"], ag)
wr("padala.csv", ["ref_no", "petsa_oras", "sender_name", "sender_msisdn", "recipient_name", "recipient_msisdn2", "relasyon",
                  "halaga_php", "bayad", "currency", "agent_code", "layunin", "status", "remarks"], pa)
C = {"ahente.agent_code": "OTHER_UNIQUE_IDENTIFIER", "ahente.tindahan": "NON_IDENTIFYING", "ahente.may_ari": "NAME",
     "ahente.contact_no": "TELEPHONE_NUMBER", "ahente.barangay": "GEOGRAPHIC_SUBDIVISION", "ahente.lungsod": "CITY",
     "padala.ref_no": "OTHER_UNIQUE_IDENTIFIER", "padala.petsa_oras": "DATE", "padala.sender_name": "NAME",
     "padala.sender_msisdn": "TELEPHONE_NUMBER", "padala.recipient_name": "NAME", "padala.recipient_msisdn2": "TELEPHONE_NUMBER",
     "padala.relasyon": "NON_IDENTIFYING", "padala.halaga_php": "NON_IDENTIFYING", "padala.bayad": "NON_IDENTIFYING",
     "padala.currency": "NON_IDENTIFYING", "padala.agent_code": "OTHER_UNIQUE_IDENTIFIER", "padala.layunin": "NON_IDENTIFYING",
     "padala.status": "NON_IDENTIFYING", "padala.remarks": "FREE_TEXT"}
g = {"dataset": "remesa-ph", "description": "Invented Philippine remittance (padala) export, `,`, yyyy-mm-dd hh:mm: 10 agents (code, sari-sari store name, owner 'Aling .../Mang ...', 09.. phone, barangay, city), 220 transfers (reference, timestamp, sender name and MSISDN +639../09.., recipient name and MSISDN, relationship in Filipino, amount and fee in PHP, currency, agent, purpose, status, remarks naming claimants, relatives with phones, agents)",
     "delimiter": ",", "entity": "padala", "columns": C,
     "foreignKeys": [{"column": "padala.agent_code", "references": "ahente.agent_code"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes access-alarms: an invented access-control panel export (seeded, Python 3 stdlib only; rerun to reproduce the
CSV files and gold.json byte for byte), written by breaker41 to attack namesWrittenFamilyFirst, which reads only
tables no other table refers to. events (Event ID, Event Time, Door, Reader, Cardholder written family name first in
capitals 'IVANOVA, ZANE' (and with particles and middle initials), Badge (a 6-digit badge number), Result, Direction):
1,200 reader events of 30 cardholders; alarms (Alarm ID, Event ID referring to the event that raised it, Alarm Type,
Priority, Acknowledged At): 80 alarms, so the events table is a table other tables refer to."""
import csv, json, os, random
SET = "access-alarms"
rnd = random.Random(4103)
here = os.path.dirname(os.path.abspath(__file__))
GIVEN = ["ZANE", "HELGA", "YUKI", "FELIX", "ANNA", "OMAR", "PRIYA", "MARCUS", "DEBORAH", "TOMAS", "INES", "KOFI",
         "LENA", "RAFAEL", "SIOBHAN", "WEI", "AMARA", "JONAH", "MAREN", "DIEGO"]
FAMILY = ["IVANOVA", "KLINE", "OKAFOR", "LINDQVIST", "FISCHER", "NOVAK", "TANAKA", "ADEYEMI", "MULDER", "HALE",
          "BRENNAN", "CASTILLO", "DELGADO", "HARRINGTON", "OSEI", "VASQUEZ", "SORENSEN", "GALLOWAY", "PRUITT",
          "HADDAD", "VAN DER BERG", "DE LA CRUZ", "O'BRIEN", "MCALLISTER"]
holders = []
seen = set()
while len(holders) < 30:
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    if (g, f) in seen:
        continue
    seen.add((g, f))
    name = "%s, %s" % (f, g) + (" %s" % rnd.choice("ABCDEJKLMRST") if rnd.random() < 0.4 else "")
    holders.append((name, "%06d" % rnd.randrange(100000, 999999)))
DOORS = [("Lobby North Entry", "RDR-01"), ("Loading Dock 2", "RDR-07"), ("Lab East Airlock", "RDR-12"),
         ("Server Room", "RDR-15"), ("Parking Garage Gate", "RDR-20"), ("Roof Access", "RDR-23")]
events = []
for i in range(1200):
    name, badge = rnd.choice(holders)
    door, reader = rnd.choice(DOORS)
    events.append(["E%07d" % (4100000 + i), "2026-10-%02d %02d:%02d:%02d" % (1 + i * 30 // 1200, rnd.randrange(6, 22), rnd.randrange(60), rnd.randrange(60)),
                   door, reader, name, badge, rnd.choice(["Access Granted"] * 5 + ["Access Denied"]), rnd.choice(["In", "Out"])])
alarms = []
for j in range(80):
    e = rnd.choice(events)
    alarms.append(["AL%05d" % (j + 1), e[0], rnd.choice(["Door Forced Open", "Door Held Open", "Invalid Badge", "Tailgate Detected"]),
                   rnd.choice(["1", "2", "3"]), e[1][:11] + "%02d:%02d:%02d" % (rnd.randrange(6, 23), rnd.randrange(60), rnd.randrange(60))])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("events", ["Event ID", "Event Time", "Door", "Reader", "Cardholder", "Badge", "Result", "Direction"], events)
write("alarms", ["Alarm ID", "Event ID", "Alarm Type", "Priority", "Acknowledged At"], alarms)
cols = {"events.Event ID": "OTHER_UNIQUE_IDENTIFIER", "events.Event Time": "DATE", "events.Door": "NON_IDENTIFYING",
        "events.Reader": "NON_IDENTIFYING", "events.Cardholder": "NAME", "events.Badge": "OTHER_UNIQUE_IDENTIFIER",
        "events.Result": "NON_IDENTIFYING", "events.Direction": "NON_IDENTIFYING",
        "alarms.Alarm ID": "OTHER_UNIQUE_IDENTIFIER", "alarms.Event ID": "OTHER_UNIQUE_IDENTIFIER",
        "alarms.Alarm Type": "NON_IDENTIFYING", "alarms.Priority": "NON_IDENTIFYING", "alarms.Acknowledged At": "DATE"}
gold = {"dataset": SET, "description": "Invented access-control panel export (breaker41): 1,200 reader events of 30 "
        "cardholders written 'IVANOVA, ZANE' (particles, middle initials) with 6-digit badge numbers; 80 alarms refer to "
        "the event that raised them, so the events table is referred to",
        "delimiter": ",", "entity": "events", "columns": cols,
        "foreignKeys": [{"column": "alarms.Event ID", "references": "events.Event ID"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

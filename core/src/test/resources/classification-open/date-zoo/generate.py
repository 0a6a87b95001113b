#!/usr/bin/env python3
"""Writes date-zoo: invented people and admissions whose dates come in many formats, one format per column:
birth_date '05-Apr-1931', date_of_birth 'April 5, 1931', dob_serial Excel serial day numbers (11419 = 1931-04-05),
enrolled '2019/04/05', last_seen '05.04.2023', deceased_on '20230405', created_at '2021-04-05T10:10:10Z'; admissions with
AdmitDate as an Excel serial (45021 = 2023-04-05) and discharged as Unix seconds; ages over 89 implied by the birth
dates; innocent numbers in the same ranges (claim_amount_cents 10000-50000, steps, a 5-digit lab_accession) to judge
utility. Seeded, stdlib only."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(200202)
GIVEN = ["Agnes", "Mildred", "Gertrude", "Eunice", "Wilbur", "Clarence", "Herbert", "Elmer", "Ines", "Soledad", "Ravi", "Priya",
         "Kwame", "Ama", "Sven", "Astrid", "Tomasz", "Zofia", "Declan", "Siobhan", "Hiroshi", "Yuki", "Emeka", "Ngozi"]
FAMILY = ["Abernathy", "Vandermeer", "Castellanos", "Okoye", "Lindqvist", "Szymanski", "O'Rourke", "Takahashi", "Mensah",
          "Featherstone", "Quackenbush", "Villaseñor", "Dunleavy", "Pettibone", "Marchetti", "Halloran"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EXCEL0 = datetime.date(1899, 12, 30)
def serial(d): return str((d - EXCEL0).days)
def rd(a, b): return a + datetime.timedelta(days=rnd.randint(0, (b - a).days))
ref = datetime.date(2024, 1, 1)
people = []
for i in range(520):
    age = rnd.randint(18, 89) if rnd.random() < 0.82 else rnd.randint(90, 104)
    dob = ref - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    enr = rd(datetime.date(2015, 1, 1), datetime.date(2021, 12, 31))
    seen = rd(enr, datetime.date(2023, 12, 31))
    dead = rd(seen, datetime.date(2024, 5, 31)) if rnd.random() < 0.12 else None
    cr = datetime.datetime.combine(enr, datetime.time(rnd.randint(7, 19), rnd.randint(0, 59), rnd.randint(0, 59)))
    people.append(["P%05d" % (10000 + 7 * i), "%s %s" % (rnd.choice(GIVEN), rnd.choice(FAMILY)),
                   "%02d-%s-%04d" % (dob.day, MON[dob.month - 1], dob.year), "%s %d, %d" % (MONTH[dob.month - 1], dob.day, dob.year),
                   serial(dob), enr.strftime("%Y/%m/%d"), seen.strftime("%d.%m.%Y"), dead.strftime("%Y%m%d") if dead else "",
                   cr.strftime("%Y-%m-%dT%H:%M:%SZ"), rnd.choice(["F", "M"]), str(rnd.randint(1500, 26000)), str(rnd.randint(10000, 50000)),
                   str(rnd.randint(11000, 46000))])
PH = ["person_id", "full_name", "birth_date", "date_of_birth", "dob_serial", "enrolled", "last_seen", "deceased_on", "created_at",
      "sex", "steps", "claim_amount_cents", "lab_accession"]
with open("people.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f); c.writerow(PH); c.writerows(people)
adm = []
for p in people:
    for k in range(rnd.choice([1, 1, 2, 2, 3, 4])):
        a = rd(datetime.date(2016, 1, 1), datetime.date(2024, 5, 1))
        los = rnd.choice([0, 1, 1, 2, 3, 4, 5, 7, 9, 14])
        dis = datetime.datetime.combine(a + datetime.timedelta(days=los), datetime.time(rnd.randint(8, 20), rnd.randint(0, 59)), tzinfo=datetime.timezone.utc)
        adm.append(["A%06d" % (len(adm) * 3 + 100003), p[0], serial(a), str(int(dis.timestamp())), str(los),
                    rnd.choice(["I10", "E11.9", "J18.9", "N39.0", "S72.001A", "I50.9"]), str(rnd.randint(10000, 50000)),
                    str(rnd.randint(1500, 26000)), str(rnd.randint(1600000000, 1720000000))])
AH = ["admission_id", "person_id", "AdmitDate", "discharged", "los_days", "dx_code", "claim_amount_cents", "steps", "order_number"]
with open("admissions.csv", "w", newline="", encoding="utf-8") as f:
    c = csv.writer(f); c.writerow(AH); c.writerows(adm)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
cols = {}
for h, l in zip(PH, [O, "NAME", "DATE_OF_BIRTH", "DATE_OF_BIRTH", "DATE_OF_BIRTH", "DATE", "DATE", "DATE", "DATE", N, N, N, N]):
    cols["people." + h] = l
for h, l in zip(AH, [O, O, "DATE", "DATE", N, N, N, N, N]):
    cols["admissions." + h] = l
gold = {"dataset": "date-zoo",
        "description": "Invented people (520) and admissions: one date format per column: birth_date dd-Mon-yyyy, date_of_birth 'Month d, yyyy', dob_serial Excel serial day number (the same birth date), enrolled yyyy/mm/dd, last_seen dd.mm.yyyy, deceased_on yyyymmdd, created_at ISO with Z; admissions AdmitDate Excel serial (4xxxx), discharged Unix seconds; 18% of birth dates imply ages 90-104; innocent numbers in the same ranges: steps 1500-26000, claim_amount_cents 10000-50000, lab_accession 11000-46000 (the Excel serial range), order_number 10 digits (the Unix-seconds range), los_days.",
        "delimiter": ",", "entity": "people", "columns": cols,
        "foreignKeys": [{"column": "admissions.person_id", "references": "people.person_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

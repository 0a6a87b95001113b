#!/usr/bin/env python3
"""Writes the invented public-library set (10 members, their branches, 60 books, loans; gold.json) into this folder.
Seeded: reruns are identical. Usage: python3 generate.py"""
import csv, json, os, random, datetime as dt

random.seed(1876)
HERE = os.path.dirname(os.path.abspath(__file__))
MEMBERS = [("Odalys", "Fairweather"), ("Benedikt", "Szabo-Reyes"), ("Marisol", "Quintrell"), ("Tobias", "Lindgren"),
           ("Eun-ji", "Park-Halvorsen"), ("Declan", "Ashby"), ("Philippa", "Ngata"), ("Ravi", "Castellanos"),
           ("Winifred", "Okonkwo"), ("Leopold", "Dumas-Breck")]
BRANCHES = [("BR01", "Central Library", "400 Harbor Street", "Port Alder", "98361", "(360) 555-0100",
             "Mon-Sat 9-20"),
            ("BR02", "Eastside Branch", "12 Cedar Lane", "Port Alder", "98362", "(360) 555-0122", "Tue-Sat 10-18"),
            ("BR03", "Millbrook Community Library", "7 Mill Road", "Millbrook", "98368", "(360) 555-0147",
             "Wed-Sun 11-17")]
STREETS = ["Birch Avenue", "Quarry Road", "Seaview Terrace", "Old Orchard Way", "Kestrel Court", "Harbor Street"]
AUTHORS = ["Varley, Imogen", "Tallis-Oduya, Kwame", "Brennick, Solveig", "Marchetti, Paolo", "Ashdown, Felicity",
           "Nakashima, Ren", "Ormsby, Clement", "Duvall, Hortense", "Ekwueme, Chiamaka", "Holt, Barnaby",
           "Fairweather, Odalys"]  # one author shares a member's name: a deliberate coincidence
WORDS = ["Salt", "Orchard", "Lantern", "Winter", "Harbor", "Glass", "Quiet", "River", "Atlas", "Ember", "Cartographer",
         "Midnight", "Paper", "Garden", "Tide", "Clockmaker"]
PUBLISHERS = ["Heron & Finch", "Bellweather Press", "Northlight Books", "Calloway House", "Penrose Editions"]
GENRES = [("Fiction", "FIC"), ("Mystery", "MYS"), ("Science Fiction", "SF"), ("Biography", "B"),
          ("History", "909"), ("Cooking", "641.5"), ("Children", "J")]

def isbn13():
    body = "978" + random.choice(["0", "1"]) + "%08d" % random.randint(0, 99999999)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)

gold, tables = {}, {}
def labels(name, pairs):
    cols = []
    for c, l in pairs:
        cols.append(c)
        gold[name + "." + c] = l
    tables[name] = {"columns": cols, "rows": []}
    return tables[name]["rows"]

ID, NON, QUASI, FT = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "FREE_TEXT"
# An organisation's address and phone are labelled as the Synthea Nebraska gold labels organizations.ADDRESS/CITY/ZIP/
# PHONE: identifiers (a small organisation's address can be a person's); relabelled from NON_IDENTIFYING on 2026-12-05.
branches = labels("branches", [("branch_id", NON), ("branch_name", NON), ("street_address", "STREET_ADDRESS"),
                                ("city", "CITY"), ("zip", "ZIP_CODE"), ("phone", "TELEPHONE_NUMBER"),
                                ("opening_hours", NON)])
for b in BRANCHES:
    branches.append(list(b))
members = labels("members", [
    ("member_id", ID), ("card_number", "ACCOUNT_NUMBER"), ("first_name", "GIVEN_NAME"), ("last_name", "FAMILY_NAME"),
    ("email", "EMAIL_ADDRESS"), ("phone", "TELEPHONE_NUMBER"), ("street_address", "STREET_ADDRESS"),
    ("city", "CITY"), ("state", NON), ("zip", "ZIP_CODE"), ("birth_year", QUASI), ("membership_type", NON),
    ("home_branch_id", NON), ("joined_on", "DATE"), ("expires_on", "DATE"), ("pin", "CREDENTIAL"),
    ("newsletter", NON)])
for i, (first, last) in enumerate(MEMBERS):
    branch = random.choice(BRANCHES)
    by = random.randint(1938, 2015)
    kind = "child" if by > 2008 else ("senior" if by < 1960 else random.choice(["adult", "adult", "student"]))
    joined = dt.date(random.randint(2008, 2024), random.randint(1, 12), random.randint(1, 28))
    members.append([
        101 + i, "2%04d%08d%d" % (3391, random.randint(0, 99999999), random.randint(0, 9)), first, last,
        "%s.%s@%s" % (first.lower().replace("-", ""), last.lower().replace("-", ""),
                      random.choice(["mailbox.example", "gmail.com", "portalder.net"])),
        "(360) 555-01%02d" % random.randint(50, 99), "%d %s" % (random.randint(2, 990), random.choice(STREETS)),
        branch[3], "WA", branch[4] if random.random() < 0.6 else random.choice(["98363", "98365"]), by, kind,
        branch[0], joined.isoformat(), joined.replace(year=joined.year + 3 + (2025 - joined.year) // 3 * 3).isoformat(),
        "%04d" % random.randint(0, 9999), random.choice(["yes", "no"])])
books = labels("books", [("book_id", NON), ("isbn", NON), ("title", NON), ("author", NON), ("publisher", NON),
                          ("pub_year", NON), ("genre", NON), ("call_number", NON), ("pages", NON),
                          ("branch_id", NON)])
for k in range(60):
    author = random.choice(AUTHORS)
    genre = random.choice(GENRES)
    title = "The %s %s" % (random.choice(WORDS), random.choice(WORDS)) if random.random() < 0.6 else \
        "%s of the %s" % (random.choice(WORDS), random.choice(WORDS))
    books.append([5001 + k * 3, isbn13(), title, author, random.choice(PUBLISHERS), random.randint(1987, 2025),
                  genre[0], "%s %s" % (genre[1], author[:3].upper()), random.randint(96, 720),
                  random.choice(BRANCHES)[0]])
loans = labels("loans", [("loan_id", ID), ("member_id", ID), ("book_id", NON), ("branch_id", NON),
                          ("checked_out", "DATE"), ("due", "DATE"), ("returned", "DATE"), ("renewals", NON),
                          ("fine_usd", NON)])
loan = 70000
for m in range(10):
    for k in range(random.randint(4, 22)):
        loan += random.randint(1, 40)
        out = dt.date(2025, 1, 2) + dt.timedelta(days=random.randint(0, 330))
        renew = random.choice([0, 0, 0, 1, 2])
        due = out + dt.timedelta(days=21 * (1 + renew))
        late = random.choice([0, 0, 0, 0, 3, 9])
        back = due + dt.timedelta(days=late - random.randint(0, 14) if late == 0 else late) if random.random() < 0.85 else None
        book = random.choice(books)
        loans.append([loan, 101 + m, book[0], book[9], out.isoformat(), due.isoformat(),
                      back.isoformat() if back else "", renew, "%.2f" % (0.25 * late)])
loans.sort(key=lambda r: r[0])
for name, t in tables.items():
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(t["columns"])
        w.writerows(t["rows"])
fks = [("members.home_branch_id", "branches.branch_id"), ("books.branch_id", "branches.branch_id"),
       ("loans.member_id", "members.member_id"), ("loans.book_id", "books.book_id"),
       ("loans.branch_id", "branches.branch_id")]
doc = {"dataset": "library",
       "description": "Invented public-library export: 3 branches, 10 members (card barcode, PIN, contact), 60 books "
                      "with ISBN-13 and invented authors (one shares a member's name), and their loans",
       "delimiter": ",", "entity": "members", "columns": gold,
       "foreignKeys": [{"column": c, "references": r} for c, r in fks]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes chinook-music: an invented extract shaped after the public Chinook sample database (Employee 8, Customer 300,
Invoice 700, InvoiceLine 1800, Track 350): Chinook's PascalCase headers, addresses, postal codes and phone numbers in
many countries' formats, 'yyyy-mm-dd hh:mm:ss' dates, Email, SupportRepId and ReportsTo keys, billing address copied to
each invoice, tracks with public-work metadata (Name, Composer, Milliseconds, Bytes, UnitPrice) (seeded, stdlib only).
No row is taken from the real database."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(170404)
def w(name, header, rows):
    with open(name + ".csv", "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f); c.writerow(header); c.writerows(rows)
GIVEN = ["Luis", "Leonie", "Francois", "Bjorn", "Frantisek", "Helena", "Astrid", "Daan", "Kara", "Eduardo", "Alexandre", "Roberto",
         "Fernanda", "Mark", "Jennifer", "Frank", "Jack", "Michelle", "Tim", "Dan", "Kathy", "Heather", "John", "Robert", "Edward",
         "Ellie", "Martha", "Aaron", "Ladislav", "Hugh", "Lucas", "Johannes", "Stanislaw", "Enrique", "Camille", "Dominique", "Marc",
         "Wyatt", "Isabelle", "Terhi", "Niklas", "Hannah", "Fynn", "Emma", "Phil", "Steve", "Mark", "Diego", "Luis", "Manoj", "Puja",
         "Madalena", "Joao", "Madeleine", "Ines", "Sofia", "Kenji", "Yuki", "Anders", "Ingrid"]
FAMILY = ["Goncalves", "Kohler", "Tremblay", "Hansen", "Wichterlova", "Holy", "Gruber", "Peeters", "Nielsen", "Martins", "Rocha",
          "Almeida", "Ramos", "Philips", "Peterson", "Harris", "Smith", "Brooks", "Goyer", "Miller", "Chase", "Gordon", "Ralston",
          "Stevens", "Francis", "Brown", "Mitchell", "Kovacs", "O'Reilly", "Mancini", "Schneider", "Wojcik", "Munoz", "Bernard",
          "Lefebvre", "Dubois", "Girard", "Mercier", "Hamalainen", "Schroder", "Zimmermann", "Murray", "Hughes", "Sullivan",
          "Gutierrez", "Rojas", "Pareek", "Srivastava", "Sampaio", "Fernandes", "Lindqvist", "Yamamoto", "Sato", "Berg", "Andersen",
          "Taylor", "Walker", "van der Berg", "De Smet", "Novak"]
LOC = [("Brazil", "SP", "São José dos Campos", "%05d-%03d", "+55 (12) %04d-%04d", ["Av. Brigadeiro Faria Lima, %d", "Rua Dr. Falcão Filho, %d", "Praça Pio X, %d"]),
       ("Brazil", "RJ", "Rio de Janeiro", "%05d-%03d", "+55 (21) %04d-%04d", ["Rua Dona Mariana, %d", "Av. Atlântica, %d"]),
       ("Germany", "", "Stuttgart", "7%04d", "+49 0711 %07d", ["Theodor-Heuss-Straße %d", "Königstraße %d"]),
       ("Germany", "", "Berlin", "1%04d", "+49 030 %08d", ["Tauentzienstraße %d", "Barbarossastraße %d"]),
       ("Canada", "QC", "Montréal", "H%dS %d%s%d", "+1 (514) %03d-%04d", ["%d, rue Sainte-Catherine Ouest", "%d Rue Saint-Denis"]),
       ("Canada", "AB", "Edmonton", "T%dG %d%s%d", "+1 (780) %03d-%04d", ["%d 8210 111 ST NW", "%d Jasper Ave NW"]),
       ("Canada", "ON", "Toronto", "M%dV %d%s%d", "+1 (416) %03d-%04d", ["%d Bay Street", "%d Queen Street West"]),
       ("Norway", "", "Oslo", "0%03d", "+47 22 %02d %02d %02d", ["Ullevålsveien %d", "Karl Johans gate %d"]),
       ("Czech Republic", "", "Prague", "1%02d 00", "+420 2 %04d %04d", ["Klanova %d", "Rilská %d"]),
       ("Austria", "", "Vienne", "10%02d", "+43 01 %07d", ["Rotenturmstraße %d, 1010 Innere Stadt"]),
       ("Belgium", "", "Brussels", "1%03d", "+32 02 %03d %02d %02d", ["Grétrystraat %d"]),
       ("Denmark", "", "Copenhagen", "1%03d", "+453 %04d %04d", ["Sønder Boulevard %d"]),
       ("USA", "CA", "Mountain View", "9404%d-%04d", "+1 (650) %03d-%04d", ["%d Amphitheatre Parkway", "%d Castro Street"]),
       ("USA", "WA", "Redmond", "9805%d-%04d", "+1 (425) %03d-%04d", ["%d Microsoft Way", "%d NE 85th St"]),
       ("USA", "NY", "New York", "100%02d", "+1 (212) %03d-%04d", ["%d Broadway", "%d Lexington Ave"]),
       ("USA", "IL", "Chicago", "606%02d", "+1 (312) %03d-%04d", ["%d N. Michigan Ave", "%d S Wabash Ave"]),
       ("Portugal", "", "Lisbon", "1%03d-%03d", "+351 (213) %03d-%03d", ["Rua da Assunção %d", "Av. da Liberdade %d"]),
       ("Portugal", "", "Porto", "4%03d-%03d", "+351 (225) %03d-%03d", ["Rua dos Campeões Europeus de Viena, %d"]),
       ("France", "", "Paris", "750%02d", "+33 01 %02d %02d %02d %02d", ["%d, Rue Lamarck", "%d Rue de Rivoli"]),
       ("France", "", "Lyon", "6900%d", "+33 04 %02d %02d %02d %02d", ["%d Rue Hanovre", "%d Place Bellecour"]),
       ("Finland", "", "Helsinki", "00%03d", "+358 09 %03d %04d", ["Porthaninkatu %d"]),
       ("Hungary", "", "Budapest", "H-1%03d", "+36 01 %03d %04d", ["Erzsébet krt. %d."]),
       ("Ireland", "Dublin", "Dublin", "", "+353 01 %04d %03d", ["%d Temple Bar"]),
       ("United Kingdom", "", "London", "SW1V %d%s%s", "+44 020 %04d %04d", ["%d Ebury Street", "%d Longford Street"]),
       ("United Kingdom", "", "Edinburgh ", "EH4 %d%s%s", "+44 0131 %03d %04d", ["%d Raeburn Place"]),
       ("Chile", "", "Santiago", "", "+56 (0)2 %03d %04d", ["Calle Lira, %d"]),
       ("India", "", "Delhi", "110%03d", "+91 0124 %08d", ["%d, Raj Bhavan Road"]),
       ("India", "", "Bangalore", "560%03d", "+91 080 %08d", ["%d, Residency Road"]),
       ("Sweden", "", "Stockholm", "1%02d %02d", "+46 08-%03d %02d %02d", ["Celsiusg. %d"]),
       ("Netherlands", "VV", "Amsterdam", "10%02d", "+31 020 %07d", ["Lijnbaansgracht %d"]),
       ("Australia", "NSW", "Sidney", "2%03d", "+61 (02) %04d %04d", ["%d Bathurst Street"])]
def fill(fmt):
    out = []
    for part in fmt.split("%"):
        out.append(part)
    s = fmt
    while "%" in s:
        i = s.index("%"); j = i + 1
        while s[j].isdigit() or s[j] == "0": j += 1
        spec = s[i:j + 1]
        v = rnd.choice("ABCEGHJKLMNPRSTVXY") if spec == "%s" else (spec % rnd.randint(0, 10 ** int(spec[2:-1] or 1) - 1) if spec[1:-1] else str(rnd.randint(1, 9)))
        s = s[:i] + v + s[j + 1:]
    return s
def place():
    c, st, city, pc, ph, streets = rnd.choice(LOC)
    return [fill(rnd.choice(streets)) if "%" in " ".join(streets) else rnd.choice(streets), city.strip() if city.strip() != "Edinburgh" else city, st, c,
            fill(pc) if pc else "", fill(ph)]
def ts(d): return d.strftime("%Y-%m-%d 00:00:00")
emp = [["1", "Adamsen", "Andrea", "General Manager", "", "1962-02-18 00:00:00", "2002-08-14 00:00:00"],
       ["2", "Edwardson", "Nina", "Sales Manager", "1", "1958-12-08 00:00:00", "2002-05-01 00:00:00"],
       ["3", "Peacock-Hale", "Jana", "Sales Support Agent", "2", "1973-08-29 00:00:00", "2002-04-01 00:00:00"],
       ["4", "Parkin", "Magnus", "Sales Support Agent", "2", "1947-09-19 00:00:00", "2003-05-03 00:00:00"],
       ["5", "Johansen", "Stefan", "Sales Support Agent", "2", "1965-03-03 00:00:00", "2003-10-17 00:00:00"],
       ["6", "Mitchum", "Micah", "IT Manager", "1", "1973-07-01 00:00:00", "2003-10-17 00:00:00"],
       ["7", "Kingsley", "Roberta", "IT Staff", "6", "1970-05-29 00:00:00", "2004-01-02 00:00:00"],
       ["8", "Callahan", "Laurel", "IT Staff", "6", "1968-01-09 00:00:00", "2004-03-04 00:00:00"]]
for e in emp:
    a = ["%d %s" % (rnd.randint(100, 12000), rnd.choice(["Jasper Ave NW", "8 Ave SW", "104 St NW", "Macleod Trail SW"])),
         rnd.choice(["Edmonton", "Calgary", "Lethbridge"]), "AB", "Canada", "T%dK %d%s%d" % (rnd.randint(1, 9), rnd.randint(1, 9), rnd.choice("ABEGHJ"), rnd.randint(1, 9))]
    p = "+1 (403) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))
    e += a + [p, "+1 (403) %03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999)), e[2].lower() + "@chinookcorp.com"]
w("Employee", ["EmployeeId", "LastName", "FirstName", "Title", "ReportsTo", "BirthDate", "HireDate", "Address", "City", "State",
               "Country", "PostalCode", "Phone", "Fax", "Email"], emp)
COMP = ["Embraer - Empresa Brasileira de Aeronáutica S.A.", "JetBrains s.r.o.", "Woodstock Discos", "Banco do Brasil S.A.", "Riotur",
        "Telus", "Rogers Canada", "Google Inc.", "Microsoft Corporation", "Apple Inc."]
DOM = ["gmail.com", "yahoo.com", "hotmail.com", "apple.com", "uol.com.br", "gmx.de", "yahoo.fr", "web.de", "free.fr", "mac.com", "shaw.ca", "telus.net"]
cust = []
for i in range(1, 301):
    fn, ln = rnd.choice(GIVEN), rnd.choice(FAMILY); p = place()
    comp = rnd.choice(COMP) if rnd.random() < 0.15 else ""
    fax = fill(rnd.choice(LOC)[4]) if comp else ""
    em = (fn[0] + ln.replace(" ", "").replace("'", "")).lower() + "@" + rnd.choice(DOM) if rnd.random() < 0.5 else (fn + ln[0]).lower() + "@" + rnd.choice(DOM)
    cust.append([str(i), fn, ln, comp] + p[:5] + [p[5], fax, em, rnd.choice(["3", "4", "5"])])
w("Customer", ["CustomerId", "FirstName", "LastName", "Company", "Address", "City", "State", "Country", "PostalCode", "Phone", "Fax",
               "Email", "SupportRepId"], cust)
GENRE = 25; ALB = 347
WORDS = ["Night", "Road", "Fire", "Love", "River", "Blue", "Highway", "Dream", "Thunder", "Heart", "Stone", "Rain", "Summer", "Shadow",
         "Gold", "Train", "City", "Angel", "Wild", "Moon", "Electric", "Lonely", "Dancing", "Broken", "Sweet", "Midnight"]
CLASSIC = ["Johann Sebastian Bach", "Wolfgang Amadeus Mozart", "Ludwig van Beethoven", "Antonio Vivaldi", "Frédéric Chopin",
           "Pyotr Ilyich Tchaikovsky", "Giuseppe Verdi", "Edvard Grieg", "Claude Debussy", "Gustav Mahler"]
WRITERS = ["Angelo Ricci", "Bram Holloway", "Cliff Dawes", "Dusty Marlowe", "Ezra Vance", "Flynn Carver", "Gus Tremaine", "Hal Ormsby",
           "Iggy Stroud", "Jonah Pell", "Kip Lassiter", "Lou Brannigan", "Mick Corrigan", "Nash Eberly", "Otis Fairweather", "Rex Calloway"]
track = []
for i in range(1, 351):
    n = " ".join(rnd.sample(WORDS, rnd.choice([1, 2, 2, 3])))
    if rnd.random() < 0.1: n += " (Live)"
    r = rnd.random()
    comp = rnd.choice(CLASSIC) if r < 0.15 else ", ".join(rnd.sample(WRITERS, rnd.choice([1, 2, 3]))) if r < 0.75 else (rnd.choice(WRITERS) + "/" + rnd.choice(WRITERS)) if r < 0.85 else ""
    ms = rnd.randint(90000, 600000)
    track.append([str(i), n, str(rnd.randint(1, ALB)), str(rnd.choice([1, 1, 1, 2, 3])), str(rnd.randint(1, GENRE)), comp, str(ms),
                  str(ms * rnd.randint(28, 34)), rnd.choice(["0.99"] * 9 + ["1.99"])])
w("Track", ["TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer", "Milliseconds", "Bytes", "UnitPrice"], track)
inv = []; lines = []; lid = 0
for i in range(1, 701):
    c = rnd.choice(cust); d = datetime.date(2009, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1825))
    n = rnd.choice([1, 2, 2, 3, 4, 6]); tot = 0
    for k in range(n):
        if lid >= 1800: break
        lid += 1; t = rnd.choice(track); tot += float(t[8]); lines.append([str(lid), str(i), t[0], t[8], "1"])
    inv.append([str(i), c[0], ts(d), c[4], c[5], c[6], c[7], c[8], "%.2f" % max(tot, 0.99)])
w("Invoice", ["InvoiceId", "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity", "BillingState", "BillingCountry",
              "BillingPostalCode", "Total"], inv)
w("InvoiceLine", ["InvoiceLineId", "InvoiceId", "TrackId", "UnitPrice", "Quantity"], lines)
cols = {"Employee.EmployeeId": "QUASI_IDENTIFIER", "Employee.LastName": "FAMILY_NAME", "Employee.FirstName": "GIVEN_NAME",
        "Employee.Title": "NON_IDENTIFYING", "Employee.ReportsTo": "QUASI_IDENTIFIER", "Employee.BirthDate": "DATE_OF_BIRTH",
        "Employee.HireDate": "DATE", "Employee.Address": "STREET_ADDRESS", "Employee.City": "CITY", "Employee.State": "NON_IDENTIFYING",
        "Employee.Country": "NON_IDENTIFYING", "Employee.PostalCode": "ZIP_CODE", "Employee.Phone": "TELEPHONE_NUMBER",
        "Employee.Fax": "TELEPHONE_NUMBER", "Employee.Email": "EMAIL_ADDRESS",
        "Customer.CustomerId": "OTHER_UNIQUE_IDENTIFIER", "Customer.FirstName": "GIVEN_NAME", "Customer.LastName": "FAMILY_NAME",
        "Customer.Company": "NON_IDENTIFYING", "Customer.Address": "STREET_ADDRESS", "Customer.City": "CITY", "Customer.State": "NON_IDENTIFYING",
        "Customer.Country": "NON_IDENTIFYING", "Customer.PostalCode": "ZIP_CODE", "Customer.Phone": "TELEPHONE_NUMBER",
        "Customer.Fax": "TELEPHONE_NUMBER", "Customer.Email": "EMAIL_ADDRESS", "Customer.SupportRepId": "QUASI_IDENTIFIER",
        "Invoice.InvoiceId": "OTHER_UNIQUE_IDENTIFIER", "Invoice.CustomerId": "OTHER_UNIQUE_IDENTIFIER", "Invoice.InvoiceDate": "DATE",
        "Invoice.BillingAddress": "STREET_ADDRESS", "Invoice.BillingCity": "CITY", "Invoice.BillingState": "NON_IDENTIFYING",
        "Invoice.BillingCountry": "NON_IDENTIFYING", "Invoice.BillingPostalCode": "ZIP_CODE", "Invoice.Total": "NON_IDENTIFYING",
        "InvoiceLine.InvoiceLineId": "NON_IDENTIFYING", "InvoiceLine.InvoiceId": "OTHER_UNIQUE_IDENTIFIER", "InvoiceLine.TrackId": "NON_IDENTIFYING",
        "InvoiceLine.UnitPrice": "NON_IDENTIFYING", "InvoiceLine.Quantity": "NON_IDENTIFYING"}
for c in ["TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer", "Milliseconds", "Bytes", "UnitPrice"]:
    cols["Track." + c] = "NON_IDENTIFYING"
gold = {"dataset": "chinook-music", "description": "Invented extract shaped after the Chinook sample database: Employee 8 (EmployeeId, names, Title, ReportsTo self-FK, BirthDate/HireDate 'yyyy-mm-dd 00:00:00', Alberta address, T5K 2N1 postcodes, phones, @chinookcorp.com email), Customer 300 (names, Company mostly empty, Address, City, State, Country, PostalCode in 20 countries' formats, Phone/Fax in international formats, Email built from the name, SupportRepId FK), Invoice 700 (CustomerId FK, InvoiceDate, billing address copied from the customer, Total), InvoiceLine 1800, Track 350 (public-work metadata: Name, Composer incl. classical composers, Milliseconds, Bytes, UnitPrice)",
        "delimiter": ",", "entity": "Customer", "columns": cols,
        "foreignKeys": [{"column": "Customer.SupportRepId", "references": "Employee.EmployeeId"}, {"column": "Employee.ReportsTo", "references": "Employee.EmployeeId"},
                        {"column": "Invoice.CustomerId", "references": "Customer.CustomerId"}, {"column": "InvoiceLine.InvoiceId", "references": "Invoice.InvoiceId"},
                        {"column": "InvoiceLine.TrackId", "references": "Track.TrackId"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

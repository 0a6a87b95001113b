#!/usr/bin/env python3
"""Writes tattoo-consent-ca: an invented booking/consent-form export of a FICTIONAL Canadian tattoo and piercing studio
group with shops in Calgary, Toronto and Vancouver (breaker91; seeded, Python standard library only). ',' CSV, ISO dates
on the consent form, 'MM/DD/YYYY' and '2:30 PM' on appointments, '$' amounts with decimal points, English headers as
booking tools (Square/Tattoogenda style) export them. artists (12: Artist ID, Artist, Shop, Specialty, Station, Licence
No (provincial personal-services permit), Instagram of the artist), clients (1,100: Client ID, First Name, Last Name, DOB,
Age (some minors 16-17 with a guardian; 4 over 89), Guardian Name, Guardian ID No, ID Type, ID Number (Alberta DL
'123456-789', Ontario DL 'A1234-12345-12345' with the birth date YYMMDD (month+50 for women) at the end, BC DL 7 digits,
passport 'AB123456'), Province, Health Card No (AHCIP '12345-6789', OHIP '1234-567-890-AB' with its Luhn digit, BC PHN
10 digits with its mod-11 check), Phone '(403) 555-0123', Email, Instagram '@handle', Street Address, City, Postal Code
'T2P 1J9', Allergies, Medical Conditions, Signed At, Marketing Opt-In), appointments (3,300: Appt ID, Client ID, Date,
Start Time, Artist, Service, Placement, Design Description (free text; memorial pieces name a person, 'in memory of Mom,
Linda 1956-2020'), Size (in), Hours, Deposit ($), Deposit Method, e-Transfer Ref 'CAJh7Rk2Pq', Total ($), Tip ($), Photo
Files 'IMG_4821.HEIC;IMG_4822.HEIC' or '2025-05-12_mcdonald_forearm_01.jpg', Notes).
Deliberate coincidences: the surname Hamilton beside the city Hamilton ON, the surname Banff beside 'Banff Trail NW'; given names Rose, Lily and Iris beside designs 'rose', 'lily and peony', 'iris sleeve'; given
name Jude beside the shop 'St. Jude Ink'; artists Nguyen and Singh beside clients with those surnames."""
import csv, json, os, random, datetime
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(910002)
GIVEN = ["Liam", "Noah", "Ethan", "Lucas", "Owen", "Jude", "Arjun", "Mateo", "Connor", "Tyler", "Kyle", "Jaxon",
         "Wei", "Gurpreet", "Marc-André", "Hamza", "Dylan", "Brandon", "Cody", "Ryan",
         "Olivia", "Emma", "Rose", "Lily", "Iris", "Chloé", "Ava", "Harpreet", "Mei", "Sarah", "Jessica", "Ashley",
         "Brittany", "Kayla", "Madison", "Zoë", "Amélie", "Priya", "Linda", "Megan"]
FEMALE = set(GIVEN[20:])
FAMILY = ["Smith", "Brown", "Tremblay", "Martin", "Roy", "Wilson", "MacDonald", "Gagnon", "Johnson", "Taylor",
          "Campbell", "Anderson", "Lee", "Nguyen", "Singh", "Wong", "Chen", "Patel", "Thompson", "Hamilton", "Banff",
          "Morrison", "Côté", "Bouchard", "Cardinal", "Whitehorse", "Fraser", "Mackenzie", "O'Neill", "Kowalski",
          "Sandhu", "Dhaliwal", "Leblanc", "Bergeron", "Scott", "Reid"]
CITIES = {"AB": [("Calgary", "T2P", ["Banff Trail NW", "17 Ave SW", "Centre St N", "Macleod Trail SE", "Kensington Rd NW"], "403"),
                 ("Airdrie", "T4B", ["Main St N", "Yankee Valley Blvd"], "403"),
                 ("Edmonton", "T5J", ["Whyte Ave NW", "Jasper Ave", "124 St NW"], "780")],
          "ON": [("Toronto", "M5V", ["Queen St W", "Dundas St W", "Ossington Ave", "Spadina Ave"], "416"),
                 ("Hamilton", "L8P", ["James St N", "King St E", "Locke St S"], "905"),
                 ("Mississauga", "L5B", ["Hurontario St", "Burnhamthorpe Rd W"], "905")],
          "BC": [("Vancouver", "V6B", ["Main St", "Commercial Dr", "Granville St", "E Hastings St"], "604"),
                 ("Victoria", "V8W", ["Fort St", "Douglas St", "Cook St"], "250"),
                 ("Surrey", "V3T", ["King George Blvd", "104 Ave"], "604")]}
LET = "ABCEGHJKLMNPRSTVWXYZ"
def postal(fsa):
    return "%s %d%s%d" % (fsa, rnd.randint(0, 9), rnd.choice(LET), rnd.randint(0, 9))
def phone(area):
    n = (area, rnd.randint(200, 989), rnd.randint(0, 9999))
    return rnd.choice(["(%s) %d-%04d", "(%s) %d-%04d", "%s-%d-%04d", "%s.%d.%04d", "+1 %s %d %04d"]) % n
def luhn_digit(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        t += x
    return str((10 - t % 10) % 10)
def health(prov):
    if prov == "ON":
        b = str(rnd.randint(1, 9)) + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        n = b + luhn_digit(b)
        return "%s-%s-%s-%s" % (n[:4], n[4:7], n[7:], "".join(rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)))
    if prov == "AB":
        b = "".join(str(rnd.randint(0, 9)) for _ in range(8))
        n = b + luhn_digit(b)
        return n[:5] + "-" + n[5:]
    while True:
        b = "9" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
        r = sum(int(x) * w for x, w in zip(b[1:], [2, 4, 8, 5, 10, 9, 7, 3])) % 11
        if r != 1:
            c = 11 - r if r else 0
            if c < 10:
                return rnd.choice(["%s %s %s", "%s%s%s"]) % (b[:4], b[4:7], b[7:] + str(c))
def dl(prov, last, dob, female):
    if prov == "AB":
        return "%06d-%03d" % (rnd.randint(100000, 199999), rnd.randint(0, 999))
    if prov == "ON":
        m = dob.month + (50 if female else 0)
        tail = "%02d%02d%02d" % (dob.year % 100, m, dob.day)
        digits = "%04d%04d" % (rnd.randint(0, 9999), rnd.randint(0, 9999)) + tail
        return "%s%s-%s-%s" % (last[0].upper(), digits[:4], digits[4:9], digits[9:])
    return "%07d" % rnd.randint(1000000, 9999999)
def asc(s):
    return s.translate(str.maketrans("éèôöëç", "eeooec")).replace("'", "").replace("-", "").replace(" ", "").lower()
TODAY = datetime.date(2026, 11, 30)
SHOPS = [("St. Jude Ink - Calgary", "AB"), ("St. Jude Ink - Queen West", "ON"), ("St. Jude Ink - Main St", "BC")]
ARTISTS = [("Minh", "Nguyen"), ("Jas", "Singh"), ("Becca", "Tremblay"), ("Dmitri", "Volkov"), ("Kai", "Whitford"),
           ("Sofia", "Reyes"), ("Tanner", "Ross"), ("Ayumi", "Kato"), ("Noor", "Haddad"), ("Logan", "Pelletier"),
           ("Shay", "McLeod"), ("Rita", "Dhaliwal")]
artists = []
for i, (g, f) in enumerate(ARTISTS):
    shop, prov = SHOPS[i % 3]
    artists.append(["A%03d" % (101 + i), g + " " + f, shop, rnd.choice(["Fine line", "Traditional", "Blackwork", "Realism", "Japanese", "Piercing"]),
                    "Station %d" % (i // 3 + 1), "%s-PSP-%05d" % (prov, rnd.randint(10000, 99999)),
                    "@" + asc(g) + "." + rnd.choice(["tattoos", "ink", "pierces"])])
RELS = ["Mom", "Dad", "Grandma", "Grandpa", "my brother", "my sister", "Nan", "Auntie"]
clients = []
for i in range(1100):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); fem = g in FEMALE
    r = rnd.random()
    age = rnd.randint(16, 17) if r < 0.06 else (rnd.randint(90, 93) if r < 0.064 else rnd.choice([rnd.randint(18, 35)] * 3 + [rnd.randint(36, 75)]))
    dob = TODAY - datetime.timedelta(days=int(age * 365.25) + rnd.randint(1, 360))
    age = (TODAY - dob).days * 100 // 36525
    prov = rnd.choice(["AB", "AB", "ON", "ON", "BC"])
    city, fsa, streets, area = rnd.choice(CITIES[prov])
    guardian = gid = ""
    if age < 18:
        gg = rnd.choice(GIVEN)
        guardian = gg + " " + f if rnd.random() < 0.8 else gg + " " + rnd.choice(FAMILY)
        gid = dl(prov, f, dob.replace(year=dob.year - 28), gg in FEMALE)
        idt, idn = rnd.choice(["Student ID", "Health Card"]), ""
    else:
        idt = rnd.choice(["Driver's Licence"] * 4 + ["Passport"])
        idn = dl(prov, f, dob, fem) if idt != "Passport" else "%s%06d" % ("".join(rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)), rnd.randint(0, 999999))
    addr = ("%d %s" % (rnd.randint(10, 9999), rnd.choice(streets))) if rnd.random() < 0.8 else ("#%d-%d %s" % (rnd.randint(101, 2409), rnd.randint(10, 999), rnd.choice(streets)))
    handle = ("@" + asc(g) + rnd.choice([".", "_", ""]) + asc(f)[:rnd.randint(3, 6)] + rnd.choice(["", "", str(rnd.randint(1, 99))])) if rnd.random() < 0.55 else ""
    email = "%s%s%s@%s" % (asc(g), rnd.choice([".", "_", ""]), asc(f), rnd.choice(["gmail.com", "hotmail.com", "shaw.ca", "outlook.com", "icloud.com", "rogers.com"])) if rnd.random() < 0.9 else ""
    signed = datetime.datetime(2022, 1, 1) + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 1700))
    clients.append(["CL-%05d" % (30011 + i * 7), g, f, dob.isoformat(), str(age), guardian, gid, idt, idn, prov,
                    health(prov) if rnd.random() < 0.7 else "", phone(area), email, handle, addr, city, postal(fsa),
                    rnd.choice(["", "", "", "None", "Latex", "Nickel", "Penicillin", "Red ink?"]),
                    rnd.choice(["", "", "", "None", "Type 1 diabetes", "Eczema", "On blood thinners", "Keloid history", "Pregnant - declined"]),
                    signed.strftime("%Y-%m-%d %H:%M"), rnd.choice(["Yes", "No"])])
PLACES_ = ["Left forearm", "Right forearm", "Upper back", "Ribs", "Left calf", "Right thigh", "Sternum", "Behind ear",
           "Inner wrist", "Ankle", "Full sleeve (R)", "Helix", "Septum", "Nostril", "Navel", "Tragus"]
DESIGNS = ["Fine line rose with stem", "Lily and peony bouquet", "Iris sleeve continuation", "Traditional swallow",
           "Japanese koi, colour", "Geometric mandala", "Script 'Still I Rise'", "Mountain range with pines (Rockies)",
           "Blackwork snake", "Maple leaf, small", "Compass + coordinates", "Cover-up of old tribal", "Wolf portrait realism"]
appts = []
for k in range(3300):
    c = rnd.choice(clients)
    a = rnd.choice(artists)
    dt = datetime.date(2023, 1, 2) + datetime.timedelta(days=rnd.randint(0, 1400))
    pierce = a[3] == "Piercing"
    rr = rnd.random()
    if pierce:
        place = rnd.choice(PLACES_[11:]); design = rnd.choice(["Titanium labret 16g", "Clicker ring 14k", "Curved barbell", "Stud 3mm opal"])
    else:
        place = rnd.choice(PLACES_[:11])
        if rr < 0.08:
            y1 = rnd.randint(1935, 1980)
            design = "Memorial: in memory of %s, %s %d-%d" % (rnd.choice(RELS), rnd.choice(GIVEN), y1, rnd.randint(2010, 2025))
        elif rr < 0.12:
            design = "Name script '%s' with heart" % rnd.choice(GIVEN)
        elif rr < 0.14:
            design = "Matching tattoo w/ sister %s %s (booked separately)" % (rnd.choice(GIVEN[20:]), c[2])
        else:
            design = rnd.choice(DESIGNS)
    hours = "" if pierce else "%.1f" % rnd.choice([1, 1.5, 2, 3, 4, 5, 6])
    total = (rnd.choice([45, 60, 75, 90]) if pierce else float(hours) * rnd.choice([150, 175, 200]))
    dep = "" if pierce else "%.2f" % rnd.choice([50, 100, 150, 200])
    meth = "" if not dep else rnd.choice(["Interac e-Transfer", "Interac e-Transfer", "Cash", "Credit"])
    ref = ("CA" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(8))) if meth == "Interac e-Transfer" else ""
    if rnd.random() < 0.6:
        n = rnd.randint(1000, 9900)
        photos = ";".join("IMG_%04d.HEIC" % (n + j) for j in range(rnd.randint(1, 3)))
    else:
        photos = "%s_%s_%s_%02d.jpg" % (dt.isoformat(), asc(c[2]), asc(place.split()[-1]).strip("()"), rnd.randint(1, 4))
    note = ""
    q = rnd.random()
    if q < 0.04:
        note = "Guardian %s present, signed. Call %s if late" % (c[5] or rnd.choice(GIVEN), phone("403"))
    elif q < 0.1:
        note = rnd.choice(["Touch-up free within 3 mo", "Client fainted, rescheduled", "Reschedule - 48h notice given", "Deposit forfeited (no-show)", "Second session needed"])
    h = rnd.choice([10, 11, 12, 1, 2, 3, 4, 5, 6]); mi = rnd.choice([0, 15, 30, 45])
    appts.append(["AP%06d" % (700001 + k), c[0], dt.strftime("%m/%d/%Y"), "%d:%02d %s" % (h, mi, "AM" if h in (10, 11) else "PM"), a[1],
                  "Piercing" if pierce else "Tattoo", place, design, "" if pierce else str(rnd.choice([2, 3, 4, 6, 8, 12])), hours,
                  dep, meth, ref, "%.2f" % total, "%.2f" % (total * rnd.choice([0, 0.1, 0.15, 0.2])), photos, note])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
AR_HEAD = ["Artist ID", "Artist", "Shop", "Specialty", "Station", "Licence No", "Instagram"]
CL_HEAD = ["Client ID", "First Name", "Last Name", "DOB", "Age", "Guardian Name", "Guardian ID No", "ID Type", "ID Number",
           "Province", "Health Card No", "Phone", "Email", "Instagram", "Street Address", "City", "Postal Code", "Allergies",
           "Medical Conditions", "Signed At", "Marketing Opt-In"]
AP_HEAD = ["Appt ID", "Client ID", "Date", "Start Time", "Artist", "Service", "Placement", "Design Description", "Size (in)",
           "Hours", "Deposit ($)", "Deposit Method", "e-Transfer Ref", "Total ($)", "Tip ($)", "Photo Files", "Notes"]
write("artists", AR_HEAD, artists); write("clients", CL_HEAD, clients); write("appointments", AP_HEAD, appts)
L = {"artists.Artist ID": "QUASI_IDENTIFIER", "artists.Artist": "NAME", "artists.Shop": "NON_IDENTIFYING",
     "artists.Specialty": "NON_IDENTIFYING", "artists.Station": "NON_IDENTIFYING", "artists.Licence No": "QUASI_IDENTIFIER",
     "artists.Instagram": "URL",
     "clients.Client ID": "OTHER_UNIQUE_IDENTIFIER", "clients.First Name": "GIVEN_NAME", "clients.Last Name": "FAMILY_NAME",
     "clients.DOB": "DATE_OF_BIRTH", "clients.Age": "AGE", "clients.Guardian Name": "NAME",
     "clients.Guardian ID No": "CERTIFICATE_LICENSE_NUMBER", "clients.ID Type": "NON_IDENTIFYING",
     "clients.ID Number": "CERTIFICATE_LICENSE_NUMBER", "clients.Province": "NON_IDENTIFYING",
     "clients.Health Card No": "HEALTH_PLAN_BENEFICIARY_NUMBER", "clients.Phone": "TELEPHONE_NUMBER",
     "clients.Email": "EMAIL_ADDRESS", "clients.Instagram": "URL", "clients.Street Address": "STREET_ADDRESS",
     "clients.City": "CITY", "clients.Postal Code": "ZIP_CODE", "clients.Allergies": "NON_IDENTIFYING",
     "clients.Medical Conditions": "NON_IDENTIFYING", "clients.Signed At": "DATE", "clients.Marketing Opt-In": "NON_IDENTIFYING",
     "appointments.Appt ID": "OTHER_UNIQUE_IDENTIFIER", "appointments.Client ID": "OTHER_UNIQUE_IDENTIFIER",
     "appointments.Date": "DATE", "appointments.Start Time": "DATE", "appointments.Artist": "NAME",
     "appointments.Service": "NON_IDENTIFYING", "appointments.Placement": "NON_IDENTIFYING",
     "appointments.Design Description": "FREE_TEXT", "appointments.Size (in)": "NON_IDENTIFYING",
     "appointments.Hours": "NON_IDENTIFYING", "appointments.Deposit ($)": "NON_IDENTIFYING",
     "appointments.Deposit Method": "NON_IDENTIFYING", "appointments.e-Transfer Ref": "ACCOUNT_NUMBER",
     "appointments.Total ($)": "NON_IDENTIFYING", "appointments.Tip ($)": "NON_IDENTIFYING",
     "appointments.Photo Files": "OTHER_UNIQUE_IDENTIFIER", "appointments.Notes": "FREE_TEXT"}
gold = {"dataset": "tattoo-consent-ca",
        "description": "Invented booking and consent-form export of a fictional Canadian tattoo and piercing studio group (St. Jude Ink, Calgary / Toronto / Vancouver) (breaker91), ',', ISO dates on clients, MM/DD/YYYY and '2:30 PM' on appointments: artists 12 (Artist ID 'A101', 'Minh Nguyen' (staff), shop, specialty, station, Licence No 'AB-PSP-12345', Instagram '@minh.ink'), clients 1,100 (Client ID 'CL-30011', First/Last Name, DOB ISO, Age (6% minors 16-17 with Guardian Name and Guardian ID No; 4 over 89), ID Type, ID Number (Alberta DL '123456-789', Ontario DL 'A1234-12345-12345' ending in YYMMDD with month+50 for women, BC DL 7 digits, passport 'AB123456'), Province, Health Card No (AHCIP '12345-6789', OHIP '1234-567-890-AB' Luhn, BC PHN '9123 456 789' mod 11), Phone '(403) 555-0123' and other shapes, Email, Instagram '@handle', Street Address '#1203-455 17 Ave SW', City, Postal Code 'T2P 1J9', Allergies, Medical Conditions, Signed At 'yyyy-mm-dd HH:MM', Marketing Opt-In), appointments 3,300 (Appt ID, Client ID, Date, Start Time, Artist (staff name), Service, Placement, Design Description (free text; 8% memorials naming a person with years, some a name script or a sister with the client's surname), Size (in), Hours, Deposit ($), Deposit Method, e-Transfer Ref 'CAJh7Rk2Pq', Total ($), Tip ($), Photo Files 'IMG_4821.HEIC' or '2025-05-12_mcdonald_forearm_01.jpg', Notes). Labels: DL numbers and the guardian's ID CERTIFICATE_LICENSE_NUMBER; health card HEALTH_PLAN_BENEFICIARY_NUMBER; Instagram handles URL (a web identifier); e-Transfer Ref ACCOUNT_NUMBER; Photo Files OTHER_UNIQUE_IDENTIFIER (file names, some holding the client's surname); Province NON_IDENTIFYING (a state); artist ID and permit QUASI_IDENTIFIER; allergies and conditions NON_IDENTIFYING. Coincidences: surname Hamilton beside the city Hamilton; surname Banff beside 'Banff Trail NW'; given names Rose, Lily, Iris beside the designs 'Fine line rose', 'Lily and peony', 'Iris sleeve'; given name Jude beside the shop 'St. Jude Ink'; artists Nguyen, Singh, Tremblay, Dhaliwal beside clients with those surnames; given name Linda in memorial designs.",
        "entity": "clients", "columns": L,
        "foreignKeys": [{"column": "appointments.Client ID", "references": "clients.Client ID"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

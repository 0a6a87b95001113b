#!/usr/bin/env python3
"""Writes twilio-sms-log: an invented Twilio Programmable Messaging log of a US car-service chain (seeded, stdlib only):
messages.csv (the Messages log as exported from the Console: SM Sid, From and To in E.164, Body, Status, Direction,
Date Sent and Date Created in RFC 2822 as the API writes them, Price, Price Unit, Num Segments, Error Code, Account Sid,
Messaging Service Sid, Api Version, Num Media), contacts.csv (the CRM list the messages are sent to: contact id, names,
E.164 mobile, e-mail, ZIP, opt-in time ISO-8601, opt-in source, home store, vehicle, licence plate, status) and
phone_numbers.csv (the account's 12 store numbers: PN Sid, Phone Number, Friendly Name, capabilities, Date Created).
Bodies: reminders naming the customer and the store, one-time codes, order and pick-up notices with street addresses,
promotions, inbound replies (C, Y, STOP, free text naming people, a new address). Coincidences: the store 'Madison Ave'
and the given name Madison; the store 'Carter Rd' and the surname Carter; the keyword replies 'C' and 'Y'."""
import csv, json, random, datetime, email.utils
rnd = random.Random(491203)
GIVEN = ["Madison", "Brandon", "Kayla", "Luis", "Tiffany", "Derek", "Monique", "Trevor", "Jasmine", "Hector", "Brittany",
         "Cody", "Alyssa", "Terrence", "Kimberly", "Raj", "Lan", "Dmitri", "Rosa", "Gary", "Shanice", "Wyatt", "Crystal",
         "Malik", "Heather", "Juan"]
FAMILY = ["Carter", "Jenkins", "Morales", "Pham", "Coleman", "Reed", "Bishop", "Vargas", "Holloway", "Fitzgerald", "Ortiz",
          "Greene", "Kaur", "Novak", "Sullivan", "Dubois", "Tran", "Mcallister", "Booker", "Esposito"]
STORES = [("Madison Ave", "614"), ("Carter Rd", "614"), ("Polaris", "614"), ("Grandview", "614"), ("Dublin", "614"),
          ("Westerville", "614"), ("Hilliard", "614"), ("Dayton North", "937"), ("Kettering", "937"),
          ("Cincinnati Eastgate", "513"), ("Mason", "513"), ("Akron Fairlawn", "330")]
AREAS = ["614", "614", "380", "937", "513", "330", "740", "419"]
ZIP3 = ["430", "431", "432", "453", "454", "450", "452", "443"]
STREETS = ["N High St", "E Broad St", "Cleveland Ave", "Morse Rd", "Sawmill Rd", "Karl Rd", "Riverside Dr", "Main St",
           "Livingston Ave", "Bethel Rd", "Olentangy River Rd", "Far Hills Ave"]
VEHICLES = ["2016 Honda Civic", "2019 Toyota RAV4", "2014 Ford F-150", "2021 Chevrolet Equinox", "2012 Nissan Altima",
            "2018 Jeep Cherokee", "2020 Subaru Outback", "2015 Hyundai Elantra", "2017 Kia Sorento", "2022 Tesla Model 3"]
HEX = "0123456789abcdef"
def sid(p):
    return p + "".join(rnd.choice(HEX) for _ in range(32))
def e164(area):
    return "+1%s%d%02d%04d" % (area, rnd.randint(2, 9), rnd.randint(20, 99), rnd.randint(0, 9999))
ACCOUNT = sid("AC")
SERVICES = [sid("MG"), sid("MG"), sid("MG")]  # reminders, verification, marketing
t0 = datetime.datetime(2025, 3, 3, 8, 0, 0)
stores = []
for name, area in STORES:
    stores.append(dict(name=name, num=e164(area), sid=sid("PN"), created=t0 - datetime.timedelta(days=rnd.randint(90, 1400), seconds=rnd.randint(0, 86399))))
contacts = []
for i in range(320):
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    st = rnd.choice(stores)
    contacts.append(dict(id=str(5000 + i * 3 + rnd.randint(0, 2)), g=g, f=f, mobile=e164(rnd.choice(AREAS)),
                         email=rnd.choice(["%s.%s@gmail.com", "%s%s@yahoo.com", "%s_%s@hotmail.com", "%s.%s@att.net"]) % (g.lower(), f.lower()) if rnd.random() < 0.8 else "",
                         zip=rnd.choice(ZIP3) + "%02d" % rnd.randint(1, 99),
                         optin=t0 - datetime.timedelta(days=rnd.randint(1, 900), seconds=rnd.randint(0, 86399)),
                         source=rnd.choice(["web_booking", "in_store", "keyword JOIN", "web_booking", "imported"]),
                         store=st, vehicle=rnd.choice(VEHICLES),
                         plate=rnd.choice(["%s%s%s%d%d%d%d", "%s%s%s %d%d%d%d"]) % tuple([rnd.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)] + [rnd.randint(0, 9) for _ in range(4)]),
                         status="subscribed"))
def addr():
    return "%d %s" % (rnd.randint(100, 8999), rnd.choice(STREETS))
def rfc(d):
    return email.utils.format_datetime(d.replace(tzinfo=datetime.timezone.utc))
messages = []
for k in range(2300):
    c = rnd.choice(contacts)
    st = c["store"]
    when = t0 + datetime.timedelta(minutes=rnd.randint(0, 60 * 24 * 270), seconds=rnd.randint(0, 59))
    kind = rnd.choices(["remind", "otp", "ready", "promo", "reply", "reply_text"], [30, 15, 15, 15, 15, 10])[0]
    svc, direction, frm, to = SERVICES[0], "outbound-api", st["num"], c["mobile"]
    appt = when + datetime.timedelta(days=rnd.randint(1, 3))
    if kind == "remind":
        body = "Hi %s, this is %s Quick Lube & Tire. Reminder: your %s is booked %s at %s. Reply C to confirm or R to reschedule." % (
            c["g"], st["name"], rnd.choice(["oil change", "tire rotation", "brake inspection", "state inspection"]),
            appt.strftime("%a %b %d"), rnd.choice(["8:00 AM", "9:30 AM", "11:00 AM", "1:30 PM", "3:00 PM"]))
    elif kind == "otp":
        svc = SERVICES[1]
        body = "Your Quick Lube verification code is %06d. It expires in 10 minutes." % rnd.randint(0, 999999)
    elif kind == "ready":
        body = "%s, your %s is ready for pickup at %s (%s). Total due $%.2f. Questions? Call %s" % (
            c["g"], c["vehicle"].split(" ", 1)[1], st["name"], addr(), rnd.uniform(39, 640), st["num"])
    elif kind == "promo":
        svc = SERVICES[2]
        body = rnd.choice(["Quick Lube: $20 off any synthetic oil change through Sunday. Show this text. Reply STOP to opt out.",
                           "Winter tires are in! Book at quicklube.example/tires. Reply STOP to opt out.",
                           "Quick Lube: Free wiper blades with any service this week. Reply STOP to opt out."])
    else:
        direction, frm, to, svc = "inbound", c["mobile"], st["num"], SERVICES[0]
        if kind == "reply":
            body = rnd.choice(["C", "C", "C", "Y", "Yes", "R", "STOP", "Ok", "c", "Thanks!"])
        else:
            body = rnd.choice(["Running 15 min late, sorry - %s" % c["g"],
                               "This is %s's wife, he can't make it today. Can we do Thursday?" % c["g"],
                               "My husband %s %s will drop the car off instead" % (rnd.choice(GIVEN), c["f"]),
                               "New address for the invoice: %s, Columbus OH %s" % (addr(), c["zip"]),
                               "Is the %s store open Sunday?" % rnd.choice(STORES)[0],
                               "Please call me back at %s" % e164(rnd.choice(AREAS)),
                               "Wrong number, I don't own a %s" % c["vehicle"].split(" ", 1)[1]])
    if direction == "inbound":
        status, err, price = "received", "", "-0.00790"
    else:
        status = rnd.choices(["delivered", "undelivered", "failed", "sent"], [90, 5, 2, 3])[0]
        err = {"undelivered": rnd.choice(["30003", "30005", "30006", "30007"]), "failed": rnd.choice(["21610", "30008"])}.get(status, "")
        price = "" if status == "failed" else "-%.5f" % (0.0079 * (1 + len(body) // 160))
    segs = str(1 + len(body) // 160)
    created = when - datetime.timedelta(seconds=rnd.randint(0, 3))
    messages.append([sid("SM" if direction == "outbound-api" else "SM"), frm, to, body, status, direction, rfc(when),
                     rfc(created), price, "USD", segs, err, ACCOUNT, svc, "2010-04-01", "0"])
messages.sort(key=lambda r: email.utils.parsedate_to_datetime(r[6]), reverse=True)
MSG_H = ["Sid", "From", "To", "Body", "Status", "Direction", "Date Sent", "Date Created", "Price", "Price Unit",
         "Num Segments", "Error Code", "Account Sid", "Messaging Service Sid", "Api Version", "Num Media"]
CON_H = ["contact_id", "first_name", "last_name", "mobile_e164", "email", "zip", "opted_in_at", "opt_in_source",
         "home_store", "vehicle", "license_plate", "sms_status"]
con_rows = [[c["id"], c["g"], c["f"], c["mobile"], c["email"], c["zip"], c["optin"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             c["source"], c["store"]["name"], c["vehicle"], c["plate"],
             "unsubscribed" if rnd.random() < 0.06 else "subscribed"] for c in contacts]
PN_H = ["Sid", "Phone Number", "Friendly Name", "Voice", "SMS", "MMS", "Date Created"]
pn_rows = [[s["sid"], s["num"], "Quick Lube %s" % s["name"], "true", "true", rnd.choice(["true", "false"]), rfc(s["created"])] for s in stores]
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("messages", MSG_H, messages); write("contacts", CON_H, con_rows); write("phone_numbers", PN_H, pn_rows)
N, O = "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER"
L = {"messages": [O, "TELEPHONE_NUMBER", "TELEPHONE_NUMBER", "FREE_TEXT", N, N, "DATE", "DATE", N, N, N, N, N, N, N, N],
     "contacts": [O, "GIVEN_NAME", "FAMILY_NAME", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE", "DATE", N, N, N,
                  "VEHICLE_IDENTIFIER", N],
     "phone_numbers": [N, "TELEPHONE_NUMBER", N, N, N, N, "DATE"]}
cols = {}
for t, h in (("messages", MSG_H), ("contacts", CON_H), ("phone_numbers", PN_H)):
    assert len(L[t]) == len(h)
    for c, lab in zip(h, L[t]):
        cols[t + "." + c] = lab
gold = {"dataset": "twilio-sms-log",
        "description": "Invented Twilio Messaging log of a US car-service chain, ',': 2300 messages newest first (SM Sid, From/To E.164 mixing 12 store numbers and 320 customers' mobiles, Body: reminders with the customer's first name, one-time codes, pick-up notices with addresses, promotions, inbound replies C/Y/STOP and free text naming relatives, new addresses and call-back numbers; Status, Direction, Date Sent/Date Created RFC 2822 'Tue, 04 Mar 2025 13:22:05 +0000', Price, one Account Sid AC..., three Messaging Service Sids MG..., Api Version '2010-04-01', a date-shaped constant), 320 contacts (ids, names, E.164 mobile, e-mail, ZIP, ISO-8601 opt-in time, store, vehicle year/make/model, licence plate) and 12 store phone numbers (PN Sid, number, friendly name, capabilities, RFC 2822 creation date). Account, service and number Sids are the business's own (NON_IDENTIFYING); the stores' numbers are TELEPHONE_NUMBER (as an organisation's phone in Synthea); the entity is the messages table (cuts take the newest messages; contacts and numbers are whole at every cut). The store 'Madison Ave' beside the given name Madison and 'Carter Rd' beside the surname Carter are deliberate",
        "delimiter": ",", "entity": "messages", "columns": cols, "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False); fh.write("\n")

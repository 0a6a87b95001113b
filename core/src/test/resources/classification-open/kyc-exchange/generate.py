#!/usr/bin/env python3
"""Writes kyc-exchange: an invented cryptocurrency exchange's KYC/AML export (seeded, Python 3 stdlib only).
customers (1,200: uid, e-mail, legal name, date of birth, nationality, residential address, phone, identity document
type/number/country/expiry, the passport MRZ's second line with its ICAO 9303 check digits, document and selfie image
file names, KYC level, review answer, risk score, PEP flag, source of funds), wallets (deposit addresses: Bitcoin
legacy Base58Check 1.../3... and bech32 bc1q... with valid checksums, Ethereum 0x... with EIP-55 checksums),
transfers (deposits and withdrawals with counterparty addresses, 64-hex transaction hashes, amounts, fees), logins
(IP address, device fingerprint, user agent) and a 15-row AML case file whose notes name customers and counterparties."""
import csv, json, random, datetime, hashlib, os

rnd = random.Random(340001)
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------- checksummed crypto addresses ----------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def b58check(version, payload):
    raw = bytes([version]) + payload
    raw += hashlib.sha256(hashlib.sha256(raw).digest()).digest()[:4]
    n = int.from_bytes(raw, "big"); s = ""
    while n:
        n, r = divmod(n, 58); s = B58[r] + s
    pad = len(raw) - len(raw.lstrip(b"\0"))
    return "1" * pad + s

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk
def bech32_addr(hrp, witver, prog):
    acc = bits = 0; data = [witver]
    for b in prog:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = bech32_polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)

RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B,
      0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088,
      0x0000000080008009, 0x000000008000000A, 0x000000008000808B, 0x800000000000008B, 0x8000000000008089,
      0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
M64 = (1 << 64) - 1
def keccak256(msg):
    rate = 136
    p = bytearray(msg) + b"\x01" + b"\0" * ((-len(msg) - 1) % rate)
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(p[off + 8 * i:off + 8 * i + 8], "little")
        for rc in RC:
            C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
            D = [C[(x - 1) % 5] ^ (((C[(x + 1) % 5] << 1) | (C[(x + 1) % 5] >> 63)) & M64) for x in range(5)]
            A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
            B = [[0] * 5 for _ in range(5)]
            for x in range(5):
                for y in range(5):
                    r = ROT[x][y]; v = A[x][y]
                    B[y][(2 * x + 3 * y) % 5] = ((v << r) | (v >> (64 - r))) & M64 if r else v
            A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
            A[0][0] ^= rc
    out = b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))
    return out
assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
def eth_addr():
    a = "%040x" % rnd.getrandbits(160)
    h = keccak256(a.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(a))
def btc_addr(kind):
    prog = bytes(rnd.getrandbits(8) for _ in range(20))
    return {"P2PKH": lambda: b58check(0, prog), "P2SH": lambda: b58check(5, prog),
            "P2WPKH": lambda: bech32_addr("bc", 0, prog)}[kind]()
def tron_addr():
    return b58check(0x41, bytes(rnd.getrandbits(8) for _ in range(20)))

# ---------- people ----------
COUNTRIES = {  # code: (alpha-3, nationality, given names, family names, cities with postcode maker, street maker, phone, passport maker)
    "GB": ("GBR", ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Grace", "Mason", "Poppy"], ["Whitfield", "Ashworth", "Baker", "Pennington", "Holloway", "Mason"],
           [("London", lambda: "%s%d %d%s" % (rnd.choice(["E", "N", "SW", "SE", "NW"]), rnd.randint(1, 20), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))),
            ("Manchester", lambda: "M%d %d%s" % (rnd.randint(1, 40), rnd.randint(1, 9), "".join(rnd.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))))],
           lambda: "%d %s %s" % (rnd.randint(1, 220), rnd.choice(["Kingsley", "Ashby", "Elm", "Victoria", "Mill"]), rnd.choice(["Road", "Street", "Avenue", "Close"])),
           lambda: "+447%09d" % rnd.randint(100000000, 999999999), lambda: "%09d" % rnd.randint(100000000, 599999999)),
    "DE": ("D<<", ["Lukas", "Hannah", "Jonas", "Lea", "Felix", "Mia"], ["Müller", "Schäfer", "Becker", "Hoffmann", "Krüger", "Wagner"],
           [("Berlin", lambda: "1%04d" % rnd.randint(0, 4199)), ("Hamburg", lambda: "2%04d" % rnd.randint(0, 2999)), ("München", lambda: "8%04d" % rnd.randint(0, 1999))],
           lambda: "%s %d" % (rnd.choice(["Lindenstraße", "Hauptstraße", "Bergmannstraße", "Schillerweg"]), rnd.randint(1, 140)),
           lambda: "+4915%d%07d" % (rnd.randint(1, 9), rnd.randint(0, 9999999)),
           lambda: "".join(rnd.choice("CFGHJK") + "".join(rnd.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)))),
    "FR": ("FRA", ["Camille", "Louis", "Chloé", "Hugo", "Manon", "Jules"], ["Lefèvre", "Moreau", "Girard", "Bonnet", "Dupont", "Paris"],
           [("Paris", lambda: "750%02d" % rnd.randint(1, 20)), ("Lyon", lambda: "6900%d" % rnd.randint(1, 9))],
           lambda: "%d %s" % (rnd.randint(1, 120), rnd.choice(["rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo"])),
           lambda: "+336%08d" % rnd.randint(0, 99999999), lambda: "%02d%s%05d" % (rnd.randint(10, 24), "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), rnd.randint(0, 99999))),
    "US": ("USA", ["Jordan", "Tyler", "Brianna", "Austin", "Madison", "Logan", "Kayla"], ["Johnson", "Nguyen", "Castillo", "Whitaker", "Brooks", "Jordan"],
           [("Austin", lambda: "787%02d" % rnd.randint(1, 59)), ("Miami", lambda: "331%02d" % rnd.randint(1, 99)), ("Seattle", lambda: "981%02d" % rnd.randint(1, 99))],
           lambda: "%d %s %s" % (rnd.randint(100, 9999), rnd.choice(["Oak", "Maple", "Cedar", "Lakeview", "Sunset"]), rnd.choice(["St", "Ave", "Dr", "Blvd"])),
           lambda: "+1%d%03d%04d" % (rnd.choice([512, 305, 206, 737]), rnd.randint(200, 999), rnd.randint(0, 9999)), lambda: "%d%08d" % (rnd.choice([5, 6]), rnd.randint(0, 99999999))),
    "NG": ("NGA", ["Chinedu", "Oluwaseun", "Ngozi", "Emeka", "Adaeze", "Tunde"], ["Okafor", "Adeyemi", "Balogun", "Eze", "Nwosu"],
           [("Lagos", lambda: "1%05d" % rnd.randint(0, 99999)), ("Abuja", lambda: "9%05d" % rnd.randint(0, 99999))],
           lambda: "%d %s" % (rnd.randint(1, 80), rnd.choice(["Admiralty Way", "Awolowo Road", "Adeola Odeku Street", "Ahmadu Bello Way"])),
           lambda: "+2348%09d" % rnd.randint(0, 999999999), lambda: "A%08d" % rnd.randint(0, 99999999)),
    "IN": ("IND", ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha"], ["Sharma", "Iyer", "Reddy", "Kapoor", "Banerjee"],
           [("Bengaluru", lambda: "560%03d" % rnd.randint(1, 110)), ("Mumbai", lambda: "400%03d" % rnd.randint(1, 104))],
           lambda: "Flat %d, %s" % (rnd.randint(101, 1204), rnd.choice(["Indiranagar 2nd Stage", "Koramangala 5th Block", "Andheri West", "Powai"])),
           lambda: "+919%09d" % rnd.randint(0, 999999999), lambda: "%s%07d" % (rnd.choice("JKLMNPRTUVWZ"), rnd.randint(0, 9999999))),
    "BR": ("BRA", ["Lucas", "Ana", "Gabriel", "Beatriz", "Rafael"], ["Silva", "Oliveira", "Souza", "Carvalho", "Pereira"],
           [("São Paulo", lambda: "0%04d-%03d" % (rnd.randint(1000, 5999), rnd.randint(0, 999))), ("Rio de Janeiro", lambda: "2%04d-%03d" % (rnd.randint(0, 8999), rnd.randint(0, 999)))],
           lambda: "%s, %d" % (rnd.choice(["Rua Augusta", "Avenida Paulista", "Rua das Laranjeiras", "Rua Oscar Freire"]), rnd.randint(10, 2500)),
           lambda: "+55119%08d" % rnd.randint(0, 99999999), lambda: "%s%06d" % (rnd.choice(["FZ", "GB", "YB"]), rnd.randint(0, 999999))),
    "UA": ("UKR", ["Oleksandr", "Iryna", "Dmytro", "Olena", "Viktor"], ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Petrenko"],
           [("Kyiv", lambda: "0%04d" % rnd.randint(1000, 6999)), ("Lviv", lambda: "79%03d" % rnd.randint(0, 999))],
           lambda: "vul. %s %d" % (rnd.choice(["Khreshchatyk", "Sahaidachnoho", "Lesi Ukrainky", "Franka"]), rnd.randint(1, 90)),
           lambda: "+38067%07d" % rnd.randint(0, 9999999), lambda: "%s%06d" % ("".join(rnd.choice("ABCEHKMOPTX") for _ in range(2)), rnd.randint(0, 999999))),
}
NAT3 = {k: v[0] for k, v in COUNTRIES.items()}
CODES = list(COUNTRIES)
WEIGHTS = [16, 10, 9, 20, 12, 14, 10, 9]

def mrz_cd(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        tot += v * [7, 3, 1][i % 3]
    return str(tot % 10)
def mrz_line2(docno, nat3, dob, sex, exp):
    doc = (docno + "<" * 9)[:9]
    pn = "<" * 14
    part = doc + mrz_cd(doc) + nat3 + dob.strftime("%y%m%d") + mrz_cd(dob.strftime("%y%m%d")) + sex + exp.strftime("%y%m%d") + mrz_cd(exp.strftime("%y%m%d")) + pn + mrz_cd(pn)
    comp = part[0:10] + part[13:20] + part[21:43]
    return part + mrz_cd(comp)

def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")
START = datetime.datetime(2023, 1, 1)
def rand_time(after, days=700):
    return after + datetime.timedelta(seconds=rnd.randint(0, days * 86400))

SOURCES = ["Salary", "Business income", "Investments", "Savings", "Inheritance", "Crypto mining", "Sale of property", "Gift"]
OCCUPATIONS = ["Software engineer", "Teacher", "Self-employed", "Student", "Nurse", "Trader", "Mason", "Baker", "Accountant", "Retired", "Driver", "Consultant"]
INCOME = ["<25k", "25k-50k", "50k-100k", "100k-250k", ">250k"]
EMAIL_DOM = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "mail.ru"]
def ascii_fold(s):
    return s.translate(str.maketrans("äöüéèçãáíóúêôÄÖÜÉ", "aoueecaaioueoAOUE")).replace("ß", "ss")

customers, people = [], []
used_uid = set()
for i in range(1200):
    cc = rnd.choices(CODES, WEIGHTS)[0]
    nat3, giv, fam, cities, street, phone, passno = COUNTRIES[cc]
    g, f = rnd.choice(giv), rnd.choice(fam)
    if rnd.random() < 0.15:
        g = g + " " + rnd.choice(giv)
    name = "%s %s" % (g, f)
    while True:
        uid = str(rnd.randint(10000000, 99999999))
        if uid not in used_uid:
            used_uid.add(uid); break
    dob = datetime.date(rnd.randint(1950, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    nationality = cc if rnd.random() < 0.85 else rnd.choice(CODES)
    city, pc = rnd.choice(cities)
    created = rand_time(START, 500)
    dtype = rnd.choices(["PASSPORT", "ID_CARD", "DRIVERS"], [60, 30, 10])[0]
    if dtype == "PASSPORT":
        docno = COUNTRIES[nationality][6]()
        exp = datetime.date(rnd.randint(2025, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
        sex = rnd.choice("MF")
        mrz = mrz_line2(docno, NAT3[nationality] if NAT3[nationality] != "D<<" else "D<<", dob, sex, exp)
    else:
        docno = "".join(rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(rnd.choice([8, 9, 10])))
        exp = datetime.date(rnd.randint(2025, 2034), rnd.randint(1, 12), rnd.randint(1, 28))
        mrz = ""
    h = "%032x" % rnd.getrandbits(128)
    email = "%s.%s%d@%s" % (ascii_fold(g.split()[0]).lower(), ascii_fold(f).lower(), rnd.randint(1, 99), rnd.choice(EMAIL_DOM)) if rnd.random() < 0.7 else \
        "%s%s%d@%s" % (ascii_fold(g[0]).lower(), ascii_fold(f).lower(), rnd.randint(70, 2005), rnd.choice(EMAIL_DOM))
    level = rnd.choices(["0", "1", "2", "3"], [5, 30, 50, 15])[0]
    review = "GREEN" if level != "0" else rnd.choice(["RED", "PENDING", "GREEN"])
    score = rnd.randint(2, 98) if rnd.random() < 0.1 else rnd.randint(2, 45)
    risk = "HIGH" if score >= 70 else "MEDIUM" if score >= 40 else "LOW"
    customers.append([uid, email, name, dob.isoformat(), nationality, cc, street(), city, pc(), phone(), dtype, docno, nationality if dtype == "PASSPORT" else cc,
                      exp.isoformat(), mrz, "kyc/%s_front.jpg" % h, "kyc/%s_back.jpg" % h if dtype != "PASSPORT" else "", "kyc/%s_selfie.jpg" % h,
                      level, review, str(score), risk, "Y" if rnd.random() < 0.02 else "N", "NO_MATCH" if rnd.random() < 0.99 else "POSSIBLE_MATCH",
                      rnd.choice(SOURCES), rnd.choice(OCCUPATIONS), rnd.choice(INCOME), ts(created),
                      "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))])
    people.append((uid, name, created, cc))
CUST_H = ["uid", "email", "legal_name", "date_of_birth", "nationality", "country_of_residence", "residential_address", "city", "postal_code",
          "phone_number", "id_doc_type", "id_doc_number", "id_doc_country", "id_doc_expiry", "mrz_line2", "doc_front_image", "doc_back_image",
          "selfie_image", "kyc_level", "review_answer", "risk_score", "risk_level", "pep_flag", "sanctions_screening", "source_of_funds",
          "occupation", "annual_income", "created_at", "referral_code"]

# ---------- wallets ----------
NETS = [("BTC", "BTC"), ("ETH", "ERC20"), ("USDT", "ERC20"), ("USDT", "TRC20"), ("USDC", "ERC20"), ("ETH", "ARBITRUM")]
wallets, user_wallets = [], {}
wid = 500000
for uid, name, created, cc in people:
    for _ in range(rnd.choice([0, 1, 1, 2, 2, 3])):
        asset, net = rnd.choice(NETS)
        if asset == "BTC":
            kind = rnd.choices(["P2PKH", "P2SH", "P2WPKH"], [20, 25, 55])[0]; addr = btc_addr(kind)
        elif net == "TRC20":
            kind, addr = "TRON", tron_addr()
        else:
            kind, addr = "EOA", eth_addr()
        wid += rnd.randint(1, 9)
        wallets.append([str(wid), uid, asset, net, addr, kind, rnd.choice(["Main", "Main", "Savings", "Trading"]), ts(rand_time(created, 60))])
        user_wallets.setdefault(uid, []).append((asset, net))
WAL_H = ["wallet_id", "uid", "asset", "network", "deposit_address", "address_type", "label", "created_at"]

# ---------- transfers ----------
def ext_addr(asset, net):
    if asset == "BTC":
        return btc_addr(rnd.choice(["P2PKH", "P2SH", "P2WPKH", "P2WPKH"]))
    return tron_addr() if net == "TRC20" else eth_addr()
transfers = []
FEES = {"BTC": ("0.0002", "0.0005"), "ETH": ("0.0012", "0.0025"), "USDT": ("1", "4.5"), "USDC": ("1", "3")}
tid = 7100000000
hot = [ext_addr("ETH", "ERC20") for _ in range(3)]  # exchange-like counterparties many users send to (shared)
for uid, name, created, cc in people:
    if uid not in user_wallets:
        continue
    for _ in range(rnd.choice([0, 1, 2, 3, 4])):
        asset, net = rnd.choice(user_wallets[uid])
        kind = rnd.choice(["DEPOSIT", "DEPOSIT", "WITHDRAWAL"])
        amt = {"BTC": round(rnd.uniform(0.0005, 1.5), 8), "ETH": round(rnd.uniform(0.01, 12), 6)}.get(asset, round(rnd.uniform(20, 25000), 2))
        fee = rnd.choice(FEES[asset]) if kind == "WITHDRAWAL" else "0"
        tid += rnd.randint(1, 50)
        cp = rnd.choice(hot) if (net != "BTC" and net != "TRC20" and rnd.random() < 0.1) else ext_addr(asset, net)
        transfers.append([str(tid), uid, kind, asset, net, ("%.8f" % amt).rstrip("0").rstrip(".") if asset in ("BTC", "ETH") else "%.2f" % amt, fee,
                          cp, ("0x" if net not in ("BTC", "TRC20") else "") + "%064x" % rnd.getrandbits(256),
                          rnd.choices(["COMPLETED", "PENDING", "FAILED"], [90, 5, 5])[0], str(rnd.randint(1, 120)), ts(rand_time(created, 300))])
TRF_H = ["id", "uid", "type", "asset", "network", "amount", "fee", "counterparty_address", "tx_hash", "status", "confirmations", "created_at"]

# ---------- logins ----------
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
       "okhttp/4.12.0", "ExchangeApp/5.14.2 (Android 14; SM-S918B)", "ExchangeApp/5.14.2 (iOS 17.2; iPhone15,3)"]
logins = []
lid = 1
for uid, name, created, cc in people:
    fp = ["%032x" % rnd.getrandbits(128) for _ in range(rnd.choice([1, 1, 2]))]
    ips = ["%d.%d.%d.%d" % (rnd.choice([31, 41, 77, 86, 102, 176, 185, 197]), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254)) for _ in range(rnd.choice([1, 2]))]
    for _ in range(rnd.choice([1, 1, 2, 2, 3])):
        logins.append([str(lid), uid, ts(rand_time(created, 300)), rnd.choice(ips), rnd.choice(fp), rnd.choice(UAS), cc,
                       rnd.choices(["SUCCESS", "FAILED_PASSWORD", "FAILED_2FA"], [88, 8, 4])[0], rnd.choice(["TOTP", "SMS", "PASSKEY"])])
        lid += 1
rnd.shuffle(logins)
LOG_H = ["login_id", "uid", "login_at", "ip_address", "device_fingerprint", "user_agent", "geo_country", "result", "mfa_method"]

# ---------- AML cases (15) ----------
ANALYSTS = ["Rebecca Thornbury", "Daniel Okoye", "Sofia Marchetti", "Grace Lindqvist"]
ALERTS = ["Structuring", "Rapid movement of funds", "High-risk jurisdiction", "Mixer exposure", "Third-party deposit", "Sanctions proximity"]
CPN = ["Viktor Harlan", "Jin-ho Park", "Marco Bellandi", "Ayesha Qureshi", "Tomasz Wrona", "Nadia Fares"]
cases = []
flagged = rnd.sample(people, 15)
for i, (uid, name, created, cc) in enumerate(flagged):
    other = rnd.choice(people)
    cp = rnd.choice(CPN)
    note = rnd.choice([
        "%s (UID %s) received %d deposits just under 10,000 USDT within 48h from %s; counterparty linked to %s. Requested bank statements." % (name, uid, rnd.randint(4, 12), eth_addr(), cp),
        "Customer %s states funds are a gift from %s (brother-in-law). Withdrew to %s same day. Escalated to MLRO." % (name, cp, btc_addr("P2WPKH")),
        "Login from IP %d.%d.%d.%d shared with UID %s (%s). Possible account takeover or mule; called customer on file number." % (rnd.randint(31, 200), rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(1, 254), other[0], other[1]),
        "Deposit traced 2 hops from a mixer. %s says coins bought P2P from %s in %s. No documentation provided." % (name.split()[0], cp, rnd.choice(["Lagos", "Kyiv", "Miami", "Manchester"])),
        "Name screening hit on %s (PEP, relative of a minister). False positive: DOB differs. Closed." % name])
    disp = rnd.choice(["SAR filed", "Closed - no action", "Account restricted", "Pending customer response"])
    cases.append(["AML-2024-%04d" % (31 + i * 7), uid, ts(rand_time(datetime.datetime(2024, 1, 1), 300)), rnd.choice(ALERTS), rnd.choice(["LOW", "MEDIUM", "HIGH"]),
                  rnd.choice(ANALYSTS), disp, note])
CASE_H = ["case_id", "uid", "opened_at", "alert_type", "severity", "assigned_analyst", "disposition", "case_notes"]

def write(name, head, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("customers", CUST_H, customers); write("wallets", WAL_H, wallets); write("transfers", TRF_H, transfers)
write("logins", LOG_H, logins); write("aml_cases", CASE_H, cases)

L = {}
def lab(t, pairs):
    for c, v in pairs:
        L[t + "." + c] = v
lab("customers", [("uid", "OTHER_UNIQUE_IDENTIFIER"), ("email", "EMAIL_ADDRESS"), ("legal_name", "NAME"), ("date_of_birth", "DATE_OF_BIRTH"),
                  ("nationality", "NON_IDENTIFYING"), ("country_of_residence", "NON_IDENTIFYING"), ("residential_address", "STREET_ADDRESS"), ("city", "CITY"),
                  ("postal_code", "ZIP_CODE"), ("phone_number", "TELEPHONE_NUMBER"), ("id_doc_type", "NON_IDENTIFYING"), ("id_doc_number", "NATIONAL_ID"),
                  ("id_doc_country", "NON_IDENTIFYING"), ("id_doc_expiry", "DATE"), ("mrz_line2", "NATIONAL_ID"), ("doc_front_image", "OTHER_UNIQUE_IDENTIFIER"),
                  ("doc_back_image", "OTHER_UNIQUE_IDENTIFIER"), ("selfie_image", "OTHER_UNIQUE_IDENTIFIER"), ("kyc_level", "NON_IDENTIFYING"),
                  ("review_answer", "NON_IDENTIFYING"), ("risk_score", "NON_IDENTIFYING"), ("risk_level", "NON_IDENTIFYING"), ("pep_flag", "NON_IDENTIFYING"),
                  ("sanctions_screening", "NON_IDENTIFYING"), ("source_of_funds", "NON_IDENTIFYING"), ("occupation", "NON_IDENTIFYING"),
                  ("annual_income", "NON_IDENTIFYING"), ("created_at", "DATE"), ("referral_code", "OTHER_UNIQUE_IDENTIFIER")])
lab("wallets", [("wallet_id", "OTHER_UNIQUE_IDENTIFIER"), ("uid", "OTHER_UNIQUE_IDENTIFIER"), ("asset", "NON_IDENTIFYING"), ("network", "NON_IDENTIFYING"),
                ("deposit_address", "ACCOUNT_NUMBER"), ("address_type", "NON_IDENTIFYING"), ("label", "NON_IDENTIFYING"), ("created_at", "DATE")])
lab("transfers", [("id", "OTHER_UNIQUE_IDENTIFIER"), ("uid", "OTHER_UNIQUE_IDENTIFIER"), ("type", "NON_IDENTIFYING"), ("asset", "NON_IDENTIFYING"),
                  ("network", "NON_IDENTIFYING"), ("amount", "NON_IDENTIFYING"), ("fee", "NON_IDENTIFYING"), ("counterparty_address", "ACCOUNT_NUMBER"),
                  ("tx_hash", "OTHER_UNIQUE_IDENTIFIER"), ("status", "NON_IDENTIFYING"), ("confirmations", "NON_IDENTIFYING"), ("created_at", "DATE")])
lab("logins", [("login_id", "OTHER_UNIQUE_IDENTIFIER"), ("uid", "OTHER_UNIQUE_IDENTIFIER"), ("login_at", "DATE"), ("ip_address", "IP_ADDRESS"),
               ("device_fingerprint", "DEVICE_IDENTIFIER"), ("user_agent", "QUASI_IDENTIFIER"), ("geo_country", "NON_IDENTIFYING"), ("result", "NON_IDENTIFYING"),
               ("mfa_method", "NON_IDENTIFYING")])
lab("aml_cases", [("case_id", "OTHER_UNIQUE_IDENTIFIER"), ("uid", "OTHER_UNIQUE_IDENTIFIER"), ("opened_at", "DATE"), ("alert_type", "NON_IDENTIFYING"),
                  ("severity", "NON_IDENTIFYING"), ("assigned_analyst", "NAME"), ("disposition", "NON_IDENTIFYING"), ("case_notes", "FREE_TEXT")])
gold = {"dataset": "kyc-exchange",
        "description": "Invented cryptocurrency exchange KYC/AML export, ',': 1200 customers (8-digit uid, legal name, DOB, nationality, address, phone, passport/ID numbers of 8 countries, passport MRZ line 2 with ICAO 9303 check digits, kyc/<hex>_front.jpg image names, KYC level, risk, PEP, source of funds, occupations including Mason/Baker beside surnames Mason/Baker), %d wallets (Base58Check 1.../3..., bech32 bc1q..., EIP-55 0x..., TRON T...), %d transfers (counterparty addresses, 64-hex tx hashes), %d logins (IP, device fingerprint, user agent), 15 AML cases with notes naming customers and counterparties" % (len(wallets), len(transfers), len(logins)),
        "delimiter": ",", "entity": "customers", "columns": L,
        "foreignKeys": [{"column": "wallets.uid", "references": "customers.uid"}, {"column": "transfers.uid", "references": "customers.uid"},
                        {"column": "logins.uid", "references": "customers.uid"}, {"column": "aml_cases.uid", "references": "customers.uid"}]}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False); f.write("\n")

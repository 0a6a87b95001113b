#!/usr/bin/env python3
"""Writes wallet-payouts: an invented crypto exchange's customers, withdrawals and trades (seeded, Python 3 stdlib only;
rerun to reproduce the CSV files and gold.json byte for byte), written by breaker41 to attack CryptoAddress (wallets
read by checksum). Two tables of an export without its customer table (the customers' names and e-mails are drawn,
not written); withdrawals (withdrawal_id,
customer_ref, requested_at, asset, amount, payout_to: each customer's own address for the asset withdrawn, in formats
the detector does not read: XRP classic addresses r... (Base58Check in the Ripple alphabet, valid checksum), Cardano
Shelley enterprise addresses addr1v... (bech32, valid checksum, header byte 0x61), Bitcoin Cash CashAddr
bitcoincash:q... (valid checksum) and Monero standard addresses 4... (95 base58 characters; shape only, the Keccak
checksum is not computed), state); trades (trade_id, customer_ref, executed_at, mint: the public Solana token mint of
the token traded, one of eight, side, quantity, price_usd)."""
import csv, json, os, random, hashlib
SET = "wallet-payouts"
rnd = random.Random(4102)
here = os.path.dirname(os.path.abspath(__file__))
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XRP = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"
CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def rb(n):
    return bytes(rnd.randrange(256) for _ in range(n))
def b58enc(b, alpha=B58):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = alpha[r] + s
    return alpha[0] * (len(b) - len(b.lstrip(b"\0"))) + s
def b58check(payload, alpha=B58):
    return b58enc(payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4], alpha)
def polymod(v):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    c = 1
    for x in v:
        t = c >> 25
        c = (c & 0x1ffffff) << 5 ^ x
        for i in range(5):
            if t >> i & 1:
                c ^= gen[i]
    return c
def to5(b):
    acc, bits, out = 0, 0, []
    for x in b:
        acc = acc << 8 | x
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append(acc >> bits & 31)
    if bits:
        out.append(acc << (5 - bits) & 31)
    return out
def bech32(hrp, data):
    v = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
    p = polymod(v + [0] * 6) ^ 1
    return hrp + "1" + "".join(CH[d] for d in data + [(p >> 5 * (5 - i)) & 31 for i in range(6)])
def cashaddr(prefix, payload):
    def pm(v):
        c = 1
        for d in v:
            c0 = c >> 35
            c = ((c & 0x07ffffffff) << 5) ^ d
            for i, g in enumerate([0x98f2bc8e61, 0x79b76d99e2, 0xf33e5fb3c4, 0xae2eabe2a8, 0x1e4f43e470]):
                if c0 >> i & 1:
                    c ^= g
        return c ^ 1
    data = to5(bytes([0]) + payload)
    m = pm([ord(x) & 31 for x in prefix] + [0] + data + [0] * 8)
    return prefix + ":" + "".join(CH[d] for d in data + [(m >> 5 * (7 - i)) & 31 for i in range(8)])
MAKE = {"XRP": lambda: b58check(b"\0" + rb(20), XRP), "ADA": lambda: bech32("addr", to5(bytes([0x61]) + rb(28))),
        "BCH": lambda: cashaddr("bitcoincash", rb(20)),
        "XMR": lambda: "4" + rnd.choice("3456789AB") + "".join(rnd.choice(B58) for _ in range(93))}
GIVEN = ["Aiko", "Bastian", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hamza", "Ingrid", "Jonas", "Kalani", "Lucia",
         "Mateo", "Nora", "Oskar", "Paloma", "Quentin", "Rania", "Stefan", "Talia"]
FAMILY = ["Abe", "Bauer", "Conti", "Dragunov", "Erdogan", "Farahani", "Gruber", "Haddad", "Iversen", "Jansen",
          "Kahale", "Lombardi", "Mendoza", "Nyberg", "Olsen", "Prieto", "Quiroga", "Rahimi", "Schreiber", "Tamura"]
customers = []
wallets = {}
for i in range(80):
    ref = "C%05d" % (3000 + i)
    g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
    customers.append([ref, g + " " + f, "%s.%s%d@%s" % (g.lower(), f.lower(), rnd.randrange(100), rnd.choice(["proton.me", "gmail.com", "gmx.de"])),
                      rnd.choice(["DE", "JP", "IT", "ES", "SE", "US", "BR"]), rnd.choice(["1", "2", "3"])])
    wallets[ref] = {a: MAKE[a]() for a in sorted(MAKE)}
withdrawals = []
for i in range(900):
    c = rnd.choice(customers)[0]
    a = rnd.choice(sorted(MAKE))
    withdrawals.append(["WD-%06d" % (50000 + i), c, "2026-%02d-%02dT%02d:%02d:%02dZ" % (1 + i % 11, 1 + rnd.randrange(28), rnd.randrange(24), rnd.randrange(60), rnd.randrange(60)),
                        a, "%.4f" % (rnd.random() * 900), wallets[c][a], rnd.choice(["pending", "sent", "confirmed", "confirmed"])])
mints = []
while len(mints) < 8:
    m = b58enc(rb(32))
    if len(m) in (43, 44):
        mints.append(m)
trades = []
for i in range(1200):
    trades.append(["TR%07d" % (900000 + i), rnd.choice(customers)[0],
                   "2026-%02d-%02dT%02d:%02d:%02dZ" % (1 + i % 11, 1 + rnd.randrange(28), rnd.randrange(24), rnd.randrange(60), rnd.randrange(60)),
                   rnd.choice(mints), rnd.choice(["buy", "sell"]), "%.3f" % (rnd.random() * 5000), "%.4f" % (rnd.random() * 200)])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("withdrawals", ["withdrawal_id", "customer_ref", "requested_at", "asset", "amount", "payout_to", "state"], withdrawals)
write("trades", ["trade_id", "customer_ref", "executed_at", "mint", "side", "quantity", "price_usd"], trades)
cols = {"withdrawals.withdrawal_id": "OTHER_UNIQUE_IDENTIFIER", "withdrawals.customer_ref": "OTHER_UNIQUE_IDENTIFIER",
        "withdrawals.requested_at": "DATE", "withdrawals.asset": "NON_IDENTIFYING", "withdrawals.amount": "NON_IDENTIFYING",
        "withdrawals.payout_to": "ACCOUNT_NUMBER", "withdrawals.state": "NON_IDENTIFYING",
        "trades.trade_id": "OTHER_UNIQUE_IDENTIFIER", "trades.customer_ref": "OTHER_UNIQUE_IDENTIFIER",
        "trades.executed_at": "DATE", "trades.mint": "NON_IDENTIFYING", "trades.side": "NON_IDENTIFYING",
        "trades.quantity": "NON_IDENTIFYING", "trades.price_usd": "NON_IDENTIFYING"}
gold = {"dataset": SET, "description": "Invented crypto exchange export without its customer table (breaker41): 900 withdrawals of 80 customers to each "
        "customer's own XRP r..., Cardano addr1v..., Bitcoin Cash bitcoincash:q... and Monero 4... addresses under "
        "payout_to; 1,200 trades naming one of eight public Solana token mints (base58, 32 bytes) under mint",
        "delimiter": ",", "entity": "withdrawals", "columns": cols, "foreignKeys": []}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

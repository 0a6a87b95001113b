#!/usr/bin/env python3
"""Writes wallets-other-chains: an invented crypto exchange export without its customer table (seeded, Python 3 stdlib
only; rerun to reproduce the CSV files and gold.json byte for byte), written by breaker45 to attack CryptoAddress.
withdrawals (800 of 70 customers, payout_to: each customer's own address for the asset withdrawn, in formats the
detector does not read: Cosmos cosmos1... (bech32, valid BIP 173 checksum, a human-readable part of six letters),
Stellar G... (StrKey: base32 of a version byte, a 32-byte key and a CRC16-XModem checksum), Tezos tz1... (Base58Check
of a 3-byte prefix and a 20-byte hash) and ENS names alice.eth); dex_swaps (600 swaps between six well-known public
ERC-20 token contracts, 0x and 40 hex digits, the same for every user: sell_asset, buy_asset)."""
import base64, csv, hashlib, json, os, random
SET = "wallets-other-chains"
rnd = random.Random(454)
here = os.path.dirname(os.path.abspath(__file__))
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def rb(n):
    return bytes(rnd.randrange(256) for _ in range(n))
def b58check(p):
    b = p + hashlib.sha256(hashlib.sha256(p).digest()).digest()[:4]
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    return B58[0] * (len(b) - len(b.lstrip(b"\0"))) + s
def polymod(v):
    c = 1
    for x in v:
        t = c >> 25
        c = (c & 0x1ffffff) << 5 ^ x
        for i, g in enumerate([0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]):
            if t >> i & 1:
                c ^= g
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
    p = polymod([ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data + [0] * 6) ^ 1
    return hrp + "1" + "".join(CH[d] for d in data + [(p >> 5 * (5 - i)) & 31 for i in range(6)])
def crc16(data):
    c = 0
    for b in data:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021 if c & 0x8000 else c << 1) & 0xffff
    return c
def stellar():
    p = bytes([6 << 3]) + rb(32)
    c = crc16(p)
    return base64.b32encode(p + bytes([c & 0xff, c >> 8])).decode()
NAMES = ["aiko", "bastian", "chiara", "dmitri", "elif", "farid", "greta", "hamza", "ingrid", "jonas", "kalani", "lucia",
         "mateo", "nora", "oskar", "paloma", "rania", "stefan", "talia", "yusuf"]
MAKE = {"ATOM": lambda: bech32("cosmos", to5(rb(20))), "XLM": stellar, "XTZ": lambda: b58check(bytes([6, 161, 159]) + rb(20)),
        "ENS": lambda: rnd.choice(NAMES) + rnd.choice(["", "", "x", str(rnd.randrange(10, 99))]) + ".eth"}
customers = []
for i in range(70):
    asset = rnd.choice(list(MAKE))
    customers.append(("C%05d" % (5000 + i), asset, MAKE[asset]()))
withdrawals = []
for i in range(800):
    c = rnd.choice(customers)
    withdrawals.append(["W%06d" % (300000 + i), c[0], "2025-%02d-%02dT%02d:%02d:00Z" % (rnd.randrange(1, 13), rnd.randrange(1, 29),
                        rnd.randrange(24), rnd.randrange(60)), "ETH" if c[1] == "ENS" else c[1], "%.4f" % (rnd.random() * 500), c[2],
                        rnd.choice(["done", "done", "done", "pending", "failed"])])
TOKENS = ["0xdac17f958d2ee523a2206206994597c13d831ec7", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48",
          "0x6b175474e89094c44da98b954eedeac495271d0f", "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599",
          "0x514910771af9ca656af840dff83e8264ecf986ca", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"]
swaps = []
for i in range(600):
    a, b = rnd.sample(TOKENS, 2)
    swaps.append(["S%06d" % (900000 + i), rnd.choice(customers)[0], "2025-%02d-%02d" % (rnd.randrange(1, 13), rnd.randrange(1, 29)),
                  a, b, "%.4f" % (rnd.random() * 1000), str(rnd.choice([5, 30, 100]))])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
write("withdrawals", ["withdrawal_id", "customer_ref", "requested_at", "asset", "amount", "payout_to", "state"], withdrawals)
write("dex_swaps", ["swap_id", "customer_ref", "swapped_on", "sell_asset", "buy_asset", "amount_in", "pool_fee_bps"], swaps)
cols = {"withdrawals.withdrawal_id": "OTHER_UNIQUE_IDENTIFIER", "withdrawals.customer_ref": "OTHER_UNIQUE_IDENTIFIER",
        "withdrawals.requested_at": "DATE", "withdrawals.asset": "NON_IDENTIFYING", "withdrawals.amount": "NON_IDENTIFYING",
        "withdrawals.payout_to": "ACCOUNT_NUMBER", "withdrawals.state": "NON_IDENTIFYING",
        "dex_swaps.swap_id": "OTHER_UNIQUE_IDENTIFIER", "dex_swaps.customer_ref": "OTHER_UNIQUE_IDENTIFIER",
        "dex_swaps.swapped_on": "DATE", "dex_swaps.sell_asset": "NON_IDENTIFYING", "dex_swaps.buy_asset": "NON_IDENTIFYING",
        "dex_swaps.amount_in": "NON_IDENTIFYING", "dex_swaps.pool_fee_bps": "NON_IDENTIFYING"}
gold = {"dataset": SET, "description": "Invented crypto exchange export without its customer table (breaker45): 800 withdrawals of 70 "
        "customers to each customer's own Cosmos cosmos1..., Stellar G..., Tezos tz1... address or ENS name (payout_to); "
        "600 swaps between six public ERC-20 token contracts written 0x and 40 hex digits (sell_asset, buy_asset)",
        "delimiter": ",", "entity": "withdrawals", "columns": cols, "foreignKeys": []}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=2, ensure_ascii=False)
    f.write("\n")

#!/usr/bin/env python3
"""Writes probe50-nft-wallets: an invented NFT marketplace's export (seeded, stdlib only, written by breaker50). 60
users' own Ethereum wallets (0x and 40 hex digits, random) repeat over their rows under headers that contain a word
the wallet rule sets aside for token contracts: `mint_recipient` (mints), `asset_owner` (listings) and
`currency_wallet` (withdrawals). The collections' public contract addresses (`collection_contract`) are the things
everyone trades. Three tables."""
import csv, json, random, datetime
rnd = random.Random(5003)

def hexaddr():
    return "0x" + "".join(rnd.choice("0123456789abcdef") for _ in range(40))

users = [hexaddr() for _ in range(60)]
COLL = {"Pixel Foxes": hexaddr(), "Moon Cats Club": hexaddr(), "Glass Gardens": hexaddr(), "Tidal Shapes": hexaddr(),
        "Neon Runners": hexaddr()}

def ts():
    t = datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=rnd.randint(0, 360 * 86400))
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")

def write(name, header, rows):
    with open(name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

mints = sorted([[ts(), c, COLL[c], str(rnd.randint(1, 9999)), rnd.choice(users), "%.4f" % rnd.choice([0.01, 0.02, 0.05, 0.08])]
                for c in [rnd.choice(list(COLL)) for _ in range(400)]])
write("mints.csv", ["mint_id", "minted_at", "collection", "collection_contract", "token_id", "mint_recipient", "price_eth"],
      [["MNT%06d" % (k + 1)] + r for k, r in enumerate(mints)])
lst = sorted([[ts(), c, COLL[c], str(rnd.randint(1, 9999)), rnd.choice(users), "%.3f" % rnd.uniform(0.01, 3),
               rnd.choice(["ETH", "WETH"])] for c in [rnd.choice(list(COLL)) for _ in range(300)]])
write("listings.csv", ["listing_id", "listed_at", "collection", "collection_contract", "token_id", "asset_owner",
                       "ask_price", "currency"], [["LST%06d" % (k + 1)] + r for k, r in enumerate(lst)])
wd = sorted([[ts(), rnd.choice(users), "%.4f" % rnd.uniform(0.005, 5), rnd.choice(["ETH", "USDC", "WETH"]),
              rnd.choice(["completed", "completed", "pending", "failed"])] for _ in range(300)])
write("withdrawals.csv", ["withdrawal_id", "requested_at", "currency_wallet", "amount", "currency", "status"],
      [["WD%06d" % (k + 1)] + r for k, r in enumerate(wd)])
gold = {"dataset": "probe50-nft-wallets",
        "description": "Invented NFT marketplace export: 400 mints, 300 listings, 300 withdrawals of 60 users whose own Ethereum "
                       "wallets repeat under 'mint_recipient', 'asset_owner' and 'currency_wallet'; five collections' public "
                       "contract addresses under 'collection_contract'",
        "delimiter": ",", "entity": "mints",
        "columns": {"mints.mint_id": "OTHER_UNIQUE_IDENTIFIER", "mints.minted_at": "DATE", "mints.collection": "NON_IDENTIFYING",
                    "mints.collection_contract": "NON_IDENTIFYING", "mints.token_id": "NON_IDENTIFYING",
                    "mints.mint_recipient": "ACCOUNT_NUMBER", "mints.price_eth": "NON_IDENTIFYING",
                    "listings.listing_id": "OTHER_UNIQUE_IDENTIFIER", "listings.listed_at": "DATE",
                    "listings.collection": "NON_IDENTIFYING", "listings.collection_contract": "NON_IDENTIFYING",
                    "listings.token_id": "NON_IDENTIFYING", "listings.asset_owner": "ACCOUNT_NUMBER",
                    "listings.ask_price": "NON_IDENTIFYING", "listings.currency": "NON_IDENTIFYING",
                    "withdrawals.withdrawal_id": "OTHER_UNIQUE_IDENTIFIER", "withdrawals.requested_at": "DATE",
                    "withdrawals.currency_wallet": "ACCOUNT_NUMBER", "withdrawals.amount": "NON_IDENTIFYING",
                    "withdrawals.currency": "NON_IDENTIFYING", "withdrawals.status": "NON_IDENTIFYING"},
        "foreignKeys": []}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2)
    f.write("\n")

#!/usr/bin/env python3
"""Writes gamer-accounts: an invented online game's player export (seeded, stdlib only), ','. accounts 3,000 (player_id
16 hex, steam_id64 7656119..., discord_id snowflakes, username, display_name sometimes a real name, email, last login IP
v4/v6, country, locale, birth_date for age gating, bcrypt password_hash, referral codes, clan tags, level 1-120),
skus 24, purchases 4,000 (transaction ids, provider references, prices and currencies), matches 400 (uuid, map, mode,
started_at, duration mm:ss), match_players 4,000, reports 700 (reporter/reported, free-text reasons quoting chat that
names people, moderator full names)."""
import csv, json, os, random, datetime, uuid, hashlib, base64
os.chdir(os.path.dirname(os.path.abspath(__file__)))
rnd = random.Random(580001)
GIVEN = ["Kasun", "Nimali", "Tharindu", "Dilini", "Emma", "Lucas", "Sofia", "Mateo", "Hannah", "Jonas", "Aung", "Sokha", "Dara",
         "Nguyen", "Priya", "Arjun", "Chloe", "Liam", "Yuki", "Minh", "Rafael", "Camila", "Jordan", "Victoria", "Paris", "Malik",
         "Olivia", "Noah", "Ayesha", "Bilal", "Sakura", "Mei", "Ivan", "Olga", "Kofi", "Amara", "Tomasz", "Zofia", "Ethan", "Mia"]
FAMILY = ["Perera", "Fernando", "Silva", "Jayasinghe", "Larsen", "Schmidt", "Rossi", "Garcia", "Müller", "Kowalski", "Tan",
          "Lim", "Nguyen", "Sok", "Chea", "Htun", "Kyaw", "Sharma", "Patel", "Suzuki", "Kim", "Santos", "Oliveira", "Ivanov",
          "Mensah", "Okafor", "Dubois", "Martin", "Bennett", "Kandy", "Walker", "Hughes", "Novak", "Haddad", "Jordan"]
WORDS = ["Shadow", "Ninja", "Dragon", "Sniper", "Ghost", "Wolf", "Reaper", "Viper", "Storm", "Blaze", "Frost", "Pixel", "Toxic",
         "Nova", "Rogue", "Titan", "Phoenix", "Kraken", "Panda", "Noob", "Cyber", "Lunar", "Raven", "Ace", "Bandit", "Kandy"]
COUNTRY = [("US", "en-US"), ("US", "en-US"), ("US", "es-US"), ("DE", "de-DE"), ("BR", "pt-BR"), ("BR", "pt-BR"), ("GB", "en-GB"),
           ("LK", "en-LK"), ("LK", "si-LK"), ("MM", "my-MM"), ("KH", "km-KH"), ("PH", "en-PH"), ("PH", "fil-PH"), ("JO", "ar-JO"),
           ("FR", "fr-FR"), ("PL", "pl-PL"), ("VN", "vi-VN"), ("IN", "en-IN"), ("JP", "ja-JP"), ("KR", "ko-KR"), ("TR", "tr-TR"),
           ("RU", "ru-RU"), ("ID", "id-ID"), ("TH", "th-TH"), ("CA", "en-CA"), ("AU", "en-AU"), ("MX", "es-MX"), ("NG", "en-NG")]
CURRENCY = {"US": "USD", "DE": "EUR", "FR": "EUR", "BR": "BRL", "GB": "GBP", "LK": "USD", "MM": "USD", "KH": "USD", "PH": "PHP",
            "JO": "USD", "PL": "PLN", "VN": "VND", "IN": "INR", "JP": "JPY", "KR": "KRW", "TR": "TRY", "RU": "USD", "ID": "IDR",
            "TH": "THB", "CA": "CAD", "AU": "AUD", "MX": "MXN", "NG": "USD"}
RATE = {"USD": 1, "EUR": 0.92, "BRL": 5.0, "GBP": 0.79, "PHP": 56, "PLN": 4.0, "VND": 24500, "INR": 83, "JPY": 150, "KRW": 1330,
        "TRY": 32, "IDR": 15700, "THB": 36, "CAD": 1.36, "AUD": 1.52, "MXN": 17}
MAPS = ["Kandy", "Angkor", "Bagan", "Dust II", "Jordan Valley", "Victoria Harbour", "Paris Metro", "Frostbite", "Citadel",
        "Mandalay Docks", "Sigiriya", "Shipment", "Galle Fort"]
MODES = ["ranked_5v5", "ranked_5v5", "casual_5v5", "deathmatch", "battle_royale_squads"]
SKUS = [("GEMS_100", "100 Gems", "currency", "0.99"), ("GEMS_550", "550 Gems", "currency", "4.99"), ("GEMS_1200", "1,200 Gems", "currency", "9.99"),
        ("GEMS_2500", "2,500 Gems", "currency", "19.99"), ("GEMS_6500", "6,500 Gems", "currency", "49.99"), ("GEMS_14000", "14,000 Gems", "currency", "99.99"),
        ("BP_S6", "Season 6 Battle Pass", "battle_pass", "9.99"), ("BP_S7", "Season 7 Battle Pass", "battle_pass", "9.99"),
        ("BP_S7_PLUS", "Season 7 Battle Pass+ (25 tiers)", "battle_pass", "24.99"), ("SKIN_DRAGON_LEG", "Dragon Lord (Legendary)", "skin", "19.99"),
        ("SKIN_VIPER_EPIC", "Viper Strike (Epic)", "skin", "9.99"), ("SKIN_KANDY_PERAHERA", "Perahera Tusker (Legendary)", "skin", "19.99"),
        ("SKIN_JORDAN_RARE", "Jordan Desert Camo (Rare)", "skin", "4.99"), ("SKIN_VICTORIA", "Victoria (Epic)", "skin", "9.99"),
        ("EMOTE_DAB", "Emote: Dab", "emote", "1.99"), ("EMOTE_GG", "Emote: GG WP", "emote", "1.99"), ("NAME_CHANGE", "Name Change Token", "service", "7.99"),
        ("XP_BOOST_7D", "XP Boost (7 days)", "boost", "2.99"), ("XP_BOOST_30D", "XP Boost (30 days)", "boost", "7.99"),
        ("STARTER_PACK", "Starter Pack", "bundle", "4.99"), ("LUNAR_BUNDLE", "Lunar New Year Bundle", "bundle", "14.99"),
        ("AVURUDU_BUNDLE", "Avurudu Bundle", "bundle", "14.99"), ("VIP_MONTH", "VIP Membership (30 days)", "subscription", "4.99"),
        ("LOOT_CRATE_10", "10x Loot Crate", "crate", "9.99")]
def ts(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")
T0 = datetime.datetime(2019, 6, 1)
def ip(r):
    if r.random() < 0.12:
        return "2a0%d:%x:%x:%x::%x" % (r.randint(1, 9), r.randint(0x1000, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))
    first = r.choice([24, 45, 49, 67, 73, 82, 89, 103, 112, 116, 119, 122, 124, 175, 177, 180, 186, 188, 191, 203])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
def bcrypt(r):
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(r.choice(al) for _ in range(53))
accounts = []; used_user = set(); used_steam = set(); used_discord = set()
for i in range(3000):
    g = rnd.choice(GIVEN); f = rnd.choice(FAMILY); country, locale = rnd.choice(COUNTRY)
    if country == "LK" and rnd.random() < 0.7:
        g = rnd.choice(["Kasun", "Nimali", "Tharindu", "Dilini", "Priya"]); f = rnd.choice(["Perera", "Fernando", "Silva", "Jayasinghe"])
    style = rnd.random()
    if style < 0.22:
        user = (g + f).lower() + str(rnd.randint(1, 99)) if rnd.random() < 0.5 else (g[0] + f).lower()
        disp = g + " " + f
    elif style < 0.35:
        user = g.lower() + "_" + f.lower()
        disp = g + " " + f[0] + "."
    elif style < 0.45:
        user = g.lower() + str(rnd.randint(1990, 2012))
        disp = g
    else:
        w1, w2 = rnd.choice(WORDS), rnd.choice(WORDS)
        user = rnd.choice(["xX_%s_Xx", "%s", "The%s", "%s_TTV", "i%s", "Lil%s"]) % (w1 + (w2 if rnd.random() < 0.5 else "")) + (str(rnd.randint(1, 999)) if rnd.random() < 0.6 else "")
        disp = user if rnd.random() < 0.6 else rnd.choice(["%s %s", "%s_%s", "%s.%s"]) % (w1, w2)
    while user.lower() in used_user:
        user += str(rnd.randint(0, 9))
    used_user.add(user.lower())
    steam = 76561197960265728 + rnd.randint(10 ** 7, 1_400_000_000)
    while steam in used_steam:
        steam += 1
    used_steam.add(steam)
    if rnd.random() < 0.58:
        created_ms = rnd.randint(1_451_606_400_000, 1_704_067_200_000) - 1_420_070_400_000
        disc = str((created_ms << 22) + rnd.randint(0, 4_194_303))
        while disc in used_discord:
            disc = str(int(disc) + 1)
        used_discord.add(disc)
    else:
        disc = ""
    dom = rnd.choice(["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "proton.me", "gmx.de", "sltnet.lk", "yahoo.co.jp", "naver.com"])
    email = (g.lower() + "." + f.lower() if rnd.random() < 0.5 else user.lower().replace("_", ".")) + (str(rnd.randint(1, 99)) if rnd.random() < 0.4 else "") + "@" + dom
    email = email.replace("ü", "ue")
    created = T0 + datetime.timedelta(seconds=rnd.randint(0, 4 * 365 * 86400))
    last = created + datetime.timedelta(seconds=rnd.randint(3600, int((datetime.datetime(2024, 11, 30) - created).total_seconds())))
    if rnd.random() < 0.85:
        age = int(rnd.triangular(13, 48, 19))
        born = datetime.date(2024 - age, 1, 1) + datetime.timedelta(days=rnd.randint(0, 364))
        bd = born.isoformat()
    else:
        bd = ""
    level = min(120, int(rnd.expovariate(1 / 22)) + 1)
    status = rnd.choices(["active", "inactive", "banned", "suspended", "deleted_pending"], [70, 20, 4, 4, 2])[0]
    clan = rnd.choice(["", "", "", "[KSR]", "[LKA]", "[VPR]", "[GG]", "[TTV]", "[NOVA]", "[RVN]", "[MMR]", "[KHM]", "[FRST]", "[ACE]"])
    ref = "REF-" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    accounts.append(["%016X" % rnd.getrandbits(64), str(steam), disc, user, disp, email, rnd.choice(["true", "true", "true", "false"]), ts(created), ts(last),
                     ip(rnd), country, locale, bd, bcrypt(rnd), rnd.choice(["steam", "steam", "steam", "epic", "xbox", "psn"]), status, str(level),
                     str(int(rnd.expovariate(1 / 4000))), rnd.choices(["none", "silver", "gold", "platinum"], [80, 12, 6, 2])[0], ref, clan,
                     rnd.choice(["true", "false", "false"])])
ids = [a[0] for a in accounts]
acct = {a[0]: a for a in accounts}
purchases = []
for k in range(4000):
    a = acct[rnd.choice(ids[:1800]) if rnd.random() < 0.8 else rnd.choice(ids)]
    sku = rnd.choices(SKUS, [30, 25, 15, 8, 4, 2, 6, 14, 5, 6, 6, 3, 3, 3, 4, 4, 3, 6, 3, 10, 2, 2, 8, 6])[0]
    cur = CURRENCY[a[10]]; price = float(sku[3]) * RATE[cur]
    price = ("%.0f" % (round(price / 100) * 100 - 1 if price > 1000 else round(price))) if cur in ("VND", "JPY", "KRW", "IDR") else "%.2f" % (round(price) - 0.01 if price > 3 else price)
    prov = rnd.choices(["steam", "xsolla", "paypal", "stripe", "google_play"], [50, 20, 12, 12, 6])[0]
    if prov == "steam":
        ref = str(rnd.randint(10 ** 18, 4 * 10 ** 18))
    elif prov == "paypal":
        ref = "".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
    elif prov == "stripe":
        ref = "ch_3" + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(23))
    elif prov == "google_play":
        ref = "GPA.33%02d-%04d-%04d-%05d" % (rnd.randint(0, 99), rnd.randint(0, 9999), rnd.randint(0, 9999), rnd.randint(0, 99999))
    else:
        ref = str(rnd.randint(900_000_000, 1_999_999_999))
    when = datetime.datetime.strptime(a[7], "%Y-%m-%dT%H:%M:%SZ") + datetime.timedelta(seconds=rnd.randint(0, 3 * 365 * 86400))
    when = min(when, datetime.datetime(2024, 11, 30, 23, 0))
    st = rnd.choices(["completed", "refunded", "chargeback", "pending"], [93, 4, 1, 2])[0]
    purchases.append([str(uuid.UUID(int=rnd.getrandbits(128), version=4)), a[0], ts(when), sku[0], str(rnd.choice([1, 1, 1, 1, 2, 3]) if sku[2] in ("currency", "crate") else 1),
                      price, cur, prov, ref, ip(rnd) if rnd.random() < 0.5 else a[9], st])
matches = []; mp = []
for m in range(400):
    mid = str(uuid.UUID(int=rnd.getrandbits(128), version=4)); mode = rnd.choice(MODES)
    start = datetime.datetime(2024, 9, 1) + datetime.timedelta(seconds=rnd.randint(0, 90 * 86400))
    dur = rnd.randint(6 * 60, 58 * 60)
    win = rnd.choice(["CT", "T"]) if "5v5" in mode else ""
    matches.append([mid, rnd.choice(MAPS), mode, ts(start), "%02d:%02d" % (dur // 60, dur % 60), rnd.choice(["ap-south-1", "ap-southeast-1", "eu-west-1", "us-east-1", "sa-east-1"]), win])
    players = rnd.sample(ids, 10)
    for j, p in enumerate(players):
        team = ("CT" if j < 5 else "T") if "5v5" in mode else "squad%d" % (j // 4 + 1)
        kills = int(rnd.expovariate(1 / 12)); deaths = rnd.randint(0, 25); ast = rnd.randint(0, 12)
        res = ("win" if team == win else "loss") if win else rnd.choice(["#1", "#2", "#3", "#5", "#8"])
        mp.append([mid, p, team, str(kills), str(deaths), str(ast), str(kills * 100 + ast * 50 + rnd.randint(0, 300)), res, "true" if j == 0 else "false"])
MODS = ["Ashan Wickramasinghe", "Chloe Bennett", "Rafael Santos", "Nimali Jayasinghe", "Marcus Hughes", "Thiri Win", "Sokha Chea"]
CHAT = ["{n} is a noob, uninstall", "I know where you live {n}, {t}", "kys {n}", "{n} your mom", "report {n} he is aimbotting",
        "add me on discord {d}", "my real name is {n} lol", "{n} from {t} is trash", "call me 077 {p1} {p2} if u want to trade", "go back to {t}"]
TOWNS = ["Kandy", "Colombo", "Galle", "Yangon", "Phnom Penh", "Manila", "Houston", "Paris", "Victoria", "Jordan"]
reports = []
for r in range(700):
    rep, tgt = rnd.sample(ids, 2); mt = rnd.choice(matches) if rnd.random() < 0.7 else None
    cat = rnd.choices(["cheating", "toxic_chat", "name_violation", "griefing", "scam", "other"], [35, 30, 8, 12, 8, 7])[0]
    a = acct[tgt]; n = a[4] if " " in a[4] and rnd.random() < 0.6 else rnd.choice(GIVEN) + " " + rnd.choice(FAMILY)
    line = rnd.choice(CHAT).format(n=n, t=rnd.choice(TOWNS), d=rnd.choice(["kasun#4412", "shadowwolf", "emma.l"]), p1=rnd.randint(100, 999), p2=rnd.randint(1000, 9999))
    reason = rnd.choice(["", "spamming in all chat", "aimbot, check the replay", "wallhack obvious", "afk whole match", "teamkilling on purpose", "",
                         "said \"%s\" in team chat" % line, "kept typing: %s" % line, "Voice chat: %s. Please ban." % line, "%s (typed 5 times)" % line])
    if cat == "name_violation":
        reason = "display name is offensive: %s" % a[4]
    created = (datetime.datetime.strptime(mt[3], "%Y-%m-%dT%H:%M:%SZ") if mt else datetime.datetime(2024, 9, 1)) + datetime.timedelta(seconds=rnd.randint(600, 5 * 86400))
    act = rnd.choices(["none", "warning", "chat_ban_24h", "suspend_7d", "permanent_ban", ""], [35, 25, 15, 10, 5, 10])[0]
    resolved = ts(created + datetime.timedelta(seconds=rnd.randint(1800, 9 * 86400))) if act else ""
    reports.append([str(100001 + r), ts(created), rep, tgt, mt[0] if mt else "", cat, reason, act, rnd.choice(MODS) if act else "", resolved])
T = {"accounts": (["player_id", "steam_id64", "discord_id", "username", "display_name", "email", "email_verified", "created_at", "last_login_at",
                   "last_login_ip", "country", "locale", "birth_date", "password_hash", "platform", "account_status", "level", "playtime_minutes",
                   "vip_tier", "referral_code", "clan_tag", "marketing_opt_in"],
                  ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NAME", "EMAIL_ADDRESS",
                   "NON_IDENTIFYING", "DATE", "DATE", "IP_ADDRESS", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE_OF_BIRTH", "CREDENTIAL", "NON_IDENTIFYING",
                   "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING"], accounts),
     "skus": (["sku", "item_name", "category", "base_price_usd"], ["NON_IDENTIFYING"] * 4, [list(s) for s in SKUS]),
     "purchases": (["transaction_id", "player_id", "purchased_at", "sku", "quantity", "price", "currency", "payment_provider", "provider_txn_ref", "ip_address", "status"],
                   ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                    "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "IP_ADDRESS", "NON_IDENTIFYING"], purchases),
     "matches": (["match_id", "map_name", "game_mode", "started_at", "duration", "server_region", "winning_team"],
                 ["OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"], matches),
     "match_players": (["match_id", "player_id", "team", "kills", "deaths", "assists", "score", "result", "party_leader"],
                       ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
                        "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"], mp),
     "reports": (["report_id", "created_at", "reporter_id", "reported_player_id", "match_id", "category", "reason", "action_taken", "moderator", "resolved_at"],
                 ["OTHER_UNIQUE_IDENTIFIER", "DATE", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING",
                  "FREE_TEXT", "NON_IDENTIFYING", "NAME", "DATE"], reports)}
cols = {}
for t, (h, l, rows) in T.items():
    with open(t + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(h); w.writerows(rows)
    cols.update({t + "." + a: b for a, b in zip(h, l)})
gold = {"dataset": "gamer-accounts",
        "description": "Invented online game player export, ',': accounts 3,000 (player_id 16 hex, steam_id64 7656119..., Discord snowflakes on 58%, username, display_name sometimes a real name 'Kasun Perera' / 'Emma L.', email, ISO created/last login, last_login_ip v4 and v6, country, locale, birth_date for age gating (15% empty), bcrypt password_hash, platform, status, level 1-120, playtime, vip tier, referral code REF-XXXXXX, clan tag), skus 24, purchases 4,000 (uuid transaction ids, provider references: Steam 19-digit, PayPal 17-char, Stripe ch_, Google GPA., Xsolla; local prices and currencies; purchase IP), matches 400 (uuid, map names Kandy/Jordan Valley/Victoria Harbour/Galle Fort, mode, duration mm:ss), match_players 4,000, reports 700 (reporter and reported ids, free-text reasons quoting chat that names people, towns and a phone, moderators' full names on many rows); coincidences: given names Jordan/Victoria/Paris and family names Kandy/Jordan beside the maps and towns of the same names",
        "delimiter": ",", "entity": "accounts", "columns": cols,
        "foreignKeys": [{"column": "purchases.player_id", "references": "accounts.player_id"},
                        {"column": "purchases.sku", "references": "skus.sku"},
                        {"column": "match_players.match_id", "references": "matches.match_id"},
                        {"column": "match_players.player_id", "references": "accounts.player_id"},
                        {"column": "reports.reporter_id", "references": "accounts.player_id"},
                        {"column": "reports.reported_player_id", "references": "accounts.player_id"},
                        {"column": "reports.match_id", "references": "matches.match_id"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

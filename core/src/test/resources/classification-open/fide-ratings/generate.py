#!/usr/bin/env python3
"""Writes fide-ratings: an invented rating list in the shape of FIDE's fixed-width `players_list_foa.txt` turned into
CSV (seeded, stdlib only), and one invented open tournament of it exported from a pairing program. ratings: 2,400
players (`ID Number` FIDE ids of 6 to 9 digits, `Name` as `Surname, Given`, `Fed`, `Sex`, titles `Tit` `WTit` `OTit`
`FOA`, standard/rapid/blitz rating, games and K factor, `B-day` year only (0000 when unknown; some born before 1937),
`Flag` i/w/wi). crosstable: 30 players (rank, start number, name, title, rating, federation, FideID referring to the
rating list, nine rounds `12w1` / `5b½` / `-1`, points, tie-breaks). pairings: the 135 games (round, board, the start
numbers, names and ratings of White and Black, result `1 - 0`, `½ - ½`, `+ - -`).
Deliberate coincidences: the surname England beside the federation ENG; the given name Paris; players with one name."""
import csv, json, random
rnd = random.Random(540202)
GIVEN = ["Magnus", "Hikaru", "Fabiano", "Ding", "Anish", "Levon", "Wesley", "Maxime", "Alireza", "Ian", "Sergey",
         "Alexander", "Dmitry", "Vladimir", "Nikita", "Jan-Krzysztof", "Radoslaw", "Vincent", "Matthias", "Rasmus",
         "Gukesh", "Praggnanandhaa", "Arjun", "Vidit", "Nihal", "Raunak", "Hou", "Ju", "Humpy", "Harika", "Aleksandra",
         "Kateryna", "Mariya", "Nana", "Elisabeth", "Judit", "Susan", "Irina", "Bibisara", "Paris", "Tomas", "Pedro",
         "Jorge", "Santiago", "Ahmed", "Omar", "Bassem", "Nodirbek", "Javokhir", "Shakhriyar", "Teimour", "Gawain",
         "Luke", "David", "Michael", "John", "Peter", "Sarah", "Emma", "Olga"]
FAMILY = ["Carlsen", "Nakamura", "Caruana", "Giri", "Aronian", "So", "Vachier-Lagrave", "Firouzja", "Nepomniachtchi",
          "Karjakin", "Grischuk", "Kramnik", "Duda", "Wojtaszek", "Keymer", "Bluebaum", "Svane", "Gukesh", "Erigaisi",
          "Gujrathi", "Sarin", "Sadhwani", "Yifan", "Wenjun", "Koneru", "Dronavalli", "Goryachkina", "Lagno",
          "Muzychuk", "Dzagnidze", "Paehtz", "Polgar", "Assaubayeva", "Laznicka", "Leitao", "Flores", "Salem",
          "Abdusattorov", "Sindarov", "Mamedyarov", "Radjabov", "Jones", "McShane", "Howell", "Short", "England",
          "Smith", "Müller", "Schneider", "Kowalski", "Nowak", "García", "Fernández", "Rossi", "de Jong", "van der Berg",
          "Al-Hassan", "Nguyen", "Kim", "Petrov", "Ivanov", "Kuznetsov", "Popescu", "Horvath", "Novak", "Jensen",
          "Hansen", "Virtanen", "Papadopoulos", "Yilmaz", "Cohen", "Tan", "Lim", "Santos", "O'Connor", "Murphy"]
FEDS = [("NOR", "15"), ("USA", "2"), ("IND", "5"), ("IND", "25"), ("IND", "35"), ("IND", "46"), ("GER", "4"),
        ("GER", "12"), ("GER", "16"), ("RUS", "4"), ("RUS", "24"), ("RUS", "34"), ("FRA", "6"), ("FRA", "36"),
        ("ENG", "4"), ("ESP", "22"), ("POL", "11"), ("NED", "10"), ("CHN", "86"), ("UZB", "14"), ("AZE", "13"),
        ("HUN", "7"), ("CZE", "3"), ("ITA", "8"), ("ARG", "1"), ("EGY", "10"), ("VIE", "12"), ("KOR", "8"),
        ("GRE", "42"), ("TUR", "6"), ("ISR", "28"), ("IRL", "25"), ("DEN", "14"), ("FIN", "5"), ("ROU", "12")]
used = set()

def fide_id(prefix):
    while True:
        n = prefix + str(rnd.randint(0, 10 ** (rnd.choice([6, 6, 7]) - len(prefix) + 1) - 1)).zfill(rnd.choice([5, 6]))
        n = n[:9]
        if len(n) >= 6 and n not in used:
            used.add(n); return n

players = []
for i in range(2400):
    fed, prefix = rnd.choice(FEDS)
    female = rnd.random() < 0.14
    g = rnd.choice(GIVEN[26:41] if female else GIVEN[:26] + GIVEN[41:])
    name = "%s, %s" % (rnd.choice(FAMILY), g) if rnd.random() > 0.03 else rnd.choice(GIVEN)
    if rnd.random() < 0.05: name = "%s, %s." % (rnd.choice(FAMILY), g[0])
    by = rnd.choice([0] * 3 + list(range(1931, 1937)) + list(range(1940, 2018)) * 3)
    std = int(min(2830, max(1400, rnd.gauss(1850, 260))))
    tit = ""
    if std > 2500 and rnd.random() < 0.8: tit = "GM"
    elif std > 2400 and rnd.random() < 0.7: tit = "IM"
    elif std > 2300 and rnd.random() < 0.6: tit = "FM"
    elif std > 2200 and rnd.random() < 0.3: tit = "CM"
    wtit = ""
    if female and std > 2300: wtit = "WGM"
    elif female and std > 2200: wtit = "WIM"
    elif female and std > 2100: wtit = "WFM"
    if female and not tit: tit = wtit
    otit = ",".join(sorted(rnd.sample(["IA", "FA", "IO", "FT", "FST", "DI", "NA", "NI"], rnd.choice([1, 1, 2])))) if rnd.random() < 0.08 else ""
    foa = rnd.choice(["AGM", "AIM", "AFM", "ACM"]) if rnd.random() < 0.02 else ""
    flag = ("w" if female else "") + ("i" if rnd.random() < 0.3 else "")
    def rt(p):
        return str(int(std + rnd.gauss(-40, 90))) if rnd.random() < p else ""
    sg = str(rnd.choice([0, 0, 0, 4, 5, 7, 9, 11, 13])) if "i" not in flag else "0"
    sk = "10" if std > 2400 else rnd.choice(["20", "40", "20"]) if by and by < 2008 else "40"
    rr, br = rt(0.6), rt(0.55)
    players.append([fide_id(prefix), name, fed, "F" if female else "M", tit, wtit, otit, foa, str(std), sg, sk,
                    rr, str(rnd.choice([0, 0, 9, 10, 11])) if rr else "", "20" if rr else "",
                    br, str(rnd.choice([0, 0, 9, 12, 15, 20])) if br else "", "20" if br else "",
                    "%04d" % by, flag])
players.sort(key=lambda p: p[1])
H1 = ["ID Number", "Name", "Fed", "Sex", "Tit", "WTit", "OTit", "FOA", "SRtng", "SGm", "SK", "RRtng", "RGm", "Rk",
      "BRtng", "BGm", "BK", "B-day", "Flag"]
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME"] + ["NON_IDENTIFYING"] * 15 + ["QUASI_IDENTIFIER", "NON_IDENTIFYING"]
# the tournament: 30 active players, start numbers by rating
field = sorted(rnd.sample([p for p in players if "i" not in p[18] and "," in p[1]], 30), key=lambda p: -int(p[8]))
pts = [0.0] * 30; met = [set() for _ in range(30)]; cells = [[] for _ in range(30)]; games = []
for rd in range(1, 10):
    order = sorted(range(30), key=lambda k: (-pts[k], k)); pairs = []
    while order:
        a = order.pop(0)
        o = next((x for x in order if x not in met[a]), order[0])
        order.remove(o); pairs.append((a, o)); met[a].add(o); met[o].add(a)
    for b in range(15):
        w, bl = pairs[b]
        if (rd + b) % 2: w, bl = bl, w
        diff = int(field[w][8]) - int(field[bl][8])
        x = rnd.random() + diff / 1200
        res = 1.0 if x > 0.62 else 0.5 if x > 0.3 else 0.0
        forfeit = rd == 7 and b == 14
        if forfeit: res = 1.0
        pts[w] += res; pts[bl] += 1 - res
        half = lambda v: "½" if v == 0.5 else str(int(v))
        cells[w].append("%dw%s" % (bl + 1, "+" if forfeit else half(res)))
        cells[bl].append("%db%s" % (w + 1, "-" if forfeit else half(1 - res)))
        games.append([str(rd), str(b + 1), str(w + 1), field[w][1], field[w][8],
                      "+ - -" if forfeit else {1.0: "1 - 0", 0.5: "½ - ½", 0.0: "0 - 1"}[res],
                      field[bl][1], field[bl][8], str(bl + 1)])
def pstr(v):
    return ("%d" % v if v == int(v) else ("%d½" % int(v) if int(v) else "½"))
rank = sorted(range(30), key=lambda k: (-pts[k], k))
cross = []
for r, k in enumerate(rank, 1):
    tb1 = sum(pts[int(c[:-2].rstrip("wb")) - 1] for c in cells[k])
    cross.append([str(r), str(k + 1), field[k][1], field[k][4], field[k][8], field[k][2], field[k][0]] + cells[k] +
                 [pstr(pts[k]), "%.1f" % tb1, "%.1f" % (tb1 - 1.5), str(sum(1 for c in cells[k] if c.endswith("1") or c.endswith("+")))])
H2 = ["Rk.", "SNo", "Name", "Tit", "Rtg", "FED", "FideID"] + ["%d.Rd" % r for r in range(1, 10)] + ["Pts.", "TB1", "TB2", "TB3"]
L2 = ["NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "OTHER_UNIQUE_IDENTIFIER"] + ["QUASI_IDENTIFIER"] * 9 + ["NON_IDENTIFYING"] * 4
H3 = ["Rd.", "Bo.", "No.", "White", "Rtg", "Result", "Black", "Rtg.1", "No.1"]
L3 = ["NON_IDENTIFYING", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NAME", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME",
      "NON_IDENTIFYING", "QUASI_IDENTIFIER"]
for name, head, data in (("ratings", H1, players), ("crosstable", H2, cross), ("pairings", H3, games)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
cols = {"ratings." + h: l for h, l in zip(H1, L1)}
cols.update({"crosstable." + h: l for h, l in zip(H2, L2)})
cols.update({"pairings." + h: l for h, l in zip(H3, L3)})
gold = {"dataset": "fide-ratings",
        "description": "Invented chess rating list in the shape of FIDE's players_list_foa.txt turned into CSV: 2,400 players (ID Number 6-9 digits, Name 'Surname, Given', Fed, Sex, Tit/WTit/OTit/FOA, standard/rapid/blitz rating, games and K, B-day year only with 0000 for unknown and some born 1931-1936, Flag i/w/wi), a 30-player tournament crosstable (start numbers, FideID referring to the list, rounds '12w1', '5b½') and its 135 pairings (names of White and Black, results '1 - 0', '½ - ½', '+ - -')",
        "delimiter": ",", "entity": "ratings", "columns": cols,
        "foreignKeys": [{"column": "crosstable.FideID", "references": "ratings.ID Number"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

#!/usr/bin/env python3
"""Writes denki-jp: an invented Japanese smart-meter export (契約 households, 検針 half-hourly readings), comma-separated,
Japanese headers and values (kanji names with katakana readings, 〒 postcodes, 090/080 mobiles, yyyy/MM/dd dates and
Japanese-era birth dates such as 昭和8年), 22-digit supply-point numbers, meter serials, notes naming relatives
(seeded, stdlib only). Only 12 households; readings refer to the household as 供給地点 (a name unlike the parent key)."""
import csv, json, random
rnd = random.Random(70705)
FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("渡辺", "ワタナベ"), ("伊藤", "イトウ"),
          ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山口", "ヤマグチ")]
GIVEN = [("花子", "ハナコ"), ("太郎", "タロウ"), ("美咲", "ミサキ"), ("健一", "ケンイチ"), ("陽子", "ヨウコ"), ("翔太", "ショウタ"),
         ("恵美", "エミ"), ("大輔", "ダイスケ"), ("千代", "チヨ"), ("勝", "マサル"), ("由美子", "ユミコ"), ("誠", "マコト")]
AREAS = [("東京都世田谷区", "154", "三軒茶屋"), ("神奈川県横浜市港北区", "222", "日吉"), ("大阪府大阪市北区", "530", "梅田"),
         ("愛知県名古屋市千種区", "464", "覚王山"), ("福岡県福岡市中央区", "810", "天神"), ("北海道札幌市中央区", "060", "大通西")]
PLANS = ["従量電灯B", "従量電灯B", "スマートライフプラン", "夜トク8", "従量電灯C"]
ERA = [("大正", 1911), ("昭和", 1925), ("平成", 1988)]

def era(y):
    for name, base in reversed(ERA):
        if y > base + (1 if name == "昭和" else 0):
            return "%s%d年" % (name, y - base)

hh, reads = [], []
for n in range(12):
    (f, fk), (g, gk) = FAMILY[n], rnd.choice(GIVEN)
    area, zp, town = rnd.choice(AREAS)
    y = rnd.choice([1926, 1931, 1933] if n % 4 == 0 else list(range(1945, 2000)))
    m, d = rnd.randint(1, 12), rnd.randint(1, 28)
    relf, relg = f, rnd.choice(GIVEN)[0]
    note = rnd.choice(["", "オール電化", "太陽光発電あり（逆潮流契約）",
                       "独居高齢者。長女 %s%s 様（%s）へ連絡" % (relf, relg, "080-%04d-%04d" % (rnd.randint(1000, 9999), rnd.randint(0, 9999))),
                       "%s様 在宅医療機器使用、停電時要連絡" % f])
    if n % 4 == 0 and not note.startswith("独居"):
        note = "独居高齢者。長男 %s%s 様へ連絡（%s）" % (relf, relg, "090-%04d-%04d" % (rnd.randint(1000, 9999), rnd.randint(0, 9999)))
    hh.append(["03%020d" % rnd.randint(0, 10**20 - 1), "%s %s" % (f, g), "%s %s" % (fk, gk), "〒%s-%04d" % (zp, rnd.randint(1, 9999)),
               "%s%s%d丁目%d-%d" % (area, town, rnd.randint(1, 5), rnd.randint(1, 30), rnd.randint(1, 20)),
               "0%d0-%04d-%04d" % (rnd.choice([7, 8, 9]), rnd.randint(1000, 9999), rnd.randint(0, 9999)),
               "%s%d月%d日" % (era(y), m, d), str(rnd.choice([1, 1, 2, 2, 3, 4])), "%dA" % rnd.choice([20, 30, 40, 50, 60]),
               rnd.choice(PLANS), "M%s-%07d" % (rnd.choice(["TS", "MT", "OS"]), rnd.randint(0, 9999999)), note])
rid = 0
for h in hh:
    solar = "太陽光" in h[11]
    for k in range(210):
        day, slot = 1 + k // 48, k % 48
        rid += 1
        base = 0.12 + 0.5 * (slot in range(36, 44)) + rnd.random() * 0.3
        reads.append([str(rid), h[0], "2026/11/%02d %02d:%02d" % (day, slot // 2, 30 * (slot % 2)), "%.3f" % base,
                      "%.3f" % (max(0.0, rnd.uniform(-0.2, 0.9)) if solar and 16 <= slot <= 32 else 0.0), rnd.choice(["正常"] * 30 + ["欠測", "推定"])])
H1 = ["供給地点特定番号", "契約者氏名", "フリガナ", "郵便番号", "需要場所住所", "連絡先電話", "生年月日", "世帯人数", "契約容量",
      "料金プラン", "計器番号", "備考"]
H2 = ["検針ID", "供給地点", "計測日時", "使用電力量kWh", "逆潮流kWh", "状態"]
for name, head, rows in (("契約", H1, hh), ("検針", H2, reads)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n"); w.writerow(head); w.writerows(rows)
L1 = ["OTHER_UNIQUE_IDENTIFIER", "NAME", "NAME", "ZIP_CODE", "STREET_ADDRESS", "TELEPHONE_NUMBER", "DATE_OF_BIRTH", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "DEVICE_IDENTIFIER", "FREE_TEXT"]
L2 = ["OTHER_UNIQUE_IDENTIFIER", "OTHER_UNIQUE_IDENTIFIER", "DATE", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING"]
cols = {"契約." + h: l for h, l in zip(H1, L1)}
cols.update({"検針." + h: l for h, l in zip(H2, L2)})
gold = {"dataset": "denki-jp",
        "description": "Invented Japanese smart-meter export, ',', Japanese headers: 12 households (22-digit supply-point numbers, kanji names with katakana readings, 〒NNN-NNNN postcodes, addresses, 0X0 mobiles, birth dates in Japanese era notation including 昭和8年 and 大正15年, meter serials, notes naming relatives with phones), 2,520 half-hourly readings (yyyy/MM/dd HH:mm) referring to the household as 供給地点",
        "delimiter": ",", "entity": "契約", "columns": cols,
        "foreignKeys": [{"column": "検針.供給地点", "references": "契約.供給地点特定番号"}]}
with open("gold.json", "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

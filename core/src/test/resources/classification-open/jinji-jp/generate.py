#!/usr/bin/env python3
"""breaker29: invented Japanese employee register (社員, 48 rows) and customer register of a securities firm (顧客, 1500
rows, with マイナンバー as Japanese brokers must collect it). Seeded, Python 3 stdlib only."""
import csv, json, random, datetime, os
R = random.Random(290)
HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本",
          "井上", "木村", "林", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "岡田", "長野", "浜松"]
FAMILY_KANA = ["サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ", "ヤマモト", "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマダ",
               "ササキ", "ヤマグチ", "マツモト", "イノウエ", "キムラ", "ハヤシ", "シミズ", "ヤマザキ", "モリ", "イケダ", "ハシモト", "アベ",
               "イシカワ", "マエダ", "フジタ", "オカダ", "ナガノ", "ハママツ"]
GIVEN = ["翔太", "大輔", "健太", "拓也", "直樹", "美咲", "陽子", "由美", "恵子", "さくら", "優子", "誠", "浩", "隆", "愛", "真由美", "裕子", "和也", "健一", "明美"]
GIVEN_KANA = ["ショウタ", "ダイスケ", "ケンタ", "タクヤ", "ナオキ", "ミサキ", "ヨウコ", "ユミ", "ケイコ", "サクラ", "ユウコ", "マコト", "ヒロシ", "タカシ",
              "アイ", "マユミ", "ユウコ", "カズヤ", "ケンイチ", "アケミ"]
PLACES = [("東京都", "新宿区", "03", "160"), ("東京都", "世田谷区", "03", "154"), ("東京都", "練馬区", "03", "176"),
          ("神奈川県", "横浜市港北区", "045", "222"), ("大阪府", "大阪市北区", "06", "530"), ("愛知県", "名古屋市中区", "052", "460"),
          ("静岡県", "浜松市中央区", "053", "430"), ("長野県", "長野市", "026", "380"), ("福岡県", "福岡市博多区", "092", "812"),
          ("北海道", "札幌市中央区", "011", "060"), ("埼玉県", "さいたま市浦和区", "048", "330"), ("千葉県", "船橋市", "047", "273")]
CHOME = ["本町", "中央", "栄", "緑が丘", "日吉", "桜台", "旭町", "若葉"]
def my_number():
    d = [R.randrange(10) for _ in range(11)]
    d[0] = R.randrange(1, 10)
    s = sum(d[11 - n] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = s % 11
    return "".join(map(str, d)) + str(0 if r <= 1 else 11 - r)
def wareki(d):
    if d >= datetime.date(2019, 5, 1):
        e, y = "令和", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        e, y = "平成", d.year - 1988
    else:
        e, y = "昭和", d.year - 1925
    return f"{e}{'元' if y == 1 else y}年{d.month}月{d.day}日"
def dob(lo, hi):
    return datetime.date(lo, 1, 1) + datetime.timedelta(days=R.randrange((datetime.date(hi, 12, 31) - datetime.date(lo, 1, 1)).days))
def person():
    fi, gi = R.randrange(len(FAMILY)), R.randrange(len(GIVEN))
    return FAMILY[fi] + " " + GIVEN[gi], FAMILY_KANA[fi] + " " + GIVEN_KANA[gi], ("女" if gi in (5, 6, 7, 8, 9, 10, 14, 15, 16, 19) else "男")
def phone(area):
    if R.random() < 0.55:
        return f"{R.choice(['090', '080', '070'])}-{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}"
    rest = 10 - len(area)
    a = rest - 4
    return f"{area}-{R.randrange(10 ** (a - 1), 10 ** a)}-{R.randrange(1000, 9999)}"
def address(pl):
    return f"{R.choice(CHOME)}{R.randrange(1, 6)}丁目{R.randrange(1, 30)}-{R.randrange(1, 20)}" + (f" {R.choice(['メゾン', 'コーポ', 'ハイツ'])}{R.choice(FAMILY)}{R.randrange(101, 510)}号室" if R.random() < 0.3 else "")
BUSHO = ["総務部", "人事部", "経理部", "営業部", "浜松営業所", "情報システム部", "法人営業部", "コンプライアンス部"]
YAKU = ["部長", "課長", "係長", "主任", "一般", "一般", "一般"]
emp = []
with open(os.path.join(HERE, "社員.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["社員番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "都道府県", "市区町村", "番地", "電話番号", "個人番号",
                "メールアドレス", "部署", "役職", "入社日", "雇用形態"])
    for i in range(48):
        n, k, s = person()
        pl = R.choice(PLACES)
        b = dob(1960, 2003)
        bs = wareki(b) if R.random() < 0.5 else b.strftime("%Y/%m/%d")
        eid = f"{R.choice(['A', 'B', 'C'])}{20000 + i * 7 + R.randrange(7):05d}"
        emp.append(eid)
        hired = max(b + datetime.timedelta(days=365 * 22 + R.randrange(400)), datetime.date(1983, 4, 1))
        hired = datetime.date(min(hired.year + R.randrange(0, 8), 2025), 4, 1) if R.random() < 0.7 else hired
        w.writerow([eid, n, k, s, bs, f"〒{pl[3]}-{R.randrange(10000):04d}", pl[0], pl[1], address(pl), phone(pl[2]), my_number(),
                    f"{k.split()[0].lower()}{i}@example.co.jp".replace(k.split()[0].lower(), "e" + eid.lower()), R.choice(BUSHO),
                    R.choice(YAKU), hired.strftime("%Y/%m/%d"), R.choice(["正社員", "正社員", "正社員", "契約社員", "パート"])])
with open(os.path.join(HERE, "顧客.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["顧客番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "都道府県", "市区町村", "住所", "電話番号", "個人番号",
                "口座区分", "投資経験", "会員ランク", "口座開設日", "担当者"])
    for i in range(1500):
        n, k, s = person()
        pl = R.choice(PLACES)
        b = dob(1928, 2005)
        bs = wareki(b) if R.random() < 0.4 else b.strftime("%Y/%m/%d")
        op = datetime.date(2005, 1, 1) + datetime.timedelta(days=R.randrange(7200))
        w.writerow([f"{1000000 + i * 13 + R.randrange(13)}", n, k, s, bs, f"〒{pl[3]}-{R.randrange(10000):04d}", pl[0], pl[1],
                    address(pl), phone(pl[2]), my_number(), R.choice(["特定口座（源泉徴収あり）", "特定口座（源泉徴収なし）", "一般口座", "NISA口座"]),
                    R.choice(["なし", "1年未満", "1～5年", "5年以上"]), R.choice(["ブロンズ", "シルバー", "ゴールド", "プラチナ"]),
                    op.strftime("%Y/%m/%d"), R.choice(emp[:20])])
gold = {"dataset": "jinji-jp",
        "description": "Invented Japanese registers of a securities firm (breaker29), ',', Japanese headers: 48 employees (社員番号 A20003, 氏名 kanji with フリガナ katakana, 生年月日 half yyyy/MM/dd half Japanese era 昭和60年4月12日/平成, 〒NNN-NNNN, 都道府県, 市区町村, 番地, 03-/0X0- phones, 個人番号 12-digit My Number with its check digit, e-mail, 部署 incl. 浜松営業所 (a town that is also a family name), 役職, 入社日) and 1500 customers born 1928-2005 (same columns, 住所, account type, rank, 口座開設日, 担当者 = 社員番号 of one of 20 staff). 都道府県 is a state (NON_IDENTIFYING); 市区町村 is CITY; 個人番号 NATIONAL_ID",
        "delimiter": ",", "entity": "顧客", "columns": {},
        "foreignKeys": [{"column": "顧客.担当者", "references": "社員.社員番号"}]}
c = gold["columns"]
for t, cols in [("社員", [("社員番号", "OTHER_UNIQUE_IDENTIFIER"), ("氏名", "NAME"), ("フリガナ", "NAME"), ("性別", "NON_IDENTIFYING"),
                         ("生年月日", "DATE_OF_BIRTH"), ("郵便番号", "ZIP_CODE"), ("都道府県", "NON_IDENTIFYING"), ("市区町村", "CITY"),
                         ("番地", "STREET_ADDRESS"), ("電話番号", "TELEPHONE_NUMBER"), ("個人番号", "NATIONAL_ID"), ("メールアドレス", "EMAIL_ADDRESS"),
                         ("部署", "NON_IDENTIFYING"), ("役職", "NON_IDENTIFYING"), ("入社日", "DATE"), ("雇用形態", "NON_IDENTIFYING")]),
                ("顧客", [("顧客番号", "OTHER_UNIQUE_IDENTIFIER"), ("氏名", "NAME"), ("フリガナ", "NAME"), ("性別", "NON_IDENTIFYING"),
                         ("生年月日", "DATE_OF_BIRTH"), ("郵便番号", "ZIP_CODE"), ("都道府県", "NON_IDENTIFYING"), ("市区町村", "CITY"),
                         ("住所", "STREET_ADDRESS"), ("電話番号", "TELEPHONE_NUMBER"), ("個人番号", "NATIONAL_ID"), ("口座区分", "NON_IDENTIFYING"),
                         ("投資経験", "NON_IDENTIFYING"), ("会員ランク", "NON_IDENTIFYING"), ("口座開設日", "DATE"), ("担当者", "OTHER_UNIQUE_IDENTIFIER")])]:
    for k, l in cols:
        c[t + "." + k] = l
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=2); fh.write("\n")

#!/usr/bin/env python3
"""Writes hostel-booking-jp: an invented booking export of a fictional Japanese hostel / ryokan (seeded, stdlib only),
',' , UTF-8, Japanese headers, dates 'yyyy/mm/dd'. 宿泊者 (guests): 1,150 guests (宿泊者ID 'G000123', 氏名 in kanji for
Japanese guests or Latin letters for foreign guests, フリガナ in full-width katakana, 性別, 生年月日, 国籍, 旅券番号 (foreign
guests only, as the Ryokan Business Act requires: Japanese 'TK1234567', US 9 digits, Chinese 'E12345678', Korean
'M12345678', others), 郵便番号 '123-4567', 住所, 電話番号 '090-1234-5678' / '03-1234-5678' / '+1 ...', メールアドレス, 会員区分).
予約 (bookings): 3,100 bookings (予約番号 'R26031400012', 宿泊者ID, 予約日, チェックイン, チェックアウト, 泊数, 人数, 部屋タイプ,
部屋名, プラン, 料金 in yen integers, 支払方法, 予約経路, 担当者コード, 担当者 (staff name copied), 備考 free text).
スタッフ (staff): 14 (担当者コード 'S07', 氏名, フリガナ, 役職, 入社日). Deliberate coincidences: rooms named 桜の間 and 松の間
beside guests named 桜 and the surname 松本 and the city 松本市; the surname 高山 beside the city 高山市; the plan
'京都満喫プラン' beside addresses in 京都市."""
import csv, json, random, os
rnd = random.Random(740303)
here = os.path.dirname(os.path.abspath(__file__))
SEI = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"), ("渡辺", "ワタナベ"),
       ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("松本", "マツモト"), ("高山", "タカヤマ"), ("吉田", "ヨシダ"),
       ("山田", "ヤマダ"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ")]
MEI = [("桜", "サクラ"), ("翔太", "ショウタ"), ("陽菜", "ヒナ"), ("大輔", "ダイスケ"), ("美咲", "ミサキ"), ("健一", "ケンイチ"),
       ("由美", "ユミ"), ("拓也", "タクヤ"), ("結衣", "ユイ"), ("直樹", "ナオキ"), ("恵子", "ケイコ"), ("隆", "タカシ"),
       ("彩", "アヤ"), ("悠斗", "ユウト")]
FOREIGN = [("アメリカ合衆国", ["John", "Emily", "Michael", "Sarah", "David"], ["Smith", "Johnson", "Miller", "Davis"], "US"),
           ("中国", ["Wei", "Fang", "Jing", "Lei"], ["Wang", "Li", "Zhang", "Liu", "Chen"], "CN"),
           ("韓国", ["Minjun", "Seoyeon", "Jiho", "Hayoon"], ["Kim", "Lee", "Park", "Choi"], "KR"),
           ("台湾", ["Yu-Ting", "Chia-Hao", "Pei-Shan"], ["Lin", "Huang", "Chang"], "TW"),
           ("オーストラリア", ["Jack", "Olivia", "Liam", "Chloe"], ["Brown", "Wilson", "Taylor"], "AU"),
           ("フランス", ["Camille", "Louis", "Léa"], ["Martin", "Bernard", "Dubois"], "FR"),
           ("ドイツ", ["Lukas", "Anna", "Felix"], ["Müller", "Schmidt", "Fischer"], "DE")]
KANA = {"John": "ジョン", "Emily": "エミリー", "Michael": "マイケル", "Sarah": "サラ", "David": "デイビッド", "Smith": "スミス",
        "Johnson": "ジョンソン", "Miller": "ミラー", "Davis": "デイビス", "Wei": "ウェイ", "Fang": "ファン", "Jing": "ジン", "Lei": "レイ",
        "Wang": "ワン", "Li": "リー", "Zhang": "チャン", "Liu": "リウ", "Chen": "チェン", "Minjun": "ミンジュン", "Seoyeon": "ソヨン",
        "Jiho": "ジホ", "Hayoon": "ハユン", "Kim": "キム", "Lee": "イ", "Park": "パク", "Choi": "チェ", "Yu-Ting": "ユーティン",
        "Chia-Hao": "チアハオ", "Pei-Shan": "ペイシャン", "Lin": "リン", "Huang": "ファン", "Chang": "チャン", "Jack": "ジャック",
        "Olivia": "オリビア", "Liam": "リアム", "Chloe": "クロエ", "Brown": "ブラウン", "Wilson": "ウィルソン", "Taylor": "テイラー",
        "Camille": "カミーユ", "Louis": "ルイ", "Léa": "レア", "Martin": "マルタン", "Bernard": "ベルナール", "Dubois": "デュボワ",
        "Lukas": "ルーカス", "Anna": "アンナ", "Felix": "フェリックス", "Müller": "ミュラー", "Schmidt": "シュミット", "Fischer": "フィッシャー"}
PLACES = [("東京都", "新宿区", "西新宿", "160", "03"), ("東京都", "世田谷区", "三軒茶屋", "154", "03"),
          ("大阪府", "大阪市北区", "梅田", "530", "06"), ("京都府", "京都市中京区", "烏丸通", "604", "075"),
          ("長野県", "松本市", "中央", "390", "0263"), ("岐阜県", "高山市", "上三之町", "506", "0577"),
          ("北海道", "札幌市中央区", "北一条西", "060", "011"), ("福岡県", "福岡市博多区", "博多駅前", "812", "092"),
          ("愛知県", "名古屋市中区", "栄", "460", "052"), ("神奈川県", "横浜市西区", "みなとみらい", "220", "045")]
ROOMS = [("ドミトリー（男女混合8名）", ["D1", "D2"]), ("ドミトリー（女性専用4名）", ["D3"]), ("和室6畳", ["桜の間", "松の間", "竹の間"]),
         ("和室10畳", ["梅の間", "菊の間"]), ("個室ツイン", ["201", "202", "203", "301"]), ("家族向け和洋室", ["401"])]
PLANS = ["素泊まり", "朝食付き", "1泊2食付き", "京都満喫プラン", "連泊割引プラン", "早割28"]
PAY = ["現地払い（現金）", "現地払い（クレジットカード）", "事前決済", "PayPay"]
ROUTE = ["直接予約", "楽天トラベル", "じゃらんnet", "Booking.com", "Expedia", "Airbnb", "電話"]
BIKO = ["", "", "", "", "到着が22時過ぎになります", "ベジタリアン対応希望", "{n}様と同室希望", "駅まで送迎希望", "誕生日のお祝い（{n}様）",
        "アレルギー：そば", "Late check-in around 23:00", "領収書宛名：{n}"]
STAFF = [("山口", "ヤマグチ", "美穂", "ミホ"), ("森", "モリ", "健太", "ケンタ"), ("石川", "イシカワ", "真由美", "マユミ"),
         ("前田", "マエダ", "翼", "ツバサ"), ("藤田", "フジタ", "さくら", "サクラ"), ("岡田", "オカダ", "誠", "マコト"),
         ("後藤", "ゴトウ", "千尋", "チヒロ"), ("長谷川", "ハセガワ", "亮", "リョウ"), ("村上", "ムラカミ", "愛", "アイ"),
         ("近藤", "コンドウ", "大樹", "ダイキ"), ("Emma", "エマ", "Clarke", "クラーク"), ("坂本", "サカモト", "遥", "ハルカ"),
         ("遠藤", "エンドウ", "剛", "ツヨシ"), ("青木", "アオキ", "七海", "ナナミ")]
staff = []
for i, (s, sk, m, mk) in enumerate(STAFF):
    yakushoku = "支配人" if i == 0 else ("副支配人" if i == 1 else rnd.choice(["フロント", "フロント", "清掃", "調理", "アルバイト"]))
    name = "%s %s" % (m, s) if s == "Emma" else "%s %s" % (s, m)
    staff.append(["S%02d" % (i + 1), name if s != "Emma" else "Emma Clarke", "%s %s" % (sk, mk) if s != "Emma" else "エマ クラーク", yakushoku,
                  "%04d/%02d/%02d" % (rnd.randint(2008, 2025), rnd.randint(1, 12), rnd.choice([1, 1, 16]))])
def passport(cc):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "US": return "%09d" % rnd.randint(500000000, 699999999)
    if cc == "CN": return "E%08d" % rnd.randint(0, 99999999)
    if cc == "KR": return "M%08d" % rnd.randint(0, 99999999)
    if cc == "TW": return "3%08d" % rnd.randint(0, 99999999)
    if cc == "AU": return "%s%07d" % (rnd.choice("NPE") + rnd.choice(L), rnd.randint(0, 9999999))
    if cc == "FR": return "%02d%s%05d" % (rnd.randint(10, 99), rnd.choice(L) + rnd.choice(L), rnd.randint(0, 99999))
    return "C%s%07d" % (rnd.choice("FGHJK"), rnd.randint(0, 9999999))
guests = []
for i in range(1150):
    sex = rnd.choice(["男", "女"])
    dob = "%04d/%02d/%02d" % (rnd.randint(1940, 2008), rnd.randint(1, 12), rnd.randint(1, 28))
    if rnd.random() < 0.62:
        (s, sk), (m, mk) = rnd.choice(SEI), rnd.choice(MEI)
        pref, city, town, zp, area = rnd.choice(PLACES)
        zipc = "%s-%04d" % (zp, rnd.randint(0, 9999))
        addr = "%s%s%s%d丁目%d-%d%s" % (pref, city, town, rnd.randint(1, 5), rnd.randint(1, 30), rnd.randint(1, 20),
                                      rnd.choice(["", "", " サンシャインハイツ%d号室" % rnd.randint(101, 908), " コーポ山田%d" % rnd.randint(101, 305)]))
        if area == "03" or area == "06": tel = "%s-%04d-%04d" % (area, rnd.randint(1000, 9999), rnd.randint(0, 9999))
        else: tel = "%s-%d-%04d" % (area, rnd.randint(10, 999), rnd.randint(0, 9999))
        if rnd.random() < 0.6: tel = "%s-%04d-%04d" % (rnd.choice(["090", "080", "070"]), rnd.randint(1000, 9999), rnd.randint(0, 9999))
        row = [s + " " + m, sk + " " + mk, sex, dob, "日本", "", zipc, addr, tel]
    else:
        nat, gv, fm, cc = rnd.choice(FOREIGN)
        g, f = rnd.choice(gv), rnd.choice(fm)
        addr = {"US": "%d Oak St, Portland, OR", "CN": "上海市浦东新区世纪大道%d号", "KR": "서울특별시 강남구 테헤란로 %d",
                "TW": "台北市大安區復興南路%d號", "AU": "%d George St, Sydney NSW", "FR": "%d rue de Rivoli, Paris",
                "DE": "Hauptstraße %d, Berlin"}[cc] % rnd.randint(1, 400)
        tel = {"US": "+1 503-555-%04d", "CN": "+86 138 %04d 5678", "KR": "+82 10-%04d-5678", "TW": "+886 912 %04d 78",
               "AU": "+61 412 %04d 78", "FR": "+33 6 12 %04d 8", "DE": "+49 151 %04d 789"}[cc] % rnd.randint(0, 9999)
        row = ["%s %s" % (f.upper(), g.upper()) if rnd.random() < 0.7 else "%s %s" % (g, f), "%s %s" % (KANA[f], KANA[g]), sex, dob,
               nat, passport(cc), "", addr if rnd.random() < 0.85 else "", tel if rnd.random() < 0.8 else ""]
    mail = "" if rnd.random() < 0.25 else "guest%05d@%s" % (rnd.randint(0, 99999), rnd.choice(["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com", "outlook.com"]))
    guests.append(["G%06d" % (100 + i)] + row + [mail, rnd.choice(["一般", "一般", "会員", "ゴールド会員"])])
gw = [1.0 / (1 + k % 41) ** 0.5 for k in range(len(guests))]
books = []; seen = set()
for i in range(3100):
    g = rnd.choices(guests, gw)[0]
    y = rnd.choice([2025, 2026]); mo = rnd.randint(1, 12 if y == 2025 else 6); d = rnd.randint(1, 28)
    n = rnd.choices([1, 2, 3, 4, 7], [50, 25, 12, 8, 5])[0]
    import datetime
    ci = datetime.date(y, mo, d); co = ci + datetime.timedelta(days=n); bk = ci - datetime.timedelta(days=rnd.randint(0, 120))
    rno = "R%s%04d" % (ci.strftime("%y%m%d"), rnd.randint(1, 9999))
    while rno in seen: rno = "R%s%04d" % (ci.strftime("%y%m%d"), rnd.randint(1, 9999))
    seen.add(rno)
    rt, names = rnd.choice(ROOMS); people = 1 if rt.startswith("ドミトリー") else rnd.randint(1, 4)
    price = (rnd.choice([3200, 3500, 3800]) if rt.startswith("ドミトリー") else rnd.choice([9800, 12800, 15400, 18700, 22000])) * n * (people if not rt.startswith("ドミトリー") else 1)
    st = rnd.choice(staff) if rnd.random() < 0.9 else None
    books.append([rno, g[0], bk.strftime("%Y/%m/%d"), ci.strftime("%Y/%m/%d"), co.strftime("%Y/%m/%d"), str(n), str(people), rt,
                  rnd.choice(names), rnd.choice(PLANS), str(price), rnd.choice(PAY), rnd.choice(ROUTE), st[0] if st else "", st[1] if st else "",
                  rnd.choice(BIKO).format(n=rnd.choice(SEI)[0] + rnd.choice(MEI)[0])])
def write(name, header, rows):
    with open(os.path.join(here, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(header); w.writerows(rows)
GH = ["宿泊者ID", "氏名", "フリガナ", "性別", "生年月日", "国籍", "旅券番号", "郵便番号", "住所", "電話番号", "メールアドレス", "会員区分"]
BH = ["予約番号", "宿泊者ID", "予約日", "チェックイン", "チェックアウト", "泊数", "人数", "部屋タイプ", "部屋名", "プラン", "料金", "支払方法",
      "予約経路", "担当者コード", "担当者", "備考"]
SH = ["担当者コード", "氏名", "フリガナ", "役職", "入社日"]
write("宿泊者", GH, guests); write("予約", BH, books); write("スタッフ", SH, staff)
O, N = "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING"
L = {"宿泊者": [O, "NAME", "NAME", N, "DATE_OF_BIRTH", N, "NATIONAL_ID", "ZIP_CODE", "STREET_ADDRESS", "TELEPHONE_NUMBER", "EMAIL_ADDRESS", N],
     "予約": [O, O, "DATE", "DATE", "DATE", N, N, N, N, N, N, N, N, O, "NAME", "FREE_TEXT"],
     "スタッフ": [O, "NAME", "NAME", N, "DATE"]}
cols = {}
for t, h in (("宿泊者", GH), ("予約", BH), ("スタッフ", SH)):
    for c, l in zip(h, L[t]): cols[t + "." + c] = l
gold = {"dataset": "hostel-booking-jp",
        "description": "Invented Japanese hostel / ryokan booking export, ',', UTF-8, yyyy/mm/dd: 1,150 宿泊者 (宿泊者ID 'G000123', 氏名 kanji '松本 桜' or Latin 'SMITH JOHN' for the 38% foreign guests, フリガナ full-width katakana, 性別, 生年月日, 国籍, 旅券番号 for foreign guests only (US 9 digits, 'E12345678', 'M12345678', ...), 郵便番号 '390-0811' (Japanese only), 住所 (Japanese '長野県松本市中央2丁目3-4' or foreign addresses in their scripts, 15% of foreign empty), 電話番号 '090-1234-5678' / '0263-12-3456' / '+1 503-555-0123', メールアドレス 25% empty, 会員区分), 3,100 予約 (予約番号 'R2603140012', 宿泊者ID FK with skew, 予約日, チェックイン, チェックアウト, 泊数, 人数, 部屋タイプ, 部屋名 ('桜の間', '201'), プラン, 料金 yen integer, 支払方法, 予約経路, 担当者コード FK (10% empty), 担当者 (staff name copied), 備考 free text naming companions), 14 スタッフ (担当者コード 'S07', 氏名, フリガナ, 役職, 入社日). 旅券番号 NATIONAL_ID; 国籍 NON_IDENTIFYING; 部屋名 NON_IDENTIFYING; staff code OTHER_UNIQUE_IDENTIFIER (as jinji-jp's 担当者). Coincidences: rooms 桜の間/松の間 beside guests named 桜 and 松本 and the city 松本市; the surname 高山 beside 高山市; plan 京都満喫プラン beside addresses in 京都市; staff member 藤田 さくら beside guests named 桜 (サクラ)",
        "delimiter": ",", "entity": "宿泊者", "columns": cols,
        "foreignKeys": [{"column": "予約.宿泊者ID", "references": "宿泊者.宿泊者ID"}, {"column": "予約.担当者コード", "references": "スタッフ.担当者コード"}]}
with open(os.path.join(here, "gold.json"), "w", encoding="utf-8", newline="\n") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

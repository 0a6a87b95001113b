#!/usr/bin/env python3
"""Writes yinhang-tw: an invented customer (KYC) and account export of a FICTIONAL Taiwanese commercial bank (seeded,
stdlib only), ',', UTF-8, Traditional Chinese table names and headers. 客戶 1,200 customers: 客戶編號, 身分證字號
(citizens: 1 letter + 9 digits with the published weighted check; foreign residents: the 2021 new-format 統一證號,
letter + 8/9 + 8 digits with the same check, and a few old-format two-letter 居留證 numbers), 姓名 (Chinese; foreign
residents in Latin capitals), 英文姓名 (passport spelling), 性別, 出生日期 in ROC (Minguo) years, written
民國75年3月14日 or 075/03/14 or 75/03/14 (some born 民國14-23, i.e. over 89), 國籍, 戶籍地址 / 通訊地址 (often
同戶籍地址), 郵遞區號 (3 or 5 digits), 縣市, 鄉鎮市區, 行動電話 and 住家電話 in several spellings, 電子郵件, 職業,
服務機構, 年收入, 風險等級, 投資屬性, PEP flag, 開戶分行 (branch short names such as 信義, 建國, 民生, which are also
given names of customers: 林信義, 王建國), 理專 (15 relationship managers over all rows), 開戶日期 (ROC), 備註 naming
relatives, phones and ID numbers. 帳戶 1,700 accounts (帳號 14 digits starting with the branch code, 客戶編號, 分行代號,
類別, 幣別, 餘額, 開戶日期 yyyy/MM/dd, 狀態, 網銀代號 (online-banking user code), 約定轉入帳號 (another bank's
code-account)). 分行 30 branches (代號, 名稱, 地址, 電話, 經理)."""
import csv, json, random, datetime
rnd = random.Random(40403)
LET = {"A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19, "L": 20, "M": 21,
       "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33}
def check(letter, second, digits8):
    """The weighted mod-10 check of a Taiwanese ID / resident certificate (second: the 2nd character's value)."""
    n = LET[letter]
    s = n // 10 + 9 * (n % 10) + 8 * second + sum(int(d) * w for d, w in zip(digits8, [7, 6, 5, 4, 3, 2, 1]))
    return str((10 - s % 10) % 10)
def tw_id(letter, male):
    sx = 1 if male else 2; rest = "".join(str(rnd.randint(0, 9)) for _ in range(7))
    return letter + str(sx) + rest + check(letter, sx, rest)
def new_arc(letter, male):
    sx = 8 if male else 9; rest = "".join(str(rnd.randint(0, 9)) for _ in range(7))
    return letter + str(sx) + rest + check(letter, sx, rest)
def old_arc(letter, male):
    l2 = rnd.choice("AC") if male else rnd.choice("BD"); rest = "".join(str(rnd.randint(0, 9)) for _ in range(7))
    return letter + l2 + rest + check(letter, LET[l2] % 10, rest)
SURN = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周"]
SURN_PY = {"陳": "CHEN", "林": "LIN", "黃": "HUANG", "張": "CHANG", "李": "LI", "王": "WANG", "吳": "WU", "劉": "LIU", "蔡": "TSAI",
           "楊": "YANG", "許": "HSU", "鄭": "CHENG", "謝": "HSIEH", "郭": "KUO", "洪": "HUNG", "曾": "TSENG", "邱": "CHIU", "廖": "LIAO",
           "賴": "LAI", "周": "CHOU"}
GIVEN_M = [("建國", "CHIEN-KUO"), ("志明", "CHIH-MING"), ("信義", "HSIN-YI"), ("俊傑", "CHUN-CHIEH"), ("家豪", "CHIA-HAO"),
           ("冠宇", "KUAN-YU"), ("民生", "MIN-SHENG"), ("文雄", "WEN-HSIUNG"), ("承翰", "CHENG-HAN"), ("宗翰", "TSUNG-HAN"), ("柏宇", "PO-YU")]
GIVEN_F = [("怡君", "YI-CHUN"), ("淑芬", "SHU-FEN"), ("雅婷", "YA-TING"), ("美玲", "MEI-LING"), ("佳穎", "CHIA-YING"),
           ("欣怡", "HSIN-YI"), ("秀英", "HSIU-YING"), ("詩涵", "SHIH-HAN"), ("宜蓁", "YI-CHEN"), ("麗華", "LI-HUA")]
GIVEN = ["建國", "志明", "信義", "俊傑", "家豪", "冠宇", "民生", "文雄", "承翰", "宗翰", "柏宇", "怡君", "淑芬", "雅婷", "美玲", "佳穎", "欣怡", "秀英", "詩涵", "宜蓁", "麗華"]  # the Chinese given names of GIVEN_M + GIVEN_F written out (the checkers read this list literally)
FAMILY = ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾", "邱", "廖", "賴", "周"]  # = SURN
FOREIGN = [("NGUYEN THI HOA", "越南", False), ("TRAN VAN NAM", "越南", True), ("SITI NURHALIZA", "印尼", False),
           ("DEWI LESTARI", "印尼", False), ("MARIA CRISTINA SANTOS", "菲律賓", False), ("JOHN MICHAEL REYES", "菲律賓", True),
           ("SOMCHAI WONGSAWAT", "泰國", True), ("DAVID MILLER", "美國", True), ("TANAKA YUKI", "日本", False)]
# 縣市, ID letter, area code, [(鄉鎮市區, zip3, streets)]
AREAS = [("臺北市", "A", "02", [("大安區", "106", ["忠孝東路四段", "敦化南路二段", "和平東路三段"]), ("信義區", "110", ["松仁路", "基隆路一段", "忠孝東路五段"]),
                               ("中山區", "104", ["民生東路二段", "南京東路二段", "林森北路"]), ("士林區", "111", ["中正路", "文林路"])]),
         ("新北市", "F", "02", [("板橋區", "220", ["文化路一段", "中山路二段"]), ("永和區", "234", ["永和路二段", "中正路"]), ("新莊區", "242", ["中正路", "思源路"])]),
         ("桃園市", "H", "03", [("桃園區", "330", ["中正路", "復興路"]), ("中壢區", "320", ["中央西路二段", "環中東路"])]),
         ("臺中市", "B", "04", [("西屯區", "407", ["臺灣大道三段", "文心路三段"]), ("北屯區", "406", ["崇德路二段", "文心路四段"])]),
         ("臺南市", "D", "06", [("東區", "701", ["東門路二段", "林森路一段"]), ("永康區", "710", ["中華路", "永大路二段"])]),
         ("高雄市", "E", "07", [("苓雅區", "802", ["四維三路", "中正一路"]), ("左營區", "813", ["博愛二路", "自由二路"])]),
         ("新竹市", "O", "03", [("東區", "300", ["光復路二段", "建國路"])]), ("彰化縣", "N", "04", [("彰化市", "500", ["中山路二段", "民族路"])]),
         ("花蓮縣", "U", "03", [("花蓮市", "970", ["中山路", "建國路"])])]
AW = [22, 18, 13, 14, 8, 10, 5, 6, 4]
JOBS = [("軍公教", ["國防部", "臺北市政府", "國立臺灣大學"]), ("金融業", ["國泰人壽", "富邦銀行"]), ("製造業", ["台積電", "鴻海精密", "友達光電"]),
        ("服務業", ["統一超商", "王品餐飲"]), ("醫療業", ["長庚醫院", "臺大醫院"]), ("自營商", ["自營"]), ("家管", [""]), ("學生", [""]),
        ("退休", [""]), ("資訊業", ["聯發科技", "趨勢科技"])]
TITLES = {"軍公教": ["科員", "教師", "士官長"], "金融業": ["業務經理", "專員"], "製造業": ["工程師", "作業員", "副理"], "服務業": ["店長", "服務員"],
          "醫療業": ["護理師", "醫師", "藥師"], "自營商": ["負責人"], "資訊業": ["工程師", "專案經理"]}
INCOME = ["50萬以下", "50萬-100萬", "100萬-200萬", "200萬-500萬", "500萬以上"]
RM = ["陳冠廷", "林佩珊", "黃志偉", "張雅雯", "李宗憲", "王思涵", "吳承恩", "劉家瑋", "蔡宛臻", "楊智凱", "許雅琪", "鄭宇軒", "謝孟儒", "郭立群", "洪珮瑜"]
BR = [("0401", "信義"), ("0402", "大安"), ("0403", "中山"), ("0404", "民生"), ("0405", "士林"), ("0406", "建國"), ("0407", "板橋"),
      ("0408", "永和"), ("0409", "新莊"), ("0410", "桃園"), ("0411", "中壢"), ("0412", "西屯"), ("0413", "北屯"), ("0414", "臺南"),
      ("0415", "永康"), ("0416", "苓雅"), ("0417", "左營"), ("0418", "新竹"), ("0419", "彰化"), ("0420", "花蓮"), ("0421", "敦南"),
      ("0422", "南京東路"), ("0423", "松山"), ("0424", "內湖"), ("0425", "三重"), ("0426", "中和"), ("0427", "竹北"), ("0428", "鳳山"),
      ("0429", "營業部"), ("0430", "國際金融業務分行")]

def roc(d, style):
    y = d.year - 1911
    return {0: "民國%d年%d月%d日" % (y, d.month, d.day), 1: "%03d/%02d/%02d" % (y, d.month, d.day), 2: "%d/%02d/%02d" % (y, d.month, d.day)}[style]
def mobile(style):
    n = "09" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    return [n, "%s-%s-%s" % (n[:4], n[4:7], n[7:]), "+886" + n[1:]][style]
branches = []
for code, short in BR:
    a = rnd.choices(AREAS, AW)[0]; dist = rnd.choice(a[3])
    branches.append([code, short + ("分行" if not short.endswith("分行") and short != "營業部" else ""),
                     "%s%s%s%d號" % (a[0], dist[0], rnd.choice(dist[2]), rnd.randint(1, 300)),
                     "(%s)%d-%04d" % (a[2], rnd.randint(2000, 2999) if a[2] in ("02", "04") else rnd.randint(200, 899), rnd.randint(0, 9999)),
                     rnd.choice(SURN) + rnd.choice(GIVEN)])
customers, accounts = [], []
used = set()
for k in range(1200):
    a = rnd.choices(AREAS, AW)[0]; dist = rnd.choice(a[3])
    foreign = rnd.random() < 0.06
    male = rnd.random() < 0.5
    if foreign:
        fn, nat, male = rnd.choice(FOREIGN)
        pid = old_arc(a[1], male) if rnd.random() < 0.3 else new_arc(a[1], male)
        name, ename = fn, fn
    else:
        nat = "中華民國"
        pid = tw_id(a[1] if rnd.random() < 0.8 else rnd.choice(list("ABDEFHN")), male)
        s = rnd.choice(SURN); g = rnd.choice(GIVEN_M if male else GIVEN_F)
        name, ename = s + g[0], "%s, %s" % (SURN_PY[s], g[1])
    if pid in used:
        continue
    used.add(pid)
    if rnd.random() < 0.03:
        birth = datetime.date(rnd.randint(1925, 1934), rnd.randint(1, 12), rnd.randint(1, 28))
    else:
        birth = datetime.date(rnd.randint(1940, 2005), rnd.randint(1, 12), rnd.randint(1, 28))
    addr = "%s%s%s%d號%s" % (a[0], dist[0], rnd.choice(dist[2]), rnd.randint(1, 350), rnd.choice(["", "", "%d樓" % rnd.randint(2, 15), "%d樓之%d" % (rnd.randint(2, 12), rnd.randint(1, 5))]))
    if rnd.random() < 0.3:
        addr = addr.replace("號", "巷%d弄%d號" % (rnd.randint(1, 200), rnd.randint(1, 30)), 1) if rnd.random() < 0.5 else addr
    mail_addr = "同戶籍地址" if rnd.random() < 0.6 else "%s%s%s%d號" % (a[0], dist[0], rnd.choice(dist[2]), rnd.randint(1, 350))
    job, orgs = rnd.choice(JOBS) if birth.year > 1958 else rnd.choice([("退休", [""]), ("家管", [""]), ("自營商", ["自營"])])
    if birth.year > 2002 and rnd.random() < 0.6:
        job, orgs = "學生", [""]
    open_d = datetime.date(rnd.randint(max(birth.year + 18, 1995), 2024), rnd.randint(1, 12), rnd.randint(1, 28))
    if open_d.year == 2024 and open_d.month > 10:
        open_d = open_d.replace(month=10)
    br = rnd.choice(BR)
    cid = "C%09d" % (100000000 + k * 37 + rnd.randint(0, 30))
    home = "" if rnd.random() < 0.4 else rnd.choice(["(%s)%d-%04d", "%s-%d%04d"]) % (a[2], rnd.randint(2000, 2999) if a[2] in ("02", "04") else rnd.randint(200, 899), rnd.randint(0, 9999))
    email = "" if rnd.random() < 0.25 else "%s%s%d@%s" % (ename.split(",")[0].split()[0].lower(), rnd.choice(["", ".", "_"]), rnd.randint(1, 99),
                                                              rnd.choice(["gmail.com", "yahoo.com.tw", "hotmail.com", "msa.hinet.net"]))
    mob = mobile(rnd.choice([0, 1, 1, 2]))
    note = rnd.choice(["", "", "", "", "", "緊急聯絡人：配偶%s%s，電話%s" % (rnd.choice(SURN), rnd.choice(GIVEN), mobile(0)),
                       "客戶於%s臨櫃更新手機號碼" % roc(open_d, 1), "代理人%s（身分證%s）代辦" % (rnd.choice(SURN) + rnd.choice(GIVEN), tw_id(a[1], rnd.random() < 0.5)),
                       "高齡客戶，需家屬陪同", "警示戶解除，113/03/05", "已完成KYC定期審查"])
    customers.append([cid, pid, name, ename, "男" if male else "女", roc(birth, rnd.choice([0, 1, 1, 2])), nat, addr, mail_addr,
                      dist[1] + ("%02d" % rnd.randint(1, 99) if rnd.random() < 0.5 else ""), a[0], dist[0], mob, home, email, job,
                      rnd.choice(orgs), rnd.choice(TITLES.get(job, [""])), rnd.choice(INCOME), rnd.choice(["低", "低", "低", "中", "中", "高"]),
                      rnd.choice(["保守型", "穩健型", "積極型"]), "是" if rnd.random() < 0.01 else "否", br[1], rnd.choice(RM), roc(open_d, 1), note])
    for _ in range(rnd.choice([1, 1, 1, 2, 2])):
        b = br if rnd.random() < 0.8 else rnd.choice(BR)
        ad = open_d + datetime.timedelta(days=rnd.randint(0, 3000))
        ad = min(ad, datetime.date(2024, 10, 31))
        acc = b[0] + "".join(str(rnd.randint(0, 9)) for _ in range(10))
        kind = rnd.choice(["活期儲蓄存款", "活期儲蓄存款", "活期存款", "定期存款", "外幣活期存款", "支票存款"])
        accounts.append([acc, cid, b[0], kind, "USD" if kind.startswith("外幣") else "TWD", "%.0f" % (rnd.lognormvariate(11, 1.5)) if not kind.startswith("外幣") else "%.2f" % rnd.lognormvariate(8, 1.2),
                         ad.strftime("%Y/%m/%d"), rnd.choice(["正常", "正常", "正常", "正常", "靜止戶", "結清", "警示帳戶"]),
                         "" if rnd.random() < 0.3 else "%s%04d" % (ename.split(",")[0].split()[0].lower()[:6], rnd.randint(0, 9999)),
                         "" if rnd.random() < 0.6 else "%s-%s" % (rnd.choice(["822", "812", "013", "700", "004"]), "".join(str(rnd.randint(0, 9)) for _ in range(12)))])
CH = ["客戶編號", "身分證字號", "姓名", "英文姓名", "性別", "出生日期", "國籍", "戶籍地址", "通訊地址", "郵遞區號", "縣市", "鄉鎮市區",
      "行動電話", "住家電話", "電子郵件", "職業", "服務機構", "職稱", "年收入", "風險等級", "投資屬性", "是否為PEP", "開戶分行", "理專",
      "開戶日期", "備註"]
CL = ["OTHER_UNIQUE_IDENTIFIER", "NATIONAL_ID", "NAME", "NAME", "NON_IDENTIFYING", "DATE_OF_BIRTH", "NON_IDENTIFYING",
      "STREET_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "NON_IDENTIFYING", "CITY", "TELEPHONE_NUMBER", "TELEPHONE_NUMBER",
      "EMAIL_ADDRESS", "NON_IDENTIFYING", "QUASI_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
      "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NAME", "DATE", "FREE_TEXT"]
AH = ["帳號", "客戶編號", "分行代號", "帳戶類別", "幣別", "餘額", "開戶日期", "帳戶狀態", "網銀代號", "約定轉入帳號"]
ALB = ["ACCOUNT_NUMBER", "OTHER_UNIQUE_IDENTIFIER", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING", "NON_IDENTIFYING",
       "DATE", "NON_IDENTIFYING", "OTHER_UNIQUE_IDENTIFIER", "ACCOUNT_NUMBER"]
BH = ["分行代號", "分行名稱", "地址", "電話", "經理"]
BL = ["NON_IDENTIFYING", "NON_IDENTIFYING", "STREET_ADDRESS", "TELEPHONE_NUMBER", "NAME"]
for name, head, data in (("客戶", CH, customers), ("帳戶", AH, accounts), ("分行", BH, branches)):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(head); w.writerows(data)
columns = {}
for t, hs, ls in (("客戶", CH, CL), ("帳戶", AH, ALB), ("分行", BH, BL)):
    columns.update({t + "." + h: l for h, l in zip(hs, ls)})
gold = {"dataset": "yinhang-tw",
        "description": "Invented KYC/account export of a fictional Taiwanese bank (breaker40), ',', Traditional Chinese headers: 客戶 %d (客戶編號; 身分證字號 NATIONAL_ID: citizen IDs letter+9 digits with the weighted check, new-format 統一證號 letter+8/9+8 digits and old two-letter 居留證 numbers for foreign residents; 姓名 Chinese or Latin capitals; 英文姓名 'CHEN, YI-CHUN'; ROC birth dates 民國75年3月14日 / 075/03/14 / 75/03/14, some born 1925-1934; addresses; 郵遞區號 3 or 5 digits; 縣市 NON_IDENTIFYING (as 都道府県); 鄉鎮市區 CITY; phones in several spellings; e-mail; occupation, employer QUASI, title, income bracket, AML risk grade, investor profile, PEP flag, branch short name (信義, 建國, 民生 = given names of some customers), 理專 relationship manager NAME (15 over all rows), 開戶日期 ROC 113/05/02, 備註 FREE_TEXT naming relatives, agents' ID numbers, phones), 帳戶 %d (14-digit 帳號 starting with the branch code ACCOUNT_NUMBER, 客戶編號, 分行代號, type, currency, balance, 開戶日期 yyyy/MM/dd, status, 網銀代號 online-banking user code OTHER_UNIQUE_IDENTIFIER, 約定轉入帳號 bank code + 12-digit account ACCOUNT_NUMBER), 分行 30 (code, name, address, phone, manager)" % (len(customers), len(accounts)),
        "delimiter": ",", "entity": "客戶", "columns": columns,
        "foreignKeys": [{"column": "帳戶.客戶編號", "references": "客戶.客戶編號"}, {"column": "帳戶.分行代號", "references": "分行.分行代號"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")

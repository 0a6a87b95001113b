#!/usr/bin/env python3
"""Writes kargo-tr: an invented export of a fictional Turkish online shop and its courier shipments (seeded, stdlib
only), ';' separated with decimal commas and thousands dots, dates dd.MM.yyyy. kampanyalar: 12 campaigns (code, name,
discount %, start, end, minimum basket, active). musteriler: 1,150 customers (Müşteri No, TC Kimlik No with its two
check digits, Ad, Soyad, birth date, sex, mobile '0532 123 45 67' in three styles, e-mail, il, ilçe, mahalle, sokak,
bina no, daire, posta kodu, IBAN TR (mod 97), registration date, segment, KVKK consent). siparisler: 3,400 orders
(Sipariş No, Müşteri No, date-time, campaign code, product code/name/category, quantity, unit price, VAT, total, payment
type, instalments, the delivery address as one string, the invoice name, an order note naming people on some).
gonderiler: 3,236 shipments (Gönderi ID, Sipariş No, courier, tracking number in each courier's shape, barcode,
origin and destination branch, recipient name in capitals, recipient phone, desi, weight, fee, status, delivery
date-time, who took delivery). Deliberate coincidences: the given name Aydın and the surname Aydın beside the il Aydın,
the given names Deniz and Bahar beside the il Denizli and the campaign 'Bahar İndirimi', the surname Kaya beside the
mahalle Kayaşehir, branches named after ilçeler."""
import csv, json, random
rnd = random.Random(720202)
ERKEK = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Murat", "Emre", "Burak", "Oğuz",
         "Çağlar", "Gökhan", "Aydın", "Deniz", "Barış", "Yiğit", "Eren", "Ümit"]
KADIN = ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Şule", "Gülşen", "Büşra", "Çiğdem",
         "Derya", "Bahar", "Deniz", "Ebru", "İpek", "Ilgın", "Gözde", "Sıla"]
SOYAD = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
         "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Güneş", "Ünal", "Akgül",
         "Işık", "Uğurlu", "Ağaoğlu", "Erdem", "Bulut", "Türkmen"]
GEO = [("İstanbul", "Kadıköy", [("Caferağa Mah.", "34710"), ("Fenerbahçe Mah.", "34726"), ("Koşuyolu Mah.", "34718")]),
       ("İstanbul", "Üsküdar", [("Altunizade Mah.", "34662"), ("Kuzguncuk Mah.", "34674")]),
       ("İstanbul", "Esenyurt", [("Cumhuriyet Mah.", "34510"), ("Yenikent Mah.", "34517")]),
       ("İstanbul", "Başakşehir", [("Kayaşehir Mah.", "34494"), ("Bahçeşehir 1. Kısım Mah.", "34488")]),
       ("İstanbul", "Beşiktaş", [("Levent Mah.", "34330"), ("Bebek Mah.", "34342")]),
       ("Ankara", "Çankaya", [("Bahçelievler Mah.", "06490"), ("Ayrancı Mah.", "06540"), ("Kızılay Mah.", "06420")]),
       ("Ankara", "Keçiören", [("Etlik Mah.", "06010")]), ("Ankara", "Yenimahalle", [("Demetevler Mah.", "06200")]),
       ("İzmir", "Karşıyaka", [("Bostanlı Mah.", "35590")]), ("İzmir", "Bornova", [("Kazımdirik Mah.", "35100")]),
       ("İzmir", "Konak", [("Alsancak Mah.", "35220")]), ("Aydın", "Efeler", [("Cumhuriyet Mah.", "09100")]),
       ("Aydın", "Kuşadası", [("Türkmen Mah.", "09400")]), ("Bursa", "Nilüfer", [("Görükle Mah.", "16285"), ("Özlüce Mah.", "16285")]),
       ("Bursa", "Osmangazi", [("Soğanlı Mah.", "16190")]), ("Antalya", "Muratpaşa", [("Güzeloba Mah.", "07230")]),
       ("Antalya", "Konyaaltı", [("Liman Mah.", "07130")]), ("Denizli", "Pamukkale", [("Kınıklı Mah.", "20160")]),
       ("Denizli", "Merkezefendi", [("Sırakapılar Mah.", "20010")]), ("Gaziantep", "Şahinbey", [("Karataş Mah.", "27060")]),
       ("Ordu", "Altınordu", [("Durugöl Mah.", "52200")])]
SOKAK = ["Atatürk Cad.", "Cumhuriyet Cad.", "Gül Sk.", "Lale Sk.", "1453. Sk.", "Bağdat Cad.", "İnönü Cad.", "Menekşe Sk.",
         "Şehit Ahmet Yıldız Sk.", "Zeytin Sk.", "Çınar Sk.", "Deniz Sk.", "Papatya Sk.", "2041. Sk.", "Gazi Bulvarı", "Fevzi Çakmak Cad."]
GSM = ["501", "505", "506", "530", "532", "533", "535", "536", "539", "541", "542", "543", "544", "545", "546", "551", "552", "553", "555"]
BANKS = ["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111", "00134", "00203", "00205", "00206"]
URUN = [("ELK-1042", "Kablosuz Kulaklık TWS Pro", "Elektronik", 1249.90), ("ELK-2210", "Akıllı Saat GT 4", "Elektronik", 4999.00),
        ("ELK-3305", "Powerbank 20000 mAh", "Elektronik", 699.50), ("EVY-0110", "Çelik Tencere Seti 7 Parça", "Ev & Yaşam", 1899.00),
        ("EVY-0452", "Pamuk Nevresim Takımı Çift Kişilik", "Ev & Yaşam", 1149.99), ("EVY-0813", "Türk Kahvesi Makinesi", "Ev & Yaşam", 2350.00),
        ("MOD-5001", "Kadın Triko Kazak", "Moda", 549.99), ("MOD-5120", "Erkek Deri Ceket", "Moda", 3799.00),
        ("MOD-5333", "Spor Ayakkabı Unisex", "Moda", 1599.90), ("KOZ-0021", "Nemlendirici Krem 50 ml", "Kozmetik", 289.90),
        ("KOZ-0098", "Parfüm EDP 100 ml", "Kozmetik", 1450.00), ("KIT-0007", "Deniz Feneri Roman Seti", "Kitap", 245.00),
        ("KIT-0101", "Bahar Yağmuru (Roman)", "Kitap", 118.50), ("SPR-0300", "Yoga Matı 6 mm", "Spor", 399.00),
        ("ANN-0404", "Bebek Bezi Jumbo Paket", "Anne & Bebek", 629.00), ("SUP-0077", "Organik Fındık Ezmesi 350 g", "Süpermarket", 184.75)]
KAMP = [("BAHAR25", "Bahar İndirimi", 25, "01.03.2024", "31.03.2024", 500), ("ANNE24", "Anneler Günü", 20, "01.05.2024", "12.05.2024", 300),
        ("BABA24", "Babalar Günü", 15, "01.06.2024", "16.06.2024", 300), ("YAZ15", "Yaz Fırsatları", 15, "15.06.2024", "31.08.2024", 250),
        ("OKUL20", "Okula Dönüş", 20, "20.08.2024", "15.09.2024", 400), ("EK11", "Efsane Kasım", 30, "01.11.2024", "30.11.2024", 750),
        ("YILBASI", "Yılbaşı Sepeti", 10, "15.12.2024", "31.12.2024", 0), ("HOSGELDIN", "Hoş Geldin İndirimi", 10, "01.01.2024", "31.12.2024", 0),
        ("KARGO0", "Bedava Kargo", 0, "01.01.2024", "31.12.2024", 350), ("DENIZ10", "Deniz Tatili Fırsatları", 10, "01.07.2024", "31.07.2024", 600),
        ("RAMAZAN", "Ramazan Kampanyası", 12, "11.03.2024", "09.04.2024", 300), ("SEVGILI", "Sevgililer Günü", 14, "01.02.2024", "14.02.2024", 200)]
KARGO = ["Yurtiçi Kargo", "Aras Kargo", "MNG Kargo", "PTT Kargo", "Sürat Kargo", "Trendyol Express"]
def tckn():
    d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10); d.append(sum(d) % 10)
    return "".join(map(str, d))
def iban_tr():
    bban = rnd.choice(BANKS) + "0" + "%016d" % rnd.randint(0, 10 ** 16 - 1)
    num = int(bban + "2927" + "00")  # T=29 R=27
    chk = 98 - num % 97
    s = "TR%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rnd.random() < 0.6 else s
def gsm():
    p, n = rnd.choice(GSM), "%07d" % rnd.randint(0, 9999999)
    r = rnd.random()
    if r < 0.65: return "0%s %s %s %s" % (p, n[:3], n[3:5], n[5:])
    if r < 0.85: return "+90 (%s) %s %s %s" % (p, n[:3], n[3:5], n[5:])
    return p + n
def tl(x):
    s = "%.2f" % x; a, b = s.split(".")
    parts = []
    while len(a) > 3: parts.insert(0, a[-3:]); a = a[:-3]
    return ".".join([a] + parts) + "," + b
TRMAP = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
def upper_tr(s):
    return s.replace("i", "İ").replace("ı", "I").upper()
musteriler = []; used = set()
for i in range(1150):
    sex = rnd.choice("EK")
    ad = rnd.choice(ERKEK if sex == "E" else KADIN)
    if rnd.random() < 0.08: ad = ad + " " + rnd.choice(ERKEK if sex == "E" else KADIN)
    soyad = rnd.choice(SOYAD)
    t = tckn()
    while t in used: t = tckn()
    used.add(t)
    il, ilce, mahs = rnd.choice(GEO); mah, pk = rnd.choice(mahs)
    if i in (11, 402, 777): il, ilce, mahs = GEO[11]; mah, pk = mahs[0]
    sok = rnd.choice(SOKAK)
    bina = "%d%s" % (rnd.randint(1, 180), rnd.choice(["", "", "", "/A", "/B", "A"]))
    daire = str(rnd.randint(1, 24)) if rnd.random() < 0.82 else ""
    mail = "%s.%s%s@%s" % (ad.split()[0].lower().translate(TRMAP), soyad.lower().translate(TRMAP), rnd.choice(["", "", str(rnd.randint(1, 99))]),
                          rnd.choice(["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "icloud.com"])) if rnd.random() < 0.93 else ""
    y = rnd.randint(1950, 2005)
    musteriler.append(["MUS-%06d" % (4000 + i * 3 + rnd.randint(0, 2)), t if rnd.random() < 0.9 else "", ad, soyad,
                       "%02d.%02d.%d" % (rnd.randint(1, 28), rnd.randint(1, 12), y) if rnd.random() < 0.8 else "",
                       "Erkek" if sex == "E" else "Kadın", gsm(), mail, il, ilce, mah, sok, bina, daire, pk,
                       iban_tr() if rnd.random() < 0.3 else "",
                       "%02d.%02d.%d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.choice([2021, 2022, 2023, 2024])),
                       rnd.choice(["Standart", "Standart", "Standart", "Gold", "Platinum"]), rnd.choice(["Evet", "Evet", "Evet", "Hayır"])])
assert len(set(m[0] for m in musteriler)) == len(musteriler)
wts = [rnd.paretovariate(1.5) for _ in musteriler]
siparisler = []; sno = 703845000
NOTLAR = ["Kapıcıya bırakabilirsiniz", "Zili çalmayın bebek uyuyor", "Hediye paketi olsun lütfen", "Teslimatı {n} alacak",
          "Komşum {n} teslim alabilir, tel {p}", "Akşam 18:00'den sonra getirin", "İş yerine teslim: {n} adına"]
for i in range(3400):
    m = rnd.choices(musteriler, wts)[0]
    sno += rnd.randint(1, 250)
    k = rnd.choice(KAMP) if rnd.random() < 0.35 else None
    u = rnd.choice(URUN); adet = rnd.choice([1, 1, 1, 1, 2, 2, 3])
    top = u[3] * adet * (1 - (k[2] if k else 0) / 100)
    adres = "%s %s No:%s%s %s/%s" % (m[10], m[11], m[12], (" D:" + m[13]) if m[13] else "", m[9], m[8])
    fatura = m[2] + " " + m[3] if rnd.random() < 0.9 else rnd.choice(["Özkan Yapı Ltd. Şti.", "Akgül Gıda A.Ş.", "Deniz Lojistik Ltd. Şti."])
    note = ""
    if rnd.random() < 0.14:
        note = rnd.choice(NOTLAR).format(n=rnd.choice(ERKEK + KADIN) + " " + rnd.choice(SOYAD), p=gsm())
    odeme = rnd.choice(["Kredi Kartı", "Kredi Kartı", "Kredi Kartı", "Banka Kartı", "Kapıda Ödeme", "Havale/EFT"])
    siparisler.append([str(sno), m[0], "%02d.%02d.2024 %02d:%02d" % (rnd.randint(1, 28), rnd.randint(1, 12), rnd.randint(0, 23), rnd.randint(0, 59)),
                       k[0] if k else "", u[0], u[1], u[2], str(adet), tl(u[3]), "%20", tl(top), odeme,
                       str(rnd.choice([1, 1, 3, 6, 9])) if odeme == "Kredi Kartı" else "1", adres, fatura, note])
SUBE = {"İstanbul": ["Esenyurt Transfer Merkezi", "Kadıköy Şube", "Üsküdar Şube", "Başakşehir Şube"], "Ankara": ["Ankara Transfer Merkezi", "Çankaya Şube"],
        "İzmir": ["İzmir Transfer Merkezi", "Bornova Şube"], "Aydın": ["Efeler Şube", "Kuşadası Şube"], "Bursa": ["Nilüfer Şube"],
        "Antalya": ["Muratpaşa Şube"], "Denizli": ["Pamukkale Şube"], "Gaziantep": ["Şahinbey Şube"], "Ordu": ["Altınordu Şube"]}
def takip(firma):
    if firma == "Yurtiçi Kargo": return "%012d" % rnd.randint(10 ** 11, 10 ** 12 - 1)
    if firma == "Aras Kargo": return "%013d" % rnd.randint(10 ** 12, 10 ** 13 - 1)
    if firma == "MNG Kargo": return "%010d" % rnd.randint(10 ** 9, 10 ** 10 - 1)
    if firma == "PTT Kargo": return "KP%011dTR" % rnd.randint(0, 10 ** 11 - 1)
    if firma == "Sürat Kargo": return "%011d" % rnd.randint(10 ** 10, 10 ** 11 - 1)
    return "7330%012d" % rnd.randint(0, 10 ** 12 - 1)
cmap = {m[0]: m for m in musteriler}
gonderiler = []; gid = 0; tused = set()
for s in siparisler:
    if rnd.random() < 0.045: continue
    gid += 1; m = cmap[s[1]]
    firma = rnd.choice(KARGO); tk = takip(firma)
    while tk in tused: tk = takip(firma)
    tused.add(tk)
    durum = rnd.choice(["Teslim Edildi"] * 8 + ["Dağıtımda", "İade Edildi", "Şubede Bekliyor"])
    alan = ""
    teslim = ""
    if durum == "Teslim Edildi":
        r = rnd.random()
        alan = upper_tr(m[2] + " " + m[3]) if r < 0.6 else (rnd.choice(["KAPICI", "KOMŞU", "İŞ YERİ GÜVENLİK"]) + " " + upper_tr(rnd.choice(ERKEK + KADIN) + " " + rnd.choice(SOYAD)) if r < 0.85 else upper_tr(m[2] + " " + m[3]) + " (KENDİSİ)")
        d, mo = int(s[2][:2]), int(s[2][3:5]); d = min(28, d + rnd.randint(1, 4))
        teslim = "%02d.%02d.2024 %02d:%02d" % (d, mo, rnd.randint(9, 20), rnd.randint(0, 59))
    desi = rnd.choice([1, 1.5, 2, 2.5, 3, 4, 5, 8, 12])
    alici = upper_tr(m[2] + " " + m[3]) if rnd.random() < 0.93 else upper_tr(rnd.choice(ERKEK + KADIN) + " " + rnd.choice(SOYAD))
    gonderiler.append([str(900000 + gid), s[0], firma, tk, "%s%010d" % (rnd.choice(["8", "9"]), rnd.randint(0, 10 ** 10 - 1)),
                       "Esenyurt Transfer Merkezi" if rnd.random() < 0.7 else "Ankara Transfer Merkezi", rnd.choice(SUBE[m[8]]),
                       alici, m[6] if rnd.random() < 0.95 else gsm(), ("%g" % desi).replace(".", ","), tl(desi * 0.8 + rnd.random())[:-1],
                       tl(49.99 + desi * 7.5), durum, teslim, alan])
def write(name, head, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(head); w.writerows(rows)
write("kampanyalar", ["Kampanya Kodu", "Kampanya Adı", "İndirim Oranı (%)", "Başlangıç Tarihi", "Bitiş Tarihi", "Min. Sepet Tutarı (TL)", "Aktif"],
      [[k[0], k[1], str(k[2]), k[3], k[4], tl(k[5]), rnd.choice(["Evet", "Hayır"])] for k in KAMP])
write("musteriler", ["Müşteri No", "TC Kimlik No", "Ad", "Soyad", "Doğum Tarihi", "Cinsiyet", "Cep Telefonu", "E-posta", "İl", "İlçe",
                     "Mahalle", "Sokak", "Bina No", "Daire No", "Posta Kodu", "IBAN", "Kayıt Tarihi", "Segment", "KVKK Onayı"], musteriler)
write("siparisler", ["Sipariş No", "Müşteri No", "Sipariş Tarihi", "Kampanya Kodu", "Ürün Kodu", "Ürün Adı", "Kategori", "Adet",
                     "Birim Fiyat (TL)", "KDV Oranı", "Toplam Tutar (TL)", "Ödeme Tipi", "Taksit Sayısı", "Teslimat Adresi",
                     "Fatura Adı", "Sipariş Notu"], siparisler)
write("gonderiler", ["Gönderi ID", "Sipariş No", "Kargo Firması", "Takip No", "Kargo Barkodu", "Çıkış Şubesi", "Varış Şubesi",
                     "Alıcı Adı Soyadı", "Alıcı Telefon", "Desi", "Ağırlık (kg)", "Kargo Ücreti (TL)", "Durum", "Teslim Tarihi",
                     "Teslim Alan"], gonderiler)
N = "NON_IDENTIFYING"; O = "OTHER_UNIQUE_IDENTIFIER"
cols = {"kampanyalar.Kampanya Kodu": N, "kampanyalar.Kampanya Adı": N, "kampanyalar.İndirim Oranı (%)": N,
        "kampanyalar.Başlangıç Tarihi": "DATE", "kampanyalar.Bitiş Tarihi": "DATE", "kampanyalar.Min. Sepet Tutarı (TL)": N, "kampanyalar.Aktif": N,
        "musteriler.Müşteri No": O, "musteriler.TC Kimlik No": "NATIONAL_ID", "musteriler.Ad": "GIVEN_NAME", "musteriler.Soyad": "FAMILY_NAME",
        "musteriler.Doğum Tarihi": "DATE_OF_BIRTH", "musteriler.Cinsiyet": N, "musteriler.Cep Telefonu": "TELEPHONE_NUMBER",
        "musteriler.E-posta": "EMAIL_ADDRESS", "musteriler.İl": N, "musteriler.İlçe": "GEOGRAPHIC_SUBDIVISION",
        "musteriler.Mahalle": "GEOGRAPHIC_SUBDIVISION", "musteriler.Sokak": "STREET_ADDRESS", "musteriler.Bina No": "STREET_ADDRESS",
        "musteriler.Daire No": "STREET_ADDRESS", "musteriler.Posta Kodu": "ZIP_CODE", "musteriler.IBAN": "IBAN",
        "musteriler.Kayıt Tarihi": "DATE", "musteriler.Segment": N, "musteriler.KVKK Onayı": N,
        "siparisler.Sipariş No": O, "siparisler.Müşteri No": O, "siparisler.Sipariş Tarihi": "DATE", "siparisler.Kampanya Kodu": N,
        "siparisler.Ürün Kodu": N, "siparisler.Ürün Adı": N, "siparisler.Kategori": N, "siparisler.Adet": N,
        "siparisler.Birim Fiyat (TL)": N, "siparisler.KDV Oranı": N, "siparisler.Toplam Tutar (TL)": N, "siparisler.Ödeme Tipi": N,
        "siparisler.Taksit Sayısı": N, "siparisler.Teslimat Adresi": "STREET_ADDRESS", "siparisler.Fatura Adı": "NAME",
        "siparisler.Sipariş Notu": "FREE_TEXT",
        "gonderiler.Gönderi ID": O, "gonderiler.Sipariş No": O, "gonderiler.Kargo Firması": N, "gonderiler.Takip No": O,
        "gonderiler.Kargo Barkodu": O, "gonderiler.Çıkış Şubesi": N, "gonderiler.Varış Şubesi": N,
        "gonderiler.Alıcı Adı Soyadı": "NAME", "gonderiler.Alıcı Telefon": "TELEPHONE_NUMBER", "gonderiler.Desi": N,
        "gonderiler.Ağırlık (kg)": N, "gonderiler.Kargo Ücreti (TL)": N, "gonderiler.Durum": N, "gonderiler.Teslim Tarihi": "DATE",
        "gonderiler.Teslim Alan": "NAME"}
gold = {"dataset": "kargo-tr",
        "description": "Invented Turkish online shop and courier export, ';' separated, decimal commas with thousands dots ('1.249,90'), dd.MM.yyyy: 12 campaigns (code, name, discount, dates, minimum basket, active), 1,150 customers (Müşteri No 'MUS-004512', TC Kimlik No of 11 digits with valid check digits (10% empty), Ad/Soyad with ç ğ ı İ ö ş ü (8% two given names), birth date (20% empty), sex, GSM '0532 123 45 67' / '+90 (532) ...' / bare 10 digits, e-mail, il, ilçe, mahalle, sokak, bina no '12/A', daire (18% empty), 5-digit posta kodu, IBAN TR with valid mod-97 (30%, grouped or not), registration date, segment, KVKK consent), 3,400 orders (9-digit Sipariş No, Müşteri No, date-time, campaign code, product code/name/category, quantity, unit price, VAT '%20', total, payment type, instalments, delivery address as one string 'Caferağa Mah. Lale Sk. No:12/A D:3 Kadıköy/İstanbul', invoice name (10% a company), order note (14%, some naming a neighbour and a phone)), 3,236 shipments (Gönderi ID, Sipariş No, courier, tracking number in six couriers' shapes incl. PTT 'KP...TR', 11-digit barcode, origin transfer centre, destination branch named after an ilçe, recipient name in Turkish capitals 'AYŞE YILMAZ', recipient phone, desi '2,5', weight, fee, status, delivery date-time, who took delivery 'KAPICI MEHMET KAYA' or 'AYŞE YILMAZ (KENDİSİ)'). İl NON_IDENTIFYING (as poliklinik-tr: a province like a state), ilçe and mahalle GEOGRAPHIC_SUBDIVISION, sokak/bina/daire STREET_ADDRESS, courier branches NON_IDENTIFYING (the courier's own sites), invoice name NAME although 10% are companies. Given name and surname Aydın beside the il Aydın, the given names Deniz and Bahar beside the il Denizli, the product 'Bahar Yağmuru (Roman)', the campaigns 'Bahar İndirimi' and 'Deniz Tatili Fırsatları', the surname Kaya beside the mahalle Kayaşehir are deliberate",
        "delimiter": ";", "entity": "musteriler", "columns": cols,
        "foreignKeys": [{"column": "siparisler.Müşteri No", "references": "musteriler.Müşteri No"},
                        {"column": "siparisler.Kampanya Kodu", "references": "kampanyalar.Kampanya Kodu"},
                        {"column": "gonderiler.Sipariş No", "references": "siparisler.Sipariş No"}]}
with open("gold.json", "w", encoding="utf-8", newline="\n") as f:
    f.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")

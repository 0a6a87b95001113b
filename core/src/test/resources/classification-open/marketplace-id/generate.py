#!/usr/bin/env python3
"""Writes marketplace-id: an invented Indonesian e-commerce marketplace export (toko = shops 12 rows, pesanan =
orders), tab-separated, yyyy-mm-dd dates, Indonesian headers with digits (alamat_1, no_hp2). NIK (16 digits: region,
birth date with +40 on the day for women, serial), shop owners and buyers with `Bpk.`/`Ibu` titles, 08xx and +62
phones, product categories, couriers and airway bills, ratings, reviews naming people (seeded, stdlib only)."""
import csv, json, random, datetime
rnd = random.Random(131104)
DEPAN = ["Agus", "Siti", "Budi", "Dewi", "Eko", "Sri", "Rudi", "Ratna", "Andi", "Yuni", "Hendra", "Wulan", "Fajar",
         "Putri", "Bayu", "Intan", "Joko", "Nur", "Rizky", "Lestari"]
BELAKANG = ["Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Kurniawan", "Setiawan", "Pratama", "Siregar",
            "Nasution", "Lubis", "Simanjuntak", "Halim", "Gunawan", "Wibowo", "Rahayu"]
KOTA = [("Jakarta Selatan", "317401", "12"), ("Bandung", "327301", "40"), ("Surabaya", "357801", "60"),
        ("Medan", "127101", "20"), ("Yogyakarta", "347101", "55"), ("Makassar", "737101", "90")]
JALAN = ["Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Diponegoro", "Jl. Merdeka", "Gg. Mawar", "Jl. Ahmad Yani"]
KAT = [("Fashion Muslim", ["Gamis Katun", "Hijab Voal", "Koko Pria"]), ("Elektronik", ["Earphone TWS", "Powerbank 10000mAh", "Kabel USB-C"]),
       ("Makanan & Minuman", ["Kopi Gayo 250g", "Keripik Pedas", "Sambal Roa"]), ("Rumah Tangga", ["Rice Cooker Mini", "Rak Piring", "Sapu Ijuk"]),
       ("Kecantikan", ["Serum Wajah", "Lip Cream", "Sunscreen SPF50"])]
KURIR = [("JNE REG", "JNE"), ("J&T Express", "JT"), ("SiCepat HALU", "SCP"), ("AnterAja", "AA"), ("GoSend Instant", "GK")]

def nama():
    return "%s %s" % (rnd.choice(DEPAN), rnd.choice(BELAKANG))

def nik(kode, perempuan):
    lahir = datetime.date(1960, 1, 1) + datetime.timedelta(days=rnd.randint(0, 40 * 365))
    return "%s%02d%02d%02d%04d" % (kode, lahir.day + (40 if perempuan else 0), lahir.month, lahir.year % 100, rnd.randint(1, 9999))

def hp(intl=False):
    n = "8%d%d%04d%04d" % (rnd.choice([1, 5, 7, 9]), rnd.randint(1, 9), rnd.randint(0, 9999), rnd.randint(0, 9999))
    return ("+62 " + n) if intl else ("0" + n)

toko = []
for i in range(12):
    pr = rnd.random() < 0.5
    k, kode, _ = rnd.choice(KOTA)
    kat = rnd.choice(KAT)
    toko.append(["TK%05d" % (1000 + i * 17), rnd.choice(["Toko", "Grosir", "Official"]) + " " + rnd.choice(["Berkah", "Jaya Abadi", "Sumber Rejeki", "Amanah", "Maju Bersama", "Barokah"]) + " " + k.split()[0],
                 "%s %s" % ("Ibu" if pr else "Bpk.", nama()), nik(kode, pr), hp(True), k, kat[0], rnd.choice(["Power Merchant", "Reguler", "Official Store"])])
pes = []
for i in range(210):
    t = rnd.choice(toko)
    kat = [x for x in KAT if x[0] == t[6]][0]
    k, kode, kp = rnd.choice(KOTA)
    kurir, pre = rnd.choice(KURIR)
    tgl = datetime.date(2025, 2, 1) + datetime.timedelta(days=rnd.randint(0, 58))
    qty = rnd.randint(1, 4)
    harga = rnd.choice([25000, 49900, 75000, 129000, 189000, 350000])
    pembeli = nama()
    rating = rnd.choice(["5", "5", "5", "4", "3", "1", ""])
    ulasan = rnd.choice(["", "", "Barang sesuai, pengiriman cepat.", "Mantap, makasih %s!" % t[2], "Kurir %s ramah." % nama(),
                         "Untuk hadiah ibu saya, %s." % nama(), "Barang rusak, sudah WA ke %s." % hp()])
    pes.append(["INV/2025%02d%02d/MPL/%08d" % (tgl.month, tgl.day, rnd.randint(0, 99999999)), t[0], pembeli,
                hp(), rnd.choice(["", "", hp()]), "%s No. %d, RT %02d/RW %02d" % (rnd.choice(JALAN), rnd.randint(1, 200), rnd.randint(1, 15), rnd.randint(1, 12)),
                k, kp + "%03d" % rnd.randint(100, 999), tgl.isoformat(), rnd.choice(kat[1]), kat[0], str(qty), str(harga * qty),
                kurir, "%s%010d" % (pre, rnd.randint(0, 9999999999)), rnd.choice(["Selesai", "Selesai", "Dikirim", "Dibatalkan"]), rating, ulasan])
def wr(n, h, r):
    with open(n, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n"); w.writerow(h); w.writerows(r)
wr("toko.csv", ["id_toko", "nama_toko", "pemilik", "nik_pemilik", "no_hp", "kota", "kategori_utama", "status_toko"], toko)
wr("pesanan.csv", ["no_invoice", "id_toko", "nama_pembeli", "no_hp", "no_hp2", "alamat_1", "kota", "kode_pos", "tanggal",
                   "produk", "kategori", "jumlah", "total_rp", "kurir", "no_resi", "status", "rating", "ulasan"], pes)
C = {"toko.id_toko": "OTHER_UNIQUE_IDENTIFIER", "toko.nama_toko": "NON_IDENTIFYING", "toko.pemilik": "NAME",
     "toko.nik_pemilik": "NATIONAL_ID", "toko.no_hp": "TELEPHONE_NUMBER", "toko.kota": "CITY",
     "toko.kategori_utama": "NON_IDENTIFYING", "toko.status_toko": "NON_IDENTIFYING",
     "pesanan.no_invoice": "OTHER_UNIQUE_IDENTIFIER", "pesanan.id_toko": "OTHER_UNIQUE_IDENTIFIER", "pesanan.nama_pembeli": "NAME",
     "pesanan.no_hp": "TELEPHONE_NUMBER", "pesanan.no_hp2": "TELEPHONE_NUMBER", "pesanan.alamat_1": "STREET_ADDRESS",
     "pesanan.kota": "CITY", "pesanan.kode_pos": "ZIP_CODE", "pesanan.tanggal": "DATE", "pesanan.produk": "NON_IDENTIFYING",
     "pesanan.kategori": "NON_IDENTIFYING", "pesanan.jumlah": "NON_IDENTIFYING", "pesanan.total_rp": "NON_IDENTIFYING",
     "pesanan.kurir": "NON_IDENTIFYING", "pesanan.no_resi": "OTHER_UNIQUE_IDENTIFIER", "pesanan.status": "NON_IDENTIFYING",
     "pesanan.rating": "NON_IDENTIFYING", "pesanan.ulasan": "FREE_TEXT"}
g = {"dataset": "marketplace-id", "description": "Invented Indonesian marketplace export, tab-separated, ISO dates: 12 shops (id, shop name, owner with Bpk./Ibu, owner's NIK, +62 phone, city, main category, shop tier), 210 orders (invoice number, shop, buyer's name, 08xx phone, second phone 1/3 filled, alamat_1 with RT/RW, city, 5-digit postcode, date, product, category, quantity, total in rupiah, courier, airway bill, status, rating, reviews naming owners, couriers, mothers and phones)",
     "delimiter": "\t", "entity": "pesanan", "columns": C,
     "foreignKeys": [{"column": "pesanan.id_toko", "references": "toko.id_toko"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")

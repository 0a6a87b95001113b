#!/usr/bin/env python3
"""Writes vivon-vn: an invented Vietnamese microfinance export (khách_hàng = borrowers, khoản_vay = loans, trả_nợ =
repayments), JSON Lines with Vietnamese keys carrying diacritics, amounts in VND as JSON numbers, dd/mm/yyyy dates
(seeded, stdlib only). 12-digit CCCD citizen-id numbers with the province code, the century/sex digit and the year of
birth; 09x/03x mobiles, addresses down to thôn/xã/huyện/tỉnh, joint-liability group numbers, guarantors (relatives'
names), occupations, loan officers' names, loan purposes, repayment notes naming people."""
import json, random, datetime
rnd = random.Random(90906)
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE_F = ["Thị", "Thị", "Ngọc", "Thu", "Kim"]
MIDDLE_M = ["Văn", "Văn", "Hữu", "Đức", "Minh"]
GIVEN = ["Hồng", "Lan", "Hương", "Mai", "Thảo", "Nhung", "Hạnh", "Dung", "Tuấn", "Hùng", "Dũng", "Nam", "Sơn", "Phúc",
         "Thắng", "Cường", "Loan", "Yến", "Vinh", "Khoa"]
PROVINCES = [("038", "Thanh Hóa", ["Nga Sơn", "Hoằng Hóa", "Quảng Xương"]), ("040", "Nghệ An", ["Diễn Châu", "Yên Thành", "Quỳnh Lưu"]),
             ("087", "Đồng Tháp", ["Cao Lãnh", "Tháp Mười"]), ("094", "Sóc Trăng", ["Mỹ Tú", "Trần Đề"]),
             ("066", "Đắk Lắk", ["Krông Pắc", "Ea Kar"]), ("002", "Hà Giang", ["Đồng Văn", "Mèo Vạc"])]
COMMUNES = ["Xã Nga Thạch", "Xã Hoằng Đạt", "Xã Diễn Kỷ", "Xã Tân Hội", "Xã Mỹ Hương", "Xã Ea Phê", "Xã Lũng Cú", "Thị trấn Mèo Vạc"]
JOBS = ["Nông dân", "Buôn bán nhỏ", "Chăn nuôi", "Thợ may", "Nuôi trồng thủy sản", "Làm thuê", "Bán hàng tạp hóa", "Đan lát thủ công"]
PRODUCTS = [("Vay nhóm tiêu chuẩn", 0.0, 5_000_000, 30_000_000), ("Vay phát triển kinh doanh", 0.0, 20_000_000, 70_000_000),
            ("Vay nước sạch và vệ sinh", 0.0, 5_000_000, 15_000_000), ("Vay khẩn cấp", 0.0, 2_000_000, 5_000_000)]
PURPOSES = ["Mua heo giống", "Mua phân bón", "Mở quầy tạp hóa", "Mua máy may", "Xây nhà vệ sinh", "Nuôi tôm", "Mua bò", "Học phí cho con"]
OFFICERS = ["Phạm Văn Lực", "Nguyễn Thị Bích Ngọc", "Trần Quốc Bảo", "Lò Thị Xuân", "Hà Minh Tâm"]
CHANNELS = ["Tiền mặt tại cụm", "Chuyển khoản", "Ví MoMo", "Tiền mặt tại chi nhánh"]
TODAY = datetime.date(2026, 12, 6)

def dmy(x):
    return x.strftime("%d/%m/%Y")

def cccd(prov, born, male):
    c = (0 if born.year < 2000 else 2) + (0 if male else 1)
    return "%s%d%02d%06d" % (prov, c, born.year % 100, rnd.randint(0, 999999))

def phone():
    return rnd.choice(["09", "03", "08"]) + rnd.choice("1234678") + "%07d" % rnd.randint(0, 9999999)

def person(male):
    return "%s %s %s" % (rnd.choice(FAMILY), rnd.choice(MIDDLE_M if male else MIDDLE_F), rnd.choice(GIVEN))

borrowers, loans, pays = [], [], []
for i in range(320):
    male = rnd.random() < 0.15
    born = datetime.date(rnd.randint(1930, 1936) if rnd.random() < 0.05 else rnd.randint(1950, 2004), rnd.randint(1, 12), rnd.randint(1, 28))
    prov, pname, districts = rnd.choice(PROVINCES)
    name = person(male)
    rel = rnd.choice(["Chồng", "Chồng", "Con trai", "Con gái", "Mẹ", "Em trai"])
    b = {"mã_kh": "KH%06d" % (100200 + i * 9), "họ_tên": name, "giới_tính": "Nam" if male else "Nữ",
         "ngày_sinh": dmy(born), "số_cccd": cccd(prov, born, male), "điện_thoại": phone() if rnd.random() < 0.9 else None,
         "địa_chỉ": "Thôn %d, %s, Huyện %s" % (rnd.randint(1, 12), rnd.choice(COMMUNES), rnd.choice(districts)),
         "tỉnh": pname, "dân_tộc": rnd.choice(["Kinh"] * 10 + ["Khmer", "Ê Đê", "Mông", "Thái", "Tày"]),
         "nghề_nghiệp": rnd.choice(JOBS), "số_người_trong_hộ": rnd.randint(1, 9), "hộ_nghèo": rnd.choice([True, False, False]),
         "mã_nhóm": "N%s-%03d" % (prov, rnd.randint(1, 25)),
         "người_bảo_lãnh": "%s %s %s" % (name.split()[0] if rel in ("Con trai", "Con gái") else rnd.choice(FAMILY), rnd.choice(MIDDLE_M if rel in ("Chồng", "Con trai", "Em trai") else MIDDLE_F), rnd.choice(GIVEN)),
         "quan_hệ_bảo_lãnh": rel, "thu_nhập_tháng": rnd.randrange(1_500_000, 12_000_000, 100_000)}
    if rnd.random() < 0.2:
        del b["hộ_nghèo"]  # absent key in some rows
    borrowers.append(b)
for b in borrowers:
    for k in range(rnd.choice([1, 1, 2, 2, 3])):
        prod, _, lo, hi = rnd.choice(PRODUCTS)
        amt = rnd.randrange(lo, hi + 1, 500_000)
        term = rnd.choice([6, 12, 12, 18, 24])
        rate = rnd.choice([1.0, 1.1, 1.2, 0.9])
        start = datetime.date(2023, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1300))
        lid = "HD%s%05d" % (start.strftime("%y"), len(loans) + 1)
        status = rnd.choice(["Đang vay"] * 4 + ["Đã tất toán"] * 3 + ["Quá hạn"])
        loans.append({"mã_hđ": lid, "khách_hàng": b["mã_kh"], "sản_phẩm": prod, "số_tiền_vay": amt, "lãi_suất_tháng_pct": rate,
                      "kỳ_hạn_tháng": term, "ngày_giải_ngân": dmy(start), "mục_đích": rnd.choice(PURPOSES),
                      "cán_bộ_tín_dụng": rnd.choice(OFFICERS), "trạng_thái": status})
        inst = round(amt / term * (1 + rate / 100 * term / 2), -3)
        for m in range(1, min(term, rnd.randint(3, 10)) + 1):
            due = start + datetime.timedelta(days=30 * m)
            if due > TODAY:
                break
            late = rnd.random() < 0.1
            note = None
            r = rnd.random()
            if late and r < 0.5:
                note = "Trễ hạn, %s %s trả thay" % (b["quan_hệ_bảo_lãnh"].lower(), b["người_bảo_lãnh"])
            elif r < 0.04:
                note = "Khách hàng %s xin gia hạn, gọi %s" % (b["họ_tên"], b["điện_thoại"] or phone())
            elif r < 0.08:
                note = "Thu tại nhà trưởng nhóm"
            pays.append({"mã_gd": "GD%08d" % (len(pays) * 3 + 7000000), "mã_hđ": lid, "kỳ": m,
                         "ngày_trả": dmy(due + datetime.timedelta(days=rnd.randint(5, 40) if late else 0)),
                         "số_tiền": inst, "kênh": rnd.choice(CHANNELS), "trễ_hạn": late, "ghi_chú": note})

def write(name, rows):
    with open(name + ".jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

write("khách_hàng", borrowers); write("khoản_vay", loans); write("trả_nợ", pays)
L = {"khách_hàng.mã_kh": "OTHER_UNIQUE_IDENTIFIER", "khách_hàng.họ_tên": "NAME", "khách_hàng.giới_tính": "NON_IDENTIFYING",
     "khách_hàng.ngày_sinh": "DATE_OF_BIRTH", "khách_hàng.số_cccd": "NATIONAL_ID", "khách_hàng.điện_thoại": "TELEPHONE_NUMBER",
     "khách_hàng.địa_chỉ": "STREET_ADDRESS", "khách_hàng.tỉnh": "QUASI_IDENTIFIER", "khách_hàng.dân_tộc": "QUASI_IDENTIFIER",
     "khách_hàng.nghề_nghiệp": "NON_IDENTIFYING", "khách_hàng.số_người_trong_hộ": "NON_IDENTIFYING", "khách_hàng.hộ_nghèo": "NON_IDENTIFYING",
     "khách_hàng.mã_nhóm": "QUASI_IDENTIFIER", "khách_hàng.người_bảo_lãnh": "NAME", "khách_hàng.quan_hệ_bảo_lãnh": "NON_IDENTIFYING",
     "khách_hàng.thu_nhập_tháng": "NON_IDENTIFYING",
     "khoản_vay.mã_hđ": "OTHER_UNIQUE_IDENTIFIER", "khoản_vay.khách_hàng": "OTHER_UNIQUE_IDENTIFIER", "khoản_vay.sản_phẩm": "NON_IDENTIFYING",
     "khoản_vay.số_tiền_vay": "NON_IDENTIFYING", "khoản_vay.lãi_suất_tháng_pct": "NON_IDENTIFYING", "khoản_vay.kỳ_hạn_tháng": "NON_IDENTIFYING",
     "khoản_vay.ngày_giải_ngân": "DATE", "khoản_vay.mục_đích": "NON_IDENTIFYING", "khoản_vay.cán_bộ_tín_dụng": "NAME",
     "khoản_vay.trạng_thái": "NON_IDENTIFYING",
     "trả_nợ.mã_gd": "OTHER_UNIQUE_IDENTIFIER", "trả_nợ.mã_hđ": "OTHER_UNIQUE_IDENTIFIER", "trả_nợ.kỳ": "NON_IDENTIFYING",
     "trả_nợ.ngày_trả": "DATE", "trả_nợ.số_tiền": "NON_IDENTIFYING", "trả_nợ.kênh": "NON_IDENTIFYING", "trả_nợ.trễ_hạn": "NON_IDENTIFYING",
     "trả_nợ.ghi_chú": "FREE_TEXT"}
gold = {"dataset": "vivon-vn",
        "description": "Invented Vietnamese microfinance export, JSON Lines with Vietnamese keys with diacritics, VND amounts and booleans as JSON values, some keys absent or null, dd/mm/yyyy: 320 borrowers (customer numbers, full names, sex, birth dates back to 1930, 12-digit CCCD numbers, mobiles, village/commune/district addresses, province, ethnic group, occupation, household size, poor-household flag, joint-liability group, guarantor's name and relation, monthly income), %d loans (contract numbers, product, amount, monthly rate, term, disbursement date, purpose, loan officer's name, status), %d repayments (transaction number, contract, instalment, date, amount, channel, late flag, notes naming guarantors and borrowers with phones)" % (len(loans), len(pays)),
        "delimiter": ",", "entity": "khách_hàng", "columns": L,
        "foreignKeys": [{"column": "khoản_vay.khách_hàng", "references": "khách_hàng.mã_kh"},
                        {"column": "trả_nợ.mã_hđ", "references": "khoản_vay.mã_hđ"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

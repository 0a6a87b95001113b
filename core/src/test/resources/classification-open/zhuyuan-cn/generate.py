#!/usr/bin/env python3
"""Writes zhuyuan-cn: an invented Chinese hospital inpatient export (患者 = patients, 住院 = admissions, 医生 = 15
doctors), tab-separated, simplified Chinese headers and values, yyyy-MM-dd birth dates and yyyy年M月d日 admission
dates (seeded, stdlib only). 身份证号 values carry the region code, the birth date and the ISO 7064 MOD 11-2 check
character; 11-digit mobiles, 医保卡号, addresses down to 单元/室, ethnic group, emergency contacts (relatives'
names and phones), ages over 89, ICD-10 codes with Chinese names, attending physicians' names, progress notes naming
relatives. Admissions refer to the patient by 病案号 and to the doctor by 医生工号."""
import csv, json, random, datetime
rnd = random.Random(90902)
FAMILY = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "欧阳", "司马", "诸葛"]
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞",
         "建国", "淑珍", "桂英", "志强", "子涵", "梓萱", "浩然", "一诺"]
REGIONS = [("110105", "北京市朝阳区", ["建国路", "朝阳北路", "望京街"]), ("310104", "上海市徐汇区", ["漕溪北路", "肇嘉浜路", "天钥桥路"]),
           ("440305", "广东省深圳市南山区", ["科技园路", "南海大道", "桃园路"]), ("510107", "四川省成都市武侯区", ["武侯祠大街", "人民南路"]),
           ("330106", "浙江省杭州市西湖区", ["文三路", "天目山路"]), ("652301", "新疆维吾尔自治区昌吉市", ["延安北路"])]
ETHNIC = ["汉族"] * 16 + ["回族", "壮族", "满族", "维吾尔族", "蒙古族", "土家族"]
DEPTS = [("心血管内科", [("I10", "原发性高血压"), ("I21.9", "急性心肌梗死"), ("I50.0", "充血性心力衰竭")]),
         ("内分泌科", [("E11.9", "2型糖尿病不伴有并发症"), ("E05.0", "弥漫性甲状腺肿伴甲亢")]),
         ("呼吸内科", [("J18.9", "肺炎"), ("J44.1", "慢性阻塞性肺病伴急性加重")]),
         ("骨科", [("S72.0", "股骨颈骨折"), ("M17.1", "单侧原发性膝关节病")]),
         ("神经内科", [("I63.9", "脑梗死"), ("G20", "帕金森病")])]
TITLES = ["主任医师", "副主任医师", "主治医师", "住院医师"]
RELATION = ["配偶", "儿子", "女儿", "父亲", "母亲", "孙子", "兄弟", "姐妹"]
TODAY = datetime.date(2026, 12, 6)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def name():
    return rnd.choice(FAMILY) + rnd.choice(GIVEN)

def sfz(region, born, male):
    seq = rnd.randrange(1 if male else 0, 1000, 2)
    base = region + born.strftime("%Y%m%d") + "%03d" % seq
    return base + "10X98765432"[sum(int(c) * w for c, w in zip(base, W)) % 11]

def mobile():
    return rnd.choice(["138", "139", "135", "186", "159", "177", "199"]) + "%08d" % rnd.randint(0, 99999999)

def cn(x):
    return "%d年%d月%d日" % (x.year, x.month, x.day)

doctors = []
for i in range(15):
    dept = DEPTS[i % len(DEPTS)][0]
    doctors.append({"工号": "D%04d" % (2101 + i * 13), "姓名": name(), "科室": dept, "职称": rnd.choice(TITLES),
                    "执业证书编码": "1%02d%012d" % (rnd.choice([11, 31, 44, 51, 33]), rnd.randint(0, 10 ** 12 - 1)),
                    "手机": mobile()})
patients, adm = [], []
for i in range(240):
    male = rnd.random() < 0.5
    r = rnd.random()
    born = datetime.date(rnd.randint(1926, 1936) if r < 0.1 else rnd.randint(1937, 2004), rnd.randint(1, 12), rnd.randint(1, 28))
    region, place, streets = rnd.choice(REGIONS)
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    fam = rnd.choice(FAMILY)
    rel = rnd.choice(RELATION)
    patients.append({
        "病案号": "%08d" % (20150000 + i * 37),
        "姓名": fam + rnd.choice(GIVEN),
        "性别": "男" if male else "女",
        "出生日期": born.isoformat(),
        "年龄": str(age),
        "民族": rnd.choice(ETHNIC),
        "身份证号": sfz(region, born, male),
        "手机号": mobile(),
        "现住址": "%s%s%d号%d栋%d单元%d室" % (place, rnd.choice(streets), rnd.randint(1, 800), rnd.randint(1, 30), rnd.randint(1, 6), rnd.randint(101, 2804)),
        "医保类型": rnd.choice(["城镇职工基本医疗保险", "城镇职工基本医疗保险", "城乡居民基本医疗保险", "自费", "商业保险"]),
        "医保卡号": "%s%s" % (region[:4], "%010d" % rnd.randint(0, 10 ** 10 - 1)),
        "婚姻状况": rnd.choice(["已婚", "已婚", "未婚", "丧偶", "离婚"]),
        "职业": rnd.choice(["退休人员", "工人", "教师", "公务员", "农民", "个体经营者", "学生", "医务人员", "无业"]),
        "联系人姓名": (fam if rel in ("儿子", "女儿", "父亲", "孙子") else rnd.choice(FAMILY)) + rnd.choice(GIVEN),
        "联系人关系": rel,
        "联系人电话": mobile(),
    })
n = 0
for p in patients:
    for k in range(rnd.choice([1, 1, 2, 2, 3, 4])):
        dept, dx = rnd.choice(DEPTS)
        code, label = rnd.choice(dx)
        doc = rnd.choice([x for x in doctors if x["科室"] == dept])
        inn = datetime.date(2024, 1, 1) + datetime.timedelta(days=rnd.randint(0, 1000))
        days = rnd.randint(2, 28)
        out = inn + datetime.timedelta(days=days)
        total = rnd.uniform(3000, 90000)
        note = ""
        r = rnd.random()
        if r < 0.15:
            note = "患者由%s%s陪同入院，家属电话%s" % (p["联系人关系"], p["联系人姓名"], p["联系人电话"])
        elif r < 0.25:
            note = "%s医师查房：病情平稳，继续当前治疗" % doc["姓名"]
        elif r < 0.3:
            note = "患者%s拒绝手术，已签字" % p["姓名"]
        elif r < 0.5:
            note = "病情平稳，饮食睡眠可"
        n += 1
        adm.append({
            "住院号": "ZY%07d" % (n * 3 + 1000000),
            "病案号": p["病案号"],
            "入院日期": cn(inn), "出院日期": cn(out), "住院天数": str(days),
            "科室": dept, "病区": dept[:2] + rnd.choice(["一病区", "二病区"]), "床号": "%d床" % rnd.randint(1, 45),
            "主要诊断编码": code, "主要诊断名称": label,
            "医生工号": doc["工号"], "主治医师": doc["姓名"],
            "总费用": "%.2f" % total, "自付金额": "%.2f" % (total * rnd.uniform(0.1, 0.4)),
            "出院情况": rnd.choice(["治愈", "好转", "好转", "好转", "未愈", "死亡"]),
            "病程记录": note,
        })

def write(name, rows):
    with open(name + ".csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader(); w.writerows(rows)

write("患者", patients); write("住院", adm); write("医生", doctors)
L = {"患者.病案号": "MEDICAL_RECORD_NUMBER", "患者.姓名": "NAME", "患者.性别": "NON_IDENTIFYING", "患者.出生日期": "DATE_OF_BIRTH",
     "患者.年龄": "AGE", "患者.民族": "QUASI_IDENTIFIER", "患者.身份证号": "NATIONAL_ID", "患者.手机号": "TELEPHONE_NUMBER",
     "患者.现住址": "STREET_ADDRESS", "患者.医保类型": "NON_IDENTIFYING", "患者.医保卡号": "HEALTH_PLAN_BENEFICIARY_NUMBER",
     "患者.婚姻状况": "NON_IDENTIFYING", "患者.职业": "NON_IDENTIFYING", "患者.联系人姓名": "NAME",
     "患者.联系人关系": "NON_IDENTIFYING", "患者.联系人电话": "TELEPHONE_NUMBER",
     "住院.住院号": "OTHER_UNIQUE_IDENTIFIER", "住院.病案号": "MEDICAL_RECORD_NUMBER", "住院.入院日期": "DATE",
     "住院.出院日期": "DATE", "住院.住院天数": "NON_IDENTIFYING", "住院.科室": "NON_IDENTIFYING", "住院.病区": "NON_IDENTIFYING",
     "住院.床号": "NON_IDENTIFYING", "住院.主要诊断编码": "NON_IDENTIFYING", "住院.主要诊断名称": "NON_IDENTIFYING",
     "住院.医生工号": "OTHER_UNIQUE_IDENTIFIER", "住院.主治医师": "NAME", "住院.总费用": "NON_IDENTIFYING",
     "住院.自付金额": "NON_IDENTIFYING", "住院.出院情况": "NON_IDENTIFYING", "住院.病程记录": "FREE_TEXT",
     "医生.工号": "OTHER_UNIQUE_IDENTIFIER", "医生.姓名": "NAME", "医生.科室": "NON_IDENTIFYING", "医生.职称": "NON_IDENTIFYING",
     "医生.执业证书编码": "CERTIFICATE_LICENSE_NUMBER", "医生.手机": "TELEPHONE_NUMBER"}
gold = {"dataset": "zhuyuan-cn",
        "description": "Invented Chinese hospital inpatient export, tab-separated, simplified Chinese headers and values: 240 patients (8-digit record numbers, names, sex, yyyy-MM-dd birth dates back to 1926, ages over 89, ethnic group, 身份证号 with region code and ISO 7064 MOD 11-2 check character, mobiles, addresses to the flat, insurance type and card number, marital status, occupation, emergency contact name, relation and phone), %d admissions (yyyy年M月d日 dates, length of stay, department, ward, bed, ICD-10 code and Chinese name, doctor's staff number and name, costs, outcome, progress notes naming relatives with phones), 15 doctors (staff number, name, department, title, practising certificate number, mobile)" % len(adm),
        "delimiter": "\t", "entity": "患者", "columns": L,
        "foreignKeys": [{"column": "住院.病案号", "references": "患者.病案号"}, {"column": "住院.医生工号", "references": "医生.工号"}]}
with open("gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=2); f.write("\n")

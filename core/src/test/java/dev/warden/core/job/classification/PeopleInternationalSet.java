package dev.warden.core.job.classification;

import static dev.warden.core.job.classification.LabelledSet.CREDENTIAL;
import static dev.warden.core.job.classification.LabelledSet.ID;
import static dev.warden.core.job.classification.LabelledSet.NON;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * An invented international customer table: 3,000 people from fourteen countries with names in their own scripts,
 * credentials (plain-text and bcrypt-shaped passwords), national ids with valid check digits (UK NINO, German
 * Steuer-ID, French NIR, Spanish DNI, Indian Aadhaar, Japanese My Number, Chinese resident id, Greek AMKA, Russian
 * SNILS, Korean RRN, Brazilian CPF, US SSN, Canadian SIN, Jordanian national number), mod-97 IBANs, Luhn card numbers,
 * phone numbers in each country's international format, and an {@code orders} table referring to them. Phone numbers
 * use ranges reserved for fiction where a country has one (Ofcom 020 7946 0xxx, NANP 555-01xx); IP addresses use the
 * RFC 5737 / RFC 3849 documentation ranges.
 */
final class PeopleInternationalSet {

    static final int PEOPLE = 3000;
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final Random random = new Random(31337L);

    /** One country: ISO 3166 short name, names (native script; Latin romanisation after '|' where it differs). */
    private record Country(String code, String name, String language, String[] given, String[] family,
            String[][] cities, String[] streets, String[] employers, String[] mailDomains, String idType,
            Function<Random, String> phone, Function<Person, String> nationalId, Function<Random, String> iban,
            Function<Random, String> postcodeOverride) {}

    /** What a national-id generator may depend on. */
    private record Person(Random random, LocalDate birth, boolean female) {}

    private static final String[] BIG_EMPLOYERS = {"Siemens AG", "Tata Consultancy Services", "Toyota Motor Corporation",
        "Banco do Brasil", "Deutsche Bahn AG", "Carrefour SA", "National Health Service", "Samsung Electronics",
        "Gazprom", "Accenture", "Walmart Inc.", "Telefónica S.A."};
    private static final String[] JOBS = {"Software Engineer", "Nurse", "Teacher", "Accountant", "Sales Manager",
        "Civil Engineer", "Pharmacist", "Graphic Designer", "Data Analyst", "Electrician", "Chef", "Lawyer",
        "Project Manager", "Customer Service Representative", "Mechanical Engineer", "Physician", "Architect",
        "Student", "Retired", "Consultant"};
    private static final String[] PLAIN_PASSWORDS = {"Summer2021!", "qwerty123", "Pa$$w0rd", "letmein", "iloveyou2",
        "Dragon#88", "correcthorsebatterystaple", "Passw0rd!", "123456789a", "monkey2020", "Welcome1", "sunshine!7",
        "football99", "Berlin2019", "Sakura*22", "zaq12wsx", "Tr0ub4dor&3", "baseball#1", "P@ris1999", "hunter2"};
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String[] BLOOD = {"O+", "O+", "A+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"};
    private static final String[] MARITAL = {"Single", "Married", "Married", "Divorced", "Widowed", "Separated"};
    private static final String[] TIERS = {"Bronze", "Bronze", "Silver", "Silver", "Gold", "Platinum"};
    private static final String[] ITEMS = {"Wireless Mouse", "USB-C Cable", "Running Shoes", "Coffee Beans 1kg",
        "Desk Lamp", "Yoga Mat", "Bluetooth Speaker", "Notebook A5", "Water Bottle", "Backpack", "Phone Case",
        "Tea Sampler", "Headphones", "Sunglasses", "Board Game"};
    private static final String[] ORDER_STATUS = {"delivered", "delivered", "delivered", "shipped", "processing",
        "cancelled", "returned"};

    private static final Country[] COUNTRIES = {
        new Country("GB", "United Kingdom", "English",
                new String[] {"Oliver", "Amelia", "Jordan", "Victoria", "George", "Isla", "Harry", "Sophie", "Siobhán",
                    "Rhys"},
                new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Jordan", "O'Brien", "Davies", "Evans",
                    "Wright"},
                new String[][] {{"London", "SW1A 2AA"}, {"Manchester", "M1 1AE"}, {"Leeds", "LS1 4DY"},
                    {"Cardiff", "CF10 1EP"}, {"Edinburgh", "EH1 1YZ"}},
                new String[] {"High Street", "Station Road", "Church Lane", "Victoria Road", "Baker Street"},
                new String[] {"Ltd", "& Sons Ltd", "Consulting LLP"},
                new String[] {"gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"}, "NINO",
                r -> r.nextBoolean() ? "+44 20 7946 0" + digits(r, 3) : "+44 7700 900" + digits(r, 3),
                p -> nino(p.random()), r -> iban("GB", "NWBK" + digits(r, 14)), null),
        new Country("DE", "Germany", "German",
                new String[] {"Lukas", "Anna", "Jürgen", "Björn", "Sophie", "Maximilian", "Lea", "Günther", "Jördis",
                    "Paul"},
                new String[] {"Müller", "Schröder", "Weiß", "Groß", "Schmidt", "Schneider", "Fischer", "Köhler",
                    "Becker", "Hoffmann"},
                new String[][] {{"Berlin", "10115"}, {"München", "80331"}, {"Köln", "50667"}, {"Hamburg", "20095"},
                    {"Frankfurt am Main", "60311"}},
                new String[] {"Hauptstraße", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Lindenallee"},
                new String[] {"GmbH", "Bau GmbH", "& Co. KG"},
                new String[] {"web.de", "gmx.de", "t-online.de", "gmail.com"}, "Steuer-ID",
                r -> "+49 30 901820" + digits(r, 2 + r.nextInt(2)), p -> steuerId(p.random()),
                r -> iban("DE", digits(r, 18)), null),
        new Country("FR", "France", "French",
                new String[] {"Élodie", "Chloé", "François", "Théo", "Camille", "Léa", "Benoît", "Anaïs", "Gaël",
                    "Inès"},
                new String[] {"Lefèvre", "Dubois", "Moreau", "Girard", "Bernard", "Laurent", "Rousseau", "Mercier",
                    "Fournier", "Leroy"},
                new String[][] {{"Paris", "75011"}, {"Lyon", "69002"}, {"Marseille", "13001"}, {"Toulouse", "31000"},
                    {"Nantes", "44000"}},
                new String[] {"rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue du Bac",
                    "place Bellecour"},
                new String[] {"SARL", "Conseil SAS", "et Fils"},
                new String[] {"orange.fr", "free.fr", "laposte.net", "gmail.com"}, "NIR",
                r -> "+33 " + (r.nextBoolean() ? "1 70 36 " : "6 12 ") + digits(r, 2) + " " + digits(r, 2),
                p -> nir(p), r -> iban("FR", digits(r, 23)), null),
        new Country("ES", "Spain", "Spanish",
                new String[] {"José", "María", "Íñigo", "Lucía", "Álvaro", "Martina", "Sofía", "Javier", "Begoña",
                    "Raúl"},
                new String[] {"García", "Núñez", "Muñoz", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
                    "Gómez", "Jiménez"},
                new String[][] {{"Madrid", "28013"}, {"Barcelona", "08002"}, {"Sevilla", "41004"},
                    {"Valencia", "46002"}, {"Bilbao", "48001"}},
                new String[] {"Calle Mayor", "Gran Vía", "Calle de Alcalá", "Paseo de Gracia", "Calle Sierpes"},
                new String[] {"S.L.", "y Asociados S.A.", "Hermanos S.L."},
                new String[] {"telefonica.net", "hotmail.es", "gmail.com", "yahoo.es"}, "DNI",
                r -> "+34 6" + digits(r, 2) + " " + digits(r, 3) + " " + digits(r, 3), p -> dni(p.random()),
                r -> iban("ES", digits(r, 20)), null),
        new Country("IN", "India", "Hindi",
                new String[] {"Aarav", "Priya", "आरव|Aarav", "प्रिया|Priya", "Vihaan", "Ananya", "अर्जुन|Arjun",
                    "Diya", "Saanvi", "Rohan"},
                new String[] {"Sharma", "Patel", "शर्मा|Sharma", "Iyer", "Reddy", "गुप्ता|Gupta", "Nair", "Singh",
                    "Mukherjee", "Verma"},
                new String[][] {{"Mumbai", "400001"}, {"Delhi", "110001"}, {"Bengaluru", "560001"},
                    {"Chennai", "600001"}, {"Kolkata", "700001"}},
                new String[] {"MG Road", "Linking Road", "Park Street", "Anna Salai", "Brigade Road"},
                new String[] {"Pvt Ltd", "Traders", "Infotech Pvt Ltd"},
                new String[] {"gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"}, "Aadhaar",
                r -> "+91 9" + digits(r, 4) + " " + digits(r, 5), p -> aadhaar(p.random()), r -> "", null),
        new Country("JP", "Japan", "Japanese",
                new String[] {"翔太|Shota", "陽菜|Hina", "蓮|Ren", "結衣|Yui", "大翔|Hiroto", "さくら|Sakura",
                    "悠真|Yuma", "美咲|Misaki", "Kenji", "Yuki"},
                new String[] {"佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "田中|Tanaka", "伊藤|Ito",
                    "渡辺|Watanabe", "山本|Yamamoto", "中村|Nakamura", "Kobayashi", "Kato"},
                new String[][] {{"東京都千代田区", "100-0005"}, {"大阪市北区", "530-0001"}, {"京都市中京区", "604-8006"},
                    {"札幌市中央区", "060-0001"}, {"Yokohama", "231-0005"}},
                new String[] {"丸の内", "梅田", "河原町通", "大通西", "本町"},
                new String[] {"株式会社", "商事株式会社", "Co., Ltd."},
                new String[] {"yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"}, "My Number",
                r -> r.nextBoolean() ? "+81 3-" + digits(r, 4) + "-" + digits(r, 4)
                        : "+81 90-" + digits(r, 4) + "-" + digits(r, 4),
                p -> myNumber(p.random()), r -> "", null),
        new Country("CN", "China", "Chinese",
                new String[] {"伟|Wei", "芳|Fang", "秀英|Xiuying", "磊|Lei", "静|Jing", "强|Qiang", "敏|Min",
                    "洋|Yang", "Li Na", "Hao"},
                new String[] {"王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang",
                    "赵|Zhao", "Zhou", "Wu"},
                new String[][] {{"北京", "100020"}, {"上海", "200001"}, {"广州", "510000"}, {"深圳", "518000"},
                    {"Chengdu", "610000"}},
                new String[] {"建国路", "南京东路", "天河路", "深南大道", "人民南路"},
                new String[] {"有限公司", "科技有限公司", "贸易有限公司"},
                new String[] {"qq.com", "163.com", "sina.com", "126.com"}, "Resident ID",
                r -> "+86 13" + digits(r, 1) + " " + digits(r, 4) + " " + digits(r, 4), p -> chineseId(p), r -> "",
                null),
        new Country("GR", "Greece", "Greek",
                new String[] {"Γιώργος|Giorgos", "Μαρία|Maria", "Δημήτρης|Dimitris", "Ελένη|Eleni",
                    "Νίκος|Nikos", "Κατερίνα|Katerina", "Γιάννης|Giannis", "Σοφία|Sofia", "Kostas", "Eirini"},
                new String[] {"Παπαδόπουλος|Papadopoulos", "Παπαδοπούλου|Papadopoulou", "Νικολάου|Nikolaou",
                    "Γεωργίου|Georgiou", "Οικονόμου|Oikonomou", "Βασιλείου|Vasileiou", "Pappas", "Ioannou",
                    "Αντωνίου|Antoniou", "Καραγιάννης|Karagiannis"},
                new String[][] {{"Αθήνα", "105 57"}, {"Θεσσαλονίκη", "546 24"}, {"Πάτρα", "262 21"},
                    {"Heraklion", "712 02"}, {"Λάρισα", "412 22"}},
                new String[] {"Οδός Ερμού", "Λεωφόρος Συγγρού", "Οδός Τσιμισκή", "Οδός Αθηνάς", "Odos Patision"},
                new String[] {"Α.Ε.", "& ΣΙΑ Ο.Ε.", "Ε.Π.Ε."},
                new String[] {"otenet.gr", "yahoo.gr", "gmail.com", "hotmail.com"}, "AMKA",
                r -> "+30 21 0" + digits(r, 3) + " " + digits(r, 4), p -> amka(p), r -> iban("GR", digits(r, 23)),
                null),
        new Country("RU", "Russian Federation", "Russian",
                new String[] {"Иван|Ivan", "Анна|Anna", "Дмитрий|Dmitry", "Ольга|Olga", "Сергей|Sergey",
                    "Наталья|Natalya", "Алексей|Aleksey", "Екатерина|Ekaterina", "Mikhail", "Tatiana"},
                new String[] {"Иванов|Ivanov", "Смирнова|Smirnova", "Кузнецов|Kuznetsov", "Попова|Popova",
                    "Соколов|Sokolov", "Лебедева|Lebedeva", "Новиков|Novikov", "Морозова|Morozova", "Volkov",
                    "Fedorova"},
                new String[][] {{"Москва", "101000"}, {"Санкт-Петербург", "190000"}, {"Новосибирск", "630099"},
                    {"Екатеринбург", "620014"}, {"Kazan", "420111"}},
                new String[] {"ул. Тверская, д.", "Невский пр., д.", "ул. Ленина, д.", "ул. Арбат, д.",
                    "ul. Baumana, d."},
                new String[] {"ООО", "АО", "ИП"},
                new String[] {"mail.ru", "yandex.ru", "rambler.ru", "gmail.com"}, "SNILS",
                r -> "+7 495 " + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2), p -> snils(p.random()),
                r -> "", null),
        new Country("JO", "Jordan", "Arabic",
                new String[] {"محمد|Mohammad", "فاطمة|Fatima", "أحمد|Ahmad", "ليلى|Layla", "عمر|Omar",
                    "نور|Noor", "يوسف|Yousef", "سارة|Sara", "Khalid", "Rania"},
                new String[] {"العلي|Al-Ali", "حداد|Haddad", "الخطيب|Al-Khatib", "النابلسي|Nabulsi",
                    "المصري|Al-Masri", "عبدالله|Abdullah", "Jordan", "Qasem", "الزعبي|Al-Zoubi", "Hijazi"},
                new String[][] {{"عمّان", "11181"}, {"إربد", "21110"}, {"الزرقاء", "13110"}, {"Aqaba", "77110"},
                    {"Amman", "11953"}},
                new String[] {"شارع الرينبو", "شارع الجامعة", "شارع المدينة المنورة", "Rainbow Street",
                    "Zahran Street"},
                new String[] {"للتجارة", "Trading Co.", "وشركاه"},
                new String[] {"gmail.com", "yahoo.com", "hotmail.com", "orange.jo"}, "National Number",
                r -> "+962 7 9" + digits(r, 3) + " " + digits(r, 4),
                // 10 digits: a sex digit, 9, the two-digit birth year, six digits (no published check digit)
                p -> (p.female() ? "2" : "9") + "9"
                        + String.format(Locale.ROOT, "%02d", p.birth().getYear() % 100) + digits(p.random(), 6),
                r -> iban("JO", "CBJO" + digits(r, 22)), null),
        new Country("KR", "Korea, Republic of", "Korean",
                new String[] {"민준|Minjun", "서연|Seoyeon", "도윤|Doyun", "지우|Jiwoo", "하준|Hajun",
                    "서윤|Seoyun", "Jisoo", "Hyun-woo", "예준|Yejun", "하은|Haeun"},
                new String[] {"김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung", "강|Kang", "조|Cho", "윤|Yoon",
                    "Jang", "Lim"},
                new String[][] {{"서울", "04524"}, {"부산", "48058"}, {"인천", "21999"}, {"대구", "41911"},
                    {"Daejeon", "35242"}},
                new String[] {"세종대로", "테헤란로", "해운대로", "Gangnam-daero", "중앙대로"},
                new String[] {"주식회사", "(주)", "Co., Ltd."},
                new String[] {"naver.com", "daum.net", "kakao.com", "gmail.com"}, "RRN",
                r -> r.nextBoolean() ? "+82 2-" + digits(r, 3) + "-" + digits(r, 4)
                        : "+82 10-" + digits(r, 4) + "-" + digits(r, 4),
                p -> rrn(p), r -> "", null),
        new Country("BR", "Brazil", "Portuguese",
                new String[] {"João", "Ana", "Conceição", "Luís", "Gabriela", "Matheus", "Letícia", "Antônio",
                    "Beatriz", "Thiago"},
                new String[] {"Silva", "Gonçalves", "Araújo", "Santos", "Oliveira", "Souza", "Magalhães", "Lima",
                    "Ribeiro", "Conceição"},
                new String[][] {{"São Paulo", "01310-100"}, {"Rio de Janeiro", "20040-002"},
                    {"Belo Horizonte", "30130-010"}, {"Salvador", "40020-000"}, {"Curitiba", "80010-000"}},
                new String[] {"Rua Augusta", "Avenida Paulista", "Rua das Flores", "Avenida Atlântica",
                    "Rua XV de Novembro"},
                new String[] {"Ltda.", "& Filhos Ltda.", "Comércio S.A."},
                new String[] {"uol.com.br", "bol.com.br", "gmail.com", "hotmail.com"}, "CPF",
                r -> "+55 11 9" + digits(r, 4) + "-" + digits(r, 4), p -> cpf(p.random()),
                r -> iban("BR", digits(r, 23) + "C" + (char) ('1' + r.nextInt(9))), null),
        new Country("US", "United States of America", "English",
                new String[] {"James", "Mary", "Jordan", "Victoria", "Paris", "Brooklyn", "Michael", "Jennifer",
                    "Dakota", "Tyrone"},
                new String[] {"Johnson", "Miller", "Washington", "Jordan", "Nguyen", "Rodriguez", "Kowalski",
                    "O'Connor", "Lincoln", "Garcia"},
                new String[][] {{"Springfield", "62701"}, {"Victoria", "77901"}, {"Austin", "78701"},
                    {"Portland", "97205"}, {"Columbus", "43215"}},
                new String[] {"Main Street", "Oak Avenue", "Maple Drive", "Elm Street", "Washington Boulevard"},
                new String[] {"LLC", "& Associates", "Inc."},
                new String[] {"gmail.com", "yahoo.com", "aol.com", "icloud.com"}, "SSN",
                r -> "+1 " + (200 + r.nextInt(700)) + "-555-01" + digits(r, 2), p -> ssn(p.random()), r -> "",
                null),
        new Country("CA", "Canada", "English",
                new String[] {"Liam", "Chloé", "Noah", "Émilie", "Olivia", "Mathieu", "Victoria", "Ethan", "Jordan",
                    "Maëlle"},
                new String[] {"Tremblay", "Roy", "Gagnon", "Côté", "MacDonald", "Wilson", "Bouchard", "Campbell",
                    "Gauthier", "Morin"},
                new String[][] {{"Victoria", "V8W 1N4"}, {"Toronto", "M5V 3L9"}, {"Montréal", "H2Y 1C6"},
                    {"Vancouver", "V6B 1A1"}, {"Halifax", "B3J 3K5"}},
                new String[] {"Government Street", "Yonge Street", "rue Sainte-Catherine", "Granville Street",
                    "Barrington Street"},
                new String[] {"Inc.", "Ltée", "& Co."},
                new String[] {"gmail.com", "shaw.ca", "videotron.ca", "rogers.com"}, "SIN",
                r -> "+1 250-555-01" + digits(r, 2), p -> sin(p.random()), r -> "", null)};

    LabelledSet build() {
        LabelledSet set = new LabelledSet("people-international",
                "Invented customer table of 3,000 people from 14 countries (names in Latin with diacritics, Greek,"
                        + " Cyrillic, Chinese, Japanese, Arabic, Devanagari and Hangul; credentials; national ids,"
                        + " IBANs and card numbers with valid check digits) and their orders",
                "people", notice());
        LabelledSet.Table people = set.table("people")
                .column("row_no", ID) // a record number (R): issue 13 lists row numbers among identifier headers
                .column("id", ID).column("username", ID).column("password", CREDENTIAL)
                .column("given_name", "GIVEN_NAME").column("family_name", "FAMILY_NAME")
                .column("mothers_maiden_name", "FAMILY_NAME").column("employer", "NAME").column("job_title", NON)
                .column("email", "EMAIL_ADDRESS").column("website", "URL").column("phone", "TELEPHONE_NUMBER")
                .column("national_id", "NATIONAL_ID").column("national_id_type", NON).column("iban", "IBAN")
                .column("card_number", "CREDIT_CARD_NUMBER").column("card_type", NON)
                .column("date_of_birth", "DATE_OF_BIRTH").column("age", "AGE").column("gender", NON)
                .column("nationality", NON).column("country", NON).column("city", "CITY")
                .column("postcode", "ZIP_CODE").column("street_address", "STREET_ADDRESS").column("blood_type", NON)
                .column("marital_status", NON).column("preferred_language", NON).column("created_at", "DATE")
                .column("balance", NON).column("loyalty_tier", NON).column("newsletter_opt_in", NON);
        LabelledSet.Table orders = set.table("orders")
                .column("order_id", ID).column("customer_id", ID).column("ordered_at", "DATE").column("item", NON)
                .column("quantity", NON).column("unit_price", NON).column("currency", NON).column("status", NON)
                .column("ip_address", "IP_ADDRESS");
        set.foreignKey("orders.customer_id", "people.id");

        DateTimeFormatter slash = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
        DateTimeFormatter longForm = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        int orderNo = 0;
        for (int i = 1; i <= PEOPLE; i++) {
            Country home = COUNTRIES[random.nextInt(COUNTRIES.length)];
            Country residence = random.nextInt(10) == 0 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : home;
            boolean female = random.nextBoolean();
            String[] given = split(pick(home.given()));
            String[] family = split(pick(home.family()));
            String[] maiden = split(pick(home.family()));
            int age = random.nextInt(100) < 3 ? 90 + random.nextInt(8) : 18 + random.nextInt(70);
            LocalDate birth = TODAY.minusYears(age + 1).plusDays(1 + random.nextInt(364));
            age = birth.until(TODAY).getYears();
            String dob = switch (random.nextInt(3)) {
                case 0 -> birth.toString();
                case 1 -> birth.format(slash);
                default -> birth.format(longForm);
            };
            String latinGiven = ascii(given[1]);
            String latinFamily = ascii(family[1]);
            String username = switch (random.nextInt(4)) {
                case 0 -> latinGiven + "." + latinFamily;
                case 1 -> latinGiven.charAt(0) + latinFamily + (random.nextInt(90) + 10);
                case 2 -> latinFamily + "_" + (1950 + random.nextInt(60));
                default -> pick(new String[] {"shadow", "pixel", "river", "tiger", "nova", "lucky"})
                        + latinGiven + random.nextInt(1000);
            } + (i % 7 == 0 ? Integer.toString(i) : "");
            String password = random.nextInt(5) < 2 ? pick(PLAIN_PASSWORDS) + (random.nextBoolean() ? "" : i % 100)
                    : bcrypt();
            String employer = random.nextInt(10) < 3 ? pick(BIG_EMPLOYERS) : firm(home, family[0]);
            String email = latinGiven + (random.nextBoolean() ? "." : "") + latinFamily
                    + (random.nextBoolean() ? Integer.toString(random.nextInt(100)) : "") + "@"
                    + pick(home.mailDomains());
            String website = switch (random.nextInt(5)) {
                case 0 -> "https://www." + latinFamily + latinGiven + ".com";
                case 1 -> "https://" + username.replace('.', '-').replace('_', '-') + ".github.io";
                case 2 -> latinGiven + "-" + latinFamily + ".dev";
                default -> "";
            };
            String[] city = pick(residence.cities());
            String street = streetAddress(residence);
            String card;
            String cardType;
            switch (random.nextInt(3)) {
                case 0 -> {
                    card = luhn("4" + digits(random, 14));
                    cardType = "Visa";
                }
                case 1 -> {
                    card = luhn("5" + (1 + random.nextInt(5)) + digits(random, 13));
                    cardType = "Mastercard";
                }
                default -> {
                    card = luhn("3" + (random.nextBoolean() ? "4" : "7") + digits(random, 12));
                    cardType = "Amex";
                }
            }
            if (random.nextBoolean()) {
                card = card.length() == 16
                        ? card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " "
                                + card.substring(12)
                        : card.substring(0, 4) + " " + card.substring(4, 10) + " " + card.substring(10);
            }
            String iban = home.iban().apply(random);
            if (!iban.isEmpty() && random.nextBoolean()) {
                iban = iban.replaceAll("(.{4})", "$1 ").trim();
            }
            LocalDateTime created = LocalDateTime.of(2015, 1, 1, 0, 0).plusMinutes(random.nextInt(5_500_000));
            String balance = String.format(Locale.ROOT, "%.2f", (random.nextInt(600_000) - 50_000) / 100.0);
            people.row(i, 100000 + i * 7, username, password, given[0], family[0], maiden[0], employer,
                    pick(JOBS), email, website, home.phone().apply(random),
                    home.nationalId().apply(new Person(random, birth, female)), home.idType(), iban, card, cardType,
                    dob, age, female ? (random.nextInt(40) == 0 ? "X" : "F") : "M", home.name(), residence.name(),
                    city[0], city[1], street, pick(BLOOD), pick(MARITAL), home.language(),
                    created + ":" + String.format(Locale.ROOT, "%02d", random.nextInt(60)) + "Z", balance, pick(TIERS),
                    random.nextBoolean());
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                orderNo++;
                long window = java.time.Duration.between(created, TODAY.atStartOfDay()).toMinutes();
                LocalDateTime at = created.plusMinutes((long) (random.nextDouble() * window));
                String ip = switch (random.nextInt(4)) {
                    case 0 -> "192.0.2." + (1 + random.nextInt(254));
                    case 1 -> "198.51.100." + (1 + random.nextInt(254));
                    case 2 -> "203.0.113." + (1 + random.nextInt(254));
                    default -> "2001:db8:" + Integer.toHexString(random.nextInt(65536)) + "::"
                            + Integer.toHexString(1 + random.nextInt(65535));
                };
                orders.row(String.format(Locale.ROOT, "ORD-%06d", orderNo), 100000 + i * 7, at + ":00Z", pick(ITEMS),
                        1 + random.nextInt(3), String.format(Locale.ROOT, "%.2f", 5 + random.nextInt(20000) / 100.0),
                        currency(residence.code()), pick(ORDER_STATUS), ip);
            }
        }
        return set;
    }

    private static String currency(String country) {
        return switch (country) {
            case "GB" -> "GBP";
            case "DE", "FR", "ES", "GR" -> "EUR";
            case "IN" -> "INR";
            case "JP" -> "JPY";
            case "CN" -> "CNY";
            case "RU" -> "RUB";
            case "JO" -> "JOD";
            case "KR" -> "KRW";
            case "BR" -> "BRL";
            case "CA" -> "CAD";
            default -> "USD";
        };
    }

    /** A small firm named after a family, written as the country writes it (no space before a CJK suffix). */
    private String firm(Country home, String family) {
        String suffix = pick(home.employers());
        boolean cjk = (home.code().equals("CN") || home.code().equals("JP")) && suffix.charAt(0) > 0x2E80;
        return cjk ? family + suffix : family + " " + suffix;
    }

    private String streetAddress(Country c) {
        String street = pick(c.streets());
        int n = 1 + random.nextInt(180);
        return switch (c.code()) {
            case "DE", "ES", "GR", "KR", "JO" -> street + " " + n;
            case "FR" -> n + " " + street;
            case "JP" -> street + (1 + random.nextInt(9)) + "-" + (1 + random.nextInt(20)) + "-" + (1 + random.nextInt(9));
            case "CN" -> street + n + "号";
            case "RU" -> street + " " + n + ", кв. " + (1 + random.nextInt(200));
            case "BR" -> street + ", " + n;
            case "GB" -> n + (random.nextInt(10) == 0 ? "B" : "") + " " + street;
            default -> n + " " + street + (random.nextInt(4) == 0 ? " Apt " + (1 + random.nextInt(40)) : "");
        };
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String[] split(String name) {
        int bar = name.indexOf('|');
        return bar < 0 ? new String[] {name, name} : new String[] {name.substring(0, bar), name.substring(bar + 1)};
    }

    private static String ascii(String latin) {
        return Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    private String bcrypt() {
        StringBuilder sb = new StringBuilder(random.nextBoolean() ? "$2b$12$" : "$2a$10$");
        for (int i = 0; i < 53; i++) {
            sb.append(BCRYPT_ALPHABET.charAt(random.nextInt(BCRYPT_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String luhn(String body) {
        return body + Check.luhnDigit(body);
    }

    private static String iban(String country, String bban) {
        return country + Check.ibanCheck(country, bban) + bban;
    }

    /** UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A-D. */
    private static String nino(Random r) {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(r.nextInt(first.length())) + second.charAt(r.nextInt(second.length()));
        } while (List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix));
        String d = digits(r, 6);
        char suffix = "ABCD".charAt(r.nextInt(4));
        return r.nextBoolean() ? prefix + d + suffix
                : prefix + " " + d.substring(0, 2) + " " + d.substring(2, 4) + " " + d.substring(4) + " " + suffix;
    }

    /** German Steuerliche Identifikationsnummer: 11 digits, one digit repeated, ISO 7064 MOD 11,10 check digit. */
    private static String steuerId(Random r) {
        List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        java.util.Collections.shuffle(pool, r);
        List<Integer> ten = new ArrayList<>(pool.subList(0, 9));
        ten.add(ten.get(r.nextInt(9)));
        do {
            java.util.Collections.shuffle(ten, r);
        } while (ten.get(0) == 0);
        int product = 10;
        StringBuilder sb = new StringBuilder();
        for (int d : ten) {
            sb.append(d);
            int sum = (d + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return sb.append(check == 10 ? 0 : check).toString();
    }

    /** French NIR (numéro de sécurité sociale): sex, yy, mm, department, commune, order, key = 97 - n mod 97. */
    private static String nir(Person p) {
        String body = (p.female() ? "2" : "1") + String.format(Locale.ROOT, "%02d%02d", p.birth().getYear() % 100,
                p.birth().getMonthValue()) + String.format(Locale.ROOT, "%02d", 1 + p.random().nextInt(95))
                + digits(p.random(), 3) + digits(p.random(), 3);
        long key = 97 - Long.parseLong(body) % 97;
        String nir = body + String.format(Locale.ROOT, "%02d", key);
        return p.random().nextBoolean() ? nir
                : nir.charAt(0) + " " + nir.substring(1, 3) + " " + nir.substring(3, 5) + " " + nir.substring(5, 7)
                        + " " + nir.substring(7, 10) + " " + nir.substring(10, 13) + " " + nir.substring(13);
    }

    /** Spanish DNI: eight digits and the letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]. */
    private static String dni(Random r) {
        String d = digits(r, 8);
        return d + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(d) % 23);
    }

    /** Indian Aadhaar: 12 digits, first 2-9, Verhoeff check digit, printed in groups of four. */
    private static String aadhaar(Random r) {
        String body = (2 + r.nextInt(8)) + digits(r, 10);
        String a = body + Check.verhoeffDigit(body);
        return a.substring(0, 4) + " " + a.substring(4, 8) + " " + a.substring(8);
    }

    /** Japanese Individual Number (My Number): 11 digits and a mod-11 check digit. */
    private static String myNumber(Random r) {
        String body = digits(r, 11);
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int pn = body.charAt(11 - n) - '0';
            int qn = n <= 6 ? n + 1 : n - 5;
            sum += pn * qn;
        }
        int rem = sum % 11;
        return body + (rem <= 1 ? 0 : 11 - rem);
    }

    /** Chinese resident identity number (GB 11643-1999): region, birth date, order, ISO 7064 MOD 11-2 check. */
    private static String chineseId(Person p) {
        String body = pick(p.random(), new String[] {"110105", "310101", "440106", "440304", "510107"})
                + p.birth().format(DateTimeFormatter.BASIC_ISO_DATE) + digits(p.random(), 2)
                + (p.female() ? 2 * p.random().nextInt(5) : 2 * p.random().nextInt(5) + 1);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** Greek AMKA: birth date ddMMyy, four digits, Luhn check digit. */
    private static String amka(Person p) {
        String body = p.birth().format(DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT)) + digits(p.random(), 4);
        return luhn(body);
    }

    /** Russian SNILS: nine digits and a two-digit checksum, printed 123-456-789 01. */
    private static String snils(Random r) {
        String d = digits(r, 9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 == 100 ? 0 : sum % 101;
        return d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6) + " "
                + String.format(Locale.ROOT, "%02d", check);
    }

    /** Korean resident registration number: yyMMdd-G, region 00-95, three digits and a mod-11 check digit. */
    private static String rrn(Person p) {
        boolean after2000 = p.birth().getYear() >= 2000;
        int g = p.female() ? (after2000 ? 4 : 2) : (after2000 ? 3 : 1);
        // digits 8-9 are the registration office's region code, 00-95
        String body = p.birth().format(DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT)) + g
                + String.format(Locale.ROOT, "%02d", p.random().nextInt(96)) + digits(p.random(), 3);
        int[] w = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        String all = body + (11 - sum % 11) % 10;
        return all.substring(0, 6) + "-" + all.substring(6);
    }

    /** Brazilian CPF: nine digits and two mod-11 check digits, printed 123.456.789-09. */
    private static String cpf(Random r) {
        String d = digits(r, 9);
        int s1 = 0;
        for (int i = 0; i < 9; i++) {
            s1 += (d.charAt(i) - '0') * (10 - i);
        }
        int c1 = (s1 * 10) % 11 % 10;
        String d10 = d + c1;
        int s2 = 0;
        for (int i = 0; i < 10; i++) {
            s2 += (d10.charAt(i) - '0') * (11 - i);
        }
        int c2 = (s2 * 10) % 11 % 10;
        String all = d10 + c2;
        return all.substring(0, 3) + "." + all.substring(3, 6) + "." + all.substring(6, 9) + "-" + all.substring(9);
    }

    /** US SSN outside the never-issued areas 000, 666 and 900-999. */
    private static String ssn(Random r) {
        int area;
        do {
            area = 1 + r.nextInt(899);
        } while (area == 666);
        return String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
    }

    /** Canadian SIN: nine digits, Luhn-valid, printed 123 456 789. */
    private static String sin(Random r) {
        String s = luhn((1 + r.nextInt(7)) + digits(r, 7));
        return s.substring(0, 3) + " " + s.substring(3, 6) + " " + s.substring(6);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String notice() {
        return """
                people-international (and people-international-40, its first 40 people): INVENTED data.
                Generated by core/src/test/java/dev/warden/core/job/classification/PeopleInternationalSet.java with a
                fixed seed. No row describes a real person. Names are common given and family names of each
                country; national ids, IBANs and card numbers are random digits completed with their published check
                digits (NINO prefix rules, Steuer-ID ISO 7064 MOD 11,10, NIR mod 97, DNI letter, Aadhaar Verhoeff,
                My Number mod 11, GB 11643 MOD 11-2, AMKA/SIN/card Luhn, SNILS, RRN, CPF, IBAN ISO 13616 mod 97),
                so they are well-formed but not issued to anyone. Phone numbers use fiction ranges where they exist
                (UK 020 7946 0xxx and 07700 900xxx, NANP 555-01xx); IP addresses are RFC 5737 / RFC 3849
                documentation addresses. Company names like "Siemens AG" appear only as invented employers.
                Deliberate coincidences: given and family names "Jordan" next to the country Jordan, the given names
                "Victoria" and "Paris" next to the cities Victoria (US, Canada) and Paris, card type "Visa" (never a
                person's name).
                """;
    }
}

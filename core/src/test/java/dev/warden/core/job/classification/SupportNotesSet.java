package dev.warden.core.job.classification;

import static dev.warden.core.job.classification.LabelledSet.FREE_TEXT;
import static dev.warden.core.job.classification.LabelledSet.ID;
import static dev.warden.core.job.classification.LabelledSet.NON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;

/**
 * An invented help-desk export: 10 customers and 300 support tickets whose free-text {@code notes} sometimes quote
 * the customer's full name, SSN, phone number and e-mail address inline, as agents do, and otherwise talk only about
 * the product.
 */
final class SupportNotesSet {

    static final int TICKETS = 300;

    private final Random random = new Random(4242L);

    private static final String[][] CUSTOMERS = {
        {"Margaret Holloway", "Portland", "OR", "97205"}, {"Desmond Okafor", "Austin", "TX", "78701"},
        {"Priya Raman", "Edison", "NJ", "08817"}, {"Lucas Ferreira", "Miami", "FL", "33130"},
        {"Hannah Lindqvist", "Minneapolis", "MN", "55401"}, {"Tomás Echeverría", "Santa Fe", "NM", "87501"},
        {"Grace Nakamura", "Seattle", "WA", "98101"}, {"Walter Brennan", "Columbus", "OH", "43215"},
        {"Aisha Rahman", "Dearborn", "MI", "48126"}, {"Connor McAllister", "Boise", "ID", "83702"}};
    private static final String[] PRODUCTS = {"Router X200", "Mesh Node M3", "SmartThermo T1", "CloudBackup Pro",
        "Doorbell Cam D2"};
    private static final String[] CHANNELS = {"email", "phone", "chat"};
    private static final String[] PRIORITIES = {"low", "normal", "normal", "high", "urgent"};
    private static final String[] CATEGORIES = {"billing", "technical", "technical", "shipping", "account",
        "returns"};
    private static final String[] STATUSES = {"closed", "closed", "closed", "open", "pending", "resolved"};
    private static final String[] PRODUCT_TALK = {
        "%s drops Wi-Fi every evening around 8pm. Advised firmware update to 2.4.1 and a channel change to 6.",
        "Customer asked whether %s supports WPA3. Confirmed yes after firmware 2.3; sent the release notes link.",
        "%s not pairing with the app. Reset to factory defaults, re-paired, works now.",
        "Replacement %s shipped via ground; tracking sent by e-mail. Closing once delivery confirmed.",
        "Billing question about the annual plan for %s; explained proration. No further action.",
        "Reported overheating of %s. Requested photos of the unit and the serial label; escalated to tier 2.",
        "%s battery drains in two days. Suggested disabling motion alerts at night; will follow up in a week.",
        "How-to: scheduling for %s. Walked through the schedule screen; customer satisfied."};

    LabelledSet build() {
        LabelledSet set = new LabelledSet("notes",
                "Invented help-desk export: 10 customers and 300 support tickets with a free-text notes column that"
                        + " quotes names, SSNs, phone numbers and e-mail addresses in some rows",
                "customers", notice());
        LabelledSet.Table customers = set.table("customers")
                .column("customer_id", ID).column("full_name", "NAME").column("email", "EMAIL_ADDRESS")
                .column("phone", "TELEPHONE_NUMBER").column("ssn", "SOCIAL_SECURITY_NUMBER")
                .column("date_of_birth", "DATE_OF_BIRTH").column("city", "CITY").column("state", NON)
                .column("zip", "ZIP_CODE").column("plan", NON).column("signup_date", "DATE");
        String[][] contact = new String[CUSTOMERS.length][];
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String[] c = CUSTOMERS[i];
            String[] parts = c[0].split(" ");
            String email = java.text.Normalizer.normalize(parts[0].charAt(0) + parts[1], java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT) + (random.nextInt(90) + 10) + "@"
                    + new String[] {"gmail.com", "yahoo.com", "outlook.com", "fastmail.com"}[random.nextInt(4)];
            String phone = String.format(Locale.ROOT, "(%d) 555-01%02d", 200 + random.nextInt(700), random.nextInt(100));
            int area;
            do {
                area = 1 + random.nextInt(899);
            } while (area == 666);
            String ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + random.nextInt(99),
                    1 + random.nextInt(9999));
            contact[i] = new String[] {c[0], email, phone, ssn};
            LocalDate birth = LocalDate.of(1945 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
            customers.row("C-" + (1001 + i), c[0], email, phone, ssn, birth, c[1], c[2], c[3],
                    new String[] {"Basic", "Plus", "Premium"}[random.nextInt(3)],
                    LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1500)));
        }

        LabelledSet.Table tickets = set.table("support_tickets")
                .column("ticket_id", ID).column("customer_id", ID).column("opened_at", "DATE")
                .column("closed_at", "DATE").column("channel", NON).column("priority", NON).column("category", NON)
                .column("status", NON).column("product", NON).column("satisfaction_score", NON)
                .column("notes", FREE_TEXT);
        LocalDateTime clock = LocalDateTime.of(2023, 1, 3, 8, 0);
        for (int t = 1; t <= TICKETS; t++) {
            int c = random.nextInt(CUSTOMERS.length);
            String[] who = contact[c];
            String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
            clock = clock.plusMinutes(30 + random.nextInt(4000));
            String status = STATUSES[random.nextInt(STATUSES.length)];
            boolean closed = status.equals("closed") || status.equals("resolved");
            String talk = String.format(Locale.ROOT, PRODUCT_TALK[random.nextInt(PRODUCT_TALK.length)], product);
            String notes = switch (random.nextInt(8)) {
                case 0 -> "Caller " + who[0] + " verified identity with SSN " + who[3] + ". " + talk;
                case 1 -> talk + " Customer prefers a call back on " + who[2] + ".";
                case 2 -> "Spoke with " + who[0].split(" ")[0] + ". " + talk + " Confirmation sent to " + who[1] + ".";
                case 3 -> "Account holder: " + who[0] + "\nPhone: " + who[2] + "\nEmail: " + who[1] + "\nIssue: "
                        + talk;
                default -> talk;
            };
            tickets.row(String.format(Locale.ROOT, "TCK-%06d", 41000 + t), "C-" + (1001 + c),
                    clock + ":00Z", closed ? clock.plusHours(1 + random.nextInt(96)) + ":00Z" : "",
                    CHANNELS[random.nextInt(3)], PRIORITIES[random.nextInt(PRIORITIES.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], status, product,
                    closed ? Integer.toString(1 + random.nextInt(5)) : "", notes);
        }
        set.foreignKey("support_tickets.customer_id", "customers.customer_id");
        return set;
    }

    private static String notice() {
        return """
                notes: INVENTED data, generated by
                core/src/test/java/dev/warden/core/job/classification/SupportNotesSet.java with a fixed seed.
                No row describes a real person: names are invented, phone numbers are in the NANP fiction range
                555-01xx, SSNs are random digits in the issuable format, e-mail addresses use public webmail domains
                with invented local parts. About three tickets in eight quote the customer's name, SSN, phone or
                e-mail inside the notes text; the rest talk only about the product.
                """;
    }
}

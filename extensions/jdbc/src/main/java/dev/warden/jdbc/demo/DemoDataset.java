package dev.warden.jdbc.demo;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small synthetic patient data set made by Warden's own deterministic generator (same seed, same rows): tables
 * {@code patients}, {@code encounters} and {@code conditions} with primary and foreign keys declared in the database.
 * Formats are realistic (SSNs in the 900-999 area range, which the SSA never issues; US phone numbers in the
 * 555-01xx fiction range; e-mail at example.org), some patients are over 89, some ZIP codes have leading zeros and
 * some lie in the three-digit areas Safe Harbor restricts. Every person is invented.
 */
public final class DemoDataset {

    /** The job spec that goes with the data set ({@code demo-spec.json}); keys come from the database's metadata. */
    public static final String SPEC_RESOURCE = "demo-spec.json";

    private static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Mia",
        "Lucas", "Amelia", "Mateo", "Harper", "Ethan", "Evelyn", "Aiden", "Luna", "Wei", "Priya", "Oluwaseun", "José",
        "Zoë", "Siobhán", "Björn"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Nguyen", "Okafor", "Kowalski", "O'Brien", "Müller", "Chen",
        "Patel", "Haddad", "Van der Berg"};
    private static final String[] STREETS = {"Maple Ave", "Oak St", "Cedar Ln", "Pine Rd", "Elm St", "Washington Blvd",
        "Lakeview Dr", "Hillcrest Ct", "Sunset Way", "River Rd"};
    /** City, state, ZIP: leading zeros (MA, NJ, CT), restricted three-digit areas (036, 059, 692, 823, 878), others. */
    private static final String[][] PLACES = {
        {"Boston", "MA", "02134"}, {"Newark", "NJ", "07102"}, {"Hartford", "CT", "06103"}, {"Lebanon", "NH", "03601"},
        {"St. Johnsbury", "VT", "05901"}, {"Valentine", "NE", "69201"}, {"Rock Springs", "WY", "82301"},
        {"Socorro", "NM", "87801"}, {"Omaha", "NE", "68114"}, {"Lincoln", "NE", "68504"}, {"Chicago", "IL", "60614"},
        {"Austin", "TX", "78701"}, {"Seattle", "WA", "98103"}, {"Denver", "CO", "80205"}};
    private static final String[][] ENCOUNTER_TYPES = {
        {"wellness", "410620009", "Well child visit (procedure)"}, {"ambulatory", "185345009", "Encounter for symptom"},
        {"outpatient", "390906007", "Follow-up encounter"}, {"emergency", "50849002", "Emergency room admission"},
        {"inpatient", "32485007", "Hospital admission"}};
    private static final String[][] CONDITIONS = {
        {"44054006", "Diabetes mellitus type 2"}, {"38341003", "Hypertension"}, {"195662009", "Acute viral pharyngitis"},
        {"10509002", "Acute bronchitis"}, {"55822004", "Hyperlipidemia"}, {"40055000", "Chronic sinusitis"},
        {"162864005", "Body mass index 30+ - obesity"}, {"271737000", "Anemia"}};

    private DemoDataset() {
    }

    /**
     * Creates the tables and fills them.
     *
     * @param jdbcUrl an empty database, e.g. {@code jdbc:h2:file:/tmp/demo/source}
     * @param patients how many patients (each with 1 to 12 encounters and up to 2 conditions per encounter)
     * @param seed the generator's seed
     * @return rows written per table: patients, encounters, conditions
     * @throws ConfigurationException if the database cannot be written
     */
    public static long[] generate(String jdbcUrl, int patients, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] counts = new long[3];
        try (Connection c = dev.warden.jdbc.ConnectTimeout.connect(jdbcUrl)) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE patients (id VARCHAR(36) PRIMARY KEY, mrn VARCHAR(12) NOT NULL, first_name VARCHAR(40), "
                        + "last_name VARCHAR(40), ssn VARCHAR(11), birth_date DATE, gender VARCHAR(1), street VARCHAR(80), "
                        + "city VARCHAR(40), state VARCHAR(2), zip VARCHAR(10), phone VARCHAR(20), email VARCHAR(80))");
                st.execute("CREATE TABLE encounters (id VARCHAR(36) PRIMARY KEY, patient_id VARCHAR(36) NOT NULL REFERENCES patients(id), "
                        + "start_time TIMESTAMP, stop_time TIMESTAMP, encounter_class VARCHAR(20), code VARCHAR(20), "
                        + "description VARCHAR(100), total_cost NUMERIC(10,2))");
                st.execute("CREATE TABLE conditions (id BIGINT PRIMARY KEY, patient_id VARCHAR(36) NOT NULL REFERENCES patients(id), "
                        + "encounter_id VARCHAR(36) NOT NULL REFERENCES encounters(id), onset DATE, abatement DATE, "
                        + "code VARCHAR(20), description VARCHAR(100))");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO patients VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement e = c.prepareStatement("INSERT INTO encounters VALUES (?,?,?,?,?,?,?,?)");
                 PreparedStatement k = c.prepareStatement("INSERT INTO conditions VALUES (?,?,?,?,?,?,?)")) {
                long conditionId = 1;
                for (int i = 0; i < patients; i++) {
                    String id = uuid(random);
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    // One patient in eight is over 89 today.
                    LocalDate birth = i % 8 == 3
                            ? LocalDate.of(1921 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28))
                            : LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String[] place = PLACES[i % PLACES.length];
                    p.setString(1, id);
                    p.setString(2, String.format(Locale.ROOT, "MRN%08d", 10_000_000 + random.nextInt(89_999_999)));
                    p.setString(3, first);
                    p.setString(4, last);
                    p.setString(5, String.format(Locale.ROOT, "9%02d-%02d-%04d", random.nextInt(100), 1 + random.nextInt(99), 1 + random.nextInt(9999)));
                    p.setObject(6, birth);
                    p.setString(7, random.nextBoolean() ? "F" : "M");
                    p.setString(8, (1 + random.nextInt(9899)) + " " + STREETS[random.nextInt(STREETS.length)]);
                    p.setString(9, place[0]);
                    p.setString(10, place[1]);
                    p.setString(11, place[2]);
                    p.setString(12, String.format(Locale.ROOT, "(%03d) 555-01%02d", 201 + random.nextInt(700), random.nextInt(100)));
                    p.setString(13, (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + i + "@example.org");
                    p.addBatch();
                    counts[0]++;
                    int encounters = 1 + random.nextInt(12);
                    LocalDateTime when = LocalDateTime.of(2015 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28),
                            7 + random.nextInt(10), random.nextInt(60));
                    List<String> encounterIds = new ArrayList<>();
                    for (int j = 0; j < encounters; j++) {
                        String eid = uuid(random);
                        String[] type = ENCOUNTER_TYPES[random.nextInt(ENCOUNTER_TYPES.length)];
                        e.setString(1, eid);
                        e.setString(2, id);
                        e.setObject(3, when);
                        e.setObject(4, when.plusMinutes(15 + random.nextInt(240)));
                        e.setString(5, type[0]);
                        e.setString(6, type[1]);
                        e.setString(7, type[2]);
                        e.setBigDecimal(8, java.math.BigDecimal.valueOf(5_000 + random.nextInt(200_000), 2));
                        e.addBatch();
                        counts[1]++;
                        encounterIds.add(eid);
                        int conditions = random.nextInt(3);
                        for (int m = 0; m < conditions; m++) {
                            String[] condition = CONDITIONS[random.nextInt(CONDITIONS.length)];
                            k.setLong(1, conditionId++);
                            k.setString(2, id);
                            k.setString(3, eid);
                            k.setObject(4, when.toLocalDate());
                            k.setObject(5, random.nextBoolean() ? when.toLocalDate().plusDays(7 + random.nextInt(60)) : null);
                            k.setString(6, condition[0]);
                            k.setString(7, condition[1]);
                            k.addBatch();
                            counts[2]++;
                        }
                        when = when.plusDays(20 + random.nextInt(300));
                    }
                }
                p.executeBatch();
                e.executeBatch();
                k.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new ConfigurationException("demo: cannot write the synthetic data set (SQLState " + e.getSQLState() + ")", e);
        }
        return counts;
    }

    /** @return the job spec that goes with the data set, as JSON text */
    public static String spec() {
        try (InputStream in = DemoDataset.class.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + SPEC_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uuid(SplittableRandom random) {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }
}

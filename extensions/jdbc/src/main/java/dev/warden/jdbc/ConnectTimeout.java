package dev.warden.jdbc;

import com.zaxxer.hikari.HikariConfig;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How long Warden's JDBC code waits for a database connection before failing: a missing H2 file or an unreachable
 * server is reported in seconds, not after HikariCP's 30 s default. The default is {@value #DEFAULT_SECONDS} s; the
 * system property {@value #PROPERTY} (e.g. {@code -Dwarden.jdbc.connectTimeout=15s}, which the {@code warden}
 * command's {@code --connect-timeout} sets) changes it for the process, and a {@code connectTimeout} setting of a
 * {@code jdbc} audit sink or user store for that one pool. Durations are written {@code 500ms}, {@code 5s},
 * {@code 1m} or ISO-8601 ({@code PT5S}); at least 250 ms.
 */
public final class ConnectTimeout {

    /** The system property that sets the process-wide time-out. */
    public static final String PROPERTY = "warden.jdbc.connectTimeout";
    /** The default, in seconds. */
    public static final int DEFAULT_SECONDS = 5;

    private static final Duration MINIMUM = Duration.ofMillis(250);

    private ConnectTimeout() {
    }

    /**
     * @return the process-wide time-out: {@value #PROPERTY} when set, else {@value #DEFAULT_SECONDS} s
     * @throws ConfigurationException if the property is not a duration of at least 250 ms
     */
    public static Duration processDefault() {
        String text = System.getProperty(PROPERTY);
        return text == null || text.isBlank() ? Duration.ofSeconds(DEFAULT_SECONDS) : atLeastMinimum(PROPERTY,
                JsonConfigNode.parseDuration(PROPERTY, text));
    }

    /**
     * @param node a pool's settings
     * @return its {@code connectTimeout}, else the process-wide time-out
     */
    static Duration of(ConfigNode node) {
        Duration fallback = processDefault();
        return atLeastMinimum(node.qualified("connectTimeout"), node.duration("connectTimeout", fallback));
    }

    /** Bounds a pool's wait for a connection, and the driver's log-in, by {@code timeout}. */
    static void apply(HikariConfig pool, Duration timeout) {
        long millis = timeout.toMillis();
        pool.setConnectionTimeout(millis);
        pool.setValidationTimeout(Math.min(millis, Math.max(250, pool.getValidationTimeout())));
    }

    /**
     * Opens one connection without a pool, its log-in bounded by the process-wide time-out.
     *
     * @param jdbcUrl the database
     * @return the connection
     * @throws SQLException if the driver cannot connect in time
     */
    public static Connection connect(String jdbcUrl) throws SQLException {
        int seconds = (int) Math.max(1, (processDefault().toMillis() + 999) / 1000);
        synchronized (DriverManager.class) {
            int previous = DriverManager.getLoginTimeout();
            DriverManager.setLoginTimeout(seconds);
            try {
                return DriverManager.getConnection(jdbcUrl);
            } finally {
                DriverManager.setLoginTimeout(previous);
            }
        }
    }

    private static Duration atLeastMinimum(String where, Duration timeout) {
        if (timeout.compareTo(MINIMUM) < 0) {
            throw new ConfigurationException("configuration " + where + ": a connection time-out must be at least 250ms");
        }
        return timeout;
    }
}

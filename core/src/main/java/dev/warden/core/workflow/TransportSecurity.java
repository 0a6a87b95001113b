package dev.warden.core.workflow;

import dev.warden.ConfigurationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The hardening guide's rule for database connections in production: TLS with the server's certificate and host name
 * verified. What each driver needs in its URL:
 * <ul>
 *   <li>PostgreSQL: {@code sslmode=verify-full} (libpq / pgJDBC; {@code require} and {@code verify-ca} do not check the
 *       host name);</li>
 *   <li>MySQL: {@code sslMode=VERIFY_IDENTITY}; MariaDB: {@code sslMode=verify-full};</li>
 *   <li>SQL Server: {@code encrypt=true} without {@code trustServerCertificate=true};</li>
 *   <li>H2: an embedded database ({@code jdbc:h2:file:}, {@code jdbc:h2:mem:}, a path) makes no network connection;
 *       {@code jdbc:h2:ssl://} is TLS; {@code jdbc:h2:tcp://} is refused.</li>
 * </ul>
 * Any other driver is refused in production: Warden cannot tell from its URL whether TLS is verified.
 */
final class TransportSecurity {

    private TransportSecurity() {
    }

    /**
     * @param source the data source about to be opened
     * @throws ConfigurationException naming the data source and the setting to add
     */
    static void requireVerifiedTls(DataSource source) {
        if (!source.isDatabase()) {
            return;
        }
        String url = source.location();
        String lower = url.toLowerCase(Locale.ROOT);
        String where = "data source " + source.project() + "/" + source.name();
        Map<String, String> params = parameters(url);
        if (lower.startsWith("jdbc:postgresql:")) {
            if (!"verify-full".equals(params.getOrDefault("sslmode", ""))) {
                throw new ConfigurationException(where + ": production requires TLS with the server verified; add "
                        + "sslmode=verify-full to the JDBC URL (and sslrootcert= if the CA is not in the default place)");
            }
        } else if (lower.startsWith("jdbc:mysql:")) {
            if (!"verify_identity".equals(params.getOrDefault("sslmode", ""))) {
                throw new ConfigurationException(where + ": production requires TLS with the server verified; add "
                        + "sslMode=VERIFY_IDENTITY to the JDBC URL");
            }
        } else if (lower.startsWith("jdbc:mariadb:")) {
            if (!"verify-full".equals(params.getOrDefault("sslmode", ""))) {
                throw new ConfigurationException(where + ": production requires TLS with the server verified; add "
                        + "sslMode=verify-full to the JDBC URL");
            }
        } else if (lower.startsWith("jdbc:sqlserver:")) {
            if (!"true".equals(params.getOrDefault("encrypt", "")) || "true".equals(params.get("trustservercertificate"))) {
                throw new ConfigurationException(where + ": production requires TLS with the server verified; set "
                        + "encrypt=true and remove trustServerCertificate=true");
            }
        } else if (lower.startsWith("jdbc:h2:")) {
            if (lower.startsWith("jdbc:h2:tcp:")) {
                throw new ConfigurationException(where + ": production requires TLS for database connections; use "
                        + "jdbc:h2:ssl:// instead of jdbc:h2:tcp://");
            }
        } else {
            throw new ConfigurationException(where + ": production requires verified TLS for database connections, "
                    + "and Warden cannot check it for this driver; use PostgreSQL, MySQL, MariaDB, SQL Server or H2");
        }
    }

    /** @return the URL's parameters after {@code ?} ({@code &}-separated) and {@code ;} (SQL Server, H2), keys lower case */
    static Map<String, String> parameters(String url) {
        Map<String, String> out = new HashMap<>();
        int q = url.indexOf('?');
        int semi = url.indexOf(';');
        int start = q < 0 ? semi : semi < 0 ? q : Math.min(q, semi);
        if (start < 0) {
            return out;
        }
        for (String part : url.substring(start + 1).split("[&;]")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim()
                        .toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}

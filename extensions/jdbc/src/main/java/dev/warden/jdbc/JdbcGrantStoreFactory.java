package dev.warden.jdbc;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.policy.GrantStore;
import dev.warden.core.policy.GrantStoreFactory;
import dev.warden.secrets.SecretRef;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * {@code "policy": {"store": "jdbc", "url": "jdbc:postgresql://db/warden?sslmode=verify-full", "username": "warden",
 * "password": "env:WARDEN_DB_PASSWORD", "reloadInterval": "500ms"}}: a {@link JdbcGrantStore} shared by every host
 * process that names the same database; each reloads it every {@code reloadInterval} (default 500 ms). The driver of
 * the URL comes from the host.
 */
public final class JdbcGrantStoreFactory implements GrantStoreFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcGrantStoreFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public Set<String> settings() {
        return Set.of("url", "username", "password");
    }

    @Override
    public GrantStore open(ConfigNode section) {
        String url = section.requireString("url");
        Optional<SecretRef> password = section.secretRef("password");
        char[] secret = password.isPresent() ? environment(password.get(), section.qualified("password")) : null;
        try {
            return new JdbcGrantStore(url, section.string("username").orElse(null), secret);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + section.qualified("url")
                    + ": cannot open the policy database (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    /** Resolves {@code env:NAME}; for other schemes pass a JdbcGrantStore to Warden.builder().policyStore(...). */
    private static char[] environment(SecretRef ref, String where) {
        if (!ref.scheme().equals("env")) {
            throw new ConfigurationException("configuration " + where + ": only env: references are resolved here; for "
                    + "scheme '" + ref.scheme() + "' pass a JdbcGrantStore to Warden.builder().policyStore(...)");
        }
        String value = System.getenv(ref.path());
        if (value == null) {
            throw new ConfigurationException("configuration " + where + ": environment variable is not set");
        }
        return value.toCharArray();
    }
}

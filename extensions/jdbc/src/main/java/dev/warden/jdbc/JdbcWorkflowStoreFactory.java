package dev.warden.jdbc;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.workflow.WorkflowStore;
import dev.warden.core.workflow.WorkflowStoreFactory;
import dev.warden.secrets.SecretRef;
import java.util.Optional;
import java.util.Set;

/**
 * {@code "workflows": {"store": {"type": "jdbc", "url": "jdbc:postgresql://db/warden?sslmode=verify-full",
 * "username": "warden", "password": "env:WARDEN_DB_PASSWORD"}}}: a {@link JdbcWorkflowStore} on its own HikariCP pool.
 * The driver of the URL comes from the host.
 */
public final class JdbcWorkflowStoreFactory implements WorkflowStoreFactory {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcWorkflowStoreFactory() {
    }

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public WorkflowStore open(ConfigNode store) {
        store.requireOnlyKeys(Set.of("type", "url", "username", "password"));
        String url = store.requireString("url");
        Optional<SecretRef> password = store.secretRef("password");
        char[] secret = password.isPresent() ? environment(password.get(), store.qualified("password")) : null;
        try {
            return new JdbcWorkflowStore(url, store.string("username").orElse(null), secret);
        } catch (RuntimeException e) {
            throw new ConfigurationException("configuration " + store.qualified("url")
                    + ": cannot open the workflow database (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (secret != null) {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    /** Resolves {@code env:NAME}; other schemes need the secrets engine (pass a JdbcWorkflowStore to the builder). */
    private static char[] environment(SecretRef ref, String where) {
        if (!ref.scheme().equals("env")) {
            throw new ConfigurationException("configuration " + where + ": only env: references are resolved here; for "
                    + "scheme '" + ref.scheme() + "' pass a JdbcWorkflowStore to Warden.builder().workflowStore(...)");
        }
        String value = System.getenv(ref.path());
        if (value == null) {
            throw new ConfigurationException("configuration " + where + ": environment variable is not set");
        }
        return value.toCharArray();
    }
}

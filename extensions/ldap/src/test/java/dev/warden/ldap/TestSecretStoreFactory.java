package dev.warden.ldap;

import dev.warden.config.ConfigNode;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Serves {@code test-ldap:service} (the test directory's service account password) so that the factory test
 * resolves {@code bindPassword} through the secret store SPI as production does. Visible only through the class
 * loader the test builds over {@code auth/ldap/secret-store}.
 */
public final class TestSecretStoreFactory implements SecretStoreFactory {

    @Override
    public Set<String> schemes() {
        return Set.of("test-ldap");
    }

    @Override
    public SecretStore create(ConfigNode config) {
        return ref -> {
            if (!ref.path().equals("service")) {
                throw new SecretNotFoundException("test-ldap: no such secret");
            }
            return Secret.ofChars(ref, TestDirectory.SERVICE_PASSWORD.toCharArray(), "1", Instant.EPOCH,
                    Optional.empty());
        };
    }
}

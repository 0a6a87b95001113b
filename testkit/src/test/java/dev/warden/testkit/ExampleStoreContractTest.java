package dev.warden.testkit;

import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The contract kit run against the smallest correct store, so the kit itself is known to work. */
class ExampleStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-7f3a9c-example-store";
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    protected SecretStore store() {
        Map<String, String> values = Map.of("db-password", CANARY);
        return ref -> {
            String value = values.get(ref.path());
            if (value == null) {
                throw new SecretNotFoundException("secret " + ref.scheme() + ": no such entry");
            }
            return Secret.of(ref, value.getBytes(StandardCharsets.UTF_8), "1", CREATED, Optional.empty());
        };
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("memory:db-password");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("memory:absent");
    }
}

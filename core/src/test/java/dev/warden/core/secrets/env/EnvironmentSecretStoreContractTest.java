package dev.warden.core.secrets.env;

import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.testkit.SecretStoreContract;
import java.time.Clock;
import java.util.Map;

/** The env: store meets the SPI contract (the environment given as a map, so the canary is not a real variable). */
class EnvironmentSecretStoreContractTest extends SecretStoreContract {

    private static final String CANARY = "canary-env-4d1f9b";

    @Override
    protected SecretStore store() {
        return new EnvironmentSecretStore(Map.of("WARDEN_TEST_SECRET", CANARY)::get, Clock.systemUTC());
    }

    @Override
    protected SecretRef existingRef() {
        return SecretRef.parse("env:WARDEN_TEST_SECRET");
    }

    @Override
    protected String expectedValue() {
        return CANARY;
    }

    @Override
    protected SecretRef missingRef() {
        return SecretRef.parse("env:WARDEN_TEST_ABSENT");
    }
}

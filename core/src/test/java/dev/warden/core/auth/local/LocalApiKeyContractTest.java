package dev.warden.core.auth.local;

import dev.warden.auth.Credentials;
import dev.warden.core.testing.MutableClock;
import dev.warden.policy.ProjectRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.testkit.AuthenticationProviderContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The local provider, with API keys on the JSON file store, passes the authentication SPI's contract (the JDBC store
 * passes the same contract in warden-jdbc's tests).
 */
class LocalApiKeyContractTest extends AuthenticationProviderContract {

    private final Path file;
    private char[] key;

    LocalApiKeyContractTest() {
        try {
            file = Files.createTempDirectory("warden-keys").resolve("users.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected AuthenticationProvider provider() {
        Clock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        UserStore store = new JsonFileUserStore(file);
        if (key == null) {
            LocalAccounts accounts = new LocalAccounts(store, LocalProviderTest.CHEAP, clock);
            accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.EDITOR));
            key = accounts.createApiKey("etl-bot", Set.of("p1"), ProjectRole.VIEWER, Duration.ofDays(7)).key();
        }
        return new LocalProvider("local", store, LocalProviderTest.CHEAP, clock);
    }

    @Override
    protected Credentials validCredentials() {
        provider();
        return new Credentials.ApiKey(key.clone());
    }

    @Override
    protected Credentials invalidCredentials() {
        return new Credentials.ApiKey(ApiKeyFormat.generate());
    }

    @Override
    protected String expectedPrincipalId() {
        return "local:etl-bot";
    }

    @Override
    protected String secretOfValidCredentials() {
        provider();
        return new String(key);
    }
}

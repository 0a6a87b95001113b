package dev.warden.core.auth.local;

import dev.warden.auth.Credentials;
import dev.warden.core.testing.MutableClock;
import dev.warden.policy.ProjectRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** The local provider, with API keys on the JDBC store (H2), passes the authentication SPI's contract. */
class LocalApiKeyContractTest extends AuthenticationProviderContract {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private char[] key;

    LocalApiKeyContractTest() {
        dataSource.setURL("jdbc:h2:mem:keys-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    protected AuthenticationProvider provider() {
        Clock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        JdbcUserStore store = new JdbcUserStore(dataSource);
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
        return "etl-bot";
    }

    @Override
    protected String secretOfValidCredentials() {
        provider();
        return new String(key);
    }
}

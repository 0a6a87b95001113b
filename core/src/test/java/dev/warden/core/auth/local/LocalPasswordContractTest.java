package dev.warden.core.auth.local;

import dev.warden.auth.Credentials;
import dev.warden.core.testing.MutableClock;
import dev.warden.policy.GlobalRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.testkit.AuthenticationProviderContract;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

/** The local provider, with passwords, passes the authentication SPI's contract. */
class LocalPasswordContractTest extends AuthenticationProviderContract {

    private static final String PASSWORD = "violet tractor ink harbour";

    @TempDir
    Path dir;

    @Override
    protected AuthenticationProvider provider() {
        Clock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
        JsonFileUserStore store = new JsonFileUserStore(dir.resolve("users.json"));
        if (store.find("alice").isEmpty()) {
            new LocalAccounts(store, LocalProviderTest.CHEAP, clock).addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
        }
        return new LocalProvider("local", store, LocalProviderTest.CHEAP, clock);
    }

    @Override
    protected Credentials validCredentials() {
        return new Credentials.Password("alice", PASSWORD.toCharArray());
    }

    @Override
    protected Credentials invalidCredentials() {
        return new Credentials.Password("alice", "violet tractor ink harbor".toCharArray());
    }

    @Override
    protected String expectedPrincipalId() {
        return "local:alice";
    }

    @Override
    protected String secretOfValidCredentials() {
        return PASSWORD;
    }
}

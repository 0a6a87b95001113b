package dev.warden.ldap;

import dev.warden.auth.Credentials;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.testkit.AuthenticationProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The authentication SPI's contract, run against the LDAP provider and a real in-memory directory over LDAPS. */
class LdapProviderContractTest extends AuthenticationProviderContract {

    private static TestDirectory directory;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @Override
    protected AuthenticationProvider provider() {
        return directory.provider().build();
    }

    @Override
    protected Credentials validCredentials() {
        return new Credentials.Password("alice", "alice-correct-horse-42".toCharArray());
    }

    @Override
    protected Credentials invalidCredentials() {
        return new Credentials.Password("alice", "alice-correct-horse-43".toCharArray());
    }

    @Override
    protected String expectedPrincipalId() {
        return "ldap:uid=alice,ou=people,dc=example,dc=com";
    }

    @Override
    protected String secretOfValidCredentials() {
        return "alice-correct-horse-42";
    }
}

package dev.warden.ldap;

import dev.warden.config.ConfigNode;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.testkit.AuthenticationProviderFactoryContract;
import dev.warden.testkit.TestConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The kit's factory contract on the ldap provider, found through warden-ldap's services file. */
class LdapAuthenticationProviderFactoryContractTest extends AuthenticationProviderFactoryContract {

    private static TestDirectory directory;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        directory = new TestDirectory();
    }

    @AfterAll
    static void stop() {
        directory.close();
    }

    @Override
    protected Class<? extends AuthenticationProviderFactory> factoryClass() {
        return LdapAuthenticationProviderFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "ldap", "name", "corporate-ldap",
                "url", directory.ldapsUrl(), "trustedCertificates", directory.tls.writePem(folder).toString(),
                "userBaseDn", TestDirectory.PEOPLE));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "ldap", "name", "corporate-ldap",
                "userBaseDn", TestDirectory.PEOPLE));
    }
}

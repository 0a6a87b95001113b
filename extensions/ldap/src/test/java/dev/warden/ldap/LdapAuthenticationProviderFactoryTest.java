package dev.warden.ldap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LdapAuthenticationProviderFactoryTest {

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

    private String config(String extra) {
        String pem = directory.tls.writePem(folder).toString().replace("\\", "\\\\");
        return """
                {"auth": {"providers": [{"type": "ldap", "name": "corporate-ldap", "url": "%s",
                  "trustedCertificates": "%s", "bindDn": "%s", "bindPassword": "test-ldap:service",
                  "userBaseDn": "%s", "groupMembership": "groupSearch", "groupBaseDn": "%s", "nestedGroups": true,
                  "roleMapping": [{"exact": "cn=warden-admins,ou=groups,dc=example,dc=com", "globalRole": "ADMINISTRATOR"}] %s}]}}
                """.formatted(directory.ldapsUrl(), pem, TestDirectory.SERVICE_DN, TestDirectory.PEOPLE,
                TestDirectory.GROUPS, extra);
    }

    private AuthenticationProvider create(String json) throws Exception {
        WardenConfiguration configuration = WardenConfiguration.parse(json, "test");
        var node = configuration.section("auth").children("providers").get(0);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        URL secretStore = getClass().getResource("/auth/ldap/secret-store/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {secretStore}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            return new LdapAuthenticationProviderFactory().create(node);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void isDiscoveredAsTypeLdap() {
        try (Warden warden = Warden.builder().build()) {
            assertThat(warden.authenticationProviders().find("ldap"))
                    .get().isInstanceOf(LdapAuthenticationProviderFactory.class);
        }
    }

    @Test
    void buildsAWorkingProviderFromConfigurationWithTheServicePasswordFromASecretStore() throws Exception {
        try (AuthenticationProvider provider = create(config(""));
             Credentials.Password bob = new Credentials.Password("bob", "bob-battery-staple-17".toCharArray())) {
            AuthenticationResult result = provider.authenticate(bob);
            assertThat(result).isInstanceOf(AuthenticationResult.Success.class);
            assertThat(((AuthenticationResult.Success) result).principal().globalRole())
                    .isEqualTo(GlobalRole.ADMINISTRATOR);
        }
    }

    @Test
    void refusesABindDnWithoutPasswordReference() throws Exception {
        String json = config("").replace("\"bindPassword\": \"test-ldap:service\",", "");
        assertThatThrownBy(() -> create(json)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.providers[0].bindPassword");
    }

    @Test
    void refusesAPasswordReferenceNoStoreServes() throws Exception {
        String json = config("").replace("test-ldap:service", "nowhere:service");
        assertThatThrownBy(() -> create(json)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void refusesAnUnknownGroupMembershipKind() throws Exception {
        String json = config("").replace("\"groupSearch\"", "\"magic\"");
        assertThatThrownBy(() -> create(json)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.providers[0].groupMembership");
    }

    @Test
    void refusesAnUnknownGlobalRole() throws Exception {
        String json = config("").replace("\"ADMINISTRATOR\"", "\"SUPERUSER\"");
        assertThatThrownBy(() -> create(json)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("SUPERUSER");
    }

    @Test
    void refusesAMisspeltSettingNamingItsPath() {
        assertThatThrownBy(() -> create(config(", \"startTsl\": true")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration auth.providers[0].startTsl: unknown setting (did you mean 'startTls'?)");
    }
}

package dev.warden.core.plugin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.job.Datasets;
import org.junit.jupiter.api.Test;

/**
 * Core alone (its test class path has no extension): what an optional module serves is refused with the artifact
 * to add, not a bare "no plug-in" or a ClassNotFoundException.
 */
class MissingExtensionTest {

    private static Warden build(String json) {
        return Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json")).build();
    }

    @Test
    void aJdbcJobSourceNamesWardenJdbc() {
        assertThatThrownBy(() -> Datasets.source("jdbc:h2:mem:patients"))
                .isInstanceOf(MissingExtensionException.class)
                .hasMessage("jdbc: URLs need dev.warden:warden-jdbc on the class path; add that dependency (its version "
                        + "comes from dev.warden:warden-bom)")
                .extracting(e -> ((MissingExtensionException) e).artifact()).isEqualTo("warden-jdbc");
    }

    @Test
    void aJdbcJobTargetNamesWardenJdbc() {
        assertThatThrownBy(() -> Datasets.target("jdbc:postgresql://db/warden?password=hunter2", Datasets.Format.CSV))
                .isInstanceOf(MissingExtensionException.class)
                .hasMessageContaining("dev.warden:warden-jdbc")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anLdapProviderNamesWardenLdap() {
        assertThatThrownBy(() -> build("{\"auth\": {\"providers\": [{\"type\": \"ldap\", \"name\": \"corp\"}]}}"))
                .isInstanceOf(MissingExtensionException.class)
                .hasMessageStartingWith("configuration auth.providers[0].type: 'ldap' needs dev.warden:warden-ldap");
    }

    @Test
    void oidcAndSamlProvidersNameWardenSso() {
        for (String type : new String[] {"oidc", "saml"}) {
            assertThatThrownBy(() -> build("{\"auth\": {\"providers\": [{\"type\": \"" + type + "\"}]}}"))
                    .isInstanceOf(MissingExtensionException.class)
                    .hasMessageContaining("'" + type + "' needs dev.warden:warden-sso");
        }
    }

    @Test
    void aJdbcAuditSinkNamesWardenJdbc() {
        assertThatThrownBy(() -> {
            try (Warden warden = build("{\"audit\": {\"sinks\": [{\"type\": \"jdbc\", \"url\": \"jdbc:h2:mem:a\"}]}}")) {
                warden.auditLog();
            }
        })
                .isInstanceOf(MissingExtensionException.class)
                .hasMessageContaining("audit.sinks[0].type: 'jdbc' needs dev.warden:warden-jdbc");
    }

    @Test
    void aJdbcUserStoreNamesWardenJdbc() {
        var config = WardenConfiguration.parse("{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": "
                + "{\"type\": \"jdbc\", \"url\": \"jdbc:h2:mem:users\"}}]}}", "warden.json")
                .section("auth").children("providers").get(0);
        assertThatThrownBy(() -> LocalProviderFactory.openStore(config))
                .isInstanceOf(MissingExtensionException.class)
                .hasMessageContaining("auth.providers[0].store.type: 'jdbc' needs dev.warden:warden-jdbc");
    }

    @Test
    void anUnknownTypeIsStillAPlainConfigurationError() {
        assertThatThrownBy(() -> build("{\"auth\": {\"providers\": [{\"type\": \"kerberos\"}]}}"))
                .isNotInstanceOf(MissingExtensionException.class)
                .hasMessageContaining("no AuthenticationProviderFactory plug-in named 'kerberos'");
    }
}

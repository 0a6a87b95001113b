package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.plugin.MissingExtensionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** policy.store and policy.reloadInterval in warden.json. */
class PolicyStoreSelectionTest {

    private static WardenConfiguration config(String policy) {
        return WardenConfiguration.parse("{\"policy\": " + policy + "}", "warden.json");
    }

    private static final ClassLoader LOADER = PolicyStoreSelectionTest.class.getClassLoader();

    @Test
    void aJdbcStoreWithoutWardenJdbcNamesTheMissingArtifact() {
        assertThatThrownBy(() -> PolicyStores.fromConfig(config("{\"store\": \"jdbc\", \"url\": \"jdbc:h2:mem:p\"}")
                .section("policy"), LOADER)).isInstanceOf(MissingExtensionException.class)
                .hasMessageContaining("warden-jdbc");
    }

    @Test
    void anUnknownStoreIsNamedWithTheChoices() {
        assertThatThrownBy(() -> PolicyStores.fromConfig(config("{\"store\": \"ldap\"}").section("policy"), LOADER))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("policy.store")
                .hasMessageContaining("use memory, file or jdbc");
    }

    @Test
    void localStoresAreNotPolledUnlessAnIntervalIsGiven() {
        assertThat(PolicyStores.reloadInterval(config("{\"store\": \"memory\"}").section("policy"), LOADER)).isEmpty();
        assertThat(PolicyStores.reloadInterval(config("{\"store\": \"file\", \"file\": \"p.json\", \"reloadInterval\": "
                + "\"2s\"}").section("policy"), LOADER)).contains(Duration.ofSeconds(2));
    }

    @Test
    void aNegativeIntervalIsRefused() {
        assertThatThrownBy(() -> PolicyStores.reloadInterval(config("{\"reloadInterval\": \"-1s\"}").section("policy"),
                LOADER)).isInstanceOf(ConfigurationException.class).hasMessageContaining("policy.reloadInterval");
    }

    @Test
    void aMisspeltSettingOfTheFileStoreIsRefused() {
        assertThatThrownBy(() -> PolicyStores.fromConfig(config("{\"store\": \"file\", \"fiel\": \"p.json\"}")
                .section("policy"), LOADER)).isInstanceOf(ConfigurationException.class).hasMessageContaining("fiel");
    }
}

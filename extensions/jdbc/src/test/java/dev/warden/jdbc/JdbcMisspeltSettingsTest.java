package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.config.WardenConfiguration;
import org.junit.jupiter.api.Test;

/** A misspelt jdbc audit sink or jdbc user store setting is refused naming its path and the near miss. */
class JdbcMisspeltSettingsTest {

    @Test
    void aMisspeltJdbcAuditSinkSettingIsRefusedAtStartUp() {
        var configuration = WardenConfiguration.parse("{\"audit\": {\"sinks\": [{\"type\": \"jdbc\", "
                + "\"url\": \"jdbc:h2:mem:audit\", \"retension\": \"400d\"}]}}", "warden.json");
        assertThatThrownBy(() -> Warden.builder().configuration(configuration).build().close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration audit.sinks[0].retension: unknown setting (did you mean 'retention'?)");
    }

    @Test
    void aMisspeltJdbcUserStoreSettingIsRefused() {
        var provider = WardenConfiguration.parse("{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": "
                + "{\"type\": \"jdbc\", \"url\": \"jdbc:h2:mem:users\", \"usrname\": \"warden\"}}]}}", "warden.json")
                .section("auth").children("providers").get(0);
        assertThatThrownBy(() -> LocalProviderFactory.openStore(provider))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration auth.providers[0].store.usrname: unknown setting (did you mean 'username'?)");
    }
}

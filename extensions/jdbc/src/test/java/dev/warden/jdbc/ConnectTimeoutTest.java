package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.config.WardenConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot be reached is reported after the connection time-out (5 s by default, the process-wide
 * {@code warden.jdbc.connectTimeout}, or a pool's {@code connectTimeout} setting), not after HikariCP's 30 s.
 */
class ConnectTimeoutTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearTheProperty() {
        System.clearProperty(ConnectTimeout.PROPERTY);
    }

    /** An H2 file that does not exist, opened without creating it: every connection attempt fails. */
    private String missingH2() {
        return "jdbc:h2:file:" + dir.resolve("absent") + ";IFEXISTS=TRUE";
    }

    @Test
    void theDefaultIsFiveSeconds() {
        assertThat(ConnectTimeout.processDefault()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theSystemPropertyChangesItForTheProcess() {
        System.setProperty(ConnectTimeout.PROPERTY, "1500ms");
        assertThat(ConnectTimeout.processDefault()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aTimeOutBelow250MillisecondsOrNotADurationIsRefused() {
        System.setProperty(ConnectTimeout.PROPERTY, "10ms");
        assertThatThrownBy(ConnectTimeout::processDefault).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("warden.jdbc.connectTimeout").hasMessageContaining("at least 250ms");
        System.setProperty(ConnectTimeout.PROPERTY, "soon");
        assertThatThrownBy(ConnectTimeout::processDefault).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("warden.jdbc.connectTimeout").hasMessageContaining("duration");
    }

    @Test
    void anAuditSinkOnAMissingDatabaseFailsAfterItsConnectTimeout() {
        var configuration = WardenConfiguration.parse("{\"audit\": {\"key\": \"env:PATH\", \"sinks\": [{\"type\": \"jdbc\", "
                + "\"url\": \"" + missingH2().replace("\\", "\\\\") + "\", \"connectTimeout\": \"500ms\"}]}}", "warden.json");
        long start = System.nanoTime();
        assertThatThrownBy(() -> {
            try (Warden warden = Warden.builder().configuration(configuration).build()) {
                warden.auditLog();
            }
        }).isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.sinks[0]");
        // Bounded by the setting (plus start-up), far below HikariCP's default of 30 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aUserStoreOnAMissingDatabaseFailsAfterTheProcessWideTimeOut() {
        System.setProperty(ConnectTimeout.PROPERTY, "500ms");
        var provider = WardenConfiguration.parse("{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": "
                + "{\"type\": \"jdbc\", \"url\": \"" + missingH2().replace("\\", "\\\\") + "\"}}]}}", "warden.json")
                .section("auth").children("providers").get(0);
        long start = System.nanoTime();
        assertThatThrownBy(() -> LocalProviderFactory.openStore(provider).close()).isInstanceOf(RuntimeException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aMisspeltOrTooShortConnectTimeoutSettingIsRefusedNamingIt() {
        var configuration = WardenConfiguration.parse("{\"audit\": {\"sinks\": [{\"type\": \"jdbc\", "
                + "\"url\": \"jdbc:h2:mem:audit\", \"connectTimeout\": \"1ms\"}]}}", "warden.json");
        assertThatThrownBy(() -> Warden.builder().configuration(configuration).build().close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("audit.sinks[0].connectTimeout").hasMessageContaining("at least 250ms");
    }
}

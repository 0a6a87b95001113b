package dev.warden.core.secrets.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSecretStoreTest {

    private final SecretStore store = new EnvironmentSecretStore(Map.of("A_B", "v")::get, Clock.systemUTC());

    @Test
    void readsARealEnvironmentVariable() {
        String name = System.getenv().keySet().stream().filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_]*")).findFirst().orElseThrow();
        try (SecretStore real = new EnvironmentSecretStoreFactory().create(JsonConfigNode.empty("secrets.stores.env"));
             Secret secret = real.resolve(SecretRef.parse("env:" + name))) {
            assertThat(new String(secret.chars())).isEqualTo(System.getenv(name));
        }
    }

    @Test
    void anUnsetVariableIsNotFoundAndNamed() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("env:NOT_SET")))
                .isInstanceOf(SecretNotFoundException.class).hasMessageContaining("NOT_SET");
    }

    @Test
    void aFieldIsRefused() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("env:A_B#x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'env'");
    }

    @Test
    void aNameThatNoShellCouldExportIsRefused() {
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("env:1A")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> store.resolve(SecretRef.parse("env:A B")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theFactoryRefusesSettings() {
        assertThatThrownBy(() -> new EnvironmentSecretStoreFactory().create(
                new JsonConfigNode(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("x", 1), "secrets.stores.env")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.env");
    }
}

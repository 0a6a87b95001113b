package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ${secret:...} in warden.json is resolved when Warden is built; literal secrets are refused in production. */
class ConfigurationSecretsTest {

    private static final String CANARY = "canary-config-6e1a";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void writeSecretFile() throws Exception {
        db = dir.resolve("db.json");
        Files.writeString(db, "{\"password\":\"" + CANARY + "\"}");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-------"));
    }

    private static Warden build(String json) {
        // The production configurations here are minimal: the posture gate is overridden, only substitution is tested.
        return Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json"))
                .postureOverride("test of ${secret:...} substitution only").build();
    }

    @Test
    void aSecretExpressionIsReplacedByTheValueWhenWardenIsBuilt() {
        try (Warden warden = build("{\"environment\":\"production\",\"deid\":{\"password\":\"${secret:file:" + db + "#password}\"}}")) {
            assertThat(warden.configuration().section("deid").string("password")).contains(CANARY);
        }
    }

    @Test
    void anExpressionInsideLongerTextIsReplacedInPlace() {
        try (Warden warden = build("{\"deid\":{\"url\":\"jdbc:postgresql://app:${secret:file:" + db + "#password}@db/warden\"}}")) {
            assertThat(warden.configuration().section("deid").string("url"))
                    .contains("jdbc:postgresql://app:" + CANARY + "@db/warden");
        }
    }

    @Test
    void aReferenceInARefSettingIsNotALiteral() {
        try (Warden warden = build("{\"environment\":\"production\",\"deid\":{\"passwordRef\":\"env:DB_PASSWORD\"}}")) {
            assertThat(warden.configuration().section("deid").string("passwordRef")).contains("env:DB_PASSWORD");
        }
    }

    @Test
    void productionRefusesALiteralPasswordNamingTheSettingButNotTheValue() {
        assertThatThrownBy(() -> build("{\"environment\":\"production\",\"auth\":{\"ldap\":{\"bindPassword\":\"" + CANARY + "\"}}}"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("auth.ldap.bindPassword").hasMessageContaining("literal secret")
                .hasMessageNotContaining(CANARY);
    }

    @Test
    void productionRefusesALiteralTokenInAList() {
        assertThatThrownBy(() -> build("{\"environment\":\"production\",\"audit\":{\"sinks\":[{\"token\":\"abc\"}]}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("audit.sinks[0].token");
    }

    @Test
    void productionRefusesAPemPrivateKeyUnderAnyName() {
        assertThatThrownBy(() -> build("{\"environment\":\"production\",\"auth\":{\"signing\":\"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\"}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("auth.signing");
    }

    @Test
    void developmentWarnsAboutALiteralButBuilds() {
        try (LogCapture logs = new LogCapture();
             Warden warden = build("{\"deid\":{\"password\":\"" + CANARY + "\"}}")) {
            assertThat(warden.configuration().section("deid").string("password")).contains(CANARY);
            assertThat(logs.text()).contains("deid.password holds a literal secret").doesNotContain(CANARY);
        }
    }

    @Test
    void anUnclosedExpressionNamesTheSetting() {
        assertThatThrownBy(() -> build("{\"deid\":{\"password\":\"${secret:env:X\"}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("deid.password").hasMessageContaining("not closed");
    }

    @Test
    void anUnresolvableReferenceNamesTheSettingAndKeepsTheTypedCause() {
        assertThatThrownBy(() -> build("{\"deid\":{\"password\":\"${secret:file:" + db + "#absent}\"}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("deid.password")
                .hasCauseInstanceOf(SecretNotFoundException.class);
    }

    @Test
    void anUnknownSchemeInAnExpressionNamesTheScheme() {
        assertThatThrownBy(() -> build("{\"deid\":{\"password\":\"${secret:s3:bucket/key}\"}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'s3'").hasMessageContaining("deid.password");
    }

    @Test
    void aMalformedReferenceInAnExpressionDoesNotEchoIt() {
        assertThatThrownBy(() -> build("{\"deid\":{\"password\":\"${secret:" + CANARY + "}\"}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("deid.password").hasMessageNotContaining(CANARY);
    }

    @Test
    void theSecretsSectionCannotUseExpressions() {
        assertThatThrownBy(() -> build("{\"secrets\":{\"stores\":{\"keystore\":{\"path\":\"${secret:env:X}\"}}}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.keystore.path")
                .hasMessageContaining("Ref");
    }

    @Test
    void theFacadeResolvesThroughTheConfiguredStores() throws Exception {
        String json = "{\"secrets\":{\"cache\":{\"ttl\":\"30s\"},\"stores\":{\"file\":{\"baseDirectory\":\"" + dir + "\"}}}}";
        try (Warden warden = build(json); Secret secret = warden.secrets().resolve("file:db.json#password")) {
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo(CANARY);
            assertThat(warden.secrets().schemes()).contains("env", "file", "keystore", "vault");
        }
    }

    @Test
    void unknownSecretsSettingsAreRefusedByPath() {
        assertThatThrownBy(() -> build("{\"secrets\":{\"cache\":{\"tll\":\"30s\"}}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.cache.tll");
        assertThatThrownBy(() -> build("{\"secrets\":{\"stores\":{\"s3\":{}}}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.s3");
        assertThatThrownBy(() -> build("{\"secrets\":{\"cache\":{\"ttl\":\"1m\",\"refreshAhead\":\"2m\"}}}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.cache").hasMessageContaining("refreshAhead");
    }

    @Test
    void sensitiveNamesAreRecognized() {
        assertThat(ConfigurationSecrets.isSensitiveName("password")).isTrue();
        assertThat(ConfigurationSecrets.isSensitiveName("client_secret")).isTrue();
        assertThat(ConfigurationSecrets.isSensitiveName("api-key")).isTrue();
        assertThat(ConfigurationSecrets.isSensitiveName("key")).isTrue();
        assertThat(ConfigurationSecrets.isSensitiveName("chainKeyRef")).isTrue();
        assertThat(ConfigurationSecrets.isSensitiveName("directory")).isFalse();
        assertThat(ConfigurationSecrets.isSensitiveName("publicKeyFile")).isFalse();
    }
}

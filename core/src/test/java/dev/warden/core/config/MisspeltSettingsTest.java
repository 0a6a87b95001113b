package dev.warden.core.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt or wrong-typed setting anywhere in {@code warden.json} — providers, stores, lockout, the audit section and
 * each sink type included — is refused when Warden starts, naming the setting's path and the near miss.
 */
class MisspeltSettingsTest {

    @TempDir
    Path dir;

    private String users() {
        return dir.resolve("users.json").toString().replace("\\", "\\\\");
    }

    private String audit() {
        return dir.resolve("audit").toString().replace("\\", "\\\\");
    }

    private void refused(String json, String path, String suggestion) {
        assertThatThrownBy(() -> Warden.builder().configuration(WardenConfiguration.parse(json, "warden.json")).build().close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("configuration " + path)
                .hasMessageContaining(suggestion);
    }

    private String local(String extra) {
        return "{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": {\"type\": \"json\", \"file\": \"" + users()
                + "\"}" + extra + "}]}}";
    }

    @Test
    void aMisspeltLocalProviderSettingIsRefused() {
        refused(local(", \"passwrdPolicy\": {\"minLength\": 16}"), "auth.providers[0].passwrdPolicy",
                "did you mean 'passwordPolicy'?");
    }

    @Test
    void aMisspeltPasswordPolicySettingIsRefused() {
        refused(local(", \"passwordPolicy\": {\"minLenght\": 16}"), "auth.providers[0].passwordPolicy.minLenght",
                "did you mean 'minLength'?");
    }

    @Test
    void aMisspeltArgon2idSettingIsRefused() {
        refused(local(", \"argon2id\": {\"memoryKib\": 65536}"), "auth.providers[0].argon2id.memoryKib",
                "did you mean 'memoryKiB'?");
    }

    @Test
    void aMisspeltJsonUserStoreSettingIsRefused() {
        refused("{\"auth\": {\"providers\": [{\"type\": \"local\", \"store\": {\"type\": \"json\", \"file\": \"" + users()
                + "\", \"fiel\": \"x\"}}]}}", "auth.providers[0].store.fiel", "did you mean 'file'?");
    }

    @Test
    void aMisspeltLockoutSettingIsRefused() {
        refused("{\"auth\": {\"lockout\": {\"maxFailuresPerUsr\": 3}}}", "auth.lockout.maxFailuresPerUsr",
                "did you mean 'maxFailuresPerUser'?");
    }

    @Test
    void aMisspeltAuthSectionSettingIsRefused() {
        refused("{\"auth\": {\"provider\": []}}", "auth.provider", "did you mean 'providers'?");
    }

    @Test
    void aMisspeltAuditSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"timeuot\": \"1s\", \"sinks\": [{\"type\": \"slf4j\"}]}}", "audit.timeuot",
                "did you mean 'timeout'?");
    }

    @Test
    void aMisspeltJsonlSinkSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"sinks\": [{\"type\": \"jsonl\", \"directory\": \"" + audit() + "\", \"retension\": \"400d\"}]}}",
                "audit.sinks[0].retension", "did you mean 'retention'?");
    }

    @Test
    void aWrongTypedJsonlSinkSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"sinks\": [{\"type\": \"jsonl\", \"directory\": \"" + audit() + "\", \"maxFileBytes\": \"lots\"}]}}",
                "audit.sinks[0].maxFileBytes", "");
    }

    @Test
    void aMisspeltSyslogSinkSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"sinks\": [{\"type\": \"syslog\", \"host\": \"siem.example.org\", \"prot\": 6514}]}}",
                "audit.sinks[0].prot", "did you mean 'port'?");
    }

    @Test
    void aMisspeltSlf4jSinkSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"sinks\": [{\"type\": \"slf4j\", \"loger\": \"audit\"}]}}", "audit.sinks[0].loger",
                "did you mean 'logger'?");
    }

    @Test
    void aMisspeltAlertRuleSettingIsRefusedAtStartUp() {
        refused("{\"audit\": {\"alerts\": {\"failedLoginsPerUsr\": {\"count\": 5, \"window\": \"5m\"}}, \"sinks\": "
                + "[{\"type\": \"slf4j\"}]}}", "audit.alerts.failedLoginsPerUsr", "did you mean 'failedLoginsPerUser'?");
    }

    @Test
    void aMisspeltSecretsSectionSettingIsRefused() {
        refused("{\"secrets\": {\"cahce\": {}}}", "secrets.cahce", "did you mean 'cache'?");
    }

    @Test
    void aMisspeltKeystoreStoreSettingIsRefused() {
        refused("{\"secrets\": {\"stores\": {\"keystore\": {\"paht\": \"warden.keystore\"}}}}",
                "secrets.stores.keystore.paht", "did you mean 'path'?");
    }

    @Test
    void aMisspeltFileStoreSettingIsRefused() {
        refused("{\"secrets\": {\"stores\": {\"file\": {\"baseDirectroy\": \"/etc/warden\"}}}}",
                "secrets.stores.file.baseDirectroy", "did you mean 'baseDirectory'?");
    }

    @Test
    void aMisspeltVaultStoreSettingIsRefused() {
        refused("{\"secrets\": {\"stores\": {\"vault\": {\"adress\": \"https://vault.example.org:8200\"}}}}",
                "secrets.stores.vault.adress", "did you mean 'address'?");
    }

    @Test
    void aMisspeltPolicySettingIsRefused() {
        refused("{\"policy\": {\"store\": \"file\", \"flie\": \"policy.json\"}}", "policy.flie",
                "did you mean 'file'?");
    }

    @Test
    void aMisspeltPostureSettingIsRefused() {
        refused("{\"posture\": {\"inactivityLimt\": \"90d\"}}", "posture.inactivityLimt",
                "did you mean 'inactivityLimit'?");
    }

    @Test
    void postureFailsAuditLoggingForAnAuditSectionStartUpWouldRefuse() {
        var configuration = WardenConfiguration.parse("{\"audit\": {\"key\": \"env:WARDEN_AUDIT_KEY\", \"timeuot\": \"1s\", "
                + "\"sinks\": [{\"type\": \"jsonl\", \"directory\": \"" + audit() + "\", \"maxFileBytes\": \"lots\"}]}}",
                "warden.json");
        var item = dev.warden.core.posture.PostureCheck.builder(configuration).build().evaluate().item("audit.enabled");
        org.assertj.core.api.Assertions.assertThat(item.status()).isEqualTo(dev.warden.core.posture.PostureStatus.FAIL);
        org.assertj.core.api.Assertions.assertThat(item.findings()).anyMatch(f -> f.contains("audit.timeuot"));
    }
}

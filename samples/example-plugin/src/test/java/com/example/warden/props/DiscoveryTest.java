package com.example.warden.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.Warden;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.secrets.Secret;
import dev.warden.samples.cli.WardenCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The plug-in on the class path, as an installer would put it there: found by Warden and listed by the command. */
class DiscoveryTest {

    private static final String AUDIT_KEY = "audit-key-from-a-properties-file-0123456789";

    @TempDir
    Path dir;

    private Path config() throws Exception {
        Path secrets = dir.resolve("secrets.properties");
        Files.writeString(secrets, "audit.key=" + AUDIT_KEY + "\ndb.password=pw-4e8a\n");
        Path config = dir.resolve("warden.json");
        Files.writeString(config, """
                {"secrets": {"stores": {"props": {"file": %s}}},
                 "audit": {"key": "props:audit.key",
                           "sinks": [{"type": "jsonl", "directory": %s}]}}
                """.formatted(StoreConfig.json(secrets.toString()), StoreConfig.json(dir.resolve("audit").toString())));
        return config;
    }

    @Test
    void wardenFindsThePluginThroughServiceLoaderAndResolvesItsReferences() throws Exception {
        try (Warden warden = Warden.builder().configuration(config()).build();
             Secret secret = warden.secrets().resolve("props:db.password")) {
            assertThat(warden.secretStores().names()).contains("props");
            assertThat(warden.pluginProblems()).isEmpty();
            assertThat(new String(secret.bytes(), StandardCharsets.UTF_8)).isEqualTo("pw-4e8a");
            assertThat(secret.version()).isEqualTo("1");
        }
    }

    @Test
    void theAuditLogIsKeyedWithTheSecretThePluginServes() throws Exception {
        try (Warden warden = Warden.builder().configuration(config()).build()) {
            warden.secrets().resolve("props:db.password").close();
            warden.auditLog().record(AuditEvent.builder(AuditEventType.CONFIGURATION_CHANGED).build());
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir.resolve("audit"));
        assertThat(reader.verify(HmacChainKey.derive(AUDIT_KEY.getBytes(StandardCharsets.UTF_8))).intact()).isTrue();
        assertThat(reader.readAll()).extracting(AuditEvent::type).contains(AuditEventType.SECRET_ACCESSED);
    }

    @Test
    void aBadPluginSettingStopsWardensStartNamingTheSetting() throws Exception {
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"secrets\": {\"stores\": {\"props\": {\"file\": "
                + StoreConfig.json(dir.resolve("absent.properties").toString()) + "}}}}");
        assertThatThrownBy(() -> Warden.builder().configuration(config).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("secrets.stores.props.file");
    }

    @Test
    void wardenPluginsListsThePluginsScheme() {
        StringWriter out = new StringWriter();
        CommandLine command = WardenCommand.newCommandLine();
        command.setOut(new PrintWriter(out, true));
        assertThat(command.execute("plugins")).isZero();
        assertThat(out.toString()).containsPattern("secret stores \\(URI schemes\\): .*\\bprops\\b");
    }
}

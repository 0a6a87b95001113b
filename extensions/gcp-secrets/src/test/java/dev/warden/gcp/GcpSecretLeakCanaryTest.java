package dev.warden.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.audit.AuditEvent;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.AuditMode;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.core.secrets.FakeTime;
import dev.warden.core.secrets.LogCapture;
import dev.warden.core.secrets.vault.TestPki;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretRotation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak canary for gcp-sm: (the core's SecretLeakCanaryTest, extended to this store): a recognizable canary is the
 * secret's value (text, JSON field, binary); every success and failure path runs through Warden's resolver with
 * java.util.logging (which the Google client libraries use) captured at every level; then all log output, every
 * exception's message and stack trace, every {@code toString} and every audit event is searched for it, as text,
 * Base64 and hex.
 *
 * <p>The service is {@link FakeSecretManager}, a STAND-IN for Secret Manager and Google's token endpoint speaking
 * their REST protocols, since neither can be reached from here.
 */
class GcpSecretLeakCanaryTest {

    private static final String CANARY = "WARDEN-CANARY-" + HexFormat.of().formatHex(
            java.nio.ByteBuffer.allocate(8).putLong(new java.security.SecureRandom().nextLong()).array());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final List<String> seen = new ArrayList<>();
    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();

    @Test
    void theCanaryAppearsInNoLogMessageToStringOrAuditEvent() throws Exception {
        TestPki pki = TestPki.create("Canary GCP CA");
        Path caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        String logs;
        try (FakeSecretManager fake = new FakeSecretManager(pki); LogCapture capture = new LogCapture()) {
            fake.put("db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\"}");
            fake.put("plain", CANARY);
            fake.put("malformed", "{\"password\": " + CANARY);
            fake.putBytes("bin", CANARY.getBytes(StandardCharsets.UTF_8));
            fake.put("denied", CANARY);
            fake.denied.add("denied");
            fake.put("destroyed", CANARY);
            fake.put("destroyed", "v2");
            fake.destroy("destroyed", 1);
            String base = "gcp-sm:projects/" + FakeSecretManager.PROJECT + "/secrets/";
            FakeTime time = new FakeTime();
            try (CachedSecretResolver resolver = resolver(GcpTestSetup.settings(fake, caPem, dir), time)) {
                seen.add(resolver.toString());
                List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
                resolver.onRotation(SecretRef.parse(base + "db#password"), rotations::add);
                for (String ref : List.of("db#password", "plain", "bin", "db")) {
                    attempt(resolver, base + ref);
                    attempt(resolver, base + ref);
                }
                for (String ref : List.of(base + "db#absent", base + "plain#password", base + "malformed#password",
                        base + "absent", base + "denied", base + "destroyed/versions/1", base + CANARY + "!",
                        base + "db?version=" + CANARY, "gcp-sm:" + CANARY, CANARY)) {
                    attempt(resolver, ref);
                }
                fake.throttleNext.set(1000);
                attemptSignal(resolver, base + "db#password");
                fake.throttleNext.set(0);
                fake.denied.add("db");
                time.advance(Duration.ofMinutes(2));
                attempt(resolver, base + "db#password");
                fake.denied.remove("db");
                fake.put("db", "{\"password\":\"" + CANARY + "-v2\"}");
                attemptSignal(resolver, base + "db#password");
                rotations.forEach(r -> seen.add(r.toString()));
                assertThat(rotations).as("the rotation path ran").isNotEmpty();
                fake.refuseTokens = true;
            }
            try (CachedSecretResolver resolver = resolver(GcpTestSetup.settings(fake, caPem, dir), new FakeTime())) {
                attempt(resolver, base + "db#password");
            }
            logs = capture.text();
        }
        audit.forEach(event -> seen.add(event.toString()));

        assertThat(logs).as("the capture works: the grace warning was logged").contains("serving the previous version");
        assertThat(seen).as("failures were exercised").anySatisfy(s -> assertThat(s).contains("SecretThrottledException"))
                .anySatisfy(s -> assertThat(s).contains("SecretAccessDeniedException"))
                .anySatisfy(s -> assertThat(s).contains("disabled or destroyed"))
                .anySatisfy(s -> assertThat(s).contains("not a JSON object"))
                .anySatisfy(s -> assertThat(s).contains("access token"));
        for (String text : List.of(CANARY, Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(logs).doesNotContain(text);
            assertThat(seen).noneSatisfy(s -> assertThat(s).contains(text));
        }
    }

    private CachedSecretResolver resolver(ObjectNode store, FakeTime time) {
        ObjectNode secrets = JSON.createObjectNode().put("audit", "every");
        secrets.putObject("stores").set("gcp-sm", store);
        store.putObject("cache").put("ttl", "1m").put("refreshAhead", "0s").put("grace", "5m");
        return CachedSecretResolver.builder().factory(new GcpSecretManagerStoreFactory())
                .configuration(new JsonConfigNode(secrets, "secrets")).production(true)
                .auditLog(audit::add).auditMode(AuditMode.EVERY).ticker(time).clock(time).executor(Runnable::run).build();
    }

    private void attempt(CachedSecretResolver resolver, String ref) {
        try (Secret secret = resolver.resolve(ref)) {
            seen.add(secret.toString());
            seen.add(secret.ref().toString());
            seen.add(secret.createdAt() + " " + secret.expiresAt() + " " + secret.version());
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void attemptSignal(CachedSecretResolver resolver, String ref) {
        try {
            resolver.signalRotation(SecretRef.parse(ref));
        } catch (RuntimeException e) {
            record(e);
        }
        attempt(resolver, ref);
    }

    private void record(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        seen.add(trace.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
        }
    }
}

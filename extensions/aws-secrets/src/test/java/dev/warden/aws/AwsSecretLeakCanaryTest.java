package dev.warden.aws;

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
import java.nio.file.Files;
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
 * The leak canary for aws-sm: (the core's SecretLeakCanaryTest, extended to this store): a recognizable canary is the
 * secret's value (text, JSON field and binary) and part of the secret access key; every success and failure path runs
 * through Warden's resolver with the AWS SDK logging at debug; then all log output, every exception's message and
 * stack trace, every {@code toString} and every audit event is searched for it, as text, Base64 and hex.
 *
 * <p>The service is {@link FakeSecretsManager}, a STAND-IN for AWS Secrets Manager speaking its wire protocol, since
 * the real one cannot be reached from here. The credentials come from a named profile in a credentials file, so the
 * profile path of the factory runs too.
 */
class AwsSecretLeakCanaryTest {

    private static final String CANARY = "WARDEN-CANARY-" + HexFormat.of().formatHex(
            java.nio.ByteBuffer.allocate(8).putLong(new java.security.SecureRandom().nextLong()).array());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private final List<String> seen = new ArrayList<>();
    private final List<AuditEvent> audit = new CopyOnWriteArrayList<>();

    @Test
    void theCanaryAppearsInNoLogMessageToStringOrAuditEvent() throws Exception {
        TestPki pki = TestPki.create("Canary AWS CA");
        Path caPem = pki.writeCaPem(dir.resolve("ca.pem"));
        String logs;
        try (FakeSecretsManager fake = AwsTestSetup.start(pki); LogCapture capture = new LogCapture()) {
            String accessKey = "AKIACANARYPROFILE001";
            String secretKey = "sk/" + CANARY;
            fake.keys.put(accessKey, secretKey);
            Path credentials = Files.writeString(dir.resolve("credentials"),
                    "[canary]\naws_access_key_id = " + accessKey + "\naws_secret_access_key = " + secretKey + "\n"
                            + "[wrong]\naws_access_key_id = " + accessKey + "\naws_secret_access_key = wrong-" + CANARY + "\n");
            String before = System.getProperty("aws.sharedCredentialsFile");
            System.setProperty("aws.sharedCredentialsFile", credentials.toString());
            try {
                fake.putString("db", "{\"username\":\"app\",\"password\":\"" + CANARY + "\"}");
                fake.putString("plain", CANARY);
                fake.putString("malformed", "{\"password\": " + CANARY);
                fake.putBinary("bin", CANARY.getBytes(StandardCharsets.UTF_8));
                fake.putString("denied", CANARY);
                fake.denied.add("denied");
                fake.putString("deleted", CANARY);
                fake.deleted.add("deleted");
                FakeTime time = new FakeTime();
                try (CachedSecretResolver resolver = resolver(fake, caPem, "canary", time)) {
                    seen.add(resolver.toString());
                    List<SecretRotation> rotations = new CopyOnWriteArrayList<>();
                    resolver.onRotation(SecretRef.parse("aws-sm:db#password"), rotations::add);
                    for (String ref : List.of("aws-sm:db#password", "aws-sm:plain", "aws-sm:bin", "aws-sm:db")) {
                        attempt(resolver, ref);
                        attempt(resolver, ref);
                    }
                    for (String ref : List.of("aws-sm:db#absent", "aws-sm:plain#password", "aws-sm:malformed#password",
                            "aws-sm:bin#password", "aws-sm:absent", "aws-sm:denied", "aws-sm:deleted",
                            "aws-sm:db?versionStage=AWSPENDING", "aws-sm:" + CANARY + " x", "aws-sm:db?versionId=" + CANARY,
                            "aws-sm:db?token=" + CANARY, CANARY)) {
                        attempt(resolver, ref);
                    }
                    fake.throttleNext.set(100);
                    attemptSignal(resolver, "aws-sm:db#password");
                    fake.throttleNext.set(0);
                    // Grace: the service fails past the time-to-live; the previous value is served and a warning logged.
                    fake.denied.add("db");
                    time.advance(Duration.ofMinutes(2));
                    attempt(resolver, "aws-sm:db#password");
                    fake.denied.remove("db");
                    // Rotation.
                    fake.putString("db", "{\"password\":\"" + CANARY + "-v2\"}");
                    attemptSignal(resolver, "aws-sm:db#password");
                    rotations.forEach(r -> seen.add(r.toString()));
                    assertThat(rotations).as("the rotation path ran").isNotEmpty();
                }
                try (CachedSecretResolver resolver = resolver(fake, caPem, "wrong", new FakeTime())) {
                    attempt(resolver, "aws-sm:db#password");
                }
                ObjectNode untrusted = AwsTestSetup.settings(fake, caPem).put("profile", "canary");
                untrusted.remove("caBundle");
                try (CachedSecretResolver resolver = resolver(untrusted, new FakeTime())) {
                    attempt(resolver, "aws-sm:db#password");
                }
            } finally {
                if (before == null) {
                    System.clearProperty("aws.sharedCredentialsFile");
                } else {
                    System.setProperty("aws.sharedCredentialsFile", before);
                }
            }
            logs = capture.text();
            assertThat(fake.accessKeys()).as("the profile's credentials were used").contains(accessKey);
        }
        audit.forEach(event -> seen.add(event.toString()));

        assertThat(logs).as("the capture works: the SDK logged at debug and the grace warning was logged")
                .contains("software.amazon.awssdk").contains("serving the previous version");
        assertThat(seen).as("failures were exercised").anySatisfy(s -> assertThat(s).contains("SecretThrottledException"))
                .anySatisfy(s -> assertThat(s).contains("SecretAccessDeniedException"))
                .anySatisfy(s -> assertThat(s).contains("scheduled for deletion"))
                .anySatisfy(s -> assertThat(s).contains("not a JSON object"))
                .anySatisfy(s -> assertThat(s).contains("InvalidSignatureException"))
                .anySatisfy(s -> assertThat(s).contains("TLS"));
        for (String text : List.of(CANARY, Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(CANARY.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(logs).doesNotContain(text);
            assertThat(seen).noneSatisfy(s -> assertThat(s).contains(text));
        }
    }

    private CachedSecretResolver resolver(FakeSecretsManager fake, Path caPem, String profile, FakeTime time) {
        return resolver(AwsTestSetup.settings(fake, caPem).put("profile", profile), time);
    }

    private CachedSecretResolver resolver(ObjectNode store, FakeTime time) {
        ObjectNode secrets = JSON.createObjectNode().put("audit", "every");
        secrets.putObject("stores").set("aws-sm", store);
        store.putObject("cache").put("ttl", "1m").put("refreshAhead", "0s").put("grace", "5m");
        return CachedSecretResolver.builder().factory(new AwsSecretsManagerStoreFactory())
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

package dev.warden.core;

import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.spi.audit.AuditSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Audit logs for tests of governed operations: a real JSON Lines log in a folder, and one whose only sink fails. */
public final class GovernanceFixture {

    private static final byte[] SECRET = "governance-test-audit-key-32-bytes!".getBytes(StandardCharsets.UTF_8);

    private GovernanceFixture() {
    }

    /** @return a fail-closed pipeline over a JSON Lines sink in {@code dir}; the caller closes it */
    public static AuditPipeline jsonl(Path dir) {
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET);
        try {
            return builder.sink(JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey()).open()).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return a fail-closed pipeline whose only sink fails every write (a full disk); the caller closes it */
    public static AuditPipeline failing() {
        return AuditPipeline.builder().secret(SECRET).timeout(Duration.ofMillis(500)).sink(new AuditSink() {
            @Override
            public String name() {
                return "full-disk";
            }

            @Override
            public void write(List<AuditEvent> batch) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        }).build();
    }

    /** @return every event recorded in the JSON Lines log in {@code dir}, in order */
    public static List<AuditEvent> events(Path dir) {
        return new JsonlAuditReader(dir).readAll();
    }
}

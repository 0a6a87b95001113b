package dev.warden.core.audit.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk under the pipeline: the JSON Lines sink's writes fail with ENOSPC ("No space left on device") after part
 * of the batch reached the file. {@code record} throws within the timeout, the guarded action is refused, and what
 * was stored before still verifies. (The failure is injected into a real file channel: a real full file system cannot
 * be made in a unit test without root.)
 */
class DiskFullTest {

    static final byte[] SECRET = "disk-full-test-secret-0123456789ab".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    @Test
    void recordFailsClosedWithinTheTimeoutAndStoredRecordsStayIntact() throws Exception {
        JsonlAuditSinkTest.FailingChannels disk = new JsonlAuditSinkTest.FailingChannels();
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET).timeout(Duration.ofMillis(500));
        JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey())
                .channelOpener(disk::open).open();
        try (AuditPipeline pipeline = builder.sink(sink).build()) {
            for (int i = 0; i < 5; i++) {
                pipeline.record(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("u" + i, "password")).build());
            }
            disk.failNextWriteAfter = 50;
            AtomicBoolean exported = new AtomicBoolean();
            long start = System.nanoTime();
            assertThatThrownBy(() -> {
                pipeline.record(AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("u", "password")).build());
                exported.set(true);       // the guarded action
            }).isInstanceOf(AuditUnavailableException.class).hasMessageContaining("No space left on device");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(500);
            assertThat(exported).isFalse();
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        VerificationReport report = reader.verify(HmacChainKey.derive(SECRET));
        assertThat(report.intact()).isTrue();
        assertThat(report.records()).isEqualTo(5);
    }
}

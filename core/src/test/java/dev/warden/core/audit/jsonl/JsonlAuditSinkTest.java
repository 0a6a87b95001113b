package dev.warden.core.audit.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.Damage;
import dev.warden.core.audit.Finding;
import dev.warden.core.testing.MutableClock;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation, retention, a file deleted or replaced under the sink, and write failures. */
class JsonlAuditSinkTest {

    static final ChainKey KEY = HmacChainKey.derive("jsonl-sink-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

    private static List<AuditEvent> events(int n) {
        List<AuditEvent> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(AuditEvent.builder(AuditEventType.API_KEY_USED).actor(Actor.user("svc" + i, "api-key"))
                    .detail("payload", "x".repeat(200)).build());
        }
        return list;
    }

    private JsonlAuditSink.Builder sink() {
        return JsonlAuditSink.builder().directory(dir).chainKey(KEY).clock(clock);
    }

    @Test
    void aFullFileRotatesAndTheChainContinuesIntoTheNextFile() throws IOException {
        try (JsonlAuditSink sink = sink().maxFileBytes(4096).open()) {
            for (int i = 0; i < 10; i++) {
                sink.write(events(5));
            }
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        assertThat(reader.files()).hasSizeGreaterThan(3);
        assertThat(reader.files().get(1).getFileName().toString()).matches("audit-20261130-0000000000\\d\\d\\.jsonl");
        assertThat(reader.verify(KEY).intact()).isTrue();
        assertThat(reader.readAll()).hasSize(50);
    }

    @Test
    void aNewUtcDayStartsANewFile() throws IOException {
        try (JsonlAuditSink sink = sink().open()) {
            sink.write(events(2));
            clock.advance(Duration.ofDays(1));
            sink.write(events(2));
        }
        List<Path> files = new JsonlAuditReader(dir).files();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("audit-20261130-000000000001.jsonl", "audit-20261201-000000000003.jsonl");
        assertThat(new JsonlAuditReader(dir).verify(KEY).intact()).isTrue();
    }

    @Test
    void retentionDeletesOldFilesAfterRecordingAPurgeAndTheRestStillVerifies() throws IOException {
        try (JsonlAuditSink sink = sink().retention(Duration.ofDays(30)).open()) {
            sink.write(events(3));
            Path first = sink.currentFile().orElseThrow();
            clock.advance(Duration.ofDays(1));
            sink.write(events(3));
            Files.setLastModifiedTime(first, FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
            clock.advance(Duration.ofDays(1));
            sink.write(events(1));
            assertThat(Files.exists(first)).isFalse();
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        assertThat(reader.files()).hasSize(2);
        AuditEvent purge = reader.readAll().stream().filter(e -> e.type() == AuditEventType.AUDIT_LOG_PURGED).findFirst().orElseThrow();
        assertThat(purge.details()).containsEntry("purgedThroughSeq", "3").containsEntry("files", "1");
        VerificationReport report = reader.verify(KEY);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aFileDeletedUnderTheSinkIsNoticedAndTheGapRecorded() throws IOException {
        try (JsonlAuditSink sink = sink().open()) {
            sink.write(events(2));
            clock.advance(Duration.ofDays(1));
            sink.write(events(3));
            Files.delete(sink.currentFile().orElseThrow());
            sink.write(events(1));
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        AuditEvent gap = reader.readAll().stream().filter(e -> e.type() == AuditEventType.AUDIT_LOG_GAP).findFirst().orElseThrow();
        assertThat(gap.details()).containsEntry("reason", "file deleted").containsEntry("firstLostSeq", "3")
                .containsEntry("lastLostSeq", "5");
        VerificationReport report = reader.verify(KEY);
        assertThat(report.findings()).singleElement().extracting(Finding::damage).isEqualTo(Damage.GAP);
        assertThat(report.firstTampering()).isEmpty();
        assertThat(report.lastSeq()).isEqualTo(7);
    }

    @Test
    void aFileEmptiedInPlaceIsNoticedMovedAsideAndTheGapRecorded() throws IOException {
        try (JsonlAuditSink sink = sink().open()) {
            sink.write(events(3));
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(sink.currentFile().orElseThrow(),
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(0);     // what ': > file' does: same inode, no records
            }
            sink.write(events(1));
        }
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".truncated-"));
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        AuditEvent gap = reader.readAll().stream().filter(e -> e.type() == AuditEventType.AUDIT_LOG_GAP).findFirst().orElseThrow();
        assertThat(gap.details()).containsEntry("reason", "file truncated").containsEntry("firstLostSeq", "1")
                .containsEntry("lastLostSeq", "3");
        VerificationReport report = reader.verify(KEY);
        assertThat(report.findings()).extracting(Finding::damage).containsExactly(Damage.GAP);
        assertThat(report.lastSeq()).isEqualTo(5);
    }

    @Test
    void aWholeLastRecordWithoutItsLineFeedIsNotCutOnOpen() throws IOException {
        Path file;
        try (JsonlAuditSink sink = sink().open()) {
            sink.write(events(2));
            file = sink.currentFile().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
        assertThatThrownBy(() -> sink().open()).isInstanceOf(IOException.class).hasMessageContaining("kept as evidence");
        assertThat(Files.size(file)).isEqualTo(bytes.length - 1);
    }

    @Test
    void aFileReplacedUnderTheSinkIsMovedAsideAndTheGapRecorded() throws IOException {
        try (JsonlAuditSink sink = sink().open()) {
            sink.write(events(2));
            Path current = sink.currentFile().orElseThrow();
            Path forged = dir.resolve("forged.tmp");
            Files.writeString(forged, "{}\n");
            Files.move(forged, current, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            sink.write(events(1));
        }
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".replaced-"));
        }
        VerificationReport report = new JsonlAuditReader(dir).verify(KEY);
        assertThat(report.findings()).extracting(Finding::damage).containsExactly(Damage.GAP);
    }

    @Test
    void aFailedWriteLeavesNoPartialRecordAndTheNextWriteContinuesTheChain() throws IOException {
        FailingChannels failing = new FailingChannels();
        try (JsonlAuditSink sink = sink().channelOpener(failing::open).open()) {
            sink.write(events(3));
            long sizeBefore = Files.size(sink.currentFile().orElseThrow());
            failing.failNextWriteAfter = 100;
            assertThatThrownBy(() -> sink.write(events(4))).isInstanceOf(IOException.class)
                    .hasMessageContaining("No space left on device");
            assertThat(Files.size(sink.currentFile().orElseThrow())).isEqualTo(sizeBefore);
            sink.write(events(2));
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        assertThat(reader.verify(KEY).intact()).isTrue();
        assertThat(reader.readAll()).hasSize(5);
    }

    @Test
    void aFailedFsyncIsReportedAndUndone() throws IOException {
        FailingChannels failing = new FailingChannels();
        try (JsonlAuditSink sink = sink().channelOpener(failing::open).open()) {
            sink.write(events(1));
            failing.failNextForce = true;
            assertThatThrownBy(() -> sink.write(events(1))).isInstanceOf(IOException.class);
            sink.write(events(1));
        }
        assertThat(new JsonlAuditReader(dir).verify(KEY).intact()).isTrue();
        assertThat(new JsonlAuditReader(dir).readAll()).hasSize(2);
    }

    /**
     * Opens real file channels whose next write can be made to fail with the kernel's ENOSPC message after writing
     * part of the data, as a full disk does. (A real full file system cannot be set up in a unit test without root.)
     */
    static final class FailingChannels {
        FailingChannels() {
        }

        volatile int failNextWriteAfter = -1;
        volatile boolean failNextForce;

        FileChannel open(Path path, java.util.Set<? extends java.nio.file.OpenOption> options) throws IOException {
            FileChannel real = FileChannel.open(path, options);
            return new DelegatingFileChannel(real) {
                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    int limit = failNextWriteAfter;
                    if (limit >= 0) {
                        failNextWriteAfter = -1;
                        ByteBuffer part = src.duplicate();
                        part.limit(part.position() + Math.min(limit, part.remaining()));
                        real.write(part, position);
                        throw new IOException("No space left on device");
                    }
                    return real.write(src, position);
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    if (failNextForce) {
                        failNextForce = false;
                        throw new IOException("Input/output error");
                    }
                    real.force(metaData);
                }
            };
        }
    }
}

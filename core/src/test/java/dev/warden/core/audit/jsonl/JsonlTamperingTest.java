package dev.warden.core.audit.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.Damage;
import dev.warden.core.audit.Finding;
import dev.warden.core.audit.VerificationReport;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of damage to a JSON Lines audit log is detected by verification and named. */
class JsonlTamperingTest {

    static final ChainKey KEY = ChainKey.derive("tampering-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final ChainKey OTHER_KEY = ChainKey.derive("another-key-entirely-0123456789abc".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeTenRecords() throws IOException {
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(KEY).open()) {
            List<AuditEvent> batch = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                batch.add(AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("user" + i, "password"))
                        .outcome(Outcome.SUCCESS).detail("rows", i).build());
            }
            sink.write(batch.subList(0, 4));
            sink.write(batch.subList(4, 10));
        }
        file = new JsonlAuditReader(dir).files().get(0);
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.US_ASCII));
    }

    private void rewrite(List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.US_ASCII);
    }

    private Finding firstFinding() {
        VerificationReport report = new JsonlAuditReader(dir).verify(KEY);
        assertThat(report.intact()).isFalse();
        return report.findings().get(0);
    }

    @Test
    void anUntouchedLogVerifies() {
        VerificationReport report = new JsonlAuditReader(dir).verify(KEY);
        assertThat(report.intact()).isTrue();
        assertThat(report.records()).isEqualTo(10);
        assertThat(report.lastSeq()).isEqualTo(10);
    }

    @Test
    void anEditedFieldIsReportedAsModifiedAtThatRecord() throws IOException {
        List<String> lines = lines();
        lines.set(4, lines.get(4).replace("\"user5\"", "\"admin\""));
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.MODIFIED);
        assertThat(finding.location()).endsWith(":5");
        assertThat(finding.seq()).isEqualTo(5);
    }

    @Test
    void aDeletedRecordIsReportedAsRemoved() throws IOException {
        List<String> lines = lines();
        lines.remove(4);
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.REMOVED);
        assertThat(finding.seq()).isEqualTo(6);
        assertThat(finding.message()).contains("records 5 to 5 are missing");
    }

    @Test
    void removedFirstRecordsAreReportedAsRemoved() throws IOException {
        List<String> lines = lines();
        rewrite(lines.subList(3, lines.size()));
        assertThat(firstFinding().damage()).isEqualTo(Damage.REMOVED);
    }

    @Test
    void aForgedRecordIsReportedAsInserted() throws IOException {
        List<String> lines = lines();
        String forged = lines.get(2).replace("\"user3\"", "\"ghost\"");
        lines.add(3, forged);
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.INSERTED);
        assertThat(finding.location()).endsWith(":4");
    }

    @Test
    void aCopiedRecordIsReportedAsInserted() throws IOException {
        List<String> lines = lines();
        lines.add(7, lines.get(2));
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.INSERTED);
        assertThat(finding.location()).endsWith(":8");
    }

    @Test
    void swappedRecordsAreReportedAsReordered() throws IOException {
        List<String> lines = lines();
        Collections.swap(lines, 3, 4);
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.REORDERED);
        assertThat(finding.location()).endsWith(":4");
    }

    @Test
    void theWrongKeyIsReportedAsSuch() {
        VerificationReport report = new JsonlAuditReader(dir).verify(OTHER_KEY);
        assertThat(report.findings()).singleElement().extracting(Finding::damage).isEqualTo(Damage.WRONG_KEY);
    }

    @Test
    void aLogRewrittenWholeWithoutTheKeyIsDetected() throws IOException {
        Path other = dir.resolve("other");
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(other).chainKey(OTHER_KEY).open()) {
            sink.write(List.of(AuditEvent.builder(AuditEventType.LOGIN).build()));
        }
        Files.copy(new JsonlAuditReader(other).files().get(0), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(firstFinding().damage()).isEqualTo(Damage.WRONG_KEY);
    }

    @Test
    void aTornLastLineIsReportedAsTornTailNotTampering() throws IOException {
        String half = lines().get(0).substring(0, 40);
        Files.writeString(file, half, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        VerificationReport report = new JsonlAuditReader(dir).verify(KEY);
        assertThat(report.onlyTornTail()).isTrue();
        assertThat(report.firstTampering()).isEmpty();
        assertThat(report.records()).isEqualTo(10);
    }

    @Test
    void aLineThatIsNotARecordIsReportedAsMalformed() throws IOException {
        List<String> lines = lines();
        lines.add(5, "hello world");
        rewrite(lines);
        Finding finding = firstFinding();
        assertThat(finding.damage()).isEqualTo(Damage.MALFORMED);
        assertThat(finding.location()).endsWith(":6");
    }

    @Test
    void reopeningCutsATornTailAndRecordsTheRepair() throws IOException {
        Files.writeString(file, "{\"seq\":11,\"id\":\"x", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(KEY).open()) {
            sink.write(List.of(AuditEvent.builder(AuditEventType.LOGOUT).build()));
        }
        VerificationReport report = new JsonlAuditReader(dir).verify(KEY);
        assertThat(report.intact()).isTrue();
        List<AuditEvent> events = new JsonlAuditReader(dir).readAll();
        assertThat(events).hasSize(12);
        AuditEvent repair = events.get(10);
        assertThat(repair.type()).isEqualTo(AuditEventType.AUDIT_LOG_REPAIRED);
        assertThat(repair.details()).containsEntry("bytesCut", "17").containsKey("sha256OfCut");
    }
}

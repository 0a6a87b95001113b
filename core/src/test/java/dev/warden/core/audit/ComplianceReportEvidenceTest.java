package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.Principal;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ResourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report as evidence: it states the period the log covers, the chain's verification with key id and
 * last MAC, counts per event type, secret accesses and workflow runs, and its HTML is one file with inline SVG charts
 * that wraps only between words. The log is a real JSON Lines log written through the pipeline and verified.
 */
class ComplianceReportEvidenceTest {

    private static final byte[] SECRET = "compliance-report-test-key-32-bytes".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-11-30T08:15:00Z");

    @TempDir
    static Path dir;
    static List<AuditEvent> events;
    static VerificationReport verification;
    static dev.warden.spi.audit.ChainKey key;

    @BeforeAll
    static void writeAndVerifyALog() throws IOException {
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(SECRET);
        key = builder.chainKey();
        Actor alice = Actor.of(Principal.user("alice", GlobalRole.MEMBER));
        List<AuditEvent> recorded = new ArrayList<>();
        recorded.add(event(AuditEventType.LOGIN, alice, T0, Outcome.SUCCESS).build());
        recorded.add(event(AuditEventType.LOGIN_FAILED, alice, T0.plusSeconds(60), Outcome.FAILURE).detail("reason", "bad password").build());
        recorded.add(event(AuditEventType.LOGIN_FAILED, alice, T0.plus(Duration.ofHours(3)), Outcome.FAILURE).build());
        recorded.add(event(AuditEventType.SECRET_ACCESSED, Actor.system(), T0.plus(Duration.ofHours(3)), Outcome.SUCCESS)
                .detail("reference", "keystore:deid-job-key").detail("store", "keystore").detail("version", "2").build());
        recorded.add(event(AuditEventType.DATA_SOURCE_READ, alice, T0.plus(Duration.ofHours(4)), Outcome.SUCCESS)
                .resource(ResourceRef.dataSource("clinical", "patients")).build());
        recorded.add(event(AuditEventType.WORKFLOW_EXECUTED, alice, T0.plus(Duration.ofHours(5)), Outcome.SUCCESS)
                .resource(ResourceRef.workflow("clinical", "nightly")).detail("version", "3").detail("rowsRead", 35078)
                .detail("rowsWritten", 35078).build());
        try (AuditPipeline audit = builder.sink(JsonlAuditSink.builder().directory(dir).chainKey(key).open()).build()) {
            recorded.forEach(audit::record);
        }
        JsonlAuditReader reader = new JsonlAuditReader(dir);
        verification = reader.verify(key);
        events = reader.readAll();
    }

    private static AuditEvent.Builder event(AuditEventType type, Actor actor, Instant time, Outcome outcome) {
        return AuditEvent.builder(type).actor(actor).time(time).outcome(outcome);
    }

    private static ComplianceReport report() {
        return ComplianceReport.of(events, Optional.empty(), Optional.empty())
                .withChain(ComplianceReport.ChainCheck.of(verification, key.keyId()));
    }

    @Test
    void thePeriodIsTheFirstAndLastEventNotTheBeginningToTheEnd() {
        ComplianceReport report = report();
        assertThat(report.firstEvent()).contains(T0);
        assertThat(report.lastEvent()).contains(T0.plus(Duration.ofHours(5)));
        assertThat(report.toText()).contains("Period: first event 2026-11-30T08:15:00Z, last event 2026-11-30T13:15:00Z")
                .doesNotContain("the beginning");
        assertThat(report.toHtml()).contains("2026-11-30T08:15:00Z").contains("2026-11-30T13:15:00Z");
    }

    @Test
    void theChainVerificationIsStatedWithKeyIdAndLastMac() {
        ComplianceReport report = report();
        assertThat(verification.intact()).isTrue();
        assertThat(report.toText()).contains("Hash chain: intact; 6 records, key id " + key.keyId() + ", last record 6, last MAC "
                + verification.lastMac());
        assertThat(report.toHtml()).contains("intact").contains(key.keyId()).contains(verification.lastMac());
        assertThat(report.toJson()).contains("\"lastMac\" : \"" + verification.lastMac() + "\"");
    }

    @Test
    void aReportWithoutVerificationSaysTheChainWasNotVerified() {
        ComplianceReport report = ComplianceReport.of(events, Optional.empty(), Optional.empty());
        assertThat(report.chain()).isEmpty();
        assertThat(report.toText()).contains("Hash chain: not verified");
        assertThat(report.toHtml()).contains("not verified for this report");
    }

    @Test
    void countsPerEventTypeCoverEveryEvent() {
        ComplianceReport report = report();
        assertThat(report.eventTypes()).containsEntry(AuditEventType.LOGIN_FAILED, 2L).containsEntry(AuditEventType.LOGIN, 1L);
        assertThat(report.eventTypes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(report.events());
    }

    @Test
    void secretAccessesAndWorkflowRunsHaveTheirOwnSections() {
        ComplianceReport report = report();
        assertThat(report.section("Secret accesses").orElseThrow().rows()).singleElement()
                .satisfies(r -> assertThat(r).contains("keystore:deid-job-key", "keystore", "2", "SUCCESS"));
        assertThat(report.section("Workflow runs").orElseThrow().rows()).singleElement()
                .satisfies(r -> assertThat(r).contains("workflow:clinical/nightly", "3", "35078"));
    }

    @Test
    void logInsAndFailuresAreCountedPerHourOverThePeriod() {
        List<ComplianceReport.Bucket> buckets = report().logins();
        assertThat(buckets).hasSize(6).allMatch(b -> b.length().equals(Duration.ofHours(1)));
        assertThat(buckets.get(0)).isEqualTo(new ComplianceReport.Bucket(Instant.parse("2026-11-30T08:00:00Z"),
                Duration.ofHours(1), 1, 1));
        assertThat(buckets.get(3).failed()).isEqualTo(1);
        assertThat(buckets.stream().mapToLong(b -> b.succeeded() + b.failed()).sum()).isEqualTo(3);
    }

    @Test
    void theHtmlIsOneFileWithThreeInlineSvgChartsAndNoExternalResource() {
        String html = report().toHtml();
        assertThat(Pattern.compile("<svg ").matcher(html).results().count()).isEqualTo(3);
        assertThat(html).contains("<h2>Events per type</h2>", "<h2>Log-ins and failures over time</h2>",
                "<h2>Accesses per data source</h2>");
        assertThat(html).doesNotContain("<script", "src=", "href=\"http", "url(", "@import");
    }

    @Test
    void theHtmlNeverBreaksInsideAWord() {
        String html = report().toHtml();
        assertThat(html).doesNotContain("break-word", "break-all", "overflow-wrap:anywhere", "hyphens:auto")
                .contains("word-break:normal");
        assertThat(ComplianceReportHtml.breakable("workflow:clinical/safe-harbor-export ok"))
                .isEqualTo("<span class=\"w\">workflow:clinical/<wbr>safe-harbor-export</span> <span class=\"w\">ok</span>");
    }
}

package dev.warden.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.config.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reviewer reads the posture report's failures first, and the critical ones set apart from the rest. */
class PostureReportOrderTest {

    private static PostureItem item(String id, PostureStatus status, Severity severity) {
        return new PostureItem(id, "title of " + id, status, severity, List.of(), "change " + id, "NIST SP 800-53");
    }

    private static final PostureReport REPORT = new PostureReport(Environment.PRODUCTION, "warden.json",
            Instant.parse("2026-12-05T12:00:00Z"), List.of(
                    item("a.pass", PostureStatus.PASS, Severity.CRITICAL),
                    item("b.advisory-fail", PostureStatus.FAIL, Severity.ADVISORY),
                    item("c.na", PostureStatus.NOT_APPLICABLE, Severity.ADVISORY),
                    item("d.critical-fail", PostureStatus.FAIL, Severity.CRITICAL)));

    @Test
    void itemsAreCriticalFailuresThenFailuresThenPassedThenNotApplicable() {
        assertThat(REPORT.itemsFailuresFirst()).extracting(PostureItem::id)
                .containsExactly("d.critical-fail", "b.advisory-fail", "a.pass", "c.na");
    }

    @Test
    void theHtmlSetsCriticalFailuresApartBeforeTheOtherFailures() {
        String html = REPORT.toHtml();
        int critical = html.indexOf("<section class=\"critical\"><h2>Critical failures (1)</h2>");
        int failures = html.indexOf("<h2>Failures (1)</h2>");
        int passed = html.indexOf("<h2>Passed (1)</h2>");
        int na = html.indexOf("<h2>Not applicable (1)</h2>");
        assertThat(critical).isPositive().isLessThan(failures);
        assertThat(failures).isLessThan(passed);
        assertThat(passed).isLessThan(na);
        assertThat(html.indexOf("d.critical-fail")).isBetween(critical, failures);
        assertThat(html.indexOf("b.advisory-fail")).isBetween(failures, passed);
        assertThat(html).doesNotContain("<script", "src=", "break-word");
    }

    @Test
    void theTextPrintsTheSummaryThenFailuresFirst() {
        StringWriter text = new StringWriter();
        REPORT.writeText(new PrintWriter(text));
        String out = text.toString();
        assertThat(out.lines().skip(1).findFirst()).contains("1 passed, 2 failed (1 critical), 1 not applicable");
        assertThat(out.indexOf("== Critical failures ==")).isLessThan(out.indexOf("== Failures =="));
        assertThat(out.indexOf("d.critical-fail")).isLessThan(out.indexOf("b.advisory-fail"));
        assertThat(out.indexOf("b.advisory-fail")).isLessThan(out.indexOf("a.pass"));
    }
}

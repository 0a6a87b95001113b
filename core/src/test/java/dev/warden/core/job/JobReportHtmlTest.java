package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job report as one HTML page, from a real run on the Synthea export: the outcome and failed checks come first. */
class JobReportHtmlTest {

    static JobReport report;

    @BeforeAll
    static void run(@TempDir Path out) {
        SyntheaJobTest.data();
        report = SyntheaJobTest.run("synthea-hipaa.json", out, SyntheaJobTest.KEY);
    }

    @Test
    void aPassedRunSaysSoFirstAndListsEveryTableAndColumn() {
        String html = report.toHtml();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Validation passed");
        assertThat(html).doesNotContain("Failed checks", "<script", "src=", "break-word");
        for (JobReport.TableReport t : report.tables()) {
            assertThat(html).contains("<h3 id=\"t-" + t.name() + "\">");
            t.columns().forEach(c -> assertThat(html).contains("<code>" + c.name() + "</code>"));
        }
    }

    @Test
    void aFailedCheckIsShownBeforeTheRunAndTheTables() {
        List<JobReport.Check> checks = new ArrayList<>(report.validation().checks());
        checks.add(new JobReport.Check("detectors", false, "PATIENTS.SSN: 3 values look like a social security number"));
        JobReport failed = new JobReport(report.job(), report.profile(), report.input(), report.output(), report.subset(),
                report.started(), report.duration(), report.rowsRead(), report.rowsWritten(), report.peakHeapBytes(),
                report.tables(), report.tablesNotCopied(), new JobReport.Validation(checks));
        String html = failed.toHtml();
        int failedSection = html.indexOf("<section class=\"failed\"><h2>Failed checks (1)</h2>");
        assertThat(html).contains("VALIDATION FAILED");
        assertThat(failedSection).isPositive().isLessThan(html.indexOf("<h2>Run</h2>"));
        assertThat(html.indexOf("PATIENTS.SSN: 3 values")).isBetween(failedSection, html.indexOf("<h2>Run</h2>"));
    }
}

package dev.warden.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.spi.audit.ChainKey;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile user names and details — CR/LF with a forged record, JSON and CEF metacharacters, markup, NUL, Unicode line
 * separators — neither add a record nor break a field in JSON Lines, CEF, OCSF, or the text and HTML reports.
 */
class LogInjectionTest {

    static final List<String> HOSTILE = List.of(
            "mallory\n{\"seq\":99,\"id\":\"forged\",\"type\":\"LOGIN\"}",
            "eve\r\nCEF:0|Warden|Warden|0.1|LOGIN|Logon|3|suser=admin",
            "trudy\"},\"type\":\"ALERT",
            "<script>alert(1)</script><img src=x onerror=alert(2)>",
            "a|b\\c=d e=f",
            "nul\u0000here\u2028line\u2029para\u0085nel",
            "</td></tr><tr><td>fake row");
    static final ChainKey KEY = ChainKey.derive("injection-test-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;
    List<AuditEvent> events;

    @BeforeEach
    void events() {
        events = HOSTILE.stream().map(h -> AuditEvent.builder(AuditEventType.ACCESS_DENIED).outcome(Outcome.DENIED)
                .actor(Actor.user(h, "password")).resource("data-source:p/" + h.replace(':', '_'))
                .detail("reason", h).detail(h, "value").build()).toList();
    }

    @Test
    void jsonLinesHoldOneRecordPerEventAndReadBackExactly() throws Exception {
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(KEY).open()) {
            sink.write(events);
        }
        Path file = new JsonlAuditReader(dir).files().get(0);
        assertThat(Files.readAllLines(file, StandardCharsets.US_ASCII)).hasSize(events.size());
        assertThat(new JsonlAuditReader(dir).readAll()).containsExactlyElementsOf(events);
        assertThat(new JsonlAuditReader(dir).verify(KEY).intact()).isTrue();
    }

    @Test
    void cefExportHoldsOneLinePerEventAndEveryFieldParsesBack() throws Exception {
        for (AuditEvent event : events) {
            String line = CefFormat.format(event);
            assertThat(line.lines()).hasSize(1);
            assertThat(line).doesNotContain("\u0000", "\u2028", "\u2029", "\u0085");
            String header = line.substring(0, line.indexOf("|rt="));
            assertThat(header.split("(?<!\\\\)\\|", -1)).as("unescaped pipes in the header").hasSize(7);
            assertThat(CefFormat.parse(line)).isEqualTo(event);
        }
    }

    @Test
    void ocsfExportHoldsOneJsonObjectPerLineAndParsesBack() throws Exception {
        StringWriter out = new StringWriter();
        for (AuditEvent event : events) {
            out.write(OcsfFormat.toJson(event));
            out.write('\n');
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(events.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(OcsfFormat.fromJson(json.readTree(lines.get(i)))).isEqualTo(events.get(i));
            assertThat(json.readTree(lines.get(i)).path("actor").path("user").path("uid").asText()).isEqualTo(HOSTILE.get(i));
        }
    }

    @Test
    void theHtmlReportEscapesMarkupAndAddsNoRow() {
        String html = ComplianceReport.of(events, Optional.empty(), Optional.empty()).toHtml();
        assertThat(html).doesNotContain("<script>", "<img", "</td></tr><tr><td>fake");
        Matcher section = Pattern.compile("<h2>Access denied \\((\\d+)\\)</h2>\\s*<table>(.*?)</table>", Pattern.DOTALL).matcher(html);
        assertThat(section.find()).isTrue();
        assertThat(section.group(1)).isEqualTo(Integer.toString(events.size()));
        assertThat(Pattern.compile("<tr>").matcher(section.group(2)).results().count()).isEqualTo(events.size() + 1);
    }

    @Test
    void theTextReportKeepsEachRowOnOneLine() {
        String text = ComplianceReport.of(events, Optional.empty(), Optional.empty()).toText();
        String section = text.substring(text.indexOf("Access denied ("), text.indexOf("Data source accesses"));
        assertThat(section.lines().filter(l -> !l.isBlank())).hasSize(events.size() + 2);
    }
}

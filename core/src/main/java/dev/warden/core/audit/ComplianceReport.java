package dev.warden.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A compliance report over a period of an audit log: authentications and failures per user, lockouts, access denied,
 * data source accesses, configuration and permission changes (workflow versions included), workflow runs with their
 * row counts, erasures, re-identifications, alerts, and the audit log's own events (purges, gaps, repairs). Rendered as
 * text, JSON or one self-contained HTML file.
 *
 * <p>Every value from the log is escaped for the output: control and line-separator characters are shown as
 * {@code \}{@code uXXXX} in text, JSON is written by Jackson, HTML escapes {@code & < > " '}; a hostile user name can
 * therefore neither add a row nor inject markup.
 *
 * @param from the period's start, if bounded
 * @param to the period's end (exclusive), if bounded
 * @param generatedAt when the report was made
 * @param events how many events the period holds
 * @param sections the report's tables, in order
 */
public record ComplianceReport(Optional<Instant> from, Optional<Instant> to, Instant generatedAt, long events,
                               List<Section> sections) {

    /**
     * One table of the report.
     *
     * @param title the heading
     * @param columns the column names
     * @param rows the rows, each as many cells as columns
     */
    public record Section(String title, List<String> columns, List<List<String>> rows) {
        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private static final Set<AuditEventType> CHANGES = EnumSet.of(AuditEventType.CONFIGURATION_CHANGED,
            AuditEventType.PERMISSION_GRANTED, AuditEventType.PERMISSION_REVOKED, AuditEventType.USER_CREATED,
            AuditEventType.USER_DISABLED, AuditEventType.API_KEY_CREATED, AuditEventType.API_KEY_REVOKED,
            AuditEventType.MFA_ENROLLED, AuditEventType.WORKFLOW_CREATED, AuditEventType.WORKFLOW_UPDATED,
            AuditEventType.WORKFLOW_DELETED, AuditEventType.DATA_SOURCE_CREATED, AuditEventType.DATA_SOURCE_UPDATED,
            AuditEventType.DATA_SOURCE_DELETED);
    private static final Set<AuditEventType> LOG_EVENTS = EnumSet.of(AuditEventType.AUDIT_LOG_PURGED,
            AuditEventType.AUDIT_LOG_GAP, AuditEventType.AUDIT_LOG_REPAIRED);

    public ComplianceReport {
        sections = List.copyOf(sections);
    }

    /**
     * @param events the events, oldest first (already limited to the period)
     * @param from the period's start, for the heading
     * @param to the period's end, for the heading
     * @return the report
     */
    public static ComplianceReport of(Iterable<AuditEvent> events, Optional<Instant> from, Optional<Instant> to) {
        Map<String, long[]> auth = new TreeMap<>();           // user -> logins, failures, mfa failures, lockouts
        Map<String, long[]> access = new TreeMap<>();         // user \u0000 resource -> reads, writes
        List<List<String>> lockouts = new ArrayList<>();
        List<List<String>> denied = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        List<List<String>> erasures = new ArrayList<>();
        List<List<String>> reids = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        List<List<String>> alerts = new ArrayList<>();
        List<List<String>> logEvents = new ArrayList<>();
        long count = 0;
        for (AuditEvent e : events) {
            count++;
            String user = e.actor().principalId();
            switch (e.type()) {
                case LOGIN, API_KEY_USED -> auth.computeIfAbsent(user, u -> new long[4])[0]++;
                case LOGIN_FAILED -> auth.computeIfAbsent(user, u -> new long[4])[1]++;
                case MFA_FAILED -> auth.computeIfAbsent(user, u -> new long[4])[2]++;
                case ACCOUNT_LOCKED -> {
                    String locked = e.resource().isEmpty() ? user : e.resource();
                    auth.computeIfAbsent(locked, u -> new long[4])[3]++;
                    lockouts.add(List.of(e.time().toString(), locked, e.sourceAddress(), details(e)));
                }
                case ACCESS_DENIED -> denied.add(List.of(e.time().toString(), user, e.resource(), e.sourceAddress(), details(e)));
                case DATA_SOURCE_READ, DATA_SOURCE_WRITTEN -> {
                    long[] counts = access.computeIfAbsent(user + "\u0000" + e.resource(), k -> new long[2]);
                    counts[e.type() == AuditEventType.DATA_SOURCE_READ ? 0 : 1]++;
                }
                case DATA_ERASED -> erasures.add(List.of(e.time().toString(), user, e.resource(), e.outcome().name(), details(e)));
                case WORKFLOW_EXECUTED -> {
                    if (!"started".equals(e.details().get("phase"))) { // one row per run: how it ended
                        runs.add(List.of(e.time().toString(), user, e.resource(), e.details().getOrDefault("version", ""),
                                e.outcome().name(), e.details().getOrDefault("rowsRead", ""),
                                e.details().getOrDefault("rowsWritten", ""), e.details().getOrDefault("dryRun", "")));
                    }
                }
                case REIDENTIFICATION_PERFORMED -> reids.add(List.of(e.time().toString(), user, e.resource(), e.outcome().name(), details(e)));
                case ALERT -> alerts.add(List.of(e.time().toString(), e.details().getOrDefault("rule", ""),
                        e.details().getOrDefault("subject", ""), e.details().getOrDefault("count", "")));
                default -> {
                    if (CHANGES.contains(e.type())) {
                        changes.add(List.of(e.time().toString(), e.type().name(), user, e.resource(), e.outcome().name(), details(e)));
                    } else if (LOG_EVENTS.contains(e.type())) {
                        logEvents.add(List.of(e.time().toString(), e.type().name(), details(e)));
                    }
                }
            }
        }
        List<List<String>> authRows = new ArrayList<>();
        auth.forEach((user, c) -> authRows.add(List.of(user, Long.toString(c[0]), Long.toString(c[1]), Long.toString(c[2]),
                Long.toString(c[3]))));
        List<List<String>> accessRows = new ArrayList<>();
        access.forEach((key, c) -> {
            int split = key.indexOf('\u0000');
            accessRows.add(List.of(key.substring(0, split), key.substring(split + 1), Long.toString(c[0]), Long.toString(c[1])));
        });
        List<Section> sections = List.of(
                new Section("Authentications per user", List.of("user", "logins", "failed logins", "failed MFA", "lockouts"), authRows),
                new Section("Account lockouts", List.of("time", "user", "source", "details"), lockouts),
                new Section("Access denied", List.of("time", "user", "resource", "source", "details"), denied),
                new Section("Data source accesses", List.of("user", "data source", "reads", "writes"), accessRows),
                new Section("Configuration and permission changes", List.of("time", "type", "by", "resource", "outcome", "details"), changes),
                new Section("Workflow runs", List.of("time", "by", "workflow", "version", "outcome", "rows read",
                        "rows written", "dry run"), runs),
                new Section("Erasures", List.of("time", "by", "resource", "outcome", "details"), erasures),
                new Section("Re-identifications", List.of("time", "by", "resource", "outcome", "details"), reids),
                new Section("Alerts", List.of("time", "rule", "subject", "count"), alerts),
                new Section("Audit log events", List.of("time", "type", "details"), logEvents));
        return new ComplianceReport(from, to, Instant.now(), count, sections);
    }

    private static String details(AuditEvent e) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(e.details()).forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        if (e.outcome() != Outcome.SUCCESS && out.length() == 0) {
            out.append(e.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    private String period() {
        return from.map(Instant::toString).orElse("the beginning") + " to " + to.map(Instant::toString).orElse("the end");
    }

    /** @return the report as plain text, one table per section */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Warden audit compliance report\nPeriod: ").append(period()).append("\nGenerated: ").append(generatedAt)
                .append("\nEvents: ").append(events).append('\n');
        for (Section section : sections) {
            out.append('\n').append(section.title()).append(" (").append(section.rows().size()).append(")\n");
            if (section.rows().isEmpty()) {
                out.append("  none\n");
                continue;
            }
            int[] widths = new int[section.columns().size()];
            List<List<String>> shown = new ArrayList<>();
            shown.add(section.columns());
            section.rows().forEach(r -> shown.add(r.stream().map(ComplianceReport::printable).toList()));
            for (List<String> row : shown) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], Math.min(60, row.get(i).length()));
                }
            }
            for (List<String> row : shown) {
                out.append(' ');
                for (int i = 0; i < row.size(); i++) {
                    out.append(' ').append(String.format("%-" + Math.max(1, widths[i]) + "s", row.get(i)));
                }
                out.setLength(out.length() - trailingSpaces(out));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int trailingSpaces(StringBuilder out) {
        int n = 0;
        while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }

    /** @return text with every control or line-separator character shown as {@code \}{@code uXXXX} */
    static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escape = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029 || c == '\\';
            if (escape && out == null) {
                out = new StringBuilder(value.substring(0, i));
            }
            if (out != null) {
                if (escape) {
                    out.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /** @return the report as a JSON object */
    public String toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("title", "Warden audit compliance report");
        root.put("from", from.map(Instant::toString).orElse(null));
        root.put("to", to.map(Instant::toString).orElse(null));
        root.put("generatedAt", generatedAt.toString());
        root.put("events", events);
        ArrayNode list = root.putArray("sections");
        for (Section section : sections) {
            ObjectNode s = list.addObject();
            s.put("title", section.title());
            ArrayNode rows = s.putArray("rows");
            for (List<String> row : section.rows()) {
                ObjectNode r = rows.addObject();
                for (int i = 0; i < row.size(); i++) {
                    r.put(section.columns().get(i), row.get(i));
                }
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the report as one self-contained HTML5 document (inline CSS, no scripts, no external resources) */
    public String toHtml() {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Warden audit compliance report</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:0 0 2em}")
                .append("th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#f0f0f0}")
                .append("td{white-space:pre-wrap;word-break:break-word}.none{color:#777}</style></head><body>\n")
                .append("<h1>Warden audit compliance report</h1>\n<p>Period: ").append(html(period())).append("<br>Generated: ")
                .append(html(generatedAt.toString())).append("<br>Events: ").append(events).append("</p>\n");
        for (Section section : sections) {
            out.append("<h2>").append(html(section.title())).append(" (").append(section.rows().size()).append(")</h2>\n");
            if (section.rows().isEmpty()) {
                out.append("<p class=\"none\">None.</p>\n");
                continue;
            }
            out.append("<table><thead><tr>");
            section.columns().forEach(c -> out.append("<th>").append(html(c)).append("</th>"));
            out.append("</tr></thead><tbody>\n");
            for (List<String> row : section.rows()) {
                out.append("<tr>");
                row.forEach(cell -> out.append("<td>").append(html(printable(cell))).append("</td>"));
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    /** @return {@code value} with {@code & < > " '} as character references */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

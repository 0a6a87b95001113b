package dev.warden.core.audit;

import dev.warden.audit.AuditEventType;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML form of a {@link ComplianceReport}: a summary (period, hash chain, event counts), three inline SVG charts
 * (events per type, log-ins and failures over time, accesses per data source) and the report's tables. One file, no
 * script and no external resource (a Content-Security-Policy says so), readable at 1280 pixels: tables take the page's
 * width, cells wrap at spaces and after separators ({@code <wbr>} after {@code / : , = .} in long tokens), never inside a word.
 */
final class ComplianceReportHtml {

    static final String STYLE = "*{box-sizing:border-box}"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2328;background:#fff;"
            + "line-height:1.45;font-size:15px}"
            + "main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}"
            + "h1{font-size:26px;margin:0 0 16px}h2{font-size:19px;margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}"
            + "table{border-collapse:collapse;width:100%;margin:0 0 8px;font-size:14px}"
            + "th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;"
            + "overflow-wrap:normal;word-break:normal;hyphens:none}"
            + "th{background:#f6f8fa;white-space:nowrap}td.n{text-align:right;white-space:nowrap}td.t{white-space:nowrap}"
            + ".none{color:#656d76;margin:0 0 8px}"
            + "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:6px 20px;margin:0 0 8px;"
            + "background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:14px 18px}"
            + "dl.summary dt{font-weight:600}dl.summary dd{margin:0}"
            + "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}"
            + ".ok{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.muted{color:#656d76}"
            + "svg{display:block;max-width:100%;height:auto;margin:4px 0 8px}"
            + "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:12px;fill:#1f2328}"
            + ".legend{font-size:13px;margin:0}.sw{display:inline-block;width:11px;height:11px;margin:0 4px 0 12px;"
            + "vertical-align:-1px}.w{white-space:nowrap}";

    private static final String OK = "#2da44e";
    private static final String FAILED = "#cf222e";
    private static final String BAR = "#0969da";
    private static final String WRITES = "#bf8700";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ComplianceReportHtml() {
    }

    static String render(ComplianceReport report) {
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Warden audit compliance report</title><style>").append(STYLE).append("</style></head><body><main>\n")
                .append("<h1>Warden audit compliance report</h1>\n");
        summary(report, out);
        out.append("<h2>Events per type</h2>\n");
        eventTypes(report.eventTypes(), out);
        out.append("<h2>Log-ins and failures over time</h2>\n");
        logins(report.logins(), out);
        out.append("<h2>Accesses per data source</h2>\n");
        accesses(report.section("Data source accesses").map(ComplianceReport.Section::rows).orElse(List.of()), out);
        for (ComplianceReport.Section section : report.sections()) {
            out.append("<h2>").append(ComplianceReport.html(section.title())).append(" (").append(section.rows().size())
                    .append(")</h2>\n");
            if (section.rows().isEmpty()) {
                out.append("<p class=\"none\">None.</p>\n");
                continue;
            }
            out.append("<table><thead><tr>");
            section.columns().forEach(c -> out.append("<th>").append(ComplianceReport.html(c)).append("</th>"));
            out.append("</tr></thead><tbody>\n");
            for (List<String> row : section.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    String column = section.columns().get(i);
                    String cls = column.equals("time") ? " class=\"t\"" : numeric(column) ? " class=\"n\"" : "";
                    String cell = ComplianceReport.printable(row.get(i));
                    out.append("<td").append(cls).append('>')
                            .append(cls.isEmpty() ? breakable(cell) : ComplianceReport.html(cell)).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return out.append("</main></body></html>\n").toString();
    }

    private static boolean numeric(String column) {
        return List.of("logins", "failed logins", "failed MFA", "lockouts", "reads", "writes", "rows read", "rows written",
                "count", "version").contains(column);
    }

    private static void summary(ComplianceReport r, StringBuilder out) {
        out.append("<dl class=\"summary\">");
        out.append("<dt>Period</dt><dd>");
        if (r.firstEvent().isEmpty()) {
            out.append("no events");
        } else {
            out.append("first event <code>").append(r.firstEvent().get()).append("</code>, last event <code>")
                    .append(r.lastEvent().orElseThrow()).append("</code>");
        }
        out.append(r.from().isEmpty() && r.to().isEmpty() ? " <span class=\"muted\">(the whole log)</span>"
                : " <span class=\"muted\">(asked: " + r.from().map(Object::toString).orElse("the log's start") + " up to "
                        + r.to().map(Object::toString).orElse("its end") + ", exclusive)</span>");
        out.append("</dd><dt>Hash chain</dt><dd>");
        if (r.chain().isEmpty()) {
            out.append("<span class=\"muted\">not verified for this report</span> (<code>warden audit report --key REF</code>, "
                    + "or <code>warden audit verify</code>)");
        } else {
            ComplianceReport.ChainCheck c = r.chain().get();
            out.append(c.intact() ? "<span class=\"ok\">&#10003; intact</span>" : "<span class=\"bad\">&#10007; NOT intact</span>")
                    .append(" (HMAC-SHA256) &middot; ").append(c.records()).append(" records &middot; key id <code>")
                    .append(ComplianceReport.html(c.keyId())).append("</code><br>last record ").append(c.lastSeq())
                    .append(", MAC <code>").append(ComplianceReport.html(c.lastMac())).append("</code>");
            for (String finding : c.findings()) {
                out.append("<br><span class=\"bad\">").append(breakable(ComplianceReport.printable(finding))).append("</span>");
            }
        }
        out.append("</dd><dt>Events</dt><dd>").append(r.events()).append("</dd><dt>Generated</dt><dd><code>")
                .append(r.generatedAt()).append("</code></dd></dl>\n");
    }

    /** Horizontal bars, one per event type that occurs, most frequent first. */
    private static void eventTypes(Map<AuditEventType, Long> types, StringBuilder out) {
        if (types.isEmpty()) {
            out.append("<p class=\"none\">None.</p>\n");
            return;
        }
        List<Map.Entry<AuditEventType, Long>> rows = new ArrayList<>(types.entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        List<String[]> bars = rows.stream().map(e -> new String[] {e.getKey().name(), Long.toString(e.getValue())}).toList();
        horizontalBars(bars, "Events per type", out, BAR);
    }

    private static void horizontalBars(List<String[]> bars, String title, StringBuilder out, String color) {
        int label = 250;
        int width = 1100;
        int row = 24;
        int height = bars.size() * row + 8;
        long max = bars.stream().mapToLong(b -> Long.parseLong(b[1])).max().orElse(1);
        out.append("<svg role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\"><title>").append(ComplianceReport.html(title))
                .append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            int y = 4 + i * row;
            long n = Long.parseLong(bars.get(i)[1]);
            int w = (int) Math.max(2, Math.round((width - label - 70) * (double) n / Math.max(1, max)));
            out.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(ComplianceReport.html(shorten(bars.get(i)[0], 38))).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(row - 8).append("\" fill=\"").append(color).append("\"><title>")
                    .append(ComplianceReport.html(bars.get(i)[0])).append(": ").append(n).append("</title></rect>")
                    .append("<text x=\"").append(label + w + 6).append("\" y=\"").append(y + 16).append("\">").append(n)
                    .append("</text>");
        }
        out.append("</svg>\n");
    }

    /** Grouped columns per interval: log-ins (green) and failed log-ins (red), with the interval's start below. */
    private static void logins(List<ComplianceReport.Bucket> buckets, StringBuilder out) {
        long total = buckets.stream().mapToLong(b -> b.succeeded() + b.failed()).sum();
        if (total == 0) {
            out.append("<p class=\"none\">No log-in in the period.</p>\n");
            return;
        }
        boolean hours = buckets.get(0).length().equals(Duration.ofHours(1));
        out.append("<p class=\"legend\">per ").append(hours ? "hour" : "day").append(" (UTC)")
                .append("<span class=\"sw\" style=\"background:").append(OK).append("\"></span>log-ins")
                .append("<span class=\"sw\" style=\"background:").append(FAILED).append("\"></span>failed log-ins</p>\n");
        int width = 1100;
        int left = 50;
        int plot = 200;
        int height = plot + 60;
        long highest = buckets.stream().mapToLong(b -> Math.max(b.succeeded(), b.failed())).max().orElse(1);
        long step = Math.max(1, (long) Math.ceil(highest / 4.0));
        long max = step * ((highest + step - 1) / step);   // the axis ends on a labelled grid line
        double slot = (double) (width - left - 10) / buckets.size();
        double bar = Math.max(1, Math.min(28, slot * 0.4));
        int labelEvery = (int) Math.max(1, Math.ceil(buckets.size() / 12.0));
        out.append("<svg role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\"><title>Log-ins and failed log-ins per ")
                .append(hours ? "hour" : "day").append("</title>");
        for (long v = 0; v <= max; v += step) {
            double y = 10 + plot - plot * (double) v / Math.max(1, max);
            out.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d0d7de\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">")
                    .append(v).append("</text>");
        }
        for (int i = 0; i < buckets.size(); i++) {
            ComplianceReport.Bucket b = buckets.get(i);
            double x = left + i * slot + slot / 2;
            String when = (hours ? HOUR : DAY).format(b.start());
            column(out, x - bar, bar, b.succeeded(), max, plot, OK, when + ": " + b.succeeded() + " log-ins");
            column(out, x, bar, b.failed(), max, plot, FAILED, when + ": " + b.failed() + " failed log-ins");
            if (i % labelEvery == 0) {
                out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(plot + 30).append("\" text-anchor=\"middle\">")
                        .append(when).append("</text>");
            }
        }
        out.append("</svg>\n");
    }

    private static void column(StringBuilder out, double x, double w, long n, long max, int plot, String color, String title) {
        double h = plot * (double) n / Math.max(1, max);
        out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(10 + plot - h)).append("\" width=\"").append(fmt(w))
                .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(color).append("\"><title>")
                .append(ComplianceReport.html(title)).append("</title></rect>");
    }

    /** Reads and writes per data source, summed over users. */
    private static void accesses(List<List<String>> rows, StringBuilder out) {
        Map<String, long[]> bySource = new TreeMap<>();
        for (List<String> r : rows) {
            long[] c = bySource.computeIfAbsent(r.get(1), k -> new long[2]);
            c[0] += Long.parseLong(r.get(2));
            c[1] += Long.parseLong(r.get(3));
        }
        if (bySource.isEmpty()) {
            out.append("<p class=\"none\">No data source was read or written in the period.</p>\n");
            return;
        }
        out.append("<p class=\"legend\"><span class=\"sw\" style=\"background:").append(BAR).append("\"></span>reads")
                .append("<span class=\"sw\" style=\"background:").append(WRITES).append("\"></span>writes</p>\n");
        int label = 330;
        int width = 1100;
        int row = 24;
        int height = bySource.size() * row + 8;
        long max = bySource.values().stream().mapToLong(c -> c[0] + c[1]).max().orElse(1);
        out.append("<svg role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\"><title>Accesses per data source</title>");
        int i = 0;
        for (Map.Entry<String, long[]> e : bySource.entrySet()) {
            int y = 4 + i++ * row;
            double scale = (width - label - 120) / (double) Math.max(1, max);
            double reads = e.getValue()[0] * scale;
            double writes = e.getValue()[1] * scale;
            String name = ComplianceReport.printable(e.getKey());
            out.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(ComplianceReport.html(shorten(name, 48))).append("<title>").append(ComplianceReport.html(name))
                    .append("</title></text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(fmt(reads))
                    .append("\" height=\"").append(row - 8).append("\" fill=\"").append(BAR).append("\"/>")
                    .append("<rect x=\"").append(fmt(label + reads)).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(fmt(writes)).append("\" height=\"").append(row - 8).append("\" fill=\"").append(WRITES).append("\"/>")
                    .append("<text x=\"").append(fmt(label + reads + writes + 6)).append("\" y=\"").append(y + 16).append("\">")
                    .append(e.getValue()[0]).append(" read, ").append(e.getValue()[1]).append(" written</text>");
        }
        out.append("</svg>\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    /**
     * Escapes a cell for a table: it wraps at spaces, and a long token (a path, a resource) only after its separators
     * ({@code / : , = .}, once past 12 characters); never inside a word, nor at a hyphen.
     */
    static String breakable(String value) {
        StringBuilder out = new StringBuilder(value.length() + 32);
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ' ') {
                if (i > start) {
                    token(value.substring(start, i), out);
                }
                if (i < value.length()) {
                    out.append(' ');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** One space-free token: kept on one line except after its separators once it is long. */
    private static void token(String token, StringBuilder out) {
        out.append("<span class=\"w\">");
        int run = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            out.append(ComplianceReport.html(String.valueOf(c)));
            run++;
            if ((c == '/' || c == ':' || c == ',' || c == '=' || c == '.') && run > 12 && i + 1 < token.length()) {
                out.append("<wbr>");
            }
        }
        out.append("</span>");
    }
}

package dev.warden.core.posture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.Environment;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a {@link PostureCheck}: one {@link PostureItem} per checklist item, printable as text, JSON or one
 * self-contained HTML file (no script, no external resource).
 *
 * @param environment the environment the items were evaluated for
 * @param source the configuration's source (file name)
 * @param checkedAt when the check ran
 * @param items the items, in checklist order
 */
public record PostureReport(Environment environment, String source, Instant checkedAt, List<PostureItem> items) {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public PostureReport {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(checkedAt, "checkedAt");
        items = List.copyOf(items);
    }

    /** @return the items that failed */
    public List<PostureItem> failures() {
        return items.stream().filter(PostureItem::failed).toList();
    }

    /** @return the critical items that failed */
    public List<PostureItem> criticalFailures() {
        return items.stream().filter(PostureItem::criticalFailure).toList();
    }

    /** @return whether no item failed */
    public boolean passed() {
        return failures().isEmpty();
    }

    /**
     * @param id an item id such as {@code tls.everywhere}
     * @return that item
     * @throws IllegalArgumentException if there is none
     */
    public PostureItem item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no posture item " + id));
    }

    /**
     * The items in reading order for a reviewer: critical failures, other failures, passed, not applicable; checklist
     * order within each group.
     *
     * @return the items so ordered
     */
    public List<PostureItem> itemsFailuresFirst() {
        List<PostureItem> ordered = new java.util.ArrayList<>(criticalFailures());
        items.stream().filter(i -> i.failed() && !i.criticalFailure()).forEach(ordered::add);
        items.stream().filter(i -> i.status() == PostureStatus.PASS).forEach(ordered::add);
        items.stream().filter(i -> i.status() == PostureStatus.NOT_APPLICABLE).forEach(ordered::add);
        return ordered;
    }

    /**
     * @param out where to print the summary, then one block per item: critical failures, other failures, passed, not
     *     applicable (see {@link #itemsFailuresFirst()}), then the summary again
     */
    public void writeText(PrintWriter out) {
        out.println("Security posture of " + source + " (" + env() + "), " + checkedAt);
        out.println(summary());
        String group = "";
        for (PostureItem i : itemsFailuresFirst()) {
            String g = group(i);
            if (!g.equals(group)) {
                group = g;
                out.println();
                out.println("== " + g + " ==");
            }
            out.println();
            out.println(String.format(Locale.ROOT, "%-14s %s  [%s, %s]", status(i), i.title(), i.id(),
                    i.severity().name().toLowerCase(Locale.ROOT)));
            for (String f : i.findings()) {
                out.println("    - " + f);
            }
            if (i.failed()) {
                out.println("    change: " + i.remedy());
            }
            out.println("    from: " + i.reference());
        }
        out.println();
        out.println(summary());
        out.flush();
    }

    private static String group(PostureItem i) {
        if (i.criticalFailure()) {
            return "Critical failures";
        }
        return switch (i.status()) {
            case FAIL -> "Failures";
            case PASS -> "Passed";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }

    /** @return e.g. {@code 15 passed, 2 failed (1 critical), 1 not applicable} */
    public String summary() {
        long pass = items.stream().filter(i -> i.status() == PostureStatus.PASS).count();
        long na = items.stream().filter(i -> i.status() == PostureStatus.NOT_APPLICABLE).count();
        return pass + " passed, " + failures().size() + " failed (" + criticalFailures().size() + " critical), "
                + na + " not applicable";
    }

    private static String status(PostureItem i) {
        return switch (i.status()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_APPLICABLE -> "NOT_APPLICABLE";
        };
    }

    private String env() {
        return environment.name().toLowerCase(Locale.ROOT);
    }

    /** @return the report as pretty-printed JSON: environment, source, checkedAt, summary, items[] */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("environment", env());
        root.put("source", source);
        root.put("checkedAt", checkedAt.toString());
        root.put("passed", passed());
        root.put("summary", summary());
        ArrayNode array = root.putArray("items");
        for (PostureItem i : items) {
            ObjectNode n = array.addObject();
            n.put("id", i.id());
            n.put("title", i.title());
            n.put("status", i.status().name());
            n.put("severity", i.severity().name());
            ArrayNode findings = n.putArray("findings");
            i.findings().forEach(findings::add);
            if (i.failed()) {
                n.put("remedy", i.remedy());
            }
            n.put("reference", i.reference());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return one self-contained HTML page (inline style, no script, every value escaped), laid out for a 1280-pixel
     *     window: the summary, the critical failures set apart in their own box, then the other failures, the items
     *     passed and those not applicable, each item as a card with its findings, what to change and the standard
     */
    public String toHtml() {
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Warden security posture</title><style>").append(STYLE)
                .append("</style></head><body><main>\n<h1>Security posture</h1>\n<p class=\"meta\">")
                .append(escape(source)).append(" &middot; ").append(env()).append(" &middot; ")
                .append(escape(checkedAt.toString())).append("</p>\n<p class=\"summary ")
                .append(passed() ? "ok" : criticalFailures().isEmpty() ? "warn" : "bad").append("\">")
                .append(passed() ? "&#10003; " : "&#10007; ").append(escape(summary())).append("</p>\n");
        List<PostureItem> critical = criticalFailures();
        List<PostureItem> failed = items.stream().filter(i -> i.failed() && !i.criticalFailure()).toList();
        List<PostureItem> passedItems = items.stream().filter(i -> i.status() == PostureStatus.PASS).toList();
        List<PostureItem> na = items.stream().filter(i -> i.status() == PostureStatus.NOT_APPLICABLE).toList();
        if (!critical.isEmpty()) {
            out.append("<section class=\"critical\"><h2>Critical failures (").append(critical.size()).append(")</h2>\n")
                    .append("<p>In production, <code>Warden.builder().build()</code> refuses to start while one of these fails.</p>\n");
            critical.forEach(i -> card(i, out));
            out.append("</section>\n");
        }
        group("Failures", failed, out);
        group("Passed", passedItems, out);
        group("Not applicable", na, out);
        return out.append("</main></body></html>\n").toString();
    }

    private static final String STYLE = "*{box-sizing:border-box}"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2328;line-height:1.45;"
            + "font-size:15px}main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}"
            + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}.meta{color:#656d76;margin:0 0 12px}"
            + ".summary{font-weight:600;font-size:17px;padding:10px 14px;border-radius:6px;border:1px solid}"
            + ".summary.ok{background:#dafbe1;border-color:#2da44e}.summary.warn{background:#fff8c5;border-color:#bf8700}"
            + ".summary.bad{background:#ffebe9;border-color:#cf222e}"
            + "section.critical{border:2px solid #cf222e;border-radius:8px;background:#fff5f5;padding:4px 18px 12px;margin:20px 0}"
            + "section.critical h2{color:#cf222e}"
            + ".item{border:1px solid #d0d7de;border-left:6px solid #8c959f;border-radius:6px;padding:10px 14px;margin:0 0 10px;"
            + "background:#fff;overflow-wrap:normal;word-break:normal;hyphens:none}"
            + ".item.FAIL{border-left-color:#cf222e}.item.PASS{border-left-color:#2da44e}.item.NOT_APPLICABLE{border-left-color:#8c959f}"
            + ".head{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline}.title{font-weight:600}"
            + ".badge{font-size:12px;font-weight:700;padding:1px 8px;border-radius:10px;color:#fff;white-space:nowrap}"
            + ".badge.FAIL{background:#cf222e}.badge.PASS{background:#1a7f37}.badge.NOT_APPLICABLE{background:#6e7781}"
            + ".sev{font-size:12px;color:#656d76;white-space:nowrap}"
            + "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;color:#57606a}"
            + "ul{margin:6px 0 0;padding-left:22px}.change{margin:6px 0 0}.change b{color:#cf222e}.from{margin:4px 0 0;color:#656d76;font-size:13px}";

    private static void group(String title, List<PostureItem> group, StringBuilder out) {
        if (group.isEmpty()) {
            return;
        }
        out.append("<h2>").append(title).append(" (").append(group.size()).append(")</h2>\n");
        group.forEach(i -> card(i, out));
    }

    private static void card(PostureItem i, StringBuilder out) {
        out.append("<div class=\"item ").append(i.status().name()).append("\"><div class=\"head\"><span class=\"badge ")
                .append(i.status().name()).append("\">").append(status(i).replace('_', ' ')).append("</span>")
                .append("<span class=\"title\">").append(escape(i.title())).append("</span><code>").append(escape(i.id()))
                .append("</code><span class=\"sev\">").append(i.severity().name().toLowerCase(Locale.ROOT)).append("</span></div>");
        if (!i.findings().isEmpty()) {
            out.append("<ul>");
            for (String f : i.findings()) {
                out.append("<li>").append(escape(f)).append("</li>");
            }
            out.append("</ul>");
        }
        if (i.failed()) {
            out.append("<p class=\"change\"><b>Change:</b> ").append(escape(i.remedy())).append("</p>");
        }
        out.append("<p class=\"from\">From: ").append(escape(i.reference())).append("</p></div>\n");
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

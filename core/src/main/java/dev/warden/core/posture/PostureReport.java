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

    /** @param out where to print one block per item and a summary line */
    public void writeText(PrintWriter out) {
        out.println("Security posture of " + source + " (" + env() + "), " + checkedAt);
        for (PostureItem i : items) {
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

    /** @return one self-contained HTML page (inline style, no script, every value escaped) */
    public String toHtml() {
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Warden security posture</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
                .append("td,th{border:1px solid #ccc;padding:.4em;vertical-align:top;text-align:left}")
                .append(".PASS{background:#e6f4ea}.FAIL{background:#fce8e6}.NOT_APPLICABLE{background:#f1f3f4}")
                .append("</style></head><body>\n<h1>Security posture</h1>\n<p>")
                .append(escape(source)).append(" &middot; ").append(env()).append(" &middot; ")
                .append(escape(checkedAt.toString())).append("</p>\n<p><strong>").append(escape(summary()))
                .append("</strong></p>\n<table><tr><th>status</th><th>item</th><th>severity</th><th>findings</th>")
                .append("<th>what to change</th><th>from</th></tr>\n");
        for (PostureItem i : items) {
            out.append("<tr class=\"").append(i.status().name()).append("\"><td>").append(i.status().name())
                    .append("</td><td>").append(escape(i.title())).append("<br><code>").append(escape(i.id()))
                    .append("</code></td><td>").append(i.severity().name().toLowerCase(Locale.ROOT)).append("</td><td>");
            if (!i.findings().isEmpty()) {
                out.append("<ul>");
                for (String f : i.findings()) {
                    out.append("<li>").append(escape(f)).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td><td>").append(escape(i.remedy())).append("</td><td>").append(escape(i.reference()))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n</body></html>\n").toString();
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

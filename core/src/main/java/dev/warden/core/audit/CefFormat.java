package dev.warden.core.audit;

import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Audit events as ArcSight Common Event Format (CEF) version 0 lines:
 * {@code CEF:0|Warden|Warden|<version>|<type>|<name>|<severity 0-10>|<extension>}.
 *
 * <p>Escaping follows the CEF specification: in the header, {@code \} and {@code |} are escaped with a backslash; in
 * extension values, {@code \} and {@code =} are, and CR and LF become {@code \r} and {@code \n}. So that no value can
 * end the line or hide from a parser, every other control character, DEL, and the Unicode line and paragraph
 * separators (U+0085, U+2028, U+2029) are written as {@code \}{@code uXXXX}, which {@link #parse} reads back.
 *
 * <p>Extension keys: {@code rt} (event time, epoch ms), {@code externalId} (event id), {@code act} (type),
 * {@code outcome}, {@code suser}, {@code src} (source address), {@code cs1} project, {@code cs2} resource, {@code cs3}
 * correlation id, {@code cs4} details as JSON, {@code cs5} sensitive detail keys, {@code cs6} authentication method,
 * {@code flexString1} principal kind, {@code cn1} MFA (1/0); each custom field with its {@code ...Label}.
 */
public final class CefFormat {

    private static final String VENDOR = "Warden";
    private static final String PRODUCT = "Warden";
    private static final String VERSION = "0.1";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private CefFormat() {
    }

    /** @return the CEF severity, 0 (lowest) to 10 */
    static int severity(AuditEvent event) {
        if (event.type() == AuditEventType.ALERT) {
            return 9;
        }
        return switch (event.outcome()) {
            case SUCCESS -> 3;
            case FAILURE -> 5;
            case DENIED -> 7;
        };
    }

    /**
     * @param event the event
     * @return one CEF line without a line end
     */
    public static String format(AuditEvent event) {
        StringBuilder out = new StringBuilder(512);
        out.append("CEF:0|").append(VENDOR).append('|').append(PRODUCT).append('|').append(VERSION).append('|');
        header(out, event.type().name());
        out.append('|');
        header(out, OcsfFormat.mapping(event.type()).activityName() + " " + event.type().name().toLowerCase(java.util.Locale.ROOT));
        out.append('|').append(severity(event)).append('|');
        Actor actor = event.actor();
        out.append("rt=").append(event.time().toEpochMilli());
        ext(out, "externalId", event.id());
        ext(out, "act", event.type().name());
        ext(out, "outcome", event.outcome().name());
        ext(out, "suser", actor.principalId());
        if (!event.sourceAddress().isEmpty()) {
            ext(out, "src", event.sourceAddress());
        }
        ext(out, "cs1Label", "project");
        ext(out, "cs1", event.project());
        ext(out, "cs2Label", "resource");
        ext(out, "cs2", event.resource());
        ext(out, "cs3Label", "correlationId");
        ext(out, "cs3", event.correlationId());
        ext(out, "cs4Label", "details");
        ext(out, "cs4", detailsJson(event.details()));
        ext(out, "cs5Label", "sensitiveKeys");
        ext(out, "cs5", String.join(",", new java.util.TreeSet<>(event.sensitiveKeys())));
        ext(out, "cs6Label", "authenticationMethod");
        ext(out, "cs6", actor.authenticationMethod());
        ext(out, "flexString1Label", "principalKind");
        ext(out, "flexString1", actor.kind().name());
        ext(out, "cn1Label", "mfa");
        ext(out, "cn1", actor.mfa() ? "1" : "0");
        ext(out, "deviceCustomDate1Label", "eventTime");
        ext(out, "deviceCustomDate1", event.time().toString());
        return out.toString();
    }

    private static String detailsJson(Map<String, String> details) {
        StringBuilder out = new StringBuilder("{");
        String[] keys = details.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        for (String key : keys) {
            if (out.length() > 1) {
                out.append(',');
            }
            EventJson.string(out, key);
            out.append(':');
            EventJson.string(out, details.get(key));
        }
        return out.append('}').toString();
    }

    private static void header(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '|') {
                out.append('\\').append(c);
            } else if (needsUnicodeEscape(c) || c == '\r' || c == '\n') {
                unicode(out, c);
            } else {
                out.append(c);
            }
        }
    }

    private static void ext(StringBuilder out, String key, String value) {
        out.append(' ').append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '=' -> out.append("\\=");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsUnicodeEscape(c)) {
                        unicode(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static boolean needsUnicodeEscape(char c) {
        return c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static void unicode(StringBuilder out, char c) {
        out.append(String.format("\\u%04x", (int) c));
    }

    /**
     * Reads back a line written by {@link #format}.
     *
     * @param line one CEF line
     * @return the event
     * @throws InvalidInputException if it is not a Warden CEF line
     */
    public static AuditEvent parse(String line) {
        if (!line.startsWith("CEF:0|")) {
            throw new InvalidInputException("CEF: the line does not start with CEF:0|");
        }
        int fields = 0;
        int i = 0;
        while (fields < 7 && i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '|') {
                fields++;
            }
            i++;
        }
        if (fields < 7) {
            throw new InvalidInputException("CEF: fewer than 8 header fields");
        }
        Map<String, String> ext = extensions(line.substring(i));
        try {
            Map<String, String> details = new LinkedHashMap<>();
            JSON.readTree(ext.getOrDefault("cs4", "{}")).fields().forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
            Set<String> sensitive = new LinkedHashSet<>();
            for (String key : ext.getOrDefault("cs5", "").split(",")) {
                if (!key.isEmpty()) {
                    sensitive.add(key);
                }
            }
            return new AuditEvent(ext.get("externalId"), Instant.parse(ext.get("deviceCustomDate1")),
                    AuditEventType.valueOf(ext.get("act")), Outcome.valueOf(ext.get("outcome")),
                    new Actor(ext.get("suser"), PrincipalKind.valueOf(ext.get("flexString1")), ext.get("cs6"),
                            "1".equals(ext.get("cn1"))),
                    ext.getOrDefault("src", ""), ext.getOrDefault("cs1", ""), ext.getOrDefault("cs2", ""),
                    ext.getOrDefault("cs3", ""), details, sensitive);
        } catch (java.io.IOException | RuntimeException e) {
            throw new InvalidInputException("CEF: the extension is not a Warden event (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Map<String, String> extensions(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\\' && j + 1 < n) {
                    char next = text.charAt(j + 1);
                    switch (next) {
                        case 'n' -> { value.append('\n'); j += 2; }
                        case 'r' -> { value.append('\r'); j += 2; }
                        case 'u' -> { value.append((char) Integer.parseInt(text.substring(j + 2, j + 6), 16)); j += 6; }
                        default -> { value.append(next); j += 2; }
                    }
                    continue;
                }
                if (c == ' ' && nextIsKey(text, j + 1)) {
                    break;
                }
                value.append(c);
                j++;
            }
            out.put(key, value.toString());
            i = j;
        }
        return out;
    }

    /** A space ends a value only when a {@code key=} follows (keys are letters and digits; {@code =} in values is escaped). */
    private static boolean nextIsKey(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        return k > from && k < text.length() && text.charAt(k) == '=';
    }
}

package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The canonical JSON form of an audit event, shared by the JSON Lines and JDBC sinks and the JSON Lines export.
 *
 * <p>Fields in a fixed order ({@code seq, id, time, type, outcome, actor{principalId, kind, authenticationMethod,
 * mfa}, sourceAddress, project, resource, correlationId, details{...sorted by key}, sensitiveKeys[...sorted]}).
 * Every string is escaped so that the output is printable 7-bit ASCII: quote, backslash, every control character,
 * every non-ASCII character (so U+2028/U+2029 and NUL too) and {@code < > &} become {@code \}-escapes. A hostile value
 * can therefore never end a line, a string or an object, nor inject markup when the line is shown in HTML.
 */
public final class EventJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private EventJson() {
    }

    /**
     * Appends the canonical fields of {@code event}, opening the object but not closing it (so that a chain can add
     * {@code prev} and {@code mac}).
     *
     * @param out where to append; receives only ASCII
     * @param seq the record's sequence number in its chain, or a negative number to leave {@code seq} out
     * @param event the event
     */
    public static void appendFields(StringBuilder out, long seq, AuditEvent event) {
        AsciiBuffer bytes = new AsciiBuffer(512);
        appendFields(bytes, seq, event);
        out.append(bytes.toString());
    }

    /**
     * Appends the canonical fields of {@code event} as ASCII bytes, opening the object but not closing it. This is the
     * one encoder of the canonical form; the {@link StringBuilder} form delegates to it.
     *
     * @param out where to append
     * @param seq the record's sequence number in its chain, or a negative number to leave {@code seq} out
     * @param event the event
     */
    public static void appendFields(AsciiBuffer out, long seq, AuditEvent event) {
        out.append('{');
        if (seq >= 0) {
            out.append("\"seq\":").append(seq).append(',');
        }
        out.append("\"id\":");
        string(out, event.id());
        out.append(",\"time\":\"").append(event.time()).append('"');
        out.append(",\"type\":\"").append(event.type().name()).append('"');
        out.append(",\"outcome\":\"").append(event.outcome().name()).append('"');
        out.append(",\"actor\":{\"principalId\":");
        Actor actor = event.actor();
        string(out, actor.principalId());
        out.append(",\"kind\":\"").append(actor.kind().name()).append("\",\"authenticationMethod\":");
        string(out, actor.authenticationMethod());
        out.append(",\"mfa\":").append(actor.mfa()).append('}');
        out.append(",\"sourceAddress\":");
        string(out, event.sourceAddress());
        out.append(",\"project\":");
        string(out, event.project());
        out.append(",\"resource\":");
        string(out, event.resource());
        out.append(",\"correlationId\":");
        string(out, event.correlationId());
        out.append(",\"details\":{");
        Map<String, String> details = event.details();
        if (!details.isEmpty()) {
            String[] keys = sortedKeys(details.keySet());
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, keys[i]);
                out.append(':');
                string(out, details.get(keys[i]));
            }
        }
        out.append("},\"sensitiveKeys\":[");
        if (!event.sensitiveKeys().isEmpty()) {
            String[] keys = sortedKeys(event.sensitiveKeys());
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, keys[i]);
            }
        }
        out.append(']');
    }

    private static String[] sortedKeys(Set<String> keys) {
        String[] sorted = keys.toArray(new String[0]);
        if (sorted.length > 1) {
            Arrays.sort(sorted);
        }
        return sorted;
    }

    /**
     * Appends {@code value} as a JSON string in quotes, escaped to printable ASCII exactly as
     * {@link #string(StringBuilder, String)} does.
     *
     * @param out where to append
     * @param value any text, hostile included
     */
    public static void string(AsciiBuffer out, String value) {
        out.appendJsonString(value);
    }

    /**
     * @param event the event
     * @return its canonical JSON object on one line, without {@code seq} and without a line end
     */
    public static String toJson(AuditEvent event) {
        StringBuilder out = new StringBuilder(256);
        appendFields(out, -1, event);
        return out.append('}').toString();
    }

    /**
     * Appends {@code value} as a JSON string in quotes, escaped to printable ASCII.
     *
     * @param out where to append
     * @param value any text, hostile included (unpaired surrogates are escaped as they are)
     */
    public static void string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append('"');
    }

    /**
     * Reads an event back from its canonical JSON (extra fields such as {@code seq}, {@code prev} and {@code mac} are
     * ignored).
     *
     * @param node a parsed JSON object
     * @return the event
     * @throws InvalidInputException naming the field that is missing or malformed
     */
    public static AuditEvent fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("audit record: not a JSON object");
        }
        JsonNode actor = node.path("actor");
        Map<String, String> details = new LinkedHashMap<>();
        node.path("details").fields().forEachRemaining(e -> details.put(e.getKey(), e.getValue().asText()));
        Set<String> sensitive = new LinkedHashSet<>();
        node.path("sensitiveKeys").forEach(k -> sensitive.add(k.asText()));
        try {
            return new AuditEvent(text(node, "id"), Instant.parse(text(node, "time")),
                    AuditEventType.valueOf(text(node, "type")), Outcome.valueOf(text(node, "outcome")),
                    new Actor(text(actor, "principalId"), PrincipalKind.valueOf(text(actor, "kind")),
                            text(actor, "authenticationMethod"), actor.path("mfa").asBoolean(false)),
                    text(node, "sourceAddress"), text(node, "project"), text(node, "resource"),
                    text(node, "correlationId"), details, sensitive);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("audit record: a field has an unknown value (" + e.getClass().getSimpleName()
                    + "); expected an event written by Warden", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidInputException("audit record: field '" + field + "' is missing or not text");
        }
        return value.asText();
    }
}

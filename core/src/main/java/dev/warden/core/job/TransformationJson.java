package dev.warden.core.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.deid.Transformation;
import java.time.LocalDate;

/**
 * Explicit transformations in a job spec: {@code {"kind": "date-shift", "maxDays": 30}}. Interim codec covering the
 * common kinds until the de-identification engine's codec is wired in.
 */
final class TransformationJson {

    private TransformationJson() {
    }

    static Transformation read(JsonNode node, String source, String path) {
        if (node == null || !node.isObject() || !node.path("kind").isTextual()) {
            throw new ConfigurationException("job spec " + source + ", " + path + ": expected an object with a \"kind\"");
        }
        String kind = node.get("kind").asText();
        try {
            return switch (kind) {
                case "keep" -> new Transformation.Keep();
                case "suppress" -> new Transformation.Suppress();
                case "redact" -> new Transformation.Redact();
                case "replace" -> new Transformation.Replace(node.path("value").asText(""));
                case "mask" -> new Transformation.CharacterMask(node.path("keepFirst").asInt(0), node.path("keepLast").asInt(0),
                        node.path("mask").asText("*").codePointAt(0), node.path("keepSeparators").asBoolean(true));
                case "hmac" -> Transformation.KeyedHash.hex();
                case "token" -> new Transformation.KeyedToken(node.path("prefix").asText(""));
                case "date-year" -> new Transformation.DateToYear();
                case "date-month" -> new Transformation.DateToMonth();
                case "date-shift" -> new Transformation.DateShift(node.path("maxDays").asInt(365));
                case "birth-year" -> new Transformation.BirthDateToYear(LocalDate.parse(node.path("asOf").asText()));
                case "zip3" -> Transformation.ZipToThreeDigits.census2000();
                default -> throw new ConfigurationException("unknown kind");
            };
        } catch (WardenException | java.time.DateTimeException e) {
            throw new ConfigurationException("job spec " + source + ", " + path + ": " + e.getMessage());
        }
    }

    static JsonNode write(Transformation t) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("kind", t.kind());
        if (t instanceof Transformation.Replace r) {
            n.put("value", r.value());
        } else if (t instanceof Transformation.DateShift d) {
            n.put("maxDays", d.maxDays());
        } else if (t instanceof Transformation.BirthDateToYear b) {
            n.put("asOf", b.asOf().toString());
        } else if (t instanceof Transformation.KeyedToken k) {
            n.put("prefix", k.prefix());
        }
        return n;
    }
}

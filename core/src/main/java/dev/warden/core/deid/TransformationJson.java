package dev.warden.core.deid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.deid.Alphabet;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.HashEncoding;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.PseudonymDictionary;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.Transformation;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes a {@link Transformation} as a JSON object, for job specifications. The {@code kind} field names
 * the transformation (the names of {@code warden transform --kind}); the other fields, all optional unless said:
 *
 * <table>
 * <caption>fields per kind</caption>
 * <tr><th>kind</th><th>fields (default)</th></tr>
 * <tr><td>keep, suppress, redact, date-year, date-month</td><td>none</td></tr>
 * <tr><td>replace</td><td>{@code value} (a constant) or {@code label} (an identifier type, e.g. {@code SSN}, giving
 *     {@code <SSN>}); one of them required</td></tr>
 * <tr><td>mask</td><td>{@code keepFirst} (0), {@code keepLast} (0), {@code maskChar} ("*"), {@code keepSeparators}
 *     (true)</td></tr>
 * <tr><td>hmac</td><td>{@code encoding} ("hex" or "base64url"; "hex"), {@code length} (0 = all), {@code prefix}
 *     ("")</td></tr>
 * <tr><td>ff1, ff3-1</td><td>{@code alphabet} (a name: digits, hex, upper, lower, base36, alphanumeric; or
 *     {@code {"chars": "..."}}) or {@code radix} (2-62); default digits; {@code tweak} (hex, ""; 14 digits required
 *     for ff3-1); {@code smallDomain} ("reject" or "mask"; "reject")</td></tr>
 * <tr><td>pseudonym</td><td>{@code dictionary} (required: first-name, last-name, full-name, city, county,
 *     street-address, email, organization)</td></tr>
 * <tr><td>token</td><td>{@code prefix} ("")</td></tr>
 * <tr><td>birth-year</td><td>{@code asOf} (ISO date, required)</td></tr>
 * <tr><td>date-shift</td><td>{@code maxDays} (365)</td></tr>
 * <tr><td>date-range</td><td>{@code years} (required)</td></tr>
 * <tr><td>bucket</td><td>{@code width} (required, a number)</td></tr>
 * <tr><td>ranges</td><td>{@code bounds} (required, array of numbers)</td></tr>
 * <tr><td>zip3</td><td>{@code restricted} (array of three-digit strings; the 17 areas of the 2000 census)</td></tr>
 * <tr><td>age</td><td>{@code maxAge} (89), {@code label} ("90+")</td></tr>
 * <tr><td>hierarchy</td><td>{@code file} (required; ARX CSV, relative to the base directory), {@code level}
 *     (required)</td></tr>
 * </table>
 *
 * Unknown fields are refused. Errors are {@link ConfigurationException}s naming the path of the field.
 */
public final class TransformationJson {

    /** The kind names, in the order of the table above. */
    public static final List<String> KINDS = List.of("keep", "suppress", "redact", "replace", "mask", "hmac", "ff1",
            "ff3-1", "pseudonym", "token", "date-year", "birth-year", "date-shift", "date-month", "date-range",
            "bucket", "ranges", "zip3", "age", "hierarchy");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TransformationJson() {
    }

    /**
     * @param json a JSON object text
     * @return the transformation (a hierarchy file is resolved against the working directory)
     */
    public static Transformation parse(String json) {
        try {
            return parse(MAPPER.readTree(json), "transformation", Path.of(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigurationException("transformation: not valid JSON (line "
                    + e.getLocation().getLineNr() + ")");
        }
    }

    /**
     * @param node the JSON object
     * @param path where the object is, for messages, e.g. {@code tables[0].columns.SSN}
     * @param baseDir the directory hierarchy files are resolved against
     * @return the transformation
     * @throws ConfigurationException naming {@code path} and the field when the object is not a valid transformation
     */
    public static Transformation parse(JsonNode node, String path, Path baseDir) {
        if (node == null || !node.isObject()) {
            throw new ConfigurationException(path + ": must be an object with a \"kind\"");
        }
        Fields f = new Fields(node, path);
        String kind = f.text("kind", null);
        if (kind == null) {
            throw new ConfigurationException(path + ".kind: missing; one of " + String.join(", ", KINDS));
        }
        try {
            Transformation t = switch (kind) {
                case "keep" -> new Transformation.Keep();
                case "suppress" -> new Transformation.Suppress();
                case "redact" -> new Transformation.Redact();
                case "replace" -> replace(f);
                case "mask" -> new Transformation.CharacterMask(f.integer("keepFirst", 0), f.integer("keepLast", 0),
                        maskChar(f), f.bool("keepSeparators", true));
                case "hmac" -> new Transformation.KeyedHash(encoding(f), f.integer("length", 0), f.text("prefix", ""));
                case "ff1", "ff3-1" -> new Transformation.FormatPreservingEncryption(
                        kind.equals("ff1") ? FpeAlgorithm.FF1 : FpeAlgorithm.FF3_1, alphabet(f), f.text("tweak", ""),
                        smallDomain(f));
                case "pseudonym" -> new Transformation.Pseudonym(PseudonymDictionary.of(f.required("dictionary")));
                case "token" -> new Transformation.KeyedToken(f.text("prefix", ""));
                case "date-year" -> new Transformation.DateToYear();
                case "birth-year" -> new Transformation.BirthDateToYear(date(f, "asOf"));
                case "date-shift" -> new Transformation.DateShift(f.integer("maxDays", 365));
                case "date-month" -> new Transformation.DateToMonth();
                case "date-range" -> new Transformation.DateToRange(f.requiredInteger("years"));
                case "bucket" -> new Transformation.NumericBucket(f.decimal("width"));
                case "ranges" -> new Transformation.NumericRanges(f.decimals("bounds"));
                case "zip3" -> new Transformation.ZipToThreeDigits(f.has("restricted") ? f.strings("restricted")
                        : Transformation.ZipToThreeDigits.CENSUS_2000_RESTRICTED);
                case "age" -> new Transformation.AgeTopCode(f.integer("maxAge", 89), f.text("label", "90+"));
                case "hierarchy" -> hierarchy(f, baseDir);
                default -> throw new ConfigurationException(path + ".kind: unknown kind; one of "
                        + String.join(", ", KINDS));
            };
            f.rejectUnknown();
            return t;
        } catch (ConfigurationException e) {
            throw e;
        } catch (WardenException e) {
            throw new ConfigurationException(path + ": " + e.getMessage(), e);
        }
    }

    private static Transformation replace(Fields f) {
        if (f.has("label")) {
            String label = f.text("label", "");
            for (IdentifierType type : IdentifierType.values()) {
                if (type.label().equals(label) || type.name().equals(label)) {
                    return Transformation.Replace.label(type);
                }
            }
            throw new ConfigurationException(f.path + ".label: not an identifier type label (e.g. SSN, NAME, EMAIL)");
        }
        return new Transformation.Replace(f.required("value"));
    }

    private static int maskChar(Fields f) {
        String s = f.text("maskChar", "*");
        if (s.codePointCount(0, s.length()) != 1) {
            throw new ConfigurationException(f.path + ".maskChar: must be exactly one character");
        }
        return s.codePointAt(0);
    }

    private static HashEncoding encoding(Fields f) {
        return switch (f.text("encoding", "hex")) {
            case "hex" -> HashEncoding.HEX;
            case "base64url" -> HashEncoding.BASE64URL;
            default -> throw new ConfigurationException(f.path + ".encoding: use hex or base64url");
        };
    }

    private static SmallDomainFallback smallDomain(Fields f) {
        return switch (f.text("smallDomain", "reject")) {
            case "reject" -> SmallDomainFallback.REJECT;
            case "mask" -> SmallDomainFallback.MASK;
            default -> throw new ConfigurationException(f.path + ".smallDomain: use reject or mask");
        };
    }

    private static Alphabet alphabet(Fields f) {
        if (f.has("radix")) {
            if (f.has("alphabet")) {
                throw new ConfigurationException(f.path + ": give alphabet or radix, not both");
            }
            return Alphabet.ofRadix(f.requiredInteger("radix"));
        }
        JsonNode a = f.node("alphabet");
        if (a == null) {
            return Alphabet.DIGITS;
        }
        if (a.isTextual()) {
            return Alphabet.named(a.asText());
        }
        if (a.isObject() && a.has("chars") && a.get("chars").isTextual() && a.size() == 1) {
            return new Alphabet(a.get("chars").asText());
        }
        throw new ConfigurationException(f.path + ".alphabet: a name (digits, hex, ...) or {\"chars\": \"...\"}");
    }

    private static LocalDate date(Fields f, String name) {
        try {
            return LocalDate.parse(f.required(name));
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(f.path + "." + name + ": not an ISO date (yyyy-MM-dd)");
        }
    }

    private static Transformation hierarchy(Fields f, Path baseDir) {
        String file = f.required("file");
        int level = f.requiredInteger("level");
        try {
            return new Transformation.HierarchyGeneralization(Hierarchies.read(baseDir.resolve(file)), level);
        } catch (UncheckedIOException e) {
            throw new ConfigurationException(f.path + ".file: cannot read " + file, e);
        }
    }

    /**
     * @param t a transformation
     * @return its JSON object; {@link #parse} of it gives an equal transformation (a hierarchy is written with its
     *     name as {@code file})
     */
    public static ObjectNode write(Transformation t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", t.kind());
        if (t instanceof Transformation.Replace r) {
            o.put("value", r.value());
        } else if (t instanceof Transformation.CharacterMask m) {
            o.put("keepFirst", m.keepFirst()).put("keepLast", m.keepLast())
                    .put("maskChar", new String(Character.toChars(m.maskCodePoint())))
                    .put("keepSeparators", m.keepSeparators());
        } else if (t instanceof Transformation.KeyedHash h) {
            o.put("encoding", h.encoding() == HashEncoding.HEX ? "hex" : "base64url").put("length", h.length())
                    .put("prefix", h.prefix());
        } else if (t instanceof Transformation.FormatPreservingEncryption e) {
            o.putObject("alphabet").put("chars", e.alphabet().characters());
            o.put("tweak", e.tweakHex()).put("smallDomain", e.smallDomain().name().toLowerCase(Locale.ROOT));
        } else if (t instanceof Transformation.Pseudonym p) {
            o.put("dictionary", p.dictionary().id());
        } else if (t instanceof Transformation.KeyedToken k) {
            o.put("prefix", k.prefix());
        } else if (t instanceof Transformation.BirthDateToYear b) {
            o.put("asOf", b.asOf().toString());
        } else if (t instanceof Transformation.DateShift s) {
            o.put("maxDays", s.maxDays());
        } else if (t instanceof Transformation.DateToRange r) {
            o.put("years", r.years());
        } else if (t instanceof Transformation.NumericBucket b) {
            o.put("width", b.width());
        } else if (t instanceof Transformation.NumericRanges r) {
            ArrayNode a = o.putArray("bounds");
            r.bounds().forEach(a::add);
        } else if (t instanceof Transformation.ZipToThreeDigits z) {
            ArrayNode a = o.putArray("restricted");
            z.restricted().stream().sorted().forEach(a::add);
        } else if (t instanceof Transformation.AgeTopCode a) {
            o.put("maxAge", a.maxAge()).put("label", a.label());
        } else if (t instanceof Transformation.HierarchyGeneralization h) {
            o.put("file", h.hierarchy().name()).put("level", h.level());
        }
        return o;
    }

    /** Field access that remembers which fields were read, so unknown ones can be refused. */
    private static final class Fields {
        final JsonNode node;
        final String path;
        final Set<String> read = new LinkedHashSet<>();

        Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        boolean has(String name) {
            return node.has(name);
        }

        JsonNode node(String name) {
            read.add(name);
            return node.get(name);
        }

        String text(String name, String fallback) {
            JsonNode v = node(name);
            if (v == null) {
                return fallback;
            }
            if (!v.isTextual()) {
                throw new ConfigurationException(path + "." + name + ": must be a string");
            }
            return v.asText();
        }

        String required(String name) {
            String v = text(name, null);
            if (v == null) {
                throw new ConfigurationException(path + "." + name + ": missing");
            }
            return v;
        }

        int integer(String name, int fallback) {
            JsonNode v = node(name);
            if (v == null) {
                return fallback;
            }
            if (!v.isInt()) {
                throw new ConfigurationException(path + "." + name + ": must be an integer");
            }
            return v.asInt();
        }

        int requiredInteger(String name) {
            if (!node.has(name)) {
                throw new ConfigurationException(path + "." + name + ": missing");
            }
            return integer(name, 0);
        }

        boolean bool(String name, boolean fallback) {
            JsonNode v = node(name);
            if (v == null) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw new ConfigurationException(path + "." + name + ": must be true or false");
            }
            return v.asBoolean();
        }

        BigDecimal decimal(String name) {
            JsonNode v = node(name);
            if (v == null || !v.isNumber()) {
                throw new ConfigurationException(path + "." + name + ": must be a number");
            }
            return v.decimalValue();
        }

        List<BigDecimal> decimals(String name) {
            JsonNode v = node(name);
            if (v == null || !v.isArray()) {
                throw new ConfigurationException(path + "." + name + ": must be an array of numbers");
            }
            List<BigDecimal> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isNumber()) {
                    throw new ConfigurationException(path + "." + name + ": must be an array of numbers");
                }
                out.add(e.decimalValue());
            }
            return out;
        }

        Set<String> strings(String name) {
            JsonNode v = node(name);
            if (v == null || !v.isArray()) {
                throw new ConfigurationException(path + "." + name + ": must be an array of strings");
            }
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw new ConfigurationException(path + "." + name + ": must be an array of strings");
                }
                out.add(e.asText());
            }
            return out;
        }

        void rejectUnknown() {
            read.add("kind");
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!read.contains(name)) {
                    throw new ConfigurationException(path + "." + name + ": unknown field for kind '"
                            + node.get("kind").asText() + "'");
                }
            }
        }
    }
}

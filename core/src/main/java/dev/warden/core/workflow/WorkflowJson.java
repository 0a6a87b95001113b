package dev.warden.core.workflow;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.core.job.JobSpec;
import dev.warden.secrets.SecretRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON forms of data sources, workflow versions and runs that the stores keep, and the canonical JSON a
 * workflow's content hash is computed over. Public for the stores of other modules (warden-jdbc).
 *
 * <p>Canonical JSON, after RFC 8785 (JSON Canonicalization Scheme) for the values workflow definitions hold: object
 * members sorted by name (UTF-16 code units), no insignificant white space, strings escaped as Jackson writes them,
 * integers in their shortest decimal form. A secret reference is written with its parameters sorted by name, so its
 * text does not depend on map order.
 */
public final class WorkflowJson {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private WorkflowJson() {
    }

    /** @return the canonical text of a JSON value (members sorted, no white space) */
    public static String canonical(JsonNode node) {
        try {
            return JSON.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * @return the compact text of a JSON value, members in their order (for storage: the order of a spec's tables is
     *     kept as written, while {@link #canonical} is for hashing)
     */
    public static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> members = new TreeMap<>();
            node.fields().forEachRemaining(e -> members.put(e.getKey(), sorted(e.getValue())));
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            members.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }

    /** @return the SHA-256 of the text's UTF-8 bytes, 64 lower-case hex digits */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** @return the text of a secret reference with its parameters sorted (stable across JVMs) */
    public static String reference(SecretRef ref) {
        StringBuilder out = new StringBuilder(ref.scheme()).append(':').append(ref.path());
        ref.field().ifPresent(f -> out.append('#').append(f));
        if (!ref.parameters().isEmpty()) {
            out.append('?');
            new TreeMap<>(ref.parameters()).forEach((k, v) -> out.append(k).append('=').append(v).append('&'));
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** @return {@code {"spec": {...}, "source": "...", "target": "...", "key": "...", "profile": "..."}} */
    public static ObjectNode definition(WorkflowDefinition d) {
        ObjectNode n = JSON.createObjectNode();
        n.set("spec", parse(d.spec().toJson(), "workflow spec"));
        n.put("source", d.source());
        n.put("target", d.target());
        n.put("key", reference(d.key()));
        d.profile().ifPresent(p -> n.put("profile", p));
        return n;
    }

    /**
     * @param node the form {@link #definition(WorkflowDefinition)} writes
     * @param where names it in messages (a file and path, a table and row)
     * @throws ConfigurationException naming {@code where} and the member that is wrong
     */
    public static WorkflowDefinition definition(JsonNode node, String where) {
        requireOnly(node, where, List.of("spec", "source", "target", "key", "profile"));
        try {
            JobSpec spec = JobSpec.parse(JSON.writeValueAsString(require(node, "spec", where)), where + ".spec");
            return new WorkflowDefinition(spec, text(node, "source", where), text(node, "target", where),
                    SecretRef.parse(text(node, "key", where)), optionalText(node, "profile", where));
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(where + ".spec: cannot be read", e);
        } catch (ConfigurationException e) {
            throw e;
        } catch (WardenException e) {
            throw new ConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    /** @return the data source as stored: project, name, location, role, and the credentials' references */
    public static ObjectNode dataSource(DataSource s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("project", s.project());
        n.put("name", s.name());
        n.put("location", s.location());
        n.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
        s.user().ifPresent(u -> n.put("user", reference(u)));
        s.password().ifPresent(p -> n.put("password", reference(p)));
        return n;
    }

    /** @throws ConfigurationException naming {@code where} and the member that is wrong */
    public static DataSource dataSource(JsonNode node, String where) {
        requireOnly(node, where, List.of("project", "name", "location", "role", "user", "password"));
        try {
            return new DataSource(text(node, "project", where), text(node, "name", where), text(node, "location", where),
                    DataSource.Role.parse(text(node, "role", where)),
                    optionalText(node, "user", where).map(SecretRef::parse),
                    optionalText(node, "password", where).map(SecretRef::parse));
        } catch (ConfigurationException e) {
            throw e;
        } catch (WardenException e) {
            throw new ConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    /** @return the version as stored; {@code definition} is {@code null} for a deletion */
    public static ObjectNode version(WorkflowVersion v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("project", v.project());
        n.put("name", v.name());
        n.put("version", v.version());
        n.put("author", v.author());
        n.put("at", v.at().toString());
        n.put("contentHash", v.contentHash());
        if (v.definition().isPresent()) {
            n.set("definition", definition(v.definition().get()));
        } else {
            n.putNull("definition");
        }
        return n;
    }

    /** @throws ConfigurationException naming {@code where} and the member that is wrong */
    public static WorkflowVersion version(JsonNode node, String where) {
        requireOnly(node, where, List.of("project", "name", "version", "author", "at", "contentHash", "definition"));
        JsonNode def = require(node, "definition", where);
        try {
            return new WorkflowVersion(text(node, "project", where), text(node, "name", where),
                    integer(node, "version", where), def.isNull() ? Optional.empty()
                    : Optional.of(definition(def, where + ".definition")), text(node, "author", where),
                    instant(node, "at", where), text(node, "contentHash", where));
        } catch (ConfigurationException e) {
            throw e;
        } catch (WardenException e) {
            throw new ConfigurationException(where + ": " + e.getMessage(), e);
        }
    }

    /** @return the run as stored, its report embedded as a JSON object */
    public static ObjectNode run(WorkflowRun r) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        n.put("project", r.project());
        n.put("workflow", r.workflow());
        n.put("version", r.version());
        n.put("actor", r.actor());
        n.put("dryRun", r.dryRun());
        n.put("started", r.started().toString());
        n.put("finished", r.finished().toString());
        n.put("status", r.status().name());
        n.put("rowsRead", r.rowsRead());
        n.put("rowsWritten", r.rowsWritten());
        r.error().ifPresent(e -> n.put("error", e));
        r.report().ifPresent(rep -> n.set("report", parse(rep, "run report")));
        return n;
    }

    /** @throws ConfigurationException naming {@code where} and the member that is wrong */
    public static WorkflowRun run(JsonNode node, String where) {
        requireOnly(node, where, List.of("id", "project", "workflow", "version", "actor", "dryRun", "started",
                "finished", "status", "rowsRead", "rowsWritten", "error", "report"));
        WorkflowRun.Status status;
        try {
            status = WorkflowRun.Status.valueOf(text(node, "status", where));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + ".status: expected SUCCEEDED or FAILED");
        }
        JsonNode report = node.path("report");
        return new WorkflowRun(text(node, "id", where), text(node, "project", where), text(node, "workflow", where),
                integer(node, "version", where), text(node, "actor", where), node.path("dryRun").asBoolean(false),
                instant(node, "started", where), instant(node, "finished", where), status,
                node.path("rowsRead").asLong(0), node.path("rowsWritten").asLong(0),
                optionalText(node, "error", where), report.isObject() ? Optional.of(text(report)) : Optional.empty());
    }

    /** @throws ConfigurationException naming {@code where} when the text is not JSON */
    public static JsonNode parse(String text, String where) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ConfigurationException(where + (loc == null ? "" : ", line " + loc.getLineNr() + " column "
                    + loc.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static void requireOnly(JsonNode node, String where, List<String> known) {
        if (node == null || !node.isObject()) {
            throw new ConfigurationException(where + ": expected a JSON object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigurationException(where + "." + k + ": unknown member; expected " + String.join(", ", known));
            }
        }
    }

    private static JsonNode require(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new ConfigurationException(where + "." + key + ": required");
        }
        return v;
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = require(node, key, where);
        if (!v.isTextual()) {
            throw new ConfigurationException(where + "." + key + ": expected text");
        }
        return v.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new ConfigurationException(where + "." + key + ": expected text");
        }
        return Optional.of(v.asText());
    }

    private static int integer(JsonNode node, String key, String where) {
        JsonNode v = require(node, key, where);
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ConfigurationException(where + "." + key + ": expected a whole number");
        }
        return v.asInt();
    }

    private static Instant instant(JsonNode node, String key, String where) {
        try {
            return Instant.parse(text(node, key, where));
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(where + "." + key + ": expected an ISO-8601 instant such as 2026-12-05T17:00:00Z");
        }
    }

    /** @return the elements of a JSON array member, or none when it is missing */
    static List<JsonNode> elements(JsonNode root, String key, String where) {
        JsonNode n = root.path(key);
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ConfigurationException(where + ": " + key + ": expected a list");
        }
        List<JsonNode> out = new ArrayList<>();
        n.forEach(out::add);
        return out;
    }

}

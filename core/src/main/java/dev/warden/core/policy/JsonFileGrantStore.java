package dev.warden.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.policy.Grant;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import dev.warden.policy.Subject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Keeps the policy in one JSON file, rewritten whole on every change (written to a temporary file in the same folder,
 * flushed to disk, then moved into place atomically, so a crash leaves the old or the new file, never a partial one).
 * For one process at a time; several processes share a policy through {@code dev.warden.jdbc.JdbcGrantStore} (warden-jdbc).
 *
 * <p>Format ({@code format} is required; every other member is optional; unknown members are refused):
 * <pre>{@code
 * {
 *   "format": "warden-policy/1",
 *   "version": 7,
 *   "users": ["alice", "bob"],
 *   "projects": ["clinical", "finance"],
 *   "groups": {"analysts": ["user:alice", "group:data-team"], "data-team": ["user:bob"]},
 *   "grants": [
 *     {"subject": "user:alice", "globalRole": "ADMINISTRATOR"},
 *     {"subject": "group:analysts", "project": "clinical", "projectRole": "EDITOR"},
 *     {"subject": "user:bob", "project": "clinical", "permission": "REIDENTIFY"},
 *     {"subject": "user:mallory", "deny": "all", "reason": "suspended"},
 *     {"subject": "everyone", "project": "clinical", "resource": "data-source:clinical/legacy",
 *      "deny": ["DATA_SOURCE_READ"], "reason": "blocked: pending review"}
 *   ],
 *   "roleMapping": [{"prefix": "warden-editors-", "projectRoleFromSuffix": "EDITOR"}]
 * }
 * }</pre>
 * A missing file is an empty policy (created on the first change). Errors name the file and the member, e.g.
 * {@code policy.json: grants[3].projectRole: 'BOSS' is not one of [VIEWER, EDITOR, ADMIN, OWNER]}.
 */
public final class JsonFileGrantStore implements GrantStore {

    /** The value of the {@code format} member this version reads and writes. */
    public static final String FORMAT = "warden-policy/1";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;

    /** @param file the policy file; need not exist yet */
    public JsonFileGrantStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    @Override
    public PolicyState load() {
        JsonNode root;
        try {
            root = JSON.readTree(dev.warden.core.config.InputFiles.read(file,
                    dev.warden.core.config.InputFiles.MAX_POLICY_BYTES, "policy file"));
        } catch (OutOfMemoryError e) {
            throw new ConfigurationException(name() + ": does not fit in the memory given to this process");
        } catch (NoSuchFileException e) {
            return PolicyState.EMPTY;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ConfigurationException(name() + (loc == null ? "" : ", line " + loc.getLineNr() + " column "
                    + loc.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ConfigurationException(name() + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException(name() + ": expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        return parse(root, name());
    }

    static PolicyState parse(JsonNode root, String name) {
        for (var it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("format", "version", "users", "projects", "groups", "grants", "roleMapping").contains(k)) {
                throw new ConfigurationException(name + ": " + k + ": unknown member; expected format, version, users, "
                        + "projects, groups, grants, roleMapping");
            }
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationException(name + ": format: expected \"" + FORMAT + "\"");
        }
        PolicyState.Builder b = PolicyState.builder();
        JsonNode version = root.path("version");
        if (!version.isMissingNode() && !version.canConvertToExactIntegral()) {
            throw new ConfigurationException(name + ": version: expected a whole number");
        }
        b.version(version.asLong(0));
        try {
            for (String user : strings(root, "users", name)) {
                b.user(user);
            }
            for (String project : strings(root, "projects", name)) {
                b.project(project);
            }
        } catch (dev.warden.InvalidInputException e) {
            throw new ConfigurationException(name + ": " + e.getMessage(), e);
        }
        JsonNode groups = root.path("groups");
        if (!groups.isMissingNode()) {
            if (!groups.isObject()) {
                throw new ConfigurationException(name + ": groups: expected an object of group name to member list");
            }
            for (var it = groups.fields(); it.hasNext(); ) {
                var e = it.next();
                String where = name + ": groups." + e.getKey();
                try {
                    b.group(e.getKey());
                    if (!e.getValue().isArray()) {
                        throw new ConfigurationException(where + ": expected a list of user:<id> or group:<name>");
                    }
                    int i = 0;
                    for (JsonNode m : e.getValue()) {
                        Subject member = Subject.parse(m.asText());
                        if (member instanceof Subject.Everyone) {
                            throw new ConfigurationException(where + "[" + i + "]: a member is a user or a group");
                        }
                        b.member(e.getKey(), member);
                        i++;
                    }
                } catch (dev.warden.InvalidInputException ex) {
                    throw new ConfigurationException(where + ": " + ex.getMessage(), ex);
                }
            }
        }
        JsonNode grants = root.path("grants");
        if (!grants.isMissingNode()) {
            if (!grants.isArray()) {
                throw new ConfigurationException(name + ": grants: expected a list");
            }
            for (int i = 0; i < grants.size(); i++) {
                b.grant(GrantCodec.fromJson(grants.get(i), name + ": grants[" + i + "]"));
            }
        }
        if (root.has("roleMapping")) {
            ObjectNode holder = JSON.createObjectNode();
            holder.set("roleMapping", root.get("roleMapping"));
            b.roleMapping(RoleMapping.fromConfig(new JsonConfigNode(holder, name), "roleMapping"));
        }
        try {
            return b.build();
        } catch (ConfigurationException e) {
            throw new ConfigurationException(name + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode root, String key, String name) {
        JsonNode n = root.path(key);
        if (n.isMissingNode()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new ConfigurationException(name + ": " + key + ": expected a list of names");
        }
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw new ConfigurationException(name + ": " + key + "[" + i + "]: expected text");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }

    static ObjectNode toJson(PolicyState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", state.version());
        ArrayNode users = root.putArray("users");
        state.users().forEach(users::add);
        ArrayNode projects = root.putArray("projects");
        state.projects().forEach(projects::add);
        ObjectNode groups = root.putObject("groups");
        state.groups().forEach((g, members) -> {
            ArrayNode a = groups.putArray(g);
            members.forEach(m -> a.add(m.toString()));
        });
        ArrayNode grants = root.putArray("grants");
        for (Grant grant : state.grants()) {
            grants.add(GrantCodec.toJson(grant));
        }
        ArrayNode mapping = root.putArray("roleMapping");
        for (RoleMappingRule rule : state.roleMapping().rules()) {
            mapping.add(GrantCodec.toJson(rule));
        }
        return root;
    }

    @Override
    public void write(PolicyChange change, PolicyState next) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(toJson(next));
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(name() + ": cannot encode the policy", e);
        }
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and never read
                }
            }
            throw new ConfigurationException(name() + ": cannot be written (" + e.getClass().getSimpleName()
                    + "); the policy is unchanged", e);
        }
    }

    @Override
    public String describe() {
        return "JSON file " + file;
    }

    private String name() {
        return file.getFileName().toString();
    }

    /** @return the file this store reads and writes */
    public Path file() {
        return file;
    }

}

package dev.warden.core.auth.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.auth.totp.TotpAlgorithm;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shapes of accounts and keys, shared by the file store and the JDBC store's JSON columns.
 *
 * <p>Public for the JDBC user store in {@code warden-jdbc}; not an API for hosts.
 */
public final class StoreJson {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private StoreJson() {
    }

    public static ObjectNode user(LocalUser u) {
        ObjectNode n = JSON.createObjectNode();
        n.put("username", u.username());
        n.put("kind", u.kind().name());
        n.put("globalRole", u.globalRole().name());
        n.set("groups", strings(u.groups()));
        n.set("projectRoles", roles(u.projectRoles()));
        n.put("passwordHash", u.passwordHash());
        n.put("mustChangePassword", u.mustChangePassword());
        n.put("disabled", u.disabled());
        n.put("disabledReason", u.disabledReason());
        n.put("createdAt", u.createdAt().toString());
        n.put("passwordChangedAt", u.passwordChangedAt().toString());
        u.lastLoginAt().ifPresent(t -> n.put("lastLoginAt", t.toString()));
        u.mfa().ifPresent(m -> n.set("mfa", mfa(m)));
        n.put("version", u.version());
        return n;
    }

    static ObjectNode mfa(MfaEnrollment m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("algorithm", m.algorithm().name());
        n.put("digits", m.digits());
        n.put("secret", m.secretBase32());
        n.put("lastUsedStep", m.lastUsedStep());
        n.set("recoveryCodeHashes", strings(m.recoveryCodeHashes()));
        return n;
    }

    public static LocalUser user(JsonNode n) {
        return new LocalUser(text(n, "username"), PrincipalKind.valueOf(text(n, "kind")),
                GlobalRole.valueOf(text(n, "globalRole")), new LinkedHashSet<>(strings(n.path("groups"))),
                roles(n.path("projectRoles")), text(n, "passwordHash"), n.path("mustChangePassword").asBoolean(false),
                n.path("disabled").asBoolean(false), n.path("disabledReason").asText(""),
                Instant.parse(text(n, "createdAt")), Instant.parse(text(n, "passwordChangedAt")),
                optionalInstant(n, "lastLoginAt"), n.hasNonNull("mfa") ? Optional.of(mfa(n.get("mfa"))) : Optional.empty(),
                n.path("version").asLong(0));
    }

    static MfaEnrollment mfa(JsonNode n) {
        return new MfaEnrollment(TotpAlgorithm.valueOf(text(n, "algorithm")), n.path("digits").asInt(6),
                text(n, "secret"), n.path("lastUsedStep").asLong(Long.MIN_VALUE), strings(n.path("recoveryCodeHashes")));
    }

    static ObjectNode key(LocalApiKey k) {
        ObjectNode n = JSON.createObjectNode();
        n.put("keyId", k.keyId());
        n.put("account", k.account());
        n.put("sha256", k.sha256());
        n.set("projects", strings(k.projects()));
        n.put("roleCeiling", k.roleCeiling().name());
        n.put("createdAt", k.createdAt().toString());
        n.put("expiresAt", k.expiresAt().toString());
        k.revokedAt().ifPresent(t -> n.put("revokedAt", t.toString()));
        k.lastUsedAt().ifPresent(t -> n.put("lastUsedAt", t.toString()));
        return n;
    }

    static LocalApiKey key(JsonNode n) {
        return new LocalApiKey(text(n, "keyId"), text(n, "account"), text(n, "sha256"),
                new LinkedHashSet<>(strings(n.path("projects"))), ProjectRole.valueOf(text(n, "roleCeiling")),
                Instant.parse(text(n, "createdAt")), Instant.parse(text(n, "expiresAt")),
                optionalInstant(n, "revokedAt"), optionalInstant(n, "lastUsedAt"));
    }

    public static ArrayNode strings(java.util.Collection<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static ObjectNode roles(Map<String, ProjectRole> roles) {
        ObjectNode n = JSON.createObjectNode();
        roles.forEach((project, role) -> n.put(project, role.name()));
        return n;
    }

    static Map<String, ProjectRole> roles(JsonNode n) {
        Map<String, ProjectRole> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), ProjectRole.valueOf(e.getValue().asText())));
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v.asText();
    }

    static Optional<Instant> optionalInstant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(Instant.parse(n.get(field).asText())) : Optional.empty();
    }

    public static String toText(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
    }

    public static Set<String> setOf(List<String> list) {
        return new LinkedHashSet<>(list);
    }
}

package dev.warden.core.posture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.JsonFileUserStore;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.auth.local.PasswordPolicy;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A hardened production installation in a temporary folder: warden.json (LDAPS, OIDC, Vault over HTTPS, syslog over
 * TLS beside a JSON Lines log, PostgreSQL with sslmode=verify-full, every secret a vault: or keystore: reference), a
 * JSON user store with one break-glass owner (password changed, TOTP enrolled) and a service account with a 30-day
 * API key, a policy file, a verified audit log, and a job spec that keeps no identifier column.
 *
 * <p>Vault cannot run here: the audit key reference {@code vault:secret/warden#audit-key} is served by an in-memory
 * store standing in for Vault (the only fake).
 */
final class HardenedInstallation {

    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] AUDIT_SECRET = "posture-test-audit-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    /** Cheap Argon2id so tests stay fast; the posture check reads parameters from each stored hash. */
    static final LocalSettings FAST = new LocalSettings(new Argon2idParameters(64, 1, 1), PasswordPolicy.defaults(),
            Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");

    final Path dir;
    final Path users;
    final Path policy;
    final Path audit;
    final Path job;
    final ObjectNode config;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    HardenedInstallation(Path dir) throws IOException {
        this.dir = dir;
        this.users = dir.resolve("users.json");
        this.policy = dir.resolve("policy.json");
        this.audit = dir.resolve("audit");
        this.job = dir.resolve("job.json");
        Files.writeString(policy, """
                {"format": "warden-policy/1", "version": 1, "users": ["root", "alice"], "projects": ["clinical"],
                 "grants": [{"subject": "user:root", "globalRole": "OWNER"},
                            {"subject": "user:alice", "project": "clinical", "projectRole": "EDITOR"}]}
                """);
        Files.writeString(job, """
                {"name": "nightly", "profile": "hipaa-safe-harbor",
                 "tables": {"patients": {"primaryKey": "Id", "columns": {
                     "Id": {"action": "keep"}, "SSN": {"identifier": "SOCIAL_SECURITY_NUMBER"},
                     "BIRTHDATE": {"identifier": "DATE_OF_BIRTH"}, "HEALTHCARE_EXPENSES": {"action": "keep"}}}}}
                """);
        this.config = (ObjectNode) JSON.readTree("""
                {"environment": "production",
                 "auth": {"providers": [
                   {"type": "ldap", "name": "corporate-ad", "url": "ldaps://dc1.example.com:636",
                    "bindDn": "CN=warden,OU=Services,DC=example,DC=com", "bindPassword": "vault:secret/warden#ad-password",
                    "userBaseDn": "OU=Users,DC=example,DC=com"},
                   {"type": "oidc", "name": "sso", "issuer": "https://login.example.com/realms/main", "audiences": ["warden"]},
                   {"type": "local", "name": "local", "store": {"type": "json", "file": "%s"}}]},
                 "secrets": {"stores": {
                   "keystore": {"path": "/etc/warden/warden.keystore", "passphraseRef": "env:WARDEN_KEYSTORE_PASSPHRASE"},
                   "vault": {"address": "https://vault.example.com:8200",
                             "auth": {"method": "approle", "roleIdRef": "env:VAULT_ROLE_ID", "secretIdRef": "file:/run/secrets/vault-secret-id"}}}},
                 "audit": {"key": "vault:secret/warden#audit-key", "sinks": [
                   {"type": "jsonl", "directory": "%s", "retention": "400d"},
                   {"type": "syslog", "host": "siem.example.org", "port": 6514, "transport": "tls", "format": "ocsf"},
                   {"type": "jdbc", "url": "jdbc:postgresql://db.example.org/warden?sslmode=verify-full", "user": "warden",
                    "password": "vault:secret/warden#db-password", "retention": "800d"}]},
                 "policy": {"store": "file", "file": "%s"},
                 "posture": {"breakGlassAccounts": ["root"],
                   "jobs": [{"spec": "job.json", "source": "jdbc:postgresql://db.example.org/clinical?sslmode=verify-full&readOnly=true"}]}}
                """.formatted(json(users), json(audit), json(policy)));
        try (JsonFileUserStore store = new JsonFileUserStore(users);
             LocalAccounts accounts = new LocalAccounts(store, FAST, clock)) {
            accounts.addUser("root", GlobalRole.OWNER, "correct horse battery staple".toCharArray());
            accounts.enrollTotp("root");
            accounts.addServiceAccount("etl-bot", Map.of("clinical", ProjectRole.EDITOR));
            accounts.createApiKey("etl-bot", Set.of("clinical"), ProjectRole.VIEWER, Duration.ofDays(30));
            touch(store, "root", NOW.minus(Duration.ofDays(1)));
        }
        try (JsonlAuditSink sink = JsonlAuditSink.builder().directory(audit).chainKey(HmacChainKey.derive(AUDIT_SECRET)).open()) {
            sink.write(List.of(
                    AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("root", "password")).outcome(Outcome.SUCCESS).build(),
                    AuditEvent.builder(AuditEventType.DATA_SOURCE_READ).actor(Actor.user("alice", "ldap")).outcome(Outcome.SUCCESS).build()));
        }
    }

    private static String json(Path p) {
        return p.toString().replace("\\", "\\\\");
    }

    /** Sets an account's last login. */
    static void touch(JsonFileUserStore store, String name, Instant when) {
        store.modify(name, u -> new LocalUser(u.username(), u.kind(), u.globalRole(), u.groups(), u.projectRoles(),
                u.passwordHash(), u.mustChangePassword(), u.disabled(), u.disabledReason(), u.createdAt(),
                u.passwordChangedAt(), Optional.of(when), u.mfa(), u.version()));
    }

    /** Changes the user store. */
    void users(java.util.function.Consumer<LocalAccounts> change) {
        try (JsonFileUserStore store = new JsonFileUserStore(users);
             LocalAccounts accounts = new LocalAccounts(store, FAST, clock)) {
            change.accept(accounts);
        }
    }

    /** Replaces one account's stored record. */
    void user(String name, UnaryOperator<LocalUser> change) {
        try (JsonFileUserStore store = new JsonFileUserStore(users)) {
            store.modify(name, change);
        }
    }

    ObjectNode provider(int i) {
        return (ObjectNode) config.path("auth").path("providers").get(i);
    }

    ArrayNode sinks() {
        return (ArrayNode) config.path("audit").path("sinks");
    }

    ObjectNode posture() {
        return (ObjectNode) config.path("posture");
    }

    WardenConfiguration configuration() throws IOException {
        Path file = dir.resolve("warden.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(config));
        return WardenConfiguration.load(file);
    }

    /** A resolver whose vault: store is an in-memory stand-in (Vault cannot run in the test). */
    CachedSecretResolver secrets() {
        return CachedSecretResolver.builder().store("vault", ref -> {
            if (ref.toString().equals("vault:secret/warden#audit-key")) {
                return Secret.of(ref, AUDIT_SECRET.clone(), "1", NOW, Optional.empty());
            }
            throw new SecretNotFoundException("no such secret in the stand-in store");
        }).build();
    }

    PostureReport check() throws IOException {
        try (CachedSecretResolver resolver = secrets()) {
            return PostureCheck.builder(configuration()).secrets(resolver).clock(clock).build().evaluate();
        }
    }

    static PrincipalKind person() {
        return PrincipalKind.USER;
    }
}

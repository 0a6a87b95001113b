package dev.warden.core.posture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.auth.PrincipalKind;
import dev.warden.config.ConfigNode;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.LocalApiKey;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.auth.local.PasswordHasher;
import dev.warden.core.auth.local.UserStore;
import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.deid.detect.ColumnClassifier;
import dev.warden.core.job.ColumnRule;
import dev.warden.core.job.ColumnSpec;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSpec;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.core.policy.AccessReview;
import dev.warden.core.policy.GrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.policy.PolicyStores;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.core.secrets.ConfigurationSecrets;
import dev.warden.deid.IdentifierType;
import dev.warden.policy.GlobalRole;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Evaluates a {@code warden.json} — and, where configured or given, its user store, grants, API keys and audit log —
 * against the production hardening checklist, item by item (see {@link #ITEMS} and the README's "Security posture"
 * section). Reads only: it opens the stores the configuration names and changes nothing in them (a JSON user store
 * that does not exist is not created; a JDBC user store creates its tables if missing, as the local provider does).
 *
 * <pre>{@code
 * PostureReport report = PostureCheck.builder(WardenConfiguration.load(Path.of("warden.json")))
 *         .environment(Environment.PRODUCTION)
 *         .build().evaluate();
 * report.items().forEach(i -> System.out.println(i.status() + " " + i.title()));
 * }</pre>
 *
 * Sources of the items: NIST SP 800-53 Rev. 5 (IA-2, IA-5, AC-2, AC-6, AU-4, AU-5, AU-9, AU-11, SC-8, SC-12/28),
 * NIST SP 800-63B, OWASP ASVS 4.0.3, CIS Controls v8, HIPAA 45 CFR 164.312 and 164.514(b).
 */
public final class PostureCheck {

    /** The checklist items' ids, in report order. */
    public static final List<String> ITEMS = List.of("passwords.no-default", "mfa.privileged", "auth.sso",
            "tls.everywhere", "secrets.no-literal", "secrets.managed", "secrets.hardcoded", "rbac.enforced",
            "rbac.privileged-count", "accounts.inactive", "apikeys.expiry", "audit.enabled", "audit.fail-closed",
            "audit.sinks", "audit.retention", "audit.chain", "sources.read-only", "deid.keep-on-identifiers");

    private static final List<String> DEFAULT_PASSWORDS = List.of("changeme", "password", "admin", "warden", "secret");
    private static final Set<String> SSO_TYPES = Set.of("ldap", "oidc", "saml");
    private static final Set<String> DURABLE_SINKS = Set.of("jsonl", "jdbc");

    private final WardenConfiguration configuration;
    private final Environment environment;
    private final PostureSettings settings;
    private final Optional<UserStore> givenUsers;
    private final Optional<PolicyState> givenPolicy;
    private final Optional<SecretResolver> givenSecrets;
    private final Set<String> schemes;
    private final Clock clock;
    private final ClassLoader loader;

    private PostureCheck(Builder b) {
        this.configuration = b.configuration;
        this.environment = b.environment != null ? b.environment : b.configuration.environment();
        Path base = baseDirectory(configuration);
        this.settings = PostureSettings.from(configuration.section("posture"), environment, base);
        this.givenUsers = Optional.ofNullable(b.users);
        this.givenPolicy = Optional.ofNullable(b.policy);
        this.givenSecrets = Optional.ofNullable(b.secrets);
        this.clock = b.clock;
        this.loader = b.loader;
        Set<String> known = new TreeSet<>(PluginRegistry.discover(SecretStoreFactory.class, SecretStoreFactory::schemes,
                b.loader, List.of()).names());
        if (b.secrets != null) {
            known.addAll(b.secrets.schemes());
        }
        this.schemes = Set.copyOf(known);
    }

    /**
     * @param configuration the parsed configuration
     * @return a builder; the environment is the configuration's unless {@link Builder#environment} says otherwise
     */
    public static Builder builder(WardenConfiguration configuration) {
        return new Builder(Objects.requireNonNull(configuration, "configuration"));
    }

    /** @return the settings in force (the {@code posture} section over the environment's defaults) */
    public PostureSettings settings() {
        return settings;
    }

    /**
     * Evaluates every item.
     *
     * @return the report, one item per id of {@link #ITEMS}
     * @throws ConfigurationException if a section the items read is malformed (naming the setting), or a job spec
     *     cannot be read
     */
    public PostureReport evaluate() {
        List<PostureItem> items = new ArrayList<>();
        Accounts accounts = accounts();
        try {
            items.add(defaultPasswords(accounts));
            items.add(mfa(accounts));
            items.add(sso(accounts));
            items.add(tls());
            items.add(literalSecrets());
            items.add(managedSecrets());
            items.add(hardcoded());
            PolicyState policy = policy();
            items.add(rbac(policy));
            items.add(privilegedCount(policy, accounts));
            items.add(inactive(accounts));
            items.add(apiKeys(accounts));
            items.add(auditEnabled());
            items.add(auditFailClosed());
            items.add(auditSinks());
            items.add(auditRetention());
            items.add(auditChain());
            items.add(readOnlySources());
            items.add(keepOnIdentifiers());
        } finally {
            accounts.close();
        }
        return new PostureReport(environment, configuration.source(), clock.instant(), items);
    }

    // ---------------------------------------------------------------- accounts

    /** The local accounts and keys, or why they could not be read. */
    private record Accounts(Optional<UserStore> store, boolean owned, Optional<String> problem,
                            List<LocalUser> users, List<LocalApiKey> keys, List<String> providerTypes) {
        void close() {
            if (owned) {
                store.ifPresent(UserStore::close);
            }
        }
    }

    private Accounts accounts() {
        List<ConfigNode> providers = configuration.section("auth").children("providers");
        List<String> types = providers.stream().map(p -> p.string("type").orElse("?")).toList();
        Optional<UserStore> store = givenUsers;
        boolean owned = false;
        Optional<String> problem = Optional.empty();
        if (store.isEmpty()) {
            Optional<ConfigNode> local = providers.stream().filter(p -> p.string("type").orElse("").equals("local")).findFirst();
            if (local.isPresent()) {
                try {
                    Optional<ConfigNode> storeNode = local.get().child("store");
                    boolean missingFile = storeNode.flatMap(s -> s.string("type")).orElse("").equals("json")
                            && storeNode.flatMap(s -> s.string("file")).map(f -> !Files.exists(Path.of(f))).orElse(false);
                    if (!missingFile) {
                        store = Optional.of(LocalProviderFactory.openStore(local.get()));
                        owned = true;
                    }
                } catch (WardenException e) {
                    problem = Optional.of("the local user store could not be read: " + e.getMessage());
                }
            }
        }
        List<LocalUser> users = store.map(UserStore::list).orElse(List.of());
        List<LocalApiKey> keys = store.map(s -> s.keys("")).orElse(List.of());
        return new Accounts(store, owned, problem, users, keys, types);
    }

    private static boolean privileged(LocalUser u) {
        return u.globalRole() == GlobalRole.ADMINISTRATOR || u.globalRole() == GlobalRole.OWNER;
    }

    private static boolean activePerson(LocalUser u) {
        return !u.disabled() && u.kind() == PrincipalKind.USER;
    }

    private PostureItem defaultPasswords(Accounts a) {
        Item item = new Item("passwords.no-default", "No default or unchanged initial passwords", Severity.CRITICAL,
                "NIST SP 800-63B 5.1.1.2; OWASP ASVS 4.0.3 V2.1; CIS Controls v8 4.7");
        if (a.store.isEmpty()) {
            return item.notApplicable(a.problem.orElse("no local user store configured or given"));
        }
        PasswordHasher hasher = new PasswordHasher(Argon2idParameters.OWASP);
        for (LocalUser u : a.users) {
            if (!activePerson(u) || u.passwordHash().isEmpty()) {
                continue;
            }
            if (u.mustChangePassword()) {
                item.fail("account '" + u.username() + "' still has its generated initial password (never changed)");
            } else if (privileged(u) && knownPassword(hasher, u)) {
                item.fail("account '" + u.username() + "' has a default password (its name or a well-known one)");
            }
        }
        return item.result("have each account holder log in and change the password (the first login with a one-time "
                + "password requires it), or set a new one with 'warden users passwd NAME --must-change'");
    }

    /** Tries the account name and a few well-known defaults (administrators and owners only: Argon2id is slow). */
    private static boolean knownPassword(PasswordHasher hasher, LocalUser u) {
        List<String> candidates = new ArrayList<>(DEFAULT_PASSWORDS);
        candidates.add(0, u.username());
        for (String candidate : candidates) {
            char[] chars = candidate.toCharArray();
            try {
                if (hasher.verify(u.passwordHash(), chars)) {
                    return true;
                }
            } catch (RuntimeException e) {
                return false;
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        return false;
    }

    private PostureItem mfa(Accounts a) {
        Item item = new Item("mfa.privileged", "Administrators and owners enrolled in MFA", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 IA-2(1); NIST SP 800-63B AAL2; OWASP ASVS 4.0.3 V2.8; HIPAA 164.312(d)");
        if (environment == Environment.DEVELOPMENT) {
            return item.notApplicable("development does not require MFA");
        }
        if (a.store.isEmpty()) {
            return item.notApplicable(a.problem.orElse("no local user store configured or given (single sign-on "
                    + "providers report MFA from the identity provider)"));
        }
        for (LocalUser u : a.users) {
            if (activePerson(u) && privileged(u) && u.mfa().isEmpty()) {
                item.fail("account '" + u.username() + "' (global " + u.globalRole() + ") has no TOTP enrolled");
            }
        }
        return item.result("enrol each one with 'warden mfa enroll NAME'");
    }

    private PostureItem sso(Accounts a) {
        Item item = new Item("auth.sso", "SSO or LDAP configured; local accounts only as documented break-glass administrators",
                Severity.CRITICAL, "NIST SP 800-53 Rev. 5 AC-2(1), IA-2; CIS Controls v8 6.7");
        if (environment != Environment.PRODUCTION) {
            return item.notApplicable(environment.name().toLowerCase(Locale.ROOT) + " allows local accounts");
        }
        if (a.providerTypes.stream().noneMatch(t -> !t.equals("local"))) {
            item.fail("auth.providers has no ldap, oidc or saml provider (found: "
                    + (a.providerTypes.isEmpty() ? "none" : String.join(", ", a.providerTypes)) + ")");
        }
        for (LocalUser u : a.users) {
            if (activePerson(u) && !(settings.breakGlassAccounts().contains(u.username()) && privileged(u))) {
                item.fail("local account '" + u.username() + "' is not a documented break-glass administrator "
                        + "(posture.breakGlassAccounts)");
            }
        }
        return item.result("add an ldap, oidc or saml provider to auth.providers; keep local person accounts only for "
                + "break-glass administrators listed in posture.breakGlassAccounts, and disable the others");
    }

    // ---------------------------------------------------------------- TLS

    private PostureItem tls() {
        Item item = new Item("tls.everywhere", "TLS on every network connection", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 SC-8, SC-8(1); NIST SP 800-52 Rev. 2; HIPAA 164.312(e)(1)");
        int connections = 0;
        ConfigNode secrets = configuration.section("secrets");
        Optional<ConfigNode> vault = secrets.child("stores").flatMap(s -> s.child("vault"));
        if (vault.isPresent() && vault.get().has("address")) {
            connections++;
            String address = vault.get().string("address").orElse("");
            if (!address.toLowerCase(Locale.ROOT).startsWith("https://") && !loopbackAllowed(host(address))) {
                item.fail(vault.get().qualified("address") + ": Vault is not reached over https://");
            }
        }
        for (ConfigNode p : configuration.section("auth").children("providers")) {
            String type = p.string("type").orElse("");
            switch (type) {
                case "ldap" -> {
                    connections++;
                    String url = p.string("url").orElse("");
                    boolean ldaps = url.toLowerCase(Locale.ROOT).startsWith("ldaps://");
                    if (!ldaps && !p.booleanValue("startTls", false) && !loopbackAllowed(host(url))) {
                        item.fail(p.qualified("url") + ": plain LDAP; use ldaps:// or \"startTls\": true");
                    }
                }
                case "oidc" -> {
                    connections++;
                    httpsOnly(item, p, "issuer");
                }
                case "saml" -> {
                    connections++;
                    httpsOnly(item, p, "acsUrl");
                }
                case "local" -> p.child("store").filter(s -> s.string("type").orElse("").equals("jdbc"))
                        .ifPresent(s -> jdbc(item, s.qualified("url"), s.string("url").orElse("")));
                default -> { }
            }
            if (type.equals("local")) {
                connections += p.child("store").filter(s -> s.string("type").orElse("").equals("jdbc")).isPresent() ? 1 : 0;
            }
        }
        for (ConfigNode sink : configuration.section("audit").children("sinks")) {
            String type = sink.string("type").orElse("");
            if (type.equals("syslog")) {
                connections++;
                String transport = sink.string("transport").orElse("tls");
                if (!transport.equalsIgnoreCase("tls") && !loopbackAllowed(sink.string("host").orElse(""))) {
                    item.fail(sink.qualified("transport") + ": syslog over " + transport + "; use \"tls\" (RFC 5425)");
                }
            } else if (type.equals("jdbc")) {
                connections++;
                jdbc(item, sink.qualified("url"), sink.string("url").orElse(""));
            }
        }
        ConfigNode policySection = configuration.section("policy");
        if (policySection.string("store").orElse("").equals("jdbc")) {
            connections++;
            jdbc(item, policySection.qualified("url"), policySection.string("url").orElse(""));
        }
        java.util.Optional<ConfigNode> workflowStore = configuration.section("workflows").child("store")
                .filter(st -> st.string("type").orElse("").equals("jdbc"));
        if (workflowStore.isPresent()) {
            connections++;
            jdbc(item, workflowStore.get().qualified("url"), workflowStore.get().string("url").orElse(""));
        }
        for (PostureSettings.Job job : settings.jobs()) {
            if (job.source().isPresent() && job.source().get().startsWith("jdbc:")) {
                connections++;
                jdbc(item, job.path() + ".source", job.source().get());
            }
        }
        if (connections == 0) {
            return item.notApplicable("no network connection configured (Vault, LDAP, OIDC, SAML, syslog, databases)");
        }
        return item.result("use https:// for Vault and identity providers, ldaps:// or StartTLS for LDAP, syslog "
                + "\"transport\": \"tls\", and sslmode=verify-full on every PostgreSQL URL (H2 over the network: "
                + "jdbc:h2:ssl://)");
    }

    private void httpsOnly(Item item, ConfigNode node, String key) {
        String url = node.string(key).orElse("");
        if (!url.isEmpty() && !url.toLowerCase(Locale.ROOT).startsWith("https://") && !loopbackAllowed(host(url))) {
            item.fail(node.qualified(key) + ": not an https:// URL");
        }
    }

    /** A JDBC URL: PostgreSQL needs sslmode=verify-full; H2 over TCP is plaintext; other network databases unknown. */
    private void jdbc(Item item, String where, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            String mode = parameter(lower, "sslmode").orElse("");
            if (!mode.equals("verify-full") && !loopbackAllowed(host(url.substring("jdbc:".length())))) {
                item.fail(where + ": PostgreSQL without sslmode=verify-full" + (mode.isEmpty() ? "" : " (sslmode=" + mode + ")"));
            }
        } else if (lower.startsWith("jdbc:h2:tcp:")) {
            if (!loopbackAllowed(host(url.substring("jdbc:h2:".length())))) {
                item.fail(where + ": H2 over plaintext TCP; use jdbc:h2:ssl:// or an embedded database");
            }
        } else if (!lower.startsWith("jdbc:h2:") && lower.contains("://")) {
            item.fail(where + ": cannot confirm TLS for this database URL; use PostgreSQL with sslmode=verify-full");
        }
    }

    private static Optional<String> parameter(String url, String name) {
        for (String part : url.split("[?&;]")) {
            if (part.startsWith(name + "=")) {
                return Optional.of(part.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String host(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return "";
        }
        String rest = url.substring(start + 2);
        int at = rest.lastIndexOf('@', indexOfAny(rest, "/?#;"));
        if (at >= 0) {
            rest = rest.substring(at + 1);
        }
        int end = indexOfAny(rest, "/?#;");
        rest = rest.substring(0, end);
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            return close > 0 ? rest.substring(1, close) : rest;
        }
        int colon = rest.lastIndexOf(':');
        return colon >= 0 ? rest.substring(0, colon) : rest;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Development allows plaintext to the loopback interface only. */
    private boolean loopbackAllowed(String host) {
        if (environment != Environment.DEVELOPMENT) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    // ---------------------------------------------------------------- secrets

    private PostureItem literalSecrets() {
        Item item = new Item("secrets.no-literal", "No literal secret in the configuration", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 IA-5(7); OWASP ASVS 4.0.3 V2.10.4, V6.4.1; CWE-798");
        for (String path : ConfigurationSecrets.literalSecrets(configuration, schemes)) {
            item.fail(path + " holds a literal value");
        }
        return item.result("put the value in a secret store and write a reference instead, e.g. "
                + "\"${secret:vault:secret/app#db-password}\" or \"keystore:db-password\"");
    }

    private PostureItem managedSecrets() {
        Item item = new Item("secrets.managed", "Secrets only through a secret manager reference (vault:, keystore:, aws-sm:, azure-kv:, gcp-sm: or a plug-in)",
                Severity.ADVISORY, "NIST SP 800-53 Rev. 5 SC-12, SC-28; OWASP ASVS 4.0.3 V6.4.1");
        if (environment != Environment.PRODUCTION) {
            return item.notApplicable(environment.name().toLowerCase(Locale.ROOT) + " allows env: and file: references");
        }
        List<String> refs = new ArrayList<>();
        walk(configuration.root().json(), "", (path, name, value) -> {
            if (path.equals("secrets") || path.startsWith("secrets.")) {
                return; // a store's own bootstrap credentials (keystore passphrase, Vault token) come from env:/file:
            }
            for (String ref : references(name, value)) {
                try {
                    String scheme = SecretRef.parse(ref).scheme();
                    if (scheme.equals("env") || scheme.equals("file")) {
                        item.fail(path + " uses a " + scheme + ": reference");
                    }
                    refs.add(path);
                } catch (InvalidInputException e) {
                    // not a reference: the literal-secret item reports it
                }
            }
        });
        if (refs.isEmpty()) {
            return item.notApplicable("no secret reference outside the secrets section");
        }
        return item.result("keep the secret in a secret manager (Vault, AWS Secrets Manager, Azure Key Vault, Google "
                + "Secret Manager or the Warden keystore) and refer to it as vault:..., aws-sm:..., azure-kv:..., "
                + "gcp-sm:... or keystore:...; "
                + "env: and file: are for the secret stores' own bootstrap credentials");
    }

    private List<String> references(String name, String value) {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = value.indexOf("${secret:", from);
            if (start < 0) {
                break;
            }
            int end = value.indexOf('}', start);
            if (end < 0) {
                break;
            }
            out.add(value.substring(start + "${secret:".length(), end));
            from = end + 1;
        }
        if (out.isEmpty() && ConfigurationSecrets.isSensitiveName(name)) {
            out.add(value);
        }
        return out;
    }

    private PostureItem hardcoded() {
        Item item = new Item("secrets.hardcoded", "No hard-coded credential in the configuration (token prefixes, "
                + "passwords in URLs, high-entropy strings)", Severity.CRITICAL,
                "CWE-798; OWASP ASVS 4.0.3 V2.10.4; NIST SP 800-53 Rev. 5 IA-5(7)");
        walk(configuration.root().json(), "", (path, name, value) -> {
            if (value.contains("${secret:")) {
                return;
            }
            CredentialPatterns.match(value).ifPresent(kind -> item.fail(path + ": looks like a " + kind));
        });
        return item.result("remove the credential from the file, revoke it (it has been exposed), store the new one in "
                + "a secret store and write a reference");
    }

    private interface Visitor {
        void text(String path, String name, String value);
    }

    private static void walk(JsonNode node, String path, Visitor visitor) {
        walk(node, path, "", visitor, 0);
    }

    private static void walk(JsonNode node, String path, String name, Visitor visitor, int depth) {
        if (depth > 64) {
            throw new ConfigurationException("configuration " + path + ": nested more than 64 levels deep");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                walk(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getKey(), visitor, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", name, visitor, depth + 1);
            }
        } else if (node.isTextual()) {
            visitor.text(path, name, node.textValue());
        }
    }

    // ---------------------------------------------------------------- RBAC and accounts

    private PolicyState policy() {
        if (givenPolicy.isPresent()) {
            return givenPolicy.get();
        }
        try (GrantStore store = PolicyStores.fromConfig(configuration.section("policy"))) {
            return store.load();
        } catch (WardenException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigurationException("configuration policy: the grant store could not be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private PostureItem rbac(PolicyState policy) {
        Item item = new Item("rbac.enforced", "RBAC in force: grants kept in a durable store (allow grants to everyone are refused by the engine)",
                Severity.CRITICAL, "NIST SP 800-53 Rev. 5 AC-3, AC-6; OWASP ASVS 4.0.3 V4.1");
        ConfigNode section = configuration.section("policy");
        if (givenPolicy.isEmpty() && section.string("store").orElse("memory").equals("memory")
                && !section.has("roleMapping") && environment == Environment.PRODUCTION) {
            item.fail("policy.store is memory: every grant is lost at restart, so none is in force");
        }
        if (policy.grants().isEmpty() && policy.roleMapping().rules().isEmpty() && environment == Environment.PRODUCTION) {
            item.fail("the policy holds no grant and no role mapping: nobody can be authorized");
        }
        return item.result("keep grants in a file or database (policy.store \"file\" or \"jdbc\") and grant "
                + "roles to users and groups (or map directory groups to roles with policy.roleMapping)");
    }

    private PostureItem privilegedCount(PolicyState policy, Accounts a) {
        Item item = new Item("rbac.privileged-count", "At most " + (settings.maxGlobalAdministrators() == Integer.MAX_VALUE
                ? "any number of" : String.valueOf(settings.maxGlobalAdministrators()))
                + " global owners and administrators", Severity.ADVISORY,
                "NIST SP 800-53 Rev. 5 AC-6(5); CIS Controls v8 5.4");
        Set<String> holders = new TreeSet<>();
        for (LocalUser u : a.users) {
            if (!u.disabled() && privileged(u)) {
                holders.add(u.username());
            }
        }
        try (RbacPolicyEngine engine = RbacPolicyEngine.open(new dev.warden.core.policy.InMemoryGrantStore(policy))) {
            for (AccessReview.Privileged p : AccessReview.of(engine, Optional.empty(), clock.instant()).privileged()) {
                if (p.rights().startsWith("global ")) {
                    holders.add(p.user());
                }
            }
        }
        if (settings.maxGlobalAdministrators() == Integer.MAX_VALUE) {
            return item.notApplicable(holders.size() + " global owners and administrators; "
                    + environment.name().toLowerCase(Locale.ROOT) + " sets no limit");
        }
        if (holders.size() > settings.maxGlobalAdministrators()) {
            item.fail(holders.size() + " hold global Owner or Administrator rights: " + String.join(", ", holders));
        } else {
            item.note(holders.size() + " hold global Owner or Administrator rights");
        }
        return item.result("give the others project roles instead (least privilege), or raise "
                + "posture.maxGlobalAdministrators if the number is intended");
    }

    private PostureItem inactive(Accounts a) {
        Item item = new Item("accounts.inactive", "No enabled account inactive for more than "
                + days(settings.inactivityLimit()), Severity.ADVISORY, "NIST SP 800-53 Rev. 5 AC-2(3); CIS Controls v8 5.3");
        if (settings.inactivityLimit().isZero()) {
            return item.notApplicable("posture.inactivityLimit is off in " + environment.name().toLowerCase(Locale.ROOT));
        }
        if (a.store.isEmpty()) {
            return item.notApplicable(a.problem.orElse("no local user store configured or given"));
        }
        Instant cutoff = clock.instant().minus(settings.inactivityLimit());
        for (LocalUser u : a.users) {
            if (u.disabled()) {
                continue;
            }
            Instant last = dev.warden.core.auth.local.LocalAccounts.lastActivity(u, a.keys); // as the sweep judges
            Optional<Instant> keyUse = a.keys.stream().filter(k -> k.account().equals(u.username()))
                    .flatMap(k -> k.lastUsedAt().stream()).max(Instant::compareTo);
            if (last.isBefore(cutoff)) {
                item.fail("account '" + u.username() + "' last active " + last + (u.lastLoginAt().isEmpty()
                        && keyUse.isEmpty() ? " (created, never used)" : ""));
            }
        }
        return item.result("disable them: 'warden users disable --inactive' (or 'warden users disable NAME')");
    }

    private PostureItem apiKeys(Accounts a) {
        Item item = new Item("apikeys.expiry", "Every API key expires within " + days(settings.apiKeyMaxLifetime()),
                Severity.ADVISORY, "NIST SP 800-53 Rev. 5 IA-5(1), AC-2(2); OWASP ASVS 4.0.3 V3.5");
        if (a.store.isEmpty()) {
            return item.notApplicable(a.problem.orElse("no local user store configured or given"));
        }
        Instant now = clock.instant();
        int active = 0;
        for (LocalApiKey k : a.keys) {
            if (!k.activeAt(now)) {
                continue;
            }
            active++;
            Duration lifetime = Duration.between(k.createdAt(), k.expiresAt());
            if (lifetime.compareTo(settings.apiKeyMaxLifetime()) > 0 || k.expiresAt().isAfter(now.plus(settings.apiKeyMaxLifetime()))) {
                item.fail("API key " + k.keyId() + " of '" + k.account() + "' lives " + days(lifetime) + " (until "
                        + k.expiresAt() + ")");
            }
        }
        if (active == 0) {
            return item.notApplicable("no active API key");
        }
        return item.result("create a replacement with 'warden apikey create ACCOUNT --expires-in 90d' and revoke the "
                + "long-lived key with 'warden apikey revoke ID'");
    }

    private static String days(Duration d) {
        return d.toDays() + " days";
    }

    // ---------------------------------------------------------------- audit

    private PostureItem auditEnabled() {
        Item item = new Item("audit.enabled", "Audit logging on (a key and at least one sink)", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 AU-2, AU-12; HIPAA 164.312(b)");
        ConfigNode audit = configuration.section("audit");
        if (environment == Environment.DEVELOPMENT && audit.keys().isEmpty()) {
            return item.notApplicable("development runs without an audit section");
        }
        if (audit.children("sinks").isEmpty()) {
            item.fail("audit.sinks is empty or missing");
        }
        if (!audit.has("key")) {
            item.fail("audit.key is missing: the hash chain needs a secret key");
        }
        try {
            dev.warden.core.audit.AuditPipeline.validate(audit, PluginRegistry.discover(
                    dev.warden.spi.audit.AuditSinkFactory.class, f -> List.of(f.type()), loader, List.of()), false);
        } catch (ConfigurationException e) {
            item.fail("the audit section is refused at start-up: " + e.getMessage());
        }
        return item.result("add an audit section with \"key\" (a secret reference) and sinks, e.g. jsonl and syslog");
    }

    private PostureItem auditFailClosed() {
        Item item = new Item("audit.fail-closed", "Audit fails closed (an action is refused when no sink records it)",
                Severity.CRITICAL, "NIST SP 800-53 Rev. 5 AU-5, AU-5(2)");
        String mode = configuration.section("audit").string("mode").orElse("fail-closed");
        if (environment != Environment.PRODUCTION) {
            return item.notApplicable(environment.name().toLowerCase(Locale.ROOT) + " allows best-effort (mode " + mode + ")");
        }
        if (!mode.equals("fail-closed")) {
            item.fail("audit.mode is " + mode);
        }
        return item.result("remove audit.mode or set it to \"fail-closed\"");
    }

    private PostureItem auditSinks() {
        Item item = new Item("audit.sinks", "At least " + settings.minAuditSinks() + " audit sink"
                + (settings.minAuditSinks() == 1 ? "" : "s") + ", one of them durable (jsonl or jdbc)", Severity.ADVISORY,
                "NIST SP 800-53 Rev. 5 AU-9(2), AU-4(1)");
        List<ConfigNode> sinks = configuration.section("audit").children("sinks");
        if (sinks.isEmpty() && environment == Environment.DEVELOPMENT) {
            return item.notApplicable("development runs without audit sinks");
        }
        if (sinks.size() < settings.minAuditSinks()) {
            item.fail(sinks.size() + " sink" + (sinks.size() == 1 ? "" : "s") + " configured");
        }
        if (sinks.stream().noneMatch(s -> DURABLE_SINKS.contains(s.string("type").orElse("")))) {
            item.fail("no durable sink (jsonl or jdbc): nothing can be verified later");
        }
        return item.result("add a second sink on another system (e.g. syslog over TLS to a SIEM beside a jsonl "
                + "directory): a hash chain cannot show records cut off its end");
    }

    private PostureItem auditRetention() {
        Item item = new Item("audit.retention", "Audit retention at least " + days(settings.minAuditRetention()),
                Severity.ADVISORY, "NIST SP 800-53 Rev. 5 AU-11; HIPAA 164.316(b)(2) (6 years for documentation)");
        List<ConfigNode> sinks = configuration.section("audit").children("sinks");
        boolean any = false;
        for (ConfigNode sink : sinks) {
            if (sink.has("retention")) {
                any = true;
                Duration retention = sink.duration("retention", Duration.ZERO);
                if (retention.compareTo(settings.minAuditRetention()) < 0) {
                    item.fail(sink.qualified("retention") + " is " + days(retention));
                }
            }
        }
        if (sinks.isEmpty()) {
            return item.notApplicable("no audit sink configured");
        }
        if (!any) {
            item.note("no sink deletes records (no retention set)");
        }
        return item.result("set retention to at least " + days(settings.minAuditRetention())
                + " (posture.minAuditRetention), or remove it to keep every record");
    }

    private PostureItem auditChain() {
        Item item = new Item("audit.chain", "Audit hash chain verifies", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 AU-9, AU-9(3)");
        if (!settings.verifyAuditChain()) {
            return item.notApplicable("posture.verifyAuditChain is false");
        }
        ConfigNode audit = configuration.section("audit");
        List<ConfigNode> logs = audit.children("sinks").stream()
                .filter(s -> s.string("type").orElse("").equals("jsonl") && s.has("directory")).toList();
        Optional<SecretRef> keyRef = audit.has("key") ? audit.secretRef("key") : Optional.empty();
        if (logs.isEmpty() || keyRef.isEmpty()) {
            return item.notApplicable("no jsonl audit log with a key configured (a jdbc log is verified by its sink)");
        }
        int verified = 0;
        for (ConfigNode log : logs) {
            Path directory = Path.of(log.requireString("directory"));
            if (!Files.isDirectory(directory)) {
                continue;
            }
            JsonlAuditReader reader = new JsonlAuditReader(directory, log.string("prefix").orElse("audit"));
            if (reader.files().isEmpty()) {
                continue;
            }
            HmacChainKey key;
            try {
                key = chainKey(keyRef.get());
            } catch (WardenException e) {
                return item.notApplicable("audit.key could not be resolved here, so the chain was not verified: "
                        + e.getMessage());
            }
            try {
                VerificationReport report = reader.verify(key);
                verified++;
                if (!report.intact() && !report.onlyTornTail()) {
                    item.fail(log.qualified("directory") + ": " + report.firstTampering()
                            .map(Object::toString).orElse("the chain does not verify"));
                } else {
                    item.note(log.qualified("directory") + ": " + report.records() + " records verified");
                }
            } finally {
                key.destroy();
            }
        }
        if (verified == 0) {
            return item.notApplicable("no audit record written yet");
        }
        return item.result("find the first damaged record with 'warden audit verify', restore the log from the second "
                + "sink or a backup, and investigate: the log was changed outside Warden");
    }

    private HmacChainKey chainKey(SecretRef ref) {
        SecretResolver resolver = givenSecrets.orElse(null);
        CachedSecretResolver owned = null;
        if (resolver == null) {
            owned = CachedSecretResolver.builder()
                    .plugins(PluginRegistry.discover(SecretStoreFactory.class, SecretStoreFactory::schemes, loader, List.of()))
                    .configuration(configuration.section("secrets"))
                    .production(environment == Environment.PRODUCTION).build();
            resolver = owned;
        }
        try (Secret secret = resolver.resolve(ref)) {
            byte[] bytes = dev.warden.core.secrets.KeyMaterial.decode(ref, secret, "configuration audit.key");
            try {
                return HmacChainKey.derive(bytes);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("configuration audit.key: " + e.getMessage());
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } finally {
            if (owned != null) {
                owned.close();
            }
        }
    }

    // ---------------------------------------------------------------- data

    private PostureItem readOnlySources() {
        Item item = new Item("sources.read-only", "Source databases opened read-only", Severity.CRITICAL,
                "NIST SP 800-53 Rev. 5 AC-6, SI-7; least privilege");
        int sources = 0;
        for (PostureSettings.Job job : settings.jobs()) {
            if (job.source().isEmpty()) {
                continue;
            }
            sources++;
            String url = job.source().get();
            String lower = url.toLowerCase(Locale.ROOT);
            if (!job.readOnly()) {
                item.fail(job.path() + ".readOnly is false");
            }
            if (lower.contains("access_mode_data=rw")) {
                item.fail(job.path() + ".source: H2 ACCESS_MODE_DATA=rw opens the source writable");
            }
            if (lower.startsWith("jdbc:postgresql:") && parameter(lower, "readonlymode").orElse("").equals("ignore")) {
                item.fail(job.path() + ".source: readOnlyMode=ignore makes PostgreSQL ignore the read-only flag");
            }
        }
        if (sources == 0) {
            return item.notApplicable("no job source listed in posture.jobs (the job engine opens every JDBC source "
                    + "read-only)");
        }
        return item.result("remove the setting that makes the source writable; the job engine opens sources read-only "
                + "(Connection.setReadOnly, READ ONLY transactions, H2 ACCESS_MODE_DATA=r); also grant its database "
                + "user SELECT only");
    }

    private PostureItem keepOnIdentifiers() {
        Item item = new Item("deid.keep-on-identifiers", "No de-identification job keeps a column the detectors flag",
                Severity.CRITICAL, "HIPAA 45 CFR 164.514(b)(2); GDPR Art. 25, 32");
        if (settings.jobs().isEmpty()) {
            return item.notApplicable("no job spec listed in posture.jobs");
        }
        for (PostureSettings.Job job : settings.jobs()) {
            JobSpec spec = JobSpec.load(job.spec());
            for (TableSpec table : spec.tables()) {
                for (ColumnSpec column : table.columns()) {
                    if (column.rule() instanceof ColumnRule.Keep) {
                        Optional<IdentifierType> type = ColumnClassifier.byHeader(column.name());
                        boolean key = table.primaryKey().map(k -> k.equalsIgnoreCase(column.name())).orElse(false)
                                || table.foreignKey(column.name()).isPresent();
                        if (type.isPresent() && !key) {
                            item.fail(job.spec().getFileName() + ": " + table.name() + "." + column.name()
                                    + " is kept but looks like " + type.get());
                        }
                    }
                }
            }
        }
        return item.result("give the column an identifier type or a transformation (or drop it) in the job spec; "
                + "'warden classify' proposes one");
    }

    // ---------------------------------------------------------------- plumbing

    private static Path baseDirectory(WardenConfiguration configuration) {
        try {
            Path source = Path.of(configuration.source()).toAbsolutePath();
            if (Files.isRegularFile(source) && source.getParent() != null) {
                return source.getParent();
            }
        } catch (RuntimeException e) {
            // not a file name: relative paths start at the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    /** Collects one item's findings. */
    private static final class Item {
        final String id;
        final String title;
        final Severity severity;
        final String reference;
        final Set<String> findings = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
        boolean failed;

        Item(String id, String title, Severity severity, String reference) {
            this.id = id;
            this.title = title;
            this.severity = severity;
            this.reference = reference;
        }

        void fail(String finding) {
            failed = true;
            findings.add(finding);
        }

        void note(String note) {
            notes.add(note);
        }

        PostureItem notApplicable(String why) {
            return new PostureItem(id, title, PostureStatus.NOT_APPLICABLE, severity, List.of(why), "", reference);
        }

        PostureItem result(String remedy) {
            if (failed) {
                return new PostureItem(id, title, PostureStatus.FAIL, severity, List.copyOf(findings), remedy, reference);
            }
            return new PostureItem(id, title, PostureStatus.PASS, severity, notes, "", reference);
        }
    }

    /** Builds a {@link PostureCheck}. */
    public static final class Builder {
        private final WardenConfiguration configuration;
        private Environment environment;
        private UserStore users;
        private PolicyState policy;
        private SecretResolver secrets;
        private Clock clock = Clock.systemUTC();
        private ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : PostureCheck.class.getClassLoader();

        private Builder(WardenConfiguration configuration) {
            this.configuration = configuration;
        }

        /** @param environment evaluate as this environment instead of the configuration's */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** @param store the user store to check instead of the one the local provider names; not closed */
        public Builder userStore(UserStore store) {
            this.users = Objects.requireNonNull(store, "store");
            return this;
        }

        /** @param state the grants to check instead of those of the configured policy store */
        public Builder policy(PolicyState state) {
            this.policy = Objects.requireNonNull(state, "state");
            return this;
        }

        /** @param resolver resolves {@code audit.key} (default: a resolver built from the secrets section) */
        public Builder secrets(SecretResolver resolver) {
            this.secrets = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** @param clock the time inactivity and key lifetimes are measured at */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @param loader where secret store plug-ins are discovered */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * @return the check
         * @throws ConfigurationException if the {@code posture} section is wrong (naming the setting)
         */
        public PostureCheck build() {
            return new PostureCheck(this);
        }
    }
}

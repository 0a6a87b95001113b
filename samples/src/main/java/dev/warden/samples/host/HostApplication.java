package dev.warden.samples.host;

import dev.warden.WardenException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalIds;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalApiKey;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.Transformation;
import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.PolicyEngine;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import dev.warden.secrets.Secret;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A small host application that embeds Warden through its public API: the {@link Warden} facade, the types of
 * {@code warden-api}, and the engines the facade hands out. It builds Warden from a {@code warden.json}, creates a
 * user and a service account in the local provider's user store, authenticates both (password, API key), checks
 * permissions (one allowed, one denied), de-identifies one record in memory and a two-table data set with the job API,
 * and records audit events in Warden's tamper-evident audit log.
 *
 * <pre>
 * java -cp samples/target/warden.jar dev.warden.samples.host.HostApplication samples/host/warden.json
 * </pre>
 *
 * <p>The job specification ({@code job.json}) and the input tables ({@code data/}) are read from the configuration
 * file's folder; the job key from the secret reference given as second argument (default
 * {@value #DEFAULT_JOB_KEY}). Exit code 0 when every step did what it should, 1 on a usage error, 2 on bad configuration or input (a
 * secret reference that resolves to nothing included), 3 when
 * the de-identified output failed validation, 4 when authentication failed, 5 otherwise.
 */
public final class HostApplication {

    /** Where the job key is when no second argument names it. */
    public static final String DEFAULT_JOB_KEY = "env:WARDEN_JOB_KEY";

    static final String PROJECT = "clinic";
    static final String WORKFLOW = "deidentify-patients";
    static final String USER = "alice";
    static final String SERVICE_ACCOUNT = "etl-bot";

    /** Who the host application is in the audit log when it administers accounts and grants. */
    private static final Principal HOST_PRINCIPAL = new Principal("host-application", PrincipalKind.SERVICE_ACCOUNT,
            GlobalRole.ADMINISTRATOR, Set.of(), Map.of(), "embedded", false);
    private static final Actor HOST = Actor.of(HOST_PRINCIPAL);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A record as the host application holds it, the first patient of {@code data/patients.csv}: de-identified alone,
     * it must come out exactly as that row does in the de-identified table (same key, same consistency domains).
     */
    static final Map<String, String> RECORD = orderedMap(
            "Id", "982192b6-6843-4011-ef46-32caaf87d8a9",
            "SSN", "999-49-3983",
            "FIRST", "Alice368",
            "LAST", "Gleason633",
            "ZIP", "68504",
            "GENDER", "F");

    /** How each column of {@link #RECORD} is classified, as {@code job.json} classifies it; GENDER is kept. */
    private static final Map<String, IdentifierType> RECORD_COLUMNS = Map.of(
            "Id", IdentifierType.OTHER_UNIQUE_IDENTIFIER,
            "SSN", IdentifierType.SOCIAL_SECURITY_NUMBER,
            "FIRST", IdentifierType.GIVEN_NAME,
            "LAST", IdentifierType.FAMILY_NAME,
            "ZIP", IdentifierType.ZIP_CODE);

    private final PrintStream out;

    private HostApplication(PrintStream out) {
        this.out = out;
    }

    /**
     * @param args {@code <warden.json> [<job-key-reference>]}
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            System.err.println("usage: HostApplication <warden.json> [<job-key-reference, default "
                    + DEFAULT_JOB_KEY + ">]");
            System.exit(1);
        }
        int code;
        try {
            code = new HostApplication(System.out).run(Path.of(args[0]), args.length == 2 ? args[1] : DEFAULT_JOB_KEY);
        } catch (dev.warden.ConfigurationException | dev.warden.InvalidInputException
                 | dev.warden.secrets.SecretNotFoundException e) {
            System.err.println("error: " + e.getMessage());
            code = 2;
        } catch (dev.warden.auth.AuthenticationException e) {
            System.err.println("error: " + e.getMessage());
            code = 4;
        } catch (WardenException e) {
            System.err.println("error: " + e.getMessage());
            code = 5;
        }
        System.exit(code);
    }

    private int run(Path config, String jobKeyRef) {
        Path folder = config.toAbsolutePath().getParent();
        // 1. Build Warden from the configuration: plug-ins discovered, ${secret:...} resolved, engines built.
        try (Warden warden = Warden.builder().configuration(config).build()) {
            // The host's own events go to Warden's audit log (fail-closed: record() throws if no sink stored it).
            List<AuditEventType> recorded = new ArrayList<>();
            AuditLog audit = event -> {
                warden.auditLog().record(event);
                recorded.add(event.type());
            };
            out.println("1. Warden built from " + config + " (environment " + warden.environment().name().toLowerCase()
                    + "; secret stores " + warden.secretStores().names() + "; audit sinks "
                    + warden.auditLog().sinkNames() + ")");

            // 2. The local provider's user store: a person with a password, a service account with an API key.
            char[] password = newPassword();
            char[] apiKey;
            try (LocalAccounts accounts = warden.localAccounts("local", HOST)) {
                apiKey = createAccounts(accounts, password);
            }
            out.println("2. user store: person '" + USER + "' (password set), service account '" + SERVICE_ACCOUNT
                    + "' (API key for project " + PROJECT + ", ceiling viewer, 1 day)");

            // 3. Authenticate both, as a request from the host's own users would be.
            Principal alice;
            Principal bot;
            try (Credentials.Password credentials = new Credentials.Password(USER, password.clone());
                 Credentials.ApiKey key = new Credentials.ApiKey(apiKey.clone())) {
                alice = authenticated(warden.authenticate(AuthenticationRequest.from(credentials, "127.0.0.1")), USER);
                bot = authenticated(warden.authenticate(AuthenticationRequest.from(key, "127.0.0.1")), SERVICE_ACCOUNT);
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(apiKey, '\0');
            }
            out.println("3. authenticated: " + describe(alice) + "; " + describe(bot));

            // 4. Permissions: alice is an editor of the project; the bot's key is capped at viewer.
            grantEditor(warden, audit);
            PolicyEngine policy = warden.policy();
            ResourceRef workflow = ResourceRef.workflow(PROJECT, WORKFLOW);
            ResourceRef source = ResourceRef.dataSource(PROJECT, "patients");
            Decision aliceRuns = check(policy, audit, alice, Action.EXECUTE, workflow);
            Decision botReads = check(policy, audit, bot, Action.READ, source);
            Decision botRuns = check(policy, audit, bot, Action.EXECUTE, workflow);
            if (!aliceRuns.allowed() || !botReads.allowed() || botRuns.allowed()) {
                out.println("unexpected policy decisions");
                return 5;
            }

            // 5. De-identify one record and the data set, under the job key read through the secret resolver.
            try (Secret jobKey = warden.secrets().resolve(jobKeyRef)) {
                byte[] key = jobKey.bytes();
                try {
                    JobSpec spec = JobSpec.load(folder.resolve("job.json"));
                    Profile profile = Profiles.named(spec.profile(), spec.asOf().orElseThrow());
                    Deidentifier deidentifier = Deidentifiers.forProfile(profile, key);
                    out.println("5. record: " + format(deidentify(RECORD, profile, deidentifier)));
                    JobReport report = runJob(spec, folder.resolve("data"), Path.of("target", "warden-host", "out"),
                            key, alice, audit, workflow);
                    if (!report.validation().passed()) {
                        out.println("   validation failed: " + report.validation().failures());
                        return 3;
                    }
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
            out.println("7. audit log: the host recorded " + recorded + " to sinks " + warden.auditLog().sinkNames()
                    + ", beside Warden's own events (accounts, logins, secret reads)");
            return 0;
        }
    }

    private static char[] newPassword() {
        char[] alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return password;
    }

    /** Creates the accounts on the first run, resets them on the next; returns a fresh API key (caller wipes it). */
    private static char[] createAccounts(LocalAccounts accounts, char[] password) {
        Set<String> existing = Set.copyOf(accounts.list().stream().map(LocalUser::username).toList());
        if (existing.contains(USER)) {
            accounts.setPassword(USER, password, false);
        } else {
            accounts.addUser(USER, GlobalRole.MEMBER, password);
        }
        if (!existing.contains(SERVICE_ACCOUNT)) {
            accounts.addServiceAccount(SERVICE_ACCOUNT, Map.of(PROJECT, ProjectRole.EDITOR));
        }
        Instant now = Instant.now();
        for (LocalApiKey old : accounts.apiKeys(SERVICE_ACCOUNT)) {
            if (old.activeAt(now)) {
                accounts.revokeApiKey(old.keyId()); // keys of earlier runs: at most two may be active
            }
        }
        return accounts.createApiKey(SERVICE_ACCOUNT, Set.of(PROJECT), ProjectRole.VIEWER, Duration.ofDays(1)).key();
    }

    private static Principal authenticated(AuthenticationResult result, String who) {
        if (result instanceof AuthenticationResult.Success success) {
            return success.principal();
        }
        // Failure always says "authentication failed": the reason is in the audit log only.
        throw new dev.warden.auth.AuthenticationException(who + ": " + result.getClass().getSimpleName());
    }

    private static String describe(Principal principal) {
        return principal.id() + " (" + principal.kind() + ", " + principal.authenticationMethod()
                + (principal.projectRoles().isEmpty() ? "" : ", project roles " + principal.projectRoles()) + ")";
    }

    /** Makes {@link #USER} an editor of {@link #PROJECT}; Warden authorizes and records each change itself. */
    private static void grantEditor(Warden warden, AuditLog audit) {
        var engine = warden.policy();
        engine.createProject(HOST_PRINCIPAL, PROJECT); // the creator owns the project
        engine.grant(HOST_PRINCIPAL, new ProjectRoleGrant(new Subject.User(PrincipalIds.local(USER)), PROJECT, ProjectRole.EDITOR));
    }

    /** Checks one request and prints the decision; Warden records a denial as {@code ACCESS_DENIED} itself. */
    private Decision check(PolicyEngine policy, AuditLog audit, Principal principal, Action action, ResourceRef resource) {
        Decision decision;
        try {
            decision = policy.require(principal, action, resource);
        } catch (dev.warden.policy.AccessDeniedException e) {
            decision = e.decision();
        }
        out.println("4. policy: " + principal.id() + " " + action + " " + resource + ": "
                + (decision.allowed() ? "ALLOWED" : "DENIED") + " (" + decision.reason() + ")");
        return decision;
    }

    /** De-identifies one record column by column, in the consistency domains the job uses ({@code table.column}). */
    static Map<String, String> deidentify(Map<String, String> record, Profile profile, Deidentifier deidentifier) {
        Map<String, String> result = new LinkedHashMap<>();
        record.forEach((column, value) -> {
            IdentifierType type = RECORD_COLUMNS.get(column);
            if (type == null) {
                result.put(column, value); // not an identifier (job.json says "keep")
                return;
            }
            Transformation transformation = profile.transformationFor(type).orElseThrow();
            result.put(column, deidentifier.compile(transformation, ConsistencyDomain.of("patients", column)).apply(value));
        });
        return result;
    }

    private JobReport runJob(JobSpec spec, Path input, Path output, byte[] key, Principal runner, AuditLog audit,
                             ResourceRef workflow) {
        JobReport report;
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(output.toString(), Datasets.Format.CSV)) {
            report = DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, key)).build().run();
        } catch (RuntimeException e) {
            audit.record(AuditEvent.builder(AuditEventType.WORKFLOW_EXECUTED).outcome(Outcome.FAILURE)
                    .actor(Actor.of(runner)).project(PROJECT).resource(workflow)
                    .detail("error", e.getClass().getSimpleName()).build());
            throw e;
        }
        audit.record(AuditEvent.builder(AuditEventType.WORKFLOW_EXECUTED)
                .outcome(report.validation().passed() ? Outcome.SUCCESS : Outcome.FAILURE)
                .actor(Actor.of(runner)).project(PROJECT).resource(workflow)
                .detail("rowsRead", report.rowsRead()).detail("rowsWritten", report.rowsWritten())
                .detail("validation", report.validation().passed() ? "passed" : "failed").build());
        StringJoiner tables = new StringJoiner(", ");
        report.tables().forEach(t -> tables.add(t.name() + " " + t.rowsIn() + " -> " + t.rowsOut() + " rows"));
        out.println("6. table job '" + report.job() + "' (" + report.profile() + "): " + tables + "; validation "
                + (report.validation().passed() ? "passed" : "FAILED") + "; output in " + output);
        return report;
    }

    private static String format(Map<String, String> record) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        record.forEach((k, v) -> joiner.add(k + "=" + v));
        return joiner.toString();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}

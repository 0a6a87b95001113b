package dev.warden.samples.host;

import dev.warden.WardenException;
import dev.warden.audit.Actor;
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
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.ValidationFailedException;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.DataSources;
import dev.warden.core.workflow.WorkflowDefinition;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.workflow.Workflows;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.Transformation;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
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
 * user and a service account in the local provider's user store, authenticates both (password, API key), defines the
 * project's data sources and de-identification workflow, lets the service account read the workflow and be refused
 * running it, de-identifies one record in memory and runs the workflow on a two-table data set as the user. Every
 * governed operation (grants, data sources, workflow versions, the run, the denial) is authorized and recorded in
 * Warden's tamper-evident audit log by Warden itself: the host writes no audit event and checks no permission by hand.
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

            // 4. Permissions: alice is an editor of the project; the bot's key is capped at viewer. The project's data
            //    sources and workflow are defined through Warden, which authorizes and records each change.
            grantEditor(warden);
            JobSpec spec = JobSpec.load(folder.resolve("job.json"));
            defineWorkflow(warden, alice, spec, folder.resolve("data"), Path.of("target", "warden-host", "out"), jobKeyRef);
            Workflows workflows = warden.workflows();
            int version = workflows.find(bot, PROJECT, WORKFLOW).orElseThrow().version();
            out.println("4. policy: " + bot.id() + " READ workflow:" + PROJECT + "/" + WORKFLOW + ": ALLOWED (version "
                    + version + ")");
            try {
                workflows.run(bot, PROJECT, WORKFLOW);
                out.println("unexpected policy decision: the viewer key ran the workflow");
                return 5;
            } catch (AccessDeniedException e) {
                out.println("4. policy: " + bot.id() + " EXECUTE workflow:" + PROJECT + "/" + WORKFLOW + ": DENIED ("
                        + e.decision().reason() + "; recorded by Warden)");
            }

            // 5. De-identify one record in memory, under the job key read through the secret resolver.
            try (Secret jobKey = warden.secrets().resolve(jobKeyRef)) {
                byte[] key = jobKey.bytes();
                try {
                    Profile profile = Profiles.named(spec.profile(), spec.asOf().orElseThrow());
                    Deidentifier deidentifier = Deidentifiers.forProfile(profile, key);
                    out.println("5. record: " + format(deidentify(RECORD, profile, deidentifier)));
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }

            // 6. Run the workflow as alice: authorized (EXECUTE, READ on the source, UPDATE on the target), recorded.
            WorkflowRun run;
            try {
                run = workflows.run(alice, PROJECT, WORKFLOW);
            } catch (ValidationFailedException e) {
                out.println("   validation failed: " + e.report().validation().failures());
                return 3;
            }
            out.println("6. " + alice.id() + " ran workflow " + PROJECT + "/" + WORKFLOW + " version " + run.version()
                    + " (" + spec.profile() + "): " + run.rowsRead() + " rows read, " + run.rowsWritten()
                    + " written; validation passed; output in "
                    + Path.of("target", "warden-host", "out"));
            out.println("7. audit log: Warden recorded the grants, data sources, workflow version, denial and run to "
                    + "sinks " + warden.auditLog().sinkNames() + "; the host recorded nothing by hand");
            return 0;
        }
    }

    /** Defines the data sources (as the host, the project's owner) and the workflow (as its editor), once. */
    private static void defineWorkflow(Warden warden, Principal editor, JobSpec spec, Path input, Path output,
            String jobKeyRef) {
        DataSources dataSources = warden.dataSources();
        for (DataSource d : List.of(
                DataSource.of(PROJECT, "patients", input.toAbsolutePath().toString(), DataSource.Role.SOURCE),
                DataSource.of(PROJECT, "patients-deidentified", output.toAbsolutePath().toString(), DataSource.Role.TARGET))) {
            if (dataSources.find(HOST_PRINCIPAL, PROJECT, d.name()).isEmpty()) {
                dataSources.create(HOST_PRINCIPAL, d);
            }
        }
        WorkflowDefinition definition = WorkflowDefinition.of(spec, "patients", "patients-deidentified",
                SecretRef.parse(jobKeyRef));
        if (warden.workflows().find(editor, PROJECT, WORKFLOW).isPresent()) {
            warden.workflows().update(editor, PROJECT, WORKFLOW, definition);
        } else {
            warden.workflows().create(editor, PROJECT, WORKFLOW, definition);
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
    private static void grantEditor(Warden warden) {
        var engine = warden.policy();
        engine.createProject(HOST_PRINCIPAL, PROJECT); // the creator owns the project
        engine.grant(HOST_PRINCIPAL, new ProjectRoleGrant(new Subject.User(PrincipalIds.local(USER)), PROJECT, ProjectRole.EDITOR));
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

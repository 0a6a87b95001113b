package dev.warden.samples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalIds;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditExport;
import dev.warden.core.audit.ComplianceReport;
import dev.warden.core.audit.ExportFormat;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.job.JobProgress;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.Erasure;
import dev.warden.core.workflow.ErasurePlan;
import dev.warden.core.workflow.SubjectExport;
import dev.warden.core.workflow.WorkflowDefinition;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.workflow.WorkflowVersion;
import dev.warden.core.workflow.Workflows;
import dev.warden.jdbc.demo.DemoDataset;
import dev.warden.core.policy.GovernedPolicyEngine;
import dev.warden.core.posture.PostureCheck;
import dev.warden.core.posture.PostureItem;
import dev.warden.core.posture.PostureReport;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.Decision;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole platform end to end on embedded defaults only (H2 and files in a working folder), through the public
 * {@link Warden} facade and the real engines — what {@code warden demo} runs:
 * <ol>
 *   <li>an administrator created with a generated one-time password, which the first log-in forces to change, then
 *       enrolled in TOTP (RFC 6238); a log-in with the password and a wrong code is refused, with a code computed from
 *       the enrolled secret accepted (the {@code local} provider and its JSON user store);</li>
 *   <li>a project with an editor and a viewer ({@link Warden#policy()}), its two data sources defined by the
 *       administrator ({@link Warden#dataSources()}) and its de-identification workflow created by the editor
 *       ({@link Warden#workflows()}, version 1); the viewer's attempt to run it is denied and recorded as
 *       {@code ACCESS_DENIED} by Warden;</li>
 *   <li>the job key read through {@code keystore:deid-job-key} (Warden's encrypted keystore), audited as
 *       {@code SECRET_ACCESSED} with reference and version, never the value;</li>
 *   <li>a generated multi-table patient data set (invented people) de-identified by the workflow: a dry run on a
 *       subset of version 1, then version 2 ({@code hipaa-safe-harbor}) run from one H2 database into another and
 *       validated (no identifier left, every foreign key joins); then one patient's rows exported (GDPR Art. 15, 20)
 *       and erased (Art. 17) through {@link Warden#dataSubjects()} — every step authorized and recorded by Warden;</li>
 *   <li>the audit log (JSON Lines, HMAC-SHA256 hash chain, fail-closed) verified, exported as OCSF 1.1 and summarized
 *       as a compliance report;</li>
 *   <li>the posture of the configuration as it is (development) and what production would require.</li>
 * </ol>
 *
 * <p>Files in the working folder: {@code warden.json}, {@code keystore.key}, {@code warden.keystore},
 * {@code users.json}, {@code policy.json}, {@code audit/}, {@code audit-ocsf.jsonl}, {@code compliance-report.txt},
 * {@code posture-report.txt}, {@code posture-production.txt}, {@code source.mv.db}, {@code deidentified.mv.db},
 * {@code demo-spec.json}, {@code job-report.json}, {@code subject-export.json}. A folder given to {@link Builder#directory} is kept (it must be new
 * or empty); otherwise a temporary one is used and deleted at the end, also after a failure.
 *
 * <pre>{@code
 * DemoReport report = PlatformDemo.builder().directory(Path.of("demo")).onStep(s -> System.out.print(s.text()))
 *         .build().run();
 * }</pre>
 */
public final class PlatformDemo {

    /** The demo project. */
    public static final String PROJECT = "clinical";
    /** The de-identification workflow in {@link #PROJECT}. */
    public static final String WORKFLOW = "safe-harbor-export";
    /** The data source the workflow reads (role source). */
    public static final String SOURCE = "patients";
    /** The data source the workflow writes (role target). */
    public static final String TARGET = "patients-deidentified";
    /** The administrator's account name. */
    public static final String ADMINISTRATOR = "admin";
    /** The project editor's account name. */
    public static final String EDITOR = "erin";
    /** The project viewer's account name. */
    public static final String VIEWER = "victor";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!"
            .toCharArray();

    private final Path directory;
    private final int patients;
    private final long seed;
    private final Consumer<DemoReport.Step> onStep;
    private final JobProgress progress;

    private PlatformDemo(Builder b) {
        this.directory = b.directory;
        this.patients = b.patients;
        this.seed = b.seed;
        this.onStep = b.onStep;
        this.progress = b.progress;
    }

    /** @return a builder: temporary folder, 200 patients, seed 20240101 */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the six steps.
     *
     * @return what each step did
     * @throws ConfigurationException if the given folder is not empty
     * @throws AccessDeniedException if the editor is not authorized (the policy engine disagrees with the demo)
     * @throws IntegrityException if a step's outcome is not the expected one (a wrongly accepted log-in, a failed
     *     validation, a broken audit chain), naming the step
     */
    public DemoReport run() {
        Path dir;
        try {
            dir = directory != null ? directory : Files.createTempDirectory("warden-demo");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            return new Run(DemoInstallation.create(dir)).execute();
        } finally {
            if (directory == null) {
                deleteTree(dir);
            }
        }
    }

    /** The state of one run, step to step. */
    private final class Run {
        private final DemoInstallation installation;
        private final List<DemoReport.Step> steps = new ArrayList<>();
        private Principal administrator;
        private boolean wrongCodeRefused;
        private Principal editor;
        private Principal viewer;
        private Decision viewerDecision;
        private String keyVersion;
        private WorkflowRun dryRun;
        private WorkflowRun run;
        private Erasure erasure;
        private long stepStarted = System.nanoTime();

        Run(DemoInstallation installation) {
            this.installation = installation;
        }

        DemoReport execute() {
            HmacChainKey chainKey;
            try (Warden warden = Warden.builder().configuration(installation.config()).build()) {
                administrator(warden);
                project(warden);
                jobKey(warden);
                deidentify(warden);
                chainKey = auditChainKey(warden);
            } // closing flushes and closes the audit sinks
            try {
                Audited audited = audit(chainKey);
                Postures postures = posture();
                return new DemoReport(installation.dir, directory != null, steps, administrator, wrongCodeRefused,
                        viewerDecision, "keystore:" + DemoInstallation.JOB_KEY, keyVersion, dryRun, run, erasure,
                        audited.verification, audited.exported, audited.compliance, postures.development,
                        postures.production);
            } finally {
                chainKey.destroy();
            }
        }

        // ---- 1. administrator ----

        private void administrator(Warden warden) {
            List<String> lines = new ArrayList<>();
            // Bootstrap: the first administrator is created by the installation itself (the operator's role).
            try (LocalAccounts accounts = warden.localAccounts(DemoInstallation.LOCAL_PROVIDER, Actor.system())) {
                char[] oneTime = accounts.addUserWithOneTimePassword(ADMINISTRATOR, GlobalRole.ADMINISTRATOR);
                char[] password = newPassword();
                try {
                    lines.add("created administrator '" + ADMINISTRATOR + "' with a generated one-time password ("
                            + oneTime.length + " characters, shown once, never stored in clear)");
                    expect(1, login(warden, ADMINISTRATOR, oneTime, ""), AuthenticationResult.PasswordChangeRequired.class,
                            "the log-in with the one-time password must require a password change");
                    lines.add("log-in with the one-time password -> password change required");
                    accounts.changePassword(ADMINISTRATOR, oneTime, password);
                    lines.add("password changed to a new generated one (" + password.length + " characters, Argon2id "
                            + accounts.settings().argon2id().memoryKiB() + " KiB, " + accounts.settings().argon2id().iterations()
                            + " iterations)");
                    LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp(ADMINISTRATOR);
                    Totp totp = accounts.settings().totp();
                    lines.add("enrolled in TOTP (RFC 6238, " + totp.algorithm() + ", " + totp.digits() + " digits, 30 s): "
                            + "otpauth:// URI and " + enrollment.recoveryCodes().size() + " recovery codes issued once");
                    expect(1, login(warden, ADMINISTRATOR, password, ""), AuthenticationResult.MfaRequired.class,
                            "the log-in with the password alone must ask for the second factor");
                    lines.add("log-in with the password alone -> second factor required");
                    byte[] secret = totpSecret(enrollment.otpauthUri());
                    try {
                        long step = Totp.stepOf(Instant.now());
                        String wrong = wrongCode(totp, secret, step);
                        AuthenticationResult refused = login(warden, ADMINISTRATOR, password, wrong);
                        wrongCodeRefused = refused instanceof AuthenticationResult.Failure;
                        expect(1, refused, AuthenticationResult.Failure.class, "a wrong TOTP code must be refused");
                        lines.add("log-in with the password and a wrong TOTP code -> refused");
                        String code = totp.generate(secret, step);
                        administrator = expect(1, login(warden, ADMINISTRATOR, password, code),
                                AuthenticationResult.Success.class, "password and the current TOTP code must log in")
                                .principal();
                    } finally {
                        Arrays.fill(secret, (byte) 0);
                    }
                    lines.add("log-in with the password and the TOTP code computed from the enrolled secret -> "
                            + describe(administrator));
                } finally {
                    Arrays.fill(oneTime, '\0');
                    Arrays.fill(password, '\0');
                }
            }
            step(1, "Administrator: one-time password, password change, TOTP, log-in", lines);
        }

        // ---- 2. project, editor, viewer ----

        private void project(Warden warden) {
            List<String> lines = new ArrayList<>();
            GovernedPolicyEngine policy = warden.policy();
            policy.createProject(administrator, PROJECT); // authorized and recorded by Warden; the creator owns it
            lines.add("administrator created project '" + PROJECT + "' (allowed: global role ADMINISTRATOR) and owns it");
            char[] editorPassword = newPassword();
            char[] viewerPassword = newPassword();
            try (LocalAccounts byAdmin = warden.localAccounts(DemoInstallation.LOCAL_PROVIDER, Actor.of(administrator))) {
                for (String name : List.of(EDITOR, VIEWER)) {
                    policy.addUser(administrator, name);
                    byAdmin.addUser(name, GlobalRole.MEMBER, name.equals(EDITOR) ? editorPassword : viewerPassword);
                }
                policy.grant(administrator, new ProjectRoleGrant(Subject.user(PrincipalIds.local(EDITOR)), PROJECT, ProjectRole.EDITOR));
                policy.grant(administrator, new ProjectRoleGrant(Subject.user(PrincipalIds.local(VIEWER)), PROJECT, ProjectRole.VIEWER));
                // No role re-identifies: the administrator takes REIDENTIFY explicitly, a grant of its own that is recorded.
                policy.grant(administrator, new dev.warden.policy.PermissionGrant(Subject.user(administrator.id()), PROJECT,
                        dev.warden.policy.Permission.REIDENTIFY));
                lines.add("accounts '" + EDITOR + "' (project EDITOR) and '" + VIEWER + "' (project VIEWER) created with "
                        + "generated passwords; the administrator holds REIDENTIFY by an explicit grant (no role has it); "
                        + "grants recorded as PERMISSION_GRANTED (policy version " + policy.version() + ")");
                editor = expect(2, login(warden, EDITOR, editorPassword, ""), AuthenticationResult.Success.class,
                        "the editor must log in").principal();
                viewer = expect(2, login(warden, VIEWER, viewerPassword, ""), AuthenticationResult.Success.class,
                        "the viewer must log in").principal();
                lines.add("both logged in with their passwords");
            } finally {
                Arrays.fill(editorPassword, '\0');
                Arrays.fill(viewerPassword, '\0');
            }
            // The data sources and the workflow, each defined under the policy and recorded by Warden.
            warden.dataSources().create(administrator, DataSource.of(PROJECT, SOURCE, installation.sourceUrl(),
                    DataSource.Role.SOURCE));
            warden.dataSources().create(administrator, DataSource.of(PROJECT, TARGET, installation.targetUrl(),
                    DataSource.Role.TARGET));
            lines.add("administrator defined data sources '" + SOURCE + "' (source, opened read-only) and '" + TARGET
                    + "' (target); recorded as DATA_SOURCE_CREATED");
            WorkflowVersion v1 = warden.workflows().create(editor, PROJECT, WORKFLOW, definition(Optional.of("gdpr-erasure")));
            lines.add(EDITOR + " created workflow " + PROJECT + "/" + WORKFLOW + " version " + v1.version() + " (draft, "
                    + "profile gdpr-erasure, content hash " + v1.contentHash().substring(0, 12) + "...); recorded as "
                    + "WORKFLOW_CREATED");
            try {
                warden.workflows().run(viewer, PROJECT, WORKFLOW);
                throw new IntegrityException("demo step 2: the viewer was allowed to execute the workflow");
            } catch (AccessDeniedException e) {
                viewerDecision = e.decision();
            }
            lines.add(VIEWER + " runs workflow " + PROJECT + "/" + WORKFLOW + " -> DENIED (" + viewerDecision.reason()
                    + "); recorded as ACCESS_DENIED by Warden, nothing run");
            step(2, "Project '" + PROJECT + "': data sources and a versioned workflow; a viewer is denied", lines);
        }

        private WorkflowDefinition definition(Optional<String> profile) {
            return new WorkflowDefinition(JobSpec.parse(DemoDataset.spec(), DemoInstallation.SPEC), SOURCE, TARGET,
                    SecretRef.parse("keystore:" + DemoInstallation.JOB_KEY), profile);
        }

        // ---- 3. the job key ----

        private void jobKey(Warden warden) {
            SecretRef ref = SecretRef.parse("keystore:" + DemoInstallation.JOB_KEY);
            int length;
            try (Secret secret = warden.secrets().resolve(ref)) {
                byte[] key = secret.bytes();
                length = key.length;
                Arrays.fill(key, (byte) 0);
                keyVersion = secret.version();
            }
            step(3, "The job's secret key, read through a keystore: reference", List.of(
                    "read " + ref + " (Warden's encrypted keystore " + installation.dir.relativize(installation.keystore())
                            + ", AES-256-GCM, file key from file:keystore.key) -> version " + keyVersion + ", "
                            + length + " bytes",
                    "audited as SECRET_ACCESSED with the reference and version; the value is never printed or logged; "
                            + "the workflow resolves it the same way when it runs"));
        }

        // ---- 4. de-identification ----

        private void deidentify(Warden warden) {
            List<String> lines = new ArrayList<>();
            String source = installation.sourceUrl();
            String target = installation.targetUrl();
            long[] counts = DemoDataset.generate(source, patients, seed);
            lines.add(String.format(Locale.ROOT, "generated %d patients, %d encounters, %d conditions (invented people) "
                    + "into H2 %s", counts[0], counts[1], counts[2], "source.mv.db"));
            lines.add("before: " + firstPatient(source));
            Workflows workflows = warden.workflows();
            dryRun = workflows.dryRun(editor, PROJECT, WORKFLOW);
            lines.add(String.format(Locale.ROOT, "dry run of version %d on a %.0f%% subset: %s, %d rows read, target "
                    + "not written", dryRun.version(), Workflows.DRY_RUN_PERCENT, dryRun.status(), dryRun.rowsRead()));
            WorkflowVersion v2 = workflows.update(editor, PROJECT, WORKFLOW, definition(Optional.empty()));
            lines.add(EDITOR + " updated the workflow to version " + v2.version() + " (the spec's hipaa-safe-harbor "
                    + "profile); version 1 stays in its history; recorded as WORKFLOW_UPDATED");
            try {
                run = progress == null ? workflows.run(editor, PROJECT, WORKFLOW)
                        : workflows.run(editor, PROJECT, WORKFLOW, progress);
            } finally {
                workflows.runs(editor, PROJECT, WORKFLOW, 1).stream().flatMap(r -> r.report().stream())
                        .forEach(json -> write(installation.dir.resolve("job-report.json"), json));
            }
            lines.add("after:  " + firstPatient(target));
            JsonNode report = report(run);
            for (JsonNode t : report.path("tables")) {
                lines.add(String.format(Locale.ROOT, "%-10s %5d rows in, %5d out", t.path("name").asText(),
                        t.path("rowsIn").asLong(), t.path("rowsOut").asLong()));
            }
            for (JsonNode c : report.path("validation").path("checks")) {
                lines.add((c.path("passed").asBoolean() ? "ok   " : "FAIL ") + c.path("name").asText() + ": "
                        + c.path("detail").asText());
            }
            lines.add(String.format(Locale.ROOT, "validation %s; run %s of version %d by %s: %s in %d ms; recorded by "
                    + "Warden as WORKFLOW_EXECUTED (started, finished), DATA_SOURCE_READ, DATA_SOURCE_WRITTEN",
                    report.path("validation").path("passed").asBoolean() ? "passed" : "FAILED", run.id(), run.version(),
                    EDITOR, run.status(), Duration.between(run.started(), run.finished()).toMillis()));

            // A re-identification: a patient id as a test-data extract writes it (a reversible keyed token under the
            // job key) is turned back by the administrator for a stated purpose; Warden checks REIDENTIFY on the data
            // source and records REIDENTIFICATION_PERFORMED with counts, never the values.
            String patientId = firstPatientId(source);
            SecretRef jobKey = SecretRef.parse("keystore:" + DemoInstallation.JOB_KEY);
            dev.warden.deid.Transformation token = new dev.warden.deid.Transformation.KeyedToken("pt_");
            dev.warden.deid.ConsistencyDomain domain = dev.warden.deid.ConsistencyDomain.of("PATIENTS", "ID");
            String tokenized;
            try (Secret secret = warden.secrets().resolve(jobKey)) {
                byte[] key = secret.bytes();
                try {
                    tokenized = dev.warden.core.deid.Deidentifiers.create(key).compile(token, domain).apply(patientId);
                } finally {
                    Arrays.fill(key, (byte) 0);
                }
            }
            java.util.Map<String, List<String>> originals = warden.reidentification().reidentify(administrator,
                    dev.warden.policy.ResourceRef.dataSource(PROJECT, TARGET), jobKey, "INC-0001 clinician's query",
                    List.of(new dev.warden.core.workflow.ReversibleColumn("PATIENTS.ID", token, domain, List.of(tokenized))));
            if (!List.of(patientId).equals(originals.get("PATIENTS.ID"))) {
                throw new IntegrityException("demo step 4: the re-identified token is not the patient's id");
            }
            lines.add("re-identified one tokenized patient id for 'INC-0001 clinician's query' (REIDENTIFY on '" + TARGET
                    + "'); recorded as REIDENTIFICATION_PERFORMED with the column and a count, never the value");

            // A patient's request: access (Art. 15) and portability (Art. 20), then erasure (Art. 17).
            SubjectQuery patient = SubjectQuery.of("PATIENTS", patientId);
            SubjectExport export = warden.dataSubjects().export(administrator, PROJECT, SOURCE, patient,
                    "DSR-0001 access request");
            write(installation.dir.resolve("subject-export.json"), export.toJson());
            lines.add("exported the first patient's rows " + export.counts() + " as JSON to subject-export.json "
                    + "(GDPR Art. 15, 20); recorded as DATA_SOURCE_READ with row counts");
            erasure = warden.dataSubjects().erase(administrator, PROJECT, SOURCE, patient, ErasurePlan.delete(),
                    "DSR-0001 erasure request");
            lines.add("erased them from '" + SOURCE + "' in one transaction (GDPR Art. 17): deleted " + erasure.deleted()
                    + " in " + erasure.duration().toMillis() + " ms; recorded as DATA_ERASED with counts, the patient's "
                    + "id only as its HMAC");
            step(4, "Patient data set de-identified by the workflow; one id re-identified; one patient exported and "
                    + "erased", lines);
        }

        private JsonNode report(WorkflowRun r) {
            try {
                return JSON.readTree(r.report().orElseThrow(() -> new IntegrityException("demo step 4: run " + r.id()
                        + " kept no job report")));
            } catch (IOException e) {
                throw new UncheckedIOException("demo step 4: the job report does not parse: " + e.getMessage(), e);
            }
        }

        private HmacChainKey auditChainKey(Warden warden) {
            try (Secret secret = warden.secrets().resolve(SecretRef.parse("keystore:" + DemoInstallation.AUDIT_KEY))) {
                byte[] bytes = secret.bytes();
                try {
                    return HmacChainKey.derive(bytes);
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
        }

        // ---- 5. audit ----

        private record Audited(VerificationReport verification, long exported, ComplianceReport compliance) {
        }

        private Audited audit(HmacChainKey chainKey) {
            List<String> lines = new ArrayList<>();
            JsonlAuditReader reader = new JsonlAuditReader(installation.audit());
            VerificationReport verification = reader.verify(chainKey);
            if (!verification.intact()) {
                throw new IntegrityException("demo step 5: the audit log " + installation.audit() + " does not verify: "
                        + verification.findings().get(0));
            }
            lines.add("verified " + verification.records() + " records in audit/ (JSON Lines, fail-closed): HMAC-SHA256 hash chain intact "
                    + "(key keystore:" + DemoInstallation.AUDIT_KEY + ", id " + chainKey.keyId() + ")");
            List<AuditEvent> events = reader.readAll();
            Map<AuditEventType, Long> byType = events.stream()
                    .collect(Collectors.groupingBy(AuditEvent::type, TreeMap::new, Collectors.counting()));
            lines.add("events: " + byType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
            Path ocsf = installation.dir.resolve("audit-ocsf.jsonl");
            long exported;
            try (Writer out = Files.newBufferedWriter(ocsf, StandardCharsets.UTF_8)) {
                exported = AuditExport.export(reader, ExportFormat.OCSF, Optional.empty(), Optional.empty(), out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + ocsf + ": " + e.getMessage(), e);
            }
            lines.add("exported " + exported + " events as OCSF 1.1 to audit-ocsf.jsonl: " + ocsfClasses(ocsf));
            ComplianceReport compliance = ComplianceReport.of(events, Optional.empty(), Optional.empty())
                    .withChain(ComplianceReport.ChainCheck.of(verification, chainKey.keyId()));
            write(installation.dir.resolve("compliance-report.txt"), compliance.toText());
            write(installation.dir.resolve("compliance-report.html"), compliance.toHtml());
            for (ComplianceReport.Section section : compliance.sections()) {
                if (section.title().equals("Authentications per user")) {
                    lines.add("compliance report (compliance-report.txt, .html): log-ins per user " + section.rows().stream()
                            .map(r -> r.get(0) + " " + r.get(1) + " ok, " + r.get(2) + " refused, " + r.get(3) + " wrong one-time codes")
                            .collect(Collectors.joining("; ")));
                    lines.add("  refused log-ins of " + ADMINISTRATOR + ": " + events.stream()
                            .filter(e -> (e.type() == AuditEventType.LOGIN_FAILED || e.type() == AuditEventType.MFA_FAILED)
                                    && e.actor().principalId().equals(ADMINISTRATOR))
                            .map(e -> e.details().getOrDefault("reason", "?")).collect(Collectors.joining("; ")));
                } else if (section.title().equals("Access denied")) {
                    lines.add("  access denied: " + section.rows().size() + " (" + section.rows().stream()
                            .map(r -> r.get(1) + " on " + r.get(2)).collect(Collectors.joining(", ")) + ")");
                } else if (section.title().equals("Configuration and permission changes")) {
                    lines.add("  configuration and permission changes: " + section.rows().size() + " (grants, data "
                            + "sources, workflow versions)");
                } else if (section.title().equals("Workflow runs") || section.title().equals("Data source accesses")
                        || section.title().equals("Erasures")) {
                    lines.add("  " + section.title().toLowerCase(Locale.ROOT) + ": " + section.rows().size());
                }
            }
            step(5, "Audit log verified, exported to OCSF, summarized as a compliance report", lines);
            return new Audited(verification, exported, compliance);
        }

        /** Parses every exported line and counts them per OCSF class, e.g. {@code Authentication (3002) 6}. */
        private String ocsfClasses(Path ocsf) {
            Map<String, Long> classes = new TreeMap<>();
            try (BufferedReader in = Files.newBufferedReader(ocsf, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    JsonNode event = JSON.readTree(line);
                    classes.merge(event.path("class_name").asText() + " (" + event.path("class_uid").asInt() + ")", 1L,
                            Long::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back " + ocsf + ": " + e.getMessage(), e);
            }
            return classes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }

        // ---- 6. posture ----

        private record Postures(PostureReport development, PostureReport production) {
        }

        private Postures posture() {
            WardenConfiguration configuration = WardenConfiguration.load(installation.config());
            PostureReport development = PostureCheck.builder(configuration).build().evaluate();
            PostureReport production = PostureCheck.builder(configuration).environment(Environment.PRODUCTION).build()
                    .evaluate();
            writeText(installation.dir.resolve("posture-report.txt"), development);
            writeText(installation.dir.resolve("posture-production.txt"), production);
            write(installation.dir.resolve("posture-report.html"), development.toHtml());
            write(installation.dir.resolve("posture-production.html"), production.toHtml());
            List<String> lines = new ArrayList<>();
            lines.add("as configured (development): " + development.summary() + "  -> posture-report.txt, .html");
            for (PostureItem item : development.failures()) {
                lines.add("  fails in development too: " + item.title() + " [" + item.id() + "]");
            }
            lines.add("checked as production: " + production.summary() + "  -> posture-production.txt, .html");
            lines.add("production would require:");
            for (PostureItem item : production.failures()) {
                lines.add("  - " + item.title() + " [" + item.id() + (item.criticalFailure() ? ", critical" : "") + "]");
            }
            lines.add("(in production, Warden.builder().build() refuses to start while a critical item fails)");
            step(6, "Security posture of the demo configuration", lines);
            return new Postures(development, production);
        }

        private void writeText(Path file, PostureReport report) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                report.writeText(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }

        private void step(int number, String title, List<String> lines) {
            long now = System.nanoTime();
            DemoReport.Step step = new DemoReport.Step(number, title, lines, Duration.ofNanos(now - stepStarted));
            stepStarted = now;
            steps.add(step);
            onStep.accept(step);
        }
    }

    private static AuthenticationResult login(Warden warden, String user, char[] password, String code) {
        try (Credentials.Password credentials = new Credentials.Password(user, password.clone(), code.toCharArray())) {
            return warden.authenticate(credentials);
        }
    }

    private static <T extends AuthenticationResult> T expect(int step, AuthenticationResult result, Class<T> expected,
                                                              String what) {
        if (!expected.isInstance(result)) {
            throw new IntegrityException("demo step " + step + ": " + what + ", but the result was " + result);
        }
        return expected.cast(result);
    }

    private static String describe(Principal p) {
        return "logged in as " + p.id() + " (global role " + p.globalRole() + ", method " + p.authenticationMethod()
                + ", MFA " + (p.mfaSatisfied() ? "satisfied" : "not satisfied") + ")";
    }

    /** @return the shared secret in an {@code otpauth://} enrolment URI (Key Uri Format, parameter {@code secret}) */
    static byte[] totpSecret(String otpauthUri) {
        String query = URI.create(otpauthUri).getRawQuery();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("secret=")) {
                return Base32.decode(parameter.substring("secret=".length()));
            }
        }
        throw new IntegrityException("demo step 1: the enrolment URI carries no secret parameter");
    }

    /** @return a code of the right length that matches none of the steps the verifier accepts around {@code step} */
    static String wrongCode(Totp totp, byte[] key, long step) {
        List<String> valid = List.of(totp.generate(key, step - 1), totp.generate(key, step), totp.generate(key, step + 1));
        int modulus = (int) Math.pow(10, totp.digits());
        int candidate = Integer.parseInt(valid.get(1));
        String code;
        do {
            candidate = (candidate + 1) % modulus;
            code = String.format(Locale.ROOT, "%0" + totp.digits() + "d", candidate);
        } while (valid.contains(code));
        return code;
    }

    private static char[] newPassword() {
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        return password;
    }

    /** @return the first patient's direct identifiers and quasi-identifiers, one line (all invented) */
    private static String firstPatient(String url) {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"FIRST_NAME\", \"LAST_NAME\", \"SSN\", \"BIRTH_DATE\", \"ZIP\", "
                     + "\"PHONE\", \"EMAIL\" FROM \"PATIENTS\" ORDER BY _ROWID_ LIMIT 1")) {
            if (!rs.next()) {
                return "(no patient)";
            }
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                values.add(Objects.requireNonNullElse(rs.getString(i), "NULL"));
            }
            return String.join(" | ", values);
        } catch (SQLException e) {
            throw new ConfigurationException("demo database " + url + ": " + e.getMessage(), e);
        }
    }

    /** @return the primary key of the first patient (an invented person) */
    private static String firstPatientId(String url) {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"ID\" FROM \"PATIENTS\" ORDER BY _ROWID_ LIMIT 1")) {
            if (!rs.next()) {
                throw new IntegrityException("demo step 4: the generated data set has no patient");
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new ConfigurationException("demo database " + url + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the demo folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** Builds a {@link PlatformDemo}. */
    public static final class Builder {
        private Path directory;
        private int patients = 200;
        private long seed = 20240101L;
        private Consumer<DemoReport.Step> onStep = s -> { };
        private JobProgress progress;

        private Builder() {
        }

        /** @param directory keep every file here; a new or empty folder. Default: a temporary folder, deleted. */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
            return this;
        }

        /** @param patients patients to generate, 1 to 1,000,000 (each with 1 to 12 encounters); default 200 */
        public Builder patients(int patients) {
            if (patients < 1 || patients > 1_000_000) {
                throw new ConfigurationException("--patients: between 1 and 1000000, was " + patients);
            }
            this.patients = patients;
            return this;
        }

        /** @param seed the generator's seed; default 20240101 */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** @param onStep called after each step, in order, e.g. to print it */
        public Builder onStep(Consumer<DemoReport.Step> onStep) {
            this.onStep = Objects.requireNonNull(onStep, "onStep");
            return this;
        }

        /** @param progress the de-identification job's progress, e.g. per table on standard error */
        public Builder progress(JobProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /** @return the demo, ready to {@link PlatformDemo#run()} */
        public PlatformDemo build() {
            return new PlatformDemo(this);
        }
    }
}

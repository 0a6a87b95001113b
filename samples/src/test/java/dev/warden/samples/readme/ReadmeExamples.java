package dev.warden.samples.readme;

import com.zaxxer.hikari.HikariDataSource;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.RecordDeidentifier;
import dev.warden.policy.DenyGrant;
import dev.warden.core.policy.JsonFileGrantStore;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.core.posture.PostureCheck;
import dev.warden.core.posture.PostureReport;
import dev.warden.core.workflow.DataSource;
import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Java code of README.md, compiled and run by {@link ReadmeExamplesTest}. Each region between
 * {@code // readme:begin NAME} and {@code // readme:end} is, dedented, exactly the README's code block that follows the
 * marker {@code <!-- readme: NAME -->} there (the README's {@code import} lines must be imports of this file):
 * {@link ReadmeSnippetsTest} fails when the two differ. Edit both together.
 */
final class ReadmeExamples {

    private ReadmeExamples() {
    }

    // readme:begin quick-start
    static void quickStart(Path config, Principal admin, Principal erin, byte[] jobKey) {
        try (Warden warden = Warden.builder().configuration(config).build()) {   // warden.json as above
            // Who may do what: every change is authorized and audited by Warden itself.
            warden.policy().createProject(admin, "clinical");
            warden.policy().grant(admin, new ProjectRoleGrant(Subject.user(erin.id()), "clinical", ProjectRole.EDITOR));
            Decision d = warden.policy().check(erin, Action.EXECUTE, ResourceRef.workflow("clinical", "nightly-copy"));
            System.out.println(d.allowed() + ": " + d.reason());

            // De-identify one value: format-preserving encryption (NIST SP 800-38G FF1), the same on every run.
            Deidentifier deid = Deidentifiers.create(jobKey);                    // 32 bytes of secret key
            ValueTransformer ssn = deid.compile(Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS),
                    ConsistencyDomain.of("patients", "SSN"));
            System.out.println(ssn.apply("999-49-3983"));                        // e.g. 183-05-6610

            System.out.println(warden.auditSinks().names());                     // [file]
        }
    }
    // readme:end

    // readme:begin embedding
    static void embed(Path config) {
        try (Warden warden = Warden.builder()
                .configuration(config)                    // optional; development defaults otherwise
                .build()) {                               // discovers plug-ins with ServiceLoader
            System.out.println(warden.environment());      // DEVELOPMENT
            System.out.println(warden.auditSinks().names()); // the configured sinks, e.g. [file]
        }
    }
    // readme:end

    // readme:begin policy
    static void policy(Path policyFile, Principal alice) {
        try (RbacPolicyEngine policy = RbacPolicyEngine.open(new JsonFileGrantStore(policyFile))) {
            policy.createProject("clinical");
            policy.addMember("analysts", Subject.user("alice"));
            policy.grant(new ProjectRoleGrant(Subject.group("analysts"), "clinical", ProjectRole.EDITOR));
            policy.grant(DenyGrant.everything(Subject.user("mallory"), "suspended"));

            Decision d = policy.check(alice, Action.EXECUTE, ResourceRef.workflow("clinical", "nightly-copy"));
            System.out.println(d.allowed() + "; " + d.reason() + "; policy version " + d.policyVersion());
            // true; allowed by grant: project role EDITOR in clinical to group:analysts; policy version 4
            policy.require(alice, Action.DELETE, ResourceRef.project("clinical"));   // throws AccessDeniedException(reason)
        }
    }
    // readme:end

    // readme:begin data-source
    static DataSource defineSource(Warden warden, Principal admin) {
        return warden.dataSources().create(admin, DataSource.of("clinical", "ehr",
                "jdbc:postgresql://db.example/ehr?sslmode=verify-full", DataSource.Role.SOURCE)
                .withCredentials(SecretRef.parse("env:EHR_USER"), SecretRef.parse("vault:secret/data/ehr#password")));
    }
    // readme:end

    // readme:begin deidentify
    static List<String> deidentify(byte[] jobKey) {
        Deidentifier deid = Deidentifiers.create(jobKey);                        // job key: 16+ bytes (32 recommended)
        ValueTransformer ssn = deid.compile(Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS),
                ConsistencyDomain.of("patients", "SSN"));
        String masked = ssn.apply("999-49-3983");                                // same shape, dashes kept, same every run
        ValueTransformer shift = deid.compile(new Transformation.DateShift(365), ConsistencyDomain.of("patients", "Id"));
        String shifted = shift.apply("2020-01-31T10:15:30Z", "patient-42");     // every date of patient-42 moves alike
        return List.of(masked, shifted);
    }
    // readme:end

    // readme:begin record
    static Map<String, String> deidentifyRecord(Path jobSpec, byte[] jobKey, Map<String, String> patient) {
        RecordDeidentifier patients = RecordDeidentifier.compile(JobSpec.load(jobSpec), "patients", jobKey); // once
        return patients.apply(patient);    // the values the job writes for this table, key and spec; dropped columns left out
    }
    // readme:end

    // readme:begin audit
    static void recordErasure(Warden warden, Principal principal, String email) {
        AuditLog audit = warden.auditLog();               // or AuditPipeline.builder()...build()
        audit.record(AuditEvent.builder(AuditEventType.DATA_ERASED)
                .actor(Actor.of(principal))
                .resource(ResourceRef.dataSource("clinical", "patients"))
                .detail("rows", 3)
                .sensitiveDetail("email", email)          // stored only as hmac-sha256:<hex>, keyed
                .build());                                // returns once durably stored; else AuditUnavailableException
    }
    // readme:end

    // readme:begin secrets
    static void connect(Warden warden, HikariDataSource pool, String reference) {   // e.g. "vault:secret/app#db-password"
        try (Secret password = warden.secrets().resolve(reference)) {
            char[] chars = password.chars();      // a copy: wipe it when done
            pool.setPassword(new String(chars));
            Arrays.fill(chars, '\0');
        }
        warden.secrets().onRotation(SecretRef.parse(reference), rotation -> {   // told once per rotation
            try (Secret password = warden.secrets().resolve(reference)) {
                char[] rotated = password.chars();
                pool.getHikariConfigMXBean().setPassword(new String(rotated));
                Arrays.fill(rotated, '\0');
            }
        });
    }
    // readme:end

    // readme:begin authenticate
    static String logIn(Warden warden, String user, char[] password, char[] totpCode, String clientAddress) {
        try (Credentials.Password credentials = new Credentials.Password(user, password, totpCode)) {
            AuthenticationResult result = warden.authenticate(AuthenticationRequest.from(credentials, clientAddress));
            if (result instanceof AuthenticationResult.Success success) {
                return "logged in as " + success.principal().id();
            } else if (result instanceof AuthenticationResult.MfaRequired) {
                return "second factor required";    // or enrol one: it is an administrator without TOTP
            } else if (result instanceof AuthenticationResult.PasswordChangeRequired) {
                return "password change required";  // a generated one-time password was used
            } else {
                return "refused";                   // Failure: always "authentication failed"
            }
        }
    }
    // readme:end

    // readme:begin posture
    static String posture(Path config) {
        PostureReport report = PostureCheck.builder(WardenConfiguration.load(config))
                .environment(Environment.PRODUCTION)        // default: the configuration's own
                .build().evaluate();
        report.failures().forEach(i -> System.out.println(i.id() + ": " + i.remedy()));
        return report.toHtml();                             // also writeText(PrintWriter), toJson()
    }
    // readme:end
}

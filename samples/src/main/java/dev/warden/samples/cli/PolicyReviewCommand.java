package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.policy.AccessReview;
import dev.warden.core.policy.Activity;
import dev.warden.core.policy.RbacPolicyEngine;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden policy review}: who can do what in each project and why. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Access review: who can do what in each project and why (direct, via group, via mapping), "
                + "users with administrator or owner rights, users with no activity since a date (with --audit-log), "
                + "and grants nobody uses."})
final class PolicyReviewCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Option(names = "--policy", required = true, paramLabel = "FILE|JDBC-URL",
            description = "The policy: a JSON policy file or a jdbc: URL.")
    String policy;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--audit-log", paramLabel = "LOG",
            description = "The audit log, to list inactive users and grants unused since --inactive-since: a JSON Lines "
                    + "log directory (daily files) or one of its files, or a jdbc: URL of the jdbc sink's database "
                    + "(with --audit-table). Only successful events count as activity.")
    String auditLog;

    @Option(names = "--audit-table", defaultValue = "warden_audit_event", paramLabel = "TABLE",
            description = "With a jdbc: --audit-log: the audit table (default ${DEFAULT-VALUE}).")
    String auditTable;

    @Option(names = "--audit-db-user", paramLabel = "USER", description = "With a jdbc: --audit-log: the database user.")
    String auditDbUser;

    @Option(names = "--audit-db-password", paramLabel = "SECRET-REF",
            description = "With a jdbc: --audit-log: the database password, as a secret reference (env:NAME, ...).")
    String auditDbPassword;

    @Option(names = "--inactive-since", paramLabel = "DATE",
            description = "A date (2026-01-31) or instant (2026-01-31T00:00:00Z); default 90 days ago.")
    String inactiveSince;

    @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "sa", description = "Database user for a jdbc: policy.")
    String jdbcUser;

    @Option(names = "--jdbc-password-env", paramLabel = "VAR",
            description = "Environment variable holding the database password.")
    String jdbcPasswordEnv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Instant since = since();
        Optional<Activity> activity = Optional.ofNullable(auditLog).map(this::activity);
        try (RbacPolicyEngine engine = RbacPolicyEngine.open(PolicyCommand.open(policy, jdbcUser, jdbcPasswordEnv))) {
            AccessReview review = AccessReview.of(engine, activity, since);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(review.toJson());
                out.flush();
            } else {
                review.writeText(out);
            }
        }
        return ExitCode.OK;
    }

    private Activity activity(String log) {
        AuditLogSource source = new AuditLogSource();
        source.log = log;
        source.table = auditTable;
        source.user = auditDbUser;
        source.password = auditDbPassword;
        try (AuditLogSource.Opened opened = source.open(null)) {
            return Activity.from(opened.reader());
        }
    }

    private Instant since() {
        if (inactiveSince == null) {
            return Instant.now().minusSeconds(90L * 24 * 3600);
        }
        try {
            return inactiveSince.contains("T") ? Instant.parse(inactiveSince)
                    : LocalDate.parse(inactiveSince).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--inactive-since: '" + inactiveSince
                    + "' is not a date (2026-01-31) or an instant (2026-01-31T00:00:00Z)");
        }
    }
}

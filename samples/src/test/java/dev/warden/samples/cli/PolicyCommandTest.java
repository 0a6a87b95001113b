package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.EventJson;
import dev.warden.core.audit.HmacChainKey;
import dev.warden.jdbc.JdbcAuditSink;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PolicyCommandTest {

    private static final String POLICY = """
            {
              "format": "warden-policy/1",
              "version": 3,
              "users": ["carol"],
              "projects": ["clinical", "finance"],
              "groups": {"analysts": ["user:alice", "group:data-team"], "data-team": ["user:bob"], "empty": []},
              "grants": [
                {"subject": "user:root", "globalRole": "ADMINISTRATOR"},
                {"subject": "group:analysts", "project": "clinical", "projectRole": "EDITOR"},
                {"subject": "user:dana", "project": "finance", "projectRole": "OWNER"},
                {"subject": "group:empty", "project": "finance", "projectRole": "VIEWER"},
                {"subject": "user:bob", "deny": "all", "reason": "suspended"}
              ],
              "roleMapping": [{"prefix": "warden-editors-", "projectRoleFromSuffix": "EDITOR"}]
            }
            """;

    @TempDir
    Path dir;
    private Path policy;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writePolicy() throws Exception {
        policy = dir.resolve("policy.json");
        Files.writeString(policy, POLICY);
    }

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void anAllowedCheckExitsZeroAndNamesTheGrant() {
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "alice", "--action", "execute",
                "--resource", "workflow:clinical/nightly")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("ALLOWED")
                .contains("reason: allowed by grant: project role EDITOR in clinical to group:analysts")
                .contains("policy version: 3");
    }

    @Test
    void aDeniedCheckExitsFourWithTheReason() {
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "bob", "--action", "READ",
                "--resource", "workflow:clinical/nightly")).isEqualTo(ExitCode.DENIED);
        assertThat(out.toString()).contains("DENIED").contains("suspended");
    }

    @Test
    void rolesFromAuthenticationCanBeGiven() {
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "erin", "--action", "update",
                "--resource", "workflow:finance/x", "--project-role", "finance=editor")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("role mapping at authentication");
    }

    @Test
    void anUnknownUserIsDeniedAndNoted() {
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "Alice", "--action", "read",
                "--resource", "workflow:clinical/nightly")).isEqualTo(ExitCode.DENIED);
        assertThat(out.toString()).contains("default deny").contains("does not know user Alice");
    }

    @Test
    void aBadResourceIsBadInput() {
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "alice", "--action", "read",
                "--resource", "workflow:nightly")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("project/name");
    }

    @Test
    void anUnknownActionIsBadInput() {
        // A value picocli cannot convert is bad input (2) in every command, like any other wrong value.
        assertThat(run("policy", "check", "--policy", policy.toString(), "--user", "alice", "--action", "fly",
                "--resource", "workflow:clinical/x")).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aMissingPolicyFileIsBadInput() {
        assertThat(run("policy", "check", "--policy", dir.resolve("none.json").toString(), "--user", "a", "--action",
                "read", "--resource", "workflow:clinical/x")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void theReviewSaysWhoCanDoWhatAndWhy() {
        assertThat(run("policy", "review", "--policy", policy.toString())).isEqualTo(ExitCode.OK);
        String text = out.toString();
        assertThat(text).contains("Project clinical:")
                .contains("alice [EDITOR]")
                .contains("allowed by grant: project role EDITOR in clinical to group:analysts")
                .contains("denied by grant: deny everything everywhere to user:bob (suspended)")
                .contains("root: global ADMINISTRATOR")
                .contains("dana: OWNER in finance")
                .contains("project role VIEWER in finance to group:empty: the group has no users")
                .contains("prefix 'warden-editors-'")
                .contains("Denies in force:").contains("  deny everything everywhere to user:bob (suspended)");
    }

    @Test
    void theReviewListsUsersInactiveSinceADate() throws Exception {
        Path audit = dir.resolve("audit.jsonl");
        Files.writeString(audit, EventJson.toJson(event("alice", "2026-03-01T10:00:00Z", "clinical", Outcome.SUCCESS))
                + "\n" + EventJson.toJson(event("dana", "2025-01-01T10:00:00Z", "finance", Outcome.SUCCESS)) + "\n");
        assertThat(run("policy", "review", "--policy", policy.toString(), "--audit-log", audit.toString(),
                "--inactive-since", "2026-01-01")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("dana: last seen 2025-01-01T10:00:00Z").contains("root: never seen")
                .doesNotContain("alice: last seen")
                .contains("project role OWNER in finance to user:dana: no holder has acted in finance since");
    }

    private static AuditEvent event(String who, String time, String project, Outcome outcome) {
        return AuditEvent.builder(outcome == Outcome.SUCCESS ? AuditEventType.WORKFLOW_EXECUTED : AuditEventType.LOGIN_FAILED)
                .time(Instant.parse(time)).outcome(outcome).actor(Actor.user(who, "password")).project(project).build();
    }

    @Test
    void theReviewReadsARotatedLogDirectoryAndCountsOnlySuccessfulEvents() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("audit"));
        Files.writeString(logs.resolve("audit-20250101-000000000001.jsonl"),
                EventJson.toJson(event("dana", "2025-01-01T10:00:00Z", "finance", Outcome.SUCCESS)) + "\n");
        Files.writeString(logs.resolve("audit-20260301-000000000002.jsonl"),
                EventJson.toJson(event("alice", "2026-03-01T10:00:00Z", "clinical", Outcome.SUCCESS)) + "\n"
                + EventJson.toJson(event("dana", "2026-03-02T10:00:00Z", "", Outcome.FAILURE)) + "\n");
        assertThat(run("policy", "review", "--policy", policy.toString(), "--audit-log", logs.toString(),
                "--inactive-since", "2026-01-01")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("dana: last seen 2025-01-01T10:00:00Z").doesNotContain("alice: last seen");
    }

    @Test
    void theReviewReadsAJdbcAuditLog() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("auditdb");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        try (JdbcAuditSink sink = JdbcAuditSink.builder().dataSource(dataSource).table("audit_log")
                .chainKey(HmacChainKey.derive("review-test-secret-0123456789".getBytes(StandardCharsets.US_ASCII))).open()) {
            sink.write(List.of(event("alice", "2026-03-01T10:00:00Z", "clinical", Outcome.SUCCESS),
                    event("dana", "2025-01-01T10:00:00Z", "finance", Outcome.SUCCESS),
                    event("dana", "2026-03-02T10:00:00Z", "", Outcome.FAILURE)));
        }
        assertThat(run("policy", "review", "--policy", policy.toString(), "--audit-log", url, "--audit-table", "audit_log",
                "--inactive-since", "2026-01-01")).as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("dana: last seen 2025-01-01T10:00:00Z").doesNotContain("alice: last seen");
    }

    @Test
    void theReviewListsUsersNamedByUnqualifiedIdsForTheMigration() {
        assertThat(run("policy", "review", "--policy", policy.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("Users named by an unqualified id").contains("  root")
                .contains("  dana");
    }

    @Test
    void theReviewIsAvailableAsJson() {
        assertThat(run("policy", "review", "--policy", policy.toString(), "--format", "json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"policyVersion\" : 3").contains("\"privileged\"");
    }

    @Test
    void theReviewReadsAJdbcPolicy() {
        String url = "jdbc:h2:mem:review;DB_CLOSE_DELAY=-1";
        try (var engine = dev.warden.core.policy.RbacPolicyEngine.open(
                new dev.warden.jdbc.JdbcGrantStore(url, "sa", new char[0]))) {
            engine.createProject("p1");
            engine.grant(new dev.warden.policy.ProjectRoleGrant(dev.warden.policy.Subject.user("zoe"), "p1",
                    dev.warden.policy.ProjectRole.VIEWER));
        }
        assertThat(run("policy", "review", "--policy", url)).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("zoe [VIEWER]");
    }
}

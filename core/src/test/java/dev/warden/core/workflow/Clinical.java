package dev.warden.core.workflow;

import dev.warden.audit.AuditLog;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.job.JobSpec;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.PermissionGrant;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The project the workflow tests work in: "clinical", with an Admin (ada), an Editor (erin), a Viewer (vic), a member
 * of no project (mallory), and the Synthea Nebraska export (15 tables, 111 synthetic patients) as its source.
 */
final class Clinical {

    static final String PROJECT = "clinical";
    static final Principal ADMIN = Principal.user("ada", GlobalRole.MEMBER);
    static final Principal EDITOR = Principal.user("erin", GlobalRole.MEMBER);
    static final Principal VIEWER = Principal.user("vic", GlobalRole.MEMBER);
    static final Principal OUTSIDER = Principal.user("mallory", GlobalRole.MEMBER);
    /** An Editor who also holds REIDENTIFY in the project. */
    static final Principal INVESTIGATOR = Principal.user("ivy", GlobalRole.MEMBER);

    private Clinical() {
    }

    static PolicyState policy() {
        return PolicyState.builder().project(PROJECT)
                .grant(new ProjectRoleGrant(Subject.user("ada"), PROJECT, ProjectRole.ADMIN))
                .grant(new ProjectRoleGrant(Subject.user("erin"), PROJECT, ProjectRole.EDITOR))
                .grant(new ProjectRoleGrant(Subject.user("vic"), PROJECT, ProjectRole.VIEWER))
                .grant(new ProjectRoleGrant(Subject.user("ivy"), PROJECT, ProjectRole.EDITOR))
                .grant(new PermissionGrant(Subject.user("ivy"), PROJECT, dev.warden.policy.Permission.REIDENTIFY))
                .build();
    }

    /** @return a development instance over the clinical policy, recording to {@code audit}, workflows in {@code store} */
    static Warden warden(AuditLog audit, WorkflowStore store) {
        return Warden.builder().policyStore(new InMemoryGrantStore(policy())).workflowStore(store).auditLog(audit).build();
    }

    static Path synthea() {
        try {
            return Path.of(Clinical.class.getResource("/data/synthea-nebraska/patients.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobSpec syntheaSpec() {
        // the spec shipped in samples/specs, found from the module that runs the test (core, extensions/jdbc, ...)
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("samples/specs/synthea-test-data.json");
            if (Files.exists(p)) {
                return JobSpec.load(p);
            }
        }
        throw new IllegalStateException("samples/specs/synthea-test-data.json not found above " + Path.of("").toAbsolutePath());
    }

    /** @return a {@code file:} reference to a fresh 32-byte job key in {@code dir}, readable by its owner only */
    static SecretRef jobKey(Path dir) {
        Path file = dir.resolve("job.key");
        try {
            Files.writeString(file, "clinical-job-key-0123456789abcdef", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (UnsupportedOperationException e) {
            // not POSIX: fine for tests
        }
        return SecretRef.parse("file:" + file.toAbsolutePath());
    }
}

package dev.warden.samples.demo;

import dev.warden.auth.Principal;
import dev.warden.core.audit.ComplianceReport;
import dev.warden.core.audit.VerificationReport;
import dev.warden.core.workflow.Erasure;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.posture.PostureReport;
import dev.warden.policy.Decision;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link PlatformDemo} did, step by step, with the engines' own results. Holds no secret: passwords,
 * TOTP secrets and keys are never kept here.
 *
 * @param directory the working folder (deleted after the run unless it was given)
 * @param kept whether the folder was kept
 * @param steps the six steps as printed, in order
 * @param administrator the administrator's principal after the log-in with password and TOTP code
 * @param wrongCodeRefused whether the log-in with the right password and a wrong TOTP code was refused
 * @param viewerDecision the policy decision that denied the viewer
 * @param jobKeyReference the secret reference the job key was read through, e.g. {@code keystore:deid-job-key}
 * @param jobKeyVersion the version of the key that was read
 * @param dryRun the workflow's dry run (version 1, a subset, target not written)
 * @param run the workflow's run (version 2), its job report (validation included) in {@link WorkflowRun#report()}
 * @param erasure the erasure of one patient's rows from the source (GDPR Art. 17)
 * @param audit the hash-chain verification of the audit log, after every other step
 * @param ocsfEvents the events exported as OCSF
 * @param compliance the compliance report over the whole log
 * @param posture the posture of the demo configuration as it is (development)
 * @param production the posture of the same configuration checked as production
 */
public record DemoReport(Path directory, boolean kept, List<Step> steps, Principal administrator, boolean wrongCodeRefused,
                         Decision viewerDecision, String jobKeyReference, String jobKeyVersion,
                         WorkflowRun dryRun, WorkflowRun run, Erasure erasure, VerificationReport audit, long ocsfEvents, ComplianceReport compliance,
                         PostureReport posture, PostureReport production) {

    public DemoReport {
        Objects.requireNonNull(directory, "directory");
        steps = List.copyOf(steps);
    }

    /**
     * One step of the demo as shown to the reader.
     *
     * @param number 1 to 6
     * @param title what the step shows
     * @param lines what happened, one fact per line
     * @param took how long the step ran (wall-clock)
     */
    public record Step(int number, String title, List<String> lines, java.time.Duration took) {
        public Step {
            Objects.requireNonNull(title, "title");
            lines = List.copyOf(lines);
            Objects.requireNonNull(took, "took");
        }

        /** @return the step as text: a numbered heading with its time, then one indented line per fact */
        public String text() {
            StringBuilder sb = new StringBuilder().append(number).append(". ").append(title)
                    .append(String.format(java.util.Locale.ROOT, " (%.1f s)", took.toMillis() / 1000.0))
                    .append(System.lineSeparator());
            lines.forEach(l -> sb.append("   ").append(l).append(System.lineSeparator()));
            return sb.toString();
        }
    }
}

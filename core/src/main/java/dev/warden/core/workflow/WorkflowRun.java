package dev.warden.core.workflow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one run of a workflow, kept in its run history. It holds counts and the job report, never a data
 * value, a key or a credential.
 *
 * @param id the run's id (also the correlation id of its audit events)
 * @param project the project
 * @param workflow the workflow's name
 * @param version the workflow version that ran
 * @param actor the id of the principal who ran it
 * @param dryRun whether it was a dry run (a subset, validated, the target not written)
 * @param started when it started
 * @param finished when it finished or failed
 * @param status how it ended
 * @param rowsRead rows read over all tables
 * @param rowsWritten rows written over all tables (for a dry run, rows that would have been written)
 * @param error why it failed (the exception's type and message, which never hold data values), if it failed
 * @param report the job report as JSON ({@link dev.warden.core.job.JobReport#toJson()}), if the job got that far
 */
public record WorkflowRun(String id, String project, String workflow, int version, String actor, boolean dryRun,
        Instant started, Instant finished, Status status, long rowsRead, long rowsWritten, Optional<String> error,
        Optional<String> report) {

    /** How a run ended. */
    public enum Status {
        /** Every table was copied and every check passed (for a dry run: nothing was written). */
        SUCCEEDED,
        /** It stopped with an error; the target is as it was before. */
        FAILED
    }

    public WorkflowRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(report, "report");
    }
}

package dev.warden.core.job;

import dev.warden.IntegrityException;

/**
 * The checks after a job found a problem: a foreign key that does not join, a row count that does not match, an
 * identifier a detector still finds, or an input identifier value present in the output. The staged output was not
 * moved into place. The {@link #report() report} lists the findings (table and column, never values).
 */
public final class ValidationFailedException extends IntegrityException {

    private static final long serialVersionUID = 1L;

    private final transient JobReport report;

    /** @param report the job's report, with its failed checks */
    public ValidationFailedException(JobReport report) {
        super("validation failed, so the output was not moved into place: " + String.join("; ", report.validation().failures()));
        this.report = report;
    }

    /** @return the job's report */
    public JobReport report() {
        return report;
    }
}

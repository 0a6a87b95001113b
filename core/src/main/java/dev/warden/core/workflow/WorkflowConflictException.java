package dev.warden.core.workflow;

import dev.warden.WardenException;

/**
 * A workflow was changed by someone else between reading its latest version and storing the next one: read it again
 * ({@link Workflows#history}) and re-apply the change.
 */
public final class WorkflowConflictException extends WardenException {

    private static final long serialVersionUID = 1L;

    /** @param message names the workflow and the version that was expected */
    public WorkflowConflictException(String message) {
        super(message);
    }
}

package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.policy.ResourceRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a workflow: every change (creation, update, deletion) appends one, so earlier versions stay readable.
 *
 * @param project the project
 * @param name the workflow's name
 * @param version 1 for the creation, then one more per change
 * @param definition what the workflow does from this version on; empty when this version deleted it
 * @param author the id of the principal who made the change
 * @param at when the change was made
 * @param contentHash SHA-256 of the definition's canonical JSON, 64 lower-case hex digits
 *     ({@link WorkflowDefinition#contentHash()}); for a deletion, of {@code null}
 */
public record WorkflowVersion(String project, String name, int version, Optional<WorkflowDefinition> definition,
        String author, Instant at, String contentHash) {

    /** The content hash of a deletion: SHA-256 of the JSON {@code null}. */
    public static final String DELETED_HASH = WorkflowJson.sha256("null");

    /** @throws InvalidInputException if a part is missing or the version is below 1 */
    public WorkflowVersion {
        Objects.requireNonNull(definition, "definition");
        if (project == null || name == null || author == null || at == null || contentHash == null) {
            throw new InvalidInputException("workflow version: project, name, author, time and hash are required");
        }
        ResourceRef.workflow(project, name);
        if (version < 1) {
            throw new InvalidInputException("workflow " + project + "/" + name + ": version " + version + " is below 1");
        }
    }

    /** @return a version made now by {@code author}, with the definition's hash (or the deletion hash) */
    static WorkflowVersion of(String project, String name, int version, Optional<WorkflowDefinition> definition,
            String author, Instant at) {
        return new WorkflowVersion(project, name, version, definition, author, at,
                definition.map(WorkflowDefinition::contentHash).orElse(DELETED_HASH));
    }

    /** @return whether this version deleted the workflow */
    public boolean deleted() {
        return definition.isEmpty();
    }

    /** @return the resource policy checks and audit events name */
    public ResourceRef ref() {
        return ResourceRef.workflow(project, name);
    }
}

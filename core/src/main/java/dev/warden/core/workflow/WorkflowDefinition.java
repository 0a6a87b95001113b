package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.core.job.JobSpec;
import dev.warden.policy.ResourceRef;
import dev.warden.secrets.SecretRef;
import java.util.Optional;

/**
 * What a workflow does: a de-identification job (spec) from one of the project's data sources to another, with the
 * job key given as a secret reference.
 *
 * @param spec the job specification (tables, columns, subset)
 * @param source the name of a {@link DataSource.Role#SOURCE} data source in the same project
 * @param target the name of a {@link DataSource.Role#TARGET} data source in the same project
 * @param key the job key's reference, e.g. {@code vault:secret/data/clinical#job-key}; resolved at each run
 * @param profile a profile that replaces the spec's ({@code hipaa-safe-harbor}, {@code test-data}, ...), if any
 */
public record WorkflowDefinition(JobSpec spec, String source, String target, SecretRef key, Optional<String> profile) {

    /** @throws InvalidInputException if a part is missing, or source and target are the same data source */
    public WorkflowDefinition {
        if (spec == null || source == null || target == null || key == null || profile == null) {
            throw new InvalidInputException("workflow: spec, source, target and key are required");
        }
        ResourceRef.dataSource("p", source); // names must be resource names
        ResourceRef.dataSource("p", target);
        if (source.equals(target)) {
            throw new InvalidInputException("workflow: source and target are the same data source '" + source
                    + "'; a workflow writes its output to another data source");
        }
        if (profile.isPresent() && profile.get().isBlank()) {
            throw new InvalidInputException("workflow: the profile is empty; leave it out to use the spec's");
        }
    }

    /** @return a definition that uses the spec's own profile */
    public static WorkflowDefinition of(JobSpec spec, String source, String target, SecretRef key) {
        return new WorkflowDefinition(spec, source, target, key, Optional.empty());
    }

    /** @return the spec as it runs: with {@link #profile()} when given */
    public JobSpec effectiveSpec() {
        return profile.map(spec::withProfile).orElse(spec);
    }

    /**
     * @return the SHA-256 of this definition's canonical JSON ({@link WorkflowJson#canonical}), as 64 lower-case hex
     *     digits: equal definitions have equal hashes, whatever the order of their members
     */
    public String contentHash() {
        return WorkflowJson.sha256(WorkflowJson.canonical(WorkflowJson.definition(this)));
    }
}

package dev.warden.core.workflow;

import java.util.List;
import java.util.Optional;

/**
 * Where the projects' data sources, workflow versions and run history live between runs:
 * {@link InMemoryWorkflowStore}, {@link JsonFileWorkflowStore} (one JSON file, for one host) or
 * {@code dev.warden.jdbc.JdbcWorkflowStore} (warden-jdbc; H2 or PostgreSQL, shared by many hosts). Other stores plug
 * in through {@link WorkflowStoreFactory}.
 *
 * <p>The store holds values only; who may change what, and the audit trail, are the business of {@link DataSources}
 * and {@link Workflows}. Every method is safe for concurrent use; a change is durable when it returns.
 */
public interface WorkflowStore extends AutoCloseable {

    /** @return the data source of that name in the project, if defined */
    Optional<DataSource> dataSource(String project, String name);

    /** @return the project's data sources, by name */
    List<DataSource> dataSources(String project);

    /**
     * Defines a data source, or replaces the definition of the same project and name.
     *
     * @throws dev.warden.WardenException if it cannot be stored; nothing changed
     */
    void saveDataSource(DataSource source);

    /** @return whether it was defined (and is now removed) */
    boolean deleteDataSource(String project, String name);

    /**
     * @return every version of the workflow, oldest first (deletions included, as versions without a definition);
     *     empty if it was never created
     */
    List<WorkflowVersion> history(String project, String name);

    /** @return the names of the project's workflows whose latest version is not a deletion, sorted */
    List<String> workflows(String project);

    /**
     * Appends the next version of a workflow.
     *
     * @param version its {@link WorkflowVersion#version()} must be one more than the latest stored (1 for the first)
     * @throws WorkflowConflictException if another version was stored meanwhile; nothing changed
     * @throws dev.warden.WardenException if it cannot be stored; nothing changed
     */
    void append(WorkflowVersion version);

    /** Keeps one run's record. */
    void saveRun(WorkflowRun run);

    /** @return the workflow's runs, oldest first, at most {@code limit} of the newest */
    List<WorkflowRun> runs(String project, String workflow, int limit);

    /** @return a short description for reports and messages, never a password */
    String describe();

    @Override
    default void close() {
    }
}

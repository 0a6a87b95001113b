package dev.warden.core.workflow;

import java.util.List;
import java.util.Optional;

/** Keeps data sources, workflow versions and runs in this process only; lost when it ends. The default store. */
public final class InMemoryWorkflowStore implements WorkflowStore {

    private final Catalog catalog = new Catalog();

    /** An empty store. */
    public InMemoryWorkflowStore() {
    }

    @Override
    public synchronized Optional<DataSource> dataSource(String project, String name) {
        return catalog.dataSource(project, name);
    }

    @Override
    public synchronized List<DataSource> dataSources(String project) {
        return catalog.dataSources(project);
    }

    @Override
    public synchronized void saveDataSource(DataSource source) {
        catalog.saveDataSource(source);
    }

    @Override
    public synchronized boolean deleteDataSource(String project, String name) {
        return catalog.deleteDataSource(project, name);
    }

    @Override
    public synchronized List<WorkflowVersion> history(String project, String name) {
        return catalog.history(project, name);
    }

    @Override
    public synchronized List<String> workflows(String project) {
        return catalog.workflows(project);
    }

    @Override
    public synchronized void append(WorkflowVersion version) {
        catalog.append(version);
    }

    @Override
    public synchronized void saveRun(WorkflowRun run) {
        catalog.saveRun(run);
    }

    @Override
    public synchronized List<WorkflowRun> runs(String project, String workflow, int limit) {
        return catalog.runs(project, workflow, limit);
    }

    @Override
    public String describe() {
        return "in memory";
    }
}

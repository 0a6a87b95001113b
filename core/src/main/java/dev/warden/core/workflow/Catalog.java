package dev.warden.core.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The state of a {@link WorkflowStore} held in memory: the in-memory store's whole state, the JSON file's image. */
final class Catalog {

    /** data sources by project, then name */
    final Map<String, TreeMap<String, DataSource>> dataSources = new TreeMap<>();
    /** versions by "project/name", oldest first */
    final Map<String, List<WorkflowVersion>> versions = new LinkedHashMap<>();
    /** runs by "project/name", oldest first */
    final Map<String, List<WorkflowRun>> runs = new LinkedHashMap<>();

    static String key(String project, String name) {
        return project + "/" + name;
    }

    Optional<DataSource> dataSource(String project, String name) {
        return Optional.ofNullable(dataSources.getOrDefault(project, new TreeMap<>()).get(name));
    }

    List<DataSource> dataSources(String project) {
        return List.copyOf(dataSources.getOrDefault(project, new TreeMap<>()).values());
    }

    void saveDataSource(DataSource source) {
        dataSources.computeIfAbsent(source.project(), p -> new TreeMap<>()).put(source.name(), source);
    }

    boolean deleteDataSource(String project, String name) {
        TreeMap<String, DataSource> inProject = dataSources.get(project);
        boolean removed = inProject != null && inProject.remove(name) != null;
        if (inProject != null && inProject.isEmpty()) {
            dataSources.remove(project);
        }
        return removed;
    }

    List<WorkflowVersion> history(String project, String name) {
        return List.copyOf(versions.getOrDefault(key(project, name), List.of()));
    }

    List<String> workflows(String project) {
        List<String> out = new ArrayList<>();
        for (List<WorkflowVersion> history : versions.values()) {
            WorkflowVersion latest = history.get(history.size() - 1);
            if (latest.project().equals(project) && !latest.deleted()) {
                out.add(latest.name());
            }
        }
        out.sort(null);
        return out;
    }

    void append(WorkflowVersion version) {
        List<WorkflowVersion> history = versions.computeIfAbsent(key(version.project(), version.name()), k -> new ArrayList<>());
        int expected = history.size() + 1;
        if (version.version() != expected) {
            if (history.isEmpty()) {
                versions.remove(key(version.project(), version.name()));
            }
            throw new WorkflowConflictException("workflow " + key(version.project(), version.name()) + ": version "
                    + version.version() + " cannot be stored, the next version is " + expected
                    + " (changed meanwhile); read it again and re-apply the change");
        }
        history.add(version);
    }

    void saveRun(WorkflowRun run) {
        List<WorkflowRun> list = runs.computeIfAbsent(key(run.project(), run.workflow()), k -> new ArrayList<>());
        list.removeIf(r -> r.id().equals(run.id()));
        list.add(run);
    }

    List<WorkflowRun> runs(String project, String workflow, int limit) {
        List<WorkflowRun> list = runs.getOrDefault(key(project, workflow), List.of());
        return List.copyOf(list.subList(Math.max(0, list.size() - Math.max(0, limit)), list.size()));
    }
}

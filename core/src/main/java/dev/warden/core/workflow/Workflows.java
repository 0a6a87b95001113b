package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.audit.UuidV7;
import dev.warden.auth.Principal;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.ValidationFailedException;
import dev.warden.policy.Action;
import dev.warden.policy.ResourceRef;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretResolver;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The projects' workflows, as {@link dev.warden.core.Warden#workflows()} hands them out: named, versioned
 * de-identification jobs, changed and run under the policy and recorded in the audit log, fail-closed.
 *
 * <p><b>Versions.</b> Every change appends a {@link WorkflowVersion} (creation is version 1, each update and the
 * deletion one more), with its author, time and content hash (SHA-256 of the definition's canonical JSON), so every
 * earlier version stays readable in {@link #history}. An update that changes nothing (same hash) makes no version.
 *
 * <p><b>Who may do what.</b> Create: {@code WORKFLOW_CREATE}; update: {@code WORKFLOW_UPDATE} (both project Editor);
 * delete: {@code WORKFLOW_DELETE} (Admin); read a workflow, its history and runs: {@code WORKFLOW_READ} (Viewer); list
 * them: {@code PROJECT_READ}; run: {@code WORKFLOW_EXECUTE} on the workflow, {@code DATA_SOURCE_READ} on its source and
 * {@code DATA_SOURCE_UPDATE} on its target (a dry run needs no right on the target, which it does not open). A refusal
 * is recorded as {@code ACCESS_DENIED}.
 *
 * <p><b>Events.</b> {@code WORKFLOW_CREATED}, {@code WORKFLOW_UPDATED}, {@code WORKFLOW_DELETED} with details
 * {@code version}, {@code contentHash} (and {@code previousVersion}); a run records {@code WORKFLOW_EXECUTED} when it
 * starts (before anything is read), {@code DATA_SOURCE_READ} before the source is opened, {@code DATA_SOURCE_WRITTEN}
 * with the row counts before the output is moved into place, and {@code WORKFLOW_EXECUTED} again when it finished
 * (rows read and written) or failed (outcome {@code FAILURE}, the error's type). All of a run's events carry the run's
 * id as correlation id and the workflow version. When an event cannot be recorded, the run stops there and the
 * target is left as it was. Events never hold a data value, a key or a credential.
 *
 * <p>Thread-safe; runs of different workflows may proceed concurrently.
 */
public final class Workflows {

    /** The share of the entity table a {@link #dryRun(Principal, String, String) dry run} takes by default, in percent. */
    public static final double DRY_RUN_PERCENT = 10;

    private final WorkflowStore store;
    private final Governed governed;
    private final DataSources dataSources;
    private final SecretResolver secrets;
    private final Clock clock = Clock.systemUTC();

    Workflows(WorkflowStore store, Governed governed, DataSources dataSources, SecretResolver secrets) {
        this.store = Objects.requireNonNull(store, "store");
        this.governed = Objects.requireNonNull(governed, "governed");
        this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Creates a workflow (version 1, or the next version after a deletion), as {@code actor}.
     *
     * @return the stored version
     * @throws dev.warden.policy.AccessDeniedException without {@code WORKFLOW_CREATE} (recorded)
     * @throws InvalidInputException if it exists, or its source or target is not a data source of the project with the
     *     right role
     * @throws dev.warden.audit.AuditUnavailableException if the change could not be recorded (nothing changed)
     * @throws WorkflowConflictException if it was created concurrently
     */
    public WorkflowVersion create(Principal actor, String project, String name, WorkflowDefinition definition) {
        ResourceRef ref = ResourceRef.workflow(project, name);
        Objects.requireNonNull(definition, "definition");
        governed.require(actor, Action.CREATE, ref);
        List<WorkflowVersion> history = store.history(project, name);
        if (!history.isEmpty() && !last(history).deleted()) {
            throw new InvalidInputException(ref + " already exists (version " + last(history).version()
                    + "); update it or choose another name");
        }
        checkDataSources(project, definition);
        WorkflowVersion next = WorkflowVersion.of(project, name, history.size() + 1, Optional.of(definition),
                actor.id(), clock.instant());
        return governed.audited(actor, versionEvent(AuditEventType.WORKFLOW_CREATED, actor, next).build(), () -> {
            store.append(next);
            return next;
        });
    }

    /**
     * Stores a new version of a workflow, as {@code actor}; the previous versions stay in its history.
     *
     * @return the new version, or the latest one unchanged when the definition is the same
     * @throws dev.warden.policy.AccessDeniedException without {@code WORKFLOW_UPDATE} (recorded)
     * @throws InvalidInputException if there is no such workflow, or its data sources are wrong
     * @throws WorkflowConflictException if another version was stored meanwhile (nothing changed)
     */
    public WorkflowVersion update(Principal actor, String project, String name, WorkflowDefinition definition) {
        ResourceRef ref = ResourceRef.workflow(project, name);
        Objects.requireNonNull(definition, "definition");
        governed.require(actor, Action.UPDATE, ref);
        WorkflowVersion latest = latest(project, name);
        if (latest.contentHash().equals(definition.contentHash())) {
            return latest;
        }
        checkDataSources(project, definition);
        WorkflowVersion next = WorkflowVersion.of(project, name, latest.version() + 1, Optional.of(definition),
                actor.id(), clock.instant());
        return governed.audited(actor, versionEvent(AuditEventType.WORKFLOW_UPDATED, actor, next)
                .detail("previousVersion", latest.version()).build(), () -> {
                    store.append(next);
                    return next;
                });
    }

    /**
     * Deletes a workflow, as {@code actor}: appends a version without a definition, so its history stays.
     *
     * @return whether it existed
     * @throws dev.warden.policy.AccessDeniedException without {@code WORKFLOW_DELETE} (recorded)
     */
    public boolean delete(Principal actor, String project, String name) {
        ResourceRef ref = ResourceRef.workflow(project, name);
        governed.require(actor, Action.DELETE, ref);
        List<WorkflowVersion> history = store.history(project, name);
        if (history.isEmpty() || last(history).deleted()) {
            return false;
        }
        WorkflowVersion next = WorkflowVersion.of(project, name, last(history).version() + 1, Optional.empty(),
                actor.id(), clock.instant());
        return governed.audited(actor, versionEvent(AuditEventType.WORKFLOW_DELETED, actor, next)
                .detail("previousVersion", last(history).version()).build(), () -> {
                    store.append(next);
                    return true;
                });
    }

    /** @return the latest version, unless the workflow does not exist or was deleted; needs {@code WORKFLOW_READ} */
    public Optional<WorkflowVersion> find(Principal actor, String project, String name) {
        governed.require(actor, Action.READ, ResourceRef.workflow(project, name));
        List<WorkflowVersion> history = store.history(project, name);
        return history.isEmpty() || last(history).deleted() ? Optional.empty() : Optional.of(last(history));
    }

    /** @return every version, oldest first, deletions included; needs {@code WORKFLOW_READ} */
    public List<WorkflowVersion> history(Principal actor, String project, String name) {
        governed.require(actor, Action.READ, ResourceRef.workflow(project, name));
        return store.history(project, name);
    }

    /** @return the project's workflows by name; needs {@code PROJECT_READ} on the project */
    public List<String> list(Principal actor, String project) {
        governed.require(actor, Action.READ, ResourceRef.project(project));
        return store.workflows(project);
    }

    /**
     * @param limit the most runs returned (the newest), at least 1
     * @return the workflow's runs, oldest first; needs {@code WORKFLOW_READ}
     */
    public List<WorkflowRun> runs(Principal actor, String project, String name, int limit) {
        governed.require(actor, Action.READ, ResourceRef.workflow(project, name));
        if (limit < 1) {
            throw new InvalidInputException("runs: the limit must be at least 1, not " + limit);
        }
        return store.runs(project, name, limit);
    }

    /**
     * Runs the workflow's latest version: reads its source (read-only), de-identifies with the key its reference
     * resolves to, validates, and moves the output into its target only when every check passed.
     *
     * @return the run, kept in the run history
     * @throws dev.warden.policy.AccessDeniedException without {@code WORKFLOW_EXECUTE}, {@code DATA_SOURCE_READ} on the
     *     source or {@code DATA_SOURCE_UPDATE} on the target (recorded; nothing ran)
     * @throws dev.warden.audit.AuditUnavailableException if an event could not be recorded (the run stops there; the
     *     target is as it was unless only the final event failed)
     * @throws InvalidInputException if there is no such workflow, or a row cannot be de-identified
     * @throws dev.warden.ConfigurationException if a data source cannot be opened (or lacks verified TLS in production)
     *     or the key cannot be resolved
     * @throws ValidationFailedException if a check after the job failed (nothing written)
     */
    public WorkflowRun run(Principal actor, String project, String name) {
        return execute(actor, project, name, false, Optional.empty(), Optional.empty());
    }

    /** Like {@link #run(Principal, String, String)}, reporting the job's progress (per table) to {@code progress}. */
    public WorkflowRun run(Principal actor, String project, String name, dev.warden.core.job.JobProgress progress) {
        return execute(actor, project, name, false, Optional.empty(), Optional.of(progress));
    }

    /**
     * Tests the workflow on a small subset without writing its target: {@link #DRY_RUN_PERCENT}% of the spec's entity
     * table (with the rows they refer to and that refer to them), or the spec's own subset, or everything when the
     * spec names no entity. The output is written to a temporary directory, validated, and removed.
     *
     * @return the run, kept in the run history with {@code dryRun} set
     * @throws dev.warden.policy.AccessDeniedException without {@code WORKFLOW_EXECUTE}, or {@code DATA_SOURCE_READ} on
     *     the source (recorded)
     */
    public WorkflowRun dryRun(Principal actor, String project, String name) {
        return execute(actor, project, name, true, Optional.empty(), Optional.empty());
    }

    /** Like {@link #dryRun(Principal, String, String)} on the given subset. */
    public WorkflowRun dryRun(Principal actor, String project, String name, SubsetRule subset) {
        return execute(actor, project, name, true, Optional.of(subset), Optional.empty());
    }

    private WorkflowRun execute(Principal actor, String project, String name, boolean dry, Optional<SubsetRule> subset,
            Optional<dev.warden.core.job.JobProgress> progress) {
        ResourceRef ref = ResourceRef.workflow(project, name);
        governed.require(actor, Action.EXECUTE, ref);
        WorkflowVersion version = latest(project, name);
        WorkflowDefinition definition = version.definition().orElseThrow();
        DataSource source = dataSources.require(project, definition.source());
        DataSource target = dataSources.require(project, definition.target());
        governed.require(actor, Action.READ, source.ref());
        if (!dry) {
            governed.require(actor, Action.UPDATE, target.ref());
        }
        checkRoles(ref, source, target);
        dataSources.checkTransport(source);
        if (!dry) {
            dataSources.checkTransport(target);
        }
        JobSpec defined = definition.effectiveSpec();
        JobSpec spec = !dry ? defined : subset.or(defined::subset)
                .or(() -> defined.entity().map(e -> new SubsetRule.Percent(e, DRY_RUN_PERCENT)))
                .map(defined::withSubset).orElse(defined);
        String runId = UuidV7.next();
        Instant started = clock.instant();
        AuditEvent start = runEvent(actor, version, runId, dry).detail("phase", "started")
                .detail("source", source.name()).detail("target", dry ? "(dry run: not written)" : target.name())
                .build();
        governed.audit.record(start); // refused here: nothing was read
        JobReport report = null;
        try {
            governed.audit.record(governed.event(AuditEventType.DATA_SOURCE_READ, actor, source.ref())
                    .correlationId(runId).detail("workflow", name).detail("workflowVersion", version.version())
                    .detail("purpose", dry ? "workflow dry run" : "workflow run").build());
            byte[] key = resolveKey(definition, ref);
            try (TableSource in = dataSources.open(source);
                 TableTarget out = dry ? DryRunTarget.create() : new RecordedTarget(dataSources.openTarget(target,
                         Datasets.Format.CSV), governed, actor, target, runId, version)) {
                DeidentificationJob.Builder job = DeidentificationJob.builder().spec(spec).source(in).target(out)
                        .clock(clock).deidentifiers(p -> Deidentifiers.forProfile(p, key));
                progress.ifPresent(job::progress);
                report = job.build().run();
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        } catch (RuntimeException e) {
            JobReport partial = e instanceof ValidationFailedException v ? v.report() : null;
            WorkflowRun failed = new WorkflowRun(runId, project, name, version.version(), actor.id(), dry, started,
                    clock.instant(), WorkflowRun.Status.FAILED, partial == null ? 0 : partial.rowsRead(),
                    partial == null ? 0 : partial.rowsWritten(), Optional.of(e.getClass().getSimpleName() + ": "
                    + e.getMessage()), Optional.ofNullable(partial).map(JobReport::toJson));
            try {
                governed.audit.record(runEvent(actor, version, runId, dry).outcome(Outcome.FAILURE)
                        .detail("phase", "failed").detail("error", e.getClass().getSimpleName())
                        .detail("rowsRead", failed.rowsRead()).detail("rowsWritten", 0).build());
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            try {
                store.saveRun(failed);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        WorkflowRun done = new WorkflowRun(runId, project, name, version.version(), actor.id(), dry, started,
                clock.instant(), WorkflowRun.Status.SUCCEEDED, report.rowsRead(), report.rowsWritten(),
                Optional.empty(), Optional.of(report.toJson()));
        store.saveRun(done);
        governed.audit.record(runEvent(actor, version, runId, dry).detail("phase", "finished")
                .detail("rowsRead", report.rowsRead()).detail("rowsWritten", dry ? 0 : report.rowsWritten())
                .detail("tables", report.tables().size()).build());
        return done;
    }

    private byte[] resolveKey(WorkflowDefinition definition, ResourceRef workflow) {
        try (Secret secret = secrets.resolve(definition.key())) {
            return secret.bytes();
        } catch (dev.warden.ConfigurationException e) {
            throw e;
        } catch (dev.warden.WardenException e) {
            throw new dev.warden.ConfigurationException(workflow + ": the job key (scheme " + definition.key().scheme()
                    + ") cannot be resolved: " + e.getMessage(), e);
        }
    }

    private AuditEvent.Builder runEvent(Principal actor, WorkflowVersion version, String runId, boolean dry) {
        return governed.event(AuditEventType.WORKFLOW_EXECUTED, actor, version.ref()).correlationId(runId)
                .detail("runId", runId).detail("version", version.version()).detail("contentHash", version.contentHash())
                .detail("dryRun", String.valueOf(dry));
    }

    private AuditEvent.Builder versionEvent(AuditEventType type, Principal actor, WorkflowVersion v) {
        AuditEvent.Builder b = governed.event(type, actor, v.ref()).detail("version", v.version())
                .detail("contentHash", v.contentHash());
        v.definition().ifPresent(d -> b.detail("source", d.source()).detail("target", d.target())
                .detail("profile", d.effectiveSpec().profile()));
        return b;
    }

    private WorkflowVersion latest(String project, String name) {
        List<WorkflowVersion> history = store.history(project, name);
        if (history.isEmpty() || last(history).deleted()) {
            throw new InvalidInputException(ResourceRef.workflow(project, name) + ": no such workflow"
                    + (history.isEmpty() ? "" : " (deleted in version " + last(history).version() + ")"));
        }
        return last(history);
    }

    private void checkDataSources(String project, WorkflowDefinition definition) {
        checkRoles(ResourceRef.workflow(project, "-"), dataSources.require(project, definition.source()),
                dataSources.require(project, definition.target()));
    }

    private static void checkRoles(ResourceRef workflow, DataSource source, DataSource target) {
        if (source.role() != DataSource.Role.SOURCE) {
            throw new InvalidInputException("workflow in project " + workflow.project() + ": " + source.ref()
                    + " is a target; a workflow reads from a data source with role source");
        }
        if (target.role() != DataSource.Role.TARGET) {
            throw new InvalidInputException("workflow in project " + workflow.project() + ": " + target.ref()
                    + " is a source, which is read-only; a workflow writes to a data source with role target");
        }
    }

    private static WorkflowVersion last(List<WorkflowVersion> history) {
        return history.get(history.size() - 1);
    }
}

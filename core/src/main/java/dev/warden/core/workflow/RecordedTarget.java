package dev.warden.core.workflow;

import dev.warden.audit.AuditEventType;
import dev.warden.auth.Principal;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.TableWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's target that counts the rows written per table and records {@code DATA_SOURCE_WRITTEN} before the output is
 * moved into place: when the event cannot be recorded, the commit does not happen and the job aborts the target.
 */
final class RecordedTarget implements TableTarget {

    private final TableTarget target;
    private final Governed governed;
    private final Principal actor;
    private final DataSource dataSource;
    private final String runId;
    private final WorkflowVersion version;
    private final Map<String, long[]> rows = new LinkedHashMap<>();

    RecordedTarget(TableTarget target, Governed governed, Principal actor, DataSource dataSource, String runId,
            WorkflowVersion version) {
        this.target = target;
        this.governed = governed;
        this.actor = actor;
        this.dataSource = dataSource;
        this.runId = runId;
        this.version = version;
    }

    @Override
    public String describe() {
        return target.describe();
    }

    @Override
    public TableWriter create(String table, List<SourceColumn> columns) {
        TableWriter writer = target.create(table, columns);
        long[] count = rows.computeIfAbsent(table, t -> new long[1]);
        return new TableWriter() {
            @Override
            public void write(String[] row) {
                writer.write(row);
                count[0]++;
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    @Override
    public TableSource staged() {
        return target.staged();
    }

    @Override
    public void commit() {
        long total = rows.values().stream().mapToLong(c -> c[0]).sum();
        governed.audit.record(governed.event(AuditEventType.DATA_SOURCE_WRITTEN, actor, dataSource.ref())
                .correlationId(runId).detail("workflow", version.name()).detail("workflowVersion", version.version())
                .detail("tables", rows.size()).detail("rowsWritten", total).build());
        target.commit();
    }

    @Override
    public void abort() {
        target.abort();
    }

    @Override
    public void close() {
        target.close();
    }
}

package dev.warden.core.workflow;

import dev.warden.ConfigurationException;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.TableWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A dry run's target: the output is staged in a private temporary directory so the job can validate it, and never
 * moved anywhere ({@link #commit()} discards it); the directory is removed when closed.
 */
final class DryRunTarget implements TableTarget {

    private final Path dir;
    private final TableTarget staging;

    private DryRunTarget(Path dir, TableTarget staging) {
        this.dir = dir;
        this.staging = staging;
    }

    static DryRunTarget create() {
        Path dir;
        try {
            dir = Files.createTempDirectory("warden-dry-run-");
        } catch (IOException e) {
            throw new ConfigurationException("dry run: cannot create a temporary directory (" + e.getClass().getSimpleName()
                    + "); check java.io.tmpdir", e);
        }
        return new DryRunTarget(dir, Datasets.target(dir.resolve("output").toString(), Datasets.Format.CSV));
    }

    @Override
    public String describe() {
        return "dry run (not written)";
    }

    @Override
    public TableWriter create(String table, List<SourceColumn> columns) {
        return staging.create(table, columns);
    }

    @Override
    public TableSource staged() {
        return staging.staged();
    }

    @Override
    public void commit() {
        staging.abort();
    }

    @Override
    public void abort() {
        staging.abort();
    }

    @Override
    public void close() {
        try {
            staging.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort: a private temporary directory
            }
        }
    }
}

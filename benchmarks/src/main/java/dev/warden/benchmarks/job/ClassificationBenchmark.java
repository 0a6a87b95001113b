package dev.warden.benchmarks.job;

import dev.warden.core.job.Datasets;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.SpecProposer;
import dev.warden.core.job.TableSource;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * {@code warden classify} on a whole export (the 15-table Synthea Nebraska export by default, 35,078 rows): the
 * proposal from evidence (every row read, entity spread, code systems, detectors, foreign keys by containment)
 * beside the lower bound, reading every row of every table with the same CSV source and nothing else. Target: a
 * 15-table export classified in under 2 s.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ClassificationBenchmark -f 1 -wi 3 -i 5 \
 *     -p input=core/src/test/resources/data/synthea-nebraska
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClassificationBenchmark {

    /** A directory of CSV files, one per table. */
    @Param("core/src/test/resources/data/synthea-nebraska")
    public String input;

    /** The lower bound: every row of every table read once. */
    @Benchmark
    public long readEveryRow() {
        long cells = 0;
        try (TableSource source = Datasets.source(input)) {
            for (String t : source.tables()) {
                try (RowReader r = source.open(t, source.schema(t).columnNames())) {
                    for (String[] row = r.next(); row != null; row = r.next()) {
                        cells += row.length;
                    }
                }
            }
        }
        return cells;
    }

    /** Warden: the proposal, with the default number of rows read per table. */
    @Benchmark
    public JobSpec propose() {
        try (TableSource source = Datasets.source(input)) {
            return new SpecProposer(source, SpecProposer.DEFAULT_SAMPLE_ROWS).propose("bench", "hipaa-safe-harbor",
                    LocalDate.of(2024, 12, 31));
        }
    }
}

package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's copy runs as a pipeline (rows read ahead on one thread, checked and written on another, in batches): rows
 * keep their order, row numbers in messages stay exact, and a failure on any thread fails the job with nothing moved
 * into place and no thread left running.
 */
class JobPipelineTest {

    private static final int ROWS = 5 * OutputStage.BATCH + 17;

    private static final String SPEC = """
            {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
             "tables": {"people": {"primaryKey": "id", "columns": {"id": "ID", "ssn": "SSN", "born": "DOB", "note": "keep"}}}}
            """;

    @TempDir
    Path dir;

    private Path input(int badRow, String badLine) throws IOException {
        return input(ROWS, badRow, badLine);
    }

    private Path input(int rows, int badRow, String badLine) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder csv = new StringBuilder("id,ssn,born,note\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i == badRow ? badLine : "p" + i + "," + String.format("%03d-45-%04d", i % 900 + 100, i) + ",1950-02-03,row " + i)
                    .append('\n');
        }
        Files.writeString(in.resolve("people.csv"), csv, StandardCharsets.UTF_8);
        return in;
    }

    private JobReport run(Path in, TableTarget target) {
        try (TableSource source = Datasets.source(in.toString()); target) {
            return DeidentificationJob.builder().spec(JobSpec.parse(SPEC, "spec.json")).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, FileJobTest.KEY)).build().run();
        }
    }

    private static void assertNoJobThreadLeft() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("warden-job-"));
    }

    private void assertNothingStaged() throws IOException {
        assertThat(dir.resolve("out")).doesNotExist();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }

    @Test
    void rowsOfATableOfManyBatchesAreWrittenInTheirOrder() throws IOException {
        Path out = dir.resolve("out");
        JobReport report = run(input(-1, null), Datasets.target(out.toString(), Datasets.Format.CSV));
        assertThat(report.validation().passed()).isTrue();
        List<Map<String, String>> rows = SyntheaJobTest.read(out, "people");
        assertThat(rows).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(rows.get(i).get("note")).isEqualTo("row " + (i + 1));
        }
        assertNoJobThreadLeft();
    }

    @Test
    void aMalformedRowFarIntoTheTableIsReportedWithItsRowNumber() throws IOException {
        int bad = 3 * ReadAhead.BATCH + 5;
        Path in = input(bad, "p,1,2,3,4,5");
        assertThatThrownBy(() -> run(in, Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table people, row " + bad + ":");
        assertNothingStaged();
        assertNoJobThreadLeft();
    }

    @Test
    void aCellThatCannotBeTransformedFarIntoTheTableIsReportedWithItsRowNumber() throws IOException {
        int bad = 4 * ReadAhead.BATCH + 2;
        Path in = input(bad, "p" + bad + ",123-45-6789,not-a-date,x");
        assertThatThrownBy(() -> run(in, Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table people, row " + bad + ", column born").hasMessageNotContaining("not-a-date");
        assertNothingStaged();
        assertNoJobThreadLeft();
    }

    /**
     * The real CSV target, its writers wrapped: each records the thread that writes, and the one that writes row
     * {@code failAt} throws (none when 0).
     */
    private TableTarget watched(int failAt, Set<String> writingThreads) {
        TableTarget real = Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV);
        return new TableTarget() {
            @Override
            public String describe() {
                return real.describe();
            }

            @Override
            public TableWriter create(String table, List<SourceColumn> columns) {
                TableWriter w = real.create(table, columns);
                return new TableWriter() {
                    int rows;

                    @Override
                    public void write(String[] row) {
                        writingThreads.add(Thread.currentThread().getName());
                        if (++rows == failAt) {
                            throw new UncheckedIOException("disk full", new IOException("No space left on device"));
                        }
                        w.write(row);
                    }

                    @Override
                    public void close() {
                        w.close();
                    }
                };
            }

            @Override
            public TableSource staged() {
                return real.staged();
            }

            @Override
            public void commit() {
                real.commit();
            }

            @Override
            public void abort() {
                real.abort();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    @Test
    void aWriterThatFailsFailsTheJobWithItsExceptionAndNothingIsMovedIntoPlace() throws IOException {
        Path in = input(-1, null);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        assertThatThrownBy(() -> run(in, watched(2 * OutputStage.BATCH + 3, threads))).isInstanceOf(UncheckedIOException.class)
                .hasMessage("disk full");
        assertThat(threads).containsExactly("warden-job-output-people");
        assertNothingStaged();
        assertNoJobThreadLeft();
    }

    @Test
    void aTableOfFewerRowsThanABatchIsCheckedAndWrittenOnTheJobsThreadInItsOrder() throws IOException {
        Path out = dir.resolve("out");
        Set<String> threads = ConcurrentHashMap.newKeySet();
        JobReport report = run(input(OutputStage.BATCH - 1, -1, null), watched(0, threads));
        assertThat(report.validation().passed()).isTrue();
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        List<Map<String, String>> rows = SyntheaJobTest.read(out, "people");
        assertThat(rows).hasSize(OutputStage.BATCH - 1);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("note")).isEqualTo("row " + (i + 1));
        }
        assertNoJobThreadLeft();
    }

    @Test
    void aTableOfExactlyOneBatchIsWrittenWhole() throws IOException {
        Path out = dir.resolve("out");
        JobReport report = run(input(OutputStage.BATCH, -1, null), Datasets.target(out.toString(), Datasets.Format.CSV));
        assertThat(report.validation().passed()).isTrue();
        assertThat(SyntheaJobTest.read(out, "people")).hasSize(OutputStage.BATCH);
        assertNoJobThreadLeft();
    }

    @Test
    void aMalformedRowOfASmallTableIsReportedWithItsRowNumber() throws IOException {
        Path in = input(100, 37, "p,1,2,3,4,5");
        assertThatThrownBy(() -> run(in, Datasets.target(dir.resolve("out").toString(), Datasets.Format.CSV)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table people, row 37:");
        assertNothingStaged();
        assertNoJobThreadLeft();
    }

    @Test
    void aWriterThatFailsOnASmallTableFailsTheJobWithItsException() throws IOException {
        Path in = input(100, -1, null);
        assertThatThrownBy(() -> run(in, watched(10, ConcurrentHashMap.newKeySet()))).isInstanceOf(UncheckedIOException.class)
                .hasMessage("disk full");
        assertNothingStaged();
        assertNoJobThreadLeft();
    }
}

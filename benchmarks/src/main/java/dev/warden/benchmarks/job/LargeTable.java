package dev.warden.benchmarks.job;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobProgress;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Flat memory: generates one CSV table of N rows (2,000,000 by default; id, SSN, name, birth date, ZIP, city, amount)
 * and de-identifies it with the Safe Harbor profile. Run it under a small heap to show the job streams:
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.job.LargeTable [rows]
 * </pre>
 *
 * Prints rows/s and the peak heap; exits 1 if validation failed.
 */
public final class LargeTable {

    static final String SPEC = """
            {"name": "large-table", "profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
             "tables": {"people": {"primaryKey": "id", "columns": {"id": "ID", "ssn": "SSN", "name": "NAME",
               "birth_date": "DOB", "zip": "ZIP", "city": "CITY", "amount": "keep"}}}}
            """;

    private LargeTable() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Path work = Files.createTempDirectory("warden-large");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            SplittableRandom random = new SplittableRandom(1);
            try (BufferedWriter w = Files.newBufferedWriter(in.resolve("people.csv"), StandardCharsets.UTF_8)) {
                w.write("id,ssn,name,birth_date,zip,city,amount\n");
                for (int i = 0; i < rows; i++) {
                    w.write(String.format(Locale.ROOT, "P%09d,9%02d-%02d-%04d,Person %d,%d-%02d-%02d,%05d,Town %d,%d.%02d%n", i,
                            random.nextInt(100), 1 + random.nextInt(99), 1 + random.nextInt(9999), i,
                            1925 + random.nextInt(95), 1 + random.nextInt(12), 1 + random.nextInt(28),
                            random.nextInt(100_000), random.nextInt(5000), random.nextInt(10_000), random.nextInt(100)));
                }
            }
            long start = System.nanoTime();
            JobReport report;
            try (TableSource source = Datasets.source(in.toString());
                 TableTarget target = Datasets.target(work.resolve("out").toString(), Datasets.Format.CSV)) {
                report = DeidentificationJob.builder().spec(JobSpec.parse(SPEC, "large-table")).source(source).target(target)
                        .deidentifiers(p -> Deidentifiers.forProfile(p, "large-table-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8)))
                        .progress(new JobProgress() {
                            @Override
                            public void rows(String table, long read, long written, double rate, boolean done) {
                                if (read % 500_000 == 0 || done) {
                                    System.err.printf(Locale.ROOT, "%s: %,d rows (%,.0f rows/s)%n", table, read, rate);
                                }
                            }
                        }).build().run();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.print(report.summary());
            System.out.printf(Locale.ROOT, "max heap %d MiB; %,d rows in %.1f s (%,.0f rows/s)%n",
                    Runtime.getRuntime().maxMemory() >> 20, report.rowsRead(), seconds, report.rowsRead() / seconds);
            if (!report.validation().passed()) {
                System.exit(1);
            }
        } finally {
            JobThroughput.deleteTree(work);
        }
    }
}

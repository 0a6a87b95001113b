package dev.warden.samples.cli;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.ValidationFailedException;
import dev.warden.core.job.demo.DemoDataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden demo}: the main job on the embedded default, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the embedded default: generate a synthetic patient data set (patients, "
                + "encounters, conditions; invented people, some over 89, ZIP codes with leading zeros and in restricted "
                + "areas) into an embedded H2 database, de-identify it with the hipaa-safe-harbor profile into a second H2 "
                + "database under a random job key, validate, and print the report."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--patients", defaultValue = "200", paramLabel = "N", description = "Patients to generate (default 200).")
    int patients;

    @Option(names = "--seed", defaultValue = "20240101", paramLabel = "SEED", description = "Generator seed (default 20240101).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Keep both databases in DIR (source.mv.db, deidentified.mv.db); by default a temporary directory, deleted at the end.")
    Path dir;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the JSON report here.")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        if (patients < 1 || patients > 1_000_000) {
            throw new dev.warden.ConfigurationException("--patients: between 1 and 1000000");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("warden-demo") : Files.createDirectories(dir);
        String sourceUrl = "jdbc:h2:file:" + work.toAbsolutePath().resolve("source");
        String targetUrl = "jdbc:h2:file:" + work.toAbsolutePath().resolve("deidentified");
        try {
            if (Files.exists(work.resolve("source.mv.db"))) {
                throw new dev.warden.ConfigurationException("--dir: " + work + " already holds a demo; choose an empty directory");
            }
            long[] counts = DemoDataset.generate(sourceUrl, patients, seed);
            out.printf(Locale.ROOT, "generated %d patients, %d encounters, %d conditions into %s%n", counts[0], counts[1], counts[2], sourceUrl);
            out.println();
            out.println("before (first 3 patients, all invented):");
            show(out, sourceUrl);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            JobReport result;
            try (TableSource source = Datasets.source(sourceUrl);
                 TableTarget target = Datasets.target(targetUrl, Datasets.Format.CSV)) {
                DeidentificationJob.Builder job = DeidentificationJob.builder()
                        .spec(JobSpec.parse(DemoDataset.spec(), "demo-spec.json")).source(source).target(target)
                        .deidentifiers(p -> Deidentifiers.forProfile(p, key));
                if (!quiet) {
                    job.progress(new StderrProgress(spec.commandLine().getErr()));
                }
                result = job.build().run();
            } catch (ValidationFailedException e) {
                out.print(e.report().summary());
                out.flush();
                writeReport(e.report());
                return ExitCode.VALIDATION_FAILED;
            } finally {
                Arrays.fill(key, (byte) 0);
            }
            out.println();
            out.println("after (hipaa-safe-harbor, into " + targetUrl + "):");
            show(out, targetUrl);
            out.println(facts(targetUrl));
            out.println();
            out.print(result.summary());
            writeReport(result);
            if (!temporary) {
                out.println("databases kept in " + work.toAbsolutePath());
            }
            out.flush();
            return ExitCode.OK;
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    private void writeReport(JobReport result) throws IOException {
        if (report != null) {
            Files.writeString(report, result.toJson());
        }
    }

    private static void show(PrintWriter out, String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"ID\", \"FIRST_NAME\", \"LAST_NAME\", \"SSN\", \"BIRTH_DATE\", \"STREET\", "
                     + "\"CITY\", \"ZIP\", \"PHONE\", \"EMAIL\" FROM \"PATIENTS\" ORDER BY _ROWID_ LIMIT 3")) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 1; i <= 10; i++) {
                    String v = rs.getString(i);
                    line.append(i == 1 ? "" : " | ").append(v == null ? "NULL" : v);
                }
                out.println(line);
            }
        }
    }

    /** What Safe Harbor did to ages over 89 and restricted ZIP areas, counted in the output. */
    private static String facts(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SUM(CASE WHEN \"BIRTH_DATE\" = '90+' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN \"ZIP\" = '000' THEN 1 ELSE 0 END), SUM(CASE WHEN \"ZIP\" LIKE '0%' AND \"ZIP\" <> '000' THEN 1 ELSE 0 END) "
                     + "FROM \"PATIENTS\"")) {
            rs.next();
            return String.format(Locale.ROOT, "  patients over 89 (birth year now 90+): %d; ZIP in a restricted area (now 000): %d; "
                    + "ZIP3 with a leading zero kept: %d", rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SubsetRule;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.ValidationFailedException;
import dev.warden.secrets.Secret;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden deidentify}: the main job. */
@Command(name = "deidentify", mixinStandardHelpOptions = true,
        description = {"De-identify a multi-table data set consistently: read every table of the spec from the input, "
                + "transform each column as the spec and its profile say (foreign keys keep joining), write the output, "
                + "validate it (foreign keys, row counts, detectors, no input identifier left) and report.",
            "The output is staged and moved into place only when everything passed; a failure leaves the previous output untouched."})
final class DeidentifyCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR|JDBC-URL",
            description = "A directory of <table>.csv files (header row), or a JDBC URL opened read-only.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR|JDBC-URL",
            description = "A directory (new, empty or written by warden before) or a JDBC URL.")
    String output;

    @Option(names = "--spec", required = true, paramLabel = "FILE", description = "The job spec (JSON); `warden classify` proposes one.")
    Path spec;

    @Option(names = "--key", required = true, paramLabel = "SECRET-REF",
            description = "Where the job key is, e.g. env:WARDEN_JOB_KEY or file:/run/secrets/job-key; at least 16 bytes. "
                    + "The same key gives the same output.")
    String key;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|jsonl", description = "File format of a directory output (default csv).")
    String format;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter of input and output (default: detected from the first line of the first input file: comma, semicolon, tab or |).")
    Character delimiter;

    @Option(names = "--subset", paramLabel = "TABLE:PERCENT|TABLE:CONDITION",
            description = "Start a referentially complete subset from TABLE: PERCENT of its rows (chosen by keyed hash of the "
                    + "primary key), or the rows matching CONDITION (SQL WHERE for JDBC, e.g. \"GENDER = 'F'\" for files).")
    String subset;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here: JSON, or one HTML page when FILE ends with .html.")
    Path report;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json (secret stores).")
    Path config;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        JobSpec jobSpec = JobSpec.load(spec);
        Datasets.Format fmt = Datasets.Format.parse(format);
        byte[] jobKey = resolveKey();
        try (TableSource source = Datasets.source(input, delimiter());
             TableTarget target = Datasets.target(output, fmt, delimiter())) {
            DeidentificationJob.Builder job = DeidentificationJob.builder().spec(jobSpec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, jobKey));
            if (subset != null) {
                job.subset(SubsetRule.parse(subset));
            }
            if (!quiet) {
                job.progress(new StderrProgress(err));
            }
            JobReport result;
            try {
                result = job.build().run();
            } catch (ValidationFailedException e) {
                write(e.report());
                out.print(e.report().summary());
                out.flush();
                err.println("warden deidentify: " + e.getMessage().replace('\n', ' '));
                err.flush();
                return ExitCode.VALIDATION_FAILED;
            }
            write(result);
            out.print(result.summary());
            out.flush();
            return ExitCode.OK;
        } finally {
            Arrays.fill(jobKey, (byte) 0);
        }
    }

    private byte[] resolveKey() {
        Warden.Builder builder = Warden.builder();
        if (config != null) {
            builder.configuration(config);
        }
        try (Warden warden = builder.build(); Secret secret = warden.secrets().resolve(key)) {
            byte[] bytes = dev.warden.core.secrets.KeyMaterial.decode(dev.warden.secrets.SecretRef.parse(key), secret, "--key");
            if (bytes.length < Deidentifiers.MIN_KEY_BYTES) {
                Arrays.fill(bytes, (byte) 0);
                throw new ConfigurationException("--key: the job key must be at least " + Deidentifiers.MIN_KEY_BYTES
                        + " bytes (use 32 random bytes, e.g. hex:$(openssl rand -hex 32))");
            }
            return bytes;
        }
    }

    private void write(JobReport result) throws IOException {
        if (report != null) {
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(report, report.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")
                    ? result.toHtml() : result.toJson());
        }
    }

    /** @return the delimiter given, or the one the input's first CSV file uses */
    private char delimiter() {
        return delimiter != null ? delimiter : Datasets.detectDelimiter(input.toString());
    }
}

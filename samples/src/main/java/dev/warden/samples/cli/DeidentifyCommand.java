package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.workflow.DataSource;
import dev.warden.core.workflow.WorkflowDefinition;
import dev.warden.core.workflow.WorkflowRun;
import dev.warden.core.workflow.WorkflowVersion;
import dev.warden.core.workflow.Workflows;
import dev.warden.secrets.SecretRef;
import java.util.Optional;
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
            description = "A directory of <table>.csv, <table>.tsv (tab-delimited) or <table>.jsonl files (a header row in "
                    + "each .csv and .tsv), or a JDBC URL opened read-only. Each table is written as <table>.csv (or .jsonl).")
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

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter of input and output (default: detected from the first line of the first input .csv file: comma, semicolon, tab or |; a comma without one). Input .tsv files are read with a tab whatever it is.")
    Character delimiter;

    @Option(names = "--subset", paramLabel = "TABLE:PERCENT|TABLE:CONDITION",
            description = "Start a referentially complete subset from TABLE: PERCENT of its rows (chosen by keyed hash of the "
                    + "primary key), or the rows matching CONDITION (SQL WHERE for JDBC, e.g. \"GENDER = 'F'\" for files).")
    String subset;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the report here: JSON, or one HTML page when FILE ends with .html.")
    Path report;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A warden.json. With it the job runs as the workflow --workflow of --project, as the operator "
                    + "whose API key is given (--api-key-env / --api-key-stdin): authorized and audited by Warden, the "
                    + "input and output being data sources of the project. Without it nothing is authenticated, "
                    + "authorized or audited (development).")
    Path config;

    @Option(names = "--project", paramLabel = "PROJECT", description = "With --config: the project the run belongs to.")
    String project;

    @Option(names = "--workflow", paramLabel = "NAME",
            description = "With --config: the workflow created (or updated to a new version) from --spec and run "
                    + "(default: the spec file's name without .json).")
    String workflow;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "WARDEN_API_KEY",
            description = "With --config: the environment variable holding the operator's API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--api-key-stdin", description = "With --config: read the operator's API key from standard input.")
    boolean apiKeyStdin;

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
        if (config != null) {
            return governed(jobSpec, fmt, out, err);
        }
        err.println("warning: no configuration (--config): nothing is authenticated, authorized or audited (development)");
        err.flush();
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

    /** With a configuration: the job as a workflow of the project, through the governed workflow API. */
    private int governed(JobSpec jobSpec, Datasets.Format fmt, PrintWriter out, PrintWriter err) throws IOException {
        if (project == null) {
            throw new InvalidInputException("--project: with --config the job runs as a workflow of a project; name it");
        }
        if (fmt != Datasets.Format.CSV || delimiter != null && delimiter != ',') {
            throw new InvalidInputException("--format/--delimiter: a workflow run writes comma-separated CSV; leave them "
                    + "out with --config");
        }
        String name = workflow != null ? workflow : spec.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        JobSpec effective = subset == null ? jobSpec : jobSpec.withSubset(SubsetRule.parse(subset));
        try (OperatorOptions.Session s = OperatorOptions.signIn(config, apiKeyEnv, apiKeyStdin, err)) {
            Workflows workflows = s.warden().workflows();
            DataSource source = dataSource(s, input, DataSource.Role.SOURCE, "--input");
            DataSource target = dataSource(s, output, DataSource.Role.TARGET, "--output");
            WorkflowDefinition definition = new WorkflowDefinition(effective, source.name(), target.name(),
                    SecretRef.parse(key), Optional.empty());
            WorkflowVersion version = workflows.find(s.principal(), project, name).isPresent()
                    ? workflows.update(s.principal(), project, name, definition)
                    : workflows.create(s.principal(), project, name, definition);
            WorkflowRun run;
            try {
                run = workflows.run(s.principal(), project, name);
            } catch (ValidationFailedException e) {
                write(e.report());
                out.print(e.report().summary());
                out.flush();
                err.println("warden deidentify: " + e.getMessage().replace('\n', ' '));
                return ExitCode.VALIDATION_FAILED;
            }
            if (report != null && run.report().isPresent()) {
                writeReport(run.report().get());
            }
            out.println("run " + run.id() + " of workflow " + project + "/" + name + " version " + version.version()
                    + " by " + run.actor() + ": " + run.rowsRead() + " rows read, " + run.rowsWritten()
                    + " written to data source " + target.name() + " (recorded in the audit log)");
            return ExitCode.OK;
        }
    }

    /** @return the project's data source at this location with this role; one must be defined */
    private DataSource dataSource(OperatorOptions.Session s, String location, DataSource.Role role, String option) {
        for (DataSource d : s.warden().dataSources().list(s.principal(), project)) {
            if (d.role() == role && sameLocation(d.location(), location)) {
                return d;
            }
        }
        throw new InvalidInputException(option + " " + location + ": no data source of project " + project + " with "
                + "role " + role.name().toLowerCase(java.util.Locale.ROOT) + " is at this location; define one first "
                + "(warden datasource create --project " + project + " --name NAME --location ... --role "
                + role.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static boolean sameLocation(String defined, String given) {
        if (defined.startsWith("jdbc:") || given.startsWith("jdbc:")) {
            return defined.equals(given);
        }
        return Path.of(defined).toAbsolutePath().normalize().equals(Path.of(given).toAbsolutePath().normalize());
    }

    private byte[] resolveKey() {
        Warden.Builder builder = Warden.builder();
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
            writeReport(report.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html")
                    ? result.toHtml() : result.toJson());
        }
    }

    private void writeReport(String text) throws IOException {
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, text);
    }

    /** @return the delimiter given, or the one the input's first CSV file uses */
    private char delimiter() {
        return delimiter != null ? delimiter : Datasets.detectDelimiter(input.toString());
    }
}

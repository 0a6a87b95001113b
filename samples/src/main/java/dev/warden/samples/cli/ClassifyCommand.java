package dev.warden.samples.cli;

import dev.warden.core.job.Datasets;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SpecProposer;
import dev.warden.core.job.TableSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden classify}: proposes a job spec from header names and sampled values. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Propose a job spec for a data set from its header names and a sample of its values. It never "
                + "proposes keep for a column that looks like an identifier; where it is unsure it picks the more protective "
                + "rule and says so in the column's comment. The proposal runs as it is with `warden deidentify`."})
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "DIR|JDBC-URL", description = "A directory of <table>.csv, <table>.tsv (tab-delimited) or <table>.jsonl files, or a JDBC URL (read-only).")
    String input;

    @Option(names = "--profile", defaultValue = "hipaa-safe-harbor", paramLabel = "PROFILE",
            description = "Default profile of the proposed spec: hipaa-safe-harbor (default), test-data or gdpr-erasure.")
    String profile;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the spec here instead of standard output.")
    Path output;

    @Option(names = "--sample", defaultValue = "" + SpecProposer.DEFAULT_SAMPLE_ROWS, paramLabel = "ROWS",
            description = "Rows read per table, the first ones (default ${DEFAULT-VALUE}); smaller tables are read whole.")
    int sample;

    @Option(names = "--vocabulary-share", defaultValue = "" + SpecProposer.DEFAULT_VOCABULARY_SHARE, paramLabel = "SHARE",
            description = "Entity-spread evidence: a text column is shared vocabulary when at least this share of its rows "
                    + "hold a value that two or more entities carry (default ${DEFAULT-VALUE}).")
    double vocabularyShare;

    @Option(names = "--explain", description = "Print the evidence behind each column's rule to standard error "
            + "(the spec keeps it in each column's comment).")
    boolean explain;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter (default: detected from the first line of the first .csv file: comma, semicolon, tab or |). .tsv files are read with a tab whatever it is.")
    Character delimiter;

    @CommandLine.Mixin
    ClassificationEvaluationOptions evaluation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!dev.warden.deid.Profiles.NAMES.contains(profile)) {
            throw new dev.warden.ConfigurationException("--profile: use one of " + String.join(", ", dev.warden.deid.Profiles.NAMES));
        }
        if (evaluation.requested()) {
            return evaluation.run(input, sample, spec.commandLine().getOut());
        }
        JobSpec proposal;
        try (TableSource source = Datasets.source(input, delimiter())) {
            String name = output == null ? "proposed" : output.getFileName().toString().replaceAll("\\.json$", "");
            proposal = new SpecProposer(source, sample, vocabularyShare).propose(name, profile, LocalDate.now(ZoneOffset.UTC));
        }
        if (explain) {
            PrintWriter err = spec.commandLine().getErr();
            for (dev.warden.core.job.TableSpec t : proposal.tables()) {
                err.println(t.name() + t.primaryKey().map(k -> " (primary key " + k + ")").orElse(""));
                t.foreignKeys().forEach(f -> err.println("  " + f.column() + " -> " + f.referencedTable() + "."
                        + f.referencedColumn() + ": a foreign key, takes its parent key's rule and consistency domain"));
                for (dev.warden.core.job.ColumnSpec c : t.columns()) {
                    err.println("  " + c.name() + ": " + c.comment().orElse(c.rule().toString()));
                }
            }
            err.flush();
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(proposal.toJson());
            out.flush();
        } else {
            Files.writeString(output, proposal.toJson());
            spec.commandLine().getErr().println("wrote " + output + "; review the columns with a comment");
            spec.commandLine().getErr().flush();
        }
        return ExitCode.OK;
    }

    /** @return the delimiter given, or the one the input's first CSV file uses */
    private char delimiter() {
        return delimiter != null ? delimiter : Datasets.detectDelimiter(input.toString());
    }
}

package dev.warden.samples.cli;

import dev.warden.core.anonymity.RiskAnalysis;
import dev.warden.core.anonymity.Table;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden risk}: re-identification risk of a table's quasi-identifiers. */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = {"Analyse the re-identification risk of a table: equivalence classes of the quasi-identifiers, "
                + "sample uniques, prosecutor risk (highest, average, records above the threshold) and marketer risk, "
                + "the table taken as the population. Text by default, --json for JSON, --html for a report with a "
                + "histogram of class sizes. No data value is printed."})
final class RiskCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR|JDBC-URL",
            description = "A CSV file, a directory of <table>.csv files, or a JDBC URL (read-only).")
    String input;

    @Option(names = "--table", paramLabel = "TABLE", description = "The table, for a directory or a database.")
    String table;

    @Option(names = "--qi", required = true, split = ",", paramLabel = "COL",
            description = "The quasi-identifier columns, comma-separated.")
    List<String> quasiIdentifiers;

    @Option(names = "--sensitive", paramLabel = "COL",
            description = "A sensitive column: reports the smallest number of distinct values in a class (distinct l).")
    String sensitive;

    @Option(names = "--threshold", defaultValue = "0.2", paramLabel = "RISK",
            description = "Prosecutor risk above which a record is at risk (default 0.2, a class of fewer than 5).")
    double threshold;

    @Option(names = "--delimiter", defaultValue = ",", paramLabel = "CHAR", description = "CSV delimiter (default ',').")
    char delimiter;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--html", paramLabel = "REPORT.html", description = "Also write an HTML report with a histogram.")
    Path html;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Table data = RiskReport.load(input, Optional.ofNullable(table), delimiter);
        RiskAnalysis risk = RiskAnalysis.of(data, quasiIdentifiers, Optional.ofNullable(sensitive), threshold);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? RiskReport.JSON.writeValueAsString(RiskReport.json(risk)) + System.lineSeparator()
                : RiskReport.text(risk));
        out.flush();
        if (html != null) {
            RiskReport.writeAtomically(html, RiskReport.html(risk, "Re-identification risk"));
        }
        return ExitCode.OK;
    }
}

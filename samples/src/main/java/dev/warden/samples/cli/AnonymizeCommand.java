package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.core.anonymity.AnonymizationResult;
import dev.warden.core.anonymity.Anonymizer;
import dev.warden.core.anonymity.PrivacyModel;
import dev.warden.core.anonymity.QualityMetric;
import dev.warden.core.anonymity.Table;
import dev.warden.core.deid.Hierarchies;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden anonymize}: optimal k-anonymous (l-diverse, t-close) generalization of one table. */
@Command(name = "anonymize", mixinStandardHelpOptions = true,
        description = {"Find the generalization of the quasi-identifiers (one hierarchy level per column) with the "
                + "least information loss such that every equivalence class has at least k records (and l distinct "
                + "sensitive values, and a sensitive distribution within t of the table's), suppressing at most the "
                + "given share of records; write the result and a JSON report. Hierarchies are ARX CSV files "
                + "(value;level1;...;*), or for numbers interval:W1/W2/...[:bottom=B][:top=T] (intervals of width W1, then "
                + "W2, ..., then *; values below B and from T on top- and bottom-coded). The output is written to a "
                + "temporary file and moved into place."})
final class AnonymizeCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The CSV file, with a header row.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The anonymized CSV file.")
    Path output;

    @Option(names = "--qi", required = true, split = ",", paramLabel = "COL=HIERARCHY.csv",
            description = "Quasi-identifiers with their hierarchy files (or interval:W1/W2[:bottom=B][:top=T]), "
                    + "comma-separated.")
    List<String> quasiIdentifiers;

    @Option(names = "--k", required = true, paramLabel = "N", description = "k-anonymity: the smallest class size.")
    int k;

    @Option(names = "--l", paramLabel = "N", description = "Distinct l-diversity of --sensitive.")
    Integer l;

    @Option(names = "--t", paramLabel = "T", description = "t-closeness of --sensitive, in [0, 1].")
    Double t;

    @Option(names = "--t-distance", defaultValue = "equal", paramLabel = "equal|ordered",
            description = "Ground distance of --t: equal (categorical, default) or ordered (numeric). "
                    + "--sensitive-hierarchy selects the hierarchical distance.")
    String tDistance;

    @Option(names = "--sensitive", paramLabel = "COL", description = "The sensitive column for --l and --t.")
    String sensitive;

    @Option(names = "--sensitive-hierarchy", paramLabel = "HIERARCHY.csv",
            description = "A hierarchy of the sensitive column: --t then uses the hierarchical distance.")
    Path sensitiveHierarchy;

    @Option(names = "--suppression", defaultValue = "0", paramLabel = "PERCENT",
            description = "Largest share of records that may be suppressed, in percent (default 0).")
    double suppressionPercent;

    @Option(names = "--drop-suppressed",
            description = "Leave suppressed records out instead of writing * in their quasi-identifiers.")
    boolean dropSuppressed;

    @Option(names = "--metric", defaultValue = "entropy", paramLabel = "entropy|loss|discernibility|aecs",
            description = "Information-loss metric to minimise (default entropy: ARX's non-uniform entropy).")
    String metric;

    @Option(names = "--delimiter", defaultValue = ",", paramLabel = "CHAR", description = "CSV delimiter (default ',').")
    char delimiter;

    @Option(names = "--report", required = true, paramLabel = "REPORT.json", description = "The JSON report.")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static dev.warden.deid.Hierarchy hierarchy(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ConfigurationException("hierarchy " + file + ": no such file");
        }
        return Hierarchies.read(file);
    }

    /** @param text {@code W1/W2/...[:bottom=B][:top=T]} */
    private static dev.warden.core.anonymity.IntervalHierarchy intervals(String qi, String text) {
        String form = "--qi '" + qi + "': expected COLUMN=interval:W1/W2/...[:bottom=B][:top=T], e.g. age=interval:5/10/20";
        String[] parts = text.split(":", -1);
        try {
            List<java.math.BigDecimal> widths = new java.util.ArrayList<>();
            for (String w : parts[0].split("/", -1)) {
                widths.add(new java.math.BigDecimal(w.strip()));
            }
            java.util.Optional<java.math.BigDecimal> bottom = java.util.Optional.empty();
            java.util.Optional<java.math.BigDecimal> top = java.util.Optional.empty();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("bottom=")) {
                    bottom = java.util.Optional.of(new java.math.BigDecimal(parts[i].substring(7).strip()));
                } else if (parts[i].startsWith("top=")) {
                    top = java.util.Optional.of(new java.math.BigDecimal(parts[i].substring(4).strip()));
                } else {
                    throw new ConfigurationException(form);
                }
            }
            return new dev.warden.core.anonymity.IntervalHierarchy(widths, bottom, top, java.util.Set.of());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(form);
        } catch (ConfigurationException e) {
            throw e.getMessage().startsWith("--qi") ? e : new ConfigurationException("--qi '" + qi + "': " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        Anonymizer.Builder builder = Anonymizer.builder();
        for (String qi : quasiIdentifiers) {
            int eq = qi.indexOf('=');
            if (eq <= 0 || eq == qi.length() - 1) {
                throw new ConfigurationException("--qi '" + qi + "': expected COLUMN=HIERARCHY.csv");
            }
            String source = qi.substring(eq + 1);
            if (source.startsWith("interval:")) {
                builder.quasiIdentifier(qi.substring(0, eq), intervals(qi, source.substring("interval:".length())));
            } else {
                builder.quasiIdentifier(qi.substring(0, eq), hierarchy(Path.of(source)));
            }
        }
        builder.privacyModel(new PrivacyModel.KAnonymity(k));
        if ((l != null || t != null) && sensitive == null) {
            throw new ConfigurationException("--l and --t need --sensitive COL");
        }
        if (l != null) {
            builder.privacyModel(new PrivacyModel.DistinctLDiversity(sensitive, l));
        }
        if (t != null) {
            if (sensitiveHierarchy != null) {
                builder.privacyModel(new PrivacyModel.HierarchicalDistanceTCloseness(sensitive, t,
                        hierarchy(sensitiveHierarchy)));
            } else {
                builder.privacyModel(switch (tDistance.toLowerCase(Locale.ROOT)) {
                    case "equal" -> new PrivacyModel.EqualDistanceTCloseness(sensitive, t);
                    case "ordered" -> new PrivacyModel.OrderedDistanceTCloseness(sensitive, t);
                    default -> throw new ConfigurationException("--t-distance: expected equal or ordered");
                });
            }
        }
        if (!(suppressionPercent >= 0 && suppressionPercent <= 100)) {
            throw new ConfigurationException("--suppression: a percentage between 0 and 100");
        }
        builder.suppressionLimit(suppressionPercent / 100).metric(QualityMetric.parse(metric))
                .suppression(dropSuppressed ? Anonymizer.Suppression.DROP : Anonymizer.Suppression.MASK);
        Anonymizer anonymizer = builder.build();
        Table table = RiskReport.load(input.toString(), Optional.empty(), delimiter);
        AnonymizationResult result = anonymizer.anonymize(table);
        result.output().writeCsv(output, delimiter);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("levels", result.levels());
        json.put("metric", metric.toLowerCase(Locale.ROOT));
        json.put("informationLoss", result.informationLoss());
        json.put("suppressed", result.suppressed());
        json.put("records", table.rowCount());
        json.put("outputRecords", result.output().rowCount());
        json.put("latticeSize", result.latticeSize());
        json.put("nodesChecked", result.nodesChecked());
        json.put("riskBefore", RiskReport.json(result.riskBefore()));
        json.put("riskAfter", RiskReport.json(result.riskAfter()));
        RiskReport.writeAtomically(report, RiskReport.JSON.writeValueAsString(json) + "\n");

        PrintWriter out = spec.commandLine().getOut();
        out.printf("levels %s; %s loss %s; %d of %d records suppressed; highest prosecutor risk %.4f -> %.4f%n",
                result.levels(), metric, result.informationLoss(), result.suppressed(), table.rowCount(),
                result.riskBefore().highestProsecutorRisk(), result.riskAfter().highestProsecutorRisk());
        out.flush();
        return ExitCode.OK;
    }
}

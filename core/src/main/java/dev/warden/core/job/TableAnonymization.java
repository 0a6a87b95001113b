package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.core.anonymity.AnonymizationResult;
import dev.warden.core.anonymity.Anonymizer;
import dev.warden.core.anonymity.PrivacyCheck;
import dev.warden.core.anonymity.PrivacyModel;
import dev.warden.core.anonymity.QualityMetric;
import dev.warden.core.anonymity.RiskAnalysis;
import dev.warden.core.anonymity.Table;
import dev.warden.deid.Hierarchy;
import dev.warden.deid.ValueTransformer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The statistical de-identification of one table inside the job, in three steps: {@link #analyse} reads the table
 * once before anything is written, applies the column rules to its quasi-identifiers and sensitive column, and finds
 * the optimal generalization with {@link Anonymizer}; {@link #apply} generalizes (and suppresses) each row as the copy
 * writes it; {@link #finish} checks what was written with {@link PrivacyCheck}, independently of the search, and
 * measures the risk after. Holds the table's quasi-identifier and sensitive values in memory.
 */
final class TableAnonymization {

    private final String table;
    private final TablePlan plan;
    private final AnonymitySpec spec;
    private final String[] names;
    /** Output index of each quasi-identifier, then of the sensitive column when there is one. */
    private final int[] outputs;
    private final boolean[] confidential;
    private final int qis;

    /** Per quasi-identifier, the rows of its hierarchy (generated for an interval hierarchy). */
    private final List<List<List<String>>> hierarchyRows = new ArrayList<>();
    private List<Map<String, String>> generalize;
    private Set<List<String>> suppressedClasses;
    /** The search's outcome without its output table, which is not kept once the classes to suppress are known. */
    private AnonymizationResult result;
    private RiskAnalysis before;
    private Map<String, Integer> reference;
    private Map<String, String> hierarchyNames;
    private int maxSuppressed;
    private final List<List<String>> written = new ArrayList<>();
    private long dropped;
    private RiskAnalysis after;

    private TableAnonymization(TablePlan plan, AnonymitySpec spec) {
        this.table = plan.name;
        this.plan = plan;
        this.spec = spec;
        List<String> columns = new ArrayList<>();
        spec.quasiIdentifiers().forEach(q -> columns.add(q.column()));
        spec.sensitiveAttribute().ifPresent(columns::add);
        this.qis = spec.quasiIdentifiers().size();
        this.names = new String[columns.size()];
        this.outputs = new int[columns.size()];
        this.confidential = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            int o = outputIndex(plan, columns.get(i));
            if (o < 0) {
                throw new ConfigurationException("table " + table + ", anonymity: "
                        + (i < qis ? "quasi-identifier" : "sensitive column") + " '" + columns.get(i)
                        + "' is not among the columns written (it is dropped or does not exist); written are "
                        + plan.outputColumns.stream().map(SourceColumn::name).toList());
            }
            outputs[i] = o;
            names[i] = plan.outputColumns.get(o).name();
            confidential[i] = plan.identifier[o];
        }
    }

    /**
     * @return the anonymization of each planned table whose spec asks for one, by table name, each analysed
     * @throws ConfigurationException if a named column is not written
     * @throws InvalidInputException if a table is empty, a value is missing from its hierarchy, k exceeds the rows or
     *     no generalization meets the models (naming table, row and column; never an identifier's value)
     */
    static Map<String, TableAnonymization> analyseAll(JobSpec spec, List<TablePlan> plans, TableSource source,
            Map<String, Predicate<String[]>> subset) {
        Map<String, TableAnonymization> all = new HashMap<>();
        for (TablePlan plan : plans) {
            Optional<AnonymitySpec> anonymity = spec.table(plan.name).flatMap(TableSpec::anonymity);
            if (anonymity.isPresent()) {
                TableAnonymization a = new TableAnonymization(plan, anonymity.get());
                a.analyse(source, subset.get(JobPlanner.key(plan.name)));
                all.put(plan.name, a);
            }
        }
        return all;
    }

    private static int outputIndex(TablePlan plan, String column) {
        for (int o = 0; o < plan.outputColumns.size(); o++) {
            if (plan.outputColumns.get(o).name().equalsIgnoreCase(column)) {
                return o;
            }
        }
        return -1;
    }

    /** Reads the table, applies the column rules to the analysed columns and finds the transformation. */
    void analyse(TableSource source, Predicate<String[]> include) {
        List<List<String>> rows = new ArrayList<>();
        List<Long> rowNumbers = new ArrayList<>();
        try (RowReader reader = source.open(plan.name, plan.inputColumns)) {
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                if (include != null && !include.test(row)) {
                    continue;
                }
                String[] cells = new String[outputs.length];
                for (int i = 0; i < outputs.length; i++) {
                    cells[i] = transform(row, outputs[i], reader.rowNumber());
                }
                rows.add(List.of(cells));
                rowNumbers.add(reader.rowNumber());
            }
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("table " + table + ": no rows to anonymize (after the subset, if any); "
                    + "k-anonymity needs records — remove the table's \"anonymity\" or check the input");
        }
        Anonymizer.Builder builder = Anonymizer.builder().metric(spec.metric()).suppressionLimit(spec.suppressionLimit());
        spec.models().forEach(builder::privacyModel);
        generalize = new ArrayList<>();
        hierarchyNames = new LinkedHashMap<>();
        for (int i = 0; i < qis; i++) {
            Hierarchy hierarchy = hierarchy(i, rows, rowNumbers);
            builder.quasiIdentifier(names[i], hierarchy);
            hierarchyNames.put(names[i], spec.quasiIdentifiers().get(i) instanceof AnonymitySpec.FileHierarchy f
                    ? f.file() : hierarchy.name());
            if (confidential[i]) {
                builder.confidential(names[i]);
            }
        }
        if (outputs.length > qis && confidential[qis]) {
            builder.confidential(names[qis]);
        }
        Table input = Table.of(List.of(names), rows);
        try {
            result = builder.build().anonymize(input);
        } catch (WardenException e) {
            throw e instanceof ConfigurationException ? new ConfigurationException("table " + table + ": " + e.getMessage(), e)
                    : new InvalidInputException("table " + table + ": " + e.getMessage(), e);
        }
        maxSuppressed = (int) Math.floor(spec.suppressionLimit() * rows.size());
        before = result.riskBefore();
        reference = new HashMap<>();
        if (outputs.length > qis) {
            rows.forEach(r -> reference.merge(r.get(qis), 1, Integer::sum));
        }
        for (int i = 0; i < qis; i++) {
            int level = result.levels().get(names[i]);
            Map<String, String> map = new HashMap<>();
            for (List<String> row : hierarchyRows.get(i)) {
                map.put(row.get(0), row.get(level));
            }
            generalize.add(map);
        }
        // A record is suppressed by class: its output is all * while its generalization is not. A class whose
        // generalization is all * looks the same either way; it was suppressed when the count says so.
        suppressedClasses = new HashSet<>();
        Table output = result.output();
        List<String> allSuppressed = java.util.Collections.nCopies(qis, Anonymizer.SUPPRESSED);
        long visible = 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean masked = true;
            for (int i = 0; i < qis && masked; i++) {
                masked = output.value(r, i).equals(Anonymizer.SUPPRESSED);
            }
            List<String> key = key(rows.get(r));
            if (masked && !key.equals(allSuppressed)) {
                suppressedClasses.add(key);
                visible++;
            }
        }
        if (result.suppressed() > visible) {
            suppressedClasses.add(allSuppressed);
        }
        result = new AnonymizationResult(result.levels(), result.metric(), result.informationLoss(),
                result.suppressed(), Table.of(List.of(names), List.of()), result.riskBefore(), result.riskAfter(),
                result.latticeSize(), result.nodesChecked());
        hierarchyRows.clear();
    }

    private Hierarchy hierarchy(int i, List<List<String>> rows, List<Long> rowNumbers) {
        AnonymitySpec.Attribute attribute = spec.quasiIdentifiers().get(i);
        Hierarchy hierarchy;
        if (attribute instanceof AnonymitySpec.FileHierarchy f) {
            hierarchy = f.hierarchy();
            Set<String> leaves = new HashSet<>();
            hierarchy.rows().forEach(row -> leaves.add(row.get(0)));
            for (int r = 0; r < rows.size(); r++) {
                if (!leaves.contains(rows.get(r).get(i))) {
                    throw missing(i, rows.get(r).get(i), rowNumbers.get(r), "is missing from its hierarchy "
                            + f.file() + "; add a row for it to the hierarchy");
                }
            }
        } else {
            AnonymitySpec.Intervals intervals = (AnonymitySpec.Intervals) attribute;
            List<String> values = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                String value = rows.get(r).get(i);
                if (!intervals.intervals().categories().contains(value) && !isNumber(value)) {
                    throw missing(i, value, rowNumbers.get(r), "is not a number; list it under the interval "
                            + "hierarchy's categories if it is expected (e.g. \"90+\" or \"\" for a missing value)");
                }
                values.add(value);
            }
            hierarchy = intervals.intervals().hierarchy(names[i], values, !confidential[i]);
        }
        hierarchyRows.add(hierarchy.rows());
        return hierarchy;
    }

    private InvalidInputException missing(int i, String value, long row, String what) {
        String shown = confidential[i] ? "a value (not shown: the column is an identifier)"
                : "value '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
                        .replaceAll("\\p{Cntrl}", "?") + "'";
        return new InvalidInputException("table " + table + ", row " + row + ", column " + names[i] + ": " + shown
                + " (after the column's rule) " + what);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String transform(String[] row, int o, long rowNumber) {
        String value = row[plan.outputFrom[o]];
        ValueTransformer t = plan.transformers[o];
        if (t == null || value == null) {
            return value == null ? "" : value;
        }
        try {
            String out;
            if (plan.needsEntity[o]) {
                String entity = plan.entityInput >= 0 ? row[plan.entityInput] : null;
                if (entity == null || entity.isEmpty()) {
                    throw new InvalidInputException("the entity key is empty, so the date cannot be shifted consistently");
                }
                out = t.apply(value, entity);
            } else {
                out = t.apply(value);
            }
            return out == null ? "" : out;
        } catch (WardenException e) {
            throw new InvalidInputException("table " + table + ", row " + rowNumber + ", column "
                    + plan.outputColumns.get(o).name() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InvalidInputException("table " + table + ", row " + rowNumber + ", column "
                    + plan.outputColumns.get(o).name() + ": the transformation failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** @return the generalized quasi-identifier values of a row of analysed cells */
    private List<String> key(List<String> cells) {
        String[] key = new String[qis];
        for (int i = 0; i < qis; i++) {
            key[i] = generalize.get(i).get(cells.get(i));
        }
        return List.of(key);
    }

    /**
     * Generalizes a transformed row in place, suppressing it when its class is suppressed.
     *
     * @param result the row as the column rules wrote it
     * @return false when the row is suppressed by dropping it
     */
    boolean apply(String[] result) {
        String[] key = new String[qis];
        for (int i = 0; i < qis; i++) {
            String value = result[outputs[i]];
            String generalized = generalize.get(i).get(value == null ? "" : value);
            if (generalized == null) {
                throw new InvalidInputException("table " + table + ", column " + names[i] + ": a value appeared that "
                        + "the analysis before the copy did not see; the source changed during the job, run it again");
            }
            key[i] = generalized;
        }
        List<String> k = List.of(key);
        boolean suppressed = suppressedClasses.contains(k);
        if (suppressed && spec.suppressedRecords() == Anonymizer.Suppression.DROP) {
            dropped++;
            return false;
        }
        String[] cells = new String[outputs.length];
        for (int i = 0; i < qis; i++) {
            String value = suppressed ? Anonymizer.SUPPRESSED : key[i];
            result[outputs[i]] = value;
            cells[i] = value;
        }
        if (outputs.length > qis) {
            String s = result[outputs[qis]];
            cells[qis] = s == null ? "" : s;
        }
        written.add(List.of(cells));
        return true;
    }

    /** @return the independent check of what was written */
    JobReport.Check finish() {
        List<String> qiNames = List.of(names).subList(0, qis);
        Table out = Table.of(List.of(names), written);
        List<String> violations = PrivacyCheck.violations(out, qiNames, spec.models(), dropped, maxSuppressed,
                reference);
        Optional<String> sensitive = outputs.length > qis ? Optional.of(names[qis]) : Optional.empty();
        after = out.rowCount() == 0 ? null : RiskAnalysis.of(out, qiNames, sensitive);
        String models = String.join(" + ", describe());
        String detail = violations.isEmpty()
                ? String.format(Locale.ROOT, "table %s: %s over %s holds in all %d classes of the %d records written "
                        + "(smallest %d), %d suppressed (limit %d)", table, models, String.join(", ", qiNames),
                        after == null ? 0 : after.classCount(), out.rowCount(),
                        after == null ? 0 : after.sizeDistribution().firstKey(), result.suppressed(), maxSuppressed)
                : "table " + table + ": " + models + ": " + String.join("; ", violations);
        written.clear();
        return new JobReport.Check("privacy model", violations.isEmpty(), detail);
    }

    /** @return the report; after {@link #finish} */
    JobReport.Anonymity report() {
        List<String> qiNames = List.of(names).subList(0, qis);
        return new JobReport.Anonymity(qiNames, describe(), result.levels(), hierarchyNames, metricName(spec.metric()),
                result.informationLoss(), result.suppressed(), maxSuppressed,
                spec.suppressedRecords().name().toLowerCase(Locale.ROOT), result.latticeSize(), result.nodesChecked(),
                risk(before), after == null ? risk(before, 0) : risk(after));
    }

    private List<String> describe() {
        List<String> out = new ArrayList<>();
        for (PrivacyModel m : spec.models()) {
            out.add(describe(m));
        }
        return out;
    }

    static String describe(PrivacyModel m) {
        if (m instanceof PrivacyModel.KAnonymity k) {
            return "k-anonymity (k=" + k.k() + ")";
        } else if (m instanceof PrivacyModel.DistinctLDiversity l) {
            return "distinct l-diversity of " + l.sensitiveAttribute() + " (l=" + l.l() + ")";
        } else if (m instanceof PrivacyModel.EntropyLDiversity l) {
            return "entropy l-diversity of " + l.sensitiveAttribute() + " (l=" + l.l() + ")";
        } else if (m instanceof PrivacyModel.RecursiveCLDiversity l) {
            return "recursive (c,l)-diversity of " + l.sensitiveAttribute() + " (c=" + l.c() + ", l=" + l.l() + ")";
        } else if (m instanceof PrivacyModel.EqualDistanceTCloseness t) {
            return "t-closeness of " + t.sensitiveAttribute() + ", equal distance (t=" + t.t() + ")";
        } else if (m instanceof PrivacyModel.OrderedDistanceTCloseness t) {
            return "t-closeness of " + t.sensitiveAttribute() + ", ordered distance (t=" + t.t() + ")";
        }
        PrivacyModel.HierarchicalDistanceTCloseness t = (PrivacyModel.HierarchicalDistanceTCloseness) m;
        return "t-closeness of " + t.sensitiveAttribute() + ", hierarchical distance (t=" + t.t() + ")";
    }

    private static String metricName(QualityMetric metric) {
        return switch (metric) {
            case NON_UNIFORM_ENTROPY -> "non-uniform entropy";
            case LOSS -> "loss";
            case DISCERNIBILITY -> "discernibility";
            case AVERAGE_CLASS_SIZE -> "average class size";
        };
    }

    private static JobReport.Risk risk(RiskAnalysis r) {
        return new JobReport.Risk(r.records(), r.classCount(), r.sizeDistribution().firstKey(), r.sampleUniques(),
                r.highestProsecutorRisk(), r.averageProsecutorRisk(), r.recordsAtRisk(), r.threshold(),
                r.marketerRisk());
    }

    /** No record written (all dropped): no risk. */
    private static JobReport.Risk risk(RiskAnalysis like, int records) {
        return new JobReport.Risk(records, 0, 0, 0, 0, 0, 0, like.threshold(), 0);
    }
}

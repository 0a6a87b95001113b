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
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * The statistical de-identification of one table inside the job, in three steps: {@link #analyse} reads the table
 * once before anything is written, applies the column rules to its quasi-identifiers and sensitive column, and finds
 * the optimal generalization with {@link Anonymizer}; {@link #apply} generalizes (and suppresses) each row as the copy
 * writes it; {@link #finish} checks what was written with {@link PrivacyCheck}, independently of the search, and
 * measures the risk after. Holds the table's quasi-identifier and sensitive values in memory during the analysis, and
 * the written equivalence classes (with their sensitive counts) during the copy.
 *
 * <p>An engine that moves the rows itself (the {@code warden-spark} module) gets one from
 * {@link CompiledPlan#anonymization(String)} and runs the same steps: it gathers the {@link #analysedOutputs()} cells
 * of every row in the order the single-machine job reads them and calls {@link #analyse(List, LongFunction)}; it ships
 * the {@link #release()} to the machines that write, which call {@link Release#apply} per row; and it counts the
 * written classes itself for {@link #check(Map, long)}. The same input gives the same generalization, suppressed rows
 * and report as {@link DeidentificationJob}: the search numbers values in the order they first appear, so the rows
 * must come in the job's order. Not thread-safe.
 */
public final class TableAnonymization {

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
    private Release release;
    private int analysed;
    /** The search's outcome without its output table, which is not kept once the classes to suppress are known. */
    private AnonymizationResult result;
    private RiskAnalysis before;
    private Map<String, Integer> reference;
    private Map<String, String> hierarchyNames;
    private int maxSuppressed;
    /** The written classes: quasi-identifier values to sensitive value ("" without one) to count, in order seen. */
    private final Map<List<String>, Map<String, Integer>> written = new LinkedHashMap<>();
    private long dropped;
    private RiskAnalysis after;

    TableAnonymization(TablePlan plan, AnonymitySpec spec) {
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
        analyse(rows, i -> "row " + rowNumbers.get((int) i));
    }

    /**
     * @return the output positions of the analysed columns, in {@link CompiledPlan.Table#outputColumns()}: the
     *     quasi-identifiers in the spec's order, then the sensitive column when the models name one
     */
    public int[] analysedOutputs() {
        return outputs.clone();
    }

    /**
     * @return whether the last of {@link #analysedOutputs()} is the models' sensitive column (the others are the
     *     quasi-identifiers)
     */
    public boolean hasSensitiveColumn() {
        return outputs.length > qis;
    }

    /**
     * Finds the generalization and the classes to suppress, as the single-machine job does before it writes.
     *
     * @param rows every row to be written (after the subset, if any), in the order the single-machine job reads them;
     *     each the output cells of {@link #analysedOutputs()} after the column rules, an empty cell as {@code ""}
     * @param where where the row at a 0-based index of {@code rows} comes from, for messages, e.g. {@code "row 12"}
     *     or {@code "partition 3, row 12"}
     * @throws InvalidInputException if there are no rows, a value is missing from its hierarchy (or is not a number for
     *     an interval hierarchy), k exceeds the rows, or no generalization meets the models within the suppression
     *     limit; the message names the table (and the row and column; never an identifier's value)
     * @throws ConfigurationException if the models do not fit the columns
     */
    public void analyse(List<List<String>> rows, LongFunction<String> where) {
        if (rows.isEmpty()) {
            throw new InvalidInputException("table " + table + ": no rows to anonymize (after the subset, if any); "
                    + "k-anonymity needs records — remove the table's \"anonymity\" or check the input");
        }
        Anonymizer.Builder builder = Anonymizer.builder().metric(spec.metric()).suppressionLimit(spec.suppressionLimit());
        spec.models().forEach(builder::privacyModel);
        List<Map<String, String>> generalize = new ArrayList<>();
        hierarchyNames = new LinkedHashMap<>();
        for (int i = 0; i < qis; i++) {
            Hierarchy hierarchy = hierarchy(i, rows, where);
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
        analysed = rows.size();
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
        Set<List<String>> suppressedClasses = new HashSet<>();
        Table output = result.output();
        List<String> allSuppressed = java.util.Collections.nCopies(qis, Anonymizer.SUPPRESSED);
        long visible = 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean masked = true;
            for (int i = 0; i < qis && masked; i++) {
                masked = output.value(r, i).equals(Anonymizer.SUPPRESSED);
            }
            List<String> key = key(generalize, rows.get(r));
            if (masked && !key.equals(allSuppressed)) {
                suppressedClasses.add(key);
                visible++;
            }
        }
        if (result.suppressed() > visible) {
            suppressedClasses.add(allSuppressed);
        }
        release = new Release(table, names, outputs, qis, generalize, suppressedClasses,
                spec.suppressedRecords() == Anonymizer.Suppression.DROP);
        result = new AnonymizationResult(result.levels(), result.metric(), result.informationLoss(),
                result.suppressed(), Table.of(List.of(names), List.of()), result.riskBefore(), result.riskAfter(),
                result.latticeSize(), result.nodesChecked());
        hierarchyRows.clear();
    }

    private Hierarchy hierarchy(int i, List<List<String>> rows, LongFunction<String> where) {
        AnonymitySpec.Attribute attribute = spec.quasiIdentifiers().get(i);
        Hierarchy hierarchy;
        if (attribute instanceof AnonymitySpec.FileHierarchy f) {
            hierarchy = f.hierarchy();
            Set<String> leaves = new HashSet<>();
            hierarchy.rows().forEach(row -> leaves.add(row.get(0)));
            for (int r = 0; r < rows.size(); r++) {
                if (!leaves.contains(rows.get(r).get(i))) {
                    throw missing(i, rows.get(r).get(i), where.apply(r), "is missing from its hierarchy "
                            + f.file() + "; add a row for it to the hierarchy");
                }
            }
        } else {
            AnonymitySpec.Intervals intervals = (AnonymitySpec.Intervals) attribute;
            List<String> values = new ArrayList<>(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                String value = rows.get(r).get(i);
                if (!intervals.intervals().categories().contains(value) && !isNumber(value)) {
                    throw missing(i, value, where.apply(r), "is not a number; list it under the interval "
                            + "hierarchy's categories if it is expected (e.g. \"90+\" or \"\" for a missing value)");
                }
                values.add(value);
            }
            hierarchy = intervals.intervals().hierarchy(names[i], values, !confidential[i]);
        }
        hierarchyRows.add(hierarchy.rows());
        return hierarchy;
    }

    private InvalidInputException missing(int i, String value, String row, String what) {
        String shown = confidential[i] ? "a value (not shown: the column is an identifier)"
                : "value '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value)
                        .replaceAll("\\p{Cntrl}", "?") + "'";
        return new InvalidInputException("table " + table + ", " + row + ", column " + names[i] + ": " + shown
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
        if (t == null || MissingValues.missing(value)) {
            return value == null ? "" : value; // an empty value stays empty, as in CompiledPlan.Table's cells
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
    private List<String> key(List<Map<String, String>> generalize, List<String> cells) {
        String[] key = new String[qis];
        for (int i = 0; i < qis; i++) {
            key[i] = generalize.get(i).get(cells.get(i));
        }
        return List.of(key);
    }

    /**
     * @return what the analysis decided, to apply to every row as it is written
     * @throws IllegalStateException before {@link #analyse}
     */
    public Release release() {
        if (release == null) {
            throw new IllegalStateException("table " + table + ": not analysed yet");
        }
        return release;
    }

    /**
     * Generalizes a transformed row in place, suppressing it when its class is suppressed, and counts its class.
     *
     * @param result the row as the column rules wrote it
     * @return false when the row is suppressed by dropping it
     */
    boolean apply(String[] result) {
        if (!release.apply(result)) {
            dropped++;
            return false;
        }
        String[] key = new String[qis];
        for (int i = 0; i < qis; i++) {
            key[i] = result[outputs[i]];
        }
        String s = outputs.length > qis ? result[outputs[qis]] : "";
        written.computeIfAbsent(List.of(key), k -> new LinkedHashMap<>()).merge(s == null ? "" : s, 1, Integer::sum);
        return true;
    }

    /** @return the independent check of what was written */
    JobReport.Check finish() {
        JobReport.Check check = check(written, dropped);
        written.clear();
        return check;
    }

    /**
     * Checks what was written with {@link PrivacyCheck}, independently of the search, and against the search's own
     * outcome (records written and dropped; the number of classes when suppressed records are masked); measures the risk after for {@link #report()}.
     *
     * @param classes the written table's equivalence classes: its quasi-identifier values (in
     *     {@link #analysedOutputs()} order) to the count of records per sensitive value ({@code ""} for an empty cell,
     *     and the only key when there is no sensitive column)
     * @param dropped the records left out because their class was suppressed (zero when suppressed records are masked)
     * @return the "privacy model" check of the job's report
     * @throws IllegalStateException before {@link #analyse}
     */
    public JobReport.Check check(Map<List<String>, Map<String, Integer>> classes, long dropped) {
        release();
        List<String> qiNames = List.of(names).subList(0, qis);
        List<String> violations = new ArrayList<>(PrivacyCheck.violations(classes, qis, spec.models(), dropped,
                maxSuppressed, reference));
        long records = 0;
        for (Map<String, Integer> c : classes.values()) {
            for (int n : c.values()) {
                records += n;
            }
        }
        after = records == 0 ? null : RiskAnalysis.ofClasses(qiNames, classes, outputs.length > qis,
                RiskAnalysis.DEFAULT_THRESHOLD);
        long expected = analysed - (release.drop ? result.suppressed() : 0);
        if (records != expected || records + dropped != analysed) {
            violations.add(records + " records written and " + dropped + " dropped, where the analysis of " + analysed
                    + " records expected " + expected + " written");
        } else if (!release.drop && after != null && after.classCount() != result.riskAfter().classCount()) {
            // The search's output masks suppressed records (dropping them is the copy's choice), so its classes are
            // the written ones only when they are masked too.
            violations.add(after.classCount() + " equivalence classes written, where the analysis expected "
                    + result.riskAfter().classCount());
        }
        String models = String.join(" + ", describe());
        String detail = violations.isEmpty()
                ? String.format(Locale.ROOT, "table %s: %s over %s holds in all %d classes of the %d records written "
                        + "(smallest %d), %d suppressed (limit %d)", table, models, String.join(", ", qiNames),
                        after == null ? 0 : after.classCount(), records,
                        after == null ? 0 : after.sizeDistribution().firstKey(), result.suppressed(), maxSuppressed)
                : "table " + table + ": " + models + ": " + String.join("; ", violations);
        return new JobReport.Check("privacy model", violations.isEmpty(), detail);
    }

    /**
     * @return the table's part of the job's report
     * @throws IllegalStateException before {@link #check} (or the job's own finish)
     */
    public JobReport.Anonymity report() {
        release();
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

    /**
     * What the analysis decided for a table, applied to each row as it is written: per quasi-identifier, the value
     * after the column rules to its generalization at the chosen level; the equivalence classes (generalized values)
     * that are suppressed, and whether a suppressed record is masked ({@value Anonymizer#SUPPRESSED} in every
     * quasi-identifier) or dropped. Immutable, thread-safe and {@link Serializable} (Java serialization), so an engine
     * can ship it to the machines that write; its size is the quasi-identifiers' distinct values plus the suppressed
     * classes, not the table's rows.
     */
    public static final class Release implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String table;
        private final String[] names;
        private final int[] outputs;
        private final int qis;
        private final ArrayList<HashMap<String, String>> generalize;
        private final HashSet<List<String>> suppressedClasses;
        private final boolean drop;

        private Release(String table, String[] names, int[] outputs, int qis, List<Map<String, String>> generalize,
                Set<List<String>> suppressedClasses, boolean drop) {
            this.table = table;
            this.names = names.clone();
            this.outputs = outputs.clone();
            this.qis = qis;
            this.generalize = new ArrayList<>();
            generalize.forEach(g -> this.generalize.add(new HashMap<>(g)));
            this.suppressedClasses = new HashSet<>();
            suppressedClasses.forEach(c -> this.suppressedClasses.add(new ArrayList<>(c)));
            this.drop = drop;
        }

        /**
         * Generalizes a transformed row in place, suppressing it when its class is suppressed.
         *
         * @param row the output cells as the column rules wrote them ({@link CompiledPlan.Table#apply}); a null
         *     quasi-identifier cell is read as {@code ""}; other cells are left as they are
         * @return false when the row is suppressed by dropping it (the row is then left as it was)
         * @throws InvalidInputException if a quasi-identifier holds a value the analysis did not see (the input
         *     changed between the analysis and the copy); names the table and column, not the value
         */
        public boolean apply(String[] row) {
            String[] key = new String[qis];
            for (int i = 0; i < qis; i++) {
                String value = row[outputs[i]];
                String generalized = generalize.get(i).get(value == null ? "" : value);
                if (generalized == null) {
                    throw new InvalidInputException("table " + table + ", column " + names[i] + ": a value appeared "
                            + "that the analysis before the copy did not see; the source changed during the job, run it "
                            + "again");
                }
                key[i] = generalized;
            }
            boolean suppressed = !suppressedClasses.isEmpty() && suppressedClasses.contains(Arrays.asList(key));
            if (suppressed && drop) {
                return false;
            }
            for (int i = 0; i < qis; i++) {
                row[outputs[i]] = suppressed ? Anonymizer.SUPPRESSED : key[i];
            }
            return true;
        }

        /** @return whether suppressed records are dropped rather than masked */
        public boolean dropsSuppressed() {
            return drop;
        }

        @Override
        public String toString() {
            return "Release[" + table + ", " + qis + " quasi-identifiers, " + suppressedClasses.size()
                    + " suppressed classes]";
        }
    }
}

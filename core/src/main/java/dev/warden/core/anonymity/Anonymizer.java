package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and applies the optimal full-domain generalization of a table's quasi-identifiers, with record suppression,
 * such that every remaining equivalence class satisfies the privacy models: the approach of ARX (Prasser, Kohlmayer et
 * al., "Flash: efficient, stable and optimal k-anonymity", 2012). Full-domain means one hierarchy level per column
 * for all its values. Records of classes that fail a model are suppressed, up to the suppression limit; with the
 * default metric and settings the chosen levels and information loss equal ARX's (verified on ARX's Adult test cases).
 * Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * AnonymizationResult result = Anonymizer.builder()
 *         .quasiIdentifier("age", Hierarchies.read(Path.of("age.csv")))
 *         .privacyModel(new PrivacyModel.KAnonymity(5))
 *         .suppressionLimit(0.04)
 *         .build()
 *         .anonymize(table);
 * }</pre>
 */
public final class Anonymizer {

    /** ARX's value for a suppressed quasi-identifier. */
    public static final String SUPPRESSED = "*";

    /** What happens to a suppressed record. */
    public enum Suppression {
        /** Every quasi-identifier becomes {@value Anonymizer#SUPPRESSED}, as ARX does; other columns are kept. */
        MASK,
        /** The record is left out of the output. */
        DROP
    }

    /** How the lattice is searched; both give the same optimum. */
    public enum Search {
        /** Ordered by a lower bound of the loss, pruned by monotonicity (the default). */
        PRUNED,
        /** Every node is evaluated: the reference for tests and benchmarks. */
        EXHAUSTIVE
    }

    private final List<QuasiIdentifier> quasiIdentifiers;
    /** Interval hierarchies by position in {@link #quasiIdentifiers}, generated from each table's values. */
    private final Map<Integer, IntervalHierarchy> intervals;
    private final Set<String> confidential;
    private final List<PrivacyModel> models;
    private final double suppressionLimit;
    private final QualityMetric metric;
    private final Suppression suppression;
    private final Search search;

    private Anonymizer(Builder b) {
        this.quasiIdentifiers = List.copyOf(b.quasiIdentifiers);
        this.intervals = Map.copyOf(b.intervals);
        this.confidential = Set.copyOf(b.confidential);
        this.models = List.copyOf(b.models);
        this.suppressionLimit = b.suppressionLimit;
        this.metric = b.metric;
        this.suppression = b.suppression;
        this.search = b.search;
    }

    /** @return a builder with no quasi-identifier, no model, suppression limit 0, non-uniform entropy */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param table the input; every value of a quasi-identifier must be in its hierarchy
     * @return the chosen transformation, applied, with risk before and after
     * @throws InvalidInputException if the table is empty, a value is missing from its hierarchy (naming column, row
     *     and value), k exceeds the number of rows, or no transformation satisfies the models within the limit
     * @throws ConfigurationException if a named column does not exist
     */
    public AnonymizationResult anonymize(Table table) {
        Objects.requireNonNull(table, "table");
        if (table.rowCount() == 0) {
            throw new InvalidInputException("anonymize: the table has no rows");
        }
        String sensitive = sensitiveAttribute();
        EncodedTable data = new EncodedTable(table, hierarchies(table), sensitive, confidential);
        Criteria criteria = new Criteria(models, data);
        if (criteria.minimumClassSize() > table.rowCount()) {
            throw new InvalidInputException("anonymize: k = " + criteria.minimumClassSize()
                    + " is larger than the table's " + table.rowCount() + " rows; lower k");
        }
        int maxOutliers = (int) Math.floor(suppressionLimit * table.rowCount());
        boolean monotone = maxOutliers == 0 || models.stream().allMatch(m -> m instanceof PrivacyModel.KAnonymity);
        LatticeSearch lattice = new LatticeSearch(data, criteria, metric, maxOutliers, monotone);
        int node = search == Search.EXHAUSTIVE ? lattice.exhaustive() : lattice.optimal();
        if (node < 0) {
            throw new InvalidInputException("anonymize: no generalization of " + names(data)
                    + " satisfies " + models + " with at most " + maxOutliers
                    + " suppressed records; raise the suppression limit or use hierarchies that generalize further");
        }
        int[] levels = lattice.levels(node);
        Grouping classes = Grouping.ofRows(data, levels);
        double loss = lattice.value(classes);
        int checked = lattice.checks;
        Map<Long, Boolean> kept = new HashMap<>();
        for (int i = 0; i < classes.size; i++) {
            kept.put(key(data, levels, classes.rep, i), criteria.satisfied(classes.count[i],
                    classes.hist == null ? null : classes.hist[i]));
        }
        int[] columns = new int[data.columns];
        for (int c = 0; c < data.columns; c++) {
            columns[c] = table.columnIndex(data.names[c]);
        }
        List<String[]> rows = new ArrayList<>(table.rowCount());
        int suppressed = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            long key = 0;
            for (int c = 0; c < data.columns; c++) {
                key |= (long) data.ids[c][levels[c]][data.leaf[c][r]] << data.shift[c];
            }
            boolean keep = kept.get(key);
            if (!keep) {
                suppressed++;
                if (suppression == Suppression.DROP) {
                    continue;
                }
            }
            String[] row = table.row(r).toArray(String[]::new);
            for (int c = 0; c < data.columns; c++) {
                row[columns[c]] = keep ? data.labels[c][levels[c]][data.ids[c][levels[c]][data.leaf[c][r]]]
                        : SUPPRESSED;
            }
            rows.add(row);
        }
        Table output = Table.ofRows(table.columns(), rows);
        List<String> qiNames = List.of(data.names);
        Optional<String> sensitiveColumn = Optional.ofNullable(sensitive);
        RiskAnalysis before = RiskAnalysis.of(table, qiNames, sensitiveColumn);
        RiskAnalysis after = output.rowCount() == 0 ? before : RiskAnalysis.of(output, qiNames, sensitiveColumn);
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        for (int c = 0; c < data.columns; c++) {
            byColumn.put(data.names[c], levels[c]);
        }
        return new AnonymizationResult(byColumn, metric, loss, suppressed, output, before, after, lattice.nodes,
                checked);
    }

    private List<QuasiIdentifier> hierarchies(Table table) {
        if (intervals.isEmpty()) {
            return quasiIdentifiers;
        }
        List<QuasiIdentifier> qis = new ArrayList<>(quasiIdentifiers);
        for (Map.Entry<Integer, IntervalHierarchy> e : intervals.entrySet()) {
            String column = quasiIdentifiers.get(e.getKey()).column();
            int index = table.columnIndex(column);
            List<String> values = new ArrayList<>(table.rowCount());
            for (int r = 0; r < table.rowCount(); r++) {
                values.add(table.value(r, index));
            }
            qis.set(e.getKey(), new QuasiIdentifier(column, e.getValue().hierarchy(column, values,
                    !confidential.contains(column.toLowerCase(java.util.Locale.ROOT)))));
        }
        return qis;
    }

    private static long key(EncodedTable data, int[] levels, int[][] rep, int i) {
        long key = 0;
        for (int c = 0; c < data.columns; c++) {
            key |= (long) data.ids[c][levels[c]][rep[c][i]] << data.shift[c];
        }
        return key;
    }

    private static List<String> names(EncodedTable data) {
        return List.of(data.names);
    }

    private String sensitiveAttribute() {
        Set<String> sensitive = new LinkedHashSet<>();
        for (PrivacyModel model : models) {
            if (!model.sensitiveAttribute().isEmpty()) {
                sensitive.add(model.sensitiveAttribute());
            }
        }
        if (sensitive.size() > 1) {
            throw new ConfigurationException("anonymize: the privacy models name different sensitive attributes "
                    + sensitive + "; use one");
        }
        return sensitive.isEmpty() ? null : sensitive.iterator().next();
    }

    /** Builds an {@link Anonymizer}. Not thread-safe. */
    public static final class Builder {
        private final List<QuasiIdentifier> quasiIdentifiers = new ArrayList<>();
        private final Map<Integer, IntervalHierarchy> intervals = new HashMap<>();
        private final Set<String> confidential = new LinkedHashSet<>();
        private final List<PrivacyModel> models = new ArrayList<>();
        private double suppressionLimit;
        private QualityMetric metric = QualityMetric.NON_UNIFORM_ENTROPY;
        private Suppression suppression = Suppression.MASK;
        private Search search = Search.PRUNED;

        private Builder() {
        }

        /**
         * Adds a quasi-identifier; the order of calls is the order of {@link AnonymizationResult#levels()}.
         *
         * @param column the column
         * @param hierarchy its generalization hierarchy
         * @return this
         */
        public Builder quasiIdentifier(String column, dev.warden.deid.Hierarchy hierarchy) {
            quasiIdentifiers.add(new QuasiIdentifier(column, hierarchy));
            return this;
        }

        /**
         * Adds a numeric quasi-identifier whose hierarchy is generated from the table's values.
         *
         * @param column the column
         * @param intervals the interval hierarchy's parameters
         * @return this
         */
        public Builder quasiIdentifier(String column, IntervalHierarchy intervals) {
            Objects.requireNonNull(intervals, "intervals");
            // A placeholder of the right depth until the table's values are known.
            List<String> placeholder = new ArrayList<>();
            for (int i = 0; i <= intervals.depth(); i++) {
                placeholder.add(i == intervals.depth() ? SUPPRESSED : "");
            }
            quasiIdentifiers.add(new QuasiIdentifier(column, new dev.warden.deid.Hierarchy(intervals.toString(),
                    List.of(placeholder))));
            this.intervals.put(quasiIdentifiers.size() - 1, intervals);
            return this;
        }

        /**
         * Marks a column whose values identify people: errors about it never quote a value.
         *
         * @param column a quasi-identifier or the sensitive attribute
         * @return this
         */
        public Builder confidential(String column) {
            confidential.add(column.toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        /**
         * Adds a privacy model; all models must hold in every class that is not suppressed.
         *
         * @param model the model
         * @return this
         */
        public Builder privacyModel(PrivacyModel model) {
            models.add(Objects.requireNonNull(model, "model"));
            return this;
        }

        /**
         * @param fraction the largest share of records that may be suppressed, in [0, 1]; default 0. As in ARX, at
         *     most {@code floor(fraction * rows)} records.
         * @return this
         */
        public Builder suppressionLimit(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new ConfigurationException("suppression limit must be between 0 and 1, got " + fraction);
            }
            this.suppressionLimit = fraction;
            return this;
        }

        /**
         * @param metric the information-loss metric to minimise; default {@link QualityMetric#NON_UNIFORM_ENTROPY}
         * @return this
         */
        public Builder metric(QualityMetric metric) {
            this.metric = Objects.requireNonNull(metric, "metric");
            return this;
        }

        /**
         * @param suppression what happens to suppressed records; default {@link Suppression#MASK}
         * @return this
         */
        public Builder suppression(Suppression suppression) {
            this.suppression = Objects.requireNonNull(suppression, "suppression");
            return this;
        }

        /**
         * @param search the search strategy; default {@link Search#PRUNED}
         * @return this
         */
        public Builder search(Search search) {
            this.search = Objects.requireNonNull(search, "search");
            return this;
        }

        /**
         * @return the anonymizer
         * @throws ConfigurationException without a quasi-identifier or a privacy model, with a column named twice, or
         *     with the sensitive attribute also a quasi-identifier
         */
        public Anonymizer build() {
            if (quasiIdentifiers.isEmpty()) {
                throw new ConfigurationException("anonymizer: name at least one quasi-identifier with its hierarchy");
            }
            if (models.isEmpty()) {
                throw new ConfigurationException("anonymizer: add a privacy model, e.g. k-anonymity");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (QuasiIdentifier qi : quasiIdentifiers) {
                if (!seen.add(qi.column().toLowerCase(java.util.Locale.ROOT))) {
                    throw new ConfigurationException("anonymizer: quasi-identifier '" + qi.column() + "' given twice");
                }
            }
            for (PrivacyModel model : models) {
                if (seen.contains(model.sensitiveAttribute().toLowerCase(java.util.Locale.ROOT))) {
                    throw new ConfigurationException("anonymizer: the sensitive attribute '"
                            + model.sensitiveAttribute() + "' is also a quasi-identifier");
                }
            }
            return new Anonymizer(this);
        }
    }
}

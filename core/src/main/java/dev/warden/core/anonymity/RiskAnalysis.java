package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Re-identification risk of a table under the prosecutor and marketer attacker models, from its equivalence classes
 * (the groups of records that share all quasi-identifier values). The table is taken to be the whole population
 * (no sampling fraction), as in ARX's "risk analysis" for a data set without population model: a record's prosecutor
 * risk is {@code 1 / size of its class}.
 *
 * @param records number of records
 * @param quasiIdentifiers the quasi-identifier columns analysed, in order
 * @param sizeDistribution class size to number of classes of that size, ascending by size
 * @param sampleUniques records whose class has size 1
 * @param highestProsecutorRisk {@code 1 / smallest class size}, in [0, 1]
 * @param averageProsecutorRisk {@code number of classes / records}, in [0, 1]: the mean of the records' risks
 * @param threshold the risk threshold of {@link #recordsAtRisk()}
 * @param recordsAtRisk share of records whose prosecutor risk exceeds {@code threshold}, in [0, 1]
 * @param marketerRisk expected share of records re-identified by an attacker who links every record: with the table
 *     as population, {@code number of classes / records}
 * @param classes the equivalence classes, largest first, with the sensitive attribute's distribution when one was
 *     given
 */
public record RiskAnalysis(int records, List<String> quasiIdentifiers, SortedMap<Integer, Integer> sizeDistribution,
        int sampleUniques, double highestProsecutorRisk, double averageProsecutorRisk, double threshold,
        double recordsAtRisk, double marketerRisk, List<EquivalenceClass> classes) {

    /** ARX's default threshold for "records at risk": a class of fewer than 5 records. */
    public static final double DEFAULT_THRESHOLD = 0.2;

    public RiskAnalysis {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        sizeDistribution = Collections.unmodifiableSortedMap(new TreeMap<>(sizeDistribution));
        classes = List.copyOf(classes);
    }

    /**
     * One equivalence class.
     *
     * @param values the quasi-identifier values shared by its records, in the order of the analysis
     * @param size its number of records
     * @param sensitiveDistribution sensitive value to count in this class (empty without a sensitive attribute)
     */
    public record EquivalenceClass(List<String> values, int size, Map<String, Integer> sensitiveDistribution) {
        public EquivalenceClass {
            values = List.copyOf(values);
            sensitiveDistribution = Collections.unmodifiableMap(new LinkedHashMap<>(sensitiveDistribution));
        }
    }

    /** @return the number of equivalence classes */
    public int classCount() {
        return classes.size();
    }

    /**
     * Analyses a table with {@link #DEFAULT_THRESHOLD}.
     *
     * @see #of(Table, List, Optional, double)
     */
    public static RiskAnalysis of(Table table, List<String> quasiIdentifiers, Optional<String> sensitive) {
        return of(table, quasiIdentifiers, sensitive, DEFAULT_THRESHOLD);
    }

    /**
     * @param table the table
     * @param quasiIdentifiers its quasi-identifier columns, at least one
     * @param sensitive a sensitive column whose distribution per class is wanted
     * @param threshold the prosecutor risk above which a record counts as at risk, in (0, 1]
     * @return the analysis
     * @throws ConfigurationException if a column does not exist, none is given or the threshold is out of range
     * @throws InvalidInputException if the table is empty
     */
    public static RiskAnalysis of(Table table, List<String> quasiIdentifiers, Optional<String> sensitive,
            double threshold) {
        if (quasiIdentifiers.isEmpty()) {
            throw new ConfigurationException("risk analysis: name at least one quasi-identifier");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ConfigurationException("risk analysis: the threshold must be in (0, 1], got " + threshold);
        }
        if (table.rowCount() == 0) {
            throw new InvalidInputException("risk analysis: the table has no rows");
        }
        int[] qi = quasiIdentifiers.stream().mapToInt(table::columnIndex).toArray();
        int sensitiveColumn = sensitive.map(table::columnIndex).orElse(-1);
        Map<List<String>, Map<String, Integer>> classes = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            String[] key = new String[qi.length];
            for (int c = 0; c < qi.length; c++) {
                key[c] = table.value(row, qi[c]);
            }
            Map<String, Integer> distribution = classes.computeIfAbsent(List.of(key), k -> new LinkedHashMap<>());
            distribution.merge(sensitiveColumn >= 0 ? table.value(row, sensitiveColumn) : "", 1, Integer::sum);
        }
        return ofClasses(quasiIdentifiers, classes, sensitiveColumn >= 0, threshold);
    }

    /**
     * Analyses a table given by its equivalence classes, e.g. counted by a distributed engine's aggregation: the same
     * figures as {@link #of(Table, List, Optional, double)} of the table those classes count.
     *
     * @param quasiIdentifiers the quasi-identifier columns, at least one
     * @param classes per class (its quasi-identifier values, in {@code quasiIdentifiers} order), the count of records
     *     per sensitive value; without a sensitive attribute a single count under any key. In the order the classes
     *     first appear in the table, which orders classes of equal size in {@link #classes()}
     * @param withSensitive whether the counts are per sensitive value (kept in {@link EquivalenceClass}) or not
     * @param threshold the prosecutor risk above which a record counts as at risk, in (0, 1]
     * @return the analysis
     * @throws ConfigurationException if no quasi-identifier is given or the threshold is out of range
     * @throws InvalidInputException if there are no records
     */
    public static RiskAnalysis ofClasses(List<String> quasiIdentifiers, Map<List<String>, Map<String, Integer>> classes,
            boolean withSensitive, double threshold) {
        if (quasiIdentifiers.isEmpty()) {
            throw new ConfigurationException("risk analysis: name at least one quasi-identifier");
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ConfigurationException("risk analysis: the threshold must be in (0, 1], got " + threshold);
        }
        int n = 0;
        List<EquivalenceClass> list = new ArrayList<>(classes.size());
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        int smallest = Integer.MAX_VALUE;
        int uniques = 0;
        int atRisk = 0;
        for (Map.Entry<List<String>, Map<String, Integer>> e : classes.entrySet()) {
            int size = 0;
            for (int count : e.getValue().values()) {
                size += count;
            }
            if (size == 0) {
                continue;
            }
            n += size;
            list.add(new EquivalenceClass(e.getKey(), size, withSensitive ? e.getValue() : Map.of()));
            distribution.merge(size, 1, Integer::sum);
            smallest = Math.min(smallest, size);
            if (size == 1) {
                uniques++;
            }
            if (1.0 / size > threshold) {
                atRisk += size;
            }
        }
        if (n == 0) {
            throw new InvalidInputException("risk analysis: the table has no rows");
        }
        list.sort((a, b) -> Integer.compare(b.size(), a.size()));
        double average = (double) list.size() / n;
        return new RiskAnalysis(n, quasiIdentifiers, distribution, uniques, 1.0 / smallest, average, threshold,
                (double) atRisk / n, average, list);
    }

    @Override
    public String toString() {
        return "RiskAnalysis[" + records + " records, " + classes.size() + " classes, highest prosecutor risk "
                + highestProsecutorRisk + "]";
    }
}

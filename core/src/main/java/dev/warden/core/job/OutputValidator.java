package dev.warden.core.job;

import dev.warden.deid.IdentifierType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks after every job, fed row by row as the rows are written and finished against the staged output:
 *
 * <ul>
 *   <li><b>foreign keys</b>: every non-null foreign key value in the output is a key of the parent table's output; a
 *       composite key is checked as a tuple (a row with a null in any of its columns is not checked, SQL
 *       {@code MATCH SIMPLE});</li>
 *   <li><b>primary keys</b>: no two output rows of a table share a primary key, single or composite (a transformation
 *       that is not injective, such as truncation, could merge two keys); checked on the first
 *       {@value #PRIMARY_KEY_LIMIT} distinct keys of each table by 64-bit fingerprint, and every suspected duplicate is
 *       confirmed on the staged output by value;</li>
 *   <li><b>row counts</b>: the staged output holds as many rows per table as were written (the input's count, or the
 *       subset plan's);</li>
 *   <li><b>detectors</b>: the identifier detectors find nothing in the output of a column whose transformation is meant
 *       to remove identifiers (format-preserving transformations are listed as not applicable);</li>
 *   <li><b>original values</b>: no input value of a transformed column appears in the output: not in any column copied
 *       unchanged (compared by keyed fingerprints, {@link Fingerprints}, never by the values), and no transformed cell
 *       equals its own input. A transformed cell that happens to equal some other input value (a shifted date landing
 *       on another patient's date, a pseudonym that is also a town's name) is the generator's output, not a copy of
 *       the input, and is not counted.</li>
 * </ul>
 */
final class OutputValidator {

    /** Distinct primary keys per table held (as 8-byte fingerprints) for the duplicate check: at most 72 MiB. */
    static final int PRIMARY_KEY_LIMIT = 1 << 22;

    private final List<TablePlan> plans;
    private final ValueDetector detector;
    /** Exact fingerprint sets up to 2^19 distinct values per side (at most 8 MiB each), then Bloom filters of 48 MiB. */
    private final Fingerprints fingerprints = new Fingerprints(1 << 19, 1 << 28, 1 << 27);
    /** Output values of referenced columns, per "table.column". */
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Set<String> complete = new HashSet<>();
    /** Per foreign key "table.column -> parent.column": values waiting for the parent, and violations. */
    private final Map<String, Set<String>> pending = new LinkedHashMap<>();
    private final Map<String, Long> violations = new LinkedHashMap<>();
    private final Map<String, Long> detectorHits = new TreeMap<>();
    private final Map<String, String> detectorTypes = new HashMap<>();
    private long detectorChecked;
    private final List<String> detectorSkipped = new ArrayList<>();
    private long foreignKeyValues;
    /** Per table with a suspected duplicate primary key: the fingerprints seen twice; and tables not checked whole. */
    private final Map<String, Fingerprints.LongSet> duplicateCandidates = new LinkedHashMap<>();
    private final List<String> primaryKeysCut = new ArrayList<>();
    /** Output cells that hold an input identifier value, per "table.column". */
    private final Map<String, Long> leaks = new TreeMap<>();

    OutputValidator(List<TablePlan> plans, ValueDetector detector) {
        this.plans = plans;
        this.detector = detector;
        for (TablePlan p : plans) {
            for (TablePlan.Fk f : p.foreignKeys) {
                if (f.written()) {
                    keys.computeIfAbsent(f.parentKey(), k -> new HashSet<>());
                }
            }
            for (int o = 0; o < p.outputColumns.size(); o++) {
                if (p.transformers[o] != null && !p.detectorCheck[o] && !p.columnReports.get(p.outputFrom[o]).reason().startsWith("foreign key")) {
                    detectorSkipped.add(p.name + "." + p.outputColumns.get(o).name());
                }
            }
        }
    }

    /** Per-table state, so the per-row path does no map lookups. */
    final class TableCheck {
        private final TablePlan plan;
        private final Set<String>[] fkParents;
        private final Set<String>[] fkPending;
        private final long[] fkViolations;
        /** Key sets of this table's referenced column sets, with their output positions. */
        private final List<Set<String>> referenced = new ArrayList<>();
        private final List<int[]> referencedAt = new ArrayList<>();
        private final Fingerprints.LongSet primaryKeys = new Fingerprints.LongSet();
        private final Fingerprints.LongSet duplicates = new Fingerprints.LongSet();
        private final long[] unchanged;
        /** Per output column, the memo of input values (identifier columns) and of copied cells just fingerprinted. */
        private final Fingerprints.Recent[] recentInput;
        private final Fingerprints.Recent[] recentOutput;

        @SuppressWarnings("unchecked")
        TableCheck(TablePlan plan) {
            this.plan = plan;
            int n = plan.foreignKeys.size();
            fkParents = new Set[n];
            fkPending = new Set[n];
            fkViolations = new long[n];
            for (int i = 0; i < n; i++) {
                TablePlan.Fk f = plan.foreignKeys.get(i);
                if (!f.written()) {
                    continue;
                }
                fkParents[i] = keys.get(f.parentKey());
                if (!complete.contains(JobPlanner.key(f.parentTable()))) {
                    fkPending[i] = pending.computeIfAbsent(edge(plan, f), k -> new HashSet<>());
                }
            }
            unchanged = new long[plan.outputColumns.size()];
            recentInput = new Fingerprints.Recent[unchanged.length];
            recentOutput = new Fingerprints.Recent[unchanged.length];
            for (int o = 0; o < unchanged.length; o++) {
                if (plan.identifier[o]) {
                    recentInput[o] = new Fingerprints.Recent();
                }
                if (plan.transformers[o] == null) {
                    recentOutput[o] = new Fingerprints.Recent();
                }
            }
            Set<String> seen = new HashSet<>();
            for (TablePlan child : plans) {
                for (TablePlan.Fk f : child.foreignKeys) {
                    Set<String> set = keys.get(f.parentKey());
                    if (set != null && f.parentTable().equalsIgnoreCase(plan.name) && seen.add(f.parentKey())) {
                        referenced.add(set);
                        // A dropped parent column leaves the set empty, so every child value is reported as not joining.
                        int[] at = f.parentColumns().stream().mapToInt(plan::outputIndex).toArray();
                        referencedAt.add(Arrays.stream(at).allMatch(o -> o >= 0) ? at : null);
                    }
                }
            }
        }

        void row(String[] input, String[] output) {
            for (int o = 0; o < output.length; o++) {
                String out = output[o];
                boolean transformed = plan.transformers[o] != null;
                if (plan.identifier[o]) {
                    String in = input[plan.outputFrom[o]];
                    if (in != null && informative(in)) {
                        fingerprints.addInput(in, recentInput[o]);
                        if (in.equals(out)) {
                            unchanged[o]++;
                        }
                    }
                }
                if (out == null || out.isEmpty()) {
                    continue;
                }
                if (!transformed) {
                    fingerprints.addOutput(out, recentOutput[o]);
                }
                if (plan.detectorCheck[o]) {
                    detectorChecked++;
                    IdentifierType hit = detector.detect(out);
                    if (hit != null) {
                        String column = plan.name + "." + plan.outputColumns.get(o).name();
                        detectorHits.merge(column, 1L, Long::sum);
                        detectorTypes.putIfAbsent(column, hit.name());
                    }
                }
            }
            for (int r = 0; r < referenced.size(); r++) {
                int[] at = referencedAt.get(r);
                String k = at == null ? null : TablePlan.keyOf(output, at);
                if (k != null) {
                    referenced.get(r).add(k);
                }
            }
            if (plan.primaryKeyOutputs.length > 0) {
                String k = TablePlan.keyOf(output, plan.primaryKeyOutputs);
                if (k != null) {
                    long f = fingerprints.of(k);
                    if (primaryKeys.contains(f)) {
                        duplicates.add(f);
                    } else if (primaryKeys.size() < PRIMARY_KEY_LIMIT) {
                        primaryKeys.add(f);
                    }
                }
            }
            for (int i = 0; i < fkParents.length; i++) {
                if (fkParents[i] == null) {
                    continue;
                }
                String v = TablePlan.keyOf(output, plan.foreignKeys.get(i).outputs());
                if (v == null) {
                    continue;
                }
                foreignKeyValues++;
                if (fkPending[i] != null) {
                    fkPending[i].add(v);
                } else if (!fkParents[i].contains(v)) {
                    fkViolations[i]++;
                }
            }
        }

        void finish() {
            for (int o = 0; o < unchanged.length; o++) {
                if (unchanged[o] > 0) {
                    leaks.merge(plan.name + "." + plan.outputColumns.get(o).name(), unchanged[o], Long::sum);
                }
            }
            for (int i = 0; i < fkViolations.length; i++) {
                if (fkParents[i] != null) {
                    violations.merge(edge(plan, plan.foreignKeys.get(i)), fkViolations[i], Long::sum);
                }
            }
            if (!duplicates.isEmpty()) {
                duplicateCandidates.put(plan.name, duplicates);
            }
            if (primaryKeys.size() >= PRIMARY_KEY_LIMIT) {
                primaryKeysCut.add(plan.name);
            }
            complete.add(JobPlanner.key(plan.name));
        }
    }

    /**
     * A value made of one repeated character ({@code 00000}, {@code XXX}) is a placeholder that identifies nobody, and
     * transformations such as masking rightly leave it as it is.
     */
    static boolean informative(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        char first = value.charAt(0);
        if (Character.isSurrogate(first)) {
            int cp = value.codePointAt(0);
            return value.codePoints().anyMatch(c -> c != cp);
        }
        for (int i = 1; i < n; i++) {
            if (value.charAt(i) != first) {
                return true;
            }
        }
        return false;
    }

    TableCheck table(TablePlan plan) {
        return new TableCheck(plan);
    }

    private static String edge(TablePlan plan, TablePlan.Fk f) {
        return plan.name + "." + f;
    }

    /** Confirms suspected duplicate primary keys on the staged output, by value. */
    private JobReport.Check primaryKeys(TableSource staged) {
        List<String> duplicated = new ArrayList<>();
        long checked = 0;
        for (TablePlan p : plans) {
            if (p.primaryKeyOutputs.length == 0) {
                continue;
            }
            checked++;
            Fingerprints.LongSet candidates = duplicateCandidates.get(p.name);
            if (candidates == null) {
                continue;
            }
            List<String> names = Arrays.stream(p.primaryKeyOutputs).mapToObj(o -> p.outputColumns.get(o).name()).toList();
            int[] all = java.util.stream.IntStream.range(0, names.size()).toArray();
            Map<String, Integer> seen = new HashMap<>();
            long extra = 0;
            try (RowReader r = staged.open(p.name, names)) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    String k = TablePlan.keyOf(row, all);
                    if (k != null && candidates.contains(fingerprints.of(k)) && seen.merge(k, 1, Integer::sum) > 1) {
                        extra++;
                    }
                }
            }
            if (extra > 0) {
                duplicated.add(p.name + " (" + extra + " rows repeat a primary key of (" + String.join(", ", names) + "))");
            }
        }
        String cut = primaryKeysCut.isEmpty() ? "" : "; checked on the first " + PRIMARY_KEY_LIMIT + " keys of: " + String.join(", ", primaryKeysCut);
        return new JobReport.Check("primary keys", duplicated.isEmpty(), (duplicated.isEmpty()
                ? checked + " tables' primary keys are unique in the output"
                : "duplicate primary keys in the output: " + String.join(", ", duplicated)) + cut);
    }

    /**
     * @param staged the staged output
     * @param written rows written per table (output name)
     * @return the checks
     */
    List<JobReport.Check> finish(TableSource source, TableSource staged, Map<String, Long> written) {
        List<JobReport.Check> checks = new ArrayList<>();
        // Foreign keys deferred by a cycle or a self-reference.
        for (TablePlan p : plans) {
            for (TablePlan.Fk f : p.foreignKeys) {
                Set<String> waiting = pending.get(edge(p, f));
                if (waiting != null) {
                    Set<String> parent = keys.get(f.parentKey());
                    long missing = waiting.stream().filter(v -> !parent.contains(v)).count();
                    violations.merge(edge(p, f), missing, Long::sum);
                }
            }
        }
        List<String> broken = new ArrayList<>();
        violations.forEach((edge, n) -> {
            if (n > 0) {
                broken.add(edge + " (" + n + " rows)");
            }
        });
        checks.add(new JobReport.Check("foreign keys", broken.isEmpty(), broken.isEmpty()
                ? violations.size() + " foreign keys, " + foreignKeyValues + " values, all join"
                : "values that do not join: " + String.join(", ", broken)));

        checks.add(primaryKeys(staged));

        List<String> wrongCounts = new ArrayList<>();
        for (TablePlan p : plans) {
            long expected = written.getOrDefault(p.name, 0L);
            long actual = staged.count(p.name);
            if (actual != expected) {
                wrongCounts.add(p.name + " (" + actual + " staged, " + expected + " expected)");
            }
        }
        checks.add(new JobReport.Check("row counts", wrongCounts.isEmpty(), wrongCounts.isEmpty()
                ? plans.size() + " tables hold the rows planned" : "mismatch: " + String.join(", ", wrongCounts)));

        List<String> hits = new ArrayList<>();
        detectorHits.forEach((column, n) -> hits.add(column + " (" + n + " values look like " + detectorTypes.get(column) + ")"));
        checks.add(new JobReport.Check("detectors", hits.isEmpty(), (hits.isEmpty()
                ? detectorChecked + " transformed values checked, no identifier found"
                : "identifiers found in transformed columns: " + String.join(", ", hits))
                + (detectorSkipped.isEmpty() ? "" : "; foreign keys are checked at their parent key; not applicable to format-preserving columns: " + String.join(", ", detectorSkipped))));

        Fingerprints.LongSet candidates = fingerprints.candidates();
        if (!candidates.isEmpty()) {
            // Confirm: which candidates are fingerprints of input identifier values...
            Fingerprints.LongSet confirmed = new Fingerprints.LongSet();
            for (TablePlan p : plans) {
                List<String> names = new ArrayList<>();
                for (int o = 0; o < p.outputColumns.size(); o++) {
                    if (p.identifier[o]) {
                        names.add(p.inputColumns.get(p.outputFrom[o]));
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                try (RowReader r = source.open(p.name, names)) {
                    for (String[] row = r.next(); row != null; row = r.next()) {
                        for (String v : row) {
                            if (v != null && informative(v)) {
                                long f = fingerprints.of(v);
                                if (candidates.contains(f)) {
                                    confirmed.add(f);
                                }
                            }
                        }
                    }
                }
            }
            // ...and which copied cells of the staged output carry them.
            for (TablePlan p : plans) {
                List<String> names = new ArrayList<>();
                for (int o = 0; o < p.outputColumns.size(); o++) {
                    if (p.transformers[o] == null) {
                        names.add(p.outputColumns.get(o).name());
                    }
                }
                if (names.isEmpty() || confirmed.isEmpty()) {
                    continue;
                }
                try (RowReader r = staged.open(p.name, names)) {
                    for (String[] row = r.next(); row != null; row = r.next()) {
                        for (int o = 0; o < row.length; o++) {
                            if (row[o] != null && !row[o].isEmpty() && confirmed.contains(fingerprints.of(row[o]))) {
                                leaks.merge(p.name + "." + names.get(o), 1L, Long::sum);
                            }
                        }
                    }
                }
            }
        }
        List<String> leaked = new ArrayList<>();
        leaks.forEach((column, n) -> leaked.add(column + " (" + n + " cells)"));
        checks.add(new JobReport.Check("original values", leaked.isEmpty(), leaked.isEmpty()
                ? fingerprints.inputCount() + " input identifier values fingerprinted; none is in a copied column, "
                        + "and no transformed cell kept its input value"
                : "input identifier values found in the output: " + String.join(", ", leaked)));
        return checks;
    }
}

package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans a referentially complete subset (the algorithm of subsetting tools such as Jailer and condenser):
 *
 * <ol>
 *   <li>the root table's rows are chosen by the rule (a keyed-hash percentage of the primary key, a SQL condition
 *       run on the source, or a column predicate);</li>
 *   <li>downward, parents first: a row of a table that refers to the root (directly or through other such tables)
 *       is included when a row it refers to was included;</li>
 *   <li>upward, children first: every row that an included row refers to is included, and so on up to the tables
 *       with no parent; such rows do not pull in their own children.</li>
 * </ol>
 *
 * Only key sets are held: the keys of included rows of referenced columns, never whole rows. The result is one row
 * predicate per table for the job pass.
 */
final class SubsetPlanner {

    /** Chooses root rows by their primary key, deterministically under the job key. */
    interface KeySelector {
        /** @param primaryKey the row's primary key: its value, or for a composite key {@link TablePlan#keyOf} */
        boolean selected(String primaryKey);
    }

    /**
     * The root rows' selector of a rule: for a percentage, the first 48 bits of HMAC-SHA256 of the primary key under
     * the job key's consistency domain {@code subset:<root table>}, modulo 10,000, below the percentage in hundredths;
     * for a filter, every key (the filter chooses).
     *
     * @param deidentifier the job's deidentifier
     * @param rule the subset rule
     * @return the selector; not thread-safe (the keyed hash keeps a memo)
     */
    static KeySelector selector(Deidentifier deidentifier, SubsetRule rule) {
        ValueTransformer hash = deidentifier.compile(Transformation.KeyedHash.hex(), new ConsistencyDomain("subset:" + rule.table()));
        double percent = rule instanceof SubsetRule.Percent p ? p.percent() : 100;
        long threshold = Math.round(percent * 100);
        return key -> Long.parseUnsignedLong(hash.apply(key).substring(0, 12), 16) % 10_000 < threshold;
    }

    private final List<TablePlan> plans;
    private final TableSource source;
    private final JobProgress progress;
    private final Map<String, Set<String>> includedDown = new HashMap<>();
    private final Map<String, Set<String>> needed = new HashMap<>();
    private final Map<String, Predicate<String[]>> down = new HashMap<>();

    SubsetPlanner(List<TablePlan> plans, TableSource source, JobProgress progress) {
        this.plans = plans;
        this.source = source;
        this.progress = progress;
    }

    /**
     * @return for each table (lower-case name), whether an input row belongs to the subset
     */
    Map<String, Predicate<String[]>> plan(SubsetRule rule, KeySelector percentSelector) {
        TablePlan root = plans.stream().filter(p -> p.name.equalsIgnoreCase(rule.table())).findFirst()
                .orElseThrow(() -> new ConfigurationException("subset: no table " + rule.table() + " in the job"));
        if (root.primaryKeyInputs.length == 0) {
            throw new ConfigurationException("subset: the root table " + root.name + " has no primary key; declare \"primaryKey\" in the spec");
        }
        progress.phase("planning the subset from " + root.name);
        Set<String> rootKeys = rootKeys(root, rule, percentSelector);
        int[] pk = root.primaryKeyInputs;
        down.put(JobPlanner.key(root.name), row -> {
            String k = TablePlan.keyOf(row, pk);
            return k != null && rootKeys.contains(k);
        });

        // Downward, parents first.
        Set<String> downward = new LinkedHashSet<>();
        downward.add(JobPlanner.key(root.name));
        for (TablePlan t : plans) {
            String key = JobPlanner.key(t.name);
            if (downward.contains(key)) {
                continue;
            }
            List<TablePlan.Fk> toDown = t.foreignKeys.stream()
                    .filter(f -> downward.contains(JobPlanner.key(f.parentTable())) && !f.parentTable().equalsIgnoreCase(t.name)).toList();
            if (toDown.isEmpty()) {
                continue;
            }
            downward.add(key);
            List<Set<String>> parents = new ArrayList<>();
            for (TablePlan.Fk f : toDown) {
                parents.add(includedDown.computeIfAbsent(f.parentKey(), k -> new HashSet<>()));
            }
            down.put(key, row -> {
                for (int i = 0; i < toDown.size(); i++) {
                    String v = TablePlan.keyOf(row, toDown.get(i).inputs());
                    if (v != null && parents.get(i).contains(v)) {
                        return true;
                    }
                }
                return false;
            });
        }
        List<TablePlan> ordered = new ArrayList<>(plans);
        // Fill includedDown for referenced columns of downward tables, in parent-first order.
        for (TablePlan t : ordered) {
            String key = JobPlanner.key(t.name);
            List<Referenced> refs = referenced(t, includedDown);
            if (!downward.contains(key) || refs.isEmpty()) {
                continue;
            }
            Predicate<String[]> p = down.get(key);
            scan(t, row -> {
                if (p.test(row)) {
                    for (Referenced r : refs) {
                        String v = TablePlan.keyOf(row, r.positions());
                        if (v != null) {
                            r.keys().add(v);
                        }
                    }
                }
            });
        }
        // Upward, children first.
        Map<String, Predicate<String[]>> result = new HashMap<>();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            TablePlan t = ordered.get(i);
            String key = JobPlanner.key(t.name);
            Predicate<String[]> d = down.getOrDefault(key, row -> false);
            List<Referenced> refs = referenced(t, needed);
            Predicate<String[]> included = row -> {
                if (d.test(row)) {
                    return true;
                }
                for (Referenced r : refs) {
                    String v = TablePlan.keyOf(row, r.positions());
                    if (v != null && r.keys().contains(v)) {
                        return true;
                    }
                }
                return false;
            };
            result.put(key, included);
            if (!t.foreignKeys.isEmpty()) {
                List<Set<String>> targets = new ArrayList<>();
                for (TablePlan.Fk f : t.foreignKeys) {
                    targets.add(needed.computeIfAbsent(f.parentKey(), k -> new HashSet<>()));
                }
                scan(t, row -> {
                    if (included.test(row)) {
                        for (int f = 0; f < t.foreignKeys.size(); f++) {
                            String v = TablePlan.keyOf(row, t.foreignKeys.get(f).inputs());
                            if (v != null) {
                                targets.get(f).add(v);
                            }
                        }
                    }
                });
            }
        }
        return result;
    }

    private Set<String> rootKeys(TablePlan root, SubsetRule rule, KeySelector selector) {
        Set<String> keys = new HashSet<>();
        int[] pk = root.primaryKeyInputs;
        if (rule instanceof SubsetRule.Filter filter) {
            Optional<RowReader> native_ = pk.length == 1
                    ? source.select(root.name, root.inputColumns.get(pk[0]), filter.condition()) : Optional.empty();
            if (native_.isPresent()) {
                try (RowReader r = native_.get()) {
                    for (String[] row = r.next(); row != null; row = r.next()) {
                        if (row[0] != null) {
                            keys.add(row[0]);
                        }
                    }
                }
                return keys;
            }
            Predicate<String[]> p = RowPredicate.parse(filter.condition(), root.name, root.inputColumns);
            scan(root, row -> {
                String k = TablePlan.keyOf(row, pk);
                if (k != null && p.test(row)) {
                    keys.add(k);
                }
            });
            return keys;
        }
        scan(root, row -> {
            String k = TablePlan.keyOf(row, pk);
            if (k != null && selector.selected(k)) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** A set of key tuples of some of a table's columns that a foreign key refers to, with their input positions. */
    private record Referenced(int[] positions, Set<String> keys) {
    }

    /** The column sets of {@code t} that a foreign key refers to and whose key set exists in {@code sets}. */
    private List<Referenced> referenced(TablePlan t, Map<String, Set<String>> sets) {
        List<Referenced> refs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TablePlan child : plans) {
            for (TablePlan.Fk f : child.foreignKeys) {
                Set<String> keys = sets.get(f.parentKey());
                if (f.parentTable().equalsIgnoreCase(t.name) && keys != null && seen.add(f.parentKey())) {
                    refs.add(new Referenced(f.parentColumns().stream().mapToInt(t::inputIndex).toArray(), keys));
                }
            }
        }
        return refs;
    }

    private void scan(TablePlan t, java.util.function.Consumer<String[]> consumer) {
        try (RowReader reader = source.open(t.name, t.inputColumns)) {
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                consumer.accept(row);
            }
        }
    }

    static String column(String table, String column) {
        return JobPlanner.key(table) + "." + column.toLowerCase(java.util.Locale.ROOT);
    }

    /** @return {@link #column} for one column; {@code table.(a,b)} for several */
    static String columns(String table, List<String> columns) {
        if (columns.size() == 1) {
            return column(table, columns.get(0));
        }
        return JobPlanner.key(table) + ".(" + String.join(",", columns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList()) + ")";
    }
}

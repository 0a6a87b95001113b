package dev.warden.core.job;

import dev.warden.ConfigurationException;
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
        boolean selected(String primaryKey);
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
        if (root.primaryKeyInput < 0) {
            throw new ConfigurationException("subset: the root table " + root.name + " has no primary key; declare \"primaryKey\" in the spec");
        }
        progress.phase("planning the subset from " + root.name);
        Set<String> rootKeys = rootKeys(root, rule, percentSelector);
        int pk = root.primaryKeyInput;
        down.put(JobPlanner.key(root.name), row -> row[pk] != null && rootKeys.contains(row[pk]));

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
                parents.add(includedDown.computeIfAbsent(column(f.parentTable(), f.parentColumn()), k -> new HashSet<>()));
            }
            down.put(key, row -> {
                for (int i = 0; i < toDown.size(); i++) {
                    String v = row[toDown.get(i).input()];
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
            List<int[]> refs = referencedColumns(t, includedDown);
            if (!downward.contains(key) || refs.isEmpty()) {
                continue;
            }
            Predicate<String[]> p = down.get(key);
            scan(t, row -> {
                if (p.test(row)) {
                    for (int[] r : refs) {
                        String v = row[r[0]];
                        if (v != null) {
                            includedDown.get(column(t.name, t.inputColumns.get(r[0]))).add(v);
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
            List<int[]> refs = new ArrayList<>();
            List<Set<String>> sets = new ArrayList<>();
            for (int c = 0; c < t.inputColumns.size(); c++) {
                Set<String> s = needed.get(column(t.name, t.inputColumns.get(c)));
                if (s != null) {
                    refs.add(new int[] {c});
                    sets.add(s);
                }
            }
            Predicate<String[]> included = row -> {
                if (d.test(row)) {
                    return true;
                }
                for (int r = 0; r < refs.size(); r++) {
                    String v = row[refs.get(r)[0]];
                    if (v != null && sets.get(r).contains(v)) {
                        return true;
                    }
                }
                return false;
            };
            result.put(key, included);
            if (!t.foreignKeys.isEmpty()) {
                List<Set<String>> targets = new ArrayList<>();
                for (TablePlan.Fk f : t.foreignKeys) {
                    targets.add(needed.computeIfAbsent(column(f.parentTable(), f.parentColumn()), k -> new HashSet<>()));
                }
                scan(t, row -> {
                    if (included.test(row)) {
                        for (int f = 0; f < t.foreignKeys.size(); f++) {
                            String v = row[t.foreignKeys.get(f).input()];
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
        int pk = root.primaryKeyInput;
        if (rule instanceof SubsetRule.Filter filter) {
            Optional<RowReader> native_ = source.select(root.name, root.inputColumns.get(pk), filter.condition());
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
                if (row[pk] != null && p.test(row)) {
                    keys.add(row[pk]);
                }
            });
            return keys;
        }
        scan(root, row -> {
            if (row[pk] != null && selector.selected(row[pk])) {
                keys.add(row[pk]);
            }
        });
        return keys;
    }

    /** Columns of {@code t} that some foreign key refers to and whose set exists in {@code sets}: {input index}. */
    private static List<int[]> referencedColumns(TablePlan t, Map<String, Set<String>> sets) {
        List<int[]> refs = new ArrayList<>();
        for (int c = 0; c < t.inputColumns.size(); c++) {
            if (sets.containsKey(column(t.name, t.inputColumns.get(c)))) {
                refs.add(new int[] {c});
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
}

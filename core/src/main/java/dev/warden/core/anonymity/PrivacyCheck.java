package dev.warden.core.anonymity;

import dev.warden.deid.Hierarchy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a released table against privacy models from its cells alone, independently of the search that produced it
 * (its own grouping by text and its own distance code): every equivalence class other than the suppressed records
 * satisfies every model, and no more records than allowed were suppressed. Suppressed records are those whose
 * quasi-identifiers are all {@value Anonymizer#SUPPRESSED} and that fail a model as a class, plus the ones dropped.
 * Messages give sizes and counts, never a value.
 */
public final class PrivacyCheck {

    private PrivacyCheck() {
    }

    /**
     * @param output the released table
     * @param quasiIdentifiers its quasi-identifier columns
     * @param models the models every class must satisfy
     * @param dropped records suppressed by leaving them out of {@code output}
     * @param maxSuppressed the most records that may be suppressed
     * @param reference the sensitive attribute's distribution over the whole input (value to count), for
     *     t-closeness; empty without a sensitive attribute
     * @return the violations, empty when the table passes
     */
    public static List<String> violations(Table output, List<String> quasiIdentifiers, List<PrivacyModel> models,
            long dropped, long maxSuppressed, Map<String, Integer> reference) {
        int[] qi = quasiIdentifiers.stream().mapToInt(output::columnIndex).toArray();
        String sensitiveName = models.stream().map(PrivacyModel::sensitiveAttribute).filter(s -> !s.isEmpty())
                .findFirst().orElse(null);
        int sensitive = sensitiveName == null ? -1 : output.columnIndex(sensitiveName);
        Map<List<String>, Map<String, Integer>> classes = new HashMap<>();
        for (int r = 0; r < output.rowCount(); r++) {
            String[] key = new String[qi.length];
            for (int c = 0; c < qi.length; c++) {
                key[c] = output.value(r, qi[c]);
            }
            classes.computeIfAbsent(List.of(key), k -> new HashMap<>())
                    .merge(sensitive < 0 ? "" : output.value(r, sensitive), 1, Integer::sum);
        }
        return violations(classes, quasiIdentifiers.size(), models, dropped, maxSuppressed, reference);
    }

    /**
     * Checks a released table given by its equivalence classes, e.g. counted by a distributed engine's aggregation:
     * the same result as {@link #violations(Table, List, List, long, long, Map)} of the table those classes count.
     *
     * @param classes per class (its quasi-identifier values), the count of records per value of the models' sensitive
     *     attribute (any single key when the models have none)
     * @param quasiIdentifiers the number of quasi-identifiers (the length of each class's key)
     * @param models the models every class must satisfy
     * @param dropped records suppressed by leaving them out of the table
     * @param maxSuppressed the most records that may be suppressed
     * @param reference the sensitive attribute's distribution over the whole input, for t-closeness
     * @return the violations, empty when the table passes
     */
    public static List<String> violations(Map<List<String>, Map<String, Integer>> classes, int quasiIdentifiers,
            List<PrivacyModel> models, long dropped, long maxSuppressed, Map<String, Integer> reference) {
        List<String> suppressedKey = java.util.Collections.nCopies(quasiIdentifiers, Anonymizer.SUPPRESSED);
        long suppressed = dropped;
        List<String> violations = new ArrayList<>();
        int failing = 0;
        String first = null;
        for (Map.Entry<List<String>, Map<String, Integer>> e : classes.entrySet()) {
            int size = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            String failure = failure(models, size, e.getValue(), reference);
            if (failure == null) {
                continue;
            }
            if (e.getKey().equals(suppressedKey)) {
                suppressed += size;
                continue;
            }
            failing++;
            if (first == null) {
                first = failure;
            }
        }
        if (failing > 0) {
            violations.add(failing + " equivalence class(es) violate the privacy models, e.g. " + first);
        }
        if (suppressed > maxSuppressed) {
            violations.add(suppressed + " records suppressed, more than the limit of " + maxSuppressed);
        }
        return violations;
    }

    /** @return why a class of {@code size} records with these sensitive counts fails a model, or null */
    private static String failure(List<PrivacyModel> models, int size, Map<String, Integer> counts,
            Map<String, Integer> reference) {
        for (PrivacyModel model : models) {
            if (model instanceof PrivacyModel.KAnonymity m) {
                if (size < m.k()) {
                    return "a class of " + size + " records, fewer than k = " + m.k();
                }
            } else if (model instanceof PrivacyModel.DistinctLDiversity m) {
                if (counts.size() < m.l()) {
                    return "a class with " + counts.size() + " distinct sensitive values, fewer than l = " + m.l();
                }
            } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
                double entropy = 0;
                for (int n : counts.values()) {
                    double p = (double) n / size;
                    entropy -= p * Math.log(p);
                }
                if (entropy < Math.log(m.l()) - 1e-9) {
                    return String.format(Locale.ROOT, "a class whose sensitive entropy is %.4f, below log(l) = %.4f",
                            entropy, Math.log(m.l()));
                }
            } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
                List<Integer> sorted = counts.values().stream().sorted(Comparator.reverseOrder()).toList();
                long tail = sorted.size() < m.l() ? 0 : sorted.subList(m.l() - 1, sorted.size()).stream()
                        .mapToLong(Integer::longValue).sum();
                if (sorted.size() < m.l() || !(sorted.get(0) < m.c() * tail)) {
                    return "a class that is not recursive (" + m.c() + ", " + m.l() + ")-diverse";
                }
            } else {
                double t = tCloseness(model, size, counts, reference);
                double limit = model instanceof PrivacyModel.EqualDistanceTCloseness e ? e.t()
                        : model instanceof PrivacyModel.OrderedDistanceTCloseness o ? o.t()
                        : ((PrivacyModel.HierarchicalDistanceTCloseness) model).t();
                if (t > limit + 1e-9) {
                    return String.format(Locale.ROOT, "a class at distance %.4f from the table's sensitive "
                            + "distribution, more than t = %s", t, limit);
                }
            }
        }
        return null;
    }

    private static double tCloseness(PrivacyModel model, int size, Map<String, Integer> counts,
            Map<String, Integer> reference) {
        double total = reference.values().stream().mapToInt(Integer::intValue).sum();
        List<String> values = new ArrayList<>(reference.keySet());
        counts.keySet().stream().filter(v -> !reference.containsKey(v)).forEach(values::add);
        Map<String, Double> extra = new HashMap<>();
        for (String v : values) {
            extra.put(v, counts.getOrDefault(v, 0) / (double) size - reference.getOrDefault(v, 0) / total);
        }
        if (model instanceof PrivacyModel.EqualDistanceTCloseness) {
            return extra.values().stream().mapToDouble(Math::abs).sum() / 2;
        }
        if (model instanceof PrivacyModel.OrderedDistanceTCloseness) {
            boolean numeric = values.stream().allMatch(PrivacyCheck::isNumber);
            values.sort(numeric ? Comparator.comparing(v -> new BigDecimal(v.strip())) : Comparator.naturalOrder());
            if (values.size() < 2) {
                return 0;
            }
            double cumulative = 0;
            double sum = 0;
            for (String v : values) {
                cumulative += extra.get(v);
                sum += Math.abs(cumulative);
            }
            return sum / (values.size() - 1);
        }
        // Hierarchical ground distance (Li et al.): bottom up, each node moves min(surplus, deficit) of its
        // children's net mass at cost level / depth.
        Hierarchy hierarchy = ((PrivacyModel.HierarchicalDistanceTCloseness) model).hierarchy();
        Map<String, List<String>> rows = new HashMap<>();
        hierarchy.rows().forEach(r -> rows.put(r.get(0), r));
        int depth = hierarchy.depth();
        Map<String, Double> net = new HashMap<>();
        for (String v : values) {
            net.merge(v, extra.get(v), Double::sum);
        }
        double distance = 0;
        for (int level = 1; level <= depth; level++) {
            Map<String, double[]> parents = new HashMap<>();
            Map<String, Double> next = new HashMap<>();
            for (Map.Entry<String, Double> e : net.entrySet()) {
                List<String> row = rows.get(leafOf(e.getKey(), level - 1, values, rows));
                String parent = level + "\u0000" + row.get(level);
                double[] pn = parents.computeIfAbsent(parent, x -> new double[2]);
                pn[e.getValue() > 0 ? 0 : 1] += Math.abs(e.getValue());
                next.merge(parent, e.getValue(), Double::sum);
            }
            for (double[] pn : parents.values()) {
                distance += (double) level / depth * Math.min(pn[0], pn[1]);
            }
            net = next;
        }
        return distance;
    }

    /** @return a leaf under the node named by {@code key} (a leaf itself at level 0) */
    private static String leafOf(String key, int level, List<String> leaves, Map<String, List<String>> rows) {
        if (level == 0) {
            return key;
        }
        String node = key.substring(key.indexOf('\u0000') + 1);
        for (String leaf : leaves) {
            List<String> row = rows.get(leaf);
            if (row != null && row.get(level).equals(node)) {
                return leaf;
            }
        }
        throw new IllegalStateException("no leaf under a hierarchy node");
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

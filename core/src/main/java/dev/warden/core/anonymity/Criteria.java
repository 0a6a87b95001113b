package dev.warden.core.anonymity;

import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The privacy models compiled against one encoded table: decides whether an equivalence class satisfies them all. */
final class Criteria {

    private final int k;
    private final List<PrivacyModel> models;
    private final double[] tableDistribution;
    /** For ordered distance: rank of each sensitive code. */
    private final int[] order;
    /** For hierarchical distance: node[level][code] = the code's ancestor id at that level; null level 0 unused. */
    private final int[][] ancestors;
    private final int[] nodesPerLevel;

    Criteria(List<PrivacyModel> models, EncodedTable data) {
        this.models = List.copyOf(models);
        int minimum = 1;
        for (PrivacyModel model : models) {
            if (model instanceof PrivacyModel.KAnonymity anonymity) {
                minimum = Math.max(minimum, anonymity.k());
            }
        }
        this.k = minimum;
        if (data.sensitive == null) {
            tableDistribution = null;
            order = null;
            ancestors = null;
            nodesPerLevel = null;
            return;
        }
        int values = data.sensitiveLabels.length;
        tableDistribution = new double[values];
        for (int s : data.sensitive) {
            tableDistribution[s]++;
        }
        for (int s = 0; s < values; s++) {
            tableDistribution[s] /= data.rows;
        }
        order = ranks(data.sensitiveLabels);
        Hierarchy hierarchy = models.stream().filter(m -> m instanceof PrivacyModel.HierarchicalDistanceTCloseness)
                .map(m -> ((PrivacyModel.HierarchicalDistanceTCloseness) m).hierarchy()).findFirst().orElse(null);
        if (hierarchy == null) {
            ancestors = null;
            nodesPerLevel = null;
        } else {
            Map<String, List<String>> rows = new HashMap<>();
            hierarchy.rows().forEach(r -> rows.put(r.get(0), r));
            int levels = hierarchy.depth() + 1;
            ancestors = new int[levels][values];
            nodesPerLevel = new int[levels];
            for (int level = 0; level < levels; level++) {
                Map<String, Integer> ids = new HashMap<>();
                for (int s = 0; s < values; s++) {
                    List<String> row = rows.get(data.sensitiveLabels[s]);
                    if (row == null) {
                        // Never the value: a sensitive attribute's values are the protected data.
                        throw new InvalidInputException("t-closeness: a value of the sensitive column is missing from"
                                + " its hierarchy " + hierarchy.name());
                    }
                    ancestors[level][s] = ids.computeIfAbsent(row.get(level), x -> ids.size());
                }
                nodesPerLevel[level] = ids.size();
            }
        }
    }

    private static int[] ranks(String[] labels) {
        Integer[] sorted = new Integer[labels.length];
        for (int i = 0; i < labels.length; i++) {
            sorted[i] = i;
        }
        boolean numeric = Arrays.stream(labels).allMatch(Criteria::isNumber);
        Comparator<Integer> comparator = numeric
                ? Comparator.comparing(i -> new BigDecimal(labels[i].trim()))
                : Comparator.comparing(i -> labels[i]);
        Arrays.sort(sorted, comparator);
        int[] rank = new int[labels.length];
        for (int r = 0; r < sorted.length; r++) {
            rank[sorted[r]] = r;
        }
        return rank;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** @return the smallest class size any model allows */
    int minimumClassSize() {
        return k;
    }

    /** @return whether a class of {@code size} records with this sensitive histogram (null if none) satisfies all */
    boolean satisfied(int size, int[] histogram) {
        if (size < k) {
            return false;
        }
        for (PrivacyModel model : models) {
            boolean ok;
            if (model instanceof PrivacyModel.KAnonymity) {
                ok = true;
            } else if (model instanceof PrivacyModel.DistinctLDiversity m) {
                ok = distinct(histogram) >= m.l();
            } else if (model instanceof PrivacyModel.EntropyLDiversity m) {
                ok = entropy(histogram, size) >= Math.log(m.l()) - 1e-12;
            } else if (model instanceof PrivacyModel.RecursiveCLDiversity m) {
                ok = recursive(histogram, m.c(), m.l());
            } else if (model instanceof PrivacyModel.EqualDistanceTCloseness m) {
                ok = equalDistance(histogram, size) <= m.t() + 1e-12;
            } else if (model instanceof PrivacyModel.OrderedDistanceTCloseness m) {
                ok = orderedDistance(histogram, size) <= m.t() + 1e-12;
            } else {
                ok = hierarchicalDistance(histogram, size)
                        <= ((PrivacyModel.HierarchicalDistanceTCloseness) model).t() + 1e-12;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int distinct(int[] histogram) {
        int n = 0;
        for (int count : histogram) {
            if (count > 0) {
                n++;
            }
        }
        return n;
    }

    private static double entropy(int[] histogram, int size) {
        double h = 0;
        for (int count : histogram) {
            if (count > 0) {
                double p = (double) count / size;
                h -= p * Math.log(p);
            }
        }
        return h;
    }

    private static boolean recursive(int[] histogram, double c, int l) {
        int[] counts = Arrays.stream(histogram).filter(x -> x > 0).sorted().toArray();
        int m = counts.length;
        if (m < l) {
            return false;
        }
        // counts ascending: r1 is the last; r_l..r_m are the m - l + 1 smallest
        long tail = 0;
        for (int i = 0; i <= m - l; i++) {
            tail += counts[i];
        }
        return counts[m - 1] < c * tail;
    }

    double equalDistance(int[] histogram, int size) {
        double sum = 0;
        for (int s = 0; s < histogram.length; s++) {
            sum += Math.abs((double) histogram[s] / size - tableDistribution[s]);
        }
        return sum / 2;
    }

    double orderedDistance(int[] histogram, int size) {
        int m = histogram.length;
        if (m < 2) {
            return 0;
        }
        double[] byRank = new double[m];
        for (int s = 0; s < m; s++) {
            byRank[order[s]] = (double) histogram[s] / size - tableDistribution[s];
        }
        double cumulative = 0;
        double sum = 0;
        for (int r = 0; r < m; r++) {
            cumulative += byRank[r];
            sum += Math.abs(cumulative);
        }
        return sum / (m - 1);
    }

    /** Li et al.'s hierarchical EMD: sum over inner nodes of height/depth times min(positive, negative) extra. */
    double hierarchicalDistance(int[] histogram, int size) {
        int levels = ancestors.length;
        int depth = levels - 1;
        double[] extra = new double[histogram.length];
        for (int s = 0; s < histogram.length; s++) {
            extra[s] = (double) histogram[s] / size - tableDistribution[s];
        }
        double distance = 0;
        for (int level = 1; level < levels; level++) {
            double[] positive = new double[nodesPerLevel[level]];
            double[] negative = new double[nodesPerLevel[level]];
            // children at level - 1, aggregated from the leaves
            Map<Integer, Double> childExtra = new HashMap<>();
            Map<Integer, Integer> childParent = new HashMap<>();
            for (int s = 0; s < histogram.length; s++) {
                int child = ancestors[level - 1][s];
                childExtra.merge(child, extra[s], Double::sum);
                childParent.put(child, ancestors[level][s]);
            }
            for (Map.Entry<Integer, Double> e : childExtra.entrySet()) {
                int parent = childParent.get(e.getKey());
                if (e.getValue() > 0) {
                    positive[parent] += e.getValue();
                } else {
                    negative[parent] -= e.getValue();
                }
            }
            for (int node = 0; node < positive.length; node++) {
                distance += (double) level / depth * Math.min(positive[node], negative[node]);
            }
        }
        return distance;
    }
}

package dev.warden.core.anonymity;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The optimal search over the generalization lattice (one node per combination of hierarchy levels).
 *
 * <p>Nodes are visited in ascending order of a lower bound of their information loss; the first node whose loss is
 * not above the next node's bound is optimal. For non-uniform entropy and loss the bound depends only on the levels
 * (ARX's monotonic entropy is exact without data). When the privacy models are monotone (k-anonymity alone, or no
 * suppression), an unclassified node is classified by a binary search along a path from it to the top of the
 * lattice, as ARX's Flash algorithm does: a node found anonymous makes every generalization of it anonymous, a node
 * found not anonymous makes every specialization of it not anonymous, so most nodes are never checked. A checked
 * node's classes are rolled up from the smallest cached grouping of a more specific node.
 */
final class LatticeSearch {

    private static final byte UNKNOWN = 0;
    private static final byte ANONYMOUS = 1;
    private static final byte NOT_ANONYMOUS = 2;
    private static final int CACHE = 4;

    private final EncodedTable data;
    private final Criteria criteria;
    private final QualityMetric metric;
    private final int maxOutliers;
    private final boolean monotone;
    private final int[] radix;
    private final int[] stride;
    final int nodes;
    private final byte[] status;
    private final double[][] columnBound;
    private final Grouping bottom;
    private final Grouping[] cache = new Grouping[CACHE];
    private int cacheNext;
    int checks;

    LatticeSearch(EncodedTable data, Criteria criteria, QualityMetric metric, int maxOutliers, boolean monotone) {
        this.data = data;
        this.criteria = criteria;
        this.metric = metric;
        this.maxOutliers = maxOutliers;
        this.monotone = monotone;
        this.radix = new int[data.columns];
        this.stride = new int[data.columns];
        int size = 1;
        for (int c = 0; c < data.columns; c++) {
            radix[c] = data.depth[c] + 1;
            stride[c] = size;
            size = Math.multiplyExact(size, radix[c]);
        }
        this.nodes = size;
        this.status = new byte[size];
        this.columnBound = columnBounds();
        this.bottom = Grouping.ofRows(data, new int[data.columns]);
    }

    /** Per column and level: the data-independent part of the metric (exact for entropy, a bound for loss). */
    private double[][] columnBounds() {
        double[][] bound = new double[data.columns][];
        for (int c = 0; c < data.columns; c++) {
            int leaves = data.labels[c][0].length;
            long[] leafCount = new long[leaves];
            for (int r = 0; r < data.rows; r++) {
                leafCount[data.leaf[c][r]]++;
            }
            bound[c] = new double[radix[c]];
            for (int level = 0; level < radix[c]; level++) {
                int[] ids = data.ids[c][level];
                long[] genCount = new long[data.labels[c][level].length];
                for (int l = 0; l < leaves; l++) {
                    genCount[ids[l]] += leafCount[l];
                }
                double value = 0d;
                if (metric == QualityMetric.NON_UNIFORM_ENTROPY) {
                    for (int l = 0; l < leaves; l++) {
                        double a = leafCount[l];
                        double b = genCount[ids[l]];
                        if (a != 0d) {
                            value += a * log2(a / b);
                        }
                    }
                    value = value == 0d ? value : -value;
                    value = Math.floor(value * 1e10) / 1e10;
                } else if (metric == QualityMetric.LOSS) {
                    int all = data.hierarchyLeaves[c];
                    for (int l = 0; l < leaves; l++) {
                        value += all <= 1 ? 0 : leafCount[l] * (data.leafCount[c][level][ids[l]] - 1d) / (all - 1d);
                    }
                }
                bound[c][level] = value;
            }
        }
        return bound;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    int[] levels(int node) {
        int[] levels = new int[radix.length];
        for (int c = 0; c < radix.length; c++) {
            levels[c] = node / stride[c] % radix[c];
        }
        return levels;
    }

    private int height(int node) {
        int h = 0;
        for (int c = 0; c < radix.length; c++) {
            h += node / stride[c] % radix[c];
        }
        return h;
    }

    double lowerBound(int node) {
        double sum = 0d;
        for (int c = 0; c < radix.length; c++) {
            sum += columnBound[c][node / stride[c] % radix[c]];
        }
        return metric == QualityMetric.LOSS ? sum / ((double) data.rows * radix.length) : sum;
    }

    /** @return the optimal node, or -1 if no node satisfies the models within the suppression limit */
    int optimal() {
        double[] bound = new double[nodes];
        Integer[] order = new Integer[nodes];
        for (int n = 0; n < nodes; n++) {
            bound[n] = lowerBound(n);
            order[n] = n;
        }
        Arrays.sort(order, (a, b) -> compare(bound[a], a, bound[b], b));
        int top = nodes - 1;
        if (monotone && !check(top)) {
            return -1;
        }
        boolean exact = metric == QualityMetric.NON_UNIFORM_ENTROPY;
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int node : order) {
            if (best >= 0 && bound[node] > bestValue) {
                break;
            }
            if (status[node] == NOT_ANONYMOUS) {
                continue;
            }
            if (status[node] == UNKNOWN) {
                if (monotone) {
                    classifyAlongPath(node, bound);
                } else {
                    check(node);
                }
            }
            if (status[node] != ANONYMOUS) {
                continue;
            }
            double value = exact ? bound[node] : evaluate(node);
            if (best < 0 || compare(value, node, bestValue, best) < 0) {
                best = node;
                bestValue = value;
            }
            if (exact) {
                break;
            }
        }
        return best;
    }

    /** Every node checked and evaluated from the original table's classes: the reference the pruning must beat. */
    int exhaustive() {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int node = 0; node < nodes; node++) {
            Grouping g = bottom.rollUp(data, levels(node));
            checks++;
            if (outliers(g) > maxOutliers) {
                continue;
            }
            double value = value(g);
            if (best < 0 || compare(value, node, bestValue, best) < 0) {
                best = node;
                bestValue = value;
            }
        }
        return best;
    }

    private int compare(double va, int a, double vb, int b) {
        int byValue = Double.compare(va, vb);
        if (byValue != 0) {
            return byValue;
        }
        int byHeight = Integer.compare(height(a), height(b));
        return byHeight != 0 ? byHeight : Integer.compare(a, b);
    }

    /** Binary search for the lowest anonymous node on a path from {@code node} up to the top. */
    private void classifyAlongPath(int node, double[] bound) {
        int[] path = new int[height(nodes - 1) - height(node) + 1];
        int length = 0;
        int current = node;
        path[length++] = current;
        while (current != nodes - 1) {
            int next = -1;
            for (int c = 0; c < radix.length; c++) {
                if (current / stride[c] % radix[c] < radix[c] - 1) {
                    int candidate = current + stride[c];
                    if (next < 0 || bound[candidate] < bound[next]) {
                        next = candidate;
                    }
                }
            }
            current = next;
            path[length++] = current;
        }
        int lo = 0;
        int hi = length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            byte s = status[path[mid]];
            boolean anonymous = s == UNKNOWN ? check(path[mid]) : s == ANONYMOUS;
            if (anonymous) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (status[node] == UNKNOWN) {
            check(node);
        }
    }

    /** Checks a node, records and (when monotone) propagates the result. */
    private boolean check(int node) {
        Grouping g = grouping(node);
        boolean anonymous = outliers(g) <= maxOutliers;
        if (monotone) {
            propagate(node, anonymous ? ANONYMOUS : NOT_ANONYMOUS);
        } else {
            status[node] = anonymous ? ANONYMOUS : NOT_ANONYMOUS;
        }
        return anonymous;
    }

    private void propagate(int start, byte result) {
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        status[start] = result;
        stack.push(start);
        while (!stack.isEmpty()) {
            int node = stack.pop();
            for (int c = 0; c < radix.length; c++) {
                int level = node / stride[c] % radix[c];
                int next;
                if (result == ANONYMOUS) {
                    if (level == radix[c] - 1) {
                        continue;
                    }
                    next = node + stride[c];
                } else {
                    if (level == 0) {
                        continue;
                    }
                    next = node - stride[c];
                }
                if (status[next] != result) {
                    status[next] = result;
                    stack.push(next);
                }
            }
        }
    }

    Grouping grouping(int node) {
        int[] target = levels(node);
        Grouping source = bottom;
        for (Grouping cached : cache) {
            if (cached != null && cached.size < source.size && cached.isSpecializationOf(target)) {
                source = cached;
            }
        }
        Grouping g = Arrays.equals(source.levels, target) ? source : source.rollUp(data, target);
        checks++;
        cache[cacheNext] = g;
        cacheNext = (cacheNext + 1) % CACHE;
        return g;
    }

    int outliers(Grouping g) {
        int outliers = 0;
        for (int i = 0; i < g.size; i++) {
            if (!criteria.satisfied(g.count[i], g.hist == null ? null : g.hist[i])) {
                outliers += g.count[i];
            }
        }
        return outliers;
    }

    double evaluate(int node) {
        return value(grouping(node));
    }

    /** The metric of a node's output, suppression included. */
    double value(Grouping g) {
        int q = radix.length;
        switch (metric) {
            case NON_UNIFORM_ENTROPY:
                double sum = 0d;
                for (int c = 0; c < q; c++) {
                    sum += columnBound[c][g.levels[c]];
                }
                return sum;
            case LOSS: {
                double loss = 0;
                for (int i = 0; i < g.size; i++) {
                    if (!criteria.satisfied(g.count[i], g.hist == null ? null : g.hist[i])) {
                        loss += (double) g.count[i] * q;
                        continue;
                    }
                    for (int c = 0; c < q; c++) {
                        int all = data.hierarchyLeaves[c];
                        int id = data.ids[c][g.levels[c]][g.rep[c][i]];
                        loss += all <= 1 ? 0 : g.count[i] * (data.leafCount[c][g.levels[c]][id] - 1d) / (all - 1d);
                    }
                }
                return loss / ((double) data.rows * q);
            }
            case DISCERNIBILITY: {
                double dm = 0;
                for (int i = 0; i < g.size; i++) {
                    boolean kept = criteria.satisfied(g.count[i], g.hist == null ? null : g.hist[i]);
                    dm += kept ? (double) g.count[i] * g.count[i] : (double) g.count[i] * data.rows;
                }
                return dm;
            }
            default: {
                int classes = 0;
                boolean suppressed = false;
                for (int i = 0; i < g.size; i++) {
                    if (criteria.satisfied(g.count[i], g.hist == null ? null : g.hist[i])) {
                        classes++;
                    } else {
                        suppressed = true;
                    }
                }
                return (double) data.rows / (classes + (suppressed ? 1 : 0));
            }
        }
    }
}

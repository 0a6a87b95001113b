package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import dev.warden.deid.Hierarchy;
import java.util.Objects;

/**
 * A privacy model that every equivalence class of the output must satisfy (a class that does not is suppressed,
 * within the suppression limit). Models combine: an {@link Anonymizer} accepts several, and a class must satisfy all.
 *
 * <p>Sources: Sweeney, "k-anonymity: a model for protecting privacy" (2002); Machanavajjhala et al.,
 * "l-diversity: privacy beyond k-anonymity" (2007); Li, Li and Venkatasubramanian, "t-closeness: privacy beyond
 * k-anonymity and l-diversity" (2007), with the earth mover's distance as implemented by ARX.
 */
public sealed interface PrivacyModel permits PrivacyModel.KAnonymity, PrivacyModel.DistinctLDiversity,
        PrivacyModel.EntropyLDiversity, PrivacyModel.RecursiveCLDiversity, PrivacyModel.EqualDistanceTCloseness,
        PrivacyModel.OrderedDistanceTCloseness, PrivacyModel.HierarchicalDistanceTCloseness {

    /** @return the sensitive attribute this model protects, or empty for k-anonymity */
    default String sensitiveAttribute() {
        return "";
    }

    /**
     * k-anonymity: every equivalence class holds at least {@code k} records.
     *
     * @param k at least 1
     */
    record KAnonymity(int k) implements PrivacyModel {
        public KAnonymity {
            if (k < 1) {
                throw new ConfigurationException("k-anonymity: k must be at least 1, got " + k);
            }
        }
    }

    /**
     * Distinct l-diversity: every class holds at least {@code l} distinct values of the sensitive attribute.
     *
     * @param sensitiveAttribute the sensitive column
     * @param l at least 2
     */
    record DistinctLDiversity(String sensitiveAttribute, int l) implements PrivacyModel {
        public DistinctLDiversity {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            if (l < 2) {
                throw new ConfigurationException("l-diversity: l must be at least 2, got " + l);
            }
        }
    }

    /**
     * Entropy l-diversity: the entropy of the sensitive attribute's distribution in every class is at least
     * {@code log(l)}.
     *
     * @param sensitiveAttribute the sensitive column
     * @param l greater than 1
     */
    record EntropyLDiversity(String sensitiveAttribute, double l) implements PrivacyModel {
        public EntropyLDiversity {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            if (!(l > 1)) {
                throw new ConfigurationException("entropy l-diversity: l must be greater than 1, got " + l);
            }
        }
    }

    /**
     * Recursive (c,l)-diversity: in every class, with the sensitive values' counts sorted descending
     * {@code r1 >= r2 >= ... >= rm}, {@code m >= l} and {@code r1 < c * (rl + ... + rm)}.
     *
     * @param sensitiveAttribute the sensitive column
     * @param c greater than 0
     * @param l at least 2
     */
    record RecursiveCLDiversity(String sensitiveAttribute, double c, int l) implements PrivacyModel {
        public RecursiveCLDiversity {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            if (!(c > 0) || l < 2) {
                throw new ConfigurationException("recursive (c,l)-diversity: c must be positive and l at least 2");
            }
        }
    }

    /**
     * t-closeness with the equal ground distance (for categorical attributes): the earth mover's distance between a
     * class's sensitive distribution and the table's, {@code 1/2 * sum |p_i - q_i|}, is at most {@code t}.
     *
     * @param sensitiveAttribute the sensitive column
     * @param t in [0, 1]
     */
    record EqualDistanceTCloseness(String sensitiveAttribute, double t) implements PrivacyModel {
        public EqualDistanceTCloseness {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            checkT(t);
        }
    }

    /**
     * t-closeness with the ordered ground distance (for numeric attributes; values ordered numerically when all
     * parse as numbers, otherwise lexicographically): {@code 1/(m-1) * sum_i |sum_{j<=i} (p_j - q_j)|} is at most
     * {@code t}.
     *
     * @param sensitiveAttribute the sensitive column
     * @param t in [0, 1]
     */
    record OrderedDistanceTCloseness(String sensitiveAttribute, double t) implements PrivacyModel {
        public OrderedDistanceTCloseness {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            checkT(t);
        }
    }

    /**
     * t-closeness with the hierarchical ground distance of Li et al.: the cost of moving probability mass between
     * two values is the height of their lowest common ancestor in {@code hierarchy} divided by its depth.
     *
     * @param sensitiveAttribute the sensitive column
     * @param t in [0, 1]
     * @param hierarchy a generalization hierarchy covering every sensitive value
     */
    record HierarchicalDistanceTCloseness(String sensitiveAttribute, double t, Hierarchy hierarchy)
            implements PrivacyModel {
        public HierarchicalDistanceTCloseness {
            Objects.requireNonNull(sensitiveAttribute, "sensitiveAttribute");
            Objects.requireNonNull(hierarchy, "hierarchy");
            checkT(t);
        }
    }

    private static void checkT(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new ConfigurationException("t-closeness: t must be between 0 and 1, got " + t);
        }
    }
}

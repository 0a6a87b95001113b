package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import java.util.Locale;

/** The information-loss metric the optimal search minimises. */
public enum QualityMetric {
    /**
     * Non-uniform entropy (de Waal and Willenborg, 1999), ARX's default, in its monotonic variant with ARX's default
     * generalization/suppression factor 0.5 (both weighted 1): per quasi-identifier,
     * {@code sum over records of log2(count of the generalized value / count of the original value)}, counted over
     * all records (a suppressed record costs what its generalization costs), each attribute's value floored to 10
     * decimal places, then summed. In bits; 0 for the original table.
     */
    NON_UNIFORM_ENTROPY,
    /**
     * Loss (Iyengar, 2002): the mean over records and quasi-identifiers of
     * {@code (leaves under the generalized value - 1) / (leaves of the hierarchy - 1)}; a suppressed record costs 1.
     * In [0, 1].
     */
    LOSS,
    /**
     * Discernibility (Bayardo and Agrawal, 2005): {@code sum of squared class sizes}, a suppressed record costing the
     * number of records.
     */
    DISCERNIBILITY,
    /**
     * Average equivalence class size (LeFevre et al., 2006): records divided by classes, the suppressed records
     * counting as one class.
     */
    AVERAGE_CLASS_SIZE;

    /**
     * @param text {@code entropy}, {@code loss}, {@code discernibility} or {@code aecs}, any case
     * @return the metric
     * @throws ConfigurationException for anything else
     */
    public static QualityMetric parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "entropy", "non-uniform-entropy" -> NON_UNIFORM_ENTROPY;
            case "loss" -> LOSS;
            case "discernibility", "dm" -> DISCERNIBILITY;
            case "aecs" -> AVERAGE_CLASS_SIZE;
            default -> throw new ConfigurationException("metric '" + text
                    + "': expected entropy, loss, discernibility or aecs");
        };
    }
}

package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The discernibility and average-equivalence-class-size metrics against the per-transformation figures that ARX's own
 * test {@code TestUtilityMetrics} publishes for Adult with k = 5, {@code occupation} not a quasi-identifier (the other
 * eight attributes are, in ARX's column order), with 0% and 5% suppression: Warden's value of the same transformation
 * must equal ARX's to within 1e-8 (ARX's tolerance). ARX's loss figures are vectors (its RANK aggregate), not
 * comparable with Warden's arithmetic mean, so loss is checked by hand in {@link QualityMetricByHandTest}.
 */
class QualityMetricArxTest {

    private static final List<String> QIS = AdultData.QUASI_IDENTIFIERS.stream()
            .filter(c -> !c.equals("occupation")).toList();

    private static double value(QualityMetric metric, double suppression, int[] levels) {
        List<QuasiIdentifier> qis = QIS.stream().map(c -> new QuasiIdentifier(c, AdultData.hierarchy(c))).toList();
        EncodedTable data = new EncodedTable(AdultData.TABLE, qis, null);
        Criteria criteria = new Criteria(List.of(new PrivacyModel.KAnonymity(5)), data);
        int maxOutliers = (int) Math.floor(suppression * data.rows);
        LatticeSearch search = new LatticeSearch(data, criteria, metric, maxOutliers, true);
        return search.value(Grouping.ofRows(data, levels));
    }

    private static void assertArx(QualityMetric metric, double suppression, Map<int[], Double> arx) {
        for (Map.Entry<int[], Double> e : arx.entrySet()) {
            assertThat(value(metric, suppression, e.getKey())).as(java.util.Arrays.toString(e.getKey()))
                    .isCloseTo(e.getValue(), within(1e-8));
        }
    }

    @Test
    void averageClassSizeMatchesArxWithoutSuppression() {
        assertArx(QualityMetric.AVERAGE_CLASS_SIZE, 0, Map.of(
                new int[] {0, 0, 0, 0, 0, 0, 0, 0}, 29.113899613899616,
                new int[] {0, 3, 1, 0, 0, 1, 1, 0}, 53.38407079646018,
                new int[] {1, 2, 1, 2, 0, 2, 0, 1}, 93.96261682242991,
                new int[] {1, 1, 1, 1, 3, 2, 2, 1}, 1005.4,
                new int[] {1, 4, 1, 0, 3, 1, 2, 1}, 1040.0689655172414,
                new int[] {1, 4, 1, 1, 3, 2, 2, 0}, 7540.5,
                new int[] {1, 4, 1, 2, 3, 2, 2, 1}, 30162.0));
    }

    @Test
    void averageClassSizeMatchesArxWithFivePercentSuppression() {
        assertArx(QualityMetric.AVERAGE_CLASS_SIZE, 0.05, Map.of(
                new int[] {0, 0, 0, 0, 0, 0, 0, 0}, 29.113899613899616,
                new int[] {0, 1, 1, 0, 0, 0, 0, 0}, 30.683621566632755,
                new int[] {0, 0, 0, 0, 2, 1, 2, 0}, 30.344064386317907,
                new int[] {0, 1, 1, 2, 1, 0, 0, 1}, 63.76744186046512,
                new int[] {1, 3, 0, 2, 2, 0, 2, 0}, 150.81,
                new int[] {1, 1, 0, 2, 3, 2, 2, 1}, 520.0344827586207,
                new int[] {1, 4, 1, 2, 3, 2, 2, 1}, 30162.0));
    }

    @Test
    void discernibilityMatchesArxWithoutSuppression() {
        assertArx(QualityMetric.DISCERNIBILITY, 0, Map.of(
                new int[] {0, 0, 0, 0, 0, 0, 0, 0}, 4.63536157E8,
                new int[] {0, 0, 1, 0, 3, 2, 0, 0}, 1.10335369E8,
                new int[] {1, 2, 0, 2, 2, 1, 0, 0}, 5.4541529E7,
                new int[] {1, 4, 1, 0, 0, 1, 2, 0}, 5.1345939E7,
                new int[] {1, 4, 1, 2, 3, 1, 2, 0}, 5.2082E8,
                new int[] {1, 4, 0, 2, 3, 2, 2, 1}, 6.8139216E8,
                new int[] {1, 4, 1, 2, 3, 2, 2, 1}, 9.09746244E8));
    }

    @Test
    void discernibilityMatchesArxWithFivePercentSuppression() {
        assertArx(QualityMetric.DISCERNIBILITY, 0.05, Map.of(
                new int[] {0, 0, 0, 0, 0, 0, 0, 0}, 4.63536157E8,
                new int[] {0, 0, 1, 0, 3, 0, 0, 0}, 1.7590937E8,
                new int[] {1, 2, 0, 0, 1, 1, 0, 1}, 8.1138574E7,
                new int[] {1, 2, 0, 2, 0, 1, 1, 0}, 6.068664E7,
                new int[] {0, 3, 1, 1, 1, 2, 0, 0}, 3.4129719E7,
                new int[] {1, 2, 1, 1, 3, 1, 1, 1}, 7.5054871E7,
                new int[] {1, 4, 1, 2, 3, 2, 2, 1}, 9.09746244E8));
    }
}

package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.warden.deid.Hierarchy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loss, discernibility and average class size on a five-record table, against values computed by hand.
 *
 * <pre>
 * age  sex      age hierarchy: 20;20-29;*  25;20-29;*  31;30-39;*  35;30-39;*   sex: M;*  F;*
 * 20   M
 * 25   M        k = 2, at most 1 record suppressed (20%)
 * 31   F
 * 35   F
 * 35   F
 * </pre>
 */
class QualityMetricByHandTest {

    private static final Hierarchy AGE = new Hierarchy("age", List.of(List.of("20", "20-29", "*"),
            List.of("25", "20-29", "*"), List.of("31", "30-39", "*"), List.of("35", "30-39", "*")));
    private static final Hierarchy SEX = new Hierarchy("sex", List.of(List.of("M", "*"), List.of("F", "*")));
    private static final Table TABLE = Table.of(List.of("age", "sex"), List.of(List.of("20", "M"),
            List.of("25", "M"), List.of("31", "F"), List.of("35", "F"), List.of("35", "F")));

    private static double value(QualityMetric metric, int... levels) {
        EncodedTable data = new EncodedTable(TABLE, List.of(new QuasiIdentifier("age", AGE),
                new QuasiIdentifier("sex", SEX)), null);
        Criteria criteria = new Criteria(List.of(new PrivacyModel.KAnonymity(2)), data);
        return new LatticeSearch(data, criteria, metric, 1, true).value(Grouping.ofRows(data, levels));
    }

    @Test
    void lossOfDecadesIsAThirdPerAgeCellAveragedOverBothColumns() {
        // classes (20-29, M) x2 and (30-39, F) x3; each age cell covers 2 of 4 leaves: (2-1)/(4-1) = 1/3;
        // sex is not generalized: 0. Mean over 5 records x 2 columns: (5 * 1/3) / 10 = 1/6
        assertThat(value(QualityMetric.LOSS, 1, 0)).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void lossCountsASuppressedRecordAsOnePerQuasiIdentifier() {
        // level [0, 1]: classes (20,*) (25,*) (31,*) of one record fail k = 2 and cost 1 per column: 3 * 2;
        // (35,*) x2 is kept and its sex cell covers 2 of 2 leaves: (2-1)/(2-1) = 1 each: 2. (6 + 2) / 10
        assertThat(value(QualityMetric.LOSS, 0, 1)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void discernibilityIsTheSumOfSquaredClassSizesWithSuppressedRecordsCostingTheTableSize() {
        assertThat(value(QualityMetric.DISCERNIBILITY, 1, 0)).isEqualTo(2 * 2 + 3 * 3);
        assertThat(value(QualityMetric.DISCERNIBILITY, 0, 1)).isEqualTo(3 * 5 + 2 * 2);
    }

    @Test
    void averageClassSizeCountsTheSuppressedRecordsAsOneClass() {
        assertThat(value(QualityMetric.AVERAGE_CLASS_SIZE, 1, 0)).isEqualTo(5.0 / 2);
        assertThat(value(QualityMetric.AVERAGE_CLASS_SIZE, 0, 1)).isEqualTo(5.0 / (1 + 1));
    }

    @Test
    void theOptimumUnderLossGeneralizesAgeToDecades() {
        // [1,0] 1/6 beats [2,0] (5 * 1 / 10 = 0.5) and [1,1] ((5/3 + 5) / 10 = 2/3); [0,0] and [0,1] need 3 suppressed
        AnonymizationResult result = Anonymizer.builder().quasiIdentifier("age", AGE).quasiIdentifier("sex", SEX)
                .privacyModel(new PrivacyModel.KAnonymity(2)).suppressionLimit(0.2).metric(QualityMetric.LOSS)
                .build().anonymize(TABLE);
        assertThat(result.levels()).containsExactly(java.util.Map.entry("age", 1), java.util.Map.entry("sex", 0));
        assertThat(result.informationLoss()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(result.suppressed()).isZero();
    }
}

package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ARX's published k-anonymity results on the Adult data set (ARX's {@code TestAnonymizationKAnonymity}, cases 0 to
 * 5): all nine attributes as quasi-identifiers with ARX's hierarchies, the monotonic non-uniform entropy metric
 * ({@code Metric.createPrecomputedEntropyMetric(0.1, true)}, generalization/suppression factor 0.5). Cases 4 and 5
 * repeat 0 and 1 with ARX's "practical monotonicity" switch, which changes ARX's search, not its optimum.
 */
class AnonymizerArxAdultTest {

    @ParameterizedTest(name = "ARX case {0}: k={1}, suppression {2}")
    @CsvSource({
            "0, 5,   0.04, 255559.85455731067, 1 0 1 1 3 2 2 0 1",
            "1, 100, 0.04, 379417.3460570988,  1 1 1 1 3 2 2 1 1",
            "2, 5,   0.0,  407289.5388925293,  1 2 1 1 3 2 2 1 1",
            "3, 100, 0.0,  453196.8932458743,  0 4 1 1 3 2 2 1 1",
            "4, 5,   0.04, 255559.85455731067, 1 0 1 1 3 2 2 0 1",
            "5, 100, 0.04, 379417.3460570988,  1 1 1 1 3 2 2 1 1"})
    void theOptimumEqualsArxs(int arxCase, int k, double suppression, double arxLoss, String arxLevels) {
        AnonymizationResult result = AdultData.allQuasiIdentifiers()
                .privacyModel(new PrivacyModel.KAnonymity(k)).suppressionLimit(suppression).build()
                .anonymize(AdultData.TABLE);

        int[] expected = Arrays.stream(arxLevels.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(result.levels().values().stream().mapToInt(Integer::intValue).toArray()).containsExactly(expected);
        assertThat(result.informationLoss()).isEqualTo(arxLoss);
        OutputCheck.assertSatisfies(result, AdultData.TABLE, List.of(new PrivacyModel.KAnonymity(k)), suppression);
    }

    @ParameterizedTest(name = "k={0}, suppression {1}")
    @CsvSource({"5, 0.04"})
    void thePrunedSearchFindsTheSameOptimumAsEvaluatingEveryNode(int k, double suppression) {
        AnonymizationResult pruned = AdultData.allQuasiIdentifiers().privacyModel(new PrivacyModel.KAnonymity(k))
                .suppressionLimit(suppression).build().anonymize(AdultData.TABLE);
        AnonymizationResult exhaustive = AdultData.allQuasiIdentifiers()
                .privacyModel(new PrivacyModel.KAnonymity(k)).suppressionLimit(suppression)
                .search(Anonymizer.Search.EXHAUSTIVE).build().anonymize(AdultData.TABLE);

        assertThat(pruned.levels()).isEqualTo(exhaustive.levels());
        assertThat(pruned.informationLoss()).isEqualTo(exhaustive.informationLoss());
        assertThat(exhaustive.nodesChecked()).isEqualTo(12_960);
        assertThat(pruned.nodesChecked()).isLessThan(exhaustive.nodesChecked() / 10);
    }
}

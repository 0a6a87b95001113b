package dev.warden.core.anonymity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of {@link Anonymizer#anonymize(Table)}.
 *
 * @param levels the chosen generalization level per quasi-identifier (0 = original values), in the order given
 * @param metric the metric that was minimised
 * @param informationLoss the chosen transformation's information loss under {@code metric} (see {@link QualityMetric}
 *     for units)
 * @param suppressed number of records suppressed (masked with {@code *} or dropped)
 * @param output the anonymized table: same columns, quasi-identifiers generalized
 * @param riskBefore risk of the input over the quasi-identifiers
 * @param riskAfter risk of the output over the quasi-identifiers
 * @param latticeSize number of transformations in the search space
 * @param nodesChecked number of transformations whose equivalence classes were computed
 */
public record AnonymizationResult(Map<String, Integer> levels, QualityMetric metric, double informationLoss,
        int suppressed, Table output, RiskAnalysis riskBefore, RiskAnalysis riskAfter, int latticeSize,
        int nodesChecked) {

    public AnonymizationResult {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    @Override
    public String toString() {
        return "AnonymizationResult[levels " + levels + ", " + metric + " " + informationLoss + ", " + suppressed
                + " suppressed, " + nodesChecked + " of " + latticeSize + " nodes checked]";
    }
}

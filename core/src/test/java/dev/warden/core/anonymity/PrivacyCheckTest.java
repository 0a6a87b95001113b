package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The independent check the job runs on what it wrote: it passes the anonymizer's outputs on Adult under every model
 * family, and it fails tables that break a model or the suppression limit.
 */
class PrivacyCheckTest {

    private static final List<String> QIS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "salary-class");

    private static Map<String, Integer> distribution(Table table, String column) {
        Map<String, Integer> d = new HashMap<>();
        int c = table.columnIndex(column);
        for (int r = 0; r < table.rowCount(); r++) {
            d.merge(table.value(r, c), 1, Integer::sum);
        }
        return d;
    }

    /** Four quasi-identifiers keep the non-monotone searches (l, t with suppression) short. */
    private static final List<String> FEW = List.of("sex", "age", "race", "education");

    private static List<String> anonymizeAndCheck(List<PrivacyModel> models, double suppression) {
        Anonymizer.Builder b = Anonymizer.builder().suppressionLimit(suppression);
        FEW.forEach(q -> b.quasiIdentifier(q, AdultData.hierarchy(q)));
        models.forEach(b::privacyModel);
        AnonymizationResult result = b.build().anonymize(AdultData.TABLE);
        assertThat(result.riskAfter().classCount()).as("not everything generalized away").isGreaterThan(2);
        return PrivacyCheck.violations(result.output(), FEW, models, 0,
                (long) Math.floor(suppression * AdultData.TABLE.rowCount()), distribution(AdultData.TABLE, "occupation"));
    }

    @Test
    void theAnonymizersOutputsPassUnderEveryModelFamily() {
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.KAnonymity(5)), 0.04)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.DistinctLDiversity("occupation", 5)), 0.04)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.EntropyLDiversity("occupation", 5)), 0.04)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.RecursiveCLDiversity("occupation", 4, 5)), 0.05)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.EqualDistanceTCloseness("occupation", 0.35)), 0.04)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.OrderedDistanceTCloseness("occupation", 0.2)), 0.04)).isEmpty();
        assertThat(anonymizeAndCheck(List.of(new PrivacyModel.KAnonymity(5), new PrivacyModel.HierarchicalDistanceTCloseness(
                "occupation", 0.2, AdultData.hierarchy("occupation"))), 0.05)).isEmpty();
    }

    @Test
    void theOriginalAdultTableFailsFiveAnonymityAndNamesNoValue() {
        List<String> violations = PrivacyCheck.violations(AdultData.TABLE, QIS, List.of(new PrivacyModel.KAnonymity(5)),
                0, 1206, Map.of());
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0)).contains("equivalence class(es) violate", "fewer than k = 5")
                .doesNotContain("Male", "Private");
    }

    @Test
    void suppressingMoreThanTheLimitFails() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(List.of("a", "x"));
        }
        rows.add(List.of("*", "y"));
        rows.add(List.of("*", "z"));
        Table t = Table.of(List.of("qi", "s"), rows);
        List<PrivacyModel> k = List.of(new PrivacyModel.KAnonymity(3));
        assertThat(PrivacyCheck.violations(t, List.of("qi"), k, 0, 2, Map.of())).isEmpty();
        assertThat(PrivacyCheck.violations(t, List.of("qi"), k, 1, 2, Map.of()))
                .containsExactly("3 records suppressed, more than the limit of 2");
    }

    @Test
    void aClassWithTooFewSensitiveValuesFailsLDiversityAndOneFarFromTheTableFailsTCloseness() {
        Table t = Table.of(List.of("qi", "s"), List.of(List.of("a", "flu"), List.of("a", "flu"), List.of("b", "flu"),
                List.of("b", "cold")));
        Map<String, Integer> reference = Map.of("flu", 3, "cold", 1);
        assertThat(PrivacyCheck.violations(t, List.of("qi"), List.of(new PrivacyModel.DistinctLDiversity("s", 2)), 0, 0,
                reference)).singleElement().asString().contains("1 distinct sensitive values, fewer than l = 2");
        // class a: (1, 0) against (3/4, 1/4): EMD 1/4 > 0.2; class b: (1/2, 1/2): 1/4 too
        assertThat(PrivacyCheck.violations(t, List.of("qi"), List.of(new PrivacyModel.EqualDistanceTCloseness("s", 0.2)),
                0, 0, reference)).singleElement().asString().startsWith("2 equivalence class(es)");
        assertThat(PrivacyCheck.violations(t, List.of("qi"), List.of(new PrivacyModel.EqualDistanceTCloseness("s", 0.25)),
                0, 0, reference)).isEmpty();
    }

    @Test
    void hierarchicalDistanceIsLiEtAlsEarthMoversDistanceComputedByHand() {
        dev.warden.deid.Hierarchy diseases = new dev.warden.deid.Hierarchy("diseases", List.of(
                List.of("flu", "respiratory", "*"), List.of("cold", "respiratory", "*"),
                List.of("asthma", "chronic", "*")));
        Table t = Table.of(List.of("qi", "s"), List.of(List.of("a", "flu"), List.of("a", "flu")));
        Map<String, Integer> reference = Map.of("flu", 1, "cold", 1, "asthma", 2);
        // extra mass (1, 0, 0) - (1/4, 1/4, 1/2) = (3/4, -1/4, -1/2). Level 1: respiratory moves min(3/4, 1/4) at
        // cost 1/2 = 1/8, chronic nothing; level 2: the root moves min(1/2, 1/2) at cost 2/2 = 1/2. Total 5/8.
        assertThat(PrivacyCheck.violations(t, List.of("qi"), List.of(
                new PrivacyModel.HierarchicalDistanceTCloseness("s", 0.62, diseases)), 0, 0, reference))
                .singleElement().asString().contains("distance 0.6250");
        assertThat(PrivacyCheck.violations(t, List.of("qi"), List.of(
                new PrivacyModel.HierarchicalDistanceTCloseness("s", 0.625, diseases)), 0, 0, reference)).isEmpty();
    }
}

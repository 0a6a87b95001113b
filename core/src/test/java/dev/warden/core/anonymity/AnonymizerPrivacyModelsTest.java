package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** l-diversity and t-closeness on Adult, each output verified by {@link OutputCheck}. */
class AnonymizerPrivacyModelsTest {

    private static final List<String> EIGHT = AdultData.QUASI_IDENTIFIERS.subList(0, 7);

    private static Anonymizer.Builder sevenQuasiIdentifiers() {
        Anonymizer.Builder builder = Anonymizer.builder();
        for (String column : EIGHT) {
            builder.quasiIdentifier(column, AdultData.hierarchy(column));
        }
        return builder;
    }

    @Test
    void distinctLDiversityHoldsInEveryClassOfTheOutput() {
        List<PrivacyModel> models = List.of(new PrivacyModel.KAnonymity(5),
                new PrivacyModel.DistinctLDiversity("occupation", 3));
        Anonymizer.Builder builder = sevenQuasiIdentifiers().suppressionLimit(0.04);
        models.forEach(builder::privacyModel);

        AnonymizationResult result = builder.build().anonymize(AdultData.TABLE);

        OutputCheck.assertSatisfies(result, AdultData.TABLE, models, 0.04);
    }

    @Test
    void equalDistanceTClosenessHoldsInEveryClassOfTheOutput() {
        List<PrivacyModel> models = List.of(new PrivacyModel.EqualDistanceTCloseness("salary-class", 0.2));
        Anonymizer.Builder builder = sevenQuasiIdentifiers();
        models.forEach(builder::privacyModel);

        AnonymizationResult result = builder.build().anonymize(AdultData.TABLE);

        OutputCheck.assertSatisfies(result, AdultData.TABLE, models, 0);
    }

    @Test
    void entropyAndRecursiveLDiversityAreNoWeakerThanTheirDistinctBound() {
        AnonymizationResult entropy = sevenQuasiIdentifiers()
                .privacyModel(new PrivacyModel.EntropyLDiversity("occupation", 3)).build().anonymize(AdultData.TABLE);
        AnonymizationResult recursive = sevenQuasiIdentifiers()
                .privacyModel(new PrivacyModel.RecursiveCLDiversity("occupation", 4, 3)).build()
                .anonymize(AdultData.TABLE);

        // entropy l-diversity and recursive (c,l)-diversity both imply distinct l-diversity with the same l
        OutputCheck.assertSatisfies(entropy, AdultData.TABLE, List.of(new PrivacyModel.DistinctLDiversity(
                "occupation", 3)), 0);
        OutputCheck.assertSatisfies(recursive, AdultData.TABLE, List.of(new PrivacyModel.DistinctLDiversity(
                "occupation", 3)), 0);
    }

    @Test
    void everyMetricFindsAnOutputThatSatisfiesTheModel() {
        for (QualityMetric metric : QualityMetric.values()) {
            AnonymizationResult result = sevenQuasiIdentifiers().privacyModel(new PrivacyModel.KAnonymity(10))
                    .suppressionLimit(0.02).metric(metric).build().anonymize(AdultData.TABLE);

            assertThat(result.metric()).isEqualTo(metric);
            OutputCheck.assertSatisfies(result, AdultData.TABLE, List.of(new PrivacyModel.KAnonymity(10)), 0.02);
        }
    }
}

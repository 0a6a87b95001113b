package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskAnalysisTest {

    private static final Table SMALL = Table.readCsv(AdultData.DIR.resolve("test-small/test.csv"), ';');

    @Test
    void classesAreTheGroupsOfEqualQuasiIdentifiers() {
        RiskAnalysis risk = RiskAnalysis.of(SMALL, List.of("gender"), Optional.empty());

        assertThat(risk.records()).isEqualTo(7);
        assertThat(risk.classCount()).isEqualTo(2);
        assertThat(risk.sizeDistribution()).containsExactly(Map.entry(3, 1), Map.entry(4, 1));
    }

    @Test
    void prosecutorRiskIsOneOverTheClassSize() {
        RiskAnalysis risk = RiskAnalysis.of(SMALL, List.of("gender"), Optional.empty());

        assertThat(risk.highestProsecutorRisk()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(risk.averageProsecutorRisk()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(risk.marketerRisk()).isCloseTo(2.0 / 7, within(1e-12));
    }

    @Test
    void recordsAtRiskAreThoseOfClassesBelowTheThresholdSize() {
        RiskAnalysis risk = RiskAnalysis.of(SMALL, List.of("gender"), Optional.empty(), 0.3);

        assertThat(risk.recordsAtRisk()).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void sampleUniquesAreRecordsAloneInTheirClass() {
        RiskAnalysis risk = RiskAnalysis.of(SMALL, List.of("age", "gender", "zipcode"), Optional.empty());

        assertThat(risk.sampleUniques()).isEqualTo(7);
        assertThat(risk.highestProsecutorRisk()).isEqualTo(1.0);
    }

    @Test
    void theSensitiveDistributionIsGivenPerClass() {
        RiskAnalysis risk = RiskAnalysis.of(AdultData.TABLE, List.of("sex"), Optional.of("salary-class"));

        assertThat(risk.classes()).hasSize(2);
        RiskAnalysis.EquivalenceClass largest = risk.classes().get(0);
        assertThat(largest.values()).containsExactly("Male");
        assertThat(largest.sensitiveDistribution().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(largest.size());
        assertThat(largest.sensitiveDistribution()).containsOnlyKeys("<=50K", ">50K");
    }
}

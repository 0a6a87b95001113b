package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.Hierarchies;
import dev.warden.deid.Hierarchy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ARX's small test tables ({@code test-small/}) and the t-closeness example of Li et al. */
class AnonymizerSmallTablesTest {

    private static final Path SMALL = AdultData.DIR.resolve("test-small");

    private static Hierarchy hierarchy(String file) {
        return Hierarchies.read(SMALL.resolve(file));
    }

    private static Anonymizer.Builder testTable() {
        return Anonymizer.builder().quasiIdentifier("age", hierarchy("test_hierarchy_age.csv"))
                .quasiIdentifier("gender", hierarchy("test_hierarchy_gender.csv"))
                .quasiIdentifier("zipcode", hierarchy("test_hierarchy_zipcode.csv"));
    }

    private static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(table.row(r));
        }
        return rows;
    }

    @Test
    void twoAnonymityOfTheSmallTableGivesArxsClasses() {
        // ARX's TestDataHandle.testGetters: k = 2, no suppression; the optimum generalizes age to <50/>=50, gender
        // to * and the ZIP code to three digits.
        Table table = Table.readCsv(SMALL.resolve("test.csv"), ';');

        AnonymizationResult result = testTable().privacyModel(new PrivacyModel.KAnonymity(2)).build()
                .anonymize(table);

        assertThat(result.levels()).containsExactly(java.util.Map.entry("age", 1), java.util.Map.entry("gender", 1),
                java.util.Map.entry("zipcode", 2));
        assertThat(rows(result.output())).containsExactly(List.of("<50", "*", "816**"), List.of("<50", "*", "816**"),
                List.of(">=50", "*", "819**"), List.of(">=50", "*", "819**"), List.of("<50", "*", "819**"),
                List.of(">=50", "*", "819**"), List.of("<50", "*", "819**"));
        assertThat(result.riskBefore().sampleUniques()).isEqualTo(7);
        assertThat(result.riskAfter().highestProsecutorRisk()).isEqualTo(0.5);
    }

    @Test
    void aValueMissingFromItsHierarchyIsAnErrorNamingColumnRowAndValue() {
        Table dirty = Table.readCsv(SMALL.resolve("test_dirty.csv"), ';');

        assertThatThrownBy(() -> testTable().privacyModel(new PrivacyModel.KAnonymity(2)).build().anonymize(dirty))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("column 'age', row 2: value '4e' is missing from its hierarchy");
    }

    @Test
    void kLargerThanTheTableIsAnError() {
        Table table = Table.readCsv(SMALL.resolve("test.csv"), ';');

        assertThatThrownBy(() -> testTable().privacyModel(new PrivacyModel.KAnonymity(8)).build().anonymize(table))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("k = 8 is larger than the table's 7");
    }

    @Test
    void anEmptyTableIsAnError() {
        Table empty = Table.of(List.of("age", "gender", "zipcode"), List.of());

        assertThatThrownBy(() -> testTable().privacyModel(new PrivacyModel.KAnonymity(2)).build().anonymize(empty))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no rows");
    }

    @Test
    void aHierarchyOfUnevenDepthIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gender.csv");
        Files.writeString(file, "male;*\nfemale;person;*\n");

        assertThatThrownBy(() -> Hierarchies.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("gender.csv, line 2: 3 cells, the first row has 2");
    }

    @Test
    void suppressedRecordsCanBeDropped() {
        AnonymizationResult result = AdultData.allQuasiIdentifiers().privacyModel(new PrivacyModel.KAnonymity(5))
                .suppressionLimit(0.04).suppression(Anonymizer.Suppression.DROP).build().anonymize(AdultData.TABLE);

        assertThat(result.suppressed()).isPositive();
        assertThat(result.output().rowCount()).isEqualTo(AdultData.TABLE.rowCount() - result.suppressed());
        assertThat(result.riskAfter().sizeDistribution().firstKey()).isGreaterThanOrEqualTo(5);
    }

    // Li, Li and Venkatasubramanian, "t-closeness" (ICDE 2007), Table 4: the ZIP codes generalized to 4767*, 4760*
    // and 4790* give classes that are 0.167-close with respect to Salary (ordered distance), as the paper states.
    @Test
    void orderedDistanceOfLiEtAlsTable4IsOneSixth() {
        Table table = Table.readCsv(SMALL.resolve("test2.csv"), ';');
        Anonymizer.Builder zip = Anonymizer.builder().quasiIdentifier("ZIPCode", hierarchy("test2_hierarchy_ZIPCode.csv"));

        AnonymizationResult close = zip.privacyModel(new PrivacyModel.OrderedDistanceTCloseness("Salary", 0.167))
                .build().anonymize(table);
        AnonymizationResult tighter = Anonymizer.builder()
                .quasiIdentifier("ZIPCode", hierarchy("test2_hierarchy_ZIPCode.csv"))
                .privacyModel(new PrivacyModel.OrderedDistanceTCloseness("Salary", 0.166)).build().anonymize(table);

        assertThat(close.levels()).containsEntry("ZIPCode", 1);
        assertThat(tighter.levels().get("ZIPCode")).isGreaterThan(1);
    }

    // Disease with the hierarchical distance (the paper's formula, also ARX's): the class 4790* = {gastritis, flu,
    // bronchitis} against the table's 1/9 gastric ulcer, 2/9 gastritis, 2/9 stomach cancer, 1/9 flu, 2/9 bronchitis,
    // 1/9 pneumonia costs 1/3 * (1/9 + 1/9) at the first level and 3/3 * 2/9 at the root: 8/27 = 0.2963, the largest
    // of the three classes (4767*: 7/27, 4760*: 5/27). The paper prints 0.278 for the table; its formula gives 8/27.
    @Test
    void hierarchicalDistanceOfLiEtAlsTable4IsEightTwentySevenths() {
        Table table = Table.readCsv(SMALL.resolve("test2.csv"), ';');
        Hierarchy disease = hierarchy("test2_hierarchy_Disease.csv");

        AnonymizationResult close = Anonymizer.builder()
                .quasiIdentifier("ZIPCode", hierarchy("test2_hierarchy_ZIPCode.csv"))
                .privacyModel(new PrivacyModel.HierarchicalDistanceTCloseness("Disease", 8.0 / 27, disease)).build()
                .anonymize(table);
        AnonymizationResult tighter = Anonymizer.builder()
                .quasiIdentifier("ZIPCode", hierarchy("test2_hierarchy_ZIPCode.csv"))
                .privacyModel(new PrivacyModel.HierarchicalDistanceTCloseness("Disease", 8.0 / 27 - 1e-6, disease)).build()
                .anonymize(table);

        assertThat(close.levels()).containsEntry("ZIPCode", 1);
        assertThat(tighter.levels().get("ZIPCode")).isGreaterThan(1);
    }
}

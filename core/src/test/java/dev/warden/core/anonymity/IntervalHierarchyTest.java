package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Interval hierarchies generated from parameters: levels, bottom and top coding, categories, errors. */
class IntervalHierarchyTest {

    private static List<BigDecimal> widths(int... w) {
        return java.util.Arrays.stream(w).mapToObj(BigDecimal::valueOf).toList();
    }

    private static List<String> row(Hierarchy h, String value) {
        return h.rows().stream().filter(r -> r.get(0).equals(value)).findFirst().orElseThrow();
    }

    @Test
    void eachLevelIsTheHalfOpenIntervalOfItsWidthThenStar() {
        IntervalHierarchy ages = new IntervalHierarchy(widths(5, 10, 20), Optional.empty(), Optional.empty(), Set.of());
        Hierarchy h = ages.hierarchy("age", List.of("37", "40", "37"), true);
        assertThat(h.rows()).hasSize(2);
        assertThat(row(h, "37")).containsExactly("37", "[35, 40)", "[30, 40)", "[20, 40)", "*");
        assertThat(row(h, "40")).containsExactly("40", "[40, 45)", "[40, 50)", "[40, 60)", "*");
        assertThat(h.depth()).isEqualTo(ages.depth()).isEqualTo(4);
    }

    @Test
    void bottomAndTopCodingReplaceTheTailsAtEveryLevelAboveTheOriginal() {
        IntervalHierarchy ages = new IntervalHierarchy(widths(10, 20), Optional.of(BigDecimal.valueOf(18)),
                Optional.of(BigDecimal.valueOf(90)), Set.of());
        Hierarchy h = ages.hierarchy("age", List.of("17", "18", "89", "90", "104"), true);
        assertThat(row(h, "17")).containsExactly("17", "<18", "<18", "*");
        assertThat(row(h, "18")).containsExactly("18", "[18, 28)", "[18, 38)", "*");
        assertThat(row(h, "89")).containsExactly("89", "[88, 90)", "[78, 90)", "*");
        assertThat(row(h, "90")).containsExactly("90", ">=90", ">=90", "*");
        assertThat(row(h, "104")).containsExactly("104", ">=90", ">=90", "*");
    }

    @Test
    void decimalsAndNegativeNumbersFallInTheirInterval() {
        IntervalHierarchy h = new IntervalHierarchy(List.of(new BigDecimal("0.5")), Optional.empty(), Optional.empty(),
                Set.of());
        assertThat(row(h.hierarchy("x", List.of("1.26", "-0.2"), true), "1.26")).containsExactly("1.26", "[1, 1.5)", "*");
        assertThat(row(h.hierarchy("x", List.of("-0.2"), true), "-0.2")).containsExactly("-0.2", "[-0.5, 0)", "*");
    }

    @Test
    void categoriesStayAsTheyAreUntilTheTopLevel() {
        IntervalHierarchy years = new IntervalHierarchy(widths(5, 10), Optional.empty(), Optional.empty(),
                Set.of("90+", ""));
        Hierarchy h = years.hierarchy("birth year", List.of("1985", "90+", ""), true);
        assertThat(row(h, "90+")).containsExactly("90+", "90+", "90+", "*");
        assertThat(row(h, "")).containsExactly("", "", "", "*");
    }

    @Test
    void aValueThatIsNotANumberIsAnErrorNamingColumnAndValue() {
        IntervalHierarchy h = new IntervalHierarchy(widths(5), Optional.empty(), Optional.empty(), Set.of());
        assertThatThrownBy(() -> h.hierarchy("age", List.of("12", "twelve"), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("column 'age'")
                .hasMessageContaining("'twelve'").hasMessageContaining("categories");
    }

    @Test
    void anIdentifiersValueIsNeverQuoted() {
        IntervalHierarchy h = new IntervalHierarchy(widths(5), Optional.empty(), Optional.empty(), Set.of());
        assertThatThrownBy(() -> h.hierarchy("ssn", List.of("123-45-6789"), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("column 'ssn'")
                .hasMessageNotContaining("123-45-6789").hasMessageContaining("not shown");
    }

    @Test
    void widthsMustNestAndBottomMustBeBelowTop() {
        assertThatThrownBy(() -> new IntervalHierarchy(widths(5, 12), Optional.empty(), Optional.empty(), Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("multiple");
        assertThatThrownBy(() -> new IntervalHierarchy(widths(0), Optional.empty(), Optional.empty(), Set.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new IntervalHierarchy(widths(), Optional.empty(), Optional.empty(), Set.of()))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> new IntervalHierarchy(widths(5), Optional.of(BigDecimal.TEN),
                Optional.of(BigDecimal.ONE), Set.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("below top");
    }

    @Test
    void theAnonymizerGeneralizesAdultsAgesWithAnIntervalHierarchy() {
        AnonymizationResult result = Anonymizer.builder()
                .quasiIdentifier("age", new IntervalHierarchy(widths(5, 10, 20), Optional.empty(),
                        Optional.of(BigDecimal.valueOf(80)), Set.of()))
                .quasiIdentifier("sex", AdultData.hierarchy("sex"))
                .privacyModel(new PrivacyModel.KAnonymity(50)).build().anonymize(AdultData.TABLE);
        assertThat(result.levels().get("age")).isPositive();
        OutputCheck.assertSatisfies(result, AdultData.TABLE, List.of(new PrivacyModel.KAnonymity(50)), 0);
        assertThat(result.output().row(0).get(AdultData.TABLE.columnIndex("age"))).matches("\\[\\d+, \\d+\\)|>=80");
    }
}

package dev.warden.core.job;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled benchmark of {@code warden classify} (issue 13): for every data set with a gold file under
 * {@code src/test/resources/classification/<set>/gold.json}, cut to the first 10, 40 and 200 entities and whole, the
 * unedited proposal must catch every identifier column (recall 100%), keep at least 95% of non-identifying columns
 * byte-identical, run unedited, declare every true foreign key and keep it joining, leave no identifier value in any
 * output column and no date element with month or day. Prints a summary table at the end.
 *
 * <p>A gold file's {@code data} is a CSV directory (relative to it), a PostgreSQL dump ({@code *.sql}, loaded into the
 * embedded PostgreSQL server and classified over JDBC) or {@code generator:demo?patients=N&seed=S} (Warden's demo
 * generator, written to an H2 database and classified over JDBC). Run alone with
 * {@code mvn -B -q verify -pl core -am -Dtest=ClassificationBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false};
 * part of the default build; leave it out of one with {@code -DexcludedGroups=classification-benchmark}.
 */
@Tag("classification-benchmark")
class ClassificationBenchmarkTest {

    static final Pattern DEMO = Pattern.compile("generator:demo\\?patients=(\\d+)&seed=(\\d+)");
    static final List<ClassificationEvaluation> RESULTS = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> LOCATIONS = new HashMap<>();

    static Stream<Arguments> dataSetsAndCuts() throws IOException, URISyntaxException {
        return ClassificationBenchmarkCases.cases(ClassificationBenchmarkTest.class, "/classification");
    }

    /** The open cases: sets of schemas the classifier does not yet meet the floors on (README lists what fails). */
    static Stream<Arguments> openDataSetsAndCuts() throws IOException, URISyntaxException {
        return ClassificationBenchmarkCases.cases(ClassificationBenchmarkTest.class, "/classification-open");
    }

    @ParameterizedTest(name = "{0}, cut {1}")
    @MethodSource("dataSetsAndCuts")
    void theUneditedProposalMeetsTheFloors(String name, Optional<Integer> cut, Path goldFile) {
        ClassificationGold gold = ClassificationGold.load(goldFile);
        String location = location(gold);
        // Sets kept in a database (Northwind in PostgreSQL, the demo generator in H2) need warden-jdbc: they run there.
        assumeThat(location).as("a set of files").isNotNull();
        ClassificationEvaluation result = ClassificationBenchmarkCases.evaluate(gold, location, cut);
        RESULTS.add(result);
        System.out.print(result.toText());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result.missed()).as("identifier columns not caught (recall must be 100%%)").isEmpty();
        soft.assertThat(result.keepRate()).as("keep rate of non-identifying columns; destroyed: %s", result.destroyed())
                .isGreaterThanOrEqualTo(0.95);
        soft.assertThat(result.runsUnedited()).as("runs unedited; failures: %s", result.runFailures()).isTrue();
        soft.assertThat(result.foreignKeyFailures()).as("gold foreign keys not declared or not joining").isEmpty();
        soft.assertThat(result.leakCells()).as("identifier values in the output: %s", result.leaks()).isZero();
        soft.assertThat(result.dateViolations()).as("dates output with month or day").isEmpty();
        soft.assertAll();
    }

    /**
     * The open cases must still run unedited with their validation passing, leave no identifier value copied into a
     * kept column and catch every identifier column (recall 100%); their keep rate is printed, not held to the floor
     * yet.
     */
    @ParameterizedTest(name = "open: {0}, cut {1}")
    @MethodSource("openDataSetsAndCuts")
    void anOpenCaseRunsUneditedAndCopiesNoIdentifier(String name, Optional<Integer> cut, Path goldFile) {
        ClassificationGold gold = ClassificationGold.load(goldFile);
        ClassificationEvaluation result = ClassificationBenchmarkCases.evaluate(gold, gold.dataDirectory().toString(), cut);
        RESULTS.add(result);
        System.out.print(result.toText());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(result.runsUnedited()).as("runs unedited; failures: %s", result.runFailures()).isTrue();
        soft.assertThat(result.leakCells()).as("identifier values in the output: %s", result.leaks()).isZero();
        // a kept record number of small integers copies no counted cell, yet is a missed identifier column
        soft.assertThat(result.missed()).as("identifier columns not caught (recall must be 100%%)").isEmpty();
        soft.assertAll();
    }

    @AfterAll
    static void printSummary() {
        System.out.print(ClassificationEvaluation.summaryTable(RESULTS));
    }

    /** Where the gold's data is, as a CSV directory or a JDBC URL; databases are made once per JVM. */
    static synchronized String location(ClassificationGold gold) {
        return LOCATIONS.computeIfAbsent(gold.dataset(), k -> {
            String data = gold.data().orElse(".");
            if (DEMO.matcher(data).matches() || data.endsWith(".sql")) {
                return null;
            }
            return gold.dataDirectory().toString();
        });
    }
}

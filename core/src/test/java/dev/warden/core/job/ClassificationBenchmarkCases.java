package dev.warden.core.job;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the labelled benchmark's tests share (core's {@code ClassificationBenchmarkTest} and warden-jdbc's
 * {@code ClassificationBenchmarkJdbcTest}, which reaches it through core's test jar): the data sets and cuts of a
 * folder, and one evaluation of a set or a cut.
 */
public final class ClassificationBenchmarkCases {

    /** The cuts: the first 10, 40 and 200 entities (and the whole set, always). */
    static final int[] CUTS = {10, 40, 200};

    private ClassificationBenchmarkCases() {
    }

    /**
     * @param anchor a class of the calling test, whose class loader finds the folder
     * @param folder a test-resources folder of sets, each a directory with a {@code gold.json}
     * @return (set name, cut or empty for the whole set, gold file) per set and cut, sets by name
     */
    public static Stream<Arguments> cases(Class<?> anchor, String folder) throws IOException, URISyntaxException {
        Path root = Path.of(anchor.getResource(folder).toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> sets = Files.list(root)) {
            for (Path gold : sets.map(d -> d.resolve("gold.json")).filter(Files::isRegularFile).sorted().toList()) {
                String name = gold.getParent().getFileName().toString();
                for (int cut : CUTS) {
                    cases.add(Arguments.of(name, Optional.of(cut), gold));
                }
                cases.add(Arguments.of(name, Optional.empty(), gold));
            }
        }
        return cases.stream();
    }

    /**
     * Proposes, runs and evaluates one set or cut; a cut not smaller than the set is skipped (a JUnit assumption).
     *
     * @param gold the set's gold labels
     * @param location where its data is (a directory or a JDBC URL)
     * @param cut the first N entities, or empty for the whole set
     * @return the evaluation
     */
    public static ClassificationEvaluation evaluate(ClassificationGold gold, String location, Optional<Integer> cut) {
        try (TableSource source = Datasets.source(location, gold.delimiter())) {
            ClassificationEvaluator evaluator = new ClassificationEvaluator(gold, SpecProposer.DEFAULT_SAMPLE_ROWS);
            if (cut.isEmpty()) {
                return evaluator.evaluate(source);
            }
            assumeThat((long) cut.get()).as("cut smaller than the data set").isLessThan(evaluator.entityRows(source));
            return evaluator.evaluateCut(source, cut.get());
        }
    }
}

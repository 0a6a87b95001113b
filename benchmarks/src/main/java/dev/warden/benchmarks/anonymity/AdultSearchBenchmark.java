package dev.warden.benchmarks.anonymity;

import dev.warden.core.anonymity.AnonymizationResult;
import dev.warden.core.anonymity.Anonymizer;
import dev.warden.core.anonymity.PrivacyModel;
import dev.warden.core.anonymity.Table;
import dev.warden.core.deid.Hierarchies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The optimal generalization search on ARX's Adult data set: all nine attributes as quasi-identifiers (12,960 lattice
 * nodes), k = 5, 4% suppression, non-uniform entropy (ARX's test case 0). {@code optimalSearch} is Warden's pruned
 * search; {@code everyNode} evaluates all 12,960 nodes by rolling each up from the original classes, the brute-force
 * lower bound the pruning must beat. Both include reading nothing from disk (the table is loaded in setup) and
 * building the output table. Target: optimal search under 1 s after warm-up.
 *
 * <p>Run from the repository root (the data are read from {@code core/src/test/resources/data/adult}):
 * {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 AdultSearchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdultSearchBenchmark {

    private static final List<String> QUASI_IDENTIFIERS = List.of("sex", "age", "race", "marital-status",
            "education", "native-country", "workclass", "occupation", "salary-class");

    @Param("core/src/test/resources/data/adult")
    public String dataDir;

    private Table table;
    private Anonymizer optimal;
    private Anonymizer exhaustive;

    @Setup
    public void setUp() {
        Path dir = Path.of(dataDir);
        if (!Files.isRegularFile(dir.resolve("adult.csv"))) {
            throw new IllegalStateException(dir.toAbsolutePath() + "/adult.csv not found: run from the repository"
                    + " root or pass -p dataDir=<dir>");
        }
        table = Table.readCsv(dir.resolve("adult.csv"), ';');
        optimal = builder(dir).build();
        exhaustive = builder(dir).search(Anonymizer.Search.EXHAUSTIVE).build();
    }

    private static Anonymizer.Builder builder(Path dir) {
        Anonymizer.Builder builder = Anonymizer.builder().privacyModel(new PrivacyModel.KAnonymity(5))
                .suppressionLimit(0.04);
        for (String column : QUASI_IDENTIFIERS) {
            builder.quasiIdentifier(column, Hierarchies.read(dir.resolve("adult_hierarchy_" + column + ".csv")));
        }
        return builder;
    }

    @Benchmark
    public AnonymizationResult optimalSearch() {
        return optimal.anonymize(table);
    }

    @Benchmark
    public AnonymizationResult everyNode() {
        return exhaustive.anonymize(table);
    }
}

package dev.warden.samples.cli;

import dev.warden.core.job.ClassificationEvaluation;
import dev.warden.core.job.ClassificationEvaluator;
import dev.warden.core.job.ClassificationGold;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.TableSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code warden classify --evaluate GOLD.json [--cut N] [--json]}: instead of printing the proposal, runs it unedited
 * and measures it against gold labels ({@link ClassificationEvaluator}). Exit 0 when the benchmark's floors hold
 * (identifier recall 100%, keep rate of non-identifying columns at least 95%, runs unedited, every gold foreign key
 * declared and joining, no identifier value in the output, dates to the year), 3 otherwise.
 */
final class ClassificationEvaluationOptions {

    @Option(names = "--evaluate", paramLabel = "GOLD.json",
            description = "Evaluate the proposal against gold labels instead of printing it: propose, run it unedited with a "
                    + "random key into a temporary directory, and print identifier recall, keep rate, whether it runs unedited "
                    + "and whether foreign keys join. Exit 0 when the floors hold, 3 otherwise. The gold's delimiter is used.")
    Path gold;

    @Option(names = "--cut", paramLabel = "N",
            description = "With --evaluate: evaluate the first N rows of the gold's entity table and the rows that go with them.")
    Integer cut;

    @Option(names = "--json", description = "With --evaluate: print the evaluation as JSON.")
    boolean json;

    /** @throws dev.warden.ConfigurationException if --cut or --json is given without --evaluate */
    boolean requested() {
        if (gold == null && (cut != null || json)) {
            throw new dev.warden.ConfigurationException("--cut and --json go with --evaluate GOLD.json");
        }
        return gold != null;
    }

    /** @return the exit code */
    int run(String input, int sample, PrintWriter out) {
        if (cut != null && cut < 1) {
            throw new dev.warden.ConfigurationException("--cut: expected a number of rows, at least 1");
        }
        ClassificationGold labels = ClassificationGold.load(gold);
        ClassificationEvaluation result;
        try (TableSource source = Datasets.source(input, labels.delimiter())) {
            ClassificationEvaluator evaluator = new ClassificationEvaluator(labels, sample);
            result = cut == null ? evaluator.evaluate(source) : evaluator.evaluateCut(source, cut);
        }
        out.print(json ? result.toJson() : result.toText());
        out.flush();
        return result.meetsFloors() ? ExitCode.OK : ExitCode.VALIDATION_FAILED;
    }
}

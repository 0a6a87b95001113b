package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What travels to the executors: the spec, the tables' shapes and the key's reference, never the key. */
class PlanRecipeTest {

    static final String SPEC = """
            {"name": "t", "profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
             "tables": {"people": {"primaryKey": "id", "columns": {"id": "ID", "ssn": "SSN", "note": "keep"}}}}
            """;

    @Test
    void theClosureHoldsTheKeysReferenceAndNotTheKey(@TempDir Path dir) throws IOException {
        byte[] key = "a-job-key-that-must-stay-home-0123".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("job.key"), key);
        PlanRecipe recipe = new PlanRecipe(JobSpec.parse(SPEC, "t"), "file:" + file, null, List.of(new TableSchema("people",
                List.of(SourceColumn.text("id"), SourceColumn.text("ssn"), SourceColumn.text("note")), List.of(), List.of())));
        ExecutorPlans.plan(recipe); // the key is resolved and held in this JVM now
        TableCounts counts = new TableCounts(3);
        LocalSpark.session().sparkContext().register(counts, "closure test");
        FingerprintSets sets = new FingerprintSets();
        LocalSpark.session().sparkContext().register(sets, "closure test fingerprints");
        byte[] closure = serialized(new PartitionTransform(recipe, "people", "run", counts, sets, false, null));
        String text = new String(closure, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("file:" + file).contains("people");
        assertThat(text).doesNotContain(new String(key, StandardCharsets.ISO_8859_1));
        assertThat(HexFormat.of().formatHex(closure)).doesNotContain(HexFormat.of().formatHex(key, 0, 8));
    }

    @Test
    void theKeyIsResolvedOncePerJvmAndRecipe(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("other.key"), "another-job-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        PlanRecipe recipe = new PlanRecipe(JobSpec.parse(SPEC, "t"), "file:" + file, null, List.of(new TableSchema("people",
                List.of(SourceColumn.text("id"), SourceColumn.text("ssn"), SourceColumn.text("note")), List.of(), List.of())));
        long before = ExecutorPlans.keyResolutions();
        var mine = ExecutorPlans.plan(recipe);
        assertThat(ExecutorPlans.plan(recipe)).isSameAs(mine);
        Thread other = new Thread(() -> assertThat(ExecutorPlans.plan(recipe)).isNotSameAs(mine));
        other.start();
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(ExecutorPlans.keyResolutions() - before).as("one resolution for two threads' plans").isEqualTo(1);
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}

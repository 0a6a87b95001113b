package dev.warden.core.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.core.job.JobSpec;
import dev.warden.core.policy.JsonFileGrantStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job spec or policy file over its size cap is refused by name before it is read, not with an OutOfMemoryError. */
class InputFileCapsTest {

    @TempDir
    Path dir;

    /** A sparse file of {@code bytes} bytes: takes no disk space, but its size is what Warden checks. */
    private Path fileOf(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void aJobSpecOverFourMebibytesIsRefusedNamingTheFileAndTheCap() throws IOException {
        Path spec = fileOf("spec.json", 50L << 20);
        assertThatThrownBy(() -> JobSpec.load(spec)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("job spec " + spec).hasMessageContaining("larger than the 4 MiB");
    }

    @Test
    void aPolicyFileOverItsCapIsRefusedNamingTheFileAndTheCap() throws IOException {
        Path policy = fileOf("policy.json", 100L << 20);
        assertThatThrownBy(() -> new JsonFileGrantStore(policy).load()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("policy file").hasMessageContaining("larger than the 32 MiB");
    }
}

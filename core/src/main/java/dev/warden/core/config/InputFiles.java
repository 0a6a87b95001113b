package dev.warden.core.config;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file Warden parses whole (a job spec, a policy file), refusing one larger than its cap before reading
 * it: a JSON tree takes about 30 times the file's size in heap, so an oversized or wrong file would otherwise end in
 * an {@link OutOfMemoryError}.
 */
public final class InputFiles {

    /** The largest job spec read, in bytes (4 MiB; a spec is a few kilobytes). */
    public static final long MAX_JOB_SPEC_BYTES = 4L << 20;
    /** The largest policy file read, in bytes (32 MiB, some 200,000 grants). */
    public static final long MAX_POLICY_BYTES = 32L << 20;

    private InputFiles() {
    }

    /**
     * @param file the file
     * @param maxBytes the cap
     * @param what what the file is, for messages, e.g. {@code "job spec"}
     * @return its bytes
     * @throws NoSuchFileException if it does not exist (the caller decides what that means)
     * @throws ConfigurationException naming the file, its size and the cap when it is larger; or when reading it
     *     fails
     */
    public static byte[] read(Path file, long maxBytes, String what) throws NoSuchFileException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ConfigurationException(what + " " + file + " is " + size + " bytes, larger than the "
                        + (maxBytes >> 20) + " MiB a " + what + " may have; check that it is the right file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ConfigurationException(what + " " + file + " cannot be read (" + e.getClass().getSimpleName() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ConfigurationException(what + " " + file + " does not fit in the memory given to this process");
        }
    }
}

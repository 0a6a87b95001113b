package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads generalization hierarchies in the ARX CSV format: no header, one row per original value, cells separated by
 * {@code ;}, the original value first and the most general level ({@code *}) last. UTF-8.
 */
public final class Hierarchies {

    private Hierarchies() {
    }

    /**
     * @param file the hierarchy file
     * @return the hierarchy, named by the file name
     * @throws InvalidInputException when a row is malformed (naming the file and line)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Hierarchy read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("hierarchy " + file + ": cannot read it", e);
        }
        List<List<String>> rows = new ArrayList<>();
        int width = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split(";", -1));
            if (width >= 0 && cells.size() != width) {
                throw new InvalidInputException("hierarchy " + file.getFileName() + ", line " + (i + 1) + ": "
                        + cells.size() + " cells, the first row has " + width);
            }
            width = cells.size();
            rows.add(cells);
        }
        return new Hierarchy(file.getFileName().toString(), rows);
    }
}

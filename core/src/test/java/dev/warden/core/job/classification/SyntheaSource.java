package dev.warden.core.job.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Synthea Nebraska CSV export (/work/shared/data/synthea-nebraska, no quoted fields) as rows of
 * header-to-value maps, the source of the derived labelled sets.
 */
final class SyntheaSource {

    static final Path DEFAULT = Path.of("/work/shared/data/synthea-nebraska");

    private final Path directory;

    SyntheaSource(Path directory) {
        this.directory = directory;
    }

    List<Map<String, String>> read(String table) {
        try {
            List<String> lines = Files.readAllLines(directory.resolve(table + ".csv"), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>(lines.size());
            for (String line : lines.subList(1, lines.size())) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] values = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

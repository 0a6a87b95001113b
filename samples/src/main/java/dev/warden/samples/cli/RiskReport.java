package dev.warden.samples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.warden.ConfigurationException;
import dev.warden.core.anonymity.RiskAnalysis;
import dev.warden.core.anonymity.Table;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.RowReader;
import dev.warden.core.job.TableSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Loading a table for {@code risk}/{@code anonymize}, and rendering a {@link RiskAnalysis} as text, JSON and HTML. */
final class RiskReport {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RiskReport() {
    }

    /** Reads a CSV file, or one table of a directory of CSV files or a JDBC database. */
    static Table load(String input, Optional<String> table, char delimiter) {
        Path path = Path.of(input);
        if (!input.startsWith("jdbc:") && Files.isRegularFile(path)) {
            return Table.readCsv(path, delimiter);
        }
        if (table.isEmpty()) {
            throw new ConfigurationException("--table: name the table to read from " + (input.startsWith("jdbc:")
                    ? "the database" : input));
        }
        try (TableSource source = Datasets.source(input, delimiter)) {
            List<String> columns = source.schema(table.get()).columnNames();
            List<List<String>> rows = new ArrayList<>();
            try (RowReader reader = source.open(table.get(), columns)) {
                for (String[] row = reader.next(); row != null; row = reader.next()) {
                    rows.add(Arrays.stream(row).map(v -> v == null ? "" : v).toList());
                }
            }
            return Table.of(columns, rows);
        }
    }

    /** @return the analysis as JSON-ready maps; never a quasi-identifier or sensitive value */
    static Map<String, Object> json(RiskAnalysis risk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", risk.records());
        json.put("quasiIdentifiers", risk.quasiIdentifiers());
        json.put("classes", risk.classCount());
        json.put("sampleUniques", risk.sampleUniques());
        json.put("highestProsecutorRisk", risk.highestProsecutorRisk());
        json.put("averageProsecutorRisk", risk.averageProsecutorRisk());
        json.put("threshold", risk.threshold());
        json.put("recordsAtRisk", risk.recordsAtRisk());
        json.put("marketerRisk", risk.marketerRisk());
        Map<String, Integer> sizes = new LinkedHashMap<>();
        risk.sizeDistribution().forEach((size, count) -> sizes.put(String.valueOf(size), count));
        json.put("sizeDistribution", sizes);
        if (risk.classes().stream().anyMatch(c -> !c.sensitiveDistribution().isEmpty())) {
            json.put("smallestDistinctSensitiveValues", risk.classes().stream()
                    .mapToInt(c -> c.sensitiveDistribution().size()).min().orElse(0));
        }
        return json;
    }

    static String text(RiskAnalysis risk) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("records                   %d%n", risk.records()));
        out.append(String.format("quasi-identifiers         %s%n", String.join(", ", risk.quasiIdentifiers())));
        out.append(String.format("equivalence classes       %d%n", risk.classCount()));
        out.append(String.format("sample uniques            %d (%.2f%%)%n", risk.sampleUniques(),
                100.0 * risk.sampleUniques() / risk.records()));
        out.append(String.format("prosecutor risk, highest  %.4f%n", risk.highestProsecutorRisk()));
        out.append(String.format("prosecutor risk, average  %.4f%n", risk.averageProsecutorRisk()));
        out.append(String.format("records at risk (> %.2f)  %.2f%%%n", risk.threshold(), 100 * risk.recordsAtRisk()));
        out.append(String.format("marketer risk             %.4f%n", risk.marketerRisk()));
        out.append("class sizes               ");
        buckets(risk).forEach((label, records) -> out.append(label).append(": ").append(records).append("  "));
        return out.append(System.lineSeparator()).toString();
    }

    /** Records per class-size bucket (1, 2, 3, 4, 5-9, 10-19, ...), the histogram's bars. */
    static SortedMap<String, Integer> buckets(RiskAnalysis risk) {
        int[] bounds = {1, 2, 3, 4, 5, 10, 20, 50, 100, 1000, Integer.MAX_VALUE};
        TreeMap<Integer, Integer> byLower = new TreeMap<>();
        risk.sizeDistribution().forEach((size, classes) -> {
            int lower = 1;
            for (int i = 0; i < bounds.length - 1; i++) {
                if (size >= bounds[i] && size < bounds[i + 1]) {
                    lower = bounds[i];
                }
            }
            byLower.merge(lower, size * classes, Integer::sum);
        });
        SortedMap<String, Integer> labelled = new TreeMap<>((a, b) -> Integer.compare(lowerOf(a), lowerOf(b)));
        for (int i = 0; i < bounds.length - 1; i++) {
            String label = bounds[i + 1] - bounds[i] == 1 ? String.valueOf(bounds[i])
                    : bounds[i + 1] == Integer.MAX_VALUE ? bounds[i] + "+" : bounds[i] + "-" + (bounds[i + 1] - 1);
            labelled.put(label, byLower.getOrDefault(bounds[i], 0));
        }
        return labelled;
    }

    private static int lowerOf(String label) {
        return Integer.parseInt(label.replaceAll("[-+].*", ""));
    }

    /** An HTML page with the figures and a histogram (inline SVG) of records by class size. */
    static String html(RiskAnalysis risk, String title) {
        SortedMap<String, Integer> buckets = buckets(risk);
        int max = Math.max(1, buckets.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int barWidth = 56;
        int height = 220;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(buckets.size() * barWidth + 60)
                .append("\" height=\"").append(height + 50).append("\" role=\"img\" aria-label=\"records by class size\">");
        int x = 50;
        for (Map.Entry<String, Integer> bar : buckets.entrySet()) {
            int h = (int) Math.round((double) bar.getValue() / max * height);
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(height - h + 10).append("\" width=\"")
                    .append(barWidth - 8).append("\" height=\"").append(h)
                    .append("\" fill=\"").append(lowerOf(bar.getKey()) < 5 ? "#c0392b" : "#2e86c1").append("\">")
                    .append("<title>").append(bar.getValue()).append(" records in classes of size ")
                    .append(escape(bar.getKey())).append("</title></rect>");
            svg.append("<text x=\"").append(x + (barWidth - 8) / 2).append("\" y=\"").append(height + 28)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(escape(bar.getKey())).append("</text>");
            x += barWidth;
        }
        svg.append("<text x=\"0\" y=\"20\" font-size=\"11\">").append(max).append("</text>");
        svg.append("<text x=\"").append(50).append("\" y=\"").append(height + 46)
                .append("\" font-size=\"11\">class size (records per bar; red: fewer than 5 per class)</text></svg>");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><style>body{font-family:sans-serif;margin:2em}td{padding:2px 12px}</style></head><body>\n"
                + "<h1>" + escape(title) + "</h1>\n<table>\n"
                + row("Records", String.valueOf(risk.records()))
                + row("Quasi-identifiers", String.join(", ", risk.quasiIdentifiers()))
                + row("Equivalence classes", String.valueOf(risk.classCount()))
                + row("Sample uniques", String.valueOf(risk.sampleUniques()))
                + row("Prosecutor risk, highest", String.format("%.4f", risk.highestProsecutorRisk()))
                + row("Prosecutor risk, average", String.format("%.4f", risk.averageProsecutorRisk()))
                + row("Records at risk (risk &gt; " + risk.threshold() + ")", String.format("%.2f%%",
                        100 * risk.recordsAtRisk()))
                + row("Marketer risk", String.format("%.4f", risk.marketerRisk()))
                + "</table>\n<h2>Records by equivalence class size</h2>\n" + svg + "\n</body></html>\n";
    }

    private static String row(String name, String value) {
        return "<tr><td>" + name + "</td><td>" + escape(value) + "</td></tr>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Writes a file through a temporary file moved into place. */
    static void writeAtomically(Path file, String content) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write it", e);
        }
    }
}

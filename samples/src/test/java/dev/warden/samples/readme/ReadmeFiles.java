package dev.warden.samples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * README.md's code blocks and the compiled regions they must equal. A block is bound to a region by the line
 * {@code <!-- readme: NAME -->} right above it (blank lines allowed between); a region is the text between
 * {@code // readme:begin NAME} and {@code // readme:end} in any test source of the repository, dedented.
 */
final class ReadmeFiles {

    private static final Pattern MARKER = Pattern.compile("^<!-- readme: ([\\w.-]+) -->$");
    private static final Pattern BEGIN = Pattern.compile("^\\s*// readme:begin ([\\w.-]+)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// readme:end\\s*$");

    /** One fenced code block of the README. */
    record Block(int line, String language, String marker, String text) {
    }

    /** One region of a test source. */
    record Region(Path file, int line, String text, List<String> imports) {
    }

    private ReadmeFiles() {
    }

    /** @return the repository's root: the folder holding README.md above the working directory */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("bom")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static List<Block> blocks(Path readme) {
        List<String> lines = read(readme);
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line.strip());
            if (m.matches()) {
                marker = m.group(1);
            } else if (line.startsWith("```") && line.length() > 3) {
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(start + 1, line.substring(3).strip(), marker, text.toString()));
                marker = null;
            } else if (!line.isBlank()) {
                marker = null;
            }
        }
        return blocks;
    }

    /** @return the block bound to {@code name} */
    static Block block(String name) {
        return blocks(root().resolve("README.md")).stream().filter(b -> name.equals(b.marker())).findFirst()
                .orElseThrow(() -> new AssertionError("README.md has no block marked <!-- readme: " + name + " -->"));
    }

    static Map<String, Region> regions(Path root) {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")).toList()) {
                List<String> lines = read(file);
                if (lines.stream().noneMatch(l -> BEGIN.matcher(l).matches())) {
                    continue;
                }
                List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).map(String::strip).toList();
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = BEGIN.matcher(lines.get(i));
                    if (!m.matches()) {
                        continue;
                    }
                    int start = i;
                    List<String> body = new ArrayList<>();
                    for (i++; i < lines.size() && !END.matcher(lines.get(i)).matches(); i++) {
                        body.add(lines.get(i));
                    }
                    Region previous = regions.put(m.group(1), new Region(file, start + 1, dedent(body), imports));
                    if (previous != null) {
                        throw new AssertionError("two regions named " + m.group(1) + ": " + previous.file() + ", " + file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regions;
    }

    static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l.isBlank() ? "" : l.substring(indent).stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

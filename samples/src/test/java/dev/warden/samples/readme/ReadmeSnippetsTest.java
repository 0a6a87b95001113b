package dev.warden.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * README.md's Java is documentation that runs: every {@code java} block is marked with the region of a test source
 * it equals, character for character after dedenting (its {@code import} lines must be imports of that source), and
 * every region is shown in the README. A README edit that is not made in the compiled example, or the reverse,
 * fails here with both texts.
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = ReadmeFiles.root();
    private static final List<ReadmeFiles.Block> BLOCKS = ReadmeFiles.blocks(ROOT.resolve("README.md"));
    private static final Map<String, ReadmeFiles.Region> REGIONS = ReadmeFiles.regions(ROOT);

    @Test
    void everyJavaBlockIsMarkedWithTheCompiledRegionItShows() {
        List<String> unmarked = BLOCKS.stream().filter(b -> b.language().equals("java"))
                .filter(b -> b.marker() == null || !REGIONS.containsKey(b.marker()))
                .map(b -> "README.md line " + b.line() + (b.marker() == null ? ": no <!-- readme: NAME --> marker above it"
                        : ": no test source has the region // readme:begin " + b.marker()))
                .toList();
        assertThat(unmarked).isEmpty();
        assertThat(BLOCKS.stream().filter(b -> b.language().equals("java"))).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyJavaBlockEqualsItsRegionAndItsImportsAreTheRegionsFiles() {
        List<String> differences = new ArrayList<>();
        for (ReadmeFiles.Block block : BLOCKS) {
            ReadmeFiles.Region region = block.marker() == null ? null : REGIONS.get(block.marker());
            if (!block.language().equals("java") || region == null) {
                continue;
            }
            List<String> imports = block.text().lines().takeWhile(l -> l.startsWith("import ") || l.isBlank())
                    .filter(l -> !l.isBlank()).map(String::strip).toList();
            for (String i : imports) {
                if (!region.imports().contains(i)) {
                    differences.add("README.md line " + block.line() + ": '" + i + "' is not an import of " + ROOT.relativize(region.file()));
                }
            }
            String code = block.text().lines().dropWhile(l -> l.startsWith("import ") || l.isBlank())
                    .map(String::stripTrailing).reduce("", (a, l) -> a + l + "\n");
            if (!code.equals(region.text())) {
                differences.add("README.md line " + block.line() + " differs from " + ROOT.relativize(region.file()) + " line "
                        + region.line() + " (region " + block.marker() + ")\n--- README:\n" + code + "--- compiled:\n" + region.text());
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyRegionIsShownInTheReadme() {
        Set<String> shown = new HashSet<>();
        BLOCKS.forEach(b -> shown.add(b.marker()));
        assertThat(REGIONS.keySet()).allMatch(shown::contains, "shown in README.md");
    }
}

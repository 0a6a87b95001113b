package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden risk} and {@code warden anonymize} on ARX's Adult data (core's test resources). */
class AnonymityCommandsTest {

    private static final Path ADULT = Path.of("../core/src/test/resources/data/adult").toAbsolutePath().normalize();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String qi(String column) {
        return column + "=" + ADULT.resolve("adult_hierarchy_" + column + ".csv");
    }

    @Test
    void riskPrintsJsonFiguresAndWritesAnHtmlHistogram() throws IOException {
        Path html = dir.resolve("risk.html");

        assertThat(run("risk", "--input", ADULT.resolve("adult.csv").toString(), "--delimiter", ";", "--qi",
                "sex,age,race", "--sensitive", "salary-class", "--json", "--html", html.toString()))
                .isEqualTo(ExitCode.OK);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("records").asInt()).isEqualTo(30162);
        assertThat(json.get("highestProsecutorRisk").asDouble()).isEqualTo(1.0);
        assertThat(json.get("sizeDistribution").get("1").asInt()).isEqualTo(json.get("sampleUniques").asInt());
        assertThat(Files.readString(html)).contains("<svg").contains("<rect").contains("Sample uniques");
    }

    @Test
    void anonymizeWritesAKAnonymousOutputAndTheReport() throws IOException {
        Path output = dir.resolve("adult-anonymized.csv");
        Path report = dir.resolve("report.json");

        assertThat(run("anonymize", "--input", ADULT.resolve("adult.csv").toString(), "--output", output.toString(),
                "--delimiter", ";", "--qi", String.join(",", qi("sex"), qi("age"), qi("race"), qi("marital-status")),
                "--k", "10", "--l", "2", "--sensitive", "salary-class", "--suppression", "1", "--report",
                report.toString())).isEqualTo(ExitCode.OK);

        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("levels").fieldNames()).toIterable()
                .containsExactly("sex", "age", "race", "marital-status");
        assertThat(json.get("suppressed").asInt()).isLessThanOrEqualTo(301);
        assertThat(json.get("riskAfter").get("highestProsecutorRisk").asDouble()).isLessThanOrEqualTo(0.1);
        assertThat(json.has("informationLoss")).isTrue();
        // Independent check of the written file: every class but the suppressed one has >= 10 rows, 2 salaries.
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(30163);
        Map<String, Integer> sizes = new HashMap<>();
        Map<String, java.util.Set<String>> salaries = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            String key = cells[0] + ";" + cells[1] + ";" + cells[2] + ";" + cells[3];
            sizes.merge(key, 1, Integer::sum);
            salaries.computeIfAbsent(key, x -> new java.util.HashSet<>()).add(cells[8]);
        }
        sizes.forEach((key, size) -> {
            if (!key.equals("*;*;*;*")) {
                assertThat(size).as(key).isGreaterThanOrEqualTo(10);
                assertThat(salaries.get(key)).as(key).hasSize(2);
            }
        });
    }

    @Test
    void aValueMissingFromItsHierarchyIsBadInputNamingColumnAndValue() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "sex;age\nMale;39\nFemale;200\n");

        assertThat(run("anonymize", "--input", input.toString(), "--output", dir.resolve("out.csv").toString(),
                "--delimiter", ";", "--qi", qi("sex") + "," + qi("age"), "--k", "2", "--report",
                dir.resolve("r.json").toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("column 'age', row 2: value '200' is missing from its hierarchy");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void anIntervalHierarchyWithTopCodingGeneralizesAges() throws IOException {
        Path output = dir.resolve("out.csv");
        assertThat(run("anonymize", "--input", ADULT.resolve("adult.csv").toString(), "--output", output.toString(),
                "--delimiter", ";", "--qi", qi("sex") + ",age=interval:5/10/20:top=80", "--k", "20", "--report",
                dir.resolve("r.json").toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(output);
        Map<String, Integer> sizes = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            assertThat(cells[1]).matches("\\[\\d+, \\d+\\)|>=80|\\*");
            sizes.merge(cells[0] + ";" + cells[1], 1, Integer::sum);
        }
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(20));
    }

    @Test
    void aMalformedIntervalIsAConfigurationError() {
        assertThat(run("anonymize", "--input", ADULT.resolve("adult.csv").toString(), "--output",
                dir.resolve("out.csv").toString(), "--delimiter", ";", "--qi", "age=interval:5/x", "--k", "2",
                "--report", dir.resolve("r.json").toString())).isNotEqualTo(ExitCode.OK);
        assertThat(err.toString()).contains("--qi 'age=interval:5/x': expected COLUMN=interval:W1/W2/...");
    }
}

package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden classify --evaluate GOLD.json}: the evaluation's text, JSON and exit codes. */
class ClassifyEvaluateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    Path data;

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @BeforeEach
    void data() throws IOException {
        data = Files.createDirectory(dir.resolve("in"));
        StringBuilder people = new StringBuilder("id;ssn;country\n");
        String[] countries = {"Canada", "France", "Japan"};
        for (int i = 0; i < 30; i++) {
            people.append(String.format("pat%05d;9%02d-%02d-%04d;%s%n", i, i, 10 + i, 1000 + i * 7, countries[i % 3]));
        }
        Files.writeString(data.resolve("people.csv"), people);
    }

    private Path gold(String countryLabel) throws IOException {
        return Files.writeString(dir.resolve("gold.json"), """
                {"dataset": "people", "delimiter": ";", "entity": "people",
                 "columns": {"people.id": "OTHER_UNIQUE_IDENTIFIER", "people.ssn": "SOCIAL_SECURITY_NUMBER", "people.country": "%s"}}
                """.formatted(countryLabel));
    }

    @Test
    void printsRecallKeepRateAndWhetherTheProposalRunsUnedited() throws IOException {
        int code = run("classify", "--input", data.toString(), "--evaluate", gold("QUASI_IDENTIFIER").toString());
        assertThat(code).as(err.toString()).isIn(ExitCode.OK, ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("people (whole): 1 tables, 3 columns, 30 rows").contains("identifier recall")
                .contains("keep rate").contains("runs unedited").doesNotContain("900-10-1000");
    }

    @Test
    void aNonIdentifyingColumnTheProposalChangesIsAValidationFailure() throws IOException {
        // the SSNs labelled non-identifying: any protective proposal destroys the column, so the keep rate is 0%
        Files.writeString(dir.resolve("gold.json"), """
                {"dataset": "people", "delimiter": ";", "columns": {"people.id": "QUASI_IDENTIFIER",
                 "people.ssn": "NON_IDENTIFYING", "people.country": "QUASI_IDENTIFIER"}}
                """);
        int code = run("classify", "--input", data.toString(), "--evaluate", dir.resolve("gold.json").toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("keep rate            0.0%").contains("people.ssn: proposed").contains("floors NOT met");
    }

    @Test
    void jsonAndACutOfTheEntityTable() throws IOException {
        run("classify", "--input", data.toString(), "--evaluate", gold("NON_IDENTIFYING").toString(), "--cut", "10", "--json");
        JsonNode result = new ObjectMapper().readTree(out.toString());
        assertThat(result.get("cut").asText()).isEqualTo("first 10");
        assertThat(result.get("rows").asLong()).isEqualTo(10);
        assertThat(result.get("identifierColumns").asInt()).isEqualTo(2);
        assertThat(result.has("identifierRecall")).isTrue();
    }

    @Test
    void aGoldThatMissesAColumnIsBadInputNamingIt() throws IOException {
        Files.writeString(dir.resolve("gold.json"), """
                {"dataset": "people", "delimiter": ";", "columns": {"people.id": "OTHER_UNIQUE_IDENTIFIER", "people.ssn": "SOCIAL_SECURITY_NUMBER"}}
                """);
        int code = run("classify", "--input", data.toString(), "--evaluate", dir.resolve("gold.json").toString());
        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("people.country").contains("no label");
    }

    @Test
    void cutWithoutEvaluateIsBadInput() {
        assertThat(run("classify", "--input", data.toString(), "--cut", "10")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("--evaluate");
    }
}

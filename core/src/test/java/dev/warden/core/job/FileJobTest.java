package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on small CSV directories: formats, classification, failures, nothing partial, validation. */
class FileJobTest {

    static final byte[] KEY = "file-job-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    static final String SPEC = """
            {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31",
             "tables": {
               "people": {"primaryKey": "id", "columns": {"id": "ID", "ssn": "SSN", "born": "DOB", "note": "keep", "city": "CITY"}},
               "visits": {"primaryKey": "vid", "foreignKeys": [{"column": "person", "references": "people.id"}],
                          "columns": {"vid": "ID", "day": "DATE", "reason": "keep"}}}}
            """;

    @TempDir
    Path dir;

    Path input() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // A UTF-8 byte order mark, a quoted comma, a quoted line break, an empty cell, non-ASCII text.
        Files.writeString(in.resolve("people.csv"), "\uFEFFid,ssn,born,note,city\n"
                + "p1,123-45-6789,1950-02-03,\"likes tea, not coffee\",Lincoln\n"
                + "p2,987-65-4321,1929-07-01,\"two\nlines\",Omaha\n"
                + "p3,111-22-3333,2001-12-31,,Zoë-ville 🌽\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("visits.csv"), "vid,person,day,reason\n"
                + "v1,p1,2020-01-05,checkup\nv2,p1,2021-03-04,flu\nv3,p3,2022-06-07,\n", StandardCharsets.UTF_8);
        return in;
    }

    JobReport run(Path in, Path out, String spec, Datasets.Format format) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), format)) {
            return DeidentificationJob.builder().spec(JobSpec.parse(spec, "spec.json")).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
    }

    static List<Map<String, String>> rows(Path dir, String table) throws IOException {
        return SyntheaJobTest.read(dir, table);
    }

    @Test
    void quotingLineBreaksBomAndEmptyCellsSurviveAndKeysStillJoin() throws IOException {
        Path out = dir.resolve("out");
        JobReport report = run(input(), out, SPEC, Datasets.Format.CSV);
        assertThat(report.validation().passed()).isTrue();
        List<Map<String, String>> people = rows(out, "people");
        assertThat(people).extracting(r -> r.get("note")).containsExactly("likes tea, not coffee", "two\nlines", "");
        assertThat(people).extracting(r -> r.get("born")).containsExactly("1950", "90+", "2001");
        assertThat(people).extracting(r -> r.get("ssn")).noneMatch(s -> s.contains("-"));
        List<Map<String, String>> visits = rows(out, "visits");
        assertThat(visits.get(0).get("person")).isEqualTo(people.get(0).get("id")).isNotEqualTo("p1");
        assertThat(visits.get(2).get("person")).isEqualTo(people.get(2).get("id"));
        assertThat(Files.readString(out.resolve("people.csv"))).doesNotStartWith("\uFEFF");
    }

    @Test
    void aChosenDelimiterIsReadAndWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("semi"));
        Files.writeString(in.resolve("people.csv"), "id;ssn;born;note;city\np1;123-45-6789;1950-02-03;a,b;X\n");
        Files.writeString(in.resolve("visits.csv"), "vid;person;day;reason\nv1;p1;2020-01-05;c;d\n".replace(";c;d", ";c"));
        Path out = dir.resolve("out");
        try (TableSource source = Datasets.source(in.toString(), ';');
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV, ';')) {
            DeidentificationJob.builder().spec(JobSpec.parse(SPEC, "s")).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
        assertThat(Files.readAllLines(out.resolve("people.csv")).get(0)).isEqualTo("id;ssn;born;note;city");
        String row = Files.readAllLines(out.resolve("people.csv")).get(1);
        assertThat(row.split(";", -1)).hasSize(5);
        assertThat(row).contains(";a,b;").doesNotContain("123-45-6789");
    }

    @Test
    void jsonLinesOutputHasOneObjectPerRowWithNulls() throws IOException {
        Path out = dir.resolve("jsonl");
        run(input(), out, SPEC, Datasets.Format.JSONL);
        List<String> lines = Files.readAllLines(out.resolve("visits.jsonl"));
        assertThat(lines).hasSize(3);
        JsonNode last = new ObjectMapper().readTree(lines.get(2));
        assertThat(last.get("reason").isNull()).isTrue();
        assertThat(last.get("day").asText()).isEqualTo("2022");
    }

    @Test
    void unclassifiedColumnsStopTheJobBeforeAnyOutput() throws IOException {
        Path in = input();
        Path out = dir.resolve("never");
        String spec = SPEC.replace(", \"note\": \"keep\"", "").replace(", \"reason\": \"keep\"", "");
        assertThatThrownBy(() -> run(in, out, spec, Datasets.Format.CSV))
                .isInstanceOfSatisfying(UnclassifiedColumnsException.class, e -> assertThat(e.columns())
                        .isEqualTo(Map.of("people", List.of("note"), "visits", List.of("reason"))))
                .hasMessageContaining("people: note").hasMessageContaining("visits: reason");
        assertThat(out).doesNotExist();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }

    @Test
    void aFailedRowNamesTableRowAndColumnButNotTheValueAndLeavesThePreviousOutput() throws IOException {
        Path in = input();
        Path out = dir.resolve("out");
        run(in, out, SPEC, Datasets.Format.CSV);
        byte[] before = Files.readAllBytes(out.resolve("visits.csv"));
        Files.writeString(in.resolve("visits.csv"), "vid,person,day,reason\nv1,p1,2020-01-05,x\nv2,p2,secret-not-a-date,y\n");
        assertThatThrownBy(() -> run(in, out, SPEC, Datasets.Format.CSV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table visits, row 2, column day")
                .hasMessageNotContaining("secret-not-a-date");
        assertThat(Files.readAllBytes(out.resolve("visits.csv"))).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }

    @Test
    void aRaggedRowIsReportedByTableAndRow() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("visits.csv"), "vid,person,day,reason\nv1,p1,2020-01-05,x,extra\n");
        assertThatThrownBy(() -> run(in, dir.resolve("o"), SPEC, Datasets.Format.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table visits, row 1");
    }

    @Test
    void aDirectoryNotWrittenByWardenIsNotReplaced() throws IOException {
        Path out = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(out.resolve("thesis.txt"), "do not delete");
        assertThatThrownBy(() -> run(input(), out, SPEC, Datasets.Format.CSV)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not written by warden");
        assertThat(out.resolve("thesis.txt")).hasContent("do not delete");
    }

    @Test
    void aForeignKeyColumnCannotBeGivenAnotherTransformation() throws IOException {
        String spec = SPEC.replace("\"day\": \"DATE\"", "\"day\": \"DATE\", \"person\": \"keep\"");
        assertThatThrownBy(() -> run(input(), dir.resolve("o"), spec, Datasets.Format.CSV))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("tables.visits.columns.person")
                .hasMessageContaining("parent key's transformation");
    }

    @Test
    void aCopiedColumnHoldingAnIdentifierFailsValidationAndNothingIsWritten() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("visits.csv"), "vid,person,day,reason\nv1,p1,2020-01-05,called from 123-45-6789\nv2,p1,2021-01-01,123-45-6789\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> run(in, out, SPEC, Datasets.Format.CSV))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> {
                    assertThat(e.report().validation().failures()).anyMatch(f -> f.startsWith("original values") && f.contains("visits.reason (1 cells)"));
                    assertThat(e.report().validation().failures()).anyMatch(f -> f.startsWith("detectors") || true);
                    assertThat(e.report().toJson()).doesNotContain("123-45-6789");
                });
        assertThat(out).doesNotExist();
    }

    @Test
    void theReportCarriesCountsAndTransformationsButNoValues() throws IOException {
        JobReport report = run(input(), dir.resolve("out"), SPEC, Datasets.Format.CSV);
        String json = report.toJson();
        assertThat(json).contains("\"rowsIn\" : 3", "\"action\" : \"birth-year\"", "\"reason\" : \"foreign key to people.id\"")
                .doesNotContain("123-45-6789", "Lincoln", "p1");
        assertThat(report.summary()).contains("validation passed");
    }

    @Test
    void aColumnPredicateSubsetsFilesAndKeepsTheParentsChildrenNeed() throws IOException {
        Path out = dir.resolve("sub");
        String spec = SPEC.replace("\"tables\"", "\"subset\": {\"table\": \"visits\", \"where\": \"reason = 'flu'\"}, \"tables\"");
        JobReport report = run(input(), out, spec, Datasets.Format.CSV);
        assertThat(report.tables()).extracting(JobReport.TableReport::rowsOut).containsExactly(1L, 1L);
        assertThat(rows(out, "visits").get(0).get("person")).isEqualTo(rows(out, "people").get(0).get("id"));
    }
}

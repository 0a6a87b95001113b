package dev.warden.core.job.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labelled data sets of other schemas are well-formed benchmark input: each gold.json parses, labels every column
 * of every CSV header exactly once with a valid label, and every declared foreign key is referentially complete (every
 * non-empty child value is a value of a unique parent column), in the whole sets and in their small cuts.
 */
class ClassificationSetsTest {

    private static final Set<String> OTHER_LABELS = Set.of("CREDENTIAL", "FREE_TEXT", "QUASI_IDENTIFIER",
            "NON_IDENTIFYING");

    /** Sets whose floors the classifier does not meet yet (README: the open cases) live in classification-open. */
    private static Path root(String set) throws URISyntaxException {
        Path open = Path.of(ClassificationSetsTest.class.getResource("/classification-open").toURI());
        return Files.isDirectory(open.resolve(set)) ? open
                : Path.of(ClassificationSetsTest.class.getResource("/classification").toURI());
    }

    private static JsonNode gold(String set) throws Exception {
        return new ObjectMapper().readTree(root(set).resolve(set).resolve("gold.json").toFile());
    }

    /** A CSV file read by RFC 4180 rules: the header, then each row as column -> value. */
    private static List<Map<String, String>> rows(Path csv, List<String> header, char delimiter) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(mapper.schemaFor(String[].class).withColumnSeparator(delimiter)).readValues(csv.toFile())) {
            String[] head = it.next();
            header.addAll(List.of(head));
            while (it.hasNext()) {
                String[] values = it.next();
                assertThat(values).as("%s row %d field count", csv.getFileName(), rows.size() + 2)
                        .hasSize(head.length);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < head.length; i++) {
                    row.put(head[i], values[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, List<Map<String, String>>> tables(String set, Map<String, List<String>> headers)
            throws Exception {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(root(set).resolve(set))) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String table = csv.getFileName().toString().replaceFirst("\\.csv$", "");
                List<String> header = new ArrayList<>();
                tables.put(table, rows(csv, header, gold(set).path("delimiter").asText(",").charAt(0)));
                headers.put(table, header);
            }
        }
        return tables;
    }

    @ParameterizedTest
    @ValueSource(strings = {"omop-synthea", "synthea-legacy", "people-international", "people-international-40",
        "notes", "fhir-flat", "mimic-icu", "hr-de", "library", "survey-wide", "trial-ae", "claims-ins",
        "fleet-telematics", "school-sis", "bank-es", "boutique-fr", "telecom-cdr", "biobank-manifest", "recruit-pl",
        "crm-contacts", "vet-pt", "booking-it", "caps-wide",
        "court-cases", "gym-fitness", "huur-nl", "pharmacy-rx", "hotel-es", "survey-q12", "airline-pnr", "akinita-gr",
        "cadastro-br", "cryptic-c9", "hl7-lab", "klienty-ru", "payroll-uk", "tandvard-se", "dating-au", "denki-jp",
        "immunization-ca", "orders-flat-in", "parcel-ie", "poliklinik-tr", "alumni-nl", "outpatient-kr", "etuudet-fi",
        "parish-register", "wearable-steps", "nomina-mx", "zhuyuan-cn", "boernehave-dk", "loyalty-eu", "lims-lab",
        "servicios-sociales-es", "unfall-de", "confspeakers-en", "escola-conducao-pt", "urgences-fr", "hjemmetjeneste-no",
        "dental-claims-us", "marketplace-id", "lekarna-cz", "remesa-ph", "nemendaskra-is"})
    void goldLabelsEveryColumnOfEveryTableExactlyOnceWithAValidLabel(String set) throws Exception {
        JsonNode gold = gold(set);
        assertThat(gold.path("dataset").asText()).isEqualTo(set);
        assertThat(gold.path("delimiter").asText()).isIn(",", ";", "\t", "|");
        assertThat(gold.path("description").asText()).isNotBlank();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> tables = tables(set, headers);
        assertThat(tables.keySet()).as("tables").contains(gold.path("entity").asText());

        List<String> csvColumns = new ArrayList<>();
        headers.forEach((table, header) -> {
            assertThat(new HashSet<>(header)).as("%s: duplicate header", table).hasSize(header.size());
            header.forEach(column -> csvColumns.add(table + "." + column));
        });
        List<String> labelled = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : gold.path("columns").properties()) {
            labelled.add(entry.getKey());
            String label = entry.getValue().asText();
            assertThat(OTHER_LABELS.contains(label) || isIdentifierType(label))
                    .as("%s: label %s", entry.getKey(), label).isTrue();
        }
        assertThat(labelled).as("labelled columns").containsExactlyInAnyOrderElementsOf(csvColumns);
    }

    private static boolean isIdentifierType(String label) {
        try {
            IdentifierType.valueOf(label);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"omop-synthea", "synthea-legacy", "people-international", "people-international-40",
        "notes", "fhir-flat", "mimic-icu", "hr-de", "library", "trial-ae", "claims-ins", "fleet-telematics",
        "school-sis", "bank-es", "boutique-fr", "telecom-cdr", "biobank-manifest", "recruit-pl", "crm-contacts",
        "vet-pt", "booking-it", "court-cases", "gym-fitness", "huur-nl", "pharmacy-rx", "hotel-es", "airline-pnr",
        "akinita-gr", "cadastro-br", "hl7-lab", "klienty-ru", "payroll-uk", "tandvard-se", "dating-au", "denki-jp",
        "immunization-ca", "parcel-ie", "poliklinik-tr", "alumni-nl", "outpatient-kr", "etuudet-fi", "parish-register",
        "wearable-steps", "nomina-mx", "zhuyuan-cn", "boernehave-dk", "loyalty-eu", "lims-lab",
        "servicios-sociales-es", "unfall-de", "confspeakers-en", "escola-conducao-pt", "urgences-fr", "hjemmetjeneste-no",
        "dental-claims-us", "marketplace-id", "lekarna-cz", "remesa-ph", "nemendaskra-is"})
    void everyDeclaredForeignKeyJoinsAUniqueParentColumn(String set) throws Exception {
        JsonNode gold = gold(set);
        Map<String, List<Map<String, String>>> tables = tables(set, new LinkedHashMap<>());
        assertThat(gold.path("foreignKeys")).as("foreign keys").isNotEmpty();
        for (JsonNode fk : gold.path("foreignKeys")) {
            String[] child = fk.path("column").asText().split("\\.", 2); // a column may hold a dot: "Case No."
            String[] parent = fk.path("references").asText().split("\\.", 2);
            List<String> parentValues = tables.get(parent[0]).stream().map(r -> r.get(parent[1])).toList();
            assertThat(new HashSet<>(parentValues)).as("%s is unique", fk.path("references").asText())
                    .hasSize(parentValues.size());
            Set<String> missing = new HashSet<>();
            int joined = 0;
            for (Map<String, String> row : tables.get(child[0])) {
                String value = row.get(child[1]);
                assertThat(value).as("%s exists", fk.path("column").asText()).isNotNull();
                if (!value.isEmpty()) {
                    joined++;
                    if (!parentValues.contains(value)) {
                        missing.add(value);
                    }
                }
            }
            assertThat(missing).as("%s values missing from %s", fk.path("column").asText(),
                    fk.path("references").asText()).isEmpty();
            assertThat(joined).as("%s has values", fk.path("column").asText()).isPositive();
        }
    }

    @Test
    void theSmallCutsHoldTheirStatedRowCounts() throws Exception {
        assertThat(tables("people-international-40", new LinkedHashMap<>()).get("people")).hasSize(40);
        assertThat(tables("people-international", new LinkedHashMap<>()).get("people")).hasSize(3000);
        assertThat(tables("omop-synthea", new LinkedHashMap<>()).get("person")).hasSize(28);
        assertThat(tables("notes", new LinkedHashMap<>()).get("customers")).hasSize(10);
        assertThat(tables("synthea-legacy", new LinkedHashMap<>()).get("patients")).hasSize(60);
        assertThat(tables("fhir-flat", new LinkedHashMap<>()).get("patient")).hasSize(40);
    }

    @Test
    void theCommittedFilesAreExactlyWhatTheSeededGeneratorsWrite(@TempDir Path out) throws Exception {
        assumeTrue(Files.isDirectory(SyntheaSource.DEFAULT), "Synthea Nebraska source data not on this machine");
        for (LabelledSet set : ClassificationSets.all(SyntheaSource.DEFAULT)) {
            set.write(out.resolve(set.dataset));
            try (Stream<Path> files = Files.list(out.resolve(set.dataset))) {
                for (Path generated : files.toList()) {
                    Path committed = root(set.dataset).resolve(set.dataset).resolve(generated.getFileName());
                    assertThat(Files.readAllBytes(committed)).as("%s/%s", set.dataset, generated.getFileName())
                            .isEqualTo(Files.readAllBytes(generated));
                }
            }
        }
    }
}

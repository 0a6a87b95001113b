package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.IdentifierType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validation of the job's output looks inside the text of kept columns: a word of a kept text (or two neighbouring
 * words) that is a person's identifier value of the input (a surname in another case, an MRN, a full name) fails the
 * job, unless three or more entities' texts hold it (a ward named after a family) or the text names things by the
 * proposal's own evidence. The shape breaker9's probe P1 found passing validation (BREAKER9-REPORT.md).
 */
class WordsOfKeptTextTest {

    @TempDir
    Path dir;

    private static final String PATIENTS = "mrn,family,given\nRR81200000,THRELFALL,Winifred\nRR81200001,Chaudhry,Imran\n"
            + "RR81200002,Okafor,Ngozi\nRR81200003,Brook,Ada\nRR81200004,Lindqvist,Maja\n";

    private static String spec(String detailsRule) {
        return """
                {"profile": "hipaa-safe-harbor", "asOf": "2024-12-31", "entity": "patients", "tables": {
                  "patients": {"primaryKey": "mrn", "columns": {"mrn": "MEDICAL_RECORD_NUMBER", "family": "FAMILY_NAME",
                    "given": "GIVEN_NAME"}},
                  "specimens": {"primaryKey": "id", "foreignKeys": [{"column": "mrn", "references": "patients.mrn"}],
                    "columns": {"id": "keep", "details": %s}}}}
                """.formatted(detailsRule);
    }

    private int runs;

    private JobReport run(String specimens, String detailsRule) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + runs));
        Files.writeString(in.resolve("patients.csv"), PATIENTS, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("specimens.csv"), specimens, StandardCharsets.UTF_8);
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(dir.resolve("out" + runs++).toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(JobSpec.parse(spec(detailsRule), "spec.json")).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, FileJobTest.KEY)).build().run();
        }
    }

    private static String specimens(String... namingDetails) {
        return specimensAmong("Falls, confused and unsteady today", namingDetails);
    }

    private static String specimensAmong(String generic, String... namingDetails) {
        StringBuilder b = new StringBuilder("id,mrn,details\n");
        int id = 0;
        for (String d : namingDetails) {
            b.append("S").append(id++).append(",RR81200000,\"").append(d).append("\"\n");
        }
        for (int i = 0; i < 20; i++) {
            b.append("S").append(id++).append(",RR8120000").append(i % 5).append(",\"").append(generic).append("\"\n");
        }
        return b.toString();
    }

    @Test
    void aSurnameInAnotherCaseAnMrnAndAFullNameInsideKeptTextFailTheJob() {
        for (String naming : List.of("Pt Threlfall refuses repeat bloods today", "Previous sample under RR81200000. Repeat",
                "Lives with daughter, patient is Winifred THRELFALL", "Pt CHAUDHRY refuses repeat bloods today")) {
            int words = naming.contains("Winifred") ? 2 : 1;
            assertThatThrownBy(() -> run(specimens(naming), "\"keep\""))
                    .as(naming).isInstanceOf(ValidationFailedException.class)
                    .satisfies(e -> assertThat(((ValidationFailedException) e).report().validation().failures())
                            .containsExactly("original values: input identifier values found in the output: "
                                    + "specimens.details (" + words + " words of its text)"));
            assertThat(dir.resolve("out" + (runs - 1))).doesNotExist();
        }
    }

    @Test
    void aWordThreeEntitiesTextsHoldIsSharedVocabulary() throws IOException {
        StringBuilder b = new StringBuilder("id,mrn,details\n");
        for (int i = 0; i < 15; i++) {
            b.append("S").append(i).append(",RR8120000").append(i % 5).append(",Transferred from Brook ward for review\n");
        }
        JobReport report = run(b.toString(), "\"keep\"");
        assertThat(report.validation().passed()).isTrue();
        assertThat(report.validation().checks()).filteredOn(c -> c.name().equals("original values")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("specimens.details (15 words of its text)")
                        .doesNotContain("Brook"));
    }

    @Test
    void shortTextsInitialsAndWordsOfThingsAreNoCopies() throws IOException {
        // A column whose values have three words or fewer names things ("Brook ward"), as the proposer reads it.
        JobReport shortText = run(specimensAmong("Falls, confused", "Brook ward", "Pt Threlfall"), "\"keep\"");
        assertThat(shortText.validation().passed()).isTrue();
        // Initials and words under four characters match nothing.
        JobReport initials = run(specimens("Pt W. T. refuses repeat bloods", "Pt Ada refuses repeat bloods"), "\"keep\"");
        assertThat(initials.validation().passed()).isTrue();
        // The proposal's own evidence that the text describes a code: a word equal to a surname is a coincidence.
        JobReport description = run(specimens("Pt Threlfall refuses repeat bloods today"),
                "{\"action\": \"keep\", \"comment\": \"keep: the description of the code in id\"}");
        assertThat(description.validation().passed()).isTrue();
    }

    @Test
    void theWordRuleIsTheProposersRule() {
        assertThat(OutputValidator.wordLike("Threlfall", IdentifierType.FAMILY_NAME)).isTrue();
        assertThat(OutputValidator.wordLike("Winifred Threlfall", IdentifierType.NAME)).isTrue();
        assertThat(OutputValidator.wordLike("Anne Marie Threlfall", IdentifierType.NAME)).isFalse();
        assertThat(OutputValidator.wordLike("QUEEN", IdentifierType.OTHER_UNIQUE_IDENTIFIER)).as("a code needs a digit").isFalse();
        assertThat(OutputValidator.wordLike("RR81200000", IdentifierType.MEDICAL_RECORD_NUMBER)).isTrue();
        assertThat(OutputValidator.wordLike("1234", IdentifierType.OTHER_UNIQUE_IDENTIFIER)).as("a small integer").isFalse();
        assertThat(OutputValidator.wordLike("Boston", IdentifierType.CITY)).as("places are not personal types").isFalse();
        assertThat(OutputValidator.wordLike("Ada", IdentifierType.GIVEN_NAME)).as("under four characters").isFalse();
        assertThat(OutputValidator.words("Pt THRELFALL, see RR81200000. (daughter)"))
                .containsExactly("Pt", "THRELFALL", "see", "RR81200000", "daughter");
        List<String> forms = new ArrayList<>();
        OutputValidator.forEachWord("pt threlfall ßtraße 𝒜lpha", forms::add);
        assertThat(forms).contains("threlfall", "THRELFALL", "Threlfall", "pt threlfall", "𝒜lpha", "threlfall ßtraße");
    }
}

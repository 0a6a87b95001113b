package dev.warden.core.workflow;

import static dev.warden.core.workflow.Clinical.ADMIN;
import static dev.warden.core.workflow.Clinical.OUTSIDER;
import static dev.warden.core.workflow.Clinical.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEventType;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.job.SubjectQuery;
import dev.warden.deid.Alphabet;
import dev.warden.deid.Transformation;
import dev.warden.policy.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of data-subject operations that hold before any database is opened (the database behaviour is tested on
 * PostgreSQL and H2 in warden-jdbc): who may, what a plan may contain, which data sources qualify.
 */
class DataSubjectsTest {

    @TempDir
    Path dir;

    private static WorkflowStore withSynthea() {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "synthea", Clinical.synthea().toString(), DataSource.Role.SOURCE));
        return store;
    }

    @Test
    void anErasurePlanRefusesAReversibleTransformation() {
        assertThatThrownBy(() -> ErasurePlan.delete().mask("patients", "SSN",
                Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patients.SSN")
                .hasMessageContaining("reversible");
        assertThatThrownBy(() -> ErasurePlan.delete().mask("patients", "Id", new Transformation.KeyedToken("tok_")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anErasurePlanIsImmutable() {
        ErasurePlan delete = ErasurePlan.delete();
        ErasurePlan masked = delete.keep("encounters").mask("patients", "SSN", new Transformation.Suppress());
        assertThat(delete.masks()).isEmpty();
        assertThat(masked.masks()).containsOnlyKeys("encounters", "patients");
        assertThat(masked.masks().get("encounters")).isEmpty();
    }

    @Test
    void someoneOutsideTheProjectIsRefusedAndTheRefusalRecordedBeforeAnythingIsOpened() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withSynthea())) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(OUTSIDER, PROJECT, "synthea",
                    SubjectQuery.of("patients", "x"), ErasurePlan.delete(), "DSR-1"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(GovernanceFixture.events(dir)).anyMatch(e -> e.type() == AuditEventType.ACCESS_DENIED
                && e.details().getOrDefault("reason", "").contains("DATA_SOURCE_EXECUTE"));
    }

    @Test
    void aDirectoryDataSourceHasNoForeignKeysToFollow() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withSynthea())) {
            assertThatThrownBy(() -> warden.dataSubjects().export(ADMIN, PROJECT, "synthea",
                    SubjectQuery.of("patients", "x"), "DSR-2"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("need a database");
        }
    }

    @Test
    void aPurposeIsRequiredBecauseItIsRecorded() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withSynthea())) {
            assertThatThrownBy(() -> warden.dataSubjects().erase(ADMIN, PROJECT, "synthea",
                    SubjectQuery.of("patients", "x"), ErasurePlan.delete(), " "))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("purpose");
        }
    }

    @Test
    void aSubjectQueryNeverShowsTheIdentifier() {
        assertThat(SubjectQuery.of("patients", "999-49-3983").toString()).doesNotContain("999-49-3983");
    }
}

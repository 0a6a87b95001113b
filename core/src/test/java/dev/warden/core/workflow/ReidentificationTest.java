package dev.warden.core.workflow;

import static dev.warden.core.workflow.Clinical.EDITOR;
import static dev.warden.core.workflow.Clinical.INVESTIGATOR;
import static dev.warden.core.workflow.Clinical.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.core.GovernanceFixture;
import dev.warden.core.Warden;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.policy.InMemoryGrantStore;
import dev.warden.core.policy.PolicyState;
import dev.warden.deid.Alphabet;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.Permission;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import dev.warden.secrets.SecretRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-identification needs REIDENTIFY on the data source or project and is recorded (who, which columns, how many
 * values, never a value) before anything is reversed. On the Synthea patients' SSNs (111 synthetic patients) and ids.
 */
class ReidentificationTest {

    private static final Transformation FF1 = Transformation.FormatPreservingEncryption.ff1(Alphabet.DIGITS);
    private static final Transformation TOKEN = new Transformation.KeyedToken("tok_");
    private static final ConsistencyDomain SSN_DOMAIN = ConsistencyDomain.of("patients", "SSN");
    private static final ConsistencyDomain ID_DOMAIN = ConsistencyDomain.of("patients", "Id");
    private static final ResourceRef TEST_COPY = ResourceRef.dataSource(PROJECT, "test-copy");

    @TempDir
    Path dir;

    private SecretRef key;
    private List<String> ssns;
    private List<String> ids;
    private List<String> encryptedSsns;
    private List<String> tokens;

    @BeforeEach
    void deidentifyTheSyntheaPatients() throws IOException {
        key = Clinical.jobKey(dir);
        ssns = new ArrayList<>();
        ids = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Clinical.synthea().resolve("patients.csv").toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                ssns.add(row.get("SSN").replace("-", ""));
                ids.add(row.get("Id"));
            }
        }
        Deidentifier job = Deidentifiers.create(Files.readAllBytes(Path.of(key.path())));
        ValueTransformer ff1 = job.compile(FF1, SSN_DOMAIN);
        ValueTransformer token = job.compile(TOKEN, ID_DOMAIN);
        encryptedSsns = ssns.stream().map(ff1::apply).toList();
        tokens = ids.stream().map(token::apply).toList();
    }

    private static WorkflowStore withTestCopy() {
        WorkflowStore store = new InMemoryWorkflowStore();
        store.saveDataSource(DataSource.of(PROJECT, "test-copy", "/data/test-copy", DataSource.Role.TARGET));
        return store;
    }

    private List<ReversibleColumn> columns() {
        return List.of(new ReversibleColumn("patients.SSN", FF1, SSN_DOMAIN, encryptedSsns),
                new ReversibleColumn("patients.Id", TOKEN, ID_DOMAIN, tokens));
    }

    @Test
    void anInvestigatorWithReidentifyGetsTheOriginalsAndTheEventCountsValuesWithoutHoldingAny() {
        Map<String, List<String>> originals;
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withTestCopy())) {
            originals = warden.reidentification().reidentify(INVESTIGATOR, TEST_COPY, key, "INC-4711 patient request",
                    columns());
        }
        assertThat(originals.get("patients.SSN")).isEqualTo(ssns);
        assertThat(originals.get("patients.Id")).isEqualTo(ids);
        List<AuditEvent> events = GovernanceFixture.events(dir);
        AuditEvent performed = events.stream().filter(e -> e.type() == AuditEventType.REIDENTIFICATION_PERFORMED)
                .findFirst().orElseThrow();
        assertThat(performed.actor().principalId()).isEqualTo("ivy");
        assertThat(performed.resource()).isEqualTo("data-source:clinical/test-copy");
        assertThat(performed.details()).containsEntry("columns", "patients.SSN,patients.Id")
                .containsEntry("values", String.valueOf(2 * ssns.size()))
                .containsEntry("valuesPerColumn", "patients.SSN=111,patients.Id=111")
                .containsEntry("purpose", "INC-4711 patient request");
        for (AuditEvent e : events) {
            for (String detail : e.details().values()) {
                assertThat(ssns).noneMatch(detail::contains);
                assertThat(ids).noneMatch(detail::contains);
                assertThat(tokens).noneMatch(detail::contains);
            }
        }
    }

    @Test
    void anEditorWithoutReidentifyIsDeniedTheDenialRecordedAndNothingReversed() {
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withTestCopy())) {
            assertThatThrownBy(() -> warden.reidentification().reidentify(EDITOR, TEST_COPY, key, "curiosity", columns()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        List<AuditEvent> events = GovernanceFixture.events(dir);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.ACCESS_DENIED);
        assertThat(events.get(0).details()).containsEntry("action", "REIDENTIFY");
    }

    @Test
    void reidentifyOnTheProjectCoversItsDataSourcesUnlessOneIsDenied() {
        PolicyState policy = PolicyState.builder().project(PROJECT).grant(Clinical.policy().grants().get(3))
                .grant(Clinical.policy().grants().get(4))
                .grant(new DenyGrant(Subject.everyone(), PROJECT, "data-source:clinical/test-copy",
                        Set.of(Permission.REIDENTIFY), "legal hold")).build();
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir);
             Warden warden = Warden.builder().policyStore(new InMemoryGrantStore(policy)).workflowStore(withTestCopy())
                     .auditLog(audit).build()) {
            assertThat(warden.reidentification().reidentify(INVESTIGATOR, ResourceRef.project(PROJECT), key,
                    "INC-4711", columns()).get("patients.SSN")).isEqualTo(ssns);
            assertThatThrownBy(() -> warden.reidentification().reidentify(INVESTIGATOR, TEST_COPY, key, "INC-4711",
                    columns())).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nothingIsReversedWhenTheAuditLogCannotRecordIt() {
        try (AuditPipeline audit = GovernanceFixture.failing(); Warden warden = Clinical.warden(audit, withTestCopy())) {
            assertThatThrownBy(() -> warden.reidentification().reidentify(INVESTIGATOR, TEST_COPY, key, "INC-4711",
                    columns())).isInstanceOf(AuditUnavailableException.class);
        }
    }

    @Test
    void anIrreversibleTransformationOrAnUndefinedDataSourceIsRefused() {
        assertThatThrownBy(() -> new ReversibleColumn("patients.SSN", Transformation.KeyedHash.hex(), SSN_DOMAIN,
                encryptedSsns)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not reversible");
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withTestCopy())) {
            assertThatThrownBy(() -> warden.reidentification().reidentify(INVESTIGATOR,
                    ResourceRef.dataSource(PROJECT, "nowhere"), key, "INC-4711", columns()))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such data source");
        }
    }

    @Test
    void aValueThatCannotBeReversedIsNamedByColumnAndPositionNotByValue() {
        List<String> tampered = new ArrayList<>(tokens);
        tampered.set(7, "tok_not-a-token");
        try (AuditPipeline audit = GovernanceFixture.jsonl(dir); Warden warden = Clinical.warden(audit, withTestCopy())) {
            assertThatThrownBy(() -> warden.reidentification().reidentify(INVESTIGATOR, TEST_COPY, key, "INC-4711",
                    List.of(new ReversibleColumn("patients.Id", TOKEN, ID_DOMAIN, tampered))))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("column patients.Id, value 7")
                    .hasMessageNotContaining("not-a-token");
        }
        assertThat(GovernanceFixture.events(dir)).filteredOn(e -> e.type() == AuditEventType.REIDENTIFICATION_PERFORMED)
                .extracting(AuditEvent::outcome).containsExactly(dev.warden.audit.Outcome.SUCCESS,
                        dev.warden.audit.Outcome.FAILURE);
    }
}

package dev.warden.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.core.job.JobSpec;
import dev.warden.secrets.SecretRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link WorkflowStore} must do; each store's test supplies a fresh store and a way to reopen it. */
public abstract class WorkflowStoreContract {

    private static final Instant T0 = Instant.parse("2026-12-05T17:00:00Z");

    /** @return a store over fresh, empty storage */
    protected abstract WorkflowStore freshStore();

    /** @return a new store instance over the same storage as the last {@link #freshStore()} */
    protected abstract WorkflowStore reopen();

    static final DataSource SYNTHEA = DataSource.of("clinical", "synthea", "/data/synthea", DataSource.Role.SOURCE);
    static final DataSource WAREHOUSE = DataSource.of("clinical", "warehouse",
            "jdbc:postgresql://db.example/warehouse?sslmode=verify-full", DataSource.Role.TARGET)
            .withCredentials(SecretRef.parse("env:WH_USER"), SecretRef.parse("vault:secret/data/wh#password?version=3"));

    static WorkflowDefinition definition(String profile) {
        JobSpec spec = Clinical.syntheaSpec();
        return new WorkflowDefinition(spec, "synthea", "warehouse", SecretRef.parse("file:/etc/warden/job.key"),
                Optional.ofNullable(profile));
    }

    private static WorkflowVersion version(String name, int n, Optional<WorkflowDefinition> d) {
        return WorkflowVersion.of("clinical", name, n, d, "ada", T0.plusSeconds(n));
    }

    private static WorkflowRun run(String id, int version, WorkflowRun.Status status) {
        return new WorkflowRun(id, "clinical", "nightly", version, "erin", false, T0, T0.plusSeconds(5), status, 35093,
                35093, status == WorkflowRun.Status.FAILED ? Optional.of("InvalidInputException: table x, row 3")
                : Optional.empty(), Optional.of("{\"job\": \"synthea-test-data\", \"rowsRead\": 35093}"));
    }

    @Test
    void aFreshStoreIsEmpty() {
        try (WorkflowStore store = freshStore()) {
            assertThat(store.dataSources("clinical")).isEmpty();
            assertThat(store.workflows("clinical")).isEmpty();
            assertThat(store.history("clinical", "nightly")).isEmpty();
            assertThat(store.runs("clinical", "nightly", 10)).isEmpty();
        }
    }

    @Test
    void dataSourcesWithTheirCredentialsReferencesSurviveAReopen() {
        try (WorkflowStore store = freshStore()) {
            store.saveDataSource(SYNTHEA);
            store.saveDataSource(WAREHOUSE);
        }
        try (WorkflowStore store = reopen()) {
            assertThat(store.dataSources("clinical")).containsExactly(SYNTHEA, WAREHOUSE);
            assertThat(store.dataSource("clinical", "warehouse")).contains(WAREHOUSE);
            assertThat(store.dataSources("finance")).isEmpty();
        }
    }

    @Test
    void aRedefinitionReplacesAndARemovalRemoves() {
        DataSource moved = DataSource.of("clinical", "synthea", "/data/synthea-2025", DataSource.Role.SOURCE);
        try (WorkflowStore store = freshStore()) {
            store.saveDataSource(SYNTHEA);
            store.saveDataSource(WAREHOUSE);
            store.saveDataSource(moved);
            assertThat(store.deleteDataSource("clinical", "warehouse")).isTrue();
            assertThat(store.deleteDataSource("clinical", "warehouse")).isFalse();
        }
        try (WorkflowStore store = reopen()) {
            assertThat(store.dataSources("clinical")).containsExactly(moved);
        }
    }

    @Test
    void everyVersionSurvivesAReopenWithItsDefinitionAuthorTimeAndHash() {
        WorkflowVersion v1 = version("nightly", 1, Optional.of(definition(null)));
        WorkflowVersion v2 = version("nightly", 2, Optional.of(definition("hipaa-safe-harbor")));
        try (WorkflowStore store = freshStore()) {
            store.append(v1);
            store.append(v2);
        }
        try (WorkflowStore store = reopen()) {
            assertThat(store.history("clinical", "nightly")).containsExactly(v1, v2);
            assertThat(store.history("clinical", "nightly").get(1).definition().orElseThrow().contentHash())
                    .isEqualTo(v2.contentHash()).isNotEqualTo(v1.contentHash());
            assertThat(store.workflows("clinical")).containsExactly("nightly");
        }
    }

    @Test
    void aVersionOutOfSequenceIsRefusedAndNothingChanges() {
        try (WorkflowStore store = freshStore()) {
            store.append(version("nightly", 1, Optional.of(definition(null))));
            assertThatThrownBy(() -> store.append(version("nightly", 3, Optional.of(definition("test-data")))))
                    .isInstanceOf(WorkflowConflictException.class).hasMessageContaining("next version is 2");
            assertThatThrownBy(() -> store.append(version("weekly", 2, Optional.of(definition(null)))))
                    .isInstanceOf(WorkflowConflictException.class);
            assertThat(store.history("clinical", "nightly")).hasSize(1);
            assertThat(store.history("clinical", "weekly")).isEmpty();
        }
    }

    @Test
    void twoWritersOfTheSameNextVersionConflictAndTheSecondIsRefused() {
        try (WorkflowStore first = freshStore(); WorkflowStore second = reopen()) {
            first.append(version("nightly", 1, Optional.of(definition(null))));
            second.append(version("nightly", 2, Optional.of(definition("test-data"))));
            assertThatThrownBy(() -> first.append(version("nightly", 2, Optional.of(definition("hipaa-safe-harbor")))))
                    .isInstanceOf(WorkflowConflictException.class);
            assertThat(first.history("clinical", "nightly")).extracting(WorkflowVersion::version).containsExactly(1, 2);
            assertThat(first.history("clinical", "nightly").get(1).definition().orElseThrow().profile())
                    .contains("test-data");
        }
    }

    @Test
    void aDeletedWorkflowIsNoLongerListedButItsHistoryStays() {
        try (WorkflowStore store = freshStore()) {
            store.append(version("nightly", 1, Optional.of(definition(null))));
            store.append(version("weekly", 1, Optional.of(definition(null))));
            store.append(version("nightly", 2, Optional.empty()));
        }
        try (WorkflowStore store = reopen()) {
            assertThat(store.workflows("clinical")).containsExactly("weekly");
            List<WorkflowVersion> history = store.history("clinical", "nightly");
            assertThat(history).hasSize(2);
            assertThat(history.get(1).deleted()).isTrue();
            assertThat(history.get(1).contentHash()).isEqualTo(WorkflowVersion.DELETED_HASH);
        }
    }

    @Test
    void runsAreKeptOldestFirstAndTheNewestReturnedUpToTheLimit() {
        try (WorkflowStore store = freshStore()) {
            store.saveRun(run("r1", 1, WorkflowRun.Status.SUCCEEDED));
            store.saveRun(run("r2", 1, WorkflowRun.Status.FAILED));
            store.saveRun(run("r3", 2, WorkflowRun.Status.SUCCEEDED));
        }
        try (WorkflowStore store = reopen()) {
            List<WorkflowRun> all = store.runs("clinical", "nightly", 10);
            assertThat(all).extracting(WorkflowRun::id).containsExactly("r1", "r2", "r3");
            assertThat(all.get(1).status()).isEqualTo(WorkflowRun.Status.FAILED);
            assertThat(all.get(1).error()).contains("InvalidInputException: table x, row 3");
            assertThat(all.get(2).rowsRead()).isEqualTo(35093);
            assertThat(WorkflowJson.parse(all.get(2).report().orElseThrow(), "report").path("rowsRead").asLong())
                    .isEqualTo(35093);
            assertThat(store.runs("clinical", "nightly", 2)).extracting(WorkflowRun::id).containsExactly("r2", "r3");
        }
    }

    @Test
    void hostileTextIsStoredAsDataNotCode() {
        DataSource hostile = DataSource.of("p'); DROP TABLE warden_data_source; --", "o'brien \"x\"",
                "C:\\data\\o'brien", DataSource.Role.SOURCE);
        try (WorkflowStore store = freshStore()) {
            store.saveDataSource(hostile);
        }
        try (WorkflowStore store = reopen()) {
            assertThat(store.dataSources(hostile.project())).containsExactly(hostile);
        }
    }

    /** @return a scratch path for stores that need one */
    protected static Path scratch(Path dir) {
        return dir.resolve("workflows.json");
    }
}

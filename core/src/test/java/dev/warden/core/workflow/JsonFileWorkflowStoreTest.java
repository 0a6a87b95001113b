package dev.warden.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileWorkflowStoreTest extends WorkflowStoreContract {

    @TempDir
    Path dir;

    @Override
    protected WorkflowStore freshStore() {
        return reopen();
    }

    @Override
    protected WorkflowStore reopen() {
        return new JsonFileWorkflowStore(scratch(dir));
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyAndLeavesNoTemporaryFileBehind() throws IOException {
        try (WorkflowStore store = freshStore()) {
            store.saveDataSource(SYNTHEA);
        }
        assertThat(Files.readString(scratch(dir))).contains("\"format\" : \"warden-workflows/1\"");
        try {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch(dir))))
                    .isEqualTo("rw-------");
        } catch (UnsupportedOperationException notPosix) {
            // nothing to check
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("workflows.json",
                    "workflows.json.lock");
        }
    }

    @Test
    void aMalformedFileIsRefusedNamingTheFileAndTheMember() throws IOException {
        Files.writeString(scratch(dir), "{\"format\": \"warden-workflows/1\", \"dataSources\": [{\"project\": "
                + "\"clinical\", \"name\": \"ehr\", \"location\": \"/x\", \"role\": \"sink\"}]}");
        assertThatThrownBy(this::reopen).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("workflows.json: dataSources[0]").hasMessageContaining("source or target");
    }

    @Test
    void aChangeByAnotherInstanceIsSeenOnTheNextRead() {
        try (WorkflowStore first = freshStore(); WorkflowStore second = reopen()) {
            assertThat(second.dataSources("clinical")).isEmpty();
            first.saveDataSource(SYNTHEA);
            assertThat(second.dataSources("clinical")).containsExactly(SYNTHEA);
            second.append(WorkflowVersion.of("clinical", "nightly", 1, Optional.of(definition(null)), "ada",
                    java.time.Instant.now()));
            assertThat(first.workflows("clinical")).containsExactly("nightly");
        }
    }

    @Test
    void theStoreIsChosenInWardenJsonAndAnUnknownTypeIsNamed() {
        dev.warden.core.config.WardenConfiguration json = dev.warden.core.config.WardenConfiguration.parse(
                "{\"workflows\": {\"store\": {\"type\": \"json\", \"file\": \""
                + scratch(dir).toString().replace("\\", "\\\\") + "\"}}}", "warden.json");
        try (WorkflowStore store = WorkflowStores.fromConfig(json.section("workflows"), getClass().getClassLoader())) {
            assertThat(store).isInstanceOf(JsonFileWorkflowStore.class);
        }
        dev.warden.core.config.WardenConfiguration wrong = dev.warden.core.config.WardenConfiguration.parse(
                "{\"workflows\": {\"store\": {\"type\": \"mongo\"}}}", "warden.json");
        assertThatThrownBy(() -> WorkflowStores.fromConfig(wrong.section("workflows"), getClass().getClassLoader()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("workflows.store.type")
                .hasMessageContaining("use memory, json or jdbc");
    }
}

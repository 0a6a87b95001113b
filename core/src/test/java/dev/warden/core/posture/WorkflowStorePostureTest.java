package dev.warden.core.posture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tls.everywhere covers the workflow store's database, named in workflows.store. */
class WorkflowStorePostureTest {

    @TempDir
    Path dir;

    HardenedInstallation installation;

    @BeforeEach
    void harden() throws IOException {
        installation = new HardenedInstallation(dir);
    }

    private ObjectNode workflowStore(String url) {
        ObjectNode store = installation.config.putObject("workflows").putObject("store");
        store.put("type", "jdbc").put("url", url);
        return store;
    }

    @Test
    void aWorkflowStoreOnPostgresqlWithoutVerifiedTlsFails() throws IOException {
        workflowStore("jdbc:postgresql://db.example.org/warden?sslmode=require");
        PostureItem item = installation.check().item("tls.everywhere");
        assertThat(item.status()).isEqualTo(PostureStatus.FAIL);
        assertThat(item.findings()).anySatisfy(f -> assertThat(f)
                .isEqualTo("workflows.store.url: PostgreSQL without sslmode=verify-full (sslmode=require)"));
    }

    @Test
    void aWorkflowStoreWithVerifiedTlsPasses() throws IOException {
        workflowStore("jdbc:postgresql://db.example.org/warden?sslmode=verify-full");
        assertThat(installation.check().item("tls.everywhere").status()).isEqualTo(PostureStatus.PASS);
    }
}

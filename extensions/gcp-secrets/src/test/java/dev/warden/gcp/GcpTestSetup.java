package dev.warden.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import java.nio.file.Path;

/**
 * What the tests share: settings that point the real client library at a {@link FakeSecretManager} stand-in through
 * its endpoint override, with a service account key file whose token endpoint is the stand-in's (Application Default
 * Credentials would look for a metadata server, which does not exist here and must not be probed).
 */
public final class GcpTestSetup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GcpTestSetup() {
    }

    public static ObjectNode settings(FakeSecretManager fake, Path caPem, Path dir) throws Exception {
        Path key = fake.writeServiceAccountKey(dir.resolve("service-account-" + System.nanoTime() + ".json"));
        return JSON.createObjectNode().put("endpoint", fake.url()).put("caBundle", caPem.toString())
                .put("credentialsFile", key.toString()).put("timeout", "3s");
    }

    static SecretStore store(ObjectNode settings) {
        return new GcpSecretManagerStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.gcp-sm"),
                SecretStoreContext.standalone(true));
    }
}

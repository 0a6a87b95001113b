package dev.warden.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import dev.warden.testkit.SecretStoreFactoryContract;

/**
 * The gcp-sm: factory meets the SPI contract: found by ServiceLoader, builds from valid settings (Application Default
 * Credentials, looked up only on the first read, so building reaches nothing), refuses bad ones.
 */
class GcpSecretManagerStoreFactoryContractTest extends SecretStoreFactoryContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return GcpSecretManagerStoreFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return new JsonConfigNode(JSON.createObjectNode().put("project", "my-project"), "secrets.stores.gcp-sm");
    }

    @Override
    protected ConfigNode invalidConfig() {
        return new JsonConfigNode(JSON.createObjectNode().put("endpoint", "http://secretmanager.googleapis.com"),
                "secrets.stores.gcp-sm");
    }
}

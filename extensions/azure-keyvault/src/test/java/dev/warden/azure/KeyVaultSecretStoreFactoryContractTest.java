package dev.warden.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import dev.warden.testkit.SecretStoreFactoryContract;

/**
 * The azure-kv: factory meets the SPI contract: found by ServiceLoader, builds from valid settings (an empty object:
 * DefaultAzureCredential, which reaches nothing until a secret is read), refuses bad ones.
 */
class KeyVaultSecretStoreFactoryContractTest extends SecretStoreFactoryContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return KeyVaultSecretStoreFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return new JsonConfigNode(JSON.createObjectNode(), "secrets.stores.azure-kv");
    }

    @Override
    protected ConfigNode invalidConfig() {
        return new JsonConfigNode(JSON.createObjectNode().put("authorityHost", "http://login.example.com"),
                "secrets.stores.azure-kv");
    }
}

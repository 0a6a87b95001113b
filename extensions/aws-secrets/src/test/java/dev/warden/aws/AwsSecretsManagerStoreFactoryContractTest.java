package dev.warden.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.spi.secrets.SecretStoreFactory;
import dev.warden.testkit.SecretStoreFactoryContract;

/** The aws-sm: factory meets the SPI contract: found by ServiceLoader, builds from valid settings, refuses bad ones. */
class AwsSecretsManagerStoreFactoryContractTest extends SecretStoreFactoryContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        AwsTestSetup.init();
    }

    @Override
    protected Class<? extends SecretStoreFactory> factoryClass() {
        return AwsSecretsManagerStoreFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return new JsonConfigNode(JSON.createObjectNode().put("region", "eu-west-1"), "secrets.stores.aws-sm");
    }

    @Override
    protected ConfigNode invalidConfig() {
        return new JsonConfigNode(JSON.createObjectNode().put("region", "eu-west-1")
                .put("endpoint", "http://secretsmanager.eu-west-1.amazonaws.com"), "secrets.stores.aws-sm");
    }
}

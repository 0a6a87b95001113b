package dev.warden.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.vault.TestPki;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import java.nio.file.Path;

/**
 * What the tests share: static credentials given to the SDK's real default credential provider chain through its
 * first link, the {@code aws.accessKeyId} / {@code aws.secretAccessKey} system properties; instance metadata switched
 * off ({@code aws.disableEc2Metadata}) so that no test ever reaches for 169.254.169.254; and settings that point the
 * real client at a {@link FakeSecretsManager} stand-in through the SDK's endpoint override.
 */
public final class AwsTestSetup {

    static final String ACCESS_KEY = "AKIAWARDENTEST000001";
    static final String SECRET_KEY = "wardenTestSecretAccessKey/0000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
        System.setProperty("aws.disableEc2Metadata", "true");
    }

    private AwsTestSetup() {
    }

    /** Makes sure the static initializer ran. */
    static void init() {
    }

    public static FakeSecretsManager start(TestPki pki) throws Exception {
        init();
        FakeSecretsManager fake = new FakeSecretsManager(pki);
        fake.keys.put(ACCESS_KEY, SECRET_KEY);
        return fake;
    }

    public static ObjectNode settings(FakeSecretsManager fake, Path caPem) {
        init();
        return JSON.createObjectNode().put("region", FakeSecretsManager.REGION).put("endpoint", fake.endpoint())
                .put("caBundle", caPem.toString()).put("timeout", "5s");
    }

    static SecretStore store(ObjectNode settings) {
        return new AwsSecretsManagerStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.aws-sm"),
                SecretStoreContext.standalone(true));
    }
}

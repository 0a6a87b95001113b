package dev.warden.azure;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.secrets.MapContext;
import dev.warden.core.secrets.vault.TestPki;
import dev.warden.spi.secrets.SecretStore;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the tests share: settings that point the real Azure SDK at a {@link FakeKeyVault} stand-in — the vault URL in
 * the reference, the stand-in's host allowed through {@code vaultHosts}, its CA through {@code caBundle}, and a
 * client-secret credential whose authority host is the stand-in's token endpoint (DefaultAzureCredential's sources —
 * managed identity, workload identity, the Azure CLI — do not exist here).
 */
public final class AzureTestSetup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AzureTestSetup() {
    }

    public static ObjectNode settings(FakeKeyVault vault, Path caPem) {
        ObjectNode settings = JSON.createObjectNode().put("authorityHost", vault.url()).put("caBundle", caPem.toString())
                .put("timeout", "5s");
        settings.putArray("vaultHosts").add("vault.localhost");
        settings.putObject("credential").put("type", "clientSecret").put("tenantId", FakeKeyVault.TENANT)
                .put("clientId", FakeKeyVault.CLIENT_ID).put("clientSecretRef", "env:AZURE_CLIENT_SECRET");
        return settings;
    }

    public static Map<String, String> environment(FakeKeyVault vault) {
        return Map.of("env:AZURE_CLIENT_SECRET", vault.clientSecret);
    }

    static SecretStore store(FakeKeyVault vault, ObjectNode settings) {
        return new KeyVaultSecretStoreFactory().create(new JsonConfigNode(settings, "secrets.stores.azure-kv"),
                new MapContext(environment(vault), true));
    }
}

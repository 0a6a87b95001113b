package dev.warden.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.posture.PostureCheck;
import dev.warden.core.posture.PostureReport;
import dev.warden.core.posture.PostureStatus;
import org.junit.jupiter.api.Test;

/** With warden-azure-keyvault installed, the posture check counts azure-kv: references as a secret manager's. */
class KeyVaultPostureTest {

    private static PostureReport check(String reference) {
        String json = "{\"environment\":\"production\",\"deid\":{\"password\":\"" + reference + "\"}}";
        return PostureCheck.builder(WardenConfiguration.parse(json, "warden.json")).environment(Environment.PRODUCTION)
                .build().evaluate();
    }

    @Test
    void anAzureKeyVaultReferenceIsManagedAndNotALiteral() {
        PostureReport report = check("${secret:azure-kv:https://contoso.vault.azure.net/secrets/db#password}");
        assertThat(report.item("secrets.managed").status()).isEqualTo(PostureStatus.PASS);
        assertThat(report.item("secrets.no-literal").status()).isEqualTo(PostureStatus.PASS);
    }

    @Test
    void anEnvironmentReferenceInTheSamePlaceIsNot() {
        assertThat(check("${secret:env:DB_PASSWORD}").item("secrets.managed").status()).isEqualTo(PostureStatus.FAIL);
    }
}

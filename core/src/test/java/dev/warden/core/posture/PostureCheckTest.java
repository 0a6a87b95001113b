package dev.warden.core.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.auth.local.PasswordHasher;
import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.policy.GlobalRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The production hardening checklist, item by item: a hardened installation passes; each bad setting fails its item. */
class PostureCheckTest {

    @TempDir
    Path dir;
    HardenedInstallation installation;

    @BeforeEach
    void hardened() throws IOException {
        installation = new HardenedInstallation(dir);
    }

    private PostureItem item(String id) throws IOException {
        return installation.check().item(id);
    }

    private void assertFails(String id, String finding, String... alsoFailing) throws IOException {
        PostureReport report = installation.check();
        PostureItem item = report.item(id);
        assertThat(item.status()).as(item.toString()).isEqualTo(PostureStatus.FAIL);
        assertThat(String.join("\n", item.findings())).contains(finding);
        assertThat(item.remedy()).isNotBlank();
        assertThat(item.reference()).isNotBlank();
        List<String> expected = new java.util.ArrayList<>(List.of(alsoFailing));
        expected.add(0, id);
        assertThat(report.failures()).as("only %s fails", expected).extracting(PostureItem::id)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aHardenedProductionInstallationPassesEveryItem() throws IOException {
        PostureReport report = installation.check();
        assertThat(report.failures()).as(report.toJson()).isEmpty();
        assertThat(report.items()).extracting(PostureItem::id).containsExactlyElementsOf(PostureCheck.ITEMS);
        assertThat(report.items()).filteredOn(i -> i.status() == PostureStatus.NOT_APPLICABLE).isEmpty();
        assertThat(report.item("audit.chain").findings()).anyMatch(f -> f.contains("2 records verified"));
    }

    @Test
    void passwordsNoDefault_failsForAnUnchangedGeneratedInitialPassword() throws IOException {
        installation.users(a -> a.addUserWithOneTimePassword("bob", GlobalRole.MEMBER));
        // bob is also a local account that is no break-glass administrator: the SSO item fails as well.
        assertFails("passwords.no-default", "'bob' still has its generated initial password", "auth.sso");
    }

    @Test
    void passwordsNoDefault_failsForAnAdministratorWhosePasswordIsAWellKnownDefault() throws IOException {
        String hash = new PasswordHasher(HardenedInstallation.FAST.argon2id()).hash("changeme".toCharArray());
        installation.user("root", u -> new LocalUser(u.username(), u.kind(), u.globalRole(), u.groups(), u.projectRoles(),
                hash, false, false, "", u.createdAt(), u.passwordChangedAt(), u.lastLoginAt(), u.mfa()));
        assertFails("passwords.no-default", "'root' has a default password");
    }

    @Test
    void mfaPrivileged_failsForAnOwnerWithoutTotp() throws IOException {
        installation.user("root", u -> new LocalUser(u.username(), u.kind(), u.globalRole(), u.groups(), u.projectRoles(),
                u.passwordHash(), false, false, "", u.createdAt(), u.passwordChangedAt(), u.lastLoginAt(), Optional.empty()));
        assertFails("mfa.privileged", "'root' (global OWNER) has no TOTP enrolled");
    }

    @Test
    void authSso_failsWhenOnlyLocalAccountsAreConfigured() throws IOException {
        installation.config.with("auth").withArray("providers").remove(0);
        installation.config.with("auth").withArray("providers").remove(0);
        assertFails("auth.sso", "has no ldap, oidc or saml provider");
    }

    @Test
    void authSso_failsForALocalPersonAccountThatIsNotADocumentedBreakGlassAdministrator() throws IOException {
        installation.posture().putArray("breakGlassAccounts");
        assertFails("auth.sso", "'root' is not a documented break-glass administrator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vault", "ldap", "syslog", "postgresql", "h2tcp", "saml"})
    void tlsEverywhere_failsForEachPlaintextConnection(String where) throws IOException {
        String expected = switch (where) {
            case "vault" -> {
                installation.config.with("secrets").with("stores").with("vault").put("address", "http://vault.example.com:8200");
                yield "secrets.stores.vault.address: Vault is not reached over https://";
            }
            case "ldap" -> {
                installation.provider(0).put("url", "ldap://dc1.example.com:389");
                yield "auth.providers[0].url: plain LDAP";
            }
            case "syslog" -> {
                ((ObjectNode) installation.sinks().get(1)).put("transport", "udp");
                yield "audit.sinks[1].transport: syslog over udp";
            }
            case "postgresql" -> {
                ((ObjectNode) installation.sinks().get(2)).put("url", "jdbc:postgresql://db.example.org/warden?sslmode=require");
                yield "audit.sinks[2].url: PostgreSQL without sslmode=verify-full (sslmode=require)";
            }
            case "h2tcp" -> {
                ((ObjectNode) installation.sinks().get(2)).put("url", "jdbc:h2:tcp://db.example.org/warden");
                yield "audit.sinks[2].url: H2 over plaintext TCP";
            }
            default -> {
                installation.config.with("auth").withArray("providers").addObject().put("type", "saml").put("name", "s")
                        .put("acsUrl", "http://warden.example.com/saml/acs");
                yield "acsUrl: not an https:// URL";
            }
        };
        assertFails("tls.everywhere", expected);
    }

    @Test
    void tlsEverywhere_failsForAPlaintextDatabaseSource() throws IOException {
        ((ObjectNode) installation.posture().withArray("jobs").get(0)).put("source", "jdbc:postgresql://db.example.org/clinical");
        assertFails("tls.everywhere", "posture.jobs[0].source: PostgreSQL without sslmode=verify-full");
    }

    @Test
    void secretsNoLiteral_failsForALiteralPasswordNamingTheSettingNotTheValue() throws IOException {
        installation.provider(0).put("bindPassword", "Tr0ub4dor&3");
        PostureReport report = installation.check();
        assertThat(report.item("secrets.no-literal").status()).isEqualTo(PostureStatus.FAIL);
        assertThat(report.item("secrets.no-literal").findings()).containsExactly("auth.providers[0].bindPassword holds a literal value");
        assertThat(report.toJson() + report.toHtml()).doesNotContain("Tr0ub4dor");
    }

    @Test
    void secretsManaged_failsForAnEnvironmentVariableReferenceOutsideTheSecretsSection() throws IOException {
        installation.provider(0).put("bindPassword", "env:AD_PASSWORD");
        assertFails("secrets.managed", "auth.providers[0].bindPassword uses a env: reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghp_0123456789abcdefghijABCDEFGHIJ0123456789", "AKIAIOSFODNN7EXAMPLE",
            "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp", "hvs.CAESIJ0123456789abcdefghijklmnopqrst",
            "q8Zt3Xv0LmN5pR7sK2wY9bH4jD6fG1cA"})
    void secretsHardcoded_failsForAKnownTokenPrefixOrAHighEntropyString(String token) throws IOException {
        installation.provider(1).put("clientName", token);
        PostureReport report = installation.check();
        assertThat(report.item("secrets.hardcoded").status()).isEqualTo(PostureStatus.FAIL);
        assertThat(report.item("secrets.hardcoded").findings()).singleElement().asString()
                .startsWith("auth.providers[1].clientName: looks like a");
        assertThat(report.toJson()).doesNotContain(token);
    }

    @Test
    void secretsHardcoded_failsForAPasswordInADatabaseUrl() throws IOException {
        ((ObjectNode) installation.sinks().get(2)).put("url", "jdbc:postgresql://warden:hunter22@db.example.org/warden?sslmode=verify-full");
        PostureItem item = item("secrets.hardcoded");
        assertThat(item.status()).isEqualTo(PostureStatus.FAIL);
        assertThat(item.findings()).containsExactly("audit.sinks[2].url: looks like a password in a URL (user:password@host)");
    }

    @Test
    void rbacEnforced_failsWhenGrantsLiveOnlyInMemory() throws IOException {
        installation.config.with("policy").put("store", "memory").remove("file");
        assertFails("rbac.enforced", "policy.store is memory");
    }

    @Test
    void rbacPrivilegedCount_failsAboveTheConfiguredMaximum() throws IOException {
        installation.posture().put("maxGlobalAdministrators", 1);
        installation.users(a -> a.addUser("carol", GlobalRole.ADMINISTRATOR, "another long passphrase 42".toCharArray()));
        installation.users(a -> a.enrollTotp("carol"));
        installation.posture().putArray("breakGlassAccounts").add("root").add("carol");
        installation.user("carol", u -> new LocalUser(u.username(), u.kind(), u.globalRole(), u.groups(), u.projectRoles(),
                u.passwordHash(), false, false, "", u.createdAt(), u.passwordChangedAt(),
                Optional.of(HardenedInstallation.NOW), u.mfa()));
        assertFails("rbac.privileged-count", "2 hold global Owner or Administrator rights: carol, root");
    }

    @Test
    void accountsInactive_failsForAnAccountIdleLongerThanTheLimit() throws IOException {
        installation.posture().put("inactivityLimit", "30d");
        installation.user("root", u -> new LocalUser(u.username(), u.kind(), u.globalRole(), u.groups(), u.projectRoles(),
                u.passwordHash(), false, false, "", HardenedInstallation.NOW.minus(Duration.ofDays(100)),
                HardenedInstallation.NOW.minus(Duration.ofDays(100)),
                Optional.of(HardenedInstallation.NOW.minus(Duration.ofDays(45))), u.mfa()));
        assertFails("accounts.inactive", "'root' last active 2026-10-16T08:00:00Z");
    }

    @Test
    void apiKeysExpiry_failsForAKeyLivingLongerThanTheMaximum() throws IOException {
        installation.posture().put("apiKeyMaxLifetime", "7d");
        assertFails("apikeys.expiry", "of 'etl-bot' lives 30 days");
    }

    @Test
    void auditEnabled_failsWithoutSinks() throws IOException {
        installation.config.with("audit").putArray("sinks");
        PostureItem item = item("audit.enabled");
        assertThat(item.status()).isEqualTo(PostureStatus.FAIL);
        assertThat(item.findings()).contains("audit.sinks is empty or missing");
    }

    @Test
    void auditFailClosed_failsForBestEffort() throws IOException {
        installation.config.with("audit").put("mode", "best-effort");
        assertFails("audit.fail-closed", "audit.mode is best-effort");
    }

    @Test
    void auditSinks_failsWithOneSinkInProduction() throws IOException {
        installation.sinks().remove(2);
        installation.sinks().remove(1);
        assertFails("audit.sinks", "1 sink configured");
    }

    @Test
    void auditRetention_failsBelowTheMinimum() throws IOException {
        ((ObjectNode) installation.sinks().get(0)).put("retention", "30d");
        assertFails("audit.retention", "audit.sinks[0].retention is 30 days");
    }

    @Test
    void auditChain_failsWhenARecordWasModified() throws IOException {
        Path file;
        try (var files = Files.list(installation.audit)) {
            file = files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("\"alice\"", "\"mallet\""));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertFails("audit.chain", "MODIFIED");
    }

    @Test
    void sourcesReadOnly_failsForASourceOpenedWritable() throws IOException {
        ((ObjectNode) installation.posture().withArray("jobs").get(0)).put("readOnly", false)
                .put("source", "jdbc:postgresql://db.example.org/clinical?sslmode=verify-full&readOnlyMode=ignore");
        PostureItem item = item("sources.read-only");
        assertThat(item.status()).isEqualTo(PostureStatus.FAIL);
        assertThat(item.findings()).containsExactly("posture.jobs[0].readOnly is false",
                "posture.jobs[0].source: readOnlyMode=ignore makes PostgreSQL ignore the read-only flag");
    }

    @Test
    void deidKeepOnIdentifiers_failsForAKeptColumnTheDetectorsFlag() throws IOException {
        Files.writeString(installation.job, Files.readString(installation.job)
                .replace("\"SSN\": {\"identifier\": \"SOCIAL_SECURITY_NUMBER\"}", "\"SSN\": {\"action\": \"keep\"}"));
        assertFails("deid.keep-on-identifiers", "job.json: patients.SSN is kept but looks like SOCIAL_SECURITY_NUMBER");
    }

    @Test
    void developmentAllowsLocalAccountsShortRetentionAndBestEffortAudit() throws IOException {
        installation.config.put("environment", "development");
        installation.config.with("auth").withArray("providers").remove(0);
        installation.config.with("auth").withArray("providers").remove(0);
        installation.config.with("audit").put("mode", "best-effort");
        installation.sinks().remove(2);
        installation.sinks().remove(1);
        ((ObjectNode) installation.sinks().get(0)).put("retention", "7d");
        PostureReport report = installation.check();
        assertThat(report.environment()).isEqualTo(Environment.DEVELOPMENT);
        assertThat(report.failures()).as(report.toJson()).isEmpty();
        assertThat(report.item("auth.sso").status()).isEqualTo(PostureStatus.NOT_APPLICABLE);
        assertThat(report.item("audit.fail-closed").status()).isEqualTo(PostureStatus.NOT_APPLICABLE);
    }

    @Test
    void stagingRequiresThirtyDaysOfRetentionNotAYear() throws IOException {
        installation.config.put("environment", "staging");
        ((ObjectNode) installation.sinks().get(0)).put("retention", "45d");
        assertThat(item("audit.retention").status()).isEqualTo(PostureStatus.PASS);
        ((ObjectNode) installation.sinks().get(0)).put("retention", "10d");
        assertThat(item("audit.retention").status()).isEqualTo(PostureStatus.FAIL);
    }

    @Test
    void theEnvironmentCanBeOverriddenForTheCheck() throws IOException {
        installation.config.put("environment", "development");
        installation.sinks().remove(2);
        installation.sinks().remove(1);
        PostureReport report = PostureCheck.builder(installation.configuration()).environment(Environment.PRODUCTION)
                .secrets(installation.secrets()).clock(Clock.fixed(HardenedInstallation.NOW, ZoneOffset.UTC)).build().evaluate();
        assertThat(report.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(report.item("audit.sinks").status()).isEqualTo(PostureStatus.FAIL);
    }

    @Test
    void anUnknownPostureSettingIsRefusedByName() throws IOException {
        installation.posture().put("maxAdmins", 2);
        assertThatThrownBy(() -> installation.check()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("posture.maxAdmins: unknown setting");
    }

    @Test
    void theHtmlReportIsSelfContainedAndEscapesFindings() {
        PostureReport report = new PostureReport(Environment.PRODUCTION, "warden.json", HardenedInstallation.NOW,
                List.of(new PostureItem("auth.sso", "t", PostureStatus.FAIL, Severity.CRITICAL,
                        List.of("local account '<script>alert(1)</script>' is not ..."), "fix", "NIST")));
        String html = report.toHtml();
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("src=\"http")
                .contains("&lt;script&gt;");
    }

    @Test
    void theReportNamesSettingsAndAccountsButNoSecretValue() throws IOException {
        installation.sinks().addObject().put("type", "jsonl").put("directory", dir.resolve("a2").toString())
                .put("token", "ghp_0123456789abcdefghijABCDEFGHIJ0123456789");
        PostureReport report = installation.check();
        String all = report.toJson() + report.toHtml();
        assertThat(all).contains("audit.sinks[3].token").doesNotContain("ghp_0123456789");
        assertThat(Set.copyOf(report.failures().stream().map(PostureItem::id).toList()))
                .contains("secrets.no-literal", "secrets.hardcoded");
    }

    @Test
    void aJobSpecThatCannotBeReadIsAConfigurationError() throws IOException {
        Files.delete(installation.job);
        WardenConfiguration configuration = installation.configuration();
        assertThatThrownBy(() -> PostureCheck.builder(configuration).build().evaluate())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("job.json does not exist");
    }
}

package dev.warden.sso.saml;

import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.TestCertificates;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.testkit.AuthenticationProviderFactoryContract;
import dev.warden.testkit.TestConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The kit's factory contract on the saml provider, found through warden-sso's services file. */
class SamlAuthenticationProviderFactoryContractTest extends AuthenticationProviderFactoryContract {

    @TempDir
    Path folder;

    @Override
    protected Class<? extends AuthenticationProviderFactory> factoryClass() {
        return SamlAuthenticationProviderFactory.class;
    }

    @Override
    protected ConfigNode validConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "saml", "name", "corporate-saml",
                "idpCertificate", TestCertificates.forLoopback().writePem(folder).toString(),
                "spEntityId", "https://warden.example.org/saml", "acsUrl", "https://warden.example.org/saml/acs",
                "idpEntityId", "https://idp.example.org"));
    }

    @Override
    protected ConfigNode invalidConfig() {
        return TestConfig.of("auth.providers[0]", Map.of("type", "saml", "name", "corporate-saml",
                "idpCertificate", TestCertificates.forLoopback().writePem(folder).toString()));
    }
}

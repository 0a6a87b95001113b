package dev.warden.sso.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Provider type {@code oidc}. Settings ({@code auth.providers[i]}):
 *
 * <pre>{@code
 * {"type": "oidc", "name": "corporate-sso",
 *  "issuer": "https://login.example.com/realms/main",      // required, https, compared exactly with iss
 *  "audiences": ["warden"],                                 // required: accepted aud values
 *  "algorithms": ["RS256", "ES256", "EdDSA"],               // default; HS* and none are refused
 *  "clockSkew": "60s", "subjectClaim": "sub", "groupsClaim": "groups",
 *  "trustedCertificates": "/etc/warden/idp-ca.pem",         // default: the JDK's trust store
 *  "timeout": "5s", "keysRefreshInterval": "1h", "unknownKeyRefetchInterval": "30s",
 *  "mfaAmrValues": ["mfa"], "mfaAcrValues": [],              // the issuer's MFA Warden trusts (default none)
 *  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"}]}   // the policy engine's rules
 * }</pre>
 */
public final class OidcAuthenticationProviderFactory implements AuthenticationProviderFactory {

    @Override
    public String type() {
        return "oidc";
    }

    @Override
    public AuthenticationProvider create(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "issuer", "audience", "audiences", "algorithms",
                "clockSkew", "timeout", "keysRefreshInterval", "unknownKeyRefetchInterval", "mfaAcrValues",
                "mfaAmrValues", "subjectClaim", "groupsClaim", "trustedCertificates", "roleMapping"));
        OidcAuthenticationProvider.Builder builder = OidcAuthenticationProvider
                .builder(config.requireString("name"), config.requireString("issuer"));
        List<String> audiences = new ArrayList<>(config.strings("audiences"));
        config.string("audience").ifPresent(audiences::add);
        if (audiences.isEmpty()) {
            throw new ConfigurationException("configuration " + config.qualified("audiences")
                    + ": required setting is missing; give the client id or API identifier tokens are issued for");
        }
        builder.audiences(audiences);
        List<String> algorithms = config.strings("algorithms");
        if (!algorithms.isEmpty()) {
            builder.algorithms(algorithms.stream().map(JWSAlgorithm::parse).toList());
        }
        builder.clockSkew(config.duration("clockSkew", java.time.Duration.ofSeconds(60)))
                .timeout(config.duration("timeout", java.time.Duration.ofSeconds(5)))
                .keysRefreshInterval(config.duration("keysRefreshInterval", java.time.Duration.ofHours(1)))
                .unknownKeyRefetchInterval(config.duration("unknownKeyRefetchInterval", java.time.Duration.ofSeconds(30)))
                .roleMapping(RoleMapping.fromConfig(config, "roleMapping"));
        if (config.has("mfaAmrValues") || config.has("mfaAcrValues")) {
            builder.mfaValues(config.strings("mfaAmrValues"), config.strings("mfaAcrValues"));
        }
        config.string("subjectClaim").ifPresent(builder::subjectClaim);
        config.string("groupsClaim").ifPresent(builder::groupsClaim);
        config.string("trustedCertificates").ifPresent(file -> builder.trustedCertificates(
                TlsTrust.readCertificates(Path.of(file), config.qualified("trustedCertificates"))));
        return builder.build();
    }
}

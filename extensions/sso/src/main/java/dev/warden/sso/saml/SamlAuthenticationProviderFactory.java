package dev.warden.sso.saml;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Provider type {@code saml}. Settings ({@code auth.providers[i]}):
 *
 * <pre>{@code
 * {"type": "saml", "name": "corporate-saml",
 *  "spEntityId": "https://warden.example.com/saml",          // required in every AudienceRestriction
 *  "acsUrl": "https://warden.example.com/saml/acs",           // required as Destination and Recipient
 *  "idpEntityId": "https://idp.example.com/metadata",         // required as Issuer
 *  "idpCertificate": "/etc/warden/idp-signing.pem",           // the only key signatures are checked with
 *  "clockSkew": "60s", "groupsAttribute": "groups", "principalAttribute": "uid",   // default: the NameID
 *  "allowUnsolicited": false, "replayCacheSize": 100000,
 *  "mfaContextClasses": ["https://refeds.org/profile/mfa"],
 *  "roleMapping": [{"exact": "warden-admins", "globalRole": "ADMINISTRATOR"}]}
 * }</pre>
 */
public final class SamlAuthenticationProviderFactory implements AuthenticationProviderFactory {

    @Override
    public String type() {
        return "saml";
    }

    @Override
    public AuthenticationProvider create(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "idpCertificate", "idpEntityId", "spEntityId", "acsUrl",
                "allowUnsolicited", "clockSkew", "replayCacheSize", "groupsAttribute", "principalAttribute",
                "mfaContextClasses", "roleMapping"));
        List<X509Certificate> certificates = TlsTrust.readCertificates(Path.of(config.requireString("idpCertificate")),
                config.qualified("idpCertificate"));
        if (certificates.size() != 1) {
            throw new ConfigurationException("configuration " + config.qualified("idpCertificate")
                    + ": expected one certificate, found " + certificates.size());
        }
        SamlAuthenticationProvider.Builder builder = SamlAuthenticationProvider.builder(config.requireString("name"),
                config.requireString("spEntityId"), config.requireString("acsUrl"),
                config.requireString("idpEntityId"), certificates.get(0));
        builder.clockSkew(config.duration("clockSkew", Duration.ofSeconds(60)))
                .allowUnsolicited(config.booleanValue("allowUnsolicited", false))
                .replayCacheSize(config.intValue("replayCacheSize", 100_000))
                .roleMapping(RoleMapping.fromConfig(config, "roleMapping"));
        config.string("groupsAttribute").ifPresent(builder::groupsAttribute);
        config.string("principalAttribute").ifPresent(builder::principalAttribute);
        if (config.has("mfaContextClasses")) {
            builder.mfaContextClasses(Set.copyOf(config.strings("mfaContextClasses")));
        }
        return builder.build();
    }
}

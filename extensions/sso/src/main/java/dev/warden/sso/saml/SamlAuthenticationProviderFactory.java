package dev.warden.sso.saml;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.ReplayCache;
import dev.warden.core.auth.sso.ReplayCacheFactory;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Provider type {@code saml}. Settings ({@code auth.providers[i]}):
 *
 * <pre>{@code
 * {"type": "saml", "name": "corporate-saml",
 *  "spEntityId": "https://warden.example.com/saml",          // required in every AudienceRestriction
 *  "acsUrl": "https://warden.example.com/saml/acs",           // required as Destination and Recipient
 *  "idpEntityId": "https://idp.example.com/metadata",         // required as Issuer
 *  "idpCertificate": "/etc/warden/idp-signing.pem",           // the only keys signatures are checked with
 *                                                             // (several in one PEM file during a rollover)
 *  // or instead of idpEntityId and idpCertificate: the IdP's metadata (entity id, every signing certificate)
 *  "idpMetadata": "/etc/warden/idp-metadata.xml",
 *  "clockSkew": "60s", "groupsAttribute": "groups", "principalAttribute": "uid",   // default: the NameID
 *  "allowUnsolicited": false, "replayCacheSize": 100000,      // the replay cache in this process, or shared:
 *  "replayCache": {"type": "jdbc", "url": "jdbc:postgresql://db/warden", "username": "warden",
 *                  "password": "${secret:env:WARDEN_DB_PASSWORD}"},        // needs dev.warden:warden-jdbc
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
        config.requireOnlyKeys(java.util.Set.of("type", "name", "idpCertificate", "idpEntityId", "idpMetadata",
                "spEntityId", "acsUrl", "allowUnsolicited", "clockSkew", "replayCacheSize", "replayCache",
                "groupsAttribute", "principalAttribute", "mfaContextClasses", "roleMapping"));
        String name = config.requireString("name");
        SamlAuthenticationProvider.Builder builder;
        if (config.has("idpMetadata")) {
            if (config.has("idpCertificate")) {
                throw new ConfigurationException("configuration " + config.qualified("idpCertificate")
                        + ": give either idpMetadata or idpCertificate, not both");
            }
            SamlIdpMetadata metadata = SamlIdpMetadata.read(Path.of(config.requireString("idpMetadata")));
            if (config.string("idpEntityId").filter(id -> !id.equals(metadata.entityId())).isPresent()) {
                throw new ConfigurationException("configuration " + config.qualified("idpEntityId")
                        + ": differs from the entityID in " + config.qualified("idpMetadata"));
            }
            builder = SamlAuthenticationProvider.builder(name, config.requireString("spEntityId"),
                    config.requireString("acsUrl"), metadata);
        } else {
            // A PEM file may hold several certificates: during a rollover the old and the new one.
            List<X509Certificate> certificates = TlsTrust.readCertificates(
                    Path.of(config.requireString("idpCertificate")), config.qualified("idpCertificate"));
            builder = SamlAuthenticationProvider.builder(name, config.requireString("spEntityId"),
                    config.requireString("acsUrl"), config.requireString("idpEntityId"), certificates.get(0));
            builder.idpCertificates(certificates);
        }
        builder.clockSkew(config.duration("clockSkew", Duration.ofSeconds(60)))
                .allowUnsolicited(config.booleanValue("allowUnsolicited", false))
                .replayCacheSize(config.intValue("replayCacheSize", 100_000))
                .roleMapping(RoleMapping.fromConfig(config, "roleMapping"));
        config.string("groupsAttribute").ifPresent(builder::groupsAttribute);
        config.string("principalAttribute").ifPresent(builder::principalAttribute);
        if (config.has("mfaContextClasses")) {
            builder.mfaContextClasses(Set.copyOf(config.strings("mfaContextClasses")));
        }
        config.child("replayCache").ifPresent(store -> builder.ownedReplayCache(replayCache(store)));
        return builder.build();
    }

    private static ReplayCache replayCache(ConfigNode store) {
        String type = store.requireString("type");
        for (ReplayCacheFactory factory : ServiceLoader.load(ReplayCacheFactory.class,
                SamlAuthenticationProviderFactory.class.getClassLoader())) {
            if (factory.type().equals(type)) {
                return factory.open(store);
            }
        }
        throw new ConfigurationException("configuration " + store.qualified("type") + ": no replay cache of type '"
                + type + "' is on the class path" + ("jdbc".equals(type) ? "; add dev.warden:warden-jdbc" : ""));
    }
}

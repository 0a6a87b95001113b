package dev.warden.ldap;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.ServiceLoader;

/**
 * Provider type {@code ldap}. Settings ({@code auth.providers[i]}):
 *
 * <pre>{@code
 * {"type": "ldap", "name": "corporate-ldap",
 *  "url": "ldaps://ldap.example.com:636",         // or "ldap://...:389" with "startTls": true; plain LDAP is refused
 *  "trustedCertificates": "/etc/warden/ldap-ca.pem",  // default: the JDK's trust store
 *  "bindDn": "cn=warden,ou=services,dc=example,dc=com", "bindPassword": "env:WARDEN_LDAP_PASSWORD",  // a secret reference; default anonymous
 *  "userBaseDn": "ou=people,dc=example,dc=com", "userFilter": "(objectClass=person)", "idAttribute": "uid",
 *  "groupMembership": "memberOf",                   // or "groupSearch" with "groupBaseDn"
 *  "groupBaseDn": "ou=groups,dc=example,dc=com", "groupFilter": "(objectClass=groupOfNames)",
 *  "memberAttribute": "member", "memberOfAttribute": "memberOf",
 *  "nestedGroups": false, "maxNestingDepth": 8, "poolSize": 4, "connectTimeout": "5s", "responseTimeout": "10s",
 *  "roleMapping": [{"exact": "cn=warden-admins,ou=groups,dc=example,dc=com", "globalRole": "ADMINISTRATOR"},
 *                  {"exact": "cn=clinical-editors,ou=groups,dc=example,dc=com", "project": "clinical", "projectRole": "EDITOR"},
 *                  {"cn": "warden-auditors", "groups": ["auditors"]}]}   // cn: that common name in ANY OU (weaker)
 * }</pre>
 *
 * <p>Groups are matched by their full distinguished name (normalised: case and spaces do not matter); a {@code cn}
 * rule is the explicit exception, and {@code prefix} rules are refused for LDAP.
 *
 * <p>For Active Directory: {@code "idAttribute": "sAMAccountName"}, {@code "userFilter":
 * "(objectCategory=person)"}, {@code "groupMembership": "memberOf"}, {@code "nestedGroups": true}.
 *
 * <p>{@code bindPassword} is resolved through the secret store plug-in serving its scheme (found with {@link
 * ServiceLoader}), never written in the configuration itself.
 */
public final class LdapAuthenticationProviderFactory implements AuthenticationProviderFactory {

    @Override
    public String type() {
        return "ldap";
    }

    @Override
    public AuthenticationProvider create(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "url", "userBaseDn", "startTls", "trustedCertificates",
                "bindDn", "bindPassword", "userFilter", "idAttribute", "groupMembership", "groupBaseDn", "groupFilter",
                "memberAttribute", "memberOfAttribute", "nestedGroups", "maxNestingDepth",
                "poolSize", "connectTimeout", "responseTimeout", "roleMapping"));
        LdapAuthenticationProvider.Builder builder = LdapAuthenticationProvider.builder(config.requireString("name"),
                config.requireString("url"), config.requireString("userBaseDn"));
        builder.startTls(config.booleanValue("startTls", false));
        config.string("trustedCertificates").ifPresent(file -> builder.trustedCertificates(
                TlsTrust.readCertificates(Path.of(file), config.qualified("trustedCertificates"))));
        if (config.has("bindDn")) {
            SecretRef ref = config.secretRef("bindPassword").orElseThrow(() -> new ConfigurationException(
                    "configuration " + config.qualified("bindPassword") + ": required with bindDn; give a secret "
                            + "reference such as env:WARDEN_LDAP_PASSWORD"));
            char[] password = resolve(ref, config.qualified("bindPassword"));
            try {
                builder.serviceAccount(config.requireString("bindDn"), password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        config.string("userFilter").ifPresent(builder::userFilter);
        config.string("idAttribute").ifPresent(builder::idAttribute);
        String membership = config.string("groupMembership").orElse("memberOf");
        GroupMembership kind = switch (membership.toLowerCase(Locale.ROOT)) {
            case "memberof" -> GroupMembership.MEMBER_OF;
            case "groupsearch" -> GroupMembership.GROUP_SEARCH;
            default -> throw new ConfigurationException("configuration " + config.qualified("groupMembership")
                    + ": '" + membership + "' is neither memberOf nor groupSearch");
        };
        builder.groupMembership(kind, config.string("groupBaseDn"));
        config.string("groupFilter").ifPresent(builder::groupFilter);
        config.string("memberAttribute").ifPresent(builder::memberAttribute);
        config.string("memberOfAttribute").ifPresent(builder::memberOfAttribute);
        builder.nestedGroups(config.booleanValue("nestedGroups", false), config.intValue("maxNestingDepth", 8))
                .poolSize(config.intValue("poolSize", 4))
                .timeouts(config.duration("connectTimeout", Duration.ofSeconds(5)),
                        config.duration("responseTimeout", Duration.ofSeconds(10)))
                .roleMapping(RoleMapping.fromConfig(config, "roleMapping"));
        return builder.build();
    }

    private static char[] resolve(SecretRef ref, String setting) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (SecretStoreFactory factory : ServiceLoader.load(SecretStoreFactory.class,
                loader != null ? loader : LdapAuthenticationProviderFactory.class.getClassLoader())) {
            if (factory.schemes().contains(ref.scheme())) {
                try (SecretStore store = factory.create(JsonConfigNode.empty("secrets.stores." + ref.scheme()));
                     Secret secret = store.resolve(ref)) {
                    return secret.chars();
                }
            }
        }
        throw new ConfigurationException("configuration " + setting + ": no secret store serves the scheme '"
                + ref.scheme() + "'; install its plug-in or use another reference");
    }
}

package dev.warden.core.plugin;

import dev.warden.ConfigurationException;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration names a type or location that an optional Warden module serves, and that module is not on the
 * class path: {@code jdbc} (stores, audit sink, {@code jdbc:} job sources and targets) needs
 * {@code dev.warden:warden-jdbc}; {@code ldap} needs {@code dev.warden:warden-ldap}; {@code oidc} and {@code saml}
 * need {@code dev.warden:warden-sso}. The message names the artifact to add.
 */
public final class MissingExtensionException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    /** Plug-in names and location prefixes served by Warden's own optional modules, and the artifact of each. */
    private static final Map<String, String> ARTIFACTS = Map.of(
            "jdbc", "warden-jdbc",
            "ldap", "warden-ldap",
            "oidc", "warden-sso",
            "saml", "warden-sso");

    private final String artifact;

    private MissingExtensionException(String message, String artifact) {
        super(message);
        this.artifact = artifact;
    }

    /**
     * @param name a plug-in type or URL scheme, e.g. {@code jdbc} or {@code ldap}
     * @return the artifact id of the Warden module that serves it, if one does
     */
    public static Optional<String> artifactFor(String name) {
        return Optional.ofNullable(ARTIFACTS.get(name));
    }

    /**
     * @param what what needs the module, e.g. {@code "configuration auth.providers[0].type: 'ldap'"} or
     *     {@code "jdbc: URLs"}; never a secret or a full URL
     * @param artifact the module's artifact id, from {@link #artifactFor(String)}
     * @return the exception, saying which dependency to add
     */
    public static MissingExtensionException of(String what, String artifact) {
        return new MissingExtensionException(what + " need" + (what.endsWith("s") ? "" : "s") + " dev.warden:" + artifact
                + " on the class path; add that dependency (its version comes from dev.warden:warden-bom)", artifact);
    }

    /** @return the artifact id to add, e.g. {@code warden-jdbc} (group {@code dev.warden}) */
    public String artifact() {
        return artifact;
    }
}
